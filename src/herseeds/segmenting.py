"""Lines to labels: which region of the page each line belongs to, and the rule that said so.

The segmenter sees each line twice: as the page gave it (indentation and list markers tell
nesting) and normalized (what the text says). It returns one :class:`LineDecision` per line.

Until the chrome, header and comment rules land, every non-blank line is ``article``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["LineDecision", "segment"]


@frozen
class LineDecision:
    """The label of one line, and the name of the rule or pattern that decided it."""

    label: str
    rule: str


_BLANK = LineDecision("blank", "blank line")
_ARTICLE = LineDecision("article", "default: prose")


def segment(raw_lines: Sequence[str], lines: Sequence[str]) -> list[LineDecision]:
    """Label every line of a page.

    *raw_lines* are the page's lines as read, *lines* the same lines normalized; both have
    the same length, and so has the result.

    >>> [d.label for d in segment(["Hello.", " ", "World."], ["Hello.", "", "World."])]
    ['article', 'blank', 'article']
    """
    if len(raw_lines) != len(lines):
        raise ValueError("raw_lines and lines must have the same length")
    return [_BLANK if not line else _ARTICLE for line in lines]
