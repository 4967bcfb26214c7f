"""The corpus of the benchmark suite (benchmarks/bench_corpus.py) is the same for the same
seed, and of the size asked. A smoke test: the suite's timings are never asserted."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench_corpus() -> ModuleType:
    path = ROOT / "benchmarks" / "bench_corpus.py"
    spec = importlib.util.spec_from_file_location("bench_corpus", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_corpus", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_corpus_is_the_same_for_the_same_seed_and_of_the_size_asked(
    bench_corpus: ModuleType,
) -> None:
    def texts(at: int) -> list[str]:
        pool = bench_corpus.generate_pool(at, 6, 1)
        corpus = bench_corpus.build(0.1, at=at, pool=pool, html_pages=3)
        assert 0.1e6 <= corpus.nbytes() <= 0.1e6 + 3 * 60_000  # a page over at most, per part
        for part, share in bench_corpus.SHARES.items():
            assert corpus.nbytes(part) >= share * 0.1e6
        assert len(corpus.parts["html"]) == 3
        return [page.text for page in corpus.pages("whole", "main", "seeds", "html")]

    first = texts(0)
    assert texts(0) == first
    assert texts(1) != first


def test_pages_of_a_given_size(bench_corpus: ModuleType) -> None:
    pool = bench_corpus.generate_pool(0, 4, 1)
    for size in (1_000, 30_000):
        page = bench_corpus.sized_page(random.Random(0), pool, size)
        assert size * 0.5 < len(page.encode("utf-8")) <= size
    for name, text in bench_corpus.pathological_pages(20_000).items():
        assert 20_000 <= len(text.encode("utf-8")) < 25_000, name
