"""The command's batch side: JSONL streaming, --jobs, and the briefing cache."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing import cli

STORY = (
    "Council to vote on tram plan\n\n"
    "The city council of Leeds will vote on a new tram line on 14 March, "
    "Mayor Ana Ruiz said on Monday.\n\n"
    "\u201cWe have waited long enough,\u201d Ruiz told reporters.\n"
)


@pytest.fixture
def folder(write_article: Callable[[str, str | bytes], Path]) -> Path:
    for i in range(3):
        write_article(f"news/{i:02d}.txt", STORY.replace("14 March", f"{14 + i} March"))
    write_article("news/broken.txt", b"\x00\x01binary")
    return write_article("news/00.txt", STORY).parent


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_jsonl_gives_one_object_per_line_errors_first_then_articles_in_order(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = cli.main([str(folder), "--format", "jsonl", "--no-cache"])
    records = _lines(capsys.readouterr().out)
    assert status == 1  # the binary file was skipped
    assert records[0]["error"] == "not a text file"
    assert [Path(r["path"]).name for r in records[1:]] == ["00.txt", "01.txt", "02.txt"]
    assert all(r["actors"] for r in records[1:])


def test_jsonl_order_is_the_same_with_two_jobs(
    write_article: Callable[[str, str | bytes], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(20):
        write_article(f"many/{i:02d}.txt", STORY.replace("Leeds", f"Leeds {i}"))
    folder = str(write_article("many/00.txt", STORY).parent)
    cli.main([folder, "--format", "jsonl", "--jobs", "1", "--no-cache"])
    one = _lines(capsys.readouterr().out)
    cli.main([folder, "--format", "jsonl", "--jobs", "2", "--no-cache"])
    two = _lines(capsys.readouterr().out)
    assert [r["path"] for r in one] == [r["path"] for r in two]
    assert one == two


def test_cache_dir_is_filled_and_a_second_run_gives_the_same_json(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "cache"
    cli.main([str(folder), "--format", "json", "--cache-dir", str(cache)])
    first = json.loads(capsys.readouterr().out)
    assert any(cache.iterdir())
    cli.main([str(folder), "--format", "json", "--cache-dir", str(cache)])
    assert json.loads(capsys.readouterr().out) == first


def test_no_cache_writes_nothing(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "cache"
    cli.main([str(folder), "--format", "json", "--cache-dir", str(cache), "--no-cache"])
    assert not cache.exists() or not any(cache.iterdir())


def test_unusable_cache_dir_still_prints_the_briefing_with_one_notice(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cli.main([str(folder), "--format", "json", "--cache-dir", str(blocker / "cache")])
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["articles"]) == 3
    notices = [line for line in captured.err.splitlines() if "cannot read" not in line]
    assert len(notices) == 1
    assert "cache" in notices[0]


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_jobs_must_be_a_positive_number(
    folder: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([str(folder), "--jobs", value]) == 2
    assert "--jobs" in capsys.readouterr().err
