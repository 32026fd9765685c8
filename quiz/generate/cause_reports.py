"""Clauses a sentence reports or hangs on a bare noun, which the clause reader leaves out.

"He said the army would send 300 soldiers to ...", "found that only a third of the repairs
had been completed, mainly due to ...", "London, where the mayor introduced ... in response
to ...": the cause sits in the reported clause. A reported "it"/"they"/"he" is given the
speaker's words when the speaker can only be what it stands for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from quiz.generate.cause_spans import DETERMINERS
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    VerbGroup, first_lower, is_pronoun, question_predicate, read_verb_group, word_count,
)
from quiz.generate.lexicon import GROUP_WORDS, ORG_WORDS
from quiz.generate.mentions import Token
from quiz.generate.syntax import Clause, clause_at

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
EMBEDDING_CUES = _REPORTING | _REPORTING_THAT | {"where", "which", "who", "saying"}
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
# ("and" first, so the search skips to it; the look-behind is the word boundary before it)
_AND_SAID = re.compile(r"and(?<!\wand)\s+(?:said|says|added|argued|warned|insisted)\b")
_SAYING = re.compile(r",\s+saying\s+")
# (find_clauses opens a clause at "when", "while")
_OPENER = re.compile(r",\s+(?:where|saying(?:\s+that)?)\s+")


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
    if not starts and ", which " not in text and ", who " not in text:
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
                out = [_speaker_for_pronoun(c, speaker, text) if c.subject_start == begin else c
                       for c in out]
            continue
        if not by_start:
            by_start = {t.start: k for k, t in enumerate(toks)}
            lowers = [t.lower for t in toks]
        k = by_start.get(begin)
        if k is None:
            continue
        # the one clause the report opens with, read on the sentence's own tokens
        clause = clause_at(text, toks, k, lowers)
        if clause is None or clause.verb_start in known and " and " not in clause.subject:
            continue  # (unless the report reads a longer, coordinated subject)
        if lead is not None and lead.group("focus"):
            at = lead.start("focus")  # "only a third of the repairs"
            clause = replace(clause, subject=text[at:clause.subject_end], subject_start=at,
                             first_token=by_start.get(at, k - 1))
        if speaker is not None:
            clause = _speaker_for_pronoun(clause, speaker, text)
        if clause.verb_start in known:
            out = [c for c in out if c.verb_start != clause.verb_start]
        known.add(clause.verb_start)
        out.append(clause)
    for clause in _bare_relatives(text, toks) if ", which " in text else ():
        if clause.verb_start not in known:  # ("the port, which ...": find_clauses read it)
            out.append(clause)
    for clause in _person_relatives(text, toks) if ", who " in text else ():
        if clause.verb_start not in known:
            out.append(clause)
    out.sort(key=lambda c: c.verb_start)
    return out


_NOT_IN_NOUN_PHRASE = frozenset("""
    of in on at by for to from with into over under about after before during since and or
    but than as that which who is are was were be been has have had will would said
""".split())


def _bare_relatives(text: str, toks: Sequence[Token]) -> list[Clause]:
    """"cutting electricity prices, which rose by 40% after ...": the relative clause with
    its antecedent as subject, when no determiner opens it (so :func:`find_clauses` missed
    it) and it is a plain noun phrase of up to three words."""
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
        out.append(_relative_clause(text, toks, first, r, group))
    return out


def _relative_clause(text: str, toks: Sequence[Token], first: int, r: int,
                     group: VerbGroup) -> Clause:
    """The clause of the relative pronoun at ``r``, with tokens ``first`` to ``r - 1`` (the
    words it follows) as its subject and ``group`` as its verb."""
    last = toks[r + len(group.words)]
    subject_end = toks[r - 1].start + len(toks[r - 1].lead) + len(toks[r - 1].core)
    verb_end = last.start + len(last.lead) + len(last.core)
    return Clause(subject=text[toks[first].start:subject_end], subject_start=toks[first].start,
                  subject_end=subject_end, group=group, verb_start=toks[r + 1].start,
                  verb_end=verb_end, rest=text[verb_end:].strip(), first_token=first,
                  verb_token=r + 1)


def _person_relatives(text: str, toks: Sequence[Token]) -> list[Clause]:
    """"... by Norway's Lars Berg, who has not raced since because of ...": the relative
    clause with the person it follows as subject, when that is a name of two or three
    capitalised words that no "of" ties to a noun before it ("the wife of X, who": whose?)."""
    out = []
    for r in range(3, len(toks) - 1):
        if toks[r].lower != "who" or not toks[r - 1].trail.startswith(",") or toks[r].trail:
            continue
        group = read_verb_group([t.lower for t in toks[r + 1:r + 7]])
        if group is None or group.tense not in {"past", "aux", "present3"}:
            continue
        first = r - 1
        while first > 0 and r - first < 3 and toks[first - 1].capitalised and not toks[
                first - 1].trail and not toks[first - 1].possessive:
            first -= 1
        if r - first < 2 or first == 0 or not all(t.capitalised and not t.lead for t in toks[
                first:r]) or toks[first - 1].lower in {"of", "and", "or"} or toks[
                first - 1].capitalised and not toks[first - 1].possessive:
            continue  # ("Norway's Lars Berg, who": the person is Lars Berg)
        out.append(_relative_clause(text, toks, first, r, group))
    return out


def _speaker_for_pronoun(clause: Clause, speaker: Clause, text: str) -> Clause:
    """"the council said it would ...": "it" is the council, "they" a plural speaker; a
    person's "he"/"she" is left alone (the rules refuse pronoun subjects). A name followed by
    ", which" is a thing too ("Brava, which has 900 staff, said it would ...")."""
    pronoun = clause.subject.lower()
    words = speaker.subject.split()
    if pronoun == "it" and len(words) <= 4 and text.startswith(", which ", speaker.subject_end) \
            and words[0][:1].isupper() and words[0] not in {"It", "This", "That"}:
        return replace(clause, subject=speaker.subject)
    if pronoun in {"he", "she"} and _NAMED_PERSON.fullmatch(speaker.subject) and not any(
            w.lower() in ORG_WORDS for w in words):
        return replace(clause, subject=speaker.subject)  # "Wanjiru said she had trained"
    if pronoun not in {"it", "they"} or not words or words[0].lower() not in {
            "the", "a", "an"} and not any(_org_word(w.lower()) for w in words if w.islower() or
                                          w is words[0]) and not (
            pronoun == "they" and words[-1].lower() in GROUP_WORDS):
        return clause  # ("Liu said it would take years": "it" is not Liu)
    plural = words[-1].lower() in GROUP_WORDS or words[-1].islower() and words[-1].endswith(
        "s") and not words[-1].endswith(("ss", "us"))  # ("Nordlys Systems" is one company)
    if (pronoun == "they") != plural:
        return clause
    return replace(clause, subject=speaker.subject)


def _org_word(word: str) -> bool:
    """A common noun for an organisation: "bank", or a maker of goods ("drugmaker")."""
    return word in ORG_WORDS or word.endswith("maker") and len(word) > 6


#: A person as a sentence names one: capitalised words only ("Coach Paolo Ricci").
_NAMED_PERSON = re.compile(r"(?:[\w’'.-]+\s+){0,3}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+|"
                           r"[A-Z][\w’'-]+")


#: Present-tense verbs of opinion the clause reader leaves inside a subject ("Scientists
#: believe the glacier | is melting").
OPINION_VERBS = frozenset("""
    say says believe believes think thinks argue argues insist insists fear fears suspect
    suspects claim claims warn warns estimate estimates expect expects
""".split())
_OPINION_SUBJECT = re.compile(
    r"^(?P<who>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+(?P<verb>" + "|".join(sorted(OPINION_VERBS))
    + r")\s+(?:that\s+)?(?P<what>\S.*)$")


def opinion_split(text: str, clauses: list[Clause]
                  ) -> tuple[list[Clause], tuple[str, int] | None]:
    """"Scientists believe the glacier is melting because ...": the clause reader takes
    "Scientists believe the glacier" for the subject. The clause gets "the glacier", and the
    holders of the opinion ("scientists", where their report begins) are returned as the
    speaker; ``None`` when no subject holds such a frame. A passive with its agent ("believe
    the fire was caused by X") keeps its frame: "What do investigators believe caused ...?"."""
    out = []
    speaker = None
    for clause in clauses:
        found = _OPINION_SUBJECT.match(clause.subject)
        if found is not None and text.startswith(" by ", clause.verb_end):
            found = None
        if found is not None and not is_pronoun(found.group("what")) and not _NOT_SPEAKER.search(
                found.group("who")) and word_count(found.group("who")) <= 6:
            at = found.start("what")
            clause = replace(clause, subject=found.group("what"),
                             subject_start=clause.subject_start + at,
                             first_token=clause.first_token + len(clause.subject[:at].split()))
            who = found.group("who")
            if speaker is None and not is_pronoun(who):
                speaker = (first_lower(who), clause.subject_start)
        out.append(clause)
    return out, speaker


def report_speaker(text: str, clauses: list[Clause], names: frozenset[str] | None = None
                   ) -> tuple[str, int]:
    """Who the sentence reports and where the report begins: "Iraq's foreign ministry said
    in a statement that Baghdad aims to X" -> ("Iraq's foreign ministry", offset of
    "Baghdad"); ("", -1) when the sentence does not open with a named speaker's report.
    ``names`` (the article's, see :func:`first_lower`) keep a speaker's name capitalised."""
    if text.startswith("According to "):
        leading = _LEADING_ACCORDING.match(text)  # "According to X, the hackers got in ..."
        if leading is not None and not is_pronoun(leading.group("who")) and \
                word_count(leading.group("who")) <= 6 and not _POINTING.match(leading.group("who")):
            return leading.group("who"), leading.end()
    first = clauses[0] if clauses else None
    if first is None or first.first_token != 0 or not first.rest:
        return _trailing_speaker(text, names)
    main = first.group.main.lower()
    start = first.verb_end
    if main not in _REPORTING and not (main in _REPORTING_THAT and _THAT_LEAD.match(first.rest)):
        saying = _SAYING.search(text, first.verb_end) if ", saying" in text else None
        if saying is None:
            return _trailing_speaker(text, names)
        if any(first.verb_end < c.subject_start < saying.start() and _JOINED.search(
                text, 0, c.subject_start) for c in clauses[1:]):
            return "", -1  # ("X approved the plan, and residents reacted, saying Y": theirs)
        start = saying.end()  # "X announced the measures, saying rationing was needed ..."
    speaker = first.subject  # as the clause reader lowered it ("health experts"), or named
    # from the sentence before ("He said ..." -> the person just named)
    if speaker.startswith(_OWNED):
        # "His coach, Farrukh Yusupov, said ...": whose coach is not said, the name is
        named = _NAME_APPOSITION.match(text, first.subject_end)
        speaker = named.group("name") if named is not None else ""
    if not speaker or is_pronoun(speaker) or word_count(speaker) > 8 or _NOT_SPEAKER.search(
            speaker):
        return "", -1
    if (", but " in text or ", while " in text) and any(
            _OWN_CLAUSE.search(text, 0, c.subject_start) and not is_pronoun(c.subject)
            for c in clauses[1:] if c.subject_start > start):
        return "", -1  # ("X argued A, but the panel rejected B, saying C": C is the panel's)
    return first_lower(speaker, names), start


def _trailing_speaker(text: str, names: frozenset[str] | None) -> tuple[str, int]:
    """"The port was closed after X, the transport ministry said." -> ("the transport
    ministry", 0): the whole sentence is the speaker's report."""
    found = _TRAILING_REPORT.search(text, max(0, len(text) - 90))
    if found is None:
        return "", -1
    speaker = found.group("who") or found.group("who_a")
    if is_pronoun(speaker) or word_count(speaker) > 6 or _NOT_SPEAKER.search(speaker) or \
            _NOT_TRAILING_SPEAKER.match(speaker):
        return "", -1
    return first_lower(speaker, names), 0


#: A main clause joined after the first: ", and residents reacted ...".
_JOINED = re.compile(r"(?:,\s+(?:and|but)|;)\s+$")
#: A clause of its own after a report: ", but the panel rejected ...".
_OWN_CLAUSE = re.compile(r",\s+(?:but|while)\s+$")
_OWNED = ("His ", "his ", "Her ", "her ", "Their ", "their ", "Its ", "its ")
_NAME_APPOSITION = re.compile(r",\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),")
_POINTING = re.compile(r"(?:this|that|these|those|such)\b", re.IGNORECASE)  # ("this group")
_LEADING_ACCORDING = re.compile(r"According to\s+(?P<who>[^,;:\"“”]{3,60}?),\s+")
#: ", the company said on Tuesday." / ", according to the Voice of America." at the end.
_TRAILING_REPORT = re.compile(
    r",\s+(?:according to\s+(?P<who_a>[^,;:]{3,60}?)|(?P<who>[^,;:]{3,60}?)\s+(?:(?:has|have|had)\s+)?(?:said|says|"
    r"added|announced|reported|stated|confirmed)(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+in\s+a\s+"
    r"statement|\s+on\s+[A-Z][a-z]+\s+\d{1,2})?)\s*[.!]?[\"”’']?\s*$")
#: What is no speaker before a closing "said": a relative or adverbial word.
_NOT_TRAILING_SPEAKER = re.compile(r"^(?:which|who|that|as|and|but|he|she|they|it)\b",
                                   re.IGNORECASE)
_NOT_SPEAKER = re.compile(r"[,;:()\"“”]|^(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\b")


def reporting_parent(text: str, clauses: list[Clause], clause: Clause, far: bool = False
                     ) -> Clause | None:
    """The saying clause that reports ``clause`` ("X said [the tax rise was necessary]"), so
    that a question can say whose claim it asks about; ``far``: a time or a place may come
    between when a "that" closes it ("argued at a hearing two weeks ago that [...]")."""
    before = [c for c in clauses if c.verb_end <= clause.subject_start]
    if not before:
        return None
    parent = before[-1]
    if parent.group.main.lower() not in _REPORTING | _REPORTING_THAT:
        return None
    gap = text[parent.verb_end:clause.subject_start]
    if any(ch in gap for ch in ",;:\"“”()"):
        return None
    return parent if word_count(gap) <= 4 or far and word_count(gap) <= 10 and \
        gap.rstrip().endswith(" that") else None


#: Verbs of blaming whose reason the speaker gives next ("criticised the plan and said ...").
_FAULTING_VERBS = frozenset("""
    criticised criticized criticises criticizes condemned condemns denounced denounces
    rejected rejects opposed opposes
""".split())
#: Verbs of approving: "and said" after them adds news more often than a reason
#: ("welcomed the decision and said the government would ..."), so only "saying" counts.
_APPROVING_VERBS = frozenset("""
    welcomed welcomes praised praises defended defends backed backs supported supports
    endorsed endorses
""".split())
#: Verbs of deciding against or for a thing: ", saying X" after them gives the reason
#: ("blocked the takeover, saying it would have left travellers with no choice").
_DECIDING_VERBS = frozenset("""
    blocked blocks vetoed vetoes refused refuses banned bans suspended suspends cancelled
    canceled cancels halted halts scrapped scraps postponed postpones withdrew withdraws
    dismissed dismisses overturned overturns upheld upholds approved approves fined fines
    kept keeps raised raises lowered lowers cut cuts imposed imposes lifted lifts extended
    extends closed closes ordered orders delayed delays left leaves held holds recommended
    recommends proposed proposes urged urges called calls announced announces decided decides
    voted votes chose chooses
""".split())
#: Verbs of upsetting someone: ", who say X" after their object gives the reason ("The
#: closures have angered residents, who say they were not consulted").
_UPSETTING_VERBS = frozenset("""
    angered angers upset upsets infuriated infuriates frustrated frustrates alarmed alarms
    dismayed dismays outraged outrages enraged enrages
""".split())
JUDGING_VERBS = _FAULTING_VERBS | _APPROVING_VERBS | _DECIDING_VERBS | _UPSETTING_VERBS
_FUTURE = frozenset({"will", "would", "shall", "could", "may", "might", "can"})
_ONLY_SAYING = _APPROVING_VERBS | _DECIDING_VERBS
_JUDGED_REASON = re.compile(r"^(?P<object>[^,;:()\"“”]{3,100}?)"
                            r"(?P<link>,\s+saying|\s+and\s+(?:said|says|argued|argues|added)|"
                            r",\s+who\s+(?:say|says|said|complain|complains|complained))"
                            r"\s+(?:that\s+)?(?P<why>[^;:()\"“”]+?(?:\s[\"“][^;:()\"“”]{3,80}[\"”])?)"
                            r"(?=\s*[,;:.!?]\s|\s*[.!?]?$)")


#: A second reported clause or act after the reason: "and that Y", "and said Y".
_SECOND_REPORT = re.compile(r"\s+and\s+(?:that|said|says|added|warned)\b")


def judged_reason_facts(text: str, toks: Sequence[Token], clauses: list[Clause]
                        ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The union criticised the plan and said the company had failed to consult staff":
    the reason the speaker gives is why they judged the thing so ("Why did the union
    criticise the plan?"). The reason must be a clause of its own with a named subject."""
    for clause in clauses:
        if clause.group.main.lower() not in JUDGING_VERBS or is_pronoun(clause.subject):
            continue
        match = _JUDGED_REASON.match(clause.rest)
        if match is None or clause.group.main.lower() in _ONLY_SAYING and not match.group(
                "link").startswith(","):
            continue
        upset = clause.group.main.lower() in _UPSETTING_VERBS
        if upset != (" who " in match.group("link")):
            continue  # (the upset say why they are; anyone else's "who" gives no reason)
        why = match.group("why")
        second = _SECOND_REPORT.search(why)
        if second is not None:
            why = why[:second.start()]  # ("saying that X and that Y": X is the reason)
        at = text.find(clause.rest, clause.verb_end) + match.start("why")
        k = next((k for k, t in enumerate(toks) if t.start == at), None)
        reported = clause_at(text, toks, k) if k is not None else None
        if reported is None or word_count(why) < 4 or is_pronoun(reported.subject) and not (
                upset and reported.subject.lower() in {"they", "he", "she"}):
            continue  # ("angered parents, who say they had no notice": "they", the parents)
        if reported.group.words[0] in _FUTURE and not match.group("link").startswith(","):
            continue  # "rejected the offer and said its members would strike": what comes next
        inverted = question_predicate(first_lower(clause.subject), clause.group,
                                      match.group("object"))
        if inverted is not None:
            yield AnswerKind.CAUSE, f"Why {inverted}", why, ()


def when_restated(text: str, clauses: list[Clause]) -> str | None:
    """"The bank last moved rates in October, when it raised them by a quarter point in
    response to X" -> "The bank raised rates by a quarter point in response to X": the clause
    after ", when" with its "it"/"they" and "them"/"it" named from the clause before, so the
    cause rules can ask about it. ``None`` unless both pronouns agree with what they name."""
    host = clauses[0] if clauses else None
    when = next((c for c in clauses[1:] if c.subject.lower() in {"it", "they"}
                 and text[:c.subject_start].endswith(", when ")), None)
    if host is None or when is None or host.first_token != 0 or is_pronoun(host.subject):
        return None
    head = host.subject.split()[-1]
    if (when.subject.lower() == "they") != _plural(head) or head[:1].isupper() and (
            when.subject.lower() == "it") and not any(w in ORG_WORDS for w in host.subject.split()):
        return None  # ("Lloyd said ..., when it ...": "it" is no person)
    thing = _HOST_OBJECT.match(host.rest)
    rest = text[when.verb_end:].strip()
    pronoun = _OBJECT_PRONOUN.match(rest)
    if pronoun is not None:
        if thing is None or (pronoun.group(1) == "them") != _plural(thing.group(1).split()[-1]):
            return None
        rest = f"{thing.group(1)}{rest[pronoun.end(1):]}"
    return f"{host.subject} {text[when.verb_start:when.verb_end]} {rest}"


def _plural(word: str) -> bool:
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "us"))


#: The object a host clause's verb takes first: "moved [rates] in October".
_HOST_OBJECT = re.compile(r"^((?:(?:the|its|their|some|all)\s+)?[a-z]+(?:\s+[a-z]+)?)"
                          r"(?=\s+(?:in|on|at|by|to|for|from|after|before|last|this)\b|,)")
_OBJECT_PRONOUN = re.compile(r"^(them|it)\b")
