"""A date question whose subject the clause reader took from inside a longer noun phrase: "The
electrification of the line through Falkirk and Linlithgow was completed in 2026" asked "In
what year was Linlithgow completed?", and "..., which began in 2019" asked "did Falkirk
begin?" (the subject is the electrification, not the place its phrase ends on)."""

from __future__ import annotations

import re

#: The end of a noun phrase's tail before a word: a noun, then "of"/"through"/... (and names
#: joined by "and"): "electrification of the line through ", "through Falkirk and ".
_INSIDE_PHRASE = re.compile(r"\b[a-z][a-z-]+ (?:of|through|across|along|between|near|via|"
                            r"beyond|past) "
                            r"(?:(?:the|a|an) )?"
                            r"(?:(?:[A-Z][\w'’-]*, )*[A-Z][\w'’-]* (?:and|or) )?$")

#: Words before "of" etc. that are verbs or fixed phrases, not a noun the phrase hangs on.
_NOT_A_NOUN = re.compile(r"\b(?:[a-z]+ed|consists?|accuse[sd]?|think|thinks|made|out|because|"
                         r"instead|ahead|regardless|all|some|most|many|much|none|one|each|"
                         r"both|part|rest|half|number|lot|lots|kind|sort|type|members?|"
                         r"citizens?|residents?|people|city|town|village|county|province|"
                         r"region|state|republic|kingdom|island|university|capital|"
                         r"gone|went|go|goes|going|passes|pass|run|runs|ran|up|down|back|away|off|over|"
                         r"born|based|live|lives|living|work|works|working|stay|stays|move|"
                         r"moves|return|returns|returning|travel|travels|fly|flies|flew)"
                         r" (?:of|through|across|along|between|near|via|beyond|past) ")

#: A relative clause after "X of Y" may be Y's ("shares of the bank, which reported"); after
#: a noun made of a verb ("the electrification of the line, which began") or a place's
#: "through"/"between" it is the phrase's.
_NOMINAL_OF = re.compile(r"[a-z-]+(?:tion|sion|ment|ance|ence|ing|al|ure|age|ery) of |"
                         r"[a-z-]+ (?!of )")

#: Auxiliaries that end an event's subject.
_AUXILIARIES = frozenset("""
    was were is are has have had will would could can may might did does do
""".split())

#: What follows a subject in the sentence when it is the subject of a finite verb there (not
#: of a participle that modifies it: "the militias formed to fight X in 2014").
_FINITE_AFTER = re.compile(r"(?:,? (?:which|that|who) | (?:was|were|is|are|has|have|had|will|"
                           r"would|could|can|may|might|did|does|do)\b)")


def subject_inside_phrase(text: str, event: str) -> bool:
    """Whether the subject of ``event`` is, in ``text``, the subject of a finite verb (or a
    relative clause) only as the end of a longer noun phrase, after "of", "through" and the
    like: the clause reader took the phrase's last noun for its head."""
    from quiz.generate.clauses import is_simple_past

    words = event.split(" ")
    if not any(_after_phrase_end(text, at) for at in _occurrences(text, words[0])):
        return False  # (cheap test: the subject's first word never follows "of", "and", ...)
    verb = next((i for i, word in enumerate(words[1:], 1)
                 if word in _AUXILIARIES or is_simple_past(word)), 0)
    if not verb:
        return False
    subject = " ".join(words[:verb])
    found = False
    for at in _occurrences(text, subject):
        if text[at - 1:at].isalnum():
            continue
        if not _after_phrase_end(text, at):
            return False
        before = text[max(0, at - 80):at]
        after = text[at + len(subject):at + len(subject) + 24]
        finite = _FINITE_AFTER.match(after)
        if finite is None and not after.startswith(f" {words[verb]} "):
            return False
        if finite is not None and finite.group().startswith(", ") and \
                subject[:1].isupper() and before.endswith(_HANGING_ENDS):
            hung = _HANGING.search(before)
            if hung is not None and not _NOT_A_NOUN_BEFORE.match(hung.group("noun")) and \
                    (hung.group("word") != "of" or finite.group() == ", who "):
                found = True  # "Judge X of the High Court in Bloemfontein, who delivered",
                continue  # "Professor X of the University of Porto, who led": the clause is
                # about the judge or the professor, not the place
        inside = _INSIDE_PHRASE.search(before)
        if inside is None or _NOT_A_NOUN.match(before, inside.start()) or \
                finite is not None and finite.group().lstrip(", ")[:1] in "wt" and \
                not _NOMINAL_OF.match(before, inside.start()):
            return False  # "shares of the bank, which is expected to": the bank's
        found = True
    return found


#: Last words before a subject the clause reader cut from a longer phrase.
_PHRASE_ENDS = frozenset("""
    of through across along between near via beyond past and or in at for from with
""".split())

#: How the text before a subject ends when a phrase may hang it on a noun: a name right after
#: the preposition ("the court in Lyon"); "the port" of "the strike at the port, which" may
#: be the clause's.
_HANGING_ENDS = tuple(f" {word} " for word in ("in", "at", "for", "from", "with", "of"))

#: A noun (or name) and the preposition that hangs the subject on it ("Court in ",
#: "the bank in ", "spokesman for the "); after "of" only a "who" clause is taken as the
#: noun's ("the mayor of Lyon, who"; "shares of the bank, which" are the bank's).
_HANGING = re.compile(r"(?P<noun>[\w'’-]+) (?P<word>in|at|for|from|with|of) $")

#: Words before the preposition that are verbs or adverbs, after which the phrase is the
#: verb's ("arrived in Lyon, which"): what the clause is about is the phrase itself.
_NOT_A_NOUN_BEFORE = re.compile(r"(?:[a-z]+(?:ed|ly)|born|made|held|built|set|based|put|"
                                r"live|lives|work|works|stay|stays|arrive|arrives|went|go|"
                                r"goes|came|come|comes|left|grew|grow|grown|taught|fought|"
                                r"found|sold|spent|won|lost|met|saw|seen|ran|run|"
                                r"is|are|was|were|be|been|up|down|back|out|off|over|once|"
                                r"time|even|only|both)$")


def _occurrences(text: str, subject: str) -> list[int]:
    """Where ``subject`` stands in ``text``, also with its first letter in the other case."""
    found = []
    for form in {subject, subject[:1].swapcase() + subject[1:]}:
        at = text.find(form)
        while at >= 0:
            found.append(at)
            at = text.find(form, at + 1)
    return found


def _after_phrase_end(text: str, at: int) -> bool:
    """Whether the word before ``at`` in ``text`` may end the start of a longer phrase."""
    return text[max(0, at - 10):at].rstrip(" ,").rsplit(" ", 1)[-1] in _PHRASE_ENDS


#: A participle and its preposition right before a name ("landed at ", "made in "): the
#: name ends a phrase that describes the subject, not the subject itself ("run by X" names
#: an agent, which :mod:`quiz.generate.date_agents` asks about).
_PARTICIPLE_BEFORE = re.compile(r"\b(?P<made>[a-z]+) (?:at|in|from|on|into|to) $")


def without_participle_phrase(text: str, event: str) -> tuple[str, int, int] | None:
    """``text`` without the participle phrase that ends on the subject of ``event`` (see
    :func:`subject_after_participle`: "Catches of tuna landed at Tema dropped" -> "Catches
    of tuna dropped"), where the cut starts and how long it is; ``None`` when there is none."""
    if not subject_after_participle(text, event):
        return None
    subject = event.split(" ", 1)[0]
    at = text.find(f" {subject} ")
    made = _PARTICIPLE_BEFORE.search(text, max(0, at - 30), at + 1)
    name = re.match(r" (?:[A-Z][\w'’.-]*(?: |$))+", text[at:])
    if made is None or name is None:
        return None
    end = at + name.end() - 1
    start = made.start() - 1
    return f"{text[:start]}{text[end:]}", start, end - start


def subject_after_participle(text: str, event: str) -> bool:
    """Whether the subject of ``event`` is, in ``text``, a name right after a participle and
    its preposition and right before the clause's verb ("Catches of tuna landed at Tema
    dropped by 18%": "was Tema dropped?"): the clause reader took the phrase's last name for
    the subject."""
    from quiz.generate.clauses import is_past_participle

    subject = event.split(" ", 1)[0]
    if not subject[:1].isupper():
        return False
    at = text.find(f" {subject} ")
    if at < 0:
        return False
    made = _PARTICIPLE_BEFORE.search(text, max(0, at - 30), at + 1)
    return made is not None and is_past_participle(made.group("made")) and \
        text[:made.start()].strip() != "" and not text[:made.start()].rstrip().endswith(",")
