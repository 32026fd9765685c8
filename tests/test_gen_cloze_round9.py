"""Clozes and figures, round 9: no gap the rest of the sentence answers (a two-way split, a
total beside its parts, an ordinal forced by its context word), no vague quantity word where
the article is precise or inside a quotation, and ages, rate points and units as figures."""

from __future__ import annotations

import pytest

from quiz.generate.card_cloze import cloze_question
from quiz.generate.facts import Fact
from quiz.generate.figures import figure_facts
from tests.gen_support import article


def _facts(*texts: str) -> dict[str, Fact]:
    return {fact.answer: fact for fact in figure_facts(article(*texts))}


def _cloze(answer: str, *texts: str) -> str | None:
    return cloze_question(_facts(*texts)[answer])


# -- gaps the sentence answers ------------------------------------------------------------


@pytest.mark.parametrize(("text", "answer", "cut"), [
    ("With most ballots counted, Jana Holm had 61.4% of the vote against 38.6% for Erik Berg, "
     "the election board said on Monday.", "61.4%",
     "With most ballots counted, Jana Holm had ___ of the vote, the election board said on "
     "Monday."),
    ("Shareholders backed the merger with 72% of the votes cast, compared with 28% against.",
     "72%", "Shareholders backed the merger with ___ of the votes cast."),
    ("In the referendum, 55 percent voted to keep the old flag and 45 percent for the new one.",
     "55 percent", "In the referendum, ___ voted to keep the old flag."),
])
def test_a_share_whose_other_side_follows_is_asked_without_it(text: str, answer: str,
                                                              cut: str) -> None:
    assert _cloze(answer, text) == cut


@pytest.mark.parametrize(("text", "answer"), [
    # the other side comes first: nothing to cut
    ("With most ballots counted, Jana Holm had 61.4% of the vote against 38.6% for Erik Berg, "
     "the election board said on Monday.", "38.6%"),
    # a total and its parts
    ("The bus crash injured 20 passengers, 12 of them seriously and 8 slightly, police said.",
     "20"),
    ("The bus crash injured 20 passengers, 12 of them seriously and 8 slightly, police said.",
     "12"),
    # a change and its two ends
    ("The club now has 8,000 members, 5,000 of them adults and 3,000 children.", "8,000"),
    # the dead are the difference of those on board and those rescued
    ("Nine climbers died when the avalanche struck on Friday, and 31 of the 40 people in the "
     "group were rescued by helicopter.", "Nine"),
])
def test_a_gap_the_other_numbers_of_the_sentence_compute_is_no_cloze(text: str,
                                                                     answer: str) -> None:
    assert _cloze(answer, text) is None


@pytest.mark.parametrize(("text", "answer"), [
    ("The hospital treated 40 patients overnight and 12 nurses were called in from home.", "40"),
    # a clock time and a hyphenated age are no quantities to add up
    ("Kenya's Ruth Otieno won in 2:16:40 despite falling at a drinks station after 18 km.",
     "18 km"),
    ("Four people, including an eight-month-old baby, were taken to hospital and 12 children "
     "were sent home from the school.", "Four"),
])
def test_figures_the_sentence_does_not_compute_stay_clozes(text: str, answer: str) -> None:
    assert _cloze(answer, text) is not None


def test_the_dead_of_a_sentence_that_gives_them_away_are_still_asked() -> None:
    fact = _facts("Nine climbers died when the avalanche struck on Friday, and 31 of the 40 "
                  "people in the group were rescued by helicopter.")["Nine"]
    assert fact.question == "How many climbers died when the avalanche struck on Friday?"


@pytest.mark.parametrize(("text", "answer"), [
    ("The governor, whose party has ruled since 2010, was barred by law from seeking a "
     "consecutive second term.", "second"),
    ("The coach is seeking a second term as president of the federation.", "second"),
    ("The cyclist was chasing a successive third title in the mountain race.", "third"),
])
def test_an_ordinal_its_context_word_forces_is_no_cloze(text: str, answer: str) -> None:
    assert _cloze(answer, text) is None


def test_an_ordinal_that_says_something_stays() -> None:
    assert _cloze("third", "The Rovers won a third straight league title on Saturday.") == \
        "The Rovers won a ___ straight league title on Saturday."


# -- vague quantities -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "answer"), [
    ('"Half the town was under water by midnight," said the fire chief, Oskar Lind.', "Half"),
    ('"We lost dozens of cattle in the night," said Maria Costa, a farmer near the river.',
     "dozens"),
])
def test_a_vague_quantity_inside_a_quotation_is_no_gap(text: str, answer: str) -> None:
    assert _cloze(answer, text) is None


def test_a_number_inside_a_quotation_may_still_be_gapped() -> None:
    assert _cloze("40", '"We lost 40 cattle in the night," said Maria Costa, a farmer near '
                        'the river.') is not None


@pytest.mark.parametrize("texts", [
    ("Floods have driven thousands of residents from their homes in the valley.",
     "About 4,200 people have been moved to shelters, officials said."),
    ("The strike left hundreds of pupils without lessons on Monday.",
     "The ministry said 640 pupils at three schools were sent home."),
    ("A ferry strike has stranded thousands of travellers at the port.",
     "About 11,000 passengers hold tickets for the crossing this week."),
])
def test_a_vague_count_the_article_gives_precisely_is_no_figure(texts: tuple[str, str]) -> None:
    answers = [fact.answer.lower() for fact in figure_facts(article(*texts))]
    assert not any(a.startswith(("thousands", "hundreds")) for a in answers)
    assert answers


@pytest.mark.parametrize("texts", [
    # the same noun at another time
    ("Thousands of troops were sent back in 2014 to train the army.",
     "There are an estimated 2,500 troops in the country now."),
    # another thing counted
    ("Dozens of fans were hurt when the stand collapsed.",
     "The club employs 60 stewards on match days."),
])
def test_a_vague_count_of_something_else_stays(texts: tuple[str, str]) -> None:
    answers = [fact.answer.lower() for fact in figure_facts(article(*texts))]
    assert any(a.startswith(("thousands", "dozens")) for a in answers)


def test_scores_and_dozens_accept_each_other() -> None:
    assert "dozens" in _facts("Scores of workers were hurt in the blast at the plant.")[
        "Scores"].accept
    assert "scores" in _facts("Dozens of workers were hurt in the blast at the plant.")[
        "Dozens"].accept


# -- figures found ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "answer", "gapped"), [
    ("Ivo Rask, who died in 1958 at the age of 63, wrote five operas and a requiem.", "63",
     "Ivo Rask, who died in 1958 at the age of ___, wrote five operas and a requiem."),
    ("Tom Hale retired aged 38 after 600 league games for the club.", "38",
     "Tom Hale retired aged ___ after 600 league games for the club."),
])
def test_an_age_at_death_or_retirement_is_a_figure(text: str, answer: str, gapped: str) -> None:
    fact = _facts(text)[answer]
    assert f"{answer} years old" in fact.accept
    assert fact.question == ""  # no choices of other counts for an age
    assert cloze_question(fact) == gapped


def test_other_ages_are_clozes() -> None:
    text = "The skater began training at the age of four and turned professional at 17."
    fact = _facts(text)["four"]
    assert fact.question == ""
    assert cloze_question(fact) == ("The skater began training at the age of ___ and turned "
                                    "professional at 17.")


@pytest.mark.parametrize(("text", "answer", "question"), [
    ("The central bank raised its main rate by a quarter of a percentage point on Thursday.",
     "a quarter of a percentage point",
     "By how much did the central bank raise its main rate on Thursday?"),
    ("The reserve bank lowered its key rate by half a percentage point.",
     "half a percentage point", "By how much did the reserve bank lower its key rate?"),
    ("The lender raised its mortgage rate by 0.5 percentage points to 4.25%.",
     "0.5 percentage points", "By how much did the lender raise its mortgage rate?"),
    ("KESTRAVIK, June 4 (Reuters) - The central bank lowered its key rate by 25 basis points to "
     "3.5% on Wednesday.", "25 basis points",
     "By how much did the central bank lower its key rate?"),
])
def test_rate_points_are_one_figure(text: str, answer: str, question: str) -> None:
    fact = _facts(text)[answer]
    assert fact.question == question


@pytest.mark.parametrize(("text", "answer"), [
    ("At one point the lava flow was advancing at up to 2km an hour.", "up to 2km an hour"),
    ("The storm brought gusts of 120km/h to the coast on Sunday.", "120km/h"),
    ("Customs officers found 12kg of cocaine hidden in the spare tyre.", "12kg"),
    ("Only 11mm of rain fell in the city last month.", "Only 11mm"),
])
def test_a_number_with_a_unit_sign_is_answered_with_it(text: str, answer: str) -> None:
    fact = _facts(text)[answer]
    assert cloze_question(fact) is not None


def test_a_split_of_percentages_is_one_answer() -> None:
    text = "Nurses approved the pay deal by 64 per cent to 36 per cent, the union said on Friday."
    assert _cloze("64 per cent to 36 per cent", text) == \
        "Nurses approved the pay deal by ___, the union said on Friday."


def test_the_ends_of_a_change_in_percent_keep_their_sign() -> None:
    text = "The council wants the tourist tax cut from 8% to 5% so that hotels can compete."
    assert _cloze("8%", text) == ("The council wants the tourist tax cut from ___ to 5% so that "
                                  "hotels can compete.")


def test_the_other_vague_word_in_the_sentence_gives_nothing_away() -> None:
    text = "The band played scores of old songs and dozens of new ones at the festival."
    assert _cloze("dozens", text) == ("The band played scores of old songs and ___ of new "
                                      "ones at the festival.")


# -- figures that are no facts of their own, and questions that would be cut short ------------


@pytest.mark.parametrize(("text", "answer"), [
    ("The club must pay each player 8,000 euros ($8,700) in damages, the court ruled.",
     "$8,700"),
    ("The lake lies about 40 km (25 miles) north of the town, officials said.", "25"),
])
def test_a_conversion_in_brackets_is_no_figure(text: str, answer: str) -> None:
    assert answer not in _facts(text)


@pytest.mark.parametrize("text", [
    "Anna Berg said she had waited at the airport for hours with her husband and three "
    "children before the flight was cancelled.",
    "Omar Haddad, whose two sons play for the youth team, said the club had let them down.",
])
def test_the_size_of_a_family_is_no_figure(text: str) -> None:
    assert not figure_facts(article(text))


def test_a_time_with_commas_is_one_duration() -> None:
    text = ("The Norwegian won the race in 3 hours, 4 minutes and 9 seconds, a course record "
            "by two minutes.")
    assert _cloze("3 hours, 4 minutes and 9 seconds", text) == (
        "The Norwegian won the race in ___, a course record by two minutes.")


@pytest.mark.parametrize(("text", "answer", "gapped"), [
    ("Repairs could take anywhere from three to eight weeks, engineers said.",
     "from three to eight weeks", "Repairs could take anywhere ___, engineers said."),
    ("Each victim will receive between €1,500 and €4,000 under the settlement.",
     "between €1,500 and €4,000", "Each victim will receive ___ under the settlement."),
])
def test_a_span_of_values_is_one_answer(text: str, answer: str, gapped: str) -> None:
    assert _cloze(answer, text) == gapped


def test_a_change_in_money_keeps_each_end_with_its_sign() -> None:
    text = "Ticket sales rose from $5m to $7.5m last year, the club said."
    assert _cloze("$7.5m", text) == "Ticket sales rose from $5m to ___ last year, the club said."


@pytest.mark.parametrize("text", [
    # the object after "and" is a second name: cutting there would leave half of it
    "The ferry, which carries about 3,000 cars a day between Dover and Calais, was halted.",
    "Three charities have offered to run the Eastfield and Northgate centres, the council said.",
    # a number nobody received
    "None of the patients had received two doses of the vaccine, doctors said.",
])
def test_questions_that_would_be_cut_short_or_negated_are_not_asked(text: str) -> None:
    assert all(f.question == "" for f in figure_facts(article(text)))


def test_a_sum_asked_keeps_what_follows_its_aside() -> None:
    fact = _facts("Under the plan, drivers would be charged 300 kroner ($29) for each night "
                  "spent in the old town.")["300 kroner"]
    assert fact.question == "How much would drivers be charged for each night spent in the " \
                            "old town?"


def test_a_share_lost_is_no_change_to_ask_about() -> None:
    fact = _facts("Tests showed that some of the beams had lost up to 40% of their strength.")[
        "up to 40%"]
    assert fact.question == ""


def test_one_inside_a_quotation_is_no_gap() -> None:
    assert _cloze("only one", '"The tests left the board with only one safe choice."') is None


def test_several_needs_a_unit_of_time() -> None:
    answers = _facts("Rain had soaked the embankment over several winters.")
    assert not answers


@pytest.mark.parametrize("text", [
    "The ruling could open the door to hundreds of similar lawsuits, lawyers said.",
    "Thousands of seabird chicks were likely to have died in the spill, the warden said.",
    "Analysts expect a rush of applications as dozens of firms seek the new licences.",
])
def test_a_vague_count_in_a_guess_is_no_figure(text: str) -> None:
    assert not figure_facts(article(text))


def test_a_vague_count_stated_as_fact_stays() -> None:
    assert [f.answer for f in figure_facts(article(
        "Dozens of fans were treated for heat exhaustion at the final on Sunday."))] == ["Dozens"]


# -- date gaps with nothing to learn --------------------------------------------------------


def _date_cloze(span: str, text: str) -> str | None:
    from quiz.generate.dates import date_facts

    facts = [f for f in date_facts(article(text)) if span in text]
    return next((c for c in (cloze_question(f, span) for f in facts) if c), None) \
        if facts else None


@pytest.mark.parametrize(("span", "text"), [
    ("last year", "The clinic treated 4,000 patients last year, twice as many as in 2019."),
    ("next month", "The museum will reopen its east wing next month after repairs."),
    ("Tuesday", "Shares in the brewer rose 4%, the exchange said early on Tuesday."),
    ("Friday", "The deal was, in what analysts described on Friday as a surprise, approved."),
])
def test_a_relative_date_or_a_day_something_was_said_is_no_gap(span: str, text: str) -> None:
    assert _date_cloze(span, text) is None


def test_a_day_an_event_happened_is_still_a_gap() -> None:
    assert _date_cloze("Tuesday", "The brewer's shares rose 4% in early trading on Tuesday.") \
        == "The brewer's shares rose 4% in early trading on ___."


# -- sums and shares the scan missed ------------------------------------------------------


@pytest.mark.parametrize(("text", "answer"), [
    ("The £4 entry fee will apply to every visitor from next spring, the trust said.", "£4"),
    ("The union rejected the 3.5% rise offered by the hospital board last week.", "3.5%"),
    ("Regulators fined Nordvik Bank 85 million Norwegian crowns for weak money-laundering "
     "checks.", "85 million"),
])
def test_a_sum_or_share_after_the_is_a_figure(text: str, answer: str) -> None:
    assert cloze_question(_facts(text)[answer]) is not None


def test_a_sum_after_a_phrasal_verb_is_asked() -> None:
    assert _facts("The winner takes home $50,000 and a trophy.")["$50,000"].question == \
        "How much does the winner take home?"


def test_the_two_countries_still_refer_back() -> None:
    assert not figure_facts(article("The two countries signed a trade deal on Monday."))


def test_a_season_of_a_habit_is_no_gap() -> None:
    assert _date_cloze("spring", "Cranes usually return to the marshes in the spring, the "
                                 "warden said.") is None


def test_a_season_of_one_event_stays_a_gap() -> None:
    assert _date_cloze("spring", "The cranes returned to the marshes in the spring, the warden "
                                 "said.") is not None


def test_a_change_stated_at_the_end_is_cut_from_the_gap() -> None:
    text = ("The charity's deficit widened to 41 million euros from 25 million euros a year "
            "earlier, an increase of 16 million euros.")
    assert _cloze("41 million", text) == ("The charity's deficit widened to ___ euros from 25 "
                                          "million euros a year earlier.")


def test_a_split_is_not_cut_when_a_name_would_dangle() -> None:
    text = ("Ana Lopes won the run-off with 57.4% of the vote against 42.6% for the mayor, "
            "Rui Costa, the commission said.")
    assert _cloze("57.4%", text) is None


def test_a_dateline_is_no_part_of_a_question() -> None:
    fact = _facts("OSLO (Reuters) - Nordhaus will cut 900 jobs and close 14 stores, the "
                  "company said.")["900"]
    assert fact.question == "How many jobs will Nordhaus cut?"
