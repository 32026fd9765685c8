"""Two reasons for an act done twice: "postponed twice, first because of X and then owing to Y".

The act counted ("twice", "three times") is asked once per reason, in order: "The launch was
postponed twice, first because of high winds and then owing to a sensor fault" -> "Why was
the launch postponed the first time?" - high winds, "Why was the launch postponed the second
time?" - a sensor fault. Each question is the one the connective rules ask of the sentence told
with that reason alone ("The launch was postponed the first time because of high winds"); the
answers stay spans of the sentence as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_connectives import connective_facts
from quiz.generate.facts import AnswerKind
from quiz.generate.syntax import find_clauses

_REASON = r"(?:because of|due to|owing to|after|following|amid|as a result of|because)"
#: ", first because of X(,) and then owing to Y." closing the sentence.
_TWO_REASONS = re.compile(rf",?\s+first\s+(?P<first_conn>{_REASON})\s+(?P<first>[^,;:]+?),?"
                          rf"\s+(?:and\s+)?then\s+(?:again\s+)?(?P<second_conn>{_REASON})\s+"
                          r"(?P<second>[^,;:]+?)\s*[.!]?$")
#: How often the act was done: "twice", "three times".
_COUNT = re.compile(r"\s(?:twice|(?:two|three|four|five|several)\s+times)\b")
_NTH = ("first", "second")


def twice_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    found = _TWO_REASONS.search(text)
    counts = list(_COUNT.finditer(text, 0, found.start())) if found else []
    if found is None or not counts or "," in text[counts[-1].end():found.start()]:
        return  # (no count, or a count out of the clause the reasons are for)
    count = counts[-1]
    for nth, conn, answer in ((_NTH[0], found["first_conn"], found["first"]),
                              (_NTH[1], found["second_conn"], found["second"])):
        told = (f"{text[:count.start()]} the {nth} time{text[count.end():found.start()]} "
                f"{conn} {answer}.")
        for kind, question, cause, _ in connective_facts(told, find_clauses(told)):
            if kind is AnswerKind.CAUSE and cause == answer and f" {nth} time" in question:
                yield kind, question, cause, (f"{conn} {cause}",)
