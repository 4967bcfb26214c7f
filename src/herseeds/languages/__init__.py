"""The words of web chrome and comment threads, one vocabulary per language, as data.

Each module of this package holds one :class:`Vocabulary` named ``VOCABULARY``: the month
names, relative times, count words, comment-section words (headers, the reply form,
``says:``, ``Reply``), and the stop words that tell a sentence from a name, of one
language. The pattern tables (:mod:`herseeds.patterns`), the thread parser
(:mod:`herseeds.comments`) and the segmenter read the union of all vocabularies, so a
page's chrome is recognised whatever its language; the generator of test pages
(:mod:`herseeds.testing`) writes pages in any language that has :attr:`Vocabulary.samples`.

**Adding a language** is adding one module here (``xx.py``, the ISO 639-1 code) with its
``VOCABULARY``, nothing else: :data:`VOCABULARIES` finds it, and the tests check each
vocabulary's :attr:`~Vocabulary.examples` against the patterns built from it.

Words are written in lower case (the patterns match case-insensitively) and as they
appear on pages; they are escaped, so they hold no regular-expression syntax. Templates
(:attr:`Vocabulary.ago`) mark where a number and a unit go with ``{n}`` and ``{unit}``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from typing import Any, Final

import regex
from attrs import field, frozen

__all__ = [
    "NAME_PARTICLES",
    "VOCABULARIES",
    "Samples",
    "Vocabulary",
    "alternation",
    "count_words",
    "phrases",
    "words",
]


def _lower(_: object, attribute: object, value: tuple[str, ...]) -> None:
    for word in value:
        if word != word.lower() or word != word.strip() or not word:
            raise ValueError(f"{attribute}: {word!r} must be lower-case, trimmed, non-empty")


def _words() -> tuple[str, ...]:
    return field(default=(), validator=_lower)


@frozen
class Samples:
    """Text in the language for the generator of test pages (:mod:`herseeds.testing`):
    enough to write an article and a comment thread with known truth."""

    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    titles: tuple[str, ...]
    """Headlines, in title case as the language writes them (no final full stop)."""
    sentences: tuple[str, ...]
    """Sentences of prose, each ending in a full stop; paragraphs are made of them."""
    comments: tuple[str, ...]
    """Sentences readers write under a post (no name line could be mistaken for one)."""
    dates: tuple[str, ...]
    """Dates and times of comments as themes print them (``3. März 2014 um 10:03``)."""


@frozen
class Vocabulary:
    """The chrome and comment-section words of one language."""

    code: str
    """ISO 639-1 code: ``en``, ``de``."""
    name: str
    """The language's English name."""
    # --- dates and times -----------------------------------------------------------------
    months: tuple[str, ...] = _words()
    """The twelve month names."""
    month_abbreviations: tuple[str, ...] = _words()
    """Their short forms (``jan``, ``sept``), written without the full stop."""
    weekdays: tuple[str, ...] = _words()
    """Day names and their short forms."""
    day_suffixes: tuple[str, ...] = ()
    """What follows the day's number in a date (``3rd``, ``3.``, ``1er``)."""
    date_words: tuple[str, ...] = _words()
    """Words between a date's parts (``3 de marzo de 2014``)."""
    time_words: tuple[str, ...] = _words()
    """Words between a date and its time (``at``, ``um``)."""
    time_suffixes: tuple[str, ...] = _words()
    """What follows a clock time (``am``, ``p.m.``, ``uhr``)."""
    time_units: tuple[str, ...] = _words()
    """Units of relative times, singular and plural (``day``, ``days``)."""
    unit_articles: tuple[str, ...] = _words()
    """Words that stand for *one* before a unit (``a day ago``, ``vor einem Tag``)."""
    ago: tuple[str, ...] = ()
    """Templates of relative times: ``{n} {unit} ago``, ``vor {n} {unit}``."""
    relative_days: tuple[str, ...] = _words()
    """``yesterday``, ``today``."""
    # --- counts and comment sections -----------------------------------------------------
    count_words: Mapping[str, int] = field(factory=dict)
    """Numbers written as words in comment counts (``no`` is 0, ``three`` 3)."""
    header_nouns: tuple[str, ...] = _words()
    """What a count-and-title comments header counts: ``36 thoughts on “TITLE”``."""
    ping_nouns: tuple[str, ...] = _words()
    """Pingbacks and trackbacks, counted along with comments (``and 2 pingbacks``)."""
    and_words: tuple[str, ...] = _words()
    """``and``: between two counts, two names."""
    header_title_words: tuple[str, ...] = _words()
    """What joins the count to the quoted title: ``on``, ``to`` (``zu``)."""
    count_nouns: tuple[str, ...] = _words()
    """What a bare count header counts: ``5 Comments``, ``12 notes``."""
    count_prefixes: tuple[str, ...] = _words()
    """Words before a bare count: ``there are``, ``view all``."""
    count_suffixes: tuple[str, ...] = _words()
    """Words after a bare count: ``add yours``, ``so far``."""
    comments_headings: tuple[str, ...] = _words()
    """Headings of the comment section without a count: ``comments``, ``discussion``."""
    reply_form_headings: tuple[str, ...] = _words()
    """The heading of the comment form: ``leave a reply``, ``schreibe einen kommentar``."""
    cancel_reply: tuple[str, ...] = _words()
    """The link that closes a reply form: ``cancel reply``."""
    reply_to: tuple[str, ...] = _words()
    """``to`` in ``Leave a Reply to Jane``."""
    reply_words: tuple[str, ...] = _words()
    """The link under each comment that opens the reply form: ``reply``, ``antworten``."""
    comment_actions: tuple[str, ...] = _words()
    """Other links and buttons around a comment: ``permalink``, ``report``, ``load more
    comments``."""
    counted_actions: tuple[str, ...] = _words()
    """What is counted under a comment: ``replies``, ``likes`` (``3 likes``)."""
    decorations: tuple[str, ...] = _words()
    """Words a comment template adds to the commenter's name: ``says``, ``wrote``,
    ``avatar``."""
    avatars: tuple[str, ...] = _words()
    """The alt text of a commenter's picture, which the dump prints before the name
    (``Avatar Jane says:``, ``Profilbild von Jane``)."""
    decoration_date_words: tuple[str, ...] = _words()
    """``on``, ``at`` in ``Jane wrote on March 3, 2014:``."""
    edited: tuple[str, ...] = _words()
    """``edited``, after a comment's name or date."""
    # --- telling a sentence from a name, and titles from prose ---------------------------
    stop_words: tuple[str, ...] = _words()
    """Words that make a short line a sentence rather than a name (``the``, ``thanks``,
    ``great``): a commenter's name holds none of them in lower case."""
    small_words: tuple[str, ...] = _words()
    """Words a title in title case leaves in lower case (``of``, ``the``)."""
    # --- bylines ---------------------------------------------------------------------------
    byline_words: tuple[str, ...] = _words()
    """What comes before the author's name in a byline: ``by``, ``written by``."""
    date_labels: tuple[str, ...] = _words()
    """What labels a post's date: ``published``, ``updated on`` (``Published March 3,
    2014``); a line that opens with one is a date, not a name and a date."""
    posted_by: tuple[str, ...] = _words()
    """Bylines that say who posted, wherever they stand: ``posted by``."""
    byline_date_words: tuple[str, ...] = _words()
    """Words before a date or a place after a byline's name: ``on``, ``at``, ``in``."""
    articles: tuple[str, ...] = _words()
    """Articles opening a byline's role: ``By Jane Doe, a writer at …``."""
    roles: tuple[str, ...] = _words()
    """What a byline says its writer is, after the name: ``writer``, ``staff writer``,
    ``editor`` (``By Jane Doe, Staff Writer``, ``By Jane Doe, writer at …``)."""
    # --- page furniture and widgets: each a whole line, chrome wherever it stands ----------
    related_headings: tuple[str, ...] = _words()
    """Headings of related-post and recommendation widgets: ``read also``, ``more on the
    topic``, ``lire aussi``, ``mehr zum thema`` (chrome ``related``; a linked headline may
    follow a colon or a bar: ``Lire aussi : TITRE``)."""
    read_more: tuple[str, ...] = _words()
    """Links to the rest of a post: ``read more``, ``weiterlesen``, ``lire la suite``
    (chrome ``related``; an arrow or the post's quoted title may go with it)."""
    section_headings: tuple[str, ...] = _words()
    """Headings of lists of other posts in sidebars and news sections: ``most read``,
    ``most commented``, ``recent posts``, ``archives``, ``meistgelesen`` (chrome
    ``navigation``). Not a recent-comments widget's heading: its list reads as a thread,
    which the heading, left to the structural rules, ends."""
    share_words: tuple[str, ...] = _words()
    """Share, print, e-mail and copy-link buttons and their headings: ``share``,
    ``teilen mit``, ``partager cet article``, ``print``, ``send by email``, ``copy link``
    (chrome ``share``; a count may follow: ``Partager (12)``)."""
    share_on: tuple[str, ...] = ()
    """Templates of a button that shares on a network, ``{network}`` where its name goes:
    ``auf {network} teilen``, ``partager sur {network}``, ``klik om te delen op {network}``
    (chrome ``share``)."""
    new_window: tuple[str, ...] = _words()
    """What a share button says it opens, printed after it, with or without brackets:
    ``opens in new window``, ``wird in neuem fenster geöffnet``."""
    like_lines: tuple[str, ...] = _words()
    """The like widget's heading and button: ``gefällt mir``, ``j'aime chargement``
    (chrome ``like-widget``)."""
    ad_labels: tuple[str, ...] = _words()
    """Labels of advertisements and sponsored content: ``advertisement``, ``anzeige``,
    ``publicité``, ``contenu sponsorisé`` (chrome ``ad-label``)."""
    sponsored_by: tuple[str, ...] = _words()
    """What stands before an advertiser's name: ``sponsored by``, ``präsentiert von``
    (chrome ``ad-label``: ``Präsentiert von Acme``)."""
    newsletter_lines: tuple[str, ...] = _words()
    """Newsletter sign-up lines: ``subscribe to our newsletter``, ``newsletter
    abonnieren``, ``abonnez-vous`` (chrome ``newsletter``)."""
    rights_reserved: tuple[str, ...] = _words()
    """``all rights reserved``, ``alle rechte vorbehalten`` (chrome ``footer``; the rest
    of a copyright line may follow)."""
    legal_links: tuple[str, ...] = _words()
    """Links of a site's footer to its legal and contact pages: ``privacy policy``,
    ``terms of use``, ``impressum``, ``mentions légales``, ``contact us`` (chrome
    ``footer``; alone, or several in a row between bars)."""
    cookie_openings: tuple[str, ...] = _words()
    """How a cookie banner's sentence opens: ``we use cookies``, ``diese website verwendet
    cookies`` (chrome ``cookie-notice``; the rest of the line follows)."""
    cookie_buttons: tuple[str, ...] = _words()
    """Buttons and links of a cookie banner: ``accept all``, ``alle akzeptieren``,
    ``cookie-einstellungen``, ``tout refuser`` (chrome ``cookie-notice``)."""
    navigation_links: tuple[str, ...] = _words()
    """Links around the site: ``skip to content``, ``menu``, ``search``, ``home``, ``back
    to top``, ``zum inhalt springen``, ``startseite`` (chrome ``navigation``; alone, or a
    few in a row with ``adjacent_posts``)."""
    adjacent_posts: tuple[str, ...] = _words()
    """Links to the post or page before and after: ``previous post``, ``next``,
    ``vorheriger beitrag``, ``suivant`` (chrome ``navigation``; with arrows, a few in a
    row between bars, ``« Vorige | Nächste »``, or a post's title after a colon)."""
    page_of: tuple[str, ...] = ()
    """Templates of a page count, ``{n}`` and ``{m}`` where the numbers go: ``page {n} of
    {m}``, ``seite {n} von {m}`` (chrome ``navigation``)."""
    account_links: tuple[str, ...] = _words()
    """Links to a reader's account and to the site's profiles: ``log in``, ``sign up``,
    ``my account``, ``follow us``, ``anmelden``, ``se connecter`` (chrome ``promo``)."""
    # --- examples and samples -------------------------------------------------------------
    examples: Mapping[str, tuple[str, ...]] = field(factory=dict)
    """Lines of real pages, by the chrome kind (or content label) the patterns must give
    them: each is checked by the tests."""
    samples: Samples | None = None
    """Text to generate test pages in the language, or ``None``."""


def _load() -> tuple[Vocabulary, ...]:
    found = []
    for module in pkgutil.iter_modules(__path__):
        vocabulary = importlib.import_module(f"{__name__}.{module.name}").VOCABULARY
        if not isinstance(vocabulary, Vocabulary) or vocabulary.code != module.name:
            raise TypeError(f"{module.name}: VOCABULARY must be the Vocabulary of {module.name!r}")
        found.append(vocabulary)
    # English first: where two languages spell a count differently, English reads it.
    return tuple(sorted(found, key=lambda vocabulary: (vocabulary.code != "en", vocabulary.code)))


VOCABULARIES: Final[tuple[Vocabulary, ...]] = _load()
"""Every language's vocabulary, English first, then by code."""

NAME_PARTICLES: Final = (
    "de", "van", "von", "da", "del", "der", "den", "di", "du", "dos", "das", "la", "le",
    "ter", "ten", "bin", "al", "el", "zu",
)  # fmt: skip
"""Lower-case particles of names (``Vincent van Gogh``, ``Ana de la Cruz``): names travel
across languages, so there is one list for all."""


def words(name: str) -> tuple[str, ...]:
    """The words of the :class:`Vocabulary` field *name* in every language, each once.

    >>> "antworten" in words("reply_words") and "reply" in words("reply_words")
    True
    """
    seen: dict[str, None] = {}
    for vocabulary in VOCABULARIES:
        for word in getattr(vocabulary, name):
            seen.setdefault(word)
    return tuple(seen)


def count_words() -> dict[str, int]:
    """Every language's count words and their numbers (English wins a clash)."""
    numbers: dict[str, int] = {}
    for vocabulary in VOCABULARIES:
        for word, number in vocabulary.count_words.items():
            numbers.setdefault(word, number)
    return numbers


def alternation(items: tuple[str, ...] | list[str]) -> str:
    """A regular expression matching any of *items* (escaped, longest first, so that a
    longer phrase wins over its start; spaces match one space).

    >>> alternation(("reply", "reply all", "a.m."))
    '(?:reply\\\\ all|reply|a\\\\.m\\\\.)'
    """
    if not items:
        return "(?!)"  # matches nothing
    ordered = sorted(set(items), key=lambda item: (-len(item), item))
    return "(?:" + "|".join(regex.escape(item) for item in ordered) + ")"


def phrases(items: tuple[str, ...] | list[str]) -> str:
    """A regular expression matching any of *items*, as :func:`alternation` does, written
    as a tree of their letters: the phrases that share a start share its test, so a line
    that opens none of them fails on its first letter, however many phrases there are (an
    alternation of hundreds tries each in turn). A longer phrase is still tried before
    its start.

    >>> phrases(("reply", "reply all", "read"))
    '(?:re(?:ad|ply(?:\\\\ all)?))'
    """
    if not items:
        return "(?!)"
    tree: dict[str, dict[str, Any]] = {}
    for item in set(items):
        node = tree
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _branches(tree) + ")"


def _branches(node: dict[str, dict[str, Any]]) -> str:
    """The pattern of what may follow a node of the tree of :func:`phrases`."""
    branches = []
    for first, below in sorted(node.items()):
        if first:
            # a run of single children is one literal: "ply" rather than p(?:l(?:y))
            run, child = regex.escape(first), below
            while len(child) == 1 and "" not in child:
                [(char, child)] = child.items()
                run += regex.escape(char)
            branches.append(run + _branches(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    # a phrase ends here: the longer ones first (a greedy optional group)
    return f"(?:{body})?" if len(branches) == 1 else f"{body}?"


def fill(template: str, **parts: str) -> str:
    """A template (``vor {n} {unit}``) as a regular expression: its words escaped, each
    ``{part}`` replaced by the pattern in *parts*.

    >>> fill("{n} {unit} ago", n=r"\\d+", unit="(?:day|days)")
    '\\\\d+\\\\ (?:day|days)\\\\ ago'
    """
    pieces = regex.split(r"(\{\w+\})", template)
    return "".join(
        parts[piece[1:-1]] if piece[:1] == "{" else regex.escape(piece) for piece in pieces
    )
