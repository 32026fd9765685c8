"""A date in the clause a cleft puts first ("It was only after his granddaughter watched a
documentary in June that the family called"; "It was when the bank cut rates on Monday that
shares fell"): the date is that clause's, which is read as a sentence ending on the date ("His
granddaughter watched a documentary in June")."""

from __future__ import annotations

import re

#: "It was (only) after|when <clause>", the clause's subject definite or a name.
_CLEFT = re.compile(r"^It was (?:only |just |precisely )?(?:after|when) "
                    r"(?=(?:the|his|her|its|their|[A-Z])\b)")


def cleft_clause_sentence(text: str, end: int) -> tuple[str, int] | None:
    """The clause a cleft opens with, up to the date ending at ``end``, read as a sentence,
    and how far the date moves back in it; ``None`` unless the date ends that clause (a
    "that" follows it) and no comma or quotation cuts it."""
    cleft = _CLEFT.match(text)
    if cleft is None or not text.startswith(" that ", end) or \
            any(mark in text[cleft.end():end] for mark in ",;:\"“”()"):
        return None
    clause = text[cleft.end():end]
    return f"{clause[:1].upper()}{clause[1:]}.", cleft.end()
