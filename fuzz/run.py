"""Run the fuzz targets for a bounded time each and report what they did.

Usage (with the ``fuzz`` extra installed)::

    .venv/bin/python fuzz/run.py                  # every target, 30 s each
    .venv/bin/python fuzz/run.py --seconds 300 clean

Each target runs under libFuzzer with a total time, a per-input timeout, a memory limit and
a maximum input length, starting from the seed corpus (``fuzz/corpus``) and the regression
inputs (``tests/fuzz_regressions``). Both are only read: the inputs the fuzzer finds go to a
temporary directory, or to ``--work-corpus DIR/<target>``, kept to resume from next time.

At the end it prints, per target, the executions, seconds, executions per second and the
coverage reached (libFuzzer's ``cov``, edges, and ``ft``, features). A crash, a timeout or
running out of memory makes it exit 1 and say where the input was written (``crash-*``,
``timeout-*`` or ``oom-*`` in ``fuzz/artifacts``, which git ignores); the target's whole
log is beside it. Reproduce with ``python fuzz/fuzz_<target>.py ARTIFACT``, then minimize
it and add it to ``tests/fuzz_regressions`` (see README.md, Fuzzing).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

FUZZ: Final = Path(__file__).resolve().parent
ROOT: Final = FUZZ.parent
TARGETS: Final = {"clean": FUZZ / "fuzz_clean.py", "clean_file": FUZZ / "fuzz_clean_file.py"}
CORPORA: Final = (FUZZ / "corpus", ROOT / "tests" / "fuzz_regressions")
DICTIONARY: Final = FUZZ / "herseeds.dict"

_SEED: Final = re.compile(r"^INFO: Seed: (\d+)", re.MULTILINE)
_DONE: Final = re.compile(r"^Done (\d+) runs in (\d+) second", re.MULTILINE)
_STAT: Final = re.compile(r"^stat::(\w+):\s*(\d+)", re.MULTILINE)
_COVERAGE: Final = re.compile(r"\bcov: (\d+) ft: (\d+)")
_ARTIFACT: Final = re.compile(r"Test unit written to (\S+)")
# atheris prints a Python exception's traceback between these two lines.
_EXCEPTION: Final = re.compile(
    r"^ *=== Uncaught Python exception: ===$(.*?)^==\d+== ERROR", re.MULTILINE | re.DOTALL
)


@dataclass(frozen=True)
class Result:
    """What one target's run did, read from its libFuzzer log."""

    target: str
    returncode: int
    log: Path
    seed: int | None
    runs: int | None
    seconds: int | None
    exec_per_second: int | None
    cov: int | None
    ft: int | None
    artifacts: tuple[str, ...]
    traceback: str | None

    @property
    def failed(self) -> bool:
        """A crash, a timeout or an out-of-memory input, or libFuzzer failed to run."""
        return self.returncode != 0 or bool(self.artifacts)


def parse_log(target: str, returncode: int, log: Path) -> Result:
    """Read the figures and any crash input from a libFuzzer log.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     log = Path(folder) / "t.log"
    ...     _ = log.write_text(
    ...         "INFO: Seed: 42\\n#2 INITED cov: 5 ft: 6 corp: 1/1b\\n"
    ...         "#9 DONE cov: 7 ft: 8 corp: 2/2b\\n"
    ...         "Done 9 runs in 3 second(s)\\nstat::average_exec_per_sec: 3\\n"
    ...     )
    ...     result = parse_log("t", 0, log)
    >>> result.seed, result.runs, result.seconds, result.exec_per_second, result.cov, result.ft
    (42, 9, 3, 3, 7, 8)
    """
    text = log.read_text("utf-8", errors="replace")
    stats = {name: int(value) for name, value in _STAT.findall(text)}
    seed = _SEED.search(text)
    done = _DONE.search(text)
    coverage = _COVERAGE.findall(text)
    exception = _EXCEPTION.search(text)
    return Result(
        target=target,
        returncode=returncode,
        log=log,
        seed=int(seed.group(1)) if seed else None,
        runs=int(done.group(1)) if done else stats.get("number_of_executed_units"),
        seconds=int(done.group(2)) if done else None,
        exec_per_second=stats.get("average_exec_per_sec"),
        cov=int(coverage[-1][0]) if coverage else None,
        ft=int(coverage[-1][1]) if coverage else None,
        artifacts=tuple(_ARTIFACT.findall(text)),
        traceback=exception.group(1).strip() if exception else None,
    )


def run_target(target: str, work_corpus: Path, arguments: argparse.Namespace) -> Result:
    """Fuzz *target* for ``arguments.seconds``, new inputs going to *work_corpus*."""
    artifacts: Path = arguments.artifacts
    artifacts.mkdir(parents=True, exist_ok=True)
    work_corpus.mkdir(parents=True, exist_ok=True)
    log = artifacts / f"{target}.log"
    flags = [
        f"-max_total_time={arguments.seconds}",
        f"-timeout={arguments.timeout}",
        f"-rss_limit_mb={arguments.rss_limit_mb}",
        f"-max_len={arguments.max_len}",
        f"-artifact_prefix={artifacts}/{target}-",
        "-print_final_stats=1",
        f"-seed={arguments.seed}",
    ]
    if DICTIONARY.is_file():
        flags.append(f"-dict={DICTIONARY}")
    command = [arguments.python, str(TARGETS[target]), *flags, str(work_corpus)]
    command += [str(corpus) for corpus in CORPORA if corpus.is_dir()]
    print(f"==> fuzz {target} for {arguments.seconds} s (log: {log})", flush=True)
    with log.open("wb") as output:
        # No stdin: a run in CI has none, and libFuzzer must not wait for it.
        completed = subprocess.run(
            command, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT, check=False
        )
    return parse_log(target, completed.returncode, log)


def _figure(value: int | None) -> str:
    return "?" if value is None else str(value)


def report(results: list[Result]) -> str:
    """A table of the figures, then what each failing target left behind."""
    lines = [
        f"{'target':<12} {'seconds':>8} {'runs':>10} {'exec/s':>8} {'cov':>7} {'ft':>7} "
        f"{'seed':>11}"
    ]
    lines += [
        f"{result.target:<12} {_figure(result.seconds):>8} {_figure(result.runs):>10} "
        f"{_figure(result.exec_per_second):>8} {_figure(result.cov):>7} {_figure(result.ft):>7} "
        f"{_figure(result.seed):>11}"
        for result in results
    ]
    for result in results:
        if not result.failed:
            continue
        lines.append(f"\n{result.target}: FAILED (exit status {result.returncode})")
        if result.traceback:
            lines.append(result.traceback)
        lines += [f"input written to {artifact}" for artifact in result.artifacts]
        lines.append(f"log: {result.log}")
        for artifact in result.artifacts:
            lines.append(
                f"reproduce: python {TARGETS[result.target].relative_to(ROOT)} {artifact}\n"
                f"minimize: python fuzz/minimize.py {result.target} {artifact} -o SMALL, then "
                "add SMALL to tests/fuzz_regressions/ under a name that says what broke"
            )
    return "\n".join(lines)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", metavar="TARGET", help=f"of {', '.join(TARGETS)}")
    parser.add_argument("--seconds", type=int, default=30, help="per target (default 30)")
    parser.add_argument("--timeout", type=int, default=10, help="per input, in s (default 10)")
    parser.add_argument("--rss-limit-mb", type=int, default=2048, help="(default 2048)")
    parser.add_argument("--max-len", type=int, default=65536, help="input bytes (default 65536)")
    parser.add_argument(
        "--artifacts",
        type=Path,
        default=FUZZ / "artifacts",
        help="where crash inputs and logs go (default fuzz/artifacts)",
    )
    parser.add_argument(
        "--work-corpus",
        type=Path,
        help="keep the inputs found in DIR/<target> and start from them next time "
        "(default: a temporary directory)",
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="libFuzzer's random seed (default 0: a new one)"
    )
    parser.add_argument(
        "--python", default=sys.executable, help="the interpreter with atheris and herseeds"
    )
    arguments = parser.parse_args(argv)
    unknown = sorted(set(arguments.targets) - set(TARGETS))
    if unknown:
        parser.error(f"unknown target {unknown[0]!r}; the targets are {', '.join(TARGETS)}")
    return arguments


def main(argv: list[str] | None = None) -> int:
    """Fuzz each target in turn; return 1 if any crashed (or failed to run), else 0."""
    arguments = _arguments(argv)
    arguments.artifacts = arguments.artifacts.resolve()
    results = []
    for target in arguments.targets or list(TARGETS):
        if arguments.work_corpus is not None:
            results.append(run_target(target, arguments.work_corpus / target, arguments))
            continue
        with tempfile.TemporaryDirectory(prefix=f"herseeds-fuzz-{target}-") as folder:
            results.append(run_target(target, Path(folder), arguments))
    print(report(results))
    return 1 if any(result.failed for result in results) else 0


if __name__ == "__main__":
    sys.exit(main())
