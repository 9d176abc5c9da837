"""The state store: read marks and positions that survive restarts, damage and rivals."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from briefing.store.cache import CACHE_FILE, BriefingCache
from briefing.store.paths import data_dir
from briefing.store.state import STATE_FILE, Position, StateStore


def open_state(path: Path, notices: list[str] | None = None) -> StateStore:
    sink = notices.append if notices is not None else None
    return StateStore.open(
        path, legacy_json=path.parent / "none.json", busy_timeout=0.2, on_notice=sink
    )


def test_read_mark_survives_reopening(tmp_path: Path) -> None:
    with open_state(tmp_path / STATE_FILE) as state:
        state.mark_read("news/a.txt")
    with open_state(tmp_path / STATE_FILE) as state:
        assert state.is_read("news/a.txt")
        assert not state.is_read("news/b.txt")


def test_read_marks_are_kept_by_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    state = open_state(tmp_path / STATE_FILE)
    state.mark_read("news/a.txt")
    assert state.read_paths() == {str(tmp_path / "news/a.txt")}


def test_changed_content_is_unread_when_hashes_are_given(tmp_path: Path) -> None:
    state = open_state(tmp_path / STATE_FILE)
    state.mark_read("a.txt", "hash-1")
    assert state.is_read("a.txt", "hash-1")
    assert not state.is_read("a.txt", "hash-2")
    assert state.is_read("a.txt")


def test_mark_unread_forgets(tmp_path: Path) -> None:
    state = open_state(tmp_path / STATE_FILE)
    state.mark_read("a.txt")
    assert state.mark_unread("a.txt")
    assert not open_state(tmp_path / STATE_FILE).is_read("a.txt")


def test_last_position_is_per_folder(tmp_path: Path) -> None:
    with open_state(tmp_path / STATE_FILE) as state:
        state.save_position("/news/monday", "/news/monday/b.txt", "actors")
        state.save_position("/news/tuesday", "/news/tuesday/a.txt", None)
    state = open_state(tmp_path / STATE_FILE)
    assert state.last_position("/news/monday") == Position("/news/monday/b.txt", "actors")
    assert state.last_position("/news/tuesday") == Position("/news/tuesday/a.txt", None)
    assert state.last_position("/news/friday") is None


def test_setting_survives_reopening(tmp_path: Path) -> None:
    open_state(tmp_path / STATE_FILE).set_setting("theme", "light")
    assert open_state(tmp_path / STATE_FILE).get_setting("theme") == "light"


def test_default_location_is_the_data_dir() -> None:
    state = StateStore.open()
    assert state.path == data_dir() / STATE_FILE
    assert state.persistent


def test_legacy_json_is_imported_once(tmp_path: Path) -> None:
    legacy = tmp_path / "state.json"
    legacy.write_text(json.dumps({"read": ["/n/a.txt", "/n/b.txt"], "theme": "light"}))
    first = StateStore.open(tmp_path / STATE_FILE, legacy_json=legacy)
    assert first.read_paths() == {"/n/a.txt", "/n/b.txt"}
    assert first.get_setting("theme") == "light"
    first.mark_unread("/n/a.txt")
    first.close()
    again = StateStore.open(tmp_path / STATE_FILE, legacy_json=legacy)
    assert again.read_paths() == {"/n/b.txt"}
    assert legacy.exists()


def test_legacy_json_default_location_is_the_uis(tmp_path: Path) -> None:
    legacy = data_dir() / "state.json"
    legacy.parent.mkdir(parents=True, exist_ok=True)
    legacy.write_text(json.dumps({"read": ["/n/a.txt"], "theme": None}))
    assert StateStore.open(tmp_path / STATE_FILE).is_read("/n/a.txt")


def test_damaged_legacy_json_imports_nothing(tmp_path: Path) -> None:
    legacy = tmp_path / "state.json"
    legacy.write_text("{not json")
    state = StateStore.open(tmp_path / STATE_FILE, legacy_json=legacy)
    assert state.read_paths() == set()
    assert state.persistent


def test_damaged_state_file_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / STATE_FILE
    garbage = b"not a database at all\n" * 300
    path.write_bytes(garbage)
    notices: list[str] = []
    state = open_state(path, notices)
    state.mark_read("a.txt")
    assert state.is_read("a.txt")
    assert not state.persistent
    assert len(notices) == 1
    assert path.read_bytes() == garbage


def test_locked_state_keeps_marks_in_memory(tmp_path: Path) -> None:
    path = tmp_path / STATE_FILE
    open_state(path).mark_read("old.txt")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        notices: list[str] = []
        state = open_state(path, notices)
        state.mark_read("new.txt")
        state.mark_read("newer.txt")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert state.is_read("old.txt")
    assert state.is_read("newer.txt")
    assert len(notices) == 1
    assert open_state(path).is_read("old.txt")


def test_two_readers_keep_each_others_marks(tmp_path: Path) -> None:
    one = open_state(tmp_path / STATE_FILE)
    two = open_state(tmp_path / STATE_FILE)
    one.mark_read("a.txt")
    two.mark_read("b.txt")
    one.refresh()
    assert one.is_read("b.txt")
    assert open_state(tmp_path / STATE_FILE).read_paths() >= {
        str(Path("a.txt").absolute()),
        str(Path("b.txt").absolute()),
    }


def test_rebuilding_a_damaged_cache_keeps_read_state(tmp_path: Path) -> None:
    state_path = tmp_path / "data" / STATE_FILE
    open_state(state_path).mark_read("a.txt")
    cache_folder = tmp_path / "cache"
    cache_folder.mkdir()
    (cache_folder / CACHE_FILE).write_bytes(b"garbage" * 1000)
    BriefingCache.open(cache_folder).close()
    assert open_state(state_path).is_read("a.txt")


def test_unwritable_data_dir_keeps_marks_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    notices: list[str] = []
    state = open_state(blocker / STATE_FILE, notices)
    state.mark_read("a.txt")
    assert state.is_read("a.txt")
    assert len(notices) == 1
