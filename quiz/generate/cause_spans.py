"""What cause questions are made of: answer spans cut at clause ends, "Why did X ...?"."""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Sequence

from quiz.generate.grammar import (
    AUXILIARIES, PARTICIPLE_TO_BASE, base_form, first_lower, is_past_tense, is_pronoun, past_of,
    question_predicate, third_person, tidy_span, word_count,
)
from quiz.generate.lexicon import GROUP_WORDS, ORG_WORDS
from quiz.generate.mentions import Token
from quiz.generate.syntax import Clause, _clause_at

NOT_BASE = frozenset("""
    the a an this that these those his her its their our my your be non-combat all some
    any each every one two three four five six seven eight nine ten date over under about
    around more less than between among within without into onto about nearly almost just
    only as at by for from in of on up down out off per via power office work traffic school
    hospital court market prison jail bed sea land home church town class dinner lunch
    breakfast trial victory safety life justice light pieces death
""".split())
_SPAN_END = re.compile(r"\s*[;:]|,(?=\s)|,[\"”]|\s(?=(?:while|whereas|although|though|until|"
                       r"unless)\b)|"
                       r"\s[—–-]\s|—|[\"”],|\.\.\.|\s\(|\n")
_DANGLING_END = frozenset({"of", "the", "a", "an", "to", "and", "or", "in", "on", "at", "for",
                           "with", "by", "from", "that", "which", "its", "their", "as"})
_SAY = re.compile(r"\s(?:said|says|told|added)\s")
TRAILING_ADVERB = re.compile(
    r"[\s,]+(?:particularly|especially|largely|mainly|partly|apparently|reportedly|allegedly|"
    r"only|just|again|also|even|in part)\s*$", re.IGNORECASE)
_POINTS_BACK = re.compile(r"^(?:these|those|this|that)\s", re.IGNORECASE)
VAGUE_SUBJECT = re.compile(r"^(?:its|their|his|her|our|this|that|it|they)\b", re.IGNORECASE)
DEMONSTRATIVE = re.compile(r"^(?:it|this|that|these|those|they|them|he|she)\b", re.IGNORECASE)
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "these", "those",
                          "this", "that", "our"})
MAX_ANSWER = 32


def cut_span(text: str, start: int) -> str | None:
    """The phrase starting at ``start``, cut at the next clause boundary; ``None`` if long."""
    tail = text[start:]
    cut = _SPAN_END.search(tail)
    span = tail[: cut.start()] if cut else tail
    for say in _SAY.finditer(span):
        if word_count(span[: say.start()]) >= 5:  # "... the discussions said the U.S. ..."
            span = span[: say.start()]
            break
    words = span.split()
    if words and words[-1].lower() in _DANGLING_END:
        return None
    span = tidy_span(span)
    if word_count(span) > MAX_ANSWER:
        first = min((i for i in (span.find(", "), span.find(" and to ")) if i > 0), default=-1)
        if first <= 0:
            return None
        span = tidy_span(span[:first])
        if word_count(span) > MAX_ANSWER:
            return None
    return span or None


_INCLUDING = re.compile(r",\s+(?:including|notably|mostly|mainly)\b[^,;:]*(?=,)")
# (and the thousands separator of "80,000 cars" is no comma between phrases either)
_DATE_COMMA = re.compile(r"(?<=\d),(?=\s+\d{4}\b)|(?<=\b\d{4}),(?=\s|$)|(?<=\d),(?=\d{3}\b)")


def predicate_before(text: str, clause: Clause, end: int) -> str | None:
    """The clause's words between its verb group and ``end`` (a connective), tidied."""
    if end <= clause.verb_end:
        return ""
    body = _INCLUDING.sub("", text[clause.verb_end:end])
    if any(ch in body for ch in ";:—"):
        return None
    # "on June 15, 2014, following ...": the date's commas do not end the predicate
    body = _DATE_COMMA.sub("\x00", body.strip().rstrip(","))
    body = TRAILING_ADVERB.sub("", " " + body.strip().rstrip(",\x00"))
    body = body.strip().rstrip(",\x00").strip()
    body = _APPOSITIVE_END.sub("", body)  # "rose 7.1%, the fastest pace since 2019,"
    if "," in body:
        return None
    body = body.replace("\x00", ",")
    words = body.split()
    if words and (words[0].lower() in AUXILIARIES or any(
            w.lower() in {"that", "if", "unless", "whether"} for w in words)):
        return None
    if len(words) > 18:
        return None
    if words and words[-1].lower() in {"it", "this", "that", "them", "so", "and", "or", "to",
                                       "the", "a", "of", "in", "on", "for"}:
        return None
    return body


#: A noun phrase after a comma that restates the predicate's figure ("cut 1,800 jobs, about
#: 12% of its workforce"): the question reads well without it.
_APPOSITIVE_END = re.compile(r",\s+(?:the|a|an|its|their|about|some|nearly|almost|roughly|"
                             r"around)\s+(?:(?!(?:and|or|but|that|which|who|was|were|is|are|"
                             r"has|have|had)\b)[^,\s]+\s*){1,7}$")


def why_question(text: str, clause: Clause, end: int) -> str | None:
    """"Why did X do Y" for the clause, with its predicate up to ``end``; not for a subject
    that points back ("these attacks": which ones, out of the sentence before?)."""
    if is_pronoun(clause.subject) or _POINTS_BACK.match(clause.subject):
        return None
    predicate = predicate_before(text, clause, end)
    if predicate is None:
        return None
    if clause.group.main in {"is", "are", "was", "were", "has", "have", "had"} and not predicate:
        return None  # ("hospitals, which have had to open wards": no act to ask about)
    if predicate.lower() in _NO_OBJECT:
        return None  # "Why could the group not afford more?": more what?
    if clause.group.main.lower() in _SAY_VERBS:
        return _reported_why(text, clause, predicate)
    if _JOINED_VERB.search(predicate) and any(
            is_past_tense(w) for w in _JOINED_VERB.findall(predicate)):
        return None  # "started near a campground and spread quickly because of the wind":
        # the reason may belong to the second verb only
    inverted = question_predicate(first_lower(clause.subject), clause.group, predicate)
    return f"Why {inverted}" if inverted else None


_NO_OBJECT = frozenset({"more", "less", "much", "enough", "so", "it", "that", "this", "them"})
_JOINED_VERB = re.compile(r"\band\s+([a-z]+)\b")
_SAY_VERBS = frozenset({"said", "says", "told", "tells", "added", "stated", "explained",
                        "argued", "insisted", "warned", "claimed"})
_COPULAS = frozenset({"is", "are", "was", "were"})


def _reported_why(text: str, clause: Clause, predicate: str) -> str | None:
    """"X said the tax rise was necessary because Y": the reason is the reported clause's,
    not the saying's -> "Why, according to X, was the tax rise necessary?" (``None`` when the
    reported clause cannot be read)."""
    from quiz.generate.mentions import tokenize
    from quiz.generate.syntax import find_clauses

    body = predicate
    that = body.find("that ")
    if that >= 0 and (that == 0 or body[that - 1] == " ") and body[:that].count(" ") <= 3:
        body = body[that + 5:]  # "told reporters that ..."
    elif clause.group.main.lower() in {"told", "tells"}:
        return None
    sub = next((c for c in find_clauses(body, tokenize(body)) if c.first_token == 0), None)
    if sub is None:
        return None
    speaker = first_lower(written_subject(text, clause))
    if is_pronoun(speaker):
        speaker = clause.subject  # "He said ...": the person the sentence before named
    itself = sub.subject.lower() in {"he", "she"} and speaker[:1].isupper()
    if not itself and (is_pronoun(sub.subject) or VAGUE_SUBJECT.match(sub.subject)
                       or _POINTS_BACK.match(sub.subject)):
        return None
    rest = sub.rest.rstrip(" ,.")
    if rest.lower() in _NO_OBJECT:
        return None  # "could the group not afford more?": more what?
    # "Ferreira said he chose Rovers because ...": the speaker's own act, asked of the speaker
    subject = speaker if itself else first_lower(sub.subject)
    if sub.group.words[0] in _COPULAS and len(sub.group.words) == 1:
        if not rest:
            return None
        inverted: str | None = f"{sub.group.words[0]} {subject} {rest}"
    else:
        inverted = question_predicate(subject, sub.group, rest)
    if inverted is None:
        return None
    return f"Why {inverted}" if itself else f"Why, according to {speaker}, {inverted}"


def written_subject(text: str, clause: Clause) -> str:
    """The clause's subject as the sentence writes it (answers quote the sentence)."""
    return text[clause.subject_start:clause.subject_end]


def owning_clause(text: str, clauses: list[Clause], position: int) -> Clause | None:
    """The clause that owns the verb at ``position``; a coordinated verb takes the first."""
    own = next((c for c in clauses if c.verb_start <= position < c.verb_end), None)
    if own is not None:
        return own
    before = text[:position].rstrip()
    if before.endswith(("and", ", and")) and clauses and clauses[0].verb_end < position:
        return clauses[0]
    return None


def noun_phrase_before(toks: Sequence[Token], k: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that ends just before token ``k`` (for "X aimed at")."""
    j = k - 1
    first = None
    while j >= 0 and k - j <= 9:
        tok = toks[j]
        if tok.trail and j != k - 1:
            break
        low = tok.lower
        if low in DETERMINERS:
            first = j
            break
        if (low in AUXILIARIES or is_past_tense(low) and j < k - 1 and not tok.capitalised
                or j > 0 and toks[j - 1].lower in AUXILIARIES):
            first = j + 1
            break
        j -= 1
    if first is None or first >= k:
        return None
    return first, k - 1


def head_noun(phrase: str) -> str:
    words = phrase.split()
    for i, word in enumerate(words):
        if word.lower() in {"of", "in", "on", "for", "between", "with", "at", "by"} and i > 0:
            return words[i - 1].lower()
    return words[-1].lower() if words else ""


_POINTER = re.compile(r"^(?:these|those|this|that)\s+(?P<noun>[a-z]{3,})$", re.IGNORECASE)
# a noun with up to two modifiers before it and a prepositional phrase after it; a dot after
# a capital ("U.S.") does not end the phrase
_ANTECEDENT = (r"(?<![\w-])(?P<mods>(?:[a-z][\w-]*\s+){{0,2}}){noun}"
               r"(?P<pp>\s+(?:on|against|in|by|of|over)\s+(?:[^,;:.()]|(?<=[A-Z])\.){{3,60}}?)?"
               r"(?=[,;:()]|(?<![A-Z])\.|\s+(?:and|since|after|before|while|as|to)\s|$)")
_PP_TIME = re.compile(r"\s+(?:on|in|at|since|last|this)\s+(?:[A-Z][a-z]+day|January|February|"
                      r"March|April|May|June|July|August|September|October|November|December|"
                      r"\d{4})\b.*$")
_NOT_MODIFIER = frozenset({"the", "a", "an", "of", "in", "on", "to", "and", "or", "for", "by",
                           "with", "at", "from", "its", "their", "his", "her", "these", "those",
                           "this", "that", "initiated", "launched", "began", "started"})


def resolve_pointers(clauses: list[Clause], before: str) -> list[Clause]:
    """Clauses whose subject points back ("these attacks") with the subject written out from
    the sentence before when it names exactly one such thing ("the regular attacks on U.S.
    forces in Iraq and Syria"); other pointing subjects are left for the rules to refuse."""
    out = []
    for clause in clauses:
        pointer = _POINTER.match(clause.subject)
        if pointer is not None and before:
            noun = pointer.group("noun").lower()
            found = list(re.finditer(_ANTECEDENT.format(noun=re.escape(noun)), before))
            if len(found) == 1:
                mods: list[str] = []
                for word in reversed(found[0].group("mods").split()):
                    if word.lower() in _NOT_MODIFIER or is_past_tense(word):
                        break  # "staged protests": a verb, not a modifier
                    mods.insert(0, word)
                subject = " ".join(["the", *mods, noun]) + _PP_TIME.sub(
                    "", found[0].group("pp") or "")
                clause = replace(clause, subject=subject)
        out.append(clause)
    return out


#: Verbs that report a clause without "that" or with it ("said the army would ...", "found
#: that only a third ... had been completed"): the reported clause is where causes sit.
_REPORTING = frozenset("""
    said says say added adds argued argues warned warns believed believes thinks thought
    claimed claims stated states concluded concludes insisted insists explained explains
""".split())
#: Verbs that take a noun phrase as readily as a clause ("announced the start of talks"):
#: their report is read only after "that".
_REPORTING_THAT = frozenset("""
    told tells found finds showed shows announced announces confirmed confirms estimated
    estimates noted notes wrote writes reported reports suggested suggests expected expects
    ruled rules revealed reveals
""".split())
#: Words without which :func:`embedded_clauses` has nothing to add (a cheap test first).
EMBEDDING_CUES = _REPORTING | _REPORTING_THAT | {"where", "which"}
_REPORT_LEAD = re.compile(r"(?:(?:[\w’'.-]+\s+){0,3}?that\s+|(?:on|last|this|late|early)\s+"
                          r"(?:[A-Z][a-z]+day|week|month|year|night)\s+(?:that\s+)?)?"
                          r"(?:(?P<focus>only|just|nearly|almost|about|some|roughly|around|"
                          r"more than|fewer than|less than|over)\s+)?", re.IGNORECASE)
#: Words a sentence's subject may open with that :func:`find_clauses` does not take for one
#: ("About 40 tonnes of solvent leaked ...").
LEADING_FOCUS = frozenset({"only", "just", "nearly", "almost", "about", "some", "roughly",
                           "around", "more", "fewer", "less", "over"})
_THAT_LEAD = re.compile(r"(?:[\w’'.-]+\s+){0,3}?that\s")
#: A report whose subject may run on past "and" ("weaker prices and a strong crown had").
_AND_LATER = re.compile(r"[^,;:]{1,40}?\sand\s")
_AND_SAID = re.compile(r"\band\s+(?:said|says|added|argued|warned|insisted)\b")
_OPENER = re.compile(r",\s+where\s+")  # (find_clauses opens a clause at "when", "while")


def embedded_clauses(text: str, toks: Sequence[Token], clauses: list[Clause]) -> list[Clause]:
    """``clauses`` with the clauses that :func:`find_clauses` leaves inside a report ("He
    said the army would send 300 soldiers ...") or after ", where" added, in
    reading order. A reported "it"/"they" that can only be the speaker (an organisation:
    "the council said it would hire ...") takes the speaker's words."""
    starts: list[tuple[int, Clause | None]] = [
        (c.verb_end, c) for c in clauses if c.rest and (
            c.group.main.lower() in _REPORTING or c.group.main.lower() in _REPORTING_THAT
            and _THAT_LEAD.match(c.rest))]
    starts.extend((m.end(), None) for m in _OPENER.finditer(text))
    if toks and toks[0].lower in LEADING_FOCUS and not any(c.first_token == 0 for c in clauses):
        starts.append((0, None))
    # "X congratulated the team and said the data would ...": a second, reporting verb
    # (no speaker to stand for a pronoun: "welcomed the ruling and said it should ...")
    starts.extend((m.end(), None) for m in _AND_SAID.finditer(text))
    if not starts and ", which " not in text:
        return clauses
    known = {c.verb_start for c in clauses}
    subjects = {c.subject_start for c in clauses}
    by_start: dict[int, int] = {}
    lowers: list[str] = []
    out = list(clauses)
    for offset, speaker in starts:
        while offset < len(text) and text[offset] == " ":
            offset += 1
        lead = _REPORT_LEAD.match(text, offset)
        begin = lead.end() if lead else offset
        if begin in subjects and not _AND_LATER.match(text, begin):
            if speaker is not None:  # find_clauses read this clause: only its "it" to name
                out = [_speaker_for_pronoun(c, speaker) if c.subject_start == begin else c
                       for c in out]
            continue
        if not by_start:
            by_start = {t.start: k for k, t in enumerate(toks)}
            lowers = [t.lower for t in toks]
        k = by_start.get(begin)
        # the one clause the report opens with, read on the sentence's own tokens
        clause = _clause_at(text, toks, lowers, k) if k is not None else None
        if clause is None or clause.verb_start in known and " and " not in clause.subject:
            continue  # (unless the report reads a longer, coordinated subject)
        if lead is not None and lead.group("focus"):
            at = lead.start("focus")  # "only a third of the repairs"
            clause = replace(clause, subject=text[at:clause.subject_end], subject_start=at,
                             first_token=by_start.get(at, k - 1))
        if speaker is not None:
            clause = _speaker_for_pronoun(clause, speaker)
        if clause.verb_start in known:
            out = [c for c in out if c.verb_start != clause.verb_start]
        known.add(clause.verb_start)
        out.append(clause)
    for clause in _bare_relatives(text, toks) if ", which " in text else ():
        if clause.verb_start in known:
            old = next(c for c in out if c.verb_start == clause.verb_start)
            if not _HAS_VERB.search(old.subject):
                continue  # ("the port, which ...": the subject read is sound)
            out = [c for c in out if c is not old]  # "The party campaigned on X, which"
        out.append(clause)
    out.sort(key=lambda c: c.verb_start)
    return out


_HAS_VERB = re.compile(r"\s[a-z]+(?:ed|ing)\b")


_NOT_IN_NOUN_PHRASE = frozenset("""
    of in on at by for to from with into over under about after before during since and or
    but than as that which who is are was were be been has have had will would said
""".split())


def _bare_relatives(text: str, toks: Sequence[Token]) -> list[Clause]:
    """"cutting electricity prices, which rose by 40% after ...": the relative clause with
    its antecedent as subject, when no determiner opens it (so :func:`find_clauses` missed
    it) and it is a plain noun phrase of up to three words."""
    from quiz.generate.grammar import read_verb_group

    out = []
    for r in range(2, len(toks) - 1):
        if toks[r].lower != "which" or not toks[r - 1].trail.startswith(",") or toks[r].trail:
            continue
        group = read_verb_group([t.lower for t in toks[r + 1:r + 7]])
        if group is None or group.tense not in {"past", "aux"}:
            continue
        first = r - 1
        while first > 0 and r - first < 3 and not toks[first - 1].trail and toks[
                first - 1].lower not in _NOT_IN_NOUN_PHRASE and not toks[first - 1].lower.endswith(
                ("ing", "ed")) and toks[first - 1].core.islower():
            first -= 1
        if toks[first].lower in DETERMINERS or not toks[first].core.islower():
            continue  # ("the port, which ...": find_clauses reads those)
        last = toks[r + len(group.words)]
        subject_end = toks[r - 1].start + len(toks[r - 1].lead) + len(toks[r - 1].core)
        verb_end = last.start + len(last.lead) + len(last.core)
        out.append(Clause(subject=text[toks[first].start:subject_end],
                          subject_start=toks[first].start, subject_end=subject_end,
                          group=group, verb_start=toks[r + 1].start, verb_end=verb_end,
                          rest=text[verb_end:].strip(), first_token=first, verb_token=r + 1))
    return out


def _speaker_for_pronoun(clause: Clause, speaker: Clause) -> Clause:
    """"the council said it would ...": "it" is the council, "they" a plural speaker; a
    person's "he"/"she" is left alone (the rules refuse pronoun subjects)."""
    pronoun = clause.subject.lower()
    words = speaker.subject.split()
    if pronoun in {"he", "she"} and _NAMED_PERSON.fullmatch(speaker.subject) and not any(
            w.lower() in ORG_WORDS for w in words):
        return replace(clause, subject=speaker.subject)  # "Wanjiru said she had trained"
    if pronoun not in {"it", "they"} or not words or words[0].lower() not in {
            "the", "a", "an"} and not any(w in ORG_WORDS for w in words if w.islower()) and not (
            pronoun == "they" and words[-1].lower() in GROUP_WORDS):
        return clause  # ("Liu said it would take years": "it" is not Liu)
    plural = words[-1].lower() in GROUP_WORDS or words[-1].islower() and words[-1].endswith(
        "s") and not words[-1].endswith(("ss", "us"))  # ("Nordlys Systems" is one company)
    if (pronoun == "they") != plural:
        return clause
    return replace(clause, subject=speaker.subject)


#: A person as a sentence names one: capitalised words only ("Coach Paolo Ricci").
_NAMED_PERSON = re.compile(r"(?:[\w’'.-]+\s+){0,3}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+")


def reporting_parent(text: str, clauses: list[Clause], clause: Clause) -> Clause | None:
    """The saying clause that reports ``clause`` ("X said [the tax rise was necessary]"), so
    that a question can say whose claim it asks about."""
    before = [c for c in clauses if c.verb_end <= clause.subject_start]
    if not before:
        return None
    parent = before[-1]
    if parent.group.main.lower() not in _REPORTING | _REPORTING_THAT:
        return None
    gap = text[parent.verb_end:clause.subject_start]
    return parent if word_count(gap) <= 4 and not any(ch in gap for ch in ",;:") else None


#: Nouns that name what a verb of an earlier sentence did ("the river rose" -> "the rise"),
#: with that verb's base form. "in" for changes of amount, "of" for the rest.
NOMINAL = {"rise": "rise", "fall": "fall", "drop": "drop", "increase": "increase",
            "decrease": "decrease", "decline": "decline", "slowdown": "slow", "jump": "jump",
            "surge": "surge", "closure": "close", "shutdown": "shut", "delay": "delay",
            "collapse": "collapse", "evacuation": "evacuate", "suspension": "suspend",
            "cancellation": "cancel", "postponement": "postpone", "recall": "recall",
            "resignation": "resign", "arrest": "arrest", "dismissal": "dismiss",
            "departure": "leave", "withdrawal": "withdraw", "expansion": "expand",
            "contraction": "contract", "defeat": "defeat", "victory": "win", "win": "win"}
_CHANGE_NOUNS = frozenset({"rise", "fall", "drop", "increase", "decrease", "decline",
                           "slowdown", "jump", "surge", "expansion", "contraction"})
_INTRANSITIVE = frozenset({"rise", "fall", "drop", "increase", "decrease", "decline", "slow",
                           "jump", "surge", "collapse", "resign", "leave", "expand",
                           "contract", "win"})
_NOUNS_OF: dict[str, tuple[str, ...]] = {}
for _noun, _verb in NOMINAL.items():
    _NOUNS_OF[_verb] = (*_NOUNS_OF.get(_verb, ()), _noun)
#: The forms a main verb of those takes ("rose", "closed", "slowed", "left" ...): a cheap
#: test before the base form is looked up.
_NOMINAL_VERB_FORMS = frozenset(
    [form for verb in _NOUNS_OF for form in (verb, past_of(verb), third_person(verb))]
    + [form for form, verb in PARTICIPLE_TO_BASE.items() if verb in _NOUNS_OF])
EVENT_VERB_FORMS = _NOMINAL_VERB_FORMS
_BARE_EVENT = re.compile(r"\b[Tt]he (?P<noun>[a-z]+)\b(?!\s+(?:of|in|on|at|by|for|to|from|"
                         r"over|that|which)\b|[’']s|-)")


def event_names(clauses: list[Clause], text: str, words: set[str]) -> dict[str, str]:
    """What "the rise", "the closure" ... in a later sentence can stand for, from this
    sentence's clauses (``words``: its lower-cased words): "the river rose" -> {"rise": "the
    rise in the river"}, "the port was closed" -> {"closure": "the closure of the port"}."""
    out: dict[str, str] = {}
    for clause in clauses:
        main = clause.group.main.lower()
        if main not in _NOMINAL_VERB_FORMS:
            continue
        base = base_form(main) or main
        passive = any(w in {"was", "were", "is", "are", "been", "be"} for w in clause.group.words)
        if is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject) or word_count(
                clause.subject) > 8 or any(ch in clause.subject for ch in ",;:()\"“”"):
            continue
        for noun in _NOUNS_OF.get(base, ()):
            if passive == (base in _INTRANSITIVE):
                continue
            link = "in" if noun in _CHANGE_NOUNS else "of"
            subject = _INDEFINITE_START.sub("the ", first_lower(clause.subject))
            out[noun] = f"the {noun} {link} {subject}"
    for match in _INTRODUCED.finditer(text) if words & _INTRODUCED_NOUNS else ():
        out[match.group("noun").lower()] = f"the {match.group('noun')} {match.group('rest')}"
    for match in _DEMANDED.finditer(text) if "for" in words and words & _DEMAND_VERBS else ():
        # what is called for becomes "the issue"
        thing = _INDEFINITE_START.sub("the ", match.group("thing"))
        for noun in ("issue", "matter", "question"):
            out[noun] = f"the {noun} of {thing}"
    return out


_DEMAND_VERBS = frozenset("""
    call called calls calling press pressed presses pressing push pushed pushes pushing
""".split())
_INTRODUCED_NOUNS = frozenset("""
    shortage lack surplus wave series spate review investigation inquiry audit survey study
    dispute row scandal backlog deficit shortfall
""".split())
#: Words of a sentence that can introduce what a later "the shortage"/"the issue" names.
EVENT_NOUN_CUES = _INTRODUCED_NOUNS | {"for"}
#: What a demand names: "called for the withdrawal of coalition forces" is what a later
#: "the issue" stands for.
_DEMANDED = re.compile(r"\b(?:call(?:ed|s|ing)?|press(?:ed|es|ing)?|push(?:ed|es|ing)?)\s+for\s+"
                       r"(?P<thing>(?:the|a|an)\s+[^,;:.()\"“”]{3,50}?)(?=\s*[,;:.]|\s+(?:and|"
                       r"after|because|since|particularly|especially|by)\b|$)")


#: A thing introduced with "a"/"an" and what it is of: "a shortage of pilots" is "the
#: shortage" of a later sentence.
_INTRODUCED = re.compile(r"\b(?:[Aa]n?)\s+(?:[a-z]+\s+)?(?P<noun>shortage|lack|surplus|wave|series|"
                         r"spate|review|investigation|inquiry|audit|survey|study|dispute|"
                         r"row|scandal|backlog|deficit|shortfall)\s+(?P<rest>(?:of|over|into|about|"
                         r"in)\s+[^,;:.()\"“”]{3,40}?)(?=\s*[,;:.]|\s+(?:and|that|which|who|"
                         r"after|because|to|for|on|at|from|with|since|during|was|were|has|had|"
                         r"is|are)\b|$)")


_INDEFINITE_START = re.compile(r"^(?:an?|one)\s+")


def named_events(question: str, events: dict[str, str]) -> str:
    """``question`` with a bare "the rise" written out from ``events`` (an empty value
    marks a noun two earlier events could stand for: left bare)."""
    if not any(noun in question for noun, name in events.items() if name):
        return question

    def name(match: re.Match[str]) -> str:
        found = events.get(match.group("noun"))
        return found if found else match.group()
    return _BARE_EVENT.sub(name, question)
