"""Round 7: verbs and dates the generator read wrongly on text nobody tuned on."""

from __future__ import annotations

from quiz.generate.clauses import is_simple_past, past_to_base


def test_learned_is_a_simple_past_verb() -> None:
    # "The apprentice learned the trade from her uncle": a verb, not only an adjective.
    assert is_simple_past("learned")
    assert past_to_base("learned") == "learn"


def test_a_bare_month_takes_the_year_of_the_month_after_or() -> None:
    import datetime as dt

    from quiz.generate.date_mentions import find_dates

    text = "The museum said the roof was repaired in March or April 2019."
    found = find_dates(text, dt.date(2024, 6, 1))
    march = next(m for m in found if text[m.start:m.end].startswith("March"))
    assert march.when is not None and march.when.year == 2019


def _clause(sentence: str):  # noqa: ANN202
    from quiz.generate.clauses import find_clause
    from quiz.generate.clauses import tokenize

    tokens = tokenize(sentence)
    return find_clause(tokens, sentence, 0, len(tokens))


def test_a_verb_whose_past_is_its_base_is_read_after_a_subject_before_its_object() -> None:
    clause = _clause("The bakery cut its opening hours in May 2021.")
    assert clause is not None and clause.verb == "cut" and clause.subject.lower() == "the bakery"
    clause = _clause("Hurricane Lorna hit the island on 4 September.")
    assert clause is not None and clause.verb == "hit"


def test_a_same_form_word_after_to_a_modal_or_a_determiner_is_not_the_past_verb() -> None:
    for sentence in ("The school plans to cut its fees next year.",
                     "The orchestra will set a date in June.",
                     "The budget cuts hit the museum hardest."):
        clause = _clause(sentence)
        assert clause is None or clause.verb not in ("cut", "set") or clause.auxiliary
