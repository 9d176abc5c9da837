"""The folder watcher: new, edited and removed article files show up on the next poll."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from briefing.watch import Change, FolderWatcher


def test_quiet_folder_reports_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One story.")
    assert FolderWatcher(tmp_path).poll() == []


def test_new_file_is_added(tmp_path: Path) -> None:
    watcher = FolderWatcher(tmp_path)
    (tmp_path / "new.txt").write_text("A new story.")
    assert watcher.poll() == [Change("added", str(tmp_path / "new.txt"))]
    assert watcher.poll() == []


def test_edited_file_is_changed(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("First draft.")
    watcher = FolderWatcher(tmp_path)
    path.write_text("Second draft, longer.")
    assert watcher.poll() == [Change("changed", str(path))]


def test_edit_of_same_size_is_seen_by_its_time(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("draft one")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    watcher = FolderWatcher(tmp_path)
    path.write_text("draft two")
    os.utime(path, ns=(2_000_000_000, 2_000_000_000))
    assert watcher.poll() == [Change("changed", str(path))]


def test_deleted_file_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Soon gone.")
    watcher = FolderWatcher(tmp_path)
    path.unlink()
    assert watcher.poll() == [Change("removed", str(path))]


def test_files_that_are_not_articles_are_ignored(tmp_path: Path) -> None:
    watcher = FolderWatcher(tmp_path)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".draft.txt").write_text("hidden")
    assert watcher.poll() == []


def test_file_in_a_subfolder_is_added(tmp_path: Path) -> None:
    watcher = FolderWatcher(tmp_path)
    (tmp_path / "monday").mkdir()
    (tmp_path / "monday" / "b.md").write_text("# Title\n\nText.")
    assert [c.kind for c in watcher.poll()] == ["added"]


def test_watch_yields_changes_until_stopped(tmp_path: Path) -> None:
    watcher = FolderWatcher(tmp_path, interval=0.01)
    stop = threading.Event()
    (tmp_path / "new.txt").write_text("A new story.")
    batches = watcher.watch(stop)
    first = next(batches)
    stop.set()
    assert first == [Change("added", str(tmp_path / "new.txt"))]
    assert list(batches) == []
