"""`python -m newsarchive demo`: crawl the bundled demo site and show what was archived.

It runs the same `scrapy crawl news -a site=demo` a user would, against the
demo site served on a free loopback port, then indexes and packages the WARCs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from newsarchive.commands.project import PROJECT_SETTINGS, outside_project, unimportable_settings
from newsarchive.demo.server import DemoServer

# Local origin: no need for the politeness meant for real sites.
LOCAL_SPEED = {
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
}


MARKER = ".newsarchive-demo"  # in --out: the demo's own folder, emptied by the next run
EARLIER_DEMO = ("demo.wacz", "items.jsonl", "state")  # one written before the marker


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--articles",
        type=int,
        default=300,
        help="articles on the demo site (default 300, at least 10)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("warc/demo"),
        help="folder for everything the demo writes (default warc/demo; emptied first, "
        "if only an earlier demo wrote it)",
    )


def run(args: argparse.Namespace) -> int:
    unusable = unimportable_settings()
    if unusable:  # (before, a crawl with other settings than the user's, or a traceback)
        print(f"demo: {unusable}", file=sys.stderr)
        return 2
    try:
        site = DemoServer(articles=args.articles)
    except ValueError as exc:  # too few articles
        print(f"demo: {exc}", file=sys.stderr)
        return 2
    refused = _start_afresh(args.out)
    if refused:
        site.stop()
        print(f"demo: {refused}", file=sys.stderr)
        return 2
    args.items = args.out / "items.jsonl"
    with site as server:
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
        code = subprocess.call(crawl, env=_crawl_environment())
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


def _crawl_environment() -> dict[str, str]:
    """The crawl's environment: run from a folder with no scrapy.cfg (nor above it) and no
    SCRAPY_SETTINGS_MODULE, it names the project's settings (`scrapy crawl` said "The crawl
    command is not available from this location" and the demo failed); a user's own stay."""
    env = dict(os.environ)
    if outside_project():
        env["SCRAPY_SETTINGS_MODULE"] = PROJECT_SETTINGS
    return env


def _start_afresh(out: Path) -> str | None:
    """Empty `out` (a second run would otherwise be an incremental one that archives
    nothing new), or say why not: a folder the demo did not fill (`--out warc`, `--out .`)
    is never deleted."""
    if out.exists() and not out.is_dir():
        return f"--out {out} is a file; give a folder"
    earlier_demo = (out / MARKER).exists() or all((out / n).exists() for n in EARLIER_DEMO)
    if out.is_dir() and any(out.iterdir()) and not earlier_demo:
        return f"--out {out} holds files the demo did not write; give a new or empty folder"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    (out / MARKER).touch()
    return None


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
