"""`python -m newsarchive extract`: article items from WARC files or saved HTML pages.

The same code path as the crawl's pipeline (newsarchive.articles), so items
re-extracted from an archive match the ones the live crawl exported.

    python -m newsarchive extract warc/*.warc.gz -o items.jsonl
    python -m newsarchive extract --input pages.jsonl -o out.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from itemadapter import ItemAdapter

from newsarchive.articles import article_item
from newsarchive.commands.args import output_file, text_list, whole_number
from newsarchive.items import ArticlePage
from newsarchive.sites import UnknownSiteError, get_site, profile_for_url
from newsarchive.sites.base import SiteProfile
from newsarchive.warc.archives import Skips, archive_files
from newsarchive.warc.reader import iter_html_pages

logger = logging.getLogger(__name__)

# The batch finished, but some archive files or records could not be read
# (each is named in a warning; the summary line counts them).
EXIT_SKIPPED = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "warcs", nargs="*", type=Path, help="WARC or ARC files (plain or gzipped), or folders"
    )
    parser.add_argument(
        "--input",
        type=text_list,
        help='JSON Lines of {"id", "url", "path"} (.html or .html.gz files)',
    )
    parser.add_argument(
        "-o", "--output", type=output_file, help="JSON Lines output (default: stdout)"
    )
    parser.add_argument(
        "--all-pages",
        action="store_true",
        help="from WARCs, extract every HTML page, not only the URLs a site profile calls articles",
    )
    parser.add_argument(
        "--site",
        help="site profile to read the pages with (default: found from each URL's host)",
    )
    parser.add_argument("-j", "--jobs", type=whole_number(1), default=1, help="worker processes")


def run(args: argparse.Namespace) -> int:
    if bool(args.warcs) == bool(args.input):
        print("extract: give WARC files or --input pages.jsonl (one of them)", file=sys.stderr)
        return 2
    missing = [p for p in [*args.warcs, *([args.input] if args.input else [])] if not p.exists()]
    if missing:
        print(f"extract: no such file: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    try:
        site = get_site(args.site) if args.site else None
    except UnknownSiteError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return 2
    jobs: Iterable[tuple[str | None, ArticlePage]]
    skips = Skips()
    if args.input:
        jobs = _pages_from_list(args.input)
    else:
        try:
            archives = archive_files(args.warcs)
        except ValueError as exc:
            print(f"extract: {exc}", file=sys.stderr)
            return 2
        pages = iter_html_pages(archives, skips)
        jobs = ((None, p) for p in pages if args.all_pages or _is_article(p, site))
    if site is not None:
        jobs = ((page_id, replace(page, site=site.name)) for page_id, page in jobs)
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        count = _write(out, jobs, args.jobs)
    finally:
        if args.output:
            out.close()
    if skips.count:
        print(f"extract: {count} items; skipped: {skips.summary()}", file=sys.stderr)
        return EXIT_SKIPPED
    print(f"extract: {count} items", file=sys.stderr)
    return 0


def _is_article(page: ArticlePage, site: SiteProfile | None) -> bool:
    """Pages of a known site count when its profile calls the URL an article; others always."""
    profile = site or profile_for_url(page.url)
    return profile is None or profile.is_article_url(page.url)


def _pages_from_list(listing: Path) -> Iterator[tuple[str | None, ArticlePage]]:
    base = listing.parent
    for number, line in enumerate(listing.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            path = base / entry["path"]
            raw = path.read_bytes()
            body = gzip.decompress(raw) if path.suffix == ".gz" else raw
            page = ArticlePage(url=str(entry["url"]), body=body, encoding="")
        except (ValueError, KeyError, TypeError, OSError, EOFError, zlib.error) as exc:
            logger.warning("%s:%d skipped: %r", listing, number, exc)
            continue
        yield entry.get("id"), page


Outcome = tuple[str, dict[str, Any] | None, str | None]  # url, fields or None, error


def _extract(job: tuple[str | None, ArticlePage]) -> Outcome:
    """One page's item; an error is reported, never allowed to end the run."""
    page_id, page = job
    try:
        fields = ItemAdapter(article_item(page)).asdict()
    except Exception as exc:
        return page.url, None, repr(exc)
    return page.url, ({"id": page_id, **fields} if page_id is not None else fields), None


def _write(out: IO[str], jobs: Iterable[tuple[str | None, ArticlePage]], workers: int) -> int:
    if workers <= 1:
        return _dump(out, map(_extract, jobs))
    with ProcessPoolExecutor(workers) as pool:
        return _dump(out, _bounded_map(pool, jobs, window=workers * 8))


def _bounded_map(
    pool: ProcessPoolExecutor, jobs: Iterable[tuple[str | None, ArticlePage]], window: int
) -> Iterator[Outcome]:
    """`pool.map` in order, with at most `window` pages in flight (a WARC may hold GBs)."""
    pending: deque[Future[Outcome]] = deque()
    for job in jobs:
        pending.append(pool.submit(_extract, job))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _dump(out: IO[str], outcomes: Iterable[Outcome]) -> int:
    count = failed = 0
    for url, fields, error in outcomes:
        if fields is None:
            logger.warning("extraction failed for %s: %s", url, error)
            failed += 1
            continue
        out.write(json.dumps(fields, ensure_ascii=False) + "\n")
        count += 1
    if failed:
        print(f"extract: {failed} pages failed (see the warnings above)", file=sys.stderr)
    return count
