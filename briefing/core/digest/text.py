"""Word-level normalisation shared by the digest's rules: folding, tokens, name keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Set
from functools import lru_cache

from briefing.core.lexicons.people import HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES
from briefing.core.lexicons.words import FUNCTION_WORDS
from briefing.core.model import Sentence

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
# Words that say nothing about which event an article covers, beyond the function words.
_GENERIC = frozenset(
    """
    said says say told new news after over also more than about into just would could will
    year years day days week weeks time times people one two three four five first last
    report reports reported according live update updates video watch read
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    """.split()
)
_FOLDED_HONORIFICS = frozenset(w.lower().rstrip(".") for w in HONORIFICS)
_FOLDED_PARTICLES = frozenset(w.lower() for w in NAME_PARTICLES)
_FOLDED_SUFFIXES = frozenset(w.lower().rstrip(".") for w in NAME_SUFFIXES)


def fold(text: str) -> str:
    """Lower case without diacritics or typographic apostrophes: the form keys are built from."""
    text = text.replace("\u2019", "'")
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    """The folded words of `text`, possessive endings dropped."""
    return [w.removesuffix("'s") for w in _WORD.findall(fold(text))]


def stem(word: str) -> str:
    """A light plural and past-tense stem, enough to meet "talks" with "talk"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_words(text: str) -> set[str]:
    """Stemmed words of three letters or more that are neither function nor generic words."""
    out = set()
    for w in words(text):
        if len(w) < 3 or w.isdigit() or w in FUNCTION_WORDS or w in _GENERIC:
            continue
        out.add(stem(w))
    return out


def overlap(a: Set[str], b: Set[str]) -> float:
    """The share of the smaller set's words that the other shares (0 when either is empty)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def name_parts(name: str) -> list[str]:
    """The folded words of a personal name without honorifics or suffixes ("Dr", "Jr")."""
    parts = [w for w in words(name) if w.rstrip(".") not in _FOLDED_HONORIFICS]
    while parts and parts[-1] in _FOLDED_SUFFIXES:
        parts.pop()
    return parts


@lru_cache(maxsize=65536)
def surname(name: str) -> str | None:
    """The family-name key of a person: the last word, with particles such as "von der" kept."""
    parts = name_parts(name)
    if not parts:
        return None
    i = len(parts) - 1
    while i > 0 and parts[i - 1] in _FOLDED_PARTICLES:
        i -= 1
    return " ".join(parts[i:])


@lru_cache(maxsize=65536)
def given_names(name: str) -> tuple[str, ...]:
    """The words of a person's name before the family name."""
    parts = name_parts(name)
    key = surname(name)
    if key is None:
        return ()
    return tuple(parts[: len(parts) - len(key.split())])


# Characters a sentence must have before a longer one starting with it counts as its repeat.
MIN_REPEAT = 40


def lede(sentences: Iterable[Sentence], count: int) -> list[Sentence]:
    """The first `count` body sentences, each said once.

    Pages often repeat their standfirst as the first sentence of the text, sometimes with the
    page's share buttons run on ("... 8-7 Click to share on WhatsApp"): a sentence that
    repeats or extends an earlier one is the same sentence, not a new one.
    """
    out: list[Sentence] = []
    seen: list[str] = []
    for s in sentences:
        if s.kind == "title":
            continue
        key = " ".join(words(s.text))
        # A short sentence ("Police said.") may begin many others without being repeated.
        if key in seen or any(len(k) >= MIN_REPEAT and key.startswith(k) for k in seen):
            continue
        if key:
            seen.append(key)
        out.append(s)
        if len(out) == count:
            break
    return out
