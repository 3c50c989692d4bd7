"""What the variant benchmarks share: the pages looked at, grouped, and the page rewriting.

title_variants.py, body_variants.py, people_variants.py and dates_degraded_bench.py each
carried their own copy of these (a JSON-LD walker, page loading and grouping, the md5
choice, the newsbench check); one copy here keeps their groups and rewrites the same.
Only dev and world minus kept-aside are ever read: the kept-aside pages stay unseen.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

import lxml.html
from lxml.html import HtmlElement

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import (
    DEFAULT_NEWSBENCH,
    SETS,
    _load_pages,
    _load_scorer,
    kept_aside,
    publisher_half,
)

from newsarchive.extract.document import decode

GROUPS = ("dev", "world A", "world B")
Page = tuple[str, dict[str, Any], bytes]  # (group, newsbench record, the page's bytes)


def arguments(doc: str | None) -> argparse.ArgumentParser:
    """The options every variant benchmark takes: --newsbench, --per-page, --only."""
    ap = argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--newsbench", default=str(DEFAULT_NEWSBENCH))
    ap.add_argument("--per-page", action="store_true", help="list the pages each variant loses")
    ap.add_argument("--only", help="run only the variants whose name contains this")
    return ap


def open_newsbench(where: str) -> tuple[Path, Any] | None:
    """newsbench's directory and its scorer; None (after one line on stderr) without it."""
    root = Path(where).resolve()
    score_py = root / "score.py"
    if not score_py.is_file() or not all((root / s / "expected.jsonl").is_file() for s in SETS):
        print(f"newsbench not found at {root} (pass --newsbench DIR)", file=sys.stderr)
        return None
    return root, _load_scorer(score_py)


def looked_at(root: Path, field: str | None = None) -> list[Page]:
    """(group, record, html) of dev and world minus kept-aside, in file order; with `field`,
    only the pages whose answer states it. Groups: "dev", "world A", "world B"."""
    out = []
    for name in ("dev", "world"):
        for rec, raw in _load_pages(root / name):
            if name == "world" and kept_aside(rec["publisher"]):
                continue
            if field is None or rec["expected"].get(field):
                group = "dev" if name == "dev" else f"world {publisher_half(rec['publisher'])}"
                out.append((group, rec, raw))
    return out


def chosen(names: Iterable[str], only: str | None) -> Iterator[str]:
    """The variants `--only` selects ("original", the reference, always)."""
    return (n for n in names if not only or n == "original" or only in n)


def rewritten(raw: bytes, edit: Callable[[HtmlElement], None] | None) -> str | bytes:
    """The page as `edit` leaves its tree (the bytes unchanged without one)."""
    if edit is None:
        return raw
    root = lxml.html.fromstring(decode(raw))
    edit(root)
    return lxml.html.tostring(root, encoding="unicode")


def pick(seq: tuple[str, ...], rec: dict[str, Any], salt: str) -> str:
    """One of `seq` for this page, the same on every run."""
    h = int(hashlib.md5(f"{rec['id']}/{salt}".encode()).hexdigest(), 16)
    return seq[h % len(seq)]


def head(root: HtmlElement) -> HtmlElement:
    """The page's <head>, made where it has none."""
    found = root.find("head")
    if found is None:
        found = lxml.html.Element("head")
        root.insert(0, found)
    return found


def meta_key(m: HtmlElement) -> str:
    return (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()


def metas(root: HtmlElement, keys: Collection[str]) -> list[HtmlElement]:
    """The <meta>s named one of `keys` ("itemprop:keywords": any itemprop=keywords too)."""
    found = [m for m in root.iter("meta") if meta_key(m) in keys]
    if "itemprop:keywords" in keys:
        found += [m for m in root.iter("meta") if m.get("itemprop") == "keywords"]
    return found


def drop(els: list[HtmlElement]) -> None:
    for el in els:
        if el.getparent() is not None:
            el.drop_tree()


def edit_jsonld(root: HtmlElement, edit: Callable[[dict[str, Any]], None]) -> None:
    """Apply `edit` to every JSON-LD object (nested ones and @graph members too)."""

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            edit(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for script in root.xpath('//script[contains(@type, "ld+json")]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        walk(data)
        script.text = json.dumps(data, ensure_ascii=False)


Edit = Callable[[HtmlElement, dict[str, Any]], object]  # a rewrite of a page's tree


def both(*steps: Edit) -> Callable[[HtmlElement, dict[str, Any]], None]:
    """The rewrites `steps`, one after the other, as one rewrite."""

    def run(root: HtmlElement, rec: dict[str, Any]) -> None:
        for step in steps:
            step(root, rec)

    return run


def mean(xs: list[Any]) -> float:
    return sum(xs) / len(xs) if xs else 0.0
