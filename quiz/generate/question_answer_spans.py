"""A reason or an effect answered with more or less than its phrase: a second reported clause ("a
database error and that a fix had been applied overnight") is cut off; a whole sentence whose
effect the question asks but whose own main clause is no cause ("Inspectors found the cracks
after a Boeing 787 burst two tyres" for "Why did the runway have to close?"), and a bare "the"
noun asked by a question that names nothing ("the investigation"), are not asked."""

from __future__ import annotations

import re
from dataclasses import replace

from quiz.generate.facts import Fact
from quiz.generate.question_referents import anchored

#: A second clause reported with the first ("said the crash was triggered by X and that a fix
#: had been applied"): it ends a noun phrase's answer.
_AND_THAT = re.compile(r",? and that\b")
#: A time or reason clause inside a sentence's main clause ("found the cracks after a plane
#: burst two tyres"): which of the two the effect follows from, the card cannot say.
_INNER_CLAUSE = re.compile(r" (?:after|when|as|because|since|while|before) ")
#: An answer that is a bare "the" noun ("the investigation", "the delays"): it points back at
#: something its sentence does not say.
_BARE_ANSWER = re.compile(r"^(?:the|this|that|these|those) [a-z][\w-]*$")
#: Whose account a question asks ("..., according to dockworkers' union FNV Havens?"): a name
#: there says who speaks, not what the question is about.
_ACCORDING = re.compile(r",? according to [^?]*")
#: The fewest words of a whole-sentence answer that is read as too long to be one cause.
_LONG_CLAUSE = 12


def trimmed_cause(fact: Fact) -> Fact | None:
    """``fact`` (a cause) with its answer cut at a second reported clause when it is asked
    as a noun phrase ("What triggered ...?"); None (no card) when its question asks why of
    an effect whose answer is the sentence's whole main clause with an inner clause of its
    own (gapped, it would leave the effect alone); the fact unchanged otherwise."""
    answer = fact.answer
    if fact.question and _BARE_ANSWER.match(answer) and \
            not anchored(_ACCORDING.sub("", fact.question)):
        return None  # "What did a captain's complaint in August trigger?" -> "the
        # investigation": neither end of the card says what it is about
    if " and that " in answer and not fact.question.startswith("Why"):
        cut = answer[:_AND_THAT.search(answer).start()]
        if len(cut.split()) >= 2:
            return replace(fact, answer=cut)
    if fact.question.startswith("Why") and answer[:1].isupper() and \
            len(answer.split()) >= _LONG_CLAUSE and \
            fact.sentence.text.startswith(answer) and _INNER_CLAUSE.search(answer):
        return None
    return fact
