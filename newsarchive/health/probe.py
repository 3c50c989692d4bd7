"""The short crawl behind `python -m newsarchive check`: does a profile still work?

It asks what a scheduled run would ask first, through Scrapy with the
project's politeness: robots.txt, each section's first page, that page's
"show more" answer or next page, a few of the articles found, and each sitemap
and feed the crawl would read (at most MAX_SOURCES of a kind; an index's newest
child only). Nothing is
archived or remembered; the findings go into a `CheckResult`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any

from protego import Protego
from scrapy import FormRequest, Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadConnectionRefusedError
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import ConnectionRefusedError as TxConnectionRefusedError
from twisted.python.failure import Failure

from newsarchive.health.alarms import WATCHED_FIELDS
from newsarchive.health.checking import CheckResult, SectionCheck
from newsarchive.health.sources import (
    MAX_SOURCES,
    PROFILE,
    SourceCheck,
    is_news_sitemap,
    newest_child,
)
from newsarchive.items import ArticleItem, ArticlePage
from newsarchive.network.robots import refused_by_crawl
from newsarchive.pagebase import page_join
from newsarchive.provenance import Provenance
from newsarchive.signals import extraction_failed
from newsarchive.sites.queryarticles import articles_on_page
from newsarchive.spiders.jsonlisting import is_json, read_json_listing
from newsarchive.spiders.listing import next_page_url, section_entries
from newsarchive.spiders.options import CrawlOptions
from newsarchive.spiders.paging import JSON_POST, first_request, show_more_body
from newsarchive.spiders.postmore import post_instead
from newsarchive.spiders.scope import Scope
from newsarchive.spiders.site_sources import page_feeds, robots_sitemaps
from newsarchive.spiders.sources import Entry, looks_like_url, parse_sitemap, read_answer, read_feed

SOURCE_PRIORITY = -5  # after the section pages: a check's first question is its sections

# a connection refused at once: nothing listens there (a server down, a wrong port), and
# no wait makes one (Scrapy's wrapped error, and Twisted's own from other handlers)
REFUSED = (DownloadConnectionRefusedError, TxConnectionRefusedError)


REDIRECTS = (301, 302, 303, 307, 308)  # Scrapy's RedirectMiddleware follows these
NOT_REDIRECTS = [status for status in range(100, 600) if status not in REDIRECTS]


class ProfileCheckSpider(Spider):
    """One pass over a profile's sections; never in `scrapy list` (the check command runs it)."""

    name = "newsarchive-check"

    def __init__(self, options: CrawlOptions, result: CheckResult, per_section: int) -> None:
        super().__init__()
        self.options = options
        self.result = result
        self.per_section = per_section
        self.scope = Scope(options.profile)
        self._articles: set[str] = set()  # requested
        self._requested: dict[str, int] = {}  # articles requested per section
        self._listed: dict[str, set[str]] = {}
        self._arrived: list[tuple[str, str]] = []  # (section, url) of the article pages fetched
        self._present: dict[str, frozenset[str]] = {}  # url: the watched fields extracted
        self._unextracted: dict[str, str] = {}  # url: why extraction failed

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ProfileCheckSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.extraction_failed, signal=extraction_failed)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        profile = self.options.profile
        # ROBOTSTXT_OBEY off: a crawl reads robots.txt for its sitemaps only, and fetches
        # what it disallows (before, the check said what obeying it would do)
        self.result.robots.obeyed = self.settings.getbool("ROBOTSTXT_OBEY")
        yield Request(
            profile.url("/robots.txt"),
            callback=self.parse_robots,
            errback=self.robots_failed,
            # every answer but a redirect, which is followed as the crawl's robots.txt
            # request follows it (RFC 9309 2.3.1.2; before: "HTTP 301", every page allowed)
            meta={"dont_obey_robotstxt": True, "handle_httpstatus_list": NOT_REDIRECTS},
        )
        for section in self.options.sections:
            url = profile.url(profile.sections[section])
            self.result.sections[section] = SectionCheck(url)
            yield Request(
                url,
                callback=self.parse_section,
                errback=self.section_failed,
                cb_kwargs={"section": section},
                meta={"handle_httpstatus_all": True},
            )
        discover = self.options.discover
        for kind, urls in (("sitemap", profile.sitemaps), ("feed", profile.feeds)):
            if ("rss" if kind == "feed" else kind) in discover:
                for url in urls:
                    for request in self._source(kind, profile.url(url), PROFILE):
                        yield request

    def parse_robots(self, response: Response) -> Iterator[Request]:
        robots = self.result.robots
        robots.status = response.status
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        if self.options.find_sources and "sitemap" in self.options.discover:
            for url in robots_sitemaps(response.body, response.url)[0]:
                target = self.scope.sitemap(url)
                if target is not None:  # another site's: the crawl reads none either
                    yield from self._source("sitemap", target, "robots.txt")
        rules = Protego.parse(response.text)
        agent = str(self.settings.get("USER_AGENT") or "*")
        robots.sitemaps = list(rules.sitemaps)
        robots.crawl_delay = rules.crawl_delay(agent)
        for section in self.result.sections.values():
            if not rules.can_fetch(section.url, agent):
                robots.disallowed.append(section.url)

    def robots_failed(self, failure: Failure) -> None:
        robots = self.result.robots
        robots.status = None
        robots.error = failure.getErrorMessage() or failure.type.__name__
        # what a crawl with these settings makes of it (newsarchive.network.robots): a
        # request the crawl refused itself (NETWORK_ALLOWED, a redirect not followed) allows
        unreachable = str(self.settings.get("ROBOTSTXT_UNREACHABLE") or "allow")
        robots.unreachable = "allow" if refused_by_crawl(failure.value) else unreachable

    def section_failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        check = self.result.sections[request.cb_kwargs["section"]]
        check.error = failure.getErrorMessage() or failure.type.__name__

    def parse_section(self, response: Response, section: str) -> Iterator[Request]:
        check = self.result.sections[section]
        check.status = response.status
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        listing = self.options.profile.listing
        show_more = self.options.profile.show_more_for(section)
        is_article = articles_on_page(self._is_article, response.body, response.url)
        entries = section_entries(response, listing, is_article, self.scope.resolve)
        links = [entry.url for entry in entries if is_article(entry.url)]  # no `/?p=2` pager
        listed = self._articles_in(section, links, response.url)
        check.articles = len(listed)
        yield from self._fetch_articles(section, listed)
        if self.options.find_sources and "rss" in self.options.discover:
            for feed in page_feeds(response.selector, response.url):
                if (url := self.scope.resolve(feed)) is not None:
                    yield from self._source("feed", url, "section page")
        more: str | None = None
        body: bytes | None = None  # a profile's JSON "load more" is POSTed, as the crawl does
        if show_more is not None:
            check.more_kind = "show more"
            if show_more.button is None or response.css(show_more.button):
                first = first_request(response.text, show_more, section, len(listed))
                if first is not None:  # a cursor that is a URL is the page's own
                    target, offset, cursor = first
                    own = cursor is not None and looks_like_url(cursor)
                    more = page_join(response, target) if own else self.options.profile.url(target)
                    if not own:
                        body = show_more_body(show_more, section, offset, cursor)
        else:  # the profile's next page, else the page's own rel=next or pagination
            more = next_page_url(response, listing, 1, is_article, self.scope.resolve)
            post = post_instead(response.selector, response.url, more, self.scope.resolve)
            if post is not None:
                check.more_kind, check.more_offered = "load more (POST)", True
                yield FormRequest(
                    post.url, formdata=list(post.form), callback=self.parse_more,
                    errback=self.more_failed, cb_kwargs={"section": section},
                    meta={"handle_httpstatus_all": True}, dont_filter=True,
                )  # fmt: skip
                return
            if listing.next_page or listing.page_url or more is not None:
                check.more_kind = "next page"
        if more is not None:
            check.more_offered = True
            yield Request(
                more,
                callback=self.parse_more,
                errback=self.more_failed,
                cb_kwargs={"section": section},
                meta={"handle_httpstatus_all": True},
                dont_filter=True,
                method="GET" if body is None else "POST",
                body=body,
                headers=None if body is None else JSON_POST,
            )

    def more_failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        check = self.result.sections[request.cb_kwargs["section"]]
        status = failure.value.response.status if failure.check(HttpError) else None
        check.more_status = status

    def parse_more(self, response: Response, section: str) -> Iterator[Request]:
        check = self.result.sections[section]
        check.more_status = response.status
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        spec = self.options.profile.show_more_for(section)
        if spec is not None:
            answer = read_answer(spec, response.body, response.text)
            urls = [entry.url for entry in answer.entries] if answer else []
        elif is_json(response):  # a JSON next page (Next.js data, a load-more API)
            found = read_json_listing(response.body, response.url)
            urls = list(found.links) if found else []
        else:
            listing = self.options.profile.listing
            is_article = articles_on_page(self._is_article, response.body, response.url)
            entries = section_entries(response, listing, is_article, self.scope.resolve)
            urls = [entry.url for entry in entries if is_article(entry.url)]
        before = set(self._listed.get(section, set()))
        new = [url for url in self._articles_in(section, urls, response.url) if url not in before]
        check.more_articles = len(new)
        yield from self._fetch_articles(section, new)

    def _source(self, kind: str, url: str, found_by: str) -> Iterator[Request]:
        """A sitemap or feed asked once, at most MAX_SOURCES of a kind."""
        if url in self.result.sources:
            return
        if sum(1 for s in self.result.sources.values() if s.kind == kind) >= MAX_SOURCES:
            return
        self.result.sources[url] = SourceCheck(kind, url, found_by)
        yield self._source_request(url, url)

    def _source_request(self, url: str, key: str) -> Request:
        return Request(
            url, callback=self.parse_source, errback=self.source_failed, cb_kwargs={"key": key},
            meta={"handle_httpstatus_all": True}, priority=SOURCE_PRIORITY, dont_filter=True,
        )  # fmt: skip

    def source_failed(self, failure: Failure) -> None:
        check = self.result.sources[failure.request.cb_kwargs["key"]]  # type: ignore[attr-defined]
        check.error = failure.getErrorMessage() or failure.type.__name__

    def parse_source(self, response: Response, key: str) -> Iterator[Request]:
        """What a sitemap (an index: its newest child, read next) or feed lists."""
        check = self.result.sources[key]
        check.status = response.status
        if response.status != 200:
            return
        if check.kind == "feed":
            entries = list(read_feed(response.body).entries)
        else:
            sitemap = parse_sitemap(response.body)
            check.news |= is_news_sitemap(response.body)
            if sitemap.children and check.child is None:
                check.children = len(sitemap.children)
                child = self.scope.sitemap(newest_child(list(sitemap.children)).url, response.url)
                if child is not None:
                    check.child = child
                    check.status = None  # the check's answer is its child's
                    yield self._source_request(child, key)
                return
            entries = list(sitemap.entries)
        check.take(entries, self._articles_listed(entries, response.url))

    def _articles_listed(self, entries: list[Entry], base: str) -> int:
        found = set()
        for entry in entries:
            resolved = self.scope.resolve(entry.url, base)
            article = self.scope.article(resolved, entry.declared) if resolved else None
            if article is not None:
                found.add(article)
        return len(found)

    def _is_article(self, url: str) -> bool:
        """Whether a link is an article of the site (no next page, whatever its text)."""
        return self.scope.article(url) is not None

    def _articles_in(self, section: str, urls: list[str], base: str) -> list[str]:
        """The article URLs among `urls`, in order, each once."""
        found: dict[str, None] = {}
        for url in urls:
            resolved = self.scope.resolve(url, base)
            article = self.scope.article(resolved) if resolved else None
            if article is not None:
                found[article] = None
        self._listed.setdefault(section, set()).update(found)
        return list(found)

    def _fetch_articles(self, section: str, urls: list[str]) -> Iterator[Request]:
        """The first few articles of a section (in listing order) not fetched yet."""
        for url in urls:
            if self._requested.get(section, 0) >= self.per_section:
                return
            if url not in self._articles:
                self._articles.add(url)
                self._requested[section] = self._requested.get(section, 0) + 1
                yield Request(url, callback=self.parse_article, cb_kwargs={"section": section})

    def parse_article(self, response: Response, section: str) -> Iterator[ArticlePage]:
        """The page goes to the crawl's extraction pipeline (ExtractArticlePipeline: its
        worker processes), not extracted here on the reactor thread; `extracted` takes the
        item, and the articles are listed in the order their pages came (`closed`)."""
        if not isinstance(response, TextResponse):
            return
        self._arrived.append((section, response.url))
        yield ArticlePage(
            url=response.url,
            body=response.body,
            encoding=response.encoding,
            site=self.options.profile.name,
            provenance=Provenance(fetched_at=datetime.now(UTC).isoformat(timespec="seconds")),
        )

    def extracted(self, item: ArticleItem) -> None:
        present = frozenset(name for name in WATCHED_FIELDS if getattr(item, name, None))
        self._present[item.url] = present

    def extraction_failed(self, url: str, reason: str) -> None:
        self._unextracted[url] = reason

    def closed(self, reason: str) -> None:
        self.result.articles = [
            (section, url, self._present[url])
            for section, url in self._arrived
            if url in self._present and url not in self._unextracted
        ]
        self.result.unextracted = {
            url: self._unextracted[url] for _, url in self._arrived if url in self._unextracted
        }


class OriginRefused(Exception):
    """A request of a check not made: its origin refused the check's connection before."""


class RefusedOrigins:
    """A check's downloader middleware (before RetryMiddleware sees an error): an origin that
    refused a request's connection on its every try (`RETRY_TIMES`) is not asked again, its
    other requests failed at once, naming it. A check of a site that was down (a closed
    port) took ~45 s of retries, each of its dozen requests asked three times a second or
    more apart, to say what the first request's refusals said. One refusal is not enough: a
    server still starting (`check` run just after it) refuses a first try and answers the
    next, and was checked whole; it still is. A timeout or a 5xx is retried as ever."""

    def __init__(self, retry_times: int = 2, retry_enabled: bool = True) -> None:
        self.retry_times = retry_times
        self.retry_enabled = retry_enabled
        self.refused: dict[str, str] = {}  # origin: the URL whose connection it refused, tries

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RefusedOrigins:
        settings = crawler.settings
        return cls(settings.getint("RETRY_TIMES"), settings.getbool("RETRY_ENABLED"))

    def process_request(self, request: Request) -> None:
        origin = _origin(request)
        first = self.refused.get(origin)
        if first is None:
            return
        # robots.txt is asked all the same, once (the check's and Scrapy's request): its line
        # names the site's own error, whichever request came first
        if urlparse_cached(request).path == "/robots.txt":
            request.meta["dont_retry"] = True
            return
        raise OriginRefused(f"not asked: {origin} refused the connection for {first}")

    def process_exception(self, request: Request, exception: Exception) -> None:
        if not isinstance(exception, REFUSED):
            return
        tried = request.meta.get("retry_times", 0)
        last = request.meta.get("max_retry_times", self.retry_times)
        if not self.retry_enabled or request.meta.get("dont_retry") or tried >= last:
            tries = f"{tried + 1} tr{'ies' if tried else 'y'}"
            self.refused.setdefault(_origin(request), f"{request.url} ({tries})")


def _origin(request: Request) -> str:
    parts = urlparse_cached(request)
    return f"{parts.scheme}://{parts.netloc}"


# the check's own, added to the project's (`newsarchive.commands.check`)
CHECK_MIDDLEWARES = {"newsarchive.health.probe.RefusedOrigins": 565}


class CheckedArticles:
    """The last item pipeline of a check: each extracted article to the check's spider."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CheckedArticles:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        spider = self.crawler.spider
        if isinstance(item, ArticleItem) and isinstance(spider, ProfileCheckSpider):
            spider.extracted(item)
        return item


def check_settings() -> dict[str, Any]:
    """Project settings a check overrides: nothing archived, remembered, judged or exported."""
    return {
        "WARC_ENABLED": False,
        "STATE_ENABLED": False,
        "REPORT_ENABLED": False,
        "HEALTH_ENABLED": False,
        "SPIDERMON_ENABLED": False,
        "NEWSARCHIVE_ITEMS_FEED": "",
        # extracted as a crawl extracts (its worker processes), each article then to the spider
        "ITEM_PIPELINES": {
            "newsarchive.pipelines.ExtractArticlePipeline": 300,
            "newsarchive.health.probe.CheckedArticles": 900,
        },
        "LOG_LEVEL": "ERROR",  # the disabled components say so at WARNING
    }
