"""Sentence segmentation around abbreviations, initials, decimals and quotes."""

from briefing.core.model import Article, Block
from briefing.core.segment import segment, split_sentences


def texts(paragraph: str) -> list[str]:
    return [t for _, t in split_sentences(paragraph)]


def test_title_abbreviations_do_not_end_a_sentence() -> None:
    assert texts("Dr. Ana Ruiz met Mr. Lee. They talked.") == [
        "Dr. Ana Ruiz met Mr. Lee.",
        "They talked.",
    ]


def test_month_abbreviation_before_a_day_does_not_split() -> None:
    assert texts("The vote is on Jan. 10 in Ottawa. It may slip.") == [
        "The vote is on Jan. 10 in Ottawa.",
        "It may slip.",
    ]


def test_dotted_abbreviation_mid_sentence_does_not_split() -> None:
    assert texts("The U.S. Army left at 6 a.m. on Friday.") == [
        "The U.S. Army left at 6 a.m. on Friday."
    ]


def test_dotted_abbreviation_ends_a_sentence_before_a_clear_opener() -> None:
    assert texts("The firm moved to the U.S. The deal closed.") == [
        "The firm moved to the U.S.",
        "The deal closed.",
    ]


def test_initials_stay_inside_the_name() -> None:
    assert texts("John F. Kennedy spoke. J. K. Rowling wrote.") == [
        "John F. Kennedy spoke.",
        "J. K. Rowling wrote.",
    ]


def test_decimals_do_not_split() -> None:
    assert texts("Prices rose 3.5 per cent. Wages fell.") == [
        "Prices rose 3.5 per cent.",
        "Wages fell.",
    ]


def test_full_stop_inside_a_quote_does_not_split_from_its_speaker() -> None:
    assert texts('"We will go. We will win," she said. Then they left.') == [
        '"We will go. We will win," she said.',
        "Then they left.",
    ]


def test_sentence_ending_inside_closing_quote_splits_after_it() -> None:
    assert texts('He said "yes." Then he left.') == ['He said "yes."', "Then he left."]


def test_question_and_exclamation_marks_end_sentences() -> None:
    assert texts("Will it pass? Nobody knows! We wait.") == [
        "Will it pass?",
        "Nobody knows!",
        "We wait.",
    ]


def test_offsets_point_into_the_block() -> None:
    para = "First one.  Second one."
    for offset, text in split_sentences(para):
        assert para[offset : offset + len(text)] == text


def test_title_is_sentence_zero_and_blocks_do_not_merge() -> None:
    art = Article(
        "x.txt",
        "A headline",
        (
            Block("title", "A headline"),
            Block("paragraph", "One. Two."),
            Block("list_item", "Three"),
        ),
    )
    sents = segment(art)
    assert [(s.index, s.text, s.kind, s.block) for s in sents] == [
        (0, "A headline", "title", 0),
        (1, "One.", "paragraph", 1),
        (2, "Two.", "paragraph", 1),
        (3, "Three", "list_item", 2),
    ]


def test_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    para = '"Open quote never closed. ' + "Another sentence here. " * 80
    assert len(texts(para)) > 40
