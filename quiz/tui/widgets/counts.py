"""A list of new/due/learned counts in aligned columns: the home screen's decks and categories.

An OptionList of Content rows rather than a DataTable: it draws several times faster (the
home screen is what start-up waits for), and every label stays literal Content.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quiz.engine.api import Counts

#: Width of the "from" column and of each number column, with the gaps included.
_FROM, _NEW, _DUE, _LEARNED, _CARDS = 9, 6, 6, 9, 7
#: Cells a row needs besides its label: the gap, the columns, the list's border and padding.
FIXED_CELLS = 2 + _FROM + _NEW + _DUE + _LEARNED + _CARDS + 6


def counts_header(first: str, width: int, *, origin: bool) -> Content:
    """The column titles over a list of ``width``-wide labels."""
    origin_title = "From".ljust(_FROM) if origin else ""
    return Content.styled(
        f" {first.ljust(width)}  {origin_title}{'New':>{_NEW}}{'Due':>{_DUE}}"
        f"{'Learned':>{_LEARNED}}{'Cards':>{_CARDS}}", "bold")


def counts_row(label: Content, width: int, counts: Counts, cards: int,
               origin: str | None = None) -> Content:
    """One row: the label cut or padded to ``width``, then the origin and the counts
    (``counts.new`` is what today's limits allow; ``cards`` is every card)."""
    origin_cell = origin.ljust(_FROM) if origin is not None else ""
    return Content.assemble(
        label.truncate(width, ellipsis=True, pad=True), "  ", (origin_cell, "dim"),
        f"{counts.new:>{_NEW}}{counts.due:>{_DUE}}{counts.learned:>{_LEARNED}}"
        f"{cards:>{_CARDS}}")


def label_width(labels: Sequence[Content], least: int = 12, most: int = 44) -> int:
    """A label column wide enough for ``labels``, within [least, most]."""
    return max(least, min(most, max((label.cell_length for label in labels), default=0)))


class CountsList(OptionList):
    """Rows of counts; each option's id is the key of what it counts (a deck id, a category)."""

    def show_rows(self, rows: Sequence[tuple[str, Content]]) -> None:
        """Replace the rows, keeping the highlighted key when it is still there."""
        keep = self.highlighted_key
        self.clear_options()
        self.add_options([Option(content, id=key) for key, content in rows])
        keys = [key for key, _ in rows]
        if rows:
            self.highlighted = keys.index(keep) if keep in keys else 0

    @property
    def highlighted_key(self) -> str | None:
        """The key of the highlighted row, if any."""
        if self.highlighted is None or self.highlighted >= self.option_count:
            return None
        return self.get_option_at_index(self.highlighted).id
