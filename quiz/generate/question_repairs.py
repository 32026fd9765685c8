"""Small repairs of a written question the last gate can make with certainty: the predicate a
"Why ... but ...?" card's reason belongs to, the noun a closing number counts, "Who" for a
person asked as an organisation, and a sentence's capital left inside."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from quiz.generate.article import without_dateline
from quiz.generate.clauses import past_to_base
from quiz.generate.facts import AnswerKind, Fact
from quiz.generate.grammar import PARTICIPLE_TO_BASE, PAST_TO_BASE
from quiz.generate.lexicon import (
    GIVEN_NAMES, GROUP_WORDS, NAME_PARTICLES, NOT_GIVEN_NAMES, NOT_NAME_WORDS, ORG_ROLE_WORDS,
    ORG_WORDS, PLACE_WORDS, TITLE_WORDS, capitals, country_names, demonyms,
)
from quiz.generate.question_checks import DID_PAST, cut_before_verb
from quiz.generate.question_clauses import (
    STATE_VERBS, asks_time_clause, earlier_joined_clause, later_predicate, reduced_relative,
)
from quiz.generate.question_misreads import SUBJECT_LOST
from quiz.generate.question_shapes import NUMBER_ENDS, closing_number_noun
from quiz.model import Category


_ORGANISATION, _CAUSE = AnswerKind.ORGANISATION, Category.CAUSE


def repaired(fact: Fact, article: Callable[[], str]) -> Fact:
    """``fact`` with its question repaired where one of the shapes above fits; ``article``
    gives the article's text, asked only when a repair needs it."""
    question = fact.question
    if not question:
        return fact
    text = fact.sentence.text
    if " but " in question and question.startswith("Why") and fact.category is _CAUSE:
        question = _reason_predicate(question, fact.answer, text)
    if ", according to " in question and question.endswith("?") and \
            earlier_joined_clause(text, question.split(", according to ")[0]):
        question = question.split(", according to ")[0] + "?"  # "Why did Poland change the
        # law, according to the agency?": the source vouches for the later joined claim
    elif question[-2:-1].isdigit() or question.endswith(NUMBER_ENDS):
        noun = closing_number_noun(question, text)
        if noun:
            question = f"{question[:-1]} {noun}?"
    if fact.kind is _ORGANISATION and _ORG_ASKED.match(question) and (
            _titled_name(fact.answer) or _surname_in(fact.answer, article())):
        question = _ORG_ASKED.sub(_who, question, count=1)
    elif fact.kind is _ORGANISATION:
        question = _asked_apart(question, fact.answer)
    if question.startswith("Which ") and \
            question[6:question.find(" ", 6)].rstrip(".").lower() in _TITLES_SPELLED:
        question = _TITLE_SPELLED.sub(_spelled, question, count=1)
    if "these " in question or "those " in question:
        question = _POINTING_PLURAL.sub("the", question)
    lost = SUBJECT_LOST.match(question)
    if lost:
        question = _subject_restored(question, lost, text)
    head = _opening_word(text)
    if head and f" {head} " in question:
        question = _lowered(question, head, article())
    if fact.category is _CAUSE and question.startswith("Why") and ", because" in text:
        question = _main_clause_asked(question, fact.answer, text)
    if fact.category is Category.DATE and question.endswith("?") and " by " in text:
        question = _main_clause_dated(fact, question)
    if " the a" in question:
        question = _DOUBLE_ARTICLE.sub("the ", question)  # "Who is the a political scientist"
    if ", whose " in text and "s " in question:
        question = _whose_unfolded(question, text)
    if fact.category is Category.DATE and "ed to " in question:
        question = _active_restored(question, text)
    if fact.category is _CAUSE and question.startswith("Why") and " and " in text:
        question = _later_predicate_asked(replace(fact, question=question))
    if fact.category is _CAUSE and question.startswith("Why "):
        be = _DO_THEN_BE.match(question)
        if be:  # "Why did farmed salmon are a threat?" -> "Why are farmed salmon a threat?"
            question = f"Why {be['be']} {be['subject']}{be['rest']}"
        elif fact.answer.startswith("to ") and _ASCRIBED.match(question):
            # "Why did the tribunal attribute the low turnout?" -> "to heavy rain": what it
            # was attributed to
            return replace(fact, question=_ASCRIBED.sub(r"What \g<aux> \g<rest> to?", question),
                           answer=fact.answer[3:])
    if fact.category is _CAUSE and fact.answer.startswith("by ") and \
            (reversed_cause := _CAUSE_REVERSED.match(question)) and \
            f"{reversed_cause['effect']} caused {fact.answer}" in text:
        # "delays caused by a shortage of vessels" read as "What did delays cause?" -> "by a
        # shortage of vessels": the cause of the delays
        effect = reversed_cause["effect"]
        effect = effect if effect.split(" ", 1)[0].lower() in _DETERMINED else f"the {effect}"
        return replace(fact, question=f"What caused {effect}?", answer=fact.answer[3:])
    if fact.category is _CAUSE and question.startswith("What ") and \
            f"{fact.answer}, which " in text and _BARE_PARTICIPLE.match(fact.answer):
        clause = _clause_of_which(fact.answer, text)
        if clause:  # "Places are fiercely contested, which has fuelled X": "What has fuelled
            # X?" -> the whole clause, not "fiercely contested"
            return replace(fact, question=question, answer=clause)
    if " did " in question or " does " in question or " do " in question:
        question = _base_after_do(question)  # "Why did the bid collapsed?" -> "collapse"
    if fact.category is _CAUSE and cut_before_verb(text, fact.answer):
        whole = _to_clause_end(text, fact.answer)
        if whole:  # "so that the smallest islands" of "so that the smallest islands, some
            # served by no other ferry, would not be cut off": the clause whole
            return replace(fact, question=question, answer=whole)
    if fact.category is _CAUSE and fact.answer.startswith(_CITING) and \
            question.startswith("Why"):
        # "pulled out, citing a member's illness": the reason is what was cited
        return replace(fact, question=question, answer=fact.answer[len(_CITING):])
    return fact if question == fact.question else replace(fact, question=question)


def _base_after_do(question: str) -> str:
    """``question`` with a past tense after "did" and its subject in its base form ("Why did
    an earlier bid collapsed in September?" -> "collapse")."""
    found = DID_PAST.match(question)
    if found is None:
        return question
    from quiz.generate.clauses import is_simple_past, past_to_base

    word = found.group(1)
    base = past_to_base(word) if is_simple_past(word) else ""
    if not base or base == word:
        return question
    return f"{question[:found.start(1)]}{base}{question[found.end(1):]}"


#: The most words a cause answer may grow to when its clause is read to its end.
_WHOLE_CLAUSE_WORDS = 30


def _to_clause_end(text: str, answer: str) -> str:
    """``answer`` read on in ``text`` to the end of its clause (the next ";" or the end of
    the sentence), or "" when that is too long."""
    at = text.find(answer)
    if at < 0:
        return ""
    end = text.find(";", at)
    whole = text[at:end if end >= 0 else len(text)].rstrip(" .!?\"”’")
    return whole if len(whole.split()) <= _WHOLE_CLAUSE_WORDS else ""


#: A passive written of a verb that has none before its infinitive: "On what date was the
#: rocket's second stage failed to close ...?" (the sentence: "a valve on the rocket's second
#: stage failed to close ...").
_NO_PASSIVE = re.compile(r"^(?P<wh>(?:On )?[Ww]hat \w+|When) was (?P<subject>(?:the |a |an )?"
                         r"[\w'’ -]{2,60}?) (?P<verb>failed|managed|refused|tried|attempted|"
                         r"decided|agreed|seemed|appeared|struggled) to ")
#: What opens a clause before its subject in the sentence.
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|after|when|because|as|while)\s+)")


def _active_restored(question: str, text: str) -> str:
    """``question`` asked in the active with the subject the sentence gives the verb ("On
    what date did a valve on the rocket's second stage fail to close ...?"), when the
    sentence has that subject whole; otherwise unchanged (the last check then drops it)."""
    match = _NO_PASSIVE.match(question)
    if match is None:
        return question
    at = text.find(f"{match['subject']} {match['verb']} to ")
    if at < 0:
        at = text.find(f"{match['subject'][:1].upper()}{match['subject'][1:]} {match['verb']} to ")
        if at < 0:
            return question
    opening = [m.end() for m in _CLAUSE_OPEN.finditer(text, 0, at + 1) if m.end() <= at]
    subject = text[opening[-1] if opening else 0:at] + match["subject"]
    if len(subject.split()) > 10 or not subject.strip():
        return question
    subject = subject[:1].lower() + subject[1:] if subject.split()[0] in ("A", "An", "The") \
        else subject
    base = past_to_base(match["verb"])
    return f"{match['wh']} did {subject} {base} to {question[match.end():]}" if base \
        else question


#: "Why[, according to X,] was the company devastated?": its auxiliary, subject and last word.
_WHY_SUBJECT = re.compile(r"^Why(?P<according>, according to [^,?]+,)? (?P<aux>was|were|is|are|"
                          r"did|does|do|has|have|had) (?P<subject>(?:the|a|an|its|their) "
                          r"[\w'’ -]{1,40}?) [\w'’\"“”-]+\?$")


def _later_predicate_asked(fact: Fact) -> str:
    """The question asked of the predicate the reason follows ('the company was "devastated"
    and had suspended all operations at the mine, ..., so that ...' -> "Why had the company
    suspended all operations at the mine?"); unchanged when the subject cannot be told."""
    later = later_predicate(fact)
    match = _WHY_SUBJECT.match(fact.question) if later is not None else None
    if match is None or f"{match['subject']} " not in fact.sentence.text[:later.start()]:
        return fact.question
    rest = later["rest"].strip()
    cut = re.search(r"\s(?:which|who|where|so|because|as|to|in order)\b", rest)
    rest = rest[:cut.start()] if cut else rest
    if not rest:
        return fact.question
    return f"Why{match['according'] or ''} {later['aux']} {match['subject']} {rest}?"


#: A name with a "whose" clause set off by commas ("Steve Draper, whose contract expires in
#: the summer, is expected to ...").
_WHOSE = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*), whose (?P<body>[^,;]+),")


def _whose_unfolded(question: str, text: str) -> str:
    """``question`` without a "whose" clause it folded into a possessive ("When is Steve
    Draper's contract expires in the summer expected to meet the new owners?" -> "When is
    Steve Draper expected to meet the new owners?"): two finite verbs otherwise."""
    for match in _WHOSE.finditer(text):
        for mark in ("'s", "’s"):
            folded = f"{match['name']}{mark} {match['body']}"
            if folded in question:
                return question.replace(folded, match["name"], 1)
    return question


#: A participle and its adverb, all a cause kept of the clause a "which" sums up.
_BARE_PARTICIPLE = re.compile(r"^(?:[a-z]+ly\s+)?[a-z]+ed$")
#: The clause before it: a subject and a form of "be" ("Places at such schools are").
_BE_CLAUSE = re.compile(r"(?:^|[.;:]\s+|,\s+(?:and|but|so)\s+)(?P<clause>[A-Z]?[\w'’ -]{3,80}? "
                        r"(?:is|are|was|were|has been|have been|had been) )$")


def _clause_of_which(answer: str, text: str) -> str:
    """The clause a sentence-final "which" sums up, ending on ``answer`` ("places at such
    schools are fiercely contested"), or ""."""
    at = text.find(f"{answer}, which ")
    match = _BE_CLAUSE.search(text, max(0, at - 90), at)
    if match is None:
        return ""
    clause = f"{match['clause']}{answer}"
    first = clause.split()[0]
    if first[:1].isupper() and not any(
            text[i - 2:i] not in (". ", "? ", "! ") for i in _starts(text, f" {first} ")):
        clause = clause[:1].lower() + clause[1:]  # a sentence's capital, not a name's
    return clause


def _starts(text: str, word: str) -> list[int]:
    """Where ``word`` (with its spaces) stands in ``text``, after its leading space."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at + 1)
        at = text.find(word, at + 1)
    return found


#: "the" before "a" or "an" (a role copied with its own article).
_DOUBLE_ARTICLE = re.compile(r"\bthe an? (?=[a-z])")
#: "Why did <subject> are <rest>?": a present "be" asked with "did" (no relative pronoun in
#: the subject, whose own verb it could be).
_DO_THEN_BE = re.compile(r"^Why (?:did|does|do) (?P<subject>(?:(?!who |which |that )[\w'’-]+ )"
                         r"{1,5}?)(?P<be>are|is|was|were) (?P<rest>.+\?)$")
#: "Why did the tribunal attribute the low figure?": a verb whose reason follows "to".
_ASCRIBED = re.compile(r"^Why (?P<aux>did|does|do|has|have|had) (?P<rest>.*?\b(?:attribute|"
                       r"attributed|ascribe|ascribed|credit|credited)\b.*?)\?$")
#: A short subject opening the sentence before an adverb and its verb ("The Fairmont
#: Heights Water Authority (FHWA) first issued ...").
_OPENING_SUBJECT = re.compile(r"^(?P<subject>(?:The |A |An )?[A-Z][\w'’-]*(?: [\w'’-]+){0,5}?)"
                              r"(?: \([A-Z]{2,}\))? (?P<adverb>[a-z]+) (?P<verb>[a-z]+)\b")


def _subject_restored(question: str, lost: re.Match[str], text: str) -> str:
    """``question`` with the subject the sentence opens on put back before its adverb ("On
    what date did first issue the notice?" -> "did the water authority first issue"), when
    the sentence opens on that subject, adverb and the verb's past; else unchanged (and
    dropped by the gate)."""
    opening = _OPENING_SUBJECT.match(without_dateline(text))
    if opening is None or opening["adverb"] != lost["adverb"] or \
            lost["verb"] not in (opening["verb"], past_to_base(opening["verb"])):
        return question
    subject = opening["subject"]
    if subject.startswith(("The ", "A ", "An ")):
        subject = subject[0].lower() + subject[1:]
    at = lost.start("adverb")
    return f"{question[:at]}{subject} {question[at:]}"


#: A participle naming the reason the subject gave, left before the reason it names.
_CITING = "citing "


@functools.lru_cache(maxsize=4096)  # a sentence gives several facts
def _opening_word(text: str) -> str:
    """The capitalised word that opens ``text`` after any dateline ("Aviation" of
    "REYKJAVIK, Aug 19 (Reuters) - Aviation authorities ..."), or ""."""
    if text[1:2].isupper():
        text = without_dateline(text)
    head = text[:text.find(" ")].rstrip(",;:")
    return head if head[:1].isupper() and head[1:2].islower() else ""


def _lowered(question: str, head: str, text: str) -> str:
    """``question`` with the sentence's first word ``head`` lower-cased where the question
    moved it inside and it is plainly an ordinary word ("Why were About 400 residents ...",
    "Which Civil protection chief ...", "did Aviation authorities close ..."). ``text`` (the
    article's sentences that state facts) may not name everything, so a word is lowered only
    on positive evidence: a quantifier before a number, a number-word compound, or a
    modifier before a lower-case word with a common-noun ending, written in lower case
    elsewhere, or before a role ("chief", "experts"), or opening a sentence reported after
    "that"; never a word the article capitalises
    inside a sentence, a possessive, a country, a demonym or a given name."""
    at = question.find(f" {head} ") + 1
    rest = [word.rstrip("?,;:") for word in question[at + len(head) + 1:].split(" ", 2)]
    low = head.lower()
    if low in _OCCUPATIONS:  # "according to Engineer Paola Bressan": a job, not a title
        lower = rest[0][:1].isupper()
    elif low in _QUANTIFIERS:
        lower = rest[0][:1].isdigit() or rest[0][:1].islower()
    elif "-" in low:
        lower = low.split("-")[0] in _NUMBER_WORDS  # ("Seventeen-year-old")
    else:
        lower = low in _COMMON_OPENERS and not rest[0][:1].isupper() or \
            rest[0].isalpha() and rest[0].islower() and \
            low.isalpha() and (low.endswith(_COMMON_ENDINGS) or rest[0] in _ROLES
            or len(rest) > 1 and rest[1].rstrip(",?") in _ROLES
            # "said that Repairs are likely ...": a sentence reported whole
            or question.endswith("that ", 0, at) and low not in _POINTING
            or _written_lower(low, text))
    if not lower or low in _PROPER or low in country_names() or low in capitals() or \
            low.endswith(_ORIGIN_ENDINGS) and not _written_lower(low, text) or \
            low in demonyms() or _capitalised_inside(head, text) and \
            not low.endswith(_COMMON_ENDINGS):
        return question
    return question[:at] + low + question[at + len(head):]


#: Words that point back to what the question does not name ("said that It is aimed at"):
#: left capital, for the gate to drop the question.
_POINTING = frozenset("it its this these those there they he she his her their".split())
#: Jobs written before a name that are no titles ("engineer Paola Bressan"; but "Judge Anne
#: Perrin", "Prime Minister ..." keep their capitals).
_OCCUPATIONS = frozenset("""
    engineer engineers analyst economist spokesman spokeswoman spokesperson researcher
    scientist lawyer teacher nurse farmer driver pilot activist campaigner resident witness
    expert historian architect designer photographer businessman businesswoman investor
    fisherman miner student
""".split())
#: Ordinary nouns that open news sentences as their subject ("Sales reached ...",
#: "Officials said ...").
_COMMON_OPENERS = GROUP_WORDS | frozenset("""
    sales prices shares profits profit revenue revenues exports imports costs wages rents
    talks negotiations repairs inspections tests cases deaths orders bookings emissions
    temperatures floods fires protests strikes turnout demand growth output inflation
    unemployment traffic rain snow damage crime violence debt income rent spending
    production sales tourism investment crews firefighters rescuers engineers contractors
    passengers commuters customers drivers patients staff volunteers shoppers tenants pupils
    visitors travellers travelers inspectors paramedics medics hospitals schools flights
    trains
""".split())
#: Endings of capitalised adjectives of origin ("Scandinavian", "Balinese", "Flemish"):
#: kept unless the article writes the word in lower case.
_ORIGIN_ENDINGS = ("an", "ese", "ish", "ic", "i")
#: Nouns of roles and groups a modifier can open a sentence before ("Race director").
_ROLES = TITLE_WORDS | GROUP_WORDS | ORG_ROLE_WORDS
#: Words that are names wherever they stand.
_PROPER = GIVEN_NAMES | NAME_PARTICLES


@functools.lru_cache(maxsize=4096)  # a name opens many sentences of its article
def _capitalised_inside(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` (capitalised) inside a sentence: after a small
    letter, a comma or a semicolon and a space ("... said Nordlys", "rival Voltra")."""
    at = text.find(f" {word}")
    while at > 0:
        end = at + 1 + len(word)
        if (text[at - 1].islower() or text[at - 1] in ",;") and not text[end:end + 1].isalpha():
            return True
        at = text.find(f" {word}", end)
    return False


def _written_lower(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case as a word of its own."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalpha()) and not text[end:end + 1].isalpha():
            return True
        at = text.find(word, end)
    return False


#: Endings of common nouns (few names end so).
_COMMON_ENDINGS = ("tion", "ment", "ness", "ity", "ance", "ence", "ism")
#: Words that open a sentence before a number ("About 400 residents").
_QUANTIFIERS = frozenset("about around nearly almost roughly some over more fewer up only just "
                         "approximately at least".split())
_NUMBER_WORDS = frozenset("""
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred
""".split())



#: "Why had the captain received a warning but had chosen to sail?": the clause, the second
#: predicate's auxiliary (if it repeats one) and the second predicate.
_WHY_BUT = re.compile(r"^Why(?P<according_first>, according to [^,]+,)? (?P<aux>had|has|have|was|"
                      r"were|is|are|did|does|do|would|will|could) (?P<rest>.+?) but "
                      r"(?:(?P<aux2>had|has|have|was|were|is|are|did|does|do|would|will|could) )?"
                      r"(?P<second>[^,?]+)(?P<according>, according to [^?]+)?\?$")


#: "What did delays cause?": a "caused by" phrase read as the noun's own act.
_CAUSE_REVERSED = re.compile(r"^What (?:did|does|do|has|have|had) (?P<effect>[\w'’ -]{3,60}?) "
                             r"cause\?$")
#: Words that open a noun phrase that needs no "the" before it.
_DETERMINED = frozenset("the a an this that these those its their his her our such some many "
                        "several".split())


#: Linking verbs whose complement a "but" may repeat without the verb ("have become rarer but
#: more damaging", "had grown smaller but richer").
_LINKING = frozenset("become became grown grew got gotten remained remain turned seemed proved "
                     "stayed been".split())


@functools.lru_cache(maxsize=1024)
def _reason_predicate(question: str, answer: str, sentence: str) -> str:
    """A "Why ... but ...?" question asked of the predicate the reason follows in the
    sentence ("Why had the captain chosen to sail?"), or the question unchanged (the gate
    then drops it) when the reason is not after the "but" or the subject is not found."""
    match = _WHY_BUT.match(question)
    at = sentence.find(answer)
    if match is None or at < 0 or sentence.find(" but ") > at or sentence.find(" but ") < 0:
        return question
    aux = match.group("aux")
    if aux in ("did", "does", "do"):
        return question  # the sentence writes the first verb in the past: no subject to find
    words = match.group("rest").split()
    for k in range(1, len(words)):
        subject, first = " ".join(words[:k]), " ".join(words[k:])
        if f"{aux} {first} but " in sentence and subject.lower() in sentence.lower():
            second = match.group("second")
            if " but " in second or " and " in second:
                return question
            according = match.group("according") or ""
            lead = match.group("according_first") or ""
            aux2 = match.group("aux2") or aux
            verb, _, rest = second.partition(" ")
            linking = first.split(None, 1)[0]
            if match.group("aux2") is None and linking in _LINKING and \
                    verb not in PAST_TO_BASE and verb not in PARTICIPLE_TO_BASE:
                second = f"{linking} {second}"  # "have become rarer but more damaging":
                # the second predicate shares the verb ("Why have frosts become more
                # damaging?", never "Why have frosts more damaging?")
            if match.group("aux2") is None and aux in ("had", "has", "have") and \
                    verb in PAST_TO_BASE and verb not in PARTICIPLE_TO_BASE:
                # "had considered ... but chose Saxony": "Why did Formosa choose Saxony?"
                aux2, second = "did", f"{PAST_TO_BASE[verb]} {rest}".rstrip()
            return f"Why{lead} {aux2} {subject} {second}{according}?"
    return question


#: "Which organisation could only draw ...", "According to which organisation ...".
_ORG_ASKED = re.compile(r"^(?:According to which organi[sz]ation|Which organi[sz]ation)\b")


#: "at those schools", "that these U.S. strikes": a demonstrative for things another
#: sentence named, which the card does not show; "the" reads on its own. (Only in the last
#: sentence of a question: a restated statement keeps its words.)
_POINTING_PLURAL = re.compile(r"\b(?:these|those)(?=\s+(?:[A-Z][\w.-]*\s+)?[a-z]+[^s\W]s\b)"
                              r"(?![^.?]*\.\s)")
#: "Which organisation", the noun a question asks a body by when it knows nothing better of
#: it (a party, a court or an agency is asked as one: "Which party won ...?").
_WHICH_ORGANISATION = re.compile(r"\b([Ww]hich) organi[sz]ation\b")


def _asked_apart(question: str, answer: str) -> str:
    """``question`` asking "Which body" where it asks "Which organisation" of a name that
    holds the word ("Which organisation had chosen X?" for the European Ocean Monitoring
    Organisation): the name's own word in the question half gives it away."""
    words = answer.lower().split()
    if "body" in words or not ("organisation" in words or "organization" in words):
        return question
    return _WHICH_ORGANISATION.sub(r"\1 body", question, count=1)


#: Military and civil titles written short ("Col Raúl Quispe"), spelled out when a question
#: asks by them ("Which col said ...?" -> "Which colonel said ...?").
_TITLES_SPELLED = {"col": "colonel", "gen": "general", "lt": "lieutenant", "sgt": "sergeant",
                   "maj": "major", "capt": "captain", "cmdr": "commander", "adm": "admiral",
                   "brig": "brigadier", "cpl": "corporal", "supt": "superintendent",
                   "insp": "inspector", "det": "detective", "prof": "professor",
                   "gov": "governor", "sen": "senator", "rep": "representative"}
_TITLE_SPELLED = re.compile(rf"^Which ({'|'.join(_TITLES_SPELLED)})\.?(?= )", re.I)


def _spelled(match: re.Match[str]) -> str:
    return f"Which {_TITLES_SPELLED[match.group(1).lower()]}"


def _main_clause_dated(fact: Fact, question: str) -> str:
    """``question`` asking when the main clause happened where it asked when an agent did
    a lasting act its sentence gives in a reduced relative ("The fish escaped from the site
    run by Vestlaks on Sunday night": "On what date did Vestlaks run the site?" -> "On what
    date did the fish escape from the site?"); else unchanged."""
    from quiz.generate.cause_spans import why_question
    from quiz.generate.syntax import find_clauses

    found = reduced_relative(fact, question)
    if found is None or found[0] not in STATE_VERBS:
        return question
    text = fact.sentence.text
    clauses = find_clauses(text)
    asked = why_question(text, clauses[0], found[1]) if clauses else None
    if not asked or not asked.startswith("Why "):
        return question
    return f"{question[:question.index(' did ')]} {asked[4:]}?"


def _main_clause_asked(question: str, answer: str, text: str) -> str:
    """``question`` asking the main clause a "because" explains, where it asked the time
    clause between them ("The guards reached the gallery only after the thieves had gone,
    because a camera had failed": "Why had the thieves gone?" -> "Why did the guards reach
    the gallery only after the thieves had gone?"); else unchanged."""
    from quiz.generate.cause_spans import why_question
    from quiz.generate.syntax import find_clauses

    timed = asks_time_clause(question, text)
    if timed is None or text.find(answer) < timed.end():
        return question
    clauses = find_clauses(text)
    asked = why_question(text, clauses[0], timed.end("clause")) if clauses else None
    return f"{asked}?" if asked else question


def _titled_name(answer: str) -> bool:
    """Whether ``answer`` is a title and a person's name ("Commander Alison Munro"), not a
    body's ("General Electric Company")."""
    words = answer.split()
    return len(words) == 3 and words[0].lower() in TITLE_WORDS and \
        all(word[:1].isupper() and word[1:].islower() for word in words[1:]) and \
        words[-1].lower() not in ORG_WORDS


def _who(match: re.Match[str]) -> str:
    return "According to whom" if match.group().startswith("According") else "Who"


def _surname_in(answer: str, text: str) -> bool:
    """Whether the one-word ``answer`` closes a person's name in the article ("Rustam
    Aliyev" for "Aliyev"): a capitalised word that is no body, place, title or function
    word right before it, and the answer never opens a longer name."""
    if " " in answer or not answer[:1].isupper() or answer.isupper() or \
            answer.lower() in ORG_WORDS:
        return False
    size = len(answer)
    found = False
    at = text.find(answer)
    while at >= 0:
        end = at + size
        if (at == 0 or not text[at - 1].isalnum()) and not text[end:end + 1].isalnum():
            if _OPENS_NAME.match(text, end):
                return False  # "Blackpeak Forensics": the answer opens a body's name
            given = _WORD_BEFORE.search(text, max(0, at - 30), at)
            if given is not None:
                low = given.group(1).lower()
                found = found or not (low in _NOT_GIVEN or low in country_names()
                                      or low in demonyms())
        at = text.find(answer, end)
    return found


#: What follows a word that opens a longer name ("Blackpeak Forensics", "Hartwell's Home").
_OPENS_NAME = re.compile(r"['’]?s?\s+[A-Z]")
#: The capitalised word right before a name ("Rustam" of "Rustam Aliyev").
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_NOT_GIVEN = NOT_GIVEN_NAMES | NOT_NAME_WORDS | ORG_WORDS | ORG_ROLE_WORDS | PLACE_WORDS | \
    TITLE_WORDS
