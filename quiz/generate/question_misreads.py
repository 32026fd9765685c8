"""Shapes of a question that misread its sentence: a subject lost before an adverb, a
passive read as active, a relative time the asked date contradicts, "with" of a noun asked
as a partner, a time phrase split by a name, a causative's object given its causer's verb."""

from __future__ import annotations

import re

from quiz.generate.facts import Fact
from quiz.generate.grammar import PARTICIPLE_TO_BASE
from quiz.model import Category

#: "On what date did first issue the notice?": an adverb straight after the auxiliary, where
#: the subject should stand ("did the authority first issue").
SUBJECT_LOST = re.compile(
    r"^(?:When|Why|How|Where|What|On what date|In what (?:year|month)|By when|Since when|"
    r"From when|Until when|From what date|Since what date)\s+(?P<auxiliary>did|does|do|will|"
    r"would|could|can|has|have|had|was|were|is|are)\s+(?P<adverb>first|last|also|then|later|initially|"
    r"finally|again|still|already|just|subsequently|originally|previously|recently|eventually|"
    r"soon|only|never)\s+(?!(?:year|month|week|night|summer|spring|autumn|winter|season|"
    r"decade|a|an|the|half|some|about|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"(?P<verb>[a-z]+)")
_DO = frozenset({"did", "does", "do"})
#: "... appoint by the province?": a verb with no object before an agent.
_VERB_BY_AGENT = re.compile(r"^(?:When|On what date|In what (?:year|month)|Why)\s+(?:did|does|"
                            r"do|will|would)\s.*?\s([a-z]+)\s+by\s+(?:the\s|[A-Z])")
#: A year or month question that keeps a relative time of its own unit: the asked time is
#: then given twice, or contradicted ("In what year had costs risen from £3.4 million to
#: more than £4.8 million this year?").
_RELATIVE_TIME = re.compile(r"^In what (year|month)\b.*\b(?:this|last|next) \1\b")
#: Nouns whose "with" names a party of the thing ("approved the agreement with the
#: operator": "With whom did members approve the agreement?" misreads it) ...
_WITH_NOUN = r"(?:agreement|deal|contract|talks|negotiations|treaty|partnership|accord|pact|" \
             r"dispute|settlement|meeting|alliance|merger|ties|relations)"
#: ... unless the verb is done with that party too ("signed a deal with", "held talks with").
_JOINT_VERBS = frozenset("""
    sign signs signed signing reach reaches reached reaching strike strikes struck striking
    agree agrees agreed agreeing negotiate negotiates negotiated negotiating hold holds held
    holding conclude concluded seal sealed make made form formed announce announced
    announces enter entered have has had open opened resume resumed begin began start
    started break broke cut renew renewed hammer hammered
""".split())
#: Quantities that are someone's own: reported bare ("Lindqvist said sales had fallen"),
#: they are the speaker's, which a question without the speaker loses ("Since when had
#: sales fallen by about 40%?": whose sales?).
_OWNED_QUANTITY = re.compile(r"^[^,]*?\s(?:did|does|do|had|has|have|was|were|is|are|will|"
                             r"would)\s(sales|profits?|revenues?|bookings|orders|footfall|"
                             r"takings|earnings|income|turnover|membership|attendance)\s"
                             r"(?!(?:in|of|at|on|from|for|across|among|to)\s)")
#: Its nouns, as words (a question without one of them is not matched against it).
_OWNED_NOUNS = frozenset("""sales profit profits revenue revenues bookings orders footfall
                          takings earnings income turnover membership attendance""".split())
#: "the maintenance record next of the authority month": an owner put inside a time phrase.
_SPLIT_TIME_PHRASE = re.compile(r"\b(?:next|last|this)\s+of\s+the\b")
#: Verbs that make their object do something: the object does not do what follows "and"
#: ("The disruption forced Dublin Bus to divert routes and led to delays").
_CAUSATIVE = r"(?:forced|prompted|allowed|caused|led|required|pushed|drove|enabled|" \
             r"persuaded|urged|compelled|obliged|encouraged)"
#: A causative at all: most sentences have none, and then no pattern is built for the answer.
_CAUSATIVE_USED = re.compile(rf"\b{_CAUSATIVE}\s")


def misread(fact: Fact) -> str:
    """The name of the misreading ``fact``'s question shows ("" when none)."""
    question, category = fact.question, fact.category
    lost = SUBJECT_LOST.match(question)
    if lost is not None and not (question.startswith("What ") and
                                 lost.group("auxiliary") not in _DO and
                                 question[lost.end():].strip(" ?")):
        return "subject_lost"  # (not "What has also pushed up fares?": "What" is the subject,
        # whose verb needs no "do"; "What did also push up" lost its own)
    if " of the " in question and _SPLIT_TIME_PHRASE.search(question):
        return "split_time_phrase"
    if " by " in question and _passive_as_active(question, fact.sentence.text):
        return "passive_as_active"
    if category is Category.DATE and _RELATIVE_TIME.match(question):
        return "date_given_twice"
    if category is not Category.ACTOR and "according to" not in question and \
            _unowned_reported(question, fact.sentence.text):
        return "unowned_reported"
    if question.startswith("With whom ") and _with_of_noun(fact):
        return "with_of_noun"
    if category is Category.ACTOR and " and " in question and question.startswith("Who ") \
            and _causer_verb(fact):
        return "causer_verb"
    if category is Category.ACTOR and question.endswith(" to?") and _DESTINATION.match(question):
        return "place_as_body"
    if " would " in fact.sentence.text and " did " in question and \
            _proposed_as_done(question, fact.sentence.text):
        return "proposed_as_done"
    return ""


#: "Which organisation would the province send 12 nurses to?": where something is sent is a
#: place, not a body that acts (a country may be either: "Which country will the museum
#: return the statues to?").
_DESTINATION = re.compile(r"^Which (?:organi[sz]ation|body|group) (?:did|does|do|will|would|has|"
                          r"have|had)\b.*\b"
                          r"(?:send|deploy|move|bring|fly|transfer|dispatch|evacuate|relocate|"
                          r"return|redeploy|ship|sent|deployed|moved|brought|flown|"
                          r"transferred|dispatched|evacuated|relocated|returned|shipped)\b")
#: "would table an alternative budget that kept all the libraries open": what a thing still
#: to come would do (group 1: the verb of its relative clause).
_PROPOSED = re.compile(r"\bwould\s+[a-z]+\s+(?:an?|the|its|their|his|her)\s+[\w\s'’-]{0,40}?"
                       r"\b(?:that|which)\s+([a-z]+)\b")


def _proposed_as_done(question: str, text: str) -> bool:
    """Whether the question asks as done ("How did an alternative budget keep ...?") what the
    sentence says a proposal would do."""
    from quiz.generate.clauses import past_to_base

    return any(f" {past_to_base(verb) or verb} " in question
               for verb in _PROPOSED.findall(text))


def _passive_as_active(question: str, text: str) -> bool:
    """Whether the question asks "did X <verb> by the Y" where the sentence has the verb's
    participle before "by" (a passive: "a judge appointed by the province")."""
    match = _VERB_BY_AGENT.match(question)
    if not match:
        return False
    from quiz.generate.clauses import is_past_participle, past_to_base

    base = match.group(1)
    return any(is_past_participle(word) and (PARTICIPLE_TO_BASE.get(word) or
                                             past_to_base(word)) == base
               for word in re.findall(r"\b([a-z]+)\s+by\s", text))


def _unowned_reported(question: str, text: str) -> bool:
    """Whether the question asks a bare quantity that the sentence reports from a speaker
    (its own sales, profits, bookings ...) without naming the speaker."""
    if _OWNED_NOUNS.isdisjoint(question.split()):
        return False
    match = _OWNED_QUANTITY.match(question)
    return match is not None and re.search(
        rf"\b(?:said|says|told \w+|added|reported)\s+(?:that\s+)?{match.group(1)}\b",
        text) is not None


def _with_of_noun(fact: Fact) -> bool:
    match = re.search(rf"\b([a-z]+)\s+(?:(?:the|a|an|its|their|his|her|new|fresh|formal|further|"
                      rf"direct|final)\s+){{0,2}}{_WITH_NOUN}\s+with\s+(?:the\s+)?"
                      rf"{re.escape(fact.answer)}", fact.sentence.text)
    return match is not None and match.group(1) not in _JOINT_VERBS


def _causer_verb(fact: Fact) -> bool:
    """Whether the answer is the object of a causative, so that the verb after "and" is its
    causer's ("Who diverted 23 routes and led to delays?")."""
    text = fact.sentence.text
    return _CAUSATIVE_USED.search(text) is not None and re.search(
        rf"\b{_CAUSATIVE}\s+(?:the\s+)?{re.escape(fact.answer)}\s+to\s", text) is not None
