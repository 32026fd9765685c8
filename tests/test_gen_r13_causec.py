"""Round 13 cause links carried by a connective or a clause shape, on sentences of other topics."""

from __future__ import annotations

import pytest

from gen_support import cause_qa


def _answers(text: str) -> dict[str, str]:
    return dict(cause_qa(text))


# ---- "after X because Y": X is what the act followed, Y why X happened ----------------------

@pytest.mark.parametrize("text, question, answer", [
    ("Shops closed after retail prices doubled because rains damaged crops.",
     "Why did shops close?", "retail prices doubled"),
    ("Kenya has suspended tea auctions, the trade ministry said, after bids collapsed because "
     "buyers feared new export rules.",
     "Why has Kenya suspended tea auctions, according to the trade ministry?", "bids collapsed"),
    ("The airline cancelled 40 flights after fuel supplies ran short because a pipeline burst "
     "near the airport.", "Why did the airline cancel 40 flights?", "fuel supplies ran short"),
    ("The school closed for a week after dozens of pupils fell ill because the water supply was "
     "contaminated.", "Why did the school close for a week?", "dozens of pupils fell ill"),
    ("Officials said the mine was evacuated after gas levels rose sharply because a ventilation "
     "fan failed.", "Why, according to officials, was the mine evacuated?",
     "gas levels rose sharply"),
])
def test_after_stops_at_a_nested_because(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


@pytest.mark.parametrize("text, question, answer", [
    ("Shops closed after retail prices doubled because rains damaged crops.",
     "Why did retail prices double?", "rains damaged crops"),
    ("The airline cancelled 40 flights after fuel supplies ran short because a pipeline burst "
     "near the airport.", "Why did fuel supplies run short?", "a pipeline burst near the airport"),
])
def test_the_nested_because_explains_the_after_clause(text: str, question: str,
                                                       answer: str) -> None:
    assert _answers(text).get(question) == answer


def test_a_because_after_an_unread_after_clause_is_not_asked_of_the_main_act() -> None:
    qa = cause_qa("India has banned onion exports until the end of March, the government said "
                  "on Tuesday, after retail prices more than doubled in two months because "
                  "unseasonal rains damaged crops in Maharashtra and Karnataka.")
    assert ("Why has India banned onion exports until the end of March, according to the "
            "government?", "retail prices more than doubled in two months") in qa
    assert not any(q.startswith("Why has India") and a.startswith("unseasonal") for q, a in qa)


# ---- one change "as" another --------------------------------------------------------------

@pytest.mark.parametrize("text, question, answer", [
    ("But environmental groups say progress has stalled as the number of vehicles in the city "
     "has grown to more than 6 million.",
     "Why has progress stalled, according to environmental groups?",
     "the number of vehicles in the city has grown to more than 6 million"),
    ("Waiting lists have lengthened as the number of family doctors has fallen.",
     "Why have waiting lists lengthened?", "the number of family doctors has fallen"),
    ("Teachers say standards have slipped as class sizes have grown.",
     "Why have standards slipped, according to teachers?", "class sizes have grown"),
    ("Attendance at the museum has dropped as ticket prices have risen.",
     "Why has attendance at the museum dropped?", "ticket prices have risen"),
    ("Economists said growth slowed in the second quarter as exports fell.",
     "Why did growth slow in the second quarter, according to economists?", "exports fell"),
    ("The company's profits have declined as demand for its printers has shrunk.",
     "Why have the company's profits declined?", "demand for its printers has shrunk"),
    ("Bird numbers on the island have recovered as rat populations have declined.",
     "Why have bird numbers on the island recovered?", "rat populations have declined"),
    ("Air pollution worsened last winter as coal use rose.",
     "Why did air pollution worsen last winter?", "coal use rose"),
])
def test_a_change_as_another_change(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


@pytest.mark.parametrize("text", [
    "She has grown more confident as the season has gone on.",
    "The crowd grew as the evening wore on.",
    "Prices rose as the market opened.",
    "Water levels have fallen as summer has arrived.",
    "Shares fell after trading opened.",
])
def test_a_change_as_a_time_is_no_reason(text: str) -> None:
    assert cause_qa(text) == set()


# ---- "after" + an act named by a noun, after a change; a lack "after" an event -------------

@pytest.mark.parametrize("text, question, answer", [
    ("Air quality improved significantly in the 1990s after the introduction of unleaded "
     "petrol and of the driving restrictions.",
     "Why did air quality improve significantly in the 1990s?",
     "the introduction of unleaded petrol and of the driving restrictions"),
    ("Bus ridership has declined after the removal of fare subsidies.",
     "Why has bus ridership declined?", "the removal of fare subsidies"),
    ("Fish stocks recovered after the suspension of trawling in the bay.",
     "Why did fish stocks recover?", "the suspension of trawling in the bay"),
    ("Tourist numbers jumped after the opening of the new airport.",
     "Why did tourist numbers jump?", "the opening of the new airport"),
    ("The team improved after the arrival of a new coach.",
     "Why did the team improve?", "the arrival of a new coach"),
])
def test_a_change_after_an_act_named_by_a_noun(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


@pytest.mark.parametrize("text, question, answer", [
    ("Most of Vanuatu has been without reliable internet for four days after its only "
     "international undersea cable was damaged, disrupting banks, airlines and government "
     "services.", "Why has most of Vanuatu been without reliable internet for four days?",
     "its only international undersea cable was damaged"),
    ("Thousands of homes in Ohio were still without power on Sunday after a storm brought down "
     "lines.", "Why were thousands of homes in Ohio still without power on Sunday?",
     "a storm brought down lines"),
    ("The island has been without fresh water since Monday after a pipe burst.",
     "Why has the island been without fresh water since Monday?", "a pipe burst"),
    ("Several villages remain without a doctor after the closure of the district clinic.",
     "Why do several villages remain without a doctor?", "the closure of the district clinic"),
])
def test_a_lack_after_an_event(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


def test_a_lack_after_a_time_is_no_reason() -> None:
    assert cause_qa("The village was without a priest for years after the war.") == set()


# ---- ", as" + a present clause with a time adverb; "had" as the verb itself ----------------

@pytest.mark.parametrize("text, question, answer", [
    ("The association said members had no choice, as flour now accounts for more than half of "
     "their costs.", "Why did members have no choice, according to the association?",
     "flour now accounts for more than half of their costs"),
    ("Ferries to the island have been cut to two a day, as the operator now runs only one boat.",
     "Why have ferries to the island been cut to two a day?",
     "the operator now runs only one boat"),
    ("The library will close on Sundays, as volunteers increasingly work weekdays.",
     "Why will the library close on Sundays?", "volunteers increasingly work weekdays"),
])
def test_as_with_a_time_adverb(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


@pytest.mark.parametrize("text, question", [
    ("The town had no water because a pipe burst.", "Why did the town have no water?"),
    ("The club has a deficit because attendance fell.", "Why does the club have a deficit?"),
    ("Hospitals have too few nurses because many left for jobs abroad.",
     "Why do hospitals have too few nurses?"),
    ("The team had won because its striker scored twice.", "Why had the team won?"),
])
def test_had_as_the_verb_is_asked_with_did(text: str, question: str) -> None:
    assert question in _answers(text)


# ---- "when" + a strike or a blockade, after a halt -----------------------------------------

@pytest.mark.parametrize("text, question, answer", [
    ("Thousands of commuters were stranded in Milan and Rome on Friday when train drivers "
     "walked out in a dispute over night-shift pay.",
     "Why were thousands of commuters stranded in Milan and Rome on Friday?",
     "train drivers walked out"),
    ("Flights from Lyon were cancelled when air traffic controllers went on strike.",
     "Why were flights from Lyon cancelled?", "air traffic controllers went on strike"),
    ("Exports of grain were halted last week when dockers in Odesa downed tools.",
     "Why were exports of grain halted last week?", "dockers in Odesa downed tools"),
    ("Traffic was halted when farmers blocked roads into Paris with tractors.",
     "Why was traffic halted?", "farmers blocked roads into Paris with tractors"),
])
def test_halted_when_a_strike(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


@pytest.mark.parametrize("text", [
    "Passengers were stranded when the drivers walked out of the meeting.",
    "Buses stopped running when they walked out.",
])
def test_no_strike_no_reason(text: str) -> None:
    assert not any(q.startswith(("Why were passengers", "Why did buses")) for q, _ in
                   cause_qa(text))


# ---- "over" after the second of two acts ---------------------------------------------------

@pytest.mark.parametrize("text, question, answer", [
    ("The Argentine Football Association has ordered Atlético Ribera to play their next three "
     "home matches behind closed doors and fined the Rosario club 40 million pesos over racist "
     "chants aimed at a Brazilian player.",
     "Why has the Argentine Football Association fined the Rosario club 40 million pesos?",
     "racist chants aimed at a Brazilian player"),
    ("Police closed the road and arrested two men over the attack on a shop owner.",
     "Why did police arrest two men?", "the attack on a shop owner"),
    ("The airline apologised and suspended two pilots over the incident in Madrid.",
     "Why did the airline suspend two pilots?", "the incident in Madrid"),
    ("The mayor visited the site and sacked the contractor over delays to the bridge.",
     "Why did the mayor sack the contractor?", "delays to the bridge"),
])
def test_over_after_a_second_act(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


@pytest.mark.parametrize("text", [
    "Officials met the families and talked over the weekend.",
    "The league has docked the club six points and banned its owner for a year over unpaid "
    "wages.",
])
def test_over_after_a_second_act_negatives(text: str) -> None:
    assert not any("banned its owner" in q or "talk" in q for q, _ in cause_qa(text))


# ---- "after ruling that X"; ", as" + an inability, past a finding set off before it --------

@pytest.mark.parametrize("text, question, answer", [
    ("The court annulled the election after finding that several associations had been barred "
     "from voting.", "Why did the court annul the election?",
     "several associations had been barred from voting"),
    ("The judge halted the eviction after ruling that the landlord had failed to give notice.",
     "Why did the judge halt the eviction?", "the landlord had failed to give notice"),
    ("The council withdrew the fine after concluding that the camera had misread the plate.",
     "Why did the council withdraw the fine?", "the camera had misread the plate"),
    ("The club dropped the appeal after accepting that the evidence was clear.",
     "Why did the club drop the appeal?", "the evidence was clear"),
])
def test_after_a_judgement_that(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


@pytest.mark.parametrize("text, question, answer", [
    ("Patients in Wales spent more than 41,000 hours waiting in ambulances outside emergency "
     "departments in January alone, a report by the country's health inspectorate has found, as "
     "crowded hospitals were unable to admit them.",
     "Why did patients in Wales spend more than 41,000 hours waiting in ambulances outside "
     "emergency departments in January alone?", "crowded hospitals were unable to admit them"),
    ("Thousands of pupils missed lessons last term, a survey by the union found, as schools "
     "could not hire enough teachers.", "Why did thousands of pupils miss lessons last term?",
     "schools could not hire enough teachers"),
    ("Hundreds of students missed the exam, as the buses were unable to reach the campus.",
     "Why did hundreds of students miss the exam?", "the buses were unable to reach the campus"),
    ("The match was abandoned, as the groundsmen were not able to clear the snow.",
     "Why was the match abandoned?", "the groundsmen were not able to clear the snow"),
])
def test_as_an_inability(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


def test_a_finding_set_off_is_not_asked_why() -> None:
    assert not any(q.startswith("Why has a report") for q, _ in cause_qa(
        "Patients waited for hours, a report has found, as hospitals were unable to admit them."))


# ---- "as punishment for X"; a crowd's reaction "when" another's act; ", unable to X" -------

@pytest.mark.parametrize("text, question, answer", [
    ("The Ghana Football Association has ordered Accra Lions City to play its next five home "
     "matches behind closed doors as punishment for crowd trouble during Sunday's derby.",
     "Why has the Ghana Football Association ordered Accra Lions City to play its next five "
     "home matches behind closed doors?", "crowd trouble during Sunday's derby"),
    ("Moscow expelled three diplomats as a reprisal for the closure of its consulate.",
     "Why did Moscow expel three diplomats?", "the closure of its consulate"),
])
def test_as_punishment_for(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


@pytest.mark.parametrize("text, question, answer", [
    ("Fans threw bottles onto the pitch when the referee, Yaw Boateng, disallowed a late goal "
     "for offside, forcing the match to be stopped for 20 minutes.",
     "Why did fans throw bottles onto the pitch?",
     "the referee, Yaw Boateng, disallowed a late goal for offside"),
    ("Supporters booed when the coach substituted their captain.",
     "Why did supporters boo?", "the coach substituted their captain"),
    ("Protesters clashed with police when officers tried to clear the square.",
     "Why did protesters clash with police?", "officers tried to clear the square"),
    ("Villagers stormed the police station when a suspect was released without charge.",
     "Why did villagers storm the police station?", "a suspect was released without charge"),
    ("Residents protested when the council closed the library.",
     "Why did residents protest?", "the council closed the library"),
])
def test_a_reaction_when_an_act(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


@pytest.mark.parametrize("text", [
    "Fans threw flares when he scored.",
    "Children threw snowballs when it snowed.",
    "She smiled, unable to hide her tears.",
    "The ship stayed in port for a week, unable to leave because of the storm.",
])
def test_no_reaction_or_inability_without_a_cause(text: str) -> None:
    assert cause_qa(text) == set()


@pytest.mark.parametrize("text, question, answer", [
    ("Many families have moved to the suburbs, unable to pay city rents.",
     "Why have many families moved to the suburbs?", "unable to pay city rents"),
    ("The climbers turned back, unable to find the route in the fog.",
     "Why did the climbers turn back?", "unable to find the route in the fog"),
])
def test_a_bare_inability_closing_the_sentence(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


# ---- the same links fronted; a quotation opened by a plural common noun --------------------

@pytest.mark.parametrize("text, question, answer", [
    ("As the number of tourists has grown, rents in the old town have soared.",
     "Why have rents in the old town soared?", "the number of tourists has grown"),
    ("As exports fell, growth slowed in the second quarter.",
     "Why did growth slow in the second quarter?", "exports fell"),
    ("After the introduction of congestion charges, traffic in the centre fell by a fifth.",
     "Why did traffic in the centre fall by a fifth?", "the introduction of congestion charges"),
    ("After the removal of fare subsidies, bus ridership declined sharply.",
     "Why did bus ridership decline sharply?", "the removal of fare subsidies"),
])
def test_fronted_change_links(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


@pytest.mark.parametrize("text", [
    "As the season has gone on, she has grown more confident.",
    "As prices rose, the bank raised rates.",
    "After the meeting of ministers, prices fell.",
])
def test_fronted_negatives(text: str) -> None:
    assert cause_qa(text) == set()


def test_a_quotation_opened_by_a_plural_noun_is_asked_in_lower_case() -> None:
    qa = cause_qa('"Queues have lengthened as the number of nurses has fallen," the union said.')
    assert ("Why have queues lengthened, according to the union?",
            "the number of nurses has fallen") in qa
    assert not any("Queues" in q for q, _ in qa)


# ---- ", which makes it ADJ": the clause puts its own subject in a state ---------------------

@pytest.mark.parametrize("text, question, answer", [
    ("The valley, home to more than 22 million people, lies in a high basin ringed by mountains, "
     "which makes it prone to trapping pollutants.",
     "What makes the valley prone to trapping pollutants?",
     "lies in a high basin ringed by mountains"),
    ("The town sits below sea level, which makes it vulnerable to flooding.",
     "What makes the town vulnerable to flooding?", "The town sits below sea level"),
    ("The island has no airport, which makes it hard to reach in winter.",
     "What makes the island hard to reach in winter?", "The island has no airport"),
    ("The new bridges are built of timber, which makes them cheaper to maintain.",
     "What makes the new bridges cheaper to maintain?", "The new bridges are built of timber"),
    ("The city relies on a single reservoir, which leaves it exposed to droughts.",
     "What leaves the city exposed to droughts?", "The city relies on a single reservoir"),
    ("Kenya's tea is sold at auction in Mombasa, which has made it vulnerable to swings in "
     "demand.", "What has made Kenya's tea vulnerable to swings in demand?",
     "Kenya's tea is sold at auction in Mombasa"),
])
def test_which_makes_it(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


@pytest.mark.parametrize("text", [
    "The Spanish science ministry funds the project, which makes it dependent on public money.",
    "The company bought its rival in 2019, which made it the largest brewer in Europe.",
    "The mountains surround the city, which makes it prone to smog.",
    "He said the plan was flawed, which made it unworkable.",
    "The city has a new airport, which makes it busy.",
])
def test_which_makes_it_negatives(text: str) -> None:
    assert not any(q.startswith("What ") and (" make" in q or " made" in q) for q, _ in
                   cause_qa(text))


# ---- a protest "over" one noun -------------------------------------------------------------

@pytest.mark.parametrize("text, question, answer", [
    ("Workers at the plant walked out over pay, the union said.",
     "Why did workers at the plant walk out, according to the union?", "over pay"),
    ("Nurses in Lisbon went on strike over pensions.",
     "Why did nurses in Lisbon go on strike?", "over pensions"),
])
def test_a_protest_over_one_noun(text: str, question: str, answer: str) -> None:
    assert _answers(text).get(question) == answer


@pytest.mark.parametrize("text", [
    "Two ministers resigned over it.",
    "The delegates walked out over lunch.",
    "Protesters clashed with police over the weekend.",
])
def test_over_one_word_negatives(text: str) -> None:
    assert cause_qa(text) == set()


def test_over_after_a_named_protest_is_the_protests_reason() -> None:
    assert cause_qa("Nurses walked off the job on the first day of a strike over pay and "
                    "staffing levels.") == set()
    assert ("Why did dockers stage a 48-hour strike?", "pay cuts") in cause_qa(
        "Dockers staged a 48-hour strike over pay cuts.")
