"""The words and values of numbers in figures: number words, scales and vague quantities,
the regular expression pieces that spell a number, and the forms a figure's answer accepts."""

from __future__ import annotations

import re

from quiz.generate.facts import AnswerKind


NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
                "a dozen": 12, "a pair of": 2, "a couple of": 2, "a hundred": 100,
                "a thousand": 1000}

_WORD_OF = {v: k for k, v in NUMBER_WORDS.items() if " " not in k and v < 100}

VAGUE_NUMBERS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
                 "millions": 2000000, "billions": 2000000000, "several": 3, "a few": 3}

_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "m": 1_000_000, "bn": 1_000_000_000, "k": 1000}

QUALIFIER = (r"(?:more than|over|nearly|almost|about|around|approximately|roughly|at least|"
             r"at most|up to|fewer than|less than|some|an estimated|just|only|"
             r"as many as|as much as|as few as|close to|upwards of|just over|just under|"
             r"well over)")

WORD_NUMBER = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
               r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
               r"fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
               r"seven|eight|nine))?\b")

DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"

SCALE_WORDS = r"(?:\s+(?:hundred|thousand|million|billion|trillion)|(?:m|bn|k)\b)?"

#: A currency sign, a dollar with its country's capitals ("US$", "A$", "NZ$", "HK$") or a code.
CURRENCY = r"(?:[$€£¥]|(?-i:[A-Z]{1,2})\$|USD\s?|EUR\s?|GBP\s?)"
#: The capitals a country's dollar is written with (where a figure can begin: see
#: :data:`CURRENCY`).
DOLLAR_PREFIXES = ("a", "c", "s", "r", "nz", "hk", "nt", "mx", "us")

CURRENCY_WORDS = frozenset({"dollars", "euros", "pounds", "yen", "francs", "rupees", "yuan",
                            "pesos", "kronor", "crowns", "dinars", "rand", "kroner", "krone",
                            "zloty", "złoty", "forints", "lira", "roubles", "rubles", "shekels",
                            "baht", "ringgit", "rupiah", "naira", "reais", "won", "dirhams"})

UNIT_DURATION = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)"

FRACTION = (r"(?:(?:a|one|two|three|four)[\s-]+(?:half|third|quarter|fifth|tenth)s?|half)")

FRACTION_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}

_SHARE = re.compile(rf"^(?:{QUALIFIER}\s+)?(?:{FRACTION}|\S+\s+(?:in|out\s+of|of)\s+\S+)$",
                    re.I)

_VAGUE_WORDS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions",
                "several", "a few")


#: Vague words for about the same count, each accepted for the other.
VAGUE_KIN = {"dozens": "scores", "scores": "dozens"}


def is_share(answer: str) -> bool:
    """Whether ``answer`` is a share of a whole ("only a third", "one in four", "11 of 19")."""
    return bool(_SHARE.match(answer.strip()))


def is_vague_figure(answer: str) -> bool:
    """"thousands", "dozens of", "several": no number to learn."""
    low = answer.lower().strip()
    return low.startswith(_VAGUE_WORDS) and not any(ch.isdigit() for ch in low)


def number_value(text: str) -> float | None:
    """The value of "2,500", "5.3 million", "twenty-five", "a dozen", "dozens of"."""
    low = " ".join(text.lower().replace("-", " ").split())
    if low.endswith(" of") and low[:-3] in VAGUE_NUMBERS:
        return float(VAGUE_NUMBERS[low[:-3]])
    if low in VAGUE_NUMBERS:
        return float(VAGUE_NUMBERS[low])
    if low in NUMBER_WORDS:
        return float(NUMBER_WORDS[low])
    if low.startswith("a ") and low[2:] in NUMBER_WORDS:
        return float(NUMBER_WORDS[low[2:]])
    if low == "a":
        return 1.0
    scale = 1
    parts = low.split()
    if len(parts) > 1 and parts[-1] in _SCALE:
        scale = _SCALE[parts[-1]]
        low = " ".join(parts[:-1])
    elif low[-2:] == "bn" or low[-1:] in ("m", "k"):
        suffix = "bn" if low.endswith("bn") else low[-1]
        scale = _SCALE[suffix]
        low = low[:-len(suffix)]
    low = low.replace(",", "")
    try:
        return float(low) * scale
    except ValueError:
        pass
    words = low.split()
    if len(words) == 2 and words[0] in NUMBER_WORDS and words[1] in NUMBER_WORDS:
        return float((NUMBER_WORDS[words[0]] + NUMBER_WORDS[words[1]]) * scale)
    return None


def number_forms(qualifier: str, number_text: str, value: float, thing: str,
                 kind: AnswerKind) -> tuple[str, ...]:
    numbers = [number_text]
    head, _, rest = number_text.lower().partition(" ")
    if value == int(value):
        whole = int(value)
        if not number_text.lower().startswith(("dozens", "scores", "hundreds", "thousands",
                                               "several", "a few", "millions")):
            numbers += [str(whole), f"{whole:,}"]
            if whole in _WORD_OF:
                numbers.append(_WORD_OF[whole])
    unit = thing if kind in (AnswerKind.DURATION, AnswerKind.PERCENT) else ""
    forms: list[str] = []
    for number in numbers:
        for qual in ((qualifier, "") if qualifier else ("",)):
            core = f"{qual} {number}".strip()
            forms.append(f"{core} {unit}".strip() if unit else core)
            if thing and kind is AnswerKind.COUNT:
                forms.append(f"{core} {thing}")
    if head in VAGUE_KIN:  # "scores of" is no fewer than "dozens of": either is right
        forms.append(VAGUE_KIN[head])
    if kind is AnswerKind.PERCENT:
        digits = [f for f in numbers if f[:1].isdigit()]
        forms = [f for f in forms if not f[:1].isalpha()]
        forms += [f"{f}%" for f in digits] + [f"{f} percent" for f in digits]
    return distinct_forms(forms)


def distinct_forms(items: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i.strip() for i in items
                               if i.strip() and not i.strip().endswith(" of")))
