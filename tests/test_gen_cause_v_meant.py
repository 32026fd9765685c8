"""A thing that "meant" a clause brought it about, and evidence that "pointed to" a cause
(sentences on many topics, and where no card may be made)."""

from __future__ import annotations

import pytest
from gen_support import cause_qa

from quiz.generate.cause_results import thing_meant_facts
from quiz.generate.cause_v_pointed import pointed_facts
from quiz.generate.syntax import find_clauses


def _asked(text: str) -> set[tuple[str, str]]:
    found = (*thing_meant_facts(text), *pointed_facts(text, find_clauses(text)))
    return {(question, answer) for _, question, answer, _ in found}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The closure of the bridge meant that thousands of commuters had to find other routes.",
     "Why did thousands of commuters have to find other routes", "The closure of the bridge"),
    ("Rising energy costs have meant that many bakeries can no longer open on Sundays.",
     "Why can many bakeries no longer open on Sundays", "Rising energy costs"),
    ("The new law means that landlords must give tenants six months' notice.",
     "Why must landlords give tenants six months' notice", "The new law"),
    ("The union's leader, Ann Hill, said rising rents, which have doubled in five years, meant "
     "many nurses could no longer live in the city.",
     "Why could many nurses no longer live in the city", "rising rents"),
    ("Investigators pointed to pilot error as the most likely cause of the crash.",
     "What did investigators point to as the most likely cause of the crash", "pilot error"),
    ("Analysts pointed to weaker demand from China.", "What did analysts point to",
     "weaker demand from China"),
    ("The agency said early tests pointed to a fault in a pump that feeds the cooling system.",
     "What did early tests point to", "a fault in a pump that feeds the cooling system"),
])
def test_a_thing_meant_or_evidence_pointed_to_is_a_cause(text, question, answer):
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text", [
    "He meant that the team would play better.",
    "His injury meant he missed the final.",
    "The rule means nothing to most voters.",
    "She pointed to the door.",
    "The minister pointed to the new hospital as a sign of progress.",
    "The firm cut prices, which meant sales rose.",
])
def test_no_cause_from_meaning_or_pointing_that_tells_none(text):
    assert not _asked(text)


def test_the_rules_reach_the_generated_cards():
    assert ("Why did thousands of commuters have to find other routes?",
            "The closure of the bridge") in cause_qa(
        "The closure of the bridge meant that thousands of commuters had to find other routes.")


@pytest.mark.parametrize(("text", "question"), [
    ("Rahman said the discovery had prompted her team to launch a project that asks farmers to "
     "report unusual rocks.", "What had the discovery prompted Rahman's team to do?"),
    ("Dr Ellis said the results had prompted his lab to repeat the trial with older patients.",
     "What had the results prompted Dr Ellis's lab to do?"),
])
def test_a_named_speakers_own_group_is_named_in_the_question(text, question):
    assert question in {q for q, _ in cause_qa(text)}


def test_a_group_owned_by_someone_unnamed_is_left_as_written():
    asked = cause_qa("She said the crash had forced her team to withdraw.")
    assert not any("'s team" in question for question, _ in asked)
