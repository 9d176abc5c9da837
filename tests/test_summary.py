"""The lede (who, what, when, where) and the choice of key sentences."""

from briefing.core.dates import sentence_dates
from briefing.core.loader import parse_text
from briefing.core.pipeline import extract
from briefing.core.segment import segment
from briefing.core.summary import summarize

WIRE = """Harbour authority to close northern quay for repairs

ROTTERDAM — The Port of Rotterdam Authority will close its northern quay for six weeks \
from 3 March to repair storm damage, the authority said on Tuesday.

"Safety comes first," said Ingrid Bakker, the authority's operations director.

The closure will divert about 40 ships a week to the southern terminals, where extra \
cranes are being installed.

Shipping lines were told of the plan last month. Some asked for compensation.

The authority will publish a revised timetable on 20 February.

Local fishermen said they had not been consulted.
"""


def test_lede_reads_who_what_when_where_from_the_lede_sentence() -> None:
    b = extract(parse_text(WIRE, "wire.txt"))
    assert b.lede.who == "The Port of Rotterdam Authority"
    assert b.lede.what is not None and "close northern quay" in b.lede.what
    # The lede's event is the closure, so its date wins over the day of the announcement.
    assert b.lede.when == "from 3 March"
    assert b.lede.where == "Rotterdam"


def test_lede_evidence_includes_the_headline_and_the_lede_sentence() -> None:
    b = extract(parse_text(WIRE, "wire.txt"))
    assert b.lede.evidence[:2] == (0, 1)
    assert b.sentences[0].kind == "title"


def test_lede_skips_an_opening_quote_for_the_lede_sentence() -> None:
    text = (
        "Council backs new tram line\n\n"
        "\u201cThis is a great day,\u201d said the mayor.\n\n"
        "The city council approved a new tram line on Monday after a long debate in Leeds."
    )
    b = extract(parse_text(text, "t.txt"))
    assert b.lede.who == "The city council"
    assert b.lede.when == "on Monday"
    assert b.lede.where == "Leeds"


def test_summary_has_two_to_four_body_sentences_in_reading_order() -> None:
    b = extract(parse_text(WIRE, "wire.txt"))
    idx = [s.evidence[0] for s in b.summary]
    assert 2 <= len(idx) <= 4
    assert idx == sorted(idx)
    assert all(b.sentences[i].kind == "paragraph" for i in idx)
    assert all(b.sentences[i].text == s.text for i, s in zip(idx, b.summary, strict=True))


def test_summary_prefers_the_scheduled_event_over_a_bare_reaction() -> None:
    b = extract(parse_text(WIRE, "wire.txt"))
    chosen = " ".join(s.text for s in b.summary)
    assert "close its northern quay" in chosen
    assert "Local fishermen said they had not been consulted." not in chosen


def test_summary_does_not_repeat_a_lead_copied_into_the_body() -> None:
    lead = "The central bank raised its main interest rate to 4.5% on Thursday, citing inflation."
    text = (
        f"Bank raises rates\n\n{lead}\n\n{lead}\n\nEconomists had expected the move. Markets fell."
    )
    b = extract(parse_text(text, "t.txt"))
    assert [s.text for s in b.summary].count(lead) == 1


def test_an_article_without_a_body_has_an_empty_summary() -> None:
    b = extract(parse_text("# Just a headline\n", "t.md"))
    assert b.summary == ()


def test_lede_from_dates_found_beforehand_is_the_lede_found_alone() -> None:
    article = parse_text(WIRE, "wire.txt")
    sentences = segment(article)
    alone = summarize(sentences, (), ())
    shared = summarize(sentences, (), (), (), sentence_dates(sentences, article.date))
    assert alone[0].when == "from 3 March"
    assert shared == alone


def test_an_adverb_before_the_headline_verb_goes_with_the_verb():
    from briefing.core.summary import _split_subject

    assert _split_subject("Kenyan sprinter provisionally suspended before worlds", True) == (
        "Kenyan sprinter",
        "provisionally suspended before worlds",
    )


def test_a_dateline_with_a_date_is_not_part_of_the_lede_subject():
    from briefing.core.loader import parse_text
    from briefing.core.pipeline import extract

    b = extract(
        parse_text(
            "Talks stall\n\nBONN, 11 June 2026 — Negotiators from poorer countries walked out"
            " of a session on Tuesday.\n",
            "t.txt",
        )
    )
    assert (b.lede.who, b.lede.where) == ("Negotiators from poorer countries", "Bonn")


def test_a_headline_that_opens_on_a_question_word_has_no_subject():
    from briefing.core.summary import _split_subject

    assert _split_subject("What to expect at this week's summit", True) is None
    assert _split_subject("WHO raises alarm over cholera spread", True) == (
        "WHO",
        "raises alarm over cholera spread",
    )


def test_a_headline_opening_on_a_quote_is_read_after_it():
    from briefing.core.loader import parse_text
    from briefing.core.pipeline import extract

    b = extract(
        parse_text(
            "“We will not be blackmailed”: Ghana rejects lender's terms\n\n"
            "Ghana's finance minister rejected the conditions of a loan on Tuesday.\n",
            "t.txt",
        )
    )
    assert b.lede.what == "rejects lender's terms"
