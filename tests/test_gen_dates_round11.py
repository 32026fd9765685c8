"""Dates, round 11: a date before or after a relative clause set off by commas (with an age
before it), and a report whose "he" or "she" is the speaker, are asked as questions."""

from __future__ import annotations

import datetime as dt

import pytest

from gen_support import date_qa

PUBLISHED = dt.date(2026, 2, 23)  # a Monday


def _asked(text: str) -> dict[str, str]:
    return {answer: question for question, answer in date_qa(text, PUBLISHED)}


@pytest.mark.parametrize("text, answer, question", [
    ("Park Jin-woo, 41, who set up Haven Finance in 2019, was convicted of fraud by the court "
     "on Friday.", "20 February 2026", "On what date was Park Jin-woo convicted of fraud by the "
     "court?"),
    ("The striker, 24, who joined the club in 2021, signed a new three-year contract on "
     "Tuesday.", "17 February 2026", "On what date did the striker sign a new three-year "
     "contract?"),
    ("The hospital said on Monday that its new wing, which cost £40 million, would open in "
     "June.", "23 February 2026",
     "On what date did the hospital say that its new wing would open in June?"),
    ("The club confirmed on Friday that the coach, who joined in 2019, had resigned.",
     "20 February 2026", "On what date did the club confirm that the coach had resigned?"),
    ("The council voted on Tuesday to sell the library, which opened in 1904, to a developer.",
     "17 February 2026", "On what date did the council vote to sell the library?"),
    ("The minister said she would meet union leaders in Antofagasta on Wednesday.",
     "25 February 2026", "On what date would the minister meet union leaders in Antofagasta?"),
    ("Maria Lopez said she would step down as chair of the hospital trust in March.",
     "March 2026", "When would Maria Lopez step down as chair of the hospital trust?"),
    ("The coach said he would name his squad for the World Cup on Friday.",
     "27 February 2026", "On what date would the coach name his squad for the World Cup?"),
    ("She said she would meet union leaders in Antofagasta on Wednesday.",
     "25 February 2026", "On what date would she meet union leaders in Antofagasta?"),
])
def test_dates_around_asides_and_speakers_are_asked(text: str, answer: str,
                                                     question: str) -> None:
    assert _asked(text).get(answer) == question


@pytest.mark.parametrize("text, answer", [
    ("The club said he would miss the final on Saturday.", "28 February 2026"),
    ("Cyclades Lines said he would appear before a prosecutor on Tuesday.", "24 February 2026"),
    ("The mayor said she was shocked by the attack on Tuesday.", "17 February 2026"),
    ("The court heard on Wednesday that the defendant, who was 19 at the time, had fled the "
     "scene.", "18 February 2026"),
])
def test_no_question_when_the_pronoun_or_clause_may_be_another(text: str, answer: str) -> None:
    assert _asked(text).get(answer, "") == ""


@pytest.mark.parametrize("text, answer, question", [
    ("The takeover is expected to be completed by the end of May, in time for the summer "
     "transfer window.", "the end of May 2026",
     "By when is the takeover expected to be completed?"),
    ("The bridge is expected to reopen by June.", "June 2026",
     "By when is the bridge expected to reopen?"),
    ("The new hospital wing is due to open by the end of the year.", "the end of 2026",
     "By when is the new hospital wing due to open?"),
    ("The museum is set to stay closed until Thursday.", "26 February 2026",
     "Until when is the museum set to stay closed?"),
    ("The final report is expected to be published in March.", "March 2026",
     "When is the final report expected to be published?"),
])
def test_a_deadline_of_a_schedule_is_asked(text: str, answer: str, question: str) -> None:
    assert _asked(text).get(answer) == question


@pytest.mark.parametrize("text, answer", [
    ("The council plans to cut emissions by half by 2030.", "2030"),
    ("The ministry hopes to vaccinate all children by September.", "September 2026"),
    ("Officials hoped the road would reopen in April.", "April 2026"),
])
def test_no_deadline_question_for_a_target_or_a_hope(text: str, answer: str) -> None:
    assert _asked(text).get(answer, "") == ""


@pytest.mark.parametrize("text, answer, question", [
    ("The arts fund cut its grant to zero in 2024, and the council's contribution was halved "
     "the following year amid budget pressures.", "2025",
     "In what year was the council's contribution halved amid budget pressures?"),
    ("The factory opened in 2010 and was closed five years later despite protests from "
     "workers.", "2015", "In what year was the factory closed despite protests from workers?"),
    ("The club was relegated in 2019 and promoted two years later following a takeover.",
     "2021", "In what year was the club promoted following a takeover?"),
])
def test_a_year_counted_from_another_before_a_last_adjunct(text: str, answer: str,
                                                           question: str) -> None:
    assert _asked(text).get(answer) == question


@pytest.mark.parametrize("text, answer, question", [
    ("Shareholders approved the takeover by 412 votes to 96 at the annual meeting in Zurich "
     "on Friday.", "20 February 2026",
     "On what date did shareholders approve the takeover at the annual meeting in Zurich?"),
    ("The senate passed the bill by 61 votes to 38 on Thursday.", "19 February 2026",
     "On what date did the senate pass the bill?"),
])
def test_a_date_after_a_vote_tally_is_asked(text: str, answer: str, question: str) -> None:
    assert _asked(text).get(answer) == question


@pytest.mark.parametrize("text, answer, question", [
    ("The schools have been told to stay closed until Monday.", "2 March 2026",
     "Until when have the schools been told to stay closed?"),
    ("Residents were told to stay indoors until Friday.", "27 February 2026",
     "Until when were residents told to stay indoors?"),
])
def test_a_date_after_a_passive_instruction_is_asked(text: str, answer: str,
                                                     question: str) -> None:
    assert _asked(text).get(answer) == question


def test_an_active_telling_is_no_instruction_read() -> None:
    assert _asked("He told them to leave on Sunday.").get("22 February 2026", "") == ""


@pytest.mark.parametrize("text, answer, question", [
    ("The damage will be felt well into 2027.", "well into 2027",
     "Until when will the damage be felt?"),
    ("The drought will continue into 2027, officials said.", "into 2027",
     "Until when will the drought continue?"),
])
def test_a_year_after_into_is_how_far_something_lasts(text: str, answer: str,
                                                      question: str) -> None:
    assert _asked(text).get(answer) == question


@pytest.mark.parametrize("text", [
    "Shares of the company fell into 2025 territory.",
    "Talks could drag on into 2027.",
    "He worked into 2019 at the plant.",
])
def test_into_a_year_that_ends_no_lasting_is_no_date(text: str) -> None:
    assert not any("into" in answer for answer in _asked(text))


@pytest.mark.parametrize("published, text, answer", [
    (dt.date(2026, 3, 3), "The libraries will close next spring.", "spring 2027"),
    (dt.date(2026, 2, 27), "The libraries will close next spring.", "spring 2026"),
    (dt.date(2026, 6, 1), "The stadium will reopen next summer.", "summer 2027"),
    (dt.date(2026, 5, 10), "The stadium will reopen next summer.", "summer 2026"),
    (dt.date(2026, 9, 15), "The firm will open a plant next autumn.", "autumn 2027"),
])
def test_next_season_is_the_next_one_to_begin(published: dt.date, text: str,
                                              answer: str) -> None:
    assert answer in [a for _, a in date_qa(text, published)]


@pytest.mark.parametrize("text, answer, question", [
    ("The turning point came on Sunday when the striker scored twice in the second half.",
     "22 February 2026", "On what date did the striker score twice in the second half?"),
    ("The final blow came last week, the organiser said, when the city withdrew its grant.",
     "the week of 16 February 2026", "When did the city withdraw its grant?"),
])
def test_an_event_that_came_when_something_happened_is_asked_of_the_when_clause(
        text: str, answer: str, question: str) -> None:
    assert _asked(text).get(answer) == question


def test_came_when_needs_a_definite_subject_in_the_when_clause() -> None:
    assert _asked("The setback came last year when a supplier delivered faulty parts.") == {
        "2025": "In what year did the setback come?"}


@pytest.mark.parametrize("text, answer, question", [
    ("The company cut its forecast earlier this month.", "earlier this month",
     "When did the company cut its forecast?"),
    ("The council will vote on the plan later this month.", "later this month",
     "When will the council vote on the plan?"),
])
def test_earlier_or_later_this_month_in_an_undated_story(text: str, answer: str,
                                                         question: str) -> None:
    assert date_qa(text, None) == [(question, answer)]


def test_a_later_this_year_in_the_past_is_no_undated_date() -> None:
    assert date_qa("The club signed the striker later this year.", None) == []


@pytest.mark.parametrize("text, answer, question", [
    ("It was when the central bank raised interest rates on Monday that shares began to fall.",
     "23 February 2026", "On what date did the central bank raise interest rates?"),
    ("It was after Ms Lopez resigned on Friday that the board met.", "20 February 2026",
     "On what date did Ms Lopez resign?"),
])
def test_a_date_in_a_clefts_first_clause_is_asked_of_that_clause(text: str, answer: str,
                                                                  question: str) -> None:
    assert _asked(text).get(answer) == question


def test_a_cleft_on_the_date_alone_is_no_clause() -> None:
    assert _asked("It was in June that the family contacted the university.").get(
        "June 2025", "") == ""
