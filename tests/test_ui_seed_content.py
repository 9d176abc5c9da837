"""What the panes show for the seed article: depends on the extractors' quality."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from briefing.ui.app import BriefingApp
from briefing.ui.widgets.pane import BriefingPane

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


async def _pane_items(name: str) -> list[str]:
    app = BriefingApp([str(SEEDS)])
    async with app.run_test(size=(160, 48)) as pilot:
        await _settle(app, pilot)
        pane = app.query_one(f"#{name}", BriefingPane)
        return [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]


async def _settle(app: BriefingApp, pilot: Pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_actors_pane_lists_wendy_sherman_with_her_role() -> None:
    items = await _pane_items("actors")
    sherman = next(item for item in items if item.startswith("Wendy Sherman"))
    assert "Deputy Secretary" in sherman


async def test_questions_pane_lists_a_conflict() -> None:
    items = await _pane_items("questions")
    assert any(item.startswith("[conflict]") for item in items)


async def test_agenda_pane_lists_the_geneva_talks_on_january_10() -> None:
    items = await _pane_items("agenda")
    event = next(item for item in items if "January 10" in item)
    assert "Geneva" in event
