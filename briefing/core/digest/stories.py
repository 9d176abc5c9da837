"""Group articles about one event into stories, by rules over the core's output.

Each article becomes a profile of weighted features: the people it names (by family name),
its organisations, its countries, and the content words of its headline and lede. A feature
counts for more the fewer articles of the folder carry it (an IDF over the folder itself), and
by kind: a shared person says most about a shared event, a shared country or standing
institution (the EU, the UN: see `context.py`) least.

Only articles that share a distinctive feature are ever compared (an inverted index from
features to articles; a feature carried by many articles is no evidence of one event, so it
opens no comparison), and the candidate pairs are joined by average linkage: two groups merge
while the mean similarity over all their article pairs stays above `LINK_THRESHOLD`, which
keeps a chain of loosely related articles from collapsing into one story.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.core.digest.context import is_context_organisation
from briefing.core.digest.text import content_words, fold, lede, overlap, surname, words
from briefing.core.digest_model import Story, StoryEvidence, StorySentence
from briefing.core.model import Briefing

_INNER_CAPITALISED = re.compile(r"(?<=[\w,;:'\"] )[A-Z][\w'-]+")

# Kind weights: a person is the strongest sign of one event, an organisation next, a word of
# the headline or lede next, and context least: a country or a standing institution (the EU,
# the UN, "the government"), which many unrelated events share. Context never opens a
# comparison, so two articles meet only over a name or word of their own.
PERSON_WEIGHT = 3.0
ORGANIZATION_WEIGHT = 2.0
TERM_WEIGHT = 1.0
CONTEXT_WEIGHT = 0.5
# Evidence two articles must share to report one event, as a sum over shared features of kind
# weight times distinctiveness: a distinctive person and a distinctive word, an organisation
# and two words, or four words. Two groups merge while the mean over all their article pairs
# (a pair never compared counts zero) reaches it.
LINK_THRESHOLD = 3.0
# A feature in more than this share of the folder (and more than `MIN_COMMON` articles) opens
# no comparison: it is too common to suggest a shared event, and comparing every article that
# carries it would make grouping quadratic.
COMMON_SHARE = 0.05
MIN_COMMON = 50
# Reports of one event appear within a news cycle: the day, the reactions, the analysis. Two
# articles dated further apart report different developments and are never linked.
WINDOW_DAYS = 3
LEDE_SENTENCES = 2
SUMMARY_SENTENCES = 3
# A "sentence" longer than this is captions or page furniture run together, not a summary line.
MAX_SUMMARY_WORDS = 60
# Two summary sentences sharing this share of their content words say the same thing.
NEAR_DUPLICATE = 0.5


@dataclass(frozen=True)
class StoryGroups:
    """The stories and, for each, the article indexes it holds (in story order)."""

    stories: tuple[Story, ...]
    members: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class _Profile:
    """An article's features with their kind weights, and those that may open a comparison."""

    features: dict[str, float]
    anchors: frozenset[str]
    date: dt.date | None


def _raw_features(b: Briefing) -> _Profile:
    feats: dict[str, float] = {}
    anchors: set[str] = set()

    def add(key: str, weight: float) -> None:
        if feats.get(key, 0.0) < weight:
            feats[key] = weight

    for actor in b.actors:
        if actor.kind == "person":
            key = surname(actor.name)
            if key:
                add("n:" + key, PERSON_WEIGHT)
                anchors.add("n:" + key)
        elif actor.kind == "organization":
            for name in (actor.name, *actor.aliases):
                key = " ".join(words(name))
                # Aliases in lower case ("the agency") are descriptions, not names.
                if not key or not name[:1].isupper():
                    continue
                if is_context_organisation(name):
                    add("c:" + key, CONTEXT_WEIGHT)
                else:
                    add("n:" + key, ORGANIZATION_WEIGHT)
                    anchors.add("n:" + key)
        elif actor.kind == "country":
            add("c:" + fold(actor.name), CONTEXT_WEIGHT)
    texts = [b.article.title or ""]
    texts.extend(s.text for s in lede(b.sentences, LEDE_SENTENCES))
    for text in texts:
        for w in content_words(text):
            add("t:" + w, TERM_WEIGHT)
        # A capitalised word inside a sentence is a name the actor rules may have missed
        # ("Croydon", "Toblerone"): like a name, it may open a comparison.
        for token in _INNER_CAPITALISED.findall(text):
            for w in content_words(token):
                anchors.add("t:" + w)
    return _Profile(feats, frozenset(anchors), b.article.date)


def _weighted(profiles: list[_Profile]) -> list[dict[str, float]]:
    df: dict[str, int] = defaultdict(int)
    for p in profiles:
        for key in p.features:
            df[key] += 1
    n = len(profiles)
    # Distinctiveness in (0, 1]: 1 for a feature of one article, falling as more carry it.
    # log(1 + N/df) stays positive when every article shares a feature, so a two-article
    # folder still weighs a shared name above a shared word.
    top = math.log(1.0 + n)
    idf = {key: math.log(1.0 + n / count) / top for key, count in df.items()}
    return [{key: w * idf[key] for key, w in p.features.items()} for p in profiles]


def _candidate_pairs(
    profiles: list[_Profile], vectors: list[dict[str, float]]
) -> dict[tuple[int, int], float]:
    postings: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for key in p.anchors:
            if key in p.features:
                postings[key].append(i)
    cap = max(MIN_COMMON, int(COMMON_SHARE * len(profiles)))
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if 1 < len(members) <= cap:
            for a in range(len(members)):
                for b in range(a + 1, len(members)):
                    pairs.add((members[a], members[b]))
    sims = {}
    dates = [p.date for p in profiles]
    for i, j in pairs:
        if dates[i] and dates[j] and abs((dates[i] - dates[j]).days) > WINDOW_DAYS:
            continue
        small, large = sorted((vectors[i], vectors[j]), key=len)
        sim = sum(v for k, v in small.items() if k in large)
        if sim > 0:
            sims[(i, j)] = sim
    return sims


def _average_linkage(n: int, sims: dict[tuple[int, int], float]) -> list[list[int]]:
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    # Sum of pair similarities between two live groups; absent pairs count as zero.
    links: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for (i, j), sim in sims.items():
        links[i][j] = sim
        links[j][i] = sim
    heap = [(-sim, i, j) for (i, j), sim in sims.items() if sim >= LINK_THRESHOLD]
    heapq.heapify(heap)
    next_id = n
    while heap:
        # A merge retires both groups under a new id, so an entry whose groups are both
        # still live carries their current mean.
        _, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        merged = next_id
        next_id += 1
        members[merged] = members.pop(a) + members.pop(b)
        total: dict[int, float] = defaultdict(float)
        for old in (a, b):
            for other, s in links.pop(old).items():
                if other not in (a, b):
                    total[other] += s
                    del links[other][old]
        links[merged] = dict(total)
        for other, s in total.items():
            links[other][merged] = s
            mean = s / (len(members[merged]) * len(members[other]))
            if mean >= LINK_THRESHOLD:
                heapq.heappush(heap, (-mean, min(other, merged), max(other, merged)))
    return [sorted(group) for group in members.values()]


def _time_key(b: Briefing) -> tuple[int, str]:
    # Undated articles after the dated ones, as the loader orders a folder.
    date = b.article.date
    return (date.toordinal() if date else dt.date.max.toordinal(), b.article.path)


def _representative(
    group: list[int], sims: dict[tuple[int, int], float], briefings: Sequence[Briefing]
) -> int:
    def centrality(i: int) -> float:
        return sum(sims.get((min(i, j), max(i, j)), 0.0) for j in group if j != i)

    return min(group, key=lambda i: (-centrality(i), _time_key(briefings[i])))


def _first_sentence(b: Briefing) -> tuple[str, int] | None:
    for item in b.summary:
        if item.evidence:
            return item.text, item.evidence[0]
    for s in b.sentences:
        if s.kind != "title":
            return s.text, s.index
    return None


def _summary(
    order: list[int], rep: int, briefings: Sequence[Briefing]
) -> tuple[StorySentence, ...]:
    candidates: list[tuple[str, StoryEvidence]] = []
    first = _first_sentence(briefings[rep])
    if first:
        candidates.append((first[0], StoryEvidence(briefings[rep].article.path, first[1])))
    for i in order:
        if i == rep:
            continue
        other = _first_sentence(briefings[i])
        if other:
            candidates.append((other[0], StoryEvidence(briefings[i].article.path, other[1])))
    if len(order) == 1:
        b = briefings[rep]
        candidates.extend(
            (item.text, StoryEvidence(b.article.path, item.evidence[0]))
            for item in b.summary[1:]
            if item.evidence
        )
    chosen: list[StorySentence] = []
    seen: list[set[str]] = []
    for text, evidence in candidates:
        cw = content_words(text)
        if len(text.split()) > MAX_SUMMARY_WORDS:
            continue
        if not cw or any(overlap(cw, s) >= NEAR_DUPLICATE for s in seen):
            continue
        chosen.append(StorySentence(text, evidence))
        seen.append(cw)
        if len(chosen) == SUMMARY_SENTENCES:
            break
    return tuple(chosen)


def group_stories(briefings: Sequence[Briefing]) -> StoryGroups:
    """Group the briefings into stories; every article lands in exactly one."""
    profiles = [_raw_features(b) for b in briefings]
    sims = _candidate_pairs(profiles, _weighted(profiles))
    groups = _average_linkage(len(briefings), sims)

    def latest(group: list[int]) -> int:
        dates = [briefings[i].article.date for i in group if briefings[i].article.date]
        return max(dates).toordinal() if dates else 0

    groups.sort(key=lambda g: (-len(g), -latest(g), min(_time_key(briefings[i]) for i in g)))
    stories = []
    members = []
    for number, group in enumerate(groups, start=1):
        order = sorted(group, key=lambda i: _time_key(briefings[i]))
        rep = _representative(group, sims, briefings)
        rb = briefings[rep]
        title = rb.article.title or (_first_sentence(rb) or (rb.article.path, 0))[0]
        stories.append(
            Story(
                id=f"s{number}",
                title=title,
                title_path=rb.article.path,
                articles=tuple(briefings[i].article.path for i in order),
                summary=_summary(order, rep, briefings),
            )
        )
        members.append(tuple(order))
    return StoryGroups(tuple(stories), tuple(members))
