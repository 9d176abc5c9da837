"""What the two stores share about SQLite: how to connect, write, fail, close, read its errors."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Self

# Primary result codes (the low byte of an extended code), from sqlite3.h.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def connect(path: Path, *, busy_timeout: float, synchronous: str) -> sqlite3.Connection:
    """Open `path` in WAL mode with a busy timeout; raises sqlite3.Error like any query would.

    Autocommit mode (isolation_level=None): each write says BEGIN IMMEDIATE itself, so two
    processes wait for each other at the start of a transaction instead of deadlocking halfway.
    `check_same_thread=False` because the reader extracts in a worker thread; callers hold a
    lock around every use.
    """
    conn = sqlite3.connect(
        path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        # Reading the mode first keeps an already-WAL file from needing a write lock to open.
        (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
        if str(mode).lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA synchronous = {synchronous}")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction (BEGIN IMMEDIATE ... COMMIT), rolled back if anything fails."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class SQLiteStore:
    """One SQLite file behind a lock that a failure turns off, with a single notice about it.

    Subclasses open `_conn` and decide in `_fail` what an error means for them.
    """

    def __init__(
        self,
        path: Path | None,
        *,
        busy_timeout: float,
        on_notice: Callable[[str], None] | None = None,
    ) -> None:
        self.path = path
        self.notice: str | None = None
        self._busy_timeout = busy_timeout
        self._on_notice = on_notice
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the file; the store then works as if it had been turned off."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _run(self, op: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run `op` on the connection (the caller holds the lock); None when off or failed."""
        if self._conn is None:
            return None
        try:
            return op(self._conn)
        except (sqlite3.Error, OSError) as exc:
            self._fail(exc)
            return None

    def _fail(self, exc: sqlite3.Error | OSError) -> None:
        raise NotImplementedError

    def _drop_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    def _disable(self, message: str) -> None:
        """Stop using the file for the rest of the run, and say why (once)."""
        self._drop_connection()
        self._tell(message)

    def _tell(self, message: str) -> None:
        """Record the run's notice and pass it on; only the first one counts."""
        if self.notice is not None:
            return
        self.notice = message
        if self._on_notice is not None:
            self._on_notice(message)


def error_code(exc: sqlite3.Error) -> int | None:
    """The primary SQLite result code of an error, when the driver reports one."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_corruption(exc: sqlite3.Error) -> bool:
    """Whether the error means the file itself is damaged (not merely busy or unwritable)."""
    if error_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def describe(exc: BaseException) -> str:
    """An SQLite or OS error in a few words for a notice."""
    if isinstance(exc, sqlite3.Error):
        code = error_code(exc)
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            return "the database is locked by another program"
        if code == SQLITE_FULL:
            return "the disk is full"
        if code == SQLITE_READONLY:
            return "the database is read-only"
        if is_corruption(exc):
            return "the database file is damaged"
        if code == SQLITE_CANTOPEN:
            return "the database file cannot be opened"
        return str(exc) or type(exc).__name__
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
