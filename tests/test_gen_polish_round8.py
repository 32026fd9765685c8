"""Round 8 polish: a name's bracketed short form goes with its cloze gap."""

from __future__ import annotations

import pytest

from quiz.generate.card_cloze import cloze_question
from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.model import Category


def _actor(answer: str, sentence: str, accept: tuple[str, ...] = ()) -> Fact:
    return Fact(category=Category.ACTOR, kind=AnswerKind.ORGANISATION, article="t.txt",
                sentence=Sentence(3, sentence), question="", answer=answer, accept=accept)


@pytest.mark.parametrize(("answer", "sentence", "expected"), [
    ("Northvale Rail Safety Board",
     "The Northvale Rail Safety Board (NRSB) closed the old viaduct on Monday after a survey.",
     "The ___ closed the old viaduct on Monday after a survey."),
    ("Coastal Anglers Union",
     "The new quota was opposed by the Coastal Anglers Union (CAU), which has 900 members.",
     "The new quota was opposed by the ___, which has 900 members."),
])
def test_a_bracketed_short_form_goes_with_the_gap(answer: str, sentence: str,
                                                  expected: str) -> None:
    short = sentence.split("(")[1].split(")")[0]
    assert cloze_question(_actor(answer, sentence, (short,))) == expected


def test_a_bracketed_word_that_is_no_short_form_of_the_name_stays() -> None:
    sentence = ("The Northvale Rail Safety Board (UK) closed the old viaduct on Monday after a "
                "survey.")
    assert cloze_question(_actor("Northvale Rail Safety Board", sentence)) == \
        "The ___ (UK) closed the old viaduct on Monday after a survey."

