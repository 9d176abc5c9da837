import re

import pytest

from briefing.core.gates import caseless, covering_keys, has_any, last_words
from briefing.core.lazy_regex import compile_lazily
from briefing.core.lexicons import events, time


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("YESTERDAY", "yesterday"),
        ("yeſterday", "yesterday"),
        ("Tonıght", "tonight"),
        ("TONİGHT", "tonight"),
        ("next WEEK", "next week"),
    ],
)
def test_what_a_case_insensitive_regex_matches_is_a_substring_of_caseless_text(
    text: str, phrase: str
) -> None:
    assert re.search(phrase, text, re.IGNORECASE)
    assert phrase in caseless(text)


def test_caseless_keeps_other_text_as_lower_case() -> None:
    assert caseless("Łódź ČEZ Straße") == "łódź čez straße"


def test_has_any_finds_a_plain_substring() -> None:
    assert has_any("talks resume next week", ("month", "week"))
    assert not has_any("talks resume soon", ("month", "week"))


def test_last_words_keep_one_word_per_distinct_ending() -> None:
    assert last_words(["last month", "next month", "the day after"]) == ("month", "after")


@pytest.mark.parametrize(
    "phrases",
    [
        time.FUTURE_CUES,
        tuple(time.RELATIVE_DAYS),
        tuple(time.RELATIVE_PERIODS),
        tuple(time.RELATIVE_TO_EVENT),
        tuple(time.SEASONS),
        events.TOPIC_CUES_BEFORE_LIST,
        events.TOPIC_CUES_AFTER_LIST,
        events.FUTURE_AUXILIARIES,
        tuple(events.EVENT_VERBS),
    ],
)
def test_phrases_checked_against_caseless_text_are_lower_case(phrases: tuple[str, ...]) -> None:
    # The gates look for these phrases in lower-cased text: a capital would never be found.
    assert all(p == p.lower() for p in phrases)


def test_lazy_pattern_matches_like_a_compiled_one() -> None:
    lazy = compile_lazily(r"\b(?P<w>meet|vote)s?\b", re.IGNORECASE)
    text = "They MEET today and votes follow."
    assert [m.group("w") for m in lazy.finditer(text)] == ["MEET", "vote"]
    assert lazy.search("no match here") is None
    assert lazy.pattern == r"\b(?P<w>meet|vote)s?\b"


def test_covering_keys_add_the_phrases_no_key_covers() -> None:
    keys = covering_keys(["will discuss", "talks on", "dispute over"], ["discuss", "talks"])
    assert keys == ("discuss", "talks", "dispute over")
