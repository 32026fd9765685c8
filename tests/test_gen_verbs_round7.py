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
