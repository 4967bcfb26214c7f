"""Finding a page's rendered lines in the main content trafilatura gives as text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from herseeds.html.main import MainText, letters

PARAGRAPH = "While co-sleeping may be a fine solution for some families, many parents disagree."


def test_lines_are_found_whatever_spaces_and_punctuation_trafilatura_wrote() -> None:
    # trafilatura glues a list item's blocks and cuts a table cell's inline elements.
    main = MainText(
        '- The Honour Series Chess Pieces - 4.0" KingSpecial Price $173.00\n'
        "1.\nSigNoz\n(\nsignoz.io\n)"
    )
    assert main.flags(
        [
            'The Honour Series Chess Pieces - 4.0" King',
            "Special Price $173.00",
            "SigNoz (signoz.io)",
        ]
    ) == [True, True, True]


def test_a_line_trafilatura_could_not_repair_is_found_by_its_letters() -> None:
    # A double-encoded quote: the page's bytes say `youâ\x80\x99re`, trafilatura drops
    # the control characters, the renderer keeps them for the normalizer to repair.
    main = MainText("Whether youâre a single parent or part of a team, agree on a plan.")
    assert main.flags(
        ["Whether youâ\x80\x99re a single parent or part of a team, agree on a plan."]
    ) == [True]


def test_a_short_line_belongs_where_it_continues_the_main_content() -> None:
    main = MainText(f"{PARAGRAPH}\n17 hours ago\nSearch engines index this page slowly, we found.")
    lines = [
        "Search",
        PARAGRAPH,
        "17 hours ago",
        "Search engines index this page slowly, we found.",
    ]
    # "Search" is a word of the main content, but the menu item stands nowhere near it.
    assert main.flags(lines) == [False, True, True, True]


def test_a_page_printing_a_paragraph_twice_has_it_once_in_the_main_content() -> None:
    main = MainText(PARAGRAPH)
    assert main.flags([PARAGRAPH, "Menu", PARAGRAPH]) == [True, False, False]


def test_a_heading_left_out_does_not_take_the_place_of_its_paragraph() -> None:
    # The heading's letters start the paragraph's: the paragraph, longer, is placed first.
    text = "Microsoft Power BI is a business intelligence platform with support for many sources."
    main = MainText(text)
    assert main.flags(["Microsoft Power BI", text]) == [False, True]


def test_lines_without_letters_follow_the_line_before() -> None:
    main = MainText(f"{PARAGRAPH}\n|\nAnother paragraph of the article, long enough.")
    lines = ["|", PARAGRAPH, "|", "Another paragraph of the article, long enough.", "•"]
    assert main.flags(lines) == [False, True, True, True, False]


@given(
    st.lists(
        st.text(st.characters(codec="utf-8"), min_size=1, max_size=80),
        min_size=1,
        max_size=12,
        unique_by=letters,
    )
)
def test_every_paragraph_of_the_main_content_is_found(paragraphs: list[str]) -> None:
    lines = [p for p in paragraphs if len(letters(p)) >= 16 and "\n" not in p]
    main = MainText("\n".join(lines))
    # Keys of 16 letters or more, each found once only: each has a place of its own.
    whole = letters("".join(lines))
    if all(whole.find(letters(p)) == whole.rfind(letters(p)) for p in lines):
        assert main.flags(lines) == [True] * len(lines)


@given(st.lists(st.text(max_size=60), max_size=30), st.text(max_size=400))
def test_any_lines_get_one_flag_each(lines: list[str], text: str) -> None:
    flags = MainText(text).flags(lines)
    assert len(flags) == len(lines)
    assert all(not flag for flag, line in zip(flags, lines, strict=True) if not line.strip())
