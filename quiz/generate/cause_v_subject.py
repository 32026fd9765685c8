"""The whole noun phrase of a subject the clause reader cut short, for the cause-verb rules:
'A "catastrophic" update caused X' (not "update"), "The collapse of the currency, which caused
X" (not "the currency"), "A strike that began in May [has hampered] X" (the main verb the
reader lost to the relative clause)."""

from __future__ import annotations

import re
from dataclasses import replace

from quiz.generate.grammar import COMMON_ALONE, COMMON_SUFFIXES, read_verb_group
from quiz.generate.question_checks import cut_before_verb
from quiz.generate.syntax import Clause

#: A quoted modifier and the determiner before it, just before a subject: 'a "catastrophic" '.
_QUOTED_MODIFIER = re.compile(r"(?:(?:\b[Aa]n?|\b[Tt]he|\b[A-Z][\w-]*[’']s)\s+)?(?:[a-z-]+\s+)?"
                              r"(?:\"[a-z][^\"]{0,30}\"|“[a-z][^”]{0,30}”)\s+$")
#: A noun phrase opening the sentence whose last noun the clause reader took for the subject of
#: a ", which" clause: "The collapse of " / "Storms in " / "Oxfam's decision to cut funding for ".
_HEAD_BEFORE = re.compile(r"(?P<np>(?:[A-Z][\w-]*(?:[’']s)?|[Aa]n?|[Tt]he)(?:\s+[a-z][\w-]*){0,3}?"
                          r"\s+(?:of|in|from|over|on|at|across|among|for|by)\s+)$")
#: The head of a noun phrase with "of" before the last noun ("a breakdown of [the system]"),
#: anywhere in the sentence: a ", which" after it tells of the head as much as of the noun.
_HEAD_OF = re.compile(r"\b(?:[Aa]n?|[Tt]he|[A-Z][\w-]*[’']s)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+of\s+")
#: Words that make the phrase before the subject a clause, not a noun phrase.
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would|could|can|"
                          r"did|does|do|after|when|which|who|that|as|because|while|since)\b",
                          re.IGNORECASE)
_WHICH_GAP = re.compile(r",\s+which\s+")


def whole_subjects(text: str, clauses: list[Clause]) -> list[Clause]:
    """``clauses`` with each subject the reader cut short made whole (the others as read),
    and the main clause after a restrictive relative in a subject added (the rules of one
    sentence pass the same list: the last reading is kept)."""
    if _LAST[0] is clauses and _LAST[1] == text:
        return _LAST[2]
    read = clauses
    if " that " in text or " which " in text:
        read = _with_main_clauses(text, read)
    if '"' in text or "“" in text or ", which " in text:
        read = [_whole(text, clause) for clause in read]
    _LAST[:] = [clauses, text, read]
    return read


#: The clauses, the text and the reading of the last call of :func:`whole_subjects`.
_LAST: list = [None, "", []]


#: A subject and "that"/"which" opening a restrictive relative clause ("A strike that began").
_RESTRICTIVE = re.compile(r"\s+(?:that|which)\s+")
#: Past forms that end a relative's predicate as the main verb ("a storm that hit the coast
#: [caused] X"): the causal verbs of the cause rules.
_MAIN_PAST = frozenset("""
    caused triggered sparked fuelled fueled prompted provoked led resulted contributed brought
    added made left forced pushed drove hit hampered delayed disrupted halted stalled stopped
    hurt damaged weakened boosted threw plunged kept sent slowed threatened undermined
    worsened crippled devastated wiped cost raised cast
""".split())
_AUX = frozenset("has have had could would will may might can".split())
_BE = frozenset("is are was were be been being".split())
_WORD = re.compile(r"[A-Za-z’'-]+|[,;:()\"“”—–]")


def _with_main_clauses(text: str, clauses: list[Clause]) -> list[Clause]:
    """``clauses`` with the main clause the reader lost after a restrictive relative in its
    subject ("A strike that began in May has also hampered X": the reader took "began" for
    the clause's verb and read no more)."""
    added: list[Clause] = []
    for clause in clauses:
        if not _RESTRICTIVE.fullmatch(text, clause.subject_end, clause.verb_start):
            continue
        found = _main_after(text, clause)
        if found is not None and not any(c.verb_start == found.verb_start for c in clauses) \
                and not cut_before_verb(text, found.subject):
            # (an answer "a strike that began in May" before "has ..." is read on to the
            # clause's end by the card writer, question_repairs: no such subject is asked)
            added.append(found)
    return [*clauses, *added] if added else clauses


def _main_after(text: str, clause: Clause) -> Clause | None:
    """The main clause whose verb follows the relative's predicate of ``clause``."""
    words = list(_WORD.finditer(text, clause.verb_end))[:10]
    for k, word in enumerate(words):
        low = word.group()
        if not low.isalpha() or low in {"and", "but", "or", "who", "which", "that"}:
            return None  # (a comma or a second clause first: no main verb of this subject)
        if k == 0 or low not in _AUX and low not in _MAIN_PAST and low not in _BE:
            continue
        group = read_verb_group([w.group() for w in words[k:]])
        if group is None or not group.words or group.words[0] != low or _BE.intersection(
                group.words[:-1]) and group.main not in _BE:
            return None  # (a passive after the relative is read by its own rule)
        end = words[k + len(group.words) - 1].end()
        subject = text[clause.subject_start:word.start()].rstrip()
        return Clause(subject, clause.subject_start, clause.subject_start + len(subject), group,
                      word.start(), end, text[end:].lstrip(), clause.first_token,
                      clause.verb_token + k + 1)
    return None


def _whole(text: str, clause: Clause) -> Clause:
    start = clause.subject_start
    quoted = _QUOTED_MODIFIER.search(text, max(0, start - 50), start)
    if quoted is not None and quoted.end() == start and text.count('"', 0, quoted.start()) % 2 == 0:
        start = quoted.start()
    elif _WHICH_GAP.fullmatch(text, clause.subject_end, clause.verb_start):
        head = _HEAD_BEFORE.fullmatch(text, 0, start)
        of = _HEAD_OF.search(text, max(0, start - 60), start) if head is None else None
        if of is not None and of.end() == start and not _CLAUSE_WORD.search(of.group()):
            start = of.start()  # ("blamed on a breakdown of the system, which ...")
        elif head is None or _CLAUSE_WORD.search(head.group("np")):
            return clause
        else:
            start = 0
    else:
        return clause
    subject = text[start:clause.subject_end]
    if start == 0:
        subject = opening_lowered(subject)
    return replace(clause, subject=subject, subject_start=start)


def opening_lowered(subject: str) -> str:
    """A subject opening a sentence with its first word lower-cased when that is a function
    word or a common noun by its ending ("Storms in the North Sea"), not a name ("Oxfam")."""
    first, _, rest = subject.partition(" ")
    if first[1:].islower() and rest[:1].islower() and (
            first in {"The", "A", "An"} or first.lower().endswith(COMMON_SUFFIXES) or
            first.lower() in COMMON_ALONE):
        return subject[0].lower() + subject[1:]
    return subject
