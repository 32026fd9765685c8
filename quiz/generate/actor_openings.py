"""Clauses the clause finder misses at a sentence's start: after an opening time ("On Saturday
the league fined ...", "In March 2024 the council approved ...") and after a name made of
function words ("Consumer group Which Way said ...")."""

from __future__ import annotations

from collections.abc import Sequence

from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import read_verb_group
from quiz.generate.mentions import Mention, Token
from quiz.generate.syntax import Clause, clause_at

#: Words that open a time before a sentence's subject.
_OPENERS = frozenset({"on", "in", "last", "earlier", "later", "early", "late", "by"})
#: Words a time is made of ("Saturday", "3 May", "March 2024", "last week").
_TIME_PARTS = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december week month year weekend morning
    afternoon evening night spring summer autumn winter
""".split())
#: Words a subject after the time may open with.
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def opening_time_clause(text: str, toks: Sequence[Token], clauses: list[Clause]) -> Clause | None:
    """The clause that follows an opening time without a comma ("On Saturday the ICU
    disqualified ..."), when no clause found starts there; ``None`` otherwise."""
    if len(toks) < 5 or toks[0].lower not in _OPENERS or toks[0].trail:
        return None
    k = 1
    while k < min(len(toks), 5) and not toks[k].trail and (
            toks[k].lower in _TIME_PARTS or toks[k].core.isdigit()):
        k += 1
    if k < 2 or k >= len(toks) or toks[k - 1].trail or toks[k - 1].lower in _SUBJECT_OPENERS:
        return None  # ("On Saturday, the ...": the comma lets the finder see it)
    if not (toks[k].lower in _SUBJECT_OPENERS or toks[k].capitalised) or any(
            c.first_token == k for c in clauses):
        return None
    clause = clause_at(text, toks, k)
    if clause is None or clause.first_token != k or any(
            c.verb_token == clause.verb_token for c in clauses):
        return None
    return clause


def opening_name_clause(text: str, toks: Sequence[Token], mentions: Sequence[Mention],
                        clauses: list[Clause]) -> Clause | None:
    """The clause of a name (with its role) that opens the sentence and is followed by its verb
    ("Consumer group Which Way said ...") or by an aside between commas and its verb ("Petra
    Lund, chief executive of X, said ..."), when no clause found opens the sentence."""
    if not mentions or any(c.first_token == 0 for c in clauses):
        return None
    m = mentions[0]
    if text[:m.role_start] not in {"", "The "} or m.possessive:
        return None
    k = m.last_token + 1
    if toks[m.last_token].trail == ",":  # "Petra Lund, chief executive of X, said ..."
        k = next((j + 1 for j in range(k, min(len(toks), k + 10)) if toks[j].trail), 0)
        if not k or toks[k - 1].trail != "," or any(
                mention.role_start > m.end and mention.kind is AnswerKind.PERSON
                for mention in mentions if mention.end < toks[k - 1].end):
            return None
    elif toks[m.last_token].trail:
        return None
    group = read_verb_group([t.lower for t in toks[k:k + 6]]) if k < len(toks) else None
    if group is None or any(t.trail for t in toks[k:k + len(group.words) - 1]):
        return None
    last = toks[k + len(group.words) - 1]
    verb_end = last.start + len(last.lead) + len(last.core)
    return Clause(subject=text[:m.end], subject_start=0, subject_end=m.end, group=group,
                  verb_start=toks[k].start, verb_end=verb_end,
                  rest=text[verb_end:].strip() if not last.trail else "", first_token=0,
                  verb_token=k)
