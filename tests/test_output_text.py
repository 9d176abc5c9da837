"""The Rich text output: sections, literal article text, colour and width."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from briefing.core.model import Briefing
from briefing.output.text import make_console, print_text, render_text

MakeBriefing = Callable[..., Briefing]


def test_text_has_the_four_sections_and_the_title(make_briefing: MakeBriefing) -> None:
    out = render_text([make_briefing("Plain words", title="Talks in Oslo")])
    lines = [line.strip() for line in out.splitlines()]
    assert "Talks in Oslo" in lines
    for heading in ("Summary", "Actors", "Agenda", "Open questions"):
        assert heading in lines


def test_lede_facts_are_labelled(make_briefing: MakeBriefing) -> None:
    out = render_text([make_briefing("Oslo")])
    assert "Who   Oslo" in out and "Where Oslo" in out


def test_question_carries_its_kind(make_briefing: MakeBriefing) -> None:
    out = render_text([make_briefing("Who pays?")])
    assert "[pending] Who pays?" in out


def test_agenda_shows_the_resolved_date_and_the_words(make_briefing: MakeBriefing) -> None:
    out = render_text([make_briefing("on Tuesday")])
    assert "2025-03-11 (on Tuesday)" in out


@pytest.mark.parametrize(
    "markup", ["[bold red]alarm[/]", "[link=file:///etc/passwd]x[/link]", "[@click=app.quit]x[/]"]
)
def test_rich_markup_in_article_text_is_printed_literally(
    make_briefing: MakeBriefing, markup: str
) -> None:
    out = render_text([make_briefing(markup)], width=200)
    assert out.count(markup) >= 8


def test_emoji_codes_are_not_replaced(make_briefing: MakeBriefing) -> None:
    assert ":warning:" in render_text([make_briefing("A :warning: sign")])


def test_piped_text_has_no_trailing_spaces(make_briefing: MakeBriefing) -> None:
    out = render_text([make_briefing("x " * 80)])
    assert all(line == line.rstrip() for line in out.splitlines())


def test_text_wraps_at_the_given_width(make_briefing: MakeBriefing) -> None:
    out = render_text([make_briefing("word " * 100)], width=60)
    assert max(len(line) for line in out.splitlines()) <= 60


def test_console_off_a_terminal_is_100_wide() -> None:
    assert make_console(io.StringIO()).width == 100


def test_console_off_a_terminal_takes_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "72")
    assert make_console(io.StringIO()).width == 72


def test_terminal_output_is_coloured(make_briefing: MakeBriefing) -> None:
    buffer = io.StringIO()
    print_text([make_briefing("x")], make_console(buffer, terminal=True))
    assert "\x1b[1;36m[pending]" in buffer.getvalue()


def test_no_color_removes_colour_but_keeps_emphasis(
    make_briefing: MakeBriefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    buffer = io.StringIO()
    print_text([make_briefing("x")], make_console(buffer, terminal=True))
    out = buffer.getvalue()
    assert "\x1b[1m[pending]" in out  # bold still marks the kind
