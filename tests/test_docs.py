"""The examples in ``docs/*.md`` run, and print what the pages say they print.

Each page's ``pycon`` blocks run as one doctest, in order, from a scratch folder holding
copies of ``seeds/`` and ``docs/`` and the ``seeds.jsonl`` that
``herseeds clean seeds/ -o seeds.jsonl`` writes, as a reader in the repository root has.
"""

from __future__ import annotations

import doctest
import re
import shutil
from pathlib import Path

import pytest

from herseeds.cli import main

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(path for path in DOCS.glob("*.md") if "```pycon" in path.read_text("utf-8"))
_BLOCK = re.compile(r"```pycon\n(.*?)```", re.DOTALL)


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_examples_run_as_shown(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeds_dir: Path
) -> None:
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    shutil.copytree(DOCS, tmp_path / "docs")
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "seeds/", "-o", "seeds.jsonl"]) == 0
    source = "\n".join(_BLOCK.findall(page.read_text("utf-8")))
    test = doctest.DocTestParser().get_doctest(source, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0


def test_every_page_with_python_examples_is_checked() -> None:
    assert {page.name for page in PAGES} >= {"index.md", "output-format.md", "config.md"}
