"""Sphinx configuration of the documentation site: the Markdown pages of docs/ (MyST), the
API reference from the docstrings (autodoc), the furo theme.

Build it as CI does, with every warning an error:

    pip install -e '.[docs]'
    sphinx-build -W --keep-going -b html docs build/docs

The pages stay plain Markdown that reads on GitHub too: their links are relative paths
(``config.md#errors``), and the site's table of contents is not in ``index.md`` but added
to it here, from ``NAV``, when Sphinx reads it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from herseeds import __version__

DOCS: Final = Path(__file__).resolve().parent

project = "herseeds"
author = "The herseeds developers"
copyright = "The herseeds developers"
release = __version__
version = __version__

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.viewcode"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

# GitHub's anchors: `cli.md#writing--o-safely` links the heading "Writing `-o` safely".
myst_heading_anchors = 4

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "show-inheritance": True}

html_theme = "furo"
html_title = "herseeds"
html_static_path: list[str] = []
pygments_style = "friendly"

# The site's sections, each a caption and its pages, in reading order. A page listed here
# that is not in docs/ (yet) is left out, so that a page in the making breaks no build.
NAV: Final = (
    ("Start here", ("quickstart", "walkthrough")),
    ("The contract", ("output-format", "schema", "config", "cli", "api")),
    ("Inputs", ("html", "whole-pages")),
    ("Guides", ("recipes", "report", "scale", "extending")),
    ("Inside herseeds", ("architecture", "robustness", "benchmarks")),
)


def toctrees() -> str:
    """The hidden toctrees that make ``NAV`` the site's sidebar, as MyST directives."""
    blocks = []
    for caption, pages in NAV:
        present = [page for page in pages if (DOCS / f"{page}.md").is_file()]
        if present:
            lines = "\n".join(present)
            blocks.append(f"\n```{{toctree}}\n:caption: {caption}\n:hidden:\n\n{lines}\n```\n")
    return "".join(blocks)


def _add_toctrees(app: Any, docname: str, source: list[str]) -> None:
    if docname == root_doc:
        source[0] += toctrees()


def _index_is_outdated(
    app: Any, env: Any, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    # The toctrees depend on which pages exist: read index.md again at every build.
    return [root_doc]


def setup(app: Any) -> None:
    app.connect("source-read", _add_toctrees)
    app.connect("env-get-outdated", _index_is_outdated)
