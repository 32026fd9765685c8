"""A time to come on a present "is" that places an event ("The club's first game is at home to
Leeds tomorrow", "The hearing is at the High Court on 4 May 2026"): asked "On what date is the
club's first game at home to Leeds?" (the clause reader asks no copula)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quiz.generate.date_presents import present_fixture

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: The sentence up to the time: a definite subject, "is"/"are", and a place or opponent
#: opened by a preposition, with no verb, clause or other time in it.
_PLACED = re.compile(
    r"^(?P<subject>(?:The|the|[A-Z][\w'’.&-]*)(?: [\w'’.&-]+){0,7}?) (?P<be>is|are) "
    r"(?P<place>(?:at|in|against|away\s+to|away\s+at|between|inside|outside)\s"
    r"[^,;:()\"“”]{2,60}?)\s*$")

#: Times that point forward whatever the tense: "tomorrow", "tonight", "next week", a date
#: written with its year.
_AHEAD = re.compile(r"^(?:(?:on )?(?:tomorrow|tonight)|next (?:week|month|year)|"
                    r"(?:on|in) .*\d{4})$", re.I)

#: A bare weekday ("on Saturday").
_WEEKDAY_SPAN = re.compile(r"^(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday)$")

#: Words that show the opening phrase is no plain noun phrase, or the place holds a clause.
_NOT_PLAIN = frozenset({"who", "which", "that", "and", "or", "but", "said", "says", "he", "she",
                        "they", "it", "we", "this", "there", "was", "were", "has", "have",
                        "had", "will", "would", "when", "while", "after", "before", "since",
                        "until", "on", "if", "because"})


def placed_event_question(text: str, start: int, end: int, wh: str) -> Asked | None:
    """The question for the time ``text[start:end]`` (with its preposition) that ends "X is
    at/in/against Y" opening the sentence, when the time points forward; else ``None``."""
    span = text[start:end]
    if not _AHEAD.match(span) and not (_WEEKDAY_SPAN.match(span) and
                                       present_fixture(text, end - len(span.split()[-1]))):
        return None  # a bare weekday is ahead only in a fixture's clause ("is at home to
        # Leeds on Saturday")
    match = _PLACED.match(text[:start])
    if match is None:
        return None
    from quiz.generate.clauses import Asked
    from quiz.generate.grammar import first_lower

    subject, place = match.group("subject"), match.group("place")
    words = [word.lower().strip(",") for word in f"{subject} {place}".split()]
    if any(word in _NOT_PLAIN for word in words[1:]) or words[0] in _NOT_PLAIN or \
            any(ch.isdigit() for ch in place):
        return None
    subject = first_lower(subject)
    be = match.group("be")
    return Asked(f"{wh} {be} {subject} {place}?", f"{subject} {be} {place}")
