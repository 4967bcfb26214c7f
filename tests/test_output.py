"""Corpus runs you can trust with your files: the output of ``herseeds clean -o``.

One run owns an output at a time (an OS lock beside it); ``-o`` writes regular files only,
through symbolic links, with the umask's mode or the replaced file's; a failure of the run
itself is one line on stderr and an exit status of its own, and the old output stays whole.
Some tests race real processes: a run that reads its page from a pipe we hold open keeps
its lock for as long as we like.
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import herseeds
import herseeds.output
from herseeds import Document, PageError, clean_file
from herseeds.cli import (
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_WRITE_FAILED,
    main,
)
from herseeds.errors import OutputLockedError, OutputPathError, WriteError
from herseeds.export import records_from_jsonl
from herseeds.output import OutputFile

if TYPE_CHECKING:
    from collections.abc import Iterator

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file types and signals")
COMMAND = [sys.executable, "-m", "herseeds.cli"]
PAGE = b"A Title for the Page\n\nIt is a film about love, and a long paragraph of prose.\n"


def records(path: Path) -> list[Document | PageError]:
    with path.open("rb") as file:
        return list(records_from_jsonl(file))


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def one_error_line(err: str) -> str:
    """The stderr of a failed run: exactly one line, ``herseeds: error: ...``."""
    assert err.count("\n") == 1, err
    assert err.startswith("herseeds: error: "), err
    assert "Traceback" not in err
    return err


@pytest.fixture
def corpus(tmp_path: Path, seed_paths: list[Path]) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in seed_paths:
        shutil.copy(path, folder / path.name)
    return folder


# -- one run per output ------------------------------------------------------------------


def test_a_second_run_on_a_locked_output_stops_at_once(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"the earlier output\n")
    with OutputFile(out) as live:
        live.write(b"a live run's first line\n")
        for extra in ([], ["--resume"]):
            assert main(["clean", str(corpus), "-o", str(out), *extra]) == EXIT_LOCKED
            err = one_error_line(capsys.readouterr().err)
            assert "another herseeds run is writing it" in err
            # --resume left the live run's temporary file alone: it is no leftover.
            assert live.temporary is not None
            assert live.temporary.exists()
            assert out.read_bytes() == b"the earlier output\n"
        live.commit()
    assert out.read_bytes() == b"a live run's first line\n"
    # The lock is free again, and the lock file stays (see herseeds.output).
    assert main(["clean", str(corpus), "-o", str(out)]) == EXIT_OK
    assert names(tmp_path) == [".out.jsonl.lock", "corpus", "out.jsonl"]


def test_the_lock_is_taken_before_anything_is_read_or_written(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with OutputFile(out) as first:
        with pytest.raises(OutputLockedError), OutputFile(out):
            pass  # pragma: no cover - never entered
        assert first.temporary is not None
        assert names(tmp_path) == sorted([".out.jsonl.lock", first.temporary.name])
    assert names(tmp_path) == [".out.jsonl.lock"]  # nothing committed: nothing written


def test_a_link_and_its_target_share_one_lock(tmp_path: Path) -> None:
    target = tmp_path / "target.jsonl"
    link = tmp_path / "link.jsonl"
    link.symlink_to(target.name)
    with OutputFile(target), pytest.raises(OutputLockedError), OutputFile(link):
        pass  # pragma: no cover - never entered


def temporary_files(folder: Path, out: Path) -> list[Path]:
    return [
        path
        for path in folder.iterdir()
        if path.name.startswith(f".{out.name}.") and not path.name.endswith(".lock")
    ]


@contextlib.contextmanager
def live_run(out: Path, *extra: str) -> Iterator[subprocess.Popen[bytes]]:
    """A real ``herseeds clean - -o OUT`` that holds its lock until we give it its page."""
    run = subprocess.Popen(
        [*COMMAND, "clean", "-", "-o", str(out), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not temporary_files(out.parent, out):  # made once the lock is held
            assert run.poll() is None, run.communicate()
            assert time.monotonic() < deadline, "the run did not start"
            time.sleep(0.02)
        yield run
    finally:
        if run.poll() is None:
            run.kill()
        for stream in (run.stdin, run.stdout, run.stderr):
            if stream is not None:
                stream.close()
        run.wait()


def test_a_real_second_process_racing_the_first(tmp_path: Path, corpus: Path) -> None:
    """The issue's reproduction: two runs on one output, the second with --resume."""
    out = tmp_path / "o.jsonl"
    with live_run(out) as first:
        (temporary,) = temporary_files(tmp_path, out)
        for extra in ([], ["--resume"]):
            started = time.monotonic()
            second = subprocess.run(
                [*COMMAND, "clean", str(corpus), "-o", str(out), *extra],
                capture_output=True,
                timeout=60,
                check=False,
            )
            assert second.returncode == EXIT_LOCKED
            one_error_line(second.stderr.decode())
            assert time.monotonic() - started < 30  # at once, not after waiting
            assert temporary.exists()  # the live run's file is untouched
            assert not out.exists()
        _, stderr = first.communicate(PAGE, timeout=60)
    assert first.returncode == EXIT_OK, stderr
    (document,) = records(out)
    assert isinstance(document, Document)
    assert document.source == "<stdin>"
    assert document.title == "A Title for the Page"
    assert not temporary.exists()


@posix_only
def test_a_killed_runs_lock_is_free_and_its_leftover_salvaged(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "o.jsonl"
    with live_run(out) as first:
        first.send_signal(signal.SIGKILL)
        first.wait()
    leftovers = temporary_files(tmp_path, out)
    assert len(leftovers) == 1  # kill -9 leaves the temporary file: nothing can run
    leftovers[0].write_bytes(
        b"".join(
            herseeds.export.to_jsonl_line(clean_file(path)) for path in sorted(corpus.iterdir())[:2]
        )
    )
    second = subprocess.run(
        [*COMMAND, "clean", str(corpus), "-o", str(out), "--resume"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert second.returncode == EXIT_OK, second.stderr
    assert b"left by a killed run" in second.stderr
    assert [record.source for record in records(out)] == [
        str(path) for path in sorted(corpus.iterdir())
    ]
    assert names(tmp_path) == [".o.jsonl.lock", "corpus", "o.jsonl"]


# -- what -o writes ------------------------------------------------------------------------


def test_an_input_page_is_refused_as_output(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = corpus / "01-page.txt"
    page.write_bytes(PAGE)
    before = {path: path.read_bytes() for path in corpus.iterdir()}
    hard_link = tmp_path / "hard.jsonl"
    os.link(page, hard_link)
    soft_link = tmp_path / "soft.jsonl"
    soft_link.symlink_to(page)
    for argv in (
        [str(page), "-o", str(page)],
        [str(corpus), "-o", str(page)],  # a page the folder gives
        [str(page), "-o", str(hard_link)],  # the same file by another name
        [str(page), "-o", str(soft_link)],  # a link to it
        [str(corpus), "-o", os.path.relpath(page)],
    ):
        assert main(["clean", *argv]) == EXIT_USAGE
        err = one_error_line(capsys.readouterr().err)
        assert "one of the pages to clean" in err
    assert {path: path.read_bytes() for path in corpus.iterdir()} == before


def test_a_symbolic_link_is_written_through(
    tmp_path: Path, corpus: Path, seed_paths: list[Path]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    target = data / "records.jsonl"
    target.write_bytes(b"old\n")
    links = tmp_path / "links"
    links.mkdir()
    link = links / "out.jsonl"
    link.symlink_to(target)
    assert main(["clean", str(corpus), "-o", str(link)]) == EXIT_OK
    assert link.is_symlink()
    assert os.readlink(link) == str(target)
    assert [record.source for record in records(target)] == [
        str(corpus / path.name) for path in seed_paths
    ]
    assert names(links) == ["out.jsonl"]  # nothing beside the link
    assert names(data) == [".records.jsonl.lock", "records.jsonl"]  # all beside the target


def test_a_dangling_link_creates_its_target(tmp_path: Path, corpus: Path) -> None:
    link = tmp_path / "out.jsonl"
    link.symlink_to("made-by-the-run.jsonl")
    assert main(["clean", str(corpus), "-o", str(link)]) == EXIT_OK
    assert link.is_symlink()
    assert len(records(tmp_path / "made-by-the-run.jsonl")) == 5


@posix_only
def test_devices_pipes_and_link_loops_are_refused(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.jsonl"
    loop.symlink_to(loop.name)
    to_device = tmp_path / "null.jsonl"
    to_device.symlink_to(os.devnull)
    for output, says in (
        (os.devnull, "a character device"),
        (str(to_device), "a character device"),
        (str(fifo), "a pipe"),
        (str(loop), "a loop of symbolic links"),
        (str(tmp_path), "is a folder"),
        (str(tmp_path / "nowhere" / "out.jsonl"), "does not exist"),
    ):
        assert main(["clean", str(corpus), "-o", output]) == EXIT_USAGE
        err = one_error_line(capsys.readouterr().err)
        assert says in err
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert names(tmp_path) == ["corpus", "fifo.jsonl", "loop.jsonl", "null.jsonl"]


def test_dash_is_standard_output(
    tmp_path: Path, corpus: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    (corpus / "01-page.txt").write_bytes(PAGE)
    assert main(["clean", str(corpus / "01-page.txt"), "-o", "-"]) == EXIT_OK
    out = capsysbinary.readouterr().out
    assert out.count(b"\n") == 1
    assert b'"title":"A Title for the Page"' in out
    assert not (tmp_path / "-").exists()


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


@posix_only
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_output_gets_the_umask_mode(
    tmp_path: Path, corpus: Path, mask: int, mode: int
) -> None:
    out = tmp_path / "out.jsonl"
    with umask(mask):
        assert main(["clean", str(corpus), "-o", str(out)]) == EXIT_OK
    assert stat.S_IMODE(out.stat().st_mode) == mode


@posix_only
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o600, 0o604])
def test_a_replaced_output_keeps_its_mode(tmp_path: Path, corpus: Path, mode: int) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old\n")
    out.chmod(mode)
    with umask(0o077):
        assert main(["clean", str(corpus), "-o", str(out)]) == EXIT_OK
        assert stat.S_IMODE(out.stat().st_mode) == mode
        assert main(["clean", str(corpus), "-o", str(out), "--resume"]) == EXIT_OK
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert len(records(out)) == 5


# -- failures of the run itself ----------------------------------------------------------


def test_an_output_folder_that_cannot_be_written(
    tmp_path: Path,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Root may write a read-only folder, so the refusal is the system's answer, faked."""
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"the earlier output\n")
    real_open = os.open

    def read_only(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", read_only)
    assert main(["clean", str(corpus), "-o", str(out)]) == EXIT_WRITE_FAILED
    err = one_error_line(capsys.readouterr().err)
    # The lock file is the first thing a run creates.
    assert "cannot create its lock file" in err
    assert "(Read-only file system); its earlier content is kept" in err
    assert out.read_bytes() == b"the earlier output\n"
    assert names(tmp_path) == ["corpus", "out.jsonl"]


def read_only(folder: Path, command: list[str]) -> list[str]:
    """*command* run with *folder* read-only: for an ordinary user, a folder without write
    permission; root writes those, so for root the folder is mounted read-only in a mount
    namespace of the command's own (``unshare``), or the test is skipped."""
    if os.geteuid() != 0:  # pragma: no cover - CI and this machine run as root
        folder.chmod(0o555)
        return command
    remount = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" && exec "$@"'
    wrapped = ["unshare", "--mount", "sh", "-c", remount, str(folder), *command]
    if shutil.which("unshare") is not None:
        probe = subprocess.run(
            [*wrapped[: -len(command)], "true"], capture_output=True, check=False
        )
        if probe.returncode == 0:
            return wrapped
    pytest.skip("root, and no mount namespace to make a folder read-only in")  # pragma: no cover


@posix_only
def test_a_real_read_only_folder(tmp_path: Path, corpus: Path) -> None:
    """A real process told to write into a folder it may not write to."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    out = folder / "out.jsonl"
    out.write_bytes(b"the earlier output\n")
    try:
        run = subprocess.run(
            read_only(folder, [*COMMAND, "clean", str(corpus), "-o", str(out)]),
            capture_output=True,
            timeout=60,
            check=False,
        )
    finally:
        folder.chmod(0o755)
    assert run.returncode == EXIT_WRITE_FAILED, run.stderr
    err = one_error_line(run.stderr.decode())
    assert "its earlier content is kept" in err
    assert "(Read-only file system)" in err or "(Permission denied)" in err
    assert out.read_bytes() == b"the earlier output\n"
    assert names(folder) == ["out.jsonl"]


@pytest.mark.parametrize("when", ["write", "commit"])
def test_a_full_disk_keeps_the_old_output(
    tmp_path: Path,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    when: str,
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"the earlier output\n")
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def no_space(*args: object, **kwargs: object) -> None:
        raise full

    if when == "write":
        calls = 0
        real_write = OutputFile.write

        def write(self: OutputFile, data: bytes) -> None:
            nonlocal calls
            calls += 1
            if calls == 3:
                assert self._file is not None
                monkeypatch.setattr(self._file, "write", no_space)
            real_write(self, data)

        monkeypatch.setattr(OutputFile, "write", write)
    else:
        monkeypatch.setattr(os, "fsync", no_space)
    assert main(["clean", str(corpus), "-o", str(out)]) == EXIT_WRITE_FAILED
    err = one_error_line(capsys.readouterr().err)
    assert "No space left on device" in err
    assert out.read_bytes() == b"the earlier output\n"
    assert names(tmp_path) == [".out.jsonl.lock", "corpus", "out.jsonl"]


@posix_only
def test_a_real_process_over_its_file_size_limit(tmp_path: Path, corpus: Path) -> None:
    """A file-size limit (ulimit -f) fails writes as a full disk does, in a real run."""
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"the earlier output\n")

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    run = subprocess.run(
        [*COMMAND, "clean", str(corpus), "-o", str(out)],
        capture_output=True,
        timeout=120,
        check=False,
        preexec_fn=small_files,
    )
    assert run.returncode == EXIT_WRITE_FAILED, run.stderr
    one_error_line(run.stderr.decode())
    assert b"File too large" in run.stderr
    assert out.read_bytes() == b"the earlier output\n"
    assert names(tmp_path) == [".out.jsonl.lock", "corpus", "out.jsonl"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_standard_output_on_a_full_disk(corpus: Path) -> None:
    with open("/dev/full", "wb") as full:
        run = subprocess.run(
            [*COMMAND, "clean", str(corpus)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    assert run.returncode == EXIT_WRITE_FAILED
    err = one_error_line(run.stderr.decode())
    assert "standard output cannot be written (No space left on device)" in err


# -- resume by real path, skipped links --------------------------------------------------


@pytest.mark.parametrize("spelling", ["absolute", "dotted", "through a link"])
def test_resume_knows_the_same_folder_spelled_otherwise(
    tmp_path: Path,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    spelling: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "corpus", "-o", "out.jsonl"]) == EXIT_OK
    first = (tmp_path / "out.jsonl").read_bytes()
    (tmp_path / "link").symlink_to("corpus")
    again = {
        "absolute": str(corpus),
        "dotted": "./corpus/",
        "through a link": "link",
    }[spelling]
    capsys.readouterr()
    assert main(["clean", again, "-o", "out.jsonl", "--resume"]) == EXIT_OK
    assert "0 pages," in capsys.readouterr().err
    assert (tmp_path / "out.jsonl").read_bytes() == first  # no page twice


def test_resume_after_a_failure_with_another_spelling(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (corpus / "00-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(20))
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "corpus", "-o", "out.jsonl"]) == 1
    (corpus / "00-image.txt").write_bytes(PAGE)  # fixed
    assert main(["clean", str(corpus), "-o", "out.jsonl", "--resume"]) == EXIT_OK
    found = records(tmp_path / "out.jsonl")
    assert all(isinstance(record, Document) for record in found)
    assert len(found) == 6


@posix_only
def test_links_that_lead_nowhere_are_counted_and_named(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "broken.txt").symlink_to("gone.txt")
    (corpus / "loop.txt").symlink_to("loop.txt")
    (corpus / "folder-link").symlink_to(tmp_path)
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "followed.txt").symlink_to(sorted(corpus.glob("*.txt"))[0])
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(corpus), "-o", str(out)]) == EXIT_OK
    err = capsys.readouterr().err
    assert "6 pages," in err  # the link to a page is read
    assert ", 4 paths skipped as not pages\n" in err
    assert f"  skipped {corpus / 'broken.txt'}: a broken symbolic link (to gone.txt)\n" in err
    assert f"  skipped {corpus / 'loop.txt'}: a loop of symbolic links\n" in err
    assert f"  skipped {corpus / 'folder-link'}: a link to a folder, not followed\n" in err
    assert f"  skipped {corpus / 'pipe.txt'}: not a regular file\n" in err


def test_a_folder_of_broken_links_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "links"
    folder.mkdir()
    (folder / "a.txt").symlink_to("gone.txt")
    assert main(["clean", str(folder)]) == EXIT_USAGE
    err = one_error_line(capsys.readouterr().err)
    assert "a broken symbolic link (to gone.txt)" in err


# -- the library's side of it --------------------------------------------------------------


def test_output_file_errors_are_herseeds_errors(tmp_path: Path) -> None:
    with pytest.raises(OutputPathError) as refused:
        OutputFile(tmp_path)
    assert isinstance(refused.value, ValueError)
    assert isinstance(refused.value, herseeds.HerseedsError)
    assert issubclass(WriteError, OSError)
    assert issubclass(OutputLockedError, OSError)


def test_clean_corpus_logs_what_it_skips(
    tmp_path: Path, corpus: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (corpus / "broken.txt").symlink_to("gone.txt")
    documents = list(herseeds.clean_corpus([corpus]))
    assert len(documents) == 5
    assert [record.getMessage() for record in caplog.records] == [
        f"{corpus / 'broken.txt'}: skipped, a broken symbolic link (to gone.txt)"
    ]
