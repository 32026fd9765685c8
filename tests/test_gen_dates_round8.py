"""Dates, round 8: "N months/weeks/days ago", statements dated by their medium or by a
trailing attribution, and questions that lost what was said or split a number."""

from __future__ import annotations

import datetime as dt

import pytest

from gen_support import date_qa, dated_article
from quiz.generate.dates import find_dates
from quiz.generate.facts import AnswerKind, Article

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _article(*sentences: str, published: dt.date | None = PUBLISHED) -> Article:
    return dated_article(*sentences, published=published)


def _asked(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str]]:
    return date_qa(text, published)


@pytest.mark.parametrize("text, kind, answer", [
    ("The bakery opened its second shop 14 months ago.", AnswerKind.MONTH_YEAR, "January 2024"),
    ("The ferry ran aground a month ago.", AnswerKind.MONTH_YEAR, "February 2025"),
    ("The bridge was closed three weeks ago.", AnswerKind.FULL_DATE,
     "the week of 17 February 2025"),
    ("The striker signed for the club five days ago.", AnswerKind.FULL_DATE, "7 March 2025"),
    ("The museum reopened two years ago.", AnswerKind.YEAR, "2023"),
])
def test_a_count_of_units_ago_is_resolved_to_its_unit(text: str, kind: AnswerKind,
                                                      answer: str) -> None:
    [mention] = find_dates(text, PUBLISHED)
    assert (mention.kind, mention.answer) == (kind, answer)
    assert mention.relative


@pytest.mark.parametrize("text", [
    "The tower was built 40 months ago.",  # too many months to mean one
    "The lake froze some three weeks ago.",  # rough
    "The orchard was planted 30 days ago.",
])
def test_a_loose_count_ago_is_no_date(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_a_count_ago_needs_a_publication_date() -> None:
    assert find_dates("The bakery opened 14 months ago.", None) == []


def test_a_count_ago_is_asked_about_its_clause() -> None:
    assert _asked("The bakery opened its second shop 14 months ago.") == [
        ("When did the bakery open its second shop?", "January 2024")]


@pytest.mark.parametrize("text, question", [
    ("In a ruling handed down on Monday, the tribunal ordered the builder to repay buyers.",
     "On what date did the tribunal order the builder to repay buyers?"),
    ("In a judgment delivered late on Friday, the panel said the builder had broken the "
     "contract.", "On what date did the panel say the builder had broken the contract?"),
    ("In a report published on Tuesday, the agency said emissions had fallen.",
     "On what date did the agency say emissions had fallen?"),
])
def test_a_date_of_the_medium_dates_what_it_says(text: str, question: str) -> None:
    assert [q for q, _ in _asked(text)] == [question]


def test_a_trailing_attribution_before_an_appositive_dates_the_statement() -> None:
    asked = _asked("The bus fare will fall to one euro, the transport authority announced on "
                   "Monday, the lowest fare the city has charged.")
    assert ("On what date did the transport authority announce that the bus fare would fall "
            "to one euro?", "10 March 2025") in asked


def test_a_trailing_attribution_before_a_participle_dates_the_statement() -> None:
    asked = _asked("The mill will shut next spring, the owners said on Friday, citing the "
                   "price of wool.")
    assert ("On what date did the owners say that the mill would shut next spring?",
            "7 March 2025") in asked


@pytest.mark.parametrize("text", [
    '"We gave everything," Marchetti told local television on Sunday.',
    "The coach told reporters on Sunday.",
    "The club said so in a statement on Monday.",
])
def test_a_statement_without_what_was_said_is_not_asked(text: str) -> None:
    assert [q for q, _ in _asked(text)] == [""]


def test_a_statement_with_what_was_said_is_asked() -> None:
    assert _asked("The coach told reporters on Sunday that the team would appeal.") == [
        ("On what date did the coach tell reporters that the team would appeal?",
         "9 March 2025")]


def test_a_question_never_starts_inside_a_time_with_colons() -> None:
    asked = _asked("The course record of 1:58:40 was set in Seville in May 2022 by Leah Orsi.")
    assert [q for q, _ in asked] == [""]


def test_a_vote_tally_is_no_event() -> None:
    asked = _asked("The board approved the sale by seven votes to three at a meeting on "
                   "Tuesday night, as staff protested.")
    assert [q for q, _ in asked] == ["On what date did the board approve the sale at a meeting?"]
    # (the tally is cut, not asked about)


def test_an_undated_story_asks_next_week_as_written() -> None:
    assert _asked("The league said the clubs would meet next week to agree new rules.",
                  published=None) == [
        ("When would the clubs meet to agree new rules?", "next week")]


def test_an_undated_story_asks_last_month_of_a_past_event() -> None:
    assert _asked("The bakery closed its oldest shop last month.", published=None) == [
        ("When did the bakery close its oldest shop?", "last month")]


@pytest.mark.parametrize("text", [
    "Ticket sales were down on last year.",  # a comparison, not a time
    "The bakery will stay open, unlike last year.",  # a past time in a future clause
    "The bakery reopened in October last year.",  # part of a month's mention
])
def test_an_undated_story_asks_no_other_relative_time(text: str) -> None:
    assert all(answer != "last year" for _, answer in _asked(text, published=None))


@pytest.mark.parametrize("text, question", [
    ("Farmers are still recovering from storms that flattened their barns two years ago.",
     ""),  # "their": whose barns?
    ("Farmers are still recovering from grain prices that collapsed two years ago.",
     "In what year did grain prices collapse?"),
    ("The inquiry looked into the fire that destroyed the depot in March 2023.",
     "When did the fire destroy the depot?"),
    ("Officials blamed the delays on the rule that was introduced in 2019.",
     "In what year was the rule introduced?"),
    ("Officials blamed the delays on a rule that was introduced in 2019.", ""),  # which rule?
])
def test_a_date_ending_a_relative_clause_dates_its_clause(text: str, question: str) -> None:
    assert [q for q, _ in _asked(text)] == [question]


@pytest.mark.parametrize("text, question", [
    ("Last month Ines Roca, the director of the zoo, opened a new aviary.",
     "When did Ines Roca open a new aviary?"),
    ("On Friday the mayor, a former teacher, closed the old bridge.",
     "On what date did the mayor close the old bridge?"),
])
def test_an_appositive_after_the_subject_of_an_opening_date_is_read_past(
        text: str, question: str) -> None:
    assert [q for q, _ in _asked(text)] == [question]


def test_an_opening_date_before_a_list_of_subjects_asks_nothing_new() -> None:
    asked = _asked("On Friday the mayor, the police and the fire service met in the square.")
    assert [q for q, _ in asked] in ([""], ["On what date did the mayor, the police and the "
                                            "fire service meet in the square?"])


@pytest.mark.parametrize("text", [
    'Last month the minister called the tunnel "a scandal".',
    'Last month, the minister called the tunnel "a scandal".',
])
def test_a_question_keeps_its_quotation_or_is_not_asked(text: str) -> None:
    [question] = [q for q, _ in _asked(text)]
    assert question in ("", 'When did the minister call the tunnel "a scandal"?')


@pytest.mark.parametrize("text, question", [
    ("Earlier this week, the ferry operator cancelled its night sailings.",
     "When did the ferry operator cancel its night sailings?"),
    ("The ferry operator will restore its night sailings later this week.",
     "When will the ferry operator restore its night sailings?"),
])
def test_earlier_or_later_this_week_is_the_publication_week(text: str, question: str) -> None:
    assert _asked(text) == [(question, "the week of 10 March 2025")]


def test_this_week_alone_says_too_little() -> None:
    assert find_dates("The ferry operator cancelled its night sailings this week.",
                      PUBLISHED) == []


def test_last_weekend_in_a_weekday_story_is_its_saturday_and_sunday() -> None:
    assert _asked("The aquarium reopened its shark tunnel last weekend.") == [
        ("When did the aquarium reopen its shark tunnel?", "the weekend of 8-9 March 2025")]


def test_last_weekend_in_a_weekend_story_says_too_little() -> None:
    saturday = dt.date(2025, 3, 15)
    assert find_dates("The aquarium reopened its shark tunnel last weekend.", saturday) == []


def test_a_participle_is_not_read_as_a_verb_before_its_agent() -> None:
    asked = _asked("The new timetable goes further than the cuts proposed last month by the "
                   "rail regulator.")
    assert all(" propose by " not in q for q, _ in asked)


@pytest.mark.parametrize("text, question", [
    ("Dockers rejected the 4% pay offer made last week by the Port Authority.",
     "When did the Port Authority make the 4% pay offer?"),
    ("Growers oppose a 2% levy on fertiliser proposed by the Finance Ministry on Monday.",
     "On what date did the Finance Ministry propose the 2% levy on fertiliser?"),
])
def test_a_participle_with_a_named_agent_dates_the_agents_act(text: str, question: str) -> None:
    assert [q for q, _ in _asked(text)] == [question]


def test_a_participle_with_a_vague_noun_or_agent_is_not_asked() -> None:
    assert [q for q, _ in _asked("Growers oppose the new levy proposed by the Finance Ministry "
                                 "on Monday.")] == [""]
    assert [q for q, _ in _asked("Growers oppose a 2% levy proposed by officials on "
                                 "Monday.")] == [""]


@pytest.mark.parametrize("text, question", [
    ("The canal link, which regional councils must finish by the end of this year, will "
     "carry freight.", "By when must regional councils finish the canal link?"),
    ("Growers oppose the water levy, which parliament raised in 2023, and new permits.",
     "In what year did parliament raise the water levy?"),
    ("The old lighthouse, which the town council sold last month, will become a hotel.",
     "When did the town council sell the old lighthouse?"),
])
def test_a_date_ending_an_object_relative_dates_its_clause(text: str, question: str) -> None:
    assert question in [q for q, _ in _asked(text)]


def test_an_object_relative_with_a_pronoun_is_not_asked() -> None:
    assert [q for q, _ in _asked("The old lighthouse, which they sold last month, will become "
                                 "a hotel.")] == [""]


@pytest.mark.parametrize("text, question", [
    ("Firefighters were called to the sawmill in the early hours of Sunday.",
     "On what date were firefighters called to the sawmill?"),
    ("The trawler sank on the night of 3 March.", "On what date did the trawler sink?"),
    ("In the early hours of Monday, rebels shelled the port.",
     "On what date did rebels shell the port?"),
])
def test_a_part_of_the_day_of_a_date_goes_with_the_date(text: str, question: str) -> None:
    assert [q for q, _ in _asked(text)] == [question]


def test_local_time_goes_with_its_day() -> None:
    assert [q for q, _ in _asked("The consulate was attacked on Monday local time.")] == [
        "On what date was the consulate attacked?"]


@pytest.mark.parametrize("text, question", [
    ("The ordinance, passed in 2019, bans diesel buses.",
     "In what year was the ordinance passed?"),
    ("The brewery, founded in 1998 by two chemists, employs 80 people.",
     "In what year was the brewery founded by two chemists?"),
])
def test_a_participle_aside_on_the_subject_dates_its_event(text: str, question: str) -> None:
    assert [q for q, _ in _asked(text)] == [question]


def test_a_participle_aside_on_a_possessive_subject_is_not_asked() -> None:
    assert [q for q, _ in _asked("Its oldest branch, opened in 1971, will close.")] == [""]


@pytest.mark.parametrize("text, questions", [
    ("The pier was built in 1890 and restored in 2012.",
     ["In what year was the pier built?", "In what year was the pier restored?"]),
    ("The bishop was appointed in 2010 and retired in 2022.",
     ["In what year was the bishop appointed?", "In what year did the bishop retire?"]),
])
def test_a_second_participle_of_a_passive_stays_passive(text: str,
                                                        questions: list[str]) -> None:
    assert [q for q, _ in _asked(text)] == questions


def test_a_deadline_of_an_infinitive_of_intent_is_not_the_main_verbs() -> None:
    asked = _asked("The province, which had funded the tram line as part of its plan to cut "
                   "car traffic by a third by 2030, said it would appeal.")
    assert all(not q.startswith("By when had the province funded") for q, _ in asked)


def test_an_expected_event_keeps_its_date() -> None:
    assert _asked("The senate is expected to debate the bill in April.") == [
        ("When is the senate expected to debate the bill?", "April 2025")]


def test_a_month_of_a_relative_year_is_asked_with_when() -> None:
    assert _asked("The mill last raised its prices in October last year.", published=None) == [
        ("When did the mill last raise its prices?", "October last year")]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize("text", [
    "Rents have risen 7% over the last year.",
    "Turnout fell in the last week of the campaign.",
])
def test_a_stretch_of_time_is_no_relative_date(text: str, published: dt.date | None) -> None:
    assert _asked(text, published=published) == []


@pytest.mark.parametrize("text", [
    "Exports were 4% higher than a month ago.",
    "Inflation eased to 2.2% from 3.1% a year ago.",
    "Fares are up 6% compared with three weeks ago.",
    "Output rose from 200 tonnes two years ago to 450 tonnes.",
])
def test_a_time_ago_of_a_figure_compared_with_is_no_date(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("text, question", [
    ("Under guidelines issued by the Health Ministry last month, clinics must open at weekends.",
     "When did the Health Ministry issue the guidelines?"),
    ("Figures released by Statistics Norway on Monday showed that exports fell.",
     "On what date did Statistics Norway release the figures?"),
])
def test_a_plural_noun_with_a_named_agent_dates_the_agents_act(text: str,
                                                               question: str) -> None:
    assert question in [q for q, _ in _asked(text)]


@pytest.mark.parametrize("text, question", [
    ("Exports fell after the harbour strike in May 2023.", ""),  # which strike?
    ("Exports fell after the Kessel Bay Strike in May 2023.",
     "When was the Kessel Bay Strike?"),
])
def test_an_event_named_only_by_a_common_noun_is_not_asked(text: str, question: str) -> None:
    asked = _asked(text)
    assert [q for q, _ in asked] in ([question], [""])
    assert all(not q.startswith("When was the harbour strike") for q, _ in asked)
