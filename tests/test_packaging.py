"""A non-editable install carries the bundled decks, the seed articles and the deck schema."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel offline (no build isolation: hatchling comes with the test extra)."""
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
         str(ROOT)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("quiz-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_decks_seeds_and_schema(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        console_scripts = archive.read(entry_points).decode()
    decks = {f"quiz/_bundled/decks/{p.name}" for p in (ROOT / "decks").glob("*.yaml")}
    seeds = {f"quiz/_bundled/seeds/{p.name}" for p in (ROOT / "seeds").glob("*.txt")}
    assert "quiz/_bundled/decks/example.yaml" in decks
    assert len(seeds) == 5
    assert decks <= names
    assert seeds <= names
    assert "quiz/deckfile/deck.schema.json" in names
    assert "quiz/py.typed" in names
    assert "quiz = quiz.cli:main" in console_scripts


@pytest.mark.slow
def test_installed_quiz_finds_its_bundled_decks(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    code = (
        "import quiz, quiz.paths as p\n"
        "from quiz.deckfile import discover_decks, load_deck\n"
        "print(quiz.__file__)\n"
        "print(p.bundled_decks_dir(), p.bundled_seeds_dir(), p.schema_path().is_file())\n"
        "print(sorted(load_deck(d.path).id for d in discover_decks()))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, env=env, check=True)
    where, folders, ids = result.stdout.splitlines()
    assert where == str(site / "quiz" / "__init__.py")
    assert folders == f"{site}/quiz/_bundled/decks {site}/quiz/_bundled/seeds True"
    assert "'example'" in ids
    listing = subprocess.run([sys.executable, "-m", "quiz", "decks"], capture_output=True,
                             text=True, cwd=tmp_path, env=env, check=False)
    assert listing.returncode == 0, listing.stderr
    assert "bundled  example" in listing.stdout
