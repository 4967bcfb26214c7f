"""The datatrove pipeline step: HerseedsCleaner in datatrove's LocalPipelineExecutor, over a
small JSON Lines corpus in three tasks and over a WARC file read by datatrove's WarcReader;
and the step alone, on the pages that fail or clean to nothing."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import orjson
import pytest
from datatrove.data import Document as DatatroveDocument
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from herseeds import CleanConfig, clean, clean_html
from herseeds.integrations.datatrove import HerseedsCleaner, document_metadata
from tests.warc_files import HTML_PAGE, conversion, response, warc_file

DUMP = (
    "A film about love\n\nBy Jane Doe\n\nHer is a film about love and software.\n\n"
    "Share this:\nTwitter\nFacebook\n\n2 Comments\n\n"
    "Ann says:\nLovely review.\n\nBob says:\nI disagree.\n"
)


def corpus() -> list[dict[str, Any]]:
    """Nine pages: dumps, HTML, one that cleans to nothing."""
    rows: list[dict[str, Any]] = []
    for number in range(9):
        if number == 4:
            text = "Share this:\n\nLike this:\n\nLeave a Reply\n"  # all chrome
        elif number % 3 == 1:
            text = HTML_PAGE
        else:
            text = f"Page {number}.\n\n{DUMP}"
        rows.append({"id": f"page-{number}", "text": text, "metadata": {"url": "https://e.org/"}})
    return rows


def read_output(folder: Path) -> list[dict[str, Any]]:
    return [
        orjson.loads(line)
        for path in sorted(folder.glob("*.jsonl.gz"))
        for line in gzip.decompress(path.read_bytes()).splitlines()
    ]


def test_a_local_pipeline_in_three_tasks(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    rows = corpus()
    for shard in range(3):  # one file per task
        lines = b"".join(orjson.dumps(row) + b"\n" for row in rows[shard::3])
        (source / f"{shard}.jsonl").write_bytes(lines)
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            HerseedsCleaner(CleanConfig(time_limit=60), with_comments=True),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=3,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    found = {row["id"]: row for row in read_output(tmp_path / "out")}
    assert sorted(found) == sorted(row["id"] for row in rows if row["id"] != "page-4")
    for row in rows:
        if row["id"] == "page-4":
            continue
        if row["text"] == HTML_PAGE:
            expected = clean_html(row["text"], url="https://e.org/", source=row["id"])
        else:
            expected = clean(row["text"], source=row["id"])
        out = found[row["id"]]
        assert out["text"] == "\n\n".join(
            [*expected.article, *(comment.text for comment in expected.comments)]
        )
        assert out["metadata"]["herseeds"] == document_metadata(expected)
        assert out["metadata"]["url"] == "https://e.org/"
    stats = orjson.loads((tmp_path / "logs" / "stats.json").read_bytes())
    cleaner = next(step for step in stats if "herseeds" in step["name"])["stats"]
    assert (cleaner["total"], cleaner["dropped_empty"], cleaner["html"]) == (9, 1, 2)


def test_datatrove_s_warc_reader(tmp_path: Path) -> None:
    pytest.importorskip("magic", reason="datatrove's WarcReader needs libmagic (python-magic)")
    from datatrove.pipeline.readers import WarcReader  # noqa: PLC0415 (needs magic)

    folder = tmp_path / "warc"
    folder.mkdir()
    records = [response(HTML_PAGE.encode(), 1), conversion(DUMP, 2)]
    (folder / "crawl.warc.gz").write_bytes(warc_file(records, gzipped=True))
    cleaned: list[DatatroveDocument] = []
    executor = LocalPipelineExecutor(
        pipeline=[WarcReader(str(folder)), HerseedsCleaner(), collect(cleaned)],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    html_doc, text_doc = cleaned
    expected = clean_html(HTML_PAGE, url="https://example.org/post", source=html_doc.id)
    assert html_doc.text == expected.text
    assert text_doc.text == clean(DUMP).text
    assert text_doc.metadata["herseeds"]["comments"][1] == {
        "author": "Bob",
        "text": "I disagree.",
        "depth": 0,
        "parent": None,
        "kind": "comment",
    }


def collect(into: list[DatatroveDocument]) -> Any:
    """A last pipeline step (a plain function, as datatrove takes them) keeping the documents."""

    def step(data: Any, rank: int = 0, world_size: int = 1) -> Any:
        for doc in data:
            into.append(doc)
            yield doc

    return step


def run_step(cleaner: HerseedsCleaner, *texts: str) -> list[DatatroveDocument]:
    docs = (DatatroveDocument(text=text, id=str(n)) for n, text in enumerate(texts))
    return list(cleaner.run(docs))


def test_a_page_that_fails_is_dropped_or_kept_with_its_error() -> None:
    big = "A paragraph of text.\n" * 100
    config = CleanConfig(max_bytes=100)
    assert run_step(HerseedsCleaner(config), big, "Short.\n")[0].text == "Short."
    (kept, _) = run_step(HerseedsCleaner(config, keep_failed=True), big, "Short.\n")
    assert kept.text == big
    assert kept.metadata["herseeds"]["error"] == "InputTooLargeError"
    step = HerseedsCleaner(config)
    run_step(step, big)
    assert step.stats["failed_InputTooLargeError"].total == 1


def test_the_input_format_and_the_content_type() -> None:
    markup = "<p>Not HTML by its opening, but its content type says so.</p>"
    doc = DatatroveDocument(text=f"Intro\n{markup}", id="1", metadata={"content_type": "text/html"})
    (cleaned,) = HerseedsCleaner().run(iter([doc]))
    assert "<p>" not in cleaned.text
    (as_text,) = run_step(HerseedsCleaner(CleanConfig(input_format="text")), HTML_PAGE)
    assert "<p>" in as_text.text
    (empty,) = run_step(HerseedsCleaner(keep_empty=True), "Share this:\n")
    assert empty.text == ""
    assert empty.metadata["herseeds"]["removed"] == {"share": 1}


def test_the_metadata_is_json() -> None:
    document = clean(DUMP)
    data = document_metadata(document)
    assert orjson.loads(orjson.dumps(data)) == data
    assert data["author"]["name"] == "Jane Doe"
    assert [comment["author"] for comment in data["comments"]] == ["Ann", "Bob"]
