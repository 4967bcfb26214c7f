"""The data herseeds produces: frozen, slotted attrs classes with precise types.

A :class:`Document` is the cleaned page; a :class:`PageError` stands for a page that could
not be cleaned in a corpus run. Every field is immutable (tuples, not lists), so a
document can be hashed, shared between threads and compared with ``==``.
Serialization lives in :mod:`herseeds.export`; the methods here only delegate to it.
"""

from __future__ import annotations

import codecs
import inspect
import re
import textwrap
from typing import TYPE_CHECKING, Any, Final, Literal, get_args

import attrs
from attrs import field, frozen

from herseeds.errors import ConfigError, DocumentFormatError, InputTypeError

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "CHROME_KINDS",
    "CHROME_PREFIX",
    "CONTENT_LABELS",
    "DEFAULT_CONFIG",
    "Author",
    "ChromeKind",
    "CleanConfig",
    "Comment",
    "CommentKind",
    "ContentLabel",
    "Document",
    "InputFormat",
    "NameEvidence",
    "PageError",
    "PageShape",
    "Removed",
    "checked_config",
    "escape_surrogates",
    "is_valid_label",
]

InputFormat = Literal["auto", "text", "html"]
PageShape = Literal["auto", "whole", "main"]
"""What a dump is: a whole page (menus, sidebars, footers around the article), its main
region (the article, its header and comments), or ``auto``, told by the page's shape."""
"""What a file holds: ``auto`` (told by its content), a text dump, or an HTML page."""

NameEvidence = Literal[
    "byline", "metadata", "bio", "sign-off", "self-introduction", "comment-replies"
]
"""Where an author's name was found (``author.name_from``, see docs/output-format.md, Author)."""

CommentKind = Literal["comment", "pingback"]
"""A reader comment, or a pingback/trackback left by another page linking here."""

CHROME_PREFIX: Final = "chrome:"
"""Labels of removed lines are ``chrome:<kind>``, for example ``chrome:comment-form``."""

ContentLabel = Literal[
    "blank", "title", "subtitle", "byline", "bio", "article", "comment", "comment-author"
]
"""The labels of lines that are kept (or blank): every label that is not a chrome label."""

CONTENT_LABELS: Final = frozenset(get_args(ContentLabel))
"""Every label that is not a chrome label."""

ChromeKind = Literal[
    # the comment section
    "comments-header",
    "comment-form",
    "comment-meta",
    # widgets
    "like-widget",
    "share",
    "related",
    "newsletter",
    "promo",
    "call-to-action",
    # the post's own furniture
    "taxonomy",
    "date",
    "byline-template",
    "author-box",
    "caption",
    "credit",
    # the site's
    "navigation",
    "link-list",
    "ad-label",
    "cookie-notice",
    "form",
    "footer",
    "separator",
    "boilerplate",
]
"""The kinds of chrome herseeds removes, each the label ``chrome:<kind>`` (the table in
docs/output-format.md, Chrome kinds, says what each is). A document read from JSON may
hold other well-formed kinds (written by another version): see :func:`is_valid_label`."""

CHROME_KINDS: Final[tuple[ChromeKind, ...]] = get_args(ChromeKind)
"""Every :data:`ChromeKind`, in the order of the docs' table."""


def is_valid_label(label: str) -> bool:
    """Tell whether *label* is a content label or a well-formed ``chrome:<kind>`` label.

    >>> is_valid_label("article"), is_valid_label("chrome:share"), is_valid_label("chrome:")
    (True, True, False)
    """
    if label in CONTENT_LABELS:
        return True
    kind = label.removeprefix(CHROME_PREFIX)
    return kind != label and _is_kind(kind)


_KIND: Final = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
"""A chrome kind: lower-case ASCII words joined by single hyphens, starting with a letter."""


def escape_surrogates(text: str) -> str:
    """*text* with lone surrogates written as backslash escapes, so any JSON writer takes it.

    Python keeps the bytes of a file name that are not valid in the file system's encoding
    as lone surrogates (``os.fsdecode``); UTF-8 cannot encode them. The name's bytes come
    back as ``\\xNN``, so ``café.txt`` saved in Latin-1 is ``caf\\xe9.txt``:

    >>> escape_surrogates("caf\\udce9.txt")
    'caf\\\\xe9.txt'
    """
    if not isinstance(text, str) or not _SURROGATE.search(text):
        return text
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte: escape it as it is
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def _escape_optional_surrogates(text: str | None) -> str | None:
    return None if text is None else escape_surrogates(text)


_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _is_kind(kind: str) -> bool:
    return _KIND.fullmatch(kind) is not None


def _non_negative(_: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        raise DocumentFormatError(f"{attribute.name} must be 0 or more, not {value!r}")


def _check_name_from(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and value not in get_args(NameEvidence):
        raise DocumentFormatError(
            f"{attribute.name} must be one of {get_args(NameEvidence)} or None"
        )


@frozen
class Author:
    """Who wrote the article, and on what evidence.

    >>> Author(name="Ada Lovelace", name_from="byline")
    Author(name='Ada Lovelace', name_from='byline', bio=None)
    """

    name: str | None = None
    name_from: NameEvidence | None = field(default=None, validator=_check_name_from)
    bio: str | None = None


def _check_kind(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if value not in get_args(CommentKind):
        raise DocumentFormatError(f"{attribute.name} must be one of {get_args(CommentKind)}")


@frozen
class Comment:
    """One reader comment.

    ``depth`` is 0 for a top-level comment, 1 for a reply, and so on; ``parent`` is the index
    in :attr:`Document.comments` of the comment it answers (``None`` at depth 0). ``text`` is
    the comment's paragraphs joined by one blank line.
    """

    author: str | None
    text: str
    depth: int = field(default=0, validator=_non_negative)
    parent: int | None = field(default=None, validator=attrs.validators.optional(_non_negative))
    kind: CommentKind = field(default="comment", validator=_check_kind)


def _check_removed_kind(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not _is_kind(value):
        raise DocumentFormatError(
            f"{attribute.name} must be a lower-case kind such as 'comment-form'"
        )


@frozen
class Removed:
    """A run of lines removed as chrome, all of one kind.

    ``first_line`` and ``last_line`` are 0-based, inclusive indexes into
    :attr:`Document.labels` (so into the input's lines); ``text`` holds the run's non-blank
    lines, stripped, one per line.
    """

    kind: str = field(validator=_check_removed_kind)
    text: str
    first_line: int = field(validator=_non_negative)
    last_line: int = field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.last_line < self.first_line:
            raise DocumentFormatError("last_line must not come before first_line")


def _check_labels(_: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    bad = [label for label in value if not is_valid_label(label)]
    if bad:
        raise DocumentFormatError(f"{attribute.name} has invalid labels: {sorted(set(bad))[:5]}")


def _check_comments(_: object, attribute: attrs.Attribute[Any], value: tuple[Comment, ...]) -> None:
    for index, comment in enumerate(value):
        if (comment.parent is None) != (comment.depth == 0):
            raise DocumentFormatError(f"{attribute.name}[{index}]: parent is set iff depth > 0")
        if comment.parent is not None and not comment.parent < index:
            raise DocumentFormatError(
                f"{attribute.name}[{index}]: parent must point to an earlier comment"
            )


@frozen(kw_only=True)
class Document:
    """A cleaned page: header, article, author, comments, and the provenance of every line.

    >>> doc = Document(article=("First paragraph.", "Second one."), labels=("article",) * 2)
    >>> doc.text
    'First paragraph.\\n\\nSecond one.'
    """

    source: str | None = field(default=None, converter=_escape_optional_surrogates)
    title: str | None = None
    subtitle: str | None = None
    author: Author = Author()
    article: tuple[str, ...] = ()
    comments: tuple[Comment, ...] = field(default=(), validator=_check_comments)
    declared_comment_count: int | None = field(
        default=None, validator=attrs.validators.optional(_non_negative)
    )
    labels: tuple[str, ...] = field(default=(), validator=_check_labels)
    removed: tuple[Removed, ...] = ()

    @property
    def text(self) -> str:
        """The article's paragraphs joined by one blank line."""
        return "\n\n".join(self.article)

    def to_dict(self) -> dict[str, Any]:
        """Return the document as plain JSON-ready data (see ``docs/document.schema.json``)."""
        from herseeds.export import to_dict  # noqa: PLC0415  (export imports this module)

        return to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output (``DocumentFormatError`` if invalid)."""
        from herseeds.export import from_dict  # noqa: PLC0415

        return from_dict(data)

    def to_json(self, *, indent: bool = False) -> str:
        """Return the document as one JSON object (one line unless *indent*)."""
        from herseeds.export import to_json  # noqa: PLC0415

        return to_json(self, indent=indent)


def _check_non_empty(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value:
        raise DocumentFormatError(f"{attribute.name} must be a non-empty string, not {value!r}")


@frozen
class PageError:
    """A page that could not be cleaned, as a corpus run records it instead of stopping.

    ``source`` is the page's path, ``error`` the name of the exception's type and
    ``message`` its message. Its record is ``{"source": ..., "error": ..., "message": ...}``.

    >>> PageError("picture.txt", "NotTextError", "picture.txt: a PNG image")
    PageError(source='picture.txt', error='NotTextError', message='picture.txt: a PNG image')
    """

    source: str = field(converter=escape_surrogates, validator=_check_non_empty)
    error: str = field(validator=_check_non_empty)
    message: str = field(converter=escape_surrogates, validator=_check_non_empty)


def _check_encoding(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise ConfigError(f"{attribute.name} must be a codec name (a str) or None, not {value!r}")
    try:
        codec = codecs.lookup(value)
    except LookupError:
        codec = None
    # Python also knows codecs that do not turn bytes into text (base64, rot13, zlib), which
    # `bytes.decode` refuses with LookupError when a file is read: refuse them here instead.
    # `_is_text_encoding` is the flag `bytes.decode` itself checks.
    # "undefined" is a text codec that refuses every byte, there to make decoding fail.
    if codec is None or not codec._is_text_encoding or codec.name == "undefined":
        raise ConfigError(
            f"{attribute.name}={value!r} is not a text encoding Python knows; use a name such as "
            "'utf-8' or 'cp1252', or None to detect the encoding"
        )


def _check_positive(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ConfigError(f"{attribute.name} must be a positive number or None, not {value!r}")


def _check_bool(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise ConfigError(f"{attribute.name} must be True or False, not {value!r}")


def _check_input_format(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in get_args(InputFormat):
        raise ConfigError(f"{attribute.name} must be one of {get_args(InputFormat)}, not {value!r}")


def _check_page_shape(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in get_args(PageShape):
        raise ConfigError(f"{attribute.name} must be one of {get_args(PageShape)}, not {value!r}")


@frozen(kw_only=True)
class CleanConfig:
    """Options for cleaning, with conservative defaults. Change them with :func:`attrs.evolve`.

    >>> import attrs
    >>> config = attrs.evolve(CleanConfig(), ascii_punctuation=True)
    >>> config.ascii_punctuation, config.fix_mojibake
    (True, True)
    """

    # Each field is described once, in its metadata["doc"]: the "Attributes" section of the
    # docstring (what help() and pydoc show) is built from them below the class.

    fix_mojibake: bool = field(
        default=True,
        validator=_check_bool,
        metadata={
            "doc": "Repair UTF-8 that was decoded as Latin-1 or cp1252 (``CafÃ©`` becomes "
            "``Café``)."
        },
    )
    ascii_punctuation: bool = field(
        default=False,
        validator=_check_bool,
        metadata={
            "doc": "Map typographic quotes, dashes, ellipses and other non-ASCII punctuation "
            "and symbols to ASCII, dropping emoji and symbols that have no ASCII form. Letters "
            "are never changed."
        },
    )
    encoding: str | None = field(
        default=None,
        validator=_check_encoding,
        metadata={
            "doc": "Decode files with this codec instead of detecting it (a BOM still wins). "
            "``None`` detects the encoding."
        },
    )
    max_bytes: int | None = field(
        default=None,
        validator=_check_positive,
        metadata={
            "doc": "Refuse a page larger than this many bytes (of the file, or of the text as "
            "UTF-8) with ``InputTooLargeError``, before reading or cleaning it. ``None`` sets "
            "no limit."
        },
    )
    time_limit: float | None = field(
        default=None,
        validator=_check_positive,
        metadata={
            "doc": "Stop cleaning a page that takes longer than this many seconds with "
            "``CleanTimeoutError``. Checked between the steps of cleaning, so a page may run "
            "over by one step (each step takes time linear in the page's size). ``None`` sets "
            "no limit."
        },
    )
    input_format: InputFormat = field(
        default="auto",
        validator=_check_input_format,
        metadata={
            "doc": "What a file or standard input holds: ``auto`` tells an HTML page from a "
            "text dump by its content (it opens with a doctype or an HTML element), ``html`` "
            "and ``text`` say which it is."
        },
    )
    page_shape: PageShape = field(
        default="auto",
        validator=_check_page_shape,
        metadata={
            "doc": "What a text dump is: ``auto`` tells a whole page (menus and sidebars "
            "around the article, judged by the learned line scorer) from a main-region dump "
            "(the article, its header and comments) by its shape; ``whole`` and ``main`` say "
            "which it is. HTML pages are read by their markup whatever this says."
        },
    )


_FIELD_DOC: Final = textwrap.TextWrapper(
    width=88, initial_indent="    ", subsequent_indent="    ", break_on_hyphens=False
)


def _with_field_docs(cls: type[attrs.AttrsInstance]) -> str:
    """*cls*'s docstring with an "Attributes" section made of its fields' ``metadata["doc"]``.

    The section comes after the description and before the examples: for each field, its
    name, type and default as in the signature, then its description, indented.
    """
    description, _, examples = inspect.cleandoc(cls.__doc__ or "").partition("\n\n>>> ")
    section = ["Attributes", "----------"]
    for attribute in attrs.fields(cls):
        section.append(f"{attribute.name}: {attribute.type} = {attribute.default!r}")
        section.extend(_FIELD_DOC.wrap(attribute.metadata["doc"]))
    doc = f"{description}\n\n" + "\n".join(section)
    return f"{doc}\n\n>>> {examples}" if examples else doc


CleanConfig.__doc__ = _with_field_docs(CleanConfig)


DEFAULT_CONFIG: Final = CleanConfig()
"""The configuration used when none is given."""


def checked_config(config: object) -> CleanConfig:
    """*config*, or :data:`DEFAULT_CONFIG` for ``None``; anything else is an
    :class:`~herseeds.InputTypeError` at the call.

    >>> checked_config(None) == CleanConfig()
    True
    """
    if config is None:
        return DEFAULT_CONFIG
    if not isinstance(config, CleanConfig):
        raise InputTypeError(f"config must be a CleanConfig, not {type(config).__name__}")
    return config
