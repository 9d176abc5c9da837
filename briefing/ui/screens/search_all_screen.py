"""`ctrl+f`: search every article of the folder and jump to a hit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList

from briefing.output.sanitize import visible
from briefing.ui.library import Entry

MAX_RESULTS = 200
_CONTEXT = 30


@dataclass(frozen=True)
class SearchHit:
    """Which article matched, and the query, so the article view can highlight it."""

    index: int
    query: str


def find_in_articles(entries: Sequence[Entry], query: str) -> list[tuple[int, str]]:
    """Articles whose loaded text contains `query`, each with a snippet round the first hit."""
    needle = query.casefold()
    found: list[tuple[int, str]] = []
    if not needle:
        return found
    for index, entry in enumerate(entries):
        if entry.article is None:
            continue
        texts = [entry.article.title or ""] + [b.text for b in entry.article.blocks]
        for text in texts:
            flat = " ".join(text.split())
            at = flat.casefold().find(needle)
            if at != -1:
                start = max(0, at - _CONTEXT)
                snippet = flat[start : at + len(needle) + _CONTEXT]
                found.append((index, ("..." if start else "") + snippet))
                break
        if len(found) >= MAX_RESULTS:
            break
    return found


class SearchAllScreen(ModalScreen[SearchHit | None]):
    """Type to search all loaded articles; enter opens the chosen one."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"search-all--title"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close search"),
        Binding("down", "focus_results", "Results", show=False),
    ]

    def __init__(self, entries: Sequence[Entry]) -> None:
        super().__init__()
        self.entries = entries
        self._hits: list[tuple[int, str]] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="search-all-body") as body:
            body.border_title = "Search all articles"
            yield Input(placeholder="Text to find in every article", id="search-all-input")
            yield OptionList(id="search-all-results")

    def on_input_changed(self, event: Input.Changed) -> None:
        self._hits = find_in_articles(self.entries, event.value)
        results = self.query_one(OptionList)
        title_style = self.get_component_rich_style("search-all--title", partial=True)
        prompts = []
        for index, snippet in self._hits:
            prompt = Text(visible(self.entries[index].title), style=title_style)
            prompt.append(f"\n  {visible(snippet)}")
            prompts.append(prompt)
        results.set_options(prompts)
        results.border_title = f"{len(self._hits)} articles" if event.value else ""

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self._hits:
            self.dismiss(SearchHit(self._hits[0][0], event.value))

    def action_focus_results(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        query = self.query_one(Input).value
        self.dismiss(SearchHit(self._hits[event.option_index][0], query))
