"""Every input a fuzzer crashed on, and the seed corpus, replayed as the fuzz targets ran them.

``tests/fuzz_regressions/`` holds the crash inputs of ``fuzz/run.py``, minimized, under
names that say what broke, and hand-made hostile inputs (UTF-16/32 with and without a BOM,
cp1252, Shift-JIS, a gzip header, NUL bytes, encoded surrogates, ...). Each file goes
through both targets' checks (``herseeds._fuzzing``), so a file found by one target guards
the other too. The seed corpus (``fuzz/corpus``) is replayed the same way.

A crash that is not fixed yet is a strict xfail in :data:`KNOWN_BUGS`: the test fails as
soon as the bug is fixed, to have its entry removed.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Final

import attrs
import pytest

import herseeds._fuzzing
from herseeds import (
    CleanConfig,
    ConfigError,
    Document,
    NotTextError,
    clean,
    clean_file,
)
from herseeds._fuzzing import check_clean, check_clean_file
from herseeds._invariants import InvariantError, check_document, check_json_round_trip

ROOT: Final = Path(__file__).resolve().parent.parent
REGRESSIONS: Final = ROOT / "tests" / "fuzz_regressions"
CORPUS: Final = ROOT / "fuzz" / "corpus"

KNOWN_BUGS: Final[dict[str, str]] = {}
"""Regression files whose crash is not fixed yet, with what is wrong."""


def _inputs(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.is_file())


def _params(folder: Path) -> list[object]:
    return [
        pytest.param(
            path,
            id=path.name,
            marks=[pytest.mark.xfail(reason=KNOWN_BUGS[path.name], strict=True)]
            if path.name in KNOWN_BUGS
            else [],
        )
        for path in _inputs(folder)
    ]


def test_there_are_regression_inputs() -> None:
    # An empty or missing folder would make the replay tests below vanish without a sound.
    assert len(_inputs(REGRESSIONS)) >= 10
    assert len(_inputs(CORPUS)) >= 5


def test_known_bugs_name_existing_files() -> None:
    assert set(KNOWN_BUGS) <= {path.name for path in _inputs(REGRESSIONS)}


@pytest.mark.parametrize("path", _params(REGRESSIONS) + _params(CORPUS))
def test_clean_target_replays(path: Path) -> None:
    check_clean(path.read_bytes())


@pytest.mark.parametrize("path", _params(REGRESSIONS) + _params(CORPUS))
def test_clean_file_target_replays(path: Path, tmp_path: Path) -> None:
    data = path.read_bytes()
    page = tmp_path / "page.txt"
    check_clean_file(data, page)
    # Whatever its last byte, also through clean_file and with detection: an odd last byte
    # appended takes the clean_file route, and 0x01 names no encoding.
    check_clean_file(data + b"\x01", page)


# -- codecs that fail without a byte offset (lastbyte-punycode-* is the fuzzers' way in) -----


def test_a_codec_that_fails_without_a_position_raises_not_text(tmp_path: Path) -> None:
    """punycode raises a bare UnicodeError, not a UnicodeDecodeError with a byte offset."""
    page = tmp_path / "page.txt"
    page.write_bytes(b"A page.\n")
    with pytest.raises(NotTextError, match=r"page\.txt: the bytes cannot be decoded as punycode"):
        clean_file(page, config=CleanConfig(encoding="punycode"))


def test_the_undefined_codec_is_no_encoding() -> None:
    """Python's "undefined" codec refuses every byte: a configuration error, said at once."""
    with pytest.raises(ConfigError, match="'undefined' is not a text encoding"):
        CleanConfig(encoding="undefined")


# -- the checks catch what they are for -------------------------------------------------------

PAGE: Final = "A Title\n\nBy Ada Lovelace\n\nA first paragraph of prose.\n\nShare this:\nTwitter\n"


def test_check_document_accepts_a_clean_page() -> None:
    document = clean(PAGE)
    check_document(document, PAGE)
    check_json_round_trip(document)
    assert document.removed  # the chrome lines are accounted for, not just absent


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"article": ()}, id="lost-article-line"),
        pytest.param({"removed": ()}, id="lost-removed-run"),
        pytest.param({"labels": ("article",)}, id="too-few-labels"),
    ],
)
def test_check_document_catches_a_broken_document(change: dict[str, Any]) -> None:
    document = attrs.evolve(clean(PAGE), **change)
    with pytest.raises(InvariantError):
        check_document(document, PAGE)


def test_check_clean_catches_a_cleaner_that_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, **_: object) -> Document:
        raise KeyError(text)

    monkeypatch.setattr(herseeds._fuzzing, "clean", broken)
    with pytest.raises(KeyError):
        check_clean(PAGE.encode())


# -- the runner and the minimizer (fuzz/, loaded from their files: they need no atheris) -------


def _load(name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"fuzz_{name}", CORPUS.parent / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules.
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


CRASH_LOG: Final = """\
INFO: Seed: 1905792447
#4096	pulse  cov: 696 ft: 3123 corp: 245/1363Kb lim: 21822 exec/s: 107 rss: 65Mb
#4433	NEW    cov: 696 ft: 3141 corp: 251/1414Kb lim: 21822 exec/s: 108 rss: 65Mb L: 4184/21822

 === Uncaught Python exception: ===
InvariantError: ('comment', 74, '  + reply', 'comment')
Traceback (most recent call last):
  File "fuzz/fuzz_clean.py", line 26, in test_one_input
    check_clean(data)
InvariantError: ('comment', 74, '  + reply', 'comment')

==16600== ERROR: libFuzzer: fuzz target exited
artifact_prefix='fuzz/artifacts/clean-'; Test unit written to fuzz/artifacts/clean-crash-278c
stat::number_of_executed_units: 4446
stat::average_exec_per_sec:     105
"""


def test_the_runner_reports_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run = _load("run", monkeypatch)
    log = tmp_path / "clean.log"
    log.write_text(CRASH_LOG)
    result = run.parse_log("clean", 77, log)
    assert result.failed
    assert (result.seed, result.runs, result.exec_per_second) == (1905792447, 4446, 105)
    assert (result.cov, result.ft) == (696, 3141)
    assert result.artifacts == ("fuzz/artifacts/clean-crash-278c",)
    assert result.traceback.startswith("InvariantError")
    assert result.traceback.endswith("'comment')")
    report = run.report([result])
    assert "clean: FAILED" in report
    assert "input written to fuzz/artifacts/clean-crash-278c" in report


def test_the_runner_refuses_an_unknown_target(monkeypatch: pytest.MonkeyPatch) -> None:
    run = _load("run", monkeypatch)
    with pytest.raises(SystemExit):
        run.main(["no-such-target"])


def test_the_minimizer_keeps_the_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    minimizer = _load("minimize", monkeypatch)

    def check(data: bytes) -> None:
        if b"\x00" in data and b"\n" in data:
            raise ValueError("NUL and a newline")

    data = b"a page\nwith lines\nand one \x00 byte\n"
    small = minimizer.minimize(check, data)
    assert sorted(small) == sorted(b"\x00\n")
    assert minimizer.failure(check, small) == minimizer.failure(check, data)
    with pytest.raises(ValueError, match="does not fail"):
        minimizer.minimize(check, b"fine")
