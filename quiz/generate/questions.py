"""From facts to cards: the forms that suit each fact (typed, choice, cloze, true/false).

Every choice is deterministic: forms and distractors are picked by hashing the fact, never by
a random generator, so the same articles always give the same decks. The parts live in their
own modules (:mod:`~quiz.generate.distractor_pool`, :mod:`~quiz.generate.distractors`,
:mod:`~quiz.generate.card_cloze`, :mod:`~quiz.generate.card_order`,
:mod:`~quiz.generate.question_checks`, :mod:`~quiz.generate.question_names`); the names
other modules and the tests import from here are imported here too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from quiz.generate.card_cloze import (
    cloze_question, occurrences, points_back, truefalse_statement, verbatim, weekday_gap,
)
from quiz.generate.card_order import ORDER_QUESTION, order_cards
from quiz.generate.cause_clozes import gap_of
from quiz.generate.distractor_pool import (
    ACTOR_KINDS, DATE_KINDS, NUMBER_KINDS, DistractorPool, asked_role, fact_key, is_vague,
    unit_of,
)
from quiz.generate.distractors import _date_style_ok, _synthesised, distractors, named_in
from quiz.generate.facts import AnswerKind, Fact
from quiz.generate.figure_ages import passing_age
from quiz.generate.figure_magnitudes import is_magnitude, magnitude_choices
from quiz.generate.ids import card_id, normalise, short_hash
from quiz.generate.question_context import quoted_actor, with_sentence_before
from quiz.generate.question_gaps import told_by_adjective
from quiz.generate.question_answer_spans import trimmed_cause
from quiz.generate.question_checks import bare_names, fit_actor, well_formed, without_stray_the
from quiz.generate.question_names import Names, PlainNames, RememberedNames
from quiz.generate.question_repairs import repaired
from quiz.model import CLOZE_GAP, Card, CardType, Category, SourceRef

__all__ = [
    "ACTOR_KINDS", "DATE_KINDS", "NUMBER_KINDS", "ORDER_QUESTION", "DistractorPool", "Names",
    "PlainNames", "RememberedNames", "_date_style_ok", "_synthesised", "asked_role",
    "bare_names", "cards_for", "cloze_question", "distractors", "is_vague", "named_in",
    "order_cards", "points_back", "truefalse_statement", "unit_of", "well_formed",
    "without_stray_the",
]


#: Actor kinds asked with choices: people and countries are clearly told apart; the names of
#: organisations and groups overlap too often ("Iran-backed militias" and "Iran-linked
#: factions") for three of them to be surely wrong, so they are typed.
_CHOICE_ACTOR_KINDS = frozenset({AnswerKind.PERSON, AnswerKind.COUNTRY})


#: "Which Fox News host does the article mention?": among names of other roles the answer is
#: the only one that fits, so such a fact is typed, never chosen.
_IDENTITY_QUESTION = "does the article mention?"


def cards_for(fact: Fact, pool: DistractorPool, names: Names) -> list[Card]:
    """The cards that suit ``fact``: a typed or choice card for its question, plus a cloze or a
    true/false card for some facts (chosen by hash, so decks stay small and stable)."""
    if fact.category is Category.ACTOR and not fit_actor(fact.answer) or quoted_actor(fact):
        return []  # "Our members", "Cedar Creek Fire": no actor to learn; "'Costa Ricans
        # voted for a safer country,' she said": a fragment of a quote, whatever the form
    if fact.answer.rsplit(None, 1)[-1].rstrip(".,;:") in _CUT_OFF:
        return []  # "... the tutoring needed to get in": an answer ending on a small word
        # reads as cut off mid-phrase, whatever the card asks
    if fact.category is Category.CAUSE:
        trimmed = trimmed_cause(fact)
        if trimmed is None:
            return []  # "Why did the runway close?" -> "Inspectors found the cracks after a
            # plane burst two tyres": which clause forced it, the card cannot say
        fact = trimmed  # "a database error and that a fix had been applied" -> "a database
        # error"
    cards: list[Card] = []
    source = SourceRef(file=fact.article, sentence=fact.sentence.text)
    accept = _accepted(fact, pool, names)
    if fact.kind in ACTOR_KINDS and fact.kind is not AnswerKind.COUNTRY and \
            _after_demonym(fact.sentence.text, fact.answer):
        return []  # "Cycling" of "British Cycling said ...": the end of a longer name
    if fact.kind in ACTOR_KINDS and accept and _INSTITUTION.search(fact.answer):
        places = [a for a in accept if _place_of(a, fact.answer)]
        if places and not occurrences(fact.sentence.text, fact.answer) and any(
                occurrences(fact.sentence.text, place) for place in places):
            return []  # "Edinburgh will become the first city ..." read as the Edinburgh
            # Chamber of Commerce: the sentence names the place, not the body
        accept = tuple(a for a in accept if a not in places)
    tags = (fact.kind.value,)
    roll = int(short_hash(fact.article, fact.answer, fact.sentence.text, length=4), 16)
    stem = card_id(fact, "")  # "<category letter><hash>-": the fact's cards differ by form
    if fact.question:
        fact = repaired(fact, lambda: pool.text(fact.article))
        led = with_sentence_before(fact, fact.question,
                                   pool.texts.get((fact.article, fact.sentence.index - 1)))
        if led != fact.question:
            fact = replace(fact, question=led)
    if fact.question and (fact_key(fact) in pool.echoes or not pool.well_formed(fact)):
        fact = replace(fact, question="")
    elif fact.question and fact.kind in ACTOR_KINDS and _names_answer(fact.question, fact,
                                                                      accept):
        fact = replace(fact, question="")  # "Which country is bracing for attacks on US
        # forces?" -> "United States": the question names its answer
    elif fact.question and fact.kind is AnswerKind.COUNTRY and \
            _COUNTRY_AS_PLACE.match(fact.question) and pool.deck_topic((fact.answer, *accept)):
        fact = replace(fact, question="")  # "Which country did US combat forces leave in
        # 2011?" in a deck about Iraq: the place all its stories are set is too obvious
    elif fact.question:
        question = without_stray_the(fact.question, lambda: pool.bare(fact.article))
        if question != fact.question:
            fact = replace(fact, question=question)
    if fact.question.startswith("How old") and fact.answer.endswith(_AGE_ADJECTIVE):
        age = fact.answer[:-len(_AGE_ADJECTIVE[0])] if fact.answer.endswith(
            _AGE_ADJECTIVE[0]) else fact.answer[:-len(_AGE_ADJECTIVE[1])]
        accept = (fact.answer, *(a for a in accept if a != age))
        fact = replace(fact, answer=age, accept=(fact.answer, *fact.accept))  # "How old
        # is Kavya Raman?" -> "Seventeen", not "Seventeen-year-old"
    if fact.category is Category.FIGURE and is_magnitude(fact.answer):
        return _magnitude_card(fact, stem, accept, source, tags, pool)
    # wrong answers serve the question's choice and true/false cards: none for a cloze alone,
    # and none looked for when the roll or the kind rules both cards out
    may_choose = roll % 3 != 0 and fact.category is not Category.CAUSE and _choice_kind(fact)
    wrong = distractors(fact, pool, names) if fact.question and (
        may_choose or roll % 4 == 3 and fact.kind in _SWAPPABLE) and \
        fact.kind is not AnswerKind.RANGE and not is_vague(fact.answer) else ()
    if fact.question and fact.category is Category.CAUSE:
        # A reason or an effect is a phrase, not a name: learners recall it and grade
        # themselves. Choices built from other phrases give the answer away by their form or
        # offer something that is also true (the judged failures of cause choice cards).
        cards.append(Card(id=card_id(fact, "recall"), type=CardType.RECALL,
                          category=fact.category, question=fact.question,
                          answer=fact.answer, accept=accept,
                          explanation=fact.explanation, source=source, tags=tags))
    elif fact.question:
        if len(wrong) == 3 and may_choose:
            shown = _without_demonym(fact) if fact.kind is AnswerKind.PERSON else fact.answer
            choices = tuple(sorted((shown, *wrong), key=lambda c: short_hash(fact.answer, c)))
            cards.append(Card(id=f"{stem}choice", type=CardType.CHOICE,
                              category=fact.category, question=fact.question, answer=shown,
                              accept=tuple(a for a in (fact.answer, *accept) if a != shown),
                              choices=choices,
                              explanation=fact.explanation, source=source, tags=tags))
        else:
            cards.append(Card(id=f"{stem}typed", type=CardType.TYPED,
                              category=fact.category, question=fact.question,
                              answer=fact.answer, accept=accept,
                              explanation=fact.explanation, source=source, tags=tags))
    # the span a cloze gaps, looked for when a cloze or a true/false card may be made
    asks_cloze = not fact.question or roll % 4 == 1
    span = _gapped(fact) if asks_cloze or fact.question and roll % 4 == 3 and \
        fact.kind in _SWAPPABLE else ""
    cloze = cloze_question(fact, span, pool.texts.get((fact.article, fact.sentence.index - 1))) \
        if asks_cloze and not (not fact.question and fact.category is Category.FIGURE and
                               passing_age(fact.sentence.text, span,
                                           pool.sentences.get(fact.article, ()))) else None
    if cloze is not None and fact.kind in ACTOR_KINDS and (
            _names_answer(cloze.replace(CLOZE_GAP, " "), fact, accept) or
            _story_subject_alone(cloze, fact, pool)):
        cloze = None  # "The ___ is bracing for attacks on US forces"; "___ said customers
        # could exchange their tablets" for the company the whole story is about
    if cloze is not None and fact.category is Category.ACTOR and _GENERIC_PEOPLE.match(
            fact.answer) and _common_noun(fact, pool):
        cloze = None  # "___ will give lessons online until the schools reopen" -> Teachers:
        # a plain common noun in a gap is told by what the sentence says they did
    if cloze is not None:
        shown = span
        if fact.category is Category.DATE and fact.answer != span and \
                weekday_gap(fact, fact.sentence.text, fact.sentence.text.find(span), span):
            shown = fact.answer  # "published on ___" -> "22 April 2026" (or "Wednesday")
            accept = (span, *(a for a in accept if a != fact.answer))
        cards.append(Card(id=f"{stem}cloze", type=CardType.CLOZE,
                          category=fact.category, question=cloze, answer=shown,
                          accept=tuple(a for a in (fact.answer, *accept) if a != shown),
                          explanation=fact.explanation, source=source, tags=tags))
    # the false value must not be one the sentence states elsewhere ("founded in 1999 ...
    # and went public in 1999" reads as a slip, not a claim)
    swap = next((w for w in wrong if not occurrences(fact.sentence.text, w)), "")
    if fact.question and swap and roll % 4 == 3 and span == fact.answer and \
            fact.kind in _SWAPPABLE:
        statement = truefalse_statement(fact, swap, truth=bool(roll & 16), span=span)
        if statement is not None:
            text, truth = statement
            explanation = fact.explanation or (
                "" if truth else f"The article says {fact.answer}, not {swap}.")
            cards.append(Card(id=f"{stem}truefalse", type=CardType.TRUEFALSE,
                              category=fact.category, question=text,
                              answer="true" if truth else "false", explanation=explanation,
                              source=source, tags=tags))
    return cards


def _magnitude_card(fact: Fact, stem: str, accept: tuple[str, ...], source: SourceRef,
                    tags: tuple[str, ...], pool: DistractorPool) -> list[Card]:
    """The one card of a count given as a magnitude word ("Thousands"): its question, or
    else its gapped sentence, offered with the other magnitudes. Typed or gapped alone, no
    learner could guess which vague word the article chose."""
    if fact.kind is not AnswerKind.COUNT or not _plain_magnitude(fact):
        return []
    question = fact.question
    if not question:
        cloze = cloze_question(fact, _gapped(fact),
                               pool.texts.get((fact.article, fact.sentence.index - 1)))
        if cloze is None or not cloze.startswith(CLOZE_GAP) and fact.answer[:1].isupper():
            return []
        question = f"What fills the gap in “{cloze.rstrip('.')}”?"
    choices = tuple(sorted((fact.answer, *magnitude_choices(fact.answer)),
                           key=lambda c: short_hash(fact.answer, c)))
    return [Card(id=f"{stem}choice", type=CardType.CHOICE, category=fact.category,
                 question=question, answer=fact.answer, accept=accept, choices=choices,
                 explanation=fact.explanation, source=source, tags=tags)]


#: An age written as an adjective ("44-year-old"), which no "How old is ...?" is answered by.
_AGE_ADJECTIVE = ("-year-old", "-years-old")
#: A magnitude that multiplies the next ("hundreds of millions").
_OF_MAGNITUDE = re.compile(r"\s+of\s+(?:tens|hundreds|thousands|millions|billions)\b", re.I)


def _plain_magnitude(fact: Fact) -> bool:
    """Whether the fact's magnitude word is the whole count, said by the article itself: not
    the first of "hundreds of millions", nor in a quotation ('"Thousands of holidays have
    been ruined," she said': whose holidays, the question cannot say), even one opened in
    the sentence before."""
    text = fact.sentence.text
    at = text.find(fact.answer)
    if at < 0:
        return False
    before, after = text[:at], text[at + len(fact.answer):]
    return not _OF_MAGNITUDE.match(after) and before.count('"') % 2 == 0 and \
        after.count('"') % 2 == 0 and before.count("“") <= before.count("”") and \
        after.count("”") <= after.count("“")


#: The small words no whole answer ends on ("the elimination of", "to save what"; in
#: "needed to get in" a phrasal verb's particle reads to a learner as a phrase cut short).
_CUT_OFF = frozenset("""
    of to the a an and or but nor in on at by for from with into onto about than as that which
    who whom whose what its their his her our your my this these those
""".split())


#: A country asked as the object or the place of what others do ("Which country did US
#: forces leave ...?", "In which country did ...?"), not as who did it ("Which country
#: called on ...?").
_COUNTRY_AS_PLACE = re.compile(r"^(?:(?:In|To|From|Into|Across) which country\b|Which country "
                               r"(?:did|does|do|will|would|has|have|had|is|was|were|are)\s+"
                               r"(?:the\s|an?\s|[A-Z]))")
#: A nationality noun before a person's name ("Frenchman Julien Marchetti").
_DEMONYM = re.compile(r"^(?:[A-Z][a-z]+(?:man|woman)|Dane|Swede|Finn|Pole|Spaniard|Briton|Scot|"
                      r"Turk|Serb|Croat|Czech|Slovak|Uzbek|Kazakh)\s+(?=[A-Z][a-z]+\s+[A-Z])")


def _without_demonym(fact: Fact) -> str:
    """A person's name as offered among other names: "Julien Marchetti", not "Frenchman
    Julien Marchetti" (the one option with a nationality would give itself away)."""
    match = _DEMONYM.match(fact.answer)
    return fact.answer[match.end():] if match else fact.answer


def _names_answer(text: str, fact: Fact, accept: Sequence[str]) -> bool:
    """Whether ``text`` names the fact's answer in any of its forms ("US" for "United
    States"), which gives it away."""
    return any(occurrences(text, form) for form in (fact.answer, *accept) if len(form) > 1) \
        or fact.kind is AnswerKind.COUNTRY and told_by_adjective(fact.answer, text)


#: An actor that is one plain plural noun ("Teachers", "the researchers", "regulators"), or
#: a force named by its kind alone ("Police", "the army"): no name to learn, and the rest of
#: its sentence tells it ("___ arrested a man on suspicion of arson").
_GENERIC_PEOPLE = re.compile(r"^(?:the )?(?:[A-Za-z][a-z]+s|[Pp]olice|[Aa]rmy|[Mm]ilitary|"
                             r"[Nn]avy)$")


def _common_noun(fact: Fact, pool: DistractorPool) -> bool:
    """Whether the one-word actor of ``fact`` is a common noun: no sentence of its article
    writes it with a capital after its first word ("Reuters", "Hamas" are names)."""
    word = fact.answer.rsplit(" ", 1)[-1]
    capital = f" {word[0].upper()}{word[1:]}"
    return not any(capital in text for text in pool.sentences.get(fact.article, ()))


#: A capitalised word that names someone or something (not a day or a month).
_NAME_WORD = re.compile(r"(?<=[\s(“\"'‘])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                        r"Saturday|Sunday|January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\b)[A-Z][\w'’.-]*")
#: A reporting verb right after the gap: "___ said customers could ...".
_REPORTED_AFTER = re.compile(r" (?:said|says|told|announced|added|stated|confirmed)\b")
#: Capitalised first words that name nothing.
_OPENING_WORDS = frozenset("The A An In On At After Before But And It Its This That These Those "
                           "Since When While As However".split())
#: In how many of its article's sentences an actor is named for it to be what the story is
#: about.
_STORY_SUBJECT_SENTENCES = 3


def _story_subject_alone(cloze: str, fact: Fact, pool: DistractorPool) -> bool:
    """Whether an actor's gap asks for the one the whole story is about, in a sentence that
    names nobody else: "___ said customers could exchange their tablets at any of its
    stores" -> the pharmacy chain of a story on its recall tests nothing; or a country the
    story keeps naming, gapped before its "'s"."""
    gap = cloze.find(CLOZE_GAP)
    if fact.kind is AnswerKind.COUNTRY and cloze.startswith(("'s ", "’s "), gap + len(CLOZE_GAP)):
        return _story_names(fact, pool)  # "___'s culture minister welcomed the return" in a
        # story on what goes back to that country
    if not _REPORTED_AFTER.match(cloze, gap + len(CLOZE_GAP)):
        return False  # what the actor did is asked, not only who spoke
    if _NAME_WORD.search(f" {cloze.replace(CLOZE_GAP, ' ')}", 1 + (
            cloze.find(" ") if cloze.split(" ", 1)[0] in _OPENING_WORDS else 0)):
        return False  # another name stands in the sentence: the gap has rivals
    return _story_names(fact, pool)


def _story_names(fact: Fact, pool: DistractorPool) -> bool:
    """Whether ``fact``'s article names its answer in so many sentences that the story is
    about it."""
    named = sum(1 for text in pool.sentences.get(fact.article, ())
                if occurrences(text, fact.answer))
    return named >= _STORY_SUBJECT_SENTENCES


#: A body named after a place ("Edinburgh Chamber of Commerce", "Leeds City Council"):
#: the place alone names something else.
_INSTITUTION = re.compile(r" (?:Chamber|City Council|Council|University|College|Police|Airport|"
                          r"Hospital|Museum|Library|Cathedral|Zoo|Port Authority|Court|Assembly|"
                          r"Parliament|Observatory|School|Station|Harbour|Constabulary|Fire "
                          r"Service|Board)\b")


def _after_demonym(text: str, answer: str) -> bool:
    """Whether ``answer`` stands in ``text`` only right after a capitalised nationality
    word ("British Cycling"): the answer is a longer name cut short."""
    at = text.find(answer)
    if at <= 0 or not text[text.rfind(" ", 0, at - 1) + 1:at][:1].isupper():
        return False  # (most answers: no capitalised word right before their first mention)
    from quiz.generate.lexicon import demonyms

    starts = occurrences(text, answer)
    return bool(starts) and all(
        (before := text[:start].rstrip().rsplit(None, 1)[-1:]) and before[0][:1].isupper()
        and before[0].lower() in demonyms() for start in starts)


def _place_of(alias: str, answer: str) -> bool:
    """Whether ``alias`` is only the place that opens a body's name ("Edinburgh" of
    "Edinburgh Chamber of Commerce"), which is no answer for the body."""
    bare = answer[4:] if answer.startswith("the ") else answer
    if not bare.startswith(f"{alias} "):
        return False
    institution = _INSTITUTION.match(bare, len(alias))
    return institution is not None


def _choice_kind(fact: Fact) -> bool:
    """Whether ``fact`` may be asked with choices: any fact but an actor's, and people and
    countries (see :data:`_CHOICE_ACTOR_KINDS`) written with a capital."""
    return fact.category is not Category.ACTOR or (
        fact.kind in _CHOICE_ACTOR_KINDS and fact.answer[:1].isupper()
        and not fact.question.endswith(_IDENTITY_QUESTION))


#: Kinds whose values can be swapped to make a statement that is plainly false: another
#: date, another number, another person. Swapping organisations, groups or countries made
#: statements that were garbled ("the Fox News has maintained ...") or still true ("Some
#: Iraqis have warned ..." for a group of Iraqi militias).
_SWAPPABLE = frozenset({AnswerKind.FULL_DATE, AnswerKind.MONTH_YEAR, AnswerKind.YEAR,
                        AnswerKind.DAY_MONTH, AnswerKind.COUNT, AnswerKind.AMOUNT,
                        AnswerKind.DURATION, AnswerKind.PERCENT, AnswerKind.PERSON})


def _gapped(fact: Fact) -> str:
    """The words of the sentence a cloze of ``fact`` gaps ("" when it has none)."""
    span = verbatim(fact)
    if fact.category is Category.CAUSE and span:
        span = gap_of(fact.sentence.text, span)  # "thanks to ___" rather than "___"
    return span


def _accepted(fact: Fact, pool: DistractorPool, names: Names) -> tuple[str, ...]:
    """:func:`_accept`, worked out once per answer and forms (many facts share an actor's
    answer)."""
    key = (names, fact.kind, fact.answer, fact.accept)
    found = pool.accepted.get(key)
    if found is None:
        found = pool.accepted[key] = _accept(fact, names)
    return found


def _accept(fact: Fact, names: Names) -> tuple[str, ...]:
    """The other forms a card of ``fact`` accepts: its own and its entity's aliases, each
    once."""
    forms = list(fact.accept)
    if fact.kind in ACTOR_KINDS:
        forms.extend(names.aliases(fact.answer))
    if not forms:
        return ()  # (most dates, figures and causes: nothing to normalise)
    if fact.kind is AnswerKind.PERSON and "-" in fact.answer:
        forms = _family_first(fact.answer, forms)
    seen = {normalise(fact.answer)}
    out = []
    for form in forms:
        key = normalise(form)
        if key and key not in seen:
            seen.add(key)
            out.append(form)
    return tuple(out)


#: A person's name written family name first, then a given name of two hyphenated syllables,
#: the second in lower case ("Park Jin-woo", "Kim Soo-hyun"): the romanised Korean and Chinese
#: style, whose family name (the first word) is what the article calls them later.
_FAMILY_FIRST = re.compile(r"(?:^|\s)(?P<family>[A-Z][a-z]{1,6}) (?P<given>[A-Z][a-z]{1,5}-[a-z]{2,5})$")


def _family_first(answer: str, forms: list[str]) -> list[str]:
    """``forms`` of a person's name with the given name alone ("Jin-woo" of "Park Jin-woo",
    taken for a surname by its place) replaced by the family name ("Park")."""
    match = _FAMILY_FIRST.search(answer)
    if match is None:
        return forms
    given, family = match.group("given"), match.group("family")
    return [family if form == given else form for form in forms]
