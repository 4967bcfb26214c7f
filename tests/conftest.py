"""Shared test set-up: hypothesis profiles and paths to the bundled corpus.

Profiles: ``ci`` (deterministic: derandomized, no deadline, no example database), used
when the ``CI`` environment variable is set or ``HYPOTHESIS_PROFILE=ci``; ``dev`` (the
default elsewhere, random, more examples); ``thorough`` for long local runs; ``random``,
the ``ci`` profile but not derandomized: ``.ci/run`` runs the properties a second time
with it and a random ``--hypothesis-seed``, which it prints, so that CI explores what a
user's first run may, and a failure is replayed with
``HYPOTHESIS_PROFILE=random pytest -m hypothesis --hypothesis-seed=N``. Every case a
random run finds becomes an explicit ``@example`` on its test.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    database=None,
    max_examples=100,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("random", settings.get_profile("ci"), derandomize=False)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    """The bundled corpus: five page dumps."""
    return SEEDS


@pytest.fixture
def seed_paths() -> list[Path]:
    """The five seed page dumps, sorted by name."""
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def corpus_with_a_bad_page(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """Two good pages around a PNG that was saved as a page: ``tmp_path/corpus``, holding
    ``a.txt``, ``b-image.txt`` and ``c.txt``."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seed_paths[0], corpus / "a.txt")
    (corpus / "b-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    shutil.copy(seed_paths[3], corpus / "c.txt")
    return corpus
