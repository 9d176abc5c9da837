"""Organisation and product names read from the cue words around them."""

from __future__ import annotations

from briefing.core.gates import word_sets
from briefing.core.org_phrases import (
    described_bodies,
    introduced_names,
    local_bodies,
    members_of,
    product_names,
    trailed_names,
)


def test_introducing_noun_gives_the_name_after_it() -> None:
    assert list(introduced_names("shares in logistics group Vestholm Nord rose")) == [
        "Vestholm Nord"
    ]


def test_introducing_noun_after_a_hyphen_still_counts() -> None:
    assert list(introduced_names("the sub-group Arvela said")) == ["Arvela"]


def test_introducing_noun_needs_a_capitalised_name() -> None:
    assert list(introduced_names("the company said the bank would pay")) == []


def test_trailing_noun_gives_the_capitalised_run_before_it() -> None:
    text = "must report to the Borsa Istanbul stock exchange, said the Arvela group"
    assert list(trailed_names(text)) == ["Borsa Istanbul", "Arvela"]


def test_trailing_noun_stops_at_a_lower_case_word() -> None:
    assert list(trailed_names("the board of the Arvela group")) == ["Arvela"]


def test_local_body_takes_the_one_word_before_it() -> None:
    assert list(local_bodies("Old Gdańsk city council voted")) == [("Gdańsk", "city council")]


def test_products_named_after_and_before_their_noun() -> None:
    text = "its chatbot, Evelyn, and the Vestholm Go app"
    assert product_names(text) == ["Evelyn", "Vestholm Go"]


def test_members_of_gives_group_and_body() -> None:
    assert list(members_of("Members of the European Parliament voted")) == [
        ("Members of the European Parliament", "European Parliament")
    ]


def test_members_of_inside_a_word_does_not_count() -> None:
    assert list(members_of("xMembers of the European Parliament")) == []


def test_members_of_a_body_whose_name_has_joining_words() -> None:
    found = list(members_of("Members of the Harbour and Dock Workers' Union walked out."))
    assert found == [
        ("Members of the Harbour and Dock Workers' Union", "Harbour and Dock Workers' Union")
    ]


def test_members_of_a_body_stop_before_a_day() -> None:
    found = list(members_of("Members of the European Parliament on Tuesday voted."))
    assert [body for _, body in found] == ["European Parliament"]


def test_bodies_described_by_the_words_around_them() -> None:
    def found(text: str) -> list[str]:
        return list(described_bodies(text, word_sets(text)[1]))

    assert found("Vattenfall, the Swedish utility, said it would close two plants.") == [
        "Vattenfall"
    ]
    assert found("Orlen, the state-controlled refiner, agreed.") == ["Orlen"]
    assert found("The carrier, Pacific Sky, grounded its fleet.") == ["Pacific Sky"]
    assert found("Kestrel Mining shares jumped after the ruling.") == ["Kestrel Mining"]
    assert found("Polgaz's board met on Monday.") == ["Polgaz"]
    assert found("The merger between Enervia and Polgaz collapsed.") == ["Enervia", "Polgaz"]
    assert found("He invested in Apple stock when it was cheap.") == ["Apple"]


def test_people_described_by_their_work_are_not_bodies() -> None:
    for text in (
        "John Smith, the owner, said.",
        "Brown, a member of the party, said.",
        "Lee, a former union official, said.",
        "Anna Berg, the party leader, said.",
        "The shares rose.",
        "Contrast George Bush's board-room manner with his rival's.",
    ):
        assert list(described_bodies(text, word_sets(text)[1])) == [], text


def test_a_body_named_after_its_described_noun() -> None:
    text = "It is unclear whether the engine maker, Nordic Turbine Works, will take part."
    assert list(described_bodies(text, word_sets(text)[1])) == ["Nordic Turbine Works"]


def test_a_parliament_named_after_its_noun() -> None:
    text = "Poland's lower house of parliament, the Sejm, passed a bill on Friday."
    assert list(described_bodies(text, word_sets(text)[1])) == ["Sejm"]


def test_a_body_named_after_a_possessive_and_its_noun() -> None:
    text = "The exports were worth $3.5 billion, according to Mexico's steel chamber, Canacero."
    assert list(described_bodies(text, word_sets(text)[1])) == ["Canacero"]
