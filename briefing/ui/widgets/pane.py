"""The shared shape of the four briefing panes: a list of items that point at evidence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.core.model import Briefing
from briefing.ui.messages import EvidenceRequested
from briefing.ui.widgets.hanging import Hanging


@dataclass(frozen=True)
class PaneItem:
    """One line (or a few) of a pane; `evidence` empty means it is a heading, not selectable."""

    prompt: Text | Hanging
    evidence: tuple[int, ...] = ()
    key: str = ""
    label: str = ""


class BriefingPane(OptionList):
    """A pane of the briefing; Enter on an item asks for its evidence to be highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "pane--heading",
        "pane--detail",
        "pane--badge",
        "pane--empty",
    }

    TITLE = "Pane"
    NUMBER = 0
    EMPTY = "Nothing found."

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.border_title = f"{self.NUMBER} {self.TITLE}"
        self.briefing: Briefing | None = None
        self._items: list[PaneItem] = []

    def style_of(self, component: str) -> Style:
        """A component class's style, so the .tcss decides the look."""
        return self.get_component_rich_style(f"pane--{component}", partial=True)

    def items_for(self, briefing: Briefing) -> Iterable[PaneItem]:
        """The pane's items for one briefing; each pane says what it shows."""
        raise NotImplementedError

    def show_briefing(self, briefing: Briefing) -> None:
        """Fill the pane from a briefing, or with its empty state."""
        self.briefing = briefing
        self._set_items(list(self.items_for(briefing)))

    def show_message(self, message: str) -> None:
        """Show a single line instead of items: loading, or why there is nothing."""
        self.briefing = None
        self._set_items([PaneItem(Text(message, style=self.style_of("empty")))])

    def _set_items(self, items: list[PaneItem]) -> None:
        if not items:
            items = [PaneItem(Text(self.EMPTY, style=self.style_of("empty")))]
        highlighted = self.highlighted
        self._items = items
        self.set_options(
            Option(item.prompt, disabled=not item.evidence and not item.key) for item in items
        )
        selectable = [i for i, item in enumerate(items) if item.evidence or item.key]
        if selectable:
            keep = highlighted if highlighted in selectable else selectable[0]
            self.highlighted = keep

    def refresh_items(self) -> None:
        """Rebuild the items from the current briefing, for example after expanding one."""
        if self.briefing is not None:
            self._set_items(list(self.items_for(self.briefing)))

    @property
    def current_item(self) -> PaneItem | None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self._items):
            return None
        return self._items[index]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = self._items[event.option_index]
        self.item_selected(item)

    def item_selected(self, item: PaneItem) -> None:
        """Enter on an item: by default, highlight its evidence."""
        if item.evidence:
            self.post_message(EvidenceRequested(item.evidence, item.label))
