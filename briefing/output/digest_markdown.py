"""The digest as Markdown: the folder's stories, one agenda, the cast and where sources
disagree, ready to paste into a morning email. Article text is escaped like the per-article
Markdown output, so a headline cannot open a heading, a quote, a table or raw HTML."""

from __future__ import annotations

from briefing.core.digest_model import CastMember, Digest, MergedEvent, Story
from briefing.output.markdown import escape

# Cast members shown: the most widely reported; the JSON output carries them all.
CAST_LIMIT = 30
_MARK_WORDS = {"today": "Today", "this week": "This week", "this month": "This month"}


def _date(ev: MergedEvent) -> str:
    if ev.date is None:
        return escape(ev.when) if ev.when else "date not given"
    if ev.date_is_partial:
        return f"{ev.date:%B %Y}"
    return f"{ev.date:%a} {ev.date.day} {ev.date:%B %Y}"


def _story(number: int, story: Story) -> list[str]:
    count = len(story.articles)
    noun = "article" if count == 1 else "articles"
    lines = [f"### {number}. {escape(story.title)} ({count} {noun})", ""]
    for line in story.summary:
        lines.append(f"{escape(line.text)}")
        lines.append("")
    lines.append("Sources: " + ", ".join(escape(p) for p in story.articles))
    lines.append("")
    return lines


def _event(ev: MergedEvent) -> str:
    mark = _MARK_WORDS.get(ev.mark)
    head = f"**{mark}**, {_date(ev)}" if mark else _date(ev)
    where = f", {escape(ev.where)}" if ev.where else ""
    sources = ", ".join(escape(s.path) for s in ev.sources)
    return f"- {head}: {escape(ev.title)}{where} (reported by {sources})"


def _member(c: CastMember, titles: dict[str, str]) -> str:
    # One wording per role, whatever its capitals.
    roles = list({r.role.lower(): r.role for r in reversed(c.roles)}.values())[::-1]
    role = f", {escape('; '.join(roles))}" if roles else ""
    stories = "; ".join(escape(titles.get(s, s)) for s in c.stories)
    count = len(c.articles)
    noun = "article" if count == 1 else "articles"
    return f"- **{escape(c.name)}**{role} ({count} {noun}): {stories}"


def digest_markdown(digest: Digest) -> str:
    """The whole digest as one Markdown document."""
    titles = {s.id: s.title for s in digest.stories}
    articles = sum(len(s.articles) for s in digest.stories)
    lines = ["# Morning digest", ""]
    day = (
        f" as of {digest.today:%A} {digest.today.day} {digest.today:%B %Y}" if digest.today else ""
    )
    stories = "story" if len(digest.stories) == 1 else "stories"
    lines += [f"{len(digest.stories)} {stories} from {articles} articles{day}.", ""]
    if digest.disagreements:
        lines += ["## Where sources disagree", ""]
        lines += [f"- {escape(q.text)}" for q in digest.disagreements]
        lines.append("")
    lines += ["## Stories", ""]
    for number, story in enumerate(digest.stories, start=1):
        lines += _story(number, story)
    if digest.agenda:
        lines += ["## Agenda", ""]
        lines += [_event(ev) for ev in digest.agenda]
        lines.append("")
    if digest.cast:
        lines += ["## People and organisations", ""]
        lines += [_member(c, titles) for c in digest.cast[:CAST_LIMIT]]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
