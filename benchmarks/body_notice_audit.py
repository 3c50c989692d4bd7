"""Does the body's notice step drop a sentence of the story? An overreach check on newsbench.

    .venv/bin/python benchmarks/body_notice_audit.py [--newsbench DIR] [--all]

Extracts the body of every page of dev and world minus kept-aside (never the kept-aside
part) twice, with site profiles: as the crawl does, and with `furniture.is_stock_line` (the
notice step: newsletter boxes, "follow us", "read more", share and comment prompts, credits)
answering no to every line. A line the second body has and the first lacks was dropped by
the notice step; it is a wrong drop when the answer key's body holds it (compared casefolded,
on word characters; lines of fewer than three words are left out, a counter "1" being found
in any key). Prints each wrong drop (page id and the line), then the counts of wrong and
right drops (`--all` prints the right drops too). Exits 1 when any drop is wrong, 2 without
newsbench.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import extract_bench  # noqa: E402

import newsarchive.extract.bodylead as bodylead  # noqa: E402
import newsarchive.extract.bodywalk as bodywalk  # noqa: E402
from newsarchive.articles import fetch_time, rules_for_page  # noqa: E402
from newsarchive.extract import extract_article, furniture  # noqa: E402

_NOT_WORD = re.compile(r"\W+")
MIN_WORDS = 3


def _norm(text: str) -> str:
    return _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def _bodies(pages: list[extract_bench.Page], without_notices: bool) -> dict[str, str]:
    kept = furniture.is_stock_line
    if without_notices:  # in each body module that asks it
        bodylead.is_stock_line = bodywalk.is_stock_line = lambda text: False  # type: ignore[assignment]
    try:
        out = {}
        for rec, html in pages:
            rules = rules_for_page(None, rec["url"], rec.get("crawl_date"))
            art = extract_article(
                html, rec["url"], rules, fetched=fetch_time(rec.get("crawl_date"))
            )
            out[rec["id"]] = art.body or ""
        return out
    finally:
        bodylead.is_stock_line = bodywalk.is_stock_line = kept


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--newsbench",
        default=os.environ.get("NEWSBENCH_ROOT", str(extract_bench.DEFAULT_NEWSBENCH)),
    )
    ap.add_argument("--all", action="store_true", help="print the right drops too")
    args = ap.parse_args()
    root = Path(args.newsbench).resolve()
    if not all((root / s / "expected.jsonl").is_file() for s in extract_bench.SETS):
        print(f"newsbench not found under {root} (pass --newsbench DIR)", file=sys.stderr)
        return 2
    pages = [
        p
        for s in extract_bench.SETS
        for p in extract_bench._load_pages(root / s)
        if s == "dev" or not extract_bench.kept_aside(p[0]["publisher"])
    ]
    shown, bare = _bodies(pages, False), _bodies(pages, True)
    wrong = right = 0
    for rec, _ in pages:
        key = _norm(rec["expected"].get("body") or "")
        if not key:
            continue
        kept = {line.strip() for line in shown[rec["id"]].split("\n")}
        for line in (x.strip() for x in bare[rec["id"]].split("\n")):
            if not line or line in kept:
                continue
            words = _norm(line)
            if len(words.split()) >= MIN_WORDS and words in key:
                wrong += 1
                print(f"WRONG {rec['id']}: {line[:200]}")
            else:
                right += 1
                if args.all:
                    print(f"right {rec['id']}: {line[:200]}")
    print(f"{len(pages)} pages: {wrong} wrong drops (in the answer's body), {right} right drops")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
