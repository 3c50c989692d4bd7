"""`scrapy crawl follow -a url=URL [-a depth=N] [-a items=1]`: archive a host's linked pages.

A general spider for archiving whatever one start page links to on its own
host, to a depth: pages and their images, stylesheets and scripts, so that the
archive replays. It is also the crawl of the WARC tests and of the benchmark.
The WARC extension archives every response; this spider only decides what to
fetch. Links already requested are dropped here, before a Request is built:
the cheapest saving there is, since most links on a site point to known pages.
A start page that never came (refused, no such host, an error status after the
retries) stops the run as `start_url_failed`: nothing was archived of the host,
so the run must not exit 0.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Self
from urllib.parse import urldefrag, urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure
from w3lib.url import safe_url_string

from newsarchive import request_meta as meta_keys
from newsarchive import signals as na_signals
from newsarchive.items import ArticlePage
from newsarchive.numbers import ascii_digits
from newsarchive.provenance import Provenance
from newsarchive.sites.hosts import bare_host, one_site, www_twin
from newsarchive.spiders.failures import LogsFetchFailures, failure_reason
from newsarchive.spiders.listing import PARSER_DEPTH, nested_past_parser
from newsarchive.spiders.options import SCHEDULER_ARGS, SpiderArgumentError, parse_flag
from newsarchive.spiders.restart import start_again
from newsarchive.spiders.scope import marked_move, moved_within_site

START_MOVED = "scope/start_moved"  # start pages moved to another name of their site
START_MOVED_SHARED = "scope/start_moved_shared"  # ... that another worker saw move

START_FAILED = "start_url_failed"  # the finish reason
START_FAILED_STAT = "follow/start_failed"  # why, in one line (the exit line repeats it)


class FollowSpider(LogsFetchFailures, Spider):
    name = "follow"

    def __init__(self, url: str = "", depth: str = "3", items: str = "0", **kwargs: Any):
        unknown = sorted(set(kwargs) - set(SCHEDULER_ARGS))
        if unknown:
            raise SpiderArgumentError(
                f"unknown spider argument(s) {', '.join(unknown)}; accepted: url, depth, items"
            )
        super().__init__(**kwargs)
        if not url:
            raise SpiderArgumentError("follow needs a start URL: -a url=http://HOST/PAGE")
        if not _is_web_url(url):
            raise SpiderArgumentError(f"url must be an http:// or https:// address, got {url!r}")
        if not ascii_digits(depth):
            raise SpiderArgumentError(
                f"depth must be a whole number of at least 0 (0: the start page only), "
                f"got {depth!r}"
            )
        # as requests name it: an IDN host in IDNA, or every link of `bücher.example`'s pages
        # (`xn--bcher-kva.example`) was another host's, and only the start page was archived
        url = safe_url_string(url)
        self.start_url = url
        self.max_depth = int(depth)
        flag = parse_flag(items, "items")
        self.yield_pages = bool(flag)
        parts = urlsplit(url)
        self.host = parts.netloc.lower()
        # the same site's other name (`example.org` for `www.example.org`), port kept: a page
        # a redirect took there has its links followed on it (its home page moved there, or
        # the run archived that one page and nothing of the site it landed on)
        self.twin = www_twin(parts.hostname or "") + (f":{parts.port}" if parts.port else "")
        # a redirect to another site is dropped where it is scheduled, named and counted
        # (`redirect/offsite`), as the news spider's: it followed them, off its host. The
        # site's other names stay in (`www.example.org` -> `example.org`, its subdomains).
        self.allowed_domains = [bare_host(urlsplit(url).hostname or "")]
        # the hosts whose links are followed: the start URL's, and the one its start page
        # moved to, of the same site (`news.example.org` -> `example.org`, or back)
        self.hosts: set[str] = {self.host}
        # the host it moved to -> the start URL's (OffsiteMiddleware marks their requests
        # with it, MOVED_HOST: a shared crawl's other workers take it in from the mark)
        self.moved_hosts: dict[str, str] = {}
        self.seen: set[str] = {urldefrag(url).url}
        # Page requisites too: a page replays only with its images and styles.
        self.links = LinkExtractor(
            tags=("a", "area", "img", "link", "script"),
            attrs=("href", "src"),
            deny_extensions=[],
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._run_replaced, signal=na_signals.run_replaced)
        crawler.signals.connect(spider._dropped, signal=signals.request_dropped)
        return spider

    def _dropped(self, request: Request) -> None:
        """The start page redirected to another host: nothing of this one will come (no
        errback sees a dropped request), so the run ends as for a start page that failed."""
        if request.meta.get(meta_keys.START_PAGE) and request.meta.get(meta_keys.OFFSITE_DROPPED):
            start = (request.meta.get("redirect_urls") or [request.url])[0]
            self._start_failed(f"could not fetch the start URL {start}: redirected off its "
                               f"host to {request.url}, not followed")  # fmt: skip

    def start_moved(self, request: Request) -> bool:
        """The start page redirected off the allowed domains (OffsiteMiddleware asks): to
        another name of its own site it is followed, that host taken in (`moved_within_site`);
        to another site, not."""
        if not request.meta.get(meta_keys.START_PAGE):
            return False
        host = moved_within_site(request.meta, request.url)
        if host is None:
            return False
        # that host and its www. twin (ScopedOffsiteMiddleware reads `moved_hosts`), not
        # its other subdomains: no allowed_domains entry, which would let a page there
        # redirect to another blog of a platform (`a.wordpress.com` -> `wordpress.com` ->
        # `b.wordpress.com`)
        self.moved_hosts[host] = urlsplit(self.start_url).hostname or ""
        return True

    def moved_elsewhere(self, request: Request) -> bool:
        """A request to the host the start page moved to, which this worker never saw move
        (another worker of a shared crawl fetched the start page, or this one before it was
        restarted; its mark, MOVED_HOST, says so: OffsiteMiddleware asks): fetched here too.
        It was dropped as offsite."""
        move = marked_move(request.meta, request.url, self._own)
        if move is None:
            return False
        self.moved_hosts[move[1]] = move[0]  # as `start_moved` takes it
        return True

    def _own(self, host: str) -> bool:
        return host == (urlsplit(self.start_url).hostname or "")

    def _landed(self, response: Response) -> None:
        """A start page that ended on another host of its site (`news.example.org` ->
        `example.org`, or back): the run archives that host's linked pages (it archived the
        one page and followed no link, all on the host it moved to). Said once, counted."""
        here = urlsplit(response.url).netloc.lower()
        if here in self.hosts:
            return
        if not response.meta.get(meta_keys.START_PAGE):
            self._moved_elsewhere(response, here)
            return
        start, landed = urlsplit(self.start_url).hostname or "", response.url
        if not one_site(start, urlsplit(landed).hostname or ""):
            return
        self._take_in(here)
        self.moved_hosts[urlsplit(landed).hostname or ""] = start
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(START_MOVED)
        self.logger.info(
            "the start URL %s moved to %s, another name of the same site: its links there are"
            " followed",
            self.start_url,
            here,
        )

    def _moved_elsewhere(self, response: Response, here: str) -> None:
        """A page on the host the start page moved to, which this worker never saw move
        (another worker's, or an earlier start's; its request's mark, MOVED_HOST): its links
        there are followed here too (`scope/start_moved_shared`), not passed over."""
        move = marked_move(response.meta, response.url, self._own)
        if move is None or urlsplit(response.url).hostname != move[1]:
            return
        self._take_in(here)
        self.moved_hosts[move[1]] = move[0]
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(START_MOVED_SHARED)
        self.logger.info(
            "the start URL %s moved to %s, another name of the same site (as another worker,"
            " or an earlier start, saw): its links there are followed",
            self.start_url,
            here,
        )

    def _take_in(self, here: str) -> None:
        """Links to `here` (a host and port the start page moved to) and to its www. twin
        are followed from now (`news.example.test` -> `example.test`: a page there linking
        `www.example.test` is the same site's)."""
        parts = urlsplit(f"//{here}")
        port = f":{parts.port}" if parts.port else ""
        self.hosts.update((here, www_twin(parts.hostname or "") + port))

    def _run_replaced(self) -> None:
        """A shared crawl's run started afresh while this worker stalled past its TTL
        (newsarchive.signals.run_replaced): the links it saw were the old run's (kept, the
        new run's pages read here passed over them, no one asking for them), and the start
        page goes into the new run again (the shared dupefilter drops it if queued)."""
        self.seen = {urldefrag(self.start_url).url}
        start_again(self)

    async def start(self) -> AsyncIterator[Request]:
        meta = {meta_keys.START_PAGE: True}
        yield Request(self.start_url, callback=self.parse, errback=self.fetch_failed, meta=meta)

    def fetch_failed(self, failure: Failure) -> None:
        """Any other page is logged and skipped; the start page ends the run, failed."""
        request = getattr(failure, "request", None)
        if request is None or not request.meta.get(meta_keys.START_PAGE):
            super().fetch_failed(failure)
            return
        self._start_failed(
            f"could not fetch the start URL {request.url}: {failure_reason(failure)}"
        )

    def _start_failed(self, why: str) -> None:
        self.logger.error(why)
        assert self.crawler.stats is not None
        self.crawler.stats.set_value(START_FAILED_STAT, why)
        # Closed from here, not by raising CloseSpider: Scrapy would log the download's
        # traceback beside it.
        assert self.crawler.engine is not None
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=START_FAILED))

    def parse(self, response: Response) -> Iterator[Request | ArticlePage]:
        if not isinstance(response, HtmlResponse):
            return
        self._landed(response)
        if self.yield_pages and response.status == 200:
            yield self._page(response)
        if response.meta.get("depth", 0) >= self.max_depth:
            return
        if nested_past_parser(response):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("follow/pages_nested_too_deep")
            self.logger.warning(
                "%s nests elements past %d levels: the parser stopped there, its links after"
                " that point not followed",
                response.url,
                PARSER_DEPTH,
            )
        here = urlsplit(response.url).netloc.lower()
        hosts = self.hosts | {here} if here == self.twin else self.hosts
        for link in self.links.extract_links(response):
            url = urldefrag(link.url).url
            if url in self.seen or urlsplit(url).netloc.lower() not in hosts:
                continue
            self.seen.add(url)
            yield Request(url, callback=self.parse, errback=self.fetch_failed)

    def _page(self, response: HtmlResponse) -> ArticlePage:
        ref = response.meta.get(meta_keys.WARC_RECORD)
        return ArticlePage(
            url=response.url,
            body=response.body,
            encoding=response.encoding,
            provenance=ref.provenance if ref else Provenance(),
        )


def _is_web_url(url: str) -> bool:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and port != 0
