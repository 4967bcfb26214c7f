"""Shrink a crash input of a fuzz target to a small one that fails the same way.

Usage::

    .venv/bin/python fuzz/minimize.py clean fuzz/artifacts/clean-crash-... -o SMALL

libFuzzer's own ``-minimize_crash`` re-runs the target as an executable, which a Python
script is not, so this does the shrinking in-process instead: it removes chunks of lines,
then of bytes, halving the chunk size (as delta debugging does), and keeps a smaller input
whenever it still fails with the same exception type raised from the same line of code.
Needs only the package, not atheris.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from herseeds._fuzzing import check_clean, check_clean_file


def failure(check: Callable[[bytes], None], data: bytes) -> str | None:
    """How *data* fails *check*: the exception type and where it was raised, or None."""
    try:
        check(data)
    except Exception as error:  # any exception is what the fuzzers call a crash
        # The checks raise through one helper (`_require`): its caller says which check.
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.name != "_require"]
        frame = frames[-1]
        return f"{type(error).__name__} at {frame.filename}:{frame.lineno}"
    return None


def _shrink(parts: list[bytes], fails: Callable[[bytes], bool]) -> list[bytes]:
    chunk = max(1, len(parts) // 2)
    while chunk >= 1:
        start = 0
        while start < len(parts):
            candidate = parts[:start] + parts[start + chunk :]
            if fails(b"".join(candidate)):
                parts = candidate
            else:
                start += chunk
        chunk //= 2
    return parts


def minimize(check: Callable[[bytes], None], data: bytes) -> bytes:
    """Return a smaller input that fails *check* as *data* does (*data* must fail)."""
    expected = failure(check, data)
    if expected is None:
        raise ValueError("the input does not fail this target")

    def fails(candidate: bytes) -> bool:
        return failure(check, candidate) == expected

    lines = _shrink(data.splitlines(keepends=True), fails)
    return b"".join(_shrink([bytes([byte]) for byte in b"".join(lines)], fails))


def main(argv: list[str] | None = None) -> int:
    """Minimize the input named on the command line; print the failure it keeps."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=["clean", "clean_file"])
    parser.add_argument("input", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    arguments = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="herseeds-minimize-") as folder:
        page = Path(folder) / "page.txt"
        checks: dict[str, Callable[[bytes], None]] = {
            "clean": check_clean,
            "clean_file": lambda data: check_clean_file(data, page),
        }
        check = checks[arguments.target]
        data = arguments.input.read_bytes()
        small = minimize(check, data)
        arguments.output.write_bytes(small)
        print(f"{len(data)} -> {len(small)} bytes, still {failure(check, small)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
