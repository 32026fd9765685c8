"""Causes that are a causative verb's subject: "Heavy rain has thrown the final into doubt",
"Congestion is slowing buses", "Falling demand pushed up costs" -> "What has thrown the final
into doubt?" (heavy rain); and the event a ", which" or ", a result that" stands for ("Residents
rejected the charge, a result that kept the plan off the agenda" -> "What kept the plan off the
agenda?").

The verbs are an open class of common causatives, each with the shape its object must have
("kept X off|out of|away", "drove X up|to|into", "threw X into", "helped preserve X"). Only a
thing, a condition or an event is asked with "What": a subject that is someone acting (a
name, a council, officials), a pronoun, a bare "the move" that points back, or an object that
is a pronoun or a number gives no card.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quiz.generate.cause_hindrances import common_head, is_cause_thing
from quiz.generate.cause_spans import VAGUE_SUBJECT
from quiz.generate.cause_v_asked import what_group
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    MODAL_VERBS, SAYING_VERBS, first_lower, is_pronoun, question_predicate, word_count,
)
from quiz.generate.syntax import Clause, trim_predicate

#: What must follow the object of a verb for it to be causative ("" = any object).
_INTO = r"\s+into\s+(?:doubt|question|chaos|disarray|turmoil|confusion|uncertainty|jeopardy|" \
        r"crisis|limbo|darkness|debt|recession|administration|insolvency|panic|mourning)\b"
_MOVED = r"\s+(?:up|down|higher|lower|to|into|out\s+of|away|onto|towards?|back)\b"
#: "put off applicants": the particle before those deterred.
_PUT_OFF = re.compile(r"\s*off\s+(?!by\b|to\b|until\b|till\b|the\s+(?:decision|vote|move|plan)\b|\d)"
                      r"[a-z]")
#: "pushed up costs", "drove down prices": the particle before the object.
_PARTICLE_FIRST = re.compile(r"\s*(?:up|down)\s+(?!by\b|to\b|\d)[a-z]")
#: "put (mounting) pressure on the council": the pressure before whom it is put on.
_PRESSURE_ON = re.compile(r"\s*(?:(?:more|further|new|fresh|mounting|added|extra|huge|heavy|"
                          r"intense|growing|considerable)\s+)?pressure\s+on\s+(?!it\b|them\b)"
                          r"[a-z]")
_KEPT = r"\s+(?:off|out\s+of|away|below|above|under|at\s+bay|from\s+[a-z]+ing|indoors|home)\b"
_PUT = r"\s+(?:at\s+risk|in\s+doubt|in\s+jeopardy|on\s+hold|under\s+(?:pressure|threat|strain|" \
       r"scrutiny))\b"
_STANDSTILL = r"\s+to\s+an?\s+(?:halt|standstill|stop|close|end)\b"
_STRANDED = r"\s+(?:without|stranded|homeless|in\s+the\s+dark|with\s+no|empty|jobless|destitute|" \
    r"isolated|cut\s+off|paralysed|paralyzed|bankrupt|dead|injured|out\s+of\s+work|short\s+of|" \
    r"in\s+ruins|in\s+limbo|uninhabitable|unusable|exposed|vulnerable)\b"
_WIPED = r"\s+off\b"
#: What an object costs someone ("cost the airline €40m"), after the object.
_COST = r"\s+(?:an?\s+estimated\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|" \
        r"up\s+to\s+|at\s+least\s+)?[£$€]\s?\d"
#: "forced the closure of the airport": an act stopped, named by its noun.
_FORCED = re.compile(r"\s*the\s+(?:closure|withdrawal|shutdown|removal|[a-z]{3,}(?:tion|sion|"
                     r"ment))\s+of\s+\S")
_SHAPES: dict[str, str] = {}
#: The shapes whose object may open with a number of people or things ("left 20,000 homes
#: without power", "kept 3,000 fans out of the ground").
_COUNTED_OBJECT = frozenset({_STRANDED, _KEPT, _STANDSTILL})
_COUNTED = re.compile(r"(?:about\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?\d[\d,.]*"
                      r"\s+[a-z]{3,}")
for _forms, _after in (
        ("throw throws threw thrown throwing", _INTO),
        ("plunge plunges plunged plunging", _INTO),
        ("keep keeps kept keeping", _KEPT),
        ("push pushes pushed pushing drive drives drove driven driving send sends sent "
         "sending", _MOVED),
        ("put puts putting", _PUT),
        ("slow slows slowed slowing hamper hampers hampered hampering threaten threatens "
         "threatened threatening undermine undermines undermined undermining jeopardise "
         "jeopardises jeopardised jeopardize jeopardizes jeopardized endanger endangers "
         "endangered derail derails derailed complicate complicates complicated worsen "
         "worsens worsened worsening hurting hit hits hitting delayed delays halted halts "
         "stalled stalls stopped stops disrupted disrupts capped caps limited limits "
         "restricted restricts devastated devastates crippled cripples weakened weakens eroded "
         "erodes squeezed squeezes strained strains ravaged ravages dented dents battered "
         "batters harmed harms exacerbated exacerbates deterred deters discouraged "
         "discourages delay halt stall stop disrupt limit restrict devastate cripple weaken "
         "erode squeeze strain ravage harm exacerbate deter discourage", ""),
        ("help helps helped helping", "help"),
        ("brought brings bring", _STANDSTILL),
        ("left leaves leave", _STRANDED),
        ("wiped wipes wipe", _WIPED),
        ("cost costs", _COST),
        ("forced forces force", "forced"),
        ("cast casts", "cast"),
        ("raise raises raised raising", "raise"),
):
    _SHAPES.update(dict.fromkeys(_forms.split(), _after))
#: The base forms above (read after a modal, "could leave X without power", or as a plural's
#: present).
_BASE_ONLY = frozenset("""
    delay halt stall stop disrupt limit restrict devastate cripple weaken erode squeeze strain
    ravage harm exacerbate deter discourage bring leave wipe force
""".split())
_DENIED = frozenset({"not", "never", "n't", "cannot"})
#: The words without which the rules of this module find nothing (the caller's gate).
SUBJECT_CAUSE_WORDS = frozenset(_SHAPES) | {"reflected", "reflects", "mirrored", "mirrors",
                                            "behind"}
_OBJECT_SHAPE = {after: re.compile(r"\s*(?P<obj>(?:[^,;:\"“”()]|(?<=\d),(?=\d)){2,60}?)" + after)
                 for after in {_INTO, _MOVED, _KEPT, _PUT, _STANDSTILL, _STRANDED, _WIPED, _COST}}
#: "helped (to) preserve the structure": what the cause helped do (a bare verb, no object).
_HELPED_ACT = re.compile(r"\s*(?:to\s+)?(?P<act>[a-z]{3,}(?<!ing)(?<!ed))\s+(?:the|a|an|its|their"
                         r"|more|[a-z]+s)\b")
#: "cast doubt on X", "cast a shadow over X": what casting does to a thing.
_CAST = re.compile(r"\s*(?:(?:new|fresh|further|serious)\s+)?(?:doubt|doubts|a\s+shadow|"
                   r"a\s+cloud)\s+(?:on|over)\s+\S")
#: "raised fears of X", "raised questions about X": a reaction raised, not a price or a flag.
_RAISED = re.compile(r"\s*(?:(?:new|fresh|further|serious|wider)\s+)?(?:fears|concerns|doubts|"
                     r"questions|hopes|alarm|suspicions)\s+(?:of|about|over|that|for|among)\s+\S")
#: Objects no cause is asked about: a pronoun, a number, a record or a level reached ("hit a
#: record", "hit 40C").
#: A time where an object would stand: "worsened last winter", "fell this week".
TIME_OBJECT = re.compile(r"(?:(?:last|next|this|that|every|each|early|late)\s+(?:week|month|"
                          r"year|winter|summer|spring|autumn|fall|season|quarter|decade|night|"
                          r"weekend|morning|evening|[A-Z][a-z]+day)|yesterday|today|overnight|"
                          r"recently|again|once|twice)\b")
_BAD_OBJECT = re.compile(r"(?:it|them|him|her|us|me|you|this|that|these|those|one|\d|"
                         r"(?:an?|the|its|their)\s+(?:(?:new|all-time|record|five-year|"
                         r"ten-year|[a-z]+-year)\s+)?(?:record|high|low|peak|mark|target|"
                         r"milestone|level|wall|ground|road|streets|shelves|headlines)\b|"
                         r"(?:a\s+)?record\b|back\b|out\b|home\b|"
                         # no object: "slowed to 1.9%", "hit by the strike", "slowed sharply"
                         r"(?:to|by|from|in|on|at|for|over|under|down|up|sharply|slightly|"
                         r"further|again|markedly|significantly)\b)", re.IGNORECASE)
_OWNED_OBJECT = re.compile(r"(?:(?:up|down)\s+)?(?:his|her|its|their)\s", re.IGNORECASE)
_PASSIVE = frozenset({"is", "are", "was", "were", "been", "be", "being"})
#: A subject that stands for what its own sentence just told (", a result that"), whose
#: event is the clause before it.
_STANDS_FOR = re.compile(r"(?:an?\s+)(?:[a-z-]+\s+)?(?:result|outcome|move|decision|step|"
                         r"development|consequence)$")
#: Heads of subjects that name a quantity of the thing that acts ("a layer of debris", "a
#: wave of strikes"): the thing after "of" is what is judged.
_AMOUNT = re.compile(r"^(?:(?:an?|the|that|this)\s+)?(?:[a-z-]+\s+)?(?:layer|amount|lack|number"
                     r"|wave|series|spate|string|combination|mix|build-up|rise|fall|surge|"
                     r"pile|cloud|shortage|years|months|decades|weeks)\s+of\s+(?P<thing>[a-z].*)$", re.IGNORECASE)
_THAT_ONE = re.compile(r"^(?:[Tt]hat|[Tt]his)\s+(?=[a-z])")


def subject_cause_facts(text: str, clauses: list[Clause]
                        ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Heavy rain has thrown the final into doubt" -> "What has thrown the final into
    doubt?" (heavy rain): the subject of a causative verb, when it is a thing or an event."""
    for k, clause in enumerate(clauses):
        main = clause.group.main.lower()
        after = _SHAPES.get(main)
        if after is None or _PASSIVE.intersection(clause.group.words[:-1]) and not (
                main.endswith("ing") and clause.group.words[0] in {"is", "are", "was", "were"}):
            continue  # ("was hit by", "were kept off": passives; "is slowing": a progressive)
        if _RESTRICTIVE.fullmatch(text, clause.subject_end, clause.verb_start) and not \
                _STANDS_FOR.fullmatch(clause.subject):
            continue  # ("A storm that hit the coast caused X": the relative's verb)
        if _DENIED.intersection(clause.group.words) or main in _BASE_ONLY and \
                clause.group.words[0] not in MODAL_VERBS and clause.group.tense != "present":
            continue  # ("did not stop X": nothing done; a base form after a modal or as a
            # plural's present only)
        predicate = _predicate(text, clause, after)
        if predicate is None:
            continue
        cause = _cause(text, clauses, k, clause)
        if cause is None or predicate.startswith("pressure on") and _ONE_NOUN.fullmatch(cause):
            continue  # ("The opposition put pressure on X": pressure is put by someone too)
        yield AnswerKind.CAUSE, f"What {what_group(clause.group.words)} {predicate}", cause, ()
        if after == "forced" and _ONE_NOUN.fullmatch(cause):
            # ("The suspension has forced the cancellation of X": which suspension the article
            # tells before, so the act it forced is asked with it as the subject too)
            asked = question_predicate(first_lower(cause), clause.group, "")
            if asked is not None:
                yield AnswerKind.EFFECT, f"What {asked}", predicate, ()


def _predicate(text: str, clause: Clause, after: str) -> str | None:
    """What the verb did to its object ("the project into doubt"), cut at the clause's end;
    ``None`` unless the object has the verb's causative shape."""
    rest = clause.rest
    if TIME_OBJECT.match(rest):
        return None  # ("Air pollution worsened last winter": a subject that changed, no cause)
    if after == "help":
        act = _HELPED_ACT.match(rest)
        if act is None or act.group("act") in _NOT_ACTS:
            return None
    elif after == "cast" and not _CAST.match(rest) or after == "raise" and not _RAISED.match(
            rest) or after == "forced" and not _FORCED.match(rest):
        return None
    elif after in _OBJECT_SHAPE:
        shaped = _OBJECT_SHAPE[after].match(rest)
        if after == _MOVED and _PARTICLE_FIRST.match(rest) or after == _PUT and (
                _PUT_OFF.match(rest) or _PRESSURE_ON.match(rest)):
            pass  # ("pushed up costs", "put off applicants", "put pressure on the council to
            # act": the particle or the pressure first)
        elif shaped is None or _BAD_OBJECT.match(shaped.group("obj")) and not (
                after in _COUNTED_OBJECT and _COUNTED.match(shaped.group("obj"))):
            return None  # (but "left 20,000 homes without power": people or homes counted)
    elif _BAD_OBJECT.match(rest.lstrip()):
        return None
    predicate = trim_predicate(rest, 16)
    if predicate is None or word_count(predicate) < 2 and after != "" or _OWNED_OBJECT.match(
            predicate):
        return None  # ("has put his place in doubt": whose, the question cannot say)
    if after == "" and (word_count(predicate) < 1 or _BAD_OBJECT.match(predicate)):
        return None
    return predicate


_NOT_ACTS = frozenset({"the", "and", "but", "for", "with", "from", "more", "them", "him",
                       "her", "its", "their", "make", "get", "keep"})


def _cause(text: str, clauses: list[Clause], k: int, clause: Clause) -> str | None:
    """The subject as the answer: a thing or an event named by it, or the clause before that
    a ", a result that" stands for; ``None`` for someone acting or a bare pointer."""
    subject = clause.subject
    if _STANDS_FOR.fullmatch(subject) and k and text[:clause.subject_start].rstrip().endswith(","):
        return _event_before(text, clauses[k - 1], clause.subject_start)
    if is_pronoun(subject) or VAGUE_SUBJECT.match(subject) and not _THAT_ONE.match(subject):
        return None
    written = text[clause.subject_start:clause.subject_end]
    if VAGUE_SUBJECT.match(written) and not _THAT_ONE.match(written):
        return None  # ("His exclusion", read as "Tom Aldridge's exclusion": not a span)
    thing = _AMOUNT.match(written)
    plain = _THAT_ONE.sub("the ", written)
    words = plain.split()
    if len(words) <= 2 and words[-1].lower() in _POINTERS:
        return None  # ("The discovery", "The move": what they point back to is not told here)
    if not is_thing(plain) and (thing is None or not is_thing(thing.group("thing"))):
        return None
    relative = _RELATIVE.match(text, clause.subject_end)
    if relative is not None and relative.end() == clause.verb_start:
        return f"{written}{relative.group('relative')}"  # ("which was up to three metres thick")
    return written  # (answers are spans of the sentence)


def is_thing(phrase: str) -> bool:
    """Whether ``phrase`` names a thing, a condition or an event (not someone acting)."""
    return is_cause_thing(phrase) or common_head(phrase) in _MORE_THINGS


def names_people(phrase: str) -> bool:
    """Whether the head of ``phrase`` names people or a body ("small growers", "local
    traders"), which :func:`cause_hindrances.common_head` lets through."""
    head = common_head(phrase)
    return head in _SOMEONE_HEADS or head.endswith(_SOMEONE_ENDINGS)


#: Heads naming people or bodies that :func:`cause_hindrances.common_head` lets through.
_SOMEONE_HEADS = frozenset("""
    growers traders boss bosses team teams shoppers drivers lenders banks bank insurers
    patients tourists builders developers retailers exporters importers suppliers operators
    employers volunteers crew crews locals migrants refugees passengers customers consumers
    users owner owners buyers sellers producers manufacturers landlords tenants rivals
    opponents supporters pilots investors holders bidders donors sponsors partners allies
    neighbours neighbors guests viewers readers listeners clients pupils graduates
    applicants candidates nominees winners losers victims survivors witnesses suspects
    defendants plaintiffs prisoners inmates detainees hostages settlers herders fishermen
    miners dockers hauliers truckers carriers shippers firm firms group groups side sides
    club clubs school schools hospital hospitals council councils agency agencies
    department departments office offices unit units state states country countries nation
    nations city cities town towns region regions village villages family families couple
    couples household households
""".split())
_SOMEONE_ENDINGS = ("ists", "ians", "men", "man", "woman", "women", "person",
                    "people")


#: Nouns that name what an earlier sentence told: alone after "the", no answer.
#: A subject that is one common noun after "The" ("The suspension").
_ONE_NOUN = re.compile(r"The\s+[a-z]{3,}")
_POINTERS = frozenset("""
    discovery decision move ruling case news announcement incident development result outcome
    revelation report findings finding plan proposal change changes step deal verdict episode
    affair situation events event matter measure measures
""".split())
POINTER_NOUNS = _POINTERS
#: Things that act as causes besides :func:`cause_hindrances.is_cause_thing`'s.
_MORE_THINGS = frozenset("""
    debris rubble mud ash silt sediment dust sand soil salt frost cold rainfall hail lightning
    earthquake quake tremor landslide avalanche tsunami hurricane typhoon cyclone tornado
    blaze wildfire wildfires collapse crash accident explosion blast leak spill outage
    congestion demand competition scandal slump downturn recession boom valve valves sensor
    sensors software update component components part parts engine engines cable cables
    pipe pipes
""".split())


#: A non-restrictive relative between the subject and its verb, kept in the answer.
_RELATIVE = re.compile(r"(?P<relative>,\s+which\s+(?:is|was|are|were|has|had)\s+[^,;:\"“”()]{3,60}"
                       r"?),\s+")


def _event_before(text: str, event: Clause, end: int) -> str | None:
    """The clause before ", a result that ..." as the answer: "residents rejected a similar
    charge in a referendum" (its own subject named, no pronoun)."""
    if is_pronoun(event.subject) or VAGUE_SUBJECT.match(event.subject):
        return None
    span = text[event.subject_start:end].rstrip().rstrip(",")
    if word_count(span) > 24 or word_count(span) < 4 or any(ch in span for ch in ",;:\"“”"):
        return None
    return span


#: ", which has pushed up costs": a "which" after a whole clause, a causative verb after it.
_WHICH_CAUSED = re.compile(r",\s+which\s+(?:in\s+turn\s+)?(?P<group>(?:has|have|had)\s+|"
                           r"(?:is|are|was|were)\s+)?(?P<verb>[a-z]+)\s+")


#: A plural noun closing the clause before ", which has": "which" cannot stand for it.
_PLURAL_END = re.compile(r"\b[a-z]{2,}[a-z](?<!ss)(?<!us)(?<!is)s$")


def which_cause_facts(text: str, clauses: list[Clause]
                      ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Congestion is slowing buses, which has pushed up costs" -> "What has pushed up
    costs?" (congestion is slowing buses): the clause the "which" stands for is the cause,
    when a singular verb after a plural noun says that it cannot stand for the noun."""
    for match in _WHICH_CAUSED.finditer(text):
        verb = match.group("verb")
        after = _SHAPES.get(verb)
        if after is None or after in {"help", "cast", "raise", "forced"}:
            continue
        group = match.group("group")
        if group is None or group.split()[0] not in {"has", "is", "was"} or not _PLURAL_END.search(
                text, 0, match.start()):
            continue  # ("a dome of high pressure, which has kept X": the dome, not a clause)
        event = next((c for c in reversed(clauses) if c.verb_end <= match.start()), None)
        if event is None or event.subject_start > 0 and text[:event.subject_start].strip()[-1:] \
                not in {",", ""} or is_pronoun(event.subject) or VAGUE_SUBJECT.match(event.subject):
            continue
        cause = text[event.subject_start:match.start()].strip()
        if word_count(cause) > 20 or word_count(cause) < 2 or any(ch in cause for ch in
                                                                  ",;:\"“”"):
            continue
        rest = text[match.end() - 1:]
        fake = Clause("", 0, 0, clauses[0].group, 0, 0, rest, 0, 0)
        predicate = _predicate(text, fake, after)
        if predicate is None:
            continue
        lead = f"{group.split()[0]} "
        yield AnswerKind.CAUSE, f"What {lead}{verb} {predicate}", cause, ()


#: ", forcing hundreds of passengers to sleep at the port": whom the event made act, and how.
_MADE_TO = re.compile(r",\s+(?P<verb>forcing|prompting|compelling|leading)\s+(?P<obj>(?:[\w’'.-]+\s+)"
                      r"{0,6}?[\w’'.-]+)\s+to\s+(?P<act>[a-z]{2,})\b")
_NOT_MADE = _NOT_ACTS - {"make", "get", "keep"}
_MADE = {"forcing": "forced", "prompting": "prompted", "compelling": "compelled",
         "leading": "led"}


def made_to_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"All sailings were cancelled, forcing hundreds of passengers to sleep at the port" ->
    "What forced hundreds of passengers to sleep at the port?" (all sailings were cancelled):
    the clause before the participle, whole and with its own subject, is the cause."""
    for match in _MADE_TO.finditer(text):
        obj, act = match.group("obj"), match.group("act")
        if is_pronoun(obj) or _BAD_OBJECT.match(obj) or act in _NOT_MADE or act.endswith(
                ("ed", "ing")) or any(ch in obj for ch in ",;:\"“”()"):
            continue  # ("leading to a fall": no one made to act)
        event = next((c for c in reversed(clauses) if c.verb_end <= match.start()), None)
        if event is not None and event.first_token != 0 and REPORTED.search(
                text, 0, event.subject_start):
            event = replace(event, first_token=0)  # ("The coastguard said [X held Y]")
        if event is None or event.first_token != 0 and text[:event.subject_start].strip()[-1:] \
                not in {",", ""} and not _JOINED.search(text, 0, event.subject_start) or \
                is_pronoun(event.subject) or VAGUE_SUBJECT.match(
                event.subject) or event.group.main.lower() in SAYING_VERBS or any(
                w.lower() in MODAL_VERBS for w in event.group.words):
            continue
        cause = text[event.subject_start:match.start()].strip()
        aside = _ASIDE.search(cause)
        if aside is not None:
            cause = cause[:aside.start()]  # ("held hazardous materials, among them two ...")
        if word_count(cause) > 24 or word_count(cause) < 3 or any(ch in cause for ch in
                                                                  ",;:\"“”()"):
            continue
        tail = text[match.start("act"):]
        action = trim_predicate(tail, 16)
        if action is not None and _RELATIVE_NEXT.match(tail, len(action)):
            # ("to ban outdoor work ... on days | when a red alert is in force": the noun the
            # relative clause needs goes with it)
            cut = _LAST_PHRASE.search(action)
            action = action[:cut.start()] if cut else None
        if action is None:
            continue
        yield (AnswerKind.CAUSE, f"What {_MADE[match.group('verb')]} {obj} to {action}", cause,
               ())


#: A clause joined to the one before by ", but" / ", and" is told as a fact of its own.
_JOINED = re.compile(r",\s+(?:but|and)\s+$")
#: A list of examples after the event: ", among them two carrying lithium batteries".
_ASIDE = re.compile(r",\s+(?:among\s+them|including|such\s+as|most\s+of\s+them|mostly)\s")
#: A plain report opening the sentence before the event: "The coastguard said".
REPORTED = re.compile(r"^(?:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,5}\s+(?:said|says|reported|"
                      r"confirmed)\s+(?:that\s+)?$")
_RELATIVE_NEXT = re.compile(r"\s+(?:when|where|which|who|whose|that)\b")
_LAST_PHRASE = re.compile(r"\s+(?:on|in|at|for|during|with|of|from)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+$")


def stood_for_facts(text: str, clauses: list[Clause], clause: Clause, obj: str, action: str
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The regent declared a state of emergency, a step that allows the district to draw on
    national funds" -> "The regent declared a state of emergency. What does this allow the
    district to do?": a subject that stands for the clause before ("a step", or a place named
    before ", which") makes someone act; the clause is the event, told whole."""
    hit = _EVENT_BEFORE_NAME.search(text, 0, clause.verb_start)
    if hit is not None:
        # ("after a power cut hit the venue, the Palace of Chess, which forced X to do Y":
        # a place or a body forces no one; the event told before it does)
        yield from _stood_for(hit.group("event"), clause, obj, action)
        return
    event = next((c for c in reversed(clauses) if c.verb_end <= clause.subject_start), None)
    if event is None or is_pronoun(event.subject) or VAGUE_SUBJECT.match(event.subject) or \
            event.group.main.lower() in SAYING_VERBS or MODAL_VERBS.intersection(event.group.words):
        return
    comma = text.rfind(",", 0, clause.subject_start)
    subject = text[event.subject_start:event.subject_end]
    named = _NAMED_BETWEEN.fullmatch(text, event.subject_end, event.verb_start)
    if named is None and event.subject_end != event.verb_start and text[
            event.subject_end:event.verb_start].strip():
        return
    told = f"{subject} {text[event.verb_start:comma].strip()}"
    if comma <= event.verb_start or word_count(told) > 24 or any(ch in told for ch in
                                                                 ",;:\"“”()") or \
            event.subject_start and text[:event.subject_start].strip()[-1:] not in {",", ""} \
            and not _TOLD_AFTER.search(text, 0, event.subject_start):
        return
    yield from _stood_for(told, clause, obj, action)


def _stood_for(told: str, clause: Clause, obj: str, action: str
               ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """The effect question of :func:`stood_for_facts`: the event ``told``, then what it made
    ``obj`` do."""
    if word_count(told) < 4 or word_count(told) > 24:
        return
    statement = told[0].upper() + told[1:]
    verb = clause.group.words[-1].lower()
    base = _BASES.get(verb)
    if base is None:
        return
    support = "did" if clause.group.tense == "past" else "does"
    if clause.group.tense not in {"past", "present3"}:
        return
    yield AnswerKind.EFFECT, f"{statement}. What {support} this {base} {obj} to do", action, (
        f"to {action}",)


#: The forms of the verbs :func:`stood_for_facts` asks with, and their bare forms.
_BASES = {"forced": "force", "forces": "force", "allowed": "allow", "allows": "allow",
          "prompted": "prompt", "prompts": "prompt", "enabled": "enable", "enables": "enable",
          "led": "lead", "leads": "lead", "compelled": "compel", "compels": "compel"}
#: A clause told after a link that does not doubt it ("after a power cut hit the venue").
_TOLD_AFTER = re.compile(r"\b(?:after|when|because|as)\s+$")
_EVENT_BEFORE_NAME = re.compile(r"\b(?:after|when|because|as)\s+(?P<event>(?:an?|the)\s[^,;:\"“”()]{8,150}"
                                r"),\s+(?:the\s+)?[A-Z][^,;:]*,\s+which\s+$")
#: A name set off by commas after the event's subject ("The regent, Michael Tamaroba,").
_NAMED_BETWEEN = re.compile(r",\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+")


def relative_subject(text: str, clauses: list[Clause], at: int) -> str | None:
    """The whole subject of a verb at ``at`` that the clause reader took for a word of a
    restrictive relative clause's predicate ("a drought that had lasted three years [led]"):
    the relative's antecedent with the relative, as written; ``None`` when there is none."""
    for clause in clauses:
        if not clause.verb_end <= at or not _RESTRICTIVE.fullmatch(
                text, clause.subject_end, clause.verb_start):
            continue
        between = text[clause.verb_end:at]
        if any(ch in between for ch in ",;:\"“”()") or word_count(between) > 8 or \
                is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject):
            continue
        span = text[clause.subject_start:at].strip()
        if 3 <= word_count(span) <= 16 and is_thing(clause.subject):
            return span
    return None


_RESTRICTIVE = re.compile(r"\s+(?:that|which)\s+")


def relative_subject_facts(text: str, clauses: list[Clause]
                           ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"A heatwave that has lasted two weeks drove reservoir levels to a record low" -> "What
    drove reservoir levels to a record low?": a causative verb after a restrictive relative
    clause in its subject (which the clause reader reads as the relative's)."""
    for clause in clauses:
        if not _RESTRICTIVE.fullmatch(text, clause.subject_end, clause.verb_start):
            continue
        for word in _WORD.finditer(text, clause.verb_end, min(len(text), clause.verb_end + 80)):
            after = _SHAPES.get(word.group())
            if after is None or after in {"help", "cast", "raise"} or not _PAST_FORM.match(
                    word.group()):
                continue
            subject = relative_subject(text, clauses, word.start())
            if subject is None or any(c.verb_start <= word.start() < c.verb_end for c in clauses):
                break  # (or the main clause is read: its own rules ask it)
            fake = Clause("", 0, 0, clause.group, 0, 0, text[word.end():], 0, 0)
            predicate = _predicate(text, fake, after)
            if predicate is not None:
                yield AnswerKind.CAUSE, f"What {word.group()} {predicate}", subject, ()
            break


_WORD = re.compile(r"\b[a-z]+\b")
#: The simple past forms the relative-subject rule asks with ("drove", "kept", "pushed").
_PAST_FORM = re.compile(r"(?:threw|plunged|kept|pushed|drove|sent|slowed|hampered|threatened|"
                        r"undermined|jeopardi[sz]ed|endangered|derailed|complicated|worsened|hit)$")


#: Verbs whose object is the cause of their subject ("The low turnout reflected widespread
#: frustration").
_REFLECTING = frozenset({"reflected", "reflects", "mirrored", "mirrors"})


def reflected_facts(text: str, clauses: list[Clause]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Analysts said the low turnout reflected widespread frustration with politics" ->
    "What did the low turnout reflect?" (the caller adds whose view it is): a thing's
    subject, never someone's."""
    for clause in clauses:
        if clause.group.main.lower() not in _REFLECTING or _PASSIVE.intersection(
                clause.group.words) or is_pronoun(clause.subject) or VAGUE_SUBJECT.match(
                clause.subject) or not common_head(clause.subject) or word_count(
                clause.subject) > 8:
            continue
        cause = trim_predicate(clause.rest, 18)
        if cause is None or word_count(cause) < 2 or _BAD_OBJECT.match(cause):
            continue
        inverted = question_predicate(first_lower(clause.subject), clause.group, "")
        if inverted is not None:
            yield AnswerKind.CAUSE, f"What {inverted}", cause, ()


#: "A faulty valve was (probably) behind the explosion": what the thing was behind.
_BEHIND = re.compile(r"\s*(?P<how>(?:probably|likely|largely|partly|mainly|also)\s+)?behind\s+"
                     r"(?=(?:the|a|an)\s)")
_BE = frozenset({"was", "is", "were", "are", "been"})


def behind_facts(text: str, clauses: list[Clause]
                 ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"A faulty valve was behind the explosion" -> "What was behind the explosion?" (a thing
    or an event only: "Iran was behind the attack" names an actor, asked elsewhere)."""
    for clause in clauses:
        words = clause.group.words
        if clause.group.main not in _BE or words[0] not in _BE | {"has", "have", "had"}:
            continue
        behind = _BEHIND.match(clause.rest)
        if behind is None:
            continue
        cause = _cause(text, clauses, clauses.index(clause), clause)
        what = trim_predicate(clause.rest[behind.end():], 14)
        if cause is None or what is None or word_count(what) < 2 or _OWNED_OBJECT.match(what):
            continue
        be = {"were": "was", "are": "is", "have": "has"}.get(words[0], words[0])
        group = " ".join((be, *words[1:]))
        yield AnswerKind.CAUSE, f"What {group} behind {what}", cause, ()
