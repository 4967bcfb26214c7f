"""The cleaning API: ``clean``, ``explain``, ``clean_file``, ``clean_corpus``.

``clean_corpus`` records a page that fails as a ``PageError`` and goes on, unless
``errors="raise"``.

These tests hold for any segmentation that keeps the contract of docs/output-format.md: one
valid label per input line, nothing lost (every non-blank line is kept somewhere or
accounted for in ``removed``), article paragraphs are their lines normalized. They do not
assume that every line is article. The check is ``herseeds._invariants.check_document``,
which the fuzz targets (``fuzz/``) share.
"""

from __future__ import annotations

import importlib.metadata
import multiprocessing
import os
import re
import shutil
from collections.abc import Generator
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import herseeds
import herseeds.cleaning
from herseeds import (
    CleanConfig,
    Document,
    HerseedsError,
    InputTypeError,
    NotTextError,
    PageError,
    ReadError,
    clean,
    clean_corpus,
    clean_file,
    explain,
)
from herseeds._invariants import check_document, input_lines
from herseeds.model import is_valid_label

PUBLIC_NAMES = {
    "ArchiveFormatError",
    "Author",
    "CleanConfig",
    "CleanTimeoutError",
    "Comment",
    "ConfigError",
    "Document",
    "DocumentFormatError",
    "HerseedsError",
    "InputTooLargeError",
    "InputTypeError",
    "NotTextError",
    "PageError",
    "ReadError",
    "Removed",
    "ReportSummary",
    "__version__",
    "clean",
    "clean_corpus",
    "clean_file",
    "clean_html",
    "explain",
    "normalize",
    "report",
}

CONFIGS = [
    CleanConfig(),
    CleanConfig(ascii_punctuation=True),
    CleanConfig(fix_mojibake=False),
]


def without_source(document: Document) -> Document:
    return attrs.evolve(document, source=None)


# -- the public API --------------------------------------------------------------------------


def test_all_is_exactly_the_public_api() -> None:
    assert set(herseeds.__all__) == PUBLIC_NAMES
    assert len(herseeds.__all__) == len(PUBLIC_NAMES)


@pytest.mark.parametrize("name", sorted(PUBLIC_NAMES))
def test_public_names_are_importable_and_documented(name: str) -> None:
    value = getattr(herseeds, name)
    if name == "__version__":
        assert isinstance(value, str)
        return
    doc = getattr(value, "__doc__", None)
    assert doc, f"herseeds.{name} has no docstring"
    assert doc.strip()


def test_error_hierarchy() -> None:
    assert issubclass(herseeds.InputTypeError, TypeError)
    assert issubclass(herseeds.ConfigError, ValueError)
    assert issubclass(herseeds.ReadError, OSError)
    assert issubclass(herseeds.NotTextError, ValueError)
    assert issubclass(herseeds.DocumentFormatError, ValueError)
    for name in ("ConfigError", "DocumentFormatError", "InputTypeError", "NotTextError"):
        assert issubclass(getattr(herseeds, name), herseeds.HerseedsError)
    assert issubclass(herseeds.ReadError, herseeds.HerseedsError)


def test_version_is_the_installed_distribution_version() -> None:
    assert herseeds.__version__ == importlib.metadata.version("herseeds")


# -- clean: properties -----------------------------------------------------------------------


@given(st.text())
def test_clean_never_raises_and_labels_every_line(text: str) -> None:
    document = clean(text)
    assert len(document.labels) == len(input_lines(text))
    assert all(is_valid_label(label) for label in document.labels)
    assert document.source is None


@given(st.text(), st.sampled_from(CONFIGS))
def test_clean_loses_nothing(text: str, config: CleanConfig) -> None:
    check_document(clean(text, config=config), text, config)


# Lines made of the characters page dumps are full of: letters, spaces of every kind,
# zero-width characters, controls, curly quotes, mojibake, emoji, list markers, CR.
page_characters = st.one_of(
    st.sampled_from("abcXYZ éü.,;"),
    st.sampled_from(" \t\u00a0\u2003\u202f\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad"),
    st.sampled_from("\x00\x07\x0b\x0c\x1f\x85\u2028\r"),
    st.sampled_from(
        ["Ã©", "â€™", "â€œ", "Â ", "“", "”", "’", "—", "…", "🙂", "👨\u200d👩", "•", "  1. "]
    ),
    st.characters(codec="utf-8"),
)
page_lines = st.lists(page_characters, max_size=20).map("".join)
dump_pages = st.lists(page_lines, min_size=1, max_size=12).map("\n".join)


@given(dump_pages, st.sampled_from(CONFIGS))
def test_clean_loses_nothing_on_messy_pages(text: str, config: CleanConfig) -> None:
    check_document(clean(text, config=config), text, config)


# Every Unicode space and separator except NEL (U+0085): in a web page a lone U+0085 is
# almost always a Windows-1252 ellipsis read as Latin-1, and mojibake repair restores "…".
blank_characters = st.sampled_from(
    " \t\x0b\x0c\x1c\x1d\x1e\x1f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff"
)


@given(st.lists(st.text(blank_characters, max_size=8), min_size=1, max_size=6))
def test_whitespace_and_zero_width_lines_are_blank(blank_lines: list[str]) -> None:
    lines = ["First line.", *blank_lines, "Last line."]
    document = clean("\n".join(lines))
    assert document.labels[1:-1] == ("blank",) * len(blank_lines)
    assert document.labels[0] != "blank"
    assert document.labels[-1] != "blank"


@pytest.mark.parametrize(
    "line", ["", " ", "\t", "\u00a0", "\u00a0 \u00a0", "\u200b", "\ufeff", "\u2003\u200b  "]
)
def test_blank_lines(line: str) -> None:
    document = clean(f"Text.\n{line}\nMore text.")
    assert document.labels[1] == "blank"
    assert len(document.labels) == 3


@given(st.text(), st.sampled_from(CONFIGS))
def test_explain_agrees_with_clean(text: str, config: CleanConfig) -> None:
    explained = explain(text, config=config)
    assert [line for line, _ in explained] == input_lines(text)
    assert tuple(decision.label for _, decision in explained) == clean(text, config=config).labels
    assert all(decision.rule for _, decision in explained)


@given(st.text())
def test_clean_is_deterministic(text: str) -> None:
    assert clean(text) == clean(text)
    assert clean(text, source="page.txt") == attrs.evolve(clean(text), source="page.txt")


# -- clean: examples -------------------------------------------------------------------------


def test_clean_small_page() -> None:
    text = "A first paragraph.\r\n\r\nA\u00a0second  one.\r\n"
    document = clean(text, source="x.txt")
    assert document.source == "x.txt"
    assert len(document.labels) == 4
    assert document.labels[1] == document.labels[3] == "blank"
    check_document(document, text)
    assert without_source(document) == clean(text.replace("\r\n", "\n"))


def test_clean_empty_text() -> None:
    document = clean("")
    assert document.labels == ("blank",)
    assert document.article == ()
    assert document.removed == ()


def test_final_newline_gives_a_last_blank_line() -> None:
    without_newline = clean("Line.")
    with_newline = clean("Line.\n")
    assert len(without_newline.labels) == 1
    assert without_newline.labels[0] != "blank"
    assert with_newline.labels == (*without_newline.labels, "blank")


def test_ascii_punctuation_option() -> None:
    text = "“Her” isn’t a film — it’s a mirror…\n\nIt is “her” film… and it’s — ours."
    check_document(clean(text), text)
    ascii_document = clean(text, config=CleanConfig(ascii_punctuation=True))
    check_document(ascii_document, text, CleanConfig(ascii_punctuation=True))
    assert all(paragraph.isascii() for paragraph in ascii_document.article)
    assert ascii_document.to_json().isascii()


@pytest.mark.parametrize("text", [b"bytes", bytearray(b"bytes")])
def test_clean_refuses_bytes_and_points_to_clean_file(text: object) -> None:
    with pytest.raises(InputTypeError, match="clean_file") as raised:
        clean(text)  # type: ignore[arg-type]
    assert isinstance(raised.value, TypeError)
    assert isinstance(raised.value, HerseedsError)


@pytest.mark.parametrize("text", [None, 42, ["a line"], Path("page.txt")])
def test_clean_refuses_non_text(text: object) -> None:
    with pytest.raises(InputTypeError, match=type(text).__name__):
        clean(text)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        explain(text)  # type: ignore[arg-type]


@pytest.mark.parametrize("config", [{"ascii_punctuation": True}, "cp1252", True, CleanConfig])
def test_config_of_the_wrong_type(config: object, seed_paths: list[Path]) -> None:
    with pytest.raises(InputTypeError, match="CleanConfig"):
        clean("Text.", config=config)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="CleanConfig"):
        explain("Text.", config=config)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="CleanConfig"):
        clean_file(seed_paths[0], config=config)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="CleanConfig"):
        list(clean_corpus(seed_paths, config=config))  # type: ignore[call-overload]


class _StrPath:
    """A path-like object of one's own, giving a str: taken like a ``Path``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return str(self.path)


class _BytesPath:
    """A path-like object giving bytes, as ``os.scandir(b".")`` yields."""

    def __fspath__(self) -> bytes:
        return b"page.txt"


def test_clean_file_takes_str_and_path_likes(seed_paths: list[Path]) -> None:
    path = seed_paths[0]
    documents = [clean_file(given) for given in (str(path), path, _StrPath(path))]
    assert documents[0].source == str(path)
    assert documents == [documents[0]] * 3


@pytest.mark.parametrize("path", [None, 42, 1.5, ["page.txt"], object()])
def test_clean_file_refuses_a_path_of_the_wrong_type_at_the_call(path: object) -> None:
    with pytest.raises(InputTypeError) as raised:
        clean_file(path)  # type: ignore[arg-type]
    error = raised.value
    assert str(error) == f"path must be a str or os.PathLike, not {type(path).__name__}"
    assert isinstance(error, TypeError)
    assert isinstance(error, HerseedsError)
    # Raised by herseeds' own check, not from inside pathlib, and not while handling another.
    assert Path(raised.traceback[-1].path).parent == Path(herseeds.cleaning.__file__).parent
    assert error.__context__ is None


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (b"page.txt", "bytes"),
        (bytearray(b"page.txt"), "bytearray"),
        (_BytesPath(), "_BytesPath giving bytes"),
    ],
)
def test_clean_file_refuses_bytes_paths_and_says_how_to_decode_them(
    path: object, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file exists: the path is refused for its type, not because nothing is there.
    monkeypatch.chdir(tmp_path)
    Path("page.txt").write_text("A page.\n", encoding="utf-8")
    with pytest.raises(InputTypeError, match=re.escape(f"not {kind} (")) as raised:
        clean_file(path)  # type: ignore[arg-type]
    assert "os.fsdecode()" in str(raised.value)
    assert clean_file(os.fsdecode(b"page.txt")).article == ("A page.",)


def test_clean_file_refuses_a_path_like_giving_neither_str_nor_bytes() -> None:
    class Broken:
        def __fspath__(self) -> int:
            return 3

    with pytest.raises(InputTypeError) as raised:
        clean_file(Broken())  # type: ignore[arg-type]
    assert str(raised.value) == "path must be a str or os.PathLike giving a str, not Broken"


@pytest.mark.parametrize("max_bytes", [None, 100])
def test_clean_file_path_with_a_nul_is_a_read_error(max_bytes: int | None) -> None:
    with pytest.raises(ReadError, match="NUL") as raised:
        clean_file("page\0.txt", config=CleanConfig(max_bytes=max_bytes))
    assert isinstance(raised.value, OSError)


# -- the seeds -------------------------------------------------------------------------------


def test_seeds_are_accounted_for(seed_paths: list[Path]) -> None:
    assert len(seed_paths) == 5
    for path in seed_paths:
        text = path.read_text(encoding="utf-8")
        document = clean_file(path)
        assert len(document.labels) == text.count("\n") + 1, path.name
        check_document(document, text)
        assert document.article, path.name  # every seed is an article page
        ascii_config = CleanConfig(ascii_punctuation=True)
        check_document(clean_file(path, config=ascii_config), text, ascii_config)


def test_explain_on_a_seed(seed_paths: list[Path]) -> None:
    text = seed_paths[2].read_text(encoding="utf-8")
    explained = explain(text)
    assert [line for line, _ in explained] == text.split("\n")
    assert tuple(decision.label for _, decision in explained) == clean(text).labels


# -- clean_corpus ----------------------------------------------------------------------------


def test_clean_corpus_over_the_seeds(seeds_dir: Path, seed_paths: list[Path]) -> None:
    documents = list(clean_corpus([seeds_dir]))
    assert len(documents) == 5
    assert [document.source for document in documents] == [os.fspath(p) for p in seed_paths]
    assert documents == [clean_file(path) for path in seed_paths]


def test_clean_corpus_with_two_workers_is_the_same(seeds_dir: Path) -> None:
    assert list(clean_corpus([seeds_dir], workers=2)) == list(clean_corpus([seeds_dir], workers=1))
    assert list(clean_corpus([seeds_dir], workers=2)) == list(clean_corpus([seeds_dir]))


def test_clean_corpus_passes_the_config_on(seeds_dir: Path, seed_paths: list[Path]) -> None:
    config = CleanConfig(ascii_punctuation=True)
    for workers in (1, 2):
        documents = list(clean_corpus([seeds_dir], config=config, workers=workers))
        assert documents == [clean_file(path, config=config) for path in seed_paths]
        assert documents != list(clean_corpus([seeds_dir]))


def test_clean_corpus_mixes_files_and_directories(seeds_dir: Path, seed_paths: list[Path]) -> None:
    documents = list(clean_corpus([seed_paths[4], seeds_dir, str(seed_paths[0])]))
    assert [document.source for document in documents] == [
        os.fspath(seed_paths[4]),
        *(os.fspath(path) for path in seed_paths),
        str(seed_paths[0]),
    ]


def test_clean_corpus_of_nothing() -> None:
    assert list(clean_corpus([])) == []


def _corpus_with_a_bad_file(folder: Path, seed_paths: list[Path]) -> tuple[Path, Path]:
    shutil.copy(seed_paths[0], folder / "a.txt")
    bad = folder / "b.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    shutil.copy(seed_paths[1], folder / "c.txt")
    return folder / "a.txt", bad


@pytest.mark.parametrize("workers", [1, 2])
def test_clean_corpus_records_a_failing_page_and_goes_on(
    tmp_path: Path, seed_paths: list[Path], workers: int
) -> None:
    good, bad = _corpus_with_a_bad_file(tmp_path, seed_paths)
    records = list(clean_corpus([tmp_path], workers=workers))
    assert records[0] == clean_file(good)
    assert records[2] == clean_file(tmp_path / "c.txt")
    error = records[1]
    assert isinstance(error, PageError)
    assert error.source == os.fspath(bad)
    assert error.error == "NotTextError"
    with pytest.raises(NotTextError) as raised:
        clean_file(bad)
    assert error.message == str(raised.value)
    assert list(clean_corpus([tmp_path], workers=workers, errors="record")) == records


@pytest.mark.parametrize("workers", [1, 2])
def test_clean_corpus_raises_the_first_error(
    tmp_path: Path, seed_paths: list[Path], workers: int
) -> None:
    good, bad = _corpus_with_a_bad_file(tmp_path, seed_paths)
    documents = clean_corpus([tmp_path], workers=workers, errors="raise")
    assert next(documents) == clean_file(good)
    with pytest.raises(NotTextError, match=re.escape(os.fspath(bad))):
        next(documents)


def test_clean_corpus_types_follow_errors(seeds_dir: Path) -> None:
    # mypy --strict checks these annotations: errors="raise" gives documents only.
    documents: list[Document] = list(clean_corpus([seeds_dir], errors="raise"))
    records: list[Document | PageError] = list(clean_corpus([seeds_dir]))
    assert documents == records


def _fail_on(name: str, error: Exception) -> object:
    real_clean = herseeds.cleaning.clean

    def clean_or_fail(text: str, **options: object) -> Document:
        if str(options["source"]).endswith(name):
            raise error
        return real_clean(text, **options)  # type: ignore[arg-type]

    return clean_or_fail


def test_clean_corpus_records_unexpected_errors_too(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _corpus_with_a_bad_file(tmp_path, seed_paths)
    monkeypatch.setattr(herseeds.cleaning, "clean", _fail_on("c.txt", IndexError("oops")))
    records = list(clean_corpus([tmp_path]))
    assert [type(record).__name__ for record in records] == ["Document", "PageError", "PageError"]
    assert records[2] == PageError(os.fspath(tmp_path / "c.txt"), "IndexError", "oops")
    # Raising, only HerseedsError is caught and re-raised: a bug propagates as it is.
    with pytest.raises(NotTextError):
        list(clean_corpus([tmp_path], errors="raise"))
    (tmp_path / "b.txt").unlink()
    with pytest.raises(IndexError, match="oops"):
        list(clean_corpus([tmp_path], errors="raise"))


def test_an_error_without_a_message_is_named_by_its_type(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _corpus_with_a_bad_file(tmp_path, seed_paths)
    monkeypatch.setattr(herseeds.cleaning, "clean", _fail_on("a.txt", RuntimeError()))
    error = next(iter(clean_corpus([tmp_path])))
    assert error == PageError(os.fspath(tmp_path / "a.txt"), "RuntimeError", "RuntimeError")


@pytest.mark.parametrize("errors", ["ignore", "RAISE", "", None, True, ("raise",)])
def test_bad_errors_value(errors: object, seeds_dir: Path) -> None:
    with pytest.raises(InputTypeError, match="errors must be 'record' or 'raise'"):
        clean_corpus([seeds_dir], errors=errors)  # type: ignore[call-overload]


def test_clean_corpus_checks_its_arguments_at_the_call(seeds_dir: Path, tmp_path: Path) -> None:
    # No iteration: the call itself raises.
    with pytest.raises(ReadError, match="missing"):
        clean_corpus([tmp_path / "missing"])
    with pytest.raises(InputTypeError, match="workers"):
        clean_corpus([seeds_dir], workers=0)
    with pytest.raises(InputTypeError, match="CleanConfig"):
        clean_corpus([seeds_dir], config="cp1252", errors="raise")  # type: ignore[call-overload]


def test_clean_corpus_raises_read_error_for_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="missing"):
        list(clean_corpus([tmp_path / "missing"]))


def test_closing_clean_corpus_early_stops_the_workers(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    for index in range(40):
        shutil.copy(seed_paths[index % 5], tmp_path / f"{index:02}.txt")
    records = clean_corpus([tmp_path], workers=2)
    assert next(records) == clean_file(tmp_path / "00.txt")
    assert multiprocessing.active_children()
    assert isinstance(records, Generator)
    records.close()
    assert multiprocessing.active_children() == []
    assert list(records) == []


def test_clean_corpus_errors_are_the_same_with_workers(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    _corpus_with_a_bad_file(tmp_path, seed_paths)
    (tmp_path / "d.txt").write_bytes(b"%PDF-1.7\n")
    one = list(clean_corpus([tmp_path], workers=1))
    two = list(clean_corpus([tmp_path], workers=2))
    assert one == two
    assert [type(record).__name__ for record in one] == [
        "Document",
        "PageError",
        "Document",
        "PageError",
    ]


@pytest.mark.parametrize("workers", [0, -1, "2", 2.0, True])
def test_bad_workers(workers: object, seeds_dir: Path) -> None:
    with pytest.raises(InputTypeError, match="workers") as raised:
        list(clean_corpus([seeds_dir], workers=workers))  # type: ignore[call-overload]
    assert isinstance(raised.value, TypeError)
    with pytest.raises(InputTypeError, match="workers"):
        list(clean_corpus([seeds_dir], workers=workers, errors="raise"))  # type: ignore[call-overload]


def test_clean_corpus_refuses_a_single_path(seeds_dir: Path) -> None:
    with pytest.raises(InputTypeError):
        list(clean_corpus(str(seeds_dir)))
    with pytest.raises(InputTypeError):
        list(clean_corpus(seeds_dir))  # type: ignore[call-overload]
