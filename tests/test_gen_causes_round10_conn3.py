"""Round 10: what a later "the increase" or "This" stands for; more reasons after "after"."""

from __future__ import annotations

import pytest

from gen_support import cause_qa


@pytest.mark.parametrize(("before", "text", "question", "answer"), [
    ("The government raised the minimum wage by 5% on Tuesday.",
     "Speaking in Madrid, the minister said the increase was needed because rents had risen "
     "faster than wages.",
     "Why, according to the minister, was the increase in the minimum wage needed?",
     "rents had risen faster than wages"),
    ("The council increased the parking fee in the centre by a third.",
     "The rise was needed to pay for new buses, officials said.",
     "Why was the rise in the parking fee needed, according to officials?",
     "to pay for new buses"),
    ("The university cut the research budget by 12% last year.",
     "The reduction was made because of falling student numbers.",
     "Why was the reduction in the research budget made?", "falling student numbers"),
])
def test_a_bare_change_noun_is_named_by_the_amount_an_earlier_verb_changed(
        before: str, text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(before, text)


@pytest.mark.parametrize(("before", "text", "question", "answer"), [
    ("The council closed the bridge to traffic.",
     "This followed the discovery of cracks in two of its supports.",
     "Why did the council close the bridge to traffic?",
     "the discovery of cracks in two of its supports"),
    ("Officials cut the bus timetable by a quarter.",
     "That came after ridership fell by half during the pandemic.",
     "Why did officials cut the bus timetable by a quarter?",
     "ridership fell by half during the pandemic"),
    ("The museum will close for two years.", "The closure is due to a major renovation of its "
     "roof.", "Why will the museum close for two years?", "a major renovation of its roof"),
    ("The airline grounded its fleet of 12 jets.",
     "The decision was partly the result of a shortage of spare parts.",
     "Why did the airline ground its fleet of 12 jets?", "a shortage of spare parts"),
])
def test_a_second_sentence_gives_the_reason_of_the_act_before(
        before: str, text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(before, text)


@pytest.mark.parametrize(("before", "text"), [
    ("The regulator fined the bank 20 million euros.",
     "Because of this, its shares fell 8% on Tuesday."),
    ("The mayor resigned on Friday.",
     "Her resignation came after a report criticised her handling of the floods."),
])
def test_no_question_on_a_bare_this_or_a_pronoun_owner(before: str, text: str) -> None:
    questions = {q for q, _ in cause_qa(before, text)}
    assert not any("because of this" in q or "her resignation" in q for q in questions)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The vaccine was withdrawn after reports of rare blood clots in young women.",
     "Why was the vaccine withdrawn?", "reports of rare blood clots in young women"),
    ("The bishop resigned after allegations that he had covered up abuse.",
     "Why did the bishop resign?", "allegations that he had covered up abuse"),
    ("The bar lost its licence after repeated complaints from neighbours.",
     "Why did the bar lose its licence?", "repeated complaints from neighbours"),
    ("Residents were told to boil their water after bacteria were found in the supply.",
     "Why were residents told to boil their water?", "bacteria were found in the supply"),
    ("Hikers have been advised to avoid the trail after a bear attacked a walker.",
     "Why have hikers been advised to avoid the trail?", "a bear attacked a walker"),
])
def test_after_reports_or_after_an_event_that_prompted_an_instruction(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The minister spoke to reporters after reports of the vote were published.",
    "She was told the news after the meeting ended.",
])
def test_after_stays_a_time_after_verbs_of_speaking(text: str) -> None:
    assert not any(q.startswith("Why") for q, _ in cause_qa(text))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Local farmers, many of whom rely on the river, lost their crops after the river burst "
     "its banks.", "Why did local farmers lose their crops?", "the river burst its banks"),
    ("The pupils, most of whom live near the plant, were sent home because of the smoke.",
     "Why were the pupils sent home?", "the smoke"),
])
def test_a_quantified_relative_clause_after_the_subject_is_read_past(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The bridge was closed for repairs; as a result, traffic was diverted through the town "
     "centre.", "Why was traffic diverted through the town centre?",
     "The bridge was closed for repairs"),
    ("The bridge was closed for repairs, and as a result traffic was diverted through the town "
     "centre.", "Why was traffic diverted through the town centre?",
     "The bridge was closed for repairs"),
    ("Fuel prices have doubled since January, which explains why the airline cut its winter "
     "routes.", "Why did the airline cut its winter routes?",
     "Fuel prices have doubled since January"),
    ("The harvest failed in the north; consequently, grain prices rose by a fifth.",
     "Why did grain prices rise by a fifth?", "The harvest failed in the north"),
    ("Rents in the city have tripled in a decade, which is partly why teachers are leaving.",
     "Why are teachers leaving?", "Rents in the city have tripled in a decade"),
])
def test_a_clause_linked_to_its_result_inside_one_sentence(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("After a fire destroyed its warehouse, the company moved production to Poland.",
     "Why did the company move production to Poland?", "a fire destroyed its warehouse"),
    ("After the bridge collapsed, the city built a ferry service.",
     "Why did the city build a ferry service?", "the bridge collapsed"),
    ("The match was abandoned at half-time when floodlights failed.",
     "Why was the match abandoned at half-time?", "floodlights failed"),
    ("The building was evacuated when a fire alarm went off.", "Why was the building evacuated?",
     "a fire alarm went off"),
])
def test_a_blow_of_force_before_an_act_is_its_reason(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "After the storm passed, residents returned to their homes.",
    "After a storm damaged the roof, the minister spoke to reporters at the school.",
    "The concert ended when the clock struck midnight.",
])
def test_a_time_before_an_act_is_no_reason(text: str) -> None:
    assert not any(q.startswith("Why") for q, _ in cause_qa(text))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Two men were arrested after a brawl outside the stadium.", "Why were two men arrested?",
     "a brawl outside the stadium"),
    ("The singer cancelled her tour after a throat infection.",
     "Why did the singer cancel her tour?", "a throat infection"),
    ("Flights were grounded after a computer glitch at the control centre.",
     "Why were flights grounded?", "a computer glitch at the control centre"),
    ("The minister resigned after a row over expenses.", "Why did the minister resign?",
     "a row over expenses"),
    ("The region declared a state of emergency after torrential rain.",
     "Why did the region declare a state of emergency?", "torrential rain"),
    ("The rider was disqualified after a crash with a rival.", "Why was the rider disqualified?",
     "a crash with a rival"),
])
def test_after_a_happening_named_by_a_noun_explains_a_decision(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The board approved the plan after a two-hour meeting.",
    "The bank raised rates after the summer break.",
    "The minister resigned after the election.",
    "The club sacked its coach after the final.",
    "The airline cut fares after the holiday season.",
    "The union called a strike after the talks.",
    "The minister was jailed after a trial lasting six weeks.",
])
def test_after_an_occasion_is_a_time(text: str) -> None:
    assert not any(q.startswith("Why") for q, _ in cause_qa(text))
