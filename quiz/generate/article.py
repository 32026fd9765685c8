"""Reading article files and splitting them into sentences that cards can quote verbatim."""

from __future__ import annotations

import datetime as dt
import os
import re
import string
from collections.abc import Iterable
from pathlib import Path

from quiz.errors import ArticleError
from quiz.generate.facts import Article, Sentence

#: Articles larger than this are refused: news articles are a few kilobytes.
MAX_BYTES = 2 * 1024 * 1024

#: Titles longer than this are cut on a word boundary (first lines are sometimes a lead).
MAX_TITLE = 120

#: Words that end with a full stop without ending the sentence (compared case-sensitively).
ABBREVIATIONS = frozenset("""
    Mr Mrs Ms Mx Dr Prof Gen Maj Lt Col Capt Cpt Sgt Cpl Pvt Adm Cmdr Cdr Brig Sen Rep Gov
    Pres Supt Insp Det Rev Fr Hon Jr Sr St Ste Mt Ft Ave Blvd Rd Bros Messrs Mme Mlle
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    Inc Corp Ltd Co Dept Univ Assn Gov't Est Approx Fig Vol Nos
    vs v etc al approx est
""".split())

#: Abbreviations that only stay inside the sentence when a number follows ("No. 5", "p. 12").
NUMBER_ABBREVIATIONS = frozenset({"No", "no", "Nos", "p", "pp", "Art", "Sec", "Vol", "Ch"})

#: Words that start sentences; after "U.S." or "p.m." a split is made only before one of these.
SENTENCE_STARTERS = frozenset("""
    The A An It Its He She They We I You His Her Their Our This That These Those There Here
    But And Or So Yet In On At As After Before When While Since If Although Though However
    Meanwhile Still Now Then Some Many Most Several One Two Three Both Each Other Officials
""".split())

#: Abbreviations that often end a sentence too: split before a clear sentence starter.
_ENDING_ABBREVIATIONS = frozenset("""
    etc al Inc Corp Ltd Co Jr Sr
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo
    Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo
""".split())

#: Words a sentence or headline never ends with: a line ending in one runs on.
_RUNS_ON = frozenset("""
    a an the of to and or but in on at by for from with since that as than into over about
    between among under after before during until its their his her our
""".split())

_OPENERS = "\"'“‘«([„"
_CLOSERS = "\"'”’»)]"
_TERMINAL = ".!?…"

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, spaces, and
# an opening character that can start a sentence. (The first mark is written apart from the
# others: a pattern that opens with a set of characters is searched for at C speed.)
_BOUNDARY = re.compile(r"([.!?…][.!?…]*)([\"'”’»)\]]*)(\s+)(?=[\"'“‘«(\[„]*[A-Z0-9À-ÖØ-Þ])")
_LETTERS = frozenset(string.ascii_letters)
_NEXT_WORD = re.compile(r"[\"'“‘«(\[„]*([A-Za-z0-9][\w'’-]*)")
_BULLET = re.compile(r"^\s*(?:[-*•–—]|\d{1,2}[.)])\s+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

# Lines that carry the publication date and are metadata, not article text.
#: A date in figures: "14/10/2026", "14.10.2026", "2026/10/14".
_NUMERIC_DATE = r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}/\d{1,2}/\d{1,2}"
_NUMERIC_PARTS = re.compile(r"(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})")
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE_TEXT = (rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|{_NUMERIC_DATE}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
              rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS},?\s+\d{{4}})")
_META_LINE = re.compile(
    rf"^\s*(?:(?P<label>published|updated|posted|last\s+updated|date|dated|first\s+published)"
    rf"(?:\s+on)?\s*:?\s*)(?:[A-Z][a-z]+day,?\s+)?(?P<date>{_DATE_TEXT})\b.{{0,40}}$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Z]+(?:[A-Za-z .,'-]{{0,40}}?)(?:\s*\([A-Za-z ]+\))?\s*[—–-]+\s*"
    rf"(?P<date>{_DATE_TEXT})\s*[—–-]*\s*"
)
_YEAR_DIGITS = re.compile(r"\d{4}")
_CITY_DASH = re.compile(r"^[A-Z][A-Z .,'’]{2,40}(?:\s*\([A-Za-z ]+\))?\s+[—–-]+\s+")
#: A dateline that opens a story: "RIVERTON — ", "PINE RIDGE, Colorado (AP) — ", and wire
#: datelines with the day of filing: "PRAGUE, Oct 2 (Reuters) - ", "SYDNEY, Jan. 22 (AP) — ".
_OPENING_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3})"
    r"(?:,\s+[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"  # ", Colorado"
    # ", Oct 2", ", March 3, 2026"
    rf"(?:,?\s+(?P<month>{_MONTHS})\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?\b)?"
    r"(?:\s*\([A-Za-z .]+\))?\s+[—–-]{1,2}\s+(?=[A-Z\"“‘])")
_BARE_DATE_LINE = re.compile(rf"^\s*(?:[A-Z][a-z]+day,?\s+)?(?P<date>{_DATE_TEXT})\s*$")
_DATE_ANYWHERE = re.compile(rf"\b{_DATE_TEXT}\b")
#: A byline, up to a separator: "By Jane Roe, health correspondent".
_BYLINE = re.compile(r"\bBy\s+[A-Z][^|•·—–\n]*")
#: What else a line that only dates the story holds: a label ("Last updated:"), a weekday,
#: a time ("07.52 GMT", "at 9:30 a.m."), separators. A line with any other word is text.
_META_REST = re.compile(
    r"\b(?:published|updated|posted|last|first|modified|filed|date|dated|on|at)\b|"
    r"\b(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\b\.?|"
    # a time, and the zone written after it in capitals, whatever its name ("14:15 PHT")
    r"(?:\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?)"
    r"(?:\s+(?-i:[A-Z]{2,5})\b)?|"
    r"\b(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|IST|AEST|AEDT|AWST|"
    r"ACST|ACDT|NZST|NZDT|JST|KST|HKT|SGT|SAST|EAT|WAT|CAT|MSK|PKT|WIB|ET|PT|CT)\b|"
    r"\b\d{1,2}\s+(?:min(?:ute)?s?|hours?|hrs?)\s+ago\b|"  # "Updated 2 hours ago"
    r"\blocal time\b|[|•·,:;/—–()\s-]+", re.IGNORECASE)
#: The time of an ISO timestamp after its date ("2026-03-03T09:14:00Z").
_ISO_TIME = re.compile(r"(?<=\d)T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b")
#: How many lines from the top a date line of the header may be (title, byline, date ...).
_HEADER_LINES = 6


def read_article(path: Path, published: dt.date | None = None,
                 warnings: list[str] | None = None) -> Article:
    """Read a plain-text article: title, sentences and publication date.

    ``published`` (from ``--published``) wins over a date stated in the text. Recoverable
    oddities (a Windows-1252 file) are appended to ``warnings`` as messages for the user;
    unusable files raise :class:`ArticleError`.
    """
    text = decode_article(path, warnings)
    lines = text.split("\n")
    note = ""
    stated: dt.date | None = None
    body: list[str] = []
    running = False  # a line of the story came (not the title): the header is over
    for number, line in enumerate(lines):
        found = _stated_date(line, number < _HEADER_LINES and not running) \
            if stated is None else None
        if found is None and stated is None and number < _DATELINE_LINES:
            found = _wire_date(line)  # "LONDON, March 3, 2026 (Reuters) - The bank ..."
        if found is not None:
            stated, label, is_meta = found
            note = f"stated: {label}"
            if is_meta:
                continue
            dateline = _DATELINE.match(line)
            if dateline is not None and line[dateline.end():].strip():
                line = line[dateline.end():]  # the story starts after "CITY (AP) — date —"
        running = running or any(b.strip() for b in body) and bool(
            _SENTENCE_END.search(line.strip()))
        body.append(line)
    if published is not None:
        stated, note = published, "--published"
    elif stated is not None:
        filed = _filing_day(body, stated)
        if filed is not None and filed != stated:
            stated, note = filed, f"{note}; day of the dateline"
    else:
        stated = _dateline_year(body)
        if stated is not None:
            note = "day of the dateline; its year from the story's dates and weekday"
    title = next((line.strip() for line in body if line.strip()), "")
    if not title:
        raise ArticleError(path, "the article has no text (only a date line)")
    sentences = tuple(_sentences_of("\n".join(body)))
    return Article(file=path.name, title=_shorten_title(title), sentences=sentences,
                   published=stated, published_note=note)


def _wire_date(line: str) -> tuple[dt.date, str, bool] | None:
    """The date of a wire dateline that gives its year ("LONDON, March 3, 2026 (Reuters) -
    ..."), as :func:`_stated_date` gives one (the line is the story's: not metadata)."""
    match = _OPENING_DATELINE.match(line.strip())
    if match is None or match.group("year") is None:
        return None
    try:
        day = dt.date(int(match.group("year")), _month_number(match.group("month")),
                      int(match.group("day")))
    except ValueError:
        return None
    return day, line.strip(), False


def _month_number(name: str) -> int:
    """The number of a month named in full or abbreviated ("Sept." -> 9)."""
    from quiz.generate.dates import MONTH_NAMES

    prefix = name.rstrip(".")[:3].lower()
    return next(n for n in range(1, 13) if MONTH_NAMES[n][:3].lower() == prefix)


def _filing_day(lines: list[str], stated: dt.date) -> dt.date | None:
    """The day of a wire dateline ("PRAGUE, Oct 2 (Reuters) -") in the year the stated date
    makes plain (the latest such day not after ``stated``): relative dates ("on Wednesday")
    count from the day the story was filed, which an "Updated" line may postdate. A dateline
    gives no year, so without a stated date it dates nothing."""
    for line in lines[:_DATELINE_LINES]:
        match = _OPENING_DATELINE.match(line.strip())
        if match is None or match.group("month") is None:
            continue
        month = _month_number(match.group("month"))
        for year in (stated.year, stated.year - 1):
            try:
                day = dt.date(year, month, int(match.group("day")))
            except ValueError:
                return None
            if day <= stated:
                return day if (stated - day).days <= _FILED_BEFORE else None
        return None
    return None


def _dateline_year(lines: list[str]) -> dt.date | None:
    """The day of an undated story's wire dateline ("SYDNEY, Jan. 22 (AP) — X on Thursday
    blocked ..."), when one year alone fits the weekday its lead names: the latest year the
    story names for something that is or was (a past date with its year, or "the third
    eruption of 2025"), or the year after. Else ``None``: a dateline gives no year of its
    own, and a year older than one the story names would date every relative day wrongly."""
    from quiz.generate.date_mentions import latest_named_year
    from quiz.generate.dates import WEEKDAYS, latest_past_date

    for k, line in enumerate(lines[:_DATELINE_LINES]):
        match = _OPENING_DATELINE.match(line.strip())
        if match is None or match.group("month") is None:
            continue
        lead = line.strip()[match.end():]
        stop = _SENTENCE_END.search(lead)
        lead = lead[:stop.start()] if stop else lead
        named = {day for day in WEEKDAYS if day in lead}
        if len(named) != 1:
            return None
        month = _month_number(match.group("month"))
        implied = _years_ago(lines[k:]) | _years_before_next_year(lines[k:])
        if implied:  # "in 2019, seven years ago": the story says its year; nothing else counts
            try:
                day = dt.date(implied.pop(), month, int(match.group("day")))
            except ValueError:
                return None
            return day if not implied and WEEKDAYS[day.weekday()] in named else None
        latest = latest_past_date(lines[k:])
        # the story is not older than any year it names as past or present: a story that
        # names "March 2024" and "its fourth flight of 2025" is of 2025 or later
        years = [y for y in (latest.year if latest is not None else None,
                             latest_named_year(lines[k:])) if y is not None]
        if not years:
            return None
        fits = []
        for candidate in (max(years), max(years) + 1):
            try:
                day = dt.date(candidate, month, int(match.group("day")))
            except ValueError:
                return None
            if (latest is None or day > latest) and WEEKDAYS[day.weekday()] in named:
                fits.append(day)
        if len(fits) != 1 or any(int(y) > fits[0].year for line in lines[k:]
                                 for y in _YEAR_OF.findall(line)):
            return None  # "its fourth flight of 2025" in a story read as of 2024: no year
        return fits[0]
    return None


#: A year something happened or is in ("in 2025", "of 2025"); not a bound or a target
#: ("by 2030", "until 2027", "before 2029").
_YEAR_OF = re.compile(r"\b(?:in|of|during)\s+(?:(?:early|late|mid-?)\s*)?((?:19|20)\d\d)\b")


def _years_ago(lines: list[str]) -> set[int]:
    """The years a story says it is written in by dating a year from its own ("in 2019,
    seven years ago" -> 2026); approximate distances ("about ten years ago") say nothing."""
    found = set()
    for line in lines:
        if " ago" in line:
            for match in _YEARS_AGO.finditer(line):
                year = match.group("year") or match.group("later")
                count = match.group("count") or match.group("first")
                number = int(count) if count.isdigit() else _COUNT_WORDS.get(count.lower())
                if number:
                    found.add(int(year) + number)
    return found


def _years_before_next_year(lines: list[str]) -> set[int]:
    """The years a story says it is written in by setting one against "next year" ("to
    average 2.4% in 2024 and 2.1% next year": the story is of 2024)."""
    return {int(match.group(1)) for line in lines if "next year" in line
            for match in _YEAR_AND_NEXT.finditer(line)}


#: "in 2024 and 2.1% next year", "for 2025 and next year".
_YEAR_AND_NEXT = re.compile(
    r"\b(?:in|for)\s+((?:19|20)\d\d)\s+and\s+(?:[^\s;]+\s+){0,3}next year\b")
_COUNT_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split()) if n}
_YEARS_AGO = re.compile(
    r"\b(?P<year>(?:1[6-9]|20)\d\d),?\s+(?P<count>\d{1,2}|[A-Za-z]+)\s+years?\s+ago\b|"
    r"(?<!about )(?<!around )(?<!nearly )(?<!almost )(?<!some )(?<!over )(?<!than )"
    r"\b(?P<first>\d{1,2}|[A-Za-z]+)\s+years?\s+ago,?\s+in\s+(?P<later>(?:1[6-9]|20)\d\d)\b",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: How many lines of an article a dateline may come after (the title, a byline, a date).
_DATELINE_LINES = 8
#: The most days a story's "Updated" line may postdate its dateline (else one is wrong).
_FILED_BEFORE = 31


def without_dateline(text: str) -> str:
    """``text`` without an opening dateline ("RIVERTON — The council ..." -> "The council
    ..."): the place of filing is not part of what the sentence states."""
    return text[dateline_end(text):]


def dateline_end(text: str) -> int:
    """Where the dateline that opens ``text`` ends ("PRAGUE, Oct 2 (Reuters) - "), or 0."""
    if not (text[:1].isupper() and text[1:2].isupper()):
        return 0
    match = _OPENING_DATELINE.match(text)
    return match.end() if match else 0


def dateline_places(articles: Iterable[Article]) -> frozenset[str]:
    """The places of the datelines that open the articles' sentences, normalised
    ("manchester"): words in capitals that are no one's name."""
    from quiz.generate.ids import normalise

    places = set()
    for article in articles:
        for sentence in article.sentences[:4]:
            match = _OPENING_DATELINE.match(sentence.text)
            if match:
                places.add(normalise(match.group("place")))
    return frozenset(places)


def decode_article(path: Path, warnings: list[str] | None = None) -> str:
    """The text of ``path``: UTF-8 (with or without BOM), else Windows-1252 with a warning."""
    try:  # (one open file, its size from it: no second look-up of the path)
        with open(path, "rb", buffering=0) as file:
            size = os.fstat(file.fileno()).st_size
            if size > MAX_BYTES:
                raise ArticleError(path, f"is too large ({size:,} bytes; articles are "
                                         f"limited to {MAX_BYTES // (1024 * 1024)} MB)")
            data = file.read()
    except OSError as error:
        raise ArticleError(path, f"cannot be read: {error.strerror or error}") from None
    if not data.strip():
        raise ArticleError(path, "is empty")
    if b"\x00" in data[:8192]:
        raise ArticleError(path, "is a binary file, not a plain-text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleError(path, "is neither UTF-8 nor Windows-1252 text "
                                     "(save it as UTF-8 and try again)") from None
        if warnings is not None:
            warnings.append(f"{path}: not valid UTF-8; decoded as Windows-1252")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    control = len(_CONTROL.findall(text))
    if control > max(3, len(text) // 50):
        raise ArticleError(path, "is mostly not text (control characters); "
                                 "give a plain-text article")
    if not text.strip():
        raise ArticleError(path, "is empty")
    return text


def split_sentences(text: str) -> list[str]:
    """Split article text into sentences; lines without final punctuation stay whole."""
    return [sentence.text for sentence in _sentences_of(text)]


def _stated_date(line: str, header: bool = False) -> tuple[dt.date, str, bool] | None:
    """A publication date stated on ``line``: (date, the line as found, is metadata only).
    In the ``header`` (the lines above the story), a line holding a date and nothing else
    but a byline, a label, a weekday, a time and separators dates the story too ("By Jane
    Roe | 14 October 2025", "Last updated: Mon 16 Mar 2026 07.52 GMT")."""
    if len(line) > 200 or _YEAR_DIGITS.search(line) is None:
        return None
    for pattern, is_meta in ((_META_LINE, True), (_BARE_DATE_LINE, True), (_DATELINE, False)):
        match = pattern.match(line)
        if match:
            date = _parse_stated(match.group("date"), line)
            if date is not None:
                return date, line.strip(), is_meta
    if header and len(line) <= _META_LENGTH:
        line = _ISO_TIME.sub(" ", line) if "T" in line else line
        matches = list(_DATE_ANYWHERE.finditer(line))
        rest = _BYLINE.sub(" ", _DATE_ANYWHERE.sub(" ", line)) if matches else "x"
        if not _META_REST.sub("", rest).strip():
            # "Published 14:32, Wednesday 11 November 2026 | Updated 18:05, Thursday ...":
            # the date labelled as the publication's, else the first
            match = next((m for m in matches if _PUBLISHED_LABEL.search(
                line, _segment_start(line, m.start()), m.start())), matches[0])
            date = _parse_stated(match.group(), line)
            if date is not None:
                return date, line.strip(), True
    return None


def _parse_stated(text: str, line: str) -> dt.date | None:
    """The date of a date text of ``line``. A date in figures is read year first
    ("2026/10/14"), else day first ("14/10/2026", "14.10.2026") unless with slashes only
    month first makes a date ("10/14/2026"); when both orders make one, the weekday named on the line
    chooses, and without one the date is not read (a wrong publication date would date
    every "on Tuesday" of the story wrongly)."""
    from quiz.generate.dates import WEEKDAYS, parse_date

    parts = _NUMERIC_PARTS.fullmatch(text)
    if parts is None:
        return parse_date(text)
    first, second, third = (int(part) for part in parts.groups())
    if len(parts.group(1)) == 4:
        orders = [(first, second, third)]
    elif len(parts.group(3)) == 4:
        orders = [(third, second, first)]
        if "/" in text:
            orders.append((third, first, second))  # (dots are only written day first)
    else:
        return None
    dates = []
    for year, month, day in orders:
        try:
            dates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if len(set(dates)) > 1:
        dates = [d for d in dates if WEEKDAYS[d.weekday()] in line]
    return dates[0] if len(set(dates)) == 1 else None


def _segment_start(line: str, end: int) -> int:
    """Where the part of a header line that ends at ``end`` starts (after a "|", "•" or
    "·" separating it from another part)."""
    return max(line.rfind(mark, 0, end) for mark in "|•·") + 1


#: The label of a publication date ("Published", "Posted", "First published").
_PUBLISHED_LABEL = re.compile(r"\b(?:published|posted)\b", re.IGNORECASE)


#: The longest line read as a date line of the header.
_META_LENGTH = 120


def _shorten_title(title: str) -> str:
    title = _CITY_DASH.sub("", title, count=1) or title  # "WASHINGTON — The ..." -> "The ..."
    if len(title) <= MAX_TITLE:
        return title
    cut = title[:MAX_TITLE].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—–- ") + "…"


def _sentences_of(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for paragraph, (block, whole_line) in enumerate(_blocks(text)):
        pieces = _split_block(block)
        for piece in pieces:
            # a title, a headline, or a fragment cut off mid-sentence: not running text
            heading = whole_line and _is_heading_line(piece)
            sentences.append(Sentence(index=len(sentences), text=piece, paragraph=paragraph,
                                      is_heading=heading))
    return sentences


def _blocks(text: str) -> list[tuple[str, bool]]:
    """Logical lines: wrapped lines joined, a line ending in ':' joined with its bullet list."""
    # a line without a run of spaces, a tab or a no-break space has nothing to collapse
    lines = [(_SPACES.sub(" ", line) if "  " in line or "\t" in line or "\u00a0" in line
              else line).strip() for line in text.split("\n")]
    width = _wrap_width(lines)
    blocks: list[tuple[str, bool]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line:
            continue
        first_line = not blocks
        if line.endswith(":") and i < len(lines) and _BULLET.match(lines[i]):
            parts = [line]
            while i < len(lines) and lines[i] and _BULLET.match(lines[i]):
                parts.append(lines[i])
                i += 1
            blocks.append(("\n".join(parts), False))
            continue
        while (i < len(lines) and lines[i] and not _BULLET.match(lines[i])
               and _continues(line, lines[i], 0 if first_line else width, len(lines[i - 1]))):
            line = f"{line} {lines[i]}"
            i += 1
        blocks.append((line, True))
    return blocks


def _wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped text was wrapped at, or 0 when lines are whole paragraphs."""
    lengths = [len(line) for line in lines if line]
    if len(lengths) < 3 or max(lengths) > 100:
        return 0
    widest = max(lengths)
    return widest if sum(1 for n in lengths if n >= 0.8 * widest) >= 3 else 0


def _continues(line: str, following: str, width: int = 0, previous_length: int = 0) -> bool:
    """Whether ``following`` is the rest of a hard-wrapped ``line``."""
    if line[-1] in _TERMINAL or line[-1] in _CLOSERS or line.endswith(":"):
        return False
    first = following.lstrip(_OPENERS)[:1]
    if width and previous_length >= 0.7 * width:
        return True  # a full-width line of a hard-wrapped text: the sentence runs on
    if line.rsplit(" ", 1)[-1].lower() in _RUNS_ON:
        return True  # "... tripled since" / "January": no sentence or heading ends so
    return first.islower() or line[-1] in ",;-"


def _is_heading_line(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] not in _TERMINAL + ":;" and "\n" not in line


def _split_block(block: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(block):
        end = match.end(2)
        if _is_boundary(block, match):
            piece = block[start:end].strip()
            if piece:
                pieces.append(piece)
            start = match.end(3)
    rest = block[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def _is_boundary(block: str, match: re.Match[str]) -> bool:
    marks = match.group(1)
    if marks != "." or match.group(2):
        return True  # "?" / "!" / "..." and a full stop inside a closing quote end a sentence
    next_word = _NEXT_WORD.match(block, match.end(3))
    following = next_word.group(1) if next_word else ""
    if _dotted_before(block, match.start(1)):  # U.S. / a.m. / e.g.: ambiguous, split only
        return following in SENTENCE_STARTERS  # before a clear sentence starter
    token = _word_before(block, match.start(1))
    if not token:
        return True
    if len(token) == 1 and token.isupper():
        return False  # an initial: "J. R. Smith"
    if token in NUMBER_ABBREVIATIONS:
        return not following[:1].isdigit()
    if token in _ENDING_ABBREVIATIONS:
        return following in SENTENCE_STARTERS
    if token in ABBREVIATIONS:
        return False
    return True


# The two look-backs below read back from the full stop, not forward from the start of the
# block: a regular expression anchored at the end tries every position of a long paragraph.
def _dotted_before(block: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes a dotted abbreviation ("U.S.", "a.m.": two
    or more letters each followed by a full stop) that opens the block or follows a space,
    a bracket or an opening quote."""
    start = stop + 1
    pairs = 0
    while start >= 2 and block[start - 1] == "." and block[start - 2] in _LETTERS:
        start -= 2
        pairs += 1
    return pairs >= 2 and (start == 0 or block[start - 1].isspace()
                           or block[start - 1] in "(\"'“‘")


def _word_before(block: str, stop: int) -> str:
    """The word (letters, then letters and apostrophes) that ends just before ``stop``, or
    "" (a line break right before it is passed over)."""
    end = stop - 1 if stop and block[stop - 1] == "\n" else stop
    start = end
    while start and (block[start - 1] in _LETTERS or block[start - 1] in "'’"):
        start -= 1
    while start < end and block[start] not in _LETTERS:
        start += 1  # (a word opens with a letter, not an apostrophe)
    return block[start:end]
