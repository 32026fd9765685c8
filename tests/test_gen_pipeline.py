"""The pipeline: determinism, stable ids, conflicts, and the bundled decks being the generated ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.deckfile import dump_deck
from quiz.deckfile.writer import schema_reference
from quiz.generate.pipeline import generate
from quiz.model import CardType, Category
from quiz.paths import bundled_decks_dir, bundled_seeds_dir

SEEDS = bundled_seeds_dir()
DECKS = bundled_decks_dir()


@pytest.fixture(scope="module")
def seeds_result():  # type: ignore[no-untyped-def]
    return generate([SEEDS])


def test_one_deck_per_category_and_one_with_all(seeds_result) -> None:  # type: ignore[no-untyped-def]
    ids = [deck.id for deck in seeds_result.decks]
    assert ids == ["news-dates", "news-actors", "news-figures", "news-causes", "news-all"]
    by_id = {deck.id: deck for deck in seeds_result.decks}
    for deck, category in (("news-dates", Category.DATE), ("news-actors", Category.ACTOR),
                           ("news-figures", Category.FIGURE), ("news-causes", Category.CAUSE)):
        assert by_id[deck].cards, deck
        assert all(card.category is category for card in by_id[deck].cards)
    assert len(by_id["news-all"].cards) == sum(len(by_id[d].cards) for d in ids[:4])
    assert len({c.id for c in by_id["news-all"].cards}) == len(by_id["news-all"].cards)
    assert {s.file for s in by_id["news-all"].sources} == {p.name for p in SEEDS.glob("*.txt")}


def test_category_decks_are_views_of_the_deck_with_all(seeds_result) -> None:  # type: ignore[no-untyped-def]
    by_id = {deck.id: deck for deck in seeds_result.decks}
    whole = {card.id: card for card in by_id["news-all"].cards}
    assert by_id["news-all"].part_of == ""
    for deck in seeds_result.decks[:4]:
        assert deck.part_of == "news-all", deck.id
        # the same id names the same card in both, so they can share one history
        assert all(whole[card.id] == card for card in deck.cards), deck.id


def test_regenerating_the_seeds_gives_the_bundled_decks(seeds_result) -> None:  # type: ignore[no-untyped-def]
    for deck in seeds_result.decks:
        path = DECKS / f"{deck.id}.yaml"
        assert path.read_text(encoding="utf-8") == dump_deck(
            deck, schema=schema_reference(path)), f"{path} is stale: run " \
            "`quiz generate seeds --out decks --deck-prefix news`"


def test_generation_is_deterministic(seeds_result, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name in sorted((p.name for p in SEEDS.glob("*.txt")), reverse=True):
        shutil.copy(SEEDS / name, tmp_path / name)
    again = generate([tmp_path])
    assert [dump_deck(d) for d in again.decks] == [dump_deck(d) for d in seeds_result.decks]


def test_cards_quote_their_sentence(seeds_result) -> None:  # type: ignore[no-untyped-def]
    sentences = {(a.file, s.text) for a in seeds_result.articles for s in a.sentences}
    for card in seeds_result.decks[-1].cards:
        assert card.source is not None
        assert (card.source.file, card.source.sentence) in sentences
        if card.type in (CardType.TYPED, CardType.CHOICE, CardType.CLOZE) and \
                card.category is not Category.CAUSE:
            said = [card.source.sentence, card.explanation]
            assert any(a in s for a in card.answers for s in said), card


def test_ids_survive_an_unrelated_edit(tmp_path: Path) -> None:
    article = tmp_path / "club.txt"
    text = ("City Rowing Club opens new boathouse\nPublished 3 Jan 2020\n\n"
            "The rowing club was founded in 1921 by two sisters. More than 300 members "
            "paid for the boathouse. The mayor opened it on Thursday.\n")
    article.write_text(text, encoding="utf-8")
    before = {c.id: c for c in generate([tmp_path]).decks[-1].cards}
    article.write_text(text.replace("The mayor opened it on Thursday.",
                                    "The mayor, Ann Cole, opened it on Thursday."),
                       encoding="utf-8")
    after = {c.id: c for c in generate([tmp_path]).decks[-1].cards}
    unchanged = [c for c in before.values() if "mayor" not in c.source.sentence]  # type: ignore[union-attr]
    assert unchanged
    for card in unchanged:
        assert card.id in after and after[card.id].question == card.question


def test_conflicting_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Museum history\n\nThe city museum was founded in 1921 by "
                                    "two sisters.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Museum anniversary\n\nThe city museum was founded in 1923 "
                                    "by two sisters.\n", encoding="utf-8")
    cards = generate([tmp_path]).decks[0].cards
    asked = [c for c in cards if c.question.startswith("In what year was the city museum")]
    assert {c.answer for c in asked} == {"1921", "1923"}
    for card in asked:
        [conflict] = card.conflict
        other = "1923" if card.answer == "1921" else "1921"
        assert conflict.value == other
        assert conflict.file == ("b.txt" if card.answer == "1921" else "a.txt")


def test_agreeing_articles_are_not_conflicts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\n\nThe city museum was founded in May 1921 by two "
                                    "sisters.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B\n\nThe city museum was founded on 3 May 1921 by two "
                                    "sisters.\n", encoding="utf-8")
    assert not any(c.conflict for c in generate([tmp_path]).decks[-1].cards)


_WORDS = st.sampled_from(["the", "club", "council", "won", "opened", "in", "on", "1998",
                          "March 2004", "12 June 2011", "more than 40", "players", "said",
                          "Tuesday", "because", "the river", "flooded", "two", "shops", ","])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(_WORDS, min_size=3, max_size=14), min_size=1, max_size=5))
def test_any_card_answer_is_stated_by_its_sentence(tmp_path: Path,
                                                   sentences: list[list[str]]) -> None:
    body = " ".join(" ".join(words).capitalize() + "." for words in sentences)
    (tmp_path / "gen.txt").write_text(f"Generated\nPublished 3 Jan 2020\n\n{body}\n",
                                      encoding="utf-8")
    first = generate([tmp_path])
    assert [dump_deck(d) for d in first.decks] == [dump_deck(d) for d in generate([tmp_path]).decks]
    cards = [card for deck in first.decks if deck.id == "news-all" for card in deck.cards]
    for card in cards:
        if card.type in (CardType.TYPED, CardType.CHOICE, CardType.CLOZE) and \
                card.category in (Category.DATE, Category.FIGURE):
            assert card.source is not None
            stated = [card.source.sentence, card.explanation]
            assert any(a in s for a in card.answers for s in stated), card


def test_generation_leaves_the_cycle_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc

    (tmp_path / "a.txt").write_text("A\n\nThe club was founded in 1921.\n", encoding="utf-8")
    assert gc.isenabled()
    generate([tmp_path])
    assert gc.isenabled()
    gc.disable()
    try:
        generate([tmp_path])
        assert not gc.isenabled()
    finally:
        gc.enable()
