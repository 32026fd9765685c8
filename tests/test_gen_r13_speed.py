"""The shortcuts of round 13's speed work give what the general paths give (round 13 speed)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from quiz.errors import ArticleError
from quiz.generate import ids, mentions
from quiz.generate.article import decode_article
from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.generate.pipeline import specific
from quiz.model import Category

#: Pieces whose characters take the ASCII byte table and the Unicode folding.
_PIECES = ["The", "U.S.", "Iraq's", "2,500", "3.5%", "al-Sudani,", "(ISIS)", "“JB”", "—", "é",
           "Zürich", "naïve", "x²", "it’s", "\t", "\x1f", "ǅ", "ﬁ", "İstanbul", "Ω", "_", "\n"]


def _general_normalise(text: str) -> str:
    """:func:`ids.normalise` without its shortcuts: fold, drop marks, keep word runs."""
    folded = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(ids._WORD.findall(plain.lower()))


@pytest.mark.parametrize("seed", range(40))
def test_normalise_matches_the_general_folding(seed: int) -> None:
    rng = random.Random(seed)
    text = rng.choice(["", " "]).join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
    assert ids.normalise.__wrapped__(text) == _general_normalise(text)


def test_normalise_folds_ascii_case_and_punctuation() -> None:
    assert ids.normalise("The U.S.-led  coalition's 2,500 troops!") == \
        "the u s led coalition s 2 500 troops"


def test_decode_reads_utf8_and_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_bytes("\ufeffTitle\n\nCafé said so.\n".encode())
    assert decode_article(good) == "Title\n\nCafé said so.\n"
    with pytest.raises(ArticleError, match="cannot be read"):
        decode_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="cannot be read"):
        decode_article(tmp_path)  # a folder
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(ArticleError, match="is empty"):
        decode_article(empty)


def _fact(question: str, answer: str, index: int) -> Fact:
    return Fact(category=Category.DATE, kind=AnswerKind.YEAR, article="a.txt",
                sentence=Sentence(index, f"Sentence {index}."), question=question,
                answer=answer)


def test_specific_drops_only_questions_with_two_answers() -> None:
    facts = [_fact("When was the attack?", "2011", 0), _fact("When was  the attack?", "2012", 1),
             _fact("When did the bank open?", "1990", 2), _fact("", "1991", 3),
             _fact("When did the bank open?", "1990", 4)]
    assert [f.question for f in specific(facts)] == [
        "", "", "When did the bank open?", "", "When did the bank open?"]


#: Words and dashes, spaced and not, for the name tokenizer's split at dashes.
_DASHED = ["said", "—", "–", "Ruiz—the", "a–b", "“JB”—", "—,", "2024–25", "x", "\u00a0", "\t"]


@pytest.mark.parametrize("seed", range(30))
def test_name_tokens_split_dashes_as_the_token_pattern_does(seed: int) -> None:
    rng = random.Random(seed)
    text = rng.choice(["", " "]).join(rng.choice(_DASHED) for _ in range(rng.randint(1, 15)))
    raws = [t.raw for t in mentions._tokenize.__wrapped__(text)]
    assert raws == mentions._TOKEN.findall(text)
