"""The clause grammar the actor and cause questions rely on: verb forms and do-support."""

from __future__ import annotations

import pytest

from quiz.generate.grammar import (
    base_form, first_lower, past_of, question_predicate, read_verb_group, third_person,
    tidy_span, who_predicate,
)
from quiz.generate.syntax import find_clauses, trim_predicate


@pytest.mark.parametrize(("past", "base"), [
    ("ordered", "order"), ("announced", "announce"), ("targeted", "target"), ("issued", "issue"),
    ("decided", "decide"), ("voted", "vote"), ("visited", "visit"), ("completed", "complete"),
    ("avoided", "avoid"), ("declared", "declare"), ("secured", "secure"), ("planned", "plan"),
    ("travelled", "travel"), ("called", "call"), ("shelled", "shell"), ("focused", "focus"),
    ("raised", "raise"), ("changed", "change"), ("belonged", "belong"), ("agreed", "agree"),
    ("carried", "carry"), ("died", "die"), ("welcomed", "welcome"), ("developed", "develop"),
    ("withdrew", "withdraw"), ("led", "lead"), ("sent", "send"), ("fought", "fight"),
    ("struck", "strike"), ("added", "add"), ("passed", "pass"), ("seized", "seize"),
    ("aims", "aim"), ("fuels", "fuel"), ("pushes", "push"), ("carries", "carry"),
])
def test_base_forms(past: str, base: str) -> None:
    assert base_form(past) == base


def test_base_from_ing() -> None:
    from quiz.generate.grammar import base_from_ing
    assert [base_from_ing(w) for w in ("proposing", "making", "stopping", "calling", "using",
                                       "saying", "agreeing", "hitting", "sing")] == [
        "propose", "make", "stop", "call", "use", "say", "agree", "hit", None]


def test_past_and_third_person() -> None:
    assert [past_of(w) for w in ("target", "issue", "carry", "withdraw")] == [
        "targeted", "issued", "carried", "withdrew"]
    assert [third_person(w) for w in ("aim", "push", "carry", "have")] == [
        "aims", "pushes", "carries", "has"]


@pytest.mark.parametrize(("words", "rest", "expected"), [
    (["withdrew", "from"], "from Gaza", "did the army withdraw from Gaza"),
    (["has", "repeatedly", "called", "for"], "for talks",
     "has the army repeatedly called for talks"),
    (["will", "resume", "talks"], "talks", "will the army resume talks"),
    (["aims", "to"], "to do", "does the army aim to do"),
    (["repeatedly", "accused", "the"], "the rebels", "did the army repeatedly accuse the rebels"),
    (["didn't", "specify", "what"], "what", "didn't the army specify what"),
])
def test_do_support(words: list[str], rest: str, expected: str) -> None:
    group = read_verb_group(words)
    assert group is not None
    assert question_predicate("the army", group, rest) == expected


def test_do_support_refuses_copula_and_unknown_forms() -> None:
    group = read_verb_group(["was", "in", "Paris"])
    assert group is not None and group.tense == "aux"
    assert question_predicate("he", group, "in Paris") == "was he in Paris"
    assert read_verb_group(["table", "of"]) is None


def test_who_questions_agree_in_number() -> None:
    group = read_verb_group(["have", "warned", "that"])
    assert group is not None
    assert who_predicate(group, "they would return") == "has warned they would return"


def test_tidy_span_keeps_initials_and_drops_dangling_marks() -> None:
    assert tidy_span("the U.S.") == "the U.S."
    assert tidy_span("the Islamic State,\"") == "the Islamic State"
    assert tidy_span(", a new plan;") == "a new plan"


def test_first_lower() -> None:
    assert first_lower("The US") == "the US"
    assert first_lower("Then-president Donald Trump") == "then-president Donald Trump"
    assert first_lower("Brazil") == "Brazil"
    assert first_lower("Prices", frozenset()) == "prices"
    assert first_lower("Nokia", frozenset({"nokia"})) == "Nokia"


def test_clauses_find_subjects_and_skip_reduced_relatives() -> None:
    clauses = find_clauses("The estimated 2,500 troops stationed in Iraq have been attacked.")
    assert "stationed" not in [c.group.main for c in clauses]
    (clause,) = find_clauses("Defense Secretary Lloyd Austin said in a statement that talks "
                             "would start.")[:1]
    assert clause.subject == "Defense Secretary Lloyd Austin" and clause.group.main == "said"


def test_relative_clause_subject() -> None:
    clauses = find_clauses("An official who spoke on condition of anonymity said the plan was "
                           "ready.")
    assert ("An official", "spoke") in [(c.subject, c.group.main) for c in clauses]


def test_trim_predicate_cuts_at_clause_boundaries() -> None:
    assert trim_predicate("the attack on the port after aides told him so") == \
        "the attack on the port"
    assert trim_predicate("for peace, the minister said") == "for peace"
    assert trim_predicate("that the") is None
    assert trim_predicate("was already complaining about the delay a decade after the war") \
        == "was already complaining about the delay"


@pytest.mark.parametrize("past, base", [("pledged", "pledge"), ("judged", "judge"),
                                        ("acknowledged", "acknowledge"), ("begged", "beg"),
                                        ("charged", "charge"), ("logged", "log")])
def test_the_silent_e_of_dge_verbs_comes_back(past: str, base: str) -> None:
    """"pledged" is "pledge" in a question ("Why did the firm pledge ...?"), never "pledg"."""
    from quiz.generate.clauses import past_to_base

    assert past_to_base(past) == base
