"""Dates: the forms found, relative dates resolved against the publication date, questions."""

from __future__ import annotations

import datetime as dt

import pytest

from quiz.generate.dates import date_facts, find_dates, parse_date
from quiz.generate.facts import AnswerKind, Article, Sentence

PUBLISHED = dt.date(2024, 2, 8)  # a Thursday


def _article(*sentences: str, published: dt.date | None = None) -> Article:
    return Article(file="test.txt", title="Test",
                   sentences=tuple(Sentence(i, text) for i, text in enumerate(sentences)),
                   published=published)


@pytest.mark.parametrize("text, kind, value", [
    ("The club was sold on 3 January 2020.", AnswerKind.FULL_DATE, "2020-01-03"),
    ("The club was sold on January 3, 2020.", AnswerKind.FULL_DATE, "2020-01-03"),
    ("The club was sold on Jan. 3, 2020.", AnswerKind.FULL_DATE, "2020-01-03"),
    ("The club was sold on 2020-01-03.", AnswerKind.FULL_DATE, "2020-01-03"),
    ("The club was sold on 23/1/2020.", AnswerKind.FULL_DATE, "2020-01-23"),
    ("The club was sold in March 2019.", AnswerKind.MONTH_YEAR, "2019-03"),
    ("The club was founded in 1888.", AnswerKind.YEAR, "1888"),
    ("The league ran the 2014-2017 programme.", AnswerKind.YEAR_RANGE, "2014/2017"),
    ("The club has played here since 1903.", AnswerKind.YEAR, "1903"),
])
def test_date_forms(text: str, kind: AnswerKind, value: str) -> None:
    found = find_dates(text, None)
    assert [(m.kind, m.value) for m in found] == [(kind, value)]


def test_ambiguous_numeric_dates_and_non_years_are_not_dates() -> None:
    assert find_dates("The sale closed on 3/1/2020.", None) == []
    assert find_dates("The F-2020 jet and 2020 fans were there.", None) == []
    assert find_dates("It costs 1999 dollars.", None) == []


def test_day_month_without_a_year() -> None:
    [bare] = find_dates("The shop opened on October 7.", None)
    assert (bare.kind, bare.answer, bare.value) == (AnswerKind.DAY_MONTH, "October 7", "--10-07")
    [resolved] = find_dates("The shop opened on October 7.", PUBLISHED)
    assert resolved.answer == "7 October 2023"
    [future] = find_dates("The shop will open on October 7.", PUBLISHED)
    assert future.value == "2024-10-07"


@pytest.mark.parametrize("text, value", [
    # published 2024-02-08: the tense of the clause decides the year of a month and day
    ("The new ferry line begins on January 15, the port authority said.", "2025-01-15"),
    ("The orchestra expects the violinist to make her debut in Vienna on February 2.",
     "2025-02-02"),
    ("A hearing on the appeal is scheduled for February 20.", "2024-02-20"),
    ("Both unions are due to return to talks on March 3.", "2024-03-03"),
    ("Nurses had worked without a contract since November 30.", "2023-11-30"),
    ("The regulator issued a safety alert on March 17.", "2023-03-17"),
])
def test_a_month_and_day_take_the_year_the_tense_points_to(text: str, value: str) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert mention.value == value


def test_a_month_and_day_without_a_tense_keep_no_year() -> None:
    [mention] = find_dates("Ticket sales: March 3 for members, the club said.", PUBLISHED)
    assert (mention.kind, mention.answer) == (AnswerKind.DAY_MONTH, "March 3")


@pytest.mark.parametrize("text, answer", [
    ("The council met on Tuesday.", "6 February 2024"),
    ("The council met last Thursday.", "1 February 2024"),
    ("The council said on Thursday that it agreed.", "8 February 2024"),
    ("The council will meet on Sunday.", "11 February 2024"),
    ("The council met yesterday.", "7 February 2024"),
    ("The council met last month.", "January 2024"),
    ("The plan was agreed last summer.", "summer 2023"),
    ("The plan was agreed last year.", "2023"),
    ("The plan was agreed last August.", "August 2023"),
    ("The plan was agreed last February.", "February 2023"),
    ("The plan will be signed next March.", "March 2024"),
])
def test_relative_dates_resolve_against_publication(text: str, answer: str) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert mention.answer == answer
    assert mention.relative


def test_relative_dates_without_publication_date_are_not_facts() -> None:
    assert find_dates("The council met on Tuesday and last month.", None) == []


def test_holiday_takes_the_year_of_the_sentence() -> None:
    text = "Fans rioted in December 2019 and again on New Year's Eve that year."
    holiday = find_dates(text, None)[-1]
    assert holiday.value == "2019-12-31"
    assert "New Year's Eve" in holiday.accept


@pytest.mark.parametrize("sentence, question, answer", [
    ("The museum was founded in 1921 by two sisters.",
     "In what year was the museum founded by two sisters?", "1921"),
    ("The striker joined the club in 2016 but left in 2019 to play abroad.",
     "In what year did the striker leave to play abroad?", "2019"),
    ("The striker joined the club in 2016 but left in 2019 to play abroad.",
     "In what year did the striker join the club?", "2016"),
    ("On May 30, 2021, the two firms signed a merger agreement in Oslo.",
     "On what date did the two firms sign a merger agreement in Oslo?", "May 30, 2021"),
    ("The factory has made bicycles since 1950.",
     "Since when has the factory made bicycles?", "1950"),
    ("The town's football team, formed by miners in 1897, won the cup.",
     "In what year was the town's football team formed by miners?", "1897"),
    ("Although the bank cut rates in 2020, inflation in Chile rose in 2022 after the war "
     "began.",
     "In what year did inflation in Chile rise?", "2022"),
    ("Police said the suspect had robbed the store in August 2023.",
     "When had the suspect robbed the store?", "August 2023"),
    ("The storm that flooded the valley in April 2022 destroyed 40 homes.",
     None, "April 2022"),
])
def test_questions_restate_the_event(sentence: str, question: str | None, answer: str) -> None:
    facts = [f for f in date_facts(_article(sentence)) if f.answer == answer]
    assert len(facts) == 1
    if question is None:
        assert facts[0].question == "" or answer not in facts[0].question
    else:
        assert facts[0].question == question


def test_event_noun_questions() -> None:
    sentence = ("Officials blamed the rebels for the deadly bombing of a market in Kano in "
                "March 2018.")
    [fact] = date_facts(_article(sentence))
    assert fact.question == "When was the deadly bombing of a market in Kano?"
    assert fact.event == "the deadly bombing of a market in Kano"


def test_pronoun_subjects_and_reporting_verbs_give_no_question() -> None:
    facts = date_facts(_article("They moved to Leeds in 2010.",
                                "The ministry said in a statement on 4 May 2021.",
                                "We have had rain since June 2023."))
    assert [f.question for f in facts] == ["", "", ""]


def test_parse_date() -> None:
    assert parse_date("February 08, 2024") == dt.date(2024, 2, 8)
    assert parse_date("3rd of March, 2001") == dt.date(2001, 3, 3)
    assert parse_date("31 February 2020") is None


def test_anchored_scan_finds_what_a_full_scan_finds() -> None:
    from quiz.generate import figures
    from quiz.generate.dates import _DATE_STARTS, _MENTION, anchored_matches

    texts = ["On 3 January 2020, more than 100 of the 2,500 troops left; by mid-October "
             "(last month) a dozen returned.", "Between 2014 and 2017 the firm paid $4.5m, "
             "up 12%, on New Year's Eve 2019 and on Thursday.", "It was the 2nd anniversary."]
    for text in texts:
        assert [m.span() for m in anchored_matches(_MENTION, text, _DATE_STARTS)] == \
            [m.span() for m in _MENTION.finditer(text)]
        assert [m.span() for m in anchored_matches(figures._FIGURE, text,
                                                   figures._FIGURE_STARTS)] == \
            [m.span() for m in figures._FIGURE.finditer(text)]


def test_dates_that_qualify_an_event_noun() -> None:
    facts = date_facts(_article(
        "Crowds gathered after the Saturday bombing of the market in Lagos that injured "
        "dozens.", "Veterans recalled the 1982-1985 war between the two island states.",
        published=PUBLISHED))
    assert [(f.question, f.answer) for f in facts] == [
        ("On what date was the bombing of the market in Lagos that injured dozens?",
         "3 February 2024"),
        ("During which years was the war between the two island states?", "1982-1985")]


def test_a_date_after_of_leaves_no_gap_in_the_event() -> None:
    # the date goes with its "of"; the clause's verb becomes a relative clause of the event
    facts = date_facts(_article("The storm of March 2019 destroyed 120 homes in Lisbon."))
    assert [(f.question, f.answer) for f in facts] == [
        ("When was the storm that destroyed 120 homes in Lisbon?", "March 2019")]


def test_a_second_predicate_after_the_date_is_left_out() -> None:
    facts = date_facts(_article(
        "The original tram line opened in 1995 and carries about 60,000 passengers a day.",
        "More than 40,000 patients were treated in the clinics in 2022."))
    assert [f.question for f in facts] == [
        "In what year did the original tram line open?",
        "In what year were more than 40,000 patients treated in the clinics?"]


def _questions(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str]]:
    return [(f.question, f.answer) for f in date_facts(_article(text, published=published))]


def test_a_period_label_is_not_a_date_range() -> None:
    found = find_dates("The school board adopted a budget for the 2025-26 academic year.", None)
    assert not [m for m in found if m.kind is AnswerKind.YEAR_RANGE]


def test_a_part_of_the_day_leaves_with_its_weekday() -> None:
    [(question, answer)] = _questions("The school board adopted a new budget on Monday night.")
    assert question == "On what date did the school board adopt a new budget?"
    assert answer == "5 February 2024"


def test_a_date_of_a_nested_event_is_not_asked_of_the_main_verb() -> None:
    # "last month" may date the sale, not the criticism: no question rather than a wrong one
    text = "Fans praised the coach but criticised the owners for selling the stadium last month."
    assert [q for q, _ in _questions(text) if q] == []
    text = "The gallery expected the painter to open her show in Oslo on March 3."
    assert [q for q, _ in _questions(text) if q] == []


def test_one_end_of_a_span_is_not_asked_on_its_own() -> None:
    text = "The refund covers ferry tickets bought between May 2022 and August 2023."
    assert [q for q, _ in _questions(text) if q] == []


@pytest.mark.parametrize("text, answer", [
    # published 2024-02-08 (a Thursday): the clause of the date decides its tense, not a
    # clause after "because", and the comma inside "1,500" does not end the clause
    ("The mayor closed 1,500 parking spaces on Tuesday because engineers expected the bridge "
     "to sag.", "6 February 2024"),
    ("The league will name 2,000 volunteers on Monday because organisers asked for help.",
     "12 February 2024"),
])
def test_a_weekday_takes_the_tense_of_its_own_clause(text: str, answer: str) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert mention.answer == answer
