"""The package's regular expressions whose parse has a super-linear shape
(benchmarks/regex_shapes.py: "scan", "adjacent", "nested") are the ones listed in
tests/fixtures/regex_shapes_known.txt, no more: their count only goes down.

A new pattern with such a shape fails here: rewrite it (a possessive `x*+` or atomic
`(?>...)` loop, a cap such as `{0,50}`, a guard such as `(?!(?<=\\s)\\s)` before a run
of spaces that the try from the run's start covers), or list it (its line from the
failure) and raise KNOWN_MAX, saying in the commit why its callers cut its input. A
listed pattern that lost its shape (or is gone) fails too: take its line out and lower
KNOWN_MAX. The shapes are read from the parse, so the verdict is the same on any machine;
`benchmarks/regex_audit.py` times the patterns themselves. Read: the module- and class-level
patterns `regex_audit.collect` finds, and literal patterns of `re` calls inside functions
(keyed "module.function#n"); not patterns built at run time (f-strings of names, a site's
own parts), whose shape depends on what they are built from.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from regex_audit import collect
from regex_shapes import shapes

KNOWN = Path(__file__).parent / "fixtures" / "regex_shapes_known.txt"
# The listed patterns' count (152 of 584 at 0aba4839, before the bylines' worst were mended;
# six more once the check read ASCII letters and leading assertions; ten this session's branches
# added were rewritten, three whose callers cap their input stay listed; the @handle and the
# JSON-LD scan read linearly since session 24).
KNOWN_MAX = 151


def _known() -> dict[str, set[str]]:
    """Each listed pattern's place (where `regex_audit.collect` finds it) and its shapes."""
    text = KNOWN.read_text().splitlines()
    lines = [line.split() for line in text if line.strip() and not line.startswith("#")]
    return {where: set(named.split("+")) for where, named in lines}


PACKAGE = Path(__file__).resolve().parents[1] / "newsarchive"
_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}


def _flags(node: ast.expr) -> int:
    """`re.I | re.S` and the like; 0 for anything else."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return int(getattr(re, node.attr, 0)) if node.value.id == "re" else 0
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _flags(node.left) | _flags(node.right)
    return 0


def in_functions(package: Path = PACKAGE) -> dict[str, tuple[str, int, str]]:
    """The literal patterns of `re` calls inside functions (compiled there, which
    `regex_audit.collect` never sees): "module.function#n" -> pattern, flags, call."""
    out: dict[str, tuple[str, int, str]] = {}
    for path in sorted(package.rglob("*.py")):
        module = ".".join(path.relative_to(package.parent).with_suffix("").parts)
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            n = 0
            for node in ast.walk(fn):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "re"
                    and node.func.attr in _CALLS
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    continue
                flags = _flags(node.args[1]) if node.func.attr == "compile" and node.args[1:] else 0
                for kw in node.keywords:
                    flags |= _flags(kw.value) if kw.arg == "flags" else 0
                out[f"{module}.{fn.name}#{n}"] = (node.args[0].value, flags, node.func.attr)
                n += 1
    return out


@pytest.fixture(scope="module")
def flagged() -> dict[str, tuple[set[str], str]]:
    """Each pattern with a shape: its place, its shapes and its opening."""
    out: dict[str, tuple[set[str], str]] = {}
    for (pattern, flags), where in collect(None).items():
        named = shapes(pattern, flags)
        if named:
            out[where] = (set(named), pattern[:80])
    for where, (pattern, flags, call) in in_functions().items():
        named = shapes(pattern, flags)
        if call in ("match", "fullmatch"):  # anchored: tried from one place only
            named = [n for n in named if n != "scan"]
        if named:
            out[where] = (set(named), pattern[:80])
    return out


def test_patterns_in_functions_are_read(tmp_path: Path) -> None:
    """A pattern compiled inside a function is checked too (a module's names alone missed
    it); a literal one that `re.match` anchors is tried from one place only."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "mod.py").write_text(
        "import re\n\n\ndef cut(text):\n"
        "    text = re.sub(r'\\s*,\\s*', ',', text, flags=re.I | re.M)\n"
        "    return re.match(r'\\s*:\\s*x', text)\n"
    )
    found = in_functions(pkg)
    assert found == {
        "pkg.mod.cut#0": (r"\s*,\s*", re.I | re.M, "sub"),
        "pkg.mod.cut#1": (r"\s*:\s*x", 0, "match"),
    }
    assert shapes(*found["pkg.mod.cut#0"][:2]) == ["scan"]


def test_no_new_pattern_with_a_super_linear_shape(flagged: dict[str, tuple[set[str], str]]) -> None:
    known = _known()
    new = sorted(
        f"{where} {'+'.join(sorted(named))}  ({pattern!r})"
        for where, (named, pattern) in flagged.items()
        if not named <= known.get(where, set())
    )
    assert not new, f"rewrite these, or list them in {KNOWN}:\n" + "\n".join(new)


def test_every_listed_pattern_still_has_its_shape(
    flagged: dict[str, tuple[set[str], str]],
) -> None:
    gone = sorted(where for where in _known() if where not in flagged)
    assert not gone, "mended or gone: take their lines out, lower KNOWN_MAX:\n" + "\n".join(gone)


def test_the_count_only_goes_down(flagged: dict[str, tuple[set[str], str]]) -> None:
    assert len(_known()) <= KNOWN_MAX
    assert len(flagged) >= 100  # the collection found the package's patterns


@pytest.mark.parametrize(
    ("pattern", "named"),
    [
        (r"\w+\s*\w+", ["adjacent", "scan"]),
        (r"\s*\s*", ["adjacent"]),
        (r"(?:\w+\s?)+", ["nested"]),
        (r"(?:\s*\w+)+x", ["nested", "scan"]),
        (r"\S+@\S+\.\w+", ["adjacent", "scan"]),
        (r"\s*,\s*", ["scan"]),
        (r"\s+(?:and|und)\s+", ["scan"]),
        (r"\d+x", ["scan"]),
        # an ASCII letter of the pattern's own is in the sample ("b" was not)
        (r"(b+)+c", ["nested", "scan"]),
        (r"(x+x+)+y", ["adjacent", "nested", "scan"]),
        (r"<s[^>]*ld\+json[^>]*>", ["adjacent"]),
        # an assertion first that does not keep the tries off a run's inside
        (r"(?!x)\s*,\s*", ["scan"]),
        (r"(?=\s)\s*,", ["scan"]),
        (r"(?<![\w.])\s*@", ["scan"]),
        (r"(?<=\s)\s*x", ["scan"]),
        (r"\B\s+,", ["scan"]),
        (r"(?m)^\s*x", ["scan"]),
        (r"(?<!\s)\s*+\+{2,}+x", ["scan"]),
        # none: guarded, anchored, possessive, atomic, capped, separated
        (r"(?!(?<=\s)\s)\s+(?:and|und)\s+", []),
        (r"(?<!\s)\s*,\s*", []),
        (r"(?<=\w)\s*x", []),
        (r"(?!(?<=[\s|,])[\s|,])[\s|,]+x", []),
        (r"(?<!\s)\s*+(?<!\+)\+{2,}+x", []),
        (r"^\s*x", []),
        (r"\bfoo\s+", []),
        (r"(?:,\s*\w+)*", []),
        (r"\w+(?:-\w+)*", []),
        (r"x\w++\s*\w+", []),
        (r"x(?>\w+)\s*\w+", []),
        (r"x[^<]{0,50}[^>]{0,50}", []),
        (r"\s+", []),
    ],
)
def test_shapes_found(pattern: str, named: list[str]) -> None:
    assert shapes(pattern, re.compile(pattern).flags) == named
