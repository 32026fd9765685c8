"""Turning a declarative clause into a question: subject, verb group, do-support, inversion.

A small, rule-based analysis that works on words and their shapes (no tagger): it finds the
finite verb group of the clause that holds an answer span, the subject before it, and
rewrites the clause as a question with the span removed. When anything looks unusual it
gives up (returns ``None``): the generator prefers skipping a fact to asking a bad question.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\b(?:Gen|Maj|Lt|Col|Sen|Rep|Dr|Mr|Mrs|Ms|St|Gov|Capt|Sgt|Adm|"
                    r"Prof|Jr|Sr|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|vs|Inc|Corp|Ltd|Co)\.|"
                    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:st|nd|rd|th|s)?"
                    r"|\w+(?:[’'-]\w+)*(?:[’'](?=\s|$))?|[^\w\s]")


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


@functools.lru_cache(maxsize=64)
def _tokens(text: str) -> tuple[Token, ...]:
    # a sentence with several dates or figures is analysed once per answer span
    new = tuple.__new__  # skips the named tuple's Python-level constructor
    return tuple([new(Token, (word, start, start + len(word), word.lower()))
                  for start, word in ((m.start(), m.group()) for m in _TOKEN.finditer(text))])


BE = frozenset({"am", "is", "are", "was", "were"})
HAVE = frozenset({"has", "have", "had"})
MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must"})
DO = frozenset({"do", "does", "did"})
AUXILIARIES = BE | HAVE | MODALS | DO

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
_ADVERB = re.compile(r"^(?:\w+ly|not|n't|never|also|already|still|just|now|then|later|"
                     r"again|even|ever|long|soon|once|often|further|jointly|first|last|initially|"
                     r"originally|since|previously)$", re.I)

IRREGULAR_PAST: dict[str, str] = {}
IRREGULAR_PARTICIPLES: set[str] = set()
for _row in """
    arise arose arisen|awake awoke awoken|be was been|bear bore borne|beat beat beaten|
    become became become|begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|
    bite bit bitten|bleed bled bled|blow blew blown|break broke broken|breed bred bred|
    bring brought brought|build built built|burn burnt burnt|burst burst burst|buy bought bought|
    cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|
    cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|
    draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|
    feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|
    fly flew flown|forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|
    forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|
    give gave given|go went gone|grow grew grown|hang hung hung|have had had|hear heard heard|
    hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|know knew known|
    lay laid laid|lead led led|leave left left|lend lent lent|let let let|lie lay lain|
    lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled|
    overcome overcame overcome|oversee oversaw overseen|overtake overtook overtaken|
    overthrow overthrew overthrown|pay paid paid|prove proved proven|put put put|quit quit quit|
    read read read|rebuild rebuilt rebuilt|ride rode ridden|ring rang rung|rise rose risen|
    run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|
    set set set|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|
    show showed shown|shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|
    sit sat sat|sleep slept slept|slide slid slid|speak spoke spoken|spend spent spent|
    spin spun spun|split split split|spread spread spread|spring sprang sprung|stand stood stood|
    steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck|
    strive strove striven|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung|
    take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|
    throw threw thrown|undergo underwent undergone|understand understood understood|
    undertake undertook undertaken|upset upset upset|wake woke woken|wear wore worn|
    win won won|withdraw withdrew withdrawn|withhold withheld withheld|write wrote written
""".replace("\n", " ").split("|"):
    _base, _past, _participle = _row.split()
    IRREGULAR_PAST.setdefault(_past, _base)
    IRREGULAR_PARTICIPLES.add(_participle)

#: Past forms that are far more often something else in news text.
_NOT_VERBS = frozenset({"read", "set", "cut", "put", "hit", "cost", "let", "bet", "lay", "shed",
                        "bound", "saw", "lead", "split", "cast", "quit", "upset", "forecast",
                        "bid", "spread"})
_ED_NOT_VERBS = frozenset({"red", "bed", "shed", "hundred", "speed", "seed", "need", "feed",
                           "deed", "greed", "breed", "weed", "bleed", "indeed", "sacred",
                           "naked", "wicked", "wretched", "rugged", "ragged", "jagged",
                           "beloved", "learned", "aged", "blessed", "crooked", "dogged",
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
    r"(?:[bcdfgkptz]l|[^aeiou][iouy]l|[aeiouy]s|[rnlp]s|c|v|[^z]z|[aeiou]g|rg|[^o]ng|"
    r"[^eo]at|[^aeiou]ut|[^aeiou]ot|[^aeiou][aeiouy][dbkpm]|[^aeiou]in|[^aeiou]un|"
    r"[^aeiou][ao]r|[^aeiou][iu]r|quir|[^aeiou]ung)$"
)


@functools.lru_cache(maxsize=4096)
def past_to_base(word: str) -> str | None:
    """The base form of a simple-past verb ("withdrew" -> "withdraw", "announced" ->
    "announce"), or ``None`` when the word does not look like one."""
    low = word.lower()
    if low in IRREGULAR_PAST:
        return IRREGULAR_PAST[low]
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


def is_past_participle(word: str) -> bool:
    """Whether ``word`` can be a past participle ("formed", "killed", "sent", "taken")."""
    low = word.lower()
    return low in IRREGULAR_PARTICIPLES or (low.endswith("ed") and past_to_base(low) is not None)


def is_simple_past(word: str) -> bool:
    """Whether ``word`` can be a simple-past verb."""
    low = word.lower()
    if low in _NOT_VERBS:
        return False
    return low in IRREGULAR_PAST or (low.endswith("ed") and past_to_base(low) is not None)


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause split into subject and verb group; ``rest`` follows the verb group."""

    subject: str
    auxiliary: str  # the first auxiliary ("were", "has"), or "" for a simple past verb
    verb: str  # the rest of the verb group after the auxiliary ("killed", "maintained")
    rest: str
    base: str = ""  # the base form when the verb is a simple past ("withdraw")


def find_clause(tokens: list[Token], text: str, lo: int, hi: int) -> Clause | None:
    """Analyse ``tokens[lo:hi]`` of ``text`` as subject + verb group + rest."""
    verb_at = None
    i = lo
    depth = 0
    while i < hi:
        token = tokens[i]
        low = token.low
        if low in ("(", "[") or token.text == "“":
            depth += 1
        elif low in (")", "]") or token.text == "”":
            depth = max(0, depth - 1)
        elif depth == 0 and low == "," and i + 1 < hi and (tokens[i + 1].low in (
                "the", "a", "an", "who", "which", "whose", "known", "including", "also")
                or tokens[i + 1].low.endswith("ing") or (
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
        elif depth == 0 and (low in AUXILIARIES or is_simple_past(low)):
            if (token.text[0].isupper() and i > lo) or \
                    (i > lo and tokens[i - 1].low in DETERMINERS) or \
                    (i > lo + 1 and tokens[i - 1].low.endswith("ly")
                     and tokens[i - 2].low in DETERMINERS):
                i += 1
                continue
            verb_at = i
            break
        i += 1
    if verb_at is None or verb_at == lo:
        return None
    subject = _subject_text(tokens[lo:verb_at], text)
    if subject is None:
        return None
    first = tokens[verb_at]
    if first.low in AUXILIARIES:
        j = verb_at + 1
        while j < hi and (_ADVERB.match(tokens[j].text) or tokens[j].low in
                          ("be", "been", "being", "have", "had")):
            j += 1
        verb_end = j
        if j < hi and (is_past_participle(tokens[j].text) or tokens[j].low.endswith("ing")):
            verb_end = j + 1
        elif j < hi and first.low in MODALS | DO and tokens[j].text.isalpha() and \
                tokens[j].text.islower() and tokens[j].low not in DETERMINERS | PREPOSITIONS:
            verb_end = j + 1  # "will pass", "did not say"
        if first.low in DO and verb_end == verb_at + 1:
            return None
        return Clause(subject, first.low, _span(tokens, text, verb_at + 1, verb_end),
                      _span(tokens, text, verb_end, hi))
    base = past_to_base(first.text)
    if base is None:
        return None
    return Clause(subject, "", first.text, _span(tokens, text, verb_at + 1, hi), base=base)


def _closes_appositive(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether a comma follows within a few words (", named X, was ...")."""
    return any(t.text == "," for t in tokens[k:min(hi, k + 8)])


def _span(tokens: list[Token], text: str, lo: int, hi: int) -> str:
    if lo >= hi:
        return ""
    return text[tokens[lo].start:tokens[hi - 1].end]


def _subject_text(tokens: list[Token], text: str) -> str | None:
    """The subject as written, without a trailing appositive; ``None`` if it is not a noun
    phrase we can put after an auxiliary."""
    cut = next((k for k, token in enumerate(tokens) if token.text == ","), len(tokens))
    tokens = tokens[:cut]
    if not tokens or len(tokens) > 16:
        return None
    words = [t.low if not t.text.isupper() or len(t.text) == 1 else t.text for t in tokens]
    if words[0] in PRONOUNS and len(words) == 1:
        return None
    if any(w in PRONOUNS - {"this", "that", "these", "those", "some", "one", "all", "both"}
           for w in words):
        return None
    if words[0] in SUBORDINATORS | CONJUNCTIONS | PREPOSITIONS | {"its", "their", "his", "her",
                                                                  "our", "my", "your"}:
        return None
    if any(w in ("that", "which", "who", "whom", "whose", "because", "if") for w in words[1:]):
        return None
    if any(w in ('"', "“", "”", ":", ";", "—", "–") for w in words):
        return None
    if words[-1] in PREPOSITIONS | DETERMINERS | CONJUNCTIONS:
        return None
    subject = text[tokens[0].start:tokens[-1].end]
    first = tokens[0].text
    if first.lower() in DETERMINERS | {"then-president"} and first[0].isupper():
        subject = first.lower() + subject[len(first):]
    elif first[0].isupper() and not first.isupper() and len(tokens) == 1 and len(first) > 5 and \
            first.lower().endswith(("ers", "ents", "ists", "ians", "ials", "ors", "ees")):
        subject = first.lower()  # "Organisers moved ..." -> "did organisers move ..."
    elif first[0].islower() and (first.lower() in AUXILIARIES or first.endswith(("ing", "ed"))
                                 or first.lower() in PREPOSITIONS | CONJUNCTIONS):
        return None
    return subject


@dataclass(frozen=True, slots=True)
class Asked:
    """A question and the event it asks about, stated without the answer."""

    question: str
    event: str


def statement(clause: Clause) -> str:
    """The clause as a statement ("the U.S. military withdrew from the country")."""
    verb = f"{clause.auxiliary} {clause.verb}" if clause.auxiliary else clause.verb
    return tidy(f"{clause.subject} {verb} {tidy(clause.rest)}")


def question(wh: str, clause: Clause) -> str | None:
    """``wh`` + the inverted clause + "?" ("In what year" + "did X withdraw from Y?")."""
    rest = tidy(clause.rest)
    if clause.auxiliary:
        body = f"{clause.auxiliary} {clause.subject} {clause.verb} {rest}"
    else:
        body = f"did {clause.subject} {clause.base} {rest}"
    body = tidy(body)
    if not body or _dangling(body) or has_personal_pronoun(body):
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


def tidy(text: str) -> str:
    """Collapse spaces and stray punctuation left where a span was removed."""
    text = _SPACES.sub(" ", text)
    text = _DOUBLE_COMMA.sub(",", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _TRAILING.sub("", _LEADING.sub("", text)).rstrip(".").strip()
    if text.count('"') % 2 and not text.endswith('"') and re.search(r'"\w[^"]*$', text):
        text += '"'  # a quoted name cut before its closing mark: 'the "Islamic State'
    return text


def _dangling(body: str) -> bool:
    """A question body that ends in a preposition, article or conjunction is broken."""
    words = body.split()
    if not words:
        return True
    last = words[-1].lower().strip("\"'“”‘’")
    if last in PREPOSITIONS | DETERMINERS | CONJUNCTIONS | SUBORDINATORS - {"so"}:
        return True
    if body.count('"') % 2 or body.count("“") != body.count("”") or \
            body.count("(") != body.count(")"):
        return True
    return False


# --- asking for an adverbial span -----------------------------------------------------------

#: Words that end the clause a span belongs to, looking left from the span.
_LEFT_STOPS = frozenset({"that", "which", "who", "whom", "whose", "because", "although", "though",
                         "whereas", "while", "when", "if", "unless", "where", "after", "before",
                         "but", ";", ":", "—", "–", "(", ")"})
#: Words that end it looking right.
_RIGHT_STOPS = frozenset({",", ";", ":", "—", "–", "(", "but", "while", "whereas", "because",
                          "although", "though", "which", "who", "after", "before", "as",
                          "when", "since", "until", "that"})
#: How a question asks for an event given as a noun phrase: "When was the attack on X?"
_NP_VERB = {"agreement": "reached", "deal": "reached", "accord": "reached", "treaty": "signed",
            "ceasefire": "agreed", "truce": "agreed", "decision": "made", "announcement": "made",
            "request": "made", "resolution": "passed", "law": "passed", "report": "published"}
#: Nouns that name an event a date can belong to ("the 2003 invasion", "the attack on ...").
EVENT_NOUNS = frozenset("""
    attack strike airstrike assault invasion war battle bombing shooting election vote
    referendum meeting summit talks negotiation agreement deal treaty accord ceasefire truce
    visit storming killing assassination death protest crisis earthquake flood fire launch
    match game final tournament championship season race concert festival ceremony
    conference merger acquisition announcement decision ruling trial hearing verdict arrest
    coup revolution pandemic outbreak eruption crash collapse opening closure withdrawal
    drawdown intervention operation campaign deployment offensive counteroffensive release
    discovery landing speech debate inauguration funeral session round resolution request
    raid ambush explosion blast incident hurricane storm shutdown recession bankruptcy
    takeover signing transfer victory defeat premiere debut retirement resignation
    appointment nomination dismissal layoff sale auction recall approval ban reform
    uprising siege massacre cyberattack hack leak walkout rally march parade
    kickoff draft lockdown eclipse flight mission expedition test
    resurgence rise fall return start beginning emergence formation founding creation
    establishment independence arrival departure expansion
""".split())
_PLURAL_EVENTS = frozenset({"talks", "negotiations", "elections", "protests", "attacks",
                            "strikes", "airstrikes", "bombings", "shootings", "layoffs",
                            "hearings", "meetings", "games", "matches", "finals", "raids",
                            "explosions", "clashes", "floods", "fires", "storms", "rallies"})
#: Verbs that report speech; a date after them may belong to what was reported.
REPORTING = frozenset({"say", "announce", "state", "add", "tell", "report", "claim", "note",
                       "confirm", "warn", "argue", "insist", "explain", "write", "declare",
                       "reveal", "acknowledge", "admit", "deny", "suggest", "predict"})


def is_reporting(word: str) -> bool:
    """Whether ``word`` is a form of a verb of saying ("said", "announced", "says")."""
    low = word.lower()
    base = past_to_base(low) or (low[:-1] if low.endswith("s") else low)
    return base in REPORTING


def _lead_in_end(tokens: list[Token], lo: int, hi: int) -> int:
    """Skip an introductory phrase ("In response, ", "According to X, ", "Speaking at Y, ")."""
    if lo >= hi:
        return lo
    first = tokens[lo].low
    if first == "it" and lo + 3 < hi and tokens[lo + 1].low in BE and \
            tokens[lo + 3].low == "that":  # "It is noted that ..."
        return lo + 4
    starts_intro = (first in PREPOSITIONS or first.endswith("ing") or first.endswith("ly")
                    or first in {"however", "meanwhile", "still", "instead", "then", "now",
                                 "also", "later", "earlier", "finally", "eventually", "thus",
                                 "according", "separately", "nevertheless"})
    if not starts_intro:
        return lo
    for k in range(lo, hi):
        if tokens[k].text == ",":
            return k + 1
        if tokens[k].low in AUXILIARIES or (k > lo and is_simple_past(tokens[k].text)
                                            and tokens[k - 1].low not in DETERMINERS):
            return lo
    return lo


def span_question(text: str, start: int, end: int, wh: str, np_wh: str,
                  allow_np: bool = True) -> Asked | None:
    """:func:`_span_question` with the internal "copula" marker turned into ``None``."""
    asked = _span_question(text, start, end, wh, np_wh, allow_np)
    return asked if isinstance(asked, Asked) else None


def _span_question(text: str, start: int, end: int, wh: str, np_wh: str,
                   allow_np: bool = True) -> Asked | str | None:
    """A question asking for the span ``text[start:end]`` (an adverbial such as "in 2011").

    ``wh`` opens a clause question ("In what year" -> "In what year did X withdraw?");
    ``np_wh`` opens a question about an event noun phrase ("When" -> "When was the attack
    on X?"), used when the span qualifies a noun rather than the clause's verb.
    """
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    if first >= last:
        return None
    lo = first
    seen_verb = False
    while lo > 0 and tokens[lo - 1].low not in _LEFT_STOPS and \
            tokens[lo - 1].text not in "“”\"" and not _is_and_clause(tokens, lo - 1):
        if _is_verb(tokens, lo - 1):
            if seen_verb and is_reporting(tokens[lo - 1].text):
                break  # "X said Y had sent Z in November": the date is Y's
            seen_verb = True
        lo -= 1
    stop = tokens[lo - 1].low if lo > 0 else ""
    hi = last
    while hi < len(tokens) and tokens[hi].low not in _RIGHT_STOPS and \
            tokens[hi].text not in ".!?”" and not _is_and_clause(tokens, hi):
        hi += 1
    if first == lo and last < len(tokens) and tokens[last].text == ",":
        # "On May 30, 2021, X did Y": the span opens the clause; the clause follows it
        inner_hi = last + 1
        while inner_hi < len(tokens) and tokens[inner_hi].text not in ".!?\"“”":
            if tokens[inner_hi].low in _RIGHT_STOPS - {","}:
                break
            if tokens[inner_hi].text == ",":
                following = tokens[inner_hi + 1] if inner_hi + 1 < len(tokens) else None
                if following is None or not (following.low in ("the", "a", "an", "who", "which")
                                             or following.low.endswith("ing")):
                    break
                inner_hi += 1  # an appositive: run on to its closing comma
                while inner_hi < len(tokens) and tokens[inner_hi].text not in ",.!?":
                    inner_hi += 1
                if inner_hi < len(tokens) and tokens[inner_hi].text == ",":
                    inner_hi += 1
                continue
            inner_hi += 1
        return _clause_question(text, tokens, last + 1, inner_hi, wh, None)
    left = tokens[lo:first]
    commas = [k for k, t in enumerate(left) if t.text == ","]
    after_comma = lo + commas[-1] + 1 if commas else lo
    verb_after_comma = any(_is_verb(tokens, k) for k in range(after_comma, first))
    if commas and verb_after_comma and lo == 0:
        reported = _reported_question(text, tokens, after_comma, first, last, wh)
        if reported is not None:
            return reported
    if commas and after_comma < first and tokens[after_comma].text[0].islower() and \
            is_past_participle(tokens[after_comma].text) and after_comma >= 2 and \
            tokens[after_comma - 2].text[:1].isalpha():
        asked = _participle_question(text, tokens, lo, first, last, hi, np_wh)
        if asked is not None:
            return asked  # "The team, formed by miners in 1897, won": the forming's date
    if commas and verb_after_comma and (stop in SUBORDINATORS - {"that"} or
                                        not _is_verb(tokens, after_comma)):
        lo = after_comma  # "Although X did A, Y did B in 2014": the clause with the date
        closes = hi + 1 < len(tokens) and tokens[hi].text == "," and _is_verb(tokens, hi + 1)
        if closes and tokens[lo].low in DETERMINERS and not any(
                tokens[k].low in AUXILIARIES for k in range(lo, first)):
            # ", the chain founded in Bremen in 1951, has agreed": a participle, not a verb
            asked = _participle_question(text, tokens, lo, first, last, hi, np_wh)
            if asked is not None:
                return asked
    elif commas and not verb_after_comma:
        if allow_np:
            return _np_question(text, tokens, after_comma, first, last, hi, np_wh)
        return None
    if lo < first and _is_verb(tokens, lo) and lo > 0 and (
            stop in ("but", "and") or _is_and_clause(tokens, lo - 1)):
        subject = _previous_subject(text, tokens, lo - 1)
        if subject is None:
            return None
        return _clause_question(text, tokens, lo, hi, wh, subject, skip=(first, last))
    if allow_np and _event_in_pp(tokens, lo, first):
        asked = _np_question(text, tokens, _event_in_pp(tokens, lo, first), first, last, hi,
                             np_wh)
        if asked is not None:
            return asked  # "blamed the rebels for the bombing of X in 2018": the bombing's date
    if _infinitive_between(tokens, lo, first):
        # "agreed to end the mission by 2021": the date is the infinitive's, unless the verb
        # is a participle after a noun ("militias formed to fight X in 2014")
        return _participle_question(text, tokens, lo, first, last, hi, np_wh)
    result = _clause_question(text, tokens, lo, hi, wh, None, skip=(first, last))
    if result == "copula" or result is None:
        if allow_np and result == "copula" or (allow_np and not any(
                _is_verb(tokens, k) for k in range(lo, first))):
            return _np_question(text, tokens, lo, first, last, hi, np_wh)
        return None
    return result


_BACKSHIFT = {"will": "would", "is": "was", "are": "were", "has": "had", "have": "had",
              "can": "could", "may": "might"}


def _reported_question(text: str, tokens: list[Token], after_comma: int, first: int, last: int,
                       wh: str) -> Asked | None:
    """"X will do Y, the ministry announced on Thursday." -> "On what date did the ministry
    announce that X would do Y?"."""
    if last < len(tokens) and tokens[last].text not in ".!?":
        return None
    reporter = find_clause(tokens, text, after_comma, first)
    if reporter is None or reporter.auxiliary or not is_reporting(reporter.verb) or \
            tidy(reporter.rest):
        return None
    content_end = after_comma - 1
    if content_end < 3 or any(t.text in "\"“”:;" for t in tokens[:content_end]):
        return None
    content = text[tokens[0].start:tokens[content_end - 1].end]
    inner = tokenize(content)
    clause = find_clause(inner, content, 0, len(inner))
    if clause is None or len(inner) > 28 or has_personal_pronoun(content):
        return None
    shifted = clause.auxiliary and _BACKSHIFT.get(clause.auxiliary, clause.auxiliary)
    verb = f"{shifted} {clause.verb}" if clause.auxiliary else clause.verb
    reported = tidy(f"{clause.subject} {verb} {clause.rest}")
    asked = f"{wh} did {reporter.subject} {reporter.base} that {reported}?"
    if _dangling(asked.rstrip("?")):
        return None
    return Asked(asked, f"{reporter.subject} {reporter.verb} that {reported}")


#: Prepositions after which an event noun is what a following date belongs to.
_EVENT_PREPOSITIONS = frozenset({"for", "over", "about", "after", "behind", "against", "of"})


def _event_in_pp(tokens: list[Token], lo: int, first: int) -> int:
    """The position after "for/over/..." when an event noun phrase it opens (with no verb in
    between) runs up to the date; 0 when there is none."""
    verb = next((k for k in range(first - 1, lo - 1, -1) if _is_verb(tokens, k)), None)
    if verb is None:
        return 0
    for k in range(verb + 1, first):
        if tokens[k].low in _EVENT_PREPOSITIONS:
            following = tokens[k + 1:first]
            words = [t.low for t in following]
            if any(w in EVENT_NOUNS or (w.endswith("s") and w[:-1] in EVENT_NOUNS)
                   for w in words[:4]):
                return k + 1
            return 0
    return 0


def _infinitive_between(tokens: list[Token], lo: int, first: int) -> bool:
    verb = next((k for k in range(first - 1, lo - 1, -1) if _is_verb(tokens, k)), None)
    if verb is None:
        return False
    return any(tokens[k].low == "to" and tokens[k + 1].text[0].islower()
               and tokens[k + 1].low not in DETERMINERS
               for k in range(verb + 1, first - 1))


def _is_verb(tokens: list[Token], k: int) -> bool:
    word = tokens[k]
    if word.low in AUXILIARIES:
        return True
    return (is_simple_past(word.text) and word.text[0].islower()
            and (k == 0 or tokens[k - 1].low not in DETERMINERS))


def _is_and_clause(tokens: list[Token], k: int) -> bool:
    """An "and" that joins two clauses ("X withdrew and returned") rather than two nouns."""
    return tokens[k].low == "and" and k + 1 < len(tokens) and _is_verb(tokens, k + 1)


def _previous_subject(text: str, tokens: list[Token], conj: int) -> str | None:
    """The subject of the clause before a coordinating conjunction at ``conj``."""
    lo = conj
    while lo > 0 and tokens[lo - 1].low not in _LEFT_STOPS - {"but"} and \
            tokens[lo - 1].text not in ".\"“”":
        lo -= 1
    lo = _lead_in_end(tokens, lo, conj)
    clause = find_clause(tokens, text, lo, conj)
    return clause.subject if clause else None


def _clause_question(text: str, tokens: list[Token], lo: int, hi: int, wh: str,
                     subject: str | None, skip: tuple[int, int] | None = None
                     ) -> Asked | str | None:
    if lo >= hi:
        return None
    if skip is not None:
        first, last = skip
        piece = text[tokens[lo].start:tokens[first].start] + " " + \
            (text[tokens[last].start:tokens[hi - 1].end] if last < hi else "")
    else:
        piece = text[tokens[lo].start:tokens[hi - 1].end]
    piece = tidy(piece)
    inner = tokenize(piece)
    start = _lead_in_end(inner, 0, len(inner))
    if subject is not None:
        piece = f"{subject} {piece[inner[start].start:] if start < len(inner) else ''}"
        inner = tokenize(piece)
        start = 0
    clause = find_clause(inner, piece, start, len(inner))
    if clause is None:
        return None
    if clause.auxiliary in BE and not clause.verb and not wh.startswith(
            ("Since", "Before", "Until", "By")):
        return "copula"
    if clause.auxiliary in MODALS and not clause.verb:
        return None
    verb = clause.base or (clause.verb.split()[-1] if clause.verb else "")
    rest = tidy(clause.rest).split()
    if verb and is_reporting(verb) and (not rest or rest[0].lower() in PREPOSITIONS):
        return None  # "did X say?": the date belongs to a statement, not an event
    asked = question(wh, clause)
    return Asked(asked, statement(clause)) if asked else None


_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ed", "ing", "ful", "ary", "ian", "ese", "ish",
                      "ly", "ant", "ent", "ern", "ar")


def _np_question(text: str, tokens: list[Token], lo: int, first: int, last: int, hi: int,
                 np_wh: str) -> Asked | None:
    """"When was the attack on X?" for a span that dates an event noun phrase."""
    head = None
    for k in range(lo, first):
        word = tokens[k].low
        if word in EVENT_NOUNS or (word.endswith("s") and word[:-1] in EVENT_NOUNS):
            head = k
            break
    if head is None:
        return _participle_question(text, tokens, lo, first, last, hi, np_wh)
    start = head
    while start > lo:
        previous = tokens[start - 1]
        if previous.low in DETERMINERS or previous.low in PREPOSITIONS or \
                previous.text in ",;:" or previous.low.endswith(("'s", "’s", "s'", "s’")) or \
                previous.low in AUXILIARIES or previous.low in CONJUNCTIONS or \
                previous.low in {"responsible", "particularly", "especially"}:
            break
        start -= 1
    verb_after = next((k for k in range(head + 1, first) if _is_verb(tokens, k)), None)
    if verb_after is not None:
        if tokens[verb_after].low not in BE or any(
                t.low not in PREPOSITIONS for t in tokens[verb_after + 1:first]):
            return None
        first = verb_after  # "the last visit was in 1997": ask "In what year was the last visit?"
        last = hi
    for k in range(start + 1, head):
        if tokens[k].text[:1].islower() and tokens[k - 1].text[:1].isupper() and \
                not tokens[k].low.endswith(_ADJECTIVE_ENDINGS) and "-" not in tokens[k].text:
            return None  # "Morrow Bank expect sales": a name and a verb, not a noun phrase
    words = text[tokens[start].start:tokens[first - 1].end] if start < first else ""
    after = text[tokens[last].start:tokens[hi - 1].end] if last < hi else ""
    if last < len(tokens) and tokens[last].low in ("that", "which", "who"):
        # keep a relative clause that identifies the event: "the strike ... that killed X"
        k = last
        while k < len(tokens) and tokens[k].text not in ",;.!?—–(":
            k += 1
        after = text[tokens[last].start:tokens[k - 1].end]
    phrase = tidy(f"{words} {after}")
    noun = tokens[head].low
    content = [w for w in phrase.split() if w.lower() not in DETERMINERS | PREPOSITIONS]
    named = any(w[:1].isupper() for w in content)
    if len(content) < (3 if named else 4) or len(phrase.split()) > 26:
        return None  # "the invasion" alone is too vague to ask about
    plural = noun in _PLURAL_EVENTS or (noun.endswith("s") and not noun.endswith("ss"))
    verb = _NP_VERB.get(noun.rstrip("s"), "")
    body = f"{'were' if plural else 'was'} the {phrase}" + (f" {verb}" if verb else "")
    if _dangling(body) or has_personal_pronoun(body):
        return None
    return Asked(f"{np_wh} {body}?", f"the {phrase}")


def _participle_question(text: str, tokens: list[Token], lo: int, first: int, last: int,
                         hi: int, wh: str) -> Asked | None:
    """"militias formed to fight X in 2014" -> "In what year were the militias formed to
    fight X?"."""
    for k in range(first - 1, lo, -1):
        word = tokens[k]
        if not (word.text[0].islower() and is_past_participle(word.text)):
            continue
        noun = tokens[k - 1]
        comma = noun.text == "," and k >= 2
        if comma:
            noun = tokens[k - 2]  # "The team, formed by miners in 1897, won": an appositive
        if noun.low in DETERMINERS | PREPOSITIONS | AUXILIARIES | CONJUNCTIONS | PRONOUNS or \
                not noun.text[0].isalpha():
            return None
        start = k - 2 if comma else k - 1
        floor = 0 if comma else lo
        while start > floor and tokens[start - 1].low not in DETERMINERS | PREPOSITIONS and \
                tokens[start - 1].text not in ",;:()" and tokens[start - 1].low not in AUXILIARIES:
            start -= 1
        opener = start - 1
        if opener >= 0 and tokens[opener].low in DETERMINERS:
            opener -= 1
        if not comma and (opener < 0 or not (tokens[opener].text == "," or
                                             tokens[opener].low in PREPOSITIONS)):
            return None  # "the council agreed ...": a finite verb, not a participle
        if start > 0 and tokens[start - 1].low in DETERMINERS - {"the", "a", "an"}:
            return None  # "its team formed ...": whose team is not said here
        if any(t.low in CONJUNCTIONS | PRONOUNS for t in tokens[start:k]):
            return None
        noun_phrase = text[tokens[start].start:noun.end]
        rest = text[word.start:tokens[first - 1].end]
        if last < hi:
            rest += " " + text[tokens[last].start:tokens[hi - 1].end]
        be = "were" if noun.low.endswith("s") and not noun.low.endswith("ss") else "was"
        if not noun_phrase.lower().startswith("the "):
            noun_phrase = "the " + noun_phrase
        body = tidy(f"{be} {noun_phrase} {rest}")
        if _dangling(body) or len(noun_phrase.split()) < 3 or has_personal_pronoun(body):
            return None
        return Asked(f"{wh} {body}?", tidy(f"{noun_phrase} {be} {rest}"))
    return None
