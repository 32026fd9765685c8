"""Round 12b: causes told by a noun of reason ("one reason for X was that Y", "A, which is
why B", "A, the reason being that B", a reported "X was the main reason Y")."""

from __future__ import annotations

import pytest
from gen_support import cause_qa


def _answers(sentence: str) -> dict[str, str]:
    """Each question of the sentence's cause facts, by its answer."""
    return {answer: question for question, answer in cause_qa(sentence)}


@pytest.mark.parametrize(("sentence", "question", "answer"), [
    ("One reason for the low uptake was that many families had moved to the area recently.",
     "What was one reason for the low uptake", "many families had moved to the area recently"),
    ("Another reason for the closure was that the building had failed a fire inspection.",
     "What was one reason for the closure", "the building had failed a fire inspection"),
    ("Maria Lopes said one reason for the drop in visitors was that the museum had raised its "
     "prices.", "What was one reason for the drop in visitors", "the museum had raised its prices"),
    ("The main reason for the delay was a shortage of spare parts, the airline said.",
     "What was the main reason for the delay", "a shortage of spare parts"),
    ("The biggest reason for the rise in fares is that fuel costs have doubled.",
     "What is the biggest reason for the rise in fares", "fuel costs have doubled"),
    ("Rents in the city centre have tripled since 2020, which is why many small shops have "
     "closed.", "Why have many small shops closed", "Rents in the city centre have tripled since 2020"),
    ("Sales of electric bikes have doubled, which is why the shop has hired three mechanics.",
     "Why has the shop hired three mechanics", "Sales of electric bikes have doubled"),
    ("The company's shares fell 8 percent, which was why analysts downgraded the stock.",
     "Why did analysts downgrade the stock", "The company's shares fell 8 percent"),
    ("Farmers said the spring had been unusually dry, which was why the harvest came in late.",
     "Why did the harvest come in late", "the spring had been unusually dry"),
    ("Climate scientists say frosts have become more damaging, the reason being that "
     "plants are less hardened against the cold after warmer winters.",
     "Why have frosts become more damaging",
     "plants are less hardened against the cold after warmer winters"),
    ("Exports of olive oil slumped last year, the reason being that a drought halved the "
     "harvest.", "slump last year", "a drought halved the harvest"),
    ("Union leaders said low pay was the main reason nurses quit.",
     "What was the main reason nurses quit", "low pay"),
    ("Analysts argued that cheap imports were the main reason the factory closed.",
     "What was the main reason the factory closed", "cheap imports"),
    ("The mayor said a lack of housing was why young families were leaving the valley.",
     "Why were young families leaving the valley", "a lack of housing"),
])
def test_a_noun_of_reason_tells_the_cause(sentence: str, question: str, answer: str) -> None:
    asked = _answers(sentence)
    assert answer in asked, asked
    assert question in asked[answer]


@pytest.mark.parametrize("sentence", [
    "One reason for this was that prices rose.",
    "A key reason for the club's decline is that it sold its best players.",
    "There is no single reason for the fall in sales, the report said.",
    "The reason for the change was not given.",
    "He said it was late, which is why he left.",
    "He said they were the reason he left.",
    "Frosts have become rarer but more damaging, the reason being that plants are less hardy.",
])
def test_no_reason_without_a_whole_thing_and_cause(sentence: str) -> None:
    assert not [qa for qa in cause_qa(sentence) if "reason" in qa[0] or qa[0].startswith("Why")]


@pytest.mark.parametrize(("sentence", "question", "answer"), [
    ("About 1,400 teaching posts in Saxony are vacant, a gap that officials attribute largely "
     "to a wave of retirements.", "Why are about 1,400 teaching posts in Saxony vacant, "
     "according to officials", "a wave of retirements"),
    ("Bus ridership fell by a third last year, a drop that the operator attributes to higher "
     "fares.", "according to the operator", "higher fares"),
    ("Home prices in the capital rose 12 percent in 2023, an increase which economists blame "
     "on a shortage of new flats.", "rise 12 percent in 2023, according to economists",
     "a shortage of new flats"),
    ("Hospital waiting lists grew by 40,000 in the spring, a rise health officials have "
     "attributed to a wave of flu.", "according to health officials", "a wave of flu"),
    ("The river's salmon count fell to its lowest level since records began, a decline "
     "scientists put down to warmer water.", "Why did the river's salmon count fall",
     "warmer water"),
    ("Ticket sales dropped sharply in June, a fall the club blamed on a row over prices.",
     "according to the club", "a row over prices"),
])
def test_a_summing_noun_traced_to_a_cause(sentence: str, question: str, answer: str) -> None:
    asked = _answers(sentence)
    assert answer in asked, asked
    assert question in asked[answer]


@pytest.mark.parametrize("sentence", [
    "Sales fell by half, a slump that it attributes to the weather.",
    "The mayor thanked the volunteers, a group that residents credit with saving the park.",
    "The team lost again, a result that fans have come to expect.",
])
def test_no_traced_cause_without_a_tracer_and_a_whole_clause(sentence: str) -> None:
    assert not [qa for qa in cause_qa(sentence) if "according to" in qa[0]]


@pytest.mark.parametrize(("sentence", "question", "answer"), [
    ("Most açaí is still gathered from wild palms in floodplain forests, which makes the "
     "harvest especially vulnerable to changes in rainfall.",
     "What makes the harvest especially vulnerable to changes in rainfall",
     "Most açaí is still gathered from wild palms in floodplain forests"),
    ("The road is the only link to the valley, which makes the villages especially vulnerable "
     "to landslides.", "What makes the villages especially vulnerable to landslides",
     "The road is the only link to the valley"),
    ("The bridge was built in 1890 from soft limestone, which makes the structure highly "
     "vulnerable to floods.", "What makes the structure highly vulnerable to floods",
     "The bridge was built in 1890 from soft limestone"),
    ("Many of the island's homes are built of wood, which makes insurance very difficult to "
     "find.", "What makes insurance very difficult to find",
     "Many of the island's homes are built of wood"),
    ("The museum has no air conditioning, which makes the paintings particularly vulnerable "
     "to heat.", "What makes the paintings particularly vulnerable to heat",
     "The museum has no air conditioning"),
    ("Half of the country's wheat is imported, which makes bread prices vulnerable to swings "
     "in the currency.", "What makes bread prices vulnerable to swings in the currency",
     "Half of the country's wheat is imported"),
])
def test_which_makes_a_lasting_state(sentence: str, question: str, answer: str) -> None:
    asked = _answers(sentence)
    assert answer in asked, asked
    assert question in asked[answer]


@pytest.mark.parametrize("sentence", [
    "Officials say the port lacks cranes, which makes unloading large ships impossible.",
    "He makes cheese, which makes him happy.",
    "The club plays in red, which makes sense.",
    "Rents have tripled since 2019, which makes it harder for young people to stay.",
])
def test_no_lasting_state_from_a_report_or_a_pronoun(sentence: str) -> None:
    assert not [qa for qa in cause_qa(sentence) if qa[0].startswith("What makes")]


@pytest.mark.parametrize(("sentence", "question", "answer"), [
    ("Officials blamed low water levels upstream, the result of dams in neighbouring countries "
     "and a weak rainy season.", "What caused low water levels upstream",
     "dams in neighbouring countries and a weak rainy season"),
    ("The town suffers from chronic traffic jams, the result of decades of poor planning.",
     "What caused chronic traffic jams", "decades of poor planning"),
    ("Doctors reported rising rates of asthma, the result of years of heavy smog.",
     "What caused rising rates of asthma", "years of heavy smog"),
    ("Farmers face severe water shortages, the direct result of a three-year drought.",
     "What caused severe water shortages", "a three-year drought"),
    ("The report found widespread corrosion, the product of decades of neglect.",
     "What caused widespread corrosion", "decades of neglect"),
    ("Residents complained of frequent power cuts, the consequence of an ageing grid.",
     "What caused frequent power cuts", "an ageing grid"),
])
def test_a_condition_named_with_what_it_results_from(sentence: str, question: str,
                                                     answer: str) -> None:
    asked = _answers(sentence)
    assert answer in asked, asked
    assert question in asked[answer]


@pytest.mark.parametrize("sentence", [
    "The team lost the final, the result of a late penalty.",
    "The firm cut many jobs, the result of falling sales.",
    "The company cut 300 jobs, the result of falling sales.",
    "Prices rose sharply, the result of a poor harvest.",
    "He announced the outcome, the result of which surprised many.",
    "The council published new figures, the result of a survey of 2,000 homes.",
])
def test_no_condition_from_an_act_a_thing_or_an_outcome(sentence: str) -> None:
    assert not [qa for qa in cause_qa(sentence) if qa[0].startswith("What caused")]
