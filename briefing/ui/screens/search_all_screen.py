"""`ctrl+f`: search every article of the folder and jump to a hit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.worker import get_current_worker

from briefing.output.sanitize import visible
from briefing.ui.library import Entry

MAX_RESULTS = 200
_CONTEXT = 30


@dataclass(frozen=True)
class SearchHit:
    """Which article matched, and the query, so the article view can highlight it."""

    index: int
    query: str


def find_in_articles(
    entries: Sequence[Entry], query: str, cancelled: Callable[[], bool] = lambda: False
) -> list[tuple[int, str]]:
    """Articles whose loaded text contains `query`, each with a snippet round the first hit.

    Stops early, with what it found so far, once `cancelled()` says the query is stale.
    """
    needle = query.casefold()
    found: list[tuple[int, str]] = []
    if not needle:
        return found
    for index, entry in enumerate(entries):
        if entry.article is None:
            continue
        if cancelled():
            break
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
        # The query `_hits` answers; a keystroke newer than the last search leaves them stale.
        self._hits_query = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="search-all-body") as body:
            body.border_title = "Search all articles"
            yield Input(placeholder="Text to find in every article", id="search-all-input")
            yield OptionList(id="search-all-results")

    def on_input_changed(self, event: Input.Changed) -> None:
        # A folder of 2,000 articles takes tens of ms to scan: off the UI thread, and each
        # keystroke cancels the scan for the one before, so typing never waits for it.
        self.search(event.value)

    @work(thread=True, exclusive=True, group="search-all")
    def search(self, query: str) -> None:
        """Scan the articles for `query` and show the hits, unless a newer query came."""
        worker = get_current_worker()
        hits = find_in_articles(self.entries, query, lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_hits, query, hits)

    def _show_hits(self, query: str, hits: list[tuple[int, str]]) -> None:
        if not self.is_mounted or query != self.query_one(Input).value:
            return
        self._hits, self._hits_query = hits, query
        results = self.query_one(OptionList)
        title_style = self.get_component_rich_style("search-all--title", partial=True)
        prompts = []
        for index, snippet in self._hits:
            prompt = Text(visible(self.entries[index].title), style=title_style)
            prompt.append(f"\n  {visible(snippet)}")
            prompts.append(prompt)
        results.set_options(prompts)
        results.border_title = f"{len(self._hits)} articles" if query else ""

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value != self._hits_query:
            # Enter came before the scan for the last keystroke reported: scan once, now.
            self._hits = find_in_articles(self.entries, event.value)
            self._hits_query = event.value
        if self._hits:
            self.dismiss(SearchHit(self._hits[0][0], event.value))

    def action_focus_results(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        query = self.query_one(Input).value
        self.dismiss(SearchHit(self._hits[event.option_index][0], query))
