"""``quiz generate``: turn news articles into question decks (dates, actors, figures, causes)."""

from __future__ import annotations

import datetime as dt
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from quiz.model import Card

#: Above this many articles a progress bar is shown on stderr.
PROGRESS_THRESHOLD = 5


@click.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path), metavar="ARTICLE_OR_FOLDER...")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to write the decks to (default: your deck folder, so `quiz` "
                   "shows them at once; env QUIZ_DECKS_DIR).")
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Publication date (YYYY-MM-DD) for every article, used to resolve "
                   "relative dates such as 'last Thursday'; wins over a date stated in the "
                   "text.")
@click.option("--deck-prefix", "prefix", default=None,
              help="Deck ids and file names start with this: PREFIX-dates, PREFIX-actors, "
                   "PREFIX-figures, PREFIX-causes and PREFIX-all (default: the name of the "
                   "first file or folder given, so decks of different articles do not "
                   "replace each other).")
def generate(paths: tuple[Path, ...], out: Path | None, published: dt.datetime | None,
             prefix: str | None) -> None:
    """Generate question decks from plain-text articles (files, or folders of .txt/.md files).

    The first non-empty line of an article is its title. A publication date stated in the
    text ("Updated: February 08, 2024", "Published 3 Jan 2020", a dated dateline) is used to
    resolve relative dates; without one, relative dates are not asked about.

    Writes one deck per category (dates, actors, figures, causes) and one with all cards.
    The same articles always give the same files, and card ids stay stable when an article
    is edited elsewhere, so study history is kept.

    Files that cannot be used (empty, binary, too large, not text) are reported and skipped;
    the others are still processed. A category without any question gets no deck. Exit
    status: 0 when decks were written (even if some files were skipped), 1 when no article
    could be read, no question could be made, or the decks could not be written.
    """
    import re

    from quiz.deckfile import write_deck
    from quiz.generate.pipeline import DECK_CATEGORIES, collect_articles, generate as run
    from quiz.paths import user_decks_dir

    if prefix is None:
        first = paths[0].resolve()
        prefix = re.sub(r"[^a-z0-9]+", "-", (first.name if first.is_dir() else first.stem)
                        .lower()).strip("-") or "articles"
    elif not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", prefix):
        raise click.BadParameter("use letters, digits, '-' and '_' only",
                                 param_hint="--deck-prefix")
    files = collect_articles(paths)
    if not files:
        click.echo("quiz generate: no articles found (give .txt or .md files, or folders "
                   "that hold them)", err=True)
        sys.exit(1)
    date = published.date() if published is not None else None
    if len(files) > PROGRESS_THRESHOLD:
        with click.progressbar(length=len(files), label="Reading articles",
                               file=sys.stderr) as bar:
            result = run(paths, date, progress=lambda _name: bar.update(1), prefix=prefix)
    else:
        result = run(paths, date, prefix=prefix)
    for warning in result.warnings:
        click.echo(f"quiz generate: warning: {warning}", err=True)
    for error in result.skipped:
        click.echo(f"quiz generate: skipped {error}", err=True)
    if not result.articles:
        click.echo("quiz generate: no article could be read; no decks written", err=True)
        sys.exit(1)
    if not result.decks:
        click.echo("quiz generate: no questions could be made from these articles; no decks "
                   "written", err=True)
        sys.exit(1)
    target = out if out is not None else user_decks_dir()
    written = []
    rendered: dict[Card, str] = {}  # every card is in two decks: render it once
    # What generation built lives until the command ends and holds no reference cycles: the
    # cycle collector is kept off it, while the decks are written and in Python's shutdown
    # (which collects every generation but the frozen one: that walk was about a tenth of
    # the command's CPU time on 1,000 articles).
    gc.freeze()
    collecting = gc.isenabled()
    gc.disable()
    try:
        for deck in result.decks:
            path = target / f"{deck.id}.yaml"
            write_deck(deck, path, rendered=rendered)
            written.append((path, deck))
    except OSError as error:
        click.echo(f"quiz generate: cannot write decks to {target}: "
                   f"{error.strerror or error}", err=True)
        sys.exit(1)
    finally:
        if collecting:
            gc.enable()
    skipped = f", {len(result.skipped)} skipped" if result.skipped else ""
    click.echo(f"Read {len(result.articles)} article(s){skipped}; wrote {len(written)} decks "
               f"to {target}:")
    for path, deck in written:
        click.echo(f"  {path.name}: {len(deck.cards)} cards")
    missing = [f"{prefix}-{slug}" for _, slug, _ in DECK_CATEGORIES
               if not any(deck.id == f"{prefix}-{slug}" for deck in result.decks)]
    if missing:
        click.echo(f"  (no questions found for {', '.join(missing)}; not written)")
