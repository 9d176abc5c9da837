"""The briefing cache: extracted briefings in a SQLite file, so a folder reopens instantly.

Keys. `cache_key(article)` is the SHA-256 of the loaded `Article` (every field but its path,
canonically encoded) together with `briefing.__version__`, `EXTRACTOR_VERSION` and the
model's shape (`codec.model_fingerprint()`). The loaded article, not the file's bytes, is what
the pure function `extract` reads, so the key covers exactly its input: an edited file, a
changed loader, a new release or a new model field all miss, and nothing stale is shown. The
path is left out so a renamed or moved folder still hits; `extract_cached` puts the current
article (and so the current path) into the briefing it returns.

The key also carries a hash of the extraction core's own source files (`rules_fingerprint()`),
so any change to a rule, lexicon or scoring weight misses the cache by itself: a developer
scoring a rule change never reads briefings made by the old rules. EXTRACTOR_VERSION remains
as an explicit switch for a change that lives outside briefing/core.

Robustness. The cache is disposable and must never stop the program. Any SQLite or OS error
(locked past the busy timeout, read-only directory, full disk) turns the cache off for the rest
of the run and records one `notice` (also passed once to `on_notice`). A damaged file (garbage,
truncated) is moved aside as `<name>.corrupt-<timestamp>` and rebuilt once. Read state is not
kept here but in `briefing.store.state`, so none of this can lose it.

Usage:

    cache = BriefingCache.open(args.cache_dir, enabled=not args.no_cache, on_notice=warn)
    briefing = extract_cached(article, cache)
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import briefing
from briefing.core.model import Article, Briefing
from briefing.store import codec
from briefing.store.paths import cache_dir
from briefing.store.sqlite import SQLiteStore, connect, describe, is_corruption, transaction

EXTRACTOR_VERSION = 1
CACHE_FILE = "briefings.sqlite3"
DEFAULT_BUSY_TIMEOUT = 1.0
# Entries kept across runs: ten folders of 2,000 articles. Edited and deleted articles leave
# entries no key will ask for again; past this many, the oldest written go at the next open.
MAX_ENTRIES = 20_000
# Damaged files moved aside and kept for a look; older ones are deleted.
KEEP_CORRUPT = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefings (
    key TEXT PRIMARY KEY,
    body BLOB NOT NULL,
    stored REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""


@functools.cache
def rules_fingerprint() -> str:
    """A hash of the extraction core's source: the rules, lexicons and weights themselves."""
    core = Path(briefing.__file__).resolve().parent / "core"
    digest = hashlib.sha256()
    for source in sorted(core.rglob("*.py")):
        digest.update(source.relative_to(core).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def version_tag() -> str:
    """Everything besides the article that decides what extraction produces."""
    return (
        f"{briefing.__version__}/{EXTRACTOR_VERSION}/{codec.model_fingerprint()}"
        f"/{rules_fingerprint()}"
    )


def cache_key(article: Article) -> str:
    """The cache key of an article: its content and metadata (not its path) and the versions."""
    fields = codec.encode(article)
    del fields["path"]
    text = json.dumps(fields, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    digest = hashlib.sha256(version_tag().encode())
    digest.update(b"\0")
    # surrogatepass: a lone surrogate must hash, not raise; it cannot collide with real text.
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _pack(b: Briefing) -> bytes:
    text = json.dumps(codec.encode(b), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def _unpack(body: bytes) -> Briefing:
    data: dict[str, Any] = json.loads(zlib.decompress(body).decode("utf-8", "surrogatepass"))
    return codec.decode(Briefing, data)


class BriefingCache(SQLiteStore):
    """Briefings by `cache_key`; every failure turns it off quietly, with one notice."""

    def __init__(
        self,
        path: Path | None,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        on_notice: Callable[[str], None] | None = None,
        max_entries: int = MAX_ENTRIES,
    ) -> None:
        super().__init__(path, busy_timeout=busy_timeout, on_notice=on_notice)
        self.max_entries = max_entries
        self.hits = 0
        self.misses = 0
        self._rebuilt = False

    @classmethod
    def open(
        cls,
        directory: str | os.PathLike[str] | None = None,
        *,
        enabled: bool = True,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        on_notice: Callable[[str], None] | None = None,
        max_entries: int = MAX_ENTRIES,
    ) -> BriefingCache:
        """Open the cache in `directory` (default: `paths.cache_dir()`); never raises.

        `enabled=False` (`--no-cache`) gives a cache that stores nothing, with no notice.
        Past `max_entries`, the entries written longest ago are dropped on opening.
        """
        if not enabled:
            return cls(None, busy_timeout=busy_timeout, on_notice=on_notice)
        cache = cls(
            cache_dir(directory) / CACHE_FILE,
            busy_timeout=busy_timeout,
            on_notice=on_notice,
            max_entries=max_entries,
        )
        with cache._lock:
            try:
                cache._connect()
            except (sqlite3.Error, OSError) as exc:
                cache._fail(exc)
        return cache

    @property
    def enabled(self) -> bool:
        """Whether the cache is working (False after --no-cache or a failure)."""
        return self._conn is not None

    # --- the public operations --------------------------------------------------------------

    def get(self, key: str) -> Briefing | None:
        """The stored briefing for `key`, or None (a miss, or the cache is off)."""
        with self._lock:
            body = self._run(lambda conn: _fetch(conn, key))
        if body is None:
            self.misses += 1
            return None
        try:
            found = _unpack(body)
        except (ValueError, TypeError, KeyError, zlib.error):
            # An entry written by a build whose model differed despite the same key: a miss.
            self.misses += 1
            return None
        self.hits += 1
        return found

    def put(self, key: str, value: Briefing) -> None:
        """Store a briefing under `key` (one transaction); does nothing when the cache is off."""
        self.put_many([(key, value)])

    def put_many(self, items: Iterable[tuple[str, Briefing]]) -> None:
        """Store several briefings in one transaction, which is much faster than one by one."""
        if self._conn is None:
            return
        rows = [(key, _pack(value), time.time()) for key, value in items]
        if not rows:
            return
        with self._lock:
            self._run(lambda conn: _store(conn, rows))

    def clear(self) -> None:
        """Forget every stored briefing."""
        with self._lock:
            self._run(lambda conn: _write(conn, "DELETE FROM briefings"))

    # --- failure handling -------------------------------------------------------------------

    def _connect(self) -> None:
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = connect(self.path, busy_timeout=self._busy_timeout, synchronous="NORMAL")
        try:
            _prepare(conn)
            _trim(conn, self.max_entries)
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    def _fail(self, exc: sqlite3.Error | OSError) -> None:
        if isinstance(exc, sqlite3.Error) and is_corruption(exc) and not self._rebuilt:
            self._rebuild(exc)
        else:
            self._disable(f"briefing cache off: {describe(exc)} ({self.path})")

    def _rebuild(self, exc: sqlite3.Error) -> None:
        self._rebuilt = True
        self._drop_connection()
        assert self.path is not None
        aside = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                # A stale log beside a fresh file would be replayed into it.
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            _forget_old_corrupt(self.path)
            self._connect()
        except (sqlite3.Error, OSError) as again:
            self._disable(f"briefing cache off: {describe(again)} ({self.path})")
            return
        self._tell(f"briefing cache was damaged ({describe(exc)}); moved it to {aside.name}")


def _prepare(conn: sqlite3.Connection) -> None:
    """Create the tables; entries from another version are dropped, as they can never hit."""
    conn.executescript(_SCHEMA)
    row = conn.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
    tag = version_tag()
    if row is None or row[0] != tag:
        with transaction(conn):
            conn.execute("DELETE FROM briefings")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (tag,))


def _trim(conn: sqlite3.Connection, max_entries: int) -> None:
    """Drop the entries written longest ago beyond `max_entries`, and give the space back."""
    (count,) = conn.execute("SELECT count(*) FROM briefings").fetchone()
    if count <= max_entries:
        return
    with transaction(conn):
        conn.execute(
            "DELETE FROM briefings WHERE key NOT IN "
            "(SELECT key FROM briefings ORDER BY stored DESC LIMIT ?)",
            (max_entries,),
        )
    conn.execute("VACUUM")


def _forget_old_corrupt(path: Path) -> None:
    """Keep the newest `KEEP_CORRUPT` damaged files moved aside; delete the rest."""
    aside = sorted(path.parent.glob(f"{path.name}.corrupt-*"))
    for old in aside[:-KEEP_CORRUPT]:
        old.unlink(missing_ok=True)


def _fetch(conn: sqlite3.Connection, key: str) -> bytes | None:
    row = conn.execute("SELECT body FROM briefings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _store(conn: sqlite3.Connection, rows: list[tuple[str, bytes, float]]) -> None:
    with transaction(conn):
        conn.executemany("INSERT OR REPLACE INTO briefings VALUES (?, ?, ?)", rows)


def _write(conn: sqlite3.Connection, sql: str) -> None:
    with transaction(conn):
        conn.execute(sql)


def lookup(article: Article, cache: BriefingCache | None) -> Briefing | None:
    """The article's stored briefing, or None; never extracts."""
    if cache is None or not cache.enabled:
        return None
    found = cache.get(cache_key(article))
    # The key ignores the path: give back the article as loaded now, path included.
    return None if found is None else dataclasses.replace(found, article=article)


def extract_cached(article: Article, cache: BriefingCache | None) -> Briefing:
    """The article's briefing, from the cache when it is there, else extracted and stored."""
    found = lookup(article, cache)
    if found is not None:
        return found
    # Imported on a miss only: a warm cache answers without loading the extractors, which
    # is most of a reader's time to its first briefing.
    from briefing.core.pipeline import extract

    made = extract(article)
    if cache is not None and cache.enabled:
        cache.put(cache_key(article), made)
    return made
