"""The entry points: a page's text, a file, or a whole corpus in, documents out.

``clean`` chains the data flow: newlines -> normalization -> segmentation -> document.
"""

from __future__ import annotations

import logging
import os
import signal
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, TypeAlias, TypeVar, get_args, overload

from herseeds.document import assemble
from herseeds.errors import (
    CleanTimeoutError,
    HerseedsError,
    InputTooLargeError,
    InputTypeError,
    setting,
    spell_for_command_line,
    spells_for_command_line,
)
from herseeds.model import CleanConfig, Document, PageError
from herseeds.normalizing import normalize_lines, normalize_newlines
from herseeds.reading import checked_path, decode, read_bytes, scan_pages
from herseeds.segmenting import LineDecision, segment

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Iterator

__all__ = [
    "ErrorHandling",
    "clean",
    "clean_corpus",
    "clean_file",
    "clean_paths",
    "explain",
    "page_error",
]

_DEFAULT_CONFIG: Final = CleanConfig()
_log: Final = logging.getLogger("herseeds")


def clean(text: str, *, source: str | None = None, config: CleanConfig | None = None) -> Document:
    """Clean one page dump and return its :class:`Document`.

    Every line of *text* (after CRLF and CR become LF) gets one label, in ``labels``.

    >>> doc = clean("A first paragraph.\\n\\nA\\u00a0second  one.\\n")
    >>> doc.article
    ('A first paragraph.', 'A second one.')
    >>> doc.labels
    ('article', 'blank', 'article', 'blank')
    """
    raw_lines, lines, decisions = _segment(text, config, source)
    labels = [decision.label for decision in decisions]
    return assemble(raw_lines, lines, labels, source=source)


def explain(text: str, *, config: CleanConfig | None = None) -> list[tuple[str, LineDecision]]:
    """Return each line of *text*, as read, with its label and the rule that decided it.

    >>> [(line, d.label, d.rule) for line, d in explain("Hello.\\n")]
    [('Hello.', 'article', 'default: prose'), ('', 'blank', 'blank line')]
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
    config = _checked_config(config)
    text = _checked(text)
    _check_size(text, config.max_bytes, source)
    check = _deadline(config.time_limit, source)
    raw_lines = normalize_newlines(text).split("\n")
    lines = normalize_lines(raw_lines, config=config)
    check()
    return raw_lines, lines, segment(raw_lines, lines, check=check)


def _check_size(text: str, max_bytes: int | None, source: str | None) -> None:
    # A character is one to four bytes: only a text that may be too large is encoded.
    if max_bytes is None or len(text) * 4 <= max_bytes:
        return
    size = len(text) if len(text) > max_bytes else len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputTooLargeError(
            f"{source or 'the page'}: {size} bytes or more, more than the limit of {max_bytes}; "
            f"raise it ({setting('max_bytes')}) or split the page"
        )


def _deadline(limit: float | None, source: str | None) -> Callable[[], None]:
    """A check to call between steps; it raises once *limit* seconds have gone by."""
    if limit is None:
        return _no_check
    stop = time.monotonic() + limit

    def check() -> None:
        if time.monotonic() > stop:
            raise CleanTimeoutError(
                f"{source or 'the page'}: cleaning took more than the limit of {limit} s; "
                f"raise it ({setting('time_limit')}), or skip the page"
            )

    return check


def _no_check() -> None:
    pass


def _checked_config(config: object) -> CleanConfig:
    if config is None:
        return _DEFAULT_CONFIG
    if not isinstance(config, CleanConfig):
        raise InputTypeError(f"config must be a CleanConfig, not {type(config).__name__}")
    return config


def clean_file(path: str | os.PathLike[str], *, config: CleanConfig | None = None) -> Document:
    """Read a page dump from *path* (any encoding, BOM honoured) and clean it.

    *path* is a ``str`` or an :class:`os.PathLike` giving a ``str``, such as a
    :class:`pathlib.Path`. Any other type raises :class:`InputTypeError` at the call, and so
    does a bytes path (``bytes``, or a path-like giving bytes), unlike :func:`open`: decode
    it first with :func:`os.fsdecode`, as :func:`clean_corpus` needs too. A path holding a
    NUL character names no file (:class:`ReadError`). The document's ``source`` is *path*
    as given, as a ``str``.

    >>> clean_file(None)
    Traceback (most recent call last):
    ...
    herseeds.errors.InputTypeError: path must be a str or os.PathLike, not NoneType
    """
    source = checked_path(path)
    config = _checked_config(config)
    data = read_bytes(source, max_bytes=config.max_bytes)
    text = decode(data, encoding=config.encoding, source=source)
    return clean(text, source=source, config=config)


ErrorHandling: TypeAlias = Literal["record", "raise"]
"""What :func:`clean_corpus` does with a page that fails: yield a :class:`PageError`, or raise."""

_ERROR_HANDLING: Final = get_args(ErrorHandling)


@overload
def clean_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    config: CleanConfig | None = None,
    workers: int | None = None,
    errors: Literal["record"] = "record",
) -> Iterator[Document | PageError]: ...


@overload
def clean_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    config: CleanConfig | None = None,
    workers: int | None = None,
    errors: Literal["raise"],
) -> Iterator[Document]: ...


def clean_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    config: CleanConfig | None = None,
    workers: int | None = None,
    errors: ErrorHandling = "record",
) -> Iterator[Document | PageError] | Iterator[Document]:
    """Clean files and directories of page dumps, yielding documents in a stable order.

    Directories give their ``*.txt`` files, recursively, sorted by path (see
    :func:`herseeds.reading.scan_pages`); what a directory holds that cannot be a page (a
    broken link, a loop of links, a folder that cannot be read) is skipped, each with a
    warning on the ``herseeds`` logger. With ``workers > 1`` pages are cleaned in that
    many processes; the order stays the same.

    A page that fails (it cannot be read or decoded, or any other exception while cleaning
    it) gives a :class:`PageError` in its place, and the run goes on. With
    ``errors="raise"`` the first :class:`HerseedsError` is raised instead. Arguments are
    checked at the call, not when iteration starts.
    """
    if errors not in _ERROR_HANDLING:
        raise InputTypeError(f"errors must be 'record' or 'raise', not {errors!r}")
    config = _checked_config(config)
    workers = _checked_workers(workers)
    pages = _found_pages(paths)
    if errors == "raise":
        return _documents_or_raise(
            _clean_pages(pages, partial(_clean_batch, config=config), workers)
        )
    return _records(_clean_pages(pages, partial(_record_batch, config=config), workers))


def _found_pages(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    found = scan_pages(paths)
    for skipped in found.skipped:
        _log.warning("%s: skipped, %s", skipped.path, skipped.reason)
    return list(found.pages)


def _documents_or_raise(
    results: Generator[tuple[Path, Document | HerseedsError], None, None],
) -> Generator[Document, None, None]:
    with closing(results):  # closing this generator closes the worker processes too
        for _, result in results:
            if isinstance(result, HerseedsError):
                raise result
            yield result


def _records(
    results: Generator[tuple[Path, Document | PageError], None, None],
) -> Generator[Document | PageError, None, None]:
    with closing(results):
        for _, result in results:
            yield result


def clean_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    config: CleanConfig | None = None,
    workers: int | None = None,
) -> Iterator[tuple[Path, Document | HerseedsError]]:
    """Like :func:`clean_corpus`, but yield ``(path, document or error)`` and never stop early.

    Only :class:`HerseedsError` is caught; any other exception stops the run.
    """
    config = _checked_config(config)
    workers = _checked_workers(workers)
    return _clean_pages(_found_pages(paths), partial(_clean_batch, config=config), workers)


def _checked_workers(workers: object) -> int:
    # bool is an int, but workers=True is a mistake, not one process.
    if workers is None:
        return 1
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise InputTypeError(f"workers must be a positive int or None, not {workers!r}")
    return workers


_Result = TypeVar("_Result")


def _clean_pages(
    pages: list[Path], work: Callable[[list[Path]], list[_Result]], workers: int
) -> Generator[tuple[Path, _Result], None, None]:
    if workers == 1 or len(pages) < 2:
        for page in pages:
            (result,) = work([page])
            yield page, result
    else:
        yield from _clean_in_processes(pages, work, min(workers, len(pages)))


# Pages travel to worker processes in batches (fewer round trips), and only a few batches
# per worker are in flight at once, so memory stays flat however large the corpus.
_BATCH_PAGES: Final = 16
_BATCHES_IN_FLIGHT_PER_WORKER: Final = 4


def _clean_in_processes(
    pages: list[Path], work: Callable[[list[Path]], list[_Result]], workers: int
) -> Generator[tuple[Path, _Result], None, None]:
    batch_size = max(1, min(_BATCH_PAGES, len(pages) // (workers * 4)))
    batches = [pages[start : start + batch_size] for start in range(0, len(pages), batch_size)]
    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(spells_for_command_line(),)
    )
    try:
        pending: deque[tuple[list[Path], Future[list[_Result]]]] = deque()
        for batch in batches:
            pending.append((batch, pool.submit(work, batch)))
            if len(pending) >= workers * _BATCHES_IN_FLIGHT_PER_WORKER:
                done, future = pending.popleft()
                yield from zip(done, future.result(), strict=True)
        while pending:
            done, future = pending.popleft()
            yield from zip(done, future.result(), strict=True)
    finally:
        # Interrupted (Ctrl-C) or closed early: drop the batches not started yet, rather
        # than cleaning them for nobody.
        pool.shutdown(cancel_futures=True)


def _start_worker(command_line: bool) -> None:
    # Forked workers inherit the parent's handlers; the command line turns SIGTERM into an
    # orderly stop of the parent, while a worker told to terminate should just end.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Messages of the pages that fail name settings as the parent's user knows them.
    spell_for_command_line(command_line)


def _clean_batch(paths: list[Path], *, config: CleanConfig) -> list[Document | HerseedsError]:
    results: list[Document | HerseedsError] = []
    for path in paths:
        try:
            results.append(clean_file(path, config=config))
        except HerseedsError as error:
            results.append(error)
    return results


def _record_batch(paths: list[Path], *, config: CleanConfig) -> list[Document | PageError]:
    results: list[Document | PageError] = []
    for path in paths:
        try:
            results.append(clean_file(path, config=config))
        except Exception as error:  # a corpus run survives any page, even a bug
            results.append(page_error(os.fspath(path), error))
    return results


def page_error(source: str, error: Exception) -> PageError:
    """The record of a page that failed with *error*: the exception's name and message."""
    kind = type(error).__name__
    return PageError(source=source, error=kind, message=str(error) or kind)
