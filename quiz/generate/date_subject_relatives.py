"""A date inside a subject relative clause ("guided tours of the site, which are due to begin
next month"; "the union PNO, which called a strike for Thursday") dates the clause's own event,
whose subject is the noun phrase before ", which": the sentence is read again as that clause
alone ("Guided tours of the site are due to begin next month")."""

from __future__ import annotations

import re

#: ", which" or ", who" followed by the relative clause's first word.
_RELATIVE = re.compile(r", (?:which|who) (?P<verb>[a-z]+)\b")

#: First words of a relative clause that show it is a subject relative (its verb comes first).
_VERB_OPENERS = frozenset("""
    is are was were has have had will would can could must should may might
    remains remain remained takes take took begins begin began starts start started opens open
    opened runs run ran ends end ended closes close closed
""".split())

#: Words of the noun phrase before the comma it cannot contain: a clause, a verb group, a
#: pronoun or a coordination (what would make "<phrase> <clause>" no sentence).
_NOT_IN_PHRASE = frozenset("""
    and or but nor that which who whom whose said says say told tells is are was were has have
    had be been being will would can could must should may might it its he she they them him
    her his their we us you i this these those there here not also when while where after
    before since until because as if than
""".split())

#: Words before the phrase that end it: prepositions and verbs' objects start after them.
_PHRASE_BREAK = frozenset("""
    to for from with in on at by about over against into onto under after before during
    through across near behind beyond among between despite amid following including like
    according said says told
""".split())

#: Openings of a phrase too loose to ask with ("a union": which one?).
_INDEFINITE = frozenset({"a", "an", "one", "some", "several", "many", "most", "all", "other",
                         "another", "any", "each", "every", "such"})

#: Indefinite articles, which a phrase named by its relative clause takes as "the".
_ARTICLES = frozenset({"a", "an"})

#: Possessive determiners before a name ("its Employment Rights Bill").
_POSSESSIVES = frozenset({"its", "their", "his", "her"})

#: Determiners that open a definite phrase.
_DETERMINERS = frozenset({"the"})

_WORD = re.compile(r"[\w’'&.-]+$")


def relative_clause_sentence(text: str, start: int) -> tuple[str, int, str, str] | None:
    """The subject relative clause the date at ``start`` is in, read as a sentence: (the
    sentence, where the date is in it, the phrase as the sentence writes it, the phrase as
    the original writes it); ``None`` when the date is in no subject relative clause whose
    noun phrase can be named."""
    at = max(text.rfind(", which ", 0, start), text.rfind(", who ", 0, start))
    if at < 0:
        return None
    relative = _RELATIVE.match(text, at)
    if relative is None or relative.group("verb") not in _VERB_OPENERS and \
            not _simple_past(relative.group("verb")):
        return None
    clause_start = relative.start("verb")
    if any(mark in text[clause_start:start] for mark in (",", ";", ":", "—", "–", "(", "\"",
                                                         "“", "”")):
        return None  # the date is in a later clause or aside
    phrase = _phrase_before(text, at)
    if phrase is None:
        return None
    written = phrase[:1].upper() + phrase[1:]
    sentence = f"{written} {text[clause_start:]}"
    return sentence, start - clause_start + len(written) + 1, written, phrase


def _phrase_before(text: str, end: int) -> str | None:
    """The noun phrase that ends at ``end`` ("guided tours of the site", "the seamen's union
    PNO"), or ``None`` when it is not a plain definite or named one."""
    words = text[:end].split()
    taken: list[str] = []
    while words and len(taken) < 8:
        word = words[-1]
        low = word.lower()
        if not _WORD.match(word) or low in _PHRASE_BREAK or \
                low in _NOT_IN_PHRASE and low not in _DETERMINERS:
            break
        if low == "of" and not taken:
            return None
        if taken and word.islower() and all(t[:1].isupper() for t in taken) and \
                _simple_past(word):
            break  # "praised Oxfam": the name is the verb's object
        taken.insert(0, words.pop())
        if (low in _DETERMINERS or low in _ARTICLES) and not (words and words[-1].lower() == "of"):
            break  # "the site" after "of" goes on ("tours of the site"); else it opens
    before = words[-1] if words else ""
    if taken and taken[0].lower() in _ARTICLES and len(taken) >= 3 and "of" not in taken[:3]:
        taken[0] = "the"  # "an emergency meeting of the city council, which will be held":
        # the clause tells which meeting, asked as "the emergency meeting of the city council"
        # (not "a group of residents, which": the group's or the residents'?)
    elif taken and len(taken) >= 2 and before.lower() in _POSSESSIVES and \
            all(word[:1].isupper() or word in ("of", "and", "for") for word in taken):
        taken.insert(0, "the")  # "its Employment Rights Bill, which": a name, with "the"
        before = "the"
    elif taken and before.endswith(",") and before[:1].islower() and \
            all(word[:1].isupper() for word in taken) and before[:-1].isalpha():
        before = "by"  # "its contractor, Datagon, which had installed": the name set off
        # after its common noun is what the clause is about
    if not taken or len(taken) == 8 or taken[0].lower() in ("of", *_INDEFINITE) or \
            any(word.lower() in _INDEFINITE for word in taken[1:]):
        return None
    if any(word.lower() in ("that", "which", "who") for word in words[-3:]):
        return None  # "the agency that runs the port, which": the agency's or the port's?
    if taken and taken[0] == "the" and before[:1].isupper() and before.isalpha() and \
            before.lower() not in _PHRASE_BREAK and before.lower() not in _NOT_IN_PHRASE:
        return None  # "Save the Children, which": "the" inside a name
    if before and before.lower() not in _PHRASE_BREAK and taken[0] != "the" and \
            not (before.isalpha() and before.islower() and
                 all(word[:1].isupper() for word in taken)):
        return None  # "arrested drivers, who": a verb's object, whose start is not read here
        # unless "the" opens it; "in Hyderabad, India, which": a place's part, not what the
        # clause is about
    if any(word.endswith("s") and word[:1].islower() and following != "of" and
           not word.endswith(("'s", "’s", "ss"))
           for word, following in zip(taken[1:], taken[2:])):
        return None  # "The ruling means construction, which": a verb inside, no noun phrase
    head = taken[taken.index("of") - 1] if "of" in taken else taken[-1]
    if "of" in taken and (head[:1].islower() or head == taken[0] and not words) and \
            any(word[:1].isupper() for word in taken[taken.index("of") + 1:]):
        return None  # "Shares of Arkwell, which listed in Oslo": the name is what the
        # clause is about, not the shares
    if taken[0].lower() not in _DETERMINERS and \
            any(word[:1].islower() and _simple_past(word) for word in taken[1:]):
        return None  # "Investors sold shares of the bank, which": a clause, not a phrase
    if len(taken) == 1 and head[:1].islower():
        return None  # "tours, which": a bare noun names nothing in particular
    if not head[-1:].isalpha():
        return None
    phrase = " ".join(taken)
    if before.lower() in ("and", "or"):  # "Oxfam and the Red Cross, which launched": both
        at = text.rfind(f" {before} ", 0, end)
        first = _phrase_before(text, at) if at > 0 else None
        return None if first is None or f" {before} " in first else \
            f"{first} {before} {phrase}"
    return phrase


def _simple_past(word: str) -> bool:
    from quiz.generate.clauses import is_simple_past

    return is_simple_past(word)


#: A relative clause set off by commas (", which cost £40 million, "), with an age set off
#: before it (", 41, who set up the firm in 2019, ").
_ASIDE = re.compile(r"(?:, \d{1,3})?, (?:which|who) [^,;:()\"“”]{3,80}?, (?=[a-z])")


def without_relative_aside(text: str, start: int) -> tuple[str, int] | None:
    """``text`` without the last relative clause set off by commas before ``start`` ("The
    hospital's new wing, which cost £40 million, opened in June": "The hospital's new wing
    opened in June"), and how far that moves the date back; ``None`` when there is none."""
    aside = None
    for aside in _ASIDE.finditer(text, 0, start):
        pass
    if aside is None or aside.end() > start or ", which " in text[aside.end():start] or \
            ", who " in text[aside.end():start]:
        return None  # (a later relative clause holds the date: it is read as one)
    return f"{text[:aside.start()]} {text[aside.end():]}", aside.end() - aside.start() - 1


def without_later_aside(text: str, end: int) -> str | None:
    """``text`` without the first relative clause set off by commas after ``end`` ("said on
    Wednesday that the new timetable, which starts on 12 July, would add 180 services": "said
    on Wednesday that the new timetable would add 180 services"), so a date before it is read
    with the clause it interrupts; ``None`` when there is none."""
    aside = _ASIDE.search(text, end)
    if aside is None or "(" in text[end:aside.start()]:
        return None
    return f"{text[:aside.start()]} {text[aside.end():]}"
