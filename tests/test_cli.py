"""The `briefing` command: formats, exit status, messages, --output, and a lean --help."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from briefing import __version__
from briefing.cli import main

ARTICLE = "Talks resume in Oslo\n\nOSLO — Ministers met on Monday.\n"


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_good_folder_exits_zero_with_text(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(news)]) == 0
    out, err = capsys.readouterr()
    assert "Talks resume in Oslo" in out and "Open questions" in out
    assert err == ""


def test_missing_path_is_reported_and_exit_is_one(
    news: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(news / "gone.txt"), str(news), "--format", "json"]) == 1
    out, err = capsys.readouterr()
    assert err == f"briefing: cannot read {news / 'gone.txt'}: no such file or directory\n"
    assert [a["title"] for a in json.loads(out)["articles"]] == ["Talks resume in Oslo"]


def test_binary_file_is_reported_as_not_a_text_file(
    news: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = news / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n\x00\x01\x02")
    assert main([str(pdf), "--format", "json"]) == 1
    assert capsys.readouterr().err == f"briefing: cannot read {pdf}: not a text file\n"


def test_empty_folder_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "--format", "text"]) == 1
    assert "no .txt, .md or .markdown files" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(news), "--format", "pdf"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_no_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "PATH" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"briefing {__version__}\n"


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "examples:" in capsys.readouterr().out


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_import_no_textual_rich_or_core(flag: str) -> None:
    code = (
        "import sys; from briefing.cli import main\n"
        f"main([{flag!r}])\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich', 'markdown_it')"
        " or m.startswith('briefing.core')]\n"
        "sys.stderr.write(repr(heavy))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stderr == "[]"


def test_markdown_format(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(news), "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("# Talks resume in Oslo\n")


def test_output_writes_a_file_in_the_format_of_its_suffix(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "brief.json"
    assert main([str(news), "--output", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == 1
    assert capsys.readouterr().out == ""


def test_output_refuses_an_existing_file(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "brief.md"
    target.write_text("mine", encoding="utf-8")
    assert main([str(news), "--output", str(target)]) == 1
    assert capsys.readouterr().err == (
        f"briefing: {target} already exists; use --force to overwrite it\n"
    )
    assert target.read_text(encoding="utf-8") == "mine"


def test_output_force_overwrites(news: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("mine", encoding="utf-8")
    assert main([str(news), "--output", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Talks resume in Oslo")


def test_output_into_a_missing_folder_is_an_error(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(news), "--output", str(tmp_path / "no" / "b.txt")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_terminal_opens_the_tui_with_the_options(
    news: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, object]] = []

    def run_app(**kwargs: object) -> int:
        calls.append(kwargs)
        return 0

    monkeypatch.setitem(sys.modules, "briefing.ui.app", types.SimpleNamespace(run_app=run_app))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main([str(news), "--no-mouse", "--theme", "light"]) == 0
    assert calls == [
        {
            "paths": [str(news)],
            "mouse": False,
            "theme": "light",
            "cache_dir": None,
            "use_cache": True,
            "today": None,
            "watch": False,
        }
    ]


def test_terminal_passes_cache_today_and_watch_to_the_tui(
    news: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, object]] = []

    def run_app(**kwargs: object) -> int:
        calls.append(kwargs)
        return 0

    monkeypatch.setitem(sys.modules, "briefing.ui.app", types.SimpleNamespace(run_app=run_app))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    argv = [str(news), "--cache-dir", "/tmp/c", "--no-cache", "--today", "2025-03-10", "--watch"]
    assert main(argv) == 0
    assert calls[0]["cache_dir"] == "/tmp/c"
    assert calls[0]["use_cache"] is False
    assert calls[0]["today"] == dt.date(2025, 3, 10)
    assert calls[0]["watch"] is True


def test_terminal_with_only_missing_paths_exits_without_the_tui(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "briefing.ui.app", None)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main([str(tmp_path / "gone")]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"briefing: cannot read {tmp_path / 'gone'}: no such file or directory\n"


def test_missing_tui_falls_back_to_text(
    news: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "briefing.ui.app", None)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main([str(news)]) == 0
    out, err = capsys.readouterr()
    assert "interactive view is not available" in err
    assert "Talks resume in Oslo" in out


def test_installed_console_script_reports_and_exits_one(news: Path) -> None:
    script = Path(sys.executable).with_name("briefing")
    if not script.exists():
        pytest.skip("the console script is not installed in this environment")
    proc = subprocess.run(
        [str(script), str(news), str(news / "gone.md"), "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert "cannot read" in proc.stderr
    assert json.loads(proc.stdout)["errors"][0]["error"] == "no such file or directory"


def test_python_dash_m_runs_the_command(news: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", str(news), "--format", "markdown"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0
    assert proc.stdout.startswith("# Talks resume in Oslo")
