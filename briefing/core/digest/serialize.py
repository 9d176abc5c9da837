"""The digest as plain dicts: the JSON contract's top-level `"stories"` and the folder-wide
agenda, cast and disagreements. Cross-article evidence is `{"path", "sentence"}`."""

from __future__ import annotations

from typing import Any

from briefing.core.digest_model import CastMember, Digest, Disagreement, MergedEvent, StoryEvidence


def _evidence(e: StoryEvidence) -> dict[str, Any]:
    return {"path": e.path, "sentence": e.sentence}


def _event(ev: MergedEvent) -> dict[str, Any]:
    return {
        "title": ev.title,
        "date": ev.date.isoformat() if ev.date else None,
        "date_is_partial": ev.date_is_partial,
        "when": ev.when,
        "where": ev.where,
        "participants": list(ev.participants),
        "mark": ev.mark,
        "stories": list(ev.stories),
        "sources": [_evidence(e) for e in ev.sources],
    }


def _member(c: CastMember) -> dict[str, Any]:
    return {
        "name": c.name,
        "kind": c.kind,
        "aliases": list(c.aliases),
        "roles": [{"role": r.role, **_evidence(r.evidence)} for r in c.roles],
        "articles": list(c.articles),
        "stories": list(c.stories),
        "evidence": [_evidence(e) for e in c.evidence],
    }


def _question(q: Disagreement) -> dict[str, Any]:
    return {
        "kind": q.kind,
        "aspect": q.aspect,
        "text": q.text,
        "story": q.story,
        "evidence": [_evidence(e) for e in q.evidence],
    }


def digest_to_dict(digest: Digest) -> dict[str, Any]:
    """`{"today", "stories", "agenda", "cast", "questions"}`; merge into the run's document.

    Each story carries its own slice: the cast members, events and questions that concern it.
    """
    stories = []
    for s in digest.stories:
        stories.append(
            {
                "id": s.id,
                "title": s.title,
                "title_path": s.title_path,
                "articles": list(s.articles),
                "summary": [
                    {"text": x.text, "evidence": [_evidence(x.evidence)]} for x in s.summary
                ],
                "actors": [_member(c) for c in digest.cast if s.id in c.stories],
                "agenda": [_event(ev) for ev in digest.agenda if s.id in ev.stories],
                "questions": [_question(q) for q in digest.disagreements if q.story == s.id],
            }
        )
    return {
        "today": digest.today.isoformat() if digest.today else None,
        "stories": stories,
        "agenda": [_event(ev) for ev in digest.agenda],
        "cast": [_member(c) for c in digest.cast],
        "questions": [_question(q) for q in digest.disagreements],
    }
