"""The reader's styles ship in the wheel, and the core never imports Textual or Rich."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_styles_resolve_from_the_package_location() -> None:
    from briefing.ui.app import styles_dir

    assert (styles_dir() / "first_frame.tcss").is_file()
    assert (styles_dir() / "briefing.tcss").is_file()


def test_wheel_carries_the_stylesheets(tmp_path: Path) -> None:
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-build-isolation"]
    source = tmp_path / "src"
    # Build from a copy so the build never writes into the work tree.
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(".venv", ".git", "tmp", "*.pyc", "__pycache__", ".*cache"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-w", str(tmp_path), "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=180,
    )
    if result.returncode != 0:
        pytest.skip(f"wheel build backend unavailable (offline?): {result.stderr[-300:]}")
    wheel = next(tmp_path.glob("briefing-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "briefing/styles/first_frame.tcss" in names
    assert "briefing/styles/briefing.tcss" in names


def test_core_imports_neither_textual_nor_rich() -> None:
    code = (
        "import sys, briefing.core.pipeline, briefing.core.loader, briefing.core.serialize;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert out.strip() == "[]"
