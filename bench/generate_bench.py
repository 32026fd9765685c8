"""Benchmark ``quiz generate``: articles per second and peak memory on a 1x and a 10x corpus.

The corpus is built deterministically from the seed articles and the short articles on other
topics in ``bench/corpus/``: each generated article takes a base article, rotates its
paragraphs, borrows a paragraph from another article, and gets its own publication date, so
relative dates resolve differently. Every copy after the first of a base article also gets its
own names and numbers (see :func:`vary`), so that most of its sentences are new text: a
generator that caches work by sentence text must not look fast because the corpus repeats
itself. The report states how many distinct sentences the corpus has.

A third row, ``distinct``, generates from every article the repository holds, each once,
so its sentences do not recur at all: the rate on new text.

Each size runs in its own single-threaded subprocess (so peak memory is that run's alone);
rates are given per CPU second of that process (time on one core) and per wall second.
Run: ``python bench/generate_bench.py [--articles 1000] [--scale 10]``. The last line is
``articles_per_second: N`` (for the 1x corpus).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.model import Card, Deck

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def base_articles() -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of every seed and bench corpus article, sorted by file name."""
    bases = []
    for folder in (ROOT / "seeds", HERE / "corpus"):
        for path in sorted(folder.glob("*.txt")):
            lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
            lines = [line for line in lines if line]
            bases.append((lines[0], lines[1:]))
    return bases


_NAME = re.compile(r"(?<=[a-z,] )(?:[a-z]{1,3}-)?[A-Z][a-z]{3,}\b")
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")
_NUMBER = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d.])")
_SYLLABLES = [c + v for c in "bdgklmnprstvz" for v in "aeiou"]


def _kept_words() -> frozenset[str]:
    """Capitalised words (lower-cased) :func:`vary` leaves alone: the closed lists the
    generator knows (countries, capitals, titles, months ...), which a renamed copy would turn
    into unknown names."""
    import calendar

    from quiz.generate import lexicon

    names = [*lexicon.countries(), *lexicon.countries().values(), *lexicon.capitals(),
             *(alias for group in lexicon.well_known_aliases() for alias in group),
             *calendar.month_name[1:], *calendar.day_name]
    kept = {word.lower() for name in names for word in name.split()}
    kept |= lexicon.TITLE_WORDS | lexicon.ORG_WORDS | lexicon.ORG_ROLE_WORDS | \
        lexicon.GROUP_WORDS | lexicon.PLACE_WORDS | lexicon.EVENT_WORDS
    return frozenset(kept)


def vary(text: str, variant: int, kept: frozenset[str]) -> str:
    """``text`` with its names and numbers changed for copy ``variant`` (0: unchanged).

    A name (a capitalised word inside a sentence, or an acronym, not in ``kept``) becomes a
    made-up word; a number keeps its number of digits and its first digit, so magnitudes and
    years stay plausible ("2,500" -> "2,517", "2014" -> "2017"), and a number that may be a
    day of the month stays one."""
    if variant == 0:
        return text

    def number(match: re.Match[str]) -> str:
        digits = match.group().replace(",", "")
        if int(digits) < 32:  # may be a day of the month: stays one
            return str(1 + (int(digits) - 1 + variant) % 28) if digits[0] != "0" else digits
        tail = len(digits) - 1
        changed = digits[0] + f"{(int(digits[1:]) + variant * 7) % 10 ** tail:0{tail}d}"
        if len(digits) == 4 and digits[:2] in ("19", "20"):  # a year: within its decade
            changed = digits[:3] + str((int(digits[3]) + variant) % 10)
        if "," in match.group():
            changed = f"{int(changed):,}"
        return changed

    def renamed(match: re.Match[str]) -> str:
        word = match.group()
        if word.lower() in kept:
            return word
        # a made-up word, the same within the copy: names keep their repetitions, and
        # unrelated copies share no initials (acronyms) or stems that would merge them
        digest = hashlib.blake2b(f"{word}/{variant}".encode(), digest_size=8).digest()
        if word.isupper():
            return "".join(chr(ord("A") + b % 26) for b in digest[:len(word)])
        syllables = max(2, min(5, len(word) // 2))
        return "".join(_SYLLABLES[b % len(_SYLLABLES)] for b in digest[:syllables]).title()

    return _NUMBER.sub(number, _ACRONYM.sub(renamed, _NAME.sub(renamed, text)))


def build_corpus(folder: Path, count: int) -> None:
    """Write ``count`` recombined articles into ``folder``."""
    bases = base_articles()
    kept = _kept_words()
    start = dt.date(2019, 1, 1)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        title, paragraphs = bases[number % len(bases)]
        _, other = bases[(number * 7 + 3) % len(bases)]
        shift = number % max(1, len(paragraphs))
        body = paragraphs[shift:] + paragraphs[:shift] + [other[number % len(other)]]
        body = [vary(paragraph, number // len(bases), kept) for paragraph in body]
        published = start + dt.timedelta(days=(number * 37) % 1800)
        text = "\n\n".join([f"{title} ({number})", f"Published {published:%d %B %Y}", *body])
        (folder / f"article_{number:05d}.txt").write_text(text + "\n", encoding="utf-8")


def build_distinct(folder: Path) -> int:
    """Copy every article the repository holds (seeds, ``bench/corpus``, the test articles)
    into ``folder``, each once: text in which no sentence recurs, so that no cache keyed on a
    sentence's text can help. Returns how many."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [*(ROOT / "seeds").glob("*.txt"), *(HERE / "corpus").glob("*.txt"),
               *(ROOT / "tests" / "eval").rglob("*.txt"),
               *(ROOT / "tests" / "fixtures").rglob("*.txt")]
    count = 0
    for path in sorted(sources):
        text = path.read_text(encoding="utf-8", errors="replace")
        if len(text.split()) >= 150:  # whole articles, not the reader's edge cases
            count += 1
            (folder / f"{count:03d}_{path.name}").write_text(text, encoding="utf-8")
    return count


def run_once(folder: Path) -> dict[str, float]:
    """Generate from ``folder`` in this process; time, articles and peak memory (MB). The
    generator's modules are loaded (by a one-article run) before the clock starts."""
    import resource
    import time

    from quiz.generate.pipeline import generate

    with tempfile.TemporaryDirectory(prefix="quiz-warm-") as warm:
        (Path(warm) / "warm.txt").write_text(
            "Warm-up\n\nPublished 1 March 2024\n\nThe council said on Monday it had "
            "closed the bridge because of the floods.\n", encoding="utf-8")
        generate([Path(warm)])
    begin, begin_cpu = time.perf_counter(), time.process_time()
    result = generate([folder])
    seconds, cpu = time.perf_counter() - begin, time.process_time() - begin_cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    write_cpu = _write_decks(result.decks)
    sentences = [s.text for article in result.articles for s in article.sentences]
    return {"articles": len(result.articles), "seconds": seconds, "cpu": cpu,
            "cards": sum(len(d.cards) for d in result.decks if d.id.endswith("-all")),
            "peak_mb": peak, "write_cpu": write_cpu, "sentences": len(sentences),
            "distinct_sentences": len(set(sentences))}


def _write_decks(decks: list[Deck]) -> float:
    """CPU seconds ``quiz generate`` then spends writing ``decks`` as YAML files (as it does:
    each card rendered once for the two decks that hold it, the cycle collector kept off
    what generation built)."""
    import gc
    import time

    from quiz.deckfile import write_deck

    rendered: dict[Card, str] = {}
    begin = time.process_time()
    gc.freeze()
    gc.disable()
    with tempfile.TemporaryDirectory(prefix="quiz-bench-decks-") as folder:
        for deck in decks:
            write_deck(deck, Path(folder) / f"{deck.id}.yaml", rendered=rendered)
    return time.process_time() - begin


_DISTINCT_RUNS = 5


def measure(folder: Path) -> dict[str, float]:
    """:func:`run_once` in a fresh single-threaded subprocess."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONHASHSEED": "0"}
    output = subprocess.run([sys.executable, __file__, "--run", str(folder)], check=True,
                            capture_output=True, text=True, env=env).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="size of the 1x corpus")
    parser.add_argument("--scale", type=int, default=10, help="the large corpus is this many "
                                                              "times the 1x corpus")
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run is not None:
        print(json.dumps(run_once(args.run)))
        return
    with tempfile.TemporaryDirectory(prefix="quiz-bench-") as temporary:
        small, large = Path(temporary) / "1x", Path(temporary) / f"{args.scale}x"
        distinct = Path(temporary) / "distinct"
        build_corpus(small, args.articles)
        build_corpus(large, args.articles * args.scale)
        build_distinct(distinct)
        one = measure(small)
        many = measure(large)
        # a small corpus: the median of a few runs
        runs = sorted((measure(distinct) for _ in range(_DISTINCT_RUNS)),
                      key=lambda row: row["articles"] / row["cpu"])
        unique = runs[len(runs) // 2]
    print(f"{'corpus':>8} {'articles':>9} {'sentences':>10} {'distinct':>9} {'cards':>8} "
          f"{'wall s':>8} {'cpu s':>8} {'articles/s (cpu)':>17} {'articles/s (wall)':>18} "
          f"{'sentences/s (cpu)':>18} {'peak MB':>8} {'+write cpu s':>13} "
          f"{'articles/s incl. write (cpu)':>29}")
    for name, row in (("1x", one), (f"{args.scale}x", many), ("distinct", unique)):
        print(f"{name:>8} {row['articles']:>9.0f} {row['sentences']:>10.0f} "
              f"{row['distinct_sentences']:>9.0f} {row['cards']:>8.0f} {row['seconds']:>8.2f} "
              f"{row['cpu']:>8.2f} {row['articles'] / row['cpu']:>17.1f} "
              f"{row['articles'] / row['seconds']:>18.1f} {row['sentences'] / row['cpu']:>18.0f} "
              f"{row['peak_mb']:>8.1f} {row['write_cpu']:>13.2f} "
              f"{row['articles'] / (row['cpu'] + row['write_cpu']):>29.1f}")
    print(f"distinct sentences (1x): {one['distinct_sentences'] / one['sentences']:.0%} of "
          f"{one['sentences']:.0f}; a sentence repeats only where it has no name or number "
          "to vary")
    print(f"distinct: the {unique['articles']:.0f} articles of the repository, each once "
          f"({unique['distinct_sentences'] / unique['sentences']:.0%} distinct sentences), "
          f"median of {_DISTINCT_RUNS} runs: the rate on text no sentence cache has seen")
    print(f"cpu time ratio {args.scale}x/1x: {many['cpu'] / one['cpu']:.2f} "
          f"(linear would be {args.scale})")
    print("articles/s is generation (reading, rules, cards); 'incl. write' adds writing the "
          "YAML decks, as `quiz generate` does")
    # CPU time of the single-threaded run: the time on one core, not inflated when other
    # processes share the machine (wall time is shown above for comparison)
    print(f"articles_per_second: {one['articles'] / one['cpu']:.0f}")


if __name__ == "__main__":
    main()
