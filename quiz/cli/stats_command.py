"""``quiz stats``: a learner's progress as a readable table, or the same figures as JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from quiz.cli.common import db_option, db_path, shown

if TYPE_CHECKING:
    from quiz.engine.api import LearnerStats

#: How many study days the table shows (the JSON has them all).
SHOWN_DAYS = 14
#: Below this many reviews a retention figure says little (2 of 2 is "100%"): shown as "-".
MIN_RETENTION_REVIEWS = 5


def stats_data(stats: LearnerStats, deck_id: str | None) -> dict[str, Any]:
    """The figures as plain JSON data (dates as ISO strings)."""
    return {
        "learner": stats.learner,
        "deck": deck_id,
        "total_reviews": stats.total_reviews,
        "sessions": stats.sessions,
        "streak_days": stats.streak_days,
        "retention": stats.retention,
        "retention_reviews": stats.reviews_counted,
        "accuracy_by_category": {
            category.value: {"correct": right, "answered": total,
                             "accuracy": right / total if total else None}
            for category, (right, total) in stats.accuracy_by_category.items()},
        "reviews_per_day": [{"date": day.isoformat(), "reviews": count}
                            for day, count in stats.reviews_per_day],
        "accuracy_per_day": {category.value: [{"date": day.isoformat(), "accuracy": share}
                                              for day, share in days]
                             for category, days in stats.accuracy_per_day.items()},
        "due_per_day": [{"date": day.isoformat(), "due": count}
                        for day, count in stats.due_per_day],
    }


def _percent(share: float | None) -> str:
    return "-" if share is None else f"{share:.0%}"


def retention_text(stats: LearnerStats) -> str:
    """Retention with the number of reviews it rests on ("92% of 40 reviews"); "-" when there
    are too few for the share to mean anything. Only repeat reviews count (true retention):
    first sightings of new cards are not remembering."""
    counted = stats.reviews_counted
    noun = "review" if counted == 1 else "reviews"
    if stats.retention is None or counted < MIN_RETENTION_REVIEWS:
        return f"- (only {counted} {noun})"
    return f"{stats.retention:.0%} of {counted} {noun}"


def render(stats: LearnerStats, deck_id: str | None) -> str:
    """The figures as a plain-text report (names and ids printed with visible escapes)."""
    scope = f"deck {shown(deck_id)}" if deck_id else "all decks"
    lines = [f"{shown(stats.learner)} · {scope}",
             f"  reviews {stats.total_reviews} in {stats.sessions} session(s) · "
             f"streak {stats.streak_days} day(s) · retention {retention_text(stats)}"]
    if not stats.total_reviews:
        lines.append("  no answers yet: run `quiz` to study a deck")
    if stats.accuracy_by_category:
        lines += ["", f"  {'category':<10}{'right':>7}{'answered':>10}{'accuracy':>10}"]
        for category, (right, total) in stats.accuracy_by_category.items():
            lines.append(f"  {category.value:<10}{right:>7}{total:>10}"
                         f"{_percent(right / total if total else None):>10}")
    if stats.reviews_per_day:
        lines += ["", "  reviews per day"]
        recent = stats.reviews_per_day[-SHOWN_DAYS:]
        widest = max(count for _, count in recent)
        for day, count in recent:
            bar = "#" * max(1, round(30 * count / widest))
            lines.append(f"  {day.isoformat()}  {count:>5}  {bar}")
    due_total = sum(count for _, count in stats.due_per_day)
    lines += ["", f"  due in the next {len(stats.due_per_day)} days: {due_total}"]
    for day, count in stats.due_per_day[:7]:
        lines.append(f"  {day.isoformat()}  {count:>5}")
    return "\n".join(lines)


@click.command()
@click.option("--learner", "learner", default=None,
              help="Whose figures (default: the first learner).")
@click.option("--deck", "deck_id", default=None, help="Only this deck id.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@db_option
@click.pass_context
def stats(ctx: click.Context, learner: str | None, deck_id: str | None, as_json: bool,
          db: str | None) -> None:
    """Show study statistics: reviews per day, accuracy by category, retention, streak,
    and the cards due in the next 30 days."""
    from quiz.engine.service import open_service
    from quiz.errors import QuizError

    try:
        service = open_service(db_path(ctx, db))
        try:
            name = learner or service.learners()[0]
            figures = service.stats(name, deck_id)
            known = {deck.deck_id for deck in service.catalog.decks()}
            if deck_id is not None and deck_id not in known and not figures.total_reviews:
                raise QuizError(f"no deck with id {deck_id!r} "
                                f"(known: {', '.join(sorted(known)) or 'none'})")
        finally:
            service.close()
    except QuizError as error:
        raise click.ClickException(shown(str(error))) from error
    if as_json:
        click.echo(json.dumps(stats_data(figures, deck_id), indent=2, ensure_ascii=False))
    else:
        click.echo(render(figures, deck_id))
