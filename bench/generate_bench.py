"""Benchmark ``quiz generate``: articles per second and peak memory on a 1x and a 10x corpus.

The corpus is built deterministically from the seed articles and the short articles on other
topics in ``bench/corpus/``: each generated article takes a base article, rotates its
paragraphs, borrows a paragraph from another article, and gets its own publication date, so
relative dates resolve differently and no two articles are the same text.

Each size runs in its own single-threaded subprocess (so peak memory is that run's alone);
rates are given per CPU second of that process (time on one core) and per wall second.
Run: ``python bench/generate_bench.py [--articles 1000] [--scale 10]``. The last line is
``articles_per_second: N`` (for the 1x corpus).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

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


def build_corpus(folder: Path, count: int) -> None:
    """Write ``count`` recombined articles into ``folder``."""
    bases = base_articles()
    start = dt.date(2019, 1, 1)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        title, paragraphs = bases[number % len(bases)]
        _, other = bases[(number * 7 + 3) % len(bases)]
        shift = number % max(1, len(paragraphs))
        body = paragraphs[shift:] + paragraphs[:shift] + [other[number % len(other)]]
        published = start + dt.timedelta(days=(number * 37) % 1800)
        text = "\n\n".join([f"{title} ({number})", f"Published {published:%d %B %Y}", *body])
        (folder / f"article_{number:05d}.txt").write_text(text + "\n", encoding="utf-8")


def run_once(folder: Path) -> dict[str, float]:
    """Generate from ``folder`` in this process; time, articles and peak memory (MB)."""
    import resource
    import time

    from quiz.generate.pipeline import generate

    begin, begin_cpu = time.perf_counter(), time.process_time()
    result = generate([folder])
    seconds, cpu = time.perf_counter() - begin, time.process_time() - begin_cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"articles": len(result.articles), "seconds": seconds, "cpu": cpu,
            "cards": sum(len(d.cards) for d in result.decks if d.id.endswith("-all")),
            "peak_mb": peak}


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
        build_corpus(small, args.articles)
        build_corpus(large, args.articles * args.scale)
        one = measure(small)
        many = measure(large)
    print(f"{'corpus':>8} {'articles':>9} {'cards':>8} {'wall s':>8} {'cpu s':>8} "
          f"{'articles/s (cpu)':>17} {'articles/s (wall)':>18} {'peak MB':>8}")
    for name, row in (("1x", one), (f"{args.scale}x", many)):
        print(f"{name:>8} {row['articles']:>9.0f} {row['cards']:>8.0f} {row['seconds']:>8.2f} "
              f"{row['cpu']:>8.2f} {row['articles'] / row['cpu']:>17.1f} "
              f"{row['articles'] / row['seconds']:>18.1f} {row['peak_mb']:>8.1f}")
    print(f"cpu time ratio {args.scale}x/1x: {many['cpu'] / one['cpu']:.2f} "
          f"(linear would be {args.scale})")
    # CPU time of the single-threaded run: the time on one core, not inflated when other
    # processes share the machine (wall time is shown above for comparison)
    print(f"articles_per_second: {one['articles'] / one['cpu']:.0f}")


if __name__ == "__main__":
    main()
