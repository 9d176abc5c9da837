"""`?`: every key the reader understands, with what it does."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

_KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
}


def key_label(binding: Binding) -> str:
    """The binding's keys as a user types them: "?" for question_mark, "/" for slash."""
    return ", ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in binding.key.split(","))


def describe_bindings(
    sections: Iterable[tuple[str, Iterable[BindingType]]], heading: Style | str = ""
) -> Text:
    """The bindings as a plain two-column text, one section per widget."""
    text = Text()
    for title, bindings in sections:
        rows = [b for b in bindings if isinstance(b, Binding) and b.description]
        if not rows:
            continue
        text.append(f"{title}\n", style=heading)
        for binding in rows:
            text.append(f"  {key_label(binding):<22}{binding.description}\n")
        text.append("\n")
    return text


class HelpScreen(ModalScreen[None]):
    """A scrollable list of all key bindings; escape, q or ? closes it."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"help--section"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
        Binding("j", "scroll('down')", "Scroll down", show=False),
        Binding("k", "scroll('up')", "Scroll up", show=False),
    ]

    def __init__(self, sections: list[tuple[str, Iterable[BindingType]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys (escape closes)"
            yield Static(id="help-text", markup=False)

    def on_mount(self) -> None:
        # Built once the stylesheet applies, so the .tcss styles the section headings.
        heading = self.get_component_rich_style("help--section", partial=True)
        text = describe_bindings(self.sections, heading)
        self.query_one("#help-text", Static).update(text)

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if direction == "down":
            body.scroll_down()
        else:
            body.scroll_up()
