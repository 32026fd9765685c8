"""A date inside an opening "Under <rules> <made> <date>," phrase ("Under rules introduced last
year, clubs can be docked points"): it dates the making of the rules, which the question names
by what the main clause says they allow ("When were the rules introduced under which clubs can
be docked points?")."""

from __future__ import annotations

import re

from quiz.generate.clauses import Asked, is_past_participle

#: "Under <a noun phrase of up to four lower-case words> <participle> (<preposition>) " up to
#: the date.
_UNDER = re.compile(r"^Under (?:(?:the|a|an) )?(?P<noun>(?:[a-z][a-z-]* ){0,3}?[a-z][a-z-]*)"
                    r" (?P<made>[a-z]+) (?:(?:in|on|at|during|earlier|late|early) )?$")

#: The main clause after the phrase: lower-case or a name, up to the full stop, with no
#: quotation or second sentence in it.
_MAIN = re.compile(r", (?P<clause>[^\"“”;:?!]{12,200}?)\.$")

#: Words the phrase's noun may not contain (a clause, a pronoun, a number).
_NOT_IN_NOUN = frozenset("""
    which that who it its they their he she his her this these those and or but not
""".split())


def under_question(text: str, start: int, wh: str) -> Asked | None:
    """The question for a date at ``start`` (its preposition included) inside an opening
    "Under <noun> <participle> <date>," phrase, asked of the making with the main clause
    as what the noun allows; ``None`` for any other date."""
    opening = _UNDER.match(text[:start])
    if opening is None:
        return None
    noun, made = opening.group("noun"), opening.group("made")
    if not is_past_participle(made) or any(word in _NOT_IN_NOUN for word in noun.split()):
        return None
    end = text.find(", ", start)
    if end < 0 or end - start > 30:
        return None  # the date is followed by more of the phrase than a time
    main = _MAIN.match(text, end)
    if main is None:
        return None
    clause = main.group("clause")
    head = noun.split()[-1]
    be = "were" if head.endswith("s") and not head.endswith("ss") else "was"
    event = f"the {noun} {made} under which {clause}"
    return Asked(f"{wh} {be} {event}?", event)
