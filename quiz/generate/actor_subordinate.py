"""Clauses of time, condition and reason inside a sentence, read for their own subject and verb.

"Construction cannot resume until the Directorate-General for Cultural Heritage decides
whether ...", "the bathhouse was built ..., when Lisbon, then known as al-Usbuna, was ruled by
the Almoravids": the clause finder reads the main clause and leaves these inside its last
phrase. When a name opens the clause (after its conjunction) and a verb group follows it (or
the aside between commas after it), the clause is read like any other, so the subject and
agent rules ask about it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quiz.generate.grammar import VerbGroup, may_start_verb_group, read_verb_group
from quiz.generate.mentions import Mention, Token
from quiz.generate.syntax import Clause

#: Conjunctions that open a clause of time, condition or reason inside a sentence.
SUBORDINATORS = frozenset({"when", "until", "till", "after", "before", "because", "since",
                           "while", "whereas", "although", "though", "unless", "once"})
#: The same words as substrings with their spaces: a sentence with none opens no such clause.
SUBORDINATE_CUES = tuple(f" {word} " for word in sorted(SUBORDINATORS))
#: Objects that stand for someone outside the clause, the main clause's subject as like as
#: not ("The striker scored before Liverpool substituted him"): a question cannot say who.
_OWNER_PRONOUN = re.compile(r"\b(?:him|them|it)\b")
#: How far into the clause's rest a pronoun would be asked with it.
_PRONOUN_REACH = 120
#: Words the aside after the name may run to before the verb: ", then known as X,".
_MAX_ASIDE = 8


def subordinate_clauses(text: str, toks: Sequence[Token], mentions: Sequence[Mention],
                        clauses: Sequence[Clause]) -> list[Clause]:
    """The clauses of ``text`` that a conjunction of :data:`SUBORDINATORS` opens with a name
    for subject, which ``clauses`` (the clause finder's) do not already hold."""
    out: list[Clause] = []
    starts = {c.first_token for c in clauses}
    for i in range(1, len(toks) - 2):
        tok = toks[i]
        if tok.lower not in SUBORDINATORS or tok.trail or i + 1 in starts or (
                tok.lower == "since" and toks[i + 1].core[:1].isdigit()):
            continue
        first = i + 2 if toks[i + 1].lower == "the" and not toks[i + 1].trail else i + 1
        m = next((m for m in mentions if m.first_token == first or
                  m.role_start == toks[first].start and m.first_token >= first), None)
        if m is None or m.possessive:
            continue
        clause = _clause_after(text, toks, i + 1, m)
        if clause is not None and _OWNER_PRONOUN.search(clause.rest[:_PRONOUN_REACH]) is None:
            out.append(clause)
    return out


def _clause_after(text: str, toks: Sequence[Token], first: int, m: Mention) -> Clause | None:
    """The clause whose subject runs from token ``first`` to the end of the name ``m``, with
    the verb group right after it (or after an aside between commas)."""
    v = m.last_token + 1
    if v >= len(toks):
        return None
    if toks[m.last_token].trail == ",":
        end = next((k for k in range(v, min(len(toks), v + _MAX_ASIDE))
                    if toks[k].trail), None)
        if end is None or toks[end].trail != ",":
            return None
        v = end + 1
    elif toks[m.last_token].trail:
        return None
    if v >= len(toks) or toks[v].lead:
        return None
    lowers = [t.lower for t in toks[v:v + 6]]
    group = _verb_group(lowers)
    if group is None:
        return None
    last = toks[v + len(group.words) - 1]
    verb_end = last.start + len(last.lead) + len(last.core)
    subject_start = toks[first].start + len(toks[first].lead)
    return Clause(subject=text[subject_start:m.end], subject_start=subject_start,
                  subject_end=m.end, group=group, verb_start=toks[v].start, verb_end=verb_end,
                  rest=text[verb_end:].strip() if not last.trail else "", first_token=first,
                  verb_token=v)


def _verb_group(words: list[str]) -> VerbGroup | None:
    """The verb group ``words`` open: one the grammar reads, or a verb of a body's act in the
    present ("decides", "approves", "publishes") before a word."""
    if may_start_verb_group(words[0]):
        group = read_verb_group(words)
        if group is not None:
            return group
    if len(words) >= 2 and words[0] in _PRESENT_ACTS and words[1][:1].isalpha():
        return VerbGroup((words[0],), words[0], "present3")
    return None


#: Acts of a body or a person in the present, as a clause of time or condition puts them
#: ("until the regulator approves ...", "once the court rules ...").
_PRESENT_ACTS = frozenset("""
    decides approves rules agrees signs publishes completes grants issues lifts rejects
    confirms announces orders votes accepts reviews finishes delivers pays returns repays
    receives submits sets agrees gives makes takes releases clears certifies authorises
    authorizes permits allows resolves settles responds replies meets ratifies passes
    adopts appoints names chooses selects withdraws reopens opens closes ends starts begins
    resumes files approves sanctions endorses backs funds finances reverses overturns upholds
""".split())
