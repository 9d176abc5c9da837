"""Outcomes still to come, in the many constructions reporters use for them."""

import pytest

from briefing.core.questions import _ask_embedded
from briefing.core.still_open import still_open


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "After two days of argument, Judge Ilse Brandt reserved judgment.",
            "What will Judge Ilse Brandt rule (judgment reserved)?",
        ),
        (
            "Final results are due on Thursday, the electoral commission said.",
            "What will the final results show (due on Thursday)?",
        ),
        (
            "The drivers have given the company until Friday to respond.",
            "Will the company respond by Friday?",
        ),
        (
            "Coastguard investigators are examining the circumstances of the collision.",
            "What will coastguard investigators find about the circumstances of the collision?",
        ),
        (
            "It remains to be seen whether the regional assembly will back the plan.",
            "Will the regional assembly back the plan?",
        ),
        (
            "The merger is still awaiting clearance from the European Commission.",
            "Will the European Commission clear the merger?",
        ),
        (
            "A decision on whether to charge the driver will be made by prosecutors next month.",
            "Will prosecutors next month decide to charge the driver?",
        ),
        (
            "If approved by shareholders, the buyout would close in March.",
            "Will shareholders approve the buyout?",
        ),
        (
            "The rezoning plan goes before the city planning committee in June.",
            "Will the city planning committee approve the rezoning plan?",
        ),
        (
            "Negotiations are continuing, a spokesman for the mediators said.",
            "How will the negotiations end?",
        ),
        (
            "Tests are under way to establish how the contamination happened.",
            "How did the contamination happen?",
        ),
        (
            "The road cannot reopen until the bridge inspection is finished.",
            "When is the bridge inspection finished?",
        ),
        (
            "The ministry has not answered the farmers' demands, a union leader said.",
            "Will the ministry answer the farmers' demands?",
        ),
        (
            "The final count will not be known until overseas ballots arrive next week.",
            "What will the final count be (not known until overseas ballots arrive next week)?",
        ),
        (
            "The future of the pier is now in the hands of the Planning and Heritage Board.",
            "What will the Planning and Heritage Board decide?",
        ),
        (
            "An inquiry is under way into how the fire started.",
            "How did the fire start?",
        ),
        (
            "The takeover hinges on whether the founder's son agrees to sell his shares.",
            "Will the founder's son agree to sell his shares?",
        ),
        (
            "The 2-gigawatt plant now awaits the green light from the energy ministry.",
            "Will the energy ministry approve the 2-gigawatt plant?",
        ),
        (
            "Four men accused of the raid are awaiting a verdict from the district court.",
            "What will the district court decide?",
        ),
        ("A recount has been ordered in two constituencies.", "What will the recount show?"),
        (
            "The offer remains on the table, with no response yet from the pilots' union.",
            "How will the pilots' union respond?",
        ),
        (
            "The regional assembly is poised to vote on a rent cap.",
            "How will the regional assembly vote on a rent cap?",
        ),
    ],
)
def test_an_outcome_still_to_come_is_asked_about(sentence: str, asked: str) -> None:
    assert still_open(sentence, _ask_embedded) == asked


@pytest.mark.parametrize(
    "sentence",
    [
        "It remains to be seen.",
        "He is reviewing the offer.",  # who "he" is, the question would not say
        "The talks ended on Friday with a deal.",
        "The committee approved the plan in June.",
        "Police investigated the fire last year and found no crime.",
        "The results were published on Monday.",
        # A subject inside a longer noun phrase is not the one who applied.
        "A family living in Oslo for eight years has applied for residence.",
    ],
)
def test_settled_outcomes_and_pronoun_subjects_are_not_asked(sentence: str) -> None:
    assert still_open(sentence, _ask_embedded) is None


def test_a_long_subject_before_its_verb_is_asked_about_whole() -> None:
    assert (
        still_open(
            "The merger hangs on whether the bank's largest shareholder agrees to it.",
            _ask_embedded,
        )
        == "Will the bank's largest shareholder agree to it?"
    )
    assert (
        still_open("Much depends on whether the union calls off the strike.", _ask_embedded)
        == "Will the union call off the strike?"
    )


def test_a_plural_subject_is_not_taken_for_a_verb() -> None:
    # "investors come": the -s word is the subject, not a verb to put in its base form.
    assert still_open(
        "Its future hinges on whether new investors come forward.", _ask_embedded
    ) in (
        None,
        "Will new investors come forward?",
    )


def test_an_appeal_lodged_by_the_subject_of_an_earlier_verb() -> None:
    assert (
        still_open(
            "Anna Kovacs was fined and has lodged an appeal, her lawyer said.", _ask_embedded
        )
        == "Will the appeal by Anna Kovacs succeed?"
    )
    assert still_open("He was jailed and has lodged an appeal.", _ask_embedded) is None
