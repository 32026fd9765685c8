"""Dates in article sentences: full dates, months, years, ranges and relative dates, as facts."""

from __future__ import annotations

import datetime as dt
import re

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(("january february march april may june july august "
                                 "september october november december").split(), start=1):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number
MONTHS["sept"] = 9
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|"
         r"Dec\.?)")
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9][0-9]{2}|20[0-9]{2})"

_DMY = re.compile(rf"^(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>{YEAR})$", re.I)
_MDY = re.compile(rf"^(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})$", re.I)
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")


def month_number(text: str) -> int:
    """The month number of a month name or abbreviation ("Sept." -> 9); 0 when not a month."""
    return MONTHS.get(text.rstrip(".").lower(), 0)


def parse_date(text: str) -> dt.date | None:
    """A full date written in one of the common forms, or ``None``."""
    text = " ".join(text.split())
    for pattern in (_DMY, _MDY, _ISO):
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            month = (int(groups["m"]) if groups["m"].isdigit() else month_number(groups["m"]))
            day = int(re.sub(r"\D", "", groups["d"]))
            try:
                return dt.date(int(groups["y"]), month, day)
            except ValueError:
                return None
    return None
