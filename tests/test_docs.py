"""The examples in ``docs/*.md`` run, and print what the pages say they print.

Each page's ``pycon`` blocks run as one doctest, in order, from a scratch folder holding
copies of ``seeds/`` and ``docs/`` and the ``seeds.jsonl`` that
``herseeds clean seeds/ -o seeds.jsonl`` writes, as a reader in the repository root has.
The recipes of ``docs/recipes.md`` run a section at a time, each where the packages it
imports (pandas, datasets) are installed; ``docs/walkthrough.md`` shows what
``herseeds show`` prints for its seed page now.

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

import herseeds
from herseeds import CleanConfig
from herseeds.cli import main
from herseeds.model import CHROME_KINDS
from herseeds.segmenting import PASSES

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
RECIPES: Final = DOCS / "recipes.md"
PAGES = sorted(
    path for path in DOCS.glob("*.md") if "```pycon" in path.read_text("utf-8") and path != RECIPES
)
_BLOCK = re.compile(r"```pycon\n(.*?)```", re.DOTALL)


def _run_examples(source: str, name: str, page: Path, scratch: Path) -> None:
    """Run the ``pycon`` blocks of *source* as one doctest, from *scratch* set up as the
    repository's root after ``herseeds clean seeds/ -o seeds.jsonl``."""
    shutil.copytree(ROOT / "seeds", scratch / "seeds")
    shutil.copytree(DOCS, scratch / "docs", ignore=shutil.ignore_patterns("_build"))
    assert main(["clean", "seeds/", "-o", str(scratch / "seeds.jsonl")]) == 0
    examples = "\n".join(_BLOCK.findall(source))
    test = doctest.DocTestParser().get_doctest(examples, {}, name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_examples_run_as_shown(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _run_examples(page.read_text("utf-8"), page.name, page, tmp_path)


def test_every_page_with_python_examples_is_checked() -> None:
    assert {page.name for page in PAGES} >= {
        "index.md",
        "output-format.md",
        "config.md",
        "quickstart.md",
        "walkthrough.md",
        "extending.md",
    }


# -- docs/recipes.md: each section runs where what it imports is installed -----------------

_SECTIONS: Final = {
    heading: body
    for heading, body in re.findall(
        r"^## ([^\n]+)\n(.*?)(?=^## |\Z)", RECIPES.read_text("utf-8"), re.MULTILINE | re.DOTALL
    )
    if "```pycon" in body
}
# What the recipes import beyond herseeds and its dependencies, and why a run may lack it.
_OPTIONAL: Final = {
    "pandas": "the pandas recipes need pandas (the test extra installs it)",
    "datasets": "the Hugging Face recipes need datasets (pip install datasets; not in CI)",
}


def test_the_recipes_have_their_sections() -> None:
    assert set(_SECTIONS) >= {
        "A JSONL corpus into pandas",
        "A JSONL corpus into a Hugging Face dataset",
        "Filtering by label",
    }


@pytest.mark.parametrize("section", list(_SECTIONS))
def test_recipes_run_as_shown(
    section: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = _SECTIONS[section]
    for module, reason in _OPTIONAL.items():
        if re.search(rf"^>>> (?:import|from) {module}\b", body, re.MULTILINE):
            if module == "datasets":
                # Its cache in the scratch folder, and no look-up on the Hub.
                monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
                monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf" / "datasets"))
                monkeypatch.setenv("HF_HUB_OFFLINE", "1")
                monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
            imported = pytest.importorskip(module, reason=reason)
            if module == "datasets":  # imported before (by datatrove): the cache anyway
                cache = tmp_path / "hf" / "datasets"
                monkeypatch.setattr(imported.config, "HF_DATASETS_CACHE", cache)
    monkeypatch.chdir(tmp_path)
    _run_examples(body, f"recipes.md: {section}", RECIPES, tmp_path)


# -- docs/walkthrough.md is what herseeds prints for its page now --------------------------

WALKTHROUGH: Final = DOCS / "walkthrough.md"
# The walk-through cuts lines at this width, as its text says.
_WIDTH: Final = 100
_SHOW_BLOCK: Final = re.compile(r"```console\n\$ herseeds show (\S+)\n(.*?)```", re.DOTALL)


def _cut(line: str) -> str:
    line = line.rstrip()
    return line if len(line) <= _WIDTH else line[: _WIDTH - 1] + "…"


def test_cut_lines() -> None:
    assert _cut("a  ") == "a"
    assert _cut("x" * _WIDTH) == "x" * _WIDTH
    assert _cut("x" * (_WIDTH + 1)) == "x" * (_WIDTH - 1) + "…"


def test_the_walkthrough_shows_what_herseeds_show_prints(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The block is ``herseeds show`` of its seed page, each line cut at ``_WIDTH``
    characters; after a change of labels or rules, paste what this test prints and read
    the walk-through's text again."""
    [(path, block)] = _SHOW_BLOCK.findall(WALKTHROUGH.read_text("utf-8"))
    monkeypatch.chdir(ROOT)
    assert main(["show", path]) == 0
    printed = "\n".join(_cut(line) for line in capsys.readouterr().out.splitlines())
    assert [line.rstrip() for line in block.splitlines()] == printed.splitlines(), printed


def test_the_walkthrough_names_each_rule_with_its_doc() -> None:
    """The rules table: each rule of the page once, in the order of its first line, with
    the sentence ``herseeds.explain`` gives as its ``doc``."""
    text = WALKTHROUGH.read_text("utf-8")
    [(path, _)] = _SHOW_BLOCK.findall(text)
    table = text[text.index("\n## The rules\n") : text.index("\n## The document\n")]
    rows = re.findall(r"^\| `([a-z.-]+)` \| (.+) \|$", table, re.MULTILINE)
    rules = {
        decision.rule.name: decision.rule.doc
        for _, decision in herseeds.explain((ROOT / path).read_text("utf-8"))
    }
    assert rows == list(rules.items())


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
