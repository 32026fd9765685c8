"""Blame told in the shapes the clause reader misses: "Police blame X on Y" (a plural present),
"Faulty wiring was blamed for / was to blame for the fire", "Officials blamed heavy rain for
the delays", "Officials pinned the blame for the outage on X"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_hindrances import NOT_CAUSE_HEADS, common_head, is_cause_thing
from quiz.generate.cause_spans import DEMONSTRATIVE, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    base_form, first_lower, first_upper, is_pronoun, question_predicate, word_count,
)
from quiz.generate.lexicon import ADJECTIVES, GENERIC_NAME_WORDS, GROUP_WORDS
from quiz.generate.syntax import Clause

#: A relative aside after what is blamed ("X, which allowed owners to legalise work, for Y").
_WHICH_ASIDE = r"(?P<aside>,\s+(?:which|that)\s+[^,;:\"“”()]{3,160}?,)?"
#: "Police blame most of the killings on gangs": a plural subject opening the sentence, a verb
#: the clause reader does not take for one.
#: (a second plural joined by "and" may follow: "Farmers and some politicians blame X")
_BLAME_TAIL = (r"(?:\s+and\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*[a-rt-z]s)?)\s+"
               r"(?:(?:also|largely|mostly|mainly)\s+)?blame\s+"
               r"(?P<what>(?:[\w’'-]+\s+){0,7}?[\w’'-]+)" + _WHICH_ASIDE +
               r"\s+(?P<prep>on|for)\s+")
_PLURAL_BLAME = re.compile(r"(?P<who>[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*[a-rt-z]s)?" + _BLAME_TAIL)
#: The same blame in the second of two joined clauses, its subject a plural common noun
#: ("Hunting was banned in 2016, and farmers and some politicians blame the ban for X").
_JOINED_BLAME = re.compile(r"(?:,\s+and|;)\s+(?P<who>(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*[a-rt-z]s"
                           + _BLAME_TAIL)
#: "Faulty wiring was blamed for the fire": what was blamed is the cause.
_BLAMED_FOR = re.compile(r"\b(?P<be>was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
                         r"(?P<how>(?:largely|partly|widely|mainly|also)\s+)?"
                         r"(?P<blamed>to\s+blame|blamed)\s+for\s+")
#: "Officials pinned the blame for the outage on a software update".
_PINNED = re.compile(r"\b(?P<verb>pinned|pins|placed|places|laid|lays|put|puts)\s+(?:the\s+|"
                     r"(?:most|much|some|part)\s+of\s+the\s+)?blame\s+for\s+"
                     r"(?P<what>[^,;:\"“”()]{3,60}?)\s+(?:squarely\s+|firmly\s+)?on\s+")
_PINNED_SUPPORT = {"pinned": "did", "placed": "did", "laid": "did", "pins": "does",
                   "places": "does", "lays": "does", "puts": "does"}
#: "Officials blamed heavy rain for the delays": what they blamed, then what it caused.
_BLAMED_THING_FOR = re.compile(r"\b(?P<verb>blamed|blames|blame)\s+(?P<what>(?!him|her|them|it|us|me"
                               r"|themselves|itself)(?:[\w’'-]+,?\s+){0,6}?[\w’'-]+)" +
                               _WHICH_ASIDE + r"\s+for\s+")
#: A subject read after a preposition is only the end of the noun phrase a ", who" follows
#: ("Farmers in [the region], who blamed X": the farmers blamed it, not the region).
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:in|of|from|at|on|for|with|near|across|around)\s+$")
_BE_ASKED = {"was": "was", "were": "was", "is": "is", "are": "is", "has been": "has been",
             "have been": "has been", "had been": "had been"}


def plural_blame_facts(text: str, clauses: list[Clause]
                       ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Police blame most of the killings on gangs ..." -> "What do police blame most of the
    killings on?" (only when no clause was read with "blame" as its verb)."""
    if any(c.group.main.lower() in {"blame", "blames", "blamed"} for c in clauses):
        return
    match = _PLURAL_BLAME.match(text) or _JOINED_BLAME.search(text)
    if match is None or is_pronoun(match.group("who")) or match.group("who").startswith(
            ("the ", "their ", "these ", "those ")) and match.start():
        return  # ("..., and the shops blame": which shops is told before)
    who = match.group("who")
    who = first_lower(who, frozenset()) if " and " in who else _common_lower(who)
    what = match.group("what").strip()
    if match.group("prep") == "for":
        # "Investigators blame pilot error for the crash": what is blamed is the cause
        effect = cut_span(text, match.end())
        if match.start() and _BARE_ACT.fullmatch(what):
            named = _act_named(what, [c for c in clauses if c.verb_end <= match.start()])
            if named != what and effect is not None and word_count(effect) <= 16:
                # (the answer is a span of the sentence: the act named in the question)
                yield AnswerKind.EFFECT, f"What do {who} blame {named} for", effect, ()
                return
        elif " on " in f" {what} ":
            return
        if blamable(what) and effect is not None and not DEMONSTRATIVE.match(effect) \
                and word_count(effect) <= 16:
            yield AnswerKind.CAUSE, f"What do {who} blame for {effect}", what, ()
        return
    degree = re.search(r"\s+(?:largely|mainly|mostly|chiefly|primarily|partly|in part)$", what)
    cause = cut_span(text, match.end())
    if degree is not None:
        if degree.group().strip() in {"partly", "in part"} and "partly on " in text[match.end():]:
            return  # "partly on X and partly on Y": two halves, neither the answer
        what = what[:degree.start()]
    if cause is not None and not DEMONSTRATIVE.match(cause):
        yield AnswerKind.CAUSE, f"What do {who} blame {what} on", cause, ()


#: An act named by its noun alone ("the ban", "the closure"), and the nouns whose object
#: follows "on" ("the ban on trophy hunting"; else "of": "the closure of the plant").
_BARE_ACT = re.compile(r"the\s+(?P<noun>[a-z]{3,})")
_ON_NOUNS = frozenset({"ban", "tax", "cap", "limit", "curb", "levy", "restriction", "freeze"})


def _act_named(what: str, before: list[Clause]) -> str:
    """``what`` ("the ban") named by the clause before that tells the act in the passive
    ("Trophy hunting was banned in 2016" -> "the ban on trophy hunting"), else as written."""
    noun = what.split()[-1]
    done = [c for c in before if (base_form(c.group.main.lower()) or "") == noun and
            _PASSIVE.intersection(c.group.words)]
    if len(done) != 1:
        return what
    thing = done[0].subject
    if is_pronoun(thing) or word_count(thing) > 5 or any(ch in thing for ch in ",;:\"“”()"):
        return what
    return f"{what} {'on' if noun in _ON_NOUNS else 'of'} {first_lower(thing, frozenset())}"


def _common_lower(who: str) -> str:
    """A plural subject as a question writes it inside: "Police" -> "police", "Health
    officials" -> "health officials" (a first word that may be a name keeps its capital)."""
    head, _, tail = who.partition(" ")
    if not tail or head.lower() in GENERIC_NAME_WORDS or head.lower() in ADJECTIVES:
        return first_lower(head.lower() if head[1:].islower() else head) + (
            f" {tail}" if tail else "")
    return who


def blamed_for_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Faulty wiring was blamed for the fire" -> "What was blamed for the fire?";
    "Officials blamed heavy rain for the delays" -> "What did officials blame for the delays?"
    (only a thing, a rule or an event is asked: whom someone blamed is an actor)."""
    for match in _BLAMED_FOR.finditer(text):
        clause = next((c for c in clauses if c.verb_start <= match.start("be") < c.verb_end),
                      None)
        if clause is None or not is_cause_thing(clause.subject):
            continue
        effect = cut_span(text, match.end())
        if effect is None or DEMONSTRATIVE.match(effect) or word_count(effect) > 16:
            continue
        be = _BE_ASKED[" ".join(match.group("be").split())]
        how = match.group("how") or ""
        blamed = " ".join(match.group("blamed").split())
        yield (AnswerKind.CAUSE, f"What {be} {how}{blamed} for {effect}",
               text[clause.subject_start:clause.subject_end], ())
    for match in _BLAMED_THING_FOR.finditer(text):
        clause = next((c for c in clauses if c.verb_start <= match.start() < c.verb_end), None)
        what = match.group("what").strip()
        if clause is None:
            yield from _and_blamed_for(text, clauses, match)
            continue
        if clause.group.words[-1] != match.group("verb") or clause.group.main != match.group(
                "verb") or _PASSIVE.intersection(clause.group.words) or \
                is_pronoun(clause.subject) or \
                _OBJECT_OF_PREPOSITION.search(text, 0, clause.subject_start) or \
                word_count(clause.subject) > 6 or any(ch in clause.subject for ch in ",;:\"“”()"):
            continue
        effect = cut_span(text, match.end())
        if effect is None or DEMONSTRATIVE.match(effect) or word_count(effect) > 16:
            continue
        if not blamable(what):
            if _someone(what) and not match.group("aside") and 2 <= word_count(effect):
                # "blamed the board for years of neglect": whom they blame is an actor; what
                # for is the effect they blame on them
                asked = question_predicate(asked_who(clause.subject), clause.group,
                                           f"{first_lower(what)} for")
                if asked is not None:
                    yield AnswerKind.EFFECT, f"What {asked}", effect, ()
            continue
        # ("blamed", "blame", "have blamed", "had also blamed", "would blame")
        asked = question_predicate(asked_who(clause.subject), clause.group, f"for {effect}")
        if asked is not None:
            yield AnswerKind.CAUSE, f"What {asked}", what, ()


#: A body or a person named by "the" and a common noun ("the board", "the city council").
_THE_BODY = re.compile(r"the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")


def _someone(what: str) -> bool:
    """Whether ``what``, blamed for something, is someone acting: a body or a person told by
    a common noun ("the board", "the government", "the referee") or a name ("Mr Ruiz")."""
    if "," in what or word_count(what) > 4 or is_pronoun(what) or DEMONSTRATIVE.match(what):
        return False
    head = what.split()[-1].lower()
    if _THE_BODY.fullmatch(what):
        return head in NOT_CAUSE_HEADS or head in _SOMEONE or head.endswith(
            _DOER_ENDINGS) and head not in _THING_LOOKALIKES and not head.endswith("ment")
    return what[:1].isupper() and all(w[:1].isupper() for w in what.split())


_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Heads ending like a doer ("the pilot" is listed; "the organiser", "the tenant", "the
#: referee", "the cyclist", "the historian", "the student"): someone, never a cause.
_DOER_ENDINGS = ("er", "or", "ist", "ant", "ian", "ee", "ent", "ive", "tress", "ncess", "stess",
                 "iress")
#: Things whose names end like a doer's.
_THING_LOOKALIKES = frozenset("""
    weather water power order disorder cancer fever behaviour behavior error failure pressure
    shortfall barrier river border shelter computer heater filter cover paper letter number
    timber rubber corner tower chamber matter container tanker boiler server transfer disaster
    winter summer shower thunder ladder motor sensor reactor factor sector corridor floor door
    tremor mirror terror harbor harbour pollutant coolant plant grant incident accident
    component event element content extent current rent solvent incentive initiative
    directive motive additive explosive offensive
""".split())
#: Common words for someone that no list of roles or groups has and no ending gives away.
_SOMEONE = frozenset("""
    pilot chef boss nurse pupil thief thieve cop guard landlord coach fan youth teen victim
    crowd mob gang side team squad army navy police regime rival host guest bride groom
    neighbour neighbor public media press local criminal kid adult bureaucrat elite hooligan
    addict vandal rich poor young elderly voter rebel official expert activist
""".split())
#: A stretch of time or a run of things before what was blamed ("years of underinvestment").
_SPELL = re.compile(r"(?:years|decades|months|weeks|days|(?:an?\s+)?(?:series|string|spate|run|"
                    r"history|legacy|combination|mix|lack))\s+of\s+")
#: An adjective series before the head ("rapid, unplanned urban growth").
_SERIES = re.compile(r"(?:(?:an?|the)\s+)?[a-z][\w-]*,\s+[a-z][\w-]*\s")


def blamable(what: str) -> bool:
    """Whether ``what``, blamed for something, is a cause a question may ask "What" of: a
    thing, rule or event of :func:`is_cause_thing`, or any other common noun that names no one
    and is more than a bare "the decline" ("the decline of rural populations", "rapid,
    unplanned urban growth"); never someone ("the pilot", "tenants", "the organisers")."""
    if is_cause_thing(what):
        return True
    if "," in what and not _SERIES.match(what) or _THING_ENDS.search(what):
        return False
    spell = _SPELL.match(what)
    if spell is not None:
        what = what[spell.end():]  # ("years of underinvestment": the underinvestment)
        if is_cause_thing(what):
            return True
    head = common_head(what)
    one = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith(
        "s") and not head.endswith(("ss", "sis", "ics", "us")) else head
    if _HOW_RUN.fullmatch(what):
        return True  # ("poor administration", "weak leadership": how it is run, no body)
    if not head or one in _SOMEONE or one.endswith(("man", "men", "person", "people")) or \
            one in NOT_CAUSE_HEADS or one.endswith(_DOER_ENDINGS) and not one.endswith(
                "ment") and one not in _THING_LOOKALIKES:
        return False
    content = [w for w in what.replace(",", " ").split()
               if w.lower() not in {"the", "a", "an", "of", "in", "on", "to"}]
    return len(content) >= 2


#: A judged way of running things: a judging adjective, no determiner, a noun of an act
#: ("poor administration", "weak leadership", "bad management").
_HOW_RUN = re.compile(r"(?:[Pp]oor|[Bb]ad|[Ww]eak|[Ll]ax|[Ii]nadequate|[Ii]neffective|"
                      r"[Ii]ncompetent|[Cc]hronic|[Ff]ailed|[Ff]aulty|[Ss]loppy|[Cc]areless)\s+"
                      r"[a-z]+(?:tion|ment|ship|ance|ence)")
#: Words after which a blamed noun phrase goes on as a clause or a list.
_THING_ENDS = re.compile(r"\b(?:and|or|but|that|who|which|whom|whose|was|were|is|are|has|"
                         r"have|had|said|says)\b")
#: ", and blamed": the verb is the second of the sentence's opening subject.
_AND_BLAMED_AT = re.compile(r"\sand\s+(?:also\s+)?$")
_HE_SHE = frozenset({"he", "she", "they", "He", "She", "They"})


def _and_blamed_for(text: str, clauses: list[Clause], match: re.Match[str]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Bassi said he had struggled to recover and blamed a wrist injury for his poor
    serving" -> "What did Bassi blame for his poor serving?": the blamer is the subject that
    opens the sentence when every clause between is its own or told of by a pronoun."""
    if not clauses or clauses[0].first_token != 0 or not _AND_BLAMED_AT.search(
            text, 0, match.start()) or match.group("verb") != "blamed":
        return
    who = clauses[0].subject
    between = [c for c in clauses if c.verb_end <= match.start()]
    if is_pronoun(who) or word_count(who) > 4 or any(ch in who for ch in ",;:\"“”()") or \
            not who[:1].isupper() or any(c.subject != who and c.subject not in _HE_SHE
                                         for c in between) or \
            any(ch in text[between[-1].verb_end:match.start()] for ch in ";:\"“”"):
        return
    what = match.group("what").strip()
    effect = cut_span(text, match.end())
    if not blamable(what) or effect is None or DEMONSTRATIVE.match(effect) or \
            word_count(effect) > 16:
        return
    yield AnswerKind.CAUSE, f"What did {asked_who(who)} blame for {effect}", what, ()


#: Endings of a one-word plural subject of common nouns ("Fishermen", "Economists").
_PLURAL_PEOPLE = ("ers", "ists", "ians", "men", "ors", "ants", "ents")


def asked_who(who: str) -> str:
    """Someone as a question writes it inside: a plural of people told by common nouns
    lower-cased ("Fishermen" -> "fishermen", "Health experts" -> "health experts"), a name
    as written ("Bassi", "Mayor Ana Ortiz"), else :func:`first_lower`."""
    lowered = first_lower(who)
    last = who.split()[-1] if who else ""
    if lowered == who and who[1:].islower() and (
            last.lower() in GROUP_WORDS or last.endswith(_PLURAL_PEOPLE)):
        return who[:1].lower() + who[1:]
    return lowered


def pinned_blame_facts(text: str, clauses: list[Clause]
                       ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Officials pinned the blame for the outage on a software update" -> "What did
    officials blame the outage on?"."""
    for match in _PINNED.finditer(text):
        clause = next((c for c in clauses if c.verb_start <= match.start() < c.verb_end), None)
        verb = match.group("verb")
        support = _PINNED_SUPPORT.get(verb) or (
            "did" if clause is not None and clause.group.tense == "past" else None)
        if clause is None or support is None or clause.group.words != (verb,) or \
                is_pronoun(clause.subject) or word_count(clause.subject) > 6 or any(
                ch in clause.subject for ch in ",;:\"“”()"):
            continue
        cause = cut_span(text, match.end())
        if cause is not None and not DEMONSTRATIVE.match(cause):
            yield (AnswerKind.CAUSE, f"What {support} {first_lower(clause.subject)} blame "
                   f"{match.group('what')} on", cause, ())


#: "Burgundy has been hit by hail in three of five years, and growers blame warmer springs":
#: a plural blamer after ", and" (or ";") and what it blames, with no "for" or "on".
_BLAME_AFTER = re.compile(r"(?:,\s+and|;)\s+(?P<who>(?:[a-z][\w’'-]*\s+){0,2}?"
                          r"(?:[a-z][\w’'-]*[a-rt-z]s|police|scientists))\s+"
                          r"(?:(?:also|largely|mostly|mainly|now|partly)\s+)?"
                          r"(?P<verb>blame|blamed)\s+")
#: Where what is blamed ends and a relative clause about it begins.
_RELATIVE = re.compile(r"\s(?:that|which|who|whose)\s")
#: Natural causes that name no one and are no rule or event of :func:`is_cause_thing`.
_NATURAL_HEADS = frozenset("""
    springs summers winters autumns seasons climate warming conditions soils frosts frost hail
    hailstorms tides currents waves erosion droughts heatwaves temperatures
""".split())
_BARE_SUPPORT = {"blame": "do", "blamed": "did"}


def blame_after_event_facts(text: str, clauses: list[Clause]
                            ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Burgundy has been hit by hail in three of five years, and growers blame warmer
    springs" -> "Burgundy has been hit ... five years. What do growers blame for this?" (the
    event is the clause that opens the sentence; a person blamed is no cause)."""
    if not clauses or clauses[0].first_token != 0 or is_pronoun(clauses[0].subject):
        return
    for match in _BLAME_AFTER.finditer(text):
        event = text[clauses[0].subject_start:match.start()].strip()
        who = match.group("who")
        if is_pronoun(who) or who.split()[0] in {"some", "others", "many", "most", "critics"} \
                or any(ch in event for ch in ",;:\"“”()") or word_count(event) > 24:
            continue
        cause = cut_span(text, match.end())
        if cause is None or DEMONSTRATIVE.match(cause) or word_count(cause) > 16:
            continue
        relative = _RELATIVE.search(cause)
        what = cause[:relative.start()] if relative is not None else cause
        if " for " in f" {what} " or " on " in f" {what} " or not (
                is_cause_thing(what) or common_head(what) in _NATURAL_HEADS):
            continue  # ("blame the council for X": see the rules of blame for and on)
        support = _BARE_SUPPORT[match.group("verb")]
        yield AnswerKind.CAUSE, f"{first_upper(event)}. What {support} {who} blame for this", \
            cause, ()


#: "said Giorgos Manias, head of the hoteliers' association, who blamed the drop on X": a
#: named person (an apposition between), then a "who" clause of blame.
_WHO_BLAMED = re.compile(r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,3})(?:,\s+[^,;:\"“”()]{3,80})?"
                         r",\s+who\s+(?:also\s+)?(?P<verb>blamed|blames)\s+"
                         r"(?P<what>(?:the|a|an)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+"
                         r"(?:(?:largely|mainly|mostly|chiefly|squarely)\s+)?on\s+")


def who_blamed_at(text: str) -> frozenset[int]:
    """Where the "blamed" of each "NAME, ..., who blamed" starts (the clause reader may read
    the apposition's noun as the one who blamed: "head of [the association], who blamed")."""
    return frozenset(match.start("verb") for match in _WHO_BLAMED.finditer(text))


def who_blamed_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"..., said Giorgos Manias, head of the hoteliers' association, who blamed the drop on
    uncertainty over ferry connections" -> "What did Giorgos Manias blame the drop on?"."""
    for match in _WHO_BLAMED.finditer(text):
        who = match.group("who")
        if who.split()[0] in _NOT_NAME_OPENERS or any(
                c.verb_start <= match.start("verb") < c.verb_end and c.subject == who
                for c in clauses):
            continue  # (a clause read with its "who" named has its own blame question)
        cause = cut_span(text, match.end())
        if cause is None or DEMONSTRATIVE.match(cause) or is_pronoun(cause):
            continue
        support = "did" if match.group("verb") == "blamed" else "does"
        yield (AnswerKind.CAUSE, f"What {support} {who} blame {first_lower(match.group('what'))} on",
               cause, ())


#: Capitalised words that open a sentence or a phrase, not a name.
_NOT_NAME_OPENERS = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "This", "That",
                               "These", "Those", "It", "He", "She", "They", "We"})
