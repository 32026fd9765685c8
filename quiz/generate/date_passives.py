"""A date right after the passive of a verb of finding or saying ("the damage was discovered
early on Monday", "the body was found late on Sunday", "the results were announced in May"):
the date of the finding, asked as "When was the damage discovered?"; or after the passive of
an order ("residents were ordered to leave their homes overnight")."""

from __future__ import annotations

import re

from quiz.generate.clauses import (
    AUXILIARIES, Asked, find_clause, has_personal_pronoun, is_past_participle, is_reporting,
    question, statement, takes_that_clause, tidy, tokenize,
)

#: A past passive verb group that ends right before the date's adverbial ("was
#: discovered", "had been found", "were quietly announced"); a present one ("if the cuts are
#: confirmed by") states no event.
_PASSIVE_BEFORE = re.compile(r"\b(?P<aux>was|were|has been|have been|had been)\s+"
                             r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+"
                             r"(?:to\s+[a-z]{2,}(?:\s+[\w'’-]+){0,6}?\s+)?$")

#: Passives of an order whose infinitive the date ends ("residents were ordered to leave
#: their homes overnight"): asked whole, "When were residents ordered to leave their homes?".
_ORDERED = frozenset({"ordered", "forced", "told", "instructed", "required", "obliged",
                      "compelled", "advised", "urged", "asked", "allowed", "invited"})

#: Where the subject stops, looking left from the verb group: punctuation, a reporting verb's
#: "that" or a word that opens another clause.
_SUBJECT_STOPS = frozenset({",", ";", ":", "—", "–", "(", ")", "\"", "“", "”", "that", "and",
                            "but", "which", "who", "when", "while", "because", "after",
                            "before", "if", "although", "though", "as", "since", "until"})

#: What may come before the subject of a stated finding: a break or a reported "that".
_SUBJECT_OPENERS = frozenset({",", ";", ":", "—", "–", "that"})

#: Where the rest of the clause stops after the date.
_REST_STOPS = frozenset({",", ";", ":", "—", "–", "(", "\"", "“", "”", "and", "but", "which",
                         "who", "when", "while", "because", "after", "before", "as", "since",
                         "until", "so", "that", "following", "prompting", "leaving"})

#: Passives whose subject is who heard it: without what they heard, nothing is asked.
_TOLD = frozenset({"told", "informed", "warned", "reminded", "assured", "notified", "advised",
                   "asked", "shown"})

#: Passives that say nothing found ("was said", "is reported"): "X was said to be ...".
_NOT_FINDINGS = frozenset({"said", "reported", "thought", "believed", "considered", "known",
                           "expected", "understood", "estimated", "feared", "alleged",
                           "rumoured", "supposed"})


def passive_finding_question(text: str, start: int, end: int, wh: str) -> Asked | None:
    """The question for a date at ``text[start:end]`` that dates a passive verb of finding
    or saying just before it; ``None`` when there is none or its subject is not a plain noun
    phrase."""
    passive = _PASSIVE_BEFORE.search(text, max(0, start - 48), start)
    if passive is None:
        return None
    verb = passive.group("verb")
    ordered = passive.group().rstrip().split()[-1] != verb
    if ordered and verb not in _ORDERED or not ordered and (
            verb in _NOT_FINDINGS or not is_past_participle(verb) or
            not takes_that_clause(verb)):
        return None  # any other passive is read by the clause reader itself
    tokens = tokenize(text)
    at = next((i for i, t in enumerate(tokens) if t.start >= passive.start()), len(tokens))
    lo = at
    while lo > 0 and tokens[lo - 1].low not in _SUBJECT_STOPS and \
            not (tokens[lo - 1].text.islower() and is_reporting(tokens[lo - 1].text)):
        lo -= 1
    subject = tokens[lo:at]
    if lo > 0 and tokens[lo - 1].low not in _SUBJECT_OPENERS and \
            not is_reporting(tokens[lo - 1].text):
        return None  # "if the cuts were confirmed by the end of the year": a condition
    if not subject or len(subject) > 8 or \
            any(t.low in AUXILIARIES or is_reporting(t.text) and t.text.islower()
                for t in subject):
        return None
    hi = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    rest_end = hi
    while rest_end < len(tokens) and tokens[rest_end].low not in _REST_STOPS and \
            tokens[rest_end].text not in ".!?":
        rest_end += 1
    rest = text[tokens[hi].start:tokens[rest_end - 1].end] if rest_end > hi else ""
    if not rest and verb in _TOLD:
        return None  # "the referee was told on Friday that ...": told what?
    piece = tidy(f"{text[tokens[lo].start:passive.end()]} {rest}")
    if has_personal_pronoun(piece):
        return None  # "it was announced on Monday": what was announced is not here
    inner = tokenize(piece)
    clause = find_clause(inner, piece, 0, len(inner))
    if clause is None or not clause.verb:
        return None
    asked = question(wh, clause)
    return Asked(asked, statement(clause)) if asked else None


#: "It was announced on Monday that ...": an empty "it" before a passive verb of saying.
_IT_PASSIVE = re.compile(r"(?:^|(?<=[,;:] )|(?<=\bthat ))[Ii]t\s+"
                         r"(?P<aux>was|is|has been|had been)\s+(?P<verb>[a-z]+)\s+$")


#: Where what was said ends, and the attribution that may follow it (", the trust said.").
_SAID_END = re.compile(r"[.,;:!?—–]")
_ATTRIBUTION = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}(?:said|says|added|told|reported)\b"
                          r"[^,;:]*$")


def it_passive_question(text: str, start: int, end: int, wh: str) -> Asked | None:
    """"It was announced on Monday that the plant would close" asked as "On what date was it
    announced that the plant would close?" (the announcing's date, not the closing's)."""
    passive = _IT_PASSIVE.search(text, max(0, start - 40), start)
    if passive is None or not takes_that_clause(passive.group("verb")) or \
            not is_past_participle(passive.group("verb")) or \
            not text.startswith(" that ", end):
        return None
    tail = text[end + 1:]
    stop = _SAID_END.search(tail)
    if stop is not None and stop.group() == "," and not _ATTRIBUTION.match(tail, stop.start()):
        return None  # "that the bridge, built in 1990, had cracked": cut inside what was said
    said = tidy(tail[:stop.start()] if stop else tail)
    if not said or has_personal_pronoun(said[5:]) or '"' in said or "“" in said:
        return None  # "that he would resign": who "he" is is not asked here
    aux, verb = passive.group("aux").split(), passive.group("verb")
    inverted = f"{aux[0]} it {' '.join(aux[1:])} {verb}".replace("  ", " ")
    return Asked(f"{wh} {inverted} {said}?", f"it {passive.group('aux')} {verb} {said}")
