"""The corpus runner from Python: ``herseeds.corpus.clean_to_file`` and ``write_records``.

``clean_to_file`` is what ``herseeds clean -o OUTPUT`` runs (tests/test_cli.py and
tests/test_output.py test it through the command): here, its own promises, its report
and the events it tells, with no command line around it.
"""

from __future__ import annotations

import errno
import io
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from herseeds import Document, InputTypeError, PageError, clean, clean_corpus, clean_file
from herseeds.corpus import (
    Cleaned,
    Interrupted,
    LeftoverSalvaged,
    LeftoversFound,
    LeftoverUnreadable,
    Pages,
    Resumed,
    RunEvent,
    RunReport,
    StandardInput,
    Started,
    clean_to_file,
    gather_pages,
    write_records,
)
from herseeds.errors import HerseedsError, OutputLockedError, ReadError
from herseeds.export import records_from_jsonl, to_jsonl_line
from herseeds.output import OutputFile


def records(path: Path) -> list[Document | PageError]:
    with path.open("rb") as file:
        return list(records_from_jsonl(file))


def names(folder: Path) -> list[str]:
    """The files in *folder*, but the lock file a run leaves beside its output."""
    return sorted(path.name for path in folder.iterdir() if not path.name.endswith(".lock"))


@pytest.fixture
def corpus(corpus_with_a_bad_page: Path) -> Path:
    """``a.txt``, ``b-image.txt`` (a PNG saved as a page) and ``c.txt``."""
    return corpus_with_a_bad_page


class Heard(list[RunEvent]):
    """An ``on_event`` listener that keeps what it hears."""

    def __call__(self, event: RunEvent) -> None:
        self.append(event)

    def of(self, kind: type[object]) -> list[RunEvent]:
        return [event for event in self if isinstance(event, kind)]


@pytest.mark.parametrize("workers", [1, 2])
def test_clean_to_file_writes_the_records_of_clean_corpus(
    tmp_path: Path, corpus: Path, workers: int
) -> None:
    out = tmp_path / "out.jsonl"
    heard = Heard()
    report = clean_to_file([corpus], out, workers=workers, on_event=heard)
    assert report == RunReport(documents=2, errors=1)
    expected = list(clean_corpus([corpus]))
    assert records(out) == expected
    assert heard == [Started(3), *(Cleaned(record) for record in expected)]
    assert names(tmp_path) == ["corpus", "out.jsonl"]  # no temporary file left


def test_clean_to_file_replaces_the_output_without_resume(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"not a herseeds record\n")
    clean_to_file([corpus / "a.txt"], out)
    assert records(out) == [clean_file(corpus / "a.txt")]


def test_resume_skips_the_pages_done_and_retries_the_failed_ones(
    tmp_path: Path, corpus: Path, seed_paths: list[Path]
) -> None:
    out = tmp_path / "out.jsonl"
    first = clean_to_file([corpus], str(out))
    assert (first.documents, first.errors, first.done) == (2, 1, 0)
    shutil.copy(seed_paths[2], corpus / "b-image.txt")  # the failed page, fixed
    heard = Heard()
    again = clean_to_file([corpus], out, resume=True, on_event=heard)
    assert again == RunReport(documents=1, errors=0, done=2)
    assert heard[:2] == [Resumed(done=2), Started(1)]
    documents = [clean_file(corpus / name) for name in ("a.txt", "c.txt", "b-image.txt")]
    assert records(out) == documents
    # Nothing left to do: the output stays as it is.
    data = out.read_bytes()
    assert clean_to_file([corpus], out, resume=True) == RunReport(0, 0, done=3)
    assert out.read_bytes() == data


def test_resume_matches_pages_by_their_real_path(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    clean_to_file(["corpus"], "out.jsonl")
    (tmp_path / "link").symlink_to("corpus")
    for spelling in ("./corpus/", os.fspath(corpus), "link", Path("link")):
        assert clean_to_file([spelling], "out.jsonl", resume=True).done == 2  # b-image.txt failed


def test_resume_salvages_what_a_killed_run_left(
    tmp_path: Path, corpus: Path, seed_paths: list[Path]
) -> None:
    out = tmp_path / "out.jsonl"
    salvaged = attrs.evolve(clean_file(corpus / "a.txt"), title="salvaged")
    leftover = tmp_path / ".out.jsonl.a1b2c3d4"
    line = to_jsonl_line(clean_file(corpus / "c.txt"))
    leftover.write_bytes(to_jsonl_line(salvaged) + line[:-10])  # its last line cut short
    heard = Heard()
    report = clean_to_file([corpus], out, resume=True, on_event=heard)
    assert report == RunReport(documents=1, errors=1, done=1, salvaged=(leftover,))
    assert heard.of(LeftoverSalvaged) == [LeftoverSalvaged(leftover, 1)]
    assert records(out)[0] == salvaged
    assert [record.source for record in records(out)] == [
        os.fspath(corpus / name) for name in ("a.txt", "b-image.txt", "c.txt")
    ]
    assert names(tmp_path) == ["corpus", "out.jsonl"]  # the leftover is deleted


def test_resume_keeps_a_leftover_up_to_its_first_broken_line(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out.jsonl"
    leftover = tmp_path / ".out.jsonl.a1b2c3d4"
    kept = to_jsonl_line(clean_file(corpus / "a.txt"))
    leftover.write_bytes(kept + b"not JSON\n" + to_jsonl_line(clean_file(corpus / "c.txt")))
    heard = Heard()
    report = clean_to_file([corpus], out, resume=True, on_event=heard)
    (event,) = heard.of(LeftoverSalvaged)
    assert isinstance(event, LeftoverSalvaged)
    assert (event.path, event.pages) == (leftover, 1)
    assert event.broken is not None
    assert "line 2" in event.broken
    assert report.salvaged == (leftover,)
    assert report.done == 1


def test_a_leftover_that_cannot_be_read_is_left_alone(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    leftover = tmp_path / ".out.jsonl.a1b2c3d4"
    leftover.write_bytes(to_jsonl_line(clean_file(corpus / "a.txt")))
    real_open = Path.open

    def refuse_the_leftover(path: Path, *args: Any, **options: Any) -> Any:
        if path == leftover:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, *args, **options)

    monkeypatch.setattr(Path, "open", refuse_the_leftover)
    heard = Heard()
    report = clean_to_file([corpus], out, resume=True, on_event=heard)
    assert heard.of(LeftoverUnreadable) == [LeftoverUnreadable(leftover, "Permission denied")]
    assert (report.salvaged, report.leftovers, report.done) == ((), (leftover,), 0)
    assert leftover.exists()


def test_without_resume_a_leftover_is_found_and_left(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out.jsonl"
    leftover = tmp_path / ".out.jsonl.a1b2c3d4"
    leftover.write_bytes(b"")
    heard = Heard()
    report = clean_to_file([corpus], out, on_event=heard)
    assert report.leftovers == (leftover,)
    assert heard.of(LeftoversFound) == [LeftoversFound((leftover,), tmp_path)]
    assert leftover.exists()


def test_resume_refuses_an_output_that_holds_other_lines(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"not JSON\n")
    with pytest.raises(HerseedsError, match=r"resume=True cannot tell") as raised:
        clean_to_file([corpus], out, resume=True)
    assert "--resume" not in str(raised.value)  # said in the caller's words
    assert out.read_bytes() == b"not JSON\n"
    assert names(tmp_path) == ["corpus", "out.jsonl"]


def test_a_second_run_on_a_locked_output_stops_at_once(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"the earlier output\n")
    heard = Heard()
    with OutputFile(out) as live:
        for resume in (False, True):
            with pytest.raises(OutputLockedError, match="another herseeds run is writing it"):
                clean_to_file([corpus], out, resume=resume, on_event=heard)
        assert heard == []  # nothing read, nothing cleaned
        assert live.temporary is not None
        assert live.temporary.exists()  # not taken for a leftover
    assert out.read_bytes() == b"the earlier output\n"


def test_ctrl_c_keeps_the_records_written_and_goes_on(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"the earlier output\n")
    heard = Heard()

    def stop_on_the_second(event: RunEvent) -> None:
        heard(event)
        if isinstance(event, Cleaned) and len(heard.of(Cleaned)) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        clean_to_file([corpus], out, workers=2, on_event=stop_on_the_second)
    assert heard[-1] == Interrupted(out)
    assert records(out) == list(clean_corpus([corpus]))[:2]
    assert names(tmp_path) == ["corpus", "out.jsonl"]
    # Resume goes on from there (and tries the PNG again).
    assert clean_to_file([corpus], out, resume=True) == RunReport(1, 1, done=1)


def test_ctrl_c_before_the_cleaning_starts_changes_nothing(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    clean_to_file([corpus], out)
    before = out.read_bytes()

    def interrupted(lines: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr("herseeds.corpus.records_from_jsonl", interrupted)
    heard = Heard()
    with pytest.raises(KeyboardInterrupt):
        clean_to_file([corpus], out, resume=True, on_event=heard)
    assert heard == []
    assert out.read_bytes() == before
    assert names(tmp_path) == ["corpus", "out.jsonl"]


def test_arguments_are_checked_before_anything_is_written(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(InputTypeError, match="workers"):
        clean_to_file([corpus], out, workers=0)
    with pytest.raises(InputTypeError, match="CleanConfig"):
        clean_to_file([corpus], out, config="cp1252")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="not one path"):
        clean_to_file(os.fspath(corpus), out)
    with pytest.raises(ReadError, match="missing"):
        clean_to_file([tmp_path / "missing"], out)
    assert names(tmp_path) == ["corpus"]


# -- write_records and gather_pages ---------------------------------------------------------


def test_write_records_writes_standard_input_in_its_place(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = b"A Title Here\n\nIt is a film about love.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page), encoding="utf-8"))
    a, c = os.fspath(corpus / "a.txt"), os.fspath(corpus / "c.txt")
    pages = gather_pages([a, "-", c], standard_input="-")
    assert pages == Pages((Path(a), StandardInput(), Path(c)))
    sink = io.BytesIO()
    assert write_records(sink, pages) == RunReport(documents=3, errors=0)
    expected = [clean_file(a), clean(page.decode(), source="<stdin>"), clean_file(c)]
    assert list(records_from_jsonl(sink.getvalue().splitlines(keepends=True))) == expected


def test_gather_pages_without_standard_input_reads_a_file_named_dash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("-").write_bytes(b"A page.\n")
    assert gather_pages(["-"]) == Pages((Path("-"),))
    with pytest.raises(InputTypeError, match="not one path"):
        gather_pages("-", standard_input="-")


def test_gather_pages_names_what_it_skips(tmp_path: Path, corpus: Path) -> None:
    (corpus / "broken.txt").symlink_to("gone.txt")
    pages = gather_pages([corpus])
    assert pages.entries == tuple(corpus / name for name in ("a.txt", "b-image.txt", "c.txt"))
    (skipped,) = pages.skipped
    assert (skipped.path, skipped.reason) == (
        corpus / "broken.txt",
        "a broken symbolic link (to gone.txt)",
    )
    assert clean_to_file([corpus], tmp_path / "out.jsonl").skipped == pages.skipped
