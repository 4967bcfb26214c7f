"""The exceptions herseeds raises.

Every error is a :class:`HerseedsError`, so a corpus run can catch one type. Each subclass
is also the builtin exception it refines (``TypeError``, ``ValueError``, ``OSError``), so
code that already catches those keeps working. Messages say what was wrong and what to do.
"""

from __future__ import annotations

__all__ = [
    "CleanTimeoutError",
    "ConfigError",
    "DocumentFormatError",
    "HerseedsError",
    "InputTooLargeError",
    "InputTypeError",
    "NotTextError",
    "ReadError",
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


class DocumentFormatError(HerseedsError, ValueError):
    """A :class:`~herseeds.Document` (or a part of one) built, or read from a dict or JSON
    record, with fields that do not fit the model: a negative depth, an unknown label."""
