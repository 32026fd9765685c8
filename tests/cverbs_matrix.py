"""The grammar matrix of causal verbs: sentences composed from a verb frame, a voice, a tense,
a wrapper and noun-phrase fillers, each with the cause a card must give."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import cycle


@dataclass(frozen=True, slots=True)
class Fillers:
    """The noun phrases of one set (DEV or HELD-OUT): causes, effects, speakers, people."""

    causes: tuple[str, ...]
    effects: tuple[str, ...]
    speakers: tuple[str, ...]
    people: tuple[str, ...]


DEV = Fillers(
    causes=("a faulty cable", "heavy rain", "storms in the North Sea",
            "a shortage of nurses and doctors", "the collapse of the currency",
            "cheap loans from state banks", "a strike by port workers that began in May",
            "rising fuel costs", "Oxfam's decision to withdraw its staff",
            "a \"catastrophic\" software update"),
    effects=("the outage", "the delays", "a sharp rise in food prices",
             "the closure of the plant", "the shortages of fuel in the capital"),
    speakers=("Oxfam", "The Red Cross", "Peru's fisheries ministry",
              "the regional health authority", "small growers", "Datagon"),
    people=("the minister", "small farmers", "the company"),
)
HELD_OUT = Fillers(
    causes=("a broken valve", "strong winds", "floods in the Po valley",
            "a lack of teachers and classrooms", "the failure of the harvest",
            "cheap credit from foreign lenders", "a protest by farmers who blocked the roads",
            "falling grain prices", "the bank's refusal to lend",
            "a \"reckless\" price cut"),
    effects=("the blackout", "the cancellations", "a steep fall in exports",
             "the collapse of the bridge", "the queues at petrol stations in the north"),
    speakers=("Greenpeace", "The World Bank", "Chile's energy regulator",
              "the national rail operator", "local traders", "Velkor"),
    people=("the mayor", "many families", "the airline"),
)


@dataclass(frozen=True, slots=True)
class Case:
    """One composed sentence and the cause its card must answer."""

    sentence: str
    answer: str
    frame: str


#: Frames: (name, template). {C} cause, {E} effect, {P} a person or body acted on.
#: Each frame's template is a clause; tense variants come from the dict key.
_FRAMES: tuple[tuple[str, str], ...] = (
    # active
    ("cause", "{C} {caused} {E}"),
    ("trigger", "{C} {triggered} {E}"),
    ("spark", "{C} {sparked} {E}"),
    ("fuel", "{C} {fuelled} {E}"),
    ("prompt", "{C} {prompted} {E}"),
    ("provoke", "{C} {provoked} {E}"),
    ("lead to", "{C} {led} to {E}"),
    ("result in", "{C} {resulted} in {E}"),
    ("bring about", "{C} {brought} about {E}"),
    ("contribute to", "{C} {contributed} to {E}"),
    ("add to", "{C} {added} to the pressure on hospitals"),
    ("make worse", "{C} {made} {E} worse"),
    ("make harder", "{C} {made} the repairs harder"),
    ("leave without", "{C} {left} {P} without power for days"),
    ("leave ADJ", "{C} {left} {P} homeless"),
    ("force to", "{C} {forced} {P} to close its doors"),
    ("push up", "{C} {pushed} up the price of bread"),
    ("drive up", "{C} {drove} up the price of bread"),
    ("hit", "{C} {hit} exports of coffee"),
    ("hamper", "{C} {hampered} the rescue effort"),
    ("delay", "{C} {delayed} the opening of the line"),
    ("disrupt", "{C} {disrupted} flights across Europe"),
    ("be behind", "{C} {was} behind {E}"),
    ("be responsible for", "{C} {was} responsible for {E}"),
    # effect first
    ("stem from", "{E} {stemmed} from {C}"),
    ("be due to", "{E} {was} due to {C}"),
    ("be the result of", "{E} {was} the result of {C}"),
    ("be the reason for", "{C} {was} the reason for {E}"),
    ("blame on", "{S} {blamed} {E} on {C}"),
    ("blame for", "{S} {blamed} {C} for {E}"),
    ("attribute to", "{S} {attributed} {E} to {C}"),
    ("put down to", "{S} {put} {E} down to {C}"),
    ("link to", "{S} {linked} {E} to {C}"),
    # passive with "by"
    ("passive cause", "{E} {was} caused by {C}"),
    ("passive trigger", "{E} {was} triggered by {C}"),
    ("passive spark", "{E} {was} sparked by {C}"),
    ("passive fuel", "{E} {was} fuelled by {C}"),
    ("passive drive", "{E} {was} driven by {C}"),
    ("passive prompt", "{E} {was} prompted by {C}"),
    ("passive provoke", "{E} {was} provoked by {C}"),
    ("passive bring about", "{E} {was} brought about by {C}"),
    ("passive make worse", "{E} {was} made worse by {C}"),
    ("passive hit", "exports of coffee {was} hit by {C}"),
    ("passive hamper", "the rescue effort {was} hampered by {C}"),
    ("passive delay", "the opening of the line {was} delayed by {C}"),
    ("passive disrupt", "flights across Europe {was} disrupted by {C}"),
    ("passive force", "{P} {was} forced to close by {C}"),
    ("passive blame", "{E} {was} blamed on {C}"),
    ("passive attribute", "{E} {was} attributed to {C}"),
    ("passive link", "{E} {was} linked to {C}"),
    ("passive put down", "{E} {was} put down to {C}"),
)
#: Tense variants: the words each slot takes.
_TENSES: dict[str, dict[str, str]] = {
    "past": {},
    "perfect": {"caused": "has caused", "was": "has been", "stemmed": "has stemmed"},
    "also": {"caused": "has also caused", "was": "was also", "stemmed": "also stemmed"},
    "partly": {"caused": "had partly caused", "was": "had partly been",
               "stemmed": "had partly stemmed"},
    "modal": {"caused": "could cause", "was": "could be", "stemmed": "could stem"},
    "present": {"caused": "causes", "was": "is", "stemmed": "stems"},
}
_PAST = {
    "caused": ("cause", "causes"), "triggered": ("trigger", "triggers"),
    "sparked": ("spark", "sparks"), "fuelled": ("fuel", "fuels"),
    "prompted": ("prompt", "prompts"), "provoked": ("provoke", "provokes"),
    "led": ("lead", "leads"), "resulted": ("result", "results"),
    "brought": ("bring", "brings"), "contributed": ("contribute", "contributes"),
    "added": ("add", "adds"), "made": ("make", "makes"), "left": ("leave", "leaves"),
    "forced": ("force", "forces"), "pushed": ("push", "pushes"), "drove": ("drive", "drives"),
    "hit": ("hit", "hits"), "hampered": ("hamper", "hampers"),
    "delayed": ("delay", "delays"), "disrupted": ("disrupt", "disrupts"),
    "stemmed": ("stem", "stems"), "blamed": ("blame", "blames"),
    "attributed": ("attribute", "attributes"), "put": ("put", "puts"),
    "linked": ("link", "links"),
}
_PARTICIPLE = {"drove": "driven", "led": "led", "brought": "brought", "made": "made",
               "left": "left", "hit": "hit", "put": "put"}


def _verb(slot: str, tense: str, plural_subject: bool) -> str:
    """The verb ``slot`` (written in its past) in ``tense``."""
    if slot == "was":
        word = {"past": "was", "perfect": "has been", "also": "was also",
                "partly": "had partly been", "modal": "could be", "present": "is"}[tense]
        if plural_subject:
            word = word.replace("was", "were").replace("has been", "have been").replace(
                "is", "are")
        return word
    base, third = _PAST[slot]
    participle = _PARTICIPLE.get(slot, slot)
    return {"past": slot, "perfect": ("have " if plural_subject else "has ") + participle,
            "also": ("have also " if plural_subject else "has also ") + participle,
            "partly": "had partly " + participle, "modal": "could " + base,
            "present": base if plural_subject else third}[tense]


def _plural(np: str) -> bool:
    head = np.split(" of ")[0].split(" in ")[0].split(" from ")[0].split(" by ")[0]
    head = head.split(" that ")[0].split(" who ")[0]
    return head.split()[-1] in {"storms", "costs", "winds", "prices", "delays", "cancellations",
                                "shortages", "queues", "flights", "exports", "growers",
                                "traders", "families", "farmers", "loans"}


def _fill(template: str, tense: str, c: str, e: str, s: str, p: str) -> str:
    out = template
    subject = template.split("{", 2)[1].split("}")[0] if template.startswith("{") else None
    subject_np = {"C": c, "E": e, "S": s, "P": p}.get(subject or "", "")
    if not template.startswith("{"):
        subject_np = template.split(" {")[0]
    plural = _plural(subject_np) or subject == "S" and s[0].islower() and s.endswith("s")
    while "{" in out:
        start = out.index("{")
        end = out.index("}", start)
        key = out[start + 1:end]
        value = {"C": c, "E": e, "S": s, "P": p}.get(key)
        if value is None:
            value = _verb(key, tense, plural)
        out = out[:start] + value + out[end + 1:]
    return out[0].upper() + out[1:]


def _wrap(clause: str, wrapper: str, speaker: str) -> str:
    """``clause`` (capitalised, no stop) inside a wrapper told by ``speaker``."""
    low = clause[0].lower() + clause[1:] if not clause.split()[0][1:].islower() or \
        clause.split()[0] in {"The", "A", "Heavy", "Storms", "Cheap", "Rising", "Strong",
                              "Floods", "Falling", "Exports", "Flights", "Many", "Small",
                              "Local"} else clause
    if wrapper == "bare":
        return clause + "."
    if wrapper == "said that":
        return f"{speaker} said that {low}."
    if wrapper == "said":
        return f"{speaker} said {low}."
    if wrapper == "trailing said":
        return f"{clause}, {speaker[0].lower() + speaker[1:] if speaker.startswith('The ') else speaker} said."
    if wrapper == "according to":
        return f"{clause}, according to {speaker[0].lower() + speaker[1:] if speaker.startswith('The ') else speaker}."
    if wrapper == "quoted":
        return f"\"{clause},\" {speaker[0].lower() + speaker[1:] if speaker.startswith('The ') else speaker} said."
    if wrapper == "dateline":
        return f"LIMA – {clause}."
    if wrapper == "joined":
        return f"Exports fell sharply in March, and {low}."
    raise ValueError(wrapper)


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] if text[0] != '"' else '"' + text[1].upper() + text[2:]


_WRAPPERS = ("bare", "said that", "trailing said", "according to", "said", "quoted", "dateline",
             "joined")


def cases(fillers: Fillers) -> list[Case]:
    """Every case of the matrix for one filler set."""
    out: list[Case] = []
    causes = cycle(fillers.causes)
    effects = cycle(fillers.effects)
    speakers = cycle(fillers.speakers)
    people = cycle(fillers.people)
    wrappers = cycle(_WRAPPERS)
    for name, template in _FRAMES:
        for tense in _TENSES:
            c, e, s, p = next(causes), next(effects), next(speakers), next(people)
            w = next(wrappers)
            clause = _fill(template, tense, c, e, s, p)
            speaker = next(speakers)
            if "{S}" in template:
                w = "bare" if w in {"said", "said that"} else w
            out.append(Case(_sentence(_wrap(clause, w, speaker)), c, f"{name}/{tense}/{w}"))
    # other voices: fronted participle, reduced relative, relative "which", nominal
    for verb in ("Fuelled", "Driven", "Hit", "Hampered", "Triggered", "Prompted", "Hurt",
                 "Spurred"):
        for _ in range(2):
            c, p = next(causes), next(people)
            out.append(Case(f"{verb} by {c}, {p} cut spending sharply.", c,
                            f"fronted {verb}"))
    for verb in ("driven", "caused", "triggered", "fuelled", "sparked", "made worse"):
        for _ in range(2):
            c, e = next(causes), next(effects)
            out.append(Case(f"{e[0].upper() + e[1:]}, {verb} by {c}, lasted for a week.", c,
                            f"reduced relative {verb}"))
    for verb in ("caused", "triggered", "led to", "sparked", "fuelled", "brought about"):
        for _ in range(2):
            c, e = next(causes), next(effects)
            cap = c[0].upper() + c[1:]
            out.append(Case(f"{cap}, which {verb} {e}, began in March.", c,
                            f"relative {verb}"))
    for noun in ("a finding of fraud", "a report on waste", "a vote of no confidence"):
        for _ in range(2):
            p = next(people)
            out.append(Case(f"Auditors published {noun} that led {p} to resign.", noun,
                            f"nominal {noun}"))
    return out


#: Sentences where no cause card may be written with ``answer`` (or any card at all when
#: ``answer`` is empty).
NEGATIVES: tuple[tuple[str, str], ...] = (
    ("It caused the delays.", "It"),
    ("This led to the closure of the plant.", "This"),
    ("The road leads to the village.", "The road"),
    ("She drove the truck to the port.", "She"),
    ("He was driven to the airport by his brother.", "his brother"),
    ("The results were added to the database.", "the database"),
    ("A faulty cable did not cause the outage, the company said.", "A faulty cable"),
    ("Heavy rain was not to blame for the delays.", "Heavy rain"),
    ("The report was published by the ministry.", "the ministry"),
)
