"""The core's data model: every value the extraction produces, as frozen dataclasses.

Evidence is always a tuple of sentence indexes into `Briefing.sentences`; index 0 is the
title when the article has one, so a headline can support an item like any other sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["title", "heading", "paragraph", "list_item"]
ActorKind = Literal["person", "organization", "country", "group"]
AgendaKind = Literal["event", "topic"]
QuestionKind = Literal["conflict", "unspecified", "incomplete", "pending", "unattributed"]


@dataclass(frozen=True)
class Block:
    """One unit of the article's layout: its title, a heading, a paragraph or a list item."""

    kind: BlockKind
    text: str
    level: int = 0


@dataclass(frozen=True)
class Article:
    """An article as loaded from disk, before extraction."""

    path: str
    title: str | None
    blocks: tuple[Block, ...]
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    notices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article; `block` indexes `Article.blocks`, `start` its offset there."""

    index: int
    text: str
    block: int
    kind: BlockKind
    start: int = 0


@dataclass(frozen=True)
class Quote:
    text: str
    evidence: tuple[int, ...]


@dataclass(frozen=True)
class Actor:
    name: str
    kind: ActorKind
    role: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    evidence: tuple[int, ...] = ()
    quotes: tuple[Quote, ...] = ()

    @property
    def mentions(self) -> int:
        return len(self.evidence)


@dataclass(frozen=True)
class AgendaItem:
    kind: AgendaKind
    title: str
    when: str | None = None
    date: dt.date | None = None
    where: str | None = None
    participants: tuple[str, ...] = ()
    evidence: tuple[int, ...] = ()
    # True when `date` carries a month but the day is unknown (`date` is then the 1st).
    date_is_partial: bool = False


@dataclass(frozen=True)
class Question:
    kind: QuestionKind
    text: str
    evidence: tuple[int, ...] = ()


@dataclass(frozen=True)
class SummaryItem:
    text: str
    evidence: tuple[int, ...]


@dataclass(frozen=True)
class Lede:
    """Who, what, when and where of the article's main event, as written in the text."""

    who: str | None = None
    what: str | None = None
    when: str | None = None
    where: str | None = None
    evidence: tuple[int, ...] = ()


@dataclass(frozen=True)
class Briefing:
    article: Article
    sentences: tuple[Sentence, ...]
    summary: tuple[SummaryItem, ...] = ()
    lede: Lede = field(default_factory=Lede)
    actors: tuple[Actor, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    questions: tuple[Question, ...] = ()
    notices: tuple[str, ...] = ()


@dataclass(frozen=True)
class LoadError:
    """A path that could not be turned into an article, and why, in words for the user."""

    path: str
    error: str
