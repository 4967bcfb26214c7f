"""Fuzz target: a page's bytes through ``decode`` and ``clean``, and through ``clean_file``.

Each input is a file's bytes, except that a last byte of 0x80 or more names an explicit
encoding instead (``herseeds._fuzzing.file_input``); ``check_clean_file`` decodes the
bytes, cleans the text and checks the contract. Inputs with an odd last byte are also
written to one temporary file, reused for the whole run, and read with ``clean_file``,
which must agree; the others skip the disk, so most executions go to the decoding and
cleaning code rather than to file IO.

Run it with ``fuzz/run.py``, or directly with libFuzzer's flags::

    .venv/bin/python fuzz/fuzz_clean_file.py -max_total_time=60 fuzz/corpus tests/fuzz_regressions
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

# charset_normalizer decides what most non-UTF-8 bytes become: instrumenting it lets the
# fuzzer tell its detection paths apart, not only herseeds' own branches.
with atheris.instrument_imports(include=["herseeds", "charset_normalizer"]):
    from herseeds._fuzzing import check_clean_file


def main() -> None:
    """Fuzz until libFuzzer's flags in ``sys.argv`` say to stop."""
    with tempfile.TemporaryDirectory(prefix="herseeds-fuzz-") as folder:
        page = Path(folder) / "page.txt"

        def test_one_input(data: bytes) -> None:
            check_clean_file(data, page)

        atheris.Setup(sys.argv, test_one_input)
        atheris.Fuzz()


if __name__ == "__main__":
    main()
