"""The briefing cache: hits, misses, invalidation, and every way the file can let us down."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.core.loader import load_file, parse_text
from briefing.core.model import Article, Briefing
from briefing.core.pipeline import extract
from briefing.store import cache as cache_module
from briefing.store import codec
from briefing.store.cache import CACHE_FILE, BriefingCache, cache_key, extract_cached
from briefing.store.paths import cache_dir

TEXT = (
    "Port talks resume in Lisbon\n\n"
    "Negotiators from Portugal and Spain met in Lisbon on Tuesday to resume talks on the port. "
    'Minister Ana Costa said: "We expect an agreement by March."\n'
)


def article(text: str = TEXT, path: str = "news/port.txt") -> Article:
    return parse_text(text, path)


def open_cache(directory: Path, notices: list[str] | None = None) -> BriefingCache:
    sink = notices.append if notices is not None else None
    return BriefingCache.open(directory, busy_timeout=0.2, on_notice=sink)


def test_codec_round_trips_every_field(make_briefing: Callable[..., Briefing]) -> None:
    b = make_briefing("Ünïcode text")
    assert codec.decode(Briefing, codec.encode(b)) == b


def test_codec_round_trips_an_extracted_article() -> None:
    b = extract(article())
    assert codec.decode(Briefing, codec.encode(b)) == b


def test_second_extraction_is_a_hit(tmp_path: Path) -> None:
    cache = open_cache(tmp_path)
    first = extract_cached(article(), cache)
    second = extract_cached(article(), cache)
    assert (cache.misses, cache.hits) == (1, 1)
    assert second == first


def test_hit_survives_reopening(tmp_path: Path) -> None:
    with open_cache(tmp_path) as cache:
        extract_cached(article(), cache)
    with open_cache(tmp_path) as cache:
        assert cache.get(cache_key(article())) == extract(article())


def test_hit_carries_the_current_path(tmp_path: Path) -> None:
    cache = open_cache(tmp_path)
    extract_cached(article(path="old/port.txt"), cache)
    moved = extract_cached(article(path="new/port.txt"), cache)
    assert cache.hits == 1
    assert moved.article.path == "new/port.txt"


def test_edited_article_misses(tmp_path: Path) -> None:
    cache = open_cache(tmp_path)
    extract_cached(article(), cache)
    edited = extract_cached(article(TEXT.replace("Tuesday", "Wednesday")), cache)
    assert cache.hits == 0
    assert "Wednesday" in edited.sentences[1].text


def test_edited_file_on_disk_misses(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    cache = open_cache(tmp_path / "cache")
    extract_cached(load_file(path), cache)  # type: ignore[arg-type]
    path.write_text(TEXT + "\nA new paragraph was added.\n", encoding="utf-8")
    extract_cached(load_file(path), cache)  # type: ignore[arg-type]
    assert (cache.hits, cache.misses) == (0, 2)


def test_new_extractor_version_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extract_cached(article(), open_cache(tmp_path))
    monkeypatch.setattr(cache_module, "EXTRACTOR_VERSION", cache_module.EXTRACTOR_VERSION + 1)
    cache = open_cache(tmp_path)
    extract_cached(article(), cache)
    assert (cache.hits, cache.misses) == (0, 1)


def test_new_release_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache_key(article())
    monkeypatch.setattr("briefing.__version__", "99.0.0")
    assert cache_key(article()) != before


def test_disabled_cache_stores_nothing(tmp_path: Path) -> None:
    cache = BriefingCache.open(tmp_path, enabled=False)
    extract_cached(article(), cache)
    assert not cache.enabled
    assert cache.notice is None
    assert not (tmp_path / CACHE_FILE).exists()


def test_cache_dir_honours_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "env"))
    assert cache_dir() == tmp_path / "env"
    assert cache_dir(tmp_path / "flag") == tmp_path / "flag"


def test_cache_dir_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "briefing"


def test_garbage_file_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"this is not a database\n" * 400)
    notices: list[str] = []
    cache = open_cache(tmp_path, notices)
    extract_cached(article(), cache)
    assert cache.enabled
    assert len(notices) == 1
    assert list(tmp_path.glob(f"{CACHE_FILE}.corrupt-*"))
    assert cache.get(cache_key(article())) is not None


def test_truncated_file_leaves_the_program_working(tmp_path: Path) -> None:
    with open_cache(tmp_path) as cache:
        for i in range(40):
            extract_cached(article(TEXT + f"\nParagraph number {i} of the filler.\n"), cache)
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / CACHE_FILE
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    notices: list[str] = []
    cache = open_cache(tmp_path, notices)
    results = [
        extract_cached(article(TEXT + f"\nParagraph number {i} of the filler.\n"), cache)
        for i in range(40)
    ]
    assert all(r.sentences for r in results)
    assert len(notices) == 1
    assert "damaged" in notices[0]


def test_locked_database_falls_back_without_hanging(tmp_path: Path) -> None:
    open_cache(tmp_path).close()
    holder = sqlite3.connect(tmp_path / CACHE_FILE, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        notices: list[str] = []
        cache = open_cache(tmp_path, notices)
        made = extract_cached(article(), cache)
        extract_cached(article(), cache)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert made.sentences
    assert not cache.enabled
    assert notices == [cache.notice]
    assert "locked" in (cache.notice or "")


def test_unwritable_directory_falls_back(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    notices: list[str] = []
    cache = open_cache(blocker / "cache", notices)
    assert extract_cached(article(), cache).sentences
    assert not cache.enabled
    assert len(notices) == 1


def test_read_only_directory_falls_back(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: a read-only mode does not stop writes here")
        notices: list[str] = []
        cache = open_cache(folder, notices)
        assert extract_cached(article(), cache).sentences
        assert len(notices) == 1
    finally:
        folder.chmod(0o755)


def test_full_disk_falls_back_with_one_notice(tmp_path: Path) -> None:
    notices: list[str] = []
    cache = open_cache(tmp_path, notices)
    assert cache._conn is not None
    # A page budget just above what the empty file holds makes the next write hit SQLITE_FULL.
    (pages,) = cache._conn.execute("PRAGMA page_count").fetchone()
    cache._conn.execute(f"PRAGMA max_page_count = {pages}")
    long_text = TEXT + "".join(f"\nFiller paragraph {i} with words.\n" for i in range(300))
    made = [extract_cached(article(long_text + str(i)), cache) for i in range(3)]
    assert all(b.sentences for b in made)
    assert not cache.enabled
    assert len(notices) == 1
    assert "full" in notices[0]


def _write_many(directory: str, start: int, count: int, done: multiprocessing.Queue) -> None:
    cache = BriefingCache.open(directory, busy_timeout=5.0)
    for i in range(start, start + count):
        extract_cached(parse_text(TEXT + f"\nItem {i} of the series.\n", f"n/{i}.txt"), cache)
    done.put((cache.enabled, cache.notice))


def test_two_processes_write_the_same_cache(tmp_path: Path) -> None:
    open_cache(tmp_path).close()
    ctx = multiprocessing.get_context("spawn")
    done = ctx.Queue()
    workers = [
        ctx.Process(target=_write_many, args=(str(tmp_path), start, 15, done)) for start in (0, 100)
    ]
    for w in workers:
        w.start()
    outcomes = [done.get(timeout=60) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    assert outcomes == [(True, None), (True, None)]
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        (stored,) = conn.execute("SELECT count(*) FROM briefings").fetchone()
    assert stored == 30


def test_undecodable_entry_is_a_miss(tmp_path: Path) -> None:
    cache = open_cache(tmp_path)
    key = cache_key(article())
    assert cache._conn is not None
    cache._conn.execute("INSERT INTO briefings VALUES (?, ?, 0)", (key, b"not zlib"))
    assert cache.get(key) is None
    assert cache.enabled


def test_put_many_stores_each(tmp_path: Path) -> None:
    cache = open_cache(tmp_path)
    items = [article(TEXT + f"\nNote {i}.\n") for i in range(3)]
    cache.put_many((cache_key(a), extract(a)) for a in items)
    assert all(cache.get(cache_key(a)) == extract(a) for a in items)


def test_a_change_to_the_rules_source_misses_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.store import cache as cache_module

    article = parse_text("Title\n\nThe council met on Monday in Leeds.", "a.txt")
    before = cache_module.cache_key(article)
    monkeypatch.setattr(cache_module, "rules_fingerprint", lambda: "edited-rules")
    assert cache_module.cache_key(article) != before


def test_the_oldest_entries_beyond_the_limit_go_at_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = open_cache(tmp_path)
    items = [article(TEXT + f"\nNote {i}.\n") for i in range(5)]
    briefing = extract(items[0])
    for n, a in enumerate(items):
        monkeypatch.setattr(cache_module.time, "time", lambda n=n: 1_000_000.0 + n)
        cache.put(cache_key(a), briefing)
    monkeypatch.undo()
    cache.close()
    small = BriefingCache.open(tmp_path, busy_timeout=0.2, max_entries=2)
    kept = [small.get(cache_key(a)) is not None for a in items]
    assert kept == [False, False, False, True, True]


def test_only_the_newest_damaged_files_are_kept(tmp_path: Path) -> None:
    for stamp in ("20260101-000000", "20260102-000000", "20260103-000000"):
        (tmp_path / f"{CACHE_FILE}.corrupt-{stamp}").write_bytes(b"old")
    (tmp_path / CACHE_FILE).write_bytes(b"this is not a database\n" * 400)
    cache = open_cache(tmp_path)
    extract_cached(article(), cache)
    aside = sorted(p.name for p in tmp_path.glob(f"{CACHE_FILE}.corrupt-*"))
    assert len(aside) == cache_module.KEEP_CORRUPT
    assert f"{CACHE_FILE}.corrupt-20260101-000000" not in aside
