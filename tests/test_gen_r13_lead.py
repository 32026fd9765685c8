"""Round 13, the lead's fixes: one article a rule fails on costs that article, not the run."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.deckfile import load_deck
from quiz.generate import pipeline
from quiz.generate.facts import Article, Fact

GOOD = ("Harbour reopens after storm\nPublished 3 Jan 2020\n\n"
        "The harbour was closed in March 2019 after a storm damaged the pier. More than 200 "
        "boats moved to other ports. The port authority reopened it on Thursday.\n")
BAD = ("Museum closes\nPublished 4 Jan 2020\n\n"
       "The museum closed in May 2018 after a fire. Its 40 staff moved to the archive.\n")


@pytest.fixture
def failing_on_bad(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule that raises on the article named bad.txt (a stand-in for any rule's bug)."""
    real = pipeline.extract_facts

    def extract(article: Article) -> list[Fact]:
        if article.file == "bad.txt":
            raise RuntimeError("generator raised StopIteration")
        return real(article)

    monkeypatch.setattr(pipeline, "extract_facts", extract)


@pytest.mark.usefixtures("failing_on_bad")
def test_a_rule_failing_on_one_article_leaves_it_out_with_a_message(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "bad.txt").write_text(BAD, encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "skipped bad.txt: the generator failed on it (RuntimeError: generator raised " \
           "StopIteration)" in result.output
    assert "Please report this file as a bug" in result.output
    deck = load_deck(tmp_path / "out" / "in-all.yaml")
    assert {s.file for s in deck.sources} == {"good.txt"}
    assert any("200" in card.answer for card in deck.cards)


@pytest.mark.usefixtures("failing_on_bad")
def test_without_a_list_for_skipped_articles_the_error_is_raised(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    result = pipeline.generate([tmp_path])
    assert [error.path for error in result.skipped] == ["bad.txt"]
    with pytest.raises(RuntimeError):
        pipeline.build_decks(result.articles)
