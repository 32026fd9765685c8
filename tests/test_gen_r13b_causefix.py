"""Round 13b: precision of cause cards (a speaker's name kept, ...)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gen_support import cause_qa

#: (a full name first, the surname alone opening a later report, the asked cause)
_SURNAMES = [
    ("Fire Chief Daniel Morales visited the site.",
     "Morales said the fire spread quickly because strong winds pushed the flames.", "Morales"),
    ("The coach, Anna Reyes, spoke after the match.",
     "Reyes said the team lost because two players were injured.", "Reyes"),
    ("Engineer Tomas Jennings inspected the bridge on Friday.",
     "Jennings said the bridge cracked because the steel had corroded.", "Jennings"),
    ("Mayor Lucia Torres opened the hearing.",
     "Torres said the budget shrank because tax receipts fell.", "Torres"),
    ("Dr Helen Adams runs the clinic.",
     "Adams said the clinic closed because its funding ran out.", "Adams"),
    ("Farmer Piet Gillis owns the orchard.",
     "Gillis said the harvest failed because the spring was too dry.", "Gillis"),
    ("The curator, Marta Nunes, led the tour.",
     "Nunes said the painting faded because the gallery was too bright.", "Nunes"),
    ("Captain Ivo Matthews steered the ferry.",
     "Matthews said the ferry ran aground because the channel had silted up.", "Matthews"),
    ("Professor Rosa Dimas led the study.",
     "Dimas said the bees died because the fields were sprayed.", "Dimas"),
    ("Union leader Carl Stevens addressed the crowd.",
     "Stevens said the workers struck because wages had stalled.", "Stevens"),
]


def _questions(tmp_path: Path, *texts: str) -> list[str]:
    """The questions of the decks generated from one article of ``texts``."""
    from quiz.generate.pipeline import generate

    path = tmp_path / "story.txt"
    path.write_text("Crews at work\n\n" + "\n".join(texts) + "\n", encoding="utf-8")
    return [card.question for deck in generate([tmp_path]).decks for card in deck.cards]


@pytest.mark.parametrize(("first", "second", "name"), _SURNAMES)
def test_a_surname_alone_is_named_as_the_speaker(tmp_path: Path, first: str, second: str,
                                                 name: str) -> None:
    questions = _questions(tmp_path, first, second)
    assert any(f"according to {name}" in q for q in questions), questions
    assert not any(f"according to {name.lower()}" in q for q in questions), questions


@pytest.mark.parametrize(("text", "who"), [
    ("Officials said the road closed because the river had flooded.", "officials"),
    ("Residents said the market shut because rents had doubled.", "residents"),
])
def test_a_common_noun_speaker_is_still_lowered(tmp_path: Path, text: str, who: str) -> None:
    questions = _questions(tmp_path, "Police Chief Ana Ruiz spoke.", text)
    assert any(f"according to {who}" in q for q in questions), questions


@pytest.mark.parametrize("text", [
    "Others warned the new calendar would confuse parents.",
    "Some warned that the tax would drive away investors.",
    "Many feared the merger would cut hundreds of jobs.",
    "Most warned the plan could harm dairy farmers.",
    "Several warned that the dam would flood the valley.",
    "Few feared the tariff would hurt exporters.",
    "Others have warned that the new timetable will strand rural commuters.",
    "Some feared the curfew might ruin the tourist season.",
    "Many warned the bypass would split the village in two.",
    "Others cautioned that the levy could push bakeries out of business.",
])
def test_a_warner_that_names_no_one_is_not_asked(text: str) -> None:
    assert not any(" warn" in q or " fear" in q or " caution" in q for q, _ in cause_qa(text))


@pytest.mark.parametrize(("text", "question"), [
    ("Doctors warned the cuts would harm patients in rural areas.",
     "What did doctors warn the cuts would do?"),
    ("Some economists warned that the tariff would hurt exporters.",
     "What did some economists warn the tariff would do?"),
])
def test_a_named_warner_is_still_asked(text: str, question: str) -> None:
    assert question in {q for q, _ in cause_qa(text)}


@pytest.mark.parametrize("text", [
    "The council approved the rule, but shop owners opposed it, warning that the rule would "
    "hurt small shops.",
    "The mayor backed the levy, but drivers opposed it, warning that the levy would damage "
    "local trade.",
    "Ministers passed the bill, but unions fought it, saying the bill could weaken pensions.",
    "The board approved the merger, while staff protested, arguing that the merger would "
    "disrupt services.",
    "Parents opposed the plan, warning that the closure would harm pupils.",
    "The club signed the deal, but fans objected, fearing the move might damage the stadium.",
    "Residents rejected the scheme, claiming that the tower would spoil the skyline.",
    "Farmers protested, saying the quota will hurt small growers.",
    "The regulator approved it, but critics objected, predicting that the fee would hurt "
    "students.",
    "Nurses went on strike, warning that the rota could endanger patients.",
])
def test_a_foreseen_harm_is_not_asked_as_a_cause(text: str) -> None:
    for question, _ in cause_qa(text):
        assert not (question.startswith("What ") and question.split()[1] in {
            "would", "could", "might", "will", "may"}), question


@pytest.mark.parametrize("text", [
    "Air pollution worsened last winter as coal use rose.",
    "Congestion worsened this week after the bridge closed.",
    "Unemployment rose last month.",
    "The shortage worsened last year.",
    "Traffic deteriorated yesterday.",
    "The drought intensified this summer.",
    "The backlog worsened again.",
    "Conditions deteriorated overnight.",
    "Waiting times worsened last quarter.",
    "The floods worsened on Sunday.",
])
def test_a_subject_that_merely_changed_is_no_cause(text: str) -> None:
    for question, answer in cause_qa(text):
        assert not question.startswith("What "), (question, answer)


@pytest.mark.parametrize(("text", "question"), [
    ("The drought worsened the shortage of water.", "What worsened the shortage of water?"),
    ("Heavy rain damaged the old bridge.", "What damaged the old bridge?"),
])
def test_a_cause_with_an_object_is_still_asked(text: str, question: str) -> None:
    assert question in {q for q, _ in cause_qa(text)}


@pytest.mark.parametrize("text", [
    "Most of the island has been without reliable internet for four days after its only "
    "undersea cable was damaged, disrupting banks, airlines and government services.",
    "The town has had no power for a week after a storm hit the grid, disrupting schools and "
    "clinics.",
    "The port has stayed shut since a crane collapsed, stranding dozens of ships.",
    "Trains stopped for hours when a signal box caught fire, stranding thousands of commuters.",
    "The plant halted output after a pipe burst, disrupting supplies to three regions.",
    "The valley was cut off for days because a landslide blocked the road, stranding hikers.",
    "Flights were grounded for a day while ash covered the runway, stranding travellers.",
    "The mine stayed closed until the shaft was repaired, costing the firm millions.",
    "The market was shut for weeks after a fire gutted its hall, forcing traders onto the "
    "street.",
    "The ferry stopped running once the harbour froze, stranding islanders.",
])
def test_an_event_with_a_clause_inside_is_not_the_answer(text: str) -> None:
    for question, answer in cause_qa(text):
        assert not (question.startswith("What ") and answer[:1].isupper()
                    and len(answer.split()) > 8), (question, answer)


def test_a_trailing_effect_of_one_event_is_still_asked() -> None:
    text = "The storm knocked down power lines, leaving thousands of homes without power."
    assert "What left thousands of homes without power?" in {q for q, _ in cause_qa(text)}


@pytest.mark.parametrize(("text", "answer"), [
    ("The lawyer argued that the collapse had been caused by the force of the quake rather than "
     "by the renovations.", "the force of the quake"),
    ("The mill closed because of falling demand rather than any mismanagement, its owner said.",
     "falling demand"),
    ("The dam failed because of heavy rain rather than poor design, engineers said.",
     "heavy rain"),
    ("Investigators said the crash was caused by ice on the wings rather than pilot error.",
     "ice on the wings"),
    ("The shop shut because of rising rents rather than a lack of customers, the owner said.",
     "rising rents"),
    ("The fish died because of warm water rather than pollution, scientists said.", "warm water"),
    ("The bridge cracked because of corrosion rather than overloading, the inspector said.",
     "corrosion"),
    ("The outage was caused by a software fault rather than a cyberattack, the bank said.",
     "a software fault"),
    ("The fire was caused by faulty wiring rather than arson, police said.", "faulty wiring"),
    ("Sales fell because of the strike rather than weak demand, the company said.",
     "the strike"),
])
def test_a_cause_answer_stops_before_its_contrast(text: str, answer: str) -> None:
    answers = [a for _, a in cause_qa(text)]
    assert not any(" rather than " in a for a in answers), answers


@pytest.mark.parametrize(("text", "gap", "answer"), [
    ("Bakers have raised the price of a loaf by 20 percent, blaming the weak naira for a rise "
     "in the cost of wheat.", "blaming ___ for a rise in the cost of wheat.", "the weak naira"),
    ("Ferry operators cut services, blaming high fuel costs for their losses.",
     "blaming ___ for their losses.", "high fuel costs"),
    ("The farm laid off ten workers, blaming the drought for the poor harvest.",
     "blaming ___ for the poor harvest.", "the drought"),
    ("The club sacked its coach, blaming a string of defeats for the slump in attendance.",
     "blaming ___ for the slump in attendance.", "a string of defeats"),
    ("The brewery raised its prices, blaming dearer barley for the increase.",
     "blaming ___ for the increase.", "dearer barley"),
])
def test_a_blaming_cloze_gaps_what_is_blamed_only(tmp_path: Path, text: str, gap: str,
                                                  answer: str) -> None:
    from quiz.generate.pipeline import generate

    (tmp_path / "story.txt").write_text(f"Prices rise\n\n{text}\n", encoding="utf-8")
    cards = [c for deck in generate([tmp_path]).decks for c in deck.cards if "blaming ___" in
             c.question]
    assert all(c.question.endswith(gap) and c.answer == answer for c in cards), cards


@pytest.mark.parametrize("text", [
    "Following the ruling, the council ordered inspections of 300 walls.",
    "Following the verdict, the club appealed to the federation.",
    "After the vote, the mayor thanked the volunteers.",
    "Following the announcement, the union called off the strike.",
    "After the hearing, the company withdrew its licence application.",
    "Following the decision, the ministry suspended the contract.",
    "After the inspection, the school closed its gym.",
    "Following the report, the regulator fined the bank.",
    "After the meeting, the board postponed the merger.",
    "Following the review, the city cut bus routes.",
])
def test_a_bare_event_opening_the_sentence_is_a_time(text: str) -> None:
    answers = [a for _, a in cause_qa(text)]
    assert not any(a.lower().startswith("the ") and len(a.split()) == 2 for a in answers), answers


@pytest.mark.parametrize(("text", "answer"), [
    ("Following complaints from residents, the council banned night flights.",
     "complaints from residents"),
    ("The company's shares fell 6.5% on Monday following the ruling.", "the ruling"),
])
def test_an_event_that_is_a_reason_is_still_asked(text: str, answer: str) -> None:
    assert answer in {a for _, a in cause_qa(text)}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The toll will raise 40 million euros a year, which will be spent on repairing bridges.",
     "What will the 40 million euros a year be spent on?", "repairing bridges"),
    ("The levy would bring in $2 million, which would be used for new fire engines.",
     "What would the $2 million be used for?", "new fire engines"),
    ("The cuts will save 1.1 billion crowns a year, which will be invested in new software.",
     "What will the 1.1 billion crowns a year be invested in?", "new software"),
    ("The fee would generate about 300,000 pounds, which would be spent on park wardens.",
     "What would the 300,000 pounds be spent on?", "park wardens"),
    ("The auction could raise £5 million, which would be spent on restoring the chapel.",
     "What could the £5 million be spent on?", "restoring the chapel"),
    ("The sale will bring in 80 million dollars, which will be used for paying off debts.",
     "What will the 80 million dollars be used for?", "paying off debts"),
    ("The charge would earn the city 12 million euros, which would be spent on cycle lanes.",
     None, None),
    ("The merger is expected to save 200 million francs, which will be invested in medical "
     "research.",
     "What will the 200 million francs be invested in?", "medical research"),
    ("The new parking fines would collect some 4 million zloty, which would be spent on "
     "school buses.", "What would the 4 million zloty be spent on?", "school buses"),
    ("Its tourist tax will raise 7 million euros, which will be spent on cleaning beaches.",
     "What will the 7 million euros be spent on?", "cleaning beaches"),
])
def test_what_money_raised_is_to_be_spent_on(text: str, question: str | None,
                                             answer: str | None) -> None:
    found = cause_qa(text)
    if question is not None:
        assert (question, answer) in found, found


@pytest.mark.parametrize("text", [
    "The minister would raise 5 million, which would be spent on roads.",
    "The campaign would raise awareness among parents, which would be used in schools.",
    "The mayor said she would raise the issue, which would be spent on nothing.",
])
def test_no_money_or_no_thing_raising_it_is_not_asked(text: str) -> None:
    assert not any(" be spent on" in q or " be used for" in q for q, _ in cause_qa(text))
