"""The bodies an article names in full, looked up when a card needs one: the body a kind
points back to ("the board's" -> "the Hellenic Marine Accident Investigation Board") and the
full name of a short one ("ICU", "Seaways" -> "International Chess Union", "Seaways
Management")."""

from __future__ import annotations

from dataclasses import dataclass

from quiz.generate.entities import acronym
from quiz.generate.lexicon import NOT_GIVEN_NAMES, PLACE_SERVED, countries


@dataclass(frozen=True, slots=True)
class Bodies:
    """Bodies' names of two words or more as an article writes them (looked up per card, not
    indexed per article: most articles never ask)."""

    names: frozenset[str]  # as written, without "the"
    with_the: frozenset[str]  # those the article writes after "the"
    bracketed: tuple[tuple[str, str], ...]  # (acronym, name) of "Name (ACRONYM)"

    def of_kind(self, head: str) -> str | None:
        """The one body whose head noun is ``head`` ("union" of "General Union of Port
        Workers"), as the article writes it ("the" included), or ``None``."""
        found = [name for name in self.names if _head(name) == head]
        if len(found) != 1:
            return None
        return f"the {found[0]}" if found[0] in self.with_the else found[0]

    def full_name(self, short: str) -> str | None:
        """The one longer name ``short`` stands for: an acronym ("ICU", or one given in
        brackets) or the name's first words ("Seaways" of "Seaways Management"), or ``None``
        (also when the article names ``short`` as a body of its own)."""
        if short.isupper():
            given = [name for acr, name in self.bracketed if acr == short]
            if given:
                return given[-1]
            found = {name for name in self.names if name.count(" ") >= 2
                     and acronym(name.replace("'s ", " ").replace("’s ", " ")) == short}
        else:
            low = short.lower()
            if short in self.names or low.split(None, 1)[0] in NOT_GIVEN_NAMES or \
                    low in countries():
                return None
            found = {name for name in self.names if name.lower().startswith(f"{low} ")}
            if len(found) == 1 and PLACE_SERVED.intersection(
                    next(iter(found)).lower().split()[len(low.split()):][:1]):
                return None  # "Edinburgh" of "Edinburgh Chamber of Commerce": the place the
                # body serves, named before its kind, is no short name of it
        return found.pop() if len(found) == 1 else None


def _head(name: str) -> str:
    """A body's head noun: the word before "of" ("union" of "General Union of X"), or its last."""
    words = name.lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]
