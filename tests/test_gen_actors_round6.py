"""Actor cards, round 6: shapes of text nobody tuned on (a role after the name, an agent in a
"by" phrase, an acronym of a body named in full, pre-modified subjects, participle objects)
and names that are no actors (a ship that sank). Sentences written for these tests."""

from __future__ import annotations

from gen_support import actor_facts as facts, actor_qa as qa


def test_a_role_owned_by_a_body_named_elsewhere_is_named() -> None:
    got = qa("The Coastal Flood Review Board published its findings on Friday.",
             "The levees had been neglected for years.",
             "Nobody listened to the warnings.",
             "\"We saw this coming,\" said Tomas Varga, the board's lead engineer, at a briefing.")
    assert ("Who is the lead engineer of the Coastal Flood Review Board?", "Tomas Varga") in got


def test_a_named_role_in_a_reported_clause() -> None:
    got = qa("The Riverside Hospital Trust opened an inquiry in May.",
             "He said the surgeon, Ana Morel, had ignored two written warnings from the "
             "hospital's pharmacy before the operation.")
    assert any(a == "Ana Morel" and q.startswith("Which surgeon had ignored two written warnings")
               for q, a in got)


def test_a_studys_author_after_modifiers_and_a_name_aside() -> None:
    got = qa("The 90-page audit by the Northern Rail Safety Authority found that the line's "
             "owner, Pellham Tracks, had skipped 40 inspections since 2021.")
    assert ("Which organisation's audit found that the line's owner had skipped 40 "
            "inspections?", "Northern Rail Safety Authority") in got


def test_a_described_author_of_a_review() -> None:
    got = qa("The bank said on Monday that a review by the audit firm Harrow Lane had found "
             "4 million euros were moved abroad over six months before anyone noticed.")
    assert any(a == "Harrow Lane" and q.startswith("Which audit firm's review had found")
               for q, a in got)


def test_an_acronym_of_a_body_named_in_full_answers_with_the_full_name() -> None:
    got = facts("The Danube Water Protection Agency opened an inquiry into the spill.",
                "The DWPA also fined the plant's owner 2 million euros on Tuesday.")
    fined = [f for f in got if "fined" in f.question]
    assert fined and fined[0].answer == "Danube Water Protection Agency"
    assert "DWPA" in fined[0].accept


def test_an_age_before_a_name_and_a_country_after_it() -> None:
    got = qa("Nineteen-year-old Mei Tanaka of Japan won the world junior figure skating title "
             "in Oslo on Sunday, beating reigning champion Elena Petrova of Russia by two points.")
    assert ("Who won the world junior figure skating title in Oslo on Sunday?", "Mei Tanaka") in got
    assert ("Which reigning champion did Tanaka beat by two points?", "Elena Petrova") in got


def test_a_surname_of_a_person_named_in_full_is_a_person() -> None:
    got = qa("Sixteen-year-old Ivo Kranjc of Slovenia took the lead in the third round.",
             "The final round ended after Kranjc could only draw against Norway's Erik Lund.")
    assert not any(a == "Kranjc" and q.startswith("Which organisation") for q, a in got)


def test_the_object_after_an_opening_time() -> None:
    got = qa("On Friday the Liga Nacional suspended Spain's Pablo Ortiz after a failed doping "
             "test.")
    assert any(a == "Pablo Ortiz" and q.startswith("Who did the Liga Nacional suspend")
               for q, a in got)


def test_a_body_named_with_a_function_word() -> None:
    got = qa("Campaign group Who Cares said the new waiting-time rules were \"a step back\".")
    assert any(a == "Who Cares" and q.startswith("Which campaign group said") for q, a in got)


def test_a_ship_that_sank_is_no_actor() -> None:
    got = qa("The Northern Star was launched in 1998.",
             "Forty sailors died when the Northern Star capsized on 4 June off the coast.")
    assert not any(a == "Northern Star" for _, a in got)


def test_a_rule_adopted_by_a_body_is_what_was_adopted() -> None:
    got = qa("Farmers blamed the fall in prices on strict quotas adopted by the Dairy Council "
             "of Ireland last year.")
    assert not any("adopted the fall" in q for q, _ in got)


def test_according_to_asks_only_the_clause_after_the_comma() -> None:
    got = qa("According to Northbeam Labs, the thieves got in through a laptop that had not "
             "been locked by its owner.")
    assert not any("had a laptop" in q or "not been locked" in q for q, _ in got)


def test_an_office_named_with_for_is_one_body() -> None:
    got = qa("The Inspector for Prison Standards said on Monday that it had opened an inquiry "
             "into the deaths of two inmates.")
    assert not any(a.startswith("for ") for _, a in got)
    assert any(a == "Inspector for Prison Standards" for _, a in got)


def test_a_sentence_opening_role_of_common_words_is_lowered() -> None:
    got = qa("Consumer advocate Rhea Noble said the new fees would hit pensioners hardest "
             "across the whole of Wales.")
    assert not any(q.startswith("Which Consumer") for q, _ in got)


def test_who_led_the_group_from_a_body_not_the_body() -> None:
    got = qa("A crew from the Institute of Polar Studies, led by Dr Sven Holm, mapped the glacier "
             "in 2023 and found that it had lost a fifth of its ice.")
    assert not any(q.endswith("led the Institute of Polar Studies") for q, _ in got)
    assert ("Who led the crew from the Institute of Polar Studies?", "Sven Holm") in got


def test_a_common_group_after_a_dateline_is_no_name() -> None:
    got = qa("OSLO, May 3 (Reuters) - Rail authorities closed the main line to Bergen on Tuesday "
             "after a landslide near Voss.")
    # (a kind of people, asked "Who" as any common noun is; never "Which organisation")
    assert all(q.startswith("Who ") for q, a in got if a == "Rail authorities")


def test_a_firm_named_with_an_ampersand_and_a_trade_in_ing() -> None:
    got = qa("A review by the consulting firm Hale & Morrow had found that the council overpaid "
             "its suppliers by 3 million pounds in 2024.")
    assert any(a == "Hale & Morrow" and q.startswith("Which consulting firm's review")
               for q, a in got)


def test_an_and_inside_a_name_its_acronym_spells() -> None:
    got = facts("Monitors from the Office for Democracy and Human Rights (ODHR) watched the count.",
                "The ODHR also reported that 40 polling stations had opened late on Sunday.")
    assert any(f.answer == "Office for Democracy and Human Rights" for f in got)


def test_a_name_that_only_modifies_a_noun_is_no_object() -> None:
    got = qa("Retired general Piet Smit won the Varnia presidential election on Sunday, "
             "defeating incumbent Lars Ek with 55% of the vote.")
    assert not any(a == "Varnia" for _, a in got)
    assert ("Which retired general won the Varnia presidential election on Sunday?",
            "Piet Smit") in got
    assert ("Which incumbent did Smit defeat with 55% of the vote?", "Lars Ek") in got


def test_an_owned_role_is_not_named_after_one_of_two_bodies_of_its_kind() -> None:
    got = qa("The Varn City Museum lent two paintings to the Museum of Northern Art in Tromsø.",
             "\"We are delighted,\" said Oda Lie, the museum's director, on Monday.")
    assert not any("director of the" in q for q, _ in got)


def test_a_body_founded_by_someone_in_an_aside() -> None:
    got = qa("Corvel, founded in 2011 by former Airbus engineer Mia Lund, employs 300 people.",
             "A spokesman said Corvel would hire 50 engineers next year.")
    assert ("Which former Airbus engineer founded Corvel in 2011?", "Mia Lund") in got


def test_a_capitalised_function_word_ends_a_bodys_name() -> None:
    got = qa("Campaign group Rivers Now said the new permits would let firms pour more sewage "
             "into the Thames.")
    assert any(a == "Rivers Now" for _, a in got)


def test_a_countrys_named_body_is_the_answer() -> None:
    got = facts("Norway's Petroleum Safety Authority fined Nordhav Drilling 20 million crowns on "
                "Friday for failing to report two gas leaks on its platform.")
    fined = [f for f in got if f.question.startswith("Which organisation fined")]
    assert fined and fined[0].answer == "Petroleum Safety Authority"
    assert "Norway's Petroleum Safety Authority" in fined[0].accept


def test_a_role_after_a_say_verb_owned_by_a_named_body() -> None:
    got = qa("The Harbour Residents' Association held a meeting on Monday.",
             "\"Nobody asked us,\" said the association's secretary, Joan Pike, who has lived "
             "on the quay for 40 years.")
    assert ("Who is the secretary of the Harbour Residents' Association?", "Joan Pike") in got


def test_no_cloze_when_the_sentence_repeats_a_word_of_the_answer() -> None:
    got = facts("Analysts at Corran Energy blamed the fall on the company's weak energy "
                "sales in the north.")
    assert not any(f.answer == "Corran Energy" and not f.question for f in got)


def test_a_plural_noun_after_that_is_no_verb() -> None:
    got = qa("Its spokesman, Ivo Rask, told the radio station Kanal 4 that farmers should be "
             "paid more for their milk.")
    assert not any(q.startswith("Which radio station farmers") for q, _ in got)


def test_a_named_apposition_with_its_own_role() -> None:
    got = qa("The club's owner, Canadian investor Paul Roy, bought the stadium in 2021 from "
             "the city council.")
    assert ("Which Canadian investor bought the stadium in 2021 from the city council?",
            "Paul Roy") in got


def test_an_acronym_given_in_brackets_answers_with_the_full_name() -> None:
    got = facts("The raid was carried out by the National Fraud Office (UNF), which was set up in "
                "2019.",
                "The UNF said on Friday that it had arrested three bank managers in Lyon.")
    said = [f for f in got if "arrested three bank managers" in f.question]
    assert said and said[0].answer == "National Fraud Office" and "UNF" in said[0].accept


def test_a_post_after_a_name_without_an_article() -> None:
    got = qa("Sara Berg, managing director of Lundby Ferries, said the company would buy two "
             "new ships next year.")
    assert ("Who is the managing director of Lundby Ferries?", "Sara Berg") in got
    assert ("Who said the company would buy two new ships next year?", "Sara Berg") in got


def test_a_participle_object_from_a_country_and_not_one_of_two() -> None:
    got = qa("Norwegian skier Kari Lund took gold in Oslo on Sunday, replacing Sweden's Anna Berg "
             "as world champion.",
             "Italian cyclist Marco Neri won in Turin on Friday, beating Tom Dale and Jan Ruiz in "
             "a sprint.")
    assert ("Who did Lund replace as world champion?", "Anna Berg") in got
    assert not any(a == "Tom Dale" for _, a in got)


def test_an_owned_post_that_goes_on_with_of_keeps_the_owner_before_it() -> None:
    got = qa("The Norwegian Road Authority closed the tunnel.",
             "\"It is not safe,\" said Lise Moen, the authority's director of safety, on Monday.")
    assert ("Who is the Norwegian Road Authority's director of safety?", "Lise Moen") in got


def test_a_bodys_name_after_the_in_an_apposition_subject() -> None:
    got = qa("Their union, the Coastal Fishermen's Association, is demanding a ban on trawling "
             "within five miles of Cork.")
    assert ("Which union is demanding a ban on trawling within five miles of Cork?",
            "Coastal Fishermen's Association") in got
    assert not any(a == "Their union" for _, a in got)


def test_a_short_name_of_a_body_named_in_full_answers_with_the_full_name() -> None:
    got = facts("The ferry is managed by the Malta-based firm Harbourline Services.",
                "Harbourline said on Monday that it had suspended the captain and two officers.")
    said = [f for f in got if "suspended the captain" in f.question]
    assert said and said[0].answer == "Harbourline Services" and "Harbourline" in said[0].accept


def test_a_study_with_a_year_before_it() -> None:
    got = qa("A 2021 report by the Coastal Safety Board had warned that the lane near Ouessant "
             "was too close to the rocks.")
    assert any(a == "Coastal Safety Board" and "report had warned" in q for q, a in got)


def test_a_post_of_a_body_named_before_it() -> None:
    got = qa("\"The losses were avoidable,\" said Maria Holt, the PRA's head of supervision, "
             "on Tuesday.")
    assert ("Who is the PRA's head of supervision?", "Maria Holt") in got


def test_a_body_written_without_the_is_not_given_one() -> None:
    got = qa("Regulators fined Kestrel Bank 5 million pounds on Monday.",
             "The bank's board, led by chairman Sir Alan Marsh, had been warned in 2020.")
    assert not any("the Kestrel Bank" in q for q, _ in got)


def test_a_reduced_relative_after_a_verb_and_a_preposition() -> None:
    got = qa("The rebels fought with rifles supplied by Iran during the war in 2015.")
    assert not any("fought with" in q for q, _ in got)


def test_a_body_named_on_its_own_is_not_taken_for_a_longer_one() -> None:
    got = facts("The European Commission Joint Research Centre published the data.",
                "The European Commission said on Monday that it would fine the carmaker 2 "
                "million euros.")
    said = [f for f in got if "would fine the carmaker" in f.question]
    assert said and said[0].answer == "European Commission"


def test_an_acronym_in_brackets_has_no_role_before_it() -> None:
    from quiz.generate.mentions import find_mentions

    found = find_mentions("The plan was backed by the Irish Seal and Otter Group (ISOG) on Monday.")
    assert [(m.name, m.role) for m in found] == [("Irish Seal and Otter Group", ""), ("ISOG", "")]


def test_titles_with_two_portfolios_and_offices_with_no_one_named() -> None:
    from quiz.generate.mentions import find_mentions

    def names(text: str) -> list[tuple[str, str]]:
        return [(m.name, m.role) for m in find_mentions(text)]

    assert names("Secretary of State for Transport Ian Cole said so.") == [
        ("Ian Cole", "Secretary of State for Transport")]
    assert names("Director of Public Prosecutions Ann Hill said so.") == [
        ("Ann Hill", "Director of Public Prosecutions")]
    assert names("The Commissioner for Human Rights said so.") == [
        ("Commissioner for Human Rights", "")]


def test_a_place_word_or_a_club_is_no_spelling_of_a_surname() -> None:
    from quiz.generate.entities import build_entity_index
    from gen_support import article

    first = article("Prime Minister Mark Rutte resigned on Friday.",
                    "Rutte said the coalition had failed.")
    second = article("Police closed Route 9 after the fire.",
                     "Porto demanded a larger share of any future sale.",
                     "Riders climbed the Col du Portet on Saturday.")
    idx = build_entity_index([first, second], [])
    assert not idx.same("Route", "Mark Rutte")


def test_a_first_name_and_its_feminine_are_two_people() -> None:
    from quiz.generate.entities import build_entity_index
    from gen_support import article

    first = article("Chief executive Martin Weber said the bank would cut jobs.")
    second = article("Museum director Martina Weber said the statues would be returned.")
    assert not build_entity_index([first, second], []).same("Martin Weber", "Martina Weber")


def test_a_sum_in_a_countrys_currency_is_left_out_of_a_country_question() -> None:
    got = qa("Canada's competition regulator on Monday blocked Maple Air's planned 2 billion "
             "Canadian dollar takeover of the regional carrier Lakeline.")
    assert ("Which country's competition regulator blocked Maple Air's planned takeover of the "
            "regional carrier Lakeline?", "Canada") in got


def test_someone_prompted_to_act_is_asked_what_they_did() -> None:
    got = qa("The report prompted the transport minister, Ivo Lind, to announce on Monday that "
             "all buses would be inspected from next month.")
    assert ("Which transport minister announced on Monday that all buses would be inspected "
            "from next month?", "Ivo Lind") in got
    got = qa("Storms forced Baltic Ferries to suspend 30 crossings on Sunday.")
    assert not any(q.startswith("Who did storms force") for q, _ in got)
