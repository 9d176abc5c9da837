"""Briefings as plain dicts, in the JSON contract's shape (schema 1)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing.core.model import Actor, AgendaItem, Briefing, LoadError

SCHEMA = 1


def _actor(a: Actor) -> dict[str, Any]:
    return {
        "name": a.name,
        "kind": a.kind,
        "role": a.role,
        "affiliation": a.affiliation,
        "aliases": list(a.aliases),
        "mentions": a.mentions,
        "evidence": list(a.evidence),
        "quotes": [{"text": q.text, "evidence": list(q.evidence)} for q in a.quotes],
    }


def _agenda_item(it: AgendaItem) -> dict[str, Any]:
    return {
        "kind": it.kind,
        "title": it.title,
        "when": it.when,
        "date": it.date.isoformat() if it.date else None,
        "date_is_partial": it.date_is_partial,
        "where": it.where,
        "participants": list(it.participants),
        "evidence": list(it.evidence),
    }


def briefing_to_dict(b: Briefing) -> dict[str, Any]:
    """One article's entry in the `articles` list."""
    art = b.article
    return {
        "path": art.path,
        "title": art.title,
        "date": art.date.isoformat() if art.date else None,
        "source": art.source,
        "url": art.url,
        "author": art.author,
        "sentences": [s.text for s in b.sentences],
        "summary": [{"text": s.text, "evidence": list(s.evidence)} for s in b.summary],
        "lede": {
            "who": b.lede.who,
            "what": b.lede.what,
            "when": b.lede.when,
            "where": b.lede.where,
            "evidence": list(b.lede.evidence),
        },
        "actors": [_actor(a) for a in b.actors],
        "agenda": [_agenda_item(it) for it in b.agenda],
        "questions": [
            {"kind": q.kind, "text": q.text, "evidence": list(q.evidence)} for q in b.questions
        ],
        "notices": list(b.notices),
    }


def document(briefings: Sequence[Briefing], errors: Sequence[LoadError]) -> dict[str, Any]:
    """The whole JSON document for a run."""
    return {
        "schema": SCHEMA,
        "articles": [briefing_to_dict(b) for b in briefings],
        "errors": [{"path": e.path, "error": e.error} for e in errors],
    }
