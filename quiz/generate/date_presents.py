"""A day set for an event in the present tense ("The Tour begins on Saturday", "Leeds are at
home to Hull on Sunday", "The final takes place on 12 May"): a fixture or a schedule, so a bare
weekday is the coming one, asked "On what date does the Tour begin?" (the clause reader asks no
present simple)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: Verbs of a fixture or a schedule in the present simple, singular and plural.
_SCHEDULE_VERBS = ("begins?|starts?|opens?|closes?|ends?|resumes?|kicks? off|takes? place|"
                   "plays?|faces?|hosts?|meets?|visits?|travels? to|welcomes?|arrives?|"
                   "launch(?:es)?|returns?|goes on sale|go on sale|takes? effect|"
                   "comes? into force|expires?")

#: What may not come right before the verb: a determiner or a possessive makes it a noun
#: ("the end of June", "the company's launch on Monday"), and an infinitive or a modal makes it no
#: present ("had been due to start in March", "will open on Monday": their own tense decides),
#: nor does a linking verb ("stay open in October": an adjective).
_NOT_AFTER_DETERMINER = (r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )"
                         r"(?<!\bher )(?<!\bof )(?<!\bthis )(?<!\bthat )(?<!\bno )(?<!['’]s )"
                         r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bcan )"
                         r"(?<!\bmay )(?<!\bmight )(?<!\bmust )(?<!\bshould )(?<!\bdid )"
                         r"(?<!\bdo )(?<!\bdoes )(?<!n't )(?<!\bnot )(?<!\bstay )"
                         r"(?<!\bstays )(?<!\bremain )(?<!\bremains )(?<!\bkeep )(?<!\bkeeps )"
                         r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bget )(?<!\bgets )")

#: The clause up to the day: a present verb of a schedule (or "is"/"are" placing the event)
#: and a few words with no clause, time or past between.
_FIXTURE_BEFORE = re.compile(
    rf"{_NOT_AFTER_DETERMINER}\b(?:(?:{_SCHEDULE_VERBS})|(?:is|are)(?= (?:at|against|away|on)\b))"
    r"((?: (?!(?:after|since|following|before|during|from|until|till|when|while|was|were|had|"
    r"has|have|said|says|and|but|which|who|that)\b)[\w'’.&-]+){0,7}?) (?:on )?$")

#: A present fixture opening the sentence: its subject, its verb and what follows the verb.
_FIXTURE = re.compile(
    rf"^(?P<subject>(?:The|[A-Z][\w'’.&-]*)(?: [\w'’.&-]+){{0,6}}?) "
    rf"{_NOT_AFTER_DETERMINER}(?P<verb>{_SCHEDULE_VERBS})"
    r"(?P<rest>(?: (?!(?:after|since|following|before|during|from|until|when|while|"
    r"and|but|which|who|that)\b)[\w'’.&-]+){0,6}?) (?:on |in )?$")

#: Words that show the opening phrase is no plain noun phrase.
_NOT_PLAIN = frozenset({"who", "which", "that", "and", "or", "but", "said", "says", "he", "she",
                        "they", "it", "we", "i", "you", "this", "there", "is", "are", "was",
                        "were", "has", "have", "had", "will", "would", "when", "while",
                        "after", "before", "since", "until", "if", "because", "its", "their",
                        "his", "her"})

#: Base forms of the verbs whose present simple ends otherwise than in "s".
_IRREGULAR = {"goes": "go", "comes": "come", "takes": "take", "kicks": "kick"}


def present_fixture(text: str, start: int) -> bool:
    """Whether the day at ``start`` ends a present-tense fixture or schedule in its clause
    ("begins on Saturday", "are at home to Hull on"): a day to come."""
    clause = max(text.rfind(",", 0, start), text.rfind(";", 0, start))
    return _FIXTURE_BEFORE.search(text, max(clause + 1, start - 90), start) is not None


def present_question(text: str, start: int, wh: str) -> Asked | None:
    """The question for a date at ``start`` (the start of the time, with its preposition cut
    off here) ending a present fixture that opens the sentence ("The Tour begins on Saturday":
    "On what date does the Tour begin?"), else ``None``."""
    match = _FIXTURE.match(text[:start])
    if match is None:
        return None
    from quiz.generate.clauses import Asked

    subject, verb, rest = match.group("subject"), match.group("verb"), match.group("rest")
    words = [word.lower() for word in f"{subject}{rest}".split()]
    if any(word in _NOT_PLAIN for word in words) or any(ch.isdigit() for ch in subject):
        return None
    names = sum(word[:1].isupper() for word in subject.split())
    if not subject.startswith("The ") and names < 2 and subject.endswith("s"):
        return None  # "Tourists visit the castle in July": a bare plural, what people do
    head, _, tail = verb.partition(" ")
    singular = head.endswith("s") and not head.endswith("ss")
    base = _IRREGULAR.get(head) or (head[:-2] if head.endswith("ches") else
                                    head[:-1] if singular else head)
    verb_base = f"{base} {tail}".strip()
    if subject.startswith("The "):
        subject = f"the{subject[3:]}"
    auxiliary = "does" if singular else "do"
    return Asked(f"{wh} {auxiliary} {subject} {verb_base}{rest}?", f"{subject} {verb}{rest}")
