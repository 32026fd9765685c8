"""A date question the clause reader cut short or misread: cut before a quotation that
completes it ("did X call the dam?" from 'called the dam "essential"') or, for a sentence
read again, inside a pair of nouns ("to back up wind?" from "to back up wind and solar
power"); or with a participle made a base verb before its agent ("did the decision goes
further than the increase recommend by the commission?" from "recommended last month by")
or after "and" in a passive ("did the stadium renovate?" from "was built in 1923 and
renovated in 2010", asked "was the stadium renovated?")."""

from __future__ import annotations

import re

from quiz.generate.clauses import Asked, tidy

#: Words after "and" that begin a new clause or predicate rather than a second noun.
_CLAUSE_STARTS = frozenset("""
    the a an this that these those his her its their our my your some many most all both each
    he she it they we i you who which then also later now so yet still not never
""".split())

_LAST_WORDS = re.compile(r"(\S+ \S+)\?$")


def cut_short(text: str, question: str, pairs: bool = False) -> bool:
    """Whether ``question`` ends where ``text`` goes on with a quotation or (with ``pairs``)
    with "and" and a word that is no verb and opens no clause (a second noun of the phrase
    it ended on, or a second verb in the base form: too close to tell apart)."""
    if not pairs and '"' not in text and "“" not in text:
        return False
    from quiz.generate.clauses import is_simple_past

    match = _LAST_WORDS.search(question)
    if match is None:
        return False
    tail = match.group(1)
    at = text.find(tail)
    while at >= 0:
        rest = text[at + len(tail):]
        if rest[:1] in ('"', "“") or rest[:2] in (' "', " “"):
            return True
        if pairs and rest.startswith(" and "):
            following = rest[5:].split(" ", 1)[0]
            if following[:1].islower() and following not in _CLAUSE_STARTS and \
                    not following.endswith("ed") and not is_simple_past(following):
                return True
        at = text.find(tail, at + 1)
    return False


_BEFORE_BY = re.compile(r"\b([a-z]{3,}) by\b")


def participle_made_base(text: str, question: str) -> bool:
    """Whether ``question`` has a verb's base form before "by" where ``text`` has its
    participle ("recommend by" from "recommended last month by")."""
    for match in _BEFORE_BY.finditer(question):
        word = match.group(1)
        if f"{word} by" not in text and re.search(rf"\b{word}e?d\b", text):
            return True
    return False


#: A passive whose second participle follows "and": "was built in 1923 and renovated".
_PASSIVE_PAIR = re.compile(r"\b(?P<be>was|were)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en|t|wn)\b[^,;:]*?"
                           r"\sand\s+(?P<part>[a-z]+ed)\b")

#: Verbs whose past after "and" is active even after a passive ("was elected in 2019 and
#: resigned in 2023"): they take no object.
_INTRANSITIVE = frozenset("""
    resign retire die arrive depart collapse fail succeed return disappear emerge surrender
    escape flee vanish recover survive expire graduate emigrate relocate testify appear
    reappear explode erupt crash drown faint stall stumble agree object respond react
""".split())


def passive_question(text: str, question: str) -> str:
    """``question`` with an active "did X renovate?" made passive ("was X renovated?") when
    the verb is the second participle of a passive in ``text``; else ``question``."""
    from quiz.generate.clauses import past_to_base

    if " did " not in question:
        return question
    for pair in _PASSIVE_PAIR.finditer(text):
        base = past_to_base(pair.group("part"))
        if base is None or base in _INTRANSITIVE:
            continue
        asked = re.match(rf"^(?P<wh>.+?) did (?P<subject>.+?) {base}(?P<rest>(?: [^?]*)?)\?$",
                         question)
        if asked is not None:  # "did a man release on bail?": "was a man released on bail?"
            return (f"{asked.group('wh')} {pair.group('be')} {asked.group('subject')} "
                    f"{pair.group('part')}{asked.group('rest')}?")
    return question


#: A participle (with its agent) right before the date, not after an auxiliary: "the report
#: submitted by the firm in 2019", "the study published last year"; "np" is the noun phrase
#: it qualifies when one opens the clause.
_PARTICIPLE_BEFORE = re.compile(
    r"(?:(?P<np>(?:^|(?<=, )|(?<=\bsaid )|(?<=\bthat ))(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][a-z]+)"
    r"(?:\s+[a-z][\w'’-]*){0,3}?)\s+)?"
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bhad )(?<!\bhas )(?<!\bhave )(?<!\bis )"
    r"(?<!\bare )(?<!\bbe )(?<!\bwho )(?<!\bwhich )(?<!\bthat )"
    r"\b(?P<participle>[a-z]{3,}(?:ed|en|wn|nt))\s+(?P<agent>by\s+(?:[\w'’.&-]+\s+){1,6}?)?"
    r"(?:(?:late|early)\s+)?(?:in|on|last|this|earlier)?\s*$")

#: The finite verb of the clause right after the date.
_FINITE_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|will|would|could|can|did|does|"
                           r"do|may|might|must|should|[a-z]{3,}ed|showed|found|said|shows|"
                           r"says|finds|remains?|stays?|continues?|applies|apply|covers?|"
                           r"includes?|requires?|means?|lasts?|expires?|runs?|ends?)\b")


def _subject_participle(text: str, start: int, end: int) -> re.Match[str] | None:
    """The participle phrase on the clause's subject that the date at ``text[start:end]``
    ends, right before the clause's own verb ("The report submitted by the firm in 2019 had
    ignored the risk"), or ``None``."""
    if not _FINITE_AFTER.match(text, end):
        return None
    match = _PARTICIPLE_BEFORE.search(text, max(0, start - 80), start)
    if match is None:
        return None
    from quiz.generate.clauses import is_past_participle

    return match if is_past_participle(match.group("participle")) else None


def in_participle_of_subject(text: str, start: int, end: int, question: str) -> bool:
    """Whether the date at ``text[start:end]`` ends a participle phrase on the clause's
    subject, and ``question`` asks for another verb: the date is the participle's
    ("submitted in 2019"), not the main verb's."""
    match = _subject_participle(text, start, end)
    return match is not None and re.search(
        rf"^\S+(?: what \w+)? (?:was|were) .*\b{match.group('participle')}\b", question) is None


def participle_subject_question(text: str, start: int, end: int, wh: str) -> Asked | None:
    """The participle's own question for such a date ("In what year was the report submitted
    by the firm?"), when a plain noun phrase opens the clause; else ``None``."""
    match = _subject_participle(text, start, end)
    if match is None or not match.group("np"):
        return None
    np = match.group("np")
    head = np.split()[0]
    if head.lower() in ("the", "its", "their"):
        np = head.lower() + np[len(head):]
    elif head[:1].isupper() and len(np.split()) == 1:
        np = np.lower()  # "Figures published by the council": a common noun opening
    else:
        return None  # "Smith sacked in March": a name, not a noun phrase
    plural = np.split()[-1].endswith("s") and not np.split()[-1].endswith("ss")
    agent = (match.group("agent") or "").strip()
    be = "were" if plural else "was"
    event = tidy(f"{np} {be} {match.group('participle')} {agent}")
    return Asked(f"{wh} {be} {np} {match.group('participle')}{' ' + agent if agent else ''}?",
                 event)
