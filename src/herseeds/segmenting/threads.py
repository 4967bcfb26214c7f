"""Comment threads: where the thread is, and the comment each of its lines belongs to.

A thread starts after a comments header whose next line opens a comment; with no header,
at the first of a run of lines that open comments wherever they stand (``Jane says:``, a
numbered or indented ``Jane · March 3, 2014``), or it is a trailing block of indented list
items that read like comments. Its lines are
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
    dated_name,
    folded_tokens,
    is_commenter_name,
    is_name_line,
    is_pingback_title,
    label_thread,
    may_hold_a_date,
    strip_author_decoration,
    strip_marker,
    template_decorated,
    thread_line,
)
from herseeds.decisions import LineDecision, Rule, chrome
from herseeds.languages import words
from herseeds.patterns import CHROME_PATTERNS
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
COMMENT_NUMBER: Final = Rule(
    "thread.comment-number",
    "A comment's number alone on its line (`1.`), the commenter's name on the next.",
)
_REPLY_LINK: Final = CHROME_PATTERNS.by_name["reply_link"].rule
# With no header, a thread starts at the first of at least two lines that open comments,
# each with at most this many lines of text since the one before that are no deeper than
# it (a thread indents its comments' text, or has short comments; a byline and a
# comment's author line with an article between them are no thread).
_MIN_OPENINGS: Final = 2
# What every line that opens a comment has, cheap to look for before the patterns are
# tried on it: it is short, and it has a template word (`says`, `Avatar`), or it stands
# apart from the prose and has a date (a digit, a relative time's unit) or one below it.
_LONGEST_OPENING: Final = 160
_MOST_OPENING_SPACES: Final = 16
_TEMPLATE_WORDS: Final = frozenset(
    token
    for phrase in words("decorations") + words("avatars")
    for token in phrase.split()
    if len(token) > 2  # `a dit`: `dit` tells it; `a` is in every other line
)


_OPENING_GAP: Final = 30


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
    thread = _carry_bare_markers(page, region, [_thread_line(page, i) for i in region])
    labels = label_thread(thread)
    claimed: list[tuple[int, str]] = []
    seen_item = flat = False
    base = 0  # the indent of the thread's first item: text left of it ends the thread
    for i, label, line in zip(region, labels, thread, strict=True):
        if page.open(i) and _bare_marker(page, i):
            page.decide(i, chrome("comment-meta", COMMENT_NUMBER))
            continue
        if line.is_item:
            if not seen_item:
                base = line.indent
            seen_item = True
            # A comment that is no list item may keep its text at its name's indent.
            flat = page.markers[i][1] is None and _text_below_at(page, i, line.indent)
        decided = page.decisions[i]
        if decided is not None and page.kind(i) == "date":  # a comment's date, and its facts
            page.decide(i, chrome("comment-meta", COMMENT_DATE, *decided.facts))
        elif page.kind(i) in {"comment-form", "form"}:
            flat = False  # the form closes the thread
        if not page.open(i):
            continue
        if line.indent <= base and not line.is_item and not flat:
            if not seen_item:
                continue  # prose between the header and the first comment: decided later
            page.comments_end = i
            break  # unindented prose ends the thread: the rest is read as the page
        if label != "blank":
            claimed.append((i, label))
    claimed = _without_trailing_menu(page, thread, start, claimed)
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


# A list item of at most this many words, with no sentence's end, and nothing under it: a
# menu's or a footer's link, not a comment, when a named thread ends with a run of them.
_MENU_ITEM_WORDS: Final = 6


def _without_trailing_menu(
    page: Page, thread: list[ThreadLine], start: int, claimed: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """*claimed* without the run of menu links that ends it (a footer's `• Privacy
    Policy`, `• Imprint` after the last comment), when the thread's comments have names
    and the run has two links or more; the thread then ends where the run starts."""
    cut = len(claimed)
    while cut > 0:
        line = thread[claimed[cut - 1][0] - start]
        # Each is an item with nothing claimed under it (the next claimed line is an item
        # too); the label may be an author's, the footer's next line taken for its text.
        if not line.is_item or not _menu_link(line.text):
            break
        cut -= 1
    if len(claimed) - cut < 2 or not any(label == "comment-author" for _, label in claimed[:cut]):
        return claimed
    page.comments_end = claimed[cut][0]
    return claimed[:cut]


def _menu_link(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _MENU_ITEM_WORDS
        and text[-1] not in ".!?…:;,)\"”'’"
        and any(char.isalpha() for char in text)  # `👏👏👏` is a reply, not a link
        and not is_pingback_title(text)
    )


def _next_text(page: Page, index: int) -> int | None:
    """The next line after *index* that has text and is no chrome, if any."""
    after = page.next_content(index)
    while after is not None and page.is_chrome(after):
        after = page.next_content(after)
    return after


def _text_below_at(page: Page, index: int, indent: int) -> bool:
    """Whether the next line of text after *index* that is no chrome is at *indent* or
    left of it."""
    after = _next_text(page, index)
    return after is not None and page.markers[after][0] <= indent


def _bare_marker(page: Page, index: int) -> bool:
    """A list marker alone on its line (`1.`, `•`): the item's text is on the next line.
    A dot or a dash alone is a separator, not a marker."""
    marker = page.markers[index][1]
    return (
        marker is not None
        and marker not in _SEPARATOR_MARKS
        and page.lines[index].strip() in {marker, ""}
    )


_SEPARATOR_MARKS: Final = frozenset("·∙-–*+")


def _carry_bare_markers(page: Page, region: range, thread: list[ThreadLine]) -> list[ThreadLine]:
    """A marker alone on its line makes the next line of text the item, at its indent."""
    pending: int | None = None  # the indent of a bare marker not yet carried
    for position, index in enumerate(region):
        line = thread[position]
        if _bare_marker(page, index):
            pending = page.markers[index][0]
            thread[position] = ThreadLine(text="", indent=line.indent, is_item=False)
        elif pending is not None and line.text:
            if not page.is_chrome(index):  # the next line, if it is text, is the item's
                thread[position] = attrs.evolve(line, is_item=True, indent=pending)
            pending = None
    return thread


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
    if _above_date(page, index) and is_name_line(strip_author_decoration(line.text)):
        return attrs.evolve(line, is_item=True)
    return line


def _above_date(page: Page, index: int) -> bool:
    """Whether the next line of text (past separators) is a date, or a comment's meta
    other than a reply link (`3 years ago`, `Permalink`)."""
    following = page.next_content(index)
    while following is not None and page.kind(following) == "separator":
        following = page.next_content(following)
    if following is None:
        return False
    # A reply link closes a comment: the line above it is the comment's last (a sign-off).
    return page.kind(following) == "date" or (
        page.kind(following) == "comment-meta" and page.rule(following) != _REPLY_LINK
    )


def _first_of_openings(page: Page) -> int | None:
    """With no header, where the longest run of comment openings starts, if it has two
    or more (see :func:`_opens_comment`)."""
    if page.openings is None:
        page.openings = [
            index
            for index, line in enumerate(page.lines)
            if line and page.open(index) and _opens_comment(page, index)
        ]
    openings = iter(index for index in page.openings if page.open(index))
    best: list[int] = []
    run: list[int] = []
    level = 0  # the indent of the run's last opening
    margin = 0  # lines of text since then at that indent or left of it
    following = next(openings, None)
    for index, line in enumerate(page.lines):
        if following is None:
            break
        if not line or not page.open(index):
            continue
        if index != following:
            margin += page.markers[index][0] <= level and page.markers[index][1] is None
            continue
        following = next(openings, None)
        if margin > _OPENING_GAP:
            run = []
        level, margin = page.markers[index][0], 0
        run.append(index)
        if len(run) > len(best):
            best = list(run)
    if len(best) < _MIN_OPENINGS:
        return None
    return _first_item_of_list(page, best[0])


def _first_item_of_list(page: Page, first: int) -> int:
    """The first item of the list whose item *first* is (a pingback or a comment with no
    name may come before the first that opens like a comment): back over chrome, items at
    its indent and lines indented deeper (their text, replies), up to any other line."""
    start = index = first
    depth, marker = page.markers[first]
    if marker is None:
        # A thread with no list: nothing tells its comments before this one; but a number
        # alone on the line above is this comment's.
        before = page.previous_content(first)
        return before if before is not None and _bare_marker(page, before) else first
    while (before := page.previous_content(index)) is not None:
        indent, marker = page.markers[before]
        if not page.is_chrome(before):
            if marker is not None and indent == depth:
                start = before
            elif indent <= depth:
                break
        index = before
    return start


def _opens_comment(page: Page, index: int) -> bool:
    """Whether line *index* opens a comment wherever it stands: it is a commenter's name
    with a template's decoration (`Jane says:`, `Avatar Jane`), or a name with a date
    (`Jane · March 3, 2014`) or above a date line that a list marker, an indent or an
    indented text below sets apart (a post's byline has the same words, at the margin,
    above prose at the margin)."""
    text = page.lines[index]
    if len(text) > _LONGEST_OPENING or text.count(" ") > _MOST_OPENING_SPACES:
        return False
    # Cheap tests first: most lines have neither a template word nor, set apart, a date.
    tokens = folded_tokens(text)
    templated = not _TEMPLATE_WORDS.isdisjoint(tokens)
    apart = None if templated else _set_apart(page, index)
    if not templated and not (apart and (may_hold_a_date(text) or _above_date(page, index))):
        return False
    line = _thread_line(page, index)
    if not line.is_item or not line.text or _bare_marker(page, index):
        return False
    if not is_commenter_name(strip_author_decoration(line.text)):
        return False
    if templated and template_decorated(line.text):
        return True  # a template word: `says:`, `Avatar`
    if dated_name(line.text) is None and (line.text.endswith(":") or not _above_date(page, index)):
        return False  # neither a date on the line nor one below it (`Published:` labels one)
    return apart if apart is not None else _set_apart(page, index)


def _set_apart(page: Page, index: int) -> bool:
    """Whether line *index* stands apart from the prose of the page as a comment's first
    line does: a list marker or an indent, a number alone above it, or an indented text
    below it."""
    if page.markers[index][1] is not None or page.markers[index][0] > 0:
        return True
    before = page.previous_content(index)
    if before is not None and _bare_marker(page, before):
        return True
    after = _next_text(page, index)
    return after is not None and page.markers[after][0] > page.markers[index][0]


_ITEM_TEXT_KINDS: Final = frozenset({"date", "comment-meta"})
"""The chrome kinds of a line that, after a list item, is the item's own (its date, its
reply link)."""
_SAYING_END: Final = frozenset(".!?…)")
"""How a comment's line may end, and a menu's links do not."""


def _comments_start(page: Page, reclaims: frozenset[Rule]) -> int | None:
    no_thread_before = -1  # a header above this line has the same first line, and no thread
    for index in range(len(page.lines)):
        if page.kind(index) == "comments-header" and index > no_thread_before:
            first = _next_text(page, index)
            if first is None or _thread_line(page, first).is_item:
                return index + 1
            # Every header before `first` skips the same chrome to the same line: asking
            # again for each would take time quadratic in a page of headers and chrome.
            no_thread_before = first
    opened = _first_of_openings(page)
    if opened is not None:
        return opened
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
    # date or a comment's meta line the patterns took for chrome is the item's, whatever
    # its digits look like (`3. März 2014` opens like an item numbered 3). Other chrome
    # after an item ends a thread (related posts after it) or a footer's menu of links
    # (`Back to top` after it): the items of a thread then read like comments (one ends
    # a sentence, or is a pingback).
    followed = chrome_after = 0
    for i in items:
        after = page.next_content(i)
        if after is None:
            continue
        if (
            page.kind(after) in _ITEM_TEXT_KINDS
            or not (page.markers[after][1] or page.is_chrome(after))
            or _reclaimable(page, after, reclaims, separators=True)  # a reply of emoji
        ):
            followed += 1
        elif page.is_chrome(after):
            chrome_after += 1
    said = any(
        page.lines[i][-1:] in _SAYING_END or is_pingback_title(strip_marker(page.lines[i]))
        for i in items
    )
    words = sum(word_count(page.lines[i]) for i in items)
    return start if followed or (chrome_after and said) or words >= 15 * len(items) else None
