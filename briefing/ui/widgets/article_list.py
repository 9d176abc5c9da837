"""The list of articles: title, source, date, and a mark for unread or unreadable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import OptionList

from briefing.output.sanitize import visible
from briefing.ui.library import Entry

UNREAD_MARK = "*"
ERROR_MARK = "!"


class ArticleList(OptionList):
    """Every article of the folder; moving the cursor opens the article."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--unread",
        "article-list--byline",
        "article-list--error",
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.border_title = "Articles"
        self._entries: Sequence[Entry] = ()
        self._is_read: set[int] = set()

    def prompt_for(self, entry: Entry, read: bool) -> Text:
        """One article's two lines in the list, built from sanitised text only."""
        title = visible(entry.title)
        byline = visible(entry.byline)
        if entry.error is not None:
            style = self.get_component_rich_style("article-list--error", partial=True)
            return Text.assemble((f"{ERROR_MARK} {title}\n  {byline}", style))
        mark = " " if read else UNREAD_MARK
        title_style = (
            "" if read else self.get_component_rich_style("article-list--unread", partial=True)
        )
        byline_style = self.get_component_rich_style("article-list--byline", partial=True)
        return Text.assemble(f"{mark} ", (title, title_style), "\n  ", (byline, byline_style))

    def show_entries(self, entries: Sequence[Entry], read: Sequence[bool]) -> None:
        """Replace the list's contents, keeping the cursor where it was."""
        self._entries = entries
        highlighted = self.highlighted
        # The cursor's moves here are not the reader's: they announce nothing, open nothing.
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(self.prompt_for(e, r) for e, r in zip(entries, read, strict=True))
            if entries:
                self.highlighted = min(highlighted or 0, len(entries) - 1)

    def move_cursor(self, index: int) -> None:
        """Put the cursor on the article the app opened, without announcing it as chosen."""
        if self.highlighted != index:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index

    def refresh_entry(self, index: int, read: bool) -> None:
        """Redraw one article after it was loaded, failed, or was read."""
        if 0 <= index < self.option_count:
            self.replace_option_prompt_at_index(index, self.prompt_for(self._entries[index], read))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._chosen(event.option_index)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._chosen(event.option_index)

    def _chosen(self, index: int) -> None:
        # Imported here: the messages module is not needed for the first frame.
        from briefing.ui.messages import ArticleChosen

        self.post_message(ArticleChosen(index))
