"""The digest screen: it opens first for a folder of several articles and leads to the reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from digest_folders import BRIDGE_COURIER, BRIDGE_HERALD, FARM
from textual.pilot import Pilot
from ui_helpers import NARROW, SEEDS, WIDE, settle

from briefing.ui.app import BriefingApp
from briefing.ui.screens.digest_screen import DigestScreen
from briefing.ui.screens.story_screen import StoryScreen
from briefing.ui.widgets.digest_lists import DigestList
from briefing.ui.widgets.pane import BriefingPane


def lines(widget: DigestList) -> list[str]:
    return [str(widget.get_option_at_index(i).prompt) for i in range(widget.option_count)]


@pytest.fixture
def bridge(tmp_path: Path) -> Path:
    """Two articles on one bridge collapse (seven dead, five dead) and one on a harvest."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "courier.txt").write_text(BRIDGE_COURIER, encoding="utf-8")
    (folder / "herald.txt").write_text(BRIDGE_HERALD, encoding="utf-8")
    (folder / "farm.txt").write_text(FARM, encoding="utf-8")
    return folder


async def open_bridge_story(app: BriefingApp, pilot: Pilot) -> None:
    stories = app.screen.query_one("#stories", DigestList)
    stories.highlighted = next(i for i, line in enumerate(lines(stories)) if "2 articles" in line)
    await pilot.press("enter")
    await pilot.pause()


@pytest.mark.parametrize("size", [NARROW, WIDE])
async def test_digest_opens_first_with_the_story_of_two_articles(
    bridge: Path, size: tuple[int, int]
) -> None:
    app = BriefingApp([str(bridge)])
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, DigestScreen)
        stories = lines(app.screen.query_one("#stories", DigestList))
        assert sum("2 articles" in line for line in stories) == 1
        assert sum("1 article" in line for line in stories) == 1


async def test_digest_lists_where_the_two_articles_disagree(bridge: Path) -> None:
    app = BriefingApp([str(bridge)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("4")
        shown = lines(app.screen.query_one("#disagreements", DigestList))
        assert any("seven" in line and "Five" in line for line in shown)
        assert app.screen.query_one("#disagreements").region.width == 80


async def test_wide_digest_shows_all_four_sections_at_once(bridge: Path) -> None:
    app = BriefingApp([str(bridge)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        regions = [section.region for section in app.screen.query(DigestList)]
        assert len(regions) == 4
        assert all(r.width > 40 and r.height > 10 for r in regions)


async def test_narrow_digest_shows_one_section_and_number_keys_switch(bridge: Path) -> None:
    app = BriefingApp([str(bridge)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        visible = [s.id for s in app.screen.query(DigestList) if s.region.width > 0]
        assert visible == ["cast"]
        assert app.screen.focused is app.screen.query_one("#cast")


async def test_enter_on_a_story_then_an_article_opens_the_reader_and_escape_returns(
    bridge: Path,
) -> None:
    app = BriefingApp([str(bridge)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await open_bridge_story(app, pilot)
        assert isinstance(app.screen, StoryScreen)
        assert any("courier.txt" in line for line in lines(app.screen.query_one(DigestList)))
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is app.default_screen
        assert app.current_index is not None
        opened = Path(app.entries[app.current_index].path).name
        assert opened in {"courier.txt", "herald.txt"}
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DigestScreen)


async def test_enter_on_a_disagreement_highlights_its_sentence_in_the_reader(
    bridge: Path,
) -> None:
    app = BriefingApp([str(bridge)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("4", "enter")
        await settle(app, pilot)
        assert app.screen is app.default_screen
        assert app.article_text.marks


async def test_d_returns_from_the_reader_to_the_digest(bridge: Path) -> None:
    app = BriefingApp([str(bridge)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        assert app.screen is app.default_screen
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DigestScreen)


async def test_single_article_folder_opens_the_reader_directly() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        assert app.screen is app.default_screen
        await pilot.press("d")
        assert app.screen is app.default_screen


async def test_markup_in_article_titles_is_shown_literally_in_the_digest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "[bold red]Harbour[/] board approves pier\n\nThe harbour board approved a pier.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "[link=http://x]Council[/link] delays vote\n\nThe council delayed its vote.\n",
        encoding="utf-8",
    )
    app = BriefingApp([str(tmp_path)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        shown = "\n".join(lines(app.screen.query_one("#stories", DigestList)))
        assert "[bold red]Harbour[/] board" in shown
        assert "[link=http://x]Council[/link]" in shown


async def test_the_reader_under_the_digest_lists_every_article_with_the_cursor_on_the_first(
    bridge: Path,
) -> None:
    app = BriefingApp([str(bridge)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, DigestScreen)
        assert app.article_list.option_count == 3
        assert app.article_list.highlighted == app.current_index == 0
        await pilot.press("escape")
        await pilot.press("j")
        await pilot.pause()
        assert app.current_index == 1


async def test_with_a_warm_cache_the_reader_under_the_digest_shows_the_first_briefing(
    bridge: Path, tmp_path: Path
) -> None:
    cache = str(tmp_path / "cache")
    warm = BriefingApp([str(bridge)], cache_dir=cache)
    async with warm.run_test(size=WIDE) as pilot:
        await settle(warm, pilot)
    app = BriefingApp([str(bridge)], cache_dir=cache)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        summary = app.query_one("#summary", BriefingPane)
        shown = [str(summary.get_option_at_index(i).prompt) for i in range(summary.option_count)]
        assert app.entries[0].briefing is not None
        assert not any("Loading" in line for line in shown)
        assert len(shown) >= 1


async def test_titles_read_under_the_digest_are_in_the_article_list_on_escape(
    bridge: Path,
) -> None:
    app = BriefingApp([str(bridge)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        listed = [
            str(app.article_list.get_option_at_index(i).prompt)
            for i in range(app.article_list.option_count)
        ]
        assert [entry.title for entry in app.entries] != [p.name for p in sorted(bridge.iterdir())]
        assert all(entry.title in line for entry, line in zip(app.entries, listed, strict=True))
