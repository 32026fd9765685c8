"""Round 13: cause links carried by a verb on other topics: passives with a particle ("pushed
up by X"), passives in the progressive, blame by a coordinated subject or in a second joined
clause, and where no card may be made."""

from __future__ import annotations

import pytest
from gen_support import cause_qa


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Ticket prices have been pushed up by the soaring cost of diesel, which most cinemas need "
     "to run generators.", "What has pushed ticket prices up?", "the soaring cost of diesel"),
    ("The price of fuel has been pushed up by the war in the region.",
     "What has pushed the price of fuel up?", "the war in the region"),
    ("Mortgage rates were driven higher by the central bank's decision.",
     "What drove mortgage rates higher?", "the central bank's decision"),
    ("Wages have been held down by weak productivity growth.", "What has held wages down?",
     "weak productivity growth"),
    ("Share prices were dragged down by fears of a recession.",
     "What dragged share prices down?", "fears of a recession"),
    ("Food prices are being pushed up by a poor harvest in the south.",
     "What is pushing food prices up?", "a poor harvest in the south"),
    ("The cost of school meals has been driven up by rising food prices, the council said.",
     "What has driven the cost of school meals up, according to the council?",
     "rising food prices"),
    ("Demand for bicycles was held back by a shortage of spare parts.",
     "What held demand for bicycles back?", "a shortage of spare parts"),
])
def test_a_passive_with_a_particle_names_its_cause(text: str, question: str,
                                                   answer: str) -> None:
    assert (question, answer) in cause_qa(text)


def test_a_progressive_passive_asks_in_the_progressive() -> None:
    assert ("What is fuelling the rise in thefts?", "cheap scrap prices") in cause_qa(
        "The rise in thefts is being fuelled by cheap scrap prices.")


@pytest.mark.parametrize("text", [
    "The suspect was held by police for two days.",
    "The protesters were held back by police.",
    "The car was pushed off the road by a lorry.",
    "The price of coffee was pushed up by speculators.",
])
def test_no_cause_from_someone_or_a_place(text: str) -> None:
    assert not {q for q, _ in cause_qa(text) if q.startswith(("What held", "What pushed",
                                                               "What has pushed"))}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Trophy hunting was banned in 2016, and farmers and some politicians blame the ban for "
     "the rise in encounters between bears and people.",
     "What do farmers and some politicians blame the ban on trophy hunting for?",
     "the rise in encounters between bears and people"),
    ("Night flights were banned in March, and airlines blame the ban for a drop in cargo "
     "traffic.", "What do airlines blame the ban on night flights for?",
     "a drop in cargo traffic"),
    ("Farmers and some politicians blame the ban for the rise in encounters.",
     "What do farmers and some politicians blame for the rise in encounters?", "the ban"),
    ("Fishermen and some scientists blame the new dam for the decline in salmon numbers.",
     "What do fishermen and some scientists blame for the decline in salmon numbers?",
     "the new dam"),
    ("Parents and teachers blame the heatwave for the poor exam results.",
     "What do parents and teachers blame for the poor exam results?", "the heatwave"),
    ("The fence was built in 2020, and conservationists blame the fence for the fall in the "
     "number of elephants.", "What do conservationists blame for the fall in the number of "
     "elephants?", "the fence"),
    ("Nurses and junior doctors blame chronic understaffing for the long waiting lists.",
     "What do nurses and junior doctors blame for the long waiting lists?",
     "chronic understaffing"),
])
def test_blame_by_a_coordinated_or_joined_subject(text: str, question: str,
                                                  answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The council raised parking charges, and the shops blame the charges for lost trade.",
    "The river flooded twice, and they blame the dam for the floods.",
])
def test_no_blame_card_without_a_named_blamer(text: str) -> None:
    assert not {q for q, _ in cause_qa(text) if " blame " in q}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Analysts warned that a stronger currency could make Korean products less competitive "
     "abroad, and that prices were rising.",
     "What could make Korean products less competitive abroad, according to analysts?",
     "a stronger currency"),
    ("Rising interest rates have made mortgages more expensive.",
     "What has made mortgages more expensive?", "Rising interest rates"),
    ("A shortage of drivers has made bus services less reliable in rural areas.",
     "What has made bus services less reliable in rural areas?", "A shortage of drivers"),
    ("The closure of the bridge would make the journey to school much longer.",
     "What would make the journey to school much longer?", "The closure of the bridge"),
    ("Years of drought have made the forests more vulnerable to fire.",
     "What has made the forests more vulnerable to fire?", "Years of drought"),
    ("Cheaper flights made the island more popular with young tourists.",
     "What made the island more popular with young tourists?", "Cheaper flights"),
    ("The weak pound has made imported food dearer.", "What has made imported food dearer?",
     "The weak pound"),
    ("The new rules will make it harder for small firms to compete.",
     "What will make competing harder for small firms?", "The new rules"),
])
def test_what_made_something_so(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The deal made shareholders more money than expected.",
    "She made the team more competitive.",
    "The storms made it more dangerous.",
    "The coach made them less nervous before the final.",
])
def test_no_made_so_card_for_someone_an_amount_or_a_pronoun(text: str) -> None:
    assert not {q for q, _ in cause_qa(text) if q.startswith("What made")}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Cheap loans have been fuelling a boom in house prices.",
     "What has been fuelling a boom in house prices?", "Cheap loans"),
    ("Rent rises are driving families out of the city.",
     "What is driving families out of the city?", "Rent rises"),
    ("The strong dollar was hurting exports from the region.",
     "What was hurting exports from the region?", "The strong dollar"),
    ("Higher fuel costs have been squeezing the profits of small airlines.",
     "What has been squeezing the profits of small airlines?", "Higher fuel costs"),
    ("Warmer winters were pushing deer further north.",
     "What was pushing deer further north?", "Warmer winters"),
    ("Rising sea temperatures are causing widespread coral bleaching.",
     "What is causing widespread coral bleaching?", "Rising sea temperatures"),
])
def test_a_cause_told_in_the_progressive(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "Unions are pushing the government to raise the minimum wage.",
    "He is driving a bus to the coast.",
    "Campaigners are pushing for a ban on plastic bags.",
    "Truck drivers were driving the lorries into the port.",
])
def test_no_progressive_cause_for_a_push_someone_or_an_aim(text: str) -> None:
    assert not {q for q, _ in cause_qa(text) if q.startswith(("What is pushing", "What is driving",
                                                               "What was driving"))}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Analysts warned that the failure of the auction could push back the country's climate "
     "targets.", "What could push back the country's climate targets, according to analysts?",
     "the failure of the auction"),
    ("Strong demand from China drove copper prices higher.", "What drove copper prices higher?",
     "Strong demand from China"),
    ("A glut of cheap imports has kept the price of steel down.",
     "What has kept the price of steel down?", "A glut of cheap imports"),
    ("Fears of a recession dragged down share prices across Asia.",
     "What dragged down share prices across Asia?", "Fears of a recession"),
    ("Heavy snow held up deliveries of medicine to the valley.",
     "What held up deliveries of medicine to the valley?", "Heavy snow"),
    ("The new tax will push up the cost of a pint of beer.",
     "What will push up the cost of a pint of beer?", "The new tax"),
    ("Rising rents are pushing up the cost of living in the capital.",
     "What is pushing up the cost of living in the capital?", "Rising rents"),
    ("Cheap credit has pushed house prices up in most cities.",
     "What has pushed house prices up?", "Cheap credit"),
])
def test_a_cause_that_moves_something_with_a_particle(text: str, question: str,
                                                      answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The lorry drove up the hill.",
    "The bus drove down the road at speed.",
    "The minister pushed back the date of the election.",
    "Protesters held up banners outside the court.",
    "The scandal pushed up costs.",
])
def test_no_particle_cause_for_a_way_someone_or_a_bare_noun(text: str) -> None:
    assert not {q for q, _ in cause_qa(text) if q.startswith((
        "What drove", "What pushed", "What held", "What has pushed"))}


def test_no_particle_cause_for_what_an_owner_word_alone_names() -> None:
    assert not {q for q, _ in cause_qa(
        "Chile has had no man in the top 20 since 2022, when a series of injuries pushed its "
        "leading players down the rankings.") if q.startswith("What pushed")}


def test_what_an_act_named_before_forced() -> None:
    assert ("What has the suspension of talks already forced?",
            "the cancellation of observing time for some 30 research teams") in cause_qa(
        "Talks were suspended in May after a fault in the system.",
        "The suspension has already forced the cancellation of observing time for some 30 "
        "research teams.")


def test_no_forced_effect_card_from_a_longer_subject() -> None:
    assert not {q for q, _ in cause_qa(
        "Heavy snow has forced the postponement of the match.") if q.startswith("What has heavy")}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The town sits on a flood plain, which makes it vulnerable to heavy rain.",
     "What makes the town vulnerable to heavy rain?", "The town sits on a flood plain"),
    ("The bridge was built in 1890 without deep foundations, which makes it vulnerable to "
     "floods.", "What makes the bridge vulnerable to floods?",
     "The bridge was built in 1890 without deep foundations"),
    ("The reactor uses an older design, which makes it more expensive to run.",
     "What makes the reactor more expensive to run?", "The reactor uses an older design"),
    ("The island imports almost all of its food, which makes it more exposed to price shocks.",
     "What makes the island more exposed to price shocks?",
     "The island imports almost all of its food"),
    ("The city depends on a single river, which has made it prone to water shortages.",
     "What has made the city prone to water shortages?", "The city depends on a single river"),
])
def test_a_which_that_made_the_subject_so(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "She lives alone, which makes her more vulnerable to scams.",
    "The reactor uses an older design, which makes it more expensive to run.",
    "The children live far from the school, which makes them more likely to miss classes.",
])
def test_no_which_made_card_for_someone_or_the_noun_before(text: str) -> None:
    assert not {q for q, a in cause_qa(text) if a == "an older design" or q.startswith((
        "What makes her", "What makes the children"))}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Rising energy bills are putting pressure on households across the country.",
     "What is putting pressure on households across the country?", "Rising energy bills"),
    ("The collapse of the currency put mounting pressure on the central bank to raise rates.",
     "What put mounting pressure on the central bank to raise rates?",
     "The collapse of the currency"),
    ("Weak sales have put pressure on the carmaker's profits.",
     "What has put pressure on the carmaker's profits?", "Weak sales"),
])
def test_what_put_pressure_on_someone(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The opposition put pressure on the minister to resign.",
    "Falling prices put pressure on them to cut costs.",
])
def test_no_pressure_card_from_a_bare_body_or_onto_a_pronoun(text: str) -> None:
    assert not {q for q, _ in cause_qa(text) if "pressure" in q}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Mupariwa blamed poor administration for the departure of more than 20 first-class "
     "players.", "What did Mupariwa blame for the departure of more than 20 first-class players?",
     "poor administration"),
    ("The report blamed weak leadership for the failures at the hospital.",
     "What did the report blame for the failures at the hospital?", "weak leadership"),
    ("Residents blame poor management for the state of the park.",
     "What do residents blame for the state of the park?", "poor management"),
])
def test_blame_on_a_judged_way_of_running_things(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


def test_no_blamed_thing_card_for_people_or_a_body() -> None:
    assert not {q for q, _ in cause_qa("The union blamed poor farmers for the fires.")
                if q.startswith("What did the union blame for")}
    assert ("What did critics blame for the delays?", "the administration") not in cause_qa(
        "Critics blamed the administration for the delays.")
