"""The cleaning contract as checks: one label per line, nothing lost, a lossless JSON record.

The test suite and the fuzz targets (``fuzz/``) share these checks, so the property the
tests state is the one the fuzzers hunt violations of. They hold for any segmentation that
keeps the contract of docs/output-format.md, and do not assume that any line is article or
chrome.

A broken contract raises :class:`InvariantError`, an ``AssertionError``, explicitly rather
than with ``assert`` statements, which ``python -O`` would strip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from herseeds.comments import strip_marker
from herseeds.export import from_dict, from_json, to_dict, to_json
from herseeds.model import CHROME_PREFIX, is_valid_label
from herseeds.normalizing import normalize

if TYPE_CHECKING:
    from collections.abc import Sequence

    from herseeds.model import CleanConfig, Document

__all__ = ["InvariantError", "check_document", "check_json_round_trip", "input_lines"]


class InvariantError(AssertionError):
    """A document breaks the cleaning contract for the text it was cleaned from."""


def input_lines(text: str) -> list[str]:
    """The page's lines as docs/output-format.md defines them: CRLF and CR become LF, then split.

    >>> input_lines("a\\r\\nb\\rc\\n")
    ['a', 'b', 'c', '']
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _require(condition: bool, *details: object) -> None:
    if not condition:
        raise InvariantError(*details)


def check_document(document: Document, text: str, config: CleanConfig | None = None) -> None:
    """Check that *document*, cleaned from *text* with *config*, is a lossless account of it.

    Each input line has one valid label; a line is blank exactly when nothing is left of it
    after normalization; every other line is found, normalized, where its label says (the
    title, a comment, a ``removed`` run of its chrome kind, ...); the article is its lines
    in order (the lines of a folded paragraph joined with a space); and every ``removed``
    run is made of chrome lines of its kind.

    >>> from herseeds import clean
    >>> text = "A first paragraph.\\n\\nShare this:\\n"
    >>> check_document(clean(text), text)
    """
    lines = input_lines(text)
    normalized = [normalize(line, config=config) for line in lines]
    labels = document.labels
    _require(len(labels) == len(lines), "one label per line", len(labels), len(lines))
    _require(all(is_valid_label(label) for label in labels), "invalid labels", labels)

    for number, (line, label) in enumerate(zip(normalized, labels, strict=True)):
        where = (number, lines[number], label)
        # A line with nothing left after normalization is blank; any other is not.
        _require((label == "blank") == (line == ""), "blank iff empty", *where)
        if label == "title":
            _require(document.title is not None and line in document.title, "title", *where)
        elif label == "subtitle":
            _require(
                document.subtitle is not None and line in document.subtitle, "subtitle", *where
            )
        elif label == "bio":
            _require(document.author.bio is not None and line in document.author.bio, "bio", *where)
        elif label == "byline":
            _require(document.author.name is not None, "byline without a name", *where)
        elif label == "comment":
            # A comment's text is its lines without the list marker that opens an item
            # ("1.", "•", "+"): the cleaner's own marker set, which docs/output-format.md leaves
            # to it.
            body = strip_marker(line)
            _require(any(body in comment.text for comment in document.comments), "comment", *where)
        elif label == "comment-author":
            _require(any(comment.author for comment in document.comments), "author", *where)
        elif label.startswith(CHROME_PREFIX):
            kind = label.removeprefix(CHROME_PREFIX)
            runs = [
                run
                for run in document.removed
                if run.kind == kind and run.first_line <= number <= run.last_line
            ]
            _require(len(runs) == 1, "one removed run per chrome line", *where, document.removed)
            _require(line in runs[0].text.split("\n"), "chrome line in its run", *where, runs[0])

    # The article is its lines, normalized, in order: nothing dropped, nothing added; only
    # the lines of a paragraph a text browser folded are joined, each with one space.
    article = [line for line, label in zip(normalized, labels, strict=True) if label == "article"]
    _require(
        _joins_of(document.article, article), "article is its lines", document.article, article
    )
    # Every removed run is made of chrome lines of its kind.
    for run in document.removed:
        chrome = CHROME_PREFIX + run.kind
        _require(
            run.last_line < len(labels)
            and labels[run.first_line] == labels[run.last_line] == chrome
            and all(
                label in {"blank", chrome} for label in labels[run.first_line : run.last_line + 1]
            ),
            "removed run of other lines",
            run,
        )


def _joins_of(paragraphs: Sequence[str], lines: Sequence[str]) -> bool:
    """Whether *paragraphs* are *lines* in order, each one line or several consecutive
    lines joined with a space.

    >>> _joins_of(("a b", "c"), ["a", "b", "c"]), _joins_of(("a", "c"), ["a", "b", "c"])
    (True, False)
    """
    position = 0
    for paragraph in paragraphs:
        offset = 0  # read up to here, without a copy of the paragraph's text so far
        while True:
            if position == len(lines) or not paragraph.startswith(lines[position], offset):
                return False
            offset += len(lines[position])
            position += 1
            if offset == len(paragraph):
                break
            if paragraph[offset] != " ":
                return False
            offset += 1
    return position == len(lines)


def check_json_round_trip(document: Document) -> None:
    """Check that *document* survives its dict and JSON records unchanged.

    >>> from herseeds import clean
    >>> check_json_round_trip(clean("A paragraph.\\n"))
    """
    _require(from_dict(to_dict(document)) == document, "dict round trip", document)
    _require(from_json(to_json(document)) == document, "JSON round trip", document)
