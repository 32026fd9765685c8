"""Clauses of a kind of people and a plural present verb that the clause finder leaves out:
"Farmers and some politicians blame the ban for ...", "Environmental groups argue that ..."."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quiz.generate.actor_common_nouns import common_actor
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import KNOWN_PRESENT, VerbGroup
from quiz.generate.mentions import Token
from quiz.generate.syntax import Clause


def _plural(verb: str) -> str:
    """The plural present of a third-person present ("denies" -> "deny", "argues" -> "argue")."""
    if verb.endswith("ies"):
        return f"{verb[:-3]}y"
    if verb.endswith(("shes", "ches", "sses", "xes", "oes")):
        return verb[:-2]
    return verb[:-1]


#: Plural presents of the verbs of stance and action the grammar knows ("say", "blame",
#: "argue", "warn", "oppose"): the verb of a clause whose subject is a kind of people.
PLURAL_PRESENTS = frozenset(_plural(verb) for verb in KNOWN_PRESENT if verb.endswith("s"))
#: A plural noun, then one of those verbs: the test that spares the rest (most sentences
#: have none).
CUE = re.compile(r"(?:s|men|police) (?:" + "|".join(sorted(PLURAL_PRESENTS)) + r")\b")
#: Words a subject of people may not hold: a clause or a time begins at them.
_NOT_IN_SUBJECT = frozenset("""
    that which who whom whose when while because after before since if as than but or nor
    to of in on at by for from with the a an it they he she we this these those there
""".split()) - {"the"}
_OPENERS = frozenset({"and", "but"})
_MAX_SUBJECT = 6


def present_clauses(text: str, toks: Sequence[Token], found: list[Clause]) -> list[Clause]:
    """The clauses "<kind of people> <plural present> ..." that ``found`` lacks: the subject
    opens the sentence or a clause after a stop (", and farmers blame ..."), and
    :func:`~quiz.generate.actor_common_nouns.common_actor` reads it as people ("Who")."""
    taken = {c.verb_token for c in found}
    out: list[Clause] = []
    for v in range(1, len(toks) - 1):
        tok = toks[v]
        if tok.lower not in PLURAL_PRESENTS or v in taken or tok.lead or not tok.core.islower() \
                or toks[v - 1].trail:
            continue
        start = _subject_start(toks, v)
        if start is None:
            continue
        span = text[toks[start].start:toks[v - 1].end]
        if toks[v - 1].possessive or span[-1:] in "'’":
            continue
        common = common_actor(span)
        if common is None or common.kind is not AnswerKind.GROUP or common.asker != "Who":
            continue
        rest = text[tok.end:].lstrip()
        if not rest or rest[:1] in ",.;:":
            continue
        out.append(Clause(span, toks[start].start, toks[v - 1].end,
                          VerbGroup((tok.lower,), tok.lower, "present"), tok.start, tok.end,
                          rest, start, v))
    return out


def _subject_start(toks: Sequence[Token], v: int) -> int | None:
    """Where the subject before the verb at ``v`` opens, within a few words: the sentence's
    start, after a dateline's dash, or after a stop and an "and" or "but" (", and farmers
    blame"; a comma alone ends a list or an aside), or ``None``."""
    k = v - 1
    while k > 0 and v - k < _MAX_SUBJECT and not _stops(toks[k - 1]):
        if toks[k].lower in _NOT_IN_SUBJECT:
            return None
        k -= 1
    if toks[k].lower in _NOT_IN_SUBJECT:
        return None
    if k == 0 or toks[k - 1].raw in _DASHES:
        return k if toks[k].lower not in _OPENERS else None
    if not _stops(toks[k - 1]) or toks[k].lower not in _OPENERS or k + 1 >= v:
        return None
    return k + 1


_DASHES = frozenset({"-", "—", "–"})


def _stops(tok: Token) -> bool:
    """Whether a clause may open after ``tok``: a comma, semicolon or colon after it, or a
    dash."""
    return tok.raw in _DASHES or any(ch in ",;:" for ch in tok.trail)
