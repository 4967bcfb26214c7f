"""Time and memory of ``herseeds.clean`` on hostile and broken pages, at growing sizes.

Run: ``.venv/bin/python benchmarks/bench_hostile.py [--quick] [--scale X] [--repeat N]
[--only TEXT] [--json]``.

Each family of pathological input (empty, whitespace only, one 10 MB line, 200 000
one-character lines, control characters, lone surrogates, right-to-left text, CJK without
spaces, 5 000 nested list levels, a page of chrome only, of comments only, a 100 000-comment
thread, deep reply indentation, mojibake, blank lines, punctuation lines, and the shapes
the regex audit found dangerous) is built at five sizes, doubling: by bytes from 0.5 MB to
8 MB, or by count (lines, comments, levels). ``--scale`` multiplies the sizes; ``--quick``
is ``--scale 0.0625 --repeat 1``.

For each size: the best of ``--repeat`` timed runs of ``herseeds.clean`` (after one
warm-up run at the smallest size), then, in a separate run, the peak memory allocated
during the call (``tracemalloc``, which slows the call, so it is never timed). Per family
the table gives the seconds at each size, the least-squares slope (seconds per MB of UTF-8
input), the growth exponent (slope of log time over log size: about 1.0 is linear; above
1.2 is flagged SUPERLINEAR) and the peak memory per MB of input (MiB allocated at the peak,
over MB of input, at the largest size). A size whose run would take longer than
``--max-seconds`` by the growth seen so far is skipped.

Figures are noisy on a shared machine: best-of-N helps, small sizes are least reliable.
Not a test: nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import herseeds
from herseeds.patterns import CHROME_PATTERNS

MB: int = 1_000_000
SUPERLINEAR: float = 1.2
"""A growth exponent above this is flagged."""

_WORDS = (
    "the film about love and software theodore writes letters for other people while "
    "samantha learns to feel the city is warm and hazy at night he walks alone through "
    "crowds of strangers talking to their devices every scene asks what a voice can give "
    "us and what it takes away"
).split()
_NAMES = ["Billy Clary", "Robyn McComb", "Ada Lovelace", "tosin motunbade", "Jane Doe", "Jo"]


def _prose(rng: random.Random, words: int) -> str:
    """Sentences of ordinary words, capitalized, ending with a full stop."""
    out: list[str] = []
    while words > 0:
        length = min(words, rng.randint(6, 18))
        sentence = " ".join(rng.choice(_WORDS) for _ in range(length))
        out.append(sentence[0].upper() + sentence[1:] + ".")
        words -= length
    return " ".join(out)


def _fill(target: int, piece: Callable[[random.Random], str], seed: int = 1) -> str:
    """Pieces joined until the text has about *target* UTF-8 bytes."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < target:
        part = piece(rng)
        parts.append(part)
        size += len(part.encode("utf-8", "surrogatepass"))
    return "".join(parts)


# --- the families: each builds a page from a size (bytes, or a count) ---------------------


def empty(_: int) -> str:
    return ""


def whitespace_only(size: int) -> str:
    spaces = [" ", " ", "\t", "\u00a0", "\u3000", "\u2003", "\n", "\r\n", "\u2028", "\x0b\x0c"]
    return _fill(size, lambda rng: "".join(rng.choice(spaces) for _ in range(64)))


def one_line_prose(size: int) -> str:
    return _fill(size, lambda rng: _prose(rng, 200) + " ")


def one_line_one_char(size: int) -> str:
    return "a" * size


def one_char_lines(count: int) -> str:
    rng = random.Random(2)
    alphabet = "abcxyzABCXYZ0123456789.,;:!?-*•|#()[]'\"~"
    return "\n".join(rng.choice(alphabet) for _ in range(count))


def control_characters(size: int) -> str:
    controls = [chr(code) for code in (*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]

    def piece(rng: random.Random) -> str:
        words = _prose(rng, 30).split(" ")
        noisy = [word + "".join(rng.choices(controls, k=rng.randint(0, 3))) for word in words]
        line = " ".join(noisy)
        return line + "\n" + "".join(rng.choices(controls, k=rng.randint(1, 80))) + "\n\n"

    return _fill(size, piece)


def lone_surrogates(size: int) -> str:
    def piece(rng: random.Random) -> str:
        words = _prose(rng, 30).split(" ")
        return (
            " ".join(w + chr(rng.randint(0xD800, 0xDFFF)) * rng.randint(0, 2) for w in words)
            + "\n\n"
        )

    return _fill(size, piece)


def right_to_left(size: int) -> str:
    hebrew = "שלום עולם הסרט עוסק באהבה ובתוכנה תאודור כותב מכתבים".split()
    arabic = "مرحبا بالعالم الفيلم عن الحب والبرمجيات يكتب الرسائل".split()
    controls = ["\u200f", "\u200e", "\u202b", "\u202e", "\u202c", "\u2067", "\u2069", "\u061c"]

    def piece(rng: random.Random) -> str:
        words = rng.choice([hebrew, arabic])
        line = " ".join(rng.choice(words) + rng.choice(["", "", *controls]) for _ in range(40))
        return rng.choice(controls) + line + ".\n\n"

    return _fill(size, piece)


def cjk_without_spaces(size: int) -> str:
    chars = "電影講述愛情與軟件西奧多為別人寫信薩曼莎學會感受城市夜晚溫暖朦朧他獨自穿過人群"
    return _fill(
        size,
        lambda rng: "".join(rng.choice(chars + "。、") for _ in range(3000)) + "\n\n",
    )


def nested_list(levels: int) -> str:
    markers = ["•", "◦", "▪", "*", "-", "1."]
    return "Title of the page\n\n" + "\n".join(
        "  " * level + f"{markers[level % len(markers)]} item at level {level}"
        for level in range(levels)
    )


def chrome_only(size: int) -> str:
    lines = [entry.example for entry in CHROME_PATTERNS.patterns]
    return _fill(size, lambda rng: rng.choice(lines) + rng.choice(["\n", "\n\n"]))


def _comment(rng: random.Random, number: int, depth: int) -> str:
    indent = "  " * depth
    marker = f"{number}." if depth == 0 else "•"
    name = rng.choice(_NAMES)
    decoration = rng.choice(["", " says:", " Avatar", " said..."])
    return (
        f"{indent}{marker} {name}{decoration}\n"
        f"{indent}   {rng.choice(['March 3, 2014 at 10:03 am', '3 years ago'])}\n"
        f"{indent}   {_prose(rng, rng.randint(5, 40))}\n"
        f"{indent}   Reply\n"
    )


def comments_only(size: int) -> str:
    rng = random.Random(3)
    parts: list[str] = []
    total = 0
    number = 0
    while total < size:
        number += 1
        part = _comment(rng, number, rng.choice([0, 0, 1, 2]))
        parts.append(part)
        total += len(part.encode("utf-8"))
    return "".join(parts)


def comment_thread(count: int) -> str:
    rng = random.Random(4)
    header = "A Future Tale\n\n" + _prose(rng, 120) + f"\n\n{count} thoughts on “A Future Tale”\n\n"
    return header + "".join(
        _comment(rng, number + 1, [0, 1, 2, 3, 1, 0][number % 6]) for number in range(count)
    )


def deep_replies(levels: int) -> str:
    rng = random.Random(5)
    header = "A Future Tale\n\n" + _prose(rng, 120) + "\n\n12 Comments\n\n"
    return header + "".join(
        f"{'  ' * level}• {rng.choice(_NAMES)}\n{'  ' * level}  {_prose(rng, 8)}\n"
        for level in range(levels)
    )


def blank_lines(size: int) -> str:
    rng = random.Random(6)
    return (
        "A Title\n\n"
        + _prose(rng, 60)
        + "\n"
        + "\n" * (size // 2)
        + "Related\n"
        + "\n" * (size // 2)
        + _prose(rng, 60)
        + "\n"
    )


def punctuation_lines(size: int) -> str:
    marks = "-=*•·|~_#.…,:;!?/\\()[]{}<>«»“”'\"—–"
    return _fill(
        size,
        lambda rng: rng.choice(marks) * rng.choice([1, 3, 12, 13, 80, 401, 2000]) + "\n",
    )


def mojibake_long_lines(size: int) -> str:
    def piece(rng: random.Random) -> str:
        line = _prose(rng, 1600).replace("e", "é").replace("o", "ö").replace(" the ", " “the” ")
        return line.encode("utf-8").decode("cp1252", errors="replace") + "\n"

    return _fill(size, piece)


def hyphenated_names(size: int) -> str:
    # Lines shaped like bylines ("A-B-C…", "Jean-Luc Van-Dyke - …") that a name pattern
    # with ambiguous hyphens would backtrack on; no long paragraph, so every line is
    # checked as a byline.
    shapes = ["A-" * 75 + "A x", "Aa-" * 50 + "- x", "Jean-Luc " * 15 + "- x", "A van-" * 26]
    return _fill(size, lambda rng: rng.choice(shapes) + "\n")


def decorated_authors(size: int) -> str:
    # A comment thread whose lines look like names followed by long runs of template
    # decorations (": : : …", "says says …"), the input that made the decoration pattern
    # backtrack quadratically.
    shapes = ["Jo" + " :" * 90 + " x", "Jo" + " says" * 35 + " x", "Jo" + " • edited" * 20 + " x"]
    header = "A Title\n\n12 Comments\n\n"
    return header + _fill(size, lambda rng: "  • " + rng.choice(shapes) + "\n   Text.\n")


def comments_headers(count: int) -> str:
    # Comment headings and buttons, then one line of prose: each heading looks past the
    # chrome below it for its thread, and must not walk the whole page to do so.
    lines = (["Comments (12)", "Leave a Reply", "Reply"][i % 3] for i in range(count))
    return "\n".join(lines) + "\nA line of prose that is no comment.\n"


def replies_to_one_long_comment(size: int) -> str:
    # One comment with a long text, then many replies by the writer: each reply is checked
    # against its parent's text ("your article"), which must not be read once per reply.
    rng = random.Random(7)
    parent = "  1. Reader\n     " + _prose(rng, size // 12) + " I loved your article.\n"
    reply = "    • Writer\n       Thanks, my article was long.\n"
    count = max(1, (size // 2) // len(reply))
    return "A Title\n\n" + _prose(rng, 100) + "\n\n5 Comments\n\n" + parent + reply * count


@dataclass(frozen=True)
class Family:
    """A pathological input, built at sizes that double."""

    name: str
    build: Callable[[int], str]
    first: int
    """The smallest size (bytes or a count) at scale 1."""
    unit: str
    steps: int = 5


FAMILIES: tuple[Family, ...] = (
    Family("empty page", empty, 0, "bytes", steps=1),
    Family("whitespace only", whitespace_only, MB // 2, "bytes"),
    Family("one line of prose, no newline", one_line_prose, MB // 2, "bytes"),
    Family("one line of one repeated char", one_line_one_char, MB // 2, "bytes"),
    Family("one-character lines", one_char_lines, 12_500, "lines"),
    Family("NUL and control characters", control_characters, MB // 2, "bytes"),
    Family("lone surrogates", lone_surrogates, MB // 2, "bytes"),
    Family("right-to-left text, bidi controls", right_to_left, MB // 2, "bytes"),
    Family("CJK without spaces", cjk_without_spaces, MB // 2, "bytes"),
    Family("nested list levels", nested_list, 312, "levels"),
    Family("chrome only", chrome_only, MB // 2, "bytes"),
    Family("comments only", comments_only, MB // 2, "bytes"),
    Family("comment thread", comment_thread, 6_250, "comments"),
    Family("deep reply indentation", deep_replies, 156, "levels"),
    Family("blank lines", blank_lines, MB // 2, "bytes"),
    Family("punctuation-only lines", punctuation_lines, MB // 2, "bytes"),
    Family("mojibake, long lines (ftfy)", mojibake_long_lines, MB // 2, "bytes"),
    Family("hyphenated byline-like lines", hyphenated_names, MB // 2, "bytes"),
    Family("decorated author lines", decorated_authors, MB // 2, "bytes"),
    Family("comment headings, then prose", comments_headers, 12_500, "lines"),
    Family("replies to one long comment", replies_to_one_long_comment, MB // 2, "bytes"),
)


@dataclass
class Outcome:
    """What one family measured."""

    family: str
    unit: str
    counts: list[int] = field(default_factory=list)
    megabytes: list[float] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    peak_mib: list[float] = field(default_factory=list)
    slope: float | None = None
    exponent: float | None = None
    mib_per_mb: float | None = None
    skipped: list[int] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return self.exponent is not None and self.exponent > SUPERLINEAR


def best_seconds(text: str, repeat: int) -> float:
    """The fastest of *repeat* timed runs of ``herseeds.clean(text)``."""
    best = math.inf
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        herseeds.clean(text)
        best = min(best, time.perf_counter() - start)
    return best


def peak_mib(text: str) -> float:
    """MiB allocated at the peak of one ``herseeds.clean(text)`` call (input not counted)."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        herseeds.clean(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def least_squares(xs: list[float], ys: list[float]) -> float:
    """The slope of the least-squares line through the points."""
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return math.nan
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def measure(family: Family, scale: float, repeat: int, max_seconds: float) -> Outcome:
    """Time and measure *family* at each of its sizes."""
    outcome = Outcome(family.name, family.unit)
    counts = [round(family.first * scale * 2**step) for step in range(family.steps)]
    for index, count in enumerate(counts):
        if outcome.seconds and len(outcome.seconds) >= 2:
            # Predict the next run from the growth so far; skip what would take too long.
            growth = max(1.0, _exponent(outcome.megabytes, outcome.seconds))
            if outcome.seconds[-1] * 2**growth * repeat > max_seconds:
                outcome.skipped = counts[index:]
                break
        text = family.build(count)
        if index == 0:
            herseeds.clean(text)  # warm up: imports, compiled patterns, caches
        outcome.counts.append(count)
        outcome.megabytes.append(len(text.encode("utf-8", "surrogatepass")) / MB)
        outcome.seconds.append(best_seconds(text, repeat))
        outcome.peak_mib.append(peak_mib(text))
        print(
            f"  {family.name}: {count} {family.unit}, {outcome.megabytes[-1]:.2f} MB, "
            f"{outcome.seconds[-1]:.3f} s, peak {outcome.peak_mib[-1]:.1f} MiB",
            file=sys.stderr,
            flush=True,
        )
    if len(outcome.seconds) >= 2:
        outcome.slope = least_squares(outcome.megabytes, outcome.seconds)
        outcome.exponent = _exponent(outcome.megabytes, outcome.seconds)
    if outcome.megabytes and outcome.megabytes[-1] > 0:
        outcome.mib_per_mb = outcome.peak_mib[-1] / outcome.megabytes[-1]
    return outcome


def _exponent(megabytes: list[float], seconds: list[float]) -> float:
    points = [(mb, s) for mb, s in zip(megabytes, seconds, strict=True) if mb > 0 and s > 0]
    if len(points) < 2:
        return math.nan
    return least_squares([math.log(mb) for mb, _ in points], [math.log(s) for _, s in points])


def table(outcomes: list[Outcome]) -> str:
    """The results as a Markdown table."""
    rows = [
        "| family | sizes | MB | seconds | s/MB | exponent | peak MiB/MB |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for outcome in outcomes:
        sizes = " / ".join(_count(count) for count in outcome.counts) + f" {outcome.unit}"
        if outcome.skipped:
            sizes += f" (skipped {', '.join(_count(count) for count in outcome.skipped)})"
        mb = " / ".join(f"{value:.2g}" for value in outcome.megabytes)
        seconds = " / ".join(f"{value:.3g}" for value in outcome.seconds)
        slope = f"{outcome.slope:.3f}" if outcome.slope is not None else "–"
        exponent = f"{outcome.exponent:.2f}" if outcome.exponent is not None else "–"
        if outcome.flagged:
            exponent += " SUPERLINEAR"
        memory = f"{outcome.mib_per_mb:.1f}" if outcome.mib_per_mb is not None else "–"
        rows.append(
            f"| {outcome.family} | {sizes} | {mb} | {seconds} | {slope} | {exponent} | {memory} |"
        )
    return "\n".join(rows)


def _count(count: int) -> str:
    if count >= MB and count % (MB // 10) == 0:
        return f"{count / MB:g}M"
    if count >= 1000 and count % 100 == 0:
        return f"{count / 1000:g}k"
    return str(count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per size (best kept)")
    parser.add_argument("--quick", action="store_true", help="--scale 0.0625 --repeat 1")
    parser.add_argument("--only", default="", help="run the families whose name has this text")
    parser.add_argument(
        "--max-seconds", type=float, default=300.0, help="skip sizes predicted to take longer"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    if args.quick:
        args.scale, args.repeat = 0.0625, 1

    outcomes = [
        measure(family, args.scale, args.repeat, args.max_seconds)
        for family in FAMILIES
        if args.only in family.name
    ]
    if args.json:
        data = {
            "scale": args.scale,
            "repeat": args.repeat,
            "python": sys.version.split()[0],
            "families": [asdict(outcome) for outcome in outcomes],
        }
        print(json.dumps(data, indent=1))
        return
    print(f"herseeds.clean, best of {args.repeat} runs, scale {args.scale:g}\n")
    print(table(outcomes))
    flagged = [outcome.family for outcome in outcomes if outcome.flagged]
    print(f"\nsuperlinear: {', '.join(flagged) if flagged else 'none'}")


if __name__ == "__main__":
    main()
