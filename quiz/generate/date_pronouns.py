"""A sentence whose subject is "He" or "She" ("He told reporters on Thursday that the payments
had to change"): the clause reader names no subject, so the sentence is read again with a name
standing in for the pronoun, and the question keeps the pronoun ("On what date did he tell
reporters that ...?"), which the pipeline names from the sentences before or drops
(:mod:`quiz.generate.question_pronouns`)."""

from __future__ import annotations

#: The name read in place of the pronoun: two capitalised words no article writes.
STAND_IN = "Quentin Zabrowski"


def with_stand_in(text: str) -> tuple[str, int, str] | None:
    """``text`` with its opening "He"/"She" replaced by :data:`STAND_IN`, how far that moves
    what follows, and the pronoun (lower-cased); ``None`` when it opens with neither."""
    pronoun = "he" if text.startswith("He ") else "she" if text.startswith("She ") else ""
    if not pronoun or STAND_IN in text:
        return None
    return f"{STAND_IN}{text[len(pronoun):]}", len(STAND_IN) - len(pronoun), pronoun
