"""The audit report of ``seeds/`` in a real browser: headless Chromium driven by Selenium
through chromedriver (Debian's ``chromium`` and ``chromium-driver``, which ``.ci/run``
installs). The test clicks as a reader does and keeps screenshots: in the folder
``HERSEEDS_SCREENSHOT_DIR`` names (CI keeps it as an artifact), else in ``tmp_path``.

Skipped, saying why, only where no Chromium or chromedriver is installed.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import herseeds
from herseeds.model import CHROME_PREFIX

if TYPE_CHECKING:
    from collections.abc import Iterator

    from selenium.webdriver.chrome.webdriver import WebDriver

_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _found(names: tuple[str, ...]) -> str | None:
    return next((path for name in names if (path := shutil.which(name))), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    binary, driver = _found(_BROWSERS), _found(("chromedriver",))
    if binary is None or driver is None:
        pytest.skip(
            "no Chromium and chromedriver found to open the report in (install Debian's "
            "chromium and chromium-driver, as .ci/run does: apt-get install chromium "
            "chromium-driver)"
        )
    # Both paths are given, so Selenium Manager has nothing to look up or download.
    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "SEVERE"})
    session = webdriver.Chrome(options=options, service=Service(driver))
    try:
        yield session
    finally:
        session.quit()


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("HERSEEDS_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _wait(browser: WebDriver, script: str) -> Any:
    return WebDriverWait(browser, 10).until(lambda session: session.execute_script(script))


def test_the_seeds_report_in_chromium(
    browser: WebDriver, tmp_path: Path, screenshots: Path, seed_paths: list[Path]
) -> None:
    out = tmp_path / "report.html"
    herseeds.report(["seeds"], out)
    documents = [herseeds.clean_file(path) for path in seed_paths]
    browser.get(out.as_uri())
    _wait(browser, "return document.body.dataset.ready === 'true'")
    # No script error, and nothing failed to load.
    assert browser.get_log("browser") == []  # type: ignore[no-untyped-call]

    # The index lists the five pages; the totals are those of clean.
    rows = browser.find_elements(By.CSS_SELECTOR, "#hs-table tbody tr")
    assert [row.find_element(By.TAG_NAME, "a").text for row in rows] == [
        f"seeds/{path.name}" for path in seed_paths
    ]

    def stat(name: str) -> int:
        box = browser.find_element(By.CSS_SELECTOR, f"[data-stat='{name}'] b")
        return int(box.text.replace(",", ""))

    assert stat("pages") == 5
    assert stat("comments") == sum(len(document.comments) for document in documents)
    chrome = Counter(
        label.removeprefix(CHROME_PREFIX)
        for document in documents
        for label in document.labels
        if label.startswith(CHROME_PREFIX)
    )
    bars = browser.find_elements(By.CSS_SELECTOR, "[data-chart='chrome'] g[data-key]")
    assert {
        bar.get_attribute("data-key"): int(bar.get_attribute("data-value") or 0) for bar in bars
    } == chrome
    browser.save_screenshot(str(screenshots / "report-index.png"))

    # Filter: pages with comments; sort by comments, most first.
    browser.find_element(By.ID, "hs-has-comments").click()
    with_comments = [document for document in documents if document.comments]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#hs-table tbody tr")) == len(with_comments)
    browser.find_element(By.CSS_SELECTOR, "th[data-col='comments']").click()
    first = browser.find_element(By.CSS_SELECTOR, "#hs-table tbody tr")
    most = max(range(len(documents)), key=lambda i: len(documents[i].comments))
    assert first.get_attribute("data-page") == str(most)

    # A real click through to that page: its lines, labels and rules.
    first.find_element(By.TAG_NAME, "a").click()
    _wait(browser, "return !document.getElementById('hs-page').hidden")
    document = documents[most]
    explained = herseeds.explain(seed_paths[most].read_text("utf-8"))
    lines = browser.execute_script(
        "return Array.from(document.querySelectorAll('#hs-lines .ln'), n => "
        "[n.dataset.label, n.dataset.rule, n.className, n.title])"
    )
    assert [label for label, *_ in lines] == list(document.labels)
    for (label, rule, classes, title), (_, decision) in zip(lines, explained, strict=True):
        assert rule == decision.rule.name
        assert title.startswith(
            f"{decision.label} \u2014 {decision.rule.name}\n{decision.rule.doc}"
        )
        kind = label.removeprefix(CHROME_PREFIX)
        expected = {"lab-chrome", f"k-{kind}"} if kind != label else {f"lab-{label}"}
        assert expected <= set(classes.split())
    form = browser.find_element(By.CSS_SELECTOR, ".ln.k-comment-form")
    assert "lab-chrome" in (form.get_attribute("class") or "")
    assert "pattern." in (form.get_attribute("title") or "")
    reply = next(c for c in document.comments if c.depth == 1)
    nested = browser.find_elements(By.CSS_SELECTOR, ".ln.lab-comment.d-1")
    assert nested, "a reply's lines carry their depth"
    assert reply.depth == 1
    tree = browser.find_elements(By.CSS_SELECTOR, "#hs-doc li[data-comment]")
    assert len(tree) == len(document.comments)
    assert browser.find_element(By.CSS_SELECTOR, "#hs-doc dd").text == document.title

    # The comment tree jumps to a comment's lines; keep the view for the docs.
    tree[1].find_element(By.CSS_SELECTOR, "a.jump").click()
    assert browser.find_elements(
        By.CSS_SELECTOR, ".ln.target.lab-comment-author, .ln.target.lab-comment"
    )
    browser.save_screenshot(str(screenshots / "report-page.png"))

    # Back to the index: the page's lines leave the DOM.
    browser.find_element(By.CSS_SELECTOR, "#hs-page a[href='#']").click()
    _wait(browser, "return !document.getElementById('hs-home').hidden")
    assert browser.find_elements(By.CSS_SELECTOR, "#hs-lines .ln") == []
