"""Hostile articles: escapes, controls, bidi tricks and markup, in text and in file names.

Every printed format runs over one folder of such articles. Text and Markdown output (and
the messages on stderr) must carry no byte of any input escape sequence; JSON must carry the
text exactly, as JSON escapes.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.core.loader import load_paths
from briefing.core.pipeline import extract
from briefing.output.text import make_console, print_text

PAYLOADS = {
    "csi": "\x1b[38;5;196mRED\x1b[0m",
    "osc52": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "title": "\x1b]0;owned\x07",
    "title2": "\x1b]2;owned\x1b\\",
    "osc8": "\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\",
    "c1": "\x9b31mC1\x9b0m",
    "bell": "ding\x07dong",
    "backspace": "safe\x08\x08\x08\x08EVIL",
    "cr": "All is well\rHACKED",
    "bidi": "invoice\u202efdp.exe and \u2066isolated\u2069",
}
MARKUP = ("[bold red]alarm[/]", "[link=file:///etc/passwd]open[/link]", "[@click=app.quit]quit[/]")
FORBIDDEN = ("\x1b", "\x9b", "\x07", "\x08", "\r", "\u202e", "\u2066", "\u2069")


def hostile_body(payload: str) -> str:
    return (
        f"Minister {payload} resigns over {MARKUP[0]}\n\n"
        f'LONDON — Minister Ana Rossi said on Monday "{payload}" before the vote {MARKUP[1]}.\n\n'
        f"The council will vote on 17 March {MARKUP[2]} on {payload} plan.\n\n"
        f"- {payload} item one\n- second item\n"
    )


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name, payload in PAYLOADS.items():
        (folder / f"{name}.txt").write_text(hostile_body(payload), encoding="utf-8")
    (folder / "front.md").write_text(
        f'---\ntitle: "T {PAYLOADS["csi"]}"\nsource: "{PAYLOADS["osc8"]}"\n---\n\n'
        + hostile_body(PAYLOADS["bidi"]),
        encoding="utf-8",
    )
    # Escapes in the file names themselves, of a good article and of an unreadable one.
    raw = os.fsencode(folder)
    with open(raw + b"/name\x1b]0;owned\x07\x9b\xe2\x80\xae.txt", "wb") as fh:
        fh.write(hostile_body("plain").encode())
    with open(raw + b"/bad\x1b[2J\r\x08\x9b.txt", "wb") as fh:
        fh.write(b"\x00\x01binary")
    return folder


def check_clean(output: str) -> None:
    for raw in FORBIDDEN:
        assert raw not in output, f"{raw!r} survived"


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_printed_formats_carry_no_escape_byte(
    hostile_folder: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(hostile_folder), "--format", fmt]) == 1  # the binary file is skipped
    out, err = capsys.readouterr()
    check_clean(out)
    check_clean(err)
    assert "␛" in out and "U+202E" in out and "\\x9b" in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_output_file_carries_no_escape_byte(
    hostile_folder: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"out.{fmt}"
    main([str(hostile_folder), "--format", fmt, "--output", str(target)])
    check_clean(target.read_text(encoding="utf-8"))
    check_clean(capsys.readouterr().err)


def test_error_message_shows_the_hostile_file_name_visibly(
    hostile_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main([str(hostile_folder), "--format", "json"])
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "bad␛[2J␍␈\\x9b.txt: not a text file" in err


def test_json_round_trips_hostile_text_exactly(
    hostile_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main([str(hostile_folder), "--format", "json"])
    out = capsys.readouterr().out
    check_clean(out)
    doc = json.loads(out)
    by_name = {os.path.basename(a["path"]): a for a in doc["articles"]}
    for name, payload in PAYLOADS.items():
        article = by_name[f"{name}.txt"]
        assert article["title"] == f"Minister {payload} resigns over {MARKUP[0]}"
        # Sentences have their white space (a CR too) collapsed by segmentation; the rest stays.
        assert any(" ".join(payload.split()) in s for s in article["sentences"][1:])
    assert by_name["front.md"]["source"] == PAYLOADS["osc8"]


def test_rich_markup_in_articles_is_printed_literally(
    hostile_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main([str(hostile_folder), "--format", "text"])
    out = capsys.readouterr().out
    for markup in MARKUP:
        assert markup in out


def test_terminal_text_output_carries_only_richs_own_escapes(hostile_folder: Path) -> None:
    articles, _ = load_paths([str(hostile_folder)])
    buffer = io.StringIO()
    print_text([extract(a) for a in articles], make_console(buffer, terminal=True))
    out = buffer.getvalue()
    for payload in PAYLOADS.values():
        assert payload not in out
    for raw in ("\x9b", "\x07", "\x08", "\r", "\u202e", "\x1b]"):
        assert raw not in out
    assert "␛[38;5;196mRED" in out


def test_title_with_markdown_syntax_stays_literal_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(
        "# Title <img src=x onerror=alert(1)> `x` | y\n\nBody text here.\n", encoding="utf-8"
    )
    main([str(tmp_path), "--format", "markdown"])
    first = capsys.readouterr().out.splitlines()[0]
    assert first == "# \\# Title \\<img src=x onerror=alert(1)\\> \\`x\\` \\| y"


def test_title_like_a_path_never_names_the_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("../../.bashrc\n\nBody text here.\n", encoding="utf-8")
    target = tmp_path / "out" / "brief.md"
    target.parent.mkdir()
    assert main([str(news), "--output", str(target)]) == 0
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.txt", "brief.md", "news", "out"]
