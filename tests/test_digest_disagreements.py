"""Where sources disagree within a story: counts, dates and who said a quote."""

from __future__ import annotations

import datetime as dt

from digest_folders import MARCH_8, bridge_folder, brief

from briefing.core.digest import build_digest
from briefing.core.digest.figures import figures
from briefing.core.model import Actor, Briefing, Quote


def test_two_casualty_counts_for_one_collapse_are_a_disagreement() -> None:
    digest = build_digest(bridge_folder())
    numbers = [q for q in digest.disagreements if q.aspect == "number"]
    assert len(numbers) == 1
    q = numbers[0]
    assert q.kind == "disagreement" and q.story == digest.stories[0].id
    assert "at least seven" in q.text.lower() and "five" in q.text.lower()
    assert {e.path for e in q.evidence} == {"herald.txt", "courier.txt"}


def test_disagreement_cites_the_sentences_holding_the_numbers() -> None:
    folder = bridge_folder()
    digest = build_digest(folder)
    by_path = {b.article.path: b for b in folder}
    (q,) = [q for q in digest.disagreements if q.aspect == "number"]
    cited = [by_path[e.path].sentences[e.sentence].text.lower() for e in q.evidence]
    assert any("seven" in t for t in cited) and any("five" in t for t in cited)


def test_compatible_counts_are_not_a_disagreement() -> None:
    a = brief(
        "a.txt",
        "Storm in Tarsen kills at least five\n\nAt least five people died as the storm hit Tarsen, "
        "mayor Lena Voss said.\n",
        MARCH_8,
    )
    b = brief(
        "b.txt",
        "Tarsen storm kills seven\n\nSeven people were killed when the storm hit Tarsen, "
        "said Lena Voss, the mayor.\n",
        MARCH_8,
    )
    digest = build_digest([a, b])
    assert len(digest.stories) == 1
    assert not [q for q in digest.disagreements if q.aspect == "number"]


def test_different_measures_are_not_compared() -> None:
    assert [f.measure for f in figures("Five people died and 40 were injured.", 1)] == [
        "dead",
        "injured",
    ]


def test_part_of_a_count_is_not_a_figure() -> None:
    assert figures("Two of the dead were children.", 1) == []


def test_lower_bound_and_money_are_read_with_their_units() -> None:
    (f,) = figures("The fine was more than $5 million.", 2)
    assert (f.measure, f.low, f.phrase) == ("money $", 5_000_000, "more than $5 million")


def _quoting(path: str, speaker: str, sentence: str) -> Briefing:
    b = brief(path, f"Port strike talks\n\n{sentence}\n", MARCH_8)
    quote = Quote("We will not accept a deal that cuts the pay of any dock worker", (1,))
    return Briefing(
        article=b.article,
        sentences=b.sentences,
        actors=(Actor(speaker, "person", evidence=(1,), quotes=(quote,)),),
    )


def test_same_quote_credited_to_two_people_is_a_disagreement() -> None:
    quote = '"We will not accept a deal that cuts the pay of any dock worker," '
    a = _quoting("a.txt", "Maria Santos", quote + "union leader Maria Santos said in Halden.")
    b = _quoting("b.txt", "Tomas Berg", quote + "port director Tomas Berg said in Halden.")
    digest = build_digest([a, b])
    (q,) = [q for q in digest.disagreements if q.aspect == "attribution"]
    assert "Maria Santos" in q.text and "Tomas Berg" in q.text


def test_event_put_on_two_days_by_two_articles_is_a_disagreement() -> None:
    a = brief(
        "a.txt",
        "Korvath council vote on Monday\n\nThe Korvath city council will vote on the "
        "harbour budget in the town hall on Monday, March 14, mayor Ilse Brandt said.\n",
        MARCH_8,
    )
    b = brief(
        "b.txt",
        "Korvath council vote set for Tuesday\n\nThe Korvath city council will vote on the "
        "harbour budget in the town hall on Tuesday, March 15, mayor Ilse Brandt said.\n",
        MARCH_8,
    )
    digest = build_digest([a, b])
    dates = [q for q in digest.disagreements if q.aspect == "date"]
    assert len(digest.stories) == 1
    assert len(dates) == 1 and {e.path for e in dates[0].evidence} == {"a.txt", "b.txt"}
    assert dt.date(2022, 3, 14).strftime("%B") in dates[0].text


def test_death_toll_counted_many_words_after_the_noun_is_a_figure() -> None:
    text = "The death toll from the truck bombing at the consulate in the old city rose to six."
    (figure,) = figures(text, 1)
    assert (figure.measure, figure.low, figure.high) == ("dead", 6.0, 6.0)
