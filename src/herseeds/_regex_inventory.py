"""Every regular expression in herseeds, found by looking, for the regex audit.

Not part of the API. ``tests/test_regex_audit.py`` checks that each pattern found here is
listed in the audit table of ``docs/robustness.md``, and ``benchmarks/bench_regex.py``
times each one against inputs built to make it backtrack. Three kinds are found:

- ``compiled``: a module-level ``re.Pattern`` or ``regex.Pattern`` (``comments._DECORATION``);
- ``table`` and ``table-entry``: a :class:`~herseeds.patterns.PatternTable`, whose entries
  are compiled into one alternation (``patterns.CHROME_PATTERNS``), and each of its entries
  (``patterns.CHROME_PATTERNS.share_this``);
- ``inline``: a call of ``re``/``regex`` (``compile``, ``search``, ``sub``…) inside a
  function, found in the source (``document._clean_name()``).

Modules are imported to find their patterns; a module whose optional dependencies are
not installed (the strategies module needs the test extras) is named in
:attr:`Inventory.unimported`.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

import regex
from attrs import frozen

import herseeds
from herseeds.patterns import PatternTable

if TYPE_CHECKING:
    from collections.abc import Iterable
    from types import ModuleType

__all__ = ["FoundPattern", "Inventory", "PatternKind", "find_patterns", "package_modules"]

PatternKind: TypeAlias = Literal["compiled", "table", "table-entry", "inline"]

_FUNCTIONS: Final = frozenset(
    {"compile", "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer"}
)
_METHODS: Final = _FUNCTIONS - {"compile"}


@frozen
class FoundPattern:
    """One regular expression of the package, as the audit names it."""

    key: str
    """The name in the audit table: ``module.NAME``, ``module.TABLE.entry``, ``module.func()``."""
    kind: PatternKind
    module: str
    """The module's full name (``herseeds.comments``)."""
    source: str
    """The pattern's text (for an inline pattern, the source of the call)."""
    compiled: re.Pattern[str] | regex.Pattern[str] | None
    """The compiled pattern (an inline one compiled here, without its flags); ``None`` for an
    inline pattern built at run time (an f-string)."""
    methods: tuple[str, ...]
    """How the package's code calls it (``fullmatch``, ``search``, ``sub``…), sorted."""
    example: str | None = None
    """A line the pattern matches, for table entries."""


@frozen
class Inventory:
    """The patterns found, and the modules that could not be looked at."""

    patterns: tuple[FoundPattern, ...]
    unimported: tuple[str, ...]
    """Modules whose import failed for want of an optional dependency."""


def package_modules() -> tuple[list[ModuleType], list[str]]:
    """Import every module of herseeds: the modules, and the names of those that failed."""
    names = [herseeds.__name__] + [
        info.name for info in pkgutil.walk_packages(herseeds.__path__, herseeds.__name__ + ".")
    ]
    modules: list[ModuleType] = []
    unimported: list[str] = []
    for name in sorted(names):
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError:
            unimported.append(name)
    return modules, unimported


def _short(module: str) -> str:
    return module.removeprefix(herseeds.__name__ + ".")


def find_patterns() -> Inventory:
    """Find every module-level pattern, pattern table (and entry) and inline regex call."""
    modules, unimported = package_modules()
    trees = {module.__name__: ast.parse(inspect.getsource(module)) for module in modules}
    calls = _method_calls(trees.values())
    found: list[FoundPattern] = []
    seen: set[int] = set()
    for module in modules:
        if module.__name__ == __name__:
            continue
        for name, value in sorted(vars(module).items()):
            if id(value) in seen:
                continue
            key = f"{_short(module.__name__)}.{name}"
            if isinstance(value, re.Pattern | regex.Pattern):
                if _defined_in(trees[module.__name__], name):
                    seen.add(id(value))
                    found.append(
                        FoundPattern(
                            key, "compiled", module.__name__, value.pattern, value,
                            tuple(sorted(calls.get(name, ()))),
                        )
                    )  # fmt: skip
            elif isinstance(value, PatternTable) and _defined_in(trees[module.__name__], name):
                seen.add(id(value))
                found.append(
                    FoundPattern(
                        key, "table", module.__name__, value.compiled.pattern, value.compiled,
                        ("fullmatch",),
                    )
                )  # fmt: skip
                for entry in value.patterns:
                    found.append(
                        FoundPattern(
                            f"{key}.{entry.name}", "table-entry", module.__name__, entry.pattern,
                            regex.compile(entry.pattern, regex.IGNORECASE), ("fullmatch",),
                            entry.example,
                        )
                    )  # fmt: skip
        found.extend(_inline(module, trees[module.__name__]))
    return Inventory(tuple(found), tuple(unimported))


def _defined_in(tree: ast.Module, name: str) -> bool:
    """Whether *tree* assigns *name* at module level (rather than importing it)."""
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        if any(isinstance(target, ast.Name) and target.id == name for target in targets):
            return True
    return False


def _method_calls(trees: Iterable[ast.Module]) -> dict[str, set[str]]:
    """``NAME.method(...)`` calls in the package, by NAME: how each pattern is used."""
    calls: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.attr in _METHODS
            ):
                calls.setdefault(node.func.value.id, set()).add(node.func.attr)
    return calls


def _inline(module: ModuleType, tree: ast.Module) -> list[FoundPattern]:
    """Calls of ``re.X``/``regex.X`` inside functions and classes (module-level ones are
    assignments of compiled patterns, found by import)."""
    found: list[FoundPattern] = []
    counts: dict[str, int] = {}

    def visit(node: ast.AST, scope: list[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                visit(child, [*scope, child.name])
                continue
            if scope and _is_regex_call(child):
                assert isinstance(child, ast.Call)
                assert isinstance(child.func, ast.Attribute)
                qualname = ".".join(scope)
                counts[qualname] = counts.get(qualname, 0) + 1
                suffix = "" if counts[qualname] == 1 else f"#{counts[qualname]}"
                found.append(
                    FoundPattern(
                        f"{_short(module.__name__)}.{qualname}(){suffix}", "inline",
                        module.__name__, ast.unparse(child), _literal_pattern(child),
                        (child.func.attr,),
                    )
                )  # fmt: skip
            visit(child, scope)

    visit(tree, [])
    return found


def _is_regex_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in {"re", "regex"}
        and node.func.attr in _FUNCTIONS
    )


def _literal_pattern(call: ast.Call) -> re.Pattern[str] | regex.Pattern[str] | None:
    """Compile an inline call's pattern when it is a string literal (flags are not read)."""
    if not call.args or not isinstance(call.args[0], ast.Constant):
        return None
    value = call.args[0].value
    if not isinstance(value, str):
        return None
    assert isinstance(call.func, ast.Attribute)
    assert isinstance(call.func.value, ast.Name)
    return regex.compile(value) if call.func.value.id == "regex" else re.compile(value)
