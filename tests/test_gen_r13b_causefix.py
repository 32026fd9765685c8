"""Round 13b: precision of cause cards (a speaker's name kept, ...)."""

from __future__ import annotations

from pathlib import Path

import pytest

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
