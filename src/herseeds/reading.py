"""Bytes, files and directories to text: the only module that opens files.

Decoding honours a byte order mark first, then a configured encoding, then strict UTF-8
(most pages), and only then guesses, in this order:

- UTF-32 or UTF-16 without a BOM, told by where their NUL bytes sit and checked by reading
  as plausible text;
- a UTF-8 page cut off inside its last character (the cut character becomes U+FFFD);
- mixed encodings (a UTF-8 page with lines pasted in from a legacy page): each line is
  read as UTF-8 where it is valid, and the other lines in the encoding detected on them;
- one encoding for the whole page, detected by charset_normalizer.

Bytes that are plainly not text (an image, an archive, NUL-ridden binary) raise
:class:`NotTextError`, naming the input and saying why.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import TYPE_CHECKING, Final

import charset_normalizer
import ftfy.bad_codecs  # noqa: F401 (registers "sloppy-windows-1252", which reads every byte)
import regex

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
    _refuse_known_binary(data, name)
    if encoding is not None:
        return _decode_as(data, encoding, name)
    if b"\x00" in data:
        # NUL is valid UTF-8 and cp1252, but no page holds it: these bytes are UTF-16/32
        # without a BOM, or binary.
        return _decode_wide_unicode(data, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.end == len(data) and error.reason == "unexpected end of data":
            return _decode_cut_utf8(data, error.start, name)
    text = _decode_mixed(data)
    if text is not None:
        return text
    best = _detect(data)
    if best is None:
        raise NotTextError(
            f"{name}: the bytes are not text in any encoding that could be detected; "
            "if it is text, pass its encoding (CleanConfig(encoding=...))"
        )
    return _without_nul(str(best), best.encoding, name)


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
    except UnicodeError as error:  # codecs such as punycode fail without a position
        raise NotTextError(
            f"{name}: the bytes cannot be decoded as {codec} ({error}); "
            "pass the right encoding, or None to detect it"
        ) from None
    except LookupError:
        raise NotTextError(
            f"{name}: {codec!r} is not an encoding Python knows; "
            "see the codecs module's list of standard encodings"
        ) from None
    # A BOM or an explicit codec does not make binary text: a page never holds NUL
    # characters (the same rule as for detected encodings).
    return _without_nul(text, codec, name)


def _without_nul(text: str, codec: str, name: str) -> str:
    if "\x00" in text:
        raise NotTextError(
            f"{name}: decoded as {codec}, the text holds NUL characters, so it is binary; "
            "if it is text in another encoding, pass it (CleanConfig(encoding=...))"
        )
    return text


def _refuse_known_binary(data: bytes, name: str) -> None:
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise NotTextError(f"{name}: this is {what}, not a text page dump")


# Characters no page dump holds: C0 and C1 controls but tab, newlines and form feed,
# unassigned and private-use code points, lone surrogates. A "text" full of them is a
# misreading.
_IMPLAUSIBLE: Final = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\p{Cn}\p{Co}\p{Cs}]")
_SPACING: Final = frozenset(" \n\u3000")  # what separates words or lines in any script
_SAMPLE: Final = 1 << 16  # bytes looked at to judge a reading; a multiple of 4


def _decode_wide_unicode(data: bytes, name: str) -> str:
    """Read UTF-32 or UTF-16 without a BOM, or refuse the bytes as binary.

    Every ASCII character in UTF-16 has a NUL byte, on the high side of its code unit: odd
    offsets in little-endian, even ones in big-endian. CJK text has few ASCII characters
    but still its newlines and spaces, so the side most NULs fall on tells the byte order
    to try first, whatever their number. UTF-32 is tried before both: its strict decoding
    fails on almost any other bytes. A reading is kept only if its sample is plausible text (see
    :func:`_is_plausible`), so NUL-ridden binary is refused.
    """
    head = data[:_SAMPLE]
    candidates: list[str] = []
    if len(data) % 4 == 0:
        candidates += ["utf-32-le", "utf-32-be"]
    if len(data) % 2 == 0:
        # The other side gets a NUL only from code points U+XX00, rare in any script.
        little_first = head[1::2].count(0) >= head[0::2].count(0)
        candidates += ["utf-16-le", "utf-16-be"] if little_first else ["utf-16-be", "utf-16-le"]
    for codec in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _is_plausible(text[: _SAMPLE // 2]) and "\x00" not in text:
            return text
    raise NotTextError(
        f"{name}: the bytes hold NUL bytes and read as neither UTF-16 nor UTF-32 text, "
        "so this is binary, not a text page dump"
    )


def _is_plausible(text: str) -> bool:
    """Whether *text* reads like a page: spaced or lined, with almost no impossible
    characters. Random bytes read as UTF-16 give a soup of CJK, Hangul and other scripts
    with controls, unassigned and private-use code points, and hardly ever a space or a
    line break (4 code units in 65,536)."""
    if not text:
        return True
    if _SPACING.isdisjoint(text):
        return False
    return len(_IMPLAUSIBLE.findall(text)) <= len(text) // 200


def _decode_cut_utf8(data: bytes, cut: int, name: str) -> str:
    """UTF-8 whose last character was cut off (a truncated download): keep the rest, and
    mark the cut with U+FFFD rather than dropping the bytes silently."""
    try:
        return data[:cut].decode("utf-8") + "\ufffd"
    except UnicodeDecodeError:  # invalid before the cut too: not a clean cut
        return decode(data[:cut], source=name) + "\ufffd"


def _decode_mixed(data: bytes) -> str | None:
    """A UTF-8 page with some lines in a legacy encoding, or None if it is not one.

    Copying text between pages, or a CMS that stored comments in another encoding, leaves
    pages whose lines are partly UTF-8 and partly Windows-1252 (or another legacy code
    page). Strict UTF-8 fails on them and one detected encoding turns their UTF-8 lines
    into mojibake, so each line is read on its own. The page counts as mixed when at
    least one line is non-ASCII valid UTF-8: a legacy page rarely has such a line, and
    if it does its bytes spell that UTF-8 text. The lines that are not UTF-8 are read in
    the encoding detected on them together; if no encoding reads them, None.
    """
    lines = data.split(b"\n")
    utf8_lines = 0
    legacy: list[int] = []
    decoded: list[str] = []
    for index, line in enumerate(lines):
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            legacy.append(index)
            decoded.append("")
        else:
            utf8_lines += not line.isascii()
    if not utf8_lines:
        return None
    best = _detect(b"\n".join(lines[index] for index in legacy))
    if best is None:
        return None
    codec: str = best.encoding
    for index in legacy:
        try:
            decoded[index] = lines[index].decode(codec)
        except UnicodeDecodeError:  # detection read a sample; this line has other bytes
            decoded[index] = lines[index].decode("sloppy-windows-1252")
    return "\n".join(decoded)


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
