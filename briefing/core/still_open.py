"""Outcomes the article says are still to come, in the many ways reporters say so.

Each reading below is one construction of news English, with the question it leaves: "reserved
judgment" (what will the judge rule?), "goes before the planning committee" (will it approve
it?), "tests are under way to determine whether a toxin was responsible" (was it?), "has not
answered the demand" (will it?), "cannot begin until the assessment is complete" (when will it
be?). A reading that needs a subject it cannot name (a pronoun) asks nothing: the question
would not say what it is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.core.dates import find_dates
from briefing.core.gates import has_any, word_sets
from briefing.core.lazy_regex import compile_lazily
from briefing.core.phrasing import lower_opening

_NP = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*(?:['’]s?)?)"
_SUBJECT = rf"(?P<x>{_NP}(?:[ ][\w’'-]+){{0,6}}?)"
_PRONOUNS = frozenset("it they he she this that these those which who".split())

_RESERVED = compile_lazily(
    r"(?P<x>(?:[A-Z][\w.’'-]*[ ]){0,5}[A-Z][\w.’'-]*|[Tt]he[ ](?:[a-z-]+[ ]){0,2}"
    r"(?:court|judge|tribunal|panel|bench|magistrates?|jury))[ ](?:has[ ]|have[ ]|had[ ])?"
    r"reserved[ ](?:its[ ]|his[ ]|her[ ]|their[ ])?(?:judgment|judgement|decision|ruling|verdict)"
)
_RESULTS_DUE = compile_lazily(
    r"\b(?P<x>(?:[Oo]fficial|[Ff]inal|[Ff]ull|[Pp]reliminary|[Tt]he|[Tt]est|[Ll]aboratory)?[ ]?"
    r"(?:[a-z]+[ ])?[Rr]esults?)[ ](?:are|is|were|was)[ ](?:still[ ])?(?:due|awaited|pending)"
    r"(?P<when>[ ](?:on|by|in|within|next|later|this)[ ][^,;.]{2,30})?"
)
_UNTIL_TO = compile_lazily(
    r"\b(?:has|have|"
    r"had)[ ]given[ ](?P<x>(?:the[ ])?[\w’' -]{2,40}?)[ ]until[ ](?P<when>[^,;.]{2,30}?)"
    r"[ ]to[ ](?P<v>respond|reply|answer|decide|agree|accept|comply|pay)\b"
)
_INVESTIGATING = compile_lazily(
    rf"{_SUBJECT}[ ](?:are|is)[ ](?:still[ ]|now[ ]|also[ ])?(?:investigating|examining|"
    r"looking[ ]into)"
    r"[ ](?P<y>the[ ](?:cause|causes|circumstances|death|deaths|crash|collision|incident|fire|"
    r"blast|"
    r"attack|leak|outbreak|failure|accident|allegations?|claims?|"
    r"complaint)(?:[ ]of[ ][^,;.]{2,40})?)"
)
_REMAINS_TO_BE_SEEN = compile_lazily(
    r"\b(?:[Ii]t|[Ww]hat)[ ](?:remains|is[ ]still|is[ ]not[ ]yet)[ ](?:to[ ]be[ ]seen|unclear|"
    r"unknown|"
    r"uncertain|an[ ]open[ ]question)[ ](?P<wh>whether|if|how|when|who|what|which)[ ]"
    r"(?P<clause>[^;:“”\"]{5,140}?)(?=[.;]|$)"
)
_PENDING_RULING = compile_lazily(
    r"\b[Pp]ending[ ](?P<y>(?:a|the|its|their)[ ](?:final[ ]|full[ ])?(?:ruling|decision|verdict|"
    r"judgment|judgement|hearing|review|investigation|inquiry|appeal|outcome|trial))\b"
)
_AWAITING = compile_lazily(
    rf"{_SUBJECT}[ ](?:is|are|was|were|remains?)[ ](?:still[ ])?(?:awaiting|waiting[ ]for)[ ]"
    r"(?P<what>clearance|approval|consent|sign-off|ratification|a[ ]ruling|a[ ]decision)"
    r"(?:[ ](?:from|by)[ ](?P<y>[^,;.]{3,80}?))?(?=[,;.]|[ ](?:before|which)\b|[ ]and[ ](?![A-Z])|"
    r"$)"
)
_DECISION_BY = compile_lazily(
    r"\b[Aa][ ]decision[ ]on[ ]whether[ ]to[ ](?P<v>[a-z]+(?:[ ][a-z]+){0,4}?)[ ]will[ ]be[ ]"
    r"(?:made|taken)[ ]by[ ](?P<y>(?:the[ ])?[^,;.]{3,60}?)(?=[ ](?:once|when|after|before|by|"
    r"within|in)\b|[,;.]|$)"
)
_IF_PASSED = compile_lazily(
    r"\b[Ii]f[ ](?P<pp>ratified|approved|passed|adopted|signed|endorsed|confirmed)[ ]by[ ]"
    r"(?P<y>[^,;]{3,60}?),[ ](?P<x>(?:the|a|an|this|that)[ ][^,;]{2,40}?)[ ](?:would|will|could)\b"
)
_STILL_COUNTING = compile_lazily(
    r"\b(?:are|is|were|was)[ ]still[ ]counting[ ](?P<y>ballots|votes|the[ ]votes|the[ ]ballots)"
)
_APPEAL_LODGED = compile_lazily(
    rf"{_SUBJECT}[ ](?:has|have|had)[ ](?:lodged|filed|launched|submitted)[ ]an[ ]appeal\b"
)
_GOES_BEFORE = compile_lazily(
    rf"{_SUBJECT}[ ](?:now[ ]|will[ ]now[ ]|will[ ])?(?:goes|go|heads|head|passes|pass|moves|"
    r"move)[ ](?:before|to)[ ](?P<y>the[ ](?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*|"
    r"[a-z]+(?:[ ][a-z]+)?"
    r"[ ](?:committee|council|board|assembly|chamber|house|senate|parliament|court)|"
    r"(?:[A-Z][\w’'-]*[ ])*(?:Senate|Assembly|Parliament|House|Council|Committee|Court)))\b"
)
_REVIEWING = compile_lazily(
    rf"{_SUBJECT}[ ](?:said[ ](?:it|they)[ ])?(?:is|are|was|were)[ ][“\"]?(?P<v>reviewing|"
    r"considering|"
    r"studying|examining|weighing)[”\"]?[ ](?P<y>(?:the|its|their|a|an)[ ](?:[a-z-]+[ ]){0,2}"
    r"(?:offer|bid|proposal|request|application|plan|complaint|petition|report|deal|terms))\b"
)
_BEING_STUDIED = compile_lazily(
    rf"{_SUBJECT}[ ](?:is|are)[ ]being[ ](?:studied|considered|reviewed|examined|weighed)[ ]by[ ]"
    r"(?P<y>(?:the[ ])?[^,;.]{3,60}?)(?=[,;.]|[ ](?:and|who|which)\b|$)"
)
_TALKS_CONTINUE = compile_lazily(
    r"\b(?P<x>(?:[A-Z][a-z]+[ ])?(?:[Tt]alks|[Nn]egotiations|[Dd]iscussions|[Pp]roceedings|"
    r"[Ee]xtradition[ ]proceedings|[Mm]ediation))[ ](?:are|were|is|was|remain)[ ](?:still[ ])?"
    r"(?:continuing|ongoing|under[ ]way|underway|in[ ]progress)\b"
)
_OPENED_ADJOURNED = compile_lazily(
    r"\b(?:[Aa]n|[Tt]he)[ ](?P<x>inquest|inquiry|hearing|trial)(?:[ ]into[ ][^,;.]{2,60}?)?[ ]"
    r"(?:was|has[ ]been|had[ ]been)[ ]opened[ ]and[ ]adjourned\b"
)
_TO_DETERMINE = compile_lazily(
    r"\b(?i:tests?|inquiry|investigation|review|study|probe|audit|analysis|examination|post-mortem|"
    r"autopsy)[^.;]{0,60}?[ ]to[ ](?:determine|establish|find[ ]out|assess|understand|confirm)[ ]"
    r"(?P<wh>whether|how|why|what|who|which|if)[ ](?P<clause>[^;:“”\"]{5,120}?)(?=[,.;]|$)"
)
_HAND_DOWN = compile_lazily(
    rf"{_SUBJECT}[ ](?:will|would|is[ ]to|is[ ]expected[ ]to)[ ](?:hand[ ]down|deliver|give|issue|"
    r"announce|publish)[ ](?:its|their|his|her|a)[ ](?:final[ ]|written[ ])?"
    r"(?P<n>decision|ruling|verdict|judgment|judgement|findings)\b"
)
_CANNOT_UNTIL = compile_lazily(
    rf"{_SUBJECT}[ ](?:cannot|can[ ]not|can't|will[ ]not|won't|may[ ]not)[ ](?:begin|start|proceed|"
    r"go[ ]ahead|open|resume|reopen|be[ ]completed)[ ]until[ ](?P<clause>(?:the|a|an|its|their)[ ]"
    r"[^,;.]{3,80}?)(?=[,;.]|[ ]and\b|$)"
)
_NOT_ANSWERED = compile_lazily(
    rf"{_SUBJECT}[ ](?:has|have|had)[ ](?:not|yet[ ]to)[ ](?:yet[ ])?(?P<v>answered|responded[ ]to|"
    r"replied[ ]to|answer|respond[ ]to|reply[ ]to)[ ](?P<y>(?:the|their|its|"
    r"a)[ ](?:[a-z’'-]+[ ]){0,2}"
    r"(?:demand|demands|request|requests|offer|proposal|ultimatum|letter|complaint|petition|"
    r"questions?))\b"
)
_HOPES_TO = compile_lazily(
    rf"{_SUBJECT}[ ](?:hopes|hope|aims|aim)[ ]to[ ](?P<v>confirm|complete|finish|secure|reach|"
    r"sign|close|win|publish|finalise|finalize|raise)[ ](?P<y>(?:the|a|an|its|"
    r"their)[ ][^,;.]{2,60}?)"
    r"(?=[,;.]|[ ](?:with|by|in|next|this|before|within)\b|$)"
)
_NOT_KNOWN_UNTIL = compile_lazily(
    rf"{_SUBJECT}[ ](?:will[ ]not|won't|is[ ]not[ ]expected[ ]to|may[ ]not)[ ]be[ ](?:known|clear|"
    r"confirmed|declared|certified)[ ]until[ ](?P<when>[^,;.]{3,80}?)(?=[,;.]|$)"
)

_HANDING = ("hand down", "deliver", " give ", " issue ", "announce", "publish")
_MOVING = (" goes ", " go ", " heads ", " head ", " passes ", " pass ", " moves ", " move ")
_OR_NOT = compile_lazily(r"^or[ ]not[ ]")


def _subject(x: str) -> str | None:
    words = x.strip().split()
    if not words or words[0].lower() in _PRONOUNS:
        return None
    return lower_opening(x)


def still_open(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    """The question a sentence leaves open by saying an outcome is still to come, or None.

    `invert` turns "whether" and a clause into a question ("Will the Senate take it up?")."""
    # Most sentences hold none of the readings' words: one pass over the words rules them out,
    # and each reading runs only where a word it cannot match without is.
    words = word_sets(text)[1]
    if _KEY_WORDS.isdisjoint(words):
        return None
    for read, needs in _READINGS:
        if needs.isdisjoint(words):
            continue
        q = read(text, invert)
        if q:
            return q
    return None


def _reserved(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _RESERVED.search(text) if "reserved" in text else None
    if m:
        who = _subject(m["x"])
        return f"What will {who} rule (judgment reserved)?" if who else None
    return None


def _results(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _RESULTS_DUE.search(text) if "result" in text.lower() else None
    if m:
        what = m["x"].strip().lower()
        what = what if what.startswith("the ") else f"the {what}"
        when = f" (due{m['when']})" if m["when"] else ""
        return f"What will {what} show{when}?"
    return None


def _given_until(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _UNTIL_TO.search(text) if "until" in text else None
    if m:
        return f"Will {m['x'].strip()} {m['v']} by {m['when'].strip()}?"
    return None


def _investigating(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = (
        _INVESTIGATING.search(text)
        if has_any(text, ("investigating", "examining", "looking"))
        else None
    )
    if m:
        who = _subject(m["x"])
        return f"What will {who} find about {m['y']}?" if who else None
    return None


def _to_be_seen(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = (
        _REMAINS_TO_BE_SEEN.search(text)
        if has_any(text, ("remains", "is still", "not yet"))
        else None
    )
    if m:
        return invert(m["wh"], _OR_NOT.sub("", m["clause"]))
    return None


def _pending_ruling(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _PENDING_RULING.search(text) if "ending" in text else None
    if m:
        y = re.sub(r"^(?:a|its|their)[ ]", "the ", m["y"])
        return (
            f"What will {y} be?"
            if y.split()[-1] in ("ruling", "decision", "verdict", "outcome")
            else f"What will come of {y}?"
        )
    return None


def _awaiting(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _AWAITING.search(text) if "waiting" in text else None
    if m:
        x = _subject(m["x"])
        if not x:
            return None
        x = re.sub(r"^(?:completion|approval|closing)[ ]of[ ]", "", x, flags=re.I)
        verbs = {"clearance": "clear", "approval": "approve", "consent": "consent to"}
        verb = verbs.get(m["what"], "approve")
        if m["y"]:
            return f"Will {m['y'].strip()} {verb} {x}?"
        return f"Will {x} get {m['what']}?"
    return None


def _decision_by(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _DECISION_BY.search(text) if "decision on whether" in text else None
    if m:
        return f"Will {m['y'].strip()} decide to {m['v']}?"
    return None


def _if_passed(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _IF_PASSED.search(text) if "f " in text else None
    if m:
        base = {"ratified": "ratify", "approved": "approve", "passed": "pass", "adopted": "adopt"}
        base |= {"signed": "sign", "endorsed": "endorse", "confirmed": "confirm"}
        return f"Will {m['y'].strip()} {base[m['pp']]} {m['x'].strip()}?"
    return None


def _counting(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _STILL_COUNTING.search(text) if "still counting" in text else None
    if m:
        return "What will the final count show (ballots still being counted)?"
    return None


def _appeal(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _APPEAL_LODGED.search(text) if "appeal" in text else None
    if m:
        x = _subject(m["x"])
        return f"Will the appeal by {x} succeed?" if x else None
    return None


def _goes_before(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    gate = has_any(text, _MOVING) and (" before " in text or " to the " in text)
    m = _GOES_BEFORE.search(text) if gate else None
    if m:
        x = _subject(m["x"])
        if not x:
            return None
        verb = (
            "pass" if x.split()[-1].lower() in ("bill", "law", "measure", "budget") else "approve"
        )
        return f"Will {m['y']} {verb} {x}?"
    return None


def _reviewing(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = (
        _REVIEWING.search(text)
        if has_any(text, ("reviewing", "considering", "studying", "examining", "weighing"))
        else None
    )
    if m:
        x = _subject(m["x"])
        return f"What will {x} decide on {m['y']}?" if x else None
    m = _BEING_STUDIED.search(text) if "being " in text else None
    if m:
        x = _subject(m["x"])
        return f"What will {m['y'].strip()} decide on {x}?" if x else None
    return None


def _continuing(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = (
        _TALKS_CONTINUE.search(text)
        if has_any(text, ("continuing", "ongoing", "under way", "underway", "in progress"))
        else None
    )
    if m:
        x = m["x"][:1].lower() + m["x"][1:]
        return f"How will the {x} end?"
    return None


def _adjourned(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _OPENED_ADJOURNED.search(text) if "adjourned" in text else None
    if m:
        return f"What will the {m['x']} find (opened and adjourned)?"
    return None


def _to_determine(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = (
        _TO_DETERMINE.search(text)
        if has_any(
            text,
            (
                " to determine",
                " to establish",
                " to find out",
                " to assess",
                " to understand",
                " to confirm",
            ),
        )
        else None
    )
    if m:
        return invert(m["wh"], _OR_NOT.sub("", m["clause"]))
    return None


def _hand_down(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _HAND_DOWN.search(text) if has_any(text, _HANDING) else None
    if m and find_dates(text[m.end() :]):
        return None  # "will deliver its verdict on 3 June": the agenda asks, with its date
    if m:
        x = _subject(m["x"])
        verb = "find" if m["n"] == "findings" else "decide"
        return f"What will {x} {verb}?" if x else None
    return None


def _cannot_until(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _CANNOT_UNTIL.search(text) if "until" in text else None
    if m:
        return invert("when", m["clause"])
    return None


def _not_answered(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _NOT_ANSWERED.search(text) if has_any(text, ("answer", "respond", "repl")) else None
    if m:
        x = _subject(m["x"])
        verb = (
            m["v"]
            .replace("answered", "answer")
            .replace("responded", "respond")
            .replace("replied", "reply")
        )
        return f"Will {x} {verb} {m['y']}?" if x else None
    return None


def _hopes_to(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _HOPES_TO.search(text) if "hope" in text or " aim" in text else None
    if m:
        x = _subject(m["x"])
        return f"Will {x} {m['v']} {m['y'].strip()}?" if x else None
    return None


def _not_known(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _NOT_KNOWN_UNTIL.search(text) if "until" in text else None
    if m:
        x = _subject(m["x"])
        return f"What will {x} be (not known until {m['when'].strip()})?" if x else None
    return None


def _needs(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Each reading with the words (any one) it cannot match without.
_READINGS: tuple[
    tuple[Callable[[str, Callable[[str, str], str | None]], str | None], frozenset[str]], ...
] = (
    (_reserved, _needs("reserved")),
    (_results, _needs("due awaited pending")),
    (_given_until, _needs("given")),
    (_investigating, _needs("investigating examining looking")),
    (_to_be_seen, _needs("seen unclear unknown uncertain question")),
    (_pending_ruling, _needs("pending")),
    (_awaiting, _needs("awaiting waiting")),
    (_decision_by, _needs("whether")),
    (_if_passed, _needs("ratified approved passed adopted signed endorsed confirmed")),
    (_counting, _needs("counting")),
    (_appeal, _needs("lodged filed launched submitted")),
    (_goes_before, _needs("goes go heads head passes pass moves move")),
    (_reviewing, _needs("reviewing considering studying examining weighing being")),
    (_continuing, _needs("continuing ongoing way underway progress")),
    (_adjourned, _needs("adjourned")),
    (_to_determine, _needs("determine establish find assess understand confirm")),
    (_hand_down, _needs("hand deliver give issue announce publish")),
    (_cannot_until, _needs("until")),
    (_not_answered, _needs("answered responded replied answer respond reply")),
    (_hopes_to, _needs("hopes hope aims aim")),
    (_not_known, _needs("until")),
)
_KEY_WORDS = frozenset().union(*(needs for _, needs in _READINGS))
