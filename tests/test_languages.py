"""Every language's vocabulary, checked against the patterns built from it.

A language is one module of :mod:`herseeds.languages`; these tests run for each one found,
so a language added as data is tested with no change here: its examples are recognised as
what they are, its months, relative times, counts, comment-section words and bylines are
read, and its stop words tell its sentences from names.
"""

from __future__ import annotations

import pkgutil
import re
from collections.abc import Callable

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import herseeds
import herseeds.languages
from herseeds.comments import is_name_line, strip_author_decoration
from herseeds.languages import (
    NAME_PARTICLES,
    VOCABULARIES,
    Vocabulary,
    alternation,
    fill,
    phrases,
    words,
)
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


# --- page furniture and widgets -----------------------------------------------------------
# Each furniture field of a vocabulary, by the chrome kind its phrases are, alone on a line.
FURNITURE: dict[str, str] = {
    "related_headings": "related",
    "read_more": "related",
    "section_headings": "navigation",
    "share_words": "share",
    "like_lines": "like-widget",
    "ad_labels": "ad-label",
    "newsletter_lines": "newsletter",
    "rights_reserved": "footer",
    "legal_links": "footer",
    "cookie_openings": "cookie-notice",
    "cookie_buttons": "cookie-notice",
    "navigation_links": "navigation",
    "adjacent_posts": "navigation",
    "account_links": "promo",
}
# Where a line of such a field may carry more than the phrase: a linked headline after a
# colon, the rest of a copyright line or of a cookie banner's sentence.
GOES_ON = frozenset({"related_headings", "rights_reserved", "cookie_openings"})
PHRASES = [
    (vocabulary.code, name, phrase)
    for vocabulary in VOCABULARIES
    for name in FURNITURE
    for phrase in getattr(vocabulary, name)
]
CASINGS = (str.capitalize, str.lower, str.upper, str.title)


def _page_with(line: str, vocabulary: Vocabulary) -> str:
    """*line* alone between the second and the third paragraph of the language's prose
    (English prose for a language without samples): chrome right after the first would
    make it the subtitle."""
    samples = vocabulary.samples
    sentences = samples.sentences if samples else ENGLISH_PROSE
    first, second, third = (" ".join(sentences[at : at + 2]) for at in (0, 2, 4))
    return f"A Title\n\n{first}\n\n{second}\n\n{line}\n\n{third}\n"


ENGLISH_PROSE = (
    "The film tells of a man who falls in love with a voice.",
    "At first the story seems quiet, almost a little slow.",
    "With every scene the tension between the two grows.",
    "The pictures of the city are warm and strangely empty.",
    "Many viewers will recognise themselves in the small gestures.",
    "In the end the question remains what closeness still means.",
)


@pytest.mark.parametrize("vocabulary", LANGUAGES)
def test_every_furniture_phrase_is_chrome_of_its_kind(vocabulary: Vocabulary) -> None:
    """`Teilen`, `Lire aussi`, `Política de privacidad`: alone on a line, in any case."""
    for name, kind in FURNITURE.items():
        for phrase in getattr(vocabulary, name):
            # (an upper-case `ß` is `SS`, which the case-insensitive patterns do not fold)
            for line in {casing(phrase) for casing in CASINGS}:
                if line.lower() == phrase:
                    assert kind_of(line) == kind, (name, line)
    for template in vocabulary.share_on:
        for network in ("Facebook", "Twitter", "WhatsApp"):
            line = template.format(network=network).capitalize()
            assert kind_of(line) == "share", line
            assert kind_of(f"{line} ({vocabulary.new_window[0]})") == "share", line
    for template in vocabulary.page_of:
        line = template.format(n=2, m=12).capitalize()
        assert kind_of(line) == "navigation", line


@settings(max_examples=300)
@given(
    found=st.sampled_from(PHRASES),
    casing=st.sampled_from(CASINGS),
    decoration=st.sampled_from(["{}", "{}:", "{} :", "« {}", "{} »", "{} →", "{}…", "← {}"]),
)
def test_a_furniture_line_between_paragraphs_is_chrome_of_its_kind(
    found: tuple[str, str, str], casing: Callable[[str], str], decoration: str
) -> None:
    """Every furniture phrase of every language, decorated as pages decorate it (a colon,
    French-spaced or not, arrows, guillemets, an ellipsis), alone between two paragraphs
    of prose, is chrome of its field's kind; the prose around it stays the article."""
    code, name, phrase = found
    kind = FURNITURE[name]
    assume(casing(phrase).lower() == phrase)  # `ß` is `SS` in upper case
    line = decoration.format(casing(phrase))
    assert kind_of(line) == kind, line
    vocabulary = next(v for v in VOCABULARIES if v.code == code)
    document = herseeds.clean(_page_with(line, vocabulary))
    assert document.labels[6] == f"chrome:{kind}", line
    assert len(document.article) == 3


@settings(max_examples=300)
@given(found=st.sampled_from(PHRASES), data=st.data())
def test_a_furniture_phrase_that_goes_on_is_prose(
    found: tuple[str, str, str], data: st.DataObject
) -> None:
    """A phrase opening a sentence of prose (`Teilen Sie uns Ihre Meinung mit …`, `Anzeige
    gegen Unbekannt erstattet`) is no chrome: the entries match whole lines only."""
    _, name, phrase = found
    assume(name not in GOES_ON)
    sentences = [s for v in VOCABULARIES if v.samples for s in v.samples.sentences]
    sentence = data.draw(st.sampled_from(sentences), label="sentence")
    line = f"{phrase.capitalize()} {sentence[0].lower()}{sentence[1:]}"
    assert CHROME_PATTERNS.match(line) is None, line


def test_the_samples_are_no_chrome() -> None:
    """The samples' prose, headlines and comments match no chrome pattern: nothing of the
    furniture vocabularies reaches into sentences."""
    for vocabulary in VOCABULARIES:
        if vocabulary.samples is None:
            continue
        samples = vocabulary.samples
        for line in (*samples.sentences, *samples.titles, *samples.comments):
            assert CHROME_PATTERNS.match(line) is None, (vocabulary.code, line)


# Prose of each language that shares words with its furniture. Each line stays article.
LOCALIZED_LOOK_ALIKES = [
    "Teilen Sie uns Ihre Meinung mit, denn wir lesen alles.",
    "Anzeige gegen Unbekannt erstattet",
    "Drucken lassen sich die Fotos in jedem Copyshop der Stadt.",
    "Mehr zum Thema Wohnen erfahren Sie in unserem nächsten Heft.",
    "Weiter ging es am nächsten Morgen mit dem Zug nach Basel.",
    "Partager un repas avec ses voisins change tout.",
    "Lire aussi les lettres de Marthe, c’est entrer dans sa tête.",
    "Publicité mensongère : la marque a été condamnée en 2019.",
    "Accueil chaleureux, chambres propres et petit-déjeuner copieux.",
    "Compartir mesa con desconocidos es una costumbre del barrio.",
    "Publicidad engañosa, dijo el juez al cerrar el caso.",
    "Inicio de temporada con lluvia y muchos turistas.",
    "Condividi la ricetta con chi ami, il ragù lo merita.",
    "Cerca di non bruciare il soffritto, è la base di tutto.",
    "Stampa e televisione hanno parlato a lungo del caso.",
    "Compartilhe o carro com amigos e economize na viagem.",
    "Entrar no mar de manhã cedo é o melhor da viagem.",
    "Delen is een werkwoord dat we vaker zouden moeten gebruiken.",
    "Zoeken naar een parkeerplaats kost in de stad veel tijd.",
    "Privacy is a right, the court said, not a favour.",
    "Print runs of the first edition sold out within a week.",
    "Next came the long drive home through the rain.",
    "Contact with the crew was lost for nearly an hour.",
]


def test_localized_look_alikes_are_no_chrome() -> None:
    for line in LOCALIZED_LOOK_ALIKES:
        assert CHROME_PATTERNS.match(line) is None, line
    page = "A Title\n\n" + "\n\n".join(LOCALIZED_LOOK_ALIKES) + "\n"
    assert list(herseeds.clean(page).article) == LOCALIZED_LOOK_ALIKES


@settings(max_examples=200)
@given(
    items=st.lists(
        st.text(alphabet="abé ’-", min_size=1, max_size=6).map(str.strip).filter(bool),
        min_size=1,
        max_size=12,
    ),
    line=st.text(alphabet="abéAÉ ’-x", max_size=8),
)
def test_phrases_match_what_alternation_matches(items: list[str], line: str) -> None:
    """The letter tree of `phrases` matches the lines the plain alternation matches, and
    prefers the same (longest) phrase."""
    tree = re.compile(phrases(items), re.IGNORECASE)
    plain = re.compile(alternation(items), re.IGNORECASE)
    assert bool(tree.fullmatch(line)) == bool(plain.fullmatch(line))
    longest_tree, longest_plain = tree.match(line), plain.match(line)
    assert (longest_tree and longest_tree.group()) == (longest_plain and longest_plain.group())
