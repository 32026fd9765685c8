"""Causes told by a fronted participle: "Fuelled by cheap subsidies, wind farms spread along the
coast" -> "Why did wind farms spread along the coast?" (cheap subsidies)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import DEMONSTRATIVE, why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_pronoun, word_count
from quiz.generate.syntax import Clause

#: Participles whose "by" phrase, opening a sentence, is what brought the clause about
#: (not "Led by", "Backed by", "Founded by", "Owned by": someone, no cause).
_FRONTED_BY = re.compile(
    r"(?P<verb>Fuelled|Fueled|Driven|Hit|Hampered|Triggered|Prompted|Hurt|Spurred|Buoyed|"
    r"Boosted|Battered|Plagued|Crippled|Weakened|Squeezed|Stung|Rattled|Alarmed|Angered|"
    r"Frustrated|Burdened|Dogged|Hindered|Slowed|Held\s+back|Pushed|Forced|Pressured)\s+"
    r"(?:(?:hard|badly|heavily|partly|largely|mainly|mostly|in\s+part|also)\s+)?by\s+"
    r"(?P<cause>[^,;:()—–]{3,90}?),\s+")
#: Words that begin the cause's opening (the caller's gate).
FRONTED_OPENERS = ("Fuelled ", "Fueled ", "Driven ", "Hit ", "Hampered ", "Triggered ",
                   "Prompted ", "Hurt ", "Spurred ", "Buoyed ", "Boosted ", "Battered ",
                   "Plagued ", "Crippled ", "Weakened ", "Squeezed ", "Stung ", "Rattled ",
                   "Alarmed ", "Angered ", "Frustrated ", "Burdened ", "Dogged ", "Hindered ",
                   "Slowed ", "Held back ", "Pushed ", "Forced ", "Pressured ")
#: A finite verb or a clause word inside what was read as the cause: no noun phrase.
_NOT_A_PHRASE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|which|"
                           r"who|when|after|before|because|as|since|while)\b")
#: A possessive opening the cause ("Oxfam's decision to withdraw"): a thing someone did.
_OWNED = re.compile(r"[A-Z][\w-]*['’]s\s+[a-z]")
#: Someone as the agent ("Hit by a police officer"): an actor, not a cause.
_SOMEONE = re.compile(r"^(?:an?|the|two|three|several|some)\s+(?:[a-z-]+\s+)?(?:man|woman|"
                      r"officer|soldier|gunman|driver|player|fan|protester|police|rival|"
                      r"teammate|opponent|colleague|member|supporter)s?\b")


#: ", officials said." / ", according to X." ending the sentence: who told it, not the clause.
_TRAILING_SAID = re.compile(r",\s+(?:according\s+to\s+[^,;:]{2,60}|[^,;:\"“”]{2,60}?\s+(?:said|says|"
                            r"reported|added))\.?$")


def fronted_by_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Hit by falling prices, small growers cut spending" -> "Why did small growers cut
    spending?" answered by the "by" phrase (the main clause's subject right after it)."""
    match = _FRONTED_BY.match(text)
    if match is None:
        return
    cause = match.group("cause").strip()
    if word_count(cause) < 2 or word_count(cause) > 14 or _NOT_A_PHRASE.search(cause) or \
            DEMONSTRATIVE.match(cause) or is_pronoun(cause) or _SOMEONE.match(cause) or \
            cause[:1].isupper() and not cause.startswith(("The ", "A ", "An ")) and \
            not _OWNED.match(cause) or cause.count('"') % 2 or "“" in cause or \
            cause[:1] == '"' and not cause[1:2].islower():
        return  # ("Hit by Typhoon Haiyan": a name, kept out as a place may be one)
    clause = next((c for c in clauses if c.subject_start == match.end()), None)
    if clause is None:
        return
    trailing = _TRAILING_SAID.search(text, match.end())
    end = trailing.start() if trailing is not None else len(text.rstrip().rstrip(".!"))
    asked = why_question(text, clause, end)
    if asked is not None:
        yield AnswerKind.CAUSE, asked, cause, ()
