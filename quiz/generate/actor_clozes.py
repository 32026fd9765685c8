"""Cloze-only actor facts: a named person or body acting in a sentence ("X said", "run by X",
"according to X", "analysts at X", "a grant from X") that no actor rule asked about, gapped
in the verbatim sentence.

A cloze needs no question, so a long subject, an apposition ("The organiser, Perth-based X,
announced") or reported speech does not stop it; a name used as a place ("in Oslo"), inside a
quotation, or one the sentence names again is never gapped (the card checks see to the rest:
the story's own subject alone, a role gapped with its name, a give-away).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quiz.generate.actor_causatives import made_to_act
from quiz.generate.facts import AnswerKind, Article, Fact
from quiz.generate.grammar import is_participle, is_past_tense
from quiz.generate.ids import normalise
from quiz.generate.lexicon import TITLE_WORDS
from quiz.generate.mentions import Mention, find_mentions
from quiz.model import Category

#: The most fallback clozes one sentence gives.
_PER_SENTENCE = 2
#: (not countries: a country in a sentence is mostly a place, "that Romania accounted for")
_ACTOR_KINDS = frozenset({AnswerKind.PERSON, AnswerKind.ORGANISATION, AnswerKind.GROUP})
#: Verbs that tell an actor acting, right after its name (besides any simple past).
_PRESENT_VERBS = frozenset("""
    says say warns warn argues argue estimates estimate plans plan expects expect believes
    believe claims claim wants want accuses accuse blames blame calls call owns own runs run
    denies deny insists insist
""".split())
_AUXILIARY = frozenset("has have had will would could can may might must is are was were also "
                       "previously later earlier then now still already both jointly together"
                       .split())
#: People of a body, and what a body gives: "analysts at X", "scientists from X", "a grant
#: from X", "wrote to X".
_BODY_PEOPLE = re.compile(
    r"\b(?:(?:analysts|researchers|scientists|forecasters|economists|experts|officials|"
    r"engineers|doctors|lawyers|inspectors|investigators|staff|strategists|astronomers|"
    r"crews|volunteers|paramedics|officers|detectives|firefighters|rescuers|nurses|surgeons|"
    r"specialists|academics|epidemiologists|auditors|curators|archaeologists|historians|"
    r"geologists|meteorologists|biologists|ecologists|teams?|workers|agents|students)\s+"
    r"(?:at|from|with)|(?:spokesperson|spokesman|spokeswoman|representative)\s+for|"
    r"(?:grant|grants|funding|loan|donation|bid|offer|investment|payment|"
    r"warnings?|calls?|criticism|complaints?|objections?|opposition|pressure|statement|"
    r"letter|announcement)\s+from|"
    r"(?:wrote|written|writes|appealed|complained|reported)\s+to|according\s+to)"
    r"\s+(?:the\s+)?(?:(?!(?:of|in|at|for|to|from|with|on|by|as|and|or)\b)"
    r"(?![\w'’-]+ing\b)[\w'’&.-]+\s+){0,3}$", re.I)
#: A body named by its kind before its name ("the industry body Live Music Australia").
_BODY_NOUNS = frozenset("""
    body group agency firm company association organisation organization charity union council
    institute watchdog regulator brokerage operator carrier broadcaster network bank fund
    authority federation society foundation developer manufacturer retailer insurer lender
""".split())
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'’&.-]+\s+){0,3}$")
_QUOTES = '"“”'


def actor_clozes(article: Article, facts: Sequence[Fact]) -> list[Fact]:
    """Cloze-only actor facts for the acting names the actor ``facts`` do not answer."""
    from quiz.generate.figure_vague import inside_quote

    told: dict[int, list[Fact]] = {}
    for fact in facts:
        told.setdefault(fact.sentence.index, []).append(fact)
    out: list[Fact] = []
    for sentence in article.sentences:
        text = sentence.text
        if sentence.is_heading or len(text) < 25 or "\n" in text:
            continue
        acting = list(_acting(text))
        if not acting:
            continue
        known = [normalise(form) for fact in told.get(sentence.index, ())
                 for form in (fact.answer, *fact.accept)]
        added = 0
        seen: set[str] = set()
        for mention, kind in acting:
            key = normalise(mention.name)
            if key in seen or any(key in form or form in key for form in known if form):
                continue
            seen.add(key)
            if any(q in text for q in _QUOTES) and inside_quote(text, mention.start):
                continue
            out.append(Fact(category=Category.ACTOR, kind=kind, article=article.file,
                            sentence=sentence, question="", answer=mention.name, value=key))
            added += 1
            if added == _PER_SENTENCE:
                break
    return out


def _acting(text: str) -> Iterator[tuple[Mention, AnswerKind]]:
    """The names of ``text`` written where someone acts, with their kinds."""
    mentions = find_mentions(text)
    for at, mention in enumerate(mentions):
        if mention.possessive or len(mention.name) < 3:
            continue  # "Nordlys's largest investor": whose, not who
        kind = mention.kind
        if kind is AnswerKind.COUNTRY:
            if _state_acts(text, mention, mentions[at + 1:at + 2]):
                yield mention, kind  # "after Norway and the Faroe Islands rejected a deal"
            continue
        if kind not in _ACTOR_KINDS:
            if not mention.name[:1].isupper() or not _named_as_body(
                    text[max(0, mention.role_start - 24):mention.role_start]) and not (
                    mention.name.endswith(" League") and _league_acts(text, mention)):
                continue
            kind = AnswerKind.ORGANISATION  # "the industry body Live Music Australia", "The
            # Premier League fined": a league that acts is its governing body
        if kind is AnswerKind.PERSON and mention.has_the and not mention.role:
            continue  # "when the Agia Marina overturned": a ship, a building, no person
        if mention.name.rsplit(None, 1)[-1].lower() in TITLE_WORDS:
            continue  # "Scotland's Community Safety Minister, Fiona Rennie": a post
        before = text[max(0, mention.role_start - 60):mention.role_start]
        if not mention.role and _cut_name(before):
            continue  # "The All India Chess Federation" read from "India": a name cut short
        # (each expression is looked for only where its words stand: they are anchored at
        # the end, and a search tries every start)
        if " to " in text and made_to_act(text, before, mention.end):
            yield mention, kind  # "The floods forced the Environment Agency to close ..."
            continue
        said = "said" in before or "says" in before or "added" in before or "told" in before
        if (" at " in before or " from " in before or " to " in before or " with " in before
                or " for " in before) and _BODY_PEOPLE.search(before) or \
                said and (_SAID_BEFORE.search(before) or _SAID_LAST.search(before) and
                          _LAST_SPEAKER.match(text, mention.end)) or \
                "by " in before and _BY.search(before) and _agent_by(before) or \
                _subject(text, mention, before) or \
                text.startswith(" and ", mention.end) and _pair_first(text, mention, mentions[
                    at + 1:at + 3], before):
            yield mention, kind


#: A speaker named last: "..., said Laura Benítez, an infectious disease specialist." (not
#: "The chief executive, David Okafor, said Coral Air was disappointed": what follows the
#: name must be the speaker's apposition or the sentence's end).
_SAID_LAST = re.compile(r",\s+(?:said|says|added)\s+(?:[a-z][\w'’-]*\s+){0,3}$")
_LAST_SPEAKER = re.compile(r"(?:,\s+(?:an?|the|who)\s|\.$)")


def _pair_first(text: str, mention: Mention, following: Sequence[Mention],
                before: str) -> bool:
    """Whether ``mention`` is the first of two names that act together ("Coach X and captain
    Y both criticised", "The X Agency and Y issued"): the next name follows its "and" and a
    verb follows that name."""
    other = next((m for m in following if not m.possessive), None)
    if other is None or other.kind is not mention.kind or _PAIR_GAP.fullmatch(
            text, mention.end, other.role_start) is None:
        return False
    rest = text[other.end:]
    if rest.startswith(", ") and _verb_first(rest[2:]):
        return _APPOSITION_HEAD.search(before) is not None  # "The two unions that signed
        # the deal, X and the Y, said"
    return _verb_first(rest) and _OPENS.search(before) is not None


#: What stands between two names acting together: "and", then maybe "the", an owner and a
#: role ("AeroAndina and Peru's Pacífico Airlines", "X and captain Y").
_PAIR_GAP = re.compile(r" and (?:the )?(?:[A-Z][\w-]*['’]s )?(?:[a-z][\w-]* ){0,2}")


def _state_acts(text: str, mention: Mention, following: Sequence[Mention]) -> bool:
    """Whether a country's name opens a clause whose verb is an act of a state ("Norway
    rejected the deal", "Norway and the Faroe Islands rejected"), not of a place
    ("Romania accounted for a third of the grain")."""
    end = mention.end
    if following and following[0].kind in (AnswerKind.COUNTRY, None) and text[
            end:following[0].role_start] in (" and ", " and the "):
        end = following[0].end
    before = text[max(0, mention.role_start - 60):mention.role_start].removesuffix("the ")
    return _STATE_ACT.match(text, end) is not None and (
        _OPENS.search(before) is not None or before.endswith(" and ") and _STATE_ACT.search(
            text, 0, mention.role_start) is not None)


#: What a state does, right after its name (or the second of two).
_STATE_ACT = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+|both\s+|jointly\s+)?"
                        r"(?:rejected|agreed|announced|signed|approved|vetoed|blocked|imposed|"
                        r"recalled|expelled|banned|accused|demanded|refused|threatened|"
                        r"condemned|pledged|declared|voted|ratified|withdrew|suspended|"
                        r"summoned|retaliated|sanctioned)\b")


def _league_acts(text: str, mention: Mention) -> bool:
    """Whether a league's name is the subject of a governing body's act ("The Football
    League docked", "fined by the Premier League"), not a competition ("won the League")."""
    before = text[max(0, mention.role_start - 60):mention.role_start]
    return _LEAGUE_ACT.match(text, mention.end) is not None or \
        before.endswith("by the ") and _agent_by(before)


#: What a league's governing body does, right after its name.
_LEAGUE_ACT = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:said|says|fined|docked|"
                         r"charged|banned|suspended|announced|ruled|confirmed|warned|ordered|"
                         r"approved|rejected|opened|launched|investigated|punished|expelled|"
                         r"sanctioned|deducted|imposed)\b")


def _cut_name(before: str) -> bool:
    """Whether the word right before a name is capitalised in mid-sentence (part of the name
    the reader missed), not a possessive ("Peru's X") or a compound ("Perth-based X")."""
    words = before.split()
    if len(words) < 2 or words[-2][-1:] in ".!?:\"”":
        return False
    last = words[-1]
    return last[:1].isupper() and "-" not in last and not last.endswith(("'s", "’s")) and \
        last not in ("The", "A", "An")


def _named_as_body(before: str) -> bool:
    """Whether a body noun stands right before the name ("the brokerage X"), written in
    lower case (in "Network Rail" it is the name's own first word)."""
    words = before[-24:].rsplit(None, 1)
    return bool(words) and words[-1].islower() and words[-1].strip(",") in _BODY_NOUNS


def _subject(text: str, mention: Mention, before: str) -> bool:
    """Whether ``mention`` opens a clause and a verb follows it, maybe past an apposition
    ("X, a teacher, was elected") or a relative clause ("X, which runs the lifts"), or is
    itself the apposition of one ("The organiser, Perth-based X, announced")."""
    rest = text[mention.end:]
    if rest.startswith(", "):
        if _RELATIVE.match(rest):
            return True  # "Colara Impianti, which runs the resort's seven lifts"
        if _verb_first(rest[2:]):
            return _APPOSITION_HEAD.search(before) is not None
        close = rest.find(", ", 2)
        if close < 0 or close > 80 or any(q in rest[:close] for q in _QUOTES):
            return False
        rest = rest[close + 2:]
    elif rest.startswith(" of "):
        body = _OF_BODY.match(rest)
        if body is None:
            return False
        rest = rest[body.end():]  # "Le Thanh Binh of the Hanoi Institute for Urban Studies
        # cautioned"
    if not _verb_first(rest):
        return False
    return _OPENS.search(before) is not None


#: The body a person is "of", written in capitals ("of the Hanoi Institute for Urban
#: Studies").
_OF_BODY = re.compile(r" of (?:the )?[A-Z][\w'’&.-]*"
                      r"(?: (?:(?:for|of|and) )?[A-Z][\w'’&.-]*){0,6}(?= [a-z])")


#: A clause's start, then at most three words of a role ("Council member ", "union
#: president ", "The neighbourhood group "), or the reporting verb of an inverted speaker
#: ('," said ').
_OPENS = re.compile(r"(?:^|[,;:]\s+|[”\"]\s+|\b(?:and|but|when|after|while|that|as|because|"
                    r"since|before|until|where|although|though|which|who)\s+)"
                    r"(?:(?!(?:of|in|at|for|to|from|with|on|by|into|over|under|about|said|"
                    r"says|told|added)\b)[\w'’-]+\s+){0,3}$")
#: The head of an apposition before a name: "The organiser, Perth-based ", "its largest
#: shareholder, the ".
_APPOSITION_HEAD = re.compile(r"(?:^|[,;:]\s+|[”\"]\s+|\b(?:and|but|when|after|while|that|as|"
                              r"because|since|before|until|where|although|though|said|says)\s+)"
                              r"(?:[\w'’-]+\s+){0,5}[\w'’-]+,\s+(?:the\s+)?"
                              r"(?:(?!(?:of|in|at|for|to|from|with|on|by|as)\b)[\w'’-]+\s+)"
                              r"{0,3}$")
#: A relative clause on the name: ", which runs", ", who set up".
_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:has\s+|have\s+|had\s+|will\s+)?"
                       r"(?:runs|owns|operates|manages|organises|organizes|publishes|makes|"
                       r"employs|represents|funds|built|founded|set\s+up|bought|sold|"
                       r"developed|designed|blamed|warned|said|says|announced|proposed)\b")
#: The reporting verb of an inverted speaker right before a name ('," said union
#: president X').
_SAID_BEFORE = re.compile(r"[”\"]\s+(?:said|says|added|told)\s+(?:the\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}$")


def _verb_first(rest: str) -> bool:
    """Whether ``rest`` opens on a verb (past any auxiliary or adverb)."""
    words = rest.split(None, 4)
    verb = next((w.strip(",.").lower() for w in words if w.lower() not in _AUXILIARY), "")
    return verb in _PRESENT_VERBS or is_past_tense(verb) or \
        bool(words) and words[0].lower() in ("has", "have", "had", "will", "would")


def _agent_by(before: str) -> bool:
    """Whether the "by" before a name is a passive's agent ("run by X", "was convicted of
    fraud by X"), not a place or a time ("by the river")."""
    head = before[:before.rfind("by")].split()
    if not head:
        return False
    if is_participle(head[-1].strip(",")):
        return True
    window = head[-8:]
    clause = next((i + 1 for i in range(len(window) - 1, -1, -1) if "," in window[i]), 0)
    window = window[clause:]  # (the words of the clause of "by")
    return any(word in ("was", "were", "been", "be", "is", "are") and i + 1 < len(window) and
               is_participle(window[i + 1]) for i, word in enumerate(window))
