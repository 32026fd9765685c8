"""A date in a participle phrase that opens the sentence, whose subject is the main clause's:
"Speaking in Brussels on Monday, the commissioner said the rules would change" (the saying's
date) and "Founded in 1987, the company employs 3,000 people" (the founding's). The sentence is
read again as the clause the date belongs to ("The commissioner said on Monday that the rules
would change", "The company was founded in 1987")."""

from __future__ import annotations

import re

#: A present participle of speaking opening the sentence.
_SPEAKING = re.compile(r"^(?:Speaking|Writing|Testifying|Addressing|Appearing)\b")

#: A past participle opening the sentence whose subject the main clause names.
_MADE = re.compile(r"^(?P<made>Founded|Built|Opened|Established|Formed|Created|Launched|"
                   r"Completed|Elected|Appointed|Born|Discovered|Designed|Written|Published|"
                   r"Released|Introduced|Signed|Acquired|Bought|Sold|Renovated|Restored)"
                   r" (?=(?:in|on|during|between)\b)")

#: The verb of saying in the main clause, with a following "that" when there is one.
_SAID = re.compile(r"\b(?:said|says|warned|added|insisted|argued|announced|confirmed|"
                   r"stressed|acknowledged)\b(?P<that> that)?")

#: The main clause's subject: a definite or named phrase up to its verb.
_SUBJECT = re.compile(r"^(?P<subject>(?:[Tt]he|[Ii]ts|[A-Z][\w'’.&-]*)(?: [\w'’.&-]+){0,6}?) "
                      r"(?P<verb>is|are|was|were|has|have|had|will|would|can|could|[a-z]{3,}s|"
                      r"[a-z]{3,}ed)\b")

#: Words that show the phrase is no plain subject.
_NOT_SUBJECT = frozenset({"who", "which", "that", "and", "or", "but", "said", "says", "he",
                          "she", "they", "it", "we", "i", "you", "this", "there"})


def opens_with_participle(text: str) -> bool:
    """Whether ``text`` may open with a participle phrase (a cheap test before
    :func:`fronted_sentence`)."""
    first = text[:text.find(" ")]
    return first.endswith("ing") or first in _MADE_WORDS


#: The first words :data:`_MADE` reads.
_MADE_WORDS = frozenset(_MADE.pattern[len("^(?P<made>"):_MADE.pattern.index(")")].split("|"))


def fronted_sentence(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The clause a date (``text[start:end]``, with its preposition) in an opening participle
    phrase belongs to, as a sentence, and where the date starts in it; ``None`` when the
    sentence does not open so or its main clause cannot be read."""
    comma = text.find(", ")
    if comma < 0 or end > comma or not text[:1].isupper():
        return None
    main = text[comma + 2:]
    phrase = text[start:end]
    if _SPEAKING.match(text):
        said = _SAID.search(main)
        if said is None or any(mark in main[:said.start()] for mark in ",;:\"“”"):
            return None
        verb_end = said.start("that") if said.group("that") else said.end()
        rest = main[said.end():].lstrip()
        sentence = f"{main[:verb_end]} {phrase} that {rest}"
        sentence = sentence[:1].upper() + sentence[1:]
        return sentence, verb_end + 1
    made = _MADE.match(text)
    if made is None or start != made.end():
        return None
    subject = _SUBJECT.match(main)
    if subject is None or any(word.lower() in _NOT_SUBJECT
                              for word in subject.group("subject").split()):
        return None
    words = subject.group("subject")
    be = "were" if subject.group("verb") in ("are", "were", "have") else "was"
    sentence = f"{words[:1].upper()}{words[1:]} {be} {made.group('made').lower()} {phrase}."
    return sentence, len(words) + len(be) + len(made.group("made")) + 3
