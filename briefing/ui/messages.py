"""Messages the reader's widgets and workers post; small dataclasses, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from briefing.core.model import Article, Briefing


@dataclass
class ArticlesListed(Message):
    """The paths of the folder are known; nothing has been read yet."""

    paths: list[str]


@dataclass
class ArticlesLoaded(Message):
    """Some articles were read: each index with its article, or the reason it failed."""

    loaded: list[tuple[int, Article | str]]


@dataclass
class BriefingsReady(Message):
    """Some briefings were extracted, each with its article's index."""

    briefings: list[tuple[int, Briefing]]


@dataclass
class ExtractionProgress(Message):
    """How far the background worker has got, for the progress indicator."""

    done: int
    total: int


@dataclass
class ArticleChosen(Message):
    """The user moved to another article in the list."""

    index: int


@dataclass
class EvidenceRequested(Message):
    """A pane item was selected: highlight these sentences in the article text."""

    evidence: tuple[int, ...]
    label: str
