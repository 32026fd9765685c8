"""A town that acts through its authorities: "The Romanian city of Brașov is replacing its
rubbish bins" -> "Which Romanian city is replacing ...?"."""

from __future__ import annotations

import re

from quiz.generate.actor_phrases import Actor
from quiz.generate.facts import AnswerKind
from quiz.generate.lexicon import demonyms
from quiz.generate.syntax import Clause

#: "The (Romanian) city of Brașov": a town's kind, maybe its nation's adjective, and its name.
_PLACE_OF = re.compile(r"(?:[Tt]he\s+)(?:(?P<demonym>[A-Z][^\W\d_]+)\s+)?"
                       r"(?P<kind>city|town|village|municipality|island|port\s+city|"
                       r"capital|province|region|state)\s+of\s+"
                       r"(?P<name>[A-Z][^\W\d_]*(?:[\s-][A-Z][^\W\d_]*){0,2})")
#: Verbs whose subject undergoes, holds or lies somewhere: a place as a place, no actor
#: ("The town of X lies on the river", "The city of X recorded 41C").
_UNDERGOES = frozenset("""
    lies lay sits sat stands stood borders bordered overlooks overlooked remains remained
    sees saw seen suffered suffers experienced experiences recorded records received
    receives lost loses hosts hosted contains contained boasts boasted counts numbers faces
    faced endured endures escaped escapes woke wakes lies became becomes got gets has have had
    is was are were ranks ranked topped tops dates dated grew grows shrank shrinks
""".split())


def acting_place(clause: Clause) -> Actor | None:
    """The town a clause's subject names as "the <kind> of <Name>", asked for by its kind
    ("Which Romanian city"), when the verb tells an act (no passive, no "lies" or "saw"),
    or ``None``."""
    match = _PLACE_OF.fullmatch(clause.subject)
    if match is None or clause.group.main in _UNDERGOES or clause.group.words[-1] in _UNDERGOES:
        return None
    demonym = match.group("demonym")
    if demonym is not None and demonym.lower() not in demonyms():
        return None  # ("The Old city of X": no nation's adjective)
    kind = " ".join(match.group("kind").split())
    asker = f"Which {demonym} {kind}" if demonym else f"Which {kind}"
    return Actor(match.group("name"), AnswerKind.ORGANISATION, asker)
