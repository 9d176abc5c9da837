"""References an article makes and never fills in, in the many ways reporters say so.

"The financial terms weren't made public", "the amount was kept confidential", "details remain
under wraps", "the ministry withheld the names of the companies", "a source of funding she did
not identify", "noted certain irregularities", "faces four charges, including fraud", "asked
what the changes would involve, a spokesperson said only ...", "how many staff would be
affected was left unclear". Each reading asks for the thing left out, in the text's words; one
whose thing is a pronoun ("did not name them") asks nothing, as the question could not say
what it is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.core.gates import word_sets
from briefing.core.lazy_regex import compile_lazily

# What a thing kept back is called: "the financial terms", "details of the agreement".
_THING = r"(?P<x>(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]ny|[A-Z][a-z]+)(?:[ ][\w’'-]+){0,7}?)"
_KEPT_BACK = compile_lazily(
    rf"(?:^|,[ ]|;[ ]|\b(?:but|and|although|while)[ ]){_THING}[ ](?:was|were|is|are|has[ ]been|"
    r"have[ ]been|had[ ]been|remains?|remained|wasn['’]t|weren['’]t|hasn['’]t[ ]been|"
    r"haven['’]t[ ]been|(?:has|have|had)[ ](?P<not0>not|never)[ ](?:yet[ ])?been)[ ]"
    r"(?P<not>not[ ]|never[ ])?(?:yet[ ])?(?P<how>made[ ]public|disclosed|"
    r"released|published|revealed|given|specified|explained|stated|made[ ]known|"
    r"kept[ ](?:confidential|secret|private)|under[ ]wraps|withheld|confidential|secret|redacted|"
    r"left[ ]blank)\b"
)
# Words that keep a thing back by themselves; the others ("released", "given") only with "not".
_HIDING = ("kept", "under", "withheld", "confidential", "secret", "redacted", "left")
# "several conditions, which were not specified", "for reasons that were not explained".
_RELATIVE_KEPT = compile_lazily(
    r"\b(?P<x>(?:several|some|certain|various|a[ ]number[ ]of|unspecified|other)?[ ]?"
    r"[a-z]+s),?[ ](?:which|that)[ ](?:were|was|have|had|has)[ ](?:not|never)[ ](?:been[ ])?"
    r"(?:specified|explained|disclosed|given|named|detailed|listed|published|made[ ]public|"
    r"identified|described)\b"
)
_WITHHELD_ACTIVE = compile_lazily(
    r"\b(?:withheld|would[ ]not[ ]discuss|declined[ ]to[ ]discuss|refused[ ]to[ ]discuss|"
    r"would[ ]not[ ]reveal|declined[ ]to[ ]reveal|kept[ ]secret|would[ ]not[ ]be[ ]drawn[ ]on)[ ]"
    r"(?P<x>(?:the|its|their|his|her)[ ][^,;.“”\"]{3,60}?)(?=[,;.]|[ ](?:which|that|who|saying|"
    r"citing|because|as)\b|$)"
)
# "remained tight-lipped about the rider's salary", "shed no light on the suspect's identity",
# "offered few particulars about the enzyme", "kept his cards close when asked how much".
_SAID_LITTLE = compile_lazily(
    r"\b(?:(?:remained|was|were|stayed|kept)[ ]tight-lipped|shed[ ]no[ ]light|offered[ ]few[ ]"
    r"(?:particulars|details)|said[ ]little|gave[ ]little[ ]away)[ ](?:about|on|regarding)[ ]"
    r"(?P<x>(?:the|its|their|his|her|a|an)[ ][^,;.]{3,60}?)(?=[,;.]|[ ](?:or|and|which|who)\b|$)"
)
# "a source of funding she did not identify", "the buyer, whom it did not name".
_NOT_IDENTIFIED = compile_lazily(
    r"\b(?P<x>(?:a|an|the)[ ](?:[a-z-]+[ ]){0,3}[a-z-]+|[a-z]+s)[ ]"
    r"(?:that[ ]|which[ ]|whom[ ]|who[ ])?"
    r"(?:he|she|they|it|the[ ][a-z]+)[ ](?:did[ ]not|would[ ]not|declined[ ]to|refused[ ]to)[ ]"
    r"(?:identify|name|specify|disclose|reveal)\b"
)
# "Neither side disclosed the terms of the settlement", "neither club would confirm the fee".
_NEITHER = compile_lazily(
    r"\b[Nn]either[ ](?:side|party|club|company|firm|team|government|camp|country|man|woman)[ ]"
    r"(?:would[ ]|has[ ]|have[ ]|had[ ]|was[ ]willing[ ]to[ ])?(?:confirm(?:ed)?|disclose[ds]?|"
    r"reveal(?:ed)?|give|gave|release[ds]?|put[ ]a[ ]figure[ ]on)[ ]"
    r"(?P<x>(?:the|its|their)[ ][^,;.“”\"]{3,60}?)(?=[,;.]|[ ](?:which|that|because|as)\b|$)"
)
# "declined to elaborate on which other sites were under review", "did not say how much".
_WOULD_NOT_SAY = compile_lazily(
    r"\b(?:declined|refused|did[ ]not|didn['’]t|would[ ]not|wouldn['’]t|was[ ]unable)[ ](?:to[ ])?"
    r"(?:elaborate|expand|say|specify|explain|disclose|reveal)(?:[ ](?:on|about))?[ ]"
    r"(?P<wh>which|what|how[ ]many|how[ ]much|how[ ]long|how|why|when|where|who)[ ]"
    r"(?P<clause>[^,;.“”\"]{5,100})"
)
# "a telephone bidder whose name it did not give": who they are is kept back.
_WHOSE_NAME = compile_lazily(
    r"\b(?P<x>(?:a|an|the)[ ](?:[a-z-]+[ ]){0,3}[a-z-]+)(?:,)?[ ]whose[ ](?:name|identity)[ ]"
    r"(?:he|she|they|it|the[ ][a-z]+)[ ](?:did[ ]not|would[ ]not|declined[ ]to|refused[ ]to)[ ]"
    r"(?:give|disclose|reveal|release|provide|publish)\b|"
    # "the donor had asked not to be named": not a source keeping their name out of print.
    r"\b(?P<y>(?:the|a|an)[ ](?:[a-z-]+[ ]){0,2}(?:donor|buyer|bidder|benefactor|purchaser|"
    r"investor|winner|owner|seller|backer|sponsor|client|patient|victim|family))[ ]"
    r"(?:had[ ]|has[ ]|have[ ])?asked[ ](?:not[ ]to[ ]be|to[ ]remain)[ ]"
    r"(?:named|identified|anonymous)\b"
)
# "cited "serious breaches" of its permit without giving specifics": the quoted words unfilled.
_WITHOUT_SPECIFICS = compile_lazily(
    r"[“\"](?P<x>[^”\"]{3,40})[”\"][^.;]{0,60}?\bwithout[ ](?:giving|providing|offering)[ ]"
    r"(?:any[ ])?(?:specifics|details|particulars|examples|further[ ]details)\b"
)
# "noted certain irregularities", "a number of changes had been made", "several weaknesses".
_VAGUE_SET = compile_lazily(
    r"\b(?P<q>a[ ]number[ ]of|certain|several|various|a[ ]series[ ]of|a[ ]raft[ ]of|"
    r"a[ ]package[ ]of|a[ ]list[ ]of|a[ ]range[ ]of|unspecified)[ ][“\"]?"
    r"(?P<w1>[a-z-]+)(?:[ ](?P<w2>[a-z]+))?[”\"]?\b"
)
_ABSTRACT = frozenset(
    """
    changes irregularities weaknesses measures conditions recommendations concerns steps
    problems failings flaws breaches errors amendments reforms demands shortcomings discrepancies
    deficiencies violations concessions commitments options proposals improvements adjustments
    requirements safeguards restrictions terms provisions obligations allegations complaints
    """.split()
)
# "faces four charges, including fraud": the rest of a counted set, unnamed. Not "30 civilians,
# including women and children", which says who they were.
_COUNTED_SETS = frozenset("charges counts offences offenses crimes".split()) | _ABSTRACT
_INCLUDING = compile_lazily(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})[ ]"
    r"(?P<n>[a-z]+s),[ ]including[ ](?P<item>[^,;.]{3,60}?)(?=[,;.]|$)"
)
_ASKED = compile_lazily(
    r"^[Aa]sked[ ](?P<wh>what|how|when|why|whether|who|which|where)[ ](?P<clause>[^,;]{5,100}),[ ]"
    r"[^.;]{0,60}?\b(?:said|says|replied|answered)[ ]only\b"
)
_LEFT_UNCLEAR = compile_lazily(
    r"^(?P<wh>How[ ]many|How[ ]much|How[ ]long|Why|When|Where|Who|What|Which|Whether)[ ]"
    r"(?P<clause>[^,;]{5,120}?)[ ](?:was|is|remains|remained|were)[ ](?:left[ ])?"
    r"(?:unclear|not[ ]clear|unknown|not[ ]known|uncertain|unexplained|not[ ]stated|"
    r"not[ ]said|not[ ]specified|not[ ]disclosed)\b"
)
# Words without one of which no reading can match: most sentences are ruled out by one pass.
_KEY_WORDS = frozenset(
    """
    public disclosed released published revealed given specified explained confidential secret
    private wraps withheld discuss reveal drawn identify name specify disclose number certain
    several various series raft package list range unspecified including asked unclear unknown
    uncertain unexplained named detailed listed identified described tight lipped light
    particulars little stated known redacted blank neither elaborate expand say explain whose
    without
    """.split()
)
_PRONOUNS = frozenset("it they them he she this that these those which who".split())


def unsaid(
    text: str, what_was: Callable[[str], str], invert: Callable[[str, str], str | None]
) -> str | None:
    """The question a sentence leaves by naming a thing it never fills in, or None.

    `what_was` asks for a thing ("What were the terms?"); `invert` turns a wh-word and its
    clause into a question ("How many staff would be affected?")."""
    words = word_sets(text)[1]
    if _KEY_WORDS.isdisjoint(words):
        return None
    # Each reading runs only where its own words are: its pattern scans slowly.
    negated = not _NEGATIONS.isdisjoint(words) or "n't" in text or "n’t" in text
    hiding = not _HIDING_WORDS.isdisjoint(words)
    m = _KEPT_BACK.search(text) if hiding or (negated and not _TOLD.isdisjoint(words)) else None
    kept = m is not None and bool(
        m["not"] or m["not0"] or "n't" in m.group(0) or "n’t" in m.group(0)
    )
    if m and _named(m["x"]) and (kept or m["how"].startswith(_HIDING)):
        return what_was(_the(m["x"]))
    m = _RELATIVE_KEPT.search(text) if negated and not _RELATIVES.isdisjoint(words) else None
    if m:
        return what_was(f"the {m['x'].split()[-1]}")
    m = _WITHHELD_ACTIVE.search(text) if not _WITHHOLDING.isdisjoint(words) else None
    if m and _named(m["x"]):
        return what_was(m["x"])
    naming = not _NAMING.isdisjoint(words)
    m = _SAID_LITTLE.search(text) if not _LITTLE.isdisjoint(words) else None
    if m:
        return what_was(_the(m["x"]))
    m = _WHOSE_NAME.search(text) if "whose" in words or "asked" in words else None
    if m:
        return f"Who is {_the(m['x'] or m['y'])}?"
    m = _NOT_IDENTIFIED.search(text) if naming and (negated or "declined" in words) else None
    if m and _named(m["x"]):
        return what_was(_the(m["x"]))
    m = _NEITHER.search(text) if "neither" in words else None
    if m and _named(m["x"]):
        return what_was(_the(m["x"]))
    m = _WOULD_NOT_SAY.search(text) if not _SAYING.isdisjoint(words) else None
    if m:
        # One question at a time: "what the measures would entail or when they would ..."
        clause = _NEXT_QUESTION.split(m["clause"], maxsplit=1)[0].strip()
        wh = m["wh"].lower()
        if wh != "how" and clause.split()[0].lower() not in _SUBJECT_OPENERS:
            # "which other sites were under review": the wh-word asks for the subject.
            return f"{wh[:1].upper()}{wh[1:]} {clause}?"
        asked = invert(wh, clause)
        if asked:
            return asked
    m = _WITHOUT_SPECIFICS.search(text) if "without" in words else None
    if m:
        head = m["x"].split()[-1].lower()
        verb = "were" if head.endswith("s") and not head.endswith("ss") else "was"
        return f"What {verb} the “{m['x']}”?"
    m = _INCLUDING.search(text) if "including" in words else None
    if m and m["n"] in _COUNTED_SETS:
        return f"What are the other {m['n']}, besides {m['item'].strip()}?"
    m = _ASKED.search(text) if text.startswith(("Asked", "asked")) else None
    if m:
        return invert(m["wh"], m["clause"])
    m = _LEFT_UNCLEAR.search(text) if not _UNCLEAR.isdisjoint(words) else None
    if m:
        wh = m["wh"].lower()
        if wh in ("which", "what", "how many", "how much", "who"):
            # "Which schools would close": the wh-word asks for the subject; nothing moves.
            return f"{m['wh']} {m['clause']}?"
        return invert(wh, m["clause"]) or f"{m['wh']} {m['clause']}?"
    for m in _VAGUE_SET.finditer(text) if not _VAGUE_WORDS.isdisjoint(words) else ():
        if ":" in text[m.end() : m.end() + 3]:
            continue  # the list follows
        # "certain irregularities at", "several key weaknesses": the noun, with its adjective.
        if m["w1"] in _ABSTRACT:
            return what_was(f"the {m['w1']}")
        if m["w2"] in _ABSTRACT:
            return what_was(f"the {m['w1']} {m['w2']}")
    return None


_NEGATIONS = frozenset("not never".split())
_SAYING = frozenset("elaborate expand say specify explain disclose reveal".split())
_NEXT_QUESTION = compile_lazily(r"[ ](?:or|and)[ ](?=(?:when|how|why|where|whether|what|who)\b)")
# Words that open a clause's subject: after them the wh-word is the object ("what the measures
# would entail"); otherwise it asks for the subject ("which other sites were under review").
_SUBJECT_OPENERS = frozenset(
    "the a an its their his her it they he she we this that these those there".split()
)
_LITTLE = frozenset("tight lipped light particulars little".split())
_HIDING_WORDS = frozenset("kept under withheld confidential secret redacted blank".split())
_TOLD = frozenset(
    "public disclosed released published revealed given specified explained stated known".split()
)
_RELATIVES = frozenset("which that".split())
_WITHHOLDING = frozenset("withheld discuss reveal secret drawn".split())
_NAMING = frozenset("identify name specify disclose reveal".split())
_UNCLEAR = frozenset(
    "unclear unknown uncertain unexplained clear known stated said specified disclosed".split()
)
_VAGUE_WORDS = frozenset(
    "number certain several various series raft package list range unspecified".split()
)


def _named(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and words[-1].lower() not in _PRONOUNS and words[0].lower() not in _PRONOUNS


def _the(phrase: str) -> str:
    """ "a source of funding" -> "the source of funding"; "Details of the deal" as it is."""
    return re.sub(r"^(?:[Aa]n?|[Tt]he)[ ]", "the ", phrase.strip())
