"""Asking for a span that dates a noun phrase: an event noun ("the attack on X") or a participle.

"the 2003 invasion of Iraq" asks "When was the invasion of Iraq?"; "militias formed to fight X
in 2014" asks "In what year were the militias formed to fight X?". Also the tests that tell
such a participle from the clause's finite verb.
"""

from __future__ import annotations

import re

from quiz.generate.clauses import (
    ADVERB, AUXILIARIES, BE, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS, SUBORDINATORS,
    Asked, Token, dangling, has_personal_pronoun, is_past_participle, is_simple_past, past_to_base,
    takes_that_clause, tidy,
)

#: How a question asks for an event given as a noun phrase: "When was the attack on X?"
_NP_VERB = {"agreement": "reached", "deal": "reached", "accord": "reached", "treaty": "signed",
            "ceasefire": "agreed", "truce": "agreed", "decision": "made", "announcement": "made",
            "request": "made", "resolution": "passed", "law": "passed", "report": "published"}
#: Nouns that name an event a date can belong to ("the 2003 invasion", "the attack on ...").
EVENT_NOUNS = frozenset("""
    attack strike airstrike assault invasion war battle bombing shooting election vote
    referendum ballot meeting summit talks negotiation agreement deal treaty accord ceasefire truce
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
# word sets the span tests use, built once (not on every call)
_DETERMINERS_OR_PREPOSITIONS = DETERMINERS | PREPOSITIONS
_DETERMINERS_BUT_ARTICLES = DETERMINERS - {"the", "a", "an"}
_CONJUNCTIONS_OR_PRONOUNS = CONJUNCTIONS | PRONOUNS
#: A count before a plural event noun ("six votes", "12 raids"), not a year ("the 2003 wars").
_COUNT = re.compile(r"^(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                    r"twelve|several|dozens|hundreds|many|numerous)$")
#: A number written in words: "to two" ends a change, it is no infinitive.
_NUMBER_WORD = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                          r"hundred|thousand|million|billion|zero|none|half)$")
#: Words that are no noun (a noun phrase cannot end on them).
NOT_NOUNS = DETERMINERS | PREPOSITIONS | AUXILIARIES | CONJUNCTIONS | PRONOUNS
#: Words that open or join clauses.
CLAUSE_WORDS = (SUBORDINATORS | CONJUNCTIONS) - {"as"}


def agent_after(tokens: list[Token], lo: int, first: int, last: int) -> bool:
    """Whether the span sits between a past participle after a noun and its agent ("the
    increase recommended last month by the commission", "the report published on Monday by
    the regulator"): the date is the participle's, asked as a passive."""
    verb = first - 1
    return last < len(tokens) and tokens[last].low == "by" and verb - 1 > lo and \
        tokens[verb].text.islower() and is_past_participle(tokens[verb].text) and \
        tokens[verb - 1].text.isalpha() and tokens[verb - 1].low not in NOT_NOUNS and \
        not is_verb(tokens, verb - 1) and not (
            ADVERB.match(tokens[verb - 1].text) and verb - 2 >= lo and
            tokens[verb - 2].low in AUXILIARIES)  # ("was first flagged last month by")


def participle_before(tokens: list[Token], lo: int, first: int) -> bool:
    """Whether the span follows a past participle that qualifies the noun before it rather
    than a finite verb: one with an agent ("rules adopted by regulators last year", after
    the clause's own verb), or one right before the span inside a noun phrase that follows a
    comma ("..., a breach of the rules introduced in 2023")."""
    agent = None
    for k in range(first - 1, max(lo, first - 5), -1):
        if tokens[k].low == "by":
            agent = k
            break
    verb = agent - 1 if agent is not None else first - 1
    if verb - 1 <= lo or not tokens[verb].text.islower() or \
            not is_past_participle(tokens[verb].text) or tokens[verb - 1].low in NOT_NOUNS or \
            not tokens[verb - 1].text.isalpha():
        return False
    if agent is not None:
        return not any(is_verb(tokens, k) for k in range(agent + 1, first)) and \
            any(is_verb(tokens, k) for k in range(lo, verb - 1))
    if _in_prepositional_phrase(tokens, lo, verb) or _after_an_object(tokens, lo, verb):
        return True
    if tokens[lo - 1].text != "," if lo > 0 else True:
        return False
    return tokens[lo].low in ("a", "an", "the") and \
        any(tokens[k].low in PREPOSITIONS for k in range(lo + 1, verb - 1)) and \
        not any(is_verb(tokens, k) for k in range(lo, verb)) and \
        any(is_verb(tokens, k) for k in range(0, lo - 1))


def _in_prepositional_phrase(tokens: list[Token], lo: int, verb: int) -> bool:
    """Whether the past form at ``verb`` follows the noun phrase of a preposition after the
    clause's own verb ("rejected the proposal in a referendum held ...", "blamed X on a tax
    imposed ..."): a participle qualifying that noun, not a finite verb."""
    k = verb - 1
    while k > lo and tokens[k - 1].low not in NOT_NOUNS and tokens[k - 1].text.isalpha() \
            and verb - k < 4:
        k -= 1
    if k > lo and tokens[k - 1].low in DETERMINERS:
        k -= 1
    return k > lo and tokens[k - 1].low in PREPOSITIONS and tokens[k - 1].low != "to" and \
        any(is_verb(tokens, j) for j in range(lo, k - 1))


def _after_an_object(tokens: list[Token], lo: int, verb: int) -> bool:
    """Whether the past form at ``verb`` follows the object of the clause's own verb ("signed
    players released in June"): a participle qualifying the object. A verb that takes a
    clause ("said prices rose in 2019") and a conjunction between the two ("signed players
    and released them") leave it a finite verb."""
    for k in range(verb - 2, lo - 1, -1):
        if tokens[k].low in CLAUSE_WORDS or not tokens[k].text[:1].isalnum():
            return False
        if is_verb(tokens, k):
            return tokens[k].low not in AUXILIARIES and not takes_that_clause(tokens[k].text)
    return False


#: Participles by which an event noun is dated ("a referendum held in May").
_HELD = frozenset({"held", "staged", "hosted", "organised", "organized", "played", "fought",
                   "run", "convened", "called"})


def held_event_before(tokens: list[Token], lo: int, first: int) -> bool:
    """Whether the span follows an event noun and "held" inside a prepositional phrase of
    the clause ("in a referendum held in May 2022"), which dates the clause's event too."""
    verb = first - 1
    if verb - 1 <= lo or tokens[verb].low not in _HELD:
        return False
    noun = tokens[verb - 1].low
    return (noun in EVENT_NOUNS or noun in _PLURAL_EVENTS) and \
        _in_prepositional_phrase(tokens, lo, verb)


def infinitive_between(tokens: list[Token], lo: int, first: int) -> bool:
    verb = next((k for k in range(first - 1, lo - 1, -1) if is_verb(tokens, k)), None)
    if verb is None:
        return False
    group = verb  # "expect the work to be finished by 2027": the verb of a passive or
    # perfect infinitive ("to be finished", "to have left") is the infinitive's
    while group > lo and tokens[group - 1].low in _INFINITIVE_AUXILIARIES:
        group -= 1
    if group > lo + 1 and group < verb + (tokens[verb].low in _INFINITIVE_AUXILIARIES) and \
            tokens[group - 1].low == "to" and not is_verb(tokens, group - 2) and \
            not is_past_participle(tokens[group - 2].text):
        return True  # (after an object only: "was set to be reopened" asks as written)
    return any(tokens[k].low == "to" and tokens[k + 1].text[0].islower()
               and tokens[k + 1].low not in DETERMINERS and not _is_plural_noun(tokens[k + 1].low)
               and not _NUMBER_WORD.match(tokens[k + 1].low)  # "from eight guards to two"
               and not tokens[k + 2].text[:1].isdigit()  # "to plus 9C", "to nearly 40%"
               for k in range(verb + 1, first - 1))


#: The auxiliaries of an infinitive's verb group ("to be finished", "to have been sold").
_INFINITIVE_AUXILIARIES = frozenset({"be", "been", "have", "being"})


def _is_plural_noun(word: str) -> bool:
    """Whether ``word`` after "to" reads as a plural noun ("close bridges to lorries"), not
    an infinitive ("to discuss", "to focus")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def is_verb(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` reads as a finite verb: an auxiliary, or a lower-case simple past
    not after a determiner ("the reported cases")."""
    word = tokens[k]
    if word.low in AUXILIARIES:
        return True
    return (is_simple_past(word.text) and word.text[0].islower()
            and (k == 0 or tokens[k - 1].low not in DETERMINERS))


_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ed", "ing", "ful", "ary", "ian", "ese", "ish",
                      "ly", "ant", "ent", "ern", "ar")


def _later_event(tokens: list[Token], head: int, first: int) -> bool:
    """Whether another event noun follows ``head`` before the date at ``first``, joined by a
    preposition other than "of" ("the rise in burglaries on the closure of ..."): the date
    may be either one's ("the start of the strike" is one event)."""
    for k in range(head + 1, first):
        word = tokens[k].low
        if word in EVENT_NOUNS or word.endswith("s") and word[:-1] in EVENT_NOUNS:
            before = k - 1
            while before > head and tokens[before].low in DETERMINERS:
                before -= 1
            if tokens[before].low in PREPOSITIONS and tokens[before].low != "of":
                return True
    return False


def np_question(text: str, tokens: list[Token], lo: int, first: int, last: int, hi: int,
                 np_wh: str) -> Asked | None:
    """"When was the attack on X?" for a span that dates an event noun phrase."""
    head = None
    for k in range(lo, first):
        word = tokens[k].low
        if word in EVENT_NOUNS or (word.endswith("s") and word[:-1] in EVENT_NOUNS):
            head = k
            break
    if head is None:
        return participle_question(text, tokens, lo, first, last, hi, np_wh)
    if head > 0 and tokens[head].low.endswith("s") and _COUNT.match(tokens[head - 1].low):
        return None  # "by six votes to two", "after three attacks": a count, not one event
    if head + 1 < first and tokens[head + 1].low in DETERMINERS:
        return None  # "Tourists visit the castle in July": a verb before its object
    if _later_event(tokens, head, first):
        return None  # "the rise in burglaries on the closure of the station in March": whose
        # date, the rise's or the closure's?
    start = head
    while start > lo:
        previous = tokens[start - 1]
        if previous.low in DETERMINERS or previous.low in PREPOSITIONS or \
                previous.text in ",;:" or previous.low.endswith(("'s", "’s", "s'", "s’")) or \
                previous.low in AUXILIARIES or previous.low in CONJUNCTIONS or \
                previous.low in {"responsible", "particularly", "especially"}:
            break
        start -= 1
    if start > 0 and tokens[start - 1].low == "to" and tokens[start].text[:1].islower():
        return None  # "plans to cut night flights by 2030": an infinitive, not an event noun
    verbal = _verb_after_head(text, tokens, start, head, first, last, hi, np_wh)
    if verbal is not None:
        return verbal
    verb_after = next((k for k in range(head + 1, first) if is_verb(tokens, k)), None)
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
    end = first - 1 if first - 1 > head and tokens[first - 1].low in PREPOSITIONS else first
    words = text[tokens[start].start:tokens[end - 1].end] if start < end else ""  # "storm of"
    after = text[tokens[last].start:tokens[hi - 1].end] if last < hi else ""
    if after and is_verb(tokens, last):
        after = f"that {after}"  # "the storm of March 2019 destroyed X": the storm that did
    if last < len(tokens) and tokens[last].low in ("that", "which", "who"):
        # keep a relative clause that identifies the event: "the strike ... that killed X"
        k = last
        while k < len(tokens) and tokens[k].text not in ",;.!?—–(":
            k += 1
        after = text[tokens[last].start:tokens[k - 1].end]
    phrase = tidy(f"{words} {after}")
    noun = tokens[head].low
    content = [w for w in phrase.split() if w.lower() not in _DETERMINERS_OR_PREPOSITIONS]
    named = any(w[:1].isupper() for w in content)
    if len(content) < (3 if named else 4) or len(phrase.split()) > 26:
        return None  # "the invasion" alone is too vague to ask about
    plural = noun in _PLURAL_EVENTS or (noun.endswith("s") and not noun.endswith("ss"))
    verb = _NP_VERB.get(noun.rstrip("s"), "")
    body = f"{'were' if plural else 'was'} the {phrase}" + (f" {verb}" if verb else "")
    if dangling(body) or has_personal_pronoun(body):
        return None
    return Asked(f"{np_wh} {body}?", f"the {phrase}")


def _verb_after_head(text: str, tokens: list[Token], start: int, head: int, first: int,
                     last: int, hi: int, wh: str) -> Asked | None:
    """"The last comparable flood hit Galați in April 2006": the word after the event noun
    is a past verb with an object (a name or a determiner follows), so the noun is the
    clause's subject and the question takes "did" ("When did the last comparable flood hit
    Galați?"), not "was"."""
    verb = head + 1
    if verb + 1 >= first or not tokens[verb].text.isalpha() or \
            not tokens[verb].text.islower() or tokens[verb].low in NOT_NOUNS:
        return None
    following = tokens[verb + 1]
    if not (following.text[:1].isupper() or following.low in DETERMINERS):
        return None
    base = past_to_base(tokens[verb].text)
    if base is None:
        return None
    determiner = tokens[start - 1].low if start > 0 and tokens[start - 1].low in DETERMINERS \
        else "the"
    subject = f"{determiner} {text[tokens[start].start:tokens[head].end]}"
    rest = text[following.start:tokens[first - 1].end]
    after = text[tokens[last].start:tokens[hi - 1].end] if last < hi else ""
    body = tidy(f"did {subject} {base} {rest} {after}")
    if dangling(body) or has_personal_pronoun(body):
        return None
    return Asked(f"{wh} {body}?", tidy(f"{subject} {tokens[verb].text} {rest} {after}"))


def participle_question(text: str, tokens: list[Token], lo: int, first: int, last: int,
                        hi: int, wh: str, agent: bool = False) -> Asked | None:
    """"militias formed to fight X in 2014" -> "In what year were the militias formed to
    fight X?". With ``agent`` (its agent follows the span: :func:`agent_after`) the
    participle is one wherever its noun stands ("rejected the offer made in March by the
    trust")."""
    for k in range(first - 1, lo, -1):
        word = tokens[k]
        if not (word.text[0].islower() and is_past_participle(word.text)):
            continue
        noun = tokens[k - 1]
        comma = noun.text == "," and k >= 2
        if comma:
            noun = tokens[k - 2]  # "The team, formed by miners in 1897, won": an appositive
        if noun.low in NOT_NOUNS or \
                not noun.text[0].isalpha():
            return None
        start = k - 2 if comma else k - 1
        floor = 0 if comma else lo
        while start > floor and tokens[start - 1].low not in _DETERMINERS_OR_PREPOSITIONS and \
                tokens[start - 1].text not in ",;:()" and tokens[start - 1].low not in AUXILIARIES:
            start -= 1
        opener = start - 1
        if opener >= 0 and tokens[opener].low in DETERMINERS:
            opener -= 1
        if not comma and not agent and (opener < 0 or not (tokens[opener].text == "," or
                                                           tokens[opener].low in PREPOSITIONS)):
            return None  # "the council agreed ...": a finite verb, not a participle
        if start > 0 and tokens[start - 1].low in _DETERMINERS_BUT_ARTICLES:
            return None  # "its team formed ...": whose team is not said here
        if any(t.low in _CONJUNCTIONS_OR_PRONOUNS for t in tokens[start:k]):
            return None
        noun_phrase = text[tokens[start].start:noun.end]
        rest = text[word.start:tokens[first - 1].end]
        if last < hi:
            rest += " " + text[tokens[last].start:tokens[hi - 1].end]
        name = all(w[:1].isupper() for w in noun_phrase.split()) and not (
            start > 0 and tokens[start - 1].low in DETERMINERS)  # "a Democrat elected in"
        be = "were" if noun.low.endswith("s") and not noun.low.endswith("ss") and not name \
            else "was"
        if not noun_phrase.lower().startswith("the ") and not name:
            noun_phrase = "the " + noun_phrase
        body = tidy(f"{be} {noun_phrase} {rest}")
        if dangling(body) or (len(noun_phrase.split()) < 3 and not name) or \
                has_personal_pronoun(body):
            return None
        return Asked(f"{wh} {body}?", tidy(f"{noun_phrase} {be} {rest}"))
    return None
