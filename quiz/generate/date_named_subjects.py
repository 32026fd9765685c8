"""A subject described, then named between commas ("The first offshore wind farm in Polish
waters, Baltica Wschód, is due to start delivering power next year"): when the sentence gives
no question as written, it is read again with the name alone as the subject ("Baltica Wschód
is due to start delivering power next year")."""

from __future__ import annotations

import re

#: A described subject opening the sentence, the name set off after it and the word that
#: follows (the verb group's first word, checked by :func:`named_subject_sentence`).
_NAMED_SUBJECT = re.compile(r"^(?:The|A|An|Its|Their|[A-Z][\w'’-]+['’]s) [^,;:\"“”()]{3,80}?, "
                            r"(?P<name>(?:[A-Z][\w'’.-]+ ){0,3}[A-Z][\w'’.-]+), "
                            r"(?P<verb>[a-z]+) ")

#: Words after the name that show no verb group follows it (a list, a clause, a phrase).
_NOT_VERBS = frozenset("""
    and or but nor who whom whose which that the a an its their his her our this these those
    with in on at of for to from by as near after before during since than like
""".split())


#: Verbs of saying, after which a pronoun may stand for the described subject's owner.
_SAYING = frozenset({"said", "says", "told", "tells", "added", "announced", "warned",
                     "explained", "insisted", "argued", "confirmed", "stated", "wrote"})

_PRONOUN = re.compile(r"\b(?:it|its|they|their|them|he|his|she|her)\b")


def named_subject_sentence(text: str) -> tuple[str, int] | None:
    """``text`` with its described subject left out for the name set off after it, and how
    far that moves a later date back; ``None`` when the sentence opens no such subject (or
    no verb follows the name: "The teams, Arsenal, Chelsea and Spurs")."""
    named = _NAMED_SUBJECT.match(text)
    if named is None or named.group("verb") in _NOT_VERBS:
        return None
    if named.group("verb") in _SAYING and _PRONOUN.search(text, named.end()):
        return None  # "The network's director, Sam Okonedo, said its members had": "its" is
        # the network's, which the name would take over
    name = named.group("name")
    return f"{name} {text[named.start('verb'):]}", named.start("verb") - len(name) - 1
