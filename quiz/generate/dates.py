"""Dates in article sentences as facts: the dated event each date belongs to, asked as a question
that restates the event.

Finding the dates is :mod:`quiz.generate.date_mentions`; their values and written forms are
:mod:`quiz.generate.date_forms`; relative dates and tense are :mod:`quiz.generate.date_tense`.
The names other modules import from here stay importable from here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quiz.generate.date_agents import agent_question
from quiz.generate.date_asides import (
    appositive_question, aside_question, participle_aside_question,
)
from quiz.generate.date_beliefs import belief_clause, with_belief
from quiz.generate.date_came_when import when_clause_sentence
from quiz.generate.date_clefts import cleft_clause_sentence
from quiz.generate.date_causatives import causative_question
from quiz.generate.date_complements import complement_question, speaker_pronoun_question
from quiz.generate.date_copulas import placed_event_question
from quiz.generate.date_cuts import (
    cut_short, in_participle_of_subject, participle_made_base, participle_subject_question,
    passive_question,
)
from quiz.generate.date_double_verbs import has_second_verb
from quiz.generate.date_eras import era_mentions
from quiz.generate.date_forms import (
    FULL_MONTH, MONTH, MONTH_NAMES, WEEK_OF, WEEKDAY, WEEKDAYS, WEEKEND_OF, YEAR, DateMention,
    date_forms, format_date, parse_date,
)
from quiz.generate.date_fronted import fronted_sentence, opens_with_participle
from quiz.generate.date_it_subjects import it_resolved
from quiz.generate.date_joined import SAYING, joined_clause_question
from quiz.generate.date_mentions import (
    _DATE_STARTS, _MENTION, dates_by_sentence, find_dates, latest_past_date,
    opening_dateline_end, sentence_dates, undated_relatives, undated_weekdays,
)
from quiz.generate.date_month_ranges import month_ranges
from quiz.generate.date_named_events import named_event_question, possessed_event_question
from quiz.generate.date_named_subjects import named_subject_sentence
from quiz.generate.date_passives import it_passive_question, passive_finding_question
from quiz.generate.date_nominal_subjects import (
    subject_after_participle, subject_inside_phrase, without_participle_phrase)
from quiz.generate.date_offsets import opening_offset_mentions
from quiz.generate.date_owners import dates_a_noun_before
from quiz.generate.date_pairs import joined_days, pair_question
from quiz.generate.date_participles import participle_read_as_active
from quiz.generate.date_passive_agents import agent_put_back, without_agent
from quiz.generate.date_plans import plan_question
from quiz.generate.date_possessed_days import named_event_day_question
from quiz.generate.date_presents import present_question
from quiz.generate.date_pronouns import with_stand_in
from quiz.generate.date_quotes import quoted_words_question
from quiz.generate.date_second_times import without_time_clause
from quiz.generate.date_relatives import object_relative_question, relative_question
from quiz.generate.date_subject_relatives import (
    relative_clause_sentence, without_later_aside, without_relative_aside,
)
from quiz.generate.date_statements import (
    lacks_what_was_said, plainer_attribution, trailing_attribution_question,
)
from quiz.generate.date_titles import opens_unclosed_quotation, title_aside_question
from quiz.generate.date_under import under_question
from quiz.generate.date_tails import without_tail
from quiz.generate.date_tense import clause_tense, is_future, negated_until, set_for
from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.generate.span_scan import anchored_matches
from quiz.model import Category

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: What other modules import from here (the tests also read ``_DATE_STARTS`` and ``_MENTION``).
__all__ = ["MONTH_NAMES", "WEEKDAYS", "WEEK_OF", "DateMention", "anchored_matches", "date_facts",
           "date_forms", "dates_by_sentence", "find_dates", "format_date", "latest_past_date",
           "normalise_subject", "opening_dateline_end", "parse_date", "sentence_dates",
           "_DATE_STARTS", "_MENTION"]


#: A part of the day or a clock that goes with a weekday or date ("on Tuesday night", "on
#: Monday local time").
_PART_OF_DAY = re.compile(r"\s+(?:night|morning|afternoon|evening)\b(?:\s+local\s+time\b)?|"
                          r"\s+local\s+time\b")

#: The date is one end of a span ("between March 2023 and January 2025").
_SPAN_END_BEFORE = re.compile(r"\b(?:between|from)\s+(?:\S+\s+){0,3}?(?:and|to)\s+$|"
                              r"\bbetween\s+$", re.I)

#: A date coordinated with another ("on Monday and Tuesday", "in March or April").
_COORDINATED_AFTER = re.compile(rf"\s+(?:and|or)\s+(?:again\s+|later\s+|also\s+)?"
                                rf"(?:on\s+|in\s+)?(?:{WEEKDAY}|(?:\d{{1,2}}\s+)?{FULL_MONTH}|"
                                rf"{YEAR}\b)\b")
_COORDINATED_BEFORE = re.compile(rf"\b(?:{WEEKDAY}|{FULL_MONTH})\s+(?:and|or)\s+(?:on\s+|in\s+)?$")

_SPAN_END_AFTER = re.compile(r"\s+(?:and|to)\s+(?:early\s+|mid-|late\s+)?[A-Z0-9]")

#: A lead-in read as the subject ("did according to a statement release?" from "According
#: to a statement released on Monday, X").
_LEAD_AS_SUBJECT = re.compile(r"\b(?:did|do|does|was|were|is|are|has|have|had|will|would) "
                              r"according to\b", re.I)

#: A question that ends on the participle the date went with ("in the season ending?" for
#: "in the season ending in September": the date is the season's end, not the verb's).
_CUT_ING = re.compile(r"\b(?:the|a|an|its|their|this|next|last) [a-z-]+ (?:ending|starting|"
                      r"beginning|finishing|running|lasting|expiring|closing|opening)\?$")

#: A question that ends on a word that needs what was cut ("remain in place until at least?").
_DANGLING = re.compile(r"\b(?:at least|at most|until|since|by|on|in|of|for|from|to|the|a|an|"
                       r"and|between|than)\?$", re.I)

#: A verb inside the clause whose own event the date may be ("criticised the club for
#: raising prices last month", "expected him to make his debut on March 22").
_NESTED_EVENT = re.compile(r"\b(?:for|of|by|about|over)\s+[a-z]+ing\b|"
                           r"\b(?:expect|want|ask|urge|order|allow|force|persuade|tell|told|"
                           r"invite|encourage|call)[a-z]*\s+(?:[\w'’]+\s+){1,3}to\s+[a-z]+\b")

_ADVERBIAL_BEFORE = re.compile(
    r"(?:\b(?:(?:late|early|later|earlier)\s+)?(?:on|in|In|On|at|At|since|Since|by|By|until|"
    r"Until|from|From|during|During|before|Before|after|After|through|as of|prior to|"
    r"by the end of|at the end of|at the start of|in early|in late|in mid-|late on|early on|"
    r"around|circa|as early as|as late as|as soon as|over|Over)"
    r"\s+(?:the\s+|(?:about|roughly)\s+)?|"
    r"(?:late|early|Late|Early|earlier|later|Earlier|Later)\s+)$")

#: A part of a day before "of <date>": "in the early hours of", "on the night of".
_PART_OF_DAY_OF = re.compile(r"\b(?:[Ii]n|[Oo]n|[Dd]uring)\s+the\s+(?:early\s+hours|"
                             r"(?:early\s+|late\s+)?(?:night|evening|morning|afternoon))"
                             r"\s+of\s+$")

#: A time of day before "on <date>": "shortly after midnight", "before dawn".
_TIME_OF_DAY = re.compile(r"\b(?:(?:shortly|just|soon)\s+)?(?:after|before)\s+(?:midnight|dawn|"
                          r"noon|midday|daybreak|sunrise|sunset)\s+$")

_ADJUNCT_DATE = re.compile(rf"\b(?:in|on|by|since|until)\s+(?:{MONTH}\s+)?(?:\d{{1,2}}\s+)?"
                           rf"{YEAR}\b|\b(?:in|on|by|since|until|from)\s+"
                           rf"(?:early\s+|mid-|late\s+)?{FULL_MONTH}\b|"
                           rf"\b(?:on|last|next|this)\s+{WEEKDAY}\b")

#: A question about a past act that ends on a participle ("did the club sack the coach
#: hired?"): the participle lost the date it had, and the question is broken (a reported
#: clause may end on one: "say that shoppers had been affected?").
_CUT_PARTICIPLE = re.compile(r"\bdid\b(?!.* (?:that|say|tell|announce|confirm|report|warn|"
                             r"reveal|claim|admit|state|find) ).* "
                             r"(?!(?:get|become|stay|remain|be|feel|seem) )[a-z]+ [a-z]+ed\?$")

#: "all <noun>s since": the date bounds the things counted, not the verb's event.
_ALL_OF_SINCE = re.compile(r"\b(?:all|every|any|each)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+since\s+$",
                           re.I)

#: A superlative, whose "since" bounds a record ("the lowest level since 2002").
_SUPERLATIVE = re.compile(r"\b(?:lowest|highest|biggest|largest|smallest|fastest|slowest|"
                          r"strongest|weakest|worst|best|sharpest|steepest|deepest|longest|"
                          r"shortest|hottest|coldest|wettest|driest|busiest|heaviest|cheapest|"
                          r"oldest|most|least|first)\b", re.I)

_WH = {AnswerKind.FULL_DATE: ("On what date", "On what date"),
       AnswerKind.DAY_MONTH: ("On what date", "On what date"),
       AnswerKind.MONTH_YEAR: ("When", "When"),
       AnswerKind.MONTH: ("In what month", "In what month"),
       AnswerKind.YEAR: ("In what year", "In what year"),
       AnswerKind.YEAR_RANGE: ("During which years", "During which years"),
       AnswerKind.WEEKDAY: ("On what day", "On what day")}


def date_facts(article: Article,
               found: dict[int, list[DateMention]] | None = None) -> list[Fact]:
    """The dated events an article states, each with a question that restates the event.

    ``found`` holds the mentions of each sentence when the caller has them already.
    """
    from quiz.generate.figures import lowered_question

    facts: list[Fact] = []
    previous: list[DateMention] = []
    for sentence, mentions in sentence_dates(article, found):
        text = sentence.text
        if not mentions and previous and text.startswith(_OFFSET_OPENERS):
            mentions = opening_offset_mentions(text, previous)  # "Two days later, X ..."
        previous = mentions
        if article.published is None and (" on " in text or "since " in text or
                                          text.startswith("On ") or
                                          " of " in text or "until " in text or
                                          "early " in text or "late " in text or
                                          " for " in text):
            mentions = [*mentions, *undated_weekdays(text)]  # "won on Sunday"
        if article.published is None and ("next " in text or "last " in text or
                                          text.startswith(("Last ", "Next ")) or
                                          "by the end of " in text or " ago" in text or
                                          "until the end of " in text or
                                          "er this " in text or "weekend" in text):
            extra = [m for m in undated_relatives(text)
                     if not any(o.start < m.end and m.start < o.end for o in mentions)]
            mentions = sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions
        if "etween " in text or "rom " in text or mentions and " and " in text:
            mentions = month_ranges(text, article.published, mentions)  # "between October
            # and January", "in January and February": one answer
        if "0s" in text or "entury" in text:
            mentions = era_mentions(text, mentions)  # "since the 1980s"
        if not mentions:
            continue
        mentions = joined_days(text, mentions)  # "on Friday and Saturday": one answer
        story = text[opening_dateline_end(text):] if text[1:2].isupper() else text
        opener = text[:1].isupper()
        compound = opener and "-" in story.split(" ", 1)[0]
        for mention in mentions:
            fact = _fact(article, sentence, mention)
            if fact is not None and text.startswith(("It ", "Its ")) and sentence.index and \
                    (not fact.question or _IT_ASKED.search(fact.question)):
                fact = _it_fact(article, sentence, mention, fact)  # "It plans to reopen on
                # Tuesday" after "The park said it would ...": asked of the park
            if fact is not None:
                if fact.question and opener:
                    question = lowered_question(fact.question, article, story)
                    if compound:
                        question = _lowered_compound(question, story)
                    if question != fact.question:
                        fact = replace(fact, question=question)
                facts.append(fact)
    return facts


#: How a sentence opens when it counts days from the sentence before (cheap gate for
#: :func:`opening_offset_mentions`).
_OFFSET_OPENERS = ("The following day,", "The next day,", "A day later,", "One day later,",
                   "Two days later,", "Three days later,", "Four days later,",
                   "Five days later,", "Six days later,")


#: "it" or "its" in a question: a pronoun the question does not name.
_IT_ASKED = re.compile(r"\b(?:it|its)\b")


def _it_fact(article: Article, sentence: Sentence, mention: DateMention, fact: Fact) -> Fact:
    """``fact`` asked again with the sentence's opening "It"/"Its" read as the subject of the
    sentence before (:func:`it_resolved`); ``fact`` itself when that gives no question."""
    previous = next((s.text for s in article.sentences if s.index == sentence.index - 1), "")
    read = it_resolved(previous, sentence.text) if previous else None
    if read is None:
        return fact
    text, shift, named = read
    asked = _date_question(text, replace(mention, start=mention.start + shift,
                                         end=mention.end + shift))
    if asked is None or not asked[0] or _IT_ASKED.search(asked[0]):
        return fact
    question, event, _ = asked
    written = named if named == text[:len(named)] else "T" + named[1:]
    question = question.replace(f" {written}", f" {named}", 1)
    return replace(fact, question=question, event=event, subject=normalise_subject(event))


#: A compound whose later parts are lower-case words ("Seventeen-year-old", "Oslo-based").
_COMPOUND = re.compile(r"^[A-Z][a-z]+(?:-[a-z]+)+$")


def _lowered_compound(question: str, sentence: str) -> str:
    """``question`` with the sentence's first word lower-cased when the question moved it
    inside and it is an ordinary compound: "did seventeen-year-old Rustam Aliyev win"."""
    head = sentence.split(" ", 1)[0]
    at = question.find(f" {head} ")
    if at <= 0 or not _COMPOUND.match(head) or head.split("-", 1)[0].lower() not in \
            _COMPOUND_HEADS:
        return question
    return question[:at + 1] + head[:1].lower() + question[at + 2:]


#: First parts of compounds that are ordinary words at the start of a sentence: numbers,
#: "Long-awaited", "Newly-elected".
_COMPOUND_HEADS = frozenset("""
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred long short newly well much so self first second third half full part multi
    high low top state family government privately publicly
""".split())


def _fact(article: Article, sentence: Sentence, mention: DateMention) -> Fact | None:
    asked = _date_question(sentence.text, mention)
    if asked is None:
        return None
    question, event, span = asked
    question = pair_question(question, mention)  # "on Friday and Saturday": a cloze
    if span.lower().endswith(_SAME_DAY) and SAYING.search(
            question or sentence.text[max(0, mention.start - 60):mention.start]):
        return None  # "told parliament this afternoon": a statement on the story's own day
    when = None if " to " in question and _PLANNED.match(question) or \
        _POSSIBLE.match(question) else mention.when
    return Fact(category=Category.DATE, kind=mention.kind, article=article.file,
                sentence=sentence, question=question, answer=mention.answer,
                accept=tuple(a for a in mention.accept if a != mention.answer),
                subject=normalise_subject(event), value=mention.value,
                explanation=_explanation(mention, span, article), when=when,
                event=event)


#: A question about what only may happen ("When could the first culls take place?"): put in
#: no time order with what has happened.
_POSSIBLE = re.compile(r"^(?:When|On what \w+|In what \w+|By when|Until when) (?:could|may|"
                       r"might|should) ")


#: Words of the story's own day ("this morning", "earlier today", "tonight").
_SAME_DAY = ("morning", "afternoon", "evening", "today", "tonight")


#: A question about what is only planned ("When does the association plan to challenge the
#: scheme?"): it has not happened, so it is put in no time order with what has.
_PLANNED = re.compile(r"[\w ]+? (?:does|do|is|are) .+? (?:plan|intend|aim|hope|want|planning|"
                      r"hoping|aiming|intending) to\b")


#: What :func:`_date_question` gives: the question ("" for a cloze), the event it asks
#: about and the span the explanation quotes; ``None`` when the date makes no fact.


DateQuestion = tuple[str, str, str] | None


def _date_question(sentence_text: str, mention: DateMention) -> DateQuestion:
    """The question for ``mention`` in a sentence."""
    found = _question_for(sentence_text, *_question_key(mention))
    if found is None:
        return None
    question, event, span, open_question = found
    if question and " and " in question and _runs_over_clauses(question):
        return _second_clause_question(sentence_text, mention) or ("", "", span)  # "did X
        # close the border and the army sealed the port?": the date is the second clause's
    if question and ", " in question and ", " in sentence_text[:mention.start]:
        aside = _ASIDE_PARTICIPLE.search(sentence_text, max(0, mention.start - 40),
                                         mention.start)
        if aside is not None and f", {aside.group(1)} " in question:
            return "", "", span  # "under its act, adopted in 2024 to reduce X": the year is
            # the act's adoption, which the question kept without it
    if question and _date_of_subject_noun(sentence_text, mention.start, mention.end, question):
        return "", "", span  # "The ministry's decision on Tuesday to close the border angered
        # traders": the day is the decision's, not the angering's
    if question and _SAID_DAY.search(question):
        return "", "", span  # "did X say Thursday?" for a Tuesday: the other day is the saying's
    if question and ("not " in question or "n't " in question) and \
            not question.startswith("Since when") and \
            _NEGATED.search(_REPORTED_PART.split(question, 1)[0]):
        return "", "", span  # "On what date could X not land?": asks for what did not happen
    if question and lacks_what_was_said(question):
        return "", "", span  # "On what date did X tell local radio?": told it what?
    if question and (" at " in sentence_text or " in " in sentence_text):
        cut = without_participle_phrase(sentence_text, event)
        if cut is not None and cut[1] + cut[2] <= mention.start:
            return _date_question(cut[0], replace(mention, start=mention.start - cut[2],
                                                  end=mention.end - cut[2]))  # "Catches of
            # tuna landed at Tema dropped by 18% last year": asked without "landed at Tema"
    if question and (opens_unclosed_quotation(question) or
                     subject_inside_phrase(sentence_text, event) or
                     (" at " in sentence_text or " in " in sentence_text) and
                     subject_after_participle(sentence_text, event) or
                     has_second_verb(question) or
                     participle_read_as_active(sentence_text, mention.start, mention.end,
                                               question)):
        return "", "", span  # "did 'Harbour at Dusk paint?" (a title cut at its comma);
        # "was Linlithgow completed?" from "the electrification of the line through Falkirk
        # and Linlithgow was completed"; "did a breach of the rules introduce?" from "a
        # breach of the rules introduced in 2023"
    if question and ", which " in sentence_text and _verb_antecedent(sentence_text, event):
        return "", "", span  # "before dismissals can take effect, which could delay the
        # cuts until the autumn": "which" stands for a clause, no subject to ask with
    if question and dates_a_noun_before(sentence_text, mention.start, question):
        return "", "", span  # "returned in time for a concert next month": the concert's
        # month, not the return's
    if question:
        cut = without_time_clause(question, event)
        if cut is None:
            return "", "", span
        question, event = cut  # "When is X expected to take his seat when the parliament
        # returns?": the time clause already answers it
    if not open_question:
        return question, event, span
    if question and _gives_away(question, mention):
        question = event = ""  # "did X buy A and B in 2022?": the other date makes it ambiguous
    if _NEGATIVE_SUBJECT.search(question) or question.count(" ") < 6 and \
            not _NAMED.search(question, 1) and (_INDEFINITE_SUBJECT.match(question) or
                                                not _DEFINITE.search(question)):
        question = ""  # "Before what year would no hospital close?": asks for what did not
        # happen; "When did a contractor go bankrupt?", "In what year did records begin?":
        # any contractor or records of a deck's articles
    if " the " in question and _EMPTY_SUBJECT.match(question):
        question = ""  # "Until when is the process expected to last?": which process? The
        # noun names no thing of its own, and nothing else in the question says which
    if _BARE_EVENT.match(question) and not _ends_on_participle(question):
        question = ""  # "When was the White House airstrike?": which of a deck's airstrikes?
    if question.startswith("In what year had ") and _NUMBER.search(question) and \
            span.lower() in ("last year", "this year"):
        question = ""  # "In what year had the agency carried out more than 14,000 tests?"
        # for a reported "last year": a year's tally as someone put it, no event to date
    if question.startswith(("Since when is ", "Since when are ")):
        question = ""  # "Since when is the outbreak the worst?": a superlative, not an event
    if question.startswith("Since when did "):
        question = "W" + question[len("Since w"):]  # a start: "When did X begin ...?"
        # ("Since when did militants initiate attacks?" asks for a state, in a past tense)
    return question, event, span


#: A finite verb after "and" in a "did" question: the question ran over two clauses ("did X
#: close the border and the army sealed the port?").
_FINITE_AFTER_AND = re.compile(r"\b(?:did|do|does)\b[^?]* and (?:the |a |an |its |their |his |"
                               r"her )?(?:[\w'’-]+ ){0,4}?(?:[a-z]{3,}ed|had|was|were|has|have|"
                               r"will|would|can|could|is|are|must|should)\b")

#: A past verb with its object right after "and" in what a question reports ("say that the
#: cargo had been secured and blamed the accident on"): the verb of another clause.
_VERB_AFTER_AND = re.compile(r" and [a-z]{3,}ed (?:the|a|an|its|their|his|her)\b")


def _runs_over_clauses(question: str) -> bool:
    """Whether ``question`` ran on into a second clause after "and": a subject and a finite
    verb in its own clause ("did X close the border and the army sealed the port?"), or a
    verb after what it reports ("did X say that A and blamed B?"); not "announce that A and B
    had agreed", two subjects of what is reported."""
    head, *reported = _REPORTED_PART.split(question, 1)
    return bool(" and " in head and _FINITE_AFTER_AND.search(head) or
                reported and " and " in reported[0] and _VERB_AFTER_AND.search(reported[0]))


#: A participle set off by a comma right before the date's preposition (", adopted in").
_ASIDE_PARTICIPLE = re.compile(r", ([a-z]+(?:ed|en|wn)) (?:in|on|at|last|early|late)? ?$")

#: The noun phrase going on after the date ("decision on Tuesday to close the border"): the
#: clause's verb comes later, and may be long after the noun's day.
_NOUN_GOES_ON = re.compile(r"\s+(?:to|by|of|for|against|over|that|which|who|at)\s")

#: The word right before the date (and its preposition): a noun it may belong to.
_NOUN_BEFORE_DATE = re.compile(r"\b(?P<noun>[a-z]+) (?:on|in|at|last|this|earlier|late)? ?$")

#: The words of a clause before the noun when the noun ends the clause's subject: a
#: determiner or a name and up to three more words ("The ministry's ", "The ").
_SUBJECT_START = re.compile(r"\s*(?:The|the|A|An|Its|Their|This|[A-Z][\w.'’-]*)"
                            r"(?:\s+[\w.'’-]+){0,3}\s+")

#: A finite verb in the words before a noun (so the noun is no part of the subject).
_FINITE_BEFORE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|said|"
                            r"says|[a-z]{3,}ed)\b")


def _date_of_subject_noun(text: str, start: int, end: int, question: str) -> bool:
    """Whether the date at ``text[start:end]`` follows an event noun of its clause's subject
    that the question keeps, the noun phrase going on after it ("The ministry's decision on
    Tuesday to close the border angered traders": "did the decision anger traders?" would date
    the angering with the decision's day)."""
    from quiz.generate.spans import EVENT_NOUNS

    if not _NOUN_GOES_ON.match(text, end):
        return False  # "A similar strike in 2023 ended": the strike's year is the ending's
    before = _NOUN_BEFORE_DATE.search(text, max(0, start - 30), start)
    if before is None or before.group("noun") not in EVENT_NOUNS or \
            f" {before.group('noun')} " not in question:
        return False
    lo = max(text.rfind(",", 0, before.start()), text.rfind(";", 0, before.start()),
             text.rfind(":", 0, before.start())) + 1
    return _SUBJECT_START.fullmatch(text, lo, before.start()) is not None and \
        _FINITE_BEFORE.search(text, lo, before.start()) is None


#: A verb of saying and its own day without "on" ("say Thursday"), kept in a question.
_SAID_DAY = re.compile(rf"\b(?:say|tell|announce|confirm|add|report|state)\s+{WEEKDAY}\b")


#: A negated verb in a question ("could X not land", "did X not attend").
_NEGATED = re.compile(r"\b(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could|"
                      r"should|may|might|must)\b[^?,]*? (?:not|n't)(?! (?:to|only|just|least)\b)"
                      r" [a-z]")

#: Where a question's own verb group ends and what it reports begins ("say that ...").
_REPORTED_PART = re.compile(r" (?:say|tell|announce|confirm|warn|insist)\b")

#: The subject that opens a clause joined by a bare "and" ("and the army sealed").
_AND_CLAUSE = re.compile(r" and (?=(?:the|its|their|[A-Z][\w'’-]*) )")


def _second_clause_question(sentence_text: str, mention: DateMention) -> DateQuestion:
    """The question for ``mention`` asked of the clause that the last bare "and" before it
    opens, when that clause has its own subject ("X closed the border and the army sealed the
    port on Tuesday": "On what date did the army seal the port?"); ``None`` otherwise."""
    joins = list(_AND_CLAUSE.finditer(sentence_text, 0, mention.start))
    if not joins:
        return None
    at = joins[-1].end()
    clause = sentence_text[at:]
    if any(mark in sentence_text[at:mention.start] for mark in ",;:\"“”") or \
            not _JOINED_SUBJECT.match(clause[:1].lower() + clause[1:]) and \
            not clause[:1].isupper():
        return None
    asked = _date_question(clause[:1].upper() + clause[1:],
                           replace(mention, start=mention.start - at, end=mention.end - at))
    if asked is None or not asked[0] or " and " in asked[0] and _runs_over_clauses(asked[0]):
        return None
    return asked


#: A short name or abbreviation in brackets after a name ("Nachtbahn (ÖNB)", "the tribunal
#: (TSE)"), the last one before the date.
_NAME_IN_BRACKETS = re.compile(r" \((?=[^\W_a-z])[\w&.'’-]+(?: (?=[^\W\d_a-z])[\w&.'’-]+){0,3}\)"
                               r"(?![^(]*\()")


#: The openings of a question about a schedule's date, and what they become.
_FOR_WHEN_FORMS = {"On what date": "For what date", "On what day": "For what day",
                   "When": "For when", "In what year": "For what year",
                   "In what month": "For what month"}
_FOR_WHEN = re.compile(r"^(?:On what date|On what day|When|In what year|In what month)\b")


#: What :func:`_question_for` reads of a mention: where it is, its kind, the shape of its
#: answer, its value (a month's) and whether it qualifies a noun.
_QuestionKey = tuple[int, int, AnswerKind, str, str, bool]


def _question_key(mention: DateMention) -> _QuestionKey:
    """What :func:`_question_for` reads of ``mention``, as a plain tuple (cheap to hash).
    The resolved date is left out, so a sentence that recurs with another publication date
    is asked from the cache."""
    answer = next((shape for shape in (WEEK_OF, WEEKEND_OF, "the end of", "mid-",
                                       "the night of")
                   if mention.answer.startswith(shape)), "")
    if mention.kind is AnswerKind.YEAR and "into " in mention.answer:
        answer = "into"  # "well into 2027": how far something lasts
    if mention.kind is AnswerKind.MONTH and mention.answer.endswith(" year"):
        answer = "year"  # "October last year" in an undated story
    elif not answer and mention.answer.startswith("the ") and " of " in mention.answer and \
            mention.kind in (AnswerKind.MONTH, AnswerKind.MONTH_YEAR):
        answer = "the part of"  # "the last week of August"
    value = mention.value if mention.kind in (AnswerKind.MONTH, AnswerKind.WEEKDAY) else ""
    return mention.start, mention.end, mention.kind, answer, value, mention.modifier


@functools.lru_cache(maxsize=8192)
def _question_for(sentence_text: str, start: int, end: int, kind: AnswerKind, answer: str,
                  value: str, modifier: bool,
                  first_on: bool = False) -> tuple[str, str, str, bool] | None:
    """:func:`_date_question` up to the checks that need the whole answer: the question, its
    event, the explanation's span, and whether the question still has to be checked (a
    question from the clause) or is final (a cloze, a possessive day, a described event).
    ``first_on`` says the "until" before the date gives when something first happened (the
    sentence's "not ... until" read without its "not")."""
    from quiz.generate.spans import span_question

    if sentence_text.endswith("until ", 0, start) and not first_on:
        negated = negated_until(sentence_text, start)
        if negated is not None:  # "the body was not found until 2019": the year it was
            # found, asked without the negation ("In what year was the body found?")
            shift = len(negated.group("neg"))
            found = _question_for(sentence_text[:negated.start("neg")] +
                                  sentence_text[negated.end("neg"):], start - shift,
                                  end - shift, kind, answer, value, modifier, first_on=True)
            if found is None or not negated.group("plan") or not found[0]:
                return found
            question = _FOR_WHEN.sub(lambda m: _FOR_WHEN_FORMS[m.group()], found[0], 1)
            return question, *found[1:]  # "a repair was not scheduled until Monday": "For
            # what date was a repair scheduled?" (not when the scheduling was done)

    if sentence_text.find("(", 0, start) >= 0:
        named = _NAME_IN_BRACKETS.search(sentence_text, 0, start)
        if named is not None:  # "The operator, Nachtbahn (ÖNB), said on Tuesday": the name
            # in brackets would end the subject; the sentence is read without it
            shift = named.end() - named.start()
            return _question_for(sentence_text[:named.start()] + sentence_text[named.end():],
                                 start - shift, end - shift, kind, answer, value, modifier,
                                 first_on)
    text = sentence_text
    cut = opening_dateline_end(text) if text[1:2].isupper() else 0
    if cut:  # "KESTRAVIK, June 4 - Thousands walked out on Wednesday": the story starts after
        text = text[cut:]
    mention = DateMention(start - cut, end - cut, kind, answer, (), value, None,
                          modifier=modifier)
    before = text[:mention.start]
    offset = max(0, len(before) - 40)
    if offset:
        offset = before.find(" ", offset) + 1 or offset  # whole words only
    preposition = _ADVERBIAL_BEFORE.search(before, offset)
    start = preposition.start() if preposition else mention.start
    if preposition is not None and before.endswith(("on ", "On ")):
        time = _TIME_OF_DAY.search(before, max(0, start - 32), start)
        if time is not None:
            start = time.start()  # "shortly after midnight on Sunday" goes as one time
    elif preposition is None and before.endswith(" of "):
        part = _PART_OF_DAY_OF.search(before, max(0, len(before) - 40))
        if part is not None:
            start = part.start()  # "in the early hours of Sunday" goes as one time
    if preposition is not None and text.endswith(" at least ", 0, start):
        start -= 9  # "will last at least until the end of next month": the bound goes with it
    word = preposition.group().split()[0].lower() if preposition else ""
    wh, np_wh = _WH[mention.kind]
    if preposition is None and before.endswith("until at least "):
        start, word = len(before) - 15, "until"  # "stay closed until at least Monday"
    if preposition is None and not mention.modifier and set_for(text, mention.start):
        start, word = mention.start - 4, "for"  # "called a strike for Thursday": the day
        wh = np_wh = _FOR_WHEN_FORMS.get(wh, "For when")  # the strike is set for
    if mention.answer == "into":
        wh = np_wh = "Until when"  # "will be felt well into 2027": "Until when will the
        # damage be felt?"
    if mention.answer.startswith((WEEK_OF, WEEKEND_OF, "mid-", "the night of", "the part of")):
        wh = np_wh = "When"  # "When will X decide?": a week, not a date; "mid-2026", the
        # middle of a year
    if mention.kind is AnswerKind.MONTH and (not mention.value[2:].isdigit() or
                                             mention.answer == "year") or \
            mention.kind is AnswerKind.WEEKDAY and " " in mention.value:
        wh = np_wh = "When"  # "the spring": a season, not a month; "October last year", a
        # month of a year; "next week", not a day
    if word == "since" and _SUPERLATIVE.search(before):
        return (*_bare(sentence_text, mention), False)  # "fell to its lowest level since
        # 2002": a record's bound, not the date of an event
    if preposition is None and before.endswith(" of ") and not mention.modifier:
        asked = named_event_question(text, mention.start, mention.end, np_wh)
        if asked is not None:  # "the earthquake of 1755, which destroyed much of the city"
            return asked.question, asked.event, _bare(sentence_text, mention)[2], False
    if word == "since" and _ALL_OF_SINCE.search(before, max(0, len(before) - 40)):
        return (*_bare(sentence_text, mention), False)  # "stripped of all results since 9
        # March": the results' bound, not when the stripping began
    if word == "since":
        wh = np_wh = "Since when"
    elif word == "until" and not first_on:
        wh = np_wh = "Until when"
    elif word in ("around", "circa"):
        if mention.kind is not AnswerKind.YEAR:
            return (*_bare(sentence_text, mention), False)
        wh = np_wh = "Around what year"  # "was made around 1640": a year, roughly
    elif word == "by":
        wh = np_wh = "By when"
    elif word in ("before", "prior"):
        wh = np_wh = "Before what year" if mention.kind is AnswerKind.YEAR else \
            "Before what date"
    elif word == "from" and not mention.modifier and \
            not _SPAN_END_AFTER.match(text, mention.end) and \
            not text.startswith(("'s ", "’s "), mention.end) and is_future(text, mention.start):
        wh = np_wh = "From what date" if wh == "On what date" else "From when"  # "will cut
        # supplies every night from Monday": a start the future tense can ask about
    elif word == "from" and not mention.modifier and \
            not _SPAN_END_AFTER.match(text, mention.end) and \
            not text.startswith(("'s ", "’s "), mention.end):
        return (*_bare(sentence_text, mention), False)  # "free lunches from September": a
        # start, asked as a cloze (a question would need the tense of what starts)
    elif word in ("after", "from") and not mention.modifier and \
            not text.startswith(("'s ", "’s "), mention.end):
        return None  # "after 2014": a bound, not the date of an event
    if text.startswith(("'s ", "’s "), mention.end):
        asked = _possessive_day(text, mention, wh)
        if asked is None and not text[:mention.start].strip(" ,"):
            asked = possessed_event_question(text, mention.end, np_wh)  # "Last week's
            # storm damaged 300 homes": "When was the storm that damaged 300 homes?"
        if asked is None and text[mention.start:mention.end].split()[-1] in WEEKDAYS:
            tense = clause_tense(text, mention.start)
            asked = named_event_day_question(text, mention.end, wh, tense == "future",
                                             tense == "past")  # "from Saturday's home match
            # against Sheffield Rovers": "On what date is the home match against ...?"
        if asked is None:
            return (*_bare(sentence_text, mention), False)  # "said this year's programme
            # had": the date qualifies a noun that cannot be asked without it
        return asked.question, asked.event, _bare(sentence_text, mention)[2], False
    asked = None
    if not mention.modifier and text.startswith("It was "):
        cleft = cleft_clause_sentence(text, mention.end)
        found = _reasked(cleft[0], mention.start - cleft[1], mention, first_on) \
            if cleft is not None else None
        if found is not None:
            return _spanned(found, text, mention)  # "It was only after his granddaughter
            # watched a documentary in June that X": "When did his granddaughter watch ...?"
    if not mention.modifier and " when " in text and (" came " in before or
                                                      " arrived " in before):
        found = _came_when_question(text, mention, start, first_on)
        if found is not None:
            return found  # "The final blow came earlier this month, when the sponsor pulled
            # out": "When did the sponsor pull out?" (not "When did the final blow come?")
    if not mention.modifier and (" of them " in text or ", in " in text or
                                 ", one of the " in text):
        found = _without_asides_question(text, mention, first_on)
        if found is not None:
            return found  # "a similar discovery in Silves, in the Algarve, forced X": read
            # without the place or the part set off by commas (or an appositive ", one of
            # the best-preserved baths in Europe,")
    if not mention.modifier and (text.startswith(("About ", "Around ")) or
                                 text.startswith("The ") and (" that " in text[:40] or
                                                              " who " in text[:40])):
        found = _stand_in_question(text, mention, first_on)
        if found is not None:
            return found  # "About 300 people were evacuated on Monday": "about" is no
            # preposition here
    if not mention.modifier and text[:1].isupper():
        found = _belief_question(text, mention, first_on)
        if found is not None:
            return found  # "Experts believe the bathhouse was built between 1100 and 1140":
            # "During which years do experts believe the bathhouse was built?"
    if not mention.modifier and text.startswith("Under ") and ", " not in before:
        under = under_question(text, mention.start, wh)
        if under is not None:  # "Under rules introduced last year, clubs can be docked
            # points": "When were the rules introduced under which clubs can be docked ...?"
            return under.question, under.event, text[mention.start:mention.end], True
    if not mention.modifier and ", " not in before and opens_with_participle(text):
        found = _fronted_question(text, mention, start, first_on)
        if found is not None:
            return found  # "Speaking in Brussels on Monday, the commissioner said X": "On
            # what date did the commissioner say X?"
    if not mention.modifier and (", which " in before or ", who " in before):
        found = _relative_clause_question(text, mention, first_on)
        if found is not None:
            return found  # "tours of the site, which are due to begin next month": "When
            # are guided tours of the site due to begin?" (the clause read as a sentence)
    if mention.modifier:
        if word == "since" or before.rstrip().lower().endswith(("since its", "since their",
                                                                "since the")):
            end = _noun_phrase_end(text, mention.end)
            asked = span_question(text, _since_start(before), end, "Since when", "Since when",
                                  allow_np=False)
        else:
            asked = _np_from_modifier(text, mention, np_wh)
    else:
        if mention.answer.startswith("the end of") and word not in ("by", "until"):
            wh = np_wh = "When"
        if _COORDINATED_AFTER.match(text, mention.end) or (
                (" and " in before[-24:] or " or " in before[-24:]) and
                _COORDINATED_BEFORE.search(before, max(0, len(before) - 24))):
            return (*_bare(sentence_text, mention), False)  # "walked out on Monday and
            # Tuesday": two days, no one date to ask for
        if _SPAN_END_BEFORE.search(before) or (
                before.rstrip().lower().endswith("between") or
                re.search(r"\b(?:between|from)\s+$", before, re.I)) and \
                _SPAN_END_AFTER.match(text, mention.end):
            return (*_bare(sentence_text, mention), False)  # one end of a span: cloze only
        described = _PP_NOUN_BEFORE.search(before) \
            if not preposition and start == mention.start else None
        if described is not None and _VERB_IN_NOUN.search(described.group("noun")):
            described = None  # "Work on the tunnel was halted last month": a verb, no noun
        if described is not None and _AGENT_BEFORE.search(before, 0, described.start() + 2):
            described = None  # "limits imposed by the ministry last year": an agent, not a
            # described event
        if described is not None and described.group().startswith("from ") and \
                (_moved_from(before[:described.start()]) or
                 _SOURCE_OF_NOUN.search(before, 0, described.start())) and \
                _RELATIVE_AFTER.match(text, mention.end) is None:
            described = None  # "withdrew from the draw last week": where the verb's subject
            # went from, not an event of its own ("recovered from a slump last month that
            # wiped out gains" is the slump's)
            # "turned down an offer from a streaming service last year": the sender of
            # the noun before "from", which has no date of its own; the date is the verb's
        relative = _RELATIVE_AFTER.match(text, mention.end) if described else None
        if described is not None and relative is None and (
                described.group().split(maxsplit=1)[0].lower() in ("of", "in", "by") or
                is_future(text, mention.start)):
            described = None  # "met members of the association last week": the meeting's;
            # "will vote on the plan next Thursday": a time to come is the verb's
        if described is not None:  # "blamed on a heatwave last month that pushed X": the
            # heatwave's date, not the blaming's
            inside = _IN_WHICH_AFTER.match(text, mention.end) if relative is None else None
            if inside is not None:  # "a public consultation last year in which 54% of
                # respondents opposed a charge": the consultation's date
                question = (f"When was the {described.group('noun')} in which "
                            f"{inside.group('rest').strip()}?")
                return (question, question[len("When was "):-1],
                        _bare(sentence_text, mention)[2], False)
            if relative is None or not _simple_past(relative.group("verb")):
                return (*_bare(sentence_text, mention), False)
            question = (f"When was the {described.group('noun')} that "
                        f"{relative.group('verb')}{relative.group('rest').rstrip()}?")
            return (question, question[len("When was "):-1], _bare(sentence_text, mention)[2],
                    False)
        end = mention.end
        part = _PART_OF_DAY.match(text, end)
        if part is not None:
            end = part.end()  # "on Tuesday night" goes as a whole, not leaving "night"
        asked = agent_question(text, start, end, wh) if text.startswith(" by ", end) else None
        # "the rise recommended last month by X": the recommending's date
        if asked is None and before[:1] in "'‘\"“" and ", " in before:
            asked = title_aside_question(text, start, end, wh)  # "'Harbour at Dusk, Winter',
            # painted in 1931, sold for £2m": the title is the subject, passive
        if asked is None and (text.startswith(",", end) or text.find(" to ", 0, start) >= 0):
            asked = _reread_question(text, start, end, wh, np_wh)
        if asked is None and "t " in before[-40:] and " that " in text:
            asked = it_passive_question(text, start, end, wh)  # "It was announced on Monday
            # that X": the announcing's date ("did X" would give it to what was announced)
        if asked is None and (start == len(before) - 3 and before.endswith(("on ", "in ")) or
                              start == mention.start):
            asked = present_question(text, start, wh)  # "The Tour begins on Saturday": "On
            # what date does the Tour begin?"
        if asked is None:
            asked = span_question(text, start, end, wh, np_wh)
        if asked is None:
            asked = joined_clause_question(text, start, end, wh, np_wh)  # "X were suspended,
            # and the chairman resigned last week": the chairman's clause read on its own
        if asked is None and ("\"" in before or "“" in before):
            asked = quoted_words_question(text, start, end, wh, np_wh)  # 'reported hearing
            # the roof "cracking" last month': the quotation marks stop the clause reader
        if asked is None and (" is " in before or " are " in before):
            asked = placed_event_question(text, start, end, wh)  # "The club's first game is
            # at home to Leeds tomorrow": a copula the clause reader does not ask
        if asked is None and ("s " in before[-24:] or " to " in before[-80:]):
            asked = passive_finding_question(text, start, end, wh)  # "the damage was
            # discovered early on Monday": the clause reader reads "discovered" as reporting
        if asked is None and start == 0 and ", " in text:
            asked = appositive_question(text, start, end, wh, np_wh)
            if asked is not None and cut_short(text, asked.question, pairs=True):
                asked = None  # "did X call the dam essential to back up wind?"
        if asked is None and before[:1].isupper() and ", " in before:
            asked = participle_aside_question(text, start, end, wh)  # "The law, passed in
            # 2019, requires X"
        if asked is None and (" that " in before or " which " in before):
            asked = relative_question(text, start, wh) or \
                object_relative_question(text, start, wh)
        if asked is None and " that " in before:
            asked = complement_question(text, start, end, wh, np_wh)  # "said that the
            # bridge would reopen in May": read as "said the bridge would reopen in May"
        if asked is None and (" it " in before or " they " in before or " its " in before or
                              " he " in before or " she " in before):
            asked = speaker_pronoun_question(text, start, end, wh, np_wh)  # "The commission
            # said it would decide by Wednesday": "By when would the commission decide?"
    if asked is not None and (asked.question.endswith("ed?") and
                              _CUT_PARTICIPLE.search(asked.question) or
                              _other_date(asked.question) or
                              _THINKING_ASKED.search(asked.question) is not None and
                              not _SCHEDULE_ASKED.match(asked.question) and
                              _THOUGHT_OWNS.search(text, max(0, mention.start - 120),
                                                   mention.start) is not None or
                              _DANGLING.search(asked.question) or
                              asked.question.endswith("ing?") and
                              _CUT_ING.search(asked.question) or
                              "ccording to" in asked.question and
                              _LEAD_AS_SUBJECT.search(asked.question) or
                              "vote" in asked.question and _TALLY.search(asked.question) or
                              ":" in text and _split_number(text, asked.question) or
                              cut_short(text, asked.question) or
                              in_participle_of_subject(text, mention.start, mention.end,
                                                       asked.question) or
                              " by " in asked.question and
                              participle_made_base(text, asked.question) or
                              (_NESTED_EVENT.search(asked.question)
                               and _NESTED_EVENT.search(text, 0, mention.start)) or
                              " to " in asked.question and
                              _infinitive_owns(text, start, asked.question)):
        asked = None  # "did X buy A and B in 2022?": the other date makes it ambiguous
    if asked is None and " by " in text and not mention.modifier:
        asked = agent_question(text, start, end, wh, after_agent=True)  # "the rise
        # recommended by X last month"
    if asked is None and not mention.modifier:
        asked = participle_subject_question(text, start, end, wh)  # "The report submitted
        # in 2019 had ignored the risk": "In what year was the report submitted?"
    if (asked is None or ", " in asked.question) and not mention.modifier and \
            ", " in before and _SAID_BEFORE.search(text, max(0, start - 60), start):
        plainer = plainer_attribution(text, start)
        if plainer is not None:  # "X voted to walk out, after Y, their union announced on
            # Thursday": read as "X voted to walk out, the union announced on Thursday" (also
            # when the question would repeat the statement's second clause)
            found = _reasked(plainer[0], mention.start - plainer[1], mention, first_on)
            if found is not None:
                return _spanned(found, text, mention)
    if asked is None and not mention.modifier and text.endswith(", ", 0, start):
        named = _NAME_APPOSITIVE.search(text, max(0, start - 60), start)
        if named is not None:  # "captured by Portugal's first king, Afonso Henriques, in
            # 1147": the sentence read without the name the commas set off
            shift = named.end() - named.start() - 1
            cut = f"{text[:named.start()]} {text[named.end():]}"
            found = _reasked(cut, mention.start - shift, mention, first_on)
            if found is not None:
                return _spanned(found, text, mention)
    if asked is None and not mention.modifier and (" said, " in before or
                                                   "ccording to " in before):
        inner = _INNER_ATTRIBUTION.search(text, 0, mention.start)
        if inner is not None:  # "Oxfam, a spokesman said, launched X on Tuesday": read
            # without the attribution inside the clause
            shift = inner.end() - inner.start()
            found = _reasked(f"{text[:inner.start()]}{text[inner.end():]}",
                             mention.start - shift, mention, first_on)
            if found is not None:
                return _spanned(found, text, mention)
    if asked is None and not mention.modifier and ('"' in text or "“" in text):
        found = _unquoted_question(text, mention, first_on)
        if found is not None:
            return found  # 'On Tuesday, the council declared a "climate emergency"': asked
            # without the quotation marks, which the question puts back
    if asked is not None and (" if " in asked.question or " unless " in asked.question) and \
            not mention.modifier:
        cut = without_tail(text, mention.end)
        found = _reasked(cut, mention.start, mention, first_on) if cut is not None else None
        if found is not None:
            return _spanned(found, text, mention)  # "would resume next weekend only if the
            # government agreed to X": the condition is no part of the event asked
        if cut is not None:
            asked = None
    if asked is None and not mention.modifier and " " in text[mention.end:mention.end + 2]:
        cut = without_tail(text, mention.end)
        found = _reasked(cut, mention.start, mention, first_on) if cut is not None else None
        if found is not None:
            return _spanned(found, text, mention)  # "is due to start delivering power next
            # year after delays caused by X": asked without the reason
    if asked is None and not mention.modifier and text.count(", ", 0, start) == 2:
        named = named_subject_sentence(text)
        found = _reasked(named[0], mention.start - named[1], mention, first_on) \
            if named is not None and named[1] < mention.start else None
        if found is not None:
            return _spanned(found, text, mention)  # "The first wind farm in Polish waters,
            # Baltica Wschód, is due to start next year": asked of Baltica Wschód
    if asked is None and not mention.modifier and ", and " in before:
        found = _joined_clause_question(text, mention, first_on)
        if found is not None:
            return found  # "X set up a commission, and prosecutors opened a case on Sunday
            # into Y": the second clause read as a sentence
    if asked is None and not mention.modifier and before.endswith(" ") and \
            (_PARTICLE_BEFORE.search(text, max(0, start - 30), start) or
             _TALLY_AFTER.match(text, mention.end) or
             " vote" in before and _TALLY_AFTER.search(text, 0, start)):
        found = _plainer_verb_question(text, mention, start, first_on)
        if found is not None:
            return found  # "was sworn in on 20 January", "passed its final vote on Wednesday
            # by 210 votes to 140", "approved the closures by six votes to two at a meeting
            # on Tuesday"
    if asked is None and not mention.modifier and " by " in before and " be" in before:
        found = _without_agent_question(text, mention, start, first_on)
        if found is not None:
            return found  # "will be opened by the Red Cross on Tuesday": asked without the
            # agent, which the question puts back
    if asked is None and not mention.modifier and (" first " in before or "ly " in before):
        adverb = _ADVERB_IN_VERB.search(text, 0, start)
        if adverb is not None:
            found = _without_adverb_question(text, mention, adverb, first_on)
            if found is not None:
                return found  # "was first flagged last month by a laboratory": read without
                # "first", which the question puts back
    if asked is None and not mention.modifier and (" told to " in before or
                                                   " asked to " in before):
        found = _instruction_question(text, mention, first_on)
        if found is not None:
            return found  # "had been told to stay in port until Thursday": "Until when had
            # X been told to stay in port?" (read as "ordered", which is no saying)
    if asked is None and text.startswith(("He ", "She ")):
        found = _stand_in_question(text, mention, first_on)
        if found is not None:
            return found  # "He told reporters on Thursday that X": "On what date did he
            # tell reporters that X?" (named later, or dropped)
    if asked is None and not mention.modifier and (
            text.find(", which ", mention.end) > 0 or text.find(", who ", mention.end) > 0):
        cut = without_later_aside(text, mention.end)
        found = _reasked(cut, mention.start, mention, first_on) if cut is not None else None
        if found is not None:
            return _spanned(found, text, mention)  # "said on Wednesday that the timetable,
            # which starts on 12 July, would add X": read without the clause between
    if asked is None:
        return "", "", text[mention.start:mention.end], True
    question = _CUT_DGE.sub(r"\1e", asked.question) if "dg" in asked.question else \
        asked.question  # "did the chancellor pledg": the clause reader's base of "-dged"
    if " of the " in text:
        question = _part_put_back(text, question)
    if " and " in text and " did " in question:
        question = passive_question(text, question)  # "was built in 1923 and renovated in
        # 2010": "was the stadium renovated?", not "did the stadium renovate?"
    return question, asked.event, text[mention.start:mention.end], True


def _reasked(sentence: str, at: int, mention: DateMention,
             first_on: bool) -> tuple[str, str, str, bool] | None:
    """:func:`_question_for` of ``mention`` read again at ``at`` in ``sentence`` (its own
    sentence reworded so the clause reader can ask it); ``None`` when that gives no question."""
    found = _question_for(sentence, at, at + mention.end - mention.start, mention.kind,
                          mention.answer, mention.value, mention.modifier, first_on)
    return found if found is not None and found[0] else None


def _spanned(found: tuple[str, str, str, bool] | None, text: str,
             mention: DateMention) -> tuple[str, str, str, bool] | None:
    """``found`` (from a reworded sentence) with the span of ``mention`` in ``text``."""
    return None if found is None else (found[0], found[1], text[mention.start:mention.end],
                                       found[3])


def _relative_clause_question(text: str, mention: DateMention,
                              first_on: bool) -> tuple[str, str, str, bool] | None:
    """The question for a date in a subject relative clause, asked of the clause read as a
    sentence with the noun phrase before ", which" as its subject, or for a date after such a
    clause set off by commas, asked of the sentence without it; ``None`` when there is
    none."""
    read = relative_clause_sentence(text, mention.start)
    if read is None:
        cut = without_relative_aside(text, mention.start)
        if cut is None:
            return None
        found = _reasked(cut[0], mention.start - cut[1], mention, first_on)
        return _spanned(found, text, mention)
    sentence, at, written, phrase = read
    found = _reasked(sentence, at, mention, first_on)
    if found is None:
        return None
    question, event, _, open_question = found
    if written != phrase:
        question, event = question.replace(written, phrase, 1), event.replace(written, phrase, 1)
    return question, event, text[mention.start:mention.end], open_question


def _fronted_question(text: str, mention: DateMention, start: int,
                      first_on: bool) -> tuple[str, str, str, bool] | None:
    """The question for a date in an opening participle phrase, asked of the clause it
    belongs to (:mod:`quiz.generate.date_fronted`); ``None`` when there is none."""
    read = fronted_sentence(text, start, mention.end)
    if read is None:
        return None
    sentence, at = read
    shift = at + mention.start - start
    found = _reasked(sentence, shift, mention, first_on)
    return _spanned(found, text, mention)


def _came_when_question(text: str, mention: DateMention, start: int,
                        first_on: bool) -> tuple[str, str, str, bool] | None:
    """The question for the date of an event that "came" when something happened, asked of
    the "when" clause (:mod:`quiz.generate.date_came_when`); ``None`` when there is none."""
    read = when_clause_sentence(text, start, mention.end)
    if read is None:
        return None
    sentence, at = read
    found = _reasked(sentence, at + mention.start - start, mention, first_on)
    return _spanned(found, text, mention)


def _belief_question(text: str, mention: DateMention,
                     first_on: bool) -> tuple[str, str, str, bool] | None:
    """The question for a date in the clause a sentence opens by believing ("Experts believe
    X was built in 1140"), asked of that clause with the belief put back; ``None`` when none."""
    read = belief_clause(text)
    if read is None or read[1] > mention.start:
        return None
    clause, at, belief = read
    found = _reasked(clause, mention.start - at, mention, first_on)
    if found is None:
        return None
    question = with_belief(found[0], found[1], belief)
    if question is None:
        return None
    return question, found[1], text[mention.start:mention.end], found[3]


def _without_asides_question(text: str, mention: DateMention,
                             first_on: bool) -> tuple[str, str, str, bool] | None:
    """The question for a date asked of the sentence without the places (", in the
    Algarve,") and parts (", many of them islanders,") set off by commas; ``None`` when there
    are none or the sentence still gives none."""
    asides = list(_PLACE_OR_PART.finditer(text))
    if not asides or any(aside.start() < mention.end and mention.start < aside.end()
                         for aside in asides):
        return None
    shift = sum(aside.end() - aside.start() for aside in asides if aside.end() <= mention.start)
    cut = _PLACE_OR_PART.sub("", text)
    found = _reasked(cut, mention.start - shift, mention, first_on)
    return _spanned(found, text, mention)


def _joined_clause_question(text: str, mention: DateMention,
                            first_on: bool) -> tuple[str, str, str, bool] | None:
    """The question for a date in a clause joined by ", and" whose own subject opens it,
    asked of that clause read as a sentence; ``None`` when it gives none."""
    at = text.rfind(", and ", 0, mention.start) + 6
    clause = text[at:]
    if any(mark in text[at:mention.start] for mark in ",;:\"“”") or \
            not _JOINED_SUBJECT.match(clause):
        return None
    found = _reasked(clause[:1].upper() + clause[1:], mention.start - at, mention, first_on)
    return _spanned(found, text, mention)


def _plainer_verb_question(text: str, mention: DateMention, start: int,
                           first_on: bool) -> tuple[str, str, str, bool] | None:
    """The question for a date after a phrasal verb's particle ("was sworn in on 20 January")
    or next to a vote's tally ("passed on Wednesday by 210 votes to 140", "approved X by six
    votes to two at a meeting on Tuesday"), asked of the sentence without the particle or the
    tally, the particle put back after its verb."""
    particle = _PARTICLE_BEFORE.search(text, max(0, start - 30), start)
    tally = _TALLY_AFTER.match(text, mention.end)
    cut = text
    shift = 0
    if tally is not None:
        cut = cut[:tally.start()] + cut[tally.end():]
    else:
        tally = _TALLY_AFTER.search(text, 0, start)
        if tally is not None:  # a tally before the date: cut, the date moves back
            if any(mark in text[tally.end():start] for mark in ",;:\"“”"):
                return None  # the tally is in another clause
            cut = cut[:tally.start()] + cut[tally.end():]
            shift = tally.end() - tally.start()
            particle = None
    if particle is not None:
        cut = cut[:particle.start("particle") - 1] + cut[particle.end("particle"):]
        shift = particle.end("particle") - particle.start("particle") + 1
    found = _reasked(cut, mention.start - shift, mention, first_on)
    if found is None:
        return None
    question = found[0]
    if particle is not None:
        verb = particle.group("verb")
        if not question.endswith(f" {verb}?"):
            return None
        question = f"{question[:-1]} {particle.group('particle')}?"
    return question, found[1], text[mention.start:mention.end], found[3]


#: A passive instruction ("were told to stay indoors", "have been asked to leave"), whose
#: verb the clause reader takes for a saying.
_TOLD_TO = re.compile(r"\b(?:was|were|is|are|been|be) (?P<verb>told|asked) to ")


def _instruction_question(text: str, mention: DateMention,
                          first_on: bool) -> tuple[str, str, str, bool] | None:
    """The question for a date after a passive instruction ("Residents were told to stay
    indoors until Friday"), asked of the sentence with "ordered" for its verb, which the
    question then gives back ("Until when were residents told to stay indoors?"); ``None``
    when there is none or it gives no question."""
    told = None
    for told in _TOLD_TO.finditer(text, 0, mention.start):
        pass
    if told is None or any(mark in text[told.end():mention.start] for mark in ",;:\"“”"):
        return None
    verb = told.group("verb")
    cut = f"{text[:told.start('verb')]}ordered{text[told.end('verb'):]}"
    found = _reasked(cut, mention.start + len("ordered") - len(verb), mention, first_on)
    if found is None or " ordered to " not in found[0]:
        return None
    return (found[0].replace(" ordered to ", f" {verb} to ", 1),
            found[1].replace(" ordered to ", f" {verb} to ", 1), text[mention.start:mention.end],
            found[3])


#: An attribution set off by commas inside a clause (", a spokesman said,", ", according to
#: officials,"), before a lower-case word that goes on with the clause.
_INNER_ATTRIBUTION = re.compile(r", (?:according to [^,;:]{2,50}|(?:[\w'’.-]+ ){1,5}said),"
                                r"(?= [a-z])")


#: A short quoted term after an article ('a "climate emergency"', 'the "red zone"'): a name
#: for a thing, not words someone said ('called it "a disgrace"', 'found that "nobody had
#: looked"').
_SHORT_QUOTE = re.compile(r"(?:(?<=\ba )|(?<=\ban )|(?<=\bthe ))[\"“](?P<words>[\w'’ -]{1,40})"
                          r"[\"”]")


def _unquoted_question(text: str, mention: DateMention,
                       first_on: bool) -> tuple[str, str, str, bool] | None:
    """The question for a date in a sentence with short quoted phrases, asked of the sentence
    without their quotation marks and with the marks put back; ``None`` when that gives none."""
    quotes = list(_SHORT_QUOTE.finditer(text))
    if not quotes or any(q.start() < mention.end and mention.start < q.end() for q in quotes):
        return None
    cut = _SHORT_QUOTE.sub(lambda q: q.group("words"), text)
    shift = 2 * sum(1 for q in quotes if q.end() <= mention.start)
    found = _reasked(cut, mention.start - shift, mention, first_on)
    if found is None or SAYING.search(found[0]):
        return None  # (not what someone said, in their quoted words)
    question, event = found[0], found[1]
    for quote in quotes:
        words = quote.group("words")
        if f" {words}" in question:
            question = question.replace(f" {words}", f" {quote.group()}", 1)
            event = event.replace(f" {words}", f" {quote.group()}", 1)
    return question, event, text[mention.start:mention.end], found[3]


def _without_agent_question(text: str, mention: DateMention, start: int,
                            first_on: bool) -> tuple[str, str, str, bool] | None:
    """The question for a date after a passive's agent, asked of the sentence without the
    agent (:func:`without_agent`) and with the agent put back; ``None`` when that gives none."""
    read = without_agent(text, start)
    if read is None:
        return None
    cut, shift, participle, agent = read
    found = _reasked(cut, mention.start - shift, mention, first_on)
    question = agent_put_back(found[0], participle, agent) if found is not None else None
    if question is None:
        return None
    return question, f"{found[1]} {agent}", text[mention.start:mention.end], found[3]


def _without_adverb_question(text: str, mention: DateMention, adverb: re.Match[str],
                             first_on: bool) -> tuple[str, str, str, bool] | None:
    """The question for a date asked of the sentence without the adverb inside its verb group
    ("was first flagged"), with the adverb put back before the participle; ``None`` when that
    gives none."""
    cut = text[:adverb.start("adverb")] + text[adverb.end("adverb") + 1:]
    shift = adverb.end("adverb") + 1 - adverb.start("adverb")
    found = _reasked(cut, mention.start - shift, mention, first_on)
    participle = f" {adverb.group('participle')}"
    if found is None or participle not in found[0]:
        return None
    question = found[0].replace(participle, f" {adverb.group('adverb')}{participle}", 1)
    return question, found[1], text[mention.start:mention.end], found[3]


def _stand_in_question(text: str, mention: DateMention,
                       first_on: bool) -> tuple[str, str, str, bool] | None:
    """The question for a date in a sentence opened by "He", "She", "About" or "Around" (a
    count), read with a stand-in the clause reader takes and asked with the words put back;
    ``None`` when it gives none."""
    read = with_stand_in(text)
    if read is None:
        return None
    sentence, shift, stand_in, words = read
    found = _reasked(sentence, mention.start + shift, mention, first_on)
    if found is None or f" {stand_in} " not in found[0] or \
            " did " in found[0] and _PAST_AFTER_DID.search(found[0]):
        return None  # (also "did about 170,000 farm salmon escaped from": "farmed" read as
        # the verb)
    question, event, _, open_question = found
    event = event.replace(stand_in, words, 1) if stand_in in event else \
        event.replace(stand_in.capitalize(), words.capitalize(), 1)
    return (question.replace(f" {stand_in} ", f" {words} ", 1), event,
            text[mention.start:mention.end], open_question)


#: A verb of saying right before the date's preposition (cheap test for
#: :func:`plainer_attribution`).
_SAID_BEFORE = re.compile(r"\b(?:said|announced|confirmed|stated|added|wrote|warned|reported|"
                          r"revealed|explained|insisted|argued|told \w+(?: \w+)?) $")

#: A past form after "did" before a preposition: the question kept a second finite verb.
_PAST_AFTER_DID = re.compile(r"\bdid\b[^?]*? [a-z]{3,}ed (?:from|to|in|on|at|into|by|with|over|"
                             r"off|out)\b")

#: A phrasal verb's participle and particle right before the date's preposition ("sworn in
#: on", "called off in").
_PARTICLE_BEFORE = re.compile(r"\b(?P<verb>sworn|called|handed|set|shut|carried|broken|taken|"
                              r"pulled|turned|switched|locked|laid|wiped|ruled|kicked|signed|"
                              r"stepped|backed|closed|opened|rolled|phased|scaled|pushed) "
                              r"(?P<particle>in|off|over|up|down|out|back|away) $")

#: A vote's tally right after the date (" by 210 votes to 140").
_TALLY_AFTER = re.compile(r" by (?:\d+|[a-z]+) votes? to (?:\d+|[a-z]+)\b")

#: An adverb between a passive's auxiliary and its participle ("was first flagged").
_ADVERB_IN_VERB = re.compile(r"\b(?:was|were|has been|have been|had been) (?P<adverb>first|"
                             r"initially|originally|previously|reportedly|finally|quickly|"
                             r"formally|officially) (?=(?P<participle>[a-z]+(?:ed|en|wn|t))\b)")

#: A clause after ", and" that opens with its own subject: a determiner or a plural noun
#: and a past verb ("prosecutors opened", "the chairman resigned").
_JOINED_SUBJECT = re.compile(r"(?:the |its |their |[a-z]+s )(?:[a-z-]+ ){0,3}?[a-z]+ed\b")

#: A place or a part set off by commas after a noun (", in the Algarve", ", many of them
#: islanders"), up to the comma that closes it.
_PLACE_OR_PART = re.compile(r"(?<=[a-z]), (?:in (?:the )?[A-Z][\w'’.-]*"
                            r"(?: [A-Z][\w'’.-]*){0,3}|"
                            r"(?:many|most|some|all|several|both|none|one|two|three|half) of "
                            r"them [a-z]+(?: [a-z]+){0,2}),(?= )|"
                            r"(?<=[a-z]), one of the (?:[\w'’-]+ ){0,8}?[\w'’-]+(?=, )")

#: A name set off by commas after a lower-case noun, right before the date's preposition
#: ("Portugal's first king, Afonso Henriques, in 1147").
_NAME_APPOSITIVE = re.compile(r"(?<=[a-z]), (?:[A-Z][\w'’.-]+ ){0,3}[A-Z][\w'’.-]+, $")


#: A part named of a whole ("part of the ground floor", "some of the carriages").
_PART_OF = re.compile(r"\b(?:[Pp]art|[Pp]arts|[Ss]ome|[Mm]uch|[Mm]ost|[Hh]alf|[Mm]any|[Oo]ne|"
                      r"[Ss]everal|[Ff]ew|[Nn]one)\s+of\s+(the\s+[\w'’-]+(?:\s+[\w'’-]+)?)")


def _part_put_back(text: str, question: str) -> str:
    """``question`` with the part ``text`` names put back where the question names only the
    whole ("Since when was the ground floor unmonitored?" from "left part of the ground floor
    unmonitored": "Since when was part of the ground floor unmonitored?")."""
    for part in _PART_OF.finditer(text):
        whole = part.group(1)
        if f" {whole}" in question and f"of {whole}" not in question:
            named = part.group()
            named = named[:1].lower() + named[1:]
            question = question.replace(f" {whole}", f" {named}", 1)
    return question


#: A question about what is scheduled, in the present ("By when is the takeover expected to be
#: completed?"): it asks for the expected time of what follows "to", which the date is.
_SCHEDULE_ASKED = re.compile(r"[A-Z][a-z]*(?: [a-z]+)? (?:is|are) [^?]+? (?:expected|due|set|"
                             r"scheduled|slated) to [a-z]+")

#: A verb of thinking asked about ("did officials hope the road would reopen?") ...
_THINKING_ASKED = re.compile(r"\b(?:hope|expect|believe|think|fear|want|wish|feel|know|assume|"
                             r"doubt|estimate|predict|suggest|hoped|expected|believed|thought|"
                             r"feared|hear|heard|learn|find|found|discover|show|showed)\b")
#: ... when the date ends what is thought, after its own verb ("hoped the road would reopen
#: in April": April is the reopening's).
_THOUGHT_OWNS = re.compile(r"\b(?:hoped?|hopes|expect(?:s|ed)?|believe[sd]?|think|thinks|"
                           r"thought|fear(?:s|ed)?|want(?:s|ed)?|wish(?:es|ed)?|fe(?:el|els|lt)|"
                           r"kn(?:ow|ows|ew)|assumed?|doubt(?:s|ed)?|estimated?|predicted?|"
                           r"suggested?|heard|hears?|learn(?:ed|t|s)?|f(?:ound|inds?)|"
                           r"discover(?:ed|s)?|show(?:ed|s|n)?)\s+(?:that\s+)?"
                           r"(?:[\w'’-]+\s+){1,5}?(?:would|will|"
                           r"could|might|had|was|were|should|can|may|[a-z]+ed)\b[^,;:]*$")


def _other_date(question: str) -> bool:
    """Whether ``question`` keeps another date that could be the one asked ("did X buy A in
    2022?"); a date inside what a verb of saying reports is not ("did the ministry say that
    the bridge would reopen in May?" asks for the saying's date)."""
    other = _ADJUNCT_DATE.search(question)
    if other is None:
        return False
    said = _REPORTED_BY.search(question, 0, other.start())
    return said is None or _ADJUNCT_DATE.search(question, 0, said.start()) is not None


#: A verb of saying in a question, what it reports after it ("did the ministry say (that)
#: ", "did X tell reporters that ", "did the court rule that ").
_REPORTED_BY = re.compile(r"\b(?:did|do|does|will|would) .+? (?:say|announce|confirm|warn|state|"
                          r"report|reveal|rule|conclude|add|claim|insist|argue|write|declare|"
                          r"explain|tell \w+ that)(?: that)? ")


#: An infinitive that completes a noun of intent ("its plan to produce", "a bid to cut").
_INFINITIVE_VERB = re.compile(r"\b(?:its|their|his|her|the|a|an)\s+(?:[a-z-]+\s+)?(?:plan|plans|"
                              r"bid|effort|efforts|drive|target|goal|aim|strategy|pledge|"
                              r"promise|commitment|push|campaign|ambition)\s+to ([a-z]{3,})\b")

#: Words that end the infinitive's phrase before a date: a clause or a new verb.
_PHRASE_BREAK = re.compile(r"[,;:]|\b(?:and|but|which|who|that|after|before|when|while|"
                           r"was|were|is|are|had|has|have|said)\b")


def _infinitive_owns(text: str, start: int, question: str) -> bool:
    """Whether the date at ``start`` ends the phrase of an infinitive of intent that the
    question keeps ("had backed the dam as part of its plan to produce 85% of its power
    from renewables by 2030": the 2030 is the producing's, not the backing's)."""
    for match in _INFINITIVE_VERB.finditer(text, max(0, start - 100), start):
        if f"to {match.group(1)}" in question and \
                not _PHRASE_BREAK.search(text, match.end(), start):
            return True
    return False


#: A vote tally ("by six votes to two"): a count, not an event to date.
_TALLY = re.compile(r"\bvotes? to (?:\d|one|two|three|four|five|six|seven|eight|nine|ten)")

#: The part of a number after a colon ("2:00:35", "10:30").
_COLON_TAIL = re.compile(r"(?<=\d):(\d+)\b")


def _split_number(text: str, question: str) -> bool:
    """Whether ``question`` starts a phrase at the tail of a number written with colons
    ("The record of 2:00:35 was set in ..." asked as "When was 35 set in ...?")."""
    return any(re.search(rf"\b(?:was|were|is|are|did|does|do|has|have|had|will) "
                         rf"{tail.group(1)}\b", question)
               for tail in _COLON_TAIL.finditer(text))


#: A base form cut one letter short ("pledg", "judg", "acknowledg"): no English word ends
#: in "dg".
_CUT_DGE = re.compile(r"\b([a-z]+dg)(?=[ ?])")


def _reread_question(text: str, start: int, end: int, wh: str, np_wh: str) -> Asked | None:
    """The question for a date the clause reader would give to the wrong verb, from the
    sentence read again: a causative's infinitive ("prompted X to announce on Monday"), an
    aside on a statement ("In a statement on Friday, X said"), a plan in the present tense
    ("X plans to open Y next year"); ``None`` for any other date."""
    if text.startswith(",", end):
        asked = aside_question(text, start, end, wh, np_wh) or \
            trailing_attribution_question(text, start, end, wh, np_wh)
        if asked is not None:
            return asked
    if text.find(" to ", 0, start) < 0:
        return None
    return causative_question(text, start, end, wh, np_wh) or plan_question(text, start, end, wh)


_NUMBER = re.compile(r"\d")

_NEGATIVE_SUBJECT = re.compile(r"\b(?:did|do|does|will|would|was|were|has|have|had|"
                               r"is|are|can|could|should) (?:no|none|nobody|nothing|neither)\b")

_INDEFINITE_SUBJECT = re.compile(r"^\w+(?: what \w+)? (?:did|was|were|had|has|have|will|"
                                 r"would) (?:a|an|one) ")

_NAMED = re.compile(r"[A-Z0-9]")

#: A question whose subject is "the" and a noun that names no thing of its own ("the
#: process", "the work", "the rest"), followed by a verb group of a few lower-case words
#: with no name or number: nothing says which process.
_EMPTY_SUBJECT = re.compile(r"^[A-Z][a-z]*(?: [a-z]+){0,2} (?:is|are|was|were|will|would|did|"
                            r"does|do|has|have|had|can|could|should) the (?:process|work|works|"
                            r"move|change|changes|measure|measures|rest|exercise|operation|"
                            r"effort|efforts|procedure|initiative|arrangement|arrangements|"
                            r"situation|matter|issue|period|phase|stage|step|steps|transition|"
                            r"project|programme|program|plan|plans|scheme|policy|decision|"
                            r"system|thing|things|activity|activities|task|job) "
                            r"(?!of\b)(?:[a-z]+ ){0,4}[a-z]+\?$")

#: A question about an event named by a short phrase whose noun is a common one ("When was
#: the White House airstrike?", "On what date was the attack?"); a named event keeps its
#: question ("In what year was the Mill Creek Fire?").
_BARE_EVENT = re.compile(r"^(?:When|On what date|On what day|In what year|In what month) "
                         r"(?:was|were) the (?:[\w'’-]+ ){0,2}[a-z][a-z-]*\?$")


def _ends_on_participle(question: str) -> bool:
    """Whether ``question`` ends on a participle ("was the race first held?")."""
    from quiz.generate.clauses import is_past_participle

    return is_past_participle(question[:-1].rsplit(" ", 1)[-1])

_DEFINITE = re.compile(r"\b(?:the|its|their|his|her|this|that|these|those)\b")

#: A date right after a preposition's noun ("on a heatwave last month that ...").
_PP_NOUN_BEFORE = re.compile(r"\b(?:on|in|of|by|from|after|during)\s+(?:a|an|the)\s+"
                             r"(?P<noun>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+$")

#: A verb group read as the end of a noun phrase ("the tunnel was halted").
_VERB_IN_NOUN = re.compile(r"\b(?:was|were|is|are|has|have|had|been|be|will|would)\b")

#: A participle before "by" ("imposed by"): what follows is its agent.
_AGENT_BEFORE = re.compile(r"\b[a-z]+(?:ed|en)\s+by$")

#: " in which <clause with a past verb>" right after the date, up to the clause's end.
_IN_WHICH_AFTER = re.compile(r"\s+in which\s+(?P<rest>(?:[^,;:.!?—–]|[.,](?=\d))*?\b(?:said|"
                             r"voted|backed|opposed|rejected|approved|died|won|lost|[a-z]+ed)\b"
                             r"(?:[^,;:.!?—–]|[.,](?=\d))*)(?=[,;:.!?—–]|$)")

_RELATIVE_AFTER = re.compile(r"\s+(?:that|which)\s+(?P<verb>[a-z]+)"
                             r"(?P<rest>(?:[^,;:.!?—–]|\.(?=\d))*)")


#: A verb phrase after a modal ending right before ", which" ("can take effect, which").
_MODAL_BEFORE_WHICH = re.compile(r"\b(?:can|could|will|would|may|might|must|shall|should)\s+"
                                 r"((?:[\w'’-]+\s+){0,2}[\w'’-]+),\s+which\s")


def _verb_antecedent(sentence_text: str, event: str) -> bool:
    """Whether ``event`` takes as its subject the verb phrase a ", which" clause follows
    ("take effect could delay the cuts")."""
    return any(event.startswith(f"{m.group(1)} ")
               for m in _MODAL_BEFORE_WHICH.finditer(sentence_text))


#: An auxiliary before a past form: "has recovered from" is no simple past.
_AUXILIARY_WORDS = frozenset("has have had is are was were be been being will would".split())


#: An object noun right before "from" ("turned down an offer ", "received a letter "): what
#: follows "from" is its sender, which has no date of its own (a noun of change, "a recovery
#: from a slump last year", is not one of them).
_SOURCE_OF_NOUN = re.compile(r"\b(?:a|an|the|its|his|her|their) (?:[a-z-]+ )?"
                             r"(?:offer|offers|letter|letters|bid|bids|request|requests|call|"
                             r"calls|complaint|complaints|donation|donations|grant|grants|"
                             r"loan|loans|order|orders|invitation|visit|visits|warning|warnings|"
                             r"message|messages|approach|proposal|proposals|payment|payments|"
                             r"award|prize|licence|license|permit|ban|fine|fines|summons) $")


def _moved_from(before: str) -> bool:
    """Whether ``before`` (the text up to "from <noun phrase> <date>") ends with a verb in
    the simple past ("withdrew", "returned"), not one after an auxiliary ("has recovered")."""
    words = before.split()
    return bool(words) and _simple_past(words[-1]) and \
        (len(words) < 2 or words[-2].lower() not in _AUXILIARY_WORDS)


def _simple_past(word: str) -> bool:
    from quiz.generate.clauses import is_simple_past

    return is_simple_past(word)


def _possessive_day(text: str, mention: DateMention, wh: str) -> Asked | None:
    """"X won Sunday's election" asked as "On what date did X win the election?": a day's
    event that is the clause's object (a year's or a month's is no event: "this year's
    programme")."""
    from quiz.generate.spans import EVENT_NOUNS, span_question

    if mention.kind is not AnswerKind.FULL_DATE or \
            text[mention.start:mention.end].split()[-1] not in WEEKDAYS:
        return None
    after = text[mention.end + 3:].split(maxsplit=3)[:3]
    if not any(word.strip(",.;:").lower() in EVENT_NOUNS for word in after):
        return None
    from quiz.generate.clauses import is_reporting, takes_that_clause

    previous = text[:mention.start].split()[-1:] or [""]
    if previous[0] == "that" or is_reporting(previous[0]) or takes_that_clause(previous[0]):
        return None  # "The club said Saturday's game was postponed": the event opens what
        # was said, not the saying's date
    doubled = f"{text[:mention.start]}the the {text[mention.end + 3:]}"
    asked = span_question(doubled, mention.start, mention.start + 3, wh, wh, allow_np=False)
    if asked is None or _DANGLING.search(asked.question) or "the the" in asked.question or \
            asked.event.lower().startswith(f"the {after[0].lower()}"):
        return None  # "Tuesday's vote was delayed": the vote's day, not the delay's
    return asked


def _bare(sentence_text: str, mention: DateMention) -> tuple[str, str, str]:
    """A date fact without a question (asked as a cloze, when at all)."""
    return "", "", sentence_text[mention.start:mention.end]


def _since_start(before: str) -> int:
    return before.lower().rfind("since")


def _noun_phrase_end(text: str, position: int) -> int:
    match = re.match(r"\s+[\w-]+", text[position:])
    return position + match.end() if match else position


def _np_from_modifier(text: str, mention: DateMention, np_wh: str) -> Asked | None:
    """"The 2003 invasion of X" / "the Wednesday drone strike in Y that killed Z"."""
    from quiz.generate.clauses import DETERMINERS, tokenize
    from quiz.generate.spans import np_question

    tokens = tokenize(text)
    first = next((i for i, t in enumerate(tokens) if t.start >= mention.start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
    if first == 0 or tokens[first - 1].low not in DETERMINERS or last >= len(tokens):
        return None
    # re-read "the 2003 invasion of X" as "the invasion of X" with the date cut out
    cut = text[:tokens[first].start] + text[tokens[last].start:]
    cut_tokens = tokenize(cut)
    head = first
    end = head
    while end < len(cut_tokens) and cut_tokens[end].text not in ",;.!?—–(" and \
            cut_tokens[end].low not in ("and", "but", "which", "who", "while", "as"):
        end += 1
    asked = np_question(cut, cut_tokens, head, end, end, end, np_wh) if end > head else None
    return _participle_as_clause(asked)


#: "the assault leaving 100 troops injured" in a question about a past event: an absolute
#: participle that reads well as "the assault that left ...".


_ABSOLUTE_PARTICIPLE = re.compile(r"^((?:On what date|When|In what \w+) (?:was|were) the "
                                  r"[a-z-]+(?: [a-z-]+)?) ([a-z]+ing)\b")


def _participle_as_clause(asked: Asked | None) -> Asked | None:
    """``asked`` with "the assault leaving X" read as "the assault that left X"."""
    from quiz.generate.grammar import base_from_ing, past_of

    match = _ABSOLUTE_PARTICIPLE.match(asked.question) if asked is not None else None
    if asked is None or match is None:
        return asked
    base = base_from_ing(match.group(2))
    if base is None:
        return asked
    past = past_of(base)
    event = asked.event.replace(f" {match.group(2)} ", f" that {past} ", 1)
    return replace(asked, question=f"{match.group(1)} that {past}{asked.question[match.end():]}",
                   event=event)


def _gives_away(question: str, mention: DateMention) -> bool:
    low = question.lower()
    return any(form.lower() in low for form in (mention.answer, *mention.accept)
               if len(form) > 2) or (mention.value[:4].isdigit() and mention.value[:4] in low
                                     and mention.kind != AnswerKind.FULL_DATE)


def _explanation(mention: DateMention, span: str, article: Article) -> str:
    if mention.relative and article.published is not None:
        return (f"The article says \"{span}\"; it was published on "
                f"{format_date(article.published)}, so that is {mention.answer}.")
    return ""


_NON_WORD = re.compile(r"[^\w\s-]")


def normalise_subject(event: str) -> str:
    """The event text reduced for comparison: lower case, no punctuation, single spaces."""
    return " ".join(_NON_WORD.sub(" ", event.lower().replace("’", "'")).split())
