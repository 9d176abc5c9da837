"""Compose the digest from a folder's briefings. Pure and deterministic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefing.core.digest.stories import group_stories
from briefing.core.digest_model import Digest
from briefing.core.model import Briefing


def build_digest(briefings: Sequence[Briefing], today: dt.date | None = None) -> Digest:
    """The digest of `briefings`; `today` defaults to the latest article date."""
    if today is None:
        dates = [b.article.date for b in briefings if b.article.date]
        today = max(dates) if dates else None
    groups = group_stories(briefings)
    return Digest(today=today, stories=groups.stories, agenda=(), cast=(), disagreements=())
