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

    @property
    def is_open(self) -> bool:
        return self.has_class("-visible")

    def open(self) -> None:
        """Show the bar now, not after the next style update, so keys typed next land in it."""
        self.add_class("-visible")
        self.display = True

    def close(self) -> None:
        self.remove_class("-visible")
        self.display = False

    def show_count(self, count: int, query: str) -> None:
        text = plural(count, "hit") if query else ""
        self.query_one("#search-count", Static).update(text)
