"""Dates, round 9: habitual times, passives of finding, "It was announced that", dates in what
a verb of saying reports, names in brackets and states that last "until" a month."""

from __future__ import annotations

import datetime as dt

import pytest

from gen_support import date_qa, dated_article
from quiz.generate.dates import find_dates
from quiz.generate.facts import Article

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _article(*sentences: str, published: dt.date | None = PUBLISHED) -> Article:
    return dated_article(*sentences, published=published)


def _asked(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str]]:
    return date_qa(text, published)


@pytest.mark.parametrize("text", [
    "Farmed fish usually try to swim up rivers in the autumn.",
    "Farmers often plant barley in March.",
    "Each year the river floods in March.",
    "The pharmacy usually closes on Sunday.",
    "The regatta is traditionally held on 4 July.",
    "The mountain pass was often closed in January.",
    "Migrating geese tend to arrive in the spring.",
])
def test_a_habitual_time_is_no_date(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []
    assert _asked(text) == []


@pytest.mark.parametrize("text, answer", [
    ("Divers will search the river every two weeks until November.", "November 2025"),
    ("The council voted on Monday to give a laptop to every pupil from September.",
     "September"),
    ("Commuter trains will run normally from Thursday.", "13 March 2025"),
    ("The club sacked its coach on Sunday, and fans often chant his name.", "9 March 2025"),
])
def test_a_one_off_time_near_a_word_of_frequency_stays(text: str, answer: str) -> None:
    assert answer in [mention.answer for mention in find_dates(text, PUBLISHED)]


def test_a_season_whose_clause_has_no_tense_gets_no_year() -> None:
    [mention] = find_dates("The council voted to plant trees in the spring.", PUBLISHED)
    assert mention.answer == "the spring"


@pytest.mark.parametrize("text, answer", [
    ("The operator has suspended the sleeper service until late October.", "October 2025"),
    ("The road has been closed until May while engineers repair it.", "May 2025"),
    ("The museum was closed until February.", "February 2025"),
])
def test_a_state_that_still_holds_ends_later(text: str, answer: str) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert mention.answer == answer


@pytest.mark.parametrize("text, question", [
    ("The company said the damage was discovered early on Monday, and it notified the "
     "regulator six hours later.", "On what date was the damage discovered?"),
    ("Police said the body was found late on Sunday.", "On what date was the body found?"),
    ("The fault was discovered in 2019.", "In what year was the fault discovered?"),
    ("The results were announced on Friday.", "On what date were the results announced?"),
    ("The error was noticed in March during an audit of the accounts.",
     "When was the error noticed during an audit of the accounts?"),
    ("Officials said the leak, which was detected on Friday, had been fixed.",
     "On what date was the leak detected?"),
])
def test_a_passive_of_finding_is_asked_about_the_finding(text: str, question: str) -> None:
    assert [q for q, _ in _asked(text)] == [question]


@pytest.mark.parametrize("text", [
    "The union threatened a strike if the cuts are confirmed by the end of the year.",
    "The union threatened a strike if the cuts were confirmed by the end of the year.",
    "It was found in 2019.",
])
def test_a_passive_of_finding_in_a_condition_or_without_a_subject_is_not_asked(
        text: str) -> None:
    assert all(q == "" for q, _ in _asked(text))


@pytest.mark.parametrize("text, question", [
    ("It was announced on Monday that the plant would close.",
     "On what date was it announced that the plant would close?"),
    ("It was revealed in May that the hospital had lost patient records, the trust said.",
     "When was it revealed that the hospital had lost patient records?"),
])
def test_it_was_announced_that_dates_the_announcing(text: str, question: str) -> None:
    assert _asked(text)[0][0] == question


@pytest.mark.parametrize("text", [
    "It was announced on Monday that he would resign.",  # who is "he"?
    "It was revealed in May that the bridge, built in 1990, had cracked.",
])
def test_it_was_announced_that_needs_a_whole_clean_statement(text: str) -> None:
    assert _asked(text)[0][0] == ""


@pytest.mark.parametrize("text, expected", [
    ("The ministry said on Wednesday that the bridge would reopen in May.",
     [("On what date did the ministry say that the bridge would reopen in May?",
       "12 March 2025"), ("When would the bridge reopen?", "May 2025")]),
    ("The club confirmed that the coach had resigned on Friday.",
     [("On what date had the coach resigned?", "7 March 2025")]),
    ("Officials said in a statement that the plant would close in June.",
     [("When would the plant close?", "June 2025")]),
])
def test_a_date_in_what_was_said_after_that(text: str,
                                            expected: list[tuple[str, str]]) -> None:
    assert _asked(text) == expected


def test_a_date_after_a_finding_that_is_not_given_to_the_finding() -> None:
    assert _asked("Investigators found that the pilot had switched off the engine in 2019.") \
        == [("", "2019")]


@pytest.mark.parametrize("text, question", [
    ("The operator, Alpine Sleepers (ASL), said on Tuesday that all 14 carriages had been "
     "withdrawn from service.",
     "On what date did the operator, Alpine Sleepers, say that all 14 carriages had been "
     "withdrawn from service?"),
    ("The stoppage, called by the National Union of Nurses (NUN), began at 8 a.m. and is due "
     "to last until Friday, the union said.", "Until when is the stoppage due to last?"),
])
def test_a_name_in_brackets_does_not_end_the_subject(text: str, question: str) -> None:
    assert question in [q for q, _ in _asked(text)]


@pytest.mark.parametrize("text, expected", [
    ("The report submitted by the firm in 2019 had ignored the risk.",
     ("In what year was the report submitted by the firm?", "2019")),
    ("The goalkeeper signed in March had kept six clean sheets.",
     ("When was the goalkeeper signed?", "March 2025")),
    ("Figures published by the city council on Friday showed that traffic fell.",
     ("On what date were figures published by the city council?", "7 March 2025")),
    ("The judges said the survey submitted by the developer in 2021 had omitted the wetland.",
     ("In what year was the survey submitted by the developer?", "2021")),
])
def test_a_date_in_a_participle_on_the_subject_is_the_participles(
        text: str, expected: tuple[str, str]) -> None:
    assert _asked(text)[0] == expected


def test_another_date_in_what_was_said_leaves_the_saying_asked() -> None:
    assert _asked("The panel said on Friday the study submitted by the firm in 2021 had "
                  "omitted the mussels.")[0] == (
        "On what date did the panel say the study submitted by the firm in 2021 had omitted "
        "the mussels?", "7 March 2025")


@pytest.mark.parametrize("text, question", [
    ('In a judgment delivered late on Friday, the judges said the survey had "omitted '
     'entirely" the wetland.', "On what date was the judgment delivered?"),
    ('In a verdict issued on Friday, the jury said the firm had "lied".',
     "On what date was the verdict issued?"),
])
def test_a_ruling_whose_statement_cannot_be_asked_dates_its_delivery(text: str,
                                                                       question: str) -> None:
    assert _asked(text)[0][0] == question


@pytest.mark.parametrize("text, expected", [
    ("The thieves broke into a gallery in the early hours of Sunday.",
     ("On what day did the thieves break into a gallery?", "Sunday")),
    ("The ferry has been stuck in port since Tuesday.",
     ("Since when has the ferry been stuck in port?", "Tuesday")),
    ("The body was not found until Tuesday.", ("On what day was the body found?", "Tuesday")),
])
def test_an_undated_story_asks_its_weekdays_in_more_adverbials(
        text: str, expected: tuple[str, str]) -> None:
    assert _asked(text, published=None) == [expected]


@pytest.mark.parametrize("text", [
    "Shares have risen 5%, while the index rose since Friday.",
    "The library was closed until Monday.",  # an end, not a day something happened
])
def test_an_undated_weekday_that_bounds_no_event_is_not_asked(text: str) -> None:
    assert all(q == "" for q, _ in _asked(text, published=None))


@pytest.mark.parametrize("text, expected", [
    ("The club did not pay the fee until March.",
     ("When did the club pay the fee?", "March 2025")),
    ("The body wasn't found until 2019.", ("In what year was the body found?", "2019")),
    ("The road will not reopen until May.", ("When will the road reopen?", "May 2025")),
    ("A repair was not scheduled until Monday.",
     ("For what date was a repair scheduled?", "17 March 2025")),
])
def test_not_until_asks_when_it_first_happened(text: str, expected: tuple[str, str]) -> None:
    assert _asked(text) == [expected]


def test_a_question_about_the_whole_where_the_story_says_a_part_gets_the_part_back() -> None:
    assert _asked("A fault had left part of the ground floor unmonitored since Thursday.",
                  published=None) == [("Since when was part of the ground floor unmonitored?",
                                       "Thursday")]


@pytest.mark.parametrize("text, expected", [
    ("The chapel was built in 1625.", ("In what year was the chapel built?", "1625")),
    ("The altarpiece was painted around 1640 and restored in 1998.",
     ("Around what year was the altarpiece painted?", "1640")),
    ("The mill was built circa 1890, the trust said.",
     ("Around what year was the mill built?", "1890")),
])
def test_a_year_before_1800_or_a_rough_year(text: str, expected: tuple[str, str]) -> None:
    assert _asked(text)[0] == expected


@pytest.mark.parametrize("text", [
    "Around 1500 people attended the match.",
    "The club sold 1650 season tickets in March.",
    "Riders covered 1700 kilometres by Sunday.",
])
def test_a_count_like_an_old_year_is_no_date(text: str) -> None:
    assert all(mention.kind.name != "YEAR" for mention in find_dates(text, PUBLISHED))


@pytest.mark.parametrize("text, expected", [
    ("The commission said it would decide on the request by Wednesday.",
     ("By when would the commission decide on the request?", "19 March 2025")),
    ("The company said it had cut 500 jobs in March.",
     ("When had the company cut 500 jobs?", "March 2025")),
    ("Vestlaks said it notified the directorate on Monday.",
     ("On what date did Vestlaks notify the directorate?", "10 March 2025")),
    ("Firefighters said they reached the blaze on Sunday.",
     ("On what date did firefighters reach the blaze?", "9 March 2025")),
])
def test_a_report_whose_pronoun_is_the_speaker_is_asked_with_the_speaker(
        text: str, expected: tuple[str, str]) -> None:
    assert _asked(text) == [expected]


@pytest.mark.parametrize("text", [
    "Police said it happened on Sunday.",
    "The council said it was unlikely the bridge would reopen in May.",
    "The unions said it was a disgrace that pay was cut in March.",
    "The mayor said they arrested a man on Sunday.",
])
def test_a_pronoun_that_is_not_the_speaker_is_not_replaced(text: str) -> None:
    assert all(q == "" for q, _ in _asked(text))


@pytest.mark.parametrize("text, expected", [
    ("The vaccine was approved in mid-2024.", [("When was the vaccine approved?", "mid-2024")]),
    ("The team won the title in 2022 and again in 2024.", [("", "2022"), ("", "2024")]),
    ("According to a statement released on Monday, the club has sacked its coach.",
     [("", "10 March 2025")]),
    ("The inquiry heard on Wednesday that warnings had been ignored since 2017.",
     [("", "12 March 2025"), ("", "2017")]),
])
def test_round9_battery_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _asked(text) == expected


@pytest.mark.parametrize("text", [
    "Local elections are held in May every four years.",
    "The orchestra performs every Sunday in the summer.",
])
def test_a_present_tense_with_a_repeated_time_is_habitual(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_a_past_tense_with_a_repeated_time_keeps_its_month() -> None:
    assert _asked("The ferry ran every day in July.") == [
        ("When did the ferry run every day?", "July 2024")]


def test_a_present_passive_is_no_past_tense() -> None:
    [mention] = find_dates("The museum is closed until May.", PUBLISHED)
    assert mention.answer == "May"  # not May 2024


def test_a_second_passive_after_and_keeps_what_follows_its_verb() -> None:
    assert ("On what date was a man released on bail?", "10 March 2025") in _asked(
        "A man was arrested on suspicion of murder on Sunday and released on bail on Monday.")


def test_a_forecast_day_is_to_come() -> None:
    [mention] = find_dates("Heavy rain is forecast for Thursday, the Met Office said.",
                           PUBLISHED)
    assert mention.answer == "13 March 2025"


@pytest.mark.parametrize("text, expected", [
    ("More than 600 residents were ordered to leave their homes overnight as a wildfire "
     "spread.", ("When were more than 600 residents ordered to leave their homes?",
                 "the night of 11 March 2025")),
    ("Two people were killed in air strikes overnight, officials said.",
     ("When were two people killed in air strikes?", "the night of 11 March 2025")),
])
def test_overnight_in_a_past_clause_is_the_night_before_publication(
        text: str, expected: tuple[str, str]) -> None:
    assert _asked(text) == [expected]


@pytest.mark.parametrize("text", [
    "The operator runs an overnight train to Rome.",
    "The road will be closed overnight for repairs.",
    "The ferry runs overnight to Rome.",
])
def test_overnight_as_a_modifier_or_to_come_is_no_date(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_a_passive_order_is_asked_with_its_infinitive() -> None:
    assert _asked("The company was forced to close its factory in 2019.") == [
        ("In what year was the company forced to close its factory?", "2019")]


@pytest.mark.parametrize("text", [
    "Officials hoped the road would reopen in April.",
    "Officials said they hoped the road would reopen in April.",
])
def test_a_date_in_what_is_hoped_is_not_the_hopes(text: str) -> None:
    assert all(q == "" for q, _ in _asked(text))


def test_a_hope_dated_before_what_is_hoped_is_asked() -> None:
    assert _asked("The board hoped in March that the deal would survive.") == [
        ("When did the board hope that the deal would survive?", "March 2025")]


@pytest.mark.parametrize("text", [
    "Tourists flock to the island in the summer.",
    "Pollen counts peak in June.",
    "The festival is held in August.",
])
def test_a_month_or_season_in_a_sentence_without_tense_recurs(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "The bridge reopens in May.",  # a schedule in the present tense
    "Talks resume in March.",
])
def test_a_scheduled_present_keeps_its_month(text: str) -> None:
    assert len(find_dates(text, PUBLISHED)) == 1


@pytest.mark.parametrize("text, expected", [
    ("The coach said that the players who joined in January had settled well.",
     [("", "January 2025")]),
    ("The warning issued on Monday remains in force.",
     [("On what date was the warning issued?", "10 March 2025")]),
    ("The court heard the boy was found in a river on Sunday.", [("", "9 March 2025")]),
    ("Investigators found the pilot had switched off the engine in 2019.", [("", "2019")]),
])
def test_round9_second_battery_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _asked(text) == expected


def test_a_passive_of_telling_without_what_was_told_is_not_asked() -> None:
    assert _asked("The referee was told on Friday that he would not officiate again.") == [
        ("", "7 March 2025")]
