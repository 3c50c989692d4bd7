"""A section's first page retried (a timeout, a 503) and then redirected to a page a worker
already read (another section's first page, a section's next page) is not read again.

Scrapy gives a redirect its request's dont_filter, which the retry set: the redirect went
past the shared duplicate filter into the queue, and the page was fetched and read twice
(in a shared crawl by two workers: the one that asked it first, and the one whose first
page moved there, which knew nothing of it). A listing page's redirect is filtered.

A real redis-server, the worker's real shared scheduler and redirect middleware, the news
spider's own listing request.
"""

from __future__ import annotations

from pathlib import Path

from scrapy import Request
from scrapy.http import Response

from newsarchive.network.redirects import NamedRedirectMiddleware
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_popped_again import PREFIX, _worker

SECTION = "http://news.test/world/"
MOVED_TO = "http://news.test/news/"


def test_a_retried_first_pages_redirect_to_a_page_read_already_is_not_queued_again(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    from newsarchive.spiders.news import NewsSpider

    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    scheduler = _worker(
        redis_server, tmp_path, NewsSpider, site="demo", base_url="http://news.test"
    )
    crawler = scheduler.crawler
    spider = crawler.spider
    assert scheduler.enqueue_request(Request(MOVED_TO))  # another section's, read already
    assert scheduler.next_request() is not None

    [first] = spider._listing(SECTION, spider.parse_section, section="world", page=1)
    assert scheduler.enqueue_request(first)
    popped = scheduler.next_request()
    assert popped is not None and popped.url == SECTION
    retried = popped.replace(dont_filter=True)  # Scrapy's RetryMiddleware after a 503
    retried.meta["retry_times"] = 1
    redirects = NamedRedirectMiddleware.from_crawler(crawler)
    answer = Response(SECTION, status=301, headers={"Location": MOVED_TO}, request=retried)
    redirect = redirects.process_response(retried, answer)
    assert isinstance(redirect, Request) and redirect.url == MOVED_TO
    assert scheduler.enqueue_request(redirect) is False  # asked already: not fetched again
    assert redis_server.client.zcard(scheduler.queue.key) == 0

    # an article re-listed as changed (dont_filter of its own) still follows its redirect
    article = Request("http://news.test/world/2026/12/06/a-story/", dont_filter=True)
    answer = Response(article.url, status=301, headers={"Location": MOVED_TO}, request=article)
    moved = redirects.process_response(article, answer)
    assert isinstance(moved, Request) and moved.dont_filter
