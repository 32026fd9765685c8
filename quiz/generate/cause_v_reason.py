"""A thing that "is why" or "was the main reason" something happened: "Rising construction costs
are why the repair bill has doubled" -> "Why has the repair bill doubled?"; "Low pay was the main
reason young teachers left for the cities" -> "What was the main reason young teachers left for
the cities?" (low pay).

The gates are of shape: the subject a thing of :func:`cause_blamed.blamable` (no one acting,
no pronoun, not "the move" alone), the verb a plain "be", what follows "why" or "the reason" a
finite clause with a subject of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quiz.generate.cause_blamed import blamable
from quiz.generate.cause_asides import attributed
from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span, why_question
from quiz.generate.cause_v_trailing import event_before
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_upper, is_pronoun, word_count
from quiz.generate.syntax import Clause, find_clauses

#: The words without which no rule here fires (the caller's cheap gate).
REASON_WORDS = frozenset({"why", "reason", "reasons", "attribute", "attributes", "attributed",
                          "blame", "blames", "blamed", "down", "result", "consequence",
                          "product"})
_BE = frozenset({("is",), ("are",), ("was",), ("were",)})
#: "why Y", "the main reason (why|that) Y": what the subject is the reason for.
_WHY = re.compile(r"\s+(?:(?P<why>why)|(?P<reason>(?:the|a)\s+(?:(?:main|biggest|key|chief|"
                  r"major|primary|real|single|most\s+important)\s+)?reason)(?:\s+why|\s+that)?)"
                  r"\s+(?=[a-z])")
_ASKED_BE = {"is": "is", "are": "is", "was": "was", "were": "was"}


def reason_is_facts(text: str, clauses: list[Clause]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Rising costs are why the bill has doubled" -> "Why has the bill doubled?" (rising
    costs), also when reported ("Officials said rising costs were why ..."); "One reason for
    the delay was that X"; "A, which is why B"; "A, the reason being that B"."""
    if " why " in text or " reason " in text:
        for clause in clauses:
            yield from _thing_is_why(text, clause)
        for report in _REPORT.finditer(text):
            told = first_upper(text[report.end():])
            for clause in find_clauses(told)[:1]:
                if clause.first_token == 0:
                    for kind, question, answer, accept in _thing_is_why(told, clause):
                        # (the answer as written: "low pay", not "Low pay")
                        yield kind, question, answer if answer in text else first_lower_as(
                            answer, text), accept
    if " reason" in text and " for " in text:
        yield from _reason_for_facts(text)
    if ", which " in text and " why " in text or " being " in text and " reason " in text:
        yield from _why_after_clause(text, clauses)
    if ", a" in text and (" attribut" in text or " blame" in text or " down to " in text):
        yield from _traced_after_clause(text, clauses)
    if ", the " in text and " of " in text:
        yield from _result_after_object(text, clauses)


#: A report whose told clause the clause reader does not split off ("said low pay was ...").
_REPORT = re.compile(r"\b(?:said|says|say|added|argued|argues|believe|believes|think|thinks)"
                     r"\s+(?:that\s+)?(?=[a-z])")


def _thing_is_why(text: str, clause: Clause
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """The fact of one "X is why Y" / "X was the main reason Y" clause."""
    if tuple(w.lower() for w in clause.group.words) not in _BE:
        return
    match = _WHY.match(text, clause.verb_end)
    subject = text[clause.subject_start:clause.subject_end]
    if match is None or is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or \
            DEMONSTRATIVE.match(subject) or not blamable(subject) or \
            word_count(subject) > 10 or any(ch in subject for ch in ",;:\"“”()"):
        return
    effect = cut_span(text, match.end())
    if effect is None:
        return
    # (read as a sentence of its own: "Nurses leave the city" is a clause, "nurses leave
    # the city" may not be)
    told = find_clauses(effect[:1].upper() + effect[1:])
    if not told or told[0].first_token != 0 or is_pronoun(told[0].subject) or \
            VAGUE_SUBJECT.match(told[0].subject) or word_count(effect) > 16:
        return
    if match.group("why"):
        question = _why_as_written(effect)
        if question is not None:
            yield AnswerKind.CAUSE, question, subject, ()
        return
    be = _ASKED_BE[clause.group.words[0].lower()]
    reason = " ".join(match.group("reason").split())
    reason = "the " + reason.split(" ", 1)[1] if reason.startswith("a ") else reason
    yield AnswerKind.CAUSE, f"What {be} {reason} {effect}", subject, ()


#: "one reason for the low uptake was (that)": the reason named, what it is the reason for.
_REASON_FOR = re.compile(
    r"\b(?P<reason>(?:[Oo]ne|[Aa]nother|[Tt]he|[Aa])\s+(?:(?:main|biggest|key|chief|major|"
    r"primary|real|other|most\s+important)\s+)?reasons?)\s+for\s+(?P<thing>(?:the|its|their|"
    r"his|her|a|an)\s+[^,;:\"“”()]{2,60}?)\s+(?P<be>is|are|was|were)\s+(?P<that>that\s+)?"
    r"(?=[a-z])")


def _reason_for_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"One reason for the low uptake was that many families had moved" -> "What was one
    reason for the low uptake?" (many families had moved ...); the thing a noun phrase of
    bounded length, the reason a finite clause after "that" or else a noun phrase."""
    for match in _REASON_FOR.finditer(text):
        thing, reason = match.group("thing"), match.group("reason").lower()
        if word_count(thing) > 8 or any(w in _NOT_IN_THING for w in thing.lower().split()):
            continue
        answer = cut_span(text, match.end())
        if answer is None or word_count(answer) > 18:
            continue
        told = find_clauses(first_upper(answer))
        finite = bool(told) and told[0].first_token == 0
        if bool(match.group("that")) != finite or finite and (
                is_pronoun(told[0].subject) or VAGUE_SUBJECT.match(told[0].subject)) or \
                not finite and (is_pronoun(answer) or word_count(answer) > 10 or
                                _NO_NOUN_PHRASE.match(answer)):
            continue  # ("The reason for the closure was not given": no reason named)
        if reason.startswith("another"):
            reason = "one" + reason[len("another"):]
        be = _ASKED_BE[match.group("be")]
        yield AnswerKind.CAUSE, f"What {be} {reason} for {thing}", answer, ()


#: What opens no noun phrase: a negation, a state of knowing, a participle, an adverb.
_NO_NOUN_PHRASE = re.compile(r"(?:not|never|unclear|unknown|still|yet|also|being|given|"
                             r"[a-z]+ed|[a-z]+ly|[a-z]+en)\b")
#: Words that make the thing no noun phrase of its own ("the delay that they said was").
_NOT_IN_THING = frozenset({"that", "which", "who", "said", "says", "is", "was", "are", "were",
                          "this", "these", "it", "they"})
#: "A, which is why B" (A the reason) and "A, the reason being that B" (B the reason).
_WHY_AFTER = re.compile(r",\s+(?:which\s+(?:is|was)\s+(?:also\s+|partly\s+|largely\s+|"
                        r"mainly\s+)?(?P<why>why)|the\s+(?:main\s+)?reason\s+being"
                        r"(?:\s+that)?)\s+(?=[a-z])")


def _why_after_clause(text: str, clauses: list[Clause]) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Rents tripled, which is why shops closed" -> "Why did shops close?" (rents tripled);
    "Frosts do more damage, the reason being that plants are less hardened" -> "Why do
    frosts do more damage?" (plants are less hardened); both sides whole clauses."""
    for match in _WHY_AFTER.finditer(text):
        found = event_before(text, match.start())
        after = cut_span(text, match.end())
        if found is None or after is None or word_count(after) > 18:
            continue
        event = found[0]
        effect, cause = (after, event) if match.group("why") else (event, after)
        told = find_clauses(first_upper(after))
        if not told or told[0].first_token != 0 or is_pronoun(told[0].subject) or \
                VAGUE_SUBJECT.match(told[0].subject):
            continue
        question = _why_as_written(effect, _opening_subject(text, clauses, effect))
        if question is not None and " but " not in question:  # (the reason of both halves,
            # which the card's repair of a "but" question would cut to one)
            yield AnswerKind.CAUSE, question, cause, ()


def _why_as_written(clause_text: str, subject: str | None = None) -> str | None:
    """"Why ..." of a whole clause, its first word cased as written in the sentence (or as the
    caller read ``subject``, the sentence's opening subject, when the clause opens it)."""
    opened = first_upper(clause_text)
    told = find_clauses(opened)
    if not told or told[0].first_token != 0:
        return None
    if subject is not None and told[0].subject.lower() == subject.lower():
        told[0] = replace(told[0], subject=subject)
    elif clause_text[:1].islower():
        told[0] = replace(told[0], subject=clause_text[:len(told[0].subject)])
    return why_question(opened, told[0], len(opened))


def _opening_subject(text: str, clauses: list[Clause], clause_text: str) -> str | None:
    """The subject the caller read for the sentence's opening clause, when ``clause_text``
    opens the sentence."""
    if not text.startswith(clause_text):
        return None
    return next((c.subject for c in clauses if c.subject_start == 0), None)


#: "A, a gap that officials attribute largely to B" (also "a rise which experts blame on B",
#: "a fall analysts put down to B"): a noun summing up the clause A, traced by someone to B.
_TRACED_AFTER = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:(?:that|which)\s+)?"
    r"(?P<who>(?!it\b|he\b|she\b|they\b|we\b|i\b|you\b)[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,5}?)"
    r"\s+(?:(?:have|has|had)\s+)?(?:largely\s+|partly\s+|mainly\s+|mostly\s+)?"
    r"(?:attribute[sd]?\s+(?:(?:largely|partly|mainly|mostly)\s+)?to|"
    r"blamed?s?\s+(?:(?:largely|partly|mainly|mostly)\s+)?on|"
    r"put(?:s)?\s+(?:(?:largely|partly|mainly|mostly)\s+)?down\s+to)\s+(?=[a-z])")
_NOT_WHO = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "can",
                      "could", "may", "might", "not"})


def _traced_after_clause(text: str, clauses: list[Clause]) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"About 1,400 posts are vacant, a gap that officials attribute largely to a wave of
    retirements" -> "Why are about 1,400 posts vacant, according to officials?" (a wave of
    retirements); the clause a whole one, the tracer a short noun phrase of its own."""
    for match in _TRACED_AFTER.finditer(text):
        who = match.group("who")
        if not _NOT_WHO.isdisjoint(who.lower().split()) or who.split()[-1].lower() in {
                "the", "a", "an"}:
            continue
        found = event_before(text, match.start())
        cause = cut_span(text, match.end())
        if found is None or cause is None or word_count(cause) > 14 or DEMONSTRATIVE.match(cause):
            continue
        question = _why_as_written(found[0], _opening_subject(text, clauses, found[0]))
        if question is not None:
            yield AnswerKind.CAUSE, attributed(question, first_lower_who(who)), cause, ()


def first_lower_who(who: str) -> str:
    """``who`` as named inside a question ("officials", "Health experts" -> "health experts"
    unless a name)."""
    return who if who.split()[0][1:2].isupper() or len(who.split()) == 1 and who[:1].isupper() \
        else who[:1].lower() + who[1:]


def first_lower_as(answer: str, text: str) -> str:
    """``answer`` with its first letter as ``text`` writes it."""
    lowered = answer[:1].lower() + answer[1:]
    return lowered if lowered in text else answer


#: "blamed low water levels, the result of dams upstream": a condition named, then its cause.
_RESULT_OF = re.compile(r",\s+the\s+(?:direct\s+|combined\s+|inevitable\s+)?(?:result|"
                        r"consequence|product)\s+of\s+(?=[a-z])(?!which\b)")
#: What opens no bare condition: a determiner, a quantity, a preposition, a pronoun, a word
#: of a report's order ("new figures, the result of a survey": an outcome, not a cause).
_NOT_CONDITION = frozenset("""
    the a an its their his her our this that these those some many several more fewer most all
    no any each every much both few such other from on to of about over for with in at by into
    it them him us me you what which who
    new latest final first official preliminary initial early full last next
""".split())


def _result_after_object(text: str, clauses: list[Clause]
                         ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Officials blamed low water levels upstream, the result of dams" -> "What caused low
    water levels upstream?" (dams); the condition a bare noun phrase of two to six words
    (no determiner, quantity or number: "the final", "many jobs", "300 jobs" name no
    condition the result stands for) ending the clause's object."""
    for match in _RESULT_OF.finditer(text):
        clause = next((c for c in reversed(clauses) if c.verb_end <= match.start()), None)
        if clause is None:
            continue
        condition = text[clause.verb_end:match.start()].strip()
        words = condition.split()
        if words and words[0].lower() in {"from", "on", "to", "about", "over", "of"}:
            words = words[1:]  # ("suffers from chronic traffic jams")
        condition = " ".join(words)
        if not 2 <= len(words) <= 6 or words[0].lower() in _NOT_CONDITION or any(
                ch.isdigit() or ch in ",;:\"“”()" for ch in condition) or not words[0][
                :1].islower() or not _NOT_CONDITION.isdisjoint(
                w.lower() for w in words[1:] if w.lower() not in {"of", "in"}):
            continue
        cause = cut_span(text, match.end())
        if cause is None or word_count(cause) > 14:
            continue
        yield AnswerKind.CAUSE, f"What caused {condition}", cause, ()
