"""Round 14: whoever is the subject of an agent's act is asked about, whatever the shape of
its noun phrase (a name of unknown kind, a body with a lower-case head after a place, a role
and a person), in any tense and wrapper; storms, diseases, kinds and pronouns are not."""

from __future__ import annotations

import pytest

from asubj_matrix import coverage, dev_cases, held_out_cases, judged
from gen_support import actor_qa


@pytest.mark.parametrize("case", dev_cases(), ids=lambda c: c.sentence[:60])
def test_every_dev_subject_is_asked_in_every_frame(case) -> None:
    assert judged(case, actor_qa(case.sentence)) is not None, actor_qa(case.sentence)


def test_held_out_fillers_transfer() -> None:
    # (other names, heads and verbs in the same shapes; measured, not tuned on)
    hit, _ = coverage(held_out_cases())
    assert hit >= 105


@pytest.mark.parametrize(("sentence", "question", "answer"), [
    ("The Red Cross launched an emergency appeal last month for 3.5 million Swiss francs.",
     "Who launched an emergency appeal last month for 3.5 million Swiss francs?", "Red Cross"),
    ("Oxfam launched an emergency appeal for 3.5 million Swiss francs.",
     "Who launched an emergency appeal for 3.5 million Swiss francs?", "Oxfam"),
    ("Saskatchewan's agriculture ministry has asked railways to add extra cars.",
     "Which body has asked railways to add extra cars?", "Saskatchewan's agriculture ministry"),
    ("The Polish hauliers' association demanded compensation for delays at the Belarus border.",
     "Which organisation demanded compensation for delays at the Belarus border?",
     "Polish hauliers' association"),
    ("Hydro-Quebec froze electricity rates for three years.",
     "Who froze electricity rates for three years?", "Hydro-Quebec"),
    ("Canadian Pacific Kansas City has suspended grain shipments to Vancouver.",
     "Who has suspended grain shipments to Vancouver?", "Canadian Pacific Kansas City"),
    ("The regional health authority warned hospitals to prepare for a surge in cases.",
     "Which body warned hospitals to prepare for a surge in cases?",
     "regional health authority"),
    ("Gothenburg's opera house will cancel 12 performances of Carmen.",
     "Which organisation will cancel 12 performances of Carmen?", "Gothenburg's opera house"),
    ("The Red Cross is expected to open two field hospitals in Tromso.",
     "Who is expected to open two field hospitals in Tromso?", "Red Cross"),
    ("Finance minister Anna Berg has approved a 2 billion euro rescue of Nordic Air.",
     "Which finance minister has approved a 2 billion euro rescue of Nordic Air?", "Anna Berg"),
    ("Officials said that finance minister Anna Berg had rejected the plan to close 12 clinics.",
     "Which finance minister did officials say had rejected the plan to close 12 clinics?",
     "Anna Berg"),
    ("Finance minister Anna Berg will suspend fuel duty in Tromso, a spokesman said.",
     "Which finance minister will suspend fuel duty in Tromso?", "Anna Berg"),
    ("Toronto banned e-scooters from its sidewalks in 2020.",
     "Who banned e-scooters from its sidewalks in 2020?", "Toronto"),
])
def test_canonical_subjects(sentence: str, question: str, answer: str) -> None:
    assert (question, answer) in actor_qa(sentence)


@pytest.mark.parametrize("sentence", [
    "Hurricane Milton destroyed hundreds of homes along the coast.",
    "Storm Babet cancelled dozens of flights across Scotland.",
    "Covid cancelled the Lucerne regatta in 2020.",
    "Rain suspended play at Lord's for two hours on Friday.",
    "Volunteers launched an appeal for 200 blankets.",
    "Growers demanded compensation for lost harvests in 2023.",
    "He launched an emergency appeal for flood victims in Peru.",
    "Everyone agreed to postpone the vote on the harbour until March.",
    "Staff rejected a pay offer of 4 percent from the airline.",
    "The Paris Marathon cancelled its 2024 race after the floods.",
    "Brexit raised prices for Irish importers of British cheese.",
    "The Transport Minister ordered checks on all 40 river dams.",
    "The Rhine flooded several villages near Koblenz in 2021.",
    "the national association demanded compensation for lost harvests in 2023.",
])
def test_no_actor_is_made_of_weather_kinds_or_pronouns(sentence: str) -> None:
    assert not {q for q, _ in actor_qa(sentence) if q}


def test_a_storm_name_is_not_taken_for_an_agent() -> None:
    assert not any(a.startswith(("Hurricane", "Storm")) for _, a in actor_qa(
        "Hurricane Milton destroyed hundreds of homes, and Storm Babet cancelled 40 flights."))
