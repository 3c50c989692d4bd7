"""An article whose claim loses the race for a place under a shared `max_articles` (claim
-1, `OverLimit`: another worker's claim filled the run's article set first) is not lost:
it goes back to this worker's waiting list and takes the next place that frees.

Before, the request was dropped and the article forgotten (no longer waiting, still counted
by the spider): a place freed later found nothing waiting, and the run ended short of
the limit while the listing had named enough articles. Both ways an article is handed
out are raced here: asked at once from the listing, and handed out by a top-up (a place
another worker's article freed, taken as this worker goes idle).

A real `scrapy crawl` of a listing served on 127.0.0.1, a real redis-server; the rival
worker's claims are written into the run's set from inside the crawl at the chosen
moment (`tests.plugins.rival_claims`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from newsarchive import settings as project_settings
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin
from tests.plugins.story_page import story_page
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings

DAY = "/news/2026/12/06/"
STORIES = {
    "harbour-crane-returns-to-service": "The harbour crane lifts containers again.",
    "school-roof-repairs-finish-early": "Roof repairs at the primary school ended early.",
    "night-bus-adds-a-stop-downtown": "The night bus now stops at the old town hall.",
}
LIMIT = 2


@pytest.fixture(scope="module")
def crawl(
    tmp_path_factory: pytest.TempPathFactory,
    redis_server: RedisServer,  # noqa: F811
) -> Iterator[CrawlResult]:
    pages: dict[str, tuple[str, bytes]] = {
        DAY + slug: ("text/html; charset=utf-8", story_page(slug.replace("-", " "), text))
        for slug, text in STORIES.items()
    }
    links = "".join(f'<li><a href="{DAY}{slug}">{slug}</a></li>' for slug in STORIES)
    listing = f"<html><head><title>News</title></head><body><ul>{links}</ul></body></html>"
    pages["/news/"] = ("text/html; charset=utf-8", listing.encode())
    middlewares = {
        **project_settings.DOWNLOADER_MIDDLEWARES,
        "tests.plugins.rival_claims.RivalClaims": 950,
    }
    settings = {
        **shared_settings(redis_server, "claim-race"),
        "CONCURRENT_REQUESTS": "1",  # one claim at a time: each round's race is the next claim
        "DOWNLOADER_MIDDLEWARES": json.dumps(middlewares),
        "TEST_RIVAL_ROUNDS": "2",
    }
    with page_origin(pages) as url:
        out = tmp_path_factory.mktemp("claim-race")
        args = {"url": url + "/news/", "requisites": "0", "max_articles": str(LIMIT)}
        yield run_crawl("news", args, settings, out)


def test_an_article_whose_claim_lost_the_race_takes_the_next_freed_place(
    crawl: CrawlResult,
) -> None:
    """Round 1: the rival claims first as the first article is claimed; the second article's
    claim is refused (over the limit), and the rival's article gives no item (a place free).
    Round 2: the top-up that takes that place loses its claim the same way, and the place
    frees again. The refused articles wait each time: the run ends with `max_articles`
    items (before: one, both refused articles lost)."""
    stats = {k: v for k, v in crawl.stats.items() if k.startswith(("news/", "redis/"))}
    assert crawl.stats.get("redis/articles_over_limit") == 2, stats
    assert len(crawl.items()) == LIMIT, stats
    assert len({item["url"] for item in crawl.items()}) == LIMIT
    assert "Traceback" not in crawl.log
