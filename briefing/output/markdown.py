"""The Markdown output: a briefing a person could paste into an email or a wiki page.

Article text is data: terminal controls are made visible, then every character that would
change the meaning of the Markdown (a heading, a quote, a list, a table cell, raw HTML, code,
emphasis, a link, an entity) is backslash-escaped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.core.model import Actor, AgendaItem, Briefing
from briefing.output.sanitize import visible
from briefing.output.wording import byline_facts, lede_fields

if TYPE_CHECKING:
    from briefing.core.digest_model import Digest

_INLINE_SPECIAL = re.compile(r"([\\`*\[\]<>|~])")
# An underscore inside a word (file_name) cannot open emphasis in CommonMark; leave it readable.
_LOOSE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What makes a line start a block: heading, quote, list, thematic break, code fence.
_BLOCK_START = re.compile(r"^([#>+\-=]|\d+(?=[.)]))")


def escape(text: str, *, line_start: bool = True) -> str:
    """Article text as Markdown that renders as exactly that text, on one line.

    With `line_start` False the text goes after other words on its line, where "08." or "#"
    cannot open a list or a heading, so it is left as written.
    """
    text = " ".join(visible(text).split())
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _LOOSE_UNDERSCORE.sub(r"\\_", text)
    text = _ENTITY.sub(r"\\&", text)
    m = _BLOCK_START.match(text) if line_start else None
    if m:
        if m.group(1).isdigit():
            end = m.end()
            text = text[:end] + "\\" + text[end:]
        else:
            text = "\\" + text
    return text


def _actor_line(actor: Actor) -> list[str]:
    return [
        escape(actor.name),
        actor.kind,
        escape(actor.role) if actor.role else "",
        escape(actor.affiliation) if actor.affiliation else "",
        str(actor.mentions),
        str(len(actor.quotes)),
    ]


def _when(item: AgendaItem) -> str:
    if item.date is not None:
        shown = item.date.strftime("%Y-%m") if item.date_is_partial else item.date.isoformat()
        if item.when:
            return f"{shown} ({escape(item.when)})"
        return shown
    return escape(item.when) if item.when else "date not given"


def _article(b: Briefing) -> list[str]:
    art = b.article
    out = [f"# {escape(art.title or art.path)}", ""]
    facts = byline_facts(art)
    byline = " · ".join(escape(x) for x in facts)
    out.append(f"{byline} · {escape(art.path)}" if byline else escape(art.path))
    out.append("")
    for notice in b.notices:
        out += [f"> Note: {escape(notice)}", ""]

    out += ["## Summary", ""]
    facts_shown = [f"- **{label}:** {escape(value)}" for label, value in lede_fields(b.lede)]
    out += facts_shown
    if facts_shown:
        out.append("")
    if facts_shown and b.summary:
        # Without a line between them, the two lists would run together as one.
        out += ["Key sentences:", ""]
    out += [f"- {escape(item.text)}" for item in b.summary]
    if not facts_shown and not b.summary:
        out.append("Nothing to summarise.")
    out.append("")

    out += ["## Actors", ""]
    if b.actors:
        out.append("| Name | Kind | Role | Affiliation | Mentions | Quotes |")
        out.append("|---|---|---|---|---:|---:|")
        out += ["| " + " | ".join(_actor_line(a)) + " |" for a in b.actors]
    else:
        out.append("No actors found.")
    out.append("")

    out += ["## Agenda", ""]
    for item in b.agenda:
        line = f"- **{_when(item)}** — {escape(item.title)}"
        if item.kind == "topic":
            line = f"- Topic: {escape(item.title)}"
        if item.where:
            line += f" — {escape(item.where)}"
        out.append(line)
    if not b.agenda:
        out.append("Nothing scheduled.")
    out.append("")

    out += ["## Open questions", ""]
    out += [f"- **{q.kind}:** {escape(q.text)}" for q in b.questions]
    if not b.questions:
        out.append("None found.")
    out.append("")
    return out


def render_markdown(briefings: Sequence[Briefing], digest: Digest | None = None) -> str:
    """Every briefing as one Markdown document, articles separated by a rule.

    With a `digest`, the document opens with it: the folder's stories, agenda and cast.
    """
    parts: list[str] = []
    if digest is not None:
        from briefing.output.digest_markdown import digest_markdown

        parts += [digest_markdown(digest), "---", ""]
    for i, b in enumerate(briefings):
        if i:
            parts += ["---", ""]
        parts += _article(b)
    return "\n".join(parts).rstrip("\n") + "\n"
