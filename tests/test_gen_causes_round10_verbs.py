"""Round 10: causes told by a causative verb's subject, by a ", which" or ", a result that"
standing for a clause, by ", forcing X to do Y", and reasons given for a judgement, an intent
or a blame (sentences on many topics, in several shapes, and where no card may be made)."""

from __future__ import annotations

import pytest
from gen_support import cause_qa

from quiz.generate.cause_v_subjects import made_to_facts, subject_cause_facts, which_cause_facts
from quiz.generate.syntax import find_clauses


def _asked(rule, text: str) -> set[tuple[str, str]]:
    return {(question, answer) for _, question, answer, _ in rule(text, find_clauses(text))}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Heavy rain has thrown the final into doubt.",
     "What has thrown the final into doubt", "Heavy rain"),
    ("A strike by air traffic controllers has thrown summer travel plans into chaos.",
     "What has thrown summer travel plans into chaos", "A strike by air traffic controllers"),
    ("A hamstring injury kept the striker out of the final.",
     "What kept the striker out of the final", "A hamstring injury"),
    ("Rising fuel prices have pushed up the cost of flights.",
     "What has pushed up the cost of flights", "Rising fuel prices"),
    ("Higher interest rates have slowed the housing market.",
     "What has slowed the housing market", "Higher interest rates"),
    ("Cold weather helped preserve the bodies.", "What helped preserve the bodies",
     "Cold weather"),
    ("Years of drought drove wheat prices to a ten-year high.",
     "What drove wheat prices to a ten-year high", "Years of drought"),
    ("The shortage of nurses is putting patients at risk.",
     "What is putting patients at risk", "The shortage of nurses"),
    ("That layer of ash, which was up to two metres thick, helped protect the frescoes.",
     "What helped protect the frescoes", "That layer of ash, which was up to two metres thick"),
])
def test_a_causative_verbs_subject_is_asked_for(text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(subject_cause_facts, text)


@pytest.mark.parametrize("text", [
    "The council kept the library open until midnight.",  # someone acting
    "Police kept protesters away from the embassy.",
    "The company pushed prices up by 5%.",
    "Temperatures hit a record 43.1C in Lleida on Sunday.",  # a level reached
    "Annual inflation slowed to 1.9% in the June quarter.",  # no object
    "Growth slowed sharply in the second half.",
    "The discovery has thrown the project into doubt.",  # points back: of what?
    "His injury has kept him out of the squad.",  # whose, and a pronoun object
    "It has pushed up costs.",
    "The striker was kept out of the final by injury.",  # a passive
])
def test_no_cause_from_an_actor_a_pointer_or_no_object(text: str) -> None:
    assert not _asked(subject_cause_facts, text)


def test_a_possessive_subject_gives_no_answer_in_the_pipeline() -> None:
    found = cause_qa("Tom Ruiz, a British climber, has been banned for four years.",
                     "His exclusion has forced the team to rebuild its plans around Ana Soto.")
    assert not any(answer.startswith(("His ", "his ")) for _, answer in found)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Congestion is also slowing buses, which has pushed up costs.",
     "What has pushed up costs", "Congestion is also slowing buses"),
    ("Farmers have abandoned thousands of fields, which has driven up food prices.",
     "What has driven up food prices", "Farmers have abandoned thousands of fields"),
])
def test_a_which_after_a_whole_clause_names_the_cause(text: str, question: str,
                                                      answer: str) -> None:
    assert (question, answer) in _asked(which_cause_facts, text)


@pytest.mark.parametrize("text", [
    # "which" can stand for the noun before it (singular): which one is not told
    "The heat was blamed on a dome of high pressure, which has kept cooler air away.",
    "Cheap imports are flooding the market, which has driven down prices.",
    "Congestion is slowing buses, which could push up costs.",  # not a causative form
])
def test_a_which_that_may_stand_for_a_noun_gives_nothing(text: str) -> None:
    assert not _asked(which_cause_facts, text)


def test_a_result_that_stands_for_the_clause_before() -> None:
    text = ("In 2012, voters rejected a similar tax in a referendum by two to one, a result "
            "that kept the idea off the agenda for a decade.")
    assert ("What kept the idea off the agenda for a decade",
            "voters rejected a similar tax in a referendum by two to one") in _asked(
        subject_cause_facts, text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("All sailings were cancelled with immediate effect, forcing hundreds of passengers to "
     "sleep at the port.", "What forced hundreds of passengers to sleep at the port",
     "All sailings were cancelled with immediate effect"),
    ("A landslide blocked the main road into the valley, forcing residents to leave their "
     "homes.", "What forced residents to leave their homes",
     "A landslide blocked the main road into the valley"),
    ("Two players tested positive for the virus, prompting the league to postpone the match "
     "on days when it was due.", "What prompted the league to postpone the match",
     "Two players tested positive for the virus"),
])
def test_forcing_someone_to_act_asks_what_forced_them(text: str, question: str,
                                                      answer: str) -> None:
    assert (question, answer) in _asked(made_to_facts, text)


@pytest.mark.parametrize("text", [
    "Heavy snow closed the airport, forcing it to cancel 200 flights.",  # a pronoun object
    "The court said the firm had lied, forcing the board to resign.",  # a report, whose act?
    "Prices could rise again, forcing families to cut back.",  # what may happen
])
def test_forcing_without_a_clean_event_or_object_gives_nothing(text: str) -> None:
    assert not _asked(made_to_facts, text)


@pytest.mark.parametrize(("texts", "question", "answer"), [
    (("The rider had argued that his sample was contaminated, but the panel rejected the "
      "explanation, saying the levels detected were \"incompatible with accidental "
      "ingestion\".",),
     "Why did the panel reject the explanation?",
     "the levels detected were incompatible with accidental ingestion"),
    (("Shop owners warned of lost trade, while a coalition of cafés backed the plan, saying "
      "quieter streets would bring more visitors.",),
     "Why did a coalition of cafés back the plan?", "quieter streets would bring more visitors"),
    (("Residents backed the scheme, saying the new park would bring families to the area.",),
     "Why did residents back the scheme?", "the new park would bring families to the area"),
    (("Campaigners from the group Clean Air Now said they would seek a judicial review, "
      "arguing that the council had failed to consult residents.",),
     "Why do campaigners from the group Clean Air Now want to seek a judicial review?",
     "the council had failed to consult residents"),
    (("The players said they would strike, arguing that the league had broken its promises "
      "on pay.",), "Why do the players want to strike?",
     "the league had broken its promises on pay"),
    (("Bookings are down by 20% this spring, said Ana Costa, head of the hotel association, "
      "who blamed the drop on uncertainty over flights.",),
     "What did Ana Costa blame the drop on?", "uncertainty over flights"),
])
def test_the_reason_given_for_a_judgement_an_intent_or_a_blame(
        texts: tuple[str, ...], question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(*texts)


@pytest.mark.parametrize("text", [
    "Mr Ruiz said they would appeal, arguing that the judge had ignored key evidence.",
    "The union backed the deal and said its members would vote next week.",
])
def test_no_reason_when_whose_intent_or_reason_is_not_told(text: str) -> None:
    assert not any(q.startswith("Why") for q, _ in cause_qa(text))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The regent, Ana Silva, declared a 14-day state of emergency, a step that allows the "
     "district to draw on national disaster funds.",
     "The regent declared a 14-day state of emergency. What does this allow the district to "
     "do?", "draw on national disaster funds"),
    ("The government raised the fuel tax by 10%, a move that forced hauliers to raise their "
     "prices.", "The government raised the fuel tax by 10%. What did this force hauliers to do?",
     "raise their prices"),
    ("The game was delayed by an hour after a power cut hit the stadium, the Arena Nord, "
     "which forced organisers to move the ceremony to a nearby hotel.",
     "A power cut hit the stadium. What did this force organisers to do?",
     "move the ceremony to a nearby hotel"),
    (("Supporters have protested outside the stadium several times this season, blaming the "
      "club's decline on years of underinvestment."),
     "What have supporters blamed the club's decline on?", "years of underinvestment"),
])
def test_what_a_step_or_a_named_place_stands_for(text: str, question: str,
                                                 answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The game was delayed after a power cut hit the stadium, the Arena Nord, which forced "
    "organisers to move the ceremony.",
    "She said the owners would not load the club with debt, a practice that has led to "
    "protests at other clubs.",
])
def test_a_place_or_a_bare_step_is_never_the_answer(text: str) -> None:
    assert not any(answer.startswith(("the Arena", "a practice")) or "Arena Nord force" in q
                   for q, answer in cause_qa(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Air pollution was the main reason given for the scheme.",
     {("What was the main reason given for the scheme?", "Air pollution")}),
    ("Heavy snowfall is the main reason for the delays on the northern line.",
     {("What is the main reason for the delays on the northern line?", "Heavy snowfall")}),
    ("Maria Lopez was the main reason for the team's success.", set()),  # someone, no cause
    ("The weather was the reason.", set()),
])
def test_a_cause_named_as_the_reason_for_something(text: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert {qa for qa in cause_qa(text) if "reason" in qa[0]} == expected


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The region went through a similar crisis in 2019, when a drought that had lasted three "
     "years led to restrictions across much of the south.",
     "What led to restrictions across much of the south?",
     "a drought that had lasted three years"),
    ("A storm that hit the coast on Monday caused widespread flooding.",
     "What caused widespread flooding?", "A storm that hit the coast on Monday"),
    ("Schools will close from Monday, after a heatwave that has lasted two weeks drove "
     "reservoir levels to their lowest point since records began.",
     "What drove reservoir levels to their lowest point?",
     "a heatwave that has lasted two weeks"),
    ("A virus that spread through the squad kept five players out of the final.",
     "What kept five players out of the final?", "A virus that spread through the squad"),
])
def test_a_subject_with_a_restrictive_relative_clause(text: str, question: str,
                                                      answer: str) -> None:
    found = cause_qa(text)
    assert (question, answer) in found
    assert not any(q.startswith("What hit the coast") for q, _ in found)


@pytest.mark.parametrize("text", [
    "The man who led the protest caused a stir.",  # someone
    "The company that owns the mine pushed up prices.",
])
def test_a_relative_subject_that_is_someone_gives_no_cause(text: str) -> None:
    assert not any(q.startswith("What") for q, _ in cause_qa(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Analysts said the low turnout reflected widespread frustration with the main parties.",
     {("What did the low turnout reflect, according to analysts?",
       "widespread frustration with the main parties")}),
    ("The club said the sharp fall in ticket sales reflected a run of poor results.",
     {("What did the sharp fall in ticket sales reflect, according to the club?",
       "a run of poor results")}),
    ("The minister reflected on her long career.", set()),  # someone thinking
    ("Mr Ruiz reflected that the team had played well.", set()),
])
def test_what_a_thing_reflects_is_its_cause(text: str, expected: set[tuple[str, str]]) -> None:
    assert {qa for qa in cause_qa(text) if "reflect" in qa[0]} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The sprinter had argued at a hearing last week that her sample had been contaminated by "
     "a supplement bought online.",
     {("What did the sprinter argue contaminated her sample?", "a supplement bought online")}),
    ("The farmers said their crops had been poisoned by chemicals from the factory.",
     {("What did the farmers say poisoned their crops?", "chemicals from the factory")}),
    ("Investigators said the water supply had been contaminated by sewage from a broken pipe.",
     {("What had contaminated the water supply, according to investigators?",
       "sewage from a broken pipe")}),
    ("Mr Ruiz said her car had been damaged by the storm.", set()),  # whose car?
    ("The farmers said his crops had been poisoned by chemicals.", set()),
])
def test_what_someone_says_spoiled_their_own_thing(text: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert {qa for qa in cause_qa(text) if qa[0].startswith("What")} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A computer fault halted trading on the exchange for an hour.",
     {("What halted trading on the exchange for an hour", "A computer fault")}),
    ("Technical problems have stalled the project.",
     {("What has stalled the project", "Technical problems")}),
    ("Police stopped the car near the border.", set()),  # someone acting
    ("The rain stopped in the afternoon.", set()),  # nothing stopped
])
def test_what_held_something_up_is_a_thing(text: str, expected: set[tuple[str, str]]) -> None:
    assert _asked(subject_cause_facts, text) == expected


def test_a_reason_for_a_thing_named_by_a_pronoun_is_not_asked() -> None:
    found = cause_qa("Habitat loss in the mountains is the main reason for their decline, "
                     "conservationists say.")
    assert not any("their" in question for question, _ in found)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The airline posted a loss of £40m, which it blamed on the strike by pilots.",
     "What did the airline blame the loss of £40m on?", "the strike by pilots"),
    ("The firm reported a 9% fall in quarterly profit, to €312 million, which it blamed on "
     "weaker sales in Asia.", "What did the firm blame the 9% fall in quarterly profit on?",
     "weaker sales in Asia"),
    ("Farmers reported a poor harvest, which they blamed on the drought.",
     "What did farmers blame the poor harvest on?", "the drought"),
    ("River levels had begun to fall, but forecasters warned of more rain on Friday, "
     "prompting officials to keep the evacuation order in place.",
     "What prompted officials to keep the evacuation order in place?",
     "forecasters warned of more rain on Friday"),
    ("Pay has lagged prices since 2019, when a new law capped public-sector increases at 1% "
     "a year.", "What capped public-sector increases at 1% a year?", "a new law"),
])
def test_more_causes_told_by_a_verb(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The mayor said the city had suffered a flood, which it blamed on blocked drains.",
    "The seedlings would take at least three years to produce a crop, the institute said.",
    "Water levels had begun to fall by Monday.",
    "The government capped energy prices in 2022.",
])
def test_no_cause_from_a_report_a_duration_or_an_actor(text: str) -> None:
    assert not {qa for qa in cause_qa(text)
                if qa[0].startswith(("What did the city", "Why would the seedlings",
                                     "Why had water", "What capped"))}


def test_a_purpose_of_the_second_of_two_joined_verb_groups_is_not_asked_of_both() -> None:
    found = cause_qa("The minister said the government had been told on Monday and would work "
                     "with the company to limit losses.")
    assert not any(" and would " in question for question, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Heavy snow brought traffic in the capital to a standstill on Monday.",
     {("What brought traffic in the capital to a standstill on Monday", "Heavy snow")}),
    ("The storm left 20,000 homes without power.",
     {("What left 20,000 homes without power", "The storm")}),
    ("The slump wiped €2 billion off the company's market value.",
     {("What wiped €2 billion off the company's market value", "The slump")}),
    ("The strike cost the airline an estimated €40 million.",
     {("What cost the airline an estimated €40 million", "The strike")}),
    ("A gas leak forced the closure of the main station for three hours.",
     {("What forced the closure of the main station for three hours", "A gas leak")}),
    ("The project cost £3 million.", set()),  # a price, no one it cost
    ("The council forced the closure of the club.", set()),  # someone acting
    ("The minister left the meeting without comment.", set()),
])
def test_more_causative_shapes(text: str, expected: set[tuple[str, str]]) -> None:
    assert _asked(subject_cause_facts, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Investigators believe a faulty valve was behind the explosion at the plant.",
     {("What was behind the explosion at the plant, according to investigators?",
       "a faulty valve")}),
    ("Higher energy costs were largely behind the rise in inflation last month.",
     {("What was largely behind the rise in inflation last month?", "Higher energy costs")}),
    ("Iran was behind the attack on the tanker.", set()),  # an actor
    ("The team was behind the goal.", set()),
])
def test_what_a_thing_was_behind(text: str, expected: set[tuple[str, str]]) -> None:
    assert {qa for qa in cause_qa(text) if " behind " in qa[0]} == expected
