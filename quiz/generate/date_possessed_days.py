"""A day's event named with its opponent or place anywhere in a sentence ("would not distract
his players from Saturday's home match against Sheffield Rovers"): the day is the event's,
asked of the event in the tense of its clause ("On what date is the home match against
Sheffield Rovers?"); the event's own words make it specific."""

from __future__ import annotations

import re

from quiz.generate.clauses import Asked

#: Events a day is the date of.
_EVENTS = ("match|game|final|semi-final|fixture|derby|race|tie|clash|meeting|vote|election|"
           "referendum|hearing|summit|debate|concert|ceremony|trial|auction|defeat|win|victory|"
           "loss|draw")

#: A capitalised word of a name (not ending on a full stop).
_NAME = r"[A-Z](?:[\w'’&.-]*[\w'’&-])?"

#: After "<Day>'s": up to two describing words, the event, and what names it: an opponent or
#: place ("against Sheffield Rovers", "in Geneva", "with the unions").
_NAMED_EVENT = re.compile(rf"['’]s (?P<np>(?:[a-z-]+ ){{0,2}}(?:{_EVENTS}) (?:against|with|"
                          rf"between|in|at) (?:the )?{_NAME}(?: (?:and )?{_NAME})"
                          rf"{{0,3}})(?=[,;:]|\.$| (?:on|after|before|which|who|and|but)\b|$)")


def named_event_day_question(text: str, end: int, wh: str, future: bool,
                             past: bool) -> Asked | None:
    """The question for a day written "<Day>'s" before an event that names its opponent or
    place, ``future`` or ``past`` by its clause; ``None`` for any other shape or an unknown
    tense."""
    event = _NAMED_EVENT.match(text, end)
    if event is None or future == past:
        return None
    be = "is" if future else "was"
    np = f"the {event.group('np')}"
    return Asked(f"{wh} {be} {np}?", np)
