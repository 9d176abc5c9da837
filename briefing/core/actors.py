"""People, organisations, countries and groups, with roles, affiliations, aliases and quotes."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, pairwise

from briefing.core.gates import has_any, word_sets
from briefing.core.lazy_regex import compile_lazily
from briefing.core.lexicons.organisations import (
    KNOWN_ACRONYMS,
    NOT_ACRONYMS,
    ORG_CUES,
    ORG_INTRODUCERS,
    ORG_TRAILERS,
    PERSON_INTRODUCERS,
)
from briefing.core.lexicons.people import (
    CAPITALISED_PERSON_NOUNS,
    COURT_HEADS,
    GOVERNMENT_HEADS,
    GROUP_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    PAGE_CHROME_WORDS,
    PARTY_GROUP_NOUNS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
)
from briefing.core.lexicons.places import CITIES, COUNTRIES, DEMONYMS, place_name
from briefing.core.lexicons.time import MONTHS, WEEKDAYS
from briefing.core.model import Actor, Quote, Sentence
from briefing.core.names import (
    ANY_WORD,
    CAP_WORD,
    NAME_CHUNK,
    ORG_CHUNK,
    Role,
    cap_run_at,
    cap_word_at,
    country_of,
    ends_in_role,
    is_article_name,
    is_cap_word,
    is_name_token,
    is_role_head,
    role_before,
    split_title,
    strip_suffixes,
    words_of,
)
from briefing.core.org_phrases import (
    after_spokesperson,
    described_bodies,
    introduced_names,
    local_bodies,
    members_of,
    product_names,
    spoken_for,
    traded_names,
    trailed_names,
)
from briefing.core.quotes import (
    QuoteSpan,
    find_quotes,
    mask_quotes,
    speaker_after,
    speaker_before,
)
from briefing.core.sport import opponents, sides, team_sport

_SPEECH_AFTER = re.compile(
    r"^,? (?:said|says|told|added|adds|stated|announced|insisted|warned|explained|argued|"
    r"noted|wrote|replied|urged|declined|confirmed)\b"
)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|according to)[ ,]*$")
_AGE = re.compile(r"^, (?:aged )?\d{1,3},")
_DEFENDANT = re.compile(
    r"^,? (?:was|were|has been|had been|is) (?:\w+ )?(?:convicted|charged|found guilty|"
    r"sentenced|accused|indicted|acquitted|jailed|arrested)\b"
)
# An acronym in brackets may stand inside ("president of the Cycling Union (UCI)").
_APPOSITIVE = re.compile(
    r"^, ((?:[^,.;()“”\"]|[ ]\([A-Z][A-Za-z]{1,9}\)){3,140}?)"
    r"(?=[,.;]|$| who | which | said\b| told\b)"
)
_FROM_PARTY = re.compile(
    r"^(?:of|from) the (?:(?:opposition|ruling|governing|junior|main|centre-right|centre-left|"
    r"center-right|center-left|far-right|far-left|left-wing|right-wing|nationalist|liberal|"
    r"conservative|green) )*(?P<p>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}) [Pp]arty$"
)
# A colon right before a sentence's first quote: "X was sceptical: “...”".
_COLON_BEFORE = re.compile(r":\s*$")
# Where a clause opens, but not before a speaking participle (", saying:", ", adding:").
_CLAUSE_BOUNDARY = re.compile(r"(?:[,;]|\.)\s(?!(?:saying|adding|writing|telling|insisting)\b)")
# A capitalised run right after "for the", "of the", "in the": a thing's or a place's name.
_AFTER_THE = re.compile(r"\b(?:for|of|in|at|from|to|on)[ ]the[ ]$")
# "His successor as chief executive, X": who takes or held an office.
_SUCCESSION = frozenset("successor predecessor replacement deputy stand-in".split())
_BRACKETED_ACRONYM = re.compile(r" \([A-Z][A-Za-z]{1,9}\)")
_DETERMINER = re.compile(r"^(?:the|a|an|his|her|its|their|our)\s+", re.I)
# Words up to a possessive: "the Health Service Executive's " (checked in `_possessor`).
_POSSESSIVE_PHRASE = re.compile(rf"^((?:the )?{ANY_WORD}(?: {ANY_WORD})*)['’]s? ")
_LOWER_ASCII = re.compile(r"[a-z]+")
_RELATIVE_CHAIR = re.compile(
    r"^ who (?:chairs|heads|leads|runs|directs|chaired|headed|led) (?:the )?(?=[A-Z])"
)
_WORKS_FOR = re.compile(
    r"^, who (?:rides|plays|works|races|drives|competes|writes|reports|sails|fights|boxes) "
    r"for (?:the )?(?=[A-Z])"
)
# ", who heads the Fisheries Agency", ", who lost her brother in the fire and now heads the X",
# ", who chairs the consultants committee of the British Medical Association".
_WHO_LEADS = re.compile(
    r"^, who (?:[^,;“”\"]{0,80}? and )?(?:now |also |currently |still )?"
    r"(?P<v>chairs|heads|leads|runs|directs) (?:the )?"
    r"(?:(?P<unit>(?:[a-z’'-]+ ){1,3})(?:of|at) (?:the )?)?(?=[A-Z])"
)
# Honorifics that are also posts: the role when the article gives no other.
_POST_TITLES = {
    "Professor": "professor",
    "Prof": "professor",
    "Prof.": "professor",
    "Rabbi": "rabbi",
    "Imam": "imam",
    "Bishop": "bishop",
    "Archbishop": "archbishop",
    "Cardinal": "cardinal",
    "Pastor": "pastor",
}
# ", who was the trust's accountant", ", who is a senior nurse": the office the clause names.
_WHO_WAS = re.compile(
    r"^, who (?:is|was|has been|had been|became|served as) (?:the|a|an|its|their) "
    r"(?P<owner>[\w’'-]+['’]s? )?(?P<role>(?:[a-z-]+ ){0,2}[a-z-]+)\b"
)
_LEADING_ROLE = {
    "chairs": "chair",
    "heads": "head",
    "leads": "leader",
    "runs": "head",
    "directs": "director",
}
_INNER_POSSESSIVE = re.compile(r"(?<=\w)['’]s?(?= )")
_AT_CUE = re.compile(r"\b(?:at|of|for|from) ")
_ROLE_PREPOSITIONS = frozenset("to of for at the on with under in and &".split())
_ORG_JOINERS = frozenset("of for and on the &".split())
# Words after a demonym that make it the name of an event, not the country acting.
_EVENT_NAME_AFTER = re.compile(
    r" (?:Open|Grand Prix|GP|Masters|Championships?|Cup|Games|Rally|Derby|Classic|Marathon)\b"
)
# "under a President Clinton": the article before a title makes the office imagined.
_IMAGINED = re.compile(r"(?:^|\s)(?:a|an)\s$")
# What opens the sentence after a quote that stands alone and names its speaker.
_THOSE_WORDS = re.compile(
    r"^(?:(?:With|In|By) (?:those|these|the) words|That was the (?:message|warning|verdict|view) "
    r"(?:of|from)|So said|Those were the words of)\b"
)
# Nouns that end a named institution ("St Mary's Hospital"), though never part of a person's name.
_NAMED_PLACE_NOUNS = frozenset(
    "Hospital University College School Airport Stadium Arena Centre Center Prison Station "
    "Church Cathedral".split()
)
# Heads of a place's own government, affiliated to the place named after them.
_LOCAL_HEADS = frozenset("mayor governor councillor councilor alderman premier".split())
_PLACE_AFTER = re.compile(
    r",? of (?:neighbouring |neighboring |nearby )?(?P<p>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})"
)
# Words that may follow a role's head inside an appositive ("schoolteacher from the ...").
_ROLE_CONTINUERS = _ROLE_PREPOSITIONS | frozenset("from since until based by".split())
_AGE_WORD = re.compile(r"\d{1,3}-year-old|\d{1,3}-yr-old")
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z0-9&]{1,9})\)")
_DATELINE = re.compile(
    r"^[A-ZÀ-ÞĄĆĘŁŃŚŹŻ][A-ZÀ-ÞĄĆĘŁŃŚŹŻ .,'/-]{1,40}(?:\([^)]{0,30}\))?"
    # "SAN JOSE, California, 23 July 2026 —": a state and a date may follow the place.
    r"(?:(?:,? [A-Z][a-z]+\.?)?(?:,? \d{1,2} [A-Z][a-z]+ \d{4}|,? [A-Z][a-z]+\.? \d{1,2},? \d{4}))?"
    r" [—–-]+ "
)
# "\b[Tt]he" written to open on a class and look back past it, so the scan skips ahead fast.
_ROLE_MENTION = re.compile(r"[Tt](?<!\w.)he ([a-z]+(?: [a-z]+)?)\b(?! [A-Z])")
_THE_BEFORE = re.compile(r"\bthe $")
_PRONOUN = re.compile(r"^(?:he|she)$", re.I)
_STATEMENT = re.compile(
    r"\b(?:the|a|its|their) (?:statement|filing|release|spokesperson|spokesman|spokeswoman)\b", re.I
)
# Picture credits: "Steve Parsons/PA", "GETTY*EPA", "(Photo: Alex Brandon, AP)", "AP:Associated".
_CREDIT_BEFORE = re.compile(
    r"(?:\((?:[Pp]hoto|[Pp]icture|[Ii]mage|[Cc]redit|[Ss]ource)s?\b[^()]*|[Rr]eporting by |[/*])$"
)
_CREDIT_AFTER = frozenset("/*:")
# The look-ahead wants a second capital, so ordinary capitalised words never reach Python.
# This and _CAPITAL_START open on a class and look back past it, so the scan skips ahead fast.
_ALLCAPS = re.compile(
    r"([A-ZÀ-Þ](?<![\w.].)(?=[A-ZÀ-Þa-z0-9&]{0,6}[A-ZÀ-Þ])[A-ZÀ-Þa-z0-9&]{1,7})(?![\w.])"
)
# Every word with the word after it ("residents voted"); the pair is checked against word sets.
_WORD_PAIR = re.compile(r"\b(\w+) (?=(\w+)\b)")
# Runs of letters and digits: a word a pattern needs whole (after \b or a space) is one of them.
_WORD_TOKEN = re.compile(r"[^\W_]+")


def _last_words(phrases: Iterable[str]) -> frozenset[str]:
    """The last whole word of each phrase: a pattern ending on the phrase needs that word."""
    return frozenset(_WORD_TOKEN.findall(p)[-1] for p in phrases)


# A sentence without one of these words cannot match the pattern named; checking a set of the
# sentence's words first spares most sentences the long alternations.
_INTRODUCER_WORDS = _last_words(ORG_INTRODUCERS)
_TRAILER_WORDS = _last_words(ORG_TRAILERS)
_LOCAL_BODY_WORDS = frozenset("council assembly government authority".split())
_PRODUCT_WORDS = frozenset(
    "chatbot app product brand model vaccine drug device phone game programme show series film "
    "album book software platform assistant stadium arena".split()
)
# A group acts in the news when its plural noun is the subject of one of these verbs.
_GROUP_WORDS = frozenset(w.lower() for w in GROUP_NOUNS | PARTY_GROUP_NOUNS) | {"meps"}
_GROUP_VERBS = frozenset(
    "said say voted vote demanded demand warned protested called urged questioned criticised "
    "criticized rejected approved argued claimed told wept".split()
)
# Compiled on first use: its class of capitals is slow to compile.
_CAP_WORD = compile_lazily(CAP_WORD)
_CAPITAL_START = re.compile(r"[A-ZÀ-Þ](?<![\w.].)")
_FIRST_WORD = re.compile(r"[\w.-]+")


def _by_first_word(names: list[str]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        first = _FIRST_WORD.match(name)
        if first:
            index.setdefault(first.group(0).rstrip(".’'"), []).append(name)
    return index


_COUNTRY_INDEX = _by_first_word([k for k in COUNTRIES if not k.startswith("the ")])
_DEMONYM_INDEX = _by_first_word([k for k in DEMONYMS if not k.isupper()])
# A name in the text starts with its first run of letters as a whole word of the sentence.
_COUNTRY_WORDS = frozenset(_WORD_TOKEN.findall(k)[0] for k in _COUNTRY_INDEX)
_DEMONYM_WORDS = frozenset(_WORD_TOKEN.findall(k)[0] for k in _DEMONYM_INDEX)


def _find_names(index: dict[str, list[str]], text: str) -> list[tuple[int, int, str]]:
    """Occurrences of lexicon names in text, longest first at each place, as whole words."""
    found: list[tuple[int, int, str]] = []
    pos = 0
    for m in _CAPITAL_START.finditer(text):
        start = m.start()
        if start < pos:
            continue
        word = _FIRST_WORD.match(text, start)
        if word is None:
            continue
        for cand in index.get(word.group(0).rstrip(".’'"), ()):
            end = start + len(cand)
            if text.startswith(cand, start) and (end == len(text) or not text[end].isalnum()):
                found.append((start, end, cand))
                pos = end
                break
    return found


def _spans_of(name: str, text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = text.find(name)
    while i != -1:
        spans.append((i, i + len(name)))
        i = text.find(name, i + 1)
    return spans


def _possessive_owner(word: str) -> str | None:
    """The owner in a capitalised possessive before a name ("Ferrari's", "Citroën’s"), unless
    it is a day, month or other word that is never an owner of people."""
    m = _OWNER.fullmatch(word)
    if m is None or m.group(1) in NOT_NAME_WORDS or not is_cap_word(m.group(1)):
        return None
    return m.group(1)


def _role_follows(after: str) -> bool:
    """Whether a role noun follows a name directly ("Williams driver", not "X, chief of")."""
    words = after[:60].split(" ", 3)
    return (
        len(words) > 2
        and words[0] == ""
        and words[1] in ROLE_HEADS
        and (len(words) < 4 or words[2] != "of")
    )


def _city_team(tokens: list[str]) -> str | None:
    """A city's name before a capitalised plural is a team: "Chicago Cubs", "Kansas City
    Royals", and in "Jubilant Chicago Cubs" the team starts at the city."""
    last = tokens[-1]
    if len(tokens) < 2 or not last.endswith("s") or last in NOT_NAME_WORDS or last.isupper():
        return None
    for i in range(max(0, len(tokens) - 4), len(tokens) - 1):
        if place_name(" ".join(tokens[i:-1])) in CITIES:
            return " ".join(tokens[i:])
    return None


class _NameWords(set[str]):
    """Every word of a full name somewhere in the article ("Donald" of "Donald Trump"), with
    `surnames`, the words that end one ("Trump"): such a word alone is that person's surname,
    not a company, even as a sentence's subject."""

    surnames: set[str]


def _name_words(chunks: Iterable[str]) -> _NameWords:
    found = _NameWords()
    found.surnames = set()
    for chunk in chunks:
        if " " not in chunk:
            continue
        _, tokens = split_title(chunk.split())
        tokens = strip_suffixes(tokens)
        if len(tokens) >= 2 and all(is_name_token(t) for t in tokens):
            found.update(tokens)
            found.surnames.add(tokens[-1])
    return found


def _acronym_org(text: str, m: re.Match[str], seen: frozenset[str]) -> str | None:
    """The organisation an all-capital word names ("IMGW", "BT Sport"), if it names one."""
    tok = m.group(1)
    letters = [c for c in tok if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if upper < 2 or upper * 2 < len(letters) or tok.upper() in NOT_ACRONYMS:
        return None
    if tok in COUNTRIES or place_name(tok.title()):
        return None
    if text.startswith("$", m.end()):
        return None  # "HK$40 million", "US$2 billion": a currency, not a body
    if tok not in KNOWN_ACRONYMS and (
        (_shouted_word(tok, seen) and not _ORG_NOUN_AFTER.match(text, m.end()))
        or not _acronym_like(text, tok, m.start(), m.end())
    ):
        return None
    nxt = cap_word_at(text, m.end() + 1) if text.startswith(" ", m.end()) else None
    if nxt and tok not in KNOWN_ACRONYMS and nxt not in NOT_NAME_WORDS:
        return f"{tok} {nxt}"
    return tok


def _shouted_word(tok: str, seen: frozenset[str]) -> bool:
    """An unknown all-capital word that reads as a word, not letters: "LOVE", "WILLY", "VLAD".

    Acronyms the news spells out letter by letter pile up consonants ("IMGW", "SWNS", "NLCS");
    a word written in capitals alternates vowels and consonants, or occurs in lower case too.
    """
    if not tok.isupper() or not tok.isalpha():
        return False
    if tok.lower() in seen or tok.capitalize() in seen:
        return True
    if len(tok) < 4:
        return False
    vowels = sum(c in "AEIOUY" for c in tok)
    return vowels * 4 >= len(tok) and _CONSONANT_RUN.search(tok) is None


def _acronym_like(text: str, tok: str, start: int, end: int) -> bool:
    """Whether an unknown all-capital word reads as an organisation's acronym where it stands.

    Capitals are also how pages shout ("TRUMP WON", "THE DAY") and credit pictures ("Steve
    Parsons/PA", "(Photo: Alex Brandon, AP)"); a long or numbered all-capital word is a shouted
    word or a code, and an ordinary word in capitals ("TODAY", "GETTY") stays a word.
    """
    if tok.title() in NOT_NAME_WORDS or any(c.isdigit() for c in tok):
        return False
    if tok.isupper() and len(tok) > 5:
        return False
    if (
        _CREDIT_BEFORE.search(text, max(0, start - 80), start)
        or text[end : end + 1] in _CREDIT_AFTER
    ):
        return False
    # Only whole neighbouring words count: "AFL-CIO" is one name, not two shouted words.
    before = text[max(0, start - 40) : start].split() if text[start - 1 : start].isspace() else []
    after = text[end : end + 40].split() if text[end : end + 1].isspace() else []
    return not any(_shouted(w) for w in (before[-1:] + after[:1]))


def _shouted(word: str) -> bool:
    """An ordinary word in capitals next to an acronym: the acronym is shouted text too."""
    word = word.strip(".,;:!?\"“”‘’'()[]")
    letters = [c for c in word if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters)
        and word not in KNOWN_ACRONYMS
        and word.upper() not in NOT_ACRONYMS
        and word not in COUNTRIES
    )


def _speaks(text: str, name_start: int, after: str) -> bool:
    """Whether a speech verb follows the name ("X said") or stands just before it."""
    return bool(
        _SPEECH_AFTER.match(after)
        or _SPEECH_BEFORE.search(text[max(0, name_start - 40) : name_start])
    )


def _inside_span(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether pos falls in one of the spans of one name (sorted, all the same length).

    Only the last span starting at or before pos can hold it; bisecting keeps a huge
    paragraph that repeats a name linear instead of quadratic.
    """
    i = bisect.bisect_right(spans, pos, key=lambda span: span[0])
    return i > 0 and pos < spans[i - 1][1]


_PLACE_NOUNS = frozenset(
    "Buildings Building Park Arena Stadium Square Street Road Hall Centre Center Airport "
    "Station Bridge Palace House Tower Act Convention Treaty Law Bill Agreement Declaration "
    "Accord Cup League Storm".split()
)
_ORG_VERBS = re.compile(
    r" (?:said|says|reported|announced|agreed|signed|expects?|plans?|confirmed|rose|fell|"
    r"shares|denied|declined|warned|employs|hired|cut|raised|bought|sold|filed)\b"
)
_WEAK_ORG_VERBS = re.compile(r" (?:have|has|had|did|does|do|will|would|is|are|was|were)\b")


_OF_ORG = re.compile(r",? (?:of|from|at) (?:the )?")
_DOTTED_TITLE = re.compile(
    rf"(?<![\w.])({'|'.join(re.escape(h) for h in sorted(HONORIFICS) if h.endswith('.'))}) $"
)
# What follows a word standing for someone who acts: a verb, an age, "who". Past forms in -ed
# are read by their ending; the irregular ones the news uses most are listed.
_ACTS = re.compile(
    r"(?:, (?:aged )?\d{1,3},|, who\b| (?:is|was|has|had|have|will|would|could|can|did|does|"
    r"must|may|might|should|said|says|told|tells|added|lost|won|wins|beat|took|made|led|leads|"
    r"spun|hit|held|kept|left|ran|drove|struck|threw|came|went|got|gave|shed|fell|rose|sat|"
    r"saw|sent|spoke|wrote|faces|[a-z]{2,}ed)\b)"
)
_PLAIN_VERB = re.compile(_ACTS.pattern.replace(r", (?:aged )?\d{1,3},|, who\b|", "", 1))
_OWNER = re.compile(r"(.+?)(?:['’]s|(?<=s)['’])")
# A name's sentence, then one opening on a pronoun: the name is someone's.
_PRONOUN_OPENING = ("He ", "She ")
_PRONOUN_NEAR = (" his ", " her ", " he ", " she ")
# Plural nouns for fighters and followers: a capitalised word before one names their group
# or club ("Taliban militants", "Cubs fans"); a demonym, a place or a surname does not.
_MEMBER_NOUNS = frozenset("militants fighters gunmen insurgents rebels fans".split())
_SAID_ITS = re.compile(r"^,? (?:said|says|added|announced|warned) (?:that )?its\b")
_CONSONANT_RUN = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3}")
# "the CESM doctors' union", "the RMT rail union": a word in capitals that a lower-case
# organisation noun follows is the organisation's acronym, however it reads.
_ORG_NOUN_AFTER = re.compile(rf"(?: [a-z]+['’]?){{0,2}} (?:{'|'.join(sorted(ORG_INTRODUCERS))})\b")
_LEGAL_SUFFIXES = frozenset("Co Inc Ltd Plc PLC LLC Corp AG SA SE NV BV GmbH AB ASA".split())
_ROLE_SPLIT = re.compile(r"[\s,]+")
# Roles held inside an organisation: staff, players, elected members of a council.
# "the company had hoped", "The firm said": an organisation named once, spoken of again.
_CALLED_BACK = compile_lazily(
    r"\b[Tt]he[ ](?P<noun>company|firm|group|club|team|bank|carrier|airline|charity|union|"
    r"start-up|startup|insurer|retailer|manufacturer|maker|developer|lender|operator)(?:'s|’s)?"
    r"(?=[ ,.])"
)
# Words that open a capitalised run before an organisation's name, not part of it.
_LEADING_LINKS = frozenset("of the to according by from at in for with".split())
_MEMBER_ROLES = frozenset(
    "executive ceo cfo coo cto founder co-founder chairman chairwoman chair chairperson "
    "director officer spokesman spokeswoman spokesperson owner manager coach captain "
    "midfielder striker forward defender goalkeeper winger player treasurer president "
    "mayor councillor councilor alderman trustee".split()
)
# Roles whose country written before them is the national team ("Sri Lanka coach").
_TEAM_LEADERS = frozenset("coach captain manager".split())
_COUNCIL_ROLES = frozenset("mayor councillor councilor alderman council".split())
_SPORT_ROLES = frozenset(
    "coach captain midfielder striker forward defender goalkeeper winger player club team "
    "side".split()
)
# Roles a person holds in a side, so a capitalised name before one is the side.
_PLAYER_ROLES = (_SPORT_ROLES - {"club", "team", "side"}) | frozenset(
    "manager keeper full-back centre-back playmaker".split()
)
# Cue words a sports club's name may carry; any other cue names a different kind of body.
_SPORT_CUES = frozenset("Club FC CF AFC".split())
# First words of place names ("New Addington, who suffered...": someone from there).
_PLACE_OPENERS = frozenset("New North South East West Upper Lower Great Port Fort Mount".split())
# Last words of club names that British English follows with "who" ("Aston Villa, who").
_CLUB_ENDINGS = frozenset(
    "United City Town County Rovers Rangers Wanderers Athletic Albion Palace Villa Hotspur "
    "Argyle Orient Wednesday Forest Harriers Celtic Thistle Sox Bulls".split()
)
_COUNCIL_WORDS = frozenset("council assembly municipality borough city".split())
_COMPANY_NOUNS = frozenset("company firm group business carrier lender bank airline".split())
_PUBLIC_CUES = frozenset(
    "Ministry Department Court Tribunal Parliament Council Police Committee Commission "
    "Government Cabinet Army Navy Embassy".split()
)


def _fits(org: _Entity, words: set[str]) -> bool:
    """Whether an organisation is of the kind a role or noun speaks of: a coach's club is not
    a ministry, a mayor's council is a council, "the company's" is not a court."""
    tokens = org.name.split()
    cues = ORG_CUES.intersection(tokens)
    if not words.isdisjoint(_COUNCIL_ROLES):
        return not _COUNCIL_WORDS.isdisjoint(t.lower() for t in tokens)
    if not words.isdisjoint(_SPORT_ROLES):
        return cues <= _SPORT_CUES
    if "party" in words:
        return "Party" in tokens
    if not words.isdisjoint(_COMPANY_NOUNS):
        return _PUBLIC_CUES.isdisjoint(tokens)
    return True


def _office_of_before(words: list[str]) -> Role | None:
    """ "The head of the Fisheries Agency, Kenji Arakawa,": a role of a named body before the
    comma, opened by "the", "its" or the sentence's start."""
    tail = words[-9:]
    if "of" not in tail:
        return None
    at = len(tail) - 1 - tail[::-1].index("of")
    body = tail[at + 1 :]
    if body[:1] == ["the"]:
        body = body[1:]
    if not body or not all(w[:1].isupper() or w in _ORG_JOINERS for w in body):
        return None
    role = role_before(tail[:at])
    if role is None or role.affiliation or role.possessor:
        return None
    lead = tail[: at - len(role.text.split())]
    if lead and lead[-1].lower() not in {"the", "its", "their"}:
        return None
    return Role(role.text, " ".join(body))


def _club_before(words: list[str], role: str) -> str | None:
    """The side whose name stands right before a player's or coach's role ("Ferencváros coach
    Tamás Oláh", "Dinamo Zagreb midfielder"); a country there is a national side, read
    elsewhere, and a capitalised ordinary word ("Veteran coach") is no side."""
    if role.split()[-1].lower() not in _PLAYER_ROLES:
        return None
    run: list[str] = []
    for w in reversed(words[-3:]):
        if not w[:1].isupper() or w in NOT_NAME_WORDS or w.lower() in ROLE_MODIFIERS:
            break
        run.insert(0, w)
    if not run or country_of(" ".join(run)) or run[0] in DEMONYMS:
        return None
    return " ".join(run)


# Words a company's full name adds to its short one: "Hoshimura Electric Co.", "Orlen SA".
_LEGAL_SUFFIXES = frozenset(
    "Co Inc Ltd Plc PLC LLC AG SA SE NV BV GmbH AB ASA Corp Corporation Company Group "
    "Holdings Holding Limited".split()
)


def _with_legal_suffix(full: str, short: str) -> bool:
    """Whether `full` is `short` followed only by legal or group words."""
    if not full.startswith(short + " "):
        return False
    rest = full[len(short) + 1 :].split()
    return bool(rest) and all(t.rstrip(".") in _LEGAL_SUFFIXES for t in rest)


def _as_shown(quotes: list[Quote]) -> tuple[Quote, ...]:
    """The quotes without the comma that closes them before their speaker: "“We are ready,”
    she said" quotes "We are ready"."""
    return tuple(Quote(q.text.rstrip(",").rstrip(), q.evidence) for q in quotes)


def _ambiguous_role(text: str) -> bool:
    """A role a company can hold as well as a person ("owner", "investor", "rival")."""
    head = text.split(" of ")[0].split()
    return bool(head) and head[-1].lower() in PERSON_INTRODUCERS


def _drop_trailing_people(tokens: list[str]) -> list[str]:
    """Cut "and Angus Robertson" or a bare name after the body's last cue word: in "the
    Scottish National Party Angus Robertson" the name is a person, not part of the party."""
    if "and" in tokens:
        at = tokens.index("and")
        after = tokens[at + 1 :]
        if country_of(" ".join(after)) and not ORG_CUES.isdisjoint(tokens[:at]):
            return tokens[:at]  # "The European Union and China hold ...": two actors
        # "... Security and Co-operation in Europe" runs on with joining words; a person's
        # name does not.
        if (
            ORG_CUES.isdisjoint(after)
            and not ORG_CUES.isdisjoint(tokens[:at])
            and all(t[:1].isupper() for t in after)
            # "... for Consumers and Markets": one word after "and" is the name's own; a
            # person takes two ("and Angus Robertson").
            and len(after) > 1
        ):
            tokens = tokens[:at]
    first = min(i for i, t in enumerate(tokens) if t in ORG_CUES)
    # "Bank of Korea Governor Rhee Chang-yong", "European Council President António Costa and
    # Commission President ...": the body ends before a title followed by a name.
    for j in range(first + 1, len(tokens) - 1):
        if is_role_head(tokens[j]) and is_name_token(tokens[j + 1]):
            while j > first + 1 and tokens[j - 1].lower() in ROLE_MODIFIERS:
                j -= 1  # "Senate Majority Leader": "Majority" is the title's
            tokens = tokens[:j]
            break
    last = max(i for i, t in enumerate(tokens) if t in ORG_CUES)
    tail = tokens[last + 1 :]
    if len(tail) >= 2 and all(is_name_token(t) and t not in NAME_PARTICLES for t in tail):
        tokens = tokens[: last + 1]
    return tokens


def _inside_org_name(st: _Sent, m: re.Match[str]) -> bool:
    """Whether a name chunk continues an organisation's name after a joining word: "Minas
    Gerais" of "Federal University of Minas Gerais", "Tropical Medicine" after "Hygiene &"."""
    start = m.start()
    if not st.masked.endswith((" of ", " of the ", " & ", " and ", " for ", " for the "), 0, start):
        return False
    if any(is_role_head(t) or t in HONORIFICS for t in m.group(0).split()):
        return False
    # Chunks do not overlap: only the last one starting before the name can hold it.
    i = bisect.bisect_left(st.org_starts, start) - 1
    if i >= 0:
        org = st.org_chunks[i]
        if org.start() < start < org.end():
            return any(t in ORG_CUES for t in st.masked[org.start() : start].split())
    return False


# What ends the clause before a subject: "..., but Baltrix withdrew", "...; Baltrix withdrew".
_CLAUSE_OPENERS = (", but ", "; ", ", and ", ", while ", ", although ")


def _local_head(role: str | None) -> bool:
    return bool(role and role.split() and role.split()[-1].lower() in _LOCAL_HEADS)


def _place_before(words: list[str], role: str) -> str | None:
    """The capitalised words just before a local head's title: "Osaka Governor", "São Paulo
    state governor". A sentence's first word alone is not taken ("Governor" after "The")."""
    head = len(words) - len(role.split())
    run: list[str] = []
    k = head - 1
    while k >= 0 and words[k][:1].isupper() and words[k].isalpha() and len(run) < 3:
        run.insert(0, words[k])
        k -= 1
    if not run or run[0] in ("The", "A", "An"):
        return None
    name = " ".join(run)
    if place_name(name):
        return place_name(name)
    # An unknown name is a place only where nothing else can be: not a day or month ("said on
    # Monday Governor X"), not after a preposition, not the sentence's first word alone.
    if any(w in WEEKDAYS or w in MONTHS or is_role_head(w) for w in run):
        return None
    if (k < 0 and len(run) == 1) or (k >= 0 and words[k].lower() in _PREPOSITIONS):
        return None
    return name


_PREPOSITIONS = frozenset("on in at by for from to with of".split())


def _opens_sentence(before: str) -> bool:
    """Whether only a determiner and lower-case or national words stand before a name at the
    start of a sentence ("Danish logistics group Vestholm", "The US Supreme Court")."""
    words = before.split()
    if len(words) > 5:
        return False
    return all(w.islower() or w in {"The", "A", "An"} or country_of(w.rstrip(",")) for w in words)


@dataclass
class _Person:
    name: str
    tokens: list[str]
    role: str | None = None
    affiliation: str | None = None
    possessor: str | None = None
    government: bool = False
    court: bool = False
    # "Professor", "Rabbi": the honorific as a role, for when no other is given.
    title_post: str | None = None
    first_sentence: int = 0
    aliases: list[str] = field(default_factory=list)
    evidence: set[int] = field(default_factory=set)
    quotes: list[Quote] = field(default_factory=list)
    last_seen: tuple[int, int] = (-1, -1)
    # The name's words in lower case, kept with `tokens`: every mention is matched against them.
    low: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.low = [t.lower() for t in self.tokens]

    def rename(self, tokens: list[str]) -> None:
        self.name = " ".join(tokens)
        self.tokens = tokens
        self.low = [t.lower() for t in tokens]


@dataclass
class _Entity:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    evidence: set[int] = field(default_factory=set)
    quotes: list[Quote] = field(default_factory=list)
    weak: bool = False


@dataclass
class _Sent:
    """A sentence with what every rule reads from it, found once: several rules share these."""

    sentence: Sentence
    text: str
    masked: str
    quotes: list[QuoteSpan]
    name_chunks: list[re.Match[str]]
    # Only filled when the sentence has a cue word: rules keep a run only if it holds one.
    org_chunks: list[re.Match[str]]
    words: frozenset[str]
    lower_words: frozenset[str]

    @functools.cached_property
    def org_starts(self) -> list[int]:
        """Where each organisation chunk starts, in order: a run-on paragraph has thousands."""
        return [o.start() for o in self.org_chunks]


def _prepare(sentences: Sequence[Sentence]) -> list[_Sent]:
    out: list[_Sent] = []
    for s in sentences:
        text = s.text
        quotes = find_quotes(text)
        masked = mask_quotes(text, quotes)
        m = _DATELINE.match(masked)
        if m:
            masked = " " * m.end() + masked[m.end() :]
        words, lower_words = word_sets(masked)
        out.append(
            _Sent(
                s,
                text,
                masked,
                quotes,
                list(NAME_CHUNK.finditer(masked)),
                _org_chunks(masked, words),
                words,
                lower_words,
            )
        )
    return out


def _place_after(text: str, pos: int) -> str | None:
    """One or two capitalised words in " of (the) X Y" or " from X" at pos."""
    for cue in (" of ", " from "):
        if text.startswith(cue, pos):
            at = pos + len(cue)
            if text.startswith("the ", at) and cap_word_at(text, at + 4):
                at += 4
            return " ".join(cap_run_at(text, at, limit=2)) or None
    return None


def _portfolio_word(word: str) -> bool:
    """A capitalised word that can name an office's field ("Commerce", "Competition"): not a
    place, a people, a party, a plural or a word that ends names."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and not word.endswith("s")
        and word not in NOT_NAME_WORDS
        and word not in CAPITALISED_PERSON_NOUNS
        and word not in DEMONYMS
        and not country_of(word)
        and not place_name(word)
        and not is_role_head(word)
    )


def _possessor(phrase: str) -> bool:
    """Whether the words before a possessive name an owner: capitalised words, perhaps after
    "the" or one lower-case word ("the company's"), but not a role ("the minister's")."""
    words = phrase.split(" ")
    if words[0] == "the" and len(words) > 1:
        words = words[1:]
    first, rest = words[0], words[1:]
    if (
        len(words) == 2
        and all(_LOWER_ASCII.fullmatch(w) for w in words)
        and words[1] in ORG_INTRODUCERS
        and words[1] not in PERSON_INTRODUCERS
    ):
        return True  # "the rail operator's chief executive"
    if not (is_cap_word(first) or _LOWER_ASCII.fullmatch(first)):
        return False
    if not all(is_cap_word(w) for w in rest):
        return False
    return not (phrase.islower() and ends_in_role(phrase.split()))


def _org_at_end(text: str) -> int | None:
    """Where "at the Health Service Executive" starts when a role phrase ends on it, if it does
    and not at the very start."""
    for m in _AT_CUE.finditer(text):
        rest = text[m.end() :]
        if m.group(0) == "from " and ORG_CUES.isdisjoint(rest.split()):
            # "a teacher from the Workers' Party" is the party's; "a farmer from Ohio" is not
            # Ohio's.
            continue
        if _capitalised_name(rest.removeprefix("the ")) or _capitalised_name(rest):
            return m.start() or None
    return None


def _capitalised_name(text: str) -> bool:
    """Capitalised words, single spaces, at most one joining word between two ("Bank of Spain",
    "Workers' Party")."""
    words = _INNER_POSSESSIVE.sub("", text).split(" ")
    if not is_cap_word(words[0]):
        return False
    i = 1
    while i < len(words):
        if is_cap_word(words[i]):
            i += 1
        elif words[i] in _ORG_JOINERS and i + 1 < len(words) and is_cap_word(words[i + 1]):
            i += 2
        else:
            return False
    return True


def _titled_thing(text: str, start: int, title: list[str], name: list[str]) -> bool:
    """True for "the Major Leagues", "the President Hotel": after "the", a title and one word
    name a thing; a person is "President Obama" or "the president, Barack Obama"."""
    return (
        bool(title)
        and len(name) == 1
        and not any(t in HONORIFICS for t in title)
        and _THE_BEFORE.search(text, max(0, start - 4), start) is not None
    )


def _names_someone(words: list[str]) -> bool:
    """True when a title in the phrase is followed by a name ("including Ambassador Chris
    Stevens"): the phrase introduces another person, it is not the role of the name before it."""
    if any(w in HONORIFICS and is_name_token(nxt) for w, nxt in pairwise(words)):
        # "pro golfer Mrs Rynkiewicz and her husband": another person is named; not "the
        # Archbishop of Manila", an office.
        return True
    if (
        len(words) > 1
        and words[-2].islower()
        and words[-2] not in _ROLE_CONTINUERS
        and is_name_token(words[-1])
    ):
        # "golfer husband Andrzej": the phrase ends on someone else's name.
        return True
    return any(
        w.lower() in ROLE_HEADS and nxt[0].isupper() and is_name_token(nxt)
        for w, nxt in pairwise(words)
    )


def _org_chunks(masked: str, words: frozenset[str]) -> list[re.Match[str]]:
    """Capitalised runs that may name an organisation; only worth finding with a cue word
    ("Nations" of "United Nations" is one)."""
    if ORG_CUES.isdisjoint(words):
        return []
    return list(ORG_CHUNK.finditer(masked))


def _role_from_appositive(phrase: str) -> Role | None:
    """Read "the Health Service Executive's national director of public health" as a role."""
    # A role needs its head among the phrase's words; most appositives hold none.
    words = phrase.split()
    if ROLE_HEADS.isdisjoint(w.lower() for w in words) and not any(map(is_role_head, words)):
        return None
    rest = _DETERMINER.sub("", phrase, count=1)
    possessor = None
    affiliation = None
    m = _POSSESSIVE_PHRASE.match(rest)
    if m and _possessor(m.group(1)):
        possessor = m.group(1)
        rest = rest[m.end() :]
    words = rest.split()
    while words and _AGE_WORD.fullmatch(words[0]):
        words = words[1:]  # "a 54-year-old rice farmer"
    if words and country_of(words[0]):
        affiliation = country_of(words[0])
        words = words[1:]
    elif len(words) > 1 and country_of(" ".join(words[:2])):
        affiliation = country_of(" ".join(words[:2]))
        words = words[2:]
    for i, w in enumerate(words):
        # A role ends before a date or a number ("campaign chair October 28"); a place noun
        # goes on ("medical director of St Mary's Hospital").
        if (w in NOT_NAME_WORDS and w not in _NAMED_PLACE_NOUNS) or w[0].isdigit():
            words = words[:i]
            break
    if (
        len(words) >= 3
        and words[-2].lower() in ORG_INTRODUCERS
        and is_cap_word(words[-1])
        and not ROLE_HEADS.isdisjoint(w.lower() for w in words[:-2])
    ):
        # "head of the pilots' union SNPL": the body named last, after its noun.
        head = words[:-2]
        for k, w in enumerate(head):
            if k and w in ("of", "at", "for"):
                head = head[:k]
                break
        return Role(" ".join(head), words[-1], possessor)
    if not words or len(words) > 10 or _names_someone(words):
        return None
    text = " ".join(words)
    at = None if ends_in_role(words) else _org_at_end(text)
    org = None
    if at:
        org = text[at:].split(" ", 1)[1]
        org = re.sub(r"^the ", "", org)
        text = text[:at].rstrip()
        words = text.split()
    head_at = [i for i, w in enumerate(words) if w.lower() in ROLE_HEADS or is_role_head(w)]
    if not head_at or head_at[0] > 3:
        return None
    nxt = words[head_at[-1] + 1] if head_at[-1] + 1 < len(words) else None
    if nxt and nxt.islower() and nxt not in _ROLE_CONTINUERS and not is_role_head(nxt):
        # "Incredibly, the teenager managed to avoid...": a clause, not a role.
        return None
    first = words[0]
    # A capitalised first word must belong to the office ("Deputy Secretary of State").
    if (
        first[0].isupper()
        and first.lower() not in ROLE_HEADS
        and not country_of(first)
        and not ends_in_role(words[: head_at[0] + 1])
    ):
        return None
    if org and not affiliation:
        affiliation = org
    club = None if affiliation else _club_before(words[:-1], words[-1])
    if club:
        # "the Dinamo Zagreb midfielder": a midfielder, of Dinamo Zagreb.
        cut = len(words) - 1 - len(club.split())
        text, affiliation = " ".join([*words[:cut], words[-1]]), club
    if not affiliation and len(words) > 1 and words[0].isupper() and words[0].isalpha():
        # "the WHO director-general": the body's acronym opens the role.
        affiliation = words[0]
    return Role(text, affiliation, possessor)


class _Extractor:
    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sents = _prepare(sentences)
        # The sentences one per line, and where each starts, to search them all at once.
        self.article_text = "\n".join(st.text for st in self.sents)
        self.sentence_starts = list(
            accumulate((len(st.text) + 1 for st in self.sents[:-1]), initial=0)
        )
        self.persons: list[_Person] = []
        # Every word, in lower case, of every name a person has had: a quick test before
        # matching a chunk against each person.
        self.person_words: set[str] = set()
        self.entities: dict[str, _Entity] = {}
        self.products: set[str] = set()
        # Every written form of each organisation (name, acronym), to read "FBI director X".
        self.org_forms: dict[str, str] = {}
        self.statement_actor: object | None = None
        self.last_quote_owner: object | None = None

    # Organisations, countries, groups ------------------------------------------------

    def _entity(self, name: str, kind: str, index: int) -> _Entity:
        ent = self.entities.get(name)
        if ent is None:
            ent = _Entity(name, kind)
            self.entities[name] = ent
        ent.evidence.add(index)
        return ent

    def find_organisations(self) -> None:
        # Every word as written anywhere in the article: "TOP" is shouted when "top" occurs.
        seen = frozenset().union(*(st.words for st in self.sents))
        for st in self.sents:
            if not _PRODUCT_WORDS.isdisjoint(st.words):
                self.products.update(product_names(st.masked))
        cap_counts: dict[str, int] = {}
        for st in self.sents:
            for m in st.name_chunks:
                cap_counts[m.group(0)] = cap_counts.get(m.group(0), 0) + 1
        self.name_words = _name_words(cap_counts)
        surnames = self.name_words.surnames
        self.surnames = surnames
        self.seen = seen
        for st in self.sents:
            idx = st.sentence.index
            text = st.masked
            if "(" in text:
                for m in _ACRONYM_DEF.finditer(text):
                    self._acronym_definition(text, m, idx)
            for m in st.org_chunks:
                for part in m.group(0).split(" and the "):
                    name = self._clean_org(part)
                    if name:
                        self._entity(name, "organization", idx)
                        tail = part.rsplit(" and ", 1)[-1] if " and " in part else ""
                        country = country_of(tail) if tail else None
                        if country and name != part:
                            # "The European Union and China": the country is an actor too.
                            self._entity(country, "country", idx)
            if not _INTRODUCER_WORDS.isdisjoint(st.words):
                for name in introduced_names(text):
                    if self._plausible_org(name):
                        self._entity(name, "organization", idx)
            if not _TRAILER_WORDS.isdisjoint(st.words):
                for name in trailed_names(text):
                    if self._plausible_org(name) and len(name.split()) > 1:
                        self._entity(name, "organization", idx)
            for name in described_bodies(text, st.lower_words):
                # "Vattenfall, the Swedish utility,", "Kestrel Mining shares jumped".
                if name not in surnames and self._plausible_org(name):
                    self._entity(name, "organization", idx)
            if not _LOCAL_BODY_WORDS.isdisjoint(st.words):
                for place, body in local_bodies(text):
                    if place not in NOT_NAME_WORDS:
                        self._entity(f"{place} {body}", "organization", idx)
            for m in _ALLCAPS.finditer(text):
                name = _acronym_org(text, m, seen)
                if name:
                    self._entity(name, "organization", idx)
            self._subject_org(st, cap_counts, surnames)
            self._acting_bodies(st, surnames)
            self._acting_groups(st)
            self._countries(st)

    def _acting_groups(self, st: _Sent) -> None:
        """Groups that act: "residents said", "Several MEPs voted"."""
        if _GROUP_WORDS.isdisjoint(st.lower_words) or _GROUP_VERBS.isdisjoint(st.lower_words):
            return
        for m in _WORD_PAIR.finditer(st.masked):
            if m.group(1).lower() in _GROUP_WORDS and m.group(2).lower() in _GROUP_VERBS:
                self._group(m.group(1), st.sentence.index)

    def _acting_bodies(self, st: _Sent, surnames: set[str]) -> None:
        """Bodies known by "the": "The Taliban said", "the Chicago Cubs beat"; a city's name
        before a capitalised plural is a team ("Kansas City Royals"); a name before "militants"
        or "fans" is the group they belong to."""
        text = st.masked
        members = _MEMBER_NOUNS.intersection(st.lower_words)
        for m in st.name_chunks:
            chunk = m.group(0)
            if chunk.startswith("The "):
                name = chunk[4:]
            elif text.endswith("the ", 0, m.start()):
                name = chunk
            else:
                name = None
                # Most chunks fit none of the three readings: skip them before splitting.
                if not members and not (chunk.endswith("s") and " " in chunk):
                    continue
            tokens = (name or chunk).split()
            if (
                name
                and _PLAIN_VERB.match(text, m.end())
                and self._body_name(tokens, surnames)
                and not (len(tokens) == 1 and tokens[0] in CAPITALISED_PERSON_NOUNS)
            ):
                self._entity(name, "organization", st.sentence.index)
                continue
            team = _city_team(tokens)
            if team:
                self._entity(team, "organization", st.sentence.index)
                continue
            if (
                members
                and any(text.startswith(f" {n}", m.end()) for n in members)
                and self._body_name(tokens, surnames)
                and not (len(tokens) > 1 and all(is_name_token(t) for t in tokens))
                and not (len(tokens) == 1 and chunk.lower() in self.seen)
                and not place_name(chunk)
            ):
                self._entity(chunk, "organization", st.sentence.index)

    def _body_name(self, tokens: list[str], surnames: set[str]) -> bool:
        """Whether capitalised words can name a body rather than a person, title, event or
        place: no word is a time, event or place word, a title or a role, and a single word is
        not part of someone's full name ("the Donald", "the Bushes")."""
        if any(t in NOT_NAME_WORDS or t in HONORIFICS or is_role_head(t) for t in tokens):
            return False
        if len(tokens) == 1:
            word = tokens[0]
            if word in surnames or word in self.name_words:
                return False
            if word.endswith("s") and (word[:-1] in surnames or word[:-2] in surnames):
                return False
        return self._plausible_org(" ".join(tokens))

    def _subject_org(self, st: _Sent, cap_counts: dict[str, int], surnames: set[str]) -> None:
        """A repeated single name opening a sentence as the subject of a company verb."""
        # Only the first chunk can open the sentence.
        if not st.name_chunks:
            return
        m = st.name_chunks[0]
        text = st.masked
        chunk = m.group(0)
        if text[: m.start()].strip() or " " in chunk or cap_counts.get(chunk, 0) < 2:
            return
        if chunk in surnames or not self._plausible_org(chunk):
            return
        if _ORG_VERBS.match(text, m.end()) or text.startswith(", which", m.end()):
            self._entity(chunk, "organization", st.sentence.index)
        elif (_WEAK_ORG_VERBS.match(text, m.end()) or text.startswith(("’s", "'s"), m.end())) and (
            chunk.upper() in KNOWN_ACRONYMS or self._acts_as_body(chunk)
        ):
            # "Brexit has divided the country" and "Brexit's impact": any noun takes these;
            # the name is a body only if it also says, announces or signs somewhere, or is a
            # known acronym written as a word ("Nato has").
            self._entity(chunk, "organization", st.sentence.index)

    def _acts_as_body(self, name: str) -> bool:
        """Whether the name, somewhere in the article, does what only a body does."""
        for st in self.sents:
            at = st.masked.find(name)
            while at != -1:
                end = at + len(name)
                if _ORG_VERBS.match(st.masked, end) or st.masked.startswith(", which", end):
                    return True
                at = st.masked.find(name, end)
        return False

    def _acronym_definition(self, text: str, m: re.Match[str], idx: int) -> None:
        acronym = m.group(1)
        before = text[max(0, m.start() - 300) : m.start()].rstrip()
        chunk = None
        for c in ORG_CHUNK.finditer(before[-200:]):
            chunk = c
        if chunk is None or chunk.end() != len(before[-200:]):
            return
        tokens = chunk.group(0).split()
        caps = [i for i, t in enumerate(tokens) if t[0].isupper()]
        start = None
        letters = acronym.upper()
        for i in caps:
            initials = "".join(t[0] for t in tokens[i:] if t[0].isupper()).upper()
            if initials == letters:
                start = i
                break
        if start is None:
            start = next((i for i in caps if tokens[i][0] == acronym[0]), None)
            if start is not None and start == len(tokens) - 1 and tokens[start] in ORG_CUES:
                start = None  # "International Cycling Union (UCI)": not "Union" alone
        if start is None and not ORG_CUES.isdisjoint(tokens):
            # An acronym of the name in another language: "German Association of the
            # Automotive Industry (VDA)", "Doctors Without Borders (MSF)". The bracket right
            # after an organisation's name still defines it.
            start = next((i for i in caps if tokens[i] not in {"The", "A", "An"}), None)
        if start is None:
            return
        name = " ".join(tokens[start:])
        if name.split()[0] in NOT_NAME_WORDS:
            return
        ent = self._entity(name, "organization", idx)
        if acronym not in ent.aliases:
            ent.aliases.append(acronym)

    def _plausible_org(self, name: str) -> bool:
        first = name.split()[0]
        return (
            first not in NOT_NAME_WORDS
            and first not in DEMONYMS
            and first not in HONORIFICS
            and not country_of(name)
            and not place_name(name)
            and name not in self.products
            and not any(t in _PLACE_NOUNS for t in name.split())
        )

    def _clean_org(self, chunk: str) -> str | None:
        tokens = chunk.split()
        # Trimming only drops words, and a name without a cue word is not kept: check first.
        if ORG_CUES.isdisjoint(tokens):
            return None
        # "Priya Raman of the Pacific Legal Foundation": a name without a cue before "of" is a
        # person or a group of people, and the body is what follows.
        if "of" in tokens:
            at = tokens.index("of")
            if ORG_CUES.isdisjoint(tokens[:at]) and at + 1 < len(tokens):
                tokens = tokens[at + 1 :]
        # "Representatives of the International Energy Agency": the people are not the body.
        if (
            len(tokens) > 2
            and tokens[1] == "of"
            and tokens[0] not in ORG_CUES
            and (tokens[0].lower() in GROUP_NOUNS or tokens[0].endswith("s"))
        ):
            tokens = tokens[2:]
        while tokens and (
            tokens[0] in NOT_NAME_WORDS
            or tokens[0].lower() in _LEADING_LINKS  # "According to the New York Times"
            or tokens[0].endswith("-based")  # "US-based Mondelez International"
        ):
            if tokens[0] in ORG_CUES:
                break
            tokens = tokens[1:]
        if any(t in _PLACE_NOUNS for t in tokens):
            return None
        for i, t in enumerate(tokens[1:], 1):
            if t in NOT_NAME_WORDS and t not in ORG_CUES:
                tokens = tokens[:i]
                break
        while tokens and not tokens[-1][0].isupper():
            tokens = tokens[:-1]
        if len(tokens) > 2 and tokens[-1] == "Buy" and tokens[-2] in ORG_CUES:
            tokens = tokens[:-1]  # "The Washington Post Buy Photo": a caption's button
        if not tokens or not any(t in ORG_CUES for t in tokens):
            return None
        tokens = _drop_trailing_people(tokens)
        if tokens[-1] in _PLACE_NOUNS or any(t in _PLACE_NOUNS for t in tokens):
            return None
        if tokens[0] == "Members" and len(tokens) > 2 and tokens[1] == "of":
            return None
        for i in range(1, len(tokens) - 1):
            if tokens[i] == "in" and place_name(tokens[i + 1]) in CITIES:
                tokens = tokens[:i]
                break
        if len(tokens) == 1 and tokens[0] in ORG_CUES:
            return None
        name = " ".join(tokens)
        title, rest = split_title(tokens)
        if title and rest and not any(t in ORG_CUES for t in rest):
            return None
        if is_role_head(tokens[-1]) and all(
            is_role_head(t) or t.lower() in ROLE_MODIFIERS for t in tokens
        ):
            return None  # "Chief Executive Mara Lindqvist": a title, whatever its capitals
        return name

    def _group(self, noun: str, idx: int) -> None:
        key = noun.lower()
        for ent in self.entities.values():
            if ent.kind == "group" and noun in ent.aliases:
                ent.evidence.add(idx)
                return
        # "MEPs" and "Democrats" keep their capitals; "Residents" opening a sentence does not.
        if noun.isupper() or not noun[1:].islower() or noun in PARTY_GROUP_NOUNS:
            name = noun
        else:
            name = key
        self._entity(name, "group", idx)

    def _countries(self, st: _Sent) -> None:
        idx = st.sentence.index
        if not _COUNTRY_WORDS.isdisjoint(st.words):
            self._country_names(st)
        if _DEMONYM_WORDS.isdisjoint(st.words):
            return
        for _, end, surface in _find_names(_DEMONYM_INDEX, st.masked):
            if _EVENT_NAME_AFTER.match(st.masked, end):
                continue  # "the French Open", "the Canadian Grand Prix": an event's name
            ent = self._entity(DEMONYMS[surface], "country", idx)
            if len(ent.evidence) == 1 and not ent.aliases:
                ent.weak = True

    def _country_names(self, st: _Sent) -> None:
        idx = st.sentence.index
        for start, end, surface in _find_names(_COUNTRY_INDEX, st.masked):
            if self._inside_org(st, start, end) or _EVENT_NAME_AFTER.match(st.masked, end):
                continue  # "the Brazil GP": an event's name
            ent = self._entity(COUNTRIES[surface], "country", idx)
            if surface != ent.name and surface not in ent.aliases:
                ent.aliases.append(surface)

    def _inside_org(self, st: _Sent, start: int, end: int) -> bool:
        """True when the place at start:end is part of a longer organisation name."""
        for m in st.org_chunks:
            if m.start() > start:
                break
            if end <= m.end() and (m.start(), m.end()) != (start, end):
                return any(t in ORG_CUES for t in m.group(0).split())
        return False

    def link_org_aliases(self) -> None:
        """Fold acronyms and short forms into the full organisation name."""
        orgs = [e for e in self.entities.values() if e.kind == "organization"]
        for short in list(orgs):
            if short.name not in self.entities:
                continue
            for full in orgs:
                if full is short or full.name not in self.entities:
                    continue
                toks = full.name.split()
                initials = "".join(t[0] for t in toks if t[0].isupper())
                if (
                    short.name == initials
                    or short.name in full.aliases
                    or (len(toks) > 1 and short.name == toks[0] and len(short.name) > 3)
                    or _with_legal_suffix(full.name, short.name)
                    # "Leeds Traders" cut from "Leeds Traders' Association" at its apostrophe.
                    or full.name.startswith((short.name + "'", short.name + "’"))
                    # "Commission" for "European Commission", when no other body ends so.
                    or (
                        short.name in ORG_CUES
                        and len(toks) > 1
                        and toks[-1] == short.name
                        and sum(o.name.endswith(" " + short.name) for o in orgs) == 1
                    )
                ):
                    full.evidence |= short.evidence
                    if short.name not in full.aliases:
                        full.aliases.append(short.name)
                    del self.entities[short.name]
                    break
        for ent in self.entities.values():
            if ent.kind != "organization":
                continue
            toks = ent.name.split()
            if len(toks) > 1 and toks[-1] in ORG_CUES:
                bare = f"the {toks[-1]}"
                same = [e for e in self.entities.values() if e.name.endswith(f" {toks[-1]}")]
                if len(same) == 1:
                    the_cue = re.compile(rf"\b[Tt]he {toks[-1]}\b(?! of)")
                    for st in self.sents:
                        if toks[-1] in st.words and the_cue.search(st.masked):
                            ent.evidence.add(st.sentence.index)
                            if bare not in ent.aliases:
                                ent.aliases.append(bare)
        for group in [e for e in self.entities.values() if e.kind == "group"]:
            if group.name.lower() == "meps":
                for ent in self.entities.values():
                    if ent.kind == "group" and ent.name.startswith("Members of"):
                        ent.evidence |= group.evidence
                        ent.aliases.append(group.name)
                        del self.entities[group.name]
                        break

    def find_member_groups(self) -> None:
        for st in self.sents:
            for group, body in members_of(st.masked):
                ent = self._entity(group, "group", st.sentence.index)
                ent.weak = False
                self._entity(body, "organization", st.sentence.index)

    def count_org_mentions(self) -> None:
        """Every sentence that names an organisation or country, by name or alias."""
        person_tokens = {t for p in self.persons for t in p.tokens}
        for name in [n for n in self.entities if n in person_tokens]:
            del self.entities[name]
        for ent in self.entities.values():
            if ent.kind != "organization":
                continue
            forms = [ent.name, *(a for a in ent.aliases if not a.startswith("the "))]
            short = self._short_form(ent.name)
            if short:
                forms.append(short)
                ent.aliases.append(short)
            toks = ent.name.split()
            if len(toks) > 2 and toks[-1].rstrip(".") in _LEGAL_SUFFIXES:
                # Headlines drop the "Co." of "Hoshimura Electric Co.".
                bare = " ".join(toks[:-1])
                forms.append(bare)
                if bare not in ent.aliases:
                    ent.aliases.append(bare)
            for form in forms:
                ent.evidence.update(self._sentences_naming(form))

    def _sentences_naming(self, name: str) -> Iterator[int]:
        """The index of each sentence where name stands as whole words, once per mention."""
        # One search through the whole article instead of one per sentence; a name never
        # holds a line break, so no mention runs across the break between two sentences.
        text = self.article_text
        a = text.find(name)
        while a != -1:
            b = a + len(name)
            if (a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b].isalnum()):
                at = bisect.bisect_right(self.sentence_starts, a) - 1
                yield self.sents[at].sentence.index
            a = text.find(name, a + 1)

    def _short_form(self, name: str) -> str | None:
        """A brand's first word when the article also uses it alone ("Dasol" for "Dasol AI")."""
        tokens = name.split()
        first = tokens[0]
        if len(tokens) < 2 or len(first) < 4 or any(t in ORG_CUES for t in tokens):
            return None
        if first in NOT_NAME_WORDS or country_of(first) or place_name(first) or first.isupper():
            return None
        alone = re.compile(rf"(?<=\w )(?<!\. ){re.escape(first)}(?! {re.escape(tokens[1])})\b")
        if any(alone.search(st.text) for st in self.sents):
            return first
        return None

    def find_spoken_for(self) -> None:
        """Bodies named only as having a spokesperson ("a spokeswoman for Mondelez
        International"), shares or a stake; read after the people, as a person has
        spokespeople too."""
        person_words = {t for p in self.persons for t in p.tokens}
        for st in self.sents:
            found = spoken_for(st.masked) if "spokes" in st.masked else ()
            for name in (*found, *traded_names(st.masked)):
                words = name.split()
                if (
                    name in self.entities
                    or name in self.org_forms
                    or not person_words.isdisjoint(words)
                    or any(w in HONORIFICS for w in words)
                    or not self._plausible_org(name)
                ):
                    continue
                self._entity(name, "organization", st.sentence.index)

    def find_opponent_clubs(self) -> None:
        """Sides a match report names only as opponents; read after the people, so that
        "against Nadal" in a report that also calls him a player stays a person."""
        if not team_sport([st.masked for st in self.sents]):
            return
        person_words = {t for p in self.persons for t in p.tokens}
        for st in self.sents:
            text = _DATELINE.sub("", st.masked, count=1)
            for name in (*opponents(text), *sides(text)):
                words = name.split()
                if (
                    words[0] in NOT_NAME_WORDS
                    or not person_words.isdisjoint(words)
                    or country_of(name)
                    or name in self.products
                ):
                    continue
                # In a match report a city's name is its club ("Liverpool were held").
                self._entity(name, "organization", st.sentence.index)

    # People ---------------------------------------------------------------------------

    def find_people(self) -> None:
        # An entity's name, alias or first word is not a person ("Dasol" of "Dasol AI").
        not_people = set(self.entities) | self.products
        for e in self.entities.values():
            not_people.update(e.aliases)
            not_people.add(e.name.split()[0])
            if e.kind == "organization":
                for form in (e.name, *e.aliases):
                    self.org_forms.setdefault(form, e.name)
        self.org_heads = self._org_heads()
        self.acting = self._acting_surnames()
        self.deferred: list[tuple[_Sent, list[str], int]] = []
        for st in self.sents:
            idx = st.sentence.index
            for m in st.name_chunks:
                self._consider(st, m, idx, not_people)
        # A full name seen before the evidence that makes it a person ("MAX VERSTAPPEN" in
        # the headline, "Max Verstappen showed..." before "Verstappen lost control").
        known_words = {t for p in self.persons for t in p.low}
        for st, tokens, pos in self.deferred:
            if tokens[-1].lower() not in known_words:
                continue
            known = self._match_person(tokens)
            if known is not None:
                self._update(known, None, st.sentence.index, pos, st.masked)

    def _acting_surnames(self) -> frozenset[str]:
        """Last words of full names that also stand alone as someone who acts: "Verstappen
        lost control", "Clinton was investigated", "Brenner, 31, moved up". A body's short
        form is its first word ("Goldman said"), and one named with "the" is not a person."""
        found: set[str] = set()
        for st in self.sents:
            if self.surnames.isdisjoint(st.words):
                continue
            text = st.masked
            for m in st.name_chunks:
                word = m.group(0)
                if (
                    word in self.surnames
                    and word not in found
                    and _ACTS.match(text, m.end())
                    and not text.endswith(("the ", "The "), 0, m.start())
                ):
                    found.add(word)
        return frozenset(found)

    def _shouted_name(self, tokens: list[str]) -> list[str] | None:
        """The name in a shouted run ("FELIPE MASSA", "HILLARY Clinton") written as the
        article writes it elsewhere, or None when a word of it never appears in lower case."""
        out: list[str] = []
        for t in tokens:
            if t.isupper() and len(t) > 2:
                t = "-".join(part.capitalize() for part in t.split("-"))
                if t not in self.seen:
                    return None
            out.append(t)
        return out

    def _consider(self, st: _Sent, m: re.Match[str], idx: int, not_people: set[str]) -> None:
        text = st.masked
        chunk = m.group(0)
        tokens = chunk.split()
        # Most chunks are one word ("The", "Monday", "Vestholm"): settle those at once.
        if len(tokens) == 1 and (chunk in NOT_NAME_WORDS or not is_name_token(chunk)):
            return
        if not chunk.istitle() and any(
            t.isupper() and len(t) > 2 and t.capitalize() in self.seen for t in tokens
        ):
            self._defer_shouted(st, m, tokens)
            return
        if len(tokens) > 2 and tokens[0] in self.org_forms and is_role_head(tokens[1]):
            # "EPA Administrator Thomas Beckwith": the organisation opens the title.
            tokens = tokens[1:]
        if st.org_chunks and _inside_org_name(st, m):
            return
        title, name_tokens = split_title(tokens)
        if not title and text.endswith(". ", 0, m.start()):
            # "Mrs. Clinton", "Mr. Trump's": the full stop of a short title ends the chunk
            # before the name, but the title still marks a person.
            dotted = _DOTTED_TITLE.search(text, max(0, m.start() - 12), m.start())
            # "Mr. Incredible": an ordinary word the article also writes in lower case.
            if dotted and not (len(tokens) == 1 and chunk.lower() in self.seen):
                title = [dotted.group(1)]
        if not title and text.endswith(" of ", 0, m.start()):
            # "Secretary of State John Bolton": the office runs on past the "of".
            lead = 0
            while lead < len(tokens) - 1 and not is_name_token(tokens[lead]):
                lead += 1
            title, name_tokens = tokens[:lead], tokens[lead:]
        if _titled_thing(text, m.start(), title, name_tokens):
            return
        name_tokens = strip_suffixes(name_tokens)
        if title and name_tokens and name_tokens[0] in NOT_NAME_WORDS:
            # "Major League Baseball": the title word belongs to a thing's name.
            return
        if (
            len(name_tokens) > 1
            and not title
            and not text[: m.start()].strip()
            and name_tokens[0].lower() in self.seen
        ):
            # "Victorious Trump", "Outgoing Obama": an ordinary word opening the sentence.
            name_tokens = name_tokens[1:]
        while name_tokens and (
            name_tokens[0] in NOT_NAME_WORDS
            or name_tokens[0] in CAPITALISED_PERSON_NOUNS
            or name_tokens[0] in PAGE_CHROME_WORDS
            or (len(name_tokens) > 2 and not is_name_token(name_tokens[0]))
        ):
            name_tokens = name_tokens[1:]
        for i, t in enumerate(name_tokens):
            if t in PAGE_CHROME_WORDS:
                name_tokens = name_tokens[:i]
                break
        for n in (2, 3):
            if len(name_tokens) >= 2 * n and name_tokens[-n:] == name_tokens[-2 * n : -n]:
                # "Brexit Gemma Pryor Gemma Pryor": a byline and a caption run together.
                name_tokens = name_tokens[-n:]
                break
        if len(name_tokens) == 1 and text.startswith(":", m.end()):
            # "Shame: Rose McGowan was defiant": a caption's label.
            return
        if not name_tokens or not all(is_name_token(t) for t in name_tokens):
            return
        if name_tokens[0][0].islower() or (
            name_tokens[-1][0].islower() and not is_article_name(name_tokens[-1])
        ):
            return  # a particle opens or ends no name; "al-Rashid" ends one
        name = " ".join(name_tokens)
        if name in not_people or any(t in ORG_CUES for t in name_tokens):
            return
        name_start = m.start() + chunk.find(name_tokens[0]) if title else m.start()
        before_words = words_of(text[max(0, name_start - 120) : name_start])
        after = text[m.end() : m.end() + 400]
        role: Role | None = None
        evidence = False
        if title and _IMAGINED.search(text, max(0, m.start() - 4), m.start()):
            # "under a President Clinton": an office imagined, not held.
            title, role = [], None
            evidence = False
        elif title:
            role = role_before(before_words) or (
                Role("") if any(t in HONORIFICS for t in title) else None
            )
            if role and role.text and len(role.text.split()) == 1 and title[-1:] == [role.text]:
                # "Commerce Secretary Howard Lutnick", "Civil Protection Minister X": the
                # portfolio is the office's; "New York Mayor" names a place, not a portfolio.
                field: list[str] = []
                for word in reversed(title[:-1][-2:]):
                    if not _portfolio_word(word):
                        break
                    field.insert(0, word)
                before_field = title[: len(title) - 1 - len(field)]
                if field and not (before_field and place_name(f"{before_field[-1]} {field[0]}")):
                    role = Role(" ".join([*field, role.text]), role.affiliation, role.possessor)
            evidence = True
        else:
            role = role_before(before_words)
            if role is None and before_words[-1:] == [","]:
                role = self._role_before_comma(before_words[:-1])
            evidence = role is not None
        if role and role.text and not role.possessor:
            # "Bank of Korea Governor": the body before the title, not the country in it.
            org = self._org_before(before_words[: -len(role.text.split())])
            if not role.affiliation:
                org = org or _club_before(before_words[: -len(role.text.split())], role.text)
            if org:
                role = Role(role.text, org)
        # "Liam O'Dwyer, 29, a roofer from Logan,": the appositive after the age.
        aged = _AGE.sub(",", after, count=1) if _AGE.match(after) else after
        app = _APPOSITIVE.match(aged)
        if app:
            app_role = _role_from_appositive(_BRACKETED_ACRONYM.sub("", app.group(1)))
            rest = aged[app.end() :]
            chair = _RELATIVE_CHAIR.match(rest)
            body = ORG_CHUNK.match(rest, chair.end()) if chair else None
            if app_role is not None:
                if body:
                    app_role = Role(
                        f"{app_role.text}, chair of the {body.group(0)}",
                        body.group(0),
                        app_role.possessor,
                    )
                if role is None or not role.text:
                    role = app_role
                evidence = True
            party = _FROM_PARTY.match(app.group(1)) if app_role is None else None
            if party and (role is None or not role.affiliation):
                # "Mette Kjærgaard, from the opposition Venstre party, accused ...": a member.
                role = Role(role.text if role else "", party["p"], role.possessor if role else None)
                evidence = True
        # A side is more telling than a nationality: "Dutch rider X, who rides for Y".
        works = (
            _WORKS_FOR.match(after)
            if role is None or not role.affiliation or country_of(role.affiliation)
            else None
        )
        side = ORG_CHUNK.match(after, works.end()) if works else None
        if side:
            # "Sven de Jong, who rides for Team Horizon": the side is the affiliation.
            self._entity(side.group(0), "organization", idx)
            role = Role(role.text if role else "", side.group(0), role.possessor if role else None)
            evidence = True
        was = _WHO_WAS.match(after) if (role is None or not role.text) else None
        office = (
            next(
                (
                    w[:k]
                    for w in [was["role"].split()]
                    for k in range(len(w), 0, -1)
                    if ends_in_role(w[:k])
                ),
                None,
            )
            if was
            else None
        )
        if was and office:
            # "Graham Pettifer, who was the trust's accountant for eleven years,".
            owner = (
                was["owner"].strip().removesuffix("'s").removesuffix("’s").strip("'’")
                if was["owner"]
                else None
            )
            role = Role(" ".join(office), None, owner)
            evidence = True
        rel = _WHO_LEADS.match(after) if (role is None or not role.text) else None
        body = ORG_CHUNK.match(after, rel.end()) if rel else None
        if rel and body:
            # "Kenji Arakawa, who heads the Fisheries Agency": the office the clause names.
            unit = f" of the {rel['unit'].strip()}" if rel["unit"] else ""
            role = Role(f"{_LEADING_ROLE[rel['v']]}{unit}", body.group(0))
            evidence = True
        if _AGE.match(after):
            evidence = True
        if (
            (role is None or not role.text)
            and len(name_tokens) > 1
            and _DEFENDANT.match(_AGE.sub(",", after, count=1))
        ):
            role = Role("defendant")
            evidence = True
        if role and not (role.affiliation or role.possessor):
            # "Professor Claire Dubois of the University of Lyon": an honorific too.
            org = self._org_after(text, m.end())
            if org:
                role = Role(role.text, org)
            elif role.text and role.text.split()[-1].lower() in _LOCAL_HEADS:
                # "Mayor Lena Novak of Ljubljana", "Executive Mayor X of Nelson Mandela Bay",
                # "Mayor X of neighbouring Sakai": a mayor's "of" names a place.
                place = _PLACE_AFTER.match(text, m.end())
                if place:
                    role = Role(role.text, place_name(place["p"]) or place["p"])
                elif (where := _place_before(before_words, role.text)) is not None:
                    # "Osaka Governor Yoshida Masaru", "São Paulo state governor X".
                    role = Role(role.text, where)
        # "Professor Ingrid Solheim-Ward", "Rabbi Naomi Levi": an honorific that is also a post,
        # the role when the article gives no other.
        post = next((_POST_TITLES[t] for t in title if t in _POST_TITLES), None)
        known = self._match_person(name_tokens)
        if known is not None:
            known.title_post = known.title_post or post
            self._update(known, role, idx, name_start, text)
            return
        if (
            not evidence
            and len(name_tokens) >= 2
            and not text.endswith("the ", 0, name_start)
            and self._person_evidence(st, name_tokens, before_words, after)
        ):
            evidence = True
            owner = self._owner_before(before_words[-1]) if before_words else None
            if role is None and owner:
                role = Role("", possessor=owner)
            elif role is None and (org := self._org_after(after, 0)):
                role = Role("", org)
        # Read only here: a chunk that names someone already known never needs it.
        # In "a spokeswoman for Brightwater Foods said" the spokeswoman speaks, not the name.
        speech = (
            len(name_tokens) >= 2
            and _speaks(text, name_start, after)
            and not after_spokesperson(text, name_start)
            # "the special envoy for the Great Lakes, said": the end of someone's appositive,
            # whose "said" is theirs; a person is not "the Great Lakes".
            and not (not title and _AFTER_THE.search(text, 0, name_start))
        )
        if not evidence and len(name_tokens) >= 2 and before_words:
            # "Chile's Matías Fernández-Olave beat Kazakhstan's Alexei Vorontsov": a country's
            # own, named in full, is a person who stands for it.
            owner = before_words[-1]
            country = country_of(owner[:-2]) if owner.endswith(("'s", "’s")) else None
            if country and ORG_CUES.isdisjoint(name_tokens) and not _SAID_ITS.match(after):
                role = role or Role("", None, owner[:-2])
                evidence = True
        if not evidence and not speech:
            if len(name_tokens) >= 2:
                self.deferred.append((st, name_tokens, name_start))
            return
        if _role_follows(after):
            # "their star Williams driver", "Gulls manager Lena": a team before a role.
            return
        if not evidence and _SAID_ITS.match(after):
            # "Médecins Sans Frontières said its clinics were full": a body, not a person.
            self._entity(name, "organization", idx)
            return
        if len(name_tokens) == 1 and not (title or role):
            return
        if len(name_tokens) == 1 and not title and role and _ambiguous_role(role.text):
            # "Unilever, the owner of Marmite": a company owns, invests and develops too.
            return
        person = _Person(name, name_tokens, first_sentence=idx, title_post=post)
        self.persons.append(person)
        self.person_words.update(person.low)
        self._update(person, role, idx, name_start, text)

    def _defer_shouted(self, st: _Sent, m: re.Match[str], tokens: list[str]) -> None:
        """Keep each run of two or more name words of a shouted chunk, in the article's own
        spelling, to match against the people found once every sentence is read."""
        run: list[str] = []
        for t in [*tokens, ""]:
            name = self._shouted_name([t]) if t else None
            if name and is_name_token(name[0]):
                run.append(name[0])
                continue
            if len(run) >= 2:
                self.deferred.append((st, run, m.start()))
            run = []

    def _person_evidence(
        self, st: _Sent, name_tokens: list[str], before: list[str], after: str
    ) -> bool:
        """Evidence of a person beyond a title or role next to a full name: its last word acts
        alone elsewhere, a team or body's possessive stands before it ("Ferrari's Kimi
        Raikkonen"), or it acts and a he/she follows."""
        if name_tokens[-1] in self.acting:
            return True
        if after.startswith(", who ") and not self._team_like(name_tokens):
            # "Max Verstappen, who leapfrogged...": a body would take "which".
            return True
        if self._org_after(after, 0) and not self._team_like(name_tokens):
            # "opposed by Alice Weidel of the AfD": someone of a body already named.
            return True
        if not _PLAIN_VERB.match(after):
            return False
        if before and self._owner_before(before[-1]):
            return True
        if any(p in after[:80] for p in _PRONOUN_NEAR):
            return True
        nxt = st.sentence.index + 1
        return nxt < len(self.sents) and self.sents[nxt].masked.lstrip().startswith(
            _PRONOUN_OPENING
        )

    def _team_like(self, tokens: list[str]) -> bool:
        """A club's or a body's name: it ends like one or carries an organisation's cue."""
        return (
            tokens[-1] in _CLUB_ENDINGS
            or tokens[0] in _PLACE_OPENERS
            or not ORG_CUES.isdisjoint(tokens)
        )

    def _owner_before(self, word: str) -> str | None:
        """A team's or body's possessive before a name; a person's or a place's is not one
        ("Verstappen's Red Bull", "Paris's Folies Bergeres")."""
        owner = _possessive_owner(word)
        if owner is None or owner in self.acting or place_name(owner):
            return None
        if any(owner in p.tokens for p in self.persons):
            return None
        return owner

    def _org_after(self, text: str, end: int) -> str | None:
        """The organisation in "X of the Pacific Legal Foundation" or "X, of the ..." at end."""
        m = _OF_ORG.match(text, end)
        if m is None:
            return None
        chunk = ORG_CHUNK.match(text, m.end())
        if chunk is None:
            return None
        words = chunk.group(0).split()
        for n in range(len(words), 0, -1):
            found = self.org_forms.get(" ".join(words[:n]))
            if found:
                return found
        return None

    def _org_before(self, words: list[str]) -> str | None:
        """The organisation whose name ends the words before a role ("FBI director"), or whose
        first word alone does ("Jadeite president" of Jadeite Semiconductor)."""
        run: list[str] = []
        for w in reversed(words[-6:]):
            if not w[:1].isupper() and not (run and w in _ORG_JOINERS):
                break
            run.insert(0, w)
            found = self.org_forms.get(" ".join(run))
            if found:
                return found
        if len(run) == 1:
            return self.org_heads.get(run[0])
        return None

    def _org_heads(self) -> dict[str, str]:
        """Organisations by a first word that is theirs alone: "Huarong" for Huarong Biotech,
        not "National" or "Central", nor a place ("Frankfurt" of the Frankfurt Regional Court)."""
        heads: dict[str, list[str]] = {}
        for e in self.entities.values():
            words = e.name.split()
            if e.kind != "organization" or len(words) < 2:
                continue
            head = words[0]
            if len(head) < 4 or not head[1:].islower() or head in ORG_CUES or place_name(head):
                continue
            if (
                head.lower() in ROLE_MODIFIERS
                or head in DEMONYMS
                or head in CAPITALISED_PERSON_NOUNS
            ):
                continue
            heads.setdefault(head, []).append(e.name)
        # A word that ends a name elsewhere is a surname ("Hillary Clinton"), not a body's.
        surnames = {
            words[-1]
            for st in self.sents
            for m in st.name_chunks
            if len(words := m.group(0).split()) > 1
        }
        return {
            head: names[0]
            for head, names in heads.items()
            if len(names) == 1 and head not in surnames
        }

    def _role_before_comma(self, words: list[str]) -> Role | None:
        role = role_before(words, fields=True)
        if role is None:
            return _office_of_before(words)
        n = len(role.text.split())
        prev = words[-n - 1] if len(words) > n else ""
        if prev.lower() in {"its", "their"}:
            # "Its president, X": the organisation the sentence before spoke of.
            return Role(role.text, role.affiliation, prev.lower())
        if prev.lower() in {"his", "her", "the"} or role.possessor:
            return role
        if prev == "as" and len(words) > n + 2 and words[-n - 2].lower() in _SUCCESSION:
            # "His successor as chief executive, Ingunn Brekke": the office is the role.
            return role
        before = words[-n - 2] if len(words) > n + 1 else ""
        if (
            prev.islower()
            and prev.isalpha()
            and (
                before.lower() in {"its", "their", "his", "her", "the"}
                or before.endswith(("'s", "’s"))
            )
        ):
            # "the group's alleged leader, Yevgeny Volkov": an adjective before the office.
            owner = before[:-2] if before.endswith(("'s", "’s")) else None
            if before.lower() in {"its", "their"}:
                return Role(f"{prev} {role.text}", role.affiliation, before.lower())
            return Role(f"{prev} {role.text}", role.affiliation, owner or role.possessor)
        if role.affiliation and len(words) > n + 1 and words[-n - 2].lower() == "the":
            # "The Brazilian foreign minister, Rodrigo Alencar Vasconcelos,".
            return role
        return None

    def _match_person(self, tokens: list[str]) -> _Person | None:
        low = [t.lower() for t in tokens]
        # The first two ways need every word of `tokens` in one name; most chunks hold a word
        # that no name holds, and are spared both scans.
        if self.person_words.issuperset(low):
            for p in self.persons:
                if low == p.low:
                    return p
            for p in self.persons:
                if len(tokens) <= len(p.tokens) and all(t in p.low for t in low):
                    return p
        for p in self.persons:
            if len(tokens) > len(p.tokens) and all(
                t.lower() in low for t in p.tokens if t[0].isupper()
            ):
                # A word before a full name is not a first name ("Put Hillary Clinton").
                if len(p.tokens) < 2 or low[0] == p.tokens[0].lower():
                    p.rename(tokens)
                    self.person_words.update(p.low)
                return p
        return None

    def _update(self, p: _Person, role: Role | None, idx: int, pos: int, text: str) -> None:
        p.evidence.add(idx)
        p.last_seen = max(p.last_seen, (idx, pos))
        if role is None:
            return
        if not role.text:
            # "Ferrari's Kimi Raikkonen", "Liam Lehane of the London Ambulance Service": no
            # role, but the owner or the body is the affiliation.
            if p.possessor is None and role.possessor:
                p.possessor = role.possessor
            if p.affiliation is None and role.affiliation and not country_of(role.affiliation):
                p.affiliation = role.affiliation
            return
        if p.role is None:
            p.role = role.text
            head = role.text.split(",")[0].split()[-1].lower() if role.text.split() else ""
            words = {w.lower() for w in role.text.split()}
            p.government = bool(words & GOVERNMENT_HEADS) or head in GOVERNMENT_HEADS
            p.court = bool(words & COURT_HEADS)
        # A demonym before a footballer is nationality; before a minister it is the government.
        is_country = bool(role.affiliation and country_of(role.affiliation))
        team = not role.demonym and role.text.split()[-1].lower() in _TEAM_LEADERS
        if p.affiliation is None and role.affiliation and (p.government or not is_country or team):
            p.affiliation = role.affiliation
        if p.possessor is None and role.possessor:
            p.possessor = role.possessor
        if p.affiliation is None and p.government:
            place = _place_after(text, pos + len(p.name))
            if place and country_of(place):
                p.affiliation = country_of(place)

    # Mentions, aliases and quotes -----------------------------------------------------

    def link_mentions(self) -> None:
        keys: dict[str, list[_Person]] = {}
        for p in self.persons:
            caps = [t for t in p.tokens if t[0].isupper()]
            found = {caps[0], caps[-1]} if caps else set()
            last = p.tokens[-1] if p.tokens else ""
            if is_article_name(last):
                # "el-Sisi" is written "El-Sisi" opening a sentence, and often just "Sisi".
                found |= {last[:1].upper() + last[1:], last.split("-", 1)[1]}
            for k in found:
                keys.setdefault(k, []).append(p)
        unique = [k for k, owners in keys.items() if len(owners) == 1]
        # A family name that also opens a company's name ("Hoshimura Electric") is the company.
        org_starts: dict[str, list[str]] = {}
        for e in self.entities.values():
            for form in (e.name, *e.aliases):
                first = form.split(" ", 1)[0]
                if " " in form and first in keys:
                    org_starts.setdefault(first, []).append(form)
        # "the minister" can only refer back to someone whose role has that word.
        role_words = {w for p in self.persons if p.role for w in p.role.lower().split()}
        for st in self.sents:
            idx = st.sentence.index
            full_spans: dict[str, list[tuple[int, int]]] = {}
            # Reading every capitalised word is only worth it where a person's name occurs.
            matches = _CAP_WORD.finditer(st.text) if has_any(st.text, unique) else ()
            for m in matches:
                owners = keys.get(m.group(0))
                if not owners or len(owners) != 1:
                    continue
                if any(st.text.startswith(f, m.start()) for f in org_starts.get(m.group(0), ())):
                    continue
                p = owners[0]
                p.evidence.add(idx)
                p.last_seen = max(p.last_seen, (idx, m.start()))
                spans = full_spans.get(p.name)
                if spans is None:
                    spans = _spans_of(p.name, st.text)
                    full_spans[p.name] = spans
                if _inside_span(spans, m.start()):
                    continue
                alias = self._alias_text(st.text, m, p)
                if alias and alias != p.name and alias not in p.aliases:
                    p.aliases.append(alias)
            if not role_words.isdisjoint(st.lower_words):
                for m in _ROLE_MENTION.finditer(st.masked):
                    self._role_alias(m, idx)

    def _alias_text(self, text: str, m: re.Match[str], p: _Person) -> str:
        start = m.start()
        before = text[max(0, start - 20) : start]
        tokens = p.tokens
        if m.group(0) not in tokens:
            return m.group(0)  # "Sisi" or "El-Sisi" for "el-Sisi"
        i = tokens.index(m.group(0))
        j = i
        while j > 0 and not tokens[j - 1][0].isupper():
            part = tokens[j - 1]
            if before.lower().endswith(f"{part.lower()} "):
                before = before[: -len(part) - 1]
                j -= 1
            else:
                break
        phrase = " ".join(tokens[j : i + 1])
        if j < i:
            raw = text[start - len(phrase) + len(m.group(0)) : m.end()]
            return raw or phrase
        if i + 1 < len(tokens) and text.startswith(f" {tokens[i + 1]}", m.end()):
            return ""
        return phrase

    def _role_alias(self, m: re.Match[str], idx: int) -> None:
        words = m.group(1).split()
        noun = words[-1] if words[-1] in ROLE_HEADS else words[0]
        if noun not in ROLE_HEADS or noun in {"head", "chief", "general", "major", "deputy"}:
            return
        matches = [p for p in self.persons if p.role and noun in p.role.lower().split()]
        if not matches:
            return
        p = max(matches, key=lambda q: q.last_seen)
        p.evidence.add(idx)
        alias = f"the {noun}"
        if alias not in p.aliases:
            p.aliases.append(alias)

    def attribute_quotes(self) -> None:
        last_person: _Person | None = None
        # A quote standing alone before anyone has spoken, waiting for its speaker: "“We will
        # not be blackmailed.” With those words, the finance minister, X, rejected ...".
        waiting: list[tuple[str, int]] = []
        for st in self.sents:
            idx = st.sentence.index
            prev_end = 0
            prev_owner: object | None = None
            if waiting and _THOSE_WORDS.match(st.masked):
                speaker = self._first_person_in(st)
                if speaker is not None:
                    for text, at in waiting:
                        self._add_quote(speaker, text, at)
                    self.last_quote_owner = speaker
            waiting = []
            if st.quotes and not st.masked.strip(' “”"‘’.,!?') and self.last_quote_owner:
                for q in st.quotes:
                    self._add_quote(self.last_quote_owner, q.text, idx)
                continue
            if st.quotes and not st.masked.strip(' “”"‘’.,!?'):
                waiting = [(q.text, idx) for q in st.quotes]
                continue
            for k, q in enumerate(st.quotes):
                owner = None
                # Quotes come in order and never overlap: the next one starts the next text.
                nxt = st.quotes[k + 1].start if k + 1 < len(st.quotes) else len(st.text)
                after_text = st.text[q.end : nxt]
                phrase = speaker_after(after_text)
                if phrase:
                    owner = self._resolve_speaker(phrase, st, q.start, last_person)
                if owner is None:
                    between = st.text[prev_end : q.start]
                    if prev_owner is not None and re.fullmatch(r"[^“”\"‘’]*,\s*", between):
                        self._extend_quote(prev_owner, q.text, idx)
                        prev_end = q.end
                        continue
                    phrase = speaker_before(between)
                    if phrase:
                        owner = self._resolve_speaker(phrase, st, q.start, last_person)
                if owner is None and k == 0 and _COLON_BEFORE.search(st.text, 0, q.start):
                    # "But opposition MP X was sceptical: “The money is not there.”": the one
                    # person the words before the colon name.
                    owner = self._only_person_before(st, q.start)
                if owner is not None:
                    self._add_quote(owner, q.text, idx)
                    self.last_quote_owner = owner
                prev_owner = owner
                prev_end = q.end
            persons_here = [p for p in self.persons if p.last_seen[0] == idx]
            if persons_here:
                last_person = max(persons_here, key=lambda p: p.last_seen)
            elif any(idx in p.evidence for p in self.persons):
                last_person = max(
                    (p for p in self.persons if idx in p.evidence), key=lambda p: p.first_sentence
                )

    def _only_person_before(self, st: _Sent, end: int) -> _Person | None:
        """The one person named, not as an owner, in the clause that ends at a quote's colon:
        "X was sceptical:", "X led the outrage, saying:"; not "before X won, the singer
        tweeted:" nor "a statement from X's family read:"."""
        idx = st.sentence.index
        text = st.text[:end]
        cut = max((b.end() for b in _CLAUSE_BOUNDARY.finditer(text)), default=0)
        clause = text[cut:]
        named = [
            p
            for p in self.persons
            if idx in p.evidence
            and any(
                re.search(rf"\b{re.escape(f)}\b(?!['’]s)", clause)
                for f in (p.name, p.tokens[-1], *p.aliases)
            )
        ]
        return named[0] if len(named) == 1 else None

    def _first_person_in(self, st: _Sent) -> _Person | None:
        """The person named first in a sentence."""
        idx = st.sentence.index
        found: list[tuple[int, _Person]] = []
        for p in self.persons:
            if idx not in p.evidence:
                continue
            at = min(
                (st.text.find(t) for t in p.tokens if t[:1].isupper() and t in st.text), default=-1
            )
            if at >= 0:
                found.append((at, p))
        return min(found, key=lambda x: x[0])[1] if found else None

    def _resolve_speaker(
        self, phrase: str, st: _Sent, pos: int, last_person: _Person | None
    ) -> object | None:
        words = phrase.split()
        if not words:
            return None
        if _PRONOUN.match(words[-1]) or _PRONOUN.match(words[0]):
            before = [
                p
                for p in self.persons
                if st.sentence.index in p.evidence and p.last_seen < (st.sentence.index, pos)
            ]
            return before[-1] if before else last_person
        for p in self.persons:
            caps = [t for t in p.tokens if t[0].isupper()]
            if any(w.strip(",.") in caps for w in words):
                return p
        m = re.search(r"\bthe ([a-z]+)\b", phrase)
        if m and m.group(1) in ROLE_HEADS:
            matches = [p for p in self.persons if p.role and m.group(1) in p.role.lower().split()]
            if matches:
                return max(matches, key=lambda q: q.last_seen)
        if _STATEMENT.search(phrase):
            return self.statement_actor
        owner: _Entity | None = None
        for ent in self.entities.values():
            if ent.kind in ("organization", "country") and (
                ent.name in phrase or any(a in words for a in ent.aliases)
            ):
                owner = ent
                break
        if owner is None:
            found = _find_names(_COUNTRY_INDEX, phrase)
            owner = self.entities.get(COUNTRIES[found[0][2]]) if found else None
        if owner is None:
            return None
        if st.text.find("statement", pos) != -1:
            self.statement_actor = owner
        return owner

    def _add_quote(self, owner: object, text: str, idx: int) -> None:
        quotes = owner.quotes  # type: ignore[attr-defined]
        quotes.append(Quote(text, (idx,)))
        owner.evidence.add(idx)  # type: ignore[attr-defined]

    def _extend_quote(self, owner: object, text: str, idx: int) -> None:
        quotes = owner.quotes  # type: ignore[attr-defined]
        if quotes and quotes[-1].evidence == (idx,):
            quotes[-1] = Quote(f"{quotes[-1].text} {text}", (idx,))
        else:
            quotes.append(Quote(text, (idx,)))

    # Affiliations and output ----------------------------------------------------------

    def resolve_affiliations(self) -> None:
        orgs = sorted(
            (e for e in self.entities.values() if e.kind == "organization"),
            key=lambda e: (-len(e.evidence), min(e.evidence)),
        )
        countries = [e for e in self.entities.values() if e.kind == "country"]
        person_tokens = {t for q in self.persons for t in q.tokens}
        lede = self._lede_org(orgs)
        self._resolve_each(orgs, countries, person_tokens, lede)
        for p in self.persons:
            if self._role_names_another_body(p):
                p.affiliation = None

    def _resolve_each(
        self,
        orgs: list[_Entity],
        countries: list[_Entity],
        person_tokens: set[str],
        lede: _Entity | None,
    ) -> None:
        for p in self.persons:
            if p.possessor in person_tokens or p.possessor in CAPITALISED_PERSON_NOUNS:
                # "Clinton's research director", "the Democrat's campaign director": a
                # person's staff, not an organisation.
                p.possessor = None
                continue
            if p.possessor:
                p.affiliation = self._resolve_possessor(p.possessor, p, orgs, countries, lede)
            elif p.affiliation and not (_local_head(p.role) and place_name(p.affiliation)):
                # "London Mayor Sadiq Khan": London, not the London Ambulance Service.
                p.affiliation = self._full_org(p.affiliation, orgs)
            if p.affiliation or not p.role:
                continue
            lead = next((o for o in orgs if p.role.startswith(o.name + " ")), None)
            if lead is not None and is_role_head(p.role.split()[-1]):
                # "the European Commission president": the body opens the role.
                p.affiliation = lead.name
                p.role = p.role[len(lead.name) + 1 :]
                continue
            role_words = set(_ROLE_SPLIT.split(p.role.lower()))
            if p.government:
                near = [c for c in countries if p.first_sentence in c.evidence and not c.weak]
                pool = near or sorted(countries, key=lambda c: (-len(c.evidence), min(c.evidence)))
                if pool:
                    p.affiliation = self._first_in_sentence(pool, p.first_sentence)
            elif p.court:
                courts = [o for o in orgs if "Court" in o.name.split()]
                if courts:
                    p.affiliation = courts[0].name
            elif lede and not role_words.isdisjoint(_MEMBER_ROLES) and _fits(lede, role_words):
                # Staff, players and members with no organisation written belong to the one
                # the article is about; any other organisation named nearby is a guess.
                p.affiliation = lede.name

    @staticmethod
    def _role_names_another_body(p: _Person) -> bool:
        """ "Commission President" given the European Council: the role's own body word is
        not in the affiliation, so the affiliation is someone else's."""
        if not p.role or not p.affiliation or country_of(p.affiliation):
            return False
        cues = [
            w
            for w in p.role.split()
            if w in ORG_CUES
            and w[:1].isupper()
            # "Executive Vice-President": a word of the title, not a body's.
            and not is_role_head(w)
            and w.lower() not in ROLE_MODIFIERS
        ]
        return bool(cues) and not any(c in p.affiliation.split() for c in cues)

    def _lede_org(self, orgs: list[_Entity]) -> _Entity | None:
        """The organisation the article is about: the one its title or first sentence opens on
        ("Vestholm to buy...", "COPENHAGEN — Danish logistics group Vestholm said...")."""
        body = [st for st in self.sents if st.sentence.kind != "title"][:1]
        titles = [st for st in self.sents[:1] if st.sentence.kind == "title"]
        for st in (*titles, *body):
            text = st.masked.lstrip()
            best: tuple[int, _Entity] | None = None
            # An article about an organisation names it more than once; a headline may name it
            # short ("Gdańsk council" for "Gdańsk city council") and still count.
            named_again = [
                o
                for o in orgs
                if len(o.evidence) > 1
                or self._headline_names(o, titles)
                or (bool(body) and st is body[0] and self._called_back(o))
            ]
            for o in named_again:
                for form in (o.name, *o.aliases, o.name.split()[0]):
                    at = text.find(form)
                    if at == -1 or (best and at >= best[0]):
                        continue
                    if _opens_sentence(text[:at]):
                        best = (at, o)
            if best:
                return best[1]
        return None

    def _called_back(self, o: _Entity) -> bool:
        """Whether a later sentence speaks of the organisation as "the company" or "the club"
        (a noun that fits it): then one naming is enough to make it the article's subject."""
        first = min(o.evidence)
        for st in self.sents[first + 1 :]:
            found = _CALLED_BACK.search(st.text)
            if found and _fits(o, {found["noun"].lower()}):
                return True
        return False

    @staticmethod
    def _headline_names(o: _Entity, titles: Sequence[_Sent]) -> bool:
        """The headline names the organisation by its full name or its first word."""
        return any(o.name.split()[0] in t.masked for t in titles)

    def _antecedent_org(
        self, p: _Person, orgs: list[_Entity], noun: str | None, *, subject: bool = False
    ) -> _Entity | None:
        """The organisation last named before the person's first mention, in that sentence or
        the one before, whose kind fits the noun ("the club's", "its").

        With `subject`, an organisation that opens its sentence wins over one named later in
        it: "Korvala said it would appeal to the General Court. Its chief executive..." means
        Korvala's, as a pronoun points back to the subject, not to the last noun."""
        idx = p.first_sentence
        best: tuple[tuple[int, int], _Entity] | None = None
        best_subject: tuple[tuple[int, int], _Entity] | None = None
        for i in (idx - 1, idx):
            if i < 0 or i >= len(self.sents):
                continue
            text = self.sents[i].text
            limit = text.find(p.tokens[0]) if i == idx else len(text)
            if limit == -1:
                limit = len(text)
            for o in orgs:
                if i not in o.evidence or (noun and not _fits(o, {noun})):
                    continue
                found = [text.rfind(f, 0, limit) for f in (o.name, *o.aliases)]
                at = max(found, default=-1)
                if at == -1:
                    continue
                if best is None or (i, at) > best[0]:
                    best = ((i, at), o)
                if not subject:
                    continue
                # The last clause it opens: "Wolin agreed to merge with Baltrix Power, but
                # Baltrix withdrew": "its" in the next sentence is Baltrix's.
                # Its first word alone too: "Tessaly Shipping ..., but Tessaly pulled out".
                short = o.name.split()[0]
                forms = (o.name, *o.aliases, *([short] if short != o.name else []))
                for form in forms:
                    start = text.find(form, 0, limit)
                    while start != -1:
                        clause = max(text.rfind(c, 0, start) for c in _CLAUSE_OPENERS)
                        opens = _opens_sentence(text[clause + 1 if clause >= 0 else 0 : start])
                        if opens and (best_subject is None or (i, start) > best_subject[0]):
                            best_subject = ((i, start), o)
                        start = text.find(form, start + 1, limit)
        if best_subject:
            return best_subject[1]
        return best[1] if best else None

    def _first_in_sentence(self, pool: list[_Entity], idx: int) -> str:
        text = self.sents[idx].text if idx < len(self.sents) else ""

        def position(c: _Entity) -> int:
            found = [text.find(f) for f in (c.name, *c.aliases) if f in text]
            return min(found) if found else 10**6

        return min(pool, key=position).name

    def _resolve_possessor(
        self,
        possessor: str,
        p: _Person,
        orgs: list[_Entity],
        countries: list[_Entity],
        lede: _Entity | None,
    ) -> str | None:
        word = possessor.removeprefix("the ").strip()
        if word == "country":
            text = self.sents[p.first_sentence].text
            found = [(text.find(c.name), c.name) for c in countries if c.name in text]
            if found:
                return min(found)[1]
            return countries[0].name if countries else None
        if word.lower() in {"its", "their"}:
            ent = self._antecedent_org(p, orgs, None, subject=True)
            return ent.name if ent else None
        if word.islower():
            cue = word.capitalize()
            named = [o for o in orgs if cue in o.name.split()]
            if len(named) == 1:
                return named[0].name
            described = [o for o in orgs if self._described_as(o, word)] if not named else []
            if len(described) == 1:
                # "The lecturers' union SNESUP-FSU said ..." then "the union's general
                # secretary": the one body the article calls a union.
                return described[0].name
            ent = self._antecedent_org(p, named or orgs, None if named else word)
            if ent is None and lede and _fits(lede, {word}) and not named:
                ent = lede
            return ent.name if ent else None
        country = country_of(word)
        if country:
            return country
        return self._full_org(word, orgs)

    def _described_as(self, o: _Entity, noun: str) -> bool:
        """Whether the article calls the body by the noun: "union SNESUP-FSU", "Vattenfall,
        the Swedish utility"."""
        name = re.escape(o.name)
        pattern = re.compile(
            rf"\b{noun} {name}(?![\w’'-])|\b{name}, (?:the|a|an) (?:[\w’'-]+ ){{0,3}}{noun}\b"
        )
        return any(o.name in st.text and pattern.search(st.text) for st in self.sents)

    def _full_org(self, name: str, orgs: list[_Entity]) -> str:
        for o in orgs:
            if o.name == name or name in o.aliases:
                return o.name
        for o in orgs:
            if o.name.startswith(f"{name} "):
                return o.name
        if place_name(name):
            return name  # "London" is not short for "Transport for London"
        for o in orgs:
            # A side's short name is often its last word ("Gulls" of "Harbour City Gulls").
            if o.name.endswith(f" {name}"):
                return o.name
        return name

    def actors(self) -> tuple[Actor, ...]:
        scored: list[tuple[float, int, Actor]] = []
        for p in self.persons:
            scored.append(
                (
                    self._score(p.evidence, len(p.quotes)) + 0.5,
                    min(p.evidence),
                    Actor(
                        p.name,
                        "person",
                        p.role or p.title_post,
                        p.affiliation,
                        tuple(p.aliases),
                        tuple(sorted(p.evidence)),
                        _as_shown(p.quotes),
                    ),
                )
            )
        person_names = {p.name for p in self.persons}
        for e in self.entities.values():
            if e.name in person_names:
                continue
            score = self._score(e.evidence, len(e.quotes))
            if e.weak:
                score *= 0.5
            scored.append(
                (
                    score,
                    min(e.evidence),
                    Actor(
                        e.name,
                        e.kind,
                        None,
                        None,
                        tuple(e.aliases),
                        tuple(sorted(e.evidence)),
                        _as_shown(e.quotes),
                    ),
                )  # type: ignore[arg-type]
            )
        scored.sort(key=lambda t: (-t[0], t[1]))
        return tuple(a for _, _, a in scored)

    def _score(self, evidence: set[int], quotes: int) -> float:
        total = 0.0
        for i in evidence:
            kind = self.sents[i].sentence.kind if i < len(self.sents) else "paragraph"
            total += 2.0 if kind == "title" else 1.5 if i <= 2 else 1.0
        return total + quotes


def extract_actors(sentences: Sequence[Sentence]) -> tuple[Actor, ...]:
    """All actors of the article, most important first."""
    ex = _Extractor(sentences)
    ex.find_member_groups()
    ex.find_organisations()
    ex.link_org_aliases()
    ex.find_people()
    ex.find_opponent_clubs()
    ex.find_spoken_for()
    ex.count_org_mentions()
    ex.link_mentions()
    ex.attribute_quotes()
    ex.resolve_affiliations()
    return ex.actors()
