"""Fuzz target: ``herseeds.clean`` on any text, under varied configs, checked against its contract.

Each input is read as a page and a config by ``herseeds._fuzzing.text_input`` (UTF-8 pages
as they are; a 0xF8-0xFF first byte reaches any code point, lone surrogates included), and
``check_clean`` raises on anything the contract forbids: an exception from ``clean``, a line
without its label or lost from the document, a JSON record that does not read back equal.

Run it with ``fuzz/run.py``, or directly with libFuzzer's flags::

    .venv/bin/python fuzz/fuzz_clean.py -max_total_time=60 fuzz/corpus tests/fuzz_regressions
"""

from __future__ import annotations

import sys

import atheris

# Instrumented, so libFuzzer's coverage guidance sees the branches of herseeds itself.
with atheris.instrument_imports(include=["herseeds"]):
    from herseeds._fuzzing import check_clean


def test_one_input(data: bytes) -> None:
    """Check one fuzz input; any exception is a crash."""
    check_clean(data)


def main() -> None:
    """Fuzz until libFuzzer's flags in ``sys.argv`` say to stop."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
