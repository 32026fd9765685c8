"""Causes told by a clause shape: an absolute clause, "following the N of", ", jamming X"."""

from __future__ import annotations

import pytest

from gen_support import cause_qa

from quiz.generate.cause_clozes import link_sides

ABSOLUTE = [
    ("Several small bakeries in Ikeja have already closed, their owners unable to pay for "
     "fuel.",
     "Why have several small bakeries in Ikeja already closed?",
     "their owners unable to pay for fuel"),
    ("Dozens of farms in the valley have been sold, their owners no longer able to cover their "
     "debts.", "Why have dozens of farms in the valley been sold?",
     "their owners no longer able to cover their debts"),
    ("The ferry service was suspended in June, its operator unable to find qualified crews.",
     "Why was the ferry service suspended in June?", "its operator unable to find qualified crews"),
    ("The clinic turns patients away every week, its doctors unable to cope with demand.",
     "Why does the clinic turn patients away every week?",
     "its doctors unable to cope with demand"),
    ("Hundreds of students dropped out last year, many unable to afford the rent.",
     "Why did hundreds of students drop out last year?", "many unable to afford the rent"),
    ("The festival was moved indoors, heavy rain having flooded the park.",
     "Why was the festival moved indoors?", "heavy rain having flooded the park"),
    ("The orchard owners sold their land, the frost having destroyed three harvests in a row.",
     "Why did the orchard owners sell their land?",
     "the frost having destroyed three harvests in a row"),
    ("The council closed the bridge to lorries, with engineers having found cracks in two pillars.",
     "Why did the council close the bridge to lorries?",
     "engineers having found cracks in two pillars"),
    ("The mine has stopped production, its main shaft having collapsed in April.",
     "Why has the mine stopped production?", "its main shaft having collapsed in April"),
    ("The city has banned barbecues in its parks, with dry weather having left the grass brittle.",
     "Why has the city banned barbecues in its parks?",
     "dry weather having left the grass brittle"),
]

STATES = [
    ("The village school has moved its lessons to the church hall, with the main building "
     "under water since Tuesday.", "Why has the village school moved its lessons to the church "
     "hall?", "the main building under water since Tuesday"),
    ("The ferry company has cancelled its winter timetable, its two largest ships out of "
     "service for repairs.", "Why has the ferry company cancelled its winter timetable?",
     "its two largest ships out of service for repairs"),
    ("Hundreds of families are sleeping in tents, their homes in ruins.",
     "Why are hundreds of families sleeping in tents?", "their homes in ruins"),
    ("The lab has paused its trials of the vaccine, with its main freezer out of action since "
     "a power cut.", "Why has the lab paused its trials of the vaccine?",
     "its main freezer out of action since a power cut"),
]

FOLLOWING = [
    ("The museum has shut its east wing following the collapse of a ceiling in March.",
     "Why has the museum shut its east wing?", "the collapse of a ceiling in March"),
    ("Trains between Lyon and Geneva are running slowly following the derailment of a freight "
     "wagon.", "Why are trains between Lyon and Geneva running slowly?",
     "the derailment of a freight wagon"),
    ("The orchestra cancelled its autumn tour following the departure of its conductor.",
     "Why did the orchestra cancel its autumn tour?", "the departure of its conductor"),
    ("The club will play its home games in Leeds following the closure of its stadium.",
     "Why will the club play its home games in Leeds?", "the closure of its stadium"),
    ("Parents have kept their children at home following the resignation of the head teacher.",
     "Why have parents kept their children at home?", "the resignation of the head teacher"),
    ("A clinic in Oban has stopped taking new patients following the retirement of its doctor.",
     "Why has a clinic in Oban stopped taking new patients?", "the retirement of its doctor"),
]

NOT_CAUSES = [
    "The march began at noon, the crowd having gathered at dawn.",
    "The players left the pitch, their faces painted blue.",
    "The ship sailed on Monday, its crew having boarded the night before.",
    "The dancers moved slowly, their arms able to reach the ceiling.",
    "The museum marked the anniversary quietly, its doors closed to visitors.",
    "The players left the pitch in silence, their captain unable to hide his tears.",
    "The crowd stood in the square, many unable to believe the result.",
    "The singer walked on stage, with her arms out of the sleeves of her coat.",
    "The village holds a parade each spring following the tradition of its founders.",
    "The team trained in the hills following the advice of the coach.",
]


@pytest.mark.parametrize(("sentence", "question", "answer"), ABSOLUTE + STATES + FOLLOWING)
def test_a_clause_shape_tells_why(sentence: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(sentence)


@pytest.mark.parametrize("sentence", NOT_CAUSES)
def test_a_manner_or_a_time_tells_no_why(sentence: str) -> None:
    assert not [qa for qa in cause_qa(sentence) if qa[0].startswith("Why")]


EFFECTS = [
    ("Many commuters chose to drive instead, jamming the ring road for most of the morning.",
     "the ring road for most of the morning"),
    ("A lorry overturned on the bypass at 8 a.m., blocking both lanes until noon.",
     "both lanes until noon"),
    ("Heavy snow fell across the Pennines overnight, stranding hundreds of drivers on the M62.",
     "hundreds of drivers on the M62"),
    ("A landslide hit the railway near Hebden Bridge, delaying freight trains for two days.",
     "freight trains for two days"),
    ("The council closed three libraries last year, leaving many pensioners without a warm "
     "place to sit.", "many pensioners without a warm place to sit"),
    ("The festival was called off at a day's notice, leaving 9,000 fans searching for refunds.",
     "9,000 fans searching for refunds"),
    ("The workers downed tools on Monday, halting production at the plant for a week.",
     "production at the plant for a week"),
    ("A tanker ran aground off Brest, disrupting ferry crossings to Ireland.",
     "ferry crossings to Ireland"),
    ("The frost arrived two weeks early, damaging orchards in three counties, the ministry said.",
     "orchards in three counties"),
    ("Hackers broke into the hospital's network, wiping the records of 4,000 patients.",
     "the records of 4,000 patients"),
]

NOT_EFFECTS = [
    "Mayor Anna Price left the town hall at noon, leaving the building by the back door.",
    "The plan, costing about £90,000, was rejected in 2022.",
    "The protesters marched through the centre, carrying banners and singing loudly.",
    "The board suspended the coach after a match on Sunday, leaving him with a broken jaw.",
]


@pytest.mark.parametrize(("sentence", "effect"), EFFECTS)
def test_a_participle_of_effect_is_gapped(sentence: str, effect: str) -> None:
    assert effect in link_sides(sentence)


@pytest.mark.parametrize("sentence", NOT_EFFECTS)
def test_a_participle_of_manner_or_departure_is_not(sentence: str) -> None:
    assert not link_sides(sentence)
