"""The quick first looks of round 12's speed work decide as the patterns they guard do."""

from __future__ import annotations

import pytest

from quiz.generate import question_checks, question_complements, question_shapes
from quiz.generate.distractors import _a_name_apart, _by_initial
from quiz.generate.question_checks import WORD, cut_before_verb
from quiz.generate.question_complements import drops_complement


@pytest.mark.parametrize("phrase", [
    "so that the smallest islands", "So That the islands", "after THE vote the council",
    "the vote because of rain", "Why did the pärty fall after the vote", "İf the İf",
    "the plan, though delayed", "one word",
])
def test_clause_opener_in_lower_case_finds_what_the_pattern_finds(phrase: str) -> None:
    first = phrase.find(" ")
    expected = bool(question_checks._CLAUSE_OPENER.search(phrase, first))
    assert cut_before_verb(f"{phrase} would still be served.", phrase) == (
        expected and len(phrase.split()) >= 3)


@pytest.mark.parametrize("question", [
    "Which party won the seat?", "Which miner holds a 65% stake?", "Which department left?",
    "Who played a key role?", "Who holds shares?", "Who took a stake?", "Which STAKE fell?",
    "Who bought the apartment?", "Which interest_rate rose?", "Who kept a part2 deal?",
])
def test_needy_word_gate_never_skips_a_match(question: str) -> None:
    gated = question.isascii() and question_complements._NEEDY_WORDS.isdisjoint(
        question_complements._WORD_RUN.findall(question.lower()))
    if gated:  # what the gate skips, the pattern would not have matched
        assert not question_complements._WITHOUT_COMPLEMENT.search(question)
        assert not drops_complement(question, "They hold a stake in the mine.")


@pytest.mark.parametrize("question", [
    "Who said how?", "Who asked why, and when?", "Who knew what?\n", "Who asked somewhere?",
    "Which body asked whether?", "Who said the port would reopen?",
])
def test_dangling_wh_endings_cover_every_match(question: str) -> None:
    if question_shapes._DANGLING_WH.search(question):
        assert "," in question or question.endswith(question_shapes._DANGLING_WH_ENDS)


def test_a_name_apart_reads_question_words_by_initial() -> None:
    words = _by_initial(WORD.findall("Which Norwegian firm bought the Iranian stake?"))
    assert not _a_name_apart("Norway", words)
    assert not _a_name_apart("Iran", words)
    assert _a_name_apart("Sweden", words)
    assert not _a_name_apart("a senior official", words)
