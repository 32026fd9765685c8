"""A year or a day counted from another in the same sentence ("was fined in 2024 after a worker
was injured two years earlier", "opened in 2010 and closed five years later", "will be
published on Wednesday and will take effect the following day"): that year or day, as the date
of the clause it ends."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from quiz.generate.date_forms import DateMention, date_forms, format_date, unique_forms
from quiz.generate.facts import AnswerKind

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

#: "two years earlier", "a year later", "12 years before", "the following year" (ending its
#: clause, or before a clause's last adjunct: "was halved the following year amid budget
#: pressures").
_OFFSET = re.compile(r"(?:\b(?P<count>[Aa]n?|one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"eleven|twelve|[1-9][0-9]?) years? (?P<way>earlier|later|before)|"
                     r"\bthe (?:(?P<next>following|next)|previous|preceding) year)"
                     r"(?=\s*(?:[.,;:]|$|\s(?:but|and|when|after|before|as|amid|despite|"
                     r"because|owing|following)\b))")


def offset_year_mentions(text: str, found: list[DateMention]) -> Iterator[DateMention]:
    """The years "N years earlier/later" give, counted from the last year of ``found`` before
    each (only a year stated on its own: "in 2024", not a month or day of it)."""
    for match in _OFFSET.finditer(text):
        anchor = next((m for m in reversed(found) if m.end <= match.start()), None)
        if anchor is None or anchor.kind is not AnswerKind.YEAR or anchor.when is None or \
                anchor.modifier or any(m.start < match.end() and match.start() < m.end
                                       for m in found):
            continue
        count = (match.group("count") or "one").lower()
        years = _NUMBERS[count] if count in _NUMBERS else int(count)
        later = match.group("way") == "later" or match.group("next") is not None
        year = anchor.when.year + (years if later else -years)
        span = match.group()
        yield DateMention(match.start(), match.end(), AnswerKind.YEAR, str(year), (span,),
                          str(year), dt.date(year, 1, 1))


#: "the following day", "the next morning", "a day later", "two days later" (ending its clause).
_DAY_OFFSET = re.compile(r"\b(?:[Tt]he (?:following|next) (?:day|morning|afternoon|evening)|"
                         r"(?P<count>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix) days? "
                         r"later)"
                         r"(?=\s*(?:[.,;:]|$|\s(?:and|when|after|before|but|as)\b))")


def offset_day_mentions(text: str, found: list[DateMention]) -> Iterator[DateMention]:
    """The days "the following day" and "N days later" give, counted from the last full date
    of ``found`` before each ("on Wednesday and will take effect the following day")."""
    for match in _DAY_OFFSET.finditer(text):
        anchor = next((m for m in reversed(found) if m.end <= match.start()), None)
        if anchor is None or anchor.kind is not AnswerKind.FULL_DATE or anchor.when is None or \
                anchor.modifier or any(m.start < match.end() and match.start() < m.end
                                       for m in found) or anchor.answer.startswith("the "):
            continue  # (not after "the week of ..." or "the weekend of ...": no one day)
        count = (match.group("count") or "one").lower()
        day = anchor.when + dt.timedelta(days=_NUMBERS[count])
        span = match.group()
        name = day.strftime("%A")
        yield DateMention(match.start(), match.end(), AnswerKind.FULL_DATE, format_date(day),
                          unique_forms((span, name, f"on {name}", *date_forms(day))),
                          day.isoformat(), day)


#: A day counted from the last sentence's date, opening the sentence ("Two days later, ...",
#: "The following day, ...").
_OPENING_OFFSET = re.compile(r"^(?:The (?:following|next) day|(?:A|One|Two|Three|Four|Five|Six) "
                             r"days? later),")


def opening_offset_mentions(text: str, previous: list[DateMention]) -> list[DateMention]:
    """The day an opening "Two days later," or "The following day," gives, counted from the
    one day the sentence before names (nothing when it names none or several)."""
    if not _OPENING_OFFSET.match(text):
        return []
    days = [m for m in previous if m.kind is AnswerKind.FULL_DATE and m.when is not None]
    if len(days) != 1 or days[0].modifier:
        return []
    anchor = DateMention(0, 0, AnswerKind.FULL_DATE, days[0].answer, (), days[0].value,
                         days[0].when)
    return list(offset_day_mentions(text, [anchor]))[:1]
