"""Cause facts marked by a connective: because (of), due to, in response to, after, from, as."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quiz.generate.cause_after import (
    CHANGED, EMERGED, EMPTY_VERBS, EVENT_VERBS, HABITUAL, JUDGED_THAT, PARTICULAR_LEAD,
    PERIOD_CLAUSE, PUNISHED, SPAN_BEFORE, STRONG_AFTER_LEAD, STRONG_AFTER_VERBS, TIME_AFTER,
    after_event, causal_opening, event_clause, habitual_after, last_clause_with, strong_after,
)
from quiz.generate.cause_asides import across, aside_before, relative_before
from quiz.generate.cause_c_reasons import as_gives_reason
from quiz.generate.cause_means import NOT_DOING
from quiz.generate.cause_reports import reporting_parent
from quiz.generate.cause_spans import (
    DEMONSTRATIVE, NOT_BASE, VAGUE_SUBJECT, Ending, cut_span, ends_with, head_noun,
    last_conjunct, predicate_before, why_question, without_trailing_adverb,
)
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    VerbGroup, base_form, base_from_ing, first_lower, gerund, is_past_tense, is_pronoun, past_of,
    question_predicate, third_person, tidy_span, word_count,
)
from quiz.generate.syntax import Clause, trim_predicate

# Case is spelt out on the first letter only (a connective opening the sentence) and the
# first letters are looked ahead for before the word boundary: four times faster than
# IGNORECASE, which tries every alternative at every boundary. The connectives are grouped
# by first letter (in their order within a group), so a word is tried against one group:
# twice as fast again. Because (of), due to; owing to, out of fear, on suspicion of, over
# concerns; as a result of, after, arguing that, amid allegations; in retaliation for, in
# response to, in the wake / aftermath of, in protest at, in order that, in a bid to, in case;
# following, for fear of, fearing; thanks to; so that; with the aim of; citing; ruling that;
# on the grounds that; in light of.
_CONNECTIVE = re.compile(
    r"(?=[ABCDFIOPRSTUWabcdfioprstuw])\b"
    r"(?P<conn>[Bb]ecause(?: of)?|[Dd]ue(?: (?:partly|largely|mainly|mostly|in part))? to|"
    # ", asking for X", ", demanding X": what an act was done to get (a purpose)
    r"[Dd]emanding|[Pp]ressing for|[Uu]rging|"
    r"[Oo](?:wing(?: (?:partly|largely|mainly|mostly|in part))? to|ut of (?:fear|concern) "
    r"(?:of|that|for)|n suspicion of|"
    # "rose on fears of a strike": the mood is the answer, "on" the connective
    r"n(?= (?:growing |mounting |renewed |fresh )?(?:fears|concerns|worries|hopes|"
    r"expectations|speculation) (?:of|that|about|over)\b)|"
    r"n (?:the )?grounds (?:that|of)|"
    r"ver(?= (?:[a-z-]+ )?(?:concerns?|fears?|worries|allegations|claims)(?: (?:that|about|"
    r"over|of)\b|[,.;]|$)))|"
    r"[Aa](?:s a (?:direct )?(?:result|consequence) of|fter|rguing that|sking for|ppealing for|"
    # ", accusing him of X": what the act's subject holds against its object
    r"ccusing (?:him|her|them|it|(?:the|its|their) [a-z-]+(?: [a-z-]+)?|[A-Z][\w’'-]+"
    r"(?: [A-Z][\w’'-]+)?) of|"
    r"s (?:a )?(?:punishment|penalty|sanction|reprisal) for|"
    r"mid\b)|"
    r"[Ii]n (?:retaliation for|response to|the wake of|the aftermath of|protest (?:at|against)|"
    r"light of|"
    r"order that|(?:a|an) (?:bid|effort|attempt) to|case(?= (?:of|the|a|an|it|they|there)\b))|"
    r"[Ff](?:ollowing|or fear (?:of|that)|earing)|"
    r"[Tt]hanks(?: (?:partly|largely|mainly|mostly|in part|in large part))? to|[Ss]o that|"
    r"[Ss]eeking|"
    r"[Ww]ith the (?:aim|goal|intention) of|[Cc]iting|[Cc]alling for|[Rr]uling that|"
    r"[Rr]equesting)"
    # "because, they argued, the money should ...": the aside is not part of the cause
    r"(?:,\s+(?:[\w’'.-]+\s+){1,4}?(?:argued|argue|argues|said|say|says|claimed|claim|"
    r"insisted|added|believed|believe|noted|explained|wrote|reportedly),)?\s+")
#: What one is accused of: a deed ("of gathering information"), a wrong named by a noun
#: ("of fraud", "of negligence"), not a pronoun ("of it").
_ACCUSED_OF = re.compile(r"(?!(?:it|this|that|them|him|her|doing\s+so)\b)(?:[a-z]+ing\b|"
                         r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]{4,}\b)")
#: What joins a second act to the first, before its own subject ("X rose and [the firm]").
_JOINED_ACT = re.compile(r"(?:,?\s+(?:and|but)|;)\s+$")
#: Verbs of speaking, whose "calling for X" is what was said, not why one spoke ("wrote to
#: the ministry asking for X" is a letter sent to get X).
_SPOKE = frozenset({"spoke", "speaks", "speak", "spoken", "commented", "posted", "tweeted"})
#: A message whose words the participle tells ("issued a warning, urging the public to X").
_MESSAGE = re.compile(r"\b(?:statements?|warnings?|messages?|notices?|alerts?|advisor(?:y|ies)|"
                      r"appeals?|posts?|videos?|speech(?:es)?|remarks|comments?|tweets?)\b")
#: Participles of asking after an act: what the act was done to get.
_SEEKING = frozenset({"asking for", "appealing for", "calling for", "pressing for", "seeking",
                      "demanding", "requesting", "urging"})
#: Words before a participle that make it no participle of the act ("are asking for", "a
#: demanding job", "self-seeking").
_NOT_ACT_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|am|a|an|the|and|or|of|"
                             r"by|for|to|not|also|still|now)|-)\s*$", re.IGNORECASE)


def _seeking_after_act(text: str, start: int, conn: str) -> bool:
    """Whether the participle of asking at ``start`` follows an act (after a comma, or a
    phrasal "asking for" after the act's words), not a verb group or a noun it describes."""
    if start == 0 or text[:start].strip() == "":
        return False  # ("Seeking asylum, thousands crossed ...": left to other readers)
    if text[start - 2:start] == ", ":
        return not _NOT_ACT_BEFORE.search(text, 0, start - 2)
    return conn.endswith(" for") and not _NOT_ACT_BEFORE.search(text, 0, start)


#: Connectives read as another: "as a direct result of" is "as a result of".
_SAME_CONNECTIVE = {"as a direct result of": "as a result of",
                    "as a consequence of": "as a result of",
                    "as a direct consequence of": "as a result of",
                    "on grounds that": "on the grounds that", "on grounds of": "on the grounds of"}
#: A degree between a connective's words: "thanks partly to", "due largely to".
_DEGREE = re.compile(r" (?:partly|largely|mainly|mostly|in part|in large part) ")
_DEGREE_TO = ("partly to", "largely to", "mainly to", "mostly to", "in part to")
_TO_ACT = re.compile(r"\bto\s+(?P<verb>[a-z]{3,})\s+(?P<object>[a-z][^,;:]*?)"
                     r"(?=\s+in (?:response|retaliation|return)\b|\s+(?:but|and)\b|[,;:]|$)")
_AGAINST_IT = re.compile(r"\b(?:against|on|off|out|over)?\s*it$")


def _why_it(text: str, clause: Clause, end: int) -> str | None:
    """"Aides urged him to launch strikes, but the president decided against it" -> "Why did
    the president decide against launching strikes?": "it" at the end of the predicate stands
    for the action proposed earlier in the sentence, when there is exactly one."""
    body = text[clause.verb_end:end].strip().rstrip(",")
    body = without_trailing_adverb(" " + body).strip().rstrip(",").strip()
    if not body.endswith(" it") and body != "it" or "," in body or is_pronoun(clause.subject):
        return None
    acts = list(_TO_ACT.finditer(text, 0, clause.subject_start))
    if len(acts) != 1 or base_form(acts[0].group("verb")) is None and \
            acts[0].group("verb") in NOT_BASE or acts[0].group("verb") in NOT_BASE:
        return None
    act = acts[0]
    thing = f"{gerund(act.group('verb'))} {act.group('object').strip()}"
    if word_count(thing) > 12 or any(p in thing.split() for p in ("him", "her", "them", "it")):
        return None
    inverted = question_predicate(first_lower(clause.subject), clause.group,
                                  f"{body[:-2].strip()} {thing}".strip())
    return f"Why {inverted}" if inverted else None


#: A plan told only as "the plan": what it was is the one act proposed before it.
_BARE_PLANS = frozenset({"the plan", "the proposal", "the idea", "the scheme", "the request"})
_PROPOSING = re.compile(r"\b(?:urged|asked|proposed|planned|wanted|called\s+on|pressed|"
                        r"lobbied|petitioned|offered|hoped|sought)\b")


def _plan_named(text: str, clause: Clause) -> Clause:
    """"Residents had urged the county to move the library to higher ground, but the plan was
    dropped because X" -> "the plan to move the library to higher ground": the one act
    proposed before the bare "the plan" names it (else the clause is left as it is)."""
    acts = list(_TO_ACT.finditer(text, 0, clause.subject_start))
    if len(acts) != 1 or not _PROPOSING.search(text, 0, acts[0].start()):
        return clause
    verb, thing = acts[0].group("verb"), acts[0].group("object").strip()
    if verb in NOT_BASE or is_past_tense(verb) or word_count(thing) > 10 or any(
            p in thing.split() for p in ("him", "her", "them", "it")):
        return clause
    return replace(clause, subject=f"{clause.subject} to {verb} {thing}")


_FIRM_CAUSES = frozenset({"in response to", "in retaliation for", "because of", "due to",
                          "as a result of"})
_ORDER_TO = re.compile(r"\b(?:order|orders|decision|plan|request|call|move|vote|bid)\s+"
                       r"(?:(?:from|by)\s+[^,;:]{2,60}?\s+)?to\s+(?P<verb>[a-z]{3,})\s+"
                       r"(?P<object>(?:an?|the|its|their|more|some|all|\d[\d,]*)\s+"
                       r"[^,;:]{2,90}?)$")
_OBJECT_END = re.compile(r"\s(?:to|into|in|on|at|from|across|near|inside|outside)\s")


def _ordered_why(text: str, clauses: list[Clause], start: int) -> str | None:
    """"... the order from X to deploy troops to the region in response to Y" -> "Why were
    troops deployed to the region?": the cause explains the ordered act, not the main clause
    (only in a past-tense sentence, where the act was carried out)."""
    act = _ORDER_TO.search(text, 0, len(text[:start].rstrip()))
    if act is None or any(act.start("object") < c.verb_start < act.end() for c in clauses):
        return None  # ("The decision to close the library was taken because X": the act is
        # the subject, and its object ends before "was taken")
    if not any(c.group.tense == "past" or c.group.words[0] in {"was", "were"} for c in clauses):
        return None
    base = base_form(act.group("verb")) or act.group("verb")
    if act.group("verb") in NOT_BASE or is_past_tense(act.group("verb")):
        return None
    participle = _PARTICIPLES.get(base, past_of(base))
    obj = act.group("object").strip()
    place = _OBJECT_END.search(obj)
    thing, where = (obj[:place.start()], obj[place.start():]) if place else (obj, "")
    if word_count(thing) > 10 or thing.lower().startswith(("a ", "an ")) and " of " not in thing:
        return None  # "a plan": which one?
    head = head_noun(thing)
    be = "were" if head.endswith("s") and not head.endswith(("ss", "us")) else "was"
    return f"Why {be} {first_lower(thing)} {participle}{where}"


_PARTICIPLES = {"send": "sent", "build": "built", "bring": "brought", "take": "taken",
                "give": "given", "hold": "held", "pay": "paid", "make": "made", "set": "set",
                "cut": "cut", "put": "put", "shut": "shut", "withdraw": "withdrawn",
                "sell": "sold", "buy": "bought", "keep": "kept", "lend": "lent"}


def connective_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    clauses = _unranked(clauses)
    for match in _CONNECTIVE.finditer(text):
        conn = match.group("conn").lower()
        if conn.endswith(_DEGREE_TO):  # ("thanks partly to": read as "thanks to")
            conn = _DEGREE.sub(" ", conn)
        conn = _SAME_CONNECTIVE.get(conn, conn)
        start = match.start()
        if conn in _SEEKING and not _seeking_after_act(text, start, conn):
            continue
        if conn.startswith("accusing"):
            if text[start - 2:start] != ", " or not _ACCUSED_OF.match(text, match.end()):
                continue  # ("a letter accusing him of X" names the letter, not a reason)
            conn = "accusing"
        if start == 0 or text[:start].strip() == "":
            yield from _leading_connective(text, clauses, match)
            continue
        aside = (aside_before(text, start) or relative_before(text, start)) if \
            text[start - 2] == "," else None
        if aside is not None:
            yield from across(connective_facts, text, clauses, start, aside)
            continue  # (the saying verb or the relative clause before the reason is not what
            # it explains)
        if conn in _FIRM_CAUSES:
            ordered = _ordered_why(text, clauses, start)
            if ordered is not None:
                cause = cut_span(text, match.end())
                if cause is not None:
                    yield AnswerKind.CAUSE, ordered, cause, (f"{match.group('conn')} {cause}",)
                continue
        owner = [c for c in clauses if c.verb_end <= start and c.subject_start < start]
        if not owner:
            continue
        clause = owner[-1]
        if conn in {"ruling that", "arguing that"}:
            clause = owner[0]  # ", ruling that X": the reason of the sentence's own subject
            if clause.first_token != 0 or not text[:start].rstrip().endswith(","):
                continue
            if len(owner) > 1 and _JOINED_ACT.search(text, 0, owner[-1].subject_start):
                clause = owner[-1]  # "Prices rose and the firm closed X, arguing that Y"
        elif any(c.subject_start > clause.verb_end and c.verb_end <= start
                 for c in clauses):
            continue  # another clause sits between: the connective is not about this one
            # (not one whose subject the connective is inside: "since January amid doubts
            # about whether the trial | would succeed" is a misreading)
        if "had " in text and _INVERTED_IF.search(text, clause.verb_end, start):
            continue  # "would have been heavier had the club not cooperated ... after X": X
            # is when the club cooperated, not why it would have been heavier
        if ends_with(_SUBORDINATE_BEFORE, text, clause.subject_start) and not (
                conn != "after" and _CONTRASTING_BEFORE.search(text, 0, clause.subject_start)):
            continue  # "done hours before the window closed, after X": X is not why it closed
            # (but "X sold, while a portrait was withdrawn because of Y": Y is why it was)
        if conn == "due to" and (_SCHEDULED.match(text, match.end()) or _DUE_VERB.match(
                text, match.end())) and _COPULA_END.search(text, 0, start):
            continue  # "both sides are due to return to mediation": a schedule, not a cause
        cause = cut_span(text, match.end())
        if cause is None:
            continue
        if conn.startswith("because") and _INNER_EVENT.search(text, clause.verb_end, start) and \
                event_clause(text[_INNER_EVENT.search(text, clause.verb_end, start).end():start]):
            continue  # "banned exports after prices doubled because rains damaged crops": the
            # rains are why prices doubled, not why exports were banned
        if " because " in cause and conn in _TIME_LIKE:
            inner = cause[:cause.index(" because ")]
            cause = inner if word_count(inner) >= 2 and not inner.endswith(
                (" and", " or", " then", " but")) else cause  # "after prices doubled because
            # rains damaged crops": what the act followed is the doubling; the rains are why
            # prices doubled (the "because" is asked of that clause)
        if conn == "on" and clause.group.main.lower() not in _MOVES:
            continue  # ("met on hopes of a deal" is no one's English; a price moves on them)
        if conn == "amid" and not _AMID_CONCERN.match(text, match.end()) and \
                clause.group.main.lower() not in _MOVES and not (
                    clause.group.main.lower() in _CUTS and _AMID_SETTING.match(
                        text, match.end()) is None):
            continue  # ("talks resumed amid tight security": a setting, not why)
        if conn == "amid" and (base_form(clause.group.main) or clause.group.main.lower()) in \
                _PRESSING_ON:
            continue  # ("The festival went ahead amid fears of flooding": despite them)
        if conn == "citing" and " amid " in cause:
            cause = cause[:cause.index(" amid ")]  # "citing X amid Y": X is what is cited
        if conn in _TIME_LIKE and (HABITUAL.search(text, clause.verb_start, start) or
                                   _OPENING_TIME.match(text) and ends_with(
                                       PARTICULAR_LEAD, text, start)):
            # when a long-running state grew, or the one event of several a sentence singles
            # out ("After X, Iraq called for Y, especially following Z"): not simply why
            grew = habitual_after(text, clause, start)
            if grew is not None:
                yield AnswerKind.CAUSE, grew, cause, (f"{match.group('conn')} {cause}",)
            continue
        strong_lead = ends_with(STRONG_AFTER_LEAD, text, start)
        if conn == "after" and clause.group.main.lower() in EVENT_VERBS and (
                not strong_lead or text[:start].rstrip().endswith(" only") and
                predicate_before(text, clause, start)) \
                and _PASSIVE_BE.isdisjoint(clause.group.words) and not TIME_AFTER.match(cause) \
                and not PERIOD_CLAUSE.match(cause) and not JUDGED_THAT.match(cause) \
                and not is_pronoun(clause.subject) and not VAGUE_SUBJECT.match(clause.subject) \
                and not ends_with(SPAN_BEFORE, text, start):
            # (not "shortly after X": a time)
            event = after_event(text, clause, start)
            if event is not None:
                yield AnswerKind.CAUSE, event, cause, (f"after {cause}",)
            continue
        if conn == "after" and (ends_with(SPAN_BEFORE, text, start) or
                                not strong_after(text, _nearer_verb(text, clause, start),
                                                 match, cause)):
            continue  # ("a decade after the factory closed": a time)
        emerged = EMERGED.match(cause) if conn == "after" else None
        if emerged is not None and word_count(cause[emerged.end():]) >= 3:
            cause = cause[emerged.end():]  # "after it emerged that she had failed to X"
        judged = JUDGED_THAT.match(cause) if conn in {"after", "following"} else None
        if judged is not None and word_count(cause[judged.end():]) >= 3:
            cause = cause[judged.end():]  # "annulled the vote after ruling that X": X is why
        if conn in {"after", "following"} and not predicate_before(text, clause, start) and \
                (base_form(clause.group.main) or clause.group.main.lower()) in EMPTY_VERBS:
            # "X occurred only after Y": "Why did X occur?" asks nothing, but what came first
            # does, as "What did X follow?" ("After what did X occur?" is no one's English)
            followed = _as_follow(clause.group)
            inverted = None if followed is None or is_pronoun(clause.subject) or \
                VAGUE_SUBJECT.match(clause.subject) else question_predicate(
                    first_lower(clause.subject), followed, "")
            if inverted is not None:
                yield AnswerKind.CAUSE, f"What {inverted}", cause, (f"after {cause}",)
            continue
        if conn == "following" and not (clause.group.main.lower() in _FOLLOWED or
                                        ends_with(STRONG_AFTER_LEAD, text, start) or
                                        _NAMED_EVENT.match(cause)):
            continue
        if clause.subject.startswith(("a ", "an ")) and \
                (named := _NAME_APPOSED.search(text, 0, clause.subject_start)) is not None:
            # "represented by Ravi Deshpande, a lawyer who took the case because X": the
            # person the noun phrase is apposed to ("Why did Ravi Deshpande take the case?")
            clause = replace(clause, subject=named["name"])
        copula = _copula_cause(text, clause, start, conn)
        if copula is not None:
            yield AnswerKind.CAUSE, copula, cause, (f"{match.group('conn')} {cause}",)
            continue
        if conn in _RESULT_CONNECTIVES:
            effect = _result_of(text, clause, start, match.group("conn"), cause)
            if effect is not None:
                yield AnswerKind.EFFECT, effect[0], effect[1], ()
        if clause.subject.lower() in _BARE_PLANS:
            clause = _plan_named(text, clause)
        parent = reporting_parent(text, clauses, clause)
        question = (parent is not None and why_question(text, parent, start)
                    or why_question(text, clause, start) or _why_it(text, clause, start))
        if question is None and text[start - 2] == ",":
            # ("jumped 6.8% on Thursday, their biggest gain in a year, because X": the
            # predicate without the noun phrase set off after it)
            apposed = _APPOSED_BEFORE.search(text, clause.verb_end, start)
            question = why_question(text, clause, apposed.start()) if apposed else None
        if question is None and conn == "citing":
            question = _cited_by(text, clause, start)  # ", with analysts citing X"
            if question is not None:
                yield AnswerKind.CAUSE, question, cause, (f"citing {cause}",)
            continue
        if question is None:
            continue
        if conn in {"after", "following"} and " only " in question and \
                f" only {clause.group.main}" in text[:start]:
            # "only recalled the cars after three drivers were hurt": not until then, so
            # "Why did the company recall the cars?" ("Why ... only recall" asks why so few)
            question = question.replace(" only ", " ", 1)
        if conn in _SEEKING:
            if clause.group.main.lower() in _SAYING or clause.group.main.lower() in _SPOKE or \
                    is_pronoun(cause.split()[0]) or cause.startswith("to ") or \
                    _MESSAGE.search(text, clause.verb_end, start):
                continue  # ("said, calling for calm": a saying, no act done for a purpose;
                # "issued a warning urging X": what the warning says; "seeking to X" is the
                # purpose rules' "to X")
            yield AnswerKind.PURPOSE, question, f"{match.group('conn')} {cause}", (cause,)
            continue
        if conn.startswith(("so that", "in order that", "for fear", "out of", "in a", "in an",
                            "with the", "citing", "fearing", "on suspicion", "in case")):
            purpose = conn.startswith(("so that", "in order that", "in a", "in an", "with the"))
            kind = AnswerKind.PURPOSE if purpose else AnswerKind.CAUSE
            short = f"to {cause}" if conn.endswith(" to") else cause.removeprefix("of ")
            yield kind, question, f"{match.group('conn')} {cause}", (short,)
            continue
        yield AnswerKind.CAUSE, question, cause, (f"{match.group('conn')} {cause}",)
    if "on a" in text:  # (what :data:`_MISSION` opens with)
        yield from _mission_facts(text, clauses)


#: A person's name (two or more capitalised words) and the comma before an apposed "a"/"an"
#: noun phrase whose relative clause is read as a clause of its own.
_NAME_APPOSED = re.compile(r"(?<![\w’'])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+),\s+$")
#: "after"/"when"/"following" opening a clause between a verb and a later "because": the
#: clause the "because" explains (no comma or other clause between).
_INNER_EVENT = re.compile(r"\b(?:after|when|following)\s+(?=[^,;:]+$)")
#: An inverted condition between a clause and its connective: "had the club not cooperated",
#: "had they known" (the connective belongs to the condition's verb).
_INVERTED_IF = re.compile(r"\s(?:had|were|should)\s+(?:the|a|an|its|their|his|her|it|they|he|"
                          r"she|we|[A-Z][\w’'-]+)\s+(?:[\w’'-]+\s+){0,3}?(?:not\s+)?"
                          r"[a-z]+(?:ed|wn|en)\b")
#: A noun phrase set off by commas right before a connective: ", their biggest one-day gain
#: in more than a year, " (a ranked or described restatement of the act before it).
_APPOSED_BEFORE = re.compile(r",\s+(?:its|their|the|a|an|his|her)\s+[^,;:\"“”()]{3,70}?,\s+$")
#: Verbs whose act "following X" explains: decisions, moves, punishments and removals.
_FOLLOWED = STRONG_AFTER_VERBS | PUNISHED
#: An event named by a noun made from a verb, with whom or what it befell: "following the
#: retirement of two doctors", "following the closure of the plant" (what "following" explains
#: after any verb; not "the tradition of", "the direction of": a manner).
_NAMED_EVENT = re.compile(r"the\s+(?!(?:tradition|direction|instruction|example|lead|path|"
                          r"advice|guidance|completion|conclusion)\b)"
                          r"[a-z]+(?:ment|tion|sion|ure|al|ance|ence)\s+of\s+\S")
#: A passive's auxiliary: "the charges were dropped after X" is an act someone did (why),
#: not an event that began after X ("prices dropped after X").
_PASSIVE_BE = frozenset({"was", "were", "been", "being", "be", "is", "are"})


#: "amid allegations that ...", "amid growing concerns over ...": a reason after any verb
#: (after a move of a price or a count, "amid" + any event is one: "fell amid weak demand").
#: Verbs of carrying on, which "amid" fears or concerns do not explain (they go on despite them).
_PRESSING_ON = frozenset({"go", "proceed", "continue", "press", "push", "remain", "stay",
                          "persist", "insist", "defend", "resume", "open"})
_AMID_CONCERN = re.compile(r"(?:(?:growing|mounting|widespread|renewed) )?(?:(?:allegations|"
                           r"accusations|concerns|fears|criticism|pressure|suspicions|"
                           r"doubts) (?:that|about|over|of|from)\b|(?:fears|"
                           r"concerns) (?=(?:the|a|an|its|their|his|her)\s+[\w’'-]+"
                           r"(?:\s+[\w’'-]+)?\s+(?:could|would|might|may|will|was|were|is|"
                           r"are|had|has)\b))")


#: Cuts and stops that anything but a setting told with "amid" explains ("was halved amid budget
#: pressures", "scrapped the route amid a shortage of drivers").
_CUTS = frozenset("""
    halved cut scrapped suspended closed shut cancelled canceled postponed delayed shelved
    axed reduced froze frozen dropped abandoned withdrawn withdrew trimmed slashed
    halve scrap suspend close cancel postpone delay shelve axe reduce freeze drop abandon
    withdraw trim slash halt halted evacuate evacuated ban banned
""".split())
#: What a cut or stop happens "amid" without being why: a setting or a mood shown
#: ("closed amid tight security", "was axed amid cheers"), a pronoun or a quotation.
_AMID_SETTING = re.compile(r"(?:(?:an?|the|tight|heavy|strict|great|much|some|little)\s+)?"
                           r"(?:security|secrecy|applause|cheers|celebrations|tears|fanfare|"
                           r"scenes|jubilation|laughter|confusion|it|this|that|them)\b|[\"“]")


def _nearer_verb(text: str, clause: Clause, start: int) -> Clause:
    """``clause`` with the verb group of its predicate's second half when "but" joins two
    ("was due to open in May but was held up after X": "held" is what "after" follows)."""
    if " but " not in text[clause.verb_end:start]:
        return clause
    second = last_conjunct(predicate_before(text, clause, start) or "")
    return clause if second is None else replace(clause, group=second[0])


#: ", with analysts citing X": who gives the reason, set off after the clause.
_WITH_WHO = re.compile(r",\s+with\s+(?P<who>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+$")


def _cited_by(text: str, clause: Clause, start: int) -> str | None:
    """"Shares fell sharply, with analysts citing weak demand" -> "Why did shares fall
    sharply, according to analysts?"."""
    who = _WITH_WHO.search(text, clause.verb_end, start)
    if who is None or is_pronoun(who.group("who")):
        return None
    question = why_question(text, clause, who.start())
    return f"{question}, according to {first_lower(who.group('who'))}" if question else None


#: ", while" / ", whereas" right before a clause: a contrast, whose clause is a statement
#: of its own.
_CONTRASTING_BEFORE = re.compile(r",\s+(?:while|whereas)\s+$")
#: A subordinating word right before a clause: that clause is not the one a connective after
#: it explains, and which one it is cannot be told safely.
_SUBORDINATE_BEFORE = Ending(r"\b(?:before|until|till|while|whereas|unless|although|though|"
                             r"once|even\s+as)\s+$", "ehls", re.IGNORECASE)

#: "due to" + a verb and its object or place ("due to return to talks", "due to meet on
#: Friday"), after a form of "be": what is scheduled. A noun phrase ("due to heavy rain",
#: "due to a strike") does not match: its second word is a noun, its first a determiner.
_SCHEDULED = re.compile(r"\s*(?!(?:the|a|an|its|their|his|her|this|these|those|rising|"
                        r"falling|high|low|heavy|poor|bad)\b)[a-z]+\s+(?:(?:off|up|out|down|"
                        r"back|over|away)\s+)?(?:to|on|in|at|with|the|a|an|its|their|by|for|"
                        r"from|into|next|this|later|early)\b")
#: A verb after "due to" that no noun phrase opens with ("is due to be published").
_DUE_VERB = re.compile(r"\s*(?:be|have|get|start|begin|open|reopen|close|take|make|hold|"
                       r"arrive|expire|end|finish|resume|come|go|return|meet|sign|vote|launch|"
                       r"visit|announce|publish|release|report|decide|rule|appear|leave|enter)\b")
_COPULA_END = re.compile(r"\b(?:is|are|was|were|be|been|being)(?:\s+(?:[a-z]+ly|also|still|"
                         r"now|not|then|already))?\s*$")  # ("was originally due to report")

#: Connectives that may only date a state: after a habitual clause they say when, not why.
_TIME_LIKE = frozenset({"after", "following", "in the wake of", "in the aftermath of"})
#: A sentence opening with another time or cause ("After the group lost its territory, ...").
_OPENING_TIME = re.compile(r"(?:After|Following|In the wake of|In the aftermath of|Since)\s")
_RESULT_CONNECTIVES = frozenset({"as a result of", "because of", "due to", "in the wake of",
                                 "in the aftermath of"})
_NOT_OBJECT_START = frozenset("""
    in on at for to from with by into over under after before during since about against
    again also still already now then there here up down out off away back
""".split())
_AFTER_OBJECT = frozenset("""
    forward back up down out off away by in on at for to from with last this next after before
    during over into across earlier later already again
""".split())
_THESE = re.compile(r"^(?:these|those|this|that)\s+", re.IGNORECASE)
#: The particle of a phrasal verb before its object ("write off", "set up", "lay off").
_PARTICLES = frozenset({"off", "up", "out", "down", "back", "aside"})
#: Words after which the particle is a direction ("set off for London", "went back to work").
_AFTER_PARTICLE = frozenset({"to", "for", "from", "at", "into", "with", "on", "in", "of"})


def _as_follow(group: VerbGroup) -> VerbGroup | None:
    """"occurred" -> "followed", "will happen" -> "will follow", "has come" -> "has followed":
    the verb group with "follow" in the tense of its main verb (``None`` for another shape)."""
    main = group.main.lower()
    if group.words[-1].lower() != main:
        return None
    perfect = len(group.words) > 1 and group.words[-2].lower() in {"has", "have", "had"}
    if main in {"occur", "happen", "come"} and not (perfect and main != "come"):
        form = "followed" if perfect else "follow"
    elif main in {"occurs", "happens", "comes"}:
        form = "follows"
    elif main in {"occurred", "happened", "came"}:
        form = "followed"
    else:
        return None
    return VerbGroup((*group.words[:-1], form), form, group.tense)


def _result_of(text: str, clause: Clause, start: int, conn: str, cause: str
               ) -> tuple[str, str] | None:
    """"Numerous personnel have sustained injuries as a result of these attacks" -> "What have
    numerous personnel sustained as a result of the attacks?" (the object is the effect)."""
    body = text[clause.verb_end:start].strip().rstrip(",").strip()
    words = body.split()
    particle = ""
    if len(words) >= 3 and words[0] in _PARTICLES and words[1].lower() not in _AFTER_PARTICLE:
        particle, words = words[0], words[1:]  # "would write off 340 million euros"
        body = " ".join(words)
    if not 2 <= len(words) <= 10 or words[0].lower() in _NOT_OBJECT_START or any(
            ch in body for ch in ";:()\"“”") or is_pronoun(clause.subject) or (
                "," in body and _VERB_AFTER_COMMA.search(body)):
        # (", which serves 900 pupils in Bath, Somerset, will close": another verb's clause)
        return None
    if clause.group.main.lower() in EVENT_VERBS | _SAYING or any(
            w in {"is", "are", "was", "were", "be", "been", "being", "not", "never"}
            for w in clause.group.words) or words[0].lower().endswith("ly"):
        # intransitive, passive or adverbial: no object to ask for (and "has not completed a
        # marathon because of X": what was not done is no result of X)
        return None
    cause = _THESE.sub("the ", cause)
    if word_count(cause) > 8 or DEMONSTRATIVE.fullmatch(cause):
        return None  # (nor "because of this": of what?)
    # "move the start forward by an hour": the object ends where the adverbials begin
    cut = next((i for i, w in enumerate(words) if i >= 1 and w.lower() in _AFTER_OBJECT), None)
    rest = ""
    if cut is not None:
        rest = " ".join(words[cut:])
        body = " ".join(words[:cut]).rstrip(",")
        if len(words[:cut]) < 2:
            return None
    why = f"{particle} {rest} {conn.lower()} {cause}".strip()
    if base_form(clause.group.main) in _UNDERGO:
        # "What have personnel sustained as a result of the attacks?" gives "injuries" away
        return f"What happened to {first_lower(clause.subject)} {why}", \
            f"{clause.group.main} {body}"
    inverted = question_predicate(first_lower(clause.subject), clause.group, why)
    return (f"What {inverted}", body) if inverted else None


#: Verbs without an object a cause brings about: "have", and the verbs of saying ("told
#: reporters they were evacuated because of X": X did not make them tell).
_SAYING = frozenset({"has", "have", "had", "said", "says", "say", "told", "tells", "tell",
                     "added", "adds", "announced", "announces", "confirmed", "confirms"})
#: A comma, then a verb group: the object has run into the next clause.
_VERB_AFTER_COMMA = re.compile(r",\s.*\b(?:will|would|was|were|is|are|has|have|had|can|could|"
                               r"must|should|may|might)\b")
#: Verbs whose object is all but said by the verb ("sustained injuries", "suffered losses").
_UNDERGO = frozenset({"suffer", "sustain", "receive", "incur", "endure", "experience"})


_MISSION = re.compile(r"\bon an? (?:[a-z-]+\s+){0,2}(?:mission|visit|trip|tour|assignment|"
                      r"pilgrimage|errand)\b")


def _mission_facts(text: str, clauses: list[Clause]
                   ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"X was in Baghdad on a peace mission" -> "Why was X in Baghdad?"."""
    for match in _MISSION.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner:
            continue
        clause = owner[-1]
        if any(c.subject_start > clause.verb_end and c.subject_start < match.start()
               for c in clauses):
            continue
        question = why_question(text, clause, match.start())
        if question is not None:
            yield AnswerKind.PURPOSE, question, match.group(), (match.group()[3:],)


def _copula_cause(text: str, clause: Clause, start: int, conn: str) -> str | None:
    """"The attacks were allegedly in retaliation for X" -> "What were the attacks allegedly
    in retaliation for?" (a copula has nothing to ask "why" about)."""
    words = clause.group.words
    be = next((w for w in words if w in {"is", "are", "was", "were"}), None)
    if be is None or len(words) > 3 or clause.group.main not in {"is", "are", "was", "were"}:
        return None
    if text[clause.verb_end:start].strip() or conn in {"because", "after", "following"}:
        return None
    if is_pronoun(clause.subject):
        return None
    adverbs = " ".join(w for w in words if w != be)
    middle = f" {adverbs}" if adverbs else ""
    return f"What {be} {first_lower(clause.subject)}{middle} {conn}"


def _leading_connective(text: str, clauses: list[Clause], match: re.Match[str]
                        ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"As a result of X, Y happened": ask why Y happened, and what X resulted in."""
    conn = match.group("conn").lower()
    if conn in {"so that", "in order that", "in case"}:
        return  # ("In case the talks fail, ...": a condition prepared for, not why)
    comma = text.find(",", match.end())
    if comma < 0:
        return
    cause = tidy_span(text[match.end():comma])
    if not cause or word_count(cause) > 20:
        return
    main = next((c for c in clauses if c.subject_start > comma), None)
    if main is None:
        return
    if conn in {"after", "following"} and not causal_opening(conn, cause, main.group.main):
        return  # ("After two days, ...": a time)
    effect = cut_span(text, main.subject_start)
    if effect is None:
        return
    end = main.verb_end + len(text[main.verb_end:]) - len(text[main.verb_end:].lstrip())
    tail = trim_predicate(main.rest, 16) or ""
    # ("Owing to heavy snow, the match was postponed": a passive or a move needs no object)
    # (the clause ends at its verb: the sentence's end, or a comma before another clause)
    bare = not text[main.verb_end:].strip(" .!?").startswith(_OTHER_WORDS) and (
        main.group.words[0] in {"was", "were", "has", "have", "had", "is", "are"} and
        len(main.group.words) > 1 or main.group.main.lower() in _MOVES)
    question = why_question(text, main, end + len(tail)) if tail or bare else None
    if question is not None and conn in {"citing", "fearing"}:
        yield AnswerKind.CAUSE, question, f"{match.group('conn')} {cause}", (cause,)
    elif question is not None:
        yield AnswerKind.CAUSE, question, cause, (f"{match.group('conn')} {cause}",)
    if conn in {"citing", "fearing"}:
        return  # the "why" question above is the one to ask
    if conn in {"as a result of", "due to", "because of", "in the wake of",
                "in the aftermath of"} and not DEMONSTRATIVE.match(cause):
        # (not "What happened because of this?": of what? the sentence before tells)
        yield AnswerKind.EFFECT, f"What happened {conn} {first_lower(cause)}", effect, ()


#: What may follow a clause that ends at its verb: a comma or another clause's "and".
_OTHER_WORDS = tuple("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"“'‘(")


HARM = re.compile(r"\b(?:injur(?:y|ies)|wounds|burns|damage|losses|illness(?:es)?|casualties|"
                   r"deaths)\b")
_HARM_FROM = re.compile(r"\b(?:injur(?:y|ies)|wounds|burns|damage|losses|illness(?:es)?|"
                        r"casualties|deaths)\b(?:[^,;:]|,\s+including\b)*?\s+from\s+")
_HARM_VERBS = frozenset("""
    suffered suffer suffers sustained sustain sustains received receive receives caused
    reported reports incurred incur incurs took take takes
""".split())


def harm_facts(text: str, clauses: list[Clause]
               ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The airline suffered heavy losses from the strike" -> "Why did the airline suffer heavy
    losses?" ("from" is causal after a noun of harm)."""
    for match in _HARM_FROM.finditer(text):
        clause = last_clause_with(clauses, match.start(), _HARM_VERBS)
        cause = cut_span(text, match.end()) if clause is not None else None
        if clause is None or cause is None or DEMONSTRATIVE.match(cause) or \
                TIME_AFTER.match(cause):
            continue
        end = match.end() - len(match.group()) + len(match.group().rstrip()) - len("from")
        question = why_question(text, clause, end)
        if question is not None:
            yield AnswerKind.CAUSE, question, cause, (f"from {cause}",)


_AS = re.compile(r"\s+as\s+")
#: Moves of a price or a count: "as" + an event after one gives its reason ("Shares rose 4%
#: as investors welcomed the cuts"), where elsewhere "as" is mostly a time or a manner.
_MOVES = frozenset("""
    rose fell jumped slid dropped climbed gained lost tumbled plunged surged soared sank
    slumped rallied weakened strengthened eased edged declined increased fallen risen grew
    grown shrank shrunk
""".split())


#: "as" + a clause after a decision is its reason too ("The bank cut rates as a slump in
#: prices raised fears of a recession"); what follows "as" here is a manner or a role.
_NOT_CAUSAL_AS = re.compile(r"(?:(?:well|much|many|long|soon|far)\s+as|part|expected|planned|"
                            r"scheduled|usual|such|if|though|of|a\s+result)\b")
#: The first half of a comparison ("as much as", "the same as", "such as"): no reason.
_COMPARED_AS = re.compile(r"\b(?:as\s+[\w-]+|same|such|so|twice|half)$")
#: Verbs of advice, whose reason a clause after ", as" gives.
_ADVISED = frozenset({"urged", "urges", "advised", "advises", "encouraged", "encourages",
                      "warned", "warns", "asked", "asks", "told", "tells"})


#: Moves and decisions, after which "as" + a clause gives the reason (not words of advice
#: or speech: "urged drivers to stay off the roads as the snow fell" is a time).
_AS_REASONED = _MOVES | STRONG_AFTER_VERBS - _ADVISED - frozenset(
    "called demanded threatened vowed pledged declared responded condemned".split())


#: "its first cut in a decade", "the biggest rise since 2008": a noun in apposition after a
#: clause, which the clause reader takes for a subject ("its first") and a verb ("cut").
_RANKED = re.compile(r"(?:^(?:its|their|his|her|the)|['’]s)\s+(?:first|second|third|fourth|"
                     r"fifth|last|latest|biggest|largest|highest|lowest|worst|best|smallest|"
                     r"steepest|sharpest|fastest|longest|deepest|heaviest|strongest|weakest)$",
                     re.IGNORECASE)


_RANK_WORDS = ("first", "second", "third", "fourth", "fifth", "last", "est")


def _unranked(clauses: list[Clause]) -> list[Clause]:
    """``clauses`` without a ranked noun in apposition read as a clause (see ``_RANKED``)."""
    if not any(c.subject.endswith(_RANK_WORDS) for c in clauses):
        return clauses  # (a cheap test first: most subjects end in no such word)
    return [c for c in clauses if not _RANKED.search(c.subject)]


def as_facts(text: str, clauses: list[Clause]
             ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Its shares rose 4% as investors welcomed the cuts" -> "Why did ... shares rise 4%?"."""
    if text.startswith("As "):
        found = list(_fronted_change(text, clauses)) if _CHANGE_CLAUSE.match(
            text, 3) is not None else []
        if not found and not _NOT_CAUSAL_AS.match(text, 3) and as_gives_reason(text, 3):
            found = list(_fronted_reason(text, clauses))  # (a change before another act)
        yield from found
    for match in _AS.finditer(text):
        if _NOT_CAUSAL_AS.match(text, match.end()) or _COMPARED_AS.search(
                text, max(0, match.start() - 24), match.start()):
            continue  # ("as expected", "as well as", "as part of", "as much as X expected")
        aside = aside_before(text, match.start()) if text[match.start() - 1] == "," else None
        if aside is not None:
            yield from across(as_facts, text, clauses, match.start(), aside)
            continue  # ("closed its runway, the operator said, as snow fell": the closing's)
        # ("its first cut in a decade": a noun in apposition, read as a subject and a verb)
        read = _unranked(clauses)
        clause = last_clause_with(read, match.start(), _AS_REASONED) or _deciding(
            read, match.start())
        # "progress has stalled as the number of vehicles has grown": one change told with
        # another (a count, a level, a price), which is why it came
        changing = clause or last_clause_with(read, match.start(), CHANGED)
        changed = changing is not None and changing.group.main.lower() in CHANGED and \
            _CHANGE_CLAUSE.match(text, match.end()) is not None
        clause = changing if changed else clause
        if clause is None and text.startswith(",", match.start() - 1):
            # "urged adults to check their records, as many received one dose": advice given
            # for what the "as" clause tells
            clause = last_clause_with(read, match.start(), _ADVISED)
        if clause is not None and any(c.subject_start > clause.verb_end and c.verb_end <=
                                      match.start() for c in read):
            continue  # another clause between: whose reason is it?
        if clause is None and _PLANNED_AS.search(text, 0, match.start()):
            clause = _planned(read, match.start())
        reasoned = text.startswith(",", match.start() - 1) and as_gives_reason(text, match.end())
        end = match.start()
        if clause is None and reasoned:
            # "The shops were not affected, as they do not use the system": a clause that can
            # only be a reason (negated, modal, present), whatever the verb before it
            owner = [c for c in read if c.verb_end <= match.start()]
            if len(owner) > 1 and owner[-1].group.main.lower() in _FOUND and \
                    text[owner[-1].verb_end:match.start()].strip() == "," and \
                    text[:owner[-1].subject_start].endswith(", "):
                # "Patients waited for hours, a report has found, as hospitals were unable to
                # admit them": the finding set off before the reason is not what it explains
                end = owner[-1].subject_start - 2
                owner = owner[:-1]
            clause = owner[-1] if owner and not any(c.subject_start > owner[-1].verb_end and
                                                    c.verb_end <= end
                                                    for c in read) else None
        reasoned = reasoned and clause is not None and not is_pronoun(clause.subject) and \
            not VAGUE_SUBJECT.match(clause.subject)
        cause = cut_span(text, match.end()) if clause is not None else None
        if clause is None or cause is None or not (
                reasoned or changed or event_clause(cause) or _CHANGING.match(cause) or
                clause.group.words[0] in _PLANNING and _ONGOING.match(cause)):
            continue
        parent = reporting_parent(text, read, clause) if is_pronoun(clause.subject) else None
        question = parent is not None and why_question(text, parent, end) or \
            why_question(text, clause, end)
        if question:
            yield AnswerKind.CAUSE, question, cause, (f"as {cause}",)


#: Verbs of a finding or a report set off after the clause it reports.
_FOUND = frozenset({"found", "said", "says", "shown", "showed", "shows", "concluded", "warned",
                    "reported", "estimated", "finds", "concludes"})


def _fronted_change(text: str, clauses: list[Clause]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"As the number of tourists has grown, rents have soared" -> "Why have rents soared?":
    one change told before another, as :func:`as_facts` reads it told after."""
    comma = text.find(", ", 3)
    main = next((c for c in clauses if c.subject_start > comma), None) if comma > 0 else None
    if main is None or main.group.main.lower() not in CHANGED or any(
            c.subject_start > main.verb_end for c in clauses):
        return
    cause = tidy_span(text[3:comma])
    end = len(text.rstrip().rstrip("."))
    question = why_question(text, main, end) if word_count(cause) <= 16 else None
    if question:
        yield AnswerKind.CAUSE, question, cause, (f"as {cause}",)


def _fronted_reason(text: str, clauses: list[Clause]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"As the council could not afford repairs, the bridge was closed" -> "Why was the bridge
    closed?": an "as" clause that can only be a reason (see :func:`as_gives_reason`), before
    the one main clause after its comma."""
    comma = text.find(", ", 3)
    after = [c for c in clauses if c.subject_start > comma] if comma > 0 else []
    if len(after) != 1 or after[0].subject_start != comma + 2:
        return
    cause = tidy_span(text[3:comma])
    end = len(text.rstrip().rstrip("."))
    question = why_question(text, after[0], end) if word_count(cause) <= 16 else None
    if question:
        yield AnswerKind.CAUSE, question, cause, (f"as {cause}",)


#: A clause of such a change after "as": a subject of up to eight words (no pronoun, no
#: clause word), an optional perfect auxiliary, the verb ("the number of vehicles in the
#: city has grown", "class sizes have grown", "exports fell").
_CHANGE_CLAUSE = re.compile(
    r"(?!(?:it|they|he|she|we|this|that|these|those|there|summer|winter|spring|autumn|night|"
    r"day|the\s+(?:day|night|evening|morning|season|year|week|month|weather|summer|winter|"
    r"spring|autumn))\b)"
    r"(?:(?!(?:that|which|who|when|where|and|or|but|if|as|to)\b)[\w’'%-]+\s+){1,8}?"
    r"(?:(?:has|have|had)\s+)?(?:also\s+|steadily\s+|sharply\s+)?"
    rf"(?:{'|'.join(sorted(CHANGED))})\b")


#: A plan told with "will"/"would" or in the progressive, whose reason an "as" clause of an
#: ongoing change gives ("will close two plants as it shifts production to electric cars").
_PLANNING = frozenset({"will", "would", "is", "are"})
_PLANNED_AS = re.compile(r"\b(?:will|would|is|are)\s")
#: An ongoing act or change told in the present: "it redirects spending", "the company
#: shifts production", "they move", "it is shifting".
_ONGOING = re.compile(r"(?!\w+\s+(?:does|did|do|has|have|had|goes|seems|says|said|appears|"
                      r"happens|means|always|usually|often|normally)\b)"
                      r"(?:it|the\s+(?:company|firm|group|bank|club|government|council|board|"
                      r"airline|carmaker|retailer|lender|agency|city|region|industry|market))\s+"
                      r"(?:is\s+[a-z]{3,}ing|[a-z]{2,}[^s\W]s)\s+[a-z]"
                      r"|they\s+(?:are\s+[a-z]{3,}ing|[a-z]{3,}[^s\W])\s+[a-z]")


def _planned(clauses: list[Clause], position: int) -> Clause | None:
    """The last clause before ``position`` when it tells a decision planned with
    "will"/"would" ("would cut about 1,800 jobs", "will close two plants")."""
    owner = [c for c in clauses if c.verb_end <= position]
    if not owner or owner[-1].group.words[0] not in {"will", "would"}:
        return None
    main = owner[-1].group.main.lower()
    return owner[-1] if past_of(main) in _AS_REASONED - _MOVES or main in _AS_REASONED - _MOVES \
        else None


#: A clause of something changing, told in the present: "demand for its software falls",
#: "fuel prices soar" (a subject of up to six words, then the verb of change ending it or
#: followed by an amount, a time or a place).
_CHANGING = re.compile(r"(?:(?:the|its|their|a|an)\s+)?(?:[\w’'-]+\s+){0,5}?(?:falls?|rises?|"
                       r"soars?|slows?|slumps?|weakens?|grows?|shrinks?|climbs?|drops?|"
                       r"tumbles?|plunges?|surges?|mounts?|spreads?|worsens?|deepens?|eases?|"
                       r"dwindles?|intensif(?:y|ies)|increases?|declines?|sinks?|dries\s+up|"
                       r"dry\s+up|stalls?|falters?)(?:\s+(?:sharply|further|again|steeply|"
                       r"rapidly|by|to|in|across|at|on)\b.*)?$")


def _deciding(clauses: list[Clause], position: int) -> Clause | None:
    """The last clause before ``position`` when its verb is a decision told in the
    progressive ("is cutting 1,800 jobs", "are cancelling flights")."""
    owner = [c for c in clauses if c.verb_end <= position]
    if not owner or not owner[-1].group.main.lower().endswith("ing"):
        return None
    base = base_from_ing(owner[-1].group.main.lower())
    return owner[-1] if base is not None and past_of(base) in _AS_REASONED - _MOVES else None


FOR_DOING = re.compile(
    r"\s+for\s+(?:(?P<ing>[a-z]{4,}ing)\b|(?P<wrong>(?:(?!for\s)[a-z]+(?:-[a-z]+)?\s+){0,3}(?:misconduct|conduct|offences?|offenses?|breach(?:es)?|"
    r"violations?|infringements?|fraud|assault|murder|manslaughter|theft|negligence|corruption|"
    r"bribery|doping|abuse|harassment|racism|dissent|foul|tackle|elbow|headbutt|"
    r"wrongdoing|irregularities|failings|failures|mismanagement|crimes?|dishonesty|plagiarism|"
    r"contempt|perjury|arson|burglary|robbery|rape|espionage|treason|blasphemy)\b))")
#: "for" + a wrongdoing named by a noun only after these verbs (not "praised for her conduct").
_PENALISING = frozenset("""
    fine jail sentence ban suspend arrest charge convict punish sack fire dismiss expel
    penalise penalize dock disqualify reprimand deduct strip prosecute investigate
""".split())
#: Verbs of punishment and praise: "for" + an act says what it was for.
_JUDGED = frozenset("""
    fine jail sentence ban suspend arrest charge convict criticise criticize praise punish
    sue penalise penalize sack fire dismiss expel reward thank condemn award prosecute
    investigate accuse dock disqualify reprimand deduct strip
""".split())
#: Verbs that hand out or take a penalty or a prize named as their object ("was handed a
#: six-point deduction for breaching", "received a ban for", "was hit with a fine for").
_GIVEN = frozenset({"hand", "give", "issue", "receive", "hit", "slap", "serve", "earn",
                    "win", "get"})
#: The penalty or prize between such a verb and its "for" + act.
_PENALTY = re.compile(r"\b(?:fine|ban|deduction|penalty|suspension|sentence|warning|reprimand|"
                      r"red card|yellow card|sanction|punishment|award|prize|medal)s?\b")


def for_doing_facts(text: str, clauses: list[Clause]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The company was fined 40 million euros for breaking competition rules" -> "Why was
    the company fined 40 million euros?" -> "for breaking competition rules"."""
    for match in FOR_DOING.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner or match.group("ing") in NOT_DOING:
            continue
        clause = owner[-1]
        verb = base_form(clause.group.main) or clause.group.main.lower()
        if verb in {"send", "strike"} and text.startswith(" off", clause.verb_end):
            verb = "expel"  # "was sent off for dissent", "was struck off for dishonesty"
        elif verb == "order" and text.startswith(" to pay ", clause.verb_end):
            verb = "fine"  # "was ordered to pay £2m for failing to protect workers"
        if verb not in _JUDGED and (verb not in _GIVEN or not _PENALTY.search(
                text, clause.verb_end, match.start())):
            continue
        if match.group("wrong") and (verb not in _PENALISING or " and " in text[
                clause.verb_end:match.start()]):
            continue  # ("was praised for her conduct": what of it?; "was convicted of fraud
            # and jailed for bribery": not why the conviction)
        act = cut_span(text, match.start(match.lastgroup or "ing"))
        if act is not None and match.group("wrong"):
            act = _TRAILING_TIME.sub("", act)  # "dismissed for misconduct in 2019"
        question = why_question(text, clause, match.start())
        if act is not None and question is not None and (
                word_count(act) >= 2 or match.group("wrong")):  # ("for fraud")
            yield AnswerKind.CAUSE, question, f"for {act}", (act,)


_REASONS = re.compile(r"\s(?P<why>for (?P<kind>(?:[a-z]+(?:-[a-z]+)?\s+){1,2})reasons|"
                      r"as a (?:precaution|precautionary measure|safety measure|"
                      r"security measure|preventive measure|preventative measure))\b")
#: "for these reasons", "for several reasons": which reasons the phrase does not say.
_EMPTY_REASONS = frozenset("""
    these those other many several various some two three the same similar unknown unclear
    unspecified undisclosed obvious different a number of
""".split())


def reason_phrase_facts(text: str, clauses: list[Clause]
                        ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The plant was shut down for safety reasons" -> "Why was the plant shut down?";
    "Officials evacuated the village as a precaution" -> "Why did officials evacuate the
    village?"."""
    for match in _REASONS.finditer(text):
        kind = match.group("kind")
        if kind is not None and _EMPTY_REASONS.intersection(kind.split()):
            continue
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner or any(c.subject_start > owner[-1].verb_end for c in owner):
            continue
        question = why_question(text, owner[-1], match.start())
        if question is not None:
            why = match.group("why")
            yield AnswerKind.CAUSE, question, why, (f"{kind}reasons",) if kind else ()


#: "resigned over a row about X", "protested in Paris over cuts to Y": after these verbs of
#: quitting and protest, "over" gives the reason (not after "criticised over his handling",
#: which tells what the criticism was about).
_OVER_VERBS = frozenset("""
    resign quit step sack fire suspend protest strike sue apologise apologize clash walk
    boycott split rally march refuse reject block halt pause scrap cancel postpone delay ground
    recall withdraw arrest charge fine ban jail dismiss expel evacuate investigate sanction
""".split())
#: Verbs that take a measure as their object ("declared a state of emergency", "imposed
#: sanctions on the firm", "issued a warning"): what it is over is why.
_MEASURE_VERBS = frozenset({"declare", "impose", "issue"})
_MEASURE_OBJECT = re.compile(r"\s*(?:[\w’'-]+\s+){0,4}?(?:emergency|incident|alert|warning|"
                             r"warnings|sanctions|tariffs|curfew|lockdown|ban|restrictions|"
                             r"recall|disaster)(?:\s+(?:on|against)\s+(?:[\w’'-]+\s+){0,3}?"
                             r"[\w’'-]+)?(?:\s+on\s+[A-Z][a-z]+day)?")
#: Verbs that start or hold a protest, and the protest as their object: "began a strike", "staged
#: two days of protests", "called a boycott" (what it is over is why they did it).
_STAGING_VERBS = frozenset({"begin", "start", "launch", "call", "stage", "hold", "join",
                            "announce", "organise", "organize", "mount", "threaten"})
#: The forms of those verbs a sentence must hold for the rule to look at its "over".
OVER_FORMS = frozenset(form for verb in _OVER_VERBS | _STAGING_VERBS for form in (
    verb, past_of(verb), third_person(verb), gerund(verb))) | {"began", "begun", "held", "cancelled"} | {
    form for verb in _MEASURE_VERBS for form in (verb, past_of(verb), third_person(verb))}
_OVER = re.compile(r"\sover\s+(?=[a-z])")
_PROTEST_OBJECT = re.compile(r"\s*(?:(?:a|an|the|their|its|his|her|two|three|several|weeks\s+of|"
                             r"days\s+of)\s+)?(?:[\w-]+\s+){0,2}?(?:strike|strikes|walkout|"
                             r"walkouts|boycott|protest|protests|rally|rallies|sit-in|stoppage|"
                             r"hunger\s+strike)(?:\s+on\s+[A-Z][a-z]+day)?")
#: A time closing the reason ("over pay last week"): when, not why.
_TRAILING_TIME = re.compile(r"\s+(?:(?:last|this|next)\s+(?:week|weekend|month|year|night|"
                            r"spring|summer|autumn|winter)|yesterday|today|in\s+(?:19|20)\d\d|"
                            r"on\s+(?:Monday|"
                            r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$")
#: "over the weekend", "over 200 people", "over the past year": a time or an amount.
_OVER_NOT_CAUSE = re.compile(r"(?:(?:the|a|an|two|three|four|five|several)\s+)?(?:bank\s+)?"
                             r"(?:past|last|next|coming|weekend|years?|months?|weeks?|"
                             r"days?|decades?|summer|winter|spring|autumn|phone|internet|radio|"
                             r"border|top|edge|course|period|holidays?|christmas|easter|time|"
                             r"whole|entire|half|most|much|many|more|hours?|nights?|fortnight|"
                             r"festive|new\s+year|side|line|\d)\b", re.I)


#: A reason told before "over" that owns it: "postponed amid a row over costs" (the row is
#: why, not the costs).
_OWNED_OVER = re.compile(r"\b(?:amid|after|following|because|due|despite|over|in\s+protest|"
                         r"in\s+response)\b|\b(?:row|rows|dispute|disputes|concerns?|fears?|"
                         r"anger|outrage|clash|clashes|battle|fight|debate|questions|"
                         r"criticism|worries|tensions|talks|disagreement)$|\b(?:row|dispute|clash|stand-?off)\s+"
                         r"with\s+[^,;:]{2,40}$")


def over_is_reason(text: str, at: int, start: int) -> bool:
    """Whether the "over" at ``at`` (its phrase opening at ``start``) gives a reason: a verb of
    quitting, protest, halting or a measure within the few words before it ("walked out over
    plans to cut pensions"), and no time, amount or reason noun that owns it ("over the
    weekend", "over 300 products", "a row over costs")."""
    before = text[max(0, at - 50):at]
    words = before.lower().replace(",", " ").split()[-6:]
    return bool(words) and words[-1] not in _BE_OVER and not _REASON_OVER_FORMS.isdisjoint(
        words) and not _OVER_NOT_CAUSE.match(text, start) and not _OWNED_OVER.search(
        before.rstrip())


#: A protest named with a determiner right before "over": what the "over" is the reason of.
_PROTEST_BEFORE = re.compile(r"\b(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:strike|strikes|walkout|walkouts|protest|protests|boycott|"
                             r"stoppage|sit-in)\s*$")
#: Protests and departures, whose reason "over" may give in one noun ("walked out over pay").
_WALKING_OUT = frozenset({"strike", "walk", "protest", "resign", "quit", "boycott", "clash",
                          "rally", "march", "split"})
_NOT_ONE_WORD_REASON = frozenset({"it", "this", "that", "them", "time", "there", "here",
                                  "again", "together", "lunch", "dinner", "breakfast"})
#: The forms of the verbs after which "over" is a reason (not the verbs that need a protest or
#: a measure as their object: "announced that the mission was over").
_REASON_OVER_FORMS = frozenset(form for verb in _OVER_VERBS for form in (
    verb, past_of(verb), third_person(verb), gerund(verb))) | {"cancelled"}
#: "was over", "is over": finished, no reason.
_BE_OVER = frozenset({"is", "was", "were", "are", "be", "been", "being", "not", "all"})


def over_facts(text: str, clauses: list[Clause]
               ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The minister resigned over a row about waiting lists" -> "Why did the minister
    resign?" (only after a verb of quitting or protest: "over" is a reason there)."""
    for match in _OVER.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner:
            continue
        clause = owner[-1]
        base = base_form(clause.group.main) or clause.group.main.lower()
        if base not in _STAGING_VERBS and _PROTEST_BEFORE.search(text, clause.verb_end,
                                                                 match.start()):
            continue  # ("walked off the job on the first day of a strike over pay": the
            # strike's reason, not the walking off's)
        if base == "go" and text[clause.verb_end:match.start()].strip() == "on strike":
            base = "strike"  # "went on strike over unpaid overtime"
        elif base in _STAGING_VERBS and _PROTEST_OBJECT.fullmatch(
                text, clause.verb_end, match.start()):
            base = "strike"  # "began a 48-hour strike over pay", "staged protests over X"
        elif base in _MEASURE_VERBS and _MEASURE_OBJECT.fullmatch(
                text, clause.verb_end, match.start()):
            base = "suspend"  # "declared a state of emergency over flooding"
        second = _second_over_act(text, clause, match.start()) if " and " in text[
            clause.verb_end:match.start()] else None
        if second is not None:
            cause = cut_span(text, match.end())
            if cause is not None and word_count(cause) >= 2 and not \
                    _OVER_NOT_CAUSE.match(text, match.end()) and not any(
                        c.subject_start > clause.verb_end for c in owner):
                cause = _TRAILING_TIME.sub("", cause)
                yield AnswerKind.CAUSE, second, cause, (f"over {cause}",)
            continue
        if base not in _OVER_VERBS or any(c.subject_start > clause.verb_end for c in owner) \
                or _OVER_NOT_CAUSE.match(text, match.end()) or _OWNED_OVER.search(
                    text, clause.verb_end, match.start()):
            continue
        cause = cut_span(text, match.end())
        if cause is not None:
            cause = _TRAILING_TIME.sub("", cause)  # "walked out over pay last week"
        question = why_question(text, clause, match.start()) if cause else None
        if cause is not None and question is not None and (word_count(cause) >= 2 or (
                base in _WALKING_OUT and cause.isalpha() and cause.islower() and
                cause not in _NOT_ONE_WORD_REASON)):  # ("walked out over pay")
            if word_count(cause) == 1:
                yield AnswerKind.CAUSE, question, f"over {cause}", (cause,)
                continue
            yield AnswerKind.CAUSE, question, cause, (f"over {cause}",)


#: The second verb of a predicate joined by "and", with its object up to the "over"
#: ("has ordered X to play behind closed doors and fined the club 40 million pesos").
_AND_OVER_ACT = re.compile(r"\s+and\s+(?P<verb>[a-z]+ed)\s+(?P<rest>[^,;:]+?)\s*$")


def _second_over_act(text: str, clause: Clause, at: int) -> str | None:
    """"Why has the association fined the club 40 million pesos?" of "The association has
    ordered X ... and fined the club 40 million pesos over racist chants": the "over" is the
    reason of the second act, when that act is one "over" gives a reason for."""
    joined = _AND_OVER_ACT.search(text, clause.verb_end, at)
    if joined is None or (base_form(joined["verb"]) or "") not in _OVER_VERBS or \
            is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject) or \
            joined["rest"].startswith(("its ", "their ", "his ", "her ", "it ", "them ")):
        return None  # ("banned its owner": the club's, which the question no longer names)
    verb = joined["verb"]
    aux = clause.group.words[0].lower()
    group = VerbGroup((aux, verb), verb, "aux") if aux in {"has", "have", "had"} and \
        len(clause.group.words) > 1 else VerbGroup((verb,), verb, "past")
    inverted = question_predicate(first_lower(clause.subject), group, joined["rest"])
    return f"Why {inverted}" if inverted else None
