"""Blocks and widgets: chrome told by a pattern, or by its shape and its neighbours.

- :func:`match_patterns`: lines that are chrome wherever they stand
  (:data:`herseeds.patterns.CHROME_PATTERNS`), with what a comments header states;
- :func:`find_captions`: alt text and a caption repeating it;
- :func:`find_newsletter_boxes`: the short lines between two lines of a newsletter box;
- :func:`find_link_lists` and :func:`find_menus`: runs of short lines or list items
  before or after the prose;
- :func:`find_teasers`: related-post headlines and blurbs after the prose.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final, cast

from herseeds.comments import strip_marker
from herseeds.decisions import CommentsHeaderFacts, DateFacts, LineDecision, Rule, chrome
from herseeds.languages import count_words
from herseeds.patterns import BIO_OPENING, CHROME_PATTERNS
from herseeds.segmenting.page import SENTENCE_END, is_title_case, word_count, wrapped

if TYPE_CHECKING:
    import regex

    from herseeds.model import ChromeKind
    from herseeds.segmenting.page import Page

__all__ = [
    "CAPTION_ALT_TEXT",
    "CAPTION_REPEAT",
    "LINK_LIST",
    "MENU",
    "NEWSLETTER_BOX",
    "TEASER_BLURB",
    "TEASER_HEADLINE",
    "find_captions",
    "find_link_lists",
    "find_menus",
    "find_newsletter_boxes",
    "find_teasers",
    "match_patterns",
]

CAPTION_ALT_TEXT: Final = Rule(
    "blocks.caption-alt-text", "An image's alt text, with a caption under it that repeats it."
)
CAPTION_REPEAT: Final = Rule("blocks.caption-repeat", "A caption repeating the alt text above it.")
NEWSLETTER_BOX: Final = Rule(
    "blocks.newsletter-box", "A short line between two lines of a newsletter sign-up box."
)
LINK_LIST: Final = Rule(
    "blocks.link-list",
    "Three or more adjacent short lines, mostly without sentence ends, before or after the "
    "prose: titles of links.",
)
MENU: Final = Rule(
    "blocks.menu", "Four or more list items of a few words, before or after the prose: a menu."
)
TEASER_HEADLINE: Final = Rule(
    "blocks.teaser-headline", "The title-case headline of a related post after the article."
)
TEASER_BLURB: Final = Rule("blocks.teaser-blurb", "The one-line blurb under a teaser's headline.")

_MAX_PATTERN_LINE: Final = 400  # longer lines are prose: no chrome pattern is that long

_COUNT_WORDS: Final = count_words()


def match_patterns(page: Page, reclaims: frozenset[Rule]) -> None:
    """Lines that are chrome wherever they stand; a comments header with what it states.
    A line decided before the passes (an HTML page's comment, told by its markup) stays."""
    for index, line in enumerate(page.lines):
        if page.decisions[index] is not None:
            continue
        decided = pattern_decision(line, listed=bool(page.markers[index][1]))
        if decided is not None:
            page.decide(index, decided)


def pattern_decision(line: str, *, listed: bool = False) -> LineDecision | None:
    """The decision of the chrome pattern that matches *line* (a list item's without its
    marker too, when *listed*), with what it states (a comments header's count and title,
    a date), or ``None``."""
    if not line or len(line) > _MAX_PATTERN_LINE:
        return None
    found = CHROME_PATTERNS.match(line)
    if found is None and listed:
        # A share button or a menu entry is chrome in a list as much as on its own.
        found = CHROME_PATTERNS.match(strip_marker(line))
    if found is None:
        return None
    entry, match = found
    # The chrome table holds chrome kinds only (LinePattern checks each kind).
    kind = cast("ChromeKind", entry.kind)
    if kind == "comments-header":
        return chrome(kind, entry.rule, _header_facts(match))
    if match.groupdict().get("date"):
        return chrome(kind, entry.rule, DateFacts(match.group("date")))
    return chrome(kind, entry.rule)


def _header_facts(match: regex.Match[str]) -> CommentsHeaderFacts:
    groups = match.groupdict()
    count_text = (groups.get("count") or "").casefold().replace(",", "")
    count = _COUNT_WORDS.get(count_text, _plausible_count(count_text))
    title = groups.get("title")
    return CommentsHeaderFacts(count=count, title=title.strip() if title else None)


def _plausible_count(digits: str) -> int | None:
    """A declared comment count, or None for a number no page could mean: longer than 15
    digits, it would not survive JSON readers that hold numbers as doubles (or orjson's
    64-bit integers), and a page never has a quadrillion comments."""
    return int(digits) if digits.isdecimal() and len(digits) <= 15 else None


def find_captions(page: Page, reclaims: frozenset[Rule]) -> None:
    """Alt text and caption on adjacent lines, the second repeating the first."""
    for index in range(len(page.lines) - 1):
        first, second = strip_marker(page.lines[index]), strip_marker(page.lines[index + 1])
        if not (first and second and page.open(index) and page.open(index + 1)):
            continue
        stem = SENTENCE_END.sub("", first).casefold()
        if word_count(stem) >= 3 and second.casefold().startswith(stem):
            page.decide(index, chrome("caption", CAPTION_ALT_TEXT))
            page.decide(index + 1, chrome("caption", CAPTION_REPEAT))


def find_newsletter_boxes(page: Page, reclaims: frozenset[Rule]) -> None:
    """Short lines between two newsletter lines belong to the box."""
    boxes = [index for index in range(len(page.lines)) if page.kind(index) == "newsletter"]
    for start, end in itertools.pairwise(boxes):
        inside = [i for i in range(start + 1, end) if page.lines[i]]
        if len(inside) <= 8 and all(
            word_count(page.lines[i]) <= 30 for i in inside if page.open(i)
        ):
            for i in inside:
                if page.open(i):
                    page.decide(i, chrome("newsletter", NEWSLETTER_BOX))


def find_link_lists(page: Page, reclaims: frozenset[Rule]) -> None:
    """Three or more adjacent short lines without sentence ends, before or after the prose.

    Inside the article such lines are a poem, a table or code, and stay.
    """
    first_prose, last_prose = page.prose_bounds()
    _link_lists_in(page, 0, page.comments_start, first_prose, last_prose)
    # After a thread there is no more article: every short run there is chrome.
    _link_lists_in(page, page.comments_end, len(page.lines), len(page.lines), -1)


def _link_lists_in(page: Page, start: int, stop: int, first_prose: int, last_prose: int) -> None:
    index = start
    while index < stop:
        run_end = index
        while run_end < stop and page.lines[run_end] and page.open(run_end):
            run_end += 1
        run = range(index, run_end)
        if (
            len(run) >= 3
            and all(word_count(page.lines[i]) <= 25 and page.markers[i][1] is None for i in run)
            and not wrapped(page.lines[i] for i in run)
            and (run_end <= first_prose or index > last_prose)
        ):
            unended = sum(1 for i in run if not SENTENCE_END.search(page.lines[i]))
            if unended * 3 >= len(run) * 2:
                for i in run:
                    page.decide(i, chrome("link-list", LINK_LIST))
        index = max(run_end, index + 1)


def find_menus(page: Page, reclaims: frozenset[Rule]) -> None:
    """Four or more list items of a few words each, before or after the prose: a menu."""
    first_prose, last_prose = page.prose_bounds()
    run: list[int] = []
    for index in [*range(page.comments_start), None]:
        if index is not None and not page.lines[index]:
            continue
        if (
            index is not None
            and page.open(index)
            and page.markers[index][1] is not None
            and word_count(page.lines[index]) <= 6
            and not SENTENCE_END.search(page.lines[index])
        ):
            run.append(index)
            continue
        outside = bool(run) and (run[-1] < first_prose or run[0] > last_prose)
        if len(run) >= 4 and outside:
            for item in run:
                page.decide(item, chrome("navigation", MENU))
        run = []


def find_teasers(page: Page, reclaims: frozenset[Rule]) -> None:
    """Related posts after the article: a title-case headline, then a one-line blurb."""
    last_prose = page.prose_bounds()[1]
    _teasers_in(page, last_prose + 1, page.comments_start)
    _teasers_in(page, page.comments_end, len(page.lines))


def _teasers_in(page: Page, start: int, stop: int) -> None:
    pairs: list[tuple[int, int]] = []
    for index in range(start, stop):
        if not page.open(index) or not _headline_like(page.lines[index]):
            continue
        blurb = page.next_content(index, stop)
        if blurb is None or not page.open(blurb) or word_count(page.lines[blurb]) > 45:
            continue
        pairs.append((index, blurb))
    # One teaser alone is chrome only between chrome; a run of two or more is a list.
    headlines = {headline for headline, _ in pairs}
    for position, (headline, blurb) in enumerate(pairs):
        in_run = any(
            other != (headline, blurb) and _adjacent_pairs(page, (headline, blurb), other)
            for other in pairs[max(0, position - 1) : position + 2]
        )
        before = page.previous_content(headline)
        after = page.next_content(blurb, stop)
        framed = (before is None or not page.open(before)) and (
            after is None or not page.open(after) or after in headlines
        )
        if in_run or framed:
            page.decide(headline, chrome("related", TEASER_HEADLINE))
            page.decide(blurb, chrome("related", TEASER_BLURB))


def _adjacent_pairs(page: Page, first: tuple[int, int], second: tuple[int, int]) -> bool:
    earlier, later = sorted((first, second))
    return page.next_content(earlier[1]) == later[0]


def _headline_like(line: str) -> bool:
    return (
        word_count(line) <= 14
        and not line.endswith((".", ":", ";", ","))
        and is_title_case(line)
        and BIO_OPENING.match(line) is None
    )
