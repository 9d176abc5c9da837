"""Direct quotes in a sentence, and the phrase that names who spoke them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|stated|states|announced|declared|insisted|warned|"
    "explained|argued|noted|wrote|writes|tweeted|posted|replied|responded|asked|stressed|"
    "emphasized|emphasised|acknowledged|admitted|claimed|confirmed|continued|recalled|"
    "urged|cautioned|conceded|observed|remarked|commented|told reporters"
)
_VERB = rf"(?:{SPEECH_VERBS})"
# After a quote: ", Sherman said on Twitter" / ", said Dewi Kusumawardani, Indonesia's ...".
_SPEAKER_THEN_VERB = re.compile(rf"^[\s,.!?;:—–-]*([^“”\"‘’]{{1,120}}?)\s{_VERB}\b")
_VERB_THEN_SPEAKER = re.compile(rf"^[\s,.!?;:—–-]*{_VERB}\s+([^,.;“”\"‘’]{{1,120}})")
# Before a quote: "Sherman emphasized ... “" / "Kjærgaard said: “": the subject is up to 120
# characters with no quote mark, comma or semicolon, right before a speech verb.
_SPACE_VERB = re.compile(rf"\s{_VERB}\b")
_APPOSITIVE_NAME = re.compile(
    r",\s(?:the\s|a\s|an\s)?(?:[a-z-]+\s){0,3}([A-ZÀ-Þ][^\s,.;“”\"]+(?:\s[A-ZÀ-Þa-z][^\s,.;“”\"]+){0,3})"
)
_NOT_IN_SUBJECT = re.compile('[“”"‘’,;]')
_MAX_SUBJECT = 120
MAX_QUOTE = 1500
_OPENER = re.compile("[“\"‘']")


@dataclass(frozen=True)
class QuoteSpan:
    """A quote in a sentence: offsets of its marks and its text without them."""

    start: int
    end: int
    text: str


def _closing_single(text: str, i: int) -> bool:
    # A right single mark closes a quote, not an apostrophe, when no letter follows it.
    return i + 1 >= len(text) or not text[i + 1].isalpha()


def _opens_straight_single(text: str, i: int) -> bool:
    """A straight single mark opens a quote ('This is ...,' said X) after a space or the
    start, before a letter: "don't" and "the members' union" have a letter before it."""
    before_ok = i == 0 or text[i - 1] in " \t([—–-"
    return before_ok and i + 1 < len(text) and text[i + 1].isalpha()


def _straight_single_close(text: str, i: int) -> int:
    """Where a straight single quote closes: a mark after the quote's own punctuation
    ("...environment,'") or before a stop ("'a drop in the ocean'."), never one between
    letters ("company's")."""
    j = text.find("'", i + 1, i + MAX_QUOTE)
    loose = -1  # a mark after a letter and before a space: a close, or "members' union"
    while j != -1:
        after = text[j + 1 : j + 2]
        if text[j - 1] in ".,!?" and not after.isalpha():
            return j
        if after in (".", ",", ";", ":", "!", "?", "") and text[j - 1].isalpha():
            return j
        if text[j - 1].isalpha() and after == " " and loose == -1:
            loose = j
        elif _opens_straight_single(text, j):
            # Another quote opens ("'fantastic' and ... 'great chemistry'"): this one closed
            # at the loose mark before it, or cannot be told apart.
            return loose
        j = text.find("'", j + 1, i + MAX_QUOTE)
    return -1


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted passage in straight or curly double quotes, or single quotes."""
    spans: list[QuoteSpan] = []
    i = 0
    while True:
        # Jump to the next opening mark: a character loop is slow on long paragraphs.
        opener = _OPENER.search(text, i)
        if opener is None:
            break
        i = opener.start()
        ch = text[i]
        close: int = -1
        if ch == "“":
            close = text.find("”", i + 1, i + MAX_QUOTE)
        elif ch == '"':
            close = text.find('"', i + 1, i + MAX_QUOTE)
        elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
            j = text.find("’", i + 1, i + MAX_QUOTE)
            while j != -1 and not _closing_single(text, j):
                j = text.find("’", j + 1, i + MAX_QUOTE)
            close = j
        elif ch == "'" and _opens_straight_single(text, i):
            close = _straight_single_close(text, i)
        if close > i:
            inner = text[i + 1 : close].strip()
            if inner:
                spans.append(QuoteSpan(i, close + 1, inner))
            i = close + 1
            continue
        i += 1
    return spans


def speaker_after(text: str) -> str | None:
    """The speaker phrase in the text right after a quote, if it names one."""
    m = _VERB_THEN_SPEAKER.match(text)
    if m:
        phrase = m.group(1).strip()
        words = phrase.split()
        # "said Coop Norden's chief executive, Lina Berg": a role, then the name.
        role_first = bool(words) and words[-1].islower() and ("'s" in phrase or "’s" in phrase)
        if not any(w[:1].isupper() for w in words) or role_first:
            # "said her former student, the architect Péter Horváth": the name follows.
            named = _APPOSITIVE_NAME.match(text, m.end())
            if named:
                return named.group(1).strip()
        return phrase
    m = _SPEAKER_THEN_VERB.match(text)
    if m:
        return m.group(1).strip()
    return None


def speaker_before(text: str) -> str | None:
    """The subject of the last speech verb before a quote ("Sherman emphasized ...").

    Reads the text as a left-to-right scan for "subject verb" would, without trying every start:
    each subject starts after the previous match, the last stop character and 120 characters
    back from its verb, whichever is latest.
    """
    subject = None
    pos = 0
    stops = [m.start() for m in _NOT_IN_SUBJECT.finditer(text)]
    for verb in _SPACE_VERB.finditer(text):
        stop = _last_before(stops, verb.start())
        start = max(pos, verb.start() - _MAX_SUBJECT, stop + 1)
        if stop >= 0 and not text[start : verb.start()].strip() and text[stop] == ",":
            # "Ngozi Okonjo-Iweala, the chief executive, said: “": a subject and its
            # appositive stand between the two stops before that comma.
            found = _subject_before_appositive(text, stops, stop, max(pos, verb.start() - 160))
            if found:
                subject = found
                pos = verb.end()
        elif start < verb.start():
            subject = text[start : verb.start()]
            pos = verb.end()
    return subject.strip() if subject is not None else None


_PARTICLES = frozenset("van von der de da dos bin al el la le du".split())


def _subject_before_appositive(text: str, stops: list[int], stop: int, floor: int) -> str | None:
    """In "A, B, said", the speaker: A when it names someone ("Ngozi Okonjo-Iweala, the
    chief executive,"), else B ("The company's chief executive, Ngozi Okonjo-Iweala,"); a
    relative clause ("Zobrist, who helped the Royals,") is never the speaker."""
    inner = _last_before(stops, stop)
    if inner < floor:
        return None
    appositive = text[inner + 1 : stop].strip()
    outer = max(_last_before(stops, inner), floor - 1)
    head = text[outer + 1 : inner].split()[-6:]
    names = appositive.split()
    if (
        head
        and head[-1].islower()
        and 0 < len(names) <= 4
        and all(w[:1].isupper() or w in _PARTICLES for w in names)
    ):
        # "The European Union's lead negotiator, Jacob Werksman,": the role comes first, the
        # name in the commas is the speaker.
        return appositive
    if any(w[:1].isupper() and w not in _DETERMINERS for w in head):
        return " ".join(head)
    if appositive and appositive.split()[0] not in {"who", "which", "whose", "whom"}:
        return appositive
    return None


_DETERMINERS = frozenset("The A An His Her Its Their Our My This That".split())


def _last_before(positions: list[int], end: int) -> int:
    """The last of the sorted positions before end, or -1."""
    i = bisect.bisect_left(positions, end)
    return positions[i - 1] if i else -1


def mask_quotes(text: str, spans: list[QuoteSpan]) -> str:
    """The text with quoted words blanked out, offsets unchanged."""
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for q in spans:
        parts.append(text[last : q.start + 1])
        parts.append(" " * (q.end - q.start - 2))
        last = q.end - 1
    parts.append(text[last:])
    return "".join(parts)
