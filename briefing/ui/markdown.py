"""Briefing panes as Markdown, for the clipboard and for exports."""

from __future__ import annotations

from briefing.core.model import Actor, Briefing
from briefing.output.markdown import escape, render_markdown
from briefing.output.wording import lede_fields
from briefing.ui.widgets.actors_pane import KIND_HEADINGS


def summary_markdown(b: Briefing) -> str:
    lines = ["## Summary", ""]
    lines += [f"- **{label}:** {escape(value)}" for label, value in lede_fields(b.lede)]
    if len(lines) > 2:
        lines.append("")
    lines.extend(f"- {escape(item.text)}" for item in b.summary)
    if len(lines) == 2:
        lines.append("No summary found.")
    return "\n".join(lines).rstrip() + "\n"


def _actor_line(actor: Actor) -> str:
    details = ", ".join(escape(d) for d in (actor.role, actor.affiliation) if d)
    counts = f"{actor.mentions} mentions, {len(actor.quotes)} quotes"
    return f"- **{escape(actor.name)}**" + (f", {details}" if details else "") + f" ({counts})"


def actors_markdown(b: Briefing) -> str:
    # Grouped under the headings the pane shows, so the copy reads like the screen.
    lines = ["## Actors", ""]
    for kind, heading in KIND_HEADINGS.items():
        group = [a for a in b.actors if a.kind == kind]
        if not group:
            continue
        lines += [f"### {heading}", ""]
        for actor in group:
            lines.append(_actor_line(actor))
            lines.extend(f"  - \u201c{escape(q.text)}\u201d" for q in actor.quotes)
        lines.append("")
    if len(lines) == 2:
        lines.append("No actors found.")
    return "\n".join(lines).rstrip() + "\n"


def agenda_markdown(b: Briefing) -> str:
    lines = ["## Agenda", ""]
    for item in (i for i in b.agenda if i.kind == "event"):
        when = escape(item.when) if item.when else (item.date.isoformat() if item.date else "")
        where = f" ({escape(item.where)})" if item.where else ""
        lines.append(f"- {when + ': ' if when else ''}{escape(item.title)}{where}")
    topics = [i for i in b.agenda if i.kind == "topic"]
    if topics:
        lines += ["", "### Topics", ""]
        lines.extend(f"- {escape(t.title)}" for t in topics)
    if len(lines) == 2:
        lines.append("No agenda items found.")
    return "\n".join(lines).rstrip() + "\n"


def questions_markdown(b: Briefing) -> str:
    lines = ["## Open questions", ""]
    lines.extend(f"- [{q.kind}] {escape(q.text)}" for q in b.questions)
    if len(lines) == 2:
        lines.append("No open questions found.")
    return "\n".join(lines).rstrip() + "\n"


def text_markdown(b: Briefing) -> str:
    """The article's text as Markdown paragraphs, one per block of the article."""
    paragraphs: dict[int, list[str]] = {}
    for s in b.sentences:
        paragraphs.setdefault(s.block, []).append(escape(s.text))
    return "\n\n".join(" ".join(p) for p in paragraphs.values()) + "\n"


def briefing_markdown(b: Briefing) -> str:
    """One article's whole briefing, as the printed Markdown format has it."""
    return render_markdown([b])
