"""Figures that are no number to learn: one side of a rough "two or three weeks", and a time
with no number in it ("several months"); whole figures beside them stay."""

from __future__ import annotations

import pytest
from gen_support import article

from quiz.generate.figures import figure_facts


def _answers(text: str) -> list[str]:
    return [fact.answer for fact in figure_facts(article(text))]


@pytest.mark.parametrize(("text", "loose"), [
    ("The harbour authority said repairs to the pier would take two or three weeks.",
     "three weeks"),
    ("Officials said two or three patients had been moved to other hospitals.", "three"),
    ("The council said the road would stay shut for five or six days while crews worked.",
     "six days"),
    ("Engineers expect the pumps to run for 10 or 12 hours a day until the flood recedes.",
     "12 hours"),
    ("The museum said the restoration of the organ would take several months.",
     "several months"),
    ("Volunteers spent several days clearing the beach after the storm.", "several days"),
    ("Inspectors said the bridge had been closing for a few weeks at a time.", "a few weeks"),
])
def test_a_loose_figure_is_not_asked(text: str, loose: str) -> None:
    assert loose not in _answers(text)


@pytest.mark.parametrize(("text", "figure"), [
    ("The club said the striker would be out for six weeks with a knee injury.", "six weeks"),
    ("The council said 4,500 homes or businesses had lost power on Monday.", "4,500"),
    ("Repairs to the pier will cost £2.4 million, the harbour authority said.", "£2.4 million"),
    ("The trial will last for three months, the court was told.", "three months"),
])
def test_a_whole_figure_is_kept(text: str, figure: str) -> None:
    assert any(figure in answer for answer in _answers(text))
