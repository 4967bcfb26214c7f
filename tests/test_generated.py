"""Properties of ``herseeds.clean`` on generated pages whose truth is known.

The pages come from :mod:`herseeds.testing`: article paragraphs, a header, chrome of every
kind docs/output-format.md names, bios, sign-offs and comment threads in five site styles,
each with the document a correct cleaner makes of it. The properties: the article, header,
author and comments come back exactly, every line gets one label that agrees with the
generator's (content labels exactly, chrome as chrome), and chrome-free prose passes
through unchanged.
The bundled seeds are covered by ``test_golden.py``.

The cleaner bugs these properties found are kept in :data:`CLEANER_BUGS`, each shrunk to a
minimal page that is tested on its own, so that a bug once fixed stays fixed. A bug found
and not fixed at once gets its page here as a strict xfail.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

import herseeds
from herseeds import Comment, Document
from herseeds.model import CHROME_KINDS, CHROME_PREFIX, ChromeKind, is_valid_label
from herseeds.testing import (
    COMMENT_STYLES,
    LINE_KINDS,
    CommentStyle,
    GeneratedPage,
    GeneratedThread,
    chrome_lines,
    coarse_label,
    comment_sections,
    comment_threads,
    names,
    pages,
    paragraphs,
    titles,
)

# The loaded profile (conftest.py), so that a random run explores these properties too;
# the generated pages are slow to draw, and may take longer than the default deadline.
CI = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- cleaner bugs found by these properties ----------------------------------------------

P1 = (
    "We noticed the quiet bridge again, and she kept the small letter in the kitchen. "
    "The train crossed the river at last."
)
P2 = (
    "It changed the whole evening for the village. "
    "Our neighbour repeated the old story before the market."
)
LONG = " ".join([P1, P2, P1, P2])  # a paragraph of more than forty words


BLURB = "Our editors pick three quiet stories for the weekend."
_MARKER = re.compile(r"\s*(?:\d+\.|[•◦]) ")


@attrs.frozen
class CleanerBug:
    """A cleaner bug the properties found, shrunk to a minimal page.

    ``right`` tells whether a document of ``page`` is correct.
    """

    name: str
    page: str
    right: Callable[[Document], bool]


CLEANER_BUGS: tuple[CleanerBug, ...] = (
    CleanerBug(
        "a repeated author line of three words or more was read as an image caption",
        f"3 Comments\n\n  1. Ingrid K. Mbatha\n    Ingrid K. Mbatha\n\n    {P1}\n",
        lambda doc: doc.comments == (Comment(author="Ingrid K. Mbatha", text=P1),),
    ),
    CleanerBug(
        "the first paragraph below a byline was a subtitle when a credit followed it",
        f"Quiet Letters and the Future of Cities\n\nBy Ada Okafor\n\n{P1}\n\n"
        f"Photo: Ada Okafor/Getty Images\n\n{P2}\n",
        lambda doc: doc.subtitle is None and doc.article == (P1, P2),
    ),
    CleanerBug(
        "a bio whose name has 'van der' was not a bio",
        f"{P1}\n\nTobias van der Berg is a writer based in Montreal.\n",
        lambda doc: (doc.author.name, doc.author.name_from) == ("Tobias van der Berg", "bio"),
    ),
    CleanerBug(
        "'Copy link' (share bar) was not chrome",
        f"{P1}\n\nCopy link\n\n{P2}\n",
        lambda doc: doc.article == (P1, P2),
    ),
    CleanerBug(
        "'Older posts' (navigation) was not chrome",
        f"{P1}\n\nOlder posts\n",
        lambda doc: doc.article == (P1,),
    ),
    CleanerBug(
        "newsletter fine print with the comma after the closing quote was not chrome",
        f"{P1}\n\nBy clicking “Sign up”, you agree to our Terms of Use and Privacy Policy.\n",
        lambda doc: doc.article == (P1,),
    ),
    CleanerBug(
        "'What do you think? Let us know in the comments.' was not chrome",
        f"{P1}\n\nWhat do you think? Let us know in the comments.\n",
        lambda doc: doc.article == (P1,),
    ),
    CleanerBug(
        "Blogger's 'Note: Only a member of this blog may post a comment.' was not chrome",
        f"{P1}\n\nPost a Comment\n\nNote: Only a member of this blog may post a comment.\n",
        lambda doc: doc.article == (P1,),
    ),
    CleanerBug(
        "a 'Comments (N)' header stated no count",
        f"{P1}\n\nComments (3)\n\n  1. Ada Okafor\n\n    {P2}\n",
        lambda doc: doc.declared_comment_count == 3,
    ),
    CleanerBug(
        "a sign-off was missed when related-post teasers followed it",
        f"{LONG}\n\n— Ada Okafor\n\nRelated\n\nQuiet Letters and the Future of Cities\n\n{P2}\n",
        lambda doc: (doc.author.name, doc.author.name_from) == ("Ada Okafor", "sign-off"),
    ),
    CleanerBug(
        "Blogger's 'Posted by NAME at TIME' under a long article was not a byline",
        f"{LONG}\n\nPosted by Ada Okafor at 10:03 AM\n\nLabels: film, love\n",
        lambda doc: doc.author.name == "Ada Okafor" and doc.article == (LONG,),
    ),
    CleanerBug(
        "a pingback whose author line is a bare 'Post title | Site' was read as a comment",
        f"{P1}\n\n2 thoughts on “Slow Maps”\n\n  1. Quiet Letters and the Future of Cities | "
        "Harbor Notes\n\n    […] the train crossed the river at last […]\n",
        lambda doc: (
            [(c.author, c.kind) for c in doc.comments]
            == [("Quiet Letters and the Future of Cities | Harbor Notes", "pingback")]
        ),
    ),
    CleanerBug(
        "a comment opening with its text is an author line when that line ends in 'she said.'",
        f"{P1}\n\n2 Comments\n\n  1. “We kept the old map for years,” my sister said.\n\n"
        "  2. Great read!\n",
        lambda doc: (
            [(c.author, c.text) for c in doc.comments]
            == [(None, "“We kept the old map for years,” my sister said."), (None, "Great read!")]
        ),
    ),
    CleanerBug(
        "a comment of emoji only is a separator line, and the comment is lost",
        f"{P1}\n\n2 Comments\n\n  1. 👏👏👏\n\n  2. Ada Okafor\n\n    ❤️❤️\n",
        lambda doc: (
            [(c.author, c.text) for c in doc.comments] == [(None, "👏👏👏"), ("Ada Okafor", "❤️❤️")]
        ),
    ),
    CleanerBug(
        "a thread without a header lost its first comment when it was emoji only",
        f"{P1}\n\n  1. 👏👏👏\n\n  2. Ada Okafor\n\n    {P2}\n",
        lambda doc: (
            doc.article == (P1,)
            and [(c.author, c.text) for c in doc.comments] == [(None, "👏👏👏"), ("Ada Okafor", P2)]
        ),
    ),
    CleanerBug(
        "a bio with the writer's handle after the name, 'NAME (@handle) is a writer', is no bio",
        f"{LONG}\n\nAda Okafor (@adaokafor) is a writer based in Porto.\n",
        lambda doc: (
            (doc.author.name, doc.author.name_from) == ("Ada Okafor", "bio")
            and doc.article == (LONG,)
        ),
    ),
    CleanerBug(
        "'No comments yet' is not a comments header",
        f"{P1}\n\nNo comments yet\n\nLeave a Comment\n",
        lambda doc: doc.article == (P1,) and doc.declared_comment_count == 0,
    ),
    CleanerBug(
        "'By NAME, DATE' is not a byline",
        f"Quiet Letters and the Future of Cities\n\nBy Ada Okafor, March 3, 2014\n\n{P1}\n",
        lambda doc: (
            (doc.author.name, doc.author.name_from) == ("Ada Okafor", "byline")
            and doc.article == (P1,)
        ),
    ),
    CleanerBug(
        "related-post teasers after the comments were read as article",
        f"{P1}\n\n2 Comments\n\n  1. Ada Okafor\n\n    {P2}\n\nRelated\n\n"
        f"Quiet Letters and the Future of Cities\n\n{BLURB}\n",
        lambda doc: doc.article == (P1,),
    ),
    CleanerBug(
        "a footer link list after the comments was read as article",
        f"{P1}\n\n2 Comments\n\n  1. Ada Okafor\n\n    {P2}\n\nAbout Us\nContact\nPrivacy Policy\n",
        lambda doc: doc.article == (P1,),
    ),
    CleanerBug(
        "after a thread, 'Further reading:' was read as a comment's author line "
        "(a name and a colon), and the teasers under it as its text",
        f"{P1}\n\n2 Comments\n\n  1. Ada Okafor\n\n    {P2}\n\nFurther reading:\n\n"
        f"Quiet Letters and the Future of Cities\n\n{BLURB}\n",
        lambda doc: doc.article == (P1,) and len(doc.comments) == 1,
    ),
    CleanerBug(
        "a thread without a header is not found when a footer link list follows it",
        f"{P1}\n\n  1. Ada Okafor\n\n    {P2}\n\nAbout Us\nContact\nPrivacy Policy\n",
        lambda doc: doc.article == (P1,) and len(doc.comments) == 1,
    ),
    CleanerBug(
        "a thread without a header had its numbered items taken as related-post teasers",
        f"{P1}\n\n  1. Pingback: Slow Maps | The Quiet Reel\n\n  2. So true.\n\nRelated\n\n"
        f"Quiet Letters and the Future of Cities\n\n{BLURB}\n",
        lambda doc: (
            doc.article == (P1,)
            and [(c.kind, c.text) for c in doc.comments]
            == [("pingback", ""), ("comment", "So true.")]
        ),
    ),
    CleanerBug(
        "a thread without a header had a repeated author line read as an image caption",
        f"{P1}\n\n  1. Ada Okafor\n    Ada Okafor\n    So true.\n\n"
        "About Us\nContact\nPrivacy Policy\n",
        lambda doc: (
            doc.article == (P1,)
            and doc.comments == (Comment(author="Ada Okafor", text="So true."),)
        ),
    ),
    CleanerBug(
        "a thread without a header is not found when related-post teasers follow it",
        f"{P1}\n\n  1. Ada Okafor\n\n    {P2}\n\nRelated\n\n"
        f"Quiet Letters and the Future of Cities\n\n{BLURB}\n",
        lambda doc: doc.article == (P1,) and len(doc.comments) == 1,
    ),
)


@pytest.mark.parametrize("bug", [pytest.param(bug, id=bug.name) for bug in CLEANER_BUGS])
def test_cleaner_bugs_found_by_the_properties(bug: CleanerBug) -> None:
    """Each bug's minimal page comes out right."""
    assert bug.right(herseeds.clean(bug.page))


# --- the module ---------------------------------------------------------------------------


def test_without_hypothesis_the_import_error_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import herseeds.testing\n"
        "except ImportError as error:\n    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert "pip install 'herseeds[test]'" in result.stdout


def test_only_the_testing_module_needs_hypothesis() -> None:
    package = Path(herseeds.__file__).parent
    for path in package.glob("*.py"):
        if path.name != "testing.py":
            source = path.read_text(encoding="utf-8")
            assert "hypothesis" not in source, path.name
            assert "herseeds.testing" not in source, path.name


# --- the generator itself ----------------------------------------------------------------


@settings(CI, max_examples=60)
@given(pages())
def test_generated_pages_are_well_formed(page: GeneratedPage) -> None:
    assert len(page.labels) == len(page.lines)
    assert all(is_valid_label(label) for label in page.labels)
    # The generator speaks the cleaner's vocabulary of chrome kinds.
    kinds = {label.removeprefix(CHROME_PREFIX) for label in page.labels if CHROME_PREFIX in label}
    assert kinds <= set(CHROME_KINDS)
    for line, label in zip(page.lines, page.labels, strict=True):
        assert (label == "blank") == (not line.strip()), (line, label)
    # The truth is a valid document: comment parents, depths and kinds are consistent.
    Document(
        title=page.title,
        subtitle=page.subtitle,
        author=page.author,
        article=page.article,
        comments=page.comments,
        declared_comment_count=page.declared_comment_count,
        labels=page.labels,
    )
    assert sum(label == "article" for label in page.labels) == len(page.article)
    assert (page.comment_style is None) == (not page.comments)


@settings(CI, max_examples=30)
@given(paragraphs(), titles(), names())
def test_building_blocks_have_their_shape(paragraph: str, title: str, name: str) -> None:
    assert paragraph == herseeds.normalize(paragraph)
    assert paragraph.endswith((".", ".”"))
    assert "\n" not in paragraph
    assert not title.endswith(".")
    assert len(title.split()) >= 3
    assert name.strip() == name
    assert 1 <= len(name.split()) <= 4


@pytest.mark.parametrize("kind", LINE_KINDS)
def test_chrome_lines_of_a_kind(kind: ChromeKind) -> None:
    @settings(CI, max_examples=10)
    @given(chrome_lines(kind))
    def check(line: str) -> None:
        assert line.strip() == line
        assert "\n" not in line

    check()
    with pytest.raises(ValueError, match="no lines of chrome kind 'footer' alone"):
        chrome_lines("footer")


# --- the properties ----------------------------------------------------------------------


def _cleaned(page: GeneratedPage) -> Document:
    note(page.text)
    return herseeds.clean(page.text)


def _comments(document_or_page: Document | GeneratedPage) -> list[tuple[object, ...]]:
    return [(c.author, c.text, c.depth, c.parent, c.kind) for c in document_or_page.comments]


@settings(CI)
@given(pages())
def test_pages_are_recovered(page: GeneratedPage) -> None:
    """The article, title, subtitle, author and comments come back exactly."""
    document = _cleaned(page)
    assert document.article == page.article
    assert (document.title, document.subtitle) == (page.title, page.subtitle)
    assert (document.author.name, document.author.name_from) == (
        page.author.name,
        page.author.name_from,
    )
    assert document.author.bio == page.bio
    assert _comments(document) == _comments(page)
    assert document.declared_comment_count == page.declared_comment_count


@settings(CI)
@given(pages())
def test_every_line_has_one_label_that_agrees(page: GeneratedPage) -> None:
    document = _cleaned(page)
    assert len(document.labels) == len(page.lines)
    got = [coarse_label(label) for label in document.labels]
    expected = [coarse_label(label) for label in page.labels]
    disagree = [
        (line, want, have)
        for line, want, have in zip(page.lines, expected, got, strict=True)
        if want != have
    ]
    assert disagree == []


@pytest.mark.parametrize("style", COMMENT_STYLES)
def test_each_comment_style_is_read(style: CommentStyle) -> None:
    """Two paragraphs and a comment section of *style*: its comments come back, and the
    title its header names."""

    @settings(CI, max_examples=40)
    @given(paragraphs(), paragraphs(), comment_sections(style, title="Slow Maps"))
    def check(first: str, second: str, section: GeneratedThread) -> None:
        page = GeneratedPage(
            text="\n".join([first, "", second, "", *section.lines]),
            title=section.title,
            subtitle=None,
            author=herseeds.Author(),
            article=(first, second),
            comments=section.comments,
            declared_comment_count=section.declared_comment_count,
            labels=("article", "blank", "article", "blank", *section.labels),
            comment_style=style,
        )
        document = _cleaned(page)
        assert _comments(document) == _comments(page)
        assert document.declared_comment_count == page.declared_comment_count
        assert document.title == page.title
        assert [coarse_label(label) for label in document.labels] == [
            coarse_label(label) for label in page.labels
        ]

    check()


@settings(CI)
@given(st.lists(paragraphs(), min_size=1, max_size=8), st.booleans(), st.booleans())
def test_chrome_free_prose_passes_through(
    texts: list[str], final_newline: bool, double_spaced: bool
) -> None:
    """A page of paragraphs only is all article, each paragraph normalized."""
    text = "\n\n".join(texts) + ("\n" if final_newline else "")
    if double_spaced:  # two spaces after each sentence, as typed: normalization undoes them
        text = text.replace(". ", ".  ")
    document = herseeds.clean(text)
    assert document.article == tuple(texts)
    assert set(document.labels) <= {"article", "blank"}
    assert document.title is None
    assert document.subtitle is None
    assert document.author.name is None
    assert document.comments == ()


@settings(CI, max_examples=50)
@given(comment_threads())
def test_threads_are_well_formed(thread: GeneratedThread) -> None:
    """One item line per comment: a list marker, or Blogger's ``NAME said...``."""
    assert len(thread.lines) == len(thread.labels) >= len(thread.comments) >= 1
    if thread.style == "blogger":
        items = [line for line in thread.lines if line.endswith((" said...", " said…"))]
    else:
        items = [line for line in thread.lines if _MARKER.match(line)]
    assert len(items) == len(thread.comments)
    assert thread.text.split("\n") == list(thread.lines)
