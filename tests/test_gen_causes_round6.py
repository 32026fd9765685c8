"""Cause facts, round 6: shapes met on text nobody tuned on (blame after an adverb or in a
relative clause, a reason after a coordination, a reported "it" that is the speaker, raising
verbs and times that are no causes)."""

from __future__ import annotations

from gen_support import cause_facts, cause_qa as qa


def test_blame_after_an_adverb_or_an_auxiliary() -> None:
    assert ("What did engineers blame the collapse of the roof on?", "a cracked steel beam") in qa(
        "Engineers also blamed the collapse of the roof on a cracked steel beam, which they said "
        "had been inspected twice since 2019.")
    assert ("What has the mayor blamed the flooding on?", "blocked drains") in qa(
        "The mayor has blamed the flooding on blocked drains.")


def test_blame_in_a_relative_clause_after_a_long_statement() -> None:
    assert ("What did the owner blame the smell in the kitchen on?", "a broken drain") in qa(
        "Dozens of guests fell ill at the wedding, and many complained of the smell in the "
        "kitchen, which the owner blamed on a broken drain.")


def test_an_instruction_given_for_a_reason_is_asked_why() -> None:
    assert ("Why were drivers told to avoid the bridge?",
            "the road had been damaged by the storm") in qa(
        "Drivers were told to avoid the bridge, because the road had been damaged by the storm.")


def test_a_reported_it_that_acts_is_the_organisation_speaking() -> None:
    assert ("Why would the health ministry close the clinic?", "inspectors had found mould") in qa(
        "The health ministry said it would close the clinic because inspectors had found mould.")
    assert ("Why did the agency expect the delays to last \"several days\"?",
            "snow was forecast to fall across the region") in qa(
        "The agency said it expected the delays to last \"several days\" because snow was "
        "forecast to fall across the region.")


def test_a_reason_after_but_belongs_to_the_second_verb() -> None:
    assert ("Why did the council delay the vote on parking?", "members wanted more time") in qa(
        "The council approved the budget but delayed the vote on parking because members "
        "wanted more time.")
    found = qa("The bridge was originally due to open in May but was held up after engineers "
               "found cracks in two pillars.")
    assert ("Why was the bridge held up?", "engineers found cracks in two pillars") in found
    assert not any("originally" in q for q, _ in found)


def test_a_complement_infinitive_is_no_purpose() -> None:
    assert not any(q.startswith("Why") for q, _ in qa(
        "\"Patients deserved to know the truth,\" the doctor said."))
    assert not any("forecast" in q for q, _ in qa(
        "Storms were forecast to reach the coast by Friday."))
    assert not any("set" in q for q, _ in qa(
        "The new bridge is set to open in the spring."))


def test_a_clock_time_or_a_date_after_after_is_no_event() -> None:
    assert not any(q.startswith("After what") for q, _ in qa(
        "The fire began shortly after 3 a.m., the fire service said."))
    assert not any(q.startswith("After what") for q, _ in qa(
        "The strike began after 6 May at the port."))
    assert ("After what event did the protests begin?", "police shot a teenager") in qa(
        "The protests began after police shot a teenager.")


def test_a_causative_with_a_named_object_asks_what_it_was_made_to_do() -> None:
    found = qa("The report prompted the health secretary, Jane Moss, to order a review of all "
               "maternity units.")
    assert ("What did the report prompt the health secretary to do?",
            "order a review of all maternity units") in found
    assert not any(a == "the health secretary" for _, a in found)


def test_a_clause_after_an_opening_time_without_a_comma() -> None:
    assert ("Why did the council close the library?", "a fire damaged the roof") in qa(
        "Last week the council closed the library after a fire damaged the roof.")


def test_after_a_gain_or_an_event_named_by_a_noun_is_why() -> None:
    assert ("Why did the club raise ticket prices by 10%?",
            "signing a new deal with its stadium owner") in qa(
        "The club raised ticket prices by 10%, up by a third from 2022, after signing a new "
        "deal with its stadium owner.")
    assert ("Why was the bakery forced to shut for three months?", "a kitchen fire") in qa(
        "The bakery was forced to shut for three months after a kitchen fire.")
    assert not any(q.startswith("Why") for q, _ in qa(
        "The singer returned to the stage after a break of two years."))


def test_which_meant_tells_the_consequence_of_the_statement() -> None:
    assert ("The council closed the bridge for repairs. What was the consequence of this?",
            "buses will take a longer route") in qa(
        "The council closed the bridge for repairs, which means buses will take a longer route.")


def test_the_way_in_is_how() -> None:
    assert ("How did the thieves break into the museum, according to police?",
            "through a skylight on the roof that had been left open") in qa(
        "According to police, the thieves broke into the museum through a skylight on the roof "
        "that had been left open.")
    assert not any(q.startswith("How") for q, _ in qa(
        "The fire spread through the old town within hours."))


def test_a_reported_it_named_by_the_short_sentence_before() -> None:
    found = qa("Residents opposed the ban.",
               "The council said it had been introduced following three serious crashes on the "
               "road in 2023.")
    assert ("Why, according to the council, had the ban been introduced?",
            "three serious crashes on the road in 2023") in found
    assert not any("the council been" in q for q, _ in found)


def test_that_opening_a_sentence_is_the_fact_before() -> None:
    found = cause_facts("The two teams finished the season level on 71 points after City lost "
                        "their final match.",
                        "That forced a play-off at a neutral ground.")
    asked = [f for f in found if f.question == "What forced a play-off at a neutral ground?"]
    assert [f.answer for f in asked] == ["The two teams finished the season level on 71 points"]
    assert asked[0].answer in asked[0].sentence.text
    assert "That forced" in asked[0].sentence.text


def test_a_pause_after_after_is_no_event() -> None:
    assert not any(q.startswith("After what") for q, _ in qa(
        "Talks resumed after a two-week break."))


def test_the_object_of_a_result_stops_before_a_time_and_keeps_its_particle() -> None:
    found = qa("The brewery, which cut 90 jobs earlier this year due to falling beer sales, "
               "is for sale.")
    assert ("What did the brewery cut earlier this year due to falling beer sales?",
            "90 jobs") in found
    assert ("What did the firm lay off due to falling orders?", "200 workers") in qa(
        "The firm laid off 200 workers due to falling orders.")


def test_what_led_to_is_not_asked_with_the_answers_own_its() -> None:
    found = qa("A row at the Royal Opera led to the resignation of its director in 2019.")
    assert not any(q.startswith("What led to") for q, _ in found)


def test_a_cause_named_as_what_a_thing_comes_from() -> None:
    assert ("What was the delay attributed to?", "a shortage of spare parts") in qa(
        "The delay was attributed to a shortage of spare parts.")
    assert ("What was the fall in sales largely down to?", "a warm winter") in qa(
        "The fall in sales was largely down to a warm winter.")
    assert ("What was the main reason for the delay?", "a dispute over payments") in qa(
        "The main reason for the delay was a dispute over payments.")
    assert ("What did the dispute stem from?", "a row over parking fees") not in qa(
        "It stemmed from a row over parking fees.")


def test_so_meaning_and_leaving_join_a_statement_to_its_effect() -> None:
    assert ("Why was the race cancelled?", "Heavy snow closed the main road") in qa(
        "Heavy snow closed the main road, so the race was cancelled.")
    assert ("The bridge was closed for repairs. What was the consequence of this?",
            "drivers faced a 20-mile detour") in qa(
        "The bridge was closed for repairs, meaning drivers faced a 20-mile detour.")
    assert not any("consequence" in q for q, _ in qa(
        "The minister spoke for an hour, leaving for Paris at noon."))
    assert not any(q.startswith("Why") for q, _ in qa("It was late, so the shop was shut."))


def test_set_up_to_help_is_a_purpose_and_a_target_is_not() -> None:
    assert ("Why was the charity set up in 2010?", "to help homeless veterans") in qa(
        "The charity was set up in 2010 to help homeless veterans.")
    assert not any(q.startswith("Why") for q, _ in qa(
        "The new law gives priority to public research bodies."))


def test_a_speaker_named_by_a_possessive_is_named_by_the_name_after_it() -> None:
    found = qa("His coach, Maria Lopes, said the title was the result of years of hard work.")
    assert ("What led to the title, according to Maria Lopes?",
            "years of hard work") in found


def test_over_after_a_verb_of_quitting_or_protest_is_why() -> None:
    assert ("Why did the health minister resign?", "a row about hospital waiting lists") in qa(
        "The health minister resigned over a row about hospital waiting lists.")
    found = qa("Thousands of farmers protested in Paris over cuts to fuel subsidies.")
    assert ("Why did thousands of farmers protest in Paris?", "cuts to fuel subsidies") in found
    assert not any(a.startswith("to fuel") for _, a in found)
    assert not any(q.startswith("Why") for q, _ in qa("The coach stepped down over the summer."))


def test_needed_to_a_safety_measure_and_a_threat_give_reasons() -> None:
    assert ("Why was the curfew needed, according to the mayor?", "to stop looting") in qa(
        "The mayor said the curfew was needed to stop looting.")
    assert ("Why did engineers shut down the reactor?", "as a safety measure") in qa(
        "Engineers shut down the reactor as a safety measure.")
    assert ("Why did officials evacuate the building?", "a bomb threat") in qa(
        "Officials evacuated the building after a bomb threat.")


def test_a_causal_passive_by_is_no_means() -> None:
    found = qa("The decision to close the plant was driven by falling demand for diesel engines.")
    assert ("What drove the decision to close the plant?",
            "falling demand for diesel engines") in found
    assert not any(q.startswith("How") for q, _ in found)


def test_an_opening_following_or_after_an_event_is_why() -> None:
    assert ("Why did the council ban late-night deliveries?", "complaints from residents") in qa(
        "Following complaints from residents, the council banned late-night deliveries.")
    assert ("Why did the company halt production?", "a fire at the plant") in qa(
        "After a fire at the plant, the company halted production.")
    assert not any(q.startswith("Why") for q, _ in qa(
        "After two days, the rescuers found the climbers."))
    assert not any(q.startswith("Why") for q, _ in qa(
        "After the meeting, the minister returned to London."))


def test_a_participle_names_the_cause_of_the_clause_before() -> None:
    assert ("Why has the price of coffee risen sharply this year?",
            "a poor harvest in Brazil") in qa(
        "The price of coffee has risen sharply this year, driven by a poor harvest in Brazil.")


def test_which_people_blame_on() -> None:
    assert ("Many shops have closed in the town centre. What do traders say caused this?",
            "high rents") in qa(
        "Many shops have closed in the town centre, which traders blame on high rents.")


def test_caused_y_to_do_is_asked_once_and_damage_to_a_place_is_no_act() -> None:
    found = qa("The extra load, combined with high winds, caused the crane to tip over, the "
               "inspectors said.")
    assert not any(q.startswith("What did the extra load cause,") for q, _ in found)
    assert any(q.startswith("What did the extra load cause the crane to do") for q, _ in found)
    found = qa("The storm caused damage to hundreds of homes.")
    assert ("What caused damage to hundreds of homes?", "The storm") in found
    assert not any(q.endswith("to do?") for q, _ in found)


def test_new_shapes_keep_their_limits() -> None:
    assert not any("consequence" in q for q, _ in qa(
        "The ship sank in 1912, which means it has been underwater for more than a century."))
    assert not qa("The reason for the closure was not given.")
    assert not any("down to" in q for q, _ in qa("The outcome is down to the referee."))
    found = qa("Police questioned the driver.",
               "The force said it had been called after a crash on the motorway.")
    assert not any("the driver" in q for q, _ in found)
    assert not any(q.startswith("What meant") for q, _ in qa(
        "The club sold the stadium.", "That meant the team had to play at a rented ground."))


def test_as_a_result_opening_a_sentence_is_answered_by_the_sentence_before() -> None:
    found = cause_facts("A computer fault at the control centre lasted six hours on Sunday.",
                        "As a result, more than 300 flights were cancelled.")
    asked = [f for f in found if f.question == "Why were more than 300 flights cancelled?"]
    assert [f.answer for f in asked] == [
        "A computer fault at the control centre lasted six hours on Sunday"]
    assert asked[0].answer in asked[0].sentence.text


def test_the_aim_of_a_thing_and_a_reason_cited_by_others() -> None:
    assert ("What is the aim of the scheme?", "to cut traffic in the city centre by a fifth") in qa(
        "The aim of the scheme is to cut traffic in the city centre by a fifth.")
    assert ("Why did shares fall sharply, according to analysts?", "weak demand in China") in qa(
        "Shares fell sharply, with analysts citing weak demand in China.")


def test_an_act_whose_past_is_its_base_is_what_the_cause_made_happen() -> None:
    found = qa("Falling sales forced the bank to cut 500 jobs.")
    assert ("What did falling sales force the bank to do?", "cut 500 jobs") in found
    assert ("What forced the bank to cut 500 jobs?", "Falling sales") in found


def test_a_rate_left_or_held_saying_why() -> None:
    assert ("Why did the central bank leave interest rates unchanged on Thursday?",
            "inflation was still too high") in qa(
        "The central bank left interest rates unchanged on Thursday, saying inflation was "
        "still too high.")


def test_an_opening_time_before_a_common_plural_subject() -> None:
    assert ("Why did officials close the beach?", "a shark attack") in qa(
        "Last week officials closed the beach after a shark attack.")
