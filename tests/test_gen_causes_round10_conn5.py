"""Round 10: a bare "the increase" named by the headline or an earlier "a 4% increase in X"."""

from __future__ import annotations

import pytest

from gen_support import cause_qa
from quiz.generate.causes import extract_causes
from quiz.generate.facts import Article, Sentence


def _headed(title: str, *texts: str) -> set[tuple[str, str]]:
    made = Article(file="a.txt", title=title,
                   sentences=(Sentence(0, title, is_heading=True),
                              *(Sentence(i, t) for i, t in enumerate(texts, start=1))))
    return {(f.question, f.answer) for f in extract_causes(made)}


@pytest.mark.parametrize(("title", "text", "question", "answer"), [
    ("Spain raises minimum wage by 4.4% despite employer objections",
     "The increase was needed because rents had risen faster than wages, the minister said.",
     "Why was the increase in the minimum wage needed, according to the minister?",
     "rents had risen faster than wages"),
    ("Council cuts library budget by a fifth",
     "The cut was made because of a fall in business rates.",
     "Why was the cut in the library budget made?", "a fall in business rates"),
    ("Transport authority hikes bus fares again",
     "Officials said the rise was needed to pay for new electric buses.",
     "Why was the rise in the bus fares needed, according to officials?",
     "to pay for new electric buses"),
])
def test_a_bare_change_noun_is_named_by_the_headline(
        title: str, text: str, question: str, answer: str) -> None:
    assert (question, answer) in _headed(title, text)


def test_the_articles_own_name_wins_over_the_headlines() -> None:
    found = _headed("Spain raises minimum wage by 4.4%",
                    "Spain's cabinet approved on Tuesday a 4.4% increase in the national minimum "
                    "wage.", "The minister said the increase was needed because rents had risen "
                    "faster than wages.")
    assert ("Why, according to the minister, was the increase in the national minimum wage "
            "needed?",
            "rents had risen faster than wages") in found


@pytest.mark.parametrize(("before", "text", "question", "answer"), [
    ("The board approved a 12% rise in water bills on Monday.",
     "The increase was needed because the network had to be rebuilt, the chairman said.",
     "Why was the increase in water bills needed, according to the chairman?",
     "the network had to be rebuilt"),
    ("Ministers agreed a 3% cut in the defence budget.",
     "The reduction was made because of falling tax receipts.",
     "Why was the reduction in the defence budget made?", "falling tax receipts"),
])
def test_a_change_introduced_with_a_is_the_later_bare_noun(
        before: str, text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(before, text)


def test_a_headline_act_on_a_pronoun_names_nothing() -> None:
    found = _headed("Bank cuts its forecast", "The cut was made because exports slowed.")
    assert not any("cut in" in q for q, _ in found)


@pytest.mark.parametrize(("title", "text", "question", "answer"), [
    ("Council closes Old Bridge after cracks found",
     "The decision was taken because the bridge was no longer safe, engineers said.",
     "Why was the decision to close Old Bridge taken, according to engineers?",
     "the bridge was no longer safe"),
    ("Airline cancels 200 flights as pilots strike",
     "The move was needed because no crews were available, the airline said.",
     "Why was the move to cancel 200 flights needed, according to the airline?",
     "no crews were available"),
])
def test_a_bare_decision_is_named_by_the_headlines_act(
        title: str, text: str, question: str, answer: str) -> None:
    assert (question, answer) in _headed(title, text)


def test_a_title_case_headline_names_no_decision() -> None:
    found = _headed("Club Closes Stadium After Fire",
                    "The decision was taken because the stand was unsafe, officials said.")
    assert not any("decision to" in q for q, _ in found)
