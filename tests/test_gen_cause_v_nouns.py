"""Causes told by a noun: "X is a major cause of Y", "The main cause of Y was X", and the
speaker's "final blow" / "last straw" (sentences on many topics, and where no card may be
made)."""

from __future__ import annotations

import pytest
from gen_support import cause_qa

from quiz.generate.cause_v_nouns import cause_noun_facts, final_blow_facts
from quiz.generate.syntax import find_clauses


def _asked(text: str) -> set[tuple[str, str]]:
    found = (*cause_noun_facts(text), *final_blow_facts(text, find_clauses(text)))
    return {(question, answer) for _, question, answer, _ in found}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Traffic emissions are a major cause of the smog that blankets the capital in winter.",
     "What is a major cause of the smog that blankets the capital in winter", "Traffic emissions"),
    ("Poor diet is one of the leading causes of heart disease.",
     "What is one of the leading causes of heart disease", "Poor diet"),
    ("The main cause of the collapse was a design flaw in the roof.",
     "What was the main cause of the collapse", "a design flaw in the roof"),
    ("The final blow came in May, Corrigan said, when the main sponsor pulled out of the "
     "tournament.", "What did Corrigan say was the final blow",
     "the main sponsor pulled out of the tournament"),
    ("The final blow came last week, the owner said, when the council refused to renew the "
     "club's licence.", "What did the owner say was the final blow",
     "the council refused to renew the club's licence"),
    ("Mr Ortiz said the loss of the contract was the last straw for the factory.",
     "What did Mr Ortiz say was the last straw for the factory", "the loss of the contract"),
    ("Chief executive Ana Ruiz told reporters that costs had risen, and that a failed bid for "
     "state funding had been \"the final blow\".",
     "What did chief executive Ana Ruiz say had been the final blow",
     "a failed bid for state funding"),
])
def test_a_cause_told_by_a_noun_is_asked(text, question, answer):
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text", [
    "The cause of the fire is not yet known.",
    "The police are a major cause of concern for residents.",
    "Habitat loss is the main cause of their decline.",
    "He said that it had been the final blow.",
    "The final blow came in the 89th minute when the striker scored again.",
    "She said his resignation was the final blow for the party.",
])
def test_no_noun_cause_without_a_clear_cause_and_effect(text):
    assert not _asked(text)


def test_the_noun_rules_reach_the_generated_cards():
    assert ("What is a major cause of flooding in the city?", "Blocked drains") in cause_qa(
        "Blocked drains are a major cause of flooding in the city.")
