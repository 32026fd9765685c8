"""The one place where untrusted text (deck and article content) becomes something to show.

Textual parses a plain ``str`` given to most widgets as content markup, and markup can run
actions (``[@click=app.quit]``). Everything that comes from a deck, an article or a file name
goes through :func:`literal` (or :func:`literal_line` for one-line cells) and is shown as the
characters it contains. Control characters are made visible as Unicode "control pictures", so
an ANSI escape sequence in a card is displayed (``␛[31m``) instead of reaching the terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text
    from textual.content import Content


def _control_pictures() -> dict[int, str]:
    """Map C0 controls (except newline and tab), DEL and C1 controls to visible symbols."""
    table = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
    table[0x09] = "    "
    table[0x7F] = "\u2421"
    table.update({code: f"<{code:02X}>" for code in range(0x80, 0xA0)})
    return table


_VISIBLE = _control_pictures()
_ONE_LINE = {**_VISIBLE, 0x0A: " "}


def visible(text: str) -> str:
    """``text`` with every control character replaced by a visible stand-in (newlines kept)."""
    return text.translate(_VISIBLE)


def literal(text: str, style: str = "") -> Content:
    """``text`` as Content that is shown verbatim: no markup, no escape sequences."""
    from textual.content import Content

    shown = visible(text)
    return Content.styled(shown, style) if style else Content(shown)


def one_line(text: str, limit: int = 0) -> str:
    """``text`` made visible on one line (newlines become spaces), cut to ``limit`` with "…"."""
    shown = " ".join(text.translate(_ONE_LINE).split())
    if limit and len(shown) > limit:
        shown = shown[: max(limit - 1, 0)] + "…"
    return shown


def literal_line(text: str, limit: int = 0, style: str = "") -> Content:
    """``text`` as one line of literal Content, cut to ``limit`` cells if set."""
    from textual.content import Content

    shown = one_line(text, limit)
    return Content.styled(shown, style) if style else Content(shown)


def literal_cell(text: str, limit: int = 0, style: str = "") -> Text:
    """``text`` as a literal one-line DataTable cell.

    DataTable sizes its columns by measuring Rich renderables, which Content is not; a Rich
    ``Text`` built from a string is never parsed as markup either.
    """
    from rich.text import Text

    return Text(one_line(text, limit), style=style, no_wrap=True, overflow="ellipsis")
