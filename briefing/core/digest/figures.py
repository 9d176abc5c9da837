"""Counted facts in a sentence: how many dead, injured, arrested or missing, sums of money,
percentages and votes, each with the bound its wording puts on it ("at least seven").

Only a number tied to a measured noun is read ("seven people were killed", "killing at least
7", "death toll rose to 12", "$5 million", "52 per cent"); vague counts ("several", "dozens")
and parts of a count ("two of the dead") are not figures.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from briefing.core.lexicons.time import NUMBER_WORDS

# Measured nouns and the verbs that count them, by what they measure.
_CASUALTY_CUES: dict[str, str] = {
    **dict.fromkeys("dead died killed deaths death fatalities dying".split(), "dead"),
    **dict.fromkeys("injured wounded hurt injuries injuring wounding".split(), "injured"),
    **dict.fromkeys("missing".split(), "missing"),
    **dict.fromkeys("arrested arrests detained".split(), "arrested"),
    **dict.fromkeys("votes".split(), "votes"),
}
_COUNTING_VERBS: dict[str, str] = {
    **dict.fromkeys("killed killing kills".split(), "dead"),
    **dict.fromkeys("injured injuring wounded wounding".split(), "injured"),
    **dict.fromkeys("arrested arresting detained detaining".split(), "arrested"),
}
_LOWER = ("at least", "more than", "over", "upwards of", "no fewer than")
_UPPER = ("up to", "fewer than", "less than", "as many as", "no more than", "at most")
_ROUGH = ("about", "around", "nearly", "almost", "some", "approximately", "roughly", "an estimated")
_QUALIFIER = "|".join(sorted((*_LOWER, *_UPPER, *_ROUGH), key=len, reverse=True))
_SPELLED = {k: v for k, v in NUMBER_WORDS.items() if k not in {"a", "an", "few", "several"}} | {
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}
_NUM = r"\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(_SPELLED, key=len, reverse=True))
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "k": 1e3}
_COUNT = re.compile(
    rf"\b(?:(?P<q>{_QUALIFIER})\s+)?(?P<n>{_NUM})\b(?P<rest>(?:\s+[\w'-]+){{0,3}})",
    re.IGNORECASE,
)
_VERB_COUNT = re.compile(
    rf"\b(?P<v>{'|'.join(_COUNTING_VERBS)})\s+(?:(?P<q>{_QUALIFIER})\s+)?(?P<n>{_NUM})\b"
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|times?|of)\b)",
    re.IGNORECASE,
)
_TOLL = re.compile(
    # "The death toll from the bombing at the consulate rose to at least six": the count may
    # come many words after the noun, within the clause.
    rf"\bdeath toll\b(?:\s+[^\s.,;:]+){{0,16}}?\s+(?:to|at|of)\s+(?:(?P<q>{_QUALIFIER})\s+)?"
    rf"(?P<n>{_NUM})\b",
    re.IGNORECASE,
)
_MONEY = re.compile(
    rf"(?:(?P<q>{_QUALIFIER})\s+)?(?P<cur>[$£€¥])\s?(?P<n>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s?(?P<scale>million|billion|trillion|bn|m|k)\b)?",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"\b(?:(?P<q>{_QUALIFIER})\s+)?(?P<n>\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)", re.IGNORECASE
)
# Words between a number and its noun that keep them together ("seven people were killed").
_BRIDGE = frozenset(
    """
    people persons were was have has had been are is being reportedly confirmed others more
    civilians children men women passengers officers soldiers police policemen workers
    bystanders and now later so far believed feared thought
    """.split()
)


# Any of these in a sentence may start a figure; a sentence with none is skipped at once.
_MAY_COUNT = re.compile(
    r"dead|die|kill|death|fatal|injur|wound|hurt|missing|arrest|detain|votes|[$£€¥%]|per ?cent",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    """A counted fact: what is measured, the value as bounds, and the words that gave it."""

    measure: str
    low: float
    high: float
    phrase: str
    sentence: int


def _value(text: str) -> float | None:
    word = text.lower()
    if word in _SPELLED:
        return float(_SPELLED[word])
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


def _bounds(qualifier: str | None, value: float) -> tuple[float, float]:
    q = (qualifier or "").lower()
    if q in _LOWER:
        return value, math.inf
    if q in _UPPER:
        return 0.0, value
    if q in _ROUGH:
        return value * 0.9, value * 1.1
    return value, value


def _phrase(qualifier: str | None, number: str) -> str:
    return f"{qualifier} {number}" if qualifier else number


def _casualty_after(rest: str) -> str | None:
    for word in rest.lower().split():
        if word in _CASUALTY_CUES:
            return _CASUALTY_CUES[word]
        if word not in _BRIDGE:
            return None
    return None


def figures(text: str, sentence: int) -> list[Figure]:
    """The counted facts of one sentence, in the order they appear."""
    if not _MAY_COUNT.search(text):
        return []
    found: list[tuple[int, Figure]] = []
    taken: set[int] = set()

    def add(
        start: int,
        measure: str,
        q: str | None,
        n: str,
        written: str | None = None,
        *,
        scale: float = 1.0,
        at: int | None = None,
    ) -> None:
        # `start` is the number's offset, which no two readings may share; `at` orders the
        # figure when it starts elsewhere (a currency sign or qualifier before the number).
        value = _value(n)
        if value is None or start in taken:
            return
        taken.add(start)
        low, high = _bounds(q, value * scale)
        figure = Figure(measure, low, high, _phrase(q, written or n), sentence)
        found.append((start if at is None else at, figure))

    for m in _MONEY.finditer(text):
        scale = _SCALE.get((m.group("scale") or "").lower(), 1.0)
        written = m.group(0)[len(m.group("q") or "") :].strip()
        measure = "money " + m.group("cur")
        add(m.start("n"), measure, m.group("q"), m.group("n"), written, scale=scale, at=m.start())
    for m in _PERCENT.finditer(text):
        written = m.group(0)[len(m.group("q") or "") :].strip()
        add(m.start("n"), "percent", m.group("q"), m.group("n"), written)
    for m in _TOLL.finditer(text):
        add(m.start("n"), "dead", m.group("q"), m.group("n"))
    for m in _VERB_COUNT.finditer(text):
        add(m.start("n"), _COUNTING_VERBS[m.group("v").lower()], m.group("q"), m.group("n"))
    for m in _COUNT.finditer(text):
        rest = m.group("rest")
        if rest.lower().lstrip().startswith("of "):
            continue
        measure = _casualty_after(rest)
        if measure:
            add(m.start("n"), measure, m.group("q"), m.group("n"))
    found.sort(key=lambda pair: pair[0])
    return [f for _, f in found]
