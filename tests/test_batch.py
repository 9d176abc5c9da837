"""Batch mode: parallel extraction in input order, JSONL lines, errors, cache and progress."""

from __future__ import annotations

import importlib.util
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.batch import Progress, extract_many, write_jsonl
from briefing.core.model import Briefing, LoadError
from briefing.core.pipeline import extract
from briefing.core.serialize import briefing_to_dict
from briefing.store.cache import BriefingCache

# The development articles (written for this project, so they may live here) as copied from
# ../shared/eval/dev: tests must not depend on the shared folder being beside the clone.
DEV = Path(__file__).resolve().parent / "fixtures" / "dev"


def story(i: int) -> str:
    return (
        f"Council vote number {i}\n\n"
        f"The city council of Ghent voted {i} times on the budget on Monday. "
        f'Mayor Lea Peeters said: "We will decide on item {i} in April."\n'
    )


def write_stories(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"{i:03d}.txt"
        path.write_text(story(i), encoding="utf-8")
        paths.append(path)
    return paths


def path_of(result: Briefing | LoadError) -> str:
    return result.path if isinstance(result, LoadError) else result.article.path


def test_two_jobs_keep_input_order(tmp_path: Path) -> None:
    paths = write_stories(tmp_path, 12)
    shuffled = [str(p) for p in paths[::2] + paths[1::2]]
    results = list(extract_many(shuffled, jobs=2, chunksize=2))
    assert [path_of(r) for r in results] == shuffled


def test_two_jobs_give_what_one_job_gives(tmp_path: Path) -> None:
    paths = [str(p) for p in write_stories(tmp_path, 6)]
    assert list(extract_many(paths, jobs=2, chunksize=1)) == list(extract_many(paths, jobs=1))


def test_jsonl_lines_follow_input_order_with_two_jobs(tmp_path: Path) -> None:
    paths = [str(p) for p in reversed(write_stories(tmp_path, 8))]
    out = io.StringIO()
    write_jsonl(extract_many(paths, jobs=2, chunksize=3), out)
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["path"] for line in lines] == paths


def test_jsonl_line_is_the_json_contracts_article(tmp_path: Path) -> None:
    (path,) = write_stories(tmp_path, 1)
    out = io.StringIO()
    write_jsonl(extract_many([str(path)], jobs=1), out)
    (line,) = out.getvalue().splitlines()
    assert json.loads(line) == briefing_to_dict(next(extract_many([str(path)], jobs=1)))


def test_unreadable_path_becomes_an_error_line_in_place(tmp_path: Path) -> None:
    first, second = (str(p) for p in write_stories(tmp_path, 2))
    missing = str(tmp_path / "missing.txt")
    out = io.StringIO()
    counts = write_jsonl(extract_many([first, missing, second], jobs=2, chunksize=1), out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert counts == (2, 1)
    assert records[1] == {"path": missing, "error": "no such file or directory"}
    assert records[2]["path"] == second


def test_folder_is_walked_in_path_order(tmp_path: Path) -> None:
    paths = write_stories(tmp_path / "news", 3)
    results = list(extract_many([str(tmp_path / "news")], jobs=1))
    assert [path_of(r) for r in results] == [str(p) for p in paths]


def test_articles_can_be_given_already_loaded(
    make_briefing: Callable[..., Briefing],
) -> None:
    article = make_briefing("A line of text for the test.").article
    (result,) = extract_many([article], jobs=2)
    assert result == extract(article)


def test_parallel_run_fills_and_uses_the_cache(tmp_path: Path) -> None:
    paths = [str(p) for p in write_stories(tmp_path / "news", 5)]
    cache = BriefingCache.open(tmp_path / "cache")
    cold = list(extract_many(paths, jobs=2, cache=cache, chunksize=2))
    assert cache.misses == 5
    warm = list(extract_many(paths, jobs=2, cache=cache, chunksize=2))
    assert cache.hits == 5
    assert warm == cold


def test_dev_set_runs_in_parallel_like_in_process() -> None:
    paths = sorted(str(p) for p in DEV.glob("dev0*"))
    assert paths, "the dev set is missing"
    assert list(extract_many(paths, jobs=2)) == list(extract_many(paths, jobs=1))


def test_stopping_early_returns_promptly(tmp_path: Path) -> None:
    paths = [str(p) for p in write_stories(tmp_path, 30)]
    results = extract_many(paths, jobs=2, chunksize=1)
    first = next(results)
    results.close()
    assert path_of(first) == paths[0]


def test_progress_is_silent_when_not_a_terminal(tmp_path: Path) -> None:
    stream = io.StringIO()
    bar = Progress(3, stream)
    for _ in range(3):
        bar.advance()
    bar.finish()
    assert stream.getvalue() == ""


def test_progress_draws_count_when_enabled() -> None:
    stream = io.StringIO()
    bar = Progress(4, stream, enabled=True)
    for _ in range(4):
        bar.advance()
    bar.finish()
    assert "4/4 articles" in stream.getvalue()
    assert stream.getvalue().endswith("\n")


def test_dask_example_explains_when_dask_is_missing(tmp_path: Path) -> None:
    if importlib.util.find_spec("dask") is not None:
        pytest.skip("dask is installed here")
    example = Path(__file__).resolve().parents[1] / "examples" / "dask_bag.py"
    done = subprocess.run(
        [sys.executable, str(example), str(tmp_path)], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "pip install" in done.stderr
