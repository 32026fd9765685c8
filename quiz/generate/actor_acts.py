"""Actor facts from what someone did with words: asked, ordered or found ("X's appeal
urging restraint", "the order from X to deploy", "a report by X found ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quiz.generate.actor_phrases import DETERMINERS, Actor, mention_actor
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_past_tense, who_predicate
from quiz.generate.mentions import Mention, Token
from quiz.generate.syntax import Clause, find_clauses, trim_predicate

#: Nouns for what someone says or decides, and the verb a question does it with:
#: "Tucker Carlson's appeal urging restraint" -> "Who made an appeal urging restraint?".
ACT_NOUNS = {"appeal": "made", "call": "made", "calls": "made", "request": "made",
              "proposal": "made", "offer": "made", "plea": "made", "bid": "made",
              "demand": "made", "pledge": "made", "promise": "made", "decision": "made",
              "order": "gave", "orders": "gave", "instruction": "gave", "instructions": "gave",
              "warning": "gave", "speech": "gave", "ultimatum": "issued", "directive": "issued",
              "decree": "issued", "invitation": "sent"}
#: Words that open what such a noun is about ("an appeal urging ...", "the order to deploy").
_ACT_COMPLEMENT = frozenset({"to", "for", "that", "urging", "calling", "asking", "demanding",
                             "against", "seeking", "warning", "not", "on"})
_DETERMINER_OF = {"the": "the", "a": "a", "an": "an"}


def act_noun_facts(text: str, toks: Sequence[Token], mentions: list[Mention]
                   ) -> Iterator[tuple[str, Actor, str]]:
    """"X's appeal urging restraint", "the order from X to deploy troops" -> "Which Fox News
    host made an appeal urging restraint ...?", "Which U.S. President gave the order to
    deploy troops ...?"."""
    for m in mentions:
        if m.kind is AnswerKind.COUNTRY or m.kind is None:
            continue
        noun_at = m.last_token + 1
        article = ""
        if m.possessive and noun_at < len(toks) and toks[noun_at].lower in ACT_NOUNS:
            rest_at = noun_at + 1
        else:
            k = _role_first_token(toks, m) - 1
            if m.has_the:
                k -= 1
            if k < 2 or toks[k].lower not in {"from", "by"} or m.possessive:
                continue
            noun_at, rest_at = k - 1, m.last_token + 1
            if toks[noun_at].lower not in ACT_NOUNS or toks[noun_at - 1].lower not in \
                    _DETERMINER_OF or toks[noun_at].trail:
                continue
            article = toks[noun_at - 1].lower
        if rest_at >= len(toks) or toks[rest_at - 1].trail:
            continue
        complement = trim_predicate(text[toks[rest_at].start:], 14)
        words = _own_words((complement or "").split())
        complement = " ".join(words)
        if len(words) < 2 or words[0] not in _ACT_COMPLEMENT or words[0] == "to" and (
                not words[1].isalpha() or not words[1].islower() or words[1] in DETERMINERS):
            continue
        actor = mention_actor(m)
        if actor is None:
            continue
        noun = toks[noun_at].lower
        verb = ACT_NOUNS[noun]
        if not article:
            article = "" if noun.endswith("s") else "an" if noun[0] in "aeiou" else "a"
        phrase = f"{article} {noun} {complement}".strip()
        yield f"{actor.asker} {verb} {phrase}", actor, f"{verb} {phrase}"


def _own_words(words: list[str]) -> list[str]:
    """The words of an act noun's complement up to the verb of the sentence it is the
    subject of ("X's decision to close 40 branches | was criticised", "... | angered
    residents"); a verb after "to", "be" or a relative word is the complement's own."""
    for i in range(2, len(words)):
        word = words[i]
        if word in _FINITE or is_past_tense(word) and words[i - 1] not in _OWN_VERB_BEFORE \
                and not words[i - 1].endswith("ly"):  # ("to deploy an armed contingent")
            return words[:i]
    return words


_FINITE = frozenset("was were is are has have had will would could can may might must "
                    "should".split())
_OWN_VERB_BEFORE = frozenset("to be been being that which who and or not a an the its their his "
                             "her our your this these those some any no many more most less "
                             "well newly fully partly heavily".split())


def _role_first_token(toks: Sequence[Token], m: Mention) -> int:
    """The index of the first token of ``m``'s role (of its name without one)."""
    return next((i for i in range(m.first_token, -1, -1)
                 if toks[i].start + len(toks[i].lead) <= m.role_start), m.first_token)


#: Nouns for a piece of work whose findings a sentence reports ("a report by X found ...").
STUDY_NOUNS = frozenset("""
    report survey study analysis review audit poll inquiry investigation assessment census
    evaluation
""".split())


def study_agent(text: str, toks: Sequence[Token], mentions: list[Mention], b: int,
                clauses: list[Clause], d: int) -> Iterator[tuple[str, Actor, str]]:
    """"A report by the Court of Accounts found that ..." -> "Which body's report found
    that ...?": the finding is the fact, and whose work it was the answer (``b``: the token
    "by", ``d``: the determiner that opens the study's noun phrase)."""
    start = toks[d].start + len(toks[d].lead)
    clause = next((c for c in clauses if c.subject_start == start
                   and c.group.main in _FINDING_VERBS), None)
    by_end = toks[b].end
    m = next((m for m in mentions if by_end <= m.role_start <= by_end + 40), None)
    if clause is None or m is None or m.possessive or text[by_end:m.role_start].strip(
            ).lower() not in {"", "the"} and not (m.role and _ROLE_AFTER_THE.fullmatch(
                text, by_end, m.role_start)):
        return
    actor = mention_actor(m)
    if actor is None:
        return
    rest = clause.rest
    if ", " in rest:  # "found that the ship's operator, Kyklades Lines, had ...": which one
        rest = _NAME_ASIDE.sub(" ", rest, count=1)
    predicate = trim_predicate(rest, 22)
    if predicate is None and clause.group.main in _FINDING_VERBS:
        predicate = _reported_clause(rest)  # "found the attackers were inside ..."
    if not predicate or len(predicate.split()) < 3:
        return
    noun = toks[b - 1].lower
    owner = "Whose" if actor.asker == "Who" else f"{actor.asker}'s"
    body = who_predicate(clause.group, predicate.replace(" of them ", " "))  # "one in four"
    yield f"{owner} {noun} {body}", actor, f"{noun} {body}"


#: "by the cyber-security firm X": a modifier of the role before the role itself.
_ROLE_AFTER_THE = re.compile(r"\s+the\s+(?:[a-z][\w-]*\s+){0,2}")
def _reported_clause(rest: str) -> str | None:
    """The clause a finding reports without "that", cut as a predicate ("the attackers were
    inside its systems for 47 days | before ..."), or ``None``."""
    found = find_clauses(rest)
    if not found or found[0].first_token != 0 or not found[0].subject[:1].islower():
        return None
    clause = found[0]
    predicate = trim_predicate(_SUBORDINATE_TAIL.sub("", clause.rest), 16)
    if not predicate:
        return None
    return f"{clause.subject} {' '.join(clause.group.words)} {predicate}"


#: A subordinate clause ending a reported one: "... for 47 days | before they were detected".
_SUBORDINATE_TAIL = re.compile(r"\s+(?:before|after|because|when|while|although|since|until|"
                               r"unless)\s+[a-z].*$")
#: A name set off by commas after a noun ("the operator, Kyklades Lines, had").
_NAME_ASIDE = re.compile(r"(?<=[a-z]), [A-Z][\w'’.&-]*"
                         r"(?: (?:of |and |the )?[A-Z][\w'’.&-]*){0,5}, (?=[a-z])")
_FINDING_VERBS = frozenset("""
    found finds showed shows concluded concludes revealed reveals suggested suggests estimated
    estimates warned warns recommended recommends said says
""".split())
