"""Figures: spans with their qualifiers, what they count, and the questions asked about them."""

from __future__ import annotations

import pytest

from quiz.generate.facts import AnswerKind, Article, Sentence
from quiz.generate.figures import _FIGURE, figure_facts, find_figures, number_value


def _article(*sentences: str) -> Article:
    return Article(file="test.txt", title="Test",
                   sentences=tuple(Sentence(i, text) for i, text in enumerate(sentences)))


@pytest.mark.parametrize("text, answer, thing, kind", [
    ("The charity fed more than 3,000 families last winter.", "more than 3,000", "families",
     AnswerKind.COUNT),
    ("The firm paid $4.5 million for the site.", "$4.5 million", "for", AnswerKind.AMOUNT),
    ("Sales grew 12% in the spring.", "12%", "", AnswerKind.PERCENT),
    ("The repair took about five months.", "about five months", "months", AnswerKind.DURATION),
    ("Dozens of fans waited outside.", "Dozens", "fans", AnswerKind.COUNT),
    ("Crews fired over a dozen flares.", "over a dozen", "flares", AnswerKind.COUNT),
    ("The band played a pair of encores.", "a pair", "encores", AnswerKind.COUNT),
    ("The team won its second title.", "second", "title", AnswerKind.ORDINAL),
])
def test_figure_spans_keep_qualifiers(text: str, answer: str, thing: str,
                                      kind: AnswerKind) -> None:
    [figure] = find_figures(text, [])
    assert (figure.answer, figure.kind) == (answer, kind)
    if kind is AnswerKind.COUNT:
        assert figure.thing == thing


def test_ranges_and_their_ends() -> None:
    found = find_figures("Membership fell from 5,300 to 2,500 by the spring.", [])
    assert [(f.answer, f.kind) for f in found] == [("5,300", AnswerKind.COUNT),
                                                   ("2,500", AnswerKind.COUNT)]
    [timeline] = find_figures("They proposed a two- to five-year timeline.", [])
    assert timeline.kind is AnswerKind.RANGE and timeline.value == "2/5"


@pytest.mark.parametrize("text", [
    "The F-35 jet flew over the stadium.",
    "COVID-19 closed the schools.",
    "One of those players left.",
    "The two teams met again.",
    "The club opened a second shop.",
    "It has a few other plans.",
])
def test_numbers_that_are_not_figures(text: str) -> None:
    assert find_figures(text, []) == []


def test_dates_are_skipped() -> None:
    text = "On 3 January 2020, 40 runners started."
    figures = find_figures(text, [(3, 17)])
    assert [f.answer for f in figures] == ["40"]


def test_joined_durations() -> None:
    [duration] = find_figures("She won in 2 hours 19 minutes.", [])
    assert duration.answer == "2 hours 19 minutes"


@pytest.mark.parametrize("sentence, question, answer", [
    ("More than 18,000 runners started the race.", "How many runners started the race?",
     "More than 18,000"),
    ("There are an estimated 400 wolves living in the park.",
     "How many wolves are living in the park?", "an estimated 400"),
    ("Engineers replaced 46 beams and the whole deck.", "How many beams did engineers replace?",
     "46"),
    ("The strike at the port lasted for nearly six weeks.",
     "How long did the strike at the port last?", "nearly six weeks"),
    # the introductory phrase says which event the figure belongs to: the question keeps it
    ("As a result of these floods in the valley, 40 families lost their homes.",
     "How many families lost their homes as a result of the floods in the valley?", "40"),
    ("During the 2019 season, 12 players joined the club.",
     "How many players joined the club during the 2019 season?", "12"),
    # not one short phrase: left out
    ("In response, 300 volunteers cleaned the beach.", "How many volunteers cleaned the beach?",
     "300"),
    ("After the river flooded the town, 40 families lost their homes.",
     "How many families lost their homes?", "40"),
])
def test_figure_questions(sentence: str, question: str, answer: str) -> None:
    facts = [f for f in figure_facts(_article(sentence)) if f.answer == answer]
    assert [f.question for f in facts] == [question]


def test_doubtful_figures_have_no_question() -> None:
    facts = figure_facts(_article("They scored more than 60 times last season.",
                                  "Researchers estimate that its core is about 3 kilometres wide."))
    assert facts and all(f.question == "" for f in facts)


def test_number_value() -> None:
    assert number_value("2,500") == 2500
    assert number_value("5.3 million") == 5_300_000
    assert number_value("twenty-five") == 25
    assert number_value("a dozen") == 12
    assert number_value("banana") is None


def test_durations_keep_their_setting_too() -> None:
    facts = figure_facts(_article("During the 2019 strike, 300 drivers stopped work for five "
                                  "days.", "In January, a flood closed the road for nearly two "
                                  "weeks."))
    assert {f.answer: f.question for f in facts if f.question} == {
        "300": "How many drivers stopped work for five days during the 2019 strike?",
        "five days": "How long did 300 drivers stop work during the 2019 strike?",
        "nearly two weeks": "How long did a flood close the road in January?"}


@pytest.mark.parametrize("sentence, question, answer", [
    # a change: "By how much", the answer keeps its unit
    ("Shares in the airline fell 14 percent in Tokyo trading.",
     "By how much did shares in the airline fall in Tokyo trading?", "14 percent"),
    ("The new law raises the minimum wage by 6 percent.",
     "By how much does the new law raise the minimum wage?", "6 percent"),
    # a sum of money as the object: "How much", with its currency word
    ("The museum will receive 3 million euros from the lottery fund.",
     "How much will the museum receive from the lottery fund?", "3 million euros"),
    # a relative clause: its antecedent is the subject, a present tense asks with "does"
    ("The Harbour Pilots Association, which represents 310 pilots, rejected the offer.",
     "How many pilots does the Harbour Pilots Association represent?", "310"),
])
def test_how_much_and_how_many_questions(sentence: str, question: str, answer: str) -> None:
    facts = [f for f in figure_facts(_article(sentence)) if f.question]
    assert [(f.question, f.answer) for f in facts] == [(question, answer)]


def test_a_thing_with_a_participle_after_it_is_not_moved() -> None:
    facts = figure_facts(_article("The brewery is recalling 40,000 bottles sold in Norway."))
    assert facts and all(f.question == "" for f in facts)


def test_a_name_that_opens_the_sentence_keeps_its_capital() -> None:
    facts = figure_facts(_article("Wanderers have won 12 matches this season.",
                                  "The coach said Wanderers would not sell players."))
    assert [f.question for f in facts if f.question] == [
        "How many matches have Wanderers won this season?"]


@pytest.mark.parametrize("sentence, question, answer", [
    # "said it": the pronoun is the body that said it
    ("The port authority said it had closed three terminals after the storm.",
     "How many terminals had the port authority closed after the storm?", "three"),
    # a second figure joined to the subject is left out
    ("About 400 volunteers and 30 boats are searching the coast.",
     "How many volunteers are searching the coast?", "About 400"),
    # "of" + noun stays with the thing counted
    ("The regulator received 14 complaints of overcharging in the north.",
     "How many complaints of overcharging did the regulator receive in the north?", "14"),
])
def test_count_questions_through_said_it_joined_figures_and_of(sentence: str, question: str,
                                                               answer: str) -> None:
    facts = [f for f in figure_facts(_article(sentence)) if f.question]
    assert [(f.question, f.answer) for f in facts] == [(question, answer)]


@pytest.mark.parametrize(("text", "branch", "span"), [
    ("Rates rose by 25 basis points.", "points", "25 basis points"),
    ("Turnout fell by half a percentage point.", "points", "half a percentage point"),
    ("One in four adults smoke.", "share", "One in four"),
    ("Only 3 out of 10 passed.", "share", "Only 3 out of 10"),
    ("Police said 12 of the 40 cells were empty.", "share", "12 of the 40"),
    ("Sales were cut by a third.", "share", "a third"),
    ("The bill passed by 52 votes to 31.", "tally", "52 votes to 31"),
    ("Voters rejected it by almost three to one.", "ratio", "almost three to one"),
    ("She finished 5th in the final.", "ordinal", "5th"),
    ("The club is 14th in the league.", "ordinal", "14th"),
    ("It is the third-largest bank.", "ordinal", "third-largest"),
    ("They marked the 21st anniversary.", "ordinal", "21st"),
    ("Temperatures hit 46.2C on Monday.", "temp", "46.2C"),
    ("It fell to minus 40 degrees.", "temp", "minus 40 degrees"),
    ("Water boils at 212 °F at sea level.", "temp", "212 °F"),
    ("It cost $5 to $10 each.", "range", "$5 to $10"),
    ("About 12 people died.", "figure", "About 12"),
])
def test_each_kind_of_figure_is_found_by_its_branch(text: str, branch: str, span: str) -> None:
    # every branch of the pattern opens with a look-ahead that only states what the branch
    # needs (a cheap early exit at numbers): each still finds its kind, at a number too
    assert [match.group(branch) for match in _FIGURE.finditer(text)
            if match.group(branch)] == [span]
