"""Shared fixtures: every test runs isolated from the developer's machine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.core.model import (
    Actor,
    AgendaItem,
    Article,
    Block,
    Briefing,
    Lede,
    Question,
    Quote,
    Sentence,
    SummaryItem,
)


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Settings, caches and themes must come from a fresh place, not from the developer's home.
    home = tmp_path_factory.mktemp("xdg")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (home / name.lower()).mkdir()
        monkeypatch.setenv(name, str(home / name.lower()))
    # Colour and width only vary when a test says so.
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[[str | bytes, str | bytes], Path]:
    """Write `content` (str as UTF-8, or bytes as is) to `name` under tmp_path; return its path."""

    def write(name: str | bytes, content: str | bytes) -> Path:
        path = tmp_path / (
            name if isinstance(name, str) else name.decode("utf-8", "surrogateescape")
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return write


def briefing_with(
    text: str, *, title: str | None = "A title", path: str = "news/a.txt"
) -> Briefing:
    """A briefing whose every printed field carries `text`, built without the extractors."""
    blocks = (Block("title", title),) if title is not None else ()
    article = Article(
        path=path,
        title=title,
        blocks=(*blocks, Block("paragraph", text)),
        date=dt.date(2025, 3, 10),
        source=text,
        author=text,
        notices=(text,),
    )
    sentences = (Sentence(0, title or text, 0, "title"), Sentence(1, text, 1, "paragraph"))
    return Briefing(
        article=article,
        sentences=sentences,
        summary=(SummaryItem(text, (1,)),),
        lede=Lede(who=text, what=text, when=text, where=text, evidence=(1,)),
        actors=(
            Actor(
                name=text,
                kind="person",
                role=text,
                affiliation=text,
                aliases=(text,),
                evidence=(1,),
                quotes=(Quote(text, (1,)),),
            ),
        ),
        agenda=(
            AgendaItem(
                "event", text, when=text, date=dt.date(2025, 3, 11), where=text, evidence=(1,)
            ),
            AgendaItem("topic", text, evidence=(1,)),
        ),
        questions=(Question("pending", text, (1,)),),
        notices=article.notices,
    )


@pytest.fixture
def make_briefing() -> Callable[..., Briefing]:
    """Build a briefing whose every printed field holds the given text."""
    return briefing_with
