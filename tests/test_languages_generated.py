"""The generated-page properties in every language whose vocabulary has samples.

:func:`herseeds.testing.pages` writes a page in such a language from its vocabulary alone
(``pages(language="de")``): a title, a byline, article paragraphs and a comment section of
the language's header, decorations, dates, reply links and form. As on the English pages
(``test_generated.py``), the cleaner must give back the article, title, author and
comments exactly, and label every line as the generator did (content labels exactly,
chrome as chrome). Adding a language with samples adds it here.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

import herseeds
from herseeds import Document
from herseeds.languages import VOCABULARIES, Vocabulary
from herseeds.model import CHROME_KINDS, CHROME_PREFIX, is_valid_label
from herseeds.testing import COMMENT_STYLES, GeneratedPage, coarse_label, pages

# The loaded profile (conftest.py), so that a random run explores these properties too;
# the generated pages are slow to draw, and may take longer than the default deadline.
CI = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

LANGUAGES = [
    pytest.param(vocabulary, id=vocabulary.code)
    for vocabulary in VOCABULARIES
    if vocabulary.samples
]


def _cleaned(page: GeneratedPage) -> Document:
    note(page.text)
    return herseeds.clean(page.text)


def _comments(document_or_page: Document | GeneratedPage) -> list[tuple[object, ...]]:
    return [(c.author, c.text, c.depth, c.parent, c.kind) for c in document_or_page.comments]


def assert_recovered(page: GeneratedPage) -> None:
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


def assert_labels_agree(page: GeneratedPage) -> None:
    """Every line has one label, and it agrees with the generator's."""
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


def test_some_language_has_samples() -> None:
    """Issue 9: a language other than English is written by the generator."""
    assert any(vocabulary.code != "en" for vocabulary in VOCABULARIES if vocabulary.samples)


@pytest.mark.parametrize("vocabulary", LANGUAGES)
@settings(CI, max_examples=40)
@given(data=st.data())
def test_generated_pages_are_well_formed(vocabulary: Vocabulary, data: st.DataObject) -> None:
    page: GeneratedPage = data.draw(pages(language=vocabulary.code), label="page")
    assert len(page.labels) == len(page.lines)
    assert all(is_valid_label(label) for label in page.labels)
    kinds = {label.removeprefix(CHROME_PREFIX) for label in page.labels if CHROME_PREFIX in label}
    assert kinds <= set(CHROME_KINDS)
    for line, label in zip(page.lines, page.labels, strict=True):
        assert (label == "blank") == (not line.strip()), (line, label)
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
    assert page.comment_style in (None, "numbered", "says", "dated")


@pytest.mark.parametrize("vocabulary", LANGUAGES)
@settings(CI)
@given(data=st.data())
def test_pages_are_recovered(vocabulary: Vocabulary, data: st.DataObject) -> None:
    assert_recovered(data.draw(pages(language=vocabulary.code), label="page"))


@pytest.mark.parametrize("vocabulary", LANGUAGES)
@settings(CI)
@given(data=st.data())
def test_every_line_has_one_label_that_agrees(vocabulary: Vocabulary, data: st.DataObject) -> None:
    assert_labels_agree(data.draw(pages(language=vocabulary.code), label="page"))


def test_languages_without_samples_and_unknown_styles_are_refused() -> None:
    without = [v.code for v in VOCABULARIES if not v.samples and v.code != "en"]
    for code in [*without, "xx"]:
        with pytest.raises(ValueError, match="choose from"):
            pages(language=code)
    for vocabulary in VOCABULARIES:
        if vocabulary.samples and vocabulary.code != "en":
            with pytest.raises(ValueError, match="comment styles"):
                pages(language=vocabulary.code, comment_styles=COMMENT_STYLES)
