"""A sentence opened by "It" or "Its" after one whose subject is an organisation or thing that
sentence itself calls "it" ("The park said it would cut back the trees. It plans to reopen on
Tuesday."): the pronoun is read as that subject ("On what date does the park plan to
reopen?"); "Its troubles deepened last month" after "Aegean Blue had been struggling since
2023, when one of its ships ran aground" is read "Aegean Blue's troubles deepened"."""

from __future__ import annotations

import re

#: The subject opening the sentence before: "The" and up to three lower-case words, or a name
#: of capitalised words; then its verb group's first word.
_SUBJECT = re.compile(r"^(?P<np>The [a-z-]+(?: [a-z-]+){0,2}?|(?:The )?[A-Z][\w&'’.-]*"
                      r"(?: (?:of |for |and |the )?[A-Z][\w&'’.-]*){0,4}) (?P<verb>said|says|"
                      r"has|had|have|is|was|will|would|could|can|plans|expects|hopes|wants|"
                      r"[a-z]+ed)\b")

#: Words after "It" that make it no pronoun for a thing ("It is expected that", "It rained").
_EXPLETIVE = frozenset("""
    is was 's has had will would seems seemed appears appeared remains remained takes took
    rained snowed means meant may might could can must should costs cost
""".split())

#: "it" or "its" in the sentence before, after its subject: the subject is something "it".
_IT = re.compile(r"\b(?:it|its)\b")


def it_resolved(previous: str, text: str) -> tuple[str, int, str] | None:
    """``text`` with its opening "It"/"Its" replaced by the subject of ``previous``, how far
    that moves what follows and the subject as a question writes it; ``None`` when ``text`` opens with neither, the pronoun may be
    no pronoun, or ``previous`` does not call its own subject "it"."""
    if text.startswith("It "):
        word, owner = text[3:].split(" ", 1)[0], False
        if word in _EXPLETIVE or not word.isalpha() or not word.islower():
            return None
    elif text.startswith("Its "):
        owner = True
    else:
        return None
    subject = _SUBJECT.match(previous)
    if subject is None:
        return None
    verb = subject.group("verb")
    if verb.endswith("ed"):
        from quiz.generate.clauses import is_simple_past

        if not is_simple_past(verb):
            return None
    np = subject.group("np")
    if np.endswith(("s", "’", "'")) or not _IT.search(previous, subject.end()):
        return None  # a plural is no "it"; a subject the sentence does not call "it"
    pronoun = "Its" if owner else "It"
    named = f"{np}'s" if owner else np
    return named + text[len(pronoun):], len(named) - len(pronoun), \
        "t" + np[1:] if np.startswith("The ") else np
