"""Whether a written question is sound to ask: no leftovers of a transform, no dangling end,
nothing vague, an actor worth learning; and the "the" an article slipped before a bare name."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from quiz.generate.date_forms import MONTH
from quiz.generate.facts import Fact
from quiz.generate.question_clauses import asks_time_clause, joins_clauses, later_predicate
from quiz.generate.question_complements import drops_complement
from quiz.generate.question_context import loses_context
from quiz.generate.question_shapes import broken_shape
from quiz.generate.question_verb_forms import mixed_verb_forms
from quiz.model import Category

#: A word of a question or a name ("al-Muhandis", "Iran’s").
WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: Words too small to say what a question or an event is about.
SMALL_WORDS = frozenset("the a an of in on at to for and or by with from its their his her "
                        "was were is are has had have be been it this that".split())


_BARE_NAME = re.compile(r"\b(?:in|at|to|from|near|into|outside|across)\s+([A-Z][a-z]{2,})\b"
                        r"(?![\w'’-])(?!\s+[A-Z])")
#: "the Name" closing a question or a phrase: no noun follows that "the" could belong to.
_THE_NAME = re.compile(r"\bthe ([A-Z][a-z]{2,})\b(?![\w'’-])(?=\?|,|$|\s+(?:on|in|at|by|for|"
                       r"to|from|with|and|after|before)\b)")


def bare_names(texts: Iterable[str]) -> frozenset[str]:
    """The one-word names ``texts`` write after a preposition without "the" ("in Baghdad")."""
    return frozenset(name for text in texts for name in _bare_in(text))


@functools.lru_cache(maxsize=8192)  # asked for the pool's distractors and the order cards
def _bare_in(text: str) -> tuple[str, ...]:
    return tuple(_BARE_NAME.findall(text))


def without_stray_the(question: str, bare: frozenset[str] | Callable[[], frozenset[str]]
                      ) -> str:
    """``question`` without a "the" the article itself slipped before a name it elsewhere
    writes bare ("killed in a strike at the Baghdad?" -> "at Baghdad?"). ``bare`` may be
    given as a function, called only when the question has such a "the"."""
    if "the " not in question or not _THE_NAME.search(question):
        return question
    names = bare() if callable(bare) else bare
    return _THE_NAME.sub(lambda m: m.group(1) if m.group(1) in names else m.group(), question)


#: Leftovers of a transform that went wrong: an auxiliary before a reporting verb ("Why was
#: said the tax rise necessary?"), a capital article inside the question ("Who was The
#: county manager?"), "because" inside a "Why" question (the answer half-asked).
_BROKEN = re.compile(r"\b(?:did|does|do|was|were|is|are|has|have|had)\s+(?:said|says|told|"
                     r"stated|added)\b|\s(?:The|A|An)\s+[a-z]")
#: A passive of a verb that has none before its infinitive ("When was the stage failed to
#: close?"): searched only when the question has "...ed to " (all but "chose" end so).
_NO_PASSIVE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:(?!(?:who|which|that|after|when|"
                         r"because|and|but|if|as|before|since|while|until)\b)[\w'’-]+\s+){0,6}?"
                         r"(?:failed|managed|refused|tried|attempted|decided|agreed|wanted|hoped|"
                         r"seemed|appeared|happened|tended|struggled|vowed|pledged|declined|"
                         r"chose|threatened)\s+to\b")
#: A reporting verb with its audience and nothing said: "Who told reporters at the ground
#: this morning?" (the place and the time are all that is left of the sentence).
_TOLD_NOTHING = re.compile(r"\btold\s+(?:reporters|journalists|the\s+(?:press|media))"
                           r"(?:\s+(?:at|in|on|during|after|before|outside|from|this|last|"
                           r"yesterday|today|late|early)\b(?![^?]*\bthat\b)[^?\"“]*)?\?$")
#: A rank joined by "and" to a verb's phrase: the rest of another clause ("turnout was the
#: lowest since X abolished its army in 1948 and among the lowest in the region").
_STRAY_RANK = re.compile(r"\band (?:among|one of|some of) the [a-z]+est\b")
#: Places and events: never the answer to "Who ...?" ("City Hall", "Cedar Creek Fire").
_PLACE_OR_EVENT = re.compile(r"\b(?:Hall|Street|Square|Park|Stadium|Airport|Station|Bridge|"
                             r"Road|Avenue|Fire|Creek|River|Lake|Mountain|Storm|Hurricane|"
                             r"Flood)s?$")


#: "Why are our members leaving?": whose members? (a quotation may say "we")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|us|[Oo]urs?|I|[Mm]y|me|[Yy]ou|[Yy]our)\b")
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]?")


def unquoted(text: str) -> str:
    """``text`` without its quotations (a quotation opens with one of two marks: a text
    without either has none to remove)."""
    return _QUOTED.sub("", text) if '"' in text or "“" in text else text


def well_formed(fact: Fact, before: Callable[[], str] | None = None) -> bool:
    """Whether ``fact.question`` reads as a sound question for its answer (a cheap last
    check on what the transforms wrote; a fact that fails it is asked as a cloze, if at
    all). ``before`` gives the article's text before the fact's sentence, read only for a
    one-noun cause (:func:`_told_earlier`)."""
    return _sound_question(fact.question) and (
        fact.category is not Category.CAUSE or _sound_cause(fact, before)) and not broken_shape(
        fact) and not _out_of_context(fact) and not _DATE_AS_SUBJECT.match(fact.question) and not \
        _BARE_OTHERS.search(fact.question) and not (
            fact.category is Category.DATE and _DATED_THEN_BARE_VERB.search(fact.question)) \
        and not place_as_subject(fact.question, fact.sentence.text) and not (
            fact.category is Category.ACTOR and names_answer_word(fact.question, fact.answer))


#: Words too common to tell an actor's name: function words, and the roles, kinds of body
#: and places a question names around its answer.
_PLAIN_WORDS = frozenset("""
    a an the and or of to in on at by for from with as it its is are was were be has have had
    do does did will would not no which what who whom whose when where why how that this these
    those there their his her they them he she we our you your about into over after before
    since until than then also only more most some many other any all each us usa united states america american uk britain british
    country countries nation government official officials administration force forces troops
    military militia army group groups people person ministry minister prime president
    secretary spokesman spokeswoman spokesperson commander chief leader leaders general mr mrs
    ms dr deputy senior top former state department defense defence foreign body agency party
    side coalition alliance parliament council committee house white office officer officers
    staff year years month week day time number new high
""".split())
_ANSWER_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")


def names_answer_word(question: str, answer: str) -> bool:
    """Whether an actor question holds the last telling word of its answer, or half of them
    ("Which federation fined the football club?" for "Argentine Football Federation"): the
    name is told by its own word (as tests/eval's judge reads a give-away)."""
    telling = [w for w in _ANSWER_WORD.findall(answer.lower().replace("'s", ""))
               if w not in _PLAIN_WORDS]
    if not telling:
        return False
    asked = set(_ANSWER_WORD.findall(question.lower().replace("'s", "")))
    hits = sum(w in asked for w in telling)
    return telling[-1] in asked or len(telling) > 1 and hits * 2 >= len(telling)


#: A question's subject when it is a name right after the auxiliary ("When did Bloemfontein
#: deliver ...", "Why was Lleida ...").
_NAME_SUBJECT = re.compile(r"^(?:When|Why|On what (?:date|day)|In (?:what|which) (?:year|month)|"
                           r"By when|Until when|How many [a-z]+|How much [a-z]+)\s+(?:did|does|"
                           r"do|has|have|had|was|were|is|are|will|would)\s+((?:[A-Z][\w'’-]+\s+)"
                           r"{0,2}[A-Z][\w'’-]+)\s+[a-z]")
#: Where a name stands as a place ("the High Court in Bloemfontein", "a market near Sóller").
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from)\s+$")


def place_as_subject(question: str, sentence: str) -> bool:
    """Whether the question's subject is a name its sentence only writes as a place ("On what
    date did Bloemfontein deliver the ruling?" of "Judge X of the High Court in
    Bloemfontein, who delivered the ruling"): the place did not act."""
    match = _NAME_SUBJECT.match(question)
    if match is None:
        return False
    name = match.group(1)
    found = [m.start() for m in re.finditer(re.escape(name), sentence)]
    return bool(found) and all(_PLACE_BEFORE.search(sentence, max(0, i - 8), i) for i in found)


#: A date question whose first verb keeps its date and whose second lost it ("When will
#: classes begin in the second week of June and end?" of "begin in ... and end in late
#: March"): the asked date is the second verb's, and the first one's reads as a give-away.
_DATED_THEN_BARE_VERB = re.compile(rf"\b(?:{MONTH}|\d{{4}}|week|spring|summer|autumn|winter)\b"
                                   r"[^?,]*? and [a-z]+\?$")


#: "What did others warn the new calendar would do?": "others" than whom the question lost.
_BARE_OTHERS = re.compile(r"\b(?:did|does|do|have|has|had|will|would|could|can|were|was|are|"
                          r"is)\s+(?:the\s+)?others\b")
#: A question whose subject is a date ("When was December 2023 lifted?" of "the ban imposed
#: in December 2023 was lifted in May 2024"): the noun the date belonged to was cut away.
_DATE_AS_SUBJECT = re.compile(
    r"(?:When|On what (?:date|day)|In (?:what|which) (?:year|month)|By when|Since when|"
    r"Until when)\s+(?:was|were|is|are|did|does|do|has|have|had|will|would)\s+"
    rf"(?:(?:{MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?)|\d{{4}}|\d{{1,2}}\s+{MONTH}"
    r"(?:\s+\d{4})?)\s+[a-z]+")


def _out_of_context(fact: Fact) -> bool:
    """Whether the question lost its sentence's context or joins two of its clauses."""
    said = unquoted(fact.question)
    return loses_context(fact, said) or joins_clauses(fact, said) or halves_list(fact) or \
        cut_clause(fact) or drops_complement(said, fact.sentence.text)


#: A list going on after a name: ", Leith Walk and Haymarket".
_LIST_ITEM = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_LIST_GOES_ON = re.compile(rf",\s+{_LIST_ITEM}(?:,\s+{_LIST_ITEM})*,?\s+(?:and|or)\s+")


def cut_clause(fact: Fact) -> bool:
    """Whether the question stops right before the verb of a clause it has begun."""
    return cut_before_verb(fact.sentence.text, fact.question)


def halves_list(fact: Fact) -> bool:
    """Whether the question ends on a name the sentence goes on to list others with ("a zone
    bounded by the Meadows?" of "bounded by the Meadows, Leith Walk and Haymarket"): the
    question states half the list as if whole."""
    question = fact.question.rstrip("?")
    if not question[question.rfind(" ") + 1:][:1].isupper():
        return False  # (most questions: no name at their end)
    last = question.rsplit(" ", 2)[-2:]
    if len(last) < 2:
        return False
    end = " ".join(last)
    text = fact.sentence.text
    at = text.find(end)
    return at >= 0 and _LIST_GOES_ON.match(text, at + len(end)) is not None


#: A question of how long something lasts.
_DURATION_ASKED = re.compile(r"How (?:long|many (?:seconds|minutes|hours|days|weeks|months|"
                             r"years|decades))\b")
#: A negation in a question of how long something lasts.
_NEGATED = re.compile(r"\b(?:not|never|no longer)\b|n[’']t\b")


# keyed by the question alone: a corpus asks many questions more than once
@functools.lru_cache(maxsize=8192)
def _sound_question(question: str) -> bool:
    """The checks of :func:`well_formed` that read the question alone.

    A pattern that opens with a word boundary is tried at every position of the question;
    each is searched only when a word it needs is among the question's words (``asked``,
    ``words``): a word it matches between a boundary or a space and a boundary is a whole
    run of word characters."""
    said = unquoted(question)
    asked = frozenset(_WORD_RUN.findall(question))
    words = asked if said is question else frozenset(_WORD_RUN.findall(said))
    if not asked.isdisjoint(_BROKEN_WORDS) and _BROKEN.search(question) or \
            not words.isdisjoint(_FIRST_PERSON_WORDS) and _FIRST_PERSON.search(said):
        return False
    if ("ed to " in question or "chose to " in question) and _NO_PASSIVE.search(question):
        return False
    if question.startswith("Why") and re.search(r"\bbecause\b", question):
        return False
    if "told " in question and _TOLD_NOTHING.search(question):
        return False  # "Who told reporters at the ground this morning?": told what?
    if " and " in question and _STRAY_RANK.search(question):
        return False  # "Which country abolished its army in 1948 and among the lowest ...?"
    if question.startswith(("How long", "How many")) and _DURATION_ASKED.match(question) and \
            _NEGATED.search(question):
        return False  # "How long could a replacement not be ready?" (of "could not be ready
        # for at least 18 months"): the wait before it, not a time it lasts
    if mixed_verb_forms(said):
        return False  # "Why did the recount take 31 hours and involved 60 staff?"
    if ("forced " in said or "caused " in said or "prompted " in said or "allowed " in said or
            "left " in said or "drove " in said or "pushed " in said) and \
            _PASSIVE_WITH_OBJECT.search(said):
        return False  # "How long were the strong winds forced the pilot service to ...?": a
        # causative verb made passive keeps no object
    # (both end on "?": the search starts a few letters before the end, after their longest
    # word; what comes before it still counts for "\b")
    tail = max(0, len(question) - _DANGLING_LONGEST)
    if _UNANCHORED.match(question) or _DANGLING_END.search(question, tail) or (
            _DANGLING_PREPOSITION.search(question, tail)
            and not _stranding_asked(_SENTENCE_BREAK.split(question)[-1])):
        return False
    if vague_reference(question, words) and len(content_words(question)) < _ANCHORING_WORDS:
        return False  # "How long did negotiations on the matter continue?": which matter?
    number = _NUMBER_AS_SUBJECT.search(said)
    if number is not None and _participle(number.group(1)) or _KIN_OF_BODY.match(said) or \
            _FINITE_WORDS.search(said) and _TWO_FINITE.search(said) or \
            " its " in said and _its_elsewhere(said):
        return False
    if not words.isdisjoint(_MODALS) and _VERB_THEN_MODAL.search(said) or \
            not words.isdisjoint(_PLURAL_WORDS) and _SINGULAR_AUX_PLURAL.search(said) or \
            not words.isdisjoint(_CAPITAL_PRONOUNS) and _CAPITAL_PRONOUN.search(said) or \
            _WHO_ITS.match(said) or \
            not words.isdisjoint(_PERFECT_AUXILIARIES) and _PERFECT_IN_PAST.search(said) or \
            _did_with_past(said) or _caused_then_past(said) or _NO_SUBJECT.match(said) or \
            not words.isdisjoint(_CUT_END_WORDS) and _CUT_END.search(said):
        return False  # "When did heavy rain expect could turn ...?", "In what year was
        # several governments awarded?", "How many doses did Half receive?", "Who had its
        # board accepted an offer from?", "Which body has founded the company in 1987?",
        # "... so that the smallest islands?", "Why did an earlier bid collapsed?"
    if not words.isdisjoint(_STRANDING_AUXILIARIES) and _STRANDED.search(said) or \
            _VERB_FOR_SUBJECT.match(said) or (
            said.startswith("How") and _SPLIT_OF.match(said) and
            _SPLIT_OF.match(said).group(1) not in _OF_VERBS):
        return False  # "How much has then the government spent?", "When will call the
        # helpline be open?", "How many batches does the recall cover of X's tablets?"
    return not unnamed_person(said)


#: A verb of saying or thinking right before a modal in a question of time, reason or
#: place: the subject of the clause after it is lost ("When did heavy rain expect could turn
#: loose ash into lahars?"; "Whose victory did they say would boost it?" asks that subject).
_VERB_THEN_MODAL = re.compile(r"^(?:When|Why|Where|(?:In|On|By|Since|Until) (?:what|which|"
                              r"when)\b)[^?]*\b(?:expect|expects|expected|say|says|said|think|"
                              r"thinks|thought|believe|believes|believed|warn|warns|warned|"
                              r"fear|fears|feared|hope|hopes|hoped|predict|predicts|predicted|"
                              r"estimate|estimates|"
                              r"estimated)\s+(?:could|would|might|may|will|can|should|must)\b")
#: A causative verb after "was"/"were" and its subject, followed by an object of its own.
_PASSIVE_WITH_OBJECT = re.compile(r"^(?:How|When|Why|Where|On what|In what|By how|Until when|"
                                  r"Since when)\b[^?]*? (?:was|were|is|are) (?:the|a|an) "
                                  r"(?:[\w'’-]+ ){0,5}?(?:forced|caused|prompted|allowed|left|"
                                  r"drove|pushed) (?:the|a|an|its|their|his|her) ")
#: A run of word characters: what the words of the patterns below are, whole.
_WORD_RUN = re.compile(r"\w+")
#: The words without one of which a pattern cannot match (see :func:`_sound_question`).
_BROKEN_WORDS = frozenset({"said", "says", "told", "stated", "added", "The", "A", "An"})
_FIRST_PERSON_WORDS = frozenset({"We", "we", "us", "Our", "our", "Ours", "ours", "I", "My",
                                 "my", "me", "You", "you", "Your", "your"})
_MODALS = frozenset({"could", "would", "might", "may", "will", "can", "should", "must"})
_PLURAL_WORDS = frozenset({"several", "many", "both", "numerous"})
_CAPITAL_PRONOUNS = frozenset({"Half", "Most", "Some", "Many", "All", "None", "Both", "Each",
                               "Several", "Others", "Those", "These", "It", "They", "There",
                               "Its", "Their"})
_PERFECT_AUXILIARIES = frozenset({"has", "have"})
_CUT_END_WORDS = frozenset({"ending", "starting", "beginning", "lasting", "running", "based",
                            "led", "owned", "backed", "run"})
_STRANDING_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had", "will", "would",
                                    "can", "could", "should", "may", "might", "must"})
#: A question of time or reason whose "be" is followed by no subject: "On what date were
#: dead and three still missing?" (a word that is no noun, then "and" or the end).
_NO_SUBJECT = re.compile(r"^(?:When|Why|Where|(?:In|On|By|Since|Until) (?:what|which) \w+)\s+"
                         r"(?:was|were|is|are)\s+(?!(?:the|a|an|its|their|his|her|this|that|these|"
                         r"those|some|many|most|all|both|several|few|each|every|no|other)\b)"
                         r"[a-z]+(?<!s)(?:\s+(?:and|or)\b|\?|,)")
#: A question cut after a participle or a "-based" that needs more: "... in the season
#: ending?", "according to the Kampala-based?".
_CUT_END = re.compile(r"\b(?:ending|starting|beginning|lasting|running|[A-Za-z]+-(?:based|led|"
                      r"owned|backed|run))\?$")
#: "Why had the government been informed and would work with the company?" -> "to limit
#: losses": a purpose asked of two predicates belongs to the second alone.
_WHY_AND_MODAL = re.compile(r"^Why\b[^?]* and (?:would|will|could|can|should|may|might|must)\b")
#: A singular auxiliary before a plural subject ("was several European governments").
_SINGULAR_AUX_PLURAL = re.compile(r"\b(?:was|is|has|does)\s+(?:several|many|both|numerous)\b")
#: A sentence's capitalised first word moved inside the question ("did Half receive").
_CAPITAL_PRONOUN = re.compile(r"\b(?:did|does|do|was|were|has|have|had|will|would|could|can|is|"
                              r"are)\s+(?:Half|Most|Some|Many|All|None|Both|Each|Several|Others|"
                              r"Those|These|It|They|There|Its|Their)\b")
#: "Who" answered by a person, then "its" for what the sentence named ("Who had its board
#: accepted an offer from?": whose board?).
_WHO_ITS = re.compile(r"^Who\s+(?:had|has|have|did|does|do|was|were|is|are|will|would)\s+its\b")
#: The present perfect with a past time ("has founded the company in 1987").
_PERFECT_IN_PAST = re.compile(r"\b(?:has|have)\s+(?:not\s+|also\s+|already\s+|never\s+)?"
                              r"[a-z]+(?:ed|en|wn|ht|ung|ne|de)\b[^?]*?\b(?:in\s+(?:1[89]|20)\d\d|"
                              r"last\s+(?:year|month|week)|yesterday)\b")
#: "Why did an earlier bid from a group collapsed in September?": a past tense after "did"
#: and its subject (group 1), before a phrase of time or place.
DID_PAST = re.compile(r"^(?:Why|When|Where|How(?: [a-z]+)?)\s+(?:did|does|do)\s+(?:(?!(?:that|"
                       r"which|who|whose|and|or|after|before|when|while|if|as)\b)[\w'’-]+\s+)"
                       r"{1,7}?([a-z]{3,}ed)\s+(?:in|on|at|last|after|before|over|since|during)\b")


#: A verb right after where a question or an answer stops (maybe after an aside in commas):
#: its clause was cut before it.
_VERB_NEXT = re.compile(r"(?:,[^,;]{1,80},)?\s+(?:would|could|will|can|may|might|should|must|"
                        r"is|are|was|were|"
                        r"had|has|have|did|do|does)\b")


def cut_before_verb(text: str, phrase: str) -> bool:
    """Whether ``phrase`` ends, in ``text``, right before the verb of its last clause ("so
    that the smallest islands" of "so that the smallest islands would still be served")."""
    first = phrase.find(" ")
    if first < 0 or not (_CLAUSE_OPENER_LOW.search(phrase.lower(), first) if phrase.isascii()
                         else _CLAUSE_OPENER.search(phrase, first)):
        return False  # (most phrases: no clause begun after their first word)
    words = phrase.rstrip("?").rsplit(" ", 3)[-3:]
    if len(words) < 3:
        return False
    end = " ".join(words)
    at = text.find(end)
    return at >= 0 and _VERB_NEXT.match(text, at + len(end)) is not None


#: A word that opens a clause whose verb a cut may leave out.
_CLAUSE_OPENER = re.compile(r" (?:that|because|although|though|unless|whereas|while|if|when|"
                            r"after|before|since|until) ", re.I)
#: The same in lower-cased ASCII text, where case folds letter for letter (faster than
#: ignoring case).
_CLAUSE_OPENER_LOW = re.compile(_CLAUSE_OPENER.pattern)


#: "What caused the independent panel concluded?": a causative verb's object ending on a
#: past tense (group 1), the verb of the clause the cause was read from.
_CAUSED_PAST = re.compile(r"^What (?:has |had |have )?(?:caused|prompted|triggered|sparked|"
                          r"fuelled|fueled|drove|forced|delayed|boosted|hurt|hit|helped|led to|"
                          r"brought about)\s+(?:the|a|an|its|their|his|her|this|that)\s+"
                          r"(?:[\w'’-]+\s+){0,4}?([a-z]+ed)\?$")


def _caused_then_past(question: str) -> bool:
    """Whether a "What caused X?" question ends on a second finite verb."""
    found = _CAUSED_PAST.match(question) if question.endswith("ed?") else None
    if found is None:
        return False
    from quiz.generate.clauses import is_simple_past

    return is_simple_past(found.group(1))


def _did_with_past(question: str) -> bool:
    """Whether a "did" question goes on with a past tense where its base form belongs."""
    if " did " not in question and " does " not in question and " do " not in question:
        return False
    found = DID_PAST.match(question)
    if found is None:
        return False
    from quiz.generate.clauses import is_simple_past

    return is_simple_past(found.group(1))


#: A word stranded between an auxiliary and the subject after it: an adverb or a number the
#: transform left in front ("How much has then the government spent?", "has 2019 the").
#: ("is now the largest" is sound: a copula is left out.)
_STRANDED = re.compile(r"\b(?:did|does|do|has|have|had|will|would|can|could|should|may|might|"
                       r"must)\s+(?:then|also|still|now|already|again|however|meanwhile|since|"
                       r"previously|recently|later|earlier|\d[\d,.]*)\s+(?:the|a|an|its|their|"
                       r"his|her|this|these|those)\b")
#: A question of time, reason or place whose auxiliary is followed by a verb, then the
#: subject ("When will call the company's helpline be open?"): two verbs where the subject
#: should be. (Questions that may ask for the subject, "Who will call the meeting?", are
#: left out.)
_VERB_FOR_SUBJECT = re.compile(r"^(?:When|Why|Where|How (?:long|often|old)|By how much|"
                               r"(?:In|On|By|Until|Since) (?:what|which) (?:year|date|day|month)|"
                               r"Since when|Until when|By when)\s+(?:will|would|can|could|did|"
                               r"does|do|should|may|might|must|has|have|had)\s+(?!(?:all|both|"
                               r"half|only|even|just|not|never|nearly|almost|about|around|"
                               r"roughly|approximately|quite|such)\b)[a-z]+\s+(?:the|a|an|its|"
                               r"their|his|her|this|these|those)\b")
#: "How many batches does the recall cover of MapleCare's tablets?": an "of" phrase moved
#: away from its noun to after the verb (group 1: that verb).
_SPLIT_OF = re.compile(r"^How (?:many|much)\b[^?]*? (?:does|do|did|will|would|has|have|had) "
                       r"(?:the|a|an|its|their|his|her) [a-z][\w'’-]* ([a-z]+) of\b")
#: Verbs an "of" phrase belongs to ("think of", "consist of").
_OF_VERBS = frozenset("think thought consist consisted approve approved dispose disposed "
                      "speak spoke warn warned accuse accused hear heard know knew run ran "
                      "make made die died".split())


#: "When was 35 set in Berlin?": a number with no noun as the subject of a passive (a time
#: such as "2:00:35" cut at its colon).
_NUMBER_AS_SUBJECT = re.compile(r" (?:was|were|is|are|been) \d[\d,.]* ([a-z]+)\b")
#: "When did the decision goes further than ...?": a finite verb after "did" and its
#: subject (the clause was read with the wrong verb).
_TWO_FINITE = re.compile(r"\b(?:did|does|do)\s+(?:the|a|an|this|that|its|their)\s+[a-z]+\s+"
                         r"(?:goes|does|says|has)\b")
_FINITE_WORDS = re.compile(r" (?:goes|does|says|has) ")
#: "Why do the closures not need its approval?": a plural subject, then "its" (group 2: the
#: words between, where a singular noun would be what "its" names).
_PLURAL_THEN_ITS = re.compile(r"^(?:Why|How|When|What|Where)\b.*? (?:do|did|have|had|are|were|"
                              r"will|would|could) the ([a-z]+s) (.*?)\bits\b")
_SINGULAR_NOUN = re.compile(r"\b(?:the|a|an) [a-z]+[^s\W]\b")


def _its_elsewhere(question: str) -> bool:
    """Whether "its" in ``question`` can only name something another clause of the sentence
    names (the question's subject is plural, and no singular noun comes before "its")."""
    plural = _PLURAL_THEN_ITS.match(question)
    return plural is not None and not _SINGULAR_NOUN.search(plural.group(2))


#: "Which organisation's father of three ...?": a person's kin or home asked as a body's
#: ("a father of three from Amsterdam-Noord": the place is where he is from).
_KIN_OF_BODY = re.compile(r"^(?:Which [a-z]+['’]s|Whose) (?:father|mother|son|daughter|wife|"
                          r"husband|brother|sister|parent|child|grandmother|grandfather|"
                          r"resident|native)\b")
#: A person the question points at with a pronoun: "What did an injury force him to do?"
_PERSON_PRONOUN = re.compile(r" (?:he|she|him|her|his)\b")
#: Questions that ask for a person, whom a pronoun in them may be ("Who said he would
#: resign?", "Which coach said she had ...?").
_ASKS_PERSON = re.compile(r"^(?:Who|Whom|Whose|Which|According to whom)\b")


def _participle(word: str) -> bool:
    from quiz.generate.clauses import is_past_participle

    return is_past_participle(word)


def unnamed_person(question: str) -> bool:
    """Whether ``question`` points at a person with "he", "she", "him", "her" or "his" that
    it neither names before ("What did Trump's aides urge him to do?" names him) nor asks
    for ("After what event did his music fall out of fashion?": whose?)."""
    if " he" not in question and " she" not in question and " hi" not in question and \
            " her" not in question:
        return False  # (most questions: the pattern is not tried)
    pronoun = _PERSON_PRONOUN.search(question)
    if pronoun is None or _ASKS_PERSON.match(question):
        return False
    return not any(word[:1].isupper() for word in question[:pronoun.start()].split()[1:])


#: A question cut after a word that needs more ("... said the port would reopen only?").
_DANGLING_END = re.compile(r"\b(?:only|that|than|the|a|an|and|or|but|because|if|whether|"
                           r"its|their|his|her)\?$", re.I)
#: A preposition at the end is stranded well only when the question asks for its object
#: ("What did the talks lead to?"), not in "How much did the city face a shortfall due?".
_DANGLING_PREPOSITION = re.compile(r"\b(?:of|to|with|by|from|into|for|on|in|at|about|due)\?$")
#: Longer than the longest word of either, with its "?" and a final line break.
_DANGLING_LONGEST = 12
_STRANDING = ("What", "Who", "Whom", "Which", "Whose")
#: "How would the scheme be paid for?": a passive's preposition has the subject as object.
_HOW_PASSIVE = re.compile(r"^How\b.*\b(?:be|been|being|is|are|was|were)\s+(?:[\w-]+\s+){0,3}"
                          r"(?:\w+ed|paid|made|bought|brought|sought|thought|dealt|set|put|cut|"
                          r"spent|built|sent|held|met|known|taken|given|seen|done|told|"
                          r"heard|cared)\s+(?:for|on|with|to|of|about|into)\?$")
#: A break between two sentences of a question ("... by 12%. What did this lead to?"), not
#: after an initial ("the U.S. Army").
_SENTENCE_BREAK = re.compile(r"(?<=[\w%)]{2}[.!?]) (?=[A-Z])")


def _stranding_asked(question: str) -> bool:
    """Whether ``question`` asks for the object of its last preposition ("What did the
    talks lead to?", "How would the scheme be paid for?")."""
    return question.startswith(_STRANDING) or bool(_HOW_PASSIVE.match(question))


#: A reference to something the card does not name ("the matter", "this decision").
_VAGUE_REFERENCE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:matter|issue|decision|"
                              r"move|situation|step|topic|subject|development|incident|"
                              r"idea|measure|problem|question|case)s?\b(?!\s+(?:of|to|on|over|"
                              r"about|that|which|in)\b)", re.I)
_VAGUE_NOUNS = frozenset(noun + plural for noun in (
    "matter issue decision move situation step topic subject development incident idea "
    "measure problem question case").split() for plural in ("", "s"))
#: Content words a question needs besides a vague reference to be clear without it.
_ANCHORING_WORDS = 6


def vague_reference(text: str, words: frozenset[str] | None = None) -> bool:
    """Whether ``text`` rests on something it does not name ("the matter", "the issue",
    "this decision"), outside quotations. ``words``: the runs of word characters of ``text``
    without its quotations, when known; in ASCII text (where case folds letter for letter)
    the pattern is searched only when one of its nouns is among them."""
    if words is not None and text.isascii() and \
            _VAGUE_NOUNS.isdisjoint(map(str.lower, words)):
        return False
    return bool(_VAGUE_REFERENCE.search(unquoted(text)))


def content_words(text: str) -> list[str]:
    """The words of ``text`` that say what it asks about (no small or question words)."""
    return [w for w in WORD.findall(text) if w.lower() not in SMALL_WORDS and len(w) > 2
            and w.lower() not in _WH_WORDS]


_WH_WORDS = frozenset("what when which who whom whose why how where many much long year "
                      "date month did does do was were has have had will would".split())


#: Questions that name nothing to tie them to: "What caused the rise?" (the rise of what?).
_UNANCHORED = re.compile(r"^What (?:caused|prompted|triggered|sparked) "
                         r"(?:the|this|that|these|those|it) ?\w*\?$")


def fit_actor(answer: str) -> bool:
    """Whether ``answer`` can be the answer of an actor card: a person, a body, a country
    or a group, not a place or an event, and not "our members" (whose?)."""
    return not (_PLACE_OR_EVENT.search(answer) or _FIRST_PERSON.search(answer)
                or _ANONYMOUS.match(answer) or _PREPOSITION_FIRST.match(answer))


#: "for Serious Economic Crime": the end of a body's name cut from its start.
_PREPOSITION_FIRST = re.compile(r"^(?:for|of|in|on|at|by|to|with|from|and|or)\s")
#: "a senior administration official": someone the article does not name is nobody to learn.
_ANONYMOUS = re.compile(r"^(?:an?|one|some|several)\s", re.I)


#: Answers that are no reason or effect: a possessive and one word, "to"
#: before no verb, an adverb after "was" at the end, a causative verb without what it makes
#: its object do.
_CUT_CAUSE = re.compile(r"^(?:(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[\w-]+$|"
                        r"to\s+(?:(?:and|or|the|an?|its|their|his|her)\b|[A-Z]))|"
                        r"\b(?:was|were|is|are|been|be)\s+[a-z]+ly$|"
                        r"\b(?:force|forces|forced|prompt|prompts|prompted|allow|allows|allowed|"
                        r"require|requires|required|urge|urged|compel|compelled|enable|enabled)\s+"
                        r"(?:many|some|several|most|all|more|thousands of|hundreds of|dozens of)"
                        r"\s+[\w-]+$")
#: "What are both sides due to?" -> "return to mediation": "due to" + a verb is a schedule.
_DUE_TO = re.compile(r"\bdue to\?$")
_THIN_CAUSE = re.compile(r"^(?:one|two|three)\s+\S+$", re.I)
#: A participle and its adverb cut from a clause, with no noun to be a cause or an effect.
_BARE_PARTICIPLE = re.compile(r"^(?:[a-z]+ly\s+)?[a-z]+ed$")
_PARTICIPLE_SUBJECT = re.compile(r"^What (?:has|have|had|did|does|do) (?:[a-z]+ly\s+)?[a-z]+ed "
                                 r"[a-z]+\?$")
#: An answer that is one noun after "the" ("The exclusions", "the outage").
_ONE_NOUN = re.compile(r"^(?:the|this|that|these|those)\s+[\w-]+$", re.I)


def _names_something(question: str) -> bool:
    """Whether ``question`` names something (a capitalised word after its first, or a
    number), which ties a one-noun answer to this story."""
    return any(word[:1].isupper() or word[:1].isdigit() for word in question.split()[1:])


#: The fewest words of a question specific enough for a one-noun answer the story told.
_SPECIFIC_WORDS = 7
#: Words before a noun that tell nothing of it.
_BARE_BEFORE = frozenset("""
    the a an this that these those its their his her our your my of in on to and or for with
    at by from into no any some every each
""".split())


_OWNER_PRONOUN = re.compile(r"\b(?:their|his|her|its)\b", re.I)


def _specific(question: str) -> bool:
    """Whether ``question`` is long enough to tie its answer to one event, and says whose
    any "their" is ("... of their pupils arrived, according to many schools")."""
    return len(question.split()) >= _SPECIFIC_WORDS and (
        ", according to " in question or not _OWNER_PRONOUN.search(question))


def _told_earlier(noun: str, text: str) -> bool:
    """Whether ``text`` (the story before the asked sentence) names ``noun`` with more
    detail: a modifier before it ("a two-day strike", "the drivers' strike") or a phrase
    after it ("went on strike against a new rule", "the ban on night sales")."""
    if len(noun) < 3 or not noun.isalpha():
        return False
    low = text.lower()
    for match in re.finditer(rf"\b([\w'’-]+)\s+{noun}\s+(by|of|over|against|on|for|at|to|"
                             rf"among|between|in)?\b", low):
        if match.group(2) or match.group(1) not in _BARE_BEFORE:
            return True
    return False


def _told_whose(fact: Fact) -> bool:
    """Whether a possessive answer ("His exclusion") is told whose ("Aldridge's exclusion"
    accepted, see :func:`~quiz.generate.question_pronouns.named_pronouns`)."""
    rest = fact.answer.partition(" ")[2]
    return bool(rest) and any(form.endswith(f"'s {rest}") for form in fact.accept)


def _sound_cause(fact: Fact, before: Callable[[], str] | None = None) -> bool:
    """A cause card asks about one predicate and has something to learn as its answer."""
    if _DUE_TO.search(fact.question) or _THIN_CAUSE.match(fact.answer):
        return False
    if _CUT_CAUSE.search(fact.answer) and not _told_whose(fact) or \
            cut_before_verb(fact.sentence.text, fact.answer) or \
            fact.answer.startswith(("to ", "so that ")) and _WHY_AND_MODAL.match(fact.question):
        return False  # "His exclusion" (whose?), "its huge", "to and from
        # Manado", "a business that was badly", "would force many bars", "so that the
        # smallest islands": no reason or effect to learn
    if _BARE_PARTICIPLE.match(fact.answer) or _PARTICIPLE_SUBJECT.match(fact.question):
        return False  # "places are fiercely contested, which has fuelled X": "What has
        # fuelled X?" -> "fiercely contested", "What has fiercely contested fuelled?"
    if _ONE_NOUN.match(fact.answer) and not _names_something(fact.question) and not (
            before is not None and _specific(fact.question) and
            _told_earlier(fact.answer.rpartition(" ")[2], before())):
        return False  # "What has angered some parents?" -> "The exclusions": of what?
        # (unless the story told it before: "went on strike against a rule" ... "the strike")
    if fact.question.startswith("Why") and _reason_of_the_main_clause(fact):
        return False
    if " that " in fact.sentence.text and _claim_as_fact(fact):
        return False  # "SwiftDrop had argued that the couriers were independent contractors
        # because ..." asked "Why were the couriers independent contractors?": the card
        # states one side's claim as the story's fact
    if fact.answer.startswith(("by ", "to ")) and _COMPLEMENT_TAKEN.search(fact.question):
        return False  # "What did delays cause?" -> "by a shortage of vessels" (the agent of
        # a passive), "Why were opposition parties quick?" -> "to seize on the failure",
        # "Why are farmers switching?" -> "to shrimp": the phrase completes the predicate
    if fact.question.startswith("Why") and (later_predicate(fact) is not None or
                                            _purpose_of_an_inner_verb(fact)):
        return False
    return " and " not in fact.question or not _second_finite_verb(fact)


#: A verb of a disputed claim and its "that" ("had argued that", "claims that").
_CLAIMED = re.compile(r"\b(?:argued|argues|argue|claimed|claims|claim|alleged|alleges|insisted|"
                      r"insists|maintained|maintains|contended|contends|denied|denies) that ")
#: The words of a claimed clause compared with the question (its first few content words).
_CLAIM_WORDS = 3
_PLAIN_WORD = re.compile(r"[a-z][a-z'’-]{2,}")
#: Words that join the claimed clause to its reason.
_LINKS = frozenset("because since after due owing thanks given".split())


def _claim_as_fact(fact: Fact) -> bool:
    """Whether a cause question asks, as a fact, the clause its sentence gives as someone's
    claim ("had argued that the couriers were independent contractors because ..." asked
    "Why were the couriers independent contractors?"), with nothing to say whose."""
    claim = _CLAIMED.search(fact.sentence.text)
    if claim is None or "according to" in fact.question:
        return False
    at = fact.sentence.text.find(fact.answer, claim.end())
    if at < 0:
        return False  # (the answer is not inside the claim: "X denied that ..., saying ...")
    claimed = [w for w in _PLAIN_WORD.findall(fact.sentence.text[claim.end():at].lower())
               if w not in SMALL_WORDS and w not in _LINKS][:_CLAIM_WORDS]
    asked = set(_PLAIN_WORD.findall(fact.question.lower()))
    return len(claimed) >= 2 and all(w in asked for w in claimed)


#: A question whose predicate the answer's "by" or "to" phrase completes: "What did X cause?"
#: (answered "by ..."), or a "Why" question ending on an adjective or a verb that takes "to"
#: ("quick", "keen", "switching": what is switched to; not "designed": "to measure sea levels"
#: is the purpose it was designed for, nor "moving": "to find work" is why).
_COMPLEMENT_TAKEN = re.compile(
    r"^(?:What (?:did|does|do|has|have|had|will|would) .+ cause|Why .+ (?:quick|keen|eager|ready|"
    r"willing|unwilling|able|unable|likely|unlikely|slow|first|last|set|due|free|reluctant|"
    r"determined|expected|switching|switched|turning|turned))\?$")


def _reason_of_the_main_clause(fact: Fact) -> bool:
    """Whether a "Why" question's answer is a time ("only after the thieves had gone" is
    when the guards arrived, not why) or the question asks the time clause the sentence's
    "because" does not explain ("Why had the thieves gone?")."""
    text = fact.sentence.text
    at = text.find(fact.answer)
    if at > 0 and text[:at].rstrip().endswith(("only after", "only when", "until")):
        return True
    return asks_time_clause(fact.question, text) is not None


#: "Why did ...?": the asked verb is finite, so a verb joined to it by "and" is a second
#: finite verb ("did the fire start ... and spread ..."), not a participle sharing the
#: auxiliary ("Why was the tower switched off and disinfected?").
_DO_QUESTION = re.compile(r"^Why (?:did|does|do)\b")
_AND_WORD = re.compile(r"\band\s+([a-z]+)")


#: A question ending on a verb after a modal: the verb of a clause inside the asked one
#: ("the long distances many families must travel").
_INNER_MODAL_END = re.compile(r"\b(?:must|can|could|would|should|may|might|have to|has to|"
                              r"had to)\s+[a-z]+\?$")


def _purpose_of_an_inner_verb(fact: Fact) -> bool:
    """Whether a purpose answers the verb of a clause inside the asked one: "Why did Dr Otieno
    blame the drop-off on the long distances many families must travel?" -> "to reach a
    clinic" is why they travel."""
    return fact.answer.startswith(("to ", "in order to ")) and \
        _INNER_MODAL_END.search(fact.question) is not None and \
        not re.match(r"^Why (?:must|can|could|would|should|may|might)\b", fact.question)


def _second_finite_verb(fact: Fact) -> bool:
    """Whether the asked clause goes on after "and" with a second finite verb of its
    subject that the sentence's reason may belong to alone ("The fire started near a
    campground and spread quickly because of the wind": why did it spread?). A noun after
    "and" ("emails and texts") or a participle sharing the auxiliary ("had been switched
    off and disinfected so that ...") joins no second verb."""
    from quiz.generate.clauses import is_simple_past, past_to_base

    if not _DO_QUESTION.match(fact.question):
        return False
    asked = set(_AND_WORD.findall(fact.question))
    text = fact.sentence.text
    at = text.find(fact.answer)
    for match in _AND_WORD.finditer(text, 0, at if at > 0 else len(text)):
        word = match.group(1)
        # the question asks it in its base form after "did" ("spread", "rose" -> "rise")
        if (is_simple_past(word) or word in asked) and past_to_base(word) in asked:
            return True
    return False
