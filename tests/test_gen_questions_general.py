"""General rules for date and figure cards, on sentences written for these tests: questions
keep what their verb needs, shares and tallies are whole figures, clozes are whole sentences,
vague references and kinds of distractors."""

from __future__ import annotations

import datetime as dt

import pytest

from quiz.generate.dates import date_facts
from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.generate.figures import figure_facts, find_figures
from quiz.generate.pipeline import build_decks
from quiz.generate.questions import (
    DistractorPool, PlainNames, cards_for, cloze_question, distractors, order_cards,
    truefalse_statement, well_formed)
from quiz.model import CardType, Category

PUBLISHED = dt.date(2025, 5, 9)  # a Friday


def _article(*sentences: str, published: dt.date | None = PUBLISHED) -> Article:
    return Article(file="general.txt", title="Test",
                   sentences=tuple(Sentence(i, text) for i, text in enumerate(sentences)),
                   published=published)


def _questions(*sentences: str, published: dt.date | None = PUBLISHED) -> dict[str, str]:
    """Answer -> question of the date facts of ``sentences``."""
    return {f.answer: f.question for f in date_facts(_article(*sentences, published=published))}


# --- dates: the clause a question asks about ---------------------------------------------------

def test_a_finding_keeps_its_that_clause() -> None:
    asked = _questions("An audit by the state inspectorate in 2021 found that only half of "
                       "the bridges had been repaired, officials said.")
    assert asked["2021"] == ("In what year did an audit by the state inspectorate find that "
                             "only half of the bridges had been repaired?")


def test_a_finding_whose_clause_cannot_be_kept_is_not_asked() -> None:
    asked = _questions('A study by the museum in 2018 found that "nobody had looked".')
    assert asked.get("2018", "") == ""


@pytest.mark.parametrize("sentence", [
    "The harbour reopened to ferries only after the storm, which the coastguard reported in 2017.",
    "The engineers said the collapse in 2019 was caused by a cracked beam.",
])
def test_no_question_ends_on_a_verb_that_lost_its_object(sentence: str) -> None:
    for question in _questions(sentence).values():
        assert not question.endswith(("report?", "reported?", "say?", "find?", "only?", "that?"))
        assert "said the collapse" not in question


def test_an_event_noun_followed_by_its_verb_takes_did() -> None:
    asked = _questions("The worst earthquake struck Valdivia in May 1960, destroying the port.")
    assert asked["May 1960"] == "When did the worst earthquake strike Valdivia?"


def test_a_date_inside_a_since_clause_belongs_to_that_clause() -> None:
    asked = _questions("The festival has sold 9,000 tickets since it opened on Monday.")
    assert "since it opened" not in asked.get("5 May 2025", "")


def test_a_participle_after_a_name_is_not_a_finite_verb() -> None:
    asked = _questions("Harwick Mills, founded in Leeds in 1902, employed 400 weavers at its peak.")
    assert asked["1902"] == "In what year was Harwick Mills founded in Leeds?"


def test_a_participle_with_its_agent_belongs_to_the_subject() -> None:
    asked = _questions("A ferry built by a Danish yard capsized near the island on Tuesday.")
    assert asked["6 May 2025"] == ("On what date did a ferry built by a Danish yard capsize "
                                   "near the island?")


def test_a_month_with_a_relative_year_is_one_date() -> None:
    facts = date_facts(_article("The mill last raised prices in October last year."))
    assert [(f.answer, f.kind) for f in facts] == [("October 2024", AnswerKind.MONTH_YEAR)]
    undated = date_facts(_article("The mill last raised prices in October last year.",
                                  published=None))
    assert [f.answer for f in undated] == ["October last year"]


def test_a_wire_dateline_date_is_not_an_event() -> None:
    facts = date_facts(_article("OSLO, May 9 (Reuters) - The port authority closed the north "
                                "quay on Thursday after a crane collapsed."))
    assert [f.answer for f in facts] == ["8 May 2025"]


def test_a_start_date_is_asked_as_a_cloze() -> None:
    [fact] = date_facts(_article("The city voted to make buses free for pupils from September, "
                                 "council officials said."))
    assert fact.question == "" and fact.answer.startswith("September")


def test_a_future_clause_keeps_its_tense_past_a_participle() -> None:
    asked = _questions("Libraries in the county will stay closed until Monday because of the "
                       "strike.")
    assert asked["12 May 2025"] == "Until when will libraries in the county stay closed?"


def test_a_sentence_opening_subject_loses_its_capital() -> None:
    asked = _questions("Local farmers blocked the ring road on Wednesday with tractors.")
    assert asked["7 May 2025"].startswith("On what date did local farmers block")


def test_another_month_in_the_question_makes_it_ambiguous() -> None:
    asked = _questions("Exports fell to 3.1 billion in April from 3.4 billion in March.")
    assert all(question == "" for question in asked.values())


# --- figures --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, answer", [
    ("An inspection found that only a third of the pumps worked.", "only a third"),
    ("A poll found that one in five voters had not decided.", "one in five"),
    ("Four of the nine judges dissented from the ruling.", "Four of the nine"),
    ("The motion was carried by 48 votes to 17.", "48 votes to 17"),
    ("The repairs will take seven to ten weeks, the agency said.", "seven to ten weeks"),
    ("Prices rose by between 2% and 4% in the spring.", "between 2% and 4%"),
    ("The crews will resurface a 12-kilometre section of the motorway.", "12-kilometre"),
])
def test_whole_figures(text: str, answer: str) -> None:
    assert answer in [m.answer for m in find_figures(text, [])]


@pytest.mark.parametrize("text, part", [
    ("The striker wore the number nine shirt for the club.", "nine"),
    ("The probe rode a Falcon 9 rocket into orbit.", "9"),
    ("The ship docked at 6:45 p.m. on the quay.", "45"),
    ("She scored in the second half of the match.", "half"),
    ("The appeal could help tens of thousands of families.", "thousands"),
])
def test_labels_times_and_parts_are_not_figures(text: str, part: str) -> None:
    assert part not in [m.answer for m in find_figures(text, [])]


def test_a_vague_quantity_or_a_share_gets_no_how_many_question() -> None:
    # a bare magnitude ("Hundreds") is asked "How many ...?", but only ever offered among
    # other magnitudes (questions.cards_for writes a choice card, never a typed one)
    facts = figure_facts(_article("Hundreds of residents packed the hall on Monday.",
                                  "A survey found that one in four tenants had no heating.",
                                  "Several tenants had no heating."))
    assert all(f.question == "" for f in facts if f.answer != "Hundreds")


def test_how_much_only_for_a_sum_the_verb_takes() -> None:
    facts = figure_facts(_article("The county faced a $12 million gap in its budget.",
                                  "The regulator fined Norvik 90,000 euros last year."))
    asked = {f.answer: f.question for f in facts}
    assert asked["$12 million"] == ""
    assert asked["90,000 euros"] == "How much did the regulator fine Norvik last year?"


# --- card forms -----------------------------------------------------------------------------

def _fact(answer: str, kind: AnswerKind, sentence: str, question: str = "",
          category: Category = Category.FIGURE, when: dt.date | None = None,
          value: str = "") -> Fact:
    return Fact(category=category, kind=kind, article="a.txt", sentence=Sentence(0, sentence),
                question=question, answer=answer, value=value or answer, when=when)


def test_no_cloze_over_part_of_a_quotation() -> None:
    fragment = _fact("three", AnswerKind.COUNT,
                     '"Since June we have opened three new wards, and more will follow.')
    whole = _fact("three", AnswerKind.COUNT,
                  '"We have opened three new wards," the hospital director said.')
    assert cloze_question(fragment) is None
    assert cloze_question(whole) is not None


def test_no_cloze_over_a_wire_dateline() -> None:
    fact = _fact("40", AnswerKind.COUNT,
                 "OSLO, May 9 (Reuters) - The port authority closed 40 berths on Thursday.")
    assert cloze_question(fact) == "The port authority closed ___ berths on Thursday."


def test_vague_references_need_more_to_anchor_them() -> None:
    short = _fact("two years", AnswerKind.DURATION, "Talks on the matter lasted two years.",
                  question="How long did talks on the matter last?")
    assert not well_formed(short)
    statement = _fact("Ana Ruiz", AnswerKind.PERSON,
                      "Minister Ana Ruiz discussed the issue with the mayor on Monday.",
                      category=Category.ACTOR, question="Who discussed it?")
    assert truefalse_statement(statement, "Leo Park", truth=True) is None


@pytest.mark.parametrize("question, fine", [
    ("How much did the town face a deficit due?", False),
    ("Which minister said the bridge would reopen only?", False),
    ("What did the strike lead to?", True),
    ("The union walked out. What did this lead to?", True),
])
def test_questions_that_end_on_a_word_that_needs_more(question: str, fine: bool) -> None:
    assert well_formed(_fact("x", AnswerKind.COUNT, "x.", question=question)) is fine


def test_distractors_never_a_name_of_another_kind_and_prefer_the_same_role() -> None:
    def person(name: str, sentence: str) -> Fact:
        return _fact(name, AnswerKind.PERSON, sentence, category=Category.ACTOR,
                     question=f"Who is {name}?")

    facts = [
        person("Omar Haddad", "Militia leader Omar Haddad was killed in the strike."),
        person("Samir Nouri", "Militia leader Samir Nouri fled the city."),
        person("Lina Aziz", "Foreign Minister Lina Aziz met the envoy."),
        person("Karim Saleh", "Army chief Karim Saleh resigned."),
        person("Tarek Brigade", "Tarek Brigade fighters took the bridge."),
        person("Rami Fadel", "Militia leader Rami Fadel denied the claim."),
        _fact("Tarek Brigade", AnswerKind.ORGANISATION, "The Tarek Brigade said it attacked.",
              category=Category.ACTOR, question="Which group attacked?"),
    ]
    asked = Fact(category=Category.ACTOR, kind=AnswerKind.PERSON, article="a.txt",
                 sentence=facts[0].sentence, question="Which militia leader was killed?",
                 answer="Omar Haddad", value="Omar Haddad")
    pool = DistractorPool.build(facts)
    assert distractors(asked, pool, PlainNames()) == ()  # two other militia leaders: typed
    facts.append(person("Hadi Amiri", "Militia leader Hadi Amiri fled."))
    wrong = distractors(asked, DistractorPool.build(facts), PlainNames())
    assert set(wrong) == {"Samir Nouri", "Rami Fadel", "Hadi Amiri"}


def test_month_distractors_never_contain_the_month_the_article_wrote() -> None:
    fact = Fact(category=Category.DATE, kind=AnswerKind.MONTH_YEAR, article="a.txt",
                sentence=Sentence(0, "The dam burst in October."),
                question="When did the dam burst?",
                answer="October 2023", accept=("October",), value="2023-10",
                when=dt.date(2023, 10, 15))
    wrong = distractors(fact, DistractorPool.build([fact]), PlainNames())
    assert len(wrong) == 3 and not any("October" in w for w in wrong)


def test_order_cards_list_whole_events_only() -> None:
    def dated(year: int, event: str) -> Fact:
        return Fact(category=Category.DATE, kind=AnswerKind.YEAR, article="a.txt",
                    sentence=Sentence(year, f"{event} in {year}."),
                    question=f"In what year did {event}?", answer=str(year), value=str(year),
                    when=dt.date(year, 1, 1), event=event)

    long = ("the council adopted a plan to rebuild the harbour walls, the ferry terminal, the "
            "fish market and the old customs house with money from the regional fund")
    facts = [dated(2001, "the mill closed"), dated(2005, "the port reopened"),
             dated(2009, long), dated(2012, "the bridge was finished")]
    [card] = order_cards(facts)
    assert len(card.items) == 3 and not any("…" in item for item in card.items)


def test_generated_date_and_figure_cards_on_a_written_article_are_sound(tmp_path) -> None:
    article = _article(
        "Harbour Town Votes to Rebuild Sea Wall",
        "The council of Harbour Town voted on Tuesday to rebuild the sea wall from March, "
        "ending a dispute that had lasted since 2019.",
        "The plan was approved by 21 votes to 9.",
        "A survey by the port authority in 2022 found that only a quarter of the wall was "
        "sound, mainly because of winter storms.",
        "The last great storm hit the town in January 2014, when the sea broke through the "
        "wall and forced about 900 people from their homes.",
        "Engineers expect the work to take eight to twelve months.",
    )
    decks = build_decks([article], prefix="t")
    cards = [c for d in decks if d.id == "t-all" for c in d.cards]
    answers = {c.answer for c in cards}
    assert {"21 votes to 9", "only a quarter", "eight to twelve months"} <= answers
    for card in cards:
        if card.category in (Category.DATE, Category.FIGURE) and card.type is not CardType.ORDER:
            assert card.question.endswith(("?", ".")) and " find?" not in card.question
            assert not card.question.startswith(("How many", "How much")) or \
                card.answer[:1].isdigit() or card.answer.split()[0].lower() in (
                    "about", "more", "nearly", "over", "some", "at")


def test_person_distractors_are_written_like_the_answer_and_never_part_of_it() -> None:
    def person(name: str) -> Fact:
        return _fact(name, AnswerKind.PERSON, f"{name} spoke to reporters on Monday.",
                     category=Category.ACTOR, question=f"Who is {name}?")

    names = ["Vera Lind", "Lind", "Omar Falk", "Petra Holm", "Ivo Marsh"]
    pool = DistractorPool.build([person(n) for n in names])
    surname = Fact(category=Category.ACTOR, kind=AnswerKind.PERSON, article="a.txt",
                   sentence=Sentence(0, "Falk spoke."), question="Who spoke to reporters?",
                   answer="Falk", value="Falk")
    wrong = distractors(surname, pool, PlainNames())
    assert len(wrong) == 3 and all(len(w.split()) == 1 for w in wrong)
    full = Fact(category=Category.ACTOR, kind=AnswerKind.PERSON, article="a.txt",
                sentence=Sentence(0, "Vera Lind spoke."), question="Who spoke to reporters?",
                answer="Vera Lind", value="Vera Lind")
    assert "Lind" not in distractors(full, pool, PlainNames())


def test_a_question_that_nearly_repeats_another_with_the_same_answer_is_asked_once() -> None:
    def withdrew(article: str, question: str) -> Fact:
        return Fact(category=Category.DATE, kind=AnswerKind.YEAR, article=article,
                    sentence=Sentence(0, f"{question} 1992."), question=question, answer="1992",
                    value="1992", when=dt.date(1992, 1, 1))

    first = withdrew("a.txt", "In what year did the Dutch peacekeeping troops withdraw?")
    echo = withdrew("b.txt", "In what year did all Dutch peacekeeping troops withdraw?")
    other = withdrew("c.txt", "In what year did the Dutch parliament approve the treaty?")
    pool = DistractorPool.build([first, echo, other])
    asked = {f.article for f in (first, echo, other)
             if any(c.question == f.question for c in cards_for(f, pool, PlainNames()))}
    assert asked == {"a.txt", "c.txt"}


@pytest.mark.parametrize("sentence, answer, question", [
    ("Volunteers, who first cleared the canal in 2016, welcomed the grant.", "2016",
     "In what year did volunteers first clear the canal?"),
    ("Shares of Arkwell, which listed in Oslo in 2021, fell on Monday.", "2021",
     "In what year did Arkwell list in Oslo?"),
    ("Talks with the Farmers' League, which won nine seats, began on Tuesday.", "6 May 2025",
     "On what date did talks with the Farmers' League begin?"),
])
def test_relative_clauses_take_the_noun_they_are_about(sentence: str, answer: str,
                                                        question: str) -> None:
    assert _questions(sentence)[answer] == question


@pytest.mark.parametrize("sentence", [
    "Ministers have until 2 June to decide whether to appeal.",
    "The port plans to cut night shipping by half by 2030.",
])
def test_no_question_from_have_as_a_main_verb_or_an_infinitive_object(sentence: str) -> None:
    assert all(q == "" for q in _questions(sentence).values())


def test_a_preposition_in_the_subject_does_not_end_the_clause() -> None:
    asked = _questions("A safety check after the storm was negative, the engineers confirmed "
                       "on Monday.")
    assert asked["5 May 2025"] == ("On what date did the engineers confirm that a safety "
                                   "check after the storm was negative?")


def test_a_relative_clause_after_an_object_is_about_that_object() -> None:
    asked = _questions("About 9,000 cyclists rode in the race, which was first held in 1951.")
    assert asked["1951"] == "In what year was the race first held?"


def test_order_cards_leave_out_events_still_to_come() -> None:
    def dated(year: int, event: str) -> Fact:
        return Fact(category=Category.DATE, kind=AnswerKind.YEAR, article="a.txt",
                    sentence=Sentence(year, f"{event} in {year}."),
                    question=f"In what year did {event}?", answer=str(year), value=str(year),
                    when=dt.date(year, 1, 1), event=event)

    facts = [dated(2001, "the mill closed"), dated(2005, "the port reopened"),
             dated(2009, "the bridge was finished"), dated(2031, "the tunnel will open")]
    [card] = order_cards(facts)
    assert not any("will" in item for item in card.items)


def test_a_present_tense_after_until_asks_in_the_future() -> None:
    asked = _questions("The bridge will stay closed until a new deck is fitted in August.",
                       published=None)
    assert asked["August"] == "In what month will a new deck be fitted?"


@pytest.mark.parametrize("sentence, answer, question", [
    ("In 2018, Novak signed a lease with a little-known shipping firm, the indictment says.",
     "2018", "In what year did Novak sign a lease with a little-known shipping firm?"),
    ("Last month, inspectors searched the depot in Split and seized two trucks.",
     "April 2025", "When did inspectors search the depot in Split?"),
])
def test_a_date_that_opens_the_sentence_asks_one_predicate(sentence: str, answer: str,
                                                           question: str) -> None:
    assert _questions(sentence)[answer] == question


def test_a_false_statement_never_uses_a_value_the_sentence_states_elsewhere() -> None:
    years = [_fact(str(y), AnswerKind.YEAR, f"The mill opened in {y}.", category=Category.DATE,
                   question="In what year did the mill open?", when=dt.date(y, 1, 1))
             for y in (1990, 1994, 1996, 1999)]
    fact = Fact(category=Category.DATE, kind=AnswerKind.YEAR, article="a.txt",
                sentence=Sentence(0, "The mill opened in 1993 and closed in 1999."),
                question="In what year did the mill open?", answer="1993", value="1993",
                when=dt.date(1993, 1, 1))
    pool = DistractorPool.build([*years, fact])
    for card in cards_for(fact, pool, PlainNames()):
        if card.type is CardType.TRUEFALSE and card.answer == "false":
            assert card.question.count("1999") == 1


def test_a_count_of_its_own_things_is_a_cloze() -> None:
    facts = figure_facts(_article("The plant shipped more than 80,000 of its new engines in "
                                  "March."))
    assert [(f.answer, f.question) for f in facts] == [("more than 80,000", "")]


def test_a_possessive_unit_is_not_a_duration() -> None:
    found = [m.answer for m in find_figures("The storm dropped about a month's worth of rain.",
                                            [])]
    assert "about a" not in found and "about a month" not in found


def test_a_sentence_opening_name_keeps_its_capital() -> None:
    asked = _questions("Harwick, founded in Leeds in 1902, employed 400 weavers at its peak.",
                       "Harwick said on Tuesday it would close the mill.")
    assert asked["1902"] == "In what year was Harwick founded in Leeds?"


def test_a_participle_after_a_described_name_is_not_asked_as_a_verb() -> None:
    asked = _questions("Okoro, a Liberal elected in 2021, had promised the bridge.")
    assert asked.get("2021", "") == ""


def test_a_quarter_point_is_no_share() -> None:
    assert find_figures("The bank raised rates by a quarter point in May.", []) == []
    assert [m.answer for m in find_figures("Sales fell by a fifth since May.", [])] == ["a fifth"]


def test_a_name_set_off_after_a_description_stays_in_the_subject() -> None:
    asked = _questions("An earlier probe, Kestrel, failed in 2017 after its radio broke.")
    assert asked["2017"] == "In what year did an earlier probe, Kestrel, fail?"


@pytest.mark.parametrize("text, figure, kept", [
    ("A similar fault forced Route 66 Airways to ground its fleet.", "66", False),
    ("On Monday 12 people were hurt in the crash.", "12", True),
    ("By Friday 40 staff had left the plant.", "40", True),
])
def test_numbers_inside_names_and_after_days(text: str, figure: str, kept: bool) -> None:
    assert (figure in [m.answer for m in find_figures(text, [])]) is kept
