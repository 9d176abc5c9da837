"""A pane's place on the first frame: its border and title, and one line saying it is coming."""

from __future__ import annotations

from textual.widgets import Static


class SlotPlaceholder(Static):
    """Stands where a briefing pane goes until the pane is mounted, just after the first frame.

    A Static is a fraction of the cost of an OptionList to style, lay out and draw, and the
    first frame draws everything twice (Textual renders once before the terminal's size is
    confirmed, then again); the pane itself arrives a frame later in the same place.
    """

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__("Loading...", id=id, classes="slot", markup=False)
        self.border_title = title
