"""References an article names and never fills in."""

import pytest

from briefing.core.questions import _ask_embedded, _what_was
from briefing.core.unsaid import unsaid


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("The licence fee wasn't made public.", "What was the licence fee?"),
        (
            "The settlement sum was kept confidential, both sides said.",
            "What was the settlement sum?",
        ),
        ("Details of the merger remain under wraps.", "What were the details of the merger?"),
        (
            "The regulator withheld the names of the clinics involved, citing the inquiry.",
            "What were the names of the clinics involved?",
        ),
        (
            "Most of the money came from a private donor she did not identify.",
            "What was the private donor?",
        ),
        (
            "The permit came with several conditions, which were not specified.",
            "What were the conditions?",
        ),
        (
            "The inspectors found certain irregularities at two depots.",
            "What were the irregularities?",
        ),
        (
            "The former mayor faces three charges, including bribery.",
            "What are the other charges, besides bribery?",
        ),
        (
            "Asked what the reforms would cost, the minister said only that they were affordable.",
            "What would the reforms cost?",
        ),
        (
            "How many flights would be cancelled was left unclear.",
            "How many flights would be cancelled?",
        ),
        (
            "The coach remained tight-lipped about the striker's contract.",
            "What was the striker's contract?",
        ),
        (
            "Police shed no light on the driver's identity or the charges.",
            "What was the driver's identity?",
        ),
        (
            "Which schools would close was not stated in the council's letter.",
            "Which schools would close?",
        ),
        (
            "The concert was cancelled for reasons the organisers did not specify.",
            "What were the reasons?",
        ),
        ("The cost of the repairs has not been made public.", "What was the cost of the repairs?"),
        (
            "Neither party disclosed the value of the contract, which runs to 2030.",
            "What was the value of the contract?",
        ),
        (
            "The mayor declined to elaborate on which bus routes would be cut.",
            "Which bus routes would be cut?",
        ),
        (
            "The ministry did not say what the new rules would require or when they would apply.",
            "What would the new rules require?",
        ),
        (
            "The painting went to a private collector whose name the gallery did not disclose.",
            "Who is the private collector?",
        ),
        (
            "The library said the benefactor had asked not to be named.",
            "Who is the benefactor?",
        ),
        (
            "Inspectors reported “significant failings” in the kitchen without giving details.",
            "What were the “significant failings”?",
        ),
    ],
)
def test_a_thing_named_and_kept_back_is_asked_for(sentence: str, asked: str) -> None:
    assert unsaid(sentence, _what_was, _ask_embedded) == asked


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer was given a standing ovation.",
        "The driver was released on bail on Friday.",
        "Some 30 civilians, including women and children, were killed.",
        "The report was published on Monday.",
        "The council set out several measures: a levy, a cap and a new bus lane.",
        "She did not name them.",
        # A source keeping out of print is how news is sourced, not a gap in the story.
        "An official who asked not to be named said the talks had stalled.",
        "Neither side would comment.",
        "The club said it had received offers, without giving details.",
    ],
)
def test_things_given_or_listed_are_not_asked_for(sentence: str) -> None:
    assert unsaid(sentence, _what_was, _ask_embedded) is None
