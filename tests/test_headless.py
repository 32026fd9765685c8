"""The headless core never imports Textual: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = [
    "quiz", "quiz.model", "quiz.errors", "quiz.paths", "quiz.cli", "quiz.cli.deck_commands",
    "quiz.cli.generate_command", "quiz.cli.stats_command", "quiz.deckfile", "quiz.values",
    "quiz.engine.api", "quiz.engine.grading", "quiz.engine.self_grading", "quiz.engine.service",
    "quiz.engine.stats", "quiz.generate.pipeline",
]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_studying_through_the_engine_never_loads_textual(tmp_path: object) -> None:
    """Using the core (load decks, open the store, ask a card) stays free of Textual too."""
    code = (
        "import sys\n"
        "from quiz.deckfile import discover_decks, load_deck\n"
        "from quiz.engine.service import open_service\n"
        "for location in discover_decks(): load_deck(location.path)\n"
        f"service = open_service({str(tmp_path)!r} + '/q.sqlite3')\n"
        "session = service.start(service.learners()[0])\n"
        "assert session.current() is not None\n"
        "service.close()\n"
        "print('textual' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
