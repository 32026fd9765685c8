"""A date question with a second finite verb in its main clause: the clause reader took a
subject's own verb or participle for part of it ("When did the reopening comes amid a thaw
prompt ...?", "By when will says every worker be reimbursed?", "In what year did Cars make in
Mexico rose in price?"). Questions are asked with "did"/"will" and a base verb, so a present
"-s" form or a simple past before any word that opens a clause of its own is misread."""

from __future__ import annotations

import re

#: Words that open a clause of its own, after which a finite verb is in order.
_CLAUSE_OPENERS = frozenset("""
    that which who whom whose when where while whether if because as after before since until
    although though so than and or but what how why
    say think believe expect know fear suspect estimate suggest claim tell show find hope feel
    said thought believed expected knew feared suspected estimated suggested claimed told
""".split())  # (and verbs whose object is a clause without "that": "think the outbreak began")

#: Present forms of common verbs that are no plural nouns.
_PRESENT_FORMS = frozenset("""
    says comes follows goes seems includes adds gives makes takes becomes
    appears continues believes expects knows thinks
""".split())

#: Simple pasts that are no participles ("rose", "fell"): a second finite verb.
_PAST_ONLY = frozenset("""
    rose fell went came took gave began ran grew drew flew threw wrote rode drove broke chose
    spoke stole swore tore wore froze forgot forgave hid bit ate shook sank sang rang swam
    was were did
""".split())

_WORD = re.compile(r"[A-Za-z'’-]+")


def has_second_verb(question: str) -> bool:
    """Whether ``question`` has a present "-s" form or a simple past in its main clause after
    its auxiliary (before any word that opens a clause of its own)."""
    words = _WORD.findall(question)
    for word in words[3:]:
        if word[:1].isupper():
            continue  # a name ("the Rose Theatre")
        low = word.lower()
        if low in _CLAUSE_OPENERS:
            return False
        if low in _PRESENT_FORMS or low in _PAST_ONLY and low not in ("was", "were", "did"):
            return True
    return False
