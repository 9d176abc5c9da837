"""The lede (who, what, when, where) and the sentences that carry the story."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.core.model import Actor, AgendaItem, Lede, Sentence, SummaryItem


def summarize(
    sentences: Sequence[Sentence], actors: Sequence[Actor], agenda: Sequence[AgendaItem]
) -> tuple[Lede, tuple[SummaryItem, ...]]:
    """The lede and 2-4 key sentences."""
    return Lede(), ()
