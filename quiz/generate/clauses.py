"""Clauses of a sentence: words, subject and verb group, and the clause turned into a question.

A small, rule-based analysis that works on words and their shapes (no tagger): it finds the
finite verb group of a clause, the subject before it, and rewrites the clause as a question
(do-support, inversion). When anything looks unusual it gives up (returns ``None``): the
generator prefers skipping a fact to asking a bad question. Which clause a date or figure
belongs to is :mod:`quiz.generate.spans`' business.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from quiz.generate.grammar import PARTICIPLE_TO_BASE, PAST_TO_BASE

# the first branch takes the commonest token, a plain lower-case word, before the regular
# expression engine tries the abbreviation and number branches at its position
_TOKEN = re.compile(r"[a-z]+\b(?![.’'-])|(?:[A-Za-z]\.){2,}|"
                    r"\b(?:Gen|Maj|Lt|Col|Sen|Rep|Dr|Mr|Mrs|Ms|St|Gov|Capt|Sgt|Adm|Prof|Jr|Sr|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|vs|Inc|Corp|Ltd|Co)\.|"
                    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:st|nd|rd|th|s)?"
                    r"|\w+(?:[’'-]\w+)*(?:[’'](?=\s|$))?|[^\w\s]")


#: Stops that end a plain word, and the words a full stop belongs to (as :data:`_TOKEN`
#: reads them).
_STOPS = frozenset(",.;:")
_ABBREVIATIONS = frozenset("Gen Maj Lt Col Sen Rep Dr Mr Mrs Ms St Gov Capt Sgt Adm Prof Jr Sr "
                           "Jan Feb Aug Sep Sept Oct Nov Dec No vs Inc Corp Ltd Co".split())


class Token(NamedTuple):
    """A word or punctuation mark, its lower-case form, and where it is in the text.

    A named tuple rather than a frozen dataclass: sentences make many tokens, and tuples are
    several times cheaper to build."""

    text: str
    start: int
    end: int
    low: str


def tokenize(text: str) -> list[Token]:
    """Words (keeping "U.S.", "2,500", "al-Muhandis", "Soleimani's" whole) and punctuation."""
    return list(_tokens(text))


@functools.lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[Token, ...]:
    # a sentence with several dates or figures is analysed once per answer span, and again
    # when its facts become cards (after every article is read): 1,024 sentences (some 7 MB)
    # keep three in five of those, 64 kept one in six
    new = tuple.__new__  # skips the named tuple's Python-level constructor
    out = []
    end = 0
    find = text.find  # only spaces lie between two tokens: a word is found where it starts
    findall = _TOKEN.findall
    # no token spans a space, and the pattern reads the same at a space as at a string's
    # edge, so the runs between spaces are read one by one: a run of ASCII letters is one
    # token without asking the pattern (most runs are)
    for run in text.split():
        if run.isascii():
            if run.isalpha() or run.isdigit():  # (a run of digits is one number)
                start = find(run, end)
                end = start + len(run)
                out.append(new(Token, (run, start, end, run.lower())))
                continue
            word = run[:-1]
            if run[-1] in _STOPS and (word.isalpha() or word.isdigit()) and (
                    run[-1] != "." or word not in _ABBREVIATIONS):
                # a word or a number and a comma or a full stop ("said,", "2024."): two tokens
                start = find(run, end)
                end = start + len(run)
                out.append(new(Token, (word, start, end - 1, word.lower())))
                out.append(new(Token, (run[-1], end - 1, end, run[-1])))
                continue
        for word in findall(run):  # strings, not match objects
            start = find(word, end)
            end = start + len(word)
            out.append(new(Token, (word, start, end, word.lower())))
    return tuple(out)


BE = frozenset({"am", "is", "are", "was", "were"})
HAVE = frozenset({"has", "have", "had"})
MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must"})
DO = frozenset({"do", "does", "did"})
AUXILIARIES = BE | HAVE | MODALS | DO
#: The auxiliaries a subject's last word may stand before (not "do", a verb's too).
_FINITE = BE | HAVE | MODALS

PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "it", "we", "us", "i", "you",
                      "me", "this", "that", "these", "those", "who", "which", "one", "some",
                      "others", "both", "all"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their",
                         "his", "her", "our", "some", "many", "several", "each", "every",
                         "both", "all", "no", "any", "another", "other", "such"})
PREPOSITIONS = frozenset({"in", "on", "at", "by", "for", "from", "to", "of", "with", "into",
                          "onto", "over", "under", "since", "until", "till", "during", "before",
                          "after", "about", "against", "between", "among", "through",
                          "throughout", "across", "toward", "towards", "near", "outside",
                          "inside", "within", "without", "amid", "amidst", "following",
                          "despite", "per", "via", "around", "behind", "beyond", "upon", "as"})
#: Words that open a subordinate or relative clause.
SUBORDINATORS = frozenset({"that", "which", "who", "whom", "whose", "when", "while", "because",
                           "although", "though", "if", "unless", "where", "whereas", "as",
                           "after", "before", "since", "until", "once", "so"})
CONJUNCTIONS = frozenset({"and", "but", "or", "yet", "nor"})
#: Adverbs that may sit inside a verb group ("has repeatedly called").
ADVERB = re.compile(r"^(?:\w+ly|not|n't|never|also|already|still|just|now|then|later|"
                     r"again|even|ever|long|soon|once|often|further|jointly|first|last|initially|"
                     r"originally|since|previously)$", re.I)

#: Simple-past forms that are far more often something else in news text ("read", "set").
_NOT_VERBS = frozenset({"read", "set", "cut", "put", "hit", "cost", "let", "bet", "lay", "shed",
                        "bound", "saw", "lead", "split", "cast", "quit", "upset", "forecast",
                        "bid", "spread", "ground"})
#: Words in "-ed" that are adjectives or nouns where a clause's verb could stand ("armed
#: groups", "a hundred", "related talks"): never read as its finite verb.
_ED_NOT_VERBS = frozenset({"red", "bed", "shed", "hundred", "speed", "seed", "need", "feed",
                           "deed", "greed", "breed", "weed", "bleed", "indeed", "sacred",
                           "naked", "wicked", "wretched", "rugged", "ragged", "jagged",
                           "beloved", "aged", "blessed", "crooked", "dogged",
                           "embed", "fled", "ted", "ned", "med", "led", "wed", "ed", "armed",
                           "based", "related", "united", "limited", "advanced", "detailed",
                           "skilled", "talented", "sophisticated", "unprecedented",
                           "unexpected", "alleged", "so-called", "supposed"})


_NO_SILENT_E = frozenset({"focus", "bias", "gas", "canvas", "monitor", "favor", "honor",
                          "labor", "mirror", "anchor", "author", "sponsor", "tutor", "doctor",
                          "harbor", "color", "censor", "motor", "tailor", "mentor", "factor",
                          "endeavor", "savor", "flavor", "pivot", "pilot", "ballot", "develop",
                          "envelop", "gallop", "blossom", "ransom", "add", "odd", "visit",
                          "edit", "limit", "credit", "exhibit", "inhabit", "prohibit", "profit",
                          "benefit", "deposit", "audit", "solicit", "inherit", "orbit", "posit",
                          "vomit", "target", "budget", "market", "interpret", "summon",
                          "abandon", "question", "mention", "position", "reckon", "pardon",
                          "beckon", "condition", "function", "happen", "open", "listen",
                          "threaten", "strengthen", "widen", "worsen", "sharpen", "lessen",
                          "weaken", "awaken", "harden", "soften", "broaden", "deepen"})
_SILENT_E_EXTRA = frozenset({"creat", "unit", "ignit", "invit", "incit", "recit", "excit",
                             "cit", "writ", "complet", "delet", "compet", "deplet", "secret",
                             "wast", "tast", "hast", "phon", "zon", "clon", "ton", "aton",
                             "postpon", "condon", "dron", "interfer", "adher", "rever",
                             "persever", "sever"})
_SILENT_E = re.compile(
    r"(?:[bcdfgkptz]l|dg|[^aeiou][iouy]l|[aeiouy]s|[rnlp]s|c|v|[^z]z|[aeiou]g|rg|[^o]ng|"
    r"[^eo]at|[^aeiou]ut|[^aeiou]ot|[^aeiou][aeiouy][dbkpm]|[^aeiou]in|[^aeiou]un|"
    r"[^aeiou][ao]r|[^aeiou][iu]r|quir|[^aeiou]ung)$"
)


@functools.lru_cache(maxsize=8192)
def past_to_base(word: str) -> str | None:
    """The base form of a simple-past verb ("withdrew" -> "withdraw", "announced" ->
    "announce"), or ``None`` when the word does not look like one. Irregular verbs are
    :mod:`quiz.generate.grammar`'s table; the regular "-ed" rules here restore a silent "e"
    in more cases than ``grammar.base_form`` ("created", "doubled", "negotiated")."""
    low = word.lower()
    if low in PAST_TO_BASE:
        return PAST_TO_BASE[low]
    if not low.endswith("ed") or len(low) < 4 or low in _ED_NOT_VERBS or not low.isalpha():
        return None
    if low.endswith("ied"):
        return low[:-1] if len(low) <= 4 else low[:-3] + "y"
    if low.endswith("eed"):
        return low[:-1]
    stem = low[:-2]
    if stem in _NO_SILENT_E:
        return stem
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouysfz":
        if stem[-1] != "l" or len(re.findall(r"[aeiouy]+", stem)) >= 2:
            return stem[:-1]
        return stem
    if stem.endswith(("e", "u")):
        return stem if stem.endswith("e") else stem + "e"
    if stem in _SILENT_E_EXTRA or (_SILENT_E.search(stem) and not stem.endswith(("ong", "ing"))):
        return stem + "e"
    return stem


@functools.lru_cache(maxsize=8192)
def is_past_participle(word: str) -> bool:
    """Whether ``word`` can be a past participle ("formed", "killed", "sent", "taken")."""
    low = word.lower()
    return low in PARTICIPLE_TO_BASE or (low.endswith("ed") and past_to_base(low) is not None)


@functools.lru_cache(maxsize=8192)
def is_simple_past(word: str) -> bool:
    """Whether ``word`` can be a simple-past verb."""
    low = word.lower()
    if low in _NOT_VERBS:
        return False
    return low in PAST_TO_BASE or (low.endswith("ed") and past_to_base(low) is not None)


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause split into subject and verb group; ``rest`` follows the verb group."""

    subject: str
    auxiliary: str  # the first auxiliary ("were", "has"), or "" for a simple past verb
    verb: str  # the rest of the verb group after the auxiliary ("killed", "maintained")
    rest: str
    base: str = ""  # the base form when the verb is a simple past ("withdraw")
    written: str = ""  # a present verb as written when do-support asks it ("begins")


def find_clause(tokens: list[Token], text: str, lo: int, hi: int) -> Clause | None:
    """Analyse ``tokens[lo:hi]`` of ``text`` as subject + verb group + rest."""
    verb_at = None
    i = lo
    depth = 0
    relative = False
    while i < hi:
        token = tokens[i]
        low = token.low
        if low in _RELATIVE_PRONOUNS and depth == 0 and not relative and i > lo:
            resumed = _after_relative(tokens, i, hi)
            if resumed:  # "A red panda that escaped from the park | has been recaptured"
                i, relative = resumed, True
                continue
        if low in ("(", "[") or token.text == "“":
            depth += 1
        elif low in (")", "]") or token.text == "”":
            depth = max(0, depth - 1)
        elif depth == 0 and low == "," and i + 1 < hi and (tokens[i + 1].low in (
                "the", "a", "an", "who", "which", "whose", "known", "including", "also")
                or tokens[i + 1].low.endswith("ing") or (
                    tokens[i + 1].low in _PART_OF and i + 2 < hi and tokens[i + 2].low == "of"
                    and _closes_appositive(tokens, i + 1, hi)) or (
                    tokens[i + 1].text[0].islower() and is_past_participle(tokens[i + 1].text)
                    and _closes_appositive(tokens, i + 1, hi))):
            # an appositive or a non-restrictive relative: skip to its closing comma
            j = i + 1
            while j < hi and tokens[j].low != ",":
                j += 1
            if j >= hi:
                return None
            i = j + 1
            continue
        elif depth == 0 and low in _SCHEDULED and i > lo and token.text.islower() and \
                tokens[i - 1].low not in _NOT_BEFORE_PRESENT:
            verb_at = i  # "The Tour begins on Saturday": a present for a timetable
            break
        elif depth == 0 and (low in AUXILIARIES or is_simple_past(low) or
                             _reads_as_same_form_past(tokens, i, lo, hi)):
            if (token.text[0].isupper() and i > lo) or \
                    (i > lo and tokens[i - 1].low in DETERMINERS) or \
                    (i > lo + 1 and tokens[i - 1].low.endswith("ly")
                     and tokens[i - 2].low in DETERMINERS) or \
                    (i > lo and low not in AUXILIARIES and i + 1 < hi and
                     tokens[i + 1].low in _FINITE and not low.endswith("ed")):
                # ("A stronger won could make ...": a noun before its auxiliary)
                i += 1
                continue
            verb_at = i
            break
        i += 1
    if verb_at is not None and tokens[verb_at].low not in AUXILIARIES:
        verb_at = _past_the_reduced_relative(tokens, verb_at, hi)
    if verb_at is None or verb_at == lo:
        return None
    subject = _subject_text(tokens[lo:verb_at], text, relative)
    if subject is None:
        return None
    first = tokens[verb_at]
    if first.low in AUXILIARIES:
        j = verb_at + 1
        while j < hi and (ADVERB.match(tokens[j].text) or tokens[j].low in
                          ("be", "been", "being", "have", "had")):
            j += 1
        verb_end = j
        if j < hi and (is_past_participle(tokens[j].text) or tokens[j].low.endswith("ing")):
            verb_end = j + 1
        elif j < hi and first.low in _MODALS_OR_DO and tokens[j].text.isalpha() and \
                tokens[j].text.islower() and tokens[j].low not in _DETERMINERS_OR_PREPOSITIONS:
            verb_end = j + 1  # "will pass", "did not say"
        if first.low in DO and verb_end == verb_at + 1:
            return None
        return Clause(subject, first.low, _span(tokens, text, verb_at + 1, verb_end),
                      _span(tokens, text, verb_end, hi))
    if first.low in _SCHEDULED:
        base, do = _SCHEDULED[first.low]
        return Clause(subject, do, base, _span(tokens, text, verb_at + 1, hi),
                      written=first.text)
    base = past_to_base(first.text)
    if base is None:
        return None
    if verb_at - lo > 2 and tokens[verb_at - 1].low == "than" and \
            tokens[verb_at - 2].low in _MORE_OR_LESS:  # "Prices more than doubled"
        subject = _subject_text(tokens[lo:verb_at - 2], text, relative)
        if subject is None:
            return None
        degree = f"{tokens[verb_at - 2].low} than"
        return Clause(subject, "", f"{degree} {first.text}",
                      _span(tokens, text, verb_at + 1, hi), base=f"{degree} {base}")
    return Clause(subject, "", first.text, _span(tokens, text, verb_at + 1, hi), base=base)


_MORE_OR_LESS = frozenset({"more", "less"})


def _scheduled() -> dict[str, tuple[str, str]]:
    return {f"{base}es" if base.endswith(("sh", "ch")) else f"{base}s": (base, "does")
            for base in _SCHEDULE_VERBS}


#: Verbs that tell a timetable in the present ("The Tour begins on Saturday"): asked with
#: "does" ("When does the Tour begin?"). Only their singular forms: a plural present ("talks
#: begin on Monday") is read as past when its day is resolved.
_SCHEDULE_VERBS = ("begin", "start", "open", "close", "end", "resume", "reopen", "expire",
                   "finish", "launch", "arrive", "depart", "return", "meet", "convene")
_SCHEDULED = _scheduled()
#: Words before which a present form is a noun or a base form ("the start", "to begin").
_NOT_BEFORE_PRESENT = DETERMINERS | PREPOSITIONS | MODALS | DO | {"not", "and", "or", "also"}


#: Verbs whose simple past is their base form ("The council set a deadline ...").
_SAME_FORM_PAST = frozenset({"cut", "set", "hit", "put", "shut", "cost", "let", "quit", "split",
                             "spread", "bid", "cast", "hurt", "upset", "beat"})
#: Words that make the next one a base form or a noun ("to cut", "will set", "a hit").
_BEFORE_BASE_OR_NOUN = frozenset({"to", "will", "would", "can", "could", "may", "might", "must",
                                  "shall", "should", "did", "do", "does", "not", "of", "and", "or"})


#: Nouns that make a compound with a noun like "cut", "hit" or "set" ("a tax cut", "a power
#: cut", "a chart hit"): before them such a word is the compound's head, not a past verb.
NOUN_MODIFIERS = frozenset("""
    tax budget price rate power pay wage spending funding job benefit aid interest chart smash
    box film
""".split())


def _reads_as_same_form_past(tokens: list[Token], i: int, lo: int, hi: int) -> bool:
    """Whether ``tokens[i]`` ("cut", "hit") is the clause's past verb: after a singular or
    named subject and before a determiner, possessive, number or name as its object."""
    token = tokens[i]
    if token.low not in _SAME_FORM_PAST or not token.text.islower() or i == lo or i + 1 >= hi:
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    plural = before.low.endswith("s") and (before.text.islower() or i - 1 == lo and
                                           before.low.endswith(_PLURAL_PEOPLE))
    if before.low in _BEFORE_BASE_OR_NOUN or before.low in DETERMINERS or \
            not before.text.isalpha() or plural and not _past_context(tokens, i):
        return False  # "to cut", "the hit", "farmers cut" (present unless the sentence is past)
    if i - 1 > lo and before.text[:1].isupper() and after.text.isalpha() and \
            after.text.islower() and after.low not in _NOT_AN_OBJECT:
        return True  # "The Bank of Canada cut interest rates": a name's act on a bare noun
    if after.low in DETERMINERS or after.text[:1].isdigit() or after.text[:1].isupper():
        return True
    # "The bank cut rates", "The central bank cut interest rates": a common noun's act on a
    # bare plural (not "The tax cut helps families": "tax cut" is one noun)
    return i - 1 > lo and tokens[lo].low in DETERMINERS and before.text.islower() and \
        not before.low.endswith("s") and before.low not in NOUN_MODIFIERS and \
        after.text.isalpha() and after.text.islower() and after.low not in _NOT_AN_OBJECT and \
        (_bare_plural(after.low) or i + 2 < hi and tokens[i + 2].text.islower()
         and _bare_plural(tokens[i + 2].low))


def _bare_plural(low: str) -> bool:
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


#: Words that cannot open the object of a verb ("the Brexit cut to funding", "a Senate hit
#: and run"): prepositions, conjunctions, auxiliaries.
_NOT_AN_OBJECT = PREPOSITIONS | _BEFORE_BASE_OR_NOUN | {"is", "are", "was", "were", "has",
                                                         "have", "had", "that", "which", "who"}


#: Endings of plural nouns for people or bodies ("Growers", "Regulators", "Companies"): a
#: capital opening the sentence does not make one a name.
_PLURAL_PEOPLE = ("ers", "ors", "ists", "ians", "ents", "ants", "ials", "ees", "ies")
#: Words that put a sentence in the past ("were", "ago", "said").
_PAST_CUES = frozenset({"was", "were", "had", "did", "yesterday", "ago", "said", "told"})
#: Times that "last" puts in the past ("last year"; not "the last remaining").
_LAST_TIMES = frozenset({"week", "month", "year", "night", "weekend", "spring", "summer",
                         "autumn", "fall", "winter", "season", "monday", "tuesday",
                         "wednesday", "thursday", "friday", "saturday", "sunday"})


def _past_context(tokens: list[Token], i: int) -> bool:
    """Whether the sentence of ``tokens`` tells of the past outside ``tokens[i]`` (a past
    auxiliary, "said", "last year", "two days ago" or a simple past): then a verb whose past
    is its base ("Farmers cut production last year") is past too, whatever its subject."""
    return any(token.low in _PAST_CUES or token.low == "last" and k + 1 < len(tokens) and
               tokens[k + 1].low in _LAST_TIMES or k != i and token.text.islower() and
               token.low not in _SAME_FORM_PAST and is_simple_past(token.low)
               for k, token in enumerate(tokens))


def _past_the_reduced_relative(tokens: list[Token], verb_at: int, hi: int) -> int:
    """"A lander built by Orbis touched down": a participle with its agent ("built by X")
    belongs to the subject when a past verb follows before any clause boundary; that verb
    is the clause's."""
    if verb_at + 2 >= hi or tokens[verb_at + 1].low != "by":
        return verb_at
    for k in range(verb_at + 2, min(hi, verb_at + 10)):
        token = tokens[k]
        if token.text in ",;:()" or token.low in _RELATIVE_OR_CONJUNCTION:
            return verb_at
        if token.low in AUXILIARIES or (token.text[:1].islower() and is_simple_past(token.text)
                                        and tokens[k - 1].low not in DETERMINERS):
            return k
    return verb_at


_RELATIVE_OR_CONJUNCTION = frozenset({"that", "which", "who", "whom", "and", "or", "but"})


def _named_appositive(tokens: list[Token], cut: int) -> Token | None:
    """The closing comma of a name set off after a description ("A previous mission,
    Horizon, failed"): the name is what tells the subject apart, so it stays."""
    rest = tokens[cut + 1:]
    if cut == 0 or len(rest) < 2 or len(rest) > 5 or rest[-1].text != "," or \
            tokens[0].low not in ("a", "an", "the", "another", "one"):
        return None
    name = rest[:-1]
    if all(t.text[:1].isupper() and t.text.isalpha() for t in name):
        return rest[-1]
    return None


#: Words that open a part of the subject given in apposition ("About 500 volunteers, many
#: of them islanders, turned out ...").
_PART_OF = frozenset({"many", "most", "some", "all", "both", "several", "none", "half",
                      "one", "two", "three"})
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
#: Words that end a relative clause's search for the verb after it.
_RELATIVE_ENDS = frozenset({",", ";", ":", "and", "but", "or", "that", "which", "who", "because",
                            "after", "before", "when", "while", "since", "until", "as", "if"})


def _after_relative(tokens: list[Token], r: int, hi: int) -> int:
    """Where the main verb resumes after a relative clause inside a subject ("A red panda
    that escaped from the park | has been recaptured"): the first lower-case auxiliary after
    the relative clause's own verb, before any punctuation or clause word; 0 when the
    pronoun opens no such clause (its verb must follow it at once, a noun must precede it)."""
    before, after = tokens[r - 1], tokens[r + 1] if r + 1 < hi else None
    if after is None or not before.text.isalpha() or before.low in DETERMINERS or \
            before.low in PREPOSITIONS or before.low in AUXILIARIES or not (
                after.low in AUXILIARIES or after.text.islower() and is_simple_past(after.text)):
        return 0
    for k in range(r + 2, min(hi, r + 14)):
        if tokens[k].low in _RELATIVE_ENDS or tokens[k].text in "\"“”()":
            return 0
        if tokens[k].low in AUXILIARIES and tokens[k].text.islower() and k > r + 2 and \
                tokens[k - 1].low not in AUXILIARIES and tokens[k - 1].low != "to":
            return k
    return 0


def _closes_appositive(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether a comma follows within a few words (", named X, was ...")."""
    return any(t.text == "," for t in tokens[k:min(hi, k + 8)])


def _span(tokens: list[Token], text: str, lo: int, hi: int) -> str:
    if lo >= hi:
        return ""
    return text[tokens[lo].start:tokens[hi - 1].end]


def _subject_text(tokens: list[Token], text: str, relative: bool = False) -> str | None:
    """The subject as written, without a trailing appositive; ``None`` if it is not a noun
    phrase we can put after an auxiliary (``relative``: it holds a relative clause, whose
    pronoun it may keep)."""
    cut = next((k for k, token in enumerate(tokens) if token.text == ","), len(tokens))
    named = _named_appositive(tokens, cut)
    tokens = tokens[:cut]
    if not tokens or len(tokens) > 16:
        return None
    words = [t.low if not t.text.isupper() or len(t.text) == 1 else t.text for t in tokens]
    if words[0] in PRONOUNS and len(words) == 1 or len(words) == 1 and (
            words[0][:1].isdigit() or words[0] in _NUMBER_WORDS):
        return None  # ("three were still missing": three what?)
    if any(w in _PERSONAL_PRONOUNS for w in words):
        return None
    if words[0] in _NOT_SUBJECT_OPENERS and not (
            words[0] in _QUANTIFIERS and len(words) > 2 and words[1][:1].isdigit()):
        return None  # (but "About 200 people attended ...": a rough number of them)
    if any(w in ("that", "which", "who", "whom", "whose", "because", "if") and not (
            relative and w in _RELATIVE_PRONOUNS) for w in words[1:]):
        return None
    if any(w in ('"', "“", "”", ":", ";", "—", "–") for w in words):
        return None
    if words[-1] in _FUNCTION_WORDS:
        return None
    subject = text[tokens[0].start:(named or tokens[-1]).end]
    first = tokens[0].text
    if first.lower() in _LOWERED_OPENERS and first[0].isupper():
        subject = first.lower() + subject[len(first):]
    elif first[0].isupper() and not first.isupper() and len(tokens) == 1 and len(first) > 5 and \
            first.lower().endswith(("ers", "ents", "ists", "ians", "ials", "ors", "ees")):
        subject = first.lower()  # "Organisers moved ..." -> "did organisers move ..."
    elif first[0].islower() and (first.lower() in AUXILIARIES or first.endswith(("ing", "ed"))
                                 or first.lower() in _PREPOSITIONS_OR_CONJUNCTIONS):
        return None
    return subject


_NUMBER_WORDS = frozenset("""
    two three four five six seven eight nine ten eleven twelve
""".split())
#: Words that open a counted subject ("More than 40,000 patients were treated"): lower case
#: inside a question.
_QUANTIFIERS = frozenset({"more", "fewer", "less", "about", "nearly", "almost", "around",
                          "roughly", "approximately", "some", "up", "only", "just", "most",
                          "dozens", "hundreds", "thousands", "millions", "scores"})

# word sets the clause tests use, built once (not on every call)
_MODALS_OR_DO = MODALS | DO
_DETERMINERS_OR_PREPOSITIONS = DETERMINERS | PREPOSITIONS
_PREPOSITIONS_OR_CONJUNCTIONS = PREPOSITIONS | CONJUNCTIONS
#: Pronouns that leave a subject unresolved ("they", "he"; not "this" or "some").
_PERSONAL_PRONOUNS = PRONOUNS - {"this", "that", "these", "those", "some", "one", "all", "both"}
_NOT_SUBJECT_OPENERS = SUBORDINATORS | CONJUNCTIONS | PREPOSITIONS | {
    "its", "their", "his", "her", "our", "my", "your"}
_FUNCTION_WORDS = PREPOSITIONS | DETERMINERS | CONJUNCTIONS
_LOWERED_OPENERS = DETERMINERS | _QUANTIFIERS | {"then-president"}
_DANGLING_LAST = PREPOSITIONS | DETERMINERS | CONJUNCTIONS | SUBORDINATORS - {"so"}


@dataclass(frozen=True, slots=True)
class Asked:
    """A question and the event it asks about, stated without the answer."""

    question: str
    event: str


def statement(clause: Clause) -> str:
    """The clause as a statement ("the U.S. military withdrew from the country")."""
    verb = clause.written or (f"{clause.auxiliary} {clause.verb}" if clause.auxiliary
                              else clause.verb)
    return tidy(f"{clause.subject} {verb} {tidy(clause.rest)}")


def question(wh: str, clause: Clause) -> str | None:
    """``wh`` + the inverted clause + "?" ("In what year" + "did X withdraw from Y?")."""
    rest = tidy(clause.rest)
    if clause.auxiliary:
        body = f"{clause.auxiliary} {clause.subject} {clause.verb} {rest}"
    else:
        body = f"did {clause.subject} {clause.base} {rest}"
    body = tidy(body)
    if not body or dangling(body) or has_personal_pronoun(body):
        return None
    return f"{wh} {body}?"


_PERSONAL = re.compile(r"\b(?:we|we['’](?:ve|re|d|ll)|us|our|I|I['’](?:m|ve|d|ll)|you|your|my|me|"
                       r"they|them|they['’](?:ve|re|d|ll)|he|him|she)\b")


def has_personal_pronoun(body: str) -> bool:
    """A question with an unresolved personal pronoun ("did they ...") cannot be answered."""
    return bool(_PERSONAL.search(body.replace("U.S.", "").replace("US", "")))


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?)\]”’])")
_DOUBLE_COMMA = re.compile(r",\s*,")
_TRAILING = re.compile(r"[\s,;:—–-]+$")
_LEADING = re.compile(r"^[\s,;:—–-]+")
_SPACES = re.compile(r"\s{2,}")
#: Where one of the repairs of :func:`tidy` inside a text applies (one scan, not three).
_UNTIDY = re.compile(r"\s{2,}|,\s*,|\s[,.;:!?)\]”’]")


def _untidy_end(char: str) -> bool:
    """Whether ``char`` at a text's end is one :data:`_LEADING` or :data:`_TRAILING` removes."""
    return char.isspace() or char in ",;:—–-"


@functools.lru_cache(maxsize=4096)
def tidy(text: str) -> str:
    """Collapse spaces and stray punctuation left where a span was removed (cached: a
    clause's rest is tidied for its question, its statement and a check)."""
    if _UNTIDY.search(text) or text and (_untidy_end(text[0]) or _untidy_end(text[-1])):
        text = _SPACES.sub(" ", text)
        text = _DOUBLE_COMMA.sub(",", text)
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
        text = _TRAILING.sub("", _LEADING.sub("", text))
    # (else none of the four repairs changes the text: most texts need none)
    text = text.rstrip(".").strip()
    if text.count('"') % 2 and not text.endswith('"') and re.search(r'"\w[^"]*$', text):
        text += '"'  # a quoted name cut before its closing mark: 'the "Islamic State'
    return text


def dangling(body: str) -> bool:
    """A question body that ends in a preposition, article or conjunction is broken."""
    words = body.split()
    if not words:
        return True
    last = words[-1].lower().strip("\"'“”‘’")
    if last in _DANGLING_LAST:
        return True
    if body.count('"') % 2 or body.count("“") != body.count("”") or \
            body.count("(") != body.count(")"):
        return True
    return False


#: Verbs that report speech; a date after them may belong to what was reported.
REPORTING = frozenset({"say", "announce", "state", "add", "tell", "report", "claim", "note",
                       "confirm", "warn", "argue", "insist", "explain", "write", "declare",
                       "reveal", "acknowledge", "admit", "deny", "suggest", "predict"})


def is_reporting(word: str) -> bool:
    """Whether ``word`` is a form of a verb of saying ("said", "announced", "says")."""
    low = word.lower()
    base = past_to_base(low) or (low[:-1] if low.endswith("s") else low)
    return base in REPORTING


#: Verbs whose object is usually a that-clause ("a report found that ..."): asked without
#: it, the question ends on a verb that needs its complement ("did a report find?").
THAT_VERBS = REPORTING | frozenset({
    "find", "show", "conclude", "decide", "agree", "rule", "learn", "discover", "determine",
    "indicate", "promise", "estimate", "believe", "think", "know", "hope", "fear", "prove",
    "recommend", "demand", "allege", "assert", "concede", "accept", "recognise", "recognize",
    "realise", "realize", "understand", "calculate", "forecast", "project", "signal", "imply",
    "demonstrate", "establish", "verify", "acknowledge", "maintain", "contend", "testify"})


@functools.lru_cache(maxsize=2048)
def takes_that_clause(word: str) -> bool:
    """Whether ``word`` is a form of a verb that reports or finds something ("found",
    "concluded", "says"): its object is a statement, not a thing."""
    low = word.lower()
    base = past_to_base(low) or (low[:-1] if low.endswith("s") else low)
    return base in THAT_VERBS or low in THAT_VERBS


def lowered_opener(asked: str, sentence: str, names: frozenset[str],
                   common: frozenset[str] = frozenset()) -> str:
    """``asked`` with the sentence's first word lower-cased where the question moved it
    inside ("did Local businesses deliver" -> "did local businesses deliver").

    A capital is kept unless the word is plainly common: the article writes it in lower case
    elsewhere (``common``), it names people by what they do ("Campaigners"), or it qualifies
    the noun after it ("Local businesses"); and never for a word the article capitalises
    inside sentences (``names``): "Nordlys, founded ..." and "Voltra shares" keep theirs."""
    from quiz.generate.grammar import first_lower

    head = sentence.split(" ", 1)[0].rstrip(",;:")
    if not head[:1].isupper() or head.isupper():
        return asked
    at = asked.find(f" {head} ")
    if at <= 0:
        return asked
    low = head.lower()
    following = _NEXT_WORD.match(sentence, len(head))
    qualifies = following is not None and following.group(1).islower() and \
        following.group(1) not in AUXILIARIES and not is_simple_past(following.group(1))
    if not (low in common or low.endswith(_COMMON_ENDINGS) or qualifies or
            low in _OPENERS):
        return asked
    if qualifies and (low in common or f"{low}s" in common) and \
            following is not None and following.group(1) not in _FUNCTION_WORDS:
        # "Port workers" when the article writes "the ports": a common noun, even if a
        # name elsewhere capitalises it ("Port Workers' Union")
        return asked[:at + 1] + asked[at + 1].lower() + asked[at + 2:]
    return asked[:at + 1] + first_lower(asked[at + 1:], names)


#: Words after a sentence's first word that show it opens a name ("Bank of England").
_FUNCTION_WORDS = frozenset("of and or the a an for to in on at by with from de du la".split())


_NEXT_WORD = re.compile(r" ([A-Za-z]+)\b")
#: Endings of common nouns (people by what they do, abstract nouns: "Campaigners",
#: "Inflation", "Rainfall"), rare at the end of a name.
_COMMON_ENDINGS = ("ers", "ists", "ians", "ents", "ors", "ees", "ives", "tion", "ment", "ness",
                   "ity", "ance", "ence", "ism", "ure", "fall", "ship")
_OPENERS = DETERMINERS | frozenset({"more", "fewer", "about", "nearly", "almost", "some",
                                    "most", "dozens", "hundreds", "thousands", "scores",
                                    "two", "three", "four", "five", "six", "seven", "eight",
                                    "nine", "ten"})
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


def lower_case_words(texts: list[str]) -> frozenset[str]:
    """The words ``texts`` write in lower case: common words, whatever opens a sentence."""
    return _lower_case_words(tuple(texts))


@functools.lru_cache(maxsize=4)  # the date and the figure extractors ask for each article
def _lower_case_words(texts: tuple[str, ...]) -> frozenset[str]:
    # the words of each text apart are those of the texts joined by spaces (no word spans a
    # space), and articles share many sentences
    return frozenset().union(*map(_sentence_lower_case_words, texts))


@functools.lru_cache(maxsize=8192)
def _sentence_lower_case_words(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text))
