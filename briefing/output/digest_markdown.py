"""The digest as Markdown: the folder's stories, one agenda, the cast and where sources
disagree, ready to paste into a morning email. Article text is escaped like the per-article
Markdown output, so a headline cannot open a heading, a quote, a table or raw HTML."""

from __future__ import annotations

from briefing.core.digest.build import source_labels
from briefing.core.digest_model import CastMember, Digest, MergedEvent, Story
from briefing.output.markdown import escape as escape_line
from briefing.output.wording import plural

# Cast members shown: the most widely reported; the JSON output carries them all.
CAST_LIMIT = 30


def escape(text: str) -> str:
    """Article text for the middle of a digest line (every use here follows other words)."""
    return escape_line(text, line_start=False)


_MARK_WORDS = {"today": "Today", "this week": "This week", "this month": "This month"}


def _date(ev: MergedEvent) -> str:
    if ev.date is None:
        return escape_line(ev.when) if ev.when else "date not given"
    if ev.date_is_partial:
        return f"{ev.date:%B %Y}"
    return f"{ev.date:%a} {ev.date.day} {ev.date:%B %Y}"


def _story(number: int, story: Story, labels: dict[str, str]) -> list[str]:
    count = plural(len(story.articles), "article")
    lines = [f"### {number}. {escape(story.title)} ({count})", ""]
    for line in story.summary:
        lines.append(escape_line(line.text))
        lines.append("")
    lines.append("Sources: " + ", ".join(escape(labels.get(p, p)) for p in story.articles))
    lines.append("")
    return lines


def _event(ev: MergedEvent, labels: dict[str, str]) -> str:
    mark = _MARK_WORDS.get(ev.mark)
    head = f"**{mark}**, {_date(ev)}" if mark else _date(ev)
    where = f", {escape(ev.where)}" if ev.where else ""
    sources = ", ".join(escape(labels.get(s.path, s.path)) for s in ev.sources)
    return f"- {head}: {escape(ev.title)}{where} (reported by {sources})"


def _member(c: CastMember, numbers: dict[str, int]) -> str:
    # One wording per role, whatever its capitals.
    roles = list({r.role.lower(): r.role for r in reversed(c.roles)}.values())[::-1]
    role = f", {escape('; '.join(roles))}" if roles else ""
    # Stories by their number in the list above: a line per person, not a line of headlines.
    refs = [str(numbers[s]) for s in c.stories if s in numbers]
    count = plural(len(c.articles), "article")
    where = f"; {'story' if len(refs) == 1 else 'stories'} {', '.join(refs)}" if refs else ""
    return f"- **{escape(c.name)}**{role} ({count}{where})"


def digest_markdown(digest: Digest) -> str:
    """The whole digest as one Markdown document."""
    numbers = {s.id: n for n, s in enumerate(digest.stories, start=1)}
    labels = source_labels([p for s in digest.stories for p in s.articles])
    articles = sum(len(s.articles) for s in digest.stories)
    lines = ["# Morning digest", ""]
    day = (
        f" as of {digest.today:%A} {digest.today.day} {digest.today:%B %Y}" if digest.today else ""
    )
    stories = plural(len(digest.stories), "story", "stories")
    lines += [f"{stories} from {plural(articles, 'article')}{day}.", ""]
    if digest.disagreements:
        lines += ["## Where sources disagree", ""]
        # A list item's text is a line start: "3. dead" there would open a nested list.
        lines += [f"- {escape_line(q.text)}" for q in digest.disagreements]
        lines.append("")
    lines += ["## Stories", ""]
    for number, story in enumerate(digest.stories, start=1):
        lines += _story(number, story, labels)
    if digest.agenda:
        lines += ["## Agenda", ""]
        lines += [_event(ev, labels) for ev in digest.agenda]
        lines.append("")
    if digest.cast:
        lines += ["## People and organisations", ""]
        lines += [_member(c, numbers) for c in digest.cast[:CAST_LIMIT]]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
