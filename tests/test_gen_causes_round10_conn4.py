"""Round 10: causal "since", "as" with a clause in the present, "after days of rain", "so its"."""

from __future__ import annotations

import pytest

from gen_support import cause_qa


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Residents were told to stay indoors since the smoke was toxic.",
     "Why were residents told to stay indoors?", "the smoke was toxic"),
    ("The school closed early, since the heating had broken down.",
     "Why did the school close early?", "the heating had broken down"),
    ("The match was moved indoors since the pitch was frozen.", "Why was the match moved indoors?",
     "the pitch was frozen"),
    ("The meeting was postponed, since the chairman was ill.", "Why was the meeting postponed?",
     "the chairman was ill"),
])
def test_since_with_a_clause_that_holds_is_a_reason(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The town has lost 2,000 jobs since the plant closed.",
    "Prices have doubled since the war began.",
    "Shares fell 9%, their biggest one-day drop since the company floated in 2019.",
    "The minimum wage will rise 6%, the largest increase since the wage floor was introduced.",
    "It was the first title for the club since the manager was appointed.",
])
def test_since_after_a_perfect_or_a_superlative_is_a_time(text: str) -> None:
    assert not any(q.startswith("Why") and a.startswith(("the plant", "the war", "the company",
                                                          "the wage", "the manager"))
                   for q, a in cause_qa(text))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Veltrix is cutting 1,800 jobs as demand for its software falls.",
     "Why is Veltrix cutting 1,800 jobs?", "demand for its software falls"),
    ("The airline is cancelling flights as fuel prices soar.",
     "Why is the airline cancelling flights?", "fuel prices soar"),
    ("The council is closing libraries as its budget shrinks.",
     "Why is the council closing libraries?", "its budget shrinks"),
    ("The bank is raising rates as inflation climbs to a ten-year high.",
     "Why is the bank raising rates?", "inflation climbs to a ten-year high"),
])
def test_a_decision_in_progress_as_something_changes(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The dam burst after days of heavy rain.", "Why did the dam burst?", "days of heavy rain"),
    ("The roof collapsed after weeks of heavy snow.", "Why did the roof collapse?",
     "weeks of heavy snow"),
    ("Crops failed after months of drought.", "Why did crops fail?", "months of drought"),
    ("The club was relegated after years of underinvestment.", "Why was the club relegated?",
     "years of underinvestment"),
])
def test_after_a_spell_of_something_that_wears_down(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The deal was agreed after two days of talks.",
    "He returned home after three years of fighting abroad.",
])
def test_after_a_spell_of_talks_or_before_returning_is_a_time(text: str) -> None:
    assert not any(q.startswith("Why") for q, _ in cause_qa(text))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The bank has too many branches, and that is why its costs are high.",
     "Why are the bank's costs high?", "The bank has too many branches"),
    ("Nordwin has too many branches, so its costs are high.", "Why are Nordwin's costs high?",
     "Nordwin has too many branches"),
    ("The farmers lost their crops, and that is why their debts have grown.",
     "Why have the farmers' debts grown?", "The farmers lost their crops"),
])
def test_its_or_their_in_the_result_is_the_subject_of_the_cause(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("\"The club has sold its best players every summer, and that is why the fans are angry,\" "
     "said supporters' trust chair Ann Boyd.",
     "Why are the fans angry, according to supporters' trust chair Ann Boyd?",
     "The club has sold its best players every summer"),
    ("\"The mine was closed because the tunnels were flooding,\" the company's spokesman said.",
     "Why was the mine closed, according to the company's spokesman?",
     "the tunnels were flooding"),
    ("\"Nordwin has carried too much debt for years, and that is why its share price trails its "
     "rivals,\" said analyst Tom Hale.",
     "Why does Nordwin's share price trail its rivals, according to analyst Tom Hale?",
     "Nordwin has carried too much debt for years"),
])
def test_a_quotation_that_is_the_whole_sentence_is_read_for_its_causes(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Shares in Veltrix jumped 6.8% on Thursday, their biggest one-day gain in more than a year, "
     "because investors welcomed the cost savings.",
     "Why did shares in Veltrix jump 6.8% on Thursday?", "investors welcomed the cost savings"),
    ("The museum closed on Monday, the first closure in its history, because of a strike by "
     "guards.", "Why did the museum close on Monday?", "a strike by guards"),
])
def test_a_noun_phrase_set_off_before_the_connective_is_left_out(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Health officials have warned people to stay indoors because of the heat.",
     "Why have health officials warned people to stay indoors?", "the heat"),
    ("Police told residents to leave their homes because the river was rising.",
     "Why did police tell residents to leave their homes?", "the river was rising"),
])
def test_an_instruction_given_for_a_reason(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


def test_a_fronted_law_before_a_statement_and_its_consequence() -> None:
    assert ("Under provincial labour law, the union must give five days' notice before any "
            "walkout. What was the consequence of this?",
            "the earliest possible strike date is March 16") in cause_qa(
        "Under provincial labour law, the union must give five days' notice before any walkout, "
        "meaning the earliest possible strike date is March 16.")


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Since the bridge is closed, drivers must take a long detour.",
     "Why must drivers take a long detour?", "the bridge is closed"),
    ("Since the pitch was frozen, the match was moved indoors.",
     "Why was the match moved indoors?", "the pitch was frozen"),
])
def test_an_opening_since_with_a_clause_that_holds_is_a_reason(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "Since the war began, prices have doubled.",
    "Since the plant closed, the town has lost 2,000 jobs.",
    "Since then, the town has grown quickly.",
    "Since 2019, the club has won three titles.",
])
def test_an_opening_since_before_a_perfect_is_a_time(text: str) -> None:
    assert not any(q.startswith("Why") for q, _ in cause_qa(text))
