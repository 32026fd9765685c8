"""The deck catalog cache: re-parse only what changed, report broken and duplicate decks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import quiz.deckfile
from engine_support import Clock, learner, make_deck, service_with, write_decks
from quiz.engine.service import open_service
from quiz.model import Category, Deck


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every deck file the engine parses, in order."""
    calls: list[Path] = []
    real = quiz.deckfile.load_deck

    def counting(path: Path) -> Deck:
        calls.append(Path(path))
        return real(path)

    monkeypatch.setattr(quiz.deckfile, "load_deck", counting)
    return calls


def test_unchanged_decks_are_not_parsed_again(tmp_path: Path, parsed: list[Path]) -> None:
    service = service_with(tmp_path, make_deck("a", 3), make_deck("b", 2))
    assert {p.name for p in parsed} >= {"a.yaml", "b.yaml"}
    service.close()
    parsed.clear()
    service = open_service(tmp_path / "quiz.sqlite3", [tmp_path / "decks"], clock=Clock())
    assert parsed == []
    assert [d.deck_id for d in service.decks(learner(service))][-2:] == ["a", "b"]
    # an edited deck is re-parsed, alone
    write_decks(tmp_path / "decks", make_deck("b", 4))
    service.refresh_decks()
    assert [p.name for p in parsed] == ["b.yaml"]
    assert service.deck("b").cards[-1].id == "c3"


def test_a_deck_rebuilt_from_the_cache_equals_the_file(tmp_path: Path) -> None:
    deck = make_deck("a", 5, categories=(Category.DATE, Category.FIGURE))
    service = service_with(tmp_path, deck)
    assert service.deck("a") == deck
    with pytest.raises(KeyError):
        service.deck("nope")


def test_counts_per_deck_and_category(tmp_path: Path) -> None:
    clock = Clock()
    service = service_with(tmp_path, make_deck("a", 4, categories=(Category.DATE,
                                                                  Category.ACTOR)), clock=clock)
    name = learner(service)
    session = service.start(name, ["a"])
    session.answer("Answer number 0", 1.0)  # c0 (date) into its learning steps: due today
    session.answer("Answer number 1", 1.0)
    (summary,) = [d for d in service.decks(name) if d.deck_id == "a"]
    assert summary.counts.new == 2 and summary.counts.due == 2 and summary.counts.total == 4
    assert summary.by_category[Category.DATE].new == 1
    assert summary.by_category[Category.DATE].due == 1
    assert summary.origin == "path" and summary.title == "Deck a"


def test_broken_and_duplicate_decks_are_reported_not_fatal(tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "broken.yaml").write_text("id: broken\ncards: [\n", encoding="utf-8")
    write_decks(folder, make_deck("a", 2))
    twin = folder / "z-twin.yaml"
    write_decks(tmp_path, make_deck("a", 7))
    (tmp_path / "a.yaml").rename(twin)
    service = open_service(tmp_path / "quiz.sqlite3", [folder], clock=Clock())
    problems = service.problems()
    assert any(Path(p.path).name == "broken.yaml" and p.line > 0 for p in problems)
    (duplicate,) = [p for p in problems if "already used" in p.message]
    assert Path(duplicate.path).name == "z-twin.yaml"
    assert len(service.deck("a").cards) == 2  # the first one wins
    # fixing the broken file clears its problem; removing the first twin promotes the second
    write_decks(folder, make_deck("broken", 1))
    (folder / "a.yaml").unlink()
    service.refresh_decks()
    assert service.problems() == []
    assert len(service.deck("a").cards) == 7


def test_removed_cards_keep_their_history(tmp_path: Path) -> None:
    service = service_with(tmp_path, make_deck("a", 3))
    name = learner(service)
    session = service.start(name, ["a"])
    session.answer("Answer number 0", 1.0)
    write_decks(tmp_path / "decks", make_deck("a", 3, prefix="x"))
    service.refresh_decks()
    assert service.store.query("SELECT card_id FROM card_state") == [("c0",)]
    assert len(service.history(name, "a", "c0")) == 1
    assert service.start(name, ["a"]).current().card.id == "x0"  # type: ignore[union-attr]


def test_first_card_of_a_cached_collection_needs_no_yaml(tmp_path: Path) -> None:
    service_with(tmp_path, make_deck("a", 3)).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from quiz.engine.service import open_service\n"
        f"service = open_service(Path({str(tmp_path / 'quiz.sqlite3')!r}), "
        f"[Path({str(tmp_path / 'decks')!r})])\n"
        "card = service.start(service.learners()[0], ['a']).current()\n"
        "print(card.card.question, 'yaml' in sys.modules, 'textual' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env=os.environ.copy())
    assert result.stdout.split("?")[-1].split() == ["False", "False"]
    assert result.stdout.startswith("Question c0?")
