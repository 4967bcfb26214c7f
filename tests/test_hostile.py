"""Hostile and broken input: a Document for every text, a clear error for every non-text.

``clean`` is total on ``str``: whatever the page (empty, huge, one endless line, control
characters, lone surrogates, right-to-left or CJK text, absurd nesting, nothing but chrome
or nothing but comments), it returns a document that accounts for every line
(:func:`herseeds._invariants.check_document`). ``clean_file`` takes any bytes: text in any
encoding gives a document, anything else a :class:`herseeds.NotTextError` naming the file.
The sizes are the issue's own; time and memory are measured by
``benchmarks/bench_hostile.py``, not asserted here.
"""

from __future__ import annotations

import codecs
import gzip
import tempfile
from pathlib import Path
from typing import Final

import attrs
import ftfy.bad_codecs  # noqa: F401 (the sloppy-windows-1252 codec)
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import herseeds
from herseeds import CleanConfig, HerseedsError, NotTextError
from herseeds._invariants import check_document
from herseeds.html import render_html
from herseeds.patterns import CHROME_PATTERNS
from herseeds.reading import decode, is_html
from herseeds.testing import comment_threads, pages, paragraphs

PARAGRAPH: Final = (
    "She spoke to the operating system every night, and the city went on outside the "
    "window as if nothing had changed."
)
RTL: Final = "הסרט מספר על אדם שמתאהב במערכת הפעלה. \u202bفيلم عن الوحدة والحب.\u202c"
CJK: Final = "映画は孤独についての物語です主人公はオペレーティングシステムに恋をします"
CHROME_EXAMPLES: Final = tuple(entry.example for entry in CHROME_PATTERNS.patterns)


def _nested(levels: int) -> str:
    """A reply thread *levels* deep, each reply indented two spaces more than its parent."""
    return "\n".join(f"{'  ' * level}{level + 1}. Reply number {level}." for level in range(levels))


def _only_comments() -> str:
    lines = ["12 Comments", ""]
    for number in range(1, 13):
        lines += [f"  {number}. Reader {number} says:", "", f"    {PARAGRAPH}", ""]
    return "\n".join(lines)


# The list, at its sizes.
HOSTILE_PAGES: Final = {
    "empty": "",
    "whitespace only": " \t\n\u00a0\n\u3000 \r\n\n   ",
    "one 10 MB line": "word " * 2_000_000,
    "200 000 one-character lines": "x\n" * 200_000,
    "NUL and control characters": "\x00\x01\x02 text\x07\x1b[31m\x7f\x85\x9c\x00\n\x0b\x0c\x1f"
    * 50,
    "lone surrogates": f"\ud800{PARAGRAPH}\udfff\n\n\udce9t\udce9\n\ud83d",
    "right-to-left text": "\n\n".join([RTL] * 20),
    "CJK without spaces": "\n\n".join([CJK * 40] * 20),
    "5 000 nested list levels": _nested(5_000),
    "only chrome": "\n".join(CHROME_EXAMPLES),
    "only comments": _only_comments(),
    "mojibake on every line": "\n".join(["CafÃ© â€œquotedâ€\x9d â€” itâ€™s"] * 500),
    "carriage returns only": "a line\rand another\r\rthird\r",
    "a million blank lines": "\n" * 1_000_000,
}


@pytest.mark.parametrize("name", HOSTILE_PAGES)
def test_clean_returns_a_lossless_document_for_every_hostile_page(name: str) -> None:
    text = HOSTILE_PAGES[name]
    check_document(herseeds.clean(text), text)
    if len(text) < 100_000:  # the other settings change only how lines are normalized
        config = CleanConfig(ascii_punctuation=True, fix_mojibake=False)
        check_document(herseeds.clean(text, config=config), text, config)


def test_only_chrome_is_all_chrome() -> None:
    document = herseeds.clean(HOSTILE_PAGES["only chrome"])
    assert document.article == ()
    assert all(label.startswith("chrome:") for label in document.labels)


def test_only_comments_is_all_comments() -> None:
    document = herseeds.clean(HOSTILE_PAGES["only comments"])
    assert document.article == ()
    assert len(document.comments) == 12
    assert document.declared_comment_count == 12


def test_deep_nesting_keeps_every_reply() -> None:
    document = herseeds.clean("Comments\n\n" + _nested(5_000))
    assert len(document.comments) + len(document.article) >= 1
    check_document(document, "Comments\n\n" + _nested(5_000))


# -- properties: hostile lines, and generated pages spoiled by them -------------------------

_HOSTILE_PIECES: Final = st.one_of(
    st.sampled_from(["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9c", "\x0b", "\x0c", "\r"]),
    st.sampled_from(["\ud800", "\udfff", "\udce9", "\ud83d"]),  # lone surrogates
    st.sampled_from(["\u202b", "\u202e", "\u200f", "\u2067", "\u2069"]),  # bidi controls
    st.sampled_from([RTL[:30], CJK[:12], "\u0301\u0301\u0301", "\ufeff", "\u2028"]),
    st.sampled_from(CHROME_EXAMPLES),
    st.sampled_from(["  1. ", "    • ", "        2) ", " " * 40, "\t\t"]),
    st.sampled_from(["Ã©", "â€™", "Â\u00a0", "ðŸ™‚"]),
    st.text(max_size=8),
)
hostile_lines = st.lists(_HOSTILE_PIECES, max_size=12).map("".join)
hostile_text = st.lists(hostile_lines, min_size=1, max_size=30).map("\n".join)
CONFIGS: Final = (None, CleanConfig(ascii_punctuation=True), CleanConfig(fix_mojibake=False))


_FOLDED_HOSTILE: Final = (
    # Read as a folded dump: the comment form's line and the line under it are one
    # paragraph of the article, their lines joined with a space, and nothing lost.
    f"{RTL[:30]}{RTL[:30]}\n\x00{RTL[:30]}36 thoughts on “A Future Tale”\n"
    "Fill in your details below or click an icon to log in:\n"
    f"{chr(0) * 10}{RTL[:30]}\n{RTL[:30]}{RTL[:30]}\n\x00{RTL[:30]}{RTL[:30]}"
)


@given(hostile_text, st.sampled_from(CONFIGS))
@example(_FOLDED_HOSTILE, None)
def test_clean_loses_nothing_on_hostile_text(text: str, config: CleanConfig | None) -> None:
    check_document(herseeds.clean(text, config=config), text, config)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(pages(noise=True), st.lists(st.tuples(st.integers(0, 10**6), hostile_lines), max_size=5))
def test_clean_loses_nothing_on_generated_pages_with_hostile_lines(
    page: herseeds.testing.GeneratedPage, insertions: list[tuple[int, str]]
) -> None:
    """A realistic page (article, chrome, a comment thread) with hostile lines put in
    anywhere: the structure may be lost, but never a line."""
    lines = page.text.split("\n")
    for position, line in insertions:
        lines.insert(position % (len(lines) + 1), line)
    text = "\n".join(lines)
    check_document(herseeds.clean(text), text)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(comment_threads(), st.integers(1, 60))
def test_a_thread_indented_absurdly_deep_loses_nothing(
    thread: herseeds.testing.GeneratedThread, extra: int
) -> None:
    text = "\n".join(" " * 4 * extra + line if line.strip() else line for line in thread.lines)
    check_document(herseeds.clean(text), text)


# -- clean_file: any bytes ----------------------------------------------------------------


def _clean_bytes(data: bytes, name: str = "page.txt") -> herseeds.Document | NotTextError:
    """clean_file on *data*: the document (checked against the decoded text, returned
    without its ``source``), or the NotTextError, which must name the file. Any other
    exception fails the test."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        result: herseeds.Document | NotTextError
        try:
            result = herseeds.clean_file(path)
        except NotTextError as error:
            result = error
    if isinstance(result, NotTextError):
        assert name in str(result)
        return result
    # An HTML page (told by its content) is labelled line by line as it is rendered.
    check_document(result, "\n".join(render_html(data)) if is_html(data) else decode(data))
    return attrs.evolve(result, source=None)


UNICODE_CODECS: Final = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32")


def _page_of(text: str) -> herseeds.testing.GeneratedPage:
    """A generated page of *text*, for an explicit example of a test that reads only the
    text (its truth is left empty)."""
    lines = text.split("\n")
    return herseeds.testing.GeneratedPage(
        text, None, None, herseeds.Author(), (), (), None, ("article",) * len(lines)
    )


@settings(max_examples=60)
@given(pages(), st.sampled_from(UNICODE_CODECS))
# Found by random runs (issue 8): mojibake's C1 controls in UTF-16LE without a BOM.
@example(
    page=_page_of(
        "Share this:\n   \nSheÂ\xa0did not imagine every couple quietly.  She did not imagine "
        "every couple quietly. \n   \nSign up for our weekly newsletter\n   \nEnter your "
        "email address\n   \nBy clicking “Sign up”, you agree to our Terms of Use and Privacy "
        "Policy.\n   \nShe did not imagine every couple quietly.  Their crowded neighbour "
        "imagined our window without that memory twice, our teacher said, â\x80\x9cyou "
        "repeated the page after their whole journey.â\x80\x9d \n   \nShe did not imagine "
        "every couple quietly.  She did not imagine every couple quietly. \n   \nAbout the "
        "author\n   \nAdaÂ\xa0de Souza is a writer based in Lisbon. \n   \nNo Comments\n   "
        "\nLeave a Comment"
    ),
    codec="utf-16-le",
)
def test_a_page_in_any_unicode_encoding_gives_the_same_document(
    page: herseeds.testing.GeneratedPage, codec: str
) -> None:
    """UTF-8, UTF-16 and UTF-32, with a BOM or (UTF-16) without."""
    document = _clean_bytes(page.text.encode(codec))
    assert document == herseeds.clean(page.text.removeprefix("\ufeff"))


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("shift_jis", f"{CJK}\n\n{CJK[:20]}です。\n"),
        ("euc-jp", f"{CJK}\n\n{CJK[:20]}です。\n"),
        ("gb18030", "这是一部关于孤独和爱情的电影。\n\n主人公爱上了操作系统。\n"),
        ("cp1251", "Это фильм об одиночестве и любви.\n\nГерой влюбляется в систему.\n"),
        ("cp1252", "A café, a naïve “hero” — and déjà vu.\n\nThe end…\n"),
        ("latin-1", "A café, a naïve hero, and déjà vu in Zürich.\n\nThe end.\n"),
        ("cp1255", "הסרט מספר על אדם שמתאהב במערכת הפעלה.\n\nסוף.\n"),
    ],
)
def test_legacy_encodings_give_the_same_document(codec: str, text: str) -> None:
    assert _clean_bytes(text.encode(codec)) == herseeds.clean(text)


def test_mixed_encodings_give_the_text() -> None:
    text = "A café in “Her” — notes.\n\nOld comment: naïve, déjà vu.\n\nこれは日本語です。\n"
    lines = text.split("\n")
    data = b"\n".join(
        [lines[0].encode(), b"", lines[2].encode("cp1252"), b"", lines[4].encode(), b""]
    )
    assert _clean_bytes(data) == herseeds.clean(text)


def test_mojibake_file_is_repaired() -> None:
    text = "A café in “Her” — it’s quiet.\n"
    data = text.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8")
    document = _clean_bytes(data)
    assert isinstance(document, herseeds.Document)
    assert document.article == ("A café in “Her” — it’s quiet.",)


BINARY: Final = {
    "a PNG image": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "a JPEG image": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)),
    "a gzip file": gzip.compress(PARAGRAPH.encode() * 20),
    "random bytes with NULs": bytes((i * 7919 + 13) % 256 for i in range(4096)),
    "a UTF-16 BOM on binary": codecs.BOM_UTF16_LE + b"\x00\xd8\x00\xd8" * 10,
}


@pytest.mark.parametrize("kind", BINARY)
def test_binary_gives_not_text_naming_the_file(kind: str) -> None:
    result = _clean_bytes(BINARY[kind], name="download.txt")
    assert isinstance(result, NotTextError)
    assert isinstance(result, HerseedsError)


@given(st.binary(max_size=2000))
def test_clean_file_on_any_bytes_gives_a_document_or_not_text(data: bytes) -> None:
    _clean_bytes(data)


@given(
    st.lists(st.sampled_from([*BINARY.values(), *(PARAGRAPH.encode(c) for c in UNICODE_CODECS)]))
)
def test_clean_file_on_spliced_files(parts: list[bytes]) -> None:
    """Files glued together (a text page and an image, two encodings): never a crash."""
    _clean_bytes(b"\n".join(parts))


@settings(max_examples=30)
@given(paragraphs(), st.sampled_from(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]))
def test_unicode_without_a_bom(paragraph: str, codec: str) -> None:
    text = f"{paragraph}\n\n{CJK}\n"
    assert _clean_bytes(text.encode(codec)) == herseeds.clean(text)
