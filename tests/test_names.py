"""Name chunks and role words: the pieces the actor rules are built from."""

from __future__ import annotations

from briefing.core.names import (
    NAME_CHUNK,
    cap_run_at,
    cap_run_before,
    is_name_token,
    role_before,
    split_title,
)


def test_name_chunk_keeps_particles_and_diacritics() -> None:
    chunks = [m.group(0) for m in NAME_CHUNK.finditer("met Tomás de la Vega and Søren Kjærgaard.")]
    assert "Tomás de la Vega" in chunks
    assert "Søren Kjærgaard" in chunks


def test_name_chunk_stops_before_possessive() -> None:
    assert NAME_CHUNK.match("Dasol's head").group(0) == "Dasol"


def test_split_title_separates_office_from_name() -> None:
    assert split_title(["Health", "Minister", "Declan", "Furlong"]) == (
        ["Health", "Minister"],
        ["Declan", "Furlong"],
    )


def test_split_title_leaves_non_office_words() -> None:
    assert split_title(["Prime", "Time"]) == ([], ["Prime", "Time"])


def test_role_before_reads_lower_case_role_and_country() -> None:
    role = role_before(["the", "Dutch", "technical", "director"])
    assert role is not None
    assert role.text == "technical director"
    assert role.affiliation == "Netherlands"


def test_acronyms_and_months_are_not_name_tokens() -> None:
    assert not is_name_token("UOKiK")
    assert not is_name_token("March")
    assert is_name_token("Hye-rin")


def test_capitalised_run_read_backwards_from_a_cue() -> None:
    text = "the Borsa Istanbul stock exchange"
    assert cap_run_before(text, text.index(" stock")) == text.index("Borsa")


def test_capitalised_run_backwards_starts_inside_a_hyphenated_word() -> None:
    text = "a pro-Kremlin United party"
    assert text[cap_run_before(text, text.index(" party")) :].startswith("Kremlin United")


def test_capitalised_run_backwards_respects_the_limit() -> None:
    text = "the Alpha Beta Gamma app"
    assert cap_run_before(text, text.index(" app"), limit=2) == text.index("Beta")


def test_capitalised_run_forward_stops_at_lower_case() -> None:
    assert cap_run_at("Vestholm Nord and Arvela", 0) == ["Vestholm", "Nord"]


def test_a_hyphenated_role_with_a_modifier_is_a_role_word() -> None:
    from briefing.core.names import is_role_head

    assert is_role_head("Vice-minister")
    assert is_role_head("co-chair")
    assert not is_role_head("Smith-Jones")


def test_a_two_word_portfolio_belongs_to_the_office() -> None:
    assert split_title(["Civil", "Protection", "Minister", "Giannis", "Kefalogiannis"]) == (
        ["Civil", "Protection", "Minister"],
        ["Giannis", "Kefalogiannis"],
    )
    # A capitalised place with one word after it is no office and no name.
    assert split_title(["Across", "West", "Executive", "Drive"]) == (
        [],
        ["Across", "West", "Executive", "Drive"],
    )
