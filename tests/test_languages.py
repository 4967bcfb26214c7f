"""Every language's vocabulary, checked against the patterns built from it.

A language is one module of :mod:`herseeds.languages`; these tests run for each one found,
so a language added as data is tested with no change here: its examples are recognised as
what they are, its months, relative times, counts, comment-section words and bylines are
read, and its stop words tell its sentences from names.
"""

from __future__ import annotations

import pkgutil
import re

import pytest

import herseeds
import herseeds.languages
from herseeds.comments import is_name_line, strip_author_decoration
from herseeds.languages import NAME_PARTICLES, VOCABULARIES, Vocabulary, alternation, fill, words
from herseeds.patterns import BYLINE_PATTERNS, CHROME_PATTERNS

LANGUAGES = [pytest.param(vocabulary, id=vocabulary.code) for vocabulary in VOCABULARIES]
PROSE = (
    "This is a paragraph of the article, long enough to be read as its body, with words "
    "enough for every rule that looks at where the prose begins and where it ends."
)


def kind_of(line: str) -> str | None:
    """The chrome kind, or ``byline``, that the pattern tables give *line*."""
    found = CHROME_PATTERNS.match(line)
    if found is not None:
        return found[0].kind
    return "byline" if BYLINE_PATTERNS.match(line) else None


def test_every_module_is_a_language() -> None:
    modules = sorted(module.name for module in pkgutil.iter_modules(herseeds.languages.__path__))
    assert sorted(vocabulary.code for vocabulary in VOCABULARIES) == modules
    assert VOCABULARIES[0].code == "en"
    assert {"en", "de", "fr", "es"} <= set(modules)


@pytest.mark.parametrize("vocabulary", LANGUAGES)
def test_the_examples_are_what_they_say(vocabulary: Vocabulary) -> None:
    assert vocabulary.examples, "a language comes with examples"
    for kind, lines in vocabulary.examples.items():
        for line in lines:
            assert kind_of(line) == kind, line


@pytest.mark.parametrize("vocabulary", LANGUAGES)
def test_every_comment_section_word_is_chrome(vocabulary: Vocabulary) -> None:
    for heading in vocabulary.reply_form_headings:
        assert kind_of(heading.capitalize()) == "comment-form", heading
    for words_of_kind, kind in (
        (vocabulary.cancel_reply, "comment-form"),
        (vocabulary.reply_words, "comment-meta"),
        (vocabulary.comment_actions, "comment-meta"),
        (vocabulary.comments_headings, "comments-header"),
    ):
        for word in words_of_kind:
            assert kind_of(word.capitalize()) == kind, word


@pytest.mark.parametrize("vocabulary", LANGUAGES)
def test_every_count_is_read(vocabulary: Vocabulary) -> None:
    for word, number in vocabulary.count_words.items():
        for noun in vocabulary.count_nouns:
            document = herseeds.clean(f"{PROSE}\n\n{word.capitalize()} {noun}\n")
            assert document.labels[2] == "chrome:comments-header", (word, noun)
            assert document.declared_comment_count == number, (word, noun)
    noun = vocabulary.header_nouns[-1]
    title_word = vocabulary.header_title_words[0]
    header = f"36 {noun} {title_word} „Ein Titel“"
    document = herseeds.clean(f"{PROSE}\n\n{header}\n")
    assert document.declared_comment_count == 36, header
    assert document.title == "Ein Titel"


@pytest.mark.parametrize("vocabulary", LANGUAGES)
def test_every_month_and_relative_time_is_read(vocabulary: Vocabulary) -> None:
    suffix = vocabulary.day_suffixes[0] if vocabulary.day_suffixes else ""
    joiner = f" {vocabulary.date_words[0]}" if vocabulary.date_words else ""
    for month in vocabulary.months:
        date = f"3{suffix}{joiner} {month.capitalize()}{joiner} 2014"
        assert kind_of(date) == "date", date
    for template in vocabulary.ago:
        for unit in vocabulary.time_units:
            line = template.format(n="3", unit=unit).capitalize()
            assert kind_of(line) == "comment-meta", line
    for day in vocabulary.relative_days:
        assert kind_of(day.capitalize()) == "comment-meta", day


@pytest.mark.parametrize("vocabulary", LANGUAGES)
def test_decorations_are_stripped_from_names(vocabulary: Vocabulary) -> None:
    for decoration in vocabulary.decorations:
        for line in (f"Jana Becker {decoration}:", f"Jana Becker {decoration}"):
            assert strip_author_decoration(line) == "Jana Becker", line
        for date_word in vocabulary.decoration_date_words:
            line = f"Jana Becker {decoration} {date_word} 3 March 2014:"
            assert strip_author_decoration(line) == "Jana Becker", line


@pytest.mark.parametrize("vocabulary", LANGUAGES)
def test_stop_words_tell_sentences_from_names(vocabulary: Vocabulary) -> None:
    particles = set(NAME_PARTICLES)
    for word in vocabulary.stop_words:
        if word not in particles and re.fullmatch(r"[\w'’]+", word):
            assert not is_name_line(f"{word} {word}"), word
    if vocabulary.samples is not None:
        for first, last in zip(
            vocabulary.samples.first_names, vocabulary.samples.last_names, strict=False
        ):
            assert is_name_line(f"{first} {last}"), (first, last)
        for comment in vocabulary.samples.comments:
            assert not is_name_line(comment), comment


@pytest.mark.parametrize(
    "vocabulary",
    [
        pytest.param(vocabulary, id=vocabulary.code)
        for vocabulary in VOCABULARIES
        if vocabulary.samples
    ],
)
def test_the_samples_are_what_they_say(vocabulary: Vocabulary) -> None:
    """Samples as :class:`~herseeds.languages.Samples` describes them: capitalized names,
    headlines without a full stop, sentences that end in one, dates the patterns read."""
    samples = vocabulary.samples
    assert samples is not None
    particles = {*NAME_PARTICLES, *(particle.title() for particle in NAME_PARTICLES)}
    for name in (*samples.first_names, *samples.last_names):
        *opening, last = name.split(" ")
        assert last[:1].isupper(), name
        assert set(opening) <= particles, name
    for title in samples.titles:
        assert title[:1].isupper(), title
        assert not title.endswith((".", "!", "?", ":")), title
    for sentence in samples.sentences:
        assert sentence[:1].isupper(), sentence
        assert sentence.endswith("."), sentence
    for comment in samples.comments:
        assert comment[:1].isupper() or comment[:1] in "¿¡", comment
        assert comment.endswith((".", "!", "?")), comment
    for date in samples.dates:
        assert kind_of(date) in ("date", "comment-meta"), date
    for field in (samples.titles, samples.sentences, samples.comments, samples.dates):
        assert len(field) == len(set(field))


@pytest.mark.parametrize("vocabulary", LANGUAGES)
def test_bylines_name_the_author(vocabulary: Vocabulary) -> None:
    for word in vocabulary.byline_words:
        line = f"{word.capitalize()} Jana Becker"
        found = BYLINE_PATTERNS.match(line)
        assert found is not None, line
        assert found[1].group("name") == "Jana Becker"


@pytest.mark.parametrize("vocabulary", LANGUAGES)
def test_a_byline_with_a_role_names_the_author(vocabulary: Vocabulary) -> None:
    # `By Jana Becker, Staff Writer`: the role after the name is no part of it.
    word = vocabulary.byline_words[0]
    for role in vocabulary.roles:
        line = f"{word.capitalize()} Jana Becker, {role}"
        found = BYLINE_PATTERNS.match(line)
        assert found is not None, line
        assert found[1].group("name") == "Jana Becker"


@pytest.mark.parametrize(
    "line", ["By Christmas, everything had changed.", "By the way", "Byron Smith"]
)
def test_sentences_that_open_with_by_are_no_bylines(line: str) -> None:
    assert BYLINE_PATTERNS.match(line) is None


def test_a_name_keeps_its_particles_whatever_the_language() -> None:
    for particle in NAME_PARTICLES:
        assert is_name_line(f"Ana {particle} Cruz"), particle
        assert BYLINE_PATTERNS.match(f"By Ana {particle} Cruz") is not None, particle


def test_the_vocabulary_refuses_words_the_patterns_could_not_read() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        Vocabulary(code="xx", name="Test", months=("January",))
    with pytest.raises(ValueError, match="lower-case"):
        Vocabulary(code="xx", name="Test", reply_words=(" reply",))


def test_alternations_escape_and_prefer_the_longest() -> None:
    pattern = re.compile(alternation(("reply", "reply all", "a.m.")))
    assert pattern.fullmatch("reply all")
    assert pattern.fullmatch("a.m.")
    assert not pattern.fullmatch("aXm.")
    assert re.fullmatch(alternation(()), "") is None
    assert re.fullmatch(fill("vor {n} {unit}", n=r"\d+", unit="(?:tagen)"), "vor 3 tagen")


def test_words_are_each_language_once() -> None:
    replies = words("reply_words")
    assert len(replies) == len(set(replies))
    assert {"reply", "antworten", "répondre", "responder"} <= set(replies)
