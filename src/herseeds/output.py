"""The output file of a corpus run: owned by one run, written whole, regular files only.

A run writes its records to a temporary file beside the output (``.NAME.`` and 8
characters) and renames it over the output when it ends, so a reader never meets a
half-written file under the output's name and a run that fails keeps the old output whole.
Around that:

- **One run per output.** An OS file lock on ``.NAME.lock`` beside the output, held for
  the whole run, makes a second run on the same output stop at once with
  :class:`~herseeds.errors.OutputLockedError`. The lock file stays when the run ends
  (deleting it would let two runs lock two different files). Temporary files found beside
  the output while the lock is held were left by killed runs, so only then are they
  :meth:`OutputFile.leftovers` that may be salvaged.
- **Regular files only.** The output must not be a page of the run, a device, a pipe, a
  socket or a folder (:class:`~herseeds.errors.OutputPathError`). A symbolic link is
  written through: its target is replaced, from a temporary file in the target's folder,
  and the link stays a link.
- **Modes.** A new output gets the mode the umask leaves (as ``open()`` would create it);
  a replaced output keeps its mode, and its owner and group where the system allows.
- **Failures** to write (no permission, a read-only file system, the disk full) raise
  :class:`~herseeds.errors.WriteError` naming the output; the temporary file goes and the
  old output stays as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final

import filelock

from herseeds.errors import OutputLockedError, OutputPathError, WriteError

if TYPE_CHECKING:
    from collections.abc import Iterable
    from types import TracebackType

__all__ = ["OutputFile"]

# O_NOFOLLOW: a link planted under a temporary file's random name is not written through.
_CREATE: Final = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class OutputFile:
    """The output *path* of one run, written through a temporary file, committed whole.

    Use it as a context manager: entering takes the lock and creates the temporary file,
    :meth:`write` adds a record's bytes, :meth:`commit` puts the file in place; leaving
    the block without :meth:`commit` deletes the temporary file, and leaving it in any
    way releases the lock. *inputs* are the run's pages, which the output may not be.
    """

    def __init__(self, path: str | os.PathLike[str], *, inputs: Iterable[Path] = ()) -> None:
        self.path = Path(path)
        self.target = _writable_target(self.path)
        _refuse_inputs(self.path, self.target, inputs)
        self.directory = self.target.parent
        self.lock_path = self.directory / f".{self.target.name}.lock"
        self._lock = filelock.FileLock(self.lock_path, timeout=0)
        self._file: BinaryIO | None = None
        self.temporary: Path | None = None
        self._written = 0
        self._whole = 0  # where the last line written in full ends
        self._committed = False

    def __enter__(self) -> OutputFile:
        self._take_lock()
        try:
            self._file, self.temporary = self._create_temporary()
        except BaseException:
            self._lock.release()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if not self._committed:
                self._discard()
        finally:
            self._lock.release()

    def _take_lock(self) -> None:
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise OutputLockedError(
                f"{self.path}: another herseeds run is writing it (it holds the lock "
                f"{self.lock_path}); wait until that run ends, or write to another file"
            ) from None
        except OSError as error:
            raise self._cannot(f"create its lock file {self.lock_path}", error) from None

    def _create_temporary(self) -> tuple[BinaryIO, Path]:
        replaced = _stat_or_none(self.target)
        # A new output: 0o666 less the umask, as the kernel applies it. A replaced one:
        # private until its own mode is set below, before a byte is written.
        mode = 0o666 if replaced is None else 0o600
        for _ in range(100):
            # The 8 characters are a subset of those tempfile.mkstemp uses, which earlier
            # versions named their temporary files with: leftovers() finds both.
            name = self.directory / f".{self.target.name}.{secrets.token_hex(4)}"
            try:
                handle = os.open(name, _CREATE, mode)
            except FileExistsError:
                continue
            except OSError as error:
                raise self._cannot(f"create a file in {self.directory}", error) from None
            break
        else:  # pragma: no cover - 100 random names all taken
            raise WriteError(f"{self.path}: no free temporary file name in {self.directory}")
        if replaced is not None:
            _keep_mode_and_owner(handle, name, replaced)
        return os.fdopen(handle, "wb"), name

    def write(self, data: bytes) -> None:
        """Add *data* (whole records, each ending in a newline, as a rule)."""
        assert self._file is not None, "write() outside the with block"
        try:
            self._file.write(data)
        except OSError as error:
            raise self._cannot("be written", error) from None
        self._written += len(data)
        if data.endswith(b"\n"):
            self._whole = self._written

    def commit(self, *, whole_lines: bool = False) -> None:
        """Put the temporary file in place of the output; with *whole_lines*, after cutting
        off a last line whose writing was interrupted."""
        assert self._file is not None, "commit() outside the with block"
        assert self.temporary is not None
        try:
            self._file.flush()
            if whole_lines:
                self._file.truncate(self._whole)
            os.fsync(self._file.fileno())
            self._file.close()
            os.replace(self.temporary, self.target)
        except OSError as error:
            raise self._cannot("be written", error) from None
        self._committed = True
        _sync_folder(self.directory)

    def leftovers(self) -> list[Path]:
        """The temporary files that killed runs on this output left, newest first.

        Only meaningful inside the ``with`` block: the lock held, no live run can be
        writing them.
        """
        # tempfile.mkstemp's alphabet: a vim swap file (.NAME.swp) or the lock is not one.
        pattern = re.compile(rf"\.{re.escape(self.target.name)}\.[a-z0-9_]{{8}}")
        found = []
        for path in self.directory.iterdir():
            if pattern.fullmatch(path.name) and path != self.temporary:
                info = _stat_or_none(path, follow=False)
                if info is not None and stat.S_ISREG(info.st_mode):
                    found.append((-info.st_mtime, path.name, path))
        return [path for *_, path in sorted(found)]

    def _discard(self) -> None:
        # A close that fails (the disk full) or a folder made read-only meanwhile must not
        # hide the error that ended the run.
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
        if self.temporary is not None:
            with contextlib.suppress(OSError):
                self.temporary.unlink(missing_ok=True)

    def _cannot(self, what: str, error: OSError) -> WriteError:
        kept = "its earlier content is kept" if self.target.exists() else "nothing was written"
        return WriteError(f"{self.path}: cannot {what} ({error.strerror or error}); {kept}")


def _writable_target(path: Path) -> Path:
    """The regular file that writing *path* replaces: its target if it is a link."""
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        if not target.parent.is_dir():
            raise OutputPathError(f"{path}: the folder {target.parent} does not exist") from None
        return target  # a new file, or the target a dangling link names
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise OutputPathError(f"{path}: is a loop of symbolic links") from None
        raise WriteError(f"{path}: cannot be looked up ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise OutputPathError(f"{path}: is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise OutputPathError(
            f"{path}: is {_file_type(info.st_mode)}, not a regular file; the output must "
            "be a regular file"
        )
    return target


def _file_type(mode: int) -> str:
    for test, name in (
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISFIFO, "a pipe"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "a special file"  # pragma: no cover - doors, whiteouts


def _refuse_inputs(path: Path, target: Path, inputs: Iterable[Path]) -> None:
    """Refuse an output that is one of the run's pages (the same file, by any name)."""
    output = _stat_or_none(target)
    if output is None:
        return  # a page exists: a file that does not yet is none of them
    for page in inputs:
        info = _stat_or_none(page)
        if info is not None and os.path.samestat(info, output):
            also = "" if page == path else f" ({page})"
            raise OutputPathError(
                f"{path}: is one of the pages to clean{also}; writing the output there "
                "would destroy the page: choose another output file"
            )


def _stat_or_none(path: Path, *, follow: bool = True) -> os.stat_result | None:
    try:
        return os.stat(path, follow_symlinks=follow)
    except OSError:
        return None


def _keep_mode_and_owner(handle: int, name: Path, replaced: os.stat_result) -> None:
    if hasattr(os, "fchown"):
        # Only root may give a file away; otherwise it stays the writer's.
        with contextlib.suppress(OSError):
            os.fchown(handle, replaced.st_uid, replaced.st_gid)
    mode = stat.S_IMODE(replaced.st_mode)
    if hasattr(os, "fchmod"):
        os.fchmod(handle, mode)
    else:  # pragma: no cover - Windows before Python 3.13
        os.chmod(name, mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable: a crash right after it must not bring the old file back."""
    if os.name != "posix":  # pragma: no cover - folders cannot be opened on Windows
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - the folder is readable: the file was just made in it
        return
    try:
        os.fsync(handle)
    except OSError:  # pragma: no cover - some file systems cannot sync a folder
        pass
    finally:
        os.close(handle)
