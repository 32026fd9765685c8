"""Round 10b: actors named by a common noun of a body or of people who act for one."""

from __future__ import annotations

import pytest
from gen_support import actor_facts, actor_qa


@pytest.mark.parametrize(("sentence", "question", "answer"), [
    ("Prosecutors opened a criminal case on Sunday into possible negligence by the state water "
     "company.", "Who opened a criminal case on Sunday into possible negligence by the state "
     "water company?", "Prosecutors"),
    ("Regulators fined the bank 40 million euros for failing to check its customers.",
     "Who fined the bank 40 million euros for failing to check its customers?", "Regulators"),
    ("Archaeologists found a Roman coin hoard under the car park of a supermarket.",
     "Who found a Roman coin hoard under the car park of a supermarket?", "Archaeologists"),
    ("Two people were confirmed dead, the country's emergencies ministry said.",
     "Which ministry said that two people were confirmed dead?",
     "the country's emergencies ministry"),
    ("The regional health ministry ordered all schools in the province to close for a week.",
     "Which ministry ordered all schools in the province to close for a week?",
     "regional health ministry"),
    ("An independent safety board concluded that neither reaction was linked to the vaccine.",
     "Which body concluded that neither reaction was linked to the vaccine?",
     "independent safety board"),
])
def test_a_common_noun_actor_is_asked_about(sentence: str, question: str, answer: str) -> None:
    assert (question, answer) in actor_qa(sentence)


def test_the_answer_is_accepted_with_and_without_the() -> None:
    fact = next(f for f in actor_facts("Prosecutors opened a criminal case on Sunday into "
                                       "possible negligence by the state water company.")
                if f.question)
    assert {"prosecutors", "the prosecutors"} <= {form.lower() for form in (fact.answer,
                                                  *fact.accept)}


@pytest.mark.parametrize("sentence", [
    "Some doctors said the drug was too expensive for most hospitals.",  # which doctors
    "The council said the road would close for repairs in March.",  # "Which council" -> it
    '"Police have failed us," said the mother of one victim.',  # a speaker's words
    "The health ministry did not respond to a request for comment on the figures.",
    "A judge ordered the release of the two men on bail pending the trial.",  # one of many
])
def test_no_common_noun_card_where_it_would_be_vague(sentence: str) -> None:
    assert not any(q for q, _ in actor_qa(sentence))


def test_a_name_given_after_the_noun_answers_instead() -> None:
    qa = actor_qa("The regional water agency, the Catalan Water Board, said on Tuesday that "
                  "its reservoirs were holding just 14.8% of their capacity.")
    assert qa and all(answer == "Catalan Water Board" for _, answer in qa)


def test_a_named_subject_inside_a_quote_is_the_speakers_opinion() -> None:
    qa = actor_qa('"Harbridge has been carrying too many branches for a decade, and that is why '
                  'its cost ratio lags," said analyst Tom Whitlock.')
    assert all(answer == "Tom Whitlock" for _, answer in qa)


def test_a_network_of_people_is_no_news_outlet() -> None:
    assert actor_qa("The Ontario Parent Network said it feared a repeat of the closures of "
                    "2020.") == {("Which organisation said it feared a repeat of the closures of "
                                  "2020?", "Ontario Parent Network")}
    assert ("Which news outlet reported that the talks had collapsed overnight?", "Sky News") in \
        actor_qa("Sky News reported that the talks had collapsed overnight.")


def test_a_countrys_post_is_asked_which_countrys() -> None:
    assert ("Which country's enterprise minister said the government had been informed on "
            "Monday?", "Ireland") in actor_qa(
        "Ireland's enterprise minister said the government had been informed on Monday.")


@pytest.mark.parametrize(("sentence", "question", "answer"), [
    ("The flights were cancelled, and police closed the road to the airport for six hours.",
     "Who closed the road to the airport for six hours?", "police"),
    ("Nurses in Scotland voted to accept a pay offer of 12 per cent over two years.",
     "Who voted to accept a pay offer of 12 per cent over two years?", "Nurses in Scotland"),
    ("The museum reopened in May, and engineers moved the tapestries to a cooler room upstairs.",
     "Who moved the tapestries to a cooler room upstairs?", "engineers"),
])
def test_a_common_noun_inside_the_sentence_or_with_its_place(sentence: str, question: str,
                                                              answer: str) -> None:
    assert (question, answer) in actor_qa(sentence)


@pytest.mark.parametrize("sentence", [
    "The bridge was closed after inspectors found severe corrosion on two of its cables.",
    "In the valley, residents will have to travel about 19 miles to the nearest hospital.",
])
def test_a_common_noun_question_that_leaves_its_owner_untold_is_a_cloze(sentence: str) -> None:
    assert not any(q for q, _ in actor_qa(sentence))


@pytest.mark.parametrize(("sentence", "question", "answer"), [
    ("Two regional airlines, Celebes Air and Wings Nusantara, cancelled all flights to Manado "
     "on Friday.", "Which two regional airlines cancelled all flights to Manado on Friday?",
     "Celebes Air and Wings Nusantara"),
    ("Both companies, Alvarez Mining and Kestrel Gold, suspended work at their mines in Peru.",
     "Which companies suspended work at their mines in Peru?", "Alvarez Mining and Kestrel Gold"),
])
def test_a_counted_kind_named_by_its_members_is_asked_for_all(sentence: str, question: str,
                                                              answer: str) -> None:
    assert (question, answer) in actor_qa(sentence)


def test_members_that_do_not_match_the_count_are_not_asked() -> None:
    assert not any(q for q, _ in actor_qa(
        "Three banks, Nordea and SEB, raised their mortgage rates on Monday."))


@pytest.mark.parametrize(("sentence", "question", "answer"), [
    ("The local disaster agency blamed the slow start of the evacuation on a landslide that "
     "blocked the main coastal road.", "Which agency blamed the slow start of the evacuation on "
     "a landslide that blocked the main coastal road?", "local disaster agency"),
    ("The Dutch coastguard said around 240 containers had fallen from the vessel overnight.",
     "Which body said around 240 containers had fallen from the vessel overnight?",
     "Dutch coastguard"),
    ("The Halton district board said it would keep its buildings open for students with "
     "special needs.", "Which body said it would keep its buildings open for students with "
     "special needs?", "Halton district board"),
])
def test_a_body_named_by_its_place_or_nation_and_kind(sentence: str, question: str,
                                                      answer: str) -> None:
    assert (question, answer) in actor_qa(sentence)


def test_an_unknown_name_a_journey_goes_to_is_no_organisation() -> None:
    assert not any(answer == "Manado" for _, answer in actor_qa(
        "Two regional airlines, Celebes Air and Wings Nusantara, cancelled all flights to Manado "
        "on Friday."))
