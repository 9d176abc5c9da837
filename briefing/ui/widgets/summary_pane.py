"""Summary: the lede (who, what, when, where) and the key sentences."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text

from briefing.core.model import Briefing
from briefing.output.sanitize import visible
from briefing.output.wording import lede_fields
from briefing.ui.widgets.hanging import Hanging
from briefing.ui.widgets.pane import BriefingPane, PaneItem


class SummaryPane(BriefingPane):
    TITLE = "Summary"
    NUMBER = 1
    EMPTY = "No summary found in this article."

    def items_for(self, briefing: Briefing) -> Iterable[PaneItem]:
        lede = briefing.lede
        heading = self.style_of("heading")
        # How the file was read (truncated, re-decoded) changes how far to trust what follows.
        for notice in briefing.notices:
            yield PaneItem(Hanging([(Text("Note  ", style=heading), visible(notice))]))
        for label, value in lede_fields(lede):
            prompt = Hanging([(Text(f"{label:<6}", style=heading), visible(value))])
            yield PaneItem(prompt, lede.evidence, key=f"lede-{label}", label=label)
        if briefing.summary:
            yield PaneItem(Text("Key points", style=heading))
        for n, item in enumerate(briefing.summary, 1):
            prompt = Hanging([("- ", visible(item.text))])
            yield PaneItem(prompt, item.evidence, label=f"point {n}")
