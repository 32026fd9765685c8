"""A date on the infinitive a cause led someone to: "The findings prompted the minister to
announce on Monday that ..." dates the minister's announcement, asked as "On what date did
the minister announce that ...?"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: Verbs whose object did what the infinitive says ("prompted X to resign": X resigned);
#: "urged", "asked" or "allowed" say nothing of whether it happened.
_CAUSATIVE = re.compile(
    r"\b(?:prompted|forced|led|compelled|spurred|obliged)\s+"
    r"(?P<object>[A-Za-z][\w'’.-]*\b[^;:()\"“”]{0,80}?)\s+to\s+"
    r"(?P<verb>[a-z]{3,})\b(?P<mid>[^,;:()\"“”]{0,60}?)\s*$")

#: A cheap test before the pattern: one of its verbs is in the sentence.
_GATE = re.compile(r" (?:prompted|forced|led|compelled|spurred|obliged) ")

#: Words that show the object phrase is a clause, not a noun phrase.
_CLAUSE_WORDS = frozenset({"who", "which", "that", "and", "but", "or", "to", "was", "were",
                           "is", "are", "had", "has", "have", "will", "would"})


def causative_question(text: str, start: int, end: int, wh: str, np_wh: str) -> Asked | None:
    """The question for the date ``text[start:end]`` (with its preposition) when it follows
    a causative's infinitive ("prompted the minister to announce on Monday"): the sentence
    is read again as the object's own clause ("The minister announced on Monday ...").
    ``None`` when the date is not on such an infinitive."""
    if _GATE.search(text, 0, start) is None:
        return None
    from quiz.generate.grammar import first_upper
    from quiz.generate.spans import span_question

    match = _CAUSATIVE.search(text, 0, start)
    if match is None:
        return None
    words = match.group("object").replace(",", " ").lower().split()
    if any(word in _CLAUSE_WORDS for word in words):
        return None
    verb = match.group("verb")
    if verb in ("be", "have") or verb.endswith(("ed", "ing")):
        return None  # "to be", a noun after "to" ("led the team to victories")
    # "did" keeps the verb's own base form (a past tense would have to be guessed:
    # "scrap" -> "scrapped")
    head = f"{first_upper(match.group('object'))} did {verb}{match.group('mid')} "
    rewritten = head + text[start:]
    shift = len(head) - start
    asked = span_question(rewritten, start + shift, end + shift, wh, np_wh)
    if asked is None or f" did {verb}" not in asked.event:
        return asked
    return replace(asked, event=asked.event.replace(f" did {verb}", f" {_past(verb)}", 1))


def _past(base: str) -> str:
    """The simple past of ``base``, doubling a final consonant as the "-ing" form does
    ("scrap" -> "scrapped")."""
    from quiz.generate.grammar import gerund, past_of

    past = past_of(base)
    if past == f"{base}ed" and gerund(base) == f"{base}{base[-1]}ing":
        return f"{base}{base[-1]}ed"
    return past
