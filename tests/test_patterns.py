"""The chrome pattern table: every entry documented, its example matched, prose left alone."""

from __future__ import annotations

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import herseeds
from herseeds.languages import VOCABULARIES
from herseeds.model import is_valid_label
from herseeds.patterns import BYLINE_PATTERNS, CHROME_PATTERNS, LinePattern, PatternTable

ENTRIES = [*CHROME_PATTERNS.patterns, *BYLINE_PATTERNS.patterns]


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry.name for entry in ENTRIES])
def test_every_entry_is_documented_and_matches_its_example(entry: LinePattern) -> None:
    assert entry.doc.strip()
    assert entry.example.strip()
    table = CHROME_PATTERNS if entry in CHROME_PATTERNS.patterns else BYLINE_PATTERNS
    found = table.match(entry.example)
    assert found is not None
    # The example is decided by its own entry, or by an earlier one of the same kind.
    assert found[0].kind == entry.kind


@pytest.mark.parametrize("entry", CHROME_PATTERNS.patterns, ids=lambda entry: entry.name)
def test_chrome_kinds_make_valid_labels(entry: LinePattern) -> None:
    assert is_valid_label("chrome:" + entry.kind)


def test_pattern_names_must_be_unique() -> None:
    entry = CHROME_PATTERNS.patterns[0]
    with pytest.raises(ValueError, match="unique"):
        PatternTable((entry, entry))


# Prose that shares words with chrome. Each line must stay in the article.
LOOK_ALIKES = [
    "Reply to this question and the film has no answer.",
    "Like this, the story unfolds slowly over two hours.",
    "Related to that, Samantha grows beyond her programming.",
    "Share this feeling with someone you love, the film says.",
    "Posted on a wall in his apartment is a letter he never sent.",
    "By the end of the film, Theodore has learned to let go.",
    "By Sunday morning, everything had changed for him.",
    "Photographs of his ex-wife fill the frame in that scene.",
    "Pictures of the city at night look warm and hazy.",
    "Subscribe to nothing, the operating system seems to say, and you will be free.",
    "Comments like hers make the film feel real.",
    "The advertisement in the elevator speaks to him by name.",
    "Leave a reply in your head, the narrator suggests, and move on.",
    "Warner Bros. released the film in December, and it found an audience.",
    "Read more slowly, and the letters reveal their author.",
    "Loading the new operating system takes only a moment.",
    "Home is where Theodore feels most alone.",
    "Next post-production choices gave the film its warm palette.",
]


def test_look_alike_prose_stays_in_the_article() -> None:
    page = "Her\n\n" + "\n\n".join(LOOK_ALIKES) + "\n"
    document = herseeds.clean(page)
    assert list(document.article) == LOOK_ALIKES


@given(st.sampled_from(LOOK_ALIKES), st.sampled_from(LOOK_ALIKES))
def test_look_alikes_stay_whatever_their_neighbours(first: str, second: str) -> None:
    page = f"A Title\n\n{first}\n\nAn ordinary paragraph of prose sits here.\n\n{second}\n"
    article = herseeds.clean(page).article
    assert first in article
    assert second in article


# --- openings: entries tried behind one test --------------------------------------------
WITHOUT_OPENINGS = PatternTable(
    tuple(attrs.evolve(entry, opening="") for entry in CHROME_PATTERNS.patterns)
)
_FURNITURE_WORDS = [
    word
    for vocabulary in VOCABULARIES
    for name in ("share_words", "legal_links", "navigation_links", "related_headings", "read_more")
    for word in getattr(vocabulary, name)
]


@pytest.mark.parametrize(
    "entry",
    [entry for entry in CHROME_PATTERNS.patterns if entry.opening],
    ids=lambda entry: entry.name,
)
def test_an_entry_example_opens_with_its_opening(entry: LinePattern) -> None:
    assert regex.match(entry.opening, entry.example, regex.IGNORECASE), entry.example


@given(
    st.lists(
        st.sampled_from(_FURNITURE_WORDS)
        | st.sampled_from(["«", "»", "→", ":", "|", " ", "(12)", "“Her”", "Facebook", "la"])
        | st.text(max_size=4),
        max_size=4,
    ).map(" ".join)
)
def test_openings_change_no_match(line: str) -> None:
    """The table with its entries' openings matches what it matches without them."""
    found, plain = CHROME_PATTERNS.match(line), WITHOUT_OPENINGS.match(line)
    assert (found and found[0].name) == (plain and plain[0].name)


def test_entries_with_an_opening_are_tried_behind_it() -> None:
    entries = (
        LinePattern("first", "share", "ab", "ab", "A test entry.", opening="a"),
        LinePattern("second", "share", "ac", "ac", "A test entry.", opening="a"),
        LinePattern("third", "share", "bc", "bc", "A test entry."),
    )
    table = PatternTable(entries)
    assert table.compiled.pattern == "(?=a)(?:(?P<first>ab)|(?P<second>ac))|(?P<third>bc)"
    assert [(found and found[0].name) for found in map(table.match, ["ab", "AC", "bc", "a"])] == [
        "first",
        "second",
        "third",
        None,
    ]


# --- form controls: a row of text fields ----------------------------------------------------
# The form-control entry before a field's value had to end in no padding: a field's value
# and its padding could share its spaces in as many ways as it has, so a row of fields on a
# line that then failed took time exponential in the number of fields (nine fields of 30
# spaces: minutes).
_OLD_FORM_CONTROL = regex.compile(
    r"(?:[^\[\]()]{0,60}?(?:\[[^\[\]]{0,60}?[ _]{2,}+\]|\[[ x*]\]|\([ *]\))[ \t*:]*+)+"
    r"(?:[^\[\]()]|\[\p{L}[^\[\].:!?]{0,29}\]){0,160}"
    r"|(?:\[\p{L}[^\[\].:!?]{0,29}\] *+)+",
    regex.IGNORECASE,
)
_FORM_TOKENS = st.sampled_from(
    ["Name", "*", "[", "]", "  ", "   ", "x", "(", ")", ":", "you@example.com", "_", "Post", "!"]
)


@given(st.lists(_FORM_TOKENS, max_size=9).map("".join))
def test_form_controls_match_as_before(line: str) -> None:
    new = regex.compile(CHROME_PATTERNS.by_name["form_control"].pattern, regex.IGNORECASE)
    assert bool(new.fullmatch(line)) == bool(_OLD_FORM_CONTROL.fullmatch(line)), line


def test_a_field_value_is_as_long_as_before() -> None:
    new = regex.compile(CHROME_PATTERNS.by_name["form_control"].pattern, regex.IGNORECASE)
    for length in range(57, 63):
        for value in ("x" * length, "x " * (length // 2) + "x" * (length % 2)):
            for padding in ("  ", "   ", "__ ", " _"):
                line = f"Name [{value}{padding}]"
                assert bool(new.fullmatch(line)) == bool(_OLD_FORM_CONTROL.fullmatch(line)), line


def test_a_row_of_text_fields_that_fails_late_is_decided_at_once() -> None:
    row = "Name * [" + " " * 30 + "]"
    assert CHROME_PATTERNS.match(row * 3)[0].name == "form_control"  # type: ignore[index]
    assert CHROME_PATTERNS.match(row * 9 + " [") is None  # took minutes before


# --- which entry matched ----------------------------------------------------------------


def _entry_by_groupdict(table: PatternTable, line: str) -> str | None:
    """The entry `PatternTable.match` names, found the slow way: the first entry whose
    group took part."""
    found = table.compiled.fullmatch(line)
    if found is None:
        return None
    taken = found.groupdict()
    return next(name for name in table.by_name if taken[name] is not None)


@pytest.mark.parametrize("table", [CHROME_PATTERNS, BYLINE_PATTERNS], ids=["chrome", "byline"])
def test_the_entry_named_is_the_one_that_matched(table: PatternTable) -> None:
    lines = [entry.example for entry in table.patterns] + LOOK_ALIKES
    lines += ["2 comments", "No comments:", "By Jane Doe, Staff Writer", "3 mars 2014 à 10:03"]
    for line in lines:
        found = table.match(line)
        assert (found and found[0].name) == _entry_by_groupdict(table, line), line


@given(st.sampled_from(ENTRIES).map(lambda entry: entry.example), st.text(max_size=3))
def test_the_entry_named_is_the_one_that_matched_on_any_line(example: str, tail: str) -> None:
    for table in (CHROME_PATTERNS, BYLINE_PATTERNS):
        for line in (example, example + tail, tail + example):
            found = table.match(line)
            assert (found and found[0].name) == _entry_by_groupdict(table, line), line
