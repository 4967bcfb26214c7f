"""Reader comment threads read from a page's markup: who wrote what, in answer to whom.

:func:`find_comments` returns the comments of a parsed page (an lxml HTML tree) as
:class:`MarkupComment` objects: the comment's element, its author (and the element holding
the name), its text, its depth in the thread and the comment it answers.

**Rules are data.** Each comment system the module knows is one :class:`CommentPlatform`
entry of :data:`PLATFORMS`: a name, what it is, a small example page (the tests read it),
the attribute words whose absence rules it out at once, and XPath expressions: a presence
test, the comment elements, and the author and text elements relative to a comment. One
engine reads them all, in the order of :data:`PLATFORMS`; the first platform whose markup
is on the page and gives comments wins. What the platforms share is data too: the classes
of chrome inside a comment (:data:`COMMENT_CHROME_CLASSES` and
:data:`COMMENT_CHROME_CLASS_PARTS`: reply links, dates, like and vote widgets, ...), the
containers of replies (:data:`REPLY_CONTAINER_CLASSES`), the classes that state a depth
(:data:`DEPTH_CLASS`), the words that name a comment section in the main European languages
(:data:`COMMENT_SECTION_WORDS`, for the general fallback) and moderation notices
(:data:`MODERATION_NOTICES`). Nothing here names a site.

**Depth and parent** come from the nesting of the markup: a comment inside another
comment's element (WordPress ``ol.children``, Blogger ``.comment-replies``, Disqus
``ul.children``) is its reply; a comment inside reply containers that follow their parent
(Drupal ``div.indented``) is one level deeper per container; a flat list states depth in
classes (``depth-N``, ``comment--indented``), read when the structure says nothing. The
parent is the nearest comment before it one level up, and no reply skips a level: a depth
is capped at the previous comment's depth plus one.

**schema.org.** Microdata and RDFa ``Comment`` items give elements. JSON-LD gives none: a
JSON-LD comment is kept only when its text is rendered on the page (the smallest element
holding the start and the end of its text becomes its element and its body); JSON-LD
comments whose text is not on the page are skipped.

**Robust and fast.** Any tree lxml gives (broken markup, no comments, empty comments, deep
nesting) gives a list, never an exception. XPath expressions are compiled once; one scan of
the page's ``class`` and ``id`` values rules most platforms out before any XPath runs.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final

import lxml.etree
import lxml.html
from attrs import field, frozen

from herseeds.comments import strip_author_decoration
from herseeds.model import CommentKind
from herseeds.patterns import CHROME_PATTERNS

__all__ = [
    "COMMENT_CHROME_CLASSES",
    "COMMENT_CHROME_CLASS_PARTS",
    "COMMENT_CHROME_TAGS",
    "COMMENT_SECTION_WORDS",
    "DEPTH_CLASS",
    "MODERATION_NOTICES",
    "NOT_COMMENT_SECTION",
    "PINGBACK_CLASSES",
    "PING_LIST_NAMES",
    "PLATFORMS",
    "REPLY_CLASSES",
    "REPLY_CONTAINER_CLASSES",
    "CommentPlatform",
    "MarkupComment",
    "find_comments",
    "has_class",
]


# ---------------------------------------------------------------------------------------
# The result


@frozen
class MarkupComment:
    """One reader comment (or pingback) found in the markup."""

    element: lxml.html.HtmlElement = field(eq=False, repr=False)
    """The comment's own element (``li.comment``, ``article.comment``, ...): its text is
    rendered inside it. A reply's element may be nested inside its parent's."""
    author: str | None
    """The display name as shown, without ``says:``/``sagt:``, dates, role badges or a
    trailing comma; a pingback's author is the linking page's title."""
    author_element: lxml.html.HtmlElement | None = field(eq=False, repr=False)
    """The element holding the author's name (lines inside it are the author line). It
    may lie outside :attr:`element` (a ``dt`` before a ``dd``)."""
    body: tuple[lxml.html.HtmlElement, ...] = field(eq=False, repr=False)
    """The elements holding the comment's text. Chrome inside them (the author, date,
    reply links, nested replies) is left out of :attr:`text`."""
    text: str
    """The comment's text: paragraphs joined by a blank line, whitespace normalized."""
    depth: int
    """0 for a top-level comment, 1 for a reply to it, and so on."""
    parent: int | None
    """Index (in the list :func:`find_comments` returns) of the comment answered."""
    kind: CommentKind
    """``comment``, or ``pingback`` for pingbacks and trackbacks."""
    platform: str
    """The name of the :class:`CommentPlatform` entry that found it."""


# ---------------------------------------------------------------------------------------
# What comment markup shares


def has_class(*names: str) -> str:
    """An XPath predicate: the element's ``class`` holds one of the tokens *names*.

    A substring test guards each token test: it is cheaper, and most elements fail it.

    >>> has_class("comment")
    "(contains(@class, 'comment') and contains(concat(' ', normalize-space(@class), ' '), ' comment '))"
    """  # noqa: E501
    return " or ".join(
        f"(contains(@class, '{name}') and "
        f"contains(concat(' ', normalize-space(@class), ' '), ' {name} '))"
        for name in names
    )


COMMENT_CHROME_CLASSES: Final = frozenset(
    """
    reply comment-reply-login replylink commentmetadata vcard fn says says-text likebtn
    links comment-awaiting-moderation awaiting-moderation commentnumber screen-reader-text
    sr-only visually-hidden element-hidden hidden rdf-meta button btn sharing datetime
    secondary-text timestamp bbCodeBlock-expandLink bbCodeBlock-title message-attribution
    message-actionBar reactionsBar username item-control comment-subscription-form
    thread-toggle continue loadmore
    """.split()
)
"""Class tokens of elements inside a comment whose text is not the comment's: the author
block, date, reply and edit links, like and vote widgets, moderation notices, quote
attributions, hidden text. They are left out of a comment's text."""

COMMENT_CHROME_CLASS_PARTS: Final = frozenset(
    """
    reply meta metadata date time avatar edit like likes vote votes voting rating ratings
    star stars share actions action tools footer header says badge author number count
    expandlink
    """.split()
)
"""Parts of class tokens (``comment-reply-link`` has the parts ``comment``, ``reply`` and
``link``) that mark the same chrome, in any comment system's naming."""

COMMENT_CHROME_TAGS: Final = frozenset(
    "script style noscript template svg button form input select textarea iframe object "
    "time footer header".split()
)
"""Elements inside a comment whose text is not the comment's (a comment's ``header`` and
``footer`` hold its author, date and actions)."""

QUOTE_ATTRIBUTION_PARTS: Final = frozenset("title author attribution cite name postedby".split())
"""Class parts of the first line of a quote inside a comment that names who is quoted
(``Jane said:``): the quote's text stays, that line does not."""

REPLY_CONTAINER_CLASSES: Final = frozenset(
    """
    children indented comment-replies replies comment-children sub-comments subcomments
    comment-thread-replies wpd-thread-replies comments-replies child-comments
    """.split()
)
"""Classes of the element that holds the replies to a comment (inside it, or after it)."""

DEPTH_CLASS: Final = re.compile(
    r"(?:^|\s)(?:depth|level|comment-level|comment-depth|wpd_comment_level|thread-level)"
    r"-(?P<n>\d{1,3})(?:\s|$)"
)
"""A class that states a comment's depth, counted from 1 (WordPress ``depth-N``)."""

REPLY_CLASSES: Final = frozenset(
    "comment--indented comment--reply is-reply is-child reply-comment comment-is-reply".split()
)
"""Classes of a comment element that mark a reply in a flat list (depth 1 at least)."""

PINGBACK_CLASSES: Final = ("pingback", "trackback")
"""Classes of a comment element that is a pingback or trackback."""

PING_LIST_NAMES: Final = ("trackback", "pingback", "pinglist", "ping-list", "pings")
"""Words in the id or class of a list of pingbacks or trackbacks kept apart from comments."""

_PING_PREFIX: Final = re.compile(r"^\s*(?:pingback|trackback)\s*:?\s*", re.IGNORECASE)

COMMENT_SECTION_WORDS: Final = (
    "comment",
    "kommentar",
    "commentaire",
    "comentario",
    "comentari",
    "comentário",
    "commento",
    "commenti",
    "reactie",
    "reacties",
    "komentar",
    "komentarz",
    "kommentti",
    "hozzaszolas",
    "diskussion",
    "discussion",
    "reactions",
    "responses",
)
"""Words that name a comment section in an id or class, in the main European languages
(English, German and the Scandinavian languages, French, Spanish, Catalan, Portuguese,
Italian, Dutch, the Slavic languages, Polish, Finnish, Hungarian): the general fallback
looks inside elements whose id or class has a part starting with one of them."""

NOT_COMMENT_SECTION: Final = re.compile(
    r"(?i)recent|latest|popular|widget|form|respond|count|number|link|button|icon|badge|"
    r"meta|nav|share|rss|feed|policy|rule|guideline|open|closed|status|disabled|login|"
    r"toggle|trigger|modal|popup|tooltip|notice|teaser|promo"
)
"""Words of an id or class that make an element named for comments something else: a
widget of recent comments, the comment form, a counter, a link, a status class."""

MODERATION_NOTICES: Final = re.compile(
    r"(?i)^(?:your comment is awaiting moderation|"
    r"(?:dein|ihr) kommentar (?:muss noch freigegeben werden|wartet auf (?:die )?freischaltung)|"
    r"votre commentaire est en attente de modération|"
    r"tu comentario está esperando moderación|il tuo commento è in attesa di moderazione|"
    r"je reactie wacht op goedkeuring)\.?(?: this is a preview.*)?$"
)
"""Notices a comment system adds to a comment not yet approved, in several languages."""

_LINE_CHROME_KINDS: Final = frozenset({"date", "comment-meta", "like-widget"})
"""Kinds of :data:`herseeds.patterns.CHROME_PATTERNS` that, as the whole first or last
paragraph of a comment, are its date, reply link or like widget, not its text."""

_CHROME_ROLES: Final = frozenset({"button", "toolbar", "menu", "menubar", "tooltip"})
"""ARIA roles of elements inside a comment that are controls, not text."""

_COMPACT_AGE: Final = re.compile(
    r"(?i)\d{1,3} ?(?:s|m|min|mins|h|hr|hrs|d|w|wk|mo|y|yr|yrs)\.?(?: ago)?"
)
"""A compact age (``20h``, ``3d``, ``2y``) standing alone where a comment starts."""

_BLOCK_TAGS: Final = frozenset(
    "address article aside blockquote center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main menu nav ol p pre section "
    "summary table tbody thead tfoot tr td th ul caption".split()
)
_AUTHOR_NOISE: Final = re.compile(
    r"(?i)(?:^|[\s_-])(?:badge|label|role|tag|flair|title|usertitle|says|verified)(?:$|[\s_-])"
)
"""Class parts of a role badge (``Autor``, ``Admin``) or a ``says`` inside an author."""

# A separator starts after a non-space and takes its spaces possessively: a run of spaces
# is tried once, not from each of its characters (time linear in the name, not quadratic).
_NAME_DATE_SEPARATOR: Final = re.compile(r"(?<!\s)\s++(?:[|•·—–-]|am|on|le|el|il|the)\s++")


# ---------------------------------------------------------------------------------------
# Platforms as data


def _xpath(expression: str) -> lxml.etree.XPath:
    return lxml.etree.XPath(expression, smart_strings=False)


@frozen
class _Query:
    """An XPath relative to a comment element; *descendants* when it only searches the
    comment's descendants (``.//...``), so that it can run once for all comments."""

    relative: lxml.etree.XPath
    descendants: bool


def _query(expression: str) -> _Query:
    return _Query(_xpath(expression), expression.startswith(".//") and "|" not in expression)


def _queries(expressions: Sequence[str]) -> tuple[_Query, ...]:
    return tuple(_query(expression) for expression in expressions)


def _lower(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(word.lower() for word in words)


@frozen
class CommentPlatform:
    """How one comment system marks up its comments, as data.

    The engine reads an entry so: if none of *markers* occurs in the page's ``class``,
    ``id``, ``itemtype``, ``typeof`` or ``type`` values (lower-cased), or *detect* finds
    nothing, the platform is not on the page. Otherwise *items* gives the comment
    elements in page order; for each, the first of *author* that finds an element with a
    name (outside nested replies) gives the author, and the first of *body* that finds
    elements gives the text elements (all its matches; the comment element itself when
    none does). A comment element with one of *pingback_classes*, or in a ping list, is a
    pingback. *extract*, when set, replaces the engine (JSON-LD, the fallback).
    """

    name: str
    """The name comments found by this entry carry (:attr:`MarkupComment.platform`)."""
    doc: str
    """What the platform is and how its markup looks."""
    example: str
    """A small page in this platform's markup, with a thread the tests check."""
    markers: tuple[str, ...] = field(converter=_lower)
    """Substrings of attribute values, one of which the platform's markup always has."""
    detect: lxml.etree.XPath = field(converter=_xpath)
    """A cheap absolute XPath: a non-empty result says the platform's markup is there."""
    items: lxml.etree.XPath = field(converter=_xpath)
    """The comment elements, absolute, in page order."""
    author: tuple[_Query, ...] = field(converter=_queries, default=())
    """Where the author's name is, relative to a comment element, tried in order."""
    body: tuple[_Query, ...] = field(converter=_queries, default=())
    """Where the comment's text is, relative to a comment element, tried in order."""
    pingback_classes: tuple[str, ...] = PINGBACK_CLASSES
    """Classes of a comment element that is a pingback or trackback."""
    extract: Callable[[lxml.html.HtmlElement], list[MarkupComment]] | None = field(
        default=None, eq=False
    )
    """A function that finds the comments itself, for markup XPath cannot read alone."""


_PING_LIST: Final = (
    "//*[self::ul or self::ol][@id or @class]["
    + " or ".join(
        f"contains(translate(@id, 'PINGBACKTR', 'pingbacktr'), '{word}')"
        f" or contains(translate(@class, 'PINGBACKTR', 'pingbacktr'), '{word}')"
        for word in PING_LIST_NAMES
    )
    + "]/li"
)
"""The items of lists of pingbacks or trackbacks (``ul#trackback_list``, ``ol.pinglist``)."""

_HEADINGS: Final = "self::h2 or self::h3 or self::h4 or self::h5 or self::h6"

_GENERIC_AUTHOR: Final = (
    f".//*[{has_class('fn')}]",
    f".//*[{has_class('comment-author-name', 'wp-block-comment-author-name')}]",
    f".//*[{has_class('comment_author_name', 'commenter-name', 'woocommerce-review__author')}]",
    f".//*[{has_class('author-name', 'comment-author-link', 'comment_author', 'commenter')}]",
    f".//*[{has_class('comment-author')}]//a[not(.//img) and normalize-space()]",
    f".//*[{has_class('comment-author')}]",
    f".//*[{has_class('comment-header', 'comment-head', 'comment-box')}]"
    f"//*[{_HEADINGS} or self::cite]",
    f".//*[{has_class('author', 'username', 'user-name', 'user', 'name', 'nickname')}]",
    ".//*[@itemprop='author']",
    ".//cite",
    ".//a[contains(@href, '/profile') or contains(@href, '/user') or contains(@href, '/member')]"
    "[normalize-space()]",
    f".//*[{_HEADINGS}][normalize-space()]",
)
"""Where comment systems put the author's name, most specific first."""

_GENERIC_BODY: Final = (
    f".//*[{has_class('comment-content', 'comment_content', 'comment-text', 'comment_text')}]",
    f".//*[{has_class('wp-block-comment-content', 'commenttext', 'contenttext')}]",
    f".//*[{has_class('comment-entry', 'comment-message', 'comment__body', 'comment-body-text')}]",
    f".//*[{has_class('format_text', 'description')}]",
    f".//*[{has_class('comment-body', 'comment_body', 'commentbody', 'text')}]",
    ".//*[@itemprop='text' or @itemprop='commentText']",
)
"""Where comment systems put the comment's text, most specific first."""

_WP_ITEM: Final = (
    f"contains(@class, 'depth-') and ({has_class('comment', 'pingback', 'trackback', 'review')})"
)

PLATFORMS_SPECIFIC: Final[tuple[CommentPlatform, ...]] = (
    CommentPlatform(
        name="wpdiscuz",
        doc=(
            "wpDiscuz, the WordPress comment plugin: ``div.wpd-comment`` elements with "
            "``.wpd-comment-author`` and ``.wpd-comment-text``, replies nested in "
            "``.wpd-thread-replies`` or marked ``wpd_comment_level-N``."
        ),
        example="""<div id="wpdcom"><div class="wpd-thread-list">
<div id="wpd-comm-1_0" class="comment even thread-even depth-1 wpd-comment wpd_comment_level-1">
 <div class="wpd-comment-wrap"><div class="wpd-comment-right">
  <div class="wpd-comment-header"><div class="wpd-comment-author">Anna Weber</div>
   <div class="wpd-comment-date">3 years ago</div></div>
  <div class="wpd-comment-text"><p>Tolles Rezept, danke!</p></div>
  <div class="wpd-comment-footer"><div class="wpd-reply-button">Reply</div></div>
 </div></div>
 <div class="wpd-thread-replies">
  <div id="wpd-comm-2_1" class="comment odd alt depth-2 wpd-comment wpd-reply wpd_comment_level-2">
   <div class="wpd-comment-wrap"><div class="wpd-comment-right">
    <div class="wpd-comment-header"><div class="wpd-comment-author">Blogger</div>
     <div class="wpd-comment-label">Author</div></div>
    <div class="wpd-comment-text"><p>Gern geschehen.</p></div>
   </div></div>
  </div>
 </div>
</div></div></div>""",
        markers=("wpd-comment",),
        detect="//@class[contains(., 'wpd-comment')]",
        items=f"//div[{has_class('wpd-comment')}]",
        author=(f".//*[{has_class('wpd-comment-author')}]",),
        body=(f".//*[{has_class('wpd-comment-text')}]",),
    ),
    CommentPlatform(
        name="definition-list",
        doc=(
            "Comment lists as definition lists (the Thesis theme and its like): the author "
            "and date in ``dt.comment``, the text in the ``dd.comment`` after it; pingbacks "
            "in a separate ``ul#trackback_list``."
        ),
        example="""<div id="comments"><dl id="comment_list">
<dt class="comment even thread-even depth-1" id="comment-1"><span class="comment_author">Mara</span>
 <span class="comment_time"><a href="#comment-1">June 28, 2015 at 10:25 pm</a></span></dt>
<dd class="comment even thread-even depth-1"><div class="format_text"><p>Great list.</p></div></dd>
<dt class="comment odd depth-1" id="comment-2"><span class="comment_author">Kit</span></dt>
<dd class="comment odd depth-1"><div class="format_text"><p>Thanks.<br>Really.</p></div></dd>
</dl>
<ul id="trackback_list"><li><a href="http://example.org/post">A linking post | Example</a></li></ul>
</div>""",
        markers=("comment",),
        detect=f"//dl/dd[{has_class('comment')}]",
        items=f"//dl/dd[{has_class('comment')}] | {_PING_LIST}",
        author=(
            f"preceding-sibling::dt[1]//*[{has_class('comment_author', 'comment-author')}]",
            "preceding-sibling::dt[1]",
        ),
        body=(f".//*[{has_class('format_text', 'comment-content', 'comment-text')}]",),
    ),
    CommentPlatform(
        name="wordpress",
        doc=(
            "WordPress ``wp_list_comments``: elements with the classes ``comment`` (or "
            "``pingback``, ``trackback``, ``review`` for shop reviews) and ``depth-N``; "
            "replies nested in ``ol.children``/``ul.children``; the author in "
            "``.comment-author .fn`` (``.wp-block-comment-author-name`` in block themes), "
            "the text in ``.comment-content`` (``.comment-body``, ``.comment-text`` in older "
            "themes); ping lists (``ol.pinglist``, ``ul#trackback_list``) beside them."
        ),
        example="""<div id="comments" class="comments-area"><h2>2 Antworten</h2>
<ol class="comment-list">
<li id="comment-1" class="comment even thread-even depth-1 parent">
 <article id="div-comment-1" class="comment-body">
  <footer class="comment-meta"><div class="comment-author vcard">
   <img alt="" src="a.png" class="avatar"><b class="fn">Jane Roe</b>
   <span class="says">sagt:</span></div>
   <div class="comment-metadata"><a href="#comment-1"><time>4. Mai 2020 um 3:53</time></a></div>
  </footer>
  <div class="comment-content"><p>Erster Absatz.</p><p>Zweiter Absatz.</p></div>
  <div class="reply"><a class="comment-reply-link" href="#">Antworten</a></div>
 </article>
 <ol class="children">
  <li id="comment-2" class="comment byuser bypostauthor odd alt depth-2">
   <article id="div-comment-2" class="comment-body">
    <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Site Owner</b>
     <span class="says">sagt:</span></div></footer>
    <div class="comment-content"><p>Danke!</p></div>
   </article>
  </li>
 </ol>
</li>
<li id="comment-3" class="pingback even thread-odd depth-1">
 <div class="comment-body">Pingback:
  <a href="http://example.org/" class="url">Some Post | Some Blog</a></div>
</li>
</ol></div>""",
        markers=("depth-",),
        detect=(
            "//@class[contains(., 'depth-')][contains(., 'comment') or contains(., 'pingback')"
            " or contains(., 'trackback') or contains(., 'review')]"
        ),
        items=(
            f"//*[{_WP_ITEM}][not(self::dt)] | {_PING_LIST} | //li[{has_class(*PINGBACK_CLASSES)}]"
        ),
        author=_GENERIC_AUTHOR,
        body=_GENERIC_BODY,
    ),
    CommentPlatform(
        name="blogger",
        doc=(
            "Blogger: threaded comments (``li.comment`` with ``cite.user``, "
            "``p.comment-content``, replies in ``.comment-replies``) and the classic list "
            "(``dl#comments-block``: ``dt.comment-author``, ``dd.comment-body``)."
        ),
        example="""<div class="comments" id="comments"><div class="comments-content">
<div class="comment-thread toplevel-thread"><ol id="top-ra">
<li class="comment" id="c1"><div class="comment-block">
 <div class="comment-header"><cite class="user"><a href="#">Jo Blogs</a></cite>
  <span class="datetime secondary-text"><a href="#">May 10, 2017 4:14 PM</a></span></div>
 <p class="comment-content">Nice post!<br>See you.</p>
 <span class="comment-actions secondary-text"><a class="comment-reply">Reply</a></span></div>
 <div class="comment-replies"><div class="comment-thread inline-thread"><ol>
  <li class="comment" id="c2"><div class="comment-block">
   <div class="comment-header"><cite class="user blog-author"><a href="#">Author</a></cite></div>
   <p class="comment-content">Thanks!</p></div></li>
 </ol></div></div>
</li></ol></div></div></div>""",
        markers=("comment-thread", "comments-block"),
        detect=(
            f"//*[{has_class('comment-thread')}]//li[{has_class('comment')}]"
            " | //dl[@id='comments-block']"
        ),
        items=(
            f"//*[{has_class('comment-thread')}]//li[{has_class('comment')}]"
            f" | //dl[@id='comments-block']/dd[{has_class('comment-body')}]"
        ),
        author=(
            f".//*[{has_class('comment-block')}]//cite[{has_class('user')}]",
            f"preceding-sibling::dt[{has_class('comment-author')}][1]//a[normalize-space()]",
            f"preceding-sibling::dt[{has_class('comment-author')}][1]",
        ),
        body=(f".//*[{has_class('comment-content')}]", "self::dd"),
    ),
    CommentPlatform(
        name="disqus",
        doc=(
            "Disqus markup in the page (the WordPress plugin's static list ``ul#dsq-comments`` "
            "or a rendered thread ``#disqus_thread li.post``): the author in "
            "``.dsq-comment-header cite`` or ``.post-byline .author``, the text in "
            "``.dsq-comment-message`` or ``.post-message``, replies in ``ul.children``."
        ),
        example="""<div id="disqus_thread"><ul id="dsq-comments">
<li class="comment" id="dsq-comment-11"><div id="dsq-comment-header-11" class="dsq-comment-header">
 <cite id="dsq-cite-11"><span id="dsq-author-user-11">Kim Lee</span></cite></div>
 <div id="dsq-comment-body-11" class="dsq-comment-body">
 <div id="dsq-comment-message-11" class="dsq-comment-message"><p>Good read.</p></div></div>
 <ul class="children"><li class="comment" id="dsq-comment-12">
  <div class="dsq-comment-header"><cite><span>Ray</span></cite></div>
  <div class="dsq-comment-body"><div class="dsq-comment-message"><p>Agreed.</p></div></div>
 </li></ul>
</li></ul></div>""",
        markers=("dsq-comment", "disqus_thread"),
        detect="//*[@id='dsq-comments' or @id='disqus_thread']//li",
        items=(
            "//*[@id='dsq-comments']//li[starts-with(@id, 'dsq-comment-')]"
            f" | //*[@id='disqus_thread']//li[{has_class('post')}]"
        ),
        author=(
            f".//*[{has_class('dsq-comment-header')}]//cite",
            f".//*[{has_class('post-byline')}]//*[{has_class('author')}]",
        ),
        body=(f".//*[{has_class('dsq-comment-message', 'post-message')}]",),
    ),
    CommentPlatform(
        name="drupal",
        doc=(
            "Drupal comments: ``article.comment`` (Drupal 8+, ``data-comment-user-id``, "
            "``js-comment``) or ``div.comment`` (Drupal 7, ``comment-by-anonymous`` ...); "
            "replies in a ``div.indented`` after their parent; the author in ``.username`` "
            "(or the heading of the comment's footer), the text in "
            "``.field--name-comment-body``/``.field-name-comment-body`` (with the subject "
            "line, when the commenter wrote one)."
        ),
        example="""<section id="comments" class="comments"><h2>Kommentare</h2>
<article class="comment comment-by-anonymous clearfix" typeof="sioc:Post sioct:Comment">
 <header><p class="submitted"><span class="username">Gerd Baum</span> am
  <time>18. Oktober 2023 - 17:40</time>
  <a class="permalink" href="#">Permanenter Link</a></p></header>
 <div class="field field-name-comment-body"><div class="field-items"><div class="field-item even">
  <p>Ein guter Artikel.</p></div></div></div>
 <ul class="links inline"><li class="comment-reply"><a href="#">Antworten</a></li></ul>
</article>
<div class="indented">
<article class="comment comment-by-anonymous clearfix">
 <header><p class="submitted"><span class="username">Eva</span></p></header>
 <div class="field field-name-comment-body"><p>Finde ich auch.</p></div>
</article>
</div>
</section>""",
        markers=("comment",),
        detect=(
            "//*[@data-comment-user-id]"
            " | //@class[contains(concat(' ', normalize-space(.), ' '), ' js-comment ')"
            " or contains(., 'comment-by-')]"
            f" | //div[{has_class('indented')}]/*[{has_class('comment')}]"
        ),
        items=(
            f"//*[self::article or self::div][{has_class('comment', 'js-comment')}]"
            f"[@data-comment-user-id or {has_class('js-comment')}"
            " or contains(@class, 'comment-by-') or contains(@typeof, 'Comment')"
            f" or parent::div[{has_class('indented')}] or starts-with(@id, 'comment-')]"
        ),
        author=(
            f".//*[{has_class('username')}]",
            f".//*[{has_class('comment__author', 'comment-author')}]//a",
            f".//*[{has_class('comment__author', 'comment-author')}]",
            f".//footer//*[{_HEADINGS}][normalize-space()]",
            ".//*[@rel='schema:author' or @property='schema:author']",
        ),
        body=(
            f".//*[{has_class('field--name-comment-body', 'field-name-comment-body')}]",
            f".//*[{has_class('comment__content', 'comment-content', 'content')}]",
        ),
    ),
    CommentPlatform(
        name="forum",
        doc=(
            "Forum software, posts as a thread: XenForo ``article.message`` (``.message-name``, "
            "``.bbWrapper``), XenForo 1 ``li.message`` (``.messageText``), XenForo comment "
            "widgets (``li.xenforo-comment``, ``.author-name``), phpBB ``div.post`` with "
            "``bg1``/``bg2`` (``.postbody .content``), vBulletin ``li#post_N`` "
            "(``.postcontent``). Every post is a comment, the first too; quoted posts stay "
            "in the text without their attribution line."
        ),
        example="""<div class="block-body">
<article class="message message--post" data-author="Ben"><div class="message-inner">
 <div class="message-cell message-cell--user">
  <h4 class="message-name"><a class="username">Ben</a></h4></div>
 <div class="message-cell message-cell--main">
  <ul class="message-attribution"><li>Sep 17, 2020</li></ul>
  <div class="message-content"><div class="bbWrapper">Is the card out yet?</div></div>
 </div></div></article>
<article class="message message--post" data-author="Al"><div class="message-inner">
 <div class="message-cell message-cell--user">
  <h4 class="message-name"><a class="username">Al</a></h4></div>
 <div class="message-cell message-cell--main">
  <div class="message-content"><div class="bbWrapper">
  <blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">Ben said:</div>
  <div class="bbCodeBlock-content">Is the card out yet?</div></blockquote>Yes, since today.
  </div></div>
 </div></div></article>
</div>""",
        markers=("message", "xenforo-comment", "postbody", "postcontent"),
        detect=(
            "//*[@data-author][contains(@class, 'message')]"
            " | //@class[contains(., 'xenforo-comment') or contains(., 'postbody')"
            " or contains(., 'postcontent')]"
        ),
        items=(
            f"//*[self::article or self::li][{has_class('message')}][@data-author]"
            f" | //li[{has_class('xenforo-comment')}][.//*[{has_class('xenforo-comment-content')}]]"
            f" | //div[{has_class('post')}][{has_class('bg1', 'bg2')}]"
            " | //li[starts-with(@id, 'post_')][.//*[contains(@class, 'postcontent')]]"
        ),
        author=(
            f".//*[{has_class('message-name')}]",
            f".//*[{has_class('author-name')}]",
            f".//*[{has_class('author')}]//*[{has_class('username')}]",
            f".//*[{has_class('username')}]",
            f".//*[{has_class('author')}]//strong",
        ),
        body=(
            f".//*[{has_class('bbWrapper', 'messageText')}]",
            f".//*[{has_class('js-read-more', 'xenforo-comment-body')}]",
            f".//*[{has_class('postbody')}]//*[{has_class('content')}]",
            f".//*[{has_class('postcontent')}]",
            f".//*[{has_class('xenforo-comment-content')}]",
        ),
    ),
    CommentPlatform(
        name="schema-microdata",
        doc=(
            "schema.org ``Comment`` items in microdata (``itemtype=.../Comment``, "
            "``itemprop=author``, ``itemprop=text``) or RDFa (``typeof=Comment``, "
            "``property=text``)."
        ),
        example="""<section><h2>Comments</h2>
<div itemscope itemtype="https://schema.org/Comment" id="c1">
 <span itemprop="author" itemscope itemtype="https://schema.org/Person">
  <span itemprop="name">Lia</span></span>
 <div itemprop="text"><p>Very helpful.</p></div>
 <div itemscope itemtype="https://schema.org/Comment" id="c2">
  <span itemprop="author">Tom</span><div itemprop="text">Same here.</div></div>
</div></section>""",
        markers=("comment",),
        detect=(
            "//@itemtype[contains(., 'schema.org/Comment')]"
            " | //@typeof[contains(concat(' ', ., ' '), ' Comment ') or contains(., ':Comment')]"
        ),
        items=(
            "//*[@itemtype][contains(@itemtype, 'schema.org/Comment')]"
            " | //*[@typeof][contains(concat(' ', @typeof, ' '), ' Comment ')"
            " or contains(@typeof, 'schema:Comment')]"
        ),
        author=(
            ".//*[@itemprop='author']//*[@itemprop='name']",
            ".//*[@itemprop='author' or @itemprop='creator']",
            ".//*[contains(@property, 'author')]//*[contains(@property, 'name')]",
            ".//*[contains(@property, 'author') or contains(@rel, 'author')]",
        ),
        body=(
            ".//*[@itemprop='text' or @itemprop='commentText']",
            ".//*[@property='text' or @property='schema:text' or @property='content:encoded']",
            ".//*[@itemprop='description']",
        ),
    ),
)
"""The comment systems recognised by their own markup, before the general rules."""


# ---------------------------------------------------------------------------------------
# Small helpers


def _classes(element: Any) -> str:
    value = element.get("class")
    return value if isinstance(value, str) else ""


def _tokens(element: Any) -> set[str]:
    return set(_classes(element).split())


def _is_element(node: Any) -> bool:
    return bool(lxml.etree.iselement(node)) and isinstance(node.tag, str)


def _results(xpath: lxml.etree.XPath, node: Any) -> list[Any]:
    """What *xpath* finds from *node*: a list, empty when it finds no node set."""
    try:
        found = xpath(node)
    except (lxml.etree.XPathError, ValueError, TypeError):  # pragma: no cover - defensive
        return []
    return list(found) if isinstance(found, list) else []


def _evaluate(xpath: lxml.etree.XPath, node: Any) -> list[Any]:
    """The elements *xpath* finds from *node*."""
    return [item for item in _results(xpath, node) if _is_element(item)]


def _present(xpath: lxml.etree.XPath, node: Any) -> bool:
    try:
        found = xpath(node)
    except (lxml.etree.XPathError, ValueError, TypeError):  # pragma: no cover - defensive
        return False
    return bool(found)


_CLASS_PARTS: Final = re.compile(r"[-_]+")


def _parts(token: str) -> list[str]:
    return _CLASS_PARTS.split(token.lower())


def _is_chrome_class(classes: str) -> bool:
    tokens = classes.split()
    if not COMMENT_CHROME_CLASSES.isdisjoint(tokens):
        return True
    return any(not COMMENT_CHROME_CLASS_PARTS.isdisjoint(_parts(token)) for token in tokens)


def _is_quote_attribution(element: Any) -> bool:
    parent = element.getparent()
    if parent is None or element.getprevious() is not None:
        return False
    if parent.tag != "blockquote" and "quote" not in _classes(parent).lower():
        return False
    return any(
        not QUOTE_ATTRIBUTION_PARTS.isdisjoint(_parts(token)) for token in _classes(element).split()
    )


def _normalize(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------
# Rendering an element's text


class _Renderer:
    """Renders elements to paragraphs of text: a block element or a ``<br>`` ends a
    paragraph; image ``alt`` text is kept (emoji, smilies); what *skip* holds, hidden
    elements and, with *chrome*, the chrome of comments are left out."""

    def __init__(self, skip: set[Any], *, also: Any = None, chrome: bool = True) -> None:
        self.skip = skip
        self.also = also
        self.chrome = chrome
        self.paragraphs: list[str] = []
        self.line: list[str] = []

    def end_paragraph(self) -> None:
        text = _normalize("".join(self.line))
        if text:
            self.paragraphs.append(text)
        self.line = []

    def _skipped(self, element: Any) -> bool:
        if element in self.skip or element is self.also:
            return True
        tag = element.tag
        if not isinstance(tag, str) or tag in COMMENT_CHROME_TAGS:
            return True
        if element.get("hidden") is not None or element.get("aria-hidden") == "true":
            return True
        if element.get("role") in _CHROME_ROLES:
            return True
        style = element.get("style")
        if isinstance(style, str) and "none" in style and re.search(r"display:\s*none", style):
            return True
        if not self.chrome:
            return False
        classes = _classes(element)
        if not classes:
            return False
        return _is_chrome_class(classes) or _is_quote_attribution(element)

    def render(self, root: Any) -> None:
        walker = lxml.etree.iterwalk(root, events=("start", "end"))
        for event, element in walker:
            tag = element.tag
            if event == "start":
                if element is not root and self._skipped(element):
                    walker.skip_subtree()
                    if tag in _BLOCK_TAGS:
                        self.end_paragraph()
                    continue
                if tag in _BLOCK_TAGS or tag == "br":
                    self.end_paragraph()
                if tag == "img":
                    alt = element.get("alt")
                    source = f"{element.get('src')} {_classes(element)} {alt}".lower()
                    if isinstance(alt, str) and alt.strip() and "avatar" not in source:
                        self.line.append(alt)
                elif isinstance(tag, str) and element.text:
                    self.line.append(element.text)
            else:
                if tag in _BLOCK_TAGS:
                    self.end_paragraph()
                if element is not root and element.tail:
                    self.line.append(element.tail)
        self.end_paragraph()


def _render(
    elements: Sequence[Any], skip: set[Any], *, also: Any = None, chrome: bool = True
) -> list[str]:
    renderer = _Renderer(skip, also=also, chrome=chrome)
    for element in elements:
        renderer.render(element)
    return renderer.paragraphs


def _is_line_chrome(paragraph: str) -> bool:
    if len(paragraph) > 80:
        return False
    if re.fullmatch(r"#?\d{1,5}\.?", paragraph) or MODERATION_NOTICES.match(paragraph):
        return True
    if _COMPACT_AGE.fullmatch(paragraph):
        return True
    found = CHROME_PATTERNS.match(paragraph)
    return found is not None and found[0].kind in _LINE_CHROME_KINDS


def _clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Drop moderation notices, and dates, reply links or like counts that open or close
    the comment (loose text of a template, not the comment's words)."""
    kept = [p for p in paragraphs if not MODERATION_NOTICES.match(p)]
    while kept and _is_line_chrome(kept[0]):
        kept.pop(0)
    while kept and _is_line_chrome(kept[-1]):
        kept.pop()
    return kept


# ---------------------------------------------------------------------------------------
# Authors


def _clean_author(raw: str) -> str | None:
    name = _normalize(re.sub(r"</?[a-zA-Z][^<>]{0,200}>", " ", raw) if "<" in raw else raw)
    if name.lower().startswith(("pingback", "trackback")):
        name = _PING_PREFIX.sub("", name)
    name = strip_author_decoration(name)
    for separator in _NAME_DATE_SEPARATOR.finditer(name):
        rest = name[separator.end() :]
        found = CHROME_PATTERNS.match(rest)
        if found is not None and found[0].kind in _LINE_CHROME_KINDS:
            name = name[: separator.start()]
            break
    name = name.strip().rstrip(",:;|•·–—-").strip()
    return name or None


def _author_text(element: Any) -> str | None:
    """The name an author element shows: role badges, ``says``, dates and images left out."""
    skip = {
        node
        for node in element.iterdescendants()
        if node.tag in ("time", "img", "script", "style")
        or _AUTHOR_NOISE.search(_classes(node))
        or "screen-reader-text" in _tokens(node)
    }
    for paragraph in _render([element], skip, chrome=False):
        name = _clean_author(paragraph)
        if name:
            return name
    return None


# ---------------------------------------------------------------------------------------
# The engine


class _Items:
    """The comment elements of a page, and what belongs to which.

    A query that searches a comment's descendants and is asked for many comments runs
    once on the whole page, its matches handed to the comment element nearest around
    them: as fast for a thousand comments as for ten. Either way a reply's matches never
    count for its parent.
    """

    def __init__(self, root: Any, items: list[Any]) -> None:
        self.root = root
        self.items = items
        self.chosen = set(items)
        self._owned: dict[int, dict[Any, list[Any]]] = {}
        self._asked: dict[int, int] = {}
        self.scope = _common_ancestor(items) if items else root

    def owner(self, node: Any) -> Any:
        """The comment element nearest around *node* (not *node* itself), if any."""
        for ancestor in node.iterancestors():
            if ancestor in self.chosen:
                return ancestor
        return None

    def belongs(self, node: Any, item: Any) -> bool:
        """Whether *node*, found from *item*, is not inside a reply nested in *item*."""
        owner = self.owner(node)
        return owner is item or owner is None or item not in owner.iterancestors()

    def matches(self, query: _Query, item: Any) -> list[Any]:
        """What *query* finds for *item*, outside the replies nested in it."""
        if query.descendants:
            key = id(query)
            owned = self._owned.get(key)
            if owned is None and self._asked.get(key, 0) >= _PAGE_QUERY_AFTER:
                owned = {}
                for node in _evaluate(query.relative, self.scope):
                    owner = self.owner(node)
                    if owner is not None:
                        owned.setdefault(owner, []).append(node)
                self._owned[key] = owned
            if owned is not None:
                return owned.get(item, [])
            self._asked[key] = self._asked.get(key, 0) + 1
        return [node for node in _evaluate(query.relative, item) if self.belongs(node, item)]


def _common_ancestor(elements: list[Any]) -> Any:
    """The deepest element that holds all of *elements*."""
    path = [elements[0], *elements[0].iterancestors()]
    depth_of = {node: index for index, node in enumerate(path)}
    deepest = 0
    for element in elements[1:]:
        for node in (element, *element.iterancestors()):
            index = depth_of.get(node)
            if index is not None:
                deepest = max(deepest, index)
                break
    return path[deepest]


_PAGE_QUERY_AFTER: Final = 8
"""After this many comments asked a query, it runs once on the whole page instead."""


def _separates(element: Any) -> bool:
    """Whether *element*, between two comment elements, makes the inner one a reply."""
    if element.tag in ("ol", "ul", "dl"):
        return True
    tokens = _tokens(element)
    return not REPLY_CONTAINER_CLASSES.isdisjoint(tokens) or any(
        "repl" in token.lower() or "child" in token.lower() for token in tokens
    )


def _has_own_text(outer: Any, inner: Any) -> bool:
    """Whether *outer* shows text beside *inner* (outside reply containers)."""
    node = inner
    while node is not outer:
        parent = node.getparent()
        if parent is None:
            return False
        if parent.text and parent.text.strip():
            return True
        for sibling in parent:
            if (
                sibling is not node
                and isinstance(sibling.tag, str)
                and not _separates(sibling)
                and sibling.text_content().strip()
            ):
                return True
            if sibling.tail and sibling.tail.strip():
                return True
        node = parent
    return False


def _drop_inner(items: list[Any]) -> list[Any]:
    """Of two nested comment elements with nothing between them but wrappers, and no
    text in the outer beside the inner, keep the outer: ``li.comment > div.comment`` is
    one comment. A list or a reply container between them, or text of the outer's own,
    make the inner a reply."""
    chosen = set(items)
    kept = []
    for item in items:
        inner = False
        for ancestor in item.iterancestors():
            if ancestor in chosen:
                inner = not _has_own_text(ancestor, item)
                break
            if _separates(ancestor):
                break
        if not inner:
            kept.append(item)
    return kept


def _structural_depths(items: list[Any]) -> list[int]:
    """Each comment's depth from the markup: the comment elements around it or, when
    there are none, the reply containers around it (not counting those around all)."""
    chosen = set(items)
    nested: list[int] = []
    indented: list[int] = []
    for item in items:
        around = 0
        containers = 0
        for ancestor in item.iterancestors():
            if ancestor in chosen:
                around += 1
            elif not REPLY_CONTAINER_CLASSES.isdisjoint(_tokens(ancestor)):
                containers += 1
        nested.append(around)
        indented.append(containers)
    base = min(indented, default=0)
    return [n if n else c - base for n, c in zip(nested, indented, strict=True)]


def _depth_from_classes(item: Any) -> int:
    classes = _classes(item)
    found = DEPTH_CLASS.search(classes)
    if found is not None:
        return max(int(found.group("n")) - 1, 0)
    return 1 if not REPLY_CLASSES.isdisjoint(classes.split()) else 0


def _thread(depths: list[int]) -> list[tuple[int, int | None]]:
    """Cap each depth at the previous one plus one; the parent is the nearest earlier
    comment one level up."""
    result: list[tuple[int, int | None]] = []
    latest: list[int] = []  # latest[d]: index of the latest comment at depth d
    for index, wanted in enumerate(depths):
        depth = max(0, min(wanted, len(latest)))
        del latest[depth:]
        result.append((depth, latest[depth - 1] if depth else None))
        latest.append(index)
    return result


_PING_LIST_XPATH: Final = _xpath(_PING_LIST)
_LINKS: Final = _xpath(".//a[normalize-space()]")


def _find_author(platform: CommentPlatform, item: Any, items: _Items) -> tuple[Any, str | None]:
    """The first element the platform's author queries find that shows a name."""
    for query in platform.author:
        for node in items.matches(query, item):
            name = _author_text(node)
            if name is not None:
                return node, name
    return None, None


def _find_body(platform: CommentPlatform, item: Any, items: _Items) -> tuple[Any, ...]:
    for query in platform.body:
        found = items.matches(query, item)
        if found:
            chosen = set(found)  # the outermost matches: one inside another is part of it
            return tuple(n for n in found if not any(a in chosen for a in n.iterancestors()))
    return (item,)


_Read = tuple[str | None, Any, tuple[Any, ...], str]


def _read_item(platform: CommentPlatform, item: Any, items: _Items, pingback: bool) -> _Read:
    author_element: Any = None
    author: str | None = None
    if pingback:
        links = [link for link in _evaluate(_LINKS, item) if items.owner(link) is item]
        if links:
            author_element = links[0]
            author = _author_text(author_element)
    else:
        author_element, author = _find_author(platform, item, items)
    body = _find_body(platform, item, items)
    if author_element is not None and any(
        b is author_element or author_element in b.iterancestors() for b in body
    ):
        author_element = author = None  # it holds the text: a wrapper, not the author's name
    paragraphs = _clean_paragraphs(_render(body, items.chosen, also=author_element))
    if pingback:
        paragraphs = [p for p in (_PING_PREFIX.sub("", p, count=1) for p in paragraphs) if p]
    return author, author_element, body, "\n\n".join(paragraphs)


def _comments(
    platform: CommentPlatform, root: Any, found: list[Any], name: str
) -> list[MarkupComment]:
    """Read comment elements *found* (in page order) into threaded comments."""
    items = _Items(root, _drop_inner(found))
    if not items.items:
        return []
    ping_items = set(_evaluate(_PING_LIST_XPATH, root)) & items.chosen
    kept: list[tuple[Any, _Read, bool]] = []
    for item in items.items:
        pingback = item in ping_items or not _tokens(item).isdisjoint(platform.pingback_classes)
        read = _read_item(platform, item, items, pingback)
        if read[3] or read[0] is not None:  # else an empty template, not a comment
            kept.append((item, read, pingback))
    structure = _structural_depths([item for item, _, _ in kept])
    threaded = _thread(
        [
            0 if item in ping_items else depth or _depth_from_classes(item)
            for (item, _, _), depth in zip(kept, structure, strict=True)
        ]
    )
    return [
        MarkupComment(
            element=item,
            author=author,
            author_element=author_element,
            body=body,
            text=text,
            depth=depth,
            parent=parent,
            kind="pingback" if pingback else "comment",
            platform=name,
        )
        for (item, (author, author_element, body, text), pingback), (depth, parent) in zip(
            kept, threaded, strict=True
        )
    ]


def _extract(platform: CommentPlatform, root: Any) -> list[MarkupComment]:
    return _comments(platform, root, _evaluate(platform.items, root), platform.name)


# ---------------------------------------------------------------------------------------
# JSON-LD


_JSON_LD: Final = _xpath("//script[@type='application/ld+json']")
_JSON_BUDGET: Final = 20_000
"""At most this many JSON values are visited per script (a page cannot make it slow)."""


def _is_comment_type(value: Any) -> bool:
    types = value if isinstance(value, list) else [value]
    return any(isinstance(t, str) and t.rsplit("/", 1)[-1] == "Comment" for t in types)


def _json_comments(data: Any) -> Iterator[tuple[int, str | None, str]]:
    """(depth, author, text) of the ``Comment`` objects in *data*, in document order."""
    stack: list[tuple[Any, int, bool]] = [(data, 0, False)]
    budget = _JSON_BUDGET
    while stack and budget > 0:
        budget -= 1
        node, level, in_comment = stack.pop()
        if isinstance(node, list):
            stack.extend((child, level, in_comment) for child in reversed(node))
            continue
        if not isinstance(node, dict):
            continue
        if _is_comment_type(node.get("@type")):
            author = node.get("author")
            name: Any = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, list):
                name = name[0] if name else None
            text = node.get("text") or node.get("commentText") or ""
            if isinstance(text, str):
                # A tag is bounded and holds no "<": an unclosed "<" is scanned once.
                plain = _normalize(re.sub(r"<[^<>]{1,500}>", " ", text))
                yield level, _normalize(name) if isinstance(name, str) else None, plain
            if "comment" in node:
                stack.append((node["comment"], level + 1, True))
            continue
        stack.extend((child, level, in_comment) for child in reversed(list(node.values())))


class _PageText:
    """The page's text nodes joined into one string, to find where a text is rendered."""

    def __init__(self, root: Any) -> None:
        self.nodes: list[Any] = []
        self.starts: list[int] = []
        pieces: list[str] = []
        offset = 0
        for node in _results(_BODY_TEXT, root):
            if not isinstance(node, str):
                continue
            piece = _normalize(node)
            if not piece:
                continue
            self.nodes.append(node)
            self.starts.append(offset)
            pieces.append(piece)
            offset += len(piece) + 1
        self.text = " ".join(pieces)

    def element(self, text: str) -> Any:
        """The smallest element whose text holds the start and the end of *text*."""
        words = text.split()
        if not words:
            return None
        head = " ".join(words[:8])
        tail = " ".join(words[-3:])
        at = self.text.find(head)
        if at < 0:
            return None
        end = self.text.find(tail, at)
        if end < 0:
            return None
        first = self.nodes[bisect.bisect_right(self.starts, at) - 1]
        last = self.nodes[bisect.bisect_right(self.starts, end + len(tail) - 1) - 1]
        start_element, end_element = first.getparent(), last.getparent()
        if start_element is None or end_element is None:
            return None
        around = {id(e): e for e in (end_element, *end_element.iterancestors())}
        for candidate in (start_element, *start_element.iterancestors()):
            if id(candidate) in around:
                return candidate
        return None


_BODY_TEXT: Final = lxml.etree.XPath("//body//text()[not(ancestor::script or ancestor::style)]")


def _extract_json_ld(root: Any) -> list[MarkupComment]:
    found: list[tuple[int, str | None, str, Any]] = []
    page: _PageText | None = None
    for script in _evaluate(_JSON_LD, root):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for depth, author, text in _json_comments(data):
            page = page or _PageText(root)
            element = page.element(text)
            if element is not None:  # not rendered on the page: no element to point at
                found.append((depth, author, text, element))
    threaded = _thread([depth for depth, _, _, _ in found])
    return [
        MarkupComment(
            element=element,
            author=author,
            author_element=None,
            body=(element,),
            text=text,
            depth=depth,
            parent=parent,
            kind="comment",
            platform="schema-json-ld",
        )
        for (_, author, text, element), (depth, parent) in zip(found, threaded, strict=True)
    ]


# ---------------------------------------------------------------------------------------
# The general fallback: repeated blocks in a section named for comments


_SECTION_NAME: Final = re.compile(
    "(?i)(?<![a-z])(?:" + "|".join(re.escape(word) for word in COMMENT_SECTION_WORDS) + ")"
)
_NAMED: Final = _xpath("//*[@id or @class]")
_NOT_BLOCK_TAGS: Final = frozenset(
    "a span br img input option label fieldset form button select textarea p h1 h2 h3 h4 h5 "
    "h6 script style noscript svg path iframe time em strong b i small sup sub body html "
    "head".split()
)
_MIN_BLOCK_WORDS: Final = 4
_FORM_CONTROLS: Final = _xpath(".//input | .//select | .//textarea")


def _named_sections(root: Any) -> list[Any]:
    sections = []
    for element in _evaluate(_NAMED, root):
        if element.tag in _NOT_BLOCK_TAGS or element.tag in ("main", "nav"):
            continue
        for value in (element.get("id"), element.get("class")):
            if not isinstance(value, str) or not _SECTION_NAME.search(value):
                continue
            if not NOT_COMMENT_SECTION.search(value):
                sections.append(element)
            break
    chosen = set(sections)
    return [s for s in sections if not any(a in chosen for a in s.iterancestors())]


def _signature(element: Any) -> tuple[str, str]:
    tokens = sorted(
        token
        for token in _classes(element).split()
        if not re.search(r"\d|^(?:odd|even|alt|first|last|parent|new|active|byuser)$", token)
    )
    return element.tag, " ".join(tokens)


def _looks_like_comment(element: Any) -> bool:
    """A block of a few words, not in a form and without form controls."""
    if len(" ".join(element.itertext()).split()) < _MIN_BLOCK_WORDS:
        return False
    return not _present(_FORM_CONTROLS, element) and not any(
        a.tag == "form" for a in element.iterancestors()
    )


def _repeated_blocks(section: Any) -> list[Any]:
    """The largest group of two or more siblings of one tag and class signature under
    *section* that read as comments; then every element of that signature in it (the
    replies nested in them too)."""
    best: list[Any] = []
    best_signature: tuple[str, str] | None = None
    for container in section.iter():
        if not isinstance(container.tag, str) or len(container) < 2:
            continue
        groups: dict[tuple[str, str], list[Any]] = {}
        for child in container:
            if isinstance(child.tag, str) and child.tag not in _NOT_BLOCK_TAGS:
                groups.setdefault(_signature(child), []).append(child)
        for signature, group in groups.items():
            if len(group) > len(best) and sum(map(_looks_like_comment, group)) >= 2:
                best, best_signature = group, signature
    if best_signature is None:
        return []
    return [
        element
        for element in section.iter(best_signature[0])
        if _signature(element) == best_signature and _looks_like_comment(element)
    ]


def _extract_fallback(root: Any) -> list[MarkupComment]:
    items: list[Any] = []
    for section in _named_sections(root):
        items.extend(_repeated_blocks(section))
    comments = [c for c in _comments(_FALLBACK, root, items, "fallback") if c.text]
    # Comments show who wrote them: blocks most of which name nobody are something else
    # (a list of tags, teasers, a form).
    named = sum(c.author is not None for c in comments)
    return comments if named * 2 >= len(comments) else []


_FALLBACK: Final = CommentPlatform(
    name="fallback",
    doc=(
        "Any other markup: the largest group of two or more sibling blocks of one tag and "
        "class, each with a few words, inside an element (not a form, a counter or a "
        "widget) whose id or class names comments in a European language "
        "(:data:`COMMENT_SECTION_WORDS`); replies are the same blocks nested in them."
    ),
    example="""<div id="kommentare"><h3>2 Kommentare</h3>
<div class="eintrag"><strong class="name">Jonas</strong><p>Sehr interessant, danke.</p></div>
<div class="eintrag"><strong class="name">Mia</strong><p>Danke für den Beitrag.</p>
 <div class="antworten">
  <div class="eintrag"><strong class="name">Jonas</strong><p>Gern geschehen, Mia!</p></div>
 </div>
</div>
</div>""",
    markers=(),
    detect="/*",
    items="/..",
    author=(*_GENERIC_AUTHOR[:-1], ".//strong", ".//b"),
    body=_GENERIC_BODY,
    extract=_extract_fallback,
)

_GENERIC_CLASS: Final = CommentPlatform(
    name="comment-class",
    doc=(
        "Comment elements of any other system: ``li``, ``article`` or ``div`` elements with "
        "the class ``comment`` (or ``c-comment``, ``comment-item``) and an id, or in a list "
        "or a comment list; replies nested in them or marked by classes "
        "(``comment--indented``)."
    ),
    example="""<section class="comment-section"><div class="comment-section__body">
<article id="cid-1" class="comment">
 <div class="comment-meta"><h4 class="comment-meta__name"><a>Lena</a></h4>
 <a class="comment-meta__date">#1 - vor 8 Stunden</a></div>
 <div class="comment__body"><p>Erster Absatz.</p></div></article>
<article id="cid-2" class="comment comment--indented">
 <div class="comment-meta"><h4 class="comment-meta__name"><a>Kai</a></h4></div>
 <div class="comment__body"><p>Antwort darauf.</p></div></article>
</div></section>""",
    markers=("comment",),
    detect="//@class[contains(., 'comment')]",
    items=(
        f"//*[self::li or self::article or self::div][{has_class('comment', 'c-comment', 'comment-item')}]"  # noqa: E501
        "[@id or parent::ol or parent::ul or contains(../@class, 'comment')]"
    ),
    author=(
        f".//*[{has_class('comment-meta__name', 'comment-username', 'comment__author')}]",
        *_GENERIC_AUTHOR,
    ),
    body=_GENERIC_BODY,
)

_JSON_LD_PLATFORM: Final = CommentPlatform(
    name="schema-json-ld",
    doc=(
        "schema.org ``Comment`` objects in JSON-LD (the ``comment`` of an article or a "
        "discussion post, replies in their own ``comment``), kept when their text is "
        "rendered on the page: the element is the smallest one holding that text."
    ),
    example="""<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "A post",
 "comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "Uma"},
   "text": "Lovely photos of the coast.",
   "comment": [{"@type": "Comment", "author": "Ivo", "text": "Thanks, Uma!"}]}]}
</script></head><body><article><p>The post.</p></article>
<div><div><b>Uma</b><p>Lovely photos of the coast.</p></div>
<div><b>Ivo</b><p>Thanks, Uma!</p></div></div>
</body></html>""",
    markers=("ld+json",),
    detect="//script[@type='application/ld+json'][contains(., 'Comment')]",
    items="//script[@type='application/ld+json']",
    extract=_extract_json_ld,
)

PLATFORMS: Final[tuple[CommentPlatform, ...]] = (
    *PLATFORMS_SPECIFIC,
    _JSON_LD_PLATFORM,
    _GENERIC_CLASS,
    _FALLBACK,
)
"""Every platform, in the order :func:`find_comments` tries them."""

_ATTRIBUTES: Final = _xpath("//@class | //@id | //@itemtype | //@typeof | //script/@type")


def find_comments(root: lxml.html.HtmlElement) -> list[MarkupComment]:
    """The reader comments of the page, in page order, from the first platform whose
    markup is there (or the general fallback).

    >>> import lxml.html
    >>> wordpress = next(p for p in PLATFORMS if p.name == "wordpress")
    >>> page = lxml.html.document_fromstring(wordpress.example)
    >>> [(c.author, c.text, c.depth, c.parent, c.kind) for c in find_comments(page)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Jane Roe', 'Erster Absatz.\\n\\nZweiter Absatz.', 0, None, 'comment'),
     ('Site Owner', 'Danke!', 1, 0, 'comment'),
     ('Some Post | Some Blog', '', 0, None, 'pingback')]
    """
    if not _is_element(root):
        return []
    values = _results(_ATTRIBUTES, root)
    attributes = "\n".join(v for v in values if isinstance(v, str)).lower()
    for platform in PLATFORMS:
        if platform.markers and not any(marker in attributes for marker in platform.markers):
            continue
        try:
            if not _present(platform.detect, root):
                continue
            extract = platform.extract
            comments = extract(root) if extract is not None else _extract(platform, root)
        except (lxml.etree.LxmlError, ValueError, RecursionError):  # pragma: no cover
            continue
        if comments:
            return comments
    return []
