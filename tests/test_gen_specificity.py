"""Deck-level specificity: a question another sentence could answer differently is not asked."""

from __future__ import annotations

from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.generate.specificity import unambiguous
from quiz.model import Category


def _article(name: str, *texts: str) -> Article:
    return Article(file=name, title=name,
                   sentences=tuple(Sentence(index=i, text=t) for i, t in enumerate(texts)))


def _fact(article: Article, index: int, question: str, answer: str,
          category: Category = Category.ACTOR) -> Fact:
    return Fact(category=category, kind=AnswerKind.ORGANISATION, article=article.file,
                sentence=article.sentences[index], question=question, answer=answer)


def test_a_question_another_article_answers_differently_is_cleared() -> None:
    library = _article("library.txt", "The Riverside Readers Association criticised the plan "
                                      "to close two branches.")
    merger = _article("merger.txt", "The unions criticised the plan because workers were not "
                                    "consulted.")
    fact = _fact(library, 0, "Which organisation criticised the plan?",
                 "Riverside Readers Association")
    assert unambiguous([fact], [library, merger])[0].question == ""


def test_two_fires_with_two_causes_make_both_questions_vague() -> None:
    one = _article("a.txt", "Investigators believe the fire was caused by a lightning strike.")
    two = _article("b.txt", "Investigators believe the fire was caused by a faulty heater.")
    facts = [_fact(one, 0, "What do investigators believe caused the fire?",
                   "a lightning strike", Category.CAUSE),
             _fact(two, 0, "What do investigators believe caused the fire?", "a faulty heater",
                   Category.CAUSE)]
    assert [f.question for f in unambiguous(facts, [one, two])] == ["", ""]


def test_a_sentence_that_repeats_the_answer_does_not_make_it_vague() -> None:
    one = _article("a.txt", "The Harbour Trust criticised the plan on Monday.",
                   "On Tuesday the Harbour Trust again criticised the plan in a letter.")
    fact = _fact(one, 0, "Which organisation criticised the plan?", "Harbour Trust")
    assert unambiguous([fact], [one])[0].question == fact.question


def test_the_facts_own_sentence_and_far_apart_words_do_not_count() -> None:
    one = _article("a.txt", "Mayor Lena Brooks was in Lisbon on a trade mission.",
                   "Brooks signed a deal for three electric ferries at a ceremony in Lisbon.")
    fact = _fact(one, 0, "Why was Brooks in Lisbon?", "on a trade mission", Category.CAUSE)
    assert unambiguous([fact], [one])[0].question == fact.question


def test_facts_without_a_question_and_headings_are_left_alone() -> None:
    one = _article("a.txt", "Which council criticised the plan?",
                   "The Dock Council criticised the plan.")
    one = Article(file=one.file, title=one.title, sentences=(
        Sentence(index=0, text=one.sentences[0].text, is_heading=True), one.sentences[1]))
    cloze = _fact(one, 1, "", "Dock Council")
    asked = _fact(one, 1, "Which council criticised the plan?", "Dock Council")
    assert unambiguous([cloze, asked], [one]) == [cloze, asked]


def test_facts_kept_as_conflicts_keep_their_question() -> None:
    one = _article("a.txt", "The city museum was founded in 1921 by two sisters.")
    two = _article("b.txt", "The city museum was founded in 1923 by two sisters.")
    facts = [_fact(one, 0, "In what year was the city museum founded?", "1921", Category.DATE),
             _fact(two, 0, "In what year was the city museum founded?", "1923", Category.DATE)]
    assert [f.question for f in unambiguous(facts, [one, two])] == ["", ""]
    kept = unambiguous(facts, [one, two], keep={0, 1})
    assert [f.question for f in kept] == [f.question for f in facts]


def test_a_day_in_the_question_does_not_tell_two_events_apart() -> None:
    one = _article("a.txt", "Governor Elena Brooks declared a state of emergency on Sunday.")
    two = _article("b.txt", "Governor Elena Marsh declared a state of emergency on Saturday.")
    fact = _fact(one, 0, "Which governor declared a state of emergency on Sunday?",
                 "Elena Brooks")
    assert unambiguous([fact], [one, two])[0].question == ""


def test_an_irregular_past_repeats_the_question_of_its_base_form() -> None:
    one = _article("a.txt", "State funding for schools fell by 12 percent last year.")
    two = _article("b.txt", "State funding for the council fell by 18 million dollars last "
                            "year.")
    fact = _fact(one, 0, "By how much did state funding fall last year?", "12 percent",
                 Category.FIGURE)
    assert unambiguous([fact], [one, two])[0].question == ""
