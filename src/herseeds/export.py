"""Document <-> dict / JSON / JSON Lines.

The record is the document's fields, with tuples as JSON arrays; its JSON Schema is
``docs/document.schema.json``. Conversion goes through cattrs, so a record that does not
fit the model raises :class:`~herseeds.errors.DocumentFormatError` with the path of the bad
field, and orjson, which writes non-ASCII text as UTF-8 (not ``\\u`` escapes) and fast.

A JSON Lines file written by a corpus run may also hold error records, one for each page
that failed (:class:`~herseeds.PageError`, schema ``docs/page-error.schema.json``):
:func:`records_from_jsonl` reads both kinds, :func:`from_jsonl` only the documents.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs
import cattrs
import orjson
from cattrs.gen import make_dict_structure_fn
from cattrs.v import format_exception

from herseeds.errors import DocumentFormatError
from herseeds.model import Document, PageError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = [
    "from_dict",
    "from_json",
    "from_jsonl",
    "records_from_jsonl",
    "to_dict",
    "to_json",
    "to_jsonl_line",
]

_converter: Final = cattrs.Converter(forbid_extra_keys=True)
# JSON has arrays, not tuples: unstructure them as lists, so that
# ``to_dict(doc) == orjson.loads(to_json(doc))``.
_converter.register_unstructure_hook_func(
    lambda cls: getattr(cls, "__origin__", None) is tuple,
    lambda value: [_converter.unstructure(item) for item in value],
)

# Structuring checks JSON types instead of converting them. cattrs' default hooks convert:
# ``str(5)`` would make a title "5", ``int("3")``, ``int(3.7)`` and ``int(True)`` counts and
# line numbers, and any iterable a tuple (a string becomes one-letter labels, an object its
# keys), so a malformed record would pass as a different document. Each hook below accepts
# only the JSON type its field has, and says which it got.


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}
    if value is None:
        return "null"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return names.get(type(value), f"a {type(value).__name__}")


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, not {_json_type(value)}")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, not {_json_type(value)}")
    return value


def _is_tuple(cls: Any) -> bool:
    return getattr(cls, "__origin__", None) is tuple


def _structure_array(value: object, cls: Any) -> tuple[Any, ...]:
    if not isinstance(value, list | tuple):
        raise TypeError(f"expected an array, not {_json_type(value)}")
    # The model's tuples are homogeneous (``tuple[str, ...]``): structure the items as a list
    # so that errors keep their index (``$.article[2]``).
    return tuple(_converter.structure(value, list[cls.__args__[0]]))


def _structure_record(cls: type) -> Callable[[object, type], Any]:
    structure: Callable[[Any, type], Any] = make_dict_structure_fn(
        cls, _converter, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
    )

    def structure_record(value: object, _: type) -> Any:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected an object, not {_json_type(value)}")
        for key in value:
            if not isinstance(key, str):
                raise TypeError(f"field names must be strings, not {key!r}")
        return structure(value, cls)

    return structure_record


_converter.register_structure_hook(str, _structure_str)
_converter.register_structure_hook(int, _structure_int)
_converter.register_structure_hook_func(_is_tuple, _structure_array)
_converter.register_structure_hook_factory(attrs.has, _structure_record)


def to_dict(document: Document) -> dict[str, Any]:
    """Return *document* as plain data: dicts, lists, strings, ints and ``None``.

    >>> from herseeds import Document
    >>> to_dict(Document(article=("Hi.",), labels=("article",)))["article"]
    ['Hi.']
    """
    data: dict[str, Any] = _converter.unstructure(document, Document)
    return data


def from_dict(data: Mapping[str, Any]) -> Document:
    """Rebuild a :class:`Document` from :func:`to_dict` output.

    >>> from_dict({"article": ["Hi."], "labels": ["article"]}).article
    ('Hi.',)
    >>> from_dict({"artikel": []})
    Traceback (most recent call last):
    ...
    herseeds.errors.DocumentFormatError: not a herseeds document: extra fields found (artikel) @ $
    """
    try:
        document: Document = _converter.structure(data, Document)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        raise DocumentFormatError(f"not a herseeds document: {_describe(error)}") from None
    return document


def _describe(error: Exception) -> str:
    if isinstance(error, cattrs.BaseValidationError):
        return "; ".join(cattrs.transform_error(error, format_exception=_format_exception))
    return str(error)


def _format_exception(error: BaseException, cls: type | None) -> str:
    # The hooks above and the model's validators say what is wrong ("expected an integer,
    # not a string", "labels has invalid labels: ['junk']"); cattrs' default would only say
    # "invalid value".
    if isinstance(error, TypeError | ValueError) and error.args:
        return str(error)
    return format_exception(error, cls)


def to_json(document: Document, *, indent: bool = False) -> str:
    """Return *document* as a JSON object, on one line unless *indent*."""
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(to_dict(document), option=option).decode("utf-8")


def from_json(text: str | bytes) -> Document:
    """Rebuild a :class:`Document` from :func:`to_json` output."""
    return from_dict(_json_object(text, "document"))


def _json_object(text: str | bytes, what: str) -> dict[str, Any]:
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise DocumentFormatError(f"not JSON: {error}") from None
    if not isinstance(data, dict):
        raise DocumentFormatError(f"not a herseeds {what}: a JSON {type(data).__name__}")
    return data


def _page_error_from_dict(data: Mapping[str, Any]) -> PageError:
    try:
        error: PageError = _converter.structure(data, PageError)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exception:
        raise DocumentFormatError(f"not a herseeds error record: {_describe(exception)}") from None
    return error


def to_jsonl_line(record: Document | PageError) -> bytes:
    """Return a document or an error record as one line of JSON Lines, UTF-8, ending in ``\\n``.

    >>> to_jsonl_line(PageError("a.txt", "ReadError", "a.txt: no such file"))
    b'{"source":"a.txt","error":"ReadError","message":"a.txt: no such file"}\\n'
    """
    data = to_dict(record) if isinstance(record, Document) else _converter.unstructure(record)
    return orjson.dumps(data, option=orjson.OPT_APPEND_NEWLINE)


def records_from_jsonl(lines: Iterable[str | bytes]) -> Iterator[Document | PageError]:
    """Read documents and error records from JSON Lines, in order; skip blank lines.

    A record with an ``"error"`` field is a :class:`~herseeds.PageError`, any other a
    :class:`Document`. A line that is neither raises :class:`DocumentFormatError` naming
    the line, once the lines before it have been read.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = _json_object(line, "record")
            record = _page_error_from_dict(data) if "error" in data else from_dict(data)
        except DocumentFormatError as error:
            raise DocumentFormatError(f"line {number}: {error}") from None
        yield record


def from_jsonl(lines: Iterable[str | bytes]) -> Iterator[Document]:
    """Read documents from JSON Lines (for example an open ``.jsonl`` file); skip blank lines.

    Error records, which ``herseeds clean`` writes for the pages that failed, are skipped
    too; :func:`records_from_jsonl` reads them.
    """
    for record in records_from_jsonl(lines):
        if isinstance(record, Document):
            yield record
