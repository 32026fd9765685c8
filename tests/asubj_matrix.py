"""A grammar matrix of actor subjects: subject noun phrases of every shape x agent verbs x
tense, aspect, modal and adverb x wrappers, each sentence with the answer and the act a
question must restate (round 14's method; DEV and HELD-OUT fillers differ in words only).

A role and a person ("Finance minister Anna Berg") are tested apart, with acts that name a
place or a number: "Which finance minister criticised the plan?" without one is any
minister's act, and is not asked (actor_bare)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Subject:
    """A subject as the sentence opens with it, and the answer a card gives for it."""

    text: str
    answer: str


@dataclass(frozen=True, slots=True)
class Act:
    """An act: its past, past participle and base, and its object."""

    past: str
    participle: str
    base: str
    obj: str


@dataclass(frozen=True, slots=True)
class Case:
    """A sentence, the answer expected, and a word of the act the question must keep."""

    sentence: str
    answer: str
    act_word: str


DEV_SUBJECTS = (
    Subject("Oxfam", "Oxfam"),
    Subject("The Red Cross", "Red Cross"),
    Subject("Hydro-Quebec", "Hydro-Quebec"),
    Subject("Canadian Pacific Kansas City", "Canadian Pacific Kansas City"),
    Subject("World Rowing", "World Rowing"),
    Subject("Saskatchewan's agriculture ministry", "Saskatchewan's agriculture ministry"),
    Subject("Mendoza's provincial water department", "Mendoza's provincial water department"),
    Subject("Gothenburg's opera house", "Gothenburg's opera house"),
    Subject("The Polish hauliers' association", "Polish hauliers' association"),
    Subject("The regional health authority", "regional health authority"),
    Subject("The Ministry of Health", "Ministry of Health"),
    Subject("Norway's Equinor", "Equinor"),
    Subject("Save the Children", "Save the Children"),
    Subject("The Red Cross in Geneva", "Red Cross"),
    Subject("The Cerro Alto observatory", "Cerro Alto observatory"),
    Subject("Scottish Care", "Scottish Care"),
    Subject("The Dutch pilots' corporation, Loodswezen,", "Loodswezen"),
)
HELD_OUT_SUBJECTS = (
    Subject("Greenpeace", "Greenpeace"),
    Subject("The Wellcome Trust", "Wellcome Trust"),
    Subject("Deutsche Bahn", "Deutsche Bahn"),
    Subject("Rio Tinto", "Rio Tinto"),
    Subject("Fundacion Vida Silvestre", "Fundacion Vida Silvestre"),
    Subject("Manitoba's environment department", "Manitoba's environment department"),
    Subject("Valencia's regional transport authority", "Valencia's regional transport authority"),
    Subject("Bergen's symphony orchestra", "Bergen's symphony orchestra"),
    Subject("The Danish dairy farmers' federation", "Danish dairy farmers' federation"),
    Subject("The national fisheries agency", "national fisheries agency"),
    Subject("The Agency for Coastal Safety", "Agency for Coastal Safety"),
    Subject("Finland's Fortum", "Fortum"),
    Subject("Doctors of the World", "Doctors of the World"),
    Subject("The Red Crescent in Ankara", "Red Crescent"),
    Subject("The Vesterheim museum", "Vesterheim museum"),
    Subject("British Gas", "British Gas"),
    Subject("The Danish fishermen's association, Fiskeriforeningen,", "Fiskeriforeningen"),
)
DEV_ACTS = (
    Act("launched", "launched", "launch", "an emergency appeal for flood victims"),
    Act("demanded", "demanded", "demand", "compensation for lost harvests"),
    Act("froze", "frozen", "freeze", "electricity rates for three years"),
    Act("suspended", "suspended", "suspend", "grain shipments to Vancouver"),
    Act("cancelled", "cancelled", "cancel", "the Lucerne regatta"),
    Act("approved", "approved", "approve", "a new fee for heavy lorries"),
    Act("rejected", "rejected", "reject", "the proposal to close rural clinics"),
    Act("fined", "fined", "fine", "two shipping firms for dumping waste"),
    Act("warned", "warned", "warn", "hospitals to prepare for a surge in cases"),
    Act("ordered", "ordered", "order", "checks on all river dams"),
    Act("asked", "asked", "ask", "railways to add extra grain cars"),
    Act("criticised", "criticised", "criticise", "the plan to cut bus services"),
    Act("announced", "announced", "announce", "a plan to build 300 homes"),
    Act("agreed", "agreed", "agree", "to pay 2 million euros in damages"),
    Act("called", "called", "call", "for an inquiry into the Tromso crash"),
    Act("accused", "accused", "accuse", "Nordic Air of breaking the law"),
    Act("opened", "opened", "open", "an investigation into the Bergen fire"),
    Act("threatened", "threatened", "threaten", "to close 12 branches"),
    Act("sold", "sold", "sell", "its stake in Halvex for 40 million euros"),
)
HELD_OUT_ACTS = (
    Act("postponed", "postponed", "postpone", "a vote on a new harbour"),
    Act("banned", "banned", "ban", "night flights over Bilbao"),
    Act("halted", "halted", "halt", "exports of live cattle"),
    Act("raised", "raised", "raise", "water prices by 12 percent"),
    Act("signed", "signed", "sign", "a deal to buy 40 electric buses"),
    Act("urged", "urged", "urge", "farmers to save water"),
    Act("withdrew", "withdrawn", "withdraw", "support for a new gas pipeline"),
    Act("imposed", "imposed", "impose", "a curfew in Tromso"),
    Act("unveiled", "unveiled", "unveil", "a plan to plant a million trees"),
    Act("sued", "sued", "sue", "a rail operator for unpaid fees"),
    Act("closed", "closed", "close", "three branches in the north"),
    Act("hired", "hired", "hire", "200 extra staff for the summer"),
)
#: Frames: a sentence from the subject, the act and the subject lowered as it stands inside.
FRAMES = (
    lambda s, low, a: f"{s} {a.past} {a.obj}.",
    lambda s, low, a: f"{s} has {a.participle} {a.obj}.",
    lambda s, low, a: f"{s} had also {a.participle} {a.obj}.",
    lambda s, low, a: f"{s} will {a.base} {a.obj}.",
    lambda s, low, a: f"{s} is expected to {a.base} {a.obj}.",
    lambda s, low, a: f"{s} {a.past} {a.obj}, a spokesman said.",
    lambda s, low, a: f"{s} {a.past} {a.obj}, according to local media.",
    lambda s, low, a: f"{s} on Tuesday {a.past} {a.obj}.",
    lambda s, low, a: f"Officials said that {low} had {a.participle} {a.obj}.",
    lambda s, low, a: f"Talks broke down on Monday, and {low} {a.past} {a.obj}.",
    lambda s, low, a: f"OTTAWA, March 3 (Reuters) - {s} {a.past} {a.obj}.",
    lambda s, low, a: f"{s} also {a.past} {a.obj}.",
    lambda s, low, a: f"On Monday, {low} {a.past} {a.obj}.",
    lambda s, low, a: f"In a statement, {low} said it would {a.base} {a.obj}.",
    lambda s, low, a: f"{s}, which has 40 staff in the region, {a.past} {a.obj}.",
    lambda s, low, a: f"{s} {a.past} {a.obj} and called for talks with unions.",
    lambda s, low, a: f"{s} has already {a.participle} {a.obj}, the newspaper reported.",
    lambda s, low, a: f"Lyon had {a.participle} {a.obj}, {low} said.",
    lambda s, low, a: f"Lyon had {a.participle} {a.obj}, according to {low}.",
)


def _lowered(subject: str) -> str:
    return f"the {subject[4:]}" if subject.startswith("The ") else subject


def cases(subjects: tuple[Subject, ...], acts: tuple[Act, ...]) -> list[Case]:
    """Every subject with every act in every frame (acts rotate across frames: the matrix
    covers each pair of subject and frame once and each verb in every frame)."""
    out: list[Case] = []
    for i, subject in enumerate(subjects):
        for j, frame in enumerate(FRAMES):
            act = acts[(i + j) % len(acts)]
            sentence = frame(subject.text, _lowered(subject.text), act).replace(",.", ".")
            out.append(Case(sentence, subject.answer, act.obj.split()[-1]))
    return out


def dev_cases() -> list[Case]:
    return cases(DEV_SUBJECTS, DEV_ACTS)


def held_out_cases() -> list[Case]:
    return cases(HELD_OUT_SUBJECTS, HELD_OUT_ACTS)


def _norm(text: str) -> str:
    low = text.lower().strip()
    return low[4:] if low.startswith("the ") else low


def judged(case: Case, found: set[tuple[str, str]]) -> str | None:
    """The question that asks ``case`` well among ``found`` (question, answer) pairs, or
    ``None``: the answer is the subject, the question a "Who"/"Which" question that keeps
    the act's last word and holds none of the answer's own words."""
    want = _norm(case.answer)
    for question, answer in found:
        owner = want.split("'s ", 1)[0] if "'s " in want else None
        if not question or not question.endswith("?") or _norm(answer) != want and not (
                owner == _norm(answer) and "whose " in question.lower()):
            continue  # ("Whose opera house cancelled ...? -> Gothenburg" asks it too)
        if not question.startswith(("Who ", "Which ", "Whose ", "According to ")):
            continue
        if case.act_word not in question:
            continue
        own = [w for w in _norm(answer).replace("'s", "").split()
               if len(w) > 3 and w not in _KIND_WORDS]
        if any(w in question.lower().rstrip("?").split() for w in own):
            continue
        return question
    return None


#: Words of a body's kind a question may name ("Which ministry"): no giveaway.
_KIND_WORDS = frozenset({"ministry", "department", "authority", "agency", "association",
                         "federation", "orchestra", "house", "minister", "regional",
                         "national", "health", "trust", "observatory", "museum"})


def coverage(all_cases: list[Case]) -> tuple[int, list[Case]]:
    """How many cases give their question, and the ones that do not."""
    from gen_support import actor_qa

    missed = [case for case in all_cases if judged(case, actor_qa(case.sentence)) is None]
    return len(all_cases) - len(missed), missed


if __name__ == "__main__":
    import sys

    for name, got in (("DEV", dev_cases()), ("HELD-OUT", held_out_cases())):
        hit, missed = coverage(got)
        print(f"{name}: {hit}/{len(got)}")
        if name == "DEV" and "-v" in sys.argv:
            from gen_support import actor_qa

            for case in missed:
                print("  MISS", case.sentence, actor_qa(case.sentence))
