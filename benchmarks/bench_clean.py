"""Throughput of herseeds on the bundled corpus: normalize, clean, and the file path.

Run: ``.venv/bin/python benchmarks/bench_clean.py [--repeat N]``. Prints MB/s (of UTF-8
input) for each stage, best of N runs, so figures can be quoted in issue notes. Not a test:
nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import herseeds
from herseeds.normalizing import normalize

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def best_seconds(work: Callable[[], object], repeat: int) -> float:
    """Return the fastest of *repeat* timed runs of *work*."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per stage")
    parser.add_argument("--copies", type=int, default=20, help="copies of the corpus per run")
    args = parser.parse_args()

    pages = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    corpus = pages * args.copies
    # The same pages as they look after a UTF-8 -> cp1252 misreading: every line suspect.
    mojibake = [page.encode("utf-8").decode("cp1252", errors="replace") for page in pages]
    size = sum(len(page.encode("utf-8")) for page in corpus)
    mojibake_size = sum(len(page.encode("utf-8")) for page in mojibake)

    stages: list[tuple[str, Callable[[], object], int]] = [
        ("normalize (clean text)", lambda: [normalize(page) for page in corpus], size),
        (
            "normalize (mojibake, ftfy)",
            lambda: [normalize(page) for page in mojibake],
            mojibake_size,
        ),
        ("clean", lambda: [herseeds.clean(page) for page in corpus], size),
        (
            "clean_corpus (files)",
            lambda: list(herseeds.clean_corpus([SEEDS])),
            len(pages) and sum(len(page.encode("utf-8")) for page in pages),
        ),
    ]
    print(f"corpus: {len(corpus)} pages, {size / 1e6:.2f} MB; best of {args.repeat} runs")
    for name, work, nbytes in stages:
        work()  # warm up: imports, compiled patterns
        seconds = best_seconds(work, args.repeat)
        print(f"{name:32} {nbytes / 1e6 / seconds:8.1f} MB/s  ({seconds * 1e3:7.1f} ms)")


if __name__ == "__main__":
    main()
