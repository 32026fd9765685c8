"""``quiz study`` (the default command) opens the study app; ``quiz serve`` serves it on the web.

The service is opened here, before the app starts, so a corrupt or too-new database is a
:class:`quiz.errors.StoreError` the CLI prints, never a traceback inside the app. When stdout is
not a terminal (CI, a pipe) the app would have nowhere to draw: ``study`` prints the deck list
and how to study instead, and exits 0.
"""

from __future__ import annotations

import errno
import os
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from quiz.cli.common import db_option, db_path

if TYPE_CHECKING:
    from quiz.engine.api import DeckSummary

#: Set to 1 to make the app exit as soon as its home screen is ready (bench/startup_bench.py).
EXIT_WHEN_READY_ENV = "QUIZ_EXIT_WHEN_READY"
LEARNER_HELP = "Study as this learner (created if new; default: the first learner)."
DECK_PATHS = click.argument("deck_paths", nargs=-1,
                            type=click.Path(exists=True, path_type=Path))


def deck_lines(decks: list[DeckSummary]) -> list[str]:
    """The deck list as plain lines: title, origin and counts (titles made terminal-safe);
    "new" is what a session gives today, as on the home screen."""
    from quiz.cli.common import shown

    lines = [f"{'deck':<40} {'from':<8} {'new':>5} {'due':>5} {'learned':>8}"]
    for deck in decks:
        title = shown(" ".join(deck.title.split()))
        title = title if len(title) <= 40 else title[:39] + "…"
        counts = deck.counts
        lines.append(f"{title:<40} {deck.origin:<8} {deck.new_today:>5} {counts.due:>5} "
                     f"{counts.learned:>8}")
    return lines


def _exit_when_ready() -> bool:
    return os.environ.get(EXIT_WHEN_READY_ENV) == "1"


@click.command()
@db_option
@click.option("--learner", default=None, help=LEARNER_HELP)
@DECK_PATHS
@click.pass_context
def study(ctx: click.Context, db: str | None, learner: str | None,
          deck_paths: tuple[Path, ...]) -> None:
    """Open the study app on the bundled decks, your deck folder and DECK_PATHS."""
    from quiz.cli.common import shown
    from quiz.engine.service import open_service

    learner = learner or ctx.find_root().params.get("learner")
    service = open_service(db_path(ctx, db), extra_decks=deck_paths)
    try:
        if not (sys.stdout.isatty() or _exit_when_ready()):
            name = service.add_learner(learner) if learner else service.learners()[0]
            for line in deck_lines(service.decks(name)):
                click.echo(line)
            for problem in service.problems():
                click.echo(f"problem: {shown(str(problem))}")
            click.echo("quiz: not a terminal; run `quiz` in a terminal to study "
                       "(or `quiz serve` to study in a web browser).")
            return
        from quiz.tui.app import build_app

        build_app(service, learner=learner, exit_when_ready=_exit_when_ready()).run()
    finally:
        service.close()


@click.command()
@db_option
@click.option("--learner", default=None, help=LEARNER_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535),
              help="Port to listen on.")
@DECK_PATHS
@click.pass_context
def serve(ctx: click.Context, db: str | None, learner: str | None, host: str, port: int,
          deck_paths: tuple[Path, ...]) -> None:
    """Serve the study app in a web browser (through textual-serve)."""
    from textual_serve.server import Server

    from quiz.engine.service import open_service

    database = db_path(ctx, db)
    open_service(database, extra_decks=deck_paths).close()  # fail here, not in the browser
    learner = learner or ctx.find_root().params.get("learner")
    server = Server(serve_command(database, learner, deck_paths), host=host, port=port,
                    title="quiz")
    try:
        check_address(host, port)
        server.serve()
    except OSError as error:  # taken between the check and the start, or refused later
        click.echo(f"quiz: {listen_error(host, port, error)}", err=True)
        sys.exit(1)


#: What to do about the usual reasons a server cannot listen, by errno.
_LISTEN_HINTS = {
    errno.EADDRINUSE: "address already in use (choose another --port)",
    errno.EADDRNOTAVAIL: "no such address on this machine (choose another --host)",
    errno.EACCES: "permission denied (ports below 1024 need privileges; choose another --port)",
}


def listen_error(host: str, port: int, error: OSError) -> str:
    """One line saying why ``host:port`` cannot be listened on, and what to change."""
    import socket

    if isinstance(error, socket.gaierror):
        reason = "unknown host (choose another --host)"
    else:
        reason = _LISTEN_HINTS.get(error.errno or 0, error.strerror or str(error))
    return f"cannot listen on {host}:{port}: {reason}"


def check_address(host: str, port: int) -> None:
    """Bind ``host:port`` for a moment, as the server will, so a taken port or a foreign
    address fails before the server starts (raises the bind's :class:`OSError`)."""
    import socket

    for family, kind, protocol, _, address in socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE):
        with socket.socket(family, kind, protocol) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as aiohttp does
            probe.bind(address)


def serve_command(database: Path, learner: str | None, deck_paths: tuple[Path, ...]) -> str:
    """The shell command textual-serve runs for every browser tab."""
    words = [sys.executable, "-m", "quiz", "study", "--db", str(database)]
    if learner:
        words += ["--learner", learner]
    words += [str(path.resolve()) for path in deck_paths]
    return shlex.join(words)
