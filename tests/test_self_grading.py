"""Which cards the learner grades: recall cards, and cloze cards whose answer is a phrase."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine_support import learner, service_with
from quiz.engine.api import Rating
from quiz.engine.grading import Reason, grade, prepare, verdict_for_self_grade
from quiz.engine.self_grading import PHRASE_WORDS, filled_in, is_phrase, self_graded, word_count
from quiz.model import Card, CardType, Category, Deck
from tests.strategies import texts

QUESTION = ("The overhaul was postponed twice, first because of ___ and then owing to a "
            "shortage of trained drivers.")
REASON = "delays in delivering new trains from a factory in Spain"


def cloze(answer: str, *, category: Category = Category.CAUSE, question: str = QUESTION,
          card_id: str = "c1") -> Card:
    return Card(id=card_id, type=CardType.CLOZE, category=category, question=question,
                answer=answer)


# --- the rule ------------------------------------------------------------------------------


def test_a_cloze_whose_answer_is_a_phrase_is_self_graded() -> None:
    assert self_graded(cloze(REASON))


@pytest.mark.parametrize("answer", ["Spain", "a factory in Spain", "the Bank of England",
                                    "U.S.-led coalition of states"])
def test_a_cloze_of_four_words_or_fewer_is_typed(answer: str) -> None:
    assert word_count(answer) <= PHRASE_WORDS
    assert not self_graded(cloze(answer))


def test_the_threshold_is_more_than_four_words() -> None:
    assert PHRASE_WORDS == 4
    assert not self_graded(cloze("delays in delivering trains"))
    assert self_graded(cloze("delays in delivering new trains"))


def test_dashes_and_lone_punctuation_are_not_words() -> None:
    assert word_count("cuts — and then more — cuts") == 5
    assert word_count("U.S.-led talks") == 2
    assert not self_graded(cloze("cuts — and — then — cuts"))


@pytest.mark.parametrize("answer", [
    "more than one hundred and fifty thousand",  # a number in words
    "more than 2,500 troops (about 3,000 soldiers)",  # numbers on both sides
    "the people still on the ground (1,234,567)",  # a number in the parenthesis
    "Tuesday, 3 March 2020 (a week before the vote)",  # a date before it
])
def test_a_long_date_or_number_stays_typed_because_grading_compares_its_value(
        answer: str) -> None:
    assert word_count(answer) > PHRASE_WORDS
    assert not self_graded(cloze(answer, category=Category.FIGURE))


def test_only_the_canonical_answer_counts_not_a_short_alias() -> None:
    card = Card(id="c1", type=CardType.CLOZE, category=Category.ACTOR, question="___ said so.",
                answer="the International Union for Conservation of Nature", accept=("IUCN",))
    assert self_graded(card)


@pytest.mark.parametrize("card_type", [CardType.TYPED, CardType.CHOICE, CardType.TRUEFALSE,
                                       CardType.ORDER])
def test_other_types_are_never_self_graded_whatever_their_answer(card_type: CardType) -> None:
    card = Card(id="c1", type=card_type, category=Category.CAUSE, question="Why?",
                answer=REASON)
    assert not self_graded(card)


def test_recall_cards_are_always_self_graded() -> None:
    card = Card(id="r", type=CardType.RECALL, category=Category.DATE, question="When?",
                answer="2011")
    assert self_graded(card)


def test_filled_in_splits_the_question_around_its_gap() -> None:
    before, answer, after = filled_in(QUESTION, REASON)
    assert before == "The overhaul was postponed twice, first because of "
    assert answer == REASON
    assert after == " and then owing to a shortage of trained drivers."
    assert filled_in("A long ______ gap.", "x") == ("A long ", "x", " gap.")
    assert filled_in("No gap here.", "x") == ("No gap here. ", "x", "")


# --- properties ----------------------------------------------------------------------------

#: Ordinary words that are no number, month, weekday or unit, so a run of them is a phrase.
WORDS = ("delays", "in", "delivering", "new", "trains", "from", "a", "factory", "the",
         "shortage", "of", "trained", "drivers", "because", "protests", "over", "pay", "and",
         "strikes", "by", "unions", "government", "refused", "talks")
SEPARATORS = (" ", "  ", " — ", " - ", ", ", " / ")


@given(texts())
def test_no_answer_of_four_words_or_fewer_is_self_graded(answer: str) -> None:
    if word_count(answer) <= PHRASE_WORDS:
        assert not self_graded(cloze(answer))


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
       st.sampled_from(SEPARATORS))
def test_a_run_of_words_is_self_graded_exactly_when_it_has_more_than_four(
        words: list[str], separator: str) -> None:
    answer = separator.join(words)
    assert self_graded(cloze(answer)) is (len(words) > PHRASE_WORDS)


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_a_longer_phrase_stays_a_phrase(words: list[str]) -> None:
    if is_phrase(" ".join(words)):
        assert is_phrase(" ".join([*words, "again"]))


@given(st.lists(st.sampled_from(WORDS), min_size=PHRASE_WORDS + 1, max_size=10),
       st.one_of(st.integers(0, 10**9).map(lambda n: f"{n:,}"),
                 st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(
                     lambda d: f"{d.day} {d:%B %Y}")),
       st.booleans())
def test_a_date_or_number_on_either_side_of_a_parenthesis_keeps_a_cloze_typed(
        words: list[str], value: str, value_first: bool) -> None:
    phrase = " ".join(words)
    answer = f"{value} ({phrase})" if value_first else f"{phrase} ({value})"
    assert not self_graded(cloze(answer, category=Category.FIGURE))


@given(texts())
def test_recall_is_self_graded_and_typed_never_whatever_the_answer(answer: str) -> None:
    assert self_graded(Card(id="r", type=CardType.RECALL, category=Category.OTHER,
                            question="?", answer=answer))
    assert not self_graded(Card(id="t", type=CardType.TYPED, category=Category.OTHER,
                                question="?", answer=answer))


# --- grading and sessions ------------------------------------------------------------------


def test_the_grader_refuses_to_judge_a_typed_phrase() -> None:
    card = cloze(REASON)
    with pytest.raises(ValueError, match="cloze card whose answer is a phrase"):
        grade(card, REASON)
    with pytest.raises(ValueError, match="verdict_for_self_grade"):
        prepare(card).grade(REASON)
    verdict = verdict_for_self_grade(card, Rating.HARD)
    assert verdict.correct and verdict.rating is Rating.HARD
    assert verdict.reason == Reason.self_graded(Rating.HARD)
    assert verdict.expected == REASON


def test_a_short_cloze_is_still_graded_by_the_engine() -> None:
    assert grade(cloze("pay", question="Strikes over ___ spread."), "Pay").correct


def test_a_session_takes_a_self_grade_for_a_long_cloze_and_stores_it(tmp_path: Path) -> None:
    deck = Deck(id="z", title="Clozes", cards=(
        cloze(REASON, card_id="long"),
        cloze("pay", question="Strikes over ___ spread.", card_id="short")))
    service = service_with(tmp_path, deck)
    session = service.start(learner(service), ["z"])
    asked = session.current()
    assert asked is not None and asked.card.id == "long"
    with pytest.raises(ValueError, match="phrase"):
        session.answer(REASON, 3.0)
    outcome = session.grade(Rating.AGAIN, 3.0)
    assert not outcome.verdict.correct and outcome.rating is Rating.AGAIN
    rows = service.store.query("SELECT card_id, answer_given, correct, rating FROM review_log")
    assert rows == [("long", "", 0, int(Rating.AGAIN))]
    asked = session.current()
    assert asked is not None and asked.card.id == "short"
    assert session.answer("pay", 2.0).verdict.correct
