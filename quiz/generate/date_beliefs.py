"""A date in what a group believes or estimates, the sentence's opening ("Experts believe the
bathhouse was built between 1100 and 1140"): the clause after the verb is asked on its own and
the belief put back around it ("During which years do experts believe the bathhouse was
built?"), since the date is only as sure as the belief."""

from __future__ import annotations

import re

#: "Experts believe (that) ", "Police think ", "Historians estimate " opening the sentence: a
#: plural group (one or two words) and a present verb of belief.
_BELIEF = re.compile(r"^(?P<who>(?:Most |Many |Some )?[A-Z][a-z]+s|Police) (?P<verb>believe|think|"
                     r"estimate|suspect|say|suggest|calculate|reckon) (?:that )?(?=[A-Z]|the |its |"
                     r"their |a |an )")

#: The openings of a date question, longest first.
_WH = ("During which years", "Before what year", "Before what date", "Around what year",
       "From what date", "For what date", "For what year", "In what month", "In what year",
       "On what date", "On what day", "Since when", "Until when", "By when", "From when",
       "For when", "When")


def belief_clause(text: str) -> tuple[str, int, str] | None:
    """The clause ``text`` reports as believed, as a sentence; where it starts in ``text``;
    and what the belief is put back as ("do experts believe"); ``None`` when ``text`` opens
    with no belief."""
    match = _BELIEF.match(text)
    if match is None:
        return None
    clause = text[match.end():]
    return clause[:1].upper() + clause[1:], match.end(), \
        f"do {match.group('who').lower()} {match.group('verb')}"


def with_belief(question: str, event: str, belief: str) -> str | None:
    """``question`` about ``event`` asked as what is believed ("During which years do experts
    believe the bathhouse was built?"), or ``None`` when its opening is not a date's."""
    wh = next((wh for wh in _WH if question.startswith(f"{wh} ")), None)
    if wh is None or not event:
        return None
    return f"{wh} {belief} {event[:1].lower() + event[1:] if not _NAME.match(event) else event}?"


#: An event that opens with a name ("Lisbon was ruled"), whose capital stays.
_NAME = re.compile(r"^[A-Z][a-z]+(?! )|^[A-Z][a-z]+ [A-Z]")
