"""A date question that keeps a second time clause ("When is X expected to take his seat when
the parliament returns from its summer recess?"): the clause already gives the time asked for,
so the question is asked without it, or not at all."""

from __future__ import annotations

import re

#: A time clause inside a question: "when"/"whenever"/"as soon as", or "once" before a
#: subject; the word before it, read to tell an indirect question ("said when").
_TIME_CLAUSE = re.compile(r"(?P<before>\S+) (?:when|whenever|as soon as|once (?=(?:the|a|an|"
                          r"its|their|his|her|it|he|she|they|we|[A-Z])\b))\b(?P<rest>[^?]*)\?$")

#: Words before "when" that make it an indirect question or a noun's clause ("did not say
#: when", "the day when"), which the rule leaves alone.
_NOT_A_TIME_CLAUSE = frozenset("""
    say said says tell told ask asked asks know knew known decide decided decides announce
    announced reveal revealed disclose disclosed confirm confirmed explain explained specify
    specified indicate indicated clear unclear sure certain about on of over as to and or
    day days time times moment year years period week weeks point
""".split())


def without_time_clause(question: str, event: str) -> tuple[str, str] | None:
    """``question`` and ``event`` cut before a time clause at their end; themselves when the
    question has none; ``None`` when the clause cannot be cut cleanly (a comma inside it, or
    too little left)."""
    if " when" not in question and " as soon as " not in question and \
            " once " not in question:
        return question, event
    clause = _TIME_CLAUSE.search(question, question.find(" ") + 1)
    if clause is None or clause.group("before").lower() in _NOT_A_TIME_CLAUSE:
        return question, event
    if "," in clause.group("rest") or clause.group("before").endswith(","):
        return None
    kept = question[:clause.end("before")]
    if kept.count(" ") < 4:
        return None
    at = event.find(question[clause.end("before"):-1])
    return f"{kept}?", event[:at] if at > 0 else event
