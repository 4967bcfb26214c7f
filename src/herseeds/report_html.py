"""The audit report as one self-contained HTML file: the data of :mod:`herseeds.report_data`
in a page that needs no network.

The file is written front to back, as the pages are cleaned: the frame
(``report_assets/frame.html``) with the style (``report_assets/report.css``, and a colour
for each chrome kind), then a ``<script type="application/json">`` element that gets each
page's record as one line, as soon as it is made (so a corpus of 10,000 pages is never
held in memory as one string), then the tables, the index and the totals in a second
such element, and last the script (``report_assets/report.js``), which draws the index
and the totals, and a page's lines only when the page is opened. JSON in the file has
every ``<`` escaped (:func:`~herseeds.report_data.encode_json`); text outside it is
escaped as HTML.
"""

from __future__ import annotations

import datetime
import html
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Final

from herseeds.model import CHROME_KINDS
from herseeds.report_data import Collector, Totals, encode_json

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from herseeds.corpus import Sink
    from herseeds.model import PageError
    from herseeds.report_data import Explained

__all__ = ["META_ELEMENT", "PAGES_ELEMENT", "write_report"]

PAGES_ELEMENT: Final = "hs-pages"
"""The id of the script element that holds the pages' records, one line each."""
META_ELEMENT: Final = "hs-meta"
"""The id of the script element that holds the tables, the index and the totals."""


def write_report(
    out: Sink,
    pages: Iterable[Explained | PageError],
    *,
    title: str = "herseeds report",
    generator: str = "herseeds",
    on_page: Callable[[Explained | PageError], object] | None = None,
) -> Totals:
    """Write the report of *pages* to *out*, page by page; return its totals.

    *title* and *generator* (what made the report, shown in its header) are plain text.
    *on_page* hears each page once its record is written.
    """
    collector = Collector()
    out.write(_head(title, generator).encode("utf-8"))
    out.write(f'<script type="application/json" id="{PAGES_ELEMENT}">\n'.encode())
    for page in pages:
        out.write(collector.add(page))
        if on_page is not None:
            on_page(page)
    out.write(b"</script>\n")
    out.write(f'<script type="application/json" id="{META_ELEMENT}">'.encode())
    out.write(encode_json(collector.meta()))
    out.write(b"</script>\n<script>\n")
    out.write(_asset("report.js").encode("utf-8"))
    out.write(b"</script>\n</body>\n</html>\n")
    return collector.totals()


def _head(title: str, generator: str) -> str:
    made = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return _asset("frame.html").format(
        title=html.escape(title),
        style=_asset("report.css") + _kind_colours(),
        generated=html.escape(f"made by {generator}, {made}"),
    )


@cache
def _asset(name: str) -> str:
    return resources.files("herseeds").joinpath("report_assets", name).read_text("utf-8")


def _kind_colours() -> str:
    """One colour for each chrome kind: the hues spread evenly round the circle, dealt
    out in steps of 7 so that kinds next to each other in the model's order (the comment
    section's, the widgets', ...), which often stand side by side on a page, get distant
    hues, and light and dark in turn. A kind from another version keeps the grey of
    ``.lab-chrome``."""
    count = len(CHROME_KINDS)
    rules = []
    for number, kind in enumerate(CHROME_KINDS):
        hue = round((number * 7 % count) * 360 / count)
        light, dark = (88, 40) if number % 2 else (93, 50)
        rules.append(f".k-{kind}{{--kc:hsl({hue} 75% {light}%);--kd:hsl({hue} 60% {dark}%)}}")
    return "\n" + "\n".join(rules) + "\n"
