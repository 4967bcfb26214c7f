"""``herseeds.report()``: an audit report of a corpus, one self-contained HTML file.

The pages are found and read as ``herseeds clean`` finds and reads them
(:func:`~herseeds.corpus.gather_pages`; files, folders, WARC and WET files), each cleaned
once with the decision of every line (:mod:`herseeds.report_data`), and written into the
report as they come (:mod:`herseeds.report_html`). The report goes to a temporary file
beside *out*, renamed over it at the end (:class:`~herseeds.output.OutputFile`: locked,
regular files only, never one of the pages), so a report that fails leaves the old one
as it was.
"""

from __future__ import annotations

import itertools
import os
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import frozen

from herseeds.corpus import Pages, gather_pages
from herseeds.errors import InputTypeError
from herseeds.model import PageError, checked_config
from herseeds.output import OutputFile
from herseeds.report_data import Explained, Totals, explain_pages
from herseeds.report_html import write_report

if TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Callable, Iterable

    from herseeds.model import CleanConfig, Document
    from herseeds.reading import SkippedPath

__all__ = ["ReportSummary", "report"]


@frozen
class ReportSummary:
    """What :func:`report` wrote: where, and its totals."""

    path: Path
    """The report, as *out* named it."""
    totals: Totals
    """What the report counts: pages, errors, words kept and removed, chrome lines by
    kind, comments, authors."""
    size: int
    """The report's size in bytes."""
    skipped: tuple[SkippedPath, ...] = ()
    """Paths in the folders given that are not pages, with the reason."""
    records_skipped: int = 0
    """Records of WARC and WET files that are not pages."""


def report(
    paths: Iterable[str | os.PathLike[str]] | Pages,
    out: str | os.PathLike[str],
    *,
    config: CleanConfig | None = None,
    limit: int | None = None,
    title: str = "herseeds report",
    on_page: Callable[[Document | PageError], object] | None = None,
) -> ReportSummary:
    """Clean the pages of *paths* and write their audit report, one HTML file, to *out*.

    *paths* are files and folders as :func:`herseeds.clean_corpus` takes them (or the
    :class:`~herseeds.corpus.Pages` that :func:`~herseeds.corpus.gather_pages` found).
    The report shows each page's lines coloured by label, the rule of each line on hover,
    the document's fields beside them, an index of the pages (sortable, filtered by chrome
    kind, comments, errors and text) and the corpus totals with charts. It needs no
    network: open it from disk in a browser. docs/report.md says what it shows.

    *limit* stops after that many pages. A page that fails is in the report as its
    error, not raised. *out* is replaced whole when the report is done; it may not be
    one of the pages (:class:`~herseeds.errors.OutputPathError`), and a second run on
    the same *out* at once raises :class:`~herseeds.errors.OutputLockedError`. *on_page*
    hears each page's document (or error record) as it is written.
    """
    config = checked_config(config)
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
        raise InputTypeError(f"limit must be a positive int or None, not {limit!r}")
    pages = paths if isinstance(paths, Pages) else gather_pages(paths)
    records_skipped = 0

    def count_skipped(_: Path, reasons: Counter[str]) -> None:
        nonlocal records_skipped
        records_skipped += sum(reasons.values())

    def hear(page: Explained | PageError) -> None:
        if on_page is not None:
            on_page(page if isinstance(page, PageError) else page.document)

    # Imported here: the herseeds package imports this module before it sets its version.
    from herseeds import __version__  # noqa: PLC0415

    files = [entry for entry in pages.entries if isinstance(entry, Path)]
    with (
        OutputFile(out, inputs=files) as file,
        closing(explain_pages(pages, config, on_skipped=count_skipped)) as explained,
    ):
        totals = write_report(
            file,
            itertools.islice(explained, limit),
            title=title,
            generator=f"herseeds {__version__}",
            on_page=hear,
        )
        file.commit()
    return ReportSummary(
        path=Path(out),
        totals=totals,
        size=os.stat(file.target).st_size,
        skipped=pages.skipped,
        records_skipped=records_skipped,
    )
