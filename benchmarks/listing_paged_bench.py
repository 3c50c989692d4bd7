"""What working out a listing page's `paged` links costs the news spider, against the whole
page's parse on the reactor's thread.

    .venv/bin/python benchmarks/listing_paged_bench.py [--teasers 1000] [--passes 15]

`NewsSpider._section_page` drops from a listing page's links those `_is_article` takes for
articles that the page shows are none: `/?p=N` on a site's root that is no WordPress post,
a listing's page named at a slug's end (`/welt/alle-nachrichten-seite-3`). Done for every
link, that was two `_is_article` calls an article link on every listing page. Here a page
of TEASERS teasers (invented markup: a dated article link, an author and a tag link each,
a nav of 40 links, a rel=next), with or without one slug-shaped pager link, read by a
spider as `scrapy crawl news -a url=...` makes it (a fresh spider and response each pass,
made outside the timing). Printed, median CPU ms over the passes: the whole page
(`_section_page`, its HTML parse included), the `paged` work as it was done for every
link (the expression written out here), and as the spider does it now (`_paged`); the
results of the two are checked equal.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from scrapy import Request  # noqa: E402
from scrapy.crawler import Crawler  # noqa: E402
from scrapy.http import HtmlResponse  # noqa: E402
from scrapy.statscollectors import MemoryStatsCollector  # noqa: E402

from newsarchive.spiders.listing import section_entries  # noqa: E402
from newsarchive.spiders.news import NewsSpider  # noqa: E402

URL = "https://news.example/world/"
SECTIONS = ("world", "sport", "business", "culture", "science", "opinion", "video", "podcasts")


def listing_page(teasers: int, slug_pager: bool) -> bytes:
    """TEASERS teasers; with `slug_pager`, a pager link named at a slug's end as well."""
    nav = "".join(f'<a href="/{name}/">{name}</a>' for name in SECTIONS * 5)
    items = "".join(
        f'<article class="teaser"><h2><a href="/world/2026/12/04/made-up-story-number-{i}/">'
        f"A made-up story {i}</a></h2><p>A made-up teaser sentence about a made-up event in a"
        f' made-up town.</p><a href="/authors/writer-{i % 30}/">Writer</a> '
        f'<a href="/tags/town-{i % 50}/">town</a></article>'
        for i in range(teasers)
    )
    pager = '<nav class="pager"><a href="/world/all-the-news-page-2">2</a></nav>'
    return (
        f'<html lang="en"><head><title>World</title></head><body><nav>{nav}</nav>'
        f"<main>{items}</main>{pager if slug_pager else ''}"
        '<a rel="next" href="/world/?page=2">Next</a></body></html>'
    ).encode()


def fresh(body: bytes) -> tuple[NewsSpider, HtmlResponse]:
    crawler = Crawler(NewsSpider)
    spider: NewsSpider = crawler._create_spider(url=URL)
    crawler.stats = MemoryStatsCollector(crawler)
    return spider, HtmlResponse(URL, body=body, encoding="utf-8", request=Request(URL))


def cpu_ms(call: Callable[[], Any]) -> tuple[float, Any]:
    start = time.process_time()
    result = call()
    return (time.process_time() - start) * 1000, result


def one_pass(body: bytes) -> dict[str, float]:
    """CPU ms of the whole page, and of its `paged` work done both ways."""
    spider, response = fresh(body)
    page, _ = cpu_ms(lambda: list(spider._section_page(response, "world", 1, None)))
    spider, response = fresh(body)
    listing = spider.options.profile.listing
    entries = list(section_entries(response, listing, None, spider.scope.resolve))
    # each its own (made before the timing, as the spider makes it before its entries): a
    # page's pager links are read at the first link of their shape, once a closure
    on_page, on_page_now = spider._on_page(response), spider._on_page(response)

    def every_link() -> list[Any]:
        return [e for e in entries if spider._is_article(e.url) and not on_page(e.url)]

    every, before = cpu_ms(every_link)
    now, after = cpu_ms(lambda: spider._paged(entries, on_page_now))
    assert before == after, (before, after)
    return {"page": page, "every link": every, "now": now}


def measure(body: bytes, passes: int) -> dict[str, float]:
    runs = [one_pass(body) for _ in range(passes)]
    return {name: statistics.median(run[name] for run in runs) for name in runs[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--teasers", type=int, default=1000)
    parser.add_argument("--passes", type=int, default=15)
    args = parser.parse_args()
    for slug_pager in (False, True):
        body = listing_page(args.teasers, slug_pager)
        got = measure(body, args.passes)
        page = got["page"]
        print(
            f"{args.teasers} teasers, {len(body) // 1024} KiB, "
            f"{'a' if slug_pager else 'no'} slug-shaped pager link: page {page:.1f} ms; "
            f"paged for every link {got['every link']:.2f} ms "
            f"({100 * got['every link'] / page:.1f}%), now {got['now']:.2f} ms "
            f"({100 * got['now'] / page:.1f}%)"
        )


if __name__ == "__main__":
    main()
