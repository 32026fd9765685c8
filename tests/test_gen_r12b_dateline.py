"""Round 12b dates: a week named from the story's day ("withdrew last week") is gapped as
the week it resolves to."""

from __future__ import annotations

import datetime as dt

import pytest
from gen_support import date_qa, dated_article

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


@pytest.mark.parametrize("text, question", [
    ("A Spanish player withdrew from the draw last week because of illness.",
     "When did a Spanish player withdraw from the draw?"),
    ("He had been given a wildcard only after a Spanish player withdrew from the draw last "
     "week because of illness.", "When did a Spanish player withdraw from the draw?"),
    ("The senator retired from the committee last year.",
     "In what year did the senator retire from the committee?"),
    ("Two of the clinics withdrew from the scheme last month.",
     "When did two of the clinics withdraw from the scheme?"),
    ("Inspectors returned from the site last week with samples.",
     "When did inspectors return from the site with samples?"),
    ("The insurer withdrew from the market last year, citing losses.",
     "In what year did the insurer withdraw from the market?"),
    ("Three judges resigned from the panel last month in protest.",
     "When did three judges resign from the panel in protest?"),
    ("The singer fell from the stage last week during a concert.",
     "When did the singer fall from the stage during a concert?"),
    ("Hundreds of families fled from the valley last week as the river rose.",
     "When did hundreds of families flee from the valley?"),
    ("The council heard from the residents last week.",
     "When did the council hear from the residents?"),
    ("Norway's biggest lender exited from the index last month.",
     "When did Norway's biggest lender exit from the index?"),
])
def test_a_date_after_from_the_noun_is_the_simple_past_verbs(text: str, question: str) -> None:
    assert question in [q for q, _ in date_qa(text, _DAY)]


@pytest.mark.parametrize("text", [
    "The club has recovered from a loss last month.",  # no simple past
    "The club had recovered from a loss last month.",
    "She is still recovering from a fall last week.",
    "Rescuers pulled a child from the rubble last week.",  # an object between
    "The refinery suffered damage from a fire last month.",
])
def test_a_date_after_from_the_noun_is_not_asked_of_another_verb(text: str) -> None:
    assert all(not q for q, _ in date_qa(text, _DAY))


def test_a_relative_clause_keeps_the_date_on_the_noun() -> None:
    assert date_qa("Prices rebounded from a slump last month that wiped out gains.", _DAY) == [
        ("When was the slump that wiped out gains?", "January 2026")]


_FEB = dt.date(2026, 2, 19)


@pytest.mark.parametrize("text, question, answer", [
    ("The ministry will present a plan by the autumn.",
     "By when will the ministry present a plan?", "autumn 2026"),
    ("The museum would publish an online catalogue by the summer.",
     "By when would the museum publish an online catalogue?", "summer 2026"),
    ("The stadium is due to reopen by the spring.",
     "By when is the stadium due to reopen?", "spring 2026"),
    ("Officials want to close the old pier, which could reopen by the summer.",
     "By when could the old pier reopen?", "summer 2026"),
    ("Heavy snow will keep the mountain pass shut until the spring.",
     "Until when will heavy snow keep the mountain pass shut?", "spring 2026"),
    ("Bad weather delayed the launch until the summer.",  # past or to come: no year
     "Until when did bad weather delay the launch?", "the summer"),
    ("The court postponed the hearing until the autumn.",
     "Until when did the court postpone the hearing?", "the autumn"),
    ("The factory had closed by the summer.", "By when had the factory closed?", "the summer"),
    ("The road will stay closed until the spring.",
     "Until when will the road stay closed?", "spring 2026"),
    ("The lab will suspend testing until the summer.",
     "Until when will the lab suspend testing?", "summer 2026"),
])
def test_a_season_after_by_or_until_the_is_a_date(text: str, question: str,
                                                  answer: str) -> None:
    assert (question, answer) in date_qa(text, _FEB)


@pytest.mark.parametrize("text, answer", [
    ("The tunnel will stay closed until at least the summer.", "summer 2026"),
    ("The farm hopes to restock by the summer.", "summer 2026"),
    ("The school plans to reopen by the autumn.", "autumn 2026"),
])
def test_a_season_bound_without_a_clean_question_is_still_a_fact(text: str,
                                                                answer: str) -> None:
    assert [a for _, a in date_qa(text, _FEB)] == [answer]


@pytest.mark.parametrize("text", [
    "Under German law, the company must negotiate a social plan before dismissals can take "
    "effect, which could delay the German cuts until the autumn.",
    "The company must consult unions before the plan can take effect, which could delay the "
    "cuts until next year.",
    "Engineers must inspect every span, which will close the bridge until March.",
])
def test_which_standing_for_a_clause_asks_nothing(text: str) -> None:
    assert all(not q for q, _ in date_qa(text, _FEB))
