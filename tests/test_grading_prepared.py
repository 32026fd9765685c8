"""Grading prepared when a card is shown: same verdicts as ``grade``, others read lazily once."""

from __future__ import annotations

from quiz.engine.grading import AnswerPool, Reason, grade, prepare
from quiz.model import Card, CardType, Category

CARD = Card(id="a", type=CardType.TYPED, category=Category.ACTOR, question="Who?",
            answer="Abdul Mahdi", accept=("Adel Abdul Mahdi",))
OTHERS = ("Abdul Mahdi", "Abu Mahdi al-Muhandis", "Mustafa al-Kadhimi")


def test_prepared_verdicts_equal_graded_ones() -> None:
    prepared = prepare(CARD, OTHERS)
    for response in ("abdul mahdi", "Adel Abdul-Mahdi", "Abdul Mahdy", "Mustafa al-Kadhimi",
                     "", "someone else", "Abu Mahdi al Muhandis"):
        assert prepared.grade(response, duration_seconds=3.0) == grade(
            CARD, response, duration_seconds=3.0, others=OTHERS), response


def test_the_pool_is_read_when_a_card_is_prepared_and_only_once() -> None:
    loads: list[int] = []

    def load() -> tuple[str, ...]:
        loads.append(1)
        return OTHERS

    pool = AnswerPool(load)
    prepared = prepare(CARD, pool)
    assert loads == [1]
    assert prepared.grade("Abdul Mahdi").reason == Reason.EXACT
    assert prepare(CARD, pool).grade("Mustafa al Kadhimi").reason == Reason.other(
        "Mustafa al-Kadhimi")
    assert prepare(CARD, pool).grade("Abu Mahdi al-Muhandes").correct is False
    assert loads == [1]


def test_order_truefalse_and_choice_cards_are_prepared_too() -> None:
    order = Card(id="o", type=CardType.ORDER, category=Category.DATE, question="Order",
                 items=("First one", "Second", "Third"))
    assert prepare(order).grade(["first ONE", "second", "third"]).correct
    assert prepare(order).grade(["Second", "First one", "Third"]).score == 1 / 3
    truefalse = Card(id="t", type=CardType.TRUEFALSE, category=Category.OTHER,
                     question="Is it?", answer="false")
    assert prepare(truefalse).grade("no").correct and not prepare(truefalse).grade(True).correct
    choice = Card(id="c", type=CardType.CHOICE, category=Category.ACTOR, question="Who?",
                  answer="Iran", choices=("Iran", "Iraq"))
    assert prepare(choice).grade("iran").correct and not prepare(choice).grade("Iraq").correct
