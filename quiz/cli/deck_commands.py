"""Deck commands: ``quiz validate``, ``quiz decks``, ``quiz new`` and ``quiz edit``.

Problems are printed as ``file:line:column: message`` (the form editors and CI jump to) and
become exit status 1; bad input never produces a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from quiz.cli.common import shown

if TYPE_CHECKING:
    from quiz.deckfile.discovery import DeckLocation
    from quiz.model import Deck

PATHS = click.Path(path_type=Path)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


# -- quiz validate -------------------------------------------------------------------------


@click.command()
@click.argument("paths", nargs=-1, required=True, type=PATHS)
def validate(paths: tuple[Path, ...]) -> None:
    """Check deck files, or every deck file in the given folders.

    Every problem of every file is printed as FILE:LINE:COLUMN: MESSAGE. The exit status is
    0 when all decks are valid and 1 otherwise.
    """
    from quiz.deckfile.discovery import deck_files
    from quiz.deckfile.loader import validate_file

    files: list[Path] = []
    empty_folders = 0
    for path in paths:
        if path.is_dir():
            found = deck_files(path)
            if not found:
                empty_folders += 1
                click.echo(f"{path}: no deck files (*.yaml, *.yml) in this folder")
            files.extend(found)
        else:
            files.append(path)
    seen: set[Path] = set()
    broken = problems = 0
    for file in files:
        if file.resolve() in seen:
            continue
        seen.add(file.resolve())
        found_problems = validate_file(file)
        for problem in found_problems:
            click.echo(shown(str(problem)))
        problems += len(found_problems)
        broken += bool(found_problems)
    checked = len(seen)
    if broken:
        summary = (f"{_plural(problems, 'problem')} in {broken} of "
                   f"{_plural(checked, 'deck file')}.")
    else:
        summary = f"{_plural(checked, 'deck file')} checked: all valid."
    click.echo(summary, err=bool(broken or empty_folders))
    if broken or empty_folders or not checked:
        sys.exit(1)


# -- quiz decks ----------------------------------------------------------------------------


@click.command()
@click.argument("paths", nargs=-1, type=PATHS)
def decks(paths: tuple[Path, ...]) -> None:
    """List the bundled decks, your decks and the deck files or folders given.

    Each deck is shown with where it comes from, its card count and the count of each
    category (date, actor, figure, cause, other). Broken decks are listed with their first
    problem; `quiz validate PATH` shows them all.
    """
    list_decks(paths)


def list_decks(paths: Sequence[Path] = ()) -> int:
    """Print the deck table for the bundled, user and given decks; returns how many are valid."""
    from quiz.deckfile.discovery import discover_decks
    from quiz.deckfile.loader import check_file
    from quiz.model import Category
    from quiz.paths import user_decks_dir

    locations = discover_decks(paths)
    categories = [category.value for category in Category]
    header = ["origin", "id", "cards", *categories, "title"]
    rows: list[list[str]] = []
    notes: list[str] = []
    first_file: dict[str, Path] = {}
    valid = cards = 0
    for location in locations:
        deck, problems = check_file(location.path)
        if deck is None:
            first = problems[0] if problems else None
            more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
            rows.append([location.origin, location.path.name, "-", *["-"] * len(categories),
                         "BROKEN"])
            notes.append(f"{first}{more}; run `quiz validate {location.path}`")
            continue
        valid += 1
        cards += len(deck.cards)
        rows.append([location.origin, deck.id, str(len(deck.cards)),
                     *(str(count) for count in _category_counts(deck).values()),
                     " ".join(deck.title.split())])
        if deck.id in first_file:
            notes.append(f"{location.path}: deck id '{deck.id}' is also used by "
                         f"{first_file[deck.id]}; give each deck its own id")
        first_file.setdefault(deck.id, location.path)
    if rows:
        _print_table(header, rows, numeric=range(2, 3 + len(categories)))
    for note in notes:
        click.echo(shown(note), err=True)
    folder = user_decks_dir()
    click.echo(f"\n{_plural(valid, 'deck')}, {_plural(cards, 'card')}. "
               f"Your deck folder: {folder}")
    if folder.exists() and not folder.is_dir():
        click.echo(f"quiz: your deck folder {folder} is a file, not a folder, so no deck is read "
                   f"from it (set QUIZ_DECKS_DIR to a folder)", err=True)
    if not valid:
        click.echo("Create a deck with `quiz new PATH`, or generate one with `quiz generate`.")
    else:
        click.echo("Study them with `quiz`.")
    return valid


def _category_counts(deck: Deck) -> dict[str, int]:
    from quiz.model import Category

    counts = {category.value: 0 for category in Category}
    for card in deck.cards:
        counts[card.category.value] += 1
    return counts


def _print_table(header: list[str], rows: list[list[str]], numeric: range) -> None:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        cells = [cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
                 for i, cell in enumerate(row[:-1])]
        click.echo(shown("  ".join([*cells, row[-1]]).rstrip()))


# -- quiz new ------------------------------------------------------------------------------


@click.command()
@click.argument("path", type=PATHS)
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
def new(path: Path, force: bool) -> None:
    """Write a starter deck to PATH: one card of each type, ready to edit.

    The file starts with a comment that points editors with YAML support
    (yaml-language-server) at the deck schema, so they check the deck as you type.
    """
    from quiz.deckfile.discovery import DECK_SUFFIXES
    from quiz.deckfile.writer import write_text_atomically

    if path.suffix.lower() not in DECK_SUFFIXES:
        _fail(f"{path}: a deck file name must end in .yaml or .yml")
    if path.is_dir():
        _fail(f"{path}: this is a folder; give a file name such as {path / 'my-deck.yaml'}")
    if path.exists() and not force:
        _fail(f"{path}: the file already exists; use --force to overwrite it, "
              f"or `quiz edit {path}` to change it")
    deck = starter_deck(path)
    write_text_atomically(path, starter_text(deck, path))
    click.echo(f"Wrote {path} with {_plural(len(deck.cards), 'card')}, one of each type.")
    click.echo(f"Change it with `quiz edit {path}`; check it with `quiz validate {path}`.")


def starter_deck(path: Path) -> Deck:
    """The deck ``quiz new`` writes: one card of every type, on how decks work."""
    import re

    from quiz.model import Card, CardType, Category, Deck

    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-._").lower() or "my-deck"
    title = path.stem.replace("-", " ").replace("_", " ").strip().capitalize() or "My deck"
    other = Category.OTHER
    cards = (
        Card("recall-grade", CardType.RECALL, other,
             "What do you do after flipping a recall card?",
             "Grade how well you remembered it, from 1 (again) to 4 (easy)"),
        Card("typed-validate", CardType.TYPED, other,
             "Which command checks a deck file and reports every problem?", "quiz validate",
             accept=("validate",)),
        Card("choice-accept", CardType.CHOICE, other,
             "Which card field lists other answers that also count as right?", "accept",
             choices=("accept", "choices", "items", "tags")),
        Card("cloze-gap", CardType.CLOZE, other,
             "In a cloze card, the answer fills the ___ in the question.", "gap",
             accept=("blank",)),
        Card("truefalse-ids", CardType.TRUEFALSE, other,
             "A card's id can be changed freely without losing anything.", "false",
             explanation="Review history is kept by card id: a new id starts the card afresh."),
        Card("order-workflow", CardType.ORDER, other,
             "Put the steps of writing a deck in order.",
             items=("quiz new", "quiz edit", "quiz validate", "quiz decks")),
    )
    return Deck(id=slug, title=title, cards=cards,
                description="A starter deck: replace these cards with your own.")


def starter_text(deck: Deck, path: Path) -> str:
    """The starter deck's YAML, with a comment saying where the format is described."""
    from quiz.deckfile.writer import dump_deck, schema_reference

    schema_line, _, body = dump_deck(deck, schema=schema_reference(path)).partition("\n")
    guide = ("# A quiz deck. Card types: recall, typed, choice, cloze, truefalse, order;\n"
             "# categories: date, actor, figure, cause, other. The format is described in\n"
             "# docs/deck-format.md; `quiz validate` checks a deck and `quiz edit` edits one.\n")
    return f"{schema_line}\n{guide}{body}"


def _fail(message: str) -> None:
    click.echo(f"quiz: {message}", err=True)
    sys.exit(1)


# -- quiz edit -----------------------------------------------------------------------------


@click.command()
@click.argument("path", type=PATHS)
def edit(path: Path) -> None:
    """Edit the deck PATH in $VISUAL or $EDITOR, and validate it when the editor closes.

    You edit a copy: PATH is replaced only by a valid deck. On problems you can reopen the
    editor; if you do not (or nobody can be asked), the deck is left as it was and your edit
    is kept next to it as PATH.rejected. The same happens if PATH changed on disk while you
    were editing it, so nobody's work is overwritten.
    """
    import shutil
    import tempfile

    if not path.is_file():
        _fail(f"{path}: no such deck file; create one with `quiz new {path}`")
    original = path.read_bytes()
    workdir = Path(tempfile.mkdtemp(prefix="quiz-edit-"))
    try:
        copy = workdir / path.name
        copy.write_bytes(original)
        _edit_until_valid(path, copy, original)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _edit_until_valid(path: Path, copy: Path, original: bytes) -> None:
    from quiz.deckfile.loader import check_bytes
    from quiz.deckfile.writer import write_bytes_atomically

    while True:
        _run_editor(copy)
        edited = copy.read_bytes()
        if edited == original:
            click.echo(f"No changes to {path}.")
            return
        deck, problems = check_bytes(edited, path)
        if deck is not None and _unchanged_on_disk(path, original):
            write_bytes_atomically(path, edited)
            click.echo(f"Saved {path}: {_plural(len(deck.cards), 'card')}, valid.")
            return
        if deck is not None:  # someone else saved the deck meanwhile: keep both, decide later
            _reject(path, edited, f"{path} changed on disk while you were editing it, so it was "
                                  "not replaced.")
        for problem in problems:
            click.echo(shown(str(problem)))
        click.echo(f"The edited deck has {_plural(len(problems), 'problem')}.")
        if _interactive() and click.confirm("Reopen the editor?", default=True):
            continue
        _reject(path, edited, f"{path} was not changed.")


def _unchanged_on_disk(path: Path, original: bytes) -> bool:
    try:
        return path.read_bytes() == original
    except OSError:
        return False


def _reject(path: Path, edited: bytes, why: str) -> None:
    """Keep a refused edit next to the deck, say where, and exit with status 1."""
    from quiz.deckfile.writer import write_bytes_atomically

    rejected = path.with_name(path.name + ".rejected")
    write_bytes_atomically(rejected, edited)
    _fail(f"{why} Your edit is saved in {rejected}; fix it there and copy it over, or run "
          f"`quiz edit {path}` again.")


def _interactive() -> bool:
    """Whether someone can answer "reopen the editor?" (stdin is a terminal)."""
    return sys.stdin is not None and sys.stdin.isatty()


def _run_editor(file: Path) -> None:
    """Run $VISUAL, $EDITOR or vi on ``file``; a missing or failing editor aborts the edit."""
    import os
    import shlex
    import subprocess

    command = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    try:
        argv = shlex.split(command)
    except ValueError:
        argv = []
    if not argv:
        _fail(f"cannot understand the editor command {command!r}; set $EDITOR")
    try:
        status = subprocess.run([*argv, str(file)], check=False).returncode
    except OSError as error:
        _fail(f"cannot run the editor {argv[0]!r} ({error.strerror or error}); "
              "set $EDITOR to your editor's command")
    if status != 0:
        _fail(f"the editor exited with status {status}; the deck was not changed")
