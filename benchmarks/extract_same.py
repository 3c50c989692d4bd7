"""Whether two versions of the extractor give the same items on every newsbench page.

    .venv/bin/python benchmarks/extract_same.py save OUT.json [--rev REV]
    .venv/bin/python benchmarks/extract_same.py compare A B

`save` extracts every page of newsbench's dev and world sets (all of them, the
kept-aside publishers' too) with the working tree, or with git revision REV, and
writes each page's whole item (every Article field, read once with its site profile
and once without) to OUT.json. `compare` extracts with A and B and checks the items
are identical; each of A and B is a saved .json, a git revision (`main`, `HEAD~2`,
a commit) or `.` for the working tree. It prints how many pages it compared and,
for a page that differs, only its id and the fields that differ, never their values
(a kept-aside page is compared, not looked at); it exits 1 when any item differs.
A refactoring or speed change must leave `compare main .` at 0 differences.

A revision's `newsarchive` package is unpacked with `git archive` into a temporary
directory and run in its own interpreter, so the two versions never share a module.
Exits 2 when newsbench is absent. `--newsbench DIR` as in extract_bench.py.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_NEWSBENCH = next(
    (d / "shared" / "newsbench" for d in REPO.parents[:2] if (d / "shared" / "newsbench").is_dir()),
    REPO.parent / "shared" / "newsbench",
)
SETS = ("dev", "world")


def main() -> int:
    args = _parse_args()
    root = Path(args.newsbench).resolve()
    if not all((root / s / "expected.jsonl").is_file() for s in SETS):
        print(f"newsbench not found at {root} (pass --newsbench DIR)", file=sys.stderr)
        return 2
    if args.command == "_dump":  # in a fresh interpreter, with `source` first on the path
        _dump(root, Path(args.source), Path(args.out))
        return 0
    if args.command == "save":
        items = _items(args.rev, root)
        Path(args.out).write_text(json.dumps(items, ensure_ascii=False, sort_keys=True))
        print(f"{len(items)} pages' items ({args.rev}) written to {args.out}")
        return 0
    a, b = _items(args.a, root), _items(args.b, root)
    differing = 0
    for pid in sorted(a.keys() | b.keys()):
        if pid not in a or pid not in b:
            differing += 1
            print(f"{pid}: only in {'A' if pid in a else 'B'}")
            continue
        fields = sorted(
            f"{mode}.{name}"
            for mode in a[pid].keys() | b[pid].keys()
            for name in (a[pid].get(mode) or {}).keys() | (b[pid].get(mode) or {}).keys()
            if (a[pid].get(mode) or {}).get(name) != (b[pid].get(mode) or {}).get(name)
        )
        if fields:
            differing += 1
            print(f"{pid}: {', '.join(fields)}")
    both = len(a.keys() & b.keys())
    print(f"{both} pages compared (items read with and without site profiles), {differing} differ")
    return 1 if differing else 0


def _parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--newsbench", default=os.environ.get("NEWSBENCH_ROOT", str(DEFAULT_NEWSBENCH)))
    sub = ap.add_subparsers(dest="command", required=True)
    save = sub.add_parser("save", help="write every page's item to a JSON file")
    save.add_argument("out")
    save.add_argument("--rev", default=".", help="git revision, or . for the working tree")
    compare = sub.add_parser("compare", help="check two versions give the same items")
    compare.add_argument("a", help="saved .json, git revision, or . (working tree)")
    compare.add_argument("b", help="saved .json, git revision, or . (working tree)")
    dump = sub.add_parser("_dump")  # internal: one version's items, in its own interpreter
    dump.add_argument("source")
    dump.add_argument("out")
    return ap.parse_args()


def _items(version: str, root: Path) -> dict[str, Any]:
    """Every page's items from a saved file, a git revision or the working tree."""
    if version.endswith(".json") and Path(version).is_file():
        items: dict[str, Any] = json.loads(Path(version).read_text())
        return items
    with tempfile.TemporaryDirectory(prefix="extract-same-") as tmp:
        source = REPO
        if version != ".":
            source = Path(tmp) / "tree"
            source.mkdir()
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", "--format=tar", version, "newsarchive"],
                capture_output=True,
                check=False,
            )
            if archive.returncode:
                print(f"not a saved .json nor a git revision: {version}", file=sys.stderr)
                sys.exit(2)
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                tar.extractall(source, filter="data")
        out = Path(tmp) / "items.json"
        cmd = [sys.executable, __file__, "--newsbench", str(root), "_dump", str(source), str(out)]
        subprocess.run(cmd, check=True)
        items = json.loads(out.read_text())
        return items


def _dump(root: Path, source: Path, out: Path) -> None:
    """Each page's items, read with its site profile and without, as extract_bench.py does."""
    sys.path.insert(0, str(source))
    from newsarchive.articles import fetch_time, rules_for_page
    from newsarchive.extract import extract_article

    imported = Path(sys.modules["newsarchive"].__file__ or "").resolve()
    if not imported.is_relative_to(source.resolve()):
        sys.exit(f"newsarchive imported from {imported}, not from {source}")
    items: dict[str, Any] = {}
    for dataset in SETS:
        with open(root / dataset / "expected.jsonl", encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()]
        for rec in records:
            html = gzip.decompress((root / dataset / rec["html"]).read_bytes())
            at = fetch_time(rec.get("crawl_date"))
            rules = rules_for_page(None, rec["url"], rec.get("crawl_date"))
            items[rec["id"]] = {
                mode: dataclasses.asdict(extract_article(html, rec["url"], given, fetched=at))
                for mode, given in (("profiles", rules), ("generic", None))
            }
    out.write_text(json.dumps(items, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    sys.exit(main())
