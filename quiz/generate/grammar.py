"""English verb forms and clause shapes that question writing needs: do-support, base forms.

Rule-based on purpose (no tagger): the generator must stay fast and deterministic. The
functions answer narrow questions ("is this word a past-tense verb?", "what is its base
form?", "turn 'X withdrew from Y' into 'did X withdraw from Y'") and say ``None`` when
unsure, so that callers skip a doubtful question instead of writing an ungrammatical one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quiz.generate.lexicon import GROUP_WORDS, TITLE_WORDS, capitals, countries

# base, simple past, past participle (the verbs news text uses; regular verbs follow rules).
_IRREGULAR_TABLE = """
arise arose arisen; be was been; bear bore borne; beat beat beaten; become became become;
begin began begun; bend bent bent; bet bet bet; bid bid bid; bind bound bound; bite bit bitten;
blow blew blown; break broke broken; bring brought brought; build built built;
burn burnt burnt; burst burst burst; buy bought bought; cast cast cast; catch caught caught; choose chose chosen;
cling clung clung; come came come; cost cost cost; creep crept crept; cut cut cut;
deal dealt dealt; dig dug dug; do did done; draw drew drawn; drink drank drunk;
drive drove driven; eat ate eaten; fall fell fallen; feed fed fed; feel felt felt;
fight fought fought; find found found; flee fled fled; fly flew flown; forbid forbade forbidden;
forecast forecast forecast; foresee foresaw foreseen; forget forgot forgotten;
forgive forgave forgiven; freeze froze frozen; get got got; give gave given; go went gone;
grind ground ground; grow grew grown; hang hung hung; have had had; hear heard heard;
hide hid hidden; hit hit hit; hold held held; hurt hurt hurt; keep kept kept; know knew known;
lay laid laid; lead led led; lean leant leant; leave left left; lend lent lent; let let let;
lie lay lain; light lit lit; lose lost lost; make made made; mean meant meant; meet met met;
mislead misled misled; mistake mistook mistaken; overcome overcame overcome;
oversee oversaw overseen; overtake overtook overtaken; overthrow overthrew overthrown;
pay paid paid; prove proved proven; put put put; quit quit quit; read read read; rid rid rid;
ride rode ridden; ring rang rung; rise rose risen; run ran run; say said said; see saw seen;
seek sought sought; sell sold sold; send sent sent; set set set; shake shook shaken;
shed shed shed; shine shone shone; shoot shot shot; show showed shown; shrink shrank shrunk;
shut shut shut; sing sang sung; sink sank sunk; sit sat sat; sleep slept slept;
slide slid slid; speak spoke spoken; speed sped sped; spend spent spent; spin spun spun;
split split split; spread spread spread; spring sprang sprung; stand stood stood;
steal stole stolen; stick stuck stuck; sting stung stung; strike struck struck;
strive strove striven; swear swore sworn; sweep swept swept; swim swam swum; swing swung swung;
take took taken; teach taught taught; tear tore torn; tell told told; think thought thought;
throw threw thrown; thrust thrust thrust; undergo underwent undergone;
understand understood understood; undertake undertook undertaken; uphold upheld upheld;
upset upset upset; wake woke woken; wear wore worn; weep wept wept; win won won;
withdraw withdrew withdrawn; withhold withheld withheld; withstand withstood withstood;
write wrote written; broadcast broadcast broadcast; outrun outran outrun; rebuild rebuilt rebuilt;
redo redid redone; rewrite rewrote rewritten; sell-off sold-off sold-off
"""


def _irregular() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    past_to_base: dict[str, str] = {}
    participle_to_base: dict[str, str] = {}
    base_to_past: dict[str, str] = {}
    for entry in _IRREGULAR_TABLE.split(";"):
        base, past, participle = entry.split()
        past_to_base.setdefault(past, base)
        participle_to_base.setdefault(participle, base)
        base_to_past[base] = past
    return past_to_base, participle_to_base, base_to_past


PAST_TO_BASE, PARTICIPLE_TO_BASE, BASE_TO_PAST = _irregular()

#: Auxiliaries that invert with the subject in a question ("has X said" / "will X resume").
#: Verbs that report what someone said: the event of a cause is not the report itself.
SAYING_VERBS = frozenset({"said", "says", "told", "added", "announced", "reported", "stated"})
#: Modal verbs: an event told with one has not happened.
MODAL_VERBS = frozenset({"will", "would", "could", "may", "might", "can", "should", "shall"})
AUXILIARIES = frozenset("""
    is are was were has have had will would can could shall should may might must
    do does did didn't doesn't don't wasn't weren't isn't aren't hasn't haven't hadn't
    won't wouldn't can't couldn't shouldn't cannot
""".split()) | {w.replace("'", "’") for w in ("didn't", "doesn't", "don't", "wasn't",
                                               "weren't", "isn't", "aren't", "hasn't",
                                               "haven't", "hadn't", "won't", "wouldn't",
                                               "can't", "couldn't", "shouldn't")}

#: Words that look like "-ed" verbs but are not.
_NOT_VERBS = frozenset("""
    red bed shed need seed feed weed speed bleed breed creed deed heed reed steed greed indeed
    hundred sacred naked wicked kindred wretched rugged ragged aged beloved alleged
    led bred fled sled wed embed coed united limited based infrared
""".split()) - {"led", "fled", "shed", "united", "limited", "based", "alleged"}

# Base forms ending in "e" that the rules below would not restore ("completed" -> "complete").
_E_EXCEPTIONS = frozenset("""
    complete compete delete deplete unite cite invite ignite excite recite incite spite
    ignore restore score store explore implore deplore adore bore snore
    scale exhale inhale impale welcome phone zone tone atone condone postpone clone drone
    waste paste taste haste adhere interfere persevere cohere owe require acquire inquire
    quote misquote reroute
""".split())
# Stems that end like an "e" verb but are not ("focused" -> "focus").
_NO_E = frozenset("""
    focus develop envelop gallop wallop worship gossip pilot riot bias
""".split())
_DOUBLED_KEEP = frozenset({"add", "err", "ebb", "egg", "butt", "buzz", "fizz", "jazz", "purr",
                           "whirr", "press", "pass", "miss", "kiss", "toss", "boss", "stress",
                           "assess", "express", "address", "access", "possess", "discuss",
                           "dismiss", "harass", "amass", "bless", "confess", "guess", "process",
                           "progress", "impress", "oppress", "suppress", "bypass", "surpass"})
_VOWELS = "aeiou"
#: Verbs that double their last consonant before "-ed" and "-ing" although they have more
#: than one syllable (the stress falls on the last: "occurred", "admitting", "controlled").
_DOUBLING = frozenset("""
    admit commit permit submit omit emit transmit acquit regret control patrol enrol extol
    compel expel propel repel dispel occur recur incur concur refer prefer confer defer infer
    transfer deter equip rebel annul signal total equal rival
""".split())


def _restore_e(stem: str) -> bool:
    """Whether a regular ``-ed`` stem needs its silent ``e`` back ("announc" -> "announce")."""
    if stem in _NO_E:
        return False
    if stem + "e" in _E_EXCEPTIONS:
        return True
    last = stem[-1]
    if last in "cvzu" or stem.endswith("e"):
        return last != "z" or not stem.endswith("zz")
    if last == "g":
        return not stem.endswith(("ong", "gg"))
    if last == "s":
        if stem.endswith("ss"):
            return False
        return stem[-2] in _VOWELS + "yrnlp"
    if stem.endswith("th") or stem.endswith(("iat", "uat", "creat")):
        return True  # "negotiated", "evacuated", "created" (but "treated", "floated")
    if last == "l" and len(stem) >= 3 and stem[-2] in "bcdfgkptz":
        return True  # "doubled", "settled", "struggled": no English verb ends in "bl", "tl"
    if len(stem) < 3:
        return False
    before, vowel = stem[-3], stem[-2]
    single_vowel = vowel in _VOWELS + "y" and before not in _VOWELS
    if not single_vowel:
        return False
    pair = vowel + last
    if pair in {"at", "ut", "ot", "id", "od", "ud", "ad", "ed", "ur", "ar", "ir", "ul", "il", "ol",
                "yl", "ib", "ob", "ub", "ap", "ip", "yp", "op", "am", "im", "um", "ym", "in",
                "ak", "ok", "ik", "uk", "yz"}:
        return True
    return False


@lru_cache(maxsize=16384)
def base_form(verb: str) -> str | None:
    """The base form of a past-tense, participle or third-person verb, or ``None`` if unsure."""
    word = verb.lower()
    if word in PAST_TO_BASE:
        return PAST_TO_BASE[word]
    if word in PARTICIPLE_TO_BASE:
        return PARTICIPLE_TO_BASE[word]
    if word in {"has", "is", "does", "goes"}:
        return {"has": "have", "is": "be", "does": "do", "goes": "go"}[word]
    if word.endswith("ed") and len(word) > 3 and word not in _NOT_VERBS:
        if word in {"died", "lied", "tied", "vied"}:
            return word[:-1]
        if word.endswith("ied"):
            return word[:-3] + "y"
        stem = word[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouywxsf":
            if stem in _DOUBLED_KEEP:
                return stem
            if stem[:-1] in _DOUBLING:
                return stem[:-1]  # "controlled", "signalled"
            if stem[-1] == "l" and (not stem.endswith("ell")
                                    or len(stem) <= 5 and not stem.endswith("uell")):
                return stem  # "called", "shelled"; but "travelled", "fuelled"
            return stem[:-1]
        if stem in _DOUBLED_KEEP:
            return stem
        return stem + "e" if _restore_e(stem) else stem
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
            return word[:-2]
        return word[:-1]
    return None


def base_from_ing(word: str) -> str | None:
    """The base form of an "-ing" form ("proposing" -> "propose", "stopping" -> "stop")."""
    low = word.lower()
    if not low.endswith("ing") or len(low) < 5 or not low.isalpha():
        return None
    stem = low[:-3]
    if stem in {"dy", "ty", "ly", "vy"}:
        return f"{stem[0]}ie"  # "dying", "tying"
    if stem.endswith(("y", "e")):
        return stem  # "saying", "agreeing", "ageing"
    if stem in _DOUBLED_KEEP:
        return stem  # "adding"
    if len(stem) > 2 and stem[-1] == stem[-2] and (stem[-1] not in "aeiouywxsl"
                                                   or stem[:-1] in _DOUBLING):
        return stem[:-1]
    if stem.endswith(("ll", "ss")):
        return stem
    return stem + "e" if _restore_e(stem) else stem


def gerund(base: str) -> str:
    """The "-ing" form of a base form ("launch" -> "launching", "stop" -> "stopping")."""
    low = base.lower()
    if low.endswith("ie"):
        return low[:-2] + "ying"
    if low.endswith("e") and not low.endswith(("ee", "oe", "ye")) and len(low) > 2:
        return low[:-1] + "ing"
    if _doubles(low):
        return low + low[-1] + "ing"  # "ban" -> "banning"
    return low + "ing"


def _doubles(low: str) -> bool:
    """Whether a base doubles its last letter before "-ing" and "-ed": one syllable ending
    consonant-vowel-consonant ("ban" -> "banning", "step" -> "stepped", "quit" ->
    "quitting"), or a longer verb stressed on its last syllable ("occur" -> "occurred")."""
    if low in _DOUBLING:
        return True
    letters = low.replace("qu", "q")
    vowels = [c for c in letters if c in _VOWELS]
    return (len(vowels) == 1 and len(letters) >= 3 and letters[-1] not in _VOWELS + "wxy"
            and letters[-2] in _VOWELS and letters[-3] not in _VOWELS)


def is_past_tense(word: str) -> bool:
    """Whether ``word`` reads as a simple-past verb ("ordered", "withdrew")."""
    low = word.lower()
    if low in PAST_TO_BASE:
        return True
    return _regular_ed(low)


def is_participle(word: str) -> bool:
    """Whether ``word`` can be a past participle ("killed", "taken", "led")."""
    low = word.lower()
    if low in PARTICIPLE_TO_BASE:
        return True
    return _regular_ed(low)


def _regular_ed(low: str) -> bool:
    """Whether ``low`` is a regular "-ed" form: longer than four letters, or four letters
    of a three-letter verb in "e" with one vowel before it ("died", "used", "owed"; not
    "shed", "need", "Fred")."""
    if not low.endswith("ed") or not low.isalpha() or low in _NOT_VERBS:
        return False
    return len(low) > 4 or len(low) == 4 and (low[0] in _VOWELS) != (low[1] in "aeiouy")


def participle_to_past(word: str) -> str | None:
    """The simple past matching a participle ("taken" -> "took", "killed" -> "killed")."""
    low = word.lower()
    if low in PARTICIPLE_TO_BASE:
        return BASE_TO_PAST[PARTICIPLE_TO_BASE[low]]
    if is_participle(low):
        return low
    return None


def past_of(base: str) -> str:
    """The simple past of a base form ("target" -> "targeted", "issue" -> "issued")."""
    low = base.lower()
    if low in BASE_TO_PAST:
        return BASE_TO_PAST[low]
    if low.endswith("e"):
        return low + "d"
    if low.endswith("y") and len(low) > 2 and low[-2] not in _VOWELS:
        return low[:-1] + "ied"
    if _doubles(low):
        return low + low[-1] + "ed"  # "step" -> "stepped"
    return low + "ed"


def third_person(base: str) -> str:
    """The third-person singular present of a base form ("aim" -> "aims")."""
    low = base.lower()
    if low in {"be", "have", "do", "go"}:
        return {"be": "is", "have": "has", "do": "does", "go": "goes"}[low]
    if low.endswith(("ch", "sh", "ss", "x", "z", "o")):
        return low + "es"
    if low.endswith("y") and len(low) > 2 and low[-2] not in _VOWELS:
        return low[:-1] + "ies"
    return low + "s"


# ---------------------------------------------------------------------------------------------
# Verb groups and questions

_NEGATION_OR_ADVERB = frozenset("""
    not never also already still just repeatedly reportedly allegedly later recently previously
    formally officially initially eventually finally apparently quickly immediately then
    once again further jointly publicly privately periodically largely increasingly
    least hardly barely scarcely rarely seldom ever even probably possibly perhaps certainly
    definitely usually often always generally
""".split())
#: Adverbs of time that may stand between a subject and a verb without an auxiliary ("X now
#: expects", "X currently employs"), but after a copula are its complement's ("is now the
#: largest").
_BEFORE_A_VERB = _NEGATION_OR_ADVERB | {"now", "currently", "today", "typically", "normally"}

#: Singular/plural agreement for "Who ..." questions ("Iraqi officials have said" -> "Who has").
_WHO_AGREEMENT = {"have": "has", "are": "is", "were": "was", "do": "does"}


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """A finite verb group: auxiliaries and adverbs before the main verb, the main verb."""

    words: tuple[str, ...]  # as written, e.g. ("has", "repeatedly", "called")
    main: str  # the main verb as written
    tense: str  # "past" | "present3" | "present" | "aux"

    @property
    def text(self) -> str:
        return " ".join(self.words)


def read_verb_group(words: list[str]) -> VerbGroup | None:
    """The finite verb group at the start of ``words`` (lower-case plain words), or ``None``.

    Accepts "withdrew", "has said", "will resume", "have been pushing", "repeatedly accused",
    "did not specify". A bare present ("aims") only when ``words[0]`` ends in "s" and is
    followed by a word that can start a complement; callers pass words known to follow a
    subject.
    """
    i = 0
    adverbs: list[str] = []
    while i < len(words) and words[i] in _BEFORE_A_VERB and i < 2:
        adverbs.append(words[i])
        i += 1
    if i >= len(words):
        return None
    first = words[i]
    if first in AUXILIARIES:
        group = [*adverbs, first]
        j = i + 1
        while j < len(words) and j - i < 3 and (words[j] in _NEGATION_OR_ADVERB or (words[
                j].endswith("ly") or words[j] in _TIME_ADVERBS) and _manner_before_participle(
                    words, j)):
            group.append(words[j])
            j += 1
        while j < len(words) and words[j] in {"been", "be", "being", "have", "had"}:
            group.append(words[j])
            j += 1
        if j < len(words):
            nxt = words[j]
            if nxt == "set" and j + 1 < len(words) and words[j + 1] in {"up", "out", "aside"}:
                group.append(nxt)  # "was set up in 2010" (not "is set to open")
                return VerbGroup(tuple(group), nxt, "aux")
            if nxt in AUXILIARIES or nxt in _FUNCTION_AFTER_COPULA or not nxt.isalpha():
                return VerbGroup(tuple(group), first, "aux")
            modal = first not in _BE_HAVE
            if (is_participle(nxt) or nxt.endswith("ing")
                    or modal and not nxt.endswith("s") and len(nxt) > 1):
                group.append(nxt)
                return VerbGroup(tuple(group), nxt, "aux")
        return VerbGroup(tuple(group), first, "aux")
    if is_past_tense(first):
        return VerbGroup((*adverbs, first), first, "past")
    if first.endswith("s") and not first.endswith(("ss", "us", "is")) and first in KNOWN_PRESENT:
        return VerbGroup((*adverbs, first), first, "present3")
    if first in _CHANGES and (i + 1 == len(words) or words[i + 1] in _AFTER_A_CHANGE or
                              words[i + 1][:1].isdigit()):
        return VerbGroup((*adverbs, first), first, "present3")  # "as demand falls", "rises
        # by 2%" (not "price increases were ...")
    if first in _PLURAL_CONTROL and i + 1 < len(words) and words[i + 1] == "to":
        return VerbGroup((*adverbs, first), first, "present")  # "X and Y expect to ..."
    return None


def _manner_before_participle(words: list[str], j: int) -> bool:
    """"was provisionally suspended", "had been badly damaged", "had long assumed", "has now
    lowered": an "-ly" adverb, "long" or "now" between an auxiliary and a participle (or
    "been") belongs to the verb group."""
    word = words[j]
    if not (word.endswith("ly") and len(word) >= 5 or word in _TIME_ADVERBS) or \
            j + 1 >= len(words):
        return False
    nxt = words[j + 1]
    return nxt in {"been", "be"} or is_participle(nxt)


#: Adverbs of time that belong to a verb group only before a participle ("had long
#: assumed", "has now lowered"; "was long" and "is now the largest" keep theirs outside).
_TIME_ADVERBS = frozenset({"long", "now"})

#: Bare present verbs recognised before "to" ("the two sides expect to meet"): with "to" after
#: them they are verbs, not nouns.
_PLURAL_CONTROL = frozenset("""
    expect plan hope want agree intend need vow threaten refuse aim seek decide promise
    pledge prepare wish
""".split())


_BE_HAVE = frozenset("""
    is are was were has have had isn't aren't wasn't weren't hasn't haven't hadn't
""".split())

# Words after "is/was" that make it a copula, not an auxiliary of a following verb.
_FUNCTION_AFTER_COPULA = frozenset("""
    a an the this that these those his her its their our my your no not over in on at to of
    for with by from about likely unlikely able ready set due part one two three more less
    very so too still also now there here responsible behind per into than as after before
    around against between during since until without within across through via among
""".split())

#: Present-tense third-person verbs common in news that are safe to read as verbs after a
#: subject (most "-s" words are plural nouns).
KNOWN_PRESENT = frozenset("""
    says claims aims plans wants seeks expects hopes intends believes argues warns insists
    denies admits accuses blames urges calls fuels drives causes triggers sparks prompts
    leads means remains comes goes takes makes gives holds keeps faces needs rejects supports
    opposes backs controls owns runs operates announces reports confirms describes estimates
    suggests shows finds notes adds explains says maintains requires allows decides agrees
    helps employs affects threatens represents depends receives contains organises organizes
    oversees manages
""".split())


#: Present verbs of change that are plural nouns too ("falls", "increases"): read as verbs
#: only at the clause's end or before what measures the change.
_CHANGES = frozenset("""
    falls rises grows slows drops declines increases decreases shrinks improves worsens
    weakens strengthens eases climbs surges soars plunges tumbles deepens widens narrows
    persists
""".split())
_AFTER_A_CHANGE = frozenset({"by", "to", "from", "sharply", "again", "further", "below",
                             "above", "steadily", "slightly", "rapidly", "faster", "more"})


#: "had to"/"has to"/"have to" ask with "do": "did X have to ...", not "had X to ...".
_HAVE_TO = {"had": "did", "has": "does", "have": "do"}


def question_predicate(subject: str, group: VerbGroup, rest: str) -> str | None:
    """``subject`` + ``group`` + ``rest`` inverted for a question: "did X withdraw from Y".

    Returns ``None`` when the verb form is not understood (so no ungrammatical question).
    """
    words = list(group.words)
    main_index = len(words) - 1
    lead_adverbs: list[str] = []
    while words and words[0] in _NEGATION_OR_ADVERB:
        lead_adverbs.append(words.pop(0))
        main_index -= 1
    if not words:
        return None
    tail = f" {rest}" if rest else ""
    if group.tense == "aux":
        aux, others = words[0], words[1:]
        if aux == "cannot":  # "cannot afford" -> "can X not afford"
            aux, others = "can", ["not", *others]
        if not others and aux in _HAVE_TO and rest.startswith("to "):
            # "had to take a detour" -> "did commuters have to take a detour"
            adverbs = "".join(f" {w}" for w in lead_adverbs)
            return f"{_HAVE_TO[aux]} {subject}{adverbs} have {rest}"
        if not others and aux in _HAVE_TO and rest and _has_an_object(rest.split()[0]):
            # "had no choice" -> "did the farm have no choice" ("had X no choice" is old)
            adverbs = "".join(f" {w}" for w in lead_adverbs)
            return f"{_HAVE_TO[aux]} {subject}{adverbs} have {rest}"
        middle = " ".join([*lead_adverbs, *others])
        middle = f" {middle}" if middle else ""
        return f"{aux} {subject}{middle}{tail}"
    # ("present" is a plural subject's, in its base form already: "do tourists visit ...")
    base = group.main if group.tense == "present" else base_form(group.main)
    if base is None or base == "be":
        return None
    support = {"past": "did", "present": "do"}.get(group.tense, "does")
    adverbs = " ".join(lead_adverbs)
    adverbs = f" {adverbs}" if adverbs else ""
    return f"{support} {subject}{adverbs} {base}{tail}"


def _has_an_object(first: str) -> bool:
    """Whether a lone "had"/"has" before ``first`` is the verb "have" with its object, not
    an auxiliary whose verb was left in the rest ("had been", "had already left")."""
    low = first.lower()
    return first[:1].isalnum() and not is_participle(low) and not low.endswith("ly") and \
        low not in {"been", "not", "never", "also", "still", "just", "yet", "long", "already",
                    "ever", "since", "only", "once", "again", "recently"}


def who_predicate(group: VerbGroup, rest: str) -> str:
    """The verb group as a singular "Who ..." question needs it ("have warned" -> "has warned")."""
    words = list(group.words)
    for i, word in enumerate(words):
        if word in AUXILIARIES:
            words[i] = _WHO_AGREEMENT.get(word, word)
            break
    else:
        if group.tense == "present" and words:
            words[-1] = third_person(words[-1])
    tail = f" {rest}" if rest else ""
    return " ".join(words) + tail


# ---------------------------------------------------------------------------------------------
# Small text helpers shared by the extractors

_PRONOUN_WORDS = frozenset("""
    i you he she it we they me him her us them this that these those who which what whom
    someone something anyone everyone nobody one his its their our my your
""".split())

_TRAILING_JUNK = re.compile(r"[\s,;:\-–—(\[\"'“‘]+$")
_LEADING_JUNK = re.compile(r"^[\s,;:\-–—)\]\"'”’]+")
_JUNK = frozenset(",;:-–—()[]\"'“‘”’")  # (besides spaces) every character either may strip


def _without_trailing_junk(span: str) -> str:
    """``span`` without :data:`_TRAILING_JUNK` (``$`` also matches before a final newline,
    itself junk: so the span must end in junk for the pattern to match)."""
    return _TRAILING_JUNK.sub("", span) if span[-1:] in _JUNK or span[-1:].isspace() else span
_QUOTE_CHARS = "\"“”"
_KEEP_DOT = re.compile(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Jr|Sr|Inc|Corp|Ltd|Co|St)\.)$")


def is_pronoun(text: str) -> bool:
    """Whether ``text`` is only a pronoun or demonstrative ("it", "they", "this"); "US" in
    capitals is the country, not "us"."""
    bare = text.strip()
    return bare.lower() in _PRONOUN_WORDS and not (len(bare) > 1 and bare.isupper())


@lru_cache(maxsize=16384)
def tidy_span(text: str) -> str:
    """A span without dangling punctuation, unbalanced quotes or a final full stop (cached:
    actor and cause rules tidy the same spans several times)."""
    # (each pattern tried only when the end it strips is there: a search tries every position)
    span = _LEADING_JUNK.sub("", text) if text[:1] in _JUNK or text[:1].isspace() else text
    span = _without_trailing_junk(span)
    if span.endswith(".") and not _KEEP_DOT.search(span):
        span = _without_trailing_junk(span.rstrip("."))
    if sum(span.count(q) for q in _QUOTE_CHARS) % 2:
        span = span.replace("\"", "").replace("“", "").replace("”", "")
    if span.count("(") != span.count(")"):
        span = span.replace("(", "").replace(")", "")
    return span.strip()


def first_upper(text: str) -> str:
    """``text`` with its first letter upper-cased (rest unchanged)."""
    return text[:1].upper() + text[1:] if text else text


def first_lower(text: str, names: frozenset[str] | None = None) -> str:
    """``text`` with a sentence-initial function word lower-cased ("The US" -> "the US").

    Proper names keep their capital: a first word is lowered when it is in a closed list,
    or, given ``names`` (words the article capitalises inside sentences), when it is not one
    of them ("Prices rose" -> "prices", "Turnout" alone -> "turnout", but "Brightwave said"
    stays: a one-word subject is lowered only with a common-noun ending or from a closed list).
    """
    # (cached on whether the first word is one of ``names``, all that is read of them: every
    # article has its own names, and many of the same subjects)
    return _first_lower(text, None if names is None else _name_key(text) in names)


@lru_cache(maxsize=8192)
def _name_key(text: str) -> str:
    """The first word of ``text`` as :func:`first_lower` looks it up among names."""
    return _POSSESSIVE_END.sub("", text.partition(" ")[0].lower())


@lru_cache(maxsize=8192)
def _first_lower(text: str, named: bool | None) -> str:
    """:func:`first_lower`, given whether the first word is a name (``None``: not known)."""
    head, _, tail = text.partition(" ")
    if (named is False and head[1:].islower() and head[:1].isupper() and head != "I"
            and _POSSESSIVE_END.sub("", head.lower()) not in _KNOWN_PROPER
            and (tail[:1].islower() or not tail and (head.lower().endswith(COMMON_SUFFIXES)
                                                     or head.lower() in COMMON_ALONE))
            # ("Moody's Investors", "Moody's" alone: a name)
            and not (head.endswith(("'s", "’s")) and (tail[:1].isupper() or not tail))):
        return f"{head.lower()} {tail}" if tail else head.lower()
    if head in _QUANTIFIERS and tail[:1] and not tail[:1].isupper():
        return f"{head.lower()} {tail}"
    if "-" in head and head.split("-")[0] in {"Then", "Ex", "Former"}:
        return f"{head.lower()} {tail}" if tail else head.lower()
    if head in _LOWERABLE or head.lower() in _COMMON_HEADS and head[1:].islower() and not (
            head.lower() in TITLE_WORDS and tail[:1].isupper()) or (  # "Chief Executive Martin Hale"
            head.endswith("maker") and len(head) > 6 and head[1:].islower() and tail
            or head.lower() in BUSINESS_NOUNS and head[1:].islower() and tail[:1].isupper()):
        # ("Carmaker Nordwin said" -> "carmaker Nordwin", "Organiser Harbourline Events")
        return f"{head.lower()} {tail}" if tail else head.lower()
    return text


_POSSESSIVE_END = re.compile(r"['’]s?$")
COMMON_SUFFIXES = ("s", "tion", "ment", "ness", "ity", "ing", "ance", "ence", "ism", "ure")


class _Proper:
    """Country names, demonyms and capitals: capitalised wherever they stand."""

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in countries() or word in capitals())


_KNOWN_PROPER = _Proper()

_COMMON_HEADS = GROUP_WORDS | TITLE_WORDS | frozenset("""
    people police troops rescuers engineers investigators officials authorities
""".split())

#: Ordinary nouns that open a sentence alone as its subject ("Turnout fell"), with no
#: common-noun ending to tell them from a one-word name.
COMMON_ALONE = frozenset("""
    turnout demand growth output trade traffic rain snow damage crime violence support debt
    revenue profit income rent pay work smoke fire help aid weather heat water power food
    fuel oil gas trust interest unrest fighting
""".split())

#: Nouns for a business by what it does ("Organiser Harbourline Events", "The operator"):
#: common nouns before a name, and what an "It" after them may stand for.
BUSINESS_NOUNS = frozenset("""
    operator carrier utility retailer insurer regulator manufacturer developer lender
    provider supplier organiser organizer employer landlord broadcaster publisher builder
    contractor producer distributor promoter wholesaler
""".split())

_LOWERABLE = frozenset("""
    The A An Some Many Most Several Few All Both Each Every Other Another Its Their His Her
    Our Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Scores These
    Those This That Numerous Various Such
""".split())
#: Words before a count ("About 400 residents", "Eighteen people"): lowered before a number
#: or a common word, never before a capital ("Just Eat", "Twenty Twenty Group").
_QUANTIFIERS = frozenset("""
    About Around Nearly Almost Roughly Approximately Fewer Just Only Half More Less Over At Up
    Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty
    Forty Fifty Sixty Seventy Eighty Ninety
""".split())


def word_count(text: str) -> int:
    """How many words ``text`` has."""
    return len(text.split())


def may_start_verb_group(word: str) -> bool:
    """Whether :func:`read_verb_group` could read a group starting with ``word`` (lower case):
    a cheap test that spares building word lists for the nouns of a sentence."""
    if not _VERB_STARTERS:
        _VERB_STARTERS.update(AUXILIARIES, _BEFORE_A_VERB, KNOWN_PRESENT, _CHANGES,
                              _PLURAL_CONTROL, PAST_TO_BASE)
    return word in _VERB_STARTERS or word.endswith("ed")


_VERB_STARTERS: set[str] = set()


#: Abstract nouns that, bare after "the"/"this", only point back to something said before
#: ("the issue", "the move", "the rise"): a question or answer resting on one names nothing.
VAGUE_NOUNS = frozenset("""
    issue issues matter matters move moves decision decisions situation incident development
    developments step steps measure measures problem problems question case affair rise fall
    increase increases decrease decline change changes event events process idea effort
    efforts episode shift news announcement thing things trend concern concerns subject
    action actions plan plans proposal crisis dispute row standoff scandal controversy
""".split())
_VAGUE_REFERENCE = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?P<noun>[a-z]+)\b(?!\s+(?:of|to|on|over|by|in|for|"
    r"against|that|which|about|between|from|at|with|who|whose)\b|[’']s\b|-)", re.IGNORECASE)
_PLAN_LIKE = frozenset({"plan", "plans", "proposal", "decision", "decisions", "move", "moves"})


def vague_reference(text: str, strict: bool = True) -> str | None:
    """The first bare anaphoric phrase in ``text`` ("the issue", "this", "the rise"), or
    ``None``. With ``strict=False`` a plan, proposal, decision or move the sentence acts on
    ("voted against the plan") is allowed: an article usually has one, named in its lead."""
    for match in _VAGUE_REFERENCE.finditer(text):
        noun = match.group("noun").lower()
        if noun in VAGUE_NOUNS and (strict or noun not in _PLAN_LIKE):
            return match.group()
    return None
