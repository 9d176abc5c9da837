"""Where the lede's event happened."""

from briefing.core.where import dateline, lede_place


def test_a_known_place_in_the_lede_wins_over_the_headline() -> None:
    assert lede_place("Talks resumed in Geneva on Monday.", "Envoys meet in Paris", [], None) == (
        "Geneva"
    )


def test_a_described_place_gives_its_name() -> None:
    lede = "A truck bomb exploded in the northern Afghan city of Mazar-i-Sharif overnight."
    assert lede_place(lede, None, [], None) == "Mazar-i-Sharif"


def test_a_demonym_before_a_noun_keeps_the_noun() -> None:
    lede = "Gunmen attacked the embassy staff at the German consulate late on Thursday."
    assert lede_place(lede, None, [], None) == "the German consulate"


def test_a_month_after_in_is_not_a_place() -> None:
    assert lede_place("Prices rose in July, the agency said.", None, [], None) is None


def test_the_dateline_beats_an_unknown_place_in_the_lede() -> None:
    lede = "The mayor spoke at Riverside Hall after the vote."
    assert lede_place(lede, None, [], "Leeds") == "Leeds"


def test_a_dateline_inside_scraped_page_furniture_is_found() -> None:
    assert dateline("Photo LONDON -- The peaks are slimmer than before.") == "London"


def test_capitals_without_a_dash_are_no_dateline() -> None:
    assert dateline("The FBI said NOTHING about it.") is None


def test_a_place_only_mentioned_is_the_last_resort() -> None:
    assert lede_place("Fans vented their fury over the UK-only change.", None, [], None) == "UK"


def test_nothing_supports_a_place() -> None:
    assert lede_place("Shares rose sharply.", "Profits up", [], None) is None
