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


CASCADES = [
    ("authors", "author"),
    ("body", "body"),
    ("datelines", "dateline"),
    ("titleparts", "titlepart"),
]


@pytest.mark.parametrize(("cascade", "prefix"), CASCADES)
def test_field_modules_import_only_those_listed_below_them(cascade: str, prefix: str) -> None:
    """authors.py's, body.py's, datelines.py's and titleparts.py's docstrings map their pieces,
    each importing only those listed after it: a reader follows the map down without meeting a
    module twice, and a piece new to the map (or one missing from it) fails here. (A prefix
    names a cascade's pieces: "titlepart", as title.py, titlevotes.py and titlelabels.py
    import titleparts and are none of its pieces.)"""
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


def _private_uses(path: Path, prefix: str) -> list[str]:
    """A module's uses of another piece's private names: `from ...<piece> import _name`, or
    `<piece>._name` where the piece is imported whole."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    pieces: set[str] = set()  # the names the module gives the pieces it imports whole
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            piece = node.module.startswith(f"newsarchive.extract.{prefix}")
            for alias in node.names:
                if node.module == "newsarchive.extract" and alias.name.startswith(prefix):
                    pieces.add(alias.asname or alias.name)
                elif piece and alias.name.startswith("_"):
                    found.append(f"{path.stem}:{node.lineno} imports {alias.name}")
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in pieces
            and node.attr.startswith("_")
        ):
            found.append(f"{path.stem}:{node.lineno} reads {node.value.id}.{node.attr}")
    return found


@pytest.mark.parametrize(("cascade", "prefix"), CASCADES)
def test_field_modules_share_only_public_names(cascade: str, prefix: str) -> None:
    """A piece uses another's names only where that one made them public: a private name
    (`_x`) is the piece's own to change, and a reader of it need look nowhere else."""
    bad = [
        use for path in sorted(EXTRACT.glob(f"{prefix}*.py")) for use in _private_uses(path, prefix)
    ]
    assert bad == []


def test_private_names_across_pieces_are_found(tmp_path: Path) -> None:
    """The check above finds both spellings of a private name taken from a sibling piece."""
    module = tmp_path / "datelinex.py"
    module.write_text(
        "from newsarchive.extract import datelinetexts\n"
        "from newsarchive.extract.datelinelinks import _PIECE_SLUG, links_a_piece\n"
        "x = datelinetexts._YEAR_CHAR, datelinetexts.has_year\n"
    )
    assert _private_uses(module, "dateline") == [
        "datelinex:2 imports _PIECE_SLUG",
        "datelinex:3 reads datelinetexts._YEAR_CHAR",
    ]
