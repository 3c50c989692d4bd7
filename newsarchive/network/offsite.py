"""Scrapy's OffsiteMiddleware, minus the `dont_filter` pass.

`dont_filter=True` asks the dupefilter to let a request through again (the
news spider re-requests an article a later listing dates as changed). Scrapy's
OffsiteMiddleware also lets such a request go anywhere, and RedirectMiddleware
copies the flag onto every redirect it follows: a re-listed article that
redirected off the site (to a cloud metadata address, say) was fetched and
archived. Here only `meta["allow_offsite"]` opts a request out of the spider's
`allowed_domains`, and redirects are checked like any other request.

A robots.txt fetch is no page of the site and is never out of scope: RFC 9309 has
crawlers follow its redirects across hosts (`example.org/robots.txt` ->
`www.example.org/robots.txt`, or a CDN). Filtered here, the robots.txt counted as
"not read" and the whole host was crawled as if it allowed everything.

A start page redirected off the spider's domains is asked to the spider first
(`start_moved(request)`, where it has one): `follow` and `news` take a move to
another name of the same site (`news.example.org` -> `example.org`) into their
scope, as the site moved there; a move to another site is dropped as before.
Every request to such a host is marked with the move as it is scheduled (`MOVED_HOST`):
a shared crawl's other workers (and one restarted into its run) never see the move, and
dropped the site's pages there as offsite; they take the host in from the mark
(`moved_elsewhere(request)`).
"""

from __future__ import annotations

from scrapy import Request, Spider, signals
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

from newsarchive import request_meta as meta_keys
from newsarchive.network.robots import robots_download
from newsarchive.sites.hosts import on_host


class ScopedOffsiteMiddleware(OffsiteMiddleware):
    def request_scheduled(self, request: Request, spider: Spider) -> None:
        """Scrapy drops an offsite request here, as it is scheduled: no errback is called
        and no `request_dropped` sent, so a section page redirected off the site vanished
        (a site moved to a new domain ended `finished`, nothing archived, exit 0). The
        signal is sent, for the spider to count the page refused, and the request marked
        dropped as offsite, for the redirect middleware to name a hop that left the site."""
        try:
            self.process_request(request)
        except IgnoreRequest:
            request.meta[meta_keys.OFFSITE_DROPPED] = True
            self.crawler.signals.send_catch_log(
                signals.request_dropped, request=request, spider=spider
            )
            raise
        self._mark_move(request, spider)

    @staticmethod
    def _mark_move(request: Request, spider: Spider) -> None:
        """A request to a host the spider took in as its start page moved there (its
        `moved_hosts`: host -> the host it moved from) is marked with that move, for a
        worker that never saw it (`process_request`)."""
        moved: dict[str, str] = getattr(spider, "moved_hosts", None) or {}
        host = (urlparse_cached(request).hostname or "").lower()
        for to, first in moved.items():
            if on_host(host, to):
                request.meta[meta_keys.MOVED_HOST] = [first, to]
                return

    def should_follow(self, request: Request, spider: Spider) -> bool:
        """In the spider's allowed domains (their subdomains too, as Scrapy reads them), or
        on a host its start page moved to (`moved_hosts`) or that host's www. twin: not its
        other subdomains (a blog gone, `a.wordpress.com` -> `wordpress.com`, takes in no
        `b.wordpress.com` a page there redirects to)."""
        if super().should_follow(request, spider):
            return True
        host = (urlparse_cached(request).hostname or "").lower()
        moved: dict[str, str] = getattr(spider, "moved_hosts", None) or {}
        return any(on_host(host, to) for to in moved)

    def process_request(self, request: Request) -> None:  # type: ignore[override]
        assert self.crawler.spider is not None
        if request.meta.get("allow_offsite") or robots_download(request):
            return
        if self.should_follow(request, self.crawler.spider):
            return
        moved = getattr(self.crawler.spider, "start_moved", None)
        if request.meta.get("redirect_urls") and callable(moved) and moved(request):
            return  # the spider took the host in (its moved_hosts: followed from now)
        elsewhere = getattr(self.crawler.spider, "moved_elsewhere", None)
        if request.meta.get(meta_keys.MOVED_HOST) and callable(elsewhere) and elsewhere(request):
            return  # a move another worker saw: taken in here too
        domain = urlparse_cached(request).hostname
        if domain and domain not in self.domains_seen:
            self.domains_seen.add(domain)
            self.stats.inc_value("offsite/domains")
        self.stats.inc_value("offsite/filtered")
        raise IgnoreRequest(f"Filtered offsite request to {domain!r}")
