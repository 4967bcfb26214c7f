"""Document <-> dict / JSON / JSON Lines.

The record is the document's fields, with tuples as JSON arrays; its JSON Schema is
``docs/document.schema.json``. Conversion goes through cattrs, so a record that does not
fit the model raises :class:`~herseeds.errors.DocumentFormatError` with the path of the bad
field, and orjson, which writes non-ASCII text as UTF-8 (not ``\\u`` escapes) and fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import cattrs
import orjson

from herseeds.errors import DocumentFormatError
from herseeds.model import Document

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

__all__ = ["from_dict", "from_json", "from_jsonl", "to_dict", "to_json", "to_jsonl_line"]

_converter: Final = cattrs.Converter(forbid_extra_keys=True)
# JSON has arrays, not tuples: unstructure them as lists, so that
# ``to_dict(doc) == orjson.loads(to_json(doc))``.
_converter.register_unstructure_hook_func(
    lambda cls: getattr(cls, "__origin__", None) is tuple,
    lambda value: [_converter.unstructure(item) for item in value],
)


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
        return "; ".join(cattrs.transform_error(error))
    return str(error)


def to_json(document: Document, *, indent: bool = False) -> str:
    """Return *document* as a JSON object, on one line unless *indent*."""
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(to_dict(document), option=option).decode("utf-8")


def from_json(text: str | bytes) -> Document:
    """Rebuild a :class:`Document` from :func:`to_json` output."""
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise DocumentFormatError(f"not JSON: {error}") from None
    if not isinstance(data, dict):
        raise DocumentFormatError(f"not a herseeds document: a JSON {type(data).__name__}")
    return from_dict(data)


def to_jsonl_line(document: Document) -> bytes:
    """Return *document* as one line of JSON Lines, UTF-8, ending in ``\\n``."""
    return orjson.dumps(to_dict(document), option=orjson.OPT_APPEND_NEWLINE)


def from_jsonl(lines: Iterable[str | bytes]) -> Iterator[Document]:
    """Read documents from JSON Lines (for example an open ``.jsonl`` file); skip blank lines."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield from_json(line)
        except DocumentFormatError as error:
            raise DocumentFormatError(f"line {number}: {error}") from None
