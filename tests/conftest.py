"""Shared fixtures: every test runs isolated from the developer's machine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Settings, caches and themes must come from a fresh place, not from the developer's home.
    home = tmp_path_factory.mktemp("xdg")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (home / name.lower()).mkdir()
        monkeypatch.setenv(name, str(home / name.lower()))
    # Colour and width only vary when a test says so.
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[[str | bytes, str | bytes], Path]:
    """Write `content` (str as UTF-8, or bytes as is) to `name` under tmp_path; return its path."""

    def write(name: str | bytes, content: str | bytes) -> Path:
        path = tmp_path / (
            name if isinstance(name, str) else name.decode("utf-8", "surrogateescape")
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return write
