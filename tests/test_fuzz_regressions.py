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

from pathlib import Path
from typing import Any, Final

import attrs
import pytest

import herseeds._fuzzing
from herseeds import CleanConfig, Document, HerseedsError, clean, clean_file
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


# -- crashes outside the fuzzers' reach ----------------------------------------------------------


# The fuzz targets leave these two codecs out of their encodings (herseeds._fuzzing.ENCODINGS)
# until this is fixed, or every CI run would stop on it at once.
@pytest.mark.xfail(
    reason="decode() catches UnicodeDecodeError only; these codecs raise a bare UnicodeError, "
    "which CleanConfig(encoding=...) lets through as a text encoding",
    strict=True,
)
@pytest.mark.parametrize("encoding", ["punycode", "undefined"])
def test_a_codec_that_fails_raises_a_herseeds_error(encoding: str, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    # ASCII only: punycode turns a non-ASCII byte into a UnicodeDecodeError, which is caught.
    page.write_bytes(b"A page.\n")
    with pytest.raises(HerseedsError):
        clean_file(page, config=CleanConfig(encoding=encoding))


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
