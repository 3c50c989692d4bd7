"""Feeds and a news sitemap in shapes real servers send, on one `news -a url=` crawl.

A fixture site on 127.0.0.1 (markup written here) whose robots.txt names a news
sitemap written with prefixed namespaces (`<ns0:url>`), a `<loc>` padded with
whitespace, one in CDATA and one with `&amp;`, publication dates in three formats;
whose section page names an RSS 1.0 (RDF) feed and an Atom feed, both served as
text/html with relative links. One Atom entry names its page only in its `<id>`
(an http URL, no `<link>`): it was counted "names no page" and skipped, as an RSS
`<guid>` URL is not; an entry whose `<id>` is a tag:, urn: or relative one still names
no page, and one whose `<id>` is on another host is not fetched.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin

HTML = "text/html; charset=utf-8"
SITEMAP_STORIES = ["/welt/padded-loc-story", "/welt/cdata-loc-story", "/story?id=3&lang=en"]
RDF_STORY = "/politik/the-rdf-feed-story"
ATOM_LINKED = "/politik/the-atom-linked-story"
ATOM_ID_ONLY = "/politik/the-atom-id-only-story"
STORIES = [*SITEMAP_STORIES, RDF_STORY, ATOM_LINKED, ATOM_ID_ONLY]


def _story(path: str) -> tuple[str, bytes]:
    words = " ".join(f"The council met on Tuesday about item {n} of {path}." for n in range(20))
    return HTML, (
        f"<html><head><title>Story {path}</title></head><body><article><h1>Story {path}</h1>"
        f"<p>{words}</p></article></body></html>"
    ).encode()


def _pages(o: str) -> dict[str, tuple[str, bytes]]:
    sitemap = f"""<?xml version="1.0" encoding="UTF-8"?>
<ns0:urlset xmlns:ns0="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:ns1="http://www.google.com/schemas/sitemap-news/0.9">
<ns0:url><ns0:loc>
   {o}/welt/padded-loc-story
</ns0:loc><ns1:news><ns1:publication_date>2025-05-01</ns1:publication_date></ns1:news></ns0:url>
<ns0:url><ns0:loc><![CDATA[{o}/welt/cdata-loc-story]]></ns0:loc><ns1:news>
<ns1:publication_date>Thu, 01 May 2025 10:00:00 GMT</ns1:publication_date></ns1:news></ns0:url>
<ns0:url><ns0:loc>{o}/story?id=3&amp;lang=en</ns0:loc><ns1:news>
<ns1:publication_date>2025-05-01T10:00+02:00</ns1:publication_date></ns1:news></ns0:url>
</ns0:urlset>"""
    rdf = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="{o}/"><title>Politik</title><link>{o}/</link></channel>
<item rdf:about="{o}{RDF_STORY}"><title>R</title><link>{RDF_STORY}</link>
<dc:date>2025-05-01T10:00:00Z</dc:date></item></rdf:RDF>"""
    atom = f"""<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Politik</title>
<entry><id>tag:example.org,2025:7</id><title>L</title><link rel="edit" href="/api/7"/>
<link rel="alternate" href="{ATOM_LINKED}"/><updated>2025-05-01T10:00:00Z</updated></entry>
<entry><id>  {o}{ATOM_ID_ONLY}  </id><title>I</title><updated>2025-05-01T10:00:00Z</updated></entry>
<entry><id>{o.replace("127.0.0.1", "127.0.0.2")}/politik/another-host</id><title>H</title></entry>
<entry><id>tag:example.org,2025:9</id><title>T</title><updated>2025-05-01T10:00:00Z</updated></entry>
<entry><id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id><title>U</title></entry>
<entry><id>/politik/a-relative-id-is-no-page</id><title>R</title></entry>
</feed>"""
    section = """<html><head><title>Politik</title>
<link rel="alternate" type="application/rss+xml" href="/feeds/rdf.xml">
<link rel="alternate" type="application/atom+xml" href="/feeds/atom.xml">
</head><body><h1>Politik</h1><p>Nothing listed here today.</p></body></html>"""
    robots = f"User-agent: *\nDisallow:\nSitemap: {o}/news-sitemap.xml\n"
    pages = {
        "/robots.txt": ("text/plain", robots.encode()),
        "/news-sitemap.xml": ("application/xml", sitemap.encode()),
        "/politik/": (HTML, section.encode()),
        "/feeds/rdf.xml": ("text/html", rdf.encode()),
        "/feeds/atom.xml": ("text/html", atom.encode()),
    }
    pages.update({path: _story(path) for path in STORIES})
    return pages


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    pages: dict[str, tuple[str, bytes]] = {}
    with page_origin(pages) as origin:
        pages.update(_pages(origin))
        settings = {"STATE_ENABLED": "0", "NETWORK_ALLOWED": origin.split("//")[1]}
        out = tmp_path_factory.mktemp("feed-shapes")
        yield run_crawl("news", {"url": f"{origin}/politik/"}, settings, out)


def test_every_listed_story_is_archived_once(crawl: CrawlResult) -> None:
    urls = [item["url"].split("/", 3)[3] for item in crawl.items()]
    assert sorted(urls) == sorted(path[1:] for path in STORIES), crawl.log[-3000:]


def test_only_entries_naming_no_page_are_counted(crawl: CrawlResult) -> None:
    # the tag: and urn: ids and the relative one; not the entry whose id is its page
    assert crawl.stats["news/feed_items_unlinked"] == 3
    assert "atom.xml: 3 item(s) name no page" in crawl.log
