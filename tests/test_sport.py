"""Clubs named only as opponents in reports on team sports."""

from __future__ import annotations

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
