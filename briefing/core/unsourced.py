"""A significant claim the article makes in its own voice, credited to no one.

Wire copy sets a background claim apart as a paragraph of its own: "The company had been
hiding losses at its trading arm for years." Most such paragraphs are plain narration ("The
talks resume on Monday"), so only a claim of a kind a reader would want sourced is asked
about: wrongdoing alleged, a judgement put on many unnamed people ("widely seen as"), a threat
by an unnamed group, something that never happened, or a statistic stated as fact ("more than
400 operations a week", "fallen by a fifth"). A claim with any source, quote, study or figure
set beside it is attributed; so is the lead, which sums up the story told below.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefing.core.gates import has_any
from briefing.core.lazy_regex import compile_lazily
from briefing.core.model import Sentence

_ALLEGED = compile_lazily(
    r"\b(?:hiding|hid|hidden|concealed|concealing|covered[ ]up|covering[ ]up|falsified|"
    r"falsifying|falsify|misled|misleading|secretly|quietly|illegally|unlawfully|bribes?|bribed|"
    r"kickbacks?|rigged|rigging|manipulated|manipulating|siphoned|embezzled|doctored|"
    r"paid[ ]off|pocketed|fixed[ ]the[ ](?:match|game|result))\b"
)
_JUDGED = compile_lazily(
    r"\b(?:widely|generally|largely)[ ](?:seen|regarded|viewed|considered|blamed|credited)\b"
)
_THREAT = compile_lazily(r"\b(?:have|has|had)[ ]threatened[ ]to\b")
_NEVER = compile_lazily(
    r"\b(?:was|were|had|has|have)[ ]never[ ](?:been[ ])?(?!been\b)[a-z]+(?:ed|en|id|t)\b"
)
# A statistic stated as fact: a share ("fallen by a fifth", "more than half of"), or a bounded
# count given a cause ("more than 400 operations a week because of a shortage").
_SHARE = compile_lazily(
    r"\bby[ ](?:a|one)[ ](?:half|third|quarter|fifth|tenth)\b|\b(?:more|less)[ ]than[ ]half[ ]of\b"
)
# A share of a population stated as fact: "Nearly 40 percent of the city's bridges are
# unsound", "One in five adults in Fiji is living with diabetes", "The majority of adults have
# not read a book", "Half of the donations never reached the families".
_POPULATION_SHARE = compile_lazily(
    r"(?:^|\b(?:[Nn]early|[Aa]lmost|[Aa]bout|[Oo]ver|[Mm]ore[ ]than|[Aa]round)[ ])"
    r"(?:\d[\d.]*[ ]?(?:percent|per[ ]cent|%)|[Oo]ne[ ]in[ ](?:two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+)|[Tt]he[ ]majority|[Hh]alf|[Aa][ ]third|[Aa][ ]quarter|[Tt]wo-thirds|"
    r"[Tt]hree[ ]quarters)[ ](?:of[ ])?(?:the[ ]|all[ ])?[\w’' -]{2,40}?[ ](?:is|are|was|were|have|"
    r"has|had|live|lives|suffer|suffers|never)[ ]"
)
# A change stated as fact: "Rents in the district have tripled in a decade".
_MULTIPLIED = compile_lazily(
    r"\b(?:have|has|had)[ ](?:more[ ]than[ ]|nearly[ ]|almost[ ])?(?:doubled|tripled|trebled|"
    r"quadrupled|halved)[ ](?:in|over|since|within)\b"
)
# A yearly toll with a cause: "Up to 3,000 people in the city die each year from ...".
_YEARLY_TOLL = compile_lazily(
    r"\b(?:[Uu]p[ ]to|[Mm]ore[ ]than|[Aa]bout|[Ss]ome|[Nn]early)[ ]\d[\d,.]*[ ](?:people|"
    r"residents|children|adults|deaths)\b[^.]{0,40}?\b(?:die|dies|are[ ]killed|are[ ]admitted|"
    r"fall[ ]ill)\b[^.]{0,20}?\b(?:each|every|a)[ ]year\b"
)
_BOUNDED = compile_lazily(
    r"\b(?:more[ ]than|fewer[ ]than|less[ ]than|at[ ]least|some|nearly|almost)[ ]\d[\d,.]*"
)
_CAUSE = compile_lazily(r"\b(?:because[ ]of|due[ ]to|as[ ]a[ ]result[ ]of|owing[ ]to)\b")
# Casualties and market moves are the news itself, told as it happens, not a claim about it.
_NEWS_ITSELF = compile_lazily(
    r"\b(?:killed|injured|wounded|died|dead|hospital|shares|stock[ ]market|index|futures|trading)\b"
)
_CUE_WORDS = (
    "hid",
    "conceal",
    "covered up",
    "covering up",
    "falsif",
    "misle",
    "secretly",
    "quietly",
    "illegally",
    "unlawfully",
    "brib",
    "kickback",
    "rigg",
    "manipulat",
    "siphoned",
    "embezzled",
    "doctored",
    "widely ",
    "generally ",
    "largely ",
    "threatened to",
    "never ",
    "than ",
    "least ",
    "some ",
    "nearly ",
    "almost ",
    " by a",
    " by one",
    "percent",
    "per cent",
    "%",
    "one in ",
    "majority",
    "half",
    "third",
    "quarter",
    "doubled",
    "tripled",
    "trebled",
    "quadrupled",
    "halved",
    "each year",
    "every year",
    "a year",
    "paid off",
    "pocketed",
    "fixed the",
)
# Words that credit a claim, or tie it to the future (an agenda, not a claim).
_SOURCED = compile_lazily(
    r"\b(?:said|says|say|told|tells|according[ ]to|claimed|claims|alleged|allegedly|argued|"
    r"insisted|estimated?|estimates|reported|reports|report|data|figures|statistics|survey|"
    r"study|studies|analysis|records[ ]show|show|showed|shows|shown|found|announced|confirmed|"
    r"published|statement|filing|documents|audit|will|would|could|may|might|expected|plans?[ ]to)\b"
)
_MIN_WORDS = 7
_MAX_WORDS = 40


def unsourced_claims(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences that make a significant claim alone, in the article's own voice."""
    sizes = Counter(s.block for s in sentences)
    lead = next((s.block for s in sentences if s.kind == "paragraph"), None)
    return [
        s
        for s in sentences
        if s.kind == "paragraph" and sizes[s.block] == 1 and s.block != lead and _is_claim(s.text)
    ]


def _is_claim(text: str) -> bool:
    if not has_any(text.lower(), _CUE_WORDS):
        return False
    if any(q in text for q in '“”"‘’') or text.rstrip().endswith("?"):
        return False
    if not _MIN_WORDS <= len(text.split()) <= _MAX_WORDS or _SOURCED.search(text):
        return False
    return bool(
        _ALLEGED.search(text)
        or _JUDGED.search(text)
        or _THREAT.search(text)
        or _NEVER.search(text)
        or (
            not _NEWS_ITSELF.search(text)
            and bool(_SHARE.search(text) or (_BOUNDED.search(text) and _CAUSE.search(text)))
        )
        or bool(_POPULATION_SHARE.search(text) or _MULTIPLIED.search(text))
        or bool(_YEARLY_TOLL.search(text))
    )


# A claim the text marks as hearsay or as a common view, with no one named behind it: "It is
# widely believed that ...", "..., it emerged on Friday", "Insiders say ...", "allegedly".
_IT_IS_SAID = compile_lazily(
    r"^(?:[Ii]t[ ](?:is|was|has[ ]been|had[ ]been)|[Ii]t['’]s)[ ](?:widely[ ]|generally[ ]|"
    r"commonly[ ]|now[ ]|also[ ])?(?:believed|alleged|claimed|understood|thought|rumoured|"
    r"rumored|suggested|reported|said)[ ]that[ ](?P<claim>.+)$"
)
_SAID_AFTER = compile_lazily(
    r"^(?P<claim>.+?),[ ](?:it[ ]emerged|according[ ]to[ ](?:media[ ])?reports|reports[ ]say|"
    r"(?:diplomats|insiders|critics|observers)[ ](?:say|said|believe))(?:[ ]on[ ][A-Z][a-z]+)?"
    r"[ ]?[.!]?$"
)
_GROUP_SAYS = compile_lazily(
    r"^(?:[A-Z][a-z]+[ ])?(?:Insiders|Critics|Observers|Diplomats|Rumours|Rumors|Reports)[ ]"
    r"(?:have[ ]|had[ ])?(?:long[ ]|privately[ ]|widely[ ])?(?:say|said|believe|believed|suggest|"
    r"suggested|claim|claimed|circulated|have[ ]circulated|maintain|argue|argued)[ ](?:that[ ])?"
    r"(?P<claim>.+)$"
)
_SPECULATION = compile_lazily(
    r"^(?:Speculation|Talk)[ ](?:is|has[ ]been)[ ](?:mounting|growing|rife)[ ]that[ ](?P<claim>.+)$"
)
_BY_ACCOUNTS = compile_lazily(r"^[Bb]y[ ](?:most|all|many)[ ]accounts,[ ](?P<claim>.+)$")
# "The word on the street is that ...", "Many believe ...", "There is speculation that ...",
# "It has long been an open secret that ...", "According to talk in the corridors, ...".
_HEARSAY_FRAME = compile_lazily(
    r"^(?:(?:The[ ])?[Ww]ord[ ](?:on|around|in)[ ]the[ ][a-z]+(?:[ ][a-z]+)?[ ]is|"
    r"The[ ]story[ ]goes|Legend[ ]has[ ]it|(?:Many|Some|Others)[ ](?:people[ ])?(?:believe|say|"
    r"claim|suspect|think)|Whispers[^,.]{0,40}?[ ]suggest|(?:Media[ ])?[Rr]eports[ ](?:suggest|"
    r"indicate)|There[ ](?:is|are|has[ ]been)[ ](?:growing[ ]|widespread[ ])?(?:speculation|"
    r"talk|rumours?|rumors?|suspicion)|It[ ](?:is|has[ ](?:long[ ])?been)[ ](?:an[ ]open[ ]secret|"
    r"common[ ]knowledge|rumoured|rumored)|According[ ]to[ ](?:talk|rumours?|gossip|"
    r"speculation)[^,]{0,60},)[ ,]*(?:that[ ])?(?P<claim>.+)$"
)
_ALLEGEDLY = compile_lazily(r"\b(?:allegedly|purportedly|supposedly|reportedly|rumoured[ ]to)\b")
_SEEN_AS = compile_lazily(
    r"\b(?:is|was|are|were)[ ](?:seen|viewed|regarded|perceived)[ ]as[ ]an?\b"
)
_HEARSAY_WORDS = (
    "believed",
    "alleged",
    "claimed",
    "understood",
    "thought",
    "rumo",
    "suggested",
    "reported",
    "emerged",
    "reports",
    "Insiders",
    "Critics",
    "Observers",
    "Diplomats",
    "insiders",
    "critics",
    "observers",
    "diplomats",
    "peculation",
    "Talk ",
    "ord on the",
    "ord around the",
    "ord in the",
    "story goes",
    "Legend has",
    "Many ",
    "Some ",
    "Others ",
    "Whispers",
    "open secret",
    "common knowledge",
    "talk",
    "gossip",
    "rumour",
    "rumor",
    "suspicion",
    " said that",
    "Rumo",
    "reportedly",
    "accounts",
    "allegedly",
    "purportedly",
    "supposedly",
    " seen as",
    " viewed as",
    " regarded as",
    " perceived as",
)


def hearsay_claim(text: str) -> str | None:
    """The claim of a sentence that marks it as hearsay or a common view, or None."""
    if not has_any(text, _HEARSAY_WORDS) or any(q in text for q in '“”"'):
        return None
    text = text.strip()
    for pattern in (
        _IT_IS_SAID,
        _SAID_AFTER,
        _GROUP_SAYS,
        _SPECULATION,
        _BY_ACCOUNTS,
        _HEARSAY_FRAME,
    ):
        m = pattern.match(text)
        if m:
            return m["claim"].rstrip(" .")
    # A run of captions and page furniture is no one claim.
    hedged = _ALLEGEDLY.search(text) or _SEEN_AS.search(text)
    unsourced = not _SOURCED.search(_ALLEGEDLY.sub("", text))
    if hedged and len(text.split()) <= _MAX_WORDS and unsourced:
        # The clause that holds the hedge: "..., when a tavern owner supposedly put a curse".
        # A caption's credit or a colon ends a clause too: "(James Long) Rail safety ...".
        start = max(text.rfind(b, 0, hedged.start()) for b in (", ", ") ", ": "))
        end = text.find(", ", hedged.end())
        clause = text[start + 2 if start >= 0 else 0 : end if end >= 0 else len(text)]
        after = text[hedged.end() :].split(maxsplit=1)
        if (after and after[0].endswith("ing")) or len(clause.split()) > _MAX_CLAIM_WORDS:
            return None  # "with some reportedly needing ...": no claim of its own; or a run-on
        return _CLAUSE_OPENER.sub("", clause).rstrip(" .")
    return None


_MAX_CLAIM_WORDS = 25


_CLAUSE_OPENER = compile_lazily(r"^(?:when|where|after|as|and|but|while|because|with)[ ]")
