"""The examples in ``docs/*.md`` run, and print what the pages say they print.

Each page's ``pycon`` blocks run as one doctest, in order, from a scratch folder holding
copies of ``seeds/`` and ``docs/`` and the ``seeds.jsonl`` that
``herseeds clean seeds/ -o seeds.jsonl`` writes, as a reader in the repository root has.

The docs also name only files that are in the repository, and document every
``CleanConfig`` field.
"""

from __future__ import annotations

import ast
import doctest
import io
import re
import shutil
import tokenize
from pathlib import Path
from typing import Final

import attrs
import pytest

from herseeds import CleanConfig
from herseeds.cli import main
from herseeds.model import CHROME_KINDS
from herseeds.segmenting import PASSES

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
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


# -- the files the docs name exist ---------------------------------------------------------

# What a reader of the repository reads: the docs, and the docstrings and comments of the
# code and the tests (not their string literals, which name files tests make).
DOCUMENTED: Final = [
    ROOT / "README.md",
    *sorted(DOCS.glob("*.md")),
    *sorted((ROOT / "src").rglob("*.py")),
    *sorted((ROOT / "tests").glob("*.py")),
]
_MARKDOWN_PATH: Final = re.compile(r"(?<![\w./*-])\w[\w./-]*\.md\b")


def _prose(path: Path) -> str:
    """A Markdown file as it is; a Python file's docstrings and comments."""
    text = path.read_text("utf-8")
    return _python_prose(text) if path.suffix == ".py" else text


def _python_prose(source: str) -> str:
    strings = [
        node.value.value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ]
    comments = [
        token.string
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    ]
    return "\n".join(strings + comments)


def test_prose_is_docstrings_and_comments() -> None:
    source = '"""See a.md."""\nx = "notes.md"  # see b.md\ndef f():\n    """See docs/c.md."""\n'
    assert _MARKDOWN_PATH.findall(source) == ["a.md", "notes.md", "b.md", "docs/c.md"]
    assert _MARKDOWN_PATH.findall(_python_prose(source)) == ["a.md", "docs/c.md", "b.md"]
    assert _MARKDOWN_PATH.findall("docs/*.md, https://example.org/x/README.md, a.mdx") == []


@pytest.mark.parametrize("path", DOCUMENTED, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_markdown_file_named_exists(path: Path) -> None:
    # A name is relative to the repository's root (docs/cli.md) or to the folder of the
    # file naming it (a page of docs/ linking to another page there).
    missing = [
        name
        for name in _MARKDOWN_PATH.findall(_prose(path))
        if not (ROOT / name).is_file() and not (path.parent / name).is_file()
    ]
    assert not missing, f"{path.relative_to(ROOT)} names files that are not in the repository"


def test_no_file_names_the_contract_that_is_not_in_the_repository() -> None:
    # The contract is docs/output-format.md; an older name of it, never in the repository,
    # must not come back anywhere, docstring or not. (Spelled in two parts so that this file
    # does not name it either.)
    gone = "SPEC" + ".md"
    named = [str(path.relative_to(ROOT)) for path in DOCUMENTED if gone in path.read_text("utf-8")]
    assert not named


# -- docs/config.md documents every CleanConfig field --------------------------------------

_CONFIG_ROW: Final = re.compile(r"^\| `(?P<name>\w+)` \| `(?P<default>[^`]*)` \|", re.MULTILINE)


def test_config_page_has_a_row_for_every_field() -> None:
    page = (DOCS / "config.md").read_text("utf-8")
    section = page.split("\n## `CleanConfig`\n", 1)[1].split("\n## ", 1)[0]
    rows = [(row["name"], row["default"]) for row in _CONFIG_ROW.finditer(section)]
    fields = [(field.name, repr(field.default)) for field in attrs.fields(CleanConfig)]
    assert rows == fields


def test_the_chrome_kinds_table_is_the_chrome_kind_type() -> None:
    """docs/output-format.md lists every ChromeKind, in the type's order, and no other."""
    text = (DOCS / "output-format.md").read_text("utf-8")
    table = text[text.index("### Chrome kinds") : text.index("## JSON and JSON Lines")]
    assert tuple(re.findall(r"^\| `([a-z-]+)` \|", table, re.MULTILINE)) == CHROME_KINDS


def test_the_architecture_names_every_module_and_every_pass() -> None:
    """docs/architecture.md's module table has a row for each module of the package, and
    its passes table lists herseeds.segmenting.PASSES in order."""
    text = (DOCS / "architecture.md").read_text("utf-8")
    package = ROOT / "src" / "herseeds"
    modules = {
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if path.parent.name != "languages" or path.name == "__init__.py"
    }
    rows = set(re.findall(r"^\| `([\w/.]+)` \|", text, re.MULTILINE))
    expected = {name.replace("languages/__init__.py", "languages/") for name in modules}
    assert expected <= rows
    passes = text[text.index("## The passes") : text.index("## Where to change what")]
    rows_of_passes = re.findall(r"^\| ([a-z -]+?) \| ", passes, re.MULTILINE)
    listed = [row for row in rows_of_passes if row not in {"pass", "---"}]
    assert listed == [step.name for step in PASSES]
