"""Cards round 2: person distractors of the answer's family, never a co-participant; cause
questions across sentences; wire datelines."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.generate.questions import (
    DistractorPool, PlainNames, RememberedNames, asked_role, bare_names, cards_for,
    cloze_question, distractors, named_in, points_back, well_formed, without_stray_the)
from quiz.model import CLOZE_GAP, CardType, Category


def _person(answer: str, sentence: str, question: str = "Who spoke?",
            article: str = "a.txt") -> Fact:
    return Fact(category=Category.ACTOR, kind=AnswerKind.PERSON, article=article,
                sentence=Sentence(0, sentence), question=question, answer=answer,
                value=answer)


class Families(PlainNames):
    """Names with a family of roles each ("" when unknown)."""

    def __init__(self, families: dict[str, str]) -> None:
        self.families = families

    def family(self, name: str) -> str:
        return self.families.get(name, "")


_PEOPLE = {"Rhea Castell": "military", "Tomas Varga": "military", "Ines Morel": "military",
           "Petra Lund": "military", "Carl Bright": "media", "Dana Fox": "media",
           "Omar Haddad": ""}


def _pool(*extra: Fact) -> tuple[list[Fact], DistractorPool]:
    facts = [_person(name, f"{name} spoke to reporters on Monday.") for name in _PEOPLE]
    facts.extend(extra)
    return facts, DistractorPool.build(facts)


def test_person_distractors_skip_another_known_family_and_prefer_the_answers() -> None:
    fact = _person("Rhea Castell", "Rhea Castell led the militia into the town.",
                   "Who led the militia into the town?")
    _, pool = _pool(fact)
    wrong = distractors(fact, pool, RememberedNames(Families(_PEOPLE)))
    assert set(wrong) == {"Tomas Varga", "Ines Morel", "Petra Lund"}


def test_unknown_family_fills_in_when_too_few_of_the_answers() -> None:
    people = {**_PEOPLE, "Petra Lund": "media"}
    fact = _person("Rhea Castell", "Rhea Castell led the militia into the town.",
                   "Who led the militia into the town?")
    _, pool = _pool(fact)
    wrong = distractors(fact, pool, Families(people))
    assert set(wrong) == {"Tomas Varga", "Ines Morel", "Omar Haddad"}


def test_a_name_coordinated_with_the_answer_is_no_distractor() -> None:
    fact = _person("Rhea Castell", "Rhea Castell and Tomas Varga were killed in the raid.",
                   "Who was killed in the raid along with Tomas Varga?")
    _, pool = _pool(fact)
    wrong = distractors(fact, pool, Families(_PEOPLE))
    assert "Tomas Varga" not in wrong
    surname = _person("Rhea Castell", "Castell and Varga were killed in the raid.",
                      "Who was killed in the raid?")
    assert "Tomas Varga" not in distractors(surname, pool, Families(_PEOPLE))
    assert named_in("Castell and al-Varga were killed.", "Tomas al-Varga")
    assert not named_in("Castell and Li were killed.", "Wen Li")  # too short to tell


def test_too_few_clearly_wrong_people_gives_a_typed_card() -> None:
    people = {"Rhea Castell": "military", "Tomas Varga": "military", "Ines Morel": "military",
              "Carl Bright": "media", "Dana Fox": "media"}
    fact = _person("Rhea Castell", "Rhea Castell and Tomas Varga were killed in the raid.",
                   "Who was killed in the raid along with Tomas Varga?")
    facts = [_person(n, f"{n} spoke on Monday.") for n in people] + [fact]
    pool = DistractorPool.build(facts)
    assert distractors(fact, pool, Families(people)) == ()
    cards = cards_for(fact, pool, Families(people))
    assert cards and all(c.type is not CardType.CHOICE for c in cards)


def test_a_which_role_question_offers_only_people_of_that_role() -> None:
    assert asked_role("Which then-president ordered the strike?") == {"president"}
    assert asked_role("Which Iraqi Prime Minister said that?") == {"prime", "minister"}
    assert asked_role("Which country backs them?") == frozenset()
    assert asked_role("Who did President Ames meet?") == frozenset()
    ministers = [_person(n, f"Foreign Minister {n} arrived on Monday.") for n in
                 ("Tomas Varga", "Ines Morel", "Petra Lund")]
    others = [_person(n, f"Army spokesman {n} arrived on Monday.") for n in
              ("Carl Bright", "Dana Fox", "Omar Haddad")]
    fact = _person("Rhea Castell", "Foreign Minister Rhea Castell signed the deal.",
                   "Which Foreign Minister signed the deal?")
    pool = DistractorPool.build([*ministers, *others, fact])
    assert set(distractors(fact, pool, PlainNames())) == {"Tomas Varga", "Ines Morel",
                                                          "Petra Lund"}
    pool = DistractorPool.build([*ministers[:2], *others, fact])
    assert distractors(fact, pool, PlainNames()) == ()


def test_a_name_the_question_uses_in_another_form_is_no_distractor() -> None:
    class Countries(PlainNames):
        def aliases(self, name: str) -> tuple[str, ...]:
            return (name, "US") if name == "United States" else (name,)

    def country(name: str) -> Fact:
        return Fact(category=Category.ACTOR, kind=AnswerKind.COUNTRY, article="a.txt",
                    sentence=Sentence(0, f"{name} spoke."), question="Which country spoke?",
                    answer=name, value=name)

    fact = Fact(category=Category.ACTOR, kind=AnswerKind.COUNTRY, article="a.txt",
                sentence=Sentence(0, "Iran fired missiles at US bases."),
                question="Which country fired missiles at US bases?", answer="Iran",
                value="Iran")
    facts = [country(n) for n in ("United States", "Syria", "Israel", "Russia")] + [fact]
    wrong = distractors(fact, DistractorPool.build(facts), Countries())
    assert set(wrong) == {"Syria", "Israel", "Russia"}


def _cause(question: str, answer: str = "higher fares") -> Fact:
    return Fact(category=Category.CAUSE, kind=AnswerKind.CAUSE, article="a.txt",
                sentence=Sentence(0, f"The plan was approved, leading to {answer}."),
                question=question, answer=answer, value=answer)


@pytest.mark.parametrize("question", [
    "How would the scheme be paid for?",
    "How will the new bridge be paid for?",
    "How was the shortfall accounted for?",
    "The council raised parking fees by 12%. What did this lead to?",
    "The fund was set up in 2019. What did this lead to?",
    "Prices rose after the strike (in March). What did this lead to?",
])
def test_cause_questions_that_ask_for_a_stranded_object_are_asked(question: str) -> None:
    assert well_formed(_cause(question))


@pytest.mark.parametrize("question", [
    "How much did the city face a shortfall due?",
    "How did the mayor react to?",
    "Prices were cut by the U.S. Army to?",
])
def test_a_preposition_left_without_its_object_is_not_asked(question: str) -> None:
    assert not well_formed(_cause(question))


def _figure(answer: str, sentence: str, index: int = 1, question: str = "") -> Fact:
    return Fact(category=Category.FIGURE, kind=AnswerKind.COUNT, article="a.txt",
                sentence=Sentence(index, sentence), question=question, answer=answer,
                value=answer)


@pytest.mark.parametrize("text", [
    "It was cancelled only once, in 2020.",
    "Its shares rose 4% on Tuesday.",
    "Since the war began, they have struck the bases 60 times.",
    "A survey found that one in four of them skipped breakfast.",
])
def test_a_sentence_that_points_back_is_no_cloze_alone(text: str) -> None:
    assert points_back(text)


@pytest.mark.parametrize("text", [
    "It is not clear whether the port will reopen.",
    "A total of 47 people were admitted, and nine of them remain in intensive care.",
    "She will need two partners to reach 51 seats.",
    "As a result of these attacks, dozens of soldiers were hurt.",
])
def test_a_sentence_that_names_what_it_is_about_stands_alone(text: str) -> None:
    assert not points_back(text)


def test_who_matters_in_a_true_false_statement() -> None:
    assert points_back("She will need two partners to reach 51 seats.", person_ok=False)
    assert points_back("He said the army would send 300 soldiers.", person_ok=False)
    assert not points_back("He said the army would send 300 soldiers.")


def test_a_cloze_that_points_back_is_led_by_the_sentence_before() -> None:
    fact = _figure("4%", "Its shares rose 4% on Tuesday as investors cheered.")
    before = "Halvard, founded in Oslo in 1998, employs 900 people."
    assert cloze_question(fact) is None
    assert cloze_question(fact, before=before) == \
        f"{before} Its shares rose {CLOZE_GAP} on Tuesday as investors cheered."
    # not when that one points back too, or gives the answer away
    assert cloze_question(fact, before="It was founded in Oslo in 1998.") is None
    assert cloze_question(fact, before="Rivals rose 4% last week after the news.") is None
    facts = [_figure("900", before, 0), fact]
    cards = cards_for(fact, DistractorPool.build(facts), PlainNames())
    assert all(before in c.question for c in cards if c.type is CardType.CLOZE)


def test_a_stray_the_before_a_name_written_bare_elsewhere_is_dropped() -> None:
    bare = bare_names(["The talks were held in Baghdad.", "He flew to the Netherlands."])
    assert bare == {"Baghdad"}
    assert without_stray_the("Who was killed in a strike at the Baghdad?", bare) == \
        "Who was killed in a strike at Baghdad?"
    assert without_stray_the("Who leads the Baghdad government?", bare) == \
        "Who leads the Baghdad government?"
    assert without_stray_the("Who flew to the Netherlands?", bare) == \
        "Who flew to the Netherlands?"


def test_a_possessive_date_is_not_asked_and_before_a_year_asks_a_year(tmp_path: Path) -> None:
    from quiz.generate.article import read_article
    from quiz.generate.dates import date_facts

    path = tmp_path / "a.txt"
    path.write_text("Festival opens\n\nPublished: 4 June 2025\n\nThe director, Ana Ruiz, said "
                    "this year's programme had more films by women than ever.\n\nShe said no "
                    "cinema would close before 2028.\n", encoding="utf-8")
    facts = date_facts(read_article(path))
    assert [f.question for f in facts if f.answer == "2025"] == [""]
    # "Before what year would no cinema close?" asks when nothing happens: not asked
    assert [f.question for f in facts if f.answer == "2028"] == [""]


def test_a_common_noun_opening_the_sentence_is_lowered_in_the_question() -> None:
    from quiz.generate.clauses import lowered_opener

    sentence = "Port workers last went on strike in 2019."
    asked = "In what year did Port workers last go on strike?"
    assert lowered_opener(asked, sentence, frozenset({"port"}), frozenset({"ports"})) == \
        "In what year did port workers last go on strike?"
    assert lowered_opener("When did Bank of Spain act?", "Bank of Spain acted in 2019.",
                          frozenset({"bank"}), frozenset({"bank"})) == \
        "When did Bank of Spain act?"


def test_a_role_with_a_modifier_is_still_the_asked_role() -> None:
    assert asked_role("Which council leader said the scheme would cost more?") == {"leader"}


def test_a_surname_with_a_particle_gets_surnames_as_choices() -> None:
    names = ("Sanne Bakker", "Pieter Jansen", "Thomas Kramer")
    facts = [_person(n, f"{n} spoke on Monday.") for n in names]
    fact = _person("Van Dijk", "Van Dijk promised to repeal the tax.",
                   "Who promised to repeal the tax?")
    wrong = distractors(fact, DistractorPool.build([*facts, fact]), PlainNames())
    assert set(wrong) == {"Bakker", "Jansen", "Kramer"}


def test_order_items_lose_a_stray_the_too() -> None:
    import datetime as dt

    from quiz.generate.questions import order_cards

    def dated(event: str, year: int, index: int) -> Fact:
        return Fact(category=Category.DATE, kind=AnswerKind.YEAR, article="a.txt",
                    sentence=Sentence(index, f"{event} in {year}."), question="When?",
                    answer=str(year), value=str(year), when=dt.date(year, 1, 1), event=event)

    facts = [dated("The talks began in Baghdad", 2019, 0),
             dated("Two leaders were killed in a strike at the Baghdad", 2020, 1),
             dated("The troops left", 2021, 2)]
    [card] = order_cards(facts)
    assert "Two leaders were killed in a strike at Baghdad" in card.items


def test_a_question_or_cloze_that_names_its_answer_in_another_form_is_not_written() -> None:
    class Countries(PlainNames):
        def aliases(self, name: str) -> tuple[str, ...]:
            return (name, "US") if name == "United States" else (name,)

    fact = Fact(category=Category.ACTOR, kind=AnswerKind.COUNTRY, article="a.txt",
                sentence=Sentence(0, "The United States is bracing for attacks on US forces "
                                     "in the region, an official said."),
                question="Which country is bracing for attacks on US forces in the region?",
                answer="United States", value="United States")
    assert cards_for(fact, DistractorPool.build([fact]), Countries()) == []


@pytest.mark.parametrize("text, answers", [
    ("A debut drama about two sisters running a vineyard won the prize.", ["two"]),
    ("The dispute over $5 million in fees ended on Monday.", ["$5 million"]),
    ("The company employs about 900 people.", ["about 900"]),
    ("The fire burned over 200 homes.", ["over 200"]),
])
def test_about_after_a_topic_noun_is_no_qualifier(text: str, answers: list[str]) -> None:
    from quiz.generate.figures import find_figures

    assert [m.answer for m in find_figures(text, [])] == answers


def test_a_they_inside_the_subjects_clause_does_not_point_back() -> None:
    assert not points_back("Opposition councillors voted against the plan because, they "
                           "argued, the money should go to poorer families.")


@pytest.mark.parametrize("text, pointing", [
    ("By Monday night it had destroyed 63 homes.", True),
    ("In 2019 it was sold to a rival.", True),
    ("It is unlikely to reopen before June.", True),
    ("It is not clear whether the port will reopen.", False),
    ("It was noted that the fund grew by 5%.", False),
    ("It is too early to say how many homes burned.", False),
])
def test_an_it_is_a_pointer_unless_it_is_a_dummy(text: str, pointing: bool) -> None:
    assert points_back(text) is pointing


def test_a_past_event_is_not_offered_a_year_after_the_articles_latest_date() -> None:
    import datetime as dt

    def year(y: int, question: str = "In what year did revenue fall?") -> Fact:
        return Fact(category=Category.DATE, kind=AnswerKind.YEAR, article="a.txt",
                    sentence=Sentence(0, f"Revenue fell in {y}."), question=question,
                    answer=str(y), value=str(y), when=dt.date(y, 1, 1))

    facts = [year(2021), year(2023), year(2024)]
    past = facts[1]
    wrong = distractors(past, DistractorPool.build(facts), PlainNames())
    assert len(wrong) == 3 and all(int(w) <= 2024 for w in wrong)
    future = year(2023, "In what year will revenue fall?")
    wrong = distractors(future, DistractorPool.build([*facts[:1], future, facts[2]]),
                        PlainNames())
    assert any(int(w) > 2024 for w in wrong)


def test_a_doubled_small_word_is_written_once_in_a_cloze() -> None:
    fact = Fact(category=Category.DATE, kind=AnswerKind.YEAR_RANGE, article="a.txt",
                sentence=Sentence(0, "He fought with the army in the the 2014-2017 war."),
                question="", answer="2014-2017", value="2014/2017")
    assert cloze_question(fact) == f"He fought with the army in the {CLOZE_GAP} war."


def test_an_absolute_participle_after_a_dated_noun_reads_as_a_clause(tmp_path: Path) -> None:
    from quiz.generate.article import read_article
    from quiz.generate.dates import date_facts

    path = tmp_path / "a.txt"
    path.write_text("Strikes\n\nIran fired missiles at two bases, with the 8 January 2020 "
                    "assault leaving 100 troops with injuries.\n", encoding="utf-8")
    [fact] = date_facts(read_article(path))
    assert fact.question == ("On what date was the assault that left 100 troops with "
                             "injuries?")
    assert fact.event.startswith("the assault that left 100 troops")
