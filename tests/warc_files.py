"""WARC and WET files for the tests, written by hand as the WARC 1.0 standard lays them out
(a record's headers, a blank line, its block of Content-Length bytes, two line ends), so
that the tests control every byte, broken ones included.
"""

from __future__ import annotations

import gzip
from typing import Final

__all__ = ["HTML_PAGE", "conversion", "record", "response", "warc_file"]

HTML_PAGE: Final = (
    "<!DOCTYPE html><html><head><title>A film about love</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav>"
    "<article><h1>A film about love</h1>"
    "<p>Her is a film about love, loneliness and the software we talk to every day.</p>"
    "<p>It asks what a voice can be to a person who has stopped hoping for company.</p>"
    "</article><footer>Share this: Twitter Facebook</footer></body></html>"
)


def record(kind: str, block: bytes, number: int, headers: dict[str, str] | None = None) -> bytes:
    """One WARC record of type *kind*, its id ``urn:uuid:…`` made of *number*."""
    lines = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>",
        "WARC-Date: 2024-01-01T00:00:00Z",
        *(f"{name}: {value}" for name, value in (headers or {}).items()),
        f"Content-Length: {len(block)}",
    ]
    return "\r\n".join(lines).encode() + b"\r\n\r\n" + block + b"\r\n\r\n"


def response(
    body: bytes,
    number: int,
    *,
    url: str = "https://example.org/post",
    content_type: str | None = "text/html; charset=utf-8",
    status: str = "200 OK",
) -> bytes:
    """A ``response`` record: an HTTP response of *body*."""
    http = [f"HTTP/1.1 {status}"]
    if content_type is not None:
        http.append(f"Content-Type: {content_type}")
    block = "\r\n".join(http).encode() + b"\r\n\r\n" + body
    headers = {"WARC-Target-URI": url, "Content-Type": "application/http; msgtype=response"}
    return record("response", block, number, headers)


def conversion(text: str, number: int, *, url: str = "https://example.org/post") -> bytes:
    """A WET ``conversion`` record: a page's text, in UTF-8."""
    headers = {"WARC-Target-URI": url, "Content-Type": "text/plain"}
    return record("conversion", text.encode("utf-8"), number, headers)


def warc_file(records: list[bytes], *, gzipped: bool = False) -> bytes:
    """*records* as a WARC file; gzipped, as ``.warc.gz`` files are: one member each."""
    return b"".join(gzip.compress(item) if gzipped else item for item in records)
