"""Whether a post named beside a person still holds: "Who is the director of X?" unless the
sentence tells that the holder's time in it ended ("was")."""

from __future__ import annotations

import re
from collections.abc import Callable

#: Events that end a holder's time in a post: a death, a removal ("the dead miners" are
#: others).
_ENDED = re.compile(r"\b(?:killed|died|dies|(?<!the )dead|death|assassinat\w*|eliminat\w*|executed|"
                    r"murdered|slain|resigned|ousted|retired|sacked|dismissed|stepped down)\b",
                    re.IGNORECASE)
#: A post held before: "the former director", "then-president".
_EARLIER = re.compile(r"\b(?:former|formerly|late|then|ex|onetime|one-time)\b", re.IGNORECASE)


def post_verb(text: str, post: str, past: Callable[[], bool]) -> str:
    """"is" for a ``post`` the sentence ``text`` names beside its holder: news names the post a
    person holds when it writes; "was" when the sentence is of the past and the post is an
    earlier one ("former") or the sentence tells that the holder's time ended ("killed")."""
    if past() and (_EARLIER.search(post) is not None or _ENDED.search(text) is not None):
        return "was"
    return "is"
