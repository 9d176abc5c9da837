"""--output files: atomic, never over an existing file unless forced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.output.write import OutputExists, write_atomic


def test_writes_the_content(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    write_atomic(str(target), "# Briefing\n")
    assert target.read_text(encoding="utf-8") == "# Briefing\n"


def test_refuses_to_overwrite_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputExists):
        write_atomic(str(target), "new")
    assert target.read_text(encoding="utf-8") == "keep me"


def test_force_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    write_atomic(str(target), "new", force=True)
    assert target.read_text(encoding="utf-8") == "new"


def test_refuses_to_write_through_a_dangling_symlink(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.symlink_to(tmp_path / "elsewhere.md")
    with pytest.raises(OutputExists):
        write_atomic(str(target), "new")
    assert not (tmp_path / "elsewhere.md").exists()


def test_leaves_no_temporary_file_behind(tmp_path: Path) -> None:
    write_atomic(str(tmp_path / "out.md"), "x")
    target = tmp_path / "taken.md"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(OutputExists):
        write_atomic(str(target), "y")
    assert sorted(os.listdir(tmp_path)) == ["out.md", "taken.md"]


def test_written_file_is_not_private(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    old = os.umask(0o022)
    try:
        write_atomic(str(target), "x")
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644
