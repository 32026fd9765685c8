"""A change stated as "from 5,300 to 2,500" is graded by value, in the order stated."""

from __future__ import annotations

import pytest

from quiz.engine.grading import grade
from quiz.model import Card, CardType, Category
from quiz.values.numbers import parse_number

CHANGE = Card(id="troops", type=CardType.TYPED, category=Category.FIGURE,
              question="From how many to how many did the troops fall?",
              answer="from 5,300 to 2,500")


def test_a_falling_change_keeps_both_ends_in_order() -> None:
    value = parse_number("from 5,300 to 2,500")
    assert value is not None and (value.value, value.high) == (5300.0, 2500.0)
    assert parse_number("5300 to 2500") == value


@pytest.mark.parametrize("response", ["5,300 to 2,500", "from 5300 to 2500",
                                      "From 5,300 to 2,500.", "5300 to 2500 troops"])
def test_the_same_change_in_other_forms_is_right(response: str) -> None:
    assert grade(CHANGE, response).correct


@pytest.mark.parametrize("response", ["2,500 to 5,300", "5300", "2500", "from 5,300 to 2,400",
                                      "between 2,500 and 5,300"])
def test_the_reverse_change_or_one_end_is_wrong(response: str) -> None:
    assert not grade(CHANGE, response).correct


@pytest.mark.parametrize("text", ["3-1", "2024-25", "between 20 and 10", "20 to 20"])
def test_descending_dashes_and_betweens_are_still_not_numbers(text: str) -> None:
    assert parse_number(text) is None
