"""What the sentence alone decides of an actor fact: its question tidied, its answer, the
forms accepted, or that it cannot be asked ("Who ignored these findings?").

The rest (what "the matter" or "this dialogue" points back to, whether a bare "the plan" is
named in the sentences before) needs the article, and ``actors`` decides it; this part is
decided once per distinct sentence, with the rules' findings (``actor_rules``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quiz.generate.actor_agents import agent_verb
from quiz.generate.actor_phrases import SUBJECT_ADVERBS, Actor
from quiz.generate.actor_speech import SAY_VERBS
from quiz.generate.entities import normalise, strip_title
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_pronoun, tidy_span
from quiz.generate.lexicon import GROUP_WORDS


class Draft(NamedTuple):
    """An actor fact as far as its sentence tells it."""

    question: str  # tidied, without its question mark
    anaphoric: bool  # it points back to another sentence: to be resolved in the article
    answer: str
    accept: tuple[str, ...]  # other forms of the answer that are right
    subject: str  # what the actor did (normalised)
    value: str  # the answer without a title (normalised)


def draft(question: str, actor: Actor, subject: str, text: str) -> Draft | None:
    """The fact ``question`` asks of ``actor`` in the sentence ``text``, as far as the sentence
    tells it, or ``None`` when the question or the answer cannot be asked."""
    if actor.guessed and (actor.asker == "Who" or actor.asker.startswith("Which ")) and \
            question.startswith(actor.asker + " "):
        words = question[len(actor.asker) + 1:].lower().split()
        verb = next((w for w in words[:3] if w not in SUBJECT_ADVERBS), "")
        if verb not in AUXILIARIES and verb not in SAY_VERBS and verb not in BODY_ACTS \
                and not agent_verb(verb):
            # one unknown name doing something a river or a town could do as well ("the
            # Struma broke through a levee"): the sentence does not tell it is an actor
            return None
    if actor.kind is not AnswerKind.PERSON and actor.kind is not AnswerKind.GROUP and \
            actor.asker in _UNSURE_ASKERS and question.startswith(actor.asker + " ") and \
            question[len(actor.asker) + 1:].split(" ", 1)[0].lower() in _HAPPENINGS:
        return None  # "Who overturned on 2 March?" of a ferry: a ship, a storm, no actor
    question = " ".join(question.replace("*", "").split()).rstrip(" ,.;:?")
    if actor.guessed and question.endswith(_WHERE_TO):
        return None  # "Which organisation did two airlines cancel all flights to?" of one
        # unknown name: a place to go to or come from as likely as a body
    if question.count(" ") < 3:
        return None  # fewer than four words
    anaphoric = (("th" in question and ("this " in question or "that " in question
                                        or "there" in question))
                 or "matter" in question or "issue" in question or " move" in question
                 or " step" in question or "incident" in question) and \
        ANAPHORS.search(question) is not None
    if not anaphoric and points_elsewhere(question, actor):
        return None
    answer = tidy_span(actor.answer)
    at = text.find(answer) if answer else -1
    if at < 0 or is_pronoun(answer):
        return None
    at += len(answer)
    if text[at:at + 1] == " " and text[at + 1:at + 2].isupper() and \
            _NAME_GOES_ON.match(text, at):
        return None  # "the charity Patients First": the answer is only part of a name
    return Draft(question, anaphoric, answer, _accept_forms(answer, actor), normalise(subject),
                 normalise(strip_title(answer)))


#: A question ending on a preposition of motion: what it asks for may be a place.
_WHERE_TO = (" to", " from", " into", " towards", " toward")


def points_elsewhere(question: str, actor: Actor) -> bool:
    """Whether ``question`` points to what the card does not show ("Who ignored these
    findings?", "Which body approved his permit?") or asks what was not stated ("Who did
    not say how much X paid?")."""
    return ("these " in question or "those " in question) and \
        _POINTS_BACK.search(question) is not None or \
        actor.kind is not AnswerKind.PERSON and actor.kind is not AnswerKind.GROUP and \
        _others_pronoun(question, len(actor.asker)) or \
        " not " in question and _UNSAID.match(question, len(actor.asker)) is not None


def _accept_forms(answer: str, actor: Actor) -> tuple[str, ...]:
    forms: list[str] = [*actor.accept, *actor.quiet]
    if actor.role:
        forms.append(f"{actor.role} {answer}")
    low = answer.lower()
    if low.startswith("the "):
        forms.append(answer[4:])
    elif actor.kind in {AnswerKind.ORGANISATION, AnswerKind.GROUP} and " " in answer and not (
            "'s " in answer or "’s " in answer):  # ("Ohio's Environmental Protection Agency")
        forms.append(f"the {answer}")
    if actor.kind is AnswerKind.PERSON and " and " not in answer:
        words = answer.split()
        if len(words) >= 2:
            forms.append(words[-1] if words[-2].lower() not in {"bin", "ibn", "al", "van",
                                                                   "von", "de"}
                         else " ".join(words[-2:]))
    out: list[str] = []
    for form in forms:
        form = form.strip()
        if form and form.lower() != low and form not in out:
            out.append(form)
    return tuple(out)



def _others_pronoun(question: str, start: int) -> bool:
    """Whether a person's pronoun in ``question`` points outside it: "they" after "its
    members" in the question is theirs ("said several of its members had sold cattle because
    they could not ..."), a "his" is someone the card does not name."""
    for match in _OTHERS_PRONOUN.finditer(question, start):
        if match.group() in {"he", "she"} and _NAMED_SAYS.search(question, 0, match.start()):
            continue  # "did Tom Aldridge say he would appeal": he is the one named
        # (the asker's own people count: "Campaigners from which group said they ...")
        if match.group().lower() not in _PLURAL_PRONOUNS or not any(
                word in GROUP_WORDS or _PLURAL_NOUN.fullmatch(word)
                for word in question[:match.start()].lower().split()):
            return True
    return False


_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
#: A named person's say verb right before a reported "he" or "she": "did Tom Aldridge say ".
_NAMED_SAYS = re.compile(r"[A-Z][\w'’-]+ [A-Z][\w'’-]+ (?:say|says|said)(?: that)? $")
#: A plural noun a later "they" or "their" can stand for ("its reservoirs ... their capacity").
_PLURAL_NOUN = re.compile(r"(?!(?:was|has|does|this|thus|always|perhaps|sometimes|whereas|says|"
                          r"towards|besides|across|unless)$)[a-z]{2,}[^su]s")


#: Verbs whose subject is a person or a body: one unknown name doing this is an organisation
#: (the other acts of :data:`~quiz.generate.actor_agents.AGENT_ACTS`, which a town does as
#: well, are asked "Who").
BODY_ACTS = frozenset("""
    apologised apologized expects plans planned hired fired sold sells bought buys agreed
    signed acquired launched sued recalled employs employed invested demanded rejected
    approved refused offered promised denied accused appointed paid pays asked urged decided
    voted announced cut cuts hire sell buy pay beat won defeated unveiled launched reported
    posted criticised criticized welcomed confirmed appealed sued invested
    owns owned runs ran operates operated manages managed founded
    made built designed developed manufactured produced published commissioned organised
    organized funded financed sponsored
""".split())
#: Askers that do not tell what the answer is: a name that only undergoes a happening is
#: likely a ship, a storm or a volcano, not an actor.
_UNSURE_ASKERS = frozenset({"Who", "Which organisation"})
#: Verbs of what happens to a thing (a ship, a storm, a volcano, a building), not of an act.
_HAPPENINGS = frozenset("""
    overturned overturns capsized capsizes sank sinks erupted erupts collapsed collapses
    crashed crashes exploded explodes derailed derails flooded floods burst bursts drifted
    drifts battered batters lashed lashes intensified intensifies weakened weakens burned
    burnt flowed flows tilted tilts rolled
""".split())
#: After the asker, an object question ("Which ... did X join?") or a verb group whose verb
#: may be the subject's own: both are left as they are.
AUXILIARIES = frozenset({"did", "does", "do", "will", "would", "could", "can", "may", "might",
                         "has", "have", "had", "is", "was", "are", "were", "must", "should"})

#: In what a question says someone did (not in what they said): words that point back to
#: another sentence ("the matter", "this dialogue", "there").
ANAPHORS = re.compile(r"\bthe (?P<vague>matter|issue|move|step|incident)\b"
                      r"(?! (?:to|of|on|that)\b)|"
                      r"\b(?P<this>this|that) (?P<noun>(?!(?:year|week|month|morning|afternoon|"
                      r"evening|time|weekend|spring|summer|autumn|winter|season|is|was)\b)"
                      r"[a-z][\w-]*(?: [a-z][\w-]*)?)|"
                      r"\b(?P<there>there)\b(?! (?:is|are|was|were|had|has|have|will|would)\b)")
_UNSAID = re.compile(r" (?:did|does|do|would|will|could) not (?:say|comment|disclose|reveal|"
                     r"specify|confirm|name|explain)\b")
#: A capitalised word right after an answer (not a day or month) continues the name it cut.
_NAME_GOES_ON = re.compile(r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                           r"January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b)[A-Z][a-z]")
#: Words that point back to an earlier sentence the card does not show: "these findings".
_POINTS_BACK = re.compile(r"\b(?:these|those)\s+(?!(?:days|years|months|weeks)\b)[a-z]")
#: A person's pronoun in a question whose answer is a body or a country is someone else.
_OTHERS_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|they|them|their)\b", re.IGNORECASE)
