"""The sitemaps and feeds a site names itself, for a profile that names none (`-a url=`).

News sitemaps come from robots.txt `Sitemap:` lines, else, where robots.txt names
none, from section pages (a `<link rel="sitemap">`, a footer's link to
`/news-sitemap.xml`); only those whose address says `news`: the others list the
whole archive, years of it. Feeds come from the `<link rel="alternate"
type="application/rss+xml">` (or Atom) of section pages.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from parsel import Selector
from scrapy.utils.sitemap import sitemap_urls_from_robots

from newsarchive.pagebase import join, page_base

FEED_TYPES = ("application/rss+xml", "application/atom+xml")
_FEED_LINKS = 'link[rel~="alternate" i][type][href]'


# A page's own sitemap link; a link whose address is a sitemap file (`/sitemap.xml`,
# `/news-sitemap.xml.gz`): a footer's "Sitemap" often leads to an HTML page instead.
_SITEMAP_LINKS = 'link[rel~="sitemap" i][href], a[href*="sitemap" i]'
_XML = (".xml", ".xml.gz")


def robots_sitemaps(robots_txt: bytes, base_url: str) -> tuple[list[str], list[str]]:
    """(news sitemaps, other sitemaps) named by a robots.txt, each once, in order."""
    return news_sitemaps(sitemap_urls_from_robots(robots_txt, base_url=base_url))


def news_sitemaps(urls: Iterable[str]) -> tuple[list[str], list[str]]:
    """(news sitemaps, other sitemaps) of these, each once, in order: a news sitemap's
    address says `news` (`/news-sitemap.xml`, `/sitemaps/news/today.xml`)."""
    named = dict.fromkeys(urls)
    news = [url for url in named if "news" in urlsplit(url).path.lower()]
    return news, [url for url in named if url not in news]


def page_sitemaps(html: str | Selector, page_url: str) -> list[str]:
    """The sitemaps a page names, absolute (against its `<base href>`), each once, in
    order: its `<link rel="sitemap">`, and its links whose path is a sitemap's file."""
    page = html if isinstance(html, Selector) else Selector(text=html)
    base = page_base(page, page_url)
    found = []
    for link in page.css(_SITEMAP_LINKS):
        joined = join(base, link.attrib.get("href") or "")
        if joined is None:  # `http://[::1`: no URL
            continue
        url = joined.split("#", 1)[0]
        path = urlsplit(url).path.lower()
        if link.root.tag == "link" or ("sitemap" in path and path.endswith(_XML)):
            found.append(url)
    return list(dict.fromkeys(url for url in found if url != page_url))


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
