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


# --- shapes of real comment threads the generator does not write ------------------------
# Each is the smallest page that shows it, in every language with samples: a name dated a
# relative day at a time, a date line opened by its preposition, times written with `h`.


def _thread_page(vocabulary: Vocabulary, first: str, under: str | None = None) -> str:
    """Two paragraphs of the samples' prose, then two numbered comments: the first opened
    by the line *first* (and *under* below it), the second by a name and a sample date."""
    samples = vocabulary.samples
    assert samples is not None
    prose = samples.sentences
    lines = [
        f"{prose[0]} {prose[1]}",
        "",
        f"{prose[2]} {prose[3]}",
        "",
        vocabulary.examples["comments-header"][0],
        "",
        f"  1. {first}",
        *([f"    {under}"] if under else []),
        f"    {samples.comments[0]}",
        "",
        f"  2. {samples.first_names[1]} {samples.last_names[1]} · {samples.dates[0]}",
        f"    {samples.comments[1]}",
    ]
    return "\n".join(lines) + "\n"


def _expected(vocabulary: Vocabulary, first_author: str) -> list[tuple[str | None, str]]:
    samples = vocabulary.samples
    assert samples is not None
    second = f"{samples.first_names[1]} {samples.last_names[1]}"
    return [(first_author, samples.comments[0]), (second, samples.comments[1])]


def _read(page: str) -> list[tuple[str | None, str]]:
    return [(comment.author, comment.text) for comment in herseeds.clean(page).comments]


@pytest.mark.parametrize("vocabulary", LANGUAGES)
def test_the_thread_pages_below_are_read_without_their_shape(vocabulary: Vocabulary) -> None:
    """The pages below test the shape they show, not the page around it."""
    samples = vocabulary.samples
    assert samples is not None
    name = f"{samples.first_names[0]} {samples.last_names[0]}"
    dated = f"{name} · {samples.dates[0]}"
    says = f"{name} {vocabulary.decorations[0]}:"
    assert _read(_thread_page(vocabulary, dated)) == _expected(vocabulary, name)
    assert _read(_thread_page(vocabulary, says, samples.dates[0])) == _expected(vocabulary, name)


@pytest.mark.parametrize("vocabulary", LANGUAGES)
def test_a_name_dated_yesterday_opens_a_comment(vocabulary: Vocabulary) -> None:
    """`Jane Doe · Yesterday at 9:40 pm`, `Claire Dubois · hier à 21:40`: the line is the
    comment's author and its date (a relative day with a time, as `3 days ago` is)."""
    samples = vocabulary.samples
    assert samples is not None
    name = f"{samples.first_names[0]} {samples.last_names[0]}"
    when = f"{vocabulary.relative_days[0]} {vocabulary.time_words[0]} 21:40"
    assert _read(_thread_page(vocabulary, f"{name} · {when}")) == _expected(vocabulary, name)


@pytest.mark.parametrize("vocabulary", LANGUAGES)
def test_a_date_after_its_preposition_is_meta(vocabulary: Vocabulary) -> None:
    """`on March 3, 2014 at 10:03 am`, `le 3 mars 2014 à 10:03`, `am 3. März 2014 um 10:03`
    alone under `NAME says:` is the comment's date, not its first paragraph."""
    samples = vocabulary.samples
    assert samples is not None
    name = f"{samples.first_names[0]} {samples.last_names[0]}"
    says = f"{name} {vocabulary.decorations[0]}:"
    on = f"{vocabulary.decoration_date_words[0]} {samples.dates[0]}"
    assert _read(_thread_page(vocabulary, says, on)) == _expected(vocabulary, name)


@pytest.mark.parametrize(
    ("code", "date"),
    [
        ("fr", "3 mars 2014 à 10h03"),
        ("fr", "3 mars 2014 à 10 h 03 min"),
        ("pt", "3 de março de 2014 às 10h03"),
    ],
)
def test_a_time_written_with_h_is_a_time(code: str, date: str) -> None:
    """French (`10h03`, `10 h 03 min`) and Brazilian (`10h03`) times are times: a comment's
    date line written so is its date, and `NAME · DATE` a dated name."""
    vocabulary = next(v for v in VOCABULARIES if v.code == code)
    samples = vocabulary.samples
    assert samples is not None
    name = f"{samples.first_names[0]} {samples.last_names[0]}"
    says = f"{name} {vocabulary.decorations[0]}:"
    assert _read(_thread_page(vocabulary, says, date)) == _expected(vocabulary, name)
    assert _read(_thread_page(vocabulary, f"{name} · {date}")) == _expected(vocabulary, name)
