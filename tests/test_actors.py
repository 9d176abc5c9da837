"""Actors: people with roles and affiliations, organisations, countries, groups."""

from __future__ import annotations

from briefing.core.actors import extract_actors
from briefing.core.loader import parse_text
from briefing.core.model import Actor, Sentence
from briefing.core.pipeline import extract


def _actors(*texts: str) -> tuple[Actor, ...]:
    sentences = [Sentence(i, t, i, "paragraph") for i, t in enumerate(texts)]
    return extract_actors(sentences)


def _person(actors: tuple[Actor, ...], surname: str) -> Actor:
    found = [a for a in actors if a.kind == "person" and a.name.endswith(surname)]
    assert found, [a.name for a in actors]
    return found[0]


def _names(actors: tuple[Actor, ...], kind: str) -> list[str]:
    return [a.name for a in actors if a.kind == kind]


def test_title_before_name_gives_role_and_demonym_affiliation() -> None:
    actors = _actors("Russian Deputy Foreign Minister Sergei Volkov said the talks were useful.")
    p = _person(actors, "Volkov")
    assert p.name == "Sergei Volkov"
    assert p.role == "Deputy Foreign Minister"
    assert p.affiliation == "Russia"


def test_office_with_of_state_before_name() -> None:
    actors = _actors("The plan was backed by US Secretary of State Mara Quinlan on Friday.")
    p = _person(actors, "Quinlan")
    assert p.role == "Secretary of State"
    assert p.affiliation == "United States"


def test_appositive_role_with_possessive_organisation() -> None:
    actors = _actors(
        "Talks stalled, according to Dr Ines Rauch, the Federal Health Agency's head of testing."
    )
    p = _person(actors, "Rauch")
    assert p.role == "head of testing"
    assert p.affiliation == "Federal Health Agency"


def test_the_country_refers_back_to_country_in_sentence() -> None:
    actors = _actors("Finland sent Aarne Koskinen, the country's trade minister.")
    p = _person(actors, "Koskinen")
    assert p.role == "trade minister"
    assert p.affiliation == "Finland"


def test_short_company_mention_resolves_to_full_name() -> None:
    actors = _actors(
        "Shipping firm Harbor Logistics said profits rose.",
        "Lena Ostrova, Harbor's chief executive, said demand was strong.",
    )
    assert _person(actors, "Ostrova").affiliation == "Harbor Logistics"


def test_name_particles_and_surname_alias() -> None:
    actors = _actors(
        "Judge Pieter van den Berg opened the hearing.",
        "Van den Berg said the case would resume in May.",
    )
    p = _person(actors, "Berg")
    assert p.name == "Pieter van den Berg"
    assert p.evidence == (0, 1)
    assert "Van den Berg" in p.aliases


def test_role_mention_links_to_person_with_that_role() -> None:
    actors = _actors(
        "Health Minister Orla Brennan announced the plan.",
        "The minister said clinics would open on Monday.",
    )
    p = _person(actors, "Brennan")
    assert "the minister" in p.aliases
    assert 1 in p.evidence


def test_family_name_first_name_is_kept_in_written_order() -> None:
    actors = _actors(
        "Kim Min-jun, the agency's director of research, spoke first.",
        "Kim said more data was needed.",
    )
    p = _person(actors, "Min-jun")
    assert p.name == "Kim Min-jun"
    assert p.evidence == (0, 1)


def test_capitalised_non_persons_are_not_people() -> None:
    actors = _actors(
        "Fans gathered at Croke Park before Storm Ingrid arrived.",
        "The Fraud Act 2006 applies, Getty Images reported.",
        "Its chatbot, Evelyn, was paused on Monday.",
    )
    assert _names(actors, "person") == []


def test_two_capitalised_words_alone_are_not_a_person() -> None:
    actors = _actors("Prime Time will air a special on Studio Voetbal next week.")
    assert _names(actors, "person") == []


def test_defendant_with_age_is_a_person() -> None:
    actors = _actors("Marek Nowicki, 47, was convicted of fraud on Tuesday.")
    p = _person(actors, "Nowicki")
    assert p.role == "defendant"


def test_acronym_in_brackets_is_an_alias_of_the_organisation() -> None:
    actors = _actors(
        "The Agency for Coastal Protection (ACP) issued a warning.",
        "The ACP said the dunes were weak.",
    )
    org = next(a for a in actors if a.kind == "organization" and a.name.startswith("Agency"))
    assert org.name == "Agency for Coastal Protection"
    assert "ACP" in org.aliases
    assert org.evidence == (0, 1)


def test_introducer_noun_marks_a_company() -> None:
    actors = _actors("Danish shipping group Nordvik agreed to buy a rival.")
    assert "Nordvik" in _names(actors, "organization")


def test_country_aliases_merge_into_one_country() -> None:
    actors = _actors(
        "The US and Russia met.", "The United States said little.", "U.S. officials left."
    )
    us = [a for a in actors if a.kind == "country" and a.name == "United States"]
    assert len(us) == 1
    assert us[0].evidence == (0, 1, 2)


def test_group_that_acts_is_a_group() -> None:
    actors = _actors("Councillors voted 20 to 4 in favour.")
    assert "councillors" in _names(actors, "group")


def test_most_mentioned_actor_comes_first() -> None:
    actors = _actors(
        "Mayor Ada Lindqvist opened the bridge.",
        "Lindqvist said it was overdue.",
        "Lindqvist thanked the builders, engineer Tomas Berg said.",
    )
    assert actors[0].name == "Ada Lindqvist"


def test_repeated_surname_opening_sentences_is_not_an_organisation() -> None:
    actors = _actors(
        "Campaign chair Lena Ostrova met Viktor Marsh in Denver.",
        "Marsh said the rally would go ahead.",
        "Marsh has promised a bigger stage.",
        "Ostrova said the costs were covered.",
    )
    assert "Marsh" not in _names(actors, "organization")


def test_surname_is_not_the_affiliation_of_a_staffer() -> None:
    actors = _actors(
        "Candidate Viktor Marsh opened his campaign in Denver.",
        "Marsh said the rally would go ahead.",
        "Marsh has promised a bigger stage, communications director Ida Brenn said.",
    )
    assert _person(actors, "Brenn").affiliation != "Marsh"


def test_picture_credit_agency_is_not_an_organisation() -> None:
    actors = _actors(
        "Rescue teams searched the wreck overnight (Photo: Tom Hale/NWA).",
        "Fire chief Ada Rusk said the search would continue. (Photo: NWA)",
    )
    assert "NWA" not in _names(actors, "organization")
    assert _person(actors, "Rusk").affiliation != "NWA"


def test_shouted_capitals_are_not_organisations() -> None:
    actors = _actors("MAYOR QUITS The mayor of Tarnów resigned on Monday after a long dispute.")
    assert _names(actors, "organization") == []


def test_acronym_in_running_text_is_still_an_organisation() -> None:
    actors = _actors("The complaint was sent to the ERTB, which regulates rail fares.")
    assert "ERTB" in _names(actors, "organization")


def test_hyphenated_acronyms_are_not_shouting() -> None:
    actors = _actors("She spoke to the AFL-CIO convention in Houston.")
    assert "AFL" in _names(actors, "organization")


def test_title_followed_by_a_name_in_an_appositive_is_not_a_role() -> None:
    actors = _actors(
        "Four staff were killed in an attack on a consulate in Mersa, Dalmia including "
        "Ambassador Hugo Vanterpool on 11 September."
    )
    assert "Mersa" not in _names(actors, "person")


def test_title_and_one_word_after_the_is_not_a_person() -> None:
    actors = _actors("Carla Mendes had just reached the Major Circuits when the strike began.")
    assert "Circuits" not in _names(actors, "person")


def test_word_before_a_known_full_name_does_not_join_it() -> None:
    actors = _actors(
        "Senator Hanna Lindqvist said the vote would be close.",
        "Vote Hanna Lindqvist in the primary, the posters said.",
    )
    assert "Hanna Lindqvist" in _names(actors, "person")


def test_role_without_written_organisation_gets_no_affiliation() -> None:
    actors = _actors(
        "The FBI reopened its inquiry on Friday.",
        "The FBI said the review was urgent.",
        "The reporter Dana Kell asked about the letter, aide Tom Brisk said.",
    )
    assert _person(actors, "Kell").affiliation is None
    assert _person(actors, "Brisk").affiliation is None


def test_staff_role_belongs_to_company_the_article_opens_on() -> None:
    actors = _actors(
        "Danish logistics group Norvik said on Thursday that profit rose.",
        "Norvik will buy a rival.",
        "It needs the Competition Authority's approval, chief financial officer Ana Lind said.",
    )
    assert _person(actors, "Lind").affiliation == "Norvik"


def test_coach_is_not_affiliated_with_the_opponent_in_his_sentence() -> None:
    actors = _actors(
        "Brightwater FC signed a striker on Monday.",
        "Brightwater FC paid a record fee.",
        "Head coach Lena Moss said he could play against Dunmore Athletic FC next week.",
    )
    assert _person(actors, "Moss").affiliation == "Brightwater FC"


def test_mayor_is_not_affiliated_with_a_company() -> None:
    actors = _actors(
        "Shipping group Norvik Holdings said it would close a depot.",
        "Norvik Holdings employs 300 people in the town.",
        "Mayor Jan Roos said the town would fight the closure.",
    )
    assert _person(actors, "Roos").affiliation is None


def test_its_before_role_points_to_organisation_named_before() -> None:
    actors = _actors(
        "The Ministry of Trade published figures on Monday.",
        "The Ministry of Trade said exports fell.",
        "The Federation of Boat Builders warned that sales could fall.",
        "Its president, Hilde Maier-Lund, said orders had dropped.",
    )
    assert _person(actors, "Maier-Lund").affiliation == "Federation of Boat Builders"


def test_acronym_before_role_is_the_affiliation() -> None:
    actors = _actors(
        "The Federal Aviation Authority (FAA) fined the airline.",
        "FAA Administrator Ruth Calder said the fine was fair.",
    )
    p = _person(actors, "Calder")
    assert p.role == "Administrator"
    assert p.affiliation == "Federal Aviation Authority"


def test_family_name_that_opens_the_company_name_is_not_the_person() -> None:
    actors = _actors(
        "Hoshimura Electric Co. reported lower profit.",
        "Founder Hoshimura Ichiro will step down.",
    )
    assert _person(actors, "Ichiro").evidence == (1,)
    assert "Hoshimura Electric" in _names(actors, "organization")[0]


def test_person_of_the_organisation_splits_into_person_and_body() -> None:
    actors = _actors("His lawyer, Priya Raman of the Pacific Legal Foundation, appealed.")
    assert "Pacific Legal Foundation" in _names(actors, "organization")
    assert _person(actors, "Raman").affiliation == "Pacific Legal Foundation"


def test_place_inside_a_university_name_is_not_a_person() -> None:
    actors = _actors(
        "Political scientist Fernanda Oliveira of the Federal University of Minas Gerais said so."
    )
    assert _names(actors, "person") == ["Fernanda Oliveira"]


def test_words_after_an_ampersand_in_a_school_name_are_not_a_person() -> None:
    actors = _actors(
        "Dr Elif Aydın, an epidemiologist at the London School of Hygiene & Tropical Medicine,"
        " said wells were contaminated."
    )
    assert _names(actors, "person") == ["Elif Aydın"]
    assert _person(actors, "Aydın").affiliation == "London School of Hygiene & Tropical Medicine"


def test_party_name_drops_the_person_joined_after_it() -> None:
    actors = _actors(
        "The Labour Party and Angus Rowe met the Scottish National Party Morag Bell on Monday."
    )
    orgs = _names(actors, "organization")
    assert "Labour Party" in orgs
    assert "Scottish National Party" in orgs


def test_country_name_before_coach_is_the_team() -> None:
    actors = _actors('"We were poor," said Sri Lanka coach Peter Ashdown-Reyes.')
    assert _person(actors, "Ashdown-Reyes").affiliation == "Sri Lanka"


def test_demonym_before_coach_is_a_nationality_not_a_team() -> None:
    actors = _actors("Dutch coach Pieter Vos said the team was tired.")
    assert _person(actors, "Vos").affiliation is None


def test_cricket_roles_and_a_single_name_after_a_role() -> None:
    actors = _actors(
        "Left-arm spinner Rafiqul Alam took five wickets.",
        "Opener Tharindu was dismissed for a duck.",
    )
    assert _person(actors, "Alam").role == "spinner"
    assert _person(actors, "Tharindu").role == "Opener"


def test_appositive_that_ends_on_another_name_is_not_a_role() -> None:
    actors = _actors("Dorota Rynkiewicz, pictured with golfer husband Andrzej, died on Wednesday.")
    assert all(a.role is None for a in actors if a.name == "Dorota Rynkiewicz")


def test_shouted_words_are_not_organisations() -> None:
    actors = _actors(
        "Protesters held signs reading LOVE TRUMPS HATE outside the tower.",
        "One sign said WILLY was to blame, and the top of the page read TOP STORY.",
    )
    assert _names(actors, "organization") == []


def test_unknown_consonant_acronym_is_still_an_organisation() -> None:
    actors = _actors("The IMGW said storm surges would become more frequent.")
    assert "IMGW" in _names(actors, "organization")


def test_page_chrome_is_cut_from_names() -> None:
    actors = _actors(
        "Invalid Email Christian Horner, the team principal, praised the driver.",
        "Vice President-elect Mike Pence Previously said he was ready.",
    )
    assert "Christian Horner" in _names(actors, "person")
    assert "Mike Pence" in _names(actors, "person")


def test_family_description_before_a_name_is_dropped() -> None:
    actors = _actors("Mum-of-two Dorota Nowak, 35, was named as a victim.")
    assert _names(actors, "person") == ["Dorota Nowak"]


def test_title_word_inside_a_league_name_makes_no_person() -> None:
    actors = _actors("Officials from Major League Baseball met the club.")
    assert _names(actors, "person") == []


def test_caption_label_before_a_colon_is_not_a_person() -> None:
    actors = _actors("Fans wanted to move forward Shame: Rose Keller was defiant in her message.")
    assert "Shame" not in _names(actors, "person")


def test_capitalised_word_charged_alone_is_not_a_defendant() -> None:
    actors = _actors("Driver was arrested at the scene, police said.")
    assert _names(actors, "person") == []


def test_name_that_speaks_of_its_own_clinics_is_an_organisation() -> None:
    actors = _actors("Médecins Sans Frontières said its clinics in Mombasa were full.")
    assert _names(actors, "person") == []
    assert "Médecins Sans Frontières" in _names(actors, "organization")


def test_a_mayor_belongs_to_the_council_a_short_headline_names() -> None:
    text = (
        "Bristol council backs harbour plan\n\n"
        "BRISTOL — Bristol city council has approved a plan to rebuild the harbour walls.\n\n"
        '"This protects the city for fifty years," Mayor Joan Feltham told councillors.\n'
    )
    people = {a.name: a for a in extract(parse_text(text, "t.txt")).actors if a.kind == "person"}
    assert people["Joan Feltham"].affiliation == "Bristol city council"


def test_a_portfolio_before_a_capitalised_office_belongs_to_the_office() -> None:
    text = "Port deal\n\nHarbours Commissioner Ines Varga told reporters the deal was fair."
    people = [a for a in extract(parse_text(text, "t.txt")).actors if a.kind == "person"]
    assert [(p.name, p.role) for p in people] == [("Ines Varga", "Commissioner")]


def test_its_points_back_to_the_subject_not_the_last_organisation_named() -> None:
    actors = _actors(
        "The Brandvik Shipping Group was fined by the European Commission on Tuesday.",
        "Brandvik Shipping Group said it would consider an appeal to the General Court.",
        "Its chief executive, Lena Hovland, said the company had cooperated fully.",
    )
    assert _person(actors, "Hovland").affiliation == "Brandvik Shipping Group"


def test_its_still_takes_the_last_organisation_when_none_is_a_subject() -> None:
    actors = _actors(
        "Shares fell after a warning from the Halden Paper Company on Monday.",
        "Its finance director, Ola Rustad, said costs had doubled.",
    )
    assert _person(actors, "Rustad").affiliation == "Halden Paper Company"


def test_acronym_in_another_language_is_linked_to_the_name_before_it() -> None:
    actors = _actors(
        "The Federation of Dairy Farmers (ZMO) warned that milk prices would fall.",
        "The ZMO said it would protest in Warsaw.",
    )
    orgs = [a for a in actors if a.kind == "organization"]
    assert [o.name for o in orgs] == ["Federation of Dairy Farmers"]
    assert orgs[0].aliases == ("ZMO",)
    assert orgs[0].evidence == (0, 1)


def test_letters_in_brackets_after_a_name_with_no_organisation_word_define_nothing() -> None:
    actors = _actors("Sales of the Grand Touring Sedan (XRT) rose by a tenth in March.")
    assert not any("Sedan" in name for name in _names(actors, "organization"))


def test_capital_word_before_an_organisation_noun_is_an_organisation() -> None:
    actors = _actors(
        "Pilar Ruiz, the spokeswoman for the SEPA nurses' union, said talks had failed.",
    )
    assert "SEPA" in _names(actors, "organization")


def test_body_word_opening_a_title_gives_the_affiliation() -> None:
    actors = _actors(
        "Corran City Council voted on Tuesday to close two libraries.",
        "Council leader Imogen Daly said the decision was painful.",
    )
    p = _person(actors, "Daly")
    assert p.role == "Council leader"
    assert p.affiliation == "Corran City Council"


def test_body_word_with_two_bodies_of_that_kind_is_not_guessed() -> None:
    actors = _actors(
        "Corran City Council and Mallow County Council agreed to share a depot.",
        "Council leader Imogen Daly said the deal saved money.",
    )
    assert _person(actors, "Daly").affiliation != "Mallow County Council"


def test_body_word_that_ends_a_name_is_not_taken_for_the_body() -> None:
    actors = _actors("European Union leader Marta Kessel met farmers in Lyon on Friday.")
    assert _person(actors, "Kessel").role == "leader"


def test_dotted_title_before_a_surname_marks_a_person() -> None:
    actors = _actors(
        "Mrs. Halloran said on Saturday that the inquiry had cost her the election.",
        "Voters were receptive to Mr. Dunmore's claims.",
    )
    assert {"Halloran", "Dunmore"} <= set(_names(actors, "person"))


def test_dotted_title_joins_the_full_name_given_later() -> None:
    actors = _actors(
        "Mrs. Halloran said on Saturday that the inquiry had hurt her.",
        "Agnes Halloran told donors the race was close.",
    )
    assert _names(actors, "person") == ["Agnes Halloran"]


def test_dotted_title_before_an_ordinary_word_is_a_nickname_not_a_person() -> None:
    actors = _actors(
        "He had dressed as Mr. Incredible for the flight.", "It was an incredible night."
    )
    assert _names(actors, "person") == []


def test_middle_initial_stays_inside_the_name() -> None:
    actors = _actors("Samuel T. Okoro, the chief executive, said profits rose.")
    assert _person(actors, "Okoro").name == "Samuel T. Okoro"


def test_full_name_followed_by_who_is_a_person() -> None:
    actors = _actors(
        "The brilliance of Tomas Ledger, who climbed from 16th place to third, stunned the paddock."
    )
    assert _names(actors, "person") == ["Tomas Ledger"]


def test_club_or_place_followed_by_who_is_not_a_person() -> None:
    actors = _actors(
        "The win lifted Aston Villa, who climbed to fifth, above Crystal Palace, who fell.",
        "A cleaner from nearby New Addington, who was injured, said the tram tipped over.",
    )
    assert _names(actors, "person") == []


def test_state_and_house_title_are_not_part_of_the_name() -> None:
    actors = _actors(
        "The review was led by former Michigan Rep Mike Rogers, who once worked for the FBI.",
        "House Speaker Paul Ryan said the bill would pass.",
    )
    assert {"Mike Rogers", "Paul Ryan"} <= set(_names(actors, "person"))


def test_possessive_inside_an_organisation_name_stays_in_the_name() -> None:
    actors = _actors(
        "The Public Prosecutor's Office said it would appeal.",
        "Brazil's Workers' Party called the ruling political.",
    )
    orgs = _names(actors, "organization")
    assert "Public Prosecutor's Office" in orgs
    assert "Workers' Party" in orgs
    assert not any(name.startswith("Brazil") for name in orgs)


def test_organisation_after_from_in_an_appositive_is_the_affiliation() -> None:
    actors = _actors(
        "Rosa Mendes, a former teacher from the Workers' Party, won the run-off on Sunday."
    )
    p = _person(actors, "Mendes")
    assert p.role == "former teacher"
    assert p.affiliation == "Workers' Party"


def test_acronym_opening_an_appositive_role_is_the_affiliation() -> None:
    actors = _actors("Dr. Amara Tesfaye, the WHO director-general, warned of a new wave.")
    p = _person(actors, "Tesfaye")
    assert p.role == "WHO director-general"
    assert p.affiliation == "WHO"


def test_full_name_of_a_body_named_before_is_a_person_of_that_body() -> None:
    actors = _actors(
        "The Christian Social Union rejected the plan.",
        "It was opposed by Ilse Brandl of the Christian Social Union on Tuesday.",
    )
    assert _person(actors, "Brandl").affiliation == "Christian Social Union"


def test_a_body_of_an_organisation_whose_name_holds_and_keeps_its_whole_name() -> None:
    actors = _actors(
        "The Standing Council of the Union for Trade and Co-operation in Africa will meet."
    )
    assert _names(actors, "organization") == [
        "Standing Council of the Union for Trade and Co-operation in Africa"
    ]


def test_a_person_after_and_is_still_cut_from_the_body() -> None:
    actors = _actors("The Scottish National Party and Angus Robertson welcomed the vote.")
    assert "Scottish National Party" in _names(actors, "organization")


def test_a_noun_that_only_has_or_is_is_not_an_organisation() -> None:
    actors = _actors(
        "Brexit has divided the country for years.",
        "Brexit is still the word on every doorstep.",
        "Rescuers have worked through the night.",
        "Rescuers were exhausted, and other rescuers slept in tents.",
    )
    assert _names(actors, "organization") == []


def test_a_name_that_also_says_or_announces_is_an_organisation() -> None:
    actors = _actors(
        "Halvard has cut 200 jobs this year.",
        "Halvard said on Monday that more cuts would follow.",
    )
    assert "Halvard" in _names(actors, "organization")


def test_a_single_name_with_a_role_a_company_can_hold_is_not_a_person() -> None:
    actors = _actors("Prices rose at Corvella, the owner of three supermarket chains.")
    assert _names(actors, "person") == []


def test_a_body_with_a_spokeswoman_is_an_organisation() -> None:
    actors = _actors(
        "A spokeswoman for Brightwater Foods said the recipe had not changed.",
        "A spokesman for Ines Varga declined to comment.",
        'Ines Varga said: "We will see."',
    )
    orgs = _names(actors, "organization")
    assert "Brightwater Foods" in orgs
    assert "Ines Varga" not in orgs


def test_based_before_an_organisation_is_not_part_of_its_name() -> None:
    actors = _actors("US-based Mondera International, which owns the brand, denied it.")
    assert "Mondera International" in _names(actors, "organization")


def test_a_name_repeated_by_a_byline_and_a_caption_is_read_once() -> None:
    actors = _actors("Brexit Gemma Pryel Gemma Pryel said the shape had changed.")
    assert _names(actors, "person") == ["Gemma Pryel"]


def test_who_heads_a_body_gives_the_role_and_the_body() -> None:
    actors = _actors("Kenji Arata, who heads the Fisheries Agency, said the talks were hard.")
    p = _person(actors, "Arata")
    assert (p.role, p.affiliation) == ("head", "Fisheries Agency")


def test_the_office_of_a_body_before_the_name_and_a_comma() -> None:
    actors = _actors("The chairman of the Nevada Farmers Union, Michael Dane, said prices fell.")
    p = _person(actors, "Dane")
    assert (p.role, p.affiliation) == ("chairman", "Nevada Farmers Union")


def test_a_side_before_a_player_or_coach_is_the_affiliation() -> None:
    actors = _actors(
        "Ferencváros coach Tamás Oláh said the team was ready.",
        "Luka Jurčević, the Dinamo Zagreb midfielder, scored twice.",
        "Veteran coach Ana Ruiz watched from the stand.",
    )
    assert _person(actors, "Oláh").affiliation == "Ferencváros"
    jurcevic = _person(actors, "Jurčević")
    assert (jurcevic.role, jurcevic.affiliation) == ("midfielder", "Dinamo Zagreb")
    assert _person(actors, "Ruiz").affiliation is None


def test_a_side_named_by_its_last_word_resolves_to_its_full_name() -> None:
    actors = _actors(
        "The Harbour City Gulls beat the Redmond Foxes 5-3 at Lakeside Stadium on Wednesday.",
        "Gulls manager Lena Dahl praised her players.",
    )
    assert _person(actors, "Dahl").affiliation == "Harbour City Gulls"


def test_one_word_after_and_stays_in_the_organisation_name() -> None:
    actors = _actors("The Netherlands Authority for Consumers and Markets approved the deal.")
    assert _names(actors, "organization") == ["Netherlands Authority for Consumers and Markets"]


def test_only_a_company_has_shares_or_a_takeover() -> None:
    actors = _actors(
        "Shares in Brakel Mobility rose 4% on Tuesday.",
        "The takeover of Sunhe Cycles is due to close in June.",
    )
    assert {"Brakel Mobility", "Sunhe Cycles"} <= set(_names(actors, "organization"))


def test_an_acronym_set_off_after_an_agency_is_its_name() -> None:
    actors = _actors("Indonesia's food and drug agency, BPOM, has not yet approved the vaccine.")
    assert "BPOM" in _names(actors, "organization")


def test_a_partys_members_acting_together_are_a_group_with_their_capital() -> None:
    actors = _actors(
        "Democrats said the bill would fail in the Senate.",
        "Conservatives voted against the budget on Tuesday.",
    )
    groups = _names(actors, "group")
    assert "Democrats" in groups and "Conservatives" in groups
    assert not _names(actors, "person")


def test_a_forum_or_consortium_is_an_organisation() -> None:
    actors = _actors(
        "A spokesman for the Hungarian Democratic Forum said the party would abstain.",
        "The Northern Rail Consortium won the contract.",
    )
    orgs = _names(actors, "organization")
    assert "Hungarian Democratic Forum" in orgs and "Northern Rail Consortium" in orgs


def test_a_name_joined_to_its_arabic_article_is_a_name_and_its_surname_an_alias() -> None:
    actors = _actors(
        "Chief investigator Hamid al-Rashid said the runway was wet.",
        "Al-Rashid added that the report would follow.",
    )
    p = _person(actors, "al-Rashid")
    assert (p.name, p.role, p.evidence) == ("Hamid al-Rashid", "Chief investigator", (0, 1))
    p = _person(
        _actors("President Abdel Fattah el-Sisi met the envoys.", "Sisi said little."), "el-Sisi"
    )
    assert (p.name, p.aliases, p.evidence) == ("Abdel Fattah el-Sisi", ("Sisi",), (0, 1))


def test_a_body_opening_an_appositive_role_is_the_affiliation() -> None:
    actors = _actors("Ursula von der Leyen, the European Commission president, arrived in Kyiv.")
    p = _person(actors, "Leyen")
    assert (p.role, p.affiliation) == ("president", "European Commission")


def test_a_capitalised_title_before_a_name_is_no_organisation() -> None:
    actors = _actors("Chief Executive Mara Lindqvist was blunt.", "The Labour Party said no.")
    orgs = _names(actors, "organization")
    assert "Chief Executive" not in orgs and "Labour Party" in orgs
    assert _person(actors, "Lindqvist").role == "Chief Executive"


def test_an_industry_word_makes_a_company_and_its_short_form_folds_into_it() -> None:
    actors = _actors(
        "Kestrel Mining Ltd said profit fell.",
        "Kestrel Mining blamed prices. Its chief executive, Ruth Ng, said more.",
    )
    assert _names(actors, "organization") == ["Kestrel Mining Ltd"]
    assert _person(actors, "Ng").affiliation == "Kestrel Mining Ltd"
    # A minister of transport is a title, and "Transport for London" a body.
    actors = _actors(
        "Transport Minister Azlan bin Osman ordered an inquiry.", "Transport for London agreed."
    )
    assert _person(actors, "Osman").role == "Transport Minister"
    assert "Transport for London" in _names(actors, "organization")


def test_an_acronym_in_brackets_inside_an_appositive_role() -> None:
    actors = _actors(
        "Ana Silva, president of the International Cycling Union (UCI), defended the ban."
    )
    p = _person(actors, "Silva")
    assert (p.role, p.affiliation) == ("president", "International Cycling Union")
    assert "Union" not in _names(actors, "organization")


def test_a_body_before_a_title_is_the_affiliation_and_ends_before_it() -> None:
    actors = _actors("Bank of Korea Governor Rhee Chang-yong said rates would stay high.")
    assert _names(actors, "organization") == ["Bank of Korea"]
    p = _person(actors, "Chang-yong")
    assert (p.role, p.affiliation) == ("Governor", "Bank of Korea")
    actors = _actors("Senate Judiciary Committee Chair Ann Grey opened the hearing.")
    assert _names(actors, "organization") == ["Senate Judiciary Committee"]


def test_affiliations_written_after_the_name_or_at_the_end_of_the_role() -> None:
    def role_of(text: str, surname: str) -> tuple[str | None, str | None]:
        p = _person(_actors(text), surname)
        return p.role, p.affiliation

    assert role_of("Professor Claire Dubois of the University of Lyon spoke.", "Dubois") == (
        "professor",
        "University of Lyon",
    )
    assert role_of("Mayor Lena Novak of Ljubljana opposed the tax.", "Novak") == (
        "Mayor",
        "Ljubljana",
    )
    assert role_of("Jean Martin, head of the pilots' union SNPL, objected.", "Martin") == (
        "head",
        "SNPL",
    )
    assert role_of("Dr Amal Haddad, medical director of St Mary's Hospital, spoke.", "Haddad") == (
        "medical director",
        "St Mary's Hospital",
    )
    assert role_of("Tom Tee, campaign chair October 28, said so.", "Tee") == (
        "campaign chair",
        None,
    )


def test_whom_someone_rides_plays_or_works_for_is_the_affiliation() -> None:
    actors = _actors("Dutch rider Sven de Jong, who rides for Team Horizon, tested positive.")
    p = _person(actors, "Jong")
    assert (p.role, p.affiliation) == ("rider", "Team Horizon")
    p = _person(_actors("Ana Costa, who plays for Benfica, scored twice."), "Costa")
    assert p.affiliation == "Benfica"


def test_a_plural_possessive_inside_a_name_with_its_acronym() -> None:
    actors = _actors(
        "The Federation of Teachers' Unions (FTU) called a strike.",
        "The union's general secretary, Marc Lefèvre, said talks had failed.",
    )
    assert _names(actors, "organization") == ["Federation of Teachers' Unions"]
    assert _person(actors, "Lefèvre").affiliation == "Federation of Teachers' Unions"


def test_a_single_name_with_an_everyday_role_is_a_person() -> None:
    p = _person(_actors("Sutrisno, a 54-year-old rice farmer, said the water never came."), "no")
    assert (p.name, p.role) == ("Sutrisno", "rice farmer")
    p = _person(_actors("“We have nothing left,” said Sutrisno, a farmer from Demak."), "no")
    assert (p.role, len(p.quotes)) == ("farmer from Demak", 1)
    # Without a role or a title a lone capitalised word stays unread.
    assert _names(_actors("Sutrisno said the water never came."), "person") == []


def test_a_name_cut_at_its_inner_apostrophe_folds_into_the_full_name() -> None:
    actors = _actors(
        "The Leeds Traders' Association, which represents 400 firms, will seek a review."
    )
    assert _names(actors, "organization") == ["Leeds Traders' Association"]


def test_read_on_a_new_earnings_story() -> None:
    actors = _actors(
        "SAN JOSE, California, 23 July 2026 — Veltrix Semiconductor cut its forecast.",
        "Chief financial officer Mei-Ling Cho said the cuts would save $150 million a year.",
        "Analysts at Morgan Stanley said the guidance was worse than feared.",
        "Veltrix shares fell 14% in after-hours trading.",
    )
    assert "Morgan Stanley" in _names(actors, "organization")
    assert "Morgan Stanley" not in _names(actors, "person")
    assert _person(actors, "Cho").affiliation == "Veltrix Semiconductor"


def test_read_on_a_new_regulation_story() -> None:
    actors = _actors(
        "The European Commission fined Vibely 310 million euros on Wednesday.",
        "Commission Vice-President Margrethe Holm said the app broke the rules.",
        "It is the second-largest fine under the General Data Protection Regulation.",
    )
    assert _names(actors, "organization") == ["European Commission"]
    assert "Data Protection Regulation" not in _names(actors, "person")
    assert _person(actors, "Holm").affiliation == "European Commission"


def test_a_currency_prefix_is_no_organisation() -> None:
    actors = _actors("The fraud cost investors about HK$40 million and US$5 million more.")
    assert _names(actors, "organization") == []


def test_titled_people_joined_by_and_are_not_one_body() -> None:
    actors = _actors(
        "The European Union and China hold their summit in Beijing this week.",
        "European Council President António Costa and Commission President Ursula von der Leyen"
        " will meet Premier Li Qiang on Thursday.",
    )
    orgs = _names(actors, "organization")
    assert "European Council" in orgs and "European Union" in orgs
    assert not any(" and " in o for o in orgs)
    assert _person(actors, "Costa").affiliation == "European Council"
    # Her role names the Commission, which the European Council is not.
    assert _person(actors, "Leyen").affiliation is None


def test_a_country_after_and_stays_an_actor_and_a_title_word_is_no_other_body() -> None:
    actors = _actors("The European Union and China, which also fish nearby, are not party to it.")
    assert "China" in _names(actors, "country")
    actors = _actors(
        "The European Commission opened a case.",
        "Executive Vice-President Katharina von der Linden told a news conference it was serious.",
        "The Commission said more.",
    )
    assert _person(actors, "Linden").affiliation == "European Commission"


def test_a_poet_is_a_role() -> None:
    p = _person(_actors("Among the plaintiffs is the poet Tomasz Zieliński."), "Zieliński")
    assert p.role == "poet"


def test_read_on_a_new_rail_story() -> None:
    actors = _actors(
        "Deutsche Bahn will cut about 200 regional services a day, the company said.",
        "“We cannot run trains without drivers,” said Evelyn Palla, the rail operator's chief"
        " executive.",
    )
    assert "Deutsche Bahn" in _names(actors, "organization")
    p = _person(actors, "Palla")
    assert (p.role, p.affiliation) == ("chief executive", "Deutsche Bahn")


def test_an_office_after_a_is_imagined_not_held() -> None:
    actors = _actors("Staffers mourned what could have been under a President Clinton.")
    assert _names(actors, "person") == []


def test_a_country_in_an_event_name_is_not_an_actor() -> None:
    actors = _actors(
        "Sinner lost to Alcaraz in the French Open final.",
        "Both will compete at the Canadian Open, after the Brazil GP weekend.",
    )
    assert _names(actors, "country") == []


def test_a_portfolio_before_a_capitalised_office_is_part_of_the_role() -> None:
    def role_of(text: str, surname: str) -> str | None:
        return _person(_actors(text), surname).role

    assert role_of("Commerce Secretary Howard Lutnick said so.", "Lutnick") == "Commerce Secretary"
    assert role_of("Civil Protection Minister Giannis Kefalogiannis said so.", "Kefalogiannis") == (
        "Civil Protection Minister"
    )
    # A nationality or a party before the office is not its portfolio.
    assert role_of("Republican President George Bush said so.", "Bush") == "President"


def test_who_heads_after_another_clause_and_a_unit_of_a_body() -> None:
    actors = _actors(
        "Tomás Ibarra, who was injured in the blast and now heads the Miners' Families"
        " Association, said the inquiry was too slow.",
        "That is the point, according to Dr Wanjiru Kamau, who chairs the ethics panel of the"
        " Kenya Medical Association.",
    )
    ibarra = _person(actors, "Ibarra")
    assert (ibarra.role, ibarra.affiliation) == ("head", "Miners' Families Association")
    kamau = _person(actors, "Kamau")
    assert (kamau.role, kamau.affiliation) == (
        "chair of the ethics panel",
        "Kenya Medical Association",
    )


def test_professor_is_a_post_as_well_as_an_honorific() -> None:
    actors = _actors("Professor Anneke de Wit of the Rotterdam Institute called the plan naive.")
    p = _person(actors, "de Wit")
    assert (p.name, p.role, p.affiliation) == ("Anneke de Wit", "professor", "Rotterdam Institute")


def test_its_points_to_the_body_that_opens_the_last_clause() -> None:
    text = (
        "Harbor Logistics agreed in May to buy Tessaly Shipping, but Tessaly pulled out of the"
        " deal on Friday."
    )
    after = "Its chief executive, Ana Ruiz, said the price was too low."
    assert _person(_actors(text, after), "Ruiz").affiliation == "Tessaly Shipping"
    plain = "Harbor Logistics agreed in May to buy Tessaly Shipping."
    assert _person(_actors(plain, after), "Ruiz").affiliation == "Harbor Logistics"


def test_the_unions_official_belongs_to_the_body_the_article_calls_a_union() -> None:
    actors = _actors(
        "The nurses' union NUP-K said 4,000 members had joined the walkout.",
        "The Health Ministry put the figure at 1,500.",
        "“We are not going away,” said Grace Wanjiku, the union's general secretary, outside"
        " the ministry.",
    )
    p = _person(actors, "Wanjiku")
    assert (p.role, p.affiliation) == ("general secretary", "NUP-K")


def test_professor_yields_to_any_role_the_article_gives() -> None:
    actors = _actors(
        "Professor Halvard Lunde spoke first.",
        "Lunde, the panel's chair, said the data were clear.",
    )
    assert _person(actors, "Lunde").role == "chair"
    actors = _actors("Professor Halvard Lunde, the dean of the law school, spoke first.")
    assert _person(actors, "Lunde").role == "dean of the law school"


def test_a_portfolio_between_an_owner_and_the_office_is_part_of_the_role() -> None:
    p = _person(
        _actors("Chile's mining minister, Tomás Errázuriz, rejected the offer."), "Errázuriz"
    )
    assert (p.role, p.affiliation) == ("mining minister", "Chile")
    actors = _actors(
        "Nordvik Logistics reported a loss.",
        "Nordvik's logistics director, Hanne Brekke, said volumes had fallen.",
    )
    p = _person(actors, "Brekke")
    assert (p.role, p.affiliation) == ("logistics director", "Nordvik Logistics")


def test_a_local_heads_place_before_the_title_or_after_of() -> None:
    actors = _actors(
        "Kyoto Governor Sato Haruki and Mayor Mori Aiko of neighbouring Otsu signed the pact."
    )
    assert _person(actors, "Haruki").affiliation == "Kyoto"
    assert _person(actors, "Aiko").affiliation == "Otsu"
    actors = _actors("Executive Mayor Sipho Ndlovu of Buffalo City said the dams were full.")
    assert _person(actors, "Ndlovu").affiliation == "Buffalo City"
    actors = _actors("The London Fire Brigade was called.", "London Mayor Ada Lowe thanked them.")
    assert _person(actors, "Lowe").affiliation == "London"
    # A day is no place.
    actors = _actors("The plan was backed on Monday Governor Ruth Alder said.")
    assert _person(actors, "Alder").affiliation is None


def test_roles_set_off_by_a_comma_after_a_demonym_a_field_or_an_age() -> None:
    p = _person(_actors("The Peruvian trade minister, Rosa Quispe, left early."), "Quispe")
    assert (p.role, p.affiliation) == ("trade minister", "Peru")
    p = _person(
        _actors("Their deputy director for public health, Omar Haddad, said cases fell."), "Haddad"
    )
    assert p.role == "deputy director for public health"
    p = _person(
        _actors("The court heard that Dale Voss, 41, a plumber from Hull, had fled."), "Voss"
    )
    assert p.role == "plumber from Hull"


def test_who_was_the_owners_office() -> None:
    actors = _actors(
        "The court heard that Ellen Marsh, who was the charity's treasurer for six years, took"
        " the money."
    )
    assert _person(actors, "Marsh").role == "treasurer"


def test_set_phrases_of_office_before_a_name() -> None:
    actors = _actors("White House chief of staff Dana Reyes met the delegation.")
    assert _person(actors, "Reyes").role == "chief of staff"


def test_a_field_without_a_comma_or_a_verb_after_for_is_not_an_office() -> None:
    actors = _actors(
        "Fans thanked the coach for praising Mia Holt after the game.",
        "Mia Holt said she was proud.",
    )
    assert _person(actors, "Holt").role is None


def test_hospitals_surveys_museums_and_airports_as_bodies() -> None:
    assert _names(_actors("Ninewells Hospital said two patients had died."), "organization") == [
        "Ninewells Hospital"
    ]
    found = _actors("The British Antarctic Survey said the ice was thinning.")
    assert "British Antarctic Survey" in _names(found, "organization")
    assert _names(found, "person") == []


def test_a_countrys_own_named_in_full_is_a_person() -> None:
    actors = _actors("Peru's Lucía Quispe Mamani beat Norway's Ingrid Solvang in three sets.")
    assert {(a.name, a.affiliation) for a in actors if a.kind == "person"} == {
        ("Lucía Quispe Mamani", "Peru"),
        ("Ingrid Solvang", "Norway"),
    }
    # A company of the country is not.
    assert _names(_actors("Japan's Hoshimura Electric said profits fell."), "person") == []


def test_occupations_made_the_same_way_and_irish_particles() -> None:
    p = _person(
        _actors("Ana Ferro, a volcanologist at the Azores Institute, said magma rose."), "Ferro"
    )
    assert p.role.startswith("volcanologist")
    p = _person(_actors("Pádraig Ó Murchú, 70, said he had waited 19 hours."), "Murchú")
    assert p.name == "Pádraig Ó Murchú"
    p = _person(_actors("School board member Jan Ostrowski voted against the plan."), "Ostrowski")
    assert p.role == "School board member" or p.role.endswith("member")


def test_a_plural_possessive_owner_and_an_adjective_before_the_office() -> None:
    p = _person(
        _actors("Talks with the Philippines' foreign affairs secretary, Ana Cruz, began."), "Cruz"
    )
    assert (p.role, p.affiliation) == ("foreign affairs secretary", "Philippines")
    actors = _actors(
        "The cybersecurity agency said the group's alleged leader, Yuri Sokolov, lived in Dubai."
    )
    assert _person(actors, "Sokolov").role == "alleged leader"


def test_a_company_named_once_and_then_called_the_company_employs_its_officers() -> None:
    actors = _actors(
        "Verlinde Foods will shut its bakery in Ghent, operations director Katrien Maes said.",
        "Maes said the company had tried to find a buyer for the site.",
    )
    assert _person(actors, "Maes").affiliation == "Verlinde Foods"


def test_a_company_named_once_and_never_again_is_not_assumed() -> None:
    actors = _actors(
        "Verlinde Foods will shut its bakery in Ghent.",
        "Union official Katrien Maes said workers were angry.",
    )
    assert _person(actors, "Maes").affiliation != "Verlinde Foods"


def test_the_first_word_of_a_company_before_a_title_names_it() -> None:
    actors = _actors(
        "Okonkwo Pharmaceuticals said its malaria drug had passed a final trial.",
        "Okonkwo chairwoman Adaeze Eze told investors that production would start in May.",
    )
    assert _person(actors, "Eze").affiliation == "Okonkwo Pharmaceuticals"


def test_a_surname_that_opens_a_body_s_name_is_still_a_person_s() -> None:
    actors = _actors(
        "Hillary Clinton thanked donors to the Clinton Foundation.",
        "Clinton spokesman Nick Merrill said the campaign would go on.",
    )
    assert _person(actors, "Merrill").affiliation != "Clinton Foundation"


def test_news_outlets_are_organisations() -> None:
    actors = _actors(
        "The boy fell into the well on Sunday, state media Xinhua reported.",
        "He was found dead, according to a rescue official cited by the Global Times.",
        "According to the Sydney Morning Herald, the search cost millions.",
    )
    orgs = _names(actors, "organization")
    assert {"Xinhua", "Global Times", "Sydney Morning Herald"} <= set(orgs)


def test_a_square_named_for_a_newspaper_is_no_organisation() -> None:
    actors = _actors("Crowds gathered in Times Square on Sunday to watch the results.")
    assert _names(actors, "organization") == []


def test_a_religious_title_is_the_role_when_no_other_is_given() -> None:
    actors = _actors(
        "Imam Yusuf Demir and Pastor Grace Ncube led a joint prayer for the victims on Sunday.",
        "Cardinal Teodoro Alvarez, the archbishop of Manila, sent a message of support.",
    )
    assert _person(actors, "Demir").role == "imam"
    assert _person(actors, "Ncube").role == "pastor"
    # A role written out wins over the title.
    assert _person(actors, "Alvarez").role == "archbishop"


def test_a_band_member_has_a_role() -> None:
    actors = _actors("The band cancelled its tour after its drummer, Tomasz Wrona, broke his arm.")
    assert _person(actors, "Wrona").role == "drummer"


def test_an_honorific_that_names_an_office_is_a_role_in_an_appositive() -> None:
    actors = _actors("Teodoro Alvarez, the Archbishop of Manila, said the church would help.")
    alvarez = _person(actors, "Alvarez")
    assert (alvarez.role, alvarez.affiliation) == ("Archbishop", "Manila")


def test_a_party_in_an_appositive_makes_a_member() -> None:
    actors = _actors(
        "Mette Kjærgaard, from the opposition Venstre party, accused the government of hiding"
        " the cost of the rail link."
    )
    assert _person(actors, "Kjærgaard").affiliation == "Venstre"
    # A place after "from the" is no party, and a company is no person.
    assert (
        _names(_actors("Acme Widgets, from the Ohio valley, said it would close."), "person") == []
    )


def test_a_successor_as_an_office_holds_that_office() -> None:
    actors = _actors("Her replacement as finance director, Tom Akers, starts in May.")
    assert _person(actors, "Akers").role == "finance director"


def test_the_end_of_an_appositive_before_said_is_no_person() -> None:
    actors = _actors(
        "Tran Van Long, director of the Danang Centre for Disease Control, said cases had doubled.",
        "Amina Sow, the special envoy for the Sahel Region, said both sides had agreed.",
    )
    assert sorted(_names(actors, "person")) == ["Amina Sow", "Tran Van Long"]


def test_a_quote_after_a_colon_belongs_to_the_one_person_of_that_clause() -> None:
    actors = _actors(
        "Health Minister Aisha Otieno announced the plan on Monday.",
        "But opposition MP Jean-Luc Mbemba was sceptical: “The money is not there.”",
        "A statement from Otieno's office read: “The funds are secured.”",
        "Before Mbemba spoke, the treasury tweeted: “We will publish the figures.”",
    )
    assert [q.text for q in _person(actors, "Mbemba").quotes] == ["The money is not there."]
    # The office's statement and the treasury's tweet are neither person's words.
    assert _person(actors, "Otieno").quotes == ()
