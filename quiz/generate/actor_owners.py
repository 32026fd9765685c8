"""A body pointed back to by its kind ("the board's chief investigator") named as the article
names it ("the chief investigator of the Hellenic Marine Accident Investigation Board")."""

from __future__ import annotations

import re
from collections.abc import Callable

#: "the board's chief investigator": an owner written by its kind, and up to three words of
#: what it owns.
_OWNED = re.compile(r"\bthe (?P<head>[a-z]+)['’]s (?P<what>(?:[a-z][\w-]* ){0,2}[a-z][\w-]*)\b")


def owner_named(question: str, of_kind: Callable[[str], str | None]) -> str:
    """``question`` with "the <kind>'s <thing>" written "the <thing> of <name>" when the article
    names one body of that kind (``of_kind``: head noun -> the body's name as the article
    writes it, "the" included, or ``None``), else as it is."""
    match = _OWNED.search(question)
    if match is None:
        return question
    name = of_kind(match.group("head"))
    if name is None:
        return question
    words = match.group("what").split()
    cut = next((k for k, word in enumerate(words) if word in _NOT_OWNED), len(words))
    if cut == 0:
        return question
    if cut < len(words) and words[cut] in {"of", "for"}:
        # "the authority's director of safety": the post goes on, the owner goes before it
        return f"{question[:match.start()]}{name}'s {question[match.start('what'):]}"
    end = match.start("what") + len(" ".join(words[:cut]))
    return f"{question[:match.start()]}the {' '.join(words[:cut])} of {name}{question[end:]}"


#: Words that end what is owned ("the board's decision | to close ...").
_NOT_OWNED = frozenset("""
to of in on at by for from with and or but as than that which who whom whose said says say
told was is were are had has have did does do would will could should can may might must
next last this earlier later ago yesterday today tonight tomorrow now also already still then
when where after before since until because while during over under into about through against
""".split())  # ("the authority's maintenance record | next month": a time ends it too)
