"""The reader, driven with the Pilot on the seed folder and on small folders written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList
from ui_helpers import NARROW, SEEDS, WIDE, settle

from briefing.core.model import Article
from briefing.ui.app import BriefingApp
from briefing.ui.library import Entry
from briefing.ui.screens.help_screen import HelpScreen
from briefing.ui.screens.search_all_screen import find_in_articles
from briefing.ui.widgets.article_text import ArticleBlock, ArticleText
from briefing.ui.widgets.pane import BriefingPane
from briefing.ui.widgets.title_bar import TitleBar


def pane(app: BriefingApp, name: str) -> BriefingPane:
    return app.query_one(f"#{name}", BriefingPane)


def pane_lines(app: BriefingApp, name: str) -> list[str]:
    p = pane(app, name)
    return [str(p.get_option_at_index(i).prompt) for i in range(p.option_count)]


def text_blocks(app: BriefingApp) -> list[str]:
    return [str(block.render()) for block in app.query(ArticleBlock)]


@pytest.fixture
def two_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Harbour board approves new pier\n\nThe harbour board approved a new pier on Monday.\n\n"
        "The chair, Amara Okafor, said the pier would open in May.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Council delays budget vote\n\nThe city council delayed its budget vote to March 3.\n",
        encoding="utf-8",
    )
    return folder


async def test_seed_folder_shows_the_first_briefing() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert any("Who" in line for line in pane_lines(app, "summary"))
        assert any("Geneva" in block for block in text_blocks(app))


async def test_title_bar_shows_the_article_title() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        title = str(app.query_one(TitleBar).query_one("#title-text").render())
        assert "security talks" in title


async def test_wide_layout_shows_panes_and_text_together() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        for name in ("articles", "summary", "actors", "agenda", "questions", "text"):
            assert app.query_one(f"#{name}").region.width > 0, name


async def test_narrow_layout_shows_one_pane_at_a_time() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("2")
        await pilot.pause()
        assert app.query_one("#actors").region.width == 80
        assert app.query_one("#summary").region.width == 0
        assert app.query_one("#text").region.width == 0


async def test_resize_reflows_from_wide_to_narrow() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.query_one("#text").region.width > 0
        await pilot.resize_terminal(*NARROW)
        await pilot.pause()
        assert app.screen.has_class("-narrow")
        assert app.query_one("#text").region.width == 0
        assert app.query_one("#articles").region.width == 80


async def test_tab_moves_focus_to_the_next_pane() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.focused is app.query_one("#articles")
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is pane(app, "summary")
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is app.query_one("#articles")


async def test_enter_on_a_summary_item_highlights_its_evidence() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("1", "enter")
        await pilot.pause()
        item = pane(app, "summary").current_item
        assert item is not None and item.evidence
        assert app.query_one(ArticleText).highlighted_sentences == sorted(set(item.evidence))


async def test_n_steps_to_the_next_mark() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"the", "enter")
        await pilot.pause()
        text = app.query_one(ArticleText)
        assert len(text.marks) > 1 and text.current == 0
        await pilot.press("n")
        assert text.current == 1
        await pilot.press("N", "N")
        assert text.current == len(text.marks) - 1


async def test_narrow_enter_shows_the_text_and_escape_returns(two_articles: Path) -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("1", "enter")
        await pilot.pause()
        assert app.current_pane == "text"
        assert app.query_one("#text").region.width == 80
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_pane == "summary"


async def test_next_article_key_opens_the_next_article(two_articles: Path) -> None:
    app = BriefingApp([str(two_articles)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        # Two or more articles open on the digest; escape goes to the reader.
        await pilot.press("escape")
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert app.current_index == 1
        assert any("budget vote" in block for block in text_blocks(app))
        await pilot.press("K")
        assert app.current_index == 0


async def test_help_screen_lists_every_binding() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        help_text = str(app.screen.query_one("#help-text").render())
        for description in ("Next article", "Search all articles", "Light/dark", "Copy"):
            assert description in help_text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_search_highlights_every_hit() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Geneva")
        await pilot.pause()
        expected = sum(s.text.count("Geneva") for s in app.entries[0].briefing.sentences)
        assert len(app.query_one(ArticleText).marks) == expected > 0
        await pilot.press("escape")
        assert app.query_one(ArticleText).marks == []


async def test_q_types_into_the_search_box() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", "q")
        await pilot.pause()
        assert app.query_one("#search-input", Input).value == "q"
        assert app.is_running


async def test_empty_folder_shows_a_helpful_message(tmp_path: Path) -> None:
    app = BriefingApp([str(tmp_path)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("5")
        await pilot.pause()
        assert any("No articles found" in block for block in text_blocks(app))


async def test_unreadable_file_is_listed_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "fine.txt").write_text("Title here\n\nA sentence of news.\n", encoding="utf-8")
    app = BriefingApp([str(tmp_path)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        # The list is the reader's: leave the digest for it.
        await pilot.press("escape")
        await pilot.pause()
        listing = app.query_one("#articles")
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(2)]
        assert prompts[0].startswith("! broken.txt")
        assert "not a text file" in prompts[0]
        assert any("not a text file" in line for line in pane_lines(app, "summary"))


async def test_markup_in_an_article_is_shown_literally(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(
        "Mayor [bold red]x[/] speaks\n\nThe mayor wrote [@click=app.quit]here[/] today.\n",
        encoding="utf-8",
    )
    app = BriefingApp([str(tmp_path)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        blocks = text_blocks(app)
        assert any("[bold red]x[/]" in b for b in blocks)
        assert any("[@click=app.quit]here[/]" in b for b in blocks)
        listing = app.query_one("#articles")
        assert "[bold red]x[/]" in str(listing.get_option_at_index(0).prompt)
        await pilot.click(ArticleBlock, offset=(20, 0))
        await pilot.pause()
        assert app.is_running


async def test_escape_sequences_in_an_article_are_made_visible(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(
        "Title\n\nPlain \x1b]52;c;SGVsbG8=\x07 and \x1b[31mred\x1b[0m words.\n", encoding="utf-8"
    )
    app = BriefingApp([str(tmp_path)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        blocks = "".join(text_blocks(app))
        assert "\x1b" not in blocks and "\x07" not in blocks
        assert "red" in blocks


async def test_opened_articles_are_remembered_as_read(two_articles: Path) -> None:
    app = BriefingApp([str(two_articles)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
    again = BriefingApp([str(two_articles)])
    assert again.state.is_read(str(two_articles / "a.txt"))
    assert not again.state.is_read(str(two_articles / "b.txt"))


async def test_t_toggles_the_theme_and_it_is_remembered() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        dark = app.current_theme.dark
        await pilot.press("t")
        assert app.current_theme.dark is not dark
        chosen = app.theme
    assert BriefingApp([str(SEEDS)]).theme == chosen


async def test_theme_option_chooses_the_theme() -> None:
    app = BriefingApp([str(SEEDS)], theme="textual-light")
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        assert app.theme == "textual-light"


async def test_y_copies_the_current_pane_as_markdown() -> None:
    app = BriefingApp([str(SEEDS)])
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("1", "y")
        await pilot.pause()
        assert copied and copied[0].startswith("## Summary")


async def test_ctrl_f_finds_text_in_another_article(two_articles: Path) -> None:
    app = BriefingApp([str(two_articles)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        # Two or more articles open on the digest; escape goes to the reader.
        await pilot.press("escape")
        await pilot.press("ctrl+f", *"budget", "enter")
        await settle(app, pilot)
        assert app.current_index == 1
        assert len(app.query_one(ArticleText).marks) >= 1


async def test_ctrl_f_lists_only_the_articles_with_the_last_text_typed(two_articles: Path) -> None:
    app = BriefingApp([str(two_articles)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        # "pier" matches the first article only; "pier" becomes "piers", which matches none,
        # then back: each keystroke's scan replaces the one before.
        await pilot.press("ctrl+f", *"piers")
        await settle(app, pilot)
        results = app.screen.query_one("#search-all-results", OptionList)
        assert results.option_count == 0
        await pilot.press("backspace")
        await settle(app, pilot)
        assert results.option_count == 1
        assert "Harbour board" in str(results.get_option_at_index(0).prompt)
        assert results.border_title == "1 articles"


def test_a_cancelled_search_of_all_articles_stops_early() -> None:
    article = Article(path="a.txt", title="Budget vote", blocks=())
    entries = [Entry("a.txt", article=article), Entry("b.txt", article=article)]
    assert len(find_in_articles(entries, "budget")) == 2
    assert find_in_articles(entries, "budget", cancelled=lambda: True) == []


async def test_command_palette_offers_actions_by_name() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Next article", "Export", "Search all articles"} <= titles


async def test_command_palette_names_keys_as_typed() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        helps = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert helps["Search"] == "Key: /"
        assert helps["Help"] == "Key: ?"


async def test_narrow_search_box_takes_the_keys_typed_after_slash() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Geneva")
        await pilot.pause()
        assert app.query_one("#search-input", Input).value == "Geneva"


async def test_summary_shows_how_the_file_was_read(tmp_path: Path) -> None:
    folder = tmp_path / "latin"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"Caf\xe9 wins award\n\nThe caf\xe9 in Lyon won on Monday.\n")
    app = BriefingApp([str(folder)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        lines = pane_lines(app, "summary")
        assert any(line.startswith("Note") and "Windows-1252" in line for line in lines)


async def test_a_single_article_opens_on_its_summary_when_narrow() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        assert app.current_pane == "summary"
