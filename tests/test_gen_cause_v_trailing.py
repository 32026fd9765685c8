"""Effects told after a whole clause (", sending X into Y", ", pricing X out of Y", ", which
explained X"), the clause read past a report or a "before" (sentences on many topics, and
where no card may be made)."""

from __future__ import annotations

import pytest
from gen_support import cause_qa

from quiz.generate.cause_v_trailing import trailing_effect_facts


def _asked(text: str) -> set[tuple[str, str]]:
    return {(question, answer) for _, question, answer, _ in trailing_effect_facts(text)}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The striker was sent off in the 30th minute, sending the visitors into a defensive shell.",
     "What sent the visitors into a defensive shell", "The striker was sent off in the 30th minute"),
    ("Police said a lorry had shed its load on the motorway, forcing drivers to wait for up to "
     "six hours.", "What forced drivers to wait for up to six hours",
     "a lorry had shed its load on the motorway"),
    ("Rents in the capital have doubled since 2015, pricing many nurses and teachers out of the "
     "city.", "What has priced many nurses and teachers out of the city",
     "Rents in the capital have doubled since 2015"),
    ("Heavy rain has washed away the only road into the valley, making deliveries of food "
     "increasingly difficult.", "What has made deliveries of food increasingly difficult",
     "Heavy rain has washed away the only road into the valley"),
    ("The audit showed that the council had overspent on consultants for five years, which "
     "explained much of the deficit.", "What explained much of the deficit",
     "the council had overspent on consultants for five years"),
    ("Investigators found that a pilot had misread an altitude warning, which led to the crash "
     "of the aircraft.", "What led to the crash of the aircraft",
     "a pilot had misread an altitude warning"),
    ("The government cut fuel subsidies in March, driving up the cost of bus fares across the "
     "country.", "What drove up the cost of bus fares across the country",
     "The government cut fuel subsidies in March"),
    ("The hospital's main generator failed during the storm, which put pressure on nearby "
     "clinics to take more patients.", "What put pressure on nearby clinics to take more patients",
     "The hospital's main generator failed during the storm"),
    ("Tests showed the probe's parachute had opened normally before its heat shield cracked, "
     "sending the capsule into the ocean.", "What sent the capsule into the ocean",
     "its heat shield cracked"),
    ("The coach said at least 12 of the players had caught a stomach bug, forcing the club to "
     "postpone Saturday's match.", "What forced the club to postpone Saturday's match",
     "at least 12 of the players had caught a stomach bug"),
    ("Maria Lopez, 44, who has farmed the valley for 20 years, said her wheat harvest had halved "
     "since 2020, forcing her to sell part of the farm.",
     "What forced Maria Lopez to sell part of the farm", "her wheat harvest had halved since 2020"),
])
def test_an_effect_after_a_whole_clause_asks_what_caused_it(text, question, answer):
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text", [
    "The museum sent letters to all its members, sending them free tickets for the new show.",
    "The band won the award in 2019, making them the youngest winners in its history.",
    "She handed out a leaflet, which explained the rules of the competition.",
    "The minister said he had made a mistake, forcing him to apologise.",
    "The company said its profits fell by 20% last year, prompting it to cut 500 jobs.",
    "The president met the prime minister on Tuesday, making it the first such visit in a decade.",
    "Officials said the fire started in a kitchen before strong winds spread it across the "
    "hillside, forcing hundreds of residents to leave.",
    "The generator failed during the storm, which put pressure on nearby clinics to take its "
    "patients.",
    "The storm could knock out power lines, making travel increasingly difficult.",
])
def test_no_effect_is_asked_where_the_clause_before_is_no_event(text):
    assert not _asked(text)


def test_the_rule_reaches_the_generated_cards():
    asked = cause_qa("Demand for lithium has surged, pushing up prices for battery makers.")
    assert ("What has pushed up prices for battery makers?", "Demand for lithium has surged") \
        in asked


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The airline cancelled 40 flights on Monday, blaming a shortage of air traffic controllers.",
     "Why did the airline cancel 40 flights on Monday?", "a shortage of air traffic controllers"),
    ("The club sacked its manager on Sunday, blaming poor results and a string of disputes with "
     "players.", "Why did the club sack its manager on Sunday?",
     "poor results and a string of disputes with players"),
    ("Train services were suspended for three hours, according to the operator, which blamed a "
     "signal failure near the station.",
     "Why were train services suspended for three hours, according to the operator?",
     "a signal failure near the station"),
    ("Prices rose sharply in March, according to the statistics office, which blamed higher "
     "energy bills.", "Why did prices rise sharply in March, according to the statistics office?",
     "higher energy bills"),
])
def test_blame_with_no_on_or_for_is_the_reason_for_the_event(text, question, answer):
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The council closed two libraries last year, blaming them on budget cuts.",
    "The school announced the decision on Friday, blaming falling pupil numbers.",
    "They cancelled the concert, blaming poor ticket sales.",
])
def test_no_bare_blame_reason_without_a_whole_event(text):
    assert not {q for q, _ in cause_qa(text) if q.startswith("Why")}


def test_a_relative_after_a_place_is_not_the_place_blaming():
    asked = cause_qa("Farmers in the region, who blamed the drought for the poor harvest, have "
                     "asked for emergency aid.")
    assert not any("the region blame" in question for question, _ in asked)


def test_a_passive_cause_inside_a_report_is_asked_of_the_thing_caused():
    asked = cause_qa("The airline has said an internal review found that the delay was caused by "
                     "a software fault, not by staff shortages.")
    assert not any("has said" in question for question, _ in asked)


def test_who_told_a_cause_is_left_out_of_its_answer():
    asked = cause_qa("The flooding was caused by weeks of heavy rain, which fell on already "
                     "saturated ground, said the agency's chief hydrologist.")
    assert ("What caused the flooding?", "weeks of heavy rain") in asked


@pytest.mark.parametrize("text", [
    "The council will close four of the most damaged playgrounds to children for a year.",
    "The storm badly damaged dozens of homes on the coast.",
    "The tunnel was built in 1990 at a cost of £40m, which allows freight trains to avoid the "
    "city centre.",
])
def test_no_cause_is_read_from_an_adjective_or_a_noun_inside_a_phrase(text):
    asked = cause_qa(text)
    assert not any(answer.endswith(("most", "badly")) or answer.startswith("a cost")
                   or "cost of" in question for question, answer in asked)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The central bank unexpectedly raised interest rates on Thursday, raising fears of a "
     "recession.", "What raised fears of a recession",
     "The central bank unexpectedly raised interest rates on Thursday"),
    ("A landslide blocked the main road into the valley, cutting off hundreds of villagers from "
     "supplies.", "What cut off hundreds of villagers from supplies",
     "A landslide blocked the main road into the valley"),
    ("Storms swept across northern France overnight, disrupting rail services for thousands of "
     "commuters.", "What disrupted rail services for thousands of commuters",
     "Storms swept across northern France overnight"),
    ("Workers at the port walked out for 48 hours, putting exports of grain at risk.",
     "What put exports of grain at risk", "Workers at the port walked out for 48 hours"),
    ("The ruling party lost its majority in the senate, fuelling speculation about an early "
     "election.", "What fuelled speculation about an early election",
     "The ruling party lost its majority in the senate"),
])
def test_a_trailing_harm_or_worry_asks_what_caused_it(text, question, answer):
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text", [
    "The government announced the plan on Monday, delaying a decision on taxes until May.",
    "The minister resigned on Friday, raising the number of departures to five.",
    "The team trained in the morning, putting the finishing touches to its plan.",
    "The company recalled 2 million cars in March, hurting its sales in Europe.",
])
def test_no_trailing_effect_where_the_subject_acts_or_nothing_is_harmed(text):
    assert not _asked(text)


@pytest.mark.parametrize("text", [
    "The coroner ruled that the death was caused by a rare allergic reaction.",
    "The panel concluded that the crash was caused by a failed sensor.",
])
def test_a_report_before_a_passive_cause_is_no_thing_caused(text):
    asked = cause_qa(text)
    assert asked and not any(w in question for question, _ in asked
                             for w in (" ruled", " concluded"))


@pytest.mark.parametrize(("text", "answer"), [
    ("The ship ran aground near the harbour entrance, which forced the port to close for two "
     "days.", "The ship ran aground near the harbour entrance"),
    ("A lorry overturned on the bridge, which forced police to close both lanes.",
     "A lorry overturned on the bridge"),
])
def test_a_which_after_a_place_stands_for_the_event_not_the_place(text, answer):
    asked = cause_qa(text)
    assert any(a == answer for _, a in asked)
    assert not any(a.startswith(("the harbour", "the bridge")) or "entrance force" in q
                   for q, a in asked)
