"""The footer: the keys that apply now, rebuilt only when they change."""

from __future__ import annotations

from textual.widgets._footer import FooterKey
from ui_helpers import SEEDS, WIDE, settle

from briefing.ui.app import BriefingApp


def footer_keys(app: BriefingApp) -> list[FooterKey]:
    return list(app.screen.query(FooterKey))


def footer_actions(app: BriefingApp) -> set[str]:
    return {key.action for key in footer_keys(app)}


async def test_moving_between_panes_keeps_the_footer_as_it_was() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        before = footer_keys(app)
        await pilot.press("tab", "tab")
        await pilot.pause()
        assert app.current_pane == "actors"
        after = footer_keys(app)
        assert before
        assert all(new is old for new, old in zip(after, before, strict=True))


async def test_the_footer_follows_when_the_keys_that_apply_change() -> None:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert "quit" in footer_actions(app)
        await pilot.press("slash")
        await pilot.pause()
        # In the search box q types a letter, so the footer no longer offers it.
        assert "quit" not in footer_actions(app)
