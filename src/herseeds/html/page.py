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

import lxml.etree
import lxml.html
import regex
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
from herseeds.html.main import MainText, letters
from herseeds.html.render import RenderedLine, render
from herseeds.html.threads import MarkupComment, find_comments
from herseeds.languages import alternation, words
from herseeds.limits import check_size, deadline
from herseeds.model import CleanConfig, Comment, Document, checked_config
from herseeds.normalizing import normalize, normalize_lines, normalize_newlines
from herseeds.patterns import NAME, SEPARATOR_RULES, clean_name
from herseeds.reading import decode_html
from herseeds.segmenting import PASSES, segment
from herseeds.segmenting.blocks import pattern_decision

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
    "clean_and_explain_html",
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

# The segmenter's passes that judge a dump's blocks by their shape are left out: the
# thread passes take an indented list at the end for a thread, where a page's comments
# are told by its comment markup; the link-list, menu and teaser passes take runs of short
# lines for navigation and related posts, which trafilatura has judged on the markup
# itself (link density, landmarks), and which inside its main content are a listing's
# items, a product's specifications or a documentation page's contents (measured on the
# WCXB dev pages: with them, listings lose a fifth of their words).
_SHAPE_PASSES: Final = frozenset({"link lists", "menus", "teasers"})
_HTML_PASSES: Final = tuple(
    step for step in PASSES if "thread" not in step.name and step.name not in _SHAPE_PASSES
)
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


def clean_and_explain_html(
    html: str | bytes,
    *,
    url: str | None = None,
    source: str | None = None,
    config: CleanConfig | None = None,
) -> tuple[Document, list[tuple[str, LineDecision]]]:
    """:func:`clean_html` and :func:`explain_html` of one page from one run of the
    pipeline: the document, and each rendered line with its decision (for
    ``herseeds report``, which shows both and should not clean each page twice)."""
    raw, lines, decisions, facts = _decide(html, url, source, checked_config(config))
    document = assemble(lines, decisions, source=source, page_facts=facts)
    return document, list(zip(raw, decisions, strict=True))


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
    preset = _preset(rendered, lines, extracted, comments, _landmarks(tree))
    title, on_a_line = _headline(rendered, lines, extracted, preset, _inside(tree, "h1"))
    decisions = segment(
        raw,
        lines,
        check=check,
        preset=preset,
        passes=_HTML_PASSES,
        title_stated=title is not None and not on_a_line,
        page_shape="main",
    )
    author = _metadata_author(extracted, lines) or _marked_author(tree)
    return raw, lines, decisions, _page_facts(author, title)


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
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # The document has no date: the costly search through a page's text for one
            # (dateparser over every candidate) is left out.
            date_extraction_params={"extensive_search": False},
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


def _page_facts(author: str | None, title: str | None) -> list[Facts]:
    facts: list[Facts] = []
    if author is not None:
        facts.append(NameFacts(author, "metadata"))
    if title is not None:
        facts.append(TitleFacts(title))
    return facts


def _metadata_author(extracted: Any, lines: Sequence[str]) -> str | None:
    """The authors the metadata names (``; `` between them), each as the page spells it.

    trafilatura's author field drops the full stops and cases of names (``Dr Vahid
    Osman``, ``John C Welch``), may count the site among the authors, and takes a byline
    element's whole text (``Jane Doe Trending Editor``, ``Jane Doe July``). A name is
    written as a line of the page writes it (:func:`_as_shown`), and the site's name is left
    out unless it is the only author (an organisation's page).
    """
    author = _metadata(extracted, "author")
    if author is None:
        return None
    names = [name.strip() for name in author.split(";") if name.strip()]
    site = _metadata(extracted, "sitename")
    people = [name for name in names if site is None or name.casefold() != site.casefold()]
    shown = _Shown(lines[:_LINES_SPELLING_NAMES])
    spelled: dict[str, str] = {}  # one name once, whatever its case (`JANE DOE`)
    for name in people or names:
        written = shown.name(_without_trailing_date_words(name))
        spelled.setdefault(written.casefold(), written)
    return "; ".join(spelled.values()) or None


# Month and day names, in every language, that trafilatura leaves after a name when a
# byline element holds the date too (`Jane Doe July`).
_DATE_NAMES: Final = frozenset(
    word.casefold() for word in words("months") + words("month_abbreviations") + words("weekdays")
)


def _without_trailing_date_words(name: str) -> str:
    """*name* without the month and day names after it (a name keeps two words at least).

    >>> _without_trailing_date_words("Laura June Topolsky July")
    'Laura June Topolsky'
    >>> _without_trailing_date_words("Ann May")
    'Ann May'
    """
    parts = name.split()
    while len(parts) > _NAME_WORDS_KEPT and parts[-1].casefold().rstrip(".,") in _DATE_NAMES:
        parts.pop()
    return " ".join(parts)


_NAME_WORDS_KEPT: Final = 2


# Elements a page marks as its author's: `rel="author"`, `itemprop="author"`, a class
# naming the author or the byline (not an author box's bio or picture).
_AUTHOR_MARKUP: Final = lxml.etree.XPath(
    "//*[@rel='author' or contains(concat(' ', @itemprop, ' '), ' author ')"
    " or contains(@class, 'author') or contains(@class, 'byline')]"
)
_NOT_A_BYLINE: Final = regex.compile(r"(?i)bio|desc|about|avatar|image|photo|img|box|comment")
_MARKED_NAME: Final = regex.compile(
    rf"(?:{alternation(words('byline_words'))}\s+)?{NAME}", regex.IGNORECASE
)
_MARKED_LOOKED_AT: Final = 20


def _marked_author(tree: HtmlElement) -> str | None:
    """The name in the first element the page marks as its author's (see
    :data:`_AUTHOR_MARKUP`) whose text is a name, with or without ``By``."""
    try:
        marked = _AUTHOR_MARKUP(tree)
    except Exception:  # lxml on a hostile tree
        return None
    elements = (
        [element for element in marked if isinstance(element, lxml.html.HtmlElement)]
        if isinstance(marked, list)
        else []
    )
    for element in elements[:_MARKED_LOOKED_AT]:
        if _NOT_A_BYLINE.search(str(element.get("class", ""))):
            continue
        text = " ".join(str(element.text_content()).split())
        found = _MARKED_NAME.fullmatch(normalize(text)) if len(text) <= _NAME_LENGTH else None
        if found is not None:
            return clean_name(found.group("name"))
    return None


_NAME_LENGTH: Final = 80


class _Shown:
    """The page's lines, to find a name's spelling in."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = [line for line in lines if line]
        self.keys = [letters(line) for line in self.lines]
        self.whole: dict[str, str] = {}  # a line's letters -> the first line with them
        for key, line in zip(self.keys, self.lines, strict=True):
            if key:
                self.whole.setdefault(key, line)

    def name(self, name: str) -> str:
        """*name* as the first line holding its letters writes it (not in capitals only,
        which are a style); else the longest run of its first words that is a whole
        line of the page (``Jane Doe`` for ``Jane Doe Trending Editor``); else *name*."""
        key = letters(name)
        if not key:
            return name
        for line, line_key in zip(self.lines, self.keys, strict=True):
            if key in line_key:
                return _spelled(name, line, line_key.find(key), len(key))
        words = name.split()
        for count in range(len(words) - 1, 0, -1):
            whole = self.whole.get(letters(" ".join(words[:count])))
            if whole is not None:
                return whole if not whole.isupper() else " ".join(words[:count])
        return name


def _spelled(name: str, line: str, start: int, length: int) -> str:
    """The characters of *line* whose letters run from *start* for *length* letters."""
    origins = [at for at, char in enumerate(line) for _ in letters(char)]
    if len(origins) < start + length:  # a character whose case folding grows
        return name
    shown = line[origins[start] : origins[start + length - 1] + 1]
    return name if shown.isupper() and not name.isupper() else shown


_LINES_SPELLING_NAMES: Final = 2000


def _metadata(extracted: Any, name: str) -> str | None:
    """One field of trafilatura's metadata, normalized, or ``None``."""
    value = getattr(extracted, name, None)
    if not isinstance(value, str):
        return None
    return normalize(value).strip() or None


def _preset(
    rendered: Sequence[RenderedLine],
    lines: Sequence[str],
    extracted: Any,
    comments: Sequence[MarkupComment],
    landmarks: dict[HtmlElement, ChromeKind],
) -> list[LineDecision | None]:
    preset: list[LineDecision | None] = [None] * len(lines)
    _preset_comments(rendered, lines, comments, preset)
    main = _main_text(extracted)
    texts = [strip_marker(line.text.strip()) for line in rendered]
    in_main = main.flags(texts) if main is not None else [False] * len(lines)
    for index, (line, text) in enumerate(zip(rendered, lines, strict=True)):
        if not text or preset[index] is not None:
            continue
        if in_main[index]:
            continue  # the main content: the segmenter decides it
        if line.hidden:
            preset[index] = chrome("boilerplate", HIDDEN)
        elif main is not None:
            # A chrome pattern tells what the line is, and what it states (a comments
            # header's count); else its landmark (a separator pattern says nothing of what).
            found = pattern_decision(text, listed=text != line.text.strip())
            if found is None or found.rule in SEPARATOR_RULES:
                kind = (
                    landmarks.get(line.element, "boilerplate")
                    if line.element is not None
                    else "boilerplate"
                )
                found = chrome(kind, OUTSIDE_MAIN)
            preset[index] = found
    return preset


def _main_text(extracted: Any) -> MainText | None:
    """The main content trafilatura found, to find the rendered lines in."""
    text = getattr(extracted, "text", None)
    if not isinstance(text, str) or not text.strip():
        return None
    return MainText(text)


def _landmarks(tree: HtmlElement) -> dict[HtmlElement, ChromeKind]:
    """Each element inside a landmark of the page's furniture (``<nav>``, ``<footer>``),
    with the chrome kind of the nearest one. Worked out once for the page: the lines'
    ancestors are not walked line by line."""
    kinds: dict[HtmlElement, ChromeKind] = {}
    # In document order an outer landmark comes before the ones inside it, which win.
    for landmark in tree.iter(*_LANDMARKS):
        kind = _LANDMARKS[str(landmark.tag).lower()]
        for element in landmark.iter():
            kinds[element] = kind
    return kinds


def _inside(tree: HtmlElement, tag: str) -> frozenset[HtmlElement]:
    """The elements of the page inside a *tag* element, those included."""
    return frozenset(element for found in tree.iter(tag) for element in found.iter())


def _headline(
    rendered: Sequence[RenderedLine],
    lines: Sequence[str],
    extracted: Any,
    preset: list[LineDecision | None],
    in_h1: frozenset[HtmlElement],
) -> tuple[str | None, bool]:
    """The page's title, and whether a line shows it (that line is then decided as the
    title).

    The metadata's title (OpenGraph, JSON-LD, ``<title>``) says what the page is called,
    often with the site's name; the page's own headline says it as readers see it. A
    headline (an ``<h1>``) that agrees with the metadata title (one holds the other) is
    the title; else a line that says the metadata title; else the metadata title, without
    the site's name (:func:`without_site_name`). A page without metadata title is left to
    the segmenter, which takes the first title-like line.
    """
    stated = _metadata(extracted, "title")
    if stated is None:
        return None, False
    wanted = " ".join(stated.split()).casefold()
    headlines: list[int] = []
    for index, line in enumerate(rendered):
        if len(headlines) == _HEADLINES_LOOKED_AT:
            break
        if lines[index] and not line.hidden and line.element in in_h1:
            headlines.append(index)
    equal = [index for index, text in enumerate(lines) if text and text.casefold() == wanted]
    for index in (*headlines, *equal):
        shown = lines[index].casefold()
        if (shown in wanted or wanted in shown) and _may_be_title(preset[index]):
            preset[index] = LineDecision("title", HEADLINE)
            return lines[index], True
    return without_site_name(stated, _metadata(extracted, "sitename")), False


_HEADLINES_LOOKED_AT: Final = 3


def _may_be_title(decided: LineDecision | None) -> bool:
    return decided is None or decided.rule is OUTSIDE_MAIN


# The separators a page's <title> puts between the article's title and the site's name:
# `Title | Site`, `Title - Site`, `Site » Title`, `Title :: Site`.
# A separator starts only after a non-space (lookbehind) and its space runs are
# possessive: `\s+` tried from every space of a long run is quadratic.
_TITLE_SEPARATOR: Final = regex.compile(
    r"(?<!\s)\s++(?:[|\-\u2013\u2014\u00b7\u2022\u00bb/~]|::)\s++"
)
_SITE_NAME_WORDS: Final = 3


def without_site_name(title: str, site: str | None) -> str:
    """*title* without the site's name that a page's ``<title>`` adds before or after it:
    the part that is the site's name (as the metadata gives it), else a last part of at
    most three words after a longer first part.

    >>> without_site_name("Best Cloud Stocks of 2025 | The Motley Fool", None)
    'Best Cloud Stocks of 2025'
    >>> without_site_name("Blog - How to Build a Terrarium", "Blog")
    'How to Build a Terrarium'
    >>> without_site_name("Evolve: Shared Mutable History", None)
    'Evolve: Shared Mutable History'
    """
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) == 1:
        return title
    if site is not None:
        kept = [part for part in parts if part.casefold() != site.casefold()]
        if kept and len(kept) < len(parts):
            return " - ".join(kept)
    last = parts[-1]
    if len(last.split()) <= _SITE_NAME_WORDS <= len(parts[0].split()):
        separator = list(_TITLE_SEPARATOR.finditer(title))[-1]
        return title[: separator.start()]
    return title


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
