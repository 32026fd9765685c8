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

#: A subject with a restrictive relative clause ("The agency that runs the port", "The man who
#: killed the officer") before the main verb group or an adverbial.
_RELATIVE_SUBJECT = re.compile(r"^(?P<subject>The (?:[a-z-]+ ){0,2}[a-z-]+ (?:that|who) "
                               r"(?:[a-z]+s|[a-z]+ed) (?:the |a |an |its |their )"
                               r"(?:[\w'’-]+ ){0,3}?)(?=(?:[a-z]{3,}ed|will|would|could|has|have|"
                               r"had|was|were|is|are|plans|also|on|last|in|said|earlier|late|"
                               r"yesterday|next|this|did|does|do) )")

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
    relative = _RELATIVE_SUBJECT.match(text) if text.startswith("The ") else None
    if relative is not None and STAND_IN not in text:  # "The agency that runs the port
        # suspended X on Tuesday": "did the agency that runs the port suspend X?"
        subject = relative.group("subject")
        return f"{STAND_IN} {text[len(subject):]}", len(STAND_IN) + 1 - len(subject), \
            STAND_IN, "the" + subject[3:].rstrip()
    rough = _ROUGH_COUNT.match(text)
    if rough is not None and "oughly" not in text:
        word = rough.group("word")
        return f"Roughly{text[len(word):]}", len("Roughly") - len(word), "roughly", word.lower()
    return None
