"""Lines to labels: which region of the page each line belongs to, and the rule that said so.

The segmenter sees each line twice: as the page gave it (indentation and list markers tell
nesting) and normalized (what the text says). It works in passes, each a small rule:

1. **patterns**: lines that are chrome wherever they stand (:mod:`herseeds.patterns`);
2. **blocks**: chrome recognizable by shape and neighbours: image captions (alt text and
   caption repeating one sentence), newsletter boxes, link lists, related-post teasers;
3. **comments**: the region after a comments header, or a trailing indented list, is
   labelled by :mod:`herseeds.comments`;
4. **header**: title, subtitle (dek) and byline before the first paragraph;
5. **link lists**: three or more adjacent short lines that are not wrapped prose;
6. **author**: the bio after an author-box line or as the closing ``NAME is a …`` line,
   and a sign-off (the writer's name) closing the article;
7. **teasers**: related-post headlines and blurbs after the prose;
8. everything left is ``article``.
"""

from __future__ import annotations

import itertools
import unicodedata
from typing import TYPE_CHECKING, Final

import attrs
import regex
from attrs import frozen

from herseeds.comments import (
    ThreadLine,
    is_name_line,
    label_thread,
    split_marker,
    strip_author_decoration,
    strip_marker,
    thread_line,
)
from herseeds.model import CHROME_PREFIX
from herseeds.patterns import BIO_OPENING, BYLINE_PATTERNS, CHROME_PATTERNS, is_sign_off

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

__all__ = ["LineDecision", "segment"]

_MAX_PATTERN_LINE: Final = 400  # longer lines are prose: no chrome pattern is that long
_MAX_BYLINE: Final = 160
_MAX_TITLE: Final = 200
_MAX_SUBTITLE: Final = 320
_MAX_BIO_WORDS: Final = 80
# What stands between a headline (and its dek) and the article.
_HEADER_CHROME: Final = frozenset(
    {"credit", "caption", "date", "share", "byline-template", "navigation", "taxonomy"}
)


@frozen
class LineDecision:
    """The label of one line, and the name of the rule or pattern that decided it."""

    label: str
    rule: str


_BLANK: Final = LineDecision("blank", "blank line")
_ARTICLE: Final = LineDecision("article", "default: prose")


def chrome(kind: str, rule: str) -> LineDecision:
    """A chrome decision of *kind*, decided by *rule*."""
    return LineDecision(CHROME_PREFIX + kind, rule)


def segment(
    raw_lines: Sequence[str],
    lines: Sequence[str],
    *,
    check: Callable[[], None] | None = None,
) -> list[LineDecision]:
    """Label every line of a page.

    *raw_lines* are the page's lines as read, *lines* the same lines normalized; both have
    the same length, and so has the result. *check*, when given, is called between passes
    (it raises to stop a page that takes too long).

    >>> [d.label for d in segment(["Hello.", " ", "World."], ["Hello.", "", "World."])]
    ['article', 'blank', 'article']
    """
    if len(raw_lines) != len(lines):
        raise ValueError("raw_lines and lines must have the same length")
    page = _Page(raw_lines, lines)
    for step in (
        page.match_patterns,
        page.find_comments,
        page.find_captions,
        page.find_newsletter_boxes,
        page.find_header,
        page.find_late_bylines,
        page.find_link_lists,
        page.find_menus,
        page.find_late_comments,
        page.find_bio,
        page.find_teasers,
        page.find_comments_before_teasers,
        page.find_sign_off,
    ):
        step()
        if check is not None:
            check()
    return [
        decision or (_BLANK if not line else _ARTICLE)
        for decision, line in zip(page.decisions, lines, strict=True)
    ]


_SENTENCE_END: Final = regex.compile(r"[.!?…:;,][”\"’')\]]*$")
_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
_SMALL_WORDS: Final = frozenset(
    "a an and as at but by for from in into nor of on or over per so the to up via vs with".split()
)


def _wrapped(lines: Iterable[str]) -> bool:
    """Whether adjacent lines read as one paragraph wrapped by the renderer.

    A wrapped paragraph goes on mid-sentence, so some line after the first begins with a
    lower-case word; the titles of a link list each begin with a capital or a digit.
    """
    return any(line[:1].islower() for line in list(lines)[1:])


_POSTED_BY: Final = regex.compile(r"(?:posted|written|published) by ", regex.IGNORECASE)


def _word_count(text: str) -> int:
    """Words in a normalized line, counted by its spaces: cheap, and exact enough for bounds."""
    return text.count(" ") + 1 if text else 0


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_title_case(text: str) -> bool:
    words = [word for word in _words(text) if word.casefold() not in _SMALL_WORDS]
    if not words:
        return False
    capitalized = sum(1 for word in words if word[0].isupper() or word[0].isdigit())
    return capitalized >= 0.75 * len(words)


class _Page:
    """The lines of one page and the decisions taken so far (``None``: not decided yet)."""

    def __init__(self, raw_lines: Sequence[str], lines: Sequence[str]) -> None:
        self.raw_lines = raw_lines
        self.lines = lines
        self.markers = [split_marker(raw) for raw in raw_lines]
        self.decisions: list[LineDecision | None] = [None if line else _BLANK for line in lines]
        self.comments_start = len(lines)
        self.comments_end = len(lines)  # lines after a thread (teasers, a footer) come back

    # -- helpers -------------------------------------------------------------------

    def open(self, index: int) -> bool:
        """Whether line *index* is non-blank and still undecided."""
        return self.decisions[index] is None

    def next_content(self, index: int, stop: int | None = None) -> int | None:
        """The first non-blank line after *index*, or ``None``."""
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
        decision = self.decisions[index]
        if decision is None or not decision.label.startswith(CHROME_PREFIX):
            return None
        return decision.label.removeprefix(CHROME_PREFIX)

    # -- passes --------------------------------------------------------------------

    def match_patterns(self) -> None:
        for index, line in enumerate(self.lines):
            if not line or len(line) > _MAX_PATTERN_LINE:
                continue
            found = CHROME_PATTERNS.match(line)
            if found is None and self.markers[index][1]:
                # A share button or a menu entry is chrome in a list as much as on its own.
                found = CHROME_PATTERNS.match(strip_marker(line))
            if found is not None:
                entry, _ = found
                self.decisions[index] = chrome(entry.kind, entry.name)

    def find_captions(self) -> None:
        """Alt text and caption on adjacent lines, the second repeating the first."""
        for index in range(len(self.lines) - 1):
            first, second = strip_marker(self.lines[index]), strip_marker(self.lines[index + 1])
            if not (first and second and self.open(index) and self.open(index + 1)):
                continue
            stem = _SENTENCE_END.sub("", first).casefold()
            if _word_count(stem) >= 3 and second.casefold().startswith(stem):
                self.decisions[index] = chrome("caption", "caption: alt text")
                self.decisions[index + 1] = chrome("caption", "caption: repeats its alt text")

    def find_newsletter_boxes(self) -> None:
        """Short lines between two newsletter lines belong to the box."""
        boxes = [index for index in range(len(self.lines)) if self.kind(index) == "newsletter"]
        for start, end in itertools.pairwise(boxes):
            inside = [i for i in range(start + 1, end) if self.lines[i]]
            if len(inside) <= 8 and all(
                _word_count(self.lines[i]) <= 30 for i in inside if self.open(i)
            ):
                for i in inside:
                    if self.open(i):
                        self.decisions[i] = chrome("newsletter", "newsletter: inside the box")

    def find_comments(self) -> None:
        start = self._comments_start()
        if start is None:
            return
        self.comments_start = start
        region = range(start, len(self.lines))
        # "1. 👏👏👏", "❤️❤️": in a thread, a line of emoji only is a comment (or its text),
        # not a separator between comment fields.
        separators = self._take_back(i for i in region if self._emoji_separator(i))
        thread = [self._thread_line(i) for i in region]
        labels = label_thread(thread)
        seen_item = flat = False
        for i, label, line in zip(region, labels, thread, strict=True):
            if line.is_item:
                seen_item = True
                # A comment that is no list item keeps its text at the margin too.
                flat = line.indent == 0 and self.markers[i][1] is None
            if self.kind(i) == "date":
                self.decisions[i] = chrome("comment-meta", "comment date")
            elif self.kind(i) == "comment-form":
                flat = False  # the form closes the thread
            if not self.open(i):
                continue
            if line.indent == 0 and not line.is_item and not flat:
                if not seen_item:
                    continue  # prose between the header and the first comment: decided later
                self.comments_end = i
                break  # unindented prose ends the thread: the rest is read as the page
            if label == "comment-author":
                self.decisions[i] = LineDecision(label, "comment: author line")
            else:
                self.decisions[i] = LineDecision(label, "comment: text")
        self._give_back(separators)  # after the thread: separators after all

    def _emoji_separator(self, index: int) -> bool:
        """A line of emoji only, which the patterns take for a separator; in a thread, a
        comment."""
        return self.kind(index) == "separator" and any(
            unicodedata.category(char) == "So" and ord(char) > 0x2000 for char in self.lines[index]
        )

    def _take_back(self, indices: Iterable[int]) -> dict[int, LineDecision]:
        """Reopen the lines at *indices* for the comment thread; return what they were."""
        taken: dict[int, LineDecision] = {}
        for i in indices:
            decision = self.decisions[i]
            if decision is not None:
                taken[i] = decision
                self.decisions[i] = None
        return taken

    def _give_back(self, taken: dict[int, LineDecision]) -> None:
        """Restore the decisions of the lines :meth:`_take_back` reopened that no thread
        claimed."""
        for i, decision in taken.items():
            if self.open(i):
                self.decisions[i] = decision

    def find_late_comments(self) -> None:
        """A thread with no header, looked for again once the chrome after it is known.

        Without a header, a thread is a trailing block of indented items; a footer's links
        or related-post teasers after it hide it until their own passes have found them.
        """
        self._find_late_thread()

    def find_comments_before_teasers(self) -> None:
        """:meth:`find_late_comments` once teasers are known; the bio and the teasers are
        looked for again if a thread turns up."""
        if self._find_late_thread():
            if not any(decision and decision.label == "bio" for decision in self.decisions):
                self.find_bio()
            self.find_teasers()

    def _find_late_thread(self) -> bool:
        """Look for a thread if none was found yet; return whether one is found now."""
        if self.comments_start < len(self.lines):
            return False
        # Indented teasers and captions (a repeated author line) may be the thread's own
        # lines, taken before it was known: give them back while looking, and keep them as
        # they were where no thread claims them.
        taken = self._take_back(
            i
            for i, decision in enumerate(self.decisions)
            if decision is not None
            and decision.rule.startswith(("related: teaser", "caption:"))
            and self.markers[i][0] > 0
        )
        self.find_comments()
        self._give_back(taken)
        if self.comments_start == len(self.lines):
            return False
        # The thread moves the article's end: the passes that look around that end run
        # again. Each decides open lines only, so what they found before stays.
        self.find_link_lists()
        self.find_menus()
        return True

    def _thread_line(self, index: int) -> ThreadLine:
        """A line of the comment region; a name line right above a date starts a comment.

        Themes that render comments without a list still put the commenter's name on a line
        of its own, then the date (``Jane Doe`` / ``March 3, 2014 at 10:03 am``).
        """
        line = thread_line(self.raw_lines[index], self.lines[index])
        if self.is_chrome(index):
            return attrs.evolve(line, is_item=False)  # a heading or a button starts no comment
        if line.is_item or not line.text:
            return line
        following = self.next_content(index)
        while following is not None and self.kind(following) == "separator":
            following = self.next_content(following)
        if (
            following is not None
            and self.kind(following) in {"date", "comment-meta"}
            and is_name_line(strip_author_decoration(line.text))
        ):
            return attrs.evolve(line, is_item=True)
        return line

    def _comments_start(self) -> int | None:
        no_thread_before = -1  # a header above this line has the same first line, and no thread
        for index in range(len(self.lines)):
            if self.kind(index) == "comments-header" and index > no_thread_before:
                first = self.next_content(index)
                while first is not None and self.is_chrome(first):
                    first = self.next_content(first)
                if first is None or self._thread_line(first).is_item:
                    return index + 1
                # Every header before `first` skips the same chrome to the same line: asking
                # again for each would take time quadratic in a page of headers and chrome.
                no_thread_before = first
        # No header: a trailing block of indented list items is a comment thread when its
        # items read like comments (some have follow-up paragraphs, or they are long).
        start = None
        for index in range(len(self.lines) - 1, -1, -1):
            if not self.lines[index] or (
                self.is_chrome(index) and not self._emoji_separator(index)
            ):
                continue
            indent, marker = self.markers[index]
            if indent == 0:
                break
            if marker is not None:
                start = index
        if start is None:
            return None
        items = [i for i in range(start, len(self.lines)) if self.markers[i][1] and self.open(i)]
        followed = sum(
            1 for i in items if (n := self.next_content(i)) is not None and not self.markers[n][1]
        )
        words = sum(_word_count(self.lines[i]) for i in items)
        return start if followed or words >= 15 * len(items) else None

    def find_header(self) -> None:
        """Title, subtitle and bylines: the lines before the first paragraph."""
        title = subtitle = byline = None
        for index in range(self.comments_start):
            if not self.open(index):
                continue
            line = self.lines[index]
            if len(line) <= _MAX_BYLINE and BYLINE_PATTERNS.match(line):
                byline = index
                self.decisions[index] = LineDecision("byline", "byline: by NAME")
            elif title is None and subtitle is None and self._title_like(index):
                title = index
                self.decisions[index] = LineDecision("title", "title: first short line")
            elif (
                title is not None
                and subtitle is None
                and byline is None  # a dek comes before the byline; after it, the article
                and self._subtitle_like(index)
            ):
                subtitle = index
                self.decisions[index] = LineDecision(
                    "subtitle", "subtitle: dek before a byline or credit"
                )
            else:
                break

    def find_late_bylines(self) -> None:
        """Bylines below the header: before the first long paragraph (after a photo, a
        menu), or anywhere when they say who posted (Blogger's ``Posted by X at 10:03 AM``
        closes the post)."""
        first_prose, _ = self._prose_bounds()
        for index in range(self.comments_start):
            line = self.lines[index]
            if not self.open(index) or len(line) > _MAX_BYLINE:
                continue
            if (index < first_prose or _POSTED_BY.match(line)) and BYLINE_PATTERNS.match(line):
                self.decisions[index] = LineDecision("byline", "byline: by NAME")

    def _title_like(self, index: int) -> bool:
        line = self.lines[index]
        following = self.next_content(index, self.comments_start)
        adjacent = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        return (
            following is not None
            and len(line) <= _MAX_TITLE
            and self.markers[index][1] is None
            and not (_SENTENCE_END.search(line) and not line.endswith(("?", "!", "”", "’")))
            and not line.endswith((".”", ".’", '."'))
            and _word_count(line) <= 30
            # A line the next one goes on from, lower-case, is wrapped prose.
            and not adjacent[:1].islower()
        )

    def _subtitle_like(self, index: int) -> bool:
        """A dek: a short line followed by what follows a headline (a credit, a byline, a
        date, share buttons), with the article still to come after that."""
        following = self.next_content(index, self.comments_start)
        if following is None or len(self.lines[index]) > _MAX_SUBTITLE:
            return False
        after = self.lines[following]
        header_like = self.kind(following) in _HEADER_CHROME or (
            len(after) <= _MAX_BYLINE and BYLINE_PATTERNS.match(after) is not None
        )
        return header_like and any(self.open(i) for i in range(following + 1, self.comments_start))

    def find_link_lists(self) -> None:
        """Three or more adjacent short lines without sentence ends, before or after the prose.

        Inside the article such lines are a poem, a table or code, and stay.
        """
        first_prose, last_prose = self._prose_bounds()
        self._link_lists_in(0, self.comments_start, first_prose, last_prose)
        # After a thread there is no more article: every short run there is chrome.
        self._link_lists_in(self.comments_end, len(self.lines), len(self.lines), -1)

    def _link_lists_in(self, start: int, stop: int, first_prose: int, last_prose: int) -> None:
        index = start
        while index < stop:
            run_end = index
            while run_end < stop and self.lines[run_end] and self.open(run_end):
                run_end += 1
            run = range(index, run_end)
            if (
                len(run) >= 3
                and all(
                    _word_count(self.lines[i]) <= 25 and self.markers[i][1] is None for i in run
                )
                and not _wrapped(self.lines[i] for i in run)
                and (run_end <= first_prose or index > last_prose)
            ):
                unended = sum(1 for i in run if not _SENTENCE_END.search(self.lines[i]))
                if unended * 3 >= len(run) * 2:
                    for i in run:
                        self.decisions[i] = chrome("link-list", "link list: adjacent short lines")
            index = max(run_end, index + 1)

    def find_menus(self) -> None:
        """Four or more list items of a few words each, before or after the prose: a menu."""
        first_prose, last_prose = self._prose_bounds()
        run: list[int] = []
        for index in [*range(self.comments_start), None]:
            if index is not None and not self.lines[index]:
                continue
            if (
                index is not None
                and self.open(index)
                and self.markers[index][1] is not None
                and _word_count(self.lines[index]) <= 6
                and not _SENTENCE_END.search(self.lines[index])
            ):
                run.append(index)
                continue
            outside = bool(run) and (run[-1] < first_prose or run[0] > last_prose)
            if len(run) >= 4 and outside:
                for item in run:
                    self.decisions[item] = chrome("navigation", "menu: a list of short links")
            run = []

    def _prose_bounds(self) -> tuple[int, int]:
        """The first and last long paragraph before the comments (or the ends of the page)."""
        long_paragraphs = [
            i
            for i in range(self.comments_start)
            if self.open(i) and _word_count(self.lines[i]) >= 40
        ]
        if not long_paragraphs:
            return self.comments_start, -1
        return long_paragraphs[0], long_paragraphs[-1]

    def find_teasers(self) -> None:
        """Related posts after the article: a title-case headline, then a one-line blurb."""
        last_prose = self._prose_bounds()[1]
        self._teasers_in(last_prose + 1, self.comments_start)
        self._teasers_in(self.comments_end, len(self.lines))

    def _teasers_in(self, start: int, stop: int) -> None:
        pairs: list[tuple[int, int]] = []
        for index in range(start, stop):
            if not self.open(index) or not self._headline_like(index):
                continue
            blurb = self.next_content(index, stop)
            if blurb is None or not self.open(blurb) or _word_count(self.lines[blurb]) > 45:
                continue
            pairs.append((index, blurb))
        # One teaser alone is chrome only between chrome; a run of two or more is a list.
        headlines = {headline for headline, _ in pairs}
        for position, (headline, blurb) in enumerate(pairs):
            in_run = any(
                other != (headline, blurb) and self._adjacent_pairs((headline, blurb), other)
                for other in pairs[max(0, position - 1) : position + 2]
            )
            before = self.previous_content(headline)
            after = self.next_content(blurb, stop)
            framed = (before is None or not self.open(before)) and (
                after is None or not self.open(after) or after in headlines
            )
            if in_run or framed:
                self.decisions[headline] = chrome("related", "related: teaser headline")
                self.decisions[blurb] = chrome("related", "related: teaser blurb")

    def _adjacent_pairs(self, first: tuple[int, int], second: tuple[int, int]) -> bool:
        earlier, later = sorted((first, second))
        return self.next_content(earlier[1]) == later[0]

    def _headline_like(self, index: int) -> bool:
        line = self.lines[index]
        return (
            _word_count(line) <= 14
            and not line.endswith((".", ":", ";", ","))
            and _is_title_case(line)
            and BIO_OPENING.match(line) is None
        )

    def find_sign_off(self) -> None:
        """The writer's name closing the article, right after its last paragraph."""
        last = self.previous_content(self.comments_start)
        while last is not None and not self.open(last):
            last = self.previous_content(last)
        if last is None or not is_sign_off(self.lines[last]):
            return
        before = self.previous_content(last)
        if before is not None and self.open(before) and _word_count(self.lines[before]) >= 8:
            self.decisions[last] = LineDecision("byline", "sign-off: the name closing the article")

    def find_bio(self) -> None:
        """The paragraph after an author-box line, or a closing ``NAME is a …`` paragraph."""
        for index in range(self.comments_start):
            if self.kind(index) not in {"byline-template", "author-box"}:
                continue
            following = self.next_content(index, self.comments_start)
            if following is not None and self.open(following):
                self.decisions[following] = LineDecision("bio", "bio: after the author box")
                return
        last_prose = self._prose_bounds()[1]
        for index in range(last_prose + 1, self.comments_start):
            line = self.lines[index]
            if self.open(index) and BIO_OPENING.match(line) and _word_count(line) <= _MAX_BIO_WORDS:
                self.decisions[index] = LineDecision("bio", "bio: NAME is a ... after the article")
                return
