"""Effects told after a whole clause (", sending X into Y", ", which explained X"), the clause
read past any report before it ("The coastguard said [X held Y], prompting ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import MODAL_VERBS, SAYING_VERBS, first_upper, is_pronoun, word_count
from quiz.generate.syntax import Clause, find_clauses

#: The words without one of which :func:`trailing_effect_facts` finds nothing.
TRAILING_WORDS = frozenset("""
    sending pricing making makes explained explains forcing prompting leading triggering sparking
    causing pressure driving pushing led forced prompted triggered sparked caused drove driven
    pushed raising fuelling fueling cutting disrupting delaying hurting boosting putting
""".split())

#: A trailing effect: a participle or a ", which" standing for the whole clause before it.
#: A clause of time or reason inside an event: "... after its only cable was damaged".
_CLAUSE_INSIDE = re.compile(r"\s(?:after|because|since|when|while|until|before|once)\s")
_TRAILING = re.compile(
    r",\s+(?:(?P<which>which\s+(?:(?P<aux>has|have|had)\s+)?)?(?:in\s+turn\s+|thereby\s+)?)"
    r"(?P<verb>sending|sent|pricing|priced|making|made|makes|explained|explains|forcing|forced|"
    r"prompting|prompted|leading\s+to|led\s+to|triggering|triggered|sparking|sparked|causing|"
    r"caused|putting\s+pressure\s+on|put\s+pressure\s+on|driving\s+up|drove\s+up|driven\s+up|"
    r"pushing\s+up|pushed\s+up|raising|fuelling|fueling|cutting\s+off|disrupting|delaying|"
    r"hurting|boosting|putting)\s+")
#: Each verb's past and its participle after "has", by its first word.
_FORMS = {"send": ("sent", "sent"), "pric": ("priced", "priced"), "mak": ("made", "made"),
          "expl": ("explained", "explained"), "forc": ("forced", "forced"),
          "prom": ("prompted", "prompted"), "lead": ("led to", "led to"),
          "led": ("led to", "led to"), "trig": ("triggered", "triggered"),
          "spar": ("sparked", "sparked"), "caus": ("caused", "caused"),
          "pres": ("put pressure on", "put pressure on"), "putt": ("put", "put"),
          "driv": ("drove up", "driven up"),
          "drov": ("drove up", "driven up"), "push": ("pushed up", "pushed up"),
          "rais": ("raised", "raised"), "fuel": ("fuelled", "fuelled"),
          "cutt": ("cut off", "cut off"), "disr": ("disrupted", "disrupted"),
          "dela": ("delayed", "delayed"), "hurt": ("hurt", "hurt"),
          "boos": ("boosted", "boosted")}
#: Verbs the clause reader's own rules ask when the event opens the sentence: read here only
#: for an event told after a report or a "before"/"when" (where those rules stop).
_READ_ELSEWHERE = frozenset({"forc", "prom", "lead", "led", "trig", "spar", "caus"})
#: What each newer verb needs after it to tell an effect: where it sent something ("sending
#: the rocket into the sea", "sending shares down"), whom it priced out, what it made harder,
#: what it explained (a gap, not "the rules").
_EFFECT_SHAPE = {
    "send": re.compile(r"[^,;:]*?\s(?:into|crashing|spiralling)\b"),
    "pric": re.compile(r"[^,;:]*?\sout\s+of\s"),
    "mak": re.compile(r"(?:[\w’',.-]+\s+){1,8}?(?:(?:increasingly|far|much|even|too|more|less|"
                      r"especially|particularly|very|highly|extremely|so)"
                      r"\s+)?(?:harder|easier|impossible|difficult|unviable|unaffordable|"
                      r"unsafe|unusable|uninhabitable|unprofitable|worse|costlier|dearer|"
                      r"dangerous|expensive|vulnerable|likely|unlikely)\b"),
    "expl": re.compile(r"(?:(?:most|much|part|some|all|half)\s+of\s+)?the\s+(?:[a-z-]+\s+)?"
                       r"(?:difference|gap|discrepancy|delay|delays|fall|drop|rise|increase|"
                       r"decline|shortfall|deficit|losses|loss|error|errors|failure|outage|shortage)\b"),
    "rais": re.compile(r"(?:new\s+|fresh\s+|further\s+|serious\s+)?(?:fears|concerns|doubts|"
                       r"questions|hopes|the\s+prospect|the\s+risk|the\s+possibility)\b"),
    "fuel": re.compile(r"(?:new\s+|fresh\s+|further\s+)?(?:fears|concerns|speculation|anger|"
                       r"tensions|demand|inflation|calls|doubts)\b"),
    "putt": re.compile(r"[^,;:]{3,60}?\s(?:at\s+risk|in\s+danger|in\s+doubt|on\s+hold|"
                       r"under\s+pressure|out\s+of\s+(?:work|business|action))\b"),
}
_WHICH_ONLY = frozenset({"expl"})
#: A place ending the event before ", which forced": the clause reader takes the place for
#: what forced (and drops it), so the event is read here.
_PLACE_END = re.compile(r"\s(?:near|on|at|in|into|onto|outside|across|along|off|under)\s+(?:the|a|an)"
                        r"\s+[a-z][\w\s-]{1,40}$")
#: Verbs whose participle may tell the subject's own act ("The council met on Monday,
#: delaying a decision": the council delayed it): read only after an event with no agent.
_AGENT_AMBIGUOUS = frozenset({"dela", "disr", "cutt", "hurt", "boos"})
_AGENTS = frozenset("""
    government council company firm bank union party minister ministry police team club
    board officials authorities court judge president mayor committee agency group league
    federation association organisers organizers player players manager coach striker army
    operator airline regulator commission parliament senate lawmakers workers staff
""".split())

#: A report before the event: "The coastguard said", "Eduardo Pacheco, 51, who ..., said",
#: "The recount found that", "X told reporters on Monday that".
_OPENER = re.compile(
    r"(?P<who>[A-Z][^;:\"“”()]{1,110}?)\s+(?:has\s+|have\s+|had\s+)?(?:said|says|say|found|"
    r"finds|find|showed|shows|show|revealed|reveals|concluded|estimated|estimates|reported|"
    r"confirmed|noted|told\s+[^,;:\"“”]{1,50}?\s+(?=that\s))"
    r"(?:\s+(?:on|last|this|earlier|late\s+on)\s+[A-Z]?[a-z]+)?\s+(?:that\s+)?")
#: A present report left in the event ("Officials say X"), which no answer holds.
_SAYS = re.compile(r"\b(?:say|says|said|believe|believes|argue|argues)\b")
#: An aside between the event and the trailing clause: ", according to the county".
_ACCORDING = re.compile(r",\s+(?:according\s+to|officials\s+said|police\s+said)\s[^,;:]*$")
#: A subordinate event the effect follows ("climbing normally before [its stage failed]").
_LAST_EVENT = re.compile(r"\s(?:before|when)\s+(?=\S)")
#: A list of examples after the event: ", among them two carrying lithium batteries".
_ASIDE = re.compile(r",\s+(?:among\s+them|including|such\s+as|most\s+of\s+them|mostly)\s")
#: A name opening a report: "Eduardo Pacheco" (what "him"/"her" in the effect stands for).
_PERSON = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}")
_QUOTED = re.compile(r"(?<=\s)(?:\"[^\",;:]{1,40}\"|“[^”,;:]{1,40}”)(?=[\s.])")
#: What ends a clause: a comma (not one inside a number), a colon, a quotation, a bracket.
_BREAK = re.compile(r"[;:\"“”()]|,(?!\d{3})")
#: A quantity opening a subject, which the clause reader takes for no subject ("At least 12
#: of the containers held ..."): left out when the event is read.
_QUANTITY = re.compile(r"(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|"
                       r"nearly|almost|about|around|some|over|up\s+to)\s+(?=\d)", re.IGNORECASE)
#: An owner the question cannot name, and the one place it can: the object made to act
#: ("other museums to review their collections", "the team to play its home games").
_OWNER = re.compile(r"\b(?:its|their)\b")
_OWN_OBJECT = re.compile(r"(?:[\w’'-]+\s+){0,4}?(?:[\w’'-]*s\s+to\s+(?:[\w’'-]+\s+){1,3}?their|"
                         r"[\w’'-]*[^s\s]\s+to\s+(?:[\w’'-]+\s+){1,3}?its)\b")
#: ... or the thing named just before: "the rocket and its payload".
_AND_OWN = re.compile(r"^(?:the\s+)?[\w’'-]+\s+and\s+(?:its|their)\b")
#: A pronoun object in the event: what it stands for is told elsewhere.
_OBJECT_PRONOUN = re.compile(r"\s(?:it|them|him)\b")
_NO_EVENT_START = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that",
                             "these", "those", "there", "which", "who"})


#: The pasts whose first letters are not their verb's key ("sent" is "send", "made" "mak").
_PAST_KEYS = {"sent": "send", "made": "mak"}


def _key(verb: str) -> str:
    """The key in :data:`_FORMS` of a verb :data:`_TRAILING` matched."""
    if verb.endswith("pressure on"):
        return "pres"
    return _PAST_KEYS.get(verb) or next(k for k in (verb[:4], verb[:3]) if k in _FORMS)


def trailing_effect_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Its second stage failed to ignite, sending the rocket into the sea" -> "What sent the
    rocket into the sea?"; "The recount found that [ballots had been misplaced], which
    explained most of the difference" -> "What explained most of the difference?"."""
    for match in _TRAILING.finditer(text):
        verb = match.group("verb")
        key = _key(verb)
        which = match.group("which") is not None
        if which != verb.endswith(("ed", "ains", "sent", "led to", "drove up", "driven up",
                                   "pressure on", "makes")) or key in _WHICH_ONLY and not which:
            continue  # a participle after "which" ("which sending") or a past without it
        shape = _EFFECT_SHAPE.get(key)
        if shape is not None and not shape.match(text, match.end()):
            continue
        found = event_before(text, match.start())
        if found is None:
            continue
        event, who, reread = found
        if not which and _CLAUSE_INSIDE.search(event) and len(_parsed(event)) > 1:
            continue  # ("X has been offline after its cable was damaged, disrupting Y": which?)
        if key in _READ_ELSEWHERE and not reread and not (which and _PLACE_END.search(event)) or key in _AGENT_AMBIGUOUS and _agent(event):
            continue
        effect = cut_span(text, match.end())
        if effect is None or DEMONSTRATIVE.match(effect) and not _named_object(effect, who) or \
                word_count(effect) > 16 or not 4 <= word_count(event) <= 24:
            continue
        effect = _named_object(effect, who) or effect
        if _OWNER.search(effect) and not _OWN_OBJECT.match(effect) and not _AND_OWN.search(
                effect):
            continue  # ("which explained the drop in its effectiveness": whose?)
        past, perfect = _FORMS[key]
        opened = event.split()[0].lower() if which else _event_aux(event)
        asked = f"has {perfect}" if opened in {"has", "have"} or match.group("aux") in {
            "has", "have"} else past
        if verb == "makes":  # ("which makes X vulnerable": a lasting state, asked as one)
            if _SAYS.search(event):
                continue  # ("Officials say the port lacks cranes": a report, not the state)
            asked = "makes"
        yield AnswerKind.CAUSE, f"What {asked} {effect}", event, ()


def _agent(event: str) -> bool:
    """Whether the event's subject is someone who acts (a name, a body, a player)."""
    clauses = _parsed(event)
    subject = clauses[0].subject.split(" of ")[0].split() if clauses else []
    if not subject:
        return True
    named = subject[-1][:1].isupper() and not (len(subject) == 1 and event.startswith(subject[0]))
    return named or subject[-1].lower() in _AGENTS  # ("Storms swept ...": no name)


def _event_aux(event: str) -> str:
    """The first word of the event's verb group ("has" of "has risen"), or ""."""
    clauses = _parsed(event)
    return clauses[0].group.words[0].lower() if clauses else ""


def _parsed(event: str) -> list[Clause]:
    """The clauses of ``event`` read with a quantity opening it left out (their positions
    those of the shorter text; only the first clause's start, 0, is read from them)."""
    quantity = _QUANTITY.match(event)
    return find_clauses(event[quantity.end():] if quantity else event)


def _named_object(effect: str, who: str | None) -> str | None:
    """The effect with the person it names by "him"/"her" named ("him to take work" ->
    "Eduardo Pacheco to take work"), when a named person's report opened the sentence."""
    head, _, rest = effect.partition(" ")
    if who is None or head not in {"him", "her"} or not rest.startswith("to "):
        return None
    return f"{who} {rest}"


def strip_report(head: str) -> str:
    """``head`` without the report that opens it ("The coastguard said", "X, 51, who ...,
    said that"), when one does and a named or common subject says it."""
    opener = _OPENER.match(head)
    if opener is None or is_pronoun(opener.group("who")):
        return head
    return head[opener.end():]


def event_before(text: str, end: int) -> tuple[str, str | None, bool] | None:
    """The event told by the clause that ends at ``end``, with the person whose report it is
    (if one named opens the sentence) and whether it was read past a report or a "before",
    or ``None`` when it is no whole clause of its own (commas, a pronoun subject, a modal)."""
    head = text[:end]
    according = _ACCORDING.search(head)
    if according is not None:
        head = head[:according.start()]
    who, reread = None, False
    for _ in range(2):
        opener = _OPENER.match(head)
        if opener is None or not _parsed(_ASIDE.split(head[opener.end():])[0]):
            break
        if is_pronoun(opener.group("who")):
            return None  # ("He said the team had played badly, prompting boos": whose words?)
        person = _PERSON.fullmatch(opener.group("who").split(",")[0])
        who = who or (person.group() if person else None)
        head, reread = head[opener.end():], True
    last = None
    for last in _LAST_EVENT.finditer(head):
        pass
    if last is not None and (opened := _parsed(head[last.end():])) and \
            opened[0].first_token == 0:
        head, reread = head[last.end():], True
    aside = _ASIDE.search(head)
    if aside is not None:
        head = head[:aside.start()]
    event = head.strip()
    if not event or _BREAK.search(_QUOTED.sub("", event)) or \
            event.split()[0].lower() in _NO_EVENT_START or _OBJECT_PRONOUN.search(event):
        return None
    clauses = _parsed(event)
    if not clauses or clauses[0].first_token != 0:
        return None
    clause = clauses[0]
    if is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject) and not reread or \
            clause.group.main.lower() in SAYING_VERBS or MODAL_VERBS.intersection(
                w.lower() for w in clause.group.words):
        return None
    return (event if reread else first_upper(event)), who, reread
