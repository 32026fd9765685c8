"""What a bare "the rise", "the closure", "the issue" of a cause question stands for.

An earlier sentence of the article says it: "the river rose" makes "the rise" "the rise in
the river", "the port was closed" makes "the closure" "the closure of the port", "a shortage
of pilots" makes "the shortage" "the shortage of pilots", "called for the withdrawal of
troops" makes "the issue" "the issue of the withdrawal of troops". A noun two earlier
sentences could stand for is left bare (and the question is then not asked).
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import replace

from quiz.generate.cause_spans import VAGUE_SUBJECT
from quiz.generate.grammar import (
    PARTICIPLE_TO_BASE, base_form, first_lower, is_pronoun, past_of, third_person, word_count,
)
from quiz.generate.syntax import Clause

#: Nouns that name what a verb of an earlier sentence did ("the river rose" -> "the rise"),
#: with that verb's base form. "in" for changes of amount, "of" for the rest.
NOMINAL = {"rise": "rise", "fall": "fall", "drop": "drop", "increase": "increase",
            "decrease": "decrease", "decline": "decline", "slowdown": "slow", "jump": "jump",
            "surge": "surge", "closure": "close", "shutdown": "shut", "delay": "delay",
            "collapse": "collapse", "evacuation": "evacuate", "suspension": "suspend",
            "cancellation": "cancel", "postponement": "postpone", "recall": "recall",
            "resignation": "resign", "arrest": "arrest", "dismissal": "dismiss",
            "departure": "leave", "withdrawal": "withdraw", "expansion": "expand",
            "contraction": "contract", "defeat": "defeat", "victory": "win", "win": "win"}
_CHANGE_NOUNS = frozenset({"rise", "fall", "drop", "increase", "decrease", "decline",
                           "slowdown", "jump", "surge", "expansion", "contraction"})
_INTRANSITIVE = frozenset({"rise", "fall", "drop", "increase", "decrease", "decline", "slow",
                           "jump", "surge", "collapse", "resign", "leave", "expand",
                           "contract", "win"})
_NOUNS_OF: dict[str, tuple[str, ...]] = {}
for _noun, _verb in NOMINAL.items():
    _NOUNS_OF[_verb] = (*_NOUNS_OF.get(_verb, ()), _noun)
#: The forms a main verb of those takes ("rose", "closed", "slowed", "left" ...): a cheap
#: test before the base form is looked up.
_NOMINAL_VERB_FORMS = frozenset(
    [form for verb in _NOUNS_OF for form in (verb, past_of(verb), third_person(verb))]
    + [form for form, verb in PARTICIPLE_TO_BASE.items() if verb in _NOUNS_OF])
#: Verbs that change an amount they take as their object ("raised the minimum wage by 5%"):
#: the nouns a later sentence names that change with ("the increase in the minimum wage").
_CHANGED = {"raise": ("increase", "rise"), "increase": ("increase", "rise"),
            "cut": ("cut", "reduction"), "lower": ("cut", "reduction"),
            "reduce": ("cut", "reduction"), "double": ("increase", "rise"),
            "hike": ("increase", "rise", "hike"), "freeze": ("freeze",)}
_NOMINAL_VERB_FORMS |= frozenset(form for verb in _CHANGED for form in (
    verb, past_of(verb), third_person(verb))) | {"froze", "frozen", "cut"}
#: Where the object of such a verb ends: "raised the minimum wage | by 5%".
_AMOUNT_END = re.compile(r"\s+(?:by|to|from|for|on|in|at|after|because|as|and|but|which|that|"
                         r"amid|following|over|this|last|next)\b|[,;:.]")
_OBJECT_START = re.compile(r"(?:the|its|their|his|her|a|an)\s+[a-z]", re.IGNORECASE)
EVENT_VERB_FORMS = _NOMINAL_VERB_FORMS
_BARE_EVENT = re.compile(r"\b[Tt]he (?P<noun>[a-z]+)\b(?!\s+(?:of|in|on|at|by|for|to|from|"
                         r"over|that|which|near|outside)\b|[’']s|-)")


def event_names(clauses: list[Clause], text: str, words: Set[str]) -> dict[str, str]:
    """What "the rise", "the closure" ... in a later sentence can stand for, from this
    sentence's clauses (``words``: its lower-cased words): "the river rose" -> {"rise": "the
    rise in the river"}, "the port was closed" -> {"closure": "the closure of the port"}."""
    out: dict[str, str] = {}
    for clause in clauses:
        main = clause.group.main.lower()
        if main not in _NOMINAL_VERB_FORMS:
            continue
        base = base_form(main) or main
        passive = any(w in {"was", "were", "is", "are", "been", "be"} for w in clause.group.words)
        if is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject) or word_count(
                clause.subject) > 8 or any(ch in clause.subject for ch in ",;:()\"“”"):
            continue
        changed = _changed_thing(clause) if base in _CHANGED and not passive else None
        if changed is not None:
            # "The government raised the minimum wage by 5%" -> "the increase in the minimum
            # wage" (not "the increase in the government")
            for noun in _CHANGED[base]:
                out[noun] = f"the {noun} in {changed}"
            continue
        for noun in _NOUNS_OF.get(base, ()):
            if passive == (base in _INTRANSITIVE):
                continue
            link = "in" if noun in _CHANGE_NOUNS else "of"
            subject = _INDEFINITE_START.sub("the ", first_lower(clause.subject))
            out[noun] = f"the {noun} {link} {subject}"
            for other in _SAME_CHANGE.get(noun, ()):
                # ("Fares will rise by 10%" is "the increase" of the next sentence too)
                out.setdefault(other, f"the {other} {link} {subject}")
    for match in _INTRODUCED.finditer(text) if words & _INTRODUCED_NOUNS else ():
        noun = match.group("noun").lower()
        out[noun] = f"the {noun} {match.group('rest')}"
        for other in _SAME_CHANGE.get(noun, ()):
            out.setdefault(other, f"the {other} {match.group('rest')}")
    for match in _PLACED.finditer(text) if words & _PLACED_NOUNS else ():
        out[match.group("noun")] = f"the {match.group('noun')} {match.group('rest')}"
    for match in _DEMANDED.finditer(text) if "for" in words and words & _DEMAND_VERBS else ():
        # what is called for becomes "the issue"
        thing = _INDEFINITE_START.sub("the ", match.group("thing"))
        for noun in ("issue", "matter", "question"):
            out[noun] = f"the {noun} of {thing}"
    return out


def _changed_thing(clause: Clause) -> str | None:
    """The amount a clause's verb changes, as its object names it ("the minimum wage"), when
    the object is a short phrase of its own."""
    rest = clause.rest.strip()
    if not _OBJECT_START.match(rest):
        return None
    end = _AMOUNT_END.search(rest)
    thing = rest[:end.start()] if end is not None else rest
    if not 2 <= word_count(thing) <= 6 or thing.split()[0].lower() in {"its", "their", "his",
                                                                          "her", "a", "an"}:
        return None  # ("raised its forecast": whose? "cut a deal": no amount)
    return thing


_DEMAND_VERBS = frozenset("""
    call called calls calling press pressed presses pressing push pushed pushes pushing
""".split())
_INTRODUCED_NOUNS = frozenset("""
    shortage lack surplus wave series spate review investigation inquiry audit survey study
    dispute row scandal backlog deficit shortfall increase rise cut reduction hike freeze
""".split())
#: Nouns of one change that a later sentence may name by another ("a 4.4% increase in the
#: minimum wage" is "the rise" two sentences on).
_SAME_CHANGE = {"increase": ("rise",), "rise": ("increase",), "hike": ("increase", "rise"),
                "cut": ("reduction",), "reduction": ("cut",)}
#: Happenings a sentence places with "a"/"an" ("a landslide near Bagnères-de-Bigorre").
_PLACED_NOUNS = frozenset("""
    landslide mudslide avalanche fire wildfire blaze flood explosion blast crash collision
    derailment earthquake storm outbreak spill leak
""".split())
#: Words of a sentence that can introduce what a later "the shortage"/"the issue" names.
EVENT_NOUN_CUES = _INTRODUCED_NOUNS | _PLACED_NOUNS | {"for"}
#: What a demand names: "called for the withdrawal of coalition forces" is what a later
#: "the issue" stands for.
_DEMANDED = re.compile(r"\b(?:call(?:ed|s|ing)?|press(?:ed|es|ing)?|push(?:ed|es|ing)?)\s+for\s+"
                       r"(?P<thing>(?:the|a|an)\s+[^,;:.()\"“”]{3,50}?)(?=\s*[,;:.]|\s+(?:and|"
                       r"after|because|since|particularly|especially|by)\b|$)")


#: A thing introduced with "a"/"an" and what it is of: "a shortage of pilots" is "the
#: shortage" of a later sentence.
_INTRODUCED = re.compile(r"\b(?:[Aa]n?)\s+(?:[a-z]+\s+|\d[\d.,]*%?\s+)?(?P<noun>shortage|lack|"
                         r"surplus|wave|series|spate|review|investigation|inquiry|audit|survey|"
                         r"study|dispute|row|scandal|backlog|deficit|shortfall|increase|rise|"
                         r"cut|reduction|hike|freeze)\s+(?P<rest>(?:of|over|into|about|"
                         r"in)\s+[^,;:.()\"“”]{3,40}?)(?=\s*[,;:.]|\s+(?:and|that|which|who|"
                         r"after|because|to|for|on|at|from|with|since|during|was|were|has|had|"
                         r"is|are)\b|$)")


#: A happening introduced with "a"/"an" and where it was: "a landslide near Bagnères" is
#: "the landslide" of a later sentence.
_PLACED = re.compile(r"\b[Aa]n?\s+(?P<noun>" + "|".join(sorted(_PLACED_NOUNS)) + r")\s+"
                     r"(?P<rest>(?:near|in|at|outside)\s+(?:the\s+)?[A-Z][\w’'-]+"
                     r"(?:\s+[A-Z][\w’'-]+){0,3})")


_INDEFINITE_START = re.compile(r"^(?:an?|one)\s+")
#: A headline's act on an amount: "Spain raises minimum wage by 4.4% despite X".
_HEADLINE_CHANGE = re.compile(r"\b(?P<verb>raises|lifts|hikes|increases|doubles|cuts|lowers|"
                              r"reduces|slashes|freezes)\s+(?P<thing>[a-z][\w’'-]*(?:\s+[a-z]"
                              r"[\w’'-]*){0,3}?)(?=\s+(?:by|to|from|for|in|on|after|as|despite|"
                              r"amid|again)\b|$)")
_HEADLINE_NOUNS = {"raises": ("increase", "rise"), "lifts": ("increase", "rise"),
                   "hikes": ("increase", "rise"), "increases": ("increase", "rise"),
                   "doubles": ("increase", "rise"), "cuts": ("cut", "reduction"),
                   "lowers": ("cut", "reduction"), "reduces": ("cut", "reduction"),
                   "slashes": ("cut", "reduction"), "freezes": ("freeze",)}


#: A headline's decision: "Council closes Old Bridge after cracks found".
_HEADLINE_DECISION = re.compile(r"\b(?P<verb>closes|bans|cancels|scraps|suspends|approves|rejects|"
                                r"halts|postpones|blocks|recalls|shuts|withdraws|drops)\s+"
                                r"(?P<thing>(?!(?:its|their|his|her|it|them)\b)[\w’'-]+"
                                r"(?:\s+[\w’'-]+){0,4}?)(?=\s+(?:by|to|from|for|in|on|after|as|"
                                r"despite|amid|over|until|with|at|following)\b|[,:;]|$)")
_OWNED = frozenset({"its", "their", "the", "a", "an", "his", "her"})


def headline_events(title: str) -> dict[str, str]:
    """What a later "the increase" or "the decision" stands for, from a headline's act: "Spain
    raises minimum wage by 4.4%" -> {"increase": "the increase in the minimum wage", ...};
    "Council closes Old Bridge after cracks found" -> {"decision": "the decision to close Old
    Bridge", "move": ...}."""
    out: dict[str, str] = {}
    found = _HEADLINE_CHANGE.search(title)
    if found is not None and found.group("thing").split()[0] not in _OWNED:
        out.update({noun: f"the {noun} in the {found.group('thing')}"
                    for noun in _HEADLINE_NOUNS[found.group("verb")]})
    decided = _HEADLINE_DECISION.search(title)
    if decided is not None and decided.group("thing").split()[0] not in _OWNED:
        act = base_form(decided.group("verb")) or decided.group("verb")
        name = f"the decision to {act} {decided.group('thing')}"
        out.update({"decision": name, "move": name.replace(" decision ", " move ")})
    return out


def named_events(question: str, events: dict[str, str]) -> str:
    """``question`` with a bare "the rise" written out from ``events`` (an empty value
    marks a noun two earlier events could stand for: left bare)."""
    if not any(noun in question for noun, name in events.items() if name):
        return question

    def name(match: re.Match[str]) -> str:
        found = events.get(match.group("noun"))
        return found if found else match.group()
    return _BARE_EVENT.sub(name, question)


#: Acts a lead sentence reports that a later "the decision"/"the move" stands for.
_SAID = frozenset({"said", "announced"})
_DECISION_ACTS = frozenset("""
    cut raised lowered approved banned ordered imposed lifted suspended closed cancelled
    canceled postponed rejected blocked introduced scrapped halted extended decided voted
    agreed chose withdrew sold bought acquired
""".split())
#: Words that end the object of the act ("cut its main interest rate | by 25 basis points").
_OBJECT_END = frozenset("""
    by to from on in at after for with over as amid following because despite while and but
    than since until before which that who next last this yesterday today tomorrow
""".split())
_TO_VERBS = frozenset({"decided", "voted", "agreed", "chose"})


def decision_names(clauses: list[Clause]) -> dict[str, str]:
    """What a later bare "the decision"/"the move" stands for, from the article's lead
    sentence: "The Czech National Bank cut its main interest rate by 25 basis points" ->
    "the Czech National Bank's decision to cut its main interest rate" (empty when the lead
    reports no decision by a named subject)."""
    first = clauses[0] if clauses else None
    if first is not None and first.group.main in _SAID and len(clauses) > 1 and \
            clauses[1].subject == first.subject and clauses[1].group.words[:1] == ("had",):
        # "X said on Tuesday it had halted Y": the report's act, by the speaker ("it" is X)
        group = clauses[1].group
        first = replace(clauses[1], group=replace(group, words=group.words[1:]))
    if first is None or first.group.tense not in {"past", "aux"} or len(first.group.words) != 1:
        return {}
    verb = first.group.main.lower()
    subject = first.subject
    if verb not in _DECISION_ACTS or is_pronoun(subject) or word_count(subject) > 6 or any(
            ch in subject for ch in ",;:()\"“”") or not subject.lower().startswith("the ") and \
            not any(word[:1].isupper() for word in subject.split()):  # ("carmaker Nordwin")
        return {}
    words = first.rest.split()
    if verb in _TO_VERBS:
        if len(words) < 3 or words[0] != "to":
            return {}
        act, words = words[1], words[2:]
    else:
        act = base_form(verb) or verb
    thing: list[str] = []
    for word in words[:8]:
        if word.lower() in _OBJECT_END:
            break
        thing.append(word.rstrip(",;:."))
        if word[-1:] in ",;:.":
            break  # ("three factories." ends the object)
    else:
        if len(words) > 8:
            return {}  # ("Coral Air's planned 1.2 billion Australian dollar | takeover"): cut
    if not thing or not thing[-1]:
        return {}
    owner = first_lower(subject)
    owner += "'" if owner.endswith("s") else "'s"
    name = f"{owner} decision to {act} {' '.join(thing)}"
    return {"decision": name, "move": name.replace(" decision ", " move ")}
