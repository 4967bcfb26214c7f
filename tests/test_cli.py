"""The ``herseeds`` command, run in-process through ``herseeds.cli.main`` (and once for real).

``clean`` writes one JSON document per page (an error record for a page that fails) and a
summary on stderr; its exit status is 0 when every page was cleaned, 1 when some failed, 2
when the command line or a path is wrong, 3 when the output cannot be written, 4 when
another run holds it, 5 on a bug, 130 when it was interrupted (143 when terminated by
SIGTERM, which stops it the same way). ``--resume`` goes on from what an earlier run
wrote. ``show`` prints a page line by line with each line's label. How ``-o`` treats the
files it writes is tested in tests/test_output.py.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import attrs
import pytest

import herseeds
import herseeds.cleaning
import herseeds.cli
import herseeds.corpus
from herseeds import Document, PageError, clean_file
from herseeds.cli import main
from herseeds.export import from_jsonl, records_from_jsonl, to_jsonl_line

TYPOGRAPHIC = "“”‘’—…"


def read_records(data: bytes) -> list[Document | PageError]:
    """Parse JSON Lines output line by line: an error record, or else a document."""
    assert data.endswith(b"\n")
    records: list[Document | PageError] = []
    for line in data.split(b"\n")[:-1]:
        record = json.loads(line)
        records.append(PageError(**record) if "error" in record else Document.from_dict(record))
    return records


def read_jsonl(data: bytes) -> list[Document]:
    """Parse JSON Lines output that holds documents only."""
    records = read_records(data)
    assert all(isinstance(record, Document) for record in records)
    return [record for record in records if isinstance(record, Document)]


def listing(folder: Path) -> list[str]:
    """The files in *folder* but the lock files runs leave beside their output
    (``.NAME.lock``, kept on purpose: see tests/test_output.py)."""
    return sorted(
        path.name
        for path in folder.iterdir()
        if not (path.name.startswith(".") and path.name.endswith(".lock"))
    )


# -- clean -----------------------------------------------------------------------------------


def test_clean_writes_one_document_per_seed(
    tmp_path: Path,
    seeds_dir: Path,
    seed_paths: list[Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(seeds_dir), "-o", str(out)]) == 0
    documents = read_jsonl(out.read_bytes())
    assert len(documents) == 5
    assert documents == [clean_file(path) for path in seed_paths]
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "5 pages" in captured.err
    assert "0 errors" in captured.err
    assert "Traceback" not in captured.err
    assert listing(tmp_path) == ["out.jsonl"]  # no temporary file left behind


def test_clean_to_stdout(
    seeds_dir: Path, seed_paths: list[Path], capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["clean", str(seeds_dir)]) == 0
    captured = capsysbinary.readouterr()
    assert read_jsonl(captured.out) == [clean_file(path) for path in seed_paths]
    assert b"5 pages" in captured.err
    assert b"0 errors" in captured.err


def test_clean_with_two_workers_gives_the_same_output(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["clean", str(seeds_dir), "-o", str(one)]) == 0
    assert main(["clean", str(seeds_dir), "-o", str(two), "--workers", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert capsys.readouterr().err.count("5 pages") == 2


def test_clean_files_and_directories(
    tmp_path: Path, seeds_dir: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(seed_paths[2]), str(seeds_dir), "-o", str(out)]) == 0
    sources = [document.source for document in read_jsonl(out.read_bytes())]
    assert sources == [str(seed_paths[2]), *(str(path) for path in seed_paths)]
    assert "6 pages" in capsys.readouterr().err


def test_a_failing_page_is_reported_and_the_others_written(
    tmp_path: Path, corpus_with_a_bad_page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(corpus_with_a_bad_page), "-o", str(out)]) == 1
    records = read_records(out.read_bytes())
    assert [record.source for record in records] == [
        str(corpus_with_a_bad_page / name) for name in ("a.txt", "b-image.txt", "c.txt")
    ]
    good = [clean_file(corpus_with_a_bad_page / name) for name in ("a.txt", "c.txt")]
    assert [records[0], records[2]] == good
    error = records[1]
    assert isinstance(error, PageError)
    assert error.error == "NotTextError"
    assert error.message.startswith(f"{corpus_with_a_bad_page / 'b-image.txt'}: ")
    err = capsys.readouterr().err
    assert err.count("b-image.txt") == 1  # the message names the file once
    assert f"herseeds: {error.message}\n" in err
    assert "2 pages" in err
    assert ", 1 error\n" in err
    assert "Traceback" not in err
    assert listing(tmp_path) == ["corpus", "out.jsonl"]


def test_a_failing_page_with_workers(
    corpus_with_a_bad_page: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["clean", str(corpus_with_a_bad_page), "--workers", "2"]) == 1
    captured = capsysbinary.readouterr()
    records = read_records(captured.out)
    assert [type(record) for record in records] == [Document, PageError, Document]
    assert b"b-image.txt" in captured.err
    assert b", 1 error\n" in captured.err


def test_error_records_read_back(
    tmp_path: Path, corpus_with_a_bad_page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(corpus_with_a_bad_page), "-o", str(out)]) == 1
    data = out.read_bytes()
    with out.open("rb") as lines:
        records = list(records_from_jsonl(lines))
    assert records == read_records(data)
    assert b"".join(to_jsonl_line(record) for record in records) == data  # the round trip
    with out.open("rb") as lines:
        assert list(from_jsonl(lines)) == [r for r in records if isinstance(r, Document)]
    assert list(json.loads(data.split(b"\n")[1])) == ["source", "error", "message"]
    capsys.readouterr()


def test_an_unexpected_error_is_recorded_as_a_bug(
    tmp_path: Path,
    corpus_with_a_bad_page: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_clean = herseeds.cleaning.clean

    def clean_or_fail(text: str, **options: object) -> Document:
        if str(options["source"]).endswith("c.txt"):
            raise ZeroDivisionError("division by zero")
        return real_clean(text, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(herseeds.cleaning, "clean", clean_or_fail)
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(corpus_with_a_bad_page), "-o", str(out)]) == 1
    records = read_records(out.read_bytes())
    source = str(corpus_with_a_bad_page / "c.txt")
    assert records[2] == PageError(source, "ZeroDivisionError", "division by zero")
    err = capsys.readouterr().err
    assert f"herseeds: {source}: division by zero (ZeroDivisionError: a bug in herseeds" in err
    assert ", 2 errors\n" in err


@pytest.mark.parametrize("which", ["only path", "among good paths"])
def test_missing_path_is_a_usage_error(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str], which: str
) -> None:
    missing = tmp_path / "no-such-folder"
    paths = [str(missing)] if which == "only path" else [str(seeds_dir), str(missing)]
    out = tmp_path / "out.jsonl"
    assert main(["clean", *paths, "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert "herseeds: error:" in captured.err
    assert "no-such-folder" in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""
    assert not out.exists()


def test_a_directory_without_pages_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.md").write_text("not a page dump\n", encoding="utf-8")
    assert main(["clean", str(tmp_path)]) == 2
    assert "herseeds: error:" in capsys.readouterr().err


def test_output_into_a_missing_folder_is_a_usage_error(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "out.jsonl"
    assert main(["clean", str(seeds_dir), "-o", str(out)]) == 2
    assert "herseeds: error:" in capsys.readouterr().err
    assert not out.parent.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["clean"],
        ["clean", "seeds", "--workers", "0"],
        ["clean", "seeds", "--workers", "two"],
        ["frobnicate"],
        [],
    ],
)
def test_bad_command_lines_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("herseeds: error: ")
    assert err.endswith(" --help')\n")
    assert err.count("\n") == 1


def test_ascii_punctuation_changes_the_output(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, ascii_out = tmp_path / "plain.jsonl", tmp_path / "ascii.jsonl"
    assert main(["clean", str(seeds_dir), "-o", str(plain)]) == 0
    assert main(["clean", "--ascii-punctuation", str(seeds_dir), "-o", str(ascii_out)]) == 0
    plain_documents = read_jsonl(plain.read_bytes())
    ascii_documents = read_jsonl(ascii_out.read_bytes())
    assert plain_documents != ascii_documents
    plain_text = "".join(document.text for document in plain_documents)
    ascii_text = "".join(document.text for document in ascii_documents)
    assert any(mark in plain_text for mark in TYPOGRAPHIC)
    assert not any(mark in ascii_text for mark in TYPOGRAPHIC)
    assert [d.source for d in plain_documents] == [d.source for d in ascii_documents]
    capsys.readouterr()


def test_encoding_option_is_honoured(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes("Ïðèâåò — “quoted” café\n".encode("cp1252"))
    assert main(["clean", "--encoding", "cp1251", str(page)]) == 0
    (document,) = read_jsonl(capsysbinary.readouterr().out)
    assert document == herseeds.clean(page.read_bytes().decode("cp1251"), source=str(page))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out.strip() == f"herseeds {herseeds.__version__}"


# -- the output file is written atomically ---------------------------------------------------


def test_failing_pages_leave_no_temporary_file(
    tmp_path: Path, corpus_with_a_bad_page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output_folder = tmp_path / "output"
    output_folder.mkdir()
    out = output_folder / "out.jsonl"
    out.write_bytes(b"earlier output\n")
    assert main(["clean", str(corpus_with_a_bad_page), "-o", str(out)]) == 1
    assert len(read_records(out.read_bytes())) == 3  # replaced by the new run's output
    assert listing(output_folder) == ["out.jsonl"]
    capsys.readouterr()


def test_a_crash_leaves_the_old_output_and_no_temporary_file(
    tmp_path: Path,
    seeds_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"earlier output\n")
    written: list[Document | PageError] = []

    def fail_on_the_third(record: Document | PageError) -> bytes:
        if len(written) == 2:
            raise MemoryError
        written.append(record)
        return to_jsonl_line(record)

    monkeypatch.setattr(herseeds.corpus, "to_jsonl_line", fail_on_the_third)
    assert main(["clean", str(seeds_dir), "-o", str(out)]) == 5
    assert out.read_bytes() == b"earlier output\n"
    assert listing(tmp_path) == ["out.jsonl"]
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("herseeds: internal error: MemoryError (a bug in herseeds")


def interrupt_on_call(number: int, *, cut: int | None = None) -> object:
    """A ``to_jsonl_line`` that raises KeyboardInterrupt on call *number* (1-based), and
    returns only half a line on call *cut*, as if the line's writing were cut short."""
    calls = 0

    def to_jsonl_line_or_interrupt(record: Document | PageError) -> bytes:
        nonlocal calls
        calls += 1
        if calls == number:
            raise KeyboardInterrupt
        line = to_jsonl_line(record)
        return line[: len(line) // 2] if calls == cut else line

    return to_jsonl_line_or_interrupt


def terminate_on_call(number: int) -> object:
    """A ``to_jsonl_line`` that sends this process SIGTERM on call *number* (1-based)."""
    calls = 0

    def to_jsonl_line_or_terminate(record: Document | PageError) -> bytes:
        nonlocal calls
        calls += 1
        if calls == number:
            os.kill(os.getpid(), signal.SIGTERM)  # the handler runs before the next line
        return to_jsonl_line(record)

    return to_jsonl_line_or_terminate


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize(
    ("stop_on_call", "status", "said"),
    [("interrupt_on_call", 130, "interrupted: "), ("terminate_on_call", 143, "terminated: ")],
)
def test_a_stopped_run_keeps_the_pages_done_and_resume_goes_on(  # noqa: PLR0917 (fixtures)
    tmp_path: Path,
    seeds_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    workers: str,
    stop_on_call: str,
    status: int,
    said: str,
) -> None:
    """Ctrl-C, or SIGTERM (``kill``, a job scheduler), while the second page is written."""
    seed_paths = sorted(seeds_dir.glob("*.txt"))
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"earlier output\n")
    sigterm_handler = signal.getsignal(signal.SIGTERM)
    with monkeypatch.context() as patch:
        patch.setattr(herseeds.corpus, "to_jsonl_line", globals()[stop_on_call](2))
        assert main(["clean", str(seeds_dir), "-o", str(out), "--workers", workers]) == status
    assert signal.getsignal(signal.SIGTERM) == sigterm_handler  # the CLI put it back
    # The first page is kept, as one whole line, in place of the earlier output.
    assert out.read_bytes() == to_jsonl_line(clean_file(seed_paths[0]))
    assert listing(tmp_path) == ["out.jsonl"]
    err = capsys.readouterr().err
    assert "1 page," in err
    assert said in err
    assert "--resume" in err

    assert main(["clean", str(seeds_dir), "-o", str(out), "--resume", "--workers", workers]) == 0
    assert read_jsonl(out.read_bytes()) == [clean_file(path) for path in seed_paths]
    assert listing(tmp_path) == ["out.jsonl"]
    err = capsys.readouterr().err
    assert "4 pages," in err
    assert ", 0 errors, 1 page skipped as already done\n" in err


def test_ctrl_c_drops_a_half_written_line(
    tmp_path: Path,
    seeds_dir: Path,
    seed_paths: list[Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(herseeds.corpus, "to_jsonl_line", interrupt_on_call(4, cut=3))
    assert main(["clean", str(seeds_dir), "-o", str(out)]) == 130
    data = out.read_bytes()
    assert data.endswith(b"\n")
    # Two whole lines: the half line of the third page was not written in full.
    assert read_jsonl(data) == [clean_file(path) for path in seed_paths[:2]]
    assert listing(tmp_path) == ["out.jsonl"]
    capsys.readouterr()


def test_ctrl_c_while_reading_the_earlier_output_changes_nothing(
    tmp_path: Path,
    seeds_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(seeds_dir), "-o", str(out)]) == 0
    before = out.read_bytes()
    leftover = tmp_path / ".out.jsonl.k1l2m3n4"
    leftover.write_bytes(before[: len(before) // 2])

    def interrupted(lines: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(herseeds.corpus, "records_from_jsonl", interrupted)
    assert main(["clean", str(seeds_dir), "-o", str(out), "--resume"]) == 130
    assert out.read_bytes() == before
    assert leftover.read_bytes() == before[: len(before) // 2]
    assert listing(tmp_path) == [".out.jsonl.k1l2m3n4", "out.jsonl"]
    assert "herseeds: interrupted\n" in capsys.readouterr().err


def test_ctrl_c_on_standard_output(
    seeds_dir: Path,
    seed_paths: list[Path],
    capsysbinary: pytest.CaptureFixture[bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(herseeds.corpus, "to_jsonl_line", interrupt_on_call(2))
    assert main(["clean", str(seeds_dir)]) == 130
    captured = capsysbinary.readouterr()
    assert captured.out == to_jsonl_line(clean_file(seed_paths[0]))
    assert captured.err.endswith(b"herseeds: interrupted\n")


def test_output_that_is_a_folder_is_a_usage_error(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["clean", str(seeds_dir), "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert listing(tmp_path) == []


# -- --resume --------------------------------------------------------------------------------


def test_resume_skips_the_pages_done_and_retries_the_failed_ones(
    tmp_path: Path,
    corpus_with_a_bad_page: Path,
    seed_paths: list[Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    corpus, out = corpus_with_a_bad_page, tmp_path / "out.jsonl"
    assert main(["clean", str(corpus), "-o", str(out)]) == 1
    first = read_records(out.read_bytes())
    assert [type(record) for record in first] == [Document, PageError, Document]
    capsys.readouterr()

    # Changed after the first run: a done page is not cleaned again, so the change is not seen.
    (corpus / "a.txt").write_text("A different page.\n", encoding="utf-8")
    # The failed page is fixed: it is cleaned again, and its error record replaced.
    shutil.copy(seed_paths[2], corpus / "b-image.txt")
    assert main(["clean", str(corpus), "-o", str(out), "--resume"]) == 0
    records = read_records(out.read_bytes())
    assert records == [first[0], first[2], clean_file(corpus / "b-image.txt")]
    assert records[0] != clean_file(corpus / "a.txt")
    err = capsys.readouterr().err
    assert "herseeds: 1 page," in err
    assert ", 0 errors, 2 pages skipped as already done\n" in err
    assert listing(tmp_path) == ["corpus", "out.jsonl"]

    # Nothing left to do.
    data = out.read_bytes()
    assert main(["clean", str(corpus), "-o", str(out), "--resume"]) == 0
    assert out.read_bytes() == data
    assert (
        "herseeds: 0 pages, 0 paragraphs, 0 comments, 0 chrome lines removed, 0 errors, "
        "3 pages skipped as already done\n"
    ) in capsys.readouterr().err


def test_resume_keeps_a_page_that_still_fails_as_an_error_record(
    tmp_path: Path, corpus_with_a_bad_page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(corpus_with_a_bad_page), "-o", str(out)]) == 1
    first = read_records(out.read_bytes())
    assert main(["clean", str(corpus_with_a_bad_page), "-o", str(out), "--resume"]) == 1
    assert read_records(out.read_bytes()) == [first[0], first[2], first[1]]
    err = capsys.readouterr().err
    assert ", 1 error, 2 pages skipped as already done\n" in err


def test_resume_keeps_the_records_of_pages_outside_the_run(
    tmp_path: Path,
    corpus_with_a_bad_page: Path,
    seed_paths: list[Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    corpus, out = corpus_with_a_bad_page, tmp_path / "out.jsonl"
    assert main(["clean", str(corpus), "-o", str(out)]) == 1
    first = read_records(out.read_bytes())
    assert main(["clean", str(seed_paths[4]), "-o", str(out), "--resume"]) == 0
    assert read_records(out.read_bytes()) == [
        first[0],
        first[2],
        first[1],
        clean_file(seed_paths[4]),
    ]
    assert ", 0 pages skipped" in capsys.readouterr().err


def test_resume_without_an_earlier_output_cleans_everything(
    tmp_path: Path, seeds_dir: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(seeds_dir), "-o", str(out), "--resume"]) == 0
    assert read_jsonl(out.read_bytes()) == [clean_file(path) for path in seed_paths]
    assert ", 0 errors, 0 pages skipped as already done\n" in capsys.readouterr().err


def test_resume_needs_an_output_file(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(seeds_dir), "--resume"]) == 2
    captured = capsys.readouterr()
    assert "herseeds: error: --resume needs -o OUTPUT" in captured.err
    assert captured.out == ""


def test_resume_refuses_an_output_it_cannot_read(
    tmp_path: Path, seeds_dir: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    data = to_jsonl_line(clean_file(seed_paths[0])) + b"not JSON\n"
    out.write_bytes(data)
    assert main(["clean", str(seeds_dir), "-o", str(out), "--resume"]) == 2
    err = capsys.readouterr().err
    assert "herseeds: error:" in err
    assert "line 2" in err
    assert out.read_bytes() == data
    assert listing(tmp_path) == ["out.jsonl"]


def salvage_lines(seed_paths: list[Path], title: str) -> list[bytes]:
    """Lines a killed run could have written: documents told apart by *title*."""
    return [to_jsonl_line(attrs.evolve(clean_file(path), title=title)) for path in seed_paths]


def test_resume_salvages_the_whole_lines_a_killed_run_left(
    tmp_path: Path, seeds_dir: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    first, second, third = salvage_lines(seed_paths[:3], "salvaged")
    leftover = tmp_path / ".out.jsonl.a1b2c3d4"  # as tempfile.mkstemp names them
    leftover.write_bytes(first + second + third[:-20])  # the third line is cut short
    assert main(["clean", str(seeds_dir), "-o", str(out), "--resume"]) == 0
    records = read_jsonl(out.read_bytes())
    assert [record.title for record in records[:2]] == ["salvaged", "salvaged"]
    assert out.read_bytes().startswith(first + second)
    assert records[2:] == [clean_file(path) for path in seed_paths[2:]]
    assert [record.source for record in records] == [str(path) for path in seed_paths]
    assert listing(tmp_path) == ["out.jsonl"]  # the leftover is gone
    err = capsys.readouterr().err
    assert "kept 2 pages from .out.jsonl.a1b2c3d4" in err
    assert "3 pages," in err
    assert ", 2 pages skipped as already done\n" in err


def test_resume_prefers_the_output_to_a_leftover(
    tmp_path: Path, seeds_dir: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    done = salvage_lines(seed_paths[:1], "in the output")
    out.write_bytes(b"".join(done))
    stale = tmp_path / ".out.jsonl.zzzzzzzz"
    stale.write_bytes(b"".join(salvage_lines(seed_paths[:2], "stale")))
    newer = tmp_path / ".out.jsonl.aaaaaaaa"
    newer.write_bytes(b"".join(salvage_lines(seed_paths[1:3], "newer")))
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    # Not a leftover of this output: a swap file, and another output's temporary file.
    others = [tmp_path / ".out.jsonl.swp", tmp_path / ".out.jsonl.old.abcdefgh"]
    for other in others:
        other.write_bytes(b"not JSON\n")
    assert main(["clean", str(seeds_dir), "-o", str(out), "--resume"]) == 0
    records = read_jsonl(out.read_bytes())
    assert [record.title for record in records[:3]] == ["in the output", "newer", "newer"]
    assert records[3:] == [clean_file(path) for path in seed_paths[3:]]
    assert listing(tmp_path) == sorted(["out.jsonl", *(other.name for other in others)])
    err = capsys.readouterr().err
    assert "kept 2 pages from .out.jsonl.aaaaaaaa" in err
    assert "kept 0 pages from .out.jsonl.zzzzzzzz" in err
    assert ", 3 pages skipped as already done\n" in err


def test_resume_stops_reading_a_leftover_at_a_broken_line(
    tmp_path: Path, seeds_dir: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    first, second = salvage_lines(seed_paths[:2], "salvaged")
    leftover = tmp_path / ".out.jsonl.a1b2c3d4"
    leftover.write_bytes(first + b"\x00" * 10 + b"\n" + second)
    assert main(["clean", str(seeds_dir), "-o", str(out), "--resume"]) == 0
    records = read_jsonl(out.read_bytes())
    assert [record.title for record in records[:2]] == ["salvaged", clean_file(seed_paths[1]).title]
    assert listing(tmp_path) == ["out.jsonl"]
    err = capsys.readouterr().err
    assert "line 2" in err
    assert "kept 1 page from .out.jsonl.a1b2c3d4" in err


def test_without_resume_a_leftover_is_left_alone(
    tmp_path: Path, seeds_dir: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    leftover = tmp_path / ".out.jsonl.a1b2c3d4"
    leftover.write_bytes(b"".join(salvage_lines(seed_paths[:2], "salvaged")))
    assert main(["clean", str(seeds_dir), "-o", str(out)]) == 0
    assert read_jsonl(out.read_bytes()) == [clean_file(path) for path in seed_paths]
    assert listing(tmp_path) == [".out.jsonl.a1b2c3d4", "out.jsonl"]
    err = capsys.readouterr().err
    assert "a killed run left .out.jsonl.a1b2c3d4" in err
    assert "--resume" in err


# -- show ------------------------------------------------------------------------------------


def parse_show(output: str) -> list[tuple[int, str, str]]:
    """Split ``show`` output into (line number, label, line text), skipping the lines of
    facts (``↳ count=12``) printed under the lines they were found on."""
    rows = []
    for row in output.split("\n")[:-1]:
        if row.lstrip().startswith("↳ "):
            continue
        left, _, text = row.partition(" | ")
        number, label, *_ = left.split()
        rows.append((int(number), label, text))
    return rows


def test_show_prints_the_facts_under_their_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (
        "A Quiet Film\n\nBy Jane Doe\n\n12 Comments\n\n  1. Billy Clary\n"
        "     Great post, I loved it.\n     Truly.\n"
    )
    stdin_of(monkeypatch, page.encode())
    assert main(["show", "-"]) == 0
    out = capsys.readouterr().out.split("\n")
    assert out[2].split() == ["3", "byline", "header.byline", "|", "By", "Jane", "Doe"]
    assert out[3] == "      ↳ name='Jane Doe' (byline)"
    assert out[5].endswith("pattern.comment-count | 12 Comments")
    assert out[6] == "      ↳ count=12"
    assert out[9] == "      ↳ comment=0 depth=0 author='Billy Clary'"
    assert "↳" not in "".join(out[10:])  # a comment's facts once, under its first line


def test_show_prints_every_line_with_its_label(
    seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = seed_paths[1]
    assert main(["show", str(path)]) == 0
    rows = parse_show(capsys.readouterr().out)
    lines = path.read_text(encoding="utf-8").split("\n")
    assert [number for number, _, _ in rows] == list(range(1, len(lines) + 1))
    assert tuple(label for _, label, _ in rows) == clean_file(path).labels
    assert [text for _, _, text in rows] == lines


def test_show_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = "\ufeffA title\r\n\r\nA paragraph of text.\r\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["show", "-"]) == 0
    rows = parse_show(capsys.readouterr().out)
    assert [number for number, _, _ in rows] == [1, 2, 3, 4]
    assert [text for _, _, text in rows] == ["A title", "", "A paragraph of text.", ""]
    assert tuple(label for _, label, _ in rows) == herseeds.clean(data.decode("utf-8-sig")).labels
    assert rows[1][1] == rows[3][1] == "blank"


def test_show_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert "herseeds: error:" in err
    assert "missing.txt" in err
    assert "Traceback" not in err


def test_show_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    image = tmp_path / "image.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    assert main(["show", str(image)]) == 2
    err = capsys.readouterr().err
    assert "herseeds: error:" in err
    assert "image.txt" in err


def test_sigterm_on_standard_output(
    seeds_dir: Path,
    seed_paths: list[Path],
    capsysbinary: pytest.CaptureFixture[bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(herseeds.corpus, "to_jsonl_line", terminate_on_call(3))
    assert main(["clean", str(seeds_dir)]) == 143
    captured = capsysbinary.readouterr()
    assert read_jsonl(captured.out) == [clean_file(path) for path in seed_paths[:2]]
    assert captured.err.endswith(b"herseeds: terminated\n")


# -- file names that are not valid UTF-8 -----------------------------------------------------


@pytest.fixture
def latin_1_names(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """A folder with a page and a PNG whose names are Latin-1 bytes, not UTF-8."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    try:
        page = Path(os.fsdecode(os.fsencode(corpus) + b"/caf\xe9.txt"))
        page.write_bytes(seed_paths[0].read_bytes())
        Path(os.fsdecode(os.fsencode(corpus) + b"/na\xefve.txt")).write_bytes(b"\x89PNG\r\n\x1a\n")
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only valid UTF-8 names")
    return corpus


def test_file_names_that_are_not_utf_8_are_escaped_in_the_output(
    tmp_path: Path, latin_1_names: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Python keeps such names as lone surrogates, which JSON cannot hold: each byte that
    is not UTF-8 is written as ``\\xNN``, and --resume recognizes the page by it."""
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(latin_1_names), "-o", str(out)]) == 1
    document, error = read_records(out.read_bytes())
    assert isinstance(document, Document)
    assert document.source == f"{latin_1_names}/caf\\xe9.txt"
    assert isinstance(error, PageError)
    assert error.source == f"{latin_1_names}/na\\xefve.txt"
    assert error.error == "NotTextError"
    assert error.message.startswith(f"{latin_1_names}/na\\xefve.txt: ")
    capsys.readouterr()

    assert main(["clean", str(latin_1_names), "-o", str(out), "--resume"]) == 1
    assert "1 page skipped as already done" in capsys.readouterr().err
    assert read_records(out.read_bytes()) == [document, error]


def test_clean_file_on_a_name_that_is_not_utf_8(latin_1_names: Path) -> None:
    (page,) = (path for path in latin_1_names.iterdir() if path.name.startswith("caf"))
    document = clean_file(page)
    assert document.source == f"{latin_1_names}/caf\\xe9.txt"
    assert Document.from_dict(json.loads(document.to_json())) == document


# -- the installed command -------------------------------------------------------------------


def test_installed_console_script(tmp_path: Path, seeds_dir: Path, seed_paths: list[Path]) -> None:
    script = Path(sys.executable).parent / ("herseeds.exe" if os.name == "nt" else "herseeds")
    assert script.exists(), f"{script} is missing: install the project (pip install -e .)"
    out = tmp_path / "seeds.jsonl"
    result = subprocess.run(
        [str(script), "clean", str(seeds_dir), "-o", str(out)],
        capture_output=True,
        check=False,
        timeout=120,
    )
    err = result.stderr.decode("utf-8")
    assert result.returncode == 0, err
    assert read_jsonl(out.read_bytes()) == [clean_file(path) for path in seed_paths]
    assert "5 pages" in err
    assert "0 errors" in err
    assert listing(tmp_path) == ["seeds.jsonl"]


@pytest.mark.skipif(os.name == "nt", reason="SIGTERM is a POSIX signal")
def test_installed_console_script_terminated_by_sigterm(
    tmp_path: Path, seed_paths: list[Path]
) -> None:
    """A real ``kill``: the run stops, its output holds whole documents only, in place, and
    no temporary file is left."""
    script = Path(sys.executable).parent / "herseeds"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for copy in range(400):  # far more than the run can clean before it is stopped
        for path in seed_paths:
            (corpus / f"{copy:03}-{path.name}").write_bytes(path.read_bytes())
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [str(script), "clean", str(corpus), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        # Wait until the run has written something (its temporary file grows), then stop it.
        deadline = time.monotonic() + 120
        while not any(path.stat().st_size for path in tmp_path.glob(".out.jsonl.*")):
            assert process.poll() is None, "the run ended before it could be terminated"
            assert time.monotonic() < deadline, "the run wrote nothing"
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 143, err.decode()
    assert b"herseeds: terminated: " in err
    documents = read_jsonl(out.read_bytes())
    assert 0 < len(documents) < 2000
    assert listing(tmp_path) == ["corpus", "out.jsonl"]


# -- standard input, limits, messages in the command line's words ---------------------------


def stdin_of(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_clean_reads_a_page_from_standard_input_in_its_place(
    tmp_path: Path,
    seed_paths: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = "A Title Here\r\n\r\nIt\u2019s a film about love.\r\n".encode("utf-16")
    stdin_of(monkeypatch, page)
    out = tmp_path / "out.jsonl"
    argv = ["clean", str(seed_paths[0]), "-", str(seed_paths[1]), "-o", str(out)]
    assert main(argv) == 0
    first, piped, last = read_jsonl(out.read_bytes())
    assert (first, last) == (clean_file(seed_paths[0]), clean_file(seed_paths[1]))
    assert piped == herseeds.clean(page.decode("utf-16"), source="<stdin>")
    assert "3 pages" in capsys.readouterr().err


def test_a_page_on_standard_input_that_fails_is_an_error_record(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    stdin_of(monkeypatch, b"\x89PNG\r\n\x1a\n" + bytes(16))
    assert main(["clean", "-"]) == 1
    captured = capsysbinary.readouterr()
    (record,) = read_records(captured.out)
    assert isinstance(record, PageError)
    assert record.source == "<stdin>"
    assert b"herseeds: <stdin>: this is a PNG image" in captured.err


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["clean", "-", "-"], "can be named once"),
        (["clean", "-", "-o", "out.jsonl", "--resume"], "--resume cannot tell"),
    ],
)
def test_standard_input_misuse_is_a_usage_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    says: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    stdin_of(monkeypatch, b"A page.\n")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("herseeds: error:")
    assert says in err
    assert listing(tmp_path) == []


@pytest.mark.parametrize("workers", ["1", "2"])
def test_max_bytes_from_the_command_line(
    tmp_path: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    small, large = sorted(seed_paths, key=lambda path: path.stat().st_size)[:2]
    limit = (small.stat().st_size + large.stat().st_size) // 2
    out = tmp_path / "out.jsonl"
    argv = ["clean", str(small), str(large), "-o", str(out), "--max-bytes", str(limit)]
    assert main([*argv, "--workers", workers]) == 1
    document, error = read_records(out.read_bytes())
    assert document == clean_file(small)
    assert isinstance(error, PageError)
    assert error.error == "InputTooLargeError"
    # Said in the command line's words, in the worker processes too.
    assert f"more than the limit of {limit}; raise it (--max-bytes)" in error.message
    assert "CleanConfig" not in capsys.readouterr().err


def test_max_bytes_takes_a_unit(
    tmp_path: Path, seed_paths: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(seed_paths[0]), "-o", str(out), "--max-bytes", "1k"]) == 1
    (error,) = read_records(out.read_bytes())
    assert isinstance(error, PageError)
    assert "limit of 1000;" in error.message
    assert main(["clean", str(seed_paths[0]), "-o", str(out), "--max-bytes", "10M"]) == 0
    capsys.readouterr()


def test_time_limit_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    stdin_of(monkeypatch, b"A paragraph of ordinary prose, long enough.\n\n" * 20_000)
    assert main(["clean", "-", "--time-limit", "0.000001"]) == 1
    captured = capsysbinary.readouterr()
    (error,) = read_records(captured.out)
    assert isinstance(error, PageError)
    assert error.error == "CleanTimeoutError"
    assert "raise it (--time-limit)" in error.message


def test_show_honours_max_bytes_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin_of(monkeypatch, b"A page of more than ten bytes.\n")
    assert main(["show", "-", "--max-bytes", "10"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "herseeds: error: <stdin>: more than the limit of 10 bytes; raise it (--max-bytes) "
        "or split the page\n"
    )


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["clean", "seeds", "--max-bytes", "0"], "not a size"),
        (["clean", "seeds", "--max-bytes", "ten"], "not a size"),
        (["clean", "seeds", "--time-limit", "0"], "more than 0 seconds"),
        (["clean", "seeds", "--time-limit", "inf"], "more than 0 seconds"),
        (["show", "-", "--time-limit", "soon"], "not a number of seconds"),
    ],
)
def test_bad_limits_exit_2(argv: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    assert says in capsys.readouterr().err


@pytest.mark.parametrize(
    ("data", "argv", "says"),
    [
        (b"caf\xe9 \x81\n", ["--encoding", "utf-8"], "(--encoding), or leave it unset"),
        (b"\x00\x01\x02\x03binary", ["--encoding", "latin-1"], "name it (--encoding)"),
    ],
)
def test_decoding_messages_speak_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, argv: list[str], says: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(data)
    assert main(["show", str(page), *argv]) == 2
    err = capsys.readouterr().err
    assert says in err
    assert "CleanConfig" not in err
    assert "None" not in err


def test_show_of_a_folder_speaks_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(tmp_path)]) == 2
    assert (
        capsys.readouterr().err == f"herseeds: error: {tmp_path}: is a directory, not a page file\n"
    )


def test_every_exit_status_is_documented() -> None:
    """docs/cli.md's table lists each status the command returns, and no other."""
    statuses = {value for name, value in vars(herseeds.cli).items() if name.startswith("EXIT_")}
    text = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text("utf-8")
    table = text[text.index("## Exit status") :]
    documented = {int(row) for row in re.findall(r"^\| (\d+) \|", table, re.MULTILINE)}
    assert documented == statuses
    assert len(statuses) == 8


def test_a_sigterm_whose_exception_was_lost_still_stops_the_run(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A signal that lands in a ``__del__`` method has its exception printed and dropped by
    Python; the flag the handler set stops the run after the page being written."""
    calls = 0
    real = herseeds.cleaning.clean_file

    def clean_then_lose_a_sigterm(path: Path, **kwargs: object) -> Document:
        nonlocal calls
        calls += 1
        if calls == 2:
            herseeds.cli._TERMINATING.set()  # the handler ran; its raise was swallowed
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(herseeds.corpus, "clean_file", clean_then_lose_a_sigterm)
    out = tmp_path / "out.jsonl"
    paths = [str(path) for path in seed_paths]
    assert main(["clean", *paths, "-o", str(out)]) == 143
    assert len(read_jsonl(out.read_bytes())) == 2
