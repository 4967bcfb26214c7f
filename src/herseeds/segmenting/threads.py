"""Comment threads: where the thread is, and the comment each of its lines belongs to.

A thread starts after a comments header whose next line opens a comment, or, with no
header, is a trailing block of indented list items that read like comments. Its lines are
labelled by :func:`herseeds.comments.label_thread`, and :func:`herseeds.comments.build_comments`
builds its comments; each line's decision carries its comment
(:class:`~herseeds.decisions.CommentFacts`), so that nothing downstream reads the thread
again.

A thread pass may claim lines other passes decided before the thread was known: the
rules it may reclaim are given in its entry of :data:`herseeds.segmenting.PASSES`. A
line decided by a separator pattern is reclaimed when it is a line of emoji (``1. 👏👏👏``
is a comment), any other when it is indented, as a thread's lines are; what no comment
claims is given back.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Final

import attrs

from herseeds.comments import (
    ThreadLine,
    build_comments,
    is_name_line,
    label_thread,
    strip_author_decoration,
    thread_line,
)
from herseeds.decisions import LineDecision, Rule, chrome
from herseeds.segmenting.page import word_count

if TYPE_CHECKING:
    from herseeds.segmenting.page import Page

__all__ = [
    "AUTHOR_LINE",
    "COMMENT_DATE",
    "COMMENT_TEXT",
    "find_late_thread",
    "find_thread",
]

AUTHOR_LINE: Final = Rule(
    "thread.author-line",
    "A comment's first line that is its writer's name (or a pingback's title).",
)
COMMENT_TEXT: Final = Rule("thread.text", "A line of a comment's text.")
COMMENT_DATE: Final = Rule("thread.comment-date", "A date line inside a comment thread.")


def find_thread(page: Page, reclaims: frozenset[Rule]) -> bool:
    """Label the thread, if the page has one; return whether it has.

    Indented lines that *reclaims* names are reopened before the thread is looked for (a
    teaser or a caption may be a comment's line); emoji lines decided by a separator
    pattern only once the thread's region is known (inside a thread they are comments,
    but before it they still stand between a header and its thread).
    """
    taken = page.take_back(
        i for i in range(len(page.lines)) if _reclaimable(page, i, reclaims, separators=False)
    )
    start = _comments_start(page, reclaims)
    if start is None:
        page.give_back(taken)
        return False
    page.comments_start = start
    region = range(start, len(page.lines))
    taken |= page.take_back(i for i in region if _reclaimable(page, i, reclaims, separators=True))
    thread = [_thread_line(page, i) for i in region]
    labels = label_thread(thread)
    claimed: list[tuple[int, str]] = []
    seen_item = flat = False
    for i, label, line in zip(region, labels, thread, strict=True):
        if line.is_item:
            seen_item = True
            # A comment that is no list item keeps its text at the margin too.
            flat = line.indent == 0 and page.markers[i][1] is None
        decided = page.decisions[i]
        if decided is not None and page.kind(i) == "date":  # a comment's date, and its facts
            page.decide(i, chrome("comment-meta", COMMENT_DATE, *decided.facts))
        elif page.kind(i) == "comment-form":
            flat = False  # the form closes the thread
        if not page.open(i):
            continue
        if line.indent == 0 and not line.is_item and not flat:
            if not seen_item:
                continue  # prose between the header and the first comment: decided later
            page.comments_end = i
            break  # unindented prose ends the thread: the rest is read as the page
        if label != "blank":
            claimed.append((i, label))
    lines = [thread[i - start] for i, _ in claimed]
    comments = build_comments(lines, [label for _, label in claimed])
    for (i, label), facts in zip(claimed, comments, strict=True):
        rule = AUTHOR_LINE if label == "comment-author" else COMMENT_TEXT
        page.decide(i, LineDecision(label, rule, (facts,)))
    page.give_back(taken)  # what the thread did not claim is what it was
    return True


def find_late_thread(page: Page, reclaims: frozenset[Rule]) -> bool:
    """A thread with no header, looked for again once the chrome after it is known; return
    whether one is found now.

    Without a header, a thread is a trailing block of indented items; a footer's links or
    related-post teasers after it hide it until their own passes have found them.
    """
    if page.has_thread():
        return False
    return find_thread(page, reclaims)


def _reclaimable(page: Page, index: int, reclaims: frozenset[Rule], *, separators: bool) -> bool:
    """Whether the thread may take line *index* back: its rule is one of *reclaims*, and
    it is an emoji line decided as a separator (*separators*), or an indented line."""
    rule = page.rule(index)
    if rule is None or rule not in reclaims:
        return False
    if page.kind(index) == "separator":
        return separators and _emoji_line(page.lines[index])
    return not separators and page.markers[index][0] > 0


def _emoji_line(line: str) -> bool:
    """A line of emoji, which the patterns take for a separator; in a thread, a comment."""
    return any(unicodedata.category(char) == "So" and ord(char) > 0x2000 for char in line)


def _thread_line(page: Page, index: int) -> ThreadLine:
    """A line of the comment region; a name line right above a date starts a comment.

    Themes that render comments without a list still put the commenter's name on a line
    of its own, then the date (``Jane Doe`` / ``March 3, 2014 at 10:03 am``).
    """
    line = thread_line(page.raw_lines[index], page.lines[index])
    if page.is_chrome(index):
        return attrs.evolve(line, is_item=False)  # a heading or a button starts no comment
    if line.is_item or not line.text:
        return line
    following = page.next_content(index)
    while following is not None and page.kind(following) == "separator":
        following = page.next_content(following)
    if (
        following is not None
        and page.kind(following) in {"date", "comment-meta"}
        and is_name_line(strip_author_decoration(line.text))
    ):
        return attrs.evolve(line, is_item=True)
    return line


def _comments_start(page: Page, reclaims: frozenset[Rule]) -> int | None:
    no_thread_before = -1  # a header above this line has the same first line, and no thread
    for index in range(len(page.lines)):
        if page.kind(index) == "comments-header" and index > no_thread_before:
            first = page.next_content(index)
            while first is not None and page.is_chrome(first):
                first = page.next_content(first)
            if first is None or _thread_line(page, first).is_item:
                return index + 1
            # Every header before `first` skips the same chrome to the same line: asking
            # again for each would take time quadratic in a page of headers and chrome.
            no_thread_before = first
    # No header: a trailing block of indented list items is a comment thread when its
    # items read like comments (some have follow-up paragraphs, or they are long).
    start = None
    for index in range(len(page.lines) - 1, -1, -1):
        if not page.lines[index] or (
            page.is_chrome(index) and not _reclaimable(page, index, reclaims, separators=True)
        ):
            continue
        indent, marker = page.markers[index]
        if indent == 0:
            break
        if marker is not None:
            start = index
    if start is None:
        return None
    items = [i for i in range(start, len(page.lines)) if page.markers[i][1] and page.open(i)]
    # A line that follows an item is its text, unless it starts an item of its own; a
    # date the patterns took for chrome starts none, whatever its digits look like
    # (`3. März 2014` opens like an item numbered 3).
    followed = sum(
        1
        for i in items
        if (n := page.next_content(i)) is not None and (not page.markers[n][1] or page.is_chrome(n))
    )
    words = sum(word_count(page.lines[i]) for i in items)
    return start if followed or words >= 15 * len(items) else None
