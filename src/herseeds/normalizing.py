"""Text normalization: ``str -> str`` functions with one job each, composed by :func:`normalize`.

Every function keeps the number of lines (``\\n`` is never added or removed), so a page can be
normalized once, as a whole, and its lines still line up with the input's labels. The work
is done with whole-text regular expressions rather than Python loops over characters, and
ftfy (slow) runs only on the lines a cheap pattern finds suspect.

Simple character classes use the standard library's `re`, which scans them several times
faster than `regex`; `regex` serves the patterns that need Unicode properties (``\\p{L}``).

Words are never changed: no spelling fixes, no re-joining, no re-wrapping.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import ftfy
import regex

from herseeds.model import CleanConfig, checked_config

__all__ = [
    "collapse_spaces",
    "fix_mojibake",
    "nfc",
    "normalize",
    "normalize_lines",
    "normalize_newlines",
    "remove_invisibles",
    "to_ascii_punctuation",
]

# ftfy's encoding repair, without the steps that change characters people chose on purpose:
# curly quotes, full-width forms and ligatures stay, HTML entities stay literal, and
# normalization is ours (NFC, see `nfc`).
_FTFY_CONFIG: Final = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# The cp1252 characters that stand for the bytes 0x80-0xBF: the continuation bytes of UTF-8.
_CONTINUATION: Final = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# A UTF-8 lead byte read as Latin-1/cp1252 (Â..ô) followed by a continuation byte, a C1
# control, or a lone surrogate: the cheap sign that a line may hold mojibake. The first
# pattern is a fast pre-check: most pages have none of these characters at all.
_SUSPECT_START: Final = re.compile("[\u00c2-\u00f4\u0080-\u009f\ud800-\udfff]")
_SUSPECT: Final = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]|[\u0080-\u009f\ud800-\udfff]")


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR line ends into LF, as page dumps are read.

    >>> normalize_newlines("a\\r\\nb\\rc\\n")
    'a\\nb\\nc\\n'
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 text that was decoded as Latin-1 or cp1252, line by line.

    Only lines a cheap pattern finds suspect go through ftfy; curly quotes are kept.

    >>> fix_mojibake("CafÃ© â€œau laitâ€\\x9d")
    'Café “au lait”'
    >>> fix_mojibake("naïve café, “quoted”")
    'naïve café, “quoted”'
    """
    if _SUSPECT_START.search(text) is None:
        return text
    pieces: list[str] = []
    done = 0  # text[:done] is in `pieces` already
    for found in _SUSPECT.finditer(text):
        if found.start() < done:
            continue  # on a line repaired already
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        pieces.append(text[done:start])
        pieces.append(_fix_line(text[start:end]))
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _fix_line(line: str) -> str:
    fixed: str = ftfy.fix_text(line, config=_FTFY_CONFIG)
    # ftfy decodes line by line and must not change how many lines there are.
    return fixed if "\n" not in fixed else fixed.replace("\n", " ")


# Characters that take no room and carry no meaning in a corpus: zero-width space, word
# joiner, BOM / zero-width no-break space, Mongolian vowel separator, soft hyphen, and C0/C1
# controls other than tab and newline. Surrogates cannot be encoded at all and go too.
_INVISIBLE: Final = re.compile(
    "[\u200b\u2060\ufeff\u180e\u00ad\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff]+"
)
# Zero-width (non-)joiners matter between two visible characters (emoji sequences, Indic and
# Persian scripts); at the edge of a word or line they are stray.
_STRAY_JOINER: Final = regex.compile(
    r"(?<![^\s\u200c\u200d])[\u200c\u200d]+|[\u200c\u200d]+(?![^\s\u200c\u200d])"
)


def remove_invisibles(text: str) -> str:
    """Remove zero-width spaces, soft hyphens, control characters and stray joiners.

    A zero-width joiner inside an emoji sequence (or a word) stays.

    >>> remove_invisibles("zero\\u200bwidth soft\\u00adhyphen \\x07bell")
    'zerowidth softhyphen bell'
    >>> remove_invisibles("family \\U0001f468\\u200d\\U0001f469\\u200d\\U0001f467 \\u200d")
    'family 👨\\u200d👩\\u200d👧 '
    """
    text = _INVISIBLE.sub("", text)
    if "\u200c" in text or "\u200d" in text:
        text = _STRAY_JOINER.sub("", text)
    return text


def nfc(text: str) -> str:
    """Return *text* in Unicode normalization form C (composed characters).

    >>> nfc("Cafe\\u0301") == "Caf\\u00e9"
    True
    """
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


# Any whitespace (str.isspace) other than a plain space and the line end: tab, no-break
# space, the Unicode space separators, and the line/paragraph separators, which are not line
# ends in a page dump.
_ODD_SPACE: Final = re.compile(
    "[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_SPACE_RUN: Final = re.compile("  +")


def collapse_spaces(text: str) -> str:
    """Turn every space separator into a plain space, collapse runs, strip each line.

    >>> collapse_spaces("  two\\u00a0 spaces\\t\\u2003here  \\n next ")
    'two spaces here\\nnext'
    """
    text = _ODD_SPACE.sub(" ", text)
    text = _SPACE_RUN.sub(" ", text)
    if " \n" in text or "\n " in text or text.startswith(" ") or text.endswith(" "):
        text = "\n".join([line.strip(" ") for line in text.split("\n")])
    return text


_ASCII_PUNCTUATION: Final = {
    **dict.fromkeys("‘’‚‛′‵ʹʼˈ`´", "'"),
    **dict.fromkeys("“”„‟″‶〝〞«»", '"'),
    **dict.fromkeys("‹", "<"),
    **dict.fromkeys("›", ">"),
    **dict.fromkeys("‐‑‒–⁃−﹘﹣－", "-"),
    **dict.fromkeys("—―⸺⸻", "--"),
    "…": "...",
    "‥": "..",
    **dict.fromkeys("•‣◦▪▫●○∙⁌⁍", "*"),
    "⁄": "/",
    "×": "x",
    "÷": "/",
    "©": "(c)",
    "®": "(R)",
    "™": "(TM)",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "¢": "c",
    "§": "S",
    "¶": "P",
    "°": "deg",
    "±": "+/-",
    "≠": "!=",
    "≤": "<=",
    "≥": ">=",
    "≈": "~",
    "→": "->",
    "←": "<-",
    "⇒": "=>",
    "↔": "<->",
    "¡": "!",
    "¿": "?",
}
_ASCII_TABLE: Final = str.maketrans(_ASCII_PUNCTUATION)
# After the table: any punctuation, symbol or emoji-sequence part that is still not ASCII.
# Joiners stay only inside a word (Persian, Indic scripts); variation selectors and the
# keycap mark belong to emoji, which have no ASCII form. A symbol goes with the combining
# marks on it: left behind, they would land on the letter before it ("U❤\u0300" is not "Ù").
# The middle dot inside a word is a letter joiner too (Catalan "col·lecció").
_NON_ASCII_SYMBOL: Final = regex.compile(
    r"[^\x00-\x7f\p{L}\p{N}\p{M}\s\u200c\u200d\u00b7]\p{M}*|[\ufe00-\ufe0f\u20e3]"
    r"|[\u200c\u200d\u00b7](?!\p{L})|(?<!\p{L}\p{M}*)[\u200c\u200d\u00b7]"
)


def to_ascii_punctuation(text: str) -> str:
    """Map non-ASCII punctuation and symbols to ASCII; drop emoji and symbols without one.

    Letters, digits and their accents are words, and stay as they are.

    >>> to_ascii_punctuation("“Café” — isn’t it… ❤️ 1–2")
    '"Café" -- isn\\'t it... 1-2'
    """
    if text.isascii():
        return text
    text = text.translate(_ASCII_TABLE)
    if text.isascii():
        return text
    return _SPACE_RUN.sub(" ", _NON_ASCII_SYMBOL.sub(_ascii_symbol, text)).strip(" ")


def _ascii_symbol(match: regex.Match[str]) -> str:
    # Only a compatibility form has an ASCII spelling ("＂" is '"', "℃" is "°C"); a canonical
    # decomposition is a different symbol ("≠" is "=" with a stroke, not "=").
    if not unicodedata.decomposition(match.group()[0]).startswith("<"):
        return ""
    decomposed = unicodedata.normalize("NFKD", match.group())
    ascii_part = decomposed.encode("ascii", "ignore").decode("ascii")
    return ascii_part if ascii_part.strip() else ""


def normalize(text: str, *, config: CleanConfig | None = None) -> str:
    """Normalize *text* as docs/output-format.md (Normalization) says, keeping its lines.

    Repairs mojibake (optional), removes invisible characters, composes to NFC, turns every
    space separator into a plain space, collapses runs of spaces and strips each line.
    Typographic quotes, dashes, ellipses and emoji stay unless ``config.ascii_punctuation``.
    Normalizing twice changes nothing.

    >>> normalize("  Itâ€™s\\u00a0 a\\u200b test…  ")
    'It’s a test…'
    >>> normalize("It’s a test…", config=CleanConfig(ascii_punctuation=True))
    "It's a test..."
    """
    config = checked_config(config)
    text = normalize_newlines(text)
    result = _normalize_once(text, config)
    if result == text or not _may_change_again(result, config):
        return result
    # Each step is idempotent, but one step can give another new work: removing a control
    # character, a zero-width space or (with `ascii_punctuation`) a symbol can join the two
    # halves of a mojibake sequence ("Â\x1f\x80" becomes "Â\x80", which ftfy repairs to
    # "€"), or a letter and a combining mark that NFC then composes. So the lines that a pass
    # changed go through the steps again until they stop changing, which makes `normalize`
    # idempotent. A line a pass leaves alone is final, since every step works line by line;
    # in practice a second pass over the changed lines is all it takes.
    lines = result.split("\n")
    todo = [
        index
        for index, (old, new) in enumerate(zip(text.split("\n"), lines, strict=True))
        if old != new
    ]
    for _ in range(_MAX_PASSES):
        again = _normalize_once("\n".join(lines[index] for index in todo), config).split("\n")
        todo_next = [index for index, line in zip(todo, again, strict=True) if line != lines[index]]
        if not todo_next:
            break
        for index, line in zip(todo, again, strict=True):
            lines[index] = line
        todo = todo_next
    return "\n".join(lines)


_MAX_PASSES: Final = 8
"""A bound against endless loops; random testing never needed more than three passes."""


def _normalize_once(text: str, config: CleanConfig) -> str:
    """One pass of every step, in order."""
    if config.fix_mojibake:
        text = fix_mojibake(text)
    text = remove_invisibles(text)
    text = nfc(text)
    if config.ascii_punctuation:
        text = "\n".join([to_ascii_punctuation(line) for line in text.split("\n")])
    return collapse_spaces(text)


def _may_change_again(text: str, config: CleanConfig) -> bool:
    """Whether another pass could change *text*: cheap whole-page checks.

    Spacing, ASCII mapping and joiner removal are final after one pass; only a line that
    still looks like mojibake (ftfy's decision depends on the whole line, so stripping a
    no-break space can tip it), still holds an invisible character, or is not NFC can change.
    """
    return (
        (
            config.fix_mojibake
            and _SUSPECT_START.search(text) is not None
            and _SUSPECT.search(text) is not None
        )
        or _INVISIBLE.search(text) is not None
        or not unicodedata.is_normalized("NFC", text)
    )


def normalize_lines(lines: list[str], *, config: CleanConfig | None = None) -> list[str]:
    """Normalize a page's lines in one pass over the joined text; return as many lines.

    Lines must not contain ``\\n``.

    >>> normalize_lines(["  a\\u00a0 b ", "", "c"])
    ['a b', '', 'c']
    """
    if not lines:
        # Joined, no lines would read as one empty line.
        return []
    return normalize("\n".join(lines), config=config).split("\n")
