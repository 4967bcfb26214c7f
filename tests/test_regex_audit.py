"""Every regular expression in herseeds is audited in docs/robustness.md, and the patterns
rewritten by the audit still say what they said.

The audit table lists each pattern by the key ``herseeds._regex_inventory`` gives it; a
pattern added to the package without a row there fails here. Timing is the business of
``benchmarks/bench_regex.py``: nothing here measures time.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Final

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from herseeds._regex_inventory import FoundPattern, find_patterns
from herseeds.comments import _DECORATION, strip_author_decoration
from herseeds.languages import alternation, words
from herseeds.patterns import _DATETIME, AGO, BYLINE_PATTERNS

ROBUSTNESS: Final = Path(__file__).resolve().parent.parent / "docs" / "robustness.md"
_ROW_KEY: Final = re.compile(r"^\| `([^`]+)` \|", re.MULTILINE)


def audited(document: str) -> set[str]:
    """The keys in the first column of the tables of *document*."""
    return set(_ROW_KEY.findall(document))


def unaudited(patterns: tuple[FoundPattern, ...], document: str) -> list[str]:
    """The keys of *patterns* that *document* does not list."""
    listed = audited(document)
    return [found.key for found in patterns if found.key not in listed]


def test_the_collector_finds_every_kind_of_pattern() -> None:
    inventory = find_patterns()
    assert inventory.unimported == ()  # every module was looked at
    kinds = Counter(found.kind for found in inventory.patterns)
    assert kinds["compiled"] >= 15
    assert kinds["table"] == 2
    assert kinds["table-entry"] >= 40
    assert kinds["inline"] >= 2
    keys = {found.key for found in inventory.patterns}
    assert {
        "comments._DECORATION",
        "normalizing._INVISIBLE",
        "patterns.CHROME_PATTERNS",
        "patterns.BYLINE_PATTERNS.name_pipe_date",
        "patterns.clean_name()",
    } <= keys
    assert len(keys) == len(inventory.patterns)  # keys are unique
    # The collector knows how the package calls each module-level pattern.
    methods = {found.key: found.methods for found in inventory.patterns}
    assert methods["comments._DECORATION"] == ("sub",)
    assert methods["patterns.SIGN_OFF"] == ("fullmatch",)


def test_every_pattern_is_in_the_audit_table() -> None:
    missing = unaudited(find_patterns().patterns, ROBUSTNESS.read_text(encoding="utf-8"))
    assert not missing, (
        f"not audited in docs/robustness.md: {missing}. Check each for catastrophic "
        "backtracking (benchmarks/bench_regex.py --only KEY) and add a row to the audit table."
    )


def test_a_pattern_missing_from_the_table_is_reported() -> None:
    patterns = find_patterns().patterns
    document = ROBUSTNESS.read_text(encoding="utf-8")
    without_one = document.replace("| `comments._DECORATION` |", "| comments._DECORATION |")
    assert unaudited(patterns, without_one) == ["comments._DECORATION"]


# --- the rewritten patterns --------------------------------------------------------------

# The name-and-date byline as it was before the audit: a hyphen could both belong to a name
# word and separate two (exponential backtracking on "A-A-A-…").
_OLD_NAME: Final = (
    r"(?-i:(?P<name>\p{Lu}[\p{L}'’.-]*"
    r"(?:[ -](?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|der|la|le|bin|al)){0,4}))"
)
_OLD_NAME_PIPE_DATE: Final = regex.compile(
    _OLD_NAME + r" ?[|•·—–-] ?" + _DATETIME, regex.IGNORECASE
)
_OLD_NAME_PIPE_DATE_6: Final = regex.compile(  # the same with one more word allowed
    _OLD_NAME.replace("{0,4}", "{0,5}") + r" ?[|•·—–-] ?" + _DATETIME, regex.IGNORECASE
)
_BYLINE_TOKENS: Final = st.sampled_from(
    ["Jane", "Doe", "Jean-Luc", "O'Neil", "J.", "van", "de", "van-Dyke", "|", "•", "-", "—",
     "March 3, 2014", "2014-03-03", "at 10:03 AM", "By", "and", ","]
)  # fmt: skip


def test_name_and_date_bylines() -> None:
    for line, name in [
        ("Jane Doe | March 3, 2014", "Jane Doe"),
        ("Jane Doe - March 3, 2014", "Jane Doe"),
        ("Jane Doe -March 3, 2014", "Jane Doe"),
        ("Jane Doe- March 3, 2014", "Jane Doe"),
        ("Jane Doe|March 3, 2014", "Jane Doe"),
        ("Jean-Luc Godard · 3 March 2014", "Jean-Luc Godard"),
        ("Ludwig van-Beethoven • 2014-03-03", "Ludwig van-Beethoven"),
        ("Vincent van Gogh — March 3, 2014 at 10:03 am", "Vincent van Gogh"),
    ]:
        found = BYLINE_PATTERNS.match(line)
        assert found is not None, line
        assert found[1].group("name") == name
    # A hyphen glued to the name and the date is part of the name (see docs/robustness.md).
    assert BYLINE_PATTERNS.match("Jane Doe-March 3, 2014") is None


# Found by a random run in CI: a particle glued to a name ("van-Dyke") is one word of the
# name now, two before, so a five-word name ending in one is a name now.
@example(tokens=["Jane", "Jane", "Jane", "Jane", "van-Dyke", "|", "March 3, 2014"], glued=[])
# Found by a random run: `By Jane | March 3, 2014` is the first entry's (`By NAME`, a date
# after a bar), which the table tries before this one, as it always did.
@example(tokens=["By", "Jane", "|", "March 3, 2014"], glued=[])
@given(st.lists(_BYLINE_TOKENS, min_size=1, max_size=7), st.lists(st.booleans(), max_size=7))
def test_name_and_date_bylines_match_as_before(tokens: list[str], glued: list[bool]) -> None:
    line = "".join(
        token + ("" if index < len(glued) and glued[index] else " ")
        for index, token in enumerate(tokens)
    ).strip()
    old = _OLD_NAME_PIPE_DATE.fullmatch(line)
    new = BYLINE_PATTERNS.match(line)
    if new is not None and new[0].name != "name_pipe_date":
        return  # an entry before this one takes the line
    new_here = new
    if old is not None and regex.search(r"\S-\S", line[old.end("name") - 1 : old.end("name") + 2]):
        return  # the first change: "Doe-March 3, 2014"
    if old is None and new_here is not None and _OLD_NAME_PIPE_DATE_6.fullmatch(line):
        # The second: the old pattern counted "van-Dyke" as two of its five words.
        assert regex.search(r"\b(?:de|van|von|da|del|der|la|le|bin|al)-", new_here[1]["name"])
        return
    assert (old is None) == (new_here is None), line
    if old is not None and new_here is not None:
        assert old.group("name") == new_here[1].group("name")


# The author decoration pattern before the audit (quadratic and worse on long chains), with
# the words it has read since from the vocabularies of every language: the property below
# compares the rewrite's structure, whatever the words.
_OLD_DECORATION: Final = regex.compile(
    rf"(?:\s+{alternation(words('decorations'))}\b"
    rf"(?:\s+{alternation(words('decoration_date_words'))}\s+.{{1,60}}?)?"
    r"\s*[:.…]*|\s*[:,]\s*"
    rf"|\s+[•·|]\s+(?:{AGO}"
    rf"|\p{{L}}{{3,9}}\.? \d{{1,2}},? \d{{4}}|\d{{1,2}}\.? \p{{L}}{{3,9}}\.? \d{{4}}"
    rf"|{alternation(words('edited'))}))+$",
    regex.IGNORECASE,
)
_DECORATION_TOKENS: Final = st.sampled_from(
    ["Jo", "Doe", "x", "says", "said", "Avatar", "wrote", "on", "at", "May 4, 2020",
     "3 years ago", "edited", "•", "·", "|", ":", ",", ".", "…", "...", "3:53", "am", "2014",
     "sagt", "vor 3 Tagen", "um", "3. März 2014"]
)  # fmt: skip


def test_author_decorations_are_stripped() -> None:
    for line in [
        "Jo says:",
        "Jo said...",
        "Jo Avatar",
        "Jo wrote on May 4, 2020 at 3:53 am:",
        "Jo • 3 years ago",
        "Jo · edited • an hour ago",
        "Jo" + " :" * 60,
        "Jo" + " says" * 30,
    ]:
        assert strip_author_decoration(line) == "Jo", line
    assert strip_author_decoration("Jo" + " :" * 60 + " x") == "Jo" + " :" * 60 + " x"


# Found by a random run in CI: a decoration's date word may be any language's ("am").
@example(tokens=["Jo", "says", "am", "Jo"], glued=[])
@given(st.lists(_DECORATION_TOKENS, min_size=1, max_size=8), st.lists(st.booleans(), max_size=8))
def test_author_decorations_are_stripped_as_before(tokens: list[str], glued: list[bool]) -> None:
    line = "".join(
        token + ("" if index < len(glued) and glued[index] else " ")
        for index, token in enumerate(tokens)
    ).strip()
    # The linear-time decoration pattern strips what the old one stripped (what
    # strip_author_decoration does besides, a date or an avatar, is tested with it).
    assert _DECORATION.sub("", line).strip() == _OLD_DECORATION.sub("", line).strip()
