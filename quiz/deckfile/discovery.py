"""Find deck files: the bundled decks, the user's deck folder, and paths given by the user.

Discovery only lists and stats files; parsing is the loader's job (the engine caches it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

#: File name endings of deck files.
DECK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class DeckLocation:
    """A deck file and where it was found: ``"bundled"``, ``"user"`` or ``"path"``."""

    path: Path
    origin: str


#: How deep below a deck folder subfolders are searched (a folder of topic folders of decks is
#: two levels; a deeper limit only guards against pointing quiz at a whole home directory).
MAX_DEPTH = 4


def deck_files(folder: Path) -> list[Path]:
    """The deck files in ``folder`` and its subfolders (up to :data:`MAX_DEPTH` levels), sorted
    by their path inside the folder; hidden files and folders are skipped, and symbolic links to
    folders are not followed (so a link loop cannot make discovery endless)."""
    found: list[Path] = []
    pending = [(folder, 0)]
    while pending:
        current, depth = pending.pop()
        try:
            entries = list(current.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.suffix.lower() in DECK_SUFFIXES and entry.is_file():
                found.append(entry)
            elif depth < MAX_DEPTH and entry.is_dir() and not entry.is_symlink():
                pending.append((entry, depth + 1))
    return sorted(found, key=lambda path: path.relative_to(folder).parts)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Folders replaced by their deck files; files (and paths that do not exist) kept as given.

    A missing path is kept so that loading it reports "no such file" instead of it vanishing.
    """
    found: list[Path] = []
    for path in paths:
        found.extend(deck_files(path) if path.is_dir() else [path])
    return found


def discover_decks(extra: Sequence[Path] = ()) -> list[DeckLocation]:
    """Bundled decks, then the user's, then ``extra`` (files or folders); each file once."""
    from quiz.paths import bundled_decks_dir, user_decks_dir

    groups = [("bundled", deck_files(bundled_decks_dir())),
              ("user", deck_files(user_decks_dir())),
              ("path", expand(Path(p).expanduser() for p in extra))]
    seen: set[Path] = set()
    locations: list[DeckLocation] = []
    for origin, paths in groups:
        for path in paths:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                locations.append(DeckLocation(path, origin))
    return locations
