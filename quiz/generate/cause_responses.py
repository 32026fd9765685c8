"""Responses: how someone responded, and to what.

"In response, X did Y" / "X responded with Y" -> "How did X respond to Z?", where Z (the
attacks, the strike ...) is named in the sentence or in the one before; a response to nothing
named is not asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from quiz.generate.cause_spans import cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import base_form, first_lower, is_pronoun, tidy_span, word_count
from quiz.generate.mentions import Token
from quiz.generate.syntax import Clause, trim_predicate

_RESPONSE_END = re.compile(r"^(?P<what>[^,;:]{3,120}?)\s+in (?:return|response|retaliation)"
                           r"(?:[,.;]|$)")
_IN_RESPONSE = re.compile(r"^(?:In response|In retaliation|In return),\s+", re.IGNORECASE)
_RESPONDED = re.compile(r"^(?P<to>to\s+[^,]{3,80}?\s+)?(?P<how>(?:with|by)\s+.+)$")


def _how_respond(clause: Clause) -> str | None:
    words = clause.group.words
    subject = first_lower(clause.subject)
    if clause.group.tense == "past":
        return f"How did {subject} respond"
    if clause.group.tense == "present3":
        return f"How does {subject} respond"
    if words[0] in {"has", "have"}:
        return f"How {words[0]} {subject} responded"
    if words[0] in {"will", "would", "could", "might"}:
        return f"How {words[0]} {subject} respond"
    return None


#: What a response answers: an act or a claim named by a noun ("the militia's most serious
#: attack this year", "these attacks on U.S. military bases", "the ruling").
_RESPONDED_TO = re.compile(
    r"(?<![\w’'-])(?P<np>(?:(?:the|these|those|this|a|an|its|their|his|her)\s+)?"
    r"(?:(?!(?:of|in|on|for|to|from|by|with|at|as|and|or|the|a|an|after|over)\s)"
    r"[\w’'.-]+\s+){0,4}?(?:attacks?|strikes?|offensive|invasion|bombing|raids?|ban|"
    r"ruling|verdict|protests?|proposal|demands?|threats?|criticism|killing|assassination|"
    r"sanctions|tariffs?|accusations?|allegations?|complaints?|shooting|explosion|incursion|"
    r"outbreak|shortage|walkout|lawsuit|recall|crash|leak|spill|closure|cuts|layoffs|fine|"
    r"vote|defeat|findings|takeover|bid|boycott|blockade|arrests?|shutdown|downgrade)"
    r"(?:\s+(?:on|against|by|from|in|of|at|over|into)\s+(?:[\w’'-]+|(?<=[A-Z])\.|[A-Z]\.)+"
    r"(?:\s+[\w’'.-]+){0,5})?)(?=\s*[,;:.]|\s+(?:and|which|that|with|was|were|have|has|had|"
    r"after|this|last|on|in|is|are)\b|\s*$)")
_TARGET_END = re.compile(r"(?:\s+(?:there|here|then)|\s+(?:on|last|this|early|late)\s+"
                         r"(?:[A-Z][a-z]+day|week|month|year|night|morning)|\s+in\s+(?:the\s+)?"
                         r"(?:spring|summer|autumn|fall|winter|January|February|March|April|May|"
                         r"June|July|August|September|October|November|December|\d{4}))\.?$")
#: "attacks from militias after Israel declared war": the clause after is not the target's.
_TARGET_CLAUSE = re.compile(r"\s+(?:after|before|when|since|following|while|because|until)\s.*$")
_TARGET_START = re.compile(r"^(?:these|those|this|that|a|an)\s+", re.IGNORECASE)


@lru_cache(maxsize=1024)
def response_target(text: str) -> str | None:
    """What a response in the next sentence answers: the last act ``text`` names, made
    definite ("these attacks on bases" -> "the attacks on bases"); ``None`` if unsure."""
    found = list(_RESPONDED_TO.finditer(text))
    if not found:
        return None
    target = _definite_target(found[-1].group("np"))
    owner = _COMMON_OWNER.match(target) if target else None
    if target and owner is not None:
        # "Kataib Hezbollah launched the militia's most serious attack": the name owns it
        agent = _NAMED_AGENT.search(text, 0, found[-1].start("np"))
        if agent is not None:
            mark = owner.group("mark")
            who = f"{agent.group('the') or ''}{agent.group('who')}"
            target = f"{who}{mark}s {target[owner.end():]}"
    return target


#: "the militia's ...": a common noun owning the act, which a name before may stand for.
_COMMON_OWNER = re.compile(r"the [a-z]+(?P<mark>['’])s ")
#: A name and its verb right before the act ("Kataib Hezbollah launched ").
_NAMED_AGENT = re.compile(r"(?:^|,\s+|\s)(?P<the>the\s+)?(?P<who>[A-Z][\w’'-]+"
                         r"(?:\s+[A-Z][\w’'-]+){0,3})\s+[a-z]+ed\s+$")


def _definite_target(phrase: str) -> str | None:
    """A named act made definite, without the time or clause after it; ``None`` if long."""
    target = _TARGET_START.sub("the ", tidy_span(phrase))
    first = target.split()[0]
    if first[:1].islower() and first not in {"the", "its", "their", "his", "her"}:
        target = f"the {target}"  # "missile attacks on the base" -> "the missile attacks ..."
    target = _TARGET_END.sub("", _TARGET_CLAUSE.sub("", target))
    words = target.split()
    if len(words) > 12 or len(words) < 2:
        return None
    return target


def response_facts(text: str, toks: Sequence[Token], clauses: list[Clause], before: str = "",
                   earlier: Sequence[str] = ()
                   ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"In response, X did Y" / "X responded with Y" -> "How did X respond to Z?", where Z
    is named in the sentence or the one before (a bare "How did X respond?" is vague). A
    bare "the attacks" or "these attacks" takes the nearest naming of attacks in the sentence
    before or the ``earlier`` ones (nearest first) that says which ("the attacks on U.S.
    forces in Iraq and Syria"); with none, a pointer is not asked."""
    return responses_named(responses(text, clauses), text, clauses, before, earlier)


def responses(text: str, clauses: list[Clause]
              ) -> tuple[tuple[AnswerKind, str, str, tuple[str, ...]], ...]:
    """The responses the sentence tells, before what they answer is named (all that
    :func:`response_facts` reads of the sentence alone)."""
    return tuple(_responses(text, clauses))


def responses_named(found: Iterable[tuple[AnswerKind, str, str, tuple[str, ...]]], text: str,
                    clauses: list[Clause], before: str = "", earlier: Sequence[str] = ()
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """:func:`response_facts` given the sentence's :func:`responses`."""
    to_target: str | None = None
    looked = False  # (what is responded to is looked for only when a response is found)
    for kind, question, answer, accept in found:
        if question.endswith((" respond", " responded")):
            if not looked:
                to_target, looked = _to_target(text, clauses, before, earlier), True
            if to_target is None:
                continue
            question += to_target
        else:
            pointer = _TARGET_TO.search(question)
            if pointer is not None:
                # "responded to these attacks": the ones the sentence before names, else which?
                named = named_act(question[pointer.end():], (before, *earlier))
                if named is None:
                    continue
                question = f"{question[:pointer.start()]} to {named}"
        yield kind, question, answer, accept


def _to_target(text: str, clauses: list[Clause], before: str, earlier: Sequence[str]
               ) -> str | None:
    """" to the attacks on bases": what a bare "respond" asks about, from the sentence's
    words before its first clause or the sentence before, or ``None``."""
    head = text[:clauses[0].subject_start] if clauses else ""
    target = response_target(head) or response_target(before)
    if target is not None and len(target.split()) == 2:
        target = named_act(target.split()[1], (before, *earlier)) or target
    return f" to {target}" if target else None


def named_act(noun: str, texts: Sequence[str]) -> str | None:
    """The nearest act of ``texts`` (nearest first) named by ``noun`` with words that say
    which ("the attacks on U.S. forces"), made definite; ``None`` if none is."""
    for text in texts:
        if noun not in text:
            continue
        for head, target in _named_acts(text):
            if head == noun:
                return target
    return None


@lru_cache(maxsize=1024)
def _named_acts(text: str) -> tuple[tuple[str, str], ...]:
    """The acts ``text`` names with words that say which, made definite, last first, each
    with its noun (cached: a sentence is looked back at from the few after it)."""
    acts = []
    for found in reversed(list(_RESPONDED_TO.finditer(text))):
        target = _definite_target(found.group("np"))
        if target is not None and len(target.split()) > 2 and not _POINTER_WORD.search(target):
            acts.append((_head(target), target))
    return tuple(acts)


_POINTER_WORD = re.compile(r"\b(?:these|those|this|that|it|they|them)\b", re.IGNORECASE)


def _head(target: str) -> str:
    """The noun a target is named by ("the attacks on bases in Iraq" -> "attacks")."""
    words = target.split()
    at = next((i for i, w in enumerate(words) if w in _TARGET_PREPOSITIONS), len(words))
    return words[at - 1] if at else ""


_TARGET_PREPOSITIONS = frozenset({"on", "against", "by", "from", "in", "of", "at", "over",
                                  "into"})


_TARGET_TO = re.compile(r" to (?:these|those|this|that) (?=\w+$)")


def _responses(text: str, clauses: list[Clause]
               ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    lead = _IN_RESPONSE.match(text)
    if lead is not None:
        clause = next((c for c in clauses if c.subject_start >= lead.end()), None)
        if clause is not None and not is_pronoun(clause.subject) and clause.subject_start == \
                lead.end() + (len(text[lead.end():]) - len(text[lead.end():].lstrip())):
            predicate = trim_predicate(clause.rest, 20)
            question = _how_respond(clause)
            if predicate and question:
                answer = f"{clause.group.main} {predicate}"
                yield AnswerKind.EFFECT, question, answer, (predicate,)
    for clause in clauses:
        ending = _RESPONSE_END.match(clause.rest) if "in re" in clause.rest else None
        if ending is not None and not is_pronoun(clause.subject) and base_form(
                clause.group.main) not in {"respond", "be", "have"} and not re.search(
                    r"\bto\s+[a-z]+", ending.group("what")):
            question = _how_respond(clause)
            if question is not None:
                # the object alone ("militia targets") is no answer to "how": not accepted
                yield (AnswerKind.EFFECT, question,
                       f"{clause.group.main} {ending.group('what')}", ())
        if base_form(clause.group.main) != "respond" or is_pronoun(clause.subject):
            continue
        question = _how_respond(clause)
        if question is None:
            continue
        rest = clause.rest
        match = _RESPONDED.match(rest)
        if match is not None:
            how = cut_span(text, text.index(match.group("how"), clause.verb_end))
            target = (match.group("to") or "").strip()
            if how and word_count(target) <= 10:
                yield AnswerKind.EFFECT, f"{question} {target}", how, ()
            continue
        participle = re.match(r"^(?:[A-Z]\w+day|today|yesterday)?\s*,\s*(?P<how>[a-z]+ing\b.*)$",
                              rest)
        if participle is not None:
            how = cut_span(text, text.index(participle.group("how"), clause.verb_end))
            if how:
                yield AnswerKind.EFFECT, question, how, ()
