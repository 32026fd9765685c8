"""Cards, round 9b: a rank written in digits ("11th") is no quantity the other numbers of a
sentence add up to, and an answer ending on a small word is no card."""

from __future__ import annotations

import pytest

from quiz.generate.card_cloze import cloze_question
from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.generate.figures import figure_facts
from quiz.generate.questions import DistractorPool, PlainNames, cards_for
from quiz.model import Category
from tests.gen_support import article


def _cloze(answer: str, text: str) -> str | None:
    facts = {fact.answer: fact for fact in figure_facts(article(text))}
    return cloze_question(facts[answer])


# -- a rank is no quantity -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "answer", "gapped"), [
    # 11 + 6 = 17 only if the rank is read as a count
    ("After the defeat the side lie 11th in the table, six points adrift of safety, with 17 "
     "rounds left.", "six",
     "After the defeat the side lie 11th in the table, ___ points adrift of safety, with 17 "
     "rounds left."),
    ("The cyclist finished 3rd overall, nine minutes behind the winner, in her 12th Tour.",
     "nine minutes",
     "The cyclist finished 3rd overall, ___ behind the winner, in her 12th Tour."),
])
def test_a_rank_in_digits_does_not_compute_a_gap(text: str, answer: str, gapped: str) -> None:
    assert _cloze(answer, text) == gapped


def test_counts_that_compute_the_gap_still_drop_it() -> None:
    assert _cloze("20", "The bus crash injured 20 passengers, 12 of them seriously and 8 "
                        "slightly, police said.") is None


# -- an answer cut off on a small word -----------------------------------------------------


def _cause(answer: str, question: str) -> Fact:
    return Fact(category=Category.CAUSE, kind=AnswerKind.CAUSE, article="a.txt",
                sentence=Sentence(0, f"The clinic closed because {answer}."),
                question=question, answer=answer, value=answer)


@pytest.mark.parametrize("answer", [
    "only members can afford the fees needed to get in",
    "the board lost confidence in",
    "a shortage of",
])
def test_an_answer_ending_on_a_small_word_gets_no_card(answer: str) -> None:
    fact = _cause(answer, "Why did the clinic close?")
    assert cards_for(fact, DistractorPool.build([fact]), PlainNames()) == []


def test_an_answer_ending_on_a_content_word_is_asked() -> None:
    fact = _cause("the landlord doubled the rent", "Why did the clinic close?")
    assert [card.question for card in cards_for(fact, DistractorPool.build([fact]),
                                                PlainNames())] == ["Why did the clinic close?"]
