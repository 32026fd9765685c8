"""Round 12: connective causes by shape, not by word lists - an "after" clause of an event, an
", as" clause that can only be a reason, one noun after "because of" - and the deadlines and
conditions that are no reason."""

from __future__ import annotations

import pytest

from gen_support import cause_qa
from quiz.generate.cause_clozes import link_sides

#: (sentence, the side of its link a cloze gaps): the "after" clause is an event with its own
#: subject, after a change, a decision or a state; nouns and verbs in no list of ours.
AFTER_EVENTS = [
    ("The museum's east wing has been closed since March after a water pipe burst above the "
     "archive.", "a water pipe burst above the archive"),
    ("Shares in the retailer have fallen sharply after the company reported a surprise loss.",
     "the company reported a surprise loss"),
    ("Residents of three villages were told to boil their water after bacteria were found in "
     "the supply.", "bacteria were found in the supply"),
    ("The school was evacuated after a teacher smelled gas in the science block.",
     "a teacher smelled gas in the science block"),
    ("Lorries have been banned from the bridge after engineers discovered cracks in two of its "
     "supports.", "engineers discovered cracks in two of its supports"),
    ("The vote was delayed only after opposition MPs walked out of the chamber.",
     "opposition MPs walked out of the chamber"),
    ("Tourism has become a lifeline for the island after the sugar mills shut down in the "
     "1990s.", "the sugar mills shut down in the 1990s"),
    ("The festival has moved to a larger site after ticket demand doubled last year.",
     "ticket demand doubled last year"),
    ("Water rationing was introduced in the capital after reservoirs fell to a third of their "
     "capacity.", "reservoirs fell to a third of their capacity"),
    ("The coach resigned on Sunday after his team lost its fifth game in a row.",
     "his team lost its fifth game in a row"),
    ("The scandal came to light after a cleaner found ledgers in a skip behind the town hall.",
     "a cleaner found ledgers in a skip behind the town hall"),
    ("Visitors have been asked not to bring dogs unless they are on a lead, after sheep were "
     "attacked on Sunday.", "sheep were attacked on Sunday"),
]


@pytest.mark.parametrize(("text", "side"), AFTER_EVENTS)
def test_an_after_clause_of_an_event_is_a_cause_a_cloze_may_gap(text: str, side: str) -> None:
    assert side in link_sides(text)


#: "after" that only dates the act: a move, a word, a time, a stretch of time, one's own act,
#: an empty verb.
AFTER_TIMES = [
    "She joined the club after the season ended.",
    "He moved to Paris after his father died in 2010.",
    "The talks resumed two days after the ceasefire collapsed.",
    "The minister spoke to reporters after the verdict was read.",
    "He returned home after the war ended.",
    "The band played on after the lights went out.",
    "She retired in 2015 after she won her third title.",
    "The company was founded in 1998 after two engineers left Siemens.",
    "He graduated after the college reopened.",
    "The court found that those reviews took place only after drivers had already been "
    "removed.",
    "Park was arrested in Seoul last year after spending nearly two years in Singapore.",
]


@pytest.mark.parametrize("text", AFTER_TIMES)
def test_an_after_clause_that_only_dates_the_act_is_no_cause(text: str) -> None:
    assert not any(text.find(f"after {side}") >= 0 for side in link_sides(text))


def test_a_noun_after_after_does_not_run_on_into_the_main_clause() -> None:
    text = ("The composer wrote four symphonies, but his music fell out of fashion after his "
            "death and is rarely performed outside Poland.")
    assert not any(side.startswith("his death and") for side in link_sides(text))


#: ", as" + a clause that can only be a reason: negated, modal, perfect or present.
AS_REASONS = [
    ("The bakery has stopped selling bread at night, as its ovens cannot run during the "
     "heatwave.", "its ovens cannot run during the heatwave",
     "Why has the bakery stopped selling bread at night?"),
    ("Many farmers are switching to sorghum, as maize needs far more water.",
     "maize needs far more water", "Why are many farmers switching to sorghum?"),
    ("The charity's shops were not affected, as they do not use the payment system.",
     "they do not use the payment system", "Why were the charity's shops not affected?"),
    ("Hospitals have postponed routine operations, as nurses refuse to work extra shifts.",
     "nurses refuse to work extra shifts", "Why have hospitals postponed routine operations?"),
    ("The bank raised its forecast, as exports have recovered faster than expected.",
     "exports have recovered faster than expected", "Why did the bank raise its forecast?"),
    ("Illegal logging has also damaged the reserve, as gangs bribe rangers and clear land at "
     "night.", "gangs bribe rangers and clear land at night",
     "Why has illegal logging also damaged the reserve?"),
    ("Rising fees have made things worse, as many colleges refuse to waive them for refugees.",
     "many colleges refuse to waive them for refugees", None),
    ("The regulator said the contracts were not enough, as they did not prevent foreign "
     "agencies from reading the data.",
     "they did not prevent foreign agencies from reading the data", None),
    ("Commuters face longer journeys, as the line will stay closed until June.",
     "the line will stay closed until June", None),
    ("The ferry company scrapped the winter timetable, as it could not find enough crew.",
     "it could not find enough crew", None),
]


@pytest.mark.parametrize(("text", "side", "question"), AS_REASONS)
def test_an_as_clause_that_can_only_be_a_reason_is_a_cause(text: str, side: str,
                                                          question: str | None) -> None:
    assert side in link_sides(text)
    if question is not None:
        assert (question, side) in cause_qa(text)


#: ", as" that tells a time, a manner or a habit.
AS_TIMES = [
    "The show goes on, as it has for 40 years.",
    "The show went on, as it has done every year since 1950.",
    "The market opened at nine, as it does every weekday.",
    "Prices will keep rising, as the saying goes.",
    "The talks failed, as many analysts had predicted.",
    "The team lost again, as it turns out.",
    "The mayor will stay in office, as things stand.",
    "The stadium was nearly empty, as the name suggests.",
    "The ceremony began, as the sun set over the hills.",
    "Protesters chanted slogans, as police looked on.",
    "The plane landed safely, as passengers applauded.",
    "She smiled, as she always does.",
    "The company hired 40 engineers, as many as it had planned.",
]


@pytest.mark.parametrize("text", AS_TIMES)
def test_an_as_clause_of_a_time_or_a_manner_is_no_cause(text: str) -> None:
    assert not link_sides(text)
    assert not cause_qa(text)


@pytest.mark.parametrize(("text", "noun"), [
    ("The concert in Leeds was called off because of illness.", "illness"),
    ("Organisers said the parade had been scrapped owing to cost.", "cost"),
    ("Several players missed training because of flu.", "flu"),
    ("The ferry was held in port because of ice.", "ice"),
    ("The flight was cancelled due to fog, the airline said.", "fog"),
    ("The coach said he would decide on Friday whether to play the final because of fatigue.",
     "fatigue"),
])
def test_one_noun_after_because_of_is_a_whole_reason(text: str, noun: str) -> None:
    assert noun in link_sides(text)


@pytest.mark.parametrize("text", [
    "The team struggled because of them.",
    "The match was moved because of Sunday.",
    "The game was called off because of this.",
    "The train was due to arrive.",
])
def test_a_pronoun_a_day_or_a_plan_is_no_one_noun_reason(text: str) -> None:
    assert not link_sides(text)


def test_a_penalty_with_an_amount_still_tells_what_it_was_for() -> None:
    text = ("The club has been docked 12 points and fined $250,000 for breaching the league's "
            "spending rules, the league said.")
    assert "breaching the league's spending rules" in link_sides(text)


@pytest.mark.parametrize("text", [
    "The Rams, who were founded in 1998, have 21 days to lodge an appeal.",
    "The club has two weeks to find a buyer.",
    "The company had 30 days to respond to the complaint.",
    "Tenants were given a week to leave the building.",
])
def test_a_deadline_is_no_purpose(text: str) -> None:
    assert not cause_qa(text)


@pytest.mark.parametrize("text", [
    "The panel said the punishment would have been even heavier had the club not cooperated "
    "with the investigation after the first complaints emerged.",
    "The damage would have been worse had the dam failed after the storm hit.",
])
def test_an_after_clause_inside_an_inverted_condition_is_not_the_main_clause_s(
        text: str) -> None:
    assert not cause_qa(text)


#: A plan or a decision of one act, whose purpose follows the act: asked of the plan.
CHOSEN_ACTS = [
    ("Hanoi plans to ban petrol motorbikes from the centre to reduce air pollution.",
     "Why does Hanoi plan to ban petrol motorbikes from the centre?", "to reduce air pollution"),
    ("The council wants to plant 5,000 trees along the river to cool the streets in summer.",
     "Why does the council want to plant 5,000 trees along the river?",
     "to cool the streets in summer"),
    ("The club decided to sell its training ground to pay off its debts.",
     "Why did the club decide to sell its training ground?", "to pay off its debts"),
    ("The airline agreed to cut fares on three routes to win back passengers.",
     "Why did the airline agree to cut fares on three routes?", "to win back passengers"),
    ("The school has decided to scrap homework for younger pupils to reduce stress.",
     "Why has the school decided to scrap homework for younger pupils?", "to reduce stress"),
    ("The company is planning to open a factory in Ohio to serve American customers.",
     "Why is the company planning to open a factory in Ohio?", "to serve American customers"),
    ("Regulators plan to introduce warning labels on energy drinks to protect teenagers.",
     "Why do regulators plan to introduce warning labels on energy drinks?",
     "to protect teenagers"),
    ("The union voted to strike for three days next month to press its demand for higher pay.",
     "Why did the union vote to strike for three days next month?",
     "to press its demand for higher pay"),
    ("The mayor promised to build 2,000 homes to ease the housing shortage.",
     "Why did the mayor promise to build 2,000 homes?", "to ease the housing shortage"),
    ("The charity plans to open a shelter in the town to house rough sleepers during winter.",
     "Why does the charity plan to open a shelter in the town?",
     "to house rough sleepers during winter"),
    ("The government has said it will propose tax incentives next year to encourage local "
     "production.", "Why will the government propose tax incentives next year?",
     "to encourage local production"),
    ("The council has proposed a tourist tax to pay for street cleaning.",
     "Why has the council proposed a tourist tax?", "to pay for street cleaning"),
]


@pytest.mark.parametrize(("text", "question", "answer"), CHOSEN_ACTS)
def test_the_purpose_of_a_planned_act_is_asked_of_the_plan(text: str, question: str,
                                                           answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "They plan to appeal the ruling to clear their names.",  # whose?
    "The club decided to appeal against the ban to the sport's highest court.",  # a place
    "The minister wants to talk to farmers to hear their concerns.",  # two "to"s
    "The senator proposed to cut the budget.",
    "The rebels offered to release the hostages.",
    "The minister proposed them to lead the inquiry.",
    "The city had planned to switch entirely to zero-emission vehicles by 2035.",  # where to
    "The administrator hopes to sell some vessels to rival companies within six weeks.",
    "The firm plans to move its headquarters to the capital.",
    "The council agreed to pay the contractor to finish the road.",  # the contractor's act
    "Regulators plan to require drivers to carry a warning triangle.",
])
def test_no_purpose_of_a_plan_without_one_clean_act(text: str) -> None:
    assert not cause_qa(text)


@pytest.mark.parametrize(("text", "side"), [
    ("The tunnel will stay closed until at least the summer after a rockfall on Sunday.",
     "a rockfall on Sunday"),
    ("The bridge stayed closed after a lorry strike on Tuesday.", "a lorry strike on Tuesday"),
    ("The runway remained out of service after a fuel spill.", "a fuel spill"),
])
def test_a_state_kept_after_an_event_is_caused_by_it(text: str, side: str) -> None:
    assert side in link_sides(text)


@pytest.mark.parametrize("text", [
    "The hall remained closed after the meeting.",
    "The shops stayed open after the parade.",
    "The line will remain shut for weeks after the holidays.",
])
def test_a_state_kept_after_an_occasion_is_not(text: str) -> None:
    assert not link_sides(text)


@pytest.mark.parametrize(("text", "side"), [
    ("The stablemaster was also ordered to take a 50 percent pay cut for a year for failing "
     "to report the assault, the committee said.", "failing to report the assault"),
    ("The striker was handed a six-match ban for elbowing an opponent.", "elbowing an opponent"),
    ("The club received a ten-point deduction for breaching spending rules.",
     "breaching spending rules"),
    ("He paid a fine for parking on the pavement.", "parking on the pavement"),
])
def test_a_penalty_named_by_a_noun_tells_what_it_was_for(text: str, side: str) -> None:
    assert side in link_sides(text)


def test_a_reason_before_the_court_heard_ends_at_the_comma() -> None:
    text = ("That request was turned down because managers wanted to prioritise the launch of "
            "a new product, the court heard.")
    assert "managers wanted to prioritise the launch of a new product" in link_sides(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The fraud came to light only after an auditor noticed missing invoices.",
     "After what event did the fraud come to light?", "an auditor noticed missing invoices"),
    ("The scheme came under scrutiny only after a newspaper published leaked emails.",
     "After what event did the scheme come under scrutiny?",
     "a newspaper published leaked emails"),
])
def test_only_after_an_event_asks_after_what_event(text: str, question: str,
                                                   answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "side"), [
    ("Its use has grown sharply since a rival product was banned in 2018.",
     "a rival product was banned in 2018"),
    ("Interest in the painter has soared since a retrospective in Leeds drew 250,000 "
     "visitors.", "a retrospective in Leeds drew 250,000 visitors"),
    ("Bus ridership has fallen by a third since the city raised fares in 2022.",
     "the city raised fares in 2022"),
    ("Demand for bicycles has doubled since the council built new cycle lanes.",
     "the council built new cycle lanes"),
    ("Crime in the district has dropped since police opened a station on the high street.",
     "police opened a station on the high street"),
])
def test_a_change_since_an_event_is_caused_by_it(text: str, side: str) -> None:
    assert side in link_sides(text)


@pytest.mark.parametrize("text", [
    "He has lived in Paris since his father died.",
    "Prices have risen since 2019.",
    "Sales have risen sharply since the season began.",
    "The company has grown since it was founded in 1990.",
    "Attendance has fallen since the pandemic.",
])
def test_a_change_since_a_time_is_not(text: str) -> None:
    assert not link_sides(text)


#: A sentence-adverb link: the sentence before is why (its first clause, without a speaker).
RESULTS_OF_BEFORE = [
    ("Two of the club's strikers were injured in training.",
     "This meant the coach had to field a teenager in attack.",
     "Why did the coach have to field a teenager in attack?",
     "Two of the club's strikers were injured in training"),
    ("The airport's radar failed for two hours on Friday.",
     "This meant that dozens of flights were diverted to Manchester.",
     "Why were dozens of flights diverted to Manchester?",
     "The airport's radar failed for two hours on Friday"),
    ("Farmers planted less wheat after a dry autumn.",
     "That meant flour prices rose sharply in the spring.",
     "Why did flour prices rise sharply in the spring?", "Farmers planted less wheat"),
    ("Officials said the river had burst its banks.", "As a result, the festival was cancelled.",
     "Why was the festival cancelled?", "the river had burst its banks"),
    ("A cyberattack knocked out the hospital's computer systems on Monday.",
     "As a result, dozens of operations were postponed.",
     "Why were dozens of operations postponed?",
     "A cyberattack knocked out the hospital's computer systems on Monday"),
    ("Heavy snow blocked the main road into the valley for three days.",
     "As a consequence, several villages ran short of fuel.",
     "Why did several villages run short of fuel?",
     "Heavy snow blocked the main road into the valley for three days"),
    ("The central bank raised interest rates for the fifth time this year.",
     "Consequently, mortgage approvals fell to their lowest level since 2012.",
     "Why did mortgage approvals fall to their lowest level since 2012?",
     "The central bank raised interest rates for the fifth time this year"),
    ("The ferry operator went bankrupt in March.",
     "Because of this, islanders must now travel via the mainland.",
     "Why must islanders now travel via the mainland?",
     "The ferry operator went bankrupt in March"),
    ("The number of births in Italy has fallen to a record low of 370,000.",
     "As a result, hundreds of village schools have closed.",
     "Why have hundreds of village schools closed?",
     "The number of births in Italy has fallen to a record low of 370,000"),
    ("The bridge was closed for repairs.", "As a result, traffic in the town centre doubled.",
     "Why did traffic in the town centre double?", "The bridge was closed for repairs"),
]


@pytest.mark.parametrize(("before", "text", "question", "answer"), RESULTS_OF_BEFORE)
def test_a_result_told_by_a_sentence_adverb_is_asked_with_the_sentence_before(
        before: str, text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(before, text)


@pytest.mark.parametrize(("before", "text"), [
    ("The company cut its prices by a fifth.", "This meant to attract new customers."),
    ("The regulator fined the bank £40m.", "That meant nothing to its shareholders."),
    ("The council sold the old library building in 2021.",
     "This means the town has no public library."),  # no clean "Why" of "has"
    ("\"We cannot afford it,\" the mayor said.", "As a result, the pool will close."),
])
def test_no_result_question_without_a_clean_clause_on_both_sides(before: str,
                                                                  text: str) -> None:
    assert not {qa for qa in cause_qa(before, text) if qa[1] in before}


@pytest.mark.parametrize(("text", "side"), [
    ("Thousands of commuters were stranded in Milan on Friday when train drivers walked out "
     "in a dispute over night-shift pay.",
     "train drivers walked out in a dispute over night-shift pay"),
    ("The leak came to light when customers began receiving text messages from fraudsters.",
     "customers began receiving text messages from fraudsters"),
    ("Hundreds of homes lost power when a substation flooded on Tuesday night.",
     "a substation flooded on Tuesday night"),
    ("The ferry was evacuated when smoke filled the engine room.", "smoke filled the engine room"),
    ("Shoppers fled the mall when a fire alarm went off.", "a fire alarm went off"),
    ("Shares in the bank slumped when regulators opened an inquiry into its lending.",
     "regulators opened an inquiry into its lending"),
    ("Two climbers were injured when a rope snapped near the summit.",
     "a rope snapped near the summit"),
    ("Protesters clashed with police when officers tried to clear the square.",
     "officers tried to clear the square"),
])
def test_a_when_clause_of_an_event_that_set_off_the_act_is_a_cause(text: str,
                                                                   side: str) -> None:
    assert side in link_sides(text)


@pytest.mark.parametrize("text", [
    "She was living in Paris when the war broke out.",
    "He was born when his father was serving in India.",
    "The company was founded in 1990 when two engineers left Siemens.",
    "Officials asked when the bridge was repaired.",
    "It is unclear when the plant will reopen.",
    "The minister was speaking when protesters stormed the stage.",
    "He joined the club when he was 12.",
    "The shop would close when the owner retired.",
    "Staff usually leave when the last train departs.",
    "Residents remember the day when the river burst its banks.",
    "He is expected to climb more than 200 places when the new rankings are published.",
])
def test_a_when_clause_of_a_time_a_question_or_a_habit_is_not(text: str) -> None:
    assert not link_sides(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("City staff had recommended the closures, saying the ageing pools needed repairs the city "
     "could not afford.", "Why had city staff recommended the closures?",
     "the ageing pools needed repairs the city could not afford"),
    ("The health board recommended closing the ward, saying nurses could not be recruited.",
     "Why did the health board recommend closing the ward?", "nurses could not be recruited"),
    ("Police urged drivers to avoid the motorway, saying a lorry had overturned near junction "
     "4.", "Why did police urge drivers to avoid the motorway?",
     "a lorry had overturned near junction 4"),
    ("The club announced the sale of its stadium, saying debts had reached 40 million euros.",
     "Why did the club announce the sale of its stadium?", "debts had reached 40 million euros"),
    ("The committee voted against the plan, saying residents had not been consulted.",
     "Why did the committee vote against the plan?", "residents had not been consulted"),
    ("The board decided to keep the school open, saying parents had raised enough money.",
     "Why did the board decide to keep the school open?", "parents had raised enough money"),
    ("Fans called the decision a disgrace, saying the club had ignored them.",
     "Why did fans call the decision a disgrace?", "the club had ignored them"),
])
def test_the_reason_a_decision_is_said_to_have_is_asked(text: str, question: str,
                                                        answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The mayor called a press conference, saying she wanted to explain the decision.",
    "The company announced record profits, saying it would hire 200 staff.",
])
def test_what_a_speaker_adds_about_themselves_is_no_reason(text: str) -> None:
    assert not cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Schools have asked unvaccinated pupils to stay at home for 21 days to stop the virus "
     "spreading.", "Why have schools asked unvaccinated pupils to stay at home for 21 days?",
     "to stop the virus spreading"),
    ("Several artists have offered to perform free concerts later in the year to raise money "
     "for new wells.", "Why have several artists offered to perform free concerts later in "
     "the year?", "to raise money for new wells"),
    ("Police urged residents to keep their windows shut to avoid breathing the smoke.",
     "Why did police urge residents to keep their windows shut?", "to avoid breathing the smoke"),
    ("The council told shop owners to close early to let cleaners clear the streets.",
     "Why did the council tell shop owners to close early?", "to let cleaners clear the streets"),
    ("The ministry ordered hospitals to cancel routine operations to free up beds.",
     "Why did the ministry order hospitals to cancel routine operations?", "to free up beds"),
])
def test_the_purpose_of_an_act_asked_of_someone_is_asked_of_the_asking(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "Doctors advised the patient to rest for a week.",
    "The coach asked them to train harder to win the cup.",  # whom?
    "The union asked members to vote for a strike.",
])
def test_no_purpose_of_an_asked_act_without_one(text: str) -> None:
    assert not cause_qa(text)
