"""The state the passes share: a page's lines and the decisions taken so far.

A :class:`Page` holds each line twice, as read (indentation and list markers tell nesting)
and normalized (what the text says), the list marker of each, one decision slot per line
(``None`` while no pass has decided it), and where the comment thread starts and ends.
Passes read it through the helpers here and decide lines with :meth:`Page.decide`; the
few that may take a decided line back say so in their entry of
:data:`herseeds.segmenting.PASSES`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from herseeds.comments import split_marker
from herseeds.decisions import BLANK, LineDecision, Rule
from herseeds.languages import words
from herseeds.model import CHROME_PREFIX

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from herseeds.model import PageShape

__all__ = [
    "SENTENCE_END",
    "Page",
    "is_title_case",
    "word_count",
    "wrapped",
]

SENTENCE_END: Final = regex.compile(r"[.!?…:;,][”\"’')\]]*$")
"""A line that ends like a sentence (or a clause), closing quotes and brackets allowed."""

_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
_SMALL_WORDS: Final = frozenset(words("small_words"))


def word_count(text: str) -> int:
    """Words in a normalized line, counted by its spaces: cheap, and exact enough for bounds."""
    return text.count(" ") + 1 if text else 0


def is_title_case(text: str) -> bool:
    """Whether most words of *text* but the small ones start with a capital or a digit."""
    words = [word for word in _WORD.findall(text) if word.casefold() not in _SMALL_WORDS]
    if not words:
        return False
    capitalized = sum(1 for word in words if word[0].isupper() or word[0].isdigit())
    return capitalized >= 0.75 * len(words)


def wrapped(lines: Iterable[str]) -> bool:
    """Whether adjacent lines read as one paragraph wrapped by the renderer.

    A wrapped paragraph goes on mid-sentence, so some line after the first begins with a
    lower-case word; the titles of a link list each begin with a capital or a digit.
    """
    return any(line[:1].islower() for line in list(lines)[1:])


_BLANK: Final = LineDecision("blank", BLANK)


class Page:
    """The lines of one page and the decisions taken so far (``None``: not decided yet)."""

    def __init__(self, raw_lines: Sequence[str], lines: Sequence[str]) -> None:
        self.raw_lines = raw_lines
        self.lines = lines
        self.markers = [split_marker(raw) for raw in raw_lines]
        self.decisions: list[LineDecision | None] = [None if line else _BLANK for line in lines]
        self.comments_start = len(lines)
        """Where the comment thread starts: the end of the page while none is found."""
        self.comments_end = len(lines)
        """Where it ends: lines after a thread (teasers, a footer) are read as the page."""
        self.shape: PageShape = "auto"
        """What the page is said to be: a whole page, a main region (an HTML page, whose
        furniture its markup tells), or ``auto`` (told by its shape)."""
        self.whole: bool | None = None
        """Whether it is one (:func:`herseeds.segmenting.scorer.is_whole`), once known."""
        self.line_features: list[list[float]] | None = None
        """The line scorer's features of each line, worked out once when a pass asks."""
        self.words: tuple[list[list[str]], str] | None = None
        """The words of each line (case folded) and the page's language, worked out once
        when the line scorer asks (:func:`herseeds.segmenting.scorer.line_words`)."""
        self.openings: list[int] | None = None
        """The lines that open comments wherever they stand (a thread with no header),
        found once when a thread pass asks: a later pass only decides more lines."""
        self._long_lines: list[int] | None = None
        self.title_stated = False
        """Whether the page states its title where no line says it (an HTML page's
        metadata): then no line is the title for its shape, and none the dek under it."""

    def decide(self, index: int, decision: LineDecision) -> None:
        self.decisions[index] = decision

    def open(self, index: int) -> bool:
        """Whether line *index* is non-blank and still undecided."""
        return self.decisions[index] is None

    def has_thread(self) -> bool:
        return self.comments_start < len(self.lines)

    def next_content(self, index: int, stop: int | None = None) -> int | None:
        """The first non-blank line after *index* (and before *stop*), or ``None``."""
        for following in range(index + 1, len(self.lines) if stop is None else stop):
            if self.lines[following]:
                return following
        return None

    def previous_content(self, index: int) -> int | None:
        """The last non-blank line before *index*, or ``None``."""
        for earlier in range(index - 1, -1, -1):
            if self.lines[earlier]:
                return earlier
        return None

    def is_chrome(self, index: int) -> bool:
        decision = self.decisions[index]
        return decision is not None and decision.label.startswith(CHROME_PREFIX)

    def kind(self, index: int) -> str | None:
        """The chrome kind line *index* was given, or ``None``."""
        decision = self.decisions[index]
        if decision is None or not decision.label.startswith(CHROME_PREFIX):
            return None
        return decision.label.removeprefix(CHROME_PREFIX)

    def rule(self, index: int) -> Rule | None:
        decision = self.decisions[index]
        return None if decision is None else decision.rule

    def prose_bounds(self) -> tuple[int, int]:
        """The first and last long paragraph before the comments (or the ends of the page)."""
        if self._long_lines is None:  # the lines do not change; their decisions do
            self._long_lines = [i for i, line in enumerate(self.lines) if word_count(line) >= 40]
        long_paragraphs = [
            i for i in self._long_lines if i < self.comments_start and self.decisions[i] is None
        ]
        if not long_paragraphs:
            return self.comments_start, -1
        return long_paragraphs[0], long_paragraphs[-1]

    def take_back(self, indices: Iterable[int]) -> dict[int, LineDecision]:
        """Reopen the lines at *indices* for a pass that may claim them; return what they were."""
        taken: dict[int, LineDecision] = {}
        for i in indices:
            decision = self.decisions[i]
            if decision is not None:
                taken[i] = decision
                self.decisions[i] = None
        return taken

    def give_back(self, taken: dict[int, LineDecision]) -> None:
        """Restore the decisions of the lines :meth:`take_back` reopened that the pass did
        not claim."""
        for i, decision in taken.items():
            if self.open(i):
                self.decisions[i] = decision
