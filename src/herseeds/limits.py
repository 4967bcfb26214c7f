"""The limits of :class:`~herseeds.CleanConfig` on one page: its size and its time."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from herseeds.errors import CleanTimeoutError, InputTooLargeError, setting

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["check_size", "deadline"]


def check_size(text: str, max_bytes: int | None, source: str | None) -> None:
    """Refuse *text* larger than *max_bytes* (as UTF-8) with :class:`InputTooLargeError`."""
    # A character is one to four bytes: only a text that may be too large is encoded.
    if max_bytes is None or len(text) * 4 <= max_bytes:
        return
    size = len(text) if len(text) > max_bytes else len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputTooLargeError(
            f"{source or 'the page'}: {size} bytes or more, more than the limit of {max_bytes}; "
            f"raise it ({setting('max_bytes')}) or split the page"
        )


def deadline(limit: float | None, source: str | None) -> Callable[[], None]:
    """A check to call between steps; it raises once *limit* seconds have gone by."""
    if limit is None:
        return _no_check
    stop = time.monotonic() + limit

    def check() -> None:
        if time.monotonic() > stop:
            raise CleanTimeoutError(
                f"{source or 'the page'}: cleaning took more than the limit of {limit} s; "
                f"raise it ({setting('time_limit')}), or skip the page"
            )

    return check


def _no_check() -> None:
    pass
