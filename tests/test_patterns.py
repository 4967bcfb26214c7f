"""The chrome pattern table: every entry documented, its example matched, prose left alone."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import herseeds
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


# --- form controls: a row of text fields ----------------------------------------------------
# The form-control entry before its fields were atomic: a field's value and its padding could
# share its spaces in as many ways as it has, so a row of fields on a line that then failed
# took time exponential in the number of fields (nine fields of 30 spaces: minutes).
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


def test_a_row_of_text_fields_that_fails_late_is_decided_at_once() -> None:
    row = "Name * [" + " " * 30 + "]"
    assert CHROME_PATTERNS.match(row * 3)[0].name == "form_control"  # type: ignore[index]
    assert CHROME_PATTERNS.match(row * 9 + " [") is None  # took minutes before
