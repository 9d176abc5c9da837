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
# A subject: no verb or conjunction inside it ("Zoltan Kerekes was given ... and" is none).
_SUBJECT = (
    rf"(?P<x>{_NP}(?:[ ](?!(?:was|were|is|are|has|have|had|and|but|said|says|will|would)\b)"
    r"[\w’'.-]+){0,6}?)"
)
_PRONOUNS = frozenset("it they he she this that these those which who".split())

_RESERVED = compile_lazily(
    r"(?P<x>(?:[A-Z][\w.’'-]*[ ]){0,5}[A-Z][\w.’'-]*|[Tt]he[ ](?:[a-z-]+[ ]){0,2}"
    r"(?:court|judge|tribunal|panel|bench|magistrates?|jury))[ ](?:has[ ]|have[ ]|had[ ])?"
    r"reserved[ ](?:its[ ]|his[ ]|her[ ]|their[ ])?(?:judgment|judgement|decision|ruling|verdict)"
)
_RESULTS_DUE = compile_lazily(
    r"\b(?:await(?:ing|ed)?[ ]the[ ](?:outcome|result|results)[ ]of[ ](?P<of>[^,;.]{3,60}?)"
    r"(?=[,;.]|[ ](?:before|and)\b|$)|"
    r"(?P<x>(?:[Oo]fficial|[Ff]inal|[Ff]ull|[Pp]reliminary|[Tt]he|[Tt]est|[Ll]aboratory)?[ ]?"
    r"(?:[a-z]+[ ])?[Rr]esults?)[ ](?:are|is|were|was)[ ](?:still[ ])?(?:due|awaited|pending)"
    r"(?P<when>[ ](?:on|by|in|within|next|later|this)[ ][^,;.]{2,30})?)"
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
    rf"{_SUBJECT}[ ](?:(?:is|are|was|were|remains?)[ ](?:still[ ])?(?:awaiting|waiting[ ]for)|"
    r"(?:now[ ]|still[ ])?awaits?)[ ]"
    r"(?P<what>clearance|approval|consent|sign-off|ratification|a[ ]ruling|a[ ]decision|"
    r"a[ ]verdict|the[ ]green[ ]light|a[ ]green[ ]light|the[ ]go-ahead)"
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
_AND_APPEALED = compile_lazily(
    r"[ ]and[ ](?:has|have|had)[ ](?:lodged|filed|launched|submitted)[ ]an[ ]appeal\b"
)
_OPENING_SUBJECT = compile_lazily(
    r"^(?P<x>(?:[A-Z][\w’'-]+[ ]){1,3}?[A-Z][\w’'-]+|(?:The|A|An)[ ][a-z][\w’' -]{2,40}?)[ ]"
    r"(?:was|were|is|are|has|had|have)\b"
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
    r"[Ee]xtradition[ ]proceedings|[Mm]ediation|[Dd]eliberations|[Hh]earings?|[Cc]ount|"
    r"[Cc]ounting|[Tt]ally))[ ](?:(?:are|were|is|was|remain)[ ](?:still[ ])?"
    r"(?:continuing|ongoing|under[ ]way|underway|in[ ]progress)|continues?|resumes?)\b"
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
# "An investigation is under way into how the substance entered her system".
_UNDER_WAY_INTO = compile_lazily(
    r"\b(?i:investigation|inquiry|probe|review|inquest)[ ](?:is|was|has[ ]been)[ ](?:now[ ])?"
    r"(?:under[ ]way|underway|ongoing|launched|opened)[ ]into[ ](?P<wh>how|why|whether|what|who)[ ]"
    r"(?P<clause>[^;:“”\"]{5,120}?)(?=[,.;]|$)"
)
# "The fate of the mine is now in the hands of the court", "The final word rests with the
# council", "has been referred to the Ombudsman", "remains before the courts".
_IN_HANDS_OF = compile_lazily(
    r"\b(?:in[ ]the[ ]hands[ ]of|(?:final[ ]word|final[ ]say|last[ ]word|decision)[ ](?:now[ ])?"
    r"(?:rests|lies)[ ]with|(?:has[ ]been|was|have[ ]been)[ ]referred[ ]to|ball[ ]is[ ]now[ ]in[ ]"
    r"the[ ]court[ ]of)[ ](?P<y>(?:the[ ])?[^,;.]{3,70}?)(?=[,;.]|[ ](?:which|who|after|"
    r"in|on)\b|[ ]and[ ](?![A-Z])|$)"
)
# "remains before the courts", "is still before the tribunal".
_BEFORE_COURT = compile_lazily(
    rf"{_SUBJECT}[ ](?:remains|remain|is[ ]still|are[ ]still)[ ]before[ ](?P<y>the[ ](?:courts?|"
    r"tribunal|judge|panel|commission|ombudsman))\b"
)
# "The deal hangs on whether ...", "The jury is still out on whether ...", "while the
# government decides whether to relocate them".
_HANGS_ON_WHETHER = compile_lazily(
    r"\b(?:hangs?|hinges?|depends?|rests?|turns?)[ ]on[ ]whether|\bjury[ ]is[ ](?:still[ ])?"
    r"out[ ]on[ ]whether|\b(?:until|while|as)[ ](?:the[ ])?[\w’' -]{2,40}?[ ]decides?[ ]whether"
)
_WHETHER_CLAUSE = compile_lazily(r"\bwhether[ ](?P<clause>[^;:“”\"]{5,120}?)(?=[,.;]|$)")
# "is poised to vote on a bill", "is set to vote on the budget".
_POISED_TO_VOTE = compile_lazily(
    rf"{_SUBJECT}[ ](?:is|are)[ ](?:poised|set|expected|due|scheduled)[ ]to[ ]vote[ ]on[ ]"
    r"(?P<y>(?:a|an|the|its|their)[ ][^,;.]{3,80}?)(?=[,;.]|[ ](?:on|in|next|this|before|after|"
    r"when)\b|$)"
)
# "with no response yet from the union".
_NO_RESPONSE = compile_lazily(
    r"\bno[ ](?:response|reply|answer|word)[ ](?:yet[ ]|so[ ]far[ ])?from[ ]"
    r"(?P<y>(?:the[ ])?[^,;.]{3,60}?)(?=[,;.]|$)"
)
# "A recount has been ordered", "an autopsy was ordered".
_ORDERED = compile_lazily(
    r"\b(?:[Aa]n?|[Tt]he)[ ](?P<n>recount|review|inquiry|audit|investigation|post-mortem|autopsy|"
    r"inquest|retrial|probe)[ ](?:has[ ]been|was|have[ ]been)[ ]"
    r"(?:ordered|called|launched|opened)\b"
)
# "is due for consideration by shareholders", "is contingent on government approval of a land
# swap", "will put the matter to a vote".
_DUE_FOR = compile_lazily(
    rf"{_SUBJECT}[ ](?:is|are)[ ](?:due|up|scheduled)[ ]for[ ](?:consideration|approval|review|"
    r"a[ ]vote)[ ]by[ ](?P<y>[^,;.]{3,60}?)(?=[,;.]|[ ](?:at|on|in|next|this)\b|$)"
)
_CONTINGENT = compile_lazily(
    r"\b(?:contingent|conditional|dependent)[ ]on[ ](?:the[ ])?(?P<who>[a-z]+|[A-Z][\w’'-]*"
    r"(?:[ ][A-Z][\w’'-]*)*)[ ](?:approval|clearance|backing)[ ]of[ ](?P<y>(?:a|an|the|its|their)"
    r"[ ][^,;.]{3,60}?)(?=[,;.]|$)"
)
_APPLIED_FOR = compile_lazily(
    rf"{_SUBJECT}[ ](?:has|have|had)[ ](?:now[ ])?applied[ ]for[ ](?P<y>(?:a|an|the)?[ ]?"
    r"[^,;.]{3,60}?)(?=[,;.]|[ ](?:after|with|in|at|on)\b|$)"
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

_CONTINUING = ("continu", "ongoing", "under way", "underway", "in progress", "resume")
_HANDING = ("hand down", "deliver", " give ", " issue ", "announce", "publish")
_MOVING = (" goes ", " go ", " heads ", " head ", " passes ", " pass ", " moves ", " move ")
_OR_NOT = compile_lazily(r"^or[ ]not[ ]")


def _opens_clause(text: str, start: int) -> bool:
    """Whether a subject starts its sentence or clause: "A Syrian family living in Oslo ... has
    applied" is not about "Oslo for eight years"."""
    before = text[:start].rstrip()
    return not before or before.endswith((",", ";", ":", "—", "–", " and", " but", "that"))


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
    m = _RESULTS_DUE.search(text) if "result" in text.lower() or "outcome" in text else None
    if m and m["of"]:
        # "would await the outcome of the official count".
        return f"What will {_the(m['of'])} show?"
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
    m = _AWAITING.search(text) if "wait" in text else None
    if m and m["what"] in ("a ruling", "a decision", "a verdict"):
        # "are awaiting a verdict from the criminal court": what it decides is open.
        who = lower_opening(m["y"].strip()) if m["y"] else "the court"
        return f"What will {who} decide?"
    if m:
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
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
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
        return f"Will the appeal by {x} succeed?" if x else None
    # "X was given a suspended sentence and has lodged an appeal": the sentence's subject.
    m = _AND_APPEALED.search(text) if " and " in text else None
    opening = _OPENING_SUBJECT.match(text) if m else None
    x = _subject(opening["x"]) if opening and opening.end() <= m.start() else None
    return f"Will the appeal by {x} succeed?" if x else None


def _goes_before(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    gate = has_any(text, _MOVING) and (" before " in text or " to the " in text)
    m = _GOES_BEFORE.search(text) if gate else None
    if m:
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
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
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
        return f"What will {x} decide on {m['y']}?" if x else None
    m = _BEING_STUDIED.search(text) if "being " in text else None
    if m:
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
        return f"What will {m['y'].strip()} decide on {x}?" if x else None
    return None


def _continuing(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _TALKS_CONTINUE.search(text) if has_any(text, _CONTINUING) else None
    if m:
        x = m["x"][:1].lower() + m["x"][1:]
        x = x.removeprefix("the ")
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
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
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
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
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
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
        return f"Will {x} {m['v']} {m['y'].strip()}?" if x else None
    return None


def _not_known(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _NOT_KNOWN_UNTIL.search(text) if "until" in text else None
    if m:
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
        return f"What will {x} be (not known until {m['when'].strip()})?" if x else None
    return None


def _needs(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Each reading with the words (any one) it cannot match without.
def _under_way_into(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _UNDER_WAY_INTO.search(text)
    return invert(m["wh"], _OR_NOT.sub("", m["clause"])) if m else None


def _in_hands_of(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _IN_HANDS_OF.search(text)
    if m:
        who = re.sub(r"[ ](?:which|who)[ ].*$", "", m["y"].strip())
        return f"What will {lower_opening(who)} decide?"
    m = _BEFORE_COURT.search(text)
    if m:
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
        return f"How will {m['y']} rule on {x}?" if x else f"How will {m['y']} rule?"
    return None


def _hangs_on(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _HANGS_ON_WHETHER.search(text)
    if m:
        w = _WHETHER_CLAUSE.search(text, m.start())
        if w:
            clause = w["clause"]
            if clause.startswith("to "):
                # "decides whether to relocate them": whether the decider will.
                who = re.search(r"(?:the[ ])?[\w’' -]{2,40}?(?=[ ]decides?[ ]whether)", m.group(0))
                subject = lower_opening(who.group(0).split(" ", 1)[-1]) if who else None
                verb = clause[3:]
                return f"Will {subject} {verb}?" if subject else None
            return invert("whether", clause) or _will_it(clause)
    return None


_DETERMINERS = frozenset("the a an its their his her our this that these those".split())


_AFTER_VERB = frozenset(
    "to the a an its their his her on in with for that off up out down back over ahead".split()
)


def _will_it(clause: str) -> str | None:
    """ "whether the family agrees to sell" -> "Will the family agree to sell?": the first verb
    in the present after its subject, put back in its base form."""
    words = clause.split()
    # The subject may be long ("whether the rival's founding family agrees to sell"); a plural
    # noun ("the two main opposition parties back it") is told from a verb by what follows: a
    # verb ends the clause or comes before its object or "to".
    for i, w in enumerate(words[1:6], 1):
        prev = words[i - 1]
        if prev.lower() in _DETERMINERS or prev.endswith(("'s", "’s")) or not w.isalpha():
            continue
        if i + 1 < len(words) and words[i + 1].lower() not in _AFTER_VERB:
            continue
        if w.endswith("ies") and len(w) > 4:
            base = w[:-3] + "y"
        elif w.endswith(("ches", "shes", "sses", "xes", "oes")):
            base = w[:-2]
        elif w.endswith("s") and not w.endswith("ss"):
            base = w[:-1]
        else:
            continue
        rest = " ".join([*words[:i], base, *words[i + 1 :]])
        return f"Will {lower_opening(rest)}?"
    return None


def _poised(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _POISED_TO_VOTE.search(text)
    if m:
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
        return f"How will {x} vote on {m['y'].strip()}?" if x else None
    return None


def _no_response(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _NO_RESPONSE.search(text)
    return f"How will {lower_opening(m['y'].strip())} respond?" if m else None


def _ordered(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _ORDERED.search(text)
    if m:
        verb = "show" if m["n"] in ("recount", "audit", "post-mortem", "autopsy") else "find"
        return f"What will the {m['n']} {verb}?"
    return None


def _due_for(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _DUE_FOR.search(text)
    if m:
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
        return f"Will {m['y'].strip()} approve {x}?" if x else None
    m = _CONTINGENT.search(text)
    if m:
        return f"Will {lower_opening(m['who'])} approve {_the(m['y'])}?"
    return None


def _applied(text: str, invert: Callable[[str, str], str | None]) -> str | None:
    m = _APPLIED_FOR.search(text)
    if m:
        x = _subject(m["x"]) if _opens_clause(text, m.start("x")) else None
        return f"Will {x} be granted {m['y'].strip()}?" if x else None
    return None


def _the(phrase: str) -> str:
    return re.sub(r"^(?:a|an)[ ]", "the ", phrase.strip())


_READINGS: tuple[
    tuple[Callable[[str, Callable[[str, str], str | None]], str | None], frozenset[str]], ...
] = (
    (_reserved, _needs("reserved")),
    (_results, _needs("due awaited pending await awaiting awaits")),
    (_given_until, _needs("given")),
    (_investigating, _needs("investigating examining looking")),
    (_to_be_seen, _needs("seen unclear unknown uncertain question")),
    (_pending_ruling, _needs("pending")),
    (_awaiting, _needs("awaiting waiting await awaits")),
    (_decision_by, _needs("whether")),
    (_if_passed, _needs("ratified approved passed adopted signed endorsed confirmed")),
    (_counting, _needs("counting")),
    (_appeal, _needs("lodged filed launched submitted")),
    (_goes_before, _needs("goes go heads head passes pass moves move")),
    (_reviewing, _needs("reviewing considering studying examining weighing being")),
    (
        _continuing,
        _needs("continuing ongoing way underway progress continue continues resume resumes"),
    ),
    (_adjourned, _needs("adjourned")),
    (_to_determine, _needs("determine establish find assess understand confirm")),
    (_hand_down, _needs("hand deliver give issue announce publish")),
    (_cannot_until, _needs("until")),
    (_not_answered, _needs("answered responded replied answer respond reply")),
    (_hopes_to, _needs("hopes hope aims aim")),
    (_not_known, _needs("until")),
    (_under_way_into, _needs("way underway ongoing launched opened")),
    (_in_hands_of, _needs("hands rests lies referred court before")),
    (_hangs_on, _needs("whether")),
    (_poised, _needs("vote")),
    (_no_response, _needs("response reply answer word")),
    (_ordered, _needs("ordered called launched opened")),
    (_due_for, _needs("consideration contingent conditional dependent")),
    (_applied, _needs("applied")),
)
_KEY_WORDS = frozenset().union(*(needs for _, needs in _READINGS))
