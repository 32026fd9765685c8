"""`quiz generate` on good and bad files: clear messages, no traceback, decks for the good ones."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from quiz.cli import cli
from quiz.deckfile import load_deck

GOOD = ("Harbour reopens after storm\nPublished 3 Jan 2020\n\n"
        "The harbour was closed in March 2019 after a storm damaged the pier. More than 200 "
        "boats moved to other ports. The port authority reopened it on Thursday.\n")


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_generate_writes_decks_per_category(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "harbour.txt").write_text(GOOD, encoding="utf-8")
    result = _run("generate", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert {"in-all.yaml", "in-dates.yaml", "in-figures.yaml"} <= set(names)
    assert set(names) <= {"in-actors.yaml", "in-all.yaml", "in-causes.yaml",
                          "in-dates.yaml", "in-figures.yaml"}
    for name in names:
        assert f"{name}: " in result.output
        load_deck(tmp_path / "out" / name)


def test_default_out_is_the_user_deck_folder(tmp_path: Path,
                                              isolated_user_dirs: Path) -> None:
    article = tmp_path / "Harbour News.txt"
    article.write_text(GOOD, encoding="utf-8")
    result = _run("generate", str(article))
    assert result.exit_code == 0, result.output
    deck = load_deck(isolated_user_dirs / "decks" / "harbour-news-all.yaml")
    assert (deck.id, deck.title) == ("harbour-news-all", "Harbour news: all questions")
    named = _run("generate", str(article), "--deck-prefix", "port")
    assert named.exit_code == 0, named.output
    assert (isolated_user_dirs / "decks" / "port-dates.yaml").is_file()


def test_bad_files_are_reported_and_the_good_ones_used(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR" * 4)
    (folder / "legacy.txt").write_bytes(b"Caf\xe9 news\n\nThe caf\xe9 opened in May 2021.\n")
    result = _run("generate", str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "empty.txt: is empty" in result.output
    assert "binary.txt: is a binary file" in result.output
    assert "legacy.txt: not valid UTF-8; decoded as Windows-1252" in result.output
    assert "Read 2 article(s), 2 skipped" in result.output
    deck = load_deck(tmp_path / "out" / "in-all.yaml")
    assert {s.file for s in deck.sources} <= {"good.txt", "legacy.txt"}


def test_nothing_readable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = _run("generate", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "no article could be read" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_bad_arguments(tmp_path: Path) -> None:
    missing = _run("generate", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2 and "does not exist" in missing.output
    date = _run("generate", str(tmp_path), "--published", "yesterday")
    assert date.exit_code == 2 and "--published" in date.output
    prefix = _run("generate", str(tmp_path), "--deck-prefix", "../x")
    assert prefix.exit_code == 2 and "--deck-prefix" in prefix.output
    empty = _run("generate", str(tmp_path))
    assert empty.exit_code == 1 and "no articles found" in empty.output


def test_published_option_resolves_relative_dates(tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(GOOD.replace("Published 3 Jan 2020\n", ""), encoding="utf-8")
    result = _run("generate", str(article), "--out", str(tmp_path / "out"),
                  "--published", "2024-02-08")
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out" / "harbour-dates.yaml").read_text(encoding="utf-8")
    assert "8 February 2024" in text


def test_progress_bar_for_many_articles(tmp_path: Path) -> None:
    for number in range(7):
        (tmp_path / f"a{number}.txt").write_text(GOOD.replace("200", str(200 + number)),
                                                 encoding="utf-8")
    result = _run("generate", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "Reading articles" in result.stderr
