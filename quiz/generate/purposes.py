"""Purpose facts: what something was aimed at, formed for or done to achieve ("to X")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from quiz.generate.cause_being_done import being_done_spans
from quiz.generate.cause_r_trying import TRYING_CUES, trying_facts
from quiz.generate.cause_spans import (
    DETERMINERS, NOT_BASE, cut_span, head_noun, noun_phrase_before, why_question,
)
from quiz.generate.cause_verbs import EFFECT_WORDS, PERSUADING, TO_NOUNS
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    AUXILIARIES, VerbGroup, base_form, first_lower, is_participle, is_past_tense, is_pronoun,
    question_predicate,
    read_verb_group, tidy_span, word_count,
)
from quiz.generate.mentions import Token
from quiz.generate.syntax import Clause

_AIM_PARTICIPLES = frozenset({"designed", "intended", "meant", "aimed", "used", "supposed"})
_AIMED = re.compile(r"\b(?P<verb>aimed at|aiming at|designed to|intended to|meant to|"
                    r"aimed to|aiming to|aims to|aim to|with the aim of|seeking to|hoping to)\s+",
                    re.IGNORECASE)
_AIM_VERBS = frozenset({"aims", "aimed", "seeks", "sought", "plans", "planned", "intends",
                        "intended", "hopes", "hoped", "wants", "wanted"})
_MAKE_VERBS = frozenset("""
    formed created established founded set deployed sent built designed launched introduced
    set-up organised organized mobilised mobilized dispatched
""".split())
_DURATION_UNITS = frozenset("""
    minute minutes hour hours day days week weeks month months year years decade decades
    time while
""".split())
_TAKES = frozenset({"take", "takes", "took", "taken", "taking"})
#: "have 21 days to lodge an appeal", "were given a week to leave": a deadline, no aim.
_HAVING = frozenset({"have", "has", "had", "having", "given", "gives", "give", "granted", "spent",
                     "spend", "spends", "spending"})
_CONTROL_VERBS = frozenset("""
    want wants wanted decide decides decided agree agrees agreed try tries tried plan plans
    planned expect expects expected begin begins began begun start starts started continue
    continues continued refuse refuses refused seem seems seemed need needs needed hope
    hopes hoped vow vows vowed threaten threatens threatened promise promises promised fail
    fails failed manage manages managed attempt attempts attempted intend intends intended
    aim aims aimed seek seeks sought used going able likely call calls called urge urges
    urged ask asks asked tell tells told encourage encourages encouraged prompt prompts
    prompted force forces forced allow allows allowed enable enables enabled commit commits
    committed move moves moved prepare prepares prepared pledge pledges pledged offer offers
    offered choose chooses chose opt opts opted wish wishes wished help helps helped
    continue said says claimed proposed propose proposes voted vote votes struggled
    struggle struggles battle battles battled strive strives strove
    decline declines declined hesitate hesitates hesitated neglect neglects neglected
    arrange arranges arranged resolve resolves resolved
    led leads lead pushed drove compelled caused inspired persuaded pressed pressured
    authorized authorised permitted scheduled supposed required obliged invited ordered
    due set able unable willing unwilling ready eager reluctant likely unlikely sure
    certain expected about going
""".split()) | PERSUADING
#: Verbs and participles whose "to" + verb right after them is their complement, never a
#: purpose: "deserved to know", "were forecast to carry", "is set to open", "tend to fall".
_COMPLEMENT_TO = frozenset("""
    deserve deserves deserved forecast forecasts predicted projected estimated thought believed
    reported known supposed rumoured rumored set slated scheduled poised bound destined
    appear appears appeared tend tends tended happen happens happened afford affords afforded
    dare dares dared prefer prefers preferred learn learns learned learnt certain sure unlikely
    unable eager keen willing reluctant ready slow quick swift able likely hesitant loath
    anxious determined first last
    selected chosen picked named nominated elected drafted shortlisted attributed attributes
    attribute
""".split())
_NOT_PURPOSE_NOUN = frozenset("""
    decision plan plans right ability attempt order effort efforts bid call calls commitment
    agreement pledge promise request proposal deal way time chance opportunity move push
    need power authority permission refusal failure willingness readiness threat threats
    intention intent desire campaign vote approval license licence mandate freedom access
    due related unrelated subjected exposed linked committed used opposed close according
    enough too
    thanks next similar compared prior contrary owing ahead return back home
    favourite favorite favourites favorites candidate candidates bid race
    advised advise advises
""".split())
_VERBISH_AFTER_TO = re.compile(r"^to\s+(?P<verb>[a-z]{2,})\b")


def aim_facts(text: str, toks: Sequence[Token], clauses: list[Clause], past: bool
              ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"talks aimed at X" and "Baghdad aims to X"."""
    for match in _AIMED.finditer(text):
        k = next((i for i, t in enumerate(toks) if t.start == match.start()), None)
        if k is None or k == 0:
            continue
        purpose = cut_span(text, match.end())
        if purpose is None or word_count(purpose) < 2:
            continue
        if " would " in purpose or " will " in purpose:
            purpose = _MAIN_MODAL.sub(r"\g<keep>", purpose)  # "rules aimed at X would take effect"
        verb = match.group("verb").lower()
        if verb.endswith(" at") and not purpose.split()[0].endswith("ing"):
            continue  # "a campaign aimed at young drivers": whom it targets, not what for
        if verb.endswith("to") and purpose.split()[0].lower() in {"be", "have", "look", "seem"}:
            continue  # "designed to be cheap": what it is like, not something it does
        clause = next((c for c in clauses if c.verb_token == k or c.group.main == verb.split()[0]
                       and c.verb_token + len(c.group.words) - 1 == k), None)
        if clause is not None:
            if is_pronoun(clause.subject) or _INDEFINITE.match(clause.subject) or \
                    clause.subject.rsplit(None, 1)[-1].lower() in _SAY_FORMS:
                continue  # "as part of a programme aimed at X": which programme? ("unions
                # say": a subject read up to a reporting verb is no subject)
            inverted = question_predicate(_with_relative(text, clause), clause.group,
                                          "to do" if verb.endswith("to") else "at")
            if inverted:
                yield AnswerKind.PURPOSE, f"What {inverted}", purpose, ()
            continue
        if toks[k - 1].trail.endswith(",") and verb in _AIMING:
            yield from _aiming_facts(text, clauses, match, toks[k - 1].end)
            continue
        if toks[k - 1].trail and not toks[k - 1].trail.endswith(","):
            continue
        span = noun_phrase_before(toks, k)
        if span is None:
            continue
        a, b = span
        phrase = text[toks[a].start:toks[b].start + len(toks[b].lead) + len(toks[b].core)]
        phrase = tidy_span(phrase)
        if not phrase or is_pronoun(phrase):
            continue
        if verb in {"with the aim of", "seeking to", "aiming to"}:
            continue
        ask = "aimed at" if verb.startswith("aim") and "at" in verb else verb.split()[0]
        ask = f"{ask} to do" if verb.endswith(" to") else ask
        owned = _object_of_clause(text, clauses, toks[a].start, phrase, ask)
        if owned is not None:
            yield AnswerKind.PURPOSE, owned, purpose, ()
            continue
        if b == a + 1 and toks[a].lower in {"a", "an"} and any(
                is_pronoun(c.subject) and c.verb_end <= toks[a].start
                and not text[c.verb_end:toks[a].start].strip() for c in clauses):
            continue  # "It unveiled a scheme aimed at X": "the scheme" alone says not whose
        if toks[a].lower in {"a", "an"}:
            phrase = "the" + phrase[len(toks[a].lower):]
        elif toks[a].lower not in DETERMINERS:
            phrase = "the " + first_lower(phrase) if toks[a].core.islower() else phrase
        head = head_noun(phrase)
        plural = head.endswith("s") and not head.endswith(("ss", "us"))
        be = ("were" if plural else "was") if past else ("are" if plural else "is")
        yield AnswerKind.PURPOSE, f"What {be} {phrase} {ask}", purpose, ()


_INDEFINITE = re.compile(r"^(?:an?|part|some|one)\b", re.IGNORECASE)
#: The main clause's verb after a purpose inside its subject ("rules aimed at protecting
#: savers would take effect"), unless a clause of the purpose's own has opened before it.
_MAIN_MODAL = re.compile(r"^(?P<keep>(?:(?!\b(?:that|which|who|if|whether)\b).)+?)"
                         r"\s+(?:would|will)\s.*$")


def _with_relative(text: str, clause: Clause) -> str:
    """The clause's subject, lowered; a bare "the talks" keeps the relative clause the
    sentence sets off after it ("The talks, which began in Geneva last week, are aimed at X"
    -> "the talks that began in Geneva last week"): "the talks" alone could be any of a deck's."""
    subject = first_lower(clause.subject)
    if not _BARE_DEFINITE.fullmatch(subject):
        return subject
    relative = _SET_OFF_RELATIVE.fullmatch(text, clause.subject_end, clause.verb_start)
    return f"{subject} that {relative.group('rel')}" if relative else subject


_BARE_DEFINITE = re.compile(r"the [a-z]+")
_SET_OFF_RELATIVE = re.compile(r",\s+(?:which|that)\s+(?P<rel>[a-z][^,;:()]{2,60}?),\s*")


def _object_of_clause(text: str, clauses: list[Clause], start: int, phrase: str, ask: str
                      ) -> str | None:
    """"The US and Iraq will resume talks aimed at X" -> "What are the talks that the US and
    Iraq will resume aimed at?": a thing aimed at something that is the object of a named
    subject's act is named by that act ("the talks" alone could be any talks of the deck);
    "announced the start of formal talks" names "the formal talks that ... announced"."""
    owner = next((c for c in clauses if c.verb_end <= start
                  and not text[c.verb_end:start].strip()), None)
    if owner is None or is_pronoun(owner.subject) or _INDEFINITE.match(owner.subject) or any(
            w in _PASSIVE_WORDS for w in owner.group.words) or owner.group.main.lower() in \
            _NOT_OWNING_VERBS:
        return None
    thing = _OPENING_OF.sub("", phrase)
    words = thing.split()
    particle = ""
    if words and words[0].lower() in _PARTICLES:
        particle, words = f" {words[0].lower()}", words[1:]  # "drawn up rules": the verb's
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    thing = " ".join(words)
    if not thing or word_count(thing) > 6 or not thing.split()[-1].islower():
        return None
    head = head_noun(thing)
    plural = head.endswith("s") and not head.endswith(("ss", "us"))
    past = owner.group.tense == "past" or owner.group.words[0] in {"had", "was", "were"}
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    lead = _LEADING_TIME.match(text[:owner.subject_start])
    when = f" {lead.group('when').lower()}" if lead else ""
    return (f"What {be} the {thing} that {first_lower(owner.subject)} {owner.group.text}"
            f"{particle}{when} {ask}")


_PARTICLES = frozenset({"up", "out", "off", "down", "back", "away", "forward"})
_PASSIVE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Verbs whose object is not the thing itself ("said talks aimed at X would start").
_NOT_OWNING_VERBS = frozenset({"said", "says", "told", "tells", "is", "are", "was", "were",
                               "has", "have", "had"})
#: "the start of formal talks": the talks are what the purpose is of.
_OPENING_OF = re.compile(r"^(?:the|a)\s+(?:start|beginning|launch|resumption|opening|"
                         r"(?:first|second|third|next|new|latest)\s+round)\s+of\s+",
                         re.IGNORECASE)
#: "Last month, Washington and Baghdad announced ...": when the act was, for the question.
_LEADING_TIME = re.compile(r"^\s*(?P<when>(?:[Ll]ast|[Tt]his|[Ee]arlier this|[Ll]ate last)\s+"
                           r"(?:week|month|year|spring|summer|autumn|winter))\s*,\s*$")
_AIMING = frozenset({"aiming to", "seeking to", "hoping to"})


def _aiming_facts(text: str, clauses: list[Clause], match: re.Match[str], comma: int
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The clubs began talks in Leeds, aiming to end years of losses" -> "Why did the clubs
    begin talks in Leeds?" (the participle's subject is the clause's)."""
    owner = [c for c in clauses if c.verb_end <= comma]
    if not owner or any(c.verb_start > match.start() - 1 and c.verb_end <= match.end()
                        for c in clauses):
        return
    clause = owner[-1]
    if clause.group.main.lower() in _SAY_WORDS or clause.rest.startswith("to ") and \
            clause.group.main.lower() not in _WILLING:
        return  # (but "offered to record sightings, hoping to X": the offer is the act)
    to = match.start() + match.group("verb").lower().rfind("to")
    purpose = cut_span(text, to)
    question = why_question(text, clause, comma - 1)
    if purpose is None or question is None or word_count(purpose) < 3:
        return
    yield AnswerKind.PURPOSE, question, purpose, (purpose[3:],)


#: Verbs of ordering whose object may be a thing done rather than someone told to act.
_ORDERING = frozenset({"ordered", "orders", "order", "requested", "requests", "request"})
#: A thing ordered (a check, an inquiry, an evacuation), which does no "to" act itself.
_ORDERED_THING = re.compile(
    r"\s+(?:(?:an?|the|more|further|urgent|extra|new|fresh|independent|full|emergency|safety|"
    r"random|additional|thorough)\s+){0,3}(?:checks?|tests?|testing|inspections?|inquiry|"
    r"inquiries|investigations?|reviews?|audits?|surveys?|stud(?:y|ies)|analys[ie]s|"
    r"evacuations?|closures?|recalls?|repairs?|searches|patrols)\b")
def _thing_ordered(text: str, clause: Clause) -> bool:
    """Whether ``clause`` orders a thing done ("ordered checks on X", "requested a review")."""
    return clause.group.main.lower() in _ORDERING and \
        _ORDERED_THING.match(text, clause.verb_end) is not None


_SAY_WORDS = frozenset({"said", "says", "told", "added", "announced", "stated", "wrote"})
#: Verbs whose "to" act is the subject's own choice, a whole act with a purpose of its own.
_WILLING = frozenset("""
    offered offer offers agreed agree agrees volunteered volunteer volunteers decided decide
    decides promised promise promises pledged pledge pledges vowed vow vows refused refuse
    refuses chose choose chooses voted vote votes
""".split())


def purpose_facts(text: str, toks: Sequence[Token], clauses: list[Clause], past: bool
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"returned in 2014 to help X" -> "Why did ... return in 2014?" (a purpose "to")."""
    if any(map(text.__contains__, TRYING_CUES)):
        yield from trying_facts(text, clauses)
    taken: tuple[tuple[int, int], ...] = ()
    if " being " in text or " having " in text:
        # ("before being returned to Madrid": "being" read as a subject is none, and the
        # purpose of "before being returned ... in order to X" is the return's, asked there)
        clauses = [c for c in clauses if c.subject.lower() not in {"being", "having"}]
        taken = tuple(being_done_spans(text))
    lowers = [t.lower for t in toks]
    for i in _indices(lowers, "to"):
        aside = _aside_start(toks, lowers, i) if i > 3 and toks[i - 1].trail == "," else i
        if i < 2 or i + 1 >= len(toks) or toks[i - 1].trail and aside == i or any(
                start < toks[i].start < end for start, end in taken):
            continue
        act = lowers[i + 1]
        if _MOVE_NOUNS.intersection(lowers[max(0, i - 6):i]) and "of" in lowers[max(0, i - 5):i]:
            continue  # ("the loss of 30 nurses to private clinics": where to, not what for)
        if act in {"and", "or"} or lowers[i - 1] in _HAVE_FORMS:
            continue  # ("flights to and from Manado": a place, not an act; "would have to
            # carry cameras": a duty, not an aim)
        if lowers[i - 1] in _DURATION_UNITS and (_TAKES.intersection(lowers[max(0, i - 7):i])
                                                  or _HAVING.intersection(lowers[max(0, i - 5):i])):
            continue  # ("would take at least three years to produce a crop": how long, no aim;
            # "have 21 days to lodge an appeal": a deadline)
        if not toks[i + 1].core.islower() or act in NOT_BASE or act in _AMOUNT_WORDS or \
                act.endswith(("ing", "ed", "s")) and not act.endswith("ss"):
            continue  # ("to pass", "to assess" are acts; "to twenty euros" is an amount)
        if act.endswith(_ADJECTIVE_ENDINGS) and len(act) > 5 and act != "panic":
            continue  # "gives priority to public research bodies": a target, not an act
        in_order = lowers[i - 1] == "order" and lowers[i - 2] == "in" or \
            lowers[i - 1] == "as" and lowers[i - 2] == "so"  # ("so as to")
        needed = lowers[i - 1] in _NEEDED and lowers[i - 2] in _BE_FORMS
        if not in_order and not needed and (
                lowers[i - 1] in _NOT_PURPOSE_NOUN or lowers[i - 1] in _CONTROL_VERBS
                or lowers[i - 1] in _CONTROL_ING or lowers[i - 1] in _COMPLEMENT_TO):
            continue  # ("promising to keep all staff", "could not claim to have bought")
        if lowers[i - 1] in _TO_PREPOSITION_HEADS or lowers[i - 1] in TO_NOUNS and not (
                lowers[i - 2] in _PASSIVE_BE) or lowers[
                i - 2] == "in" and lowers[i - 1] in _IN_X_TO:
            # "in response to nitrogen levels", "due to heavy rain", "cuts to fuel subsidies":
            # a preposition (but "fares were cut to win back riders": a passive's purpose)
            continue
        if lowers[i - 1] == "down" and ("put" in lowers[max(0, i - 10):i] or
                                         "puts" in lowers[max(0, i - 10):i]):
            continue  # "put the fall in sales down to weak demand": a cause, not a purpose
        if act == "have" and i + 2 < len(lowers) and is_participle(lowers[i + 2]):
            continue  # "to have bought the statues": a perfect infinitive is no purpose
        if in_order:
            anchor = i - 2 if i < 4 or toks[i - 3].trail != "," else _aside_start(
                toks, lowers, i - 2)  # (", possibly by June, in order to X")
        else:
            anchor = aside  # ("will pick early, possibly by mid-August, to prevent X")
        purpose = cut_span(text, toks[i].start)
        if purpose is None or word_count(purpose) < 3:
            continue
        clause = next((c for c in reversed(clauses) if c.verb_end <= toks[anchor].start), None)
        purpose = _cut_finite(purpose)
        made = _made_for(text, toks, lowers, anchor, past)
        if made is not None:
            yield AnswerKind.PURPOSE, made, purpose, (purpose[3:],)
            continue
        coordinated = _coordinated_clause(text, toks, lowers, clauses, anchor)
        if coordinated is not None:
            clause = coordinated
        if clause is not None and (clause.group.main.lower() in _CONTROL_VERBS or
                                   clause.group.main.lower() in _CHOOSING) \
                and coordinated is None:
            planned = _planned_for(text, clause, toks[anchor].start) or _chosen_act(
                text, clause, toks[anchor].start)
            if planned is not None:
                yield AnswerKind.PURPOSE, planned, purpose, (purpose[3:],)
                continue
        if clause is not None and needed and clause.verb_token + len(clause.group.words) == i:
            # "the curfew was needed to stop looting": what the curfew was needed for
            question = why_question(text, clause, toks[anchor].start)
            if question is not None:
                yield AnswerKind.PURPOSE, question, purpose, (purpose[3:],)
            continue
        complement = in_order and clause is not None and clause.group.main.lower() in \
            _DECIDING and "to" in lowers[clause.verb_token + len(clause.group.words):anchor]
        if clause is None or not complement and not in_order and clause.group.main.lower() in \
                _NOT_PURPOSE_VERBS and not _needs_for(
                clause, anchor) and not (clause.group.main == "set" and clause.rest.startswith(
                    "up ")) and not _used_on(clause) and not _thing_ordered(text, clause):
            # (but "ordered checks on similar cables to rule out X": a thing ordered, which
            # does not do the "to" act, so the "to" act is why it was ordered)
            # ("was set up in 2010 to help X": what it was founded for; "used drones to
            # count seals": what they were used for)
            continue
        if any(c.subject_start > clause.verb_end and c.subject_start < toks[anchor].start
               for c in clauses) and coordinated is None:
            continue
        if clause.verb_token + len(clause.group.words) > anchor:
            continue
        between = range(clause.verb_token + len(clause.group.words), anchor)
        if any(lowers[j].endswith("ing") and lowers[j - 1] in _GERUND_PREPOSITIONS
               for j in between):
            continue  # "accused X of cutting safety spending to raise profits": the gerund's
        if act in _NOUN_PHRASE_OPENERS or act in _ADJECTIVE_OR_VERB and (
                base_form(clause.group.main) or clause.group.main.lower()) in _TARGET_VERBS:
            continue  # "diverted four vessels to other ports": where to, not what for
        after_verb = clause.verb_token + len(clause.group.words)
        if not complement and not _thing_ordered(text, clause) and any((
                lowers[j] in _CONTROL_OR_NOUN and lowers[j - 1] not in
                _NOUN_BEFORE and not _approximate(toks, j) and not (
                    j == after_verb and lowers[j] in _PARTICLES)
                or lowers[j] == "to" and not _place_after(toks, j) and not (
                    in_order and not toks[j + 1].core[:1].isalpha())  # ("cut X to 2% in order to")
                and not (j == after_verb and lowers[j - 1] in _HAVE_FORMS and lowers[
                    j + 1] != "be")  # ("have to carry", not "have to be made to order")
                or lowers[j] in _RANKING)
               and lowers[j + 1] not in _TIME_UNITS
               for j in range(clause.verb_token + len(clause.group.words), anchor)):
            continue  # ("the third private spacecraft to reach the Moon": which one, not why)
        if base_form(clause.group.main) == "use" or clause.group.main.lower() == "use":
            # "would use the extra cash to buy back shares": what the cash is used for
            body = text[clause.verb_end:toks[anchor].start].strip()
            inverted = question_predicate(first_lower(clause.subject), clause.group,
                                          f"{body} for") if word_count(body) <= 6 else None
            if inverted is not None and not is_pronoun(clause.subject):
                yield AnswerKind.PURPOSE, f"What {inverted}", purpose, (purpose[3:],)
            continue
        if clause.first_token != 0 and _GERUND_SUBJECT.match(clause.subject):
            continue  # ("spraying vines and cutting away split bunches": a gerund misread
            # as a subject, "split" as its verb)
        question = why_question(text, clause, toks[anchor].start)
        if question is None or question.endswith(("Why", " to")) or _SECOND_GROUP.search(
                question):
            continue  # ("had been informed and would work with X to Y": whose purpose?)
        yield AnswerKind.PURPOSE, question, purpose, (purpose[3:],)


_HAVE_FORMS = frozenset({"have", "has", "had"})
#: Nouns of going somewhere whose "of X to Y" tells where: "the loss of nurses to clinics".
_MOVE_NOUNS = frozenset({"loss", "move", "transfer", "departure", "exodus", "migration",
                         "switch", "sale", "relocation", "return", "defection", "shift"})
#: A second verb group joined to the first by "and" in a question ("had been informed on
#: Monday and would work with the company"): the purpose is the second act's only.
_SECOND_GROUP = re.compile(r"\sand\s+(?:would|will|could|can|should|had|has|have|was|were|is|"
                           r"are|did|does|do)\s+[a-z]")


#: Verbs whose own "to" phrase is done before an "in order to" that gives the act's purpose
#: ("called for the tests to be scrapped in order to ease pressure", "decided to sell the
#: stadium in order to pay debts").
_DECIDING = frozenset("""
    decide decides decided agree agrees agreed plan plans planned vow vows vowed promise
    promises promised call calls called choose chooses chose opt opts opted propose proposes
    proposed vote votes voted offer offers offered pledge pledges pledged seek seeks sought
    try tries tried attempt attempts attempted intend intends intended move moves moved
    want wants wanted
""".split())
#: How a short time or likelihood aside between an act and its purpose opens ("will pick
#: early, possibly by mid-August, to prevent rot", "sold the ground, probably next spring, to
#: pay off debts").
_ASIDE_OPENERS = frozenset("""
    possibly probably perhaps likely maybe as by in on at next last this early later again
    if where when within before until from
""".split())


def _aside_start(toks: Sequence[Token], lowers: list[str], i: int) -> int:
    """The first token of a short aside set off by commas just before the "to" at ``i``, or
    ``i`` when there is none (the purpose is then read as usual)."""
    for k in range(i - 2, max(0, i - 8), -1):
        if toks[k].trail:
            if toks[k].trail != "," or lowers[k + 1] not in _ASIDE_OPENERS or \
                    lowers[k] in _CONTROL_VERBS or lowers[k] in _NOT_PURPOSE_NOUN:
                return i
            return k + 1
    return i


def _used_on(clause: Clause) -> bool:
    """Whether ``clause`` is an active "used X to ..." ("Researchers used drones to count
    seals"), not a habit ("used to live") nor a passive ("was used to")."""
    return clause.group.words == ("used",) and not clause.rest.startswith("to ")


_SAY_FORMS = frozenset({"say", "says", "said"})
#: A passive's auxiliary: after it, "cut", "delay", "change" are participles, not nouns.
_PASSIVE_BE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
#: What "was cut to", "was raised to" reach that is no verb ("cut to zero", "raised to
#: twenty euros"): an amount, never a purpose.
_AMOUNT_WORDS = frozenset("""
    zero nil nothing half size record par eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand dozen dozens hundreds thousands millions roughly barely below under once twice
    nearly almost about around just only above
""".split())
#: Words whose "to" is a preposition, never a purpose: "due to", "in response to".
_TO_PREPOSITION_HEADS = frozenset({"due", "owing", "thanks", "according", "prior", "contrary",
                                   "point", "points", "pointed", "pointing", "referred",
                                   "objected", "reacted", "responded", "attributed"})
#: (verbs whose "to" is a preposition: "investigators pointed to pilot error" is a cause)
_IN_X_TO = frozenset({"response", "reply", "addition", "relation", "regard", "contrast",
                      "opposition", "reference", "return"})
#: "-ing" forms of verbs that take "to" + a verb as their object ("promising to keep").
_CONTROL_ING = frozenset("""
    promising pledging vowing trying hoping seeking planning threatening refusing agreeing
    deciding attempting failing managing wanting intending offering preparing choosing opting
    struggling claiming proposing expecting continuing beginning starting helping urging
    asking calling
""".split()) | {"claim", "claims"}
#: Prepositions before a gerund whose own purpose a later "to" gives.
_GERUND_PREPOSITIONS = frozenset({"of", "for", "by", "from", "about", "against"})
#: Words that open a noun phrase, never a verb: "to other ports" is where to, not what for.
_NOUN_PHRASE_OPENERS = frozenset("""
    other another new nearby local neighbouring neighboring rival several many both each every
    larger smaller bigger nearest
""".split())
def _approximate(toks: Sequence[Token], i: int) -> bool:
    """Whether ``toks[i]`` is "about" before a figure ("at a cost of about $2 million"), not
    the "about" of "about to"."""
    return toks[i].lower == "about" and i + 1 < len(toks) and (
        toks[i + 1].core[:1].isdigit() or toks[i + 1].core[:1] in _CURRENCY_MARKS)


_CURRENCY_MARKS = frozenset("$£€¥")


#: Words that are adjectives or nouns as often as verbs: after a verb that moves or joins a
#: thing to a target ("matched photographs to empty pedestals", "connected to state
#: capitals") they open the target.
_ADJECTIVE_OR_VERB = frozenset("""
    empty state free open clean dry light water power house land stage ship
""".split())
#: "was needed to", "is required to": the thing is needed for what follows.
_NEEDED = frozenset({"needed", "required"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been"})
#: Endings of adjectives that no verb has ("public", "various", "legal", "national").
_ADJECTIVE_ENDINGS = ("ic", "ous", "ful", "less", "ible", "ial", "ional", "ical")
#: A verb's particle right after it ("cut back the trees", "scaled back its plans"): no
#: control verb of its own.
_PARTICLES = frozenset({"back", "up", "down", "off", "out"})
_TARGET_VERBS = frozenset("""
    divert redirect reroute move transfer send ship deliver match link connect compare add
    sell give lend hand switch shift relocate attach tie
""".split())


def _place_after(toks: Sequence[Token], j: int) -> bool:
    """Whether the "to" at ``j`` is a preposition before a place or thing ("travelling to the
    Moon", "flew to Paris"), not an infinitive."""
    nxt = toks[j + 1]
    return nxt.lower in DETERMINERS or nxt.capitalised


def _indices(words: list[str], word: str) -> Iterator[int]:
    """The positions of ``word`` in ``words`` (``list.index`` scans in C)."""
    i = -1
    while True:
        try:
            i = words.index(word, i + 1)
        except ValueError:
            return
        yield i


#: Verbs whose "to" names what a thing is traced or likened to ("attributed the low turnout
#: partly to heavy rain"), never what it was done for.
_TRACED_TO = frozenset("""
    attributed attributes attribute ascribed ascribes ascribe likened likens liken owed owes
    credited credits linked links traced traces tied ties
""".split())
_NOT_PURPOSE_VERBS = _CONTROL_VERBS | EFFECT_WORDS | _AIM_PARTICIPLES | _TRACED_TO
_CONTROL_OR_NOUN = _CONTROL_VERBS | _NOT_PURPOSE_NOUN
#: "moved the start forward to ...": after these, "start" is a noun, not a control verb.
_NOUN_BEFORE = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
#: "hire 150 pilots next year to ...": "next" before a time is no "next to".
_TIME_UNITS = frozenset({"year", "week", "month", "season", "day", "spring", "summer",
                         "autumn", "winter", "quarter"})


def _needs_for(clause: Clause, anchor: int) -> bool:
    """"She will need two partners to reach a majority": what is needed, then what for
    ("need to" right after the verb is no purpose)."""
    main = clause.group.main.lower()
    if anchor <= clause.verb_token + len(clause.group.words):
        return False
    if main in _OFFER_VERBS:
        # "offered free parking to help traders": what is offered, then what for
        return not _PRONOUN_OBJECT.match(clause.rest)
    return main in {"need", "needs", "needed", "move", "moves", "moved"} and \
        clause.rest.lower().startswith(
            ("the ", "a ", "an ", "its ", "their ", "his ", "her ", "at least", "more ", "two "))


#: Verbs whose "to" right after is no purpose ("offered to resign") but after an object is.
_OFFER_VERBS = frozenset({"offer", "offers", "offered", "pledge", "pledges", "pledged",
                          "propose", "proposes", "proposed", "seek", "seeks", "sought"})
_PRONOUN_OBJECT = re.compile(r"(?:him|her|them|us|me|you|it)\b", re.IGNORECASE)


_RANKING = frozenset("""
    first second third fourth fifth sixth seventh eighth ninth tenth only latest
    largest biggest smallest oldest youngest fastest highest lowest earliest
""".split())


_PLANNED = re.compile(r"^to\s+(?P<verb>[a-z]{3,})\s+(?:the\s+|new\s+|fresh\s+|formal\s+|"
                      r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+)?"
                      r"(?P<thing>[a-z]{3,}s)(?P<when>\s+(?:soon|shortly|later|next\s+"
                      r"(?:week|month|year)|this\s+(?:week|month|year)))?$")
_PLAN_VERBS = frozenset("""
    expect expects expected plan plans planned hope hopes hoped want wants wanted agree agrees
    agreed decide decides decided intend intends intended prepare prepares prepared
""".split())


def _planned_for(text: str, clause: Clause, end: int) -> str | None:
    """"X expect to begin talks soon to wind down Y" -> "What are the talks that X expect to
    begin soon meant to do?": the purpose belongs to the planned thing."""
    if clause.group.main.lower() not in _PLAN_VERBS or is_pronoun(clause.subject):
        return None
    chain = _PLANNED.match(text[clause.verb_end:end].strip())
    if chain is None or chain.group("verb") in NOT_BASE or is_past_tense(
            chain.group("verb")) or chain.group("thing") in _NOT_PURPOSE_NOUN or \
            chain.group("verb") in _OBJECT_ACTS:
        return None  # ("plan to require drivers to carry X": the drivers' act, no aim)
    past = clause.group.tense == "past" or clause.group.words[0] in {"was", "were", "had"}
    be = "were" if past else "are"
    when = chain.group("when") or ""
    return (f"What {be} the {chain.group('thing')} that {first_lower(clause.subject)} "
            f"{clause.group.text} to {chain.group('verb')}{when} meant to do")


#: The act a decision or a plan names: "to ban petrol motorbikes from the centre from July"
#: (a base verb and its object, no other "to", no clause, no comma).
_CHOSEN = re.compile(r"to\s+(?P<verb>[a-z]{3,})\s+(?!(?:to|that|which|who|and|or|be|been|"
                     r"have)\b)(?:[^,;:()\"“”]|(?<=\d),(?=\d)){3,80}")
#: Verbs of choosing or planning one's own act, whose purpose is the act's.
_CHOOSING = frozenset("""
    plan plans planned want wants wanted decide decides decided agree agrees agreed hope hopes
    hoped intend intends intended aim aims aimed seek seeks sought vow vows vowed pledge
    pledges pledged promise promises promised propose proposes proposed prepare prepares
    prepared choose chooses chose opt opts opted vote votes voted planning hoping seeking
    preparing aiming intending offer offers offered
""".split())
#: Verbs of asking someone to act, whose purpose follows the act asked ("asked unvaccinated
#: pupils to stay at home to stop the virus spreading").
_ASKING = frozenset("""
    ask asks asked urge urges urged tell tells told order orders ordered advise advises advised
    instruct instructs instructed encourage encourages encouraged
""".split())
#: Whom they ask: a noun phrase of up to five words before the act's "to".
_ASKED = re.compile(r"(?!(?:him|her|them|us|me|you|it)\b)(?:[\w’'-]+\s+){1,5}?(?=to\s)")


#: Verbs whose object does the act a "to" after it names ("pay the contractor to finish").
_OBJECT_ACTS = frozenset("""
    pay ask allow help force persuade invite urge tell get encourage enable require order
    let push press lobby convince oblige compel permit warn advise instruct appoint elect
""".split())
_PURPOSE_VERB = re.compile(r"\s*to\s+([a-z]{3,})\s+(?:(off|up|out|back|down|the|a|an|its|"
                           r"their|his|her|more|new)\s)?")


def _chosen_act(text: str, clause: Clause, end: int) -> str | None:
    """"Hanoi plans to ban petrol motorbikes from the centre to reduce air pollution" ->
    "Why does Hanoi plan to ban petrol motorbikes from the centre?": a plan or a decision of
    one act, whose purpose follows it (the question asks it of the plan, which is the act's)."""
    main = clause.group.main.lower()
    if main not in _CHOOSING and main not in _ASKING or is_pronoun(clause.subject):
        return None
    start = clause.verb_end + 1
    if main in _ASKING:
        asked = _ASKED.match(text, start)
        if asked is None or any(ch in asked.group(0) for ch in ",;:\"“”()"):
            return None
        start = asked.end()
    chain = _CHOSEN.fullmatch(text, start, end - 1 if text[end - 1] == " " else end)
    if chain is None or chain.group("verb") in NOT_BASE or \
            chain.group("verb").endswith(("ing", "ed")) or " to " in chain.group(0)[3:] or \
            chain.group("verb") in _OBJECT_ACTS:
        return None  # ("agreed to pay the contractor to finish the road": the contractor's act)
    purpose = _PURPOSE_VERB.match(text, end)
    if purpose is None or purpose.group(1) in _NOUN_PHRASE_OPENERS or \
            chain.group("verb") in _TARGET_VERBS and not purpose.group(2):
        return None  # ("switch entirely to zero-emission vehicles", "plans to sell some
        # vessels to rival companies": where to, to whom; but "to sell its ground to pay off
        # its debts": a verb and its object)
    question = why_question(text, clause, end)
    return None if question is None or question.endswith(" to") else question


_NO_CUT_BEFORE = frozenset({"to", "have", "has", "had", "be", "been", "being", "was", "were",
                            "that", "which", "who",
                            "is", "are", "the", "a", "an", "its", "their", "his", "her", "and",
                            "or", "not"})


#: Past forms that are as often nouns ("a new training ground", "the left").
_NOUN_TOO = frozenset("""
    ground rose fell saw bound wound lay felt left lit bore spoke shed cast hit cut set put
    bet let quit spread
""".split())


#: A subject opening with a bare gerund ("cutting away"), which inside a sentence is
#: more often an act joined to the one before than a clause's subject.
_GERUND_SUBJECT = re.compile(r"[a-z]+ing\b")
#: Words that open an object clause, whose verb follows them ("what went wrong").
_WH_WORDS = frozenset({"what", "how", "why", "whether", "who", "where", "when", "which"})


def _cut_finite(purpose: str) -> str:
    """"to investigate the collapse met on Monday" -> "to investigate the collapse"."""
    words = purpose.split()
    for i in range(3, len(words)):
        word = words[i]
        if (word.islower() and word.isalpha() and is_past_tense(word)
                and word not in _NOUN_TOO and words[i - 1].lower() not in _NO_CUT_BEFORE
                and not (i + 1 < len(words) and words[i + 1] == "by")):
            if words[i - 1].endswith("ly") or words[i - 1].lower() in _BE_FORMS or \
                    words[i - 1].lower() in _WH_WORDS:
                return purpose  # ("a business that was badly managed": a passive, not a
                # verb; "to establish what went wrong": the verb of the object clause)
            return " ".join(words[:i])
    return purpose


def _coordinated_clause(text: str, toks: Sequence[Token], lowers: list[str],
                        clauses: list[Clause], anchor: int) -> Clause | None:
    """"X withdrew in 2011 but returned in 2014 to ...": the second verb with X as subject."""
    for j in range(anchor - 1, max(0, anchor - 14), -1):
        if lowers[j - 1] in {"but", "and"} and is_past_tense(lowers[j]) and toks[j].core.islower():
            first = next((c for c in clauses if c.verb_token < j - 1), None)
            if first is None or toks[j - 2].trail and not toks[j - 2].trail.endswith(","):
                return None
            if any(c.verb_token > first.verb_token and c.verb_token < j for c in clauses):
                return None
            group = VerbGroup((lowers[j],), lowers[j], "past")
            tok = toks[j]
            return replace(first, group=group, verb_start=tok.start,
                           verb_end=tok.start + len(tok.lead) + len(tok.core),
                           rest=text[tok.end:].strip(), verb_token=j)
        if toks[j].trail:
            return None
    return None


def _made_for(text: str, toks: Sequence[Token], lowers: list[str], anchor: int,
              past: bool) -> str | None:
    """"the militias formed to fight X" -> "Why were the militias formed"."""
    p = anchor - 1
    if p < 1 or lowers[p] not in _MAKE_VERBS or toks[p - 1].trail:
        return None
    if lowers[p - 1] in AUXILIARIES or lowers[p - 1] in {"been", "be"}:
        return None
    span = noun_phrase_before(toks, p)
    if span is None:
        return None
    a, b = span
    if toks[a].lower not in DETERMINERS:
        return None
    phrase = tidy_span(text[toks[a].start:toks[b].start + len(toks[b].lead)
                            + len(toks[b].core)])
    if word_count(phrase) < 2:
        return None
    if toks[a].lower in {"a", "an"}:
        phrase = "the" + phrase[len(toks[a].lower):]
    head = head_noun(phrase)
    plural = head.endswith("s") and not head.endswith(("ss", "us"))
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    return f"Why {be} {first_lower(phrase)} {lowers[p]}"


#: A rate's time ("a year", "each month"): what a ", which" after an amount may be read on.
_PER_TIME = re.compile(r"(?:a|an|each|every|per)\s+(?:year|month|week|day|season|decade)",
                       re.IGNORECASE)


def used_for_facts(text: str, clauses: list[Clause]
                   ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The savings would be used to expand X" -> "What would the savings be used for?"."""
    for clause in clauses:
        words = clause.group.words
        if clause.group.main.lower() != "used" or not any(
                w in {"be", "been", "is", "are", "was", "were"} for w in words):
            continue
        gap = text[clause.verb_end:]
        if not gap.lstrip().startswith("to ") or is_pronoun(clause.subject) or \
                _PER_TIME.fullmatch(clause.subject):
            continue  # ("40 million euros a year, which will be used to": not "a year")
        purpose = cut_span(text, clause.verb_end + len(gap) - len(gap.lstrip()))
        if purpose is None or word_count(purpose) < 3:
            continue
        inverted = question_predicate(first_lower(clause.subject), clause.group, "for")
        if inverted is not None:
            yield AnswerKind.PURPOSE, f"What {inverted}", _cut_finite(purpose), (purpose[3:],)


def object_relative_facts(text: str, toks: Sequence[Token]
                          ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"a budget, which parliament must approve by December to avoid spending cuts" -> "Why
    must parliament approve a budget by December?": the thing the relative clause is about is
    the object of its verb, and "to X" after it says what the act is for."""
    for k, tok in enumerate(toks):
        if tok.lower != "which" or k < 2 or not toks[k - 1].trail.startswith(","):
            continue
        span = noun_phrase_before(toks, k)
        if span is None:
            continue
        for v in range(k + 2, min(len(toks) - 2, k + 5)):
            if toks[v - 1].trail or toks[v].core[:1].isupper():
                break
            group = read_verb_group([t.lower for t in toks[v:v + 4]])
            if group is None or group.main in AUXILIARIES:
                continue
            fact = _relative_purpose(text, toks, span, k, v, group)
            if fact is not None:
                yield fact
            break


def _relative_purpose(text: str, toks: Sequence[Token], span: tuple[int, int], k: int, v: int,
                      group: VerbGroup) -> tuple[AnswerKind, str, str, tuple[str, ...]] | None:
    """The "Why" question for the object relative clause whose verb group starts at ``v``."""
    subject = text[toks[k + 1].start:toks[v - 1].end].strip()
    if is_pronoun(subject) or subject.lower() in {"is", "was", "has", "had"} or \
            group.main in _COMPLEMENT_TO or group.main in _CONTROL_VERBS:
        return None  # (", which the retailer attributed to cold weather": no aim)
    last = toks[v + len(group.words) - 1]
    if last.trail:
        return None
    after = last.end
    match = _RELATIVE_TO.match(text, after)
    if match is None or match.group("verb") in NOT_BASE or is_past_tense(match.group("verb")):
        return None
    purpose = cut_span(text, match.start("to"))
    a, b = span
    thing = text[toks[a].start:toks[b].end].rstrip(",")
    if purpose is None or word_count(purpose) < 3 or is_pronoun(thing):
        return None
    mid = match.group("mid").strip()
    if not mid and group.main.lower() in _CONTROL_VERBS:
        return None  # "which the club needed to win": what it needed to do, not why
    inverted = question_predicate(first_lower(subject), group, f"{thing} {mid}".strip())
    return (AnswerKind.PURPOSE, f"Why {inverted}", purpose, (purpose[3:],)) if inverted else None


#: What follows the verb of "which parliament must approve": a short adverbial, then "to X".
_RELATIVE_TO = re.compile(r"(?P<mid>(?:\s+[^\s,;:]+){0,8}?)\s+(?P<to>to\s+(?P<verb>[a-z]+)\b)")


#: "The aim of the scheme is to cut traffic": what the thing is for.
_AIM_NOUN = re.compile(r"The\s+(?P<which>(?:main|chief|stated|overall|ultimate|long-term|"
                       r"declared)\s+)?(?P<noun>aim|goal|purpose|objective)\s+of\s+"
                       r"(?P<what>[^,;:\"“”]{3,60}?)\s+(?P<be>is|was|will be)\s+(?=to\s+[a-z])")
AIM_NOUNS = frozenset({"aim", "goal", "purpose", "objective"})


def aim_noun_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The aim of the scheme is to cut traffic by a fifth" -> "What is the aim of the
    scheme?" - "to cut traffic by a fifth"."""
    match = _AIM_NOUN.match(text)
    purpose = cut_span(text, match.end()) if match is not None else None
    if match is None or purpose is None or word_count(purpose) < 3:
        return
    be = match.group("be")
    which = match.group("which") or ""
    yield (AnswerKind.PURPOSE, f"What {be} the {which}{match.group('noun')} of "
           f"{match.group('what')}", purpose, (purpose[3:],))
