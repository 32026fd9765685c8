"""Actor cards, round 8: a speaker named with a post between commas, a post given by a verb,
a country's possessive before a name, a passive agent after a place and a time, an aside
inside a reported statement, and cards that must not be written (a seat of government doing
a country's acts, a body asked with "Who" when the question calls it "it", a person from a
place read as a body's product, a name that only modifies a noun). Sentences written for
these tests."""

from __future__ import annotations

from gen_support import actor_facts, actor_qa as qa

from quiz.generate.actor_phrases import clean_role
from quiz.generate.facts import AnswerKind


def test_a_speaker_after_the_statement_with_a_post_after_the_name() -> None:
    got = qa("The ferry will not sail before Easter, said Petra Lund, the Harbour Minister.")
    assert ("Who said that the ferry will not sail before Easter?", "Petra Lund") in got


def test_a_speaker_with_a_post_between_commas_before_the_verb() -> None:
    got = qa("The orchard lost half its apples to the frost, Tomas Berg, a grower in the "
             "valley, said.")
    assert ("Who said that the orchard lost half its apples to the frost?", "Tomas Berg") in got


def test_a_post_given_by_a_verb() -> None:
    got = qa("Ines Moreau chairs the Coastal Flood Board, which meets every spring.")
    assert ("Who chairs the Coastal Flood Board?", "Ines Moreau") in got
    got = qa("Ines Moreau, who heads the Alpine Rescue Service, said the pass would stay shut.")
    assert ("Who heads the Alpine Rescue Service?", "Ines Moreau") in got


def test_a_body_heading_a_table_is_no_post() -> None:
    got = qa("The Vestby Rowing Club heads the league table after six races.")
    assert not any(q.startswith("Who heads") for q, _ in got)


def test_a_countrys_possessive_before_a_person_is_not_asked_as_whose() -> None:
    facts = actor_facts("Norway's Ingrid Solberg won the women's sprint in Oslo on Sunday.",
                        "Solberg said the snow had been perfect.")
    won = [f for f in facts if f.question.startswith("Who won")]
    assert won and won[0].answer == "Ingrid Solberg"
    assert won[0].kind is AnswerKind.PERSON
    assert "Ingrid Solberg of Norway" in won[0].accept


def test_a_passive_agent_after_a_place_and_a_time() -> None:
    got = qa("The old course record was set in Lyon in May 2019 by Lars Berg, who has not raced "
             "since.", "Berg retired last year.")
    assert ("Who set the old course record in Lyon in May 2019?", "Lars Berg") in got


def test_an_aside_inside_a_reported_statement_is_left_out() -> None:
    got = qa("Harbour Minister Lise Dahl said the levy, worth about €1,200 a year to a small "
             "trawler, was needed because fuel prices had doubled.")
    assert ("Which Harbour Minister said the levy was needed because fuel prices had doubled?",
            "Lise Dahl") in got


def test_a_word_of_the_role_before_it_stays_with_the_speaker() -> None:
    got = qa("\"Nobody on the board read the report before the vote,\" presiding judge Karin "
             "Olsen said as she read the ruling.")
    assert any(q.startswith("Which presiding judge said") and a == "Karin Olsen" for q, a in got)


def test_a_post_of_a_party_group() -> None:
    got = qa("Ruth Lane, leader of the Green group, accused the mayor of wasting money on the "
             "new stadium.")
    assert ("Who is the leader of the Green group?", "Ruth Lane") in got


def test_a_named_bodys_post_before_a_described_name() -> None:
    got = qa("The Lake Authority's chair, the engineer Dr Ruth Amadi, said she was pleased.")
    assert ("Who is the Lake Authority's chair?", "Ruth Amadi") in got


def test_an_owner_with_a_persons_name_is_a_person() -> None:
    facts = actor_facts("Owner John Smith said the bakery would reopen in May after the "
                        "flood repairs.")
    assert facts and all(f.kind is AnswerKind.PERSON for f in facts)
    assert any(f.question.startswith("Which owner said") for f in facts)


def test_a_seat_of_government_doing_a_countrys_act_is_not_asked() -> None:
    got = qa("The White House has kept about 900 troops in Syria since 2015, officials said.")
    assert not any(a.endswith("White House") for _, a in got)


def test_a_body_the_question_calls_it_is_not_asked_with_who() -> None:
    got = qa("Nordvik Ferries said on Monday it would cut 40 jobs at the Tromsø yard.",
             "Nordvik Ferries has lost money in each of the last three years.")
    assert not any(q.startswith("Who said it") for q, _ in got)


def test_a_person_from_a_place_is_no_bodys_product() -> None:
    got = qa("Among the workers in court was a mother of two from Oostwijk who had cleaned "
             "offices for Brightmop for nine years.")
    assert not any("'s mother" in q for q, _ in got)


def test_a_name_that_modifies_a_noun_after_a_preposition_is_no_answer() -> None:
    got = qa("Dr Lena Park blamed the fall in bookings partly on the Zika epidemic, which "
             "kept tourists away.")
    assert not any(a == "Zika" for _, a in got)


def test_one_unknown_name_nurses_are_sent_to_is_a_place() -> None:
    got = qa("Dr Amir Haddad said the region would send ten extra midwives to Kestwick and "
             "open two night clinics.")
    assert not any(a == "Kestwick" for _, a in got)


def test_a_word_of_an_objects_role_before_it() -> None:
    got = qa("A Swedish court ordered the fish-farming company Laxholm to pay 40,000 crowns "
             "to the crew.")
    assert ("Which fish-farming company did a Swedish court order to pay 40,000 crowns to the "
            "crew?", "Laxholm") in got


def test_a_body_that_built_and_ran_a_thing() -> None:
    got = qa("The Kestrel-4 satellite, built and operated by the Norwegian company Fjordsat, "
             "lost contact with ground control on Monday.")
    assert ("Which Norwegian company built and operated the Kestrel-4 satellite?",
            "Fjordsat") in got


def test_its_post_after_a_sentence_about_one_body_as_its_agent() -> None:
    got = qa("The appeal was lodged in March by the Coastal Fishers Association, or CFA, which "
             "speaks for about 3,000 crews in Norway.",
             "Its chairman, Erik Dahl, called the ruling a disgrace.")
    assert ("Who is the chairman of the Coastal Fishers Association?", "Erik Dahl") in got


def test_its_post_after_an_unnamed_body_acting_on_a_named_one_is_not_asked() -> None:
    got = qa("The dockers' union accused Nordhavn Shipping of cutting safety checks.",
             "Its president, Ole Brand, said the union would go to court.")
    assert not any("president of Nordhavn" in q for q, _ in got)


def test_a_statement_written_for_a_body() -> None:
    got = qa("\"A survey that skipped the river cannot support a mine, however small the site "
             "may be,\" Judge Anna Holm wrote for the tribunal.")
    assert any(q.startswith("Which judge wrote") and a == "Anna Holm" for q, a in got)


def test_a_body_whose_name_holds_its_kind_is_asked_with_another_word() -> None:
    got = qa("The Baltic Fisheries Organisation had chosen Laxholm over a cheaper Danish offer "
             "because its members wanted a local supplier.")
    asked = [q for q, a in got if a == "Baltic Fisheries Organisation"]
    assert asked and not any(q.startswith("Which organisation") for q in asked)


def test_a_post_still_holds_when_others_died() -> None:
    got = qa("The quarry is owned by Brenna Stone Works, which said it had stopped blasting.",
             "Its managing director, Olaf Rehn, apologised to the families of the dead workers.")
    assert ("Who is the managing director of Brenna Stone Works?", "Olaf Rehn") in got


def test_a_rank_opening_a_sentence_is_spelled_out() -> None:
    got = qa("Col Ana Ruiz said officers had arrested two men in a nearby village on Sunday.")
    assert any(q.startswith("Which colonel said") for q, _ in got)


def test_an_initial_is_no_actor() -> None:
    facts = actor_facts("Tests found E. coli bacteria at three sampling points in the town's "
                        "water supply on Thursday.")
    assert not any(f.answer == "E" for f in facts)


def test_an_act_cut_inside_its_last_phrase_is_not_asked() -> None:
    got = qa("Last month Oda Lie, the minister for industry, called the 90-kilometre Brenna "
             "pipeline \"vital\" to keep the mills running during cold, windless weeks.")
    assert not any(q.endswith("during cold?") for q, _ in got)
    got = qa("Orvik Mining sold 50,000 tonnes of copper on Friday, filings showed.")
    assert any(q.endswith("sold 50,000 tonnes of copper on Friday?") for q, _ in got)


def test_an_objects_age_between_commas_does_not_end_the_act() -> None:
    got = qa("Police arrested Jan Novak, 34, on Tuesday in connection with the fire at the "
             "Tarvik depot.")
    assert ("Who did police arrest on Tuesday in connection with the fire at the Tarvik depot?",
            "Jan Novak") in got


def test_the_post_an_act_is_in_stays_with_it() -> None:
    got = qa("Marta Holm replaced Erik Lund as chief executive of Nordvik Air in January.")
    assert ("Who replaced Erik Lund as chief executive of Nordvik Air in January?",
            "Marta Holm") in got


def test_a_bodys_post_after_the_name() -> None:
    got = qa("Ola Berg, Vantor Group's chief executive, told analysts that sales would recover "
             "next year.")
    assert ("Who is Vantor Group's chief executive?", "Ola Berg") in got


def test_only_a_rank_is_spelled_out_in_a_role() -> None:
    assert clean_role("Col", True) == "colonel"
    assert clean_role("commander Major General Tor “TK", True).endswith("“TK")
