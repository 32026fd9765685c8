"""Card forms and distractors: same kind, never an alias, deterministic; cloze, true/false, order."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.generate.questions import (
    DistractorPool, PlainNames, cards_for, cloze_question, distractors, order_cards,
    truefalse_statement, well_formed)
from quiz.model import CLOZE_GAP, CardType, Category


def _fact(answer: str, kind: AnswerKind, sentence: str, *, category: Category = Category.DATE,
          question: str = "When?", value: str = "", when: dt.date | None = None,
          article: str = "a.txt", accept: tuple[str, ...] = (), event: str = "") -> Fact:
    return Fact(category=category, kind=kind, article=article, sentence=Sentence(0, sentence),
                question=question, answer=answer, accept=accept, value=value or answer,
                when=when, event=event)


class Aliases(PlainNames):
    """A tiny entity index: the names in each group are one entity."""

    def __init__(self, *groups: tuple[str, ...]) -> None:
        self.groups = groups

    def same(self, a: str, b: str) -> bool:
        return a == b or any(a in g and b in g for g in self.groups)

    def aliases(self, name: str) -> tuple[str, ...]:
        for group in self.groups:
            if name in group:
                return (name, *[n for n in group if n != name])
        return (name,)


def test_date_distractors_are_near_and_never_the_answer() -> None:
    year = lambda y: _fact(str(y), AnswerKind.YEAR, f"It happened in {y}.", value=str(y),  # noqa: E731
                           when=dt.date(y, 1, 1), article=f"{y}.txt")
    facts = [year(y) for y in (1990, 2001, 2003, 2005, 2008, 2030)]
    pool = DistractorPool.build(facts)
    wrong = distractors(facts[2], pool, PlainNames())
    assert len(wrong) == 3 and "2003" not in wrong
    assert all(abs(int(w) - 2003) <= 10 for w in wrong)


def test_synthesised_dates_when_the_corpus_has_too_few() -> None:
    fact = _fact("3 January 2020", AnswerKind.FULL_DATE, "It opened on 3 January 2020.",
                 value="2020-01-03", when=dt.date(2020, 1, 3),
                 accept=("January 3, 2020", "2020-01-03"))
    wrong = distractors(fact, DistractorPool.build([fact]), PlainNames())
    assert len(wrong) == 3
    assert all(w[0].isdigit() and "2020-01-03" not in w and w != "3 January 2020" for w in wrong)


def test_actor_distractors_skip_aliases_of_the_answer() -> None:
    names = Aliases(("Acme Corp", "Acme", "ACME Corporation"))
    people = [_fact(n, AnswerKind.ORGANISATION, f"{n} said so.", category=Category.ACTOR,
                    question="Which company said so?", article="a.txt")
              for n in ("Acme Corp", "ACME Corporation", "Globex", "Initech",
                        "Umbrella", "Acme")]
    wrong = distractors(people[0], DistractorPool.build(people), names)
    assert len(wrong) == 3
    assert not set(wrong) & {"Acme", "ACME Corporation", "Acme Corp"}


def test_no_synthesised_actors() -> None:
    fact = _fact("Globex", AnswerKind.ORGANISATION, "Globex said so.", category=Category.ACTOR,
                 question="Which company said so?")
    assert distractors(fact, DistractorPool.build([fact]), PlainNames()) == ()


def test_number_distractors_keep_qualifier_and_magnitude() -> None:
    fact = _fact("more than 100", AnswerKind.COUNT, "More than 100 people came.",
                 category=Category.FIGURE, value="~100", question="How many people came?")
    wrong = distractors(fact, DistractorPool.build([fact]), PlainNames())
    assert len(wrong) == 3
    assert all(w.startswith("more than ") for w in wrong)


def test_cloze_replaces_the_verbatim_answer_once() -> None:
    fact = _fact("1921", AnswerKind.YEAR, "The museum was founded in 1921 by two sisters.")
    assert cloze_question(fact) == f"The museum was founded in {CLOZE_GAP} by two sisters."
    twice = _fact("1921", AnswerKind.YEAR, "In 1921 the museum opened; 1921 was a good year.")
    assert cloze_question(twice) is None


def test_truefalse_statements() -> None:
    fact = _fact("1921", AnswerKind.YEAR, "The museum was founded in 1921 by two sisters.")
    assert truefalse_statement(fact, "1925", truth=False) == (
        "The museum was founded in 1925 by two sisters.", False)
    assert truefalse_statement(fact, "1925", truth=True) == (fact.sentence.text, True)


def test_cards_are_deterministic_and_well_formed() -> None:
    facts = [_fact(str(y), AnswerKind.YEAR, f"The club moved to a new ground in {y}.",
                   question="In what year did the club move to a new ground?", value=str(y),
                   when=dt.date(y, 1, 1), article=f"{y}.txt") for y in range(1990, 2010)]
    pool = DistractorPool.build(facts)
    first = [c for f in facts for c in cards_for(f, pool, PlainNames())]
    again = [c for f in facts for c in cards_for(f, pool, PlainNames())]
    assert first == again
    kinds = {c.type for c in first}
    assert CardType.CHOICE in kinds and CardType.TYPED in kinds
    for card in first:
        assert card.source is not None and card.source.sentence
        if card.type is CardType.CHOICE:
            assert len(set(card.choices)) == 4 and card.answer in card.choices
        if card.type is CardType.TRUEFALSE:
            assert card.answer in ("true", "false") and not card.question.endswith("?")
    answers = {c.answer for c in first if c.type is CardType.TRUEFALSE}
    assert answers <= {"true", "false"}


def test_order_cards_put_events_in_time_order() -> None:
    events = [("The bridge opened", dt.date(1931, 5, 1)), ("The flood struck", dt.date(2024, 7, 1)),
              ("The bridge closed", dt.date(2023, 2, 1)), ("The council voted", dt.date(2025, 2, 1))]
    facts = [_fact(str(d.year), AnswerKind.YEAR, f"{e} in {d.year}.", question="When?",
                   value=str(d.year), when=d, event=e) for e, d in events]
    [card] = order_cards(facts)
    assert card.type is CardType.ORDER
    assert card.items == ("The bridge opened", "The bridge closed", "The flood struck",
                          "The council voted")
    assert card.question.endswith("?")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
def test_normalise_folds_accents_like_unicodedata(text: str) -> None:
    """The fast path (one regular expression for combining marks) agrees with removing every
    character ``unicodedata.combining`` flags, so card ids do not depend on which path ran."""
    import unicodedata

    from quiz.generate.ids import normalise

    folded = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                     if not unicodedata.combining(ch))
    assert normalise(text) == " ".join(re.sub(r"[\W_]+", " ", folded.lower()).split())
    assert normalise("Café “talks” — Qassem’s") == "cafe talks qassem s"


def _actor(name: str, kind: AnswerKind, article: str, sentence: str) -> Fact:
    return _fact(name, kind, sentence, category=Category.ACTOR, question="Who?",
                 article=article)


def test_actor_distractors_come_from_the_story_and_its_topic() -> None:
    # a school strike, a related follow-up and an unrelated wildfire story
    strike = [_actor(n, AnswerKind.PERSON, "strike.txt",
                     f"{n} spoke for the Eastbrook Teachers Union at the Eastbrook district "
                     "mediation.") for n in ("Maria Delgado", "Thomas Greer")]
    follow = [_actor("Paula Reyes", AnswerKind.PERSON, "follow.txt",
                     "Paula Reyes said the Eastbrook Teachers Union and the Eastbrook district "
                     "resumed mediation.")]
    fire = [_actor(n, AnswerKind.PERSON, "fire.txt", f"{n} praised firefighters near Pine Ridge.")
            for n in ("Elena Marsh", "Ryan Cole", "Denise Howell")]
    place = [_actor("City Hall", AnswerKind.PERSON, "strike.txt",
                    "Parents crowded Eastbrook City Hall during the Eastbrook mediation.")]
    pool = DistractorPool.build([*strike, *follow, *fire, *place])
    # two plausible wrong people only: no choice card rather than a stranger or a place
    assert distractors(strike[0], pool, PlainNames()) == ()
    more = _actor("Ana Ruiz", AnswerKind.PERSON, "follow.txt",
                  "Ana Ruiz joined the Eastbrook Teachers Union mediation.")
    pool = DistractorPool.build([*strike, *follow, more, *fire, *place])
    assert set(distractors(strike[0], pool, PlainNames())) == {
        "Thomas Greer", "Paula Reyes", "Ana Ruiz"}


def test_cause_distractors_never_come_from_another_topic() -> None:
    def cause(answer: str, article: str, sentence: str) -> Fact:
        return _fact(answer, AnswerKind.CAUSE, sentence, category=Category.CAUSE,
                     question="Why?", article=article)

    recall = cause("a faulty batch of battery cells", "recall.txt",
                   "Voltra recalled scooters because of a faulty batch of battery cells.")
    others = [cause(c, "match.txt", f"Rovers lost the match because of {c}.")
              for c in ("a red card", "a late penalty", "heavy rain")]
    assert distractors(recall, DistractorPool.build([recall, *others]), PlainNames()) == ()


def test_number_distractors_are_written_like_the_answer() -> None:
    votes = [_fact(a, AnswerKind.COUNT, f"The motion won {a} votes.", category=Category.FIGURE,
                   question="How many votes?", value=v)
             for a, v in (("only 29", "29"), ("27", "27"), ("30", "30"), ("31", "31"))]
    wrong = distractors(votes[0], DistractorPool.build(votes), PlainNames())
    assert len(wrong) == 3 and all(w.startswith("only ") for w in wrong)


def test_datelines_are_not_part_of_cloze_or_statements() -> None:
    fact = _fact("2019", AnswerKind.YEAR,
                 "CEDAR FALLS, Iowa (AP) — The mill reopened in 2019 after a long closure.")
    assert cloze_question(fact) == f"The mill reopened in {CLOZE_GAP} after a long closure."
    statement = truefalse_statement(fact, "2017", truth=False)
    assert statement == ("The mill reopened in 2017 after a long closure.", False)


def test_order_cards_do_not_list_one_event_twice() -> None:
    events = [("The hospital board approved the new wing", dt.date(2021, 3, 2)),
              ("The board approved the hospital's new wing plan", dt.date(2021, 3, 9)),
              ("Builders broke ground", dt.date(2022, 6, 1)),
              ("The first patients arrived", dt.date(2024, 1, 15))]
    facts = [_fact(str(d), AnswerKind.FULL_DATE, f"{e} on {d}.", question="When?",
                   value=d.isoformat(), when=d, event=e, article="wing.txt") for e, d in events]
    [card] = order_cards(facts)
    assert card.items == ("The hospital board approved the new wing", "Builders broke ground",
                          "The first patients arrived")
    assert order_cards(facts[:3]) == []  # two different events only: no card


def test_broken_questions_fall_back_to_no_question() -> None:
    def asked(question: str, answer: str, category: Category = Category.CAUSE) -> list[str]:
        fact = _fact(answer, AnswerKind.CAUSE if category is Category.CAUSE else
                     AnswerKind.ORGANISATION, f"The harbour closed because {answer}.",
                     category=category, question=question)
        return [c.question for c in cards_for(fact, DistractorPool.build([fact]), PlainNames())
                if c.question.endswith("?")]  # a cloze of the sentence may stay

    assert asked("Why was said the harbour closed?", "a storm hit the coast") == []
    assert asked("Why are our ferries late?", "a storm hit the coast") == []
    assert asked("Why did the harbour close because a storm?", "hit the coast") == []
    assert asked("Who did hundreds of sailors crowd?", "Harbour Square", Category.ACTOR) == []
    assert asked("Who was The harbour master?", "Ola Berg", Category.ACTOR) == []
    assert asked("Why did the harbour close?", "a storm hit the coast") == [
        "Why did the harbour close?"]


def test_no_actor_card_for_a_place_an_event_or_our_people() -> None:
    for answer in ("Harbour Square", "Bluebell Hill Fire", "Our volunteers"):
        fact = _fact(answer, AnswerKind.GROUP, f"{answer} drew crowds on Saturday.",
                     category=Category.ACTOR, question="Who drew crowds on Saturday?")
        assert cards_for(fact, DistractorPool.build([fact]), PlainNames()) == []


def test_a_cause_of_one_of_two_joined_verbs_is_not_asked_of_both() -> None:
    text = "The ferry left late and sank quickly because of a storm in the strait."
    fact = _fact("a storm in the strait", AnswerKind.CAUSE, text, category=Category.CAUSE,
                 question="Why did the ferry leave late and sink quickly?")
    cards = cards_for(fact, DistractorPool.build([fact]), PlainNames())
    # no question; the sentence itself may still be gapped (it tells which verb is meant)
    assert [(card.type, card.question) for card in cards] == [
        (CardType.CLOZE, "The ferry left late and sank quickly because of ___.")]


def test_a_number_of_the_question_is_not_a_distractor() -> None:
    facts = [_fact(a, AnswerKind.COUNT, f"The striker scored {a} goals in 40 matches.",
                   category=Category.FIGURE, value=a,
                   question="How many goals did the striker score in 40 matches?")
             for a in ("31", "40", "28", "35", "22")]
    wrong = distractors(facts[0], DistractorPool.build(facts), PlainNames())
    assert len(wrong) == 3 and "40" not in wrong


def test_a_reason_is_recalled_not_chosen() -> None:
    """Cause facts become self-graded recall cards: phrases as choices give themselves away."""
    sentence = "The council closed the library because the roof had started to leak."
    facts = [_fact(answer, AnswerKind.CAUSE, text, category=Category.CAUSE,
                   question=f"Why did the council close the {place}?", article=f"{place}.txt")
             for answer, text, place in (
                 ("the roof had started to leak", sentence, "library"),
                 ("its boiler failed", "The council closed the pool as its boiler failed.", "pool"),
                 ("fewer people came", "The council closed the museum as fewer people came.",
                  "museum"),
                 ("the lease ran out", "The council closed the hall as the lease ran out.",
                  "hall"))]
    pool = DistractorPool.build(facts)
    types = {card.type for card in cards_for(facts[0], pool, PlainNames())}
    assert CardType.RECALL in types and CardType.CHOICE not in types


def test_false_statements_swap_only_dates_numbers_and_people() -> None:
    """Swapping a group or an organisation can leave a statement garbled or still true."""
    def statements(kind: AnswerKind, names: list[str]) -> set[str]:
        facts = [_fact(name, kind, f"Yesterday {name} signed the agreement in Riverton.",
                       category=Category.ACTOR, question="Who signed the agreement?",
                       article="riverton.txt") for name in names]
        pool = DistractorPool.build(facts)
        return {card.question for fact in facts for card in cards_for(fact, pool, PlainNames())
                if card.type is CardType.TRUEFALSE and card.answer == "false"}

    firsts = ("Maria", "John", "Aisha", "Peter", "Wei", "Sara", "Tom", "Ana", "Omar", "Lena")
    people = [f"{first} {last}" for first in firsts for last in ("Lopez", "Carter", "Novak")]
    groups = [f"the {trade} {body}" for trade in ("dockers'", "ferry", "fishing", "harbour",
                                                  "shipping", "rail")
              for body in ("union", "council", "guild", "board", "association")]
    assert statements(AnswerKind.PERSON, people)  # the same sentences do give false statements
    assert statements(AnswerKind.GROUP, groups) == set()


def test_actor_choices_offer_names_the_question_does_not_point_at() -> None:
    """No description among names, and no name the question already uses ("Norwegian" for
    Norway, the person the question is about)."""
    sentence = "Yesterday {} signed the fishing treaty with the Norwegian minister Ola Berg."
    countries = ["Norway", "Iceland", "Denmark", "Finland", "Sweden", "Estonia"]
    facts = [_fact(c, AnswerKind.COUNTRY, sentence.format(c), category=Category.ACTOR,
                   question="Which country signed the fishing treaty with the Norwegian "
                            "minister Ola Berg?", article="treaty.txt") for c in countries]
    people = ["Ola Berg", "Anna Lind", "Jonas Falk", "a senior fisheries official", "Eva Holm"]
    facts += [_fact(p, AnswerKind.PERSON, f"{p} criticised the treaty signed by Ola Berg.",
                    category=Category.ACTOR, question="Who criticised the treaty signed by "
                                                      "Ola Berg?", article="treaty.txt")
              for p in people]
    pool = DistractorPool.build(facts)
    for wrong in distractors(facts[1], pool, PlainNames()):  # Iceland
        assert wrong != "Norway"
    for wrong in distractors(facts[7], pool, PlainNames()):  # Jonas Falk
        assert wrong not in ("Ola Berg", "a senior fisheries official")


def test_groups_and_descriptions_are_typed_not_chosen() -> None:
    groups = [f"the {trade} union" for trade in ("dockers'", "ferry", "fishing", "harbour",
                                                 "shipping", "rail", "bus", "tram")]
    facts = [_fact(g, AnswerKind.GROUP, f"On Monday {g} called a strike at the port.",
                   category=Category.ACTOR, question="Who called a strike at the port?",
                   article="port.txt") for g in groups]
    pool = DistractorPool.build(facts)
    types = {card.type for fact in facts for card in cards_for(fact, pool, PlainNames())}
    assert CardType.CHOICE not in types and CardType.TYPED in types


@pytest.mark.parametrize("question, sound", [
    ("What caused the rise?", False),
    ("What prompted this?", False),
    ("What caused the rise in bread prices?", True),
])
def test_questions_that_name_nothing_are_not_asked(question: str, sound: bool) -> None:
    fact = _fact("it cut bus routes", AnswerKind.EFFECT,
                 "In response, the council cut bus routes.", category=Category.CAUSE,
                 question=question)
    assert well_formed(fact) is sound


def test_someone_the_article_does_not_name_is_no_actor_to_learn() -> None:
    fact = _fact("a senior club official", AnswerKind.PERSON,
                 "A senior club official said the stadium would reopen.",
                 category=Category.ACTOR, question="Who said the stadium would reopen?")
    assert cards_for(fact, DistractorPool.build([fact]), PlainNames()) == []


@pytest.mark.parametrize("sentence, answer, asked", [
    ("Repairs will take seven to ten days, the council said.", "seven", False),
    ("Repairs will take seven to ten days, the council said.", "ten", False),
    ("Staff numbers fell from a high of 5,300 to 2,500 by the end of the year.", "2,500", True),
])
def test_one_end_of_a_range_is_not_a_gap(sentence: str, answer: str, asked: bool) -> None:
    fact = _fact(answer, AnswerKind.COUNT, sentence, category=Category.FIGURE, question="")
    assert (cloze_question(fact, answer) is not None) is asked
