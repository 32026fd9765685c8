"""Round 4 of dates and figures: dates inside after-clauses, starts in the future, the year of
an undated wire story, unresolved years for times after a past verb."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from quiz.generate.article import read_article
from quiz.generate.dates import date_facts
from quiz.generate.facts import Article, Sentence

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _article(*sentences: str, published: dt.date | None = PUBLISHED) -> Article:
    return Article(file="test.txt", title="Test",
                   sentences=tuple(Sentence(i, text) for i, text in enumerate(sentences)),
                   published=published)


def _dated(*sentences: str, published: dt.date | None = PUBLISHED) -> dict[str, str]:
    return {f.answer: f.question for f in date_facts(_article(*sentences, published=published))}


def test_a_finding_after_the_main_clause_names_what_they_are() -> None:
    asked = _dated("The agency withdrew two vaccines from sale after a panel found on Monday "
                   "that they had caused rare side effects.")
    assert asked["10 March 2025"] == ("On what date did a panel find that the vaccines had "
                                      "caused rare side effects?")


def test_an_unclear_they_is_not_asked() -> None:
    asked = _dated("The agency withdrew two vaccines and three pills after a panel found on "
                   "Monday that they had caused rare side effects.")
    assert asked["10 March 2025"] == ""


def test_a_future_start_is_asked_from_what_date() -> None:
    asked = _dated("The city will close three bridges to lorries from Monday after "
                   "inspectors found cracks.", "The new fares will apply from 1 April.")
    assert asked["17 March 2025"] == ("From what date will the city close three bridges to "
                                      "lorries?")
    assert asked["1 April 2025"] == "From what date will the new fares apply?"


def test_a_past_start_stays_a_cloze() -> None:
    assert _dated("The union voted on Tuesday to accept the offer, which ran from 1 March.")\
        .get("1 March 2025", "") == ""


def test_a_time_after_a_past_verb_gets_no_guessed_year() -> None:
    found = {f.answer for f in date_facts(_article(
        "The board voted to open the new wing in September.",
        "The minister said the cuts were needed so that schools stay open in October.",
        "Forecasters said there was little chance of snow before the end of April."))}
    assert "September" in found and "October" in found
    assert not any("2024" in answer for answer in found)


def _read(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path)


def test_an_undated_wire_story_takes_the_one_year_its_dates_and_weekday_fit(
        tmp_path: Path) -> None:
    article = _read(tmp_path, "Port strike ends\n\nROTTERDAM, March 5 (Reuters) - Dock "
                    "workers on Wednesday ended a strike that began in November 2024.\n\n"
                    "The union will vote on the deal next week.\n")
    assert article.published == dt.date(2025, 3, 5)


def test_a_wire_story_with_only_a_since_year_stays_undated(tmp_path: Path) -> None:
    article = _read(tmp_path, "Rates cut\n\nOSLO, Oct 2 (Reuters) - The bank cut rates on "
                    "Wednesday, the first cut since 2019.\n")
    assert article.published is None


def test_a_wire_story_whose_weekday_fits_no_year_stays_undated(tmp_path: Path) -> None:
    article = _read(tmp_path, "Port strike ends\n\nROTTERDAM, March 5 (Reuters) - Dock "
                    "workers on Thursday ended a strike that began in November 2024.\n")
    assert article.published is None


def _figures(*sentences: str) -> dict[str, str]:
    from quiz.generate.figures import figure_facts

    return {f.answer: f.question for f in figure_facts(_article(*sentences))}


def test_a_share_a_thing_changed_by_is_asked_by_how_much() -> None:
    asked = _figures("The agency raised the number of inspections by nearly a quarter in "
                     "response to a series of accidents.",
                     "Pensioners had their payments cut by a fifth last year.",
                     "The town will have its budget for roads reduced by two-thirds.")
    assert asked["nearly a quarter"] == "By how much did the agency raise the number of " \
        "inspections?"
    assert asked["a fifth"] == "By how much were pensioners' payments cut last year?"
    assert asked["two-thirds"] == "By how much will the town's budget for roads be reduced?"


def test_a_share_of_a_whole_stays_a_cloze() -> None:
    assert _figures("Nearly a third of the staff left the firm.")["Nearly a third"] == ""


def test_temperatures_are_figures_but_model_names_are_not() -> None:
    asked = _figures("The heatwave pushed temperatures to 41.5C, a record.",
                     "At night the crater cools to minus 180 degrees Celsius.",
                     "The 4C model sold well.")
    assert "41.5C" in asked and "minus 180 degrees Celsius" in asked
    assert "4C" not in asked


def test_a_second_verb_of_a_reported_clause_keeps_its_subject() -> None:
    asked = _dated("The mayor said the bridge would reopen in May and would carry trams by "
                   "the end of the year.")
    assert asked["the end of 2025"] == "By when would the bridge carry trams?"


def test_a_date_after_a_noun_with_a_relative_clause_is_that_events() -> None:
    asked = _dated("The delays were blamed on staff shortages and on a fire last month that "
                   "destroyed a depot in Leeds.")
    assert asked["February 2025"] == "When was the fire that destroyed a depot in Leeds?"


def test_nothing_is_asked_about_what_did_not_happen() -> None:
    assert _dated("The minister said no school would close before 2030.")["2030"] == ""


def test_a_duration_of_a_gerund_or_a_distance_from_a_place_is_not_asked() -> None:
    asked = _figures("The deputy accused the council of ignoring complaints from tenants for "
                     "more than a decade.", "The rider attacked eight kilometres from the "
                     "finish and won.", "The strike lasted for three weeks.")
    assert asked["more than a decade"] == "" and asked["eight"] == ""
    assert asked["three weeks"] == "How long did the strike last?"


def test_a_change_keeps_its_time_after_the_level_reached() -> None:
    asked = _figures("Profits fell 14% to 3.1 billion francs last year.")
    assert asked["14%"] == "By how much did profits fall last year?"


def test_times_of_day_and_a_year_earlier_are_no_figures() -> None:
    found = _figures("The cuts will run from 11 p.m. to 7 a.m. in 47 towns.",
                     "Exports fell to 3.1 million tonnes, compared with 4.5 million tonnes a "
                     "year earlier.")
    assert "11" not in found and "7" not in found and "a year" not in found
    assert "47" in found


def test_a_days_event_as_the_object_is_asked_with_its_clause() -> None:
    asked = _dated("The Greens won Sunday's local election in Bremen with 31% of the vote.",
                   "Tuesday's vote was delayed by a storm.",
                   "She said Sunday's programme had more films.")
    assert asked["9 March 2025"] == ("On what date did the Greens win the local election in "
                                     "Bremen with 31% of the vote?")
    assert asked["11 March 2025"] == ""  # the vote's day, not the delay's
    assert len(asked) == 2  # a programme is no event


def test_a_nationality_before_a_name_is_not_offered_among_plain_names() -> None:
    from dataclasses import replace as with_

    from quiz.generate.facts import AnswerKind as Kind, Fact
    from quiz.generate.questions import _without_demonym
    from quiz.model import Category

    fact = Fact(category=Category.ACTOR, kind=Kind.PERSON, article="a.txt",
                sentence=Sentence(0, "Dutchman Pieter Vos won the stage."),
                question="Who won the stage?", answer="Dutchman Pieter Vos")
    assert _without_demonym(fact) == "Pieter Vos"
    assert _without_demonym(with_(fact, answer="Pieter Vos")) == "Pieter Vos"


def test_next_and_last_week_are_asked_as_weeks() -> None:
    facts = date_facts(_article(
        "The chief executive said the airline was \"deeply disappointed\" and would decide "
        "next week whether to appeal.", "The union, Port Workers United, rejected an offer "
        "last week, but talks continue."))
    asked = {f.answer: f.question for f in facts}
    assert asked["the week of 17 March 2025"] == "When would the airline decide whether to " \
        "appeal?"
    assert asked["the week of 3 March 2025"] == "When did the union, Port Workers United, " \
        "reject an offer?"


def test_a_week_is_offered_among_weeks() -> None:
    from quiz.generate.questions import _date_style_ok, _synthesised

    fact = next(f for f in date_facts(_article("The board will meet next week to decide.")))
    assert _synthesised(fact)[:2] == ["the week of 10 March 2025", "the week of 24 March 2025"]
    assert not _date_style_ok(fact, "17 March 2025")


def test_an_unnamed_indefinite_subject_is_not_asked() -> None:
    asked = _dated("Repairs were delayed because a supplier went bankrupt in the summer.",
                   "A storm damaged the Kestrel Bridge in January.")
    assert asked["summer 2024"] == ""
    assert asked["January 2025"] == "When did a storm damage the Kestrel Bridge?"


def test_a_past_day_is_not_offered_days_after_the_storys_latest_past_event() -> None:
    from quiz.generate.dates import parse_date
    from quiz.generate.questions import DistractorPool, distractors

    facts = date_facts(_article("The council voted on Monday to close the pool.",
                                "The mayor resigned on Tuesday.",
                                "The new pool will open on 2 June.",
                                published=dt.date(2025, 3, 12)))
    pool = DistractorPool.build(facts)
    vote = next(f for f in facts if f.question.startswith("On what date did the council"))

    class _NoNames:
        def same(self, a: str, b: str) -> bool:
            return a == b

        def aliases(self, name: str) -> tuple[str, ...]:
            return (name,)

        def family(self, name: str) -> str:
            return ""

    wrong = distractors(vote, pool, _NoNames())
    assert wrong and "2 June 2025" not in wrong
    assert all((parse_date(w) or dt.date.min) <= dt.date(2025, 3, 14) for w in wrong)


def test_a_share_is_offered_among_other_simple_fractions() -> None:
    from quiz.generate.figures import figure_facts
    from quiz.generate.questions import _synthesised

    share = next(f for f in figure_facts(_article("Sales fell by nearly a third last year.")))
    assert _synthesised(share)[:3] == ["nearly half", "nearly a quarter", "nearly two-thirds"]


def test_a_date_after_what_was_responded_to_is_that_events() -> None:
    asked = _dated("The dispute flared when the union called a strike in response to an "
                   "arson attack at the Leeds depot on 3 March.")
    assert asked["3 March 2025"] == "On what date was the arson attack at the Leeds depot?"


def test_a_short_question_about_no_one_in_particular_is_not_asked() -> None:
    asked = _dated("Rainfall was the lowest since records began in 1921.",
                   "The dam was built in 1956.")
    assert asked["1921"] == ""
    assert asked["1956"] == "In what year was the dam built?"
