"""WARC and WET files to pages: the records of a crawl that hold a page, one at a time.

A crawl is kept in WARC files (``.warc``, ``.warc.gz``); Common Crawl's text extractions
are WET files (``.wet``, ``.warc.wet.gz``), WARC files of ``conversion`` records. Both are
read through warcio, record by record, so memory holds one record at a time however
large the file. Which records are pages:

- ``response`` records with HTTP status 2xx: HTML (``text/html``,
  ``application/xhtml+xml``) is cleaned as HTML, ``text/plain`` as a text dump; a
  response that says no content type is told by its content;
- ``resource`` records (a file stored as it is) of those types;
- ``conversion`` records of plain text (WET), cleaned as text dumps.

Every other record (``warcinfo``, ``request``, ``metadata``, ``revisit``, images,
redirects and errors) is skipped and counted by reason. A page's ``source`` is the file's
path, ``#`` and its record's ``WARC-Record-ID`` (``crawl.warc.gz#urn:uuid:…``), so each
document of a JSON Lines output says where it came from.

warcio stops quietly at a record cut short, or at a file cut inside a record's headers;
this module checks each record's length and what is left of the file after the last one,
so that a broken or truncated file gives a :class:`BadRecord` (an error record in a
corpus run), never a silent loss. The file is only ever read.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Final

import attrs
from attrs import frozen
from warcio.archiveiterator import ArchiveIterator

from herseeds.errors import (
    ArchiveFormatError,
    HerseedsError,
    InputTooLargeError,
    ReadError,
    setting,
)

if TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Callable, Iterator

    from herseeds.model import CleanConfig, InputFormat

__all__ = [
    "WARC_SUFFIXES",
    "BadRecord",
    "WarcPage",
    "is_warc_name",
    "read_warc",
    "split_source",
]

WARC_SUFFIXES: Final = (".warc", ".warc.gz", ".wet", ".wet.gz")
"""The names of WARC and WET files, which :func:`herseeds.reading.scan_pages` takes from a
directory and a corpus run reads record by record (in any case: ``.WARC.GZ`` too)."""

_HTML_TYPES: Final = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES: Final = frozenset({"text/plain"})
_CHUNK: Final = 1 << 16


def is_warc_name(path: str | os.PathLike[str]) -> bool:
    """Whether *path* is named as a WARC or WET file (see :data:`WARC_SUFFIXES`).

    >>> is_warc_name("CC-MAIN-1.warc.wet.gz"), is_warc_name("page.txt")
    (True, False)
    """
    return os.fspath(path).lower().endswith(WARC_SUFFIXES)


def split_source(source: str) -> tuple[str, str | None]:
    """A page's *source* as its file and, for a WARC record's, the record's id: the file
    name ends at the first ``#`` after a WARC suffix.

    >>> split_source("crawl.warc.gz#urn:uuid:1"), split_source("notes#1.txt")
    (('crawl.warc.gz', 'urn:uuid:1'), ('notes#1.txt', None))
    """
    start = 0
    while (mark := source.find("#", start)) != -1:
        if is_warc_name(source[:mark]):
            return source[:mark], source[mark + 1 :]
        start = mark + 1
    return source, None


@frozen
class WarcPage:
    """A record that holds a page: its bytes, what they are, and the page's URL."""

    source: str
    """The file's path, ``#`` and the record's id."""
    data: bytes
    input_format: InputFormat
    """``html`` or ``text`` as the record's content type says, ``auto`` where it says none."""
    url: str | None = None
    """The record's ``WARC-Target-URI``: it resolves an HTML page's relative links."""

    def config_for(self, config: CleanConfig) -> CleanConfig:
        """The configuration to clean the record with: *config*, but with the input format
        the record's content type tells (``html`` or ``text``), which wins over the run's."""
        if self.input_format in ("auto", config.input_format):
            return config
        return attrs.evolve(config, input_format=self.input_format)


@frozen
class BadRecord:
    """A record that cannot be read (too large, cut short), or the rest of a file that is
    broken: where (*source*) and why (*error*)."""

    source: str
    error: HerseedsError


def read_warc(
    path: str | os.PathLike[str],
    *,
    max_bytes: int | None = None,
    skipped: Counter[str] | None = None,
    skip: Callable[[str], bool] | None = None,
) -> Iterator[WarcPage | BadRecord]:
    """The pages of the WARC or WET file *path*, in the file's order, read as they are met.

    A page over *max_bytes* is a :class:`BadRecord` (:class:`InputTooLargeError`), read no
    further. A file that cannot be opened, is no WARC, or is broken or cut off ends with a
    :class:`BadRecord`, after the pages read before the break. Records that are not pages
    are counted in *skipped* by reason (``request``, ``HTTP status 404``,
    ``content type image/png``); a page whose source *skip* accepts (one an earlier run
    cleaned) is passed over unread and not counted.
    """
    name = os.fspath(path)
    try:
        file = open(name, "rb")  # noqa: SIM115 (closed below, when the generator ends)
    except OSError as error:
        yield BadRecord(name, _open_error(name, error))
        return
    with file:
        records = ArchiveIterator(file)
        number = 0
        end = 0  # where the last record read in full ends, blank lines included
        whole = True  # record *number* is read whole: a failure now is in the next one
        try:
            for record in records:
                number += 1
                whole = False
                if not _has_length(record):  # also what a record cut in its headers looks like
                    yield _broken(name, number, "the record has no Content-Length")
                    return
                result = _page(
                    name, record, number, max_bytes=max_bytes, skipped=skipped, skip=skip
                )
                records.read_to_end()  # past the record, so that its length can be checked
                short = getattr(record.raw_stream, "limit", 0)
                if short or records.err_count:
                    yield _broken(name, number, _cut_short(short))
                    return
                end = records.offset
                whole = True
                if result is not None:
                    yield result
        except Exception as error:  # warcio's ArchiveLoadFailed, what a broken gzip raises
            yield _broken(name, number + whole, str(error) or type(error).__name__)
            return
        if number == 0:
            yield _broken(name, 0, "no WARC record found")
        elif _has_data_after(file, end):
            yield _broken(name, number + 1, "a record cut off in its headers")


def _page(
    name: str,
    record: Any,
    number: int,
    *,
    max_bytes: int | None,
    skipped: Counter[str] | None,
    skip: Callable[[str], bool] | None,
) -> WarcPage | BadRecord | None:
    """The page *record* holds, a :class:`BadRecord` if it is too large, or None if it
    holds none (counted in *skipped*)."""
    kind, reason = _kind(record)
    if kind is None:
        if skipped is not None:
            skipped[reason] += 1
        return None
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID") or headers.get_header("WARC-Target-URI")
    source = f"{name}#{(record_id or str(number)).strip().strip('<>')}"
    if skip is not None and skip(source):
        return None
    stream = record.content_stream()
    limit = None if max_bytes is None else max_bytes + 1
    chunks: list[bytes] = []
    size = 0
    while limit is None or size < limit:
        chunk = stream.read(_CHUNK if limit is None else min(_CHUNK, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if max_bytes is not None and size > max_bytes:
        return BadRecord(
            source,
            InputTooLargeError(
                f"{source}: more than the limit of {max_bytes} bytes; raise it "
                f"({setting('max_bytes')})"
            ),
        )
    return WarcPage(source, b"".join(chunks), kind, headers.get_header("WARC-Target-URI"))


def _kind(record: Any) -> tuple[InputFormat | None, str]:
    """What *record* holds (``html``, ``text``, ``auto``), or None and why it is no page."""
    rec_type: str = record.rec_type
    warc_type = _media_type(record.rec_headers.get_header("Content-Type"))
    if rec_type == "conversion":
        return ("text", "") if warc_type in (None, *_TEXT_TYPES) else (None, rec_type)
    if rec_type == "resource":
        media = warc_type
    elif rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None, f"HTTP status {status or 'missing'}"
        media = _media_type(record.http_headers.get_header("Content-Type")) or _media_type(
            record.rec_headers.get_header("WARC-Identified-Payload-Type")
        )
    else:
        return None, rec_type
    if media is None:
        return "auto", ""
    if media in _HTML_TYPES:
        return "html", ""
    if media in _TEXT_TYPES:
        return "text", ""
    return None, f"content type {media}"


def _media_type(value: str | None) -> str | None:
    """``text/html`` of ``Text/HTML; charset=utf-8``; None for no value."""
    media = (value or "").partition(";")[0].strip().lower()
    return media or None


def _cut_short(missing: int) -> str:
    if missing:
        return f"the record is cut short ({missing} bytes missing)"
    return "the record is longer or shorter than its Content-Length says"


def _broken(name: str, number: int, why: str) -> BadRecord:
    where = f"record {number}" if number else "the start"
    return BadRecord(
        f"{name}#{number}" if number else name,
        ArchiveFormatError(
            f"{name}: not a readable WARC file from {where} on ({why}); the records before "
            "it are read, the rest of the file is not"
        ),
    )


def _open_error(name: str, error: OSError) -> ReadError:
    if isinstance(error, FileNotFoundError):
        return ReadError(f"{name}: no such file")
    if isinstance(error, IsADirectoryError):
        return ReadError(f"{name}: is a directory, not a WARC file")
    return ReadError(f"{name}: cannot be read ({error.strerror or error})")


def _has_length(record: Any) -> bool:
    length = record.rec_headers.get_header("Content-Length")
    return length is not None and length.strip().isdigit()


def _has_data_after(file: Any, offset: int) -> bool:
    """Whether the file holds more than blank lines after *offset*: warcio ends quietly
    at a record whose headers were cut off."""
    file.seek(offset)
    return not _only_blanks(file)


def _only_blanks(file: Any) -> bool:
    while chunk := file.read(_CHUNK):
        if chunk.strip():
            return False
    return True
