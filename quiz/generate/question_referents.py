"""A question that rests on "the elevator", "the deal", "the operator" with nothing on the card to
say which one is meant is named from its article's own fuller mention, or not asked.

A question is cut from its sentence, and its sentence from the story: "In what year was the
elevator built?" (a grain elevator near Moose Jaw), "Why does the operator want to appeal?" (the
operator, Nordwind Energie, of a wind farm). A deck holds many stories, so a bare "the" noun in a
question that names nothing else (no name, no number) points at any of them. Such a noun is
completed from the apposition its sentence gives it ("the operator, Nordwind Energie,") or from
the first mention of the same noun in its article that names where or whose it is ("a grain
elevator near Moose Jaw" -> "the grain elevator near Moose Jaw"); failing both, the question is
not asked (its sentence may still give a cloze, which shows the words around it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

#: A name or a number in a question (after its first word; the names of days and months
#: say when, not which thing).
_ANCHOR = re.compile(r"(?<=[\s(“\"'‘-])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                     r"Sunday|January|February|March|April|May|June|July|August|September|"
                     r"October|November|December)\b)[A-Z]|\d")
#: "the" and up to two lower-case words before a noun ("the elevator", "the highest number").
_BARE = re.compile(r"\bthe ((?:[a-z][\w-]* ){0,2}?)([a-z][a-z-]{2,})\b(?!['’-])")
#: What tells which thing a noun is when it follows it: an "of" phrase ("the cost of
#: hydrogen"), a possessive is read as its own noun phrase.
_TOLD_AFTER = re.compile(r" (?:of|between|whose)\b")
#: Nouns that need no naming in a question: times, the world, what a phrase idiom says
#: ("for the first time", "at the same time", "the rest").
_NEEDS_NO_NAME = frozenset("""
    time times first same way end start beginning rest past future world moment public
    weekend morning afternoon evening night day week month year years days weeks months
    sun moon sea weather harvest season holidays summer winter spring autumn meantime market
""".split())
#: Words that only modify the noun after them ("the second week", "the new runway").
_ONLY_MODIFIERS = frozenset("""
    second third fourth fifth sixth last next new old main other whole entire final latest
    previous current former same first early late top
""".split())
#: Nouns of measures and disputes, which their object names ("the ban on trophy hunting",
#: "the inquiry into the collapse", "the strike over pay").
_EVENT_NOUNS = frozenset("""
    ban tax inquiry investigation strike protest protests talks dispute row war attack attacks
    sanctions embargo tariff tariffs cap limit limits restrictions rules law moratorium levy
    fine fines charge charges case appeal complaint complaints campaign vote referendum
    decision plan deal bid agreement contract subsidy subsidies reform crackdown
""".split())
_TOLD_BY_ITS_OBJECT = re.compile(r" (?:on|into|against|over|for|with|to|from) [a-z]")
#: Nouns whose "to" phrase says which one is meant ("the decision to suspend approval of X").
_TAKES_TO = frozenset("""
    decision plan deal bid move proposal attempt agreement effort campaign request order call
    promise offer vote law pledge commitment drive push scheme
""".split())
#: Words that cannot come between "the" and its noun (the clause went on: "the deal would").
_NOT_MODIFIERS = frozenset("""
    was were is are be been has have had will would could can should may might must did does do
    and or but that which who to of in on at by for from with as not also
""".split())
#: The apposition that names a noun in its own sentence: "the operator, Nordwind Energie,".
_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|de|del|la|van|von|der|for|and))*?(?: [A-Z][\w'’.-]*)?"
#: The place or owner that follows a fuller mention ("near Moose Jaw", "of a Baltic coast wind
#: farm", "of Bergen's light rail line"): a preposition, then a name; lower-case nouns may
#: follow a name that is itself a modifier (after "a" or "the", or with "'s").
_CAPS = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
         r"March|April|May|June|July|August|September|October|November|December)\b)"
         r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?![\w'’-]| [A-Z]|\.\s*\d)")
_LOWER = (r"(?: (?!(?:was|were|is|are|has|had|have|will|would|could|can|said|says|and|or|that|"
          r"which|who|on|in|at|to|for|by|with|from|after|before|since|last|this|next)\b(?!-))"
          r"(?![a-z]+ed\b)[a-z][\w-]*)")
_PLACE_AFTER = (rf"(?: (?:of|near|in|at|on|off|outside|from|for|across) "
                rf"(?:(?:the |a |an )(?:[a-z][\w-]* ){{0,2}}{_CAPS}{_LOWER}{{0,3}}|"
                rf"(?:[a-z][\w-]* ){{0,2}}{_CAPS}(?:(?<!['’]s)|(?<=['’]s){_LOWER}{{1,3}})))")
#: Words after a noun that show its phrase has ended ("a film festival": "film" is no head).
_ENDS_PHRASE = (r"(?:was|were|is|are|has|had|have|will|would|could|can|may|might|must|should|"
                r"said|says|and|or|but|that|which|who|whose|where|when|on|in|at|to|for|by|with|"
                r"from|of|near|after|before|since|as|than|into|over|under|last|this|next|"
                r"[a-z]+ed)\b")
#: A word that says what a question is about (three letters or more, no function word).
_CONTENT = re.compile(r"\b(?!(?:the|and|for|from|with|that|this|what|when|which|who|whom|whose|"
                      r"why|how|did|does|was|were|has|have|had|will|would|could|should|into|"
                      r"onto|its|their|his|her|they|them|than|then|also|been|being|are|not)\b)"
                      r"[A-Za-z][\w'’-]{2,}")
#: A number written in words, which counts twice: it is as telling as a name ("cut from eight
#: guards to two").
_NUMBER_WORDS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"twenty|thirty|forty|fifty|hundred|thousand|million|dozen)\b")
#: How many such words make a question specific by what it says alone.
_SPECIFIC_WORDS = 10
#: The longest fuller mention put in a question.
_LONGEST = 60


def anchored(question: str) -> bool:
    """Whether ``question`` names something (a name or a number after its first word)."""
    return _ANCHOR.search(question) is not None


def bare_nouns(question: str, names_anchor: bool = True) -> list[tuple[int, int, str]]:
    """The "the" noun phrases of ``question`` that nothing on the card completes: (start,
    end, noun) for each, in order; [] for a question that names something (unless
    ``names_anchor`` is false: a sentence's names may be of other things)."""
    if "the " not in question or names_anchor and anchored(question):
        return []
    found = []
    for match in _BARE.finditer(question):
        modifiers, noun = match.group(1).split(), match.group(2)
        if noun in _NEEDS_NO_NAME or noun in _ONLY_MODIFIERS or noun in _NOT_MODIFIERS or \
                any(w in _NOT_MODIFIERS for w in modifiers) or \
                _TOLD_AFTER.match(question, match.end()) or \
                noun in _TAKES_TO and question.startswith(" to ", match.end()) or \
                noun in _EVENT_NOUNS and _TOLD_BY_ITS_OBJECT.match(question, match.end()):
            continue  # "for the first time", "the second week", "the cost of hydrogen",
            # "the decision to suspend approval of clorafen", "the ban on trophy hunting"
        found.append((match.start(), match.end(), noun))
    return found


def identified(question: str, sentence: str, earlier: Iterable[str]) -> str | None:
    """``question`` unchanged when it has no bare "the" noun; else with the first such noun
    completed from ``sentence``'s apposition or the first fuller mention of it in
    ``earlier`` (the article's sentences up to and with the fact's own, in order); ``None``
    when none can be named."""
    nouns = bare_nouns(question)
    if not nouns:
        return question
    texts = list(earlier)
    for start, end, noun in nouns:
        fuller = _apposed(sentence, noun) or _fuller(texts, noun, question[start + 4:end])
        if fuller is not None:
            rest = question[end:]
            if fuller.endswith(",") and rest[:1] in ("?", ","):
                fuller = fuller[:-1]
            return f"{question[:start]}{fuller}{rest}"
    return None


def _apposed(sentence: str, noun: str) -> str | None:
    """"the operator, Nordwind Energie," of a sentence that names ``noun`` in apposition."""
    if f"he {noun}, " not in sentence:
        return None
    match = re.search(rf"\b[Tt]he {re.escape(noun)}, ({_NAME}),", sentence)
    if match is None or len(match.group(1)) > _LONGEST:
        return None
    return f"the {noun}, {match.group(1)},"  # (the last comma goes before "?" or ",")


def _fuller(texts: list[str], noun: str, phrase: str) -> str | None:
    """The first mention of ``noun`` in ``texts`` that names where or whose it is ("a grain
    elevator near Moose Jaw", "the Mar del Plata film festival"), written with "the"; it
    must hold the question's own words before the noun (``phrase``)."""
    pattern = re.compile(rf"\b(?:[Aa]n?|[Tt]he) ((?:(?!(?:[Aa]n?|[Tt]he)\b)[\w'’-]+ ){{0,4}}?)"
                         rf"{re.escape(noun)}\b"
                         rf"({_PLACE_AFTER}?)(?![\w'’-])(?! (?!{_ENDS_PHRASE})[a-z])")
    wanted = phrase.split()[:-1]
    for text in texts:
        if noun not in text:
            continue
        for match in pattern.finditer(text):
            modifiers = match.group(1).split()
            if any(w.lower() in _NOT_MODIFIERS or w.lower() in ("a", "an", "the") or
                   w.endswith(("'s", "’s", ",")) for w in modifiers):
                continue
            if any(w not in modifiers for w in wanted):
                continue
            named = any(w[:1].isupper() for w in modifiers)
            # (a name among the modifiers says which one: "the Tarbosaurus skull", not "...
            # at Ulaanbaatar's airport", where it was found)
            mention = f"the {match.group(1)}{noun}" if named else \
                f"the {match.group(1)}{noun}{match.group(2)}"
            named = named or bool(match.group(2))
            if named and len(mention) <= _LONGEST:
                return mention
    return None


def named_or_dropped(question: str, sentence: str, earlier: Iterable[str],
                     elsewhere: Callable[[str], bool]) -> str:
    """``question`` with its bare "the" noun named (:func:`identified`); when none can be,
    "" if one of its nouns is one that ``elsewhere`` says another story of the deck also
    tells of ("the operator" of a wind farm, of a cable car, of a grain silo), else the
    question unchanged (the one recount of the deck needs no naming)."""
    nouns = bare_nouns(question)
    if not nouns:
        return question
    named = identified(question, sentence, earlier)
    if named is not None:
        return named
    if len(_CONTENT.findall(question)) + len(_NUMBER_WORDS.findall(question)) >= \
            _SPECIFIC_WORDS:
        return question  # "On what date did the provincial government say that it would ban
        # anchoring on the reef and close four of the most damaged dive sites ...?" tells
        # which story by all it says
    return "" if any(elsewhere(noun) for _, _, noun in nouns) else question
