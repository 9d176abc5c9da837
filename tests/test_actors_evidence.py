"""Actors: the evidence of personhood news gives, and bodies known by what they do."""

from __future__ import annotations

from briefing.core.actors import extract_actors
from briefing.core.model import Actor, Sentence
from briefing.core.org_phrases import introduced_names


def _actors(*texts: str, title: str | None = None) -> tuple[Actor, ...]:
    rows = ([("title", title)] if title else []) + [("paragraph", t) for t in texts]
    sentences = [Sentence(i, t, i, kind) for i, (kind, t) in enumerate(rows)]  # type: ignore[arg-type]
    return extract_actors(sentences)


def _kinds(actors: tuple[Actor, ...]) -> dict[str, str]:
    return {a.name: a.kind for a in actors}


def test_descriptor_noun_before_a_full_name_makes_a_person() -> None:
    actors = _actors("Teenage rally star Oskar Lindgren held on in the rain.")
    assert _kinds(actors).get("Oskar Lindgren") == "person"


def test_rival_before_a_full_name_is_a_person_not_an_organisation() -> None:
    actors = _actors("The champion must now overhaul team-mate and rival Tomas Brenner.")
    assert _kinds(actors).get("Tomas Brenner") == "person"


def test_rival_before_one_word_still_introduces_a_company() -> None:
    assert list(introduced_names("shares in rival Vantor fell")) == ["Vantor"]
    assert list(introduced_names("his rival Tomas Brenner won")) == []


def test_surname_acting_alone_makes_the_full_name_a_person() -> None:
    actors = _actors(
        "The race was won by Dario Feltrinelli on a wet track.",
        "Feltrinelli lost control twice but held on.",
    )
    assert _kinds(actors).get("Dario Feltrinelli") == "person"


def test_surname_after_the_does_not_make_a_person() -> None:
    actors = _actors(
        "Fans of Harbour Gulls filled the square.",
        "The Gulls won again on Sunday.",
    )
    assert "Harbour Gulls" not in [a.name for a in actors if a.kind == "person"]


def test_owner_possessive_and_verb_make_a_person_with_that_affiliation() -> None:
    actors = _actors("Late in the rally Citroën's Rafael Duarte spun into a wall.")
    person = next(a for a in actors if a.name == "Rafael Duarte")
    assert person.kind == "person"
    assert person.affiliation == "Citroën"


def test_possessive_of_a_place_is_no_evidence() -> None:
    actors = _actors("Visitors loved Paris's Moulin Splendide, which opened in 1890.")
    assert "Moulin Splendide" not in [a.name for a in actors if a.kind == "person"]


def test_pronoun_after_an_acting_name_makes_a_person() -> None:
    actors = _actors("Ingrid Solberg crossed the line first.", "She said the course was hard.")
    assert _kinds(actors).get("Ingrid Solberg") == "person"


def test_full_name_without_any_evidence_stays_out() -> None:
    actors = _actors("The crowd gathered near Croke Park before the match.")
    assert "Croke Park" not in _kinds(actors)


def test_shouted_headline_name_is_the_person_of_the_body() -> None:
    actors = _actors(
        "Veteran driver Paulo Meireles waved to the crowd.",
        title="PAULO MEIRELES SAYS GOODBYE",
    )
    person = next(a for a in actors if a.name == "Paulo Meireles")
    assert 0 in person.evidence


def test_earlier_mention_joins_a_person_found_later() -> None:
    actors = _actors(
        "Marta Quiroga opened the session.",
        "Quiroga said the budget was fair.",
    )
    person = next(a for a in actors if a.name == "Marta Quiroga")
    assert person.evidence == (0, 1)


def test_the_name_as_subject_of_a_verb_is_an_organisation() -> None:
    actors = _actors("The Taliban claimed responsibility for the attack on Monday.")
    assert _kinds(actors).get("Taliban") == "organization"


def test_the_with_a_party_noun_is_not_an_organisation() -> None:
    actors = _actors("The Democrat said his wife had met the family.")
    assert "Democrat" not in _kinds(actors)


def test_city_before_a_capitalised_plural_is_a_team() -> None:
    actors = _actors("Fans waited for the Chicago Cubs to land.")
    assert _kinds(actors).get("Chicago Cubs") == "organization"


def test_name_before_militants_is_their_group() -> None:
    actors = _actors("Officials blamed Zarqan militants for the blast.")
    assert _kinds(actors).get("Zarqan") == "organization"


def test_ordinary_word_before_fans_is_no_group() -> None:
    actors = _actors("Chocolate fans were angry.", "The chocolate bar shrank.")
    assert "Chocolate" not in _kinds(actors)


def test_team_name_before_a_role_noun_is_not_a_person() -> None:
    actors = _actors("The crowd cheered their star Harlow driver after the race.")
    assert "Harlow" not in [a.name for a in actors if a.kind == "person"]


def test_clause_after_an_adverb_is_not_a_role() -> None:
    actors = _actors("Incredibly, the teenager managed to avoid the barrier.")
    assert "Incredibly" not in _kinds(actors)
