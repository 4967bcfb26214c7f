"""Lines to decisions: which region of the page each line belongs to, by which rule, and
what the rule found there.

The segmenter runs the passes of :data:`PASSES`, in order, over one shared
:class:`~herseeds.segmenting.page.Page`. Each pass decides the lines still open and
leaves the others alone, but for the lines its entry says it may reclaim (and gives back
what it did not claim); a pass that finds a thread moves the article's end, so its entry
names the passes to run again then, and why. The passes are grouped by concern:
:mod:`.blocks` (patterns, captions, boxes, link lists, menus, teasers), :mod:`.threads`,
:mod:`.header` and :mod:`.author`. Whatever no pass claims is article prose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from attrs import frozen

from herseeds.decisions import PROSE, LineDecision, Rule
from herseeds.patterns import SEPARATOR_RULES
from herseeds.segmenting import author, blocks, header, paragraphs, scorer, threads
from herseeds.segmenting.page import Page

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from herseeds.model import PageShape

__all__ = ["PASSES", "LineDecision", "Pass", "segment"]


@frozen
class Pass:
    """One pass of the segmenter, as :data:`PASSES` lists it."""

    name: str
    run: Callable[[Page, frozenset[Rule]], bool | None]
    """Decides lines of the page; returns ``True`` when the passes in :attr:`reruns` must
    run again."""
    why: str
    """What it finds, and why it runs here."""
    reclaims: frozenset[Rule] = frozenset()
    """The rules whose lines it may take back (and gives back if it does not claim them)."""
    reruns: tuple[str, ...] = ()
    """The passes run again, in order, when this one returns ``True``."""


# Indented teasers and captions (a repeated author line) may be a thread's own lines, taken
# before the thread was known.
_THREAD_LOOKALIKES: Final = SEPARATOR_RULES | {
    blocks.TEASER_HEADLINE,
    blocks.TEASER_BLURB,
    blocks.CAPTION_ALT_TEXT,
    blocks.CAPTION_REPEAT,
}

PASSES: Final[tuple[Pass, ...]] = (
    Pass(
        "patterns",
        blocks.match_patterns,
        "Lines that are chrome wherever they stand; first, as everything after reads them.",
    ),
    Pass(
        "thread",
        threads.find_thread,
        "The comment thread after a comments header, or a trailing block of indented "
        "items; early, as it bounds the article that the passes after it look at. Emoji "
        "lines the patterns took for separators are comments inside it.",
        reclaims=SEPARATOR_RULES,
    ),
    Pass("captions", blocks.find_captions, "Alt text and the caption repeating it."),
    Pass(
        "newsletter boxes",
        blocks.find_newsletter_boxes,
        "Short lines between two newsletter lines the patterns found.",
    ),
    Pass(
        "header",
        header.find_header,
        "Title, subtitle and bylines before the first paragraph; after the captions and "
        "credits that may stand between them.",
    ),
    Pass(
        "late bylines",
        header.find_late_bylines,
        "Bylines below the header: before the first long paragraph, or who posted.",
    ),
    Pass("link lists", blocks.find_link_lists, "Runs of short lines before or after the prose."),
    Pass("menus", blocks.find_menus, "Runs of short list items before or after the prose."),
    Pass(
        "late thread",
        threads.find_late_thread,
        "A thread with no header, which a footer's link list after it hid from the first "
        "thread pass. A thread found now moves the article's end: the passes that look "
        "around that end run again (each decides open lines only, so what they found "
        "before stays).",
        reclaims=_THREAD_LOOKALIKES,
        reruns=("link lists", "menus"),
    ),
    Pass("bio", author.find_bio, "The bio after an author box, or closing the article."),
    Pass("teasers", blocks.find_teasers, "Related-post headlines and blurbs after the prose."),
    Pass(
        "thread before teasers",
        threads.find_late_thread,
        "A thread with no header hidden by the related-post teasers after it, once they "
        "are known; a thread found now moves the article's end, so the passes that look "
        "around it run again, the bio and the teasers included.",
        reclaims=_THREAD_LOOKALIKES,
        reruns=("link lists", "menus", "bio", "teasers"),
    ),
    Pass(
        "line scorer",
        scorer.find_boilerplate,
        "What no named rule decided and the learned line scorer finds unlike content "
        "(a whole page's menus, sidebars, footers); before the author passes, which look "
        "at the article's end.",
    ),
    Pass(
        "sign-off",
        author.find_sign_off,
        "The writer's name after the last paragraph; last but for the author passes, "
        "once the article's end is known.",
    ),
    Pass(
        "self-introduction",
        author.find_self_introduction,
        "'NAME here.' opening the first paragraph, once every line is decided.",
    ),
    Pass(
        "author from replies",
        author.find_author_from_replies,
        "The commenter who answers readers as the writer; after the thread is final.",
    ),
)
"""The passes, in the order they run."""

_BY_NAME: Final = {step.name: step for step in PASSES}
_ARTICLE: Final = LineDecision("article", PROSE)


def segment(
    raw_lines: Sequence[str],
    lines: Sequence[str],
    *,
    check: Callable[[], None] | None = None,
    preset: Sequence[LineDecision | None] | None = None,
    passes: Sequence[Pass] = PASSES,
    title_stated: bool = False,
    page_shape: PageShape = "auto",
) -> list[LineDecision]:
    """Decide every line of a page.

    *raw_lines* are the page's lines as read, *lines* the same lines normalized; both have
    the same length, and so has the result. *check*, when given, is called between passes
    (it raises to stop a page that takes too long). *preset* holds decisions taken before
    the passes run (an HTML page's markup tells its comments and what lies outside its
    main content), ``None`` for the lines left to them; *passes* are the passes to run, in
    order (a subset of :data:`PASSES`). *title_stated*: the page states its title where
    no line says it (an HTML page's metadata), so no line is taken for the title by its
    shape. *page_shape*: whether the page is a whole page, whose menus, sidebars and title
    the line scorer judges (:mod:`herseeds.segmenting.scorer`), a main-region dump, or
    ``auto`` (told by its shape); ``main`` for an HTML page, whose markup tells them.

    >>> [d.label for d in segment(["Hello.", " ", "World."], ["Hello.", "", "World."])]
    ['article', 'blank', 'article']
    """
    if len(raw_lines) != len(lines):
        raise ValueError("raw_lines and lines must have the same length")
    if preset is None:
        # A dump folded at a fixed width: its paragraphs joined back, each read as one line.
        folded = paragraphs.unwrap(raw_lines, lines)
        if folded is not None:
            decisions = segment(
                folded.raw_lines,
                folded.lines,
                check=check,
                passes=passes,
                title_stated=title_stated,
                page_shape=page_shape,
            )
            return folded.expand(decisions, len(lines))
    page = Page(raw_lines, lines)
    page.title_stated = title_stated
    page.shape = page_shape
    if preset is not None:
        if len(preset) != len(lines):
            raise ValueError("preset must have one decision (or None) per line")
        for index, decision in enumerate(preset):
            if decision is not None:
                page.decide(index, decision)
    for step in passes:
        if step.run(page, step.reclaims) is True:
            for name in step.reruns:
                rerun = _BY_NAME[name]
                rerun.run(page, rerun.reclaims)
        if check is not None:
            check()
    return [decision or _ARTICLE for decision in page.decisions]
