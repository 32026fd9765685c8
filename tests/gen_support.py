"""Helpers for the generator tests: an article made of sentences, and what an extractor finds
in it (the facts, or their question and answer pairs)."""

from __future__ import annotations

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
