"""Input limits: max_bytes refuses large pages, time_limit stops slow ones, both clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

import herseeds
from herseeds import CleanConfig, CleanTimeoutError, ConfigError, HerseedsError, InputTooLargeError


def test_max_bytes_refuses_a_large_text() -> None:
    limit = r"limit of 10; .*CleanConfig\(max_bytes="
    with pytest.raises(InputTooLargeError, match=limit) as caught:
        herseeds.clean("x" * 11, source="big.txt", config=CleanConfig(max_bytes=10))
    assert "big.txt" in str(caught.value)
    assert isinstance(caught.value, HerseedsError)
    assert isinstance(caught.value, ValueError)


def test_max_bytes_counts_utf8_bytes_not_characters() -> None:
    # Three characters, nine bytes.
    with pytest.raises(InputTooLargeError):
        herseeds.clean("ééé\n\n\u2014", config=CleanConfig(max_bytes=8))
    assert herseeds.clean("ééé", config=CleanConfig(max_bytes=6)).article == ("ééé",)


def test_max_bytes_refuses_a_large_file_before_reading_it(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("".join(f"Paragraph {i} of the text.\n\n" for i in range(10)), "utf-8")
    with pytest.raises(InputTooLargeError, match=r"page\.txt"):
        herseeds.clean_file(page, config=CleanConfig(max_bytes=100))
    assert herseeds.clean_file(page, config=CleanConfig(max_bytes=1000)).article


def test_a_page_over_its_time_limit_raises_a_timeout() -> None:
    page = "A paragraph of ordinary prose, long enough to take a while.\n\n" * 20_000
    with pytest.raises(CleanTimeoutError, match=r"CleanConfig\(time_limit=") as caught:
        herseeds.clean(page, source="slow.txt", config=CleanConfig(time_limit=1e-6))
    assert isinstance(caught.value, TimeoutError)
    assert "slow.txt" in str(caught.value)


def test_a_generous_time_limit_changes_nothing(seed_paths: list[Path]) -> None:
    config = CleanConfig(time_limit=60.0, max_bytes=10_000_000)
    for path in seed_paths:
        assert herseeds.clean_file(path, config=config) == herseeds.clean_file(path)


@pytest.mark.parametrize(
    "fields",
    [
        {"max_bytes": 0},
        {"max_bytes": -5},
        {"time_limit": 0},
        {"max_bytes": True},
        {"time_limit": "1"},
    ],
)
def test_limits_must_be_positive_numbers(fields: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        CleanConfig(**fields)  # type: ignore[arg-type]
