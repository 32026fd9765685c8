"""Where things live: bundled resources, the user's deck folder and the score database.

Nothing here touches the disk at import time; folders are created by the code that writes.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "quiz"

#: Environment variable that overrides the user's deck folder.
DECKS_ENV = "QUIZ_DECKS_DIR"
#: Environment variable that overrides the score database file.
DB_ENV = "QUIZ_DB"
#: Environment variable that overrides the whole user data folder (decks, database, settings).
DATA_ENV = "QUIZ_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    """A bundled folder: inside the installed wheel, or at the top of a source checkout."""
    installed = _PACKAGE_DIR / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def bundled_decks_dir() -> Path:
    """The decks shipped with ``quiz``."""
    return _bundled("decks")


def bundled_seeds_dir() -> Path:
    """The seed articles the bundled decks were generated from."""
    return _bundled("seeds")


def schema_path() -> Path:
    """The JSON Schema of the deck format, for editors (``yaml-language-server``)."""
    return _PACKAGE_DIR / "deckfile" / "deck.schema.json"


def user_data_dir() -> Path:
    """The per-user data folder (platformdirs), overridable with ``QUIZ_DATA_DIR``."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_decks_dir() -> Path:
    """The user's own deck folder, overridable with ``QUIZ_DECKS_DIR``."""
    override = os.environ.get(DECKS_ENV)
    if override:
        return Path(override).expanduser()
    return user_data_dir() / "decks"


def default_db_path() -> Path:
    """The score database, overridable with ``QUIZ_DB`` (the CLI's ``--db`` wins over both)."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return user_data_dir() / "quiz.sqlite3"
