"""The learner's day: it starts at a local hour (as in Anki), not at UTC midnight.

Every function takes the moment and the time zone as arguments; ``tz=None`` means the
system's local zone, resolved per moment so daylight-saving changes are respected.
"""

from __future__ import annotations

import datetime as dt

UTC = dt.timezone.utc


def utc_now() -> dt.datetime:
    """The real clock, for the service's default; logic receives ``now`` instead."""
    return dt.datetime.now(UTC)


def ensure_utc(moment: dt.datetime) -> dt.datetime:
    """``moment`` as an aware UTC datetime (fsrs refuses anything else)."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: pass an aware datetime")
    return moment.astimezone(UTC)


def _local(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def study_day(moment: dt.datetime, day_start_hour: int, tz: dt.tzinfo | None = None) -> dt.date:
    """The learner's day ``moment`` belongs to: before ``day_start_hour`` it is still yesterday."""
    local = _local(moment, tz)
    return (local - dt.timedelta(hours=day_start_hour)).date()


def day_start(moment: dt.datetime, day_start_hour: int,
              tz: dt.tzinfo | None = None) -> dt.datetime:
    """When the learner's day containing ``moment`` began, in UTC."""
    return day_start_of(study_day(moment, day_start_hour, tz), day_start_hour, tz)


def day_start_of(day: dt.date, day_start_hour: int, tz: dt.tzinfo | None = None) -> dt.datetime:
    """When the learner's ``day`` begins, in UTC."""
    naive = dt.datetime.combine(day, dt.time(hour=day_start_hour))
    if tz is not None:
        return naive.replace(tzinfo=tz).astimezone(UTC)
    return naive.astimezone().astimezone(UTC)  # a naive datetime's astimezone() is local time


def next_day_start(moment: dt.datetime, day_start_hour: int,
                   tz: dt.tzinfo | None = None) -> dt.datetime:
    """When the learner's next day begins (cards due before it count as due today), in UTC."""
    day = study_day(moment, day_start_hour, tz) + dt.timedelta(days=1)
    return day_start_of(day, day_start_hour, tz)
