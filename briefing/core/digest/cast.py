"""One cast for the folder: people and organisations across articles, merged by name and alias.

People are merged by family name when their given names agree (equal, or one an initial of
the other); a bare family name ("Sherman") joins the one person of that name the folder knows,
or the one named in the same article, and stays apart when it could be several. Organisations
merge when a name or capitalised alias matches. A lone capitalised word the actor rules took
for an organisation joins the one person with that family name, which is what it usually is.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefing.core.digest.context import is_context_organisation
from briefing.core.digest.text import fold, given_names, surname, words
from briefing.core.digest_model import CastMember, CastRole, Disagreement, StoryEvidence
from briefing.core.lexicons.people import GOVERNMENT_HEADS, ROLE_HEADS, ROLE_MODIFIERS
from briefing.core.model import Actor, Briefing

_HEADS = frozenset(w.lower() for w in ROLE_HEADS | GOVERNMENT_HEADS)
_ROLE_CUT = frozenset({"of", "for", "at", "to", "in", "on"})

# Words in front of a role that change the office, not just describe it: a deputy secretary is
# not the secretary. "elect" and "designate" follow the role ("President-elect").
_RANK_WORDS = frozenset(
    {"deputy", "vice", "acting", "interim", "former", "assistant", "associate", "shadow", "co"}
    | {"elect", "designate", "ex", "under", "junior", "senior"}
) & (ROLE_MODIFIERS | {"elect", "designate", "ex", "under"})


@dataclass(frozen=True)
class _Mention:
    actor: Actor
    article: int
    path: str
    story: str


def _compatible_given(a: Sequence[str], b: Sequence[str]) -> bool:
    if not a or not b:
        return True
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return x == y


def _person_groups(mentions: list[_Mention]) -> list[list[_Mention]]:
    by_surname: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        key = surname(m.actor.name)
        if key:
            by_surname[key].append(m)
    groups: list[list[_Mention]] = []
    for bucket in by_surname.values():
        named: list[list[_Mention]] = []
        bare: list[_Mention] = []
        for m in bucket:
            given = given_names(m.actor.name)
            if not given:
                bare.append(m)
                continue
            home = next(
                (
                    g
                    for g in named
                    if all(_compatible_given(given, given_names(o.actor.name)) for o in g)
                ),
                None,
            )
            if home is None:
                named.append([m])
            else:
                home.append(m)
        for m in bare:
            same_article = [g for g in named if any(o.article == m.article for o in g)]
            if len(same_article) == 1:
                same_article[0].append(m)
            elif len(named) == 1:
                named[0].append(m)
            else:
                # No full name, or several people could be meant: keep the bare name apart.
                loose = next((g for g in named if not given_names(g[0].actor.name)), None)
                if loose is None:
                    named.append([m])
                else:
                    loose.append(m)
        groups.extend(named)
    return groups


def _org_keys(actor: Actor) -> set[str]:
    keys = {" ".join(words(actor.name))}
    keys.update(" ".join(words(a)) for a in actor.aliases if a[:1].isupper())
    return {k for k in keys if k}


def _org_groups(mentions: list[_Mention]) -> list[list[_Mention]]:
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, m in enumerate(mentions):
        for key in sorted(_org_keys(m.actor)):
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    groups: dict[int, list[_Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[find(i)].append(m)
    return list(groups.values())


def _role_sentence(actor: Actor, role: str, b: Briefing) -> int:
    for i in actor.evidence:
        if 0 <= i < len(b.sentences) and fold(role) in fold(b.sentences[i].text):
            return i
    return actor.evidence[0] if actor.evidence else 0


# A folder repeats the same few roles thousands of times; comparing them pairwise must not
# re-read each one every time.
@lru_cache(maxsize=16384)
def _role_parts(role: str) -> tuple[str, frozenset[str]]:
    """The head of a role ("chief" in "police chief of Balkh province") and its rank words."""
    ws = words(role.replace("-", " "))
    for i, w in enumerate(ws):
        if w in _ROLE_CUT:
            ws = ws[:i]
            break
    heads = [w for w in ws if w in _HEADS]
    head = heads[-1] if heads else (ws[-1] if ws else "")
    return head, frozenset(ws) & _RANK_WORDS


def roles_agree(a: str, b: str) -> bool:
    """False only when two roles share a head but differ in rank ("deputy minister", "minister").

    Roles with different heads ("director", "chief") are usually two wordings of one post,
    so they are not called a disagreement: the digest says less rather than invent.
    """
    head_a, rank_a = _role_parts(a)
    head_b, rank_b = _role_parts(b)
    return head_a != head_b or rank_a == rank_b


def _member(
    group: list[_Mention], briefings: Sequence[Briefing], rank: Mapping[str, int]
) -> CastMember:
    names = Counter(m.actor.name for m in group)
    # The fullest name, then the most used, names the member.
    name = min(names, key=lambda n: (-len(words(n)), -len(n), -names[n], n))
    aliases = sorted(
        {n for n in names if n != name}
        | {a for m in group for a in m.actor.aliases if a[:1].isupper() and a != name}
    )
    roles = []
    evidence = []
    articles: list[str] = []
    for m in sorted(group, key=lambda m: m.article):
        b = briefings[m.article]
        if m.path not in articles:
            articles.append(m.path)
            evidence.append(StoryEvidence(m.path, m.actor.evidence[0] if m.actor.evidence else 0))
        if m.actor.role:
            roles.append(
                CastRole(
                    m.actor.role, StoryEvidence(m.path, _role_sentence(m.actor, m.actor.role, b))
                )
            )
    kind = "person" if any(m.actor.kind == "person" for m in group) else "organization"
    stories = sorted({m.story for m in group}, key=lambda s: rank.get(s, 0))
    return CastMember(
        name=name,
        kind=kind,
        aliases=tuple(aliases),
        roles=tuple(roles),
        articles=tuple(articles),
        stories=tuple(stories),
        evidence=tuple(evidence),
    )


@dataclass(frozen=True)
class Cast:
    """The cast, and which member each article's actor became, keyed by (path, actor name)."""

    members: tuple[CastMember, ...]
    member_of: Mapping[tuple[str, str], str]


def build_cast(briefings: Sequence[Briefing], story_of: Mapping[str, str]) -> Cast:
    """People and organisations across the folder, most widely reported first."""
    rank = {s: i for i, s in enumerate(dict.fromkeys(story_of.values()))}
    people: list[_Mention] = []
    orgs: list[_Mention] = []
    for i, b in enumerate(briefings):
        path = b.article.path
        for actor in b.actors:
            m = _Mention(actor, i, path, story_of.get(path, ""))
            if actor.kind == "person":
                people.append(m)
            elif actor.kind == "organization":
                orgs.append(m)
    person_groups = _person_groups(people)
    sole_person: dict[str, list[_Mention]] = {}
    counts = Counter(surname(g[0].actor.name) for g in person_groups)
    for g in person_groups:
        key = surname(g[0].actor.name)
        if key and counts[key] == 1:
            sole_person[key] = g
    kept_orgs = []
    for m in orgs:
        parts = words(m.actor.name)
        home = sole_person.get(parts[0]) if len(parts) == 1 and not m.actor.aliases else None
        if home is not None:
            home.append(m)
        else:
            kept_orgs.append(m)
    groups = person_groups + _org_groups(kept_orgs)
    members = []
    member_of: dict[tuple[str, str], str] = {}
    for g in groups:
        member = _member(g, briefings, rank)
        members.append(member)
        for m in g:
            member_of[(m.path, m.actor.name)] = member.name
    # Standing institutions and the agencies credited for photos are in every folder; the
    # people and organisations of the day's own stories come first.
    members.sort(
        key=lambda c: (
            c.kind == "organization" and is_context_organisation(c.name),
            -len(c.articles),
            c.kind != "person",
            fold(c.name),
        )
    )
    return Cast(tuple(members), member_of)


def role_disagreements(
    cast: Sequence[CastMember], names: Mapping[str, str]
) -> tuple[Disagreement, ...]:
    """One question per cast member whom two articles give different roles."""
    out = []
    for member in cast:
        for i, first in enumerate(member.roles):
            other = next(
                (
                    r
                    for r in member.roles[i + 1 :]
                    if r.evidence.path != first.evidence.path
                    and not roles_agree(first.role, r.role)
                ),
                None,
            )
            if other is None:
                continue
            a, b = first.evidence, other.evidence
            text = (
                f"{member.name}: {first.role} ({names[a.path]}, sentence {a.sentence}) "
                f"or {other.role} ({names[b.path]}, sentence {b.sentence})?"
            )
            stories = member.stories
            out.append(
                Disagreement(
                    kind="disagreement",
                    aspect="role",
                    text=text,
                    story=stories[0] if len(stories) == 1 else None,
                    evidence=(a, b),
                )
            )
            break
    return tuple(out)
