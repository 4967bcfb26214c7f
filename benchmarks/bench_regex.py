"""Growth of every regular expression in herseeds on inputs built to make it backtrack.

Run: ``.venv/bin/python benchmarks/bench_regex.py [--quick] [--size N] [--repeat N] [--json]``.

Every pattern the audit knows (``herseeds._regex_inventory``: module-level compiled
patterns, the pattern tables and each of their entries, inline literal patterns) is run
the way the package calls it (``fullmatch``, ``match``, ``search``, ``sub``…) on pumped
strings: a unit repeated to the size, then a suffix that makes the match fail late. Units
are generic (runs of spaces, letters, capitals, digits, punctuation, hyphenated and dotted
names, marks, joiners, surrogates) and taken from the pattern (its literal words, its
punctuation, its example line). A short probe picks, per pattern, the pumps whose time
grows fastest; those are timed at n, 2n, 4n and 8n characters (best of N, each timing
looped to a few milliseconds) and the log-log slope of time over length is the pattern's
growth exponent. About 1 is linear; above 1.2 is flagged SUPERLINEAR, if the growth shows
again at eight times the lengths (small sizes are noisy). The worst pump of each pattern
is printed (``unit*k+suffix``, and its time at the largest length), so a flagged pattern
comes with its pumping input.

Timings are noisy on a shared machine. A pattern that fails (or matches) after a bounded
look, whatever the length (exponent below 0.3, or a couple of microseconds at every size),
is shown as ``constant``. Not a test: nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass

import regex

from herseeds._regex_inventory import FoundPattern, find_patterns

SUPERLINEAR: float = 1.2
"""A growth exponent above this is flagged."""
CONSTANT_SECONDS: float = 2e-6
"""A pattern that takes less than this at the largest size runs in constant time."""
CONSTANT_EXPONENT: float = 0.3
"""A pattern whose time grows slower than this does not read its whole input."""
TIMEOUT_SECONDS: float = 5.0
"""One call of a `regex` pattern is stopped after this long (catastrophic backtracking)."""

# Pieces that commonly make patterns backtrack: runs of one class, and pairs of classes
# that several quantifiers of a pattern can share (spaces and separators, letters and
# hyphens or dots, capitals and spaces, marks after letters).
GENERIC_UNITS: tuple[str, ...] = (
    " ", "a", "A", "1", ".", ":", ",", "-", "'", "’", "(", ")", "#", "•", "|", "/", "*", "!",
    "\t", "\u00a0", "\u200d", "\u00b7", "\u0301", "\x00", "\ud800", "文", "א",
    "a ", "A ", "Aa ", "aa ", "1 ", "1,", ": ", ", ", " :", ":, ", ". ", "… ", "- ", " - ",
    "A-", "Aa-", "a-", "A.", "A. ", "a.", "Aa.", "A'", "(a", "(a) ", "((", "#a ", "a #",
    "• ", "· ", "| ", " / ", "x / ", "a\u200d", " \u200d", "a\u0301", "·\u0301", "Ã©", "â€",
    "\u00c2\u0080", "”)", ".)", "A-A ", "Aa Aa ", "Aa-Aa ", "on ", " at ", "by ",
)  # fmt: skip
SUFFIXES: tuple[str, ...] = ("", "\x00!")
_WORD_IN_PATTERN = re.compile(r"(?<![\\{])\b[A-Za-z]{2,}\b")
_ESCAPES = re.compile(r"\\[pP]\{[^}]*\}|\\[A-Za-z]|\(\?[A-Za-z-]+[:)]|\(\?P<[^>]*>|\{[^}]*\}")


@dataclass(frozen=True)
class Pump:
    """An adversarial input: *unit* repeated to a length, then *suffix*."""

    unit: str
    suffix: str

    def text(self, length: int) -> str:
        body = self.unit * max(1, math.ceil((length - len(self.suffix)) / len(self.unit)))
        return body[: max(1, length - len(self.suffix))] + self.suffix


@dataclass
class Result:
    """The worst pump of one pattern."""

    key: str
    kind: str
    method: str
    unit: str
    suffix: str
    lengths: list[int]
    seconds: list[float]
    exponent: float | None
    verdict: str


def units_for(found: FoundPattern) -> list[str]:
    """Generic units, plus words, punctuation and the example of *found*'s pattern."""
    units = list(GENERIC_UNITS)
    raw = found.source
    source = _ESCAPES.sub(" ", raw.decode("latin-1") if isinstance(raw, bytes) else raw)
    words = sorted(set(_WORD_IN_PATTERN.findall(source)))
    if found.kind == "table":
        words = words[:: max(1, len(words) // 40)]  # the entries are pumped one by one too
    for word in words:
        units += [word, " " + word, word + " ", word.capitalize() + " ", word + ": "]
    punctuation = sorted({c for c in source if not c.isalnum() and not c.isspace()} - set("\\"))
    units += punctuation + [c + " " for c in punctuation]
    if found.example:
        units += [found.example, found.example + " ", *(w + " " for w in found.example.split())]
    return list(dict.fromkeys(units))


def caller(found: FoundPattern, method: str) -> Callable[[str], object]:
    """A function running *found*'s pattern with *method* on a string, as the package does."""
    pattern = found.compiled
    assert pattern is not None
    extra: dict[str, float] = (
        {"timeout": TIMEOUT_SECONDS} if isinstance(pattern, regex.Pattern) else {}
    )
    # An inline `re.compile` is searched with; `finditer` is consumed, as a loop would.
    function: Callable[..., object] = getattr(pattern, "search" if method == "compile" else method)
    if isinstance(pattern.pattern, bytes):  # a bytes pattern reads what the page's bytes are
        if method in {"sub", "subn"}:
            return lambda text: function(b"", text.encode("utf-8", "replace"), **extra)
        return lambda text: _consumed(function(text.encode("utf-8", "replace"), **extra))
    if method in {"sub", "subn"}:
        return lambda text: function("", text, **extra)
    return lambda text: _consumed(function(text, **extra))


def _consumed(result: object) -> object:
    return list(result) if isinstance(result, Iterator) else result


def seconds_per_call(work: Callable[[str], object], text: str, repeat: int, floor: float) -> float:
    """The best of *repeat* timings of *work(text)*, each looped to at least *floor* seconds."""
    number = 1
    while True:
        start = time.perf_counter()
        for _ in range(number):
            work(text)
        elapsed = time.perf_counter() - start
        if elapsed >= floor or elapsed > TIMEOUT_SECONDS:
            break
        number = max(number * 2, int(number * floor / max(elapsed, 1e-9) * 1.2))
    best = elapsed / number
    for _ in range(repeat - 1):
        start = time.perf_counter()
        for _ in range(number):
            work(text)
        best = min(best, (time.perf_counter() - start) / number)
    return best


def exponent(lengths: list[int], seconds: list[float]) -> float:
    """The least-squares slope of log(seconds) over log(length)."""
    xs = [math.log(length) for length in lengths]
    ys = [math.log(max(value, 1e-12)) for value in seconds]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def time_growth(
    work: Callable[[str], object], pump: Pump, lengths: list[int], repeat: int, floor: float
) -> list[float]:
    """Seconds per call at each length; stops early (and pads) when a call times out."""
    seconds: list[float] = []
    for length in lengths:
        try:
            seconds.append(seconds_per_call(work, pump.text(length), repeat, floor))
        except TimeoutError:
            seconds.append(TIMEOUT_SECONDS)
        if seconds[-1] >= TIMEOUT_SECONDS:
            break
    return seconds


def audit(found: FoundPattern, method: str, size: int, repeat: int, keep: int) -> Result:
    """Probe every pump of *found* at small sizes, then time the fastest-growing ones."""
    work = caller(found, method)
    probe_lengths = [max(50, size // 8), max(200, size // 2)]
    ranked: list[tuple[float, float, Pump]] = []
    for unit in units_for(found):
        for suffix in SUFFIXES:
            pump = Pump(unit, suffix)
            probe = time_growth(work, pump, probe_lengths, 1, 2e-4)
            small, large = probe[0], probe[1] if len(probe) > 1 else TIMEOUT_SECONDS
            growth = math.log(max(large, 1e-9) / max(small, 1e-9)) / math.log(
                probe_lengths[1] / probe_lengths[0]
            )
            ranked.append((growth if large > CONSTANT_SECONDS / 4 else 0.0, large, pump))
    ranked.sort(key=lambda item: (item[0], item[1]), reverse=True)
    candidates = [pump for _, _, pump in ranked[:keep]]
    candidates += [pump for _, _, pump in sorted(ranked, key=lambda item: -item[1])[:1]]
    lengths = [size, 2 * size, 4 * size, 8 * size]
    worst: Result | None = None
    for pump in dict.fromkeys(candidates):
        seconds = time_growth(work, pump, lengths, repeat, 3e-3)
        measured = lengths[: len(seconds)]
        if len(seconds) < len(lengths):
            value: float | None = math.inf
            verdict = "SUPERLINEAR (timeout)"
        else:
            value = exponent(measured, seconds)
            verdict = _verdict(value, seconds[-1])
        if verdict == "SUPERLINEAR":
            # Small sizes are noisy (caches, allocation): a flag stands only if the growth
            # shows again at eight times the lengths.
            longer = [8 * length for length in lengths]
            seconds = time_growth(work, pump, longer, repeat, 3e-3)
            measured = longer[: len(seconds)]
            if len(seconds) == len(longer):
                value = exponent(measured, seconds)
                verdict = _verdict(value, seconds[-1])
            else:
                value, verdict = math.inf, "SUPERLINEAR (timeout)"
        result = Result(
            found.key, found.kind, method, pump.unit, pump.suffix, measured, seconds, value, verdict
        )
        if worst is None or _badness(result) > _badness(worst):
            worst = result
    assert worst is not None
    return worst


def _verdict(value: float, largest: float) -> str:
    if largest < CONSTANT_SECONDS or value < CONSTANT_EXPONENT:
        return "constant"  # the match fails (or succeeds) after a bounded look
    return "SUPERLINEAR" if value > SUPERLINEAR else "linear"


def _badness(result: Result) -> tuple[int, float, float]:
    flagged = result.verdict.startswith("SUPERLINEAR")
    value = result.exponent if result.exponent is not None else 0.0
    return (int(flagged), value if result.verdict != "constant" else -1.0, result.seconds[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=2000, help="n: timed at n, 2n, 4n, 8n chars")
    parser.add_argument("--repeat", type=int, default=5, help="timings per size (best is kept)")
    parser.add_argument("--keep", type=int, default=3, help="pumps per pattern timed in full")
    parser.add_argument("--quick", action="store_true", help="n=250, 1 repeat, 1 pump")
    parser.add_argument("--only", default="", help="audit only keys containing this text")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    if args.quick:
        args.size, args.repeat, args.keep = 250, 1, 1

    results: list[Result] = []
    skipped: list[str] = []
    if not args.json:
        print(
            f"{'pattern':52} {'method':9} {'exp':>5} {'time':>13} {'chars':>7}  {'verdict':12} "
            "worst pump"
        )
    inventory = find_patterns()
    for found in inventory.patterns:
        if args.only not in found.key:
            continue
        if found.compiled is None:
            skipped.append(found.key)
            continue
        for method in found.methods or ("search",):  # a pattern no code calls by name
            results.append(audit(found, method, args.size, args.repeat, args.keep))
            if not args.json:
                print(_row(results[-1]), flush=True)
    flagged = [result for result in results if result.verdict.startswith("SUPERLINEAR")]
    if args.json:
        data = {
            "size": args.size,
            "repeat": args.repeat,
            "python": sys.version.split()[0],
            "results": [asdict(result) for result in results],
            "skipped": skipped,
            "unimported": list(inventory.unimported),
        }
        print(json.dumps(data, indent=1, default=str))
        return
    print(
        f"\n{len(results)} pattern/method pairs, n={args.size} chars, best of {args.repeat}; "
        f"{len(flagged)} superlinear"
        + (f": {', '.join(result.key for result in flagged)}" if flagged else "")
    )
    if skipped:
        print(f"not timed (built at run time): {', '.join(skipped)}")
    if inventory.unimported:
        print(f"modules not imported (missing dependencies): {', '.join(inventory.unimported)}")


def _row(result: Result) -> str:
    value = "inf" if result.exponent == math.inf else f"{result.exponent or 0.0:5.2f}"
    largest = result.seconds[-1] * 1e6
    pump = f"{result.unit!r}*k+{result.suffix!r}"
    if len(pump) > 40:
        pump = pump[:37] + "..."
    return (
        f"{result.key:52} {result.method:9} {value:>5} {largest:10.1f} us {result.lengths[-1]:>7}"
        f"  {result.verdict:12} {pump}"
    )


if __name__ == "__main__":
    main()
