"""A comment region to threads: which lines are author lines, and the comments they make.

Page dumps render a comment thread as a nested list: ``  1. item`` at the top level, two
more spaces of indent per reply level, often ``    • item`` for replies. A comment is a list
item and the indented lines after it; its first line is either the commenter's name
(``Billy Clary``, ``bzukovich657 Avatar``, ``Jane says:``) or already its text.

:func:`label_thread` decides the labels of a region's lines (``comment``,
``comment-author``), and :func:`build_comments` the comments they make: the thread pass of
the segmenter calls both, and each line's decision carries its comment
(:class:`~herseeds.decisions.CommentFacts`) to the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex
from attrs import frozen

from herseeds.decisions import CommentFacts
from herseeds.languages import NAME_PARTICLES, alternation, words
from herseeds.model import Comment, CommentKind
from herseeds.patterns import AGO, DATED_NAME

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "ThreadLine",
    "build_comments",
    "dated_name",
    "folded_tokens",
    "is_commenter_name",
    "is_name_line",
    "is_pingback_title",
    "label_thread",
    "may_hold_a_date",
    "split_marker",
    "strip_author_decoration",
    "strip_marker",
    "template_decorated",
    "thread_line",
]

# The list markers of page dumps: a number (`1.`, `2)`) or a bullet (`•`, `*`, `-`, ...;
# text browsers mark nested lists with `□`, `☆`, `○`).
_LIST_MARKER: Final = r"(?:\d{1,4}[.)]|[•◦▪▫‣∙·*+–□☆○●■-])"
# A list marker at the start of a raw line: `  1. `, `    • `, `  * `, `  - `; or alone on
# its line (`  1.`), when the item's first line is the next (a comment's number, then
# the commenter's name).
_MARKER: Final = regex.compile(
    rf"^(?P<indent>[ \t\u00a0]*)(?P<marker>{_LIST_MARKER})(?:[ \u00a0]+|[ \u00a0]*$)"
)


@frozen
class ThreadLine:
    """One line of a comment region as the thread parser sees it."""

    text: str
    """The normalized line without its list marker."""
    indent: int
    """Columns of indentation before the marker or the text."""
    is_item: bool
    """Whether the line starts a list item."""


def split_marker(raw: str) -> tuple[int, str | None]:
    """Return the indent of *raw* and its list marker (``None`` when it is not an item).

    >>> split_marker("    • Robyn McComb"), split_marker("      Robyn McComb")
    ((4, '•'), (6, None))
    """
    if not raw or raw[0].isalpha():
        return 0, None  # most lines: prose starting at the margin
    found = _MARKER.match(raw)
    if found is not None:
        return _columns(found.group("indent")), found.group("marker")
    stripped = raw.lstrip(" \t\u00a0")
    return _columns(raw[: len(raw) - len(stripped)]), None


_LEADING_MARKER: Final = regex.compile(rf"{_LIST_MARKER}(?: |$)")


def strip_marker(line: str) -> str:
    """Remove the list marker from the start of a normalized item line.

    >>> strip_marker("12. Great film"), strip_marker("• Reply text")
    ('Great film', 'Reply text')
    """
    found = _LEADING_MARKER.match(line)
    return line[found.end() :] if found else line


def _columns(indent: str) -> int:
    return len(indent.replace("\t", "    "))


# `Avatar` (alt text of the commenter's picture), `says:` (WordPress), `said...` (Blogger),
# `wrote on <date>:` and `commented at <date>` (many themes), in every language.
_TEMPLATE_WORD: Final = alternation(words("decorations"))
_TEMPLATE_DATE_WORD: Final = alternation(words("decoration_date_words"))
# Disqus and Medium: `Name • 3 years ago`, `Name · March 3, 2014`.
_AGO_OR_DATE: Final = (
    rf"(?:{AGO}"
    r"|\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4}"
    rf"|{alternation(words('edited'))})"
)
# One or more decorations up to the end of the line. Built to run in time linear in the
# line (see docs/robustness.md): a decoration starts at a space, a colon or a comma that
# does not follow the end of another decoration (that earlier start would strip more, so
# the search never retries every link of a long chain), and its runs of spaces and
# punctuation are possessive (giving some back can never help the match).
_DECORATION: Final = regex.compile(
    rf"(?=[\s:,])(?<![\s:,])(?<!\s{_TEMPLATE_WORD}\s*[:.…]*)"
    rf"(?<!\s{_TEMPLATE_WORD}\s+{_TEMPLATE_DATE_WORD}\s+.{{1,60}}\s*[:.…]*)"
    rf"(?<!\s[•·|]\s+{_AGO_OR_DATE})"
    rf"(?:\s++{_TEMPLATE_WORD}\b(?:\s++{_TEMPLATE_DATE_WORD}\s++.{{1,60}}?)?(?:\s*+[:.…]++)?+"
    rf"|\s*+[:,]|\s++[•·|]\s++{_AGO_OR_DATE})+$",
    regex.IGNORECASE,
)


# The last word of each decoration (`a dit`: `dit`): a line with none of them, no bullet
# and no colon or comma at its end has no decoration, and skips the search.
_DECORATION_WORDS: Final = frozenset(phrase.split()[-1] for phrase in words("decorations"))


def folded_tokens(text: str) -> set[str]:
    """The words of *text*, case folded, split at spaces, without the punctuation at
    their edges (``Jane says:`` → ``{"jane", "says"}``): what cheap tests look up in a
    set of template words before a pattern is run."""
    return {token.strip(":.,;…!?()") for token in text.casefold().split()}


def _may_end_in_decoration(text: str) -> bool:
    """A cheap test that *text* (stripped on the right) may end in decorations: it ends
    with a colon or a comma, holds a bullet or a bar (`Jane • 3 years ago`), or holds a
    decoration's word."""
    if text[-1:] in ":," or "•" in text or "·" in text or "|" in text:
        return True
    return not _DECORATION_WORDS.isdisjoint(folded_tokens(text))


def strip_author_decoration(text: str) -> str:
    """Remove what comment templates add to a name: ``Avatar``, ``says:``, ``said...``,
    the comment's date after it.

    >>> strip_author_decoration("Ada B. Lovelace Avatar"), strip_author_decoration("Jo says:")
    ('Ada B. Lovelace', 'Jo')
    >>> strip_author_decoration("Jo Doe wrote on May 4, 2020 at 3:53 am:")
    'Jo Doe'
    >>> strip_author_decoration("Jo Doe • 3 years ago")
    'Jo Doe'
    >>> strip_author_decoration("Avatar Jo Doe says:"), strip_author_decoration("jo 3.3.2014 12:01")
    ('Jo Doe', 'jo')
    """
    if len(text) > _LONGEST_AUTHOR_LINE:
        return text  # a paragraph of text, not a name with a decoration: skip the search
    stripped = text.rstrip()
    if _may_end_in_decoration(stripped):
        stripped = _DECORATION.sub("", stripped)
    stripped = stripped.strip()
    dated = dated_name(stripped)
    if dated is not None:
        stripped = dated
    avatar = _LEADING_AVATAR.match(stripped)
    if avatar is not None and avatar.end() < len(stripped):
        stripped = stripped[avatar.end() :]
    return stripped


# `Avatar Jane says:`: the alt text of the commenter's picture, printed before the name.
_LEADING_AVATAR: Final = regex.compile(
    rf"{alternation(words('avatars'))}\b[:\s]*+(?=\S)", regex.IGNORECASE
)
# What opens a date line or a byline rather than a name: `Published March 3, 2014` is no
# comment by somebody called Published; nor is `Monday March 3, 2014` one by Monday, or
# `By Jane Doe, March 3, 2014` one by "By Jane Doe".
_NOT_NAME_OPENERS: Final = frozenset(
    token
    for phrase in words("date_labels") + words("weekdays") + words("months") + words("byline_words")
    for token in phrase.split()
)


def template_decorated(text: str) -> bool:
    """Whether a comment template's words decorate the name on *text*: ``Jane says:``,
    ``Avatar Jane``, ``Jane • 3 years ago`` (a colon alone, a date alone, do not).

    >>> template_decorated("Jane says:"), template_decorated("Share this:")
    (True, False)
    """
    bare = text.rstrip(":, ")
    if len(bare) > _LONGEST_AUTHOR_LINE:
        return False
    dated = DATED_NAME.fullmatch(bare)
    if dated is not None:  # `Jo wrote on May 4, 2020` is decorated; `Jo | May 4, 2020` not
        bare = dated.group("name")
    return _DECORATION.sub("", bare) != bare or _LEADING_AVATAR.match(bare) is not None


def dated_name(text: str) -> str | None:
    """The name of an author line that is a name and a date, or ``None``.

    >>> dated_name("Armanox June 28, 2015 at 10:25 pm"), dated_name("Jane | Di, 21. April 2020")
    ('Armanox', 'Jane')
    >>> dated_name("Published March 3, 2014"), dated_name("Great post March 3, 2014")
    (None, None)
    """
    if len(text) > _LONGEST_DATED_NAME or not may_hold_a_date(text):
        return None  # a comment's text, not its author line: skip the pattern
    found = DATED_NAME.fullmatch(text)
    if found is None:
        return None
    name = _DECORATION.sub("", found.group("name")).strip()
    return name if is_commenter_name(name) else None


# A name of 60 characters, a date with its time, and a permalink's words, at most.
_LONGEST_DATED_NAME: Final = 140
_DATE_UNITS: Final = frozenset(words("time_units"))


def may_hold_a_date(text: str) -> bool:
    """Whether *text* has what every date has: a digit, or a relative time's unit (`vor
    einem Jahr`), cheaply, before a date pattern is tried.

    >>> may_hold_a_date("Jane · vor einem Jahr"), may_hold_a_date("Jane Doe says:")
    (True, False)
    """
    if any(map(str.isdigit, text)):
        return True
    return not _DATE_UNITS.isdisjoint(token.strip(":.,;…!?()") for token in text.casefold().split())


def is_commenter_name(name: str) -> bool:
    """Whether *name* (decorations stripped) may be a commenter's: name-shaped
    (:func:`is_name_line`), and not a date's label, a weekday or a byline's word
    (``Published``, ``Monday``, ``By Jane Doe``).

    >>> is_commenter_name("Jane Doe"), is_commenter_name("By Jane Doe")
    (True, False)
    """
    first = name.split(maxsplit=1)[0].strip(",.:").casefold() if name else ""
    return first not in _NOT_NAME_OPENERS and is_name_line(name)


_LONGEST_AUTHOR_LINE: Final = 200


# Words that make a short line a sentence rather than a name, in every language. Names in
# comment sections are often lower-case handles (`tosin motunbade`), so capitalization
# alone cannot decide. The particles of names (`da`, `von`) are no sentence words there.
_SENTENCE_WORDS: Final = frozenset(words("stop_words")) - frozenset(NAME_PARTICLES)
_NAME_TOKEN: Final = regex.compile(
    r"(?:\p{Lu}\.?|[\p{L}\p{N}][\p{L}\p{N}_'’.-]*)(?:\s*\(.{1,30}\))?"
)
_EXCERPT_OPENINGS: Final = ("[…]", "[...]", "[…", "[...")
_TRAILING_ASIDE: Final = regex.compile(r"\s*\([^()]{1,40}\)$")
_PINGBACK: Final = regex.compile(r"(?i:pingback|trackback)\s*:\s*(?P<title>.+)")


def is_name_line(text: str) -> bool:
    """Tell whether *text* (decorations stripped) looks like a commenter's name.

    A name is one to five tokens, no sentence punctuation at the end, and no common
    sentence word unless it is capitalized as part of a name.

    >>> [is_name_line(t) for t in ("Billy Clary", "bzukovich657", "tosin motunbade")]
    [True, True, True]
    >>> [is_name_line(t) for t in ("Thanks for the writeup.", "Great post", "Wow!!!")]
    [False, False, False]
    """
    text = _TRAILING_ASIDE.sub("", text)  # "Jane Doe (rhymes with sketch)"
    if not text or len(text) > 60:
        return False
    if text[-1] in ".!?…:;,\"”'’)" and not _ends_with_initial(text):
        return False
    tokens = text.split()
    if not 1 <= len(tokens) <= 5:
        return False
    for token in tokens:
        if not _NAME_TOKEN.fullmatch(token):
            return False
        if token.casefold() in _SENTENCE_WORDS and not token[0].isupper():
            return False
    # A capitalized sentence word is fine inside a name ("Will Smith"), not as all of it.
    return not all(token.casefold() in _SENTENCE_WORDS for token in tokens)


def _ends_with_initial(text: str) -> bool:
    return (
        len(text) >= 2
        and text[-1] == "."
        and text[-2].isupper()
        and (len(text) == 2 or not text[-3].isalpha())
    )


def thread_line(raw: str, line: str) -> ThreadLine:
    """Read one line of a comment region: *raw* as the page gave it, *line* normalized.

    An item starts at a list marker, or at a name line that a comment template decorated
    (Blogger's ``Jane Doe said...``, ``Unknown said...``), which Blogger does not indent.

    >>> thread_line("  2. Billy Clary", "2. Billy Clary")
    ThreadLine(text='Billy Clary', indent=2, is_item=True)
    >>> thread_line("Unknown said...", "Unknown said...").is_item
    True
    """
    indent, marker = split_marker(raw)
    if marker is not None:
        return ThreadLine(text=strip_marker(line), indent=indent, is_item=True)
    # A colon alone ("Further reading:") decorates no name: a template word must be there.
    bare = line.rstrip(":, ")
    name = strip_author_decoration(bare)
    decorated_name = name != bare and is_name_line(name)
    return ThreadLine(text=line, indent=indent, is_item=decorated_name)


def is_pingback_title(text: str) -> bool:
    """Tell whether an item's first line is a pingback/trackback (``Pingback: TITLE``)."""
    return _PINGBACK.fullmatch(text) is not None


def label_thread(lines: Sequence[ThreadLine]) -> list[str]:
    """Label the lines of a comment region (blank lines are passed in as empty text).

    The first line of an item is ``comment-author`` when it is a pingback title (also the
    ``Post title | Site`` line above a ``[…] excerpt``), when it carries an author
    decoration (``Avatar``, ``says:``), or when it is name-shaped and text follows it; the
    same name repeated on the next line is an author line too.
    Everything else is ``comment``; blank lines are ``blank``.
    """
    labels = ["blank" if not line.text else "comment" for line in lines]
    items = [index for index, line in enumerate(lines) if line.is_item]
    for position, start in enumerate(items):
        end = items[position + 1] if position + 1 < len(items) else len(lines)
        first = lines[start].text
        body = [index for index in range(start + 1, end) if lines[index].text]
        decorated = strip_author_decoration(first) != first
        name = strip_author_decoration(first)
        linked_excerpt = (
            " | " in name and bool(body) and lines[body[0]].text.startswith(_EXCERPT_OPENINGS)
        )
        if (
            is_pingback_title(first)
            or (decorated and is_name_line(name))
            or (body and is_name_line(name))
            or linked_excerpt  # a pingback: "Post title | Site name", then "[…] excerpt […]"
        ):
            labels[start] = "comment-author"
        if labels[start] == "comment-author" and body:
            following = body[0]
            if strip_author_decoration(lines[following].text) == name and following == start + 1:
                labels[following] = "comment-author"
    return labels


def build_comments(lines: Sequence[ThreadLine], labels: Sequence[str]) -> list[CommentFacts]:
    """Turn the labelled lines of a thread into comments with depth, parent, author and
    kind; return, for each line, the comment it belongs to.

    *labels* are ``comment`` or ``comment-author``, one per line: the thread pass passes
    the lines it claimed, not the chrome between them (``Reply``, dates). A comment starts
    at a list item, or at an author line that does not repeat the one before it (themes
    that render comments without a list). Depth comes from the indent of each comment's
    first line, counted in steps of two columns from the shallowest.
    """
    starts = []
    previous = None
    for line, label in zip(lines, labels, strict=True):
        starts.append(line.is_item or (label == "comment-author" and previous != "comment-author"))
        previous = label
    item_indents = [line.indent for line, start in zip(lines, starts, strict=True) if start]
    base = min(item_indents, default=0)
    comments: list[Comment] = []
    owner: list[int] = []  # for each line, the index of its comment
    stack: list[int] = []  # index in `comments` of the open comment at each depth
    author: str | None = None
    paragraphs: list[str] = []
    depth = 0
    open_item = False

    def close() -> None:
        if not open_item:
            return
        parent = stack[depth - 1] if depth > 0 and len(stack) >= depth else None
        text = "\n\n".join(paragraphs)
        kind: CommentKind = "comment"
        name = author
        if name is not None:
            pingback = _PINGBACK.fullmatch(name)
            if pingback is not None:
                name, kind = pingback.group("title").strip(), "pingback"
            elif " | " in name and text.startswith(_EXCERPT_OPENINGS):
                kind = "pingback"
        comments.append(
            Comment(
                author=name,
                text=text,
                depth=depth if parent is not None else 0,
                parent=parent,
                kind=kind,
            )
        )
        del stack[depth if parent is not None else 0 :]
        stack.append(len(comments) - 1)

    for line, label, start in zip(lines, labels, starts, strict=True):
        if start:
            close()
            open_item = True
            depth = max(0, (line.indent - base) // 2)
            depth = min(depth, len(stack))  # a reply cannot skip a level
            author, paragraphs = None, []
        elif not open_item:
            # Text before the first item (a thread whose first marker was lost) opens a comment.
            open_item, depth, author, paragraphs = True, 0, None, []
        owner.append(len(comments))  # the index the open comment will have
        if label == "comment-author":
            if author is None:
                author = strip_author_decoration(line.text)
        else:
            paragraphs.append(line.text)
    close()
    return [CommentFacts(index, comments[index]) for index in owner]
