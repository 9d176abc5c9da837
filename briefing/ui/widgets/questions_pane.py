"""Open questions: each with its kind as a badge."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text

from briefing.core.model import Briefing
from briefing.output.sanitize import visible
from briefing.ui.widgets.hanging import Hanging
from briefing.ui.widgets.pane import BriefingPane, PaneItem


class QuestionsPane(BriefingPane):
    TITLE = "Open questions"
    NUMBER = 4
    EMPTY = "No open questions found in this article."

    def items_for(self, briefing: Briefing) -> Iterable[PaneItem]:
        badge = self.style_of("badge")
        for n, question in enumerate(briefing.questions, 1):
            marker = Text.assemble((f"[{question.kind}]", badge), " ")
            prompt = Hanging([(marker, visible(question.text))])
            yield PaneItem(prompt, question.evidence, label=f"question {n}")
