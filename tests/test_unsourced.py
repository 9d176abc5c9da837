"""A significant claim made alone, in the article's own voice, is asked about: who says so?"""

import pytest

from briefing.core.agenda import extract_agenda
from briefing.core.model import Article, Block
from briefing.core.questions import find_questions
from briefing.core.segment import segment
from briefing.core.unsourced import hearsay_claim

LEAD = (
    "The water company was fined 2 million pounds on Tuesday for polluting a river,"
    " the regulator said."
)


def unattributed(*paragraphs: str) -> list[tuple[str, tuple[int, ...]]]:
    art = Article("t.txt", None, tuple(Block("paragraph", p) for p in (LEAD, *paragraphs)))
    sentences = segment(art)
    agenda = extract_agenda(sentences, (), None)
    found = find_questions(sentences, (), agenda)
    return [(q.text, q.evidence) for q in found if q.kind == "unattributed"]


@pytest.mark.parametrize(
    ("claim", "asked"),
    [
        (
            "Managers had been falsifying the sampling records at two treatment works.",
            "Who says managers had been falsifying the sampling records at two treatment works?",
        ),
        (
            "The fine is widely regarded as too small to change the company's behaviour.",
            "Who says the fine is widely regarded as too small to change the company's behaviour?",
        ),
        (
            "Several angling clubs have threatened to sue if the river is not restocked.",
            "Who says several angling clubs have threatened to sue if the river is not restocked?",
        ),
        (
            "Fish stocks in the lower river have fallen by a third since the spills began.",
            "Who says fish stocks in the lower river have fallen by a third since the spills"
            " began?",
        ),
        (
            "An earlier warning from local residents was never answered by the company.",
            "Who says an earlier warning from local residents was never answered by the company?",
        ),
        (
            "The beach was closed on more than 40 days last summer because of the spills.",
            "Who says the beach was closed on more than 40 days last summer because of the spills?",
        ),
        (
            "Almost 30 percent of the river's anglers have given up their licences.",
            "Who says almost 30 percent of the river's anglers have given up their licences?",
        ),
        (
            "One in four households in the valley has had its water cut off at least once.",
            "Who says one in four households in the valley has had its water cut off at least"
            " once?",
        ),
        (
            "Water bills in the region have doubled in five years.",
            "Who says water bills in the region have doubled in five years?",
        ),
        (
            "Up to 200 people in the county fall ill each year after swimming in the river.",
            "Who says up to 200 people in the county fall ill each year after swimming in the"
            " river?",
        ),
        (
            "The inspector had been paid off by the company's site manager.",
            "Who says the inspector had been paid off by the company's site manager?",
        ),
    ],
)
def test_a_claim_alone_in_its_paragraph_is_asked_about(claim: str, asked: str) -> None:
    found = unattributed("The company said it would appeal.", claim)
    # A common noun opening the claim keeps its capital unless the rules know it for one.
    assert [(text.lower(), evidence) for text, evidence in found] == [(asked.lower(), (2,))]


@pytest.mark.parametrize(
    "sentence",
    [
        # A source, a record, a study or a quote credits the claim.
        "Managers had been falsifying sampling records, the regulator's report found.",
        "Managers had been falsifying sampling records, according to the prosecution.",
        "Fish stocks have fallen by a third since 2019, data from the river trust show.",
        "“The fine is widely regarded as too small,” one councillor told the meeting.",
        # Plain narration, the future, or the news itself.
        "The company employs more than 3,000 people across the region.",
        "More than 40 people were taken to hospital after the spill.",
        "The company will have to pay the fine within 28 days.",
        "Shares in the company fell by a fifth in morning trading.",
        "There has never been a fine this large for a spill in the region.",
        "Almost 30 percent of anglers have given up their licences, a survey found.",
        "Half of the fine will go to a river restoration fund.",
        "The company has doubled its spending on pipes, it said in its annual report.",
    ],
)
def test_a_sourced_or_plain_sentence_is_not_asked_about(sentence: str) -> None:
    assert unattributed("The company said it would appeal.", sentence) == []


def test_a_claim_inside_a_longer_paragraph_or_in_the_lead_is_not_asked_about() -> None:
    claim = "Managers had been falsifying the sampling records at two treatment works."
    assert unattributed(f"The company said it would appeal. {claim}") == []
    art = Article("t.txt", None, (Block("paragraph", claim), Block("paragraph", LEAD)))
    sentences = segment(art)
    found = find_questions(sentences, (), extract_agenda(sentences, (), None))
    assert [q for q in found if q.kind == "unattributed"] == []


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "It is widely believed that the painting was sold to a private collector.",
            "the painting was sold to a private collector",
        ),
        (
            "The coach had lost the dressing room, it emerged on Sunday.",
            "The coach had lost the dressing room",
        ),
        (
            "Insiders say the bank had ignored warnings for months.",
            "the bank had ignored warnings for months",
        ),
        (
            "Speculation is mounting that the chairman will resign.",
            "the chairman will resign",
        ),
        (
            "The merger is seen as a defensive move.",
            "The merger is seen as a defensive move",
        ),
        (
            "The syndicate then allegedly laundered the money through shell companies.",
            "The syndicate then allegedly laundered the money through shell companies",
        ),
        (
            "The word on the street is that two dealers have left the city.",
            "two dealers have left the city",
        ),
        ("Many believe the blaze was started on purpose.", "the blaze was started on purpose"),
        (
            "It has long been an open secret that inspectors take cash from bus owners.",
            "inspectors take cash from bus owners",
        ),
        ("It is said that the mayor was forced out.", "the mayor was forced out"),
        (
            "The minister reportedly met lobbyists before the vote.",
            "The minister reportedly met lobbyists before the vote",
        ),
    ],
)
def test_hearsay_and_common_views_are_claims_with_no_one_behind_them(
    sentence: str, claim: str
) -> None:
    assert hearsay_claim(sentence) == claim


@pytest.mark.parametrize(
    "sentence",
    [
        "The prosecutor said the syndicate allegedly laundered the money.",
        "“It is widely believed that he will go,” the coach said.",
        "Analysts believe the bank will cut rates.",
    ],
)
def test_hearsay_with_a_source_or_in_a_quote_is_not_asked_about(sentence: str) -> None:
    assert hearsay_claim(sentence) is None


def test_a_participle_opening_a_claim_loses_its_capital() -> None:
    found = unattributed(
        "The company said it would appeal.",
        "Rising river levels have flooded dozens of farms, reports say.",
    )
    assert found[0][0] == "Who says rising river levels have flooded dozens of farms?"
