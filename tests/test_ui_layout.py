"""How text fits the panes: hanging indents, one-line list entries, shortened titles."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from textual.widget import Widget
from ui_helpers import SEEDS, WIDE, settle

from briefing.ui.app import BriefingApp
from briefing.ui.widgets.article_text import ArticleText
from briefing.ui.widgets.hanging import Hanging

LONG_TITLE = (
    "Regional water authority postpones the decision on the northern reservoir expansion "
    "after objections from three farming cooperatives"
)


def screen_lines(widget: Widget) -> list[str]:
    return [widget.render_line(y).text for y in range(widget.size.height)]


def rendered(hanging: Hanging, width: int) -> list[str]:
    console = Console(width=width, record=True, color_system=None)
    console.print(hanging)
    return console.export_text().splitlines()


def test_wrapped_lines_hang_under_the_body_not_the_bullet() -> None:
    lines = rendered(Hanging([("- ", "one two three four five six seven")]), 14)
    assert lines[0].startswith("- one")
    assert len(lines) > 1
    assert all(line.startswith("  ") and line[2] != " " for line in lines[1:])


def test_each_row_hangs_at_its_own_marker() -> None:
    lines = rendered(Hanging([("Who   ", "alpha beta gamma delta"), ("", "epsilon")]), 16)
    assert lines[0].startswith("Who   alpha")
    assert lines[1].startswith("      ")
    assert lines[-1] == "epsilon"


def test_hanging_text_reads_as_its_rows() -> None:
    assert str(Hanging([("- ", "a point"), ("  ", "a detail")])) == "- a point\n  a detail"


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(
        f"{LONG_TITLE}\n\nThe authority met on Monday.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Short title\n\nThe council met on Tuesday.\n", encoding="utf-8"
    )
    return tmp_path


async def test_a_long_title_takes_one_line_of_the_article_list(tmp_path: Path) -> None:
    app = BriefingApp([str(_folder(tmp_path))])
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        # Two or more articles open on the digest; escape goes to the reader.
        await pilot.press("escape")
        lines = screen_lines(app.query_one("#articles"))
        assert lines[0].rstrip().endswith("\u2026")
        assert "a.txt" in lines[1]
        assert "Short title" in lines[2]


async def test_narrow_title_bar_shortens_a_long_title_with_an_ellipsis(tmp_path: Path) -> None:
    app = BriefingApp([str(_folder(tmp_path))])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        # Two or more articles open on the digest; escape goes to the reader.
        await pilot.press("escape")
        title = screen_lines(app.query_one("#title-text"))
        assert len(title) == 1
        assert title[0].rstrip().endswith("\u2026")
        assert title[0].lstrip().startswith("Regional water authority")


async def test_highlights_take_the_new_theme_colours_after_t() -> None:
    app = BriefingApp([str(SEEDS)], theme="nord")
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("1", "enter")
        await pilot.pause()
        text = app.query_one(ArticleText)
        block = text._widgets[app.entries[0].briefing.sentences[text.marks[0].sentence].block]
        before = list(block.render().spans)
        await pilot.press("t")
        await pilot.pause()
        await pilot.pause()
        assert app.theme == "textual-light"
        assert list(block.render().spans) != before
