"""An event whose date or place the article says is not fixed yet."""

from briefing.core.model import Article, Block
from briefing.core.not_fixed import not_fixed
from briefing.core.segment import segment


def asked(*paragraphs: str) -> list[tuple[str, tuple[int, ...]]]:
    art = Article("t.txt", None, tuple(Block("paragraph", p) for p in paragraphs))
    return [(q.text, q.evidence) for q in not_fixed(segment(art))]


def test_a_date_left_open_asks_when_the_event_in_that_sentence_takes_place() -> None:
    assert asked(
        "The cup final was postponed because of flooding, with no new date agreed by the league."
    ) == [("When will the final take place (“with no new date agreed”)?", (0,))]
    assert asked(
        "The summit, first planned for May, will now be held on a date still to be announced."
    ) == [("When will the summit take place (“a date still to be announced”)?", (0,))]
    assert asked('The festival was moved to "a future date", the organisers said.') == [
        ("When will the festival take place (“to a future date”)?", (0,))
    ]


def test_a_place_left_open_takes_the_event_of_the_sentence_before() -> None:
    assert asked(
        "The two unions agreed to hold a joint conference in the spring.",
        "The location has yet to be decided, a spokesman said.",
    ) == [("Where will the conference be held (“The location has yet to be decided”)?", (0, 1))]
    assert asked("The final is on 4 July, venue TBA.") == [
        ("Where will the final be held (“venue TBA”)?", (0,))
    ]


def test_no_event_in_reach_asks_nothing() -> None:
    # The thing to be built is no event: the question could not say what it is about.
    assert (
        asked("The council will build a new depot.", "The exact site has not been chosen yet.")
        == []
    )


def test_settled_or_unrelated_words_ask_nothing() -> None:
    assert asked("The venue has been confirmed as Hampden Park.") == []
    assert asked("No match was played on Saturday because of snow.") == []
    assert asked("A new date is needed for the hearing, the judge said.") == []
    assert asked("The Festival Hall location has not been confirmed as safe.") == []
