"""Benchmark the study engine against Anki's on 100,000 due cards in 50 decks.

Usage: ``python bench/engine_bench.py [--small] [--runs N] [--answers N] [--no-anki]``

It writes 50 YAML deck files of 2,000 cards (as users keep them), imports them once into a
score database with every card reviewed and due, and then, in a fresh process each time
(median of ``--runs``), measures:

- first card: from process start to the first due card ready with its question text, the
  way the TUI gets it (``open_service() -> start() -> current()``);
- answer: one answer graded, scheduled and committed (``session.answer``), median;
- peak memory: the process's peak RSS (``ru_maxrss``).

Then the same on Anki's engine (the ``anki`` package, installed into ``bench/.venv-anki``
when this interpreter lacks it): a collection of the same 100,000 questions as Basic notes
in 50 decks, all due; ``Collection() -> sched.get_queued_cards() -> card.question()``,
``sched.answer_card()`` and peak RSS. Both engines queue about the same number of reviews
(10,000: 200 per deck for quiz; Anki's largest review limit, 9,999), and each run starts from
a copy of the freshly built collection. The last line is ``ratios: first_card=R answer=R peak_memory=R``
(quiz / Anki; below 1.0 means quiz is faster or smaller).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANKI_VENV = HERE / ".venv-anki"

#: Run in a fresh interpreter: the path the TUI takes to its first card, then answers.
OURS_CHILD = r"""
import sys, time
started = float(sys.argv[1])
from quiz.engine.service import open_service
service = open_service()
session = service.start(service.learners()[0])
card = session.current()
question = card.card.question
first_card = time.time() - started
import json, resource
answers, cpu = [], []
for index in range(int(sys.argv[2])):
    card = session.current()
    if card is None:
        break
    response = card.card.answer if index % 4 else "not it"
    begin, begin_cpu = time.perf_counter(), time.process_time()
    session.answer(response, 3.0)
    answers.append(time.perf_counter() - begin)
    cpu.append(time.process_time() - begin_cpu)
session.finish()
service.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"first_card": first_card, "answers": answers, "cpu": cpu, "peak": peak,
                  "question": question}))
"""

#: The same in Anki: open the collection, first queued card with its rendered question, answers.
ANKI_CHILD = r"""
import sys, time
started = float(sys.argv[1])
from anki.collection import Collection
from anki.cards import Card
from anki.scheduler_pb2 import CardAnswer
col = Collection(sys.argv[3])
queued = col.sched.get_queued_cards().cards[0]
card = Card(col)
card._load_from_backend_card(queued.card)
card.start_timer()
question = card.question()
first_card = time.time() - started
import json, resource
answers, cpu = [], []
for index in range(int(sys.argv[2])):
    cards = col.sched.get_queued_cards().cards
    if not cards:
        break
    card = Card(col)
    card._load_from_backend_card(cards[0].card)
    card.start_timer()
    rating = CardAnswer.GOOD if index % 4 else CardAnswer.AGAIN
    begin, begin_cpu = time.perf_counter(), time.process_time()
    col.sched.answer_card(col.sched.build_answer(card=card, states=cards[0].states,
                                                 rating=rating))
    answers.append(time.perf_counter() - begin)
    cpu.append(time.process_time() - begin_cpu)
journal = col.db.scalar("pragma journal_mode")
synchronous = col.db.scalar("pragma synchronous")
col.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"first_card": first_card, "answers": answers, "cpu": cpu, "peak": peak,
                  "question": question, "journal": journal, "synchronous": synchronous}))
"""

#: Builds the Anki collection (run with the Anki interpreter): argv = path, questions JSON.
ANKI_BUILD = r"""
import json, sys
from anki.collection import AddNoteRequest, Collection
path, source, decks, per_deck = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
cards = json.loads(open(source, encoding="utf-8").read())
col = Collection(path)
basic = col.models.by_name("Basic")
parent = col.decks.id("Bench")
requests = []
for deck in range(decks):
    deck_id = col.decks.id(f"Bench::Deck {deck:02d}")
    for question, answer in cards[deck * per_deck:(deck + 1) * per_deck]:
        note = col.new_note(basic)
        note["Front"] = question
        note["Back"] = answer
        requests.append(AddNoteRequest(note=note, deck_id=deck_id))
col.add_notes(requests)
today = col.sched.today
# every card a review card, due between today and ten days ago (most overdue first)
col.db.execute("update cards set type = 2, queue = 2, ivl = 10, factor = 2500, reps = 3, "
               "left = 0, due = ? - (id % 10)", today)
config = col.decks.config_dict_for_deck_id(parent)
config["rev"]["perDay"] = min(decks * 200, 9999)  # quiz queues 200 a deck; Anki caps at 9999
col.decks.update_config(config)
col.decks.select(parent)
col.close()
"""


def _cards(decks: int, per_deck: int) -> list[tuple[str, str, str]]:
    """(category, question, answer) for every card, deterministic and varied."""
    categories = ("date", "actor", "figure", "cause")
    cards = []
    for index in range(decks * per_deck):
        category = categories[index % 4]
        cards.append((category, f"Article {index // 7}: which {category} does sentence "
                                f"{index} of the report state about the talks?",
                      f"{category} answer {index}"))
    return cards


def build_decks(folder: Path, decks: int, per_deck: int) -> None:
    from quiz.deckfile import write_deck
    from quiz.model import Card, CardType, Category, Deck

    cards = _cards(decks, per_deck)
    for deck in range(decks):
        chunk = cards[deck * per_deck:(deck + 1) * per_deck]
        write_deck(Deck(id=f"bench-{deck:02d}", title=f"Bench deck {deck:02d}", cards=tuple(
            Card(id=f"card-{deck}-{i}", type=CardType.TYPED, category=Category(category),
                 question=question, answer=answer)
            for i, (category, question, answer) in enumerate(chunk))),
            folder / f"bench-{deck:02d}.yaml")


def import_and_backdate(db: Path) -> float:
    """Parse every deck into the cache, then give every card a review state, all due."""
    import datetime as dt

    import fsrs

    from quiz.engine.scheduler import fsrs_card_id
    from quiz.engine.service import open_service
    from quiz.engine.store import to_us

    begin = time.perf_counter()
    service = open_service(db)
    seconds = time.perf_counter() - begin
    now = dt.datetime.now(dt.timezone.utc)
    learner_id = service.store.learner_id(service.learners()[0])
    rows = []
    for index, (deck_id, card_id) in enumerate(service.store.query(
            "SELECT deck_id, card_id FROM cards WHERE deck_id LIKE 'bench-%'")):
        due = now - dt.timedelta(days=index % 10, minutes=index % 60)
        last = due - dt.timedelta(days=10)
        state = fsrs.Card(card_id=fsrs_card_id(str(deck_id), str(card_id)),
                          state=fsrs.State.Review, step=None, stability=10.0, difficulty=5.0,
                          due=due, last_review=last)
        rows.append((learner_id, deck_id, card_id, json.dumps(state.to_dict()), to_us(due),
                     int(state.state), to_us(last)))
    with service.store.transaction() as connection:
        connection.executemany("INSERT OR REPLACE INTO card_state VALUES (?, ?, ?, ?, ?, ?, ?)",
                               rows)
    service.close()
    return seconds


def anki_python() -> Path:
    """An interpreter with ``anki``: this one, or bench/.venv-anki (created when missing)."""
    try:
        import anki  # noqa: F401

        return Path(sys.executable)
    except ImportError:
        pass
    python = ANKI_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(ANKI_VENV)], check=True)
    if subprocess.run([str(python), "-c", "import anki"], capture_output=True).returncode:
        subprocess.run([str(python), "-m", "pip", "install", "-q", "anki"], check=True)
    return python


def measure(python: Path, code: str, answers: int, env: dict[str, str],
            *extra: str) -> dict[str, object]:
    started = time.time()
    result = subprocess.run([str(python), "-c", code, repr(started), str(answers), *extra],
                            capture_output=True, text=True, env=env, check=False)
    if result.returncode:
        raise SystemExit(f"benchmark child failed:\n{result.stderr}")
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def run_once(python: Path, code: str, pristine: Path, live: Path, answers: int,
             env: dict[str, str], *extra: str) -> dict[str, object]:
    """One measured child process on a fresh copy of the built collection."""
    for sidecar in ("-wal", "-shm", "-journal"):  # a stale log must not meet a new file
        Path(f"{live}{sidecar}").unlink(missing_ok=True)
    shutil.copyfile(pristine, live)
    return measure(python, code, answers, env, *extra)


def summarise(label: str, results: list[dict[str, object]]) -> dict[str, float]:
    firsts = [float(r["first_card"]) for r in results]  # type: ignore[arg-type]
    per_answer = [float(a) for r in results for a in r["answers"]]  # type: ignore[attr-defined]
    cpu = [float(a) for r in results for a in r["cpu"]]  # type: ignore[attr-defined]
    peaks = [float(r["peak"]) for r in results]  # type: ignore[arg-type]
    figures = {"first_card": statistics.median(firsts),
               "answer": statistics.median(per_answer),
               "peak_memory": statistics.median(peaks)}
    # An answer's wall time is mostly the disk's sync, which other jobs on the machine slow
    # down from one run to the next: the spread of the runs' own medians shows how much.
    runs = [statistics.median(r["answers"]) * 1000 for r in results]  # type: ignore[arg-type]
    runs_cpu = [statistics.median(r["cpu"]) * 1000 for r in results]  # type: ignore[arg-type]
    print(f"{label:>5}: first card {figures['first_card'] * 1000:7.1f} ms "
          f"(median of {len(firsts)} runs) · answer {figures['answer'] * 1000:6.3f} ms "
          f"(CPU {statistics.median(cpu) * 1000:.3f} ms; median of {len(per_answer)}) · "
          f"peak memory {figures['peak_memory'] / 2**20:6.1f} MB")
    print(f"{'':>5}  answer, each run's median (ms, in run order): "
          + " ".join(f"{value:.3f}" for value in runs)
          + " · CPU: " + " ".join(f"{value:.3f}" for value in runs_cpu))
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="4 decks of 250 cards (smoke)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--answers", type=int, default=500)
    parser.add_argument("--no-anki", action="store_true", help="measure quiz only")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    options = parser.parse_args(argv)
    decks, per_deck = (4, 250) if options.small else (50, 2000)
    work = Path(tempfile.mkdtemp(prefix="quiz-bench-"))
    env = {**os.environ, "QUIZ_DATA_DIR": str(work / "data"),
           "QUIZ_DECKS_DIR": str(work / "decks"), "QUIZ_DB": str(work / "quiz.sqlite3")}
    os.environ.update(env)
    try:
        print(f"{decks * per_deck:,} cards in {decks} deck files, all due; "
              f"{options.runs} runs after a warm-up, {options.answers} answers a run")
        begin = time.perf_counter()
        build_decks(work / "decks", decks, per_deck)
        print(f"wrote the deck files in {time.perf_counter() - begin:.1f} s")
        pristine = work / "pristine.sqlite3"
        seconds = import_and_backdate(pristine)
        print(f"quiz imported them (one-off parse into its cache) in {seconds:.1f} s")
        ours_run = (Path(sys.executable), OURS_CHILD, pristine, work / "quiz.sqlite3")
        if options.no_anki:
            ours = summarise("quiz", [run_once(*ours_run, options.answers, env)
                                      for _ in range(options.runs)])
            print("ratios: skipped (--no-anki)")
            return
        python = anki_python()
        source = work / "cards.json"
        source.write_text(json.dumps([[q, a] for _, q, a in _cards(decks, per_deck)]),
                          encoding="utf-8")
        anki_pristine = work / "pristine.anki2"
        begin = time.perf_counter()
        subprocess.run([str(python), "-c", ANKI_BUILD, str(anki_pristine), str(source),
                        str(decks), str(per_deck)], check=True, env=env)
        print(f"Anki built its collection in {time.perf_counter() - begin:.1f} s")
        live = work / "collection.anki2"
        anki_run = (python, ANKI_CHILD, anki_pristine, live)
        # Alternate the engines so that a busy moment on the machine hits both alike; the
        # first round warms the page cache and is not counted.
        ours_results, anki_results = [], []
        for round_number in range(options.runs + 1):
            ours_result = run_once(*ours_run, options.answers, env)
            anki_result = run_once(*anki_run, options.answers, env, str(live))
            if round_number:
                ours_results.append(ours_result)
                anki_results.append(anki_result)
        print(f"Anki's journal mode: {anki_results[0]['journal']}, synchronous="
              f"{anki_results[0]['synchronous']} (2 = FULL, as quiz); first questions: "
              f"{ours_results[0]['question']!r} / {anki_results[0]['question']!r}")
        ours = summarise("quiz", ours_results)
        anki = summarise("Anki", anki_results)
        # Each round's pair ran back to back, so its ratio shows the disk's weather less.
        paired = [statistics.median(o["answers"]) / statistics.median(a["answers"])  # type: ignore[arg-type]
                  for o, a in zip(ours_results, anki_results, strict=True)]
        print("answer ratio of each round (quiz / Anki, medians): "
              + " ".join(f"{value:.2f}" for value in paired))
        ratios = {name: ours[name] / anki[name] for name in ours}
        print("ratios: " + " ".join(f"{name}={ratio:.2f}" for name, ratio in ratios.items()))
    finally:
        if options.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
