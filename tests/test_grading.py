"""Grading of every card type: verdicts, reasons and the ratings they suggest."""

from __future__ import annotations

import pytest

from quiz.engine.api import Rating
from quiz.engine.grading import ORDER_ARROW, Reason, grade, verdict_for_self_grade
from quiz.model import Card, CardType, Category


def typed(answer: str, *accept: str, category: Category = Category.OTHER,
          card_type: CardType = CardType.TYPED) -> Card:
    return Card(id="c1", type=card_type, category=category, question="?", answer=answer,
                accept=accept)


# --- typed: form, aliases, others -------------------------------------------------------


@pytest.mark.parametrize("response", [
    "The European Commission", "european commission", "  EUROPEAN   commission ",
    "the European Commission.", "European-Commission", "\u201cEuropean Commission\u201d",
])
def test_exact_match_ignores_case_spacing_punctuation_and_article(response: str) -> None:
    verdict = grade(typed("The European Commission"), response)
    assert verdict.correct
    assert verdict.reason == Reason.EXACT
    assert verdict.rating is Rating.GOOD
    assert verdict.expected == "The European Commission"


def test_accents_are_ignored() -> None:
    assert grade(typed("Zürich"), "zurich").reason == Reason.EXACT
    assert grade(typed("Łódź"), "Lodz").reason == Reason.EXACT
    assert grade(typed("Recep Tayyip Erdoğan"), "recep tayyip erdogan").correct


def test_alias_is_accepted_and_named() -> None:
    card = typed("United Nations", "UN", "U.N.")
    assert grade(card, "un").reason == Reason.ALIAS
    assert grade(card, "U.N.").reason == Reason.ALIAS
    assert grade(card, "United Nations").reason == Reason.EXACT


def test_parenthesised_part_is_an_alternative() -> None:
    card = typed("last Thursday (9 December 2021)", category=Category.DATE)
    assert grade(card, "last Thursday").reason == Reason.EXACT
    assert grade(card, "9 December 2021").reason == Reason.EXACT
    assert grade(card, "December 9, 2021").reason == Reason.SAME_DATE
    assert not grade(card, "10 December 2021").correct
    eve = typed("New Year's Eve 2019 (31 December 2019)", category=Category.DATE)
    assert grade(eve, "new years eve 2019").correct
    assert grade(eve, "2019-12-31").reason == Reason.SAME_DATE


def test_short_answers_get_no_typo_tolerance() -> None:
    verdict = grade(typed("Iran"), "Iraq")
    assert not verdict.correct
    assert verdict.rating is Rating.AGAIN
    assert verdict.reason == Reason.WRONG


def test_numbers_are_never_fuzzy() -> None:
    assert not grade(typed("2020"), "2002").correct
    assert not grade(typed("2020", category=Category.DATE), "2002").correct
    assert not grade(typed("2,500 troops", category=Category.FIGURE), "2,600 troops").correct
    assert not grade(typed("Boeing 737 MAX"), "Boeing 738 MAX").correct


def test_typo_forgiven_in_long_answer_rates_hard() -> None:
    verdict = grade(typed("Mohammed bin Salman"), "Mohamed bin Salman")
    assert verdict.correct
    assert verdict.reason == Reason.TYPO
    assert verdict.rating is Rating.HARD


def test_typo_budget_depends_on_length() -> None:
    assert grade(typed("Brussels"), "Brusels").reason == Reason.TYPO  # 8 chars: 1 edit
    assert not grade(typed("Brussels"), "Brusel").correct  # 2 edits
    assert grade(typed("Mohammed bin Salman"), "Mohamed bin Salmon").reason == Reason.TYPO
    assert not grade(typed("Mohammed bin Salman"), "Mohamed bin Salmonn x").correct
    assert grade(typed("Brussels"), "Brusselss").reason == Reason.TYPO
    assert grade(typed("Brussels"), "Brsusels").reason == Reason.TYPO  # a transposition


def test_typo_in_a_first_letter_or_a_digit_is_not_forgiven() -> None:
    assert not grade(typed("Gambia"), "Zambia").correct
    assert not grade(typed("Mike Pence"), "Mike Vence").correct
    assert grade(typed("Mike Pence"), "Mike Pense").reason == Reason.TYPO
    assert grade(typed("New York City"), "NewYork City").reason == Reason.TYPO  # words merged
    assert not grade(typed("Apollo 11 mission"), "Apollo 12 mission").correct


def test_response_equal_to_another_answer_is_wrong_and_named() -> None:
    card = typed("Mohammed bin Salman")
    verdict = grade(card, "mohammed bin salmon", others=["Mohammed bin Salmon", "Joe Biden"])
    assert not verdict.correct
    assert verdict.reason == Reason.other("Mohammed bin Salmon")


def test_typo_not_forgiven_when_as_close_to_another_answer() -> None:
    card = typed("Austria-Hungary")
    # "austria hungery" is one edit from the answer and one from the other answer.
    verdict = grade(card, "Austria-Hungery", others=["Austria-Hungury"])
    assert not verdict.correct
    assert grade(card, "Austria-Hungery", others=["Bulgaria"]).reason == Reason.TYPO


def test_others_that_equal_the_answer_are_ignored() -> None:
    card = typed("Joe Biden")
    assert grade(card, "joe biden", others=["Joe Biden", "Donald Trump"]).correct


def test_choices_and_items_count_as_other_answers() -> None:
    card = Card(id="c", type=CardType.TYPED, category=Category.ACTOR, question="?",
                answer="Sergei Lavrov", choices=("Sergei Lavrov", "Sergei Shoigu"))
    assert grade(card, "sergei shoigu").reason == Reason.other("Sergei Shoigu")


def test_empty_answer() -> None:
    for response in ("", "   ", None, " ?! "):
        verdict = grade(typed("Paris"), response)
        assert not verdict.correct
        assert verdict.reason == Reason.EMPTY
        assert verdict.rating is Rating.AGAIN


def test_slow_right_answer_is_hard_and_slow_wrong_is_again() -> None:
    assert grade(typed("Paris"), "paris", duration_seconds=25).rating is Rating.HARD
    assert grade(typed("Paris"), "paris", duration_seconds=5).rating is Rating.GOOD
    assert grade(typed("Paris"), "paris", duration_seconds=5,
                 slow_after_seconds=4).rating is Rating.HARD
    assert grade(typed("Paris"), "rome", duration_seconds=25).rating is Rating.AGAIN


def test_typed_card_rejects_non_text_response() -> None:
    with pytest.raises(TypeError, match="text"):
        grade(typed("Paris"), ["Paris"])


def test_cloze_is_graded_like_typed() -> None:
    card = typed("Kyiv", "Kiev", card_type=CardType.CLOZE)
    assert grade(card, "kiev").reason == Reason.ALIAS
    assert not grade(card, "Kyev").correct


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("response", [
    "January 3, 2020", "Jan. 3, 2020", "2020-01-03", "3rd January 2020", "3 Jan 2020",
    "the 3rd of January 2020", "Friday, 3 January 2020",
])
def test_date_in_another_form(response: str) -> None:
    verdict = grade(typed("3 January 2020", category=Category.DATE), response)
    assert verdict.correct
    assert verdict.reason == Reason.SAME_DATE


def test_ambiguous_numeric_date_is_not_accepted() -> None:
    card = typed("3 January 2020", category=Category.DATE)
    assert not grade(card, "3/1/2020").correct
    assert grade(typed("13 January 2020", category=Category.DATE), "13/1/2020").correct
    assert grade(typed("13 January 2020", category=Category.DATE), "1/13/2020").correct


def test_date_precision() -> None:
    month = typed("January 2020", category=Category.DATE)
    for response in ("Jan 2020", "2020-01", "01/2020"):
        assert grade(month, response).reason == Reason.SAME_DATE
    assert grade(month, "3 January 2020").reason == Reason.MORE_PRECISE
    assert grade(month, "3 January 2020").correct
    assert not grade(month, "February 2020").correct
    day = typed("3 January 2020", category=Category.DATE)
    assert not grade(day, "2020").correct
    assert not grade(day, "January 2020").correct
    assert not grade(day, "3 January").correct


@pytest.mark.parametrize("response", [
    "2014-2017", "2014 to 2017", "from 2014 to 2017", "between 2014 and 2017", "2014\u20132017",
    "2014-17",
])
def test_year_ranges(response: str) -> None:
    assert grade(typed("2014-2017", category=Category.DATE), response).correct


def test_year_range_needs_both_ends() -> None:
    card = typed("2014-2017", category=Category.DATE)
    assert not grade(card, "2014").correct
    assert not grade(card, "2014-2016").correct


def test_dates_without_a_year() -> None:
    oct7 = typed("October 7", category=Category.DATE)
    assert grade(oct7, "7 October").reason == Reason.SAME_DATE
    assert grade(oct7, "7 October 2023").reason == Reason.MORE_PRECISE
    assert not grade(oct7, "October").correct
    mid = typed("mid-October", category=Category.DATE)
    assert grade(mid, "mid October").correct
    assert grade(mid, "the middle of October").correct
    assert grade(mid, "15 October").reason == Reason.MORE_PRECISE
    assert not grade(mid, "late October").correct
    assert not grade(mid, "October").correct  # less precise than the answer
    assert not grade(mid, "2 October").correct


def test_another_card_with_the_same_date_in_other_words_does_not_make_it_wrong() -> None:
    card = typed("3 January 2020", category=Category.DATE)
    others = ["January 3, 2020", "5 March 2021"]
    assert grade(card, "January 3, 2020", others=others).reason == Reason.SAME_DATE
    assert grade(card, "5 March 2021", others=others).reason == Reason.other("5 March 2021")


def test_names_are_not_read_as_values() -> None:
    assert grade(typed("Seven Sisters"), "Seven Sistres").reason == Reason.TYPO
    assert not grade(typed("Ten Downing Street"), "10").correct
    assert not grade(typed("May", category=Category.ACTOR), "5").correct


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize("response", [
    "2500", "2,500", "2 500", "two thousand five hundred", "2.5 thousand",
    "Two thousand, five hundred",
])
def test_number_in_another_form(response: str) -> None:
    verdict = grade(typed("2,500", category=Category.FIGURE), response)
    assert verdict.correct, verdict


def test_more_than_accepts_the_number_stated() -> None:
    card = typed("more than 100", category=Category.FIGURE)
    assert grade(card, "100").reason == Reason.AT_LEAST
    assert grade(card, "over 100").reason == Reason.SAME_NUMBER
    assert grade(card, "more than a hundred").correct
    assert grade(card, "at least 100").correct
    assert not grade(card, "101").correct
    assert not grade(card, "less than 100").correct


def test_units_matter_when_both_give_one() -> None:
    card = typed("about five months", category=Category.FIGURE)
    assert grade(card, "5 months").correct
    assert grade(card, "five months").correct
    assert grade(card, "5").correct
    assert not grade(card, "5 years").correct
    assert not grade(card, "6 months").correct


def test_ordinals() -> None:
    card = typed("second", category=Category.FIGURE)
    assert grade(card, "2nd").correct
    assert grade(card, "2").correct
    assert not grade(card, "3rd").correct


# --- choice, true/false, order, recall -----------------------------------------------------


def choice_card() -> Card:
    return Card(id="ch", type=CardType.CHOICE, category=Category.ACTOR, question="Who?",
                answer="Olaf Scholz", choices=("Angela Merkel", "Olaf Scholz", "Friedrich Merz"))


def test_choice() -> None:
    card = choice_card()
    assert grade(card, "Olaf Scholz").reason == Reason.EXACT
    wrong = grade(card, "Angela Merkel")
    assert not wrong.correct and wrong.rating is Rating.AGAIN and wrong.reason == Reason.WRONG
    assert grade(card, "Olaf Schulz").correct is False  # choices are never fuzzy
    assert grade(card, None).reason == Reason.EMPTY
    with pytest.raises(TypeError):
        grade(card, True)


@pytest.mark.parametrize(("answer", "response", "correct"), [
    ("true", True, True), ("true", False, False), ("false", False, True),
    ("true", "T", True), ("true", "yes", True), ("false", "No", True), ("false", "f", True),
    ("True", "true", True), ("false", "true", False),
])
def test_truefalse(answer: str, response: str | bool, correct: bool) -> None:
    card = Card(id="tf", type=CardType.TRUEFALSE, category=Category.OTHER, question="Fact.",
                answer=answer)
    verdict = grade(card, response)
    assert verdict.correct is correct
    assert verdict.expected == answer.lower()
    assert verdict.rating is (Rating.GOOD if correct else Rating.AGAIN)


def test_truefalse_odd_response_and_bad_card() -> None:
    card = Card(id="tf", type=CardType.TRUEFALSE, category=Category.OTHER, question="Fact.",
                answer="true")
    assert grade(card, "maybe").reason == Reason.NOT_TRUEFALSE
    bad = Card(id="tf", type=CardType.TRUEFALSE, category=Category.OTHER, question="Fact.",
               answer="perhaps")
    with pytest.raises(ValueError, match="true or false"):
        grade(bad, True)


def order_card() -> Card:
    return Card(id="o", type=CardType.ORDER, category=Category.DATE, question="Order these",
                items=("Invasion", "Ceasefire", "Talks", "Treaty"))


@pytest.mark.parametrize(("response", "score", "rating", "reason"), [
    (["Invasion", "Ceasefire", "Talks", "Treaty"], 1.0, Rating.GOOD, "all 4 items in place"),
    (["invasion", "ceasefire ", "TALKS", "treaty"], 1.0, Rating.GOOD, "all 4 items in place"),
    (["Invasion", "Ceasefire", "Treaty", "Talks"], 0.5, Rating.HARD, "2 of 4 items in place"),
    (["Invasion", "Talks", "Ceasefire", "Treaty"], 0.5, Rating.HARD, "2 of 4 items in place"),
    (["Invasion", "Ceasefire", "Talks", "Other"], 0.75, Rating.HARD, "3 of 4 items in place"),
    (["Ceasefire", "Invasion", "Treaty", "Talks"], 0.0, Rating.AGAIN, "0 of 4 items in place"),
    (["Invasion", "Treaty", "Ceasefire", "Talks"], 0.25, Rating.AGAIN, "1 of 4 items in place"),
    (["Invasion"], 0.25, Rating.AGAIN, "1 of 4 items in place"),
])
def test_order_partial_credit(response: list[str], score: float, rating: Rating,
                              reason: str) -> None:
    verdict = grade(order_card(), response)
    assert verdict.score == score
    assert verdict.rating is rating
    assert verdict.reason == reason
    assert verdict.correct is (score == 1.0)
    assert verdict.expected == ORDER_ARROW.join(order_card().items)


def test_order_slow_and_empty() -> None:
    right = list(order_card().items)
    assert grade(order_card(), right, duration_seconds=60).rating is Rating.HARD
    assert grade(order_card(), []).reason == Reason.EMPTY
    with pytest.raises(TypeError):
        grade(order_card(), "Invasion")


def test_recall_cards_are_self_graded() -> None:
    card = Card(id="r", type=CardType.RECALL, category=Category.CAUSE, question="Why?",
                answer="Because.")
    with pytest.raises(ValueError, match="recall"):
        grade(card, "Because")
    for rating, correct in ((Rating.AGAIN, False), (Rating.HARD, True), (Rating.GOOD, True),
                            (Rating.EASY, True)):
        verdict = verdict_for_self_grade(card, rating)
        assert verdict.correct is correct
        assert verdict.rating is rating
        assert verdict.expected == "Because."
    assert verdict_for_self_grade(card, 3).rating is Rating.GOOD
