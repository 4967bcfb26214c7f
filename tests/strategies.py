"""Shared hypothesis strategies for the herseeds tests, in the manner of attrs' own.

Text:

- :func:`any_text`: arbitrary Unicode text (no surrogates), optionally multi-line;
- :func:`tricky_text`: text dense in what normalization handles (invisibles, joiners, odd
  spaces, combining marks, typographic punctuation, emoji, mojibake fragments, line ends);
- :func:`plain_ascii_text`: ASCII words and punctuation separated by single spaces;
- :func:`realistic_text`: sentences of real words (accents, curly quotes, dashes, euro
  signs, emoji) that are already normalized;
- :func:`mojibake_source` with :func:`as_mojibake`: text whose UTF-8 read as Latin-1 or
  cp1252 is mojibake that can be repaired;
- building blocks: :func:`words` (a line from a vocabulary), :func:`lines_of`,
  :func:`field_text` and :func:`optional_text` (what a document's text fields hold).

Model (valid values only; those with text fields take a *text* strategy for them):
:func:`kinds`, :func:`chrome_labels`, :func:`labels`, :func:`authors`, :func:`comments`,
:func:`comment_threads`, :func:`removed_runs`, :func:`documents`, :func:`configs`.
"""

from __future__ import annotations

from typing import Final

from hypothesis import strategies as st

from herseeds import Author, CleanConfig, Comment, Document, Removed
from herseeds.model import CHROME_PREFIX, CONTENT_LABELS, CommentKind

__all__ = [
    "ASCII_PUNCTUATION",
    "INVISIBLES",
    "JSON_SAFE_INT",
    "MOJIBAKE_ENCODINGS",
    "NAME_EVIDENCE",
    "ODD_SPACES",
    "REPAIRABLE_WORDS",
    "TYPOGRAPHIC",
    "any_text",
    "as_mojibake",
    "authors",
    "chrome_labels",
    "comment_threads",
    "comments",
    "configs",
    "documents",
    "field_text",
    "kinds",
    "labels",
    "lines_of",
    "mojibake_source",
    "optional_text",
    "plain_ascii_text",
    "realistic_text",
    "removed_runs",
    "tricky_text",
    "words",
]

JSON_SAFE_INT: Final = 2**53 - 1
"""The largest integer every JSON reader holds exactly; generated indexes and counts stay below."""

NAME_EVIDENCE: Final = ("byline", "bio", "sign-off", "self-introduction", "comment-replies")

INVISIBLES: Final = (
    "\u200b",  # zero-width space
    "\u2060",  # word joiner
    "\ufeff",  # BOM / zero-width no-break space
    "\u180e",  # Mongolian vowel separator
    "\u00ad",  # soft hyphen
    "\x00",
    "\x07",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x80",
    "\x81",
    "\x9d",
    "\x9f",
)
"""Characters normalization must remove."""

ODD_SPACES: Final = ("\u00a0", "\u2003", "\u2009", "\u202f", "\u3000", "\t", "\u2028", "\u0085")
"""Space separators (and line separators that are not line ends in a dump): become a space."""

TYPOGRAPHIC: Final = ("“", "”", "‘", "’", "„", "«", "»", "–", "—", "…", "•", "€", "£", "©", "™")
"""Typographic punctuation and symbols that default normalization keeps."""

ASCII_PUNCTUATION: Final = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
"""Every ASCII punctuation character (``string.punctuation``)."""

_EMOJI: Final = (
    "😀",
    "❤️",
    "👍🏽",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # family: man, woman, girl
    "\U0001f3f3\ufe0f\u200d\U0001f308",  # rainbow flag
    "🇫🇷",
    "1️⃣",
)

_SCRIPTS: Final = (
    "東京",
    "日本語",
    "עברית",
    "العربية",
    "Ελληνικά",
    "Русский",
    "हिन्दी",
    "می\u200cخواهم",
)

# Text read with the wrong codec: UTF-8 lead bytes and continuation bytes as cp1252/Latin-1.
_MOJIBAKE_PIECES: Final = ("Ã", "Â", "â", "Å", "€", "©", "™", "œ", "\x9c", "\x80", "\xa0", "¢")

_COMBINING: Final = ("\u0300", "\u0301", "\u0302", "\u0308", "\u0327", "\u0338", "\u20e3", "\ufe0f")


def any_text(*, multiline: bool = True, max_size: int = 60) -> st.SearchStrategy[str]:
    """Arbitrary text: any code point except surrogates; no ``\\n``/``\\r`` unless *multiline*."""
    line_ends = "" if multiline else "\n\r"
    alphabet = st.characters(exclude_categories=["Cs"], exclude_characters=line_ends)
    return st.text(alphabet, max_size=max_size)


def tricky_text(*, multiline: bool = True, max_size: int = 40) -> st.SearchStrategy[str]:
    """Text dense in the characters and sequences normalization has to deal with."""
    pieces: list[st.SearchStrategy[str]] = [
        st.sampled_from(INVISIBLES),
        st.sampled_from(("\u200c", "\u200d")),
        st.sampled_from(ODD_SPACES),
        st.just(" "),
        st.just("  "),
        st.sampled_from(TYPOGRAPHIC),
        st.sampled_from(_EMOJI),
        st.sampled_from(_SCRIPTS),
        st.sampled_from(_MOJIBAKE_PIECES),
        st.sampled_from(_COMBINING),
        st.sampled_from(REPAIRABLE_WORDS).map(lambda word: as_mojibake(word, "sloppy-cp1252")),
        st.sampled_from(REPAIRABLE_WORDS),
        st.text(st.characters(min_codepoint=0x20, max_codepoint=0x24F), max_size=3),
        any_text(multiline=False, max_size=2),
    ]
    if multiline:
        pieces.append(st.sampled_from(("\n", "\r\n", "\r", "\n\n")))
    return st.lists(st.one_of(pieces), max_size=max_size).map("".join)


_ASCII_WORD: Final = st.text(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
    min_size=1,
    max_size=10,
)


def plain_ascii_text(*, multiline: bool = False) -> st.SearchStrategy[str]:
    """ASCII letters, digits and punctuation, words separated by single spaces.

    Every line is non-empty, with no leading or trailing space: text normalization must
    leave exactly as it is.
    """
    token = st.one_of(
        _ASCII_WORD,
        st.tuples(_ASCII_WORD, st.sampled_from(ASCII_PUNCTUATION)).map("".join),
        st.text(st.sampled_from(ASCII_PUNCTUATION), min_size=1, max_size=3),
    )
    line = st.lists(token, min_size=1, max_size=12).map(" ".join)
    if not multiline:
        return line
    return st.lists(st.one_of(line, st.just("")), min_size=1, max_size=6).map("\n".join)


REPAIRABLE_WORDS: Final = (
    # Latin-1 letters, as they turn up in English, French, German, Spanish, Nordic pages.
    "café",
    "naïve",
    "résumé",
    "Zürich",
    "façade",
    "jalapeño",
    "Ångström",
    "São",
    "Malmö",
    "Straße",
    "Ærø",
    "crème",
    "brûlée",
    "fiancée",
    "Besançon",
    "Noël",
    "Citroën",
    "déjà",
    "à",
    "señor",
    "años",
    "Ísland",
    "Álvaro",
    "Þór",
    "Ýmir",
    "Ðakovo",
    # Letters outside Latin-1, whose UTF-8 bytes cp1252 still decodes.
    "Dvořák",
    "Gdańsk",
    "Łódź",
    "Māori",
    # Typographic punctuation and symbols.
    "“quoted”",
    "‘single’",
    "it’s",
    "—",
    "–",
    "wait…",
    "€",
    "10€",
    "£5",
    "•",
    "©",
    "®",
    "20°",
    "½",
    "3×4",
    "¿qué?",
    "¡olé!",
)
"""Words whose mojibake (in any mix, see :func:`mojibake_source`) ftfy repairs.

Left out on purpose, because ftfy's heuristics (which avoid false positives) keep their
mojibake when it stands alone: ``Škoda`` (``Å\\xa0koda``), ``Ōsaka`` (``ÅŒsaka``) and a
lone ``™`` (``â„¢``). Those are ftfy's documented limits, not herseeds bugs.
"""

_ENGLISH: Final = (
    "the",
    "film",
    "Her",
    "is",
    "about",
    "love",
    "and",
    "a",
    "review",
    "Theodore",
    "OS",
    "2013",
    "I",
    "it",
    "was",
    "great",
)

MOJIBAKE_ENCODINGS: Final = ("latin-1", "cp1252", "sloppy-cp1252")
"""How UTF-8 bytes get misread: Latin-1, strict cp1252, and cp1252 as browsers decode it
(the WHATWG ``windows-1252``, where the five bytes cp1252 leaves undefined are C1 controls)."""

_CP1252_UNDEFINED: Final = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


def as_mojibake(text: str, encoding: str) -> str:
    """Return *text* encoded as UTF-8 and decoded with *encoding* (see ``MOJIBAKE_ENCODINGS``).

    Strict ``cp1252`` raises :class:`UnicodeDecodeError` when a byte is undefined there.

    >>> as_mojibake("café “x”", "sloppy-cp1252")
    'cafÃ© â€œxâ€\\x9d'
    """
    data = text.encode("utf-8")
    if encoding != "sloppy-cp1252":
        return data.decode(encoding)
    return "".join(
        chr(byte) if byte in _CP1252_UNDEFINED else bytes([byte]).decode("cp1252") for byte in data
    )


def mojibake_source(*, multiline: bool = False) -> st.SearchStrategy[str]:
    """Normalized text mixing :data:`REPAIRABLE_WORDS` with English words, single spaces.

    At least one word per line is non-ASCII, so every line has something to repair.
    """
    line = st.tuples(
        words(_MIXED_WORDS, min_size=0, max_size=5),
        st.sampled_from(REPAIRABLE_WORDS),
        words(_MIXED_WORDS, min_size=0, max_size=5),
    ).map(lambda parts: " ".join(part for part in parts if part))
    return lines_of(line, max_lines=4) if multiline else line


_MIXED_WORDS: Final = (*REPAIRABLE_WORDS, *_ENGLISH)
_REALISTIC_WORDS: Final = (*REPAIRABLE_WORDS, *_ENGLISH, *_EMOJI, *_SCRIPTS, "Škoda", "Ōsaka", "™")


def words(
    vocabulary: tuple[str, ...], *, min_size: int = 1, max_size: int = 10
) -> st.SearchStrategy[str]:
    """One line of words from *vocabulary*, separated by single spaces.

    Drawn as one string of private-use characters, each standing for a word: hypothesis
    generates (and shrinks) a string in one step, much faster than a list of words.
    """
    first = 0xE000
    alphabet = st.characters(min_codepoint=first, max_codepoint=first + len(vocabulary) - 1)
    return st.text(alphabet, min_size=min_size, max_size=max_size).map(
        lambda tokens: " ".join(vocabulary[ord(token) - first] for token in tokens)
    )


def lines_of(line: st.SearchStrategy[str], *, max_lines: int = 5) -> st.SearchStrategy[str]:
    """One to *max_lines* lines, each *line* or blank, joined by ``\\n``."""
    return st.lists(line | st.just(""), min_size=1, max_size=max_lines).map("\n".join)


def realistic_text(*, multiline: bool = False) -> st.SearchStrategy[str]:
    """Already normalized text of real words: accents, other scripts, curly quotes, emoji."""
    line = words(_REALISTIC_WORDS)
    return lines_of(line) if multiline else line


def field_text() -> st.SearchStrategy[str]:
    """What a document's text fields may hold: any text, or realistic multi-line text."""
    return any_text(max_size=30) | realistic_text(multiline=True)


def optional_text(text: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[str | None]:
    """``None`` or *text* (default :func:`field_text`)."""
    return st.none() | (field_text() if text is None else text)


def kinds() -> st.SearchStrategy[str]:
    """Chrome kinds: lower-case ASCII words joined by hyphens, such as ``comment-form``."""
    return st.one_of(
        st.sampled_from(("comment-form", "like-widget", "newsletter", "related", "ad-label", "x")),
        st.tuples(
            st.from_regex(r"[a-z][a-z0-9]{0,7}", fullmatch=True),
            st.lists(st.from_regex(r"[a-z0-9]{1,6}", fullmatch=True), max_size=3),
        ).map(lambda parts: "-".join([parts[0], *parts[1]])),
    )


def chrome_labels() -> st.SearchStrategy[str]:
    """Labels of removed lines: ``chrome:<kind>``."""
    return kinds().map(lambda kind: CHROME_PREFIX + kind)


def labels() -> st.SearchStrategy[str]:
    """Any valid line label: a content label or a chrome label."""
    return st.one_of(st.sampled_from(sorted(CONTENT_LABELS)), chrome_labels())


def authors(*, text: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Author]:
    """Valid :class:`Author` values, *text* (default :func:`field_text`) in name and bio."""
    return st.builds(
        Author,
        name=optional_text(text),
        name_from=st.none() | st.sampled_from(NAME_EVIDENCE),
        bio=optional_text(text),
    )


_COMMENT_KINDS: Final[tuple[CommentKind, ...]] = ("comment", "pingback")


def comments(
    *, depth: int = 0, parent: int | None = None, text: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Comment]:
    """One :class:`Comment` at *depth* answering *parent* (``None`` at depth 0)."""
    return st.builds(
        Comment,
        author=optional_text(text),
        text=field_text() if text is None else text,
        depth=st.just(depth),
        parent=st.just(parent),
        kind=st.sampled_from(_COMMENT_KINDS),
    )


@st.composite
def comment_threads(
    draw: st.DrawFn,
    *,
    min_size: int = 0,
    max_size: int = 4,
    text: st.SearchStrategy[str] | None = None,
) -> tuple[Comment, ...]:
    """A valid comment section: each reply answers an earlier comment, one level deeper."""
    text = field_text() if text is None else text
    # One parent choice per comment: None (a top-level comment) or an earlier index.
    parents = draw(
        st.lists(st.none() | st.integers(0, max_size), min_size=min_size, max_size=max_size)
    )
    fields = st.tuples(optional_text(text), text, st.sampled_from(_COMMENT_KINDS))
    contents = draw(st.lists(fields, min_size=len(parents), max_size=len(parents)))
    thread: list[Comment] = []
    for index, (choice, (author, body, kind)) in enumerate(zip(parents, contents, strict=True)):
        parent = None if choice is None or index == 0 else choice % index
        depth = 0 if parent is None else thread[parent].depth + 1
        thread.append(Comment(author, body, depth=depth, parent=parent, kind=kind))
    return tuple(thread)


def removed_runs(*, text: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Removed]:
    """Valid :class:`Removed` runs (``first_line <= last_line``)."""
    return st.builds(
        lambda kind, body, first, length: Removed(
            kind=kind, text=body, first_line=first, last_line=min(first + length, JSON_SAFE_INT)
        ),
        kinds(),
        field_text() if text is None else text,
        st.integers(0, JSON_SAFE_INT),
        st.integers(0, 50) | st.integers(0, JSON_SAFE_INT),
    )


def documents(
    *,
    text: st.SearchStrategy[str] | None = None,
    min_comments: int = 0,
    min_removed: int = 0,
) -> st.SearchStrategy[Document]:
    """Valid :class:`Document` values, every field exercised.

    *text* (default :func:`field_text`) fills the text fields. The fields need not be
    consistent with each other (``labels`` and ``removed`` are not derived from one input).
    """
    text = field_text() if text is None else text
    return st.builds(
        Document,
        source=optional_text(text),
        title=optional_text(text),
        subtitle=optional_text(text),
        author=authors(text=text),
        article=st.lists(text, max_size=4).map(tuple),
        comments=comment_threads(min_size=min_comments, text=text),
        declared_comment_count=st.none() | st.integers(0, JSON_SAFE_INT),
        labels=st.lists(labels(), max_size=8).map(tuple),
        removed=st.lists(removed_runs(text=text), min_size=min_removed, max_size=3).map(tuple),
    )


def configs() -> st.SearchStrategy[CleanConfig]:
    """Valid :class:`CleanConfig` values."""
    return st.builds(
        CleanConfig,
        fix_mojibake=st.booleans(),
        ascii_punctuation=st.booleans(),
        encoding=st.none() | st.sampled_from(("utf-8", "cp1252", "latin-1", "utf-16", "UTF8")),
    )
