"""What a thing made likely or certain: "The penalty ... makes relegation at the end of the season
almost certain" -> "What does the penalty make almost certain?" (relegation at the end of the
season).

The verb is "make" in any tense, the state one of likelihood (certain, inevitable, likely ...);
what was made so is any noun phrase of at most ten words with no clause in it; the subject is the
sentence's opening subject when it is a thing (no one acting, no pronoun), the "make" its own
verb or a second verb joined to its first by "and".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_blamed import blamable
from quiz.generate.cause_hindrances import common_head, names_someone
from quiz.generate.cause_spans import DEMONSTRATIVE, NOT_BASE, VAGUE_SUBJECT, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import base_form, first_lower, gerund, is_pronoun, word_count
from quiz.generate.syntax import Clause

#: The states of likelihood, and "make" itself (the caller's cheap gate: no rule here fires
#: without one).
LIKELY_WORDS = frozenset({"certain", "inevitable", "likely", "unlikely", "impossible",
                          "unavoidable", "harder", "easier", "difficult", "cheaper", "possible",
                          "easy", "hard", "riskier", "safer", "make", "makes", "made"})
#: "makes relegation at the end of the season almost certain": the verb, what, the state.
_MADE_LIKELY = re.compile(
    r"\b(?P<verb>makes|made|make|has\s+made|have\s+made|had\s+made|will\s+make|would\s+make)\s+"
    r"(?P<what>(?!it\b|them\b|this\b|that\b)[a-z][\w’'-]*(?:\s+[\w’'£$€%.-]+){0,9}?)\s+"
    r"(?P<state>(?:(?:almost|all\s+but|virtually|nearly|now|more|less|increasingly|highly|"
    r"far\s+more|much\s+more)\s+)?(?:certain|inevitable|likely|unlikely|impossible|"
    r"unavoidable))\b(?!\s+to\b|\s+that\b)")
#: Words that end a noun phrase: what follows is a clause.
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|and|or|but|is|are|was|were|has|have|had|will|"
                          r"would|could)\b")
_SUPPORT = {"makes": "does {} make", "made": "did {} make", "make": "do {} make"}
#: Between the opening clause's predicate and a second "and makes": no other clause.
_JOINED = re.compile(r"(?:,\s+|\s+)and\s+(?:also\s+)?$")


#: "made it harder (for X) to persuade hesitant parents": how hard, for whom, the act.
_MADE_IT = re.compile(r"\s+it\s+(?P<how>(?:(?:much|far|even|increasingly|almost|nearly|virtually|a\s+lot)\s+)?(?:harder|"
                      r"easier|more\s+difficult|more\s+expensive|cheaper|difficult|impossible|"
                      r"possible|easy|hard|riskier|safer))\s+(?:for\s+(?P<whom>[^,;:\"“”()]{2,40}?)\s+)?"
                      r"to\s+(?P<act>[a-z]{2,})\b")
_MADE = frozenset({"made", "make", "makes"})


def made_it_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Misinformation on social media had made it harder to persuade hesitant parents" ->
    "What had made it harder to persuade hesitant parents?" (misinformation on social media):
    the subject a thing of :func:`cause_blamed.blamable` (no one acting, no pronoun)."""
    for clause in clauses:
        if clause.group.main.lower() not in _MADE or _PASSIVE.intersection(clause.group.words):
            continue
        match = _MADE_IT.match(text, clause.verb_end)
        if match is not None and text[:clause.verb_start].rstrip().endswith(", which"):
            continue  # ("uses an older design, which makes it more expensive to run": the
            # "it" is what the clause before tells of, no empty "it")
        subject = text[clause.subject_start:clause.subject_end]
        if match is None or is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or \
                DEMONSTRATIVE.match(subject) or not blamable(subject) or word_count(
                    subject) > 10 or any(ch in subject for ch in ",;:\"“”()") or len(
                    re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", subject).split()) < 2:
            continue  # ("The ban made it harder": the ban alone is no answer)
        act = cut_span(text, match.start("act"))
        if act is None or word_count(act) > 14 or match.group("whom") and is_pronoun(
                match.group("whom")):
            continue
        first, _, rest = act.partition(" ")
        if first in NOT_BASE or base_form(first) not in {None, first}:
            continue
        whom = f" for {match.group('whom')}" if match.group("whom") else ""
        words = clause.group.words  # ("will make" stays: only a finite "make" agrees)
        verb = _agreeing(words)
        # (a question with "it" in it is read as pointing back: "made staying in the village
        # impossible for young families", the act as a gerund, says the same)
        doing = f"{gerund(first)} {rest}".strip()
        yield (AnswerKind.CAUSE, f"What {verb} {doing} {' '.join(match.group('how').split())}"
               f"{whom}", subject, ())


_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _agreeing(words: tuple[str, ...]) -> str:
    """A verb group agreeing with "What" ("have made" -> "has made", "make" -> "makes"; "will
    make" as written)."""
    first = {"have": "has", "make": "makes"}.get(words[0], words[0])
    return " ".join((first, *words[1:]))
#: "could make [Korean products] [less competitive] abroad", "made the roads more dangerous",
#: "makes the valley prone to flooding": what was made so (a noun phrase of at most eight
#: words), then a comparison or a state of being open to something.
_MADE_MORE = re.compile(
    r"\s+(?P<what>(?!(?:it|them|him|her|us|me|this|that|these|those|itself|themselves)\b)"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,7}?)\s+(?P<state>(?:(?:even|much|far|still|a\s+lot)\s+)?"
    r"(?:more|less)\s+(?!than\b|of\b|and\b|or\b)[a-z]{4,}|(?:even|much|far|still)?\s*(?:worse|"
    r"better|cheaper|costlier|dearer|harder|easier|safer|riskier|weaker|stronger|scarcer|"
    r"slower|faster|poorer|richer|longer|shorter)|(?:more\s+|less\s+)?(?:prone|vulnerable|"
    r"susceptible|liable|exposed)\s+to\s+[a-z][\w-]*)\b")
#: "..., which makes it prone to flooding": the clause before made its own subject so.
_WHICH_MADE_IT = re.compile(
    r",\s+which\s+(?P<group>makes|made|has\s+made|had\s+made|will\s+make|would\s+make|"
    r"could\s+make)\s+(?P<it>it|them)\s+(?P<state>(?:(?:even|much|far|still|a\s+lot)\s+)?"
    r"(?:more|less)\s+(?!than\b|of\b|and\b|or\b)[a-z]{4,}|(?:more\s+|less\s+|particularly\s+|"
    r"especially\s+)?(?:prone|vulnerable|susceptible|liable|exposed)\s+to\s+[a-z][\w-]*)\b")
#: A relative pronoun right before the verb: "flooded the road, which made the trip harder"
#: tells what the whole clause before did, not the noun before "which" (the trailing rule's).
_RELATIVE_END = re.compile(r"\b(?:which|that)\s*$")


def _after_a_clause(text: str, clause: Clause, clauses: list[Clause]) -> bool:
    """Whether ``clause`` is a relative clause after another clause's verb ("flooded the road,
    which made the trip harder": "which" stands for the flooding, not the road; "The levy,
    which made cars dearer, ..." is about the levy)."""
    return _RELATIVE_END.search(text, 0, clause.verb_start) is not None and any(
        other.verb_end <= clause.subject_start for other in clauses if other is not clause)


#: Nouns after "more"/"less" ("made the firm more money"): an amount given, no state.
_MORE_NOUNS = frozenset("""
    money time people jobs room space sense work noise power cash profit profits revenue
    sales votes friends enemies trouble damage goals points
""".split())


def which_made_it_facts(text: str, clauses: list[Clause]
                        ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The town sits on a flood plain, which makes it vulnerable to heavy rain" -> "What makes
    the town vulnerable to heavy rain?" (the town sits on a flood plain): the "it" is the
    sentence's opening subject, told right before its verb, and the clause up to the ", which"
    is the cause."""
    match = _WHICH_MADE_IT.search(text)
    if match is None or not clauses or clauses[0].first_token != 0:
        return
    event = clauses[0]
    subject = text[event.subject_start:event.subject_end]
    plural = subject.split()[-1].endswith("s") and not subject.split()[-1].endswith("ss")
    if is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or DEMONSTRATIVE.match(subject) or \
            names_someone(subject) or text[event.subject_end:event.verb_start].strip() or \
            (match.group("it") == "them") != plural or word_count(subject) > 6:
        return
    told = text[event.subject_start:match.start()].strip()
    if not 4 <= word_count(told) <= 20 or any(ch in told for ch in ",;:\"“”()"):
        return
    state = " ".join(match.group("state").split())
    rest = cut_span(text, match.end()) if text[match.end():match.end() + 1] == " " else ""
    if rest is None or rest and (word_count(rest) > 4 or _CLAUSE_WORD.search(rest)):
        rest = ""
    tail = f" {rest}" if rest else ""
    group = " ".join(match.group("group").split())
    yield AnswerKind.CAUSE, f"What {group} {first_lower(subject)} {state}{tail}", told, ()


def made_more_facts(text: str, clauses: list[Clause]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"A stronger won could make Korean products less competitive abroad" -> "What could
    make Korean products less competitive abroad?" (a stronger won): the subject a thing of
    :func:`cause_blamed.blamable`, what was made so a noun phrase, the state a comparison or
    an openness to something."""
    for clause in clauses:
        if clause.group.main.lower() not in _MADE or _PASSIVE.intersection(clause.group.words):
            continue
        match = _MADE_MORE.match(text, clause.verb_end)
        subject = text[clause.subject_start:clause.subject_end]
        if match is None or _after_a_clause(text, clause, clauses) or is_pronoun(subject) or \
                VAGUE_SUBJECT.match(subject) or \
                DEMONSTRATIVE.match(subject) or not blamable(subject) or word_count(
                    subject) > 10 or any(ch in subject for ch in ",;:\"“”()") or text[
                    :clause.subject_start].rstrip().endswith(","):
            continue  # ("warned that hot, [dry weather] would make": the subject read cut)
        what, state = match.group("what"), " ".join(match.group("state").split())
        if _CLAUSE_WORD.search(what) or what.split()[-1].lower() in {"the", "a", "an", "its",
                                                                      "their", "of", "to"} or \
                state.split()[-1] in _MORE_NOUNS:
            continue
        rest = cut_span(text, match.end()) if text[match.end():match.end() + 1] == " " else ""
        if rest is None or rest and (word_count(rest) > 4 or _CLAUSE_WORD.search(rest)):
            rest = ""  # ("less competitive abroad": a short tail kept, a clause left out)
        words = clause.group.words
        verb = _agreeing(words)
        tail = f" {rest}" if rest else ""
        yield AnswerKind.CAUSE, f"What {verb} {what} {state}{tail}", subject, ()


def made_likely_facts(text: str, clauses: list[Clause]
                      ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The ruling has made an appeal all but inevitable" -> "What has the ruling made all but
    inevitable?" (an appeal); "X had made it harder to Y" (:func:`made_it_facts`)."""
    if " it " in text:
        yield from made_it_facts(text, clauses)
    yield from made_more_facts(text, clauses)
    if ", which " in text:
        yield from which_made_it_facts(text, clauses)
    if not clauses or clauses[0].first_token != 0:
        return
    first = clauses[0]
    subject = first.subject
    if is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or names_someone(subject) or \
            word_count(subject) > 6 or any(ch in subject for ch in ",;:\"“”()") or \
            DEMONSTRATIVE.match(subject) or not common_head(subject):
        return
    for match in _MADE_LIKELY.finditer(text, first.verb_start):
        own = first.verb_start <= match.start() < first.verb_end
        if not own and (not _JOINED.search(text, 0, match.start()) or any(
                first.verb_end <= c.verb_start < match.start() for c in clauses[1:])):
            continue  # (a "make" of another subject's clause)
        what = match.group("what")
        if _CLAUSE_WORD.search(what) or is_pronoun(what) or word_count(what) > 10:
            continue
        verb = " ".join(match.group("verb").split())
        thing = first_lower(subject)
        asked = _SUPPORT[verb].format(thing) if verb in _SUPPORT else \
            f"{verb.split()[0]} {thing} {verb.split()[1]}"
        yield (AnswerKind.EFFECT, f"What {asked} {' '.join(match.group('state').split())}", what,
               ())
