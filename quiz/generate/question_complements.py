"""Whether a question drops the complement a noun needs: "Which miner holds a 65% stake?"
of "holds a 65% stake in the mine" (a stake in what?)."""

from __future__ import annotations

import re

#: Nouns that say little without the "in"/"of" phrase naming what they are part of.
_NEEDY = r"(?:stakes?|shares?|interests?|roles?|part|seat|holdings?)"
#: Those nouns as words: a question without any of them drops no complement.
_NEEDY_WORDS = frozenset("stake stakes share shares interest interests role roles part seat "
                         "holding holdings".split())
#: Any of them, in a word or not (a quicker first look).
_NEEDY_STEM = re.compile("|".join(sorted(_NEEDY_WORDS)))
#: A run of word characters: a whole word of the pattern below is one.
_WORD_RUN = re.compile(r"\w+")
#: Such a noun in a sentence, with its complement.
_WITH_COMPLEMENT = re.compile(rf"\b({_NEEDY})\s+(?:in|of)\s|\b(seat)\s+on\s", re.I)
#: Such a noun in a question, without one.
_WITHOUT_COMPLEMENT = re.compile(rf"(?<!\btake )(?<!\btook )(?<!\btaken )(?<!\btaking )"
                                 rf"(?<!\btakes )\b({_NEEDY})\b(?!\s+(?:in|of|on|at)\b)(?!-)",
                                 re.I)
#: Nouns that need their complement even when the sentence gives none.
#: ("600 roles" are jobs: the plural stays)
_ALWAYS_NEEDY = frozenset("stake stakes holding role".split())
#: A question that asks for the complement itself ("In which mine does X hold a stake?").
_ASKS_COMPLEMENT = re.compile(r"^(?:In|Of|On|At) (?:which|what)\b")


#: A question ending on the plural of a noun that is always of something ("names",
#: "results"), with no owner before it: "Which organisation must approve all new names?" (of
#: meteorites, in the story; the question does not say).
_OWNERLESS_END = re.compile(r"\b(?:all|any|every|the|new|other|such|these|those)\s+"
                            r"(?:names|results|details|terms|members|versions|copies|"
                            r"findings|outcomes|contents)\?$")


def drops_complement(question: str, sentence: str) -> bool:
    """Whether ``question`` uses one of the nouns above without the "in"/"of" phrase its
    ``sentence`` gives it, or ends on a stake or a role with none ("Who played a key
    role?"), or on a noun of something with no owner ("all new names?")."""
    if _ASKS_COMPLEMENT.match(question):
        return False
    if question.endswith("s?") and _OWNERLESS_END.search(question):
        return True
    if question.isascii():  # (exact: the pattern below matches one of these words, whole)
        low = question.lower()
        if not _NEEDY_STEM.search(low) or _NEEDY_WORDS.isdisjoint(_WORD_RUN.findall(low)):
            return False  # (most questions: no such word, or only in "party", "depart")
    missing = {m.group(1).lower() for m in _WITHOUT_COMPLEMENT.finditer(question)}
    if not missing:
        return False
    if question.rstrip("?").rsplit(None, 1)[-1].lower() in _ALWAYS_NEEDY & missing:
        return True
    return any((m.group(1) or m.group(2)).lower() in missing
               for m in _WITH_COMPLEMENT.finditer(sentence))
