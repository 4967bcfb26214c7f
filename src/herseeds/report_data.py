"""The data of an audit report (``herseeds report``): each page explained, its record
made compact, the corpus totals counted.

A page is cleaned once (:func:`~herseeds.cleaning.clean_and_explain_bytes`): its document
and each line as read (an HTML page's as rendered) with the decision that labelled it.
:class:`Collector` turns each page into one line of JSON for the report (the lines, and
per line an index into the report's table of labels and of rules, so that a rule's name
and its sentence are written once however many lines it decided) and keeps the page's
row of the index and the corpus totals. Rendering the report is
:mod:`herseeds.report_html`'s job; nothing here writes a file.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from functools import partial
from typing import TYPE_CHECKING, Any, Final

import attrs
import orjson
from attrs import frozen

from herseeds.cleaning import clean_and_explain_bytes
from herseeds.corpus import STDIN_SOURCE, Pages, StandardInput
from herseeds.decisions import CommentFacts, describe_facts
from herseeds.model import (
    CHROME_PREFIX,
    CONTENT_LABELS,
    CleanConfig,
    Document,
    PageError,
    escape_surrogates,
)
from herseeds.reading import read_bytes, read_stream
from herseeds.warc import BadRecord, WarcPage, is_warc_name, read_warc

if TYPE_CHECKING:
    from collections.abc import Callable, Generator
    from pathlib import Path

    from herseeds.decisions import LineDecision

__all__ = [
    "INDEX_COLUMNS",
    "MAX_LINE_CHARS",
    "Collector",
    "Explained",
    "Totals",
    "encode_json",
    "explain_pages",
]

MAX_LINE_CHARS: Final = 5_000
"""A line longer than this is shown cut (the report says so): a page of one 10 MB line
would otherwise make the report as large and the browser slow, for nothing a reader can
look at."""

_EXCERPT_CHARS: Final = 120
"""How much of a comment's text the comment tree shows."""

INDEX_COLUMNS: Final = (
    "source",
    "title",
    "lines",
    "kept",
    "removed",
    "chrome",
    "comments",
    "author",
    "error",
    "kinds",
    "paragraphs",
)
"""The columns of a row of the report's index, in order (``kinds``: chrome lines by
kind, as pairs of an index into the kinds table and a count, flattened)."""


@frozen
class Explained:
    """A page cleaned: its document, and its lines (as read) with their decisions."""

    document: Document
    lines: tuple[str, ...]
    decisions: tuple[LineDecision, ...]


def explain_pages(
    pages: Pages,
    config: CleanConfig,
    *,
    on_skipped: Callable[[Path, Counter[str]], object] | None = None,
) -> Generator[Explained | PageError, None, None]:
    """Each page of *pages* explained, in order, as ``herseeds clean`` reads it: files,
    standard input, and the page records of WARC and WET files. A page that fails is its
    :class:`PageError` (any exception: a report survives any page, as a corpus run does).

    *on_skipped* hears, after each WARC file, the records it held that are not pages.
    """
    for entry in pages.entries:
        if isinstance(entry, StandardInput):
            yield _explained(STDIN_SOURCE, lambda: _stdin(config), config)
        elif is_warc_name(entry):
            skipped: Counter[str] = Counter()
            for record in read_warc(entry, max_bytes=config.max_bytes, skipped=skipped):
                yield _record(record, config)
            if skipped and on_skipped is not None:
                on_skipped(entry, skipped)
        else:
            yield _explained(
                os.fspath(entry), partial(read_bytes, entry, max_bytes=config.max_bytes), config
            )


def _stdin(config: CleanConfig) -> bytes:
    return read_stream(sys.stdin.buffer, source=STDIN_SOURCE, max_bytes=config.max_bytes)


def _record(record: WarcPage | BadRecord, config: CleanConfig) -> Explained | PageError:
    if isinstance(record, BadRecord):
        return _page_error(record.source, record.error)
    return _explained(record.source, lambda: record.data, record.config_for(config), url=record.url)


def _explained(
    source: str, read: Callable[[], bytes], config: CleanConfig, *, url: str | None = None
) -> Explained | PageError:
    try:
        document, explained = clean_and_explain_bytes(read(), source=source, config=config, url=url)
    except Exception as error:  # the page fails, not the report: as in a corpus run
        return _page_error(source, error)
    return Explained(
        document,
        tuple(line for line, _ in explained),
        tuple(decision for _, decision in explained),
    )


def _page_error(source: str, error: Exception) -> PageError:
    kind = type(error).__name__
    return PageError(source=escape_surrogates(source), error=kind, message=str(error) or kind)


class _Table:
    """Strings numbered in the order they are first met: a report writes each once."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, value: str) -> int:
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.index)
        return found

    def values(self) -> list[str]:
        return list(self.index)


@frozen
class Totals:
    """What a report counts over its pages."""

    pages: int
    """Pages in the report, with those that failed."""
    errors: int
    """Pages that failed (their :class:`~herseeds.model.PageError` is in the report)."""
    words_kept: int
    """Words (split at spaces) on lines kept: title, subtitle, byline, bio, article,
    comments and their author lines."""
    words_removed: int
    """Words on lines removed as chrome."""
    chrome: tuple[tuple[str, int], ...]
    """Chrome lines (blank lines inside a run not counted) by kind, most first."""
    comments: int
    paragraphs: int
    """Article paragraphs."""
    authors: int
    """Pages whose document names an author."""
    evidence: tuple[tuple[str, int], ...]
    """Pages by where their author's name was found (``author.name_from``), most first."""
    error_kinds: tuple[tuple[str, int], ...]
    """Pages that failed, by the name of the exception, most first."""

    def to_dict(self) -> dict[str, Any]:
        """The totals as plain JSON values (pairs as lists)."""
        return attrs.asdict(self)


class Collector:
    """The report's data, gathered page by page: :meth:`add` gives a page's line of JSON
    (to be written at once), and keeps what the index and the totals need."""

    def __init__(self) -> None:
        self.labels = _Table()
        self.rules: dict[str, tuple[int, str]] = {}  # name -> (index, the rule's sentence)
        self.kinds = _Table()
        self.rows: list[list[Any]] = []
        self._errors = 0
        self._kept = self._removed = self._comments = self._paragraphs = self._authors = 0
        self._chrome: Counter[str] = Counter()
        self._evidence: Counter[str] = Counter()
        self._error_kinds: Counter[str] = Counter()

    def add(self, page: Explained | PageError) -> bytes:
        """Count *page* and return its record: one line of JSON, ending in a newline."""
        if isinstance(page, PageError):
            return self._add_error(page)
        return self._add_page(page)

    def _add_error(self, error: PageError) -> bytes:
        self._errors += 1
        self._error_kinds[error.error] += 1
        self.rows.append([error.source, None, 0, 0, 0, 0, 0, None, error.error, [], 0])
        return encode_json({"e": [error.error, error.message]}) + b"\n"

    def _add_page(self, page: Explained) -> bytes:
        document = page.document
        kept = removed = 0
        chrome: Counter[str] = Counter()
        labels: list[int] = []
        rules: list[int] = []
        facts: list[tuple[int, str]] = []
        comment_of: list[tuple[int, int]] = []
        cut: list[int] = []
        lines: list[str] = []
        for number, (line, decision) in enumerate(zip(page.lines, page.decisions, strict=True)):
            label = decision.label
            labels.append(self.labels(label))
            rules.append(self._rule(decision))
            words = len(line.split())
            if label.startswith(CHROME_PREFIX):
                removed += words
                chrome[label.removeprefix(CHROME_PREFIX)] += 1
            elif label in CONTENT_LABELS and label != "blank":
                kept += words
            described = describe_facts(
                found for found in decision.facts if not isinstance(found, CommentFacts)
            )
            if described:
                facts.append((number, described))
            comment_of.extend(
                (number, found.index) for found in decision.facts if isinstance(found, CommentFacts)
            )
            if len(line) > MAX_LINE_CHARS:
                cut.append(number)
            lines.append(line[:MAX_LINE_CHARS])
        self._kept += kept
        self._removed += removed
        self._chrome.update(chrome)
        self._comments += len(document.comments)
        self._paragraphs += len(document.article)
        if document.author.name is not None:
            self._authors += 1
            self._evidence[document.author.name_from or "unknown"] += 1
        kinds = [
            value for kind, count in chrome.most_common() for value in (self.kinds(kind), count)
        ]
        self.rows.append(
            [
                escape_surrogates(document.source or ""),
                document.title,
                len(page.lines),
                kept,
                removed,
                sum(chrome.values()),
                len(document.comments),
                document.author.name,
                None,
                kinds,
                len(document.article),
            ]
        )
        record = {
            "x": lines,
            "L": labels,
            "R": rules,
            "F": facts,
            "C": comment_of,
            "T": cut,
            "d": _document(document),
        }
        return encode_json(record) + b"\n"

    def _rule(self, decision: LineDecision) -> int:
        rule = decision.rule
        known = self.rules.get(rule.name)
        if known is None:
            known = self.rules[rule.name] = (len(self.rules), rule.doc)
        return known[0]

    def totals(self) -> Totals:
        """The totals of the pages added so far."""
        return Totals(
            pages=len(self.rows),
            errors=self._errors,
            words_kept=self._kept,
            words_removed=self._removed,
            chrome=tuple(self._chrome.most_common()),
            comments=self._comments,
            paragraphs=self._paragraphs,
            authors=self._authors,
            evidence=tuple(self._evidence.most_common()),
            error_kinds=tuple(self._error_kinds.most_common()),
        )

    def meta(self) -> dict[str, Any]:
        """Everything but the pages' records: the tables, the index and the totals."""
        return {
            "labels": self.labels.values(),
            "rules": [[name, doc] for name, (_, doc) in self.rules.items()],
            "kinds": self.kinds.values(),
            "columns": list(INDEX_COLUMNS),
            "index": self.rows,
            "totals": self.totals().to_dict(),
        }


def _document(document: Document) -> dict[str, Any]:
    """The fields of *document* a reader looks at beside its lines (the text itself is
    in the lines: not written twice)."""
    author = document.author
    return {
        "t": document.title,
        "st": document.subtitle,
        "a": [author.name, author.name_from, author.bio],
        "p": len(document.article),
        "dc": document.declared_comment_count,
        "cm": [
            [c.author, c.depth, c.parent, c.kind, c.text[:_EXCERPT_CHARS]]
            for c in document.comments
        ],
        "rm": [[run.kind, run.first_line, run.last_line] for run in document.removed],
    }


def encode_json(value: object) -> bytes:
    """*value* as compact JSON in UTF-8, safe inside an HTML ``<script>`` element.

    Every ``<`` is written ``\\u003c``: JSON has that character only inside strings, where
    the escape means the same, so no page text can close the element (``</script>``) or
    open a comment (``<!--``) in it.

    >>> encode_json(["</script><b>"])
    b'["\\\\u003c/script>\\\\u003cb>"]'
    """
    try:
        data = orjson.dumps(value)
    except TypeError:
        # A lone surrogate (a str that came from outside a file) is no UTF-8: the standard
        # library writes it as a \\uXXXX escape, which a browser reads back as it was.
        data = json.dumps(value, separators=(",", ":")).encode("ascii")
    return data.replace(b"<", b"\\u003c")
