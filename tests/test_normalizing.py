"""Properties of text normalization (docs/output-format.md, Normalization), and examples."""

from __future__ import annotations

import unicodedata
from typing import Final

import attrs
import pytest
import regex
from hypothesis import given, reject
from hypothesis import strategies as st

from herseeds import CleanConfig, normalize
from herseeds.normalizing import (
    collapse_spaces,
    fix_mojibake,
    nfc,
    normalize_lines,
    normalize_newlines,
    remove_invisibles,
    to_ascii_punctuation,
)
from tests.strategies import (
    INVISIBLES,
    MOJIBAKE_ENCODINGS,
    REPAIRABLE_WORDS,
    TYPOGRAPHIC,
    any_text,
    as_mojibake,
    configs,
    mojibake_source,
    plain_ascii_text,
    realistic_text,
    tricky_text,
)

DEFAULT: Final = CleanConfig()
ASCII: Final = CleanConfig(ascii_punctuation=True)
NO_REPAIR: Final = CleanConfig(fix_mojibake=False)

ZWJ: Final = "\u200d"
ZWNJ: Final = "\u200c"
FAMILY: Final = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man, woman, girl


def texts() -> st.SearchStrategy[str]:
    """Arbitrary text, and text dense in what normalization handles."""
    return any_text() | tricky_text()


def _lf(text: str) -> str:
    """The input's lines as docs/output-format.md counts them: CRLF and CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- idempotence -----------------------------------------------------------------------------


@given(texts())
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(texts())
def test_idempotent_with_ascii_punctuation(text: str) -> None:
    once = normalize(text, config=ASCII)
    assert normalize(once, config=ASCII) == once


@given(texts(), configs())
def test_idempotent_with_any_config(text: str, config: CleanConfig) -> None:
    once = normalize(text, config=config)
    assert normalize(once, config=config) == once


@pytest.mark.parametrize(
    "text",
    [
        "Â\x1f\x80",  # a control character between the halves of mojibake
        "Ã\u200b©",  # a zero-width space between them
        "Ã\u00ad©",  # a soft hyphen
        "caf\u200bÃ\u200b© â\u200b€\u200b™",
        "U❤\u0300",  # a symbol carrying a combining mark, then dropped (ascii)
        "=❤\u0338",
        "Ã❤¼",
        "A\u0302€",  # NFC makes "Â€"
    ],
)
@pytest.mark.parametrize("config", [DEFAULT, ASCII, NO_REPAIR], ids=["default", "ascii", "raw"])
def test_idempotent_examples(text: str, config: CleanConfig) -> None:
    once = normalize(text, config=config)
    assert normalize(once, config=config) == once
    assert unicodedata.is_normalized("NFC", once)


# --- the shape of the output -----------------------------------------------------------------


@given(texts(), configs())
def test_output_is_nfc(text: str, config: CleanConfig) -> None:
    assert unicodedata.is_normalized("NFC", normalize(text, config=config))


@given(texts(), configs())
def test_spaces_are_single_plain_and_inside_lines(text: str, config: CleanConfig) -> None:
    result = normalize(text, config=config)
    assert "  " not in result
    for line in result.split("\n"):
        assert line == line.strip(" ")
        assert line == line.strip()  # no tab, no-break or other space at either end
    # Every space separator is a plain space.
    assert not [char for char in result if unicodedata.category(char) == "Zs" and char != " "]
    assert not set(result) & {"\t", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c"}


@given(texts(), configs())
def test_no_invisible_or_control_characters(text: str, config: CleanConfig) -> None:
    result = normalize(text, config=config)
    for char in result:
        category = unicodedata.category(char)
        assert char == "\n" or category not in {"Cc", "Cs"}, repr(char)
        assert char not in {"\u200b", "\u00ad", "\u2060", "\ufeff", "\u180e"}, repr(char)


@given(texts(), configs())
def test_joiners_only_between_visible_characters(text: str, config: CleanConfig) -> None:
    for line in normalize(text, config=config).split("\n"):
        for index, char in enumerate(line):
            if char in {ZWJ, ZWNJ}:
                assert 0 < index < len(line) - 1
                assert not line[index - 1].isspace()
                assert not line[index + 1].isspace()


@given(texts(), configs())
def test_lines_are_kept(text: str, config: CleanConfig) -> None:
    assert normalize(text, config=config).count("\n") == _lf(text).count("\n")


@given(st.lists(any_text(multiline=False) | tricky_text(multiline=False), max_size=8), configs())
def test_normalize_lines_keeps_each_line_in_place(lines: list[str], config: CleanConfig) -> None:
    result = normalize_lines(lines, config=config)
    assert len(result) == len(lines)
    if lines:
        assert result == normalize("\n".join(lines), config=config).split("\n")
    # Each line is normalized on its own: no line leaks into another.
    assert result == [normalize(line, config=config) for line in lines]


@given(texts(), configs())
def test_normalizes_crlf_and_cr_like_lf(text: str, config: CleanConfig) -> None:
    assert normalize(text, config=config) == normalize(_lf(text), config=config)


# --- words are never changed -----------------------------------------------------------------


@given(plain_ascii_text(multiline=True), configs())
def test_plain_ascii_text_is_unchanged(text: str, config: CleanConfig) -> None:
    assert normalize(text, config=config) == text


@given(realistic_text(multiline=True))
def test_realistic_text_is_unchanged(text: str) -> None:
    # Accents, other scripts, curly quotes, dashes, ellipses, euro signs and emoji are kept.
    assert normalize(text) == text
    assert normalize(text, config=NO_REPAIR) == text


@given(realistic_text(multiline=True), st.sampled_from(["\u00a0", "\u2009", "  ", "\t", " \u3000"]))
def test_only_spacing_changes(text: str, space: str) -> None:
    spaced = "\n".join(f"{space}{line.replace(' ', space)}{space}" for line in text.split("\n"))
    assert normalize(spaced) == text


@given(realistic_text(multiline=True), st.data())
def test_invisibles_go_and_nothing_else(text: str, data: st.DataObject) -> None:
    # Invisible characters sprinkled between the characters of normalized text, where they
    # cannot be read as part of mojibake, go; the text is as it was.
    invisible = data.draw(st.sampled_from(["\u200b", "\u2060", "\ufeff", "\x07", "\x1b"]))
    positions = data.draw(st.sets(st.integers(0, len(text))))
    sprinkled = "".join(
        (invisible if index in positions else "") + char for index, char in enumerate(text)
    )
    assert normalize(sprinkled + (invisible if len(text) in positions else "")) == text


@pytest.mark.parametrize(
    "text",
    [
        "“Quoted,” she said — and left…",
        "‘Single’ quotes, it’s – en dash, € 5, £ 3, © 2013, ™",
        "Emoji stay: 😀 ❤️ 👍🏽 🇫🇷 1️⃣",
        f"A family: {FAMILY}",
        "A flag: \U0001f3f3\ufe0f\u200d\U0001f308",
        "東京 日本語 한국어 עברית العربية",
        "Persian keeps its joiner: می\u200cخواهم",
        "teh speling misteaks stay, and so does recieve",
        "A sentence cut mid-",
        "«Guillemets» „Anführungszeichen“",
    ],
)
def test_typographic_text_is_kept_by_default(text: str) -> None:
    assert normalize(text) == text


def test_zero_width_joiner_in_emoji_is_kept() -> None:
    assert normalize(f" {FAMILY} ") == FAMILY
    assert normalize(f"{FAMILY}\u200b{FAMILY}") == FAMILY + FAMILY
    assert normalize(f"\u200d{FAMILY}\u200d") == FAMILY
    assert normalize("x \u200d y") == "x y"


# --- ASCII punctuation -----------------------------------------------------------------------


# Python 3.11's Unicode database (14.0) does not know characters that the newer one of the
# `regex` module (which the code uses) has as letters: U+058B, U+3D000. For a character
# Python has as unassigned (Cn), the newer database decides.
_WORD_CHAR: Final = regex.compile(r"[\p{L}\p{N}\p{M}]")


def _is_word_char(char: str) -> bool:
    """Letter, number or mark (Unicode categories L*, N*, M*)."""
    category = unicodedata.category(char)
    if category == "Cn":
        return _WORD_CHAR.fullmatch(char) is not None
    return category[0] in "LNM"


def _really_ascii(line: str) -> None:
    """ASCII, letters, numbers and marks; ZWJ/ZWNJ only between letters (docs/config.md)."""
    for index, char in enumerate(line):
        if char.isascii() or _is_word_char(char):
            continue
        # Joiners, and the middle dot of Catalan "l·l", are part of the word around them.
        assert char in {ZWJ, ZWNJ, "·"}, f"{char!r} (U+{ord(char):04X}) in {line!r}"
        assert 0 < index < len(line) - 1
        before = line[index - 1]
        after = line[index + 1]
        assert unicodedata.category(before)[0] in "LM", f"{before!r} before a joiner"
        assert unicodedata.category(after)[0] == "L", f"{after!r} after a joiner"


@given(texts())
def test_ascii_punctuation_is_really_ascii(text: str) -> None:
    for line in normalize(text, config=ASCII).split("\n"):
        _really_ascii(line)


_LETTER: Final = frozenset({"Lu", "Ll", "Lt", "Lo"})


def _letters(text: str) -> str:
    # In NFD, so that composing a letter with a mark is not counted as a change. Modifier
    # letters (Lm: ʼ ʹ ˈ) are left out: the ASCII table maps them as apostrophes and primes.
    return "".join(
        char for char in unicodedata.normalize("NFD", text) if unicodedata.category(char) in _LETTER
    )


def _is_subsequence(part: str, whole: str) -> bool:
    rest = iter(whole)
    return all(char in rest for char in part)


@given(texts())
def test_ascii_punctuation_keeps_letters(text: str) -> None:
    # Mojibake repair off: it changes letters on purpose ("Ã©" is "é"), and whether ftfy
    # repairs a garbled run depends on its neighbours, which the ASCII mapping changes.
    kept = normalize(text, config=NO_REPAIR)
    mapped = normalize(text, config=attrs.evolve(ASCII, fix_mojibake=False))
    # Letters stay, in order; symbols may only add the letters of their ASCII spelling
    # ("©" is "(c)", "€" is "EUR").
    assert _is_subsequence(_letters(kept), _letters(mapped))


@given(realistic_text(multiline=True))
def test_ascii_punctuation_keeps_words(text: str) -> None:
    mapped = normalize(text, config=ASCII)
    spelled = {"€": "EUR", "£": "GBP", "©": "(c)", "®": "(R)", "™": "(TM)", "°": "deg", "×": "x"}
    expected = text
    for symbol, spelling in spelled.items():
        expected = expected.replace(symbol, spelling)
    assert _letters(mapped) == _letters(expected)
    for line in mapped.split("\n"):
        _really_ascii(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Quoted,” she said — and left…", '"Quoted," she said -- and left...'),
        ("it’s ‘single’", "it's 'single'"),
        ("1–2, 3‒4, −5", "1-2, 3-4, -5"),
        ("«a» ‹b›", '"a" <b>'),
        ("• item · dot", "* item dot"),
        ("col·lecció", "col·lecció"),
        ("€5 £3 ¥1 © ® ™", "EUR5 GBP3 JPY1 (c) (R) (TM)"),
        ("20°C, 3×4, 6÷2, ±1", "20degC, 3x4, 6/2, +/-1"),
        ("¿Qué? ¡Olé!", "?Qué? !Olé!"),
        ("Emoji go: 😀 ❤️ 👍🏽 🇫🇷 done", "Emoji go: done"),
        (f"{FAMILY} family", "family"),
        ("keycap 1️⃣", "keycap 1"),
        ("naïve café Zürich Straße ﬁne ½ ①", "naïve café Zürich Straße ﬁne ½ ①"),
        ("東京 한국어 עברית العربية", "東京 한국어 עברית العربية"),
        ("می\u200cخواهم", "می\u200cخواهم"),
        ("℃ and ™", "C and (TM)"),
        ("U❤\u0300", "U"),
        ("=❤\u0338", "="),
        ("a ≠ b, x ≤ y → z", "a != b, x <= y -> z"),
        ("a ≢ b", "a b"),
    ],
)
def test_ascii_punctuation_examples(text: str, expected: str) -> None:
    assert normalize(text, config=ASCII) == expected


# --- mojibake --------------------------------------------------------------------------------


@given(mojibake_source(multiline=True), st.sampled_from(MOJIBAKE_ENCODINGS))
def test_mojibake_is_repaired(text: str, encoding: str) -> None:
    try:
        broken = as_mojibake(text, encoding)
    except UnicodeDecodeError:
        # Strict cp1252 has no character for the bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D.
        reject()
    assert broken != text or text.isascii()
    assert normalize(broken) == text
    assert normalize(broken, config=ASCII) == normalize(text, config=ASCII)


@given(mojibake_source(multiline=True), st.data())
def test_mojibake_is_repaired_between_clean_lines(text: str, data: st.DataObject) -> None:
    # Broken and clean lines mixed, as when one paragraph was pasted from elsewhere.
    lines = text.split("\n")
    broken = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    mixed = [
        as_mojibake(line, "sloppy-cp1252") if bad else line
        for line, bad in zip(lines, broken, strict=True)
    ]
    assert normalize("\n".join(mixed)) == text


@given(mojibake_source(), st.sampled_from(["\u200b", "\x07", "\u00ad", "\ufeff"]), st.data())
def test_mojibake_with_invisibles_is_normalized_once_and_for_all(
    text: str, invisible: str, data: st.DataObject
) -> None:
    broken = as_mojibake(text, "sloppy-cp1252")
    position = data.draw(st.integers(0, len(broken)))
    result = normalize(broken[:position] + invisible + broken[position:])
    assert normalize(result) == result


def _plain_mojibake(word: str) -> bool:
    """Whether *word*'s strict cp1252 mojibake holds nothing that normalization removes or
    respaces anyway (no-break spaces, soft hyphens): with repair off it must stay as it is."""
    try:
        broken = as_mojibake(word, "cp1252")
    except UnicodeDecodeError:
        return False
    return not set(broken) & {"\u00a0", "\u00ad"}


_PLAIN_MOJIBAKE: Final = tuple(word for word in REPAIRABLE_WORDS if _plain_mojibake(word))


@given(st.lists(st.sampled_from(_PLAIN_MOJIBAKE), min_size=1, max_size=6).map(" ".join))
def test_mojibake_is_left_alone_without_repair(text: str) -> None:
    broken = as_mojibake(text, "cp1252")
    assert normalize(broken, config=NO_REPAIR) == broken
    assert normalize(broken, config=attrs.evolve(DEFAULT, fix_mojibake=False)) == broken
    assert normalize(broken) == text


def test_plain_mojibake_words_are_many() -> None:
    # The property above must not run on a handful of words.
    assert len(_PLAIN_MOJIBAKE) > len(REPAIRABLE_WORDS) // 2


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        ("CafÃ© au lait", "Café au lait"),
        ("â€œQuotedâ€\x9d and itâ€™s", "“Quoted” and it’s"),
        ("â\x80\x9cLatin-1â\x80\x9d", "“Latin-1”"),
        ("Price: 10â‚¬", "Price: 10€"),
        ("Wait â€” what â€¦", "Wait — what …"),
        ("Ã\xa0 la carte", "à la carte"),
        ("ZÃ¼rich, MalmÃ¶ and SÃ£o Paulo", "Zürich, Malmö and São Paulo"),
        ("Â£5 Â© 2013", "£5 © 2013"),
    ],
)
def test_mojibake_examples(broken: str, expected: str) -> None:
    assert normalize(broken) == expected
    assert fix_mojibake(broken).replace("\xa0", " ") == expected


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: real text a naive repair would break.
        "naïve café, “quoted”",
        "SÃO PAULO, MÃE, IRMÃ",
        "«é»",
        "A ¬ B, 5 ± 1, 3 ° C",
        "Ångström, Ærø, Þór",
    ],
)
def test_text_that_looks_like_mojibake_is_kept(text: str) -> None:
    assert normalize(text) == normalize(text, config=NO_REPAIR)


# --- the small functions, one job each -------------------------------------------------------


@given(texts())
def test_normalize_newlines_property(text: str) -> None:
    result = normalize_newlines(text)
    assert "\r" not in result
    assert result == _lf(text)
    assert normalize_newlines(result) == result
    assert result.replace("\n", "") == text.replace("\r", "").replace("\n", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb\rc\n", "a\nb\nc\n"),
        ("\r\r\n\n", "\n\n\n"),
        ("no line end", "no line end"),
        ("\n\r", "\n\n"),
        ("a\u2028b\x85c", "a\u2028b\x85c"),
    ],
)
def test_normalize_newlines_examples(text: str, expected: str) -> None:
    assert normalize_newlines(text) == expected


@given(texts())
def test_fix_mojibake_keeps_lines(text: str) -> None:
    text = _lf(text)
    assert fix_mojibake(text).count("\n") == text.count("\n")


@given(realistic_text(multiline=True) | plain_ascii_text(multiline=True))
def test_fix_mojibake_keeps_clean_text(text: str) -> None:
    assert fix_mojibake(text) == text


@given(texts())
def test_remove_invisibles_property(text: str) -> None:
    result = remove_invisibles(text)
    assert not set(result) & set(INVISIBLES)
    assert remove_invisibles(result) == result
    assert result.count("\n") == text.count("\n")
    # Only removes: what is left is the text's characters, in order.
    assert _is_subsequence(result, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zero\u200bwidth soft\u00adhyphen \x07bell", "zerowidth softhyphen bell"),
        ("\ufeffBOM and word\u2060joiner", "BOM and wordjoiner"),
        ("C1\x80\x9f controls\x00\x1f\x7f", "C1 controls"),
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
        (f"{FAMILY} \u200d", f"{FAMILY} "),
        ("\u200cstray\u200d \u200djoiners\u200c", "stray joiners"),
        ("می\u200cخواهم", "می\u200cخواهم"),
    ],
)
def test_remove_invisibles_examples(text: str, expected: str) -> None:
    assert remove_invisibles(text) == expected


@given(texts())
def test_nfc_property(text: str) -> None:
    result = nfc(text)
    assert unicodedata.is_normalized("NFC", result)
    assert unicodedata.normalize("NFD", result) == unicodedata.normalize("NFD", text)
    assert nfc(result) == result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cafe\u0301", "Café"),
        ("A\u030a", "\u00c5"),
        ("\u212b", "\u00c5"),  # the angstrom sign is canonically A with ring above
        ("\u2126", "\u03a9"),  # the ohm sign is canonically the Greek capital omega
        ("ﬁ ½ ①", "ﬁ ½ ①"),  # compatibility forms are kept (that would be NFKC)
        ("\u1112\u1161\u11ab", "\ud55c"),  # Hangul jamo compose to a syllable
    ],
)
def test_nfc_examples(text: str, expected: str) -> None:
    assert nfc(text) == expected


@given(texts())
def test_collapse_spaces_property(text: str) -> None:
    text = _lf(text)
    result = collapse_spaces(text)
    assert "  " not in result
    assert all(line == line.strip(" ") for line in result.split("\n"))
    assert result.count("\n") == text.count("\n")
    assert collapse_spaces(result) == result
    # Only spacing changes.
    assert result.split() == text.split()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  two\u00a0 spaces\t\u2003here  \n next ", "two spaces here\nnext"),
        ("a\u202fb\u2009c\u3000d", "a b c d"),
        ("line\u2028separator", "line separator"),
        ("\n  \n", "\n\n"),
        ("After a sentence.  Two spaces.", "After a sentence. Two spaces."),
    ],
)
def test_collapse_spaces_examples(text: str, expected: str) -> None:
    assert collapse_spaces(text) == expected


@given(any_text(max_size=30).map(nfc))
def test_to_ascii_punctuation_property(text: str) -> None:
    for line in text.split("\n"):
        result = to_ascii_punctuation(line)
        assert _is_subsequence(_letters(line), _letters(result))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Café” — isn’t it… ❤️ 1–2", '"Café" -- isn\'t it... 1-2'),
        ("plain ASCII stays", "plain ASCII stays"),
        ("‘’‚‛", "''''"),
        ("“”„‟", '""""'),
        ("–—", "---"),
    ],
)
def test_to_ascii_punctuation_examples(text: str, expected: str) -> None:
    assert to_ascii_punctuation(text) == expected


def test_typographic_characters_are_all_mapped() -> None:
    for char in TYPOGRAPHIC:
        mapped = to_ascii_punctuation(char)
        assert mapped
        assert mapped.isascii(), char


def test_normalize_lines_examples() -> None:
    assert normalize_lines(["  a\u00a0 b ", "", "c"]) == ["a b", "", "c"]
    assert normalize_lines([]) == []
    assert normalize_lines([""]) == [""]
    assert normalize_lines(["CafÃ©", "x\u200b"], config=ASCII) == ["Café", "x"]


def test_normalize_examples() -> None:
    assert normalize("  Itâ€™s\u00a0 a\u200b test…  ") == "It’s a test…"
    assert normalize("It’s a test…", config=ASCII) == "It's a test..."
    assert normalize("") == ""
    assert normalize("\r\n") == "\n"
    assert normalize(" \u200b \n\t") == "\n"
