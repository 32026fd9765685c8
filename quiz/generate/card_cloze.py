"""Cloze and true/false cards: the source sentence with its answer gapped or swapped for a
wrong one, when that makes a fair question."""

from __future__ import annotations

import functools
import re

from quiz.generate.date_forms import FULL_MONTH, MONTH, WEEKDAY
from quiz.generate.dates import opening_dateline_end
from quiz.generate.facts import AnswerKind, Fact
from quiz.generate.figure_giveaways import unforced_gap
from quiz.generate.figure_numbers import VAGUE_KIN
from quiz.generate.figure_vague import inside_quote, is_wordy
from quiz.generate.ids import normalise
from quiz.generate.question_checks import unquoted, vague_reference
from quiz.generate.question_gaps import gap_gives_away
from quiz.generate.question_referents import bare_nouns
from quiz.model import CLOZE_GAP, Category


def verbatim(fact: Fact) -> str:
    """The answer as the sentence writes it (a resolved date's words when it is relative)."""
    if _find(fact.sentence.text, fact.answer) is not None:
        return fact.answer
    for form in fact.accept:
        if _find(fact.sentence.text, form) is not None:
            return form
    return ""


def _find(text: str, span: str) -> int | None:
    """Where ``span`` first occurs in ``text`` as whole words, or ``None``."""
    found = occurrences(text, span)
    return found[0] if found else None


def occurrences(text: str, span: str) -> list[int]:
    """The starts of ``span`` in ``text`` where it is not part of a longer word."""
    found: list[int] = []
    if not span:
        return found
    start = text.find(span)
    while start >= 0:
        end = start + len(span)
        if (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")) and \
                (end == len(text) or not (text[end].isalnum() or text[end] == "_")):
            found.append(start)
        start = text.find(span, start + 1)
    return found


#: A gap next to the other end of a range ("seven to ___ days", "___ to ten days").
_RANGE_AFTER = re.compile(r"\s*(?:-|–|to|and)\s+(?:[$€£¥]?\d|one|two|three|four|five|six|seven|eight|"
                          r"nine|ten|eleven|twelve|a\s)", re.I)
_RANGE_BEFORE = re.compile(r"(?:\d|\bone|\btwo|\bthree|\bfour|\bfive|\bsix|\bseven|\beight|"
                           r"\bnine|\bten|\beleven|\btwelve)\s*(?:-|–|to|and)\s*$", re.I)
#: "between 2C and ___": the first end of a range written with its unit.
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+[^\s,;]{1,12}\s+and\s*$")


_CHANGE_FROM = re.compile(r"\bfrom\b")
#: "from 10 to ___", "from November to ___": a date's gap ending a span of dates (not a
#: change of figures with their dates: "from £3.1m in ___ to £8.7m").
_DATE_SPAN_BEFORE = re.compile(r"\bfrom\s+[\w,]+(?:\s+\w+)?\s*(?:to|-|–)\s*$")
#: A date written as words relative to the day of the story ("last year", "next month").
_RELATIVE_WORDS = re.compile(r"(?:last|next|this|earlier this|later this)\s+(?:year|month|week)$"
                             r"|(?:yesterday|today|tomorrow)$", re.I)
#: A habit stated before the gap in its clause: no one date ("usually ... in the autumn").
_HABITUAL = re.compile(r"\b(?:usually|typically|normally|generally|tends?\s+to)\b[^,;]*$")
_WEEKDAY = re.compile(rf"{WEEKDAY}$")
#: A reporting verb right before the gap: "said early on ___", "described on ___ as".
_REPORTED_ON = re.compile(r"\b(?:said|says|told\s+\w+|described|added|reported|confirmed|"
                          r"stated)(?:\s+(?:early|late))?\s+on\s+$")
_MONTH_OR_SEASON = re.compile(rf"\b(?:{FULL_MONTH}|spring|summer|autumn|winter)\b", re.I)


def weekday_gap(fact: Fact, text: str, start: int, span: str) -> bool:
    """Whether a date's cloze gaps words the fact resolves to a date, so that the card asks
    for that date: a weekday written "on Wednesday" or "until at least Thursday" ("published
    on ___" -> "22 April 2026"), or a month named from the story's day ("ended last month" ->
    "ended in ___" -> "January 2026": see :func:`month_gap`)."""
    if month_gap(fact, text, start, span):
        return True
    return (bool(_WEEKDAY.match(span)) and len(span) == len(span.split()[0]) or
            _TWO_DAYS.fullmatch(span) is not None) and \
        _DAY_PREPOSITION.search(text, max(0, start - 20), start) is not None and \
        any(ch.isdigit() for ch in fact.answer) \
        and _MONTH_OR_SEASON.search(fact.answer) is not None and \
        _DAY_GOES_ON.match(text, start + len(span)) is None and \
        not (('"' in text or "“" in text) and inside_quote(text, start))


#: Two weekdays read as one date ("on Friday and Saturday": see
#: :func:`~quiz.generate.date_pairs.joined_days`).
_TWO_DAYS = re.compile(rf"{WEEKDAY} and {WEEKDAY}")
#: Another weekday or month joined to the gapped one ("on ___ and Monday", "in May or ___").
_OTHER_DAY_AFTER = re.compile(rf"\s+(?:and|or)\s+(?:on\s+|in\s+)?(?:{WEEKDAY}|{MONTH})\b")
_OTHER_DAY_BEFORE = re.compile(rf"(?:{WEEKDAY}|{MONTH})\s+(?:and|or)\s+(?:on\s+|in\s+)?$")
#: The word a weekday's gap follows: "on ___", "until at least ___", "by ___".
_DAY_PREPOSITION = re.compile(r"(?:\bon|\bfor|\b(?:by|until|till|since|before|from)(?:\s+at\s+least)?)"
                              r"\s$")
#: A month named from the story's day ("last month", "earlier this month", "the end of the
#: month"), and the month it resolves to ("January 2026", "the end of February 2026").
_RELATIVE_MONTH = re.compile(r"(?:(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:last|next|"
                             r"this|earlier\s+this|later\s+this)|the\s+(?:end|start|beginning|"
                             r"middle)\s+of\s+the)\s+month$", re.I)
_MONTH_YEAR = re.compile(rf"(?:the (?:end|start|beginning|middle) of )?(?P<month>{MONTH}) \d{{4}}$")
#: A year named from the story's day ("next year"), gapped only after a word that ties it to
#: what it bounds ("the first quarter of ___", "by ___", "since ___"): alone, "___" for "last
#: year" is mostly the year a tally was counted in.
#: A week named from the story's day ("withdrew last week"), and the week it resolves to ("the
#: week of 16 February 2026"): "withdrew in ___" asks for that week.
_RELATIVE_WEEK = re.compile(r"(?:last|next)\s+week$", re.I)
_WEEK_YEAR = re.compile(rf"the week of \d{{1,2}} (?P<month>{MONTH}) \d{{4}}$")
_RELATIVE_YEAR = re.compile(r"(?:last|next|this)\s+year$", re.I)
_YEAR = re.compile(r"\d{4}$")
_YEAR_BOUND_BEFORE = re.compile(r"\b(?:of|since|until|till|by|before|from)\s$")
_MONTH_OF_BEFORE = re.compile(rf"{MONTH}\s+of\s$")
#: A word before the gap that already says how the month stands to the event ("since ___",
#: "the end of ___"): no "in" is put before the gap.
_TIME_PREPOSITION = re.compile(r"\b(?:since|until|till|by|from|before|after|of|through|during|"
                               r"in|to|for|around|at)\s$", re.I)
#: "earlier" or "later" before "this month": the gap's "in" says it.
_EARLIER_BEFORE = re.compile(r"\b(?:earlier|later)\s$", re.I)
#: A verb of saying right before the date ("said last month that"): when it was said is no
#: fact of the story.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+[\w'’]+|announced|added|reported|confirmed|"
                          r"stated|wrote|warned|revealed|disclosed)\s$")


def month_gap(fact: Fact, text: str, start: int, span: str) -> bool:
    """Whether a date's cloze gaps a month or a year named from the story's day ("the
    consultation ended last month", "by the end of next year", "withdrew last week"), which the
    fact resolves to a month of a year, a week or a year: the gap then asks for that month
    ("ended in ___" -> "January 2026"), week ("withdrew in ___" -> "the week of 16 February
    2026") or year ("the end of ___" -> "2027"), which is worth learning where the words "last
    month" are not. Not one in a quotation (its words are the speaker's), one something was
    said in, one a noun is of ("last month's vote"), nor a month the sentence names ("fell
    last month, a fifth of the June average" gives June away)."""
    if fact.category is not Category.DATE:
        return False
    end = start + len(span)
    if _RELATIVE_MONTH.match(span) is not None or _RELATIVE_WEEK.match(span) is not None:
        month = (_MONTH_YEAR if span[-1] == "h" else _WEEK_YEAR).match(fact.answer)
        if month is None or month.group("month") in text:
            return False
    elif _RELATIVE_YEAR.match(span) is None or _YEAR.match(fact.answer) is None or \
            _YEAR_BOUND_BEFORE.search(text, max(0, start - 7), start) is None or \
            _MONTH_OF_BEFORE.search(text, max(0, start - 14), start) is not None:
        return False  # ("April of ___": the year of a month is half its date)
    return text[end:end + 1] not in ("'", "’") and \
        _SAID_BEFORE.search(text, max(0, start - 30), start) is None and \
        not (('"' in text or "“" in text) and inside_quote(text, start))


#: What makes a weekday no date: a part of it ("on Sunday afternoons", "on Friday night":
#: "on 30 June afternoon" reads badly), another day with it ("on Wednesday and Thursday").
_DAY_GOES_ON = re.compile(r"\s+(?:(?:morning|afternoon|evening|night|lunchtime)s?\b|"
                          r"(?:and|or|to)\s+\w+day\b)")


def _ends_range(text: str, start: int) -> bool:
    """Whether ``text[:start]`` ends with the first end of a range ("5 to", "two -"). The
    search is anchored at the end, so it runs only when the text before ``start`` ends with
    a range word, and from just before the number such a match would start with (a number
    word has at most six letters; ``\b`` still sees the text before the search)."""
    end = _space_before(text, start)
    connector = text[max(0, end - 3):end].lower()
    for word in ("-", "–", "to", "and"):
        if connector.endswith(word):
            number_end = _space_before(text, end - len(word))
            return _RANGE_BEFORE.search(text, max(0, number_end - 6), start) is not None or \
                word == "and" and _BETWEEN_BEFORE.search(text, max(0, number_end - 22),
                                                          start) is not None
    return False


def _space_before(text: str, end: int) -> int:
    """Where the white space that ends ``text[:end]`` starts (``end`` when there is none)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


#: Ordinary words for what a body does, written before its name ("Organiser Harbourline
#: Events", "Carrier Nordair"): no part of the name to learn.
_ROLE_HEADS = frozenset("""
    organiser organizer promoter operator owner retailer insurer regulator broadcaster
    developer carrier airline lender manufacturer supplier contractor landlord publisher
    distributor producer maker carmaker automaker chain charity watchdog utility
""".split())


def _role_led(span: str) -> bool:
    head, _, rest = span.partition(" ")
    return head.lower() in _ROLE_HEADS and rest[:1].isupper()


#: An all-capitals short form in brackets right after a name ("... Authority (FHWA)").
_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Z&]{1,9})\)")


def _acronym_end(text: str, span: str, end: int) -> int:
    """Where the gap for ``span`` (ending at ``end``) ends: past the short form of the name
    that follows it in brackets ("The ___ (FHWA) issued ..." would give the answer away, so
    the short form goes with the gap), else at ``end``. A short form is the name's when it
    opens with the name's first capital."""
    match = _ACRONYM_AFTER.match(text, end)
    if match is None:
        return end
    initial = next((word[0] for word in span.split() if word[:1].isupper()), "")
    return match.end() if match.group(1)[0] == initial else end


def cloze_question(fact: Fact, span: str | None = None,
                   before: str | None = None) -> str | None:
    """The source sentence with the answer (``span``, as the sentence writes it) replaced by
    ``___``, when that is a fair question. A sentence that points back ("They have struck
    ...", "one in four of them") is preceded by the sentence ``before`` it, when that one
    names what it points at; without it, it is no question."""
    sentence = fact.sentence
    if sentence.is_heading:
        return None
    text = _statement_text(sentence.text)
    span = verbatim(fact) if span is None else span
    if fact.category is Category.ACTOR and (len(span.rstrip(".")) < 2 or _role_led(span)):
        return None  # an initial read as a name ("tests found E. coli"), or a role gapped
        # with the name it describes ("___ announced" for "Organiser Harbourline Events")
    if not span or not _whole_quotes(text) or _quote_alone(text):
        return None  # a fragment of a quotation ('"Since ___ we have had ...'), or one whose
        # speaker the card does not name ('"Today ___ families have been robbed of that."')
    matches = occurrences(text, span)
    if len(matches) != 1:
        return None  # the answer appears twice: the other mention gives it away
    # ("scores" accepted for "dozens" is another word, not the answer: "other scores by the
    # composer" gives nothing away)
    accept = fact.accept
    if fact.category is Category.FIGURE and ("dozens" in accept or "scores" in accept):
        accept = tuple(a for a in accept if a not in VAGUE_KIN.values())
    words, pointing = _sentence_shape(text)
    if fact.category is Category.CAUSE and not pointing and _EARLY_POINTER.match(text):
        pointing = True  # "Last year it was forced to ground 11 jets owing to ___": what was?
    if words < 6 or words > 60 or "\n" in text:
        return None
    context = ""
    if pointing:
        context = _statement_text(before) if before else ""
        if not context or points_back(context) or not _whole_quotes(context) or \
                context.rstrip(" ”\"'’")[-1:] not in ".!?" or \
                words + len(context.split()) > _CLOZE_WORDS or \
                any(occurrences(context, a) for a in (span, fact.answer, *accept) if a):
            return None
    start = matches[0]
    if fact.category is Category.CAUSE and not _fair_cause_gap(text, start, span):
        return None
    if ('"' in text or "“" in text) and inside_quote(text, start) and \
            _PRONOUN_SPEAKER.search(unquoted(text)):
        return None  # '"... why it took ___ to act," he said': a word of the quotation of
        # someone the card does not name
    in_month = month_gap(fact, text, start, span)
    if fact.category is Category.DATE and fact.answer != span and \
            not re.search(r"\d", span) and not _MONTH_OR_SEASON.search(span) and \
            not weekday_gap(fact, text, start, span):
        return None  # "___" for "last year": the words are not what is worth learning (a
        # month or a season is; "on ___" for "Wednesday" asks the day it resolves to, "in
        # ___" for "last month" the month)
    if fact.category is Category.DATE and not in_month and (
            _RELATIVE_WORDS.match(span) or _WEEKDAY.match(span) and
            _REPORTED_ON.search(text, max(0, start - 40), start)):
        return None  # "recorded 902 homicides ___" for "last year": no date to learn; "the
        # tribunal said early on ___": when it was said is no fact of the story
    if fact.category is Category.DATE and (
            _OTHER_DAY_AFTER.match(text, start + len(span)) or
            _OTHER_DAY_BEFORE.search(text, max(0, start - 15), start)):
        return None  # "cancelled on ___ and Monday", "in March or ___": one of two days or
        # months is half the answer
    if fact.category is Category.DATE and not any(ch.isdigit() for ch in span) and \
            _HABITUAL.search(text, max(0, start - 80), start):
        return None  # "fish usually swim up rivers in the ___": a season of every year
    if text.rstrip(" ”\"'’")[-1:] not in ".!?":
        return None  # a cut-off quotation or fragment
    if (_RANGE_AFTER.match(text, start + len(span)) or _ends_range(text, start)) \
            and not (_CHANGE_FROM.search(text, max(0, start - 40), start) and
                     not (fact.category is Category.DATE and
                          _DATE_SPAN_BEFORE.search(text, max(0, start - 30), start))):
        return None  # "in ___ to ten days": one end of a range is half a fact ("from 5,300
        # to ___" is a change, whose two ends are two facts; "from 3 to ___ May" is a span)
    if text[start + len(span):start + len(span) + 1] in ("'", "’") and \
            not text[start + len(span) + 1:start + len(span) + 2].isalpha():
        return None  # "___' warning": the gap would cut a possessive
    end = start + len(span)
    if gap_gives_away(fact, text, start, end):
        return None  # "2025/___", "Norwegian waters ... so ___ deserved more", "'___ has too
        # many branches,' said an analyst"
    if "(" in text[end:end + 2]:
        end = _acronym_end(text, span, end)
    gap, gap_start = CLOZE_GAP, start
    if in_month and _TIME_PREPOSITION.search(text, max(0, start - 10), start) is None:
        lead = _EARLIER_BEFORE.search(text, max(0, start - 8), start)
        gap_start = lead.start() if lead else start  # "earlier this month" -> "in ___"
        gap = f"in {CLOZE_GAP}" if gap_start else f"In {CLOZE_GAP}"  # "ended in ___"
    gapped = text[:gap_start] + gap + text[end:]
    if fact.category is Category.FIGURE and _number_values(span) & _number_values(
            f"{context} {gapped}"):
        return None  # "... on 2 March ... in ___" for "more than two decades": the other
        # mention of the number reads as a hint (or gives it away)
    if fact.category is Category.FIGURE and (
            fact.value.lstrip("~") in ("1", "0") or is_wordy(span)) and inside_quote(text, start):
        return None  # '"___ the country stayed at home," she said', '"left us with ___
        # responsible option"': a word of a quotation, no figure
    if fact.category is Category.FIGURE and fact.kind is AnswerKind.DURATION and \
            ('"' in text or "“" in text) and inside_quote(text, start) and \
            _LASTING_BEFORE.search(text, max(0, start - 20), start) is None:
        return None  # '"We are seeing in ___ what we would normally see in a whole year"':
        # a length of time in a speaker's words is how they tell it, not a fact to learn
    if fact.category is Category.FIGURE:
        gapped = unforced_gap(fact, gapped, text, start, start + len(span))  # "___ against 46.2%", "a consecutive ___ term"
        if gapped is None:
            return None
    # the answer again in other case or accents (a short one is too common a word to tell)
    forms = [key for key in map(normalise, (fact.answer, *accept)) if len(key) > 3]
    rest = f" {normalise(gapped.replace(CLOZE_GAP, ' '))} "
    if forms and any(f" {key} " in rest for key in forms):
        return None
    if fact.category in (Category.ACTOR, Category.CAUSE) and \
            _words_given(fact.category, span, rest):
        return None  # "hand the rock over to the ___" for "Western Australian Museum" in a
        # sentence on "Western Australian law": the answer's own words tell it
    if not context and words <= _SHORT_CLOZE and before and any(
            noun in _POINTING_NOUNS and not (noun in _BODIES and _NAME_BEFORE.search(
                gapped, 1, at)) for at, _, noun in
            bare_nouns(f"{gapped[:1].lower()}{gapped[1:]}", names_anchor=False)):
        lead = _statement_text(before)
        if not points_back(lead) and _whole_quotes(lead) and \
                lead.rstrip(" ”\"'’")[-1:] in ".!?" and \
                words + len(lead.split()) <= _CLOZE_WORDS and \
                not any(occurrences(lead, a) for a in (span, fact.answer, *accept) if a) and \
                set(_ANSWER_WORD.findall(fact.answer.lower())).isdisjoint(
                    _ANSWER_WORD.findall(lead.lower())):
            context = lead  # "Canadian Pacific Kansas City agreed to the request on ___.":
            # which request, the sentence before says (and none of the answer's words)
    return f"{context} {gapped}" if context else gapped


#: The most words of a cloze sentence led by the sentence before when it rests on a bare
#: "the" noun that points back (a longer one says enough of its own).
_SHORT_CLOZE = 14
#: Nouns of bodies that a name before them in the sentence already names ("Shares in PGE rose
#: ... after the company confirmed its bid").
_BODIES = frozenset({"company", "firm", "club"})
_NAME_BEFORE = re.compile(r"(?<=\s)[A-Z]")
#: A word of an answer that the sentence before must not hold (four letters or more).
_ANSWER_WORD = re.compile(r"[a-z][a-z'’-]{3,}")
#: Nouns that, bare, point back at what the sentence before told ("agreed to the request",
#: "the club was also fined", "the penalty").
_POINTING_NOUNS = frozenset("""
    request decision move plan deal order ban ruling measure proposal penalty fine company
    firm club investigation inquiry incident
""".split())


#: A verb whose object is a length of time ("will take ___", 'to last "___"'): in a
#: quotation, the length it takes is what the speaker states, no way of telling it.
_LASTING_BEFORE = re.compile(r"\b(?:take|takes|took|taken|taking|last|lasts|lasted|lasting|"
                             r"need|needs|needed|require|requires|required)\s+[\"“]?$")


#: A pronoun subject after a few opening words ("Last year it was forced", "Because they
#: ..."), not the "it" of a speaker's report ("The union said it had rejected").
_EARLY_POINTER = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?!(?:said|says|told|added|announced)\b)"
                            r"[a-z][\w'’-]*){0,2},?\s+(?:it|they)\s")


def _fair_cause_gap(text: str, start: int, span: str) -> bool:
    """Whether a cause gapped at ``text[start:]`` as ``span`` makes a fair cloze: the whole
    of one side of a link its connective marks, as the link reader cuts it
    (:func:`~quiz.generate.cause_clozes.link_sides`), and no word of a quotation."""
    from quiz.generate.cause_clozes import link_sides

    if ('"' in text or "“" in text) and inside_quote(text, start):
        return False  # '"... because ___," she said': a fragment of a quote
    return span in link_sides(text)  # not "because ___ of record profits", nor "was due
    # to ___" (a plan), nor a gap that runs on into the next clause


#: Words that tell nothing of which answer is meant: function words, roles and kinds of
#: body (an answer's other words must be found elsewhere in the sentence to give it away).
_PLAIN_WORDS = frozenset("""
    a an the and or but nor of to in on at by for from with without into onto over under about
    between among through during before after since until as than then that this these those
    there it its is are was were be been has have had will would can could may might must not
    no so such very also only own same other another any all both each few more most less some
    many much he him his she her they them their we us our you your i me my who whom whose
    which what when where why how whether if while because though although up down out off
    per via amid against upon within new high year years month months week weeks day days time
    country countries nation government official officials administration force forces troops
    military militia group groups people ministry minister prime president secretary
    spokesman spokeswoman chief leader leaders general mr mrs ms dr deputy senior former state
    department agency party council committee office officer staff national regional local
    city county public company firm s
""".split())
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _words_given(category: Category, span: str, rest: str) -> bool:
    """Whether the rest of a cloze (``rest``, normalised) holds enough of the answer's
    distinctive words to give it away: for a cause, four in five of its words (at least
    two); else its last one or half of them (when it has two or more)."""
    places = _place_words()
    answer = [_stem(w) for w in _WORD.findall(normalise(span))
              if w not in _PLAIN_WORDS and not w.isdigit() and w not in places and
              _stem(w) not in places]
    if not answer:
        return False
    told = {_stem(w) for w in _WORD.findall(rest)}
    hits = sum(1 for word in answer if word in told)
    if category is Category.CAUSE:
        return hits >= 2 and hits >= 0.8 * len(set(answer))
    return answer[-1] in told or len(answer) > 1 and 2 * hits >= len(answer)


@functools.cache
def _place_words() -> frozenset[str]:
    """The words of countries' names and nationalities ("Iraq" in "Islamic Resistance in
    Iraq", "Iraqi" in "Iraqi officials"): a sentence naming the country elsewhere does not
    tell which of its bodies is meant."""
    from quiz.generate.lexicon import country_names, demonyms

    return frozenset(word for name in (*country_names(), *demonyms())
                     for word in _WORD.findall(normalise(name)))


def _stem(word: str) -> str:
    """``word`` without a plural or possessive ending ("museums" and "museum's" meet)."""
    for ending in ("'s", "’s", "ies", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)] + ("y" if ending == "ies" else "")
    return word


#: A quotation's speaker given as a pronoun ("he said", "said she").
_PRONOUN_SPEAKER = re.compile(r"\b(?:(?:he|she|they)\s+(?:said|says|added|told|wrote|"
                              r"warned|insisted|explained)|(?:said|says|added)\s+(?:he|she|"
                              r"they))\b", re.I)


#: (the lookahead lets the scan skip at once the letters no number starts with)
_NUMBER_TOKEN = re.compile(r"(?=[\dotfsen])(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|"
                           r"eight|nine|ten|eleven|twelve)\b)", re.I)
_NUMBER_NAMES = ("one two three four five six seven eight nine ten eleven twelve").split()


def _number_values(text: str) -> set[str]:
    """The numbers ``text`` writes, as digits ("two" and "2" are both "2")."""
    values = set()
    for token in _NUMBER_TOKEN.findall(text):
        low = token.lower()
        values.add(str(_NUMBER_NAMES.index(low) + 1) if low in _NUMBER_NAMES
                   else token.rstrip(".,").replace(",", ""))
    return values


#: The most words a cloze with the sentence before it may have.
_CLOZE_WORDS = 80


#: A sentence that opens on something named before it: "It was cancelled only once",
#: "Its shares rose", "They have struck ..." (what? whose? who?). A dummy "It is noted that
#: ..." or "It was not clear whether ..." names nothing.
_POINTING_OPENER = re.compile(
    r"^(?:(?:In|On|At|Since|After|Before|When|While|As|Although|Though|Despite|During|"
    r"Following|Because|If|Under|With|Without|For|By|From|Until|Once|Unlike|Like)\b"
    r"(?:[^,]{0,80},|(?:\s+[A-Za-z0-9]+){1,3})\s+)?"
    r"(?:[Ii]t(?!\s+(?:is|was|has been|had been|would be|will be|remains|remained|seems|"
    r"seemed|appears|appeared)\s+(?:not\s+)?(?:(?:(?:un)?clear|(?:un)?likely|(?:im)?possible|"
    r"expected|important|necessary|noted|known|believed|thought|said|understood|reported)"
    r"\s+)?(?:that|whether|if|how|why|when|time to|too early)\b)"
    r"(?!\s+(?:is|was)\s+(?:only\s+|just\s+)?(?:after|when|because|since|until|not\s+until|"
    r"once|in|on)\s[^\"“,]*?\sthat\s)"
    r"|[Tt]hey|Its|Their|This|These|Those)\b")
#: "However, the ___ largely operates independently in practice": a sentence that opens on
#: a contrast says something only against the one before it.
_CONTRAST_OPENER = re.compile(r"^(?:However|But|Yet|Still|Instead|Nevertheless|Nonetheless|"
                              r"Even so|In practice)\b")
#: "one in four of them": a share of something the sentence does not name (unless a plural
#: comes first: "47 people ..., and nine of them").
_SHARE_OF_PRONOUN = re.compile(r"\b(?:of|among)\s+them\b")
_PLURAL = re.compile(r"\b(?:[a-z]{2,}[^su\W]s|people|children|men|women|police|staff)\b")
#: A stretch of time named in the sentence before ("over the same period"; "in the same
#: month last year" names its month in the sentence).
_SAME_AS_BEFORE = re.compile(r"\b(?:over|during|in|for|across) (?:the|that) same period\b")
_PERSON_OPENER = re.compile(r"^(?:He|She|His|Her)\b")


def points_back(text: str, person_ok: bool = True) -> bool:
    """Whether ``text`` rests on a pronoun for something another sentence names ("It was
    cancelled only once", "one in four of them"), so that alone it says less than it seems.
    With ``person_ok``, "She will need two partners" still states its fact (the person is
    the article's); a true/false statement needs to know who ("He said the army would send
    300 soldiers": true of him, maybe not of another)."""
    if _POINTING_OPENER.match(text) or _CONTRAST_OPENER.match(text):
        return True
    if "same period" in text and _SAME_AS_BEFORE.search(text):
        return True  # "Kenya will contribute $6 million over the same period": which?
    if "them" in text:
        said = unquoted(text)
        share = _SHARE_OF_PRONOUN.search(said)
        if share is not None and not _PLURAL.search(said, 0, share.start()):
            return True
    return not person_ok and bool(_PERSON_OPENER.match(text))


# a sentence is read for its cloze, its true/false card and as the context of the next one's
@functools.lru_cache(maxsize=8192)
def _statement_text(text: str) -> str:
    """The sentence without an opening dateline ("RIVERTON — ", "PRAGUE, Oct 2 (Reuters) -")
    and without a doubled small word the article slipped in ("in the the war")."""
    if text[1:2].isupper():
        text = text[opening_dateline_end(text):]
    if not any(pair in text for pair in _DOUBLED_PAIRS):
        return text  # (most sentences: the expression would look for a pair at every word)
    return _DOUBLED.sub(r"\1", text)


_DOUBLED_WORDS = ("the", "a", "an", "of", "to", "in", "on", "and", "for")
_DOUBLED = re.compile(rf"\b({'|'.join(_DOUBLED_WORDS)}) \1\b")
_DOUBLED_PAIRS = tuple(f"{word} {word}" for word in _DOUBLED_WORDS)


# a sentence states several facts: what a cloze asks of the sentence alone is read once
@functools.lru_cache(maxsize=4096)
def _sentence_shape(text: str) -> tuple[int, bool]:
    """The number of words of ``text`` and whether it points back (:func:`points_back`)."""
    return len(text.split()), points_back(text)


def _quote_alone(text: str) -> bool:
    """Whether ``text`` is one quotation and nothing else (no "she said" to tell whose)."""
    text = text.strip()
    return text[:1] in "\"“" and text[-1:] in "\"”" and \
        text[1:-1].count('"') + text[1:-1].count("“") + text[1:-1].count("”") == 0


def _whole_quotes(text: str) -> bool:
    """Whether every quotation in ``text`` opens and closes inside it."""
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def truefalse_statement(fact: Fact, wrong: str, truth: bool,
                        span: str | None = None) -> tuple[str, bool] | None:
    """The source sentence as a statement to judge: as written (true) or with the answer
    replaced by a same-kind distractor (false)."""
    sentence = fact.sentence
    if sentence.is_heading or fact.category is Category.CAUSE:
        return None
    text = _statement_text(sentence.text.strip())
    span = verbatim(fact) if span is None else span
    if not span or not text.endswith((".", ".”", ".\"")) or "\n" in text or \
            not _whole_quotes(text) or vague_reference(text) or \
            points_back(text, person_ok=False):
        return None  # "X discussed the matter with Y": true or false of what?
    if text.lstrip()[:1] in "\"“" or len(text.split()) > 45:
        return None
    matches = occurrences(text, span)
    if len(matches) != 1:
        return None
    if truth:
        return text, True
    replacement = wrong
    if span[:1].isupper() != replacement[:1].isupper() and not replacement[:1].isdigit():
        replacement = replacement[:1].upper() + replacement[1:] if span[:1].isupper() else \
            replacement
    start = matches[0]
    return text[:start] + replacement + text[start + len(span):], False
