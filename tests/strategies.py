"""Hypothesis strategies for valid domain values: ``cards()`` and ``decks()``.

Every value drawn here is a deck the validator accepts, so property tests anywhere (round
trips, the engine's sessions) can rely on it. Texts are stripped and non-empty, as the loader
makes them, and may hold any printable character, quotes, colons and line breaks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

from quiz.model import CLOZE_GAP, Card, CardType, Category, Conflict, Deck, Source, SourceRef

#: Printable text, line breaks and tabs included; no surrogates or other control characters.
_CHARACTERS = st.characters(exclude_categories=("Cs", "Cc", "Co", "Cn"),
                            include_characters="\n\t")
#: YAML-looking words, so the writer's quoting of "yes", "1969" or "null" is exercised.
_TRICKY = st.sampled_from(["yes", "No", "null", "~", "1969", "3.50", "2024-01-25", "true",
                           "- item", "key: value", "#hash", "'quoted'", '"double"', "&anchor",
                           "*alias", "{a: 1}", "[x]", "@at", "`tick`", "100%", "?", "|", ">"])


def texts(max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-empty texts without leading or trailing whitespace (the loader strips values)."""
    raw = st.one_of(_TRICKY, st.text(_CHARACTERS, min_size=1, max_size=max_size))
    return raw.map(str.strip).filter(bool)


def _no_gap(text: str) -> bool:
    return "__" not in text and not text.startswith("_") and not text.endswith("_")


def relative_files() -> st.SearchStrategy[str]:
    """Article paths relative to a deck's folder that stay inside it."""
    return st.from_regex(r"[a-z0-9][a-z0-9_-]{0,8}(/[a-z0-9][a-z0-9_-]{0,8}){0,2}\.txt",
                         fullmatch=True)


def _distinct_texts(min_size: int, max_size: int) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(texts(), min_size=min_size, max_size=max_size, unique=True).map(tuple)


@st.composite
def cards(draw: st.DrawFn, card_id: str | None = None,
          source_files: Sequence[str] = ()) -> Card:
    """A valid card of any type; its source (if any) cites one of ``source_files``."""
    card_type = draw(st.sampled_from(CardType))
    question = draw(texts(80))
    answer = draw(texts())
    choices: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    if card_type is CardType.CHOICE:
        choices = draw(_distinct_texts(2, 5))
        answer = draw(st.sampled_from(choices))
    elif card_type is CardType.ORDER:
        items = draw(_distinct_texts(2, 5))
        answer = draw(st.one_of(st.just(""), texts()))
    elif card_type is CardType.TRUEFALSE:
        answer = draw(st.sampled_from(["true", "false"]))
    elif card_type is CardType.CLOZE:
        before = draw(st.one_of(st.just(""), texts().filter(_no_gap)))
        after = draw(st.one_of(st.just(""), texts().filter(_no_gap)))
        question = f"{before} {CLOZE_GAP} {after}".strip()
    files = list(source_files) or None
    file_strategy = st.sampled_from(files) if files else relative_files()
    source = draw(st.one_of(st.none(), st.builds(SourceRef, file=file_strategy,
                                                 sentence=texts(120))))
    conflict = draw(st.lists(st.builds(Conflict, file=relative_files(), value=texts(),
                                       sentence=st.one_of(st.just(""), texts(80))),
                             max_size=2).map(tuple))
    return Card(
        id=card_id if card_id is not None else draw(texts(20)),
        type=card_type,
        category=draw(st.sampled_from(Category)),
        question=question,
        answer=answer,
        accept=draw(st.lists(texts(), max_size=3).map(tuple)),
        choices=choices,
        items=items,
        explanation=draw(st.one_of(st.just(""), texts(120))),
        source=source,
        tags=draw(st.lists(texts(15), max_size=3).map(tuple)),
        conflict=conflict,
    )


@st.composite
def sources(draw: st.DrawFn) -> tuple[Source, ...]:
    """A deck's sources: distinct ids and distinct files."""
    files = draw(st.lists(relative_files(), max_size=3, unique=True))
    ids = draw(st.lists(texts(12), min_size=len(files), max_size=len(files), unique=True))
    return tuple(
        Source(id=source_id, file=file,
               title=draw(st.one_of(st.just(""), texts(60))),
               published=draw(st.one_of(st.none(), st.dates(dt.date(1900, 1, 1),
                                                            dt.date(2100, 12, 31)))))
        for source_id, file in zip(ids, files, strict=True))


@st.composite
def decks(draw: st.DrawFn, max_cards: int = 6) -> Deck:
    """A valid deck: unique card ids, sources cited by the cards' source references."""
    deck_sources = draw(sources())
    files = [source.file for source in deck_sources]
    ids = draw(st.lists(texts(20), min_size=1, max_size=max_cards, unique=True))
    deck_cards = tuple(draw(cards(card_id=card_id, source_files=files)) for card_id in ids)
    return Deck(
        id=draw(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,20}", fullmatch=True)),
        title=draw(texts(60)),
        cards=deck_cards,
        description=draw(st.one_of(st.just(""), texts(200))),
        tags=draw(st.lists(texts(15), max_size=3).map(tuple)),
        sources=deck_sources,
    )
