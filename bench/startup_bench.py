"""Start-up time of `quiz` against a bare Textual app with one label, started the same way.

Each run is a fresh `python -m ...` process in a pseudo-terminal (100x30) with
QUIZ_EXIT_WHEN_READY=1, so the app exits by itself as soon as its first screen is ready (for
`quiz`: the home screen has mounted and its deck list is filled). The time is from launch to
exit. `quiz` runs on a temporary database with the bundled decks; one warm-up run of each is
not counted (it creates the database and fills the deck cache, as a user's first start does).
The two are run alternately so that changes in machine load affect both alike.

    python bench/startup_bench.py [--runs 7]

The last line is `startup_ratio: R` (median quiz / median bare); the target is <= 1.5.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path

BARE_APP = '''\
"""A bare Textual app with one label: the baseline for quiz's start-up."""
import os

from textual.app import App, ComposeResult
from textual.widgets import Label


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Label("quiz")

    def on_mount(self) -> None:
        if os.environ.get("QUIZ_EXIT_WHEN_READY") == "1":
            self.call_after_refresh(self.exit)


if __name__ == "__main__":
    Bare().run()
'''


def run_in_pty(argv: list[str], env: dict[str, str], timeout: float = 60.0,
               size: tuple[int, int] = (100, 30)) -> tuple[int, float, bytes]:
    """Run ``argv`` with a pseudo-terminal as stdin/stdout/stderr, draining its output.

    Returns (exit status, seconds from launch to exit, everything it wrote).
    """
    main, child = os.openpty()
    columns, rows = size
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    output = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # EIO: the child side is closed
                return
            if not chunk:
                return
            output.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdin=child, stdout=child, stderr=child,
                               env={**env, "TERM": "xterm-256color"}, close_fds=True)
    os.close(child)
    try:
        status = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise
    elapsed = time.perf_counter() - start
    reader.join(timeout=2)
    os.close(main)
    return status, elapsed, bytes(output)


def timed_run(argv: list[str], env: dict[str, str]) -> float:
    """One start-up, in seconds; the process must exit 0."""
    status, elapsed, output = run_in_pty(argv, env)
    if status != 0:
        tail = output[-2000:].decode("utf-8", "replace")
        raise SystemExit(f"{' '.join(argv)} exited with {status}:\n{tail}")
    return elapsed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="quiz-startup-") as folder:
        home = Path(folder)
        bare = home / "bare_app.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        env = {**os.environ, "QUIZ_EXIT_WHEN_READY": "1",
               "QUIZ_DATA_DIR": str(home / "data"), "QUIZ_DECKS_DIR": str(home / "decks"),
               "QUIZ_DB": str(home / "data" / "quiz.sqlite3")}
        quiz_argv = [sys.executable, "-m", "quiz"]
        bare_argv = [sys.executable, str(bare)]
        timed_run(quiz_argv, env)  # warm-up: creates the database, fills the deck cache
        timed_run(bare_argv, env)
        quiz_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(args.runs):  # alternate, so drifts in machine load hit both alike
            quiz_times.append(timed_run(quiz_argv, env))
            bare_times.append(timed_run(bare_argv, env))
    ours, baseline = statistics.median(quiz_times), statistics.median(bare_times)
    print(f"quiz  start-up: median {ours * 1000:.0f} ms over {len(quiz_times)} runs "
          f"(min {min(quiz_times) * 1000:.0f}, max {max(quiz_times) * 1000:.0f})")
    print(f"bare  start-up: median {baseline * 1000:.0f} ms over {len(bare_times)} runs "
          f"(min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})")
    print(f"startup_ratio: {ours / baseline:.2f}")


if __name__ == "__main__":
    main()
