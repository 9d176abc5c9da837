"""The printed digest: first in Markdown and text when there are two articles or more, stories
and the folder's digest in JSON, `--today` for the marks, and article text kept inert."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main

FERRY = """---
date: 2025-03-10
---
# Ferry strike halts crossings to Valdemar island

The Valdemar ferry crews walked out on Monday over pay, stranding hundreds of passengers. \
Union leader Britt Okafor-Lund said talks with the operator would resume on 12 March 2025.
"""
LIBRARY = """---
date: 2025-03-10
---
# Orsk library reopens after flood repairs

The central library in Orsk reopened on Monday after a year of repairs to its flooded archive. \
Head librarian Mateus Quaresma said the reading room would host a public lecture on 20 March 2025.
"""
HOSTILE = """---
date: 2025-03-10
---
# Market [bold red]x[/] rally \x1b[31m continues

Traders in Kestrel Bay bought shares on Monday as the [bold red]x[/] index rose \x1b[31m again.
"""


@pytest.fixture
def two(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ferry.md").write_text(FERRY, encoding="utf-8")
    (folder / "library.md").write_text(LIBRARY, encoding="utf-8")
    return folder


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main([*argv, "--no-cache"]) == 0
    return capsys.readouterr().out


def test_markdown_of_two_articles_opens_with_the_digest(
    two: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(capsys, str(two), "--format", "markdown")
    assert out.startswith("# Morning digest\n")
    assert "# Ferry strike halts crossings to Valdemar island" in out


def test_markdown_of_one_article_has_no_digest(
    two: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(capsys, str(two / "ferry.md"), "--format", "markdown")
    assert out.startswith("# Ferry strike halts crossings to Valdemar island\n")
    assert "Morning digest" not in out


def test_json_stories_cover_every_article_exactly_once(
    two: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(_run(capsys, str(two), "--format", "json"))
    placed = [path for story in doc["stories"] for path in story["articles"]]
    assert sorted(placed) == sorted(a["path"] for a in doc["articles"])
    assert doc["schema"] == 1
    assert set(doc["digest"]) == {"today", "agenda", "cast", "questions"}


def test_json_cites_cross_article_evidence_by_path_and_sentence(
    two: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(_run(capsys, str(two), "--format", "json"))
    sentences = {a["path"]: a["sentences"] for a in doc["articles"]}
    for story in doc["stories"]:
        for line in story["summary"]:
            (evidence,) = line["evidence"]
            assert set(evidence) == {"path", "sentence"}
            assert line["text"] in sentences[evidence["path"]][evidence["sentence"]]


def test_today_sets_the_marks_of_the_merged_agenda(
    two: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def marks(today: str) -> dict[str, str]:
        doc = json.loads(_run(capsys, str(two), "--format", "json", "--today", today))
        assert doc["digest"]["today"] == today
        return {ev["date"]: ev["mark"] for ev in doc["digest"]["agenda"]}

    assert marks("2025-03-10")["2025-03-12"] == "this week"
    assert marks("2025-03-12")["2025-03-12"] == "today"
    assert marks("2025-03-21")["2025-03-12"] == "past"


def test_today_that_is_not_a_date_is_a_usage_error(
    two: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(two), "--format", "json", "--today", "tomorrow"]) == 2
    assert "expected a date as YYYY-MM-DD" in capsys.readouterr().err


def test_text_of_two_articles_opens_with_stories_and_marked_agenda(
    two: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(capsys, str(two), "--format", "text", "--today", "2025-03-12")
    digest, _, rest = out.partition("\nSummary\n")
    assert "Morning digest" in digest and "1 article" in digest
    assert any(line.startswith("Today") and "12 Mar 2025" in line for line in digest.splitlines())
    assert rest


def test_text_digest_shows_article_markup_and_escapes_literally(
    two: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (two / "market.md").write_text(HOSTILE, encoding="utf-8")
    out = _run(capsys, str(two), "--format", "text")
    digest = out.split("Summary", 1)[0]
    assert "Market [bold red]x[/] rally \u241b[31m continues" in digest
    assert "\x1b" not in out


def test_jsonl_stays_one_article_a_line(two: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _run(capsys, str(two), "--format", "jsonl").splitlines()
    assert len(lines) == 2
    assert all("stories" not in json.loads(line) for line in lines)
