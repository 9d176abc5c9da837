"""A very long article: only its first paragraphs are mounted, the rest as the reader goes."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import WIDE, settle

from briefing.ui.app import BriefingApp
from briefing.ui.widgets.article_text import FIRST_BLOCKS, ArticleBlock, ArticleText

PARAGRAPHS = 3 * FIRST_BLOCKS


@pytest.fixture
def long_folder(tmp_path: Path) -> Path:
    body = "\n\n".join(
        f"Paragraph {n} says the harbour board met on Monday about pier {n}."
        for n in range(PARAGRAPHS)
    )
    (tmp_path / "long.txt").write_text(
        f"Harbour board meets again\n\n{body}\n\nThe last paragraph names Minister Ana Costa.\n",
        encoding="utf-8",
    )
    return tmp_path


def _blocks(app: BriefingApp) -> list[str]:
    return [str(b.render()) for b in app.query_one(ArticleText).query(ArticleBlock)]


async def test_only_the_first_paragraphs_of_a_long_article_are_mounted(long_folder: Path) -> None:
    app = BriefingApp([str(long_folder)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        text = app.query_one(ArticleText)
        assert len(_blocks(app)) == FIRST_BLOCKS
        assert text.unmounted > 0


async def test_scrolling_down_mounts_more_and_g_mounts_the_end(long_folder: Path) -> None:
    app = BriefingApp([str(long_folder)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("5")
        text = app.query_one(ArticleText)
        text.scroll_end(animate=False)
        await pilot.pause()
        await pilot.pause()
        assert len(_blocks(app)) > FIRST_BLOCKS
        await pilot.press("G")
        await pilot.pause()
        assert text.unmounted == 0
        assert "Ana Costa" in _blocks(app)[-1]


async def test_evidence_beyond_the_mounted_paragraphs_is_mounted_and_shown(
    long_folder: Path,
) -> None:
    app = BriefingApp([str(long_folder)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        text = app.query_one(ArticleText)
        assert text.briefing is not None
        last = len(text.briefing.sentences) - 1
        text.highlight_evidence((last,))
        await pilot.pause()
        await pilot.pause()
        assert "Ana Costa" in _blocks(app)[-1]
        assert text.scroll_y > 0
