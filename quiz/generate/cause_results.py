"""Effects and causes told of a whole statement: "X did Y, which meant Z", "X, so Z"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quiz.generate.cause_asides import attributed, closing_aside, speaker
from quiz.generate.cause_spans import VAGUE_SUBJECT, cut_span, why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import base_form, first_lower, first_upper, is_pronoun, word_count
from quiz.generate.syntax import Clause, find_clauses

#: ", which meant (that) Z", ", meaning Z", ", leaving Z": what the statement before it
#: brought about.
_WHICH_MEANT = re.compile(r",\s+(?:which\s+(?:(?:will|would|has|had)\s+)?(?:meant|means|mean)|"
                          r"meaning|(?P<leaving>leaving))\s+(?:that\s+)?")
#: What a ", leaving" clause must tell to be an effect ("leaving 300 people without jobs"),
#: not a departure ("leaving for Paris").
_LEFT_IN = re.compile(r"\b(?:without|homeless|dead|injured|stranded|unable|with no|in the dark)\b")
#: "X said it had done Y": what X did, told without the pronoun ("it" asks "what?").
_SAID_IT = re.compile(r"(?P<who>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}?)\s+(?:said|says)\s+"
                      r"(?:that\s+)?(?:it|they)\s+(?P<rest>(?:had|has|have|would|will)\s.+)$")
#: Long statements read badly as a question's lead; a statement this long is left.
_MAX_STATEMENT = 30


def meant_facts(text: str, clauses: list[Clause]
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The firm removed all supplier access pending a review, which meant online orders
    would be suspended" -> "The firm removed all supplier access pending a review. What was
    the consequence of this?": the statement is told, its effect asked (a "which" after a
    whole clause stands for the clause, and "What did X mean?" would read as "define X")."""
    match = _WHICH_MEANT.search(text)
    if match is None or not clauses:
        return
    statement = text[:match.start()].strip()
    frame = _TOLD_FRAME.match(statement)
    why = _why_effect(text, match, statement, frame) if frame is not None and \
        not match.group("leaving") else None
    if why is not None:
        yield why  # ("X said Y, meaning Z": why Z, by X's account, not "X said Y. What ...")
        return
    if fronted_end(text, clauses[0]) < 0:
        return
    left = tuple(_what_left(text, match)) if match.group("leaving") else ()
    if left:
        yield from left  # (one card of the two ways to ask it)
        return
    first = clauses[0]
    lead = fronted_end(text, first)
    if any(ch in statement[lead:] for ch in ",;:\"“”()") or \
            word_count(statement) > _MAX_STATEMENT or is_pronoun(first.subject) or \
            VAGUE_SUBJECT.match(first.subject):
        return  # (the statement must be one clause of its own, saying who did what)
    said = _SAID_IT.match(statement)
    if said is not None:
        statement = f"{said.group('who')} {said.group('rest')}"  # "X said it had Y": X had Y
    effect = cut_span(text, match.end())
    if effect is not None and match.group("leaving") and not _LEFT_IN.search(effect):
        return
    if effect is not None and word_count(effect) >= 3 and (
            not is_pronoun(effect.split()[0]) or _same_one(
                effect.split()[0], first.subject, text[first.verb_end:match.start()], effect)):
        # (not "which means it has been underwater for a century": what "it" is, and a time;
        # but "Wanderers were docked six points, which meant they missed the play-offs")
        yield (AnswerKind.EFFECT, f"{first_upper(statement)}. What was the consequence of this",
               effect, ())


def _why_effect(text: str, match: re.Match[str], statement: str, frame: re.Match[str]
                ) -> tuple[AnswerKind, str, str, tuple[str, ...]] | None:
    """"The institute said the seedlings would take three years to produce a crop, meaning
    that farmers would need cash support" -> "Why would farmers need cash support, according
    to the institute?" (the seedlings would take ...): the effect asked, the report answers."""
    who = frame.group("who")
    told = statement[frame.end():]
    effect = cut_span(text, match.end())
    if effect is None or is_pronoun(who) or VAGUE_SUBJECT.match(who) or word_count(who) > 8 \
            or who.split()[0] in _NOT_TELLER \
            or not 4 <= word_count(told) <= 24 or is_pronoun(told.split()[0]) or any(
                ch in told for ch in ",;:\"“”()"):
        return None
    clauses = find_clauses(effect)
    if len(clauses) != 1 or clauses[0].first_token != 0 or VAGUE_SUBJECT.match(
            clauses[0].subject):
        return None
    question = why_question(effect, clauses[0], len(effect))
    if question is None:
        return None
    described = _DESCRIBED_NAME.fullmatch(who)
    if described is not None:  # ("the Kampala-based think tank X": X)
        name = described.group("name")
        who = f"the {name}" if name.split()[-1].lower() in _BODY_WORDS else name
    return AnswerKind.CAUSE, f"{question}, according to {first_lower(who)}", told, ()


#: Words that open a fronted phrase or a clause, not who told ("In Dublin officials said").
_NOT_TELLER = frozenset({"In", "On", "At", "After", "Before", "When", "While", "As", "If", "But",
                         "And", "Last", "This", "Earlier", "Later", "During", "Under", "It"})
#: A name told after a description of what it is: "The Kampala-based think tank Agrarian
#: Futures Institute", "The Kenyan runner Mary Keitany".
_DESCRIBED_NAME = re.compile(r"The\s+(?:[A-Za-z]+-[a-z]+\s+|[a-z][\w-]*\s+){2,4}"
                             r"(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){1,4})")
#: Names of bodies that are written with "the" ("the Agrarian Futures Institute").
_BODY_WORDS = frozenset("""
    institute association council federation union board commission agency bank service
    authority office ministry department committee foundation society trust league network
""".split())


#: A time or a place set off before the sentence's subject ("Last season, ", "In some remote
#: areas, ", "At the hearing, ", "Under provincial law, "): the clause after it is still the
#: sentence's statement.
_FRONTED = re.compile(r"(?:In|On|At|Last|This|Earlier|Later|During|Over|Across|Within|"
                      r"Throughout|Under|Outside|Inside|Near|Beyond)\s+[^,;:\"“”()]{1,40},\s+")


def fronted_end(text: str, clause: Clause) -> int:
    """Where the statement of ``text`` opening with ``clause`` starts: 0 when the clause opens
    the sentence, after a fronted time or place ("Last season, Wanderers were docked"), else
    -1 (a subordinate clause or an aside comes first)."""
    if clause.first_token == 0:
        return 0
    return clause.subject_start if _FRONTED.fullmatch(text, 0, clause.subject_start) else -1


def _same_one(pronoun: str, subject: str, predicate: str, effect: str) -> bool:
    """Whether ``pronoun`` opening ``effect`` stands for the statement's plural ``subject``, its
    object (the ``predicate`` up to a preposition) not plural too, and the effect is an event,
    not a state lasting since ("Wanderers were docked six points, which meant they missed
    the play-offs"; not "Protesters blocked the roads, which meant they": the roads?; not "it",
    which a singular object may be too, nor "he" or "she", whose gender is not known; not
    "which means they have been underwater since": a time, not a consequence)."""
    if pronoun != "they" or _LASTING.match(effect) or not subject.startswith(("The ", "the ")) \
            and not subject[:1].isupper():
        return False
    thing = _PREPOSITION.split(predicate, 1)[0].split()
    return _plural(subject.split()[-1]) and not any(map(_plural, thing))


#: A state lasting since the statement: "they have been underwater for a century".
_LASTING = re.compile(r"\w+\s+(?:has|have|had)\s+been\b")


def _plural(word: str) -> bool:
    word = word.lower()
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


#: Where a statement's object ends: a preposition or a connective after it.
_PREPOSITION = re.compile(r"\b(?:for|in|on|at|to|into|with|by|from|after|before|because|over|"
                          r"during|since|until|as|than|of)\b")


#: A state ", leaving" puts people or things in: "leaving peat and heather tinder-dry",
#: "leaving 300 people homeless" (not "leaving for Paris", "leaving office").
_LEFT_STATE = re.compile(r"\b(?:without|with no|unable|short of|in the dark|cut off|out of work|"
                         r"in debt|in ruins)\b|\b(?:homeless|dead|injured|stranded|[\w-]*dry|empty|"
                         r"exposed|vulnerable|jobless|isolated|underwater|flooded|damaged|"
                         r"unusable|uninhabitable|trapped|destitute)$")
#: A report's frame before the statement: "The Met Office said (that) ".
_SAID_FRAME = re.compile(r"(?P<who>[A-Z][^,;:\"“”()]{1,50}?)\s+(?:said|says|reported|estimated|"
                         r"found)\s+(?:that\s+)?(?=[a-z0-9])")
#: A report's frame whose teller may be named at length ("The Kampala-based think tank X said").
_TOLD_FRAME = re.compile(r"(?P<who>[A-Z][^,;:\"“”()]{1,70}?)\s+(?:said|says)\s+(?:that\s+)?"
                         r"(?=[a-z0-9])")
#: An amount restated after the statement: ", about 20 per cent of the June average".
_RESTATED_AMOUNT = re.compile(r",\s+(?:about|around|nearly|roughly|some|just|only|almost|less\s+"
                              r"than|more\s+than|or|up\s+from|down\s+from)\s[^,;:]*$")


def _what_left(text: str, match: re.Match[str]
               ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The Met Office said only 11mm of rain fell last month, about 20 per cent of the
    average, leaving peat and heather tinder-dry" -> "What left peat and heather tinder-dry,
    according to the Met Office?" - "only 11mm of rain fell last month"."""
    effect = cut_span(text, match.end())
    if effect is None or not _LEFT_STATE.search(effect) or is_pronoun(effect.split()[0]) or \
            word_count(effect) < 2:
        return
    statement = _RESTATED_AMOUNT.sub("", text[:match.start()].strip())
    frame = _SAID_FRAME.match(statement)
    who = ""
    if frame is not None:
        who = "" if is_pronoun(frame.group("who")) else frame.group("who")
        statement = statement[frame.end():]
    if any(ch in statement for ch in ",;:\"“”()") or not 4 <= word_count(statement) <= 20 or \
            statement.split()[0].lower() in _NOT_STATEMENT:
        return
    question = f"What left {effect}"
    yield AnswerKind.CAUSE, attributed(question, who[:1].lower() + who[1:] if who.startswith(
        "The ") else who), statement, ()


#: Words a statement's subject does not open with ("it", "this": which thing?).
_NOT_STATEMENT = frozenset({"it", "this", "that", "these", "those", "they", "he", "she", "we"})


#: ", so the race was cancelled": the statement before is why (not "so that", "so far").
_SO = re.compile(r"(?:,\s+(?:(?:and\s+)?so|which\s+(?:(?:is|was)(?:\s+(?:partly|largely|"
                 r"mainly|one\s+reason))?|explains|explained)\s+why|(?:and\s+)?that\s+(?:is|was)\s+"
                 r"why)|"
                 # "X; as a result, Y", "X, and as a result Y", "X; consequently, Y"
                 r"(?:;|,\s+and)\s+(?:as\s+a\s+(?:direct\s+)?(?:result|consequence)|consequently|"
                 r"therefore),?|;\s+so)"
                 r"\s+(?!(?:that|far|much|many|long|as|too|called)\b)(?=[a-z])")


def so_facts(text: str, clauses: list[Clause]
             ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Heavy snow closed the main road, so the race was cancelled" -> "Why was the race
    cancelled?" - "heavy snow closed the main road" (the one clause before ", so"; also ",
    and so", ", which is why", ", which explains why", ", and that is why", "; as a result,",
    ", and as a result")."""
    match = _SO.search(text)
    if match is None:
        return
    lead = fronted_end(text, clauses[0]) if clauses else -1
    cause = text[max(lead, 0):match.start()].strip()
    if lead < 0 and (fronted := _FRONTED.match(cause)) is not None:
        cause = cause[fronted.end():]  # ("In some areas, clinics lack X, so": a missed clause)
    if lead >= 0:
        if is_pronoun(clauses[0].subject) or sum(
                c.subject_start < match.start() and c.verb_start < match.start()
                for c in clauses) != 1:
            return  # (", which is why": no clause of its own before the effect)
    elif not _BARE_CLAUSE.match(first_upper(cause)) or \
            first_upper(cause.split()[0]) in _NOT_SUBJECT_START:
        return  # ("Farmed fish usually try to ...": a clause the clause reader missed)
    if any(ch in cause for ch in ",;:\"“”()") or not 4 <= word_count(cause) <= 20:
        return
    # the effect read on its own ("so" opens no clause for the reader without one before it)
    effect = text[match.end():]
    after = next((c for c in find_clauses(effect) if c.subject_start == 0), None)
    if after is None:
        present = _present_why(effect, clauses[0].subject if lead >= 0 and clauses else "")
        if present is not None:
            yield AnswerKind.CAUSE, present, cause, ()
        return
    if after.subject.startswith(("its ", "their ")) and lead >= 0:
        # "The bank has too many branches, and that is why its costs are high": the bank's
        owner = _owner_of(clauses[0].subject, after.subject.split()[0])
        if owner is None:
            return
        after = replace(after, subject=f"{owner} {after.subject.split(' ', 1)[1]}")
    # ("..., so the race was cancelled, organisers said": the organisers' reason)
    closing = closing_aside(effect) if "," in effect[after.verb_end:] else None
    if closing is not None and closing.start() < after.verb_end:
        closing = None
    tail = effect[after.verb_end:closing.start() if closing is not None else len(effect)]
    start = after.verb_end + len(tail) - len(tail.lstrip())
    rest = cut_span(effect, start) if tail.strip(" .!?") else ""
    question = why_question(effect, after, start + len(rest)) if rest is not None else None
    if question is not None:
        yield AnswerKind.CAUSE, attributed(question, speaker(closing)) if closing else \
            question, cause, ()


#: A clause in the present the clause reader does not read: "its cost ratio lags its
#: rivals" (a subject opening with a determiner, a verb in "-s", the rest).
_PRESENT = re.compile(r"(?P<np>(?:its|their|the)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+?)\s+"
                      r"(?P<verb>[a-z]{3,}(?<![su])s)\s+(?P<rest>[^,;:\"“”()]{2,60}?)[.!]?$")


def _present_why(effect: str, owner: str) -> str | None:
    """"Why does the bank's cost ratio lag its rivals" for ``effect`` told in the present
    (an "its"/"their" named after ``owner``), or ``None``."""
    found = _PRESENT.fullmatch(effect.strip())
    base = base_form(found.group("verb")) if found is not None else None
    if found is None or base is None or base in _NOT_PRESENT:
        return None
    subject = found.group("np")
    if subject.startswith(("its ", "their ")):
        named = _owner_of(owner, subject.split()[0]) if owner else None
        if named is None:
            return None
        subject = f"{named} {subject.split(' ', 1)[1]}"
    return f"Why does {subject} {base} {found.group('rest')}"


_NOT_PRESENT = frozenset({"be", "have", "do", "say", "mean"})


def _owner_of(subject: str, pronoun: str) -> str | None:
    """``subject`` as the owner an "its" (a singular subject) or "their" (a plural one) of
    the clause after stands for ("the bank's"), or ``None``."""
    if is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or word_count(subject) > 5 or any(
            ch in subject for ch in ",;:()\"“”"):
        return None
    head = subject.split()[-1]
    if (pronoun == "their") != _plural(head) or not (subject[:1].isupper() or
                                                     subject.startswith("the ")):
        return None
    owner = first_lower(subject) if subject.startswith("The ") else subject
    return f"{owner}'" if owner.endswith("s") else f"{owner}'s"


#: A statement of four words or more opening with a capital: what a clause the clause reader
#: missed looks like before ", so" (its first word is checked against ``_NOT_SUBJECT_START``).
_BARE_CLAUSE = re.compile(r"[A-Z][\w’'-]*(?:\s+[\w’'%.-]+){3,}")
#: Words that open an adverbial or a subordinate clause, not a subject.
_NOT_SUBJECT_START = frozenset("""
    In On At After Before For With Like Unlike Despite By From To During Since Until If When
    While Although Though As But And Yet However Instead Meanwhile Still Even Only Then Here
    There Now It He She They We I You This That These Those Its Their His Her Our
""".split())


#: "X meant (that) Y" / "X means Y" with a thing as X: X brought Y about.
_THING_MEANT = re.compile(r"\s(?:has\s+|have\s+|had\s+)?(?:meant|means)\s+(?:that\s+)?(?=[A-Za-z])")
#: A relative aside closing the thing ("rising premiums, which have tripled in two years,").
_CLOSING_RELATIVE = re.compile(r",\s+(?:which|that)\s[^,;:]*,$")
#: Subjects that mean what they say, not what they bring about ("He meant ...").
_NO_THING = frozenset({"he", "she", "they", "it", "this", "that", "we", "i", "you", "which",
                       "who", "what"})


def thing_meant_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The closure of the bridge meant that thousands of commuters had to find other routes"
    -> "Why did thousands of commuters have to find other routes?" (the closure of the
    bridge): a thing that "meant" a clause brought it about; read past a report before it
    ("Colley said [rising premiums, which have tripled,] meant ...")."""
    from quiz.generate.cause_attributed import named_cause
    from quiz.generate.cause_v_trailing import strip_report

    match = _THING_MEANT.search(text)
    if match is None:
        return
    head = strip_report(text[:match.start()]).strip()
    if not head or head.endswith(("which", "who")) or head.endswith(",") and \
            not _CLOSING_RELATIVE.search(head):
        return  # (", which meant": the statement before it, read by meant_facts)
    thing = _CLOSING_RELATIVE.sub("", head)
    words = thing.split()
    if not 2 <= len(words) <= 10 or words[0].lower() in _NO_THING or any(
            ch in thing for ch in ",;:\"“”()") or not named_cause(thing) or \
            len([w for w in words if w.lower() not in {"the", "a", "an"}]) < 2:
        return
    effect = cut_span(text, match.end())
    if effect is None:
        return
    told = find_clauses(effect)
    if not told and not text.endswith("that ", 0, match.end()):
        yield from _meant_thing(thing, match.group(), effect)
        return
    if not told or told[0].first_token != 0 or is_pronoun(told[0].subject) or \
            VAGUE_SUBJECT.match(told[0].subject):
        return
    question = why_question(effect, told[0], len(effect))
    if question is not None:
        yield AnswerKind.CAUSE, question, thing, ()


#: What "has meant" may not be: an amount of meaning, not a thing brought about.
_NO_EFFECT = re.compile(r"(?:a\s+lot|a\s+great\s+deal|much|little|nothing|everything|something|"
                        r"more|less|so|very|it|this|that|the\s+world|business)\b", re.IGNORECASE)
#: The start of a noun phrase brought about ("the loss of 400 jobs", "higher prices").
_EFFECT_NP = re.compile(r"(?:the|a|an|more|fewer|less|higher|lower|longer|shorter|[a-z]+er|"
                        r"[a-z]+ed|[a-z]+ing)\s+[a-z]")
_PERFECT_MEANT = re.compile(r"\s(?P<aux>has|have|had)\s+meant\s+$")


def _meant_thing(thing: str, verb: str, effect: str
                 ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The closure of the factory has meant the loss of 400 jobs" -> "What has the closure of
    the factory meant?" (a perfect only: "What does X mean?" asks for a definition)."""
    perfect = _PERFECT_MEANT.fullmatch(verb)
    if perfect is None or _NO_EFFECT.match(effect) or not _EFFECT_NP.match(effect) or \
            not 2 <= word_count(effect) <= 12:
        return
    first, _, rest = thing.partition(" ")
    lowered = first.lower() if first[1:].islower() and first.lower().endswith(_COMMON_ENDS) \
        else first_lower(first)  # ("Rising interest rates": a common noun phrase)
    yield (AnswerKind.EFFECT, f"What {perfect.group('aux')} {lowered} {rest} meant".replace(
        "  ", " "), effect, ())


#: Endings of a first word that is no name ("Rising", "Higher", "Falling").
_COMMON_ENDS = ("ing", "ed", "er", "al", "ous", "ive", "ic", "ful", "less")

