"""Dumps folded at a fixed width (``lynx -dump``, ``w3m`` at 80 columns, mail archives):
their paragraphs are joined back, and the document is the one of the same page unfolded."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from herseeds import Document, clean, explain
from herseeds.decisions import WrapFacts
from herseeds.segmenting.paragraphs import WRAPPED, wrap_width
from herseeds.testing import GeneratedPage, folded, pages

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def _meaning(doc: Document) -> tuple[object, ...]:
    return (
        doc.title,
        doc.subtitle,
        doc.author,
        doc.article,
        doc.comments,
        doc.declared_comment_count,
    )


@pytest.mark.parametrize("width", [72, 80, 100])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_a_folded_seed_gives_the_document_of_the_seed(seed: Path, width: int) -> None:
    text = seed.read_text(encoding="utf-8")
    page = folded(text, width)
    assert wrap_width(page.split("\n")) is not None
    assert _meaning(clean(page)) == _meaning(clean(text))


@given(pages(noise=False), st.integers(72, 100))
def test_a_folded_page_gives_the_document_of_the_page(page_: GeneratedPage, width: int) -> None:
    text = folded(page_.text, width)
    detected = wrap_width(text.split("\n"))
    assume(detected is not None)  # too little folded to tell
    assert detected is not None
    # A block that ends as full as a folded line, with another block on the next line, is
    # one paragraph to anyone who reads the folded page: no rule can tell them apart.
    assume(not _ends_full(page_.text, width, detected))
    # A folded line that repeats the one above reads as a caption repeating its image's
    # alt text (generated prose repeats its sentences, as real prose rarely does).
    assume(not _repeats_above(text.split("\n")))
    assert _meaning(clean(text)) == _meaning(clean(page_.text))


def _ends_full(text: str, width: int, detected: int) -> bool:
    pieces: list[tuple[str, bool]] = []  # each folded line, and whether it ends a block
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        parts = folded(line, width).split("\n")
        pieces.extend((part, position == len(parts) - 1) for position, part in enumerate(parts))
    return any(
        ends
        and above.strip()
        and line.strip()
        and len(above.rstrip()) + 1 + len(line.split()[0]) > detected
        for (above, ends), (line, _) in pairwise(pieces)
    )


def _repeats_above(lines: list[str]) -> bool:
    return any(
        above.strip() and line.strip().startswith(above.strip().rstrip(".!?…:;, "))
        for above, line in pairwise(lines)
    )


@given(pages())
def test_a_page_that_is_not_folded_is_read_line_by_line(page_: GeneratedPage) -> None:
    assert all(decision.rule != WRAPPED for _, decision in explain(page_.text))


def test_each_folded_line_has_the_label_of_its_paragraph() -> None:
    paragraphs = (
        "The batter rests while the oven heats, which gives the flour time to soak up the "
        "liquid and the crumb time to set; bake it in a loaf tin and let it cool first.",
        "Whisk the yoghurt with the eggs and the zest of two lemons until the mixture is "
        "pale, then fold in the flour with a spatula, as little as you can.",
        "A glaze of icing sugar and lemon juice keeps for a week in the fridge; pour it "
        "over the cake once it has cooled, or it runs off the sides and soaks in.",
        "Bake it for forty minutes at a moderate heat, until a skewer comes out clean "
        "from the middle, and turn it out onto a rack once the tin is cool to hold.",
    )
    page = folded("Lemon Cake\n\n" + "\n\n".join(paragraphs) + "\n\nShare this:\n", 60)
    decided = explain(page)
    wrapped = [decision for _, decision in decided if decision.rule == WRAPPED]
    assert wrapped
    assert all(decision.label == "article" for decision in wrapped)
    assert all(decision.facts == (WrapFacts(width=60),) for decision in wrapped)
    doc = clean(page)
    assert doc.article == paragraphs
    assert len(doc.labels) == len(page.split("\n"))


def test_a_byline_after_a_full_headline_is_no_part_of_it() -> None:
    headline = "A Headline Long Enough To Fill Almost All Of The Line It Stands"
    prose = " ".join(["The cake rests while the oven heats and the glaze sets."] * 6)
    page = folded(f"{headline}\nBy Jane Doe\n\n" + "\n\n".join([prose] * 3) + "\n", 66)
    doc = clean(page)
    assert doc.title == headline
    assert doc.author.name == "Jane Doe"


@pytest.mark.parametrize(
    "lines",
    [
        ["A paragraph of any length, as one line. " * k for k in range(1, 9)],
        ["Short.", "Lines.", "Only."] * 5,
        [],
    ],
)
def test_pages_that_are_not_folded(lines: list[str]) -> None:
    assert wrap_width(lines) is None
