"""Scheduled or expected events and the topics on the table, in time order.

An event is a date mention tied to an event word in the same stretch of a sentence: a noun
("meeting", "hearing", "results") or a verb after a future auxiliary ("will meet", "is expected
to rule"). Only what is still to come, or has begun and is going on ("began talks on Monday"),
is kept; a date right after a speech verb ("said on Thursday") dates the statement, not an event.

"The next day" takes the date of the event in the sentence before it when that one is complete;
with a cut-short anchor ("on January.") it stays unresolved. A weekday that cannot be resolved
(no article date) merges with the one event of the same sort carrying a full day and month
("On Monday ... began talks" + "the meeting on January 10"): a news story rarely has two.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from briefing.core.dates import (
    DateMention,
    SentenceDates,
    find_dates,
    is_future,
    resolve_day,
    sentence_dates,
)
from briefing.core.gates import caseless, covering_keys, has_any, last_words
from briefing.core.lazy_regex import compile_lazily
from briefing.core.lexicons.events import (
    ACTION_EVENT_NOUNS,
    BACKGROUND_CLAUSE_OPENERS,
    EVENT_NOUNS,
    EVENT_PARTICIPLES,
    EVENT_VERBS,
    FUTURE_AUXILIARIES,
    IRREGULAR_PAST_VERBS,
    ONGOING_VERBS,
    PHRASAL_EVENTS,
    SPEECH_VERBS,
    TOPIC_CUES_AFTER_LIST,
    TOPIC_CUES_BEFORE_LIST,
    VAGUE_TOPIC_WORDS,
    VERB_NOUNS,
)
from briefing.core.lexicons.people import GROUP_NOUNS
from briefing.core.lexicons.places import place_name
from briefing.core.lexicons.time import MONTHS, WEEKDAYS
from briefing.core.lexicons.words import PERSON_NOUNS
from briefing.core.model import Actor, AgendaItem, Sentence

_TOKEN = compile_lazily(r"\S+")
_MAX_DATES = 12
_MAX_PARTICIPANTS = 6
_PUNCT = "\"'“”‘’()[],.;:!?"
# Words that end a noun phrase when walking back from its head noun.
_NP_STOPS = frozenset(
    """
    the a an its their his her our my your this that these those at in on of for to with by
    during before after from and or but will would could is are was were be been has have had
    both which who whom said says told also only then while as than into over under about
    until since ahead new must should can may might shall you we they i
    """.split()
)
# Words that may open a complement after the head noun ("hearing with Commission officials").
_COMPLEMENT_PREPS = frozenset({"of", "with", "against", "between", "on", "for", "by"})
_COMPLEMENT_STOPS = _NP_STOPS | frozenset(
    "due expected scheduled set if when where whether which who that because".split()
)
_PRONOUNS = frozenset("he she it they we i you who this that there".split())
_MEETING_NOUNS = frozenset(
    "meeting meetings talks summit negotiations dialogue session conference round meets".split()
)
_WHERE = compile_lazily(
    r"\b(?P<prep>in|at)[ ](?P<the>the[ ])?"
    r"(?P<name>[A-Z][\w’'.-]*(?:[ ](?:(?:de|van|der|von|of|la|del|da)[ ])?[A-Z][\w’'-]*){0,4})"
)
_ACRONYM = compile_lazily(r"^\(([A-Z][A-Za-z]{1,9})\)[,.;:]?$")
_CLAUSE_BREAK = compile_lazily(r"[,;:—–]\s|\s[—–]\s|[“”]")
# A clause that goes on from one before it: it opens with a verb ("is planned", "are due to")
# or with "and" and a preposition ("and in Denpasar on 9 February").
_GOES_ON = compile_lazily(
    r"\s*(?:is|are|was|were|will|would|has|have|had|could|should|may|might|must)\b|"
    r"\s*(?:and|or)[ ](?:in|at|on|from)\b"
)
_AUX = "|".join(re.escape(a) for a in FUTURE_AUXILIARIES)
_VERB_AFTER_AUX = compile_lazily(
    rf"\b(?P<aux>{_AUX})[ ](?P<adv>(?:(?:still|also|only|again|then|first|soon|now|be|have|"
    rf"formally|finally|jointly)[ ]){{0,3}})"
    rf"(?P<verb>{'|'.join(sorted(EVENT_VERBS | EVENT_PARTICIPLES.keys()))})\b",
    re.IGNORECASE,
)
_SCHEDULED_FOR = compile_lazily(
    r"\b(?:is|are)[ ](?:now[ ])?(?:set|scheduled|due|planned|slated|pencilled|penciled)[ ]for\b"
)
# "last week", "yesterday", "two days ago": past by its own words, on the agenda only if
# what happened then is still going on ("talks began last week").
_PAST_WHEN = compile_lazily(r"^(?i:last|yesterday|earlier)\b|\bago$")
_YEAR = compile_lazily(r"\b\d{4}\b")
_FUTURE_AUX_WORD = compile_lazily(rf"\b(?:{_AUX})\b")
_NEGATED = compile_lazily(r"\b(?:not|never|no longer)\b")
_LIST_DATE_HEAD = compile_lazily(r"^\s*[:–—-]\s*")
_PENDING_OBJECT = compile_lazily(
    r"\b(?:subject to|still needs?|still requires?|awaiting|pending)[ ]"
    r"(?:(?:the|a|an)[ ])?(?P<obj>[^,.;]{3,80})"
)


@dataclass
class _Event:
    title: str
    mention: DateMention
    sentence: int
    anchor_noun: str
    where: str | None
    evidence: list[int] = field(default_factory=list)
    when: str | None = None
    date: dt.date | None = None


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


_EVENT_VERB_WORDS = (*EVENT_VERBS, *EVENT_PARTICIPLES)


def _bare(tok: str) -> str:
    return tok.strip(_PUNCT).lower()


def _may_have_event_verb(text: str) -> bool:
    """Whether `_VERB_AFTER_AUX` can match at all: it needs an auxiliary and an event verb."""
    lower = caseless(text)
    return has_any(lower, FUTURE_AUXILIARIES) and has_any(lower, _EVENT_VERB_WORDS)


def _segment_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause (between commas, colons, dashes or quotes) around a position."""
    start, end = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _after_speech_verb(text: str, m: DateMention) -> bool:
    """Whether the date belongs to a speech verb: "said on Monday", "Today, Earnest said"."""
    words = text[max(0, m.start - 40) : m.start].split()[-3:]
    if any(_bare(w) in SPEECH_VERBS for w in words):
        return True
    if m.start > 2:
        return False
    following = text[m.end : m.end + 60].split()[:5]
    return any(_bare(w) in SPEECH_VERBS for w in following)


def _noun_phrase(text: str, toks: list[tuple[int, int, str]], head: int, spans: list) -> str:
    """The head noun with its modifiers and one short complement, as written."""
    first = head
    while first > 0 and head - first < 7:
        prev = toks[first - 1][2]
        if prev[-1:] in ",;:" or _bare(prev) in _NP_STOPS or _in_spans(toks[first - 1], spans):
            break
        if _bare(prev) in SPEECH_VERBS or prev.startswith(("“", '"')) or _is_verb(prev):
            break
        first -= 1
    last = head
    if toks[head][2][-1:] not in ",;:." and head + 1 < len(toks):
        nxt = toks[head + 1]
        if _opens_complement(toks, head + 1) and not _in_spans(nxt, spans):
            j = head + 2
            reach = 7 if _bare(nxt[2]) == "between" else 5
            # "a vote on whether to take the bill forward": the question put is the topic.
            whether = j < len(toks) and _bare(toks[j][2]) == "whether"
            if whether:
                return _whether_phrase(text, toks, first, j, spans)
            while j < len(toks) and j - head <= reach:
                tok = toks[j]
                word = _bare(tok[2])
                if word == "the" and j == head + 2:
                    j += 1
                    continue
                # "talks between the union and the operator": both parties belong to it.
                between = _bare(nxt[2]) == "between" and j > head + 2
                joins = between and (
                    word == "and" or (word == "the" and _bare(toks[j - 1][2]) == "and")
                )
                if (word in _COMPLEMENT_STOPS and not joins) or _in_spans(tok, spans):
                    break
                if not word:
                    break
                last = j
                if tok[2][-1:] in ",;:.":
                    break
                j += 1
    phrase = text[toks[first][0] : toks[last][1]].strip(_PUNCT + " ")
    return phrase


_WHETHER_STOPS = frozenset("is are was were will would due expected scheduled set".split())


def _whether_phrase(
    text: str, toks: list[tuple[int, int, str]], first: int, j: int, spans: list
) -> str:
    """The noun with its "on whether to ..." complement, up to the verb of the clause."""
    last = j
    for k in range(j + 1, min(len(toks), j + 9)):
        tok = toks[k]
        if _bare(tok[2]) in _WHETHER_STOPS or _in_spans(tok, spans) or not _bare(tok[2]):
            break
        last = k
        if tok[2][-1:] in ",;:.":
            break
    return text[toks[first][0] : toks[last][1]].strip(_PUNCT + " ")


def _is_verb(token: str) -> bool:
    """A verb that ends a noun phrase walked back from its head ("Peru began | talks")."""
    word = _bare(token)
    if word in ONGOING_VERBS or word in EVENT_VERBS:
        return True
    return word.endswith("ed") and "-" not in word and not token[:1].isupper()


def _opens_complement(toks: list[tuple[int, int, str]], i: int) -> bool:
    word = _bare(toks[i][2])
    if word in _COMPLEMENT_PREPS:
        return True
    # "debut in the Klassieker": a named occasion, not a place, may follow "in the".
    if word == "in" and i + 2 < len(toks) and _bare(toks[i + 1][2]) == "the":
        name = toks[i + 2][2].strip(_PUNCT)
        return name[:1].isupper() and place_name(name) is None
    return False


def _in_spans(tok: tuple[int, int, str], spans: list) -> bool:
    return any(tok[0] < e and s < tok[1] for s, e in spans)


def _shorten_acronyms(words: list[str]) -> list[str]:
    """Replace "Organization for Security ... (OSCE)" by "OSCE" inside a long subject."""
    out: list[str] = []
    for w in words:
        m = _ACRONYM.match(w)
        if m is None:
            out.append(w)
            continue
        acr = m.group(1)
        k = len(out)
        caps = 0
        while k > 0 and caps < len(acr) and (out[k - 1][:1].isupper() or out[k - 1] in _LINKS):
            k -= 1
            caps += out[k][:1].isupper()
        if caps >= 2 and out[k][:1] == acr[0]:
            out[k:] = [acr]
        else:
            out.append(w)
    return out


_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le"})


_SAID_PRONOUN = compile_lazily(
    r"(?:^|[.;]\s|,\s)"
    r"(?P<who>(?:[Tt]he[ ])?[A-Z][\w’'&-]*(?:[ ](?:of[ ]|for[ ])?[A-Z][\w’'&-]*){0,5})"
    r"(?:,[ ][^,;“”\"]{2,60},)?[ ](?:said|says|announced|confirmed|added)[ ](?:that[ ])?"
    r"(?:it|they)[ ]$"
)


def _subject(text: str, aux_start: int) -> str | None:
    """The noun phrase before a future auxiliary, or None for a pronoun."""
    seg_start, _ = _segment_bounds(text, aux_start)
    if not text[seg_start:aux_start].strip() and seg_start > 2:
        # "A larger trial, funded by the Wellcome Trust, will start ...": past the aside.
        aside_start, _ = _segment_bounds(text, seg_start - 3)
        aside = text[aside_start:seg_start].split()
        if aside and _bare(aside[0]).endswith("ed") and aside_start > 2:
            seg_start, _ = _segment_bounds(text, aside_start - 3)
            aux_start = aside_start - 2
    before = text[seg_start:aux_start].split()
    words: list[str] = []
    for w in reversed(before):
        b = _bare(w)
        ends = b in SPEECH_VERBS or b in ("that", "and", "but", "said", "because", "if", "when")
        # "Sherman and Ryabkov will meet": an "and" between names belongs to the subject.
        if ends and not (b == "and" and words and words[0][:1].isupper()):
            break
        words.insert(0, w)
        if len(words) >= 14:
            break
    if not words:
        # "..., UOKiK, which is expected to rule": the relative pronoun's antecedent.
        return None
    if len(words) == 1 and _bare(words[0]) in ("which", "who"):
        prev = text[:seg_start].rstrip(" ,").split()
        return prev[-1].strip(_PUNCT) if prev and prev[-1][:1].isupper() else None
    if _is_pronoun(words[-1]) or _is_pronoun(words[0]):
        # "Athletics Kenya said it would name ...": "it" is who spoke.
        said = _SAID_PRONOUN.search(text, max(0, seg_start - 80), aux_start)
        if said and len(words) == 1 and _bare(words[0]) in ("it", "they"):
            return said["who"].removeprefix("The ").removeprefix("the ")
        return None
    if len(words) > 6:
        words = _shorten_acronyms(words)
    if words and _bare(words[0]) in ("the", "a", "an"):
        words = words[1:]
    subject = " ".join(words).strip(_PUNCT + " ")
    return subject or None


def _is_pronoun(word: str) -> bool:
    """ "it", "They"; not an acronym that spells one ("WHO", "US")."""
    bare = word.strip(_PUNCT)
    return bare.lower() in _PRONOUNS and not (len(bare) > 1 and bare.isupper())


def _verb_phrase(text: str, start: int, spans: list) -> str:
    words: list[str] = []
    for m in _TOKEN.finditer(text, start):
        tok = m.group(0)
        b = _bare(tok)
        if _in_spans((m.start(), m.end(), tok), spans) or b in (
            "by",
            "until",
            "before",
            "on",
            "if",
            "when",
            "after",
            "in",
            "at",
            "next",
            "within",
            "from",
        ):
            break
        words.append(tok)
        if tok[-1:] in ",;:." or len(words) >= 8:
            break
    return " ".join(words).strip(_PUNCT + " ")


def _capital(s: str) -> str:
    return s[:1].upper() + s[1:]


def _where(text: str, lo: int, hi: int, spans: list, names: Sequence[str]) -> str | None:
    """The first place after \"in\" or \"at\" in the clause: the venue comes before the rest."""
    taken: list | None = None
    for m in _WHERE.finditer(text, lo, hi):
        name = m["name"].rstrip(".’'")
        # "at Valencia's three largest hospitals": the place the venue belongs to.
        name = name.removesuffix("'s").removesuffix("’s")
        first = name.split()[0]
        if first in MONTHS or first in WEEKDAYS or name in names:
            continue
        if taken is None:
            taken = spans + _name_spans(text, names, lo, hi)
        if _in_spans((m.start("name"), m.end("name"), name), taken):
            continue
        after = text[m.end("name") :].split(maxsplit=1)
        if after and _bare(after[0]) in EVENT_NOUNS:
            continue  # "at the NATO-Russia Council meeting": a modifier, not a place
        canonical = place_name(name)
        if canonical is None and (m["the"] and m["prep"] == "in"):
            continue
        if canonical is None and name.isupper() and len(name) <= 5:
            continue
        return name
    return None


def _name_spans(text: str, names: Sequence[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """Where the names of people and organisations that reach into `lo:hi` stand: a place
    inside one is not a venue."""
    spans: list[tuple[int, int]] = []
    for n in names:
        if " " not in n:
            continue
        # Only the clause matters: a run-on paragraph must not be searched once per name.
        end = hi + len(n)
        start = text.find(n, max(0, lo - len(n)), end)
        while start >= 0:
            spans.append((start, start + len(n)))
            start = text.find(n, start + 1, end)
    return spans


# The present of a fixture or a visit, dated: an event with no auxiliary ("Arsenal, who play
# Manchester City on Sunday", "Liverpool travel to Newcastle next Saturday").
_TIMETABLE_VERB = compile_lazily(
    r"(?P<aux>)(?P<adv>)(?<=[\w,][ ])(?:(?P<verb>play|plays|travel|travels|host|hosts|"
    r"face|faces|visit|visits)\b(?=[ ](?:to[ ])?(?:the[ ])?[A-Z])|"
    # "a helpline opens on 16 April", "the consultation closes next week".
    r"(?P<verb2>opens|starts|begins|closes|ends|resumes)\b(?=[ ](?:on|in|at|from|next|this|"
    r"until|later)\b))"
)
_TIMETABLE_WORDS = ("play", "travel", "host", "face", "visit", "opens", "starts", "begins")
_TIMETABLE_WORDS += ("closes", "ends", "resumes")


class _Timetable:
    """A present-tense timetable verb, read like a match of `_VERB_AFTER_AUX`: its groups are
    "aux" and "adv" (empty) and "verb" in its base form ("opens" -> "open")."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m
        self._verb_group = "verb" if m["verb"] else "verb2"
        # "opens", "starts": events only for a subject with no event word of its own.
        self.weak = self._verb_group == "verb2"

    def __getitem__(self, key: str) -> str:
        if key == "verb":
            verb = self._m[self._verb_group]
            return verb[:-1] if verb.endswith("s") else verb
        return self._m[key] or ""

    def start(self, group: str | int = 0) -> int:
        if group == "verb":
            return self._m.start(self._verb_group)
        return self._m.start(group) if group else self._m.start()

    def end(self, group: str | int = 0) -> int:
        return self._m.end(group) if group else self._m.end()


def _plain_or_passive(v: re.Match[str]) -> bool:
    """An event verb not negated, and a participle only in the passive ("will be heard")."""
    if _NEGATED.search(v["adv"]):
        return False
    if v["verb"].lower() not in EVENT_PARTICIPLES:
        return True
    # "must be submitted by 24 March" is a duty with a deadline, titled as one elsewhere.
    return "be" in v["adv"].lower().split() and v["aux"].lower() != "must"


def _status(text: str, m: DateMention, article_date: dt.date | None) -> bool:
    """Whether the event at this mention is still to come or going on."""
    lo, hi = _segment_bounds(text, m.start)
    if lo == 0 and hi < len(text) and m.start < 3 and hi <= m.end + 2:
        lo, hi = _segment_bounds(text, hi + 2)
    # A weekday in a past clause resolves forward in a future sentence: the grammar decides.
    if _in_past_background(text, lo, m.start):
        return False
    if m.date and article_date and m.date > article_date and not _far_without_year(m, article_date):
        return True
    seg = text[lo:hi]
    if not _PAST_WHEN.search(m.text) and (
        is_future(seg) or (_may_have_event_verb(seg) and _VERB_AFTER_AUX.search(seg))
    ):
        return True
    if " for " in seg and _SCHEDULED_FOR.search(seg) and not _PAST_WHEN.search(m.text):
        return True
    if _put_off_title(text, m) is not None:
        return True  # "adjourned the case until 14 October": the business resumes then
    if "until" in seg and _has_until(text, lo, m):
        return True  # "has until September 30 to reply": a deadline still to come
    if not has_any(seg.lower(), ONGOING_VERBS):
        return False
    return any(_bare(w) in ONGOING_VERBS for w in seg.split())


def _far_without_year(m: DateMention, article_date: dt.date) -> bool:
    """A day or month with no year, resolved to more than half a year ahead: "the Oct. 19
    debate" in a November story is last month's, whatever tense the sentence has elsewhere.
    The clause must then say the event is to come."""
    return (m.date - article_date).days > 180 and not _YEAR.search(m.text)


def _in_past_background(text: str, lo: int, at: int) -> bool:
    """Whether a date sits in a past clause that opens after the main one: "will walk out
    ... after talks broke down on Friday" dates the talks, which are over."""
    words = text[lo:at].split()
    opener = max(
        (k for k, w in enumerate(words) if _bare(w) in BACKGROUND_CLAUSE_OPENERS), default=-1
    )
    if opener <= 0:
        return False
    return any(
        _bare(w) in IRREGULAR_PAST_VERBS or (_bare(w).endswith("ed") and len(_bare(w)) > 4)
        for w in words[opener + 1 :]
    )


def _events_in(
    s: Sentence, found: Sequence[DateMention], article_date: dt.date | None, people: Sequence[str]
) -> list[_Event]:
    text = s.text
    # A real sentence has a handful of dates; a run-on paragraph must not cost dates x words.
    mentions = [m for m in found if m.kind != "year"][:_MAX_DATES]
    if not mentions:
        return []
    spans = [(m.start, m.end) for m in mentions]
    if s.kind == "list_item" and mentions[0].start <= 2:
        m = mentions[0]
        rest = _LIST_DATE_HEAD.sub("", text[m.end :]).strip(_PUNCT + " ")
        if rest:
            where = _where(text, 0, len(text), spans, people)
            return [_Event(_capital(_short(rest)), m, s.index, "list", where, [s.index])]
    # Words and verbs are only needed once a date passes the cheaper tests below.
    toks: list[tuple[int, int, str]] | None = None
    verbs: list[re.Match[str]] = []
    out: list[_Event] = []
    for m in mentions:
        if _after_speech_verb(text, m) or not _status(text, m, article_date):
            continue
        if toks is None:
            toks = _tokens(text)
            after_aux = _VERB_AFTER_AUX.finditer(text) if _may_have_event_verb(text) else ()
            verbs = [v for v in after_aux if _plain_or_passive(v)]
            if has_any(text, _TIMETABLE_WORDS):
                # "Liverpool travel to Newcastle next Saturday": a fixture in the present.
                verbs += [_Timetable(v) for v in _TIMETABLE_VERB.finditer(text)]
        lo, hi = _segment_bounds(text, m.start)
        if m.start < 3 and hi <= m.end + 2 and hi < len(text):
            lo, hi = _segment_bounds(text, hi + 2)
        # "adjourned the trial until 2 February": the date is when the trial resumes.
        title, noun = _put_off_title(text, m), "resumption"
        if title is not None:
            m = _forward(m, article_date)
        else:
            title, noun = _anchor(text, toks, verbs, m, lo, hi, spans)
        opening = text[lo:].split(maxsplit=1)[:1]
        if title is None and lo > 2 and opening and _bare(opening[0]) in ("which", "that"):
            # "The strike by junior doctors, which begins on Monday": the clause before.
            title, noun = _anchor(text, toks, verbs, m, _segment_bounds(text, lo - 3)[0], hi, spans)
        if title is None and lo > 2 and _GOES_ON.match(text, lo):
            # "A closed hearing, at which the firm can put its case, is planned ... on 19
            # October"; "would start in Surabaya, the capital of East Java, and in Denpasar on
            # 9 February": the clause's subject or verb stands before an aside.
            back = lo
            for _ in range(2):
                back = _segment_bounds(text, back - 3)[0]
                title, noun = _anchor(text, toks, verbs, m, back, hi, spans)
                if title is not None or back <= 2:
                    break
        if title is None:
            title, noun = _deadline_title(text, m, spans)
        if title is None:
            if m.kind != "duration":
                continue
            obj = _PENDING_OBJECT.search(text)
            if obj is None:
                continue
            title, noun = _short(obj["obj"]), "pending"
        if noun == "meets" and title.endswith(" meets"):
            # "The senate meets on Thursday", "the committee next meets": its meeting.
            body = title[: -len(" meets")].removesuffix(" next").strip()
            title = f"Meeting of the {body[:1].lower() + body[1:]}" if body else "Meeting"
        where = _where(text, lo, hi, spans, people)
        out.append(_Event(_capital(title), m, s.index, noun, where, [s.index]))
    return out


_MUST_BE_BY = compile_lazily(
    r"\b(?:must|should|has[ ]to|have[ ]to|needs?[ ]to|is[ ]to|are[ ]to)[ ]be[ ]"
    r"(?P<pp>[a-z]+(?:ed|en))[ ](?=by[ ])"
)
_HAS_UNTIL = compile_lazily(r"\b(?:has|have|given)[ ](?:until|till)[ ]$")
_HAS = compile_lazily(r"\b(?:has|have|given)[ ]$")


def _has_until(text: str, lo: int, m: DateMention) -> re.Match[str] | None:
    """ "has until September 30", "have until Friday": the mention may hold its "until"."""
    if m.text.lower().startswith(("until ", "till ")):
        return _HAS.search(text, lo, m.start)
    return _HAS_UNTIL.search(text, lo, m.start)


_TO_VERB = compile_lazily(r"^,?[ ]to[ ](?=[a-z])")


# "adjourned the trial until 14 October", "the vote was postponed to May": the date is when the
# business resumes, or takes place after all.
_PUT_OFF = compile_lazily(
    r"\b(?P<verb>adjourned|postponed|deferred|delayed|put[ ]off|pushed[ ]back|rescheduled|"
    r"suspended)(?P<obj>(?:[ ](?:the|its|his|her|their|a)[ ][^,;.]{2,50}?)?)"
    r"(?:[ ](?:until|till|to|for))?[ ]$"
)


_PASSIVE_AUX = frozenset("was were is are be been has have had again later".split())
_PUT_OFF_WORDS = ("adjourned", "postponed", "deferred", "delayed", "put off", "pushed back")
_PUT_OFF_WORDS += ("rescheduled", "suspended")


def _forward(m: DateMention, article_date: dt.date | None) -> DateMention:
    """A day put off to is still to come: without a year, the next one after the article."""
    if article_date is None or m.date is None or m.date >= article_date:
        return m
    if m.kind == "weekday":
        return replace(m, date=m.date + dt.timedelta(days=7))
    if m.year is not None or m.month is None or m.day is None:
        return m
    return replace(m, date=resolve_day(m.month, m.day, article_date, future=True))


def _put_off_title(text: str, m: DateMention) -> str | None:
    """The business a date was put off to: "Resumption of the trial", "Vote (postponed)"."""
    if not has_any(text, _PUT_OFF_WORDS):
        return None
    lo = max(0, m.start - 80)
    found = _PUT_OFF.search(text, lo, m.start)
    if found is None or not (
        m.text.lower().startswith(("until ", "till ")) or text[: m.start].endswith(("to ", "for "))
    ):
        return None
    thing = found["obj"].strip()
    if not thing:
        subject = _subject(text, found.start())
        # "The vote was postponed", "the hearing has been adjourned": the passive's subject.
        words = (subject or "").split()
        while words and _bare(words[-1]) in _PASSIVE_AUX:
            words.pop()
        subject = " ".join(words)
        if not subject or _is_pronoun(words[0]):
            return None
        thing = f"the {subject}" if subject[:1].islower() else subject
    if found["verb"] in ("adjourned", "suspended"):
        return f"Resumption of {_short(thing, 8)}"
    if thing.lower().startswith("the "):
        thing = thing[4:]
    return f"{_capital(_short(thing, 8))} (postponed)"


_MUST_DO = compile_lazily(r"\b(?:must|has[ ]to|have[ ]to)[ ](?!be[ ])(?=[a-z])")


def _deadline_title(text: str, m: DateMention, spans: list) -> tuple[str | None, str]:
    """ "The company has until September 30 to reply", "Bids must be submitted by Friday": a
    deadline, titled with who or what it binds."""
    if m.text.lower().startswith(("within ", "by ")) and (" must " in text or " to " in text):
        # "Vibely must change its default settings within 30 days".
        duty = None
        for d in _MUST_DO.finditer(text, max(0, m.start - 90), m.start):
            duty = d
        if duty is not None:
            subject = _subject(text, duty.start())
            phrase = _verb_phrase(text, duty.end(), spans)
            if subject and phrase:
                the = "the " if subject[:1].islower() else ""
                return f"Deadline for {the}{_short(subject, 6)} to {phrase}", "deadline"
    passive = _MUST_BE_BY.search(text, max(0, m.start - 60), m.start + 3)
    if passive and m.text.lower().startswith("by "):
        subject = _subject(text, passive.start())
        if subject:
            if subject[:1].islower():
                subject = f"the {subject}"
            return f"Deadline for {_short(subject, 8)} to be {passive['pp']}", "deadline"
    before = _has_until(text, max(0, m.start - 20), m)
    after = _TO_VERB.match(text[m.end :]) if before else None
    if before is None or after is None:
        return None, ""
    phrase = _verb_phrase(text, m.end + after.end(), spans)
    if not phrase:
        return None, ""
    subject = _subject(text, before.start())
    if subject and subject[:1].islower():
        subject = f"the {subject}"  # "Deadline for the company", as the text has it
    who = f" for {_short(subject, 8)}" if subject else ""
    return f"Deadline{who} to {phrase}", "deadline"


def _short(phrase: str, limit: int = 9) -> str:
    words = phrase.split()
    if len(words) <= limit:
        return phrase.strip(_PUNCT + " ")
    words = words[:limit]
    # Cut mid-phrase, a title must not end on half a pair ("... the budget and council").
    for k in (len(words) - 1, len(words) - 2):
        if k > 1 and _bare(words[k]) in ("and", "or"):
            words = words[:k]
            break
    while len(words) > 1 and _bare(words[-1]) in _NP_STOPS:
        words.pop()
    return " ".join(words).strip(_PUNCT + " ")


_AND_OBJECT = compile_lazily(r",?[ ]and[ ](?P<obj>(?:the[ ])?[A-Z][^,;:]{2,60}?)[ ]?$")


def _anchor(
    text: str,
    toks: list[tuple[int, int, str]],
    verbs: list[re.Match[str]],
    m: DateMention,
    lo: int,
    hi: int,
    spans: list,
) -> tuple[str | None, str]:
    """The title of the event a date belongs to, and its head word."""
    best_noun: tuple[int, int] | None = None
    phrasal: str | None = None
    # "will strike from Monday after talks broke down": what follows "after" (or "since",
    # "because") is the background, not the event the date belongs to.
    background = _background_start(toks, m, hi)
    # Only the clause's words: a run-on paragraph has tens of thousands.
    for i in range(bisect.bisect_left(toks, (lo,)), len(toks)):
        a, b, tok = toks[i]
        if a > hi + 1 or a >= background:
            break
        word = _bare(tok)
        two = f"{word} {_bare(toks[i + 1][2])}" if i + 1 < len(toks) else ""
        if word not in EVENT_NOUNS and two not in PHRASAL_EVENTS:
            continue
        if two.split()[-1:] and two.split()[-1] in _THING_AFTER_EVENT:
            continue  # "the ballot box", "the match ball": a thing, not the event
        if word == "ruling" and i + 1 < len(toks) and toks[i + 1][2][:1].isupper():
            continue  # "Japan's ruling Liberal Democratic Party": the party in power
        if tok[:1].isupper() and i + 1 < len(toks) and toks[i + 1][2][:1].isupper() and i > 0:
            continue  # "the Central Election Office": a body's name, not an election
        if b > hi + 1 or _in_spans((a, b, tok), spans) or _transitive_use(toks, i):
            continue
        if i >= 2 and _bare(toks[i - 2][2]) == "you" and _bare(toks[i - 1][2]) in _URGING:
            continue  # "you must vote tonight": an exhortation, not a scheduled event
        dist = m.start - b if b <= m.start else (a - m.end) + 2
        if best_noun is None or dist < best_noun[0]:
            best_noun = (dist, i)
            phrasal = PHRASAL_EVENTS.get(two) if word not in EVENT_NOUNS else None
    best_verb: tuple[int, re.Match[str]] | None = None
    for v in verbs:
        if v.start() < lo or v.end() > hi + 1 or v.start() >= background:
            continue
        if getattr(v, "weak", False) and best_noun is not None:
            continue  # "The summit opens on 12 November": the summit is the event
        if text[max(0, v.start() - 4) : v.start()].lower() == "you " and _bare(v["aux"]) in _URGING:
            continue
        dist = abs(m.start - v.end())
        if best_verb is None or dist < best_verb[0]:
            best_verb = (dist, v)
    noun_phrase = None
    if best_noun is not None:
        noun_phrase = phrasal or _noun_phrase(text, toks, best_noun[1], spans)
        if phrasal == "entry into force":
            # "The new rules come into force": what takes effect is the subject of its verb.
            i = best_noun[1]
            verb_at = toks[i - 1][0] if _bare(toks[i][2]) == "into" and i > 0 else toks[i][0]
            subject = _subject(text, verb_at)
            if subject:
                the = "the " if subject[:1].islower() else ""
                return f"Entry into force of {the}{_short(subject, 8)}", "force"
        action = _action_title(text, toks, best_noun[1], noun_phrase, lo)
        if action is not None:
            return action, _bare(noun_phrase)
    if best_verb is not None and noun_phrase is not None and best_noun is not None:
        title = _object_title(text, best_verb[1], toks[best_noun[1]], spans)
        if title is not None:
            return title, best_verb[1]["verb"].lower()
    if best_verb is not None and (noun_phrase is None or len(noun_phrase.split()) == 1):
        v = best_verb[1]
        subject = _subject(text, v.start())
        verb = v["verb"].lower()
        if subject is None and getattr(v, "weak", False):
            return None, ""
        if subject:
            passive = "be " if "be" in v["adv"].lower().split() else ""
            phrase = _verb_phrase(text, v.start("verb"), spans)
            written = phrase.split(maxsplit=1)[0] if phrase else ""
            if written and written.lower() != verb and written.lower().startswith(verb):
                phrase = verb + phrase[len(written) :]  # "opens on ..." -> "to open"
            # "will meet Li Qiang on Thursday and Xi Jinping on Friday": for the second date,
            # the object between the first date and this one.
            earlier = [b for a, b in spans if v.end() < a and b < m.start]
            if earlier:
                between = _AND_OBJECT.match(text, max(earlier), m.start)
                if between:
                    phrase = f"{v['verb'].lower()} {between['obj'].strip()}"
            return f"{_short(subject, 8)} to {passive}{phrase}", verb
        if noun_phrase is None:
            noun = VERB_NOUNS.get(verb) or EVENT_PARTICIPLES.get(verb) or _capital(verb)
            return noun, verb
    if noun_phrase is not None:
        return _short(noun_phrase), _bare(toks[best_noun[1]][2]) if best_noun else ""
    return None, ""


def _background_start(toks: list[tuple[int, int, str]], m: DateMention, hi: int) -> int:
    """Where a background clause after the date opens ("... from Monday after talks failed"),
    or past the clause's end."""
    for i in range(bisect.bisect_left(toks, (m.end,)), len(toks)):
        a, _, tok = toks[i]
        if a > hi:
            break
        if _bare(tok) in BACKGROUND_CLAUSE_OPENERS:
            return a
    return hi + 2


def _transitive_use(toks: list[tuple[int, int, str]], i: int) -> bool:
    """An event noun used as a verb with an object ("will strike a deal"): not the event."""
    if _bare(toks[i][2]) in EVENT_VERBS or i == 0 or i + 1 >= len(toks):
        return False
    before, after = _bare(toks[i - 1][2]), _bare(toks[i + 1][2])
    if _bare(toks[i][2]).endswith("ing") and after in _OBJECT_PRONOUNS:
        return True  # "ruling her out of the championships": a verb, with its object
    used_as_verb = before in ("will", "would", "to", "shall", "must", "could")
    return used_as_verb and after in _OBJECT_OPENERS


_OBJECT_PRONOUNS = frozenset("her him them it us me".split())


_URGING = frozenset("must should need have".split())
# Nouns that turn an event word before them into a thing ("ballot box", "election posters").
_THING_AFTER_EVENT = frozenset("box boxes paper papers station stations poster posters".split())
_OBJECT_OPENERS = frozenset("a an the this that its his her their".split())
_AS_VERB = frozenset("will would to could shall must".split())
_LIGHT_VERBS = frozenset(
    {("go", "on"), ("going", "on"), ("stage", "a"), ("hold", "a"), ("call", "a"), ("begin", "a")}
)
_SUBJECT_CUTS = frozenset("at in of from for across".split())


def _action_title(
    text: str, toks: list[tuple[int, int, str]], i: int, phrase: str, lo: int
) -> str | None:
    """ "Strike by junior doctors" for "Junior doctors will strike" / "will go on strike": a
    bare action noun is titled with who takes the action."""
    words = phrase.split()
    # The action noun inside the phrase: "one-day strike", "strike for 48 hours".
    at = next((k for k, w in enumerate(words) if _bare(w) == _bare(toks[i][2])), None)
    if at is None and len(words) == 1:
        at = 0  # a two-word verb read as one noun: "walk out" is a "walkout"
    if at is None or _bare(words[at]) not in ACTION_EVENT_NOUNS or at > 2:
        return None
    if len(words) > at + 1 and words[at + 1] == "by":
        return None  # "Strike by nurses": the phrase says who already
    start = i - at
    before = [_bare(t[2]) for t in toks[max(0, start - 2) : start]]
    # Done by the subject only when the noun is the verb: "will strike", "go on strike",
    # "stage a walkout"; not "approve it at a vote".
    if not before or not (before[-1] in _AS_VERB or tuple(before) in _LIGHT_VERBS):
        return None
    auxes = list(_FUTURE_AUX_WORD.finditer(text, lo, toks[i][0]))
    if not auxes:
        return None
    subject = _subject(text, auxes[-1].start())
    if not subject or any(q in text[lo : toks[i][0]] for q in '"“”'):
        return None
    sub = subject.split()
    common = any(_bare(w) in GROUP_NOUNS or _bare(w) in PERSON_NOUNS for w in sub[:2])
    if len(sub) > 6:
        # "Junior doctors at Valencia's three largest hospitals": the people, not the place.
        cut = next((k for k, w in enumerate(sub) if w in _SUBJECT_CUTS), None)
        if cut is None or cut == 0 or cut > 4:
            return None
        sub = sub[:cut]
        subject = " ".join(sub)
    pos = text.find(subject, lo)
    # "Junior doctors" opening the sentence: a common noun, capitalised only by its place.
    opens = pos >= 0 and (not text[:pos].strip() or text[:pos].rstrip()[-1] in "—–:")
    if opens and common and sub[0][1:].islower():
        subject = subject[:1].lower() + subject[1:]
    if pos >= 4 and text[pos - 4 : pos].lower() == "the ":
        subject = "the " + subject
    head = " ".join(words[: at + 1])
    rest = " ".join(words[at + 1 :])
    return f"{_capital(head)} by {subject}" + (f" {rest}" if rest else "")


# Verbs whose noun names an event done to their object ("Publication of the report"); not
# "hold" ("Event of a rally") or "face".
_OBJECT_VERBS = frozenset(
    "publish present release announce sign unveil deliver review approve launch".split()
)


def _object_title(
    text: str, v: re.Match[str], noun: tuple[int, int, str], spans: list
) -> str | None:
    """ "It will publish its annual report": "Publication of the annual report", when the
    subject is a pronoun and the event noun is the verb's object."""
    verb = v["verb"].lower()
    if verb not in _OBJECT_VERBS or _subject(text, v.start()) is not None:
        return None
    phrase_end = v.start("verb") + len(_verb_phrase(text, v.start("verb"), spans))
    if not v.end() < noun[0] < phrase_end:
        return None
    obj = text[v.end() : phrase_end].split()
    if not obj or _bare(obj[-1]) != _bare(noun[2]):
        return None
    if _bare(obj[0]) in ("its", "their", "his", "her", "our"):
        obj[0] = "the"
    return f"{VERB_NOUNS[verb]} of {' '.join(obj)}"


def _when_text(m: DateMention) -> str:
    return m.text.rstrip(".")


def _resolve_next_day(events: list[_Event], sentences: Sequence[Sentence]) -> None:
    by_sentence: dict[int, list[_Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence, []).append(e)
    for e in events:
        if e.mention.kind != "next_day" or e.mention.offset is None:
            continue
        prev = [p for p in by_sentence.get(e.sentence - 1, []) if p is not e]
        if not prev:
            prev_mentions = find_dates(sentences[e.sentence - 1].text) if e.sentence > 0 else []
            complete = [p for p in prev_mentions if p.date and not p.partial]
            if complete:
                e.date = complete[-1].date + dt.timedelta(days=e.mention.offset)
            continue
        base = prev[-1]
        if base.date and not base.mention.partial:
            e.date = base.date + dt.timedelta(days=e.mention.offset)


def _same_event(a: _Event, b: _Event) -> bool:
    if a.title.lower() == b.title.lower():
        return a.date is None or b.date is None or a.date == b.date
    return bool(a.date and b.date and a.date == b.date and a.anchor_noun == b.anchor_noun)


def _merge_weekdays(events: list[_Event]) -> list[_Event]:
    """Fold an unresolved weekday meeting into the one meeting with a full day and month."""
    full = [
        e
        for e in events
        if e.anchor_noun in _MEETING_NOUNS and e.mention.day is not None and e.mention.month
    ]
    if len(full) != 1:
        return events
    target = full[0]
    out: list[_Event] = []
    for e in events:
        if (
            e is not target
            and e.mention.kind == "weekday"
            and e.date is None
            and e.anchor_noun in _MEETING_NOUNS
        ):
            target.evidence = sorted(set(target.evidence) | set(e.evidence))
            target.when = f"{e.when}, {target.when}" if e.when else target.when
            target.where = target.where or e.where
            continue
        out.append(e)
    return out


def _participants(
    evidence: Sequence[int], sentences: Sequence[Sentence], actors: Sequence[Actor]
) -> tuple[str, ...]:
    text = " ".join(sentences[i].text for i in evidence)
    names: list[str] = []
    for a in actors:
        if any(n and _has_word(text, n) for n in (a.name, *a.aliases)):
            names.append(a.name)
            if len(names) == _MAX_PARTICIPANTS:
                break  # a run-on paragraph names thousands: each search is a pass over it
    return tuple(names)


def _has_word(text: str, phrase: str) -> bool:
    """Whether `phrase` occurs in `text` as whole words (plain search: names are many)."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        at = text.find(phrase, at + 1)
    return False


def _sort_key(e: _Event) -> tuple:
    if e.date is not None:
        return (0, e.date.toordinal(), 0, e.sentence)
    m = e.mention
    if m.month is not None:
        return (1, m.month, m.day or 31, e.sentence)
    return (2, 0, 0, e.sentence)


# Titles made from a verb alone, because its subject was a pronoun ("They are due to report").
_BARE_TITLES = frozenset(VERB_NOUNS.values()) | frozenset(EVENT_PARTICIPLES.values())
# The subject a sentence opens on: "The three, who were not named, were released on bail."
_OPENING_SUBJECT = compile_lazily(
    r"^(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir)[ ][\w’'-]+(?:[ ][\w’'-]+){0,3}?)"
    r"(?:,[ ][^,]{2,60},)?[ ](?:were|was|is|are|has|have|had|will|would|said|say|says)\b"
)
_SUBJECT_PRONOUN = compile_lazily(r"(?:^|[.;,][ ])(?:[Tt]hey|[Ii]t)[ ](?:are|is|will|would)\b")


def _with_subject_before(e: _Event, s: Sentence, prev: Sentence) -> str | None:
    """ "Report" for "They are due to report back to police in April": the subject of the
    sentence before, which "they" stands for, titles the event."""
    if not _SUBJECT_PRONOUN.search(s.text, 0, e.mention.start):
        return None
    m = _OPENING_SUBJECT.match(prev.text)
    if m is None:
        return None
    verb = next((v for v, n in {**VERB_NOUNS, **EVENT_PARTICIPLES}.items() if n == e.title), None)
    if verb is None:
        return None
    at = s.text.find(f" {verb}", 0, e.mention.start)
    if at == -1:
        return None
    phrase = _verb_phrase(s.text, at + 1, [(e.mention.start, e.mention.end)])
    subject = m["np"][:1].upper() + m["np"][1:]
    subject = re.sub(r"^The ", "", subject)
    return f"{_capital(subject)} to {phrase}" if phrase else None


def _events(
    sentences: Sequence[Sentence],
    actors: Sequence[Actor],
    article_date: dt.date | None,
    dates: SentenceDates,
) -> list[AgendaItem]:
    # Names that are not places: a "where" inside one of them is no venue.
    people = [n for a in actors if a.kind != "country" for n in (a.name, *a.aliases)]
    events: list[_Event] = []
    for s in sentences:
        for e in _events_in(s, dates[s.index], article_date, people):
            e.when = _when_text(e.mention)
            e.date = e.mention.date
            if e.title in _BARE_TITLES and s.index > 0:
                e.title = _with_subject_before(e, s, sentences[s.index - 1]) or e.title
            events.append(e)
    _resolve_next_day(events, sentences)
    merged: list[_Event] = []
    for e in events:
        twin = next((x for x in merged if _same_event(x, e)), None)
        if twin is None:
            merged.append(e)
            continue
        twin.evidence = sorted(set(twin.evidence) | set(e.evidence))
        twin.where = twin.where or e.where
    merged = _merge_weekdays(merged)
    merged.sort(key=_sort_key)
    return [
        AgendaItem(
            kind="event",
            title=e.title,
            when=e.when,
            date=e.date,
            where=e.where,
            participants=_participants(e.evidence, sentences, actors),
            evidence=tuple(e.evidence),
            date_is_partial=e.mention.partial and e.date is not None,
        )
        for e in merged
    ]


_TOPIC_BEFORE = compile_lazily(
    r"\b(?:" + "|".join(re.escape(c) for c in TOPIC_CUES_BEFORE_LIST) + r")\b[ ]", re.IGNORECASE
)
_TOPIC_AFTER = compile_lazily(
    r"[ ](?:" + "|".join(re.escape(c) for c in TOPIC_CUES_AFTER_LIST) + r")\b", re.IGNORECASE
)
_TOPIC_AFTER_LAST = last_words(TOPIC_CUES_AFTER_LIST)
_TOPIC_BEFORE_KEYS = covering_keys(
    TOPIC_CUES_BEFORE_LIST,
    "discuss focus talks negotiations aimed agenda seek demand call want sticking dispute".split(),
)
_TOPIC_END = compile_lazily(
    r"[;:(“”\"]|,[ ](?:but|while|which|who|as|after|before|when|according|said)\b|"
    r"[ ](?:but|while|because|although|without|after|before|in order to|so that|and that)\b|"
    # "tougher age checks at a meeting in Luxembourg": the meeting is the event, not the topic.
    r"[ ]at[ ](?:a|the|their|its)[ ](?:[a-z-]+[ ])?(?:meeting|summit|session|conference|hearing)\b"
)
_LEADING = compile_lazily(r"^(?:the|their|its|his|her|our|a|an|all|any)[ ]", re.IGNORECASE)
_LIST_SPLIT = compile_lazily(r",[ ](?:and[ ]|or[ ])?|[ ]and[ ](?=[^,]*$)")


def _clean_topic(t: str) -> str:
    dates = find_dates(t)
    if dates:
        # "the maritime boundary next month": the date belongs to the talks, not the topic.
        t = t[: dates[0].start]
    t = t.strip(_PUNCT + " ")
    prev = None
    while prev != t:
        prev = t
        t = _LEADING.sub("", t).strip()
    return t


def _split_list(span: str) -> list[str]:
    if "," not in span:
        return [span]
    return [p for p in _LIST_SPLIT.split(span) if p.strip()]


def _topics_in(s: Sentence) -> list[str]:
    text = s.text
    lower = caseless(text)
    found: list[str] = []
    cue_after = has_any(lower, _TOPIC_AFTER_LAST) and has_any(lower, TOPIC_CUES_AFTER_LIST)
    after = _TOPIC_AFTER.search(text) if cue_after else None
    if after:
        # The list itself has commas: start at the sentence (or quote) start instead.
        head = text[max(0, after.start() - 400) : after.start()]
        quote = max(head.rfind("“"), head.rfind('"'), head.rfind(": "))
        span = head[quote + 1 :] if quote >= 0 else head
        found.extend(_split_list(span))
    cue_before = has_any(lower, _TOPIC_BEFORE_KEYS) and has_any(lower, TOPIC_CUES_BEFORE_LIST)
    cues = _TOPIC_BEFORE.finditer(text) if cue_before else ()
    for n, m in enumerate(cues):
        if n >= _MAX_DATES:
            break
        if _NEGATED.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        rest = text[m.end() : m.end() + 400]
        end = _TOPIC_END.search(rest)
        span = rest[: end.start()] if end else rest
        found.extend(_split_list(span))
    # "wants to stay", "wanted him to succeed": an aim of a person, not a thing on the table.
    found = [t for t in found if not re.match(r"\s*(?:to|him|her|them|it|us|me)\b", t)]
    items = [_clean_topic(t) for t in found]
    items = [t for t in items if 1 <= len(t.split()) <= 14 and t[:1].isalnum()]
    if len(items) == 1 and _is_vague(items[0]):
        return []
    return [t for t in items if t.lower() not in EVENT_NOUNS and not _is_event_ref(t)]


def _is_vague(t: str) -> bool:
    return all(w.lower() in VAGUE_TOPIC_WORDS or w.lower() == "bilateral" for w in t.split())


def _is_event_ref(t: str) -> bool:
    words = t.lower().split()
    return len(words) <= 2 and words[-1] in EVENT_NOUNS


# Words of a heading or a line ending in a colon that announce a list of things on the table
# ("What the full council will consider", "The agenda:", "Items to be debated:").
_LIST_INTRO_CUES = (
    "consider",
    "discuss",
    "agenda",
    "debate",
    "decide",
    "vote on",
    "on the table",
    "items",
    "will look at",
    "will examine",
    "will review",
    "to be considered",
    "to be discussed",
    "proposals",
    "demands",
    "what's next",
    "what next",
)


def _listed_topic(s: Sentence, intro: Sentence | None) -> str | None:
    """A list item under an intro that announces things on the table, as a topic."""
    if intro is None or not (intro.kind == "heading" or intro.text.rstrip().endswith(":")):
        return None
    if not has_any(intro.text.lower(), _LIST_INTRO_CUES):
        return None
    item = s.text.strip().rstrip(";,.").strip()
    dated = find_dates(item)
    if dated and dated[0].start <= 2:
        return None  # "12 May: hearing": a dated item is an event, read as one
    if item.lower().startswith("and "):
        item = item[4:]
    item = _LEADING.sub("", item) if len(item.split()) > 1 else item
    return item if 1 <= len(item.split()) <= 20 else None


def _topics(sentences: Sequence[Sentence], actors: Sequence[Actor]) -> list[AgendaItem]:
    seen: set[str] = set()
    out: list[AgendaItem] = []
    intro: Sentence | None = None
    for s in sentences:
        if s.kind != "list_item":
            intro = s
        if s.kind in ("title", "heading"):
            continue
        listed = _listed_topic(s, intro) if s.kind == "list_item" else None
        for t in [listed] if listed else _topics_in(s):
            key = t.lower()
            if key in seen:
                continue
            seen.add(key)
            out.append(
                AgendaItem(
                    kind="topic",
                    title=_capital(t),
                    participants=_participants((s.index,), sentences, actors),
                    evidence=(s.index,),
                )
            )
    return out


def extract_agenda(
    sentences: Sequence[Sentence],
    actors: Sequence[Actor],
    article_date: dt.date | None,
    dates: SentenceDates | None = None,
) -> tuple[AgendaItem, ...]:
    """Events (in time order) then topics.

    `dates` are the sentences' mentions found with `article_date` as anchor, when the caller
    has them already (`sentence_dates`).
    """
    if dates is None:
        dates = sentence_dates(sentences, article_date)
    return (*_events(sentences, actors, article_date, dates), *_topics(sentences, actors))
