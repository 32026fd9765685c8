"""What cause questions are made of: answer spans cut at clause ends, "Why did X ...?"."""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Sequence

from quiz.generate.grammar import (
    AUXILIARIES, VerbGroup, base_form, first_lower, is_participle, is_past_tense, is_pronoun,
    question_predicate, read_verb_group, tidy_span, word_count,
)
from quiz.generate.lexicon import ORG_WORDS
from quiz.generate.mentions import Token
from quiz.generate.syntax import Clause

NOT_BASE = frozenset("""
    the a an this that these those his her its their our my your be non-combat all some
    any each every one two three four five six seven eight nine ten date over under about
    around more less than between among within without into onto about nearly almost just
    only as at by for from in of on up down out off per via power office work traffic school
    hospital court market prison jail bed sea land home church town class dinner lunch
    breakfast trial victory safety life justice light pieces death
""".split())
#: Where an answer span ends. Every way opens with a character of the first look-ahead, tried
#: first: a cheap test at every position ("[;:]|\s+[;:]" is "\s*[;:]" without a repeat at each).
_SPAN_END = re.compile(r"(?=[\s;:,—\"”.])(?:[;:]|\s+[;:]|,(?=\s)|,[\"”]|"
                       r"\s(?=(?:while|whereas|although|though|until|unless)\b)|"
                       # a second reported clause or act: "because of X and that Y",
                       # "because of X and said Y"
                       r"\s(?=and\s+(?:that|said|says|added|adds|warned|insisted)\b)|"
                       r"\s[—–-]\s|—|[\"”],|\.\.\.|\s\(|\n)")
#: An apposition set off by commas inside a clause, before the clause's verb.
#: (or a person's name: "a researcher in the Netherlands, Pieter de Graaf, alerted ...", a
#: relative clause: "after a nurse at the clinic, who has not been named, reported ...", or
#: a place)
_APPOSITION_SKIP = re.compile(r",\s+(?:(?:an?|the)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}|"
                              r"(?:(?:some|many|most|all|none|one|each|several|both|few)\s+of\s+)?"
                              r"(?:who|whom|which)\s+[^,;:\"“”()]{3,60}?|"
                              # a place: "after the volcano, on Indonesia's remote islands,
                              # erupted"
                              r"(?:on|in|at|off|near)\s+[^,;:\"“”()]{3,50}?|"
                              r"[A-Z][\w’'-]+(?:\s+(?:(?:de|van|von|der|den|da|di|du|del|la|le|"
                              r"bin|al|el)\s+)?[A-Z][\w’'-]+){1,3}),\s+"
                              r"(?=(?:[a-z]+ed|has|had|was|were|is|are|found|won|lost|made|took|"
                              r"gave|showed|began|broke|struck|told|said|saw|wrote|sent|spent|"
                              r"left|ran|came|went|got|held|put|set|hit|cut|paid|brought|caught|"
                              r"sold|bought|knew|became|fell|stole|drove|flew|threw|tore|"
                              r"would|will|could|can|may|might|must|should)\s)")
#: A comma between two adjectives of one noun: "flat, sparsely vegetated plains", "a long,
#: bitterly fought campaign" (an adverb and a participle after it, then the noun).
_ADJECTIVE_BEFORE = re.compile(r"\b(?:and|a|an|the|its|their|his|her|with)\s+[a-z]+$")
_COORDINATE_ADJECTIVE = re.compile(r",\s+(?=[a-z]+ly\s+[a-z]+(?:ed|en)\s+(?!(?:as|by|in|on|at|"
                                   r"to|for|with|from|into|that|the|an?|and|or|but|after|"
                                   r"before|since|until|over|under|than)\b)[a-z]{3,})")
#: The rest of a list after its first item's comma: ", shops and farms" (short items, none a
#: clause of its own or a speaker).
_LIST_ITEM = r"(?![a-z]+ing\b|[a-z]+ed\b|(?:and|or|but|which|who|where|when|while|he|she|it|" \
             r"they|the\s+\w+\s+said)\b)" \
             r"[a-z][\w’'-]*(?:\s+(?!(?:said|says|and|or)\b)[a-z][\w’'-]*){0,2}"
_LIST_ON = re.compile(rf"(?:,\s+{_LIST_ITEM})+,?\s+(?:and|or)\s+(?=[a-z])")
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose|where)\b")
_DANGLING_END = frozenset({"of", "the", "a", "an", "to", "and", "or", "in", "on", "at", "for",
                           "with", "by", "from", "that", "which", "its", "their", "as"})
_SAY_WORDS = ("said", "says", "told", "added")
_SAY = re.compile(r"\s(?:said|says|told|added)\s")
TRAILING_ADVERB = re.compile(
    r"[\s,]+(?:particularly|especially|largely|mainly|partly|apparently|reportedly|allegedly|"
    r"only|just|again|also|even|in part)\s*$", re.IGNORECASE)
#: Subjects that are a number with nothing counted ("thousands were sent back").
_BARE_QUANTITIES = frozenset({"thousands", "hundreds", "dozens", "millions", "scores", "many",
                              "some", "others", "most", "several"})
#: Words no noun phrase ends with: a subject ending so was cut short by a misreading.
_NO_NOUN_END = frozenset({"several", "many", "some", "the", "a", "an", "its", "their", "his",
                          "her", "our", "of", "in", "on", "at", "for", "from", "with", "and",
                          "or", "most", "all", "both", "each", "every"})
_POINTS_BACK = re.compile(r"^(?:these|those|this|that)\s", re.IGNORECASE)
VAGUE_SUBJECT = re.compile(r"^(?:its|their|his|her|our|this|that|it|they)\b", re.IGNORECASE)
DEMONSTRATIVE = re.compile(r"^(?:it|this|that|these|those|they|them|he|she)\b", re.IGNORECASE)
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "these", "those",
                          "this", "that", "our"})
MAX_ANSWER = 32
MAX_COORDINATED = 42


class Ending:
    """A pattern of words that must end the text before a point (anchored with ``$``, only
    spaces and commas after its words), with the letters those words can end in: a cheap
    test first, since trying a pattern at every position before the point is slow."""

    __slots__ = ("finals", "pattern")

    def __init__(self, pattern: str, finals: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        #: matched with the pattern's own flags, so with its case folding
        self.finals = re.compile(f"[{finals}]", flags)


def ends_with(ending: Ending, text: str, end: int, width: int = 48) -> bool:
    """Whether ``ending`` matches just before ``end`` in ``text``: searched in the last
    ``width`` characters only, not tried at every position before (word boundaries and
    look-behinds still see the characters before the window)."""
    start = max(0, end - width)
    last = end - 1
    while last >= start and (text[last].isspace() or text[last] == ","):
        last -= 1  # (``\s`` is what ``str.isspace`` tells)
    if last < start or ending.finals.match(text, last) is None:
        return False
    return ending.pattern.search(text, start, end) is not None


def cut_span(text: str, start: int) -> str | None:
    """The phrase starting at ``start``, cut at the next clause boundary; ``None`` if long."""
    tail = text[start:]
    cut = _SPAN_END.search(tail)
    if cut is not None and cut.group() == ",":
        skipped = _APPOSITION_SKIP.match(tail, cut.start()) or _LIST_ON.match(
            tail, cut.start()) or _ADJECTIVE_BEFORE.search(
                tail, 0, cut.start()) and _COORDINATE_ADJECTIVE.match(tail, cut.start())
        if skipped is not None:  # "researchers at X, a Dutch charity, matched ...": one clause
            # ("would force many bars, shops and farms to cut jobs": one list)
            cut = _SPAN_END.search(tail, skipped.end())
    span = tail[: cut.start()] if cut else tail
    # (the words looked for first: the pattern is tried at every space)
    for say in _SAY.finditer(span) if any(map(span.__contains__, _SAY_WORDS)) else ():
        if word_count(span[: say.start()]) >= 5 and not _RELATIVE_WORD.search(
                span, 0, say.start()):  # "... the discussions said the U.S. ..." (but not
            # "a consultation in which 54% of respondents said they opposed it": its own)
            span = span[: say.start()]
            break
    words = span.split()
    if words and words[-1].lower() in _DANGLING_END:
        return None
    span = tidy_span(span)
    if word_count(span) > MAX_ANSWER and too_long(span):
        first = min((i for i in (span.find(", "), span.find(" and to ")) if i > 0), default=-1)
        if first <= 0:
            return None
        span = tidy_span(span[:first])
        if too_long(span):
            return None
    return span or None


def too_long(span: str) -> bool:
    """Whether ``span`` is too long for an answer; two coordinated aims ("to formulate X and
    to initiate Y") may run longer, as half of them would be half an answer."""
    count = word_count(span)
    return count > MAX_ANSWER and (count > MAX_COORDINATED or " and to " not in span)


_VERB_AFTER_DATE = re.compile(r"\x00\s+(?:was|were|is|are|has|have|had|will|would|did|does|"
                              r"could|can|must|should)\b")
_INCLUDING = re.compile(r",\s+(?:including|notably|mostly|mainly)\b[^,;:]*(?=,)")
# (and the thousands separator of "80,000 cars" is no comma between phrases either)
_DATE_COMMA = re.compile(r"(?<=\d),(?=\s+\d{4}\b)|(?<=\b\d{4}),(?=\s|$)|(?<=\d),(?=\d{3}\b)")


def without_trailing_adverb(text: str) -> str:
    """``text`` without an adverb closing it (:data:`TRAILING_ADVERB`): looked for only when
    ``text`` ends in a letter those adverbs end in (the pattern is tried at every space)."""
    if text.rstrip()[-1:].lower() not in _ADVERB_FINALS:
        return text
    return TRAILING_ADVERB.sub("", text)


_ADVERB_FINALS = frozenset("ynot")


def predicate_before(text: str, clause: Clause, end: int) -> str | None:
    """The clause's words between its verb group and ``end`` (a connective), tidied."""
    if end <= clause.verb_end:
        return ""
    body = _INCLUDING.sub("", text[clause.verb_end:end]).rstrip(" “")
    if body.endswith("\"") and body.count("\"") % 2:
        body = body.rstrip(" \"")  # (a quote opening, not one closing: 'to last "48 hours"')
    if any(ch in body for ch in ";:—"):
        return None
    # "on June 15, 2014, following ...": the date's commas do not end the predicate
    body = body.strip().rstrip(",")
    if "," in body:
        body = _DATE_COMMA.sub("\x00", body)
    if "\x00" in body and _VERB_AFTER_DATE.search(body):
        return None  # "the law, which was passed in 2019, was designed": the main verb follows
    body = without_trailing_adverb(" " + body.strip().rstrip(",\x00"))
    body = body.strip().rstrip(",\x00").strip()
    body = _APPOSITIVE_END.sub("", body)  # "rose 7.1%, the fastest pace since 2019,"
    if "," in body:
        return None
    body = body.replace("\x00", ",")
    words = body.split()
    if words and (words[0].lower() in AUXILIARIES or any(
            w.lower() in {"that", "if", "unless", "whether"} for w in (
                _RELATIVE_THAT.sub(" ", body).split() if " that " in body else words))):
        return None  # (a "that" clause is another statement, but not "groups that did not")
    if len(words) > 18:
        # "ordered Rydo to reinstate 137 drivers who were removed from its app by ...": the
        # act without the relative clause that only says which drivers
        # (or "rejected the company's final offer of a 3.5% pay rise and a bonus of ...": the
        # offer without the figures that only say what it held)
        relative = _LONG_RELATIVE.search(body) or _THE_THING.match(body) and _FIGURED_OF.search(
            body)  # (not "imposed a fine of €2m": which fine, without the rest?)
        if not relative or len(body[:relative.start()].split()) < 3:
            return None
        body = body[:relative.start()]
        words = body.split()
    if words and words[-1].lower() in {"it", "this", "that", "them", "so", "and", "or", "to",
                                       "the", "a", "of", "in", "on", "for"}:
        return None
    return body


#: A restrictive relative "that" after a plural noun, before its verb ("certificates from
#: groups that did not exist"): part of the object, not a reported statement.
_RELATIVE_THAT = re.compile(r"(?<=[a-z]s) that(?= (?:did|had|has|have|was|were|is|are|could|"
                            r"would|can|will)\b)")
#: A relative clause closing a predicate: "who" or "which" and a finite verb group after it.
_LONG_RELATIVE = re.compile(r"\s(?:who|which)\s+(?:were|was|are|is|had|have|has)\s+[a-z]")
#: What a noun's figures are, after it: "an offer of a 3.5% pay rise", "a fine of €2m".
_FIGURED_OF = re.compile(r"\s(?:of|worth)\s+(?:(?:an?|about|around|nearly|almost|up\s+to|"
                         r"more\s+than)\s+)?[$£€¥\d]")
#: A definite object: "the offer", "the company's final offer".
_THE_THING = re.compile(r"the\s|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s")
#: A noun phrase after a comma that restates the predicate's figure ("cut 1,800 jobs, about
#: 12% of its workforce"): the question reads well without it.
_APPOSITIVE_END = re.compile(r",\s+(?:or\s+)?(?:the|a|an|its|their|about|some|nearly|almost|"
                             r"roughly|around|one\s+of)\s+(?:(?!(?:and|or|but|that|which|who|was|were|is|are|"
                             r"has|have|had)\b)[^,\s]+\s*){1,7}$"
                             # a change against before: "raised it to $5m, up by half from 2024"
                             r"|,\s+(?:up|down)\s+(?:by\s+)?(?:[^,\s]+\s+){0,3}?(?:from|on)\s+"
                             r"[^,\s]+(?:\s+[^,\s]+){0,2}\x00?$"
                             # what the act costs: "a refund of two weeks' fares, at a cost of
                             # roughly C$18 million"
                             r"|,\s+at\s+an?\s+(?:estimated\s+|total\s+)?(?:cost|price)\s+of\s+"
                             r"[^,\s]+(?:\s+[^,\s]+){0,4}\x00?$")


def why_question(text: str, clause: Clause, end: int) -> str | None:
    """"Why did X do Y" for the clause, with its predicate up to ``end``; not for a subject
    that points back ("these attacks": which ones, out of the sentence before?)."""
    if is_pronoun(clause.subject) or _POINTS_BACK.match(clause.subject) or \
            clause.subject.lower() in _BARE_QUANTITIES:
        return None  # ("Why were thousands sent back?": thousands of what?)
    if clause.subject.rpartition(" ")[2].lower() in _NO_NOUN_END:
        return None  # ("Shares in several | listed Japanese game makers rose": a participle
        # misread as the verb, the noun phrase cut after a determiner)
    predicate = predicate_before(text, clause, end)
    if predicate is None:
        return None
    if clause.group.main in {"is", "are", "was", "were", "has", "have", "had"} and not predicate:
        return None  # ("hospitals, which have had to open wards": no act to ask about)
    if predicate.lower() in _NO_OBJECT:
        return None  # "Why could the group not afford more?": more what?
    if clause.group.main.lower() in _SAY_VERBS and _PASSIVE.isdisjoint(clause.group.words) \
            and not predicate.startswith(_STANCE_OBJECTS) and not (
                clause.group.main.lower() in _INSTRUCTING and _WARNED_TO.match(predicate)) \
            and not (
                clause.group.main.lower() == "argued" and predicate.startswith(_ARGUED_FOR)):
        # (not "have been told to watch for X because ...": an instruction, given for a reason;
        # nor "argued against the levy, citing X": a stance taken, not a report)
        return _reported_why(text, clause, predicate)
    second = last_conjunct(predicate) or (_and_conjunct(predicate) if " and " in predicate
                                          else None)
    if second is not None:
        subject = first_lower(clause.subject)
        planned = _planned(clause, predicate)
        if planned:
            # "The flight was originally planned for late 2024 but was postponed because X":
            # which postponement is told by the plan ("Why was the flight, originally planned
            # for late 2024, postponed?"), as an article on a delay tells several
            subject = f"{subject}, {planned},"
        inverted = question_predicate(subject, *second)
        return f"Why {inverted}" if inverted else None
    if "and" in predicate and _JOINED_VERB.search(predicate) and any(
            is_past_tense(w) for w in _JOINED_VERB.findall(predicate)) and not _shared_passive(
            clause, predicate):
        return None  # "started near a campground and spread quickly because of the wind":
        # the reason may belong to the second verb only
    if " or " in predicate and (alternative := _OR_VERB.search(predicate)) is not None and \
            is_past_tense(alternative.group(1)) and _PASSIVE.isdisjoint(clause.group.words):
        # "raised the scores or accepted fake papers": one act told two ways, which "did"
        # asks in the base form ("Why did staff raise the scores or accept fake papers")
        base = base_form(alternative.group(1))
        if base is None or len(clause.group.words) > 1:
            return None
        predicate = f"{predicate[:alternative.start(1)]}{base}{predicate[alternative.end(1):]}"
    group = clause.group
    if group.words in _POSSESSED and _OWNED.match(predicate):
        # "The town had no water": "had" is the verb itself, asked with "did" ("Why did the
        # town have no water?", not "Why had the town no water?")
        group = VerbGroup(group.words, group.words[0], _POSSESSED[group.words])
    inverted = question_predicate(first_lower(clause.subject), group, predicate)
    return f"Why {inverted}" if inverted else None


#: "had", "has", "have" as the only word of a verb group, and the tense each is read in.
_POSSESSED = {("had",): "past", ("has",): "present3", ("have",): "present"}
#: What such a "had" owns: a noun phrase ("no choice", "little water", "a deficit").
_OWNED = re.compile(r"(?:no|little|few|a|an|the|enough|more|less|too|some|any|its|their|his|"
                    r"her)\s+[a-z]")


#: A second verb joined by "or" ("raised the scores or accepted fake papers").
_OR_VERB = re.compile(r"\bor\s+([a-z]+ed|[a-z]+)\b(?=\s)")


def _planned(clause: Clause, predicate: str) -> str:
    """"originally planned for late 2024" of a passive plan ("was originally planned for late
    2024 but was postponed"), else ""."""
    words = clause.group.words
    if words[0] not in {"was", "were"} or clause.group.main.lower() not in _PLANS:
        return ""
    first = predicate.split(" but ", 1)[0].strip()
    if not first or "," in first or word_count(first) > 6:
        return ""
    return " ".join((*words[1:], first))


def _and_conjunct(predicate: str) -> tuple[VerbGroup, str] | None:
    """The verb group and the rest of the second of two predicates joined by "and" + an
    auxiliary ("lost his income and had to sell his car, which he had bought on credit," ->
    "had", "to sell his car"): a reason told after them belongs to the nearer one (a relative
    clause set off by commas is left out of it)."""
    joined = _AND_AUX.split(predicate)
    if len(joined) != 2 or not joined[0].strip():
        return None
    rest = _SET_OFF_RELATIVE.sub("", joined[-1]).strip().rstrip(",")
    words = rest.split()
    group = read_verb_group([w.lower() for w in words])
    if group is None or any(ch in rest for ch in ",;:"):
        return None
    return group, " ".join(words[len(group.words):])


#: "and" before a second verb group of the subject that opens with an auxiliary ("and had to
#: sell", "and was later released"; not "and disinfected", which may share a passive).
_AND_AUX = re.compile(r"\s+and\s+(?=(?:had|has|have|was|were|is|are|would|could|will)\s)")
_SET_OFF_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,;:\"“”()]{3,80}?,?$|"
                               r",\s+(?:which|who)\s+[^,;:\"“”()]{3,80}?,(?=\s)")


#: Passive participles of a plan: what a delay is told against.
_PLANS = frozenset({"planned", "scheduled", "expected", "due", "set", "meant", "slated"})


def last_conjunct(predicate: str) -> tuple[VerbGroup, str] | None:
    """The verb group and the rest of the last of two predicates joined by "but" ("had
    received a warning but had chosen to sail" -> "had chosen", "to sail"): a reason told
    after them belongs to the nearer one. ``None`` when no "but" joins two verbs."""
    if " but " not in predicate:
        return None
    joined = _BUT_VERB.split(predicate)
    if len(joined) < 2 or not joined[0].strip():
        return None
    words = joined[-1].split()
    group = read_verb_group([w.lower() for w in words])
    if group is None or any(ch in joined[-1] for ch in ",;:"):
        return None
    rest = " ".join(words[len(group.words):])
    return group, rest


#: "but" before a second verb group of the subject ("but had chosen", "but was held up").
_BUT_VERB = re.compile(r"\s+but\s+(?=(?:had|has|have|was|were|is|are|did|would|could|will|"
                       r"then|later|also|never|not|[a-z]+ed)\b)")


def _shared_passive(clause: Clause, predicate: str) -> bool:
    """"had been switched off and disinfected so that ...": a second participle that ends the
    predicate shares the passive auxiliary, and the reason is given for both acts."""
    joined = _JOINED_LAST.search(predicate)
    return joined is not None and is_participle(joined.group(1)) and _PASSIVE.intersection(
        clause.group.words) != set()


_JOINED_LAST = re.compile(r"\band\s+([a-z]+)$")
_PASSIVE = frozenset({"was", "were", "been", "be", "is", "are", "being"})
_NO_OBJECT = frozenset({"more", "less", "much", "enough", "so", "it", "that", "this", "them"})
_JOINED_VERB = re.compile(r"\band\s+([a-z]+)\b")
_SAY_VERBS = frozenset({"said", "says", "told", "tells", "added", "stated", "explained",
                        "argued", "insisted", "warned", "claimed"})
_COPULAS = frozenset({"is", "are", "was", "were"})
#: What "argued", "warned" take when they tell a stance, not a report ("argued against X").
#: "warned people to stay indoors", "told residents to leave": an instruction given, whose
#: reason is the giver's (not a report of someone else's act).
_WARNED_TO = re.compile(r"(?:(?!(?:was|were|is|are|had|has|have|would|will|that)\b)[\w’'-]+\s+)"
                        r"{1,3}?to\s+(?!(?:the|a|an|its|their|his|her|be)\b)[a-z]{3,}\b")
_INSTRUCTING = frozenset({"warned", "warns", "told", "tells", "urged", "urges", "advised",
                          "advises", "asked", "asks"})
_STANCE_OBJECTS = ("against ", "in favour of ", "in favor of ")
#: "argued for a smaller cut": a stance too (not "said for the first time").
_ARGUED_FOR = ("for a ", "for an ", "for the ", "for more ", "for less ", "for higher ",
               "for lower ")


def _reported_why(text: str, clause: Clause, predicate: str) -> str | None:
    """"X said the tax rise was necessary because Y": the reason is the reported clause's,
    not the saying's -> "Why, according to X, was the tax rise necessary?" (``None`` when the
    reported clause cannot be read)."""
    from quiz.generate.mentions import tokenize
    from quiz.generate.syntax import find_clauses

    body = _LEADING_TIME.sub("", predicate)  # ("said on Thursday it would ...")
    that = body.find("that ")
    if that >= 0 and (that == 0 or body[that - 1] == " ") and body[:that].count(" ") <= 3:
        body = body[that + 5:]  # "told reporters that ..."
    elif clause.group.main.lower() in {"told", "tells"}:
        return None
    sub = next((c for c in find_clauses(body, tokenize(body)) if c.first_token == 0), None)
    if sub is None:
        return None
    speaker = first_lower(written_subject(text, clause))
    if speaker.lower() == clause.subject.lower():
        speaker = clause.subject  # as the clause reader lowered it ("witnesses")
    if is_pronoun(speaker) or VAGUE_SUBJECT.match(speaker) and not VAGUE_SUBJECT.match(
            clause.subject):
        speaker = clause.subject  # "He said ...": the person the sentence before named (and
        # "His lawyer, Peter Wanjala, said": the name the reader took for the subject)
    itself = sub.subject.lower() in {"he", "she"} and speaker[:1].isupper() or \
        sub.subject.lower() == "it" and _PASSIVE.isdisjoint(sub.group.words) and (
            _body(speaker) or _apposed_body(text, clause))
    if not itself and (is_pronoun(sub.subject) or VAGUE_SUBJECT.match(sub.subject)
                       or _POINTS_BACK.match(sub.subject)):
        return None
    rest = sub.rest.rstrip(" ,.")
    if rest.lower() in _NO_OBJECT:
        return None  # "could the group not afford more?": more what?
    # "Ferreira said he chose Rovers because ...": the speaker's own act, asked of the speaker
    subject = speaker if itself else first_lower(sub.subject)
    second = last_conjunct(rest) or (_and_conjunct(rest) if " and " in rest else None)
    inverted: str | None
    if second is not None:
        inverted = question_predicate(subject, *second)
    elif sub.group.words[0] in _COPULAS and len(sub.group.words) == 1:
        if not rest:
            return None
        inverted = f"{sub.group.words[0]} {subject} {rest}"
    else:
        inverted = question_predicate(subject, sub.group, rest)
    if inverted is None:
        return None
    return f"Why {inverted}" if itself else f"Why, according to {speaker}, {inverted}"


#: A time between a saying verb and what it reports: "said on Thursday (that) it would".
_LEADING_TIME = re.compile(r"^(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday)|yesterday|today|last\s+(?:week|month|night)|"
                           r"earlier\s+this\s+(?:week|month))\s+(?=(?:that\s+)?[a-z])")


def _apposed_body(text: str, clause: Clause) -> bool:
    """Whether the clause's subject is told an organisation by the noun phrase set off after
    it ("Veltrix, the Berlin-based software company, said it would ...")."""
    apposed = _APPOSED_HEAD.match(text, clause.subject_end)
    return apposed is not None and apposed.end() == clause.verb_start and \
        apposed.group("head").lower() in ORG_WORDS


_APPOSED_HEAD = re.compile(r",\s+(?:the|an?)\s+[^,;:]{0,60}?\b(?P<head>[\w-]+),\s+")


def _body(speaker: str) -> bool:
    """Whether ``speaker`` is an organisation, which a reported "it" that acts stands for
    ("NAACC said it expected ...", "the ministry said it would ..."): an acronym or a name or
    "the X" whose last word is an organisation's."""
    words = speaker.split()
    if not words or is_pronoun(speaker):
        return False
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return True
    return words[-1].lower() in ORG_WORDS and (words[0][:1].isupper() or words[0] == "the")


def written_subject(text: str, clause: Clause) -> str:
    """The clause's subject as the sentence writes it (answers quote the sentence)."""
    return text[clause.subject_start:clause.subject_end]


def owning_clause(text: str, clauses: list[Clause], position: int) -> Clause | None:
    """The clause that owns the verb at ``position``; a coordinated verb takes the first."""
    own = next((c for c in clauses if c.verb_start <= position < c.verb_end), None)
    if own is not None:
        return own
    before = text[:position].rstrip()
    if before.endswith(("and", ", and")) and clauses and clauses[0].verb_end < position:
        return clauses[0]
    return None


def noun_phrase_before(toks: Sequence[Token], k: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that ends just before token ``k`` (for "X aimed at")."""
    j = k - 1
    first = None
    while j >= 0 and k - j <= 9:
        tok = toks[j]
        if tok.trail and j != k - 1:
            break
        low = tok.lower
        if low in DETERMINERS:
            first = j
            break
        if (low in AUXILIARIES or is_past_tense(low) and j < k - 1 and not tok.capitalised
                or j > 0 and toks[j - 1].lower in AUXILIARIES):
            first = j + 1
            break
        j -= 1
    if first is None or first >= k:
        return None
    return first, k - 1


_AFTER_HEAD = frozenset({"of", "in", "on", "for", "between", "with", "at", "by", "near", "from",
                         "outside", "inside", "across", "along", "to", "that", "which", "who"})


def head_noun(phrase: str) -> str:
    words = phrase.split()
    for i, word in enumerate(words):
        if word.lower() in _AFTER_HEAD and i > 0:
            return words[i - 1].lower()
    return words[-1].lower() if words else ""


_POINTER = re.compile(r"^(?:these|those|this|that)\s+(?P<noun>[a-z]{3,})$", re.IGNORECASE)
# a noun with up to two modifiers before it and a prepositional phrase after it; a dot after
# a capital ("U.S.") does not end the phrase
_ANTECEDENT = (r"(?<![\w-])(?P<mods>(?:[a-z][\w-]*\s+){{0,2}}){noun}"
               r"(?P<pp>\s+(?:on|against|in|by|of|over)\s+(?:[^,;:.()]|(?<=[A-Z])\.){{3,60}}?)?"
               r"(?=[,;:()]|(?<![A-Z])\.|\s+(?:and|since|after|before|while|as|to)\s|$)")
_PP_TIME = re.compile(r"\s+(?:on|in|at|since|last|this)\s+(?:[A-Z][a-z]+day|January|February|"
                      r"March|April|May|June|July|August|September|October|November|December|"
                      r"\d{4})\b.*$")
_NOT_MODIFIER = frozenset({"the", "a", "an", "of", "in", "on", "to", "and", "or", "for", "by",
                           "with", "at", "from", "its", "their", "his", "her", "these", "those",
                           "this", "that", "initiated", "launched", "began", "started"})


def points_back(subject: str) -> bool:
    """Whether :func:`resolve_pointers` reads ``subject`` as pointing back ("these attacks")."""
    return subject[:1] in "Tt" and _POINTER.match(subject) is not None


def resolve_pointers(clauses: list[Clause], before: str) -> list[Clause]:
    """Clauses whose subject points back ("these attacks") with the subject written out from
    the sentence before when it names exactly one such thing ("the regular attacks on U.S.
    forces in Iraq and Syria"); other pointing subjects are left for the rules to refuse."""
    out = []
    for clause in clauses:
        pointer = _POINTER.match(clause.subject) if before and clause.subject[:1] in "Tt" \
            else None  # ("these", "those", "this", "that": no other letter folds to "t")
        if pointer is not None:
            noun = pointer.group("noun").lower()
            found = list(re.finditer(_ANTECEDENT.format(noun=re.escape(noun)), before))
            if len(found) == 1:
                mods: list[str] = []
                for word in reversed(found[0].group("mods").split()):
                    if word.lower() in _NOT_MODIFIER or is_past_tense(word):
                        break  # "staged protests": a verb, not a modifier
                    mods.insert(0, word)
                subject = " ".join(["the", *mods, noun]) + _PP_TIME.sub(
                    "", found[0].group("pp") or "")
                clause = replace(clause, subject=subject)
        out.append(clause)
    return out
