"""The ``herseeds`` command: ``clean`` a corpus to JSON Lines, ``show`` one page's labels.

A shell over :mod:`herseeds.corpus`, which runs the corpus: here are the options, the
messages, the summary, the progress bar, signals and the exit status.

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
import os
import re
import signal
import sys
import threading
import traceback
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Final, Never, NoReturn

from tqdm import tqdm

from herseeds import __version__, errors
from herseeds.cleaning import clean_and_explain_bytes
from herseeds.corpus import (
    STDIN_SOURCE,
    Cleaned,
    Interrupted,
    LeftoverNotDeleted,
    LeftoverSalvaged,
    LeftoversFound,
    LeftoverUnreadable,
    RecordsSkipped,
    Resumed,
    RunEvent,
    Started,
    clean_to_file,
    gather_pages,
    write_records,
)
from herseeds.decisions import CommentFacts, describe_facts
from herseeds.errors import (
    HerseedsError,
    OutputLockedError,
    WriteError,
    command_line_spelling,
)
from herseeds.model import CHROME_PREFIX, CleanConfig, Document, PageError
from herseeds.reading import read_bytes, read_stream
from herseeds.reporting import report
from herseeds.warc import is_warc_name

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from herseeds.reading import SkippedPath

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
_STDIN_SOURCE: Final = STDIN_SOURCE


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
                input_format=args.input_format,
                page_shape=args.page_shape,
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


# Set by the SIGTERM handler. The exception it raises is lost when the signal lands in a
# __del__ method (Python prints it and goes on: seen with regex's pattern groups, freed
# while pages are cleaned), so the run also checks this after each page it writes.
_TERMINATING: Final = threading.Event()


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; the caller owns signals then
        return

    def terminate(signum: int, frame: FrameType | None) -> None:
        _TERMINATING.set()
        raise _Terminated

    _TERMINATING.clear()

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
        "--format",
        dest="input_format",
        choices=("auto", "text", "html"),
        default="auto",
        help="what the pages are: text dumps, HTML pages, or auto (told by each page's "
        "content; the default)",
    )
    options.add_argument(
        "--shape",
        dest="page_shape",
        choices=("auto", "whole", "main"),
        default="auto",
        help="what the text dumps are: whole pages (menus and sidebars around the article), "
        "main regions (the article, its header and comments), or auto (told by each page's "
        "shape; the default)",
    )
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
        description="Clean page dumps (files, directories of *.txt files, WARC and WET files) "
        "into JSON Lines, "
        "one document per line (an error record for a page that fails), and print a summary "
        "on stderr.",
    )
    clean.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a page dump, a directory, a WARC or WET file (.warc, .warc.gz, .wet, .wet.gz), "
        "or '-' for a page on standard input",
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

    report = commands.add_parser(
        "report",
        parents=[options],
        help="write an HTML report of how pages were cleaned",
        description="Clean pages (files, directories, WARC and WET files) and write an audit "
        "report: one self-contained HTML file with each page's lines coloured by label, the "
        "rule of each line, the documents' fields, an index of the pages and the corpus totals.",
    )
    report.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a page dump or HTML page, a directory, a WARC or WET file, or '-' for a page "
        "on standard input",
    )
    report.add_argument(
        "-o",
        "--output",
        required=True,
        help="write the report to this regular file, replacing it when the report is done",
    )
    report.add_argument(
        "--limit", type=_positive_int, metavar="N", help="report on the first N pages only"
    )
    report.set_defaults(run=_run_report)
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
    def __init__(self, *, skipped: Sequence[SkippedPath] = ()) -> None:
        self.pages = self.paragraphs = self.comments = 0
        self.chrome: Counter[str] = Counter()
        self.errors = 0
        self.done: int | None = None  # pages skipped as already done, with --resume
        self.skipped = skipped
        self.records_skipped: list[RecordsSkipped] = []  # WARC records that are not pages

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
        records = sum(event.records for event in self.records_skipped)
        if records:
            first += f", {_plural(records, 'WARC record')} skipped as not pages"
        out = [first]
        out.extend(f"  skipped {skip.path}: {skip.reason}" for skip in self.skipped)
        out.extend(
            f"  skipped in {event.path}: "
            + ", ".join(f"{count} {reason}" for reason, count in event.reasons)
            for event in self.records_skipped
        )
        out.extend(f"  {kind}: {count}" for kind, count in sorted(self.chrome.items()))
        return out

    def report(self) -> None:
        for line in self.lines():
            print(line, file=sys.stderr)


class _Listener:
    """What the command makes of a corpus run's events: the summary's counts, a progress
    bar, and a message for each page that fails and each leftover of a killed run."""

    def __init__(self, summary: _Summary) -> None:
        self.summary = summary
        self.interrupted: Path | None = None  # the output, when Ctrl-C left the pages done there
        self._progress: tqdm[Never] | None = None

    def __call__(self, event: RunEvent) -> None:
        match event:
            case Started(pages=pages):
                self._progress = tqdm(
                    total=pages, unit="page", file=sys.stderr, delay=2.0, disable=None
                )
            case Cleaned(record=PageError() as error):
                self.summary.errors += 1
                _warn(_describe(error))
                self._advance()
            case Cleaned(record=Document() as document):
                self.summary.add(document)
                self._advance()
            case RecordsSkipped() as skipped:
                self.summary.records_skipped.append(skipped)
            case Resumed(done=done):
                self.summary.done = done
            case LeftoversFound(paths=paths, directory=directory):
                names = ", ".join(path.name for path in paths)
                _warn(
                    f"note: a killed run left {names} in {directory}; run with --resume to "
                    "keep the pages it holds, or delete it"
                )
            case LeftoverSalvaged(path=path, pages=pages, broken=broken):
                if broken is not None:
                    _warn(f"{path}: {broken}; the rest of it is dropped")
                _warn(f"kept {_plural(pages, 'page')} from {path.name}, left by a killed run")
            case LeftoverUnreadable(path=path, reason=reason):
                _warn(f"{path}: cannot be read ({reason})")
            case LeftoverNotDeleted(path=path, reason=reason):
                _warn(f"{path}: cannot be deleted ({reason})")
            case Interrupted(output=output):
                self.interrupted = output
        if isinstance(event, Cleaned) and _TERMINATING.is_set():
            _TERMINATING.clear()  # raised once: the run stops as if the handler's had gone on
            raise _Terminated

    def _advance(self) -> None:
        if self._progress is not None:
            self._progress.update()

    def close(self) -> None:
        if self._progress is not None:
            self._progress.close()


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


def _run_clean(args: argparse.Namespace, config: CleanConfig) -> int:
    output: str | None = None if args.output in (None, _STDIN) else args.output
    if args.resume and output is None:
        raise HerseedsError("--resume needs -o OUTPUT: it goes on from what OUTPUT holds")
    reads_stdin = args.paths.count(_STDIN)
    if reads_stdin > 1:
        raise HerseedsError("'-' (standard input) can be named once: it holds one page")
    if reads_stdin and args.resume:
        raise HerseedsError(
            "--resume cannot tell whether standard input holds a page the earlier run "
            "cleaned: clean '-' in a run of its own"
        )
    pages = gather_pages(args.paths, standard_input=_STDIN)
    if not pages.entries:
        where = " ".join(args.paths)
        if pages.skipped:
            where += " (" + "; ".join(f"{skip.path}: {skip.reason}" for skip in pages.skipped) + ")"
        raise HerseedsError(f"no page dumps (*.txt) or WARC files found in {where}")
    summary = _Summary(skipped=pages.skipped)
    listener = _Listener(summary)
    if output is None:
        sink = _StandardOutput()
        with contextlib.closing(listener):
            write_records(sink, pages, config=config, workers=args.workers, on_event=listener)
        sink.flush()
    else:
        try:
            with contextlib.closing(listener):
                clean_to_file(
                    pages,
                    output,
                    config=config,
                    workers=args.workers,
                    resume=args.resume,
                    on_event=listener,
                )
        except KeyboardInterrupt as interrupt:
            if listener.interrupted is None:
                raise  # stopped before the pages done were put in place: no summary
            summary.report()
            _warn(
                f"{_interruption(interrupt)}: {listener.interrupted} holds the pages done so "
                "far; run the same command with --resume to go on"
            )
            return _interrupted_status(interrupt)
    summary.report()
    return EXIT_SOME_FAILED if summary.errors else EXIT_OK


def _describe(error: PageError) -> str:
    # herseeds' own messages name the page already; any other exception is a bug.
    message = error.message
    if not message.startswith(error.source):
        message = f"{error.source}: {message}"
    if error.error not in errors.__all__:
        message += f" ({error.error}: a bug in herseeds, please report it)"
    return message


def _warn(message: str) -> None:
    # tqdm.write: a progress bar on the terminal is cleared first, and drawn again after.
    tqdm.write(f"herseeds: {message}", file=sys.stderr)


def _run_show(args: argparse.Namespace, config: CleanConfig) -> int:
    if args.file == _STDIN:
        source = _STDIN_SOURCE
        data = read_stream(sys.stdin.buffer, source=source, max_bytes=config.max_bytes)
    else:
        data, source = read_bytes(args.file, max_bytes=config.max_bytes), args.file
    _, explained = clean_and_explain_bytes(data, source=source, config=config)
    width = max((len(decision.label) for _, decision in explained), default=0)
    rule_width = max((len(decision.rule.name) for _, decision in explained), default=0)
    shown: set[int] = set()  # comments whose facts were printed, under their first line
    for number, (line, decision) in enumerate(explained, start=1):
        print(f"{number:>5} {decision.label:<{width}} {decision.rule.name:<{rule_width}} | {line}")
        facts = [
            found
            for found in decision.facts
            if not (isinstance(found, CommentFacts) and found.index in shown)
        ]
        shown.update(found.index for found in facts if isinstance(found, CommentFacts))
        if facts:
            print(f"{'':>5} ↳ {describe_facts(facts)}")
    return EXIT_OK


def _run_report(args: argparse.Namespace, config: CleanConfig) -> int:
    if args.output == _STDIN:
        raise HerseedsError("the report is a file to open in a browser: name it with -o FILE")
    if args.paths.count(_STDIN) > 1:
        raise HerseedsError("'-' (standard input) can be named once: it holds one page")
    pages = gather_pages(args.paths, standard_input=_STDIN)
    if not pages.entries:
        raise HerseedsError(f"no page dumps (*.txt) or WARC files found in {' '.join(args.paths)}")
    summary = _Summary(skipped=pages.skipped)
    listener = _Listener(summary)
    files = [entry for entry in pages.entries if isinstance(entry, Path)]
    total = None if any(map(is_warc_name, files)) else len(pages.entries)  # WARC: not known
    if total is not None and args.limit is not None:
        total = min(total, args.limit)
    listener(Started(total))

    def hear(record: Document | PageError) -> None:
        listener(Cleaned(record))

    with contextlib.closing(listener):
        written = report(pages, args.output, config=config, limit=args.limit, on_page=hear)
    summary.report()
    _warn(f"wrote {written.path} ({written.size:,} bytes): open it in a browser")
    return EXIT_SOME_FAILED if summary.errors else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
