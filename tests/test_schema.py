"""``docs/document.schema.json`` describes exactly what ``Document.to_dict()`` produces,
and ``docs/page-error.schema.json`` the error records of pages that failed.

The schema is checked against the model in both directions: every document herseeds makes
validates, the schema's fields, enums and label pattern are the model's, and records that
break the model's rules are rejected by the schema.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, TypeAlias, get_args

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

# jsonschema ships no type information; `unused-ignore` keeps mypy quiet if stubs arrive.
from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]

import herseeds
from herseeds import Author, Comment, Document, DocumentFormatError, PageError, Removed
from herseeds.document import removed_runs
from herseeds.export import records_from_jsonl, to_jsonl_line
from herseeds.model import CONTENT_LABELS, CommentKind, NameEvidence, is_valid_label

ROOT: Final = Path(__file__).resolve().parent.parent
SCHEMA_PATH: Final = ROOT / "docs" / "document.schema.json"
SEED_PATHS: Final = sorted((ROOT / "seeds").glob("*.txt"))

SCHEMA: Final[dict[str, Any]] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR: Final = Draft202012Validator(SCHEMA)


def schema_errors(record: object) -> list[str]:
    """Return the schema's complaints about *record*, empty when it is valid."""
    return [error.message for error in VALIDATOR.iter_errors(record)]


def assert_valid(document: Document) -> None:
    """Check both forms of *document*: ``to_dict()`` and the parsed ``to_json()``."""
    assert schema_errors(document.to_dict()) == []
    assert schema_errors(orjson.loads(document.to_json())) == []


def definition(name: str) -> dict[str, Any]:
    """Return the schema of the record named *name* (``document`` is the top level)."""
    if name == "document":
        return SCHEMA
    found: dict[str, Any] = SCHEMA["$defs"][name]
    return found


def full_document() -> Document:
    """A document that uses every field: threads, a pingback, an author, chrome runs."""
    return Document(
        source="pages/review.txt",
        title="Her, reviewed",
        subtitle="A film about love and software",
        author=Author(name="Ada Byron", name_from="byline", bio="Ada writes about film."),
        article=("First paragraph.", "Second paragraph."),
        comments=(
            Comment("Billy", "Great review.", depth=0, parent=None),
            Comment("Ada Byron", "Thanks!", depth=1, parent=0),
            Comment("Billy", "You're welcome.", depth=2, parent=1),
            Comment(None, "Did anyone else cry?"),
            Comment("Some blog | Site name", "[…] a review […]", kind="pingback"),
        ),
        declared_comment_count=5,
        labels=(
            "title",
            "subtitle",
            "byline",
            "blank",
            "article",
            "chrome:newsletter",
            "blank",
            "chrome:newsletter",
            "article",
            "bio",
            "chrome:comments-header",
            "comment-author",
            "comment",
            "comment-author",
            "comment",
            "comment-author",
            "comment",
            "comment",
            "comment-author",
            "comment",
            "chrome:like-widget",
        ),
        removed=(
            Removed("newsletter", "Sign up!\nIt's free.", 5, 7),
            Removed("comments-header", "5 thoughts on “Her, reviewed”", 10, 10),
            Removed("like-widget", "%d bloggers like this:", 20, 20),
        ),
    )


def full_record() -> dict[str, Any]:
    return full_document().to_dict()


# The schema is a valid 2020-12 schema.


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(SCHEMA)


def test_schema_has_no_id_and_describes_itself() -> None:
    assert "$id" not in SCHEMA
    assert SCHEMA["title"]
    assert SCHEMA["description"]
    for name in ("author", "comment", "removed", "label", "chrome-kind"):
        assert definition(name)["title"]
        assert definition(name)["description"]


# Everything herseeds produces validates.


@pytest.mark.parametrize("path", SEED_PATHS, ids=[path.name for path in SEED_PATHS])
def test_cleaned_seed_validates(path: Path) -> None:
    document = herseeds.clean(path.read_text(encoding="utf-8"), source=path.name)
    assert document.labels, "a seed page has lines"
    assert_valid(document)


def test_there_are_seeds() -> None:
    assert len(SEED_PATHS) >= 5


def test_cleaned_file_validates() -> None:
    assert_valid(herseeds.clean_file(SEED_PATHS[0]))


@pytest.mark.parametrize(
    "text",
    ["", "\n", "One line.", "A\u00a0line.\r\n\r\nAnother 👩\u200d💻 line…\r\n", "  • reply\n"],
)
def test_cleaned_edge_cases_validate(text: str) -> None:
    assert_valid(herseeds.clean(text))


def test_empty_document_validates() -> None:
    assert_valid(Document())


def test_full_document_validates() -> None:
    assert_valid(full_document())


@pytest.mark.parametrize("name_from", get_args(NameEvidence))
def test_every_name_evidence_validates(name_from: NameEvidence) -> None:
    author = Author(name="Ada Byron", name_from=name_from, bio=None)
    assert_valid(attrs.evolve(full_document(), author=author))


def test_deep_reply_threads_validate() -> None:
    replies = [Comment(f"R{depth}", "re", depth=depth, parent=depth - 1) for depth in range(1, 8)]
    comments = (Comment("A", "top"), *replies)
    assert_valid(Document(comments=comments))


def test_removed_runs_from_labels_validate() -> None:
    lines = ["Title", "", "Text.", "Share this:", "", "Like this:", "Reply", "More text."]
    labels = (
        "title",
        "blank",
        "article",
        "chrome:share",
        "blank",
        "chrome:share",
        "chrome:comment-meta",
        "article",
    )
    removed = removed_runs(lines, labels)
    assert [(run.kind, run.first_line, run.last_line) for run in removed] == [
        ("share", 3, 5),
        ("comment-meta", 6, 6),
    ]
    assert_valid(
        Document(title="Title", article=("Text.", "More text."), labels=labels, removed=removed)
    )


_TEXT: Final = st.text(st.characters(exclude_categories=["Cs"]), max_size=20)
_KIND: Final = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
_LABEL: Final = st.one_of(st.sampled_from(sorted(CONTENT_LABELS)), _KIND.map("chrome:".__add__))


@st.composite
def _comments(draw: st.DrawFn) -> tuple[Comment, ...]:
    comments: list[Comment] = []
    for index in range(draw(st.integers(0, 6))):
        parent = draw(st.none() | st.integers(0, index - 1)) if index else None
        depth = 0 if parent is None else comments[parent].depth + 1
        comments.append(
            Comment(
                draw(st.none() | _TEXT),
                draw(_TEXT),
                depth=depth,
                parent=parent,
                kind=draw(st.sampled_from(get_args(CommentKind))),
            )
        )
    return tuple(comments)


@st.composite
def _removed(draw: st.DrawFn) -> Removed:
    first = draw(st.integers(0, 10_000))
    return Removed(draw(_KIND), draw(_TEXT), first, first + draw(st.integers(0, 50)))


_DOCUMENTS: Final = st.builds(
    Document,
    source=st.none() | _TEXT,
    title=st.none() | _TEXT,
    subtitle=st.none() | _TEXT,
    author=st.builds(
        Author,
        name=st.none() | _TEXT,
        name_from=st.none() | st.sampled_from(get_args(NameEvidence)),
        bio=st.none() | _TEXT,
    ),
    article=st.lists(_TEXT, max_size=4).map(tuple),
    comments=_comments(),
    declared_comment_count=st.none() | st.integers(0, 10**6),
    labels=st.lists(_LABEL, max_size=10).map(tuple),
    removed=st.lists(_removed(), max_size=3).map(tuple),
)


@given(_DOCUMENTS)
def test_any_valid_document_validates(document: Document) -> None:
    assert_valid(document)


# The schema and the model cannot drift apart.


@pytest.mark.parametrize(
    ("name", "cls"),
    [("document", Document), ("author", Author), ("comment", Comment), ("removed", Removed)],
)
def test_schema_fields_are_the_model_fields(name: str, cls: type[Any]) -> None:
    fields = [field.name for field in attrs.fields(cls)]
    record = definition(name)
    assert list(record["properties"]) == fields
    assert record["required"] == fields, "to_dict() always writes every field"
    assert record["additionalProperties"] is False


def test_to_dict_writes_every_field_in_schema_order() -> None:
    record = full_record()
    assert list(record) == SCHEMA["required"]
    assert list(record["author"]) == definition("author")["required"]
    assert list(record["comments"][0]) == definition("comment")["required"]
    assert list(record["removed"][0]) == definition("removed")["required"]
    assert list(Document().to_dict()) == SCHEMA["required"]


def test_name_from_enum_is_the_model_literal() -> None:
    enum = definition("author")["properties"]["name_from"]["enum"]
    assert enum == [*get_args(NameEvidence), None]


def test_comment_kind_enum_is_the_model_literal() -> None:
    assert definition("comment")["properties"]["kind"]["enum"] == list(get_args(CommentKind))


def test_content_labels_are_the_model_labels() -> None:
    content, _chrome = definition("label")["anyOf"]
    assert set(content["enum"]) == CONTENT_LABELS
    assert len(content["enum"]) == len(CONTENT_LABELS)


LABEL_EXAMPLES: Final = [
    *sorted(CONTENT_LABELS),
    "chrome:comment-form",
    "chrome:like-widget",
    "chrome:share",
    "chrome:h2",
    "chrome:1a",
    "chrome:a1",
    "chrome:a--b",
    "chrome:-a",
    "chrome:a-",
    "chrome:",
    "chrome:-",
    "chrome:123",
    "chrome:1-2",
    "chrome:A",
    "chrome:Share",
    "chrome:a_b",
    "chrome:a b",
    "chrome:a.b",
    "chrome:é",
    "chrome:ａ",  # full-width a: not ASCII
    "chrome:a\n",
    "chrome:a\r",
    "\nchrome:a",
    " chrome:a",
    "chrome:a ",
    "chrome:chrome:a",
    "Chrome:a",
    "chrome",
    "chromeshare",
    "share",
    "Article",
    "article ",
    "",
]


def _label_schema_accepts(label: str) -> bool:
    return not schema_errors({**full_record(), "labels": [label]})


@pytest.mark.parametrize("label", LABEL_EXAMPLES)
def test_label_schema_agrees_with_is_valid_label(label: str) -> None:
    assert _label_schema_accepts(label) == is_valid_label(label)


@given(
    st.one_of(
        st.text(),
        st.text(alphabet="abcAZ019-_ .\n\té").map("chrome:".__add__),
        st.sampled_from(sorted(CONTENT_LABELS)),
    )
)
def test_any_label_is_judged_as_is_valid_label_judges_it(label: str) -> None:
    assert _label_schema_accepts(label) == is_valid_label(label)


def _removed_kind_model_accepts(kind: str) -> bool:
    try:
        Removed(kind, "text", 0, 0)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(
    "kind", [label.removeprefix("chrome:") for label in LABEL_EXAMPLES if label.startswith("c")]
)
def test_removed_kind_schema_agrees_with_the_model(kind: str) -> None:
    record = full_record()
    record["removed"][0]["kind"] = kind
    assert (not schema_errors(record)) == _removed_kind_model_accepts(kind)


# Records that break the model's rules are rejected.


Edit: TypeAlias = Callable[[dict[str, Any]], None]
"""A change made in place to a record."""


def _parent_and_key(record: dict[str, Any], path: str) -> tuple[Any, str | int]:
    """Find the container that holds the item at *path* (keys and indexes split by '/')."""
    *steps, last = (int(step) if step.isdigit() else step for step in path.split("/"))
    target: Any = record
    for step in steps:
        target = target[step]
    return target, last


def _set(path: str, value: object) -> Edit:
    def edit(record: dict[str, Any]) -> None:
        target, key = _parent_and_key(record, path)
        target[key] = value

    return edit


def _delete(path: str) -> Edit:
    def edit(record: dict[str, Any]) -> None:
        target, key = _parent_and_key(record, path)
        del target[key]

    return edit


# Edits of a valid record that break it. The schema rejects all of them; from_dict() rejects
# all but the MISSING ones.
BROKEN: Final[dict[str, Edit]] = {
    "extra top-level key": _set("url", "https://example.com"),
    "extra author key": _set("author/url", "https://example.com"),
    "extra comment key": _set("comments/0/likes", 3),
    "extra removed key": _set("removed/0/rule", "newsletter box"),
    "negative depth": _set("comments/0/depth", -1),
    "negative parent": _set("comments/1/parent", -1),
    "unknown comment kind": _set("comments/0/kind", "reply"),
    "unknown name_from": _set("author/name_from", "guess"),
    "negative first_line": _set("removed/0/first_line", -1),
    "negative last_line": _set("removed/0/last_line", -1),
    "negative declared count": _set("declared_comment_count", -1),
    "empty chrome kind label": _set("labels/0", "chrome:"),
    "unknown content label": _set("labels/0", "headline"),
    "upper-case chrome kind": _set("labels/5", "chrome:Newsletter"),
    "upper-case removed kind": _set("removed/0/kind", "Newsletter"),
    "parent at depth 0": _set("comments/0/parent", 0),
    "no parent at depth 1": _set("comments/1/parent", None),
    "author as null": _set("author", None),
}
# Fields left out: to_dict() always writes them, so the schema requires them, while
# from_dict() fills in the defaults (it reads hand-written, partial records too).
MISSING: Final[dict[str, Edit]] = {
    "missing top-level key": _delete("source"),
    "missing author key": _delete("author/bio"),
    "missing comment key": _delete("comments/0/kind"),
    "missing removed key": _delete("removed/0/text"),
}
# Values of the wrong JSON type: from_dict() must not coerce them (str(3), int("7"), int(1.5)).
MISTYPED: Final[dict[str, Edit]] = {
    "boolean depth": _set("comments/1/depth", True),
    "fractional depth": _set("comments/1/depth", 1.5),
    "fractional first_line": _set("removed/0/first_line", 2.5),
    "depth as a string": _set("comments/0/depth", "0"),
    "count as a string": _set("declared_comment_count", "7"),
    "title as a number": _set("title", 3),
    "author name as a number": _set("author/name", 3),
    "comment text as a list": _set("comments/0/text", ["Great", "review."]),
    "article as a string": _set("article", "First paragraph."),
    "paragraph as a number": _set("article/0", 1),
}
ALL_BROKEN: Final = {**BROKEN, **MISSING, **MISTYPED}


def _broken(edit: Edit) -> dict[str, Any]:
    record = copy.deepcopy(full_record())
    edit(record)
    return record


def test_the_unbroken_record_is_valid() -> None:
    assert schema_errors(full_record()) == []


@pytest.mark.parametrize("edit", ALL_BROKEN.values(), ids=list(ALL_BROKEN))
def test_schema_rejects_broken_record(edit: Edit) -> None:
    assert schema_errors(_broken(edit)) != []


@pytest.mark.parametrize("edit", [*BROKEN.values(), *MISTYPED.values()], ids=[*BROKEN, *MISTYPED])
def test_from_dict_rejects_what_the_schema_rejects(edit: Edit) -> None:
    with pytest.raises(DocumentFormatError):
        Document.from_dict(_broken(edit))


def test_schema_names_the_extra_key() -> None:
    errors = schema_errors(_broken(_set("url", "x")))
    assert any("url" in message for message in errors)


# ``docs/page-error.schema.json``: the error records of pages that failed.

PAGE_ERROR_SCHEMA: Final[dict[str, Any]] = json.loads(
    (ROOT / "docs" / "page-error.schema.json").read_text(encoding="utf-8")
)
PAGE_ERROR_VALIDATOR: Final = Draft202012Validator(PAGE_ERROR_SCHEMA)


def page_error_schema_errors(record: object) -> list[str]:
    return [error.message for error in PAGE_ERROR_VALIDATOR.iter_errors(record)]


def page_error_record(error: PageError) -> Any:
    return orjson.loads(to_jsonl_line(error))


def test_page_error_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert PAGE_ERROR_SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(PAGE_ERROR_SCHEMA)
    assert "$id" not in PAGE_ERROR_SCHEMA
    assert PAGE_ERROR_SCHEMA["title"]
    assert PAGE_ERROR_SCHEMA["description"]


def test_page_error_schema_fields_are_the_model_fields() -> None:
    fields = [field.name for field in attrs.fields(PageError)]
    assert list(PAGE_ERROR_SCHEMA["properties"]) == fields
    assert PAGE_ERROR_SCHEMA["required"] == fields
    assert PAGE_ERROR_SCHEMA["additionalProperties"] is False
    record = page_error_record(PageError("a.txt", "ReadError", "a.txt: no such file"))
    assert list(record) == fields


@given(st.builds(PageError, _TEXT.filter(bool), _TEXT.filter(bool), _TEXT.filter(bool)))
def test_any_page_error_validates(error: PageError) -> None:
    assert page_error_schema_errors(page_error_record(error)) == []


def test_page_errors_that_herseeds_records_validate(tmp_path: Path) -> None:
    picture = tmp_path / "picture.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    (error,) = herseeds.clean_corpus([picture])
    assert isinstance(error, PageError)
    assert page_error_schema_errors(page_error_record(error)) == []


@pytest.mark.parametrize(
    "record",
    [
        {"source": "a.txt", "error": "ReadError"},
        {"source": "", "error": "ReadError", "message": "m"},
        {"source": "a.txt", "error": "", "message": "m"},
        {"source": "a.txt", "error": "ReadError", "message": ""},
        {"source": None, "error": "ReadError", "message": "m"},
        {"source": "a.txt", "error": 3, "message": "m"},
        {"source": "a.txt", "error": "ReadError", "message": "m", "title": None},
    ],
)
def test_page_error_schema_and_model_reject_broken_records(record: dict[str, Any]) -> None:
    assert page_error_schema_errors(record) != []
    with pytest.raises(DocumentFormatError):
        list(records_from_jsonl([json.dumps(record)]))


def test_a_record_is_either_a_document_or_an_error_record() -> None:
    error = page_error_record(PageError("a.txt", "ReadError", "a.txt: no such file"))
    assert schema_errors(error) != []
    assert page_error_schema_errors(full_record()) != []
    assert page_error_schema_errors(Document().to_dict()) != []
