"""The first frame: the article text as one widget, styled by the first stylesheet alone; then
the complete screen, its paragraphs one widget each in the same places."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widget import Widget
from ui_helpers import NARROW, SEEDS, WIDE, settle

from briefing.ui.app import PANE_TITLES, BriefingApp
from briefing.ui.messages import ArticleChosen
from briefing.ui.widgets.article_text import ArticleBlock, ArticleText
from briefing.ui.widgets.text_placeholder import TextPlaceholder

MARKDOWN = """# Harbour board approves pier

The board met on Monday.

## What comes next

- A tender in May.
- Building from June.

The mayor welcomed the decision.
"""


def _first_frame_only(monkeypatch: pytest.MonkeyPatch, path: Path = SEEDS) -> BriefingApp:
    """An app that stays on its first frame until the test completes the screen."""
    monkeypatch.setattr(BriefingApp, "on_ready", lambda self: None)
    monkeypatch.setattr(BriefingApp, "load_library", lambda self, paths, shown: None)
    app = BriefingApp([str(path)])
    app._first_reader.result()
    return app


def drawn_lines(widget: Widget, content: Region) -> dict[int, str]:
    """What `widget` draws inside `content` (screen coordinates), by screen row."""
    region = widget.region
    left = content.x - region.x
    lines: dict[int, str] = {}
    for y, strip in enumerate(widget.render_lines(Region(0, 0, region.width, region.height))):
        if content.y <= region.y + y < content.bottom:
            lines[region.y + y] = strip.text[left : left + content.width].rstrip()
    return lines


def text_canvas(app: BriefingApp) -> tuple[Region, list[str]]:
    """Where the article text is drawn and its lines: the placeholder's, or the paragraphs'."""
    if app.query(TextPlaceholder):
        placeholder = app.query_one(TextPlaceholder)
        content = placeholder.content_region
        lines = drawn_lines(placeholder, content)
    else:
        content = app.article_text.scrollable_content_region
        lines = {}
        for block in app.article_text.query(ArticleBlock):
            lines.update(drawn_lines(block, content))
    return content, [lines.get(y, "") for y in range(content.y, content.bottom)]


def styles_of(widget: Widget) -> list[str]:
    """The widget's computed styles and its component classes' ones, as CSS text."""
    names = sorted(
        {name for cls in type(widget).__mro__ for name in getattr(cls, "COMPONENT_CLASSES", ())}
    )
    return [widget.styles.css] + [widget.get_component_styles(name).css for name in names]


async def test_the_first_frame_shows_the_article_text_as_one_widget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = _first_frame_only(monkeypatch)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert not app.query(ArticleText)
        shown = str(app.query_one(TextPlaceholder).render())
        assert shown.startswith("The US and Russia have started security talks")
        assert "Ryabkov" in shown


async def test_the_complete_screen_puts_each_paragraph_where_the_first_frame_drew_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = _first_frame_only(monkeypatch)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        first = text_canvas(app)
        await app._complete_screen()
        await pilot.pause()
        assert not app.query(TextPlaceholder)
        blocks = list(app.article_text.query(ArticleBlock))
        assert len(blocks) > 10
        assert all("\n" not in str(block.render()) for block in blocks)
        assert text_canvas(app) == first
        assert any("Ryabkov" in line for line in first[1])


async def test_headings_and_list_items_land_where_the_first_frame_drew_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    article = tmp_path / "pier.md"
    article.write_text(MARKDOWN, encoding="utf-8")
    app = _first_frame_only(monkeypatch, article)
    async with app.run_test(size=NARROW) as pilot:
        app.show_pane("text")
        await pilot.pause()
        first = text_canvas(app)
        await app._complete_screen()
        app.show_pane("text")
        await pilot.pause()
        assert len(app.article_text.query(ArticleBlock)) == 6
        assert text_canvas(app) == first
        lines = first[1]
        assert lines[lines.index("- A tender in May.") + 1] == "- Building from June."


async def test_the_title_is_bold_in_the_first_frame_and_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = _first_frame_only(monkeypatch)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        preview = app.query_one(TextPlaceholder)
        region, content = preview.region, preview.content_region
        strips = preview.render_lines(Region(0, 0, region.width, region.height))
        left = content.x - region.x
        title_line = strips[content.y - region.y].crop(left, left + content.width)
        assert "security talks" in title_line.text
        assert all(s.style and s.style.bold for s in title_line if s.text.strip())
        await app._complete_screen()
        await pilot.pause()
        title = app.article_text.query(ArticleBlock).first()
        assert title.has_class("-title")
        title_line = title.render_lines(Region(0, 0, title.size.width, 1))[0]
        assert all(s.style and s.style.bold for s in title_line if s.text.strip())


@pytest.mark.parametrize("size", [NARROW, WIDE])
async def test_rules_read_after_the_first_frame_restyle_nothing_it_shows(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    app = _first_frame_only(monkeypatch)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        widgets = list(app.screen.walk_children(with_self=True))
        before = [styles_of(w) for w in widgets]
        app.load_later_css()
        app.update_styles(app.screen)
        assert [styles_of(w) for w in widgets] == before


@pytest.mark.parametrize("size", [NARROW, WIDE])
async def test_the_panes_take_their_places_under_the_same_titles(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    app = _first_frame_only(monkeypatch)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.show_pane("actors")
        await pilot.pause()
        placeholder = app.query_one("#actors-placeholder")
        region = placeholder.region
        assert [app.query_one(f"#{n}-placeholder").border_title for n in PANE_TITLES] == list(
            PANE_TITLES.values()
        )
        await app._complete_screen()
        app.show_pane("actors")
        await pilot.pause()
        panes = [app.query_one(f"#{name}") for name in PANE_TITLES]
        assert [pane.border_title for pane in panes] == list(PANE_TITLES.values())
        assert app.query_one("#actors").region == region


async def test_the_narrow_layout_shows_the_tabs_on_the_first_frame_and_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = _first_frame_only(monkeypatch)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        tabs = app.query_one("#pane-tabs")
        assert tabs.display and tabs.region.height == 2
        await app._complete_screen()
        await pilot.pause()
        assert app.query_one("#pane-tabs") is tabs
        assert tabs.display and tabs.region.height == 2


async def test_the_later_rules_style_what_is_mounted_after_the_first_frame() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        # From briefing.tcss: the search bar stays hidden until `/`.
        assert app.query_one("#search-bar").styles.display == "none"
        assert str(app.LATER_CSS) in [str(path) for path in app.css_path]


async def test_the_collector_runs_again_once_the_first_frame_is_drawn() -> None:
    app = BriefingApp([str(SEEDS)])
    gc.disable()
    try:
        async with app.run_test(size=WIDE) as pilot:
            await settle(app, pilot)
            assert gc.isenabled()
    finally:
        gc.enable()


async def test_only_the_readers_moves_of_the_list_cursor_open_an_article(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name, title in (("a.txt", "Harbour board approves pier"), ("b.txt", "Council delays vote")):
        (tmp_path / name).write_text(f"{title}\n\nThe board met on Monday.\n", encoding="utf-8")
    chosen: list[int] = []
    handle = BriefingApp.on_article_chosen

    def record(self: BriefingApp, message: ArticleChosen) -> None:
        chosen.append(message.index)
        handle(self, message)

    monkeypatch.setattr(BriefingApp, "on_article_chosen", record)
    app = BriefingApp([str(tmp_path)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.show_reader()
        app.show_pane("articles")
        await pilot.pause()
        # Filling the list and opening the first article moved the cursor: nothing announced.
        assert chosen == []
        await pilot.press("j")
        await settle(app, pilot)
        assert chosen == [1]
        assert app.current_index == 1
