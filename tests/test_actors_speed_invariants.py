"""The fast paths of the actor extraction read exactly what the plain code they replace reads."""

import re

import pytest

from briefing.core.gates import word_sets

_WORD_TOKEN = re.compile(r"[^\W_]+")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The U.S. Supreme Court's ruling, 5-4, on snake_case words (AT&T) -- said O'Brien.",
        "  Tabs\tand\nnewlines, digits 2024 and MiXeD case  ",
        "Kjærgaard said “Łódź” was ČEZ’s Straße, not İstanbul’s.",
        "under_score __init__ x_1",
    ],
)
def test_word_sets_are_the_runs_of_letters_and_digits(text: str) -> None:
    words = frozenset(_WORD_TOKEN.findall(text))
    assert word_sets(text) == (words, frozenset(w.lower() for w in words))
