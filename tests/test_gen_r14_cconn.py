"""Round 14 causal connectives: a grammar matrix of connective x main clause x filler shapes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pytest

from gen_support import cause_qa


@dataclass(frozen=True, slots=True)
class Subject:
    """A subject filler: its text mid-sentence and whether it is plural."""

    text: str
    plural: bool = False

    @property
    def start(self) -> str:
        return self.text[0].upper() + self.text[1:]


@dataclass(frozen=True, slots=True)
class Act:
    """A transitive act: base, past and participle of its verb, and its object."""

    base: str
    past: str
    part: str
    obj: str
    obj_plural: bool = False
    pron: str = "it"


@dataclass(frozen=True, slots=True)
class Fillers:
    """One set of fillers (DEV or HELD-OUT): same shapes, different words."""

    subjects: tuple[Subject, ...]
    acts: tuple[Act, ...]
    nps: tuple[str, ...]
    clauses: tuple[str, ...]
    purposes: tuple[str, ...]
    ings: tuple[str, ...]
    speakers: tuple[str, ...]
    absolutes: tuple[str, ...]
    penalties: tuple[Act, ...]


DEV = Fillers(
    subjects=(Subject("Oxfam"), Subject("the Red Cross"), Subject("Peru's fisheries ministry"),
              Subject("the regional health authority"), Subject("small growers", True),
              Subject("Oxfam and the Red Cross", True),
              Subject("the association of hauliers from the south")),
    acts=(Act("close", "closed", "closed", "the main port"),
          Act("suspend", "suspended", "suspended", "exports of copper", True),
          Act("postpone", "postponed", "postponed", "the annual festival")),
    nps=("heavy rain", "a shortage of spare parts", "concerns over safety",
         "rising costs and falling demand", "the collapse of a bridge on the main road",
         '"security reasons"', "a strike by port workers in Callao"),
    clauses=("the river had burst its banks", "costs have risen sharply",
             "the company could not find enough staff", "demand for copper fell"),
    purposes=("save money", "rule out the same fault", "protect the harvest from frost"),
    ings=("dumping waste in the river", "failing to pay its workers"),
    speakers=("the minister", "a spokesman for the company"),
    absolutes=("reservoirs at a quarter of capacity", "most of its staff on strike"),
    penalties=(Act("fine", "fined", "fined", "the company"),
               Act("expel", "expelled", "expelled", "the attache", pron="him"),
               Act("suspend", "suspended", "suspended", "two officials", True, "them")),
)

HELD = Fillers(
    subjects=(Subject("Caritas"), Subject("the World Food Programme"),
              Subject("Chile's mining ministry"), Subject("the national rail operator"),
              Subject("local fishermen", True), Subject("Caritas and the World Food Programme", True),
              Subject("the union of dock workers in the capital")),
    acts=(Act("shut", "shut", "shut", "the border crossing"),
          Act("halt", "halted", "halted", "imports of rice", True),
          Act("cancel", "cancelled", "cancelled", "the spring fair")),
    nps=("strong winds", "a lack of qualified nurses", "fears about contamination",
         "higher fuel prices and weak sales", "the closure of a mine near the town",
         '"technical problems"', "a protest by farmers from the north"),
    clauses=("the harvest failed", "wages have not kept pace with inflation",
             "the government would not pay for repairs", "the pipeline was damaged"),
    purposes=("cut costs", "prevent a repeat of the outage", "keep the roads open in winter"),
    ings=("selling expired medicines", "missing a deadline for the report"),
    speakers=("officials", "the agency's director"),
    absolutes=("rivers at their lowest level in decades", "half of its fleet out of service"),
    penalties=(Act("sack", "sacked", "sacked", "the manager", pron="him"),
               Act("ban", "banned", "banned", "the club"),
               Act("arrest", "arrested", "arrested", "three men", True, "them")),
)


@dataclass(frozen=True, slots=True)
class Connective:
    """A connective: its trailing form (``{}`` = filler), fronted form, filler kind, and the
    words an answer may keep in front of the filler."""

    trailing: str | None
    fronted: str | None
    kind: str
    keep: tuple[str, ...] = ()
    agentive: bool = False
    penalty: bool = False
    effect: bool = False


CONNECTIVES: dict[str, Connective] = {
    "because": Connective(" because {}", "Because {}, ", "clause"),
    "because of": Connective(" because of {}", "Because of {}, ", "np"),
    "due to": Connective(" due to {}", "Due to {}, ", "np"),
    "owing to": Connective(" owing to {}", "Owing to {}, ", "np"),
    "thanks to": Connective(" thanks to {}", "Thanks to {}, ", "np"),
    "as a result of": Connective(" as a result of {}", "As a result of {}, ", "np"),
    "after": Connective(" after {}", "After {}, ", "np"),
    "following": Connective(" following {}", "Following {}, ", "np"),
    "amid": Connective(" amid {}", "Amid {}, ", "np"),
    "since": Connective(None, "Since {}, ", "clause"),
    "as": Connective(", as {}", "As {}, ", "clause"),
    "citing": Connective(", citing {}", None, "np", ("citing",), True),
    "on the grounds that": Connective(" on the grounds that {}", None, "clause"),
    "saying that": Connective(", saying that {}", None, "clause", (), True),
    "arguing that": Connective(", arguing that {}", None, "clause", (), True),
    "warning that": Connective(", warning that {}", None, "clause", (), True),
    "in protest at": Connective(" in protest at {}", "In protest at {}, ", "np"),
    "in protest against": Connective(" in protest against {}", None, "np"),
    "in response to": Connective(" in response to {}", "In response to {}, ", "np"),
    "in retaliation for": Connective(" in retaliation for {}", None, "np"),
    "so that": Connective(" so that {}", None, "clause", ("so that",)),
    "in order to": Connective(" in order to {}", "In order to {}, ", "purpose",
                              ("in order to", "to")),
    "to": Connective(" to {}", None, "purpose", ("to",)),
    "hoping to": Connective(", hoping to {}", None, "purpose", ("hoping to", "to"), True),
    "with": Connective(None, "With {}, ", "absolute", ("with",)),
    "which is why": Connective(None, "{}, which is why ", "clause"),
    "which meant that": Connective(None, "{}, which meant that ", "clause", effect=True),
    "meant that": Connective(None, "{} meant that ", "np"),
    "as a result": Connective(None, "{}. As a result, ", "clause"),
    "the reason was": Connective(". The reason was {}", None, "np"),
    "for": Connective(" for {}", None, "ing", ("for",), penalty=True),
    "over": Connective(" over {}", None, "np", ("over",), penalty=True),
    "accusing": Connective(", accusing {pron} of {}", None, "ing", (), True, True),
}


def _past_main(subject: Subject, act: Act, shape: str) -> tuple[str, str]:
    """A main clause of ``shape`` and the question that restates it."""
    s, pl = subject.text, subject.plural
    if shape == "active":
        return f"{s} {act.past} {act.obj}", f"why did {s} {act.base} {act.obj}?"
    if shape == "passive":
        be = "were" if act.obj_plural else "was"
        return f"{act.obj} {be} {act.part}", f"why {be} {act.obj} {act.part}?"
    if shape == "perfect":
        have = "have" if pl else "has"
        return f"{s} {have} {act.part} {act.obj}", f"why {have} {s} {act.part} {act.obj}?"
    if shape == "modal":
        return f"{s} will {act.base} {act.obj}", f"why will {s} {act.base} {act.obj}?"
    if shape == "negated":
        return f"{s} did not {act.base} {act.obj}", f"why did {s} not {act.base} {act.obj}?"
    if shape == "adverb":
        return f"{s} also {act.past} {act.obj}", f"why did {s} also {act.base} {act.obj}?"
    if shape == "present":
        verb, do = (act.base, "do") if pl else (f"{act.base}s", "does")
        return f"{s} {verb} {act.obj}", f"why {do} {s} {act.base} {act.obj}?"
    if shape == "pluperfect":
        return f"{s} had {act.part} {act.obj}", f"why had {s} {act.part} {act.obj}?"
    raise ValueError(shape)


SHAPES = ("active", "passive", "perfect", "modal", "negated", "adverb", "pluperfect",
          "present")
WRAPPERS = ("plain", "fronted", "said_after", "according", "said", "said_that", "second",
            "dateline", "which", "and_that", "degree")


@dataclass(frozen=True, slots=True)
class Case:
    """One matrix sentence, the question it should give and the answer."""

    name: str
    text: str
    question: str
    answer: str
    keep: tuple[str, ...]
    effect: str = ""


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


#: Connectives after which a quoted reason is ordinary English ("because of "security
#: reasons"", not "amid "security reasons"").
#: Connectives a degree adverb may come before ("partly because of X").
DEGREED = frozenset({"because", "because of", "due to", "owing to", "thanks to",
                     "as a result of", "in response to", "to", "in order to"})
QUOTABLE = frozenset({"because of", "due to", "owing to", "citing", "for"})


def _filler(fill: Fillers, name: str, kind: str, i: int) -> str:
    pool = {"np": fill.nps, "clause": fill.clauses, "purpose": fill.purposes,
            "absolute": fill.absolutes, "ing": fill.ings}[kind]
    if name not in QUOTABLE:
        pool = tuple(p for p in pool if not p.startswith('"'))
    return pool[i % len(pool)]


def _case(fill: Fillers, name: str, conn: Connective, shape: str, wrapper: str, i: int
          ) -> Case | None:
    subject = fill.subjects[i % len(fill.subjects)]
    acts = fill.penalties if conn.penalty else fill.acts
    act = acts[i % len(acts)]
    filler = _filler(fill, name, conn.kind, i)
    speaker = fill.speakers[i % len(fill.speakers)]
    if conn.agentive and shape == "passive":
        return None  # (", saying that ..." needs the act's doer as its subject)
    if name == "since" and shape in ("perfect", "pluperfect"):
        return None  # ("Since demand fell, X has closed ...": since when; see NEGATIVES)
    main, question = _past_main(subject, act, shape)
    if wrapper == "fronted" or conn.trailing is None:
        if conn.fronted is None:
            return None
        if wrapper not in ("plain", "fronted"):
            return None
        lead = _cap(filler) if conn.fronted.startswith("{}") else filler
        text = _cap(conn.fronted.format(lead)) + main + "."
        text = _cap(text)
    else:
        tail = conn.trailing.format(filler, pron=act.pron)
        if wrapper == "plain":
            text = _cap(main) + tail + "."
        elif wrapper == "said_after":
            text = _cap(main) + tail + f", {speaker} said."
        elif wrapper == "according":
            text = _cap(main) + tail + f", according to {speaker}."
        elif wrapper == "said":
            text = _cap(speaker) + f" said {main}{tail}."
        elif wrapper == "said_that":
            text = _cap(speaker) + f" said that {main}{tail}."
        elif wrapper == "second":
            text = f"Prices rose sharply last year and {main}{tail}."
        elif wrapper == "dateline":
            text = f"LIMA, March 3 (Reuters) - {_cap(main)}{tail}."
        elif wrapper == "and_that":
            if conn.kind not in ("np", "clause"):
                return None
            text = _cap(speaker) + f" said {main}{tail} and that talks would resume soon."
        elif wrapper == "degree":
            if name not in DEGREED:
                return None
            text = _cap(main) + " partly" + tail + "."
        elif wrapper == "which":
            if conn.kind != "np" or filler.startswith('"'):
                return None
            text = _cap(main) + tail + ", which angered local residents."
        else:
            raise ValueError(wrapper)
    return Case(f"{name}|{shape}|{wrapper}", text, question, filler, conn.keep,
                main if conn.effect else "")


def matrix(fill: Fillers) -> list[Case]:
    """Every connective with every main-clause shape (plain) and every wrapper (active)."""
    cases: list[Case] = []
    i = 0
    for name, conn in CONNECTIVES.items():
        for shape in SHAPES:
            i += 1
            case = _case(fill, name, conn, shape, "plain", i)
            if case:
                cases.append(case)
        for wrapper in WRAPPERS[1:]:
            i += 1
            case = _case(fill, name, conn, "active", wrapper, i)
            if case:
                cases.append(case)
    return cases


_SENTENCES = re.compile(r"(?<=\.) (?=[A-Z])")
_ACCORDING = re.compile(r",? according to [^,?]+,?")
_BY = re.compile(r" by [^?]+\?$")


def _norm_question(question: str) -> str:
    q = _ACCORDING.sub("", question.lower()).replace("why, ", "why ").strip()
    return q


def _norm_answer(answer: str, keep: tuple[str, ...]) -> str:
    a = answer.strip().strip('"').lower()
    for word in keep:
        if a.startswith(word + " "):
            a = a[len(word) + 1:]
    return a


@lru_cache(maxsize=None)
def hit(case: Case) -> bool:
    """Whether the generator gives ``case``'s question (up to an attribution) and answer."""
    want_q = case.question.lower()
    want_a = case.answer.strip('"').lower()
    for question, answer in cause_qa(*_SENTENCES.split(case.text)):
        if case.effect and answer.lower() == case.effect.lower():
            return True
        q = _norm_question(question)
        if q != want_q and _BY.sub("?", q) != _BY.sub("?", want_q):
            continue
        if _norm_answer(answer, case.keep) == want_a:
            return True
    return False


DEV_CASES = matrix(DEV)
HELD_CASES = matrix(HELD)


#: Matrix cases the generator does not give yet (not run one by one; reported; see the round-14 report): an act in
#: the simple present with some subjects or verbs ("Oxfam suspends", "Oxfam and the Red Cross
#: postpone": the clause reader finds no clause), "after"/"following" + a state rather than an
#: event ("after rising costs"), "which is why" + a name (cause_results), a clause reported
#: without "that" after some speakers, a "warning"/"saying" after a report ("X said Y did Z,
#: warning W": whose warning? left out on purpose).
GAPS = frozenset({
    "accusing|present|plain", "after|active|dateline", "after|active|fronted", "after|active|said",
    "after|adverb|plain", "after|modal|plain", "after|perfect|plain", "after|present|plain",
    "amid|present|plain", "arguing that|active|said_that", "as a result|modal|plain",
    "as a result|present|plain", "as|present|plain", "because of|present|plain",
    "due to|present|plain", "following|active|fronted", "following|modal|plain",
    "following|negated|plain", "following|present|plain", "for|present|plain",
    "hoping to|present|plain", "in order to|present|plain", "in protest against|present|plain",
    "in protest at|present|plain", "meant that|present|plain", "over|present|plain",
    "owing to|present|plain", "saying that|active|said", "saying that|active|said_after",
    "saying that|active|second", "saying that|present|plain", "since|present|plain",
    "so that|present|plain", "the reason was|active|and_that", "the reason was|active|said",
    "the reason was|active|second", "the reason was|present|plain", "to|present|plain",
    "warning that|active|and_that", "warning that|active|said", "warning that|active|said_that",
    "warning that|present|plain", "which is why|adverb|plain", "which is why|negated|plain",
    "which is why|passive|plain", "which is why|perfect|plain", "which is why|pluperfect|plain",
    "with|present|plain",
})


def _param(cases: list[Case], label: str) -> list[object]:
    """Every case but the known gaps (those count only in the coverage test below)."""
    return [pytest.param(c, id=f"{label}:{c.name}") for c in cases if c.name not in GAPS]


@pytest.mark.parametrize("case", _param(DEV_CASES, "dev") + _param(HELD_CASES, "held"))
def test_matrix_gives_the_question_and_the_answer(case: Case) -> None:
    assert hit(case), (case.text, sorted(cause_qa(*_SENTENCES.split(case.text))))


def test_matrix_coverage_holds() -> None:
    """The share of the matrix covered does not fall (DEV 451/483, HELD 437/483 at round 14's
    end; 393/483 and 380/483 before it)."""
    assert sum(map(hit, DEV_CASES)) >= 451
    assert sum(map(hit, HELD_CASES)) >= 437


#: Sentences where a connective word is no cause (a time, a manner, a schedule, a setting, a
#: means, a pronoun), each with the answers no card may give.
NEGATIVES = [
    ("Oxfam has run the clinic since 2019.", ()),
    ("Since demand for copper fell, Oxfam has closed the main port.", ()),
    ("The ministry closed the port after ten years of talks.", ()),
    ("The ministry closed the port after midnight.", ()),
    ("The festival was held the following week.", ()),
    ("The ministry closed the port, as expected.", ()),
    ("The ministry closed the port as part of a wider plan.", ()),
    ("As he had promised, the minister resigned.", ()),
    ("The minister resigned, as he had promised.", ()),
    ("As the ship arrived, the crowd cheered.", ()),
    ("Talks resumed amid tight security.", ()),
    ("The ministry closed the port amid cheers from residents.", ()),
    ("The festival went ahead amid fears of flooding.", ()),
    ("Over 300 people attended the festival.", ()),
    ("The ministry closed the port over the weekend.", ()),
    ("The minister spoke for three hours.", ()),
    ("The report is due to be published next week.", ()),
    ("The new law is due to come into force in May.", ()),
    ("The ministry wants to close the port.", ()),
    ("The ministry agreed to close the port.", ()),
    ("With the help of volunteers, the town rebuilt the bridge.", ()),
    ("With its partners, Oxfam delivered food to 20,000 people.", ()),
    ("With two days left before the vote, the candidates held rallies.", ()),
    ("With 300 members in 20 countries, the group is the largest of its kind.", ()),
    ("The union wrote a letter accusing the minister of lying about the budget.", ()),
    ("The council fined the company, accusing it of this.", ()),
    ("Oxfam closed the port because of it.", ()),
]


@pytest.mark.parametrize(("text", "_"), NEGATIVES)
def test_no_cause_card(text: str, _: tuple[str, ...]) -> None:
    assert not cause_qa(text)


#: Answers end where their phrase ends; questions restate only the act the reason is of.
SPANS = [
    ("The minister said Oxfam closed the port because of heavy rain and that talks would "
     "resume soon.", "heavy rain"),
    ("Oxfam closed the port because of heavy rain and said it would reopen on Monday.",
     "heavy rain"),
    ("Oxfam closed the port because of heavy rain, which flooded the town.", "heavy rain"),
    ("Oxfam closed the port because of heavy rain, the minister said.", "heavy rain"),
    ("Oxfam closed the port because of heavy rain, according to the minister.", "heavy rain"),
]


@pytest.mark.parametrize(("text", "answer"), SPANS)
def test_span_ends_with_its_phrase(text: str, answer: str) -> None:
    assert answer in {a for q, a in cause_qa(text) if q.startswith("Why")}


def test_two_joined_acts_ask_the_second_with_its_own_grammar() -> None:
    """"Prices rose and X closed Y, arguing that Z": never "Why did prices rise ... and X
    closed Y?" (a malformed question); the reason is the second act's."""
    text = ("Prices rose sharply last year and the association of hauliers closed the main "
            "port, arguing that costs have risen sharply.")
    questions = {q for q, _ in cause_qa(text)}
    assert questions == {"Why did the association of hauliers close the main port?"}


def test_reason_after_two_joined_acts_is_not_given_to_the_first() -> None:
    assert not cause_qa("Prices rose sharply last year and the Red Cross closed the main port.",
                        "The reason was a shortage of spare parts.")


def test_reason_told_next_with_a_closing_speaker() -> None:
    assert cause_qa("Oxfam closed the main port.",
                    "The reason was heavy rain, according to the minister.") == {
        ("Why did Oxfam close the main port, according to the minister?", "heavy rain")}
    assert not cause_qa("Oxfam closed the main port.", "The reason was not clear.")


def test_a_stated_reason_ends_before_a_second_report() -> None:
    assert cause_qa("The minister said Oxfam postponed the festival, saying that demand for "
                    "copper fell and that talks would resume soon.") == {
        ("Why did Oxfam postpone the festival, according to the minister?",
         "demand for copper fell")}


def test_reason_after_a_report_says_whose_account() -> None:
    assert cause_qa("The minister said that Oxfam postponed the annual festival.",
                    "The reason was concerns over safety.") == {
        ("Why did Oxfam postpone the annual festival, according to the minister?",
         "concerns over safety")}


#: The round's canonical shapes, as a teacher asks them.
SHAPES_ASKED = [
    ("Estonia expelled the attache, accusing him of gathering information on the navy.",
     "Why did Estonia expel the attache?", "gathering information on the navy"),
    ("The council sacked the manager, accusing him of gross negligence.",
     "Why did the council sack the manager?", "gross negligence"),
    ("With reservoirs at a quarter of capacity, the city rationed water.",
     "Why did the city ration water?", "reservoirs at a quarter of capacity"),
    ("With the main bridge closed, drivers must take a 40km detour.",
     "Why must drivers take a 40km detour?", "the main bridge closed"),
    ("With elections approaching, the government announced tax cuts.",
     "Why did the government announce tax cuts?", "elections approaching"),
    ("The ministry ordered checks on similar cables to rule out the same fault.",
     "Why did the ministry order checks on similar cables?", "to rule out the same fault"),
    ("The minister ordered an inquiry to establish what went wrong.",
     "Why did the minister order an inquiry?", "to establish what went wrong"),
    ("The ministry refused to comment, saying the matter was before the courts.",
     "Why did the ministry refuse to comment?", "the matter was before the courts"),
    ("As the council could not afford repairs, the bridge was closed.",
     "Why was the bridge closed?", "the council could not afford repairs"),
    ("Oxfam closed the port, as the river had burst its banks.",
     "Why did Oxfam close the port?", "the river had burst its banks"),
    ("Flights were cancelled amid heavy snow.", "Why were flights cancelled?", "heavy snow"),
    ("Mendoza's water department froze new licences amid the worst drought in 60 years.",
     "Why did Mendoza's water department freeze new licences?",
     "the worst drought in 60 years"),
    ("Prices rose and the Red Cross suspended exports, warning that demand for copper fell.",
     "Why did the Red Cross suspend exports?", "demand for copper fell"),
    ("Care homes have closed dozens of beds since new visa rules took effect in January.",
     "Why have care homes closed dozens of beds?", "new visa rules took effect in January"),
    ("The firm has cut 300 jobs since the tax was introduced.",
     "Why has the firm cut 300 jobs?", "the tax was introduced"),
    ("As costs have risen sharply, Oxfam closed the main port.",
     "Why did Oxfam close the main port?", "costs have risen sharply"),
    ("The union wrote to the minister, asking for an urgent meeting.",
     "Why did the union write to the minister?", "asking for an urgent meeting"),
    ("Workers went on strike on Monday, demanding higher pay.",
     "Why did workers go on strike on Monday?", "demanding higher pay"),
    ("Thousands of people took to the streets, urging the government to resign.",
     "Why did thousands of people take to the streets?", "urging the government to resign"),
]


@pytest.mark.parametrize(("text", "question", "answer"), SHAPES_ASKED)
def test_canonical_shape_is_asked(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


def test_a_time_since_or_a_misread_subject_gives_nothing() -> None:
    assert not cause_qa("The town has lost 2,000 jobs since the plant closed.")
    assert not cause_qa("The town has built three schools since the war ended.")
    # ("Why did shares in several list Japanese game makers rose ...?": a participle misread)
    assert not cause_qa("Shares in several listed Japanese game makers rose sharply on "
                        "Tuesday after the company announced a merger.")


@pytest.mark.parametrize("text", [
    "Residents are asking for more buses.",
    "It is a demanding job.",
    "The minister spoke on Monday, calling for calm.",
    "The ministry issued a statement calling for calm.",
    "The agency issued a flood warning for the north, urging residents to stay indoors.",
])
def test_asking_that_is_no_act_done_to_get_it(text: str) -> None:
    assert not cause_qa(text)


def test_ordering_a_person_is_no_purpose() -> None:
    assert not cause_qa("The general ordered troops to withdraw from the town.")
    assert not cause_qa("The US embassy declined to comment on individual cases.")


def coverage() -> None:
    """Print the coverage of both sets and the DEV failures (run this file as a script)."""
    for label, cases in (("DEV", DEV_CASES), ("HELD", HELD_CASES)):
        fails = [c for c in cases if not hit(c)]
        print(f"{label}: {len(cases) - len(fails)}/{len(cases)}")
        if label == "DEV":
            for c in fails:
                print("  FAIL", c.name, "|", c.text, "->",
                      sorted(cause_qa(*_SENTENCES.split(c.text))))


if __name__ == "__main__":
    coverage()
