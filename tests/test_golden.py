"""Golden tests: the bundled seeds must come out exactly as annotated by hand.

Each ``tests/golden/<id>.json`` holds the expected document of ``seeds/<id>.txt``: header,
author, article paragraphs, comments and one label per input line. Exact equality on all
of them is the project's quality gate (every score 1.000, no chrome leaked).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import herseeds
from herseeds.model import CHROME_PREFIX

GOLDEN = Path(__file__).resolve().parent / "golden"
ROOT = GOLDEN.parent.parent
CASES = sorted(GOLDEN.glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(params=CASES, ids=[case.stem for case in CASES])
def case(request: pytest.FixtureRequest) -> tuple[dict[str, Any], herseeds.Document]:
    expected = _load(request.param)
    return expected, herseeds.clean_file(ROOT / expected["seed"])


def test_there_is_a_golden_file_per_seed() -> None:
    seeds = sorted(path.stem for path in (ROOT / "seeds").glob("*.txt"))
    assert [case.stem for case in CASES] == seeds


def test_labels(case: tuple[dict[str, Any], herseeds.Document]) -> None:
    expected, document = case
    assert list(document.labels) == expected["labels"]


def test_header_and_author(case: tuple[dict[str, Any], herseeds.Document]) -> None:
    expected, document = case
    assert document.title == expected["title"]
    assert document.subtitle == expected["subtitle"]
    assert document.author.name == expected["author"]["name"]
    assert document.author.name_from == expected["author"]["name_from"]
    assert document.author.bio == expected["author"]["bio"]
    assert document.declared_comment_count == expected["declared_comment_count"]


def test_article(case: tuple[dict[str, Any], herseeds.Document]) -> None:
    expected, document = case
    assert list(document.article) == expected["article"]


def test_comments(case: tuple[dict[str, Any], herseeds.Document]) -> None:
    expected, document = case
    got = [
        {"author": c.author, "depth": c.depth, "parent": c.parent, "kind": c.kind, "text": c.text}
        for c in document.comments
    ]
    assert got == expected["comments"]


def test_no_chrome_leaks_into_kept_text(case: tuple[dict[str, Any], herseeds.Document]) -> None:
    expected, document = case
    lines = herseeds.normalize((ROOT / expected["seed"]).read_text(encoding="utf-8")).split("\n")
    chrome = [
        line
        for line, label in zip(lines, expected["labels"], strict=True)
        if label.startswith(CHROME_PREFIX) and len(line) > 3
    ]
    kept = "\n".join([*document.article, *(c.text for c in document.comments)])
    assert [line for line in chrome if line in kept] == []


def test_removed_accounts_for_every_chrome_line(
    case: tuple[dict[str, Any], herseeds.Document],
) -> None:
    _, document = case
    chrome_lines = {i for i, label in enumerate(document.labels) if label.startswith(CHROME_PREFIX)}
    covered = {
        i
        for run in document.removed
        for i in range(run.first_line, run.last_line + 1)
        if document.labels[i] != "blank"
    }
    assert covered == chrome_lines
