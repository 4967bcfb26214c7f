"""The header: title, subtitle (dek) and bylines, with the name each byline gives.

:func:`find_header` reads the lines before the first paragraph; :func:`find_late_bylines`
the bylines below it (after a photo or a menu, or Blogger's ``Posted by X at 10:03 AM``
closing the post).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from herseeds.comments import is_name_line, strip_marker
from herseeds.decisions import LineDecision, NameFacts, Rule, ScoreFacts
from herseeds.languages import alternation, words
from herseeds.patterns import BYLINE_PATTERNS, clean_name
from herseeds.segmenting.page import SENTENCE_END, is_title_case, word_count
from herseeds.segmenting.scorer import MODEL_TITLE, is_whole, whole_page_title

if TYPE_CHECKING:
    from herseeds.segmenting.page import Page

__all__ = [
    "BYLINE",
    "LATE_BYLINE",
    "NAME_OVER_DATE",
    "SUBTITLE",
    "TITLE",
    "byline_decision",
    "byline_decision_of",
    "find_header",
    "find_late_bylines",
]

TITLE: Final = Rule(
    "header.title", "The first short line of the page that does not end a sentence."
)
SUBTITLE: Final = Rule(
    "header.subtitle", "A short line under the title, followed by a credit, a byline or a date."
)
BYLINE: Final = Rule("header.byline", "A byline in the header: By NAME, NAME | DATE.")
NAME_OVER_DATE: Final = Rule(
    "header.name-over-date",
    "On a whole page, under the title the model picked, a line that is a name alone, "
    "followed by a date: who wrote it, and when.",
)
LATE_BYLINE: Final = Rule(
    "header.late-byline",
    "A byline below the header, before the first long paragraph, or one that says who posted.",
)

_MAX_BYLINE: Final = 160
_MAX_TITLE: Final = 200
_MAX_SUBTITLE: Final = 320
_NAME_WORDS: Final = 4
# What stands between a headline (and its dek) and the article.
_HEADER_CHROME: Final = frozenset(
    {"credit", "caption", "date", "share", "byline-template", "navigation", "taxonomy"}
)
_POSTED_BY: Final = regex.compile(rf"{alternation(words('posted_by'))} ", regex.IGNORECASE)


def find_header(page: Page, reclaims: frozenset[Rule]) -> None:
    """Title, subtitle and bylines: the lines before the first paragraph. A title decided
    before (an HTML page's headline, told by its markup) is the title; a title the page
    states where no line says it (:attr:`Page.title_stated`) leaves the header to its
    bylines."""
    title = next(
        (i for i, found in enumerate(page.decisions) if found and found.label == "title"), None
    )
    subtitle = byline = None
    first = 0
    whole = title is None and not page.title_stated and is_whole(page)
    if whole:
        # A whole page opens with menus and site names: its title is the line the title
        # model picks before its body, and the header goes on after it.
        picked = whole_page_title(page)
        if picked is not None:
            title, score = picked
            page.decide(title, LineDecision("title", MODEL_TITLE, (ScoreFacts(score),)))
            first = title + 1
    for index in range(first, page.comments_start):
        if not page.open(index):
            continue
        found = byline_decision(page, index, BYLINE)
        if found is None and whole and title is not None:
            found = _whole_page_byline(page, index)
        if found is not None:
            byline = index
            page.decide(index, found)
        elif (page.title_stated or whole) and title is None:
            # The title is stated elsewhere, or the whole page's is not known: no line is
            # taken for it by its shape, nor for the dek under it.
            break
        elif title is None and subtitle is None and _title_like(page, index):
            title = index
            page.decide(index, LineDecision("title", TITLE))
        elif (
            title is not None
            and subtitle is None
            and byline is None  # a dek comes before the byline; after it, the article
            and _subtitle_like(page, index)
        ):
            subtitle = index
            page.decide(index, LineDecision("subtitle", SUBTITLE))
        else:
            break


def find_late_bylines(page: Page, reclaims: frozenset[Rule]) -> None:
    """Bylines below the header: before the first long paragraph (after a photo, a menu),
    or anywhere when they say who posted (Blogger's ``Posted by X at 10:03 AM`` closes the
    post)."""
    first_prose, _ = page.prose_bounds()
    for index in range(page.comments_start):
        if not page.open(index):
            continue
        if index < first_prose or _POSTED_BY.match(page.lines[index]):
            found = byline_decision(page, index, LATE_BYLINE)
            if found is not None:
                page.decide(index, found)


def byline_decision(page: Page, index: int, rule: Rule) -> LineDecision | None:
    """Line *index* as a byline decided by *rule*, with the name it gives, or ``None``."""
    return byline_decision_of(page.lines[index], rule)


def byline_decision_of(line: str, rule: Rule) -> LineDecision | None:
    """*line* as a byline decided by *rule*, with the name it gives, or ``None``."""
    if len(line) > _MAX_BYLINE:
        return None
    found = BYLINE_PATTERNS.match(line)
    if found is None:
        return None
    name = found[1].group("name")
    if not name:  # pragma: no cover - every byline pattern names someone
        return LineDecision("byline", rule)
    return LineDecision("byline", rule, (NameFacts(clean_name(name), "byline"),))


def _whole_page_byline(page: Page, index: int) -> LineDecision | None:
    """Under a whole page's title: a byline behind a list marker (``• By NAME``), or a
    name alone (a few capitalised words) over a date line."""
    line = page.lines[index]
    if page.markers[index][1] is not None:
        found = byline_decision_of(strip_marker(line), BYLINE)
        if found is not None:
            return found
    following = page.next_content(index, page.comments_start)
    if (
        following is None
        or page.kind(following) != "date"
        or not 2 <= word_count(line) <= _NAME_WORDS
        or not is_title_case(line)
        or not is_name_line(line)
    ):
        return None
    return LineDecision("byline", NAME_OVER_DATE, (NameFacts(clean_name(line), "byline"),))


def _title_like(page: Page, index: int) -> bool:
    line = page.lines[index]
    following = page.next_content(index, page.comments_start)
    adjacent = page.lines[index + 1] if index + 1 < len(page.lines) else ""
    return (
        following is not None
        and len(line) <= _MAX_TITLE
        and page.markers[index][1] is None
        and not (SENTENCE_END.search(line) and not line.endswith(("?", "!", "”", "’")))
        and not line.endswith((".”", ".’", '."'))
        and word_count(line) <= 30
        # A line the next one goes on from, lower-case, is wrapped prose.
        and not adjacent[:1].islower()
    )


def _subtitle_like(page: Page, index: int) -> bool:
    """A dek: a short line followed by what follows a headline (a credit, a byline, a
    date, share buttons), with the article still to come after that."""
    following = page.next_content(index, page.comments_start)
    if following is None or len(page.lines[index]) > _MAX_SUBTITLE:
        return False
    after = page.lines[following]
    header_like = page.kind(following) in _HEADER_CHROME or (
        len(after) <= _MAX_BYLINE and BYLINE_PATTERNS.match(after) is not None
    )
    return header_like and any(page.open(i) for i in range(following + 1, page.comments_start))
