"""WARC and WET files as input: herseeds.warc reads their pages, ``herseeds clean`` and
``clean_corpus`` clean them, in order, one or two workers, with resume; broken and cut-off
files give error records, never a traceback or a silent loss, and are never modified."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from herseeds import ArchiveFormatError, clean_corpus, clean_html
from herseeds.cleaning import clean_bytes
from herseeds.cli import main
from herseeds.errors import InputTooLargeError, ReadError
from herseeds.model import CleanConfig, Document, PageError
from herseeds.testing import GeneratedPage, html_page, pages
from herseeds.warc import BadRecord, WarcPage, is_warc_name, read_warc, split_source
from tests.warc_files import HTML_PAGE, conversion, record, response, warc_file

TEXT_PAGE = "A film about love\n\nHer is a film about love and software.\n\nShare this:\n"
ID = "urn:uuid:00000000-0000-0000-0000-00000000000"


def crawl() -> list[bytes]:
    """A crawl's records: four that are not pages around an HTML page and a WET text."""
    return [
        record("warcinfo", b"software: tests\r\n", 1, {"Content-Type": "application/warc-fields"}),
        record("request", b"GET /post HTTP/1.1\r\n\r\n", 2, {"WARC-Target-URI": "https://e.org/"}),
        response(HTML_PAGE.encode(), 3),
        response(b"\x89PNG\r\n\x1a\n", 4, content_type="image/png"),
        response(b"", 5, status="301 Moved Permanently"),
        conversion(TEXT_PAGE, 6),
    ]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("gzipped", [False, True])
def test_the_pages_of_a_warc_file(tmp_path: Path, gzipped: bool) -> None:
    path = write(tmp_path / "crawl.warc", warc_file(crawl(), gzipped=gzipped))
    skipped: Counter[str] = Counter()
    found = list(read_warc(path, skipped=skipped))
    assert found == [
        WarcPage(f"{path}#{ID}3", HTML_PAGE.encode(), "html", "https://example.org/post"),
        WarcPage(f"{path}#{ID}6", TEXT_PAGE.encode(), "text", "https://example.org/post"),
    ]
    assert skipped == {
        "warcinfo": 1,
        "request": 1,
        "content type image/png": 1,
        "HTTP status 301": 1,
    }


def test_a_response_without_a_content_type_is_told_by_its_content(tmp_path: Path) -> None:
    path = write(tmp_path / "a.warc", warc_file([response(b"Hi.\n", 1, content_type=None)]))
    (page,) = read_warc(path)
    assert isinstance(page, WarcPage)
    assert page.input_format == "auto"


def test_warc_names_and_sources() -> None:
    assert all(is_warc_name(name) for name in ["a.warc", "b.WARC.GZ", "CC.warc.wet.gz", "c.wet"])
    assert not any(is_warc_name(name) for name in ["a.txt", "a.warc.txt", "warc", "a.wat.gz"])
    assert split_source("d/x#y.warc.gz#urn:uuid:1") == ("d/x#y.warc.gz", "urn:uuid:1")
    assert split_source("a.warc#https://e.org/#top") == ("a.warc", "https://e.org/#top")


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_file_cut_anywhere_gives_no_broken_page(tmp_path: Path, gzipped: bool) -> None:
    """Cut every few bytes, and at every byte near the ends of records: the pages read are
    the whole file's first ones, byte for byte; and a plain file cut inside a record (not
    in the blank lines after it) says so."""
    records = [
        record("warcinfo", b"software: tests\r\n", 1),
        response(b"<p>Hi.</p>", 2),
        conversion("Hi.\n", 3),
    ]
    data = warc_file(records, gzipped=gzipped)
    path = tmp_path / "crawl.warc"
    full = list(read_warc(write(path, data)))
    assert len(full) == 2
    ends = list(itertools.accumulate(len(warc_file([item], gzipped=gzipped)) for item in records))
    near = {cut for end in ends for cut in range(end - 40, end + 40)}
    for cut in sorted({*range(0, len(data), 5), *near} & set(range(len(data)))):
        found = list(read_warc(write(path, data[:cut])))
        read = [item for item in found if isinstance(item, WarcPage)]
        assert read == full[: len(read)], cut
        errors = [item for item in found if isinstance(item, BadRecord)]
        assert len(errors) <= 1
        assert not errors or found[-1] == errors[0]
        between = cut == 0 or any(end - 4 <= cut <= end for end in ends)
        if not gzipped and not between:
            assert errors, f"a cut at byte {cut} passed unnoticed"
            assert isinstance(errors[0].error, ArchiveFormatError)


def test_files_that_are_no_warc(tmp_path: Path) -> None:
    for name, data in [("text.warc", b"A page.\n"), ("empty.warc", b""), ("x.warc.gz", b"\x1f")]:
        (bad,) = read_warc(write(tmp_path / name, data))
        assert isinstance(bad, BadRecord)
        assert isinstance(bad.error, ArchiveFormatError)
        assert str(bad.error).startswith(f"{tmp_path / name}: not a readable WARC file")
    (missing,) = read_warc(tmp_path / "gone.warc")
    assert isinstance(missing, BadRecord)
    assert isinstance(missing.error, ReadError)


def test_a_record_over_the_size_limit(tmp_path: Path) -> None:
    big = response(b"<p>" + b"x" * 5000 + b"</p>", 1)
    path = write(tmp_path / "a.warc", warc_file([big, conversion(TEXT_PAGE, 2)]))
    first, second = read_warc(path, max_bytes=1000)
    assert isinstance(first, BadRecord)
    assert isinstance(first.error, InputTooLargeError)
    assert isinstance(second, WarcPage)


# -- herseeds clean and clean_corpus ---------------------------------------------------------


def records_of(output: bytes) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in output.splitlines()]


def test_herseeds_clean_reads_warc_files_among_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crawl_path = write(tmp_path / "crawl.warc.gz", warc_file(crawl(), gzipped=True))
    page = write(tmp_path / "page.txt", TEXT_PAGE.encode())
    before = crawl_path.read_bytes()
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(crawl_path), str(page), "-o", str(out)]) == 0
    found = records_of(out.read_bytes())
    assert [record["source"] for record in found] == [
        f"{crawl_path}#{ID}3",
        f"{crawl_path}#{ID}6",
        str(page),
    ]
    html = clean_html(HTML_PAGE, url="https://example.org/post", source=f"{crawl_path}#{ID}3")
    assert Document.from_dict(found[0]) == html
    assert Document.from_dict(found[1]).article == Document.from_dict(found[2]).article
    err = capsys.readouterr().err
    assert "3 pages" in err
    assert "4 WARC records skipped as not pages" in err
    assert f"skipped in {crawl_path}: 1 HTTP status 301, 1 content type image/png" in err
    assert crawl_path.read_bytes() == before


def test_directories_give_their_warc_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus / "a.txt", TEXT_PAGE.encode())
    write(corpus / "b.wet.gz", warc_file([conversion(TEXT_PAGE, 1)], gzipped=True))
    sources = [document.source for document in clean_corpus([corpus], errors="raise")]
    assert sources == [str(corpus / "a.txt"), f"{corpus / 'b.wet.gz'}#{ID}1"]


def test_a_broken_warc_gives_an_error_record_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = warc_file(crawl())
    broken = write(tmp_path / "broken.warc", data[: len(data) - 30])
    page = write(tmp_path / "page.txt", TEXT_PAGE.encode())
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(broken), str(page), "-o", str(out)]) == 1
    found = records_of(out.read_bytes())
    assert [record.get("error") for record in found] == [None, "ArchiveFormatError", None]
    assert found[1]["source"] == f"{broken}#6"
    assert "cut short" in capsys.readouterr().err
    with pytest.raises(ArchiveFormatError, match="not a readable WARC file from record 6"):
        list(clean_corpus([broken], errors="raise"))


def test_workers_give_the_same_records_in_the_same_order(tmp_path: Path) -> None:
    many = [conversion(f"Page {number}.\n\n{TEXT_PAGE}", number) for number in range(1, 41)]
    first = write(tmp_path / "a.warc.gz", warc_file(many, gzipped=True))
    second = write(tmp_path / "b.warc", warc_file(crawl()))
    page = write(tmp_path / "c.txt", TEXT_PAGE.encode())
    config = CleanConfig(max_bytes=10_000)
    alone = list(clean_corpus([first, page, second], config=config))
    assert list(clean_corpus([first, page, second], config=config, workers=2)) == alone
    assert len(alone) == 43
    assert not any(isinstance(item, PageError) for item in alone)


def test_resume_cleans_the_records_not_done_yet(tmp_path: Path) -> None:
    path = write(tmp_path / "crawl.warc", warc_file([*crawl(), conversion("Last page.\n", 7)]))
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(path), "-o", str(out)]) == 0
    whole = out.read_bytes()
    lines = whole.splitlines(keepends=True)
    failed = orjson.dumps({"source": f"{path}#{ID}7", "error": "ReadError", "message": "x"})
    out.write_bytes(lines[0] + failed + b"\n")  # a run killed after its first page
    assert main(["clean", f"{tmp_path}/./crawl.warc", "-o", str(out), "--resume"]) == 0
    found = records_of(out.read_bytes())
    assert not any("error" in item for item in found)
    ids = sorted(str(item["source"]).rpartition("#")[2] for item in found)
    assert ids == [f"{ID}3", f"{ID}6", f"{ID}7"]  # the done one kept, the others cleaned


# -- generated pages -------------------------------------------------------------------------


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page=pages(), gzipped=st.booleans())
def test_a_generated_page_in_a_wet_file_is_cleaned_as_its_text(
    tmp_path: Path, page: GeneratedPage, gzipped: bool
) -> None:
    """A page dump stored as a WET record gives the document its bytes give as a file,
    and the same page as HTML in a response record the document of clean_html."""
    html = html_page(page)
    path = tmp_path / "generated.warc"
    path.write_bytes(
        warc_file([conversion(page.text, 1), response(html.encode(), 2)], gzipped=gzipped)
    )
    text_doc, html_doc = clean_corpus([path], errors="raise")
    assert text_doc == clean_bytes(page.text.encode(), source=f"{path}#{ID}1")
    expected = clean_html(html.encode(), url="https://example.org/post", source=f"{path}#{ID}2")
    assert html_doc == expected
