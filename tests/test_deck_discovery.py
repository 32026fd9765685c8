"""Deck discovery: bundled, user and given decks, each once, without parsing anything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from quiz.deckfile import DeckLocation, discover_decks
from quiz.paths import bundled_decks_dir


def _user_dir() -> Path:
    folder = Path(os.environ["QUIZ_DECKS_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_bundled_decks_come_first_and_include_the_example() -> None:
    locations = discover_decks()
    assert locations, "no bundled decks found"
    assert {location.origin for location in locations} == {"bundled"}
    assert DeckLocation(bundled_decks_dir() / "example.yaml", "bundled") in locations
    paths = [location.path for location in locations]
    assert paths == sorted(paths)


def test_a_missing_user_folder_is_not_an_error() -> None:
    assert not Path(os.environ["QUIZ_DECKS_DIR"]).exists()
    assert all(location.origin == "bundled" for location in discover_decks())


def test_user_folder_lists_only_visible_yaml_files_sorted() -> None:
    folder = _user_dir()
    for name in ["b.yml", "a.yaml", "C.YAML", "notes.txt", ".hidden.yaml", "x.yaml.rejected"]:
        (folder / name).write_text("not even a deck: [", encoding="utf-8")
    (folder / "sub.yaml").mkdir()
    user = [loc.path.name for loc in discover_decks() if loc.origin == "user"]
    assert user == ["C.YAML", "a.yaml", "b.yml"]


def test_extra_files_and_folders_are_added_once(tmp_path: Path) -> None:
    folder = _user_dir()
    (folder / "mine.yaml").write_text("x", encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / "one.yaml").write_text("x", encoding="utf-8")
    (other / "two.yml").write_text("x", encoding="utf-8")
    extra = [other, other / "one.yaml", folder / "mine.yaml",
             folder / ".." / folder.name / "mine.yaml", bundled_decks_dir() / "example.yaml"]
    found = [(loc.origin, loc.path.name) for loc in discover_decks(extra)
             if loc.origin != "bundled"]
    assert found == [("user", "mine.yaml"), ("path", "one.yaml"), ("path", "two.yml")]


def test_a_missing_extra_path_is_kept_so_loading_can_say_so(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    assert DeckLocation(missing, "path") in discover_decks([missing])


def test_discovery_does_not_parse_or_import_yaml() -> None:
    code = ("import sys\nfrom quiz.deckfile import discover_decks\n"
            "assert discover_decks()\nprint('yaml' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_the_deck_layer_never_imports_textual() -> None:
    code = ("import sys\n"
            "import quiz.deckfile.discovery, quiz.deckfile.loader, quiz.deckfile.reader\n"
            "import quiz.deckfile.validate, quiz.deckfile.writer, quiz.cli.deck_commands\n"
            "from quiz.deckfile import load_deck, dump_deck\n"
            "from quiz.paths import bundled_decks_dir\n"
            "dump_deck(load_deck(bundled_decks_dir() / 'example.yaml'))\n"
            "print('textual' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_subfolders_are_searched_but_not_hidden_ones_or_linked_folders(tmp_path: Path) -> None:
    folder = _user_dir()
    (folder / "history" / "wars").mkdir(parents=True)
    (folder / ".trash").mkdir()
    (folder / "top.yaml").write_text("x", encoding="utf-8")
    (folder / "history" / "rome.yaml").write_text("x", encoding="utf-8")
    (folder / "history" / "wars" / "punic.yml").write_text("x", encoding="utf-8")
    (folder / ".trash" / "old.yaml").write_text("x", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "linked.yaml").write_text("x", encoding="utf-8")
    (folder / "link").symlink_to(elsewhere, target_is_directory=True)
    (folder / "history" / "loop").symlink_to(folder, target_is_directory=True)
    user = [loc.path.relative_to(folder).as_posix() for loc in discover_decks()
            if loc.origin == "user"]
    assert user == ["history/rome.yaml", "history/wars/punic.yml", "top.yaml"]


def test_search_stops_at_the_depth_limit(tmp_path: Path) -> None:
    from quiz.deckfile.discovery import MAX_DEPTH, deck_files

    deep = tmp_path
    for level in range(MAX_DEPTH + 2):
        deep = deep / f"level{level}"
        deep.mkdir()
        (deep / "deck.yaml").write_text("x", encoding="utf-8")
    found = deck_files(tmp_path)
    assert len(found) == MAX_DEPTH
    assert max(len(path.relative_to(tmp_path).parent.parts) for path in found) == MAX_DEPTH
