"""Small pieces every command shares: the state the group passes down, and option helpers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click

DB_HELP = "Score database file (default: the user data folder; env QUIZ_DB)."

#: Control characters (C0, DEL, C1) and the bidirectional overrides that reorder what follows.
_UNSAFE = {*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
_ESCAPED = {code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" for code in _UNSAFE}


def shown(text: str) -> str:
    """``text`` safe to print to a terminal: deck content and learner names can hold escape
    sequences (change the window title, clear the screen, fake a clean result) that must
    show, not act."""
    return text.translate(_ESCAPED)


@dataclass(slots=True)
class CliState:
    """What the ``quiz`` group hands its commands through ``ctx.obj``."""

    db: str | None = None


def db_path(ctx: click.Context, override: str | None = None) -> Path:
    """The database a command should use: its own ``--db``, the group's, the env, the default."""
    from quiz.paths import default_db_path

    chosen = override
    if chosen is None and isinstance(ctx.find_root().obj, CliState):
        chosen = ctx.find_root().obj.db
    return Path(chosen).expanduser() if chosen else default_db_path()


def db_option(function: click.decorators.FC) -> click.decorators.FC:
    """Add a command-level ``--db`` (same meaning as the group's; the nearer one wins)."""
    return click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                        help=DB_HELP)(function)
