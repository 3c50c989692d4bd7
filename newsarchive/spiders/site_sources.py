"""The sitemaps and feeds a site names itself, for a profile that names none (`-a url=`).

News sitemaps come from robots.txt `Sitemap:` lines (only those whose address says
`news`: the others list the whole archive, years of it); feeds from the
`<link rel="alternate" type="application/rss+xml">` (or Atom) of section pages.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from parsel import Selector
from scrapy.utils.sitemap import sitemap_urls_from_robots

from newsarchive.spiders.pagination import join, page_base

FEED_TYPES = ("application/rss+xml", "application/atom+xml")
_FEED_LINKS = 'link[rel~="alternate" i][type][href]'


def robots_sitemaps(robots_txt: bytes, base_url: str) -> tuple[list[str], list[str]]:
    """(news sitemaps, other sitemaps) named by a robots.txt, each once, in order."""
    named = dict.fromkeys(sitemap_urls_from_robots(robots_txt, base_url=base_url))
    news = [url for url in named if "news" in urlsplit(url).path.lower()]
    return news, [url for url in named if url not in news]


def page_feeds(html: str | Selector, page_url: str) -> list[str]:
    """The RSS and Atom feeds a page names in its `<link rel="alternate">`, each once
    (`html` a page's own Selector where it has one: no second parse of the page)."""
    page = html if isinstance(html, Selector) else Selector(text=html)
    links = page.css(_FEED_LINKS)
    base = page_base(page, page_url)  # its <base href>, if it has one
    feeds = (
        join(base, link.attrib.get("href") or "")
        for link in links
        if (link.attrib.get("type") or "").split(";")[0].strip().lower() in FEED_TYPES
    )
    return list(dict.fromkeys(url for url in feeds if url is not None and url != page_url))
