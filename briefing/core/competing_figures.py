"""A figure set against one given just before it: two values for one thing.

Reporters mark a second, competing figure with a few set phrases: "put the figure at 486,000",
"put participation at 11%", "gave the date as 5 August", "records the landing at 14:47", "the
figure was closer to 1.7 billion zlotys", "the result had been 28 to 19". Each such phrase
names a value of a kind (a sum, a share, a count, a date, a time of day, a vote); the value
it competes with is the latest one of the same kind just before it, in the same sentence or
the few before. Two values that differ are a conflict the reader should see.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing.core.dates import DateMention, SentenceDates, find_dates
from briefing.core.gates import has_any
from briefing.core.lazy_regex import compile_lazily
from briefing.core.lexicons.events import NOT_COUNTED_AFTER_NUMBER
from briefing.core.model import Question, Sentence
from briefing.core.phrasing import lower_opening

# The phrase that brings in a second value; the value starts where the phrase ends.
# "put the same figure at", "puts turnout at", "gave the date as", "records the landing at".
_SET_AT = compile_lazily(
    r"\b(?:put|puts|putting|placed|places|gave|gives|recorded|records|logged|logs)[ ]"
    r"(?:(?:the|its|their|his|her|that)[ ])?(?P<what>(?:same[ ]|own[ ])?[a-z-]+(?:[ ][a-z-]+)?)"
    r"[ ](?:at|as)[ ](?:about[ ]|around[ ]|roughly[ ]|nearly[ ]|only[ ]|just[ ])?"
)
# "the figure was closer to 1.7 billion", "the result had been 28 to 19".
# A bare "the figure was 2,100" may only restate or update a figure: it competes when it is
# set right ("the real figure", "closer to") or reported from someone ("said ... that").
_WAS = compile_lazily(
    r"\bthe[ ](?P<fix>(?:real|actual|true|correct|official|final)[ ])?(?P<what>figure|number|"
    r"total|tally|count|toll|result|score|cost|bill|amount)[ ](?:was|were|had[ ]been|is|"
    r"stood[ ]at)[ ](?P<fix2>(?:in[ ]fact|actually|really|closer[ ]to|nearer)[ ])?"
    r"(?:about[ ]|around[ ]|only[ ]|just[ ])?"
)
_REPORTED = ("said", "says", "told", "according to", "statement", "argued", "insisted")
_CUE_WORDS = (
    " put ",
    " puts ",
    " putting ",
    " placed ",
    " places ",
    " gave ",
    " gives ",
    "recorded ",
    "records ",
    "logged ",
    " logs ",
    " was ",
    " were ",
    " had been ",
    " is ",
    "stood at",
)
# Words for "the value just given", naming no measure of their own ("the same figure").
_GENERIC = frozenset("figure number total tally count toll amount result score cost bill".split())
# A change over time: "rose to 5%" then "put it at 6%" is news, not a contradiction. Words of
# time ("by Monday") are not among them: "put the figure at" says it is the same figure.
_CHANGE_WORDS = (
    " rose",
    " risen",
    " rising",
    " climbed",
    " increased",
    " grew",
    " jumped",
    " doubled",
    " fell",
    " fallen",
    " dropped",
    " declined",
    " decreased",
    " up from",
    " down from",
    " expected to",
    " forecast",
    " target",
    # A figure revised: "later raised the price to 450 million euros".
    " raised",
    " lowered",
    " revised",
    " reduced",
    " trimmed",
    " sweetened",
    " slashed",
    " increase to",
    " cut to",
)


@dataclass(frozen=True)
class _Value:
    kind: str  # money, share, count, time, date, vote
    key: tuple[object, ...]  # what compares equal: the amount and its unit
    shown: str
    start: int
    # The words just before it, which may make it a bound: "more than 1,400", "up to 2,000".
    before: str = ""

    @property
    def bound(self) -> int:
        """1 for a lower bound, -1 for an upper one, 0 for an exact figure."""
        before = self.before.lower()
        return 1 if _LOWER.search(before) else -1 if _UPPER.search(before) else 0


_LOWER = compile_lazily(r"(?:more[ ]than|at[ ]least|over|above|upwards[ ]of|in[ ]excess[ ]of)[ ]$")
_UPPER = compile_lazily(r"(?:up[ ]to|fewer[ ]than|less[ ]than|under|below|nearly|almost)[ ]$")


def _agree(a: _Value, b: _Value) -> bool:
    """ "More than 1,400" and "2,100" can both be true; so can "up to 500" and "420"."""
    if a.kind not in ("count", "money", "share"):
        return False
    x, y = float(a.key[0]), float(b.key[0])  # type: ignore[arg-type]
    low, high = (a, b) if x < y else (b, a)
    return low.bound == 1 or high.bound == -1


_DIGIT = compile_lazily(r"\d")


def _of(dates: SentenceDates | None, s: Sentence) -> Sequence[DateMention] | None:
    """A sentence's date mentions, if the pipeline found them."""
    return dates.get(s.index) if dates is not None else None


def _number(text: str) -> float:
    return float(text.replace(",", ""))


_TIME = compile_lazily(r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])")
_SHARE = compile_lazily(r"(?<![\d.,])(?P<num>\d+(?:\.\d+)?)[ ]?(?:%|per[ ]?cent\b)")
_MONEY_SIGN = compile_lazily(
    r"(?P<cur>[$€£¥])(?P<num>\d[\d,]*(?:\.\d+)?)(?:[ ]?(?P<scale>million|billion|trillion|bn|m)\b)?"
)
# "41 billion dollars", "2.1 billion zlotys", "7.1 million", "452,000", "640".
# A scale written on ("2.9m", "3bn") is read after a decimal only: "100m" is a sprint.
_AMOUNT = compile_lazily(
    # Opens on a digit, the look-behind after it: a pattern that starts with a class lets the
    # scan skip to the digits, four times faster than one that starts with a look-behind.
    r"(?P<num>\d(?<![\w.,:$€£¥-]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))(?![\d:%])"
    r"(?:[ ](?P<scale>million|billion|trillion)\b|(?<=\.\d)(?P<short>m|bn)\b|"
    r"(?<=\.\d\d)(?P<short2>m|bn)\b|(?P<bn>bn)\b)?(?:[ ](?P<unit>[a-z]+))?"
)
_VOTE = compile_lazily(
    r"(?<![\d.,])(?P<a>\d{1,3})(?:[ ]?[-–][ ]?|[ ]to[ ])(?P<b>\d{1,3})(?!\d|[.,]\d)"
)
_CURRENCY_WORDS = frozenset(
    "dollars euros pounds yen yuan francs kronor kroner krona zlotys forints rupees rand "
    "pesos reais won rubles roubles lira dirhams riyals shekels naira shillings".split()
)
_SCALES = {"m": "million", "bn": "billion"}
_CURRENCY_SIGNS = {"$": "dollars", "£": "pounds", "€": "euros", "¥": "yen"}
_VOTE_SIGNS = (" to ", "-", "–")


def _values(text: str, found_dates: Sequence[DateMention] | None = None) -> list[_Value]:
    """Every value in `text` of a kind this module compares, in order of position.

    `found_dates`: the text's date mentions when the pipeline has found them already."""
    found: list[_Value] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, key: tuple[object, ...], start: int, end: int) -> None:
        # Read in order of precedence: "14:42" is a time, not two counts; "3 August" a date.
        if any(start < stop and begin < end for begin, stop in taken):
            return
        taken.append((start, end))
        before = text[max(0, start - 20) : start]
        found.append(_Value(kind, key, text[start:end].strip(), start, before))

    for t in _TIME.finditer(text) if ":" in text else ():
        add("time", (int(t["h"]), int(t["m"])), t.start(), t.end())
    for d in find_dates(text) if found_dates is None else found_dates:
        if d.day is not None and d.month is not None and d.end <= len(text):
            add("date", (d.month, d.day), d.start, d.end)
    # Each scan only where its sign or word is: most sentences have neither.
    for m in _SHARE.finditer(text) if "%" in text or "cent" in text else ():
        add("share", (_number(m["num"]),), m.start(), m.end())
    for m in _VOTE.finditer(text) if has_any(text, _VOTE_SIGNS) else ():
        add("vote", (int(m["a"]), int(m["b"])), m.start(), m.end())
    for m in _MONEY_SIGN.finditer(text) if has_any(text, _CURRENCY_SIGNS) else ():
        scale = _SCALES.get(m["scale"] or "", m["scale"] or "")
        add("money", (_number(m["num"]), scale, _CURRENCY_SIGNS[m["cur"]]), m.start(), m.end())
    for m in _AMOUNT.finditer(text):
        num = m["num"]
        short = m["short"] or m["short2"] or m["bn"]
        scale = m["scale"] or _SCALES.get(short or "", "")
        if len(num) == 4 and num[:2] in ("19", "20") and not scale:
            continue  # a year
        unit = m["unit"] or ""
        if unit in _CURRENCY_WORDS:
            add("money", (_number(num), scale, unit), m.start(), m.end())
        else:
            # The word after a count is kept out of what is shown: "640 people on the night".
            end = m.end("scale") if m["scale"] else m.end("num") + len(short or "")
            add("count", (_number(num), scale, ""), m.start(), end)
    found.sort(key=lambda v: v.start)
    return found


def _same_measure(a: _Value, b: _Value) -> bool:
    """Two values of one kind on the same scale: "7.42 million" and "7.1 million"."""
    if a.kind != b.kind:
        return False
    if a.kind in ("money", "count"):
        # The scale and the currency must agree where both are given.
        return all(x == y or not x or not y for x, y in zip(a.key[1:], b.key[1:], strict=True))
    return True


def _second_value(s: Sentence, dates: SentenceDates | None) -> tuple[_Value, str, int] | None:
    """The competing value a set phrase brings in, what it names, and where the phrase starts."""
    text = s.text
    if not has_any(text, _CUE_WORDS) or _DIGIT.search(text) is None:
        return None
    low = text.lower()
    values: list[_Value] | None = None
    for pattern in (_SET_AT, _WAS):
        for m in pattern.finditer(low):
            # Read the values only once a set phrase is found: most sentences have none.
            values = _values(text, _of(dates, s)) if values is None else values
            value = next((v for v in values if v.start == m.end()), None)
            if value is None:
                continue
            what = m["what"]
            if pattern is _WAS and not (m["fix"] or m["fix2"] or has_any(low, _REPORTED)):
                continue
            if value.kind == "vote" and not has_any(low, _REPORTED):
                continue  # "the result was 3-1" in a match report is the result, not a claim
            return value, what, m.start()
    return None


def _earlier_value(
    second: _Value,
    what: str,
    s: Sentence,
    cue_at: int,
    sentences: Sequence[Sentence],
    dates: SentenceDates | None,
) -> tuple[_Value, int] | None:
    """The value `second` competes with: the nearest one before it of the same measure."""
    generic = what.removeprefix("same ").removeprefix("own ") in _GENERIC
    # A named measure ("participation", "the landing") is matched only close by: the same
    # sentence or the one before, where a lone value of the kind can only be the same thing.
    reach = 3 if generic else 1
    same_sentence = [v for v in _values(s.text[:cue_at], _of(dates, s)) if _same_measure(v, second)]
    if same_sentence:
        return same_sentence[-1], s.index
    for prev in reversed(sentences[max(0, s.index - reach) : s.index]):
        if prev.kind in ("title", "heading"):
            continue
        candidates = [v for v in _values(prev.text, _of(dates, prev)) if _same_measure(v, second)]
        if not candidates:
            continue
        if has_any(" " + prev.text.lower(), _CHANGE_WORDS):
            return None  # "rose to 5%": a change over time, not a rival figure
        if not generic and len(candidates) > 1:
            return None
        return candidates[-1], prev.index
    return None


# ", which runs the UCI's anti-doping programme,": an aside inside the subject.
# "However, the court said": the link opens the sentence, not the subject.
_OPENING_LINK = compile_lazily(r"^\s*(?:However|But|Yet|Meanwhile|Still|Instead|Separately),?[ ]")
_ASIDE = compile_lazily(
    r",[ ](?:(?:which|who|whose|published|released|issued|set[ ]up)[ ][^,]*|however|though|too),"
)
_SUBJECT_TAIL = compile_lazily(
    r"(?:[ ](?:on|late[ ]on|early[ ]on)[ ][A-Z][a-z]+|[ ](?:had|has|have|also|later|then|itself))+$"
)
# The verb that ends the subject of a reporting clause: "The company said in a filing that".
_REPORTING = compile_lazily(
    r"[ ](?:said|says|told|put|puts|gave|gives|records|recorded|logged|logs|placed|places|"
    r"estimated|estimates|reported|reports|claimed|claims)\b"
)
_PRONOUNS = frozenset("it they he she this that these those we i you".split())


def _who(clause: str, source_of: Callable[[str], str]) -> str:
    """Who gives the value in a clause: "according to X", else the subject of its reporting
    verb when that is short ("the airport operator's incident log"), else `source_of`."""
    if "according to" in clause.lower():
        return source_of(clause)
    verb = _REPORTING.search(clause)
    if verb is None:
        return source_of(clause)
    subject = clause[: verb.start()]
    if not clause[verb.end() :].strip(" .”\"'"):
        # "The assembly approved the budget 61-40, the speaker's office said."
        subject = subject[subject.rfind(", ") + 1 :]
    subject = _ASIDE.sub("", subject)
    subject = _OPENING_LINK.sub("", subject)
    subject = _SUBJECT_TAIL.sub("", subject).strip(" ,")
    words = subject.split()
    if not words or len(words) > 10 or words[0].lower() in _PRONOUNS:
        return source_of(clause)
    if not (words[0][0].isupper() or words[0] == "the"):
        return source_of(clause)
    return f"according to {lower_opening(subject)}"


_ASK: dict[str, str] = {
    "date": "Which date is right",
    "time": "Which time is right",
    "vote": "Which result is right",
}


def _bare(value: _Value) -> str:
    """A value as the question shows it: "3 August", not "on 3 August"."""
    return value.shown.removeprefix("on ") if value.kind == "date" else value.shown


def competing_figures(
    sentences: Sequence[Sentence],
    source_of: Callable[[str], str],
    dates: SentenceDates | None = None,
) -> list[Question]:
    """A second value for a thing just given a value: "put the figure at 486,000".

    `source_of` says who gives the value in a sentence ("according to the union"), or "".
    """
    out: list[Question] = []
    for s in sentences:
        if s.kind in ("title", "heading"):
            continue
        found = _second_value(s, dates)
        if found is None:
            continue
        second, what, cue_at = found
        earlier = _earlier_value(second, what, s, cue_at, sentences, dates)
        if earlier is None:
            continue
        first, first_index = earlier
        if first.key == second.key or _agree(first, second):
            continue  # the same figure confirmed, or one within the other's bound
        # "The airline said ... at 14:42; the operator's log records the landing at 14:47".
        split = s.text.rfind("; ", 0, cue_at) + 1 if first_index == s.index else 0
        b_from = _who(s.text[split:].lstrip(), source_of)
        a_from = _who(s.text[:split] if split else sentences[first_index].text, source_of)
        a_shown = f"{_bare(first)} ({a_from})" if a_from else _bare(first)
        b_shown = f"{_bare(second)} ({b_from})" if b_from and b_from != a_from else _bare(second)
        ask = _ASK.get(second.kind, "Which figure is right")
        evidence = tuple(sorted({first_index, s.index}))
        out.append(Question("conflict", f"{ask}: {a_shown} or {b_shown}?", evidence))
    return out


# Words that make a second figure a further one, a part or a rate, not a rival figure.
_PART_WORDS = compile_lazily(
    r"\b(?:another|further|additional|extra|other|also|remaining|rest|including|of[ ]them|"
    r"of[ ]these|of[ ]whom|of[ ]which|each|per|a[ ](?:day|week|month|year|hour)|"
    r"an[ ]hour|first|second|third|last|previous|next)\b"
)
_WORD_RE = compile_lazily(r"[A-Za-z][A-Za-z'’-]+")
# Units written two ways.
_UNIT_NAMES = {"km": "kilometres", "kilometers": "kilometres", "ha": "hectares", "kg": "kilograms"}
_NOT_THINGS = frozenset(
    """
    said says told according about around some nearly almost roughly more than least under over
    with from into that this those these their there which while would could should will were
    have been being also only just what when where after before since figure number total
    same however statement report official officials million billion percent cent
    """.split()
)
# Units of a measurement: two measurements near each other are mostly of two things (a width
# and a depth, a speed limit and a top speed).
_MEASURE_UNITS = frozenset(
    """
    feet foot ft inches inch in yards yard metres meters metre meter centimetres centimeters cm
    millimetres millimeters mm kilometres kilometers km miles mile mph kph km/h knots degrees
    grams gram g kilograms kilogram kg pounds lb lbs ounces oz litres liters litre liter
    gallons gallon calories volts watts megawatts gigawatts storeys stories floors
    """.split()
)
_NEAR_BEFORE = 5
_NEAR_AFTER = 4
_PAIR_REACH = 3


def _stems_near(text: str, value: _Value) -> set[str]:
    """The content words around a value, cut to their first five letters: what it counts."""
    before = _WORD_RE.findall(text[: value.start])[-_NEAR_BEFORE:]
    after = _WORD_RE.findall(text[value.start + len(value.shown) :])[:_NEAR_AFTER]
    # The sentence's first word is capitalised by its place ("Turnout of 64 percent").
    first = _WORD_RE.match(text.lstrip(" “\"‘'"))
    opening = first.group(0) if first else ""
    stems = set()
    for word in (*before, *after):
        low = word.lower().strip("'’")
        low = _UNIT_NAMES.get(low, low)
        common = not word[:1].isupper() or (word == opening and low not in _NOT_THINGS)
        if len(low) > 3 and low not in _NOT_THINGS and common:
            stems.add(low[:5])
    return stems


# "Its German arm", "the group's retail division": a part of what a figure counts whole.
_PART_OF = compile_lazily(
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he[ ]\w+'s)[ ](?:[\w-]+[ ]){0,2}(?:arm|division|subsidiary|unit|"
    r"branch|plant|factory|operations|wing|affiliate|branches|plants|factories)\b"
)
_IN_PLACE = compile_lazily(r"\b(?:in|across)[ ]([A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})")
# A year a figure is for ("in 2024", "the 2012 election"), not one it is compared with ("the
# highest since 2009").
_YEAR = compile_lazily(r"\b(?:in|for|of|the|during)[ ]((?:19|20)\d\d)\b")


def _scope(s: Sentence, dates: SentenceDates | None) -> frozenset[str]:
    """The dates a sentence is about: figures for "Monday" and "Tuesday", or for "the 2012
    election" and this one, do not compete."""
    found = _of(dates, s)
    mentions = find_dates(s.text) if found is None else found
    days = {
        d.text.lower().removeprefix("on ")
        for d in mentions
        if d.month is not None or d.kind in ("weekday", "relative", "next_day", "period")
    }
    return frozenset(days | set(_YEAR.findall(s.text)))


def _counted(text: str, value: _Value) -> bool:
    """Whether a value counts or costs something rather than measures it: "400-gram",
    "62-year-old", "40m", "12mph", "30 centimetres", "the 52nd victory" measure or rank."""
    end = value.start + len(value.shown)
    if end < len(text) and (text[end] == "-" or text[end].isalpha()):
        return False
    if text[max(0, value.start - 1) : value.start] == "(":
        return False  # a conversion: "40 metres deep (131 feet)"
    if value.kind != "count":
        return True
    following = text[end:].split(maxsplit=1)
    unit = following[0].lower().strip(",.;)") if following else ""
    return unit not in NOT_COUNTED_AFTER_NUMBER and unit not in _MEASURE_UNITS


def paired_figures(
    sentences: Sequence[Sentence],
    source_of: Callable[[str], str],
    dates: SentenceDates | None = None,
) -> list[Question]:
    """Two sentences close together giving one thing two values: "Swiss officials said 640
    delegates had attended" and "The secretariat later put attendance at 410"; "roughly 1,200
    barrels had leaked" and "estimated the spill at about 800 barrels".

    A value's thing is told by the words around it ("delegates had attended", "attendance");
    two values compete when they are of one kind and scale and share such a word. A change
    ("rose to"), a part or a further amount ("another 300", "of them"), a rate ("a day") or
    another date makes them two things."""
    read: list[tuple[Sentence, list[tuple[_Value, set[str]]]]] = []
    # "rescued from the building": a sentence that tells where from may count another group
    # of the same people, so only a writer's own contrast pairs it.
    moved: set[int] = set()
    for s in sentences:
        if s.kind in ("title", "heading") or _DIGIT.search(s.text) is None:
            continue
        text = s.text
        low = " " + text.lower()
        values = [v for v in _values(text, _of(dates, s)) if v.kind in _PAIRED_KINDS]
        if not values or len(values) > 3 or has_any(low, _CHANGE_WORDS) or _FROM_FIGURE.search(low):
            continue
        near = [
            (v, _stems_near(text, v))
            for v in values
            if _counted(text, v)
            and not _PART_WORDS.search(
                text[max(0, v.start - 25) : v.start + len(v.shown) + 25].lower()
            )
        ]
        if near:
            read.append((s, near))
            if " from " in low:
                moved.add(s.index)
    out: list[Question] = []
    asked: set[int] = set()
    scopes: dict[int, frozenset[str]] = {}

    def scope(s: Sentence) -> frozenset[str]:
        if s.index not in scopes:
            scopes[s.index] = _scope(s, dates)
        return scopes[s.index]

    def _undated(s: Sentence, value: _Value) -> frozenset[str]:
        """The sentence's scope without the date that is the value itself."""
        return scope(s) - {_bare(value).lower()}

    for k, (b, b_values) in enumerate(read):
        if b.index in asked:
            continue
        for j in range(k - 1, -1, -1):
            a, a_values = read[j]
            if b.index - a.index > _PAIR_REACH:
                break
            if a.index in asked:
                continue
            # Sentences about other dates count other things; two dates for one thing are the
            # exception, told apart by the writer's own words ("the same hearing").
            scoped = scope(a) == scope(b)
            places_differ = set(_IN_PLACE.findall(a.text)) != set(_IN_PLACE.findall(b.text))
            # "Its German arm employs 900": a part of what the other sentence counts whole.
            if (_PART_OF.search(a.text) is None) != (_PART_OF.search(b.text) is None):
                continue
            # "the same case", "by another count", "disputed": the writer sets the second value
            # against the first, so the words around them need not agree.
            close = b.index - a.index <= 2
            contrast = close and _CONTRAST.search(b.text) is not None
            # "That number was disputed by the union": a date in only one of the two
            # ("over the next year") tells when, not which thing.
            scoped = scoped or (contrast and not (scope(a) and scope(b)))
            # "however" alone sets the two apart, but not always as one thing ("Its German
            # arm, however, employs 900"): their words must still agree.
            but = close and _HOWEVER.search(b.text) is not None
            if not contrast and (a.index in moved or b.index in moved):
                continue
            same = contrast and _SAME_THING.search(b.text) is not None
            pair = next(
                (
                    (x, y)
                    for x, x_stems in a_values
                    for y, y_stems in b_values
                    if _same_measure(x, y)
                    and (scoped or (x.kind == "date" and _undated(a, x) == _undated(b, y)))
                    # "Turnout in Budapest was 70 percent": a share of a part of the whole.
                    and not (x.kind == "share" and places_differ)
                    and (
                        same
                        or (x.kind == "date" and (contrast or but) and bool(x_stems & y_stems))
                        or (x.kind != "date" and bool(x_stems & y_stems))
                        or (contrast and x.kind not in ("date", "share"))
                    )
                    and (x.kind != "share" or _MEASURE_MODIFIERS.isdisjoint(x_stems ^ y_stems))
                    and (contrast or but or _same_head(_head(a.text, x), _head(b.text, y)))
                ),
                None,
            )
            if pair is None:
                continue
            x, y = pair
            # A date's key is its month and day; a figure's, its amount at its scale.
            dated = x.kind in ("date", "time")
            same_value = x.key == y.key if dated else _absolute(x) == _absolute(y)
            if same_value or _agree(x, y):
                break  # the same figure again, or one within the other's bound
            a_from, b_from = _who(a.text, source_of), _who(b.text, source_of)
            a_shown = f"{_bare(x)} ({a_from})" if a_from else _bare(x)
            b_shown = f"{_bare(y)} ({b_from})" if b_from and b_from != a_from else _bare(y)
            ask = _ASK.get(x.kind, "Which figure is right")
            text = f"{ask}: {a_shown} or {b_shown}?"
            out.append(Question("conflict", text, (a.index, b.index)))
            asked.update((a.index, b.index))
            break
    return out


def _head(text: str, value: _Value) -> str:
    """What a count counts, when the word after it says: "32 civilians", "1,200 barrels"."""
    if value.kind != "count":
        return ""
    nxt = _WORD_RE.match(text, value.start + len(value.shown) + 1)
    word = nxt.group(0).lower() if nxt and nxt.start() == value.start + len(value.shown) + 1 else ""
    word = _UNIT_NAMES.get(word, word)
    return "" if not word or word in _NOT_HEADS else word.removesuffix("s")


# Words that make one measure another ("core inflation", "net profit"), as stems.
_MEASURE_MODIFIERS = frozenset(
    w[:5]
    for w in "core headline underlying annual monthly youth overall average final official "
    "provisional regional national local adjusted real nominal gross net".split()
)
_NOT_HEADS = frozenset(
    "in of a an the at on to for was were had have has and or per by from with is are than "
    "more less".split()
)


def _same_head(a: str, b: str) -> bool:
    """ "32 civilians" and "100 wounded" count two things; "640 delegates" and "410" may not."""
    return not a or not b or a == b


_PAIRED_KINDS = frozenset(("count", "money", "share", "date", "time"))
# A change from one figure to another: "rose from 3% to 5%", "down from about 1,200".
_FROM_FIGURE = compile_lazily(r"\bfrom[ ](?:about[ ]|around[ ]|some[ ]|nearly[ ])?[$€£¥]?\d")
# "the same case", "the same board meeting": a date set against another for one event.
_SAME_THING = compile_lazily(r"\b[Tt]he[ ]same[ ](?!day\b|time\b|week\b|way\b)[a-z]+")
_CONTRAST = compile_lazily(
    r"\b(?:[Tt]he[ ]same[ ](?!day\b|time\b|week\b|way\b)[a-z]+|[Cc]ontradicting|"
    r"[Bb]y[ ](?:another|a[ ]different|its[ ]own|their[ ]own)[ ]count|disputed|differs[ ]from|"
    r"in[ ](?:its|their|his|her)[ ]own[ ](?:statement|report|count|figures)|"
    r"its[ ]own[ ](?:scrutineers|figures|count|tally))\b"
)
_HOWEVER = compile_lazily(r"\b[Hh]owever\b")
_MULTIPLIERS = {"": 1.0, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _absolute(value: _Value) -> float:
    amount = float(value.key[0])  # type: ignore[arg-type]
    if value.kind in ("count", "money"):
        return amount * _MULTIPLIERS.get(str(value.key[1]), 1.0)
    return amount
