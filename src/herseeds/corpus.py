"""A corpus run: its pages found, cleaned in order in one or N processes, written as records.

The page pipeline is :mod:`herseeds.cleaning`, the output file :mod:`herseeds.output`;
this module runs them over a corpus. It prints nothing: it returns what it did
(:class:`RunReport`) and tells a listener what happens as it happens (the events, such as
:class:`Cleaned`), which the ``herseeds`` command turns into its messages and summary.

- :func:`clean_corpus` (``herseeds.clean_corpus``): the record of each page, in order.
- :func:`clean_to_file`: clean pages into a JSON Lines file, locked, written whole, with
  resume and the salvage of what killed runs left.
- :func:`write_records`: clean pages into any binary sink, one JSON Lines record each.
- :func:`gather_pages`: a run's pages in order, standard input in its place
  (:class:`StandardInput`), and the paths skipped as not pages.

Pages are cleaned in the calling process, or in a pool of N processes: in batches, a few
per process in flight, so that memory stays flat; the records come back in the order of
the pages. A WARC or WET file (:mod:`herseeds.warc`) gives the pages of its records, read
here as the batches need them and sent to the pool with their bytes. Closing the
iteration early, or Ctrl-C, cancels the batches not started yet. A page that fails gives
an error record (:class:`~herseeds.model.PageError`) in its place.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import signal
import sys
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, Protocol, TypeAlias, TypeVar, get_args, overload

import attrs
from attrs import frozen

from herseeds.cleaning import clean_bytes, clean_file
from herseeds.errors import (
    DocumentFormatError,
    HerseedsError,
    InputTypeError,
    ReadError,
    spell_for_command_line,
    spells_for_command_line,
)
from herseeds.export import records_from_jsonl, to_jsonl_line
from herseeds.model import CleanConfig, Document, PageError, checked_config, escape_surrogates
from herseeds.output import OutputFile
from herseeds.reading import SkippedPath, read_stream, scan_pages
from herseeds.warc import BadRecord, WarcPage, is_warc_name, read_warc, split_source

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Iterator, Sequence

__all__ = [
    "STDIN_SOURCE",
    "Cleaned",
    "Entry",
    "ErrorHandling",
    "Interrupted",
    "LeftoverNotDeleted",
    "LeftoverSalvaged",
    "LeftoverUnreadable",
    "LeftoversFound",
    "Pages",
    "RecordsSkipped",
    "Resumed",
    "RunEvent",
    "RunReport",
    "Sink",
    "StandardInput",
    "Started",
    "clean_corpus",
    "clean_to_file",
    "gather_pages",
    "write_records",
]

_log: Final = logging.getLogger("herseeds")

STDIN_SOURCE: Final = "<stdin>"
"""The ``source`` of the page read from standard input."""


# -- the pages of a run ----------------------------------------------------------------------


@frozen
class StandardInput:
    """The place of standard input among a run's pages: one page, its source ``<stdin>``."""


Entry: TypeAlias = Path | StandardInput
"""One page of a run: a file, or standard input."""


@frozen
class Pages:
    """The pages of a run, in order, and the paths skipped as not pages."""

    entries: tuple[Entry, ...]
    skipped: tuple[SkippedPath, ...] = ()
    """What directories held that cannot be read as a page (see
    :func:`~herseeds.reading.scan_pages`), with the reason."""


def gather_pages(
    paths: Iterable[str | os.PathLike[str]], *, standard_input: str | None = None
) -> Pages:
    """The pages *paths* name, as :func:`~herseeds.reading.scan_pages` finds them, in order.

    A path equal to *standard_input* (the command line's ``-``) is not looked up: it
    stands for the page on standard input, which is read in its place.
    """
    if standard_input is None or isinstance(paths, str | bytes | os.PathLike):
        found = scan_pages(paths)  # which refuses one path given alone
        return Pages(found.pages, found.skipped)
    entries: list[Entry] = []
    skipped: list[SkippedPath] = []
    for is_stdin, group in itertools.groupby(paths, key=lambda path: path == standard_input):
        if is_stdin:
            entries.extend(StandardInput() for _ in group)
        else:
            found = scan_pages(group)
            entries.extend(found.pages)
            skipped.extend(found.skipped)
    return Pages(tuple(entries), tuple(skipped))


# -- what a run tells its listener -----------------------------------------------------------


@frozen
class Resumed:
    """With resume: the earlier output and the leftovers are read; *done* pages of the run
    have a document there and are skipped."""

    done: int


@frozen
class Started:
    """The cleaning starts: *pages* pages to clean, or None when the run reads WARC files,
    whose number of pages is known only once they are read."""

    pages: int | None


@frozen
class RecordsSkipped:
    """The WARC or WET file *path* has been read: it held records that are not pages, so many
    of each reason (``request``, ``HTTP status 404``, ``content type image/png``)."""

    path: Path
    reasons: tuple[tuple[str, int], ...]

    @property
    def records(self) -> int:
        """How many records were skipped."""
        return sum(count for _, count in self.reasons)


@frozen
class Cleaned:
    """A page's record (its document, or its error record) has been written."""

    record: Document | PageError


@frozen
class Interrupted:
    """Ctrl-C (a :class:`KeyboardInterrupt`, or a subclass of it) stopped the cleaning:
    *output* now holds the records written so far, in whole lines, and the exception goes
    on once this event is told."""

    output: Path


@frozen
class LeftoversFound:
    """Without resume: the temporary files killed runs left in *directory*, which stay."""

    paths: tuple[Path, ...]
    directory: Path


@frozen
class LeftoverSalvaged:
    """With resume: the documents of *pages* pages not in the output yet were kept from the
    leftover *path*, which is deleted once the new output is in place. *broken* says why
    the rest of it was dropped, when a whole line was not a herseeds record."""

    path: Path
    pages: int
    broken: str | None = None


@frozen
class LeftoverUnreadable:
    """With resume: the leftover *path* cannot be read (*reason*); it is left as it is."""

    path: Path
    reason: str


@frozen
class LeftoverNotDeleted:
    """A salvaged leftover could not be deleted (*reason*)."""

    path: Path
    reason: str


RunEvent: TypeAlias = (
    Resumed
    | Started
    | Cleaned
    | RecordsSkipped
    | Interrupted
    | LeftoversFound
    | LeftoverSalvaged
    | LeftoverUnreadable
    | LeftoverNotDeleted
)
"""What :func:`write_records` and :func:`clean_to_file` tell their ``on_event`` listener."""


@frozen
class RunReport:
    """What a run wrote: the records of its pages, and what it found on the way."""

    documents: int
    """Documents written for the pages cleaned in this run."""
    errors: int
    """Error records written for the pages of this run that failed."""
    done: int = 0
    """Pages skipped because the output has their document (resume)."""
    salvaged: tuple[Path, ...] = ()
    """Leftovers of killed runs whose documents were kept, then deleted (resume)."""
    leftovers: tuple[Path, ...] = ()
    """Leftovers of killed runs left as they are: all of them without resume, those that
    could not be read with it."""
    skipped: tuple[SkippedPath, ...] = ()
    """Paths that directories held and that are not pages, with the reason."""
    records_skipped: int = 0
    """Records of WARC and WET files that are not pages (see :class:`RecordsSkipped`)."""


def _ignore(event: RunEvent) -> None:
    pass


# -- the records of a corpus -----------------------------------------------------------------

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
    config = checked_config(config)
    workers = _checked_workers(workers)
    found = scan_pages(paths)
    for skipped in found.skipped:
        _log.warning("%s: skipped, %s", skipped.path, skipped.reason)
    if errors == "raise":
        jobs = _jobs(found.pages, config)
        return _documents_or_raise(
            _clean_pages(jobs, partial(_clean_batch, config=config), workers, _count(found.pages))
        )
    return _records(found.pages, config, workers)


def _documents_or_raise(
    results: Generator[tuple[_Job, Document | HerseedsError], None, None],
) -> Generator[Document, None, None]:
    with closing(results):  # closing this generator closes the worker processes too
        for _, result in results:
            if isinstance(result, HerseedsError):
                raise result
            yield result


def _records(
    entries: Sequence[Entry],
    config: CleanConfig,
    workers: int,
    hear: Callable[[RunEvent], object] = _ignore,
    done: frozenset[str] = frozenset(),
) -> Generator[Document | PageError, None, None]:
    """The record of each entry, in order: standard input read here, files in *workers*.

    *done* are the keys (:func:`_page_key`) of WARC records an earlier run cleaned, which
    are passed over (resume).
    """
    for is_stdin, group in itertools.groupby(
        entries, key=lambda entry: isinstance(entry, StandardInput)
    ):
        if is_stdin:
            for _ in group:
                yield _clean_standard_input(config)
            continue
        pages = [entry for entry in group if isinstance(entry, Path)]
        jobs = _jobs(pages, config, hear, done)
        results = _clean_pages(jobs, partial(_record_batch, config=config), workers, _count(pages))
        with closing(results):  # closing this generator closes the worker processes too
            for _, result in results:
                yield result


_Job: TypeAlias = Path | WarcPage | BadRecord
"""What a worker cleans: a page file, or a page a WARC record holds; or what stands for a
WARC record or file that cannot be read, which gives its error record in its place."""


def _jobs(
    pages: Sequence[Path],
    config: CleanConfig,
    hear: Callable[[RunEvent], object] = _ignore,
    done: frozenset[str] = frozenset(),
) -> Iterator[_Job]:
    """*pages*, with each WARC or WET file in it replaced by its pages, read as needed."""
    skip = (lambda source: _page_key(source) in done) if done else None
    for page in pages:
        if not is_warc_name(page):
            yield page
            continue
        skipped: Counter[str] = Counter()
        yield from read_warc(page, max_bytes=config.max_bytes, skipped=skipped, skip=skip)
        if skipped:
            event = RecordsSkipped(page, tuple(sorted(skipped.items())))
            _log.info("%s: %d records skipped, not pages", page, event.records)
            hear(event)


def _count(pages: Sequence[Path]) -> int | None:
    """How many pages *pages* give, or None if a WARC file is among them: not known yet."""
    return None if any(is_warc_name(page) for page in pages) else len(pages)


def _clean_standard_input(config: CleanConfig) -> Document | PageError:
    try:
        data = read_stream(sys.stdin.buffer, source=STDIN_SOURCE, max_bytes=config.max_bytes)
        return clean_bytes(data, source=STDIN_SOURCE, config=config)
    except Exception as error:  # the page fails, as a file would: the run goes on
        return _page_error(STDIN_SOURCE, error)


def _checked_workers(workers: object) -> int:
    # bool is an int, but workers=True is a mistake, not one process.
    if workers is None:
        return 1
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise InputTypeError(f"workers must be a positive int or None, not {workers!r}")
    return workers


# -- one process or a pool -------------------------------------------------------------------

_Result = TypeVar("_Result")


def _clean_pages(
    jobs: Iterable[_Job],
    work: Callable[[list[_Job]], list[_Result]],
    workers: int,
    count: int | None,
) -> Generator[tuple[_Job, _Result], None, None]:
    """Each job with its result, in order; *count* jobs, or None if not known."""
    if workers == 1 or (count is not None and count < 2):
        for job in jobs:
            (result,) = work([job])
            yield job, result
        return
    # Known counts cut batches small enough for every worker to have some; WARC records
    # come in batches of the largest size.
    batch_size = (
        _BATCH_PAGES if count is None else max(1, min(_BATCH_PAGES, count // (workers * 4)))
    )
    yield from _clean_in_processes(
        _batched(jobs, batch_size), work, workers if count is None else min(workers, count)
    )


def _batched(jobs: Iterable[_Job], size: int) -> Iterator[list[_Job]]:
    iterator = iter(jobs)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


# Pages travel to worker processes in batches (fewer round trips), and only a few batches
# per worker are in flight at once, so memory stays flat however large the corpus.
_BATCH_PAGES: Final = 16
_BATCHES_IN_FLIGHT_PER_WORKER: Final = 4


def _clean_in_processes(
    batches: Iterator[list[_Job]], work: Callable[[list[_Job]], list[_Result]], workers: int
) -> Generator[tuple[_Job, _Result], None, None]:
    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(spells_for_command_line(),)
    )
    try:
        pending: deque[tuple[list[_Job], Future[list[_Result]]]] = deque()
        for batch in batches:  # read lazily: a WARC file's records as the pool needs them
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


def _clean_job(job: _Job, config: CleanConfig) -> Document:
    """*job*'s document; raises what cleaning it raises (a bad record, its error)."""
    if isinstance(job, Path):
        return clean_file(job, config=config)
    if isinstance(job, BadRecord):
        raise job.error
    return clean_bytes(job.data, source=job.source, config=job.config_for(config), url=job.url)


def _source(job: _Job) -> str:
    return os.fspath(job) if isinstance(job, Path) else job.source


def _clean_batch(jobs: list[_Job], *, config: CleanConfig) -> list[Document | HerseedsError]:
    results: list[Document | HerseedsError] = []
    for job in jobs:
        try:
            results.append(_clean_job(job, config))
        except HerseedsError as error:
            results.append(error)
    return results


def _record_batch(jobs: list[_Job], *, config: CleanConfig) -> list[Document | PageError]:
    results: list[Document | PageError] = []
    for job in jobs:
        try:
            results.append(_clean_job(job, config))
        except Exception as error:  # a corpus run survives any page, even a bug
            results.append(_page_error(_source(job), error))
    return results


def _page_error(source: str, error: Exception) -> PageError:
    """The record of a page that failed with *error*: the exception's name and message."""
    kind = type(error).__name__
    return PageError(source=source, error=kind, message=str(error) or kind)


# -- records written -------------------------------------------------------------------------


class Sink(Protocol):
    """Where :func:`write_records` writes: a binary file, an :class:`OutputFile`."""

    def write(self, data: bytes, /) -> object: ...


def write_records(
    out: Sink,
    paths: Iterable[str | os.PathLike[str]] | Pages,
    *,
    config: CleanConfig | None = None,
    workers: int | None = None,
    on_event: Callable[[RunEvent], object] | None = None,
) -> RunReport:
    """Clean the pages of *paths* (as :func:`clean_corpus` finds them, or as
    :func:`gather_pages` found them), writing each one's record to *out* as a line of JSON
    Lines, in order.

    *on_event* hears :class:`Started`, then :class:`Cleaned` after each record is written.
    """
    config = checked_config(config)
    workers = _checked_workers(workers)
    pages = paths if isinstance(paths, Pages) else gather_pages(paths)
    report = _write(out, pages.entries, config, workers, _ignore if on_event is None else on_event)
    return attrs.evolve(report, skipped=pages.skipped)


def _write(
    out: Sink,
    entries: Sequence[Entry],
    config: CleanConfig,
    workers: int,
    on_event: Callable[[RunEvent], object],
    *,
    done: frozenset[str] = frozenset(),
) -> RunReport:
    files = [entry for entry in entries if isinstance(entry, Path)]
    on_event(Started(None if _count(files) is None else len(entries)))
    documents = errors = skipped = 0

    def hear(event: RunEvent) -> None:
        nonlocal skipped
        if isinstance(event, RecordsSkipped):
            skipped += event.records
        on_event(event)

    records = _records(entries, config, workers, hear, done)
    with closing(records):  # Ctrl-C stops the workers
        for record in records:
            out.write(to_jsonl_line(record))
            if isinstance(record, PageError):
                errors += 1
            else:
                documents += 1
            on_event(Cleaned(record))
    return RunReport(documents=documents, errors=errors, records_skipped=skipped)


def clean_to_file(
    paths: Iterable[str | os.PathLike[str]] | Pages,
    output: str | os.PathLike[str],
    *,
    config: CleanConfig | None = None,
    workers: int | None = None,
    resume: bool = False,
    on_event: Callable[[RunEvent], object] | None = None,
) -> RunReport:
    """Clean the pages of *paths* into the JSON Lines file *output*, as ``herseeds clean
    -o OUTPUT`` does (docs/cli.md says it all).

    *paths* are files and directories, as :func:`clean_corpus` takes them (or the
    :class:`Pages` that :func:`gather_pages` found). *output* is locked for the run (a
    second run on it raises :class:`~herseeds.errors.OutputLockedError`), written to a
    temporary file beside it and renamed over it at the end (see
    :class:`~herseeds.output.OutputFile`). Ctrl-C while the pages are cleaned puts the
    records written so far in place (whole lines) before the :class:`KeyboardInterrupt`
    goes on.

    With *resume*, the documents *output* holds are kept and their pages skipped, the error
    records of the run's pages are dropped and those pages cleaned again, and the documents
    in the temporary files killed runs left are salvaged; pages are matched by their real
    path. *on_event* hears each :data:`RunEvent` as it happens.
    """
    config = checked_config(config)
    workers = _checked_workers(workers)
    hear = _ignore if on_event is None else on_event
    pages = paths if isinstance(paths, Pages) else gather_pages(paths)
    files = [entry for entry in pages.entries if isinstance(entry, Path)]
    entries: Sequence[Entry] = pages.entries
    salvaged: list[Path] = []
    interrupt: KeyboardInterrupt | None = None
    with OutputFile(output, inputs=files) as out:
        leftovers = out.leftovers()  # the lock is held: no live run writes them
        done_records: frozenset[str] = frozenset()
        if resume:
            entries, salvaged, done_records = _carry_over(out, leftovers, entries, hear)
            done = len(pages.entries) - len(entries) + len(done_records)
            hear(Resumed(done))
        elif leftovers:
            hear(LeftoversFound(tuple(leftovers), out.directory))
        try:
            report = _write(out, entries, config, workers, hear, done=done_records)
        except KeyboardInterrupt as stop:
            interrupt = stop
            out.commit(whole_lines=True)
        else:
            out.commit()
    _remove(salvaged, hear)  # their documents are in the new output now
    if interrupt is not None:
        hear(Interrupted(out.path))
        raise interrupt
    return attrs.evolve(
        report,
        done=len(pages.entries) - len(entries) + len(done_records),
        salvaged=tuple(salvaged),
        leftovers=tuple(path for path in leftovers if path not in salvaged),
        skipped=pages.skipped,
    )


# -- resume ----------------------------------------------------------------------------------


def _carry_over(
    out: OutputFile,
    leftovers: list[Path],
    entries: Sequence[Entry],
    hear: Callable[[RunEvent], object],
) -> tuple[list[Entry], list[Path], frozenset[str]]:
    """Copy the documents of the earlier output, then those of *leftovers*, into *out*.

    Return the entries still to clean, the leftovers read (to delete once *out* is in
    place), and the keys of the records of the run's WARC files that have a document (a
    WARC file is read again, its records with a document passed over). A page whose only
    record is an error is cleaned again; error records of pages that are not part of this
    run are kept. Pages are matched by their real path (see :func:`_page_key`).
    """
    carried = _Carried(out)
    if out.target.exists():
        try:
            with out.target.open("rb") as earlier:
                carried.copy(records_from_jsonl(earlier))
        except DocumentFormatError as error:
            resume = "--resume" if spells_for_command_line() else "resume=True"
            raise HerseedsError(
                f"{out.path}: {error}; {resume} cannot tell which pages it holds: fix it, "
                f"or run without {resume} to replace it"
            ) from None
        except OSError as error:
            raise ReadError(f"{out.path}: cannot be read ({error.strerror or error})") from None
    salvaged: list[Path] = []
    for leftover in leftovers:
        copied = carried.copied
        broken = None
        try:
            with leftover.open("rb") as file:
                carried.copy(records_from_jsonl(_whole_lines(file)), new_pages_only=True)
        except DocumentFormatError as error:
            broken = str(error)
        except OSError as error:
            hear(LeftoverUnreadable(leftover, error.strerror or str(error)))
            continue
        salvaged.append(leftover)
        hear(LeftoverSalvaged(leftover, carried.copied - copied, broken))
    in_run = {_entry_key(entry) for entry in entries}
    for key, record in carried.failed.items():
        if key not in carried.done and key not in in_run and _file_key(key) not in in_run:
            out.write(to_jsonl_line(record))
    warcs = {key for key in in_run if is_warc_name(key)}
    done_records = frozenset(key for key in carried.done if _file_key(key) in warcs)
    todo = [entry for entry in entries if _entry_key(entry) not in carried.done]
    return todo, salvaged, done_records


_ESCAPED_BYTE: Final = re.compile(r"\\x([89a-f][0-9a-f])")


def _page_key(source: str) -> str:
    """A page's identity for resume: its real path, from the current folder.

    ``corpus/a.txt``, ``./corpus/a.txt``, ``/home/me/corpus/a.txt`` and a link to it are
    one page. A record's ``source`` writes the bytes of a name that are not UTF-8 as
    ``\\xNN`` (see :func:`escape_surrogates`); they are read back first. A WARC record's
    key is its file's, ``#`` and the record's id.
    """
    if source == STDIN_SOURCE:
        return source
    name = _ESCAPED_BYTE.sub(lambda byte: chr(0xDC00 + int(byte[1], 16)), source)
    file, record = split_source(name)
    key = os.path.realpath(file) if record is None else f"{os.path.realpath(file)}#{record}"
    return escape_surrogates(key)


def _file_key(key: str) -> str | None:
    """The key of the WARC file a record's *key* names, or None for any other page."""
    file, record = split_source(key)
    return None if record is None else file


def _entry_key(entry: Entry) -> str:
    return STDIN_SOURCE if isinstance(entry, StandardInput) else _page_key(os.fspath(entry))


class _Carried:
    """The documents an earlier run wrote, copied to the new output, and its error records."""

    def __init__(self, out: OutputFile) -> None:
        self.out = out
        self.copied = 0
        self.done: set[str] = set()
        self.failed: dict[str, PageError] = {}

    def copy(
        self, records: Iterable[Document | PageError], *, new_pages_only: bool = False
    ) -> None:
        for record in records:
            if isinstance(record, PageError):
                self.failed.setdefault(_page_key(record.source), record)
                continue
            key = None if record.source is None else _page_key(record.source)
            if not (new_pages_only and key in self.done):
                self.out.write(to_jsonl_line(record))
                self.copied += 1
                if key is not None:
                    self.done.add(key)


def _whole_lines(lines: Iterable[bytes]) -> Iterator[bytes]:
    """The lines that end in a newline: a killed run may have written half of its last."""
    for line in lines:
        if line.endswith(b"\n"):
            yield line


def _remove(paths: list[Path], hear: Callable[[RunEvent], object]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            hear(LeftoverNotDeleted(path, error.strerror or str(error)))
