"""The README's stats reference names every stat the code sets, and nothing else.

The keys are read from the source with an AST pass (no import of Scrapy or the
project): the first argument of every `inc_value`, `set_value`, `max_value` and
`min_value` call, with module constants (also imported ones), `+`, f-strings,
`a if c else b` and constant dicts followed. A part known only at run time (an
f-string's `{kind}`, a local variable) becomes a placeholder that matches any
text, so the README's `download/undecodable/<coding>` documents
`UNDECODABLE_STAT + coding`. The manual drifted before: about 60 keys were set
that it never named.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Stats the crawl records"
METHODS = frozenset({"inc_value", "set_value", "max_value", "min_value"})
ANY = "\0"  # a part known only at run time
UNRESOLVED = "\1"  # an expression the pass cannot follow: the test says where


class Source:
    """The modules of one package, parsed, with their module-level assignments and imports."""

    def __init__(self, modules: dict[str, ast.Module]) -> None:
        self.modules = modules
        self._names: dict[str, tuple[dict[str, ast.expr], dict[str, tuple[str, str]]]] = {}

    @classmethod
    def from_package(cls, package: Path) -> Source:
        modules = {}
        for path in sorted(package.rglob("*.py")):
            parts = path.relative_to(package.parent).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = ast.parse(path.read_text(encoding="utf-8"), str(path))
        return cls(modules)

    def names(self, module: str) -> tuple[dict[str, ast.expr], dict[str, tuple[str, str]]]:
        if module not in self._names:
            assigned: dict[str, ast.expr] = {}
            imported: dict[str, tuple[str, str]] = {}
            for node in getattr(self.modules.get(module), "body", []):
                if isinstance(node, ast.Assign) and len(node.targets) == 1:
                    if isinstance(node.targets[0], ast.Name):
                        assigned[node.targets[0].id] = node.value
                elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                    if node.value is not None:
                        assigned[node.target.id] = node.value
                elif isinstance(node, ast.ImportFrom) and node.module:
                    for alias in node.names:
                        imported[alias.asname or alias.name] = (node.module, alias.name)
            self._names[module] = (assigned, imported)
        return self._names[module]

    def values(self, node: ast.expr, module: str, depth: int = 0) -> list[str]:
        """Every string `node` can be; ANY where a part is known only at run time."""
        if depth > 20:
            return [UNRESOLVED]
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else [UNRESOLVED]
        if isinstance(node, ast.JoinedStr):
            found = [""]
            for part in node.values:
                if isinstance(part, ast.Constant):
                    pieces = [str(part.value)]
                elif isinstance(part, ast.FormattedValue):
                    pieces = self._known(part.value, module, depth)
                else:
                    pieces = [UNRESOLVED]
                found = [a + b for a in found for b in pieces]
            return found
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.values(node.left, module, depth + 1)
            right = self._known(node.right, module, depth)
            return [a + b for a in left for b in right]
        if isinstance(node, ast.IfExp):
            return self.values(node.body, module, depth + 1) + self.values(
                node.orelse, module, depth + 1
            )
        if isinstance(node, ast.Name):
            assigned, imported = self.names(module)
            if node.id in assigned:
                return self.values(assigned[node.id], module, depth + 1)
            if node.id in imported and imported[node.id][0] in self.modules:
                where, name = imported[node.id]
                return self.values(ast.Name(id=name), where, depth + 1)
            return [UNRESOLVED]
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            assigned, imported = self.names(module)
            where, name = module, node.value.id
            if name not in assigned and name in imported and imported[name][0] in self.modules:
                where, name = imported[name]  # a table imported from another module
            table = self.names(where)[0].get(name)
            if isinstance(table, ast.Dict):
                return [k for value in table.values for k in self.values(value, where, depth + 1)]
        return [UNRESOLVED]

    def _known(self, node: ast.expr, module: str, depth: int) -> list[str]:
        """A part of a key: followed where it is a constant, else known only at run time."""
        found = self.values(node, module, depth + 1)
        return [ANY if UNRESOLVED in value else value for value in found]

    def stats_keys(self) -> Iterator[tuple[str, str, int]]:
        """(key, module, line) of every stats call's first argument."""
        for module, tree in self.modules.items():
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                if node.func.attr in METHODS and node.args:
                    for key in self.values(node.args[0], module):
                        yield key, module, node.lineno


def pattern(key: str) -> re.Pattern[str]:
    """A key from the code as a pattern: a run-time part matches any text."""
    return re.compile(".+".join(re.escape(part) for part in key.split(ANY)))


def documented(readme: str) -> list[str]:
    """The keys in the first column of the tables under SECTION."""
    start = readme.find("\n" + SECTION + "\n")
    if start < 0:
        return []
    end = readme.find("\n## ", start + 1)
    keys = []
    for line in readme[start : end if end > 0 else None].splitlines():
        if line.startswith("| `"):
            keys += re.findall(r"`([^`]+)`", line.split("|")[1])
    return keys


@pytest.fixture(scope="module")
def code_keys() -> dict[str, str]:
    found: dict[str, str] = {}
    for key, module, line in Source.from_package(ROOT / "newsarchive").stats_keys():
        found.setdefault(key, f"{module}:{line}")
    return found


@pytest.fixture(scope="module")
def readme_keys() -> list[str]:
    return documented((ROOT / "README.md").read_text(encoding="utf-8"))


def test_every_stats_call_is_followed(code_keys: dict[str, str]) -> None:
    """A key the pass cannot read (a name from a function argument, a call) would be
    checked against nothing: say where, so the pass learns it or the code names it."""
    unread = {
        key.replace(UNRESOLVED, "?").replace(ANY, "<>"): where
        for key, where in code_keys.items()
        if UNRESOLVED in key or key.startswith(ANY)
    }
    assert not unread


def test_readme_documents_every_stat(code_keys: dict[str, str], readme_keys: list[str]) -> None:
    assert readme_keys, f"no {SECTION!r} section with a table of stats in README.md"
    missing = {
        key.replace(ANY, "<>"): where
        for key, where in code_keys.items()
        if not any(pattern(key).fullmatch(name) for name in readme_keys)
    }
    assert not missing, f"set in the code, not in README.md's {SECTION!r}: {missing}"


def test_readme_names_no_stat_the_code_does_not_set(
    code_keys: dict[str, str], readme_keys: list[str]
) -> None:
    patterns = [pattern(key) for key in code_keys]
    stale = [name for name in readme_keys if not any(p.fullmatch(name) for p in patterns)]
    assert not stale, f"in README.md's {SECTION!r}, set nowhere in the code: {stale}"


def test_readme_names_each_stat_in_one_row(readme_keys: list[str]) -> None:
    """Two rows for one stat (two branches each adding it, merged) may say different
    things of it: a reader cannot tell which is true."""
    twice = sorted({name for name in readme_keys if readme_keys.count(name) > 1})
    assert not twice, f"in README.md's {SECTION!r}, named in more than one row: {twice}"


SAMPLE = {
    "pkg.names": 'PREFIX = "a/prefix/"\nEXACT: str = "a/exact"\n',
    "pkg.use": (
        "from pkg.names import PREFIX, EXACT\n"
        'LOCAL = "b/local"\n'
        'TABLE = {1: "c/one", 2: "c/two"}\n'
        "def f(stats, kind, n, flag):\n"
        "    stats.inc_value(EXACT)\n"
        "    stats.inc_value(PREFIX + kind)\n"
        '    stats.set_value(f"{LOCAL}/{kind}", 1)\n'
        '    stats.max_value("d/on" if flag else "d/off", n)\n'
        "    stats.inc_value(TABLE[n])\n"
        "    stats.min_value(kind, n)\n"
        "    stats.get_value(EXACT)\n"
    ),
}


def test_the_pass_follows_constants_imports_fstrings_and_tables() -> None:
    source = Source({name: ast.parse(text) for name, text in SAMPLE.items()})
    keys = [key for key, _, _ in source.stats_keys()]
    assert sorted(keys) == sorted(
        [
            "a/exact",
            "a/prefix/" + ANY,
            "b/local/" + ANY,
            "d/on",
            "d/off",
            "c/one",
            "c/two",
            UNRESOLVED,
        ]
    )
    assert pattern("a/prefix/" + ANY).fullmatch("a/prefix/<kind>")
    assert not pattern("a/prefix/" + ANY).fullmatch("a/prefix/")
    assert not pattern("a/exact").fullmatch("a/exact/more")


def test_documented_reads_the_first_column_of_the_section_only() -> None:
    readme = (
        "# x\n\n## Other\n\n| `x/other` | no |\n\n"
        f"{SECTION}\n\n| stat | counts |\n|---|---|\n| `a/one`, `a/two/<kind>` | `not/this` |\n"
        "\n## Next\n\n| `x/next` | no |\n"
    )
    assert documented(readme) == ["a/one", "a/two/<kind>"]
