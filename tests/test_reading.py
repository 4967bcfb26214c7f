"""Reading pages from bytes and files: encodings, BOMs, newlines, binary input, directories.

The contract: the same text gives the same document whatever encoding its file is in, a
BOM never reaches the text, CRLF/CR/LF files are the same page, and input that is not
text, or cannot be read, raises a :class:`herseeds.HerseedsError` that names the file.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import random
import re
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from pathlib import Path

import attrs
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import herseeds
from herseeds import CleanConfig, Document, HerseedsError, InputTypeError, NotTextError, ReadError
from herseeds.reading import (
    _BINARY_SIGNATURES,
    _BOMS,
    PAGE_SUFFIXES,
    _is_plausible,
    decode,
    find_pages,
    is_html,
    read_bytes,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Realistic material: the seeds' own paragraphs and words (curly quotes, dashes, ellipses,
# no-break spaces, an emoji), and words with accents that English pages quote.
SEED_LINES = sorted(
    {
        line.strip()
        for path in SEEDS.glob("*.txt")
        for line in path.read_text("utf-8").split("\n")
        if line.strip()
    }
)
SEED_WORDS = sorted({word for line in SEED_LINES for word in line.split()})
ACCENTED_WORDS = (
    "café",
    "naïve",
    "résumé",
    "über",
    "Müller",
    "façade",
    "déjà",
    "señor",
    "año",
    "œuvre",
    "crème",
    "brûlée",
    "Zürich",
    "garçon",
    "fiancée",
    "Éire",
    "Ångström",
    "São",
    "Björk",
    "möchte",
    "“quoted”",
    "‘single’",
    "it’s",
    "—",
    "–",
    "…",
    "€5",
    "50°",
)
# Only in Unicode encodings: letters and symbols outside Windows-1252, emoji.
UNICODE_ONLY_WORDS = ("Łódź", "Ωmega", "→", "🙂", "❤️", "東京", "Дом")

# Words of prose, without the seeds' symbol tokens ("%d", "|", "•").
PROSE_WORDS = sorted(
    word for word in SEED_WORDS if sum(char.isascii() and char.isalpha() for char in word) >= 2
)
# Paragraphs long enough to be prose, not a caption or a button.
PROSE_LINES = [line for line in SEED_LINES if len(line) >= 80]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """Seed words with a few accented words and typographic marks mixed in."""
    words = draw(st.lists(st.sampled_from(PROSE_WORDS), min_size=6, max_size=40))
    for _ in range(draw(st.integers(0, len(words) // 4))):
        position = draw(st.integers(0, len(words)))
        words.insert(position, draw(st.sampled_from(ACCENTED_WORDS)))
    return " ".join(words)


@st.composite
def pages(draw: st.DrawFn) -> str:
    """A realistic page dump with LF line ends: prose, short lines, blank lines.

    Every page has at least one real paragraph of prose. A page of a few accented words or
    of punctuation alone ("déjà déjà", "— “…”") is ambiguous between code pages: no
    detector can tell its encoding, and no web page is like that.
    """
    others = draw(st.lists(st.one_of(st.sampled_from(SEED_LINES), sentences()), max_size=5))
    position = draw(st.integers(0, len(others)))
    paragraphs = [*others[:position], draw(st.sampled_from(PROSE_LINES)), *others[position:]]
    separator = draw(st.sampled_from(["\n", "\n\n", "\n\n\n", "\n \n"]))
    ending = draw(st.sampled_from(["", "\n", "\n\n"]))
    return separator.join(paragraphs) + ending


# Typographic marks outside Latin-1, in the plain forms a Latin-1 page would use.
_LATIN_1_FORMS = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "—": "--", "–": "-", "…": "...", "•": "*"}
    | {"€": "EUR", "œ": "oe", "🙂": ":-)"}
)
VARIANTS = ("as it is", "with Unicode-only words", "Latin-1 only")


def variant(text: str, kind: str) -> str:
    """*text*, or *text* with words no legacy code page has, or *text* made Latin-1-only."""
    if kind == "with Unicode-only words":
        return text + "\n\n" + " ".join(UNICODE_ONLY_WORDS)
    if kind == "Latin-1 only":
        latin = text.translate(_LATIN_1_FORMS)
        assume(latin.encode("latin-1", "replace").decode("latin-1") == latin)
        return latin
    return text


def unicode_encodings(text: str) -> dict[str, bytes]:
    """*text* in every Unicode encoding herseeds reads, each with a byte order mark."""
    return {
        "utf-8": text.encode("utf-8"),
        "utf-8 with BOM": text.encode("utf-8-sig"),
        "utf-16": text.encode("utf-16"),
        "utf-16-le with BOM": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf-16-be with BOM": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "utf-32": text.encode("utf-32"),
        "utf-32-le with BOM": codecs.BOM_UTF32_LE + text.encode("utf-32-le"),
        "utf-32-be with BOM": codecs.BOM_UTF32_BE + text.encode("utf-32-be"),
    }


def legacy_encodings(text: str) -> dict[str, bytes]:
    """*text* in Windows-1252 and Latin-1, where it can be written in them."""
    encoded: dict[str, bytes] = {}
    for codec in ("cp1252", "latin-1"):
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            continue
        try:
            as_utf8 = data.decode("utf-8")
        except UnicodeDecodeError:
            as_utf8 = None
        # Bytes that are valid UTF-8 are UTF-8 (pure ASCII always is); that they also spell
        # some other text in cp1252 is a coincidence no reader can undo.
        if as_utf8 is None or as_utf8 == text:
            encoded[codec] = data
    return encoded


def without_source(document: Document) -> Document:
    return attrs.evolve(document, source=None)


def clean_bytes(
    data: bytes, directory: Path, name: str, config: CleanConfig | None = None
) -> Document:
    path = directory / name
    path.write_bytes(data)
    document = herseeds.clean_file(path, config=config)
    assert document.source == os.fspath(path)
    return document


# -- decode ----------------------------------------------------------------------------------


@given(pages(), st.sampled_from(VARIANTS))
def test_decode_reads_every_encoding_of_realistic_text(page: str, kind: str) -> None:
    text = variant(page, kind)
    encodings = {**unicode_encodings(text), **legacy_encodings(text)}
    if kind == "Latin-1 only":
        assert {"cp1252", "latin-1"} <= encodings.keys()
    for name, data in encodings.items():
        decoded = decode(data, source=name)
        assert decoded == text, name
        assert "\ufeff" not in decoded, name


@pytest.mark.parametrize(
    "text",
    [
        "naïve “quotes” — and more text",
        "Sie möchte ein Café in Zürich eröffnen.",
        "It’s déjà vu – all over again…",
        "The\u00a0film is a romance.",
        "año",
        "El niño y la señora.",
    ],
)
def test_decode_prefers_windows_1252_for_western_text(text: str) -> None:
    """Short Western text reads cleanly in many code pages; Windows-1252 must win."""
    assert decode(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Привет, мир! Это обычный текст на русском языке, достаточно длинный.", "cp1251"),
        ("Καλημέρα κόσμε, αυτό είναι ένα κείμενο στα ελληνικά.", "cp1253"),
        ("これは日本語のテキストです。とても長い文章ではありません。", "shift_jis"),
        ("这是一段中文文本，用来测试编码检测是否正确。", "gbk"),
    ],
)
def test_decode_still_detects_other_scripts(text: str, codec: str) -> None:
    assert decode(text.encode(codec)) == text


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE])
def test_bom_alone_is_an_empty_page(bom: bytes) -> None:
    assert decode(bom) == ""


def test_a_bom_wins_over_the_configured_encoding() -> None:
    data = "“Her” — café".encode("utf-16")
    assert decode(data, encoding="cp1252") == "“Her” — café"


def test_decode_refuses_non_bytes() -> None:
    with pytest.raises(InputTypeError, match="bytes"):
        decode("already text")  # type: ignore[arg-type]


def test_decode_accepts_bytearray_and_memoryview() -> None:
    data = "café".encode()
    assert decode(bytearray(data)) == decode(memoryview(data)) == "café"


@given(st.binary(max_size=300), st.sampled_from([None, "utf-8", "latin-1", "utf-16-le"]))
def test_decode_returns_text_without_nul_or_raises_not_text(
    data: bytes, encoding: str | None
) -> None:
    """Whatever the bytes: text with no NUL character, or NotTextError; nothing else."""
    result: str | NotTextError
    try:
        result = decode(data, encoding=encoding, source="page.txt")
    except NotTextError as error:
        result = error
    if isinstance(result, NotTextError):
        assert "page.txt" in str(result)
    else:
        assert "\x00" not in result


# -- decode: guesses beyond one strict encoding ---------------------------------------------

# Sentences in scripts with few or no ASCII characters: their UTF-16 has NULs only at the
# spaces and line breaks.
CJK_SENTENCES = (
    "映画『her』は孤独についての物語です。",
    "主人公はオペレーティングシステムに恋をします。",
    "这是一部关于孤独和爱情的电影。",
    "그녀의 목소리는 따뜻하고 조용했다.",
    "Привет, мир! Это обычный текст.",
    "Καλημέρα κόσμε.",
    "שלום עולם, זה טקסט בעברית.",
    "مرحبا بالعالم، هذا نص عربي.",
)


@st.composite
def wide_pages(draw: st.DrawFn) -> str:
    """A page in any script, with at least one line break (every dump of a page has one)."""
    material = st.one_of(st.sampled_from(CJK_SENTENCES), sentences())
    paragraphs = draw(st.lists(material, min_size=2, max_size=6))
    return draw(st.sampled_from(["\n", "\n\n", "\r\n"])).join(paragraphs)


@given(st.one_of(pages(), wide_pages()), st.sampled_from(["le", "be"]), st.sampled_from([16, 32]))
def test_utf_16_and_32_without_a_bom_are_read(text: str, order: str, bits: int) -> None:
    assert decode(text.encode(f"utf-{bits}-{order}"), source="page.txt") == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_cjk_page_in_utf_16_without_a_bom(codec: str) -> None:
    """Few NULs (two line breaks, three ASCII letters): their side still tells the order."""
    text = "映画『her』は孤独についての物語です。\n\n主人公はシステムに恋をします。"
    assert decode(text.encode(codec)) == text


# -- decode: UTF-16 and UTF-32 without a BOM, told by their shape ---------------------------

WIDE_CODECS = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
# Issue 8's page: "“hi”" in UTF-8 read as Latin-1, which leaves C1 controls in the text.
ISSUE_8_PAGE = "He said \u00e2\x80\x9chi\u00e2\x80\x9d.\n"
# Pages that the characters alone would refuse as junk (many controls, private-use or
# unassigned code points), but whose bytes have the shape of UTF-16 or UTF-32 text.
ODD_CHARACTER_PAGES = {
    "C1 controls": ISSUE_8_PAGE + "CafÃ© menu: crÃ¨me brÃ»lÃ©e, Â\xa05 â\x80\x94 â\x80\x9c!\n",
    "private use (icon fonts)": "\uf015 Home  \uf02d Blog  \uf0e0 Contact\n\ue900 Share\n",
    "unassigned": "Reactions to \U0001fae8 and \U0001fbfa; reserved \u0378\u0379\ufdd0\U0010fffe\n",
    "all of them": "\x85\x9c \uf015 \U000e0080 \u0378 \x81 \ue900\n" * 3
    + "And then a line of plain words to end the page.\n",
}


def test_issue_8_utf_16_page_with_c1_controls_is_cleaned(tmp_path: Path) -> None:
    """UTF-16LE without a BOM holding C1 controls cleans as its UTF-8 does (it was refused
    as binary)."""
    utf16 = herseeds.clean_file(_write(tmp_path, ISSUE_8_PAGE.encode("utf-16-le"), "p.txt"))
    utf8 = herseeds.clean_file(_write(tmp_path, ISSUE_8_PAGE.encode("utf-8"), "utf-8.txt"))
    assert without_source(utf16) == without_source(utf8) == herseeds.clean(ISSUE_8_PAGE)
    assert utf16.article == ("He said “hi”.",)


@pytest.mark.parametrize("codec", WIDE_CODECS)
@pytest.mark.parametrize("kind", ODD_CHARACTER_PAGES)
def test_odd_characters_in_utf_16_or_32_without_a_bom_are_read(kind: str, codec: str) -> None:
    text = ODD_CHARACTER_PAGES[kind]
    assert not _is_plausible(text)  # what the characters alone say
    if kind == "unassigned":  # and U+1FAE8, U+1FBFA: assigned in Unicode 15 and 16 only
        assert {unicodedata.category(char) for char in "\u0378\u0379\ufdd0\U0010fffe"} == {"Cn"}
    assert decode(text.encode(codec), source="page.txt") == text


def test_a_strong_shape_wins_over_a_plausible_reading_in_the_other_byte_order() -> None:
    """Read as big-endian, this little-endian page is spaced CJK ("0" is U+3000, an
    ideographic space): plausible, but its NULs are all on the wrong side."""
    text = "Scores 2000 3000 4000 " * 30 + "â\x80\x9c" * 2
    data = text.encode("utf-16-le")
    assert _is_plausible(data.decode("utf-16-be"))
    assert decode(data) == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("\r\n", "utf-16-le"),  # U+A000D in UTF-32-LE
        ("a\n", "utf-16-le"),
        ("X\nY\n", "utf-16-le"),
        ("\n\r\n\r", "utf-16-be"),  # U+A000D in UTF-32-BE too
        ("中\n" * 12, "utf-16-le"),  # weak both ways: the plausible reading wins
    ],
)
def test_bytes_that_are_both_utf_16_and_utf_32(text: str, codec: str) -> None:
    data = text.encode(codec)
    assert any(_strictly(data, other) for other in WIDE_CODECS if other != codec)
    assert decode(data) == text


# Junk that reads as spaced, assigned characters (and so passed for CJK text): its
# neighbouring letters come from unrelated scripts.
SPACED_JUNK = {
    "48 bytes": b"v\x7f\x87}\xe2w\xd3=\x8c.\xec\xd75\xb9s\xd0\xfb\xad0\x7f;x\xda\xb2r\x1c~"
    b"\xc8\x000\xe7\x91^y\x88o\x0ft\xaf\x00c\xc4Fa\x00\xd0\xd4\xfa",
    "100 bytes": b"?\xd9\x00\xebZ\xc3\x84\x07\xcf)0\x00\xa7\x85\xa3Oi\x8c^ixP\x1a\x18\x84"
    b"\x94\x03~=.\xa1\x7f\x14\xc35g\xb8\xfb\xc5\xafE\t/\x17\x17,\t\x0f\x8d3\xcc\xbd\x00\xb4"
    b"6J\xf91\x1d\xf9\x99\xd5Ci2\x18\xd5}~\x84\xfd\x00R\x85\xb1\x9d\x9a\xa1\x03\x1fd\xbdK"
    b"\xee>P\xc6S\xfb\xdf\xb7F(\xa3\n\t8>X\xec",
}


@pytest.mark.parametrize("kind", SPACED_JUNK)
def test_junk_that_reads_as_spaced_text_is_refused(kind: str) -> None:
    with pytest.raises(NotTextError, match=r"junk\.txt"):
        decode(SPACED_JUNK[kind], source="junk.txt")


def _strictly(data: bytes, codec: str) -> bool:
    """Whether *data* decodes strictly as *codec*, without U+0000."""
    try:
        return "\x00" not in data.decode(codec)
    except UnicodeDecodeError:
        return False


# What speaks before the shape: a byte order mark, a file signature.
_PREFIXES = tuple(prefix for prefix, _ in (*_BOMS, *_BINARY_SIGNATURES))
_NON_NUL = st.characters(codec="utf-8", exclude_characters="\x00")


def _shape_decides(text: str, codec: str) -> bool:
    """Whether *text* in *codec* (UTF-16 or UTF-32, without a BOM) has a strong shape."""
    data = text.encode(codec)
    if data.startswith(_PREFIXES):
        return False
    if codec.startswith("utf-16"):
        latin = sum("\x01" <= char <= "\xff" for char in text)
        return 4 * latin >= 3 * (len(data) // 2)
    other = "utf-32-be" if codec == "utf-32-le" else "utf-32-le"
    return any(char <= "\uffff" for char in text) and not _strictly(data, other)


@given(
    st.one_of(
        st.text(_NON_NUL, min_size=1),
        st.lists(
            st.tuples(st.text(_NON_NUL, min_size=1, max_size=12), st.sampled_from(" \n")),
            min_size=1,
            max_size=30,
        ).map(lambda words: "".join(word + space for word, space in words)),
    ),
    st.sampled_from(WIDE_CODECS),
)
def test_any_text_in_utf_16_or_32_without_a_bom_reads_back_where_its_shape_decides(
    text: str, codec: str
) -> None:
    """Any text without NUL characters, spaced into words and lines or not, reads back
    from UTF-16 or UTF-32 without a BOM wherever the bytes' shape decides:

    - UTF-16: at least three quarters of the code units are characters U+0001-U+00FF
      (their high byte is NUL): text in a Latin script, whatever else it holds. With
      fewer, the shape is that of short junk, or of CJK text (NULs only at its spaces and
      line breaks): the characters decide (plausible text, the pages of
      test_utf_16_and_32_without_a_bom_are_read), and spacing alone does not make text;
    - UTF-32: the text holds a character of the BMP, so the bytes cannot be UTF-16, and
      they are not also UTF-32 in the other byte order (``"Ā"`` is U+10000 read the other
      way round). UTF-32 of supplementary characters only reads as UTF-16 too.

    Bytes that begin with a BOM or a file signature are read by those first.
    """
    assume(_shape_decides(text, codec))
    assert decode(text.encode(codec), source="page.txt") == text


@settings(max_examples=40)
@given(
    st.lists(st.one_of(sentences(), st.sampled_from(PROSE_LINES)), min_size=2, max_size=8),
    st.data(),
)
def test_mixed_utf_8_and_windows_1252_lines_are_each_read(
    lines: list[str], data: st.DataObject
) -> None:
    """A UTF-8 page with lines pasted in from a Windows-1252 page: every line comes back."""
    encoded: list[bytes] = []
    for line in lines:
        try:
            legacy = line.encode("cp1252")
        except UnicodeEncodeError:
            legacy = None
        if legacy is not None and not legacy.isascii() and data.draw(st.booleans()):
            # Bytes that also spell UTF-8 are UTF-8: that they read as cp1252 too is a
            # coincidence no reader can undo (as for whole legacy pages above).
            assume(not _is_utf8(legacy))
            encoded.append(legacy)
        else:
            encoded.append(line.encode("utf-8"))
    assume(any(not line.isascii() and _is_utf8(line) for line in encoded))
    assert decode(b"\n".join(encoded), source="mixed.txt") == "\n".join(lines)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_mixed_utf_8_and_shift_jis_lines() -> None:
    japanese = "これは日本語のテキストです。とても長い文章ではありません。"
    data = "Café “Her” — notes\n".encode() + japanese.encode("shift_jis") + b"\nend\n"
    assert decode(data) == f"Café “Her” — notes\n{japanese}\nend\n"


@given(st.one_of(pages(), wide_pages()).filter(lambda text: not text[-1].isascii()), st.data())
def test_utf_8_cut_inside_its_last_character_keeps_the_rest(text: str, data: st.DataObject) -> None:
    """A truncated download: the cut character becomes U+FFFD, nothing else changes."""
    last = text[-1].encode()
    cut = data.draw(st.integers(1, len(last) - 1))
    assert decode(text.encode()[:-cut]) == text[:-1] + "\ufffd"


# -- clean_file: same text, same document ------------------------------------------------


@settings(max_examples=40)
@given(pages(), st.sampled_from(VARIANTS))
def test_every_encoding_of_a_page_gives_the_same_document(page: str, kind: str) -> None:
    text = variant(page, kind)
    expected = herseeds.clean(text)
    encodings = {**unicode_encodings(text), **legacy_encodings(text)}
    with tempfile.TemporaryDirectory() as folder:
        for number, (name, data) in enumerate(encodings.items()):
            document = clean_bytes(data, Path(folder), f"page-{number}.txt")
            assert without_source(document) == expected, name
            assert not any("\ufeff" in line for line in document.article), name
            assert len(document.labels) == text.count("\n") + 1, name


@settings(max_examples=40)
@given(pages(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_crlf_cr_and_lf_files_are_the_same_page(text: str, codec: str) -> None:
    variants: dict[str, bytes] = {}
    for ending in ("\n", "\r\n", "\r"):
        with_endings = text.replace("\n", ending)
        if codec == "cp1252":
            encoded = legacy_encodings(with_endings).get("cp1252")
            assume(encoded is not None)
            assert encoded is not None
            variants[ending] = encoded
        else:
            variants[ending] = with_endings.encode(codec)
    with tempfile.TemporaryDirectory() as folder:
        documents = {
            ending: without_source(clean_bytes(data, Path(folder), f"page-{index}.txt"))
            for index, (ending, data) in enumerate(variants.items())
        }
    assert documents["\r\n"] == documents["\n"]
    assert documents["\r"] == documents["\n"]
    assert len(documents["\n"].labels) == len(text.split("\n"))


def test_newlines_in_a_small_page(tmp_path: Path) -> None:
    lf = clean_bytes(b"Title\n\nFirst.\nSecond.\n", tmp_path, "lf.txt")
    crlf = clean_bytes(b"Title\r\n\r\nFirst.\r\nSecond.\r\n", tmp_path, "crlf.txt")
    cr = clean_bytes(b"Title\r\rFirst.\rSecond.\r", tmp_path, "cr.txt")
    mixed = clean_bytes(b"Title\r\n\rFirst.\nSecond.\r\n", tmp_path, "mixed.txt")
    assert without_source(crlf) == without_source(cr) == without_source(mixed) == without_source(lf)
    assert len(lf.labels) == 5
    assert lf.labels[1] == lf.labels[4] == "blank"


def test_bom_never_reaches_the_document(tmp_path: Path) -> None:
    text = "First paragraph.\n\nSecond paragraph.\n"
    for number, data in enumerate(unicode_encodings(text).values()):
        document = clean_bytes(data, tmp_path, f"{number}.txt")
        assert without_source(document) == herseeds.clean(text)
        assert len(document.labels) == 4
        assert document.labels[0] != "blank"
        assert "\ufeff" not in document.to_json()


def test_clean_file_reads_the_seeds(seed_paths: list[Path]) -> None:
    assert len(seed_paths) == 5
    for path in seed_paths:
        document = herseeds.clean_file(path)
        text = path.read_bytes().decode("utf-8")
        assert without_source(document) == herseeds.clean(text)
        assert document.source == os.fspath(path)
        # str paths work as well as Path objects, and the source is the path as given.
        assert herseeds.clean_file(str(path)).source == str(path)


# -- explicit encodings ----------------------------------------------------------------------


def test_explicit_encoding_is_honoured(tmp_path: Path) -> None:
    text = "Ïðèâåò — “quoted” café, and more words to make a sentence of it."
    data = text.encode("cp1252")
    document = clean_bytes(data, tmp_path, "page.txt", CleanConfig(encoding="cp1252"))
    assert without_source(document) == herseeds.clean(text)
    # The same bytes read as another code page give that code page's text.
    cyrillic = clean_bytes(data, tmp_path, "page.txt", CleanConfig(encoding="cp1251"))
    assert without_source(cyrillic) == herseeds.clean(data.decode("cp1251"))
    assert cyrillic != document


def test_explicit_encoding_is_honoured_where_detection_would_differ(tmp_path: Path) -> None:
    text = "Привет, мир! Это обычный текст на русском языке, достаточно длинный."
    data = text.encode("cp1251")
    detected = herseeds.clean_file(_write(tmp_path, data))
    assert without_source(detected) == herseeds.clean(text)
    forced = herseeds.clean_file(_write(tmp_path, data), config=CleanConfig(encoding="cp1252"))
    assert without_source(forced) == herseeds.clean(data.decode("cp1252"))
    assert forced != detected


def _write(directory: Path, data: bytes, name: str = "page.txt") -> Path:
    path = directory / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("café – naïve".encode("cp1252"), "utf-8"),
        ("café".encode(), "ascii"),
        (b"odd length\xff", "utf-16-le"),
    ],
)
def test_wrong_explicit_encoding_raises_not_text(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    path = _write(tmp_path, data)
    with pytest.raises(NotTextError) as raised:
        herseeds.clean_file(path, config=CleanConfig(encoding=encoding))
    assert os.fspath(path) in str(raised.value)
    assert encoding in str(raised.value)


# -- binary input ----------------------------------------------------------------------------


def _png() -> bytes:
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + header
    ihdr = struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    data = zlib.compress(b"\x00\x00")
    idat = (
        struct.pack(">I", len(data))
        + b"IDAT"
        + data
        + struct.pack(">I", zlib.crc32(b"IDAT" + data))
    )
    iend = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    return b"\x89PNG\r\n\x1a\n" + ihdr + idat + iend


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.txt", "Her is a film about love.\n" * 20)
    return buffer.getvalue()


BINARY_FILES = {
    "png": _png(),
    "gzip": gzip.compress(b"Her is a film about love.\n" * 20),
    "zip": _zip(),
    "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
    "nul-ridden": b"header\x00\x00\x00\x01\x02binary\x00payload\xff\xfe" * 8,
}


@pytest.mark.parametrize("kind", sorted(BINARY_FILES))
def test_binary_files_raise_not_text(tmp_path: Path, kind: str) -> None:
    path = _write(tmp_path, BINARY_FILES[kind], f"{kind}.txt")
    with pytest.raises(NotTextError) as raised:
        herseeds.clean_file(path)
    error = raised.value
    assert isinstance(error, ValueError)
    assert isinstance(error, HerseedsError)
    assert os.fspath(path) in str(error)


@settings(max_examples=40)
@given(st.integers(0, 2**64), st.integers(16, 2000), st.integers(1, 4))
# Found by random runs: 16 bytes that read as "ⷡ㑕ᎏ⚌롸緵ꃽ\n", "燍⨏⬹\u3000ꝇ泊棷郵" in UTF-16.
@example(seed=1385069, size=16, nuls=1)
@example(seed=62494, size=16, nuls=1)
def test_random_bytes_with_nuls_raise_not_text(seed: int, size: int, nuls: int) -> None:
    """Junk (here from a seeded generator, not shrunk by Hypothesis toward bytes that do
    spell UTF-16 text such as ``\\x00 \\x01\\x01``) with NUL bytes is not text."""
    rng = random.Random(seed)
    data = bytearray(rng.randbytes(size))
    for _ in range(nuls):
        data[rng.randrange(size)] = 0
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), bytes(data), "random.txt")
        with pytest.raises(NotTextError, match=r"random\.txt"):
            herseeds.clean_file(path)


@pytest.mark.parametrize("kind", ["png", "gzip", "zip", "pdf"])
def test_binary_bytes_raise_not_text_in_decode(kind: str) -> None:
    with pytest.raises(NotTextError, match=r"download\.bin"):
        decode(BINARY_FILES[kind], source="download.bin")


def test_binary_is_refused_even_with_an_explicit_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, BINARY_FILES["png"], "image.txt")
    with pytest.raises(NotTextError, match=r"image\.txt"):
        herseeds.clean_file(path, config=CleanConfig(encoding="latin-1"))


# -- unreadable paths ------------------------------------------------------------------------


def test_missing_file_raises_read_error(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    with pytest.raises(ReadError) as raised:
        herseeds.clean_file(path)
    assert isinstance(raised.value, OSError)
    assert isinstance(raised.value, HerseedsError)
    assert "missing.txt" in str(raised.value)


def test_directory_passed_to_clean_file_raises_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as raised:
        herseeds.clean_file(tmp_path)
    assert isinstance(raised.value, OSError)
    assert os.fspath(tmp_path) in str(raised.value)
    assert "clean_corpus" in str(raised.value)


def test_read_bytes(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\x00\x01bytes as they are")
    assert read_bytes(path) == b"\x00\x01bytes as they are"
    assert read_bytes(str(path)) == b"\x00\x01bytes as they are"
    with pytest.raises(ReadError, match="nothing-here"):
        read_bytes(tmp_path / "nothing-here")
    with pytest.raises(ReadError):
        read_bytes(tmp_path)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_raises_read_error(tmp_path: Path) -> None:
    path = _write(tmp_path, b"secret")
    path.chmod(0)
    try:
        with pytest.raises(ReadError, match="cannot be read"):
            read_bytes(path)
    finally:
        path.chmod(0o600)


# -- find_pages ------------------------------------------------------------------------------

folder_name = st.sampled_from(["a", "b", "zz", "B", ".hidden", ".git"])
file_name = st.sampled_from(["p", "q", "Page", "0", ".secret", "notes"])
suffix = st.sampled_from([".txt", ".txt", ".md", ".html", "", ".txt.bak"])
relative_file = st.builds(
    lambda folders, name, ext: Path(*folders, f"{name}{ext}"),
    st.lists(folder_name, max_size=3),
    file_name,
    suffix,
)


def _is_page(relative: Path) -> bool:
    return relative.suffix in PAGE_SUFFIXES and not any(
        part.startswith(".") for part in relative.parts
    )


@settings(max_examples=30)
@given(st.lists(relative_file, unique=True, max_size=12), st.randoms(use_true_random=False))
def test_find_pages_in_a_tree(files: list[Path], rng: random.Random) -> None:
    # Folder names and file names never clash (a name is either a folder or a file).
    assume(not {part for file in files for part in file.parts[:-1]} & {f.name for f in files})
    rng.shuffle(files)  # creation order must not matter
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "corpus"
        root.mkdir()
        for relative in files:
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_text("A page.\n", encoding="utf-8")
        found = find_pages([root])
        assert found == sorted(root / relative for relative in files if _is_page(relative))
        assert find_pages([root]) == found
        assert find_pages([str(root)]) == found
        assert find_pages(iter([root])) == found


def test_find_pages_on_the_seeds(seeds_dir: Path, seed_paths: list[Path]) -> None:
    assert find_pages([seeds_dir]) == seed_paths
    assert find_pages((seeds_dir,)) == seed_paths


def test_find_pages_order_and_recursion(tmp_path: Path) -> None:
    for relative in ["b.txt", "sub/z.txt", "a.txt", "sub/deeper/c.txt", "c.txt"]:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(b"x")
    found = find_pages([tmp_path])
    assert [path.relative_to(tmp_path).as_posix() for path in found] == [
        "a.txt",
        "b.txt",
        "c.txt",
        "sub/deeper/c.txt",
        "sub/z.txt",
    ]


def test_find_pages_skips_hidden_and_other_suffixes(tmp_path: Path) -> None:
    (tmp_path / ".cache").mkdir()
    (tmp_path / "sub" / ".hidden").mkdir(parents=True)
    for relative in [
        "page.txt",
        ".hidden.txt",
        ".cache/page.txt",
        "sub/.hidden/page.txt",
        "sub/page.txt",
        "notes.md",
        "page.txt.bak",
        "data.json",
    ]:
        (tmp_path / relative).write_bytes(b"x")
    (tmp_path / "folder.txt").mkdir()  # a directory named like a page is not a page
    found = find_pages([tmp_path])
    assert found == [tmp_path / "page.txt", tmp_path / "sub" / "page.txt"]


def test_named_files_are_taken_whatever_their_suffix(tmp_path: Path) -> None:
    names = ["z.md", "page.html", ".hidden.txt", "no-suffix", "a.txt"]
    for name in names:
        _write(tmp_path, b"x", name)
    assert find_pages([tmp_path / name for name in names]) == [tmp_path / name for name in names]


def test_find_pages_mixes_files_and_directories_in_the_order_given(
    tmp_path: Path, seeds_dir: Path, seed_paths: list[Path]
) -> None:
    extra = _write(tmp_path, b"x", "extra.md")
    assert find_pages([extra, seeds_dir, seed_paths[0]]) == [extra, *seed_paths, seed_paths[0]]


def test_find_pages_from_a_hidden_or_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only what is hidden below the named directory is skipped, not the directory itself."""
    hidden = tmp_path / ".corpus"
    (hidden / "sub").mkdir(parents=True)
    _write(hidden, b"x", "one.txt")
    _write(hidden / "sub", b"x", "two.txt")
    assert find_pages([hidden]) == [hidden / "one.txt", hidden / "sub" / "two.txt"]
    monkeypatch.chdir(hidden)
    assert find_pages(["."]) == [Path("one.txt"), Path("sub/two.txt")]


def test_find_pages_empty_inputs(tmp_path: Path) -> None:
    assert find_pages([]) == []
    assert find_pages([tmp_path]) == []


def test_find_pages_missing_path_raises_read_error(tmp_path: Path, seeds_dir: Path) -> None:
    with pytest.raises(ReadError, match="nowhere") as raised:
        find_pages([seeds_dir, tmp_path / "nowhere"])
    assert isinstance(raised.value, OSError)


@pytest.mark.parametrize("one_path", ["seeds", b"seeds", Path("seeds")])
def test_find_pages_refuses_a_single_path(one_path: object) -> None:
    with pytest.raises(InputTypeError, match=r"\[path\]") as raised:
        find_pages(one_path)  # type: ignore[arg-type]
    assert isinstance(raised.value, TypeError)


@pytest.mark.parametrize(
    ("paths", "error", "says"),
    [
        ([None], InputTypeError, "path must be a str or os.PathLike, not NoneType"),
        ([b"seeds"], InputTypeError, "os.fsdecode()"),
        (["a\0b.txt"], ReadError, "cannot hold a NUL character"),
    ],
)
def test_find_pages_checks_each_path(paths: list[object], error: type, says: str) -> None:
    with pytest.raises(error, match=re.escape(says)):
        find_pages(paths)  # type: ignore[arg-type]
    with pytest.raises(error, match=re.escape(says)):
        herseeds.clean_corpus(paths)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<!DOCTYPE html><html><p>Hi", True),
        ("\ufeff  <!-- saved --> <?xml version='1.0'?><!-- x --><html>", True),
        ("<!-- a -- b --><body>", True),
        ("<!-- a comment --> then text", False),
        ("A dump.\n<b>not HTML</b>", False),
        # A run of comments before text once took 2**k steps to refuse (k=24: 1.7 s).
        ("<!--a-->" * 400 + "text", False),
        ("<!--a-->" * 400 + "<html>", True),
    ],
)
def test_html_is_told_by_how_the_input_opens(head: str, expected: bool) -> None:
    assert is_html(head) is expected
    assert is_html(head.encode("utf-8")) is expected
