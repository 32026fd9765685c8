"""Causes told of a whole clause by what follows it: ", a move that Y", ", which has Y", etc.

Also "since" + a clause that is a reason, not a time ("Residents were told to stay indoors
since the smoke was toxic" -> "Why were residents told to stay indoors?").

"The bank raised rates by half a point, a move that pushed mortgage costs to a ten-year high"
-> "What pushed mortgage costs to a ten-year high?" - the clause before; "Congestion is slowing
buses, which has pushed up costs" -> "What has pushed up costs?"; "All sailings were cancelled,
forcing hundreds of passengers to sleep at the port" -> "Why did hundreds of passengers have to
sleep at the port?"; "X had been struggling since 2023, when its ship ran aground" -> "Why had X
been struggling since 2023?". The answer is always the clause before, whole: one clause of its
own (a time or a place may be set off before it), with a subject that names what it is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_after import TIME_AFTER, event_clause
from quiz.generate.cause_results import fronted_end
from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span, why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import VerbGroup, is_pronoun, question_predicate, word_count
from quiz.generate.syntax import Clause, find_clauses

#: Verbs that bring about an effect on their object (open class of the common ones), in the
#: forms that follow "that", "which" or an auxiliary.
_EFFECT_BASES = """
    keep push drive force leave send cost delay hit hurt hamper slow boost fuel cause spark
    trigger prompt anger raise cut end put throw help weaken damage disrupt reduce increase
    lift lower halt stall derail double triple wipe save open make bring give lead result pave
    deepen worsen ease spur provoke dent undermine threaten jeopardise jeopardize block stop
    prevent rule scupper sink strand surprise shock alarm upset frustrate delight trap
"""
_IRREGULAR = {"keep": "kept", "drive": "drove driven", "leave": "left", "send": "sent",
              "cost": "cost", "hit": "hit", "hurt": "hurt", "cut": "cut", "put": "put",
              "throw": "threw thrown", "make": "made", "bring": "brought",
              "give": "gave given", "lead": "led", "rule": "ruled", "sink": "sank sunk",
              "stop": "stopped", "jeopardise": "jeopardised", "jeopardize": "jeopardized"}


def _forms(base: str) -> list[str]:
    third = f"{base}es" if base.endswith(("sh", "ch", "s", "x")) else f"{base}s"
    if base in _IRREGULAR:
        return [base, third, *_IRREGULAR[base].split()]
    past = f"{base}d" if base.endswith("e") else f"{base[:-1]}ied" if base.endswith("y") and \
        base[-2] not in "aeiou" else f"{base}ed"
    return [base, third, past]


EFFECT_FORMS = frozenset(form for base in _EFFECT_BASES.split() for form in _forms(base)) - {
    "leads", "lead", "results", "result", "opens", "open", "gives", "give", "rule", "rules",
    "ruled", "making", "make", "makes", "help", "helps", "end", "ends", "stop", "stops"}
#: "led to", "resulted in", "opened the way for", "gave rise to", "ruled out": verbs that
#: are effects only with their particle.
_PARTICLED = re.compile(r"(?:led|leads|lead|resulted|results|result)\s+(?:to|in)\b|"
                        r"(?:opened|opens|open|paved|paves|pave)\s+the\s+way\b|"
                        r"(?:gave|gives|give)\s+rise\b|(?:ruled|rules|rule)\s+out\b|"
                        r"(?:helped|helps|help)\s+(?:to\s+)?[a-z]+\b|"
                        r"(?:made|makes|make)\s+it\s+(?:harder|easier|impossible|difficult)\b|"
                        r"(?:ended|ends|end)\s+(?:hopes|any|the|a|its|their|his|her)\b|"
                        r"(?:stopped|stops|stop)\s+(?!short)[a-z]+\b")
_ADVERB = r"(?:(?:also|since|already|effectively|in\s+turn)\s+)?"
_AUXILIARY = _ADVERB + r"(?:(?:has|have|had|will|would|could|may|might|can)\s+)?" + _ADVERB
#: ", a move that pushed Y", ", a result that kept Y", ", a decision that has angered Y": a
#: noun summing up the clause before, and what it did.
_SUMMARY = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:result|move|decision|step|development|"
                      r"outcome|change|shift|setback|blow|measure|policy|vote|ruling|verdict|"
                      r"failure|announcement|collapse|delay|cut|rise|fall|increase|drop|"
                      r"slump|surge)\s+(?:that|which)\s+(?P<effect>" + _AUXILIARY +
                      r"(?P<verb>[a-z]+)\b)")
#: ", which has pushed up Y", ", which in turn has driven up Y", ", which cost the town Y".
_WHICH = re.compile(r",\s+which\s+(?P<effect>" + _AUXILIARY + r"(?P<verb>[a-z]+)\b)")
#: ", forcing hundreds of passengers to sleep": whom the clause before made act, and the act.
_FORCING = re.compile(r",\s+(?:forcing|compelling|obliging)\s+(?P<obj>(?:[^,;:\"“”()]|"
                      r"(?<=\d),(?=\d)){3,60}?)\s+"
                      r"to\s+(?=[a-z]{2,}\b)")
#: "since 2023, when X": the moment a state began, and what happened then.
_SINCE_WHEN = re.compile(r"\s+since\s+(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d|"
                         r"(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)(?:\s+(?:19|20)\d\d)?|last\s+(?:year|month|"
                         r"spring|summer|autumn|winter))(?P<end>),\s+when\s+")
#: What a clause before a "which" ends in when the "which" stands for the whole clause: a
#: year, a time, a day, an amount, or an adverb ("closed in 2019, which cost 800 jobs").
_CLAUSE_END = re.compile(r"(?:(?:19|20)\d\d|\d+(?:\.\d+)?%|\d+(?:\.\d+)?\s+(?:per\s+cent|percent)|"
                         r"yesterday|today|week|month|year|weekend|night|morning|afternoon|"
                         r"evening|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|"
                         r"March|April|May|June|July|August|September|October|November|"
                         r"December|[a-z]{3,}ly)$")
#: The verbs of a report: a clause that reports is not itself the event ("X said Y, a move
#: that ...": the saying or what was said?).
_REPORTING = frozenset("""
    said says say told tells announced announces added adds claimed claims stated reported
    warned argued insisted believed believes thinks thought wrote
""".split())
#: The states a "since ..., when X" clause explains: troubles, declines and closures.
_TROUBLED = frozenset("""
    struggling declining falling shrinking losing closed shut suspended banned empty
    abandoned stalled frozen halted derelict unused deserted decline crisis difficulty
    trouble debt operating investigation
""".split())
#: Words that point to something named elsewhere: a question holding one asks "whose?".
_POINTING = frozenset({"its", "their", "his", "her", "it", "they", "them", "him", "he", "she",
                       "this", "that", "these", "those"})
#: A clause and a ranking of it set off after it: "X erupted on Sunday, its first eruption
#: in a decade".
_RANKED_APPOSITION = re.compile(r"(?P<head>[^,;:]+),\s+(?:its|their|the|his|her)\s+(?:first|"
                                r"second|third|last|latest|biggest|largest|worst|best|highest|"
                                r"lowest|sharpest|steepest|longest|heaviest)\b[^,;:]{3,60}")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_MODALS = frozenset({"will", "would", "could", "may", "might"})
_AUX_WORDS = frozenset({"has", "have", "had", "will", "would", "could", "may", "might", "can"})
#: Objects of "forcing" that name no one to ask about.
_NO_ONE = frozenset({"him", "her", "them", "us", "me", "nothing", "nobody", "no", "none",
                     "anyone", "anybody", "everyone", "everybody", "someone", "somebody"})
_MAX_STATEMENT = 24
_MAX_EFFECT = 16


def statement_before(text: str, clauses: list[Clause], end: int) -> str | None:
    """The one clause that ``text`` states before ``end`` (from its subject, after a fronted
    time or place), or ``None`` when it is not one clause naming its subject."""
    if not clauses or clauses[0].verb_end > end:
        return None
    first = clauses[0]
    lead = fronted_end(text, first)
    if lead < 0:
        return None
    statement = text[lead:end].strip()
    ranked = _RANKED_APPOSITION.fullmatch(statement)
    if ranked is not None:
        statement = ranked.group("head")  # ("The volcano erupted on Sunday, its first eruption
        # in a decade": the event without its ranking)
    if any(ch in _THOUSANDS.sub("", statement) for ch in ",;:\"“”()") or not 4 <= word_count(
            statement) <= _MAX_STATEMENT or is_pronoun(first.subject) or \
            VAGUE_SUBJECT.match(first.subject) or DEMONSTRATIVE.match(first.subject):
        return None
    if any(c.group.main.lower() in _REPORTING for c in clauses if c.verb_end <= end):
        return None
    return statement


def _effect(text: str, match: re.Match[str]) -> str | None:
    """What the clause before did, from "that"/"which" on ("kept the proposal off the
    agenda"), when its verb is one that brings an effect about."""
    verb = match.group("verb")
    if verb not in EFFECT_FORMS and _PARTICLED.match(text, match.start("verb")) is None:
        return None
    effect = cut_span(text, match.start("verb"))
    if effect is None or not 3 <= word_count(effect) <= _MAX_EFFECT or not \
            _POINTING.isdisjoint(effect.lower().split()):
        return None  # ("What wiped 4% off its shares?": whose?)
    aux = [w for w in text[match.start("effect"):match.start("verb")].split() if w in _AUX_WORDS]
    return " ".join([*aux, effect])


def summary_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Residents rejected the charge, a result that kept the proposal off the agenda" -> "What
    kept the proposal off the agenda?" -> "Residents rejected the charge"; "X declared a state
    of emergency, a step that allows the district to draw on national funds" -> "X declared a
    state of emergency. What does this allow the district to do?" -> "draw on national funds"."""
    for match in _SUMMARY.finditer(text):
        allowed = _ALLOWED.match(text, match.start("verb"))
        if allowed is not None:
            yield from _allowed(text, clauses, match, allowed)
            continue
        yield from _what_did(text, clauses, match)


#: "allows the district to draw on X": whom the act the noun sums up lets or makes act.
_ALLOWED = re.compile(r"(?P<verb>allows|allowed|enables|enabled|lets|forces|forced|requires|"
                      r"required)\s+(?P<obj>(?:the|its|their|a|an)?\s*[\w’'-]+(?:\s+[\w’'-]+)?)"
                      r"\s+to\s+(?=[a-z]{3,})")
_ALLOW_BASE = {"allows": "allow", "allowed": "allow", "enables": "enable", "enabled": "enable",
               "lets": "let", "forces": "force", "forced": "force", "requires": "require",
               "required": "require"}


def _allowed(text: str, clauses: list[Clause], match: re.Match[str], allowed: re.Match[str]
             ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """The statement before the summing noun told, then what it lets someone do asked."""
    lead = fronted_end(text, clauses[0]) if clauses else -1
    statement = text[lead:match.start()].strip() if lead >= 0 else ""
    act = cut_span(text, allowed.end())
    if not statement or act is None or any(ch in statement for ch in ";:\"“”()") or not \
            4 <= word_count(statement) <= 30 or is_pronoun(clauses[0].subject) or \
            VAGUE_SUBJECT.match(clauses[0].subject) or is_pronoun(allowed.group("obj")):
        return
    support = "did" if allowed.group("verb").endswith("ed") else "does"
    yield (AnswerKind.EFFECT, f"{statement}. What {support} this "
           f"{_ALLOW_BASE[allowed.group('verb')]} {allowed.group('obj')} to do", act, ())


def which_facts(text: str, clauses: list[Clause]
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Congestion is also slowing buses, which has pushed up costs" -> "What has pushed up
    costs?" -> the clause before, when "which" stands for that whole clause: it follows a
    time, an amount or an adverb, a plural noun takes "has", or "in turn" says so."""
    for match in _WHICH.finditer(text):
        before = text[:match.start()].rstrip().split()
        last = before[-1] if before else ""
        aux = match.group("effect").split()[0]
        whole = _CLAUSE_END.search(last) is not None or " in turn " in match.group() or \
            aux == "has" and last.islower() and last.endswith("s") and not last.endswith(
                ("ss", "us", "is", "news")) or aux in _MODALS and last.islower() and \
            match.group("verb") in EFFECT_FORMS
        # (a chance a whole plan or event brings: "must negotiate a social plan first, which
        # could delay the cuts until the autumn"; a thing's own use is no effect verb, and
        # "which could lead to X" is where it may go, no effect yet)
        if whole:
            yield from _what_did(text, clauses, match)


def _what_did(text: str, clauses: list[Clause], match: re.Match[str]
              ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    effect = _effect(text, match)
    statement = statement_before(text, clauses, match.start()) if effect else None
    if effect is None or statement is None:
        return
    yield AnswerKind.CAUSE, f"What {effect}", statement, ()


def forcing_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"All sailings were cancelled, forcing hundreds of passengers to sleep at the port" ->
    "Why did hundreds of passengers have to sleep at the port?" (a clause in the past only)."""
    for match in _FORCING.finditer(text):
        statement = statement_before(text, clauses, match.start())
        obj = match.group("obj")
        if statement is None or is_pronoun(obj) or VAGUE_SUBJECT.match(obj) or \
                word_count(obj) > 8 or obj.split()[0].lower() in _NO_ONE:
            continue
        group = clauses[0].group
        if group.tense != "past" and group.words[0] not in {"was", "were", "had"}:
            continue
        act = cut_span(text, match.end())
        if act is None or word_count(act) > _MAX_EFFECT:
            continue
        inverted = question_predicate(obj, VerbGroup(("had",), "had", "aux"), f"to {act}")
        if inverted is not None:
            yield AnswerKind.CAUSE, f"Why {inverted}", statement, ()


def since_when_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Aegean Blue had been struggling since 2023, when one of its ships ran aground" -> "Why
    had Aegean Blue been struggling since 2023?" (a state of trouble only, begun by an event)."""
    for match in _SINCE_WHEN.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner or "been" not in owner[-1].group.words and owner[-1].group.words[0] not in \
                {"has", "have", "had"}:
            continue
        clause = owner[-1]
        state = text[clause.verb_start:match.start()].lower().split()
        if _TROUBLED.isdisjoint(w.strip(".,") for w in state):
            continue
        cause = cut_span(text, match.end())
        if cause is None or not event_clause(cause):
            continue
        question = why_question(text, clause, match.start("end"))
        if question is not None:
            yield AnswerKind.CAUSE, question, cause, (f"when {cause}",)


#: "since" and what follows it, when that is no time: "since the smoke was toxic".
_SINCE = re.compile(r"(?:,\s+|\s+)since\s+(?!(?:then|when|last|early|late|mid|records|"
                    r"the\s+(?:start|end|beginning|middle|turn|outbreak|time|age|days?|war|"
                    r"pandemic|election|crisis|summer|spring|autumn|winter)|(?:19|20)\d\d|\d|"
                    r"[A-Z])\b)(?=[a-z])")
#: A superlative or a first before "since": "the biggest drop since X", "the first time
#: since X", "the highest level ever since X" measure from a time.
_RANKED_BEFORE = re.compile(r"\b(?:[a-z]{2,}est|first|last|ever|only|most|least|fewest|worst|best|"
                            r"more|fewer|less)\b")
#: The first word of a verb group that tells what holds now (present or modal): a "since"
#: clause told so is a reason, whatever the tense of the clause it explains.
_HOLDS = re.compile(r"(?:is|are|has|have|does|do|can|cannot|could|will|may|must|"
                    r"(?!was|has|does|goes)[a-z]{2,}[^s\W]s)$")
#: A present state after a subject of up to four words: "sunken boxes pose a danger", "the
#: farm accounts for less than 1%" (a plain noun phrase, no pronoun).
_STATE_CLAUSE = re.compile(r"(?!(?:he|she|it|they|we|you|i|this|that|there)\b)(?:[\w’'-]+\s+){1,4}?"
                           r"(?:is|are|poses?|accounts?|lacks?|remains?|costs?|needs?|requires?|"
                           r"contains?|holds?|depends?|relies?|rely|carries?|cannot|can)"
                           r"\s+(?:for|on|a|an|the|no|not|more|less|only|too|far|\d)")
#: A clause told with these is a fact that holds (a reason); a perfect main clause makes
#: "since" a time ("has lost 2,000 jobs since the plant closed").
_PERFECT = frozenset({"has", "have", "had", "been"})


#: Changes in the perfect that an act "since" explains ("Bus use has fallen by a third since
#: fares were doubled"; not "has lost 2,000 jobs since the plant closed": a time).
_CHANGED = frozenset("""
    risen grown soared surged fallen dropped doubled tripled halved increased declined jumped
    climbed plunged plummeted slumped collapsed dwindled
""".split())
#: Acts "since" may name as the cause of such a change: a passive, or a decision.
_SINCE_ACTS = frozenset("""
    banned cut raised introduced scrapped closed opened approved launched abolished lifted
    imposed doubled tripled halved increased reduced removed axed ended
""".split())


def _change_since_act(clause: Clause, inner: Clause, cause: str) -> bool:
    """Whether ``clause`` tells a change in the perfect and ``inner`` (the "since" clause)
    an act done: "has fallen since fares were doubled", "has soared since the ban was lifted";
    or a cut since a rule was made ("have closed dozens of beds since new visa rules took
    effect", "has cut 300 jobs since the tax was introduced"; not "since the plant closed")."""
    words = [w.lower() for w in inner.group.words]
    main = clause.group.main.lower()
    done = words[0] in {"was", "were"} and inner.group.main.lower() in _SINCE_ACTS
    if main in _CHANGED:
        return inner.group.main.lower() in _SINCE_ACTS and (done or len(words) == 1)
    return main in _CUT_ACTS and (done or _ENACTED.match(cause, inner.verb_start) is not None)


#: Cuts and losses a rule made before them explains.
_CUT_ACTS = frozenset("""
    closed cut shed lost suspended halted cancelled canceled shut axed scrapped reduced
    dropped abandoned withdrawn
""".split())
#: A rule coming into force: "took effect", "came into force".
_ENACTED = re.compile(r"(?:took|has\s+taken|had\s+taken)\s+effect\b|"
                      r"(?:came|has\s+come|had\s+come)\s+into\s+(?:force|effect)\b")


def since_facts(text: str, clauses: list[Clause]
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Residents were told to stay indoors since the smoke was toxic" -> "Why were residents
    told to stay indoors?" - "since" + a clause with a finite verb of its own, after a main
    clause not in the perfect."""
    if text.startswith("Since "):
        yield from _since_opening(text, clauses)
    for match in _SINCE.finditer(text):
        comma = text.startswith(",", match.start())
        if not comma and _RANKED_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue  # ("its biggest one-day drop since the company floated": a time; but
            # "could be even more damaging, since X" gives a reason)
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner or any(c.subject_start > owner[-1].verb_end and c.verb_end <= match.start()
                            for c in clauses):
            continue
        cause = cut_span(text, match.end())
        if cause is None or word_count(cause) < 3:
            continue
        inner = next((c for c in find_clauses(cause) if c.first_token == 0), None)
        state = _STATE_CLAUSE.match(cause) if inner is None and comma else None
        if state is not None:
            # ("since sunken boxes pose a danger", "since the farm accounts for 1%": a state
            # told in the present, which the clause reader does not read as a clause)
            if TIME_AFTER.match(cause) or any(c.subject_start > match.start() for c in clauses):
                continue
            question = why_question(text, owner[-1], match.start())
            if question is not None:
                yield AnswerKind.CAUSE, question, cause, (f"since {cause}",)
            continue
        if inner is None or is_pronoun(inner.subject) and inner.subject.lower() != "it":
            continue
        holds = comma and _HOLDS.match(inner.group.words[0].lower()) is not None
        if TIME_AFTER.match(cause) and not (holds and inner.subject.lower() == "it"):
            continue  # ("since it opened": a time; "since it can no longer X": a reason)
        if not _PERFECT.isdisjoint(w.lower() for w in owner[-1].group.words) and not holds \
                and not _change_since_act(owner[-1], inner, cause):
            continue  # ("has lost 2,000 jobs since the plant closed": a time; but "has moved
            # its training, since it can no longer rely on X" holds now: a reason)
        question = why_question(text, owner[-1], match.start())
        if question is not None:
            yield AnswerKind.CAUSE, question, cause, (f"since {cause}",)


def _since_opening(text: str, clauses: list[Clause]
                   ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Since the bridge is closed, drivers must take a long detour" -> "Why must drivers take
    a long detour?" (a clause that holds, before a main clause not in the perfect)."""
    comma = text.find(", ")
    cause = text[6:comma] if 0 < comma < 120 else ""
    if not cause or _SINCE_TIME.match(cause) or TIME_AFTER.match(cause) or word_count(cause) < 3:
        return
    inner = next((c for c in find_clauses(cause) if c.first_token == 0), None)
    main = next((c for c in clauses if c.subject_start > comma), None)
    if inner is None or main is None or not _PERFECT.isdisjoint(
            w.lower() for w in main.group.words) or is_pronoun(inner.subject):
        return
    end = _MAIN_END.search(text, main.verb_end)
    question = why_question(text, main, end.start() if end else len(text.rstrip(" .!?")))
    if question is not None:
        yield AnswerKind.CAUSE, question, cause, (f"since {cause}",)


#: "Since then", "Since the start of ...": a time opening the sentence.
_SINCE_TIME = re.compile(r"(?:then|when|last|early|late|mid|records|the\s+(?:start|end|beginning|"
                         r"middle|turn|outbreak|time|age|days?|war|pandemic|election|crisis)|"
                         r"(?:19|20)\d\d|\d|[A-Z])\b")
#: Where a main clause's predicate ends: a comma or a connective after it.
_MAIN_END = re.compile(r",\s|\s+(?:because|after|when|while|as|but|and)\s")
