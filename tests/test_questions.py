import pytest

from briefing.core.agenda import extract_agenda
from briefing.core.loader import parse_text
from briefing.core.model import Actor, Article, Block, Question, Quote
from briefing.core.pipeline import extract
from briefing.core.questions import bears_on_summary, find_questions
from briefing.core.segment import segment


def questions(*paragraphs: str, actors: tuple[Actor, ...] = ()) -> list[Question]:
    art = Article("t.txt", None, tuple(Block("paragraph", p) for p in paragraphs))
    sentences = segment(art)
    agenda = extract_agenda(sentences, actors, None)
    return list(find_questions(sentences, actors, agenda))


def of_kind(kind: str, found: list[Question]) -> list[str]:
    return [q.text for q in found if q.kind == kind]


TEXT = ["Ana Ruiz said one thing.", "Li Wei said another."]


def test_quote_credited_to_two_people_is_a_conflict():
    quote = "We will not sign a deal that hurts our farmers"
    a = Actor("Ana Ruiz", "person", quotes=(Quote(quote, (0,)),), evidence=(0,))
    b = Actor("Li Wei", "person", quotes=(Quote(quote + " or fishermen", (1,)),), evidence=(1,))
    found = of_kind("conflict", questions(*TEXT, actors=(a, b)))
    assert found == ["Who said “We will not sign a deal that hurts…”: Ana Ruiz or Li Wei?"]


def test_different_quotes_are_no_conflict():
    a = Actor("Ana Ruiz", "person", quotes=(Quote("Prices will fall next year", (0,)),))
    b = Actor("Li Wei", "person", quotes=(Quote("Nobody expected the storm to hit", (1,)),))
    assert of_kind("conflict", questions(*TEXT, actors=(a, b))) == []


def test_two_people_in_one_unique_office_is_a_conflict():
    a = Actor("Ana Ruiz", "person", role="chief executive", affiliation="Nordlys", evidence=(0,))
    b = Actor("Li Wei", "person", role="Chief Executive", affiliation="Nordlys", evidence=(1,))
    found = of_kind("conflict", questions(*TEXT, actors=(a, b)))
    assert found == ["Who is the chief executive of the Nordlys: Ana Ruiz or Li Wei?"]


def test_same_office_in_different_organisations_is_no_conflict():
    a = Actor("Ana Ruiz", "person", role="chief executive", affiliation="Nordlys")
    b = Actor("Li Wei", "person", role="chief executive", affiliation="Harbor Logistics")
    assert of_kind("conflict", questions(*TEXT, actors=(a, b))) == []


def test_one_event_with_two_dates_is_a_conflict():
    found = questions(
        "The judge said she would be sentenced on 3 June.",
        "The sentencing hearing will take place on 10 June, the court said.",
    )
    assert of_kind("conflict", found) == ["When is the sentencing: 3 June or 10 June?"]


def test_one_measure_with_two_numbers_is_a_conflict():
    found = questions(
        "Sales rose to 4.2 billion euros in the quarter.",
        "Of the 4.6 billion euros in sales, half came from Spain.",
    )
    assert of_kind("conflict", found) == [
        "Which sales figure is right: 4.2 billion euros or 4.6 billion euros?"
    ]


def test_month_with_no_day_is_incomplete():
    found = questions("The board will vote at a meeting in Lyon on October.")
    assert of_kind("incomplete", found) == ["On what day in October will the board vote in Lyon?"]


def test_next_day_without_an_anchor_is_incomplete():
    found = questions(
        "The council will meet in Oslo on March.",
        "The finance committee will meet the next day in Bergen.",
    )
    assert "On what date will the finance committee meet in Bergen (“the next day”)?" in of_kind(
        "incomplete", found
    )


def test_next_day_deliveries_is_not_incomplete():
    found = questions("Sales grew on strong demand for next-day deliveries.")
    assert of_kind("incomplete", found) == []


def test_counted_options_never_listed_name_who_offered_them():
    owen = Actor("Sara Owen", "person", evidence=(0,))
    found = questions("Sara Owen offered two options to end the strike.", actors=(owen,))
    assert of_kind("unspecified", found) == ["What were the two options Owen offered?"]


def test_counted_items_listed_after_a_colon_are_not_asked():
    found = questions("The mayor offered two options: a toll or a tax.")
    assert of_kind("unspecified", found) == []


def test_count_without_an_offer_verb_is_not_asked():
    found = questions("The club is seven points behind the leaders.")
    assert of_kind("unspecified", found) == []


def test_undisclosed_terms_are_unspecified():
    found = questions("Terms of the sale were not disclosed.")
    assert of_kind("unspecified", found) == ["What were the terms of the sale?"]


def test_did_not_say_how_much_becomes_a_direct_question():
    found = questions("The club did not say how much the bonus was worth.")
    assert of_kind("unspecified", found) == ["How much was the bonus worth?"]


def test_other_issues_are_unspecified():
    found = questions("Tariffs, visas and other trade issues will be discussed.")
    assert of_kind("unspecified", found) == ["What are the other trade issues?"]


def test_approval_still_needed_is_pending():
    found = questions("The merger still needs the approval of the competition authority.")
    assert of_kind("pending", found) == ["Will the competition authority approve the merger?"]


def test_passive_ratification_is_pending():
    found = questions("The treaty would have to be ratified by both parliaments.")
    assert of_kind("pending", found) == ["Will both parliaments ratify the treaty?"]


def test_expected_decision_is_pending():
    found = questions("The regulator is expected to decide by May whether to fine the bank.")
    assert of_kind("pending", found) == ["Will the regulator fine the bank?"]


def test_results_expected_within_a_week_are_pending():
    found = questions("Samples were sent for testing and results were expected within a week.")
    assert of_kind("pending", found) == ["What will the results show (expected within a week)?"]


def test_conflicts_come_before_other_kinds():
    a = Actor("Ana Ruiz", "person", role="mayor", affiliation="Lyon", evidence=(1,))
    b = Actor("Li Wei", "person", role="mayor", affiliation="Lyon", evidence=(1,))
    found = questions("Terms were not disclosed.", "Ana Ruiz and Li Wei spoke.", actors=(a, b))
    assert [q.kind for q in found] == ["conflict", "unspecified"]


def test_not_yet_released_is_pending():
    found = questions("The name of the driver has not yet been released.")
    assert of_kind("pending", found) == ["Will the name of the driver be released?"]


def test_only_the_first_fifty_holders_of_an_office_are_compared():
    # A text naming dozens of mayors is a list; comparing every pair would cost pairs squared.
    towns = [f"Town{a}{b}" for a in "ABCDE" for b in "ABCDEFGHIJ"]
    listed = tuple(
        Actor(f"Person {t}", "person", role=f"mayor of {t}", evidence=(0,)) for t in towns
    )
    late = (
        Actor("Ana Ruiz", "person", role="mayor of Vigo", evidence=(1,)),
        Actor("Li Wei", "person", role="mayor of Vigo", evidence=(1,)),
    )
    assert of_kind("conflict", questions(*TEXT, actors=late)) != []
    assert of_kind("conflict", questions(*TEXT, actors=listed + late)) == []


def test_an_undisclosed_amount_is_asked_about_in_good_grammar() -> None:
    text = (
        "Fine upheld\n\nThe court upheld the fine. The amount of the reduction was not disclosed."
    )
    questions = extract(parse_text(text, "t.txt")).questions
    assert "What was the amount of the reduction?" in [q.text for q in questions]


def test_a_scheduled_vote_leaves_its_outcome_pending() -> None:
    text = (
        "Doctors strike\n\nThe union wants a cap on shifts. A vote on the bill is due on 19 June."
    )
    pending = [q for q in extract(parse_text(text, "t.txt")).questions if q.kind == "pending"]
    assert any("vote" in q.text.lower() and "19 June" in q.text for q in pending)


def test_two_figures_for_one_count_with_a_source_are_a_conflict() -> None:
    found = questions(
        "About 1,400 staff walked out of the hospital on Monday.",
        "The union put the figure at 2,100.",
    )
    assert of_kind("conflict", found) == [
        "How many staff: about 1,400 or 2,100 (according to the union)?"
    ]
    assert [q.evidence for q in found if q.kind == "conflict"] == [(0, 1)]


def test_same_count_with_the_same_verb_and_an_according_to_is_a_conflict() -> None:
    found = questions(
        "Nearly 300 drivers joined the protest.",
        "Some 450 drivers joined the protest, according to the organisers.",
    )
    assert of_kind("conflict", found) == [
        "How many drivers: nearly 300 or some 450 (according to the organisers)?"
    ]


def test_a_count_that_grew_over_time_is_no_conflict() -> None:
    found = questions(
        "About 1,400 staff walked out on Monday.",
        "By Tuesday 2,100 staff had walked out, the union said.",
    )
    assert of_kind("conflict", found) == []


def test_counts_of_different_things_are_no_conflict() -> None:
    found = questions(
        "Police said 12 people were killed in the blast.",
        "Another 40 people were injured, officials said.",
    )
    assert of_kind("conflict", found) == []


def test_a_lower_bound_and_a_larger_figure_are_no_conflict() -> None:
    found = questions("More than 1,400 staff walked out.", "The union put the figure at 2,100.")
    assert of_kind("conflict", found) == []


def test_two_figures_with_no_source_are_not_asked() -> None:
    found = questions("About 1,400 staff walked out.", "The figure was 2,100.")
    assert of_kind("conflict", found) == []


def test_counted_things_that_were_not_named_are_asked_for() -> None:
    found = questions("The deal also involves two other companies, which were not named.")
    assert of_kind("unspecified", found) == ["Which two other companies were not named?"]


def test_not_named_after_a_pronoun_asks_for_the_counted_things_before_it() -> None:
    found = questions("Three banks took part, the regulator said, but they were not named.")
    assert of_kind("unspecified", found) == ["Which three banks were not named?"]


def test_declined_to_name_a_person_asks_who() -> None:
    found = questions("The company declined to name the buyer.")
    assert of_kind("unspecified", found) == ["Who was the buyer?"]


def test_did_not_identify_people_asks_who_they_were() -> None:
    found = questions("Police did not identify the two men, who were arrested on Monday.")
    assert of_kind("unspecified", found) == ["Who were the two men?"]


def test_an_anonymous_source_is_no_unnamed_thing() -> None:
    assert (
        of_kind("unspecified", questions("A spokesman, who declined to be named, said so.")) == []
    )
    assert of_kind("unspecified", questions("An unnamed official said the plan was dead.")) == []


def test_named_as_or_named_in_is_not_a_gap() -> None:
    assert of_kind("unspecified", questions("He was named player of the month.")) == []
    assert of_kind("unspecified", questions("She was not named in the lawsuit.")) == []
    assert of_kind("unspecified", questions("It did not identify a clear winner.")) == []


def test_plural_details_of_a_deal_agree_with_were() -> None:
    found = questions("Financial details of the agreement were not disclosed.")
    assert of_kind("unspecified", found) == ["What were the financial details of the agreement?"]


def test_an_appeal_not_ruled_out_is_pending_on_the_decision_before_it() -> None:
    found = questions(
        "The court fined Nordlys 3 million euros.", "The company has not ruled out an appeal."
    )
    assert of_kind("pending", found) == ["Will the company appeal the fine?"]


def test_days_left_to_appeal_are_pending() -> None:
    found = questions("The judge sentenced Ana Ruiz to five years.", "Ruiz has 28 days to appeal.")
    assert of_kind("pending", found) == ["Will Ruiz appeal the sentence?"]


def test_an_appeal_announced_by_a_speaker_names_the_speaker() -> None:
    found = questions("The tribunal upheld the ban.", "The club said it would appeal the decision.")
    assert of_kind("pending", found) == ["Will the club appeal the decision?"]


def test_an_appeal_to_a_court_is_pending_but_a_plea_to_people_is_not() -> None:
    court = questions("The tribunal upheld the ban.", "The club could appeal to the High Court.")
    assert of_kind("pending", court) == ["Will the club appeal the ban?"]
    assert of_kind("pending", questions("The mayor will appeal to residents to save water.")) == []
    assert of_kind("pending", questions("The charity launched an appeal for donations.")) == []


def test_an_appeal_made_or_refused_is_not_pending() -> None:
    assert of_kind("pending", questions("The club appealed the decision last year.")) == []
    assert of_kind("pending", questions("The club said it would not appeal.")) == []


def test_a_claim_credited_to_unnamed_sources_asks_who_says_it() -> None:
    found = questions("The company plans to cut 500 jobs in Ohio, sources said.")
    assert of_kind("unattributed", found) == ["Who says the company plans to cut 500 jobs in Ohio?"]
    found = questions("People familiar with the matter said the bank will sell its Ohio branches.")
    assert of_kind("unattributed", found) == ["Who says the bank will sell its Ohio branches?"]


def test_reportedly_and_said_to_are_unattributed_claims() -> None:
    found = questions("The bank is reportedly preparing a bid for its smaller rival.")
    assert of_kind("unattributed", found) == [
        "Who says the bank is preparing a bid for its smaller rival?"
    ]
    found = questions("The minister is said to have offered his resignation twice.")
    assert of_kind("unattributed", found) == [
        "Who says the minister has offered his resignation twice?"
    ]


def test_a_source_speaking_on_condition_of_anonymity_is_unattributed() -> None:
    found = questions(
        "Two officials, speaking on condition of anonymity, said the deal was almost done."
    )
    assert of_kind("unattributed", found) == ["Who says the deal was almost done?"]


def test_a_named_source_is_not_unattributed() -> None:
    assert of_kind("unattributed", questions("Ana Ruiz said the plant would close in May.")) == []
    found = questions("According to the Ministry of Health, 40 people were treated in hospital.")
    assert of_kind("unattributed", found) == []
    found = questions("Reuters, citing sources, said the merger was off for good.")
    assert of_kind("unattributed", found) == []


def test_at_most_two_unattributed_claims_are_asked() -> None:
    found = questions(
        "The bank is reportedly preparing a bid for its rival.",
        "The bid is said to be worth two billion euros in cash.",
        "The board will meet on Friday to approve it, sources said.",
    )
    assert len(of_kind("unattributed", found)) == 2


def test_quotes_sharing_only_function_words_are_no_conflict() -> None:
    a = Actor("Ana Ruiz", "person", quotes=(Quote("If you succeed, the country succeeds", (0,)),))
    b = Actor(
        "Li Wei",
        "person",
        quotes=(Quote("If you cannot trust the board, how can we trust the plan?", (1,)),),
    )
    assert of_kind("conflict", questions(*TEXT, actors=(a, b))) == []


def test_a_short_quote_of_three_content_words_is_too_short_to_conflict() -> None:
    a = Actor("Ana Ruiz", "person", quotes=(Quote("glad this matter is resolved", (0,)),))
    b = Actor("Li Wei", "person", quotes=(Quote("We are glad the matter is resolved now", (1,)),))
    assert of_kind("conflict", questions(*TEXT, actors=(a, b))) == []


def test_a_count_before_its_verb_and_after_it_is_the_same_count() -> None:
    found = questions(
        "The storm destroyed 40 homes, the mayor said.", "Residents said 60 homes were destroyed."
    )
    assert of_kind("conflict", found) == [
        "How many homes: 40 (according to the mayor) or 60 (according to residents)?"
    ]


def test_the_counted_noun_is_the_plural_not_the_verb_after_it() -> None:
    found = questions(
        "The ministry said 3,000 homes lost power.", "Utility officials put the number at 4,500."
    )
    assert of_kind("conflict", found) == [
        "How many homes: 3,000 (according to the ministry) or 4,500 (according to utility "
        "officials)?"
    ]


def test_people_rescued_and_people_treated_are_different_counts() -> None:
    found = questions(
        "Firefighters said 23 people were rescued from the building.",
        "A hospital spokesman said 19 people were treated for smoke inhalation.",
    )
    assert of_kind("conflict", found) == []


def test_time_left_to_appeal_until_a_day_is_pending() -> None:
    found = questions("The club has until Friday to lodge an appeal.")
    assert of_kind("pending", found) == ["Will the club appeal?"]


def test_a_ruling_that_can_be_appealed_is_pending() -> None:
    found = questions("The ruling can be appealed to the Supreme Court.")
    assert of_kind("pending", found) == ["Will the ruling be appealed?"]
    assert of_kind("pending", questions("Reed lost his appeal last year.")) == []


def test_a_value_left_undisclosed_in_a_relative_clause_is_asked_for() -> None:
    found = questions("The deal, whose value was not disclosed, was signed on Monday.")
    assert of_kind("unspecified", found) == ["What was the value of the deal?"]


def test_understood_or_believed_to_have_is_an_unattributed_claim() -> None:
    found = questions("The chief executive is understood to have told staff the plant will close.")
    assert of_kind("unattributed", found) == [
        "Who says the chief executive has told staff the plant will close?"
    ]


def test_sources_of_a_kind_told_a_named_outlet_are_still_anonymous() -> None:
    found = questions("Police sources told the BBC that the suspect had been known to them.")
    assert of_kind("unattributed", found) == ["Who says the suspect had been known to them?"]


def test_it_is_believed_to_with_no_clause_is_not_a_claim() -> None:
    assert of_kind("unattributed", questions("It is believed to affect two bars in the UK.")) == []


def test_people_named_by_a_participle_phrase_are_asked_who_they_were() -> None:
    found = questions("The officers involved have not been identified.")
    assert of_kind("unspecified", found) == ["Who were the officers involved?"]


def test_a_former_holder_of_an_office_is_no_conflict() -> None:
    a = Actor("Ana Ruiz", "person", role="mayor", affiliation="Lyon", evidence=(0,))
    b = Actor("Li Wei", "person", role="mayor", affiliation="Lyon", evidence=(1,))
    found = questions(
        "Mayor Ana Ruiz opened the bridge.", "Former mayor Li Wei was there.", actors=(a, b)
    )
    assert of_kind("conflict", found) == []
    found = questions(
        "Mayor Ana Ruiz opened the bridge.", "Mayor Li Wei cut the ribbon.", actors=(a, b)
    )
    assert len(of_kind("conflict", found)) == 1


def test_an_unattributed_claim_is_cut_at_its_first_clause() -> None:
    found = questions(
        "It is understood the two leaders met on the driveway, before they shook hands."
    )
    assert of_kind("unattributed", found) == ["Who says the two leaders met on the driveway?"]


def test_a_short_quote_credited_word_for_word_to_two_people_is_a_conflict():
    quote = "We will not accept these quotas."
    a = Actor("Ana Ruiz", "person", quotes=(Quote(quote, (0,)),), evidence=(0,))
    b = Actor("Li Wei", "person", quotes=(Quote(quote.rstrip(".") + ",", (1,)),), evidence=(1,))
    found = of_kind("conflict", questions(*TEXT, actors=(a, b)))
    assert found == ["Who said “We will not accept these quotas”: Ana Ruiz or Li Wei?"]


def test_a_short_common_phrase_in_different_words_is_no_conflict():
    a = Actor("Ana Ruiz", "person", quotes=(Quote("We are ready.", (0,)),), evidence=(0,))
    b = Actor("Li Wei", "person", quotes=(Quote("We are not ready.", (1,)),), evidence=(1,))
    assert of_kind("conflict", questions(*TEXT, actors=(a, b))) == []


def test_has_yet_to_is_pending():
    found = of_kind("pending", questions("The agency has yet to approve the vaccine."))
    assert found == ["Will the agency approve the vaccine?"]


def test_has_yet_to_decide_whether_asks_about_the_choice():
    found = of_kind(
        "pending",
        questions("The agency has yet to decide whether to approve the vaccine for adults."),
    )
    assert found == ["Will the agency approve the vaccine for adults?"]


def _dated(*paragraphs: str) -> list[Question]:
    return list(extract(parse_text("T\n\n" + "\n\n".join(paragraphs) + "\n", "t.txt")).questions)


def test_a_meeting_where_a_vote_will_be_held_leaves_its_outcome_open():
    found = of_kind(
        "pending",
        _dated(
            "Shareholders will vote on the offer at an extraordinary general meeting on 14 May."
        ),
    )
    assert found == ["What will come of the vote at the extraordinary general meeting on 14 May?"]


def test_a_verdict_to_be_delivered_is_open_but_a_decision_to_be_published_is_not():
    assert of_kind("pending", _dated("The court will deliver its verdict on 3 June.")) == [
        "What will the verdict be (Court to deliver its verdict, on 3 June)?"
    ]
    assert (
        of_kind(
            "pending", _dated("The commission will publish the text of its decision on 3 June.")
        )
        == []
    )


def test_proposals_being_weighed_but_never_listed_are_unspecified():
    found = of_kind(
        "unspecified", questions("The council is weighing three proposals to cut costs.")
    )
    assert found == ["What are the three proposals?"]


def test_two_amounts_for_one_fine_are_a_conflict():
    found = of_kind(
        "conflict",
        questions(
            "The fine amounts to 90 million euros, the commission said.",
            "Loopa said the fine was 74 million euros.",
        ),
    )
    assert found == ["Which fine figure is right: 90 million euros or 74 million euros?"]


def test_a_price_that_was_raised_is_no_conflict():
    found = questions(
        "The offer price was 410 million euros.",
        "Brakel later raised the price to 450 million euros.",
    )
    assert of_kind("conflict", found) == []


def test_a_date_after_by_is_no_one_who_will_act():
    found = of_kind("pending", questions("Proposals must be submitted by 24 March."))
    assert found == []
    found = of_kind("pending", questions("The bill must be submitted by the minister."))
    assert found == ["Will the minister submit the bill?"]


def test_a_record_claimed_with_no_source_is_unattributed():
    found = of_kind(
        "unattributed",
        questions("The takeover would be the largest acquisition of a bicycle maker in a decade."),
    )
    assert found == [
        "Who says the takeover would be the largest acquisition of a bicycle maker in a decade?"
    ]


def test_a_sourced_record_or_the_event_itself_is_not_unattributed():
    assert (
        of_kind(
            "unattributed",
            questions(
                "It was the worst harvest since 1990, the ministry said.",
                "The Cubs won the title for the first time in 108 years.",
                "Data show prices hit their highest level in a decade.",
            ),
        )
        == []
    )


def test_an_unattributed_claim_opening_on_a_common_noun_is_asked_in_lower_case():
    found = of_kind(
        "unattributed",
        questions(
            "Cocoa rose to its highest price since 1977 as the pound fell.",
            "Traders said cocoa stocks were thin.",
        ),
    )
    assert found == ["Who says cocoa rose to its highest price since 1977 as the pound fell?"]


def _brief(*paragraphs: str):
    return extract(parse_text("Test\n\n" + "\n\n".join(paragraphs) + "\n", "t.txt"))


def test_two_holders_of_one_office_of_an_unnamed_country_conflict():
    b = _brief(
        "Finance Minister Nguyen Van Thanh presented the budget on Monday.",
        "The finance minister, Tran Thi Mai, defended the cuts.",
    )
    assert of_kind("conflict", list(b.questions)) == [
        "Who is the Finance Minister: Nguyen Van Thanh or Tran Thi Mai?"
    ]


def test_ministers_of_two_named_countries_do_not_conflict():
    b = _brief(
        "Finance Minister Jan Kowal of Poland met Finance Minister Eva Novak of Slovakia.",
        "Kowal said the talks went well.",
    )
    assert of_kind("conflict", list(b.questions)) == []


def test_an_outcome_the_article_calls_unclear_is_asked_as_its_question():
    def asked(text: str) -> list[tuple[str, str]]:
        return [(q.kind, q.text) for q in _brief(text).questions]

    assert asked("It is unclear whether the airline will resume flights before the summer.") == [
        ("pending", "Will the airline resume flights before the summer?")
    ]
    assert asked("It remains unknown whether or not the boy is still alive as rescuers dig.") == [
        ("pending", "Is the boy still alive?")
    ]
    assert asked("Nor is it clear when the plant will reopen.") == [
        ("pending", "When will the plant reopen?")
    ]
    assert asked("It is still not clear who will pay for the repairs.") == [
        ("unspecified", "Who will pay for the repairs?")
    ]
    assert asked("It was not known how many people were inside.") == [
        ("unspecified", "How many people were inside?")
    ]
    assert asked("It is unclear how much the scheme will cost.") == [
        ("unspecified", "How much will the scheme cost?")
    ]
    # Who "he" is, the question could not say; a clause without an auxiliary is left alone.
    assert asked("It is unclear whether he will run.") == []
    assert asked("It is unclear if the rules apply to banks.") == []


def test_an_approval_that_decides_the_outcome_is_pending():
    b = _brief("Whether the merger goes ahead depends on approval from competition regulators.")
    assert of_kind("pending", list(b.questions)) == [
        "Will competition regulators approve the merger?"
    ]


def test_a_choice_with_a_deadline_is_pending():
    b = _brief("The creditors have until Friday to accept or reject the restructuring plan.")
    assert of_kind("pending", list(b.questions)) == [
        "Will the creditors accept or reject the restructuring plan (deadline: Friday)?"
    ]


def test_not_yet_reaches_past_names_in_its_object():
    b = _brief("The electoral commission has not yet certified the results of Sunday's vote.")
    assert of_kind("pending", list(b.questions)) == [
        "Will the electoral commission certify the results of Sunday's vote?"
    ]


def test_a_group_opening_the_sentence_is_asked_about_in_lower_case():
    b = _brief("Teachers will decide in a ballot next month whether to strike.")
    assert "Will teachers strike?" in of_kind("pending", list(b.questions))


def test_things_left_unspecified_are_asked_about_in_agreement():
    def asked(text: str) -> list[str]:
        return of_kind("unspecified", list(_brief(text).questions))

    assert asked("The party has proposed a number of changes to the electoral law.") == [
        "What were the changes?"
    ]
    assert asked("Candidates were disqualified for irregularities that it did not specify.") == [
        "What were the irregularities?"
    ]
    assert asked("The investigators identified two possible causes of the failure.") == [
        "What were the two possible causes?"
    ]
    assert asked("The council gave no timetable for the works.") == [
        "What was the timetable for the works?"
    ]
    assert asked("The bank cited unspecified risks to financial stability.") == [
        "What were the unspecified risks?"
    ]
    assert asked("The two firms did not disclose the financial terms of the deal.") == [
        "What were the financial terms of the deal?"
    ]
    assert asked("The company did not specify how many jobs would go.") == [
        "How many jobs would go?"
    ]
    assert asked("He left without saying where he would go.") == ["Where would he go?"]
    assert asked("He has no plans to resign.") == []


def test_claims_with_no_source_are_asked_about():
    def asked(text: str) -> list[str]:
        return of_kind("unattributed", list(_brief(text).questions))

    assert asked("The rider is widely believed to have used a banned substance.") == [
        "Who says the rider has used a banned substance?"
    ]
    assert asked("Waiting lists have doubled and the queue is the longest on record.") != []
    assert asked("The health office said waiting lists are the longest on record.") == []


def test_an_event_put_off_with_no_new_date_is_incomplete():
    b = _brief("Officials said the hearing had been adjourned to a date to be set.")
    assert of_kind("incomplete", list(b.questions)) == [
        "When will the hearing take place (put off with no new date)?"
    ]
    b = _brief("The final has been suspended indefinitely after the storm.")
    assert of_kind("incomplete", list(b.questions)) == [
        "When will the final take place (put off indefinitely)?"
    ]
    put_off = _brief("It was postponed until further notice.")
    assert of_kind("incomplete", list(put_off.questions)) == []


def test_one_share_given_two_percentages_is_a_conflict():
    def conflicts(*text: str) -> list[str]:
        return of_kind("conflict", list(_brief(*text).questions))

    assert conflicts(
        "Turnout was 61 percent, the commission said.", "Observers put turnout at 48 percent."
    ) == ["What was the turnout: 61 percent or 48 percent?"]
    # Change over time, another period, another measure or a part of the whole: no conflict.
    assert conflicts("Turnout rose to 61 percent from 55 percent.", "Turnout was 61%.") == []
    assert conflicts("Inflation was 3.2 percent in May.", "Inflation was 3.4% in June.") == []
    assert conflicts("Inflation stood at 3.1 percent.", "Core inflation was 2.4 percent.") == []
    assert conflicts("Turnout was 61 percent.", "Turnout in Budapest was 70 percent.") == []


def test_decisions_and_answers_still_to_come_are_pending():
    def asked(text: str) -> list[str]:
        return of_kind("pending", list(_brief(text).questions))

    assert asked("The committee has not decided whether to recommend the drug.") == [
        "Will the committee recommend the drug?"
    ]
    assert asked("Prosecutors are considering whether to bring charges against the pilot.") == [
        "Will prosecutors bring charges against the pilot?"
    ]
    assert asked("The board said it would consider the offer.") == [
        "What will the board decide on the offer?"
    ]
    assert asked("The government is expected to respond to the petition within weeks.") == [
        "How will the government respond to the petition?"
    ]
    assert asked("Negotiators said a deal could be reached by the weekend.") == [
        "Will a deal be reached by the weekend?"
    ]
    assert asked("The results are expected to be announced on Monday.") == [
        "What will the results show (expected on Monday)?"
    ]
    # Settled, or not a decision: nothing to ask.
    assert asked("The board considered the offer and rejected it.") == []
    assert asked("He would consider himself lucky.") == []


def test_what_an_article_leaves_unnamed_or_unpublished():
    def asked(text: str) -> list[str]:
        return of_kind("unspecified", list(_brief(text).questions))

    assert asked("The minister said several hospitals would close, but did not say which.") == [
        "Which hospitals would close?"
    ]
    assert asked("Officials said other measures were being considered.") == [
        "What are the other measures?"
    ]
    assert asked("The two sides agreed on a set of principles that were not published.") == [
        "What were the principles?"
    ]


def test_a_venue_or_date_still_to_be_named_is_incomplete():
    b = _brief("The match will be played at a venue to be confirmed.")
    assert of_kind("incomplete", list(b.questions)) == ["Where will the match be played?"]
    b = _brief("The hearing will be held on a date to be set.")
    assert of_kind("incomplete", list(b.questions)) == ["When will the hearing be held?"]


def test_two_named_sources_counting_one_thing_differently_conflict():
    b = _brief(
        "Some 3,000 workers took part in the strike, the union said.",
        "Management said 900 workers had joined the strike.",
    )
    assert of_kind("conflict", list(b.questions)) == [
        "How many workers: some 3,000 (according to the union) or 900 (according to management)?"
    ]
    # One source, or two kinds of thing counted: no conflict.
    b = _brief(
        "There have been 23 confirmed cases, according to Dr Ann Lee, the health director.",
        "Lee said samples from 14 suspected cases had been sent for testing.",
    )
    assert of_kind("conflict", list(b.questions)) == []


def test_what_an_inquiry_is_to_establish_is_pending():
    def asked(text: str) -> list[tuple[str, str]]:
        return [(q.kind, q.text) for q in _brief(text).questions]

    assert asked("The cause of the accident was unclear, the police said.") == [
        ("pending", "What caused the accident?")
    ]
    assert asked("Authorities were investigating if a second car was involved.") == [
        ("pending", "Was a second car involved?")
    ]
    assert asked("Police are trying to establish whether the driver had been drinking.") == [
        ("pending", "Had the driver been drinking?")
    ]
    assert asked("It was not yet known how many Afghan civilians were killed.") == [
        ("unspecified", "How many Afghan civilians were killed?")
    ]
    assert asked("The driver was not yet named.") == [("unspecified", "Who was the driver?")]


def test_an_arrest_and_an_open_inquiry_leave_their_outcome_pending():
    def asked(text: str) -> list[str]:
        return of_kind("pending", list(_brief(text).questions))

    assert asked(
        "Police confirmed a 42-year-old man was arrested on suspicion of manslaughter."
    ) == ["Will a 42-year-old man be charged with manslaughter?"]
    assert asked("The Rail Accident Investigation Branch (RAIB) continues its inquiry.") == [
        "What will the Rail Accident Investigation Branch inquiry find?"
    ]
    assert asked("An investigation has been launched by the fire service.") == [
        "What will the investigation find?"
    ]
    assert asked("Investigators are probing whether the driver may have fallen asleep.") == [
        "Could the driver have fallen asleep?"
    ]
    # An inquiry closed, or one only mentioned in passing: nothing pending.
    assert asked("The FBI closed its investigation in July.") == []
    assert asked("The emails were found as part of a separate probe of a former aide.") == []


def test_a_name_set_off_by_commas_stays_in_the_unclear_clause():
    b = _brief(
        "It is not yet clear whether the engine maker, Nordic Turbine Works, will take part."
    )
    assert of_kind("pending", list(b.questions)) == [
        "Will the engine maker, Nordic Turbine Works, take part?"
    ]


def test_the_number_of_a_thing_put_at_another_figure_conflicts():
    b = _brief(
        "None of the 61 passengers or four crew were hurt, the airline said.",
        "Local police put the number of passengers at 58.",
    )
    assert of_kind("conflict", list(b.questions)) == [
        "How many passengers: 61 (according to the airline) or 58 (according to local police)?"
    ]


def test_what_a_body_has_not_published_is_unspecified():
    b = _brief("The council has not published the full cost of the scheme.")
    assert of_kind("unspecified", list(b.questions)) == ["What is the full cost of the scheme?"]
    b = _brief("The ministry has not released any details.")
    assert of_kind("unspecified", list(b.questions)) == ["What are the details?"]
    assert of_kind("unspecified", list(_brief("He did not give up.").questions)) == []


def test_an_event_not_yet_scheduled_is_incomplete_and_asked_once():
    def asked(text: str) -> list[tuple[str, str]]:
        return [(q.kind, q.text) for q in _brief(text).questions]

    assert asked("A hearing before the disciplinary tribunal has not been scheduled.") == [
        ("incomplete", "When will the hearing before the disciplinary tribunal take place?")
    ]
    assert asked("No date has been set for the vote.") == [
        ("incomplete", "When will the vote take place?")
    ]
    assert asked("The trial has not yet been scheduled.") == [
        ("incomplete", "When will the trial take place?")
    ]
    assert asked("The hearing was scheduled for 12 May.") == []


def test_read_on_a_new_hospital_story():
    b = _brief(
        "The trust had 312 nursing vacancies, Dr Helen Marsh said.",
        "The Royal College of Nursing, which represents most nurses, put the number of"
        " vacancies at 410.",
        "The trust did not say how long the closure would last.",
        "Unison, the health union, said it would ballot its members next month.",
    )
    found = [(q.kind, q.text) for q in b.questions]
    assert (
        "conflict",
        "How many vacancies: 312 (according to Dr Helen Marsh) or 410 (according to the Royal"
        " College of Nursing)?",
    ) in found
    assert ("unspecified", "How long would the closure last?") in found
    assert (
        "pending",
        "What will come of the ballot (Unison to ballot its members, next month)?",
    ) in found


def test_things_counted_but_not_circulated_and_a_figure_called_the_real_one():
    b = _brief(
        "Diplomats said three proposals were on the table, but none had been circulated.",
        "Adaptation finance reached $28 billion in 2022, according to the UN.",
        "Oxfam said the real figure was closer to $15 billion.",
    )
    found = [(q.kind, q.text) for q in b.questions]
    assert ("unspecified", "What are the three proposals?") in found
    assert ("conflict", "Which figure is right: $28 billion or $15 billion?") in found


def test_an_anonymous_source_in_the_middle_of_a_sentence_still_leaves_the_claim_open():
    b = _brief(
        "The firm is also in talks to sell its sensor unit, people familiar with the matter"
        " said, a deal that could be worth up to $2 billion."
    )
    assert of_kind("unattributed", list(b.questions)) == [
        "Who says the firm is also in talks to sell its sensor unit?"
    ]


def test_a_count_opening_the_sentence_is_asked_in_lower_case():
    b = _brief("Two developers, who were not named, received suspended sentences.")
    assert of_kind("unspecified", list(b.questions)) == ["Which two developers were not named?"]


def test_a_lawyer_speaks_for_a_client_who_is_the_one_who_may_appeal():
    b = _brief(
        "A court sentenced former mayor Gérard Dupont to six years in prison.",
        "Dupont's lawyer, Marc-Antoine Leroy, said his client would appeal.",
    )
    assert "Will Dupont appeal the sentence?" in of_kind("pending", list(b.questions))
    # With only the lawyer named, the question does not guess.
    b = _brief(
        "The sprinter Faith Wanjiru was suspended.",
        "Her lawyer, Peter Otieno, said she would appeal to the Court of Arbitration for Sport.",
    )
    assert "Will Otieno appeal?" not in of_kind("pending", list(b.questions))


def test_read_on_a_new_flood_story():
    b = _brief(
        "A 71-year-old man was missing after his car was swept away, police said.",
        "The cabinet will meet on Thursday to decide on emergency funding.",
        "Schools in 40 towns will stay closed until further notice.",
        "I opened my chocolate and noticed half the triangles are missing.",
    )
    found = [(q.kind, q.text) for q in b.questions]
    assert ("pending", "Has a 71-year-old man been found?") in found
    assert ("pending", "What will the cabinet decide on Thursday?") in found
    # (The capital of "Schools", which opens the sentence, is kept: a name could open it too.)
    assert any(k == "incomplete" and t.endswith("in 40 towns reopen?") for k, t in found)
    assert not any("triangles" in t for _, t in found)


def test_results_not_expected_before_a_date_are_pending():
    b = _brief("A larger trial will start next year. Its results are not expected before 2030.")
    assert "What will the results show (not expected before 2030)?" in of_kind(
        "pending", list(b.questions)
    )


def test_an_investigation_a_body_faces_is_pending():
    b = _brief("Vibely, which has 90 million users, also faces an investigation in Ireland.")
    assert of_kind("pending", list(b.questions)) == ["What will the investigation find?"]


def test_reportedly_after_a_relative_aside_is_unattributed():
    b = _brief(
        "Lumetra, which was valued at $9 billion last year, is reportedly in talks to raise funds."
    )
    assert of_kind("unattributed", list(b.questions)) == [
        "Who says Lumetra is in talks to raise funds?"
    ]


def test_read_on_a_new_parliament_story():
    b = _brief(
        "The bill now goes to President Karol Nawrocki, who has 21 days to sign it or send it"
        " back.",
        "Nawrocki's office declined to say whether he would sign.",
    )
    found = [(q.kind, q.text) for q in b.questions]
    assert ("unspecified", "Will Nawrocki sign?") in found
    assert (
        "pending",
        "Will President Karol Nawrocki sign it or send it back (within 21 days)?",
    ) in found


def test_a_bare_how_much_asks_nothing():
    b = _brief("The government said it would compensate families, but did not say how much.")
    assert of_kind("unspecified", list(b.questions)) == []


def test_a_figure_the_text_says_someone_disputes_is_a_conflict():
    b = _brief(
        "Passenger groups said at least 35,000 commuters could be affected, a figure the company"
        " disputed."
    )
    assert of_kind("conflict", list(b.questions)) == [
        "How many commuters: at least 35,000 (according to passenger groups), a figure the"
        " company disputes?"
    ]


def test_a_record_in_an_aside_is_asked_about_as_the_aside():
    b = _brief(
        "LONDON, 7 October 2026 — Thames Water was fined £90 million for sewage spills, the"
        " largest penalty Ofwat has ever imposed."
    )
    assert of_kind("unattributed", list(b.questions)) == [
        "Who says it was the largest penalty Ofwat has ever imposed?"
    ]


def test_how_something_happened_is_asked_with_did():
    b = _brief("Novaxis did not say how the contamination occurred.")
    assert of_kind("unspecified", list(b.questions)) == ["How did the contamination occur?"]


def test_read_on_a_new_tariff_story():
    b = _brief(
        "Steel exports were worth about $3.5 billion last year, according to the steel chamber.",
        "US officials have put the figure at $5 billion.",
        "The White House has not said whether the tariffs would also apply to aluminium.",
    )
    found = [(q.kind, q.text) for q in b.questions]
    assert ("conflict", "Which figure is right: $3.5 billion or $5 billion?") in found
    assert ("unspecified", "Will the tariffs also apply to aluminium?") in found


def test_read_on_a_new_cyberattack_story():
    b = _brief(
        "She said most stores should reopen by Monday, but could not say when all systems would"
        " be restored.",
        "Police have opened an investigation.",
    )
    found = [(q.kind, q.text) for q in b.questions]
    assert ("unspecified", "When would all systems be restored?") in found
    assert ("pending", "What will the police investigation find?") in found


@pytest.mark.parametrize(
    ("sentence", "kind", "asked"),
    [
        (
            "The reform, drafted over two years, still has to pass a vote in the senate.",
            "pending",
            "Will the reform pass a vote in the senate?",
        ),
        (
            "The takeover would still need clearance from the Bundeskartellamt and a review"
            " under foreign investment rules.",
            "pending",
            "Will the Bundeskartellamt clear the takeover?",
        ),
        (
            "The levy needs to be signed off by the finance ministry as part of the budget.",
            "pending",
            "Will the finance ministry sign off the levy?",
        ),
        (
            "The lower house is expected to pass the bill, and the upper house would then have"
            " to approve the final wording.",
            "pending",
            "Will the upper house approve the final wording?",
        ),
        (
            "An interim report is expected within six weeks.",
            "pending",
            "What will the interim report find (expected within six weeks)?",
        ),
        (
            "The disciplinary panel has not set a date for a hearing.",
            "incomplete",
            "When will the hearing take place?",
        ),
        (
            "The ministry said it had closed dozens of rural clinics but did not give a figure.",
            "unspecified",
            "How many clinics were closed?",
        ),
        (
            "The port authority said dredging of the channel was scheduled for the autumn but"
            " gave no date.",
            "unspecified",
            "When exactly is dredging of the channel scheduled?",
        ),
    ],
)
def test_hurdles_reports_due_and_bare_figures_are_asked(sentence: str, kind: str, asked: str):
    assert asked in of_kind(kind, questions("The board met on Monday.", sentence))


def test_a_hurdle_with_a_pronoun_subject_is_not_asked_about_it() -> None:
    # "It" could be anything said before; the question would not say what.
    assert of_kind("pending", questions("It still has to pass a vote in the senate.")) == []


def test_a_body_named_for_an_election_is_not_an_election_to_come() -> None:
    text = (
        "Vote abroad rules changed\n\n"
        "LISBON, 3 March 2026 — Parliament on Tuesday changed the rules for voting from abroad.\n\n"
        "The deadline for registering has been moved to 2 May, and ballots must reach a consulate"
        " or the Central Election Office by 9 May to be counted.\n"
    )
    found = extract(parse_text(text, "t.txt")).questions
    assert not [q for q in found if q.kind == "pending" and "Election" in q.text]


def test_a_follow_up_on_the_same_things_is_one_question() -> None:
    found = questions(
        "The mediator said she had put three proposals to both unions.",
        "She did not say what the proposals were.",
    )
    unspecified = [(q.text, q.evidence) for q in found if q.kind == "unspecified"]
    assert unspecified == [("What were the three proposals?", (0, 1))]


def test_an_embedded_question_with_a_demonstrative_is_inverted() -> None:
    found = questions(
        "The donors pledged 40 million euros but did not say how that money would be spent."
    )
    assert "How would that money be spent?" in of_kind("unspecified", found)


def test_by_consensus_is_how_not_who() -> None:
    found = questions("Any text agreed this week must still be adopted by consensus in Geneva.")
    assert of_kind("pending", found) == ["Will any text agreed this week be adopted by consensus?"]


def test_a_decision_to_come_asks_what_it_will_decide() -> None:
    text = (
        "Rail franchise\n\n"
        "LEEDS, 2 March 2026 — The rail operator collapsed on Monday.\n\n"
        "The transport regulator said it would decide by 20 March which company runs the"
        " northern routes from April.\n"
    )
    found = [q.text for q in extract(parse_text(text, "t.txt")).questions if q.kind == "pending"]
    assert "Which company runs the northern routes from April (to be decided by 20 March)?" in found


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "The judge said the retrial would begin on the 21st, when 40 witnesses will be heard.",
            "Which month is “on the 21st” in?",
        ),
        (
            "Police said the break-in happened on Friday, Nov. at about 2 a.m.",
            "Which Friday in November (“Friday, Nov.”)?",
        ),
        (
            "The injured cyclist, identified only as Tomasz, was taken to hospital.",
            "What is the full name of the injured cyclist (given only as Tomasz)?",
        ),
        (
            "The airport said flights had been suspended until further notice.",
            "When will flights resume?",
        ),
        (
            "The tribunal said the hearing would resume at a date to be determined.",
            "When will the hearing resume?",
        ),
        (
            "The concert, which will be held in August at a venue yet to be announced, sold out.",
            "Where will the concert be held?",
        ),
    ],
)
def test_dates_places_and_names_cut_short_are_asked(sentence: str, asked: str) -> None:
    assert asked in of_kind("incomplete", questions("The board met on Monday.", sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The bill would become the 21st amendment to the constitution.",
        "She finished on the 18th hole with a birdie.",
        "The 14th century church was restored.",
        "He was identified by witnesses as the driver.",
    ],
)
def test_ordinals_and_identifications_that_are_complete_are_not_asked(sentence: str) -> None:
    assert of_kind("incomplete", questions("The board met on Monday.", sentence)) == []


def test_two_holders_of_one_portfolio_are_a_conflict() -> None:
    def conflicts(*paragraphs: str) -> list[str]:
        art = Article("t.txt", None, tuple(Block("paragraph", p) for p in paragraphs))
        return [q.text for q in extract(art).questions if q.kind == "conflict"]

    found = conflicts(
        "Ghana has announced a fertiliser subsidy for maize farmers.",
        "Agriculture Minister Kofi Mensah said 800,000 farmers had registered.",
        "Speaking in Tamale, Agriculture Minister Ama Owusu urged farmers to collect their bags.",
    )
    assert any("Kofi Mensah" in q and "Ama Owusu" in q for q in found)
    found = conflicts(
        "Deputy Minister Kofi Mensah spoke first.", "Deputy Minister Ama Owusu spoke next."
    )
    assert found == []


def test_withheld_figures_in_more_words() -> None:
    found = of_kind(
        "unspecified",
        questions("The minister would not put a figure on the cost of the bridge."),
    )
    assert found == ["What was the cost of the bridge?"]
    found = of_kind(
        "unspecified", questions("The statement gave no indication of the size of the fund.")
    )
    assert found == ["What was the size of the fund?"]
    # "did not confirm the report" keeps back no thing of its own.
    assert of_kind("unspecified", questions("The ministry did not confirm the report.")) == []


def test_an_event_with_no_new_date_is_asked_once_as_incomplete() -> None:
    found = questions(
        "High winds forced organisers to abandon the regatta off Cowes on Saturday.",
        "No new date has been fixed, the sailing club said.",
    )
    assert of_kind("incomplete", found) == [
        "When will the regatta take place (“No new date has been fixed”)?"
    ]


def test_a_person_who_gave_only_a_first_name_is_asked_for_the_full_name() -> None:
    found = questions(
        "A bus driver, who gave his first name as Emeka, said the brakes failed on the hill."
    )
    assert of_kind("incomplete", found) == [
        "What is the full name of the bus driver (given only as Emeka)?"
    ]
    found = questions("Her neighbours gave only her first name, Ilse, and declined to be named.")
    assert of_kind("incomplete", found) == ["What is the full name (given only as Ilse)?"]


def test_the_first_event_dated_only_roughly_is_asked_about_once() -> None:
    found = questions(
        "The assembly will vote on the plan in the autumn, the speaker said.",
        "A new tram depot is due to open in late spring.",
    )
    vague = [q for q in of_kind("incomplete", found) if q.startswith("When exactly")]
    assert len(vague) == 1


def test_an_end_of_month_deadline_is_not_vague() -> None:
    found = questions("The regulator is expected to rule by the end of March.")
    assert not [q for q in of_kind("incomplete", found) if q.startswith("When exactly")]


def test_a_roughly_dated_event_does_not_weigh_on_the_summary() -> None:
    found = questions("Demolition is due to begin later this year, the council said.")
    rough = [q for q in found if q.text.startswith("When exactly")]
    assert rough and not any(bears_on_summary(q) for q in rough)
    assert all(bears_on_summary(q) for q in questions("The talks were held in Geneva on January."))


def test_a_common_noun_loses_the_capital_its_sentence_gave_it() -> None:
    found = questions("Demolition is due to begin later this year, the council said.")
    assert [q for q in of_kind("incomplete", found) if q.startswith("When exactly")] == [
        "When exactly will the demolition begin (“later this year”)?"
    ]


def briefed(*paragraphs: str) -> list[Question]:
    """Questions as the whole pipeline asks them, with the actors and their quotes found."""
    art = Article("t.txt", None, tuple(Block("paragraph", p) for p in paragraphs))
    return list(extract(art).questions)


def conflicts_of(found: list[Question]) -> list[str]:
    return of_kind("conflict", found)


def test_a_quote_credited_again_by_a_word_pointing_back_at_it_is_a_conflict() -> None:
    found = briefed(
        "“We will rebuild every house,” Governor Alma Reyes told reporters on Friday.",
        "A video from the provincial office credited the remark to vice governor Tomas Ilagan.",
    )
    assert conflicts_of(found) == [
        "Who said “We will rebuild every house”: Alma Reyes or Tomas Ilagan?"
    ]
    found = briefed(
        "“The budget is dead,” said Senator Ruth Okafor.",
        "Two aides later said the words were in fact spoken by Senator Paul Mbeki.",
    )
    assert conflicts_of(found) == ["Who said “The budget is dead”: Ruth Okafor or Paul Mbeki?"]


def test_a_quote_credited_again_to_the_same_person_or_to_no_one_is_no_conflict() -> None:
    assert (
        of_kind(
            "conflict",
            questions(
                "“We will rebuild every house,” Governor Alma Reyes told reporters.",
                "Her office later attributed the remark to Governor Alma Reyes in a statement.",
            ),
        )
        == []
    )
    assert (
        of_kind(
            "conflict",
            questions(
                "“Prices will fall,” said the economist Ravi Menon.",
                "Analysts attributed the rise to higher fuel costs.",
            ),
        )
        == []
    )


def test_an_office_changing_hands_has_two_holders_without_conflict() -> None:
    found = briefed(
        "Chief executive Lena Ortiz met staff on Monday, a week before she steps down.",
        "The board named chief executive Omar Haddad, who starts in May, as her successor.",
        "The outgoing chief executive said the company was in good hands.",
    )
    assert conflicts_of(found) == []
    found = briefed(
        "Chief executive Lena Ortiz said the plant would close.",
        "Chief executive Omar Haddad said it would stay open.",
    )
    assert conflicts_of(found) == ["Who is the chief executive: Lena Ortiz or Omar Haddad?"]
