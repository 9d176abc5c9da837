"""Clubs named only as opponents in reports on team sports."""

from __future__ import annotations

import datetime as dt

from briefing.core.actors import extract_actors
from briefing.core.model import Actor, Sentence


def _actors(*texts: str) -> tuple[Actor, ...]:
    return extract_actors([Sentence(i, t, i, "paragraph") for i, t in enumerate(texts)])


def _orgs(actors: tuple[Actor, ...]) -> list[str]:
    return [a.name for a in actors if a.kind == "organization"]


MATCH = (
    "The coach said the squad was ready for the second leg.",
    "The club's supporters travelled in numbers for the league match.",
)


def test_a_side_played_against_is_an_organisation() -> None:
    actors = _actors(*MATCH, "They could face Dunmore Rovers or play against Kastelholm next.")
    assert {"Dunmore Rovers", "Kastelholm"} <= set(_orgs(actors))


def test_outside_a_match_report_against_names_nothing() -> None:
    actors = _actors(
        "Campaigners marched against Brexit in the capital.",
        "Lawmakers voted against Haldane on Tuesday.",
    )
    assert _orgs(actors) == []


def test_a_player_named_as_an_opponent_stays_a_person() -> None:
    actors = _actors(
        *MATCH,
        'Midfielder Tomas Varga said: "We beat Varga once before."',
        "Varga scored twice.",
    )
    assert "Varga" not in _orgs(actors)


def test_a_title_after_the_capital_word_is_not_a_side() -> None:
    actors = _actors(*MATCH, "The fans booed against Democratic presidential hopeful Lena Ortiz.")
    assert "Democratic" not in _orgs(actors)


def test_read_on_a_new_match_report() -> None:
    from briefing.core.loader import parse_text
    from briefing.core.pipeline import extract

    b = extract(
        parse_text(
            "Liverpool held at home\n\n"
            "LIVERPOOL, England, 14 February 2027 — Liverpool were held to a 1-1 draw by Brentford"
            " at Anfield on Saturday, two points clear of Arsenal at the top of the league.\n\n"
            "Liverpool manager Arne Slot said his side had lacked a cutting edge.\n\n"
            "Arsenal, who play Manchester City on Sunday, can go top with a win. Liverpool travel"
            " to Newcastle United next Saturday.\n",
            "match.txt",
        )
    )
    orgs = {a.name for a in b.actors if a.kind == "organization"}
    assert {"Liverpool", "Brentford", "Arsenal", "Manchester City"} <= orgs
    events = [(e.title, e.date) for e in b.agenda if e.kind == "event"]
    assert ("Arsenal to play Manchester City", dt.date(2027, 2, 14)) in events
    assert ("Liverpool to travel to Newcastle United", dt.date(2027, 2, 20)) in events
