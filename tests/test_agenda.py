import datetime as dt

from briefing.core.agenda import extract_agenda
from briefing.core.dates import sentence_dates
from briefing.core.model import AgendaItem, Article, Block
from briefing.core.segment import segment


def agenda(*paragraphs: str, date: dt.date | None = None, items: tuple[str, ...] = ()):
    blocks = [Block("paragraph", p) for p in paragraphs]
    blocks += [Block("list_item", i) for i in items]
    sentences = segment(Article("t.txt", None, tuple(blocks), date=date))
    return extract_agenda(sentences, (), date)


def events(*paragraphs: str, **kw) -> list[AgendaItem]:
    return [a for a in agenda(*paragraphs, **kw) if a.kind == "event"]


def topics(*paragraphs: str) -> list[str]:
    return [a.title for a in agenda(*paragraphs) if a.kind == "topic"]


def test_bare_event_noun_is_titled_with_its_verb_and_subject():
    (e,) = events("The trade ministers will hold a summit in Nairobi on 3 June.")
    assert (e.title, e.when, e.where) == (
        "Trade ministers to hold a summit",
        "on 3 June",
        "Nairobi",
    )


def test_date_resolves_against_the_article_date():
    (e,) = events("The board will vote on 3 June.", date=dt.date(2024, 5, 20))
    assert e.date == dt.date(2024, 6, 3)


def test_past_meeting_is_not_on_the_agenda():
    assert events("The two envoys met in Oslo on Sunday to prepare the talks.") == []


def test_date_after_a_speech_verb_is_not_an_event():
    assert events("The company said on Thursday it will publish new figures.") == []


def test_event_that_has_begun_is_on_the_agenda():
    (e,) = events("On Tuesday, Chile and Peru began fishing talks in Lima.")
    assert e.title == "Fishing talks" and e.where == "Lima"


def test_verb_event_titled_with_its_subject():
    (e,) = events("The city council is expected to decide by the end of May.")
    assert e.title == "City council to decide" and e.when == "by the end of May"


def test_pronoun_subject_gives_a_noun_title():
    (e,) = events("The judge said he would be sentenced on 2 July.")
    assert e.title == "Sentencing"


def test_next_day_takes_the_previous_events_date():
    _, e2 = events(
        "The summit will open on 3 June in Accra.",
        "Finance ministers will meet the next day in Accra.",
        date=dt.date(2024, 5, 1),
    )
    assert e2.when == "the next day" and e2.date == dt.date(2024, 6, 4)


def test_next_day_after_a_cut_short_date_stays_unresolved():
    found = events(
        "The council will discuss it at a meeting in Oslo on March.",
        "The finance committee will meet the next day in Bergen.",
        date=dt.date(2024, 2, 1),
    )
    nxt = next(e for e in found if e.when == "the next day")
    assert nxt.date is None and nxt.where == "Bergen"


def test_unresolved_weekday_merges_with_the_one_dated_meeting():
    found = events(
        "On Monday, Chile and Peru began fishing talks in Lima.",
        "Both sides will settle quotas during the annual fisheries dialogue on March 4.",
    )
    assert len(found) == 1 and found[0].where == "Lima" and len(found[0].evidence) == 2


def test_list_items_are_events_each():
    found = events("The programme:", items=("4 May: opening session", "5 May: closing vote"))
    assert [e.title for e in found] == ["Opening session", "Closing vote"]


def test_events_are_ordered_by_time_undated_last():
    found = events(
        "Test results are expected within weeks.",
        "The final report will be published on 9 May.",
        "A hearing will take place on 2 May.",
        date=dt.date(2024, 4, 1),
    )
    assert [e.when for e in found] == ["on 2 May", "on 9 May", "within weeks"]


def test_a_span_from_the_article_date_is_dated_by_its_last_day():
    found = events(
        "Test results are expected within a week.",
        "A hearing will take place on 2 May.",
        "A decision is due by the end of the month.",
        date=dt.date(2024, 4, 1),
    )
    assert [(e.when, e.date) for e in found] == [
        ("within a week", dt.date(2024, 4, 8)),
        ("by the end of the month", dt.date(2024, 4, 30)),
        ("on 2 May", dt.date(2024, 5, 2)),
    ]


def test_listed_topics_are_items_each():
    found = topics(
        "Fishing quotas, port fees, customs checks and other trade issues "
        "are expected to be discussed."
    )
    assert found == ["Fishing quotas", "Port fees", "Customs checks", "Other trade issues"]


def test_demand_is_a_topic():
    assert topics("The union will seek a guaranteed pay rise for night staff.") == [
        "Guaranteed pay rise for night staff"
    ]


def test_negated_discussion_is_not_a_topic():
    assert topics("The ministers will not discuss border security without allies.") == []


def test_opening_date_of_a_statement_is_not_an_event():
    assert events("Today, the spokesman said the talks would be difficult.") == []


def test_wanting_to_do_something_is_not_a_topic():
    assert topics("The speaker wants to stay on despite the vote.") == []


def test_topic_stops_before_a_date():
    assert topics("Both sides will hold talks on the river border next month.") == ["River border"]


def test_agenda_from_dates_found_beforehand_is_the_agenda_found_alone():
    date = dt.date(2024, 5, 20)
    text = (
        "The board will vote on 3 June in Oslo. Talks on tariffs and quotas resume on Monday. "
        "The ruling came yesterday. The hearing is set for the next day."
    )
    sentences = segment(Article("t.txt", None, (Block("paragraph", text),), date=date))
    alone = extract_agenda(sentences, (), date)
    assert len([a for a in alone if a.kind == "event"]) >= 2
    assert extract_agenda(sentences, (), date, sentence_dates(sentences, date)) == alone


def titles(*paragraphs: str) -> list[str]:
    return [e.title for e in events(*paragraphs, date=dt.date(2024, 3, 4))]


def test_a_strike_is_titled_with_who_strikes():
    assert titles("Junior doctors will strike on Monday.") == ["Strike by junior doctors"]
    assert titles("Nurses in Ohio will go on strike next week.") == ["Strike by nurses in Ohio"]
    assert titles("Dock workers will stage a walkout on Monday.") == ["Walkout by dock workers"]


def test_walk_out_is_a_walkout_and_the_talks_after_it_are_background():
    found = titles(
        "Junior doctors at the city's three largest hospitals will walk out for 48 hours "
        "from Monday after talks with the health department broke down on Friday."
    )
    assert found == ["Walkout by junior doctors"]


def test_a_vote_names_who_votes_and_on_what():
    assert titles("The budget committee will vote on the plan on Tuesday.") == [
        "Vote by the budget committee on the plan"
    ]
    assert titles("They will vote on the budget on Tuesday.") == ["Vote on the budget"]


def test_a_vote_held_by_someone_keeps_what_they_do_at_it():
    found = titles("The assembly must still approve its share at a vote on 17 March.")
    assert found == ["Assembly to approve its share"]


def test_a_strike_in_a_relative_clause_takes_its_noun_from_the_clause_before():
    found = titles("The strike by junior doctors, which begins on Monday, follows failed talks.")
    assert found == ["Strike by junior doctors"]


def test_an_event_set_for_a_day_is_on_the_agenda():
    assert titles("A strike by bus drivers is set for Monday.") == ["Strike by bus drivers"]


def test_an_event_noun_used_as_a_verb_with_an_object_is_no_event():
    assert titles("He will strike a deal on Monday.") == []


def test_a_publication_by_a_pronoun_is_titled_with_what_is_published():
    assert titles("It will publish its annual report on Friday.") == [
        "Publication of the annual report"
    ]


def test_talks_between_two_parties_keep_both():
    assert titles("Talks between the union and the rail operator will resume on Friday.") == [
        "Talks between the union and the rail operator"
    ]


def test_a_date_after_complained_dates_the_complaint_not_an_event():
    found = titles("The party chairman complained on Saturday that the group could vote twice.")
    assert found == []


def test_an_exhortation_to_vote_is_no_scheduled_event():
    assert titles("'If your polls are still open, you must vote tonight!' she said.") == []
    assert titles("The council must vote on the plan tonight.") == [
        "Vote by the council on the plan"
    ]


def test_auxiliaries_and_pronouns_are_not_part_of_an_event_title():
    assert titles("He said we must hold a rally on Friday.") == ["Rally"]


def test_a_past_day_read_as_next_year_needs_a_future_clause():
    story = dt.date(2024, 11, 12)
    past = "The Oct. 19 debate was widely panned, and critics said he would struggle."
    assert events(past, date=story) == []
    (e,) = events("The board will meet again on Oct. 19.", date=story)
    assert e.date == dt.date(2025, 10, 19)


def test_last_week_is_past_unless_what_began_then_goes_on():
    assert events("The survey they expect to publish was done last week.") == []
    (e,) = events("Talks on the border began last week in Geneva.")
    assert e.when == "last week"


def test_a_modified_action_noun_keeps_its_modifier_and_gains_its_subject():
    assert titles("Teachers in Lyon will hold a one-day strike on Thursday.") == [
        "One-day strike by teachers in Lyon"
    ]


def test_a_ballot_and_a_discussion_are_events_titled_with_their_subject():
    assert titles("The union will ballot its members next month.") == [
        "Union to ballot its members"
    ]
    assert titles("Ministers will discuss the plan on Monday.") == ["Ministers to discuss the plan"]


def test_a_vote_on_whether_to_do_something_keeps_the_question_put():
    assert titles("A vote on whether to take the bill forward is due on 19 June.") == [
        "Vote on whether to take the bill forward"
    ]


def test_an_acronym_spelling_a_pronoun_is_a_subject():
    assert titles("The WHO will convene an emergency committee on March 14.") == [
        "WHO to convene an emergency committee"
    ]


def test_a_long_title_cut_short_does_not_end_on_half_a_pair():
    (e,) = events(items=("25 February: full council meeting to set the budget and council tax",))
    assert e.title == "Full council meeting to set the budget"


D = dt.date(2026, 3, 2)


def test_scheduled_actions_beyond_meetings_are_on_the_agenda():
    cases = {
        "The deal is expected to close in the third quarter.": "the third quarter",
        "Health workers will run a free clinic in Tulle this weekend.": "this weekend",
        "Bidders must submit their proposals by 24 March.": "by 24 March",
        "Dockworkers plan to march to the harbour offices on Saturday.": "on Saturday",
        "The first shipment of vaccines is due to arrive in April.": "in April",
        "The ministry will carry out a survey of fish stocks next month.": "next month",
    }
    for text, when in cases.items():
        found = events(text, date=D)
        assert [e.when for e in found] == [when], text


def test_has_until_a_date_to_act_is_a_deadline():
    (e,) = events("The company has until September 30 to reply to the objections.", date=D)
    assert e.title == "Deadline for the company to reply to the objections"
    assert e.when == "September 30"


def test_had_until_a_date_is_no_deadline_to_come():
    assert events("The company had until Friday to reply, and it did.", date=D) == []


def test_a_ballot_box_is_not_a_ballot():
    found = events("It is up to voters to deliver justice at the ballot box on 8 March.", date=D)
    assert [e.title for e in found] != ["Ballot"]


def test_a_passive_must_be_done_by_a_date_is_a_deadline():
    (e,) = events("Proposals must be submitted by 24 March.", date=D)
    assert (e.title, e.when) == ("Deadline for Proposals to be submitted", "by 24 March")


def test_a_decision_the_following_week_is_dated_from_the_meeting():
    found = events(
        "The disciplinary committee will meet on Tuesday. It will announce its decision the "
        "following week.",
        date=D,
    )
    assert [(e.when, e.date) for e in found] == [
        ("on Tuesday", dt.date(2026, 3, 3)),
        ("the following week", dt.date(2026, 3, 10)),
    ]


MONDAY = dt.date(2026, 3, 2)


def test_the_present_of_a_scheduled_meeting_is_to_come():
    (e,) = events("The university senate meets on Thursday to consider the reform.", date=MONDAY)
    assert (e.when, e.date) == ("on Thursday", dt.date(2026, 3, 5))


def test_going_to_the_polls_is_a_vote_where_the_voters_are():
    (e,) = events("Voters in Bavaria go to the polls on Sunday.", date=MONDAY)
    assert (e.title, e.date, e.where) == ("Vote", dt.date(2026, 3, 8), "Bavaria")


def test_rules_coming_into_force_are_titled_with_what_takes_effect():
    (e,) = events("The new rules come into force on 1 January.", date=MONDAY)
    assert (e.title, e.date) == ("Entry into force of the new rules", dt.date(2027, 1, 1))
    (e,) = events("The ban takes effect on 1 June.", date=MONDAY)
    assert e.title == "Entry into force of the ban"


def test_a_deadline_with_its_until_inside_the_date_is_still_to_come():
    (e,) = events("The creditors have until Friday to accept or reject the plan.", date=MONDAY)
    assert e.title == "Deadline for the creditors to accept or reject the plan"
    assert e.date == dt.date(2026, 3, 6)


def test_business_adjourned_until_a_day_resumes_then():
    (e,) = events("The court adjourned the case until 14 October.", date=MONDAY)
    assert (e.title, e.when, e.date) == (
        "Resumption of the case",
        "until 14 October",
        dt.date(2026, 10, 14),
    )
    # A day already past this year is next year's: what was put off is still to come.
    (e,) = events("The judge adjourned the trial until 2 February.", date=MONDAY)
    assert e.date == dt.date(2027, 2, 2)
    assert events("The talks were suspended on Monday.", date=MONDAY) == []


def test_business_put_off_is_titled_with_what_was_put_off():
    (e,) = events("The vote was postponed to 12 May.", date=MONDAY)
    assert (e.title, e.date) == ("Vote (postponed)", dt.date(2026, 5, 12))
    (e,) = events("The hearing has been adjourned until Thursday.", date=MONDAY)
    assert (e.title, e.date) == ("Resumption of the hearing", dt.date(2026, 3, 5))


def test_a_passive_event_verb_after_a_future_auxiliary_is_an_event():
    (e,) = events("The appeal will be heard by a panel of three judges in September.", date=MONDAY)
    assert (e.title, e.when) == ("Appeal to be heard", "in September")
    (e,) = events("The new chair is expected to be named on Friday.", date=MONDAY)
    assert (e.title, e.date) == ("New chair to be named", dt.date(2026, 3, 6))
    # A counterfactual past is no event, and a duty with a date is a deadline.
    assert events("He would have decided on Monday.", date=MONDAY) == []
    (e,) = events("Offers must be submitted by 24 March.", date=MONDAY)
    assert e.title.startswith("Deadline")


def test_naming_a_squad_is_an_event():
    (e,) = events("The selectors will name the squad on 2 August.", date=MONDAY)
    assert (e.title, e.date) == ("Selectors to name the squad", dt.date(2026, 8, 2))


def test_a_present_of_a_timetable_resolves_forward():
    (e,) = events("The summit opens on 12 November in Belém.", date=MONDAY)
    assert (e.title, e.date, e.where) == ("Summit", dt.date(2026, 11, 12), "Belém")


def test_a_body_that_next_meets_is_titled_as_its_meeting():
    (e,) = events("The bank's monetary policy committee next meets on 11 July.", date=MONDAY)
    assert e.title == "Meeting of the bank's monetary policy committee"


def test_reconvening_setting_out_and_taking_place_are_events():
    (e,) = events("Negotiators will reconvene in Nairobi in two weeks.", date=MONDAY)
    assert (e.title, e.where) == ("Negotiators to reconvene", "Nairobi")
    (e,) = events("The health secretary will set out the plan to MPs on Wednesday.", date=MONDAY)
    assert e.title == "Health secretary to set out the plan to MPs"
    (e,) = events("A memorial service will take place at the cathedral on Friday.", date=MONDAY)
    assert (e.title, e.date) == ("Memorial service to take place", dt.date(2026, 3, 6))


def test_questioning_and_examining_are_events_titled_with_who_acts():
    (e,) = events(
        "The transport committee will question the two chiefs at a hearing on 22 October.",
        date=MONDAY,
    )
    assert e.title == "Transport committee to question the two chiefs"
    (e,) = events("Inspectors would examine the engines of all six jets this week.", date=MONDAY)
    assert e.title == "Inspectors to examine the engines of all six jets"


def test_a_list_under_an_intro_that_announces_the_business_is_its_topics():
    found = agenda(
        "The full council will consider:",
        items=(
            "the charging zone and its boundary;",
            "a £4 million grant fund for small firms;",
            "12 May: a hearing on the appeal",
        ),
        date=MONDAY,
    )
    topics = [a.title for a in found if a.kind == "topic"]
    assert topics == ["Charging zone and its boundary", "£4 million grant fund for small firms"]
    # A list under an intro that announces nothing on the table is no list of topics.
    found = agenda("Three people were injured:", items=("a cyclist;", "two pedestrians."))
    assert [a for a in found if a.kind == "topic"] == []


def test_a_championship_is_an_event_and_a_verb_with_its_object_is_not():
    (e,) = events(
        "The AIU suspended her, ruling her out of the world championships in Tokyo that start"
        " on 14 August.",
        date=dt.date(2026, 8, 2),
    )
    assert (e.title, e.where) == ("World championships", "Tokyo")


def test_it_after_a_speaker_is_the_speaker():
    (e,) = events("Athletics Kenya said it would name a replacement by Tuesday.", date=MONDAY)
    assert e.title == "Athletics Kenya to name a replacement"


def test_a_participle_aside_between_subject_and_verb_is_skipped():
    (e,) = events(
        "A larger trial, funded by the Wellcome Trust, will start recruiting volunteers next year.",
        date=MONDAY,
    )
    assert e.title == "Larger trial to start recruiting volunteers"


def test_a_duty_with_a_deadline_is_titled_as_one():
    (e,) = events("Vibely must change its default settings within 30 days.", date=MONDAY)
    assert (e.title, e.date) == (
        "Deadline for Vibely to change its default settings",
        dt.date(2026, 4, 1),
    )


def test_a_topic_ends_before_the_meeting_it_is_discussed_at():
    topics_found = topics(
        "Member states will discuss tougher age checks at a meeting in Luxembourg."
    )
    assert topics_found == ["Tougher age checks"]


def test_they_opening_a_sentence_is_the_subject_of_the_one_before():
    found = events(
        "The three, who were not named, were released on bail.",
        "They are due to report back to police in April.",
        date=MONDAY,
    )
    assert [e.title for e in found] == ["Three to report back to police"]


def test_a_second_date_takes_the_object_written_before_it():
    found = events(
        "The two leaders will meet Premier Li Qiang on Thursday and President Xi Jinping"
        " on Friday.",
        date=MONDAY,
    )
    assert [e.title for e in found] == [
        "Two leaders to meet Premier Li Qiang",
        "Two leaders to meet President Xi Jinping",
    ]


def test_competing_attending_and_speaking_are_events():
    (e,) = events(
        "Both players are expected to compete at the Canadian Open next month.", date=MONDAY
    )
    assert (e.title, e.where) == ("Both players to compete", "Canadian Open")


def test_a_present_start_or_opening_is_an_event_for_a_subject_without_an_event_word():
    (e,) = events("A helpline opens on 16 April.", date=MONDAY)
    assert (e.title, e.date) == ("Helpline to open", dt.date(2026, 4, 16))


def test_a_ruling_party_is_no_ruling():
    (e,) = events(
        "The ruling Liberal Democratic Party will elect a leader on Saturday.", date=MONDAY
    )
    assert e.title == "Ruling Liberal Democratic Party to elect a leader"


def test_a_date_alone_in_closing_quotes_is_no_crash() -> None:
    # Found by hypothesis: the clause after the date's segment was empty.
    from briefing.core.loader import parse_text
    from briefing.core.pipeline import extract

    assert extract(parse_text("“THE NEXT DAY“", "t.txt")).agenda == ()


def test_an_event_word_inside_a_bodys_name_is_no_event() -> None:
    from briefing.core.loader import parse_text
    from briefing.core.pipeline import extract

    text = (
        "Postal vote rules changed\n\n"
        "LISBON, 3 March 2026 — Parliament on Tuesday changed the rules for voting from abroad.\n\n"
        "Ballots must reach a consulate or the Central Election Office by 9 May to be counted."
        " The Election Commission will meet on 4 June.\n"
    )
    titles = [item.title for item in extract(parse_text(text, "t.txt")).agenda]
    assert "Central Election" not in titles
    assert "Election Commission to meet" in titles


def test_a_venue_belonging_to_a_place_is_that_place() -> None:
    found = events(
        "Nurses at Lisbon's two children's hospitals will strike for 24 hours on 12 May,"
        " their union said."
    )
    assert [e.where for e in found] == ["Lisbon"]


def test_an_aside_between_an_event_and_its_verb_and_date_is_skipped() -> None:
    found = events(
        "A public inquiry, at which residents can give evidence, is planned in Leeds on 3 March.",
        date=dt.date(2027, 1, 10),
    )
    assert [(e.title, e.when, e.where) for e in found] == [
        ("Public inquiry", "on 3 March", "Leeds")
    ]


def test_a_clause_with_its_own_subject_is_not_reached_back_from() -> None:
    found = events(
        "Prices rose sharply last year, and the board will meet on 3 March.",
        date=dt.date(2027, 1, 10),
    )
    assert [e.when for e in found] == ["on 3 March"]
