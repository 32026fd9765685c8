"""Whether a clause after "after", "since" or ", as" gives a reason, told by clause shape.

The cloze fallback gaps such a clause where no rule asked it. Its words are in no list: an
"after" clause counts when it is an event with its own subject and past verb (not a time, a
stretch of time or the subject's own next act) told after a change, a decision or a state
(not after a move, a meeting or a word), or after an emphasis ("only after"); a "since" clause
when such an event follows a change told in the perfect ("has grown since X was banned"); an
", as" clause when its verb group can only be a reason: negated ("as they did not prevent X"),
modal ("as it could not afford X"), or in the present ("as miners pay farmers for their land").
"""

from __future__ import annotations

import re

from quiz.generate.cause_after import (
    PERIOD_CLAUSE, SPAN_BEFORE, TIME_AFTER, TIME_ONLY_VERBS, caused_by_noun, event_clause,
    strong_after,
)
from quiz.generate.cause_spans import ends_with
from quiz.generate.grammar import base_form
from quiz.generate.syntax import Clause, find_clauses

#: Verbs after which "after" + an event only dates the act: moving, meeting, speaking,
#: beginning, living, playing (a main clause in the present perfect is a state the event
#: brought about: "has become a political issue after X").
_TIME_ONLY = TIME_ONLY_VERBS | frozenset("""
    get see hear talk die sleep wait walk run sit stand eat drink
""".split())
_SPOKEN = frozenset({"say", "tell", "speak", "talk", "add", "write", "meet", "visit", "arrive"})
#: "came to light after X", "came under pressure after X": an outcome, not a move.
_CAME_TO = re.compile(r"\s+(?:to\s+light|under\s+(?:fire|pressure|scrutiny|attack|criticism))\b")
#: A subordinating word right before a clause's subject: that clause ("unless it is urgent")
#: is not the one a later "after" explains.
_SUBORDINATE = re.compile(r"\b(?:unless|if|when|while|whereas|although|though|before|until|"
                          r"because|since|as|once)\s+$", re.IGNORECASE)
_PERFECT = frozenset({"has", "have"})
#: "stay closed", "remain shut", "remained suspended": a state kept since an event.
_STAYING = frozenset({"stay", "remain"})
_KEPT = re.compile(r"\s+(?:(?:largely|partly|fully|temporarily)\s+)?(?:[a-z]+ed|shut|closed|"
                   r"out\s+of\s+(?:service|action|use)|offline|off\s+limits)\b")
#: Verbs that say only that something happened: "took place only after X" tells the order.
_EMPTY = frozenset({"occur", "happen", "take", "come", "go", "follow", "be"})


def after_gives_reason(text: str, link: re.Match[str], span: str) -> bool:
    """Whether "after" at ``link`` with the clause ``span`` after it says why the clause
    before it happened (see the module docstring)."""
    if ends_with(SPAN_BEFORE, text, link.start()) or TIME_AFTER.match(span) or \
            PERIOD_CLAUSE.match(span):
        return False  # ("two days after X", "after 2019", "after the season ended")
    owner = _owner(text, link.start())
    if owner is None:
        return False
    main = owner.group.main.lower()
    base = base_form(main) or main
    if base in _EMPTY and not (base == "come" and _CAME_TO.match(text, owner.verb_end)):
        return False  # ("the reviews took place only after X": what came first, not why)
    if strong_after(text, owner, link, span):
        return True  # (the question rules' own reading: "only after X", "closed after a fire")
    if base in _STAYING and _KEPT.match(text, owner.verb_end) and caused_by_noun(span):
        return True  # "will stay closed until the summer after a rockfall on Sunday"
    if not event_clause(span):
        return False  # ("after leaving office", "after he won": the subject's own next act)
    if base in _SPOKEN:
        return False
    if owner.group.words[0].lower() in _PERFECT and main != "been":
        return True  # "has become a major issue after the president criticised X"
    if base == "come" and _CAME_TO.match(text, owner.verb_end):
        return True
    return base not in _TIME_ONLY


#: A change told in the perfect, which "since" + an event explains ("has grown sharply since
#: a rival product was banned", "have soared since X drew 250,000 visitors").
_CHANGED = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:risen|grown|soared|increased|"
                      r"decreased|declined|dropped|fallen|climbed|slowed|surged|jumped|slumped|"
                      r"plunged|plummeted|eased|tumbled|rallied|weakened|strengthened|shrunk|"
                      r"doubled|halved|tripled|improved|worsened|deteriorated|recovered|"
                      r"collapsed|boomed|dried\s+up)\b[^,;:]{0,40}$")


def since_gives_reason(text: str, at: int, span: str) -> bool:
    """Whether "since" at ``at`` with the clause ``span`` after it says why a change told in
    the perfect came about: an event with its own subject and past verb after the change."""
    return _CHANGED.search(text, max(0, at - 80), at) is not None and event_clause(span) and \
        not TIME_AFTER.match(span) and not PERIOD_CLAUSE.match(span)


#: Words before a "when" that make it a question or a time ("asked when X", "unclear when X",
#: "at a time when X", "the day when X").
_WHEN_OF = re.compile(r"\b(?:ask|asks|asked|know|knows|knew|known|unclear|clear|decide|decides|"
                      r"decided|wonder|wonders|wondered|say|says|said|tell|tells|told|explain|"
                      r"explained|remember|remembers|recall|recalls|recalled|sure|certain|"
                      r"time|times|day|days|moment|year|years|period|era|week|month|night|"
                      r"morning|point|age|season|decade|only|just|even|except|especially|"
                      r"\d{4})[,\s]+$", re.IGNORECASE)


def when_gives_reason(text: str, link: re.Match[str], span: str) -> bool:
    """Whether "when" at ``link`` with the clause ``span`` after it says what set off the
    act before it ("Fans threw bottles onto the pitch when the referee disallowed a goal"):
    read as "after" is, but never after a progressive ("was living in Paris when X"), a
    question ("asked when X"), a time named before it ("in 2022, when X") or a progressive
    or habit in the clause itself."""
    if _WHEN_OF.search(text, max(0, link.start() - 16), link.start()) or \
            "ing " in span and _PROGRESSIVE.search(span) or _PRESENT.search(span):
        return False  # ("will climb 200 places when the rankings are published": a time)
    owner = _owner(text, link.start())
    if owner is None or owner.group.main.lower().endswith("ing") or any(
            w.lower() in {"would", "will", "can", "could", "usually", "often", "always"}
            for w in owner.group.words):
        return False  # ("was living", "would stop when X": a habit or a condition)
    return after_gives_reason(text, link, span)


_PROGRESSIVE = re.compile(r"\b(?:was|were|is|are)\s+[a-z]+ing\b")
#: A clause in the present or the future: a time to come, not what set an act off.
_PRESENT = re.compile(r"^(?:[\w’'-]+\s+){0,6}?(?:is|are|am|will|shall|gets|get)\b")


def _owner(text: str, at: int) -> Clause | None:
    """The clause "after" at ``at`` follows: the last one whose verb ends before it, passing
    over a subordinate one ("urged not to call unless it is urgent, after X")."""
    owners = [c for c in find_clauses(text) if c.verb_end <= at and c.subject_start < at]
    while owners and _SUBORDINATE.search(text, max(0, owners[-1].subject_start - 12),
                                         owners[-1].subject_start):
        owners.pop()
    return owners[-1] if owners else None


#: Verbs of an ", as" clause that tell how something is said or goes, not why: "as the
#: saying goes", "as things stand", "as she puts it", "as we know".
_AS_MANNER = frozenset("""
    go goes stand stands put puts say says see sees know knows suggest suggests show shows
    describe describes call calls expect expects like likes wish wishes please pleases
    do does did done happen happens turn turns speak speaks mean means remember remembers
    recall recalls note notes explain explains write writes
    said saw seen knew known suggested showed shown described called expected wished went
    happened turned spoke meant remembered recalled noted explained wrote written promised
    predicted forecast planned agreed announced reported feared hoped intended requested
    stated warned mentioned demanded ordered proposed recommended urged
""".split())
#: A plural subject of up to three words, a present verb (no "-ed", "-ing", "-ly" or "-s"),
#: then its object: "gangs bribe rangers", "many small farmers sell their beans".
_PLURAL_PRESENT = re.compile(
    r"(?:(?:the|many|some|most|more|few|its|their)\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]{2,}[^s\W]s\s+"
    r"(?!(?:are|were|was|is|have|has|had|and|or|of|in|on|at|to|for|with|from|by|who|which|that|"
    r"than|as|also|still|now|then|there|here|too)\b)"
    r"[a-z]{3,}(?<!ed)(?<!ing)(?<!ly)(?<!s)\s+(?:the|a|an|its|their|his|her|more|less|"
    r"[a-z]{3,}s)\b")
#: Perfect auxiliaries whose "as" clause tells a state reached before: a reason.
_PERFECT_AS = frozenset({"has", "have", "had"})
_MODALS = frozenset({"can", "cannot", "could", "would", "will", "must", "may", "might",
                     "should", "need", "needs", "can't", "couldn't", "won't", "wouldn't"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_BE = frozenset({"is", "are", "was", "were", "been"})
#: An inability after a copula: "were unable to", "was not able to".
_INCAPABLE = re.compile(r"\s+(?:still\s+|simply\s+)?(?:unable|not\s+able)\s+to\b")
#: Adverbs of time inside a verb group, which leave its tense as it is.
_TIME_ADVERBS = frozenset({"now", "still", "already", "also", "increasingly", "currently"})


def as_gives_reason(text: str, start: int) -> bool:
    """Whether the clause opening at ``start`` (right after ", as ") can only be a reason:
    its verb group negated, modal, or in the present (see the module docstring)."""
    clause = next((c for c in find_clauses(text) if c.subject_start == start), None)
    if clause is None:
        return _PLURAL_PRESENT.match(text, start) is not None  # (a verb the clause reader
        # does not know: "as gangs bribe rangers")
    if clause.verb_start - clause.subject_end > 2:
        return False
    words = [w.lower() for w in clause.group.words if w.lower() not in _TIME_ADVERBS] or \
        [clause.group.main.lower()]  # ("as flour now accounts for half of costs")
    main = clause.group.main.lower()
    if main in _AS_MANNER or words[-1] in _AS_MANNER:
        return False
    if not _NEGATIONS.isdisjoint(words) or any(w.endswith("n't") for w in words):
        return True  # "as they did not prevent US authorities from accessing the data"
    if words[0] in _MODALS:
        return True  # "as the council could not afford the repairs"
    if main in _BE and _INCAPABLE.match(text, clause.verb_end):
        return True  # "as crowded hospitals were unable to admit them": a negated ability
    if words[0] in _PERFECT_AS and main != words[0]:
        return True  # "as prices have risen", "as the river had burst its banks" (not "as it
        # has for years": what it did)
    return clause.group.tense in {"present", "present3"} and len(words) == 1 and \
        not main.endswith("ing")  # "as miners pay farmers for their land"
