"""Messages the reader's widgets and workers post; small dataclasses, no behaviour.

Worker messages carry the `generation` of the article list they were made for: a rescan
that adds or removes files starts a new generation, and what a worker says about the old
list (whose indexes no longer match) is dropped.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from briefing.core.model import Article, Briefing

if TYPE_CHECKING:
    from briefing.core.digest_model import Digest


@dataclass
class ArticlesListed(Message):
    """The paths of the folder are known; nothing has been read yet."""

    paths: list[str]
    first: int
    generation: int


@dataclass
class ArticlesLoaded(Message):
    """Some articles were read: each index with its article, or the reason it failed."""

    loaded: list[tuple[int, Article | str]]
    generation: int


@dataclass
class FirstArticleRead(Message):
    """The library worker read the article to open first; its briefing is started from here.

    A message rather than a blocking call from the worker, so that a UI thread busy drawing
    (a 5 MB article's text) does not hold up the other articles' briefing as well.
    """

    index: int
    article: Article
    generation: int
    # Set when its briefing is posted (or will not be); the library worker waits on it a while.
    done: threading.Event


@dataclass
class BriefingsReady(Message):
    """Some briefings were extracted, each with its article's index."""

    briefings: list[tuple[int, Briefing]]
    generation: int


@dataclass
class FolderChanged(Message):
    """A rescan found files added, changed or removed: the new listing and what changed."""

    paths: list[str]
    changed: set[str]
    manual: bool


@dataclass
class StoreNotice(Message):
    """The cache or the state store gave up on its file; say so once."""

    text: str


@dataclass
class DigestReady(Message):
    """A digest of the briefings ready so far (`done` of `total` articles)."""

    digest: Digest
    done: int
    total: int
    # How long the build took, so the next one can be spaced accordingly.
    seconds: float = 0.0


@dataclass
class ArticleRequested(Message):
    """The digest asks for an article in the reader, with the sentences to highlight."""

    path: str
    sentences: tuple[int, ...] = ()


@dataclass
class StoryRequested(Message):
    """Enter on a story in the digest: show its articles."""

    story_id: str


@dataclass
class ArticleChosen(Message):
    """The user moved to another article in the list."""

    index: int


@dataclass
class EvidenceRequested(Message):
    """A pane item was selected: highlight these sentences in the article text."""

    evidence: tuple[int, ...]
    label: str
