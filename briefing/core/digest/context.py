"""Organisations that are the setting of many stories rather than the sign of one event.

Two articles that both mention the European Commission, the UN or "the government" may report
anything from a fishing quota to a chatbot hearing: like a shared country, such a name is
context, not evidence of one event; so is the agency credited for a photo. An organisation is
context when it is one of the standing supranational bodies or news outlets below, or when its
name says nothing but its kind and its place ("Parliament", "the Dutch government", "US
Senate", "European Commission").
"""

from __future__ import annotations

from functools import lru_cache

from briefing.core.digest.text import words
from briefing.core.lexicons.places import COUNTRIES, DEMONYMS

# Intergovernmental bodies, their organs and agencies, and the seats of national government
# that the news names by place: each appears across unrelated stories every day.
SUPRANATIONAL_BODIES: frozenset[str] = frozenset(
    line.strip()
    for line in """
    eu
    european union
    european commission
    eu commission
    european parliament
    european council
    council of the european union
    council of the eu
    european central bank
    ecb
    european investment bank
    eib
    european court of justice
    court of justice of the european union
    european court of human rights
    council of europe
    eurostat
    un
    united nations
    un security council
    united nations security council
    security council
    un general assembly
    united nations general assembly
    general assembly
    un human rights council
    human rights council
    unicef
    unhcr
    unesco
    who
    world health organization
    world health organisation
    world food programme
    wfp
    iaea
    international atomic energy agency
    nato
    north atlantic treaty organization
    imf
    international monetary fund
    world bank
    wto
    world trade organization
    oecd
    opec
    asean
    asean secretariat
    african union
    au
    arab league
    g7
    g20
    osce
    organization for security and co-operation in europe
    interpol
    icc
    international criminal court
    icj
    international court of justice
    red cross
    international committee of the red cross
    icrc
    white house
    kremlin
    pentagon
    downing street
    elysee
    elysee palace
    state department
    us state department
    federal reserve
    fed
    """.strip().splitlines()
)

# The kinds of public institution every country has. Commercial kinds ("Airlines", "Bank",
# "Group") are left out: "Turkish Airlines" names one company, "Turkish Parliament" does not.
_KIND_WORDS = frozenset(
    """
    ministry ministries department commission council court courts tribunal office agency
    authority authorities parliament assembly congress senate house representatives commons
    lords government cabinet administration presidency judiciary treasury police army navy
    military forces force guard embassy consulate
    """.split()
)
# News agencies, picture agencies and broadcasters: they appear in the credits and the
# attributions of unrelated stories ("(AP)", "Photo: EPA", "told the BBC").
NEWS_OUTLETS: frozenset[str] = frozenset(
    name.strip()
    for name in """
    ap | associated press | reuters | afp | agence france-presse | epa |
    european pressphoto agency | getty | getty images | pa | pa media | press association |
    dpa | ansa | efe | kyodo | yonhap | xinhua | tass | ria novosti | upi | anadolu | bbc |
    bbc news | cnn | nbc | cbs | abc | fox news | sky news | al jazeera | bloomberg
    """.split("|")
)
# Words that place or scope an institution without naming it.
_SCOPE_WORDS = frozenset(
    """
    european international national federal state central regional provincial local world
    global supreme high constitutional
    """.split()
)
_FILLER = frozenset({"the", "of", "for", "and", "on"})
_PLACE_WORDS = frozenset(w for name in (*COUNTRIES, *DEMONYMS) for w in words(name)) | _SCOPE_WORDS


@lru_cache(maxsize=8192)
def is_context_organisation(name: str) -> bool:
    """True when the organisation `name` is too common across stories to suggest one event."""
    parts = words(name)
    while parts and parts[0] == "the":
        parts = parts[1:]
    if not parts:
        return False
    key = " ".join(parts)
    if key in SUPRANATIONAL_BODIES or key in NEWS_OUTLETS:
        return True
    if not any(w in _KIND_WORDS for w in parts):
        return False
    return all(w in _KIND_WORDS or w in _PLACE_WORDS or w in _FILLER for w in parts)
