"""An HTML page to a :class:`~herseeds.model.Document`, explained line by line as a dump is.

The page is decoded (:func:`herseeds.reading.decode_html`), parsed by trafilatura's lenient
parser, and rendered to text lines as a text browser prints them (:mod:`.render`); each
line keeps the element it came from. What the markup tells is decided before the
segmenter runs, as preset decisions with their facts:

- the reader comments its comment markup holds (:mod:`.threads`): each line inside a
  comment is its author line, its text, or the chrome around it (dates, reply links);
- what lies outside the main content that trafilatura finds: chrome, of the kind a chrome
  pattern gives the line, or the kind its landmark says (``<nav>``, ``<footer>``), or
  ``boilerplate``;
- the headline, where a line says what the page's metadata calls its title.

The segmenter (:mod:`herseeds.segmenting`) then decides the lines still open: the header,
chrome inside the article, bylines and bios, as for a text dump. The page's metadata
(author, title) are facts of the page, weighed with the lines' own. trafilatura and lxml
are used here and below only; their exceptions never leave this module.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Final

import lxml.html
import trafilatura
from trafilatura.utils import load_html

from herseeds.comments import strip_marker
from herseeds.decisions import (
    CommentFacts,
    LineDecision,
    NameFacts,
    Rule,
    TitleFacts,
    chrome,
)
from herseeds.document import assemble
from herseeds.errors import InputTypeError
from herseeds.html.render import RenderedLine, render
from herseeds.html.threads import MarkupComment, find_comments
from herseeds.limits import check_size, deadline
from herseeds.model import CleanConfig, Comment, Document, checked_config
from herseeds.normalizing import normalize, normalize_lines, normalize_newlines
from herseeds.patterns import CHROME_PATTERNS
from herseeds.reading import decode_html
from herseeds.segmenting import PASSES, segment

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lxml.html import HtmlElement

    from herseeds.decisions import Facts
    from herseeds.model import ChromeKind

__all__ = [
    "COMMENT_AUTHOR",
    "COMMENT_META",
    "COMMENT_TEXT",
    "HEADLINE",
    "HIDDEN",
    "OUTSIDE_MAIN",
    "clean_html",
    "explain_html",
    "render_html",
]

_log: Final = logging.getLogger("herseeds")

COMMENT_AUTHOR: Final = Rule(
    "html.comment-author", "The author line of a comment, as the comment markup names it."
)
COMMENT_TEXT: Final = Rule("html.comment-text", "A line of a comment's text, in its markup.")
COMMENT_META: Final = Rule(
    "html.comment-meta", "A line inside a comment's markup that is neither its author nor its text."
)
OUTSIDE_MAIN: Final = Rule(
    "html.outside-main",
    "A line outside the page's main content (trafilatura's), of the kind its landmark says.",
)
HIDDEN: Final = Rule(
    "html.hidden",
    "Text the page hides (until a script shows it) that is not its main content.",
)
HEADLINE: Final = Rule(
    "html.headline", "The line that says what the page's metadata calls its title."
)

# The segmenter's thread passes look for threads in a dump's lists, where an indented list
# at the end is a thread more often than not; a page's lists are indented as they render
# (an article's, a listing's), and its comments are told by its comment markup instead.
_HTML_PASSES: Final = tuple(step for step in PASSES if "thread" not in step.name)
# Landmarks of a page's furniture, and the kind of chrome their text is.
_LANDMARKS: Final[dict[str, ChromeKind]] = {
    "nav": "navigation",
    "header": "navigation",
    "footer": "footer",
}


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    source: str | None = None,
    config: CleanConfig | None = None,
) -> Document:
    """Clean one HTML page and return its :class:`Document`.

    *html* is the page's text, or its bytes (decoded as :func:`herseeds.clean_file`
    decodes: a BOM, ``config.encoding``, the page's declared charset, then detection).
    *url* helps the metadata (relative links, the site). The document's ``labels`` are
    those of the page's lines as :func:`render_html` gives them.
    """
    _, lines, decisions, facts = _decide(html, url, source, checked_config(config))
    return assemble(lines, decisions, source=source, page_facts=facts)


def explain_html(
    html: str | bytes, *, url: str | None = None, config: CleanConfig | None = None
) -> list[tuple[str, LineDecision]]:
    """Each line of the page as :func:`clean_html` renders it, with its decision: the
    label, the rule that decided it and what it found (as :func:`herseeds.explain` does for
    a dump)."""
    raw, _, decisions, _ = _decide(html, url, None, checked_config(config))
    return list(zip(raw, decisions, strict=True))


def _decide(
    html: object, url: str | None, source: str | None, config: CleanConfig
) -> tuple[list[str], list[str], list[LineDecision], list[Facts]]:
    """The page's rendered lines, as read and normalized, their decisions, and the facts
    of its metadata."""
    text = _text(html, config, source)
    check_size(text, config.max_bytes, source)
    check = deadline(config.time_limit, source)
    tree = _parse(text)
    if tree is None:  # nothing lxml can read as HTML: the text, read as a dump
        raw = normalize_newlines(text).split("\n")
        lines = normalize_lines(raw, config=config)
        return raw, lines, segment(raw, lines, check=check), []
    rendered = _rendered(tree)
    raw = [line.text for line in rendered]
    lines = normalize_lines(raw, config=config)
    check()
    extracted = _extract(tree, url)
    comments = _comments(tree)
    check()
    preset = _preset(rendered, lines, extracted, comments)
    decisions = segment(raw, lines, check=check, preset=preset, passes=_HTML_PASSES)
    return raw, lines, decisions, _page_facts(extracted)


def render_html(html: str | bytes, *, config: CleanConfig | None = None) -> list[str]:
    """The lines of an HTML page as :func:`clean_html` labels them (``labels[i]`` is the
    label of ``render_html(html)[i]``), as a text browser prints them."""
    config = checked_config(config)
    text = _text(html, config, None)
    tree = _parse(text)
    if tree is None:
        return normalize_newlines(text).split("\n")
    return [line.text for line in _rendered(tree)]


def _text(html: object, config: CleanConfig, source: str | None) -> str:
    if isinstance(html, str):
        return html
    if isinstance(html, bytes | bytearray | memoryview):
        return decode_html(html, encoding=config.encoding, source=source)
    raise InputTypeError(f"expected the page as str or bytes, got {type(html).__name__}")


def _parse(text: str) -> HtmlElement | None:
    """The page's tree: trafilatura's lenient parser first (it mends what lxml refuses),
    then lxml's own for what trafilatura does not take for a page; ``None`` when neither
    reads it (lxml's errors on hostile input are no caller's business)."""
    for parser in (load_html, lxml.html.document_fromstring):
        try:
            tree: HtmlElement | None = parser(text)
        except Exception:
            _log.debug("%s could not parse the page", parser.__name__, exc_info=True)
            continue
        if tree is not None:
            return tree
    return None


def _rendered(tree: HtmlElement) -> list[RenderedLine]:
    """The page's lines, hidden ones included (marked: a page may keep its content hidden
    until a script shows it); a page with no text is one blank line, as an empty dump."""
    return render(tree, hidden=True) or [RenderedLine("", None)]


def _extract(tree: HtmlElement, url: str | None) -> Any:
    """trafilatura's main content and metadata of the page, or ``None``."""
    try:
        return trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:
        _log.debug("trafilatura failed on the page", exc_info=True)
        return None


def _comments(tree: HtmlElement) -> list[MarkupComment]:
    try:
        return find_comments(tree)
    except Exception:
        _log.debug("reading the comment markup failed", exc_info=True)
        return []


def _page_facts(extracted: Any) -> list[Facts]:
    facts: list[Facts] = []
    author = getattr(extracted, "author", None)
    if isinstance(author, str) and author.strip():
        facts.append(NameFacts(author.strip(), "metadata"))
    title = getattr(extracted, "title", None)
    if isinstance(title, str) and title.strip():
        facts.append(TitleFacts(title.strip()))
    return facts


def _preset(
    rendered: Sequence[RenderedLine],
    lines: Sequence[str],
    extracted: Any,
    comments: Sequence[MarkupComment],
) -> list[LineDecision | None]:
    preset: list[LineDecision | None] = [None] * len(lines)
    _preset_comments(rendered, lines, comments, preset)
    main = _main_text(extracted)
    for index, (line, text) in enumerate(zip(rendered, lines, strict=True)):
        if not text or preset[index] is not None:
            continue
        if main is not None and _in_main(text, main):
            continue  # the main content: the segmenter decides it
        if line.hidden:
            preset[index] = chrome("boilerplate", HIDDEN)
        elif main is not None:
            preset[index] = chrome(_furniture_kind(line.element, text), OUTSIDE_MAIN)
    _preset_headline(lines, extracted, preset)
    return preset


def _main_text(extracted: Any) -> tuple[frozenset[str], str] | None:
    """The main content's lines, normalized, and all of it as one string."""
    text = getattr(extracted, "text", None)
    if not isinstance(text, str) or not text.strip():
        return None
    paragraphs: list[str] = []
    for written in normalize_lines(text.split("\n")):
        # trafilatura writes a list item `- item` and a table row `| a | b |`.
        line = written.removeprefix("- ")
        if line.startswith("|"):
            paragraphs.extend(cell.strip() for cell in line.strip("| ").split(" | "))
        if line:
            paragraphs.append(line)
    # trafilatura keeps the line breaks of a page's source inside a paragraph: the lines,
    # joined by spaces, are what a rendered paragraph is part of.
    return frozenset(paragraphs), " " + " ".join(paragraphs) + " "


def _in_main(text: str, main: tuple[frozenset[str], str]) -> bool:
    lines, whole = main
    # A rendered line is a line of the main content, or, long enough not to be found there
    # by chance, a part of it (trafilatura keeps a source's line breaks, and joins what a
    # <br> splits, and splits what a table row joins); a list item's marker is the
    # renderer's.
    text = strip_marker(text)
    return text in lines or (len(text) >= 20 and f" {text} " in whole)


def _furniture_kind(element: HtmlElement | None, text: str) -> ChromeKind:
    found = CHROME_PATTERNS.match(text) if len(text) <= 400 else None
    if found is not None and found[0].kind != "separator":
        return found[0].kind  # type: ignore[return-value]
    for ancestor in () if element is None else element.iterancestors():
        kind = _LANDMARKS.get(str(ancestor.tag).lower())
        if kind is not None:
            return kind
    return "boilerplate"


def _preset_headline(
    lines: Sequence[str], extracted: Any, preset: list[LineDecision | None]
) -> None:
    title = getattr(extracted, "title", None)
    if not isinstance(title, str) or not title.strip():
        return
    wanted = " ".join(normalize_lines([title])).casefold()
    for index, text in enumerate(lines):
        if text and text.casefold() == wanted:
            decided = preset[index]
            if decided is None or decided.rule is OUTSIDE_MAIN:
                preset[index] = LineDecision("title", HEADLINE)
                return


def _preset_comments(
    rendered: Sequence[RenderedLine],
    lines: Sequence[str],
    found: Sequence[MarkupComment],
    preset: list[LineDecision | None],
) -> None:
    """Decide the lines inside each comment's markup.

    A comment is what its markup gives (:mod:`.threads` leaves out dates, reply links,
    like counts); a line of it is its author line when it stands in the author's element
    (or names the author, as a pingback's line does), its text when the comment's text
    holds it, and chrome around the comment otherwise. A comment none of whose lines is
    its author or its text is not shown: its lines are chrome.
    """
    owner = {id(comment.element): position for position, comment in enumerate(found)}
    authors = {id(c.author_element) for c in found if c.author_element is not None}
    texts = [_normalized_text(comment.text) for comment in found]
    names = [normalize(comment.author) if comment.author else None for comment in found]
    roles: list[tuple[int, int, str]] = []  # (line, comment, author|text|meta)
    for index, (line, text) in enumerate(zip(rendered, lines, strict=True)):
        if not text or line.element is None:
            continue
        in_author = False
        for element in (line.element, *line.element.iterancestors()):
            in_author = in_author or id(element) in authors
            if id(element) not in owner:
                continue
            position = owner[id(element)]
            body = strip_marker(text)
            name = names[position]
            if name and in_author:
                roles.append((index, position, "author"))
            elif body in texts[position]:
                roles.append((index, position, "text"))
            elif name and name in body:  # "Pingback: TITLE", "Jane Doe says:"
                roles.append((index, position, "author"))
            else:
                roles.append((index, position, "meta"))
            break
    comments = _built(found, {position for _, position, role in roles if role != "meta"})
    for index, position, role in roles:
        facts = comments.get(position)
        if facts is None or role == "meta":
            preset[index] = chrome("comment-meta", COMMENT_META)
        elif role == "author":
            preset[index] = LineDecision("comment-author", COMMENT_AUTHOR, (facts,))
        else:
            preset[index] = LineDecision("comment", COMMENT_TEXT, (facts,))


def _normalized_text(text: str) -> str:
    return "\n".join(normalize_lines(text.split("\n")))


def _built(found: Sequence[MarkupComment], shown: set[int]) -> dict[int, CommentFacts]:
    """The comments shown on the page (with a line of their own), as the document gives
    them: text normalized, parents renumbered over the comments kept."""
    kept: dict[int, int] = {}  # position in *found* -> index in the document
    facts: dict[int, CommentFacts] = {}
    for position, markup in enumerate(found):
        if position not in shown:
            continue
        parent = markup.parent
        while parent is not None and parent not in kept:
            parent = found[parent].parent
        comment = Comment(
            author=normalize(markup.author) or None if markup.author else None,
            text=_normalized_text(markup.text),
            depth=0 if parent is None else facts[parent].comment.depth + 1,
            parent=None if parent is None else kept[parent],
            kind=markup.kind,
        )
        kept[position] = len(kept)
        facts[position] = CommentFacts(kept[position], comment)
    return facts
