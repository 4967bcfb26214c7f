"""Properties of the data model: frozen, hashable, validated attrs classes."""

from __future__ import annotations

import pydoc
import re
from typing import Any, Final

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from herseeds import Author, CleanConfig, Comment, ConfigError, Document, Removed
from herseeds.errors import HerseedsError
from herseeds.model import CHROME_PREFIX, CONTENT_LABELS, is_valid_label
from tests.strategies import (
    NAME_EVIDENCE,
    any_text,
    authors,
    comment_threads,
    comments,
    configs,
    documents,
    kinds,
    labels,
    removed_runs,
)

Instance = Document | Author | Comment | Removed | CleanConfig

# The text in the fields does not matter to these properties (the export tests use richer
# text); short text keeps the tests fast.
SHORT: Final = st.text(max_size=5)


def _instances() -> st.SearchStrategy[Instance]:
    return st.one_of(
        documents(text=SHORT),
        authors(text=SHORT),
        comments(text=SHORT),
        removed_runs(text=SHORT),
        configs(),
    )


# --- frozen and hashable ---------------------------------------------------------------------


@given(_instances(), st.data())
def test_every_field_is_frozen(instance: Instance, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from([a.name for a in attrs.fields(type(instance))]))
    before = getattr(instance, name)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(instance, name, None)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        delattr(instance, name)
    assert getattr(instance, name) == before


@given(_instances())
def test_no_new_attributes(instance: Instance) -> None:
    # Slotted and frozen: no attribute can be added, the object is exactly its fields.
    with pytest.raises(AttributeError):
        instance.extra = 1  # type: ignore[union-attr]


@given(_instances())
def test_hashable_and_equal_to_a_copy(instance: Instance) -> None:
    copy = attrs.evolve(instance)
    assert copy == instance
    assert copy is not instance
    assert hash(copy) == hash(instance)
    assert {instance, copy} == {instance}


@given(documents(text=SHORT))
def test_rebuilt_documents_are_hashable_and_immutable(document: Document) -> None:
    # A document read back from JSON is as immutable as one the cleaner made: tuples.
    rebuilt = Document.from_dict(document.to_dict())
    assert hash(rebuilt) == hash(document)
    for sequence in (rebuilt.article, rebuilt.comments, rebuilt.labels, rebuilt.removed):
        assert isinstance(sequence, tuple)


def test_defaults() -> None:
    document = Document()
    assert document == Document(author=Author(), article=(), comments=(), labels=(), removed=())
    assert document.title is None
    assert document.declared_comment_count is None
    assert document.text == ""
    assert Author() == Author(name=None, name_from=None, bio=None)
    assert Comment(author=None, text="x") == Comment(
        author=None, text="x", depth=0, parent=None, kind="comment"
    )


def test_document_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        Document(None)  # type: ignore[call-arg]


# --- Document.text ---------------------------------------------------------------------------


@given(st.lists(any_text(multiline=False), max_size=6))
def test_text_joins_article_by_blank_line(paragraphs: list[str]) -> None:
    document = Document(article=tuple(paragraphs))
    assert document.text == "\n\n".join(paragraphs)
    # Paragraphs of one line each come back by splitting at the blank lines.
    if paragraphs:
        assert document.text.split("\n\n") == paragraphs


def test_text_examples() -> None:
    assert Document(article=("One.",)).text == "One."
    assert Document(article=("One.", "Two.", "Three.")).text == "One.\n\nTwo.\n\nThree."
    assert Document(article=()).text == ""


# --- attrs.evolve ----------------------------------------------------------------------------


@given(documents(text=SHORT), st.text(max_size=10), st.lists(labels(), max_size=5))
def test_evolve_changes_only_what_it_is_told(
    document: Document, title: str, new_labels: list[str]
) -> None:
    changed = attrs.evolve(document, title=title, labels=tuple(new_labels))
    assert changed.title == title
    assert changed.labels == tuple(new_labels)
    for name in ("source", "subtitle", "author", "article", "comments", "removed"):
        assert getattr(changed, name) == getattr(document, name)
    assert document == attrs.evolve(changed, title=document.title, labels=document.labels)


@given(configs(), st.booleans(), st.booleans())
def test_evolve_config(config: CleanConfig, fix: bool, ascii_only: bool) -> None:
    changed = attrs.evolve(config, fix_mojibake=fix, ascii_punctuation=ascii_only)
    assert (changed.fix_mojibake, changed.ascii_punctuation) == (fix, ascii_only)
    assert changed.encoding == config.encoding


def test_evolve_runs_validators() -> None:
    with pytest.raises(ValueError, match="depth"):
        attrs.evolve(Comment(author=None, text="x"), depth=-1)
    with pytest.raises(ConfigError):
        attrs.evolve(CleanConfig(), encoding="no-such-codec")
    with pytest.raises(ValueError, match="labels"):
        attrs.evolve(Document(), labels=("junk",))


# --- validators: Comment and the comment thread ---------------------------------------------


@given(st.integers(max_value=-1))
def test_negative_depth_is_rejected(depth: int) -> None:
    with pytest.raises(ValueError, match="depth"):
        Comment(author=None, text="x", depth=depth, parent=0 if depth else None)


@given(st.integers(max_value=-1))
def test_negative_parent_is_rejected(parent: int) -> None:
    with pytest.raises(ValueError, match="parent"):
        Comment(author=None, text="x", depth=1, parent=parent)


@pytest.mark.parametrize("kind", ["trackback", "Comment", "", "reply", "pingback "])
def test_bad_comment_kind_is_rejected(kind: str) -> None:
    with pytest.raises(ValueError, match="kind"):
        Comment(author=None, text="x", kind=kind)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["comment", "pingback"])
def test_comment_kinds(kind: Any) -> None:
    assert Comment(author="Page | Site", text="[…] x […]", kind=kind).kind == kind


@given(comment_threads(text=SHORT))
def test_valid_threads_are_accepted(thread: tuple[Comment, ...]) -> None:
    document = Document(comments=thread)
    for index, comment in enumerate(document.comments):
        assert (comment.parent is None) == (comment.depth == 0)
        assert comment.parent is None or comment.parent < index


@given(comment_threads(text=SHORT), st.integers(0, 10))
def test_parent_at_depth_zero_is_rejected(thread: tuple[Comment, ...], parent: int) -> None:
    orphan = Comment(author=None, text="x", depth=0, parent=parent)
    with pytest.raises(ValueError, match="parent"):
        Document(comments=(*thread, orphan))


@given(comment_threads(text=SHORT), st.integers(1, 5))
def test_reply_without_parent_is_rejected(thread: tuple[Comment, ...], depth: int) -> None:
    reply = Comment(author=None, text="x", depth=depth, parent=None)
    with pytest.raises(ValueError, match="parent"):
        Document(comments=(*thread, reply))


@given(comment_threads(text=SHORT), st.integers(0, 5))
def test_parent_pointing_forward_is_rejected(thread: tuple[Comment, ...], ahead: int) -> None:
    # A reply's parent must be an earlier comment: itself or a later one is rejected.
    reply = Comment(author=None, text="x", depth=1, parent=len(thread) + ahead)
    with pytest.raises(ValueError, match="earlier"):
        Document(comments=(*thread, reply, *thread))


# --- validators: labels ----------------------------------------------------------------------


@given(labels())
def test_generated_labels_are_valid(label: str) -> None:
    assert is_valid_label(label)
    assert Document(labels=(label,)).labels == (label,)


@pytest.mark.parametrize(
    "label",
    [
        "chrome:",
        "junk",
        "",
        "Article",
        "article ",
        "chrome",
        "chrome:Comment-Form",
        "chrome:comment form",
        "chrome:-",
        "chrome:ü",
        "chrome:chrome:x",
        "CHROME:x",
        "comments",
    ],
)
def test_invalid_labels_are_rejected(label: str) -> None:
    assert not is_valid_label(label)
    with pytest.raises(ValueError, match="labels"):
        Document(labels=("article", label))


@given(st.lists(labels(), max_size=5), st.text(max_size=12), st.lists(labels(), max_size=5))
def test_one_invalid_label_spoils_the_document(
    before: list[str], label: str, after: list[str]
) -> None:
    if is_valid_label(label):
        assert Document(labels=(*before, label, *after)).labels[len(before)] == label
    else:
        with pytest.raises(ValueError, match="labels"):
            Document(labels=(*before, label, *after))


def test_content_labels_are_the_specs() -> None:
    assert {
        "blank",
        "title",
        "subtitle",
        "byline",
        "bio",
        "article",
        "comment",
        "comment-author",
    } == CONTENT_LABELS
    assert all(is_valid_label(label) for label in CONTENT_LABELS)
    assert is_valid_label(CHROME_PREFIX + "comments-header")


# --- validators: Removed ---------------------------------------------------------------------


@given(kinds(), st.integers(0, 1000), st.integers(1, 1000))
def test_last_line_before_first_line_is_rejected(kind: str, last: int, gap: int) -> None:
    with pytest.raises(ValueError, match="last_line"):
        Removed(kind=kind, text="x", first_line=last + gap, last_line=last)


@given(kinds(), st.integers(0, 1000))
def test_one_line_run(kind: str, line: int) -> None:
    run = Removed(kind=kind, text="Leave a Reply", first_line=line, last_line=line)
    assert run.first_line == run.last_line == line


@pytest.mark.parametrize(("first_line", "last_line"), [(-1, 0), (0, -1), (-3, -2)])
def test_negative_lines_are_rejected(first_line: int, last_line: int) -> None:
    with pytest.raises(ValueError, match="line"):
        Removed(kind="x", text="x", first_line=first_line, last_line=last_line)


@pytest.mark.parametrize("kind", ["", "Comment-Form", "comment form", "chrome:x", "-", "ü", "123"])
def test_bad_removed_kind_is_rejected(kind: str) -> None:
    with pytest.raises(ValueError, match="kind"):
        Removed(kind=kind, text="x", first_line=0, last_line=0)


# --- validators: Author and Document counts -------------------------------------------------


@pytest.mark.parametrize("name_from", ["Byline", "by-line", "", "comment", "title", "signoff"])
def test_bad_name_from_is_rejected(name_from: str) -> None:
    with pytest.raises(ValueError, match="name_from"):
        Author(name="Ada", name_from=name_from)  # type: ignore[arg-type]


@pytest.mark.parametrize("name_from", [*NAME_EVIDENCE, None])
def test_every_kind_of_name_evidence_is_accepted(name_from: Any) -> None:
    assert Author(name="Ada", name_from=name_from).name_from == name_from


@given(st.integers(max_value=-1))
def test_negative_declared_comment_count_is_rejected(count: int) -> None:
    with pytest.raises(ValueError, match="declared_comment_count"):
        Document(declared_comment_count=count)


# --- CleanConfig -----------------------------------------------------------------------------


def test_config_defaults_are_conservative() -> None:
    config = CleanConfig()
    assert config.fix_mojibake is True
    assert config.ascii_punctuation is False
    assert config.encoding is None


def test_config_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        CleanConfig(True)  # type: ignore[call-arg]


@pytest.mark.parametrize("field", ["fix_mojibake", "ascii_punctuation"])
@pytest.mark.parametrize("value", [1, 0, "yes", "", None, 1.0, [True]])
def test_config_rejects_non_bool_flags(field: str, value: object) -> None:
    kwargs: dict[str, Any] = {field: value}
    with pytest.raises(ConfigError, match=field) as info:
        CleanConfig(**kwargs)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, HerseedsError)


@pytest.mark.parametrize(
    "encoding", ["utf-8", "UTF8", "cp1252", "windows-1252", "latin-1", "iso-8859-15", "utf-16"]
)
def test_config_accepts_known_encodings(encoding: str) -> None:
    assert CleanConfig(encoding=encoding).encoding == encoding


@pytest.mark.parametrize(
    "encoding",
    [
        "no-such-codec",
        "",
        "utf-9",
        "latin-2000",
        # Codecs Python knows that do not turn bytes into text.
        "base64",
        "rot13",
        "zlib",
        "hex",
    ],
)
def test_config_rejects_unknown_encodings(encoding: str) -> None:
    with pytest.raises(ConfigError, match="encoding"):
        CleanConfig(encoding=encoding)


@pytest.mark.parametrize("encoding", [8, b"utf-8", ["utf-8"]])
def test_config_rejects_encoding_that_is_not_a_string(encoding: object) -> None:
    with pytest.raises(ConfigError, match="encoding"):
        CleanConfig(encoding=encoding)  # type: ignore[arg-type]


# --- CleanConfig's help -----------------------------------------------------------------------


def _words(text: str) -> str:
    return " ".join(text.split())


def _entry(field: attrs.Attribute[Any]) -> str:
    """A field's heading in the docstring: its name, type and default, as in the signature."""
    return f"{field.name}: {field.type} = {field.default!r}"


CONFIG_FIELDS: Final = attrs.fields(CleanConfig)


@pytest.mark.parametrize("field", CONFIG_FIELDS, ids=[field.name for field in CONFIG_FIELDS])
def test_every_config_field_has_a_description(field: attrs.Attribute[Any]) -> None:
    description = field.metadata.get("doc")
    assert isinstance(description, str)
    assert len(description.split()) >= 5
    assert description.endswith(".")


@pytest.mark.parametrize("field", CONFIG_FIELDS, ids=[field.name for field in CONFIG_FIELDS])
def test_config_docstring_describes_every_field(field: attrs.Attribute[Any]) -> None:
    doc = CleanConfig.__doc__ or ""
    lines = doc.splitlines()
    heading = lines.index(_entry(field))
    assert lines.index("Attributes") < heading < lines.index(">>> import attrs")
    # The description follows its heading, indented, up to the next heading.
    body = []
    for line in lines[heading + 1 :]:
        if not line.startswith("    "):
            break
        body.append(line)
    assert _words("\n".join(body)) == _words(field.metadata["doc"])


@pytest.mark.parametrize("field", CONFIG_FIELDS, ids=[field.name for field in CONFIG_FIELDS])
def test_help_shows_every_config_field_with_its_description(field: attrs.Attribute[Any]) -> None:
    # What help(CleanConfig) pages, without its bold (overstruck characters) and margin.
    rendered = re.sub(".\b", "", pydoc.render_doc(CleanConfig))
    text = "\n".join(line.removeprefix(" |") for line in rendered.splitlines())
    assert _entry(field) in text
    assert _words(field.metadata["doc"]) in _words(text)


def test_config_docstring_keeps_its_description_and_example() -> None:
    doc = CleanConfig.__doc__ or ""
    assert doc.startswith("Options for cleaning, with conservative defaults.")
    assert doc.count("Attributes\n----------\n") == 1
    assert doc.endswith("(True, True)")
