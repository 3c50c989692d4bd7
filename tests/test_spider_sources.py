"""Reading article URLs and dates out of sitemaps, feeds and "show more" JSON."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone

import pytest
from scrapy.http import HtmlResponse

from newsarchive.sites.base import DEFAULT_URL_DATE, Listing, ShowMore
from newsarchive.spiders.listing import next_page_url
from newsarchive.spiders.sources import (
    Entry,
    date_in_url,
    parse_feed,
    parse_show_more,
    parse_sitemap,
    read_feed,
    read_show_more,
)
from newsarchive.timestamps import parse_feed_date as parse_date

EDT = timezone(timedelta(hours=-4))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-05-20T14:20:55-04:00", datetime(2025, 5, 20, 14, 20, 55, tzinfo=EDT)),
        ("2025-05-20T18:00:00Z", datetime(2025, 5, 20, 18, tzinfo=UTC)),
        ("2025-05-20", datetime(2025, 5, 20)),
        ("Tue, 20 May 2025 13:00:00 -0400", datetime(2025, 5, 20, 13, tzinfo=EDT)),
        ("1747749600000", datetime(2025, 5, 20, 14, tzinfo=UTC)),
        ("1747749600", datetime(2025, 5, 20, 14, tzinfo=UTC)),
        ("", None),
        (None, None),
        ("two days ago", None),
    ],
)
def test_parse_date(text: str | None, expected: datetime | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("pattern", "url", "expected"),
    [
        (DEFAULT_URL_DATE, "/2025/05/01/politics/x/index.html", datetime(2025, 5, 1)),
        (
            r"/(?P<y>20\d\d)/(?P<m>[a-z]{3})/(?P<d>\d\d)/",
            "/world/2025/may/01/x",
            datetime(2025, 5, 1),
        ),
        (
            r"-(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)/?$",
            "/world/us/x-y-2025-05-01/",
            datetime(2025, 5, 1),
        ),
        (DEFAULT_URL_DATE, "/politics/no-date-here", None),
        (DEFAULT_URL_DATE, "/2025/13/01/x", None),
    ],
)
def test_date_in_url(pattern: str, url: str, expected: datetime | None) -> None:
    assert date_in_url(url, re.compile(pattern, re.IGNORECASE)) == expected


NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc> https://example.com/a </loc>
  <news:news><news:publication_date>2025-05-20</news:publication_date></news:news></url>
<url><loc>https://example.com/b</loc><lastmod>2025-04-01T00:00:00Z</lastmod></url>
<url><loc>https://example.com/c</loc></url>
</urlset>"""


def dated(entries: Iterable[Entry]) -> list[tuple[str, datetime | None]]:
    return [(entry.url, entry.published) for entry in entries]


def test_news_sitemap_entries_and_dates() -> None:
    sitemap = parse_sitemap(NEWS_SITEMAP)
    assert sitemap.children == ()
    assert dated(sitemap.entries) == [
        ("https://example.com/a", datetime(2025, 5, 20)),
        ("https://example.com/b", datetime(2025, 4, 1, tzinfo=UTC)),
        ("https://example.com/c", None),
    ]


def test_sitemap_index_gzipped() -> None:
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://example.com/news-1.xml</loc><lastmod>2025-05-20</lastmod></sitemap>
    </sitemapindex>"""
    sitemap = parse_sitemap(gzip.compress(index))
    assert dated(sitemap.children) == [("https://example.com/news-1.xml", datetime(2025, 5, 20))]
    assert sitemap.entries == ()


def test_unreadable_sitemap_is_empty_and_entities_are_not_expanded() -> None:
    assert parse_sitemap(b"<html>not xml") == parse_sitemap(b"")
    evil = b"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>
    <urlset><url><loc>&x;</loc></url></urlset>"""
    assert all("root" not in e.url for e in parse_sitemap(evil).entries)


def test_rss_and_atom_feeds() -> None:
    rss = b"""<rss version="2.0"><channel>
    <item><link>https://example.com/a</link>
      <pubDate>Tue, 20 May 2025 13:00:00 -0400</pubDate></item>
    <item><guid>https://example.com/b</guid></item>
    <item><guid isPermaLink="false">id-3</guid></item>
    </channel></rss>"""
    assert dated(parse_feed(rss)) == [
        ("https://example.com/a", datetime(2025, 5, 20, 13, tzinfo=EDT)),
        ("https://example.com/b", None),
    ]
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry>
    <link rel="self" href="https://example.com/self"/><link href="https://example.com/c"/>
    <published>2025-05-20T10:00:00Z</published></entry></feed>"""
    assert dated(parse_feed(atom)) == [
        ("https://example.com/c", datetime(2025, 5, 20, 10, tzinfo=UTC))
    ]


def test_show_more_json() -> None:
    flat = ShowMore(url="/x", date_field=("publicationDate",))
    data = [
        {"url": "/a", "publicationDate": "2025-05-20T18:00:00Z"},
        {"url": ""},
        {"title": "no url"},
    ]
    assert dated(parse_show_more(data, flat) or []) == [
        ("/a", datetime(2025, 5, 20, 18, tzinfo=UTC))
    ]
    nested = ShowMore(url="/x", items_path=("data", "items"), url_field=("link", "href"))
    found = parse_show_more({"data": {"items": [{"link": {"href": "/b"}}]}}, nested)
    assert dated(found or []) == [("/b", None)]
    assert parse_show_more({"error": "rate limited"}, flat) is None
    assert parse_show_more({"data": {}}, nested) is None


# Feeds written like HTML, as many CMSs write them: an HTML entity in a title, a bare "&"
# in a query string. libxml2's recovery dropped the "&" of every later link.
MENDED_FEEDS = [
    (b"<item><title>A&nbsp;B &eacute;</title><link>http://x.test/a?p=1&amp;q=2</link></item>",
     "http://x.test/a?p=1&q=2"),
    (b"<item><link>http://x.test/b?p=1&q=2</link></item>", "http://x.test/b?p=1&q=2"),
    (b"<item><title>&bogus; &#8220;x&#x201d;</title><link>http://x.test/c?p=1&amp;q</link></item>",
     "http://x.test/c?p=1&q"),
    (b"<item><title>&copy</title><link><![CDATA[http://x.test/d?p=1&q=2]]></link></item>",
     "http://x.test/d?p=1&q=2"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "url"), MENDED_FEEDS)
def test_feeds_with_html_entities_and_bare_ampersands_keep_their_links(
    item: bytes, url: str
) -> None:
    feed = b"<rss><channel>" + item + b"<item><link>http://x.test/z?p=1&amp;q=2</link></item>"
    assert [e.url for e in parse_feed(feed + b"</channel></rss>")] == [
        url,
        "http://x.test/z?p=1&q=2",
    ]


def test_a_sitemap_entry_is_its_own_loc_not_its_images() -> None:
    sitemap = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"><url>
      <image:image><image:loc>https://example.com/lead.jpg</image:loc></image:image>
      <loc>https://example.com/story</loc></url></urlset>"""
    assert [e.url for e in parse_sitemap(sitemap).entries] == ["https://example.com/story"]


def test_a_gzipped_sitemap_cut_short_gives_the_entries_before_the_cut() -> None:
    urls = b"".join(b"<url><loc>https://example.com/%d</loc></url>" % n for n in range(2000))
    whole = gzip.compress(b"<urlset>" + urls + b"</urlset>")
    entries = parse_sitemap(whole[: len(whole) // 2]).entries
    assert 500 < len(entries) < 2000
    assert [e.url for e in entries] == [f"https://example.com/{n}" for n in range(len(entries))]


NEXT_CONTROLS = [
    ('<a class="next" href="/world/page/2">Next</a>', "https://example.com/world/page/2"),
    ('<div class="next" data-next-page="/world/page/2"></div>', "https://example.com/world/page/2"),
    (
        '<button class="next" data-href=" ?page=2 ">More</button>',
        "https://example.com/world/?page=2",
    ),
    ('<a class="next" data-next-url="/world/page/2">More</a>', "https://example.com/world/page/2"),
    ('<button class="next" data-other="/x">More</button>', None),
    ("<p>the last page</p>", None),
]


@pytest.mark.parametrize(("control", "expected"), NEXT_CONTROLS)
def test_the_next_page_is_a_link_or_the_url_its_control_holds(
    control: str, expected: str | None
) -> None:
    page = HtmlResponse("https://example.com/world/", body=control.encode(), encoding="utf-8")
    assert next_page_url(page, Listing(links="a.story", next_page=".next"), 1) == expected


def test_show_more_answers_that_carry_their_teasers_as_html() -> None:
    """{"html": "<li>...</li>", "hasMore": true}, as many CMSs' load-more endpoints answer."""
    spec = ShowMore(
        url="/api/more?offset={offset}", html_field=("data", "html"), html_links="h3 a",
        more_field=("hasMore",), next_offset_field=("next",),
    )  # fmt: skip
    fragment = (
        '<li><h3><a href="/world/a">A</a></h3><a href="/world/a#comments">3</a></li>'
        '<li><h3><a href=" /world/b ">B</a></h3><a href="/author/x">X</a></li>'
    )
    answer = read_show_more({"data": {"html": fragment}, "hasMore": True, "next": "20"}, spec)
    assert answer is not None
    assert [e.url for e in answer.entries] == ["/world/a", "/world/b"]
    assert answer.more is True and answer.next_offset == 20
    last = read_show_more({"data": {"html": "  "}, "hasMore": False}, spec)
    assert last is not None and last.entries == () and last.more is False
    assert read_show_more({"data": {"items": []}}, spec) is None  # not the expected shape


@pytest.mark.parametrize(
    ("body", "urls"),
    [
        (
            b"https://example.com/a\nhttps://example.com/b\n",
            ["https://example.com/a", "https://example.com/b"],
        ),
        (
            b"\xef\xbb\xbfhttp://example.com/a\r\n\r\nhttp://example.com/a\r\n",
            ["http://example.com/a"],
        ),
        (gzip.compress(b"https://example.com/a\n", mtime=0), ["https://example.com/a"]),
        (
            gzip.compress(b"https://example.com/a\nhttps://example.com/b\n", mtime=0)[:-12],
            ["https://example.com/a"],
        ),
        (b"https://example.com/a\nnot a url\n", []),  # some other text: nothing
        (b"<html><body>https://example.com/a</body></html>", []),
        (b"/relative/a\n", []),
    ],
)
def test_a_text_sitemap_lists_its_urls(body: bytes, urls: list[str]) -> None:
    assert [entry.url for entry in parse_sitemap(body).entries] == urls


ATOM = '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.com/"><entry>{}</entry></feed>'


@pytest.mark.parametrize(
    ("links", "url"),
    [
        (  # an AMP alternate first: the HTML one is the page
            '<link rel="alternate" type="application/amp+html" href="amp/a-1"/>'
            '<link rel="alternate" type="text/html" href="news/a-1"/>',
            "https://example.com/news/a-1",
        ),
        (  # a JSON alternate first, the page's with no type
            '<link rel="alternate" type="application/json" href="api/a-1.json"/>'
            '<link href="news/a-1"/>',
            "https://example.com/news/a-1",
        ),
        (  # self and edit links are no page; one alternate of another type is taken
            '<link rel="self" href="feed/a-1"/><link rel="edit" href="edit/a-1"/>'
            '<link rel="alternate" type="application/amp+html" href="amp/a-1"/>',
            "https://example.com/amp/a-1",
        ),
        (
            '<link rel="alternate" type="text/html; charset=utf-8" href="news/a-1"/>',
            "https://example.com/news/a-1",
        ),
    ],
)
def test_an_atom_entrys_page_is_its_html_alternate(links: str, url: str) -> None:
    assert [entry.url for entry in read_feed(ATOM.format(links).encode()).entries] == [url]
