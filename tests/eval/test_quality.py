"""Quality bars for `quiz generate`, measured on the seed articles by the independent scorer.

The decks are generated the way a user does it (`quiz generate seeds --out DIR`, through the
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
class Generated:
    result: Result
    out: Path


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    """Run `quiz generate seeds --out DIR` once for the module, in a private user folder."""
    from quiz.cli import cli

    home = tmp_path_factory.mktemp("eval-user")
    out = tmp_path_factory.mktemp("eval-decks")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        patch.setenv("QUIZ_DATA_DIR", str(home / "data"))
        patch.setenv("QUIZ_DECKS_DIR", str(home / "decks"))
        patch.setenv("QUIZ_DB", str(home / "data" / "quiz.sqlite3"))
        result = CliRunner().invoke(cli, ["generate", "seeds", "--out", str(out)])
    yield Generated(result, out)


@pytest.fixture(scope="module")
def scored(generated: Generated) -> scorer.Report | str:
    """The scorer's report on the generated decks, or why there is none (each test then fails
    with that reason rather than erroring in a fixture)."""
    ran = generated.result
    if ran.exit_code != 0:
        return (f"`quiz generate seeds --out DIR` failed with exit status {ran.exit_code}:\n"
                f"{ran.output}\n{ran.exception!r}")
    files = scorer.deck_files([generated.out])
    if not files:
        return f"`quiz generate seeds --out {generated.out}` wrote no deck files"
    cards, sources, unloadable = scorer.load_cards(files)
    return scorer.score(cards, scorer.load_gold(), decks=[str(f) for f in files],
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


def test_every_seed_article_yields_cards(scored: scorer.Report | str) -> None:
    report = need(scored)
    assert report.missing_sources == []


@pytest.mark.parametrize("category", scorer.CATEGORIES, ids=str)
def test_recall_per_category(scored: scorer.Report | str, category: Category) -> None:
    report = need(scored)
    covered, total = report.recall(category)
    missed = [f"{f.id}: {f.answer} <- {f.question}" for f in report.facts
              if f.category is category and not f.optional and not report.covered_by[f.id]]
    assert covered / total >= RECALL_BAR, (
        f"recall.{category} {covered}/{total} = {covered / total:.2f} < {RECALL_BAR}; missed:\n"
        + "\n".join(missed))


def test_no_malformed_cards(scored: scorer.Report | str) -> None:
    report = need(scored)
    lines = [f"{card_id} {check}: {reason}" for card_id, problems in sorted(report.malformed.items())
             for check, reason in problems.items()]
    assert report.malformed == {}, f"{len(report.malformed)} malformed cards:\n" + "\n".join(lines)
