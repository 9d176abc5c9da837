"""Quotes: finding them and crediting them to the right actor."""

from __future__ import annotations

from briefing.core.actors import extract_actors
from briefing.core.model import Actor, Sentence
from briefing.core.quotes import find_quotes, speaker_before


def _actors(*texts: str) -> tuple[Actor, ...]:
    return extract_actors([Sentence(i, t, i, "paragraph") for i, t in enumerate(texts)])


def _quotes_of(actors: tuple[Actor, ...], name_part: str) -> list[str]:
    for a in actors:
        if name_part in a.name:
            return [q.text for q in a.quotes]
    raise AssertionError([a.name for a in actors])


def test_curly_single_quotes_are_quotes_but_apostrophes_are_not() -> None:
    spans = find_quotes("‘We won’t leave,’ says Mr Ode, who’s staying.")
    assert [q.text for q in spans] == ["We won’t leave,"]


def test_speaker_after_quote_with_said() -> None:
    actors = _actors("“We are ready,” Minister Lea Koivu said.")
    assert _quotes_of(actors, "Koivu") == ["We are ready"]


def test_said_before_speaker_name() -> None:
    actors = _actors('"It is over," said Tarik Osei, the club\'s head coach.')
    assert _quotes_of(actors, "Osei") == ["It is over"]


def test_split_quote_around_speaker_is_one_quote() -> None:
    actors = _actors(
        "Envoy Ruth Dalby arrived.",
        "“We will listen,” Dalby said on the radio, “but we will not move.”",
    )
    assert _quotes_of(actors, "Dalby") == ["We will listen, but we will not move."]


def test_pronoun_speaker_is_the_previous_person() -> None:
    actors = _actors("Chief executive Nils Aalto spoke to staff.", "“Costs must fall,” he said.")
    assert _quotes_of(actors, "Aalto") == ["Costs must fall"]


def test_statement_quote_goes_to_the_country_that_issued_it() -> None:
    actors = _actors(
        "“Talks were useful,” the US said in a statement.",
        "“More talks will follow,” the statement said.",
    )
    assert _quotes_of(actors, "United States") == ["Talks were useful", "More talks will follow"]


def test_quote_only_sentence_continues_the_previous_speaker() -> None:
    actors = _actors(
        "“We listen,” striker Ivo Rask said.",
        "“We grew up with this club.”",
    )
    assert _quotes_of(actors, "Rask") == ["We listen", "We grew up with this club."]


def test_quote_evidence_is_its_sentence() -> None:
    actors = _actors("Mayor Ana Reis opened it.", "“It is done,” Reis told reporters.")
    person = next(a for a in actors if a.name == "Ana Reis")
    assert person.quotes[0].evidence == (1,)


def test_speaker_named_before_an_appositive_and_a_colon() -> None:
    assert speaker_before("Ngozi Okonjo-Iweala, the chief executive, said: ") == (
        "Ngozi Okonjo-Iweala"
    )


def test_speaker_named_in_the_appositive_after_a_role() -> None:
    assert speaker_before("The firm's chief executive, Lea Brandt, said: ") == "Lea Brandt"


def test_relative_clause_before_the_verb_is_not_the_speaker() -> None:
    assert speaker_before("he thought, who helped the Royals last year, said: ") is None


def test_a_role_before_a_name_in_commas_leaves_the_name_as_speaker() -> None:
    text = "The European Union's lead negotiator, Jacob Werksman, said the bloc agreed "
    assert speaker_before(text) == "Jacob Werksman"
    # A name before its role in commas is still the speaker.
    assert speaker_before("Ngozi Okonjo-Iweala, the chief executive, said: ") == (
        "Ngozi Okonjo-Iweala"
    )


def test_a_quote_standing_alone_goes_to_the_speaker_named_with_those_words() -> None:
    actors = extract_actors(
        [
            Sentence(0, "“We will not be blackmailed into selling our gold.”", 0, "paragraph"),
            Sentence(
                1,
                "With those words, the finance minister, Kwabena Owusu-Ansah, rejected the terms.",
                1,
                "paragraph",
            ),
        ]
    )
    minister = next(a for a in actors if a.name == "Kwabena Owusu-Ansah")
    assert [q.text for q in minister.quotes] == [
        "We will not be blackmailed into selling our gold."
    ]


def test_straight_single_quotes_are_quotes_but_apostrophes_are_not() -> None:
    def found(text: str) -> list[str]:
        return [q.text for q in find_quotes(text)]

    assert found("'This is a company that put profits first,' said David Black.") == [
        "This is a company that put profits first,"
    ]
    assert found("River Action said the fine was 'a drop in the ocean'.") == ["a drop in the ocean"]
    assert found("He called it 'fantastic' and boasted of their 'great chemistry'.") == [
        "fantastic",
        "great chemistry",
    ]
    assert found("The members' union said it didn't agree; the '90s are back.") == []


def test_a_described_speaker_named_in_an_appositive() -> None:
    from briefing.core.quotes import speaker_after

    assert speaker_after(", said her former student, the architect Péter Horváth.") == (
        "Péter Horváth"
    )
    assert speaker_after(", said the minister, who declined to elaborate.") == "the minister"


def test_a_role_with_its_body_then_the_name_credits_the_name() -> None:
    from briefing.core.quotes import speaker_after

    assert speaker_after(", said Coop Norden's chief executive, Lina Berg.") == "Lina Berg"
