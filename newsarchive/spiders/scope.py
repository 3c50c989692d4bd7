"""Which links a run may follow, decided on strings before any Request is built.

Links on the site's own hosts are mapped onto the run's origin (so a profile
runs unchanged against a test server or a mirror); links anywhere else are
out of scope. Checking strings first is the cheapest speed-up a crawl has.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from functools import cached_property
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from newsarchive import request_meta as meta_keys
from newsarchive.sites.base import SiteProfile
from newsarchive.sites.hosts import WWW, bare_host, on_host, one_site, www_twin
from newsarchive.spiders.sources import date_in_url
from newsarchive.urlkeys import article_key, without_index_file


class Scope:
    """URL decisions for one profile on one origin."""

    def __init__(self, profile: SiteProfile) -> None:
        self.profile = profile
        base = urlsplit(profile.base_url)
        self.origin = base.netloc.lower()
        # Run against another origin (a test server, a mirror): all the site's hosts map onto it.
        self.mirrored = not profile.owns_host(base.hostname or "")
        self.zone = ZoneInfo(profile.timezone)
        self._url_date = re.compile(profile.url_date, re.IGNORECASE) if profile.url_date else None
        # a query-named article as first listed, by its query's parameters in any order
        self._named: dict[tuple[str, tuple[str, ...]], str] = {}
        # hosts a section's first page moved to, of the same site (`adopt`)
        self._moved: set[str] = set()

    def resolve(self, url: str, base: str | None = None) -> str | None:
        """`url` (made absolute against `base`) on the run's origin, or None when out of scope
        or no URL at all (`http://[::1`, a port that is no number: a feed's or sitemap's
        dead link is passed over, not the rest of the feed)."""
        try:
            return self._resolve(url, base)
        except ValueError:
            return None

    def _resolve(self, url: str, base: str | None) -> str | None:
        url = urljoin(base, url.strip()) if base else url.strip()
        parts = urlsplit(url)
        parts.port  # noqa: B018 (a port that is no number raises here)
        if not parts.netloc.isascii():  # `bücher.example`: the site's hosts are IDNA, as requested
            parts = parts._replace(netloc=urlsplit(article_key(url)).netloc)
        if parts.scheme not in ("http", "https"):
            return None
        if parts.netloc.lower() != self.origin:
            if not self.owns(parts.hostname or ""):
                return None
            if self.mirrored:
                origin = urlsplit(self.profile.base_url)
                parts = parts._replace(scheme=origin.scheme, netloc=origin.netloc)
        return urlunsplit(parts._replace(fragment=""))

    def in_site_scheme(self, url: str, served: str) -> str:
        """`url` in the scheme its listing was `served` in (the response's final URL, after
        redirects) when it names that page's host and port, or the seed's (each scheme's
        default port written or not): a site's widget or sitemap writes `http://` where it
        serves `https://` (or the reverse), and each was fetched apart, or failed. The
        served scheme, not the seed's: a seed typed `http://` on a site redirecting to
        `https://` asked every `https://` link over http first. Another port or host is
        another server: as written."""
        parts, page = urlsplit(url), urlsplit(served)
        if parts.scheme == page.scheme or {parts.scheme, page.scheme} != set(_DEFAULT_PORTS):
            return url
        try:
            here = _host_port(parts)
            same = here in (_host_port(page), _host_port(urlsplit(self.profile.base_url)))
        except ValueError:
            return url
        if not same:
            return url
        host, port = parts.hostname or "", here[1]
        host = f"[{host}]" if ":" in host else host  # an IPv6 address keeps its brackets
        netloc = host if port is None else f"{host}:{port}"
        return urlunsplit(parts._replace(scheme=page.scheme, netloc=netloc))

    def sitemap(self, url: str, base: str | None = None) -> str | None:
        """Where to fetch a sitemap the site names (robots.txt, an index): a URL in scope
        (`resolve`), or on a host below one of the site's domains without its `www.`
        (`sitemaps.example.org`, `cdn.example.org` for `www.example.org`: where sites put
        their sitemaps); None on another site, whose sitemap lists another site's pages."""
        found = self.resolve(url, base)
        if found is not None:
            return found
        try:
            parts = urlsplit(urljoin(base, url.strip()) if base else url.strip())
            parts.port  # noqa: B018 (a port that is no number raises here)
        except ValueError:  # no URL at all
            return None
        host = (parts.hostname or "").lower().rstrip(".")
        if parts.scheme not in ("http", "https") or not any(
            host.endswith("." + bare_host(domain)) for domain in self.profile.domains
        ):
            return None
        if self.mirrored:  # the mirror serves the site's every host
            origin = urlsplit(self.profile.base_url)
            parts = parts._replace(scheme=origin.scheme, netloc=origin.netloc)
        return urlunsplit(parts._replace(fragment=""))

    def owns(self, host: str) -> bool:
        """Whether `host` is one of the site's: a profile's domain, or its `www.` twin (a
        site names `example.org/world/?page=2` on `www.example.org`, and the other way)."""
        return any(
            self.profile.owns_host(name) or name.lower().rstrip(".") in self._moved
            for name in (host, www_twin(host))
        )

    def adopt(self, host: str) -> None:
        """`host` (its `www.` twin too, `owns`) is the site's too: a section's first page
        moved there from the profile's own host, a name of the same site (`news.example.org`
        -> `example.org`: `moved_within_site`). Not its other subdomains: a move up to a
        platform's own name (a blog gone, `myblog.wordpress.com` -> `wordpress.com`, one
        registered domain by the list) took in every blog of it."""
        self._moved.add(host.lower().rstrip("."))

    def article(self, url: str, declared: bool = False) -> str | None:
        """The URL to fetch for an in-scope article link, or None when it is no article: in
        the form it is requested in (`article_key`), the key the crawl state knows it by.
        A `declared` one (a news sitemap's `<news:news>` entry) is news by the site's own
        word: only a deny rule makes it none, and only its tracking parameters go."""
        parts = urlsplit(url)
        rules = self.profile.articles
        if declared:
            parts = parts._replace(query=untracked(parts.query))
            if rules.is_denied(_target(parts.path, parts.query)) or self._front(parts):
                return None
            return article_key(urlunsplit(parts))
        path = parts.path
        if not rules.keep_query:
            bare = untracked(parts.query)
            # tracking parameters, mostly; a query that names the article is kept, untracked
            named = bare and not self._taken(path, "") and self._taken(path, bare)
            parts = parts._replace(query=self._as_first_listed(path, bare) if named else "")
        elif parts.query:  # the query names the article: its tracking parameters do not
            parts = parts._replace(query=self._untracked(path, parts.query))
        if not self._taken(path, parts.query):
            return None
        return article_key(urlunsplit(parts))

    def _front(self, parts: SplitResult) -> bool:
        """Whether a declared article is the site's home page or one of the profile's
        section pages (a news sitemap plugin set up loosely lists them too): a listing, never
        an article, whatever the sitemap says."""
        if parts.query:
            return False
        path = without_index_file(parts.path).rstrip("/")
        return path == "" or path in self._section_paths

    @cached_property
    def _section_paths(self) -> frozenset[str]:
        return frozenset(
            without_index_file(urlsplit(where).path).rstrip("/")
            for where in self.profile.sections.values()
        )

    def _taken(self, path: str, query: str) -> bool:
        """Whether the link rules take the path for an article, as written or as its server
        reads a directory's own page (`/story/index.html` as `/story/`, a slug)."""
        rules = self.profile.articles
        if rules.is_article(_target(path, query)):
            return True
        bare = without_index_file(path)
        return bare != path and rules.is_article(_target(bare, query))

    def _as_first_listed(self, path: str, query: str) -> str:
        """A query-named article's query in the order it was first listed in: one listed
        as `?id=5&lang=en` and as `?lang=en&id=5` is one article, asked for once."""
        key = (path, tuple(sorted(query.split("&"))))
        return self._named.setdefault(key, query) if len(self._named) < NAMED_KEPT else query

    def _untracked(self, path: str, query: str) -> str:
        """`query` without its tracking parameters, but for one the profile's own rule names
        the article by (`/read?ref=4711`): without it the link would be no article."""
        bare = untracked(query)
        if bare == query or self.profile.articles.is_article(_target(path, bare)):
            return bare
        kept = query.split("&")
        at = 0
        while at < len(kept):
            rest = kept[:at] + kept[at + 1 :]
            if _tracking(kept[at].partition("=")[0].lower()) and self.profile.articles.is_article(
                _target(path, "&".join(rest))
            ):
                kept = rest
            else:
                at += 1
        return "&".join(kept)

    def day(self, published: datetime | None, url: str) -> date | None:
        """The site-local day an article appeared, from its listing or else its URL."""
        when = published or date_in_url(url, self._url_date)
        if when is None:
            return None
        if when.tzinfo is not None:
            when = when.astimezone(self.zone)
        return when.date()


def moved_within_site(meta: dict[str, Any], url: str) -> str | None:
    """The host a redirected request (`meta`'s `redirect_urls`, now at `url`) moved to when
    it is another name of the site its chain began on (`news.example.org` ->
    `example.org` and back, `www.`: one registered domain, by the Public Suffix List), else
    None (another site, an address, no redirect)."""
    chain = meta.get("redirect_urls") or []
    if not chain:
        return None
    first, here = urlsplit(chain[0]).hostname or "", urlsplit(url).hostname or ""
    return here if here != first and one_site(first, here) else None


def marked_move(
    meta: dict[str, Any], url: str, own: Callable[[str], bool]
) -> tuple[str, str] | None:
    """(the host it moved from, the host) a request's mark of a move names (`MOVED_HOST`:
    a shared crawl's other worker, or this one before a restart, took it in as a start page
    moved there), when the mark holds here too: it moved from a host `own` says is the
    spider's, to another name of the same site, and the request is on that host (`on_host`);
    else None. A mark is the crawl's own (its queue), checked all the same: no move to
    another site comes in."""
    mark = meta.get(meta_keys.MOVED_HOST)
    if not isinstance(mark, list | tuple) or len(mark) != 2:
        return None
    first, to = (str(name).lower() for name in mark)
    host = (urlsplit(url).hostname or "").lower()
    if not on_host(host, to) or not own(first) or not one_site(first, to):
        return None
    return first, to


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _host_port(parts: SplitResult) -> tuple[str, int | None]:
    """The host and the port written, a scheme's default port as none."""
    port = parts.port
    return (parts.hostname or "").rstrip("."), None if port == _DEFAULT_PORTS.get(
        parts.scheme
    ) else port


def allowed_hosts(host: str, profile: SiteProfile) -> list[str]:
    """The spider's `allowed_domains` for a run on the site itself: its origin's host, the
    profile's domains, and the bare twin of each `www.` one (Scrapy takes a domain's
    subdomains with it, so a `www.` domain's twin is there already)."""
    names = [host, *profile.domains]
    bare = [bare_host(name) for name in names if name.lower().startswith(WWW)]
    return list(dict.fromkeys(names + bare))


# Parameters that say where a reader came from or who reads, never which article: one
# article listed with `?id=5&utm_source=x`, `?id=5&fbclid=y` and `?id=5&PHPSESSID=z` is
# fetched once, as `?id=5`.
TRACKING = frozenset(
    ("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src",
     "ref_url", "cmpid", "ito", "ncid", "ocid", "smid", "taid", "at_medium", "at_campaign",
     # a reader's session, which a site without cookies prints into every link
     "phpsessid", "jsessionid", "sessionid", "session_id", "sessid", "cfid", "cftoken")
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_")
NAMED_KEPT = 100_000  # query-named articles whose first order is kept (memory bound)


def untracked(query: str) -> str:
    """`query` without its tracking parameters, the rest as written and in order."""
    kept = [
        part for part in query.split("&")
        if not _tracking(part.partition("=")[0].lower())
    ]  # fmt: skip
    return "&".join(kept)


def _target(path: str, query: str) -> str:
    return path + (f"?{query}" if query else "")


def _tracking(key: str) -> bool:
    return key in TRACKING or key.startswith(TRACKING_PREFIXES)
