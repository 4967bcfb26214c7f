"""A learned line scorer for whole-page dumps: how likely each line is the page's content.

A whole-page dump (a text browser's ``-dump`` of a page, a crawler's WET record) holds the
article between menus, sidebars of link titles, form controls and footers. What tells them
apart in plain text is a line's shape and its neighbours': length, sentence punctuation,
the share of the page language's stop words, runs of short lines, where the line stands
against the page's densest run of prose. :class:`LineScorer` weighs those features
(:func:`features`, :data:`FEATURES`) with a logistic regression trained on the WCXB
development dumps by ``scripts/train_line_scorer.py``; its weights ship in the wheel
(``herseeds/segmenting/line_scorer.json``), and scoring is a dot product: deterministic,
in pure Python.

The language is told per page by its stop words (jusText's stop lists, one per language),
so that the stop-word share means the same in every language.
"""

from __future__ import annotations

import bisect
import json
import math
import operator
import re
from collections import Counter
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Final

import justext
import regex
from attrs import frozen

from herseeds.decisions import Rule, ScoreFacts, chrome
from herseeds.patterns import BYLINE_PATTERNS
from herseeds.segmenting.page import is_title_case

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from herseeds.segmenting.page import Page

__all__ = [
    "FEATURES",
    "LANGUAGES",
    "LINE_SCORER",
    "MODEL_TITLE",
    "TITLE_FEATURES",
    "LineScorer",
    "features",
    "find_boilerplate",
    "is_whole",
    "page_features",
    "page_language",
    "scorer",
    "title_features",
    "whole_page_title",
]

LANGUAGES: Final = (
    "English",
    "German",
    "French",
    "Spanish",
    "Italian",
    "Portuguese",
    "Dutch",
    "Polish",
    "Czech",
    "Slovak",
    "Swedish",
    "Danish",
    "Norwegian_Bokmal",
    "Finnish",
    "Hungarian",
    "Romanian",
    "Catalan",
    "Croatian",
    "Slovenian",
    "Greek",
    "Russian",
    "Ukrainian",
    "Turkish",
    "Indonesian",
)
"""The languages whose stop lists (jusText's) tell a page's language."""

FEATURES: Final = (
    "bias",
    "log_words",
    "log_chars",
    "ends_sentence",
    "stopword_share",
    "capitalized_share",
    "digit_share",
    "symbol_share",
    "list_item",
    "indented",
    "has_bar",
    "form_control",
    "copyright",
    "all_caps",
    "repeated",
    "position",
    "short_run",
    "context_words",
    "context_stopwords",
    "in_dense_region",
    "region_distance",
    "long_prose",
    "log_block_words",
    "block_words_per_line",
    "before_region",
    "lines_to_region",
    "texts_to_region",
    "alone_in_block",
)
"""The features of a line, in the order of the model's weights."""

TITLE_FEATURES: Final = (
    "bias",
    "log_words",
    "two_words_or_fewer",
    "three_to_fifteen_words",
    "over_twenty_words",
    "ends_clause",
    "ends_question",
    "symbol_share",
    "digit_share",
    "capitalized_share",
    "stopword_share",
    "list_item",
    "indented",
    "has_bar",
    "all_caps",
    "form_control",
    "texts_to_region",
    "last_before_region",
    "open_to_region",
    "in_region",
    "into_region",
    "lines_to_region",
    "date_near",
    "byline_near",
    "chrome_after",
    "prose_next",
    "after_decided",
    "repeated",
    "prefix_of_other",
    "alone_in_block",
    "body_overlap",
    "content_score",
    "short_run",
    "position",
    "candidates_after",
    "lower_start",
    "bracket_start",
    "gap_to_prose",
    "prose_right_after",
    "prose_ahead",
    "prose_words_ahead",
    "prose_words_behind",
    "prose_before",
    "open_to_prose",
    "overlap_ahead",
    "words_against_neighbours",
    "last_before_prose",
    "breadcrumb",
    "title_case",
    "repeated_near",
    "headings_before",
    "label_of_next",
    "breadcrumb_end",
)
"""The features of a title candidate (:func:`title_features`), in the order of the title
model's weights: its shape, where it stands against the page's body and against the next
paragraphs of prose, what stands right after it (a date, a byline), whether other lines
repeat it, and how many of its words the prose after it uses."""

_WORDS_FOR_LANGUAGE: Final = 3000
_SHORT_WORDS: Final = 5
_PROSE_WORDS: Final = 6
_SHORT_COST: Final = 3.0
_CONTEXT: Final = 2
_WHOLE_PAGE_LINES: Final = 20
_OPEN_BEFORE_BODY: Final = 8
_SHORT_LOG_WORDS: Final = math.log1p(_SHORT_WORDS)
_SENTENCE_END: Final = frozenset('.!?…:;"”’)»')
_LIST_MARKER: Final = regex.compile(r"[ \t\u00a0]*+(?:[•◦▪■□*+\-–·]|\d{1,3}[.)]|[a-z][.)])[ \t]")
_FORM_CONTROL: Final = regex.compile(r"\[[ _]{2,}\]|\[[A-Z][^\]]{0,30}\]|\([ *]\)")
# Words, and each Han, Hiragana or Katakana character on its own (those scripts put no
# spaces between words).
_WORD: Final = regex.compile(
    r"(?V1)[\p{Han}\p{Hiragana}\p{Katakana}]|[\w--[\p{Han}\p{Hiragana}\p{Katakana}]]++"
)

_ASCII_WORD: Final = re.compile(r"\w+", re.ASCII)
_FIRST: Final = operator.itemgetter(0)


@cache
def _stoplists() -> dict[str, frozenset[str]]:
    return {language: frozenset(justext.get_stoplist(language)) for language in LANGUAGES}


def page_language(words: Sequence[str]) -> str:
    """The language of :data:`LANGUAGES` whose stop words the page's *words* (case folded)
    hold most; English when none.

    >>> page_language("der film ist nicht so gut wie das buch".split())
    'German'
    """
    counts = dict.fromkeys(LANGUAGES, 0)
    languages_of = _languages_of_stop_words()
    for word, count in Counter(words[:_WORDS_FOR_LANGUAGE]).items():
        for language in languages_of.get(word, ()):
            counts[language] += count
    best = max(counts, key=lambda language: counts[language])  # the first of a tie
    return best if counts[best] else "English"


@cache
def _languages_of_stop_words() -> dict[str, tuple[str, ...]]:
    """The languages of :data:`LANGUAGES` whose stop lists hold each word: a page's words
    are looked up once each, not once per language."""
    languages: dict[str, list[str]] = {}
    for language, stoplist in _stoplists().items():
        for word in stoplist:
            languages.setdefault(word, []).append(language)
    return {word: tuple(found) for word, found in languages.items()}


def _dense_region(word_counts: Sequence[int], prose: Sequence[bool]) -> tuple[int, int]:
    """The run of lines where prose outweighs short lines most (the article's body): prose
    lines count their words, other lines a fixed cost, blank lines nothing."""
    best, best_start, best_end = 0.0, 0, -1
    current, start = 0.0, 0
    for index, (count, is_prose) in enumerate(zip(word_counts, prose, strict=True)):
        score = float(count) if is_prose else (-_SHORT_COST if count else 0.0)
        if current <= 0:
            current, start = 0.0, index
        current += score
        if current > best:
            best, best_start, best_end = current, start, index
    return best_start, best_end


def features(
    lines: Sequence[str],
    raw_lines: Sequence[str],
    known: tuple[list[list[str]], str] | None = None,
) -> list[list[float]]:
    """The features (:data:`FEATURES`) of every line of a page: *lines* normalized,
    *raw_lines* as read (their indentation and list markers); *known*, the words of each
    line and the page's language, when they are known already (:func:`line_words`)."""
    tokens, language = known if known is not None else _words_and_language(lines)
    stoplist = _stoplists()[language]
    counts = [len(words) for words in tokens]
    stop_shares = [
        sum(map(stoplist.__contains__, words)) / len(words) if words else 0.0 for words in tokens
    ]
    blocks = _blocks(counts)
    prose = _prose(lines, counts, blocks)
    start, end = _dense_region(counts, prose)
    seen: dict[str, int] = {}
    for line in lines:
        if line:
            seen[line] = seen.get(line, 0) + 1
    runs = _short_runs(counts)
    # For each line before the body, how many lines with words stand between it and the
    # body (0: the last one before it, where a headline stands).
    texts_before = [0] * len(lines)
    between = 0
    for index in range(start - 1, -1, -1):
        if counts[index]:
            texts_before[index] = between
            between += 1
    total = max(1, len(lines))
    log_counts = [math.log1p(count) for count in counts]
    rows: list[list[float]] = []
    for index, line in enumerate(lines):
        words = line.split()
        if not words:  # a blank line: no features
            rows.append([0.0] * len(FEATURES))
            continue
        chars = len(line)
        digits, alnums, spaces = _character_classes(line)
        block_words, block_lines = blocks[index]
        window = [
            other
            for other in range(max(0, index - _CONTEXT), min(len(lines), index + _CONTEXT + 1))
            if other != index and counts[other]
        ]
        distance = 0 if start <= index <= end else min(abs(index - start), abs(index - end))
        raw = raw_lines[index]
        rows.append(
            [
                1.0,
                log_counts[index],
                math.log1p(chars),
                float(line[-1] in _SENTENCE_END),
                stop_shares[index],
                sum(map(str.isupper, map(_FIRST, words))) / len(words),
                digits / chars,
                (chars - alnums - spaces) / chars,
                float(_LIST_MARKER.match(raw) is not None),
                float(raw[:1] in " \t\u00a0"),
                float(" | " in line or line.count("|") >= 2),
                float(("[" in line or "(" in line) and _FORM_CONTROL.search(line) is not None),
                float("©" in line or "(c)" in line.casefold()),
                float(line.isupper()),
                float(seen[line] > 1),
                index / total,
                math.log1p(runs[index]),
                sum(log_counts[other] for other in window) / max(1, len(window)),
                sum(stop_shares[other] for other in window) / max(1, len(window)),
                float(start <= index <= end),
                math.log1p(distance),
                float(prose[index]),
                math.log1p(block_words),
                block_words / block_lines,
                float(index < start),
                math.log1p(start - index) if index < start else 0.0,
                math.log1p(texts_before[index]) if index < start else 0.0,
                float(block_lines == 1),
            ]
        )
    return rows


def _character_classes(line: str) -> tuple[int, int, int]:
    """The digits, letters or digits, and spaces of *line*, as ``str.isdigit``,
    ``str.isalnum`` and ``str.isspace`` count them: an ASCII line's with C loops over its
    bytes (most lines), another's character by character."""
    if line.isascii():
        data = line.encode("ascii")
        return (
            len(data.translate(None, _ASCII_NOT_DIGIT)),
            len(data.translate(None, _ASCII_NOT_ALNUM)),
            len(data.translate(None, _ASCII_NOT_SPACE)),
        )
    return sum(map(str.isdigit, line)), sum(map(str.isalnum, line)), sum(map(str.isspace, line))


def _ascii_not(test: Callable[[str], bool]) -> bytes:
    return bytes(code for code in range(128) if not test(chr(code)))


_ASCII_NOT_DIGIT: Final = _ascii_not(str.isdigit)
_ASCII_NOT_ALNUM: Final = _ascii_not(str.isalnum)
_ASCII_NOT_SPACE: Final = _ascii_not(str.isspace)


def _prose(
    lines: Sequence[str], counts: Sequence[int], blocks: Sequence[tuple[int, int]]
) -> list[bool]:
    """Whether each line is part of a block of prose: lines of :data:`_PROSE_WORDS` words
    on average, ending a sentence or long (a paragraph hard-wrapped over several lines is
    prose as much as one on a single line)."""
    prose = [False] * len(lines)
    index = 0
    while index < len(lines):
        if not counts[index]:
            index += 1
            continue
        words, size = blocks[index]
        last = index + size - 1
        is_prose = words >= _PROSE_WORDS * size and (
            lines[last][-1:] in _SENTENCE_END or words >= 4 * _PROSE_WORDS
        )
        for member in range(index, index + size):
            prose[member] = is_prose
        index += size
    return prose


def _blocks(counts: Sequence[int]) -> list[tuple[int, int]]:
    """For each line, the words and the lines of its block (the run of non-blank lines it
    stands in: a paragraph, hard-wrapped or not, or a menu)."""
    blocks = [(0, 1)] * len(counts)
    index = 0
    while index < len(counts):
        if not counts[index]:
            index += 1
            continue
        end = index
        while end < len(counts) and counts[end]:
            end += 1
        block = (sum(counts[index:end]), end - index)
        for member in range(index, end):
            blocks[member] = block
        index = end
    return blocks


def _short_runs(counts: Sequence[int]) -> list[int]:
    """For each line, the length of the run of short non-blank lines it stands in (0 for
    a long line); blank lines do not break a run."""
    runs = [0] * len(counts)
    index = 0
    while index < len(counts):
        if not counts[index] or counts[index] > _SHORT_WORDS:
            index += 1
            continue
        members = []
        scan = index
        while scan < len(counts) and (not counts[scan] or counts[scan] <= _SHORT_WORDS):
            if counts[scan]:
                members.append(scan)
            scan += 1
        for member in members:
            runs[member] = len(members)
        index = scan
    return runs


@frozen
class LineScorer:
    """Two logistic regressions over :data:`FEATURES`: is a line the page's content, and is
    it the page's title."""

    weights: tuple[float, ...]
    threshold: float
    """Below this probability a line is not content."""
    title_weights: tuple[float, ...]
    """Over :data:`TITLE_FEATURES`."""
    title_threshold: float
    """Below this probability the most title-like line of a page is not its title."""

    def scores(self, lines: Sequence[str], raw_lines: Sequence[str]) -> list[float]:
        """The probability that each line is the page's content (0 for a blank line)."""
        return self.scores_of(features(lines, raw_lines))

    def scores_of(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """The probability of each row of :func:`features` (0 for a blank line's)."""
        return [_logistic(self.weights, row) for row in rows]

    def title_scores_of(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """The probability that each candidate (a row of :func:`title_features`) is the
        page's title, the candidates' probabilities adding up to 1 (a softmax)."""
        if not rows:
            return []
        weights = self.title_weights
        totals = [sum(map(operator.mul, weights, row)) for row in rows]
        top = max(totals)
        exps = [math.exp(max(-500.0, total - top)) for total in totals]
        whole = sum(exps)
        return [value / whole for value in exps]


def _logistic(weights: Sequence[float], row: Sequence[float]) -> float:
    if not any(row):
        return 0.0
    total = sum(map(operator.mul, weights, row))  # rows and weights: one per feature
    return 1.0 / (1.0 + math.exp(-max(-500.0, min(500.0, total))))


@cache
def scorer() -> LineScorer:
    """The scorer shipped with herseeds."""
    data = json.loads(
        resources.files("herseeds.segmenting").joinpath("line_scorer.json").read_text("utf-8")
    )
    if tuple(data["features"]) != FEATURES or tuple(data["title_features"]) != TITLE_FEATURES:
        raise RuntimeError("line_scorer.json was trained on other features")
    return LineScorer(
        tuple(float(w) for w in data["weights"]),
        float(data["threshold"]),
        tuple(float(w) for w in data["title_weights"]),
        float(data["title_threshold"]),
    )


MODEL_TITLE: Final = Rule(
    "model.title",
    "On a whole page, the line the learned title model finds most title-like among the "
    "open lines before the page's body or just before a paragraph of prose (menus, site "
    "names and section labels stand there too).",
)
LINE_SCORER: Final = Rule(
    "model.line-scorer",
    "A line the learned line scorer finds unlike the page's content (a menu entry, a "
    "sidebar's link title, a footer's line), left by every named rule.",
)


def page_features(page: Page) -> list[list[float]]:
    """The feature rows of *page*'s lines, worked out once for the page's passes."""
    if page.line_features is None:
        page.line_features = features(page.lines, page.raw_lines, line_words(page))
    return page.line_features


def line_words(page: Page) -> tuple[list[list[str]], str]:
    """The words of each of *page*'s lines (case folded) and the page's language, worked
    out once for the line and title features."""
    if page.words is None:
        page.words = _words_and_language(page.lines)
    return page.words


def _words_of(line: str) -> list[str]:
    """The words of *line* as :data:`_WORD` finds them; an ASCII line's with a simpler
    pattern that finds the same words (no Han or Kana there), and faster."""
    return (_ASCII_WORD if line.isascii() else _WORD).findall(line)


def _words_and_language(lines: Sequence[str]) -> tuple[list[list[str]], str]:
    tokens = [_words_of(line.casefold()) for line in lines]
    return tokens, page_language([word for words in tokens for word in words])


def is_whole(page: Page) -> bool:
    """Whether *page* is a whole page, worked out once (at the header, before the passes
    that decide menus and link lists): long enough, with a body of prose, and with
    :data:`_OPEN_BEFORE_BODY` short lines (:data:`_SHORT_WORDS` words or fewer) or more
    before its body that no named rule decided (menus, site names, breadcrumbs, section
    labels). A main-region dump opens
    with its header: a title, a dek, a byline, and chrome the patterns know. Told from
    word counts alone: the features are worked out for whole pages only."""
    if page.whole is None:
        if page.shape == "auto":
            page.whole = _looks_whole(page)
        else:  # said: a whole page of any length, with a body of prose to judge the rest by
            region = FEATURES.index("in_dense_region")
            page.whole = page.shape == "whole" and any(row[region] for row in page_features(page))
    return page.whole


def _word_count(line: str) -> int:
    """About the words of *line* as :data:`_WORD` counts them, without running the pattern
    on every line of every page (the gate needs no more): the line split at spaces, unless
    its words are too long for words of a language written with spaces (Chinese, Japanese)."""
    words = line.split()
    if len(words) * _LONGEST_MEAN_WORD >= len(line):
        return len(words)
    return len(_WORD.findall(line))


_LONGEST_MEAN_WORD: Final = 12


def _looks_whole(page: Page) -> bool:
    counts = [_word_count(line) for line in page.lines]
    if sum(1 for count in counts if count) < _WHOLE_PAGE_LINES:
        return False
    prose = _prose(page.lines, counts, _blocks(counts))
    start, end = _dense_region(counts, prose)
    if end < start:  # no run of prose: nothing to judge the rest against
        return False
    # Menus, site names, breadcrumbs, section labels: short lines no named rule explains.
    short_open = sum(1 for i in range(start) if 0 < counts[i] <= _SHORT_WORDS and page.open(i))
    return short_open >= _OPEN_BEFORE_BODY


def whole_page_title(page: Page) -> tuple[int, float] | None:
    """On a whole page (:func:`is_whole`), the candidate (:func:`title_features`) the
    title model finds most title-like, with its probability among them, if it is likely
    enough."""
    if not is_whole(page):
        return None
    candidates, rows = title_features(page)
    if not candidates:
        return None
    model = scorer()
    scores = model.title_scores_of(rows)
    best = max(range(len(candidates)), key=lambda k: scores[k])
    return (candidates[best], scores[best]) if scores[best] >= model.title_threshold else None


_STRONG_WORDS: Final = 12
_LONG_WORDS: Final = 25
_PROSE_AHEAD: Final = 12
"""A candidate stands at most this many lines with words before a paragraph of prose..."""
_INTO_REGION: Final = 12
"""... or among the first lines with words of the page's body, or among the last lines
with words before it:"""
_BEFORE_REGION: Final = 80
_MAX_TITLE_CHARS: Final = 250
_NEAR: Final = 4
_LOOK_AHEAD: Final = 20
_LOOK_BEHIND: Final = 10
_BODY_WORDS: Final = 400
_NEIGHBOURS: Final = 3
_REPEAT_SPAN: Final = 60
_BREADCRUMB_SEPARATORS: Final = (" / ", " » ", " > ", " › ", " < ")
_TITLE_SEPARATORS: Final = (" | ", " - ", " – ", " — ", " · ", ": ", " :: ")
"""What a page's ``<title>`` puts between the headline and the site's name."""


class _TitleContext:
    """What the title features of a page's candidates read, worked out once per page:
    the words of each line, the lines of strong prose (a sentence of twelve words or more,
    or twenty-five words), the lines with words, and the page's body."""

    def __init__(self, page: Page) -> None:
        lines = page.lines
        self.tokens, language = line_words(page)
        self.counts = [len(words) for words in self.tokens]
        self.strong = [
            bool(line)
            and ((count >= _STRONG_WORDS and line[-1] in _SENTENCE_END) or count >= _LONG_WORDS)
            for line, count in zip(lines, self.counts, strict=True)
        ]
        self.texts = [index for index, line in enumerate(lines) if line]
        self.position = {index: order for order, index in enumerate(self.texts)}
        rows = page_features(page)
        region = FEATURES.index("in_dense_region")
        inside = [index for index, row in enumerate(rows) if row[region]]
        self.start = inside[0] if inside else len(lines)
        self.end = inside[-1] if inside else -1
        self.stoplist = _stoplists()[language]
        self._bylines: dict[int, bool] = {}
        # The prose after each line with words: how many lines with words stand between
        # it and the next line of strong prose (None: none before the comments).
        self.gap: dict[int, int | None] = {}
        gap: int | None = None
        for index in reversed(self.texts):
            if index >= page.comments_start:
                continue
            if self.strong[index]:
                gap = 0
                self.gap[index] = 0
                continue
            self.gap[index] = gap
            if gap is not None:
                gap += 1

    def byline(self, line: str, index: int) -> bool:
        """Whether line *index* (*line*) reads as a byline, worked out once."""
        found = self._bylines.get(index)
        if found is None:
            found = self._bylines[index] = BYLINE_PATTERNS.match(line) is not None
        return found

    def body_words(self) -> set[str]:
        """The words of the start of the page's body, but its stop words."""
        words: list[str] = []
        for index in range(self.start, self.end + 1):
            words += self.tokens[index]
            if len(words) > _BODY_WORDS:
                break
        return {word for word in words if word not in self.stoplist}


def _candidates(page: Page, context: _TitleContext) -> list[int]:
    """The lines that may be a whole page's title: open lines before the comments, no
    byline, of at most :data:`_MAX_TITLE_CHARS` characters with a letter or a digit, no
    strong prose themselves, that stand among the last :data:`_BEFORE_REGION` lines with
    words before the page's body, among its first :data:`_INTO_REGION` lines with words
    (but its prose), or at most :data:`_PROSE_AHEAD` lines with words before a line of
    strong prose."""
    rows = page_features(page)
    prose = FEATURES.index("long_prose")
    found = []
    into_region = 0
    start_order = context.position.get(context.start, len(context.texts))
    for order, index in enumerate(context.texts):
        if index >= page.comments_start:
            break
        near = index < context.start and start_order - order <= _BEFORE_REGION
        if index >= context.start and into_region < _INTO_REGION:
            into_region += 1
            near = not rows[index][prose]
        gap = context.gap.get(index)
        if not near and (gap is None or gap > _PROSE_AHEAD):
            continue
        line = page.lines[index]
        if (
            context.strong[index]
            or not page.open(index)
            or len(line) > _MAX_TITLE_CHARS
            or not any(char.isalnum() for char in line)
            or context.byline(line, index)
        ):
            continue
        found.append(index)
    return found


def title_features(page: Page) -> tuple[list[int], list[list[float]]]:
    """The lines of a whole page that may be its title (open lines before its body or a
    paragraph of prose, see ``_candidates``) and the features (:data:`TITLE_FEATURES`) of
    each."""
    context = _TitleContext(page)
    candidates = _candidates(page, context)
    return candidates, _title_rows(page, context, candidates)


def _title_rows(  # noqa: PLR0915 - one row of many features, each said once
    page: Page, context: _TitleContext, candidates: Sequence[int]
) -> list[list[float]]:
    lines = page.lines
    rows = page_features(page)
    content_weights = scorer().weights
    column = {name: FEATURES.index(name) for name in FEATURES}
    texts, position, counts, strong = (
        context.texts,
        context.position,
        context.counts,
        context.strong,
    )
    body = context.body_words()
    folded = [line.casefold() for line in lines]
    where: dict[str, list[int]] = {}
    for index in texts:
        where.setdefault(folded[index], []).append(index)
    distinct = sorted(where)
    # The last item of each breadcrumb (Home > Section > Title).
    crumbs = set()
    for key in where:
        for separator in _BREADCRUMB_SEPARATORS:
            if separator in key:
                crumbs.add(key.rsplit(separator, 1)[1])
    start_order = position.get(context.start, len(texts))
    # Open lines with words (no byline) between each line before the body and the body.
    open_after = [0] * (len(lines) + 1)
    for index in range(min(context.start, len(lines)) - 1, -1, -1):
        counted = (
            bool(lines[index]) and page.open(index) and not context.byline(lines[index], index)
        )
        open_after[index] = open_after[index + 1] + counted
    # Over the lines with words, in order: how many lines of strong prose, words in them
    # and open lines stand before each, and the next line of strong prose after each.
    prose_before = [0] * (len(texts) + 1)
    prose_words_before = [0] * (len(texts) + 1)
    open_before = [0] * (len(texts) + 1)
    for order, index in enumerate(texts):
        prose_before[order + 1] = prose_before[order] + strong[index]
        prose_words_before[order + 1] = prose_words_before[order] + counts[index] * strong[index]
        open_before[order + 1] = open_before[order] + page.open(index)
    prose_orders = [order for order, index in enumerate(texts) if strong[index]]
    orders = [position[index] for index in candidates]
    heading_like = [
        any(strong[other] for other in texts[order + 1 : order + 4]) for order in orders
    ]
    result: list[list[float]] = []
    ahead_sets: dict[tuple[int, ...], set[str]] = {}
    headings = 0
    total = len(candidates)
    for rank, index in enumerate(candidates):
        line, row, order = lines[index], rows[index], orders[rank]
        count = counts[index]
        log_words = math.log1p(count)
        following = texts[order + 1 : order + 1 + _NEAR]
        previous = texts[order - 1] if order else None
        key = folded[index]
        spot = bisect.bisect_right(distinct, key)
        prefix_of_other = (
            len(key) >= 8
            and spot < len(distinct)
            and distinct[spot].startswith(key)
            and distinct[spot][len(key) :].startswith(_TITLE_SEPARATORS)
            and len(distinct[spot]) < 3 * len(key) + 40
        )
        own = [word for word in context.tokens[index] if word not in context.stoplist]
        overlap = sum(word in body for word in own) / len(own) if own else 0.0
        to_region = start_order - order
        # The prose among the next lines: how far, how much, and how many of its words
        # the line uses (the first _BODY_WORDS words or so).
        window_end = min(len(texts), order + 1 + _LOOK_AHEAD)
        spot = bisect.bisect_right(prose_orders, order)
        first_prose = prose_orders[spot] if spot < len(prose_orders) else len(texts)
        gap = first_prose - order - 1 if first_prose < window_end else None
        words_ahead = prose_words_before[window_end] - prose_words_before[order + 1]
        open_to_prose = open_before[min(first_prose, window_end)] - open_before[order + 1]
        read: list[int] = []  # the lines of prose whose words are read ahead
        read_words = 0
        while (
            spot < len(prose_orders)
            and prose_orders[spot] < window_end
            and read_words < _BODY_WORDS
        ):
            read.append(texts[prose_orders[spot]])
            read_words += counts[read[-1]]
            spot += 1
        # Candidates before the same prose read the same words: their set is made once.
        ahead_key = tuple(read)
        ahead_words = ahead_sets.get(ahead_key)
        if ahead_words is None:
            ahead_words = {
                word
                for other in read
                for word in context.tokens[other]
                if word not in context.stoplist
            }
            ahead_sets[ahead_key] = ahead_words
        overlap_ahead = sum(map(ahead_words.__contains__, own)) / len(own) if own else 0.0
        words_behind = prose_words_before[order] - prose_words_before[max(0, order - _LOOK_BEHIND)]
        neighbours = [
            math.log1p(counts[candidates[other]])
            for other in range(max(0, rank - _NEIGHBOURS), min(total, rank + _NEIGHBOURS + 1))
            if other != rank and abs(orders[other] - order) <= _NEIGHBOURS
        ]
        next_order = orders[rank + 1] if rank + 1 < total else None
        result.append(
            [
                1.0,
                log_words,
                float(count <= 2),
                float(3 <= count <= 15),
                float(count > 20),
                float(line[-1] in ".,;:"),
                float(line[-1] in "?!"),
                row[column["symbol_share"]],
                row[column["digit_share"]],
                row[column["capitalized_share"]],
                row[column["stopword_share"]],
                row[column["list_item"]],
                row[column["indented"]],
                row[column["has_bar"]],
                row[column["all_caps"]],
                row[column["form_control"]],
                math.log1p(max(0, to_region - 1)),
                float(to_region == 1),
                math.log1p(open_after[index + 1]) if index < context.start else 0.0,
                float(index >= context.start),
                math.log1p(max(0, -to_region)),
                row[column["lines_to_region"]],
                float(any(page.kind(other) == "date" for other in following)),
                float(
                    any(
                        page.kind(other) == "credit" or context.byline(lines[other], other)
                        for other in following
                    )
                ),
                float(any(page.is_chrome(other) for other in following[:2])),
                float(bool(following) and rows[following[0]][column["long_prose"]] > 0),
                float(previous is not None and not page.open(previous)),
                float(len(where[key]) > 1),
                float(prefix_of_other),
                row[column["alone_in_block"]],
                overlap,
                _logistic(content_weights, row),
                row[column["short_run"]],
                row[column["position"]],
                math.log1p(total - 1 - rank),
                float(line[:1].islower()),
                float(line[:1] in "[(<"),
                math.log1p(_LOOK_AHEAD if gap is None else gap),
                float(gap == 0),
                float(gap is not None),
                math.log1p(words_ahead),
                math.log1p(words_behind),
                math.log1p(prose_before[order]),
                math.log1p(open_to_prose),
                overlap_ahead,
                log_words - max(neighbours, default=log_words),
                float(gap is not None and (next_order is None or next_order - order > gap)),
                float(any(separator in line for separator in _BREADCRUMB_SEPARATORS)),
                float(is_title_case(line)),
                float(any(0 < abs(other - index) < _REPEAT_SPAN for other in where[key])),
                math.log1p(headings),
                float(
                    next_order is not None
                    and next_order - order <= 2
                    and counts[candidates[rank + 1]] >= 2 * count + 2
                ),
                float(key in crumbs),
            ]
        )
        headings += heading_like[rank]
    return result


def find_boilerplate(page: Page, reclaims: frozenset[Rule]) -> None:
    """On a whole page (:func:`is_whole`), the open lines outside its body that the line
    scorer finds unlike content, with their score as facts."""
    open_lines = [index for index in range(len(page.lines)) if page.open(index)]
    if not open_lines:
        return
    if not is_whole(page):  # a main-region dump: the named rules decide it
        return
    model = scorer()
    rows = page_features(page)
    region = FEATURES.index("in_dense_region")
    scores = model.scores_of(rows)
    for index in open_lines:
        # The page's densest run of prose is its body: inside it, lists and short lines are
        # the article's own; the scorer judges what stands around it.
        if rows[index][region]:
            continue
        if scores[index] < model.threshold:
            page.decide(index, chrome("boilerplate", LINE_SCORER, ScoreFacts(scores[index])))
