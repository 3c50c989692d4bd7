"""The layering the README promises: extraction is pure functions over HTML.

`newsarchive/extract` serves the live crawl, re-extraction from old WARCs and the
benchmark alike only while it imports nothing of the crawler: not Scrapy, not
the spiders, not the WARC package, not the pipelines.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
EXTRACT = PROJECT / "newsarchive" / "extract"
FORBIDDEN = ("scrapy", "newsarchive.spiders", "newsarchive.warc", "newsarchive.pipelines")


def _forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import statement of a module, however deeply nested."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


@pytest.mark.parametrize("path", sorted(EXTRACT.rglob("*.py")), ids=lambda p: p.name)
def test_no_extract_module_imports_the_crawler(path: Path) -> None:
    bad = [
        f"{path.name}:{line} imports {name}" for line, name in _imports(path) if _forbidden(name)
    ]
    assert not bad


def test_importing_extraction_loads_nothing_of_the_crawler() -> None:
    """Also what the extract package pulls in through other modules of the project."""
    probe = (
        "import sys; from newsarchive.extract import extract_article; "
        "print('\\n'.join(sorted(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=PROJECT, capture_output=True, text=True, check=True
    )
    loaded = done.stdout.split()
    assert "newsarchive.extract.core" in loaded  # the probe imported what it should
    assert [name for name in loaded if _forbidden(name)] == []


@pytest.mark.parametrize(("cascade", "prefix"), [("authors", "author"), ("body", "body")])
def test_field_modules_import_only_those_listed_below_them(cascade: str, prefix: str) -> None:
    """authors.py's and body.py's docstrings map their pieces, each importing only those listed
    after it: a reader follows the map down without meeting a module twice, and a piece new to
    the map (or one missing from it) fails here."""
    doc = ast.get_docstring(ast.parse((EXTRACT / f"{cascade}.py").read_text(encoding="utf-8")))
    listed = [cascade] + [
        line.split("`")[1] for line in (doc or "").splitlines() if line.startswith(f"- `{prefix}")
    ]
    assert sorted(listed) == sorted(p.stem for p in EXTRACT.glob(f"{prefix}*.py"))
    upward = [
        f"{name} imports {module}"
        for at, name in enumerate(listed)
        for _, module in _imports(EXTRACT / f"{name}.py")
        if module.startswith(f"newsarchive.extract.{prefix}")
        and module.count(".") == 2
        and module.rsplit(".", 1)[1] in listed[: at + 1]
    ]
    assert upward == []


@pytest.mark.parametrize("prefix", ["author", "body"])
def test_field_modules_take_no_private_name_of_another_module(prefix: str) -> None:
    """A name one module of a field's cascade takes from another is public in its owner: a
    leading underscore tells the owner's reader that nothing outside leans on it (an edit
    there breaks no one), and that is only true while no other module imports it."""
    taken = [
        f"{path.name}:{node.lineno} takes {node.module}.{alias.name}"
        for path in sorted(EXTRACT.glob(f"{prefix}*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        if isinstance(node, ast.ImportFrom) and (node.level or "newsarchive" in (node.module or ""))
        for alias in node.names
        if alias.name.startswith("_")
    ]
    assert taken == []
