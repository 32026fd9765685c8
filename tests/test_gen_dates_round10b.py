"""Dates, round 10b: a question keeps no second time clause ("When ... when ..."); a subject
is not the last noun of a longer phrase ("the electrification of the line through X"); a
quoted title with commas before a participle aside is asked in the passive, and a participle
after a noun is never asked as an active verb."""

from __future__ import annotations

import datetime as dt

import pytest

from gen_support import date_qa

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


def _questions(text: str) -> list[str]:
    return [question for question, _ in date_qa(text, PUBLISHED)]


@pytest.mark.parametrize("text, question", [
    ("The senator is expected to take his seat when the parliament returns from its summer "
     "recess in September.", "When is the senator expected to take his seat?"),
    ("The new coach is expected to start work when the season ends in May 2027.",
     "When is the new coach expected to start work?"),
    ("The museum will reopen to visitors once the repairs are finished in March 2027.",
     "When will the repairs be finished?"),
    ("The trial is due to resume as soon as the judge recovers in July.",
     "When is the trial due to resume?"),
])
def test_a_time_clause_is_cut_from_a_date_question(text: str, question: str) -> None:
    assert question in _questions(text)


@pytest.mark.parametrize("text", [
    "The minister did not say on Monday when the bridge would reopen.",
    "The board announced on Monday when the new stadium would open.",
])
def test_an_indirect_when_question_is_no_time_clause(text: str) -> None:
    assert not any(" when" in q[4:] and q.endswith("?") and "when" == q.split()[-2]
                   for q in _questions(text))


@pytest.mark.parametrize("text, wrong", [
    ("The electrification of the line through Falkirk and Linlithgow was completed in 2026 at "
     "a cost of £310m.", "Linlithgow"),
    ("The electrification of the line through Falkirk, which began in 2019, was completed in "
     "2026.", "did Falkirk"),
    ("The renovation of the old theatre, which started in 2021, has overrun.",
     "did the old theatre"),
    ("The widening of the motorway between Bristol and Bath was finished in 2024.",
     "was Bath"),
    ("The excavation of the fort near Hadrian's Wall, which resumed in 2022, found coins.",
     "did Hadrian's Wall"),
    ("Investors sold shares of the bank, which is expected to report its results in May.",
     "investors sold"),
])
def test_a_subject_is_not_the_end_of_a_longer_phrase(text: str, wrong: str) -> None:
    assert not any(wrong in q for q in _questions(text))


@pytest.mark.parametrize("text, question", [
    ("The electrification of the line through Falkirk was completed in 2026 at a cost of "
     "£310m.", "In what year was the electrification of the line through Falkirk completed "
     "at a cost of £310m?"),
    ("He grew up in Leeds, which hosted the games in 2002.",
     "In what year did Leeds host the games?"),
    ("The team returns to Leeds, which hosted the games in 2002.",
     "In what year did Leeds host the games?"),
    ("The city of Lisbon, which fell in 1147, grew quickly.", "In what year did Lisbon fall?"),
    ("The trial of the former director of the bank was halted in March.",
     "When was the trial of the former director of the bank halted?"),
    ("Harbridge Bank will close 84 of its branches across England and Wales by the end of "
     "September, the lender said on Monday.", "On what date did the lender say that Harbridge "
     "Bank would close 84 of its branches across England and Wales by the end of September?"),
])
def test_whole_subjects_and_place_relatives_are_still_asked(text: str, question: str) -> None:
    assert question in _questions(text)


@pytest.mark.parametrize("text, question", [
    ("'Harbour at Dun Laoghaire, Evening', painted in 1931, sold for £2m at auction in London.",
     "In what year was 'Harbour at Dun Laoghaire, Evening' painted?"),
    ('"Night Train, North", recorded in 1968, topped the charts for six weeks.',
     'In what year was "Night Train, North" recorded?'),
    ("'The Hay Wain', painted in 1821, hangs in the National Gallery.",
     "In what year was 'The Hay Wain' painted?"),
    ("‘Still Life with Lemons, Morning’, written in 1921, was staged in Paris last year.",
     "In what year was ‘Still Life with Lemons, Morning’ written?"),
])
def test_a_quoted_title_before_a_participle_aside_is_asked_in_the_passive(
        text: str, question: str) -> None:
    assert question in _questions(text)


@pytest.mark.parametrize("text", [
    "'Harbour at Dun Laoghaire, Evening', painted in 1931, sold for £2m at auction in London.",
    "‘Still Life with Lemons, Morning’, written in 1921, was staged in Paris last year.",
    "Ferraz was disqualified after a breach of the anti-cheating rules introduced in 2023.",
    "A copy of the portrait painted in 1931 sold for £2m.",
    "Fans protested against the ticket prices set in 2024 by the club.",
])
def test_no_question_cuts_a_title_or_reads_a_participle_as_active(text: str) -> None:
    for question in _questions(text):
        assert " paint" not in question.replace("painted?", "")
        assert "introduce?" not in question and "prices set?" not in question
        assert question.count("'") != 1 and question.count("‘") == question.count("’")


@pytest.mark.parametrize("text, question", [
    ("The government introduced the rules in 2023.",
     "In what year did the government introduce the rules?"),
    ("The company expanded in 2020.", "In what year did the company expand?"),
    ("The government introduced in 2023 a ban on smoking in parks.",
     "In what year did the government introduce a ban on smoking in parks?"),
    ("The stadium, built in 1923, was renovated in 2010.",
     "In what year was the stadium built?"),
    ("The club confirmed on Thursday that its board had accepted an offer from a US group.",
     "On what date did the club confirm that its board had accepted an offer from a US group?"),
])
def test_active_verbs_and_participle_asides_are_still_asked(text: str, question: str) -> None:
    assert question in _questions(text)


def _article_questions(*texts: str, published: dt.date | None = PUBLISHED) -> list[str]:
    from gen_support import dated_article
    from quiz.generate.dates import date_facts

    return [fact.question for fact in date_facts(dated_article(*texts, published=published))]


@pytest.mark.parametrize("texts, question", [
    (("The park said it would cut back the trees near its enclosures.",
      "It plans to reopen on Tuesday."), "On what date does the park plan to reopen?"),
    (("The city council said it had run out of money.",
      "It plans to sell the town hall in September."),
     "When does the city council plan to sell the town hall?"),
    (("Harbridge Bank said it would close 84 branches.",
      "It opened talks with the unions on Friday."),
     "On what date did Harbridge Bank open talks with the unions?"),
    (("The hospital admitted that its wards were full.",
      "It cancelled 300 operations last week."),
     "When did the hospital cancel 300 operations?"),
    (("Aegean Blue had been struggling since 2023, when one of its ships ran aground.",
      "Its troubles deepened last month after a dispute over fees."),
     "When did Aegean Blue's troubles deepen?"),
])
def test_an_opening_it_is_the_subject_the_sentence_before_calls_it(
        texts: tuple[str, str], question: str) -> None:
    assert question in _article_questions(*texts)


@pytest.mark.parametrize("texts", [
    ("The ministry banned the drug after tests.", "It entered the market in 2019."),
    ("The ministry said it had banned the drug.", "It is expected to rule on the appeal in May."),
    ("The players said they were tired.", "It rained heavily on Monday."),
    ("Northfield Rovers said they had accepted the bid.", "It opened talks on Friday."),
])
def test_an_it_with_no_clear_subject_before_is_not_named(texts: tuple[str, str]) -> None:
    from gen_support import dated_article
    from quiz.generate.dates import date_facts

    subject = texts[0].split(" said")[0].split(" banned")[0].lower()
    for fact in date_facts(dated_article(*texts, published=PUBLISHED)):
        if fact.sentence.index == 1:
            assert subject not in fact.question.lower()


def test_a_weekday_to_come_in_an_undated_story_is_asked_as_a_day() -> None:
    texts = ("The park said it would cut back the trees near its enclosures.",
             "It plans to reopen on Tuesday.")
    assert "On what day does the park plan to reopen?" in _article_questions(*texts,
                                                                             published=None)


@pytest.mark.parametrize("text, question", [
    ("He insisted it would not distract his players from Saturday's home match against "
     "Sheffield Rovers, who sit two places above them.",
     "On what date is the home match against Sheffield Rovers?"),
    ("Fans were still angry after Sunday's defeat against Leeds.",
     "On what date was the defeat against Leeds?"),
    ("The team flew home after Sunday's final in Madrid.", "On what date was the final in Madrid?"),
    ("He was injured in Sunday's race in Monaco.", "On what date was the race in Monaco?"),
    ("Labour won Sunday's election in Leeds.",
     "On what date did Labour win the election in Leeds?"),
])
def test_a_days_named_event_is_asked_of_the_event(text: str, question: str) -> None:
    assert question in _questions(text)


@pytest.mark.parametrize("text", [
    "The club said Saturday's game against St. Mirren was postponed.",
    "Officials said Monday's vote would go ahead.",
    "Officials confirmed that Monday's vote would go ahead.",
])
def test_a_days_event_that_opens_what_was_said_dates_no_saying(text: str) -> None:
    assert not any(" say" in q or " confirm" in q or q.endswith(" St?") for q in _questions(text))


@pytest.mark.parametrize("text, question", [
    ("The union said its members would stay in port until Thursday.",
     "Until when would the union's members stay in port?"),
    ("The club said its stadium would reopen in September.",
     "When would the club's stadium reopen?"),
    ("The ministry said its budget was cut in 2024.",
     "In what year was the ministry's budget cut?"),
    ("The company said on Monday that its shares would be listed in May.",
     "When would the company's shares be listed?"),
])
def test_a_speakers_its_is_the_speakers(text: str, question: str) -> None:
    assert question in _questions(text)


@pytest.mark.parametrize("text", [
    "Police said its officers arrested a man on Sunday.",
    "Officials said its roof collapsed in 2019.",
])
def test_its_after_a_plural_speaker_is_not_theirs(text: str) -> None:
    assert not any("'s " in q for q in _questions(text))


@pytest.mark.parametrize("text, question", [
    ("Divers have found the wreck of a steamship from the 1880s, one of the oldest ever found "
     "in the lake, researchers said on Monday.",
     "On what date did researchers say that divers had found the wreck of a steamship from "
     "the 1880s?"),
    ("The council has approved a new bus lane on the high street, one of the busiest roads in "
     "the county, officials announced on Friday.",
     "On what date did officials announce that the council had approved a new bus lane on the "
     "high street?"),
])
def test_a_one_of_the_appositive_is_read_past(text: str, question: str) -> None:
    assert question in _questions(text)
