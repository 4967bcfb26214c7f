"""The ``herseeds`` command, run in-process through ``herseeds.cli.main`` (and once for real).

``clean`` writes one JSON document per page and a summary on stderr; its exit status is 0
when every page was cleaned, 1 when some failed, 2 when the command line or a path is
wrong. ``show`` prints a page line by line with each line's label.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import herseeds
import herseeds.cli
from herseeds import Document, clean_file
from herseeds.cli import main

TYPOGRAPHIC = "“”‘’—…"


def read_jsonl(data: bytes) -> list[Document]:
    assert data.endswith(b"\n")
    return [Document.from_dict(json.loads(line)) for line in data.split(b"\n")[:-1]]


def listing(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.fixture
def corpus_with_a_bad_page(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """Two good pages around a PNG that was saved as a page."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seed_paths[0], corpus / "a.txt")
    (corpus / "b-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    shutil.copy(seed_paths[3], corpus / "c.txt")
    return corpus


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
    documents = read_jsonl(out.read_bytes())
    assert [document.source for document in documents] == [
        str(corpus_with_a_bad_page / "a.txt"),
        str(corpus_with_a_bad_page / "c.txt"),
    ]
    assert documents == [clean_file(corpus_with_a_bad_page / name) for name in ("a.txt", "c.txt")]
    err = capsys.readouterr().err
    assert err.count("b-image.txt") == 1  # the message names the file once
    assert "2 pages" in err
    assert ", 1 error\n" in err
    assert "Traceback" not in err
    assert listing(tmp_path) == ["corpus", "out.jsonl"]


def test_a_failing_page_with_workers(
    corpus_with_a_bad_page: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["clean", str(corpus_with_a_bad_page), "--workers", "2"]) == 1
    captured = capsysbinary.readouterr()
    assert len(read_jsonl(captured.out)) == 2
    assert b"b-image.txt" in captured.err
    assert b", 1 error\n" in captured.err


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
    assert "usage:" in err
    assert "Traceback" not in err


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


def test_interrupted_run_leaves_the_old_output_and_no_temporary_file(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"earlier output\n")
    written: list[Document] = []

    def fail_on_the_third(document: Document) -> bytes:
        if len(written) == 2:
            raise KeyboardInterrupt
        written.append(document)
        return document.to_json().encode() + b"\n"

    monkeypatch.setattr(herseeds.cli, "to_jsonl_line", fail_on_the_third)
    with pytest.raises(KeyboardInterrupt):
        main(["clean", str(seeds_dir), "-o", str(out)])
    assert out.read_bytes() == b"earlier output\n"
    assert listing(tmp_path) == ["out.jsonl"]


def test_failing_pages_leave_no_temporary_file(
    tmp_path: Path, corpus_with_a_bad_page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output_folder = tmp_path / "output"
    output_folder.mkdir()
    out = output_folder / "out.jsonl"
    out.write_bytes(b"earlier output\n")
    assert main(["clean", str(corpus_with_a_bad_page), "-o", str(out)]) == 1
    assert len(read_jsonl(out.read_bytes())) == 2  # replaced by the new run's output
    assert listing(output_folder) == ["out.jsonl"]
    capsys.readouterr()


# -- show ------------------------------------------------------------------------------------


def parse_show(output: str) -> list[tuple[int, str, str]]:
    """Split ``show`` output into (line number, label, line text)."""
    rows = []
    for row in output.split("\n")[:-1]:
        left, _, text = row.partition(" | ")
        number, label, *_ = left.split()
        rows.append((int(number), label, text))
    return rows


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
