"""Paragraphs a text browser hard-wrapped: which article lines go on from the line above.

``lynx -dump``, ``w3m -dump`` at its default width, mail archives and many WET records
fold every paragraph at a fixed width: one paragraph of the article becomes several lines
with no blank line between them. Such a dump shows its width: many of its long lines end
just short of it. A line goes on from the one above when the one above is *full*, that is
the first word of this line would not have fitted on it, it starts no list item, and
its text starts where the text above does.

Such lines are joined back before the passes run (:func:`unwrap`), so that every rule
reads a paragraph as one line, as in a dump that was not folded; each line that goes on
from the line above then takes the label of its paragraph, by :data:`WRAPPED`, with the
width as its facts (:class:`~herseeds.decisions.WrapFacts`), and the document joins it
to the paragraph with a space: the words themselves are never changed.

A dump that does not wrap (``w3m -cols 10000``, a browser's copy) has no such width, and
nothing here changes it.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Final

from attrs import frozen

from herseeds.comments import split_marker, strip_marker
from herseeds.decisions import LineDecision, Rule, WrapFacts
from herseeds.patterns import BYLINE_PATTERNS, CHROME_PATTERNS

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["WRAPPED", "Unwrapped", "unwrap", "wrap_width"]

WRAPPED: Final = Rule(
    "paragraph.wrapped",
    "A line that goes on from the line above: the renderer folded one paragraph (or "
    "heading, item, comment) at the page's width, so it has the label of its paragraph.",
)

# A wrapped dump has at least this many lines this long, and this share of them end within
# _SLACK columns of its width.
_LONG_LINE: Final = 40
_LEAST_LONG_LINES: Final = 6
_FULL_SHARE: Final = 0.5
_WITHIN_WIDTH: Final = 0.9
_FULL_LENGTHS: Final = 3
_LEAST_FOLDS: Final = 3
_SLACK: Final = 15
# A dash may open a folded line (`– which, however, …`): renderers mark list items with
# numbers and bullets, and a dash after a full line goes on with its sentence.
_DASHES: Final = frozenset({None, "-", "–"})
_COLUMN_GAP: Final = "   "
_SENTENCE_ENDS: Final = frozenset('.!?…"”’»)')
# Widths text browsers and mailers fold at (80 columns, 72, 100 ...), up to a printer's
# 132; wider lines are no fold, and narrower ones a list of headlines of like lengths.
_NARROWEST_FOLD: Final = 56
_WIDEST_FOLD: Final = 132


def wrap_width(raw_lines: Sequence[str]) -> int | None:
    """The width a dump was folded at, or ``None`` when it was not folded.

    >>> lines = ["word " * 15 + "end" + "s" * n for n in range(6)] + ["A short last line."]
    >>> wrap_width(lines)  # where nine long lines in ten end
    82
    >>> wrap_width(["A paragraph of any length, as one line. " * k for k in range(1, 9)])
    """
    # Table rows are as long as each other too: their columns are runs of spaces apart.
    lengths = [len(raw.rstrip()) for raw in raw_lines if not _columns(raw)]
    long = sorted(length for length in lengths if length >= _LONG_LINE)
    if len(long) < _LEAST_LONG_LINES:
        return None
    # A few lines may run past the width (a long address no fold can break): the width is
    # where nine long lines in ten end.
    width = long[int(_WITHIN_WIDTH * (len(long) - 1))]
    if not _NARROWEST_FOLD <= width <= _WIDEST_FOLD:
        return None
    # Folded lines end where the next word would not fit: many within a few columns of
    # the width. Lines of any length (a dump that does not fold) spread out instead.
    within = [length for length in long if length <= width]
    full = [length for length in within if length >= width - _SLACK]
    # ... and at many lengths: lines of one length are a list of like items, not a fold.
    if len(set(full)) < _FULL_LENGTHS or len(full) < _FULL_SHARE * len(within):
        return None
    # A fold goes on from full lines: text follows many of them on the next line.
    followed = sum(
        1
        for above, line in pairwise(raw_lines)
        if line.strip() and width - _SLACK <= len(above.rstrip()) <= width
    )
    return width if followed >= _LEAST_FOLDS else None


@frozen
class Unwrapped:
    """A folded page's lines joined back into the lines the renderer was given: one per
    paragraph, heading or item, as an unfolded dump has them."""

    width: int
    """The width the page was folded at."""
    raw_lines: list[str]
    """Each joined line as read: its first line, then the others without their indent."""
    lines: list[str]
    """The same, normalized: the normalized lines joined with a space."""
    first: list[int]
    """For each joined line, the index of its first line in the page."""

    def expand(self, decisions: Sequence[LineDecision], size: int) -> list[LineDecision]:
        """The decisions of the joined lines as decisions of the page's *size* lines: a
        joined line's first line takes its decision, the lines that go on from it the
        same label, by :data:`WRAPPED`."""
        expanded: list[LineDecision] = []
        bounds = [*self.first, size]
        for position, decision in enumerate(decisions):
            expanded.append(decision)
            goes_on = LineDecision(decision.label, WRAPPED, (WrapFacts(self.width),))
            expanded.extend(goes_on for _ in range(bounds[position] + 1, bounds[position + 1]))
        return expanded


def unwrap(raw_lines: Sequence[str], lines: Sequence[str]) -> Unwrapped | None:
    """The page's lines joined back where a renderer folded them (see the module), or
    ``None`` when it was not folded, or nothing goes on from a line above.

    >>> page = ["A paragraph folded at", "twenty-two columns.", "", "  • An item"]
    >>> joined = unwrap(page * 2, [line.strip() for line in page] * 2)
    >>> joined is None
    True
    """
    width = wrap_width(raw_lines)
    if width is None:
        return None
    raw_joined: list[str] = []
    joined: list[str] = []
    first: list[int] = []
    for index, (raw, line) in enumerate(zip(raw_lines, lines, strict=True)):
        if first and _goes_on(raw_lines[index - 1], lines[index - 1], raw, line, width):
            raw_joined[-1] = f"{raw_joined[-1].rstrip()} {raw.strip()}"
            joined[-1] = f"{joined[-1]} {line}"
            continue
        raw_joined.append(raw)
        joined.append(line)
        first.append(index)
    if len(first) == len(lines):
        return None
    return Unwrapped(width, raw_joined, joined, first)


def _goes_on(raw_above: str, above: str, raw: str, line: str, width: int) -> bool:
    """Whether *line* goes on from the line *above* it: neither is blank, it starts no
    list item (a dash may go on), its text starts where the text above does, its first
    word would not have fitted on the line above, and it is no line of chrome or byline
    by itself."""
    if not (line and above) or split_marker(raw)[1] not in _DASHES:
        return False
    if _columns(raw) or _columns(raw_above):
        return False  # a table's rows
    if _indent(raw) != _text_indent(raw_above):
        return False
    # A no-break space joins words on a line as the renderer folds it: split at spaces only.
    first_word = raw.strip(" \t").split(" ", 1)[0]
    if len(raw_above.rstrip()) + 1 + len(first_word) <= width:
        return False
    if line.startswith(above.rstrip(".!?…:;, ")):
        return False  # an image's alt text, then its caption that repeats it
    # A block may end near the width by chance: after a sentence's end, a line that is
    # chrome by itself (`Courtesy of Jane Doe`) is a block of its own, and so is a byline
    # (`By Jane Doe`) after anything (a headline ends with no full stop). Mid-sentence,
    # `wrote.` or `by Jane Doe.` goes on with it.
    if above[-1] in _SENTENCE_ENDS:
        chrome = CHROME_PATTERNS.match(line)
        if chrome is not None and chrome[0].kind != "separator":  # an emoji may go on
            return False
    return not (line[0].isupper() and BYLINE_PATTERNS.match(line) is not None)


def _columns(raw: str) -> bool:
    """Whether *raw* is a row of a table, its cells runs of spaces apart."""
    return _COLUMN_GAP in raw.strip()


def _text_indent(raw: str) -> int:
    """The column the text of *raw* starts at, past its list marker (a wrapped item goes
    on under its text, not under its marker)."""
    if split_marker(raw)[1] in _DASHES:
        return _indent(raw)  # no marker, or a dash that went on with a sentence
    return len(raw) - len(strip_marker(raw.lstrip(" \t\u00a0")).lstrip())


def _indent(raw: str) -> int:
    """The columns of spaces and tabs *raw* starts with (a no-break space is text: a page
    may open a paragraph with one)."""
    return len(raw) - len(raw.lstrip(" \t"))
