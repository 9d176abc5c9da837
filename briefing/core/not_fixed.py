"""A date or a place the article says is not fixed yet, for an event it names.

"The match was pushed back, with no new date set", "rescheduled for a later date", "No
replacement fixture has been arranged", "will take place on a date yet to be fixed", "The
venue has not been confirmed", "venue TBC", "The host city has not yet been chosen". The event
is the first event word of the sentence before the phrase ("The concert is on September 22,
venue TBC") or, when the sentence has none, of the sentence before it ("The rematch ... has
been agreed for September 19. The venue has not been confirmed."). With no event word in
reach nothing is asked: the question could not say what it is about.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.core.gates import word_sets
from briefing.core.lazy_regex import compile_lazily
from briefing.core.lexicons.events import EVENT_NOUNS
from briefing.core.model import Question, Sentence

_SETTLED = r"(?:set|fixed|arranged|agreed|announced|confirmed|decided|scheduled|given|chosen)"
# The date left open.
_NO_DATE = compile_lazily(
    r"\b(?:with[ ]|but[ ])?[Nn]o[ ](?:(?:new|firm|fixed|replacement)[ ](?:date|fixture|kick-off|"
    r"match|game)|date)[ ](?:has[ ]|had[ ]|have[ ])?(?:yet[ ])?(?:been[ ])?"
    rf"(?:was[ ]|is[ ])?(?:yet[ ])?{_SETTLED}\b|"
    r"\b(?:for|to|until|at)[ ][\"“]?(?:a|an)[ ](?:later|future|unspecified|undetermined)[ ]date\b|"
    rf"\b(?:a|an)[ ](?:date|month|day|time)[ ](?:yet[ ]|still[ ])?to[ ]be[ ]{_SETTLED}\b|"
    rf"\b(?:the|a|its|their)[ ](?:new[ ])?date[ ](?:is|was|has|remains)[ ](?:yet|still)[ ]to[ ]"
    rf"be[ ]{_SETTLED}\b|"
    r"\b(?:postponed|put[ ]off|suspended|delayed)[ ]indefinitely\b|"
    r"\bdate[ ](?:TBC|TBA)\b"
)
_NO_DATE_WORDS = frozenset(("date", "fixture", "indefinitely", "kick", "game", "match", "month"))
# The place left open.
_PLACES = r"(?:venue|location|site|host[ ]city|host[ ]country|host[ ]nation)"
_NO_PLACE = compile_lazily(
    rf"\b(?:[Tt]he[ ]|[Aa][ ]|[Ii]ts[ ]|[Tt]heir[ ])?(?:exact[ ]|precise[ ]|final[ ])?{_PLACES}"
    r"(?:[ ](?:along|for|of|on)[ ][a-z ]{2,30}?)?[ ](?:has|had|have|is|was|remains)[ ]"
    r"(?:not[ ](?:yet[ ])?been|yet[ ]to[ ]be|still[ ]to[ ]be|not[ ]yet[ ]been|still[ ]not[ ]been|"
    r"been[ ]left)[ ](?:confirmed|announced|chosen|decided|named|fixed|selected|pinpointed|"
    r"identified|agreed|finalised|finalized|open)\b|"
    rf"\b(?:at|in)[ ]a[ ]{_PLACES}[ ](?:yet[ ]|still[ ])?to[ ]be[ ](?:confirmed|announced|"
    r"chosen|decided|named|fixed|agreed)\b|"
    rf"\b{_PLACES}[ ](?:TBC|TBA)\b|"
    rf"\bno[ ]{_PLACES}[ ](?:has[ ]been|had[ ]been|was|is)[ ](?:yet[ ])?{_SETTLED}\b"
)
_NO_PLACE_WORDS = frozenset(("venue", "location", "site", "host"))
# Words in the event lexicon that are not events when alone: "report" and "results" are
# things, "round" and "leg" parts of one.
_NOT_ALONE = frozenset(("report", "results", "round", "leg", "decision", "review", "campaign"))
_EVENTS = EVENT_NOUNS | frozenset(("concert", "rematch", "tie", "fight", "bout", "tour", "show"))
_EVENTS -= _NOT_ALONE


def not_fixed(sentences: Sequence[Sentence]) -> list[Question]:
    """An `incomplete` question for each event whose date or place the text says is open."""
    out: list[Question] = []
    for k, s in enumerate(sentences):
        if s.kind in ("title", "heading"):
            continue
        lower = word_sets(s.text)[1]
        date = _NO_DATE.search(s.text) if not lower.isdisjoint(_NO_DATE_WORDS) else None
        place = _NO_PLACE.search(s.text) if not lower.isdisjoint(_NO_PLACE_WORDS) else None
        found = date or place
        if found is None:
            continue
        event = _event_before(s.text[: found.start()])
        evidence: tuple[int, ...] = (s.index,)
        if event is None and k > 0 and sentences[k - 1].kind not in ("title", "heading"):
            # "The venue has not been confirmed": the event is the previous sentence's.
            event = _event_before(sentences[k - 1].text)
            evidence = (sentences[k - 1].index, s.index)
        if event is None:
            continue
        phrase = found.group(0).strip().replace('"', "").replace("“", "")
        if date is not None:
            text = f"When will the {event} take place (“{phrase}”)?"
        else:
            text = f"Where will the {event} be held (“{phrase}”)?"
        out.append(Question("incomplete", text, evidence))
    return out


_WORD = compile_lazily(r"[A-Za-z][a-z-]+")


def _event_before(text: str) -> str | None:
    """The first event word of the text, in lower case, the last of a run of them: "The
    Scottish Cup tie" is "tie"; a capital word that a name goes on after ("Festival Hall")
    is not one."""
    found: str | None = None
    for m in _WORD.finditer(text):
        word = m.group(0).lower()
        if word in _EVENTS and not _in_name(text, m.start(), m.end()):
            found = word  # "the cup final", "the Scottish Cup tie": the last of a run
            continue
        if found is not None:
            return found
    return found


def _in_name(text: str, start: int, end: int) -> bool:
    """A word inside a proper name that goes on after it ("Festival Hall", "Match Group")."""
    rest = text[end:].split(maxsplit=1)
    word = text[start:end]
    return word[:1].isupper() and bool(rest) and rest[0][:1].isupper()
