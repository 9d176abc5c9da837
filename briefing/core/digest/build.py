"""Compose the digest from a folder's briefings. Pure and deterministic."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import PurePath

from briefing.core.digest.agenda import merge_agenda
from briefing.core.digest.cast import build_cast, role_disagreements
from briefing.core.digest.disagreements import (
    attribution_disagreements,
    date_disagreements,
    number_disagreements,
)
from briefing.core.digest.stories import group_stories
from briefing.core.digest_model import Digest, Disagreement
from briefing.core.model import Briefing


def source_labels(paths: Sequence[str]) -> dict[str, str]:
    """Short names for articles in question texts: the file name, or the path when two share it."""
    names = Counter(PurePath(p).name for p in paths)
    return {p: PurePath(p).name if names[PurePath(p).name] == 1 else p for p in paths}


def build_digest(briefings: Sequence[Briefing], today: dt.date | None = None) -> Digest:
    """The digest of `briefings`; `today` defaults to the latest article date."""
    if today is None:
        dates = [b.article.date for b in briefings if b.article.date]
        today = max(dates) if dates else None
    # A path given twice is one article: the first briefing of it counts.
    unique = list({b.article.path: b for b in reversed(briefings)}.values())[::-1]
    groups = group_stories(unique)
    story_of = {path: s.id for s in groups.stories for path in s.articles}
    by_path = {b.article.path: b for b in unique}
    labels = source_labels(list(by_path))
    agenda = merge_agenda(unique, story_of, today)
    cast = build_cast(unique, story_of)
    questions: list[Disagreement] = []
    for story in groups.stories:
        if len(story.articles) < 2:
            continue
        questions.extend(number_disagreements(story, by_path, labels))
        questions.extend(date_disagreements(story, agenda, labels))
        questions.extend(attribution_disagreements(story, by_path, cast.member_of, labels))
    questions.extend(role_disagreements(cast.members, labels))
    return Digest(
        today=today,
        stories=groups.stories,
        agenda=agenda,
        cast=cast.members,
        disagreements=tuple(questions),
    )
