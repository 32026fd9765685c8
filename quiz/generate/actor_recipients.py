"""To whom an act goes: "The club appealed to the Court of Arbitration for Sport against the
ban" -> "To which organisation did the club appeal against the ban?"; "A Geneva dealer sold the
statues to the industrialist Walter Aldenhoven in 1978" -> "To whom did a Geneva dealer sell
the statues in 1978?"; in a reported clause, "Calloway said it would apply to the Food and Drug
Administration for approval" -> "To which organisation did Calloway say it would apply for
approval?"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quiz.generate.actor_clauses import reported_clauses
from quiz.generate.actor_phrases import Actor, first_lower_asker, mention_actor
from quiz.generate.actor_speech import SAY_VERBS
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, question_predicate
from quiz.generate.mentions import Mention, Token
from quiz.generate.syntax import Clause, trim_predicate

#: Verbs whose "to X" names who receives the act or is addressed by it (base, past, present).
RECIPIENT_VERBS = frozenset("""
    appeal appealed appeals apply applied applies complain complained complains submit
    submitted submits sell sold sells hand handed hands send sent sends transfer transferred
    transfers lend lent lends donate donated donates lose lost loses write wrote writes
    petition petitioned petitions refer referred refers deliver delivered delivers supply
    supplied supplies lease leased leases license licensed licenses report reported reports
    turn turned turns apologise apologised apologises apologize apologized apologizes
    award awarded awards grant granted grants give gave given gives loan loaned loans
    present presented presents assign assigned assigns entrust entrusted entrusts
""".split())
#: The verbs as substrings with a space after (a cheap test before the clauses are read).
RECIPIENT_CUES = tuple(sorted({verb[:5] for verb in RECIPIENT_VERBS}))
#: " to (the) " before the recipient's name.
_TO = re.compile(r"\bto\s+(?:the\s+)?")
#: Words that may follow a recipient's name, which then ends its phrase ("to X in 1978").
_AFTER_NAME = frozenset({"in", "on", "at", "for", "from", "with", "by", "as", "and", "but",
                         "after", "before", "over", "under", "until", "since", "during",
                         "last", "this", "next", "earlier", "later", "against", "within",
                         "about", "instead", "rather", "because", "when", "while", "which",
                         "who", "to", "than", "that", "if"})
#: Say verbs in the past whose base a question asks with ("did X say it would ...").
_SAY_BASE = {"said": "say", "told": "tell", "says": "say", "added": "add", "warned": "warn"}


def recipient_facts(text: str, toks: Sequence[Token], mentions: Sequence[Mention],
                    clauses: Sequence[Clause]) -> Iterator[tuple[str, Actor, str]]:
    """Questions for the named recipient of each clause's act (see the module docstring)."""
    for clause in [*clauses, *reported_clauses(text, toks, mentions, clauses)]:
        if clause.group.main not in RECIPIENT_VERBS:
            continue
        predicate = trim_predicate(clause.rest, 24)
        if not predicate or not clause.rest.startswith(predicate):
            continue
        rest_start = clause.verb_end + (len(text) - clause.verb_end - len(
            text[clause.verb_end:].lstrip()))
        found = _recipient(text, mentions, rest_start, rest_start + len(predicate))
        if found is None:
            continue
        m, start, end = found
        actor = mention_actor(m)
        if actor is None or actor.guessed or actor.kind is AnswerKind.COUNTRY and \
                clause.group.main.startswith(("lose", "los")):
            continue  # (one unknown name may be a place: "sent food to Gaza"; lost to Norway
            # in a final: a side, asked as a country elsewhere)
        left = " ".join(f"{text[rest_start:start]} {text[end:rest_start + len(predicate)]}"
                        .split())
        subject = first_lower(clause.subject)
        if is_pronoun(subject):
            asked = _reported(text, clauses, clause, left)
        else:
            asked = question_predicate(subject, clause.group, left)
        if asked is None:
            continue
        to = "To whom" if actor.asker == "Who" else \
            f"To {first_lower_asker(actor.asker)}"
        yield f"{to} {asked}", actor._replace(asker=to), f"{clause.group.main} to {m.name}"


def _recipient(text: str, mentions: Sequence[Mention], start: int,
               end: int) -> tuple[Mention, int, int] | None:
    """The name after "to (the)" inside ``text[start:end]`` and the span of "to ... name" (a
    person's description may stand between: "to the industrialist Walter Aldenhoven")."""
    for to in _TO.finditer(text, start, end):
        m = next((m for m in mentions if to.end() <= m.role_start < to.end() + 30
                  and m.end <= end), None)
        if m is None or m.possessive or text[m.end:m.end + 1] in {"-", "'", "’"}:
            continue
        after = text[m.end:m.end + 20].split(None, 1)
        if after and after[0][:1].isalpha() and after[0] not in _AFTER_NAME and not (
                after[0][-3:] == "ing" and after[0].islower() and " " in m.name
                and m.kind is not None):
            continue  # "turned to US providers": the name only says whose ("wrote to the
            # Office for Students alleging ...": a full name, then what the writer did)
        between = text[to.end():m.role_start].split()
        if not between or m.kind is AnswerKind.PERSON and len(between) <= 2 and all(
                w.isalpha() and w.islower() for w in between):
            return m, to.start(), m.end
    return None


def _reported(text: str, clauses: Sequence[Clause], clause: Clause, left: str) -> str | None:
    """"did Calloway say it would apply for approval": a reported clause with a pronoun for
    subject, asked through the named speaker whose say verb reports it."""
    outer = next((c for c in clauses if c.verb_end <= clause.subject_start and text[
        c.verb_end:clause.subject_start].strip() in {"", "that"}), None)
    if outer is None:
        return None
    base = _SAY_BASE.get(outer.group.main)
    if base is None or outer.group.words != (outer.group.main,) or is_pronoun(outer.subject) \
            or outer.group.main not in SAY_VERBS:
        return None
    support = "does" if outer.group.main == "says" else "did"
    said = " ".join((clause.subject, *clause.group.words, left)).strip()
    return f"{support} {first_lower(outer.subject)} {base} {said}"
