"""The `/` search box under the article, with its hit count."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Static

from briefing.output.wording import plural


class SearchBar(Horizontal):
    """Hidden until `/`; typing searches the open article as you type."""

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="Search this article (enter: read the hits, escape: close)",
            id="search-input",
        )
        yield Static("", id="search-count", markup=False)

    def show_count(self, count: int, query: str) -> None:
        text = plural(count, "hit") if query else ""
        self.query_one("#search-count", Static).update(text)
