"""The lede (who, what, when, where) and the sentences that carry the story.

The lede is read off the headline and the first real sentence of the body, the way news is
written: the subject of the lede sentence is the who, its predicate the what, its first date
the when, and the dateline or the first place after "in"/"at" the where.

Key sentences are scored, not taken from the top: a sentence earns weight for its position,
for naming the article's main actors, for sharing words with the headline, for carrying a
scheduled event or an open question, and for numbers; quotes and fragments lose weight.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.core.dates import DateMention, SentenceDates, find_dates
from briefing.core.gates import has_any
from briefing.core.lazy_regex import compile_lazily
from briefing.core.lexicons.places import place_name
from briefing.core.lexicons.words import (
    AUXILIARIES,
    FUNCTION_WORDS,
    REPORTING_VERBS,
    SUBJECT_STOP_WORDS,
)
from briefing.core.model import (
    Actor,
    AgendaItem,
    Lede,
    Question,
    Sentence,
    SummaryItem,
)
from briefing.core.where import lede_place

# "KUALA LUMPUR — ", "GDAŃSK (Reuters) - ": an upper-case place opening the first paragraph.
# Letters are matched broadly and the upper case checked in code: regex has no Unicode \p{Lu}.
_DATELINE = compile_lazily(
    r"^(?P<place>[^\W\d_](?:[^\W\d_]|['’.\- ]){1,40}?)"
    # "KUALA LUMPUR —", "PORTLAND, Maine —", "BONN, 11 June 2026 —", "OSLO, Oct. 14, 2026 —".
    r"(?:,\s*[A-Z][A-Za-z. ]{1,20}|,\s*\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}"
    r"|,\s*[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})?"
    r"\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+"
)
_WORD = compile_lazily(r"[\w’'.\-]+")
# The words of `_WORD` longer than three characters: a shorter run never matches, so the short
# words are never built only to be dropped.
_LONG_WORD = compile_lazily(r"[\w’'.\-]{4,}")
_QUOTE_OPEN = "\"“‘'"
_LEADING_ADVERBIAL = compile_lazily(
    r"^(?:(?:on|in|at|by|after|before|during|late|early|last|this|with)\b[^,]{0,40},\s*)",
    re.IGNORECASE,
)
# A headline that opens on a quote: "“We will not be blackmailed”: Ghana rejects terms".
_HEADLINE_QUOTE = compile_lazily(r"^[“\"‘'][^”\"’]{3,120}[”\"’']?[:—–-]\s+")
# ", Health Minister Declan Furlong announced on Wednesday." closing a lede: the attribution.
_TRAILING_ATTRIBUTION = compile_lazily(
    r",\s+[^,]{1,80}?\s+(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b[^,]{0,40}$"
)
_MAX_SUMMARY = 4
_EVENT_DATE_KINDS = ("absolute", "weekday", "day_word")
# "at around 6am", "at 11.30 p.m.": a time of day is a `when` too.
_TIME_OF_DAY = compile_lazily(
    r"\b(?:at\s+)?(?:around\s+|about\s+)?\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)",
    re.IGNORECASE,
)


def _body(sentences: Sequence[Sentence]) -> list[Sentence]:
    return [s for s in sentences if s.kind in ("paragraph", "list_item")]


def _lede_sentence(body: Sequence[Sentence]) -> Sentence | None:
    """The first body sentence that states something: not a quote, not a fragment."""
    for s in body[:6]:
        text, _ = _strip_dateline(s.text)
        if text[:1] in _QUOTE_OPEN or len(text.split()) < 6:
            continue
        return s
    return body[0] if body else None


def _strip_dateline(text: str) -> tuple[str, str | None]:
    m = _DATELINE.match(text)
    if not m or not m.group("place").isupper():
        return text, None
    place = " ".join(w.capitalize() for w in m.group("place").strip().split())
    return text[m.end() :], place


_WH_OPENERS = frozenset("what who why how where when which".split())


def _split_subject(text: str, headline: bool = False) -> tuple[str, str] | None:
    """Split a clause at its first verb: (subject, predicate). None when no verb is found.

    Headlines drop auxiliaries ("Ajax sign ...", "Trump meets ..."), so there a lower-case
    word ending in -s right after a capitalised subject also counts as the verb.
    """
    text = _LEADING_ADVERBIAL.sub("", text)
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        if i == 0:
            continue
        w = m.group(0)
        low = w.lower()
        if not w[0].islower():
            continue
        if low == "to" and not (headline and i <= 4):
            # Only a headline's "X to buy Y" uses "to" as its verb.
            continue
        is_verb = (
            low in AUXILIARIES
            or low in REPORTING_VERBS
            or (
                low.endswith("ed")
                and len(low) > 3
                and words[i - 1].group(0).lower() not in FUNCTION_WORDS
            )
            or (
                headline
                and low.endswith("s")
                and not low.endswith("ss")
                and words[i - 1].group(0)[0].isupper()
                and i <= 4
            )
        )
        if low in SUBJECT_STOP_WORDS:
            return None
        first = words[0].group(0)
        if is_verb and i == 1 and first.lower() in _WH_OPENERS and not first.isupper():
            return None  # "What to expect at the summit": a question for a headline, no subject
        if is_verb:
            start = m.start()
            # "Kenyan sprinter provisionally suspended": the adverb goes with the verb.
            while (
                i > 1 and words[i - 1].group(0).endswith("ly") and words[i - 1].group(0).islower()
            ):
                i -= 1
                start = words[i].start()
            subject = _drop_dates(text[:start]).strip(" ,")
            if not subject or len(subject.split()) > 10:
                return None
            return subject, text[start:]
    return None


def _drop_dates(text: str) -> str:
    """`Members of the European Parliament on Tuesday` -> `Members of the European Parliament`."""
    for d in reversed(find_dates(text)):
        text = text[: d.start] + text[d.end :]
    return " ".join(text.split())


def _main_clause(text: str) -> str:
    """The sentence without trailing subordinate clauses and attribution."""
    text = text.strip().rstrip(".")
    for cut in (", after ", ", as ", ", according to ", ", which ", " — ", "; "):
        i = text.find(cut)
        if i > 12:
            text = text[:i]
    return _TRAILING_ATTRIBUTION.sub("", text)


def _trim_predicate(pred: str, max_words: int = 16) -> str:
    """A predicate short enough to read at a glance."""
    words = pred.split()
    if len(words) > max_words:
        pred = " ".join(words[:max_words]) + " …"
    return pred.strip(" ,")


def _actor_positions(text: str, actors: Sequence[Actor]) -> list[tuple[int, Actor]]:
    found: list[tuple[int, Actor]] = []
    for a in actors:
        for name in (a.name, *a.aliases):
            if len(name) < 2:
                continue
            i = text.find(name)
            if i >= 0:
                found.append((i, a))
                break
    found.sort(key=lambda p: p[0])
    return found


def _named(phrase: str, actors: Sequence[Actor]) -> bool:
    """True when a phrase names someone: a known actor or place, or a capitalised inner word."""
    words = phrase.split()
    if any(w[:1].isupper() for w in words[1:]) or place_name(phrase):
        return True
    return any(n in phrase for a in actors for n in (a.name, *a.aliases) if len(n) > 1)


def _lede(
    sentences: Sequence[Sentence],
    body: Sequence[Sentence],
    lead: Sentence | None,
    actors: Sequence[Actor],
    dates: SentenceDates | None = None,
) -> Lede:
    title = next((s for s in sentences if s.kind == "title"), None)
    if lead is None and title is None:
        return Lede()
    evidence: list[int] = []
    who = what = when = None
    lede_text: str | None = None
    dateline: str | None = None
    if lead is not None:
        evidence.append(lead.index)
        text, dateline = _strip_dateline(lead.text)
        lede_text = text
        split = _split_subject(_main_clause(text))
        if split:
            who, what = split[0], _trim_predicate(split[1])
        known = dates.get(lead.index) if dates is not None and dateline is None else None
        when = _event_date(text, known=known)
    if body and dateline is None:
        # The dateline opens the first paragraph even when the lede sentence is a later one.
        dateline = _strip_dateline(body[0].text)[1]
    if title is not None:
        evidence.insert(0, title.index)
        # A headline states the event in the fewest words: its predicate is the best `what`.
        tsplit = _split_subject(_HEADLINE_QUOTE.sub("", title.text), headline=True)
        if tsplit and len(tsplit[0].split()) <= 6 and len(tsplit[1].split()) >= 3:
            if who is None or (not _named(who, actors) and _named(tsplit[0], actors)):
                who = tsplit[0]
            what = _trim_predicate(_main_clause(tsplit[1]))
        elif what is None:
            what = title.text
    if who is None and actors:
        scope = " ".join(sentences[i].text for i in evidence)
        positions = _actor_positions(scope, actors)
        if positions:
            who = positions[0][1].name
    if when is None:
        for s in body[:8]:
            known = dates.get(s.index) if dates is not None else None
            when = _event_date(s.text, exact_only=True, known=known)
            if when:
                if s.index not in evidence:
                    evidence.append(s.index)
                break
    return Lede(
        who=who,
        what=what,
        when=when,
        where=lede_place(
            lede_text, title.text if title else None, [s.text for s in body[:4]], dateline
        ),
        evidence=tuple(evidence),
    )


def _event_date(
    text: str, exact_only: bool = False, known: Sequence[DateMention] | None = None
) -> str | None:
    """The date (or time of day) a sentence gives its event, as written; `known` are the text's
    date mentions when already found (only their words and kinds are read, which no anchor
    changes)."""
    dates = find_dates(text) if known is None else known
    exact = [d for d in dates if d.kind in _EVENT_DATE_KINDS]
    if exact:
        return exact[0].text
    clock = _TIME_OF_DAY.search(text)
    if clock:
        return clock.group(0)
    if dates and not exact_only:
        return dates[0].text
    return None


def _content_words(text: str) -> set[str]:
    lower = text.lower()
    # Where lower-casing maps each character to one character (no "İ"), and alone (no capital
    # sigma, whose small form depends on the next word), the text is lowered once, not per word.
    if len(lower) == len(text) and "Σ" not in text:
        return {w.strip(".’'") for w in set(_LONG_WORD.findall(lower)) - FUNCTION_WORDS}
    return {
        w.lower().strip(".’'") for w in _LONG_WORD.findall(text) if w.lower() not in FUNCTION_WORDS
    }


class _WordsOnce:
    """Each sentence's content words, found once: scoring and the near-copy test both read them."""

    def __init__(self) -> None:
        self._by_text: dict[str, set[str]] = {}

    def __call__(self, text: str) -> set[str]:
        words = self._by_text.get(text)
        if words is None:
            words = self._by_text[text] = _content_words(text)
        return words


def _shared_words(text: str, title_words: set[str], words_of: _WordsOnce) -> int:
    """How many of the headline's content words a sentence uses."""
    lower = text.lower()
    if len(lower) == len(text) and "Σ" not in text and not has_any(lower, title_words):
        return 0  # not even as substrings: no need to split the sentence into words
    return len(words_of(text) & title_words)


def _has_digit(text: str) -> bool:
    # Ten substring tests cost a third of one `\d` search; `str.isdigit` takes every other digit
    # (superscripts and such too), outside ASCII only.
    if has_any(text, string.digits):
        return True
    return not text.isascii() and any(map(str.isdigit, text))


@dataclass(frozen=True)
class _Signals:
    """What the rest of the briefing says about the article, for weighing its sentences."""

    title_words: set[str]
    top_actor_names: Sequence[tuple[str, ...]]
    lede_index: int | None
    events: set[int]
    questions: set[int]
    topics: set[int]


def _score(s: Sentence, rank: int, signals: _Signals, words_of: _WordsOnce) -> float:
    words = s.text.split()
    score = 3.0 / (1 + 0.5 * rank) + (1.0 if s.index == signals.lede_index else 0.0)
    if signals.title_words:
        overlap = _shared_words(s.text, signals.title_words, words_of) / len(signals.title_words)
        score += 2.0 * overlap
    score += 0.6 * sum(has_any(s.text, names) for names in signals.top_actor_names)
    if s.index in signals.events:
        score += 1.6
    if s.index in signals.questions:
        score += 1.2
    if s.index in signals.topics:
        score += 1.0
    if _has_digit(s.text):
        score += 0.3
    if s.text[:1] in _QUOTE_OPEN:
        # A quote is a voice, not a fact of the story: the facts around it carry the summary.
        score -= 2.0
    if len(words) < 7:
        score -= 1.5
    elif len(words) > 55:
        score -= 1.0
    if s.kind == "list_item":
        score -= 0.8
    if s.text.endswith(":"):
        # A lead-in to a list carries nothing by itself.
        score -= 3.0
    return score


def summarize(
    sentences: Sequence[Sentence],
    actors: Sequence[Actor],
    agenda: Sequence[AgendaItem],
    questions: Sequence[Question] = (),
    dates: SentenceDates | None = None,
) -> tuple[Lede, tuple[SummaryItem, ...]]:
    """The lede and the 2-4 sentences that carry the story, in reading order.

    `dates` are the sentences' date mentions (`sentence_dates`), when the caller has them.
    """
    body = _body(sentences)
    lead = _lede_sentence(body)
    lede = _lede(sentences, body, lead, actors, dates)
    if not body:
        return lede, ()
    title = next((s.text for s in sentences if s.kind == "title"), "")
    signals = _Signals(
        title_words=_content_words(title),
        top_actor_names=[tuple(n for n in (a.name, *a.aliases) if len(n) > 2) for a in actors[:4]],
        lede_index=lead.index if lead is not None else None,
        events={i for it in agenda if it.kind == "event" for i in it.evidence},
        questions={i for q in questions for i in q.evidence},
        topics={i for it in agenda if it.kind == "topic" for i in it.evidence},
    )
    want = 2 if len(body) < 5 else 3 if len(body) < 12 else _MAX_SUMMARY
    words_of = _WordsOnce()
    scored = sorted(
        ((_score(s, rank, signals, words_of), s) for rank, s in enumerate(body)),
        key=lambda p: (-p[0], p[1].index),
    )
    chosen: list[Sentence] = []
    seen: list[set[str]] = []
    for _, s in scored:
        words = words_of(s.text)
        # A near-copy of a chosen sentence (a lead repeated as the body's opening) adds nothing.
        if any(len(words & w) > 0.7 * max(1, min(len(words), len(w))) for w in seen):
            continue
        chosen.append(s)
        seen.append(words)
        if len(chosen) == want:
            break
    chosen.sort(key=lambda s: s.index)
    return lede, tuple(SummaryItem(s.text, (s.index,)) for s in chosen)
