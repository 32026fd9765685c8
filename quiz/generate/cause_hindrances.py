"""Causes that keep someone from acting or make them act: "Fog prevented the plane from
landing", "X was barred by the constitution from seeking a second term", "The airline was
forced to cancel 40 flights by a strike" -> "What prevented the plane from landing?", "What
forced the airline to cancel 40 flights?".

Only a thing, a rule or an event is asked with "What" ("the constitution", "a knee injury",
"heavy fog"); a court, a ministry or a person that bars someone is an actor, not a cause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import DEMONSTRATIVE, NOT_BASE, cut_span, written_subject
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, past_of, third_person, word_count
from quiz.generate.lexicon import GROUP_WORDS, ORG_ROLE_WORDS, ORG_WORDS, TITLE_WORDS
from quiz.generate.syntax import Clause

#: The verbs, by base form, whose object is kept "from doing" something.
_BASES = ("bar", "prevent", "stop", "keep", "block", "prohibit", "ban", "preclude",
          "disqualify", "deter", "discourage")
_FORMS = {form: base for base in _BASES
          for form in (base, past_of(base), third_person(base))}
#: The verbs whose object is made to act ("forced to"), by participle.
_MAKING = {"forced": "force", "compelled": "compel", "obliged": "oblige", "pushed": "push",
           "driven": "drive", "prompted": "prompt"}
HINDER_WORDS = frozenset(_FORMS) | frozenset(_MAKING)
#: Substrings a sentence holds when a passive "made to act" may be read in it.
MAKING_CUES = tuple(f" {verb} " for verb in _MAKING)
_VERB = "|".join(sorted(_FORMS, key=len, reverse=True))

#: "was barred by the constitution from seeking", "is prevented from playing by an injury",
#: "was forced by falling sales to close", "were forced to cancel 40 flights by a strike".
_PASSIVE = re.compile(
    r"\b(?P<be>was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+"
    r"(?:(?:also|effectively|legally|constitutionally|repeatedly)\s+)?"
    rf"(?:(?P<verb>{_VERB})|(?P<making>{'|'.join(_MAKING)}))\s+"
    r"(?:by\s+(?P<agent>[^,;:\"“”()]{3,50}?)\s+)?"
    r"(?:(?(verb)from\s+(?P<act>[a-z]+ing)|to\s+(?P<to>[a-z]+)))\b")
#: A relative clause's antecedent named just before it ("Rodrigo Valverde, whose party ...
#: but who was barred"): a name of capitalised words.
_ANTECEDENT = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+(?:who|whose)\s")
_WHO_BEFORE = re.compile(r"\b(?:who|which)\s+$")
#: Words after the act's object that open the agent of a passive ("from playing in the final
#: by a hamstring injury").
_BY = re.compile(r"\s+by\s+")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_PEOPLE_HEADS = TITLE_WORDS | frozenset("""
    people man woman men women boy girl child children family families staff crew owner owners
    father mother son daughter husband wife friend friends neighbour neighbours rival rivals
    judge judges
""".split())
#: Heads of someone acting (people, bodies, groups): never a cause.
NOT_CAUSE_HEADS = _PEOPLE_HEADS | ORG_WORDS | GROUP_WORDS | ORG_ROLE_WORDS | frozenset(
    "court courts board regulator regulators".split())
_PLAIN_TENSE = {"was": "past", "were": "past", "is": "present3", "are": "present3",
                "has been": "has", "have been": "has", "had been": "had", "will be": "will",
                "would be": "would"}


#: Heads of things, rules and events that hold people back or are blamed (besides the
#: abstract nouns of :data:`_ABSTRACT`).
_CAUSE_HEADS = frozenset("""
    rain rains weather fog mist wind winds gusts snow snowfall ice heat heatwave drought storm
    storms flood floods fire fires smoke error errors fault faults bug bugs glitch glitches
    cost costs price prices rates rule rules law laws constitution statutes injury injuries
    illness illnesses virus wiring strike strikes war wars conflict sanctions shortage
    shortages lack demand inflation debt debts crisis pandemic outbreak disease policy
    policies ban bans restrictions cuts tariffs tax taxes fees terms limit limits age order
    orders injunction treaty clause agreement contract problem problems wear corrosion cracks
    crack damage delays congestion traffic fatigue stress pressure pressures fears concerns
    worries doubts protests unrest violence fighting tensions bureaucracy paperwork
    red-tape visa visas quota quotas deadline deadlines budget budgets losses loss sales
    profits revenues water floodwater levels temperatures rents bills deficit deficits
    pollution ash emissions surge surges spike wave rise fall row rows scandal scandals
    allegations accusations debate dispute disputes controversy speculation rumours rumors
    protest walkout walkouts blockade blockades boycott boycotts recession downturn slump
    collapse outage outages blackout blackouts crash crashes accident accidents leak leaks
    spill spills breakdown breakdowns
""".split())
_POST_MODIFIER = frozenset({"of", "on", "in", "over", "at", "from", "about", "against", "for", "by",
                            "with", "to", "across", "among", "between", "that", "which", "who",
                            "where", "when"})
_RELATIVE_WORDS = frozenset({"that", "which", "who"})
_ABSTRACT = ("tion", "sion", "ment", "ness", "ity", "ure", "ance", "ence", "ism", "ing")


#: A subject written with "His", "Its" ...: whose, an answer quoting the sentence cannot say.
OWNED_START = re.compile(r"(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s")
_PERSONAL = frozenset({"it", "them", "him", "her", "us", "me", "you", "they", "this", "that",
                       "these", "those"})


def _personal(obj: str) -> bool:
    """Whether an object is a pronoun the question cannot name ("kept them from ..."); an
    indefinite "anyone under 18" is asked as written."""
    return obj.split()[0].lower() in _PERSONAL


def is_cause_thing(phrase: str) -> bool:
    """Whether ``phrase`` names a thing, rule or event that can hold someone back ("the
    constitution", "a knee injury"), not someone acting (a court, officials, a name)."""
    head = common_head(phrase)
    return bool(head) and (head in _CAUSE_HEADS or head.endswith(_ABSTRACT))


def names_someone(phrase: str) -> bool:
    """Whether ``phrase`` is a person told by a common noun or a title ("the man", "the
    minister", "a woman"): someone acting, never a cause."""
    words = _DETERMINER.sub("", phrase.strip()).split()
    return len(words) == 1 and words[0].lower() in _PEOPLE_HEADS


def common_head(phrase: str) -> str:
    """The head noun of ``phrase`` (of at most eight words) when it is a common noun that
    names no one ("a surge in violence" -> "surge"; "the council", "Mr Ruiz", "it" -> "")."""
    words = _DETERMINER.sub("", phrase.strip()).split()
    if words and words[0][1:].islower():
        words[0] = words[0].lower()  # ("Sanctions prevent ...": a capital opening a sentence)
    if words and len(words) > 8 and _RELATIVE_WORDS.intersection(words[:8]):
        # ("a strike by dock workers that began on 3 May": the relative clause tells which)
        words = words[:next(i for i, w in enumerate(words) if w in _RELATIVE_WORDS)]
    if not words or len(words) > 8 or is_pronoun(phrase) or DEMONSTRATIVE.match(phrase):
        return ""
    cut = next((i for i, w in enumerate(words) if i and w in _POST_MODIFIER), len(words))
    head = words[cut - 1]  # ("rules on foreign ownership": rules)
    if not head[:1].islower() or head.lower() in NOT_CAUSE_HEADS:
        return ""
    if any(w[:1].isupper() for w in words[1:cut]) or not head.replace("-", "").isalpha():
        return ""
    return head.lower()


_PARTICIPLES = {"keep": "kept", "drive": "driven"}


def _verb(base: str, tense: str) -> str:
    if tense == "past":
        return past_of(base)
    if tense == "present3":
        return third_person(base)
    participle = _PARTICIPLES.get(base) or past_of(base)
    return f"{tense} {participle}" if tense in {"has", "had"} else f"{tense} {base}"


def hindrance_facts(text: str, clauses: list[Clause]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Heavy fog prevented the plane from landing" -> "What prevented the plane from
    landing?"; "X was barred by the constitution from seeking a second term" -> "What barred X
    from seeking a second term?" (the constitution)."""
    for clause in clauses:
        base = _FORMS.get(clause.group.main.lower())
        if base is None or any(w in {"is", "are", "was", "were", "be", "been"}
                               for w in clause.group.words):
            continue
        kept = re.match(r"(?P<obj>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+from\s+(?P<act>[a-z]+ing)\b",
                        clause.rest)
        if kept is None or not is_cause_thing(clause.subject) or _personal(kept.group("obj")) \
                or OWNED_START.match(text, clause.subject_start):
            continue
        act = cut_span(clause.rest, kept.start("act"))
        if act is None or word_count(act) > 14:
            continue
        words = list(clause.group.words)
        if words[0] == "have":
            words[0] = "has"
        yield (AnswerKind.CAUSE, f"What {' '.join(words)} {kept.group('obj')} from {act}",
               written_subject(text, clause), ())
    if " from " in text:
        yield from _present_hindrance(text, clauses)
    for match in _PASSIVE.finditer(text) if " from " in text or " to " in text else ():
        who = _passive_subject(text, clauses, match)
        if not who:
            continue
        making = match.group("making")
        act = cut_span(text, match.start("act" if making is None else "to"))
        if act is None or making is not None and act.split()[0] in NOT_BASE:
            continue
        agent = match.group("agent")
        if agent is None:
            by = _BY.search(act)
            if by is None:
                continue  # "was barred from seeking re-election": by what is said elsewhere
            act, agent = act[:by.start()], cut_span(act, by.end())
        if not agent or not is_cause_thing(agent) or word_count(act) > 14 or \
                " " not in agent.strip():
            continue  # (a bare "law" is no answer: "by law")
        base = _FORMS[match.group("verb")] if making is None else _MAKING[making]
        verb = _verb(base, _PLAIN_TENSE[" ".join(match.group("be").split())])
        link = "from" if making is None else "to"
        yield (AnswerKind.CAUSE, f"What {verb} {who} {link} {act}", first_lower(agent),
               (f"{making or match.group('verb')} by {first_lower(agent)}",))


#: "New laws bar companies from selling data", "The ban prevents anyone under 18 from buying
#: X": a present verb the clause reader may miss, after a subject opening the sentence.
_PRESENT_VERB = re.compile(r"\s(?P<verb>bars?|prevents?|stops?|bans?|prohibits?|keeps?|blocks?)"
                           r"(?=\s+(?P<obj>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+from\s+"
                           r"(?P<act>[a-z]+ing)\b)")
#: The subject before it: a capital opening the sentence, at most four more words.
_OPENING_SUBJECT = re.compile(r"[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,4}")


def _present_hindrance(text: str, clauses: list[Clause]
                       ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"New laws bar companies from selling data without consent" -> "What bars companies
    from selling data without consent?" (when no clause was read with the verb)."""
    match = next((m for m in _PRESENT_VERB.finditer(text, 0, 120)
                  if _OPENING_SUBJECT.fullmatch(text, 0, m.start())
                  and is_cause_thing(text[:m.start()])), None)
    if match is None or any(c.verb_start <= match.start("verb") < c.verb_end for c in clauses):
        return
    subject = text[:match.start()]
    if _personal(match.group("obj")):
        return
    act = cut_span(text, match.start("act"))
    if act is None or word_count(act) > 14:
        return
    verb = third_person(_FORMS[match.group("verb")])
    yield AnswerKind.CAUSE, f"What {verb} {match.group('obj')} from {act}", subject, ()


def _passive_subject(text: str, clauses: list[Clause], match: re.Match[str]) -> str:
    """Who was kept from acting: the subject of the clause the passive is, else the name a
    relative "who" before it stands for ("" when neither is clear)."""
    at = match.start("verb" if match.group("verb") else "making")
    for clause in clauses:
        if clause.verb_start <= at < clause.verb_end:
            subject = clause.subject
            if is_pronoun(subject) or subject.lower() in {"who", "which", "that"}:
                break
            return first_lower(subject) if word_count(subject) <= 8 and not any(
                ch in subject for ch in ",;:\"“”()") else ""
    if not _WHO_BEFORE.search(text, 0, match.start()):
        return ""
    names = list(_ANTECEDENT.finditer(text, 0, match.start()))
    return names[-1].group("name") if names else ""
