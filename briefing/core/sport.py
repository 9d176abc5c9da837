"""Clubs a match report names only as opponents ("the Klassieker against Feyenoord").

A club's name often carries no organisation word at all ("Feyenoord", "Celtic", "Dinamo
Zagreb"); in a report on a team sport the words around it still say what it is: one plays
against it, beats it, hosts it or loses to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from briefing.core.lexicons.people import ROLE_HEADS, ROLE_MODIFIERS
from briefing.core.names import NAME_CHUNK

# Words of reports on team sports; three of them, and "against X" means a side.
_TEAM_SPORT_WORDS = frozenset(
    "club clubs coach manager league squad striker midfielder goalkeeper defender winger "
    "match fixture leg qualifier semi-final quarter-final final goal goals kick-off derby "
    "stadium supporters fans season cup tie draw equalised equalized equaliser scored "
    "half-time".split()
)
_OPPONENT_CUE = re.compile(
    r"\b(?:against|versus|vs\.?|beat|beating|defeated|lost to|draw with|drew with|hosts?|"
    r"hosted|hosting|face|faces|facing|visit of|eliminated|knocked out|equalised for|"
    r"equalized for|scored for|clear of|play|plays|"
    r"(?:draw|beaten|thrashed|held|defeated|hammered)(?: [\w-]+){0,3} by) (?=[^\W\d_])"
)
# The side a sentence opens on, when a match verb follows: "Liverpool were held", "Arsenal,
# who play ...", "Liverpool travel to Newcastle".
_SIDE_VERB = re.compile(
    r"(?:,[ ]who)?[ ](?:were|was)?[ ]?(?:held|beaten|beat|drew|lost|won|play|plays|travel|"
    r"travels|host|hosts|face|faces|thrashed|edged|came[ ]from[ ]behind)\b"
)
_NEXT_WORD = re.compile(r" ([a-z][\w-]*)")
_ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS


def team_sport(texts: Sequence[str]) -> bool:
    """Whether the article reads as a report on a team sport."""
    blob = " ".join(texts).lower()
    # A substring test first: most articles hold few of the words, and splitting every
    # sentence into words costs more than the whole question is worth.
    found = 0
    for word in _TEAM_SPORT_WORDS:
        if word in blob and re.search(rf"(?<![a-z-]){re.escape(word)}(?![a-z-])", blob):
            found += 1
            if found >= 3:
                return True
    return False


def opponents(text: str) -> Iterator[str]:
    """The capitalised names that follow an opponent's cue in one sentence, up to three words."""
    for cue in _OPPONENT_CUE.finditer(text):
        chunk = NAME_CHUNK.match(text, cue.end())
        if chunk is None:
            continue
        words = chunk.group(0).split()
        after = _NEXT_WORD.match(text, chunk.end())
        if after and after.group(1) in _ROLE_WORDS:
            # "against Democratic presidential candidate Hillary Clinton": a title follows.
            continue
        if len(words) <= 3:
            yield " ".join(words)


def sides(text: str) -> Iterator[str]:
    """The name a sentence opens on when a match verb follows it."""
    chunk = NAME_CHUNK.match(text)
    if chunk is None:
        return
    words = chunk.group(0).split()
    if len(words) <= 3 and _SIDE_VERB.match(text, chunk.end()):
        yield " ".join(words)
