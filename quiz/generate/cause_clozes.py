"""Cloze-only cause facts: the cause, effect or purpose an explicit causal link of a sentence
states ("... because ___.", "..., sending ___."), where no cause rule wrote a question of it.

A cloze needs no question, so the shape of the sentence around the link (a long subject,
reported speech with "it", a relative clause) does not matter: the link's side is found from
its connective to the end of its clause, and only a clean span is kept (whole words, 2-25 of
them, no quotation cut, no small word at its end, no bare pointer such as "the closure").
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterator, Sequence

from quiz.generate.cause_after import JUDGED_THAT
from quiz.generate.cause_c_reasons import (
    after_gives_reason, as_gives_reason, since_gives_reason, when_gives_reason,
)
from quiz.generate.cause_connectives import FOR_DOING, over_is_reason
from quiz.generate.facts import AnswerKind, Article, Fact
from quiz.generate.grammar import AUXILIARIES, VAGUE_NOUNS, is_past_tense
from quiz.generate.ids import normalise
from quiz.generate.syntax import find_clauses
from quiz.model import Category

#: The most fallback clozes one sentence gives.
_PER_SENTENCE = 2
_MIN_WORDS, _MAX_WORDS = 2, 25
#: Words the rest of the sentence must keep besides the gap.
_REST_WORDS = 5

_CAUSE_LINKS = (r"because\s+of|because|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|"
                r"in\s+response\s+to|in\s+retaliation\s+for|in\s+the\s+wake\s+of|amid|citing|"
                r"in\s+protest\s+(?:at|against|over)|for\s+fear\s+of|out\s+of\s+(?:concern|fear)\s+"
                r"(?:for|that|about|over)|(?<=\s)for(?=\s)|(?<=\s)over(?=\s)|"
                r"blaming|(?<=which\s)blamed(?!\s+(?:on|for|it|them)\b)|on(?=\s+fears?\b)|"
                r"after(?=\s+(?:[\w'’-]+\s+){1,4}(?:showed|found|revealed|confirmed|concluded)"
                r"\s+that\b)")
_AGENT_LINKS = (r"(?:caused|triggered|sparked|driven|fuell?ed|prompted)\s+by|blamed\s+on|"
                r"attributed\s+to|made\s+possible\s+by|traced\s+to|pointed\s+to|"
                r"(?:stemmed|stems|stem)\s+(?:(?:largely|mainly|partly|mostly)\s+)?from")
_EFFECT_LINKS = (r"(?:led|leads|lead|(?<=,\s)leading)\s+to|"
                 r"(?:resulted|results|(?<=,\s)resulting)\s+in|"
                 r"(?:forced|prompted|(?<=,\s)(?:forcing|prompting))\s+(?:[\w'’-]+\s+){1,5}?to"
                 r"(?=\s+[a-z]+\b)|caused|which\s+meant|meant(?!\s+(?:to|for)\b)|"
                 r"(?<=,\s)(?:sending|making|prompting|causing|so(?!\s+(?:that|far|much|many|"
                 r"long|as|too|called)\b))|"
                 # a participle of effect on someone or something after the act's clause
                 r"(?P<effected>(?<=,\s)(?:jamming|stranding|delaying|blocking|disrupting|halting|"
                 r"depriving|trapping|wiping|damaging|destroying|killing|injuring|flooding|"
                 r"leaving))")
_PURPOSE_LINKS = (r"so\s+that|in\s+order\s+to|aimed\s+at|in\s+(?:a|an)\s+(?:bid|effort|attempt)\s+"
                  r"to")
#: A clause that gives a reason after a comma: ", since ...", ", as ..." (kept only when a
#: finite verb follows soon: ", since 2019" is a time).
_CLAUSE_LINKS = (r"(?<=,\s)(?:since|as(?!\s+(?:part|well|a|an|soon|long|far|if|"
                 r"though|of|such|usual|expected|planned|ever|is|was)\b)"
                 r"(?!\s+(?:much|many|few|little|recently|early|late)\s+as\b))")
#: Every link, by the side of it that is gapped (the cheap test first: no connective word, no
#: fact).
_LINK = re.compile(
    rf"\b(?=[abcdfhijklmoprstw])(?:(?P<purpose>{_PURPOSE_LINKS})|(?P<agent>{_AGENT_LINKS})|"
    rf"(?P<cause>{_CAUSE_LINKS})|(?P<effect>{_EFFECT_LINKS})|(?P<clause>{_CLAUSE_LINKS})|"
    rf"(?P<after>(?<=\s)after)|(?P<since>(?<=[a-z]\s)since)|(?P<when>(?<=[a-z]\s)when))\s+",
    re.I)
#: Words one of the links holds, written lower-case (a fronted "To ..." is looked for at
#: the sentence's start, past any dateline).
_CUES = ("because", "due to", "owing to", "thanks to", "result of", "resulted in",
         "resulting in", "results in", "response to", "retaliation", "wake of", "amid",
         "citing", "blamed", "blaming", "fears", "showed that", "found that", "revealed that",
         "confirmed that", "concluded that", "caused", "triggered by", "sparked by",
         "driven by", "fuelled by", "fueled by", "prompted", "prompting", "attributed to",
         "possible by", "traced to", "pointed to", "stem", "led to", "lead to", "leads to", "leading to",
         "forced", "forcing", "causing", "meant", "sending", "making", ", so ", "so that",
         ", jamming", ", stranding", ", delaying", ", blocking", ", disrupting", ", halting",
         ", depriving", ", trapping", ", wiping", ", damaging", ", destroying", ", killing",
         ", injuring", ", flooding", ", leaving",
         "order to", "aimed at", ", since", ", as ", "protest", "fear of", "out of",
         "bid to", "effort to", "attempt to", "fined", "jailed", "banned", "suspended",
         "sentenced", "sacked", "fired", "dismissed", "expelled", "arrested", "charged",
         "convicted", "punished", "penalis", "penaliz", "docked", "deducted", "disqualified",
         "reprimanded", "prosecuted", "struck off", "sent off", "criticis", "criticiz", "pay cut",
         "fine ", "ban ", "suspension", "penalty", "deduction", "reprimand", " since ",
         " when ",
         "praised", "sued", " over ", " after ")
#: "for" is a link only as a penalty's reason ("was fined £500 for dumping rubbish"), told by
#: the penalty verb before it.
_PENAL_BEFORE = re.compile(r"\b(?:fined|jailed|banned|suspended|sentenced|sacked|fired|dismissed|"
                           r"expelled|arrested|charged|convicted|punished|penalised|penalized|"
                           r"docked|deducted|disqualified|reprimanded|prosecuted|struck\s+off|"
                           r"sent\s+off|criticised|criticized|praised|sued|pay\s+cut|fine|ban|"
                           r"suspension|penalty|deduction|reprimand)\b"
                           r"(?:[^,;:.]|(?<=\d)[,.](?=\d)){0,50}$")  # ("fined NZ$400,000 for")
#: A fronted reason: "Because X, Y ...", "Owing to X, Y ...", "To win approval, X agreed".
_FRONTED = re.compile(r"(?P<cause>Because\s+of|Because|Owing\s+to|Due\s+to|Thanks\s+to|"
                      r"As\s+a\s+result\s+of|In\s+response\s+to|Amid)\s+|"
                      r"(?P<purpose>To)\s+(?=[a-z]{3,}\s)(?!(?:date|the|a|an|this|that|his|"
                      r"her|its|their|some|many|most)\b)")
#: "was due to open", "were due to headline": a plan, not a reason.
_DUE_PLAN = re.compile(r"\b(?:is|are|was|were|be|been|not)\s+(?:\w+ly\s+)?$", re.I)
#: The opening of a reason after "due to": a determiner, a noun or adjective ("due to high
#: winds", "due to delays"), not a verb ("due to begin").
_REASON_START = re.compile(r"(?:a|an|the|its|their|his|her|our|this|that|these|those|some|"
                           r"high|low|heavy|poor|bad|strong|weak|lack|[A-Z0-9][\w'’-]*|"
                           r"[a-z]+(?:s|ing|ion|ity|ment|ness|ure|ance|ence|cy|al|ed|ive|ous|ic)\b|"
                           r"[a-z]{3,}(?=[,.;]|$))")  # (or one word ending the clause: "due to fog")
#: A change that a reason after ", as" explains.
_CHANGE = re.compile(r"\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|increased|"
                     r"decreased|declined|dropped|climbed|slowed|soared|surged|jumped|slumped|"
                     r"plunged|plummeted|eased|tumbled|rallied|weakened|strengthened|shrank|"
                     r"doubled|halved)\b")
#: "was prompted by" is an agent, "was caused by" too: a passive verb before "by" is read as
#: such; an active one ("The storm caused") is an effect link only when no "by" follows.
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)

#: What ends a link's side: the end of the sentence, a semicolon or dash, a bracket, a
#: second reported clause or a clause opened after a comma.
_HARD_END = re.compile(r"[;:(]|\s[–—-]\s|\s+and\s+then\b|\s+but\s+|\.(?=\s|$|[”\"’'])|[?!]|"
                       # a second reported clause or act: "by X and that Y", "and said Y"
                       r"\s+and\s+(?:that|said|says|added|warned)\b")
_CLAUSE_OPENERS = frozenset("""
    which who whom whose where when while whereas but and although though since so as after
    before until unless if according said says told added adding saying then with including
    not even despite because yet or nor than it he she they we i
""".split())
_REPORTING = re.compile(r"^(?:[\w'’.-]+\s+){0,5}?(?:said|says|told|added|announced|reported|"
                        r"wrote|warned|heard|ruled|noted|claimed|argued|insisted|explained|"
                        r"stated|confirmed|alleged|believes|believe|believed)(?=$|[\s,.;])")
_AS_USUAL = re.compile(r"(?:it|they|he|she|we)\s+(?:always\s+|usually\s+|often\s+)?"
                       r"(?:do|does|did|has|have|had|is|are|was|were|will|would)\b"
                       r"(?!\s+(?:not|no|been|to)\b)"
                       r"(?=\s+(?:after|when|in|every|each|for|with)\b|[,.])", re.I)
#: Words no gap ends on (the phrase would read as cut off).
_CUT_OFF = frozenset("""
    of to the a an and or but nor in on at by for from with into onto about than as that which
    who whom whose what its their his her our your my this these those is are was were be
    been has have had will would could should can may might must not
""".split())
#: A bare pointer: "the closure", "this", "it" (what?).
_POINTER_HEADS = frozenset("the this that these those its their his her it they them".split())
_PRONOUNS = frozenset("it they this that he she we them these those".split())
_QUOTES = '"“”'


def cause_clozes(article: Article, facts: Sequence[Fact]) -> list[Fact]:
    """Cloze-only cause facts for the links the cause ``facts`` do not already answer."""
    told: dict[int, list[Fact]] = {}
    for fact in facts:
        told.setdefault(fact.sentence.index, []).append(fact)
    out: list[Fact] = []
    for sentence in article.sentences:
        if sentence.is_heading or len(sentence.text) < 25 or "\n" in sentence.text:
            continue
        sides = _sides(sentence.text)
        if not sides:
            continue
        # (a fact without a question answers a link only when its cloze can gap it)
        known = [normalise(text) for fact in told.get(sentence.index, ())
                 for text in ((fact.answer, fact.question) if fact.question else
                              (gap_of(sentence.text, fact.answer),))]
        # a reason a question only asks about ("Why have premiums tripled?" of "are covered
        # because premiums have tripled as claims rose") is not yet answered as a reason
        answers = [normalise(text) for fact in told.get(sentence.index, ())
                   for text in ((fact.answer,) if fact.question.startswith("Why ") else
                                (fact.answer, fact.question) if fact.question else
                                (gap_of(sentence.text, fact.answer),))]
        added = 0
        for kind, answer in sides:
            if _answered(answer, answers if kind is AnswerKind.CAUSE else known):
                continue
            out.append(Fact(category=Category.CAUSE, kind=kind, article=article.file,
                            sentence=sentence, question="", answer=answer,
                            value=normalise(answer)))
            known = [*known, normalise(answer)]
            added += 1
            if added == _PER_SENTENCE:
                break
    return out


def _answered(answer: str, known: Sequence[str]) -> bool:
    """Whether a fact of the sentence already asks or answers most of ``answer``."""
    words = set(normalise(answer).split()) - _CUT_OFF
    if not words:
        return True
    return any(len(words & set(text.split())) >= 0.5 * len(words) for text in known if text)


def _links(text: str) -> Iterator[tuple[AnswerKind, str]]:
    """The gappable sides of the sentence's causal links, in reading order."""
    from quiz.generate.article import without_dateline
    from quiz.generate.figure_vague import inside_quote

    body = without_dateline(text)
    offset = len(text) - len(body)
    fronted = _FRONTED.match(body)
    if fronted is not None:
        kind = AnswerKind.PURPOSE if fronted.group("purpose") else AnswerKind.CAUSE
        end = body.find(", ", fronted.end())
        if end > 0:
            span = _clean(body[fronted.end():_list_end(body, fronted.end(), end)])
            if span and (kind is AnswerKind.CAUSE or _infinitive(span)):
                yield kind, span
    told = 0  # the end of the last side found: a link inside it is part of it
    for match in _LINK.finditer(text, offset + (fronted.end() if fronted else 0)):
        start = match.end()
        if match.start() < told or inside_quote(text, match.start()):
            continue
        group = match.lastgroup
        link = match.group(0).lower()
        if link.strip() == "for" and (not _PENAL_BEFORE.search(text, offset, match.start()) or
                                        not FOR_DOING.match(text, match.start() - 1)):
            continue  # ("used for cooking", "for three matches": no reason)
        if link.strip() == "over" and not over_is_reason(text, match.start(), start):
            continue  # ("over the weekend", "took over the firm", "a row over X")
        if link.startswith("due") and (_DUE_PLAN.search(text, max(0, match.start() - 30),
                                                       match.start()) or
                                       not _REASON_START.match(text, start)):
            continue  # "was due to open", "a regulator due to begin": a plan
        reasoned = group == "clause" and link.startswith("as") and as_gives_reason(text, start)
        if group == "clause" and link.startswith("as") and \
                not _CHANGE.search(text, offset, match.start()) and not reasoned:
            continue  # ", as protesters chanted": a time, unless a change is explained
            # ("Prices rose ..., as buyers anticipated smaller catches") or the clause can only
            # be a reason ("as they did not prevent X", "as miners pay farmers")
        if group == "effect" and link.startswith(("caused", "prompted", "forced", "led")) and \
                _BE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "was forced to ground": a passive, no link ("caused by" is an agent)
        if match.group("effected") and not _acted_before(text, match.start()):
            continue  # ("The plan, costing £90,000, was rejected": no act before it)
        end = _clause_end(text, start)
        if link.startswith(("blamed", "blaming")) and 0 < text.find(" for ", start, end):
            end = text.find(" for ", start, end)  # "(which) blamed/blaming X for Y": X is the cause
        span = _clean(_before_next_link(text[start:end]), group == "cause" and
                      link.startswith(_NOUN_LINKS)) if end > start else ""
        if not span:
            continue
        if match.group("effected") and (span.split()[0].lower() in _OBJECT_PRONOUNS or
                                        link.startswith("leaving") and
                                        not _LEFT_IN.search(span)):
            continue  # (", leaving the hospital on crutches": a departure, no effect)
        if group == "after" and not after_gives_reason(text, match, span):
            continue  # ("joined the club after the season ended": a time)
        judged = JUDGED_THAT.match(span) if group == "after" else None
        if judged is not None and len(span[judged.end():].split()) >= 3:
            span = span[judged.end():]  # ("after ruling that X": X is the reason gapped)
        if group == "since" and not since_gives_reason(text, match.start(), span):
            continue  # ("has lived in Paris since his father died": a time)
        if group == "when" and not when_gives_reason(text, match, span):
            continue  # ("was living in Paris when the war broke out": a time)
        if group == "clause" or link.startswith(("because ", "so ", "meant", "which meant",
                                                  "so that")) and not link.startswith(
                "because of"):
            if not reasoned and not _finite(span):
                continue  # ", since 2019", ", as part of": no reason
        if group == "clause" and (_REPORTING.match(span) or _AS_USUAL.match(span)):
            continue  # ", as the minister said": whose account, not why; ", as it does after
            # every failure": a habit, no reason
        kind = {"purpose": AnswerKind.PURPOSE, "effect": AnswerKind.EFFECT}.get(
            group or "", AnswerKind.CAUSE)
        if len(text.split()) - len(span.split()) < _REST_WORDS:
            continue
        told = start + len(span)
        yield kind, span


#: The state ", leaving X" puts someone in ("leaving thousands facing a detour", "leaving the
#: town without power"): what makes it an effect, not a departure.
_LEFT_IN = re.compile(r"\s(?:facing|searching|waiting|struggling|scrambling|needing|queuing|"
                      r"sleeping|without|with|unable|out\s+of|short\s+of|stranded|homeless|"
                      r"exposed|[a-z]+-dry|dry|dead|injured|empty)\b")


def _acted_before(text: str, comma: int) -> bool:
    """Whether a finite clause ends before a participle's comma (the act it is the effect of,
    not a subject it describes: "The plan, costing £90,000, was rejected")."""
    return any(clause.verb_end <= comma for clause in find_clauses(text))


def _clause_end(text: str, start: int) -> int:
    """Where the clause that opens at ``start`` ends: a hard stop, or a comma that opens
    another clause (", which", ", forcing", ", the minister said"), but not a comma inside a
    list ("rising costs, slow sales and the loss of a sponsor")."""
    hard = _HARD_END.search(text, start)
    stop = hard.start() if hard else len(text)
    comma = text.find(", ", start, stop)
    while comma >= 0:
        after = text[comma + 2:stop]
        first = after.split(None, 1)[0] if after.strip() else ""
        low = first.lower().strip("\"“”'’")
        if _REPORTING.match(after):
            return comma  # ", the court heard", ", Corrigan said"
        if low in _CLAUSE_OPENERS or low.endswith(("ing", "ed")) or first[:1].isdigit():
            return comma
        end = _list_end(text, comma + 2, stop)
        item = text[comma + 2:end]
        following = text[end + 2:_list_end(text, end + 2, stop)] if end < stop else ""
        if not (_LIST_AND.search(item) or len(item.split()) <= 4 and _LIST_AND.search(following)):
            return -1  # "flat, sparsely vegetated plains", ", the highest ever recorded":
            # no clear end of the clause (does it describe the gap or not?)
        comma = end if end < stop else -1
    return stop


#: The last item of a list ("... and the collapse of a deal").
_LIST_AND = re.compile(r"^(?:and|or)\s|\s(?:and|or)\s")


def _before_next_link(span: str) -> str:
    """``span`` up to the clause that states another link ("a signal fault and the road was
    shut due to a crash" -> "a signal fault"), when an "and" divides the two."""
    other = _LINK.search(span, 1)
    while other is not None and other.lastgroup in ("after", "since"):
        other = _LINK.search(span, other.end())  # ("weeks after X": a time, as a rule)
    if other is None:
        return span
    joint = span.rfind(" and ", 0, other.start())
    return span[:joint] if joint > 0 else span  # ("pressure on the finances amid falling
    # receipts": one cause)


def _list_end(text: str, start: int, stop: int) -> int:
    """The end of the list item that opens at ``start``: the next comma, or ``stop``."""
    comma = text.find(", ", start, stop)
    return comma if comma >= 0 else stop


def _clean(span: str, lone: bool = False) -> str:
    """``span`` trimmed, or "" when it is no clean side of a link (``lone``: one noun may be
    one, "because of ___" for "fatigue")."""
    span = span.strip().rstrip(",;:")
    if "," in span and " sa" in span:
        span = _CLOSING_SPEAKER.sub("", span)  # ("rice fields in five provinces, the ministry
        # said": whose account, no part of the side)
    words = span.split()
    if lone and len(words) == 1:
        return span if _LONE_NOUN.fullmatch(span) and span.lower() not in _NOT_LONE else ""
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return ""
    if words[-1].lower().strip(".,\"”’'") in _CUT_OFF:
        return ""
    if sum(span.count(q) for q in _QUOTES) % 2 or span.count("“") != span.count("”") or \
            span.count("(") != span.count(")"):
        return ""  # a quotation or a bracket cut in two
    if len(words) <= 2 and words[0].lower() in _POINTER_HEADS or \
            words[0].lower() in ("this", "that") and len(words) > 1 and \
            words[1].lower() not in ("is", "was", "has", "had") or \
            len(words) <= 3 and words[-1].lower() in VAGUE_NOUNS and \
            words[-2].lower() in _POINTER_HEADS:
        return ""  # "the closure", "this decision", "tackle the problem": what?
    if len(words) <= 3 and all(w.lower() in _PRONOUNS | _CUT_OFF for w in words[:-1]) and \
            words[-1].lower() in _PRONOUNS:
        return ""
    return span


#: A speaker closing a side: ", Vietnam's Ministry of Agriculture and Environment said".
_CLOSING_SPEAKER = re.compile(r",\s+[^,;:\"“”()]{2,70}?\s(?:said|says)$")
#: An object pronoun, which opens no effect worth gapping ("leaving ___" - "him with a
#: broken jaw": whom?).
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me", "you"})


#: Links a noun phrase follows, which one noun may fill.
_NOUN_LINKS = ("because of", "due", "owing", "thanks", "amid", "as a result", "in response",
               "in the wake", "for fear", "in retaliation", "over", "for")
#: One noun that may be a whole reason ("because of fatigue", "due to illness", "amid
#: Brexit"): a word of letters, not a pronoun, a pointer, a vague noun or a time.
_LONE_NOUN = re.compile(r"[A-Za-z][a-z]{2,}(?:-[a-z]{3,})?")
_NOT_LONE = frozenset("""
    this that these those them they it which what whom there here what others other
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    time times work home reasons reason something anything nothing everything him you one
    two six ten all any few both each many more most much none own well
""".split()) | VAGUE_NOUNS | _CUT_OFF


def _finite(span: str) -> bool:
    """Whether a finite verb stands among the first words of ``span`` (a clause, not a
    phrase)."""
    words = [w.strip(",").lower() for w in span.split()[1:7]]
    return any(w in AUXILIARIES or is_past_tense(w) or w in _PRESENT for w in words)


#: Common present-tense verbs of a reason ("since the farm accounts for less than 1%").
_PRESENT = frozenset("""
    accounts depends lacks needs remains means makes takes holds owns controls faces uses
    belongs seems appears
""".split())


def _infinitive(span: str) -> bool:
    """Whether a fronted "To ..." purpose reads as one ("To win approval"): a verb then more."""
    first = span.split(None, 1)[0].lower()
    return first.isalpha() and not first.endswith(("ed", "ing")) and len(span.split()) >= 2


@lru_cache(maxsize=4096)
def _sides(text: str) -> tuple[tuple[AnswerKind, str], ...]:
    """The gappable sides of the causal links of ``text`` with their kinds (cached: the
    fallback and every cause cloze of the sentence read it)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES) and "To " not in text[:40]:
        return ()  # (most sentences: no connective; the words are cheaper to look for than
        # the expression)
    return tuple(_links(text))


def link_sides(text: str) -> tuple[str, ...]:
    """The sides of the causal links ``text`` states that a cloze may gap."""
    return tuple(span for _, span in _sides(text))


def gap_of(text: str, answer: str) -> str:
    """The part of a cause ``answer`` a cloze of ``text`` may gap: the answer when it is a
    whole side of a link (:func:`link_sides`), the answer without its connective when it
    opens with one ("thanks to longer trains" -> "longer trains") or without what runs
    on past its clause, else ""."""
    sides = link_sides(text)
    if answer in sides:
        return answer
    return next((side for side in sides if answer.endswith(f" {side}") and
                 _LINK.fullmatch(answer[:-len(side)]) is not None or
                 answer.startswith(f"{side}, ")), "")  # ("weeks of warm water, which
    # reached 32C, said the author": the answer ran on past its clause)
