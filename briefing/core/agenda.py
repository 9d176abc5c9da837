"""Scheduled or expected events and the topics on the table, in time order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefing.core.model import Actor, AgendaItem, Sentence


def extract_agenda(
    sentences: Sequence[Sentence], actors: Sequence[Actor], article_date: dt.date | None
) -> tuple[AgendaItem, ...]:
    """Events (in time order) then topics."""
    return ()
