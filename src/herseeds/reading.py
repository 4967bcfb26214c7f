"""Bytes, files and directories to text: the only module that opens files.

Decoding honours a byte order mark first, then a configured encoding, then strict UTF-8
(most pages), and only then asks charset_normalizer to detect the encoding. Bytes that are
plainly not text (an image, an archive, NUL-ridden binary) raise :class:`NotTextError`.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import TYPE_CHECKING, Final

import charset_normalizer

from herseeds.errors import InputTooLargeError, InputTypeError, NotTextError, ReadError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["PAGE_SUFFIXES", "decode", "find_pages", "read_bytes"]

PAGE_SUFFIXES: Final = frozenset({".txt"})
"""Which files :func:`find_pages` takes from a directory (named files are always taken)."""

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures of common non-text formats met when a crawl saves whatever it fetched.
_BINARY_SIGNATURES: Final = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image, WAV or AVI)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"PK\x03\x04", "a ZIP archive (or a DOCX, XLSX, EPUB)"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"(\xb5/\xfd", "a zstd archive"),
    (b"7z\xbc\xaf'\x1c", "a 7z archive"),
    (b"%PDF-", "a PDF file"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)


def decode(
    data: bytes | bytearray | memoryview, *, encoding: str | None = None, source: str | None = None
) -> str:
    """Decode a page's bytes to text.

    A BOM wins over *encoding*; without either, strict UTF-8 is tried, then detection.
    The BOM itself is not part of the text. *source* names the input in error messages.

    >>> decode("café".encode("utf-16"))
    'café'
    >>> decode(b"\\xef\\xbb\\xbfcaf\\xc3\\xa9")
    'café'
    >>> decode("naïve “quotes” — and more text".encode("cp1252"))
    'naïve “quotes” — and more text'
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InputTypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    name = source or "input"
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], codec, name)
    _refuse_binary(data, name)
    if encoding is not None:
        return _decode_as(data, encoding, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # NUL is valid UTF-8, but text with NULs is UTF-16/32 without a BOM (detection reads
        # it) or binary: never return it as it is.
        if "\x00" not in text:
            return text
    best = _detect(data)
    if best is None:
        raise NotTextError(
            f"{name}: the bytes are not text in any encoding that could be detected; "
            "if it is text, pass its encoding (CleanConfig(encoding=...))"
        )
    text = str(best)
    if "\x00" in text:
        raise NotTextError(f"{name}: decoded as {best.encoding}, the text holds NUL characters")
    return text


def _detect(data: bytes) -> charset_normalizer.CharsetMatch | None:
    """Detect the encoding, preferring Windows-1252 whenever it reads as plausible text.

    Windows-1252 is what browsers assume for legacy pages (the WHATWG treats ISO-8859-1 as
    it). Detection alone cannot be trusted to pick it: Western text decodes cleanly in many
    single-byte code pages, and on short pages detection often ranks another one first
    (cp1257 turns "déjà" into "déją", cp850 turns a no-break space into "á") or does not
    list Windows-1252 at all (it is folded into a code page that reads the bytes the same
    way, or a multi-byte guess such as Big5 wins). So Windows-1252 is asked first, on its
    own, and kept when charset_normalizer finds its reading acceptable; only bytes that
    make no sense in it (Cyrillic, Greek, CJK, ...) go to full detection. Other Western
    code pages that read as plausible Windows-1252 need an explicit encoding.
    """
    western = charset_normalizer.from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and western.encoding == "cp1252":
        return western
    best: charset_normalizer.CharsetMatch | None = charset_normalizer.from_bytes(data).best()
    return best


def _decode_as(data: bytes, codec: str, name: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise NotTextError(
            f"{name}: not valid {codec} at byte {error.start} ({error.reason}); "
            "pass the right encoding, or None to detect it"
        ) from None
    # A BOM or an explicit codec does not make binary text: a page never holds NUL
    # characters (the same rule as for detected encodings, below in `decode`).
    if "\x00" in text:
        raise NotTextError(f"{name}: decoded as {codec}, the text holds NUL characters")
    return text


def _refuse_binary(data: bytes, name: str) -> None:
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise NotTextError(f"{name}: this is {what}, not a text page dump")
    head = data[:4096]
    # UTF-16/32 without a BOM have NULs too, but in a regular pattern detection can read;
    # elsewhere a NUL byte means binary.
    if b"\x00" in head and not _looks_like_wide_unicode(head):
        raise NotTextError(f"{name}: the bytes hold NUL bytes, so this is binary, not text")


def _looks_like_wide_unicode(head: bytes) -> bool:
    if len(head) < 4:
        return False
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    # ASCII-range text in UTF-16 has a NUL in every other byte on one side.
    return max(even_nuls, odd_nuls) >= half * 0.3 and min(even_nuls, odd_nuls) <= half * 0.3


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> bytes:
    """Read a file's bytes, turning OS errors into :class:`ReadError`.

    A file larger than *max_bytes* raises :class:`InputTooLargeError` before it is read.
    """
    try:
        if max_bytes is not None:
            size = Path(path).stat().st_size
            if size > max_bytes:
                raise InputTooLargeError(
                    f"{path}: {size} bytes, more than max_bytes={max_bytes}; raise the limit "
                    "(CleanConfig(max_bytes=...)) or split the file"
                )
        return Path(path).read_bytes()
    except IsADirectoryError:
        raise ReadError(f"{path}: is a directory; use clean_corpus() for directories") from None
    except FileNotFoundError:
        raise ReadError(f"{path}: no such file") from None
    except OSError as error:
        raise ReadError(f"{path}: cannot be read ({error.strerror or error})") from None


def find_pages(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and directories into page files, in a stable order.

    Named files are taken as they are, in the order given. A directory gives its ``*.txt``
    files, recursively, sorted by path; hidden files and folders (``.name``) are skipped.
    """
    if isinstance(paths, str | bytes | os.PathLike):
        raise InputTypeError("paths must be a list of paths, not one path: write [path]")
    pages: list[Path] = []
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            pages.extend(
                sorted(
                    found
                    for found in path.rglob("*")
                    if found.suffix.lower() in PAGE_SUFFIXES
                    and found.is_file()
                    and not any(part.startswith(".") for part in found.relative_to(path).parts)
                )
            )
        elif path.exists():
            pages.append(path)
        else:
            raise ReadError(f"{path}: no such file or directory")
    return pages
