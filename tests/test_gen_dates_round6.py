"""Dates on text nobody tuned on: reporting verbs, causatives, "N years ago", participles,
lists before the date and the year of an undated wire dateline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from quiz.generate.article import read_article
from quiz.generate.dates import date_facts
from quiz.generate.facts import Article, Fact, Sentence

PUBLISHED = dt.date(2024, 11, 14)  # a Thursday


def _facts(text: str, published: dt.date | None = PUBLISHED) -> list[Fact]:
    article = Article(file="test.txt", title="Test", sentences=(Sentence(0, text),),
                      published=published)
    return date_facts(article)


def _asked(text: str) -> list[tuple[str, str]]:
    return [(fact.question, fact.answer) for fact in _facts(text)]


@pytest.mark.parametrize("text, question, answer", [
    # a finding reported at the end of the sentence: the day it was made public
    ("A review of the county's flood defences has concluded that most barriers were poorly "
     "maintained and several had never been inspected by engineers, officials said on "
     "Tuesday.",
     "On what date did officials announce the findings of a review of the county's flood "
     "defences?", "12 November 2024"),
    # a causative's object did what the infinitive says
    ("The leak prompted the water company to announce on Monday that every home would get "
     "bottled water.",
     "On what date did the water company announce that every home would get bottled "
     "water?", "11 November 2024"),
    ("Heavy snow forced organisers to cancel the final race of the season on Sunday.",
     "On what date did organisers cancel the final race of the season?", "10 November 2024"),
    # a date on a reporting verb whose that-clause quotes a phrase or goes on with a clause
    ("The orchestra said last month that \"about 300\" tickets had been sold.",
     "When did the orchestra say that \"about 300\" tickets had been sold?", "October 2024"),
    ("The museum said on Wednesday that an audit had found the paintings were in storage for "
     "ten years before they were catalogued.",
     "On what date did the museum say that an audit had found the paintings were in storage "
     "for ten years?", "13 November 2024"),
    # "N years ago" is the publication year minus N
    ("Three years ago, the cooperative was forced to sell its largest dairy farm.",
     "In what year was the cooperative forced to sell its largest dairy farm?", "2021"),
    # a participle with an agent dates its own noun, not the sentence's verb
    ("Growers blamed the poor harvest on new pesticide limits imposed by the ministry last "
     "year, which cut yields sharply.",
     "In what year were the new pesticide limits imposed by the ministry?", "2023"),
    # the commas of a list before the date do not end the clause
    ("Engineers closed the bridges over the Rhine, the Main and the Neckar on Tuesday.",
     "On what date did engineers close the bridges over the Rhine, the Main and the Neckar?",
     "12 November 2024"),
])
def test_questions_on_new_shapes(text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_a_participle_after_an_appositive_is_not_the_main_verb() -> None:
    asked = _asked("The referee sent off the captain after a clash in the tunnel, a breach of "
                   "the conduct rules introduced in 2021.")
    assert ("In what year were the conduct rules introduced?", "2021") in asked
    assert not any("did a breach" in question for question, _ in asked)


def test_years_ago_is_explained_and_loose_counts_are_not_dates() -> None:
    [fact] = _facts("The mill closed two years ago.")
    assert (fact.answer, fact.value) == ("2022", "2022")
    assert "two years ago" in fact.explanation and "14 November 2024" in fact.explanation
    assert _facts("The chapel was built some 12 years ago.") == []
    assert _facts("The chapel was built 60 years ago.") == []
    [undated] = _facts("The mill closed two years ago.", published=None)
    assert (undated.answer, undated.when) == ("two years ago", None)  # as the story names it


def test_a_causative_that_says_nothing_of_the_event_is_not_read_as_one() -> None:
    asked = _asked("The union urged its members to strike on Monday.")
    assert not any("did its members strike" in question for question, _ in asked)


def test_a_compound_opener_is_lower_cased_inside_the_question() -> None:
    asked = _asked("Nineteen-year-old Ana Ruiz of Chile won the national junior title on "
                   "Sunday.")
    assert ("On what date did nineteen-year-old Ana Ruiz of Chile win the national junior "
            "title?", "10 November 2024") in asked


def _wire(tmp_path: Path, body: str) -> Article:
    path = tmp_path / "story.txt"
    path.write_text(f"Headline about a harbour\n\n{body}\n", encoding="utf-8")
    return read_article(path)


def test_wire_dateline_year_from_a_year_named_in_the_present(tmp_path: Path) -> None:
    # 12 March is a Wednesday in 2025 only (of 2025 and 2026)
    article = _wire(tmp_path, "OSLO, March 12 (Reuters) - Port workers walked out on "
                    "Wednesday over pay.\n\nIt is the union's second strike of 2025, "
                    "after one in 1998.")
    assert article.published == dt.date(2025, 3, 12)


def test_wire_dateline_year_is_not_taken_from_a_bound_or_a_forecast(tmp_path: Path) -> None:
    # 2 October is a Wednesday in 2019 and in 2024: "since 2019" must not date the story
    article = _wire(tmp_path, "PRAGUE, Oct 2 (Reuters) - The bank cut rates on Wednesday."
                    "\n\nWages rose at the fastest pace since 2019. The bank expects "
                    "inflation to average 2% in 2024.")
    assert article.published is None


def test_reported_date_with_a_that_clause_of_another_tense(tmp_path: Path) -> None:
    # "to announce on Monday that X would": Monday is past, the that-clause's tense is its own
    [monday] = [f for f in _facts("The crash prompted the airline to announce on Monday that "
                                  "all its jets would be inspected.")
                if f.answer.endswith("2024")]
    assert monday.answer == "11 November 2024"


@pytest.mark.parametrize("text, question, answer", [
    ("The hospital trust plans to open a second maternity unit next month, citing a rise in "
     "births.",
     "When does the hospital trust plan to open a second maternity unit?", "December 2024"),
    ("The two ferry operators are planning to raise fares next year.",
     "In what year are the two ferry operators planning to raise fares?", "2025"),
    # a date after "of the <noun>" with no relative clause is the clause's own
    ("The mayor met leaders of the fishing cooperative last week and promised new quays.",
     "When did the mayor meet leaders of the fishing cooperative?", "the week of 4 November 2024"),
])
def test_plans_and_dates_after_a_noun_of_a_phrase(text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_a_pronoun_or_a_clause_is_no_planner() -> None:
    assert all(not question or " she " in question  # named by the pipeline, or dropped
               for question, _ in _asked("She plans to retire next year."))
    assert all(not question.startswith("When does officials")
               for question, _ in _asked("Officials said the firm plans to expand next year."))


@pytest.mark.parametrize("text, question, answer", [
    # an aside on how something was said dates the statement
    ("In a statement issued on Friday, the orchestra confirmed that its conductor had left.",
     "On what date did the orchestra confirm that its conductor had left?", "8 November 2024"),
    ("The governor, speaking to farmers on Monday, said the dam would be repaired.",
     "On what date did the governor say the dam would be repaired?", "11 November 2024"),
    # a present-tense relative clause does not hide the subject
    ("The brewery, which employs 900 people, announced last week that it would move to Ghent.",
     "When did the brewery announce that it would move to Ghent?",
     "the week of 4 November 2024"),
    # a time of day before the date goes with it
    ("The lifeboats were launched shortly after midnight on Sunday.",
     "On what date were the lifeboats launched?", "10 November 2024"),
    # an event "held" on the date dates the clause it is part of
    ("Residents rejected the wind farm in a ballot held in March 2023.",
     "When did residents reject the wind farm in a ballot?", "March 2023"),
])
def test_asides_relatives_and_held_events(text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_a_participle_after_a_prepositional_phrase_is_never_the_main_verb() -> None:
    asked = _asked("Voters turned against the council over a parking levy introduced in 2019.")
    assert asked == [("In what year was the parking levy introduced?", "2019")]


def test_had_expected_puts_the_day_in_the_past() -> None:
    [fact] = _facts("Traders had expected the bank to raise rates at its meeting on Tuesday.")
    assert fact.answer == "12 November 2024"


def test_a_participle_aside_before_the_verb_is_read_past() -> None:
    asked = _asked("The hearing on the merger, initially planned for Monday, was delayed "
                   "until next week.")
    assert ("Until when was the hearing on the merger delayed?",
            "the week of 18 November 2024") in asked
    assert not any("plan for" in question for question, _ in asked)


def test_two_coordinated_days_give_no_question() -> None:
    asked = _asked("Dock workers stopped work on Thursday and Friday over pensions.")
    assert asked and all(question == "" for question, _ in asked)


@pytest.mark.parametrize("text, question, answer", [
    ("The new ferry terminal is due to open in the spring of 2026.",
     "When is the new ferry terminal due to open?", "spring 2026"),
    ("The county hospital is expected to reopen in 2026.",
     "In what year is the county hospital expected to reopen?", "2026"),
    # an opening adverbial takes the tense of the clause after its comma
    ("In February, the water board announced plans to build two reservoirs.",
     "When did the water board announce plans to build two reservoirs?", "February 2024"),
])
def test_schedules_seasons_of_a_year_and_opening_months(text: str, question: str,
                                                        answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_a_past_expectation_is_no_schedule() -> None:
    asked = _asked("The stadium was expected to reopen in 2023.")
    assert not any(question.startswith("In what year was the stadium expected")
                   for question, _ in asked)


def test_a_schedule_with_a_generic_subject_or_a_second_predicate_is_not_asked() -> None:
    for text in ("Negotiations are expected to resume on 5 March.",
                 "Work on the dam is due to start in May and will last two years."):
        assert all(question == "" for question, _ in _asked(text)), text


@pytest.mark.parametrize("text, question", [
    ("The railway told passengers on Friday that the line would reopen.",
     "On what date did the railway tell passengers that the line would reopen?"),
    ("The airline said in a filing on Monday that its chief executive would retire.",
     "On what date did the airline say in a filing that its chief executive would retire?"),
])
def test_a_that_clause_after_an_object_or_a_phrase_is_kept(text: str, question: str) -> None:
    assert question in [asked for asked, _ in _asked(text)]


def test_a_participle_that_describes_the_subject_is_asked_with_the_subjects_verb() -> None:
    asked = _asked("A survey published on Monday found that most commuters had cycled to "
                   "work.")
    assert ("On what date was a survey published that found that most commuters had cycled "
            "to work?", "11 November 2024") in asked
    assert not any("did a survey publish" in question for question, _ in asked)
    # the finding cannot be cut cleanly: no question rather than "... that found?"
    assert all(question == "" for question, _ in _asked(
        "A survey published on Monday found that most commuters cycle to work."))


@pytest.mark.parametrize("text, question", [
    ("At a rally in Porto on Saturday, the candidate promised lower rents.",
     "On what date did the candidate promise lower rents?"),
    ("During a visit to Nairobi on Monday, the foreign minister signed a trade deal.",
     "On what date did the foreign minister sign a trade deal?"),
    # a base form of a "-dged" verb keeps its "e"
    ("The governor pledged new funds for schools on Monday.",
     "On what date did the governor pledge new funds for schools?"),
])
def test_an_occasion_opening_the_sentence_dates_its_clause(text: str, question: str) -> None:
    assert question in [asked for asked, _ in _asked(text)]


def test_a_records_since_is_no_event_and_a_second_day_is_no_question() -> None:
    asked = _asked("The pound fell to its lowest level against the euro since 2009 on Friday.")
    assert asked and all(question == "" for question, _ in asked)


def test_results_expected_on_a_day_are_in_the_future() -> None:
    [fact] = [f for f in _facts("Polls close at 9pm, with results expected on Monday.")]
    assert fact.answer == "18 November 2024"


@pytest.mark.parametrize("text, answer", [
    # published on Thursday 14 November 2024
    ("Fans queued for tickets that go on sale on Friday.", "15 November 2024"),
    ("The council has until Friday to respond.", "15 November 2024"),
    ("Negotiators hope to reach a deal by Sunday.", "17 November 2024"),
    ("The ferry had been due to sail on Sunday but stayed in port.", "10 November 2024"),
    ("The judge adjourned the hearing until Friday.", "15 November 2024"),
    ("The club must reply by Friday.", "15 November 2024"),
])
def test_the_tense_around_a_day_decides_which_one_it_is(text: str, answer: str) -> None:
    assert [fact.answer for fact in _facts(text)] == [answer]


def test_a_bound_day_after_a_past_verb_is_not_guessed() -> None:
    assert _facts("The bridge was closed until Friday.") == []


def test_a_story_without_a_date_asks_for_the_day_it_names() -> None:
    [fact] = _facts("The orchestra's conductor resigned on Sunday after a row with the board.",
                    published=None)
    assert (fact.question, fact.answer) == (
        "On what day did the orchestra's conductor resign?",
        "Sunday")
    assert "on Sunday" in fact.accept
    # a day of the future is asked the same way (round 10b); one in a story with a date is
    # resolved to its date
    assert [(f.question, f.answer) for f in _facts("The conductor will resign on Sunday.",
                                                   published=None)] == [
        ("On what day will the conductor resign?", "Sunday")]
    assert all(f.answer != "Sunday" for f in _facts("The conductor resigned on Sunday."))


def test_wire_dateline_year_is_not_taken_from_a_year_of_the_past(tmp_path: Path) -> None:
    # 12 March is a Thursday in 2020: "last flooded in 2019" says nothing of the story's year
    article = _wire(tmp_path, "LYON, March 12 (Wire) - The council closed the bridge on "
                    "Thursday.\n\nThe town last flooded in 2019.")
    assert article.published is None


def test_a_plan_is_put_in_no_time_order() -> None:
    [plan] = [f for f in _facts("The hospital trust plans to open a new ward next month.")
              if f.question]
    assert plan.when is None  # order cards list what happened
    [done] = [f for f in _facts("The trust opened a new ward last month, aiming to cut "
                                "waiting times.") if f.question]
    assert done.when is not None


def test_a_state_participle_leaves_the_date_to_the_verb_after_it() -> None:
    asked = _asked("The alliance led by Norway on Monday agreed a new fishing quota.")
    assert ("On what date did the alliance led by Norway agree a new fishing quota?",
            "11 November 2024") in asked


def test_a_participle_after_the_object_is_not_the_main_verb() -> None:
    for text in ("The club sacked the coach hired in 2019.",
                 "The team signed players released in June."):
        assert all(not question.endswith(("hired?", "released?"))
                   for question, _ in _asked(text)), text
    assert ("In what year did the bridge reopen?", "2019") in _asked(
        "The minister said the bridge reopened in 2019.")


def test_a_question_cut_after_a_participle_is_not_asked() -> None:
    for text in ("The agency fined the bank accused in 2021.",
                 "The union balloted the members employed in 2020."):
        assert all(not question.endswith("ed?") for question, _ in _asked(text)), text
