"""What the two stores share about SQLite: how to connect, and how to read its errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
