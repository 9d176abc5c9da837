"""Exports from the reader: safe names, no silent overwrite, the file written."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from briefing.ui.app import BriefingApp
from briefing.ui.export import export_target, safe_file_stem
from briefing.ui.screens.confirm_screen import ConfirmScreen


def test_title_with_dot_dot_cannot_leave_the_folder(tmp_path: Path) -> None:
    target = export_target(tmp_path, "../../.bashrc")
    assert target.parent == tmp_path
    assert not target.name.startswith(".")


def test_file_stem_keeps_only_safe_characters() -> None:
    assert safe_file_stem("Aydın meets /etc/passwd\x1b[31m") == "aydn-meets-etc-passwd-31m"


def test_empty_title_falls_back_to_a_name() -> None:
    assert safe_file_stem("///") == "briefing"


async def _export_current(app: BriefingApp, pilot, folder: Path) -> None:
    await pilot.press("e")
    await pilot.pause()
    app.screen.query_one("#export-folder", Input).value = str(folder)
    await pilot.press("enter")
    await pilot.pause()


async def test_e_exports_the_current_briefing_and_asks_before_overwriting(
    tmp_path: Path,
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Pier approved\n\nThe board approved a pier.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    app = BriefingApp([str(news)])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await _export_current(app, pilot, out)
        written = out / "pier-approved.briefing.md"
        assert "Pier approved" in written.read_text(encoding="utf-8")
        written.write_text("mine", encoding="utf-8")
        await _export_current(app, pilot, out)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert written.read_text(encoding="utf-8") == "mine"
