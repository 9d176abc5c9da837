"""Batch mode: extract many articles on every core, in input order, and stream them as JSONL.

For the CLI (`briefing PATH --format jsonl --jobs N`):

    from briefing.batch import extract_many, write_jsonl
    from briefing.store.cache import BriefingCache

    cache = BriefingCache.open(args.cache_dir, enabled=not args.no_cache, on_notice=warn)
    items = extract_many(args.paths, jobs=args.jobs, cache=cache)   # jobs=None: all cores
    write_jsonl(items, sys.stdout)

`extract_many` takes file paths, folder paths (walked, files in path order) or loaded
`Article`s; pass the articles from `briefing.core.loader.load_paths` to get exactly the order of
the other formats (by date), at the cost of loading everything before the first line comes
out. Results come back in input order whatever the number of jobs: one `Briefing` per article,
one `LoadError` per path that could not be read. Files are loaded in this process (loading is
about 1% of the work) and checked against the cache, so only misses travel to the workers.
A progress bar is drawn on stderr only when stderr is a terminal.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import IO, TypeAlias

from briefing.core.loader import load_file
from briefing.core.model import Article, Briefing, LoadError
from briefing.core.serialize import briefing_to_dict
from briefing.core.walk import NO_ARTICLES, describe_os_error, display_path, walk_articles
from briefing.store.cache import BriefingCache, cache_key, extract_cached

Item: TypeAlias = "str | bytes | os.PathLike[str] | Article"
Result: TypeAlias = "Briefing | LoadError"

# Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
_WINDOW_PER_JOB = 3
_MAX_CHUNK = 16


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def _expand(items: Iterable[Item]) -> Iterator[Article | LoadError]:
    """Load each item: articles pass through, folders are walked, files are read."""
    for item in items:
        if isinstance(item, Article):
            yield item
            continue
        bpath = os.fsencode(item)
        try:
            is_folder = os.path.isdir(bpath)
        except OSError as exc:
            yield LoadError(display_path(bpath), describe_os_error(exc))
            continue
        if not is_folder:
            yield load_file(bpath)
            continue
        files, problems = walk_articles(bpath)
        for path, why in problems:
            yield LoadError(display_path(path), why)
        if not files and not problems:
            yield LoadError(display_path(bpath), NO_ARTICLES)
        for f in sorted(files):
            yield load_file(f)


def _count(items: Iterable[Item]) -> int | None:
    """How many results a list of items gives, when that is known without walking folders."""
    if not isinstance(items, Sequence):
        return None
    if any(not isinstance(i, Article) and os.path.isdir(os.fsencode(i)) for i in items):
        return None
    return len(items)


def _failure(article: Article, exc: Exception) -> LoadError:
    return LoadError(article.path, f"internal error ({type(exc).__name__}: {exc})")


def _brief(article: Article, cache: BriefingCache | None = None) -> Result:
    """The article's briefing; an article the core trips on costs only itself, not the run."""
    try:
        # The extractors are imported on the first miss: a warm cache never loads them.
        return extract_cached(article, cache)
    except Exception as exc:
        return _failure(article, exc)


def _extract_chunk(articles: Sequence[Article]) -> list[Result]:
    return [_brief(a) for a in articles]


def extract_many(
    items: Iterable[Item],
    jobs: int | None = None,
    *,
    cache: BriefingCache | None = None,
    chunksize: int | None = None,
    progress: bool | None = None,
) -> Iterator[Result]:
    """Briefings (or load errors) for `items`, in input order, on `jobs` processes.

    `jobs=None` uses every core; `jobs=1` runs in this process. `progress=None` draws a bar on
    stderr when it is a terminal. Stop iterating early and the workers are cancelled.
    """
    jobs = default_jobs() if jobs is None else max(1, jobs)
    total = _count(items)
    bar = Progress(total, sys.stderr, enabled=progress)
    try:
        if jobs == 1:
            for loaded in _expand(items):
                result = loaded if isinstance(loaded, LoadError) else _brief(loaded, cache)
                bar.advance()
                yield result
            return
        if chunksize is None:
            chunksize = (
                max(1, min(_MAX_CHUNK, math.ceil(total / (jobs * _WINDOW_PER_JOB)))) if total else 8
            )
        yield from _parallel(_expand(items), jobs, chunksize, cache, bar)
    finally:
        bar.finish()


_Slot: TypeAlias = "Result | Article"


def _parallel(
    loaded: Iterator[Article | LoadError],
    jobs: int,
    chunksize: int,
    cache: BriefingCache | None,
    bar: Progress,
) -> Iterator[Result]:
    use_cache = cache is not None and cache.enabled
    pending: deque[tuple[list[_Slot], list[str], Future[list[Result]] | None]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        try:
            while True:
                slots: list[_Slot] = []
                keys: list[str] = []
                for item in loaded:
                    if isinstance(item, Article) and use_cache:
                        assert cache is not None
                        key = cache_key(item)
                        found = cache.get(key)
                        if found is not None:
                            item = dataclasses.replace(found, article=item)
                        else:
                            keys.append(key)
                    slots.append(item)
                    if len(slots) >= chunksize:
                        break
                if not slots:
                    break
                todo = [s for s in slots if isinstance(s, Article)]
                future = pool.submit(_extract_chunk, todo) if todo else None
                pending.append((slots, keys, future))
                while len(pending) >= jobs * _WINDOW_PER_JOB:
                    yield from _finish(pending.popleft(), cache, bar)
            while pending:
                yield from _finish(pending.popleft(), cache, bar)
        finally:
            for _slots, _keys, future in pending:
                if future is not None:
                    future.cancel()


def _finish(
    entry: tuple[list[_Slot], list[str], Future[list[Result]] | None],
    cache: BriefingCache | None,
    bar: Progress,
) -> Iterator[Result]:
    slots, keys, future = entry
    made = iter(future.result() if future is not None else ())
    fresh: list[Result] = []
    for slot in slots:
        if isinstance(slot, Article):
            slot = next(made)
            fresh.append(slot)
        bar.advance()
        yield slot
    if cache is not None and keys:
        cache.put_many(
            (key, result)
            for key, result in zip(keys, fresh, strict=True)
            if isinstance(result, Briefing)
        )


def write_jsonl(items: Iterable[Result], stream: IO[str]) -> tuple[int, int]:
    """Write one JSON object per line: a briefing (the JSON contract's article) or an error.

    Returns (articles, errors) written. Each line is flushed, so a consumer can follow along.
    """
    articles = errors = 0
    for item in items:
        if isinstance(item, LoadError):
            record: dict[str, object] = {"path": item.path, "error": item.error}
            errors += 1
        else:
            record = briefing_to_dict(item)
            articles += 1
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        stream.flush()
    return articles, errors


class Progress:
    """A one-line progress bar redrawn with carriage returns, at most ten times a second."""

    WIDTH = 30

    def __init__(self, total: int | None, stream: IO[str], *, enabled: bool | None = None) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        if enabled is None:
            enabled = hasattr(stream, "isatty") and stream.isatty()
        self.enabled = enabled
        self._started = time.monotonic()
        self._drawn = 0.0

    def advance(self) -> None:
        """Count one article done; redraw if the last drawing is a tenth of a second old."""
        self.done += 1
        if self.enabled and time.monotonic() - self._drawn >= 0.1:
            self._draw()

    def finish(self) -> None:
        """Draw the final state and end the line, so the shell prompt starts clean."""
        if self.enabled and self.done:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self) -> None:
        self._drawn = time.monotonic()
        rate = self.done / max(self._drawn - self._started, 1e-6)
        if self.total:
            filled = self.WIDTH * self.done // self.total
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            line = f"[{bar}] {self.done}/{self.total} articles, {rate:.0f}/s"
        else:
            line = f"{self.done} articles, {rate:.0f}/s"
        self.stream.write("\r" + line)
        self.stream.flush()
