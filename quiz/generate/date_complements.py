"""A date inside what a verb of saying reports after "that" ("the ministry said
that the bridge would reopen in May", "the club confirmed that the coach had resigned on
Friday"): asked about the reported clause, as it is when the "that" is left out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: A word right before "that" (and the saying's own date or medium: "said on Wednesday").
_THAT_AFTER_WORD = re.compile(r"\b([A-Za-z]+)(?P<when> (?:early |late )?(?:on|in|last|this|at|"
                              r"during) [\w'’-]+(?: [\w'’-]+){0,2}?)? that $")

#: Words before "that" that are no verbs of saying even when they end like one
#: ("so that", "now that", "given that").
_NOT_SAYING = frozenset({"so", "now", "given", "such", "except", "provided", "assuming",
                         "seeing", "considering"})


def complement_question(text: str, start: int, end: int, wh: str,
                        np_wh: str) -> Asked | None:
    """The question for the date at ``text[start:end]`` read without the "that" of a verb of
    saying before it; ``None`` when there is no such "that"."""
    from quiz.generate.clauses import is_reporting
    from quiz.generate.spans import span_question

    at_that = text.rfind(" that ", 0, start)
    if at_that < 0:
        return None
    that = _THAT_AFTER_WORD.search(text, max(0, at_that - 60), at_that + 6)
    if that is None:
        return None
    verb = that.group(1)
    if verb in _NOT_SAYING or not verb.islower() or not is_reporting(verb):
        return None  # "found that the pilot had switched off the engine in 2019": without
        # "that", the date would go to the finding
    at = that.end(1)  # " that" is cut: "said that the bridge" -> "said the bridge", with
    # the saying's own date ("said on Wednesday that")
    shift = that.end() - 1 - at
    cut = text[:at] + text[that.end() - 1:]
    asked = span_question(cut, start - shift, end - shift, wh, np_wh, allow_np=False)
    if asked is None or f" {verb} " in f" {asked.event} ":
        return None  # the date given to the saying after all
    return asked


#: "<subject> said (on Monday) (that) it|they|he|she <verb>" or "its <noun>": a report whose
#: pronoun names the speaker ("The commission said it would decide by Wednesday", "Police said
#: they arrested a man on Sunday", "The union said its members would strike on Monday", "The
#: minister said she would meet union leaders on Wednesday").
_SPEAKER_PRONOUN = re.compile(
    r"^(?P<subject>(?:The\s+|the\s+)?[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,4}?)\s+"
    r"(?P<verb>said|says|announced|confirmed|warned|added|stated|told\s+[a-z]+)"
    r"(?:\s+(?:on|last|this|late\s+on|early\s+on)\s+[A-Z]?[a-z]+)?(?:\s+that)?\s+"
    r"(?P<pronoun>its|it|they|he|she)\s+(?P<next>[a-z]+)\s")

#: Words after the pronoun that show it is no speaker: a copula before no participle ("said
#: it was unlikely"), an event ("said it happened on Sunday").
_NOT_THE_SPEAKER = frozenset({"happened", "occurred", "started", "began", "took", "came",
                              "seemed", "appeared", "looked", "remained", "means", "meant"})

#: Plural speakers for "they" ("Police", "Officials", "The unions").
_PLURAL_SPEAKERS = frozenset({"police", "officials", "investigators", "authorities",
                              "researchers", "scientists", "doctors", "prosecutors", "residents",
                              "organisers", "organizers", "campaigners", "unions", "ministers",
                              "firefighters", "rescuers", "paramedics", "staff", "workers",
                              "teachers", "nurses", "experts", "economists", "analysts"})


def _person(subject: str) -> bool:
    """Whether ``subject`` names a person, one "he" or "she" may stand for: a role ("The
    minister", "Labour Minister Patricia Soto"), a known given name ("Maria Lopez") or the
    stand-in of an opening "He"/"She" (:mod:`quiz.generate.date_pronouns`)."""
    from quiz.generate.date_pronouns import STAND_IN
    from quiz.generate.lexicon import GIVEN_NAMES, ORG_WORDS, TITLE_WORDS

    words = subject.lower().split()
    if subject == STAND_IN:
        return True
    if any(word in ORG_WORDS for word in words):
        return False
    return any(word in TITLE_WORDS for word in words) or \
        subject[:1].isupper() and words[0] in GIVEN_NAMES


def speaker_pronoun_question(text: str, start: int, end: int, wh: str,
                             np_wh: str) -> Asked | None:
    """The question for a date in a report whose pronoun names the speaker, asked with the
    speaker put back ("The commission said it would decide on the request by Wednesday":
    "By when would the commission decide on the request?"); ``None`` for any other date."""
    from quiz.generate.clauses import is_past_participle
    from quiz.generate.spans import span_question

    report = _SPEAKER_PRONOUN.match(text)
    if report is None or report.end("pronoun") > start:
        return None
    subject, pronoun, following = report.group("subject"), report.group("pronoun"), \
        report.group("next")
    last = subject.split()[-1].lower()
    if pronoun in ("he", "she"):
        if not _person(subject):
            return None  # "The club said he would miss the final": "he" is no speaker
    elif pronoun == "they" and last not in _PLURAL_SPEAKERS or \
            pronoun != "they" and (last in _PLURAL_SPEAKERS or last.endswith("s") and
                                   subject[:1].islower()):
        return None  # "Police said it happened": "it" is no speaker
    if pronoun == "its":  # "The union said its members would stay in port until Thursday":
        # the union's members
        owner = f"{subject[:1].upper()}{subject[1:]}'s"
        said = f"{owner} {text[report.end('pronoun') + 1:]}"
        shift = report.end("pronoun") - len(owner)
        return span_question(said, start - shift, end - shift, wh, np_wh, allow_np=False)
    if following in _NOT_THE_SPEAKER:
        return None
    if following in ("was", "is", "were", "are", "be", "been") and pronoun in ("he", "she"):
        return None  # "The mayor said she was shocked by the attack on Tuesday": a state
        # of the speaker's, not an event the date belongs to
    if following in ("was", "is", "were", "are", "be", "been"):
        after = text[report.end():].split(maxsplit=1)
        if not after or not is_past_participle(after[0]):
            return None  # "said it was unlikely that": no speaker
    said = f"{subject[:1].upper()}{subject[1:]} {text[report.end('pronoun') + 1:]}"
    shift = report.end("pronoun") - len(subject)
    return span_question(said, start - shift, end - shift, wh, np_wh, allow_np=False)
