"""One agenda for the folder: every event of every article, the same event reported by several
outlets merged into one entry that lists them all.

Two events are one when they fall on the same day (or, both dated only by month, the same
month) and agree on what or where: a shared word of the title within one story, or the same
place with a shared participant. Undated events merge only within one story and only on
nearly the same title, since without a date there is little else to go on.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.core.digest.text import content_words, fold, overlap
from briefing.core.digest_model import AgendaMark, MergedEvent, StoryEvidence
from briefing.core.model import AgendaItem, Briefing

# Share of title words two undated events must have in common to be one.
UNDATED_TITLE_OVERLAP = 0.6


@dataclass(frozen=True)
class _Entry:
    item: AgendaItem
    path: str
    story: str
    order: int
    title_words: frozenset[str]
    participants: frozenset[str]


def _date_key(item: AgendaItem) -> tuple[int, int, int] | None:
    if item.date is None:
        return None
    if item.date_is_partial:
        return (item.date.year, item.date.month, 0)
    return (item.date.year, item.date.month, item.date.day)


def _same_event(a: _Entry, b: _Entry) -> bool:
    shared_title = a.title_words & b.title_words
    same_where = bool(a.item.where and b.item.where and fold(a.item.where) == fold(b.item.where))
    shared_people = bool(a.participants & b.participants)
    if a.item.date is None:
        return a.story == b.story and overlap(a.title_words, b.title_words) >= UNDATED_TITLE_OVERLAP
    if shared_title and (a.story == b.story or same_where or shared_people):
        return True
    return same_where and shared_people


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _sharing_pairs(entries: list[_Entry], members: list[int]) -> set[tuple[int, int]]:
    """Pairs of one day's events that share a title word, a place or a participant: the only
    ones that can be one event, so a busy day is not compared all against all."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i in members:
        e = entries[i]
        keys = {"t:" + w for w in e.title_words} | {"p:" + p for p in e.participants}
        if e.item.where:
            keys.add("w:" + fold(e.item.where))
        for key in keys:
            postings[key].append(i)
    pairs = set()
    for ids in postings.values():
        for x, i in enumerate(ids):
            for j in ids[x + 1 :]:
                pairs.add((i, j))
    return pairs


def _mark(item: AgendaItem, today: dt.date | None) -> AgendaMark:
    date = item.date
    if date is None or today is None:
        return "undated" if date is None else "upcoming"
    if item.date_is_partial:
        if (date.year, date.month) == (today.year, today.month):
            return "this month"
        return "upcoming" if date > today else "past"
    if date == today:
        return "today"
    if date < today:
        return "past"
    if date.isocalendar()[:2] == today.isocalendar()[:2]:
        return "this week"
    return "upcoming"


def _merge(
    group: list[_Entry], today: dt.date | None, story_rank: Mapping[str, int]
) -> MergedEvent:
    # The entry whose title shares most words with the others names the event.
    def centrality(e: _Entry) -> tuple[int, int, int]:
        shared = sum(len(e.title_words & o.title_words) for o in group if o is not e)
        return (-shared, len(e.item.title), e.order)

    head = min(group, key=centrality)
    participants: list[str] = []
    seen: set[str] = set()
    for e in group:
        for p in e.item.participants:
            if fold(p) not in seen:
                seen.add(fold(p))
                participants.append(p)
    sources: list[StoryEvidence] = []
    for e in sorted(group, key=lambda e: e.order):
        if e.path not in {s.path for s in sources}:
            sources.append(StoryEvidence(e.path, e.item.evidence[0] if e.item.evidence else 0))
    where = head.item.where or next((e.item.where for e in group if e.item.where), None)
    stories = sorted({e.story for e in group}, key=lambda s: story_rank.get(s, 0))
    return MergedEvent(
        title=head.item.title,
        date=head.item.date,
        when=head.item.when,
        where=where,
        participants=tuple(participants),
        mark=_mark(head.item, today),
        sources=tuple(sources),
        stories=tuple(stories),
        date_is_partial=head.item.date_is_partial,
    )


def merge_agenda(
    briefings: Sequence[Briefing], story_of: Mapping[str, str], today: dt.date | None
) -> tuple[MergedEvent, ...]:
    """The folder's events, merged across articles; still to come first, then past, then undated."""
    story_rank = {s: i for i, s in enumerate(dict.fromkeys(story_of.values()))}
    entries: list[_Entry] = []
    for b in briefings:
        for item in b.agenda:
            if item.kind != "event":
                continue
            entries.append(
                _Entry(
                    item=item,
                    path=b.article.path,
                    story=story_of.get(b.article.path, ""),
                    order=len(entries),
                    title_words=frozenset(content_words(item.title)),
                    participants=frozenset(fold(p) for p in item.participants),
                )
            )
    # Only events on the same day (or undated ones) are ever compared.
    buckets: dict[tuple[int, int, int] | None, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        buckets[_date_key(e.item)].append(i)
    parent = list(range(len(entries)))
    for members in buckets.values():
        for i, j in sorted(_sharing_pairs(entries, members)):
            if _same_event(entries[i], entries[j]):
                parent[_find(parent, j)] = _find(parent, i)
    groups: dict[int, list[_Entry]] = defaultdict(list)
    for i, e in enumerate(entries):
        groups[_find(parent, i)].append(e)
    merged = [(_merge(g, today, story_rank), min(e.order for e in g)) for g in groups.values()]

    def order(pair: tuple[MergedEvent, int]) -> tuple[int, int, str, int]:
        ev, first = pair
        if ev.date is None:
            # Nothing to sort undated events by in time: keep each story's together, as written.
            rank = story_rank.get(ev.stories[0], 0) if ev.stories else 0
            return (2, rank, "", first)
        if ev.mark == "past":
            return (1, -ev.date.toordinal(), fold(ev.title), first)
        return (0, ev.date.toordinal(), fold(ev.title), first)

    return tuple(ev for ev, _ in sorted(merged, key=order))
