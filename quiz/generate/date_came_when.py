"""A date on an event that "came" when something happened ("The final blow came earlier this
month, Corrigan said, when the sponsor pulled out"; "The breakthrough came in March, when
researchers found the gene"): the date is that of the "when" clause, which is read as a sentence
ending on the date ("The sponsor pulled out earlier this month")."""

from __future__ import annotations

import re

#: "<The noun> came <date>" opening the sentence, the date's preposition (if any) before it.
_CAME = re.compile(r"^(?:The|This|That|Its|Their|His|Her) (?:[\w'’-]+ ){0,3}?(?:came|arrived) "
                   r"(?:(?:in|on|at|during|late|early|earlier|later) )?$")

#: An attribution between the date and "when" (", Corrigan said,", ", officials said,").
_SAID_ASIDE = re.compile(r", (?:[\w'’.-]+ ){1,4}?(?:said|says|added|recalled|explained), ")

#: The "when" clause: a subject and its past verb ahead of what it did.
_WHEN = re.compile(r",? when (?P<clause>(?:the|its|their|his|her|[A-Z])[^;:\"“”]*?)"
                   r"\.?$")


def when_clause_sentence(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The "when" clause that dates an event which "came" at ``text[start:end]`` (the date
    with its preposition), read as a sentence ending on the date, and where the date starts in
    it; ``None`` when the sentence has no such shape."""
    if _CAME.match(text[:start]) is None:
        return None
    rest = text[end:]
    aside = _SAID_ASIDE.match(rest)
    if aside is not None:
        rest = rest[aside.end() - 2:]
    when = _WHEN.match(rest)
    if when is None:
        return None
    clause = when.group("clause").rstrip(" .,")
    if "," in clause:
        return None  # a longer clause, whose end the date would not fit
    date = text[start:end]
    sentence = f"{clause[:1].upper()}{clause[1:]} {date}."
    return sentence, len(clause) + 1
