"""Hypothesis strategies that build page dumps whose clean document is known in advance.

Install the test extra to use them (``pip install 'herseeds[test]'``)::

    from hypothesis import given
    import herseeds
    from herseeds.testing import pages

    @given(pages())
    def test_article_is_recovered(page):
        assert herseeds.clean(page.text).article == page.article

Each generated page is a :class:`GeneratedPage`: the dump (``text``) and its truth (title,
subtitle, author, bio, article, comments, declared comment count and one label per line).
The generator follows the contract of docs/output-format.md and only produces structures
that it describes and that a careful reader could recover from the text alone. The choices
that keep it honest:

- **Prose is never chrome-shaped.** :func:`paragraphs` makes two to five grammatical
  sentences of ordinary lower-case words, each of five words or more and ending in a full
  stop: no paragraph is name-shaped, title-case, a heading or a one-word line, none opens
  with a name followed by ``is``/``writes`` (a bio) or with ``NAME here.`` (a
  self-introduction), and none says "your article" or "my post" (evidence of who wrote the
  page, see below). Comments are made of the same sentences, or are one short line
  (``So true.``, ``Great read!``): never a name.
- **Chrome is recognizable by its phrasing or its shape.** Lines drawn by
  :func:`chrome_lines` are the stock phrasings of WordPress, Blogger, Disqus, Medium and
  news sites; the structural chrome (image captions, newsletter boxes, link lists,
  related-post teasers, author boxes, footers) has the shape docs/output-format.md gives it
  (Chrome kinds): a caption repeats its alt text, a newsletter box's blurb sits between two
  newsletter lines, link lists (and a footer's links) are three or more adjacent short
  lines, teasers are a title-case headline with a one-line blurb after a related-posts
  heading, a bio that does not open with its name sits under an ``About the author``
  heading. A page has at most one newsletter box (a second would frame the paragraphs
  between the two like a box's blurb).
- **The header is a title and the dek under it** (docs/output-format.md, Document). The
  title is a short title-case line without a full stop; a subtitle (dek, a sentence or a
  question) is only generated right under a title and always followed by an image credit or
  a byline, the two things that tell a dek from a first paragraph. For the same reason, a
  first paragraph with nothing but chrome between it and the title is never followed by
  chrome (it would be a dek and its credit), and is never the only paragraph. Bylines name a
  capitalized person (``By NAME``, ``Posted by NAME``, ``NAME | DATE``, ``By NAME, DATE``,
  and Blogger's ``Posted by NAME at TIME`` under the post).
- **Authors are stated or not at all.** ``author.name_from`` is ``byline``, ``bio``
  (``NAME is a writer based in CITY.`` after the article), ``sign-off`` (``— NAME``,
  ``Cheers, NAME`` or a bare full name closing the article), ``self-introduction`` (the
  article opens with ``NAME here.``), ``comment-replies`` (the writer answers readers who
  praise "your article", and says "my article"; nobody else does) or ``None`` when the
  page does not tell. When a page states the name in several ways, the evidence is the
  first in the order of docs/output-format.md (Author): byline, bio, sign-off,
  self-introduction, comment-replies.
- **Comment threads are nested lists**, in the site styles of :data:`COMMENT_STYLES` (see
  :func:`comment_threads`). Author lines are names, comment texts are sentences, so the hard
  case (a name line versus a one-line comment, see docs/output-format.md, Comment) is always
  decidable. Pingbacks are top level. A thread without a comments header is only generated
  when it reads like comments (an author line or a second paragraph somewhere), and Blogger
  threads, whose items are not indented, always have their ``N comments:`` header. No two
  adjacent paragraphs of a comment repeat each other (that is an image and its caption).
- **Noise is only what normalization undoes or docs/output-format.md expects of a page
  dump** (The input): double spaces after sentences, a no-break space, trailing spaces,
  lines of spaces between blocks, UTF-8 read as cp1252 (mojibake), a BOM and CRLF line ends,
  and a last paragraph cut off mid-word where the dump was truncated (never the first one:
  cut, it could pass for a headline). The truth holds the normalized text.
- **Other languages are data.** ``pages(language="de")`` writes a page in a language whose
  vocabulary (:mod:`herseeds.languages`) has samples, from that vocabulary alone: its
  samples' titles, names, sentences, comments and dates, and its own words for bylines,
  comment headers, decorations, reply links and the comment form, capitalized as its
  examples show them. No word of another language is written in this module, so adding a
  language with samples adds its pages.

Everything here draws through Hypothesis, so pages shrink: a failing page comes back as a
short one. Sentences are the exception: each is built from one drawn seed (see
``_sentence``), which keeps pages fast to generate.
"""

from __future__ import annotations

import functools
import itertools
import random
import re
import textwrap
from collections.abc import Iterable, Sequence
from typing import Final, Literal, TypeVar, get_args

from attrs import field, frozen

from herseeds.languages import NAME_PARTICLES, VOCABULARIES, Samples, Vocabulary
from herseeds.model import (
    CHROME_PREFIX,
    Author,
    ChromeKind,
    Comment,
    CommentKind,
    NameEvidence,
)

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - only without the test extra
    raise ImportError(
        "herseeds.testing needs hypothesis: pip install 'herseeds[test]'", name="hypothesis"
    ) from error

__all__ = [
    "COMMENT_STYLES",
    "LINE_KINDS",
    "CommentStyle",
    "GeneratedPage",
    "GeneratedThread",
    "chrome_lines",
    "coarse_label",
    "comment_sections",
    "comment_threads",
    "folded",
    "html_page",
    "names",
    "pages",
    "paragraphs",
    "titles",
]

_T = TypeVar("_T")

CommentStyle = Literal["numbered", "avatar", "says", "blogger", "textfirst", "dated"]
"""How a site renders its comment thread (see :func:`comment_threads`)."""

COMMENT_STYLES: Final[tuple[CommentStyle, ...]] = get_args(CommentStyle)
"""Every comment style, in the order of :data:`CommentStyle`."""

LINE_KINDS: Final[tuple[ChromeKind, ...]] = (
    "comment-form",
    "like-widget",
    "share",
    "taxonomy",
    "date",
    "navigation",
    "related",
    "newsletter",
    "ad-label",
    "cookie-notice",
    "promo",
    "call-to-action",
    "credit",
    "comment-meta",
)
"""The chrome kinds (of :data:`herseeds.model.ChromeKind`) whose lines are chrome on their
own, which :func:`chrome_lines` draws from; the other kinds are chrome by their place
(captions, link lists, ...) and come with the pages' own structures."""


# Strategies are built once and reused: building them anew for every draw is most of the
# cost of a page otherwise.
_BOOLEANS: Final = st.booleans()


@functools.cache
def _ints(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(low, high)


@functools.cache
def _choice(options: tuple[_T, ...]) -> st.SearchStrategy[_T]:
    return st.sampled_from(options)


def coarse_label(label: str) -> str:
    """Return *label* with every chrome kind folded into ``chrome``: the level at which a
    generated page's labels are exact.

    >>> coarse_label("chrome:share"), coarse_label("comment-author"), coarse_label("blank")
    ('chrome', 'comment-author', 'blank')
    """
    return "chrome" if label.startswith(CHROME_PREFIX) else label


# --- the generated values ---------------------------------------------------------------


@frozen
class GeneratedPage:
    """A page dump and the document a correct cleaner makes of it.

    ``labels`` has one label per line of ``text.split("\\n")``; chrome lines carry the kind
    the generator put there (``chrome:<kind>``), which a cleaner may name differently: use
    :func:`coarse_label` to compare. ``author`` is the whole expected
    :class:`~herseeds.model.Author`, bio included (also available as :attr:`bio`).
    """

    text: str
    title: str | None
    subtitle: str | None
    author: Author
    article: tuple[str, ...]
    comments: tuple[Comment, ...]
    declared_comment_count: int | None
    labels: tuple[str, ...]
    comment_style: CommentStyle | None = field(default=None)
    """The style of the page's comment section, or ``None`` when it has none."""

    def __attrs_post_init__(self) -> None:
        if len(self.labels) != len(self.text.split("\n")):
            raise ValueError("a generated page needs one label per line")

    @property
    def bio(self) -> str | None:
        """The author's bio, as :attr:`herseeds.Author.bio` holds it."""
        return self.author.bio

    @property
    def lines(self) -> list[str]:
        """The page's lines, one per label."""
        return self.text.split("\n")


@frozen
class GeneratedThread:
    """A rendered comment thread (or a whole comment section) and its truth.

    ``lines`` and ``labels`` go together, one label per line; ``comments`` are the comments a
    cleaner must read from them, in page order. ``title`` and ``declared_comment_count`` are
    what the section's header states (``None`` without a header, or a header without them).
    """

    style: CommentStyle
    lines: tuple[str, ...]
    labels: tuple[str, ...]
    comments: tuple[Comment, ...]
    declared_comment_count: int | None = None
    title: str | None = None

    @property
    def text(self) -> str:
        """The thread's lines as one text."""
        return "\n".join(self.lines)


# --- vocabulary ---------------------------------------------------------------------------
# Ordinary words only. Left out on purpose: "here" (``NAME here.``), "your" and the nouns
# of "my article"/"your post" (author evidence), words that open chrome lines (share, like,
# via, source, credit, photo, tagged, posted...), words that are names, and words starting
# with a vowel sound that takes "a" (useful, usual) or a silent h (honest, hour).

_DETERMINERS: Final = ("the", "a", "this", "that", "every", "each", "our", "their", "her", "his")
_PRONOUNS: Final = ("I", "we", "they", "she", "he", "you", "it")
_ADJECTIVES: Final = tuple(
    (
        "quiet small old new strange gentle ordinary careful bright lonely familiar patient early"
        " late whole simple narrow warm cold slow sudden distant local public private tired"
        " hopeful heavy soft odd steady crowded empty modern second final curious borrowed naïve"
    ).split()
)
_NOUNS: Final = tuple(
    (
        "city letter voice window kitchen morning evening street neighbour friend stranger machine"
        " screen story garden table train station river bridge market winter house room door road"
        " book page song film camera phone idea habit memory promise question answer mistake"
        " routine conversation silence moment afternoon journey map signal crowd teacher child"
        " parent couple family office desk note message plan reason detail choice weekend holiday"
        " village harbour island bicycle recipe meal coffee chair lamp weather sister brother"
        " bakery library theatre audience café crêpe fiancée"
    ).split()
)
_PAST_VERBS: Final = tuple(
    (
        "noticed remembered carried opened followed changed described missed kept found left"
        " wanted watched heard built lost moved explained borrowed painted fixed visited answered"
        " ignored repeated forgot enjoyed measured cleaned crossed closed imagined rearranged"
        " recorded admired"
    ).split()
)
_BASE_VERBS: Final = tuple(
    (
        "notice remember carry open follow change miss keep find want watch hear explain answer"
        " visit imagine"
    ).split()
)
_NEGATIONS: Final = ("didn’t", "didn't", "couldn’t", "wouldn’t", "did not")
_PREPOSITIONS: Final = tuple(
    (
        "in on near behind across under through after before beside along toward past around"
        " without into from"
    ).split()
)
_ADVERBS: Final = (
    "again",
    "slowly",
    "quietly",
    "later",
    "once",
    "twice",
    "carefully",
    "together",
    "at last",
    "for a while",
    "every day",
    "in the end",
    "all winter",
)
_CONJUNCTIONS: Final = ("and", "but", "so", "because", "while", "although", "until")
_SPEECH_VERBS: Final = ("said", "wrote", "told me", "admitted", "joked")
_COMMENT_OPENERS: Final = (
    "Thank you for writing this down so clearly.",
    "I enjoyed every line of this, truly.",
    "What a lovely and thoughtful read this was!",
    "I had never thought about it in quite that way.",
    "This made me smile on a long grey morning.",
    "Beautifully put, and very close to my own week.",
    "I couldn’t agree more with the last part!",
    "Wow, this brought back so many old memories.",
    "Such a gentle way to look at an ordinary day.",
    "Good points…I had not seen it like that before!",
)
_EMOJI: Final = ("🙂", "😊", "❤️", "👍", "🙏🏽")
_ONE_LINERS: Final = (
    # The hard case (docs/output-format.md, Comment): a whole comment of one short sentence,
    # never a name.
    "So true.",
    "Beautifully written.",
    "Loved this, thank you!",
    "Great read!",
    "This made my day.",
    "Thank you for sharing this.",
    "Couldn’t agree more!",
    "Wow, just wow!!",
    "Who else watched it twice?",
    "👏👏👏",
)
_LINKS: Final = (
    "https://quietletters.example.org/2014/03/notes-on-cities/",
    "http://paperlanterns.example.com/archive?page=2",
    "www.harbornotes.example.net/essays",
)


def _vowel(word: str) -> bool:
    return word[:1] in "aeiou"


# Sentences are built from one drawn seed each: a page has a hundred of them, and drawing
# every word separately would make pages slow to generate. Hypothesis still shrinks the
# page's structure (blocks, paragraphs, comments); a shrunk sentence is seed 0's.


def _noun_phrase(rng: random.Random) -> str:
    noun = rng.choice(_NOUNS)
    words = [rng.choice(_ADJECTIVES), noun] if rng.random() < 0.5 else [noun]
    determiner = rng.choice(_DETERMINERS)
    if determiner == "a" and _vowel(words[0]):
        determiner = "an"
    phrase = " ".join([determiner, *words])
    if rng.random() < 0.1:  # a possessive: "the neighbour’s garden"
        apostrophe = rng.choice(("’s", "'s"))
        phrase = f"{phrase}{apostrophe} {rng.choice(_NOUNS)}"
    return phrase


def _clause(rng: random.Random) -> str:
    subject = rng.choice(_PRONOUNS) if rng.random() < 0.5 else _noun_phrase(rng)
    if rng.random() < 0.2:
        verb = f"{rng.choice(_NEGATIONS)} {rng.choice(_BASE_VERBS)}"
    elif rng.random() < 0.1:
        verb = f"never {rng.choice(_PAST_VERBS)}"
    else:
        verb = rng.choice(_PAST_VERBS)
    obj = _noun_phrase(rng)
    if rng.random() < 0.12:  # a quoted phrase: “the quiet room”
        opening, closing = rng.choice((("“", "”"), ("‘", "’"), ('"', '"')))
        obj = f"{opening}{obj}{closing}"
    parts = [subject, verb, obj]
    if rng.random() < 0.5 or len(" ".join(parts).split()) < 5:
        parts.append(f"{rng.choice(_PREPOSITIONS)} {_noun_phrase(rng)}")
    if rng.random() < 0.25:
        parts.append(rng.choice(_ADVERBS))
    return " ".join(parts)


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence_from(rng: random.Random) -> str:
    form = rng.randrange(7)
    if form == 0:  # fronted adverbial: "In the morning, we noticed ..."
        body = f"{rng.choice(_PREPOSITIONS)} {_noun_phrase(rng)}, {_clause(rng)}."
    elif form == 1:  # reported speech, the closing quote after the full stop
        speaker = rng.choice(("she", "he", "they", "my sister", "our teacher"))
        body = f"{_clause(rng)}, {speaker} {rng.choice(_SPEECH_VERBS)}, “{_clause(rng)}.”"
    elif form == 2:  # two clauses
        body = f"{_clause(rng)}, {rng.choice(_CONJUNCTIONS)} {_clause(rng)}."
    elif form == 3:  # opening with the quotation: “We kept the map,” she said.
        speaker = rng.choice(("she", "he", "they", "my sister", "our teacher"))
        body = f"“{_capitalize(_clause(rng))},” {speaker} {rng.choice(_SPEECH_VERBS)}."
    else:
        body = f"{_clause(rng)}."
    return _capitalize(body)


_SEEDS: Final = st.integers(0, 2**32 - 1)


def _sentence() -> st.SearchStrategy[str]:
    """One sentence of five words or more, with commas, ending in a full stop."""
    return _SEEDS.map(lambda seed: _sentence_from(random.Random(seed)))


def _short_sentence() -> st.SearchStrategy[str]:
    """One clause as a sentence: no commas, no quotes around its end."""
    return _SEEDS.map(lambda seed: _capitalize(_clause(random.Random(seed))) + ".")


def _question() -> st.SearchStrategy[str]:
    """A question as a dek asks it: “What happens when …?”."""
    openers = ("What happens when", "Have you ever wondered why", "Why does it matter that")
    return st.tuples(_choice(openers), _SEEDS).map(
        lambda pair: f"{pair[0]} {_clause(random.Random(pair[1]))}?"
    )


def _prose(min_sentences: int, max_sentences: int) -> st.SearchStrategy[str]:
    return st.lists(_sentence(), min_size=min_sentences, max_size=max_sentences).map(" ".join)


def paragraphs(*, min_sentences: int = 2, max_sentences: int = 5) -> st.SearchStrategy[str]:
    """Prose paragraphs: sentences of ordinary English words ending in a full stop.

    The text is normalized (single spaces, no surrounding space), so a cleaner must give
    it back unchanged. Sentences have commas, curly and straight quotes and apostrophes;
    only the first word of a sentence (and ``I``) is capitalized, so a paragraph is never
    name-shaped or title-case.
    """
    if not 1 <= min_sentences <= max_sentences:
        raise ValueError("need 1 <= min_sentences <= max_sentences")
    return _prose(min_sentences, max_sentences)


# --- titles and names ---------------------------------------------------------------------

_TITLE_NOUNS: Final = tuple(
    (
        "Love Machines Cities Letters Voices Future Screens Hearts Rain Windows Dreams Things"
        " Distance Memory Strangers Light Signals Noise Gardens Kitchens Bicycles Winter Islands"
        " Harbors Algorithms Loneliness Friendship Attention Silence Trains Maps Promises Neighbors"
    ).split()
)
_TITLE_ADJECTIVES: Final = tuple(
    (
        "Quiet Small Lonely Gentle Strange Ordinary Patient Distant Modern Borrowed Curious"
        " Tender Restless Invisible Electric Slow Late"
    ).split()
)
_TITLE_VERBS: Final = ("Keep", "Miss", "Need", "Fear", "Remember", "Trust", "Build", "Choose")


@st.composite
def _title(draw: st.DrawFn) -> str:
    noun = _choice(_TITLE_NOUNS)
    adjective = _choice(_TITLE_ADJECTIVES)
    form = draw(_ints(0, 9))
    if form == 0:
        return f"{draw(adjective)} {draw(noun)} and the Future of {draw(noun)}"
    if form == 1:
        return f"Ten Lessons From “{draw(noun)}” for {draw(noun)} and {draw(noun)}"
    if form == 2:
        return f"Why We {draw(_choice(_TITLE_VERBS))} {draw(adjective)} {draw(noun)}"
    if form == 3:
        return f"{draw(noun)} in the Age of {draw(adjective)} {draw(noun)}"
    if form == 4:
        return f"The {draw(adjective)} {draw(noun)}: {draw(noun)}, {draw(noun)} and {draw(noun)}"
    if form == 5:
        return f"On {draw(noun)}, {draw(noun)} and the {draw(adjective)} {draw(noun)}"
    if form == 6:
        return f"How to {draw(_choice(_TITLE_VERBS))} {draw(adjective)} {draw(noun)}"
    if form == 7:
        return f"Are {draw(noun)} the New {draw(noun)}?"
    if form == 8:
        return f"Notes on “{draw(noun)}” and Its {draw(adjective)} {draw(noun)}"
    return f"{draw(noun)} – A {draw(adjective)} Field Guide to {draw(noun)}"


def titles() -> st.SearchStrategy[str]:
    """Headlines: short title-case lines without a full stop (a question mark at most)."""
    return _title()


_FIRST_NAMES: Final = tuple(
    (
        "Ada Amara Benedikt Carmen Dario Elif Farah Gustavo Hana Ingrid Jonas Keiko Lars Leila"
        " Marisol Nadia Oskar Priya Quentin Rosalind Soren Tamsin Umar Vesna Wendell Xiomara"
        " Yusuf Zofia Colm Delphine Emeka Freya Giorgos Hollis Imogen Kwame Linnea Matteo Noor"
        " Odile Padraig Renata Siobhan Tobias Ulrike Valentina Wanjiru Zainab Aurelio Birgit"
    ).split()
)
_LAST_NAMES: Final = tuple(
    (
        "Okafor Lindqvist Marchetti Haddad Kowalczyk Brennan Nakamura Fontaine Adeyemi"
        " Castellanos Sørensen Whitlock Papadakis Oyelaran Delacroix Ferreira Halloran Novak"
        " Quispe Rahimi Strand Tanaka Villanueva Wójcik Yilmaz Zielinski O’Donnell McAllister"
        " Ashworth Mbatha Kristiansen Iwu Barros Lemaire Holloway Petrović Abernathy"
    ).split()
)
_INITIALS: Final = tuple("ABCDEJKLMNRST")
_PARTICLE_NAMES: Final = ("de Souza", "van Dijk", "de la Cruz", "van der Berg", "da Silva")


@st.composite
def _person(draw: st.DrawFn) -> str:
    """A capitalized person's name, sometimes with an initial, a particle or a hyphen."""
    first = draw(_choice(_FIRST_NAMES))
    form = draw(_ints(0, 9))
    if form == 0:
        return f"{first} {draw(_choice(_PARTICLE_NAMES))}"
    last = draw(_choice(_LAST_NAMES))
    if form == 1:
        return f"{first} {draw(_choice(_INITIALS))}. {last}"
    if form == 2:
        return f"{first}-{draw(_choice(_FIRST_NAMES))} {last}"
    return f"{first} {last}"


@st.composite
def _handle(draw: st.DrawFn) -> str:
    first = draw(_choice(_FIRST_NAMES)).lower()
    last = draw(_choice(_LAST_NAMES)).lower().replace("’", "")
    form = draw(_ints(0, 4))
    if form == 0:
        return f"{last}{draw(_ints(2, 999))}"
    if form == 1:
        return f"{first[0]}{last}{draw(_ints(10, 99))}"
    if form == 2:
        return f"{first} {last}"  # a lower-case two-word name, as some commenters type it
    if form == 3:
        return f"{first}_{last}"
    return f"{first.capitalize()} {last}"  # surname typed in lower case


def names(*, handles: bool = True) -> st.SearchStrategy[str]:
    """People's names: ``Ada Okafor``, ``Carmen D. Haddad``, ``Odile de Souza``, and (with
    *handles*) how commenters sign: ``okafor657``, ``ada_okafor``, ``ada okafor``."""
    people = _person()
    return st.one_of(people, _handle()) if handles else people


# --- chrome -------------------------------------------------------------------------------

_SECTIONS: Final = ("Culture", "Technology", "Books", "Film", "Opinion", "Science", "Travel")
_SITES: Final = (
    "The Quiet Reel",
    "Paper Lanterns",
    "Northern Review",
    "Lamplight Weekly",
    "Harbor Notes",
    "The Slow Screen",
)
_TAGS: Final = ("cinema", "love", "technology", "essays", "cities", "memory", "music", "books")
_MONTHS: Final = tuple(
    (
        "January February March April May June July August September October November December"
    ).split()
)
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_STUDIOS: Final = (
    "Focus Features",
    "Annapurna Pictures",
    "Searchlight Pictures",
    "Netflix",
    "A24",
    "Universal Pictures",
    "Paramount Pictures",
)


@st.composite
def _date(draw: st.DrawFn) -> str:
    month = draw(_ints(1, 12))
    day = draw(_ints(1, 28))
    year = draw(_ints(2004, 2024))
    name = _MONTHS[month - 1]
    form = draw(_ints(0, 4))
    if form == 0:
        return f"{name} {day}, {year}"
    if form == 1:
        return f"{day} {name} {year}"
    if form == 2:
        return f"{year}-{month:02d}-{day:02d}"
    if form == 3:
        return f"{name[:3]} {day}, {year}"
    return f"{draw(_choice(_WEEKDAYS))}, {name} {day}, {year}"


@st.composite
def _time(draw: st.DrawFn) -> str:
    hour = draw(_ints(1, 12))
    minute = draw(_ints(0, 59))
    suffix = draw(_choice(("am", "pm", "AM", "PM")))
    return f"{hour}:{minute:02d} {suffix}"


@st.composite
def _datetime(draw: st.DrawFn) -> str:
    month = draw(_ints(1, 12))
    day = draw(_ints(1, 28))
    year = draw(_ints(2004, 2024))
    time = draw(_time())
    if draw(_BOOLEANS):
        return f"{_MONTHS[month - 1]} {day}, {year} at {time}"
    return f"{day} {_MONTHS[month - 1]} {year} at {time}"


# Each kind's phrasings. Placeholders: {name} (a person), {site}, {section}, {tags},
# {date}, {datetime}, {n} (a small number), {studio}.
_CHROME_PHRASINGS: Final[dict[ChromeKind, tuple[str, ...]]] = {
    "comment-form": (
        "Leave a Comment",
        "Add a comment",
        "Leave a comment",
        "Cancel reply",
        "Comment *",
        "Name *",
        "Email *",
        "Website",
        "Post Comment",
        "Submit Comment",
        "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Notify me of follow-up comments by email.",
        "Notify me of new posts by email.",
        "You must be logged in to post a comment.",
        "Comments are closed.",
        "Join the conversation",
        "Start the discussion…",
        "Powered by Disqus",
        "Sort by Newest",
        "Enter your comment here...",
        "Post a Comment",
        "Note: Only a member of this blog may post a comment.",
    ),
    "like-widget": (
        "Like this:",
        "Like Loading...",
        "Be the first to like this.",
        "{n} bloggers like this.",
        "Liked by {n} people",
    ),
    "share": (
        "Share this:",
        "Share this article",
        "Share on Facebook",
        "Share on Twitter",
        "Click to share on Facebook (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)",
        "Facebook Twitter Pinterest Email",
        "Tweet",
        "Pin it",
        "Email this",
        "Share",
        "Copy link",
    ),
    "taxonomy": (
        "Posted in {section} | Tagged {tags}",
        "Filed under: {section}",
        "Tags: {tags}",
        "Categories: {section}",
        "Labels: {tags}",
        "Tagged with: {tags}",
        "This entry was posted in {section} and tagged {tags}. Bookmark the permalink.",
        "Topics: {tags}",
    ),
    "date": (
        "{date}",
        "Published on {date}",
        "Posted on {date}",
        "Updated: {date}",
        "{date} · {n} min read",
        "{n} min read",
        "Reading time: {n} minutes",
    ),
    "navigation": (
        "Skip to content",
        "Menu",
        "Home",
        "« Previous post",
        "Next post »",
        "Previous Post",
        "Next Article",
        "Newer Post Older Post Home",
        "Back to top",
        "Search for:",
        "Main menu",
        "More in {section}",
        "Most Popular",
        "Trending Now",
        "Latest News",
        "Older posts",
    ),
    "related": (
        "Related",
        "Related Posts",
        "Related Articles",
        "You may also like",
        "You might also enjoy",
        "Read more:",
        "Read next",
        "Recommended for you",
        "More stories",
        "Keep reading",
        "Further reading:",
        "More like this",
    ),
    "newsletter": (
        "Sign up for our weekly newsletter",
        "Subscribe to our newsletter",
        "Get the best of {site} in your inbox.",
        "Enter your email address",
        "Subscribe",
        "Thanks for signing up!",
        "By clicking “Sign up”, you agree to our Terms of Use and Privacy Policy.",
        "Newsletter sign-up",
    ),
    "ad-label": (
        "Advertisement",
        "ADVERTISEMENT",
        "Sponsored",
        "Sponsored content",
        "Story continues below advertisement",
        "Paid content",
        "Ad",
        "Sponsored by {site}",
    ),
    "cookie-notice": (
        "We use cookies to give you the best experience on our website. By continuing to"
        " browse, you agree to our use of cookies.",
        "This website uses cookies to improve your experience.",
        "Accept all cookies",
        "Accept",
        "Cookie settings",
        "Got it!",
        "Manage preferences",
    ),
    "promo": (
        "Get the app",
        "Open in app",
        "Sign up for free",
        "Become a member",
        "Start writing",
        "Sign in",
        "Log in",
        "Register",
        "Want to write for us?",
        "Create a free account",
    ),
    "call-to-action": (
        "What do you think? Let us know in the comments.",
        "Share your thoughts below.",
        "Let me know what you think in the comments below!",
        "Tell us what you think in the comments.",
        "Drop a comment below!",
        "What do you think?",
    ),
    "credit": (
        "Photo: {name}/Getty Images",
        "Illustration by {name}",
        "Image via {site}",
        "Courtesy of {name}",
        "Photograph: {name}/Reuters",
        "Photo by {name} on Unsplash",
        "{studio}",
        "© {name}",
        "Credit: {name}",
        "Image: {name}",
        "{name}/AP",
    ),
    "comment-meta": (
        "Reply",
        "Reply ↓",
        "Permalink",
        "Report",
        "Log in to Reply",
        "{n} years ago",
        "{datetime}",
        "Edit",
        "Delete",
    ),
}


_FILLERS: Final[dict[str, st.SearchStrategy[str]]] = {
    "name": _person(),
    "site": _choice(_SITES),
    "section": _choice(_SECTIONS),
    "tags": st.lists(_choice(_TAGS), min_size=1, max_size=3, unique=True).map(", ".join),
    "date": _date(),
    "datetime": _datetime(),
    "n": _ints(2, 12).map(str),
    "studio": _choice(_STUDIOS),
}


@st.composite
def _fill(draw: st.DrawFn, template: str) -> str:
    """*template* with its placeholders (``{name}``, ``{date}``...) filled in."""
    values = {key: draw(filler) for key, filler in _FILLERS.items() if f"{{{key}}}" in template}
    return template.format(**values)


@st.composite
def _chrome_line(draw: st.DrawFn, kinds: tuple[ChromeKind, ...]) -> tuple[ChromeKind, str]:
    kind = draw(_choice(kinds))
    template = draw(_choice(_CHROME_PHRASINGS[kind]))
    return kind, draw(_fill(template))


def chrome_lines(kind: ChromeKind | None = None) -> st.SearchStrategy[str]:
    """Lines of site chrome of *kind* (any kind of :data:`LINE_KINDS` when ``None``).

    The phrasings are the stock ones of WordPress, Blogger, Disqus, Medium and news sites:
    each is chrome wherever it stands, whatever surrounds it.
    """
    if kind is not None and kind not in LINE_KINDS:
        raise ValueError(f"no lines of chrome kind {kind!r} alone; choose from {LINE_KINDS}")
    kinds = LINE_KINDS if kind is None else (kind,)
    return _chrome_line(kinds).map(lambda pair: pair[1])


# --- blocks: lines with their labels ------------------------------------------------------

_Line = tuple[str, str]  # (raw line, label)
_Block = list[_Line]


def _chrome_block(kind: ChromeKind, *lines: str) -> _Block:
    return [(line, CHROME_PREFIX + kind) for line in lines]


@st.composite
def _chrome(draw: st.DrawFn, kinds: tuple[ChromeKind, ...]) -> _Block:
    kind, line = draw(_chrome_line(kinds))
    return _chrome_block(kind, line)


_NEWSLETTER_HEADINGS: Final = (
    "Sign up for our weekly newsletter",
    "Subscribe to our newsletter",
    "Get the best of {site} in your inbox.",
    "Newsletter sign-up",
)
_NEWSLETTER_BLURBS: Final = (
    "The week’s best essays, delivered every Friday morning.",
    "One long read, every Sunday. No spam, ever.",
    "Our editors pick three stories for your weekend.",
    "Film, books and ideas, twice a week.",
)


@st.composite
def _newsletter_box(draw: st.DrawFn) -> list[_Block]:
    """A sign-up box: a heading, maybe a blurb, the e-mail field and button, fine print.

    A blurb is prose; it is only generated between two newsletter lines (the heading and
    the e-mail field), which is what makes it part of the box.
    """
    box = [_chrome_block("newsletter", draw(_fill(draw(_choice(_NEWSLETTER_HEADINGS)))))]
    if draw(_BOOLEANS):
        box.append(_chrome_block("newsletter", draw(_choice(_NEWSLETTER_BLURBS))))
        box.append(_chrome_block("newsletter", "Enter your email address"))
    elif draw(_BOOLEANS):
        box.append(_chrome_block("newsletter", "Enter your email address"))
    if draw(_BOOLEANS):
        box.append(_chrome_block("newsletter", draw(_choice(("Subscribe", "Sign up")))))
    if draw(_BOOLEANS):
        box.append(
            _chrome_block(
                "newsletter",
                "By clicking “Sign up”, you agree to our Terms of Use and Privacy Policy.",
            )
        )
    return box


@st.composite
def _caption(draw: st.DrawFn, title: str | None) -> _Block:
    """An image's alt text and its caption, the caption repeating the alt text."""
    alt = draw(_short_sentence())
    stem = alt[:-1]
    form = draw(_ints(0, 2))
    if form == 1 and title is not None:  # the film's still: "… in “Her.”"
        caption = f"{stem} in “{title}”" if title.endswith("?") else f"{stem} in “{title}.”"
    elif form == 2:
        caption = f"{stem}, {draw(_choice(('seen from the street', 'late at night')))}."
    else:
        caption = alt
    return _chrome_block("caption", alt, caption)


@st.composite
def _teasers(draw: st.DrawFn) -> list[_Block]:
    """A related-posts heading, then one to three teasers (headline, one-line blurb)."""
    heading = draw(_choice(_CHROME_PHRASINGS["related"]))
    blocks = [_chrome_block("related", heading)]
    for _ in range(draw(_ints(1, 3))):
        blocks.append(_chrome_block("related", draw(_title())))
        blocks.append(_chrome_block("related", draw(_sentence())))
    return blocks


@st.composite
def _link_list(draw: st.DrawFn) -> _Block:
    """Three to five link titles on adjacent lines: the seeds' bare link lists."""
    # Question titles are left out: three questions in a row could be the article's own.
    title = _title().filter(lambda line: not line.endswith("?"))
    links = draw(st.lists(title, min_size=3, max_size=5, unique=True))
    return _chrome_block("link-list", *links)


_FOOTER_LINKS: Final = (
    "About Us",
    "Contact",
    "Privacy Policy",
    "Terms of Use",
    "Advertise",
    "Careers",
    "Masthead",
    "Accessibility",
)


@st.composite
def _footer(draw: st.DrawFn) -> list[_Block]:
    """A site footer: three to five links to the site's pages on adjacent lines (a link
    list), maybe a copyright line."""
    links = draw(st.lists(_choice(_FOOTER_LINKS), min_size=3, max_size=5, unique=True))
    blocks = [_chrome_block("link-list", *links)]
    if draw(_BOOLEANS):
        year = draw(_ints(2004, 2024))
        blocks.append(_chrome_block("credit", f"© {year} {draw(_choice(_SITES))}"))
    return blocks


# --- comments -----------------------------------------------------------------------------


@frozen
class _Node:
    author: str | None
    paragraphs: tuple[str, ...]
    kind: CommentKind = "comment"
    prefix: str = ""  # of a pingback's author line: "Pingback: "
    repeated_name: bool = False
    replies: tuple[_Node, ...] = ()


_PRAISE: Final = (
    "I really enjoyed your article and its patient tone.",
    "Your piece put words to something I had felt for years.",
    "Thank you for your post, it stayed with me all week.",
    "Your essay made me look at my own street differently.",
)
_WRITER_REPLIES: Final = (
    "Thank you so much, I am glad my article found you.",
    "That was exactly the feeling I wanted my piece to catch.",
    "Thanks for reading, it means a lot that my post reached you.",
)


@st.composite
def _comment_paragraph(draw: st.DrawFn) -> str:
    sentences = draw(st.lists(_sentence(), min_size=1, max_size=3))
    if draw(_ints(0, 3)) == 0:
        sentences.insert(0, draw(_choice(_COMMENT_OPENERS)))
    if draw(_ints(0, 9)) == 0:
        sentences.append(f"I wrote about it here: {draw(_choice(_LINKS))}")
    text = " ".join(sentences)
    if draw(_ints(0, 7)) == 0:
        text = f"{text} {draw(_choice(_EMOJI))}"
    return text


def _repeats(paragraphs: Sequence[str]) -> bool:
    """Whether a paragraph opens with the whole of the one before: on adjacent lines, that
    is an image's alt text and caption."""
    return any(
        second.startswith(first.rstrip('.!?”’"'))
        for first, second in itertools.pairwise(paragraphs)
    )


def _comment_text() -> st.SearchStrategy[tuple[str, ...]]:
    """A comment's paragraphs (one to three, none repeating the one before), or a single
    short line such as ``So true.``."""
    texts = st.lists(_comment_paragraph(), min_size=1, max_size=3)
    return st.one_of(
        _choice(_ONE_LINERS).map(lambda line: (line,)),
        texts.filter(lambda texts: not _repeats(texts)).map(tuple),
    )


_SAYS_STYLES: Final = ("numbered", "avatar", "says")


@st.composite
def _pingback(draw: st.DrawFn, style: CommentStyle) -> _Node:
    """A pingback: the linking page's title (``Post title | Site``) is its author.

    Rendered as WordPress's ``Pingback: TITLE`` (or ``Trackback:``) line, with or without
    its excerpt, or as a plain (or ``Avatar``) author line whose text is a ``[…] excerpt
    […]``, the form docs/output-format.md names (Comment, ``kind``).
    """
    title = f"{draw(_title())} | {draw(_choice(_SITES))}"
    excerpt = f"[…] {draw(_short_sentence())[:-1]} […]"
    prefix = "" if style == "avatar" else draw(_choice(("Pingback: ", "Trackback: ", "")))
    body = (excerpt,) if not prefix or draw(_BOOLEANS) else ()
    return _Node(author=title, paragraphs=body, kind="pingback", prefix=prefix)


@st.composite
def _commenter(draw: st.DrawFn, style: CommentStyle, exclude: str | None) -> str | None:
    if style == "textfirst":
        return None
    if style == "numbered" and draw(_ints(0, 2)) == 0:
        return None  # an item that opens with its text, among named ones
    name = draw(names())
    if style == "blogger" and draw(_ints(0, 5)) == 0:
        name = "Anonymous"
    if name == exclude:
        name = f"{name}2" if " " not in name else f"{name} Jr"
    return name


@st.composite
def _replies(
    draw: st.DrawFn, style: CommentStyle, writer: str | None, budget: int
) -> tuple[_Node, ...]:
    """Zero to two replies to a comment, each with at most one reply of its own."""
    replies: list[_Node] = []
    for _ in range(draw(_ints(0, 2))):
        if budget <= 0:
            break
        budget -= 1
        deeper: tuple[_Node, ...] = ()
        if budget > 0 and draw(_ints(0, 2)) == 0:
            budget -= 1
            deeper = (_Node(draw(_commenter(style, writer)), draw(_comment_text())),)
        replies.append(
            _Node(draw(_commenter(style, writer)), draw(_comment_text()), replies=deeper)
        )
    return tuple(replies)


def _size(nodes: Iterable[_Node]) -> int:
    return sum(1 + _size(node.replies) for node in nodes)


@st.composite
def _tree(
    draw: st.DrawFn, style: CommentStyle, max_comments: int, writer: str | None, answers: bool
) -> tuple[_Node, ...]:
    """A random thread: top-level comments, replies (depth 1) and their replies (depth 2).

    No commenter is called *writer*, except when *answers*: then *writer* answers one or two
    top-level comments that praise "your article" (and says "my article"): the evidence that
    the commenter wrote the page (docs/output-format.md, Author, ``comment-replies``).
    Nobody else answers those comments, and no other comment mentions "your article". (Only
    where replies are nested and named: not in the ``blogger`` and ``textfirst`` styles.)
    """
    answers = answers and writer is not None and style in _SAYS_STYLES
    nodes: list[_Node] = []
    for position in range(draw(_ints(1, min(5, max_comments)))):
        budget = max_comments - _size(nodes) - 1
        if budget < 0:
            break
        if style != "blogger" and draw(_ints(0, 6)) == 0:
            nodes.append(draw(_pingback(style)))
            continue
        author = draw(_commenter(style, writer))
        text = draw(_comment_text())
        repeated = style == "numbered" and author is not None and draw(_ints(0, 3)) == 0
        praised = sum(1 for node in nodes if any(r.author == writer for r in node.replies))
        replies: tuple[_Node, ...] = ()
        if answers and budget > 0 and praised < 2 and (position == 0 or draw(_BOOLEANS)):
            text = (f"{draw(_choice(_PRAISE))} {text[0]}", *text[1:])
            answer = f"{draw(_choice(_WRITER_REPLIES))} {draw(_sentence())}"
            replies = (_Node(writer, (answer,)),)
        elif style != "blogger":  # Blogger's classic comments are flat
            replies = draw(_replies(style, writer, budget))
        nodes.append(_Node(author, text, repeated_name=repeated, replies=replies))
    return tuple(nodes)


def _flatten(nodes: Sequence[_Node]) -> list[tuple[_Node, int]]:
    flat: list[tuple[_Node, int]] = []

    def walk(node: _Node, depth: int) -> None:
        flat.append((node, depth))
        for reply in node.replies:
            walk(reply, depth + 1)

    for node in nodes:
        walk(node, 0)
    return flat


def _truth(nodes: Sequence[_Node]) -> tuple[Comment, ...]:
    comments: list[Comment] = []
    open_at: dict[int, int] = {}  # depth -> index of the last comment at that depth
    for node, depth in _flatten(nodes):
        parent = open_at[depth - 1] if depth else None
        comments.append(
            Comment(
                author=node.author,
                text="\n\n".join(node.paragraphs),
                depth=depth,
                parent=parent,
                kind=node.kind,
            )
        )
        open_at[depth] = len(comments) - 1
    return tuple(comments)


@st.composite
def _gap(draw: st.DrawFn) -> list[_Line]:
    """The blank lines between two blocks: one, sometimes two; rarely a line of spaces."""
    blank = ("   ", "blank") if draw(_ints(0, 19)) == 0 else ("", "blank")
    return [blank] * draw(_choice((1, 1, 1, 2)))


_ITEM_META: Final = ("Reply", "Permalink", "Log in to Reply", "3 years ago", "Report")


class _ThreadRenderer:
    """Writes a thread's lines as a dump renders the style's markup (see `comment_threads`)."""

    def __init__(self, draw: st.DrawFn, style: CommentStyle) -> None:
        self.draw = draw
        self.style = style
        self.lines: list[_Line] = []

    def gap(self) -> None:
        self.lines.extend(self.draw(_gap()))

    def add(self, line: str, label: str) -> None:
        self.lines.append((line, label))

    def texts(self, paragraphs: Iterable[str], indent: str) -> None:
        for position, paragraph in enumerate(paragraphs):
            if position or self.draw(_ints(0, 4)):  # the text right under the name, at times
                self.gap()
            self.add(indent + paragraph, "comment")

    def meta(self, indent: str, line: str) -> None:
        self.gap()
        self.add(indent + line, "chrome:comment-meta")

    # What the site writes around its comments: the words of one language (English here,
    # another in `_LocalizedRenderer`).

    def between(self) -> None:
        """Maybe an ad between two comments."""
        if self.draw(_ints(0, 9)) == 0:
            self.add(self.draw(_choice(("Advertisement", "Sponsored"))), "chrome:ad-label")
            self.gap()

    def decoration(self) -> str:
        """What the style adds to the commenter's name."""
        return {"avatar": " Avatar", "says": " says:"}.get(self.style, "")

    def date(self) -> str:
        date: str = self.draw(_datetime())
        return date

    def reply_link(self) -> str:
        link: str = self.draw(_choice(("Reply", "Reply ↓")))
        return link

    def item_meta(self) -> str:
        link: str = self.draw(_choice(_ITEM_META))
        return link

    def thread(self, nodes: Sequence[_Node]) -> list[_Line]:
        for number, node in enumerate(nodes, start=1):
            if number > 1:
                self.gap()
                self.between()
            if self.style == "blogger":
                self.blogger(node)
            else:
                self.item(node, 0, number)
        return self.lines

    def blogger(self, node: _Node) -> None:
        said = self.draw(_choice(("said...", "said…")))
        self.add(f"{node.author} {said}", "comment-author")
        self.texts(node.paragraphs, "    ")
        if self.draw(_BOOLEANS):
            self.meta("    ", self.draw(_datetime()))
        if self.draw(_ints(0, 3)) == 0:
            self.meta("    ", "Delete")

    def item(self, node: _Node, depth: int, number: int) -> None:
        draw = self.draw
        pad = "  " * (depth + 1)
        inner = pad + "  "
        marker = f"{number}." if depth == 0 else draw(_choice(("•", "•", "◦", f"{number}.")))
        head = f"{pad}{marker} "
        if node.kind == "pingback" and self.style != "avatar":
            self.add(f"{head}{node.prefix}{node.author}", "comment-author")
            self.texts(node.paragraphs, inner)
        elif node.author is None:
            first, *rest = node.paragraphs
            self.add(head + first, "comment")
            for paragraph in rest:
                if draw(_BOOLEANS):
                    self.gap()
                self.add(inner + paragraph, "comment")
        elif self.style == "dated":
            separator = draw(_choice((" ", " · ", " | ", " - ")))
            self.add(f"{head}{node.author}{separator}{self.date()}", "comment-author")
            self.texts(node.paragraphs, inner)
        else:
            self.add(f"{head}{node.author}{self.decoration()}", "comment-author")
            if node.repeated_name:
                self.add(inner + node.author, "comment-author")
            if self.style == "says":
                self.meta(inner, self.date())
            self.texts(node.paragraphs, inner)
            if self.style == "says":
                self.meta(inner, self.reply_link())
        if self.style in ("numbered", "avatar", "textfirst") and draw(_ints(0, 5)) == 0:
            self.meta(inner, self.item_meta())  # links under a comment
        for position, reply in enumerate(node.replies, start=1):
            self.gap()
            self.item(reply, depth + 1, position)


def _reads_like_comments(nodes: Sequence[_Node]) -> bool:
    """Whether a thread shows it is comments without a header: an author line somewhere,
    or a comment of more than one paragraph."""
    return any(node.author is not None or len(node.paragraphs) > 1 for node, _ in _flatten(nodes))


@st.composite
def _thread(
    draw: st.DrawFn,
    style: CommentStyle | None,
    max_comments: int,
    writer: str | None,
    answers: bool,
) -> tuple[GeneratedThread, tuple[_Node, ...]]:
    chosen: CommentStyle = style if style is not None else draw(_choice(COMMENT_STYLES))
    nodes = draw(_tree(chosen, max_comments, writer, answers))
    lines = _ThreadRenderer(draw, chosen).thread(nodes)
    thread = GeneratedThread(
        style=chosen,
        lines=tuple(line for line, _ in lines),
        labels=tuple(label for _, label in lines),
        comments=_truth(nodes),
    )
    return thread, nodes


def _check_max(max_comments: int) -> None:
    if max_comments < 1:
        raise ValueError("max_comments must be 1 or more")


def comment_threads(
    style: CommentStyle | None = None, *, max_comments: int = 8
) -> st.SearchStrategy[GeneratedThread]:
    """A random comment thread rendered in a site's *style* (any style when ``None``).

    The thread has one to *max_comments* comments at depth 0 to 2 (Blogger: 0), each of one
    to three paragraphs, and sometimes pingbacks. Items only: no header, no form (see
    :func:`comment_sections`). The styles:

    - ``numbered``: ``  1. Name`` (sometimes the name again on the next line), the text
      indented under it, replies ``    • Name`` two columns deeper; some items open with
      their text instead (``author=None``); pingbacks as ``  3. Pingback: TITLE | SITE``.
    - ``avatar``: ``  1. Name Avatar``; pingbacks as ``  3. TITLE | SITE Avatar`` with a
      ``[…] excerpt […]``.
    - ``says``: ``  1. Name says:``, a date line (``chrome:comment-meta``), the text, then
      ``    Reply`` (``chrome:comment-meta``).
    - ``blogger``: ``Name said...`` at the margin, the text indented, an indented date line.
    - ``textfirst``: every item opens with its text (``author=None``).
    - ``dated``: ``  1. Name · March 3, 2014 at 10:03 am`` (the name and the date on one
      line, apart by a space, a dot, a bar or a dash), the text indented under it.
    """
    _check_max(max_comments)
    return _thread(style, max_comments, None, False).map(lambda pair: pair[0])


_HEADERS: Final = (
    # (plural, singular); {title} only in those that name the post.
    ("{count} thoughts on “{title}”", "One thought on “{title}”"),
    ("{count} responses to “{title}”", "{count} response to “{title}”"),
    ("{count} Replies to “{title}”", "{count} Reply to “{title}”"),
    ("{count} comments on “{title}”", "{count} comment on “{title}”"),
    ("{count} Comments", "{count} Comment"),
    ("{count} Responses", "{count} Response"),
    ("Comments ({count})", "Comments ({count})"),
    ("{count} Responses to “{title}”", "One Response to “{title}”"),
)


@st.composite
def _header(
    draw: st.DrawFn, style: CommentStyle, count: int, title: str | None
) -> tuple[str, int | None, str | None]:
    """A comments header: its line, the count it states and the title it names."""
    if style == "blogger":
        return (f"{count} comment:" if count == 1 else f"{count} comments:"), count, None
    if draw(_ints(0, 9)) == 0:
        return draw(_choice(("Comments", "Responses", "Discussion"))), None, None
    usable = [pair for pair in _HEADERS if title is not None or "{title}" not in pair[0]]
    plural, singular = draw(_choice(tuple(usable)))
    template = singular if count == 1 else plural
    named = title if "{title}" in template else None
    stated = count if "{count}" in template else 1
    return template.format(count=count, title=title), stated, named


_WORDPRESS_FORM: Final = (
    ("Your email address will not be published. Required fields are marked *",),
    ("Comment *", "Name *", "Email *", "Website"),
    ("Save my name, email, and website in this browser for the next time I comment.",),
    ("Post Comment",),
    ("Notify me of follow-up comments by email.", "Notify me of new posts by email."),
)
_DISQUS_FORM: Final = (("Powered by Disqus",), ("Sort by Newest",), ("Start the discussion…",))


@st.composite
def _form(draw: st.DrawFn, style: CommentStyle) -> list[_Block]:
    """The comment form under a thread: its heading and some of its lines, in page order.

    Blogger's is ``Post a Comment`` and the post navigation; other styles get WordPress's
    form or a Disqus embed.
    """
    if style == "blogger":
        blocks = [_chrome_block("comment-form", "Post a Comment")]
        if draw(_ints(0, 3)) == 0:
            note = "Note: Only a member of this blog may post a comment."
            blocks.append(_chrome_block("comment-form", note))
        if draw(_BOOLEANS):
            blocks.append(_chrome_block("navigation", "Newer Post Older Post Home"))
        return blocks
    if draw(_ints(0, 3)) == 0:
        blocks = [_chrome_block("comment-form", "Join the conversation")]
        groups: tuple[tuple[str, ...], ...] = _DISQUS_FORM
    else:
        heading = draw(_choice(("Leave a Comment", "Leave a comment", "Add a comment")))
        blocks = [_chrome_block("comment-form", heading)]
        groups = _WORDPRESS_FORM
    for group in groups:
        if not draw(_BOOLEANS):
            continue
        if draw(_BOOLEANS):
            blocks.append(_chrome_block("comment-form", *group))  # adjacent lines
        else:
            blocks.extend(_chrome_block("comment-form", line) for line in group)
    return blocks


_THREAD_CONTROLS: Final = ("Sort by Newest", "Join the conversation", "Log in with")


@st.composite
def _section(
    draw: st.DrawFn,
    style: CommentStyle | None,
    *,
    title: str | None,
    max_comments: int,
    header: bool | None,
    writer: str | None = None,
    answers: bool = False,
) -> GeneratedThread:
    thread, nodes = draw(_thread(style, max_comments, writer, answers))
    chosen = thread.style
    with_header = header
    if chosen == "blogger" or not _reads_like_comments(nodes):
        with_header = True
    elif with_header is None:
        with_header = draw(_ints(0, 4)) > 0
    lines: list[_Line] = []
    count: int | None = None
    named: str | None = None
    if with_header:
        extra = draw(_choice((0, 0, 0, 1, 3, 17)))
        line, count, named = draw(_header(chosen, len(thread.comments) + extra, title))
        lines.append((line, "chrome:comments-header"))
        lines.extend(draw(_gap()))
        if chosen != "blogger" and draw(_ints(0, 4)) == 0:  # a widget's controls
            lines.append((draw(_choice(_THREAD_CONTROLS)), "chrome:comment-form"))
            lines.extend(draw(_gap()))
    lines.extend(zip(thread.lines, thread.labels, strict=True))
    if chosen != "blogger" and draw(_ints(0, 5)) == 0:
        lines.extend(draw(_gap()))
        lines.append(
            (draw(_choice(("Load more comments", "Show more replies"))), "chrome:comment-meta")
        )
    for block in draw(_form(chosen)):
        lines.extend(draw(_gap()))
        lines.extend(block)
    return GeneratedThread(
        style=chosen,
        lines=tuple(line for line, _ in lines),
        labels=tuple(label for _, label in lines),
        comments=thread.comments,
        declared_comment_count=count,
        title=named,
    )


def comment_sections(
    style: CommentStyle | None = None,
    *,
    title: str | None = None,
    max_comments: int = 8,
    header: bool | None = None,
) -> st.SearchStrategy[GeneratedThread]:
    """A whole comment section: a header, a :func:`comment_threads` thread, the form.

    The header states the count (the shown comments, or more: long threads are paged) and,
    when *title* is given, may name the post (``5 thoughts on “TITLE”``). *header*: always
    (``True``), never (``False``) or sometimes (``None``); a thread that does not read like
    comments by itself (no author line, no second paragraph) and a Blogger thread always
    get one. Under the thread comes the comment form (WordPress's, or Blogger's
    ``Post a Comment``).
    """
    _check_max(max_comments)
    return _section(style, title=title, max_comments=max_comments, header=header)


# --- pages --------------------------------------------------------------------------------

_CITIES: Final = (
    "Lisbon",
    "Leeds",
    "Montreal",
    "Nairobi",
    "Tucson",
    "Wellington",
    "Porto",
    "Ghent",
    "Halifax",
    "Osaka",
    "Bristol",
    "Minneapolis",
)
_BIOS: Final = (
    "{name} is a writer based in {city}.",
    "{name} is a freelance writer and editor based in {city}.",
    "{name} writes about film, books and technology from {city}.",
    "{name} lives in {city}, where she teaches photography.",
    "{name} is a contributing editor at {site}. Her first book of essays comes out next spring.",
    "{name} (@{handle}) is a writer based in {city}.",
)
_BYLINES: Final = (
    "By {name}",
    "By {name}",
    "Posted by {name}",
    "Written by {name}",
    "By {name} | {date}",
    "{name} | {date}",
    "By {name} · {date}",
    "By {name}, {date}",
)
_SUBHEADINGS: Final = (
    "The Quiet Part",
    "What Changed",
    "A Second Look",
    "Back in the Kitchen",
    "Letters and Maps",
    "Why It Stays",
)
_SECTION_BODIES: Final = _prose(4, 6).filter(lambda text: len(text.split()) >= 45)
_UNNAMED_BIOS: Final = (
    "Before turning to essays, she spent ten years as a radio producer in {city}.",
    "A former teacher, she writes about film and cities for {site}.",
)
_LATE_BYLINES: Final = ("Posted by {name} at {time}", "Posted by {name} on {date}")

_LEADING: Final[tuple[ChromeKind, ...]] = ("date", "share", "navigation", "cookie-notice", "promo")
_INSIDE: Final[tuple[ChromeKind, ...]] = ("ad-label", "credit")
_TRAILING: Final[tuple[ChromeKind, ...]] = (
    "share",
    "like-widget",
    "taxonomy",
    "navigation",
    "call-to-action",
    "promo",
    "cookie-notice",
    "date",
)
_CLOSING: Final[tuple[ChromeKind, ...]] = ("like-widget", "navigation", "cookie-notice")


@st.composite
def _noisy(draw: st.DrawFn, text: str) -> str:
    """*text* as a dump may give it: what normalization undoes (odd spaces, mojibake)."""
    if draw(_ints(0, 3)) == 0:
        text = re.sub(r"([.!?][”’\"]?) (?=[A-Z“‘])", r"\1  ", text)  # two spaces after a sentence
    if draw(_ints(0, 7)) == 0 and " " in text:
        at = draw(_ints(0, text.count(" ") - 1))
        head, *tail = text.split(" ")
        words = [head, *tail]
        words[at] = words[at] + "\u00a0" + words[at + 1]
        del words[at + 1]
        text = " ".join(words)
    if draw(_ints(0, 7)) == 0:
        text += " "
    if draw(_ints(0, 11)) == 0:  # UTF-8 read as cp1252 (or Latin-1): mojibake
        data = text.encode("utf-8")
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:  # bytes cp1252 leaves undefined, such as 0x9d in ”
            text = data.decode("latin-1")
    return text


_EVIDENCE_ORDER: Final[tuple[NameEvidence, ...]] = get_args(NameEvidence)
"""When a page states its writer's name in several ways, the evidence is the first of these
(the order of docs/output-format.md, Author: byline, bio, sign-off, self-introduction,
comment-replies)."""

_PARTICLES: Final = frozenset(NAME_PARTICLES)


def _first_name(person: str) -> str:
    return person.split(maxsplit=1)[0]


def _plain(person: str) -> bool:
    """Whether *person* is capitalized words only (no initials, no particles)."""
    return all(word[:1].isupper() and not word.endswith(".") for word in person.split())


@st.composite
def _sign_off(draw: st.DrawFn, person: str) -> tuple[str, str]:
    """A sign-off closing the article, and the name it gives: ``— Ada Okafor``,
    ``Cheers, Ada``, or the bare name when it has two words or more."""
    full = person if not _PARTICLES.intersection(person.split()) else _first_name(person)
    name = draw(_choice((full, _first_name(person))))
    form = draw(_ints(0, 2))
    if form == 0 and " " in name:
        return name, name
    if form == 1:
        valediction = draw(_choice(("Cheers", "Best", "Thanks", "Love", "Yours", "xo")))
        return f"{valediction}, {name}", name
    return f"{draw(_choice(('— ', '—', '– ', '- ', '~')))}{name}", name


@st.composite
def _truncated(draw: st.DrawFn, paragraph: str) -> str:
    """*paragraph* cut off mid-sentence, even mid-word, as where a dump was truncated; kept
    whole when it is too short to be told from a heading once cut."""
    words = paragraph.split(" ")
    if len(words) < 24:
        return paragraph
    cut = " ".join(words[: draw(_ints(16, len(words) - 2))])
    last = cut.rsplit(" ", 1)[-1]
    keep = draw(_ints(1, len(last)))
    return cut[: len(cut) - len(last) + keep].rstrip(',;:“‘" ')


class _PageBuilder:
    """Builds one page top to bottom, keeping the truth of what it writes."""

    def __init__(self, draw: st.DrawFn, *, chrome: bool, noise: bool) -> None:
        self.draw = draw
        self.chrome = chrome
        self.noise = noise
        self.blocks: list[_Block] = []
        self.title: str | None = None
        self.subtitle: str | None = None
        self.writer = draw(_person())
        self.named: dict[NameEvidence, str] = {}  # each way the page names its writer
        self.bio: str | None = None
        self.article: list[str] = []
        self.newsletter = False  # one newsletter box per page at most
        self.thread: GeneratedThread | None = None
        self.no_comments = False  # a header says there are none

    def prose(self, text: str, label: str) -> _Block:
        return [(self.draw(_noisy(text)) if self.noise else text, label)]

    def some_chrome(self, kinds: tuple[ChromeKind, ...], most: int) -> None:
        if self.chrome:
            for _ in range(self.draw(_ints(0, most))):
                self.blocks.append(self.draw(_chrome(kinds)))

    def byline(self, templates: tuple[str, ...]) -> None:
        line = self.draw(_choice(templates)).format(
            name=self.writer, date=self.draw(_date()), time=self.draw(_time())
        )
        self.blocks.append([(line, "byline")])
        self.named["byline"] = self.writer

    def header(self) -> None:
        """Leading chrome, a title, a dek followed by a credit or a byline, a byline."""
        draw = self.draw
        self.some_chrome(_LEADING, 2)
        if draw(_ints(0, 4)):
            self.title = draw(_title())
            self.blocks.append([(self.title, "title")])
        byline = draw(_ints(0, 2)) > 0
        if self.title is not None and draw(_ints(0, 2)) == 0:
            self.subtitle = draw(_prose(1, 2) | _question())
            dek = self.prose(self.subtitle, "subtitle")
            # A dek is told from a first paragraph by what follows it: a credit or a byline.
            if self.chrome and (not byline or draw(_BOOLEANS)):
                credit = draw(_chrome(("credit",)))
                if draw(_BOOLEANS):
                    self.blocks.append(dek + credit)  # the credit on the very next line
                else:
                    self.blocks.extend([dek, credit])
            else:
                self.blocks.append(dek)
                byline = True
        elif self.title is not None and self.chrome and draw(_ints(0, 4)) == 0:
            self.blocks.append(draw(_chrome(("date", "share"))))  # under the headline
        if byline:
            self.byline(_BYLINES)
            if self.chrome and draw(_ints(0, 2)) == 0:
                self.blocks.append(draw(_chrome(("date",))))

    def body(self) -> None:
        """One to six paragraphs, chrome between them; maybe a self-introduction opening
        them or a sign-off closing them."""
        draw = self.draw
        introduced = _plain(self.writer) and draw(_ints(0, 7)) == 0
        # A first paragraph with only chrome between it and the title is where a dek would
        # be: chrome right after it (a credit, a date) would make it one.
        dek_shaped = self.title is not None and all(
            label in ("title", "blank") or label.startswith(CHROME_PREFIX)
            for block in self.blocks
            for _, label in block
        )
        # A lone paragraph under the title with chrome after it would read as a dek too.
        count = draw(_ints(2 if dek_shaped else 1, 6))
        headed = False  # whether the paragraph comes under a section heading
        for position in range(count):
            paragraph = draw(_SECTION_BODIES if headed else paragraphs())
            headed = False
            if position == 0 and introduced:
                name = draw(_choice((self.writer, _first_name(self.writer))))
                self.named["self-introduction"] = name
                paragraph = f"{name} here. {paragraph}"
            # The dump cut off in the last paragraph (never the first: cut, it could be a
            # headline).
            if 0 < position == count - 1 and self.noise and draw(_ints(0, 9)) == 0:
                paragraph = draw(_truncated(paragraph))
            self.article.append(paragraph)
            self.blocks.append(self.prose(paragraph, "article"))
            if position == count - 1 or not self.chrome or (position == 0 and dek_shaped):
                continue
            roll = draw(_ints(0, 9))
            if roll == 0 and not self.newsletter:
                self.newsletter = True
                self.blocks.extend(draw(_newsletter_box()))
            elif roll == 1:
                self.blocks.append(draw(_caption(self.title)))
            elif roll in (2, 3):
                self.blocks.append(draw(_chrome(_INSIDE)))
            elif roll == 4 and position + 2 < count:
                # A section heading, with a long paragraph under it and at least one more
                # after that: a heading over a short paragraph could be a related-post teaser.
                heading = draw(_choice(_SUBHEADINGS))
                self.article.append(heading)
                self.blocks.append([(heading, "article")])
                headed = True
        if draw(_ints(0, 5)) == 0:
            line, name = draw(_sign_off(self.writer))
            self.blocks.append([(line, "byline")])
            self.named["sign-off"] = name

    def after(self) -> None:
        """A late byline, a bio, trailing chrome, related-post teasers, a link list or a
        newsletter box."""
        draw = self.draw
        if "byline" not in self.named and draw(_ints(0, 5)) == 0:
            self.byline(_LATE_BYLINES)
        if draw(_ints(0, 3)) == 0:
            city, site = draw(_choice(_CITIES)), draw(_choice(_SITES))
            if self.chrome and draw(_ints(0, 3)) == 0:
                # An author box: its heading says the next paragraph is the bio, which then
                # need not open with the name.
                heading = draw(_choice(("About the author", "About the Author", "Author bio")))
                self.blocks.append(_chrome_block("author-box", heading))
                template = draw(_choice(_BIOS + _UNNAMED_BIOS))
            else:
                template = draw(_choice(_BIOS))
            handle = "".join(c for c in self.writer.lower() if c.isascii() and c.isalnum())
            self.bio = template.format(name=self.writer, city=city, site=site, handle=handle)
            self.blocks.append(self.prose(self.bio, "bio"))
            if "{name}" in template:
                self.named["bio"] = self.writer
        self.some_chrome(_TRAILING, 3)
        if self.chrome:
            extra = draw(_ints(0, 5))
            if extra == 0:
                self.blocks.extend(draw(_teasers()))
            elif extra == 1:
                self.blocks.append(draw(_link_list()))
            elif extra == 2 and not self.newsletter:
                self.newsletter = True
                self.blocks.extend(draw(_newsletter_box()))

    def comments(self, styles: tuple[CommentStyle, ...], wanted: bool | None) -> None:
        """A comment section; when the page names no author, maybe the writer answers."""
        draw = self.draw
        if not styles or not (draw(_BOOLEANS) if wanted is None else wanted):
            if self.chrome and draw(_ints(0, 3)) == 0:  # a header that counts no comments
                line = draw(_choice(("No Comments", "0 Comments", "No comments yet")))
                self.blocks.append(_chrome_block("comments-header", line))
                self.no_comments = True
            if self.chrome and draw(_ints(0, 2)) == 0:
                self.blocks.append(_chrome_block("comment-form", "Leave a Comment"))
            return
        title = self.title if self.title is not None else draw(st.none() | _title())
        self.thread = draw(
            _section(
                draw(_choice(styles)),
                title=title,
                max_comments=6,
                header=None,
                writer=self.writer,
                answers=not self.named and draw(_BOOLEANS),
            )
        )
        self.blocks.append(list(zip(self.thread.lines, self.thread.labels, strict=True)))
        if any(c.author == self.writer and c.parent is not None for c in self.thread.comments):
            self.named["comment-replies"] = self.writer

    def author(self) -> Author:
        for evidence in _EVIDENCE_ORDER:
            if evidence in self.named:
                return Author(name=self.named[evidence], name_from=evidence, bio=self.bio)
        return Author(bio=self.bio)

    def closing(self) -> None:
        """What closes a page: a widget, related-post teasers, the site's footer."""
        draw = self.draw
        self.some_chrome(_CLOSING, 1)
        if self.chrome and draw(_ints(0, 4)) == 0:
            self.blocks.extend(draw(_teasers()))
        if self.chrome and draw(_ints(0, 4)) == 0:
            self.blocks.extend(draw(_footer()))

    def page(self) -> GeneratedPage:
        """Blocks separated by one or two blank lines, sometimes a final newline."""
        lines: list[_Line] = []
        for position, block in enumerate(self.blocks):
            if position:
                lines.extend(self.draw(_gap()))
            lines.extend(block)
        if self.draw(_BOOLEANS):
            lines.append(("", "blank"))
        thread = self.thread
        text = "\n".join(line for line, _ in lines)
        if self.noise and self.draw(_ints(0, 9)) == 0:  # a BOM, Windows line ends
            text = "\ufeff" + text.replace("\n", "\r\n")
        return GeneratedPage(
            text=text,
            title=self.title if self.title is not None else (thread.title if thread else None),
            subtitle=self.subtitle,
            author=self.author(),
            article=tuple(self.article),
            comments=thread.comments if thread else (),
            declared_comment_count=(
                thread.declared_comment_count if thread else 0 if self.no_comments else None
            ),
            labels=tuple(label for _, label in lines),
            comment_style=thread.style if thread else None,
        )


@st.composite
def _pages(
    draw: st.DrawFn,
    styles: tuple[CommentStyle, ...],
    comments: bool | None,
    chrome: bool,
    noise: bool,
) -> GeneratedPage:
    builder = _PageBuilder(draw, chrome=chrome, noise=noise)
    builder.header()
    builder.body()
    builder.after()
    builder.comments(styles, comments)
    builder.closing()
    return builder.page()


# --- pages in other languages -------------------------------------------------------------
# A page in another language is written from that language's vocabulary alone
# (herseeds.languages): its samples give the names, titles, sentences, comments and dates,
# its comment-section words the header, the decorations, the reply links and the form. No
# word of a language other than English is written in this module: adding a language with
# samples is adding data only.

_LOCALIZED_STYLES: Final[tuple[CommentStyle, ...]] = ("numbered", "says", "dated")
"""The comment styles of pages in a language other than English."""

_QUOTE_PAIRS: Final = (("„", "“"), ("“", "”"), ("«", "»"))
_EDGE_PUNCTUATION: Final = ".,:;!?()…"


def _unquoted(line: str) -> str:
    """*line* with a space for each quotation in it (``3 thoughts on “TITLE”``)."""
    kept: list[str] = []
    quoting = False
    for char in line:
        if not quoting and char in '„“«"':
            quoting = True
            kept.append(" ")
        elif quoting and char in '“”»"':
            quoting = False
        elif not quoting:
            kept.append(char)
    return "".join(kept)


class _Spelling:
    """How a language writes its vocabulary's words on a page.

    Vocabularies store words in lower case; pages capitalize a line's first word, and some
    languages every noun (German does). A word is written as the language's examples and
    samples show it where it opens neither a line nor a sentence (or anywhere in lower
    case); a noun of the comment headers that they do not show, as they show the others.
    A phrase with a word they do not show is not written at all: an example line that
    shows the word is what adds the phrase.
    """

    def __init__(self, vocabulary: Vocabulary, samples: Samples) -> None:
        lines = [
            *itertools.chain.from_iterable(vocabulary.examples.values()),
            *samples.sentences,
            *samples.comments,
            *samples.dates,
        ]
        self.cased: dict[str, str] = {}
        for line in lines:
            previous = ""
            for token in _unquoted(line).split():  # quoted titles are in title case
                word = token.strip(_EDGE_PUNCTUATION)
                opens = not previous or previous.endswith((".", "!", "?"))
                if word and (word.islower() or not opens):
                    self.cased.setdefault(word.casefold(), word)
                previous = token
        headings = (word for word in vocabulary.comments_headings if " " not in word)
        self.nouns = frozenset(
            (*vocabulary.header_nouns, *vocabulary.count_nouns, *vocabulary.ping_nouns, *headings)
        )
        self.capitalizes = any(
            self.cased[noun][:1].isupper() for noun in self.nouns if noun in self.cased
        )

    def write(self, phrase: str, *, opening: bool = True) -> str | None:
        """*phrase* as pages write it (its first word capitalized when it *opens* a line),
        or ``None`` when a word's case is not known."""
        written = []
        for position, token in enumerate(phrase.split(" ")):
            word = token.strip(_EDGE_PUNCTUATION)
            form = self.cased.get(word)
            if form is None and word in self.nouns:
                form = _capitalize(word) if self.capitalizes else word
            if position == 0 and opening:
                form = _capitalize(form or word)
            if form is None:
                if word:
                    return None
                form = word
            written.append(token.replace(word, form, 1) if word else token)
        return " ".join(written)

    def all(self, phrases: Iterable[str], *, opening: bool = True) -> tuple[str, ...]:
        """The *phrases* that can be written, written, each once."""
        written = (self.write(phrase, opening=opening) for phrase in phrases)
        return tuple(dict.fromkeys(phrase for phrase in written if phrase is not None))


def _counted_nouns(vocabulary: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """The singular and the plural nouns of comment headers: of two nouns, one extending
    the other by a short ending, the shorter is singular (``comment``, ``comments``); and
    those the header examples count with (``3 Comments``, ``One Comment``)."""
    nouns = [
        noun
        for noun in dict.fromkeys((*vocabulary.count_nouns, *vocabulary.header_nouns))
        if noun not in vocabulary.ping_nouns
    ]
    pairs = [
        (short, long)
        for short in nouns
        for long in nouns
        if long != short and long.startswith(short) and len(long) - len(short) <= 3
    ]
    singular = {short for short, _ in pairs}
    plural = {long for _, long in pairs}
    for line in vocabulary.examples.get("comments-header", ()):
        number, _, rest = line.casefold().partition(" ")
        count = int(number) if number.isdigit() else vocabulary.count_words.get(number)
        noun = rest.split(" ", 1)[0]
        if noun in nouns and count == 1:
            singular.add(noun)
        elif noun in nouns and count is not None and count > 1:
            plural.add(noun)
    return frozenset(singular), frozenset(plural)


@frozen
class _Language:
    """What pages in one language are written with: its samples, and its vocabulary's
    phrases as pages write them (see `_Spelling`); the comments give the English the
    fields stand for."""

    samples: Samples
    people: st.SearchStrategy[str]  # full names
    bylines: tuple[str, ...]  # "By" (before the name)
    headings: tuple[str, ...]  # "Comments"
    numbers: dict[int, tuple[str, ...]]  # count words from two up: {2: ("Two",)}
    plural: tuple[str, ...]  # what a bare count counts: "Comments" (in "3 Comments")
    singular: tuple[str, ...]  # "Comment" (in "1 Comment")
    titled_plural: tuple[str, ...]  # what a count with a title counts: "thoughts"
    titled_singular: tuple[str, ...]  # "thought"
    title_words: tuple[str, ...]  # "on" (in "3 thoughts on “TITLE”")
    quotes: tuple[tuple[str, str], ...]  # around that title: "“", "”" (French "« ", " »")
    count_prefixes: tuple[str, ...]  # "There are" (before a count)
    count_suffixes: tuple[str, ...]  # "so far" (after a count)
    decorations: tuple[str, ...]  # "says" (after a commenter's name)
    colon: str  # after a decoration: ":" (French " :")
    replies: tuple[str, ...]  # the reply link: "Reply"
    actions: tuple[str, ...]  # other links under a comment: "Report"
    counted: tuple[str, ...]  # "likes" (after a number)
    forms: tuple[str, ...]  # the comment form's heading: "Leave a Reply"
    cancels: tuple[str, ...]  # "Cancel reply"
    reply_to: tuple[str, ...]  # "to" (in "Leave a Reply to NAME")
    widgets: dict[ChromeKind, tuple[str, ...]]  # "Related Posts", "Share": lines of each kind


def _language_codes() -> list[str]:
    return ["en", *(v.code for v in VOCABULARIES if v.samples is not None and v.code != "en")]


@functools.cache
def _language(code: str) -> _Language:
    """The language of *code*; a ValueError when its vocabulary has no samples."""
    vocabulary = next((v for v in VOCABULARIES if v.code == code), None)
    if vocabulary is None or vocabulary.samples is None:
        raise ValueError(f"no pages in language {code!r}: choose from {_language_codes()}")
    samples = vocabulary.samples
    spelling = _Spelling(vocabulary, samples)
    headings = spelling.all(vocabulary.comments_headings)
    if len(samples.sentences) < 4 or not all(
        (samples.first_names, samples.last_names, samples.titles, samples.comments, samples.dates)
    ):
        raise ValueError(f"{code}: samples need four sentences or more, and some of each")
    if not headings:
        raise ValueError(f"{code}: pages need a comments heading (comments_headings)")
    singular, plural = _counted_nouns(vocabulary)
    numbers: dict[int, list[str]] = {}
    for word, number in vocabulary.count_words.items():
        written = spelling.write(word)
        if number > 1 and written is not None:
            numbers.setdefault(number, []).append(written)
    # Quotes and colons are spaced as the examples space them (French: « TITRE », dit :).
    shown = "".join(vocabulary.examples.get("comments-header", ()))
    quotes = tuple(
        (f"{opening} ", f" {closing}") if f"{opening} " in shown else (opening, closing)
        for opening, closing in _QUOTE_PAIRS
        if opening in shown and closing in shown
    )
    meta = vocabulary.examples.get("comment-meta", ())
    colon = " :" if any(line.endswith(" :") for line in meta) else ":"

    def nouns(words: tuple[str, ...], number: frozenset[str]) -> tuple[str, ...]:
        return spelling.all((word for word in words if word in number), opening=False)

    return _Language(
        samples=samples,
        people=st.tuples(_choice(samples.first_names), _choice(samples.last_names)).map(" ".join),
        bylines=spelling.all(vocabulary.byline_words),
        headings=headings,
        numbers={number: tuple(words) for number, words in numbers.items()},
        plural=nouns(vocabulary.count_nouns, plural),
        singular=nouns(vocabulary.count_nouns, singular),
        titled_plural=nouns(vocabulary.header_nouns, plural),
        titled_singular=nouns(vocabulary.header_nouns, singular),
        title_words=spelling.all(vocabulary.header_title_words, opening=False),
        quotes=quotes or (("“", "”"),),
        count_prefixes=spelling.all(vocabulary.count_prefixes),
        count_suffixes=spelling.all(vocabulary.count_suffixes, opening=False),
        decorations=spelling.all(vocabulary.decorations, opening=False),
        colon=colon,
        replies=spelling.all(vocabulary.reply_words),
        actions=spelling.all(vocabulary.comment_actions),
        counted=spelling.all(vocabulary.counted_actions, opening=False),
        forms=spelling.all(vocabulary.reply_form_headings),
        cancels=spelling.all(vocabulary.cancel_reply),
        reply_to=spelling.all(vocabulary.reply_to, opening=False),
        widgets=_widgets(vocabulary, spelling),
    )


# The furniture fields of a vocabulary by the chrome kind of their lines: a page in the
# language writes its widgets and page furniture from them (and from the example lines of
# each kind), so the truth of every such line is known.
_WIDGET_FIELDS: Final[dict[ChromeKind, tuple[str, ...]]] = {
    "related": ("related_headings", "read_more"),
    "navigation": ("section_headings", "navigation_links", "adjacent_posts"),
    "share": ("share_words",),
    "like-widget": ("like_lines",),
    "ad-label": ("ad_labels",),
    "newsletter": ("newsletter_lines",),
    "footer": ("rights_reserved", "legal_links"),
    "cookie-notice": ("cookie_buttons",),
    "promo": ("account_links",),
}
# Where a localized page puts them: before the title, between paragraphs (never after the
# first, which chrome would make a dek), after the article, after the comments.
_LOCALIZED_LEADING: Final[tuple[ChromeKind, ...]] = ("navigation", "cookie-notice", "promo")
_LOCALIZED_INSIDE: Final[tuple[ChromeKind, ...]] = ("ad-label", "share")
_LOCALIZED_TRAILING: Final[tuple[ChromeKind, ...]] = (
    "share", "like-widget", "navigation", "promo", "newsletter",
)  # fmt: skip
_LOCALIZED_CLOSING: Final[tuple[ChromeKind, ...]] = (
    "related", "footer", "navigation", "cookie-notice",
)  # fmt: skip


def _widgets(vocabulary: Vocabulary, spelling: _Spelling) -> dict[ChromeKind, tuple[str, ...]]:
    """The lines of each furniture kind a page in the language may write: the phrases of
    the kind's fields as pages write them, and the vocabulary's examples of the kind."""
    widgets: dict[ChromeKind, tuple[str, ...]] = {}
    for kind, names in _WIDGET_FIELDS.items():
        phrases = itertools.chain.from_iterable(getattr(vocabulary, name) for name in names)
        lines = (*spelling.all(phrases), *vocabulary.examples.get(kind, ()))
        if lines:
            widgets[kind] = tuple(dict.fromkeys(lines))
    return widgets


@st.composite
def _localized_commenter(
    draw: st.DrawFn, language: _Language, style: CommentStyle, writer: str
) -> str | None:
    """A full name or a first name (never the writer's), or, among numbered items, none:
    the item opens with its text."""
    if style == "numbered" and draw(_ints(0, 3)) == 0:
        return None
    name = draw(language.people)
    if draw(_ints(0, 3)) == 0 or name == writer:
        name = _first_name(name)
    return name


def _split(draw: st.DrawFn, sentences: list[str], most: int) -> tuple[str, ...]:
    """One to *most* paragraphs of one or two sentences, taken from the start of
    *sentences* (which loses them); fewer when they run out."""
    paragraphs = []
    for _ in range(draw(_ints(1, most))):
        size = draw(_ints(1, 2))
        if len(sentences) >= size:
            paragraphs.append(" ".join(sentences[:size]))
            del sentences[:size]
    return tuple(paragraphs)


@st.composite
def _localized_tree(
    draw: st.DrawFn, language: _Language, style: CommentStyle, writer: str, max_comments: int
) -> tuple[_Node, ...]:
    """One to five top-level comments, each with up to two replies (depth 1), a reply with
    at most one of its own (depth 2); *max_comments* in all. A comment is one or two
    paragraphs of one or two of the samples' comment sentences, each used once in the
    thread: readers do not post the same comment twice."""
    budget = max_comments
    unsaid = list(draw(st.permutations(language.samples.comments)))

    def comment(depth: int) -> _Node:
        nonlocal budget
        budget -= 1
        author = draw(_localized_commenter(language, style, writer))
        text = _split(draw, unsaid, 2) or (unsaid.pop(),)
        replies = []
        wanted = draw(_ints(0, 2)) if depth == 0 else int(depth == 1 and draw(_ints(0, 2)) == 0)
        for _ in range(wanted):
            if budget > 0 and unsaid:
                replies.append(comment(depth + 1))
        return _Node(author, text, replies=tuple(replies))

    return tuple(
        comment(0) for _ in range(draw(_ints(1, min(5, max_comments)))) if budget > 0 and unsaid
    )


class _LocalizedRenderer(_ThreadRenderer):
    """A thread as `_ThreadRenderer` writes it, with the language's words around the
    comments: ``NAME says:`` (any of its decorations), its dates, its reply links."""

    def __init__(self, draw: st.DrawFn, style: CommentStyle, language: _Language) -> None:
        super().__init__(draw, style)
        self.language = language

    def between(self) -> None:
        """Nothing between two comments."""

    def decoration(self) -> str:
        decorations = self.language.decorations
        if self.style != "says" or not decorations:
            return ""
        return f" {self.draw(_choice(decorations))}{self.language.colon}"

    def date(self) -> str:
        date: str = self.draw(_choice(self.language.samples.dates))
        return date

    def reply_link(self) -> str:
        if not self.language.replies:
            return self.date()
        link: str = self.draw(_choice(self.language.replies))
        return link

    def item_meta(self) -> str:
        language = self.language
        form = self.draw(_ints(0, 3))
        if form == 0 and language.actions:
            action: str = self.draw(_choice(language.actions))
            return action
        if form == 1 and language.counted:
            return f"{self.draw(_ints(2, 12))} {self.draw(_choice(language.counted))}"
        return self.reply_link() if form == 2 else self.date()


@st.composite
def _localized_header(
    draw: st.DrawFn, language: _Language, count: int, title: str | None
) -> tuple[str, int | None, str | None]:
    """A comments header in the language: its line, the count it states, the title it
    names. ``3 Comments``, ``Three Comments so far``, ``3 thoughts on “TITLE”``,
    ``Comments (3)``, ``Comments``; a count of one in digits (a count word would have to
    agree with its noun)."""
    nouns = language.singular if count == 1 else language.plural
    titled = language.titled_singular if count == 1 else language.titled_plural
    form = draw(_ints(0, 9))
    number = str(count)
    if count in language.numbers and draw(_ints(0, 3)) == 0:
        number = draw(_choice(language.numbers[count]))
    if form < 5 and nouns:
        line = f"{number} {draw(_choice(nouns))}"
        if language.count_prefixes and draw(_ints(0, 5)) == 0 and number == str(count):
            line = f"{draw(_choice(language.count_prefixes))} {line}"
        if language.count_suffixes and draw(_ints(0, 5)) == 0:
            line = f"{line} {draw(_choice(language.count_suffixes))}"
        return line, count, None
    if form < 9 and titled and language.title_words and title is not None:
        opening, closing = draw(_choice(language.quotes))
        on = draw(_choice(language.title_words))
        return f"{number} {draw(_choice(titled))} {on} {opening}{title}{closing}", count, title
    heading = draw(_choice(language.headings))
    if draw(_BOOLEANS):
        return f"{heading} ({count})", count, None
    return heading, None, None


@st.composite
def _localized_form(draw: st.DrawFn, language: _Language, names: Sequence[str]) -> list[_Block]:
    """The comment form's heading, maybe with the link that cancels a reply on its line or
    under it, or naming the commenter answered (``Leave a Reply to NAME Cancel reply``)."""
    if not language.forms:
        return []
    heading = draw(_choice(language.forms))
    form = draw(_ints(0, 5)) if language.cancels else 5
    cancel = draw(_choice(language.cancels)) if language.cancels else ""
    if form == 0:
        return [_chrome_block("comment-form", f"{heading} {cancel}")]
    if form == 1 and language.reply_to and names:
        to, name = draw(_choice(language.reply_to)), draw(_choice(tuple(names)))
        return [_chrome_block("comment-form", f"{heading} {to} {name} {cancel}")]
    if form == 2:
        return [_chrome_block("comment-form", heading, cancel)]
    if form == 3:
        return [_chrome_block("comment-form", heading), _chrome_block("comment-form", cancel)]
    return [_chrome_block("comment-form", heading)]


@st.composite
def _localized_section(
    draw: st.DrawFn,
    language: _Language,
    style: CommentStyle,
    *,
    title: str | None,
    writer: str,
    max_comments: int,
) -> GeneratedThread:
    """A header (left out at times when the thread reads like comments without it), the
    thread, the form."""
    nodes = draw(_localized_tree(language, style, writer, max_comments))
    comments = _truth(nodes)
    lines: list[_Line] = []
    count: int | None = None
    named: str | None = None
    if not _reads_like_comments(nodes) or draw(_ints(0, 4)) > 0:
        extra = draw(_choice((0, 0, 0, 1, 3, 17)))
        line, count, named = draw(_localized_header(language, len(comments) + extra, title))
        lines.append((line, "chrome:comments-header"))
        lines.extend(draw(_gap()))
    lines.extend(_LocalizedRenderer(draw, style, language).thread(nodes))
    names = [comment.author for comment in comments if comment.author is not None]
    for block in draw(_localized_form(language, names)):
        lines.extend(draw(_gap()))
        lines.extend(block)
    return GeneratedThread(
        style=style,
        lines=tuple(line for line, _ in lines),
        labels=tuple(label for _, label in lines),
        comments=comments,
        declared_comment_count=count,
        title=named,
    )


class _LocalizedWidgets:
    """Draws a localized page's widget lines (`_Language.widgets`), at most one newsletter
    line a page (between two, the short lines would be the box's)."""

    def __init__(self, draw: st.DrawFn, language: _Language, *, chrome: bool) -> None:
        self.draw = draw
        self.widgets = language.widgets if chrome else {}
        self.newsletter = False

    def add(self, blocks: list[_Block], kinds: tuple[ChromeKind, ...], most: int) -> None:
        """Up to *most* lines of *kinds*, each a block of its own."""
        kinds = tuple(kind for kind in kinds if kind in self.widgets)
        if self.newsletter:
            kinds = tuple(kind for kind in kinds if kind != "newsletter")
        if not kinds:
            return
        for _ in range(self.draw(_ints(0, most))):
            kind = self.draw(_choice(kinds))
            self.newsletter = self.newsletter or kind == "newsletter"
            blocks.append(_chrome_block(kind, self.draw(_choice(self.widgets[kind]))))
            if self.newsletter:
                kinds = tuple(other for other in kinds if other != "newsletter")
                if not kinds:
                    return


@st.composite
def _localized_page(
    draw: st.DrawFn,
    code: str,
    styles: tuple[CommentStyle, ...],
    *,
    comments: bool | None,
    chrome: bool,
    noise: bool,
) -> GeneratedPage:
    """A page in the language of *code* (see :func:`pages`)."""
    language = _language(code)
    samples = language.samples
    blocks: list[_Block] = []
    widgets = _LocalizedWidgets(draw, language, chrome=chrome)
    widgets.add(blocks, _LOCALIZED_LEADING, 2)
    title = draw(_choice(samples.titles)) if draw(_ints(0, 4)) else None
    if title is not None:
        blocks.append([(title, "title")])
    writer = draw(language.people)
    author = Author()
    if draw(_ints(0, 2)) and language.bylines:
        blocks.append([(f"{draw(_choice(language.bylines))} {writer}", "byline")])
        author = Author(name=writer, name_from="byline")
        if chrome and draw(_ints(0, 3)) == 0:
            blocks.append(_chrome_block("date", draw(_choice(samples.dates))))
    # Two paragraphs or more (a lone paragraph under the title, with the comments header
    # after it, could be a dek), of two to four sentences each, no sentence twice.
    unwritten = list(draw(st.permutations(samples.sentences)))
    article: list[str] = []
    while len(article) < 2 or (len(unwritten) >= 2 and draw(_ints(0, 2))):
        kept = 2 if not article else 0  # for the second paragraph
        size = min(draw(_ints(2, 4)), len(unwritten) - kept)
        article.append(" ".join(unwritten[:size]))
        del unwritten[:size]
    if noise and draw(_ints(0, 9)) == 0:  # the dump cut off in the last paragraph
        article[-1] = draw(_truncated(article[-1]))
    for position, text in enumerate(article):
        blocks.append([(draw(_noisy(text)) if noise else text, "article")])
        if 0 < position < len(article) - 1:
            widgets.add(blocks, _LOCALIZED_INSIDE, 1)
    widgets.add(blocks, _LOCALIZED_TRAILING, 2)
    thread: GeneratedThread | None = None
    wanted: bool = draw(_BOOLEANS) if comments is None else comments
    if styles and wanted:
        thread = draw(
            _localized_section(
                language,
                draw(_choice(styles)),
                title=title if title is not None else draw(_choice(samples.titles)),
                writer=writer,
                max_comments=6,
            )
        )
        blocks.append(list(zip(thread.lines, thread.labels, strict=True)))
    elif chrome and language.forms and draw(_ints(0, 2)) == 0:
        blocks.append(_chrome_block("comment-form", draw(_choice(language.forms))))
    widgets.add(blocks, _LOCALIZED_CLOSING, 2)
    lines: list[_Line] = []
    for position, block in enumerate(blocks):
        if position:
            lines.extend(draw(_gap()))
        lines.extend(block)
    if draw(_BOOLEANS):
        lines.append(("", "blank"))
    text = "\n".join(line for line, _ in lines)
    if noise and draw(_ints(0, 9)) == 0:  # a BOM, Windows line ends
        text = "\ufeff" + text.replace("\n", "\r\n")
    return GeneratedPage(
        text=text,
        title=title if title is not None else (thread.title if thread else None),
        subtitle=None,
        author=author,
        article=tuple(article),
        comments=thread.comments if thread else (),
        declared_comment_count=thread.declared_comment_count if thread else None,
        labels=tuple(label for _, label in lines),
        comment_style=thread.style if thread else None,
    )


def pages(
    *,
    comment_styles: Iterable[CommentStyle] | None = None,
    comments: bool | None = None,
    chrome: bool = True,
    noise: bool = True,
    language: str | None = None,
) -> st.SearchStrategy[GeneratedPage]:
    """Whole page dumps, each with the document a correct cleaner makes of it.

    A page is, top to bottom: leading chrome (date, share bar, navigation, cookie banner,
    sign-in link); a title, maybe with a date or share line under it; a dek followed by an
    image credit or a byline; a byline (``By NAME``, ``Posted by NAME``, ``NAME | DATE``),
    maybe with a date line; one to six article paragraphs (the first may open with
    ``NAME here.``) with chrome between them (ad labels, image credits, a caption, a
    newsletter box) and maybe a sign-off after them; Blogger's ``Posted by NAME at TIME``;
    a bio (``NAME is a writer based in CITY.``), maybe in an author box; trailing chrome
    (share, likes, tags, navigation, a call to comment, related-post teasers, a link list,
    a newsletter box); a comment section of one of *comment_styles* (all of
    :data:`COMMENT_STYLES` when ``None``; see :func:`comment_sections`) or a bare comment
    form; a closing widget, related-post teasers, the site's footer links. Every part but
    the article is optional. When the page does not name its writer otherwise, the writer
    may answer readers in the comments.

    *comments*: always (``True``), never (``False``) or sometimes (``None``).
    *chrome*: ``False`` leaves out all chrome but the comment section's own header and form.
    *noise*: dump noise (double spaces, a no-break space, trailing spaces, lines of spaces,
    mojibake, a BOM with CRLF line ends, a last paragraph cut off mid-word).

    *language*: the ISO 639-1 code of the language the page is written in. ``None`` and
    ``"en"`` give the English pages above. Another language is one whose vocabulary in
    :mod:`herseeds.languages` has :attr:`~herseeds.languages.Vocabulary.samples` (a
    ValueError names them: today German, French, Spanish, Italian, Portuguese and Dutch),
    and its pages are written from that vocabulary alone: maybe a title from the samples;
    maybe a byline (a byline word and a sample name, as in ``By NAME``) and a date line;
    two paragraphs or more of two to four of the samples' sentences, none used twice; a
    comment section in the ``numbered``, ``says`` or ``dated`` style (the only
    *comment_styles* they have, all three when ``None``) with a comments header in the
    language (as in ``3 Comments``, ``3 thoughts on “TITLE”``, ``Comments (3)``), comments of
    the samples' names, comment sentences and dates, the language's decoration
    (``NAME says:``) and reply links, replies at depth 1 and 2, and the comment form's
    heading and cancel link; or a bare comment form. The other chrome and the English
    pages' ways of naming a writer (bios, sign-offs, answers to readers) are not written.
    Vocabulary words are capitalized as the language's examples and samples show them,
    quotes and colons spaced as its examples space them (French ``« TITRE »``, ``dit :``).

    ``text.split("\\n")`` gives the lines ``labels`` describe (with CRLF line ends, each line
    but the last keeps its ``\\r``).
    """
    if language is not None and language != "en":
        styles = _LOCALIZED_STYLES if comment_styles is None else tuple(comment_styles)
        if not set(styles) <= set(_LOCALIZED_STYLES):
            raise ValueError(
                f"pages in {language!r} have the comment styles {_LOCALIZED_STYLES}, not {styles}"
            )
        _language(language)  # a ValueError now for a language without samples
        return _localized_page(language, styles, comments=comments, chrome=chrome, noise=noise)
    styles = COMMENT_STYLES if comment_styles is None else tuple(comment_styles)
    return _pages(styles, comments, chrome, noise)


# --- the same page as HTML ----------------------------------------------------------------


def html_page(page: GeneratedPage) -> str:
    """*page* as a WordPress page in HTML: its title in an ``<h1>``, its dek, byline and
    article paragraphs in the post's ``<article>``, its bio in an author box, and its
    comments as WordPress prints them (``ol.comment-list``, ``li.comment.depth-N`` with
    ``.comment-author .fn`` and ``.comment-content``, replies in ``ol.children``,
    pingbacks as ``li.pingback`` with ``Pingback: TITLE``), between a site header with a
    menu and a footer.

    The truth is *page*'s: :func:`herseeds.clean_html` must find the same comments (author,
    text, depth, parent, kind) in the markup as :func:`herseeds.clean` finds in
    ``page.text``.
    """
    from html import escape  # noqa: PLC0415  (only this helper writes HTML)

    def paragraphs(text: str) -> str:
        return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part)

    def item(index: int) -> str:
        comment = page.comments[index]
        replies = [at for at, reply in enumerate(page.comments) if reply.parent == index]
        children = (
            '<ol class="children">' + "".join(item(at) for at in replies) + "</ol>"
            if replies
            else ""
        )
        depth = f"depth-{comment.depth + 1}"
        if comment.kind == "pingback":
            link = escape(comment.author or "")
            body = f'Pingback: <a href="https://example.org/{index}">{link}</a>'
            excerpt = f"<p>{escape(comment.text)}</p>" if comment.text else ""
            return (
                f'<li id="comment-{index}" class="pingback {depth}"><div class="comment-body">'
                f"{body} {excerpt}</div>{children}</li>"
            )
        author = (
            f'<div class="comment-author vcard"><b class="fn">{escape(comment.author)}</b>'
            ' <span class="says">says:</span></div>'
            if comment.author
            else ""
        )
        return (
            f'<li id="comment-{index}" class="comment {depth}"><article class="comment-body">'
            f'<footer class="comment-meta">{author}<div class="comment-metadata">'
            '<a href="#"><time datetime="2024-03-03T10:03:00">March 3, 2024 at 10:03 am</time>'
            '</a></div></footer><div class="comment-content">'
            f"{paragraphs(comment.text)}</div>"
            '<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>'
            f"</article>{children}</li>"
        )

    top = [index for index, comment in enumerate(page.comments) if comment.parent is None]
    comments = (
        '<div id="comments" class="comments-area"><h2 class="comments-title">'
        f"{len(page.comments)} thoughts on “{escape(page.title or 'this post')}”</h2>"
        '<ol class="comment-list">' + "".join(item(index) for index in top) + "</ol></div>"
        if page.comments
        else ""
    )
    header = "".join(
        f"<{tag}>{escape(text)}</{tag}>"
        for tag, text in (("h1", page.title), ('p class="dek"', page.subtitle))
        if text
    ).replace('</p class="dek">', "</p>")
    byline = (
        f'<p class="byline">By <a rel="author" href="#">{escape(page.author.name)}</a></p>'
        if page.author.name
        else ""
    )
    bio = (
        f'<div class="author-box"><h3>About the author</h3>{paragraphs(page.author.bio)}</div>'
        if page.author.bio
        else ""
    )
    body = "".join(f"<p>{escape(text)}</p>" for text in page.article)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{escape(page.title or 'A post')} | A Blog</title></head><body>"
        '<header class="site-header"><a href="/">A Blog</a><nav><ul><li><a href="/">Home</a>'
        '</li><li><a href="/about">About</a></li><li><a href="/archive">Archive</a></li>'
        "</ul></nav></header>"
        f'<main><article class="post"><header class="entry-header">{header}{byline}</header>'
        f'<div class="entry-content">{body}</div>{bio}</article>{comments}</main>'
        '<footer class="site-footer"><p>© 2024 A Blog</p></footer></body></html>'
    )


_FOLDED_MARKER: Final = re.compile(r"[ \t]*(?:(?:\d{1,4}[.)]|[•◦▪▫‣∙·*+–□☆○●■-]) +)?")


def folded(text: str, width: int) -> str:
    """*text* (a page dump, one line per block) folded at *width* columns as a text
    browser folds a page (``lynx -dump``, ``w3m -dump`` at its default width): each line
    longer than *width* broken at spaces, its other lines indented under its text (past
    a list marker). A word longer than the width, and a no-break space, are never broken.

    >>> print(folded("  1. A comment that goes on for a while.", 24))
      1. A comment that goes
         on for a while.
    """
    if width < 20:
        raise ValueError("fold at 20 columns or more")
    out: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        lead = _FOLDED_MARKER.match(line)
        head = line[: lead.end()] if lead else ""
        body = line[len(head) :]
        out.extend(
            textwrap.wrap(
                body,
                width,
                initial_indent=head,
                subsequent_indent=" " * len(head.expandtabs(4)),
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [line]
        )
    return "\n".join(out)
