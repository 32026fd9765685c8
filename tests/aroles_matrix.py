"""A grammar matrix of people and bodies named with a post, a role or a membership: sentences
composed from slots (the shape, the verb, the layout, the tense and the fillers), each with
the answer a card must give and the words its question must hold."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product


@dataclass(frozen=True, slots=True)
class Case:
    """Sentences of an article, the answer a card must give, and words its question holds."""

    texts: tuple[str, ...]
    answer: str
    words: tuple[str, ...]  # every one is in the question (lower case)

    @property
    def id(self) -> str:
        return self.texts[-1][:70]


@dataclass(frozen=True, slots=True)
class Fillers:
    """One set of noun phrases to fill the slots with."""

    people: tuple[str, ...]
    posts: tuple[str, ...]  # posts of a person in a body
    bodies: tuple[str, ...]  # named bodies, "the" where the name takes it
    kinds: tuple[tuple[str, str], ...]  # (a body's kind, a named body of that kind)
    owned: tuple[tuple[str, str], ...]  # (a body's kind, a body whose name ends in it)
    members: tuple[str, ...]  # plural people of a body
    roles: tuple[str, ...]  # a person's role written before the name
    places: tuple[str, ...]  # a place a post may be of ("Oceana's Peru director")


DEV = Fillers(
    people=("Willem van der Berg", "Batbayar Dorj", "Juan Carlos Rivas", "Helen Marsh"),
    posts=("chairman", "chief executive", "director", "spokeswoman"),
    bodies=("Mongolia Agricultural Reinsurance", "Oceana", "the Red Cross", "Clarke Wilmot"),
    kinds=(("chamber", "Bodegas de Argentina"), ("operator", "Prairie Pool Grain"),
           ("insurer", "Allianz Direct")),
    owned=(("corporation", "the Dutch Pilots' Corporation"),
           ("association", "the Polish Hauliers' Association")),
    members=("volunteers", "researchers", "palaeontologists"),
    roles=("employment lawyer", "senior economist"),
    places=("Peru", "Chile"),
)
HELD_OUT = Fillers(
    people=("Ingrid Solberg", "Tomasz Nowak", "Ana Lucia Ferreira", "Kwame Mensah"),
    posts=("general secretary", "managing director", "head", "treasurer"),
    bodies=("Baltic Grain Holdings", "Greenpeace", "the World Food Programme", "Hartley Sons"),
    kinds=(("federation", "Fedecafe"), ("carrier", "Nordvik Air"),
           ("lender", "Banco Andino")),
    owned=(("federation", "the Kenya Coffee Federation"), ("council", "the Nordic Grain Council")),
    members=("engineers", "scientists", "inspectors"),
    roles=("tax adviser", "chief analyst"),
    places=("Kenya", "Ghana"),
)

#: (statement, its content as a question asks it) in the past and the present.
_STATEMENTS = (("payments would begin next week", "Payments would begin next week"),
               ("the harvest will be late this year", "The harvest will be late this year"))
_QUOTE = "We will not give up"
_VERBS = ("said", "added", "warned", "says", "announced", "has said")
#: Acts of people of a body: (active, passive) with the object.
_ACTS = (("gave drivers water", "Drivers were given water by {}"),
         ("found the bones of a dinosaur", "The bones of a dinosaur were found by {}"),
         ("repaired 40 water pumps", "Forty water pumps were repaired by {}"))


def _the(body: str) -> str:
    return body


def post_cases(f: Fillers) -> list[Case]:
    """A person, her post and its body, in every layout of a statement and its speaker."""
    out: list[Case] = []
    for (person, post, body), verb in zip(product(f.people, f.posts, f.bodies), _VERBS * 16):
        said = f"{person}, {post} of {body}"
        the_said = f"{person}, the {post} of {body}"
        owned = f"{body}'s {post}"
        words = (post, body.removeprefix("the ").lower())
        for (low, up), told in product(_STATEMENTS, (verb, "told reporters")):
            if told == "told reporters" and verb == "says":
                told = "tells reporters"
            out += [
                Case((f"{up}, {verb} {said}.",), person, words),
                Case((f"“{_QUOTE},” {verb} {said}.",), person, words),
                Case((f"“{_QUOTE},” {verb} {the_said}.",), person, words),
                Case((f"{the_said}, {told} {low}.",), person, words),
                Case((f"{said}, {told} {low}.",), person, words),
                Case((f"“{_QUOTE},” {the_said}, {verb}.",), person, words),
                Case((f"“{_QUOTE},” {verb} {owned}, {person}.",), person, words),
                Case((f"{up}, {owned}, {person}, {verb}.",), person, words),
                Case((f"{owned[:1].upper()}{owned[1:]} {person} {told} {low}.",), person,
                     words),
            ]
        for act in _ACTS:
            out += [Case((f"{said}, {act[0]} near Lyon on Monday.",), person, words),
                    Case((f"{the_said}, {act[0]} on Monday.",), person, words),
                    Case((f"{the_said}, has {act[0].split(' ', 1)[1]} too.",), person, words)]
    return out


def clause_post_cases(f: Fillers) -> list[Case]:
    """A post in a relative clause or after the name with its owner: "X, who chairs Y,",
    "X, who is chairman of Y,", "X, Y's chairman,"."""
    out = []
    for person, post, body, verb in product(f.people, f.posts, f.bodies, _VERBS[:3]):
        words = (post, body.removeprefix("the ").lower())
        out += [Case((f"{person}, who is {post} of {body}, {verb} fees would rise.",), person,
                     words),
                Case((f"Fees would rise, {verb} {person}, who was {post} of {body}.",), person,
                     words),
                Case((f"{person}, {body}'s {post}, {verb} fees would rise.",), person, words),
                Case((f"{person}, who heads {body}, {verb} fees would rise.",), person,
                     ("heads", body.removeprefix("the ").lower()))]
    return out


def placed_post_cases(f: Fillers) -> list[Case]:
    """"Oceana's Peru director, Juan Carlos Rivas": a post of a body in a place."""
    out = []
    for person, body, place, verb in product(f.people[:2], f.bodies, f.places, _VERBS[:2]):
        words = (body.removeprefix("the ").lower(), place.lower(), "director")
        out.append(Case((f"“{_QUOTE},” {verb} {body}'s {place} director, {person}.",), person,
                        words))
    return out


def kind_unnamed_cases(f: Fillers) -> list[Case]:
    """NEGATIVES: "the corporation's chairman" where no sentence names the corporation."""
    out = []
    for (kind, _body), person, post in product(f.owned, f.people[:2], f.posts[:2]):
        out.append(Case((f"Fees rose by a third on Monday.",
                         f"“{_QUOTE},” said the {kind}'s {post}, {person}."), person, (kind,)))
    return out


def kind_owned_cases(f: Fillers) -> list[Case]:
    """"the corporation's chairman, Willem van der Berg" after a sentence naming the body."""
    out = []
    for (kind, body), person, post in product(f.owned, f.people[:2], f.posts[:2]):
        first = f"{body[:1].upper()}{body[1:]} raised its fees on Monday."
        words = (post, body.removeprefix("the ").lower())
        for verb in _VERBS[:3]:
            out += [Case((first, f"“{_QUOTE},” {verb} the {kind}'s {post}, {person}."), person,
                         words),
                    Case((first, f"Prices would rise, the {kind}'s {post}, {person}, {verb}."),
                         person, words)]
    return out


def member_cases(f: Fillers) -> list[Case]:
    """People of a body as the agents of an act, active and passive."""
    out = []
    for member, body, (act, passive) in product(f.members, f.bodies, _ACTS):
        name = body.removeprefix("the ")
        for prep in ("from", "at"):
            words = (f"{member} {prep} which",)
            out += [Case((f"{member.capitalize()} {prep} {body} {act} on Monday.",), name, words),
                    Case((f"{passive.format(f'{member} {prep} {body}')} on Monday.",), name,
                         words)]
    return out


def agent_cases(f: Fillers) -> list[Case]:
    """A body of a kind nothing tells as a passive's agent: "... were given water by the Red
    Cross"."""
    out = []
    for body, (_act, passive) in product(f.bodies, _ACTS):
        if body.startswith("the ") and " " in body[4:]:
            out.append(Case((f"{passive.format(body)} on Monday.",), body[4:],
                            ("which organisation",)))
    return out


def kind_named_cases(f: Fillers) -> list[Case]:
    """A body named after its kind: in apposition, right after it, or as an example."""
    out = []
    for (kind, body), (low, _up), verb in product(f.kinds, _STATEMENTS, _VERBS[:3]):
        out += [
            Case((f"The {kind}, {body}, {verb} {low}.",), body, (kind,)),
            Case((f"The {kind} {body} {verb} {low}.",), body, (kind,)),
            Case((f"The growers' {kind} {body} {verb} {low}.",), body, (kind,)),
            Case((f"Groups such as {body} {verb} {low}.",), body, ("group",)),
        ]
    return out


def role_cases(f: Fillers) -> list[Case]:
    """A role before the name, the body after it: "Employment lawyer Helen Marsh of the firm
    Clarke Wilmot said ..."."""
    out = []
    for role, person, (kind, body), (low, _up), verb in product(
            f.roles, f.people[:2], f.kinds[:2], _STATEMENTS, _VERBS[:3]):
        out += [Case((f"{role.capitalize()} {person} of the {kind} {body} {verb} {low}.",),
                     person, (role, body.lower()))]
    return out


#: What may open a sentence before its subject: a dateline, a fronted time.
_OPENERS = ("LIMA, March 3 (Reuters) - ", "On Monday, ", "Earlier this month, ")


def framed_cases(f: Fillers) -> list[Case]:
    """The same shapes after a dateline or a fronted time, with an adverb before the verb,
    or reported inside "X said (that) ..." and after ", according to"."""
    out = []
    for opener, member, (kind, body) in product(_OPENERS, f.members[:2], f.kinds):
        name = f.bodies[2].removeprefix("the ")
        out += [
            Case((f"{opener}{member} from {f.bodies[2]} also gave drivers water near Lyon.",),
                 name, (f"{member} from which",)),
            Case((f"{opener}the {kind}, {body}, also said it would appeal against the ruling of "
                  f"the Federal Court.",), body, (kind,)),
            Case((f"{opener}{f.people[1]}, chief executive of {body}, also said it would appeal "
                  f"against the ruling of the Federal Court.",), f.people[1],
                 ("chief executive", body.lower())),
        ]
    for person, post, body in product(f.people, f.posts, f.bodies[:2]):
        out += [Case((f"The board would meet on Monday, according to {person}, {post} of "
                      f"{body}.",), person, (post, body.lower())),
                 Case((f"Fees rose by a third and {person}, the {post} of {body}, resigned.",),
                      person, (post, body.lower()))]
    return out


def cases(f: Fillers) -> list[Case]:
    """Every case of the matrix with fillers ``f``."""
    return [*post_cases(f), *clause_post_cases(f), *placed_post_cases(f), *kind_owned_cases(f),
            *member_cases(f), *kind_named_cases(f), *role_cases(f), *framed_cases(f),
            *agent_cases(f)]


def covered(case: Case, qa: set[tuple[str, str]]) -> bool:
    """Whether a card of ``qa`` asks ``case`` as it must: its answer, the words in the question."""
    return any(a == case.answer and q and all(w in q.lower() for w in case.words)
               and case.answer.lower() not in q.lower() for q, a in qa)
