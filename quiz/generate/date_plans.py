"""A date on a plan or a schedule: "The association plans to challenge the scheme in court
next month" asked as "When does the association plan to challenge the scheme in court?", "The
terminal is due to open in 2026" as "In what year is the terminal due to open?" (the clause
reader only asks past and future verb groups)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: "X plans to V", "X intend to V", "X is planning to V", "X is due to V" opening the sentence.
_PLAN = re.compile(
    r"^(?P<subject>(?:The|A|An|[A-Z][\w'’.&-]*)(?: [\w'’.&-]+){0,7}?) "
    r"(?:(?P<third>plans|intends|aims|hopes|wants)|(?P<plural>plan|intend|aim|hope|want)|"
    r"(?P<be>is|are)(?P<adverb> normally| usually| typically| generally)? "
    r"(?P<state>planning|hoping|aiming|intending|due|expected|set|"
    r"scheduled|slated)) to (?P<verb>[a-z]{2,})\b"
    r"(?P<mid>[^,;:()\"“”]{0,80}?)\s*$")

#: States of a schedule whose deadline ("by the end of May") or end ("until Thursday") may be
#: asked: "By when is the takeover expected to be completed?".
_SCHEDULES = frozenset({"due", "expected", "set", "scheduled", "slated"})

#: Words that show the opening phrase is no plain noun phrase.
_NOT_SUBJECT = frozenset({"who", "which", "that", "and", "or", "but", "said", "says", "he",
                          "she", "they", "it", "we", "i", "you", "this", "there", "is", "are",
                          "was", "were", "has", "have", "had", "will", "would", "to"})

#: What shows a subject names one thing: a determiner, a possessive or a name after its first
#: letter ("the association", "Work on the plant", "Lyon's mayor").
_DEFINITE = re.compile(r"\b(?i:the|a|an|its|their|his|her|this|that)\b|['’]s\b")
_NAME = re.compile(r"[A-Z]")

#: Words after the date that go on with another clause or predicate.
_CLAUSE_AFTER = re.compile(r"\s*\b(?:and|but|or|which|who|that|while|because|after|before|as|"
                           r"when|since|until|if|so)\b", re.I)

#: What may follow the date in the question: a few words up to the clause's end.
_AFTER = re.compile(r"(?P<rest>(?: [\w'’-]+){0,6}?)\s*(?:[,;:.!?]|$)")


def plan_question(text: str, start: int, end: int, wh: str) -> Asked | None:
    """The question for the date ``text[start:end]`` (with its preposition) when it ends a
    plan the sentence opens with ("The council plans to close the bridge in March"), else
    ``None``."""
    if wh.startswith(("Since", "Before")):
        return None
    match = _PLAN.match(text[:start])
    if match is None or wh.startswith(("By", "Until")) and (
            match.group("state") not in _SCHEDULES and
            (wh.startswith("Until") or (match.group("third") or match.group("plural") or
                                        "")[:4] not in ("plan", "inte"))
            or " by " in match.group("mid")):
        return None  # "plans to cut X by half by 2030": a target, not the date of the plan;
        # "is expected to be completed by the end of May" asks for a deadline as scheduled
    from quiz.generate.clauses import Asked, dangling, tidy
    from quiz.generate.grammar import first_lower

    subject = match.group("subject")
    if any(word.lower().strip(",") in _NOT_SUBJECT for word in subject.split()) or \
            match.group("verb") == "have" or match.group("verb") == "be" and not match.group("be"):
        return None
    after = _AFTER.match(text, end)
    if after is None or _CLAUSE_AFTER.match(after.group("rest")):
        return None  # "due to begin in May and will take 18 months": a second predicate
    if not _DEFINITE.search(subject) and not _NAME.search(subject, 1) and \
            not any(word[:1].isupper() for word in match.group("mid").split()) and \
            not (match.group("third") and " " not in subject):
        return None  # "Talks are expected to resume on 5 March": which talks? (One word
        # that "plans" or "intends" is a name: a noun of no thing cannot plan)
    if " " in subject or not match.group("third"):
        subject = first_lower(subject)  # (a one-word subject that plans is a name)
    body = tidy(f"to {match.group('verb')}{match.group('mid')}{after.group('rest')}")
    if match.group("be"):
        state = f"{match.group('adverb') or ''} {match.group('state')}"  # "is normally
        # expected to begin"
        asked = f"{wh} {match.group('be')} {subject}{state} {body}?"
        event = f"{subject} {match.group('be')}{state} {body}"
    else:
        plan = match.group("third") or match.group("plural")
        base = plan[:-1] if match.group("third") else plan
        auxiliary = "does" if match.group("third") else "do"
        asked = f"{wh} {auxiliary} {subject} {base} {body}?"
        event = f"{subject} {plan} {body}"
    if dangling(asked.rstrip("?")):
        return None
    return Asked(asked, event)
