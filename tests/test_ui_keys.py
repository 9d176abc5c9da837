"""Key routing: keys typed faster than the screen redraws land where the user meant them.

A real terminal delivers a burst of keys at once ("/Geneva" pasted or typed quickly), so the
app handles the first key while the rest already wait in its queue. `type_burst` posts keys
that way; `pilot.press` would let each key settle first and hide the bug.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input
from ui_helpers import NARROW, SEEDS, WIDE, settle

from briefing.ui.app import BriefingApp
from briefing.ui.screens.export_screen import ExportScreen
from briefing.ui.screens.help_screen import HelpScreen
from briefing.ui.widgets.agenda_pane import AgendaPane
from briefing.ui.widgets.article_text import ArticleText
from briefing.ui.widgets.slot_placeholder import SlotPlaceholder

_KEY_NAMES = {"/": "slash", "?": "question_mark", "]": "right_square_bracket", " ": "space"}


async def type_burst(app: BriefingApp, pilot: Pilot, keys: str) -> None:
    """Queue every key before the app handles the first, as a fast typist's terminal does."""
    for character in keys:
        app.post_message(events.Key(_KEY_NAMES.get(character, character), character))
    await pilot.pause()
    await pilot.pause()


def search_value(app: BriefingApp) -> str:
    return app.query_one("#search-input", Input).value


@pytest.mark.parametrize("size", [NARROW, WIDE])
async def test_letters_typed_right_after_slash_go_into_the_search_box(
    size: tuple[int, int],
) -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("1")
        await type_burst(app, pilot, "/Geneva")
        assert search_value(app) == "Geneva"
        assert isinstance(app.focused, Input)
        assert not isinstance(app.screen, ExportScreen)


async def test_keys_typed_right_after_a_pane_number_go_to_that_pane(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(
            f"Story {name}\n\nThe council met on Monday.\n", encoding="utf-8"
        )
    app = BriefingApp([str(tmp_path)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        # Two or more articles open on the digest; escape goes to the reader.
        await pilot.press("escape")
        await type_burst(app, pilot, "2jj")
        assert app.focused is app.query_one("#actors")
        assert app.current_index == 0


@pytest.mark.parametrize("key", ["q", "e", "y", "t", "j", "k", "n", "N", "g", "G", "1", "]", "?"])
async def test_single_key_bindings_type_into_the_search_box(key: str) -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        theme = app.theme
        await pilot.press("slash")
        await type_burst(app, pilot, key)
        assert search_value(app) == key
        assert app.is_running
        assert app.screen is app.default_screen
        assert app.theme == theme
        assert app.current_index == 0


async def test_space_types_a_space_into_the_search_box() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", "U", "S", "space", "m")
        assert search_value(app) == "US m"


async def test_escape_in_the_search_box_closes_it() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", "U", "S", "escape")
        await pilot.pause()
        assert not app.query_one("#search-bar").display
        assert app.query_one(ArticleText).marks == []


async def test_keys_typed_in_the_export_prompt_stay_there() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        folder = app.screen.query_one("#export-folder", Input)
        await type_burst(app, pilot, "qnt?")
        assert folder.value.endswith("qnt?")
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.default_screen


async def test_q_closes_the_help_screen_rather_than_the_app() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running
        assert app.screen is app.default_screen


@pytest.mark.parametrize("size", [NARROW, WIDE])
async def test_keys_typed_before_the_panes_are_mounted_are_handled_once_they_are(
    size: tuple[int, int],
) -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=size) as pilot:
        # The first frame stands placeholders where the panes go; these keys reach the app
        # before the panes replace them, and are handled in the order they were typed.
        assert app.query(SlotPlaceholder)
        await type_burst(app, pilot, "23")
        await settle(app, pilot)
        assert not app.query(SlotPlaceholder)
        assert app.current_pane == "agenda"
        assert app.focused is app.query_one("#agenda", AgendaPane)


async def test_a_search_typed_before_the_panes_are_mounted_is_not_lost() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await type_burst(app, pilot, "/Geneva")
        await settle(app, pilot)
        assert search_value(app) == "Geneva"
        assert isinstance(app.focused, Input)
        assert app.query_one(ArticleText).marks
