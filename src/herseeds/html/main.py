"""Which rendered lines are the page's main content, as trafilatura's text gives it.

trafilatura returns the main content as text, not as the page's own elements, and its
text is cut differently from a rendering: it keeps the line breaks of the page's source,
puts the inline elements of a table cell on lines of their own, and glues the blocks of a
list item together (``4.0" KingSpecial Price``). Lines are therefore found in it by their
*letters*: a line's key is its word characters, case folded, without the spaces and
punctuation between them, and the main content is one such key.

- a line whose key has :data:`ANCHOR_LETTERS` letters or more is in the main content when
  its key is there (the first place after where the line before it was found, else any).
  Long lines are placed first (:data:`TIERS`): a heading left out of the main content
  must not take the place of the paragraph that starts with the same words;
- a shorter line ("17 hours ago", "Reply", a price) is in it only where it continues the
  main content: its key starts within :data:`SLACK` letters after where the line before it
  ended there, or ends within :data:`SLACK` letters before where the line after it starts.
  "Search" in a menu is a word of many articles; a menu item does not stand where the
  article's text goes on;
- a stretch of the main content is found for one line only: a page that prints a
  paragraph twice (for phones and for screens) has it once in the main content;
- a short line that stands on its own is in it when it is a whole line of the main text;
- a line with no letters (``|``, ``•``) is in it when it is a line of the main text and
  the line before it is in it.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from typing import TYPE_CHECKING, Final

import regex

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["ANCHOR_LETTERS", "SLACK", "TIERS", "MainText", "letters"]

ANCHOR_LETTERS: Final = 16
"""A line with this many letters or more is found in the main content wherever it stands."""
TIERS: Final = (256, 128, 64, 32, ANCHOR_LETTERS)
"""The lengths of key from which lines are placed, longest first."""
SLACK: Final = 40
"""Letters of the main content a short line may skip to join the line before or after it
(an image's alt text, a label the rendering left out)."""

# What is not part of a key: anything but word characters (spaces, punctuation, symbols,
# and control and format characters: trafilatura drops those, so a double-encoded
# `youâ\x80\x99re` is `youâre` there, and a soft hyphen splits no word).
_NOT_LETTER: Final = regex.compile(r"[\W_]++")


def letters(text: str) -> str:
    """*text*'s key: its word characters, case folded, in a row.

    >>> letters("Jobs at YC (signoz.io) — 日本語, you\\u00ad\\x80re")
    'jobsatycsignozio日本語youre'
    """
    return _NOT_LETTER.sub("", text.casefold())


class MainText:
    """The main content's key, to find the rendered lines' keys in.

    Lines and text are compared as they come, before normalization: a rendered line is
    repaired (mojibake) where trafilatura's copy of it cannot be any more.
    """

    __slots__ = ("_claimed", "_key", "_lines")

    def __init__(self, text: str) -> None:
        self._key = letters(text)
        lines: set[str] = set()
        for written in text.split("\n"):
            # trafilatura writes a list item `- item` and a table row `| a | b |`.
            line = written.strip().removeprefix("- ")
            if line.startswith("|"):
                lines.update(cell.strip() for cell in line.strip("| ").split(" | "))
            lines.add(line)
        self._lines = frozenset(lines)
        self._claimed: list[tuple[int, int]] = []  # the stretches found, sorted

    def flags(self, lines: Sequence[str]) -> list[bool]:
        """For each of *lines* (rendered, list markers taken off, in page order), whether
        it is a line of the main content."""
        self._claimed.clear()
        keys = [letters(line) for line in lines]
        found: list[tuple[int, int] | None] = [None] * len(lines)  # (start, end) in the key
        for tier in TIERS:
            last_end = 0  # where the last line found before this one ends
            for index, key in enumerate(keys):
                span = found[index]
                if span is None and len(key) >= tier:
                    span = self._find(key, last_end, None) or self._find(key, 0, None)
                    found[index] = span
                if span is not None:
                    last_end = span[1]
        self._join_short_lines(keys, found)
        for index, key in enumerate(keys):
            # A short line that is a whole line of the main content, where no long line
            # is found near it (a page of one word, a list of names).
            if found[index] is None and key and lines[index].strip() in self._lines:
                found[index] = self._find(key, 0, None)
        flags = [span is not None for span in found]
        for index, key in enumerate(keys):
            if not key and lines[index].strip():
                flags[index] = (
                    index > 0 and flags[index - 1] and lines[index].strip() in self._lines
                )
        return flags

    def _join_short_lines(self, keys: Sequence[str], found: list[tuple[int, int] | None]) -> None:
        """Find the short lines that continue a found line, forwards and then backwards,
        until no line is added (a run of short lines grows from its found neighbours)."""
        order = list(range(len(keys)))
        changed = True
        while changed:  # forwards, then backwards, as long as lines are added
            changed = False
            for index in (*order, *reversed(order)):
                key = keys[index]
                if found[index] is not None or not key:
                    continue
                before = _neighbour(found, keys, index, -1)
                after = _neighbour(found, keys, index, 1)
                span = None
                if before is not None:
                    span = self._find(key, before[1], before[1] + SLACK)
                if span is None and after is not None:
                    lowest = max(0, after[0] - SLACK - len(key))
                    span = self._find(key, lowest, after[0] - len(key))
                if span is not None:
                    found[index] = span
                    changed = True

    def _find(self, key: str, lowest: int, highest: int | None) -> tuple[int, int] | None:
        """The first place of *key* in the main content, not found for another line yet,
        starting between *lowest* and *highest* (inclusive; ``None``: anywhere after)."""
        end = len(self._key) if highest is None else min(len(self._key), highest + len(key))
        start = self._key.find(key, lowest, end)
        for _ in range(_CLAIMED_SKIPS):  # a page repeating a line thousands of times costs
            if start == -1:  # no more than this many looks per line
                return None
            # A stretch is one line's: the page's second copy of a paragraph (a carousel,
            # a mobile and a desktop version) is not trafilatura's paragraph once more.
            span = (start, start + len(key))
            if not self._overlaps(span):
                insort(self._claimed, span)
                return span
            start = self._key.find(key, start + 1, end)
        return None

    def _overlaps(self, span: tuple[int, int]) -> bool:
        at = bisect_right(self._claimed, span)
        before = self._claimed[at - 1] if at > 0 else None
        after = self._claimed[at] if at < len(self._claimed) else None
        return (before is not None and before[1] > span[0]) or (
            after is not None and after[0] < span[1]
        )


_CLAIMED_SKIPS: Final = 200


def _neighbour(
    found: Sequence[tuple[int, int] | None], keys: Sequence[str], index: int, step: int
) -> tuple[int, int] | None:
    """The place of the nearest line with letters before (*step* -1) or after (+1)
    *index*, if that line was found."""
    index += step
    while 0 <= index < len(found):
        if keys[index]:
            return found[index]
        index += step
    return None
