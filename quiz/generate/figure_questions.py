"""Asking for a figure: "How many X did Y do?", "How long did X last?", "(By) how much ...?"
rebuilt from the clause the figure stands in, or ``None`` when that is not safe."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quiz.generate.facts import AnswerKind
from quiz.generate.figure_mentions import AGE, FigureMention
from quiz.generate.figure_numbers import CURRENCY_WORDS
from quiz.generate.grammar import PARTICIPLE_TO_BASE, PAST_TO_BASE

if TYPE_CHECKING:
    from quiz.generate.clauses import Clause


def figure_question(text: str, mention: FigureMention,
                    names: frozenset[str] = frozenset()) -> str | None:
    """"How many X did Y do?" / "How long did X last?" for a figure, or ``None``.
    ``names``: words the article capitalises inside sentences (see
    :func:`quiz.generate.figures.inner_names`)."""
    from quiz.generate.clauses import has_personal_pronoun

    text, mention = _without_dateline(text, mention)
    if mention.thing == AGE:
        return None  # asked as a cloze: an age asked with choices would be offered the
        # story's other counts ("At what age did X die?" -> 71 / 140 / 46 / 31)
    asked = _figure_question(text, mention, names)
    if asked is not None and mention.kind in (AnswerKind.COUNT, AnswerKind.DURATION):
        asked = _with_setting(asked, text[:mention.start])
    if asked is None or has_personal_pronoun(asked) or len(asked.split()) > 32:
        return None
    return asked


#: Words that open an introductory phrase saying which event a figure belongs to.
_SETTING_OPENERS = frozenset({"as", "after", "following", "during", "in", "amid", "amidst",
                              "since", "because", "due", "despite", "on", "at", "throughout",
                              "before", "by", "over", "within", "under"})

_DEMONSTRATIVE = re.compile(r"\b(?:these|those|this|that)\b")


def _with_setting(asked: str, before: str) -> str:
    """``asked`` with the sentence's introductory phrase restated at its end: "As a result of
    these attacks on U.S. bases, dozens of soldiers suffered injuries" is asked "How many
    soldiers suffered injuries as a result of the attacks on U.S. bases?", not the vague "How
    many soldiers suffered injuries?"."""
    from quiz.generate.clauses import AUXILIARIES, is_simple_past

    cut = max(before.rfind(", "), before.rfind("; "))
    if cut < 0:
        return asked
    intro = before[:cut].strip()
    words = intro.split()
    if not words or words[0].lower() not in _SETTING_OPENERS or len(words) > 14 or \
            any(ch in intro for ch in ",;:()\"“”—–") or \
            not (len(words) >= 3 or any(ch.isdigit() or ch.isupper() for ch in intro[1:])):
        return asked  # not one short introductory phrase that says something ("In response,")
    if any(w.lower() in AUXILIARIES or w[:1].islower() and is_simple_past(w) for w in words[1:]):
        return asked  # a clause ("After the militia attacked the base, ..."), not a phrase
    phrase = _DEMONSTRATIVE.sub("the", intro[0].lower() + intro[1:])
    if phrase.lower() in asked.lower():
        return asked
    return f"{asked.rstrip('?')} {phrase}?"


def _figure_question(text: str, mention: FigureMention, names: frozenset[str]) -> str | None:
    from quiz.generate.clauses import (
        AUXILIARIES, DETERMINERS, PREPOSITIONS, find_clause, is_past_participle, question, tidy,
        tokenize,
    )
    from quiz.generate.spans import span_question

    thing = mention.thing
    if mention.kind in (AnswerKind.PERCENT, AnswerKind.AMOUNT):
        return how_much_question(text, mention, names)
    if mention.kind in (AnswerKind.RANGE, AnswerKind.ORDINAL) or not thing or \
            thing.startswith("of "):
        return None  # "nine of them", "500,000 of its processors": asked as a cloze
    before = text[:mention.start]
    after = text[mention.thing_end:] if mention.kind is not AnswerKind.DURATION \
        else text[mention.end:]
    clause_start = max(before.rfind(", ") + 2 if before.rfind(", ") >= 0 else 0,
                       before.rfind("; ") + 2 if before.rfind("; ") >= 0 else 0)
    head = before[clause_start:]
    said_it = _SAID_IT.match(head)
    if said_it is not None and said_it.group("who")[:1].isupper():
        # "The sheriff's office said it had closed two highways": "it" is the office
        who = said_it.group("who")
        head = f"{who} {head[said_it.end():]}"
    # "About 900 firefighters and 12 helicopters are fighting": the other figure of the
    # subject is left out ("How many firefighters are fighting ...?")
    after = _OTHER_FIGURE.sub("", after, count=1) if not head.strip() else after
    after = _ASIDE.sub("", after, count=1)  # "250 kroner ($24) for each fish"
    parts = re.split(r"([,;:—–(]|\s(?:and|but|while|whereas|because|which|who)\s)", after,
                     maxsplit=1)
    if len(parts) == 3 and parts[1] == " and " and (parts[2][:1].isupper() or (
            _NUMBER_FIRST.match(parts[2]) and any(ch.isdigit() for ch in parts[0]))):
        return None  # "between Cincinnati and Covington", "in 80 mg and 160 mg doses": the
        # cut would halve a pair of names or of figures (and misstate the fact)
    tail = parts[0].rstrip(" .!?\"”’")
    if head.lstrip().lower().startswith(("none ", "no ", "neither ", "nobody ")) or \
            not head.strip() and tail.lower().startswith("of none"):
        return None  # "None of them had received two doses": no number was received
    head_words = head.split()
    lead = head_words[-1].lower() if head_words else ""
    if mention.kind is AnswerKind.DURATION:
        if lead != "for":
            return None
        asked = span_question(text, before.rfind("for"), mention.end, "How long", "How long",
                              allow_np=False)
        if asked is not None and _GERUND_OBJECT.search(asked.question):
            return None  # "accused X of ignoring warnings for a decade": the ignoring lasted
        return asked.question if asked else None
    if mention.kind is not AnswerKind.COUNT:
        return None  # amounts and percentages are asked as clozes: their nouns vary too much
    what = "How many"
    if thing.lower() in _DISTANCES and _FROM_AFTER.match(text, mention.thing_end):
        return None  # "attacked eight kilometres from the finish": where, not how far
    if thing.lower() == "times":
        return None  # "How many times ..." questions need the whole clause; cloze instead
    # existential: "There are an estimated 2,500 troops deployed ..."
    exist = re.search(r"\b(?:[Tt]here)\s+(are|were|is|was)\s+(?:an?\s+estimated\s+|some\s+)?$",
                      head)
    if exist:
        verb = {"is": "are", "was": "were"}.get(exist.group(1), exist.group(1))
        body = tidy(f"{verb} {tail}")
        return f"{what} {thing} {body}?" if body.split() else f"{what} {thing} {verb} there?"
    stripped = re.sub(r"\b(?:the|an?)\s+(?:estimated\s+)?$", "", head, flags=re.I).strip()
    if not stripped or stripped.lower() in ("the", "an estimated"):
        # the figure opens the clause: it is the subject ("Dozens of soldiers suffered ...")
        tokens = tokenize(tail)
        if not tokens or tokens[0].low not in AUXILIARIES and not _is_past(tokens[0].text):
            return None
        if tokens[0].low not in AUXILIARIES and re.search(
                r"\b(?:is|are|was|were|has|have|had|will|would)\b",
                _NEXT_CLAUSE.split(after[len(tail):], maxsplit=1)[0]):
            return None  # "2,500 troops stationed in Iraq ... have been": a participle
        body = tidy(tail)
        if len(body.split()) < 2:
            return None
        return f"{what} {thing} {body}?"
    # the figure is the object right after the verb: "Iran targeted a pair of bases"
    if lead in PREPOSITIONS or lead in DETERMINERS - {"the", "a", "an"}:
        return None
    of_what = re.match(r"\s*of\s+(?:the\s+|an?\s+)?[a-z][\w'’-]*", tail)
    if of_what is not None:
        # "received 9 reports of fires in the US": "How many reports of fires did ... receive"
        end = of_what.end()
        for word in _NOUN_AFTER.finditer(tail, end):
            low = word.group(1).lower()
            if word.start() != end or low in PREPOSITIONS or low in DETERMINERS or \
                    low in _NOT_NOUNS or low.endswith(("ed", "ing", "ly")) or \
                    is_past_participle(low):
                break
            end = word.end()  # "tonnes of coking coal a year": the whole noun, not "coking"
        thing = f"{thing} {tail[:end].strip()}"
        tail = tail[end:]
    if tail.startswith("of "):
        return None  # "12 batches of MapleCare's tablets": moved after the verb, the "of"
        # phrase would leave its noun ("How many batches does the recall cover of ...?")
    relative = re.match(r"(?:which|who)\s+", stripped)
    if relative is not None:
        # "The union, which represents 2,400 teachers": the antecedent is the subject
        antecedent = _antecedent(before[:clause_start].rstrip(", "))
        if antecedent is None:
            return None
        stripped = f"{antecedent} {stripped[relative.end():]}"
    clause = _clause_of(stripped)
    if clause is None or clause.rest:
        return None  # something between the verb and the figure: too risky to move
    first = tail.split()[0] if tail.split() else ""
    reduced = _REDUCED_RELATIVE.match(tail.strip())
    if reduced is not None:
        # "will return 120 artefacts taken from Cameroon": the phrase that says which
        # artefacts moves with them ("How many artefacts taken from Cameroon will ...?")
        thing, tail = f"{thing} {reduced.group(0).strip()}", ""
    elif first[:1].islower() and (_is_past(first) or first.endswith(("ing", "ed")) or
                                  is_past_participle(first)):
        return None  # "recalling 120,000 scooters sold in Europe": the thing has a modifier
        # that may be a verb of its own ("said 20 people died in the fire")
    subject = clause.subject
    head_word = subject.split(" ", 1)[0]
    if head_word.islower() and head_word in names:
        subject = head_word.capitalize() + subject[len(head_word):]  # "Rovers have scored"
    auxiliary, verb = clause.auxiliary, clause.verb
    if not verb and auxiliary in _HAVE_DONE:
        auxiliary, verb = _HAVE_DONE[auxiliary], "have"  # "The Pyrenees had 52 glaciers":
        # "How many glaciers did the Pyrenees have?", never "had the Pyrenees"
    rewritten = question(f"{what} {thing}", clause.__class__(
        subject, auxiliary, verb, tail, clause.base))
    return rewritten


#: "have" as the main verb, asked with "do" ("How many glaciers did the Pyrenees have?").
_HAVE_DONE = {"had": "did", "has": "does", "have": "do"}


#: A phrase of a participle that is no simple past ("taken", "stolen", "written") and a
#: preposition, after a counted noun: it says which things are counted ("120 artefacts taken
#: from Cameroon"), never a verb of its own clause.
_REDUCED_RELATIVE = re.compile(
    r"(?:" + "|".join(sorted(p for p in PARTICIPLE_TO_BASE if p not in PAST_TO_BASE and
                             p.isalpha())) +
    r")\s+(?:by|from|in|at|on|during|since|under|over|into|between|across|off|out\s+of)\s+"
    r"[\w'’$€£.-]+(?:\s+[\w'’$€£.-]+){0,9}$")

#: A lower-case word that may go on the noun after "of" ("of coking coal").
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z'’-]*)\b")
#: Words that end such a noun: a time, a conjunction, a verb's auxiliary.
_NOT_NOUNS = frozenset("""
    and or but nor so yet than last next this each every per a an the is are was were has have
    had will would could can may might should must do does did be been being year years day
    days week weeks month months
""".split())


#: Verbs of change that take "by" + the change ("fell 11 percent", "raises taxes by 3.5%").
_CHANGE = re.compile(r"^(?:f[ae]ll|falls|falling|fallen|slumped|tumbled|"
                     r"r[io]se|risen|rises|rising|grew|grown|grows|"
                     r"dropped|drops|declined|declines|climbed|climbs|jumped|jumps|slipped|"
                     r"increased|increases|decreased|decreases|raised|raises|cut|cuts|"
                     r"reduced|reduces|lowered|lowers|boosted|boosts|gained|gains|lost|loses|"
                     r"surged|surges|plunged|plunges|soared|soars|shrank|shrinks)$")

#: Verbs of change whose object, written right after them with no "by", is a sum taken in
#: or out ("raised £31,000", "lost $3m"), not the size of a change.
_SUMS_TAKEN = frozenset({"raised", "raises", "raise", "raising", "gained", "gains", "lost",
                         "loses", "lose", "losing"})

_SAID_IT = re.compile(r"^(?P<who>(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5}?)\s+"
                      r"(?:said|says|announced|reported|added)\s+(?:that\s+)?it\s+")

#: Where a second clause of its own begins: ", and 143 of them were rescued" (its verb is
#: not the main verb of a subject the figure opens).
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;")

#: An aside in brackets right after the figure ("250 kroner ($24) for each fish"): the
#: clause goes on after it.
_ASIDE = re.compile(r"^\s*\([^()]{1,40}\)(?=\s)")

_OTHER_FIGURE = re.compile(r"^\s+and\s+(?:about\s+|some\s+|nearly\s+)?\d[\d,.]*\s+[a-z]+(?=\s)")

_REPORTED = re.compile(r"^(?:said|says|added|announced|warned|argued|estimated|told\s+\w+)\s+"
                       r"(?:that\s+)?")

_CONJUNCTION = re.compile(r"^.*\b(?:while|whereas|because|although|though|as|when|that|and|"
                          r"but|after|before|since|if)\s+", re.I)


#: A named speaker and a verb of saying at the front of a clause ("Ellery said ...").
_SPEAKER = re.compile(r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+"
                      r"(?:said|says|told\s+[a-z]+|added|estimated|warned|reported)\s+"
                      r"(?:that\s+)?(?=[a-z])")
#: Capitalised words that open no speaker's name.
_NOT_SPEAKERS = frozenset("It He She They We The This That These Those There A An".split())
#: "between 2019" at the end of a tail, and the "and 2025" that ends it.
_BETWEEN_END = re.compile(r"\bbetween\s+\S+$")
_AND_END = re.compile(r"\s+and\s+[\w$€£%.,-]+?(?=[,;.]?(?:\s|$))")
#: A time left at the front of a clause once "Since" is cut off ("Since then the government
#: has spent", "Since 2019 the city has paid"): no part of the subject.
_TIME_FIRST = re.compile(r"^(?:then|now|(?:1[89]|20)\d\d|last\s+(?:year|month|week)|that\s+"
                         r"(?:time|year|day))\s+(?=[a-z]*[A-Za-z])")
#: What "and" joins to the end of a question's tail, up to the next break of the clause.
_JOINED_NOUNS = re.compile(r" and (?P<noun>[a-z][\w'’-]*(?: [\w'’-]+)*?)(?=[,;:.!?]|$| (?:but|"
                           r"while|which|who|because|as|after|before)\b)")


#: Words that open a noun phrase, never a predicate.
_NOUN_OPENERS = frozenset("the a an its their his her our other several some many".split())
_PREPOSITIONS = frozenset("for on in to with from at".split())


def _verb_in(words: str) -> bool:
    """Whether ``words`` hold a verb (a past tense, an auxiliary, a "to"), so that "and"
    joined a second predicate, not a second noun."""
    from quiz.generate.clauses import AUXILIARIES, is_simple_past

    return any(w in AUXILIARIES or w == "to" or is_simple_past(w) for w in words.split())


#: A number first: the second of two figures joined by "and" ("and 160 mg doses").
_NUMBER_FIRST = re.compile(r"(?:[$€£¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|"
                           r"ten|twenty|thirty|forty|fifty|hundred)\b)")


def how_much_answer(text: str, mention: FigureMention) -> str:
    """The answer to a "How much" question: the amount with its currency word ("96 million
    dollars"), as the sentence writes it."""
    if mention.thing.lower() in CURRENCY_WORDS:
        return text[mention.start:mention.thing_end]
    return mention.answer


def how_much_question(text: str, mention: FigureMention, names: frozenset[str]) -> str | None:
    """"By how much did X fall?" for a change, "How much will X receive?" for a sum of
    money that is the object of the clause's verb; ``None`` when not safe."""
    from quiz.generate.clauses import tidy

    money = mention.kind is AnswerKind.AMOUNT and (
        mention.thing.lower() in CURRENCY_WORDS or text[mention.start:mention.start + 1] in
        "$€£¥")
    text, mention = _without_dateline(text, mention)
    before = text[:mention.start]
    head = re.split(r"[,;:—–(]\s", before)[-1]
    head = _TIME_FIRST.sub("", _REPORTED.sub("", _CONJUNCTION.sub("", head)))
    speaker = _SPEAKER.match(head)
    who = ""
    if speaker is not None and speaker.group("who").split()[0] not in _NOT_SPEAKERS:
        who = speaker.group("who")  # "Ellery said counter transactions had fallen by 61%":
        head = head[speaker.end():]  # asked of the transactions, according to Ellery
    by = re.search(r"\s+by\s*$", head)
    core = (head[:by.start()] if by else head).strip()
    words = core.split()
    if not words:
        return None
    change = any(_CHANGE.match(w.lower()) for w in words[-6:])
    if mention.kind is AnswerKind.AMOUNT and not by and words[-1].lower() in _SUMS_TAKEN:
        wh = "How much"  # "had raised more than £31,000": the sum raised, not a change
    elif change and (by or _CHANGE.match(words[-1].lower())):
        wh = "By how much"
    elif money and not by:
        wh = "How much"
    else:
        return None
    end = mention.thing_end if mention.thing.lower() in CURRENCY_WORDS else mention.end
    rest = _ASIDE.sub("", text[end:], count=1)
    if rest.startswith(" of "):
        return None  # "had lost up to 30% of their cross-section": a share, not a change
    tail = re.split(r"[,;:—–(]|\s(?:and|but|while|whereas|because|which|who|as|to|"
                    r"following|amid|due|in response|in reaction)\b",
                    rest, maxsplit=1)[0].rstrip(" .!?\"”’")
    between = _BETWEEN_END.search(tail) and _AND_END.match(rest, len(tail))
    if between:
        tail = rest[:between.end()]  # "between 2019 and 2025": both ends
    joined = _JOINED_NOUNS.match(rest, len(tail)) if tail else None
    if joined is not None:
        noun = joined.group("noun")
        words = noun.split()
        if _verb_in(noun) or any(ch.isdigit() for ch in noun):
            pass  # "... and cut 300 jobs", "and took two years": a second predicate, left out
        elif len(words) <= 4 and (words[0] in _NOUN_OPENERS or words[0] in _PREPOSITIONS and
                                  words[1:2] and words[1] in _NOUN_OPENERS) or \
                len(words) == 1 and words[0].endswith("s") and not words[0].endswith("ss"):
            tail = rest[:joined.end()]  # "on schools and hospitals": the pair whole
        else:
            return None  # "on desalination and water recycling", "on roads and raise prices":
            # a second noun or a second verb, which cannot be told apart
    when = _WHEN_AFTER_TO.match(text, end) if not tail else None
    if when is not None:  # "fell 9% to 4.2 billion crowns last year": the time stays
        tail = when.group("when")
    clause = _clause_of(core)
    if clause is not None and wh == "By how much":
        clause = _had_done(clause)  # "will have their allowances reduced by two-thirds"
    if clause is None or len(clause.rest.split()) > 4 or \
            re.search(r"\b(?:by|in|on|at|for|from|to|with)\b", clause.rest) or \
            wh == "How much" and " of " in f" {clause.rest} " or \
            wh == "How much" and any(w[:1].islower() for w in clause.rest.split()) and \
            clause.rest not in _PARTICLES:
        return None  # only a name may stand between the verb and the sum ("fined Kemora
        # 850,000 euros"): "faced a $30 million shortfall" is no sum the subject faced
    if money and mention.thing[:1].islower() and \
            mention.thing.lower() not in CURRENCY_WORDS:
        return None  # "a $412 million budget": the sum describes a noun
    verb = clause.verb.split()[-1] if clause.verb else ""
    if wh == "By how much" and clause.rest and not (_CHANGE.match(verb) or
                                                    _CHANGE.match(f"{verb}s")):
        return None
    from quiz.generate.clauses import question
    from quiz.generate.grammar import first_lower

    subject = first_lower(clause.subject, names) if text.startswith(core) else clause.subject
    asked = question(wh, clause.__class__(subject, clause.auxiliary, clause.verb,
                                          tidy(f"{clause.rest} {tail}"), clause.base))
    return f"{asked.rstrip('?')}, according to {who}?" if asked and who else asked


def _without_dateline(text: str, mention: FigureMention) -> tuple[str, FigureMention]:
    """``text`` without an opening dateline ("OSLO (Reuters) - ", no part of any question)
    and ``mention`` moved with it."""
    if not text[1:2].isupper():
        return text, mention
    from dataclasses import replace

    from quiz.generate.date_mentions import opening_dateline_end

    opening = opening_dateline_end(text)
    if not opening or opening > mention.start:
        return text, mention
    return text[opening:], replace(mention, start=mention.start - opening,
                                   end=mention.end - opening,
                                   thing_end=mention.thing_end - opening)


#: The particle of a phrasal verb, which may stand between the verb and the sum ("takes home
#: $120,000", "brought in £3m").
_PARTICLES = frozenset({"home", "in", "back", "away", "out", "up", "off"})

_HAD_DONE = re.compile(r"^(?:their|its|his|her)\s+(?P<thing>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+"
                       r"(?P<done>[a-z]+ed|cut)$")


def _had_done(clause: Clause) -> Clause | None:
    """"Farmers will have their allowances reduced" as "farmers' allowances will be reduced"
    (a change done to the subject's thing); other clauses unchanged, ``None`` when a "have"
    with a participle cannot be turned so."""
    if not clause.verb and clause.auxiliary == "had":
        clause = clause.__class__(clause.subject, "", "had", clause.rest, "have")
    if clause.verb not in ("have", "has", "had") or not clause.auxiliary and \
            clause.verb != "had":
        return clause
    match = _HAD_DONE.match(clause.rest)
    if match is None or not _CHANGE.match(match.group("done")):
        return None if _HAD_DONE.match(clause.rest) else clause
    subject = clause.subject
    owner = f"{subject}'" if subject.endswith("s") else f"{subject}'s"
    thing = match.group("thing")
    plural = thing.endswith("s") and not thing.endswith("ss")
    if clause.auxiliary:
        return clause.__class__(f"{owner} {thing}", clause.auxiliary,
                                f"be {match.group('done')}", "", "")
    return clause.__class__(f"{owner} {thing}", "were" if plural else "was",
                            match.group("done"), "", "")


_GERUND_OBJECT = re.compile(r"\b(?:of|for|from|about|with|by|after|before)\s+[a-z]+ing\b")

_DISTANCES = frozenset({"kilometres", "kilometers", "km", "miles", "metres", "meters", "yards",
                        "feet"})

_FROM_AFTER = re.compile(r"\s+(?:from|away|short|off|outside|before|after|south|north|east|"
                         r"west)\b")

#: A time after the level a change reached: " to 4.2 billion crowns last year".
_WHEN_AFTER_TO = re.compile(r"\s+to\s+[^,;:]*?\s(?P<when>(?:last|this)\s+(?:year|month|week|"
                            r"quarter)|in\s+(?:(?:1[89]|20)\d\d|the\s+(?:first|second|third|"
                            r"fourth)\s+quarter))\b")

_DO_BASE = {"has": "have", "does": "do", "goes": "go"}

_NOT_PRESENT = frozenset({"its", "his", "this", "was", "is", "has", "us", "as", "news",
                          "series", "always", "perhaps", "sometimes", "thus", "plus"})


def _clause_of(text: str) -> Clause | None:
    """``text`` as subject + verb group + rest: a past or compound tense by the clause
    reader, a present tense ("The union represents") by its "-s" verb, asked with "does"."""
    from quiz.generate.clauses import DETERMINERS, Clause, find_clause, tokenize

    tokens = tokenize(text)
    clause = find_clause(tokens, text, 0, len(tokens))
    if clause is not None:
        return clause
    words = text.split()
    for i in range(1, min(len(words), 7)):
        word = words[i]
        low = word.lower()
        if not (low.isalpha() and low == word and low.endswith("s")) or low in _NOT_PRESENT \
                or low.endswith(("ss", "us", "is")):
            continue
        subject = words[:i]
        if subject[-1].lower() in DETERMINERS:
            continue  # "The parks department ...": "parks" is a noun
        if not (
                subject[0][:1].isupper() or subject[0].lower() in DETERMINERS):
            return None
        if any(w.lower() in ("who", "which", "that", "and", "or", "but") or
               w.lower().endswith("ed") or _CHANGE.match(w.lower()) for w in subject[1:]):
            return None  # "The bank cut rates": "cut" is the verb, "rates" its object
        if low in _DO_BASE:
            base = _DO_BASE[low]
        elif low.endswith("ies"):
            base = low[:-3] + "y"
        elif low.endswith(("shes", "ches", "xes", "zes", "sses")):
            base = low[:-2]
        else:
            base = low[:-1]
        first = subject[0].lower() if subject[0].lower() in DETERMINERS else subject[0]
        return Clause(" ".join([first, *subject[1:]]), "does", base, " ".join(words[i + 1:]))
    return None


def _antecedent(text: str) -> str | None:
    """The noun phrase a relative clause follows ("The Eastbrook Teachers Union" in "The
    Eastbrook Teachers Union, which ..."), when it opens the sentence or clause."""
    phrase = re.split(r"[,;:—–(]\s", text)[-1].strip()
    inner = _LAST_OBJECT.search(phrase)
    if inner is not None:
        phrase = inner.group(1)  # "talks with the Green Union, which won": the Union
    words = phrase.split()
    if not 1 <= len(words) <= 6 or not (words[0][:1].isupper()):
        return None
    if any(w[:1].islower() and w.lower() not in ("of", "the", "and") and
           not w.lower().endswith(("'s", "’s")) and len(words) > 1 and w == words[-1]
           for w in words):
        return None
    return phrase


_LAST_OBJECT = re.compile(r"\s(?:with|of|for|from|to|against|by|at|in|on)\s+"
                          r"((?:the\s+)?[A-Z][^,;]*)$")


def _is_past(word: str) -> bool:
    from quiz.generate.clauses import is_simple_past

    return word[0].islower() and is_simple_past(word)
