"""Properties of Document <-> dict / JSON / JSON Lines conversion."""

from __future__ import annotations

import copy
import io
import json
from typing import TYPE_CHECKING, Any, Final

import attrs
import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from herseeds import Author, Comment, Document, DocumentFormatError, PageError, Removed
from herseeds.errors import HerseedsError
from herseeds.export import (
    from_dict,
    from_json,
    from_jsonl,
    records_from_jsonl,
    to_dict,
    to_json,
    to_jsonl_line,
)
from tests.strategies import NAME_EVIDENCE, documents, labels, realistic_text

if TYPE_CHECKING:
    from collections.abc import Callable

# --- round trips -----------------------------------------------------------------------------


def _assert_plain_json_data(value: object) -> None:
    """Only what JSON has: dict with str keys, list (never tuple), str, int, None."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str)
            _assert_plain_json_data(item)
    elif isinstance(value, list):
        for item in value:
            _assert_plain_json_data(item)
    else:
        assert value is None or type(value) in {str, int}, repr(value)


@given(documents())
def test_dict_round_trip(document: Document) -> None:
    data = to_dict(document)
    assert from_dict(data) == document
    assert Document.from_dict(document.to_dict()) == document
    # Plain JSON data, field for field: what the JSON text holds.
    _assert_plain_json_data(data)
    assert data == json.loads(document.to_json())
    assert data == json.loads(to_json(document, indent=True))
    assert set(data) == {field.name for field in attrs.fields(Document)}
    assert set(data["author"]) == {field.name for field in attrs.fields(Author)}
    assert data["article"] == list(document.article)
    assert data["labels"] == list(document.labels)
    assert len(data["comments"]) == len(document.comments)
    for record in data["comments"]:
        assert set(record) == {field.name for field in attrs.fields(Comment)}
    for record in data["removed"]:
        assert set(record) == {field.name for field in attrs.fields(Removed)}
    # The dict is fresh data: changing it changes neither the document nor the next dict.
    data["article"].append("changed")
    data["author"]["name"] = "changed"
    assert to_dict(document) != data
    assert from_dict(to_dict(document)) == document


@given(documents(), st.booleans())
def test_json_round_trip(document: Document, indent: bool) -> None:
    text = to_json(document, indent=indent)
    assert isinstance(text, str)
    assert from_json(text) == document
    assert from_json(text.encode("utf-8")) == document
    assert document.to_json(indent=indent) == text
    # One line unless indented.
    assert ("\n" in text) == indent
    # A JSON Lines line: that JSON as UTF-8, and exactly one line end, at the end.
    line = to_jsonl_line(document)
    assert isinstance(line, bytes)
    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1
    assert b"\r" not in line
    assert line.decode("utf-8") == to_json(document) + "\n"


# --- JSON Lines ------------------------------------------------------------------------------


@given(
    st.lists(documents(text=st.text(max_size=10)), max_size=8),
    st.lists(st.sampled_from(["", "\n", "  \n", "\n\n"]), min_size=8, max_size=8),
)
def test_jsonl_round_trip(docs: list[Document], blanks: list[str]) -> None:
    data = b"".join(to_jsonl_line(document) for document in docs)
    # As read from a binary file, from a text file (universal newlines), and from a list.
    assert list(from_jsonl(io.BytesIO(data))) == docs
    assert list(from_jsonl(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))) == docs
    assert list(from_jsonl([to_jsonl_line(document) for document in docs])) == docs
    # Blank lines between records are skipped.
    padded = "".join(
        blank + to_json(document) + "\n" for blank, document in zip(blanks, docs, strict=False)
    )
    assert list(from_jsonl(io.StringIO(padded))) == docs


@given(st.text(min_size=1), st.text(min_size=1))
def test_any_source_and_message_can_be_written(source: str, message: str) -> None:
    """Lone surrogates (a file name's bytes that are not UTF-8) become ``\\xNN`` escapes,
    so a page's record is always valid JSON; the escaping is done once, when the record
    is made, and read back as it is."""
    document = Document(source=source)
    assert from_json(to_json(document)) == document
    assert Document(source=document.source) == document
    error = PageError(source, "NotTextError", message)
    assert list(records_from_jsonl([to_jsonl_line(error)])) == [error]
    assert PageError(error.source, error.error, error.message) == error
    if not any("\ud800" <= char <= "\udfff" for char in source):
        assert document.source == source  # text without surrogates is left alone
    else:
        assert document.source != source


def test_jsonl_is_lazy_and_reports_the_bad_line() -> None:
    good = to_jsonl_line(Document(article=("Hi.",), labels=("article",)))
    lines = iter([good, b"\n", b'{"title": 5}\n', good])
    documents_read = from_jsonl(lines)
    assert next(documents_read).article == ("Hi.",)
    with pytest.raises(DocumentFormatError, match="line 3"):
        next(documents_read)


def test_jsonl_of_nothing() -> None:
    assert list(from_jsonl([])) == []
    assert list(from_jsonl(["", "\n", b" \n"])) == []


# --- error records ---------------------------------------------------------------------------

_NON_EMPTY: Final = st.text(min_size=1, max_size=12)
PAGE_ERRORS: Final = st.builds(PageError, _NON_EMPTY, _NON_EMPTY, _NON_EMPTY)


@given(PAGE_ERRORS)
def test_page_error_record(error: PageError) -> None:
    line = to_jsonl_line(error)
    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1
    assert json.loads(line) == {
        "source": error.source,
        "error": error.error,
        "message": error.message,
    }
    assert list(json.loads(line)) == ["source", "error", "message"]
    assert list(records_from_jsonl([line])) == [error]


@given(st.lists(st.one_of(documents(text=st.text(max_size=10)), PAGE_ERRORS), max_size=8))
def test_records_round_trip(records: list[Document | PageError]) -> None:
    data = b"".join(to_jsonl_line(record) for record in records)
    assert list(records_from_jsonl(io.BytesIO(data))) == records
    assert list(records_from_jsonl(io.StringIO(data.decode("utf-8")))) == records
    # from_jsonl reads the documents and skips the error records.
    documents_only = [record for record in records if isinstance(record, Document)]
    assert list(from_jsonl(io.BytesIO(data))) == documents_only


def test_from_jsonl_skips_error_records() -> None:
    document = Document(source="a.txt", article=("Hi.",), labels=("article",))
    error = PageError("b.txt", "NotTextError", "b.txt: this is a PNG image")
    lines = [to_jsonl_line(document), b"\n", to_jsonl_line(error), to_jsonl_line(document)]
    assert list(from_jsonl(lines)) == [document, document]
    assert list(records_from_jsonl(lines)) == [document, error, document]


@pytest.mark.parametrize(
    "record",
    [
        {"error": "NotTextError"},
        {"source": "a.txt", "error": "NotTextError"},
        {"source": "", "error": "NotTextError", "message": "m"},
        {"source": "a.txt", "error": "", "message": "m"},
        {"source": "a.txt", "error": "NotTextError", "message": ""},
        {"source": None, "error": "NotTextError", "message": "m"},
        {"source": "a.txt", "error": 3, "message": "m"},
        {"source": "a.txt", "error": "NotTextError", "message": ["m"]},
        {"source": "a.txt", "error": "NotTextError", "message": "m", "title": None},
        {"error": None, "title": "A document with an error field"},
    ],
)
def test_bad_error_records_are_rejected_with_their_line(record: dict[str, Any]) -> None:
    good = to_jsonl_line(PageError("a.txt", "ReadError", "a.txt: no such file"))
    records = records_from_jsonl([good, "", json.dumps(record)])
    assert next(records) == PageError("a.txt", "ReadError", "a.txt: no such file")
    with pytest.raises(DocumentFormatError, match="line 3: not a herseeds error record"):
        next(records)
    with pytest.raises(DocumentFormatError, match="line 1"):
        list(from_jsonl([json.dumps(record)]))


@pytest.mark.parametrize("line", ["[]", "1", "null", '"x"', "{", "NaN"])
def test_records_that_are_not_objects_are_rejected(line: str) -> None:
    with pytest.raises(DocumentFormatError, match="line 2"):
        list(records_from_jsonl(["{}", line]))


@pytest.mark.parametrize(
    "fields",
    [
        ("", "NotTextError", "m"),
        ("a.txt", "", "m"),
        ("a.txt", "NotTextError", ""),
        (None, "NotTextError", "m"),
        ("a.txt", NotImplementedError, "m"),
    ],
)
def test_page_error_fields_must_be_non_empty_strings(fields: tuple[Any, Any, Any]) -> None:
    with pytest.raises(DocumentFormatError, match="must be a non-empty string"):
        PageError(*fields)


def test_page_error_is_frozen() -> None:
    error = PageError("a.txt", "ReadError", "a.txt: no such file")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        error.message = "changed"  # type: ignore[misc]
    assert hash(error) == hash(PageError("a.txt", "ReadError", "a.txt: no such file"))


# --- non-ASCII text --------------------------------------------------------------------------

NON_ASCII = [
    "Her 🎬 ❤️ 👨\u200d👩\u200d👧",
    "東京で映画を見た",
    "한국어",
    "עברית: הסרט",
    "العربية والسينما",
    "“Curly” ‘quotes’ — dashes… €5",
    "naïve café Zürich",
]


@pytest.mark.parametrize("text", NON_ASCII)
def test_non_ascii_is_written_unescaped(text: str) -> None:
    document = Document(title=text, article=(text,), comments=(Comment(author=text, text=text),))
    assert to_json(document).count(text) == 4
    assert to_json(document, indent=True).count(text) == 4
    assert to_jsonl_line(document).count(text.encode("utf-8")) == 4
    assert "\\u" not in to_json(document)
    assert from_json(to_json(document)) == document


@given(realistic_text())
def test_realistic_text_is_written_unescaped(text: str) -> None:
    document = Document(article=(text,))
    assert text in to_json(document)
    assert next(from_jsonl([to_jsonl_line(document)])).text == text


# --- malformed input -------------------------------------------------------------------------


def _assert_format_error(data: Any) -> DocumentFormatError:
    with pytest.raises(DocumentFormatError) as info:
        from_dict(data)
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, HerseedsError)
    assert not isinstance(error, cattrs.BaseValidationError)
    assert str(error)
    return error


# Documents for the malformed-input tests: what matters is their shape, not their text.
_RECORDS: Final = documents(text=st.text(max_size=4)).map(to_dict)
_RECORDS_WITH_OBJECTS: Final = st.one_of(
    documents(text=st.text(max_size=4), min_comments=1),
    documents(text=st.text(max_size=4), min_removed=1),
).map(to_dict)


def _at(data: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _json_path(path: tuple[str | int, ...]) -> str:
    """The path as cattrs writes it in messages: ``$.comments[0].depth``."""
    return "$" + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)


def _objects(record: dict[str, Any]) -> list[tuple[str | int, ...]]:
    """The paths of every object in *record*: (), ("author",), ("comments", 0), ..."""
    paths: list[tuple[str | int, ...]] = [(), ("author",)]
    paths += [("comments", index) for index in range(len(record["comments"]))]
    paths += [("removed", index) for index in range(len(record["removed"]))]
    return paths


@given(_RECORDS, st.data(), st.text(min_size=1, max_size=8))
def test_extra_keys_are_rejected(record: dict[str, Any], data: st.DataObject, key: str) -> None:
    path = data.draw(st.sampled_from(_objects(record)))
    target = _at(record, path)
    if key in target:
        key += "_extra"
    target[key] = None
    error = _assert_format_error(record)
    assert "extra" in str(error)
    assert key in str(error)


KINDS: Final = ("comment", "pingback")


def _not_in(values: tuple[str, ...]) -> Callable[[str], bool]:
    return lambda value: value not in values


_NOT_STR: Final = st.one_of(
    st.integers(), st.floats(allow_nan=False), st.booleans(), st.lists(st.text(), max_size=2)
)
_NOT_INT: Final = st.one_of(
    st.text(max_size=3), st.floats(allow_nan=False), st.booleans(), st.lists(st.integers())
)
_NOT_ARRAY: Final = st.one_of(
    st.none(), st.text(max_size=5), st.integers(), st.dictionaries(st.text(), st.text())
)
_NOT_OBJECT: Final = st.one_of(st.none(), st.text(max_size=5), st.integers(), st.lists(st.text()))

Slot = tuple[tuple[str | int, ...], st.SearchStrategy[Any]]


def _slots(record: dict[str, Any]) -> list[Slot]:
    """Every place in *record*, each with values of a type it does not take."""
    slots: list[Slot] = [
        (("source",), _NOT_STR),
        (("title",), _NOT_STR),
        (("subtitle",), _NOT_STR),
        (("author",), _NOT_OBJECT),
        (("author", "name"), _NOT_STR),
        (("author", "name_from"), _NOT_STR | st.text(max_size=5).filter(_not_in(NAME_EVIDENCE))),
        (("author", "bio"), _NOT_STR),
        (("article",), _NOT_ARRAY),
        (("comments",), _NOT_ARRAY),
        (("declared_comment_count",), _NOT_INT),
        (("labels",), _NOT_ARRAY),
        (("removed",), _NOT_ARRAY),
    ]
    for name in ("article", "labels"):
        slots += [((name, index), st.none() | _NOT_STR) for index in range(len(record[name]))]
    for index in range(len(record["comments"])):
        slots += [
            (("comments", index), _NOT_OBJECT),
            (("comments", index, "author"), _NOT_STR),
            (("comments", index, "text"), st.none() | _NOT_STR),
            (("comments", index, "depth"), st.none() | _NOT_INT),
            (("comments", index, "parent"), _NOT_INT),
            (("comments", index, "kind"), _NOT_STR | st.text(max_size=8).filter(_not_in(KINDS))),
        ]
    for index in range(len(record["removed"])):
        slots += [
            (("removed", index), _NOT_OBJECT),
            (("removed", index, "kind"), st.none() | _NOT_STR),
            (("removed", index, "text"), st.none() | _NOT_STR),
            (("removed", index, "first_line"), st.none() | _NOT_INT),
            (("removed", index, "last_line"), st.none() | _NOT_INT),
        ]
    return slots


@given(_RECORDS, st.data())
def test_values_of_the_wrong_type_are_rejected(record: dict[str, Any], data: st.DataObject) -> None:
    path, wrong = data.draw(st.sampled_from(_slots(record)))
    _at(record, path[:-1])[path[-1]] = data.draw(wrong)
    error = _assert_format_error(record)
    assert _json_path(path) in str(error)


@given(_RECORDS_WITH_OBJECTS, st.data())
def test_missing_required_fields_are_rejected(record: dict[str, Any], data: st.DataObject) -> None:
    # A comment needs its author (None when there is none) and text; a run all its fields.
    required = [
        (("comments", index), name)
        for index in range(len(record["comments"]))
        for name in ("author", "text")
    ]
    required += [
        (("removed", index), name)
        for index in range(len(record["removed"]))
        for name in ("kind", "text", "first_line", "last_line")
    ]
    path, name = data.draw(st.sampled_from(required))
    del _at(record, path)[name]
    error = _assert_format_error(record)
    assert "required field missing" in str(error)
    assert _json_path((*path, name)) in str(error)


@given(_RECORDS, st.lists(labels(), max_size=3), st.sampled_from(["chrome:", "junk", "Blank"]))
def test_bad_labels_are_rejected(record: dict[str, Any], good: list[str], bad: str) -> None:
    record["labels"] = [*good, bad, *record["labels"]]
    error = _assert_format_error(record)
    assert repr(bad) in str(error)


@pytest.mark.parametrize(
    "record",
    [
        {"comments": [{"author": None, "text": "x", "depth": -1, "parent": None}]},
        {"comments": [{"author": None, "text": "x", "depth": 0, "parent": 0}]},
        {"comments": [{"author": None, "text": "x", "depth": 1, "parent": None}]},
        {"comments": [{"author": None, "text": "x", "depth": 1, "parent": 1}]},
        {"comments": [{"author": None, "text": "x", "kind": "trackback"}]},
        {"removed": [{"kind": "x", "text": "x", "first_line": 3, "last_line": 2}]},
        {"removed": [{"kind": "x", "text": "x", "first_line": -1, "last_line": 2}]},
        {"removed": [{"kind": "Comment Form", "text": "x", "first_line": 0, "last_line": 0}]},
        {"author": {"name": "Ada", "name_from": "signature"}},
        {"declared_comment_count": -1},
        {"labels": ["article", "chrome:"]},
    ],
)
def test_invalid_values_are_rejected(record: dict[str, Any]) -> None:
    _assert_format_error(record)
    with pytest.raises(DocumentFormatError):
        from_json(json.dumps(record))


@pytest.mark.parametrize(
    "record",
    [
        {"title": 5},
        {"title": b"Title"},
        {"title": ["Title"]},
        {"article": "One paragraph."},
        {"article": [1, 2]},
        {"article": {"a": 1}},
        {"labels": {"article": 1}},
        {"labels": "article"},
        {"declared_comment_count": "3"},
        {"declared_comment_count": 3.7},
        {"declared_comment_count": True},
        {"comments": [{"author": None, "text": "x", "depth": "1", "parent": 0}]},
        {"comments": [{"author": 7, "text": "x"}]},
        {"comments": [{"author": None, "text": "x", "depth": 1, "parent": False}]},
        {"removed": [{"kind": "x", "text": "x", "first_line": 0, "last_line": 0.0}]},
        {"author": "Ada"},
        {"author": None},
        {"author": {"name": 1}},
        {"comments": "none"},
    ],
)
def test_values_of_the_wrong_type_are_not_coerced(record: dict[str, Any]) -> None:
    _assert_format_error(record)


@pytest.mark.parametrize(
    "data", [None, [], ["title"], "title", 5, {1: 2}, {"author": {1: 2}}, {("a",): 1}]
)
def test_non_records_are_rejected(data: Any) -> None:
    _assert_format_error(data)


@pytest.mark.parametrize("text", ["[]", "1", "null", '"x"', "true", "[{}]", "3.5"])
def test_json_that_is_not_an_object_is_rejected(text: str) -> None:
    with pytest.raises(DocumentFormatError, match="not a herseeds document"):
        from_json(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "{'title': 'x'}",
        '{"title": "x",}',
        "NaN",
        "{} {}",
        b"\xff\xfe",
        b'{"title": "\xff"}',
    ],
)
def test_invalid_json_is_rejected(text: str | bytes) -> None:
    with pytest.raises(DocumentFormatError) as info:
        from_json(text)
    assert isinstance(info.value, ValueError)


@given(st.binary(max_size=30) | st.text(max_size=30))
def test_any_input_gives_a_document_or_a_format_error(text: str | bytes) -> None:
    try:
        document = from_json(text)
    except DocumentFormatError:
        return
    assert from_json(to_json(document)) == document


def test_empty_record_is_the_default_document() -> None:
    assert from_dict({}) == Document()
    assert from_json("{}") == Document()


def test_from_dict_does_not_change_its_input() -> None:
    record = to_dict(Document(article=("Hi.",), labels=("article",)))
    before = copy.deepcopy(record)
    from_dict(record)
    assert record == before


def test_error_message_names_the_field() -> None:
    error = _assert_format_error({"author": {"name": "Ada", "name_from": "signature"}})
    assert "name_from" in str(error)
    error = _assert_format_error({"artikel": []})
    assert "artikel" in str(error)
