"""The digest's data model: stories, the merged agenda, the cast and where sources disagree.

Cross-article evidence names the article by its path and the sentence by its index into that
article's `Briefing.sentences`, so every item can be traced back to the text that supports it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

# Judged against the digest's `today`: "this week" is later in today's ISO week, "this month" an
# event dated only by the current month, "past" has gone by.
AgendaMark = Literal["today", "this week", "this month", "upcoming", "past", "undated"]
CastKind = Literal["person", "organization"]
DisagreementKind = Literal["disagreement"]
# What differs: a number, the date of one event, a role given to one person, who said a quote.
DisagreementAspect = Literal["number", "date", "role", "attribution"]


@dataclass(frozen=True)
class StoryEvidence:
    """One sentence of one article: `sentence` indexes that article's `Briefing.sentences`."""

    path: str
    sentence: int


@dataclass(frozen=True)
class StorySentence:
    """A sentence of the merged summary, with the sentence it was taken from."""

    text: str
    evidence: StoryEvidence


@dataclass(frozen=True)
class Story:
    """Articles about one event; `articles` are paths ordered by article date, then path."""

    id: str
    title: str
    title_path: str
    articles: tuple[str, ...]
    summary: tuple[StorySentence, ...] = ()


@dataclass(frozen=True)
class MergedEvent:
    """One scheduled event as reported by one or more articles."""

    title: str
    date: dt.date | None
    when: str | None
    where: str | None
    participants: tuple[str, ...]
    mark: AgendaMark
    sources: tuple[StoryEvidence, ...]
    stories: tuple[str, ...]
    date_is_partial: bool = False


@dataclass(frozen=True)
class CastRole:
    """A role one article gives a cast member, with the sentence that says so."""

    role: str
    evidence: StoryEvidence


@dataclass(frozen=True)
class CastMember:
    """A person or organisation across articles, merged by name and alias."""

    name: str
    kind: CastKind
    aliases: tuple[str, ...]
    roles: tuple[CastRole, ...]
    articles: tuple[str, ...]
    stories: tuple[str, ...]
    evidence: tuple[StoryEvidence, ...]


@dataclass(frozen=True)
class Disagreement:
    """Two articles that say different things about one fact, as an open question."""

    kind: DisagreementKind
    aspect: DisagreementAspect
    text: str
    story: str | None
    evidence: tuple[StoryEvidence, ...]


@dataclass(frozen=True)
class Digest:
    """Everything the digest shows for a folder of briefings."""

    today: dt.date | None
    stories: tuple[Story, ...]
    agenda: tuple[MergedEvent, ...]
    cast: tuple[CastMember, ...]
    disagreements: tuple[Disagreement, ...]
