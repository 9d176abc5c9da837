"""A second value set against one just given: "put the figure at", "gave the date as"."""

from briefing.core.agenda import extract_agenda
from briefing.core.model import Article, Block
from briefing.core.questions import find_questions
from briefing.core.segment import segment


def conflicts(*paragraphs: str) -> list[tuple[str, tuple[int, ...]]]:
    art = Article("t.txt", None, tuple(Block("paragraph", p) for p in paragraphs))
    sentences = segment(art)
    agenda = extract_agenda(sentences, (), None)
    return [
        (q.text, q.evidence) for q in find_questions(sentences, (), agenda) if q.kind == "conflict"
    ]


def test_a_second_count_from_another_source_is_a_conflict() -> None:
    found = conflicts(
        "The regional grid operator said 12,500 homes were still without power on Sunday.",
        "The energy ministry, which oversees the operator, put the number at 19,000.",
    )
    # Asked once, here by the rule for counts; the sources are named either way.
    assert len(found) == 1 and found[0][1] == (0, 1)
    assert "12,500 (according to the regional grid operator)" in found[0][0]
    assert "19,000 (according to the energy ministry)" in found[0][0]


def test_a_sum_in_words_set_right_by_a_named_person() -> None:
    found = conflicts(
        "The club said it owed 3.4 million euros to its creditors.",
        "Its former treasurer, Inès Moreau-Lang, told a local radio station that the real figure"
        " was closer to 5 million euros.",
    )
    assert found == [
        (
            "Which figure is right: 3.4 million euros (according to the club) or 5 million euros"
            " (according to its former treasurer, Inès Moreau-Lang)?",
            (0, 1),
        )
    ]


def test_a_date_given_again_differently_is_a_conflict() -> None:
    found = conflicts(
        "According to the port authority, the tanker left Rotterdam on 14 May.",
        "The shipping company gave the date as 16 May in its annual report.",
    )
    assert found == [
        (
            "Which date is right: 14 May (according to the port authority) or 16 May"
            " (according to the shipping company)?",
            (0, 1),
        )
    ]


def test_two_times_in_one_sentence_are_a_conflict() -> None:
    found = conflicts(
        "The ferry operator said the vessel left the quay at 06:05; the harbour master's log"
        " records the departure at 06:20."
    )
    assert found == [
        (
            "Which time is right: 06:05 (according to the ferry operator) or 06:20 (according to"
            " the harbour master's log)?",
            (0,),
        )
    ]


def test_a_vote_count_reported_differently_is_a_conflict() -> None:
    found = conflicts(
        "The assembly approved the budget 61-40, the speaker's office said.",
        "Two opposition deputies said in a joint letter that the result had been 60 to 41.",
    )
    assert [text for text, _ in found] == [
        "Which result is right: 61-40 (according to the speaker's office) or 60 to 41 (according to"
        " two opposition deputies)?"
    ]


def test_a_share_put_by_a_second_body_is_a_conflict() -> None:
    found = conflicts(
        "The drivers' union said 72% of bus routes were cancelled.",
        "The transport authority put disruption at 35%.",
    )
    assert [text for text, _ in found] == [
        "Which figure is right: 72% (according to the drivers' union) or 35% (according to the"
        " transport authority)?"
    ]


def test_the_same_value_twice_is_no_conflict() -> None:
    assert (
        conflicts(
            "The firm reported sales of $2 billion.", "Analysts put the figure at $2 billion."
        )
        == []
    )


def test_a_figure_within_the_others_bound_is_no_conflict() -> None:
    assert (
        conflicts("More than 800 flights were cancelled.", "The airport put the number at 950.")
        == []
    )
    assert (
        conflicts("Up to 500 jobs could go, the union said.", "The company put the figure at 420.")
        == []
    )


def test_a_change_over_time_is_no_conflict() -> None:
    found = conflicts(
        "Unemployment rose to 5.2% in March.",
        "Economists at the central bank put growth at 1.1%.",
    )
    assert found == []


def test_a_named_measure_reaches_back_one_sentence_only() -> None:
    found = conflicts(
        "The strike began at 40% of schools, the union said.",
        "Parents were told on Monday.",
        "The ministry put attendance at 90%.",
    )
    assert found == []


def test_a_plain_figure_with_no_source_is_not_asked() -> None:
    assert conflicts("About 1,400 staff walked out.", "The figure was 2,100.") == []


def test_a_score_in_a_match_report_is_not_a_claim() -> None:
    found = conflicts(
        "The visitors led 2-0 at half-time.", "The final score was 2-2 after a late rally."
    )
    assert found == []


def test_years_and_values_of_other_kinds_do_not_compete() -> None:
    found = conflicts(
        "The storm destroyed 300 homes in 2024.",
        "Insurers put the damage at $40 million.",
    )
    assert found == []


def test_two_sentences_giving_one_thing_two_values_are_a_conflict() -> None:
    found = conflicts(
        "The pipeline operator said roughly 1,200 barrels had leaked before the valve closed.",
        "State inspectors who visited the site estimated the spill at about 800 barrels.",
    )
    assert [evidence for _, evidence in found] == [(0, 1)]
    assert "1,200" in found[0][0] and "800" in found[0][0]


def test_a_sum_in_signs_and_in_words_is_one_currency() -> None:
    found = conflicts(
        "The gallery's insurers valued the sculpture at £2.4m.",
        "Police said the sculpture was worth around 3 million pounds.",
    )
    assert len(found) == 1 and "£2.4m" in found[0][0] and "3 million pounds" in found[0][0]


def test_measurements_of_two_things_do_not_compete() -> None:
    assert (
        conflicts(
            "The shaft measured just 40 centimetres wide.",
            "Rescuers said the shaft was about 30 metres deep (98 feet).",
        )
        == []
    )
    assert (
        conflicts(
            "The 52-year-old driver was taken to hospital.",
            "A 61-year-old passenger was treated at the scene.",
        )
        == []
    )


def test_figures_for_other_days_parts_or_years_do_not_compete() -> None:
    assert (
        conflicts(
            "On Monday 640 delegates attended the sessions.",
            "On Tuesday 410 delegates attended the sessions.",
        )
        == []
    )
    assert (
        conflicts(
            "The union said 3,000 members joined the march.",
            "Another 500 members joined the march in the afternoon.",
        )
        == []
    )
    assert (
        conflicts(
            "Some 42 million people have already cast ballots.",
            "An estimated 126 million people cast ballots in the 2012 election.",
        )
        == []
    )


def test_a_capitalised_opening_word_and_a_comparison_year_still_pair() -> None:
    found = conflicts(
        "The electoral commission put turnout at 71.4%.",
        "Turnout of 64 percent, the same commission said, was the highest since 2009.",
    )
    assert len(found) == 1 and "71.4%" in found[0][0] and "64 percent" in found[0][0]


def test_counts_of_two_things_do_not_pair() -> None:
    found = conflicts(
        "The attack left up to 32 civilians dead, officials said.",
        "At least two dead bodies and more than 100 wounded people were brought in.",
    )
    assert found == []


def test_a_writers_contrast_pairs_values_whose_words_differ() -> None:
    # "in its own report", "by another count": the writer sets one value against the other.
    found = conflicts(
        "Stadium staff counted 31,000 spectators.",
        "The league, in its own report, recorded a crowd of 27,500.",
    )
    assert found == [
        (
            "Which figure is right: 31,000 (according to stadium staff) or 27,500 (according to"
            " the league, in its own report)?",
            ((0, 1)),
        )
    ]
    found = conflicts(
        "Organisers said 4,000 runners had entered the race.",
        "By another count, published by the city, 2,600 took part.",
    )
    assert [text for text, _ in found] == [
        "Which figure is right: 4,000 (according to organisers) or 2,600?"
    ]


def test_however_alone_does_not_pair_two_different_things() -> None:
    assert (
        conflicts("The plant closed on 3 May.", "Workers said they were laid off on 10 May.") == []
    )
    assert (
        conflicts(
            "The mayor said 40 jobs would go.",
            "However, she added that 12 new posts would be created at the depot.",
        )
        == []
    )
    assert conflicts("The committee met at 9 am.", "The vote, however, came at 4 pm.") == []


def test_a_count_of_people_moved_from_somewhere_is_another_group() -> None:
    found = conflicts(
        "Firefighters said 23 people were rescued from the building.",
        "Paramedics said 19 people were treated at the scene.",
    )
    assert found == []


def test_however_lets_agreeing_words_pair_but_names_no_one() -> None:
    found = conflicts(
        "The firm said 300 staff would move to the new site.",
        "Unions, however, said 450 staff had been told to move.",
    )
    assert [text for text, _ in found] == [
        "Which figure is right: 300 (according to the firm) or 450 (according to unions)?"
    ]
    assert (
        conflicts("Sales rose to $4 billion last year.", "Profit, however, was $300 million.") == []
    )
    assert (
        conflicts(
            "The bill passed with 60 percent support.", "Turnout, however, was only 40 percent."
        )
        == []
    )


def test_a_part_of_a_company_is_not_the_whole() -> None:
    assert (
        conflicts(
            "The company employs 2,000 people in France.", "Its German arm, however, employs 900."
        )
        == []
    )
    assert conflicts("The group employs 2,000 people.", "Its retail division employs 900.") == []


def test_two_dates_for_the_same_event_are_a_conflict() -> None:
    found = conflicts(
        "The union said the ballot would close on 14 March.",
        "The company's notice gives the same ballot a closing date of March 21.",
    )
    assert found == [
        (
            "Which date is right: 14 March (according to the union) or March 21 (according to"
            " the company's notice)?",
            (0, 1),
        )
    ]
    found = conflicts(
        "The inquest was set for 2 June.",
        "However, the coroner's office said the inquest is listed for June 9.",
    )
    assert [text for text, _ in found] == [
        "Which date is right: 2 June or June 9 (according to the coroner's office)?"
    ]


def test_dates_of_two_events_are_no_conflict() -> None:
    assert (
        conflicts("The first hearing was held on 2 June.", "A second hearing is set for June 9.")
        == []
    )
    assert conflicts("The vote is on 3 May.", "The count, however, will be on 4 May.") == []
    assert conflicts("The trial opens on 2 June.", "The verdict is expected on June 30.") == []


def test_a_date_on_one_side_only_does_not_keep_a_disputed_figure_apart() -> None:
    found = conflicts(
        "The airline said 1,200 flights would be cut over the winter.",
        "That number was disputed by the pilots' union, whose leader said 2,000 flights were on"
        " the airline's list.",
    )
    assert [evidence for _, evidence in found] == [(0, 1)]
    # With no word of the writer's setting them against each other, the dates still do.
    assert (
        conflicts(
            "The airline cut 1,200 flights over the winter.", "It cut 2,000 flights in the summer."
        )
        == []
    )
