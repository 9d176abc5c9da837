"""The digest as Rich text for a terminal or a pager: the folder's stories with their article
counts, the merged agenda with today and this week marked, and where the sources disagree.

Like the per-article text output, every value taken from an article goes into a `Text` object
after `visible()`, never into a markup string.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from briefing.core.digest_model import Digest, MergedEvent, Story
from briefing.output.sanitize import visible
from briefing.output.wording import plural

# The agenda shows what is still to come; events already past are counted, not listed. An
# undated event shows the words the article used instead of a mark.
_MARK_WORDS = {
    "today": "Today",
    "this week": "This week",
    "this month": "This month",
    "upcoming": "Later",
}
_MARK_STYLE = {"today": "bold reverse", "this week": "bold", "this month": "bold"}


def _t(value: str | None, style: str = "") -> Text:
    return Text(visible(value or "", keep_newlines=False), style=style)


def _story_rows(stories: tuple[Story, ...]) -> Table:
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", no_wrap=True)
    table.add_column(ratio=1)
    table.add_column(justify="right", no_wrap=True, style="dim")
    for number, story in enumerate(stories, start=1):
        table.add_row(
            Text(f"{number}."), _t(story.title), Text(plural(len(story.articles), "article"))
        )
    return table


def _date(ev: MergedEvent) -> Text:
    if ev.date is None:
        return _t(ev.when) if ev.when else Text("date not given", style="dim")
    if ev.date_is_partial:
        return Text(f"{ev.date:%b %Y}")
    return Text(f"{ev.date:%a} {ev.date.day} {ev.date:%b %Y}")


def _agenda_rows(events: list[MergedEvent], numbers: dict[str, int]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for ev in events:
        what = _t(ev.title)
        if ev.where:
            what.append_text(Text.assemble(" — ", _t(ev.where, "italic")))
        # Which story, so an event can be traced to its articles without a column of paths.
        refs = ", ".join(str(numbers[sid]) for sid in ev.stories if sid in numbers)
        notes = [f"story {refs}"] if refs else []
        if len(ev.sources) > 1:
            notes.append(f"{len(ev.sources)} sources")
        if notes:
            what.append(f" ({'; '.join(notes)})", style="dim")
        mark = Text(_MARK_WORDS.get(ev.mark, ""), style=_MARK_STYLE.get(ev.mark, "dim"))
        table.add_row(mark, _date(ev), what)
    return table


def digest_renderable(digest: Digest) -> RenderableType:
    """The compact digest printed before the per-article briefings."""
    articles = sum(len(s.articles) for s in digest.stories)
    stories = plural(len(digest.stories), "story", "stories")
    facts = f"{stories} from {plural(articles, 'article')}"
    if digest.today:
        facts += f" · as of {digest.today:%A} {digest.today.day} {digest.today:%B %Y}"
    parts: list[RenderableType] = [
        Rule(style="dim"),
        Text("Morning digest", style="bold"),
        Text(facts, style="dim"),
        Text(""),
        Text("Stories", style="bold underline"),
        _story_rows(digest.stories),
    ]
    coming = [ev for ev in digest.agenda if ev.mark != "past"]
    past = len(digest.agenda) - len(coming)
    if digest.agenda:
        parts += [Text(""), Text("Agenda", style="bold underline")]
        if coming:
            numbers = {story.id: n for n, story in enumerate(digest.stories, start=1)}
            parts.append(_agenda_rows(coming, numbers))
        if past:
            parts.append(
                Text(f"{plural(past, 'event')} already past, in the briefings below.", style="dim")
            )
    if digest.disagreements:
        parts += [Text(""), Text("Where sources disagree", style="bold underline")]
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True)
        table.add_column(ratio=1)
        for q in digest.disagreements:
            table.add_row(Text("-"), _t(q.text))
        parts.append(table)
    parts.append(Text(""))
    return Group(*parts)
