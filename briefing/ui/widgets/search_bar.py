"""The `/` search box under the article, with its hit count."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Static


class SearchBar(Horizontal):
    """Hidden until `/`; typing searches the open article as you type."""

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="Search this article (enter: read the hits, escape: close)",
            id="search-input",
        )
        yield Static("", id="search-count", markup=False)

    def show_count(self, count: int, query: str) -> None:
        text = "" if not query else (f"{count} hit{'s' if count != 1 else ''}")
        self.query_one("#search-count", Static).update(text)
