"""Small folders written for the digest tests, and a helper to brief an article text."""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefing.core.loader import parse_text
from briefing.core.model import Briefing
from briefing.core.pipeline import extract


def brief(path: str, text: str, date: dt.date | None) -> Briefing:
    """Load `text` as the loader would, date it, and extract its briefing."""
    return extract(dataclasses.replace(parse_text(text, path), date=date))


BRIDGE_HERALD = """Bridge collapse in Korvath kills at least seven

At least seven people were killed when the Merrow Bridge collapsed in Korvath on Tuesday, \
regional governor Anna Lindqvist said. Rescue teams from the Korvath fire brigade searched the \
river through the night.
"""
BRIDGE_COURIER = """Five dead as Merrow Bridge falls in Korvath

Five people died after the Merrow Bridge in Korvath gave way during the evening rush, officials \
said. Governor Anna Lindqvist ordered an inquiry into the collapse.
"""
FARM = """Drought hits wheat harvest in France

Farmers in Burgundy expect the smallest wheat harvest in a decade after a dry spring, the \
agriculture ministry said. Prices for flour rose sharply at markets across France.
"""
MUSEUM = """Louvre to reopen Egyptian wing

The Louvre in Paris will reopen its Egyptian wing next month after a two-year restoration, the \
museum's director Claire Martin said. Visitors in France will see 300 restored objects.
"""
TALKS_MONDAY = """Talks on the Danube treaty set for Monday

Foreign ministers from Austria and Hungary will meet in Vienna on Monday to settle the Danube \
water treaty, officials said. Austrian Foreign Minister Karl Brenner will chair the talks.
"""
TALKS_JANUARY = """Danube treaty talks set for January 10

The foreign ministers of Austria and Hungary will hold talks on the Danube water treaty in \
Vienna on January 10, the ministry said. Karl Brenner, the Austrian foreign minister, said he \
was hopeful.
"""
TALKS_TOMORROW = """Danube treaty talks open tomorrow in Vienna

Austria and Hungary will open talks in Vienna tomorrow on the Danube water treaty. Deputy \
Foreign Minister Karl Brenner said a deal was close.
"""

MARCH_8 = dt.date(2022, 3, 8)


def bridge_folder() -> list[Briefing]:
    return [
        brief("herald.txt", BRIDGE_HERALD, MARCH_8),
        brief("courier.txt", BRIDGE_COURIER, MARCH_8),
    ]


def unrelated_folder() -> list[Briefing]:
    return [brief("farm.txt", FARM, MARCH_8), brief("museum.txt", MUSEUM, MARCH_8)]


def talks_folder() -> list[Briefing]:
    # 6 January 2022 is a Thursday, so "on Monday" is 10 January, as is "tomorrow" on the 9th.
    return [
        brief("a.txt", TALKS_MONDAY, dt.date(2022, 1, 6)),
        brief("b.txt", TALKS_JANUARY, dt.date(2022, 1, 8)),
        brief("c.txt", TALKS_TOMORROW, dt.date(2022, 1, 9)),
    ]


# Two Brussels stories that share the European Commission and the city, and nothing else.
COMMISSION_FINE = """Commission fines Lindqvar Pharma over delayed generic medicines

BRUSSELS — The European Commission on Tuesday fined drugmaker Lindqvar Pharma 210 million \
euros for paying rivals to delay cheaper generic versions of its heart medicine Cardoxil. \
Competition chief Ilse Marnefort said patients in Brussels and across Europe had paid too much.
"""
COMMISSION_QUOTAS = """EU proposes deeper cuts to Baltic cod quotas

BRUSSELS — The European Commission on Tuesday proposed cutting next year's Baltic cod catch \
by a third, as scientists warned that stocks were near collapse. Fisheries commissioner \
Tomasz Wrzesiński will present the plan to ministers in Brussels next month.
"""


def commission_folder() -> list[Briefing]:
    return [
        brief("fine.txt", COMMISSION_FINE, MARCH_8),
        brief("quotas.txt", COMMISSION_QUOTAS, MARCH_8),
    ]
