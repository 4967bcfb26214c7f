"""The ``herseeds`` command: ``clean`` a corpus to JSON Lines, ``show`` one page's labels.

Exit status (docs/cli.md says what the output holds after each):

- 0: every page was cleaned;
- 1: the run ended, but some pages failed (each is reported on stderr, written as an
  error record and counted in the summary);
- 2: the command cannot run as written: a wrong option, a path that does not exist, an
  output that must not be written (an input page, a device, a folder);
- 3: the output could not be written (no permission, read-only, disk full); it is kept
  as it was before the run;
- 4: another run is writing the same output; nothing was done;
- 5: herseeds itself failed (a bug); the output is kept as it was;
- 130: interrupted (Ctrl-C); 143: terminated (SIGTERM), which stops the run the same way.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import re
import signal
import sys
import threading
import traceback
from collections import Counter
from collections.abc import Generator
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Final, NoReturn, Protocol, TypeAlias

from tqdm import tqdm

from herseeds import __version__, errors
from herseeds.cleaning import clean, clean_corpus, explain, page_error
from herseeds.errors import (
    DocumentFormatError,
    HerseedsError,
    OutputLockedError,
    ReadError,
    WriteError,
    command_line_spelling,
)
from herseeds.export import records_from_jsonl, to_jsonl_line
from herseeds.model import (
    CHROME_PREFIX,
    CleanConfig,
    Document,
    PageError,
    escape_surrogates,
)
from herseeds.output import OutputFile
from herseeds.reading import SkippedPath, decode, read_bytes, read_stream, scan_pages

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = ["main"]

EXIT_OK: Final = 0
EXIT_SOME_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_WRITE_FAILED: Final = 3
EXIT_LOCKED: Final = 4
EXIT_BUG: Final = 5
EXIT_INTERRUPTED: Final = 130
EXIT_TERMINATED: Final = 143

_STDIN: Final = "-"
"""A PATH, FILE or OUTPUT of ``-`` is standard input (output)."""
_STDIN_SOURCE: Final = "<stdin>"
"""The ``source`` of the page read from standard input."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        with _sigterm_as_interrupt(), command_line_spelling():
            config = CleanConfig(
                fix_mojibake=args.fix_mojibake,
                ascii_punctuation=args.ascii_punctuation,
                encoding=args.encoding,
                max_bytes=args.max_bytes,
                time_limit=args.time_limit,
            )
            status: int = args.run(args, config)
    except OutputLockedError as error:
        return _fail(error, EXIT_LOCKED)
    except WriteError as error:
        return _fail(error, EXIT_WRITE_FAILED)
    except HerseedsError as error:
        return _fail(error, EXIT_USAGE)
    except BrokenPipeError:  # `herseeds clean seeds | head` closed our stdout early
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt as interrupt:
        print(f"herseeds: {_interruption(interrupt)}", file=sys.stderr)
        return _interrupted_status(interrupt)
    except Exception as error:  # a bug: one line, not a traceback (unless asked for)
        if os.environ.get("HERSEEDS_TRACEBACK"):
            traceback.print_exc()
        name = type(error).__name__
        return _fail(
            f"{name}: {error}" if str(error) else name,
            EXIT_BUG,
            prefix="herseeds: internal error: ",
            suffix=" (a bug in herseeds: please report it with the command you ran; "
            "HERSEEDS_TRACEBACK=1 prints where it happened)",
        )
    return status


def _fail(
    error: object, status: int, *, prefix: str = "herseeds: error: ", suffix: str = ""
) -> int:
    print(f"{prefix}{error}{suffix}".replace("\n", " "), file=sys.stderr)
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


class _Parser(argparse.ArgumentParser):
    """argparse, but a wrong command line is one line on stderr, as every failure is."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"herseeds: error: {message} (see '{self.prog} --help')\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="herseeds",
        description="Turn raw text dumps of web pages into clean, structured documents.",
    )
    parser.add_argument("--version", action="version", version=f"herseeds {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    options = _Parser(add_help=False)
    options.add_argument("--encoding", help="decode files with this codec instead of detecting it")
    options.add_argument(
        "--max-bytes",
        type=_byte_count,
        metavar="SIZE",
        help="fail a page larger than SIZE bytes (a number, or with k, M or G: 10M is "
        "10,000,000) before reading it",
    )
    options.add_argument(
        "--time-limit",
        type=_seconds,
        metavar="SECONDS",
        help="fail a page that takes longer than SECONDS to clean",
    )
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
    clean.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a page dump, a directory, or '-' for a page on standard input",
    )
    clean.add_argument(
        "-o",
        "--output",
        help="write JSON Lines to this regular file, replacing it when the run ends "
        "(default, or '-': standard output)",
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


_SIZE: Final = re.compile(r"(\d+)\s*([kmg]?)b?", re.IGNORECASE)
_SIZE_UNITS: Final = {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}


def _byte_count(value: str) -> int:
    found = _SIZE.fullmatch(value.strip())
    if found is None or int(found[1]) < 1:
        raise argparse.ArgumentTypeError(
            f"not a size: {value!r} (write a positive number of bytes, such as 5000000 or 5M)"
        )
    return int(found[1]) * _SIZE_UNITS[found[2].lower()]


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < number < float("inf"):
        raise argparse.ArgumentTypeError("must be more than 0 seconds")
    return number


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
    def __init__(self, *, resume: bool = False, skipped: Sequence[SkippedPath] = ()) -> None:
        self.pages = self.paragraphs = self.comments = 0
        self.chrome: Counter[str] = Counter()
        self.errors = 0
        self.done: int | None = 0 if resume else None
        self.skipped = skipped

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
        if self.done is not None:
            first += f", {_plural(self.done, 'page')} skipped as already done"
        if self.skipped:
            first += f", {_plural(len(self.skipped), 'path')} skipped as not pages"
        out = [first]
        out.extend(f"  skipped {skip.path}: {skip.reason}" for skip in self.skipped)
        out.extend(f"  {kind}: {count}" for kind, count in sorted(self.chrome.items()))
        return out

    def report(self) -> None:
        for line in self.lines():
            print(line, file=sys.stderr)


class _Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...


class _StandardOutput:
    """Standard output as a sink: a failure to write is a :class:`WriteError`, but for a
    reader that closed the pipe, which ends the run quietly (see :func:`main`)."""

    def __init__(self) -> None:
        self._stream = sys.stdout.buffer

    def write(self, data: bytes) -> None:
        with _writing_standard_output():
            self._stream.write(data)

    def flush(self) -> None:
        with _writing_standard_output():
            self._stream.flush()


@contextlib.contextmanager
def _writing_standard_output() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise WriteError(f"standard output cannot be written ({error.strerror or error})") from None


class _StandardInput:
    """The place of standard input among a run's pages (``-`` among the PATHs)."""


_Entry: TypeAlias = "Path | _StandardInput"


def _run_clean(args: argparse.Namespace, config: CleanConfig) -> int:
    output: str | None = None if args.output in (None, _STDIN) else args.output
    if args.resume and output is None:
        raise HerseedsError("--resume needs -o OUTPUT: it goes on from what OUTPUT holds")
    entries, skipped = _entries(args.paths, resume=args.resume)
    if not entries:
        where = " ".join(args.paths)
        if skipped:
            where += " (" + "; ".join(f"{skip.path}: {skip.reason}" for skip in skipped) + ")"
        raise HerseedsError(f"no page dumps (*.txt) found in {where}")
    if output is None:
        summary = _Summary(skipped=skipped)
        sink = _StandardOutput()
        _clean_into(sink, entries, config, args.workers, summary)
        sink.flush()
        summary.report()
        return EXIT_SOME_FAILED if summary.errors else EXIT_OK
    return _clean_to_file(
        Path(output), entries, config, args.workers, resume=args.resume, skipped=skipped
    )


def _entries(paths: list[str], *, resume: bool) -> tuple[list[_Entry], list[SkippedPath]]:
    """The run's pages in order, standard input in the place of ``-``, and what was skipped."""
    reads_stdin = paths.count(_STDIN)
    if reads_stdin > 1:
        raise HerseedsError("'-' (standard input) can be named once: it holds one page")
    if reads_stdin and resume:
        raise HerseedsError(
            "--resume cannot tell whether standard input holds a page the earlier run "
            "cleaned: clean '-' in a run of its own"
        )
    entries: list[_Entry] = []
    skipped: list[SkippedPath] = []
    for is_stdin, group in itertools.groupby(paths, key=lambda path: path == _STDIN):
        if is_stdin:
            entries.append(_StandardInput())
        else:
            found = scan_pages(group)
            entries.extend(found.pages)
            skipped.extend(found.skipped)
    return entries, skipped


def _clean_into(
    out: _Sink, entries: list[_Entry], config: CleanConfig, workers: int, summary: _Summary
) -> None:
    """Clean *entries*, writing a document or an error record for each, counting them."""
    with tqdm(
        total=len(entries), unit="page", file=sys.stderr, delay=2.0, disable=None
    ) as progress:
        for result in _results(entries, config, workers):
            out.write(to_jsonl_line(result))
            if isinstance(result, PageError):
                summary.errors += 1
                progress.write(f"herseeds: {_describe(result)}", file=sys.stderr)
            else:
                summary.add(result)
            progress.update()


def _results(
    entries: list[_Entry], config: CleanConfig, workers: int
) -> Iterator[Document | PageError]:
    """The record of each entry, in order: files through :func:`clean_corpus`."""
    for is_stdin, group in itertools.groupby(
        entries, key=lambda entry: isinstance(entry, _StandardInput)
    ):
        if is_stdin:
            yield _clean_standard_input(config)
            continue
        pages = [entry for entry in group if isinstance(entry, Path)]
        results = clean_corpus(pages, config=config, workers=workers)
        try:
            yield from results
        finally:
            if isinstance(results, Generator):  # stop the worker processes now, on Ctrl-C too
                results.close()


def _clean_standard_input(config: CleanConfig) -> Document | PageError:
    try:
        data = read_stream(sys.stdin.buffer, source=_STDIN_SOURCE, max_bytes=config.max_bytes)
        text = decode(data, encoding=config.encoding, source=_STDIN_SOURCE)
        return clean(text, source=_STDIN_SOURCE, config=config)
    except Exception as error:  # the page fails, as a file would: the run goes on
        return page_error(_STDIN_SOURCE, error)


def _describe(error: PageError) -> str:
    # herseeds' own messages name the page already; any other exception is a bug.
    message = error.message
    if not message.startswith(error.source):
        message = f"{error.source}: {message}"
    if error.error not in errors.__all__:
        message += f" ({error.error}: a bug in herseeds, please report it)"
    return message


def _clean_to_file(
    path: Path,
    entries: list[_Entry],
    config: CleanConfig,
    workers: int,
    *,
    resume: bool,
    skipped: list[SkippedPath],
) -> int:
    summary = _Summary(resume=resume, skipped=skipped)
    salvaged: list[Path] = []
    pages = [entry for entry in entries if isinstance(entry, Path)]
    with OutputFile(path, inputs=pages) as out:
        leftovers = out.leftovers()  # the lock is held: no live run writes them
        if resume:
            todo, salvaged = _carry_over(out, leftovers, pages)
            summary.done = len(pages) - len(todo)
            entries = list(todo)
        elif leftovers:
            names = ", ".join(leftover.name for leftover in leftovers)
            _warn(
                f"note: a killed run left {names} in {out.directory}; run with --resume to "
                "keep the pages it holds, or delete it"
            )
        try:
            _clean_into(out, entries, config, workers, summary)
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


def _carry_over(
    out: OutputFile, leftovers: list[Path], pages: list[Path]
) -> tuple[list[Path], list[Path]]:
    """Copy the documents of the earlier output, then those of *leftovers*, into *out*.

    Return the pages still to clean, and the leftovers read (to delete once *out* is in
    place). A page whose only record is an error is cleaned again; error records of pages
    that are not part of this run are kept. Pages are matched by their real path (see
    :func:`_page_key`).
    """
    carried = _Carried(out)
    if out.target.exists():
        try:
            with out.target.open("rb") as earlier:
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
    in_run = {_page_key(os.fspath(page)) for page in pages}
    for key, record in carried.failed.items():
        if key not in carried.done and key not in in_run:
            out.write(to_jsonl_line(record))
    return [page for page in pages if _page_key(os.fspath(page)) not in carried.done], salvaged


_ESCAPED_BYTE: Final = re.compile(r"\\x([89a-f][0-9a-f])")


def _page_key(source: str) -> str:
    """A page's identity for ``--resume``: its real path, from the current folder.

    ``corpus/a.txt``, ``./corpus/a.txt``, ``/home/me/corpus/a.txt`` and a link to it are
    one page. A record's ``source`` writes the bytes of a name that are not UTF-8 as
    ``\\xNN`` (see :func:`escape_surrogates`); they are read back first.
    """
    if source == _STDIN_SOURCE:
        return source
    name = _ESCAPED_BYTE.sub(lambda byte: chr(0xDC00 + int(byte[1], 16)), source)
    return escape_surrogates(os.path.realpath(name))


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


def _warn(message: str) -> None:
    print(f"herseeds: {message}", file=sys.stderr)


def _remove(paths: list[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            _warn(f"{path}: cannot be deleted ({error.strerror or error})")


def _run_show(args: argparse.Namespace, config: CleanConfig) -> int:
    if args.file == _STDIN:
        source = _STDIN_SOURCE
        data = read_stream(sys.stdin.buffer, source=source, max_bytes=config.max_bytes)
    else:
        data, source = read_bytes(args.file, max_bytes=config.max_bytes), args.file
    text = decode(data, encoding=config.encoding, source=source)
    explained = explain(text, config=config)
    width = max((len(decision.label) for _, decision in explained), default=0)
    rule_width = max((len(decision.rule) for _, decision in explained), default=0)
    for number, (line, decision) in enumerate(explained, start=1):
        print(f"{number:>5} {decision.label:<{width}} {decision.rule:<{rule_width}} | {line}")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
