"""Quality bars for `quiz generate`, measured by the independent scorer on the seed articles and
on the unseen articles (tests/eval/unseen, with gold facts written by people who did not write
the generator).

The decks are generated the way a user does it (`quiz generate FOLDER --out DIR`, through the
click command) and judged only through the files written. See docs/quality.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import scorer
from click.testing import CliRunner, Result

from quiz.model import Category

ROOT = Path(__file__).resolve().parents[2]
RECALL_BAR = 0.85


@dataclass(frozen=True, slots=True)
class Corpus:
    """Articles to generate from, their gold facts, and the recall each category must reach."""

    folder: str
    gold: Path
    bar: float


#: The seeds carry the issue's bar. The unseen articles and the round-6 dev batches (A, C) guard
#: against rules that fit only the seeds: their bar is a little lower, as no rule was written
#: while reading them first. (The held-out sets, tests/eval/heldout and batch-b, are measured in
#: docs/quality.md, not held to a bar: a bar would invite tuning on them.)
CORPORA = {"seeds": Corpus("seeds", scorer.GOLD_PATH, RECALL_BAR),
           "unseen": Corpus("tests/eval/unseen", ROOT / "tests/eval/unseen/gold-unseen.yaml",
                            0.80),
           "batch-a": Corpus("tests/eval/batch-a", ROOT / "tests/eval/batch-a/gold-a.yaml",
                             0.80),
           "batch-c": Corpus("tests/eval/batch-c", ROOT / "tests/eval/batch-c/gold-c.yaml",
                             0.80)}


@dataclass(frozen=True, slots=True)
class Generated:
    corpus: Corpus
    result: Result
    out: Path


@pytest.fixture(scope="module", params=sorted(CORPORA))
def generated(request: pytest.FixtureRequest,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    """Run `quiz generate FOLDER --out DIR` once per corpus, in a private user folder."""
    from quiz.cli import cli

    corpus = CORPORA[request.param]

    home = tmp_path_factory.mktemp("eval-user")
    out = tmp_path_factory.mktemp("eval-decks")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        patch.setenv("QUIZ_DATA_DIR", str(home / "data"))
        patch.setenv("QUIZ_DECKS_DIR", str(home / "decks"))
        patch.setenv("QUIZ_DB", str(home / "data" / "quiz.sqlite3"))
        result = CliRunner().invoke(cli, ["generate", corpus.folder, "--out", str(out)])
    yield Generated(corpus, result, out)


@pytest.fixture(scope="module")
def scored(generated: Generated) -> scorer.Report | str:
    """The scorer's report on the generated decks, or why there is none (each test then fails
    with that reason rather than erroring in a fixture)."""
    ran = generated.result
    if ran.exit_code != 0:
        return (f"`quiz generate {generated.corpus.folder} --out DIR` failed with exit status {ran.exit_code}:\n"
                f"{ran.output}\n{ran.exception!r}")
    files = scorer.deck_files([generated.out])
    if not files:
        return (f"`quiz generate {generated.corpus.folder} --out {generated.out}` wrote no deck "
                "files")
    cards, sources, unloadable = scorer.load_cards(files)
    return scorer.score(cards, scorer.load_gold(generated.corpus.gold), decks=[str(f) for f in files],
                        sources=sources, unloadable=unloadable)


def need(scored: scorer.Report | str) -> scorer.Report:
    """The report, or fail the calling test with the reason there is none."""
    if isinstance(scored, str):
        pytest.fail(scored)
    return scored


def test_generated_decks_load(scored: scorer.Report | str) -> None:
    report = need(scored)
    assert report.unloadable == []
    assert report.cards > 0


def test_every_article_yields_cards(scored: scorer.Report | str) -> None:
    report = need(scored)
    assert report.missing_sources == []


@pytest.mark.parametrize("category", scorer.CATEGORIES, ids=str)
def test_recall_per_category(generated: Generated, scored: scorer.Report | str,
                             category: Category) -> None:
    report = need(scored)
    covered, total = report.recall(category)
    missed = [f"{f.id}: {f.answer} <- {f.question}" for f in report.facts
              if f.category is category and not f.optional and not report.covered_by[f.id]]
    bar = generated.corpus.bar
    assert covered / total >= bar, (
        f"recall.{category} {covered}/{total} = {covered / total:.2f} < {bar}; missed:\n"
        + "\n".join(missed))


def test_no_malformed_cards(scored: scorer.Report | str) -> None:
    report = need(scored)
    lines = [f"{card_id} {check}: {reason}" for card_id, problems in sorted(report.malformed.items())
             for check, reason in problems.items()]
    assert report.malformed == {}, f"{len(report.malformed)} malformed cards:\n" + "\n".join(lines)
