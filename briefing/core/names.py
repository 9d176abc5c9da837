"""Capitalised name chunks and the role words around them: the raw material for actors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.core.lexicons.organisations import BODY_ROLE_WORDS
from briefing.core.lexicons.people import (
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROLE_PHRASES,
)
from briefing.core.lexicons.places import COUNTRIES, DEMONYMS, place_name

_UPPER_LETTERS = frozenset(c for c in map(chr, range(0x41, 0x2000)) if c.isupper())
_UPPER = re.escape("".join(sorted(_UPPER_LETTERS)))
_LETTER = r"[^\W\d_]"
_WORD_REST = rf"(?:{_LETTER}|['’](?!s\b){_LETTER})*(?:-{_LETTER}+)*"
# One capitalised word: "Kjærgaard", "O'Brien", "Ashby-Carr", "Hye-rin"; a possessive stays out.
CAP_WORD = rf"[{_UPPER}]{_WORD_REST}"
# The same word from any first letter. The class of capitals above is slow to compile, so only
# the two chunk patterns carry it; other rules read a word with this and check its first letter.
ANY_WORD = rf"{_LETTER}{_WORD_REST}"
_ANY_WORD = re.compile(ANY_WORD)
_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))


def _chunk(joiners: str, possessive: str = "") -> re.Pattern[str]:
    """Capitalised words joined by single spaces and optional joining words.

    Reads as `(?<![\\w'’-])CAP_WORD(?: (?:joiner )*CAP_WORD)*`, but opens on the class of
    capitals and looks back past it: a pattern that starts with a class lets the scan skip
    every other character, which halves the time per sentence.
    """
    return re.compile(
        rf"[{_UPPER}](?<![\w'’-].){_WORD_REST}{possessive}"
        rf"(?: (?:(?:{joiners}|[{_UPPER}]\.) )*(?:{_ARTICLE_PREFIX})?{CAP_WORD}{possessive})*"
    )


# The Arabic article and kin joined by a hyphen to the name after them: "Hamid al-Rashid",
# "Abdel Fattah el-Sisi". Inside a chunk only: a chunk still opens on a capital.
_ARTICLE_PREFIX = "(?:al|el|ad|ash|as|at|az|ar|an|abu|bin|ibn|ben)-"
_ARTICLE_NAME = re.compile(rf"{_ARTICLE_PREFIX}[{_UPPER}]{_WORD_REST}")


# Capitalised words joined by single spaces, name particles and middle initials ("Tomás de la
# Vega", "James B. Comey").
NAME_CHUNK = _chunk(_PARTICLE)
# Organisation names also take "of", "for", "and" ("Institute of Meteorology and Water Management").
# A possessive inside an organisation's name comes right before the word that makes it one
# ("Workers' Party", "Public Prosecutor's Office"); "Brazil's Workers' Party" still starts anew.
# A plural possessive may stand one word further off ("Miners' Families Association"); "'s"
# may not, or "Britain's Labour Party" would be one name.
_ORG_HEADS = (
    r"(?:Party|Union|Unions|Office|Hospital|College|Association|"
    r"Associations|Federation|Alliance|Front|Republic|Army|Movement|Congress|Liberation|Fund|"
    r"Trust|Society|Council|Court|Guard|Militia|Church|League|Confederation|Institute|"
    r"Foundation|Commission|Committee)\b"
)
_NAME_POSSESSIVE = rf"(?:['’]s(?= {_ORG_HEADS})|(?<=s)['’](?= (?:[{_UPPER}][a-z]+ )?{_ORG_HEADS}))?"
ORG_CHUNK = _chunk("of|for|and|on|the|de|du|des|in|to|&", _NAME_POSSESSIVE)
_DESCRIPTIVE_PARTS = frozenset("of in law the and one two three four five six old year".split())
_WORD = re.compile(r"[\w'’.-]+|[^\w\s]")
_POSSESSIVE = re.compile(r"^(.+?)['’]s?$")
# A middle initial: chunks hold one only between two capitalised words.
_INITIAL = re.compile(rf"[{_UPPER}]\.")


def _is_word_char(ch: str) -> bool:
    """What `\\w` matches: a letter, a digit or the underscore."""
    return ch.isalnum() or ch == "_"


def cap_word_at(text: str, pos: int) -> str | None:
    """The capitalised word (as `CAP_WORD` reads it) starting exactly at pos, if any."""
    if pos >= len(text) or text[pos] not in _UPPER_LETTERS:
        return None
    m = _ANY_WORD.match(text, pos)
    return m.group(0) if m else None


def is_cap_word(text: str) -> bool:
    """True when the whole text is one capitalised word."""
    return bool(text) and text[0] in _UPPER_LETTERS and _ANY_WORD.fullmatch(text) is not None


def cap_run_at(text: str, pos: int, limit: int = 0) -> list[str]:
    """The capitalised words joined by single spaces from pos (`CAP_WORD(?: CAP_WORD)*`)."""
    words: list[str] = []
    word = cap_word_at(text, pos)
    while word:
        words.append(word)
        pos += len(word)
        if len(words) == limit or not text.startswith(" ", pos):
            break
        word = cap_word_at(text, pos + 1)
        pos += 1
    return words


def cap_run_before(
    text: str, end: int, lo: int = 0, *, limit: int = 0, boundary: bool = True
) -> int | None:
    """Where the run of capitalised words ending at `end` starts, or None.

    This is what a left-to-right scan from `lo` for `CAP_WORD(?: CAP_WORD)*` followed by a cue
    finds, read backwards from the cue: the leftmost start, at most `limit` words, and with
    `boundary` a word boundary before the first word (`\\b`); the first word may begin inside
    a longer token ("pro-Kremlin" gives "Kremlin").
    """
    start = None
    count = 0
    right = end
    while right > lo and (not limit or count < limit):
        left = max(text.rfind(" ", lo, right) + 1, lo)
        at = _cap_suffix(text, left, right, boundary)
        if at is None:
            break
        start = at
        count += 1
        if at != left or left == lo or text[left - 1] != " ":
            break
        right = left - 1
    return start


def _cap_suffix(text: str, left: int, right: int, boundary: bool) -> int | None:
    """The leftmost position in text[left:right] from which the rest is one capitalised word."""
    for at in range(left, right):
        if text[at] not in _UPPER_LETTERS:
            continue
        if boundary and at > 0 and _is_word_char(text[at - 1]):
            continue
        if _ANY_WORD.fullmatch(text, at, right):
            return at
    return None


@dataclass(frozen=True)
class Role:
    """A role phrase found next to a name, and the affiliation written with it, if any."""

    text: str
    affiliation: str | None = None
    # The possessor as written ("Dasol" in "Dasol's head of policy"), to resolve later.
    possessor: str | None = None
    # The affiliation was read from a demonym ("Turkish midfielder"): a nationality, which is
    # not a team the way a country's name before "coach" is ("Sri Lanka coach").
    demonym: bool = False


def is_role_head(word: str) -> bool:
    """Whether the word is a noun that heads a role ("minister", "coach"), in any case."""
    low = word.lower()
    return low in ROLE_HEADS or _hyphenated_role(low) or _OCCUPATION_ENDING.search(low) is not None


# Occupations made the same way: "volcanologist", "choreographer", "paediatrician".
_OCCUPATION_ENDING = re.compile(r"^[a-z]{3,}(?:ologist|ographer|ician|iatrist)$")


def _is_role_word(word: str) -> bool:
    low = word.lower()
    return (
        low in ROLE_HEADS
        or low in ROLE_MODIFIERS
        or _hyphenated_role(low)
        or _OCCUPATION_ENDING.search(low) is not None
    )


def singular_role(word: str) -> str | None:
    """ "Senators", "Lawmakers": the role a plural title gives each name after it."""
    low = word.lower()
    if len(low) > 4 and low.endswith("s") and low[:-1] in ROLE_HEADS and word[:1].isupper():
        return low[:-1]
    return None


def _hyphenated_role(low: str) -> bool:
    """ "vice-minister", "deputy-governor", "co-chair": a modifier joined to a role head."""
    if "-" not in low:
        return False
    first, _, last = low.partition("-")
    return last in ROLE_HEADS and (first in ROLE_MODIFIERS or first in {"vice", "co", "ex"})


def ends_in_role(words: list[str]) -> bool:
    """True when the words end on a role head or a multi-word office ("Secretary of State")."""
    if not words:
        return False
    if is_role_head(words[-1]):
        return True
    tail = " ".join(words[-3:]).lower()
    return any(tail.endswith(p) for p in ROLE_PHRASES)


def country_of(word: str) -> str | None:
    """The country a word names, as a country, alias or demonym."""
    return COUNTRIES.get(word) or DEMONYMS.get(word)


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split leading title words off a chunk: (title words, name words)."""
    i = 0
    while i < len(tokens) - 1:
        tok = tokens[i]
        if tok in HONORIFICS or _is_role_word(tok) or country_of(tok):
            i += 1
            continue
        if tok == "of" and i > 0 and _is_role_word(tokens[i - 1]):
            i += 1
            continue
        if i + 2 < len(tokens) and tokens[i + 1][:1].isupper() and is_role_head(tokens[i + 1]):
            # A portfolio before a capitalised office ("Competition Commissioner X",
            # "Housing Secretary X") belongs to the office, whatever the portfolio is.
            i += 1
            continue
        if (
            i + 4 < len(tokens)
            and tokens[i + 1][:1].isupper()
            and tokens[i + 2][:1].isupper()
            and is_role_head(tokens[i + 2])
            and not is_role_head(tokens[i + 1])
            and tok not in NOT_NAME_WORDS
            and tokens[i + 1] not in NOT_NAME_WORDS
        ):
            # A portfolio of two words: "Civil Protection Minister X", "Digital Affairs
            # Minister X".
            i += 2
            continue
        break
    title = tokens[:i]
    if title and not (any(t in HONORIFICS or is_role_head(t) for t in title)):
        return [], tokens
    return title, tokens[i:]


def strip_suffixes(tokens: list[str]) -> list[str]:
    """The name's words without trailing suffixes ("KC", "Jr"); a lone word is kept."""
    while len(tokens) > 1 and tokens[-1] in NAME_SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def is_article_name(tok: str) -> bool:
    """A name joined to its Arabic article or kin: "al-Rashid", "el-Sisi"."""
    return _ARTICLE_NAME.fullmatch(tok) is not None


# Asked for every word of every capitalised chunk; the answers repeat within an article.
@lru_cache(maxsize=8192)
def is_name_token(tok: str) -> bool:
    """A word that can be part of a person's name (particles aside)."""
    if tok in NAME_PARTICLES or _INITIAL.fullmatch(tok) or tok == "Ó":
        # "Tomás Ó Súilleabháin": the Irish particle is a capital letter alone.
        return True
    if tok in NOT_NAME_WORDS or tok in HONORIFICS or _is_role_word(tok):
        return False
    if country_of(tok) or place_name(tok):
        return False
    if not tok[:1].isupper():
        # "al-Rashid", "el-Sisi"; any other word opening in lower case is no name.
        return "-" in tok and is_article_name(tok)
    letters = [c for c in tok if c.isalpha()]
    if len(letters) < 2:
        return False
    if "-" in tok and not _DESCRIPTIVE_PARTS.isdisjoint(tok.lower().split("-")[1:]):
        # "Mum-of-two", "Son-in-law", "Father-of-three": a description, not a name.
        return False
    # An acronym ("IMGW", "UOKiK") is not a name.
    return sum(c.isupper() for c in letters) * 2 < len(letters) or len(letters) <= 2


def role_before(words: list[str], *, fields: bool = False) -> Role | None:
    """Read a role from the words just before a name ("Russian Deputy Foreign Minister").

    With `fields` (the role is set off by a comma before the name), a field in lower case after
    "for" or "of" belongs to the office: "Her deputy governor for economic policy, X"."""
    field: list[str] = []
    for k in range(len(words) - 2, max(len(words) - 5, 0) if fields else len(words), -1):
        tail = words[k + 1 :]
        if (
            words[k] in ("for", "of")
            and k > 0
            and _is_role_word(words[k - 1])
            and all(_field_word(w) for w in tail)
        ):
            field = words[k:]
            words = words[:k]
            break
    role = _role_before(words)
    if role is None or not field:
        return role
    return Role(" ".join([role.text, *field]), role.affiliation, role.possessor, role.demonym)


def _role_before(words: list[str]) -> Role | None:
    i = len(words) - 1
    taken: list[str] = []
    # "White House chief of staff": a set phrase whose last word is no office on its own.
    for n in (3, 2):
        if len(words) >= n and " ".join(words[-n:]).lower() in _PHRASES:
            taken = words[-n:]
            i -= n
            break
    while i >= 0:
        w = words[i]
        office_word = _is_role_word(w) and w not in HONORIFICS
        inner_of = w == "of" and bool(taken) and i > 0 and _is_role_word(words[i - 1])
        if not (office_word or inner_of):
            break
        taken.insert(0, w)
        i -= 1
    while taken and not ends_in_role(taken):
        taken.pop()
    while taken and taken[0] == "of":
        taken.pop(0)
    if not taken:
        return None
    # "Norway's fisheries minister", "Wellmere's operations director": a portfolio in lower
    # case between the owner and the office belongs to the office.
    field = i
    while (
        field >= 1
        and i - field < 2
        and _FIELD_WORD.fullmatch(words[field])
        and words[field] not in _NOT_FIELDS
    ):
        field -= 1
    if field < i and field >= 0 and _owner_word(words[field]):
        taken = [*words[field + 1 : i + 1], *taken]
        i = field
    affiliation = None
    possessor = None
    demonym = False
    if i >= 0:
        prev = words[i]
        country = country_of(prev) or (country_of(f"{words[i - 1]} {prev}") if i > 0 else None)
        if country:
            affiliation = country
            demonym = prev in DEMONYMS and prev not in COUNTRIES
        else:
            m = _POSSESSIVE.match(prev)
            if m and prev[-1] in "'’s" and prev.endswith(("'s", "’s", "'", "’")):
                possessor = m.group(1)
            elif prev.lower() in BODY_ROLE_WORDS and _opens_phrase(words, i):
                # "Council leader Shabana Qureshi", "union spokesman Ali Kaya": the body is
                # part of the title and says whose leader she is, as "the council's" would.
                taken.insert(0, prev)
                possessor = prev.lower()
    return Role(" ".join(taken), affiliation, possessor, demonym)


# A lower-case word naming a field of work ("fisheries", "operations", "public security").
_FIELD_WORD = re.compile(r"[a-z][a-z-]{2,}")
_NOT_FIELDS = frozenset("the and of for a an its their his her our new former acting".split())


def _field_word(word: str) -> bool:
    """ "economic", "policy", "resources": not "praising", "top", "bizarre"."""
    return (
        bool(_FIELD_WORD.fullmatch(word))
        and word not in _NOT_FIELDS
        and word not in _RANK_WORDS
        and not word.endswith(("ing", "ed", "ly"))
    )


_PHRASES = frozenset(ROLE_PHRASES)
_RANK_WORDS = frozenset("top senior junior leading key major big bizarre".split())


def _owner_word(word: str) -> bool:
    """A possessive ("Norway's", "Wellmere's") or a country before a portfolio and its office."""
    possessive = word.endswith(("'s", "’s")) or (word.endswith(("s'", "s’")) and len(word) > 3)
    return bool(possessive and word[:1].isupper()) or bool(country_of(word))


def _opens_phrase(words: list[str], i: int) -> bool:
    """Whether words[i] starts its phrase, not ends a name ("European Union leader")."""
    return i == 0 or not words[i - 1][:1].isupper() or words[i - 1] in {"The", "A"}


def words_of(text: str) -> list[str]:
    """The text's words (with their inner apostrophes, dots and hyphens) and punctuation marks."""
    return _WORD.findall(text)
