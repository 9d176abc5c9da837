import datetime as dt

from briefing.core.dates import find_dates, is_future

ANCHOR = dt.date(2022, 1, 12)  # a Wednesday


def texts(sentence: str, anchor: dt.date | None = None) -> list[str]:
    return [m.text for m in find_dates(sentence, anchor)]


def test_month_day_without_year_keeps_month_and_day_but_no_date():
    (m,) = find_dates("The summit opens on March 3 in Lima.")
    assert (m.month, m.day, m.date) == (3, 3, None)


def test_month_day_resolves_to_year_nearest_the_anchor():
    (m,) = find_dates("The board met on December 28.", ANCHOR)
    assert m.date == dt.date(2021, 12, 28)


def test_day_month_keeps_its_preposition_as_written():
    assert texts("The talks resume on 14 April in Jakarta.") == ["on 14 April"]


def test_abbreviated_month_with_year():
    (m,) = find_dates("The contract was signed Jan. 10, 2022 in Oslo.")
    assert m.date == dt.date(2022, 1, 10)


def test_iso_date():
    (m,) = find_dates("Published 2025-03-10 by the ministry.")
    assert m.date == dt.date(2025, 3, 10)


def test_ordinal_word_day():
    (m,) = find_dates("It ends on the tenth of March 2024.")
    assert m.date == dt.date(2024, 3, 10)


def test_range_starts_on_its_first_day():
    (m,) = find_dates("10–12 March: the fair in Hanover")
    assert m.day == 10


def test_month_after_on_with_no_day_is_incomplete():
    (m,) = find_dates("The council will meet in Oslo on February.")
    assert m.partial and m.incomplete and m.month == 2


def test_month_after_in_is_partial_but_not_incomplete():
    (m,) = find_dates("A review is planned in September.")
    assert m.partial and not m.incomplete


def test_future_month_resolves_forward():
    (m,) = find_dates("A review will follow in September.", ANCHOR)
    assert m.date == dt.date(2022, 9, 1)


def test_past_weekday_is_the_most_recent_one():
    (m,) = find_dates("The ministers met on Monday in Rome.", ANCHOR)
    assert m.date == dt.date(2022, 1, 10)


def test_future_weekday_is_the_next_one():
    (m,) = find_dates("The ministers will meet on Monday in Rome.", ANCHOR)
    assert m.date == dt.date(2022, 1, 17)


def test_weekday_without_anchor_stays_unresolved():
    (m,) = find_dates("On Friday the court sat late.")
    assert m.relative and m.date is None and m.text == "On Friday"


def test_possessive_weekday_is_found():
    assert texts("He will miss Saturday's league match.") == ["Saturday's"]


def test_day_words_resolve_against_anchor():
    dates = [m.date for m in find_dates("Yesterday, today and tomorrow.", ANCHOR)]
    assert dates == [dt.date(2022, 1, 11), ANCHOR, dt.date(2022, 1, 13)]


def test_last_month_is_the_previous_month():
    (m,) = find_dates("Last month, the union called a strike.", ANCHOR)
    assert m.date == dt.date(2021, 12, 1) and m.partial


def test_next_day_carries_an_offset_not_a_date():
    (m,) = find_dates("The committee will meet the next day in Vienna.", ANCHOR)
    assert (m.kind, m.offset, m.date) == ("next_day", 1, None)


def test_next_day_deliveries_is_not_a_date():
    assert texts("It promises next-day deliveries across the country.") == []


def test_end_of_month_is_its_last_day():
    (m,) = find_dates("A ruling is expected by the end of June.", ANCHOR)
    assert m.text == "by the end of June" and m.date == dt.date(2022, 6, 30)


def test_season_with_year():
    (m,) = find_dates("Construction should start in spring 2026.")
    assert m.year == 2026 and m.partial


def test_within_a_week_is_a_duration():
    (m,) = find_dates("Results were expected within a week.")
    assert m.kind == "duration"


def test_this_week_is_found():
    assert texts("Talks continue this week.") == ["this week"]


def test_may_as_a_verb_is_not_a_date():
    assert texts("Prices may rise and workers may march.") == []


def test_future_cue_detection():
    assert is_future("The panel is expected to rule.") and not is_future("The panel ruled.")


def test_long_paragraph_without_full_stop_finishes():
    text = "on January 10 and Monday " * 2000 + "x" * 200_000
    assert len(find_dates(text)) == 4000


def test_a_day_word_in_a_name_in_capitals_is_not_a_date() -> None:
    assert find_dates("Photo: USA TODAY Sports") == []
    assert [d.text for d in find_dates("TODAY the council votes.".lower())] == ["today"]


def test_day_and_month_in_figures_are_read_only_where_they_cannot_be_misread():
    anchor = dt.date(2026, 3, 2)
    found = find_dates("Proposals must be submitted by 24/03.", anchor)
    assert [(d.text, d.date) for d in found] == [("by 24/03", dt.date(2026, 3, 24))]
    assert [d.date for d in find_dates("Due 3/24/2026.", anchor)] == [dt.date(2026, 3, 24)]
    for text in ("It was 05/03.", "A 24/7 service.", "on 24/7 duty", "Scores were 12/20."):
        assert find_dates(text, anchor) == [], text


def test_the_following_week_is_relative_to_another_date():
    (m,) = find_dates("It will announce its decision the following week.")
    assert (m.kind, m.offset) == ("next_day", 7)


def test_a_future_sentence_does_not_push_a_recent_day_a_year_ahead():
    # The future words belong to another clause: a date most of a year away would carry its year,
    # unless its own clause says it is still to come.
    anchor = dt.date(2016, 10, 25)
    (m,) = find_dates("The Oct. 19 debate was panned, and critics said he would struggle.", anchor)
    assert m.date == dt.date(2016, 10, 19)
    (m,) = find_dates("The board will meet again on Oct. 19.", anchor)
    assert m.date == dt.date(2017, 10, 19)


def test_a_future_day_weeks_ahead_still_resolves_forward():
    anchor = dt.date(2016, 12, 20)
    (m,) = find_dates("The trial will resume on January 5.", anchor)
    assert m.date == dt.date(2017, 1, 5)
    (m,) = find_dates("The review will end on June 30.", dt.date(2016, 10, 25))
    assert m.date == dt.date(2017, 6, 30)


def test_a_weekday_beside_a_date_is_one_mention_of_that_day():
    anchor = dt.date(2020, 7, 20)
    assert texts("The vote takes place on Saturday, 25 July, in Bern.", anchor) == [
        "on Saturday, 25 July"
    ]
    (m,) = find_dates("They met on Tuesday (March 3) in Oslo.", anchor)
    assert (m.text, m.date) == ("on Tuesday (March 3)", dt.date(2020, 3, 3))


def test_the_weekday_beside_a_date_without_year_chooses_the_year():
    # 12 January was a Wednesday in 2022 and a Thursday in 2023: the weekday settles it.
    (m,) = find_dates("The hearing is on Thursday, 12 January.", dt.date(2022, 7, 1))
    assert m.date == dt.date(2023, 1, 12)


def test_a_weekday_in_another_clause_stays_its_own_mention():
    found = texts("On Monday the council met; March 3 is the deadline.", ANCHOR)
    assert found == ["On Monday", "March 3"]


def test_a_season_without_its_year_is_the_one_under_way_or_next():
    (m,) = find_dates("The works will finish this summer.", dt.date(2026, 7, 10))
    assert (m.text, m.kind, m.date) == ("this summer", "season", dt.date(2026, 6, 1))
    (m,) = find_dates("The works will finish next summer.", dt.date(2026, 7, 10))
    assert m.date == dt.date(2027, 6, 1)
    (m,) = find_dates("The committee will report in the autumn.", dt.date(2026, 3, 2))
    assert (m.text, m.date) == ("in the autumn", dt.date(2026, 9, 1))


def test_a_season_word_in_a_name_or_as_a_verb_is_no_time():
    assert texts("Leaves fall in the park; she won at the Winter Olympics.") == []


def test_the_end_of_the_month_and_a_span_within_days_have_dates():
    anchor = dt.date(2026, 10, 14)
    (m,) = find_dates("A decision is due by the end of the month.", anchor)
    assert m.date == dt.date(2026, 10, 31)
    (m,) = find_dates("The report is expected within 30 days.", anchor)
    assert m.date == dt.date(2026, 11, 13)
    (m,) = find_dates("Results within two months.", anchor)
    assert m.date == dt.date(2026, 12, 14)
    (m,) = find_dates("Results within weeks.", anchor)
    assert m.date is None
