"""The engine benchmark runs end to end on a small collection (quiz's side only)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "engine_bench.py"


def test_small_benchmark_prints_quiz_figures() -> None:
    result = subprocess.run([sys.executable, str(BENCH), "--small", "--no-anki", "--runs", "1",
                             "--answers", "20"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    (line,) = [line for line in result.stdout.splitlines() if line.strip().startswith("quiz:")]
    assert "first card" in line and "answer" in line and "peak memory" in line
    assert result.stdout.splitlines()[-1] == "ratios: skipped (--no-anki)"
