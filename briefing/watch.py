"""Watch a folder for article files that appear, change or go, by polling (stdlib only).

Polling rather than inotify/FSEvents keeps this portable and dependency-free, and works on
network drives where change notifications are unreliable. Each poll walks the folder the way
the loader does (`briefing.core.walk`: same suffixes, hidden files skipped) and compares each
file's size, modification time, change time and inode with the previous poll; an editor that
saves by writing a new file and renaming it over the old one shows up as a change.

For the UI and the CLI (`--watch`):

    watcher = FolderWatcher(folder, interval=1.0)
    for changes in watcher.watch(stop_event):      # blocks; run it in a worker thread
        for change in changes:
            ...  # change.kind is "added", "changed" or "removed"; change.path opens the file

or call `watcher.poll()` from a timer (a key in the app) and act on the list it returns.
A file caught while still being written is reported as added and then, on a later poll, as
changed; a rename is a removal and an addition.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from briefing.core.walk import walk_articles

ChangeKind = Literal["added", "changed", "removed"]
_Signature = tuple[int, int, int, int]


@dataclass(frozen=True)
class Change:
    """One file that changed between two polls; `path` round-trips to the file system."""

    kind: ChangeKind
    path: str


def _signature(st: os.stat_result) -> _Signature:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


class FolderWatcher:
    """Reports added, changed and removed article files under a folder, one poll at a time."""

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        interval: float = 1.0,
        follow_links: bool = False,
    ) -> None:
        self.root = os.fsencode(root)
        self.interval = interval
        self.follow_links = follow_links
        self._known = self._scan()

    def _scan(self) -> dict[bytes, _Signature]:
        files, _problems = walk_articles(self.root, follow_links=self.follow_links)
        seen: dict[bytes, _Signature] = {}
        for path in files:
            try:
                seen[path] = _signature(os.stat(path))
            except OSError:
                # Gone between the walk and the stat: it will count as removed or absent.
                continue
        return seen

    def poll(self) -> list[Change]:
        """What changed since the last poll (or since the watcher was made), in path order."""
        now = self._scan()
        before = self._known
        self._known = now
        changes: list[tuple[bytes, ChangeKind]] = []
        for path, sig in now.items():
            old = before.get(path)
            if old is None:
                changes.append((path, "added"))
            elif old != sig:
                changes.append((path, "changed"))
        changes.extend((path, "removed") for path in before.keys() - now.keys())
        changes.sort()
        return [Change(kind, os.fsdecode(path)) for path, kind in changes]

    def watch(self, stop: threading.Event | None = None) -> Iterator[list[Change]]:
        """Poll every `interval` seconds and yield each non-empty list of changes until `stop`."""
        stop = stop or threading.Event()
        while not stop.wait(self.interval):
            changes = self.poll()
            if changes:
                yield changes
