"""Figures, round 8: the scans rewritten for speed find what they found before."""

from __future__ import annotations

from quiz.generate.facts import Article, Sentence
from quiz.generate.figure_mentions import sentence_figures
from quiz.generate.figures import figure_facts, inner_names


def _article(*sentences: str) -> Article:
    return Article(file="test.txt", title="Test",
                   sentences=tuple(Sentence(i, text) for i, text in enumerate(sentences)),
                   published=None)


def test_inner_names_are_capitalised_words_after_a_letter_comma_or_semicolon() -> None:
    article = _article("Shares in Voltra fell, Kessler said; Marrow agreed.",
                       "Kessler said so.\nOslo was calm.")
    assert inner_names(article) == frozenset({"voltra", "kessler", "marrow"})


def test_years_are_no_figures_but_numbers_beside_them_are() -> None:
    found = sentence_figures("In 2019 the club sold 2,019 shirts and 19 scarves.", ())
    assert [m.answer for m in found] == ["2,019", "19"]
    assert sentence_figures("A1999 and 2019x are codes, not years.", ()) == ()


def test_figures_of_a_sentence_with_inner_names_are_asked() -> None:
    facts = figure_facts(_article("Rescuers from Norwick pulled 14 miners from the shaft."))
    assert [(f.answer, f.question) for f in facts] == [
        ("14", "How many miners did rescuers from Norwick pull from the shaft?")]
