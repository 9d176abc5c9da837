"""What the reader's Pilot tests share: the seed folder, the two terminal sizes, and settling."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from briefing.ui.app import BriefingApp

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NARROW = (80, 24)
WIDE = (160, 48)


async def settle(app: BriefingApp, pilot: Pilot) -> None:
    """Wait for the workers, then for the messages they posted to be handled and drawn."""
    # Moving on cancels the worker briefing the article left behind; that is not a failure.
    for _ in range(20):
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            continue
        break
    await pilot.pause()
    await pilot.pause()
