"""`python -m newsarchive demo`: crawl the bundled demo site and show what was archived.

It runs the same `scrapy crawl news -a site=demo` a user would, against the
demo site served on a free loopback port, then indexes and packages the WARCs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.server import DemoServer

# Local origin: no need for the politeness meant for real sites.
LOCAL_SPEED = {
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=int, default=300, help="size of the demo site")
    parser.add_argument(
        "--out", type=Path, default=Path("warc/demo"), help="folder for everything the demo writes"
    )


def run(args: argparse.Namespace) -> int:
    # The demo starts afresh each time: a second run would otherwise be an
    # incremental one that archives nothing new.
    shutil.rmtree(args.out, ignore_errors=True)
    args.out.mkdir(parents=True)
    args.items = args.out / "items.jsonl"
    with DemoServer(articles=args.articles) as server:
        print(f"demo news site: {server.base_url}")
        crawl = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=demo"]
        crawl += ["-a", f"base_url={server.base_url}", "-O", f"{args.items}:jsonlines"]
        crawl += ["-s", f"WARC_DIR={args.out}", "-s", "LOG_LEVEL=WARNING"]
        crawl += ["-s", f"STATE_PATH={args.out / 'state' / 'demo.sqlite'}"]
        crawl += ["-s", f"REPORT_DIR={args.out / 'reports'}"]
        # Loopback is refused by default (newsarchive.network): the demo site's origin only.
        crawl += ["-s", f"NETWORK_ALLOWED={server.host}:{server.port}"]
        for name, value in LOCAL_SPEED.items():
            crawl += ["-s", f"{name}={value}"]
        print("$", " ".join(crawl))
        code = subprocess.call(crawl)
    if code:
        print(f"crawl failed with exit code {code}", file=sys.stderr)
        return code
    wacz = args.out / "demo.wacz"
    index = [sys.executable, "-m", "newsarchive", "index", str(args.out)]
    index += ["--items", str(args.items), "--wacz", str(wacz)]
    if subprocess.call(index):
        print("indexing failed; the WARCs are complete all the same", file=sys.stderr)
    _summarise(args.out, args.items, wacz)
    return 0


def _summarise(warc_dir: Path, items: Path, wacz: Path) -> None:
    files = sorted(warc_dir.glob("*.warc.gz"))
    kinds: Counter[str] = Counter()
    for path in files:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                kinds[record.rec_type] += 1
    size = sum(p.stat().st_size for p in files)
    lines = items.read_text(encoding="utf-8").splitlines() if items.exists() else []
    titled = sum(1 for line in lines if json.loads(line).get("title"))
    print()
    print(f"WARC files   {len(files)} in {warc_dir}/ ({size:,} bytes)")
    print("records      " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())))
    print(f"pages        {kinds['response'] + kinds['revisit']} archived responses")
    print(f"items        {len(lines)} articles ({titled} with a title) in {items}")
    if wacz.exists():
        print(f"package      {wacz} (open it in replayweb.page)")
    print(f"replay       .venv/bin/python -m newsarchive replay {warc_dir}")
