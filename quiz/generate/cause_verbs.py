"""Cause facts carried by a verb: prompted, led to, resulted in, angered, blamed on, helped."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from quiz.generate.cause_arguing import ARGUING_CUES, ARGUING_WORDS, arguing_facts
from quiz.generate.cause_being_done import being_done_facts
from quiz.generate.cause_blamed import (
    blamable,
    blame_after_event_facts, blamed_for_facts, pinned_blame_facts, plural_blame_facts,
    who_blamed_at, who_blamed_facts,
)
from quiz.generate.cause_it_started import it_caused_question
from quiz.generate.cause_reports import reporting_parent
from quiz.generate.cause_results import thing_meant_facts
from quiz.generate.cause_v_blaming import bare_blame_facts
from quiz.generate.cause_v_phrasal import PHRASAL_WORDS, phrasal_cause_facts
from quiz.generate.cause_v_pointed import pointed_facts
from quiz.generate.cause_v_progressive import PROGRESSIVE_WORDS, progressive_cause_facts
from quiz.generate.cause_v_nouns import cause_noun_facts, final_blow_facts
from quiz.generate.cause_v_effect import EFFECT_NOUNS, had_effect_facts
from quiz.generate.cause_v_left import left_doing_facts
from quiz.generate.cause_v_made import LIKELY_WORDS, made_likely_facts
from quiz.generate.cause_v_verdicts import VERDICT_WORDS, verdict_facts
from quiz.generate.cause_v_warned import WARN_WORDS, warned_facts
from quiz.generate.cause_v_trailing import TRAILING_WORDS, trailing_effect_facts
from quiz.generate.cause_v_reason import REASON_WORDS, reason_is_facts
from quiz.generate.cause_v_subject import opening_lowered, whole_subjects
from quiz.generate.cause_v_subjects import (
    REPORTED, SUBJECT_CAUSE_WORDS, TIME_OBJECT, behind_facts, made_to_facts, names_people,
    reflected_facts,
    relative_subject, relative_subject_facts, stood_for_facts, subject_cause_facts,
    which_cause_facts,
)
from quiz.generate.cause_hindrances import (
    HINDER_WORDS, MAKING_CUES, NOT_CAUSE_HEADS, OWNED_START, common_head, hindrance_facts,
    is_cause_thing, names_someone,
)
from quiz.generate.cause_spans import (
    DEMONSTRATIVE, NOT_BASE, VAGUE_SUBJECT, Ending, cut_span, ends_with, owning_clause,
    why_question, written_subject,
)
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    MODAL_VERBS, SAYING_VERBS, VerbGroup, base_form, first_lower, first_upper, gerund,
    is_past_tense, is_pronoun, past_of, question_predicate, third_person, word_count,
)
from quiz.generate.mentions import Token
from quiz.generate.question_checks import cut_before_verb
from quiz.generate.syntax import Clause, find_clauses, trim_predicate

_CAUSAL_TO = frozenset("""
    prompted forced led pushed drove compelled caused inspired
""".split())
#: Their base forms, asked after a modal ("could force X to close": "What could force X to
#: close?").
_CAUSAL_BASES = frozenset("prompt force lead push drive compel cause inspire".split())
_PERSUADE_TO = frozenset("""
    encouraged urged asked pressed persuaded called told pressured allowed enabled
""".split())
#: The same verbs in progressive or present form ("have been pushing the government to
#: start talks"): the "to" phrase is what they push for, not why they push.
PERSUADING = frozenset("""
    prompting forcing leading pushing driving compelling causing inspiring encouraging urging
    asking pressing persuading calling telling pressuring allowing enabling lobbying
    prompts forces pushes drives compels inspires encourages urges asks presses persuades
    tells pressures allows enables lobbies lobbied
    persuade urge ask press pressure encourage push force prompt drive compel inspire allow
    enable lobby advise advises advised
""".split())
_PERSUADE_TO = _PERSUADE_TO | PERSUADING
#: Verbs that only ask for an act ("urged both sides to return to talks", "called on X to
#: withdraw", "asked a judge to order ..."): what was asked is no effect of the asking.
_REQUESTING = frozenset("""
    urged urges urge urging asked asks ask asking called calls calling told tells telling
    advised advises advise advising appealed appeals begged begs implored implores
    requested requests invited invites
""".split())
#: A particle the verbs of :mod:`cause_v_phrasal` need ("pushed up", "held back").
_PARTICLE_CUE = re.compile(r" (?:up|down|back|higher|lower)\b")
#: The words without which :func:`causal_verb_facts` finds nothing (the caller's cheap gate).
CAUSAL_TO_WORDS = _CAUSAL_TO | _PERSUADE_TO | HINDER_WORDS | ARGUING_WORDS | WARN_WORDS | \
    VERDICT_WORDS | LIKELY_WORDS | EFFECT_NOUNS | REASON_WORDS | PROGRESSIVE_WORDS | \
    PHRASAL_WORDS | {"being"}
# (the look-ahead, a first letter of them, is a cheap test at every position)
_EFFECT_VERBS = re.compile(
    r"(?=[cfglnprst])\b(?P<verb>led to|leads to|lead to|resulted in|results in|caused|causes|cause|"
    r"sparked|sparks|spark|triggered|triggers|trigger|fuels|fuelled|fueled|fuel|prompted|prompts|"
    r"provoked|contributed to|"
    r"paved the way for|necessitated|necessitates|spurred|spurs|gave rise to)\s+",
    re.IGNORECASE)
EFFECT_WORDS = frozenset("""
    led leads lead resulted results caused causes cause spark trigger sparked sparks triggered
    triggers fuels
    fuelled fueled fuel prompted prompts provoked contributed paved necessitated necessitates
    spurred spurs gave
""".split())


def causal_verb_facts(text: str, toks: Sequence[Token], clauses: list[Clause]
                      ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"X prompted Y to do Z": what X prompted Y to do, and what prompted Y to do Z; what
    kept someone from acting (:func:`cause_hindrances.hindrance_facts`); the purpose of a
    "before being done" (:func:`cause_being_done.being_done_facts`); a reason argued for an
    act (:func:`cause_arguing.arguing_facts`)."""
    clauses = whole_subjects(text, clauses)
    if " from " in text or " to " in text and any(map(text.__contains__, MAKING_CUES)):
        yield from hindrance_facts(text, clauses)
    if " being " in text:
        yield from being_done_facts(text, clauses)
    if any(map(text.__contains__, ARGUING_CUES)):
        yield from arguing_facts(text, clauses)
    if " warn" in text or " fear" in text or " worr" in text or " caution" in text:
        yield from warned_facts(text, clauses)
    if " for " in text:
        yield from verdict_facts(text, clauses)
    if " mad" in text or " make" in text:
        yield from made_likely_facts(text, clauses)
    if " on " in text and (" effect" in text or " impact" in text or " toll" in text):
        yield from had_effect_facts(text, clauses)
    yield from reason_is_facts(text, clauses)
    if "ing " in text:
        yield from progressive_cause_facts(text, clauses)
    if _PARTICLE_CUE.search(text):
        yield from phrasal_cause_facts(text, clauses)
    for clause in clauses:
        main = clause.group.main.lower()
        if main not in _CAUSAL_TO | _PERSUADE_TO or not main.endswith("ing") and any(
                w in {"is", "are", "was", "were", "been", "be"} for w in clause.group.words):
            continue  # (a passive: "was asked to")
        rest = clause.rest
        to = _OBJECT_TO.match(rest)
        if to is None or main == "called" and not to.group("obj").startswith("on "):
            continue
        obj = _speaker_owned(text, clauses, clause, to.group("obj"))
        if main in _REQUESTING:
            continue  # "urged both sides to return to talks": a request, neither reason nor effect
        if base_form(to.group("act")) is None and to.group("act") in NOT_BASE:
            continue
        act = to.group("act")
        if act in NOT_BASE or is_past_tense(act) and base_form(act) != act or "-" in act:
            continue  # ("to burst", "to cut", "to set": a past that is its own base is one;
            # "pushed shoppers to out-of-town parks": a place)
        if _which_time(text, clause):
            continue  # ("raised charges last year, which pushed X": the "which" is the clause)
        if not _made_to_act(to):
            continue  # "caused damage to hundreds of homes": where the damage was, no act
        offset = clause.verb_end + (len(text[clause.verb_end:]) -
                                    len(text[clause.verb_end:].lstrip()))
        action = cut_span(text, offset + to.start("act"))
        if action is None or is_pronoun(clause.subject):
            continue
        if _COMMA_WHICH.fullmatch(text, clause.subject_end, clause.verb_start) and \
                _AFTER_PREPOSITION.search(text, 0, clause.subject_start):
            # ("the line, completed at [a cost of £310m], which allows X"; "The ship ran aground
            # near [the harbour entrance], which forced X": the ", which" may stand for any noun
            # before it, or for the clause, the event told)
            if any(c.verb_end <= clause.subject_start and c.first_token == 0 for c in clauses):
                yield from stood_for_facts(text, clauses, clause, obj, action)
            continue
        if _NAME_WHICH.fullmatch(text, clause.subject_start, clause.verb_start) or \
                _BARE_APPOSITION.fullmatch(clause.subject) and text[
                    :clause.subject_start].rstrip().endswith(","):
            # ("declared a state of emergency, a step that allows X to do Y"; "a power cut hit
            # the venue, the Palace of Chess, which forced X": the clause before is the event)
            yield from stood_for_facts(text, clauses, clause, obj, action)
            continue
        inverted = question_predicate(first_lower(clause.subject), clause.group,
                                      f"{obj} to do")
        if inverted is not None:
            yield AnswerKind.EFFECT, f"What {inverted}", action, (f"to {action}",)
        if (main in _CAUSAL_TO or main in _CAUSAL_BASES and clause.group.words[0] in
                MODAL_VERBS) and word_count(action) <= 14 and not is_pronoun(obj) and \
                common_head(clause.subject) and not names_people(clause.subject):
            # (not "What forced the council to resign? - The minister": someone, asked "Who")
            # ("His exclusion has forced X to ...": causes names "his" from the sentences
            # before, or drops the fact)
            verb = clause.group.text
            yield (AnswerKind.CAUSE, f"What {_singular(verb)} {obj} to {action}",
                   written_subject(text, clause), ())


#: A group someone belongs to, told with the speaker's "his"/"her" ("her team", "his staff").
_OWN_GROUP = re.compile(r"(?:his|her)\s+(?P<group>team|staff|company|family|club|colleagues|"
                        r"department|group|lab|laboratory|organisation|organization|party|"
                        r"firm|workers|employees|researchers|students|players|officers)$")
#: A speaker told by a role: "The coach", "The club's manager".
_TITLE = re.compile(r"The\s+(?:[a-z][\w’'-]*\s+){0,1}[a-z][\w-]*")
#: A time read as a subject (a ", which" after "last year" stands for the clause before).
TIME_SUBJECT = re.compile(r"(?:^|(?<=\s))(?:last|this|next|early|late|earlier|later)\s+(?:year|"
                          r"month|week|weekend|season|spring|summer|autumn|winter|night|"
                          r"decade|century|January|February|March|April|May|June|July|August|"
                          r"September|October|November|December|Monday|Tuesday|Wednesday|"
                          r"Thursday|Friday|Saturday|Sunday)$|^(?:in\s+)?\d{4}$", re.IGNORECASE)


def _which_time(text: str, clause: Clause) -> bool:
    """Whether ``clause`` is a ", which" whose subject was read as the time just before it
    ("cut 300 jobs last year, which hurt morale": the which is the clause, not the year)."""
    return text[:clause.verb_start].rstrip().endswith(", which") and \
        TIME_SUBJECT.search(clause.subject) is not None


#: A speaker written as a name: "Rahman", "Aisha Rahman", "Dr Aisha Rahman".
_SPEAKER_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\s+)?[A-Z][\w’'-]+"
                           r"(?:\s+[A-Z][\w’'-]+){0,2}")


def _speaker_owned(text: str, clauses: list[Clause], clause: Clause, obj: str) -> str:
    """``obj`` with the speaker's "his"/"her" named ("Rahman said the discovery had prompted
    [her team] to launch X" -> "Rahman's team"): a group of a named speaker's own, in the
    clause that speaker reports; any other object as written."""
    group = _OWN_GROUP.fullmatch(obj)
    parent = reporting_parent(text, clauses, clause, far=True) if group else None
    if parent is None:
        return obj
    who = parent.subject
    if _TITLE.fullmatch(who):
        who = first_lower(who)  # ("The coach said ... his players": the coach's players)
    elif not _SPEAKER_NAME.fullmatch(who) or who.split()[0] in {"It", "He", "She", "They"}:
        return obj
    return f"{who}{'’' if '’' in text else chr(39)}s {group.group('group')}"


#: "X prompted [the minister], Nikos Vlachos, to [announce]": the object (a name set off
#: by commas after it is left out of the question) and the act it was made to do.
_OBJECT_TO = re.compile(r"\s*(?P<obj>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)(?:,\s+[A-Z][\w’'.-]*"
                        r"(?:\s+[A-Z][\w’'.-]*){0,3},)?\s+to\s+(?P<act>[a-z][\w-]*)\b")


_PLURAL_NOUN = re.compile(r"[a-z]{3,}(?<![su]s)s")
_MAKING_TO = frozenset({"prompted", "prompts", "caused", "causes", "cause"})


def _made_to_act(to: re.Match[str]) -> bool:
    """Whether an :data:`_OBJECT_TO` match is someone made to do something ("caused the
    river to rise"), not a thing done to a place ("caused damage to hundreds of homes")."""
    return to.group("obj").split()[-1].lower() not in TO_NOUNS and not _PLURAL_NOUN.fullmatch(
        to.group("act"))
#: Nouns whose "to" opens what they reach or touch ("cuts to fuel subsidies", "access to
#: clean water", "damage to homes"), never a purpose.
TO_NOUNS = frozenset("""
    cut cuts change changes damage access threat threats increase
    increases rise rises amendment amendments contribution contributions donation donations
    export exports import imports link links key answer
    solution approach opposition resistance harm injury injuries danger risk risks letter
    letters boost blow subsidy subsidies aid grant grants loan loans payment payments gift
    gifts adjustment adjustments improvement improvements upgrade upgrades repairs addition
    additions attention exposure transfer transfers commitment exception exceptions delay
    delays disruption disruptions problems losses
""".split())


def _owned(text: str, clause: Clause) -> bool:
    """Whether the subject as written opens with "His", "Her", "Its" or "Their": the answer
    would not say whose ("His exclusion"), though the clause reader may have named the owner
    (an answer quotes the sentence)."""
    return OWNED_START.match(text, clause.subject_start) is not None


def _singular(group: str) -> str:
    """A verb group agreeing with "What" as its subject: "What has forced ...", not "What
    have forced ..." (the sentence's subject was plural)."""
    first, _, rest = group.partition(" ")
    agreeing = _SINGULAR.get(first)
    return f"{agreeing} {rest}".rstrip() if agreeing else group


_SINGULAR = {"have": "has", "are": "is", "were": "was"}


def effect_verb_facts(text: str, clauses: list[Clause]
                      ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"X led to Y": what X led to, and what led to Y; "X is a major cause of Y" (what is)."""
    clauses = whole_subjects(text, clauses)
    if "cause of" in text or "causes of" in text:
        yield from cause_noun_facts(text)
    yield from _effect_facts(text, clauses, _EFFECT_VERBS.finditer(text))


#: The other forms of the effect verbs, and the verbs of bringing about read the same way
#: ("could provoke", "brought about", "has added to", "contributes to").
_MORE_EFFECT_VERBS = re.compile(
    r"\b(?P<verb>provokes|provoke|prompt|spur|necessitate|result in|contributes to|"
    r"contribute to|(?:brought|brings|bring) about(?!\s+(?:[\d£$€]|(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half|hundreds|thousands|millions|"
    r"a\s+(?:hundred|thousand|million|billion|third|quarter|fifth|dozen))\b))|"
    r"added to|adds to|add to)\s+", re.IGNORECASE)
#: What "added to" adds to as a cause: a problem or a pressure ("added to the pressure on
#: X"; not "added to the list", "added to the squad").
_ADDED_TO_HEADS = frozenset("""
    pressure pressures woes problems problem concerns concern fears worries tension tensions
    uncertainty confusion burden costs cost anger frustration strain difficulties troubles
    misery chaos gloom doubts criticism speculation losses debt debts delays congestion
    damage risk risks danger hardship suffering unrest discontent resentment alarm
""".split())
#: The words without one of which :func:`more_effect_verb_facts` finds nothing.
MORE_EFFECT_KEYS = ("provoke", "prompt ", "spur ", "necessitate ", "result in", "contribute",
                    "about", "add")


def more_effect_verb_facts(text: str, clauses: list[Clause]
                           ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """:func:`effect_verb_facts` for the forms its pattern leaves out ("could provoke Y",
    "X brought about Y", "X has added to Y")."""
    clauses = whole_subjects(text, clauses)
    yield from _effect_facts(text, clauses, _MORE_EFFECT_VERBS.finditer(text))


#: A noun phrase opening the sentence (or a reported clause) right before a present verb the
#: clause reader did not take for one: "Storms in the North Sea [cause]", "Cheap credit from
#: lenders [contributes]" (no verb, comma or clause word inside it).
_PRESENT_SUBJECT = re.compile(r"(?:^|(?<=\bthat )|(?<=\bsaid )|(?<=\bsays )|(?<=^\")|(?<=, and ))"
                              r"(?P<np>"
                              r"(?!(?:It|it|This|this|That|that|They|they|These|these)\s)"
                              r"[\w’'-]+(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|"
                              r"could|can|may|might|did|does|do|not|never|that|which|who|"
                              r"said|says|and|but)\s)[\w’'-]+){1,9}?)\s+$")
#: Words after "the/a" that make "cause", "causes" a noun ("the main cause").
_NOUN_BEFORE = frozenset({"the", "a", "an", "main", "root", "chief", "major", "probable",
                          "likely", "leading", "primary", "real", "its", "their", "his", "her",
                          "of", "in", "on", "for", "to", "with", "by"})


def _present_clause(text: str, match: re.Match[str]) -> Clause | None:
    """A clause for a present effect verb whose subject opens the sentence and which the clause
    reader did not read ("Rising costs cause X", "A lack of credit contributes to X")."""
    head = match.group("verb").split()[0]
    low = head.lower()
    if low.endswith("ed") or low in {"led", "brought"} or not head.islower():
        return None
    found = _PRESENT_SUBJECT.search(text, 0, match.start())
    if found is None:
        return None
    np = found.group("np")
    last = np.split()[-1].lower()
    if last in _NOUN_BEFORE or last in MODAL_VERBS or base_form(last) is not None and \
            not last.endswith("s") or low == base_form(low) and not last.endswith("s"):
        return None  # ("the main cause", "could cause"; a bare verb after a singular noun)
    group = VerbGroup((head,), head, "present3" if low.endswith("s") else "present")
    return Clause(opening_lowered(np), found.start("np"), found.end("np"), group, match.start(),
                  match.start() + len(head), text[match.start() + len(head):].lstrip(), 0, 0)


#: A place after "led to" / "leads to": the way somewhere, no effect.
_PLACE_END = re.compile(r"(?:the\s+)?(?:[a-z]+\s+)?(?:village|town|city|border|coast|river|"
                        r"sea|airport|station|capital|centre|center|square|port|bridge|"
                        r"building|door|room|house|road|motorway|highway|beach|valley|"
                        r"mountains?|lake|harbour|harbor|entrance|exit|gate|hall)\b")


#: A subject that denies the verb ("No deaths were caused by X", "Neither case").
_NO_SUBJECT = re.compile(r"(?:neither|no|none|nothing|nobody)\b", re.IGNORECASE)
#: Words that deny the verb they go with ("did not cause"): nothing was caused.
_DENIAL = frozenset({"not", "never", "n't", "cannot", "didn't", "doesn't", "don't", "hasn't",
                     "haven't", "hadn't", "won't", "wouldn't", "couldn't"})


def _effect_facts(text: str, clauses: list[Clause], matches: Iterator[re.Match[str]]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """The facts of each effect verb ``matches`` finds (see :func:`effect_verb_facts`)."""
    for match in matches:
        verb = match.group("verb").lower()
        clause = owning_clause(text, clauses, match.start())
        if clause is None:
            clause = _present_clause(text, match)
        if clause is not None and _DENIAL.intersection(w.lower() for w in clause.group.words):
            continue  # ("A faulty cable did not cause the outage": no cause)
        if verb.startswith(("lead", "led")) and _PLACE_END.match(text, match.end()):
            continue  # ("The road leads to the village": a way, no effect)
        if clause is None and (" that " in text or " which " in text):
            whole = relative_subject(text, clauses, match.start())
            effect = cut_span(text, match.end()) if whole is not None else None
            whole, group = _group_off(whole) if whole is not None else (None, "")
            if whole is not None and cut_before_verb(text, whole):
                whole = None  # (the card writer would read it on to the clause's end)
            if whole is not None and effect is not None and not DEMONSTRATIVE.match(
                    effect) and (is_past_tense(verb.split()[0]) or group[:1] in {"c", "w", "m"}
                                 ) and word_count(effect) <= 16 and word_count(whole) >= 3:
                # ("when a drought that had lasted three years led to restrictions"; "a strike
                # that began in May has also led to X": "What has also led to X?")
                yield AnswerKind.CAUSE, f"What {group}{verb} {effect}", whole, ()
                continue
        if clause is None and " to " in text[max(0, match.start() - 14):match.start() + 1]:
            before = [c for c in clauses if c.verb_end <= match.start()]
            clause = before[-1] if before else None  # ("is expected to lead to": "is expected")
            if clause is None or not any(w in {"is", "are", "was", "were"}
                                         for w in clause.group.words):
                continue
        if clause is not None and any(w in {"is", "are", "was", "were", "be", "been"}
                                      for w in clause.group.words):
            expected = _expected_effect(text, clause, match)
            if expected is not None:
                yield expected
            continue  # "was caused by X" has its own rule
        if clause is not None and text.endswith(", which ", 0, clause.verb_start) and any(
                c.verb_end <= clause.subject_start for c in clauses):
            # "The army seized the airport, which led to a ceasefire": the seizure led to it,
            # not the airport (a "which" after a whole clause stands for the clause)
            yield from _clause_which_facts(text, clauses, match, verb)
            continue
        owner = clause
        if clause is not None and _RELATIVE_GAP.fullmatch(
                text[clause.subject_end:clause.verb_start]):
            clause = _definite(clause)  # "its 2003 invasion, which resulted in X"
        if clause is None or is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject) \
                or names_someone(clause.subject) or _BARE_APPOSITION.fullmatch(
                    clause.subject) and text[:clause.subject_start].rstrip().endswith(","):
            continue  # ("not load the club with debt, a practice that has led to X": which?
            # "The man who led the protest caused a stir": someone, told by a common noun)
        made = _OBJECT_TO.match(text, match.end()) if verb in _MAKING_TO else None
        if made is not None and _made_to_act(made):
            continue  # "prompted Y to do Z" has its own rule
        effect = cut_span(text, match.end())
        if effect is None or DEMONSTRATIVE.match(effect) or verb.startswith("add") and \
                _ADDED_TO_HEADS.isdisjoint(effect.lower().split()[:5]):
            continue
        subject = first_lower(clause.subject)
        head, _, particle = verb.partition(" ")
        base = head if head in _BARE_EFFECT_VERBS else base_form(head)
        if base is None:
            continue
        support = "did" if is_past_tense(head) and head != base else \
            "do" if head == base else "does"
        if head == base and clause.group.tense != "aux":
            # a plural subject's present ("Storms cause Y"): "What causes Y?"
            verb = f"{third_person(base)}{verb[len(head):]}"
        tail = f" {particle}" if particle else ""
        if clause.group.tense == "aux" and clause.verb_start < match.start() < clause.verb_end \
                and not any(w in {"is", "are", "was", "were", "be", "been"}
                            for w in clause.group.words):
            # "X had led to Y": "What had X led to?" / "What had led to Y?"
            inverted = question_predicate(subject, clause.group, particle)
            if inverted is not None:
                yield AnswerKind.EFFECT, f"What {inverted}", effect, ()
                if word_count(effect) <= 16 and clause is owner and not _owned(text, clause):
                    yield (AnswerKind.CAUSE,
                           f"What {_singular(clause.group.text)}{tail} {effect}",
                           written_subject(text, clause), ())
            continue
        if clause.verb_start == match.start() or clause is clauses[0]:
            first = _FIRST_ACT.fullmatch(text, clause.verb_start, match.start())
            if first is not None:
                # "Negotiations continued for a year and led to X": which negotiations
                subject = f"{subject} that {first.group('act')}"
            yield (AnswerKind.EFFECT, f"What {support} {subject} {base}{tail}", effect,
                   ())
            if word_count(effect) <= 16 and clause is owner and not _OWNER_WORD.search(
                    effect) and not _owned(text, clause):
                # (not "its invasion" as answer; not "What led to the resignation of its chief
                # executive?": "its" is the answer's own, which the question cannot name)
                yield AnswerKind.CAUSE, f"What {verb} {effect}", written_subject(text, clause), ()


#: The auxiliaries and adverbs a verb group may open with (read off the end of a subject).
_GROUP_OPENERS = frozenset("""
    has have had could would might may will can also partly largely already now further
""".split())
_AGREE = {"have": "has"}


def _group_off(subject: str) -> tuple[str, str]:
    """``subject`` without the auxiliaries and adverbs read at its end, and those words as a
    group agreeing with "What" ("a strike that began in May has also" -> "has also ")."""
    words = subject.split()
    k = len(words)
    while k > 1 and words[k - 1] in _GROUP_OPENERS:  # (lower case: not the month "May")
        k -= 1
    group = [_AGREE.get(w, w) for w in words[k:]]
    if group and group[0] not in _GROUP_AUX:
        return subject, ""  # (an adverb alone ends no subject: keep it as read)
    return " ".join(words[:k]), "".join(f"{w} " for w in group)


_GROUP_AUX = frozenset("has had could would might may will can".split())


#: "is expected to lead to", "was likely to cause": a forecast effect.
#: The bare forms the effect-verb pattern reads ("could lead to", "could trigger").
_BARE_EFFECT_VERBS = frozenset({"lead", "fuel", "cause", "spark", "trigger", "provoke",
                                "prompt", "spur", "necessitate", "result", "contribute", "bring",
                                "add"})
_FORECAST = frozenset({"expected", "forecast", "predicted", "projected", "likely", "set",
                       "bound", "certain", "unlikely"})
_PLAIN_BE = frozenset({"is", "are", "was", "were"})


def _expected_effect(text: str, clause: Clause, match: re.Match[str]
                     ) -> tuple[AnswerKind, str, str, tuple[str, ...]] | None:
    """"The merger is expected to lead to the loss of 2,000 jobs" -> "What is the merger
    expected to lead to?" (only the effect is asked: a forecast's cause is its subject)."""
    words = clause.group.words
    main = clause.group.main.lower()
    if words[0] not in _PLAIN_BE or main not in _FORECAST and not (
            main in _PLAIN_BE and text.startswith(("likely", "unlikely", "certain"),
                                                   clause.verb_end + 1)):
        return None
    gap = text[clause.verb_end:match.start()]
    if not re.fullmatch(r"\s+(?:(?:likely|unlikely|certain)\s+)?to\s+", gap) or is_pronoun(
            clause.subject) or VAGUE_SUBJECT.match(clause.subject) or word_count(
            clause.subject) > 8 or any(ch in clause.subject for ch in ",;:\"“”()"):
        return None
    effect = cut_span(text, match.end())
    verb = match.group("verb").lower()
    head, _, particle = verb.partition(" ")
    base = head if head in _BARE_EFFECT_VERBS else base_form(head) or head
    if effect is None or DEMONSTRATIVE.match(effect) or base != head:
        return None  # (after "to" the verb is bare: "to lead to", "to cause")
    be = words[0]
    middle = " ".join(words[1:])
    adjective = gap.split()[0] if gap.split()[0] != "to" else ""
    frame = " ".join(w for w in (middle, adjective) if w)
    tail = f" {particle}" if particle else ""
    return (AnswerKind.EFFECT, f"What {be} {first_lower(clause.subject)} {frame} to {base}{tail}",
            effect, ())


_RELATIVE_GAP = re.compile(r",?\s+(?:which|that)\s+")
#: A noun read as a relative clause's subject right after a preposition: an object inside a
#: longer phrase, not surely what the relative stands for.
_AFTER_PREPOSITION = re.compile(r"\b(?:at|of|for|in|on|with|by|from|to|near|into|onto|off|"
                                r"outside|inside|across|along|under|over|through|behind)\s+$")
_COMMA_WHICH = re.compile(r",\s+which\s+")
#: A place or a body named before ", which" ("the Palace of Chess on Rustaveli Avenue, which"):
#: no cause of what follows.
_NAME_WHICH = re.compile(r"(?:[Tt]he\s+)?(?!(?:The|A|An)\s)[A-Z][^,;:]*,\s+which\s+")
#: "a practice", "a move": an apposition standing for what the clause before told.
_BARE_APPOSITION = re.compile(r"(?:an?|one)\s+[a-z-]+")
_OWNER_WORD = re.compile(r"\b(?:its|their)\b")
#: The act a subject did before "and led to" ("continued for over a year, and").
_FIRST_ACT = re.compile(r"(?P<act>[a-z][^,;:()\"“”]{2,60}?),?\s+and\s+")
_POSSESSIVE_DET = re.compile(r"^(?:its|their|his|her)\s+(?=\S+\s+\S)", re.IGNORECASE)


def _clause_which_facts(text: str, clauses: list[Clause], match: re.Match[str], verb: str
                        ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The bank raised rates in March, which triggered a fall in prices" -> "The bank raised
    rates in March. What did this trigger?" and "What triggered a fall in prices?" (the
    clause before the "which" is the event; one with commas of its own or a pronoun subject
    is not restated)."""
    comma = text.rfind(", which ", 0, match.start())
    if comma < 0 or text[comma + len(", which "):match.start()].strip():
        return  # ("which could lead to X": what may happen is no effect yet)
    event_clause = next((c for c in reversed(clauses) if c.verb_end <= comma), None)
    head, _, particle = verb.partition(" ")
    base = head if head in _BARE_EFFECT_VERBS else base_form(head)
    if event_clause is None or base is None or not is_past_tense(head) or \
            is_pronoun(event_clause.subject) or VAGUE_SUBJECT.match(event_clause.subject) or \
            text[:event_clause.subject_start].strip()[-1:] not in {",", ""} or \
            MODAL_VERBS.intersection(w.lower() for w in event_clause.group.words):
        return
    event = text[event_clause.subject_start:comma].strip()
    effect = cut_span(text, match.end())
    if effect is None or DEMONSTRATIVE.match(effect) or word_count(event) > 24 or any(
            ch in _QUOTED.sub("", event) for ch in ",;:\"“”"):
        return
    statement = first_upper(first_lower(event)) if event_clause.first_token == 0 else \
        first_upper(event)
    tail = f" {particle}" if particle else ""
    yield AnswerKind.EFFECT, f"{statement}. What did this {base}{tail}", effect, ()
    if word_count(effect) <= 16 and word_count(event) >= 4:
        yield AnswerKind.CAUSE, f"What {verb} {effect}", event, ()


def _definite(clause: Clause) -> Clause:
    """The antecedent of a relative clause with its possessive made definite: "its 2003
    invasion, which resulted in ..." asks about "the 2003 invasion" (the owner is named just
    before, where the question cannot reach)."""
    subject = _POSSESSIVE_DET.sub("the ", clause.subject)
    return replace(clause, subject=subject) if subject != clause.subject else clause


_AFFECTING = frozenset("""
    angered angers outraged outrages alarmed alarms frustrated frustrates worried worries
    infuriated infuriates unsettled unsettles rattled rattles hurt hurts damaged damages
    weakened weakens boosted boosts delighted delights disrupted disrupts
    drew drawn draws
""".split()) | frozenset("""
    anger outrage alarm frustrate worry infuriate unsettle rattle damage weaken boost disrupt
""".split())
#: Verbs of harm or help done, whose subject is a cause only when it names no one.
_HARMING = frozenset("""
    hurt hurts damaged damages weakened weakens boosted boosts disrupted disrupts
    damage weaken boost disrupt
""".split())
#: Base forms read only after a modal ("could disrupt flights") or as a plural's present.
_BASE_FORMS = frozenset("""
    anger outrage alarm frustrate worry infuriate unsettle rattle damage weaken boost disrupt
    stop halt delay stall hamper hinder suspend prevent
""".split())
#: The words without which :func:`affect_facts` finds nothing (the caller's gate).
_TRAILING_CUE = re.compile(r",\s+(?:which\s+|in\s+turn\s+|thereby\s+)?(?:has\s+|have\s+|had\s+)?"
                           r"(?:sen|pric|mak|expl|forc|prom|lead|led|trig|spar|caus|put|driv|"
                           r"drov|push|rais|fuel|cutt|disr|dela|hurt|boos)")
AFFECT_VERBS = _AFFECTING | SUBJECT_CAUSE_WORDS | TRAILING_WORDS | {"blow", "straw", "meant",
                                                                    "means", "pointed", "points"}
#: "The decision to close the library drew sharp criticism from residents": what "drew" a
#: reaction is its cause; other objects ("drew 10,000 fans", "drew a map") are no reaction.
_DRAW_VERBS = frozenset({"drew", "drawn", "draws"})
_REACTION = re.compile(r"(?:(?:sharp|strong|fierce|harsh|heavy|widespread|immediate|angry|"
                       r"further|renewed|fresh|international|public|some|much|wide|warm|"
                       r"high|a\s+(?:sharp|strong|fierce|furious|angry|swift|mixed))\s+)?"
                       r"(?:criticism|condemnation|protests?|complaints?|anger|outrage|praise|"
                       r"backlash|rebuke|scrutiny|questions|objections|opposition|ire|fire|response|reaction"
                       r")\s+from\s+\S")


#: Verbs of stopping or holding something up, whose subject is the cause when it is an
#: event or a condition ("A dispute over rights has stopped work"), not when it is someone
#: acting ("The council delayed the vote": an actor).
HALT_VERBS = frozenset("""
    stopped halted delayed stalled hampered hindered suspended prevented
    stop halt delay stall hamper hinder suspend prevent
""".split())
_EVENT_SUBJECT = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Za-z-]+\s+){0,2}(?:dispute|row|strike|strikes|walkout|protest|weather|"
    r"protests|storm|storms|snow|snowfall|rain|rains|flooding|floods|fire|fires|fog|ice|wind|"
    r"winds|heatwave|drought|outage|shortage|shortages|lack|injury|illness|outbreak|pandemic|"
    r"war|conflict|lawsuit|legal\s+challenge|court\s+challenge|blockade|breakdown|failure|"
    r"fault|glitch|crash|collapse)"
    # the head ends the subject or a phrase after it follows ("The strike committee": no)
    r"(?:\s+(?:over|by|of|at|in|on|from|among|between|against|across|affecting)\s.*)?$")


#: Words before an adjective that looks like a verb ("the most damaged sites").
_DEGREE_WORDS = frozenset({"most", "least", "more", "less", "badly", "worst", "best", "very",
                           "severely", "heavily"})
#: (a halting event named by one noun, "The fire", is too thin an answer)
_DETERMINER = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)


def affect_facts(text: str, clauses: list[Clause]
                 ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Two strikes have further angered the government" -> "What has further angered the
    government?" (only the cause is asked: "what did the strikes anger" is not English); the
    cause a causative verb's subject or a ", which" names (:mod:`cause_v_subjects`)."""
    clauses = whole_subjects(text, clauses)
    subject_causes = list(subject_cause_facts(text, clauses))
    yield from subject_causes
    asked = {answer for _, _, answer, _ in subject_causes}  # (one card of a cause per verb)
    if "blow" in text or "straw" in text:
        yield from final_blow_facts(text, clauses)
    if " meant " in text or " means " in text:
        yield from thing_meant_facts(text)
    if "pointed to " in text or "points to " in text or "point to " in text:
        yield from pointed_facts(text, clauses)
    if ", " in text and _TRAILING_CUE.search(text):
        yield from trailing_effect_facts(text)
    if "reflect" in text or "mirror" in text:
        yield from reflected_facts(text, clauses)
    if "left " in text or "leaves " in text:
        yield from left_doing_facts(text, clauses)
    if " behind " in text:
        yield from behind_facts(text, clauses)
    if " that " in text or " which " in text:
        yield from relative_subject_facts(text, clauses)
    if ", which " in text:
        yield from which_cause_facts(text, clauses)
    for clause in clauses:
        main = clause.group.main.lower()
        if main not in _AFFECTING and not (main in HALT_VERBS and _EVENT_SUBJECT.match(
                clause.subject) and len(_DETERMINER.sub("", clause.subject).split()) >= 2) or \
                is_pronoun(clause.subject) or \
                _PREPOSITION_START.match(clause.subject) or \
                clause.subject.split()[-1].lower() in _DEGREE_WORDS:
            continue  # ("closed due to flooding that damaged X": "due to flooding" is no subject;
            # "close four of the most damaged dive sites": an adjective, no verb)
        if any(w in {"is", "are", "was", "were", "been", "be"} for w in clause.group.words):
            continue  # passive: "was hurt in the crash"
        if main in _BASE_FORMS and clause.group.words[0] not in MODAL_VERBS and \
                clause.group.tense != "present" or _DENIAL.intersection(clause.group.words):
            continue  # ("to delay the vote", "could not stop": no act of the subject)
        if main in _HARMING and (names_someone(clause.subject) or clause.subject.split()[
                -1].lower() in NOT_CAUSE_HEADS or names_people(clause.subject)):
            continue  # ("The minister has weakened the bill": someone's act, no "What")
        if _which_time(text, clause):
            continue  # ("cut 300 jobs last year, which hurt X": the "which" is the clause)
        obj = trim_predicate(clause.rest, 14)
        if not obj or VAGUE_SUBJECT.match(clause.subject) or not _OBJECT_START.match(obj) or \
                TIME_OBJECT.match(obj):
            continue  # ("The crown weakened nearly 0.4%": no object, nothing was weakened;
            # "Air pollution worsened last winter": a subject that changed, no cause)
        if clause.group.words[0] in _FORESEEING and _FORESEEN.search(text, 0, clause.subject_start):
            continue  # ("..., warning that the rule would hurt shops": whose claim, unasked)
        if main in _DRAW_VERBS and (not _REACTION.match(obj) or not common_head(clause.subject)
                                    or len(_DETERMINER.sub("", clause.subject).split()) < 2):
            continue  # ("The mayor drew criticism": whose act, not told; "drew 10,000 fans")
        if written_subject(text, clause) in asked:
            continue  # ("has also hampered X": asked by the subject rule already)
        words = list(clause.group.words)
        if words[0] in {"have", "has"}:
            words[0] = "has"
        verb = " ".join(words)
        # ("His exclusion has thrown X into doubt": causes names "his" or drops the fact)
        yield AnswerKind.CAUSE, f"What {verb} {obj}", written_subject(text, clause), ()


#: Modals of a foreseen act, and the report or warning that foresees it just before.
_FORESEEING = frozenset({"would", "could", "might", "may", "will", "can"})
_FORESEEN = re.compile(r"\b(?:warn\w*|fear\w*|sa(?:y|ys|id|ying)|predict\w*|argu\w*|"
                       r"claim\w*|worr\w*|expect\w*|believ\w*|think\w*|thought)\s+"
                       r"(?:that\s+)?$")
_PREPOSITION_START = re.compile(r"(?:due|owing|thanks|because|according|to|of|in|on|at|by|"
                                r"for|from|with|after|following|amid)\b")
_OBJECT_START = re.compile(r"(?!\d|(?:nearly|almost|about|around|by|to|from|up|down|more|less|"
                           r"over|under|in|on|at|for|sharply|slightly|further)\b)")
_PARTICIPLE_EFFECT = re.compile(r"(?:,\s+|\s+while\s+|(?<=\w)\s+and\s+)"
                                r"(?:(?:eventually|ultimately|thereby|in turn)\s+)?"
                                r"(?P<verb>leading to|resulting in|prompting|sparking|causing|"
                                r"triggering|ending|forcing(?![^,;:]*?\bto\s+[a-z]+\b)|"
                                # "X broke through a dyke and forced the evacuation of Y"
                                r"(?<=and )(?:forced|ended)(?![^,;:]*?\bto\s+[a-z]+\b)|"
                                # harm done, after a comma only ("burst its banks, flooding
                                # dozens of homes"; not "of stabbing a man and injuring two")
                                r"(?<=, )(?:flooding|stranding|destroying|damaging|killing|"
                                r"injuring|wounding|wiping|"
                                # a market move: "sending its shares down almost 18%"
                                r"sending(?=\s[^,;:]*?\b(?:down|up|soaring|tumbling|plunging|"
                                r"higher|lower)\b)))\s+")
# "The U.S. responded Tuesday, hitting three sites": one participle phrase belongs to the event
_ONE_ING = re.compile(r",\s+[a-z]+ing\b[^,;:\"“”]*$")
_PARTICIPLE_ASK = {"leading to": "lead to", "resulting in": "result in", "prompting": "prompt",
                   "sparking": "spark", "causing": "cause", "triggering": "trigger",
                   "ending": "end", "forcing": "force", "forced": "force", "ended": "end"}
#: Where an act forces people ("forcing commuters onto highways", "forcing families out of
#: their homes").
_FORCED_WHERE = re.compile(r"\s(?:onto|into|out\s+of|off|from|away|back|indoors|home)\b")
#: A non-restrictive relative after the event's subject ("Rail, which carries 310,000
#: passengers a day, had cancelled ..."): the event reads well without it.
_SUBJECT_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:[^,;:\"“”]|(?<=\d),(?=\d)){3,80},\s+")


def participle_effect_facts(text: str, clauses: list[Clause]
                            ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The unit overheated in orbit, leading to the loss of the craft" -> "The unit overheated
    in orbit. What did this lead to?" (the event is restated, then asked about); ", forcing Y
    to do Z" asks what forced Y to do Z (:func:`cause_v_subjects.made_to_facts`)."""
    clauses = whole_subjects(text, clauses)
    if ", forcing " in text or ", prompting " in text or ", leading " in text or \
            ", compelling " in text:
        yield from made_to_facts(text, clauses)
    for match in _PARTICIPLE_EFFECT.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner:
            continue
        clause = owner[-1]
        end = match.start()
        if clause.group.main.lower() in SAYING_VERBS and len(owner) > 1 and text[
                :clause.subject_start].rstrip().endswith(","):
            # "X won the vote, the commission said on Monday, ending ...": X's act ended it
            end = len(text[:clause.subject_start].rstrip()) - 1
            clause = owner[-2]
        if is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject) or \
                clause.group.main.lower() in SAYING_VERBS:
            continue
        event = text[clause.subject_start:end].strip()
        relative = _SUBJECT_RELATIVE.match(text, clause.subject_end)
        if relative is not None and relative.end() < clause.verb_end:
            event = f"{text[clause.subject_start:clause.subject_end]} " \
                    f"{text[relative.end():end].strip()}"
        if (word_count(event) > 24 or any(ch in _ONE_ING.sub("", _QUOTED.sub("", event))
                                          for ch in ",;:\"“”")
                or clause.subject_start > 0 and text[:clause.subject_start].strip()[-1:] not in
                {",", ""} and not ends_with(_WHEN_BEFORE, text, clause.subject_start) and not
                REPORTED.fullmatch(text, 0, clause.subject_start)):
            continue
        said = clause.subject_start > 0 and REPORTED.fullmatch(text, 0, clause.subject_start)
        if said:
            # "Police said the gunman had fled, prompting X": the saying or what was said
            # prompted X, so both are the event (told with who said it)
            if is_pronoun(text.split()[0]):
                continue
            event = text[:end].strip()
            clause = replace(clause, first_token=0)
        effect = cut_span(text, match.end())
        if effect is None or DEMONSTRATIVE.match(effect) or _NO_EFFECT.match(effect):
            continue  # (", damaging nothing", ", injuring no one": no effect to learn)
        statement = first_upper(first_lower(event)) if clause.first_token == 0 else \
            first_upper(event)
        ask = _PARTICIPLE_ASK.get(match.group("verb"))
        if ask == "force" and _FORCED_WHERE.search(effect):
            ask = None  # "forcing commuters onto highways": forced where, not what
        if ask is None:
            # "forcing commuters onto highways", "flooding dozens of homes": the effect is the
            # participle's whole phrase ("What did this force?" has no one object to answer)
            yield AnswerKind.EFFECT, f"{statement}. What effect did this have?", \
                f"{match.group('verb')} {effect}", ()
            continue
        yield AnswerKind.EFFECT, f"{statement}. What did this {ask}", effect, ()
        reverse = _PARTICIPLE_REVERSE.get(ask)
        if reverse is not None and word_count(effect) <= 16 and word_count(event) >= 4 and \
                "," not in event and \
                not MODAL_VERBS.intersection(w.lower() for w in clause.group.words):
            # "X, prompting a formal complaint from the union" -> "What prompted a formal
            # complaint from the union?" -> X (the link read from its other end)
            yield AnswerKind.CAUSE, f"What {reverse} {effect}", event, ()


#: An effect that is none: "nothing", "no one", "no homes".
_NO_EFFECT = re.compile(r"(?:nothing|nobody|none|no)\b", re.IGNORECASE)
#: The participles whose effect can be asked from its other end ("What prompted Y?").
_PARTICIPLE_REVERSE = {"prompt": "prompted", "spark": "sparked", "trigger": "triggered",
                       "cause": "caused", "lead to": "led to", "result in": "resulted in"}
#: A clause about what may or will happen: nothing it prompted has happened.


#: A short quotation inside an event ("flagged "moderate deterioration" on the cables"): the
#: event stays one clause.
_QUOTED = re.compile(r"(?<=\s)(?:\"[^\",;:]{1,40}\"|“[^”,;:]{1,40}”)(?=[\s.])")
_WHEN_BEFORE = Ending(r",\s+when\s+$", "n")
_CAUSED_BY = frozenset({"triggered", "caused", "sparked", "prompted", "fuelled", "fueled", "brought",
                        "driven", "provoked", "necessitated", "spurred", "started", "hampered",
                        "hindered", "disrupted", "contaminated", "polluted", "poisoned",
                        "worsened", "exacerbated", "aggravated"})


#: Verbs of holding something up whose agent is asked "What" only when it is a thing or an
#: event ("was delayed by heavy rain"), not someone or an amount ("by the council", "by two
#: hours").
_HELD_UP_BY = frozenset({"delayed", "halted", "stopped", "blocked", "prevented", "interrupted",
                         "stalled", "grounded", "damaged", "destroyed"})
#: "after a campaign dominated by a surge in violence": an event named with what filled or
#: spoiled it, in a reduced relative after the noun.
_MARKED_BY = re.compile(r"\b(?:an?|the)\s+(?P<noun>(?:[a-z-]+\s+)?(?:campaign|summit|"
                        r"election|race|debate|tournament|visit|tour|trial|meeting|talks|"
                        r"conference|festival|match|final|ceremony|launch))\s+"
                        r"(?P<verb>dominated|overshadowed|"
                        r"marred|plagued|clouded|disrupted|hampered)\s+by\s+")
_MARKED_CUES = (" dominated by ", " overshadowed by ", " marred by ", " plagued by ",
                " clouded by ", " disrupted by ", " hampered by ")


def _marked_by(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"... won after a campaign dominated by a surge in violence" -> "What dominated the
    campaign?" (a surge in violence); the noun is one of the article's own events, so "the"."""
    for match in _MARKED_BY.finditer(text):
        cause = cut_span(text, match.end())
        if cause is None or DEMONSTRATIVE.match(cause) or not is_cause_thing(cause):
            continue  # ("a campaign dominated by the two front-runners": who, not what)
        yield AnswerKind.CAUSE, f"What {match.group('verb')} the {match.group('noun')}", cause, ()


_FROM_ACT = re.compile(r"\sfrom\s+[a-z]+ing\b")
_CAUSED_BY_VERBS = ("caused", "triggered", "sparked")  # (the verbs the pattern ends with)
_CAUSED_BY_AFTER_RELATIVE = re.compile(
    r"(?:\bthat\s+|,\s+|^)(?P<np>(?:[Aa]n?|[Tt]he)\s+[^,;:\"“”]{2,60}?)\s+(?:that|which)\s+"
    r"[^,;:\"“”]{3,60}?\s+(?:was|were)\s+(?P<verb>caused|triggered|sparked)\s+by\s+")
#: A verb inside what was read as the noun before "that": a report, not a thing.
_FINITE_IN_NP = re.compile(r"\b(?:has|have|had|said|says|found|finds|showed|shows|is|are|was|"
                           r"were|will|would)\b")
#: "The landslide, caused by two days of heavy rain, closed the road": a reduced relative
#: set off by commas.
_APPOSITION_CUES = (", caused", ", triggered", ", sparked", ", fuelled", ", fueled", ", driven",
                    ", made worse", ", hampered", ", prompted", ", spurred", ", worsened",
                    ", exacerbated", ", provoked")
_CAUSED_BY_APPOSITION = re.compile(
    r"(?:\b(?:that|said|says)\s+|,\s+|^)(?P<np>(?:[Aa]n?|[Tt]he)\s+[^,;:\"“”]{2,60}?),\s+"
    r"(?P<verb>caused|triggered|sparked|fuelled|fueled|driven|made\s+worse|hampered|prompted|"
    r"spurred|worsened|exacerbated|provoked)\s+(?:(?:largely|partly|mainly|mostly|in\s+part)\s+)?"
    r"by\s+")
#: The active past of a participle the patterns above read, where the two differ.
_ACTIVE_PAST = {"driven": "drove"}


def _caused_by_after_relative(text: str, clauses: list[Clause]
                              ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"an outbreak of Legionnaires' disease that has killed three people was caused by X"
    -> "What caused the outbreak of Legionnaires' disease?" (a relative clause between the
    subject and its verb hides the clause from the clause reader)."""
    appositions = _CAUSED_BY_APPOSITION.finditer(text) if any(
        map(text.__contains__, _APPOSITION_CUES)) else ()
    relatives = _CAUSED_BY_AFTER_RELATIVE.finditer(text) if any(
        map(text.__contains__, _CAUSED_BY_VERBS)) else ()
    for match in (*relatives, *appositions):
        at = match.start("verb")
        if any(c.verb_start <= at < c.verb_end and not c.subject.lower().startswith((
                "that", "which")) and c.subject_start <= match.start("np") for c in clauses):
            continue  # the clause reader has it
        if _FINITE_IN_NP.search(match.group("np")) or any(
                match.start("np") <= c.verb_start < match.end("np") for c in clauses):
            continue  # ("The company has said an investigation found that X was caused by";
            # "The coroner ruled that X was caused by": a clause, not a thing)
        cause = cut_span(text, match.end())
        thing = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "the ", match.group("np"))
        if cause is not None and not DEMONSTRATIVE.match(cause):
            verb, worse, _ = " ".join(match.group("verb").split()).partition(" worse")
            asked = f"{_ACTIVE_PAST.get(verb, verb)} {thing}{worse}"
            yield AnswerKind.CAUSE, f"What {asked}", cause, ()


def caused_by_facts(text: str, clauses: list[Clause]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The crisis was triggered by X" -> "What triggered the crisis?" (X)."""
    clauses = whole_subjects(text, clauses)
    yield from _caused_by_after_relative(text, clauses)
    if ", " in text:
        yield from _participle_cause(text, clauses)
    if any(map(text.__contains__, _MARKED_CUES)):
        yield from _marked_by(text)
    for clause in clauses:
        words = clause.group.words
        main = clause.group.main.lower()
        if main == "made" and _PASSIVE_OR_BE.intersection(words):
            yield from _made_by(text, clause)
            continue
        if main in _PARTICLE_VERBS and _PARTICLE_BY.match(text, clause.verb_end) and \
                _PASSIVE_WORDS.intersection(words):
            yield from _pressed_by(text, clauses, clause)  # ("pushed up by X")
            continue
        if main not in _CAUSED_BY and main not in _HELD_UP_BY and main not in _PRESSED_BY or \
                not _PASSIVE_OR_BE.intersection(words) or _DENIAL.intersection(words):
            continue  # (and "was not caused by X": no cause)
        if main in _PRESSED_BY:
            yield from _pressed_by(text, clauses, clause)
            continue
        about = " about" if main == "brought" else ""  # ("was brought about by X")
        if about and not text.startswith(about, clause.verb_end):
            continue
        by = _BY_DEGREE.match(text[clause.verb_end + len(about):])
        if by is not None and main in _CAUSED_BY and clause.subject[-3:].lower() in {
                " it", "it"} and "the " in text[:clause.subject_start].lower():
            # "The cause of the fire is not known, but reports say it was started by X"
            asked = it_caused_question(text, clause, main)
            cause = cut_span(text, clause.verb_end + by.end())
            if asked is not None and cause is not None and not DEMONSTRATIVE.match(cause):
                yield AnswerKind.CAUSE, asked, cause, ()
            continue
        if by is not None and OWNED_START.match(text, clause.subject_start) and main in _CAUSED_BY:
            owned = _owner_reported(text, clauses, clause, main, by.end())
            if owned is not None:
                yield owned
            continue
        if by is None or is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject) or \
                _NO_SUBJECT.match(clause.subject):
            continue  # (and "No deaths were caused by X": nothing was)
        frame = _REPORTED_SUBJECT.match(clause.subject)
        if frame is None and _REPORTING_IN_SUBJECT.search(clause.subject):
            continue  # a frame that cannot be put back in front of the question
        cause = _unreported(cut_span(text, clause.verb_end + len(about) + by.end()))
        if cause is None or DEMONSTRATIVE.match(cause):
            continue
        if main in _HELD_UP_BY and (not is_cause_thing(cause) or _FROM_ACT.search(cause)):
            # "was delayed by the referee", "by two hours": no cause to ask "What"; "blocked
            # by party rules from standing again": what it kept someone from is asked there
            continue
        who = _second_verb_speaker(text, clauses, clause) if frame is None else None
        if who is not None:
            # "X apologised and said the failures were caused by Y" -> "What did X say
            # caused the failures?": whose claim it is
            yield (AnswerKind.CAUSE, f"What did {who} say {past_of(base_form(main) or main)}"
                   f"{about} {first_lower(clause.subject)}", cause, ())
            continue
        base = base_form(main) or main
        verb = _active_verb(words, main)
        if frame is not None:
            # "Investigators believe the fire was caused by X" -> "What do investigators
            # believe caused the fire?"
            said = frame.group("verb").lower()
            support = ("did" if said.endswith("ed") or said in {"thought", "said", "knew"}
                       else "does" if said.endswith("s") else "do")
            said_base = base_form(said) or said
            if support == "does":
                said_base = said[:-1]
            yield (AnswerKind.CAUSE, f"What {support} {first_lower(frame.group('who'))} "
                   f"{said_base} {_past_as_written(base, main)} {first_lower(frame.group('what'))}",
                   cause, ())
            continue
        hedge = by.group("hedge") or next((w for w in words if w in _HEDGES), None)
        if hedge is not None:  # ("was probably caused by", "was caused in part by")
            first, _, last = _singular(verb).rpartition(" ")
            verb = f"{first} {_HEDGES[' '.join(hedge.split())]} {last}".strip()
        yield AnswerKind.CAUSE, f"What {_singular(verb)}{about} {_asked(clause.subject)}", cause, ()


def _asked(subject: str) -> str:
    """A subject as a question writes it after the verb: "Sales" -> "sales" (one common
    noun opening the sentence), "The budget" -> "the budget", a name as written."""
    if " " not in subject and subject[1:].islower() and common_head(subject):
        return subject.lower()
    return first_lower(subject)


_PASSIVE_WORDS = frozenset({"was", "were", "is", "are", "been"})
#: (and "be" after a modal: "could be caused by")
_PASSIVE_OR_BE = _PASSIVE_WORDS | {"be"}


def _active_verb(words: tuple[str, ...], main: str) -> str:
    """The active verb that asks "What <verb> Y?" of a passive group ("has been pushed up by X"
    -> "has pushed", "is being fuelled by X" -> "is fuelling", "were hit by X" -> "hit")."""
    base = base_form(main) or main
    if words[0] in MODAL_VERBS:
        # "could be caused by X" -> "could cause"; "may have been caused" -> "may have caused"
        return f"{words[0]} have {main}" if "been" in words else f"{words[0]} {base}"
    if "been" in words:
        return f"{'had' if words[0] == 'had' else 'has'} {main}"
    if "being" in words:
        return f"is {_ing_as_written(base, main)}"
    if words[0] in {"is", "are"}:
        return third_person(base)
    return _past_as_written(base, main)


def _ing_as_written(base: str, participle: str) -> str:
    """The "-ing" form of ``base`` spelt as the sentence spells its participle ("fuelled" ->
    "fuelling", not "fueling")."""
    return f"{base}ling" if participle.endswith("lled") and not base.endswith("ll") else \
        gerund(base)


def _past_as_written(base: str, participle: str) -> str:
    """The past of ``base`` spelt as the sentence spells its participle ("was fuelled by" ->
    "What fuelled", not "fueled"): a regular participle is the past itself."""
    past = past_of(base)
    return participle.lower() if participle.endswith("ed") and past.endswith("ed") else past
#: "by", with how far the agent did it before it ("driven largely by falling birth rates").
_BY_DEGREE = re.compile(r"\s+(?:(?P<hedge>partly|in\s+part|probably)\s+|(?:largely|mainly|mostly|"
                        r"primarily|chiefly|also)\s+)?by\s+")
#: A hedge the question keeps ("What partly fuelled X?": the answer is one cause of several).
_HEDGES = {"partly": "partly", "in part": "partly", "probably": "probably"}
#: Verbs of pressing on, wearing down or lifting something whose "by" is its cause when that
#: is a thing, not someone ("The budget has been squeezed by rising care costs"; not "was
#: hit by a bus driver").
_PRESSED_BY = frozenset("""
    squeezed stretched strained battered weakened eroded undermined dampened depressed buoyed
    bolstered hurt hit exacerbated compounded crippled devastated ravaged overwhelmed swamped
    stoked fanned inflamed intensified heightened accelerated deepened curbed constrained
    dented eaten weighed dragged threatened harmed damaged hampered hindered boosted pushed
    forced
""".split())
#: Verbs of moving something that name a cause with a particle before "by" ("prices have been
#: pushed up by X", "wages were held down by Y", "rates were driven higher by Z").
_PARTICLE_VERBS = frozenset("""
    pushed driven held kept dragged forced sent pulled knocked weighed
""".split())
_PARTICLE_BY = re.compile(r"\s+(?:up|down|higher|lower|back)\s+(?:(?:largely|mainly|partly|"
                          r"mostly|also)\s+)?by\s")
#: "its own budget": an owner's word and the thing owned.
_ITS = re.compile(r"[Ii]ts\s+(?:own\s+)?(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})$")


def _pressed_by(text: str, clauses: list[Clause], clause: Clause
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The budget has been squeezed by rising care costs" -> "What has squeezed the
    budget?"; "the council ... from its own budget, which has been squeezed by X" -> "What has
    squeezed the council's budget?" (a thing the cause, "its" the sentence's opening body)."""
    by = _PRESSED_BY_AGENT.match(text, clause.verb_end)
    if by is None or clause.group.words[-1] not in {"been", *_PRESSED_BY, *_PARTICLE_VERBS} or \
            not by.group("particle") and clause.group.main not in _PRESSED_BY:
        return  # ("was held by police": only "held down by X" is a cause)
    cause = _unreported(cut_span(text, by.end()))
    if cause is None or DEMONSTRATIVE.match(cause) or not blamable(cause) or \
            word_count(cause) > 12:
        return
    subject = clause.subject
    its = _ITS.fullmatch(subject)
    if its is not None:
        owner = _its_owner(text, clauses, clause)
        if owner is None:
            return
        subject = f"{owner}{'’' if '’' in text else chr(39)}s {its.group('thing')}"
    elif is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or OWNED_START.match(subject) or \
            not common_head(subject) and not by.group("into") or word_count(subject) > 8 or any(
                ch in subject for ch in ",;:\"“”()"):
        return  # (someone is asked of only where they were pushed: "into striking")
    verb = _active_verb(clause.group.words, clause.group.main)
    asked = subject.lower() if " " not in subject and subject[1:].islower() else \
        first_lower(subject)  # ("Sales were buoyed by X": a common noun opening the sentence)
    into = by.group("into") or ""
    particle = by.group("particle") or ""  # ("pushed up by X": "What pushed prices up?")
    yield (AnswerKind.CAUSE, f"What {verb} {asked}{into}{particle}", _TIME_AFTER.sub("", cause),
           ())


#: The agent of a verb of pressing, with where it pushed something first ("had been pushed
#: into striking by two years of stalled talks").
_PRESSED_BY_AGENT = re.compile(r"(?P<into>\s+(?:into|out\s+of)\s+[a-z][^,;:\"“”()]{1,40}?)?"
                               r"(?P<particle>\s+(?:up|down|higher|lower|back))?\s+"
                               r"(?:(?:largely|mainly|partly|mostly|badly|severely|further|"
                               r"also)\s+)?by\s+")


#: A time after a cause ("high waves on Sunday night"): when, not what.
_TIME_AFTER = re.compile(r"\s+(?:(?:on|last|this|early|late|overnight)\s+)?(?:on\s+)?(?:Monday|"
                         r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|"
                         r"night|weekend)(?:\s+(?:night|morning|afternoon|evening))?$")


def _its_owner(text: str, clauses: list[Clause], clause: Clause) -> str | None:
    """The body an "its" before ``clause`` stands for: the definite singular common noun
    ("The council") that opens the sentence, when every clause between is its own or told
    of by "it"; else None."""
    first = clauses[0]
    who = first_lower(first.subject)
    if first.first_token != 0 or not who.startswith("the ") or word_count(who) > 3 or \
            _PLURAL_NOUN.fullmatch(who.split()[-1]) or any(
                ch in who for ch in ",;:\"“”()") or names_someone(who):
        return None
    between = [c for c in clauses if first.verb_end <= c.subject_start < clause.subject_start]
    if any(c.subject not in {"it", "It"} for c in between):
        return None
    return who
#: Who told it, after the cause: ", said the lead author", ", according to X", with the
#: ", which" aside that runs up to it ("weeks of warm water, which reached 32C, said X").
_TOLD_AFTER_CAUSE = re.compile(r"(?:,\s+which\s[^,;:]*)?,\s+(?:said|says|according\s+to)\b")


def _unreported(cause: str | None) -> str | None:
    """A cause with who told it (and a relative aside before that) left out."""
    told = _TOLD_AFTER_CAUSE.search(cause) if cause and ", " in cause else None
    return cause[:told.start()] if told is not None and word_count(cause[:told.start()]) >= 2 \
        else cause
#: ", driven by a poor harvest": a participle after the clause that names its cause.
_DRIVEN_BY = re.compile(r",\s+(?:(?:largely|mainly|partly|mostly)\s+)?(?:driven|caused|triggered|"
                        r"fuelled|fueled|prompted|sparked|fanned|fed|spurred|boosted|buoyed|"
                        r"helped|hit|hurt|hampered|pushed\s+up|dragged\s+down|held\s+back|"
                        r"weighed\s+down)\s+(?:(?:largely|mainly|partly|mostly)\s+)?by\s+")


def _participle_cause(text: str, clauses: list[Clause]
                      ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The price of coffee has risen sharply this year, driven by a poor harvest in Brazil"
    -> "Why has the price of coffee risen sharply this year?" (a poor harvest in Brazil)."""
    for match in _DRIVEN_BY.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner or any(c.subject_start > owner[-1].verb_end for c in owner):
            continue
        cause = cut_span(text, match.end())
        question = why_question(text, owner[-1], match.start()) if cause else None
        if cause is not None and question is not None and not DEMONSTRATIVE.match(cause):
            yield AnswerKind.CAUSE, question, cause, ()
#: Between a speaker's first verb and the report in its second: "apologised to customers and
#: said (that)" (no comma or second subject between).
_AND_SAID_GAP = re.compile(r"[^,;:]{0,60}?\sand\s+said\s+(?:that\s+)?")


def _second_verb_speaker(text: str, clauses: list[Clause], clause: Clause) -> str | None:
    """Who reports ``clause`` in the second verb of the sentence's opening clause ("The
    mayor thanked the volunteers and said [clause]"), or ``None``."""
    first = clauses[0]
    if first is clause or first.first_token != 0 or " and said " not in text:
        return None
    gap = _AND_SAID_GAP.fullmatch(text, first.verb_end, clause.subject_start)
    who = first.subject
    if gap is None or is_pronoun(who) or word_count(who) > 6 or any(
            ch in who for ch in ",;:\"“”()"):
        return None
    return first_lower(who)
def _owner_reported(text: str, clauses: list[Clause], clause: Clause, main: str, by_end: int
                    ) -> tuple[AnswerKind, str, str, tuple[str, ...]] | None:
    """"The rider argued that his sample had been contaminated by a medicine" -> "What did
    the rider argue contaminated his sample?": "his" is the speaker's, whom the question
    names (any other owner's "his" is left unasked)."""
    parent = reporting_parent(text, clauses, clause, far=True)
    if parent is None or is_pronoun(parent.subject) or VAGUE_SUBJECT.match(parent.subject) or \
            word_count(parent.subject) > 6 or any(ch in parent.subject for ch in ",;:\"“”()") or \
            parent.group.tense != "past" and not parent.group.words[0] in {"had", "has"}:
        return None
    owner = text[clause.subject_start:clause.subject_end].split()[0].lower()
    plural = bool(_PLURAL_NOUN.fullmatch(parent.subject.split()[-1]))
    if (owner == "their") != plural or owner == "its" or word_count(clause.subject) > 5:
        return None
    cause = cut_span(text, clause.verb_end + by_end)
    said = base_form(parent.group.main.lower())
    if cause is None or DEMONSTRATIVE.match(cause) or said is None:
        return None
    owned = text[clause.subject_start:clause.subject_end]
    return (AnswerKind.CAUSE, f"What did {first_lower(parent.subject)} {said} "
            f"{past_of(base_form(main) or main)} {first_lower(owned)}", cause, ())


#: "had been made worse by X": what the state became, then its cause.
_MADE_BY = re.compile(r"\s+(?P<how>worse|better|harder|easier|possible|necessary|impossible|"
                      r"more\s+(?:difficult|expensive|dangerous|likely|urgent))\s+by\s+")


def _made_by(text: str, clause: Clause) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The crisis had been made worse by leaks, which waste a quarter of the water" -> "What
    had made the crisis worse?" (a one- or two-word cause keeps the relative clause that says
    which: "leaks" alone is not worth asking)."""
    by = _MADE_BY.match(text, clause.verb_end)
    if by is None or is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject):
        return
    cause = cut_span(text, by.end())
    if cause is None or DEMONSTRATIVE.match(cause):
        return
    after = by.end() + len(cause)
    if word_count(cause) <= 2 and text.startswith(", which ", after):
        which = cut_span(text, after + 2)
        cause = f"{cause}, {which}" if which else cause
    words = clause.group.words
    verb = (f"{words[0]} have made" if words[0] in MODAL_VERBS and "been" in words else
            f"{words[0]} make" if words[0] in MODAL_VERBS else
            "has made" if words[0] in {"has", "have"} else "had made" if "been" in words
            else "makes" if words[0] in {"is", "are"} else "made")
    yield AnswerKind.CAUSE, f"What {verb} {first_lower(clause.subject)} {by.group('how')}", \
        cause, ()


_REPORTED_SUBJECT = re.compile(
    r"^(?P<who>[A-Za-z][a-z]+s)\s+(?P<verb>believe|believed|think|thought|say|said|suspect|"
    r"suspected|fear|feared)\s+(?:that\s+)?(?P<what>(?:the|a|an|this|that|their|its)\s.+)$")
_REPORTING_IN_SUBJECT = re.compile(
    r"\b(?:believes?|believed|thinks?|thought|says?|said|suspects?|suspected|fears?|feared|"
    r"claims?|claimed|argues?|argued|insists?|insisted|knows?|knew|hopes?|hoped)\s")


#: Adverbs that tie a sentence to the one before ("also blamed"), left out of a question.
_SIDE_ADVERBS = frozenset({"also", "further", "again"})
_BLAMED = re.compile(r"\bblam(?:ed|es|e)\s+(?P<what>(?:[\w’'-]+\s+){0,7}?[\w’'-]+)"
                     r"(?:,\s+(?:which|that)\s+[^,;:\"“”()]{3,160}?,)?\s+on\s+")
#: How far a cause is blamed, closing what is blamed ("the slump largely").
_DEGREE_END = re.compile(r"\s+(partly|in part|largely|mainly|chiefly|primarily|mostly)$")
_BLAMED_PASSIVE = re.compile(r"\b(?:was|were|is|are|has been|have been)\s+blamed\s+on\s+")


_WHICH_BLAMED = re.compile(r",\s+which\s+(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+"
                           r"(?:(?P<verb>blamed|blames|blame)\s+(?:largely\s+|partly\s+|mainly\s+)?"
                           r"(?P<prep>on)|(?P<verb2>attributed|attributes|attribute)\s+"
                           r"(?:largely\s+|partly\s+|mainly\s+)?(?P<prep2>to))\s+")
_BLAME_SUPPORT = {"blamed": "did", "blames": "does", "blame": "do", "attributed": "did",
                  "attributes": "does", "attribute": "do"}


def _traced_by(match: re.Match[str]) -> tuple[str, str, str]:
    """The verb, its base form and its preposition of a ", which X blamed on / attributed
    to" match ("attributed", "attribute", "to")."""
    verb = match.group("verb") or match.group("verb2")
    base = "blame" if verb.startswith("blam") else "attribute"
    return verb, base, match.group("prep") or match.group("prep2")
#: An aside after the event that the statement can leave out ("fell to 51%, from 59% ...").
_ASIDE = re.compile(r",\s+(?:from|up from|down from|compared with|against)\s")


def _blamed_event(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The lander tipped over in March, which the company blamed on a software error" ->
    "The lander tipped over in March. What did the company say caused this?"."""
    for match in _WHICH_BLAMED.finditer(text):
        event = text[:match.start()].strip()
        aside = _ASIDE.search(event)
        if aside is not None:
            event = event[:aside.start()]
        who = first_lower(match.group("who"))
        if who in {"it", "they"}:
            yield from _blamed_by_subject(text, match)
            continue
        if is_pronoun(who) or who.split()[0] in {"they", "he", "she", "it", "we"}:
            continue
        if any(ch in event for ch in ",;:\"“”") or word_count(event) > 24:
            yield from _blamed_thing(text, match, who)
            continue
        clauses = find_clauses(event)
        if not clauses or clauses[0].first_token != 0:
            continue  # the statement must be a clause of its own
        cause = cut_span(text, match.end())
        verb, _, prep = _traced_by(match)
        if cause is not None:
            # ("... blame this on?" would end on a preposition after a full stop)
            yield (AnswerKind.CAUSE, f"{first_upper(event)}. What {_BLAME_SUPPORT[verb]} {who} "
                   "say caused this", cause, (f"{verb} {prep} {cause}",))


def _blamed_by_subject(text: str, match: re.Match[str]
                       ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The company reported a 9% fall in profit, to €312 million, which it blamed on weaker
    sales" -> "What did the company blame the 9% fall in profit on?": "it" is the subject
    of the clause whose object the "which" stands for."""
    clauses = [c for c in find_clauses(text[:match.start()]) if not is_pronoun(c.subject)]
    host = clauses[-1] if clauses else None
    if host is None or VAGUE_SUBJECT.match(host.subject) or word_count(host.subject) > 6 or \
            (match.group("who") == "they") != bool(_PLURAL_NOUN.fullmatch(
                host.subject.split()[-1].lower())) or any(ch in host.subject
                                                          for ch in ",;:\"“”()"):
        return
    thing = _HOST_THING.match(text, host.verb_end)
    if thing is not None and _FINITE_IN.search(thing.group("np")):
        return  # ("said the city had suffered a flood": a report, not a thing)
    cause = cut_span(text, match.end())
    if thing is None or cause is None or DEMONSTRATIVE.match(cause) or not (
            thing.end() == match.start() or _FIGURE_ASIDE.fullmatch(text, thing.end(),
                                                                     match.start())):
        return  # (", to €312 million": the figure it fell to)
    verb, base, prep = _traced_by(match)
    yield (AnswerKind.CAUSE, f"What {_BLAME_SUPPORT[verb]} {first_lower(host.subject)} {base} "
           f"the {thing.group('np')} {prep}", cause, ())


_FINITE_IN = re.compile(r"\b(?:had|has|have|was|were|is|are|would|will|could)\b")
_FIGURE_ASIDE = re.compile(r",\s+(?:to|at|from|up\s+from|down\s+from)\s+[^,;:]{1,30}")
#: The object a ", which it blamed on" stands for: "reported [a 9% fall in profit]".
_HOST_THING = re.compile(r"\s+(?:an?|the)\s+(?P<np>[^,;:\"“”()]{3,70}?)(?=,)")


#: The thing a ", which X blamed on Y" tells of, after the preposition that ends a long
#: statement ("amid complaints about the air-conditioning in the hall"): a common noun with
#: at most one place or part after it.
_BLAMED_THING = re.compile(r"\b(?:about|over|with|of|on|for|against|from|amid|into|by)\s+"
                           r"(?P<np>the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?(?:\s+(?:in|at|"
                           r"of|on)\s+the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)?)$")


def _blamed_thing(text: str, match: re.Match[str], who: str
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"... amid complaints about the air-conditioning in the hall, which organisers blamed
    on a power fault" -> "What did organisers blame the air-conditioning in the hall on?"."""
    thing = _BLAMED_THING.search(text, 0, match.start())
    if thing is None or any(w in _NOT_THING for w in thing.group("np").split()[1:]):
        return
    cause = cut_span(text, match.end())
    verb, base, prep = _traced_by(match)
    if cause is not None:
        yield (AnswerKind.CAUSE, f"What {_BLAME_SUPPORT[verb]} {who} {base} {thing.group('np')} "
               f"{prep}", cause, ())


#: Words that end a noun phrase: a clause or another phrase goes on after them.
_NOT_THING = frozenset({"and", "or", "but", "that", "who", "which", "to",
                        "was", "were", "is", "are", "had", "has", "have", "been"})


#: A speaker's second verb that blames: "X said footfall fell by 9% and blamed the drop on Y".
_AND_BLAMED = re.compile(r"\sand\s+(?P<verb>blamed|blames)\s+(?P<what>(?:the|its|their)\s+"
                         r"(?:[\w’'-]+\s+){1,6}?)on\s+")


def _coordinated_blame(text: str, clauses: list[Clause]
                       ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The union said membership fell by 5% and blamed the drop on new laws" -> "What did
    the union blame the drop in membership on?": the blamer is the sentence's opening subject,
    and a bare change it blames is named by the clause before that reports it (else none)."""
    first = clauses[0]
    who = first.subject
    match = _AND_BLAMED.search(text, first.verb_end)
    if match is None or is_pronoun(who) or any(ch in who for ch in ",;:\"“”()") or \
            word_count(who) > 6 or any(ch in text[first.verb_end:match.start()] for ch in ";:"):
        return
    what = match.group("what").strip()
    change = _BARE_CHANGE.match(what)
    if change is not None:
        changed = [c.subject for c in clauses[1:] if c.verb_end <= match.start()
                   and c.group.main.lower() in _CHANGE_VERBS]
        if len(changed) != 1 or is_pronoun(changed[0]) or word_count(changed[0]) > 6:
            return  # "the drop" in what?
        what = f"{what} in {first_lower(changed[0])}"
    cause = cut_span(text, match.end())
    if cause is not None:
        support = _BLAME_SUPPORT[match.group("verb")]
        yield AnswerKind.CAUSE, f"What {support} {first_lower(who)} blame {what} on", cause, ()


_BLAMING = re.compile(r",\s+blaming\s+(?P<what>(?:the|its|their)\s+(?:[\w’'-]+\s+){0,5}?)on\s+")
_CHANGED_OBJECT = re.compile(r"\s*(?P<what>(?:its|their|the)\s+[a-z][a-z\s-]{2,40}?)"
                             r"(?=\s+by\s|\s*,|\s+(?:in|on|last|this)\s)")


def _participle_blame(text: str, clauses: list[Clause]
                      ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The airline cut 200 jobs, blaming the losses on fuel prices" -> "What did the airline
    blame the losses on?"; "the council cut its budget by 10%, blaming the cut on X" names
    the cut by what the clause cut ("the cut in its budget"); "X will close 84 branches, the
    lender said on Monday, blaming the cuts on Y": the blame given when the plan was told
    (by the named subject, else by whoever told it)."""
    match = _BLAMING.search(text)
    owner = [c for c in clauses if c.verb_end <= match.start()] if match else []
    told = _told_after(text, owner, match.start()) if len(owner) == 2 else None
    if told is not None:
        owner = owner[:1]
    if match is None or len(owner) != 1:
        return
    clause = owner[0]
    told_now = told is None and clause.group.words[0] in _PLANNED
    if told is None and not told_now and (clause.group.tense != "past" and not (
            clause.group.tense == "aux" and clause.group.words[0] in _PERFECT and
            not _PASSIVE_WORDS.intersection(clause.group.words))):
        return  # ("Supporters have protested, blaming ...": what have they blamed it on)
    who = clause.subject
    if told is not None and not _NAMED.fullmatch(who):
        who = told.subject  # ("Fares will rise, the operator said, blaming ...": the operator)
    if is_pronoun(who) or VAGUE_SUBJECT.match(who) or word_count(who) > 6 or any(
            ch in who for ch in ",;:\"“”()"):
        return
    what = match.group("what").strip()
    if _BARE_CHANGE.match(what) and not _NAMED.fullmatch(who):
        changed = _CHANGED_OBJECT.match(text, clause.verb_end, match.start() + 1)
        noun = what.split()[-1]
        if changed is None or (base_form(clause.group.main) or clause.group.main) != noun:
            return  # "the cut" of what? (a named subject's "the cuts" are its own)
        what = f"{what} in {changed.group('what')}"
    cause = cut_span(text, match.end())
    if cause is not None:
        asked = f"{clause.group.words[0]} {first_lower(who)} blamed" if \
            clause.group.tense == "aux" and told is None and not told_now else \
            f"{'does' if told_now else 'did'} {first_lower(who)} blame"
        yield AnswerKind.CAUSE, f"What {asked} {what} on", cause, ()


def _told_after(text: str, owner: list[Clause], at: int) -> Clause | None:
    """The second of ``owner`` when it only tells who said the first ("X will close 84
    branches, the lender said on Monday, blaming ..."), else None."""
    plan, told = owner
    if told.group.words not in _TOLD or not text[:told.subject_start].rstrip().endswith(",") \
            or told.subject_start <= plan.verb_end or is_pronoun(told.subject) or \
            not _TOLD_TAIL.fullmatch(text, told.verb_end, at):
        return None
    return told


#: A subject written as a name ("Harbridge Bank", "Veltrix"): no determiner opens it.
_NAMED = re.compile(r"(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Some|Many|Most|"
                    r"All|Fares|Prices|Costs|Shares)\b)[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}")
#: Verbs that tell who said a plan ("the lender said"), and what may follow them.
_TOLD = frozenset({("said",), ("announced",), ("confirmed",), ("added",), ("stated",)})
_TOLD_TAIL = re.compile(r"(?:\s+(?:on|last|this|late|earlier)(?:\s+(?:on\s+)?[A-Za-z]+){1,2})?")
#: Plans told now: "X will close 84 branches, blaming ...": what it blames them on today.
_PLANNED = frozenset({"will", "is", "are"})


_PERFECT = frozenset({"have", "has", "had"})
#: A change named by its kind alone, and the verbs that report one.
_BARE_CHANGE = re.compile(r"^the\s+(?:drop|fall|decline|rise|increase|slump|jump|surge|"
                          r"slowdown|downturn|cut|cuts)$")
_CHANGE_VERBS = frozenset("""
    fell fall falls dropped drops rose rises declined declines slumped slumps jumped jumps
    surged surges increased increases decreased decreases slowed slows
""".split())


def blame_facts(text: str, clauses: list[Clause]
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Officials blamed the fire on faulty wiring" -> "What did officials blame the fire on?"."""
    clauses = whole_subjects(text, clauses)
    yield from _blamed_event(text)
    if " blame " in text:
        yield from plural_blame_facts(text, clauses)
    if " for " in text:
        yield from blamed_for_facts(text, clauses)
        if " blame for " in text:
            yield from pinned_blame_facts(text, clauses)
    if clauses and clauses[0].first_token == 0 and " and blame" in text:
        yield from _coordinated_blame(text, clauses)
    if " blame" in text and (", and " in text or "; " in text):
        yield from blame_after_event_facts(text, clauses)
    if clauses and ", blaming " in text:
        yield from _participle_blame(text, clauses)
    if clauses and (", blaming " in text or ", which " in text and "according to" in text):
        yield from bare_blame_facts(text, clauses)
    if ", who " in text:
        yield from who_blamed_facts(text, clauses)
    named = who_blamed_at(text) if ", who " in text else frozenset()
    for clause in clauses:
        if (base_form(clause.group.main) or clause.group.main.lower()) != "blame" or \
                is_pronoun(clause.subject) or clause.verb_start in named:
            continue
        offset = clause.verb_start
        group = clause.group
        if group.words[-1] == group.main:
            offset = clause.verb_end - len(group.main)  # ("has blamed", "also blamed")
        if not _SIDE_ADVERBS.isdisjoint(group.words):
            # "Investigators also blamed X on Y": the adverb only links to the story before
            group = VerbGroup(tuple(w for w in group.words if w not in _SIDE_ADVERBS),
                              group.main, group.tense)
        match = _BLAMED.match(text, offset)
        passive = _BLAMED_PASSIVE.match(text, clause.verb_start)
        if match is not None and group.words[-1] == group.main:
            cause = cut_span(text, match.end())
            what = match.group("what").strip()
            if " for " in f" {what} ":
                continue  # "blamed heavy rain for the delays on the line": see blamed_for_facts
            degree = _DEGREE_END.search(what)
            if degree is not None:
                # "blamed the slump largely on X": what is blamed is the slump; "partly on X
                # and partly on Y" has two halves, neither the answer
                if degree.group(1) in {"partly", "in part"} and "partly on " in text[
                        match.end():]:
                    continue
                what = what[:degree.start()]
            inverted = question_predicate(first_lower(clause.subject), group, f"{what} on")
            if cause and inverted:
                yield AnswerKind.CAUSE, f"What {inverted}", cause, ()
        elif passive is not None:
            cause = cut_span(text, passive.end())
            be, *more = clause.group.words[:-1] or ("was",)  # ("has | been")
            if cause:
                yield (AnswerKind.CAUSE, " ".join(("What", be, first_lower(clause.subject), *more,
                                                   "blamed on")), cause, ())


#: Verbs by which an event does harm that can be counted or named ("The closure has
#: stranded 40 barges", "The strike grounded 300 flights").
_DISRUPT = frozenset("""
    strand close shut halt disrupt delay damage destroy flood ground block suspend cancel
    postpone cut
""".split())
DISRUPT_FORMS = frozenset(form for verb in _DISRUPT for form in (
    verb, past_of(verb), third_person(verb)))
#: Nouns that name an event able to do that.
_EVENT_HEADS = frozenset("""
    closure closures strike strikes storm storms flood floods fire fires wildfire wildfires
    outbreak ban war shutdown crash spill leak cancellations delays cuts
    drought heatwave blackout cyberattack attack protest protests walkout blockade snowstorm
    earthquake landslide hurricane typhoon cyclone eruption outage
""".split())
_COUNTED = re.compile(r"^(?:(?:at least|more than|nearly|almost|about|around|over|some|"
                      r"the|an?|all|dozens of|hundreds of|thousands of)\s+)*(?:\d[\d,.]*|two|"
                      r"three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
                      r"[a-z]+)\b")


def event_effect_facts(text: str, clauses: list[Clause], events: dict[str, str]
                       ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The closure has stranded at least 40 cargo barges" -> "What has the closure of the
    port stranded?": an event named as the subject, the harm as the object (a bare "the
    closure" only when an earlier sentence says what closed)."""
    for clause in clauses:
        base = base_form(clause.group.main) or clause.group.main.lower()
        if base not in _DISRUPT or any(w in {"is", "are", "was", "were", "been", "be"}
                                       for w in clause.group.words):
            continue
        words = clause.subject.split()
        head = words[-1].lower() if words else ""
        if head not in _EVENT_HEADS and not (len(words) > 2 and words[1].lower() in
                                             _EVENT_HEADS and words[2].lower() in {
                                                 "of", "in", "at", "on", "by"}):
            continue
        subject = first_lower(clause.subject)
        if words[0].lower() in {"a", "an", "one", "some"}:
            continue  # "a fire damaged the station": which fire is asked elsewhere
        if len(words) == 2 and words[0].lower() == "the":
            subject = events.get(head, "")  # "the closure": of what?
        if not subject or DEMONSTRATIVE.match(subject):
            continue
        obj = trim_predicate(clause.rest, 10)
        if not obj or not _COUNTED.match(obj) or obj.split()[0].lower() in {
                "in", "on", "by", "for", "to", "from", "with", "off", "down", "up"} or \
                obj.startswith("at ") and not obj.startswith("at least"):
            continue
        inverted = question_predicate(subject, clause.group, "")
        if inverted is not None:
            yield AnswerKind.EFFECT, f"What {inverted}", obj, ()


_HELP = re.compile(r"\bhelp(?:s|ed)?\s+(?P<obj>(?:the|its|their|[A-Z][\w’'-]*)(?:\s+[a-z][\w-]*)"
                   r"{0,2}?)\s+(?P<act>[a-z]{3,})\s+(?=(?:the|a|an|its|their|more|new|\d))")


def help_facts(text: str, clauses: list[Clause]
               ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The data would help the agency choose a landing site" -> "What would the data help
    the agency do?" (help + object + a bare verb: what the help is for)."""
    clauses = whole_subjects(text, clauses)
    for match in _HELP.finditer(text):
        act = match.group("act")
        if act in NOT_BASE or act.endswith(("s", "ed", "ing")) or base_form(act) is not None:
            continue
        clause = next((c for c in clauses if c.verb_start <= match.start() < c.verb_end), None)
        if clause is None or is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject):
            continue
        action = cut_span(text, match.start("act"))
        inverted = question_predicate(first_lower(clause.subject), clause.group,
                                      f"{match.group('obj')} do")
        if action is not None and inverted is not None:
            yield AnswerKind.PURPOSE, f"What {inverted}", action, (f"to {action}",)
