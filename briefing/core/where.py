"""Where the lede's event happened: a place after "in"/"at", a dateline, or a place named.

Candidates are ranked by how much the text vouches for them: a known place (country, city,
region) or a described one ("the city of X") in the lede sentence first, then the dateline,
then the headline, then unknown capitalised places, then a known place merely mentioned.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.core.dates import find_dates
from briefing.core.lazy_regex import compile_lazily
from briefing.core.lexicons.places import DEMONYMS, place_name
from briefing.core.lexicons.time import MONTHS, WEEKDAYS
from briefing.core.lexicons.words import FUNCTION_WORDS, NOT_PLACES

# "in Geneva", "at the White House", "near Rafah".
_PLACE_PHRASE = compile_lazily(
    r"\b(?:in|at|near|outside)\s+(?P<p>(?:the\s+)?(?:[A-Z][\w’'\-]*)"
    r"(?:\s+(?:of|de|del|da)?\s?[A-Z][\w’'\-]*){0,4})"
)
# "in the northern Afghan city of Mazar-i-Sharif", "in the Detroit suburb of Sterling Heights".
_DESCRIBED_PLACE = compile_lazily(
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}?"
    r"(?:city|town|village|province|state|region|district|capital|suburb|county|port|borough)"
    r"\s+of\s+(?P<p>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})"
)
# The dash of a wire dateline inside scraped text: "Photo LONDON -- The peaks ...".
_DATELINE_DASH = compile_lazily(r"\s(?:--|—|–)\s")
_AGENCY = compile_lazily(r"\s*\([^)]{1,30}\)$")
_NEXT_WORD = compile_lazily(r"\s+([a-z][a-z\-]{2,})")
_WORD = compile_lazily(r"[^\W\d_][\w’'\-]*")
_NOT_PLACE_WORDS = frozenset(NOT_PLACES) | {w.capitalize() for w in (*MONTHS, *WEEKDAYS)}
# How early in the body a dateline may stand once page furniture has been scraped in front.
_DATELINE_WINDOW = 300

_LEDE_KNOWN, _DATELINE, _TITLE_KNOWN, _LEDE_OTHER, _TITLE_OTHER, _BODY, _MENTION = range(7)


def _known(words: Sequence[str]) -> bool:
    """Any run of one or two words is a known place: "the Sulawesi Sea", "South London"."""
    return any(place_name(" ".join(words[i:j])) for i in range(len(words)) for j in (i + 1, i + 2))


def _phrases(text: str) -> list[tuple[bool, str]]:
    """(known, phrase) for each place phrase in a sentence, in text order."""
    found: list[tuple[bool, str]] = [(True, m.group("p")) for m in _DESCRIBED_PLACE.finditer(text)]
    for m in _PLACE_PHRASE.finditer(text):
        phrase = m.group("p")
        bare = phrase.removeprefix("the ").strip()
        words = bare.split()
        if words[0] in _NOT_PLACE_WORDS or find_dates(bare):
            continue
        if words[-1] in DEMONYMS or (phrase.startswith("the ") and len(words) == 1):
            # "at the German consulate", "in the Detroit suburbs": the capitalised word only
            # qualifies the place, which is the noun after it.
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt is None or nxt.group(1) in FUNCTION_WORDS:
                continue
            phrase = f"{phrase} {nxt.group(1)}"
        found.append((_known(words), phrase))
    return found


def dateline(text: str) -> str | None:
    """The upper-case place a wire dateline gives ("LONDON --"), early in the text."""
    for m in _DATELINE_DASH.finditer(text, 0, _DATELINE_WINDOW):
        before = _AGENCY.sub("", text[: m.start()]).rstrip(" ,")
        # The place is the run of upper-case words right before the dash, page furniture
        # ("Photo", "Share") in front of it left out.
        words: list[str] = []
        for word in reversed(before.split()[-3:]):
            if not (word.isupper() and len(word.strip(".,")) > 2):
                break
            words.insert(0, word.strip(","))
        if words:
            return " ".join(w.capitalize() for w in words)
    return None


def lede_place(
    lede: str | None, title: str | None, opening: Sequence[str], dateline_place: str | None
) -> str | None:
    """The best-supported place for the lede's event, as written; None when nothing supports one.

    `lede` is the lede sentence (dateline stripped), `opening` the first body sentences.
    """
    ranked: list[tuple[int, int, str]] = []

    def add(rank: int, phrase: str) -> None:
        ranked.append((rank, len(ranked), phrase))

    for known, phrase in _phrases(lede or ""):
        add(_LEDE_KNOWN if known else _LEDE_OTHER, phrase)
    place = dateline_place or next((d for d in map(dateline, opening[:2]) if d), None)
    if place:
        add(_DATELINE, place)
    for known, phrase in _phrases(title or ""):
        add(_TITLE_KNOWN if known else _TITLE_OTHER, phrase)
    if not ranked:
        for sentence in opening[:4]:
            for _, phrase in _phrases(sentence):
                add(_BODY, phrase)
    if not ranked:
        # Last resort: a known place the headline or lede names at all ("UK-only change").
        for text in (title or "", lede or ""):
            for word in _WORD.findall(text):
                for part in word.split("-"):
                    if part[:1].isupper() and place_name(part):
                        add(_MENTION, part)
    return min(ranked)[2] if ranked else None
