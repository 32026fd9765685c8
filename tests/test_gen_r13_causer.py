"""Stated reasons and purposes: ", saying/warning X" after any act, "in protest", ", trying
to X" and ", as the government tries to X"."""

from __future__ import annotations

import pytest

from gen_support import cause_qa

STATED = [
    ("The Norwegian fisheries directorate has closed the cod season early, saying stocks in the "
     "Barents Sea had fallen to a record low.",
     "Why has the Norwegian fisheries directorate closed the cod season early?",
     "stocks in the Barents Sea had fallen to a record low"),
    ("Shipping firms and some insurers have suspended voyages through the strait, warning that "
     "attacks on tankers could spread.",
     "Why have shipping firms and some insurers suspended voyages through the strait?",
     "attacks on tankers could spread"),
    ("Last month, the Peruvian water regulator fined the utility 2 million soles, saying it had "
     "failed to repair leaking pipes.",
     "Why did the Peruvian water regulator fine the utility 2 million soles?",
     "it had failed to repair leaking pipes"),
    ("Teachers in Lyon will strike on Thursday, complaining that class sizes have grown to more "
     "than 35 pupils.", "Why will teachers in Lyon strike on Thursday?",
     "class sizes have grown to more than 35 pupils"),
    ("The mayor vetoed the budget, warning it would leave the city unable to pay its pension "
     "bills.", "Why did the mayor veto the budget?",
     "it would leave the city unable to pay its pension bills"),
    ("Pharmacists across the province refused to stock the pill, explaining that demand had "
     "collapsed after the recall.",
     "Why did pharmacists across the province refuse to stock the pill?",
     "demand had collapsed after the recall"),
    ("The hospital had cancelled all non-urgent surgery, saying its intensive care beds were "
     "full.", "Why had the hospital cancelled all non-urgent surgery?",
     "its intensive care beds were full"),
    ("Wildlife officers culled 40 wild boars near the border, warning of a risk of swine fever.",
     "Why did wildlife officers cull 40 wild boars near the border?", "a risk of swine fever"),
    ("Residents opposed the plan, saying it would increase traffic.",
     "Why did residents oppose the plan?", "it would increase traffic"),
    ("Residents reacted angrily, saying the new road would cut the village in two.",
     "Why did residents react angrily?", "the new road would cut the village in two"),
    ("Farmers welcomed the ruling, saying it would protect small growers from imports.",
     "Why did farmers welcome the ruling?", "it would protect small growers from imports"),
    ("Dock workers walked off the job in protest.", "Why did dock workers walk off the job?",
     "in protest"),
    ("The council approved the new tariff, and bus drivers staged a one-day strike in protest.",
     "Why did bus drivers stage a one-day strike?", "in protest"),
]


@pytest.mark.parametrize(("sentence", "question", "answer"), STATED)
def test_a_reason_stated_after_any_act(sentence: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(sentence)


PURPOSES = [
    ("Health authorities have sprayed insecticide over 3,000 hectares since May, trying to stop "
     "the spread of dengue.",
     "Why have health authorities sprayed insecticide over 3,000 hectares since May?",
     "to stop the spread of dengue"),
    ("Firefighters dug trenches around the village overnight, trying to keep the flames away "
     "from homes.", "Why did firefighters dig trenches around the village overnight?",
     "to keep the flames away from homes"),
    ("The utility cut water pressure across the city, attempting to save its reservoirs for the "
     "summer.", "Why did the utility cut water pressure across the city?",
     "to save its reservoirs for the summer"),
    ("Protesters marched through the capital, trying to force the president to resign.",
     "Why did protesters march through the capital?", "to force the president to resign"),
    ("The central bank raised interest rates for the fourth time this year, as it tries to bring "
     "inflation back to its target.",
     "Why did the central bank raise interest rates for the fourth time this year?",
     "it tries to bring inflation back to its target"),
    ("The Dutch health ministry will ban disposable vapes from July, as the government tries to "
     "cut smoking among teenagers.",
     "Why will the Dutch health ministry ban disposable vapes from July?",
     "the government tries to cut smoking among teenagers"),
    ("Chile will raise its tax on sugary cereals next year, the Health Ministry said Tuesday, as "
     "the government tries to curb child obesity.",
     "Why will Chile raise its tax on sugary cereals next year?",
     "the government tries to curb child obesity"),
]


@pytest.mark.parametrize(("sentence", "question", "answer"), PURPOSES)
def test_a_purpose_told_as_an_effort(sentence: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(sentence)


NO_REASON = [
    "The minister spoke to reporters on Monday, saying the economy would grow by 3%.",
    "The ministry issued a statement, saying the talks would resume next week.",
    "Others opposed the plan, warning that it would increase traffic.",
    "They closed the road, saying it was unsafe.",
    "Police said the man had been arrested, saying he was a danger to the public.",
    "The two sides met in Geneva, saying we need more time.",
    "They walked out in protest.",
    "The company announced record profits, saying it would hire 200 staff.",
    "Local unions backed the deal, saying they would drop the strike.",
    "The airline said on Monday it was trying to rebook passengers.",
]


@pytest.mark.parametrize("sentence", NO_REASON)
def test_no_reason_from_a_saying_a_statement_or_a_pronoun(sentence: str) -> None:
    assert not [q for q, _ in cause_qa(sentence) if q.startswith("Why")]


NO_PURPOSE = [
    ("Inflation rose to 5% in May, as the central bank struggles to contain price pressures.",
     "to contain price pressures"),
    ("Inflation hit a record high, as the government tries to rein in spending.",
     "to rein in spending"),
]


@pytest.mark.parametrize(("sentence", "purpose"), NO_PURPOSE)
def test_as_someone_tries_is_no_purpose_of_a_change(sentence: str, purpose: str) -> None:
    assert all(answer != purpose for _, answer in cause_qa(sentence))


EXPLAINED = [
    ("Investigators said the most likely cause of the fire was a faulty heater in the kitchen.",
     "What was the most likely cause of the fire, according to investigators?",
     "a faulty heater in the kitchen"),
    ("The most likely explanation for the outage was a software update pushed to all servers "
     "overnight.", "What was the most likely explanation for the outage?",
     "a software update pushed to all servers overnight"),
    ("Engineers believe the probable cause of the collapse was corrosion in the steel cables.",
     "What was the probable cause of the collapse, according to engineers?",
     "corrosion in the steel cables"),
    ("The likely culprit behind the fish deaths is a spill of fertiliser from a nearby farm.",
     "What is the likely culprit behind the fish deaths?",
     "a spill of fertiliser from a nearby farm"),
]


@pytest.mark.parametrize(("sentence", "question", "answer"), EXPLAINED)
def test_a_cause_named_as_the_likely_explanation(sentence: str, question: str,
                                                 answer: str) -> None:
    assert (question, answer) in cause_qa(sentence)


@pytest.mark.parametrize("sentence", [
    "The likely cause of the crash remains unclear.",
    "The most likely cause of this is a drop in demand.",
    "Officials said the most likely explanation was a burst pipe.",
])
def test_no_likely_cause_of_nothing_named(sentence: str) -> None:
    assert not cause_qa(sentence)


WILLING = [
    ("Local fishermen have offered to record sightings from their own boats, hoping to keep the "
     "data series unbroken.",
     "Why have local fishermen offered to record sightings from their own boats?",
     "to keep the data series unbroken"),
    ("The two airlines agreed to share their airport slots, hoping to cut costs before the "
     "winter.", "Why did the two airlines agree to share their airport slots?",
     "to cut costs before the winter"),
]


@pytest.mark.parametrize(("sentence", "question", "answer"), WILLING)
def test_a_purpose_of_an_offer_or_agreement(sentence: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(sentence)


def test_a_rate_is_no_thing_used() -> None:
    assert not cause_qa("The levy will raise about 40 million euros a year, which will be used "
                        "to repair rural roads.")


DUTIES = [
    ("Drivers will have to pay a toll of 5 euros in order to fund repairs to the bridge.",
     "Why will drivers have to pay a toll of 5 euros?", "to fund repairs to the bridge"),
    ("All new homes in the county have to include solar panels in order to meet the climate "
     "target.", "Why do all new homes in the county have to include solar panels?",
     "to meet the climate target"),
    ("The government announced that all vessels would have to carry cameras in order to curb "
     "illegal fishing.",
     "Why would all vessels have to carry cameras, according to the government?",
     "to curb illegal fishing"),
]


@pytest.mark.parametrize(("sentence", "question", "answer"), DUTIES)
def test_the_purpose_of_a_duty(sentence: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(sentence)


@pytest.mark.parametrize("sentence", [
    "Replacement discs have to be made to order by the manufacturer in the Czech Republic.",
    "The players have to train at night.",
])
def test_a_duty_is_no_purpose(sentence: str) -> None:
    assert not cause_qa(sentence)


SAID_INTENT = [
    ("Consumer group Federconsumatori said it would challenge the withdrawal in court, arguing "
     "that long-standing customers had been given too little notice.",
     "Why does consumer group Federconsumatori want to challenge the withdrawal in court?",
     "long-standing customers had been given too little notice"),
]


@pytest.mark.parametrize(("sentence", "question", "answer"), SAID_INTENT)
def test_a_body_s_own_intent_argued_for(sentence: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(sentence)


def test_it_of_a_person_is_not_their_intent() -> None:
    assert not cause_qa("Liu Wen said it would take years to repair the dam, arguing that the "
                        "damage was worse than feared.")


AGENTS = [
    ("The 24-hour strike was called by the rail and bus unions, who say drivers are being asked "
     "to work more nights without extra money.",
     "Why did the rail and bus unions call the 24-hour strike?",
     "drivers are being asked to work more nights without extra money"),
    ("The walkout was organised by junior doctors, who say they have not had a pay rise in six "
     "years.", "Why did junior doctors organise the walkout?",
     "they have not had a pay rise in six years"),
    ("The lawsuit was filed on Monday by a group of fishermen, who said the spill had destroyed "
     "their catch.", "Why did a group of fishermen file the lawsuit on Monday?",
     "the spill had destroyed their catch"),
    ("The protest has been backed by local farmers, who complain that water prices have "
     "tripled.", "Why have local farmers backed the protest?", "water prices have tripled"),
]


@pytest.mark.parametrize(("sentence", "question", "answer"), AGENTS)
def test_the_reason_of_a_passive_s_agent(sentence: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(sentence)


@pytest.mark.parametrize("sentence", [
    "The film was made by students, who say it took two years.",
    "The bridge was built by engineers, who said it would last a century.",
])
def test_what_an_agent_says_of_a_plain_act_is_no_reason(sentence: str) -> None:
    assert not cause_qa(sentence)


LAYOUTS = [
    ("But business groups opposed the extension, warning that it would hurt small shops that "
     "depend on late-night trade.", "Why did business groups oppose the extension?",
     "it would hurt small shops that depend on late-night trade"),
    ("Separately, India's central bank kept rates on hold, warning that food prices could rise "
     "further.", "Why did India's central bank keep rates on hold?",
     "food prices could rise further"),
    ("The council approved the plan on Monday, and residents reacted angrily, saying the new "
     "road would cut the village in two.", "Why did residents react angrily?",
     "the new road would cut the village in two"),
]


@pytest.mark.parametrize(("sentence", "question", "answer"), LAYOUTS)
def test_a_stated_reason_after_an_opening_word_or_a_joined_clause(sentence: str, question: str,
                                                                  answer: str) -> None:
    assert (question, answer) in cause_qa(sentence)


@pytest.mark.parametrize(("sentence", "question", "answer"), [
    ("The ministry ordered the grant cut as part of a drive to reduce public spending.",
     "Why did the ministry order the grant cut?", "as part of a drive to reduce public spending"),
    ("The city planted 5,000 trees last year as part of a campaign to cool its streets.",
     "Why did the city plant 5,000 trees last year?",
     "as part of a campaign to cool its streets"),
])
def test_an_act_as_part_of_an_effort(sentence: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(sentence)


def test_a_change_is_no_part_of_an_effort() -> None:
    assert not cause_qa("Prices rose as part of a plan to fund the pension system.")


@pytest.mark.parametrize("sentence", [
    "The minister blamed poor planning for the loss of 30 nurses to private clinics abroad.",
    "The coach blamed the board for the move of five players to county cricket.",
])
def test_where_someone_went_is_no_purpose(sentence: str) -> None:
    assert all(not answer.startswith("to ") for _, answer in cause_qa(sentence))
