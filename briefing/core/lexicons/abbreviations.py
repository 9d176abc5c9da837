"""Abbreviations that end in a full stop without ending a sentence."""

import re

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    Mr Mrs Ms Mx Dr Prof St Jr Sr Sen Rep Gov Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pte Rev Hon
    Pres Supt Insp Det Amb Atty Messrs Mme Mlle Fr Sec Dept Univ Assn Bros Inc Corp Ltd Co Plc
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    No Nos Vol Fig vs etc approx est Ave Blvd Rd Mt Ft Pt Op Art Arts Sq cf ca al
    """.split()
)

# "U.S.", "U.K.", "a.m.", "e.g.": letters each followed by a full stop.
DOTTED_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}")

# Words that, after an ambiguous full stop ("U.S.", an initial), plainly open a new sentence.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    The A An This That These Those It Its He She They We I You His Her Their Our But And Or
    So Yet However Meanwhile In On At For After Before When While Although Though If As
    There Here Some Many Most Both Each Other Another One Two Three No Not Last Next Earlier
    Later Still Also Officials Police
    """.split()
)
