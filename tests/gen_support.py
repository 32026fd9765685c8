"""Helpers for the generator tests: an article made of sentences, and what an extractor finds
in it (the facts, or their question and answer pairs)."""

from __future__ import annotations

import datetime as dt

from quiz.generate.facts import Article, Fact, Sentence


def article(*texts: str) -> Article:
    """An article "a.txt" whose sentences are ``texts``, in order."""
    return Article(file="a.txt", title="T",
                   sentences=tuple(Sentence(i, t) for i, t in enumerate(texts)))


def actor_facts(*texts: str) -> list[Fact]:
    from quiz.generate.actors import extract_actors

    return extract_actors(article(*texts))


def actor_qa(*texts: str) -> set[tuple[str, str]]:
    return {(f.question, f.answer) for f in actor_facts(*texts)}


def cause_facts(*texts: str) -> list[Fact]:
    from quiz.generate.causes import extract_causes

    return extract_causes(article(*texts))


def cause_qa(*texts: str) -> set[tuple[str, str]]:
    return {(f.question, f.answer) for f in cause_facts(*texts)}


def dated_article(*texts: str, published: dt.date | None, file: str = "test.txt") -> Article:
    """An article ``file`` whose sentences are ``texts``, published on ``published``."""
    return Article(file=file, title="Test",
                   sentences=tuple(Sentence(i, t) for i, t in enumerate(texts)),
                   published=published)


def date_qa(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    """The question and answer of each date fact of a one-sentence article."""
    from quiz.generate.dates import date_facts

    return [(f.question, f.answer) for f in date_facts(dated_article(text, published=published))]
