"""`e`: export this article's briefing, or all of them, to a folder as Markdown."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label


@dataclass(frozen=True)
class ExportRequest:
    folder: Path
    everything: bool


class ExportScreen(ModalScreen[ExportRequest | None]):
    """Choose a folder and whether to export one article or all."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss", "Cancel export")]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(id="export-body") as body:
            body.border_title = "Export briefing as Markdown"
            yield Label("Folder to write into:")
            yield Input(str(self.folder), id="export-folder")
            with Horizontal(id="export-buttons"):
                yield Button("This article", id="export-one", variant="primary")
                yield Button("All articles", id="export-all")
                yield Button("Cancel", id="export-cancel")

    def _request(self, everything: bool) -> None:
        raw = self.query_one("#export-folder", Input).value.strip() or "."
        self.dismiss(ExportRequest(Path(raw).expanduser(), everything))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._request(everything=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-cancel":
            self.dismiss(None)
        else:
            self._request(everything=event.button.id == "export-all")
