"""Bytes, files and directories to text: the only module that opens page files (WARC
files are :mod:`herseeds.warc`'s).

Decoding honours a byte order mark first, then a configured encoding, then strict UTF-8
(most pages), and only then guesses, in this order:

- UTF-32 or UTF-16 without a BOM, told by the bytes' shape (strict decoding, where the NUL
  bytes sit in the code units), whatever characters the text holds; only where the shape
  is weak (few NULs, as in CJK text, and in short junk) must the reading also be
  plausible text, and at least 48 bytes long;
- a UTF-8 page cut off inside its last character (the cut character becomes U+FFFD);
- mixed encodings (a UTF-8 page with lines pasted in from a legacy page): each line is
  read as UTF-8 where it is valid, and the other lines in the encoding detected on them;
- one encoding for the whole page, detected by charset_normalizer.

Bytes that are plainly not text (an image, an archive, NUL-ridden binary) raise
:class:`NotTextError`, naming the input and saying why.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final

import charset_normalizer
import ftfy.bad_codecs  # noqa: F401 (registers "sloppy-windows-1252", which reads every byte)
import regex
from attrs import frozen

from herseeds.errors import (
    InputTooLargeError,
    InputTypeError,
    NotTextError,
    ReadError,
    setting,
    spells_for_command_line,
)
from herseeds.warc import is_warc_name

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "PAGE_SUFFIXES",
    "FoundPages",
    "SkippedPath",
    "checked_path",
    "decode",
    "find_pages",
    "read_bytes",
    "read_stream",
    "scan_pages",
]

PAGE_SUFFIXES: Final = frozenset({".txt", ".html", ".htm", ".xhtml"})
"""Which files :func:`find_pages` takes from a directory (named files are always taken),
besides WARC and WET files (:data:`herseeds.warc.WARC_SUFFIXES`)."""

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
            f"if it is text, name its encoding ({setting('encoding')})"
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
            f"name the right encoding ({setting('encoding')}), or leave it unset to detect it"
        ) from None
    except UnicodeError as error:  # codecs such as punycode fail without a position
        raise NotTextError(
            f"{name}: the bytes cannot be decoded as {codec} ({error}); "
            f"name the right encoding ({setting('encoding')}), or leave it unset to detect it"
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
            f"if it is text in another encoding, name it ({setting('encoding')})"
        )
    return text


def _refuse_known_binary(data: bytes, name: str) -> None:
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise NotTextError(f"{name}: this is {what}, not a text page dump")


# Characters no page dump holds: C0 and C1 controls but tab, newlines and form feed,
# unassigned and private-use code points, lone surrogates. A "text" full of them is a
# misreading, unless the bytes' shape says otherwise (see _decode_wide_unicode).
_IMPLAUSIBLE: Final = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\p{Cn}\p{Co}\p{Cs}]")
_SPACING: Final = frozenset(" \n\u3000")  # what separates words or lines in any script
_SAMPLE: Final = 1 << 16  # bytes looked at to judge a reading; a multiple of 4
# The share of UTF-16 code units with a NUL high byte (characters U+0001 to U+00FF) from
# which the shape alone decides: 8 code units of junk with 4 stray NULs reach a half.
_STRONG_UTF_16: Final = 3 / 4
# Shorter input with a weak shape is refused: junk passes _is_plausible too often (16
# random bytes with a NUL about once in 1,200, 48 bytes once in 250,000).
_WEAK_MIN_BYTES: Final = 48


def _decode_wide_unicode(data: bytes, name: str) -> str:
    """Read UTF-32 or UTF-16 without a BOM, or refuse the bytes as binary.

    The bytes' shape decides, not the characters the text holds: C1 controls (mojibake
    such as ``â\\x80\\x9c``), private-use characters (icon fonts) and code points newer
    than Python's Unicode tables are text like any other. A reading must be well-formed:
    strict decoding succeeds and the text holds no U+0000. Random bytes almost never
    decode strictly as UTF-32 (each unit must read ``xx xx 00-10 00``), nor as UTF-16
    past a few hundred bytes (its surrogates must pair), but short junk often does as
    UTF-16. So the shape is *strong* only when:

    - UTF-32: a code unit has two NUL high bytes (a character of the BMP, such as the
      spaces and line breaks of any page); such bytes cannot be UTF-16, read as U+0000;
    - UTF-16: at least three quarters of the code units have a NUL high byte (the odd
      bytes in little-endian, the even ones in big-endian): text in a Latin script,
      whatever else it holds. The other byte order has them on its low side, and junk
      with a few stray NULs never has that many.

    A strong reading is taken (if UTF-32 is strong in both byte orders, the plausible
    one, else little-endian). Otherwise the shape is weak: UTF-16 with fewer NULs (CJK
    text has them only at its spaces and line breaks), or UTF-32 of supplementary
    characters alone (emoji), which reads as UTF-16 too. A weak reading is taken only
    from 48 bytes on (``_WEAK_MIN_BYTES``) and if it is plausible text (see
    :func:`_is_plausible`): the side most NULs fall on tells the UTF-16 byte order to try
    first, and bytes that are both UTF-16 and UTF-32 (``"中\\n" * 12``) are read as the
    plausible one. Anything else is binary.
    """
    strong: list[str] = []
    weak: list[str] = []
    if len(data) % 4 == 0:
        for codec, plane_bytes in (("utf-32-le", data[2::4]), ("utf-32-be", data[1::4])):
            (strong if 0 in plane_bytes else weak).append(codec)
    if len(data) % 2 == 0:
        units = len(data) // 2
        nul_high = {"utf-16-le": data[1::2].count(0), "utf-16-be": data[0::2].count(0)}
        # The other side gets a NUL only from code points U+XX00, rare in any script.
        for codec in sorted(nul_high, key=lambda codec: -nul_high[codec]):  # stable: LE first
            (strong if nul_high[codec] >= _STRONG_UTF_16 * units else weak).append(codec)
    readings = [text for codec in strong if (text := _well_formed(data, codec)) is not None]
    if readings:
        return next((text for text in readings if _is_plausible(text[: _SAMPLE // 2])), readings[0])
    for codec in weak if len(data) >= _WEAK_MIN_BYTES else ():
        text = _well_formed(data, codec)
        if text is not None and _is_plausible(text[: _SAMPLE // 2]):
            return text
    raise NotTextError(
        f"{name}: the bytes hold NUL bytes and read as neither UTF-16 nor UTF-32 text, "
        "so this is binary, not a text page dump"
    )


def _well_formed(data: bytes, codec: str) -> str | None:
    """*data* strictly decoded as *codec*, or None if it fails or holds U+0000."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else text


def _is_plausible(text: str) -> bool:
    """Whether *text* reads like a page: spaced or lined, with almost no impossible
    characters, and words each written in one script.

    Only asked where the bytes' shape does not decide (see :func:`_decode_wide_unicode`):
    a page holding many C1 controls or icon-font characters is not plausible, yet its
    UTF-16 shape is strong. Random bytes read as UTF-16 give a soup of CJK, Hangul and
    other scripts with controls, unassigned and private-use code points, and hardly ever
    a space or a line break (4 code units in 65,536). Short junk can pass these tests
    (16 random bytes with a NUL read as ``"ⷡ㑕ᎏ⚌롸緵ꃽ\\n"``), but its neighbouring
    letters come from unrelated scripts (CJK, Ethiopic, Hangul, Yi) where a page's come
    from one (see :func:`_script`): at most a quarter of the pairs of adjacent letters
    may mix scripts.
    """
    if not text:
        return True
    if _SPACING.isdisjoint(text):
        return False
    if len(_IMPLAUSIBLE.findall(text)) > len(text) // 200:
        return False
    pairs = mixed = 0
    previous = ""
    for char in text:
        if not char.isalpha():
            previous = ""
            continue
        script = _script(char)
        if previous:
            pairs += 1
            mixed += script != previous
        previous = script
    return 4 * mixed <= pairs


# Japanese mixes kanji, kana and iteration marks inside words: one script, as for Chinese.
_CJK_NAMES: Final = frozenset(
    {"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "IDEOGRAPHIC", "HALFWIDTH"}
)


def _script(letter: str) -> str:
    """The script of *letter*, near enough: the first word of its Unicode name (LATIN,
    CYRILLIC, HANGUL, ARABIC, DEVANAGARI, ...), with Han and kana as one, CJK."""
    word = unicodedata.name(letter, "").partition(" ")[0]
    return "CJK" if word in _CJK_NAMES else word


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


# An HTML page opens, after blanks, comments and a BOM, with a doctype or a tag of the
# document's head or body; a text dump never does. Only the start is looked at. A comment
# ends at its first `-->` and every repeat is possessive: `(?:<!--.*?-->)*` could split a
# run of comments in 2**k ways before failing (measured: 24 comments took 1.7 s).
_HTML_OPENING: Final = regex.compile(
    r"\A(?:\ufeff)?\s*+(?:<!--(?:(?!-->).)*+-->\s*+)*+"
    r"(?:<\?xml[^>]*+>\s*+(?:<!--(?:(?!-->).)*+-->\s*+)*+)?+"
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|base|div|p|table"
    r"|article|section|header|nav|main|h[1-6]|ul|form)\b",
    regex.IGNORECASE | regex.DOTALL,
)
_SNIFF: Final = 4096  # bytes looked at to tell HTML and its declared charset
# <meta charset="X"> or <meta http-equiv="Content-Type" content="text/html; charset=X">.
_META_CHARSET: Final = regex.compile(
    rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", regex.IGNORECASE
)


def is_html(data: bytes | bytearray | memoryview | str) -> bool:
    """Whether *data* is an HTML page, told by its content (not its file name): it opens,
    after blanks, comments and a BOM, with a doctype or an HTML element.

    >>> is_html(b"<!DOCTYPE html><html><p>Hi"), is_html("A page dump.\\n<b>not HTML</b>")
    (True, False)
    """
    if isinstance(data, bytes | bytearray | memoryview):
        head = bytes(data[:_SNIFF])
        for bom, codec in _BOMS:
            if head.startswith(bom):
                head_text = head[len(bom) :].decode(codec, "ignore")
                break
        else:
            head_text = head.decode("latin-1")
    else:
        head_text = data[:_SNIFF]
    return _HTML_OPENING.match(head_text) is not None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` of its first 4 KB, if Python knows
    it (``iso-8859-1`` is read as Windows-1252, as browsers do), else ``None``.

    >>> declared_charset(b'<meta charset="ISO-8859-1">'), declared_charset(b"<p>x")
    ('cp1252', None)
    """
    found = _META_CHARSET.search(data[:_SNIFF])
    if found is None:
        return None
    name = found.group(1).decode("ascii").lower()
    if name in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1"}:
        return "cp1252"  # the WHATWG reads these labels as windows-1252
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(
    data: bytes | bytearray | memoryview, *, encoding: str | None = None, source: str | None = None
) -> str:
    """Decode an HTML page: a BOM wins, then *encoding*, then the charset the page
    declares, then what :func:`decode` detects. Pages lie about their charset: bytes that
    are valid UTF-8 (and not ASCII only) are read as UTF-8 whatever the page declares, and
    a declared charset the bytes do not fit falls back to detection.
    """
    data = bytes(data)
    if encoding is None and not any(data.startswith(bom) for bom, _ in _BOMS):
        declared = declared_charset(data)
        if declared is not None and declared != "utf-8" and not data.isascii():
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        if declared is not None:
            try:
                return decode(data, encoding=declared, source=source)
            except NotTextError:
                pass
    return decode(data, encoding=encoding, source=source)


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> bytes:
    """Read a file's bytes, turning OS errors into :class:`ReadError`.

    A file larger than *max_bytes* raises :class:`InputTooLargeError` before it is read.
    """
    try:
        if max_bytes is not None:
            size = Path(path).stat().st_size
            if size > max_bytes:
                raise InputTooLargeError(
                    f"{path}: {size} bytes, more than the limit of {max_bytes}; raise it "
                    f"({setting('max_bytes')}) or split the file"
                )
        return Path(path).read_bytes()
    except IsADirectoryError:
        # On the command line, `clean` takes directories and `show` one page.
        hint = "" if spells_for_command_line() else "; clean_corpus() reads directories"
        raise ReadError(f"{path}: is a directory, not a page file{hint}") from None
    except FileNotFoundError:
        raise ReadError(f"{path}: no such file") from None
    except OSError as error:
        raise ReadError(f"{path}: cannot be read ({error.strerror or error})") from None


def read_stream(
    stream: BinaryIO, *, source: str = "<stdin>", max_bytes: int | None = None
) -> bytes:
    """Read a stream (standard input) to its end, turning OS errors into
    :class:`ReadError`; more than *max_bytes* raises :class:`InputTooLargeError` as soon as
    the limit is passed, without reading the rest."""
    try:
        if max_bytes is None:
            return stream.read()
        data = stream.read(max_bytes + 1)
    except OSError as error:
        raise ReadError(f"{source}: cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"{source}: more than the limit of {max_bytes} bytes; raise it "
            f"({setting('max_bytes')}) or split the page"
        )
    return data


def checked_path(path: object) -> str:
    """*path* as a str, or :class:`InputTypeError` at the call rather than from pathlib.

    A ``str`` or an :class:`os.PathLike` giving one; bytes paths are refused, as page
    sources are ``str``. A name holding NUL is no file's: :class:`ReadError`.
    """
    try:
        name = os.fspath(path)  # type: ignore[call-overload]
    except TypeError:
        name = None
    if isinstance(name, str):
        if "\0" in name:  # pathlib raises a bare ValueError; no file has such a name
            raise ReadError(f"{name!r}: no such file (a path cannot hold a NUL character)")
        return name
    # bytes paths are refused: sources are str, and clean_corpus() takes str paths only.
    expected, given = "a str or os.PathLike", type(path).__name__
    if isinstance(path, os.PathLike):
        expected += " giving a str"
        given += " giving bytes" if isinstance(name, bytes) else ""
    is_bytes = isinstance(name, bytes) or isinstance(path, bytearray | memoryview)
    hint = " (decode a bytes path first, with os.fsdecode())" if is_bytes else ""
    raise InputTypeError(f"path must be {expected}, not {given}{hint}")


def find_pages(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and directories into page files, in a stable order.

    Named files are taken as they are, in the order given. A directory gives its ``*.txt``
    files, recursively, sorted by path; hidden files and folders (``.name``) are skipped,
    and so are the entries :func:`scan_pages` reports as skipped (broken links, ...).
    """
    return list(scan_pages(paths).pages)


@frozen
class SkippedPath:
    """An entry of a directory that looks like a page, or may hold pages, but is not read."""

    path: Path
    reason: str
    """Why, in words: ``a broken symbolic link (to gone.txt)``, ``a folder that cannot be
    read (Permission denied)``."""


@frozen
class FoundPages:
    """What :func:`scan_pages` found: the pages, and what it had to skip."""

    pages: tuple[Path, ...]
    skipped: tuple[SkippedPath, ...]


def scan_pages(paths: Iterable[str | os.PathLike[str]]) -> FoundPages:
    """Like :func:`find_pages`, and say what was skipped and why.

    Inside a directory, these are skipped and reported (hidden entries are skipped
    silently): a ``*.txt`` entry that is a broken symbolic link, a loop of links, or not a
    regular file (a pipe, a device, a link to a folder); a link to a folder (links to
    folders are not followed, so that a tree is read once and a loop cannot be walked);
    a folder that cannot be read. A link to a file is followed.
    """
    if isinstance(paths, str | bytes | os.PathLike):
        raise InputTypeError("paths must be a list of paths, not one path: write [path]")
    pages: list[Path] = []
    skipped: list[SkippedPath] = []
    for entry in paths:
        path = Path(checked_path(entry))
        if path.is_dir():
            found: list[Path] = []
            passed: list[SkippedPath] = []
            _walk(path, found, passed)
            pages.extend(sorted(found))
            skipped.extend(sorted(passed, key=lambda skip: skip.path))
        elif path.exists():
            pages.append(path)
        else:
            raise ReadError(f"{path}: {_missing(path)}")
    return FoundPages(tuple(pages), tuple(skipped))


def _walk(top: Path, pages: list[Path], skipped: list[SkippedPath]) -> None:
    folders = [top]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError as error:
            skipped.append(
                SkippedPath(folder, f"a folder that cannot be read ({error.strerror or error})")
            )
            continue
        for entry in listed:
            if entry.name.startswith("."):
                continue
            path = folder / entry.name
            is_page = path.suffix.lower() in PAGE_SUFFIXES or is_warc_name(entry.name)
            try:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(path)
                    continue
                if entry.is_symlink():
                    info = os.stat(path)  # where the link leads
                    if stat.S_ISDIR(info.st_mode):
                        skipped.append(SkippedPath(path, "a link to a folder, not followed"))
                        continue
                elif not is_page:
                    continue
                else:
                    info = entry.stat(follow_symlinks=False)
            except OSError as error:
                if is_page:
                    skipped.append(SkippedPath(path, _missing(path, error)))
                continue
            if not is_page:
                continue
            if stat.S_ISREG(info.st_mode):
                pages.append(path)
            else:
                skipped.append(SkippedPath(path, "not a regular file"))


def _missing(path: Path, error: OSError | None = None) -> str:
    """Why *path* cannot be opened: missing, a broken link, a loop of links."""
    if error is None:
        try:
            os.stat(path)
        except OSError as raised:
            error = raised
        else:  # pragma: no cover - it exists after all (created meanwhile)
            return "cannot be read"
    if error.errno == errno.ELOOP:
        return "a loop of symbolic links"
    if isinstance(error, FileNotFoundError) and os.path.islink(path):
        return f"a broken symbolic link (to {os.readlink(path)})"
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    return f"cannot be read ({error.strerror or error})"
