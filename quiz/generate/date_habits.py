"""Habitual and generic times ("usually ... in the autumn", "often closes on Sunday"): a
time that recurs has no date, so it is neither resolved to a year nor asked."""

from __future__ import annotations

import re
from collections.abc import Callable

#: Adverbs of frequency and "tend to": the clause states what recurs, whatever its tense
#: (not a degree, "hitting his horse too often": what the event was about)
#: ("Farmed fish usually try to swim up rivers in the autumn", "The pass was often closed in
#: January"); "normally" before a time or preposition is a manner ("will run normally from
#: Thursday").
_ALWAYS_HABITUAL = re.compile(r"\b(?:usually|(?<!too )(?<!so )(?<!more )(?<!less )often|typically|normally(?! (?:again|from|on|in|"
                              r"until|by|after|since|at|when|once|for))|generally|always|"
                              r"traditionally|customarily|invariably|rarely|seldom|"
                              r"ordinarily|habitually|tends?\s+to|tended\s+to)\b", re.I)

#: A schedule the adverb qualifies ("is normally expected to begin in late August", "is
#: usually due to open in May"): this year's expected time, not a habit.
_SCHEDULE_AFTER = re.compile(r" (?:expected|due|scheduled|set|forecast) to ")

#: Words of a repeated time that make a present-tense clause generic ("each year the river
#: floods in March"); with a future or past tense they can date one stretch ("will search
#: the river every two weeks until November").
_PRESENT_HABITUAL = re.compile(r"\b(?:(?:every|each)\s+(?:[a-z]+\s+)?(?:day|night|morning|"
                               r"evening|week|weekend|month|year|season|spring|summer|autumn|"
                               r"fall|winter|time|monday|tuesday|wednesday|thursday|friday|"
                               r"saturday|sunday)s?|regularly|frequently|sometimes|annually|"
                               r"routinely|most\s+years|year\s+after\s+year)\b", re.I)

#: A present or past auxiliary in the clause ("are held in May every four years" is
#: present, whatever past form its participle has).
_PRESENT_AUXILIARY = re.compile(r"\b(?:is|are|am|does|do)\b")
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had|did)\b")

#: A cheap gate: no word of either pattern is in the text (substrings, lower case).
_GATE = ("sual", "ften", "ypical", "ormal", "enera", "lways", "radition", "ustomar", "nvariab",
         "arely", "eldom", "rdinar", "abitual", "tend", "every", "Every", "each", "Each",
         "egular", "requent", "ometime", "nnual", "outine", "most years", "after year")


#: Where a clause ends (as :mod:`quiz.generate.date_tense` reads it) around the time.
_CLAUSE_EDGE = re.compile(r"(?<!\d),|,(?!\d)|[;:—–]|"
                          r"\s(?:and|but|so|while|after|before|when|because|although|though|"
                          r"whereas|if|that|which|who)\s")


def is_habitual(text: str, start: int, end: int, tense_of: Callable[[str, int], str]) -> bool:
    """Whether the time at ``text[start:end]`` recurs: its clause has an adverb of frequency,
    or a word of a repeated time in a present tense (``tense_of`` the clause unsure, or a
    present auxiliary and no past one)."""
    if not any(word in text for word in _GATE):
        return False
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, start)]
    lo = edges[-1] if edges else 0
    following = _CLAUSE_EDGE.search(text, end)
    hi = following.start() if following else len(text)
    habit = _ALWAYS_HABITUAL.search(text, lo, hi)
    if habit is not None and not _SCHEDULE_AFTER.match(text, habit.end()):
        return True
    if _PRESENT_HABITUAL.search(text, lo, hi) is None:
        return False
    tense = tense_of(text, start)
    return tense != "future" and (not tense or
                                  _PRESENT_AUXILIARY.search(text, lo, hi) is not None and
                                  _PAST_AUXILIARY.search(text, lo, hi) is None)
