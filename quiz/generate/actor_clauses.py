"""Actor facts read from clauses: subjects, objects, reported clauses and sources."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from quiz.generate.actor_agents import agent_act, named_agent
from quiz.generate.actor_drafts import BODY_ACTS
from quiz.generate.actor_places import acting_place
from quiz.generate.actor_phrases import (
    PREPOSITIONS, Actor, actor_for, first_lower_asker, mention_actor, opens_sentence,
    possessive_body, quoted,
)
from quiz.generate.actor_speech import FINITE_WORDS, SAY_VERBS, whole_statement
from quiz.generate.clauses import DETERMINERS
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    first_lower, is_participle, is_past_tense, is_pronoun, question_predicate, who_predicate,
)
from quiz.generate.lexicon import (
    GROUP_WORDS, ORG_ROLE_WORDS, ORG_WORDS, TITLE_WORDS, capitals, countries, demonyms,
)
from quiz.generate.mentions import Mention, Token
from quiz.generate.syntax import Clause, find_clauses, trim_predicate

_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
#: A body's or person's figures or findings after "according to": "a first estimate by",
#: "figures from", "a survey by" (the actor is named after them).
_SOURCE_BY = re.compile(r"((?:an?|the)\s+|)"
                        r"((?:(?:first|new|latest|initial|preliminary|provisional|official|"
                        r"annual|recent)\s+)?(?:estimates?|figures|data|report|survey|study|"
                        r"analysis|count|tally|census|poll|audit|assessment|calculations?|"
                        r"projections?|forecast|review|statistics)\s+(?:by|from))\s+")


#: A purpose clause's opening, right before its subject: "so that", "so", "in order that".
_PURPOSE_BEFORE = re.compile(r"\b(?:so(?: that)?|in order that)\s+$")
#: The modals of a purpose ("so that X could"); "so X resumed exports" is a result.
_PURPOSE_MODALS = frozenset({"could", "would", "can", "will", "may", "might", "should"})


def _clause_subject(text: str, clause: Clause) -> str:
    return first_lower(clause.subject)


def _is_passive(clause: Clause) -> bool:
    words = clause.group.words
    return clause.group.tense == "aux" and len(words) > 1 and not words[-1].endswith("ing") \
        and any(w in {"is", "are", "was", "were", "been", "being", "be"} for w in words[:-1])


def _is_copula(clause: Clause) -> bool:
    return clause.group.main in {"is", "are", "was", "were", "be", "been", "being", "has",
                                 "have", "had"}


def subject_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                  clauses: list[Clause]) -> Iterator[tuple[str, Actor, str]]:
    # main clauses first: "The union, which represents 5,000 pilots, called the strike"
    # is asked about the strike (one card per name and sentence)
    if len(clauses) > 1:
        clauses = sorted(clauses, key=lambda c: c.verb_token > 0 and toks[
            c.verb_token - 1].lower in _RELATIVE_WORDS)
    for clause in clauses:
        if _is_copula(clause) and not _LIKELY_TO.match(clause.rest):
            continue
        if clause.group.tense == "present3" and clause.rest.split(None, 1)[0:1] and \
                clause.rest.split(None, 1)[0].lower() in FINITE_WORDS:
            continue  # "told X that families should ...": "families" is no verb
        if quoted(text, clause.subject_start):
            continue  # '"Harbridge has been carrying too many branches," said an analyst':
            # the speaker's opinion, no fact a question may state
        if clause.subject_start > 3 and " so " in text[:clause.subject_start] or \
                " order that " in text[:clause.subject_start]:
            if clause.group.words[0] in _PURPOSE_MODALS and _PURPOSE_BEFORE.search(
                    text, 0, clause.subject_start) is not None:
                continue  # "was ordered so that X could not use his office": what an act
                # was for, cut from it, is no act of X's to ask about
        actor = _who_of(text, toks, mentions, clause) if clause.verb_token and toks[
            clause.verb_token - 1].lower == "who" and text.endswith(
                " of ", 0, clause.subject_start) else None
        if actor is None:
            actor = actor_for(text, toks, mentions, clause.subject_start, clause.subject_end)
        if actor is None:
            actor = _titled_subject(text, toks, mentions, clause)
        if actor is not None and actor.guessed and actor.asker == "Which organisation" and \
                clause.group.main not in BODY_ACTS:
            actor = actor._replace(asker="Who")  # one unknown name doing what a town does as
            # well ("Toronto banned e-scooters"): "Who" fits a body, a town and a person alike
        if actor is not None and actor.answer.rsplit(None, 1)[-1].lower() in TITLE_WORDS and \
                not (actor.kind is AnswerKind.GROUP and actor.asker == "Who"):
            actor = None  # "The Transport Minister, X, said": a post, not a name (a nation's
            # one office, "The Philippine ombudsman suspended", is its holder)
        if actor is None and clause.verb_start - clause.subject_end > 5:
            actor = _appositive_actor(text, mentions, clause) or _described_name(
                text, mentions, clause)
        if actor is None and " of " in clause.subject:
            actor = acting_place(clause)  # "The Romanian city of Brașov is replacing ..."
        owned = actor is None and " from " in clause.subject
        if owned:
            actor = _maker_actor(text, toks, mentions, clause)
        if actor is None and agent_act(clause.group.main, clause.rest):
            actor = named_agent(text[clause.subject_start:clause.subject_end], opens_sentence(
                text, clause.subject_start))  # "Oxfam launched ..."
        if actor is None:
            continue
        if _is_passive(clause) and not owned and actor.kind is not AnswerKind.PERSON and not (
                clause.group.words[-1] in _EXPECTED
                and clause.rest.startswith("to ")) and not (
                actor.kind is AnswerKind.ORGANISATION and clause.group.words[-1] in _TOLD
                and actor.asker != "Who"):
            continue  # "Solnet was founded", "the remaining troops were reassigned": undergone
            # ("Interpol has been alerted": a body brought in, which a reader should know; "The
            # Red Cross is expected to open ...": what it will do, told as a passive)
        saying = clause.group.main in SAY_VERBS
        rest = clause.rest
        listed = saying and ", " in rest and " and " in rest and _LIST_COMMA.search(rest)
        if listed:  # "said residents of Farr, Inverarnie and 40 farms had been evacuated"
            rest = _LIST_COMMA.sub(f"{_HELD_COMMA} ", rest)
        if saying and ", " in rest:
            rest = _ASIDE.sub(r"\g<np> ", rest, count=1)  # "said the tower, at the centre, had been"
        predicate = trim_predicate(rest, 28 if saying else 22, quotes=saying or (
            clause.group.main in _NAMING_VERBS and ('"' in rest or "“" in rest)))
        # ('called the offer "too little, too late"': the quoted words are what was said)
        if not predicate and clause.group.main in _ACTS_ALONE and rest[:1] in {",", ".", ""}:
            predicate = ""  # "Transport Minister X resigned, saying ...": resigned is the act
        elif predicate is None and clause.rest:
            predicate = _before_gerund(rest, 28 if saying else 22)
            if predicate is None:
                continue
        if predicate and " and among" in predicate or predicate and " and one of" in predicate:
            # "abolished its army in 1948 and among the lowest ...": the outer clause goes on
            predicate = _AND_RANKED.sub("", predicate)
        goes_on = _PHRASE_GOES_ON.match(rest, len(predicate)) if predicate and rest.startswith(
            predicate) else None
        if goes_on is not None and goes_on.group(1) not in _NOT_NOUNS and goes_on.group(
                1) not in DETERMINERS and not _opens_participle(goes_on.group(1)) and not any(
                w in SAY_VERBS or w in _SHOW_VERBS or is_past_tense(w)
                for w in goes_on.group().rstrip(".!? ").split()[1:]):
            continue  # "to back up power during dry, windless spells": cut inside a phrase
            # (", before the war.", ", the bank said.", ", filings showed." and ", citing
            # safety concerns." are not)
        if saying and predicate and _NAME_ASIDE.match(rest, len(predicate)) and not any(
                w in FINITE_WORDS or w == "that" or is_past_tense(w) for w in predicate.split()):
            continue  # "said the vice-president for research, Li Wei, would ...": cut short
        if not saying and predicate and rest.startswith(predicate):
            post = _AS_POST.match(rest, len(predicate))
            if post is not None:  # "replaced Erik Lund as chief executive of Nordvik Air"
                predicate = f"{predicate}{post.group()}"
        if not saying and predicate and rest.startswith(predicate) and predicate[-1:].islower():
            named = _NAMED_AFTER.match(rest, len(predicate))
            if named is not None:  # "thanked the director, Omar Haddad, and ...": which one
                predicate = f"{predicate} {named.group('name')}"
        if saying and predicate:
            predicate = whole_statement(rest, predicate, 28)
            if predicate is None:
                continue
            predicate = _with_second_act(rest, predicate)
        if listed and predicate:
            predicate = predicate.replace(_HELD_COMMA, ",")
        if clause.group.main in SAY_VERBS and not _reported(predicate):
            continue
        if actor.kind is AnswerKind.PERSON and predicate and _SELF.search(predicate) and not (
                saying and _own_plan(predicate, actor, mentions)):
            continue
        if clause.group.main in {"told", "tells", "tell"} and not any(
                w == "that" or w in FINITE_WORDS or is_past_tense(w) for w in (predicate or "").split(
                )[1:]):
            continue  # "told reporters outside the courthouse": to whom, but not what
        if predicate and ("comment" in predicate or " not " in predicate) and _NO_NEWS.match(
                f"{clause.group.words[-1]} {predicate}"):
            continue  # "declined to comment": nothing to learn
        if not _says_something(predicate or "") and clause.group.main.lower() not in _ACTS_ALONE:
            continue  # "responded Tuesday" says nothing, but "resigned on Monday" does
        body = who_predicate(clause.group, predicate or "")
        if len(body.split()) < 2 and not (body in _ACTS_ALONE and actor.asker != "Who"):
            continue  # ("Which Transport Minister resigned?", but not "Who resigned?")
        yield f"{actor.asker} {body}", actor, body


#: The comma between names of a list ("Farr, Inverarnie and 40 farms"), held as a character
#: no rule cuts at while a statement is trimmed.
_LIST_COMMA = re.compile(r"(?<=\w), (?=[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} (?:and|or) )")
_HELD_COMMA = "\u201a"


#: " and among the lowest ...": a ranking of the outer clause's subject, after a clause
#: inside it ("the lowest since X abolished its army in 1948 and among the lowest in ...").
_AND_RANKED = re.compile(r" and (?:among|one of) .*$")


def _titled_subject(text: str, toks: Sequence[Token], mentions: list[Mention],
                    clause: Clause) -> Actor | None:
    """The subject of a relative clause that the finder began inside the name's title ("a
    blow to outgoing | president X, who was barred ..."), read with its whole title."""
    m = next((m for m in mentions if m.end == clause.subject_end), None)
    if m is None or not m.role_start < clause.subject_start <= m.start or \
            text[m.end:m.end + 6] not in {", who ", ", whic"}:
        return None
    return actor_for(text, toks, mentions, m.role_start, m.end)


def _who_of(text: str, toks: Sequence[Token], mentions: list[Mention],
            clause: Clause) -> Actor | None:
    """The person "who" stands for when the clause finder took the body after her "of" for
    its subject ("Judge X of the High Court in Y, who delivered the ruling": X, not the court
    nor Y), or ``None``."""
    end = clause.subject_start - 4
    person = next((m for m in mentions if m.end == end and m.kind is AnswerKind.PERSON), None)
    if person is None or person.possessive:
        return None
    return actor_for(text, toks, mentions, person.role_start, person.end)


def _before_gerund(rest: str, max_words: int) -> str | None:
    """A predicate too long to ask, cut before a gerund phrase that tells how or why ("ruled
    that X had been negligent | in failing to secure ...", "beat Y | by scoring twice in
    ..."), or ``None``: what stays is a whole clause, the gerund only adds to it."""
    gerund = _GERUND_ADJUNCT.search(rest) if "ing " in rest else None
    if gerund is not None and gerund.group("word") not in _ING_NOUNS:
        return trim_predicate(rest[:gerund.start()], max_words, quotes=True)
    when = _WHEN_AFTER.search(rest) if "ing " in rest else None
    if when is None:
        return None
    words = rest[:when.start()].split()
    if not words or words[-1].lower() in _TIME_UNITS and not (
            len(words) >= 3 and words[-3].lower() == "for"):
        return None  # "was arrested two days | after ...": the time is the conjunction's
    return trim_predicate(rest[:when.start()], max_words, quotes=True)


#: " in failing to", " for breaching the", " by selling its": a gerund with its object.
_GERUND_ADJUNCT = re.compile(r"\s+(?:in|for|by)\s+(?:not\s+)?(?P<word>[a-z]{3,}ing)\s+"
                             r"(?:to|the|a|an|its|their|his|her|it|them)\s")
#: " after testing positive", " before signing": a time of the act, told by a gerund, after
#: a predicate that is whole without it ("has been banned from cycling for four years").
_WHEN_AFTER = re.compile(r"\s+(?:after|before|while|since)\s+(?:not\s+)?[a-z]{3,}ing\b")
#: Words of a length of time, which before "after" tell when rather than what was done.
_TIME_UNITS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day",
                         "days", "week", "weeks", "month", "months", "year", "years",
                         "shortly", "soon", "just", "moments", "long", "later", "earlier"})
#: Nouns ending in "ing" that read as gerunds before "the" or "a" ("in spring the").
_ING_NOUNS = frozenset({"spring", "morning", "evening", "building", "housing", "funding",
                        "spending", "meeting", "hearing", "ruling", "thing", "king", "ring",
                        "wedding", "clothing", "shipping", "training", "ceiling", "during"})


def _opens_participle(word: str) -> bool:
    """Whether ``word`` after a comma opens a participle clause of its own (", citing safety
    concerns", ", leaving two dead"), which the act before it does not need."""
    return len(word) > 5 and word.endswith("ing") and word not in _ING_NOUNS


def _with_second_act(rest: str, statement: str) -> str:
    """A reported ``statement`` with the speaker's own second act after it ("said it
    supported the scheme and urged the union to return to talks"): a short statement says
    little alone, the act names whom it concerns. As it is when no such act follows."""
    if " and " not in rest or len(statement.split()) > _SHORT_STATEMENT:
        return statement
    act = _SECOND_ACT.match(rest, len(statement)) if rest.startswith(statement) else None
    if act is None:
        return statement
    more = trim_predicate(rest[act.end():], 12)
    if not more or len(more.split()) < 3:
        return statement
    return f"{statement} and {act.group('verb')} {more}"


#: ", the Glasgow band Copper Lanterns, ": a body's name after its kind (and its place).
_DESCRIBED_BODY = re.compile(r",\s+(?:the\s+|an?\s+)?(?P<place>[A-Z][\w'’]*-(?:based|"
                             r"headquartered)\s+|[A-Z][\w-]*\s+)?"
                             r"(?P<kind>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+)?"
                             r"(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}),\s+")
#: Words of a statement short enough to want the act after it.
_SHORT_STATEMENT = 8
#: " and urged ": a second act of the speaker's, in the past, after a reported statement.
_SECOND_ACT = re.compile(r" and (?P<verb>urged|called on|called for|asked|vowed|pledged|"
                         r"promised|demanded|threatened|accused|criticised|criticized) ")
#: A short aside between commas inside a reported statement: ", at the Minho Park centre,".
_ASIDE = re.compile(r"^(?P<np>\S+(?:\s+\S+){0,3}?),\s+"
                    r"(?:(?:at|in|on|near|from)\s+[^,;:\"“”]{3,40}|"
                    r"(?:worth|valued\s+at|estimated\s+at|costing|which|who)\s+"
                    r"(?:[^,;:\"“”]|,(?=\d)){3,80}|"  # ", worth €1,930 a year to a worker,"
                    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+"
                    r"(?=(?:had|has|have|was|were|is|are|would|will|could|[a-z]+ed)\b)")
_NAME_ASIDE = re.compile(r", [A-Z]")
_PREPOSITIONS = frozenset({"by", "to", "of", "with", "from", "for", "in", "on", "at", "into"})
#: A name in apposition right after an object: ", Omar Haddad," or ", Omar Haddad.".
_NAMED_AFTER = re.compile(r", (?P<name>[A-Z][\w'’.-]*"
                          r"(?: (?:al-|bin |van |de )?[A-Z][\w'’.-]*){1,3})"
                          r"(?=[,.;]|$)")
_ROLE_SUBJECT = re.compile(r"^(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)\s+)?"
                          r"(?:[\w’'-]+(?:['’]s|s['’])\s+)?"
                          r"(?P<role>(?:(?!(?:of|for|at|in)\s)[A-Za-z][\w-]*"
                          r"(?:['’]s|(?<=s)['’])?\s+){0,3}"
                          r"[A-Za-z][\w-]*)"
                          r"(?P<of>\s+(?:for|of|at|in)\s+(?:the\s+)?"
                          r"(?:[\w’'-]+\s+){0,3}[\w’'-]+)?$")


def _maker_actor(text: str, toks: Sequence[Token], mentions: list[Mention],
                 clause: Clause) -> Actor | None:
    """"A rival lander from the Japanese company X is scheduled ...": the body the subject
    comes from, asked for by whose it is ("Which Japanese company's rival lander is ...?")."""
    thing = _FROM_BODY.match(clause.subject)
    if thing is None:
        return None
    start = clause.subject_start + thing.end()
    actor = actor_for(text, toks, mentions, start, clause.subject_end)
    if actor is None or actor.kind is AnswerKind.PERSON or actor.asker == "Who" or \
            actor.guessed or any(word in TITLE_WORDS or word in GROUP_WORDS or word in _KIN
                                 for word in thing.group("thing").split()):
        return None  # ("a father of three from Noord": a person from a place, no body's)
    return actor._replace(asker=f"{actor.asker}'s {thing.group('thing')}")


#: People named by their family: a person, never a body's product.
_KIN = frozenset({"father", "mother", "son", "daughter", "parent", "brother", "sister",
                  "husband", "wife", "grandmother", "grandfather", "man", "woman", "boy",
                  "girl", "child", "resident", "native"})


#: "A rival lander from ", "The new vaccine from ": a thing and the body it comes from.
_FROM_BODY = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<thing>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                        r"\s+from\s+")


def _described_name(text: str, mentions: list[Mention], clause: Clause) -> Actor | None:
    """"Health Canada, the federal regulator, said ...", "Rijkswaterstaat, the government
    agency responsible for waterways, has deployed ...": a name no word of which tells its
    kind, which the aside after it calls a body, asked for by that aside ("Which federal
    regulator said ...?")."""
    aside = _BODY_ASIDE.fullmatch(text, clause.subject_end, clause.verb_start)
    if aside is None or aside.group("kind") not in ORG_ROLE_WORDS and aside.group(
            "kind") not in ORG_WORDS:
        return None
    name = clause.subject
    if not _BARE_NAME.fullmatch(name) or name.lower() in countries() or any(
            m.kind is not None and m.kind is not AnswerKind.ORGANISATION
            and m.start < clause.subject_end and clause.subject_start < m.end for m in mentions):
        return None  # (a person or a country the finder knows is no body)
    return Actor(name, AnswerKind.ORGANISATION, f"Which {aside.group('desc')}")


#: ", the federal regulator, " or ", the government agency responsible for waterways, ": an
#: aside that says what kind of body the name before it is.
_BODY_ASIDE = re.compile(r",\s+(?:the|an?)\s+"
                         r"(?P<desc>(?:[A-Za-z][\w'’-]*\s+){0,3}?(?P<kind>[a-z]+))"
                         r"(?:\s+(?:responsible\s+for|in\s+charge\s+of|that|which|for|of|in)"
                         r"\s+[^,;:\"“”]{1,60})?,\s+")
#: A name of capitalised words (with "of", "for", "and" between them): "Health Canada",
#: "Rijkswaterstaat", "Bank of Finland".
_BARE_NAME = re.compile(r"[A-Z][\w'’&.-]*"
                        r"(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w'’&.-]*){0,5}")


def _appositive_actor(text: str, mentions: list[Mention], clause: Clause) -> Actor | None:
    """"The company's chief executive, Andrej Kos, said ...": the name between commas after
    a role is the subject, asked for by its role ("Which chief executive said ...?")."""
    gap = text[clause.subject_end:clause.verb_start]
    if gap.count(",") == 3 and ", " in gap:
        gap = _GAP_AGE.sub(",", gap, count=1)  # "The principal, Kim Dong-hyun, 61, has denied"
    if gap.count(",") != 2:
        return None
    inner = [m for m in mentions if clause.subject_end < m.role_start and m.end < clause.verb_start]
    described = _DESCRIBED_BODY.fullmatch(gap) if inner and gap.count(" ") < 12 else None
    role = _ROLE_SUBJECT.match(clause.subject)
    if described is not None and described.group("name") == inner[-1].name and \
            not inner[-1].possessive and inner[-1].kind is not AnswerKind.PERSON and \
            role is not None and not role.group("of"):  # ("Shares in X's largest investor,
        # the defence group Y, fell": the shares fell, not Y)
        asker = _described_kind(described, clause.subject)
        if asker is not None:
            # "The festival's headline act, the Glasgow band Copper Lanterns, pulled out",
            # "The club's owner, the Dublin-based investment firm Larkfield Capital,
            # rejected ...": a body the aside says the kind of (its place no part of the
            # name); "The organiser, Perth-based Bluegum Events, announced": of the role
            return Actor(inner[-1].name, AnswerKind.ORGANISATION, asker)
    if len(inner) == 2 and "(" in gap and text[inner[1].role_start - 1:inner[1].role_start] == "(":
        inner = inner[:1]  # "The operator, Nordlys Rail (NR), said": the acronym is the name's
    if len(inner) != 1 or inner[0].possessive:
        return None
    m = inner[0]
    rest = _BRACKETED_SHORT.sub("", gap.replace(m.name, "", 1).strip(" ,"), 1).strip(" ,")
    if m.role and rest in {f"including {m.role}", m.role} and m.kind is AnswerKind.PERSON:
        # "two, including deputy governor Lenka Marešová, wanted ...": one of them did; "The
        # club's owner, American investor David Kessler, bought ...": asked by the role given
        return mention_actor(m)
    if rest not in {"", "the"} or m.role or rest and m.kind is AnswerKind.PERSON:
        return None  # ("Her group, the X Association, is ...": a body's name after "the")
    if role is None:
        return None
    written = role.group("role").split()
    words = [w.lower() for w in written]
    owners = [w for w in written if w[-2:] in {"'s", "’s"}]
    if owners and (words[-1] in TITLE_WORDS or any(w[:1].isupper() for w in owners)):
        return None  # a body's own members' word ("The Norwegian fishermen's association,
        # X,"), not a post of another's ("Amnesty International's Americas director, X")
    nations = [w for w in written if w.lower() in demonyms()]  # "The Dutch pilots' corporation"
    if not role.group("role").islower() and (words[-1] not in TITLE_WORDS or role.group(
            "of")) and any(w[:1].isupper() and w not in nations for w in written):
        return None  # only a post may be capitalised: "Scotland's Community Safety Minister"
    # "A spokeswoman for the prosecutor's office, Diana Ruiz": the role keeps whom it is for
    asker = f"Which {' '.join(w if w in nations else w.lower() for w in written)}" \
            f"{role.group('of') or ''}"
    if words[-1] in TITLE_WORDS or words[-1] in _PERSON_ROLES:
        return Actor(m.name, AnswerKind.PERSON, asker)
    if words[-1] in ORG_ROLE_WORDS or words[-1] in ORG_WORDS and not role.group("of"):
        return Actor(m.name, AnswerKind.ORGANISATION, asker)
    return None


def _described_kind(described: re.Match[str], subject: str) -> str | None:
    """How a question asks for a body named in an aside after its role (see
    :data:`_DESCRIBED_BODY`): by the kind the aside gives ("Which investment firm"), or, with
    only its place given ("Perth-based X"), by the subject's own role ("Which organiser")."""
    kind = (described.group("kind") or "").split()
    if kind:
        if kind[-1] not in ORG_ROLE_WORDS or any(w in _NOT_KIND_WORDS for w in kind):
            return None
        return f"Which {' '.join(kind)}"
    if not (described.group("place") or "").endswith(("-based ", "-headquartered ")):
        return None
    role = _ROLE_SUBJECT.match(subject)
    words = role.group("role").split() if role is not None and not role.group("of") else []
    if len(words) != 1 or not words[0].islower() or words[0] not in ORG_ROLE_WORDS and \
            words[0] not in _EVENT_ROLES:
        return None
    return f"Which {words[0]}"


#: Words that make an aside's kind no kind of body ("its own firm", "a former club").
_NOT_KIND_WORDS = frozenset({"its", "their", "his", "her", "own", "former", "other", "same",
                             "new", "rival", "parent", "sister"})
#: Roles of a body in an event, asked for by the role: "The organiser, Perth-based X, ...".
_EVENT_ROLES = frozenset({"organiser", "organizer", "promoter", "sponsor", "contractor",
                          "builder", "buyer", "seller", "bidder"})


#: A person's age after her name in an aside: ", 61,".
_GAP_AGE = re.compile(r",\s+\d{1,3},(?=\s*$)")
#: An acronym in brackets after a name: " (NR)".
_BRACKETED_SHORT = re.compile(r"^\s*\([A-ZÀ-Þ][\wÀ-ÿ&.-]{0,9}\)")
#: Nouns for people that are not titles before a name ("its founder", "the owner").
_PERSON_ROLES = frozenset({"owner", "founder", "co-founder", "widow", "husband", "wife",
                           "son", "daughter", "brother", "sister", "mother", "father"})


#: A speaker named by the body they belong to: the body is no question then.
_OWN_SPEAKER = re.compile(r"^(?:[Tt]he\s+[a-z]+['’]s|[Ii]ts|[Tt]heir)\s")
_UNNAMED_SPEAKER = re.compile(r"^(?:the|this|that)\s+(?:\w+\s+)?(?:official|spokesman|"
                             r"spokeswoman|spokesperson|source|person|man|woman|aide|officer)$",
                             re.IGNORECASE)
_RELATIVE_WORDS = frozenset({"which", "who", "that"})
_NO_NEWS = re.compile(r"(?:declined|refused)\s+to\s+comment|could\s+not\s+be\s+reached|"
                      r"did\s+not\s+(?:immediately\s+)?respond|was\s+not\s+available|"
                      r"respond(?:ed)?\s+to\s+(?:an?\s+|the\s+)?requests?\s+for\s+comment")

#: "Rebels are expected to reject ...": a passive that carries an action to come.
#: Participles of a body being told or brought in: "Interpol has been alerted".
_TOLD = frozenset({"alerted", "notified", "informed", "contacted", "consulted"})
_EXPECTED = frozenset({"expected", "set", "scheduled", "poised", "due", "supposed",
                       "likely", "understood", "believed", "reported"})

# "X are likely to claim ...": the copula carries an action to come
_LIKELY_TO = re.compile(r"^(?:likely|unlikely|expected|set|due|poised|scheduled|about|"
                        r"ready|preparing|determined)\s+to\s+[a-z]")
def _own_plan(statement: str, actor: Actor, mentions: list[Mention]) -> bool:
    """Whether a speaker's ``statement`` opens with "he" or "she" as its subject and names no
    one else ("said she would hold a hearing"), so the pronoun can only be the speaker: "Who
    said she would hold a hearing on the bridge?". A spokesman's or a lawyer's "he" is the
    client's, and is not asked."""
    opening = _OWN_PLAN.match(statement)
    if opening is None:
        return False
    own = _HIS if " he " in f" {opening.group().lower()} " else _HERS
    if any(found.group().lower() not in own for found in _SELF.finditer(statement, opening.end())):
        return False  # ("said she would ask him": who he is, the question would not say;
        # "said she had delayed the jabs because she feared ...": the speaker throughout)
    if any(m.kind is AnswerKind.PERSON and m.name != actor.answer and m.name.rsplit(
            None, 1)[-1].lower() not in TITLE_WORDS for m in mentions):
        return False  # ("Scotland's Community Safety Minister, Fiona Rennie": her post)
    return not any(word in _FOR_ANOTHER for word in f"{actor.asker} {actor.role}".lower().split())


#: "(that) she would", "he had": a statement whose subject is the speaker's pronoun.
_OWN_PLAN = re.compile(r"(?:(?:reporters|journalists|supporters|fans|parliament|the\s+court)"
                       r"\s+)?(?:that\s+)?(?:he|she)\s+(?:would|will|had|has|was|is|could|can|"
                       r"planned|plans|intended|intends|hoped|hopes|wanted|wants|expected|"
                       r"expects)\b")
#: Speakers who speak for someone else, whose "he" or "she" is that person's.
_FOR_ANOTHER = frozenset({"lawyer", "lawyers", "spokesman", "spokeswoman", "spokesperson",
                          "attorney", "agent", "aide", "representative", "wife", "husband",
                          "mother", "father", "son", "daughter", "brother", "sister", "friend",
                          "colleague", "solicitor", "barrister", "counsel", "manager", "coach",
                          "partner", "parents", "family"})
_SELF = re.compile(r"\b(?:he|him|himself|she|herself)\b", re.IGNORECASE)
_HIS = frozenset({"he", "him", "himself"})
_HERS = frozenset({"she", "herself"})
_ADVERBIAL_START = frozenset({"in", "on", "at", "during", "after", "before", "to", "by",
                              "from", "with", "last", "this", "earlier", "later", "friday",
                              "monday", "tuesday", "wednesday", "thursday", "saturday",
                              "sunday"})
_TIME_WORDS = frozenset("""
    on in at last this next week month year today yesterday tomorrow monday tuesday wednesday
    thursday friday saturday sunday morning afternoon evening night earlier later again
""".split())


#: Acts worth asking about with only a time after them ("Which Regional President resigned
#: on Monday morning?"); other verbs need more ("responded Tuesday", "left in 2011").
_ACTS_ALONE = frozenset("""
    resigned resigns collapsed collapses died dies retired retires quit quits abdicated
    surrendered surrenders
""".split())


def where_clauses(text: str, toks: Sequence[Token], clauses: list[Clause]) -> list[Clause]:
    """Clauses opened by "where" ("in London, where Mayor Sadiq Khan introduced ..."), which
    the clause finder leaves inside the sentence's last phrase."""
    out = []
    for i, tok in enumerate(toks[:-2]):
        if tok.lower == "where" and i > 0 and not tok.trail and not any(
                c.first_token == i + 1 for c in clauses):
            clause = _clause_from(text, toks, i + 1)
            if clause is not None and clause.subject[-1:].isalpha() and not clause.subject.split(
                    )[-1].islower():  # a name: "where U.S. troops have ..." is too vague
                out.append(clause)
    return out


def _says_something(predicate: str) -> bool:
    """Whether a predicate says more than when ("responded Tuesday" does not)."""
    words = [w.lower().strip(".,") for w in predicate.split()]
    return any(w not in _TIME_WORDS and not w.isdigit() for w in words)


def _reported(predicate: str | None) -> bool:
    """Whether a "said" predicate reports something ("said that X", not "said on Thursday")."""
    if not predicate:
        return False
    words = predicate.lower().split()
    if words[0] in _ADVERBIAL_START and len(words) >= 5 and words[1] in _TIME_WORDS:
        words = words[2:]  # "said on Tuesday it would cut 1,800 jobs"
        if words[0] in _TIME_WORDS and words[1:2] == ["that"]:
            words = words[1:]  # "warned earlier this month that ..."
        return words[0] == "that" or any(w in _SHORT_REPORT_VERBS for w in words[1:4])
        # ("said on Tuesday that all 14 carriages had been withdrawn": "that" opens the report)
    return "that" in words or words[0] not in _ADVERBIAL_START and (
        len(words) >= 4 or len(words) == 3 and words[1] in _SHORT_REPORT_VERBS)


#: "said nurses were striking": three words that still report a whole clause.
_SHORT_REPORT_VERBS = frozenset({"was", "were", "is", "are", "had", "has", "have", "would",
                                 "will", "could", "should", "must", "might"})


def object_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                 clauses: list[Clause]) -> Iterator[tuple[str, Actor, str]]:
    for clause in [*clauses, *reported_clauses(text, toks, mentions, clauses)]:
        group = clause.group
        if _is_copula(clause) or group.main in SAY_VERBS and not (
                group.main in _TOLD_TO and " to " in clause.rest) or is_pronoun(clause.subject):
            continue  # ("told the agency to review ...": an order, its object asked)
        if group.tense == "aux" and any(w in {"was", "were", "been", "being", "is", "are"}
                                        for w in group.words):
            continue  # passive: what follows is not an object
        subject_words = clause.subject.split()
        if not subject_words or len(subject_words) > 10 or subject_words[
                -1].lower() in _PREPOSITIONS or (
                subject_words[0].islower() and is_participle(subject_words[0])) or len(
                subject_words) == 1 and subject_words[0][-2:] == "ly":
            continue  # "led by | retired judge X", "Newly | elected mayor X": no subject
        rest_start = clause.verb_end + (len(text[clause.verb_end:]) -
                                        len(text[clause.verb_end:].lstrip()))
        predicate = trim_predicate(clause.rest, 24)
        if not predicate:
            continue
        pred_end = rest_start + len(predicate)
        for m in mentions:
            if m.possessive and m.kind is not AnswerKind.COUNTRY:
                continue
            if not rest_start <= m.role_start or m.end > pred_end:
                continue
            lead = text[rest_start:m.role_start].strip()
            if m.role and lead.startswith("the ") and m.role[:1].islower() and \
                    _ROLE_WORDS_BEFORE.fullmatch(lead, 4) and not any(
                        word in _NOT_NOUNS for word in lead[4:].split()):
                # "ordered the ride-hailing company Rydo to ...": a word of the role the
                # finder left out
                m = m._replace(role=f"{lead[4:]} {m.role}", role_start=rest_start + 4)
                lead = "the"
            if lead and m.kind is AnswerKind.PERSON and any(
                    o.possessive and o.kind is AnswerKind.COUNTRY and o.role_start == rest_start
                    and text[o.end:m.role_start].strip() in {"'s", "’s"} for o in mentions):
                lead = ""  # "left Spain's Álvaro Benítez in the lead": the country is his
            if lead.lower() in {"", "the"} and m.kind is AnswerKind.COUNTRY and \
                    m.name.lower() in capitals():
                continue  # "people fled Khartoum": a capital taken by a verb is the city
            if (lead.lower() == "the" or lead.lower().endswith(" the")) and not m.possessive \
                    and _NOUN_AFTER.match(text, m.end) \
                    and text[m.end + 1:].split(None, 1)[0].lower() not in _NOT_NOUNS:
                continue  # "won the Nordmark presidential runoff": the name only modifies
            if group.main in _CAUSATIVES and text.startswith(" to ", m.end):
                continue  # "forced X to cancel ...": asked as what X did (actor_causatives)
            particle = ""
            if group.main in _CALL_VERBS and lead.lower() in {"on", "on the"} and \
                    text.startswith(" to ", m.end):
                # "called on Prime Minister X to intervene": the particle stays with the verb
                particle, lead = "on ", lead[3:]
            if lead.lower() in {"", "the"}:
                after_start = m.end
                actor = _object_actor(text, toks, mentions, m, rest_start, pred_end)
                if actor is None:
                    continue
                if actor.asker.startswith("Which country's"):
                    after_start = m.end + len(text[m.end:].split("to", 1)[0]) \
                        if " to " in text[m.end:pred_end] else pred_end
                    after_start = _after_body(text, m, pred_end)
                remainder = particle + _drop_coordination(text[after_start:pred_end].strip())
                aged = _AGE_ASIDE.match(text, m.end) if not remainder and \
                    m.kind is AnswerKind.PERSON else None
                if aged is not None:
                    # "arrested Jan Novak, 34, on Tuesday in connection with ...": past her age
                    remainder = trim_predicate(text[aged.end():], 18) or ""
                gap = ""
            elif (_TRAILING_WHEN.fullmatch(text[m.end:pred_end])
                  and lead.split()[-1].lower() in PREPOSITIONS):
                actor = _object_actor(text, toks, mentions, m, m.role_start, pred_end)
                if actor is None:
                    continue
                lead_words = lead.split()
                if lead_words[-1].lower() == "the" or _NOT_ONE_OBJECT.search(lead) or \
                        lead.lower() == "by":  # "farmers led by X": a passive, no object
                    continue
                if actor.guessed and group.main in _MOVING and lead_words[-1].lower() in {
                        "to", "into", "towards"}:
                    continue  # "send nurses to Hamilton": one unknown name there is a place
                if len(lead_words) > 8 or "of" in lead_words[:-1] or len(lead_words) > 1 and \
                        lead_words[-2].lower().endswith("ed"):
                    # "detected water in the air of a planet 40 years from", "arrested 40
                    # suspects linked to": the preposition is not the verb's
                    continue  # "had become “X” and offered Y to": not the clause's own verb
                remainder, gap = lead, ""
            elif _PIED.match(_THE_END.sub("", lead)):
                actor = _object_actor(text, toks, mentions, m, m.role_start, pred_end)
                if actor is None:
                    continue
                *body, prep = _THE_END.sub("", lead).split()
                after = text[m.end:pred_end].strip()
                inverted = question_predicate(_clause_subject(text, clause), group,
                                              " ".join([*body, after]).strip())
                if inverted is None or not after:
                    continue
                asker = "whom" if actor.asker == "Who" else first_lower_asker(actor.asker)
                yield f"{prep.capitalize()} {asker} {inverted}", actor, f"{group.main} {lead}"
                continue
            else:
                other = _first_conjunct(text, mentions, rest_start, m)
                if other is None:
                    continue
                actor = mention_actor(m)
                if actor is None or other.kind is not m.kind:
                    continue
                remainder = _drop_coordination(text[m.end:pred_end].strip())
                gap = ""
                remainder = f"{remainder} along with {other.name}"
            inverted = question_predicate(_clause_subject(text, clause), group,
                                          f"{gap}{remainder}".strip())
            if inverted is None:
                continue
            asker = "Who" if actor.asker == "Who" else actor.asker
            yield f"{asker} {inverted}", actor, f"{group.main} {remainder}"


#: Verbs of saying that give an order with "to": "told the agency to review the drug".
_TOLD_TO = frozenset({"told", "tells", "tell"})
#: Verbs whose object follows "on" when they ask it to act: "called on X to resign".
_CALL_VERBS = frozenset({"called", "call", "calls", "calling"})
#: Verbs that make their object act ("forced X to cancel"): the act is asked instead.
_CAUSATIVES = frozenset({"prompted", "forced", "led", "spurred", "pushed", "compelled"})
#: A comma and a few lower-case words ending the sentence: what a predicate cut at the comma
#: leaves of its own last phrase ("during dry, windless spells.").
_PHRASE_GOES_ON = re.compile(r",\s+([a-z][\w-]*)(?:\s+[a-z][\w-]*){0,2}\s*[.!?]?$")
#: Verbs of a source after a statement (", data show."), besides those of saying.
_SHOW_VERBS = frozenset({"show", "shows", "suggest", "suggests", "say", "indicate",
                         "indicates", "confirm", "confirms"})
#: " as chief executive of Nordvik Air": the post an act is in, with the body named.
_AS_POST = re.compile(r" as (?:the )?(?:[a-z][\w-]* ){0,3}[a-z][\w-]* (?:of|at) (?:the )?"
                      r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,4}"
                      r"(?: (?:in|on|last) [A-Z]?[a-z]+(?: \d{1,4})?| in \d{4})?(?=[,.;]|$)")
#: A person's age between commas after the name: ", 34, " (what follows goes on the act).
_AGE_ASIDE = re.compile(r", \d{1,3}, (?!and |or |but |who |whose |which )(?=[a-z])")
#: One or two lower-case words before a role ("ride-hailing" of "the ride-hailing company").
_ROLE_WORDS_BEFORE = re.compile(r"[a-z][a-z-]*[a-z](?: [a-z][a-z-]*[a-z])?")
#: Verbs of sending or going: one unknown name they go "to" is as likely a place as a body.
_MOVING = frozenset({"send", "sends", "sent", "sending", "move", "moves", "moved", "deploy",
                     "deploys", "deployed", "fly", "flies", "flew", "travel", "travels",
                     "travelled", "traveled", "return", "returns", "returned", "go", "goes",
                     "went", "bring", "brings", "brought", "dispatch", "dispatched", "ship",
                     "shipped", "evacuate", "evacuated", "relocate", "relocated", "transfer",
                     "transferred", "head", "headed", "drive", "drove", "walk", "walked"})
#: A lower-case word right after a name: the name may modify a noun ("the Aldo prize").
_NOUN_AFTER = re.compile(r" [a-z][a-z-]+\b(?![’'])")
#: Lower-case words after an object's name that are not nouns it modifies.
_NOT_NOUNS = frozenset("""
    to in on at of for by with from as after before since until during while when and or but
    than that which who whom whose if because over into onto about against under between
    twice again last this next earlier later today yesterday tomorrow instead too also itself
    himself herself themselves alone first
""".split())
_NOT_ONE_OBJECT = re.compile(r"\b(?:and|or|but)\b|[\"“”,;:]")
_THE_END = re.compile(r"\s+the$", re.IGNORECASE)
# "a written request to <X>": an object noun phrase, then the preposition before the name
_PIED = re.compile(r"^(?:the|a|an|its|their|his|her|new|fresh|further)\s+[a-z0-9][\w-]*"
                   r"(?:\s+[a-z][\w-]*){0,3}\s+(?:to|with|from|against|for|on)$")


def reported_clauses(text: str, toks: Sequence[Token], mentions: Sequence[Mention],
                     clauses: Sequence[Clause]) -> list[Clause]:
    """The clauses that say verbs report without "that" ("said Baghdad had sent ...") and
    that name someone after their verb (reading a clause again costs: only those can give
    an object question)."""
    out = []
    for outer in clauses:
        if outer.group.main not in SAY_VERBS:
            continue
        start = outer.verb_token + len(outer.group.words)
        if start >= len(toks) or toks[start - 1].trail or toks[start].lower == "that" or any(
                c.first_token == start for c in clauses):
            continue
        if not any(m.first_token > start + 1 for m in mentions):
            continue
        inner = _clause_from(text, toks, start)
        if inner is not None:
            out.append(inner)
    return out


def _first_conjunct(text: str, mentions: list[Mention], rest_start: int,
                    m: Mention) -> Mention | None:
    """The name coordinated before ``m`` as the verb's first object ("killed X and Y"), so
    that Y can be asked about "along with X"."""
    before = [o for o in mentions if rest_start <= o.role_start and o.end <= m.role_start]
    if len(before) != 1 or before[0].possessive:
        return None
    other = before[0]
    if text[rest_start:other.role_start].strip().lower() not in {"", "the"}:
        return None
    if text[other.end:m.role_start].strip().lower() not in {"and", "and the"}:
        return None
    return other


_REPORT_VERBS = SAY_VERBS | frozenset("""
    concluded believed believe believes found determined suggested thought think thinks
    assessed judged decided ruled
""".split())
_TRAILING_WHEN = re.compile(
    r"\s*(?:(?:in|on|last|this|early|late|earlier|later)\s+(?:[A-Z][a-z]+day|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|week|month|year|"
    r"\d{4})(?:\s+\d{4})?)?\s*")


def embedded_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                   clauses: list[Clause]) -> Iterator[tuple[str, Actor, str]]:
    """"X concluded that Y was behind Z" -> "Who did X conclude was behind Z?"."""
    for outer in clauses:
        if outer.group.main not in _REPORT_VERBS:
            continue
        unnamed = is_pronoun(outer.subject) or _UNNAMED_SPEAKER.match(outer.subject) is not None
        # ("Who did the official say ...?": which official, the card cannot tell)
        that = outer.verb_token + len(outer.group.words)
        if that >= len(toks) or toks[that - 1].trail:
            continue
        if unnamed and _ROLE_NAMED_AFTER.match(text, toks[that - 1].end) is None:
            continue  # only "She said the captain, X, had ...": the role and name are asked
        start = that + 1 if toks[that].lower == "that" else that
        inner = next((c for c in clauses if c.first_token == start), None)
        if inner is None and start == that and outer.group.main in SAY_VERBS and any(
                t.capitalised or "-" in t.core for t in toks[start:start + 4]):
            inner = _clause_from(text, toks, start)  # (its subject must be a name)
        if inner is None:
            continue
        actor = None if unnamed else actor_for(text, toks, mentions, inner.subject_start,
                                               inner.subject_end)
        if actor is None and not unnamed and agent_act(inner.group.main, inner.rest):
            actor = named_agent(text[inner.subject_start:inner.subject_end], False)
        if actor is None and inner.verb_start - inner.subject_end > 5 and \
                outer.group.main in SAY_VERBS:
            named = _appositive_actor(text, mentions, inner)
            predicate = trim_predicate(inner.rest, 16) if named is not None else None
            if predicate and predicate.rsplit(None, 1)[-1] in _APPROXIMATELY:
                predicate = predicate.rsplit(None, 1)[0]  # "... roughly | 40 minutes before"
            if named is not None and predicate and len(predicate.split()) >= 3 and \
                    named.kind is AnswerKind.PERSON:
                # "She said the captain, Lena Berg, had received ...": which captain had
                yield f"{named.asker} {who_predicate(inner.group, predicate)}", named, \
                    f"{inner.group.main} {predicate}"
            continue
        if actor is None or actor.kind is AnswerKind.ORGANISATION and _OWN_SPEAKER.match(
                outer.subject):
            continue  # "Which organisation did the company's chief executive say ...?"
        predicate = trim_predicate(inner.rest, 16)
        if predicate is None and inner.rest:
            predicate = _before_gerund(inner.rest, 16)  # "had been negligent | in failing to"
        if not predicate:
            continue
        if outer.group.main in SAY_VERBS:
            predicate = whole_statement(inner.rest, predicate, 16)
            if predicate is None:
                continue
        joined = _JOINED_PAST.search(predicate)
        if joined is not None and is_past_tense(joined.group(1)):
            # "said Cole had betrayed voters and ordered him to repay": whose act the second
            # verb is, the sentence does not tell; ask only up to it
            predicate = predicate[: joined.start()]
            if len(predicate.split()) < 2:
                continue
        inverted = question_predicate(_clause_subject(text, outer), outer.group,
                                      who_predicate(inner.group, predicate))
        if inverted is None:
            continue
        yield f"{actor.asker} {inverted}", actor, f"{inner.group.main} {predicate}"


_HAVE = frozenset({"has", "have", "had"})
#: Verbs whose complement may be quoted words: 'called the offer "too little, too late"'.
_NAMING_VERBS = frozenset({"called", "branded", "labelled", "labeled", "dubbed", "termed",
                           "calls", "brands", "labels", "dubs", "terms"})
#: A participle after "more than" or "less than", which the verb group leaves out.
_HALF_PERFECT = re.compile(r"\s*(?:more|less|fewer) than [a-z]+ed\b")
#: " the captain, Stavros Dimou,": a role and a name in commas after a say verb.
_ROLE_NAMED_AFTER = re.compile(r" (?:that )?(?:the|its|their|his|her) (?:[\w'’-]+ ){0,3}"
                               r"[a-z][\w-]*, [A-Z]")
#: Words that stand before a number a predicate was cut before.
_APPROXIMATELY = frozenset({"roughly", "about", "around", "nearly", "almost", "some", "over",
                            "under", "approximately", "just"})
_JOINED_PAST = re.compile(r",?\s+and\s+([a-z]+)\b")


def _clause_from(text: str, toks: Sequence[Token], start: int) -> Clause | None:
    """The clause a say verb reports without "that" ("said Baghdad had sent ...")."""
    rest_start = toks[start].start
    found = find_clauses(text[rest_start:])
    if not found or found[0].first_token != 0:
        return None
    clause = found[0]
    return replace(clause, subject_start=clause.subject_start + rest_start,
                   subject_end=clause.subject_end + rest_start,
                   verb_start=clause.verb_start + rest_start,
                   verb_end=clause.verb_end + rest_start,
                   first_token=start, verb_token=clause.verb_token + start)


def _after_body(text: str, m: Mention, pred_end: int) -> int:
    """Where the words after "Iraq's parliament" start (the body noun is part of the answer)."""
    for match in _BODY_WORDS.finditer(text, m.end, pred_end):
        if match.group(1).lower() in ORG_WORDS:
            return match.end()
        if match.start() - m.end > 30:
            break
    return m.end


_BODY_WORDS = re.compile(r"(?:['’]s?)?\s*([a-z]+)")


def _object_actor(text: str, toks: Sequence[Token], mentions: list[Mention], m: Mention,
                  start: int, pred_end: int) -> Actor | None:
    if m.possessive:
        body_end = _after_body(text, m, pred_end)
        return possessive_body(text, mentions, m.role_start, body_end)
    if not m.role and m.name.lower() in demonyms() and _LOWER_WORD.match(text, m.end):
        return None  # "could make Korean products less competitive": a nation's adjective
    return mention_actor(m)


#: A word in lower case right after a name ("Korean products"): the name describes it.
_LOWER_WORD = re.compile(r"\s+[a-z]")


def _drop_coordination(remainder: str) -> str:
    """"and other jihadists in Syria" -> "in Syria": the question asks for one of them."""
    match = re.match(r"^(?:and|or)\s+(?:other|several|some|many|various)\s+[\w-]+\s*", remainder)
    if match:
        return remainder[match.end():]
    if remainder.startswith(("and ", "or ", ",")):
        return ""
    return remainder


def according_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                    clauses: list[Clause]) -> Iterator[tuple[str, Actor, str]]:
    match = _ACCORDING.search(text)
    if not match:
        return
    tail = text[match.end():]
    cut = re.search(r"[,.;]\s|[,.;]?$", tail)
    end = match.end() + (cut.start() if cut else len(tail))
    actor = actor_for(text, toks, mentions, match.end(), end)
    source = _SOURCE_BY.match(text, match.end()) if actor is None else None
    if source is not None:  # "According to a first estimate by X, ...": X's estimate
        actor = actor_for(text, toks, mentions, source.end(), end)
        if actor is not None and actor.kind is AnswerKind.PERSON:
            actor = actor._replace(asker="whom")
    if actor is None and _ROLE_SUBJECT.match(text[match.end():end].strip()):
        # "according to the company's operations director, Pieter de Vries": the name after
        named = next((m for m in mentions if text[end:m.role_start].strip() == ","), None)
        if named is not None and text[named.end:named.end + 1] in {",", ".", ""}:
            actor = mention_actor(named)
            end = named.end
            if actor is not None and actor.kind is AnswerKind.PERSON:
                actor = actor._replace(asker="Who")
    if actor is None:
        return
    if match.start() == 0:
        opens = end + len(text[end:]) - len(text[end:].lstrip(" ,"))
        main = [c for c in clauses if c.subject_start == opens]
        # (a later clause is not the statement: "According to X, the hackers got in through
        # an account that had not been protected": only what opens after the comma is)
    else:
        main = [c for c in clauses if c.verb_end < match.start()]
    if not main:
        return
    clause = main[0]
    if _is_copula(clause) and clause.group.tense != "aux":
        return
    rest = text[clause.verb_end:match.start()] if clause.verb_end < match.start() else clause.rest
    if clause.group.main in _HAVE and _HALF_PERFECT.match(rest) is not None:
        return  # "has | more than doubled": the verb group was read short (it would be asked
        # "does ... have more than doubled")
    predicate = trim_predicate(rest.strip(), 22)
    if predicate is None and not rest.strip() and _is_passive(clause):
        predicate = ""  # "..., about 2,300 hectares were damaged, of which ...": whole as it is
    if predicate is None:
        return
    inverted = question_predicate(_clause_subject(text, clause), clause.group, predicate)
    if inverted is None:
        return
    asker = {"Who": "whom"}.get(actor.asker, first_lower_asker(actor.asker))
    if source is not None:
        asker = f"{source.group(1).lower()}{source.group(2)} {asker}"
    yield f"According to {asker} {inverted}", actor, f"according to {predicate}"
