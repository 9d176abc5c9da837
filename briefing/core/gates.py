"""Cheap tests that tell whether a pattern can match at all, so most sentences skip its regex.

A regex pass over a sentence costs microseconds; `in` on a string costs tens of nanoseconds. Each
extractor keeps its regex for the real match and runs it only when the plain words that the
regex cannot match without are present.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# The only letters outside ASCII that a case-insensitive regex takes for an ASCII letter, other
# than the Kelvin sign (which `str.lower` already turns into "k").
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def caseless(text: str) -> str:
    """The text lower-cased so that every case-insensitive match of a lower-case ASCII phrase
    is a plain substring of it."""
    if text.isascii() or not ("İ" in text or "ı" in text or "ſ" in text):
        return text.lower()
    return text.translate(_FOLD).lower()


# Runs of letters and digits: a word a pattern needs whole (after \b or a space) is one of them.
_WORD_TOKEN = re.compile(r"[^\W_]+")
# In ASCII, `[^\W_]` is exactly the letters and digits: every other byte becomes a space, and
# `str.split` then reads the same runs several times faster than the regex.
_ASCII_WORD_BYTES = bytes(c if chr(c).isalnum() and c < 128 else 32 for c in range(256))


@lru_cache(maxsize=256)
def word_sets(text: str) -> tuple[frozenset[str], frozenset[str]]:
    r"""The runs of letters and digits in the text (`[^\W_]+`), as written and lower-cased.

    Cached: the readers of open questions ask for the same sentence's words in turn."""
    if text.isascii():
        spaced = text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii")
        return frozenset(spaced.split()), frozenset(spaced.lower().split())
    words = frozenset(_WORD_TOKEN.findall(text))
    return words, frozenset(map(str.lower, words))


def has_any(text: str, words: Iterable[str]) -> bool:
    """Whether any of the words occurs in the text, as a plain substring."""
    # A plain loop: the `in` operator costs less than calling `text.__contains__` through `map`.
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The last word of each phrase: a text holding a phrase holds its last word, and a short
    list of these rules most texts out before the long list of phrases is tried."""
    return tuple(dict.fromkeys(p.split()[-1] for p in phrases))


def covering_keys(phrases: Iterable[str], keys: Iterable[str]) -> tuple[str, ...]:
    """The keys, plus every phrase that holds none of them: a text holding one of the phrases
    holds one of these, so a lexicon that grows never slips past its gate."""
    keys = tuple(keys)
    return (*keys, *(p for p in phrases if not any(k in p for k in keys)))
