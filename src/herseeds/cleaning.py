"""The page pipeline: a page's text, or a file, in; its document out.

``clean`` chains the data flow: newlines -> normalization -> segmentation -> document. A
whole corpus is :mod:`herseeds.corpus`'s job.
"""

from __future__ import annotations

import os

from herseeds.document import assemble
from herseeds.errors import InputTypeError
from herseeds.html.page import clean_and_explain_html, clean_html
from herseeds.limits import check_size, deadline
from herseeds.model import CleanConfig, Document, checked_config
from herseeds.normalizing import normalize_lines, normalize_newlines
from herseeds.reading import checked_path, decode, is_html, read_bytes
from herseeds.segmenting import LineDecision, segment

__all__ = ["clean", "clean_and_explain_bytes", "clean_bytes", "clean_file", "explain"]


def clean(text: str, *, source: str | None = None, config: CleanConfig | None = None) -> Document:
    """Clean one page dump and return its :class:`Document`.

    Every line of *text* (after CRLF and CR become LF) gets one label, in ``labels``.

    >>> doc = clean("A first paragraph.\\n\\nA\\u00a0second  one.\\n")
    >>> doc.article
    ('A first paragraph.', 'A second one.')
    >>> doc.labels
    ('article', 'blank', 'article', 'blank')
    """
    _, lines, decisions = _segment(text, config, source)
    return assemble(lines, decisions, source=source)


def explain(text: str, *, config: CleanConfig | None = None) -> list[tuple[str, LineDecision]]:
    """Return each line of *text*, as read, with its decision: its label, the rule that
    decided it, and what the rule found there (:class:`~herseeds.decisions.LineDecision`).

    >>> [(line, d.label, d.rule.name) for line, d in explain("Hello.\\n")]
    [('Hello.', 'article', 'line.prose'), ('', 'blank', 'line.blank')]
    >>> [d.facts for _, d in explain("12 Comments\\n")][0]
    (CommentsHeaderFacts(count=12, title=None),)
    """
    raw_lines, _, decisions = _segment(text, config)
    return list(zip(raw_lines, decisions, strict=True))


def _checked(text: object) -> str:
    if not isinstance(text, str):
        # bytearray and memoryview are bytes too, and decode() takes them: same hint.
        is_bytes = isinstance(text, bytes | bytearray | memoryview)
        hint = " (decode it first, or use clean_file)" if is_bytes else ""
        raise InputTypeError(f"expected the page as str, got {type(text).__name__}{hint}")
    return text


def _segment(
    text: str, config: CleanConfig | None, source: str | None = None
) -> tuple[list[str], list[str], list[LineDecision]]:
    config = checked_config(config)
    text = _checked(text)
    check_size(text, config.max_bytes, source)
    check = deadline(config.time_limit, source)
    raw_lines = normalize_newlines(text).split("\n")
    lines = normalize_lines(raw_lines, config=config)
    check()
    return raw_lines, lines, segment(raw_lines, lines, check=check, page_shape=config.page_shape)


def clean_file(path: str | os.PathLike[str], *, config: CleanConfig | None = None) -> Document:
    """Read a page dump or an HTML page from *path* (any encoding, BOM honoured) and clean
    it: an HTML page (told by its content, see ``CleanConfig.input_format``) with
    :func:`~herseeds.html.clean_html`, a dump with :func:`clean`.

    *path* is a ``str`` or an :class:`os.PathLike` giving a ``str``, such as a
    :class:`pathlib.Path`. Any other type raises :class:`InputTypeError` at the call, and so
    does a bytes path (``bytes``, or a path-like giving bytes), unlike :func:`open`: decode
    it first with :func:`os.fsdecode`, as :func:`~herseeds.corpus.clean_corpus` needs too.
    A path holding a NUL character names no file (:class:`ReadError`). The document's
    ``source`` is *path* as given, as a ``str``.

    >>> clean_file(None)
    Traceback (most recent call last):
    ...
    herseeds.errors.InputTypeError: path must be a str or os.PathLike, not NoneType
    """
    source = checked_path(path)
    config = checked_config(config)
    return clean_bytes(read_bytes(source, max_bytes=config.max_bytes), source=source, config=config)


def clean_bytes(
    data: bytes | bytearray | memoryview,
    *,
    source: str | None = None,
    config: CleanConfig | None = None,
    url: str | None = None,
) -> Document:
    """Clean a page's bytes, read as :func:`clean_file` reads a file: an HTML page (told
    by its content, or by ``config.input_format``) as HTML, else as a text dump. *url*,
    where the page came from (a WARC record's), helps an HTML page's metadata."""
    config = checked_config(config)
    if _reads_as_html(data, config):
        return clean_html(bytes(data), url=url, source=source, config=config)
    text = decode(data, encoding=config.encoding, source=source)
    return clean(text, source=source, config=config)


def clean_and_explain_bytes(
    data: bytes | bytearray | memoryview,
    *,
    source: str | None = None,
    config: CleanConfig | None = None,
    url: str | None = None,
) -> tuple[Document, list[tuple[str, LineDecision]]]:
    """:func:`clean_bytes` and the explanation of each line (as :func:`explain` and
    :func:`~herseeds.html.explain_html` give it) from one run of the pipeline, for
    ``herseeds report``: the same document, and the page's lines as read (an HTML page's
    as rendered) with their decisions.

    >>> doc, lines = clean_and_explain_bytes(b"Hello.\\n")
    >>> doc.article, [(line, d.label) for line, d in lines]
    (('Hello.',), [('Hello.', 'article'), ('', 'blank')])
    """
    config = checked_config(config)
    if _reads_as_html(data, config):
        return clean_and_explain_html(bytes(data), url=url, source=source, config=config)
    text = decode(data, encoding=config.encoding, source=source)
    raw_lines, lines, decisions = _segment(text, config, source)
    document = assemble(lines, decisions, source=source)
    return document, list(zip(raw_lines, decisions, strict=True))


def _reads_as_html(data: bytes | bytearray | memoryview, config: CleanConfig) -> bool:
    """Whether a page's bytes are cleaned as HTML: ``config.input_format`` says so, or,
    left to ``auto``, their content does."""
    return config.input_format == "html" or (config.input_format == "auto" and is_html(data))
