"""The word gates before the question checks' patterns: a pattern is skipped only where it
cannot match (each match holds a whole word of its gate)."""

from __future__ import annotations

import re

import pytest

from quiz.generate import question_checks as qc

#: Each gated pattern, its gate, and questions it matches (so the test sees real matches).
GATES = [
    (qc._BROKEN, qc._BROKEN_WORDS, ["Why was said the tax rise necessary?",
                                    "Who was The county manager?",
                                    "When did An official resign?"]),
    (qc._FIRST_PERSON, qc._FIRST_PERSON_WORDS, ["Why are our members leaving?",
                                                "What did I've been told mean?",
                                                "Who told you about the plan?"]),
    (qc._VERB_THEN_MODAL, qc._MODALS, ["When did heavy rain expect could turn ash into mud?",
                                       "Why did they say would boost sales?"]),
    (qc._SINGULAR_AUX_PLURAL, qc._PLURAL_WORDS, ["In what year was several firms fined?"]),
    (qc._CAPITAL_PRONOUN, qc._CAPITAL_PRONOUNS, ["How many doses did Half receive?",
                                                 "When did It open?"]),
    (qc._PERFECT_IN_PAST, qc._PERFECT_AUXILIARIES, ["Which body has founded the club in "
                                                    "1987?"]),
    (qc._CUT_END, qc._CUT_END_WORDS, ["Who won in the season ending?",
                                      "What did the Kampala-based?"]),
    (qc._STRANDED, qc._STRANDING_AUXILIARIES, ["How much has then the council spent?",
                                               "What had 2019 the firm sold?"]),
]

OTHERS = ["On what date did the bridge reopen?", "Why did the club sack its manager?",
          "How many people were hurt in the crash on Route 9?",
          "Who said the port would reopen only after repairs?",
          "What prompted the court’s ruling on the merger?",
          "When will the Ministry of Health publish its figures?"]


@pytest.mark.parametrize(("pattern", "words", "matched"), GATES)
def test_every_match_holds_a_word_of_its_gate(pattern: re.Pattern[str],
                                              words: frozenset[str],
                                              matched: list[str]) -> None:
    for question in matched:
        assert pattern.search(question), question
    for question in [*matched, *OTHERS]:
        runs = frozenset(qc._WORD_RUN.findall(question))
        for match in pattern.finditer(question):
            assert not runs.isdisjoint(words), (question, match.group())


def test_a_vague_reference_is_found_with_and_without_the_words() -> None:
    for text, vague in [("How long did talks on the matter continue?", True),
                        ("Why was This Decision reversed?", True),
                        ("How did the issues of pay end?", False),
                        ("Why did the council close the bridge?", False)]:
        words = frozenset(qc._WORD_RUN.findall(qc.unquoted(text)))
        assert qc.vague_reference(text) is vague
        assert qc.vague_reference(text, words) is vague


def test_gated_checks_keep_their_verdicts() -> None:
    for question, sound in [("Why are our members leaving?", False),
                            ("How many doses did Half receive?", False),
                            ("How much has then the council spent?", False),
                            ("On what date did the bridge reopen?", True),
                            ("Why did the club sack its manager?", True)]:
        assert qc._sound_question.__wrapped__(question) is sound
