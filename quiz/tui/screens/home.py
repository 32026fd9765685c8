"""The home screen: who is studying, the decks with their counts, and where to start.

The deck list's first row stands for every deck at once; the category list below shows the
counts of the highlighted row per category, so "a category across decks" is the first row plus
a category. Enter studies the selection, c asks what of it to cram. "New" is what a session
gives today (as in Anki), not every unseen card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from quiz.engine.api import Counts, DeckSummary, StudyService
from quiz.model import Category
from quiz.tui.text import literal, literal_line, one_line
from quiz.tui.widgets.counts import (
    FIXED_CELLS,
    CountsList,
    counts_header,
    counts_row,
    label_width,
)

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp
    from quiz.tui.screens.cram import CramChoice


#: The deck list's row key for "every deck".
ALL_DECKS = "*all*"


@dataclass(frozen=True, slots=True)
class Selection:
    """What enter or c would study: some decks (None = all), maybe one category.

    ``counts.new`` is what a session gives today (within the daily limits); ``cards`` is
    every card, each counted once (what cram can study)."""

    deck_ids: tuple[str, ...] | None
    category: Category | None
    label: str
    counts: Counts
    cards: int


def add_counts(counts: Sequence[Counts]) -> Counts:
    """The sum of several counts."""
    return Counts(new=sum(c.new for c in counts), due=sum(c.due for c in counts),
                  learned=sum(c.learned for c in counts))


def _minus(counts: Counts, shared: Counts) -> Counts:
    return Counts(new=max(counts.new - shared.new, 0), due=max(counts.due - shared.due, 0),
                  learned=max(counts.learned - shared.learned, 0))


def deck_counts(decks: Sequence[DeckSummary]) -> tuple[Counts, int]:
    """The row for ``decks`` together: new cards a session gives today, due and learned, and
    how many cards there are. A deck that is a view of another of ``decks`` adds only the
    cards it does not share with it (the bundled per-category decks repeat news-all's)."""
    ids = {deck.deck_id for deck in decks}
    parts: list[Counts] = []
    new_today = 0
    for deck in decks:
        if deck.part_of in ids:
            own = _minus(deck.counts, deck.shared)
            new_today += min(deck.new_today, own.new)
        else:
            own = deck.counts
            new_today += deck.new_today
        parts.append(own)
    unique = add_counts(parts)
    return replace(unique, new=min(new_today, unique.new)), unique.total


def category_counts(decks: Sequence[DeckSummary]) -> dict[Category, tuple[Counts, int]]:
    """:func:`deck_counts` per category, in the order of :class:`Category`. New cards are
    capped by each deck's allowance for today; views wholly inside another of ``decks`` are
    left out."""
    ids = {deck.deck_id for deck in decks}
    counted = [deck for deck in decks
               if not (deck.part_of in ids and deck.shared.total >= deck.counts.total)]
    result: dict[Category, tuple[Counts, int]] = {}
    for category in Category:
        rows = [(deck, deck.by_category[category]) for deck in counted
                if category in deck.by_category]
        if rows:
            total = add_counts([counts for _, counts in rows])
            new = sum(min(counts.new, deck.new_today) for deck, counts in rows)
            result[category] = (replace(total, new=new), total.total)
    return result


class HomeScreen(Screen[None]):
    """Decks, counts and the way into a session."""

    BINDINGS = [
        Binding("enter", "study", "Study", priority=True),
        Binding("a", "study_all", "Study all decks", show=False),
        Binding("c", "cram", "Cram"),
        Binding("l", "app.switch_learner", "Learner"),
        Binding("s", "app.stats", "Stats"),
        Binding("b", "app.browse", "Browse"),
        Binding("o,comma", "app.settings", "Settings"),
        Binding("r", "refresh", "Refresh", show=False),
    ]

    def __init__(self, service: StudyService, learner: str) -> None:
        super().__init__()
        self.service = service
        self.learner = learner
        self.summaries: dict[str, DeckSummary] = {}
        self._ready = False
        self._filled_width = 0

    def compose(self) -> ComposeResult:
        with Horizontal(id="home-top"):
            yield Static(id="learner")
            yield Static("enter study · c cram · tab: categories", id="home-hint")
        with Vertical(id="home-body"):
            yield Static(id="decks-header", classes="list-header")
            yield CountsList(id="decks")
            yield Static(id="category-title", classes="section")
            yield Static(id="categories-header", classes="list-header")
            yield CountsList(id="categories")
            yield Static(id="problems")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#decks", CountsList).focus()

    def on_screen_resume(self) -> None:
        """Counts change after every session: refill whenever the screen shows again."""
        self.refresh_decks()
        if not self._ready:
            self._ready = True
            self._app().home_ready()

    def on_resize(self) -> None:
        """Long titles are cut to the width: refill when the width changes."""
        if self._ready and self.app.size.width != self._filled_width:
            self.refresh_decks()

    # -- filling -------------------------------------------------------------------------

    def refresh_decks(self) -> None:
        """Reload the decks and their counts for the current learner (keeps the highlight)."""
        self.query_one("#learner", Static).update(Content.assemble(
            ("Learner: ", "dim"), literal_line(self.learner, 30, "bold"), ("  (l)", "dim")))
        decks = self.service.decks(self.learner)
        self._filled_width = self.app.size.width
        self.summaries = {deck.deck_id: deck for deck in decks}
        labels = [Content.styled(f"All decks ({len(decks)})", "bold"),
                  *(literal_line(deck.title) for deck in decks)]
        width = label_width(labels, most=min(44, self.app.size.width - FIXED_CELLS - 4))
        self.query_one("#decks-header", Static).update(counts_header("Deck", width, origin=True))
        rows = [(ALL_DECKS, labels[0], "", decks)] + [
            (deck.deck_id, label, deck.origin, [deck])
            for deck, label in zip(decks, labels[1:], strict=True)]
        self.query_one("#decks", CountsList).show_rows(
            [(key, counts_row(label, width, *deck_counts(some), origin))
             for key, label, origin, some in rows])
        self._show_problems()
        self._fill_categories()

    def _show_problems(self) -> None:
        problems = self.service.problems()
        widget = self.query_one("#problems", Static)
        widget.display = bool(problems)
        if problems:
            lines = [Content.styled(f"⚠ {len(problems)} deck problem(s), not loaded:",
                                    "bold $warning")]
            lines.extend(literal(str(problem)) for problem in problems)
            widget.update(Content("\n").join(lines))

    def _selected_decks(self) -> tuple[tuple[str, ...] | None, str, list[DeckSummary]]:
        key = self.query_one("#decks", CountsList).highlighted_key
        if key is None or key not in self.summaries:
            return None, "All decks", list(self.summaries.values())
        deck = self.summaries[key]
        return (deck.deck_id,), deck.title, [deck]

    def _fill_categories(self) -> None:
        _, label, decks = self._selected_decks()
        self.query_one("#category-title", Static).update(
            Content.assemble(("By category: ", "dim"), literal_line(label, 50)))
        width = 12
        self.query_one("#categories-header", Static).update(
            counts_header("Category", width, origin=False))
        self.query_one("#categories", CountsList).show_rows(
            [(str(category), counts_row(Content(str(category)), width, counts, cards))
             for category, (counts, cards) in category_counts(decks).items()])

    def on_option_list_option_highlighted(self, event: CountsList.OptionHighlighted) -> None:
        if event.option_list.id == "decks":
            self._fill_categories()

    # -- starting sessions ---------------------------------------------------------------

    def selection(self, by_category: bool | None = None) -> Selection:
        """The decks, and the category when ``by_category`` (default: when the category list
        has focus), that enter would study."""
        deck_ids, label, decks = self._selected_decks()
        categories = self.query_one("#categories", CountsList)
        key = categories.highlighted_key
        if by_category is None:
            by_category = self.focused is categories
        if by_category and key is not None:
            category = Category(key)
            counts, cards = category_counts(decks).get(category, (Counts(), 0))
            return Selection(deck_ids, category, f"{label} · {category}", counts, cards)
        return Selection(deck_ids, None, label, *deck_counts(decks))

    def action_study(self, by_category: bool | None = None) -> None:
        """Study the selection: due reviews first, then new cards within the daily limits."""
        chosen = self.selection(by_category)
        if chosen.counts.new + chosen.counts.due == 0:
            self.notify(f"Nothing is due or new in {one_line(chosen.label, 60)} today. "
                        "Press c to cram it anyway.", title="All done", timeout=4,
                        markup=False)
            return
        self._start(chosen, cram=False)

    def action_cram(self) -> None:
        """Choose cards of the selection to study now, without touching the schedule."""
        from quiz.tui.screens.cram import CramScreen

        chosen = self.selection()
        if chosen.cards == 0:
            self.notify("There are no cards here to cram.", severity="warning", timeout=4)
            return
        _, _, decks = self._selected_decks()
        categories = ({category: cards for category, (_, cards)
                       in category_counts(decks).items()} if chosen.category is None else {})

        def picked(choice: CramChoice | None) -> None:
            if choice is not None:
                self._cram(chosen, decks, choice)

        self.app.push_screen(CramScreen(chosen.label, chosen.cards, categories), picked)

    def _cram(self, chosen: Selection, decks: list[DeckSummary], choice: CramChoice) -> None:
        from quiz.tui.screens.cram import CramKind, card_histories, pick_cards

        if choice.kind is CramKind.ALL:
            self._start(chosen, cram=True)
        elif choice.kind is CramKind.CATEGORY:
            self._start(replace(chosen, category=choice.category), cram=True)
        else:
            histories = card_histories(self.service, self.learner, decks, chosen.category)
            card_ids = pick_cards(choice, histories)
            if not card_ids:
                self.notify(f"No card of {one_line(chosen.label, 60)} was answered wrong yet.",
                            title="Nothing to cram", timeout=4, markup=False)
                return
            self._app().start_session(None, cram=True, card_ids=card_ids)

    def action_study_all(self) -> None:
        """Study every deck's due and new cards in one session."""
        decks = self.query_one("#decks", CountsList)
        decks.highlighted = 0
        decks.focus()
        self.action_study(by_category=False)

    def _start(self, chosen: Selection, *, cram: bool) -> None:
        categories = (chosen.category,) if chosen.category is not None else None
        self._app().start_session(chosen.deck_ids, categories=categories, cram=cram)

    def _app(self) -> QuizApp:
        from quiz.tui.app import QuizApp

        app = self.app
        assert isinstance(app, QuizApp)
        return app

    def on_option_list_option_selected(self, event: CountsList.OptionSelected) -> None:
        """A click on a row studies it (enter is taken by the screen's binding first)."""
        event.stop()
        self.action_study(by_category=event.option_list.id == "categories")

    def action_refresh(self) -> None:
        self.refresh_decks()

