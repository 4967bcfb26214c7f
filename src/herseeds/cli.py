"""The ``herseeds`` command: ``clean`` a corpus to JSON Lines, ``show`` one page's labels.

Exit status: 0 when every page was cleaned, 1 when some pages failed (each is reported on
stderr and counted in the summary), 2 when the command line or its paths are wrong.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from tqdm import tqdm

from herseeds import __version__
from herseeds.cleaning import clean_paths, explain
from herseeds.errors import HerseedsError
from herseeds.export import to_jsonl_line
from herseeds.model import CHROME_PREFIX, CleanConfig, Document
from herseeds.reading import decode, find_pages, read_bytes

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
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
    return status


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
        "one document per line, and print a summary on stderr.",
    )
    clean.add_argument("paths", nargs="+", metavar="PATH", help="a page dump or a directory")
    clean.add_argument(
        "-o", "--output", type=Path, help="write JSON Lines here (default: standard output)"
    )
    clean.add_argument(
        "--workers", type=_positive_int, default=1, help="clean in N processes (default: 1)"
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
    def __init__(self) -> None:
        self.pages = self.paragraphs = self.comments = 0
        self.chrome: Counter[str] = Counter()
        self.errors = 0

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
        out = [f"herseeds: {counts} removed, {_plural(self.errors, 'error')}"]
        out.extend(f"  {kind}: {count}" for kind, count in sorted(self.chrome.items()))
        return out


def _run_clean(args: argparse.Namespace, config: CleanConfig) -> int:
    pages = find_pages(args.paths)
    if not pages:
        raise HerseedsError(f"no page dumps (*.txt) found in {' '.join(args.paths)}")
    summary = _Summary()
    with (
        _output(args.output) as out,
        tqdm(total=len(pages), unit="page", file=sys.stderr, delay=2.0, disable=None) as progress,
    ):
        for _, result in clean_paths(pages, config=config, workers=args.workers):
            if isinstance(result, HerseedsError):
                summary.errors += 1
                # The error's message names the file already.
                progress.write(f"herseeds: {result}", file=sys.stderr)
            else:
                summary.add(result)
                out.write(to_jsonl_line(result))
            progress.update()
    for line in summary.lines():
        print(line, file=sys.stderr)
    return EXIT_SOME_FAILED if summary.errors else EXIT_OK


@contextmanager
def _output(path: Path | None) -> Iterator[IO[bytes]]:
    """Standard output, or *path* written through a temporary file renamed at the end.

    A run that dies half-way leaves any earlier output file as it was.
    """
    if path is None:
        yield sys.stdout.buffer
        sys.stdout.flush()
        return
    directory = path.resolve().parent
    if not directory.is_dir():
        raise HerseedsError(f"{path}: the folder {directory} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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
