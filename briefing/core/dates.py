"""Find date expressions in text and resolve what can be resolved.

Resolution rules, kept simple on purpose:
- A month and day without a year take the year that puts them nearest the anchor (the
  article's date); with no anchor the `date` stays None and `month`/`day` carry what is known.
- A weekday ("on Monday", "Saturday's match") resolves against the anchor: in a sentence with
  a future cue ("will", "is expected", "scheduled"...) to the next such day on or after the
  anchor, otherwise to the most recent such day on or before it.
- "yesterday", "today", "tomorrow", "last month", "next month" resolve against the anchor.
- "the next day" and its kin are relative to another date in the story: they carry `offset`
  and are left for the caller to resolve.
- A month without a day is `partial` (the date is then the 1st); "on January." — a month after
  "on" with nothing following — is also `incomplete`: the text was cut short.

Every pattern is a fixed alternation with bounded gaps, so matching is linear in the text.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from briefing.core.gates import caseless, covering_keys, has_any, last_words
from briefing.core.lazy_regex import compile_lazily
from briefing.core.lexicons.time import (
    FUTURE_CUES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    RELATIVE_TO_EVENT,
    SEASONS,
    WEEKDAYS,
)
from briefing.core.model import Sentence

DateKind = str  # absolute | month | year | weekday | day_word | period | next_day | duration


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    date: dt.date | None
    partial: bool
    relative: bool
    kind: DateKind = "absolute"
    incomplete: bool = False
    year: int | None = None
    month: int | None = None
    day: int | None = None
    # Days after the date this mention is relative to ("the next day" = 1).
    offset: int | None = None


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_MONTH = _alt(MONTHS)
# A full month name, or an abbreviation with its optional full stop ("Jan.", "Sept").
_MONTH_ANY = rf"(?:{_MONTH}|(?:{_alt(MONTH_ABBREVIATIONS)})\b\.?)"
_ORD = _alt(ORDINAL_WORDS)
_WEEKDAY = _alt(WEEKDAYS)
_SP_MAX = 3
_SP = rf"[ \t\u00a0]{{1,{_SP_MAX}}}"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])"
_SUFFIX = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"

_ISO = compile_lazily(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b")
# "by 24/03", "24/03/2026", "3/24/2026": day and month in figures, read only where the
# numbers say which is which (whichever is over 12 is the day). Without a year, only two
# two-digit numbers after a word that introduces a date: "12/20" alone may be a score.
_SLASHED = compile_lazily(
    r"(?:\b(?P<pre>on|by|until|till|before|after|from|dated)[ ])?"
    r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y>(?:19|20)?\d\d))?(?![\d/])"
)
_MONTH_DAY = compile_lazily(
    rf"\b(?P<mon>{_MONTH_ANY}){_SP}(?:the{_SP})?(?P<d>{_DAYNUM}){_SUFFIX}\b"
    rf"(?:,?{_SP}(?P<y>{_YEAR})\b)?"
)
_DAY_MONTH = compile_lazily(
    rf"\b(?:(?P<d0>{_DAYNUM})[–-])?(?P<d>{_DAYNUM}){_SUFFIX}{_SP}(?:of{_SP})?"
    rf"(?P<mon>{_MONTH_ANY})(?:,?{_SP}(?P<y>{_YEAR})\b)?"
)
_ORDINAL_DAY = compile_lazily(
    rf"\bthe{_SP}(?P<d>{_ORD}){_SP}of{_SP}(?P<mon>{_MONTH})\b(?:,?{_SP}(?P<y>{_YEAR})\b)?",
    re.IGNORECASE,
)
_END_OF = compile_lazily(
    rf"\b(?:(?:by|until|before|at|towards?){_SP})?the{_SP}end{_SP}of{_SP}"
    rf"(?:(?P<mon>{_MONTH})|the{_SP}(?P<unit>month|year|week))\b(?:{_SP}(?P<y>{_YEAR})\b)?",
)
_PART_OF_MONTH = compile_lazily(
    rf"\b(?P<part>early|late|mid|the{_SP}middle{_SP}of|the{_SP}start{_SP}of|"
    rf"the{_SP}beginning{_SP}of)[ -](?P<mon>{_MONTH})\b(?:{_SP}(?P<y>{_YEAR})\b)?"
)
# Every part of a month above holds one of these words.
_MONTH_PART_WORDS = ("early", "late", "mid", "start", "beginning")
_MONTH_YEAR = compile_lazily(rf"\b(?P<mon>{_MONTH}){_SP}(?P<y>{_YEAR})\b")
# A bare month needs a preposition: "in September", "on January." ("May" alone is a verb).
_BARE_MONTH_PREPOSITIONS = tuple("in on by until since from during before after through".split())
_BARE_MONTH = compile_lazily(
    rf"\b(?P<prep>(?i:{'|'.join(_BARE_MONTH_PREPOSITIONS)})){_SP}(?P<mon>{_MONTH})\b"
)
# How far before its month a match of `_BARE_MONTH` can start.
_BARE_MONTH_REACH = max(map(len, _BARE_MONTH_PREPOSITIONS)) + _SP_MAX
_SEASON = compile_lazily(
    rf"\b(?:(?:in|by|until|from|during|before|after){_SP})?(?:(?:early|late|the){_SP})?"
    rf"(?P<season>{_alt(SEASONS)})(?:{_SP}of)?{_SP}(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)
# A season without its year: "in the spring", "by next summer", "this autumn". Only after a
# determiner and in lower case, so "fall" as a verb or "the Winter Olympics" is not a time.
_BARE_SEASON = compile_lazily(
    rf"\b(?i:(?:(?:in|by|until|during|before|after|from){_SP})?(?P<det>the|this|next|early|late)"
    rf"{_SP}(?:(?:early|late){_SP})?)(?P<season>{_alt(SEASONS)})\b(?!{_SP}(?:of{_SP})?\d)(?!-)"
)
_IN_YEAR_PREPOSITIONS = tuple("in by until during from since".split())
_IN_YEAR = compile_lazily(rf"\b(?P<prep>{'|'.join(_IN_YEAR_PREPOSITIONS)}){_SP}(?P<y>{_YEAR})\b")
_IN_YEAR_REACH = max(map(len, _IN_YEAR_PREPOSITIONS)) + _SP_MAX
_WEEKDAY_PREPOSITIONS = tuple("on by until last next this from since before after".split())
_WEEKDAY_RE = compile_lazily(
    rf"\b(?:(?P<prep>(?i:{'|'.join(_WEEKDAY_PREPOSITIONS)})){_SP})?"
    rf"(?P<wd>{_WEEKDAY})(?P<poss>['’]s)?\b"
)
# How far before its weekday a match of `_WEEKDAY_RE` can start.
_WEEKDAY_REACH = max(map(len, _WEEKDAY_PREPOSITIONS)) + _SP_MAX
_DAY_WORD = compile_lazily(rf"\b(?P<w>{_alt(RELATIVE_DAYS)})\b(?P<poss>['’]s)?", re.IGNORECASE)
_PERIOD = compile_lazily(rf"\b(?P<w>{_alt(RELATIVE_PERIODS)})\b", re.IGNORECASE)
# "the next day" must not swallow "next-day deliveries": no hyphen after "day".
_EVENT_RELATIVE = compile_lazily(rf"\b(?P<w>{_alt(RELATIVE_TO_EVENT)})\b(?![-–])", re.IGNORECASE)
_DURATION = compile_lazily(
    rf"\b(?:within|in){_SP}(?:(?:the{_SP}next|the{_SP}coming){_SP})?"
    rf"(?:(?P<n>\d{{1,3}}|{_alt(NUMBER_WORDS)}){_SP})?(?P<unit>days?|weeks?|months?|hours?)\b",
    re.IGNORECASE,
)
_YEAR_DIGITS = compile_lazily(r"\d\d\d\d")
_MONTH_HINT = compile_lazily(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
# What each pattern cannot match without, looked for first: a plain substring test, or a regex
# of literals only, costs far less than one of the patterns above.
_MONTH_PREFIXES = compile_lazily("|".join(sorted({name[:3] for name in MONTHS})))
_DURATION_UNITS = ("day", "week", "month", "hour")
_PERIOD_UNITS = last_words(RELATIVE_PERIODS)
_NEXT_DAY_WORDS = last_words(RELATIVE_TO_EVENT)
# A lower-case text that holds none of these holds no word any gate below looks for: every
# weekday, day word, period and span of time holds one of them.
_DATE_WORDS = covering_keys(
    (*RELATIVE_DAYS, *RELATIVE_PERIODS, *RELATIVE_TO_EVENT, *_DURATION_UNITS, "end of"),
    ("day", "week", "month", "year", "hour"),
)
_FUTURE = compile_lazily(rf"\b(?:{_alt(FUTURE_CUES)})\b", re.IGNORECASE)


def is_future(text: str) -> bool:
    """Whether a sentence speaks of something still to come."""
    # A cue matches where it stands in the lower-cased text (which keeps every position), so
    # the search starts at the first cue found there, not at the start of a long sentence.
    lower = caseless(text)
    if not has_any(lower, FUTURE_CUES):
        return False
    return _FUTURE.search(text, _first_index(lower, FUTURE_CUES)) is not None


def nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with this month and day nearest the anchor (a year-end story may mean January)."""
    best: dt.date | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((cand - anchor).days) < abs((best - anchor).days):
            best = cand
    return best


def _month_of(name: str) -> int:
    name = name.rstrip(".")
    return MONTHS.get(name) or MONTH_ABBREVIATIONS[name]


def _resolve(month: int, day: int, anchor: dt.date, future: bool) -> dt.date | None:
    """Year for a month and day: the next one in a future sentence, else the nearest."""
    if future:
        for year in (anchor.year, anchor.year + 1):
            try:
                cand = dt.date(year, month, day)
            except ValueError:
                continue
            if cand >= anchor:
                return cand
    return nearest_year(month, day, anchor)


def resolve_day(month: int, day: int, anchor: dt.date, *, future: bool) -> dt.date | None:
    """The year of a day and month written without one: the next such day when the text says
    it is still to come, else the nearest."""
    return _resolve(month, day, anchor, future)


def _never() -> bool:
    return False


def _make(
    year: int | None,
    month: int,
    day: int,
    anchor: dt.date | None,
    future: Callable[[], bool] = _never,
) -> dt.date | None:
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return _resolve(month, day, anchor, future()) if anchor else None


def _first_of(
    year: int | None, month: int, anchor: dt.date | None, future: Callable[[], bool] = _never
) -> dt.date | None:
    if year is not None:
        return dt.date(year, month, 1)
    if anchor is None:
        return None
    if future():
        return dt.date(anchor.year + (month < anchor.month), month, 1)
    return nearest_year(month, 1, anchor)


def _season_start(
    month: int, det: str, anchor: dt.date | None, future: Callable[[], bool]
) -> dt.date | None:
    """The first day of a season written without its year: the one under way or next when
    the sentence speaks of the future ("this summer" in July is this one), else the nearest."""
    if anchor is None:
        return None
    into = (anchor.month - month) % 12  # months since the season's first month
    current = dt.date(anchor.year - (anchor.month < month), month, 1)
    if det == "next":
        return current if into >= 3 and current > anchor else _shift_month(current, 12)
    if det == "this" or future():
        return current if into < 3 else _shift_month(current, 12)
    return nearest_year(month, 1, anchor)


def _shift_month(d: dt.date, months: int) -> dt.date:
    total = d.year * 12 + d.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _candidates(text: str, anchor: dt.date | None, future: Callable[[], bool]) -> list[DateMention]:
    # Cheap tests first: most sentences have no month, weekday or date word at all, and each
    # skipped pattern is a pass over the text saved. Over half of a news text's sentences leave
    # after the first three tests. Every pattern that needs a digit needs an ASCII one (a year
    # or a day number), and ten substring tests cost a third of one `\d` search.
    digit = has_any(text, string.digits)
    month_at = _MONTH_PREFIXES.search(text)
    lower = caseless(text)
    season = has_any(lower, SEASONS)
    if not (digit or month_at or season or has_any(lower, _DATE_WORDS)):
        return []
    year_at = _YEAR_DIGITS.search(text) if digit else None
    year = year_at is not None
    year_from = year_at.start() if year_at else 0
    month = month_at is not None and _MONTH_HINT.search(text) is not None
    full_month = month and has_any(text, MONTHS)
    end_of = "end of" in lower
    weekday = "day" in text and has_any(text, WEEKDAYS)
    day_word = has_any(lower, RELATIVE_DAYS)
    period = has_any(lower, _PERIOD_UNITS) and has_any(lower, RELATIVE_PERIODS)
    next_day = has_any(lower, _NEXT_DAY_WORDS) and has_any(lower, RELATIVE_TO_EVENT)
    duration = has_any(lower, _DURATION_UNITS)
    if not (
        digit or month or end_of or weekday or day_word or period or next_day or duration or season
    ):
        return []
    out: list[DateMention] = []

    def add(m: re.Match[str], date: dt.date | None, **kw: object) -> None:
        kw.setdefault("partial", False)
        kw.setdefault("relative", False)
        out.append(DateMention(m.group(0), m.start(), m.end(), date, **kw))  # type: ignore[arg-type]

    # A pattern that opens with a number, a month or a weekday cannot match before the first of
    # them, so its scan starts there (or its reach before); `\b` still sees the text before.
    for m in _ISO.finditer(text, year_from) if year and "-" in text else ():
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        add(m, _make(y, mo, d, None), year=y, month=mo, day=d)
    for m in _SLASHED.finditer(text) if digit and "/" in text else ():
        if not (m["y"] or (m["pre"] and len(m["a"]) == len(m["b"]) == 2)):
            continue  # "24/7", "12/20": figures, unless a year or "by 24/03" makes a date
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b >= 1 and a <= 31:
            d, mo = a, b
        elif b > 12 >= a >= 1 and b <= 31:
            d, mo = b, a
        else:
            continue  # "05/03": the fifth of March or the third of May
        y = _int(m["y"])
        if y is not None and y < 100:
            y += 2000
        add(m, _make(y, mo, d, anchor, future), year=y, month=mo, day=d)
    month_from = month_at.start() if month_at else 0
    scans: tuple[tuple[re.Pattern[str], int], ...] = ()
    if month and digit:
        scans = ((_MONTH_DAY, month_from), (_DAY_MONTH, _first_index(text, string.digits)))
    if month and has_any(lower, ORDINAL_WORDS):
        scans += ((_ORDINAL_DAY, 0),)
    for rx, start in scans:
        for m in rx.finditer(text, start):
            mon = m["mon"]
            mo = _month_of(mon[:1].upper() + mon[1:].lower() if rx is _ORDINAL_DAY else mon)
            if rx is _ORDINAL_DAY:
                d = ORDINAL_WORDS[m["d"].lower()]
            else:
                # A range ("10–12 March") starts on its first day.
                d = int(m.groupdict().get("d0") or m["d"])
            y = _int(m["y"])
            add(m, _make(y, mo, d, anchor, future), year=y, month=mo, day=d)
    for m in _END_OF.finditer(text) if end_of else ():
        y = _int(m["y"])
        if m["mon"]:
            mo = MONTHS[m["mon"]]
            first = _first_of(y, mo, anchor, future)
            date = _shift_month(first, 1) - dt.timedelta(days=1) if first else None
            add(m, date, kind="month", year=y, month=mo, day=date.day if date else None)
        else:
            add(m, _end_of(m["unit"], anchor), kind="period", relative=True)
    part = full_month and has_any(text, _MONTH_PART_WORDS)
    for m in _PART_OF_MONTH.finditer(text) if part else ():
        mo = MONTHS[m["mon"]]
        y = _int(m["y"])
        add(m, _first_of(y, mo, anchor, future), partial=True, kind="month", year=y, month=mo)
    for m in _MONTH_YEAR.finditer(text, month_from) if full_month and year else ():
        mo, y = MONTHS[m["mon"]], int(m["y"])
        add(m, dt.date(y, mo, 1), partial=True, kind="month", year=y, month=mo)
    bare_from = max(0, month_from - _BARE_MONTH_REACH)
    for m in _BARE_MONTH.finditer(text, bare_from) if full_month else ():
        mo = MONTHS[m["mon"]]
        cut = m["prep"].lower() == "on" and text[m.end() : m.end() + 1] in (
            "",
            ".",
            ";",
            ":",
            "!",
            "?",
        )
        date = _first_of(None, mo, anchor, future)
        add(m, date, partial=True, kind="month", month=mo, incomplete=cut)
    for m in _SEASON.finditer(text) if year and season else ():
        y = int(m["y"])
        mo = SEASONS[m["season"].lower()]
        add(m, dt.date(y, mo, 1), partial=True, kind="season", year=y, month=mo)
    for m in _BARE_SEASON.finditer(text) if season else ():
        mo = SEASONS[m["season"].lower()]
        date = _season_start(mo, m["det"].lower(), anchor, future)
        add(m, date, partial=True, kind="season", month=mo)
    for m in _IN_YEAR.finditer(text, max(0, year_from - _IN_YEAR_REACH)) if year else ():
        y = int(m["y"])
        add(m, None, partial=True, kind="year", year=y)
    weekday_from = max(0, _first_index(text, WEEKDAYS) - _WEEKDAY_REACH) if weekday else 0
    for m in _WEEKDAY_RE.finditer(text, weekday_from) if weekday else ():
        add(m, _weekday(m, anchor, future), relative=True, kind="weekday")
    for m in _DAY_WORD.finditer(text) if day_word else ():
        if m["w"].isupper() and len(m["w"]) > 1 and not text.isupper():
            continue  # "USA TODAY" is a name in capitals, not a day
        off = RELATIVE_DAYS[m["w"].lower()]
        date = anchor + dt.timedelta(days=off) if anchor else None
        add(m, date, relative=True, kind="day_word")
    for m in _PERIOD.finditer(text) if period else ():
        if m["w"].split()[-1][:1].isupper():
            continue  # "This Week" is a name (a programme), not a time
        unit, off = RELATIVE_PERIODS[m["w"].lower()]
        date = _shift_month(anchor, off) if anchor and unit == "month" else None
        add(m, date, partial=date is not None, relative=True, kind="period")
    for m in _EVENT_RELATIVE.finditer(text) if next_day else ():
        off = RELATIVE_TO_EVENT[m["w"].lower()]
        add(m, None, relative=True, kind="next_day", offset=off)
    for m in _DURATION.finditer(text) if duration else ():
        if m["n"] is None and not m["unit"].endswith("s"):
            continue  # "in week" is not a span of time
        add(m, _within(m, anchor), relative=True, kind="duration")
    return out


def _end_of(unit: str | None, anchor: dt.date | None) -> dt.date | None:
    """The last day of the article's month, year or week ("by the end of the month")."""
    if anchor is None or unit is None:
        return None
    if unit == "month":
        return _shift_month(anchor.replace(day=1), 1) - dt.timedelta(days=1)
    if unit == "year":
        return dt.date(anchor.year, 12, 31)
    return anchor + dt.timedelta(days=6 - anchor.weekday())


def _within(m: re.Match[str], anchor: dt.date | None) -> dt.date | None:
    """The last day a span of time reaches: "within 30 days" of the article is the deadline.
    A span with no number ("within weeks") reaches no particular day."""
    if anchor is None or m["n"] is None or not m.group(0).lower().startswith("within"):
        return None
    n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS.get(m["n"].lower())
    if not n:
        return None
    unit = m["unit"].rstrip("s")
    if unit == "day":
        return anchor + dt.timedelta(days=n)
    if unit == "week":
        return anchor + dt.timedelta(weeks=n)
    if unit == "month":
        total = anchor.year * 12 + anchor.month - 1 + n
        year, month = divmod(total, 12)
        month += 1
        last = (_shift_month(dt.date(year, month, 1), 1) - dt.timedelta(days=1)).day
        return dt.date(year, month, min(anchor.day, last))
    return None


def _first_index(text: str, words: Iterable[str]) -> int:
    """Where the first of the words occurs in the text; its length when none does."""
    return min((i for i in map(text.find, words) if i >= 0), default=len(text))


def _weekday(
    m: re.Match[str], anchor: dt.date | None, future: Callable[[], bool]
) -> dt.date | None:
    if anchor is None:
        return None
    target = WEEKDAYS[m["wd"]]
    prep = (m["prep"] or "").lower()
    if prep == "last":
        delta = (anchor.weekday() - target) % 7 or 7
        return anchor - dt.timedelta(days=delta)
    if prep == "next" or (prep != "since" and future()):
        return anchor + dt.timedelta(days=(target - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)


# Which reading wins where two overlap: the more specific one.
_RANK = {
    "absolute": 0,
    "month": 1,
    "season": 2,
    "weekday": 3,
    "day_word": 3,
    "next_day": 3,
    "period": 4,
    "duration": 4,
    "year": 5,
}
_LEADING_PREP = compile_lazily(
    r"\b(?:on|by|until|from|before|after|since|through)[ \t]$", re.IGNORECASE
)


def _with_preposition(text: str, c: DateMention) -> DateMention:
    """Take in the preposition before a date, so `when` reads as written ("on 14 April")."""
    if c.text[:1].isupper() or c.kind not in ("absolute", "month"):
        return c
    m = _LEADING_PREP.search(text, max(0, c.start - 8), c.start)
    if m is None or c.text.lower().startswith(("by ", "until ", "before ", "at ", "toward")):
        return c
    return replace(c, text=text[m.start() : c.end], start=m.start())


class _Future:
    """Whether a sentence speaks of the future, worked out once and only if a date needs it."""

    __slots__ = ("_anchor", "_text", "_value")

    def __init__(self, text: str, anchor: dt.date | None) -> None:
        self._text = text
        self._anchor = anchor
        self._value: bool | None = None

    def __call__(self) -> bool:
        if self._value is None:
            self._value = self._anchor is not None and is_future(self._text)
        return self._value


def find_dates(text: str, anchor: dt.date | None = None) -> list[DateMention]:
    """Date mentions in `text` in order; where two overlap, the more specific wins."""
    cands = _candidates(text, anchor, _Future(text, anchor))
    if not cands:
        return []
    cands.sort(key=lambda c: (_RANK.get(c.kind, 9), -(c.end - c.start), c.start))
    # Mentions are short, so marking their characters keeps this linear in the text.
    taken = bytearray(len(text) + 1)
    chosen: list[DateMention] = []
    for c in cands:
        if any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    if anchor is not None:
        chosen = [_recent_unless_said_ahead(text, c, anchor) for c in chosen]
    if len(chosen) > 1 and any(c.kind == "weekday" for c in chosen):
        chosen = _join_weekdays(text, chosen, anchor)
    return [_with_preposition(text, c) for c in chosen]


# A date written without its year that lies this far ahead is rarely meant: a writer names the
# year of an event most of a year away, unless the date's own clause says it is still to come.
_FAR_AHEAD_DAYS = 200
_RECENT_DAYS = 90
# Where one clause of a sentence ends and the next begins.
_CLAUSE_BREAK = compile_lazily(
    r"[;:]|,[ \t\u00a0]+(?:and|but|while|whereas|where|which|who|although|though|as)\b"
)


def _recent_unless_said_ahead(text: str, c: DateMention, anchor: dt.date) -> DateMention:
    """A day and month read as next year only because some other clause of the sentence speaks
    of the future ("The Oct. 19 debate was panned, and critics said he would struggle") is the
    recent one."""
    if c.year is not None or c.date is None or c.day is None or c.month is None:
        return c
    if (c.date - anchor).days <= _FAR_AHEAD_DAYS:
        return c
    recent = nearest_year(c.month, c.day, anchor)
    if recent is None or not 0 < (anchor - recent).days <= _RECENT_DAYS:
        return c
    start = 0
    end = len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= c.start:
            start = m.end()
        elif m.start() >= c.end:
            end = m.start()
            break
    if is_future(text[start:end]):
        return c
    return replace(c, date=recent)


# What may stand between a weekday and the date that names the same day: "Saturday, 25 July",
# "Monday (March 3)", "Tuesday March 3".
_WEEKDAY_TO_DATE = compile_lazily(r",?[ \t\u00a0]{0,3}\(?")


def _join_weekdays(
    text: str, chosen: list[DateMention], anchor: dt.date | None
) -> list[DateMention]:
    """A weekday written next to a date is one mention of one day, not two days."""
    out: list[DateMention] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "weekday"
            and c.kind == "absolute"
            and c.day is not None
            and _WEEKDAY_TO_DATE.fullmatch(text, prev.end, c.start)
        ):
            end = c.end + (text.startswith(")", c.end) and "(" in text[prev.end : c.start])
            out[-1] = replace(
                c,
                text=text[prev.start : end],
                start=prev.start,
                end=end,
                date=_weekday_year(c, WEEKDAYS[_WEEKDAY_NAME.search(prev.text)[0]], anchor),
            )
        else:
            out.append(c)
    return out


_WEEKDAY_NAME = compile_lazily(_WEEKDAY)


def _weekday_year(c: DateMention, weekday: int, anchor: dt.date | None) -> dt.date | None:
    """The date of a day and month without a year: of the years around the anchor, the nearest
    where that day falls on the weekday written beside it."""
    if c.year is not None or anchor is None or c.month is None or c.day is None:
        return c.date
    fits: list[dt.date] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cand = dt.date(year, c.month, c.day)
        except ValueError:
            continue
        if cand.weekday() == weekday:
            fits.append(cand)
    if not fits:
        return c.date
    return min(fits, key=lambda d: abs((d - anchor).days))


SentenceDates = Mapping[int, Sequence[DateMention]]


def sentence_dates(sentences: Sequence[Sentence], anchor: dt.date | None) -> SentenceDates:
    """Each sentence's date mentions by sentence index: found once, read by every extractor."""
    return {s.index: find_dates(s.text, anchor) for s in sentences}
