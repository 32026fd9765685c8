"""The browse screen: search a deck's cards by text and category, see one card and its history.

Every string from the deck is turned into literal Content by :mod:`quiz.tui.text` before it
reaches a widget, so card text is shown as typed and never runs markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Select, Static
from textual.widgets.data_table import ColumnKey

from quiz.model import Card, Category, Deck
from quiz.tui.text import literal, literal_line

if TYPE_CHECKING:
    from quiz.engine.api import DeckSummary, ReviewRecord, StudyService

#: The narrowest the question column gets; it widens with the table (the detail pane shows
#: the whole question).
QUESTION_WIDTH = 20
#: Cells the category and type columns, their padding and the scroll bar take.
OTHER_COLUMNS = 8 + 9 + 3 * 2 + 2


def searchable_text(card: Card) -> str:
    """Everything a search may match in ``card``, lower-cased once."""
    parts = [card.id, card.question, *card.answers, *card.choices, *card.items,
             card.explanation, *card.tags]
    if card.source is not None:
        parts += [card.source.file, card.source.sentence]
    return "\n".join(parts).casefold()


def matching_cards(cards: Iterable[Card], query: str, category: Category | None = None,
                   texts: Mapping[str, str] | None = None) -> list[Card]:
    """The cards of ``category`` (all when None) containing every word of ``query``.

    ``texts`` maps card ids to :func:`searchable_text`, computed once per deck rather than
    on every key press.
    """
    words = query.casefold().split()
    return [card for card in cards
            if (category is None or card.category == category)
            and all(word in (texts[card.id] if texts is not None else searchable_text(card))
                    for word in words)]


def _section(title: str, body: Content | str) -> Content:
    return Content.assemble((title, "bold $accent"), "\n", body, "\n\n")


def _listed(values: Iterable[str], numbered: bool = False) -> Content:
    lines = [Content.assemble(f"{i}. " if numbered else "• ", literal(value))
             for i, value in enumerate(values, start=1)]
    return Content("\n").join(lines)


def _when(moment: dt.datetime | None) -> str:
    """A UTC moment in the learner's local time, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else "—"


def history_content(records: list[ReviewRecord]) -> Content:
    """A card's review log, newest first: when, right or wrong, rating, answer, next due."""
    if not records:
        return Content.styled("Not reviewed yet.", "dim")
    entries = []
    for record in reversed(records):
        mark = ("✔ right", "$success") if record.correct else ("✘ wrong", "$error")
        answer = literal_line(record.answer_given or "(graded by the learner)", 60)
        entries.append(Content.assemble(
            (_when(record.reviewed_at), "bold"), "  ", mark, f", {record.rating.name.lower()}",
            ("\n  answered: ", "dim"), answer,
            ("\n  next due: ", "dim"), _when(record.due_after)))
    return Content("\n").join(entries)


def _article(deck: Deck, file: str) -> str:
    """The title ``deck`` gives the article ``file``, else the file name."""
    source = deck.source(file)
    return source.title if source is not None and source.title else file


def card_content(card: Card, deck: Deck) -> Content:
    """Everything about ``card`` except its history, for the detail pane."""
    parts = [Content.assemble((f"{card.type} · {card.category}", "dim"), "  ",
                              literal_line(card.id, 40, "dim"), "\n\n"),
             _section("Question", literal(card.question))]
    if card.answer:
        parts.append(_section("Answer", literal(card.answer, "bold")))
    if card.accept:
        parts.append(_section("Also accepted", _listed(card.accept)))
    if card.choices:
        parts.append(_section("Choices", _listed(card.choices, numbered=True)))
    if card.items:
        parts.append(_section("Items, in order", _listed(card.items, numbered=True)))
    if card.explanation:
        parts.append(_section("Explanation", literal(card.explanation)))
    if card.source is not None:
        source = deck.source(card.source.file)
        title = source.title if source is not None and source.title else ""
        body = Content.assemble(literal(card.source.file, "italic"),
                                Content.assemble(" — ", literal(title)) if title else "",
                                "\n“", literal(card.source.sentence), "”")
        parts.append(_section("Source", body))
    if card.conflict:
        lines = [Content.assemble(literal(_article(deck, c.file), "italic"), " says ",
                                  literal(c.value, "bold"),
                                  Content.assemble(": “", literal(c.sentence), "”")
                                  if c.sentence else "")
                 for c in card.conflict]
        parts.append(_section("⚠ Sources disagree", Content("\n").join(lines)))
    return Content.assemble(*parts)


#: Cells of a deck title in the deck picker: its 30 cells less the border, padding and arrow
#: (a longer title wraps the picker onto two lines).
DECK_LABEL = 22


class BrowseScreen(Screen[None]):
    """Find cards in a deck and look at one closely, with its review history."""

    DEFAULT_CSS = """
    BrowseScreen #browse-bar {
        height: auto;
    }
    BrowseScreen #browse-deck {
        width: 30;
    }
    BrowseScreen #browse-search {
        width: 1fr;
    }
    BrowseScreen #browse-category {
        width: 20;
    }
    BrowseScreen #browse-body {
        height: 1fr;
    }
    BrowseScreen #browse-table {
        width: 3fr;
        height: 1fr;
    }
    BrowseScreen #browse-detail-pane {
        width: 2fr;
        height: 1fr;
        border-left: tall $primary-muted;
        padding: 0 1;
    }
    BrowseScreen #browse-count {
        height: auto;
        padding: 0 1;
        color: $text-muted;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back"),
        Binding("slash", "focus_search", "Search"),
        Binding("c", "next_category", "Category"),
        Binding("ctrl+t", "focus_table", "Cards", show=False),
    ]

    AUTO_FOCUS = "#browse-table"

    def __init__(self, service: StudyService, learner: str, deck_id: str | None = None) -> None:
        super().__init__()
        self.service = service
        self.learner = learner
        self.deck_id = deck_id
        self.deck: Deck | None = None
        self.texts: dict[str, str] = {}
        self.question_width = QUESTION_WIDTH
        self.shown: list[Card] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="browse-bar"):
            yield Select[str]([], prompt="Deck", allow_blank=True, id="browse-deck")
            yield Input(placeholder="Search question, answer, source…", id="browse-search")
            yield Select[Category]([(str(c), c) for c in Category], prompt="Any category",
                                   id="browse-category")
        yield Static("", id="browse-count")
        with Horizontal(id="browse-body"):
            yield DataTable(id="browse-table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="browse-detail-pane"):
                yield Static("", id="browse-detail")
                yield Static("", id="browse-history")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "Browse cards"
        table = self.query_one(DataTable)
        table.add_column("Category", width=8, key="category")
        table.add_column("Type", width=9, key="type")
        table.add_column("Question", width=QUESTION_WIDTH, key="question")
        self.question_width = QUESTION_WIDTH
        self.load_decks()

    @work(thread=True, exclusive=True, group="browse-decks")
    def load_decks(self) -> None:
        """List the decks (and open the chosen one) off the UI thread."""
        decks = self.service.decks(self.learner)
        self.app.call_from_thread(self._show_decks, decks)

    def _show_decks(self, decks: list[DeckSummary]) -> None:
        select: Select[str] = self.query_one("#browse-deck", Select)
        select.set_options([(literal_line(d.title, DECK_LABEL), d.deck_id) for d in decks])
        known = {d.deck_id for d in decks}
        if self.deck_id not in known:
            self.deck_id = decks[0].deck_id if decks else None
        if self.deck_id is None:
            self.query_one("#browse-count", Static).update("No decks found.")
            return
        with select.prevent(Select.Changed):
            select.value = self.deck_id
        self.load_deck(self.deck_id)

    @work(thread=True, exclusive=True, group="browse-deck")
    def load_deck(self, deck_id: str) -> None:
        """Read one deck (its file may need parsing) off the UI thread."""
        from quiz.errors import QuizError

        try:
            deck = self.service.deck(deck_id)
        except (QuizError, KeyError) as error:
            message = error.args[0] if isinstance(error, KeyError) else str(error)
            self.app.call_from_thread(self._show_problem, f"Cannot open the deck: {message}")
            return
        self.app.call_from_thread(self._show_deck, deck)

    def _show_problem(self, message: str) -> None:
        self.query_one("#browse-count", Static).update(literal(message, "$error"))

    def _show_deck(self, deck: Deck) -> None:
        self.deck = deck
        self.texts = {card.id: searchable_text(card) for card in deck.cards}
        self.refilter()

    @property
    def category(self) -> Category | None:
        value = self.query_one("#browse-category", Select).value
        return None if value is Select.NULL else Category(str(value))

    def refilter(self) -> None:
        """Show the cards matching the search text and category, keeping the highlighted one."""
        if self.deck is None:
            return
        table = self.query_one(DataTable)
        previous = self.shown[table.cursor_row].id if self.shown and table.row_count else None
        query = self.query_one("#browse-search", Input).value
        self.shown = matching_cards(self.deck.cards, query, self.category, self.texts)
        table.clear()
        for card in self.shown:
            table.add_row(Content(str(card.category)), Content(str(card.type)),
                          literal_line(card.question, self.question_width), key=card.id)
        total = len(self.deck.cards)
        self.query_one("#browse-count", Static).update(
            Content.assemble(literal_line(self.deck.title, 40, "bold"),
                             f"  {len(self.shown)} of {total} cards"))
        if not self.shown:
            self.query_one("#browse-detail", Static).update(
                Content.styled("No card matches.", "dim"))
            self.query_one("#browse-history", Static).update("")
            return
        ids = [card.id for card in self.shown]
        table.move_cursor(row=ids.index(previous) if previous in ids else 0)
        self.show_card(self.shown[table.cursor_row])

    def show_card(self, card: Card) -> None:
        """Fill the detail pane with ``card`` and its review history."""
        if self.deck is None:
            return
        self.query_one("#browse-detail", Static).update(card_content(card, self.deck))
        records = self.service.history(self.learner, self.deck.id, card.id)
        self.query_one("#browse-history", Static).update(
            _section("History", history_content(records)))

    @on(Input.Changed, "#browse-search")
    def _search_changed(self) -> None:
        self.refilter()

    @on(Input.Submitted, "#browse-search")
    def _search_submitted(self) -> None:
        self.action_focus_table()

    @on(Select.Changed, "#browse-category")
    def _category_changed(self) -> None:
        self.refilter()

    @on(Select.Changed, "#browse-deck")
    def _deck_changed(self, event: Select.Changed) -> None:
        if event.value is Select.NULL or event.value == self.deck_id:
            return
        self.deck_id = str(event.value)
        self.load_deck(self.deck_id)

    @on(DataTable.RowHighlighted, "#browse-table")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.shown):
            self.show_card(self.shown[event.cursor_row])

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit_columns)

    def fit_columns(self) -> None:
        """Give the question column whatever width the table has to spare."""
        table = self.query_one(DataTable)
        width = max(QUESTION_WIDTH, table.size.width - OTHER_COLUMNS)
        if width != self.question_width:
            self.question_width = width
            table.columns[ColumnKey("question")].width = width
            self.refilter()

    def action_focus_search(self) -> None:
        self.query_one("#browse-search", Input).focus()

    def action_focus_table(self) -> None:
        self.query_one(DataTable).focus()

    def action_next_category(self) -> None:
        """Cycle the category filter: all, then each category in turn."""
        select: Select[Category] = self.query_one("#browse-category", Select)
        order: list[Category | None] = [None, *Category]
        following = order[(order.index(self.category) + 1) % len(order)]
        if following is None:
            select.clear()
        else:
            select.value = following

    def action_close(self) -> None:
        self.dismiss()
