"""Cause facts: why things happened, what they led to and what they were for.

Only explicit causal language counts, read from the sentence's clauses:

- a connective after (or before) a clause: because (of), due to, as a result of, in
  retaliation for, in response to, in the wake of, following, and "after" only with a strong
  signal (a decision verb, "after claiming", "particularly after") -> "Why did X ...?";
- causal verbs: "X prompted Y to do Z" -> "What did X prompt Y to do?" / "What prompted Y to
  do Z?"; "X led to / resulted in / sparked / fuels Y" -> "What did X lead to?" / "What led
  to Y?";
- purposes: "talks aimed at ending X" -> "What were the talks aimed at?"; "Baghdad aims to X"
  -> "What does Baghdad aim to do?"; "returned in 2014 to help X" -> "Why did ... return in
  2014?"; "militias formed to fight X" -> "Why were the militias formed?"; "a budget, which
  parliament must approve to avoid cuts" -> "Why must parliament approve a budget?";
- reasons given or named: "criticised the plan and said X" -> "Why did ... criticise the
  plan?"; "for safety reasons", "as a precaution"; means: "fund the cap with a tax" -> "How
  did ... fund the cap?".

Answers are spans of the sentence cut at a clause boundary; a question that cannot be put
grammatically, whose subject is a pronoun or whose answer it already contains is skipped.

A deck holds several articles on one story, so a question names the one event it asks about:
a reported claim names its speaker ("..., according to Iraq's foreign ministry?"), a thing
aimed at is named by the act whose object it is ("the talks that X will resume"), a bare "the
attacks" by the nearest sentence before that says which; "particularly after X" after a
long-running state asks "After what event in particular ...?", never why; what someone was
urged or asked to do is no cause.

Some causes are told across two sentences (see :mod:`cause_referents` and
:mod:`cause_followups`): "That forced Y", "That is why Y" and "As a result, Y" are answered by
the fact the sentence before states, "This was because Y" and "The decision came after Y" give
the reason of the act the sentence before states, and a reported passive "it" ("The board said
it had been tightened after X") is the thing the short sentence before acted on.

A sentence's shape does not hide its cause: a wire dateline before it ("LISBON – The court
..."), a day or a manner adverb between subject and verb ("The regulator on Thursday blocked",
"was provisionally suspended"), a long subject, a closing ", X said", an apposition inside the
cause ("researchers at X, a Dutch charity, matched"), a reason given after ", saying",
"It"/"Their" opening a sentence about what the sentence before named ("It has agreed to ...",
"Their transport was delayed ..."), a "He" after "Its chief executive, Ana Ruiz, said ...", a
relative clause with commas of its own or a speaker between subject and verb ("The bridge,
which links A and B, Ohio, was closed after X", "The glacier, scientists say, is melting
because X": see :mod:`cause_interrupted`), a speaker between the statement and its reason
("X will last six weeks, Y said, because Z": see :mod:`cause_asides`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter

from quiz.generate.article import without_dateline
from quiz.generate.cause_events import (
    EVENT_NOUN_CUES, EVENT_VERB_FORMS, NOMINAL, decision_names, event_names, headline_events,
    named_events,
)
from quiz.generate.cause_referents import (
    restated_causes, result_of_before, that_caused, thing_named_before,
)
from quiz.generate.cause_asides import attributed
from quiz.generate.cause_interrupted import interrupted, uninterrupted
from quiz.generate.cause_followups import (
    OPENERS as FOLLOWUP_OPENERS, RESULT_ENDS, followup_facts,
)
from quiz.generate.cause_reports import (
    EMBEDDING_CUES, LEADING_FOCUS, OPINION_VERBS, embedded_clauses, opinion_split,
    report_speaker, reporting_parent,
)
from quiz.generate.cause_responses import named_act, responses, responses_named
from quiz.generate.cause_rules import RESPONSE_KEYS, Item, has_any, text_rules
from quiz.generate.cause_spans import (
    DEMONSTRATIVE, MAX_ANSWER, VAGUE_SUBJECT, points_back, resolve_pointers, too_long,
)
from quiz.generate.cause_verbs import DISRUPT_FORMS, event_effect_facts
from quiz.generate.entities import normalise
from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.generate.grammar import (
    BUSINESS_NOUNS, VAGUE_NOUNS, base_form, first_lower, first_upper, is_past_tense,
    is_pronoun, tidy_span, vague_reference, word_count,
)
from quiz.generate.lexicon import ORG_WORDS
from quiz.generate.mentions import article_names, tokenize
from quiz.generate.syntax import Clause, find_clauses, with_opening_subjects
from quiz.model import Category


_LOWER = attrgetter("lower")
#: How many sentences before the one before a response may look back to name what it answers.
_REMEMBERED = 3
#: How many sentences on a bare "the rise" may still stand for the rise a clause told of.
_EVENT_REACH = 8
_NO_SPEAKER = ("", -1)
#: "X broke through a dyke. What did this force?": a question led by its own sentence.
_TWO_SENTENCES = re.compile(r"[a-z0-9%)’'\"”]\. [A-Z]")
_BARE_DETERMINERS = frozenset({"The", "the", "A", "a", "An", "an"})
_SPEAKER_CUES = EMBEDDING_CUES | {"according"}


def extract_causes(article: Article) -> list[Fact]:
    """Every explicit cause, effect and purpose the article states."""
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    texts = [s.text for s in article.sentences if not s.is_heading]
    names = article_names(texts) | _surnames(texts)  # ("Morales said" after "Daniel Morales")
    before = ""
    earlier: list[str] = []  # the sentences before ``before``, nearest first (a few)
    # "rise" -> "the rise in the river", from earlier sentences (and the headline's act)
    events: dict[str, str] = headline_events(article.title) if article.title else {}
    headline = set(events)  # the nouns only the headline has named so far
    named_at: dict[str, int] = {}  # the sentence that named each event of a clause
    owner = ""  # the subject the sentence before opened with
    told: list[Clause] = []  # the clauses of the sentence before (for a "Their X")
    lead = True  # the article's first sentence (not its heading) is still to come
    for sentence in article.sentences:
        if sentence.is_heading or len(sentence.text) < 25:
            earlier = [before, *earlier[:_REMEMBERED - 1]]
            before = "" if sentence.is_heading else sentence.text
            told = []
            continue
        text = without_dateline(sentence.text)  # ("LISBON – The court annulled ...")
        previous, two_back = before, earlier
        for noun in [n for n, at in named_at.items() if sentence.index - at > _EVENT_REACH]:
            # ("Brandt won his last two games" is not "the win" eight sentences on)
            del named_at[noun]
            events.pop(noun, None)
        opening = tuple(_opening_case(subject, names) for subject in _opening(text))
        # what the sentence before tells that this one may need, else "": fewer distinct keys
        # ("Their" may open a subject as written or as the subject "Its" stands for)
        owners = _plural_subject(told) if told and (
            "heir " in text or "heir " in owner) else ""
        named_before = owner  # (whose "His exclusion" an answer may be: see _owner_answer)
        if not opening or not opening[0].startswith(_OPENING_POINTERS):
            owner = ""
        elif opening[0].lower() in {"he", "she"} and before and (not _PERSON.fullmatch(
                owner.rpartition(", ")[2]) or is_pronoun(owner)):
            # ("The vote was cast by councillor Aisha Rahman, who ... She said ...": the one
            # person the sentence before names, where it does not open with one)
            owner = _person_in(before) or owner
        points = _reported(text, opening, owner, owners)[1]
        plain = uninterrupted(text) if interrupted(text) else None
        read = _read(text, opening, owner, owners, before if points else "", () if plain is None
                     else tuple(_opening_case(subject, names) for subject in _opening(plain[0])))
        clauses = list(read.clauses)
        owner = read.owner
        told = clauses
        speaker = read.held  # else read when the sentence gives a fact
        earlier = [before, *earlier[:_REMEMBERED - 1]]
        before = text
        early, middle, late = read.rules
        restated = thing_named_before(text, previous) if previous and (
            "said it " in text or "says it " in text) else None
        named: tuple[Item, ...] = ()
        if restated is not None:
            # "Regulators defended the rule. The board said it had been tightened after X": the
            # thing named before was tightened, not the board (its reading yields to this one)
            named = restated_causes(text, restated, opening)
            early, middle, late = (_other_answers(run, named) for run in (early, middle, late))
        rules = (
            early,
            responses_named(read.responses, text, clauses, previous, two_back),
            middle,
            event_effect_facts(text, clauses, events) if read.disrupts else (),
            late,
            named,
        )
        paired: frozenset[str] = frozenset()  # answers of facts told across two sentences
        if previous and (text.startswith(_TWO_SENTENCE_OPENERS) or text.endswith(RESULT_ENDS)):
            # the two sentences are the fact's source: the question is told in one, the answer
            # in the other ("X. That is why Y", "X. This was because Y", "X. As a result, Y")
            found = list(followup_facts(text, previous, names))
            if text.startswith(("That ", "This ")):
                found += that_caused(text, previous)
            if text.startswith(_POINTING_OPENERS) and not found:  # (and "This meant X")
                found += result_of_before(text, previous)
            if found:
                paired = frozenset(answer for _, _, answer in found)
                both = replace(sentence, text=f"{previous} {text}")
            for kind, question, answer in found:
                fact = _make_fact(article, both, both.text, kind, question, answer, ())
                if fact is not None and (fact.question.lower(), fact.value) not in seen:
                    seen.add((fact.question.lower(), fact.value))
                    facts.append(fact)
        first = len(facts)  # this sentence's facts start here
        for rule in rules:
            for kind, question, answer, accept in rule:
                if answer in paired:
                    continue  # ("The decision came after X": why the act before was done)
                if speaker is None:
                    speaker = report_speaker(text, clauses, names) if read.reports else _NO_SPEAKER
                if question.endswith("s") and _BARE_ACTS_END.search(question):
                    question = _acts_named(question, (previous, *two_back))
                fact = _make_fact(article, sentence, text, kind, named_events(question, events),
                                  answer, accept, speaker)
                if fact is not None and fact.answer.startswith(_OWNER_OPENERS):
                    fact = _owner_answer(fact, named_before, (previous, *two_back[:1]))
                if fact is None:
                    continue
                key = (fact.question.lower(), fact.value)
                if key not in seen:
                    seen.add(key)
                    facts.append(fact)
        if len(facts) - first > 1:
            facts[first:] = _without_shorter_whys(facts[first:])
        if lead:
            events.update(decision_names(clauses))  # "the decision" of a later sentence
            lead = False
        for noun, name in read.events:
            # (two: which one? but the headline's name yields to the article's own)
            events[noun] = name if events.get(noun, name) == name or noun in headline else ""
            headline.discard(noun)
            named_at[noun] = sentence.index
    return facts


@dataclass(frozen=True, slots=True)
class _Reading:
    """A sentence's clauses as the cause rules read them, and what the loop over the
    article's sentences takes from them."""

    clauses: tuple[Clause, ...]
    rules: tuple[tuple[Item, ...], tuple[Item, ...], tuple[Item, ...]]  # see text_rules
    held: tuple[str, int] | None  # the speaker of an opinion ("Scientists believe ...")
    owner: str  # the subject the sentence opens with, for an "Its" in the next one
    responses: tuple[Item, ...]  # responses told, before what they answer is named
    disrupts: bool  # whether a main verb is one the event-effect rule reads
    reports: bool  # whether a word may name the speaker of a report
    events: tuple[tuple[str, str], ...]  # what a bare "the rise" later stands for


def _found_clauses(text: str) -> list[Clause]:
    """The clauses :func:`find_clauses` reads in ``text``, but a subject read as "The" alone."""
    found = find_clauses(text)
    if found and found[0].subject in _BARE_DETERMINERS:
        del found[0]  # ("The WHO said": a subject read as "The" alone is no subject)
    if len(found) > 1:
        # ("The agency rejected bids from firms that had no licence": no clause's subject holds
        # another whole clause, "The agency rejected bids from firms" + "had")
        found = [c for c in found if not any(
            other is not c and c.subject_start <= other.subject_start and
            other.verb_end <= c.subject_end for other in found)]
    if ", which " in text or ", who " in text:
        # ("a debate over private schools, which critics say entrench inequality": "critics"
        # is the relative clause's speaker, not a verb of "a debate")
        found = [c for c in found if not (
            _RELATIVE_GAP.fullmatch(text, c.subject_end, c.verb_start) and
            _SAYING_NEXT.match(text, c.verb_end))]
    return found


_RELATIVE_GAP = re.compile(r",\s+(?:which|who)\s+")
_SAYING_NEXT = re.compile(r"\s+(?:say|says|said|believe|believes|claim|claims|argue|argues|"
                          r"warn|warned|fear|fears|think|thinks)\b")


@lru_cache(maxsize=4096)
def _opening(text: str) -> tuple[str, ...]:
    """The subjects of the clauses that open ``text`` as written (see
    :func:`syntax.opening_subjects`): what the loop over an article's sentences reads of a
    sentence before it knows whose "Its" and "Their" it has (cached)."""
    return tuple(c.subject for c in _found_clauses(text) if c.first_token == 0)


def _opening_case(subject: str, names: frozenset[str]) -> str:
    """An opening subject cased as inside a sentence: :func:`first_lower`, but a capitalised
    possessive ("Mendoza's water department", "Gothenburg's opera house") names a place or a
    body even where the article names it nowhere else ("Yesterday's vote" does not)."""
    head = subject.partition(" ")[0]
    if head.endswith(("'s", "’s")) and head[:1].isupper() and \
            head[:-2].lower() not in _COMMON_POSSESSORS:
        return subject
    return first_lower(subject, names)


#: Capitalised possessors at a sentence's start that are common words, lowered inside it.
_COMMON_POSSESSORS = frozenset({"today", "yesterday", "tomorrow", "children", "women", "men",
                                "people", "everyone", "nobody", "one", "each", "other"})


def _surnames(sentences: Iterable[str]) -> frozenset[str]:
    """Lower-cased last words of full names ("Daniel Morales" -> "morales"), which the article
    never writes in lower case: a speaker named so is named alone ("Morales said ...")."""
    texts = list(sentences)
    found = {word.lower() for text in texts for word in _FULL_NAME_END.findall(text)}
    lowered = {word for text in texts for word in _LOWER_WORD.findall(text) if word in found}
    return frozenset(found - lowered)


#: The last word of two or more capitalised words: "Fire Chief Daniel [Morales]".
_FULL_NAME_END = re.compile(r"\b[A-Z][a-z][\w’'-]* (?:[A-Z][\w’'-]* )*([A-Z][a-z][\w’'-]*)\b")
_LOWER_WORD = re.compile(r"\b[a-z][\w’'-]*")


@lru_cache(maxsize=4096)
def _reported(text: str, opening: tuple[str, ...], owner: str, owners: str
              ) -> tuple[tuple[Clause, ...], bool, frozenset[str]]:
    """The clauses of ``text`` (read by :func:`find_clauses`, the subjects opening it
    written as ``opening``) with who "Its"/"It"/"He" is (``owner``, the subject the sentence
    before opened with) and whose "Their X" (``owners``), the reported clauses added;
    whether a subject points back ("these attacks", so the sentence before is read too);
    the sentence's lower-cased words (cached: a corpus repeats sentences)."""
    toks = tokenize(text)
    words = frozenset(map(_LOWER, toks))
    clauses = _its_from_before(with_opening_subjects(_found_clauses(text), opening), owner)
    if owners and clauses and clauses[0].first_token == 0 and clauses[0].subject.startswith(
            ("Their ", "their ")):
        clauses = _their_from_before(clauses, owners)
    if words & EMBEDDING_CUES or toks and toks[0].lower in LEADING_FOCUS:
        clauses = embedded_clauses(text, toks, clauses)
    return tuple(clauses), any(points_back(c.subject) for c in clauses), words


@lru_cache(maxsize=4096)
def _read(text: str, opening: tuple[str, ...], owner: str, owners: str, before: str,
          plain_opening: tuple[str, ...] = ()) -> _Reading:
    """The clauses of :func:`_reported` with what "these attacks" are (``before``, the
    sentence before, given only when a subject points back), the opinion clauses split,
    and what the sentence-only rules find in them, and in the sentence told without an
    interruption after its subject when ``plain_opening`` (that sentence's opening subjects)
    is given (cached: all this depends on nothing else)."""
    reported, _, words = _reported(text, opening, owner, owners)
    clauses = _owner_named(resolve_pointers(list(reported), before))
    if " it was " in text or " they were " in text:
        clauses = _it_joined(text, clauses)
    if " his " in text or " her " in text:
        clauses = _person_named(text, clauses)
    if _SAID_OWN.search(text):
        clauses = _speaker_owned(text, clauses)
    if _SAID_THEY.search(text):
        clauses = _speakers_themselves(text, clauses)
    if clauses and clauses[0].subject.startswith(_OWNER_WORDS) and ", " in text:
        clauses = _apposed_named(text, clauses)
    held = None
    if words & OPINION_VERBS:
        clauses, held = opinion_split(text, clauses)  # "Scientists believe the glacier | is"
    mains = {c.group.main.lower() for c in clauses}
    events = event_names(clauses, text, words) if mains & EVENT_VERB_FORMS or \
        words & EVENT_NOUN_CUES else {}
    read = tuple(clauses)
    rules = text_rules(text, read, words)
    plain = uninterrupted(text) if plain_opening else None
    if plain is not None and not any(c.verb_start == plain[1] for c in clauses):
        # ("The bridge, which carries X between A and B, Kentucky, was closed after Y": the
        # main verb the clause reader lost, read again without the relative clause, its
        # opening subjects written as ``plain_opening``)
        again = text_rules(plain[0], tuple(with_opening_subjects(
            _found_clauses(plain[0]), plain_opening)), words)
        who = "" if is_pronoun(plain[2]) or VAGUE_SUBJECT.match(plain[2]) else plain[2]
        rules = (*rules[:2], (*rules[2], *(
            (kind, attributed(question, first_lower(who)), answer, accept)
            for run in again for kind, question, answer, accept in run if answer in text)))
    return _Reading(read, rules, held, _opening_subject(text, clauses),
                    responses(text, clauses) if has_any(text.lower(), RESPONSE_KEYS) else (),
                    not mains.isdisjoint(DISRUPT_FORMS),
                    not words.isdisjoint(_SPEAKER_CUES), tuple(events.items()))


def _other_answers(items: tuple[Item, ...], named: tuple[Item, ...]) -> tuple[Item, ...]:
    """``items`` without those answered as one of ``named`` is."""
    answers = {item[2] for item in named}
    return tuple(item for item in items if item[2] not in answers)


def _without_shorter_whys(facts: list[Fact]) -> list[Fact]:
    """One sentence's facts without a "Why" question that another of them asks more fully
    with another answer ("Why was the school evacuated? - as a precaution" beside "Why was
    the school evacuated as a precaution? - a gas leak was reported"): both answers fit it."""
    whys = [f.question[:-1] for f in facts if f.question.startswith("Why ")]
    return [f for f in facts if not f.question.startswith("Why ") or not any(
        other.startswith(f.question[:-1] + " ") for other in whys)]


def _acts_named(question: str, texts: tuple[str, ...]) -> str:
    """"... as a result of these attacks" -> "... as a result of the attacks on U.S. forces in
    Iraq and Syria": a bare plural act ending the question is named from the nearest of the
    sentences before that says which (see :func:`cause_responses.named_act`)."""
    bare = _BARE_ACTS_END.search(question)
    named = named_act(bare.group("noun"), texts) if bare else None
    return f"{question[:bare.start()]} {named}" if bare and named else question


#: A question ending in a bare plural act ("as a result of the attacks").
_BARE_ACTS_END = re.compile(r" (?:the|these|those) (?P<noun>attacks|strikes|raids|protests|"
                            r"arrests|threats|sanctions|demands|complaints)$")


def _attributed(question: str, answer: str, text: str, speaker: tuple[str, int]) -> str:
    """The question with whose claim it asks about ("What does Baghdad aim to do, according
    to Iraq's foreign ministry?") when the answer sits in the report of the speaker the
    sentence opens with: a report's claim is the speaker's, and the speaker tells it from
    the other sentences of a deck that tell of the same kind of thing."""
    who, start = speaker
    if not who or "according to" in question or ". " in question and _TWO_SENTENCES.search(
            question):
        return question
    at = text.find(answer[:24])
    if at < start:
        return question  # (the speaker's own act, or an answer not found as written)
    low = question.lower()
    if who.split()[-1].lower() in low or who.lower() in low:
        return question  # "What do investigators believe caused the fire?"
    return f"{question.rstrip(' ?')}, according to {who}"


def _plural_subject(clauses: list[Clause]) -> str:
    """The one plural "the X" subject among a sentence's clauses ("Culture Minister Y said
    the statues would arrive in May" -> "the statues"), else ""."""
    plural = {c.subject for c in clauses if _PLURAL_HEAD.search(c.subject)}
    # ("Residents said the roads were blocked. Their homes ...": two plurals, whose?)
    return plural.pop() if len(plural) == 1 and _PLURAL_THE.fullmatch(next(iter(plural))) \
        else ""


def _their_from_before(clauses: list[Clause], owners: str) -> list[Clause]:
    """"Their transport was delayed" after a sentence whose one plural subject was "the
    statues" -> "the transport of the statues"."""
    rest = clauses[0].subject[len("Their "):]
    if not owners or not rest or word_count(rest) > 3 or not rest.islower():
        return clauses
    return [replace(clauses[0], subject=f"the {rest} of {owners}"), *clauses[1:]]


#: "the statues", "the two unions": a plural common noun with at most two words before it.
_PLURAL_HEAD = re.compile(r"(?:^|\s)[A-Za-z-]{2,}[a-z](?<!ss)(?<!us)(?<!is)s$")
_PLURAL_THE = re.compile(r"the (?:[a-z-]+ ){0,2}[a-z-]{3,}(?<!ss)(?<!us)(?<!is)s")


def _opening_subject(text: str, clauses: list[Clause]) -> str:
    """The subject the sentence opens with, as written (a "he"/"she" already resolved to
    a name keeps the name, for the next sentence's "she")."""
    if not clauses or clauses[0].first_token != 0 and not _OPENING_PHRASE.fullmatch(
            text, 0, clauses[0].subject_start):
        return ""
    written = text[clauses[0].subject_start:clauses[0].subject_end]
    if clauses[0].subject != written and written.lower() in {"he", "she"}:
        return clauses[0].subject
    named = _APPOSED_NAME.match(text, clauses[0].subject_end)
    if named is not None and named.end() == clauses[0].verb_start:
        # "Its chief executive, Manuel Ortiz, said ...": the next sentence's "He" is the person
        # named ("Its" of the next one is not: a comma in the subject keeps it unresolved)
        return text[clauses[0].subject_start:named.end("name")]
    return written  # (lower-cased where it is used)


#: A person's name in apposition after a subject: ", Dr. Ana Ruiz, ".
_APPOSED_NAME = re.compile(r",\s+(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w’'-]+"
                           r"(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2}),\s+")


_SAYING = frozenset({"said", "says", "told", "tells", "added", "insisted", "argued", "claimed"})
#: A person's name in a sentence, with what shows it is a person's: a role or a saying verb
#: before it ("independent councillor Aisha Rahman", "said Eleni Papadaki"), or an age, an
#: apposition or "who" after it ("Mohamed El Amrani, 41,", "Tyler Brooks, who").
_NAME_WORDS = (r"[A-Z][a-zà-ÿ’'-]+(?:\s+(?:(?:de|van|von|der|da|di|del|la|le|al|el|bin)\s+)?"
               r"[A-Z][a-zà-ÿ’'-]+){1,2}")
_NAMES = re.compile(_NAME_WORDS)
_PERSON_IN = re.compile(
    rf"(?<=[a-z] )(?P<name>{_NAME_WORDS})(?=,\s+(?:\d{{2}},|who\b|the\s|a\s|an\s)|"
    r"\s+(?:said|says|told)\b)|"
    rf"\b(?:said|says|told|by)\s+(?:[a-z]+\s+){{0,2}}(?P<after>{_NAME_WORDS})"
    r"(?=[,.]|\s+(?:on|at|in)\b)|"
    r"\b(?i:councillor|minister|grandmaster|president|chairman|chairwoman|director|spokesman|"
    r"spokeswoman|spokesperson|executive|leader|mayor|coach|manager|player|rider|striker|judge|"
    r"professor|dr\.?|mr\.?|mrs\.?|ms\.?|senator|governor|officer|lawyer|captain|midfielder|"
    r"defender|goalkeeper|forward|winger|driver|author|singer|actor|actress|artist|founder|"
    r"owner|analyst|economist|scientist|researcher|doctor|nurse|teacher|student|farmer|"
    rf"prosecutor|investigator|chancellor|secretary|commissioner|campaigner|activist)\s+"
    rf"(?P<role>{_NAME_WORDS})")
#: Words that are never a person's name.
_NOT_PERSON_WORDS = frozenset("""
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday the new north south east west
""".split())


def _person_in(sentence: str) -> str:
    """The one person ``sentence`` names as a person (:data:`_PERSON_IN`), else ""."""
    spans = {m.span(key) for m in _PERSON_IN.finditer(sentence)
             for key in ("name", "after", "role") if m.group(key)}
    spans = {(a, b) for a, b in spans if not _not_a_person(sentence[a:b])}
    if len({sentence[a:b] for a, b in spans}) != 1:
        return ""
    start, end = spans.pop()
    if any(m.start() > 0 and not (m.start() < end and start < m.end()) and not _not_a_person(
            m.group()) for m in _NAMES.finditer(sentence)):
        return ""  # ("talks between Ana Ruiz and Pedro Gomez, the two leaders": which one?)
    return sentence[start:end]


def _not_a_person(name: str) -> bool:
    return any(w.lower() in ORG_WORDS or w.lower() in _NOT_PERSON_WORDS for w in name.split())


#: An answer that is only whose thing it is and the thing: "His exclusion", "Their decision".
_OWNED_ONLY = re.compile(r"(?P<whose>His|Her|Its|Their) "
                         r"(?P<thing>[a-z][\w-]*(?: [a-z][\w-]*){0,2})")
_OWNER_OPENERS = ("His ", "Her ", "Its ", "Their ")
_OWNER_WORDS = (*_OWNER_OPENERS, "his ", "her ", "its ", "their ")


def _owner_answer(fact: Fact, owner: str, before: tuple[str, ...]) -> Fact | None:
    """``fact`` with an answer "His exclusion" named "Aldridge's exclusion" after the subject
    the sentence before opened with (``owner``: a person's name for "His"/"Her", a name or "the
    X" for "Its"/"Their"), its source the sentences from the one of ``before`` (the sentences
    before, nearest first) that names it; ``None`` when it cannot be named (whose
    exclusion?); unchanged when the answer says more than that."""
    owned = _OWNED_ONLY.fullmatch(fact.answer)
    if owned is None:
        return fact
    person = owned.group("whose") in {"His", "Her"}
    if not owner or is_pronoun(owner) or any(ch in owner for ch in ",;:()\"“”") or (
            not _PERSON.fullmatch(owner) or any(w.lower() in ORG_WORDS for w in owner.split())
            if person else not (owner[:1].isupper() or owner.startswith("the "))
            or word_count(owner) > 4):
        return None
    naming = next((i for i, text in enumerate(before) if owner in text), None)
    if naming is None:
        return None
    answer = f"{owner}'s {owned.group('thing')}"
    told = " ".join([*reversed(before[:naming + 1]), fact.sentence.text])
    return replace(fact, answer=answer, accept=(*fact.accept, fact.answer),
                   value=normalise(answer), sentence=replace(fact.sentence, text=told))


def _its_from_before(clauses: list[Clause], owner: str) -> list[Clause]:
    """"Nordlys employed 15,000 people. Its shares rose 4% ...": a sentence opening with
    "Its" speaks of the thing the sentence before opened with (a name or "the X")."""
    if not clauses or not owner or not clauses[0].subject.startswith(_OPENING_POINTERS) \
            or clauses[0].first_token != 0 or is_pronoun(owner):
        return clauses
    owner = first_lower(owner)
    word, _, rest = clauses[0].subject.partition(" ")
    head = owner.split()[-1]
    if word == "It" and not rest:
        # "The museum must also pay costs. It has agreed to fund ...": the organisation just
        # named (not a dummy "It is clear", "It has been reported")
        group = clauses[0].group
        if (head.lower() in ORG_WORDS or head.lower() in BUSINESS_NOUNS) and owner.startswith(
                "the ") and word_count(owner) <= 4 \
                and not _DUMMY_IT_VERBS.intersection(group.words) and (
                base_form(group.main.lower()) or group.main.lower()) in _AGENT_VERBS:
            return [replace(clauses[0], subject=owner), *clauses[1:]]
        if group.main.lower() in _PURPOSE_PARTICIPLES and group.words[0] in {"is", "was"} and \
                owner.startswith("the ") and word_count(owner) <= 4 and head.islower() and \
                not head.endswith("s"):
            # "The toll was introduced in 2020. It is aimed at cutting traffic": what is aimed
            # is the thing just named (never a dummy "it")
            return [replace(clauses[0], subject=owner), *clauses[1:]]
        return clauses
    person = owner.rpartition(", ")[2]  # ("its chief executive, Manuel Ortiz")
    if word.lower() in {"he", "she"} and not rest and _PERSON.fullmatch(person) and not any(
            w.lower() in ORG_WORDS for w in person.split()):
        # "Kalniņa campaigned on ... She will need two partners": the person just named
        # (and the same pronoun right after the saying verb: "She said she was persuaded")
        said = len(clauses) > 1 and clauses[1].subject.lower() == word.lower() and \
            clauses[0].group.main.lower() in _SAYING and not clauses[1].group.main.lower() in \
            _SAYING and clauses[1].first_token == clauses[0].first_token + len(
                clauses[0].group.words) + 1
        return [replace(clauses[0], subject=person),
                *([replace(clauses[1], subject=person)] if said else clauses[1:2]), *clauses[2:]]
    if word.lower() != "its" or not rest or word_count(owner) > 5 or any(
            ch in owner for ch in ",;:()\"“”") or head.islower() and head.endswith("s") or not (
            owner[:1].isupper() or owner.startswith("the ")):
        return clauses
    return [replace(clauses[0], subject=f"{owner}'s {rest}"), *clauses[1:]]


_OPENING_POINTERS = ("its ", "Its ", "he", "He", "she", "She", "It")
#: Openings that make the sentence before the cause of this one's fact.
_POINTING_OPENERS = ("That ", "This ", "As a result", "As a consequence", "Consequently, ",
                     "Because of this, ")
_TWO_SENTENCE_OPENERS = (*_POINTING_OPENERS, *FOLLOWUP_OPENERS)
#: Verbs (and auxiliaries) after which "It" is a dummy subject ("It is unclear", "It has been
#: reported", "It will take years", "It emerged that").
_DUMMY_IT_VERBS = frozenset("""
    is was are were be been being seem seems seemed appear appears appeared take takes took
    remain remains remained emerge emerges emerged mean means meant matter happen cost
    become becomes became
""".split())
#: Acts only an organisation does: "It has agreed to ..." after "the museum must pay" is the
#: museum's ("It will seat 40,000" after "approved the stadium" is not the council's).
_PURPOSE_PARTICIPLES = frozenset({"aimed", "designed", "intended"})
_AGENT_VERBS = frozenset("""
    agree decide say announce plan promise refuse pledge vow deny confirm argue insist warn
    want hope intend offer apologise apologize admit appeal claim accept reject vote choose
""".split())
#: "Under the ruling, the museum must ...": a short opening phrase before the subject.
_OPENING_PHRASE = re.compile(r"(?:Under|After|Before|In|On|At|For|With|By|Since|Despite|"
                             r"Following|Meanwhile|However|Instead|Separately)\b[^,;:]{0,40},\s+")
#: A person as a sentence names one: capitalised words only ("Prime Minister Marcel Ciolacu").
_PERSON = re.compile(r"(?:[\w’'.-]+\s+){0,3}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+")


def _points_back(question: str, answer: str) -> bool:
    """Whether the question or the answer rests on something it does not name: "the
    issue", "the rise", "its descent", "them" (see :func:`grammar.vague_reference`)."""
    if _OBJECT_PRONOUN.search(question) or _BARE_EVENT.fullmatch(answer):
        return True
    if not VAGUE_NOUNS.isdisjoint(question.lower().replace(",", " ").split()) and \
            vague_reference(question, strict=False):
        return True
    if word_count(answer) <= 3 and VAGUE_NOUNS.intersection(answer.lower().split()) and \
            vague_reference(answer):
        return True
    if ("these " in question or "those " in question) and _STILL_POINTING.search(
            question[question.rfind(". ") + 1:]):
        return True  # "How did the navy respond to these incidents?": which ones?
    asked = _ASKED_SUBJECT.match(question)
    if asked is not None and " its " in question and _PLURAL_NOUN.fullmatch(
            asked.group("np")) and " its " not in asked.group("np"):
        return True  # "Why do the closures not need its approval?": "its" is not theirs
    return asked is not None and (_vague_at(question[asked.start("np"):])
                                  or asked.group("np").startswith(_OWNERS))


def _vague_at(text: str) -> bool:
    """Whether ``text`` opens with a bare anaphoric phrase ("the decision aimed at")."""
    found = vague_reference(text)
    return found is not None and text.startswith(found)


def _owner_named(clauses: list[Clause]) -> list[Clause]:
    """"The lander landed ..., after its descent was delayed": "its" is the sentence's first
    subject when that is a thing ("the lander's descent"); a person's "his"/"her" is left."""
    first = clauses[0] if clauses else None
    if first is None or len(clauses) < 2 or not any(
            c.subject.startswith(("its ", "their ", "Its ", "Their ")) for c in clauses):
        return clauses
    if first.first_token != 0 or is_pronoun(
            first.subject) or word_count(first.subject) > 6:
        return clauses
    owner = first.subject
    head = owner.split()[-1]
    plural = head.islower() and head.endswith("s") and not head.endswith(("ss", "us"))
    mark = {"its": "" if plural or not head.islower() and not owner.lower().startswith(
        "the ") else "'s", "their": "'" if plural else ""}
    out = [clauses[0]]
    for clause in clauses[1:]:
        word, _, rest = clause.subject.partition(" ")
        suffix = mark.get(word.lower(), "")
        if rest and suffix and clause.subject_start > first.verb_end and \
                clause.verb_start - clause.subject_end <= 1:  # (not "its bid, which ...")
            clause = replace(clause, subject=f"{first_lower(owner)}{suffix} {rest}")
        out.append(clause)
    return out


def _person_named(text: str, clauses: list[Clause]) -> list[Clause]:
    """"Draper took charge in 2024 after his predecessor was sacked following X": a later
    clause's "his"/"her" subject, right after a subordinating word, is the person who opens
    the sentence by name ("Draper's predecessor"), when no other name comes between that
    person's verb and it."""
    first = clauses[0] if clauses else None
    if first is None or first.first_token != 0 or not _NAME.fullmatch(first.subject) or any(
            w.lower() in ORG_WORDS for w in first.subject.split()):
        return clauses
    out = [first]
    for clause in clauses[1:]:
        word, _, rest = clause.subject.partition(" ")
        if word in {"his", "her"} and rest and clause.subject_start > first.verb_end and \
                not is_pronoun(rest) and _SUBORDINATE_END.search(
                    text, 0, clause.subject_start) and not _OTHER_NAME.search(
                    text, first.verb_end, clause.subject_start):
            clause = replace(clause, subject=f"{first.subject}'s {rest}")
        out.append(clause)
    return out


#: A subordinating word right before the clause: "after his predecessor was sacked" (not a
#: reported "said her first priority would be", nor "but his music fell").
_SUBORDINATE_END = re.compile(r"\s(?:after|because|since|when|once|before|until|as)\s+$")
#: A person's name: one to three capitalised words ("Draper", "Ana Ruiz", "Jean-Paul Moreau").
_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}")
#: A capitalised word that is not a month or a day: another person "his" might be.
_OTHER_NAME = re.compile(r"\s(?!(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday)\b)[A-Z]")


#: A report whose subject is the speaker's own thing: "said his honey output had fallen".
_SAID_OWN = re.compile(r"\s(?:said|says|told\s+\w+|added)(?:\s+that)?\s+(?:his|her|its)\s")


def _apposed_named(text: str, clauses: list[Clause]) -> list[Clause]:
    """"Its director, Siobhán Kerrigan, called on X" -> "Siobhán Kerrigan": an opening subject
    whose owner is told elsewhere ("Its", "Their") is asked by the name set off after it."""
    first = clauses[0]
    named = _APPOSED_NAME.match(text, first.subject_end)
    if first.first_token != 0 or named is None or named.end() != first.verb_start or \
            _not_a_person(named.group("name")) or word_count(first.subject) > 4:
        return clauses
    return [replace(first, subject=named.group("name")), *clauses[1:]]


#: A report whose subject is "they": "said they had cancelled the tour".
_SAID_THEY = re.compile(r"\s(?:said|say|says|told\s+\w+|added)(?:\s+that)?\s+they\s")


def _speakers_themselves(text: str, clauses: list[Clause]) -> list[Clause]:
    """"The Rovers said they had cancelled the tour" -> "The Rovers": the "they" of a report
    is its speakers, when they are plural ("residents", "the two unions") or a name, and no
    other plural comes between them and it."""
    out = list(clauses)
    for i, clause in enumerate(clauses):
        if clause.subject != "they":
            continue
        parent = reporting_parent(text, clauses, clause)
        who = parent.subject if parent is not None else ""
        if not who or is_pronoun(who) or any(ch in who for ch in ",;:\"“”()") or \
                word_count(who) > 5 or text[parent.verb_end:clause.subject_start].strip() not in {
                    "", "that"}:
            continue
        head = who.split()[-1]
        if head.islower() and not (head.endswith("s") and not head.endswith(("ss", "us"))):
            continue  # ("The company said they ...": someone else)
        out[i] = replace(clause, subject=first_lower(who))
    return out


#: What shows that "his" or "her" may be another person's: a title or a pronoun of the other.
_OTHER_GENDER = {"his": re.compile(r"\b(?:Mrs|Ms|Miss|she|her|hers|herself|She|Her)\b"),
                 "her": re.compile(r"\b(?:Mr|he|him|his|himself|He|His)\b")}


def _speaker_owned(text: str, clauses: list[Clause]) -> list[Clause]:
    """"Jean-Luc Perrin, 62, said his honey output had fallen" -> "Jean-Luc Perrin's honey
    output", "The museum said its roof had leaked" -> "the museum's roof": the "his"/"her"
    (of a person's name) or "its" (of a thing, named in the singular) opening a reported
    clause's subject is the speaker's."""
    out = list(clauses)
    for i, clause in enumerate(clauses):
        word, _, rest = clause.subject.partition(" ")
        if word not in {"his", "her", "its"} or not rest or is_pronoun(rest):
            continue
        parent = reporting_parent(text, clauses, clause)
        who = parent.subject if parent is not None else ""
        if not who or is_pronoun(who) or any(ch in who for ch in ",;:\"“”()"):
            continue
        if word == "its":
            head = who.split()[-1]
            if not who.startswith(("The ", "the ")) or not head.islower() or head.endswith(
                    "s") and not head.endswith(("ss", "us")) or word_count(who) > 5:
                continue  # ("Officials said its ...": whose?)
        elif not _NAME.fullmatch(who) or word_count(who) < 2 or _not_a_person(who) or \
                _OTHER_GENDER[word].search(text):
            continue  # (a person by full name: "Officials said his ..." names no one; "Mr
            # Ruiz said her car", "Ana Ruiz said he had sold his car": someone else's)
        out[i] = replace(clause, subject=f"{first_lower(who)}'s {rest}")
    return out


#: "and it was", "but they were": a second passive joined to the first clause.
_JOINED_IT = re.compile(r"(?:,\s+(?:and|but)|\s+but)\s+$")
_PASSIVE_AUX = frozenset({"was", "were"})


def _it_joined(text: str, clauses: list[Clause]) -> list[Clause]:
    """"The flight was planned for May but was postponed, and it was pushed back again after
    X": the "it" of a passive joined by "and"/"but" to a passive clause opening the sentence is
    that clause's subject, when "the N" agrees with it in number ("it" a singular thing,
    "they" plural things) and no other subject comes between."""
    if len(clauses) < 2:
        return clauses
    first, second = clauses[0], clauses[1]
    if first.first_token != 0 or first.group.words[0] not in _PASSIVE_AUX or \
            second.group.words[0] not in _PASSIVE_AUX or second.subject not in {"it", "they"} \
            or not _JOINED_IT.search(text, first.verb_end, second.subject_start) or \
            not first.subject.startswith(("The ", "the ")) or word_count(first.subject) > 5 or \
            any(ch in first.subject for ch in ",;:()"):
        return clauses
    head = first.subject.split()[-1]
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    if not head.islower() or plural != (second.subject == "they") or \
            (first.group.words[0] == "were") != plural:
        return clauses
    return [first, replace(second, subject=first_lower(first.subject)), *clauses[2:]]


def _make_fact(article: Article, sentence: Sentence, text: str, kind: AnswerKind,
               question: str, answer: str, accept: tuple[str, ...],
               speaker: tuple[str, int] = _NO_SPEAKER) -> Fact | None:
    """The fact of one rule's item, found in ``text`` (``sentence`` read as the rules read it:
    without a dateline), or ``None`` when it is not worth asking."""
    parts = _fact_parts(kind, question, answer, accept, text, speaker)
    if parts is None:
        return None
    question, answer, forms, subject, value = parts
    return Fact(category=Category.CAUSE, kind=kind, article=article.file, sentence=sentence,
                question=question, answer=answer, accept=forms, subject=subject, value=value)


@lru_cache(maxsize=4096)
def _fact_parts(kind: AnswerKind, question: str, answer: str, accept: tuple[str, ...],
                text: str, speaker: tuple[str, int]
                ) -> tuple[str, str, tuple[str, ...], str, str] | None:
    """The question, answer, other accepted answers, subject and value of the fact a rule
    found in ``text``, or ``None`` when it is not worth asking (cached: a sentence repeated
    across a corpus gives the same items)."""
    answer = tidy_span(answer)
    if " rather than " in answer and kind is AnswerKind.CAUSE:
        # ("the force of the quake rather than by the renovations": the cause, not the contrast)
        answer = answer.partition(" rather than ")[0].rstrip(" ,")
        accept = tuple(form.partition(" rather than ")[0].rstrip(" ,") for form in accept)
    question = " ".join(question.replace("*", "").split()).rstrip(" ,.;:?")
    if question.endswith("ere"):
        question = _THERE_END.sub("", question)
    if "hese " in answer or "hose " in answer or "his " in answer:
        answer = _POINTING_DETERMINER.sub("", answer)  # "(these) attacks on bases"
    if "hese " in question or "hose " in question or "his " in question:
        question = _POINTING_DETERMINER.sub("the ", question)
    if _UNNAMED.fullmatch(answer) or _UNNAMED_SUBJECT.search(question) or \
            _SUMMING_NOUN.fullmatch(answer) or _SUMMING_SUBJECT.match(question):
        return None  # "Why will two libraries close? - the cuts": which cuts?
    if question.endswith(" to do") or any(form.startswith("to ") for form in accept):
        # "urged both sides to return to talks and offered to ...": the answer is what they
        # were urged to do, not the speaker's next act
        answer = _first_predicate(answer)
        accept = tuple(_first_predicate(form) for form in accept)
    if _FIRST_PERSON.search(question):
        return None  # "Why are our members leaving?": the speaker's "our", out of the quote
    if answer.lower().startswith("the same "):
        return None  # "fined X over the same breach": which one?
    if _ONE_THING.match(answer):
        return None  # "What damaged an apartment in Lyon? - one fire": not worth asking
    if _FRAGMENT.match(answer) or kind is AnswerKind.EFFECT and _STATE_EFFECT.match(question):
        return None
    if question.endswith(" to do") and _REPORTED_TO_DO.match(question):
        return None  # "What did X tell reporters that the closures were needed to do?"
    if not answer or not _in_text(answer, text):
        return None
    if answer.startswith("the ") and " " not in answer[4:] and text.startswith(
            (f"Following {answer},", f"After {answer},")):
        return None  # ("Following the ruling, X did Y": when, after the one just told)
    at = text.find(answer)
    rest = _LIST_REST.match(text, at + len(answer)) if at > 12 and text.startswith(
        ",", at + len(answer)) else None  # (not the purpose opening "To reach the final, the
    # team beat Spain and Italy": a list does not hold the sentence's own clause)
    if rest is not None and not _SAID_END.search(text, at, rest.end()):
        # "the price of staging | , security and insurance.": a list cut short is whole again
        # (not ", the Ministry of Health and Environment said.": who said it, not a list)
        answer = tidy_span(text[at:rest.end()])
    count = word_count(answer)
    if count < 2:
        return None
    if count > MAX_ANSWER and too_long(answer) or DEMONSTRATIVE.match(answer) and count < 3:
        return None  # "these attacks": which ones? (and a part of other answers)
    if answer.lower() in question.lower() or word_count(question) < 4:
        return None
    if question.count("\"") % 2 or question.count("“") != question.count("”"):
        return None
    if "matter" in question or "issue" in question or "subject" in question or \
            "question" in question:
        question = _VAGUE_TOPIC.sub("", question)  # "negotiations on the matter" say no less
    if _points_back(question, answer):
        return None  # "Why did the issue resurface?", "What did X cause? - the rise"
    question = _attributed(question, answer, text, speaker)
    forms = []
    for form in accept:
        form = tidy_span(form)
        if form and form.lower() != answer.lower() and form not in forms:
            forms.append(form)
    return (first_upper(question) + "?", answer, tuple(forms), normalise(question),
            normalise(answer))


#: The rest of a list that closes the sentence: ", security and insurance."
_LIST_ITEM = (r"(?![a-z]+ing\b|[a-z]+ed\b|(?:which|who|where|when|while|but|and|or|said|says|"
              r"including|according|he|she|it|they|the\s+\w+\s+said)\b)"
              # (no item holds a verb of its own: ", the museum was shut, and ...")
              r"(?![^,.]*?\b(?:was|were|is|are|has|have|had|will|would)\b)"
              r"[\w’'-]+(?:\s+[\w’'-]+){0,3}")
#: A list's last item that is a speaker and a verb of saying.
_SAID_END = re.compile(r"\s(?:said|says|told \w+|added|reported|announced|stated)\s*[.!]?\s*$")
_LIST_REST = re.compile(rf"(?:,\s+{_LIST_ITEM})+,?\s+(?:and|or)\s+{_LIST_ITEM}\s*[.!]?\s*$")
#: "these attacks on U.S. bases" (a noun and more after it): a question says "the", an answer
#: (a span of the sentence) drops it; a bare "these attacks" is refused (``DEMONSTRATIVE``).
_POINTING_DETERMINER = re.compile(r"(?:^|(?<=\s))(?:[Tt]hese|[Tt]hose|[Tt]his) (?=[a-z]+ (?:of|on|"
                                  r"in|against|at|by|from|over|to|for) )")
#: "Why did the Pentagon send troops there?": where is the sentence before's; the act is enough.
_THERE_END = re.compile(r"\s+(?:there|here)$")
#: Plural or mass nouns of acts that a bare "the" does not say whose or of what ("the cuts",
#: "the savings", "the violence"), as an answer or as what a question asks about.
_UNNAMED_NOUNS = r"(?:cuts|savings|violence|changes|measures|losses|reforms|problems|efforts|data)"
_UNNAMED = re.compile(r"(?:the|these|those) " + _UNNAMED_NOUNS, re.IGNORECASE)
#: "a decision", "the move": a noun that only sums up a clause told beside it, as an answer.
_SUMMING_WORDS = r"(?:decision|move|result|step|development|outcome|setback|blow)"
_SUMMING_NOUN = re.compile(r"(?:an?|the) (?:decision|move|result|step|development|outcome)|"
                           r"an? (?:setback|blow)", re.IGNORECASE)
#: "What could a setback trigger?": a question whose subject only sums up a clause.
_SUMMING_SUBJECT = re.compile(rf"^What (?:\w+ )?(?:an?) {_SUMMING_WORDS}\b")
_UNNAMED_SUBJECT = re.compile(r"^(?:Why|What|How) (?:did|does|do|was|were|is|are|has|have|had|"
                              r"will|would|could|can|should|must|might|may) the "
                              + _UNNAMED_NOUNS + r" (?!of|in|to|for|on|at|from|by)")


#: The subject of a question: "What was [the decision] aimed at?", "Why was [its descent]".
_ASKED_SUBJECT = re.compile(r"^(?:Why|What|How)(?:, [^,]+,)? (?:did|does|do|was|were|is|are|has|"
                            r"have|had|will|would|could|can|should|must|might|may) "
                            r"(?P<np>(?:the|this|that|these|those|its|their|his|her) \w+)")
_OWNERS = ("its ", "their ", "his ", "her ")
#: "the closures": a plural subject, whose own things are "their", never "its".
_PLURAL_NOUN = re.compile(r"the [a-z-]{2,}[a-rt-z]s")
#: A pointing determiner left in the question proper (not in a restated sentence before it).
_STILL_POINTING = re.compile(r"\b(?:these|those) [a-z]")
#: "What did X lead to? - the slowdown": the slowdown of what?
_BARE_EVENT = re.compile(r"[Tt]he (?:" + "|".join(sorted(NOMINAL)) + r")")
_VAGUE_TOPIC = re.compile(r"\s+(?:on|over|about|regarding)\s+(?:the|this|that)\s+(?:matter|"
                         r"issue|subject|question)\b")
#: "What did the closure force them to do?": whom? ("him" is kept: a person named just before)
_OBJECT_PRONOUN = re.compile(r"(?=[ti])\b(?:them|they|it)\b")
_FIRST_PERSON = re.compile(r"(?=[OoWwMmuI])\b(?:[Oo]ur|[Ww]e|[Mm]y|us|I|me)\b")
_ONE_THING = re.compile(r"^one\s+\S+$", re.IGNORECASE)
#: An answer opening with a reporting verb is a piece of the sentence's frame ("said it").
_FRAGMENT = re.compile(r"^(?:said|says|say|told|tells|added|adds|stated|noted)\b",
                       re.IGNORECASE)
#: "What will schools stay because of smoke?": a state verb's complement is not an effect
#: that a "What" question can ask for.
_STATE_EFFECT = re.compile(r"^What (?:[\w’'-]+ ){1,8}?(?:stay|remain|become|seem|look|appear|"
                           r"get|grow|turn|prove|be)\b(?! \w+ to\b)")


def _first_predicate(answer: str) -> str:
    """The answer up to a second, finite verb joined by "and" ("return to talks and offered
    to appoint a mediator" -> "return to talks")."""
    words = answer.split()
    for i, word in enumerate(words[1:-1], start=1):
        if word == "and" and is_past_tense(words[i + 1].lower()) and words[i + 1].islower():
            return " ".join(words[:i]).rstrip(",")
        if word in _SUBORDINATORS and i >= 2 and any(
                w in _FINITE or is_past_tense(w) for w in words[i + 1:i + 7]):
            # "drop the plan after hundreds of residents wrote letters": the act, not its time
            # (but "open a ward before the end of next year" is one act)
            return " ".join(words[:i]).rstrip(",")
    return answer


_REPORTED_TO_DO = re.compile(r"^What (?:did|does|do) .*\b(?:tell|say|claim|insist|warn|"
                             r"announce|argue|explain|add|note|state)\b.* that ")
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})
_SUBORDINATORS = frozenset({"after", "because", "when", "before", "while", "since", "until",
                            "unless", "although"})


_QUOTES = str.maketrans("", "", "\"“”")


def _in_text(answer: str, text: str) -> bool:
    """Whether ``answer`` is a span of ``text``, ignoring quotation marks tidying removed."""
    return answer in text or answer.translate(_QUOTES) in text.translate(_QUOTES)
