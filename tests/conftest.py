"""Shared fixtures: every test runs with its own data folder, deck folder and database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every per-user location at a fresh temporary folder, and keep editors away."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("QUIZ_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("QUIZ_DECKS_DIR", str(home / "decks"))
    monkeypatch.setenv("QUIZ_DB", str(home / "data" / "quiz.sqlite3"))
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    yield home
