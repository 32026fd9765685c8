"""Whether a date is the date of the noun phrase right before it, not of the clause's verb."""

from __future__ import annotations

import re

#: A preposition that puts a later event beside the verb's ("returned in time for a
#: concert", "travel ahead of a summit", "cancelled before the final show", "called for an
#: election"), then that event as a
#: short noun phrase with its determiner, then the date's own preposition (if any). A date
#: written right after such a phrase dates the event the phrase names ("in time for a concert
#: next month": the concert is next month, the return is not dated). The noun phrase is a
#: shape, not a list: a determiner and one to three words that are not verbs of a clause
#: (a relative "that"/"which" or an auxiliary ends it), nor "of" ("until the end of next
#: month" is one date).
_EVENT_PHRASE_BEFORE = re.compile(
    r"\b(?:in\s+time\s+for|ahead\s+of|in\s+the\s+run-up\s+to|prior\s+to|before|until|"
    r"for\s+fear\s+of|(?:call|push|press|prepar|campaign)[a-z]*\s+for)\s+"
    r"(?P<det>a|an|the|its|their|his|her|our|this|that|these|those|next)\s+"
    r"(?P<phrase>(?:(?!(?:that|which|who|is|was|were|are|has|have|had|will|would|and|or|but|"
    r"of|on|in|at|from|during)\s)[A-Za-z][\w'’-]*\s+){1,3})"
    r"(?:(?:on|in|at|from|during)\s+(?:the\s+)?)?$")

#: The words that may stand between such a phrase and the date ("a concert next month",
#: "a summit on Tuesday"): nothing else.
_LOOKBACK = 70


def dates_a_noun_before(text: str, start: int, question: str) -> bool:
    """Whether the date starting at ``text[start]`` follows a noun phrase of an event the
    clause sets its verb against ("would be returned in time for a concert next month",
    "will travel to Brussels ahead of a summit on Tuesday"): the date is that event's, and a
    question asking when the verb's act happened ("When would the violin be returned?")
    would give the event's date as the act's. A ``question`` that asks the event itself
    ("When does the tourist season begin?" from "before the tourist season begins in May")
    names its noun phrase without the preposition, and stands."""
    if " for " not in text and " of " not in text and " to " not in text and \
            "before " not in text and "until " not in text:
        return False  # (most sentences: no such preposition at all)
    found = _EVENT_PHRASE_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    if found is None:
        return False
    preposition = text[found.start():found.start("det")].split()[-1]  # "for", "of"
    asked = f"{preposition} {text[found.start('det'):found.end('phrase')].rstrip()}"
    first = found.group("phrase").split(None, 1)[0]  # "tourist" of "the tourist season"
    return asked in question or f" {first}" not in question
