"""A profile built at run time from section URLs, for a site nobody wrote one for.

    scrapy crawl news -a url=https://www.example.ch/politik/,https://www.example.ch/wirtschaft/

Everything but the sections is the default (generic link rules, politeness and
extraction); its sitemaps and feeds are the ones the site names itself (robots.txt
`Sitemap:` lines, the section pages' `<link rel="alternate">`), found by the spider.
"""

from __future__ import annotations

import contextlib
import re
from urllib.parse import unquote, urlsplit

from w3lib.url import safe_url_string

from newsarchive.sites.base import DISCOVERY_SOURCES, SiteProfile
from newsarchive.sites.hosts import bare_host


class SiteUrlError(ValueError):
    """Section URLs that cannot make one profile; the message says which and why."""


def profile_from_urls(raw: str) -> SiteProfile:
    """One profile for the comma-separated section URLs in `raw` (all on one host)."""
    urls = [u.strip() for u in raw.split(",") if u.strip()]
    if not urls:
        raise SiteUrlError(f"url must name at least one section URL, got {raw!r}")
    for url in urls:
        _check(url)
    # as every request names them: a host in IDNA (`bücher.example` -> `xn--bcher-kva.example`),
    # a path percent-encoded. Kept as typed, the site's domain was `bücher.example`, which no
    # request's host is: every page was dropped as offsite and the run ended `finished`, empty.
    urls = [safe_url_string(url) for url in urls]
    origins = sorted({_origin(url) for url in urls})
    if len(origins) > 1:
        raise SiteUrlError(
            f"url names sections on {len(origins)} hosts ({', '.join(origins)}); "
            "crawl one site per run"
        )
    host = urlsplit(urls[0]).hostname or ""
    return SiteProfile(
        name=site_name(host),
        base_url=origins[0],
        domains=(bare_host(host),),
        sections=section_names(urls),
        discover=DISCOVERY_SOURCES,
    )


def _check(url: str) -> None:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = 0
    if parts.scheme not in ("http", "https") or not parts.hostname or port == 0:
        raise SiteUrlError(f"url must be http(s)://host/section/, got {url!r}")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2].lower()}"


def site_name(host: str) -> str:
    """The host without `www.`, as a safe file name (`www.Example.CH` -> `example.ch`)."""
    with contextlib.suppress(UnicodeError):  # a label IDNA cannot take: replaced below
        host = host.encode("idna").decode("ascii")
    name = re.sub(r"[^a-z0-9.-]+", "_", bare_host(host)).strip("._-")
    return name or "site"


def section_names(urls: list[str]) -> dict[str, str]:
    """Section name -> path (with its query): `/news/world/` is `news-world`, `/` `home`."""
    sections: dict[str, str] = {}
    for url in urls:
        parts = urlsplit(url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if path in sections.values():
            continue
        # named from the path as its reader sees it (`/über-uns/` is `über-uns`, not `c3-bcber-uns`)
        words = re.sub(r"[\W_]+", "-", unquote(parts.path + " " + parts.query).lower())
        base = words.strip("-") or "home"
        name, n = base, 2
        while name in sections:
            name, n = f"{base}-{n}", n + 1
        sections[name] = path
    return sections
