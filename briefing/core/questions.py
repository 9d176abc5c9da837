"""What the article leaves unresolved or contradicts, as plain-English questions."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.core.model import Actor, AgendaItem, Question, Sentence


def find_questions(
    sentences: Sequence[Sentence], actors: Sequence[Actor], agenda: Sequence[AgendaItem]
) -> tuple[Question, ...]:
    """Open questions, most important first."""
    return ()
