"""Pages per second of :func:`herseeds.clean_html` beside trafilatura's extraction with
metadata and comments, on the same pages, in one run.

Run: ``.venv/bin/python benchmarks/bench_html.py [PATH ...] [--limit N] [--repeat R] [--json]``

PATH: HTML files (``.html``, ``.htm``, ``.xhtml``, gzipped or not) or folders of them,
for instance the WCXB dev split (``../shared/wcxb-dev/html``). Without a PATH, the pages
are generated: the WordPress pages of :func:`herseeds.testing.html_page` (an article, an
author box, a comment thread), drawn with a fixed seed.

Both tools get each page's bytes, as a corpus run reads them, and do all their work on
them (decoding, parsing, extraction, metadata, comments):

- ``clean_html(page)``;
- ``trafilatura.bare_extraction(page, with_metadata=True, include_comments=True)``, the
  reference the issue names (trafilatura's comments are one flat string, with no thread).

Each tool runs over all pages in turn, *R* times, alternating which goes first; the best
round counts. Reported: pages/s of each, and ``clean_html``'s as a ratio of trafilatura's.
Not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import trafilatura

import herseeds

SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")


def read_pages(paths: list[Path], limit: int | None) -> list[bytes]:
    """The pages' bytes, from files and folders (sorted), at most *limit*."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.name.endswith(SUFFIXES))
        else:
            files.append(path)
    pages = []
    for file in files[:limit]:
        data = file.read_bytes()
        pages.append(gzip.decompress(data) if file.name.endswith(".gz") else data)
    return pages


def generated_pages(count: int) -> list[bytes]:
    """*count* generated WordPress pages with comments, the same ones every run."""
    from hypothesis import strategies as st  # noqa: PLC0415  (only without a PATH)
    from hypothesis.errors import NonInteractiveExampleWarning  # noqa: PLC0415

    from herseeds.testing import html_page, pages  # noqa: PLC0415

    random.seed(0)
    strategy = st.one_of(pages(comments=True), pages())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonInteractiveExampleWarning)
        return [html_page(strategy.example()).encode("utf-8") for _ in range(count)]


def seconds(work: Callable[[bytes], object], pages: list[bytes]) -> float:
    start = time.perf_counter()
    for page in pages:
        work(page)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="HTML files or folders")
    parser.add_argument("--limit", type=int, default=None, help="at most N pages")
    parser.add_argument("--generated", type=int, default=200, help="pages without a PATH")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best counts")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    pages = read_pages(args.paths, args.limit) if args.paths else generated_pages(args.generated)
    tools: dict[str, Callable[[bytes], object]] = {
        "herseeds.clean_html": herseeds.clean_html,
        "trafilatura.bare_extraction (metadata, comments)": lambda page: (
            trafilatura.bare_extraction(page, with_metadata=True, include_comments=True)
        ),
    }
    best = dict.fromkeys(tools, float("inf"))
    for round_ in range(args.repeat):
        order = list(tools) if round_ % 2 == 0 else list(reversed(tools))
        for name in order:
            best[name] = min(best[name], seconds(tools[name], pages))
    megabytes = sum(len(page) for page in pages) / 1e6
    rows = {
        name: {"pages_per_s": len(pages) / spent, "mb_per_s": megabytes / spent}
        for name, spent in best.items()
    }
    ours, theirs = (rows[name]["pages_per_s"] for name in tools)
    summary = {
        "pages": len(pages),
        "megabytes": round(megabytes, 2),
        "source": [str(path) for path in args.paths] or f"{args.generated} generated pages",
        "tools": rows,
        "ratio_clean_html_to_trafilatura": ours / theirs,
    }
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    print(f"{len(pages)} pages, {megabytes:.1f} MB ({summary['source']}), best of {args.repeat}")
    for name, row in rows.items():
        print(f"  {name:<50} {row['pages_per_s']:7.1f} pages/s  {row['mb_per_s']:6.2f} MB/s")
    print(f"  clean_html / trafilatura: {ours / theirs:.2f}x")


if __name__ == "__main__":
    main()
