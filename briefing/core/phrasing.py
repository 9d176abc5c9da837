"""A phrase lifted out of its sentence to stand inside a question."""

from __future__ import annotations

from briefing.core.lexicons.people import GROUP_NOUNS

# Who a sentence may open on, named by a plural noun its first letter capitalises.
_PEOPLE = GROUP_NOUNS | frozenset(
    "investigators inspectors detectives officers regulators auditors researchers scientists "
    "engineers experts doctors organisers organizers authorities".split()
)
_OPENERS = frozenset(("The", "A", "An", "Its", "Their", "His", "Her"))


def lower_opening(phrase: str) -> str:
    """The phrase with the capital its sentence's start gave it taken off: "The board",
    "Police", "Hospital managers", "Coastguard investigators" are common nouns; "Harbor
    Logistics" and "Ana Ruiz" are names and keep theirs."""
    phrase = phrase.strip()
    words = phrase.split()
    if not words:
        return phrase
    first = words[0]
    common = first.lower() in _PEOPLE or (len(words) > 1 and all(w.islower() for w in words[1:]))
    if first in _OPENERS or common:
        return first.lower() + phrase[len(first) :]
    return phrase
