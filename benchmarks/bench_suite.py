"""The benchmark suite of issue 12: herseeds beside trafilatura and ftfy, in one run.

Run::

    .venv/bin/python benchmarks/bench_suite.py --json bench.json --png docs/img
    .venv/bin/python benchmarks/bench_suite.py --quick          # under a minute
    .venv/bin/python benchmarks/bench_suite.py --streaming-gb 1 # herseeds clean on 1 GB

It builds the corpus of ``bench_corpus.py`` (``--size`` MB of text dumps: whole pages,
main regions, the bundled seeds; and HTML pages) and measures, in one process:

- **throughput**: MB/s and pages/s of ``herseeds.clean``, ``trafilatura.utils.sanitize``
  and ``ftfy.fix_text`` on each part of text dumps, and of ``herseeds.clean_html`` and
  ``trafilatura.bare_extraction`` (with metadata and comments) on the HTML pages. The
  tools take turns, in a different order each round, and the fastest of ``--repeat``
  rounds counts: timings on a shared machine vary by tens of percent between runs, the
  ratios between tools measured side by side much less, so the ratios are the figures;
- **time per MB by page size**: whole-page dumps of about 1 KB, 10 KB, 100 KB, 1 MB and
  10 MB (``--quick``: up to 1 MB), the small ones cut from whole pages and the large ones
  concatenated, and the pathological inputs (one line, one-character lines, deep
  indentation, blank lines) at ``--pathological-mb``; each tool's spread (slowest time
  per MB over fastest) is the flatness the issue asks for;
- **peak RSS**: each tool in a process of its own over the corpus and the largest page
  (``ru_maxrss``), beside the RSS of the same process once its imports are done;
- **parallel**: ``herseeds.clean_corpus(workers=1)`` and ``workers=2`` over the text
  dumps written to files, taking turns; the speed-up, and whether both give the same
  records in the same order;
- with ``--profile N``: the top N functions of ``herseeds.clean`` over the whole pages
  (cProfile), by cumulative and by own time.

``--streaming-gb X`` instead writes X GB of generated dumps to a temporary folder and runs
``herseeds clean FOLDER -o OUT`` (``--streaming-workers``) in a subprocess, polling its
RSS (and its workers') as it goes: the peak, MB/s, and the RSS at each tenth of the run.

Prints a table; ``--json`` writes every figure, ``--png`` draws time per MB by page size
and the ratios into a folder (needs matplotlib: ``pip install -e '.[bench]'``). Not a
test: nothing asserts on time; the targets of issue 12 are reported as met or not.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, Final

import bench_corpus
import ftfy
import trafilatura
from bench_corpus import MB, TEXT_PARTS, Corpus, Page, Pool
from trafilatura.utils import sanitize

import herseeds

TextTool = Callable[[str], object]
HtmlTool = Callable[[bytes], object]


def _bare_extraction(page: bytes) -> object:
    return trafilatura.bare_extraction(page, with_metadata=True, include_comments=True)


TEXT_TOOLS: Final[dict[str, TextTool]] = {
    "clean": herseeds.clean,
    "sanitize": sanitize,
    "ftfy": ftfy.fix_text,
}
HTML_TOOLS: Final[dict[str, HtmlTool]] = {
    "clean_html": herseeds.clean_html,
    "bare_extraction": _bare_extraction,
}
TOOL_NAMES: Final = {
    "clean": "herseeds.clean",
    "sanitize": "trafilatura.utils.sanitize",
    "ftfy": "ftfy.fix_text",
    "clean_html": "herseeds.clean_html",
    "bare_extraction": "trafilatura.bare_extraction (metadata, comments)",
}
SIZES: Final = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)
TARGETS: Final = {
    "sanitize_ratio_whole": 0.6,
    "flatness": 1.5,
    "streaming_rss_mb": 300.0,
    "workers_speedup": 1.7,
}
Json = dict[str, Any]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def size_label(nbytes: int) -> str:
    return f"{nbytes // MB} MB" if nbytes >= MB else f"{nbytes // 1000} KB"


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


# -- timing ----------------------------------------------------------------------------------


def seconds(work: Callable[[Any], object], inputs: Sequence[Any]) -> float:
    """The time *work* takes over *inputs*, one after the other."""
    gc.collect()
    start = time.perf_counter()
    for item in inputs:
        work(item)
    return time.perf_counter() - start


def interleaved(
    tools: dict[str, Callable[[Any], object]],
    groups: Mapping[str, Sequence[Any]],
    rounds: int,
) -> dict[str, dict[str, float]]:
    """The fastest time of each tool over each group of inputs, in *rounds* rounds; in each
    round every tool runs on every group, the tools taking turns in a rotated order."""
    best = {group: dict.fromkeys(tools, float("inf")) for group in groups}
    names = list(tools)
    for round_ in range(rounds):
        order = names[round_ % len(names) :] + names[: round_ % len(names)]
        for group, inputs in groups.items():
            for name in order:
                best[group][name] = min(best[group][name], seconds(tools[name], inputs))
    return best


def throughput(corpus: Corpus, extra: dict[str, list[Page]], rounds: int) -> Json:
    """MB/s and pages/s of each tool on each part."""
    parts = {part: list(corpus.parts[part]) for part in TEXT_PARTS} | extra
    groups = {part: [page.text for page in pages] for part, pages in parts.items()}
    best = interleaved(dict(TEXT_TOOLS), groups, rounds)
    html = list(corpus.parts["html"])
    best |= interleaved(dict(HTML_TOOLS), {"html": [_encode(page.text) for page in html]}, rounds)
    parts["html"] = html
    out: Json = {}
    for part, times in best.items():
        nbytes = sum(page.nbytes for page in parts[part])
        count = len(parts[part])
        out[part] = {
            tool: {
                "seconds": spent,
                "mb_per_s": nbytes / MB / spent,
                "pages_per_s": count / spent,
            }
            for tool, spent in times.items()
        }
    return out


def ratios(figures: Json) -> Json:
    """Each herseeds tool over its reference, by part."""
    out: Json = {}
    for part, tools in figures.items():
        if part == "html":
            ours, theirs = tools["clean_html"], tools["bare_extraction"]
            out["html: clean_html / bare_extraction"] = ours["pages_per_s"] / theirs["pages_per_s"]
            continue
        for reference in ("sanitize", "ftfy"):
            mine = tools["clean"]["mb_per_s"]
            out[f"{part}: clean / {reference}"] = mine / tools[reference]["mb_per_s"]
    return out


def by_size(pool: Pool, quick: bool, budget: int, pathological: int, rounds: int) -> Json:
    """Seconds per MB of each text tool on pages of each size, and on the pathological
    inputs."""
    rng = random.Random(12)
    sizes = [size for size in SIZES if not quick or size <= MB]
    groups: dict[str, list[str]] = {}
    for size in sizes:
        count = max(1, budget // size)
        groups[size_label(size)] = [bench_corpus.sized_page(rng, pool, size) for _ in range(count)]
    hostile = bench_corpus.pathological_pages(pathological)
    out: Json = {"sizes": {}, "pathological": {}, "pages": {}}
    for label, pages in groups.items():
        log(f"  pages of {label}: {len(pages)}")
        out["pages"][label] = len(pages)
        nbytes = sum(len(_encode(page)) for page in pages)
        # The one 10 MB page is timed once per tool: a round takes long.
        times = interleaved(dict(TEXT_TOOLS), {label: pages}, 1 if nbytes >= 5 * MB else rounds)
        out["sizes"][label] = {tool: spent / (nbytes / MB) for tool, spent in times[label].items()}
    for name, text in hostile.items():
        log(f"  pathological: {name}, {len(_encode(text)) / MB:.2f} MB")
        times = interleaved(dict(TEXT_TOOLS), {name: [text]}, 1)
        nbytes = len(_encode(text))
        out["pathological"][name] = {
            tool: spent / (nbytes / MB) for tool, spent in times[name].items()
        }
    out["pathological_mb"] = pathological / MB
    out["flatness"] = {}
    for tool in TEXT_TOOLS:
        sized = [row[tool] for row in out["sizes"].values()]
        every = sized + [row[tool] for row in out["pathological"].values()]
        out["flatness"][tool] = {
            "sizes": max(sized) / min(sized),
            "with_pathological": max(every) / min(every),
        }
    out["largest_page"] = groups[size_label(sizes[-1])][0]
    return out


# -- peak memory, each tool in a process of its own -----------------------------------------


def _status_mb(field: str, pid: int | str = "self") -> float:
    """A field of /proc/PID/status in MB (VmRSS, VmHWM: the peak RSS of the process
    since its exec; getrusage's ru_maxrss would count the parent's RSS at the fork)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child(tool: str, listing: Path, result: Path) -> None:
    """In a child process: run *tool* over the files *listing* names, one at a time, and
    write the process's peak RSS after its imports and at the end (MB) to *result*."""
    after_imports = _status_mb("VmHWM")
    for line in listing.read_text(encoding="utf-8").splitlines():
        data = Path(line).read_bytes()
        if tool in HTML_TOOLS:
            HTML_TOOLS[tool](data)
        else:
            TEXT_TOOLS[tool](data.decode("utf-8", "surrogatepass"))
    peak = _status_mb("VmHWM")
    result.write_text(json.dumps({"after_imports_mb": after_imports, "peak_mb": peak}))


def peak_rss(directory: Path, text_files: list[Path], html_files: list[Path]) -> Json:
    """Peak RSS of each tool over its inputs, each in a fresh process."""
    out: Json = {}
    for tool in (*TEXT_TOOLS, *HTML_TOOLS):
        listing = directory / f"{tool}.list"
        files = html_files if tool in HTML_TOOLS else text_files
        listing.write_text("\n".join(str(path) for path in files) + "\n", encoding="utf-8")
        result = directory / f"{tool}.json"
        command = [sys.executable, __file__, "--child", tool, str(listing), str(result)]
        subprocess.run(command, check=True)
        out[tool] = json.loads(result.read_text(encoding="utf-8"))
        log(f"  {tool}: peak {out[tool]['peak_mb']:.0f} MB")
    return out


# -- parallel --------------------------------------------------------------------------------


def _cpu_seconds() -> tuple[float, float]:
    """CPU time of this process, and of its children that have ended (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def parallel(directory: Path, rounds: int) -> Json:
    """clean_corpus with one worker and with two, taking turns; same records, same order.

    On a machine where other processes take cores, the wall-clock speed-up says little,
    so the CPU time of the parent and of the workers is reported too (of the fastest run
    of each): the speed-up two idle cores would give is the one-worker CPU time over the
    larger of the parent's CPU time (reading results in order, writing) and half the
    two-worker run's CPU time."""
    best = {1: float("inf"), 2: float("inf")}
    cpu: dict[int, tuple[float, float]] = {}
    records: dict[int, list[object]] = {}
    for round_ in range(rounds):
        for workers in (1, 2) if round_ % 2 == 0 else (2, 1):
            gc.collect()
            start, (own, children) = time.perf_counter(), _cpu_seconds()
            records[workers] = list(herseeds.clean_corpus([directory], workers=workers))
            spent = time.perf_counter() - start
            if spent < best[workers]:
                best[workers] = spent
                own_after, children_after = _cpu_seconds()
                cpu[workers] = (own_after - own, children_after - children)
    # What starting two workers costs: a run of two tiny pages.
    tiny = directory.parent / "tiny"
    tiny.mkdir(exist_ok=True)
    for name in ("a.txt", "b.txt"):
        (tiny / name).write_text("A short page.\n", encoding="utf-8")
    start = time.perf_counter()
    list(herseeds.clean_corpus([tiny], workers=2))
    startup = time.perf_counter() - start
    pages = len(records[1])
    one = sum(cpu[1])
    parent, workers_cpu = cpu[2]
    return {
        "pages": pages,
        "seconds": {str(workers): spent for workers, spent in best.items()},
        "pages_per_s": {str(workers): pages / spent for workers, spent in best.items()},
        "speedup": best[1] / best[2],
        "cpu_seconds": {
            "1 worker": one,
            "2 workers, parent": parent,
            "2 workers, workers": workers_cpu,
        },
        "cores_busy": {str(workers): sum(cpu[workers]) / best[workers] for workers in best},
        "speedup_on_idle_cores": one / max(parent, (parent + workers_cpu) / 2),
        "same_records_in_order": records[1] == records[2],
        "pool_startup_seconds": startup,
        "cpus": os.cpu_count(),
    }


# -- profile ---------------------------------------------------------------------------------


def profile(pages: list[Page], top: int) -> Json:
    """The top functions of herseeds.clean over *pages*."""
    profiler = cProfile.Profile()
    profiler.enable()
    for page in pages:
        herseeds.clean(page.text)
    profiler.disable()
    out: Json = {}
    for order in ("cumulative", "tottime"):
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream)
        stats.strip_dirs().sort_stats(order).print_stats(top)
        out[order] = stream.getvalue()
    return out


# -- streaming -------------------------------------------------------------------------------


def _tree_rss_mb(pid: int) -> tuple[float, float]:
    """The RSS of *pid* and its children (workers) together, and the largest peak RSS
    (VmHWM) of any of them, in MB, from /proc."""
    pids: list[int | str] = [pid]
    with contextlib.suppress(OSError):
        pids += Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    total = peak = 0.0
    for each in pids:
        try:
            total += _status_mb("VmRSS", each)
            peak = max(peak, _status_mb("VmHWM", each))
        except OSError:
            continue
    return total, peak


def streaming(gigabytes: float, workers: int, at: int) -> Json:
    """herseeds clean over *gigabytes* GB of generated dumps, its peak RSS and MB/s."""
    pool = bench_corpus.generate_pool(at, 120, 20)
    rng = random.Random(at)
    texts = bench_corpus.stream_pages(rng, pool)
    directory = Path(tempfile.mkdtemp(prefix="herseeds-streaming-"))
    try:
        pages = directory / "pages"
        sizes: list[int] = []  # of each page, in the order the command reads them
        written = 0
        log(f"writing {gigabytes} GB of dumps to {pages}")
        while written < gigabytes * 1000 * MB:
            data = _encode(next(texts))
            count = len(sizes)
            folder = pages / f"{count // 1000:04d}"
            if count % 1000 == 0:
                folder.mkdir(parents=True)
            (folder / f"{count:08d}.txt").write_bytes(data)
            sizes.append(len(data))
            written += len(data)
        out = directory / "out.jsonl"
        script = Path(sys.executable).with_name("herseeds")
        command = (
            [str(script)]
            if script.exists()
            else [sys.executable, "-c", "from herseeds.cli import main; main()"]
        )
        command += ["clean", str(pages), "-o", str(out), "--workers", str(workers)]
        log(f"{len(sizes)} pages; running {' '.join(command)}")
        start = time.perf_counter()
        process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        samples: list[tuple[float, float]] = []
        one = 0.0
        status = None
        while status is None:
            rss, peak = _tree_rss_mb(process.pid)
            samples.append((time.perf_counter() - start, rss))
            one = max(one, peak)
            if len(samples) % 240 == 0:  # every minute or so
                log(f"  {samples[-1][0]:.0f} s: RSS {rss:.0f} MB, peak of one process {one:.0f} MB")
            time.sleep(0.25)
            status = process.poll()
        spent = time.perf_counter() - start
        every = max(rss for _, rss in samples)
        with out.open("rb") as records:
            lines = sum(1 for _ in records)
        tenths = [
            max((rss for at_, rss in samples if at_ <= spent * step / 10), default=0.0)
            for step in range(1, 11)
        ]
        return {
            "gigabytes": written / 1e9,
            "pages": len(sizes),
            # A run stopped early (SIGTERM: exit status 143) has the records of the pages
            # it cleaned in place: what follows counts those pages only.
            "gigabytes_cleaned": sum(sizes[:lines]) / 1e9,
            "records": lines,
            "exit_status": status,
            "workers": workers,
            "seconds": spent,
            "mb_per_s": sum(sizes[:lines]) / MB / spent,
            "peak_rss_mb_one_process": one,
            "peak_rss_mb_all_processes": every,
            "rss_mb_by_tenth": tenths,
            "target_met": max(one, every) < TARGETS["streaming_rss_mb"],
        }
    finally:
        shutil.rmtree(directory, ignore_errors=True)


# -- report ----------------------------------------------------------------------------------


def targets(report: Json) -> Json:
    """Each target of issue 12 this run measured: the figure, the target, met or not."""
    out: Json = {}
    whole = report["ratios"]["whole: clean / sanitize"]
    out["clean >= 0.6x sanitize MB/s on whole-page dumps"] = {
        "figure": whole,
        "met": whole >= TARGETS["sanitize_ratio_whole"],
    }
    flat = report["by_size"]["flatness"]["clean"]["with_pathological"]
    out["clean time per MB flat within 1.5x, 1 KB to 10 MB, pathological included"] = {
        "figure": flat,
        "met": flat <= TARGETS["flatness"],
    }
    speedup = report["parallel"]["speedup"]
    same = report["parallel"]["same_records_in_order"]
    out[">= 1.7x with 2 workers"] = {
        "figure": speedup,
        "met": speedup >= TARGETS["workers_speedup"] and same,
    }
    return out


def print_table(report: Json) -> None:
    start, end = report["load_average_at_start"][0], report["load_average_at_end"][0]
    print(
        f"\n{report['versions']['cpus']} cores; load average {start:.1f} at start, {end:.1f} at end"
    )
    print(f"corpus: seed {report['corpus']['seed']}, {report['corpus']['size_mb']} MB of text")
    for part, row in report["corpus"]["parts"].items():
        print(f"  {part:6} {row['pages']:6} pages  {row['mb']:7.2f} MB")
    print(f"\nthroughput (best of {report['rounds']} interleaved rounds)")
    print(f"  {'part':7} {'tool':50} {'MB/s':>9} {'pages/s':>9}")
    for part, tools in report["throughput"].items():
        for tool, row in tools.items():
            name = TOOL_NAMES[tool]
            print(f"  {part:7} {name:50} {row['mb_per_s']:9.2f} {row['pages_per_s']:9.1f}")
    print("\nratios (same run)")
    for name, value in report["ratios"].items():
        print(f"  {name:45} {value:8.3f}x")
    sized = report["by_size"]
    print("\nseconds per MB by page size")
    print(f"  {'input':22} " + " ".join(f"{tool:>9}" for tool in TEXT_TOOLS))
    for label, row in sized["sizes"].items():
        print(f"  {label:22} " + " ".join(f"{row[tool]:9.3f}" for tool in TEXT_TOOLS))
    for name, row in sized["pathological"].items():
        label = f"{name} ({sized['pathological_mb']:g} MB)"
        print(f"  {label:22} " + " ".join(f"{row[tool]:9.3f}" for tool in TEXT_TOOLS))
    for tool, row in sized["flatness"].items():
        print(
            f"  {tool} spread: {row['sizes']:.2f}x over sizes, "
            f"{row['with_pathological']:.2f}x with the pathological inputs"
        )
    print("\npeak RSS, each tool in its own process (MB)")
    for tool, row in report["rss"].items():
        peak, imports = row["peak_mb"], row["after_imports_mb"]
        print(f"  {TOOL_NAMES[tool]:50} {peak:7.0f}  ({imports:.0f} after imports)")
    run = report["parallel"]
    print(
        f"\nclean_corpus over {run['pages']} files: "
        + ", ".join(f"{w} worker(s) {p:.1f} pages/s" for w, p in run["pages_per_s"].items())
        + f"; speed-up {run['speedup']:.2f}x; cores busy "
        + ", ".join(f"{busy:.2f} ({w})" for w, busy in run["cores_busy"].items())
        + f"; projected on 2 idle cores {run['speedup_on_idle_cores']:.2f}x"
        + "; same records in order: "
        f"{run['same_records_in_order']}; a pool of 2 starts in {run['pool_startup_seconds']:.2f} s"
    )
    print("\ntargets of issue 12")
    for name, row in report["targets"].items():
        print(f"  {'met' if row['met'] else 'NOT MET':8} {name}: {row['figure']:.3f}")


def plot(report: Json, directory: Path) -> list[Path]:
    """Time per MB by page size (log x), and the ratios, as PNGs in *directory*."""
    import matplotlib  # noqa: PLC0415  (the bench extra; only for --png)

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    directory.mkdir(parents=True, exist_ok=True)
    sized = report["by_size"]["sizes"]
    labels = list(sized)
    xs = [SIZES[index] for index in range(len(labels))]
    figure, axes = plt.subplots(figsize=(7, 4.2))
    for tool in TEXT_TOOLS:
        axes.plot(xs, [sized[label][tool] for label in labels], marker="o", label=TOOL_NAMES[tool])
    megabytes = report["by_size"]["pathological_mb"]
    for name, row in report["by_size"]["pathological"].items():
        axes.scatter([xs[-1] * 1.6], [row["clean"]], marker="x", color="C0")
        axes.annotate(f"{name} ({megabytes:g} MB)", (xs[-1] * 1.75, row["clean"]), fontsize=7)
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xticks(xs, labels)
    axes.set_xlim(xs[0] / 2, xs[-1] * 30)
    axes.set_xlabel("page size (whole-page dumps); x: herseeds.clean on pathological inputs")
    axes.set_ylabel("seconds per MB (lower is faster)")
    axes.set_title("Time per MB by page size, one run")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    sizes_png = directory / "bench-time-per-mb.png"
    figure.savefig(sizes_png, dpi=100)
    plt.close(figure)

    names = list(report["ratios"])
    values = [report["ratios"][name] for name in names]
    figure, axes = plt.subplots(figsize=(7, 0.35 * len(names) + 1.2))
    axes.barh(names, values, color=["C2" if value >= 1 else "C3" for value in values])
    for index, value in enumerate(values):
        axes.annotate(
            f"{value:.3g}x",
            (value, index),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=7,
        )
    axes.axvline(1.0, color="black", linewidth=0.8)
    axes.axvline(TARGETS["sanitize_ratio_whole"], color="C1", linestyle="--", linewidth=0.8)
    axes.set_xscale("log")
    axes.set_xlim(min(values) / 2, max(2.0, *values) * 3)
    axes.set_xlabel("herseeds speed / the reference's, same run (dashed: 0.6x)")
    axes.set_title("Throughput ratios, one run")
    axes.invert_yaxis()
    axes.tick_params(axis="y", labelsize=8)
    figure.tight_layout()
    ratios_png = directory / "bench-ratios.png"
    figure.savefig(ratios_png, dpi=100)
    plt.close(figure)
    return [sizes_png, ratios_png]


def versions() -> Json:
    names = ("herseeds", "trafilatura", "ftfy", "regex", "lxml", "hypothesis")
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        **{name: metadata.version(name) for name in names},
    }


def read_dumps(path: Path, limit: int) -> list[Page]:
    """Real whole-page dumps (``.txt`` or ``.txt.gz`` files), at most *limit*, sorted."""
    import gzip  # noqa: PLC0415

    files = sorted(p for p in path.rglob("*") if p.name.endswith((".txt", ".txt.gz")))[:limit]
    pages = []
    for file in files:
        data = file.read_bytes()
        text = (gzip.decompress(data) if file.name.endswith(".gz") else data).decode(
            "utf-8", "replace"
        )
        pages.append(Page(file.name, "dumps", text))
    return pages


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size", type=float, default=None, help="MB of text dumps (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="the corpus's seed")
    parser.add_argument("--repeat", type=int, default=None, help="rounds; the fastest counts")
    parser.add_argument("--quick", action="store_true", help="a smaller run, under a minute")
    parser.add_argument("--pathological-mb", type=float, default=None, help="default 0.25")
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--png", type=Path, help="draw the figures into this folder")
    parser.add_argument("--profile", type=int, default=0, help="top N functions of clean")
    parser.add_argument("--dumps", type=Path, help="also real whole-page dumps from here")
    parser.add_argument("--dumps-limit", type=int, default=200, help="at most N of them")
    parser.add_argument("--streaming-gb", type=float, help="only the streaming run, X GB")
    parser.add_argument("--streaming-workers", type=int, default=1)
    parser.add_argument("--from-json", type=Path, help="print and draw a saved run's figures")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    return parser.parse_args()


def suite(args: argparse.Namespace) -> Json:
    """Every measurement but streaming, as :func:`print_table` shows them."""
    size = args.size if args.size is not None else (1.0 if args.quick else 5.0)
    rounds = args.repeat if args.repeat is not None else (2 if args.quick else 3)
    pathological = args.pathological_mb
    if pathological is None:
        pathological = 0.05 if args.quick else 0.25
    started = time.perf_counter()
    log(f"building a corpus of {size} MB (seed {args.seed})")
    pool = bench_corpus.generate_pool(args.seed, *bench_corpus.pool_sizes(size))
    corpus = bench_corpus.build(size, at=args.seed, pool=pool)
    extra = {"dumps": read_dumps(args.dumps, args.dumps_limit)} if args.dumps else {}
    report: Json = {
        "versions": versions(),
        "load_average_at_start": os.getloadavg(),
        "rounds": rounds,
        "corpus": {
            "seed": args.seed,
            "size_mb": size,
            "parts": {
                part: {"pages": len(pages), "mb": sum(page.nbytes for page in pages) / MB}
                for part, pages in (corpus.parts | extra).items()
            },
        },
    }
    for tool in (*TEXT_TOOLS, *HTML_TOOLS):  # warm up: imports, compiled patterns, caches
        if tool in HTML_TOOLS:
            HTML_TOOLS[tool](_encode(corpus.parts["html"][0].text))
        else:
            TEXT_TOOLS[tool](corpus.parts["whole"][0].text)
    log("throughput")
    report["throughput"] = throughput(corpus, extra, rounds)
    report["ratios"] = ratios(report["throughput"])
    log("time per MB by page size")
    budget = int(0.2 * MB) if args.quick else MB // 2
    sized = by_size(pool, args.quick, budget, int(pathological * MB), max(1, rounds - 1))
    largest: str = sized.pop("largest_page")
    report["by_size"] = sized
    with tempfile.TemporaryDirectory(prefix="herseeds-bench-") as temporary:
        directory = Path(temporary)
        text_files = corpus.write(directory / "text", *TEXT_PARTS)
        html_files = corpus.write(directory / "html", "html")
        big = directory / "largest.txt"
        big.write_bytes(_encode(largest))
        log("peak RSS")
        report["rss"] = peak_rss(directory, [*text_files, big], html_files)
        log("parallel")
        report["parallel"] = parallel(directory / "text", max(1, rounds - 1))
    if args.profile:
        log("profile")
        report["profile"] = profile(list(corpus.parts["whole"]), args.profile)
    report["targets"] = targets(report)
    report["load_average_at_end"] = os.getloadavg()
    report["seconds"] = time.perf_counter() - started
    return report


def main() -> None:
    args = arguments()
    if args.child:
        tool, listing, result = args.child
        child(tool, Path(listing), Path(result))
        return
    if args.streaming_gb:
        figures = streaming(args.streaming_gb, args.streaming_workers, args.seed)
        print(json.dumps(figures, indent=2))
        if args.json:
            args.json.write_text(json.dumps({"streaming": figures}, indent=2) + "\n")
        return
    if args.from_json:
        report = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        report = suite(args)
    print_table(report)
    for order, text in report.get("profile", {}).items():
        print(f"\nclean over the whole pages, by {order}:\n{text}")
    if args.json and not args.from_json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.png:
        for path in plot(report, args.png):
            log(f"wrote {path}")
    log(f"the run took {report['seconds']:.0f} s")


if __name__ == "__main__":
    main()
