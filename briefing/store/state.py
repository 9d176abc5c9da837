"""The reader's state: which articles were read, where each folder was left, and settings.

Kept in its own SQLite file in the data directory (`paths.data_dir()/state.sqlite3`), not in
the cache's database as issue 4 first sketched: the cache is disposable (the user may clear
~/.cache, and a damaged cache file is moved aside and rebuilt), while read marks are the user's
own record and must survive all of that. Both files use WAL mode and transactional writes.

Every write is one row upserted in its own transaction, so two readers on the same folder each
keep the marks they made; a reader sees the other's new marks after `refresh()`. When the file
cannot be opened or written (locked, damaged, read-only, disk full) the store carries on in
memory, so marks made this run still show, and gives one `notice`. A damaged state file is left
exactly where it is, untouched, for the user to rescue: it is never moved or rebuilt.

On first open the JSON state the reader kept before the store (`$XDG_DATA_HOME/briefing/
state.json`, no longer written) is imported once: its read marks and theme.

Paths are stored absolute (`os.path.abspath`), as the UI did, so an article counts as read
from any folder that shows it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.store.paths import data_dir, legacy_state_json
from briefing.store.sqlite import SQLiteStore, connect, describe, transaction

STATE_FILE = "state.sqlite3"
DEFAULT_BUSY_TIMEOUT = 2.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS read (
    path TEXT PRIMARY KEY,
    content_hash TEXT,
    read_at REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS position (
    folder TEXT PRIMARY KEY,
    article TEXT NOT NULL,
    pane TEXT,
    saved_at REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS setting (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS imported (source TEXT PRIMARY KEY, at REAL NOT NULL) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class Position:
    """Where the reader was in a folder: the selected article and the focused pane."""

    article: str
    pane: str | None = None


def _key(path: str | os.PathLike[str]) -> str:
    return os.path.abspath(os.fspath(path))


class StateStore(SQLiteStore):
    """Read marks, last positions and settings; in memory first, written through to SQLite."""

    def __init__(
        self,
        path: Path | None,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        on_notice: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(path, busy_timeout=busy_timeout, on_notice=on_notice)
        self._read: dict[str, str | None] = {}
        self._positions: dict[str, Position] = {}
        self._settings: dict[str, str] = {}

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        legacy_json: str | os.PathLike[str] | None = None,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        on_notice: Callable[[str], None] | None = None,
    ) -> StateStore:
        """Open the state file (default: `data_dir()/state.sqlite3`); never raises.

        `legacy_json` is the old JSON state to import once (default: where the UI kept it).
        """
        store = cls(
            Path(path) if path else data_dir() / STATE_FILE,
            busy_timeout=busy_timeout,
            on_notice=on_notice,
        )
        with store._lock:
            try:
                assert store.path is not None
                store.path.parent.mkdir(parents=True, exist_ok=True)
                conn = connect(store.path, busy_timeout=busy_timeout, synchronous="FULL")
                try:
                    conn.executescript(_SCHEMA)
                except BaseException:
                    conn.close()
                    raise
                store._conn = conn
            except (sqlite3.Error, OSError) as exc:
                store._fail(exc)
        store.refresh()
        store.import_json(legacy_json or legacy_state_json())
        return store

    @property
    def persistent(self) -> bool:
        """Whether changes are being saved to disk."""
        return self._conn is not None

    # --- read marks -------------------------------------------------------------------------

    def mark_read(self, path: str | os.PathLike[str], content_hash: str | None = None) -> bool:
        """Mark an article read (as of this content, when given); True when anything changed."""
        key = _key(path)
        if key in self._read and self._read[key] == content_hash:
            return False
        self._read[key] = content_hash
        self._write(
            "INSERT OR REPLACE INTO read VALUES (?, ?, ?)", (key, content_hash, time.time())
        )
        return True

    def mark_unread(self, path: str | os.PathLike[str]) -> bool:
        """Forget that an article was read; True when it had been."""
        key = _key(path)
        if self._read.pop(key, ...) is ...:
            return False
        self._write("DELETE FROM read WHERE path = ?", (key,))
        return True

    def is_read(self, path: str | os.PathLike[str], content_hash: str | None = None) -> bool:
        """Whether the article was read; with `content_hash`, only if it has not changed since.

        A mark saved without a hash (or imported from the old JSON state) matches any content.
        """
        key = _key(path)
        if key not in self._read:
            return False
        saved = self._read[key]
        return content_hash is None or saved is None or saved == content_hash

    def read_paths(self) -> set[str]:
        """Every path marked read, absolute."""
        return set(self._read)

    # --- positions and settings -------------------------------------------------------------

    def save_position(
        self, folder: str | os.PathLike[str], article_path: str | os.PathLike[str], pane: str | None
    ) -> None:
        """Remember the selected article and focused pane for a folder."""
        key = _key(folder)
        position = Position(_key(article_path), pane)
        if self._positions.get(key) == position:
            return
        self._positions[key] = position
        self._write(
            "INSERT OR REPLACE INTO position VALUES (?, ?, ?, ?)",
            (key, position.article, pane, time.time()),
        )

    def last_position(self, folder: str | os.PathLike[str]) -> Position | None:
        """Where the reader was left in a folder, or None."""
        return self._positions.get(_key(folder))

    def get_setting(self, name: str) -> str | None:
        """A remembered setting, or None."""
        return self._settings.get(name)

    def set_setting(self, name: str, value: str) -> None:
        """Remember a setting (the theme, say) across runs."""
        if self._settings.get(name) == value:
            return
        self._settings[name] = value
        self._write("INSERT OR REPLACE INTO setting VALUES (?, ?)", (name, value))

    # --- loading, importing, closing --------------------------------------------------------

    def refresh(self) -> None:
        """Reload from disk, picking up marks another reader saved; memory wins on failure."""
        with self._lock:
            rows = self._query()
        if rows is None:
            return
        read, positions, settings = rows
        # Marks made this run that never reached the disk are kept, not dropped.
        self._read = {**self._read, **read}
        self._positions = {**self._positions, **positions}
        self._settings = {**self._settings, **settings}

    def import_json(self, json_path: str | os.PathLike[str]) -> int:
        """Import the UI's old JSON state once; the number of read marks it added.

        The JSON file is left in place. It is remembered as imported only once the import has
        been saved, so a failed attempt is tried again on the next run.
        """
        source = _key(json_path)
        # A missing file is not recorded: the old reader may still write it before switching.
        if self._conn is None or not os.path.isfile(source):
            return 0
        with self._lock:
            done = self._run(
                lambda c: c.execute("SELECT 1 FROM imported WHERE source = ?", (source,)).fetchone()
            )
        if done is not None or self._conn is None:
            return 0
        read, theme = _read_legacy(Path(json_path))
        fresh = [p for p in read if p not in self._read]
        now = time.time()

        def save(conn: sqlite3.Connection) -> bool:
            with transaction(conn):
                conn.executemany(
                    "INSERT OR IGNORE INTO read VALUES (?, NULL, ?)", [(p, now) for p in fresh]
                )
                if theme is not None:
                    conn.execute("INSERT OR IGNORE INTO setting VALUES ('theme', ?)", (theme,))
                conn.execute("INSERT INTO imported VALUES (?, ?)", (source, now))
            return True

        with self._lock:
            saved = self._run(save)
        if not saved:
            return 0
        self._read.update(dict.fromkeys(fresh))
        if theme is not None:
            self._settings.setdefault("theme", theme)
        return len(fresh)

    # --- plumbing ---------------------------------------------------------------------------

    def _query(
        self,
    ) -> tuple[dict[str, str | None], dict[str, Position], dict[str, str]] | None:
        def load(
            conn: sqlite3.Connection,
        ) -> tuple[dict[str, str | None], dict[str, Position], dict[str, str]]:
            read = {p: h for p, h in conn.execute("SELECT path, content_hash FROM read")}
            positions = {
                f: Position(a, pane)
                for f, a, pane in conn.execute("SELECT folder, article, pane FROM position")
            }
            settings = dict(conn.execute("SELECT name, value FROM setting").fetchall())
            return read, positions, settings

        return self._run(load)

    def _write(self, sql: str, params: Iterable[Any]) -> None:
        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn):
                conn.execute(sql, tuple(params))

        with self._lock:
            self._run(write)

    def _fail(self, exc: sqlite3.Error | OSError) -> None:
        self._disable(
            f"read state not saved: {describe(exc)} ({self.path}); "
            "read marks last only until you quit"
        )


def _read_legacy(path: Path) -> tuple[list[str], str | None]:
    """Read marks and theme from the UI's old JSON state; nothing if it is missing or damaged."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [], None
    if not isinstance(raw, dict):
        return [], None
    read = raw.get("read")
    theme = raw.get("theme")
    marks = [p for p in read if isinstance(p, str)] if isinstance(read, list) else []
    return marks, theme if isinstance(theme, str) else None
