"""Extraction of huge pages: CPU time and peak memory for 5, 20 and 40 MB pages.

    .venv/bin/python benchmarks/huge_page_bench.py [--sizes 5,20,40] [--no-limit]

Each page is generated (one <article> holding a single paragraph of repeated
sentences, JSON-LD and metas in <head>) and extracted in a fresh process, so the
peak RSS is that page's alone (the interpreter and imports, ~60 MB, included).
With the size limit (the default) a page is read up to `MAX_HTML` characters;
`--no-limit` reads it whole. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import inspect
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SENTENCE = "The harbour board voted on Tuesday to add two evening crossings to the timetable. "


def page(megabytes: float) -> str:
    """A page of about `megabytes` MB: head fields at the top, one huge paragraph."""
    repeats = int(megabytes * 1_000_000 / len(SENTENCE))
    ld = {
        "@type": "NewsArticle",
        "headline": "Harbour board adds evening ferries",
        "author": {"@type": "Person", "name": "Jane Doe"},
        "datePublished": "2026-01-02T10:00:00Z",
    }
    return (
        "<html><head><title>Harbour board adds evening ferries</title>"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        "<body><article><h1>Harbour board adds evening ferries</h1><p>"
        + SENTENCE * repeats
        + "</p></article></body></html>"
    )


def measure(megabytes: float, limit: bool) -> dict[str, object]:
    """Run in a child process: one page's CPU seconds, peak RSS and what came out."""
    sys.path.insert(0, str(REPO))
    from newsarchive.extract import extract_article

    html = page(megabytes).encode()
    kwargs = {}
    if not limit and "max_html" in inspect.signature(extract_article).parameters:
        kwargs["max_html"] = None
    start = time.process_time()
    article = extract_article(html, "http://news.test/ferries", **kwargs)  # type: ignore[arg-type]
    seconds = time.process_time() - start
    return {
        "seconds": seconds,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "body_chars": len(article.body or ""),
        "truncated": getattr(article, "truncated", False),
        "authors": article.authors,
    }


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", default="5,20,40", help="page sizes in MB (default 5,20,40)")
    ap.add_argument("--no-limit", action="store_true", help="read every page whole")
    ap.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        print(json.dumps(measure(args.child, not args.no_limit)))
        return 0
    print("| page | CPU s | peak RSS MB | body chars | truncated | authors |")
    print("|---|---|---|---|---|---|")
    for size in (float(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--child", str(size)]
        if args.no_limit:
            cmd.append("--no-limit")
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode:
            print(f"| {size:g} MB | failed: {done.stderr.strip().splitlines()[-1:]} |")
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"| {size:g} MB | {r['seconds']:.2f} | {r['rss_mb']:.0f} | {r['body_chars']:,} "
            f"| {r['truncated']} | {', '.join(r['authors'])} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
