"""The text output: each briefing laid out with Rich, for a terminal or a pager.

Every value taken from an article goes into a `Text` object after `visible()`, never into a
markup string, so `[bold red]` or `[link=...]` in an article is printed as written.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from briefing.core.model import AgendaItem, Briefing
from briefing.output.sanitize import visible
from briefing.output.wording import byline_facts, lede_fields, plural

if TYPE_CHECKING:
    from briefing.core.digest_model import Digest

_HEADING = "bold underline"
_LABEL = "bold"
_DIM = "dim"
# Colour only adds to the bracketed kind word, so NO_COLOR loses nothing.
_QUESTION_STYLE = {
    "conflict": "bold red",
    "unspecified": "bold yellow",
    "incomplete": "bold magenta",
    "pending": "bold cyan",
    "unattributed": "bold blue",
}


def make_console(file: IO[str] | None = None, *, terminal: bool | None = None) -> Console:
    """A Console that never interprets markup or emoji and, off a terminal, has a fixed width.

    Rich honours NO_COLOR itself. Off a terminal the width is $COLUMNS when set, else 100,
    so piped output does not wrap at Rich's default of 80.
    """
    console = Console(
        file=file,
        markup=False,
        emoji=False,
        highlight=False,
        force_terminal=terminal,
    )
    if not console.is_terminal:
        columns = os.environ.get("COLUMNS", "")
        console.width = int(columns) if columns.isdigit() and int(columns) > 0 else 100
    return console


def _t(value: str | None, style: str = "") -> Text:
    return Text(visible(value or ""), style=style)


def _section(title: str) -> Text:
    return Text(title, style=_HEADING)


def _header(b: Briefing) -> list[RenderableType]:
    art = b.article
    parts: list[RenderableType] = [Rule(style=_DIM), _t(art.title or art.path, "bold")]
    facts = byline_facts(art)
    facts.append(art.path)
    parts.append(Text(" · ").join(_t(x, _DIM) for x in facts))
    parts += [Text.assemble(("Note: ", "bold"), _t(n, "italic")) for n in b.notices]
    return parts


def _summary(b: Briefing) -> list[RenderableType]:
    parts: list[RenderableType] = [Text(""), _section("Summary")]
    lede = Table.grid(padding=(0, 1))
    lede.add_column(style=_LABEL, no_wrap=True)
    lede.add_column()
    for label, value in lede_fields(b.lede):
        lede.add_row(Text(label), _t(value))
    if lede.row_count:
        parts.append(lede)
    if b.summary:
        if lede.row_count:
            parts.append(Text(""))
        points = Table.grid(padding=(0, 1))
        points.add_column(no_wrap=True)
        points.add_column()
        for item in b.summary:
            points.add_row(Text("-"), _t(item.text))
        parts.append(points)
    if not lede.row_count and not b.summary:
        parts.append(Text("Nothing to summarise.", style=_DIM))
    return parts


def _actors(b: Briefing) -> list[RenderableType]:
    parts: list[RenderableType] = [Text(""), _section("Actors")]
    if not b.actors:
        return [*parts, Text("No actors found.", style=_DIM)]
    # Name and details, rather than one column per field: six columns do not fit in 80.
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", max_width=32)
    table.add_column()
    for a in b.actors:
        details = Text(a.kind, style=_DIM)
        for value in (a.role, a.affiliation):
            if value:
                details.append(" · ")
                details.append_text(_t(value))
        counts = f" · {plural(a.mentions, 'mention')} · {plural(len(a.quotes), 'quote')}"
        details.append(counts, style=_DIM)
        table.add_row(_t(a.name), details)
    parts.append(table)
    return parts


def _when(item: AgendaItem) -> Text:
    if item.date is not None:
        shown = item.date.strftime("%Y-%m") if item.date_is_partial else item.date.isoformat()
        if item.when:
            return Text.assemble(shown, " (", _t(item.when), ")")
        return Text(shown)
    if item.when:
        return _t(item.when)
    return Text("topic" if item.kind == "topic" else "date not given", style=_DIM)


def _agenda(b: Briefing) -> list[RenderableType]:
    parts: list[RenderableType] = [Text(""), _section("Agenda")]
    if not b.agenda:
        return [*parts, Text("Nothing scheduled.", style=_DIM)]
    table = Table.grid(padding=(0, 2))
    table.add_column(ratio=1)
    table.add_column(ratio=3)
    for item in b.agenda:
        what = _t(item.title)
        if item.where:
            what.append_text(Text.assemble(" — ", _t(item.where, "italic")))
        table.add_row(_when(item), what)
    parts.append(table)
    return parts


def _questions(b: Briefing) -> list[RenderableType]:
    parts: list[RenderableType] = [Text(""), _section("Open questions")]
    if not b.questions:
        return [*parts, Text("None found.", style=_DIM)]
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column()
    for q in b.questions:
        table.add_row(Text(f"[{q.kind}]", style=_QUESTION_STYLE.get(q.kind, "bold")), _t(q.text))
    parts.append(table)
    return parts


def briefing_renderable(b: Briefing) -> RenderableType:
    """One article's briefing as a Rich renderable."""
    return Group(*_header(b), *_summary(b), *_actors(b), *_agenda(b), *_questions(b), Text(""))


def print_text(
    briefings: Sequence[Briefing], console: Console, digest: Digest | None = None
) -> None:
    """Print every briefing to `console`, one after another, after the `digest` if given."""
    if digest is not None:
        from briefing.output.digest_text import digest_renderable

        console.print(digest_renderable(digest))
    for b in briefings:
        console.print(briefing_renderable(b))


def render_text(
    briefings: Sequence[Briefing], *, width: int = 100, digest: Digest | None = None
) -> str:
    """The text output as a plain string (no colour), for `--output FILE` and tests."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        markup=False,
        emoji=False,
        highlight=False,
        color_system=None,
        force_terminal=False,
    )
    print_text(briefings, console, digest)
    # Rich pads table rows to the column width; a file or pipe has no use for the spaces.
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))
