"""Round 12b dates: a week named from the story's day ("withdrew last week") is gapped as
the week it resolves to."""

from __future__ import annotations

import datetime as dt

import pytest
from gen_support import dated_article

from quiz.generate.card_cloze import cloze_question
from quiz.generate.dates import date_facts

_DAY = dt.date(2026, 2, 25)  # a Wednesday: last week is that of Monday 16 February


def _clozes(text: str) -> list[tuple[str | None, str]]:
    return [(cloze_question(f), f.answer) for f in date_facts(dated_article(text, published=_DAY))]


@pytest.mark.parametrize("text, gapped", [
    ("A Spanish player withdrew from the draw last week because of illness.",
     "A Spanish player withdrew from the draw in ___ because of illness."),
    ("The team returned from the tour last week, officials said.",
     "The team returned from the tour in ___, officials said."),
    ("Fishermen moved their boats from the harbour last week after a storm warning.",
     "Fishermen moved their boats from the harbour in ___ after a storm warning."),
    ("Last week, the regulator fined the bank for breaching lending rules.",
     "In ___, the regulator fined the bank for breaching lending rules."),
    ("Volunteers planted 4,000 trees on the hillside last week.",
     "Volunteers planted 4,000 trees on the hillside in ___."),
    ("Two nurses had resigned from the clinic last week over unpaid wages.",
     "Two nurses had resigned from the clinic in ___ over unpaid wages."),
    ("She was released from hospital last week and is recovering at home.",
     "She was released from hospital in ___ and is recovering at home."),
    ("The ministry suspended the contract with the builder last week, citing delays.",
     "The ministry suspended the contract with the builder in ___, citing delays."),
    ("Union leaders walked out of the talks last week after the offer was cut.",
     "Union leaders walked out of the talks in ___ after the offer was cut."),
    ("Dozens of residents marched through the town last week to protest the closure.",
     "Dozens of residents marched through the town in ___ to protest the closure."),
    ("The orchestra cancelled its tour of Japan last week, blaming rising costs.",
     "The orchestra cancelled its tour of Japan in ___, blaming rising costs."),
])
def test_a_week_from_the_story_day_is_gapped_as_that_week(text: str, gapped: str) -> None:
    assert (gapped, "the week of 16 February 2026") in _clozes(text)


@pytest.mark.parametrize("text", [
    '"We lost everything last week," said a farmer in the valley.',  # a speaker's words
    "The two sides met for talks last week and again on Thursday, 19 February.",  # month named
    "The company said last week that it would cut 200 jobs.",  # when it was said
    "Last week's storm flooded 300 homes in the valley.",  # a noun's date
])
def test_a_week_is_not_gapped_where_it_is_no_fact_to_learn(text: str) -> None:
    assert all(answer != "the week of 16 February 2026" or cloze is None
               for cloze, answer in _clozes(text))
