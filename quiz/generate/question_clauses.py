"""Whether a question joins words of two clauses of its sentence: two finite verbs in one
clause, a gerund clause read as a subject, a source asked of an aside, a reduced relative's
agent asked for the main clause's date, a reason asked of the time clause it does not explain."""

from __future__ import annotations

import functools
import re

from quiz.generate.facts import Fact
from quiz.model import Category


def joins_clauses(fact: Fact, question: str) -> bool:
    """Whether ``question`` (outside quotations) joins words of two clauses (see the
    module)."""
    return second_past_verb(question) or source_of_another_clause(fact, question) or \
        _GERUND_SUBJECT.match(question) is not None or date_of_another_verb(fact, question)


#: A relative clause's verb ("The blaze, which started on Tuesday, ...").
_RELATIVE_VERB = re.compile(r", (?:which|who) ([a-z]+)\b")


def source_of_another_clause(fact: Fact, question: str) -> bool:
    """Whether ``question`` asks "According to which ...?" of the verb of a relative clause
    ("The blaze, which started on Tuesday, had burned 2,400 hectares, according to the fire
    service" asked as "According to which organisation did the blaze start on Tuesday?"):
    the source vouches for the main clause, not for the aside."""
    if not question.startswith("According to wh"):
        return ", according to " in question and \
            earlier_joined_clause(fact.sentence.text, question.split(", according to ")[0])
    from quiz.generate.clauses import past_to_base

    text = fact.sentence.text
    return any(f" {past_to_base(verb) or verb} " in question
               for verb in _RELATIVE_VERB.findall(text)) or earlier_joined_clause(text, question)


#: A trailing source after two joined clauses: "A did X, and B have since done Y, according
#: to Z." (the second clause's subject: its first two words).
_JOINED_THEN_SOURCE = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+([\w'’-]+(?:\s+[\w'’-]+)?)"
                                 r"(?:(?!,\s+(?:and|but|while|whereas)\s|;).)*?,\s+according\s+to\s+"
                                 r"[^,;]+[.!]?$")


def earlier_joined_clause(text: str, question: str) -> bool:
    """Whether a trailing "according to" that follows two joined clauses is asked of the
    first ("Poland changed the law in 2018, and more than 200 towns have since introduced
    restrictions, according to the agency" asked "According to which organisation did Poland
    change the law?"): the source is read with the nearer clause, the later claim."""
    if "according to" not in text:
        return False
    match = _JOINED_THEN_SOURCE.search(text)
    if match is None:
        return False
    asked = set(question.lower().split())
    return not any(word in asked for word in match.group(1).lower().split()
                   if word not in _AUXILIARIES)


_AUXILIARIES = frozenset("have has had is are was were will would did does do the a an".split())


#: "Why did keeping borrowing costs high even as the economy cool?": a clause opening on a
#: gerund read as the subject of the question.
_GERUND_SUBJECT = re.compile(r"^(?:Why|When|How) (?:did|does|do|was|were|is|are|has|have|had) "
                             r"(?:keeping|making|leaving|putting|giving|taking|getting|letting|"
                             r"having|being|saying|allowing|forcing|causing|bringing)\b")


#: A question's auxiliary and the words of its clause after it (to a comma or a word that
#: opens another clause).
_AUX_CLAUSE = re.compile(r"\b(?:did|does|do|was|were)\s+((?:(?!(?:that|which|who|whom|when|"
                         r"where|after|before|as|and|or|because|since|until|while|if|than|"
                         r"once)\b)[\w'’-]+\s+){1,6})")
#: "did an inspection carry out revealed that": a finite verb of reporting or finding after
#: the asked verb (the question was cut from a reduced relative clause).
_REPORTED_AFTER_DID = re.compile(r"\b(?:did|does|do)\b[^,?]*?\s(?:revealed|showed|found|"
                                 r"suggested|indicated|confirmed|concluded|reported|warned|"
                                 r"claimed|stated|announced|said|added|noted|told|argued)\s+"
                                 r"(?:that|how|whether)\b")


def second_past_verb(question: str) -> bool:
    """Whether ``question`` puts a simple past that is no participle after its auxiliary
    ("On what date was the scheduled shifts went unfilled?") or a reporting verb after the
    asked verb of a "did" question ("did a routine inspection carry out revealed that ...?"):
    two finite verbs, one clause."""
    if (" did " in question or " do" in question) and (" that" in question or " how" in question
                                                      or " whether" in question) and \
            _REPORTED_AFTER_DID.search(question):
        return True
    pasts = _pasts_only()
    if pasts.isdisjoint(question.split()):
        return False  # (most questions: no clause is read)
    return any(not pasts.isdisjoint(match.group(1).split()[1:])
               for match in _AUX_CLAUSE.finditer(question))


@functools.cache
def _pasts_only() -> frozenset[str]:
    """Simple pasts that are no participle and differ from their base ("went", "rose"; not
    "beat", which "did Aliyev beat" asks; "was" and "were" are left to the checks of a
    question's shape)."""
    from quiz.generate.grammar import PARTICIPLE_TO_BASE, PAST_TO_BASE

    return frozenset(word for word, base in PAST_TO_BASE.items()
                     if base not in (word, "be", "do", "have") and word not in PARTICIPLE_TO_BASE)



#: A time clause closed by a comma before "because" ("reached the gallery only after the
#: thieves had gone, because a camera had failed"): group "clause" is the time clause.
_TIME_THEN_BECAUSE = re.compile(r"\b(?:after|before|until|once|when)\s+(?P<clause>[^,]+),\s+"
                                r"because\b")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def asks_time_clause(question: str, text: str) -> re.Match[str] | None:
    """The time clause of ``text`` before its ", because" when ``question`` asks "Why" of
    that clause alone ("Why had the thieves gone?"), whose reason the "because" is not:
    it explains the main clause ("the guards reached the gallery only after ...")."""
    timed = _TIME_THEN_BECAUSE.search(text) if "because" in text else None
    if timed is None or timed["clause"] in question:
        return None
    asked = {word.lower() for word in _WORD.findall(question)}
    words = {word.lower() for word in _WORD.findall(timed["clause"]) if len(word) > 3}
    return timed if words and words <= asked else None


#: "When did <agent> <verb> ...?": group "agent" and group "verb" (a date question).
_DID_AGENT = re.compile(r"^(?:When|On what date|In what year|In what month|On what day) did "
                        r"(?P<agent>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}) (?P<verb>[a-z]+)\b")
#: Words before a participle that make it a passive of the clause, not a reduced relative.
_BE_WORDS = frozenset("is are was were be been being has have had get got".split())


def date_of_another_verb(fact: Fact, question: str) -> bool:
    """Whether a date question asks when an agent did what its sentence says only in a
    reduced relative clause (see :func:`reduced_relative`)."""
    return reduced_relative(fact, question) is not None


def reduced_relative(fact: Fact, question: str) -> tuple[str, int] | None:
    """Where a date question asks when an agent did what its sentence says only in a
    reduced relative clause ("The fish escaped from the site run by Vestlaks on Sunday
    night" asked as "On what date did Vestlaks run the site?"; the date may belong to the
    clause's own verb): the asked verb and where the relative clause starts in the
    sentence (before its participle), or None."""
    if fact.category is not Category.DATE or " by " not in fact.sentence.text:
        return None
    asked = _DID_AGENT.match(question)
    if asked is None:
        return None
    from quiz.generate.clauses import past_to_base
    from quiz.generate.grammar import PARTICIPLE_TO_BASE

    text = fact.sentence.text
    at = text.find(f" by {asked['agent']}")
    if at < 0:
        return None
    words = text[:at].split()
    if len(words) < 2 or words[-2].lower() in _BE_WORDS:
        return None
    participle = words[-1].lower()
    base = PARTICIPLE_TO_BASE.get(participle) or past_to_base(participle) or participle
    if asked["verb"] not in (participle, base):
        return None
    return asked["verb"], at - len(words[-1]) - 1


#: Verbs of a lasting state ("the site run by Vestlaks"): a day is never when they happen,
#: so a date after their reduced relative dates the main clause.
STATE_VERBS = frozenset("run operate own manage control head chair lead oversee hold fund "
                        "back support employ house".split())


#: A second predicate of the same subject: "was 'devastated' and had suspended all work".
_LATER_VERB = re.compile(r"\band\s+(?P<aux>had|has|have|was|were|will|would)\s+"
                         r"(?P<rest>(?:been\s+)?[a-z]+(?:ed|en|t)\b[^,;]*)")


def later_predicate(fact: Fact) -> re.Match[str] | None:
    """The second predicate the reason follows when the question asks the first ('said the
    company was "devastated" and had suspended all work so that inspectors could enter':
    "Why was the company devastated?" is not what "so that" answers), or ``None``."""
    if " and " in fact.question:
        return None  # (two verbs the question joins are read by the checks of joins)
    text = fact.sentence.text
    at = text.find(fact.answer)
    last = fact.question.rstrip("?").rsplit(None, 1)[-1].strip("\"“”'’")
    if at <= 0 or not last:
        return None
    end = text.rfind(last, 0, at)
    if end < 0 or " and " not in text[end:at]:
        return None
    return _LATER_VERB.search(text, end, at)
