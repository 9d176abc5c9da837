"""The workers: what shows while an article is briefed, and what a failed briefing leaves."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from ui_helpers import settle

import briefing.ui.app as reader
from briefing.core.model import Article, Briefing
from briefing.ui.app import BriefingApp
from briefing.ui.widgets.article_text import ArticleBlock
from briefing.ui.widgets.pane import BriefingPane
from briefing.ui.widgets.title_bar import TitleBar


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(
        "Harbour board approves pier\n\nThe harbour board approved a new pier on Monday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Council delays vote\n\nThe city council delayed its budget vote.\n", encoding="utf-8"
    )
    return tmp_path


async def test_article_text_shows_before_its_briefing_is_ready(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real_extract = reader._extract

    def slow_extract(article: Article, cache: object) -> Briefing | str:
        release.wait(10)
        return real_extract(article, cache)

    monkeypatch.setattr(reader, "_extract", slow_extract)
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(100):
            await asyncio.sleep(0.02)
            await pilot.pause()
            if app.query(ArticleBlock).filter(".-paragraph"):
                break
        blocks = [str(b.render()) for b in app.query(ArticleBlock)]
        assert any("approved a new pier" in b for b in blocks)
        summary = app.query_one("#summary", BriefingPane)
        assert "Briefing" in str(summary.get_option_at_index(0).prompt)
        release.set()
        await settle(app, pilot)
        assert app.query_one(TitleBar).query_one("#progress").render().plain == ""


async def test_a_slow_first_article_keeps_no_other_article_waiting(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real_extract = reader._extract

    def slow_on_a(article: Article, cache: object) -> Briefing | str:
        # A huge first file: its extraction takes until the test says so.
        if article.path.endswith("a.txt"):
            release.wait(10)
        return real_extract(article, cache)

    monkeypatch.setattr(reader, "_extract", slow_on_a)
    monkeypatch.setattr(reader, "_FIRST_ALONE_SECONDS", 0.05)
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(200):
            await asyncio.sleep(0.02)
            await pilot.pause()
            if len(app.entries) == 2 and app.entries[1].briefing is not None:
                break
        assert app.entries[0].path.endswith("a.txt")
        assert app.entries[1].briefing is not None
        assert app.entries[0].briefing is None
        release.set()
        await settle(app, pilot)
        assert app.entries[0].briefing is not None
        assert app.extracted == 2


async def test_an_article_that_fails_extraction_is_counted_and_says_why(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_extract = reader._extract

    def failing_on_b(article: Article, cache: object) -> Briefing | str:
        if article.path.endswith("b.txt"):
            return "could not be extracted (ValueError: test)"
        return real_extract(article, cache)

    monkeypatch.setattr(reader, "_extract", failing_on_b)
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        assert app.extracted == 2
        assert app.entries[1].error == "could not be extracted (ValueError: test)"
        # The list is the reader's: leave the digest for it.
        await pilot.press("escape")
        await pilot.pause()
        listing = app.query_one("#articles")
        assert "could not be extracted" in str(listing.get_option_at_index(1).prompt)
