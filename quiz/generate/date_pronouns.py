"""Openings the clause reader cannot take as a subject, read again with a stand-in: "He" or
"She" ("He told reporters on Thursday that X": "On what date did he tell reporters that X?",
which the pipeline names from the sentences before or drops, see
:mod:`quiz.generate.question_pronouns`) and "About"/"Around" before a number, read as a
preposition ("About 300 people were evacuated on Monday": "On what date were about 300 people
evacuated?")."""

from __future__ import annotations

import re

#: The name read in place of the pronoun: two capitalised words no article writes.
STAND_IN = "Quentin Zabrowski"

#: "About 300", "Around 240": a rough count opening the sentence.
_ROUGH_COUNT = re.compile(r"^(?P<word>About|Around) (?=\d)")


def with_stand_in(text: str) -> tuple[str, int, str, str] | None:
    """``text`` with its opening "He"/"She" or "About"/"Around" replaced by a stand-in the
    clause reader takes, how far that moves what follows, the stand-in as a question has it
    and the words to put back; ``None`` when it opens with neither."""
    pronoun = "he" if text.startswith("He ") else "she" if text.startswith("She ") else ""
    if pronoun and STAND_IN not in text:
        return f"{STAND_IN}{text[len(pronoun):]}", len(STAND_IN) - len(pronoun), STAND_IN, \
            pronoun
    rough = _ROUGH_COUNT.match(text)
    if rough is not None and "oughly" not in text:
        word = rough.group("word")
        return f"Roughly{text[len(word):]}", len("Roughly") - len(word), "roughly", word.lower()
    return None
