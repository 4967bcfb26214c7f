"""The audit report (``herseeds report``, ``herseeds.report()``) without a browser: the data
it embeds, its safety against hostile page text, its size, the command and its statuses.
tests/test_report_browser.py opens it in Chromium."""

from __future__ import annotations

import html.parser
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import herseeds
from herseeds.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, main
from herseeds.errors import InputTypeError, OutputPathError
from herseeds.model import CHROME_PREFIX, PageError
from herseeds.report_data import MAX_LINE_CHARS, Explained
from herseeds.report_html import META_ELEMENT, PAGES_ELEMENT, write_report


class _Elements(html.parser.HTMLParser):
    """The start tags of a page, and the text of its script elements, as a browser's
    tokenizer finds them (a script's text ends at the first ``</script``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.scripts: dict[str, str] = {}
        self._script: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag == "script":
            self._script = dict(attrs).get("id") or "code"
            self.scripts[self._script] = ""

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self.scripts[self._script] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None


def parsed(report: str) -> tuple[_Elements, list[dict[str, Any]], dict[str, Any]]:
    elements = _Elements()
    elements.feed(report)
    elements.close()
    pages = [json.loads(line) for line in elements.scripts[PAGES_ELEMENT].split("\n") if line]
    return elements, pages, json.loads(elements.scripts[META_ELEMENT])


def page_labels(page: dict[str, Any], meta: dict[str, Any]) -> list[str]:
    return [meta["labels"][index] for index in page["L"]]


def report_of(pages: list[Explained | PageError]) -> str:
    out = io.BytesIO()
    write_report(out, pages)
    return out.getvalue().decode("utf-8")


def explained(text: str, source: str | None = None) -> Explained:
    lines = herseeds.explain(text)
    return Explained(
        herseeds.clean(text, source=source),
        tuple(line for line, _ in lines),
        tuple(decision for _, decision in lines),
    )


# -- the report of the seeds ---------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, herseeds.ReportSummary]:
    out = tmp_path_factory.mktemp("report") / "seeds.html"
    summary = herseeds.report(["seeds"], out)
    return out.read_text("utf-8"), summary


def test_the_seeds_report_round_trips_every_line_and_label(
    seeds_report: tuple[str, herseeds.ReportSummary], seed_paths: list[Path]
) -> None:
    report, _ = seeds_report
    _, pages, meta = parsed(report)
    assert [row[0] for row in meta["index"]] == [f"seeds/{path.name}" for path in seed_paths]
    for path, page in zip(seed_paths, pages, strict=True):
        document = herseeds.clean_file(path)
        explained_lines = herseeds.explain(path.read_text("utf-8"))
        assert page_labels(page, meta) == list(document.labels)
        assert page["x"] == [line for line, _ in explained_lines]
        rules = [meta["rules"][index][0] for index in page["R"]]
        assert rules == [decision.rule.name for _, decision in explained_lines]
        assert page["d"]["t"] == document.title
        assert len(page["d"]["cm"]) == len(document.comments)
        assert page["d"]["rm"] == [[r.kind, r.first_line, r.last_line] for r in document.removed]


def test_the_totals_are_those_of_clean(
    seeds_report: tuple[str, herseeds.ReportSummary], seed_paths: list[Path]
) -> None:
    report, summary = seeds_report
    documents = [herseeds.clean_file(path) for path in seed_paths]
    chrome = Counter(
        label.removeprefix(CHROME_PREFIX)
        for document in documents
        for label in document.labels
        if label.startswith(CHROME_PREFIX)
    )
    totals = summary.totals
    assert (totals.pages, totals.errors) == (5, 0)
    assert dict(totals.chrome) == chrome
    assert totals.comments == sum(len(document.comments) for document in documents)
    assert totals.paragraphs == sum(len(document.article) for document in documents)
    assert totals.authors == sum(document.author.name is not None for document in documents)
    assert parsed(report)[2]["totals"] == json.loads(json.dumps(totals.to_dict()))
    assert summary.size == len(report.encode("utf-8"))


def test_the_report_needs_no_network(seeds_report: tuple[str, herseeds.ReportSummary]) -> None:
    report, _ = seeds_report
    elements, _, _ = parsed(report)
    # Nothing is loaded: no element names a file or an address, the links stay in the page.
    assert {name for name, _ in elements.attrs}.isdisjoint({"src", "srcset", "data", "action"})
    assert {value for name, value in elements.attrs if name == "href"} == {"#"}
    # The frame, style and script outside the pages' data (whose text has addresses).
    code = report
    for element in (PAGES_ELEMENT, META_ELEMENT):
        code = code.replace(elements.scripts[element], "")
    code = code.replace("http://www.w3.org/2000/svg", "")  # the SVG namespace: a name only
    for needle in ("http://", "https://", "//cdn", "<link", "<img", "@import", "url(", "fetch("):
        assert needle not in code
    assert elements.tags.count("script") == 3


# -- hostile page text ---------------------------------------------------------------------

HOSTILE = [
    "</script><script>alert(1)</script>",
    "</SCRIPT >",
    "<!-- <script>",
    '<img src=x onerror="alert(1)">',
    "\"quotes' `back` \\ backslash",
    "\u202eRTL override \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
    "NUL\x00byte and \x1b escape",
    "lone surrogate \ud800 here",
    "\u2028line separator\u2029",
    "x" * (MAX_LINE_CHARS + 10),
]


@given(
    lines=st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40)), max_size=12),
    source=st.one_of(st.sampled_from(HOSTILE), st.text(max_size=20)),
)
@example(lines=HOSTILE, source="</script>")
def test_hostile_page_text_cannot_break_out(lines: list[str], source: str) -> None:
    text = "\n".join(lines)
    page = explained(text, source=source)
    error = PageError(source or "?", "ReadError", "</script><img src=x onerror=alert(1)>")
    report = report_of([page, error])
    elements, pages, meta = parsed(report)
    # The same elements as a report of nothing: no page text became markup.
    assert elements.tags == parsed(report_of([]))[0].tags
    assert page_labels(pages[0], meta) == list(page.document.labels)
    assert pages[0]["x"] == [line[:MAX_LINE_CHARS] for line in page.lines]
    assert pages[0]["T"] == [i for i, line in enumerate(page.lines) if len(line) > MAX_LINE_CHARS]
    assert pages[1]["e"] == [error.error, error.message]
    assert meta["index"][1][0] == error.source


# -- a large corpus ------------------------------------------------------------------------


def test_a_thousand_pages_write_each_rule_once_and_stay_small(seed_paths: list[Path]) -> None:
    seeds = [explained(path.read_text("utf-8"), source=path.name) for path in seed_paths]
    corpus = [seeds[number % len(seeds)] for number in range(1000)]
    report = report_of(list(corpus))
    _, pages, meta = parsed(report)
    assert len(pages) == len(meta["index"]) == 1000
    rules = {decision.rule for page in seeds for decision in page.decisions}
    assert len(meta["rules"]) == len(rules)
    for rule in rules:  # the table's copy only: never a copy per line
        assert report.count(json.dumps(rule.doc, ensure_ascii=False)[1:-1]) == 1
    text = sum(len("\n".join(page.lines).encode("utf-8")) for page in corpus)
    # The text, its labels and rules as small numbers, and the fixed frame (~20 KB).
    assert len(report.encode("utf-8")) < 1.3 * text + 50_000


# -- the Python API and the command ------------------------------------------------------


def test_limit_and_errors_and_the_output_is_never_an_input(tmp_path: Path) -> None:
    picture = tmp_path / "picture.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "report.html"
    seen: list[object] = []
    summary = herseeds.report(["seeds", picture], out, limit=2, on_page=seen.append)
    assert (summary.totals.pages, summary.totals.errors) == (2, 0)
    assert len(seen) == 2
    summary = herseeds.report(["seeds", picture], out)
    assert (summary.totals.pages, summary.totals.errors) == (6, 1)
    assert summary.totals.error_kinds == (("NotTextError", 1),)
    assert parsed(out.read_text("utf-8"))[1][5]["e"][0] == "NotTextError"
    before = picture.read_bytes()
    with pytest.raises(OutputPathError):
        herseeds.report([picture], picture)
    assert picture.read_bytes() == before
    with pytest.raises(InputTypeError):
        herseeds.report(["seeds"], out, limit=0)


def test_html_pages_show_their_rendered_lines(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><nav><a href='/'>Home</a></nav><article><h1>Her, reviewed</h1>"
        "<p>A film about love and software, and about the people who love.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    herseeds.report([page], out)
    _, pages, meta = parsed(out.read_text("utf-8"))
    document, lines = herseeds.html.page.clean_and_explain_html(page.read_bytes())
    assert (
        pages[0]["x"] == [line for line, _ in lines] == herseeds.html.render_html(page.read_bytes())
    )
    assert page_labels(pages[0], meta) == list(herseeds.clean_file(page).labels)
    assert document == herseeds.clean_html(page.read_bytes())


def test_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["report", "seeds", "-o", str(out)]) == EXIT_OK
    assert "5 pages" in capsys.readouterr().err
    assert len(parsed(out.read_text("utf-8"))[1]) == 5
    picture = tmp_path / "picture.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert main(["report", "seeds", str(picture), "-o", str(out)]) == EXIT_SOME_FAILED
    assert f"{picture}: this is a PNG image" in capsys.readouterr().err
    assert main(["report", str(picture), "-o", str(picture)]) == EXIT_USAGE
    assert main(["report", "seeds", "-o", "-"]) == EXIT_USAGE
    assert main(["report", str(tmp_path / "nothing"), "-o", str(out)]) == EXIT_USAGE
    assert "error" in capsys.readouterr().err
