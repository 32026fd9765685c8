"""Articles in, decks out: read, extract, merge names, write cards, find conflicts, build decks.

Deterministic by construction: inputs are sorted, every collection is iterated in a sorted or
insertion order, and nothing reads the clock or a random generator. The same articles give
byte-identical decks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from quiz.errors import ArticleError
from quiz.generate.facts import AnswerKind, Article, Fact
from quiz.generate.ids import normalise, short_hash
from quiz.model import Card, CardType, Category, Conflict, Deck, Source

#: The per-category decks, in the order they are written: (category, slug, title).
DECK_CATEGORIES = ((Category.DATE, "dates", "Dates"), (Category.ACTOR, "actors", "Actors"),
                   (Category.FIGURE, "figures", "Figures"), (Category.CAUSE, "causes", "Causes"))
#: File name endings read as articles when a folder is given.
ARTICLE_SUFFIXES = (".txt", ".text", ".md")

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class GenerationResult:
    """The decks built from the articles that could be read, and what went wrong with others."""

    decks: tuple[Deck, ...]
    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()  # recoverable: "decoded as Windows-1252"
    skipped: tuple[ArticleError, ...] = ()  # unreadable files, reported and left out


def collect_articles(paths: Iterable[Path]) -> list[Path]:
    """The article files named by ``paths`` (folders are searched, hidden files skipped),
    sorted, each once."""
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES and \
                        not any(part.startswith(".") for part in relative.parts):
                    found.setdefault(child, None)
        else:
            found.setdefault(path, None)
    return sorted(found, key=lambda p: (p.name, str(p)))


def generate(paths: Sequence[Path], published: dt.date | None = None,
             progress: Progress | None = None, prefix: str = "news") -> GenerationResult:
    """Read the articles under ``paths`` and build one deck per category plus one with all.

    ``published`` (``--published``) overrides the publication date of every article.
    ``progress`` is called with each file name as it is read.
    """
    warnings: list[str] = []
    skipped: list[ArticleError] = []
    with _collector_paused():
        articles = _read_all(paths, published, progress, warnings, skipped)
        decks = build_decks(articles, prefix, skipped)
    return GenerationResult(decks=decks, articles=tuple(articles), warnings=tuple(warnings),
                            skipped=tuple(skipped))


def _read_all(paths: Sequence[Path], published: dt.date | None, progress: Progress | None,
              warnings: list[str], skipped: list[ArticleError]) -> list[Article]:
    """The articles under ``paths`` that can be read, each file name once; what went wrong
    is appended to ``warnings`` and ``skipped``."""
    from quiz.generate.article import read_article

    articles: list[Article] = []
    seen_names: set[str] = set()
    for path in collect_articles(paths):
        if progress is not None:
            progress(path.name)
        try:
            article = read_article(path, published, warnings)
        except ArticleError as error:
            skipped.append(error)
            continue
        if article.file in seen_names:
            warnings.append(f"{path}: another article is also named {article.file!r}; "
                            "only the first one is used")
            continue
        seen_names.add(article.file)
        articles.append(article)
    return articles


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while articles are read and decks built (it is
    restored after).

    Generation allocates millions of short-lived tokens, matches and facts but keeps no
    reference cycles: with the collector on, each of its periodic passes walks every live
    object, so the time grows faster than the corpus (15-20% of the run on 1,000 articles).
    On the way out, what generation allocated joins the oldest generation without being
    walked (``freeze`` then ``unfreeze``): otherwise the first allocation after the collector
    is back would trigger a collection of the youngest generation, which then holds every
    object made during the run (2% of it)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def extract_facts(article: Article) -> list[Fact]:
    """Every fact of one article, in reading order."""
    from quiz.generate.actor_clozes import actor_clozes
    from quiz.generate.actors import extract_actors
    from quiz.generate.cause_clozes import cause_clozes
    from quiz.generate.causes import extract_causes
    from quiz.generate.dates import date_facts, dates_by_sentence
    from quiz.generate.figures import figure_facts

    found = dates_by_sentence(article)
    actors = [fact for fact in extract_actors(article)
              if not _generic_agent(fact.answer) and not _home_authority(fact.answer, article)]
    causes = extract_causes(article)
    # (then the clozes of what no rule could ask: see actor_clozes and cause_clozes)
    return [*date_facts(article, found), *figure_facts(article, found),
            *actors, *actor_clozes(article, actors), *causes, *cause_clozes(article, causes)]


def _generic_agent(answer: str) -> bool:
    """Whether an actor's answer is a bare kind of people ("Police", "the scientists")."""
    from quiz.generate.lexicon import GENERIC_AGENTS

    words = answer.lower().split()
    return words[-1:] != [] and words[-1] in GENERIC_AGENTS and (
        len(words) == 1 or len(words) == 2 and words[0] == "the")


#: Words that say only where a kind of people work ("local officials", "federal police").
_PLACE_ADJECTIVES = frozenset("""
    local regional provincial state federal national municipal city county district town
    foreign government us u.s. uk u.k. eu
""".split())


def _home_authority(answer: str, article: Article) -> bool:
    """Whether an actor's answer is a kind of people named by their country or level alone
    ("Spanish authorities", "local officials", "the Kenyan police") while its article sets
    no other such people against them ("U.S. officials" against "Iraqi officials" is a
    point to learn): the answer is what anyone would guess, not a name."""
    if " " not in answer:
        return False  # (a one-word answer is a name or a bare kind: see _generic_agent)
    from quiz.generate.lexicon import GENERIC_AGENTS, countries

    words = answer.lower().split()
    if words[-1] not in GENERIC_AGENTS:
        return False
    modifiers = words[1:-1] if words[0] == "the" else words[:-1]
    known = countries()
    if not modifiers or any(w not in _PLACE_ADJECTIVES and w not in known for w in modifiers):
        return False
    own = modifiers[-1]
    others = re.compile(rf"([\w.]+) (?:and ([\w.]+) )?{re.escape(words[-1])}\b", re.I)
    return not any(word and word.lower() != own and (word.lower() in known or
                                                     word.lower() in _PLACE_ADJECTIVES)
                   for sentence in article.sentences if words[-1] in sentence.text.lower()
                   for match in others.finditer(sentence.text) for word in match.groups())


def build_decks(articles: Sequence[Article], prefix: str = "news",
                skipped: list[ArticleError] | None = None) -> tuple[Deck, ...]:
    """The four category decks and the combined deck for already-read articles (a category
    without any card gets no deck).

    With ``skipped``, an article on which a rule fails is reported there and left out, so that
    one bug costs one article, not the whole run; without it the error is raised (tests)."""
    from quiz.generate.article import dateline_places
    from quiz.generate.conflicts import find_conflicts
    from quiz.generate.entities import build_entity_index
    from quiz.generate.question_pronouns import named_pronouns
    from quiz.generate.specificity import unambiguous
    from quiz.generate.questions import (
        DistractorPool, RememberedNames, cards_for, order_cards,
    )

    facts: list[Fact] = []
    for article in articles:
        try:
            found = extract_facts(article)
        except Exception as error:  # noqa: BLE001 (any rule's bug; reported, not hidden)
            if skipped is None:
                raise
            skipped.append(ArticleError(article.file, (
                f"the generator failed on it ({type(error).__name__}: {error}); the other "
                "articles' decks are complete. Please report this file as a bug")))
            continue
        facts.extend(specific(found))
    facts = _deduplicated(facts)
    entities = build_entity_index(articles, facts)
    extra = {kind: entities.of_kind(kind) for kind in (AnswerKind.PERSON, AnswerKind.COUNTRY,
                                                       AnswerKind.ORGANISATION,
                                                       AnswerKind.GROUP)}
    pool = DistractorPool.build(facts, extra, exclude=dateline_places(articles),
                                titles=[article.title for article in articles])
    names = RememberedNames(entities)
    conflicts = find_conflicts(facts, names.same, entities.canonical)
    facts = unambiguous(facts, articles, keep=conflicts.keys())
    facts = named_pronouns(facts, articles)
    cards: list[Card] = []
    for position, fact in enumerate(facts):
        made = cards_for(fact, pool, names)
        if position in conflicts:
            made = [reported for card in made
                    if (reported := _reporting(card, conflicts[position])) is not None]
        cards.extend(made)
    cards.extend(order_cards(facts))
    cards = _unique_ids(cards)
    sources = tuple(_source(article) for article in articles)
    decks = []
    name = prefix.replace("-", " ").replace("_", " ").capitalize()
    whole = f"{prefix}-all"
    for category, slug, title in DECK_CATEGORIES:
        chosen = tuple(c for c in cards if c.category is category)
        # a view of the all-in-one deck (same card ids): studying "All decks" asks each
        # card once, and a card keeps one history whichever deck it is studied in
        decks.append(replace(_deck(f"{prefix}-{slug}", f"{name}: {title.lower()}", chosen,
                                   sources, f"Generated questions on the {title.lower()} "
                                   "the articles state."), part_of=whole))
    decks.append(_deck(whole, f"{name}: all questions", tuple(cards), sources,
                       "Generated questions on the dates, actors, figures and causes the "
                       "articles state."))
    return tuple(deck for deck in decks if deck.cards)  # a deck must have cards


def specific(facts: list[Fact]) -> list[Fact]:
    """Drop questions that several facts of one article would share with different answers
    ("When was the attack?" with two attacks): such a question is vague."""
    answers: dict[tuple[Category, str], set[str]] = {}
    asked = [(fact.category, normalise(fact.question)) if fact.question else None
             for fact in facts]
    for fact, key in zip(facts, asked):
        if key is not None:
            answers.setdefault(key, set()).add(normalise(fact.answer))
    return [replace(fact, question="") if key is not None and len(answers[key]) > 1 else fact
            for fact, key in zip(facts, asked)]


def _deduplicated(facts: list[Fact]) -> list[Fact]:
    """One fact per (category, article, answer, sentence); across articles, one per
    question and answer (several articles stating the same thing make one card)."""
    out: list[Fact] = []
    keys: set[tuple[object, ...]] = set()
    for fact in facts:
        category = fact.category  # (the member itself: its value is a slow property)
        answer = normalise(fact.answer)
        key = (category, fact.article, answer, normalise(fact.sentence.text))
        shared = (category, normalise(fact.question), answer) if fact.question else None
        if key in keys or (shared is not None and shared in keys):
            continue
        keys.add(key)
        if shared is not None:
            keys.add(shared)
        out.append(fact)
    return out




def _reporting(card: Card, conflict: tuple[Conflict, ...]) -> Card | None:
    """``card`` reporting that another article gives another value: a question is asked of
    its own article ("When did ..., according to this article?"), as the deck holds two
    answers and it must not ask as if its value were certain. A question that already says
    whose account it asks is not asked (``None``). Nor is a cloze or a true/false statement
    (``None``): it states its article's value as settled, and a reader takes the gap's answer
    for the fact itself."""
    if card.type in _STATED:
        return None
    if card.type not in _ASKED or not card.question.endswith("?"):
        return replace(card, conflict=conflict)
    if "according to" in card.question.lower():
        return None
    return replace(card, conflict=conflict,
                   question=f"{card.question[:-1]}, according to this article?")


#: The cards that ask a question (the others state their article's sentence).
_ASKED = frozenset({CardType.TYPED, CardType.CHOICE, CardType.RECALL})
#: The cards that state their article's value as a fact.
_STATED = frozenset({CardType.CLOZE, CardType.TRUEFALSE})


def _unique_ids(cards: list[Card]) -> list[Card]:
    """``cards`` less any whose id, or whose type, question, answer and items, an earlier card
    has: two facts of one sentence may make the same true statement of it, and a learner
    should not meet one card twice."""
    seen: set[str] = set()
    shown: set[tuple[str, str, str, tuple[str, ...]]] = set()
    out = []
    for card in cards:
        look = (card.type.value, card.question, card.answer, card.items)
        if card.id not in seen and look not in shown:
            seen.add(card.id)
            shown.add(look)
            out.append(card)
    return out


def _source(article: Article) -> Source:
    stem = re.sub(r"[^a-z0-9]+", "-", Path(article.file).stem.lower()).strip("-")[:24]
    return Source(id=f"{stem or 'article'}-{short_hash(article.file, length=6)}",
                  file=article.file, title=article.title, published=article.published)


def _deck(deck_id: str, title: str, cards: tuple[Card, ...], sources: tuple[Source, ...],
          description: str) -> Deck:
    used = {card.source.file for card in cards if card.source is not None}
    return Deck(id=deck_id, title=title, cards=cards, description=description,
                tags=("generated",), sources=tuple(s for s in sources if s.file in used))
