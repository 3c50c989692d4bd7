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
patterns `regex_audit.collect` finds, literal patterns of `re` calls inside functions
(keyed "module.function#n"), and the patterns built at run time from the package's own
tables (`regex_audit.collect_built`: every site profile's parts, each language's words), built
from every real input. Each place that builds a pattern at run time is in BUILT: read by
`collect_built`, or why its shape cannot vary with what it is built from.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from regex_audit import collect, collect_built
from regex_shapes import shapes

KNOWN = Path(__file__).parent / "fixtures" / "regex_shapes_known.txt"
# The listed patterns' count (152 of 584 at 0aba4839, before the bylines' worst were mended;
# six more once the check read ASCII letters and leading assertions; ten this session's branches
# added were rewritten, three whose callers cap their input stay listed; the @handle and the
# JSON-LD scan read linearly since session 24; six once "adjacent" asked that what lies between
# the loops be a run's character too: "[^{}]*\"from\"\\s*" splits no run (or one read after the
# second loop: leadimage._ADDRESS's "\\S*\\.\\w+(?:\\?\\S*)?$" does, rewritten); 23 guarded with
# "(?!(?<=\\s)\\s)", the same results: tests/test_extract_space_guard.py; seven more guarded, or
# anchored with "^" where their callers only `match` from the text's start; eight more anchored;
# the page language's own "and" guarded, authors-27).
KNOWN_MAX = 105


READ = "read by regex_audit.collect_built from every real input"
ESCAPED = "an escaped word (re.escape) between literal parts: no loop of its own"
# Each function that builds a pattern at run time ("module.function": a `re` call whose
# pattern is no literal), and how its shapes are checked.
BUILT = {
    "newsarchive.changes.listed.__init__": ESCAPED + " (a file-name prefix, fullmatched)",
    "newsarchive.extract.authorchecks.without_interviewee": ESCAPED + " (a name of the byline)",
    "newsarchive.extract.authorcredits.named_in_story": ESCAPED + " (a name of the byline)",
    "newsarchive.extract.authorchecks.place_on_page": ESCAPED + " (a word of the byline)",
    "newsarchive.extract.bodyquotes._is_writer_bio": ESCAPED + " (a name of the bio)",
    "newsarchive.extract.authorjoins._own_and": READ,
    "newsarchive.extract.daterelative._day_words": READ,
    "newsarchive.extract.regexcache.__call__": (
        "re.compile for the modules' import-time patterns: read by collect as module globals"
    ),
    "newsarchive.extract.regexcache._make": (
        "the same, where re's internals differ (another CPython): read by collect as module globals"
    ),
    "newsarchive.extract.document.close_of": ESCAPED + " (an element's name as a page spells it)",
    # not read: its shape follows a host name's letters; two letters spelt alike side by side
    # ("tt" of "بتت") give "t+[aeiouy]*t+", fullmatched over the site's own names
    "newsarchive.extract.site._hebrew_spelling": "a Hebrew name's letters, not read",
    "newsarchive.extract.site._arabic_spelling": "an Arabic name's letters, not read",
    # a module-level pattern's own source (read where it is defined) compiled again without
    # IGNORECASE: the same shape
    # a fixed sequence of small alternations (no repetition at all), fullmatched over host keys
    "newsarchive.extract.site._hangul_spelling": "a Korean name's syllables, no repetition",
    "newsarchive.extract.topiclinks._named_in": ESCAPED + " (words of a label, \\w*\\s+ between)",
    "newsarchive.extract.topics.topics": READ + " (each profile's rules' topics_exclude)",
    "newsarchive.extract.topics._joined_on_page": ESCAPED + " (slashed words, one mark between)",
    "newsarchive.package.wacz.remove_killed_partials": ESCAPED + " (a file-name prefix)",
    "newsarchive.scoped._release": "a warnings filter's own text, matched on warning messages",
    "newsarchive.sites.base._allow": READ,
    "newsarchive.sites.base._deny": READ,
    "newsarchive.sites.base.renders_article": READ,
    "newsarchive.spiders.paging.first_offset": READ + " (show_more's offset_pattern)",
    # _Numbered: "(?<![0-9])0*+(?:1|2|13)(?![0-9])", numbers of a page's URL plus one
    "newsarchive.spiders.pagination.__init__": "ASCII numbers joined by |, one possessive loop",
    "newsarchive.spiders.scope.__init__": READ + " (url_date)",
    "newsarchive.warc.spoolfiles.remove_ended": ESCAPED + " (a file-name prefix)",
}


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


def built_places(package: Path = PACKAGE) -> set[str]:
    """The functions ("module.function") with a `re` call whose pattern is built at run time
    (no literal)."""
    out = set()
    for path in sorted(package.rglob("*.py")):
        module = ".".join(path.relative_to(package.parent).with_suffix("").parts)
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in _CALLS
                and node.args
                and not isinstance(node.args[0], ast.Constant)
                for node in ast.walk(fn)
            ):
                out.add(f"{module}.{fn.name}")
    return out


def _flagged(patterns: dict[tuple[str, int], str]) -> dict[str, tuple[set[str], str]]:
    out: dict[str, tuple[set[str], str]] = {}
    for (pattern, flags), where in patterns.items():
        named = shapes(pattern, flags)
        if named:
            out[where] = (set(named), pattern[:80])
    return out


@pytest.fixture(scope="module")
def flagged() -> dict[str, tuple[set[str], str]]:
    """Each pattern with a shape: its place, its shapes and its opening."""
    found = collect(None)
    out = _flagged({**{k: v for k, v in collect_built().items() if k not in found}, **found})
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


def test_every_place_building_a_pattern_at_run_time_is_known() -> None:
    """A new function building a pattern from run-time parts fails here: have
    `regex_audit.collect_built` build it from its real inputs, or say in BUILT why its shape
    cannot vary with them."""
    found = built_places()
    assert sorted(found - set(BUILT)) == [], "read these in collect_built or place them in BUILT"
    assert sorted(set(BUILT) - found) == [], "gone: take them out of BUILT"


def test_patterns_built_at_run_time_are_read() -> None:
    """Every site profile's parts and every language's day words are built, with the flags
    their readers use."""
    from newsarchive.extract import daterelative, langwords
    from newsarchive.sites import SITES

    built = collect_built()
    places = set(built.values())
    assert (r"/(?P<y>20\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)/", re.I | re.U) in built
    for profile in SITES.values():  # (a pattern two profiles share: the first one's place)
        assert all((p, re.I | re.U) in built for p in profile.articles.allow)
        assert all((p, re.I | re.U) in built for p in profile.render_articles)
    for lang in [None, *langwords.TODAY_WORDS]:
        assert all((rx.pattern, rx.flags) in built for rx in daterelative._day_words(lang))
    offsets = [w for w in places if w.endswith("offset_pattern")]
    assert "newsarchive.sites.SITES['foxnews'].show_more.offset_pattern" in offsets


def test_a_profile_pattern_with_a_shape_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """A site profile whose own link rule, date or "show more" offset backtracks is caught
    (before, a profile's patterns were not read at all)."""
    from dataclasses import replace

    from newsarchive import sites
    from newsarchive.sites.base import LinkRules, ShowMore

    hostile = replace(
        sites.SITES["demo"],
        articles=LinkRules(allow=(r"/(?:\w+-?)+\.html$",)),
        url_date=r"/(\d+)\d+/",
        show_more=ShowMore(url="/more?o={offset}", offset_pattern=r'data-offset="\s*\s*(\d+)'),
    )
    monkeypatch.setitem(sites.SITES, "hostile", hostile)
    found = _flagged(collect_built())
    at = "newsarchive.sites.SITES['hostile']"
    assert found[f"{at}.articles.allow[0]"][0] >= {"nested"}
    assert found[f"{at}.url_date"][0] >= {"adjacent"}
    assert found[f"{at}.show_more.offset_pattern"][0] >= {"adjacent"}


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
        # what lies between the loops is taken by both: a run of it ("@@@@", "abab") is split
        (r"x\S+@\S+", ["adjacent"]),
        (r"[ab]*ab[ab]*x", ["adjacent", "scan"]),
        # ... or by what reads on after the second loop: the run "-a-a-a" goes on past "a+"
        (r"x[a-]*-a+-[a-]*$", ["adjacent"]),
        (r"x[a-]*-(?:a+-)*$", ["adjacent"]),
        (r"x(?:[a-]*-a+)-[a-]*$", ["adjacent"]),
        (r"x[\w-]*\s?app\w*$", ["adjacent"]),
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
        # ... not by the second loop: a run splits between them in one place only
        (r'x[^{}]*"from"\s*:', []),
        (r"x\S+\.\w+", []),
        (r"x[\w-]*\s?app\W*$", []),
    ],
)
def test_shapes_found(pattern: str, named: list[str]) -> None:
    assert shapes(pattern, re.compile(pattern).flags) == named
