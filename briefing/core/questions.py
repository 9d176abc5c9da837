"""What the article leaves unresolved or contradicts, as plain-English questions.

Kinds, most important first: the text contradicting itself (`conflict`), a date cut short
(`incomplete`), a reference never filled in (`unspecified`), an outcome still to come
(`pending`), a claim credited to no one the article names (`unattributed`). Only claims the
text itself marks as anonymously sourced ("sources said", "reportedly", "is said to") are
raised: telling any other significant unsourced claim from plain narration needs more than
rules can safely give.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from briefing.core.competing_figures import competing_figures, paired_figures
from briefing.core.dates import DateMention, SentenceDates, find_dates
from briefing.core.gates import has_any, word_sets
from briefing.core.lazy_regex import compile_lazily
from briefing.core.lexicons.events import (
    COUNT_CHANGE_WORDS,
    COUNT_PHRASES,
    COUNT_SOURCE_CUES,
    COUNT_WORDS,
    COUNTED_NOUNS,
    EVENT_NOUNS,
    EVENT_VERBS,
    NOT_COUNTED_AFTER_NUMBER,
    UNSPECIFIED_CUES,
)
from briefing.core.lexicons.people import GROUP_NOUNS, ROLE_HEADS
from briefing.core.lexicons.places import country_name, place_name
from briefing.core.lexicons.time import MONTHS, WEEKDAYS
from briefing.core.lexicons.words import (
    ANONYMOUS_SOURCE_NOUNS,
    AUXILIARIES,
    FUNCTION_WORDS,
    PERSON_NOUNS,
)
from briefing.core.model import Actor, AgendaItem, Question, Sentence
from briefing.core.not_fixed import not_fixed
from briefing.core.phrasing import lower_opening
from briefing.core.still_open import still_open
from briefing.core.unsaid import unsaid
from briefing.core.unsourced import hearsay_claim, unsourced_claims

_WORD = compile_lazily(r"[\w’']+")
_PUNCT = "\"'“”‘’()[],.;:!?"
_KIND_ORDER = {"conflict": 0, "incomplete": 1, "unspecified": 2, "pending": 3, "unattributed": 4}
_MAX_QUESTIONS = 10
_MAX_HOLDERS = 50

# Offices one person holds at a time, within one organisation or country.
_UNIQUE_OFFICES = (
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "president",
    "prime minister",
    "chief executive",
    "chief financial officer",
    "chief operating officer",
    "ceo",
    "cfo",
    "secretary of state",
    "secretary-general",
    "secretary general",
    "director-general",
    "director general",
    "mayor",
    "governor",
    "speaker",
    "chancellor",
    "head coach",
    "technical director",
    "foreign minister",
    "health minister",
    "finance minister",
    "defence minister",
    "defense minister",
    "interior minister",
    "justice minister",
)
_VERB_BASE = {
    "approved": "approve",
    "ratified": "ratify",
    "signed": "sign",
    "agreed": "agree",
    "confirmed": "confirm",
    "endorsed": "endorse",
    "cleared": "clear",
    "accepted": "accept",
    "decided": "decide",
    "responded": "respond",
    "replied": "reply",
    "paid": "pay",
    "made": "make",
    "given": "give",
    "adopted": "adopt",
    "passed": "pass",
    "reviewed": "review",
    "authorised": "authorise",
    "authorized": "authorize",
}
_OFFER_VERBS = frozenset(
    """
    offered sent made proposed presented tabled gave outlined floated submitted put suggested
    considered prepared drafted set received raised weighing considering studying examining
    discussing reviewing debating identified cited shortlisted agreed
    """.split()
)
_AUX = r"(?:must still be|must be|would have to be|will have to be|needs? to be|still has to be|"
_AUX += r"still have to be|has yet to be|have yet to be|is yet to be|are yet to be|"
_AUX += r"would need to be|will need to be|still needs? to be)"
_PASSIVE_PENDING = compile_lazily(
    rf"(?P<x>[^,;]{{3,80}}?)[ ]{_AUX}[ ](?P<pp>\w+ed|\w+ied)(?P<part>[ ](?:off|through|up))?"
    r"[ ]by[ ](?P<y>[^,;.]{3,80}?)"
    r"(?=[ ](?:before|by|at|on|in|within|until|when|if|as)\b|[,;.]|$)"
)
_ACTIVE_PENDING = compile_lazily(
    r"(?P<x>[^,;]{3,80}?)[ ]must[ ]still[ ](?P<v>\w+)[ ](?P<y>[^,;.]{3,80}?)"
    r"(?=[ ](?:at|on|by|before|in|within|until|when|if)\b|[,;.]|$)"
)
_NEEDS_APPROVAL = compile_lazily(
    r"(?P<x>[^,;]{3,60}?)[ ]still[ ](?:needs|requires)[ ]the[ ](?:approval|consent|backing)"
    r"[ ]of[ ](?P<y>[^,;.]{3,80}?)(?=[,;.]|$)"
)
_SUBJECT_TO = compile_lazily(
    r"(?P<x>[^,;]{3,60}?)[ ]is[ ](?:still[ ])?subject[ ]to[ ](?P<y>[^,;.]{3,80}?)(?=[,;.]|$)"
)
_SUBJECT_TO_WORDS = compile_lazily(
    r"\b(?:approval|permit|permission|licen[cs]e|clearance|vote|ratification|review|consent|"
    r"confirmation|sign-off|agreement)\b"
)
_WHETHER = compile_lazily(
    r"(?P<x>[^,;]{3,60}?)[ ](?:(?:(?:is|are)[ ]expected[ ]to|(?:has|have|is|are)[ ]yet[ ]to|"
    r"will|must)[ ](?:decide|rule)[^,;.]{0,40}?|(?:has|have|had)[ ]not[ ](?:yet[ ])?decided|"
    r"(?:is|are|was|were)[ ](?:still[ ]|now[ ])?(?:considering|weighing|deciding|debating|"
    r"studying|discussing|examining|reviewing))[ ]whether[ ]to[ ](?P<y>[^,;.]{3,100})"
)
# "The board said it would consider the offer": the decision on it is still to come.
_WILL_CONSIDER = compile_lazily(
    r"(?P<x>[^,;“”\"]{2,60}?)[ ](?:will|would|is[ ]to|are[ ]to)[ ](?:now[ ]|also[ ])?"
    r"(?:consider|review|study|examine|weigh|assess)[ ](?P<y>(?:the|its|their|a|an)[ ]"
    r"(?:[a-z-]+[ ]){0,2}(?:offer|bid|proposal|request|application|plan|appeal|complaint|"
    r"petition|case|report|recommendations?|demands?|claim))\b"
)
# "The government is expected to respond to the petition": how it will answer is open.
_TO_RESPOND = compile_lazily(
    r"(?P<x>[^,;“”\"]{2,60}?)[ ](?:is|are|was|were)[ ](?:expected|due|set|yet)[ ]to[ ]"
    r"(?:respond|reply)[ ]to[ ](?P<y>(?:the|its|their|a|an)[ ][^,;.“”\"]{3,60}?)(?=[,;.]|[ ](?:"
    r"within|by|on|in|next|this|later|before|after)\b|$)"
)
# "A deal could be reached by the weekend": whether it will be is open.
_COULD_BE = compile_lazily(
    r"(?P<x>\b(?:a|an|the)[ ](?:[a-z-]+[ ]){0,2}?(?:deal|agreement|decision|ruling|verdict|"
    r"settlement|compromise|accord))[ ]"
    r"(?:could|may|might|should|is[ ]expected[ ]to|is[ ]likely[ ]to)[ ]be[ ]"
    r"(?P<v>reached|agreed|signed|struck|approved|finalised|finalized|concluded|"
    r"announced|delivered|made|handed[ ]down)(?P<y>[^,;.]{0,40})"
)
# "The agency has yet to approve the vaccine": the same as "has not yet approved".
_YET_TO = compile_lazily(
    r"(?P<x>[^,;“”\"]{3,60}?)[ ](?:has|have|is|are)[ ]yet[ ]to[ ](?P<v>(?!decide\b)[a-z]+)"
    r"(?P<y>(?:[ ][\w’'-]+){0,10}?)(?=[ ]?[,;.]|$)"
)
_SEEK = compile_lazily(
    r"(?P<x>[^,;“”\"]{2,60}?)[ ](?:will|would)[ ](?:also[ ])?seek[ ](?P<y>[^,;.]{3,120}?)"
    r"(?=[ ]and[ ]that\b|[ ]to[ ]\w+[ ]the\b|[,;.]|$)"
)
_NOT_YET = compile_lazily(
    r"(?P<x>[^,;“”\"]{3,60}?)[ ](?:had|has|have)[ ]not[ ]yet[ ](?P<v>(?:been[ ])?\w+ed)"
    r"(?P<y>(?:[ ][\w’'-]+){0,10}?)(?=[ ]?[,;.]|$)"
)
_APPEAL = compile_lazily(r"\b(?:considering|consider|weighing|planning|plan)[ ]an[ ]appeal\b")
_RESULTS = compile_lazily(
    r"\bresults?[ ](?:were|was|are|is)[ ](?P<not>not[ ])?(?:expected|due)[ ]"
    r"(?:to[ ]be[ ](?:announced|published|released|known|declared)[ ])?"
    r"(?P<when>(?:within|by|on|in|next|later|this|before|until)[ ][^,;.]{2,30})"
)
# "A final report is expected within 12 months": what it will say is open.
_FINDINGS_DUE = compile_lazily(
    r"\b(?P<x>(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)?[ ]?(?:[a-z-]+[ ]){0,2}(?P<n>report|findings|"
    r"ruling|verdict|judgment|judgement|review|assessment|inquiry|investigation))[ ](?:(?:is|are)"
    r"[ ](?:now[ ])?(?:expected|due)[ ](?:to[ ]be[ ](?:published|released|delivered|handed[ ]down|"
    r"completed|made[ ]public)[ ])?|(?:should|will|could)[ ]be[ ](?:available|ready|known|out|"
    r"published|released)[ ])(?P<when>(?:within|by|in|next|later|this|before|early|late)"
    r"[ ][^,;.]{2,30})"
)
_COUNTED = compile_lazily(
    rf"\b(?P<count>{'|'.join(sorted(COUNT_WORDS))}|{'|'.join(COUNT_PHRASES)})[ ]"
    r"(?:(?P<adj>[a-z-]+)[ ])?"
    rf"(?P<noun>{'|'.join(sorted(COUNTED_NOUNS))})\b"
)
_VAGUE_NOUNS = ("issues", "matters", "topics", "questions", "points", "measures", "options")
_VAGUE_NOUNS += ("steps", "proposals", "changes")
_VAGUE = compile_lazily(
    r"\b(?P<det>[Oo]ther|[Ss]ome|[Cc]ertain)[ ](?:(?P<adj>[a-z-]+)[ ])?"
    rf"(?P<noun>{'|'.join(_VAGUE_NOUNS)})\b"
)
_UNSPEC = compile_lazily(
    r"\b(?P<cue>" + "|".join(re.escape(c) for c in UNSPECIFIED_CUES) + r")\b(?P<noun>[ ][a-z]+)?"
)
_NOT_DISCLOSED = compile_lazily(
    r"(?P<x>[A-Z][^,;.]{2,60}?)[ ](?:were|was)[ ]not[ ](?:disclosed|made public|revealed)"
)
# "The deal, whose value was not disclosed, ...": what was withheld, and of what.
_WHOSE_UNDISCLOSED = compile_lazily(
    r"(?P<owner>(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)[ ][^,;]{2,50}?),[ ]whose[ ]"
    r"(?P<thing>(?:[a-z-]+[ ]){0,2}?[a-z-]+)[ ](?:was|were|has[ ]not[ ]been|have[ ]not[ ]been)"
    r"[ ](?:not[ ])?(?:disclosed|revealed|made[ ]public)"
)
_DID_NOT_DISCLOSE = compile_lazily(
    r"\b(?:(?:did not|didn't|would not|wouldn't|declined to|refused to)[ ](?:disclose|reveal|"
    r"give|publish|release|(?P<weak>confirm|specify|share|elaborate[ ]on|comment[ ]on|"
    r"put[ ]a[ ]figure[ ]on|put[ ]a[ ]number[ ]on))|(?:has|have|had)[ ]not[ ](?:yet[ ])?"
    r"(?:disclosed|revealed|given|published|released|made[ ]public|(?P<weak2>shared|confirmed)))"
    r"[ ](?P<y>(?:the|its|their|a|an|any|his|her)[ ][^,;.]{3,60})"
)
_WH_AFTER = compile_lazily(
    r"\b(?:gave no (?:further )?(?:details?|figure|indication)|provided no details|"
    r"did not say|would not say|refused to say|declined to say|did not specify|would not specify|"
    r"has not said|have not said|had not said|could not say|cannot say|can't say|"
    r"declined to specify|without specifying|without saying|did not explain|without explaining|"
    r"declined to explain)[ ](?:of[ ]|for[ ]|on[ ]|about[ ])?"
    r"(?P<q>(?:which|what|how many|how much|who|where|when|why|how|whether|if)\b[^;.]{3,120})"
)
# "Nawrocki's office declined to say whether he would sign": "he" is the office's owner.
_OWNER_OF_SPEAKER = compile_lazily(
    r"^(?P<who>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)['’]s[ ](?:office|spokes(?:man|woman|person)|"
    r"lawyers?|aides?|team|camp|representatives?|press[ ]office)\b"
)
# "gave no timetable for the works", "set no date for the vote": what was left open.
_GAVE_NO = compile_lazily(
    r"\b(?:gave|offered|provided|set|announced|named)[ ]no[ ](?:further[ ]|new[ ]|firm[ ])?"
    r"(?P<what>timetable|timeline|date|deadline|reason|explanation|estimate|cost|price|figure|"
    r"breakdown|number|indication|information|particulars|specifics)(?:[ ](?P<prep>for|of|on|"
    r"about)[ ](?P<np>[^,;:.“”\"]{3,60}?))?(?=[,;.]|[ ]and[ ]|[ ]or[ ]|$)"
)
# "irregularities that the commission did not specify": the thing left unspecified.
_NOT_SPECIFIED = compile_lazily(
    r"\b(?P<np>[a-z-]+)[ ](?:that|which)[ ](?:the[ ])?(?:[A-Za-z-]+[ ]){0,3}"
    r"(?:did[ ]not|would[ ]not|declined[ ]to|has[ ]not|have[ ]not)[ ](?:specify|specified|"
    r"explain|explained|detail|detailed)\b|"
    r"\b(?P<np2>[a-z-]+)[ ](?:that|which)[ ](?:were|was|have[ ]not[ ]been|has[ ]not[ ]been)"
    r"[ ](?:not[ ])?(?:published|released|made[ ]public|disclosed|revealed)\b"
)
# "several hospitals would close, but did not say which": the ones left unnamed.
_SAY_WHICH = compile_lazily(
    r"\b(?P<count>several|some|two|three|four|five|six|seven|eight|nine|ten|a[ ]number[ ]of)"
    r"[ ](?P<rest>[a-z][^,;:“”\"]{3,80}?),?[ ](?:but|and)[ ](?:did[ ]not|would[ ]not|"
    r"declined[ ]to|refused[ ]to)[ ](?:say|specify|name|identify)[ ](?:which|who)[.;]?$"
)
_NOT_SPECIFIED_WORDS = ("specif", "explain", "detail", "published", "released", "made public")
_NOT_SPECIFIED_WORDS += ("disclosed", "revealed")
_ANY_DETAILS = compile_lazily(r"\bgave no details\b|\bprovided no details\b")
# Plain substrings the patterns above cannot match without.
_NOT_DISCLOSED_WORDS = ("not disclosed", "not made public", "not revealed")
_DISCLOSE_WORDS = (" disclose", " reveal", " give", " publish", " release", " made public")
_DISCLOSE_WORDS += (" confirm", " specify", " share", " elaborate", " comment on")
_DISCLOSE_WORDS += (" a figure on", " a number on")
_WH_AFTER_WORDS = ("gave no ", "provided no details", "not say", "to say", "specify", "explain")
_WH_AFTER_WORDS += ("not said",)
_WH_AFTER_WORDS += ("without saying",)
_UNSPEC_ADJECTIVES = ("undisclosed", "unspecified")
_AUXES = ("was", "were", "is", "are", "would", "will", "could", "had", "has", "have", "can")
_AUXES += ("should", "must", "might", "may")


def _norm_tokens(text: str) -> set[str]:
    """The quote's content words, cut to five letters: "if", "you" and "the" match any quote."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    out: set[str] = set()
    for w in words:
        w = {"us": "united", "u.s.": "united"}.get(w, w)
        if w not in FUNCTION_WORDS:
            out.add(w[:5])
    return out


def _all_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in _WORD.findall(text))


def _similar_quotes(ta: set[str], tb: set[str]) -> bool:
    if min(len(ta), len(tb)) < 4:
        return False
    overlap = len(ta & tb)
    return overlap / len(ta | tb) >= 0.6 or overlap / min(len(ta), len(tb)) >= 0.6


def _first(actor: Actor) -> int:
    return min(actor.evidence) if actor.evidence else 10**9


def _short_quote(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]).rstrip(_PUNCT) + ("…" if len(parts) > words else "")


def _quote_conflicts(actors: Sequence[Actor]) -> list[Question]:
    out: list[Question] = []
    people = sorted((a for a in actors if a.kind == "person" and a.quotes), key=_first)
    tokens = {q.text: _norm_tokens(q.text) for a in people for q in a.quotes}
    words = {q.text: _all_words(q.text) for a in people for q in a.quotes}
    for a, b in combinations(people, 2):
        hit = next(
            (
                (qa, qb)
                for qa in a.quotes
                for qb in b.quotes
                if _similar_quotes(tokens[qa.text], tokens[qb.text])
                # A short quote word for word: "We will not accept these quotas."
                or (len(words[qa.text]) >= 4 and words[qa.text] == words[qb.text])
            ),
            None,
        )
        if hit is None:
            continue
        qa, qb = hit
        text = f"Who said “{_short_quote(qa.text)}”: {a.name} or {b.name}?"
        out.append(Question("conflict", text, tuple(sorted(set(qa.evidence + qb.evidence)))))
    return out


# A quote credited again, to someone named, by a word that points back at it: "attributed the
# line to bowling coach Farhan Qureshi", "aired the remark, saying it was made by deputy mayor
# Ruben Zamudio", "the comments were in fact made by her spokesman, Ivo Lang".
_REMARK = r"(?:line|lines|remark|remarks|quote|quotes|comment|comments|words|statement|phrase)"
_CREDITED_AGAIN = compile_lazily(
    rf"\b(?:attribut|credit|ascrib)(?:ed|es|ing)[ ](?:the|that|this|those|these)[ ]{_REMARK}[ ]to"
    rf"[ ](?P<x>[^,.;]{{3,60}})|"
    rf"\b(?:the|that|this|those|these)[ ]{_REMARK}[ ](?:was|were|had[ ]been)[ ](?:in[ ]fact[ ]|"
    r"actually[ ])?(?:made|said|spoken|uttered|delivered|written)[ ]by[ ](?P<y>[^,.;]{3,60})|"
    r"\bsaying[ ](?:it|they)[ ](?:was|were|had[ ]been)[ ](?:made|said|spoken|uttered|delivered)"
    r"[ ]by[ ](?P<z>[^,.;]{3,60})"
)
_CREDITED_WORDS = frozenset(("attributed", "credited", "ascribed", "made", "said", "spoken"))
_CREDITED_WORDS |= frozenset(("uttered", "delivered", "written", "attributing", "crediting"))
# The name that ends a credit: "bowling coach Farhan Qureshi" -> "Farhan Qureshi".
_CREDITED_NAME = compile_lazily(
    r"(?:^|[ ])(?P<n>[A-Z][\w’'-]+(?:[ ](?:[A-Z][\w’'-]+|de|da|van|von|der|bin|al|el))*"
    r"[ ][A-Z][\w’'-]+)"
)


def _quote_credited_again(sentences: Sequence[Sentence], actors: Sequence[Actor]) -> list[Question]:
    """A quote credited to one person, then, by a word pointing back at it ("attributed the
    line to"), to someone else named in the next sentence or the one after."""
    out: list[Question] = []
    said_in = {
        i: (a, q) for a in actors if a.kind == "person" for q in a.quotes for i in q.evidence
    }
    for s in sentences:
        if _CREDITED_WORDS.isdisjoint(word_sets(s.text)[1]):
            continue
        m = _CREDITED_AGAIN.search(s.text)
        if m is None:
            continue
        credit = m["x"] or m["y"] or m["z"]
        named = _CREDITED_NAME.search(credit)
        if named is None:
            continue
        # The person as the actors list names them: "Senator Paul Mbeki" is Paul Mbeki.
        other = next(
            (a.name for a in actors if a.kind == "person" and a.name in named["n"]), named["n"]
        )
        earlier = next((said_in[i] for i in (s.index - 1, s.index - 2) if i in said_in), None)
        if earlier is None:
            continue
        speaker, quote = earlier
        if speaker.name.split()[-1] in other or other.split()[-1] in speaker.name:
            continue  # the same person again
        text = f"Who said “{_short_quote(quote.text)}”: {speaker.name} or {other}?"
        out.append(Question("conflict", text, tuple(sorted({*quote.evidence, s.index}))))
    return out


def _offices(role: str) -> list[tuple[str, str | None]]:
    """Unique offices in a role, each with the body it is "of" when the role says so."""
    found: list[tuple[str, str | None]] = []
    for part in role.split(","):
        part = part.strip()
        body = None
        m = re.match(r"(?P<o>.+?)[ ]of[ ](?:the[ ])?(?P<b>[A-Z].*)$", part)
        if m and m["o"].lower() not in ("secretary", "deputy secretary"):
            part, body = m["o"], m["b"]
        low = part.lower()
        if any(low == o or low.endswith(" " + o) for o in _UNIQUE_OFFICES):
            found.append((low, body))
        elif _PORTFOLIO_OFFICE.fullmatch(low) and low.split()[0] not in _SHARED_RANKS:
            # "Agriculture Minister", "Home Secretary": one holder per government.
            found.append((low, body))
    return found


_PORTFOLIO_OFFICE = compile_lazily(r"(?:[a-z-]+[ ]){1,2}(?:minister|secretary)")
# Ranks several people hold at once: "deputy minister", "junior minister", "state secretary".
_SHARED_RANKS = frozenset(
    "deputy junior vice assistant former state cabinet permanent parliamentary under a the".split()
)


def _same_body(a: str | None, b: str | None, *, unnamed: bool = False) -> bool:
    """Whether two holders' bodies are one; two unnamed bodies are one when `unnamed` says so."""
    if not a and not b:
        return unnamed
    if not a or not b:
        return False
    a, b = a.lower(), b.lower()
    return a == b or a in b or b in a


_PAST_HOLDER = compile_lazily(
    r"\b(?:former|then|ex|late|predecessor|previous|ago|outgoing)\b", re.IGNORECASE
)


def _past_holder(person: Actor, office: str, sentences: Sequence[Sentence]) -> bool:
    """Whether every sentence giving the person the office speaks of the past ("former
    President Bush", "the example President Bush's team set eight years ago"): a predecessor
    keeps the title in the news without contradicting the holder."""
    surname = person.name.split()[-1] if person.name.split() else person.name
    holding = [
        sentences[i].text
        for i in person.evidence
        if i < len(sentences)
        and office in sentences[i].text.lower()
        and surname in sentences[i].text
    ]
    return bool(holding) and all(_PAST_HOLDER.search(t) for t in holding)


def _handover(office: str, sentences: Sequence[Sentence]) -> bool:
    """Whether the article speaks of an office changing hands ("the outgoing President", "the
    incoming chief executive"): then two people given it are its holder before and after."""
    pattern = re.compile(
        rf"\b(?:outgoing|former|departing|previous|incoming|lame-duck|new)[ ]{re.escape(office)}\b"
    )
    return any(pattern.search(s.text.lower()) for s in sentences)


def _office_conflicts(actors: Sequence[Actor], sentences: Sequence[Sentence]) -> list[Question]:
    out: list[Question] = []
    people = sorted((a for a in actors if a.kind == "person" and a.role), key=_first)
    offices = [_offices(p.role or "") for p in people]
    # Only two holders of the same office can conflict: pair people within each office, not all
    # people with all. A text naming more holders of one office than `_MAX_HOLDERS` is a list
    # (or a run-on paragraph), not a story: its first holders are compared, so pairs stay few.
    holders: dict[str, list[int]] = {}
    for i, found in enumerate(offices):
        for office in dict.fromkeys(o for o, _ in found):
            group = holders.setdefault(office, [])
            if len(group) < _MAX_HOLDERS:
                group.append(i)
    pairs = sorted({pair for group in holders.values() for pair in combinations(group, 2)})
    # With no body named for either holder, both hold the office of the one country the story
    # is about; with two countries in it, each may have its own minister.
    one_country = sum(1 for a in actors if a.kind == "country") <= 1
    for i, j in pairs:
        a, b = people[i], people[j]
        for oa, body_a in offices[i]:
            match = next(
                (
                    (ob, body_b)
                    for ob, body_b in offices[j]
                    if ob == oa
                    and _same_body(
                        body_a or a.affiliation, body_b or b.affiliation, unnamed=one_country
                    )
                ),
                None,
            )
            if match is None or any(_past_holder(p, oa, sentences) for p in (a, b)):
                continue
            if _handover(oa, sentences):
                continue
            body = body_a or match[1] or a.affiliation
            # "Chief executive" opening its sentence is the chief executive; "Deputy Secretary
            # of State" keeps its capitals.
            office = lower_opening(_role_as_written(a.role or "", oa))
            where = f" of the {body}" if body and country_name(body) is None else ""
            text = f"Who is the {office}{where}: {a.name} or {b.name}?"
            out.append(Question("conflict", text, tuple(sorted(set(a.evidence) | set(b.evidence)))))
            break
    return out


def _role_as_written(role: str, office: str) -> str:
    i = role.lower().find(office)
    return role[i : i + len(office)] if i >= 0 else office


_Whens = dict[str, list[DateMention]]


def _date_conflicts(
    agenda: Sequence[AgendaItem], sentences: Sequence[Sentence], whens: _Whens
) -> list[Question]:
    out: list[Question] = []
    events = [e for e in agenda if e.kind == "event" and e.when]
    # Each event's day and title words once, not once per pair.
    days = [_day_of(whens[e.when or ""]) for e in events]
    words = [_title_words(e.title) for e in events]
    for i, j in combinations(range(len(events)), 2):
        a, b = events[i], events[j]
        if any(sentences[k].kind == "list_item" for k in (*a.evidence, *b.evidence)):
            continue
        da, db = days[i], days[j]
        if da is None or db is None or da == db:
            continue
        ta, tb = words[i], words[j]
        if not ta or not tb or not (ta <= tb or tb <= ta):
            continue
        name = min((a.title, b.title), key=len).lower()
        wa, wb = _plain_when(a.when or ""), _plain_when(b.when or "")
        text = f"When is the {name}: {wa} or {wb}?"
        out.append(Question("conflict", text, tuple(sorted(set(a.evidence) | set(b.evidence)))))
    return out


def _plain_when(when: str) -> str:
    return re.sub(r"^(?:on|by|until|from)[ ]", "", when)


def _day_of(found: Sequence[DateMention]) -> tuple[int, int] | None:
    if len(found) != 1 or found[0].day is None or found[0].month is None:
        return None
    return found[0].month, found[0].day


def _title_words(title: str) -> set[str]:
    stop = {"the", "a", "an", "of", "to", "on", "in", "with", "and", "for"}
    return {w.lower()[:6] for w in _WORD.findall(title) if w.lower() not in stop}


_MEASURES = (
    "revenue",
    "revenues",
    "sales",
    "turnover",
    "operating profit",
    "net profit",
    "profit",
    "net loss",
    "loss",
    "earnings",
    "budget",
    "deficit",
    "price",
    "fine",
    "damages",
    "compensation",
)
_DIGIT = compile_lazily(r"\d")
_AMOUNT = compile_lazily(
    r"(?P<num>\d+(?:[.,]\d+)?)[ ](?P<scale>million|billion|trillion|bn|m)\b"
    r"(?:[ ](?P<cur>(?:[A-Z][a-z]+[ ])?[a-z]+))?"
)
_COMPARISON = compile_lazily(
    r"\bfrom[ ][$€£]?\d|"
    r"\b(?:compared with|compared to|a year earlier|year-earlier|forecast|target|raised|"
    r"increased|lowered|reduced|revised)\b"
)


# "Oxfam said the real figure was closer to $15 billion": a figure set against the last one.
_REAL_FIGURE = compile_lazily(
    r"\bthe[ ](?:(?:real|actual|true|correct|right)[ ](?:figure|number|amount|total|sum|cost)[ ]"
    r"(?:was|is|were|are|would[ ]be|stood[ ]at)|(?:figure|value|total|amount|cost)[ ]at)[ ]"
    r"(?:closer[ ]to[ ]|nearer[ ]|about[ ]|around[ ]|only[ ]|just[ ])?"
    r"(?P<amount>[$€£¥]\d[\d,.]*(?:[ ](?:million|billion|trillion|bn|m))?|"
    r"\d[\d,.]*[ ](?:million|billion|trillion)(?:[ ][a-z]+)?)"
)


# "at least 35,000 commuters could be affected, a figure the company disputed".
_DISPUTED_FIGURE = compile_lazily(
    r"(?P<num>(?:(?:at[ ]least|about|around|some|more[ ]than|up[ ]to|nearly)[ ])?\d[\d,.]*"
    r"(?:[ ](?:million|billion))?)[ ](?P<noun>[a-z]+s)\b[^;.]{0,80}?,[ ]a[ ](?:figure|number|"
    r"total|claim|estimate)[ ](?:that[ ])?(?P<who>(?:the[ ])?[\w’' -]{2,40}?)[ ](?:has[ ]|have[ ])?"
    r"(?:disputed|disputes|dispute|rejected|rejects|denied|denies|contested|contests|questioned)"
)


_DISPUTE_WORDS = ("disput", "denie", "contest", "rejected", "rejects", "questioned")


def _figure_corrections(sentences: Sequence[Sentence]) -> list[Question]:
    """A figure someone says is the real one, against the amount given just before it; a
    figure the text says someone disputes."""
    out: list[Question] = []
    for s in sentences:
        if not has_any(s.text, _DISPUTE_WORDS):
            continue
        d = _DISPUTED_FIGURE.search(s.text)
        if d is not None:
            source = _count_source(s.text[: d.start()] + s.text[d.end() :])
            said = f" ({_according(source)})" if source and source != "a source" else ""
            text = f"How many {d['noun']}: {d['num']}{said}, a figure {d['who']} disputes?"
            out.append(Question("conflict", text, (s.index,)))
    for s in sentences:
        if not has_any(s.text, ("real ", "actual ", "true ", "figure at", "value at", "total at")):
            continue
        m = _REAL_FIGURE.search(s.text)
        if m is None:
            continue
        for prev in reversed(sentences[max(0, s.index - 3) : s.index]):
            earlier = _MONEY.findall(prev.text)
            if earlier:
                if earlier[-1] == m["amount"].strip():
                    break  # the figure confirmed
                text = f"Which figure is right: {earlier[-1]} or {m['amount'].strip()}?"
                out.append(Question("conflict", text, (prev.index, s.index)))
                break
    return out


_MONEY = compile_lazily(r"[$€£¥]\d[\d,.]*(?:[ ](?:million|billion|trillion|bn|m)\b)?")


def _number_conflicts(sentences: Sequence[Sentence]) -> list[Question]:
    """One measure ("revenue") given two different amounts in two sentences."""
    seen: dict[tuple[str, str], tuple[str, str, int]] = {}
    out: list[Question] = []
    for s in sentences:
        # Amounts first, as they are rarer than comparisons and need a digit.
        amounts = list(_AMOUNT.finditer(s.text)) if _DIGIT.search(s.text) else []
        if not amounts:
            continue
        low = s.text.lower()
        if _COMPARISON.search(low):
            continue
        for m in amounts:
            if "(" in s.text[max(0, m.start() - 2) : m.start()]:
                continue  # a conversion in brackets, "($985 million)"
            lo = max(0, m.start() - 50)
            window = low[lo : m.end() + 40]
            near = [
                (abs(lo + w.start() - m.start()), name)
                for name in _MEASURES
                for w in re.finditer(rf"\b{name}\b", window)
            ]
            if not near:
                continue
            measure = min(near)[1]
            measure = measure.rstrip("s") if measure == "revenues" else measure
            key = (measure, m["scale"])
            amount = m.group(0).strip()
            if key in seen and seen[key][0] != m["num"] and seen[key][2] != s.index:
                _, first_text, idx = seen[key]
                text = f"Which {measure} figure is right: {first_text} or {amount}?"
                out.append(Question("conflict", text, (idx, s.index)))
                continue
            seen.setdefault(key, (m["num"], amount, s.index))
    return out


# A share that has one value at a time: "Turnout was 61 percent", "put turnout at 48%".
_SHARE_MEASURES = (
    "turnout",
    "unemployment rate",
    "jobless rate",
    "inflation",
    "vacancy rate",
    "approval rating",
    "occupancy",
    "participation",
)
_PERCENT = compile_lazily(r"(?P<num>\d+(?:[.,]\d+)?)[ ]?(?:%|per[ ]?cent\b)")


def _share_conflicts(sentences: Sequence[Sentence]) -> list[Question]:
    """One share ("turnout") given two different percentages in two sentences, with no word of
    change between them ("rose", "from", "expected")."""
    seen: dict[tuple[str, frozenset[str]], tuple[str, str, int]] = {}
    out: list[Question] = []
    for s in sentences:
        if s.kind in ("title", "heading") or not has_any(s.text, ("%", "percent", "per cent")):
            continue
        low = " " + s.text.lower()
        found = [m for m in _SHARE_MEASURES if m in low]
        percents = list(_PERCENT.finditer(s.text))
        # One measure and one figure: a sentence comparing two is about change, not a claim.
        if len(found) != 1 or len(percents) != 1 or has_any(low, COUNT_CHANGE_WORDS):
            continue
        if has_any(low, _SHARE_CHANGE_WORDS) or _COMPARISON.search(low):
            continue
        at = low.find(found[0])
        scope = s.text[at - 1 + len(found[0]) :][:30]
        if re.match(r"[ ](?:in|among|for|across|outside)[ ](?:[A-Z]|the[ ]|young|older)", scope):
            continue  # "turnout in Budapest", "unemployment among the young": a part of it
        before = low[:at].split()[-1:]
        # "core inflation" and "inflation" are two measures.
        modifier = before[0] if before and before[0] in _SHARE_MODIFIERS else ""
        measure = f"{modifier} {found[0]}".strip()
        # Figures for different periods ("in May", "in June") do not contradict each other.
        when = frozenset(m.text.lower() for m in find_dates(s.text))
        key = (measure, when)
        value, num = percents[0].group(0), percents[0]["num"].replace(",", ".")
        if key in seen and seen[key][0] != num:
            _, shown, idx = seen[key]
            text = f"What was the {measure}: {shown} or {value}?"
            out.append(Question("conflict", text, (idx, s.index)))
            continue
        seen.setdefault(key, (num, value, s.index))
    return out


_SHARE_MODIFIERS = frozenset(
    "core headline underlying annual monthly youth overall average food energy services "
    "final official provisional regional national local".split()
)
_SHARE_CHANGE_WORDS = (" eased", " slowed", " accelerated", " edged", " cooled", " picked up")
_SHARE_CHANGE_WORDS += (" rose to", " fell to", " climbed to", " dipped", " slipped", " hit ")


# A count: a number (not money, not a year) and the words after it ("about 1,400 staff walked").
_COUNT = compile_lazily(
    r"(?<![\w.,$€£¥-])(?P<qual>(?i:(?:about|around|some|nearly|almost|roughly|at least|more than|"
    r"over|up to|fewer than|less than|an estimated)[ ])?)(?P<num>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?P<after>(?:[ ][a-z][a-z-]*){1,4})"
)
# "the union put the figure at 2,100", "the number was 2,100": a figure for whatever was counted.
_FIGURE = compile_lazily(
    r"\b(?:the|that|this|its|their|his|her)[ ](?:[a-z]+[ ])?(?:figure|number|toll|tally|count|"
    r"total|turnout)(?:[ ]of[ ](?:the[ ])?[a-z]+)?[ ](?:at|as|was|is|of)[ ]"
    r"(?P<qual>(?:(?:about|around|some|nearly|almost|"
    r"roughly|at least|more than|over|up to)[ ])?)(?P<num>\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]\d)"
)
_NUMBERS = compile_lazily(r"\d[\d,.]*")
_LOWER_BOUNDS = ("at least", "more than", "over ")
_UPPER_BOUNDS = ("up to", "fewer than", "less than", "nearly", "almost")
_ACCORDING = compile_lazily(r"\b[Aa]ccording[ ]to[ ](?P<who>[^,;.“”\"]{2,60}?)(?=[,;.“”\"]|$)")
_SAID_BY = compile_lazily(
    r"(?:^|[,“”\"][ ]?|\bthat[ ]|\band[ ])(?P<who>(?:[A-Za-z’'-]+[ ]){0,4}?[A-Za-z’'-]+)[ ]"
    r"(?:said|says|put[ ]the|puts[ ]the|estimated|estimates|told|reported|claimed|claims|counted)\b"
)
_SAID_AFTER = compile_lazily(
    r",[ ](?:said|says|according to)[ ]"
    r"(?P<who>(?:the[ ])?[A-Za-z’'-]+(?:[ ][A-Z][\w’'-]*){0,3})(?=[,.;:]|$)"
)


@dataclass(frozen=True)
class _Count:
    value: int
    shown: str
    noun: str
    predicate: str
    sentence: int
    source: str | None
    # The words between the number and the counted noun ("confirmed" in "23 confirmed cases").
    modifier: str = ""


_RELATIVE_ASIDE = compile_lazily(r",[ ](?:which|who)[ ][^,;“”\"]{2,80},")


def _count_source(text: str) -> str | None:
    """Who gives a figure: "according to the union", "the union said", "said the union"."""
    # "The Royal College of Nursing, which represents most nurses, put the number at 410".
    text = _RELATIVE_ASIDE.sub("", text) if ", wh" in text else text
    low = text.lower()
    if not has_any(low, COUNT_SOURCE_CUES):
        return None
    m = _ACCORDING.search(text)
    if m:
        return m["who"].strip()
    m = _SAID_AFTER.search(text)
    if m:
        return m["who"].strip()
    m = _SAID_BY.search(text)
    if m and m["who"].split()[-1].lower() not in FUNCTION_WORDS:
        return m["who"].strip()
    return "a source"


def _counts_in(s: Sentence) -> list[_Count]:
    text = s.text
    # A statistic with its own scope ("20 injured in 112 accidents since 2015") has more than
    # one number; counting them first is the cheapest test.
    first = _NUMBERS.search(text)
    if first is None or "%" in text or _NUMBERS.search(text, first.end() + 1):
        return []
    # The one number's count or figure: matched on the stretch around it only.
    lo = max(0, first.start() - 16)
    m = _COUNT.search(text[lo : first.end() + 60])
    f = None if m else _FIGURE.search(text[max(0, first.start() - 60) : first.end() + 1])
    if m is None and f is None:
        return []
    low = text.lower()
    if has_any(" " + low, COUNT_CHANGE_WORDS):
        return []
    source = _count_source(text)
    if f is not None:
        shown = (f["qual"] + f["num"]).strip()
        return [_Count(int(f["num"].replace(",", "")), shown, "", "", s.index, source)]
    assert m is not None
    num = m["num"]
    words = m["after"].split()
    if (len(num) == 4 and num[:2] in ("19", "20")) or words[0] in NOT_COUNTED_AFTER_NUMBER:
        return []  # a year, or a measure ("40 minutes")
    # The head is the first plural among the next three words ("1,400 hospital staff",
    # "3,000 homes lost power"): a verb after it is not part of what was counted.
    head = next((k for k, w in enumerate(words[:3]) if _plural(w)), None)
    if head is None or any(w in FUNCTION_WORDS for w in words[:head]):
        return []
    # What happened to them: the verb after ("were destroyed") or before ("destroyed 40").
    after = [w for w in words[head + 1 :] if w not in AUXILIARIES and w not in FUNCTION_WORDS]
    before = [w for w in low[: lo + m.start("num")].split()[-3:] if w not in _COUNT_QUALIFIERS]
    if after:
        predicate = after[0][:5]
    elif before and before[-1] not in FUNCTION_WORDS and before[-1] not in AUXILIARIES:
        predicate = before[-1][:5]
    else:
        predicate = ""
    shown = (m["qual"].lower() + num).strip()
    modifier = " ".join(words[:head])
    value = int(num.replace(",", ""))
    return [_Count(value, shown, words[head], predicate, s.index, source, modifier)]


_COUNT_QUALIFIERS = frozenset(
    "about around some nearly almost roughly least more than over".split()
)
_IRREGULAR_PLURALS = frozenset("people staff police personnel children men women troops".split())


def _plural(word: str) -> bool:
    return word in _IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith("ss"))


def _bounds_agree(a: _Count, b: _Count) -> bool:
    """ "More than 1,400" and "2,100" can both be true."""
    low, high = (a, b) if a.value < b.value else (b, a)
    return low.shown.startswith(_LOWER_BOUNDS) or high.shown.startswith(_UPPER_BOUNDS)


def _two_sources_one_thing(a: _Count, b: _Count, sentences: Sequence[Sentence]) -> bool:
    """ "3,000 workers took part in the strike, the union said" and "Management said 900
    workers had joined the strike": two named sources counting the same thing, told by a word
    both sentences share besides the counted noun."""
    if not (a.source and b.source) or a.source == "a source" or b.source == "a source":
        return False
    # "Dr Niamh Costigan" and later "Costigan" are one source.
    first, second = set(a.source.lower().split()), set(b.source.lower().split())
    if first <= second or second <= first:
        return False
    if a.modifier != b.modifier:
        return False  # "23 confirmed cases", "14 suspected cases": two things

    def content(i: int) -> set[str]:
        words = _WORD.findall(sentences[i].text.lower())
        return {w for w in words if len(w) > 4 and w not in FUNCTION_WORDS}

    shared = content(a.sentence) & content(b.sentence)
    shared -= {a.noun, "said", "says", "according"}
    return bool(shared)


def _count_conflicts(sentences: Sequence[Sentence]) -> list[Question]:
    """One count ("1,400 staff walked out") given a different figure elsewhere, by a source."""
    counts: list[_Count] = []
    for s in sentences:
        if s.kind not in ("title", "heading", "list_item"):
            counts.extend(_counts_in(s))
    out: list[Question] = []
    asked: set[int] = set()
    for i, b in enumerate(counts):
        if b.sentence in asked:
            continue
        for a in reversed(counts[:i]):
            if a.sentence == b.sentence or not a.noun:
                continue
            if b.noun:
                same = a.noun == b.noun and (
                    (a.predicate == b.predicate and bool(a.predicate))
                    or _two_sources_one_thing(a, b, sentences)
                )
            else:
                # "the figure" names the last thing counted, a few sentences back at most.
                same = b.sentence - a.sentence <= 3
            if not same:
                if not b.noun:
                    break
                continue
            if a.value == b.value or (a.source is None and b.source is None):
                break
            if _bounds_agree(a, b):
                break
            noun = a.noun
            first = f"{a.shown} ({_according(a.source)})" if a.source else a.shown
            second = f"{b.shown} ({_according(b.source)})" if b.source else b.shown
            text = f"How many {noun}: {first} or {second}?"
            out.append(Question("conflict", text, (a.sentence, b.sentence)))
            asked.update((a.sentence, b.sentence))
            break
    return out


def _according(source: str | None) -> str:
    if not source or source == "a source":
        return "attributed, source unnamed"
    words = source.split()
    # "Residents said", "Utility officials put": a common noun, capitalised by its place.
    common = words[-1].lower() in GROUP_NOUNS or words[-1].lower() in _COMMON_SOURCES
    if common and all(w.islower() for w in words[1:]):
        source = source[:1].lower() + source[1:]
    return f"according to {_lower_common(source)}"


def _source_of(text: str) -> str:
    """ "according to the union" when a sentence says who gives its figure, else ""."""
    source = _count_source(text)
    return _according(source) if source and source != "a source" else ""


# Sources named by a common noun, capitalised only when they open a sentence.
_COMMON_SOURCES = frozenset("management organisers organizers authorities staff groups".split())


# "The vote was postponed indefinitely", "... until further notice": an event whose new date is
# not given.
_NO_NEW_DATE = compile_lazily(
    r"(?P<x>[^,;:“”\"]{3,60}?)[ ](?:was|were|has[ ]been|have[ ]been|had[ ]been|is|are|will[ ]be)"
    r"[ ](?:now[ ])?(?P<v>postponed|delayed|suspended|adjourned|put[ ]off|pushed[ ]back|"
    r"cancelled|called[ ]off)[ ](?:indefinitely|to[ ]a[ ]later[ ]date|until[ ]further[ ]notice|"
    r"to[ ]a[ ]date[ ](?:yet[ ])?to[ ]be[ ](?:announced|set|confirmed|fixed|decided))"
)
_NO_NEW_DATE_WORDS = ("indefinitely", "later date", "further notice", "to be announced")
_NO_NEW_DATE_WORDS += ("to be set", "to be confirmed", "to be fixed", "to be decided")
_NO_NEW_DATE_WORDS += ("to be determined", "to be chosen", "to be named", "to be agreed")


# "The match will be played at a venue to be confirmed": where (or when) is left open.
_TO_BE_SET = compile_lazily(
    r"(?P<x>[^,;:“”\"]{3,60}?)[ ](?:will|would|is[ ]to|are[ ]to|is[ ]due[ ]to|are[ ]due[ ]to)[ ]"
    r"be[ ](?P<v>played|held|staged|hosted|built|located|heard|sited)"
    r"(?:[ ](?:in|on)[ ][^,;:“”\"]{2,25}?)?[ ](?:at|in|on)[ ](?:a|an)[ ]"
    r"(?P<what>venue|location|place|site|city|date|time)[ ](?:yet[ ])?to[ ]be[ ](?:confirmed|"
    r"announced|decided|determined|set|chosen|named|agreed|fixed)"
)


# "A hearing before the tribunal has not been scheduled": an event with no date yet.
_NOT_SCHEDULED = compile_lazily(
    r"(?P<x>\b(?:[Aa]|[Aa]n|[Tt]he|[Nn]o)[ ][^,;:“”\"]{2,60}?)[ ](?:has|have|had|was|were|is|are)"
    r"[ ](?:not[ ])?(?:yet[ ])?(?:been[ ])?(?:scheduled|set|fixed|announced)(?:[ ]yet)?[.;]?$"
)
# "No date has been set for the vote".
_NO_DATE_FOR = compile_lazily(
    r"\b[Nn]o[ ](?:new[ ]|firm[ ])?date[ ](?:has[ ]been|had[ ]been|was|is|have[ ]been)[ ]"
    r"(?:yet[ ])?(?:set|fixed|announced|scheduled|given|agreed)[ ]for[ ]"
    r"(?P<x>(?:the|a|an|its|their)[ ][^,;:.“”\"]{2,60}?)(?=[,;.]|$)"
)
# "The tribunal has not set a date for a hearing".
_SET_NO_DATE = compile_lazily(
    r"\b(?:has|have|had)[ ]not[ ](?:yet[ ])?(?:set|fixed|announced|given|named|scheduled)[ ]a[ ]"
    r"(?:new[ ]|firm[ ])?date[ ]for[ ](?P<x>(?:the|a|an|its|their)[ ][^,;:.“”\"]{2,60}?)(?=[,;.]|$)"
)
_NOT_SCHEDULED_WORDS = ("been scheduled", "been set", "been fixed", "been announced")
_NOT_SCHEDULED_WORDS += ("not scheduled", "yet scheduled")


# "Schools will stay closed until further notice": when they reopen is not said.
_CLOSED_UNTIL = compile_lazily(
    r"(?P<x>\b[A-Z][^,;:“”\"]{2,60}?)[ ](?:will|would|are[ ]to|is[ ]to)?[ ]?(?:stay|remain|remains|"
    r"stays|be)[ ](?:closed|shut)[ ](?:until[ ]further[ ]notice|indefinitely)"
)
# "sailings had been halted until further notice", "the meeting was adjourned sine die",
# "proceedings would resume at a date to be determined", "the vote would be held at a later
# date": stopped, with no date to start again.
_HALTED = compile_lazily(
    r"(?P<x>[^,;:“”\"]{3,60}?)[ ](?:had[ ]been|has[ ]been|have[ ]been|was|were|is|are|will[ ]be|"
    r"would[ ]be)[ ](?P<v>halted|suspended|stopped|closed|shut|frozen|paused|adjourned)[ ]"
    r"(?:until[ ]further[ ]notice|sine[ ]die)|"
    r"(?P<x2>[^,;:“”\"]{3,60}?)[ ](?:would|will|is[ ]to|are[ ]to)[ ](?P<v2>resume|reopen|restart|"
    r"be[ ]held|take[ ]place|go[ ]ahead|be[ ]rescheduled|reconvene)[ ]at[ ]a[ ](?:later|future|"
    r"new)?[ ]?date(?:[ ](?:yet[ ])?to[ ]be[ ](?:determined|decided|set|fixed|announced|agreed|"
    r"confirmed))?|"
    r"\b(?:adjourned|suspended)[ ](?P<x3>the[ ][a-z]+(?:[ ][a-z]+)?)[ ]sine[ ]die"
)
_HALTED_WORDS = ("further notice", "sine die", " date")
# "on the 14th", "Monday the 7th": a day with no month.
_DAY_ONLY = compile_lazily(
    rf"\b(?:[Oo]n[ ](?:(?:{'|'.join(WEEKDAYS)}),?[ ])?the|(?:{'|'.join(WEEKDAYS)})[ ]the)[ ]"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
    rf"(?![ ](?:of\b|{'|'.join(MONTHS)}|century|centuries|time|place|round|minute|amendment|"
    r"anniversary|floor|birthday|day|week|month|year|hole|lap|over|inning|edition|session|"
    r"congress|parliament|term|stage|pick|seed|percentile|district|street|avenue))"
)
# "on Tuesday, Oct. at about 11 a.m.": a weekday and a month with the day cut out.
_WEEKDAY_MONTH_CUT = compile_lazily(
    rf"\b(?P<wd>{'|'.join(WEEKDAYS)}),?[ ](?P<mon>{'|'.join(MONTHS)}|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=[ ](?:at|in|when|and)\b|[,;]|\.?$)"
)
# "on a Saturday in May": one of four or five days.
_SOME_WEEKDAY = compile_lazily(
    rf"\b(?:on[ ])?an?[ ](?P<wd>{'|'.join(WEEKDAYS)})[ ]in[ ](?P<mon>{'|'.join(MONTHS)})\b"
)
_ORDINAL_ENDINGS = (
    "st ",
    "nd ",
    "rd ",
    "th ",
    "st,",
    "nd,",
    "rd,",
    "th,",
    "st.",
    "nd.",
    "rd.",
    "th.",
)
_MONTH_ABBREVIATED = {m[:3]: m for m in MONTHS} | {"Sept": "September", "Sep": "September"}
# "the victim, identified only as Ahmed", "named by police only as Sofia", "identified the
# manager only by the initials R.T.": a name cut short.
_ONLY_AS = compile_lazily(
    r"(?:(?P<who>\b(?:[Tt]he|[Aa]|[Aa]n)[ ](?:[a-z-]+[ ]){0,2}[a-z-]+),[ ])?"
    r"(?:identified|named|known|referred[ ]to|described)(?:[ ]by[ ][a-z ]{2,20}?)?[ ]only[ ]"
    r"(?:as|by)[ ](?:(?:his|her|their|the)[ ](?:first[ ]name[ ]|initials[ ]|surname[ ]))?"
    r"(?P<n>[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*)?)|"
    r"\bidentified[ ](?P<who2>the[ ][a-z]+)[ ]only[ ]by[ ](?:(?:his|her|their|the)[ ])?"
    r"(?:initials|first[ ]name|surname)[ ](?P<n2>[A-Z][\w.’'-]*)"
)

# "A witness, who gave her first name, Leila,", "His family gave only his first name, Tomas".
# Its empty "n2" and "who2" let a match be read as one of `_ONLY_AS`.
_FIRST_NAME_GIVEN = compile_lazily(
    r"(?:(?P<who>\b(?:[Tt]he|[Aa]|[Aa]n)[ ](?:[a-z-]+[ ]){0,2}[a-z-]+),[ ](?:who[ ])?)?"
    r"(?:gave|giving|gives|used|offered|provided)[ ](?:only[ ])?(?:his|her|their|a)[ ]first[ ]"
    r"name(?:[ ]only)?(?:,[ ]|[ ]as[ ])(?P<n>[A-Z][\w’'-]+)(?P<n2>)(?P<who2>)"
)


def _undated(sentences: Sequence[Sentence]) -> list[Question]:
    """ "When will the vote take place?" for an event put off with no new date; "Where will the
    match be played?" for one whose venue is still to be named."""
    out: list[Question] = []
    for s in sentences:
        n = _NOT_SCHEDULED.search(s.text) if has_any(s.text, _NOT_SCHEDULED_WORDS) else None
        if n is not None and " not " in n.group(0):
            what = n["x"]
            if what.lower().startswith(("a ", "an ")):
                what = "the " + what.split(" ", 1)[1]  # "A hearing ... has not been scheduled"
            if not what.lower().startswith(("the date", "the time")):
                text = f"When will {_lower_common(what)} take place?"
                out.append(Question("incomplete", text, (s.index,)))
                continue
        d = _NO_DATE_FOR.search(s.text) if "no date" in s.text.lower() else None
        d = d or (_SET_NO_DATE.search(s.text) if " a date for " in s.text else None)
        if d is not None:
            what = d["x"]
            if what.lower().startswith(("a ", "an ")):
                what = "the " + what.split(" ", 1)[1]
            text = f"When will {_lower_common(what)} take place?"
            out.append(Question("incomplete", text, (s.index,)))
            continue
        if not has_any(s.text, _NO_NEW_DATE_WORDS):
            continue
        c = _CLOSED_UNTIL.search(s.text) if " closed " in s.text or " shut " in s.text else None
        if c is not None:
            what = re.split(r"\b(?:that|said|says|and|but)\b", c["x"])[-1].strip()
            if what and what.split()[0].lower() not in ("it", "he", "she", "they", "this"):
                text = f"When will {_lower_common(what)} reopen?"
                out.append(Question("incomplete", text, (s.index,)))
                continue
        h = _HALTED.search(s.text) if has_any(s.text, _HALTED_WORDS) else None
        if h is not None:
            what = h["x"] or h["x2"] or h["x3"]
            what = re.split(r"\b(?:that|said|says|and|but)\b", what)[-1].strip()
            if what and what.split()[0].lower() not in ("it", "he", "she", "they", "this", "that"):
                v2 = h["v2"] or ""
                verb = "resume" if h["x"] or h["x3"] else v2 if " " not in v2 else "take place"
                text = f"When will {_lower_common(what)} {verb}?"
                out.append(Question("incomplete", text, (s.index,)))
                continue
        t = _TO_BE_SET.search(s.text)
        if t is not None:
            what = re.split(r"\b(?:that|said|says|and|but)\b", t["x"])[-1].strip()
            if what.lower() in ("which", "that"):
                # "the show, which will be held ... at a venue yet to be announced".
                before = s.text[: t.start("x")].rstrip(" ,")
                np = re.search(r"\b(?:[Tt]he|[Aa]n?)[ ](?:[a-z-]+[ ]){0,2}[a-z-]+$", before)
                what = np.group(0) if np else what
            if what and what.split()[0].lower() not in ("it", "he", "she", "they", "this"):
                wh = "When" if t["what"] in ("date", "time") else "Where"
                text = f"{wh} will {_lower_common(what)} be {t['v']}?"
                out.append(Question("incomplete", text, (s.index,)))
                continue
        m = _NO_NEW_DATE.search(s.text)
        if m is None:
            continue
        what = re.split(r"\b(?:that|said|says|and|but)\b", m["x"])[-1].strip()
        if not what or what.split()[0].lower() in ("it", "he", "she", "they", "this", "that"):
            continue
        how = "indefinitely" if "indefinitely" in m.group(0) else "with no new date"
        text = f"When will {_lower_common(what)} take place (put off {how})?"
        out.append(Question("incomplete", text, (s.index,)))
    return out


def _incomplete(
    agenda: Sequence[AgendaItem], sentences: Sequence[Sentence], whens: _Whens
) -> list[Question]:
    out: list[Question] = _undated(sentences)
    # The sentences asked about already, in the set phrases of `_undated`.
    asked = {i for q in out for i in q.evidence}
    out += [q for q in not_fixed(sentences) if q.evidence[-1] not in asked]
    out += _cut_short(sentences, agenda)
    for item in agenda:
        if item.kind != "event" or not item.when:
            continue
        mentions = whens[item.when]
        cut = next((m for m in mentions if m.incomplete), None)
        what = _event_clause(item, sentences)
        if cut is not None and cut.month:
            month = next(n for n, v in MONTHS.items() if v == cut.month)
            out.append(Question("incomplete", f"On what day in {month} {what}?", item.evidence))
        elif item.date is None and any(m.kind == "next_day" for m in mentions):
            out.append(
                Question("incomplete", f"On what date {what} (“{item.when}”)?", item.evidence)
            )
    return out


def _vaguely_dated(
    agenda: Sequence[AgendaItem], sentences: Sequence[Sentence], asked: set[int]
) -> list[Question]:
    """ "When exactly will the launch be ("later this year")?" for the first event dated only
    roughly whose sentences no other question asks about: one such question tells the reader
    the timetable is loose, more would crowd out the questions that matter more."""
    for item in agenda:
        if item.kind != "event" or not item.when or not _VAGUE_WHEN.search(item.when):
            continue
        if asked.isdisjoint(item.evidence):
            what = _event_clause(item, sentences)
            text = f"{_ROUGH_DATE_OPENING} {what} (“{item.when}”)?"
            return [Question("incomplete", text, item.evidence)]
    return []


_ROUGH_DATE_OPENING = "When exactly"


def bears_on_summary(question: Question) -> bool:
    """Whether a question marks its sentences as carrying the story: a date given only roughly
    ("When exactly will the construction begin?") is worth asking but says nothing of what
    matters most in the article."""
    return not question.text.startswith(_ROUGH_DATE_OPENING)


# A time given only roughly: "later this year", "in the autumn", "in the third quarter",
# "mid-June", "in late summer", "in the coming weeks", "sometime in March", "before Christmas".
_VAGUE_WHEN = compile_lazily(
    r"\b(?:later[ ]this|early|earlier[ ]this|late|mid|the[ ]middle[ ]of|spring|summer|autumn|"
    r"fall|winter|quarter|half|coming[ ](?:weeks|months|days)|sometime|some[ ]time|"
    r"before[ ](?:Christmas|Easter|the[ ]summer)|week[ ]of)\b"
)


def _cut_short(sentences: Sequence[Sentence], agenda: Sequence[AgendaItem]) -> list[Question]:
    """A day with no month ("on the 14th"), a month with no day after a weekday ("on Tuesday,
    Oct."), one of several days ("on a Saturday in May"), a name given in part ("identified
    only as Ahmed")."""
    out: list[Question] = []
    events = {i: it for it in agenda if it.kind == "event" for i in it.evidence}
    for s in sentences:
        text = s.text
        if has_any(text, _ORDINAL_ENDINGS) and _DIGIT.search(text):
            m = _DAY_ONLY.search(text)
            if m:
                item = events.get(s.index)
                what = f" {_event_clause(item, sentences)}" if item else ""
                phrase = m.group(0)
                if what:
                    out.append(
                        Question("incomplete", f"In which month{what} (“{phrase}”)?", (s.index,))
                    )
                else:
                    out.append(Question("incomplete", f"Which month is “{phrase}” in?", (s.index,)))
                continue
        w = _WEEKDAY_MONTH_CUT.search(text) if "day," in text or "day " in text else None
        if w:
            month = _MONTH_ABBREVIATED.get(w["mon"], w["mon"])
            out.append(
                Question("incomplete", f"Which {w['wd']} in {month} (“{w.group(0)}”)?", (s.index,))
            )
            continue
        d = _SOME_WEEKDAY.search(text) if " in " in text else None
        if d:
            item = events.get(s.index)
            what = f" {_event_clause(item, sentences)}" if item else ""
            out.append(Question("incomplete", f"Which {d['wd']} in {d['mon']}{what}?", (s.index,)))
            continue
        n = _ONLY_AS.search(text) if " only " in text else None
        n = n or (_FIRST_NAME_GIVEN.search(text) if " first name" in text else None)
        if n:
            name = n["n"] or n["n2"]
            who = n["who"] or n["who2"]
            # "A witness, who gave her first name" is the witness the question asks about.
            of = f" of {_lower_common(re.sub(r'^[Aa]n?[ ]', 'the ', who))}" if who else ""
            out.append(
                Question(
                    "incomplete", f"What is the full name{of} (given only as {name})?", (s.index,)
                )
            )
    return out


def _event_clause(item: AgendaItem, sentences: Sequence[Sentence]) -> str:
    """ "will the working group present ..." or "is the public meeting", for a question."""
    where = f" in {item.where}" if item.where and item.where not in item.title else ""
    m = re.match(r"(?P<s>.+?)[ ]to[ ](?P<be>be[ ])?(?P<v>\w+)(?P<rest>.*)$", item.title)
    if m and (m["v"].lower() in EVENT_VERBS or m["v"] in ("take", "held", "go")):
        subject = _common_head(_as_in_text(m["s"], sentences, item.evidence))
        if " " not in subject and subject[:1].isupper() and _only_opens(subject, sentences):
            subject = subject.lower()  # "Construction is due to begin"
        verb = f"be {m['v']}" if m["be"] else m["v"]
        return f"will the {subject} {verb}{m['rest']}{where}".replace("the the ", "the ")
    return f"is the {_common_head(_as_in_text(item.title, sentences, item.evidence))}{where}"


def _only_opens(word: str, sentences: Sequence[Sentence]) -> bool:
    """Whether a capitalised word has its capital only where it opens a sentence: a common
    noun ("Construction"), not a name ("the Commission would publish")."""
    inside = re.compile(rf"[^\s“‘\"'(][ ]+{re.escape(word)}\b")
    return not any(word in s.text and inside.search(s.text) for s in sentences)


def _common_head(title: str) -> str:
    """ "Meeting", "Award ceremony" as a title; "meeting", "award ceremony" in a question."""
    words = title.split()
    if words and words[0][:1].isupper() and words[1:2] != [] and words[1][:1].isupper():
        return title  # "Strategic Stability Dialogue": a name
    if words and (words[0].lower() in EVENT_NOUNS or words[-1].lower() in EVENT_NOUNS):
        return words[0].lower() + title[len(words[0]) :]
    return title


_DETERMINERS = frozenset(
    "the a an its their his her our any each every some several all both this these".split()
)


def _lower_common(phrase: str) -> str:
    """Lower-case a leading determiner ("The Commission" -> "the Commission") or a plural
    common noun for people capitalised only by its place ("Teachers" -> "teachers")."""
    first = phrase.split(maxsplit=1)[0] if phrase.split() else ""
    low = first.lower()
    if low in _DETERMINERS or (first[1:].islower() and low in GROUP_NOUNS):
        return low + phrase[len(first) :]
    return phrase


def _as_in_text(phrase: str, sentences: Sequence[Sentence], evidence: Sequence[int]) -> str:
    """A title's words with the case they have in the sentence ("Working group" -> "working")."""
    for i in evidence:
        text = sentences[i].text
        at = text.lower().find(phrase.lower())
        if at >= 0:
            return text[at : at + len(phrase)]
    return phrase


_SPEAKS_FOR_OTHERS = frozenset(
    "lawyer lawyers attorney counsel solicitor barrister advocate spokesman spokeswoman "
    "spokesperson agent representative".split()
)


def _speaks_for_others(a: Actor) -> bool:
    return bool(a.role) and not _SPEAKS_FOR_OTHERS.isdisjoint(a.role.lower().split())


def _named_actor(
    s: Sentence, actors: Sequence[Actor], before: int, prefer_person: bool = True
) -> str | None:
    """The actor named just before a position (outside quotes): the one right before the verb,
    else the closest person (or the closest non-person), as a surname for a person."""
    text = s.text
    quoted = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text)]
    hits: list[tuple[int, int, Actor]] = []
    for a in actors:
        for n in (a.name, *a.aliases):
            if not n or n.islower():
                continue
            head = text[:before]
            at = head.find(n)
            while at >= 0:
                end = at + len(n)
                whole = (at == 0 or not head[at - 1].isalnum()) and (
                    end == len(head) or not head[end].isalnum()
                )
                if whole and not any(q0 <= at < q1 for q0, q1 in quoted):
                    hits.append((at, end, a))
                at = head.find(n, at + 1)
    if not hits:
        return None
    gap = re.compile(r"^(?:[ ](?:had|has|have|also|then|later|already|jointly))*[ ]?$")
    adjacent = [h for h in hits if gap.match(text[h[1] : before])]
    wanted = [h for h in hits if (h[2].kind == "person") == prefer_person]
    # "Dupont's lawyer, Marc Leroy, said his client would appeal": a lawyer or spokesperson
    # speaks for someone else, who is the one meant.
    pool = adjacent or wanted or hits
    a = max(pool, key=lambda h: h[0])[2]
    if not adjacent and a.kind == "person" and _speaks_for_others(a):
        clients = [h for h in hits if h[2].kind == "person" and not _speaks_for_others(h[2])]
        if not clients:
            return None  # only the lawyer is named here: who "she" is, the text says elsewhere
        a = max(clients, key=lambda h: h[0])[2]
    return a.name.split()[-1] if a.kind == "person" else a.name


def _unspecified(sentences: Sequence[Sentence], actors: Sequence[Actor]) -> list[Question]:
    out: list[Question] = []
    for s in sentences:
        if s.kind in ("title", "heading"):
            continue
        text = s.text
        asked = False
        counted = has_any(text, COUNTED_NOUNS) and (
            has_any(text, COUNT_WORDS) or has_any(text, COUNT_PHRASES)
        )
        for m in _COUNTED.finditer(text) if counted else ():
            if ":" in text[m.end() : m.end() + 3] or _listed_later(sentences, s.index, m["noun"]):
                continue
            head = text[max(0, m.start() - 60) : m.start()]
            words = list(re.finditer(r"\S+", head))[-6:]
            verb_m = next((w for w in reversed(words) if w.group(0).lower() in _OFFER_VERBS), None)
            if verb_m is None and _WITHHELD.search(text, m.end(), m.end() + 200):
                # "three proposals were on the table, but none had been circulated".
                phrase = " ".join(p for p in (m["count"], m["adj"], m["noun"]) if p)
                if not m["count"].startswith("a "):
                    out.append(Question("unspecified", f"What are the {phrase}?", (s.index,)))
                    asked = True
                    break
            if verb_m is None:
                continue  # "seven points behind the leaders": counted, but nothing withheld
            verb = verb_m.group(0)
            cut = max(0, m.start() - 60) + verb_m.start()
            who = _named_actor(s, actors, cut)
            # "a number of changes": the count says no more than the plural does.
            count = None if m["count"].startswith("a ") else m["count"]
            phrase = " ".join(p for p in (count, m["adj"], m["noun"]) if p)
            ongoing = verb.lower().endswith("ing")  # "is weighing three proposals"
            if who and ongoing:
                q = f"What are the {phrase} {who} is {verb.lower()}?"
            elif who:
                q = f"What were the {phrase} {who} {verb.lower()}?"
            else:
                q = f"What {'are' if ongoing else 'were'} the {phrase}?"
            out.append(Question("unspecified", q, (s.index,)))
            asked = True
            break
        if asked:
            continue
        q = _unspecified_cue(text)
        if q:
            out.append(Question("unspecified", q, (s.index,)))
            continue
        v = _VAGUE.search(text) if has_any(text, _VAGUE_NOUNS) else None
        if v and v["det"].lower() != "certain":
            out.append(Question("unspecified", _vague_question(text, v), (s.index,)))
            continue
        q = unsaid(text, _what_was, _ask_embedded)
        if q:
            out.append(Question("unspecified", q, (s.index,)))
    return out


# The counted things themselves kept back: "none had been circulated", "were not published".
_WITHHELD = compile_lazily(
    r"\b(?:none|neither)[ ](?:of[ ]them[ ])?(?:had|has|have|was|were)[ ](?:yet[ ])?been[ ]"
    r"(?:circulated|published|made[ ]public|disclosed|released|named|detailed|shared)|"
    r"\b(?:were|was|have|has|had)[ ]not[ ](?:yet[ ])?been[ ](?:circulated|published|made[ ]public|"
    r"disclosed|released|detailed|shared)"
)


def _listed_later(sentences: Sequence[Sentence], index: int, noun: str) -> bool:
    """Whether the next sentences enumerate the counted things ("The first option ...")."""
    singular = noun.rstrip("s")
    for s in sentences[index + 1 : index + 3]:
        low = s.text.lower()
        if re.search(rf"\b(?:the first|one)[ ]{singular}\b", low) or s.kind == "list_item":
            return True
    return False


_UNSPEC_GATE = compile_lazily(
    r"\bno[ ]|not[ ]|declined|refused|undisclosed|unspecified|without[ ]|"
    r"unnamed|unidentified|unclear|uncertain|unknown|it[ ]clear|it[ ]known"
)
# A plain substring for each alternative of the gate above.
_UNSPEC_WORDS = (
    " no ",
    "not ",
    "without ",
    "declined",
    "refused",
    "undisclosed",
    "unspecified",
    "unnamed",
    "unidentified",
    "unclear",
    "uncertain",
    "unknown",
    "it clear",
    "it known",
)


def _unspecified_cue(text: str) -> str | None:
    if not has_any(text, _UNSPEC_WORDS) or not _UNSPEC_GATE.search(text):
        return None
    # The patterns scan slowly (a lazy subject in front, or a word boundary first): each runs
    # only when its plain words are there.
    m = _WH_AFTER.search(text) if has_any(text, _WH_AFTER_WORDS) else None
    if m and m["q"].split()[0] in ("whether", "if"):
        # "declined to say whether he would sign": "Will Nawrocki sign?"
        clause = m["q"].split(" ", 1)[1].strip().rstrip(_PUNCT)
        owner = _OWNER_OF_SPEAKER.match(text)
        if owner and clause.split()[0].lower() in ("he", "she", "they"):
            clause = f"{owner['who']} {clause.split(' ', 1)[1]}"
        return _invert("whether", clause)
    if m and len(m["q"].split()) > 2:
        # "did not say how much" alone asks nothing the reader can use: "How much?".
        return _as_question(m["q"])
    q = _not_named(text) if has_any(text, _NAMED_WORDS) else None
    if q:
        return q
    m = _UNCLEAR.search(text) if has_any(text, _UNCLEAR_WORDS) else None
    if m and m["wh"] not in _PENDING_WH:
        q = _invert(m["wh"], m["clause"])
        if q:
            return q
    m = _WHOSE_UNDISCLOSED.search(text) if " whose " in text else None
    if m:
        return f"What was the {m['thing']} of {_lower_common(m['owner'])}?"
    m = _NOT_DISCLOSED.search(text) if has_any(text, _NOT_DISCLOSED_WORDS) else None
    if m:
        return _what_was(m["x"])
    m = _DID_NOT_DISCLOSE.search(text) if has_any(text, _DISCLOSE_WORDS) else None
    if m and (m["weak"] or m["weak2"]) and not _withholdable(m["y"]):
        m = None  # "did not confirm the report": not a thing kept back
    if m:
        present = " not " in m.group(0) and m.group(0).split()[0].lower() in ("has", "have")
        bare = m["y"].split()[-1].lower()
        return _bare_figure(text[: m.start()], bare) or _what_was(m["y"].strip(), present=present)
    m = _GAVE_NO.search(text) if " no " in text else None
    if m:
        if not m["np"] and (q := _bare_figure(text[: m.start()], m["what"])):
            return q
        if m["what"] in _GENERIC_WITHHELD:
            # "gave no indication of the size of the fund": the size is what is asked.
            if not m["np"]:
                return None
            return _what_was(_lower_common(re.sub(r"^(?:a|an)[ ]", "the ", m["np"].strip())))
        thing = m["what"] + (f" {m['prep']} {m['np'].strip()}" if m["np"] else "")
        return _what_was(f"the {_lower_common(thing)}")
    m = _SAY_WHICH.search(text) if " which" in text or " who" in text else None
    if m:
        # "several hospitals would close" -> "Which hospitals would close?"
        return f"Which {m['rest'].strip()}?"
    m = _NOT_SPECIFIED.search(text) if has_any(text, _NOT_SPECIFIED_WORDS) else None
    if m:
        # "disqualified for irregularities that ...": the noun phrase, not what leads to it.
        words = (m["np"] or m["np2"]).split()
        while len(words) > 1 and (words[0] in FUNCTION_WORDS or words[0].endswith("ed")):
            words = words[1:]
        if words[0] not in FUNCTION_WORDS:
            return _what_was(f"the {' '.join(words)}")
    if "no details" in text and _ANY_DETAILS.search(text):
        return "What details were left out: " + _short_quote(text, 12) + "?"
    m = _UNSPEC.search(text) if has_any(text, _UNSPEC_ADJECTIVES) else None
    if m and m["cue"] in _UNSPEC_ADJECTIVES and m["noun"]:
        # "for an undisclosed sum": the thing itself is the question.
        return _what_was(f"the {m['cue']}{m['noun']}")
    m = _UNNAMED.search(text) if has_any(text, _UNNAMED_WORDS) else None
    if m and not _is_anonymous_source(m, text):
        np = f"{m['cue']} {m['np']}"
        if _is_person(m["np"].split()[-1]):
            return f"Who {_agree(m['np'])} the {np}?"
        return f"Which {np} {_agree(m['np'])} it?"
    return None


# "two other companies, which were not named", "the buyer was not identified".
_NAMED_WORDS = (" not named", " not identified", " not been named", " not been identified")
_NAMED_WORDS += (" to name", " to identify", " not name", " not identify", " not yet named")
_NAMED_WORDS += (" not yet identified", " not yet been")
_PASSIVE_NOT_NAMED = compile_lazily(
    r"(?P<x>[^,;:“”\"]{3,80}?)(?:,[ ](?:which|who)|[ ]who|[ ]which)?[ ](?P<aux>were|was|have|has)"
    r"[ ]not(?:[ ]yet)?(?:[ ]been)?[ ](?P<v>named|identified)\b(?![ ](?:as|to|in)\b)"
)
_ACTIVE_NOT_NAMED = compile_lazily(
    r"\b(?:declined[ ]to|refused[ ]to|did[ ]not|would[ ]not|could[ ]not|did[ ]not[ ]immediately)"
    r"[ ](?P<v>name|identify)[ ](?P<np>(?:the|its|their|his|her|both|all)[ ][^,;:.“”\"]{2,60}?)"
    r"(?=[,;:.“”\"]|[ ](?:who|which|that|because|but|and|or|as|on|in|at|after|for|over)\b|$)"
)
_OBJECT_NOT_NAMED = compile_lazily(
    r"\b(?:a|an|the)[ ](?P<np>(?:[a-z-]+[ ]){0,2}[a-z-]+)[ ](?:that[ ]|whom[ ]|which[ ])?"
    r"(?:it|he|she|they|the[ ][a-z]+)[ ](?:declined|refused|would[ ]not|did[ ]not)[ ](?:to[ ])?"
    r"(?P<v>name|identify)\b"
)
_UNNAMED_WORDS = ("unnamed", "unidentified")
_UNNAMED = compile_lazily(
    r"\b(?P<cue>unnamed|unidentified)[ ](?P<np>(?:[a-z-]+[ ]){0,2}?[a-z-]+)"
    r"(?=[,;:.“”\"]|[ ](?:who|which|that|was|were|had|has|have|is|are|in|at|on|of|for|to|and|"
    r"said|says|told)\b|[ ][a-z]+ed\b|$)"
)
_PLURALS = frozenset("men women people children gunmen police staff".split())
_NP_OPENERS = frozenset(
    "the a an its their his her two three four five six seven eight nine ten several other both "
    "all some".split()
)


def _is_person(noun: str) -> bool:
    noun = noun.lower()
    return noun in PERSON_NOUNS or noun in GROUP_NOUNS or noun in ROLE_HEADS


def _agree(np: str) -> str:
    words = np.split()
    # The head may stand before a participle: "the officers involved".
    head = words[-2].lower() if len(words) > 1 and words[-1].endswith("ed") else words[-1].lower()
    counted = any(w.lower() in COUNT_WORDS for w in words)
    plural = counted or (head.endswith("s") and not head.endswith("ss")) or head in _PLURALS
    return "were" if plural else "was"


def _is_anonymous_source(m: re.Match[str], text: str) -> bool:
    """ "an unnamed official said": a claim with no source, asked elsewhere, not a gap."""
    if m["np"].split()[-1].lower() in ANONYMOUS_SOURCE_NOUNS:
        return True
    after = text[m.end() : m.end() + 40].split()[:3]
    return any(w.strip(_PUNCT) in ("said", "says", "told", "added") for w in after)


def _trailing_np(words: list[str]) -> list[str]:
    """The noun phrase at the end of a clause, from its determiner or count word."""
    for i in range(len(words) - 1, max(-1, len(words) - 7), -1):
        low = words[i].lower()
        if low not in _NP_OPENERS and (low in FUNCTION_WORDS or low in AUXILIARIES):
            return []  # a verb or a preposition: the clause does not end in a noun phrase
        if low in _NP_OPENERS:
            j = i
            while j > 0 and words[j - 1].lower() in _NP_OPENERS and len(words) - j < 6:
                j -= 1
            return words[j:]
    return []


_NAMED_CUE = compile_lazily(r"[ ](?:not(?:[ ]yet)?(?:[ ]been)?|to)[ ](?:named?|identif(?:y|ied))\b")
# "A 71-year-old man was missing after his car was swept away": whether he is found is open.
_MISSING = compile_lazily(
    r"(?P<x>\b(?:[Aa]|[Aa]n|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Dd]ozens[ ]of|"
    r"[Hh]undreds[ ]of|\d+)[ ][^,;:“”\"]{2,50}?)[ ](?:was|were|is|are|remains|remain|remained)"
    r"[ ](?:still[ ])?(?:missing|unaccounted[ ]for)\b"
)
_MISSING_PEOPLE = frozenset(
    "man woman men women boy girl boys girls child children people person hiker hikers climber "
    "climbers crew fisherman fishermen sailor sailors migrants tourists passengers students "
    "pupils residents workers miners soldiers".split()
)
# "A 42-year-old man was arrested on suspicion of manslaughter": charges are still to come.
_ARRESTED = compile_lazily(
    r"(?P<x>[^,;:“”\"]{2,70}?)[ ](?:was|were|has[ ]been|have[ ]been|had[ ]been)[ ]arrested[ ]"
    r"on[ ]suspicion[ ]of[ ](?P<y>[a-z][a-z -]{3,40}?)(?=[,;.]|[ ](?:and|after|following|in|at|"
    r"over|on)\b|$)"
)
# "The RAIB continues its inquiry", "an investigation was opened": its findings are to come.
_INQUIRY_OPENED = compile_lazily(
    r"(?:(?:(?P<body>\b[A-Z][\w’'&-]*(?:[ ](?:of[ ]|for[ ])?[A-Z][\w’'&-]*){0,5})[ ]"
    r"(?:\([A-Z]{2,9}\)[ ])?|\b)(?:also[ ])?(?:has[ ]|have[ ]|had[ ])?"
    r"(?:opened|launched|began|begun|started|"
    r"continues|ordered|is[ ]conducting|are[ ]conducting|faces|face|is[ ]facing|are[ ]facing)"
    r"[ ](?:an|a|its|their)[ ](?:[a-z-]+[ ])?"
    r"(?P<kind>inquiry|investigation|probe)\b|"
    r"\b(?:[Aa]n|[Aa])[ ](?:[a-z-]+[ ])?(?P<kind2>inquiry|investigation|probe)[ ]"
    r"(?:was|has[ ]been|had[ ]been)[ ](?:opened|launched|ordered|started))"
)
_INQUIRY_WORDS = ("inquiry", "investigation", "probe")
_INQUIRY_VERBS = ("opened", "launched", "began", "begun", "started", "continues", "ordered")
_INQUIRY_VERBS += ("conducting", "face")
# Plain words each pending pattern cannot match without (checked before its slow scan).
_DEPENDS_WORDS = ("depend", "hinge", "rests on", "conditional on", "contingent on", "subject on")
_UNTIL_WORDS = ("has until", "have until", "has till", "have till")
_CONSIDER_WORDS = (" consider ", " review ", " study ", " examine ", " weigh ", " assess ")
_WILL_WORDS = (" will ", " would ", " is to ", " are to ")
_COULD_BE_WORDS = ("could be", "may be", "might be", "should be", "expected to be")
_COULD_BE_WORDS += ("likely to be",)
# Words that say the inquiry is over, or only mention one: no findings left to wait for.
_INQUIRY_DONE = (" found ", "concluded", " closed", "cleared", "dropped", " ended", "finished")
_INQUIRY_DONE += ("completed", "into her", "into his", "reopen", "renewed", " new ")


# "The cause of the crash was unclear": what caused it is still to be established.
_CAUSE_UNKNOWN = compile_lazily(
    r"\b[Tt]he[ ](?:cause|causes)[ ]of[ ](?P<x>(?:the|this|that|its|their)[ ][^,;:.“”\"]{3,50}?)"
    r"[ ](?:was|is|were|are|remains|remained|has[ ]not[ ]been|had[ ]not[ ]been|have[ ]not[ ]been)"
    r"[ ](?:still[ ]|yet[ ])?(?:unclear|unknown|not[ ](?:yet[ ])?(?:known|clear|established|"
    r"determined)|under[ ]investigation|being[ ]investigated|established|determined)"
)


def _not_named(text: str) -> str | None:
    """ "Which two other companies were not named?" / "Who was the buyer?"."""
    # The patterns open with a lazy phrase: each runs on a stretch around a cue, so a long
    # paragraph costs its few cues, not its length.
    for cue in list(_NAMED_CUE.finditer(text))[:4]:
        q = _not_named_in(text[max(0, cue.start() - 120) : cue.end() + 80])
        if q:
            return q
    return None


def _not_named_in(text: str) -> str | None:
    m = _OBJECT_NOT_NAMED.search(text)
    if m and not any(w in FUNCTION_WORDS or w in AUXILIARIES for w in m["np"].split()):
        np = m["np"]
        if _is_person(np.split()[-1]):
            return f"Who {_agree(np)} the {np}?"
        return f"Which {np} {_agree(np)} not {_participle(m['v'])}?"
    m = _ACTIVE_NOT_NAMED.search(text)
    if m:
        np = m["np"].split()
        return _ask_unnamed(np, _participle(m["v"]))
    m = _PASSIVE_NOT_NAMED.search(text)
    if m:
        words = m["x"].split()
        np = _trailing_np(words)
        if not np and words and words[-1].lower() == "they":
            # "Two other companies took part ..., but they were not named": the count before.
            counted = _COUNTED_THINGS.search(text, 0, m.end("x"))
            np = counted.group(0).lower().split() if counted else []
        if np:
            return _ask_unnamed(np, m["v"])
    return None


_COUNTED_THINGS = compile_lazily(
    rf"\b(?i:{'|'.join(sorted(COUNT_WORDS))})[ ](?:other[ ])?(?:[a-z-]+[ ])?[a-z]+s\b"
)


def _ask_unnamed(np: list[str], verb: str) -> str | None:
    if np[0].lower() in ("a", "an") or np[-1].lower() in ANONYMOUS_SOURCE_NOUNS:
        return None  # "a spokesman who was not named": an anonymous source, not a gap
    bare = np[1:] if np[0].lower() in ("the", "its", "their", "his", "her", "both", "all") else np
    if not bare:
        return None
    phrase = " ".join(bare).strip(_PUNCT)
    if bare[0].lower() in COUNT_WORDS or bare[0].lower() in _DETERMINERS:
        phrase = phrase[:1].lower() + phrase[1:]  # "Two developers" opened the sentence
    aux = _agree(phrase)
    if any(_is_person(w.strip(_PUNCT)) for w in bare[-2:]):
        return f"Who {aux} the {phrase}?"
    return f"Which {phrase} {aux} not {verb}?"


def _participle(verb: str) -> str:
    return {"name": "named", "identify": "identified"}.get(verb, verb)


# "had rejected several thousand applications": a number the text leaves vague.
_VAGUE_COUNT = compile_lazily(
    r"(?:\b(?P<verb>[a-z]+ed)[ ])?(?:several[ ](?:thousand|hundred|dozen)|thousands[ ]of|"
    r"hundreds[ ]of|dozens[ ]of|a[ ]number[ ]of|a[ ]handful[ ]of|several|many|some)[ ]"
    r"(?:[a-z]+[ ])?(?P<noun>[a-z]+s)\b"
)
# "said resurfacing work on the runway was planned for ...": what is planned, and how.
_PLANNED = compile_lazily(
    r"^(?:that[ ])?(?P<subj>[^,;:“”\"]{3,60}?)[ ](?:was|were|is|are)[ ]"
    r"(?:now[ ]|still[ ])?(?P<how>planned|scheduled|expected|due|set|meant)\b"
)
# What "would not confirm" or "declined to comment on" keeps back, when it is one of these.
_WITHHOLDABLE = frozenset(
    "fee fees price cost costs amount sum figure figures number numbers terms details name names "
    "identity valuation value salary size reason reasons list location date timing budget "
    "compensation payout stake".split()
)


def _withholdable(phrase: str) -> bool:
    words = re.findall(r"[a-z]+", phrase.lower())[:5]
    return not _WITHHOLDABLE.isdisjoint(words)


_GENERIC_WITHHELD = frozenset("indication information particulars specifics".split())
_FIGURE_WORDS = frozenset("figure number total estimate count".split())
_DATE_WORDS = frozenset("date timetable timeline deadline".split())


def _bare_figure(before: str, thing: str) -> str | None:
    """ "did not give a figure", "gave no date": the question the clause before them asks.

    "had rejected several thousand applications ..., but did not give a figure" asks "How
    many applications were rejected?"; "resurfacing work was planned for the dry season but
    gave no date" asks "When exactly is resurfacing work planned?".
    """
    if thing in _FIGURE_WORDS:
        m = _VAGUE_COUNT.search(before)
        if m is None:
            return None
        verb = f" were {m['verb']}" if m["verb"] and m["verb"] not in ("said", "added") else ""
        return f"How many {m['noun']}{verb}?"
    if thing in _DATE_WORDS:
        # What was said, not who said it: "The operator said [resurfacing ... was planned]".
        said = max(before.rfind(" said "), before.rfind(" says "))
        m = _PLANNED.search(before[said + 6 :] if said >= 0 else before)
        if m is None:
            return None
        subject = _lower_common(m["subj"].strip())
        verb = "are" if subject.split()[-1].endswith("s") else "is"
        return f"When exactly {verb} {subject} {m['how']}?"
    return None


def _what_was(thing: str, *, present: bool = False) -> str:
    """The question about an undisclosed thing, in agreement with it.

    "Terms of the deal" gives "What were the terms of the deal?", "The fee" "What was the fee?";
    with `present` (the text says "has not published"), "What is the fee?".
    """
    if thing.isupper():
        return f"What was {thing}?"
    words = thing.split()
    while words and words[0].lower() in ("the", "a", "an", "any", "its", "their", "his", "her"):
        words = words[1:]
    if not words:
        return f"What was {thing}?"
    # The head stands before "of": "financial details of the deal" are plural.
    low = [w.lower() for w in words]
    prep = next((k for k, w in enumerate(low) if k and w in ("of", "for", "on", "in", "to")), None)
    head = low[prep - 1] if prep else low[-1]
    plural = head.endswith("s") and not head.endswith("ss")
    verb = ("are" if plural else "is") if present else ("were" if plural else "was")
    return f"What {verb} the {words[0].lower()} {' '.join(words[1:])}".rstrip() + "?"


def _as_question(embedded: str) -> str:
    """Turn "how much the add-ons were worth" into "How much were the add-ons worth?"."""
    words = embedded.strip().rstrip(_PUNCT).split()
    two_word = ("many", "much", "long", "far", "often", "soon", "big", "large")
    wh_len = 2 if words[0].lower() == "how" and len(words) > 1 and words[1] in two_word else 1
    rest = words[wh_len:]
    determiners = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "it"}
    determiners |= {"that", "those", "each", "every", "any"}
    determiners |= {"all", "most", "some", "both", "many"}
    determiners |= {"he", "she", "they", "we"}  # "where he would go": "Where would he go?"
    if rest and rest[0].lower() in determiners:
        aux = next((i for i, w in enumerate(rest) if w.lower() in _AUXES), None)
        past = next(
            (i for i, w in enumerate(rest[1:4], 1) if w.endswith("ed") and len(w) > 4), None
        )
        if aux is not None:
            rest = [rest[aux], *rest[:aux], *rest[aux + 1 :]]
        elif past is not None and wh_len == 1:
            # "how the contamination occurred": "How did the contamination occur?"
            rest = ["did", *rest[:past], _base(rest[past]), *rest[past + 1 :]]
        else:
            return f"What is known about {' '.join(words)}?"
    sentence = " ".join(words[:wh_len] + rest)
    return sentence[:1].upper() + sentence[1:] + "?"


def _vague_question(text: str, v: re.Match[str]) -> str:
    phrase = v.group(0)
    if v.start() == 0:
        rest = text[v.end() :]
        rest = re.sub(r"^,[^,]{0,60},", "", rest).strip().rstrip(_PUNCT)
        rest = re.sub(r"[ ]on[ ][A-Z][a-z]+$", "", rest)
        return f"Which {v['noun']} {rest}?"
    return f"What are the {phrase.lower()}?"


def _pending(sentences: Sequence[Sentence], actors: Sequence[Actor]) -> list[Question]:
    out: list[Question] = []
    for s in sentences:
        if s.kind in ("title", "heading"):
            continue
        q = _appeal_question(s, sentences, actors) if "appeal" in s.text else None
        q = q or _pending_question(s, actors)
        if q:
            out.append(Question("pending", q, (s.index,)))
    return out


# Scheduled events whose outcome is open by nature: the article cannot yet say how they end.
_DECIDING_EVENTS = frozenset(
    "vote ballot referendum election ruling verdict decision sentencing appeal".split()
)


def _scheduled_outcomes(
    agenda: Sequence[AgendaItem], sentences: Sequence[Sentence], asked: set[int]
) -> list[Question]:
    """ "A vote ... is due on 19 June" leaves its result open: ask what will come of it. So
    does a meeting at which, its sentence says, shareholders will vote."""
    out: list[Question] = []
    for it in agenda:
        if it.kind != "event" or not it.when or asked.intersection(it.evidence):
            continue
        words = [w.strip(_PUNCT) for w in it.title.lower().split()]
        title = it.title[:1].lower() + it.title[1:]
        said = " ".join(sentences[i].text for i in it.evidence if i < len(sentences))
        decided = _DECIDE_WHAT.search(said) if " decide" in said else None
        q = _decided_question(decided) if decided else None
        if q:
            # "would decide by 15 December which company takes over": the open question is
            # the one the decision answers.
            out.append(Question("pending", f"{q[:-1]} (to be decided {it.when})?", it.evidence))
            continue
        if any(
            w.strip(_PUNCT).lower() in _DECIDING_EVENTS
            for w in it.title.split()[1:]
            if w[:1].isupper()
        ):
            continue  # "the National Election Office": a body's name, not an election
        if _DECIDING_EVENTS.intersection(words[:3]):
            if "to" in words[1:3]:
                # "Unison to ballot its members": the title is a clause; ask about its event.
                noun = next(w for w in words[:3] if w in _DECIDING_EVENTS)
                text = f"What will come of the {noun} ({it.title}, {it.when})?"
            else:
                text = f"What will come of the {title} {it.when}?"
            out.append(Question("pending", text, it.evidence))
            continue
        deciding = next((w for w in words if w in _DECIDING_EVENTS), None)
        if deciding and _DELIVERING.intersection(words):
            # "Court to deliver its verdict": the verdict is what is open.
            text = f"What will the {deciding} be ({it.title}, {it.when})?"
            out.append(Question("pending", text, it.evidence))
            continue
        m = _DECIDING_IN_SENTENCE.search(said)
        if m and words:
            noun = _DECIDING_NOUN.get(m["w"].lower(), m["w"].lower())
            if " to " in title:
                # "Cabinet to meet": a clause; ask what its subject will decide.
                subject = title.split(" to ", 1)[0]
                verb = {"decision": "decide", "vote": "vote on", "ruling": "rule"}[noun]
                text = f"What will the {subject} {verb} {it.when}?"
                if noun == "vote":
                    text = f"How will the {subject} vote {it.when}?"
            else:
                text = f"What will come of the {noun} at the {title} {it.when}?"
            out.append(Question("pending", text, it.evidence))
    return out


# "would decide by 15 December which company takes over ...", "to decide how many staff".
_DECIDE_WHAT = compile_lazily(
    r"\bdecide[sd]?(?:[ ](?:by|on|at|in|before|within)[ ][^,;.“”\"]{2,30}?)?[ ]"
    r"(?P<wh>whether|which|how[ ]many|how[ ]much|who|what|when|where|how)[ ]"
    r"(?P<clause>[^,;.“”\"]{5,120})"
)


def _decided_question(m: re.Match[str]) -> str | None:
    wh, clause = m["wh"], m["clause"].strip()
    if wh == "how" and clause.split()[0] == "to":
        return None
    if clause.split()[0] == "to":
        return None  # "decide whether to appeal": asked by the rules for pending decisions
    return _invert(wh, clause)


# Verbs that give a decision ("deliver its verdict"); publishing or citing one does not.
_DELIVERING = frozenset("deliver hand announce issue reach make give take".split())
# "will vote on the offer at a general meeting": the event holds a decision.
_DECIDING_IN_SENTENCE = compile_lazily(
    r"\b(?:will|to|would|shall)[ ](?:also[ ])?(?P<w>vote|decide|rule)\b", re.IGNORECASE
)
_DECIDING_NOUN = {"vote": "vote", "decide": "decision", "rule": "ruling"}


def _np(phrase: str) -> str:
    p = phrase.strip().strip(_PUNCT)
    p = re.sub(r"^(?:that|and|but|which)[ ]", "", p)
    return _lower_common(p)


# "It is unclear whether the airline will resume flights": the article says the outcome is open.
_UNCLEAR = compile_lazily(
    r"\b(?:[Ii]t[ ](?:is|was|remains|remained)[ ](?:still[ ]|also[ ])?"
    r"(?:unclear|not[ ](?:yet[ ])?(?:clear|known)|uncertain|unknown)|"
    r"[Nn]or[ ](?:is|was)[ ]it[ ](?:yet[ ])?(?:clear|known)|"
    # "Police are investigating whether ...": what the inquiry is to find out.
    r"(?:investigating|probing|examining|looking[ ]into|checking|"
    r"trying[ ]to[ ](?:establish|determine|"
    r"find[ ]out|understand)|working[ ]to[ ]establish|seeking[ ]to[ ]establish))[ ]"
    r"(?P<wh>whether|if|when|how[ ]much|how[ ]many|how|who|what|why|where)[ ](?:or[ ]not[ ])?"
    # A comma ends the clause, unless it opens a name set off by a pair of commas ("whether the
    # engine maker, Nordic Turbine Works, will take part").
    r"(?P<clause>(?:[^,;:“”\"]|,[ ][A-Z][^,;:“”\"]{1,60},(?=[ ][a-z])){5,160}?)"
    r"(?=,(?![ ][A-Z][^,;:“”\"]{1,60},[ ][a-z])|[;.]|"
    r"[ ](?:or[ ]not|after|because|but|as|while|amid|since)\b|$)"
)
_INVERTIBLE = frozenset(
    "will would can could should might may must is are was were has have had".split()
)
_PENDING_WH = frozenset({"whether", "if", "when"})
_UNCLEAR_WORDS = ("unclear", "not clear", "uncertain", "unknown", "not known", "it clear")
_UNCLEAR_WORDS += ("it yet clear", "it known", "yet known", "yet clear", "investigating")
_UNCLEAR_WORDS += ("examining", "looking into", "checking", "to establish", "to determine")
_UNCLEAR_WORDS += ("probing",)
_UNCLEAR_WORDS += ("to find out", "to understand")
# "Whether the merger goes ahead depends on approval from regulators": whose approval decides.
_DEPENDS = compile_lazily(
    r"(?P<x>[^,;:“”\"]{3,80}?)[ ](?:depends|depend|hinges|hinge|rests|is[ ]conditional|"
    r"is[ ]contingent|remains[ ]subject)[ ](?:up)?on[ ](?:the[ ])?(?:final[ ])?"
    r"(?:approval|consent|backing|green[ ]light|sign-off|agreement|blessing)[ ](?:of|from|by)[ ]"
    r"(?P<y>[^,;:.“”\"]{3,80}?)(?=[,;.]|$)"
)
_WHETHER_SUBJECT = compile_lazily(
    r"^[Ww]hether[ ](?P<np>.+?)[ ](?:goes|go|will[ ]go)[ ]ahead$|^[Ww]hether[ ](?P<np2>.+?)[ ]"
    r"(?:proceeds|is[ ]completed|is[ ]approved|succeeds|happens|survives)$"
)
# "The president, who has 21 days to sign it or send it back": a choice still to be made.
_DAYS_TO = compile_lazily(
    r"(?P<x>[^,;:“”\"]{3,60}?),?[ ](?:who[ ])?(?:has|have)[ ]"
    r"(?P<when>\d{1,3}[ ](?:days|weeks|months))"
    r"[ ]to[ ](?P<v>(?!appeal\b)[a-z]+)(?P<y>(?:[ ][\w’'-]+){0,8}?)(?=[ ]?[,;.]|$)"
)
# "The creditors have until Friday to accept or reject the plan": a choice still to be made.
_UNTIL_TO = compile_lazily(
    r"(?P<x>[^,;:“”\"]{3,60}?)[ ](?:has|have)[ ](?:until|till)[ ](?P<when>[^,;:.“”\"]{2,40}?)"
    r"[ ]to[ ](?P<v>(?!appeal\b)[a-z]+)(?P<y>(?:[ ][\w’'-]+){0,10}?)(?=[ ]?[,;.]|$)"
)


def _invert(wh: str, clause: str) -> str | None:
    """ "whether" + "the airline will resume flights" -> "Will the airline resume flights?";
    "who" + "will pay" -> "Who will pay?". None when the clause has no auxiliary to move."""
    words = clause.split()
    if not words:
        return None
    at = next((k for k, w in enumerate(words) if w.lower() in _INVERTIBLE), None)
    opens_np = words[0].lower() in _DETERMINERS or (
        words[0][:1].isupper() and wh not in ("how many", "how much")
    )
    if wh in ("who", "what", "which") and not opens_np and (at is None or at == 0):
        # The wh-word is the subject: "who will pay", "what went wrong": nothing moves.
        return f"{wh.capitalize()} {clause.strip()}?"
    if at is None:
        return None
    aux, subject, rest = words[at].lower(), words[:at], words[at + 1 :]
    if aux in ("may", "might"):
        aux = "could"  # "whether the driver may have fallen asleep": "Could the driver ...?"
    if aux == "would" and wh in ("whether", "if") and rest and rest[0] != "have":
        aux = "will"  # "whether he would sign", asked now: "Will he sign?"
    if wh in ("how many", "how much") and not opens_np:
        # "how many people were inside": the counted noun belongs to the wh-word.
        return f"{wh.capitalize()} {clause.strip()}?"
    if not subject:
        return None
    if subject[0].lower() in ("he", "she", "it", "they", "we") or not rest:
        return None  # who "he" is, the question would not say
    body = " ".join([*subject, *rest])
    body = _lower_common(body)
    if wh in ("whether", "if"):
        return f"{aux.capitalize()} {body}?"
    return f"{wh.capitalize()} {aux} {body}?"


# Each pending pattern with the plain words that must be present for it to match: the cue is
# found first, and the pattern runs only on a window around it, so a long paragraph stays linear.
_CUE = compile_lazily(
    r"still needs|still requires|[ ]be[ ]\w+ed[ ]by[ ]|must still|whether to|subject to|"
    r"expected[ ](?:within|by)|an appeal|[ ]seek[ ]|not yet|yet to|unclear|not clear|"
    r"uncertain|unknown|not known|it[ ](?:yet[ ])?(?:clear|known)|"
    r"(?:depends?|hinges?|rests|conditional|contingent|subject)[ ](?:up)?on[ ]|"
    r"ha(?:s|ve)[ ](?:until|till)[ ]|[ ](?:consider|review|study|examine|weigh|assess)[ ]|"
    r"[ ](?:days|weeks|months)[ ]to[ ]|"
    r"arrested[ ]on[ ]suspicion|inquiry|investigation|probe|probing|missing|unaccounted|"
    r"investigating|examining|looking[ ]into|checking|to[ ](?:establish|determine|find[ ]out|"
    r"understand)|cause[ ]of|yet[ ](?:known|clear)|"
    r"to[ ](?:respond|reply)|[ ]be[ ](?:reached|agreed|signed|struck|approved|finali[sz]ed|"
    r"concluded|announced|delivered|made|handed)\b|results"
)
# A plain substring for each alternative of `_CUE`.
_CUE_WORDS = (
    "still needs",
    "still requires",
    "ed by ",
    "must still",
    "whether to",
    "subject to",
    "expected ",
    "an appeal",
    " seek ",
    "not yet",
    "yet to",
    "unclear",
    "not clear",
    "uncertain",
    "unknown",
    "not known",
    "it clear",
    "it yet clear",
    "it known",
    "depend",
    "hinge",
    "rests on",
    "conditional on",
    "contingent on",
    "subject on",
    "has until",
    "have until",
    "has till",
    "have till",
    " days to ",
    " weeks to ",
    " months to ",
    "whether to",
    "arrested on suspicion",
    "missing",
    "unaccounted",
    "inquiry",
    "investigation",
    "probe",
    "probing",
    "investigating",
    "examining",
    "looking into",
    "checking",
    "to establish",
    "to determine",
    "to find out",
    "to understand",
    "cause of",
    "yet known",
    "yet clear",
    " consider ",
    " review ",
    " study ",
    " examine ",
    " weigh ",
    " assess ",
    "to respond",
    "to reply",
    " be reached",
    " be agreed",
    " be signed",
    " be struck",
    " be approved",
    " be finalised",
    " be finalized",
    " be concluded",
    " be announced",
    " be delivered",
    " be made",
    " be handed",
    "results",
)


def _window(text: str) -> list[tuple[int, int]]:
    if not has_any(text, _CUE_WORDS):
        return []
    return [(max(0, m.start() - 140), m.end() + 160) for m in _CUE.finditer(text)][:4]


# "still has to pass a vote in the National Assembly", "would then have to agree on a final
# text", "will need clearance from the competition authority": a hurdle not yet cleared.
_MUST = (
    r"(?:(?:still|now|also|then|first)[ ])?(?:has|have|had|needs?|must|"
    r"(?:would|will)[ ](?:still[ ]|then[ ])?(?:have|need))"
)
_HURDLE = compile_lazily(
    rf"(?:^|,[ ]|\b(?:and|but)[ ])(?P<x>[^,;“”\"]{{2,60}}?)[ ](?:(?:still|now|also|then)[ ])?"
    rf"{_MUST}[ ]to[ ](?:(?:still|first)[ ])?(?P<v>pass|clear|survive|win|secure|obtain|get|"
    r"receive|agree[ ]on|approve)[ ](?P<y>(?:the|a|an|its|their)[ ][^,;.“”\"]{3,80}?)"
    r"(?=[ ](?:before|by|at|on|within|until|when|if|where|which|as)\b|[,;.]|$)"
)
_NEEDS_CLEARANCE = compile_lazily(
    r"(?:^|,[ ]|\b(?:and|but)[ ])(?P<x>[^,;“”\"]{2,60}?)[ ](?:would|will|also)?[ ]?(?:still[ ])?"
    r"(?:needs?|requires?)[ ](?:the[ ])?(?P<what>approval|clearance|consent|backing|sign-off|"
    r"ratification)[ ](?:from|of|by)[ ](?P<y>[^,;.“”\"]{3,120}?)(?=[ ](?:before|by|as)\b|[,;.]|$)"
)
_REQUIREMENT_WORDS = (" to pass", " to clear", " to survive", " to win", " to secure")
_REQUIREMENT_WORDS += (" to obtain", " to get", " to receive", " to agree on", " to approve")
_REQUIREMENT_WORDS += ("approval ", "clearance ", "consent ", "backing ", "sign-off ")
_REQUIREMENT_WORDS += ("ratification ",)
_PRONOUN_SUBJECTS = frozenset("it they he she this that these those which who".split())
_CLEARING_VERB = {"approval": "approve", "clearance": "clear", "consent": "consent to"}
_CLEARING_VERB |= {"backing": "back", "sign-off": "sign off", "ratification": "ratify"}


def _hurdle_subject(text: str, m: re.Match[str]) -> str | None:
    """The subject of a hurdle: "The programme, funded through ..., still has to pass": the
    words before the first comma when the clause has none of its own."""
    x = m["x"].strip()
    if m.group(0).startswith(", ") and m.start() > 0 and "," in text[: m.start()]:
        x = text[: text.find(",")].strip()
    x = re.sub(r"^(?:that|and|but|which|while)[ ]", "", x)
    words = x.split()
    if not words or words[0].lower() in _PRONOUN_SUBJECTS or len(words) > 10:
        return None
    if not (words[0][0].isupper() or words[0] in ("the", "a", "an")):
        return None
    return _np(x)


def _requirement(text: str) -> str | None:
    m = _HURDLE.search(text)
    if m:
        x = _hurdle_subject(text, m)
        if x:
            return f"Will {x} {m['v']} {_np(m['y'])}?"
    m = _NEEDS_CLEARANCE.search(text)
    if m:
        x = _hurdle_subject(text, m)
        if x:
            y = re.split(r"[ ]and[ ](?:a|an|the)[ ]", m["y"], maxsplit=1)[0]
            return f"Will {_np(y)} {_CLEARING_VERB[m['what']]} {x}?"
    return None


def _pending_question(s: Sentence, actors: Sequence[Actor]) -> str | None:
    text = s.text
    # Read on the whole sentence: its subject may stand far before the hurdle.
    q = _requirement(text) if has_any(text, _REQUIREMENT_WORDS) else None
    if q:
        return q
    for lo, hi in _window(text):
        q = _pending_in(s, actors, text[lo:hi])
        if q:
            return q
    return still_open(text, _ask_embedded)


def _ask_embedded(wh: str, clause: str) -> str | None:
    """ "whether the Senate will take it up" -> "Will the Senate take it up?"; "how the
    collision happened" -> "How did the collision happen?"."""
    return _invert(wh, clause) or (_as_question(f"{wh} {clause}") if wh != "whether" else None)


# What "by" may bring in besides an agent: the way a thing is done.
_MANNERS = frozenset(
    "consensus unanimity acclamation majority referendum decree vote post email mail hand law "
    "default force lot".split()
)


def _bare_word(phrase: str) -> str:
    """The first word of a phrase after an article: "a simple majority" -> "majority"."""
    words = [w.lower() for w in phrase.split()]
    while words and (words[0] in ("a", "an", "the", "simple", "two-thirds", "qualified")):
        words = words[1:]
    return words[0].strip(_PUNCT) if words else ""


def _pending_in(s: Sentence, actors: Sequence[Actor], text: str) -> str | None:
    # Each pattern opens with a lazy subject, costly to scan for: it runs only when the plain
    # words it needs are in the window.
    m = _NEEDS_APPROVAL.search(text) if " still " in text else None
    if m:
        return f"Will {_np(m['y'])} approve {_np(m['x'])}?"
    m = _PASSIVE_PENDING.search(text) if " be " in text and " by " in text else None
    if m and find_dates(f"by {m['y']}"):
        m = None  # "must be submitted by 24 March": a deadline, not who will submit
    if m:
        if _bare_word(m["y"]) in _MANNERS:
            # "must be adopted by consensus": how, not by whom.
            return f"Will {_np(m['x'])} be {m['pp']}{m['part'] or ''} by {m['y'].strip()}?"
        verb = _base(m["pp"]) + (m["part"] or "")
        return f"Will {_np(m['y'])} {verb} {_np(m['x'])}?"
    m = _FINDINGS_DUE.search(text) if " expected " in text or " due " in text else None
    if m:
        what = re.sub(r"^(?:[Aa]n?|[Tt]he)[ ]", "the ", m["x"])
        what = what[:1].lower() + what[1:]
        verb = "be" if m["n"] in ("ruling", "verdict", "judgment", "judgement") else "find"
        verb = "show" if m["n"] == "findings" else verb
        return f"What will {what} {verb} (expected {m['when'].strip()})?"
    m = _ACTIVE_PENDING.search(text) if " must still " in text else None
    if m:
        return f"Will {_np(m['x'])} {m['v']} {_np(m['y'])}?"
    m = _WHETHER.search(text) if " whether to " in text else None
    if m:
        return f"Will {_np(m['x'])} {m['y'].strip()}?"
    considering = has_any(text, _CONSIDER_WORDS)
    m = _WILL_CONSIDER.search(text) if considering and has_any(text, _WILL_WORDS) else None
    if m:
        who = _speaker_or_subject(m["x"], s, actors, s.text.find(text) + m.start("x"))
        if who:
            return f"What will {who} decide on {_np(m['y'])}?"
    m = _TO_RESPOND.search(text) if " to respond " in text or " to reply " in text else None
    if m:
        who = _speaker_or_subject(m["x"], s, actors, s.text.find(text) + m.start("x"))
        if who:
            return f"How will {who} respond to {_np(m['y'])}?"
    m = _COULD_BE.search(text) if has_any(text, _COULD_BE_WORDS) else None
    if m:
        return f"Will {_np(m['x'])} be {m['v']}{m['y'].rstrip()}?"
    m = _SUBJECT_TO.search(text) if " subject to " in text else None
    if m and _SUBJECT_TO_WORDS.search(m["y"]):
        return f"Will {_np(m['x'])} get {_np(m['y'])}?"
    m = _RESULTS.search(text) if " expected " in text else None
    if m:
        expected = "not expected" if m["not"] else "expected"
        return f"What will the results show ({expected} {m['when'].strip()})?"
    m = _APPEAL.search(text) if "an appeal" in text else None
    if m:
        return "Will there be an appeal?"
    m = _SEEK.search(text) if " seek " in text else None
    if m:
        who = _np(re.split(r"\b(?:that|said|says|stated|added)\b", m["x"])[-1])
        if who.lower() in ("it", "he", "she", "they", "we"):
            person = who.lower() in ("he", "she")
            at = s.text.find(text) + m.start("x") + len(m["x"])
            who = _named_actor(s, actors, at, person) or ""
        if who:
            return f"Will {who} get {_np(m['y'])}?"
    m = _CAUSE_UNKNOWN.search(text) if "cause" in text else None
    if m:
        return f"What caused {_lower_common(m['x'])}?"
    m = _MISSING.search(text) if "missing" in text else None
    head = m["x"].split()[-1].lower().strip(_PUNCT) if m else ""
    if m and (_is_person(head) or head in _MISSING_PEOPLE):
        # People missing, not "half the triangles are missing".
        have = "Have" if _agree(m["x"]) == "were" else "Has"
        return f"{have} {_lower_common(m['x'])} been found?"
    m = _ARRESTED.search(text) if "arrested on suspicion" in text else None
    if m:
        who = _speaker_or_subject(m["x"], s, actors, s.text.find(text) + m.start("x"))
        if who:
            return f"Will {who} be charged with {m['y'].strip()}?"
    inquiry = has_any(text, _INQUIRY_WORDS) and has_any(text, _INQUIRY_VERBS)
    m = _INQUIRY_OPENED.search(text) if inquiry else None
    if m and not has_any(text.lower(), _INQUIRY_DONE):
        kind = m["kind"] or m["kind2"]
        body = m["body"] if m["body"] and m["body"][:1].isupper() else ""
        body = body.removeprefix("The ").removeprefix("An ").removeprefix("A ")
        if body.lower() in GROUP_NOUNS:
            body = body.lower()  # "Police have opened an investigation": the police's
        owner = f"the {body} {kind}" if body else f"the {kind}"
        return f"What will {owner} find?"
    m = _UNCLEAR.search(text) if has_any(text, _UNCLEAR_WORDS) else None
    if m and m["wh"] in _PENDING_WH:
        q = _invert(m["wh"], m["clause"])
        if q:
            return q
    m = _DEPENDS.search(text) if has_any(text, _DEPENDS_WORDS) else None
    if m:
        x = m["x"].strip()
        w = _WHETHER_SUBJECT.match(x)
        thing = (w["np"] or w["np2"]) if w else x
        if thing.split()[0].lower() not in ("it", "this", "that", "which"):
            return f"Will {_np(m['y'])} approve {_np(thing)}?"
    m = _DAYS_TO.search(text) if has_any(text, (" days to ", " weeks to ", " months to ")) else None
    if m:
        x = m["x"].split(",")[-1]
        named = re.search(r"(?:[A-Z][\w’'-]+[ ])*[A-Z][\w’'-]+$", x.strip())
        # "The bill now goes to President Karol Nawrocki, who has 21 days": the name before.
        who = named.group(0) if named and "who" in m.group(0) else _np(x)
        who = re.sub(r"^(?:and[ ])?(?:then[ ])?(?:to[ ])?", "", who)
        if who and who.split()[0].lower() not in ("it", "he", "she", "they", "we"):
            return f"Will {who} {m['v']}{m['y'].rstrip()} (within {m['when']})?"
    m = _UNTIL_TO.search(text) if has_any(text, _UNTIL_WORDS) else None
    if m and find_dates(m["when"]):
        who = _np(m["x"])
        if who.lower() not in ("it", "he", "she", "they", "we"):
            return f"Will {who} {m['v']}{m['y'].rstrip()} (deadline: {m['when'].strip()})?"
    m = _NOT_YET.search(text) if " not yet " in text else None
    if m:
        verb = m["v"].replace("been ", "be ") if m["v"].startswith("been") else _base(m["v"])
        return f"Will {_np(m['x'])} {verb}{m['y'].rstrip()}?"
    m = _YET_TO.search(text) if " yet to " in text else None
    if m and m["v"] != "be":
        return f"Will {_np(m['x'])} {m['v']}{m['y'].rstrip()}?"
    return None


# An appeal still open: "has not ruled out an appeal", "has 28 days to appeal", "could appeal",
# "said it would appeal", "is considering whether to appeal". Not "would not appeal" (settled),
# not "appealed" (done), not "appeal to residents" or "an appeal for donations" (a plea).
_APPEAL_OPEN = compile_lazily(
    r"(?P<x>[^,;:“”\"]{0,80}?)[ ]?\b(?:"
    r"(?:has|have|had)[ ]not[ ]ruled[ ]out[ ](?:an[ ]appeal|appealing|(?:a[ ]|any[ ])?challenge)|"
    r"(?:is|are|was|were|be)[ ](?:still[ ])?(?:considering|weighing|mulling|studying|planning)[ ]"
    r"(?:an[ ]appeal|appealing|whether[ ]to[ ]appeal|to[ ]appeal)|"
    r"(?:has|have|had|would[ ]have)[ ](?:(?:\d+|[a-z]+)[ ](?:days|weeks|months)|"
    r"until[ ](?:the[ ]end[ ]of[ ])?[A-Za-z0-9]+(?:[ ][A-Za-z0-9]+)?)[ ](?:in[ ]which[ ])?"
    r"to[ ](?:(?:lodge|file|launch|submit)[ ]an[ ])?appeal|"
    r"(?:could|can|may|might)[ ](?:still[ ]|now[ ])?appeal|"
    r"(?:would|will|intends[ ]to|intend[ ]to|plans[ ]to|plan[ ]to|planned[ ]to|intended[ ]to|"
    r"vowed[ ]to|is[ ]expected[ ]to|are[ ]expected[ ]to)[ ](?:also[ ])?appeal"
    r")\b(?P<rest>[^,;:.“”\"]{0,80})"
)
_APPEAL_PLEA = compile_lazily(
    r"^(?:[ ]to[ ](?!(?:the|a|an)[ ](?:\w+[ ]){0,2}(?:[Cc]ourt|[Tt]ribunal))|[ ]for\b)"
)
_APPEAL_OBJECT = compile_lazily(
    r"\b(?P<noun>ruling|verdict|decision|sentence|fine|conviction|judgment|judgement|ban|order)\b"
)
_APPEALED_VERBS = {
    "fined": "fine",
    "sentenced": "sentence",
    "convicted": "conviction",
    "banned": "ban",
    "ruled": "ruling",
}


# Words after which a new clause, with its own subject, begins.
_CLAUSE_OPENERS = compile_lazily(
    r"\b(?:that|said|says|added|but|and|confirmed|announced|reported|revealed|stated|"
    r"told[ ]\w+)\b"
)


def _speaker_or_subject(x: str, s: Sentence, actors: Sequence[Actor], at: int) -> str | None:
    """Who a clause's subject is: "The board said it would ..." gives "the board"; a bare
    pronoun the article names nearby gives that name; else None."""
    parts = [p.strip() for p in _CLAUSE_OPENERS.split(x) if p.strip()]
    subject = parts[-1] if parts else ""
    if subject.lower() in ("it", "he", "she", "they", "we"):
        said = re.search(r"(?P<who>[^,;]{2,60}?)[ ](?:said|says)[ ](?:that[ ])?\w+$", x.strip())
        if said:
            return _np(said["who"])
        return _named_actor(s, actors, at + len(x), subject.lower() in ("he", "she"))
    if not subject or not (subject[:1].isupper() or subject.split()[0].lower() in _DETERMINERS):
        return None
    return _np(subject)


def _appeal_question(
    s: Sentence, sentences: Sequence[Sentence], actors: Sequence[Actor]
) -> str | None:
    """ "Will Nordlys appeal the fine?" for an appeal the article leaves open."""
    # Around each "appeal" only: the pattern opens with a lazy subject.
    for cue in list(re.finditer("appeal", s.text))[:4]:
        lo = max(0, cue.start() - 140)
        window = s.text[lo : cue.end() + 100]
        m = _APPEAL_OPEN.search(window)
        if m is not None and not _APPEAL_PLEA.match(m["rest"]):
            return _ask_appeal(m, s, sentences, actors, lo)
        m = _CAN_BE_APPEALED.search(window)
        if m is not None:
            return f"Will {_lower_common(m['x'].strip())} be appealed?"
    return None


# "The ruling can be appealed to the Supreme Court": the decision itself is the subject.
_CAN_BE_APPEALED = compile_lazily(
    r"(?:^|[,;][ ])(?P<x>(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]"
    r"(?:[a-z-]+[ ]){0,2}(?:ruling|verdict|decision|sentence|fine|conviction|judgment|judgement|"
    r"ban|order))[ ](?:can|could|may|might)[ ](?:still[ ])?be[ ]appealed\b"
)


def _ask_appeal(
    m: re.Match[str],
    s: Sentence,
    sentences: Sequence[Sentence],
    actors: Sequence[Actor],
    offset: int,
) -> str:
    x = re.sub(r"(?:[ ](?:will|would|may|might|could|also|still))+$", "", m["x"])
    parts = [p.strip() for p in re.split(r"\b(?:that|said|says|added|but|and)\b", x)]
    subject = re.sub(r"^(?:[Hh]owever|[Nn]ow|[Ss]till|[Tt]hough)[ ]", "", parts[-1])
    if re.fullmatch(r"(?:his|her|their)[ ]clients?", subject.lower()):
        subject = "he"  # "his client would appeal": the lawyer's client, named in the text
    if subject.lower() in ("it", "he", "she", "they", "we") or not subject:
        person = subject.lower() in ("he", "she")
        named = _named_actor(s, actors, offset + m.start("x") + len(m["x"]), person)
        # "The club said it would appeal": the pronoun stands for the one who spoke.
        said = re.search(r"(?P<who>[^,;]{2,60}?)[ ](?:said|says)[ ](?:that[ ])?\w+$", x)
        subject = named or (said["who"].strip() if said and subject else "")
    if subject and not (subject[:1].isupper() or subject.split()[0].lower() in _DETERMINERS):
        subject = ""
    thing = _appeal_object(m["rest"], s, sentences)
    if subject:
        return f"Will {_lower_common(subject)} appeal{thing}?"
    return f"Will there be an appeal{' against' + thing if thing else ''}?"


def _appeal_object(rest: str, s: Sentence, sentences: Sequence[Sentence]) -> str:
    """What would be appealed: named after "appeal", else the decision in this or the last
    sentence ("fined" -> "the fine")."""
    m = _APPEAL_OBJECT.search(rest)
    if m:
        return f" the {m['noun']}"
    for text in (s.text, sentences[s.index - 1].text if s.index > 0 else ""):
        text = text.replace("ruled out", "")
        m = _APPEAL_OBJECT.search(text)
        if m:
            return f" the {m['noun']}"
        for word in re.findall(r"[a-z]+", text):
            if word in _APPEALED_VERBS:
                return f" the {_APPEALED_VERBS[word]}"
    return ""


def _base(verb: str) -> str:
    v = verb.lower()
    if v in _VERB_BASE:
        return _VERB_BASE[v]
    if v.endswith("ied"):
        return v[:-3] + "y"
    if v.endswith("ed") and len(v) > 5 and v[-3] == v[-4] and v[-3] not in "aeioudslfz":
        return v[:-3]  # "submitted", "planned": the consonant was doubled for the ending
    if v.endswith(_E_STEMS) and not v.endswith("ssed"):
        return v[:-1]  # "collapsed", "approved", "changed": the stem ends in "e"
    if v.endswith("ed"):
        return v[:-2]
    return v


# Endings of past forms whose stem ends in a silent "e" ("collapse", "approve", "decide").
_E_STEMS = (
    "sed",
    "ved",
    "ged",
    "zed",
    "ced",
    "ated",
    "ured",
    "uded",
    "ided",
    "ased",
    "iked",
    "uled",
)


# Anonymous sourcing: who says it is not told. Each cue is the whole attribution.
_ANON_WHO = (
    r"(?:(?:two|three|several|some|other|senior|unnamed|anonymous|government|industry|western|"
    r"local|security|diplomatic|informed)[ ])*"
)
_ANON_SOURCE = (
    rf"(?:sources|(?:a|an)[ ](?:[a-z-]+[ ]){{0,3}}source|{_ANON_WHO}sources|"
    r"(?:[A-Za-z-]+[ ]){1,2}sources|"
    rf"(?:an?[ ]|two[ ]|several[ ])?(?:person|people|sources?|officials?)[ ](?:familiar[ ]with|"
    r"close[ ]to|briefed[ ]on|with[ ]knowledge[ ]of)[ ](?:the[ ]|this[ ])?[a-z]+(?:[ ][a-z]+)?|"
    rf"{_ANON_WHO}(?:officials?|insiders?|diplomats?|aides?)[ ]who[ ](?:asked|declined|spoke)"
    r"[^,;.]{0,50}|an?[ ](?:unnamed|anonymous)[ ][a-z]+)"
)
_CLAIM_THEN_SOURCE = compile_lazily(
    rf"^(?P<claim>[^“”\"]{{20,220}}?),[ ](?:according[ ]to[ ]{_ANON_SOURCE}|"
    rf"{_ANON_SOURCE}[ ](?:said|say|says|told[ ][^,;.]{{2,40}}))[,.]?[ ]?"
    # "..., people familiar with the matter said, a deal that could be worth $2 billion."
    r"(?:$|[^ ]{0,3}$|(?<=,[ ])(?:a|an|the|which|and)[ ])"
)
_SOURCE_THEN_CLAIM = compile_lazily(
    rf"^(?:[A-Z][a-z]+,[ ])?(?:[Aa]ccording[ ]to[ ]{_ANON_SOURCE},[ ]|"
    rf"(?i:{_ANON_SOURCE})[ ](?:said|say|says|told[ ](?:the[ ])?[A-Z][\w.]*(?:[ ][A-Z][\w.]*)*)"
    r"(?:[ ]that)?[ ]|[Ii]t[ ]is[ ](?:understood|believed)[ ](?:that[ ])?(?!to[ ])|"
    rf"[Aa]ccording[ ]to[ ]{_ANON_WHO}(?:officials|diplomats|insiders),[ ])"
    r"(?P<claim>[^“”\"]{20,220}?)[.]?$"
)
# "Two officials, speaking on condition of anonymity, said ..." / "..., an aide said, asking
# not to be named".
_ANONYMITY = r"(?:condition[ ]of[ ]anonymity|(?:asked|asking|declined|declining)[ ]not[ ]to[ ]be[ ]"
_ANONYMITY += r"(?:named|identified)|(?:declined|declining)[ ]to[ ]be[ ](?:named|identified))"
_ANONYMOUS_THEN_CLAIM = compile_lazily(
    rf"{_ANONYMITY}[^.“”\"]{{0,60}}?\b(?:said|say|says|told[ ][^,]{{2,30}}?)[ ](?:that[ ])?"
    r"(?P<claim>[^“”\"]{20,220}?)[.]?$"
)
_CLAIM_THEN_ANONYMOUS = compile_lazily(
    rf"^(?P<claim>[^“”\"]{{20,220}}?),[ ][^,“”\"]{{2,60}}?[ ](?:said|says|told)\b[^“”\"]{{0,40}}?"
    rf"{_ANONYMITY}"
)
_REPORTEDLY = compile_lazily(
    r"^(?P<claim>[A-Z][^“”\",;:]{5,200}[ ])reportedly[ ](?P<rest>[^“”\"]{10,200}?)[.]?$"
)
_SAID_TO = compile_lazily(
    r"^(?P<subj>[A-Z][^“”\",;:]{3,100}?)[ ](?P<aux>is|are|was|were)[ ]"
    r"(?:(?:widely|generally|commonly|now|also|still|long)[ ])?"
    r"(?:said|understood|believed|thought|reported|rumoured|rumored)[ ]to[ ]"
    r"(?P<v>be|have)[ ](?P<rest>[^“”\"]{10,200}?)[.]?$"
)
_SAID_TO_WORDS = (" said to ", "understood to ", "believed to ", "thought to ", "reported to ")
_SAID_TO_WORDS += ("rumoured to ", "rumored to ")
_SAID_TO_AUX = {("is", "be"): "is", ("are", "be"): "are", ("was", "be"): "was"}
_SAID_TO_AUX |= {("were", "be"): "were", ("is", "have"): "has", ("are", "have"): "have"}
_SAID_TO_AUX |= {("was", "have"): "had", ("were", "have"): "had"}
# Plain lower-case words at least one of which every cue above holds.
_UNATTRIBUTED_WORDS = (
    "source",
    "familiar with",
    "close to",
    "briefed on",
    "knowledge of",
    "understood",
    "believed",
    "reportedly",
    " said to ",
    "thought to ",
    "reported to ",
    "rumoured to ",
    "rumored to ",
    "unnamed",
    "anonym",
    "to be named",
    "to be identified",
    "according to officials",
    "according to diplomats",
    "insiders,",
)
_MAX_UNATTRIBUTED = 2


def _unattributed(sentences: Sequence[Sentence]) -> list[Question]:
    """ "Who says the company plans to cut 500 jobs?" for a claim the text credits to no one
    it names: sources, people familiar with the matter, "reportedly", "is said to"."""
    out: list[Question] = []
    lower_words: frozenset[str] | None = None
    for s in sentences:
        if s.kind in ("title", "heading", "list_item"):
            continue
        if not has_any(s.text.lower(), _UNATTRIBUTED_WORDS):
            continue
        claim = _anonymous_claim(s.text.strip())
        if claim is None or len(claim.split()) < 5:
            continue
        lower_words = lower_words if lower_words is not None else _lowercase_words(sentences)
        text = f"Who says {_short_claim(claim, lower_words)}?"
        out.append(Question("unattributed", text, (s.index,)))
        if len(out) == _MAX_UNATTRIBUTED:
            return out
    for s in sentences:
        if len(out) == _MAX_UNATTRIBUTED:
            break
        if s.kind in ("title", "heading", "list_item") or any(s.index in q.evidence for q in out):
            continue
        claim = _record_claim(s.text.strip())
        if claim:
            lower_words = lower_words if lower_words is not None else _lowercase_words(sentences)
            text = f"Who says {_short_claim(claim, lower_words)}?"
            out.append(Question("unattributed", text, (s.index,)))
    for s in sentences:
        if len(out) == _MAX_UNATTRIBUTED:
            break
        if s.kind != "paragraph" or any(s.index in q.evidence for q in out):
            continue
        claim = hearsay_claim(s.text)
        if claim and len(claim.split()) >= 4:
            lower_words = lower_words if lower_words is not None else _lowercase_words(sentences)
            text = f"Who says {_short_claim(claim, lower_words, words=20)}?"
            out.append(Question("unattributed", text, (s.index,)))
    for s in unsourced_claims(sentences):
        if len(out) == _MAX_UNATTRIBUTED:
            break
        if any(s.index in q.evidence for q in out):
            continue
        lower_words = lower_words if lower_words is not None else _lowercase_words(sentences)
        # The whole claim where it fits: it stands alone, so its end is often the point.
        claim = _short_claim(_BODY_DATELINE.sub("", s.text.strip()), lower_words, words=20)
        out.append(Question("unattributed", f"Who says {claim}?", (s.index,)))
    return out


# A record claimed with nothing to back it: "the largest acquisition ... in a decade", "the
# deadliest attack since 2001". A sentence that names a source, a study or figures, or that
# quotes someone, is attributed; "the first time in 108 years" is the event itself, not a
# claim about it.
_RECORD = compile_lazily(
    r"\b(?:the|its|their)[ ](?:largest|biggest|highest|lowest|worst|deadliest|steepest|"
    r"sharpest|longest|shortest|fastest|slowest|busiest|costliest|hottest|coldest|wettest|"
    r"driest)\b[^.;“”\"]{1,90}?"
    r"\b(?:in[ ](?:a|the|more[ ]than[ ]a|over[ ]a|at[ ]least[ ]a)[ ](?:decade|century|"
    r"generation)|in[ ]history|since[ ](?:\d{4}|records[ ]began|the[ ][a-z]+)|ever|on[ ]record|"
    r"in[ ]\d+[ ]years)\b"
)
_SOURCED = compile_lazily(
    r"\b(?:said|says|say|told|tells|according[ ]to|estimated?|estimates|reported|reports|"
    r"claimed|claims|figures|data|statistics|survey|study|analysis|show|showed|shows)\b"
)


_BODY_DATELINE = compile_lazily(r"^[A-Z][A-Z .'’/-]{1,40}(?:,[^—–]{1,40})?[ ][—–-]+[ ]")


def _record_claim(text: str) -> str | None:
    if not has_any(text, ("the ", "its ", "their ")) or any(q in text for q in '“”"'):
        return None
    if len(text.split()) > 40:
        return None  # a run of captions and page furniture, not one claim
    m = _RECORD.search(text)
    if m is None or _SOURCED.search(text):
        return None
    if text[max(0, m.start() - 2) : m.start()] == ", ":
        # "..., the largest penalty Ofwat has ever imposed": the claim is the aside.
        end = next((k for k in range(m.end(), len(text)) if text[k] in ",.;"), len(text))
        return f"it was {text[m.start() : end]}"
    return _BODY_DATELINE.sub("", text)


def _anonymous_claim(text: str) -> str | None:
    m = _CLAIM_THEN_SOURCE.search(text)
    if m:
        return m["claim"]
    m = _SOURCE_THEN_CLAIM.search(text)
    if m:
        return m["claim"]
    m = _ANONYMOUS_THEN_CLAIM.search(text) or _CLAIM_THEN_ANONYMOUS.search(text)
    if m:
        return m["claim"]
    aside_free = _RELATIVE_ASIDE.sub("", text) if ", wh" in text else text
    m = _REPORTEDLY.search(aside_free) if "reportedly" in text else None
    if m:
        return m["claim"] + m["rest"]
    m = _SAID_TO.search(text) if has_any(text, _SAID_TO_WORDS) else None
    # "... where he was said to be": the subject must be a plain noun phrase, not a clause.
    if m and not any(w.lower() in _CLAUSE_WORDS for w in m["subj"].split()):
        return f"{m['subj']} {_SAID_TO_AUX[(m['aux'], m['v'])]} {m['rest']}"
    return None


_CLAUSE_WORDS = AUXILIARIES | frozenset("where when who which that while because".split())
_CLAIM_END = compile_lazily(
    r",[ ](?:but|and|while|although|as|which|when|where|who|before|after|with|including)[ ]|"
    r";[ ]|[ ][—–][ ]"
)


def _lowercase_words(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Every word the article writes in lower case somewhere."""
    return frozenset(w for s in sentences for w in _WORD.findall(s.text) if w.islower())


def _short_claim(claim: str, lower_words: frozenset[str] = frozenset(), words: int = 14) -> str:
    """The claim's first clause, at most `words` words. Its first word keeps its capital only
    if it is a name: one the article also writes in lower case ("Cocoa ... cocoa") is not."""
    end = _CLAIM_END.search(claim)
    claim = _lower_common((claim[: end.start()] if end else claim).strip().strip(_PUNCT))
    first = claim.split(maxsplit=1)[0] if claim.split() else ""
    low = first.lower()
    # "Managers had been": a common noun, known as one or written in lower case elsewhere.
    common = low in lower_words or low in GROUP_NOUNS or low in PERSON_NOUNS
    # "Falling ground water levels": a participle, not a name ("Beijing" is a place).
    common = common or (low.endswith("ing") and len(low) > 5 and not place_name(first))
    if first in ("It", "He", "She", "They", "We", "There") or common or low in _COUNTING_OPENERS:
        claim = first.lower() + claim[len(first) :]
    return _short_quote(claim, words)


# Words that open a statistic and are never a name: "Nearly 40 percent", "One in five".
_COUNTING_OPENERS = frozenset(
    "nearly almost about around over more fewer less up one two three four five half most "
    "many few some all every each".split()
)


_BARE_THING = compile_lazily(r"^What (?:was|were|is|are) the (?P<noun>[a-z]+)\?$")


def _merge_follow_ups(found: list[Question]) -> list[Question]:
    """ "She did not say what the options were" after "put four options on the table": one
    question about the options, pointing at both sentences."""
    out: list[Question] = []
    for q in found:
        m = _BARE_THING.match(q.text) if q.kind == "unspecified" else None
        if m:
            near = min(q.evidence, default=0)
            for k, earlier in enumerate(out):
                close = any(0 <= near - i <= 3 for i in earlier.evidence)
                if earlier.kind == "unspecified" and close and f" {m['noun']}" in earlier.text:
                    evidence = tuple(sorted({*earlier.evidence, *q.evidence}))
                    out[k] = Question(earlier.kind, earlier.text, evidence)
                    break
            else:
                out.append(q)
            continue
        out.append(q)
    return out


def find_questions(
    sentences: Sequence[Sentence],
    actors: Sequence[Actor],
    agenda: Sequence[AgendaItem],
    dates: SentenceDates | None = None,
) -> tuple[Question, ...]:
    """Open questions, most important first. `dates`: each sentence's date mentions, when the
    pipeline has found them already."""
    # The date words of each event's `when`, read by two kinds of question.
    whens: _Whens = {
        it.when: find_dates(it.when) for it in agenda if it.kind == "event" and it.when
    }
    found = [
        *_quote_conflicts(actors),
        *_quote_credited_again(sentences, actors),
        *_office_conflicts(actors, sentences),
        *_date_conflicts(agenda, sentences, whens),
        *_number_conflicts(sentences),
        *_count_conflicts(sentences),
        *_share_conflicts(sentences),
        *_figure_corrections(sentences),
    ]
    # A rival figure the rules above already asked about is not asked twice.
    conflicts = {q.evidence for q in found}
    found += [
        q for q in competing_figures(sentences, _source_of, dates) if q.evidence not in conflicts
    ]
    # Two values for one thing with no set phrase between them, unless one was asked already.
    asked_pairs = {i for q in found for i in q.evidence if q.kind == "conflict"}
    found += [
        q for q in paired_figures(sentences, _source_of) if asked_pairs.isdisjoint(q.evidence)
    ]
    found += [
        *_incomplete(agenda, sentences, whens),
        *_unspecified(sentences, actors),
        *_pending(sentences, actors),
        *_unattributed(sentences),
    ]
    # A sentence asked about as an event with no date ("has not been scheduled") needs no
    # second question on whether it will be.
    undated = {q.evidence for q in found if q.kind == "incomplete"}
    found = [q for q in found if not (q.kind == "pending" and q.evidence in undated)]
    asked = {i for q in found if q.kind in ("pending", "conflict") for i in q.evidence}
    found += _scheduled_outcomes(agenda, sentences, asked)
    found += _vaguely_dated(agenda, sentences, {i for q in found for i in q.evidence})
    found = _merge_follow_ups(found)
    seen: set[str] = set()
    unique: list[Question] = []
    for q in found:
        if q.text.lower() not in seen and all(0 <= i < len(sentences) for i in q.evidence):
            seen.add(q.text.lower())
            unique.append(q)
    unique.sort(key=lambda q: (_KIND_ORDER[q.kind], min(q.evidence, default=0)))
    return tuple(unique[:_MAX_QUESTIONS])
