"""The ``herseeds`` command: ``clean`` a corpus to JSON Lines, ``show`` one page's labels.

Exit status: 0 when every page was cleaned, 1 when some pages failed (each is reported on
stderr, written as an error record and counted in the summary), 2 when the command line or
its paths are wrong, 130 when the run was interrupted (Ctrl-C), 143 when it was terminated
(SIGTERM), which stops it the same way.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Generator
from pathlib import Path
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Protocol

from tqdm import tqdm

from herseeds import __version__, errors
from herseeds.cleaning import clean_corpus, explain
from herseeds.errors import DocumentFormatError, HerseedsError, ReadError
from herseeds.export import records_from_jsonl, to_jsonl_line
from herseeds.model import (
    CHROME_PREFIX,
    CleanConfig,
    Document,
    PageError,
    escape_surrogates,
)
from herseeds.reading import decode, find_pages, read_bytes

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = ["main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        with _sigterm_as_interrupt():
            config = CleanConfig(
                fix_mojibake=args.fix_mojibake,
                ascii_punctuation=args.ascii_punctuation,
                encoding=args.encoding,
            )
            status: int = args.run(args, config)
    except HerseedsError as error:
        print(f"herseeds: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `herseeds clean seeds | head` closed our stdout early
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt as interrupt:
        print(f"herseeds: {_interruption(interrupt)}", file=sys.stderr)
        return _interrupted_status(interrupt)
    return status


class _Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, ``timeout``, a job scheduler ending the job), raised where the
    main thread is, so that it stops the run as Ctrl-C does: whole lines kept, output in
    place, a summary printed."""


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; the caller owns signals then
        return

    def terminate(signum: int, frame: FrameType | None) -> None:
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interruption(interrupt: KeyboardInterrupt) -> str:
    return "terminated" if isinstance(interrupt, _Terminated) else "interrupted"


def _interrupted_status(interrupt: KeyboardInterrupt) -> int:
    return EXIT_TERMINATED if isinstance(interrupt, _Terminated) else EXIT_INTERRUPTED


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="herseeds",
        description="Turn raw text dumps of web pages into clean, structured documents.",
    )
    parser.add_argument("--version", action="version", version=f"herseeds {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--encoding", help="decode files with this codec instead of detecting it")
    options.add_argument(
        "--ascii-punctuation",
        action="store_true",
        help="map typographic quotes, dashes and ellipses to ASCII; drop emoji",
    )
    options.add_argument(
        "--no-fix-mojibake",
        dest="fix_mojibake",
        action="store_false",
        help="leave text that looks like mojibake as it is",
    )

    clean = commands.add_parser(
        "clean",
        parents=[options],
        help="clean page dumps into JSON Lines",
        description="Clean page dumps (files, or directories of *.txt files) into JSON Lines, "
        "one document per line (an error record for a page that fails), and print a summary "
        "on stderr.",
    )
    clean.add_argument("paths", nargs="+", metavar="PATH", help="a page dump or a directory")
    clean.add_argument(
        "-o", "--output", type=Path, help="write JSON Lines here (default: standard output)"
    )
    clean.add_argument(
        "--workers", type=_positive_int, default=1, help="clean in N processes (default: 1)"
    )
    clean.add_argument(
        "--resume",
        action="store_true",
        help="go on from an earlier, interrupted or failed run: keep the documents already in "
        "OUTPUT (and in the temporary files a killed run left), clean only the other pages",
    )
    clean.set_defaults(run=_run_clean)

    show = commands.add_parser(
        "show",
        parents=[options],
        help="print one page line by line with each line's label",
        description="Print a page dump line by line, each line with its label and the rule "
        "that decided it.",
    )
    show.add_argument("file", metavar="FILE", help="a page dump ('-' for standard input)")
    show.set_defaults(run=_run_show)
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


class _Summary:
    def __init__(self, *, resume: bool = False) -> None:
        self.pages = self.paragraphs = self.comments = 0
        self.chrome: Counter[str] = Counter()
        self.errors = 0
        self.skipped: int | None = 0 if resume else None

    def add(self, document: Document) -> None:
        self.pages += 1
        self.paragraphs += len(document.article)
        self.comments += len(document.comments)
        self.chrome.update(
            label.removeprefix(CHROME_PREFIX)
            for label in document.labels
            if label.startswith(CHROME_PREFIX)
        )

    def lines(self) -> list[str]:
        removed = sum(self.chrome.values())
        counts = ", ".join(
            _plural(number, noun)
            for number, noun in (
                (self.pages, "page"),
                (self.paragraphs, "paragraph"),
                (self.comments, "comment"),
                (removed, "chrome line"),
            )
        )
        first = f"herseeds: {counts} removed, {_plural(self.errors, 'error')}"
        if self.skipped is not None:
            first += f", {_plural(self.skipped, 'page')} skipped as already done"
        out = [first]
        out.extend(f"  {kind}: {count}" for kind, count in sorted(self.chrome.items()))
        return out

    def report(self) -> None:
        for line in self.lines():
            print(line, file=sys.stderr)


class _Sink(Protocol):
    def write(self, line: bytes, /) -> object: ...


def _run_clean(args: argparse.Namespace, config: CleanConfig) -> int:
    if args.resume and args.output is None:
        raise HerseedsError("--resume needs -o OUTPUT: it goes on from what OUTPUT holds")
    pages = find_pages(args.paths)
    if not pages:
        raise HerseedsError(f"no page dumps (*.txt) found in {' '.join(args.paths)}")
    if args.output is None:
        summary = _Summary()
        _clean_into(sys.stdout.buffer, pages, config, args.workers, summary)
        sys.stdout.flush()
        summary.report()
        return EXIT_SOME_FAILED if summary.errors else EXIT_OK
    return _clean_to_file(args.output, pages, config, args.workers, resume=args.resume)


def _clean_into(
    out: _Sink, pages: list[Path], config: CleanConfig, workers: int, summary: _Summary
) -> None:
    """Clean *pages*, writing a document or an error record for each, counting them."""
    results = clean_corpus(pages, config=config, workers=workers)
    try:
        with tqdm(
            total=len(pages), unit="page", file=sys.stderr, delay=2.0, disable=None
        ) as progress:
            for result in results:
                out.write(to_jsonl_line(result))
                if isinstance(result, PageError):
                    summary.errors += 1
                    progress.write(f"herseeds: {_describe(result)}", file=sys.stderr)
                else:
                    summary.add(result)
                progress.update()
    finally:
        if isinstance(results, Generator):  # stop the worker processes now, on Ctrl-C too
            results.close()


def _describe(error: PageError) -> str:
    # herseeds' own messages name the page already; any other exception is a bug.
    message = error.message
    if not message.startswith(error.source):
        message = f"{error.source}: {message}"
    if error.error not in errors.__all__:
        message += f" ({error.error}: a bug in herseeds, please report it)"
    return message


def _clean_to_file(
    path: Path, pages: list[Path], config: CleanConfig, workers: int, *, resume: bool
) -> int:
    summary = _Summary(resume=resume)
    salvaged: list[Path] = []
    with _AtomicFile(path) as out:
        leftovers = _leftovers(out)
        if resume:
            todo, salvaged = _carry_over(out, leftovers, pages)
            summary.skipped = len(pages) - len(todo)
            pages = todo
        elif leftovers:
            names = ", ".join(leftover.name for leftover in leftovers)
            _warn(
                f"note: a killed run left {names} in {out.directory}; run with --resume to "
                "keep the pages it holds, or delete it"
            )
        try:
            _clean_into(out, pages, config, workers, summary)
        except KeyboardInterrupt as stop:
            interrupt: KeyboardInterrupt | None = stop
            out.commit(whole_lines=True)
        else:
            interrupt = None
            out.commit()
    _remove(salvaged)  # their documents are in the new output now
    summary.report()
    if interrupt is not None:
        _warn(
            f"{_interruption(interrupt)}: {path} holds the pages done so far; run the same "
            "command with --resume to go on"
        )
        return _interrupted_status(interrupt)
    return EXIT_SOME_FAILED if summary.errors else EXIT_OK


class _AtomicFile:
    """*path* written through a temporary file in its folder, renamed into place by commit().

    Leaving the ``with`` block without commit() deletes the temporary file, so an
    interrupted run or a crash leaves an existing *path* as it was. Only a killed process
    leaves the temporary file behind (``.NAME.`` and 8 random characters).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.directory = path.resolve().parent
        if not self.directory.is_dir():
            raise HerseedsError(f"{path}: the folder {self.directory} does not exist")
        if path.is_dir():
            raise HerseedsError(f"{path}: is a folder, not a file")
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=self.directory)
        self.temporary = Path(name)
        self._file = os.fdopen(handle, "wb")
        self._written = 0
        self._whole = 0  # where the last line written in full ends
        self._committed = False

    def write(self, line: bytes) -> None:
        self._file.write(line)
        self._written += len(line)
        if line.endswith(b"\n"):
            self._whole = self._written

    def commit(self, *, whole_lines: bool = False) -> None:
        """Put the temporary file in place of *path*; with *whole_lines*, after cutting off
        a line whose writing was interrupted."""
        self._file.flush()
        if whole_lines:
            self._file.truncate(self._whole)
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self.temporary, self.path)
        self._committed = True

    def __enter__(self) -> _AtomicFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not self._committed:
            self._file.close()
            self.temporary.unlink(missing_ok=True)


def _leftovers(out: _AtomicFile) -> list[Path]:
    """The temporary files that killed runs writing to the same output left, newest first."""
    # tempfile.mkstemp adds 8 characters from this set: a vim swap file (.NAME.swp) is not one.
    name = re.compile(rf"\.{re.escape(out.path.name)}\.[a-z0-9_]{{8}}")
    found = [
        path
        for path in out.directory.iterdir()
        if name.fullmatch(path.name) and path != out.temporary and path.is_file()
    ]
    return sorted(found, key=lambda path: (-path.stat().st_mtime, path.name))


def _carry_over(
    out: _AtomicFile, leftovers: list[Path], pages: list[Path]
) -> tuple[list[Path], list[Path]]:
    """Copy the documents of the earlier output, then those of *leftovers*, into *out*.

    Return the pages still to clean, and the leftovers read (to delete once *out* is in
    place). A page whose only record is an error is cleaned again; error records of pages
    that are not part of this run are kept.
    """
    carried = _Carried(out)
    if out.path.exists():
        try:
            with out.path.open("rb") as earlier:
                carried.copy(records_from_jsonl(earlier))
        except DocumentFormatError as error:
            raise HerseedsError(
                f"{out.path}: {error}; --resume cannot tell which pages it holds: fix it, "
                "or run without --resume to replace it"
            ) from None
        except OSError as error:
            raise ReadError(f"{out.path}: cannot be read ({error.strerror or error})") from None
    salvaged: list[Path] = []
    for leftover in leftovers:
        copied = carried.copied
        try:
            with leftover.open("rb") as file:
                carried.copy(records_from_jsonl(_whole_lines(file)), new_pages_only=True)
        except DocumentFormatError as error:
            _warn(f"{leftover}: {error}; the rest of it is dropped")
        except OSError as error:
            _warn(f"{leftover}: cannot be read ({error.strerror or error})")
            continue
        salvaged.append(leftover)
        kept = carried.copied - copied
        _warn(f"kept {_plural(kept, 'page')} from {leftover.name}, left by a killed run")
    in_run = {_source(page) for page in pages}
    for source, record in carried.failed.items():
        if source not in carried.done and source not in in_run:
            out.write(to_jsonl_line(record))
    return [page for page in pages if _source(page) not in carried.done], salvaged


def _source(page: Path) -> str:
    """A page's ``source`` as its records hold it (see :func:`escape_surrogates`)."""
    return escape_surrogates(os.fspath(page))


class _Carried:
    """The documents an earlier run wrote, copied to the new output, and its error records."""

    def __init__(self, out: _AtomicFile) -> None:
        self.out = out
        self.copied = 0
        self.done: set[str] = set()
        self.failed: dict[str, PageError] = {}

    def copy(
        self, records: Iterable[Document | PageError], *, new_pages_only: bool = False
    ) -> None:
        for record in records:
            if isinstance(record, PageError):
                self.failed.setdefault(record.source, record)
            elif not (new_pages_only and record.source in self.done):
                self.out.write(to_jsonl_line(record))
                self.copied += 1
                if record.source is not None:
                    self.done.add(record.source)


def _whole_lines(lines: Iterable[bytes]) -> Iterator[bytes]:
    """The lines that end in a newline: a killed run may have written half of its last."""
    for line in lines:
        if line.endswith(b"\n"):
            yield line


def _warn(message: str) -> None:
    print(f"herseeds: {message}", file=sys.stderr)


def _remove(paths: list[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            _warn(f"{path}: cannot be deleted ({error.strerror or error})")


def _run_show(args: argparse.Namespace, config: CleanConfig) -> int:
    if args.file == "-":
        data, source = sys.stdin.buffer.read(), "<stdin>"
    else:
        data, source = read_bytes(args.file), args.file
    text = decode(data, encoding=config.encoding, source=source)
    explained = explain(text, config=config)
    width = max((len(decision.label) for _, decision in explained), default=0)
    rule_width = max((len(decision.rule) for _, decision in explained), default=0)
    for number, (line, decision) in enumerate(explained, start=1):
        print(f"{number:>5} {decision.label:<{width}} {decision.rule:<{rule_width}} | {line}")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
