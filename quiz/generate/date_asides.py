"""Asides around a date: one on how something was said dates the statement itself ("In a
statement on Friday, the club confirmed X" and "The minister, speaking to reporters on
Monday, said X" are asked as "On what date did the club confirm X?" and "On what date did
the minister say X?"); an appositive after the subject of a clause a date opens is read
past ("Last month Ana Ruiz, the club's president, called X" as "Last month Ana Ruiz called
X"); a participle aside on the subject dates its own event ("The law, passed in 2019,
requires X" as "In what year was the law passed?")."""

from __future__ import annotations

import re
from quiz.generate.clauses import Asked

#: "In a statement (released) on Friday, ", "At a rally in Lyon on Saturday, ": an opening
#: phrase naming the medium or the occasion of what the sentence says.
_MEDIUM_OPENING = re.compile(
    r"^(?:In|At|During)\s+(?:a|an|the|its|his|her|their)\s+(?:\w+\s+){0,2}?"
    r"(?P<noun>statement|interview|letter|speech|post|briefing|conference|video|message|filing|"
    r"address|broadcast|appearance|rally|visit|meeting|summit|ceremony|hearing|debate|"
    r"judgment|judgement|ruling|verdict|decision|report|email|e-mail|memo|notice|"
    r"announcement|release|submission|testimony|editorial|column|op-ed)\s+"
    r"(?:(?:with|in|to|at|for|before)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+)?"
    r"(?:(?P<made>released|issued|published|posted|given|broadcast|made|sent|delivered|filed|"
    r"handed\s+down|read\s+out|submitted|presented|circulated|shared|aired)\s+)?$")

#: Decisions a court or a body delivers: one per story, so "When was the ruling handed
#: down?" needs no more words to say which.
_RULINGS = frozenset({"judgment", "judgement", "ruling", "verdict", "decision", "report"})

#: ", speaking to reporters on Monday, ": an aside on the speaking, between commas.
_SPEAKING_ASIDE = re.compile(
    r",\s+(?:speaking|talking|writing)\b[^,;:\"“”()]{0,60}?\s+$")


def aside_question(text: str, start: int, end: int, wh: str, np_wh: str) -> Asked | None:
    """The question for the date ``text[start:end]`` (with its preposition) when it sits in
    an aside on the statement, read again as a date of the statement's own clause; else
    ``None``."""
    if not text.startswith(",", end):
        return None
    from quiz.generate.grammar import first_upper
    from quiz.generate.spans import span_question

    before = text[:start]
    span = text[start:end]
    medium = _MEDIUM_OPENING.match(before) if before[:1] in "IAD" else None
    if medium is not None:
        rewritten = f"{first_upper(span)}{text[end:]}"  # "On Friday, the club confirmed X"
        asked = span_question(rewritten, 0, len(span), wh, np_wh)
        if asked is None and medium.group("made") and medium.group("noun") in _RULINGS:
            # "In a judgment delivered late on Friday, the judges said the study had
            # "omitted entirely" X": the statement cannot be asked whole; its delivery can
            event = f"the {medium.group('noun')} was {medium.group('made')}"
            return Asked(f"{wh} was the {medium.group('noun')} {medium.group('made')}?",
                         event)
        return asked
    aside = _SPEAKING_ASIDE.search(before) if "ing " in before else None
    if aside is None:
        return None
    head = f"{before[:aside.start()]} {span}"  # "The minister on Monday said X"
    return span_question(f"{head}{text[end + 1:]}", len(head) - len(span), len(head), wh,
                         np_wh)


#: ", the secretary of state for energy, " after the subject of a clause a date opens (no
#: list: "the mayor, the police and the army" names three).
_APPOSITIVE = re.compile(r",?\s+(?P<subject>[^,;:\"“”()]{1,60}?)(?P<aside>,\s+(?:the|a|an|his|"
                         r"her|its|their)\s+(?:(?! and | or )[^,;:\"“”()]){1,80}?),\s+(?=[a-z])")


def appositive_question(text: str, start: int, end: int, wh: str, np_wh: str) -> Asked | None:
    """The question for a date that opens ``text`` (``start`` 0) when the clause's subject
    has an appositive, read without it; else ``None``."""
    match = _APPOSITIVE.match(text, end) if start == 0 else None
    if match is None:
        return None
    from quiz.generate.spans import span_question

    return span_question(f"{text[:match.start('aside')]} {text[match.end():]}", start, end,
                         wh, np_wh)


#: "The law, passed " / "The company, founded " before the date: the sentence's subject and
#: a participle between commas.
_PARTICIPLE_ASIDE = re.compile(r"^(?P<np>The\s+(?:[\w’'-]+\s+){0,3}?[\w-]+),\s+"
                               r"(?P<part>[a-z]+)(?P<rest>(?:\s+[a-z][\w’'-]*){0,3}?)\s+$")

#: What may follow the date inside the aside ("founded in 1998 by two engineers,").
_ASIDE_TAIL = re.compile(r"(?P<tail>(?:\s+[\w’'-]+){0,4}?),\s")

#: Words that make an aside's words no clean part of a question.
_UNCLEAN_ASIDE = frozenset({"it", "its", "them", "they", "he", "him", "she", "her", "his",
                            "their", "we", "us", "you", "and", "or", "but", "which", "who",
                            "that"})


def participle_aside_question(text: str, start: int, end: int, wh: str) -> Asked | None:
    """The question for a date inside a participle aside on the sentence's subject ("The
    law, passed in 2019, requires X": "In what year was the law passed?"), or ``None``."""
    match = _PARTICIPLE_ASIDE.match(text[:start])
    tail = _ASIDE_TAIL.match(text, end) if match is not None else None
    if match is None or tail is None:
        return None
    from quiz.generate.clauses import Asked, is_past_participle

    np, part = match.group("np"), match.group("part")
    rest = f"{match.group('rest')}{tail.group('tail')}"
    if not is_past_participle(part) or \
            any(word.lower() in _UNCLEAN_ASIDE for word in [*np.split()[1:], *rest.split()]):
        return None
    subject = np[:1].lower() + np[1:]
    be = "were" if subject.split()[-1].endswith("s") and \
        not subject.split()[-1].endswith("ss") else "was"
    return Asked(f"{wh} {be} {subject} {part}{rest}?", f"{subject} {be} {part}{rest}")
