"""The Markdown output: structure, and article text that cannot change the document."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.core.model import Briefing
from briefing.output.markdown import escape, render_markdown

MakeBriefing = Callable[..., Briefing]


def test_document_has_the_four_sections(make_briefing: MakeBriefing) -> None:
    out = render_markdown([make_briefing("Plain words", title="Talks in Oslo")])
    lines = out.splitlines()
    assert lines[0] == "# Talks in Oslo"
    for heading in ("## Summary", "## Actors", "## Agenda", "## Open questions"):
        assert heading in lines


def test_byline_carries_date_and_source(make_briefing: MakeBriefing) -> None:
    out = render_markdown([make_briefing("Wire")])
    assert "2025-03-10 · Wire · Wire · news/a.txt" in out.splitlines()


def test_actors_are_a_table_row_each(make_briefing: MakeBriefing) -> None:
    out = render_markdown([make_briefing("Ana")])
    assert "| Ana | person | Ana | Ana | 1 | 1 |" in out.splitlines()


def test_articles_are_separated_by_a_rule(make_briefing: MakeBriefing) -> None:
    out = render_markdown([make_briefing("One", title="One"), make_briefing("Two", title="Two")])
    assert "\n---\n\n# Two\n" in out


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# not a heading", "\\# not a heading"),
        ("> not a quote", "\\> not a quote"),
        ("- not a list", "\\- not a list"),
        ("+ not a list", "\\+ not a list"),
        ("1999. A year", "1999\\. A year"),
        ("3) item", "3\\) item"),
        ("a | b", "a \\| b"),
        ("<script>x</script>", "\\<script\\>x\\</script\\>"),
        ("`code`", "\\`code\\`"),
        ("*bold* _it_", "\\*bold\\* \\_it\\_"),
        ("[link](https://x)", "\\[link\\](https://x)"),
        ("&copy; AT&T", "\\&copy; AT&T"),
        ("back\\slash", "back\\\\slash"),
        ("~~struck~~", "\\~\\~struck\\~\\~"),
    ],
)
def test_escape_neutralises_markdown_syntax(text: str, escaped: str) -> None:
    assert escape(text) == escaped


def test_escape_leaves_underscores_inside_words_readable() -> None:
    assert escape("file_name.txt") == "file_name.txt"


def test_escape_keeps_text_on_one_line() -> None:
    assert escape("one\n# two") == "one # two"


def test_escape_shows_terminal_controls() -> None:
    assert escape("\x1b[31mred") == "␛\\[31mred"


def test_table_cell_with_a_pipe_does_not_add_a_column(make_briefing: MakeBriefing) -> None:
    out = render_markdown([make_briefing("A|B")])
    row = next(line for line in out.splitlines() if line.startswith("| A"))
    assert row.replace("\\|", "").count("|") == 7
