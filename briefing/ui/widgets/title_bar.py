"""The top line: the article's title, date and source, and the background progress."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from briefing.output.sanitize import visible


class TitleBar(Horizontal):
    """Title, date and source of the open article; extraction progress on the right."""

    def compose(self) -> ComposeResult:
        yield Static(Text("briefing"), id="title-text", markup=False)
        yield Static("", id="title-meta", markup=False)
        yield Static("", id="progress", markup=False)

    def show_article(self, title: str, date: str | None, source: str | None) -> None:
        # Date and source sit apart from the title, so a long title is what gets shortened.
        meta = " - ".join(visible(part) for part in (date, source) if part)
        self.query_one("#title-text", Static).update(Text(visible(title)))
        self.query_one("#title-meta", Static).update(Text(meta))

    def show_progress(self, done: int, total: int) -> None:
        """`done` of `total` briefings ready; the indicator disappears when all are."""
        progress = self.query_one("#progress", Static)
        progress.update("" if done >= total else f"extracting {done}/{total}")
        progress.set_class(done < total, "-busy")
