"""Round 7 of the last gate: the check that a cause card asks about one predicate reads a
second verb only where "and" joins a second finite verb of the asked clause, and more
general shapes of broken questions found on new text are dropped or repaired."""

from __future__ import annotations

import pytest

from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.generate.question_checks import well_formed
from quiz.model import Category


def _fact(question: str, answer: str, sentence: str, category: Category = Category.CAUSE,
          kind: AnswerKind = AnswerKind.CAUSE) -> Fact:
    return Fact(category=category, kind=kind, article="t.txt", sentence=Sentence(3, sentence),
                question=question, answer=answer)


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    # "and" joins two nouns of the object
    ("Why have drivers been told to carry blankets and torches?", "snow could close the pass",
     "Drivers have been told to carry blankets and torches because snow could close the pass."),
    # a participle sharing the auxiliary: the reason is for both
    ("Why had the ward been closed last night and cleaned?", "so that no patient caught the virus",
     "The ward had been closed last night and cleaned so that no patient caught the virus."),
    # a progressive sharing its auxiliary
    ("Why is the club also selling shirts and cutting prices?", "so that more fans come back",
     "The club is also selling shirts and cutting prices so that more fans come back."),
])
def test_and_joining_no_second_finite_verb_keeps_the_cause(question: str, answer: str,
                                                           sentence: str) -> None:
    assert well_formed(_fact(question, answer, sentence))


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    ("Why did the river rise overnight and flood the square?", "heavy rain upstream",
     "The river rose overnight and flooded the square because of heavy rain upstream."),
    ("Why did the roof crack in March and split apart?", "the frost",
     "The roof cracked in March and split apart because of the frost."),
])
def test_a_second_finite_verb_after_and_drops_the_cause(question: str, answer: str,
                                                       sentence: str) -> None:
    assert not well_formed(_fact(question, answer, sentence))
