"""The ``quiz`` command line: a click group whose commands are imported only when run.

Each command lives in its own module under ``quiz.cli`` and imports what it needs inside
the function body, so ``quiz --help`` and ``quiz validate`` never pay for Textual.
Library code raises :class:`quiz.errors.QuizError`; only this layer turns it into text and
an exit status.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import click

from quiz import __version__
from quiz.cli.common import DB_HELP, CliState

#: command name -> "module:attribute"; the module is imported on first use.
COMMANDS: dict[str, str] = {
    "study": "quiz.cli.study_command:study",
    "decks": "quiz.cli.deck_commands:decks",
    "validate": "quiz.cli.deck_commands:validate",
    "new": "quiz.cli.deck_commands:new",
    "edit": "quiz.cli.deck_commands:edit",
    "generate": "quiz.cli.generate_command:generate",
    "stats": "quiz.cli.stats_command:stats",
    "serve": "quiz.cli.study_command:serve",
}


class LazyGroup(click.Group):
    """A group that resolves its subcommands from :data:`COMMANDS` on demand."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        assert isinstance(command, click.Command)
        return command

    def resolve_command(self, ctx: click.Context,
                        args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        """``quiz DECK.yaml ...`` is ``quiz study DECK.yaml ...``: a path is not a command."""
        if args and args[0] not in COMMANDS and Path(args[0]).exists():
            study = self.get_command(ctx, "study")
            return "study", study, args
        return super().resolve_command(ctx, args)


@click.group(cls=LazyGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="quiz")
@click.option("--db", "db", type=click.Path(dir_okay=False), default=None, help=DB_HELP)
@click.option("--learner", default=None,
              help="Study as this learner (`quiz`, `quiz study` and `quiz serve`).")
@click.pass_context
def cli(ctx: click.Context, db: str | None, learner: str | None) -> None:
    """Learn what news articles say: generated question decks, studied with spaced repetition.

    Run `quiz` with no command to open the study app on the bundled decks, or
    `quiz [--learner NAME] DECK.yaml ...` to add decks by path (as `quiz study` does).
    """
    ctx.obj = CliState(db=db)
    if ctx.invoked_subcommand is None:
        study = cli.get_command(ctx, "study")
        assert study is not None
        ctx.invoke(study, learner=learner)


def main(argv: list[str] | None = None) -> Any:
    """Run the CLI; a :class:`QuizError` becomes its message on stderr and exit status 1."""
    from quiz.errors import QuizError

    try:
        return cli.main(args=argv, prog_name="quiz", standalone_mode=True)
    except QuizError as error:
        click.echo(f"quiz: {error}", err=True)
        sys.exit(1)
