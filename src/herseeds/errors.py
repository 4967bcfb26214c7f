"""The exceptions herseeds raises.

Every error is a :class:`HerseedsError`, so a corpus run can catch one type. Each subclass
is also the builtin exception it refines (``TypeError``, ``ValueError``, ``OSError``), so
code that already catches those keeps working. Messages say what was wrong and what to do.
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "ArchiveFormatError",
    "CleanTimeoutError",
    "ConfigError",
    "DocumentFormatError",
    "HerseedsError",
    "InputTooLargeError",
    "InputTypeError",
    "NotTextError",
    "OutputLockedError",
    "OutputPathError",
    "ReadError",
    "WriteError",
    "command_line_spelling",
    "setting",
    "spell_for_command_line",
    "spells_for_command_line",
]


class HerseedsError(Exception):
    """Root of every exception raised by herseeds."""


class InputTypeError(HerseedsError, TypeError):
    """An argument has the wrong type, such as ``bytes`` where ``str`` is expected."""


class InputTooLargeError(HerseedsError, ValueError):
    """A page is larger than :attr:`CleanConfig.max_bytes <herseeds.CleanConfig.max_bytes>`."""


class CleanTimeoutError(HerseedsError, TimeoutError):
    """Cleaning a page took longer than :attr:`CleanConfig.time_limit
    <herseeds.CleanConfig.time_limit>`."""


class ConfigError(HerseedsError, ValueError):
    """A :class:`~herseeds.CleanConfig` field has a value that cannot work."""


class ReadError(HerseedsError, OSError):
    """A file or directory could not be read (missing, a directory, no permission)."""


class NotTextError(HerseedsError, ValueError):
    """A file's bytes are not text in any encoding herseeds can detect (an image, an archive)."""


class ArchiveFormatError(HerseedsError, ValueError):
    """A WARC or WET file that is not one, or is broken or cut off: the records before the
    break are read, the rest is not."""


class DocumentFormatError(HerseedsError, ValueError):
    """A :class:`~herseeds.Document` (or a part of one) built, or read from a dict or JSON
    record, with fields that do not fit the model: a negative depth, an unknown label."""


class OutputPathError(HerseedsError, ValueError):
    """An output path that herseeds must not write: one of the run's input pages, a
    device, a pipe or another file that is not a regular file, a folder, a path in a
    folder that does not exist, a loop of symbolic links."""


class WriteError(HerseedsError, OSError):
    """The output could not be written (no permission, a read-only file system, the disk
    full); what the output held before the run is kept as it was."""


class OutputLockedError(HerseedsError, OSError):
    """Another run is writing the same output: one output is owned by one run at a time."""


# How a message names the setting that would help: the Python API's spelling by default,
# the command line's while the herseeds command runs (see command_line_spelling).
_COMMAND_LINE: Final[ContextVar[bool]] = ContextVar("herseeds_command_line", default=False)


def setting(name: str) -> str:
    """The :class:`~herseeds.CleanConfig` field *name* as an error message names it: its
    Python spelling, or the command line's option inside :func:`command_line_spelling`.

    >>> setting("max_bytes")
    'CleanConfig(max_bytes=...)'
    >>> with command_line_spelling():
    ...     setting("max_bytes")
    '--max-bytes'
    """
    if _COMMAND_LINE.get():
        return "--" + name.replace("_", "-")
    return f"CleanConfig({name}=...)"


@contextlib.contextmanager
def command_line_spelling(enabled: bool = True) -> Iterator[None]:
    """Within this block (in this thread or task), messages name settings as options of
    the ``herseeds`` command (``--max-bytes``) rather than as ``CleanConfig`` fields."""
    token = _COMMAND_LINE.set(enabled)
    try:
        yield
    finally:
        _COMMAND_LINE.reset(token)


def spells_for_command_line() -> bool:
    """Whether messages name settings as command-line options here: a corpus run passes
    it on to its worker processes, which start with the default."""
    return _COMMAND_LINE.get()


def spell_for_command_line(enabled: bool) -> None:
    """From now on in this context, name settings as command-line options (*enabled*) or
    as ``CleanConfig`` fields: how a worker process takes on its parent's spelling."""
    _COMMAND_LINE.set(enabled)
