"""Organisation and product names read from the words around them.

"logistics group Vestholm", "the Borsa Istanbul stock exchange", "Gdańsk city council", "its
chatbot, Evelyn", "Members of the European Parliament". Each scan finds its lower-case cue with a
small pattern, then reads the capitalised words next to it in Python: a pattern carrying the full
class of capital letters costs a millisecond to compile, and these ran on every import.

Each scan gives what a left-to-right regular-expression scan for the cue and its capitalised words
gives: matches do not overlap, and the leftmost start wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.core.gates import has_any
from briefing.core.lexicons.organisations import (
    ORG_CUES,
    ORG_INTRODUCERS,
    ORG_TRAILERS,
    PERSON_INTRODUCERS,
)
from briefing.core.lexicons.people import NOT_NAME_WORDS
from briefing.core.names import ORG_CHUNK, cap_run_at, cap_run_before, cap_word_at

# Every introducing noun followed by a space, at every word boundary ("sub-group" gives
# "group"); a noun is one lower-case word, so only such words go in. The look-ahead for a
# letter lets the scan skip the other characters without trying the nouns.
_INTRODUCER = re.compile(
    r"(?=[a-z])\b(?=("
    + "|".join(sorted(w for w in ORG_INTRODUCERS if re.fullmatch(r"[a-z][a-z-]*", w)))
    + r") )"
)
_TRAILER_CUE = re.compile(r" (?:" + "|".join(ORG_TRAILERS) + r")\b")
_LOCAL_BODY_CUE = re.compile(
    r" ((?:city|town|county|municipal|regional|district|provincial|state) "
    r"(?:council|assembly|government|authority))\b"
)
_PRODUCT_BEFORE = re.compile(
    r"\b(?:its|their|the|his|her) (?:chatbot|app|product|brand|model|vaccine|drug|device|"
    r"phone|game|programme|show|series|film|album|book|software|platform|assistant), "
)
_PRODUCT_AFTER = re.compile(r" (?:app|chatbot|programme|show|stadium|arena)\b")
_MEMBERS = "Members of "


def introduced_names(text: str) -> Iterator[str]:
    """Names right after an introducing noun: "logistics group Vestholm" gives "Vestholm"; a
    noun that also describes a person introduces only a one-word name or one with a cue word."""
    last = 0
    for m in _INTRODUCER.finditer(text):
        if m.start() < last:
            continue
        words = cap_run_at(text, m.end(1) + 1)
        if len(words) > 1 and m.group(1) in PERSON_INTRODUCERS and ORG_CUES.isdisjoint(words):
            # "team-mate and rival Nico Rosberg": a full name after such a noun is a person's.
            continue
        if words:
            name = " ".join(words)
            last = m.end(1) + 1 + len(name)
            yield name


def trailed_names(text: str) -> Iterator[str]:
    """Names right before a trailing noun: "the Borsa Istanbul stock exchange"."""
    last = 0
    for cue in _TRAILER_CUE.finditer(text):
        start = cap_run_before(text, cue.start(), last)
        if start is not None:
            last = cue.end()
            yield text[start : cue.start()]


def local_bodies(text: str) -> Iterator[tuple[str, str]]:
    """(place, body) for "Gdańsk city council": one capitalised word, then the body."""
    last = 0
    for cue in _LOCAL_BODY_CUE.finditer(text):
        start = cap_run_before(text, cue.start(), last, limit=1, boundary=False)
        if start is not None:
            last = cue.end()
            yield text[start : cue.start()], cue.group(1)


def product_names(text: str) -> list[str]:
    """Names of products: "its chatbot, Evelyn", "the Vestholm Go app"."""
    names: list[str] = []
    last = 0
    while True:
        found = [f for f in (_product_after_cue(text, last), _product_before_cue(text, last)) if f]
        if not found:
            return names
        _, last, name = min(found)
        names.append(name)


def _product_after_cue(text: str, last: int) -> tuple[int, int, str] | None:
    for cue in _PRODUCT_BEFORE.finditer(text, last):
        word = cap_word_at(text, cue.end())
        if word:
            return cue.start(), cue.end() + len(word), word
    return None


def _product_before_cue(text: str, last: int) -> tuple[int, int, str] | None:
    for cue in _PRODUCT_AFTER.finditer(text, last):
        start = cap_run_before(text, cue.start(), last, limit=2, boundary=False)
        if start is not None:
            return start, cue.end(), text[start : cue.start()]
    return None


def _trim_time(name: str) -> str:
    """Drop a day or month the chunk ran on into ("European Parliament on Tuesday")."""
    words = name.split()
    while len(words) > 1 and words[-1] in NOT_NAME_WORDS:
        words.pop()
        if words[-1].islower():
            words.pop()
    return " ".join(words)


def members_of(text: str) -> Iterator[tuple[str, str]]:
    """("Members of the European Parliament", "European Parliament") for each such phrase."""
    at = text.find(_MEMBERS)
    while at != -1:
        end = at + 1
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            body_at = at + len(_MEMBERS)
            if text.startswith("the ", body_at) and cap_word_at(text, body_at + 4):
                body_at += 4
            # The whole name, joining words and all: "the Harbour and Logistics Workers' Union".
            chunk = ORG_CHUNK.match(text, body_at)
            body = _trim_time(chunk.group(0)) if chunk else ""
            if body:
                end = body_at + len(body)
                yield text[at:end], body
        at = text.find(_MEMBERS, end)


_SPOKESPERSON = r"\bspokes(?:man|woman|person) (?:for|at) (?:the )?"
_SPOKESPERSON_FOR = re.compile(_SPOKESPERSON + r"(?=[^\W\d_])")
_SPOKESPERSON_BEFORE = re.compile(_SPOKESPERSON + "$")


def after_spokesperson(text: str, pos: int) -> bool:
    """Whether "a spokeswoman for (the)" stands right before `pos`: the name there is the
    body she speaks for, and her words are not its own."""
    return _SPOKESPERSON_BEFORE.search(text, max(0, pos - 30), pos) is not None


# Only a company has shares, a takeover or a stake: "shares in Brakel Mobility", "the
# takeover of Sunhe Cycles"; and an acronym set off after an agency's noun is its name
# ("Indonesia's food and drug agency, BPOM,").
_TRADED = re.compile(
    r"\b(?:[Ss]hares (?:in|of)|[Ss]take in|[Tt]akeover of|[Aa]cquisition of|bid for|"
    r"merger with|"
    r"(?:agency|regulator|authority|watchdog|ministry|union|company|group|firm),) (?:the )?"
    r"(?=[^\W\d_])"
)


# A plain substring of each alternative of `_TRADED`: most sentences hold none.
_TRADED_WORDS = (
    "hares ",
    "take in",
    "akeover of",
    "cquisition of",
    "bid for",
    "merger with",
    "agency,",
    "regulator,",
    "authority,",
    "watchdog,",
    "ministry,",
    "union,",
    "company,",
    "group,",
    "firm,",
)


def traded_names(text: str) -> Iterator[str]:
    """Bodies named where only a body can stand: shares, stakes, takeovers, an agency's
    acronym."""
    if not has_any(text, _TRADED_WORDS):
        return
    for cue in _TRADED.finditer(text):
        chunk = ORG_CHUNK.match(text, cue.end())
        if chunk:
            name = _trim_time(chunk.group(0))
            if len(name.split()) <= 6:
                yield name


def spoken_for(text: str) -> Iterator[str]:
    """The body in "a spokeswoman for Mondelez International": only a body has one."""
    for cue in _SPOKESPERSON_FOR.finditer(text):
        chunk = ORG_CHUNK.match(text, cue.end())
        if chunk:
            name = _trim_time(chunk.group(0))
            if len(name.split()) <= 6:
                yield name


# Only a body is described by these after its name, or named after them: "Vattenfall, the
# Swedish utility,", "the carrier, Pacific Sky,", "Kestrel Mining shares jumped", "Polgaz's
# board", "the merger between Enervia and Polgaz". A noun that describes a person too (owner,
# rival, investor) does not count.
_BODY_NOUNS = "|".join(sorted(ORG_INTRODUCERS - PERSON_INTRODUCERS))
_DESCRIBED_AFTER = re.compile(
    rf", (?:the|a|an) (?:(?!(?:of|for|at|in|with|to|from|and|or) )[\w-]+ ){{0,3}}?"
    rf"(?:{_BODY_NOUNS})(?:,| that| which| based| whose|\.|$)"
)
_DESCRIBED_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]+['’]s) (?:[a-z-]+ )?(?:{_BODY_NOUNS}|chamber), "
    r"(?=[^\W\d_])|"
    # "Poland's lower house of parliament, the Sejm,".
    r"\b(?:parliament|legislature|chamber|upper house|lower house), (?:the )?(?=[A-Z])"
)
_BODY_PARTS = re.compile(
    r"(?: shares| stock|['’]s (?:shares|board|shareholders|chief executive|headquarters|"
    r"subsidiary|parent company|share price|market value|creditors))"
    r"(?: (?:rose|fell|jumped|slumped|gained|dropped|climbed|tumbled|plunged|surged|sank|"
    r"soared|slid|were|have|had|met|voted|approved|rejected|said))?(?![\w-])"
)
_BETWEEN = re.compile(r"\b(?:merger|tie-up|joint venture) (?:between|of) (?=[^\W\d_])")
# "Analysts at Morgan Stanley": people who work at a body, named by their plural.
_STAFF_AT = re.compile(
    r"\b(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers|[Ee]ngineers|[Ee]mployees|"
    r"[Ww]orkers|[Tt]raders|[Ll]awyers|[Ss]cientists|[Ee]xecutives|[Ss]taff) (?:at|from) (?=[A-Z])"
)
_STAFF_WORDS = frozenset(
    "analysts economists strategists researchers engineers employees workers traders lawyers "
    "scientists executives staff".split()
)
# The lower-case words each scan cannot match without: most sentences hold none of them.
_BODY_NOUN_WORDS = frozenset(ORG_INTRODUCERS - PERSON_INTRODUCERS) | {
    "parliament",
    "legislature",
    "chamber",
    "house",
}
_PART_WORDS = frozenset(
    "shares stock board shareholders executive headquarters subsidiary company price value "
    "creditors".split()
)
_BETWEEN_WORDS = frozenset(("merger", "tie", "venture"))


def described_bodies(text: str, words: frozenset[str]) -> Iterator[str]:
    """Names the words around them describe as bodies (see `_DESCRIBED_AFTER` and its kin).
    `words` are the text's runs of letters in lower case, to skip the scans that cannot match."""
    for name in _described(text, words):
        words = name.split()
        while words and words[0] in NOT_NAME_WORDS:
            words = words[1:]
        if words:
            yield " ".join(words)


def _described(text: str, lower: frozenset[str]) -> Iterator[str]:
    if ", " in text and not _BODY_NOUN_WORDS.isdisjoint(lower):
        for cue in _DESCRIBED_AFTER.finditer(text):
            start = cap_run_before(text, cue.start(), limit=5)
            if start is not None:
                yield text[start : cue.start()]
        for cue in _DESCRIBED_BEFORE.finditer(text):
            words = cap_run_at(text, cue.end(), limit=5)
            if words and text.startswith((",", "."), cue.end() + len(" ".join(words))):
                yield " ".join(words)
    if not _PART_WORDS.isdisjoint(lower):
        for cue in _BODY_PARTS.finditer(text):
            start = cap_run_before(text, cue.start(), limit=5)
            if start is not None:
                yield text[start : cue.start()]
    if not _STAFF_WORDS.isdisjoint(lower):
        for cue in _STAFF_AT.finditer(text):
            words = cap_run_at(text, cue.end(), limit=5)
            if words:
                yield " ".join(words)
    if _BETWEEN_WORDS.isdisjoint(lower):
        return
    for cue in _BETWEEN.finditer(text):
        first = cap_run_at(text, cue.end(), limit=5)
        if not first:
            continue
        yield " ".join(first)
        rest = cue.end() + len(" ".join(first))
        if text.startswith(" and ", rest):
            second = cap_run_at(text, rest + 5, limit=5)
            if second:
                yield " ".join(second)
