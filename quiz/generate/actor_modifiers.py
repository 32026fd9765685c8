"""Actor facts from phrases around a noun: "by X", appositions, "X-backed", "known as X"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from quiz.generate.actor_speech import SAY_VERBS
from quiz.generate.actor_tense import post_verb
from quiz.generate.actor_acts import STUDY_NOUNS, study_agent
from quiz.generate.actor_phrases import (
    DETERMINERS, LEGAL_FORMS, NEVER_ACTORS, Actor, actor_for, first_lower_asker, mention_actor,
    org_asker,
)
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    AUXILIARIES, base_form, base_from_ing, first_lower, is_participle, is_past_tense, is_pronoun,
    participle_to_past, past_of, third_person,
)
from quiz.generate.lexicon import GROUP_WORDS, ORG_WORDS, TITLE_WORDS
from quiz.generate.mentions import Mention, Token, kind_of
from quiz.generate.syntax import Clause, trim_predicate

_EVENT_NOUNS = frozenset("""
    attack attacks strike strikes airstrike airstrikes assault assaults invasion killing
    killings assassination bombardment bombing bombings shelling raid raids offensive
    takeover acquisition purchase ban sanctions crackdown occupation blockade
""".split())
_KNOWN_AS = re.compile(r"\b(?:known as|called|dubbed|calling (?:themselves|itself)|"
                       r"(?:who|which|that) calls? (?:themselves|itself))\s+")


def agent_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                clauses: list[Clause]) -> Iterator[tuple[str, Actor, str]]:
    """Agents of passives and of participles: "run by X", "a report by X"."""
    for question, actor, subject in _agent_facts(text, toks, mentions, clauses):
        last = question.rsplit(" ", 1)[-1]
        if last in _DEGREE and question.startswith(f"{actor.asker} "):
            # "a programme partly funded by X" -> "Which ... partly funded the programme"
            at = len(actor.asker) + 1
            question = f"{question[:at]}{last} {question[at:question.rfind(' ')]}"
        yield question, actor, subject


def _agent_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                 clauses: list[Clause]) -> Iterator[tuple[str, Actor, str]]:
    lowers = [t.lower for t in toks]
    for b, word in enumerate(lowers):
        if word != "by" or b < 2 or b + 1 >= len(toks) or toks[b - 1].trail:
            continue
        prev = lowers[b - 1]
        if prev in STUDY_NOUNS and b >= 2:
            d = next((k for k in range(b - 2, max(-1, b - 5), -1) if lowers[k] in DETERMINERS
                      or toks[k].trail or not toks[k].core.islower()
                      and not toks[k].core.isdigit()), -1)  # ("a 2019 report by")
            if d >= 0 and lowers[d] in DETERMINERS and not toks[d].trail:
                # ("the 212-page report by", "a new review by": modifiers may stand between)
                yield from study_agent(text, toks, mentions, b, clauses, d)
                continue
        agent_end = _agent_end(toks, b + 1)
        named = next((m for m in mentions if toks[b].end < m.role_start <= toks[b].end + 5
                      and m.end > agent_end), None)
        if named is not None:
            agent_end = named.end  # "by the Maritime and Port Workers' Federation": one name
        actor = None
        described = _DESCRIBED_AGENT.match(text, toks[b].end)
        if described is not None:
            # "by Saint Brendan's former chairman, Robert Linwood, in 2023": the name is the agent
            inner = next((m for m in mentions if m.role_start == described.end()), None)
            if inner is not None and text[inner.end:inner.end + 1] in {",", ".", ""}:
                actor = mention_actor(inner)
                agent_end = inner.end
                if actor is not None and actor.kind is AnswerKind.PERSON:
                    actor = actor._replace(asker="Who")
        if _AND_ANOTHER.match(text, agent_end) and not _OR_ACRONYM.match(text, agent_end):
            continue  # "brokered by Turkey and the United Nations": not one agent (", or
            # ADU," is the agent's own short name)
        actor = actor or actor_for(text, toks, mentions, toks[b + 1].start, agent_end) or \
            _named_agent(text, toks, mentions, b)
        if actor is None:
            continue
        if is_participle(prev) and toks[b - 1].core.islower():
            first = b - 1
            if b >= 4 and lowers[b - 2] == "and" and not toks[b - 3].trail and \
                    is_participle(lowers[b - 3]) and toks[b - 3].core.islower():
                first = b - 3  # "The rocket, built and operated by X, ...": both X's acts
            thing = _name_before_comma(text, toks, mentions, first)
            if not thing and first == b - 1 and b >= 5 and lowers[b - 2] == "and":
                thing = _named_thing(text, toks, mentions, lowers, b - 2)
            if thing:
                past = participle_to_past(prev)
                if past is not None and first < b - 1:
                    done = participle_to_past(lowers[first])
                    past = f"{done} and {past}" if done is not None else None
                if past is not None:
                    if thing.startswith("the ") and thing[4:].islower():
                        thing += _what_it_did(text, agent_end)
                    yield f"{actor.asker} {past} {thing}", actor, f"{prev} {thing}"
                continue
            yield from _passive_agent(text, toks, lowers, b, actor, clauses, mentions=mentions)
            continue
        aside = next((k for k in range(b - 2, max(0, b - 5), -1) if is_participle(lowers[k])
                      and toks[k].core.islower() and toks[k - 1].trail == ","
                      and not any(toks[j].trail for j in range(k, b))), None)
        if aside is not None:  # "Polaris, founded in 2017 by X, employs ...": when, then who
            thing = _name_before_comma(text, toks, mentions, aside)
            past = participle_to_past(lowers[aside]) if thing else None
            if past is not None:
                when = text[toks[aside].end:toks[b].start].strip()
                yield f"{actor.asker} {past} {thing} {when}", actor, f"{lowers[aside]} {thing}"
            continue
        p = next((k for k in range(b - 2, max(0, b - 8), -1) if is_participle(lowers[k])
                  and (lowers[k - 1] in _BE or _adverb(lowers[k - 1]) and lowers[k - 2] in _BE)
                  and (k > b - 5 or lowers[k + 1] in _WHEN_OR_WHERE or lowers[k + 1] in
                       _COMPLEMENTS and "and" in lowers[k + 2:b])), None)
        # ("was set in Berlin in 2019 by X": a longer way from the verb only for a place or time)
        if p is not None and not any(toks[k].trail for k in range(p, b)):
            yield from _passive_agent(text, toks, lowers, b, actor, clauses, p, mentions)
        else:
            yield from _nominal_agent(text, toks, lowers, b, actor)


_BE = frozenset({"was", "were", "been", "is", "are"})
_WHEN_OR_WHERE = frozenset({"in", "on", "at", "during", "last", "earlier"})
#: Prepositions of a verb's complement, which may list two things ("convicted of fraud and
#: embezzlement by X").
_COMPLEMENTS = frozenset({"of", "for", "with", "over"})
#: After "by": a description and a comma before the agent's name ("the student newspaper, ",
#: "Saint Brendan's former chairman, ").
_DESCRIBED_AGENT = re.compile(r"\s+(?:the\s+|its\s+|their\s+|"
                              r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+)"
                              r"(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*,\s+(?:[Tt]he\s+)?")
#: Adverbs of how much, before a participle: "a programme partly funded by X".
_DEGREE = frozenset({"partly", "partially", "largely", "mostly", "mainly", "wholly", "fully",
                     "jointly", "privately", "publicly"})
#: Adverbs that stand between "was" and a participle and stay with the verb in the question.
_MID_ADVERBS = frozenset({"first", "later", "also", "already", "once", "initially", "jointly",
                          "originally", "formally", "officially", "recently", "previously"})


def _adverb(word: str) -> bool:
    """"was first proposed", "was jointly run": an adverb that can open a verb group."""
    return word in _MID_ADVERBS or word.endswith("ly") and len(word) > 4


_AND_ANOTHER = re.compile(r",?\s+(?:and|or)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[A-Z]|[a-z]+"
                          r"(?:maker|company|firm|group|partner|partners|rival|government)\b)")
#: ", or ADU,": a body's acronym given as another name of it, after the name.
_OR_ACRONYM = re.compile(r",?\s+or\s+[A-Z][A-Z&]{1,9}(?=[\s,.;)]|$)")
#: What may stand between "by" and the name: "the", "Houston-based".
_BEFORE_AGENT = re.compile(r"(?:the|(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-based)")


def _named_agent(text: str, toks: Sequence[Token], mentions: list[Mention],
                 b: int) -> Actor | None:
    """The name right after "by", when more words follow it ("built by Houston-based Orbis
    Lunar touched down ...": the agent ends with the name)."""
    by_end = toks[b].end
    m = next((m for m in mentions if by_end < m.role_start <= by_end + 40), None)
    gap = text[by_end:m.role_start].strip() if m is not None else ""
    if m is None or m.possessive or gap and not _BEFORE_AGENT.fullmatch(gap) and not (
            m.kind is AnswerKind.PERSON and _PERSON_NOUNS.fullmatch(gap)
            and not any(w in _NOT_ROLE_WORDS for w in gap.split())):
        return None  # ("led by retired schoolteacher Declan Moran": her description first)
    after = toks[m.last_token + 1] if m.last_token + 1 < len(toks) else None
    if after is not None and not toks[m.last_token].trail and (
            after.capitalised or after.lower in {"of", "and", "for", "in"}) and \
            after.core not in LEGAL_FORMS:
        return None  # the name may go on ("run by Vestlaks AS": its legal form, not more)
    return mention_actor(m)


#: Participles of holding something, whose reduced relative tells what is so now: "the site
#: run by X" -> "Which organisation runs the site?" (not "ran").
_STATE_PARTICIPLES = {"run": "runs", "owned": "owns", "operated": "operates",
                      "managed": "manages", "controlled": "controls"}
#: One to three lower-case words describing a person before her name ("retired teacher").
_PERSON_NOUNS = re.compile(r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
#: Words that do not describe a person ("by more than", "by then").
_NOT_ROLE_WORDS = frozenset({"more", "than", "less", "then", "and", "or", "a", "an", "his",
                             "her", "their", "its", "as", "at", "of", "in", "on", "to",
                             "for", "about", "some", "up"})
_OWNING_PREPOSITIONS = frozenset({"from", "of", "at", "in", "with", "for", "to"})
#: A preposition right before a name: the name completes another noun phrase.
_OF_SOMETHING = re.compile(r"\b(?:from|of|at|in|for|with|by|to)\s+(?:the\s+)?$")


def _name_before_comma(text: str, toks: Sequence[Token], mentions: Sequence[Mention],
                       p: int, relative: bool = False) -> str:
    """"National Renewal, led by X", "The talks, hosted by Qatar, ...": what the participle
    describes ("" if none). A plain noun phrase must open the clause, unless ``relative`` (a
    "which" clause follows it: "at the Oakfield depot, which is run by X")."""
    if p < 1 or toks[p - 1].trail != ",":
        return ""
    m = next((m for m in mentions if m.last_token == p - 1 and not m.possessive), None)
    if m is not None:
        if m.kind is AnswerKind.PERSON or _OF_SOMETHING.search(text, 0, m.role_start):
            return ""  # "A team from the University of X, led by Y": Y led the team
        return f"the {m.name}" if m.has_the else m.name
    k = p - 2
    while k >= 0 and p - 1 - k <= 4 and not toks[k].trail and toks[k].lower not in DETERMINERS:
        k -= 1
    if k < 0 or toks[k].lower != "the" or toks[k].trail or k > 0 and not toks[k - 1].trail and \
            not (relative and toks[k - 1].lower in _BEFORE_BARE_NP) or \
            any((not toks[j].core.isalpha() or not toks[j].core.islower()) and not (
                j < p - 1 and all(toks[i].core[:1].isupper() for i in range(k + 1, j + 1)))
                for j in range(k + 1, p)):
        return ""  # "The talks, hosted by ...": a plain noun phrase opening the clause (a
        # name may say which: "The Aurora-2 rocket, built by ...", "the Isaac Ridge mine")
    return "the " + " ".join(toks[j].core for j in range(k + 1, p))


def _what_it_did(text: str, agent_end: int) -> str:
    """" that began at 8 a.m." of "The stoppage, called by X (SNTH), began at 8 a.m. and
    ...": what the sentence says the thing a participle describes did, which tells which one
    it is ("" if the aside is not followed by its verb)."""
    did = _DID_AFTER.match(text, agent_end)
    if did is None:
        return ""
    done = did.group(1)
    verb = done.split(" ", 1)[0]
    if done.endswith(".") and did.end() == len(text) and "." not in done.rsplit(" ", 1)[-1][:-1]:
        done = done[:-1]  # the sentence's stop (not an abbreviation's: "6 a.m.")
    if verb not in _AUX_OPENERS and not is_past_tense(verb) or done.endswith("."):
        return ""  # (a question may not end "a.m?")
    return f" that {done}"


#: After an aside's agent: its verb and what follows, to the next comma or "and".
_DID_AFTER = re.compile(r"(?: \([^()]{1,40}\)|\))?, ([a-z]+(?: [\w.'’-]+){1,8}?)(?= and |, |; |\.$|$)")
_AUX_OPENERS = frozenset({"has", "have", "had", "was", "were", "is", "are", "will"})


def _named_thing(text: str, toks: Sequence[Token], mentions: Sequence[Mention],
                 lowers: list[str], conj: int) -> str:
    """"The vaccine, known as MVX-2 and made by X": what the participle describes with the
    name it is known by ("the vaccine known as MVX-2"), "" if the words before ``conj`` (the
    "and") are not such a naming."""
    named = next((m for m in mentions if m.last_token == conj - 1), None)
    if named is None or toks[conj - 1].trail:
        return ""
    at = named.first_token
    for key in _NAMINGS:
        start = at - len(key)
        if start >= 1 and tuple(lowers[start:at]) == key and toks[start - 1].trail == "," and \
                not any(toks[j].trail for j in range(start, at)):
            thing = _name_before_comma(text, toks, mentions, start)
            return f"{thing} {' '.join(key)} {named.name}" if thing else ""
    return ""


#: What names a thing after its noun: "known as", "called", "dubbed", "named".
_NAMINGS = (("known", "as"), ("called",), ("dubbed",), ("named",))


def _agent_end(toks: Sequence[Token], k: int) -> int:
    end = k
    while end < len(toks) and end - k < 8:
        tok = toks[end]
        if tok.lower in {"in", "on", "at", "to", "for", "with", "from", "during", "after",
                         "that", "which", "who", "since", "as", "and", "over"} and end > k:
            break
        end += 1
        if tok.trail or tok.raw in {"—", "–"}:
            break
    last = toks[end - 1]
    return last.start + len(last.lead) + len(last.core)


#: Acts of telling whose message follows the agent: the question would leave it out.
_TOLD_WHAT = frozenset({"told", "informed", "notified", "advised", "warned", "reminded",
                        "assured", "asked", "urged"})


def _passive_agent(text: str, toks: Sequence[Token], lowers: list[str], b: int, actor: Actor,
                   clauses: list[Clause], p: int | None = None,
                   mentions: Sequence[Mention] = ()) -> Iterator[tuple[str, Actor, str]]:
    p = b - 1 if p is None else p
    middle = text[toks[p].end:toks[b].start].strip() if p < b - 1 else ""
    past = participle_to_past(lowers[p])
    if past is None:
        return
    aux = lowers[p - 1] if p >= 1 else ""
    if aux in {"been", "was", "were", "is", "are", "being", "be"} or (
            p >= 2 and _adverb(lowers[p - 1]) and lowers[p - 2] in {"been", "was", "were"}):
        if aux in {"is", "are", "was", "were"} and p >= 3 and lowers[p - 2] in {"which", "who"}:
            # ("carried out at Riverside Hospital, which is run by X": the clause finder's
            # subject would be "out at Riverside Hospital")
            yield from _relative_passive(text, toks, mentions, lowers, p, actor)
            return
        clause = next((c for c in clauses if c.verb_token <= p <= c.verb_token + 4), None)
        if clause is None or is_pronoun(clause.subject):
            return
        adverb = lowers[p - 1] if _adverb(lowers[p - 1]) else ""
        words = clause.group.words
        if words[0] in _MODALS and aux == "be":
            base = base_form(lowers[p])
            if base is None:
                return
            verb = f"{words[0]} {adverb} {base}".replace("  ", " ")  # "will be made by X"
        elif "been" in words or aux == "been":
            verb = f"has {adverb} {lowers[p]}".replace("  ", " ")
        elif words[0] in {"is", "are"}:
            base = base_form(lowers[p])
            if base is None:
                return
            verb = f"{adverb} {third_person(base)}".strip()
        else:
            verb = f"{adverb} {past}".strip()
        obj = first_lower(clause.subject)
        if is_pronoun(obj) or obj.lower().startswith(("this ", "these ", "those ")) or \
                past in _TOLD_WHAT:
            return  # ("Staff were told by X that ...": "Which union told staff?" tells not what)
        yield f"{actor.asker} {verb} {obj} {middle}", actor, f"{lowers[p]} {clause.subject}"
        return
    if middle:
        return
    if lowers[p] in _STATE_PARTICIPLES:
        past = _STATE_PARTICIPLES[lowers[p]]  # "the site run by X": who runs it, still
    # reduced relative: "the mission led by X", "The inquiry, led by X, found"
    aside = p >= 2 and toks[p - 1].trail == ","
    last = p - 1
    k = last - 1 if aside else last
    bare = k
    while bare >= 0 and last - bare <= 4 and toks[bare].core.isalpha() and \
            toks[bare].core.islower() and lowers[bare] not in _BEFORE_BARE_NP and \
            lowers[bare] not in DETERMINERS and lowers[bare] not in _COORDINATORS:
        bare -= 1
    if not aside and bare >= 0 and last - bare >= 1 and lowers[bare] in _BEFORE_BARE_NP and \
            not toks[bare].trail:
        # "blamed X on new ash rules adopted by Y": the rules were adopted, not X
        noun_phrase = " ".join(toks[j].core for j in range(bare + 1, last + 1))
        yield f"{actor.asker} {past} the {noun_phrase}", actor, f"{lowers[p]} {noun_phrase}"
        return
    while k >= 0 and last - k <= 7 and lowers[k] not in DETERMINERS and not toks[k].trail:
        k -= 1
    if k < 0 and 0 <= last <= 2 and toks[0].core[1:].islower() and all(
            toks[j].core.islower() and not toks[j].trail for j in range(1, last + 1)):
        # "Thermal-imaging drones lent by X picked up ...": a bare plural opening the sentence
        bare_np = text[toks[0].start:toks[last].start + len(toks[last].lead) + len(
            toks[last].core)]
        yield (f"{actor.asker} {past} the {bare_np[:1].lower()}{bare_np[1:]}", actor,
               f"{lowers[p]} {bare_np}")
        return
    if k < 0 or lowers[k] not in DETERMINERS or toks[k].trail or p - k < 2:
        return
    if k > 0 and lowers[k - 1] in _OWNING_PREPOSITIONS and toks[k + 1].capitalised and \
            toks[last].capitalised:  # (not "escaped from the Hardangerfjord site run by X")
        # "A team from the University of X, led by Y": Y led the team, not the body
        head = k - 2
        while head >= 0 and k - head <= 4 and toks[head].core.islower() and not toks[
                head].trail and lowers[head] not in DETERMINERS:
            head -= 1
        if head < 0 or lowers[head] not in DETERMINERS or toks[head].trail or head == k - 2:
            return
        k = head
    if any(toks[j].trail or lowers[j] in _CLAUSE_WORDS or lowers[j] in _COORDINATORS
           for j in range(k, last)):
        return  # "The deal was welcomed by X but criticised by Y": not one noun phrase
    if any(is_past_tense(lowers[j]) and lowers[j + 1] in _BEFORE_BARE_NP
           for j in range(k + 1, last)):
        return  # "the rebels fought with weapons supplied by X": a verb inside, no phrase
    noun_phrase = text[toks[k].start + len(toks[k].lead):
                       toks[last].start + len(toks[last].lead) + len(toks[last].core)]
    if lowers[k] in {"a", "an", "the"}:
        noun_phrase = "the" + noun_phrase[len(lowers[k]):]
    yield f"{actor.asker} {past} {noun_phrase}", actor, f"{lowers[p]} {noun_phrase}"


def _relative_passive(text: str, toks: Sequence[Token], mentions: Sequence[Mention],
                      lowers: list[str], p: int, actor: Actor) -> Iterator[tuple[str, Actor, str]]:
    """"Clearwave, which is owned by the investment group X, said ..." -> "Which investment
    group owns Clearwave?": the name the relative clause describes is the object."""
    if toks[p].end < len(text) and text[toks[p].end:toks[p].end + 4] != " by ":
        return  # ("which is owned jointly by ..."): only the verb right before "by"
    which = p - 2
    named = next((m for m in mentions if m.last_token == which - 1 and not m.possessive
                  and m.kind is not AnswerKind.PERSON), None) if toks[which - 1].trail == "," \
        else None
    if named is not None and _BEARING.search(text, max(0, named.start - 30), named.start):
        # "the X mine, about 30 kilometres north of Moranbah, which is run by Y": the clause
        # describes what the place's aside follows, not the place
        which = next((k + 1 for k in range(named.first_token - 2,
                                           max(0, named.first_token - 8), -1)
                      if toks[k].trail == ","), 0)
        if not which:
            return
        named = next((m for m in mentions if m.last_token == which - 1 and not m.possessive
                      and m.kind is not AnswerKind.PERSON), None)
    before = toks[which - 1].start + len(toks[which - 1].lead) + len(toks[which - 1].core)
    placed = _PLACED_THING.search(text, max(0, before - 70), before)
    if placed is not None and placed.group("thing") is not None:
        # "the farm near Swaffham, which is run by Y": Y runs the farm, not the place
        thing = placed.group()
    else:
        thing = (f"the {named.name}" if named.has_the else named.name) if named is not None \
            else _name_before_comma(text, toks, mentions, which, relative=True)
    base = base_form(lowers[p])
    if not thing or base is None:
        return
    verb = third_person(base) if lowers[p - 1] in {"is", "are"} else participle_to_past(lowers[p])
    if verb is None:
        return
    yield f"{actor.asker} {verb} {thing}", actor, f"{lowers[p]} {thing}"


#: A place's name after a preposition of place, and the thing it places when one stands
#: before it: "(the farm )near ", "(a school )in ".
_PLACED_THING = re.compile(r"(?P<thing>\b(?:the|a|an) (?:[a-z][\w-]* ){0,2}?[a-z][\w-]* )?"
                           r"\b(?:near|in|outside|at|on|off) "
                           r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}$")
#: Where an aside places a name: "(about 30 kilometres) north of", "just outside".
_BEARING = re.compile(r"\b(?:(?:north|south)(?:-?(?:east|west))?|east|west|upstream|downstream)"
                      r" of $|\b(?:just|about|some) (?:outside|off|near) $")
#: Prepositions before a bare plural that a reduced relative describes ("on new rules adopted
#: by X"): the noun phrase starts after them.
_BEFORE_BARE_NP = frozenset({"on", "of", "in", "to", "for", "with", "from", "at", "about",
                             "against", "over", "into", "under"})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should"})


def _nominal_agent(text: str, toks: Sequence[Token], lowers: list[str], b: int,
                   actor: Actor) -> Iterator[tuple[str, Actor, str]]:
    """"regular drone attacks on American forces by X" -> "Who carried out ...?"."""
    event = next((k for k in range(b - 1, max(-1, b - 10), -1) if lowers[k] in _EVENT_NOUNS),
                 None)
    if event is None or any(toks[j].trail for j in range(event, b - 1)):
        return
    k = event - 1
    while k >= 0 and toks[k].core.islower() and lowers[k] not in _STOP_BEFORE_NP \
            and not toks[k].trail and event - k <= 4:
        k -= 1
    first = k + 1
    if first > 0 and lowers[first - 1] in {"the", "its"}:
        first -= 1
    noun_phrase = text[toks[first].start:toks[b - 1].start + len(toks[b - 1].lead)
                       + len(toks[b - 1].core)]
    if first == event and lowers[event] not in {"the"}:
        noun_phrase = noun_phrase
    carried = "carried out"
    yield f"{actor.asker} {carried} {noun_phrase}", actor, f"{carried} {noun_phrase}"


_STOP_BEFORE_NP = frozenset({"of", "in", "on", "at", "to", "for", "with", "from", "by",
                             "against", "after", "before", "amid", "and", "or", "the", "a",
                             "an", "that", "which", "its", "their", "his", "her"})


def apposition_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                     past: Callable[[], bool]) -> Iterator[tuple[str, Actor, str]]:
    for m in mentions:
        after = text[m.end:]
        desc = _DESCRIPTION.match(after)
        if desc and not m.possessive:
            article, body = desc.group(1) or "the", desc.group(2).strip().rstrip(".")
            # ("X, head of the hoteliers' association": a post without its "the")
            if len(body.split()) > 16:
                body = _RELATIVE_TAIL.sub("", body)  # "a coalition of X that is ...": the noun
            if not 2 <= len(body.split()) <= 16 or not body[:1].islower() and not (
                    article == "the" and _NAMED_OWNER.match(body)):
                continue  # ("the FCA's executive director": a named body's post)
            body_words = body.lower().split()
            if any(w in SAY_VERBS or w in AUXILIARIES for w in body_words) or any(
                    (is_past_tense(w) or w.endswith("s") and not w.endswith("ss")) and
                    (nxt in _OBJECT_STARTS or nxt[:1].isdigit())
                    for w, nxt in zip(body_words[1:], body_words[2:])) or \
                    is_past_tense(body_words[0]) and body_words[1] in _OBJECT_STARTS:
                continue  # "Reuters, the country received more ...", "Set in X, the novel
                # follows a family ...", "Based in X, the firm employs 40": a clause, no name
            if text[:m.role_start].rstrip().lower().endswith(("according to", "by", "from")) \
                    and not (m.kind is AnswerKind.PERSON and article == "the"
                             and not text[:m.role_start].rstrip().endswith("to")):
                continue  # ("came from Anna Lind, the head of X": her post all the same)
            actor = mention_actor(m)
            if actor is None and m.kind is None and body.split()[0] in _BODY_NOUNS:
                # "the Northern Shield, a network of armed groups": the description says
                actor = Actor(m.name, AnswerKind.ORGANISATION, "Which organisation")
            if actor is None:
                continue
            if actor.kind is AnswerKind.PERSON and article == "the":
                owned = _owner_named(text, f"the {body}", m, mentions)
                if owned is not None and not _ANY_OWNER.search(owned):
                    # ("the daughter of a fisherman": one of many, no post to ask after)
                    yield f"Who {post_verb(text, owned, past)} {owned}", actor, owned
            elif actor.kind in {AnswerKind.ORGANISATION, AnswerKind.GROUP} and body.split()[
                    -1].lower() not in _DANGLING_DESC and not _a_place(body_words):
                yield f"What is the name of the {body}", actor, f"the {body}"
        before = text[:m.role_start].rstrip()
        if m.role and before.endswith(", the") and m.role[:1].islower():
            before = before[:-4]  # "The FPC's chair, the economist Dr Orla Breen, said"
        elif m.role:
            continue
        if before.endswith(",") and m.kind is AnswerKind.PERSON:
            seg = re.split(r"[.;:\n]|^\s*[-•]\s*|\n\s*[-•]\s*", before[:-1])[-1].strip()
            seg = re.sub(r"^[-•]\s*", "", seg)
            if ", " in seg and seg[:1].isupper():
                last = seg.rsplit(", ", 1)[1]
                if _OWNED_POST.fullmatch(last) and last[:1].isupper() and not any(
                        w in _CLAUSE_WORDS for w in last.lower().split()):
                    # "In Dublin, where X employs 2,300 people, Ireland's enterprise minister,
                    # Ciaran Dowd, said ...": a fronted clause, then the post
                    seg = last
            words = seg.split()
            seg_words = seg.lower().split()
            said = [k for k, w in enumerate(seg_words[:-2]) if w in SAY_VERBS or (
                w[-2:] == "ed" and words[k].islower() and is_past_tense(w))]
            if said and (seg_words[said[-1] + 1] == "the" and seg_words[said[-1]] in SAY_VERBS
                         or _OWNED_POST.fullmatch(" ".join(words[said[-1] + 1:]))):
                # '"...," said the association's chair, Y' and '..., said ÖNB's chief
                # executive, Y' ("The crowd cheered X's coach, Y"): the role after the verb
                words = words[said[-1] + 1:]
                seg_words = seg_words[said[-1] + 1:]
                seg = " ".join(words)
            if any(w in _CLAUSE_WORDS or w in SAY_VERBS for w in seg_words) or any(
                    is_past_tense(w) and nxt in _OBJECT_STARTS
                    for w, nxt in zip(seg_words, seg_words[1:])):
                continue  # "The merger was first proposed by X's chairman, Y": a clause
            head = words[0].lower() if words else ""
            owned_post = _OWNED_POST.fullmatch(seg) or _ITS_POST.fullmatch(seg)
            titled = owned_post is not None and words[-1].lower() in TITLE_WORDS
            if owned_post is None and "'s " in seg or "’s " in seg:
                owned_post = _OWNED_OFFICE.fullmatch(seg)  # "Queensland's Minister for Mines"
                titled = owned_post is not None and owned_post.group(2).rpartition(" ")[
                    2].lower() in TITLE_WORDS
            if titled and owned_post.group(1) not in _TIME_OWNERS and \
                    mention_actor(m) is not None:
                # "Its chief executive, Y,": "Who is its chief executive" names the body of the
                # sentence before when the article is read (``actors``), or is not asked
                seg = first_lower_asker(seg) if words[0] in {"Its", "The"} else seg
                # "Ontario's transport minister, Gareth Leung, ...": the body names the post
                yield f"Who {post_verb(text, seg, past)} {seg}", mention_actor(m), seg
                continue
            if any(w[-2:] == "ed" and is_past_tense(w) and (
                    nxt in _OBJECT_STARTS or nxt[:1].isupper())
                   for w, nxt in zip(seg_words[1:], words[2:])):
                continue  # "The crowd cheered Brenna Rovers' coach, Y": a clause, no post
            if 2 <= len(words) <= 10 and (head == "the" or head in TITLE_WORDS):
                role = f"the {seg[4:]}" if words[0].lower() == "the" else \
                    f"the {first_lower_asker(seg)}"
                actor = mention_actor(m)
                owned_role = _owner_named(text, role, m, mentions)
                if actor is not None and owned_role is not None:
                    yield f"Who {post_verb(text, owned_role, past)} {owned_role}", actor, owned_role


def _owner_named(text: str, role: str, m: Mention, mentions: list[Mention]) -> str | None:
    """"the company's head of acquisitions" with the company named: "Vantage's head of
    acquisitions" when the sentence names one body besides ``m``; as written when it names
    none (the article's one company); ``None`` when it names several (which company?)."""
    owner = _OWNER.match(role)
    if owner is None:
        return role
    bodies = [o for o in mentions if o is not m and not o.possessive and (
        o.kind is AnswerKind.ORGANISATION or o.kind is AnswerKind.GROUP)
        and text[o.role_start - 1:o.role_start] not in {"\"", "“"}]  # (a quoted title)
    if not bodies:
        return role
    if len(bodies) > 1:
        return None
    noun = owner.group()[4:].split("'")[0].split("’")[0]
    if noun not in _ANY_BODY and noun not in bodies[0].name.lower().split():
        return role  # "the union's general secretary ... outside Santa Maria Hospital"
    name = f"the {bodies[0].name}" if bodies[0].has_the else bodies[0].name
    return f"{name}'s {role[owner.end():]}"


_OWNER = re.compile(r"the [a-z]+['’]s ")
#: An owner named by "a" or "an": "the daughter of a fisherman" is one of many.
_ANY_OWNER = re.compile(r" of an? ")
#: Owners' nouns that any body's name may stand for ("the company's", "the group's").
_ANY_BODY = frozenset({"company", "firm", "group", "business", "organisation", "organization",
                       "corporation", "operator", "carrier", "airline", "bank", "insurer",
                       "retailer", "developer", "manufacturer", "chain", "lender", "brand"})
#: A post of a body named before it, all a clause opens with: "Lakeshore Rail's chief executive".
_OWNED_POST = re.compile(r"([A-ZÀ-ÖØ-Þ][\w.&-]*(?: [A-Z][\w.&-]*){0,4})"
                         r"(?:['’]s|(?<=s)['’]) (?:[a-z][\w-]* ){0,3}"
                         r"[a-z][\w-]*")
#: An office written in capitals after its owner: "Queensland's Minister for Resources",
#: "Kenya's Cabinet Secretary for Health" (the last word of group 2 must be a title).
_OWNED_OFFICE = re.compile(r"([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s "
                           r"((?:[A-Z][a-z-]+ ){0,2}[A-Z][a-z-]+) (?:for|of) (?:the )?"
                           r"[A-Z][\w-]*(?: (?:(?:and|for|of|the) )?[A-Z][\w-]*){0,4}")
#: A post of a body the sentence before names: "Its chief executive".
_ITS_POST = re.compile(r"(Its) (?:[a-z][\w-]* ){0,3}[a-z][\w-]*")
#: Owners of a post that are times, not bodies ("Monday's winner").
_TIME_OWNERS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today
Yesterday Tomorrow January February March April May June July August September October
November December Last This Next""".split())
#: A body named before a post: "FCA's executive director", "Harbour Board's chair".
_NAMED_OWNER = re.compile(r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,4}['’]s [a-z]")
_COORDINATORS = frozenset({"but", "yet"})  # ("fishermen and farmers" is one noun phrase)
_CLAUSE_WORDS = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "by",
                           "will", "would", "did", "does"})
_BODY_NOUNS = frozenset({"group", "network", "coalition", "alliance", "organisation",
                         "organization", "company", "firm", "party", "movement", "militia",
                         "union", "charity", "agency", "body", "association", "faction"})
_RELATIVE_TAIL = re.compile(r"\s+(?:that|which|who|whose)\s.*$")
_OBJECT_STARTS = frozenset({"the", "a", "an", "more", "less", "its", "their", "his", "her",
                            "some", "all", "two", "three", "several", "many"})
# ", a coalition of mainly Shiite, Iran-backed groups": a comma after an adjective of
# religion or nation does not end the description; "(PMF)" may stand before it.
_DESCRIPTION = re.compile(
    r"^\s*(?:\([A-Z][\w.-]*\))?\s*(?:,|—|–|\s-)\s*(?:(the|a|an)\s+|(?=(?:[a-z-]+\s+)?"
    r"(?:head|chief|director|president|chairman|chairwoman|chair|leader|founder|owner|"
    r"secretary|spokesman|spokeswoman|spokesperson|mayor|governor)\s+of\s))"
    r"((?:[^,;:—–()\"“”]*?\b(?:Shiite|Shia|Sunni|Muslim|Christian|Kurdish|Arab|Catholic|"
    r"Protestant|Jewish|Hindu|Buddhist|[A-Z][a-z]+(?:ian|ish|ese|an|i)),\s+)?"
    r"[^,;:—–()\"“”]+)")
def _a_place(words: list[str]) -> bool:
    """Whether a description's head noun (its last word before a preposition or a relative)
    is a place ("the island on which the capital stands", "a small town in the north"): the
    name it describes is where things happen, no actor."""
    head = ""
    for word in words:
        if word in _HEAD_ENDS:
            break
        head = word.strip(",")
    return head in _PLACE_NOUNS


_HEAD_ENDS = frozenset("of in on at near off from with where which that who whose for "
                       "by between to".split())
#: Nouns of land and settlement that a description of a place ends on.
_PLACE_NOUNS = frozenset("""
    island islands isle archipelago atoll peninsula city town towns village villages capital
    region province district county suburb neighbourhood neighborhood municipality river lake
    valley mountain mountains coast bay port harbour harbor state country nation territory
    enclave oblast prefecture commune
""".split())
_DANGLING_DESC = frozenset({"shiite", "sunni", "iranian", "predominantly", "mainly", "largely"})
BACKED = re.compile(
    r"(?<![\w-])(?P<who>(?:[A-Z][\w.]*)(?:\s[A-Z][\w.]*)?)-(?P<how>backed|led|funded|sponsored|"
    r"supported|run|owned|controlled)\s+(?P<what>(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:militias|militia|coalition|forces|rebels|separatists|groups|group|fighters|government|"
    r"company|firm|bank|media|outlet|mission|operation|campaign|offensive|talks|programme|"
    r"program|project|proxies|factions|paramilitaries|army|troops|attack|attacks|assault|raid|"
    r"raids|invasion|strike|strikes|bid|consortium|protest|protests|boycott|blockade|"
    r"investigation|inquiry|study|survey|research|team|initiative|effort))\b")
_BACKED_VERB = {"backed": "backs", "led": "leads", "funded": "funds", "sponsored": "sponsors",
                "supported": "supports", "run": "runs", "owned": "owns",
                "controlled": "controls"}


def backed_facts(text: str) -> Iterator[tuple[str, Actor, str]]:
    """"Iran-backed militias" -> "Which country backs the militias?" (Iran)."""
    for match in BACKED.finditer(text):
        who = match.group("who")
        kind = kind_of(who)
        if kind is AnswerKind.PERSON or kind is None and (
                " " in who or who.lower() in NEVER_ACTORS or match.start() == 0):
            continue
        kind = kind or AnswerKind.ORGANISATION  # "Hamas-led": one unknown name leads
        asker = "Which country" if kind is AnswerKind.COUNTRY else org_asker(who)
        what = match.group("what")
        verb = _BACKED_VERB[match.group("how")]  # the backer is one: "... backs the militias"
        of = _OF_WHAT.match(text, match.end())
        if of is not None:
            what = f"{what} {of.group(1)}"  # "the coalition of militarized groups": which one
        if what.split()[-1] in _EVENT_NOUNS | _UNDERTAKINGS:
            # one event: "the attack" alone would be vague, so its place and time come along
            where = trim_predicate(text[match.end():], 10) or ""
            what = f"{what} {where}" if _PLACED.match(where) else what
            verb = {"backs": "backed", "leads": "led", "funds": "funded"}.get(verb, verb)
        yield f"{asker} {verb} the {what}", Actor(who, kind, asker), f"{verb} {what}"


_OF_WHAT = re.compile(r"\s+(of\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=[\s,.;:—–]|$)")
_UNDERTAKINGS = frozenset({"bid", "protest", "protests", "boycott", "blockade",
                           "investigation", "inquiry", "study", "survey", "research",
                           "initiative", "effort"})
_PLACED = re.compile(r"^(?:in|on|at|near|against|into|outside|inside)\s")
MADE_TO = re.compile(
    r"\b(?P<np>(?:the|a|an)\s+(?:(?!(?:the|a|an|of)\b)[\w.’'-]+\s+){0,6}?[\w.’'-]+)\s+"
    r"(?P<made>formed|created|set up|established|founded|deployed|sent)\s+to\s+"
    r"(?P<verb>fight|combat|defeat|counter|oppose|attack|protect|defend|help|support|"
    r"replace|monitor|investigate|represent|challenge|resist)\s+(?:the\s+)?", re.IGNORECASE)


def made_to_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                  past: Callable[[], bool]) -> Iterator[tuple[str, Actor, str]]:
    """"a coalition formed to fight the Islamic State" -> "Which group was the coalition
    formed to fight?"."""
    for match in MADE_TO.finditer(text):
        m = next((x for x in mentions if x.role_start == match.end()), None)
        if m is None or m.possessive:
            continue
        actor = mention_actor(m)
        if actor is None:
            continue
        phrase = match.group("np")
        article, _, rest = phrase.partition(" ")
        phrase = f"the {rest}"
        words = rest.split()
        head = next((words[i - 1] for i in range(1, len(words)) if words[i] in {"of", "in"}),
                    words[-1]).lower()
        plural = head.endswith("s") and not head.endswith(("ss", "us"))
        be = ("were" if plural else "was") if past() else ("are" if plural else "is")
        ask = f"{actor.asker} {be} {phrase} {match.group('made')} to {match.group('verb')}"
        yield ask, actor, f"{match.group('made')} to {match.group('verb')}"


_WITH_ING = re.compile(r"\bwith\s+(?P<np>(?:the\s+)?(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+)\s+"
                       r"(?P<verb>[a-z]+ing)\s+(?P<rest>[^,;:]+)")


def with_ing_facts(text: str, toks: Sequence[Token], mentions: list[Mention]
                   ) -> Iterator[tuple[str, Actor, str]]:
    """"..., with U.S. officials proposing a timeline" -> "Who proposed a timeline?"."""
    for match in _WITH_ING.finditer(text):
        base = base_from_ing(match.group("verb"))
        if base is None or base in {"be", "have", "go", "do"}:
            continue
        actor = actor_for(text, toks, mentions, match.start("np"), match.end("np"))
        if actor is None:
            continue
        predicate = trim_predicate(match.group("rest"), 16)
        if not predicate:
            continue
        yield f"{actor.asker} {past_of(base)} {predicate}", actor, f"{base} {predicate}"


def talks_with_facts(text: str, toks: Sequence[Token], mentions: list[Mention]
                     ) -> Iterator[tuple[str, Actor, str]]:
    """"Saint Brendan's talks with Northfield broke down last summer" -> "With which
    organisation did Saint Brendan's talks break down last summer?". Talks are between two
    sides: with the other side unnamed ("Talks with Northfield broke down"), the question
    tells not whose talks (and is left to the sentence's cloze, see actor_bare)."""
    for match in _TALKS_WITH.finditer(text):
        owner = _TALKS_OWNER.search(text, 0, match.start())
        actor = actor_for(text, toks, mentions, match.start("np"), match.end("np"))
        base = base_form(match.group("verb"))
        if actor is None or base is None:
            continue
        after = match.group("rest").strip()
        rest = trim_predicate(after, 10) if after else ""
        if rest is None:
            continue
        who = "whom" if actor.asker == "Who" else actor.asker[:1].lower() + actor.asker[1:]
        noun = f"{owner.group(0) if owner else ''}{match.group('noun').lower()}"
        tail = " down" if match.group("down") else ""
        yield (f"With {who} did {noun} {base}{tail} {rest}".strip(), actor,
               f"{noun} {base}{tail} {rest}".strip())


_TALKS_WITH = re.compile(
    r"(?:^|(?<=\s))(?P<noun>[Tt]alks|[Nn]egotiations|[Dd]iscussions|[Cc]onsultations)\s+with\s+"
    r"(?P<np>(?:the\s+)?[A-Z][^,;()]{1,60}?)(?:,\s+(?:which|who)\s+(?:[^,;]|,(?=\d)){1,60},)?\s+"
    r"(?P<verb>began|started|opened|resumed|ended|collapsed|stalled|continued|broke)"
    r"(?P<down>\s+down)?\b(?P<rest>[^,;]*)")


#: The side that holds talks, right before them: "Saint Brendan's ", "the union's ".
_TALKS_OWNER = re.compile(r"(?:(?<![\w’'])[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}|the [a-z]+)"
                          r"['’]s $")
_BY_GROUPS = re.compile(r"^(?P<event>(?:[\w’'-]+\s+){0,7}?[\w’'-]+)\s+by\s+"
                        r"(?P<who>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)$")


def _behind_event(head: str) -> str | None:
    """"Attacks against US forces by groups (who call themselves X)" -> "groups behind the
    attacks against US forces": unnamed groups are told apart by what they did."""
    match = _BY_GROUPS.search(head.lstrip("\"“‘'"))
    if match is None:
        return None
    event, who = match.group("event"), match.group("who")
    words = event.split()
    if words[0].lower() not in _EVENT_NOUNS or who.split()[-1].lower() not in _UNNAMED_GROUPS:
        return None
    return f"{who} behind the {words[0].lower()} {' '.join(words[1:])}".strip()


_UNNAMED_GROUPS = GROUP_WORDS | frozenset({"groups", "gangs", "cells", "networks", "factions"})


def known_as_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                   past: Callable[[], bool]) -> Iterator[tuple[str, Actor, str]]:
    for match in _KNOWN_AS.finditer(text):
        m = next((x for x in mentions if match.end() <= x.role_start <= match.end() + 4), None)
        if m is None or m.kind is AnswerKind.COUNTRY or text[m.end:m.end + 2][1:].isdigit():
            continue  # ("known as GJ 486b": the name goes on past what was read)
        head = text[:match.start()].rstrip(" ,")
        np = re.search(r"\b(?:a|an|the)\s+((?:[\w’'-]+\s+){0,6}[\w’'-]+)$", head,
                       re.IGNORECASE)
        phrase = np.group(1) if np is not None else _behind_event(head)
        if phrase is None:
            continue
        words = phrase.split()
        if any(w.lower() in AUXILIARIES for w in words):
            continue
        noun = words[0] if len(words) > 1 and words[1] in {"of", "behind"} else words[-1]
        plural = noun.endswith("s") and not noun.endswith("ss") and noun != "forces"
        verb = match.group().strip()
        group_like = noun.lower() in GROUP_WORDS or noun.lower() in {"group", "militia", "gang",
                                                                     "faction", "movement"}
        if not group_like and noun.lower() not in _BODY_NOUNS and noun.lower() not in ORG_WORDS \
                and noun.lower() not in _UNNAMED_GROUPS:
            continue  # "the planet, known as GJ 486b": a name, but no actor's
        actor = Actor(m.name, AnswerKind.GROUP if group_like else AnswerKind.ORGANISATION,
                      "What")
        if verb.startswith(("calling", "who", "which", "that")):
            aux, reflexive = ("do", "themselves") if plural else ("does", "itself")
            yield f"What {aux} the {phrase} call {reflexive}", actor, f"the {phrase}"
        else:
            be = "are" if plural else "is"
            yield f"What {be} the {phrase} {verb.split()[0]}{' as' if 'as' in verb else ''}", \
                actor, f"the {phrase}"


_UNDER = re.compile(r"\b(?P<adverb>[a-z]+ly\s+)?under\s+the\s+(?P<what>control|command|authority|"
                    r"leadership|supervision|protection)\s+of\s+")


def control_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                  past: Callable[[], bool]) -> Iterator[tuple[str, Actor, str]]:
    """"X, a coalition of militias nominally under the control of the Iraqi military" ->
    "Under whose control is X nominally?": the controlled body is the name the description
    (or the copula) follows."""
    for match in _UNDER.finditer(text):
        after = next((m for m in mentions if m.role_start >= match.end()), None)
        if after is None or after.possessive or text[match.end():after.role_start].strip(
                ).lower() not in {"", "the"}:
            continue
        actor = mention_actor(after)
        owner = _controlled(text, mentions, match.start())
        if actor is None or owner is None or owner is after:
            continue
        name = owner.name if not owner.has_the else f"the {owner.name}"
        plural = owner.name.endswith("s") and not owner.name.endswith(("ss", "us"))
        be = ("were" if plural else "was") if past() else ("are" if plural else "is")
        adverb = (match.group("adverb") or "").strip()
        what = match.group("what")
        yield (f"Under whose {what} {be} {name} {adverb}", actor._replace(asker="Whose"),
               f"{what} of {owner.name}")


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_BRACKETED = re.compile(r"^\s*\([A-Z][\w.-]*\)")


def _controlled(text: str, mentions: list[Mention], position: int) -> Mention | None:
    """The name that "under the control of" describes: the last one before it, followed by a
    description (", a coalition of ...") or a copula ("is", "remains")."""
    before = [m for m in mentions if m.end <= position
              and not text[:m.role_start].endswith("(")]  # "(PMF)" names the one before
    if not before:
        return None
    owner = before[-1]
    if _OF_BEFORE.search(text, 0, owner.role_start):
        return None  # "the port of Hodeidah": the port is controlled, not Hodeidah
    gap = _BRACKETED.sub("", text[owner.end:position])
    if re.match(r"^\s*(?:is|are|was|were|remains?|remained|has been|have been)\s*$", gap) or \
            re.match(r"^\s*,\s+(?:a|an|the)\s+[^;:()]*$", gap) and gap.count(",") <= 2:
        return owner
    return None
