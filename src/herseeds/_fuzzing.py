"""What the fuzz targets in ``fuzz/`` do with one input; atheris is not needed here.

The targets are thin atheris wrappers around :func:`check_clean` and
:func:`check_clean_file`. Keeping the work in the package lets
``tests/test_fuzz_regressions.py`` replay a crash input exactly as the fuzzer ran it, with
the test extra alone. A crash is any exception these functions let through: a
:class:`~herseeds.HerseedsError` where the contract allows none, any other exception, or an
:class:`~herseeds._invariants.InvariantError` (a document that loses or mislabels a line).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Final

import attrs

from herseeds._invariants import (
    InvariantError,
    check_document,
    check_json_round_trip,
    input_lines,
)
from herseeds.cleaning import clean, clean_file, explain
from herseeds.errors import HerseedsError, InputTooLargeError
from herseeds.html import clean_html, render_html
from herseeds.model import CleanConfig, Document
from herseeds.reading import decode, is_html

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["ENCODINGS", "check_clean", "check_clean_file", "file_input", "text_input"]

# A first byte that never starts UTF-8 marks a header byte; any other input is a page as is.
_HEADER: Final = 0xF8
# Far beyond any run: the deadline checks run, deterministically, and never fire.
_NEVER: Final = 1e9
# What bits 4-5 of an input's first byte add to the plain checks (see `text_input`).
_TIME_LIMIT: Final = 1
_SIZE_LIMIT: Final = 2
_EXPLAIN: Final = 3

ENCODINGS: Final = (
    "utf-8",
    "utf-8-sig",
    "cp1252",
    "latin-1",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-be",
    "shift_jis",
    "euc-jp",
    "iso-2022-jp",
    "gb18030",
    "big5",
    "euc-kr",
    "koi8-r",
    "cp1251",
    "cp437",
    "mac-roman",
    "cp037",
    "utf-7",
    "hz",
    "idna",
    "unicode_escape",
    "raw_unicode_escape",
    "punycode",
)
"""The explicit encodings :func:`file_input` draws from: what users pass, and odd codecs
that ``CleanConfig`` accepts (punycode fails with a bare ``UnicodeError``)."""


def text_input(data: bytes) -> tuple[str, CleanConfig]:
    """Read a fuzz input as a page's text and the config to clean it with.

    A first byte below 0xF8, which any UTF-8 page has, means the whole input is the page in
    UTF-8, invalid bytes kept as lone surrogates (``surrogateescape``), so the seed pages
    are read as they are. A first byte of 0xF8 or more, which never occurs in UTF-8, is a
    header: the rest is UTF-16-LE code units if its bit 2 is set, lone surrogates
    included, else 3-byte little-endian numbers modulo 0x110000, so that every code point
    can be reached. The first byte's bit 0 turns mojibake repair off, bit 1 turns ASCII
    punctuation on, and bits 4-5 add a check: 1 a time limit that never fires, 2 a
    ``max_bytes`` exactly the text's size, 3 ``explain`` (see :func:`check_clean`).

    >>> text, config = text_input(b"Hi.\\n")
    >>> text, config == CleanConfig()
    ('Hi.\\n', True)
    >>> text_input(b"\\xfc\\x00\\xd8a\\x00")[0] == "\\ud800a"
    True
    """
    if not data:
        return "", CleanConfig()
    head = data[0]
    if head < _HEADER:
        text = data.decode("utf-8", "surrogateescape")
    elif head & 0b100:
        body = data[1 : len(data) - (len(data) - 1) % 2]
        text = body.decode("utf-16-le", "surrogatepass")
    else:
        text = "".join(
            chr(int.from_bytes(data[start : start + 3], "little") % 0x110000)
            for start in range(1, len(data) - 2, 3)
        )
    extra = _extra_check(data)
    size = len(text.encode("utf-8", "surrogatepass"))
    config = CleanConfig(
        fix_mojibake=not head & 0b1,
        ascii_punctuation=bool(head & 0b10),
        time_limit=_NEVER if extra == _TIME_LIMIT else None,
        max_bytes=size if extra == _SIZE_LIMIT and size > 0 else None,
    )
    return text, config


def _extra_check(data: bytes) -> int:
    return data[0] >> 4 & 0b11 if data else 0


def check_clean(data: bytes) -> None:
    """Clean the page :func:`text_input` reads from *data*, and check the contract.

    ``clean`` must return a document for any text: no exception, not even a
    :class:`~herseeds.HerseedsError`, except that one byte over ``max_bytes`` must raise
    :class:`~herseeds.InputTooLargeError` (and exactly ``max_bytes`` must not). With
    ``explain``, its lines must be the input's and its labels the document's.
    """
    text, config = text_input(data)
    if config.max_bytes is not None and config.max_bytes > 1:
        try:
            clean(text, config=attrs.evolve(config, max_bytes=config.max_bytes - 1))
        except InputTooLargeError:
            pass
        else:
            raise InvariantError("one byte over max_bytes was cleaned", config.max_bytes - 1)
    document = clean(text, config=config)
    check_document(document, text, config)
    check_json_round_trip(document)
    if _extra_check(data) == _EXPLAIN:
        explained = explain(text, config=config)
        if [line for line, _ in explained] != input_lines(text):
            raise InvariantError("explain's lines are not the input's", explained)
        labels = tuple(decision.label for _, decision in explained)
        if labels != document.labels:
            raise InvariantError("explain disagrees with clean", labels, document.labels)


def file_input(data: bytes) -> tuple[bytes, CleanConfig]:
    """Read a fuzz input as a file's bytes and the config to read them with.

    A last byte of 0x80 or more names an encoding of :data:`ENCODINGS` and is not part of
    the file, so that an encoding can be tried on any bytes (ASCII-only ones included); a
    page's usual last byte, a newline or other ASCII, means detection, the whole input
    being the file.

    >>> file_input(b"Hi.\\n")[1].encoding is None, file_input(b"Hi.\\n\\x82")[1].encoding
    (True, 'cp1252')
    """
    last = data[-1] if data else 0
    if last & 0x80:
        return data[:-1], CleanConfig(encoding=ENCODINGS[(last & 0x7F) % len(ENCODINGS)])
    return data, CleanConfig()


def check_clean_file(data: bytes, path: Path) -> None:
    """Decode the file :func:`file_input` reads from *data*, clean it, check the contract.

    Decoding may refuse the bytes with a :class:`~herseeds.HerseedsError`; text it returns
    never holds NUL, and cleaning it must succeed with a lossless document. When the
    input's last byte is odd, the file is also written to *path* and read with
    ``clean_file``, which must give the same document, or the same error, as decoding and
    cleaning the bytes.
    """
    page, config = file_input(data)
    source = os.fspath(path)
    outcome: Document | HerseedsError
    try:
        if is_html(page):  # an HTML page, told by its content: its rendered lines
            outcome = clean_html(page, source=source, config=config)
            text = "\n".join(render_html(page, config=config))
        else:
            text = decode(page, encoding=config.encoding, source=source)
            if "\x00" in text:
                raise InvariantError("decoded text holds NUL", config.encoding)
            outcome = clean(text, source=source, config=config)
    except HerseedsError as error:
        outcome = error
    else:
        check_document(outcome, text, config)
        check_json_round_trip(outcome)
    if not (data and data[-1] & 1):
        return
    path.write_bytes(page)
    from_file: Document | HerseedsError
    try:
        from_file = clean_file(path, config=config)
    except HerseedsError as error:
        from_file = error
    if isinstance(outcome, HerseedsError):
        same = type(from_file) is type(outcome) and str(from_file) == str(outcome)
    else:
        same = from_file == outcome
    if not same:
        raise InvariantError("clean_file disagrees with decode and clean", from_file, outcome)
