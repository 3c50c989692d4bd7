"""Cursor/token "show more" and the standard listing marks, as tables (no crawl).

The answers are written in the shapes real newsroom APIs answer in: GraphQL
connections (`pageInfo.endCursor`), `nextCursor`, Google-style page tokens,
continuations, Elasticsearch's `searchAfter`, JSON:API and HAL links, a bare
`next` URL, Fox News' offset/size list, WordPress REST, Arc XP's content API.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, TextResponse
from scrapy.statscollectors import MemoryStatsCollector

from newsarchive.sites.base import Cursor, Listing, ShowMore
from newsarchive.spiders.listing import amp_list, next_page_url, section_entries
from newsarchive.spiders.news import NewsSpider
from newsarchive.spiders.paging import (
    ListingProgress,
    answer_end,
    cursor_end,
    first_cursor,
    header_total,
    next_offset,
    show_more_url,
)
from newsarchive.spiders.sources import (
    Entry,
    Feed,
    ShowMoreAnswer,
    amp_show_more,
    cursor_text,
    item_list_entries,
    json_answer,
    looks_like_url,
    parse_feed,
    read_feed,
    read_html_answer,
    read_show_more,
    sitemap_period_end,
)

GENERIC = ShowMore(url="/api?c={cursor}", items_path=("items",), cursor=Cursor())
ITEMS = [{"url": "/world/one-two-three"}]


@pytest.mark.parametrize(
    ("value", "join", "expected"),
    [
        (None, None, None),
        ("", None, None),
        ("  ", None, None),
        (False, None, None),
        (" abc= ", None, "abc="),
        (40, None, "40"),
        ([1717000000000, "doc-9"], None, '[1717000000000,"doc-9"]'),
        ([1717000000000, "doc-9"], ",", "1717000000000,doc-9"),
        ([], None, None),
        ([{"a": 1}], None, None),
        ({"a": 1}, None, None),
    ],
)
def test_cursor_text(value: Any, join: str | None, expected: str | None) -> None:
    assert cursor_text(value, join) == expected


@pytest.mark.parametrize(
    ("answer", "cursor"),
    [
        ({"items": ITEMS, "pageInfo": {"endCursor": "YXJy", "hasNextPage": True}}, "YXJy"),
        ({"items": ITEMS, "nextCursor": "c2"}, "c2"),
        ({"items": ITEMS, "next_cursor": "c3", "cursor": "c2"}, "c3"),  # the next, not the echo
        ({"items": ITEMS, "nextPageToken": "CAoQAA"}, "CAoQAA"),
        ({"items": ITEMS, "continuation": "4qmFsgI"}, "4qmFsgI"),
        ({"items": ITEMS, "searchAfter": [1717000000000, "a1"]}, '[1717000000000,"a1"]'),
        ({"items": ITEMS, "links": {"next": "/api?page[cursor]=x"}}, "/api?page[cursor]=x"),
        ({"items": ITEMS, "_links": {"next": {"href": "https://ex.org/api?p=2"}}}, "https://ex.org/api?p=2"),
        ({"items": ITEMS, "meta": {"next_cursor": 20}}, "20"),
        ({"items": ITEMS, "pageInfo": {"endCursor": None, "hasNextPage": False}}, None),
        ({"items": ITEMS, "nextCursor": ""}, None),
        ({"items": ITEMS}, None),
    ],
)  # fmt: skip
def test_a_cursor_is_found_in_the_common_places(answer: dict[str, Any], cursor: str | None) -> None:
    read = read_show_more(answer, GENERIC)
    assert read is not None and read.entries == (Entry("/world/one-two-three"),)
    assert read.cursor == cursor


def test_a_profile_field_and_join_say_where_and_how() -> None:
    spec = ShowMore(
        url="/s?after={cursor}",
        items_path=("hits", "hits"),
        url_field=("_source", "url"),
        cursor=Cursor(field=("hits", "last_sort"), join=","),
    )
    data = {"hits": {"hits": [{"_source": {"url": "/a/b-c-d"}}], "last_sort": [17, "x"]}}
    read = read_show_more(data, spec)
    assert read is not None and read.cursor == "17,x"
    assert read_show_more({"hits": {"hits": []}, "nextCursor": "no"}, spec) == ShowMoreAnswer(())


@pytest.mark.parametrize(
    ("answer", "cursor"),
    [
        ({"items": ITEMS, "next": "https://ex.org/api/list?after=Q1"}, "https://ex.org/api/list?after=Q1"),
        ({"items": ITEMS, "next": "/api/list?page=3"}, "/api/list?page=3"),
        ({"items": ITEMS, "next_url": "?page=3"}, "?page=3"),
        ({"items": ITEMS, "next": 2}, None),  # a number is no URL: the offsets go on
        ({"items": ITEMS, "next": "c2"}, None),  # a token without a profile's template: unsafe
        ({"items": ITEMS, "nextCursor": "c2"}, None),
    ],
)  # fmt: skip
def test_without_a_profile_cursor_only_a_next_url_is_followed(
    answer: dict[str, Any], cursor: str | None
) -> None:
    read = read_show_more(answer, ShowMore(url="/api?o={offset}", items_path=("items",)))
    assert read is not None and read.cursor == cursor


def test_offset_and_page_apis_keep_their_offsets() -> None:
    """Fox News' offset/size list, Arc XP's from/size answer, WordPress's page/per_page."""
    fox = ShowMore(
        url="/api/article-search?size={size}&from={offset}", date_field=("publicationDate",)
    )
    read = read_show_more(
        [{"url": "/politics/a-b-c", "publicationDate": "2025-05-01T10:00:00Z"}], fox
    )
    assert read is not None and read.cursor is None and len(read.entries) == 1
    arc = ShowMore(
        url="/pf/api/v3/content/fetch/story-feed?query=%7B%22from%22%3A{offset}%2C%22size%22%3A{size}%7D",
        items_path=("content_elements",), url_field=("canonical_url",),
        total_field=("count",), next_offset_field=("next",), size=20,
    )  # fmt: skip
    data = {"content_elements": [{"canonical_url": "/world/x-y-z"}] * 20, "count": 65, "next": 40}
    read = read_show_more(data, arc)
    assert read is not None and read.cursor is None  # "next": 40 is Arc's next offset
    assert answer_end(read, arc, 20) is None and next_offset(read, 20) == 40
    wp = ShowMore(url="/wp-json/wp/v2/posts?page={page}&per_page={size}", size=10)
    assert show_more_url(wp, "world", offset=20) == "/wp-json/wp/v2/posts?page=3&per_page=10"


@pytest.mark.parametrize(
    ("pages", "offset", "entries", "total"),
    [
        ("4", 10, 10, 40),  # not the last page: pages x size
        ("3", 20, 4, 24),  # the last page: what has been listed
        (None, 10, 10, None),
        ("many", 10, 10, None),
    ],
)
def test_wordpress_total_pages_header(
    pages: str | None, offset: int, entries: int, total: int | None
) -> None:
    spec = ShowMore(url="/wp?page={page}", size=10, total_pages_header="X-WP-TotalPages")
    answer = ShowMoreAnswer(tuple(Entry(f"/a/{n}") for n in range(entries)))
    read = header_total(answer, spec, pages, offset)
    assert read.total == total
    assert (answer_end(read, spec, offset) == "total") is (pages == "3")


@pytest.mark.parametrize(
    ("answer", "end"),
    [
        (ShowMoreAnswer((Entry("/a"),), cursor="c2"), None),
        (ShowMoreAnswer((Entry("/a"),)), "no_cursor"),
        (ShowMoreAnswer((Entry("/a"),), more=True), "no_cursor"),
        (ShowMoreAnswer((Entry("/a"),), more=False, cursor="c2"), "end_marker"),
        (ShowMoreAnswer((), cursor="c2"), "empty"),
    ],
)
def test_cursor_end(answer: ShowMoreAnswer, end: str | None) -> None:
    assert cursor_end(answer) == end


def test_a_cursor_followed_before_is_a_loop_per_section() -> None:
    progress = ListingProgress()
    assert progress.follow_cursor("world", "c1")
    assert progress.follow_cursor("world", "c2")
    assert not progress.follow_cursor("world", "c1")
    assert progress.follow_cursor("us", "c1")  # another section's cursors are its own


def test_a_page_repeating_the_one_before_in_order_is_the_end() -> None:
    progress = ListingProgress()
    progress.read("world", {"/a", "/b"}, ("/a", "/b"))
    assert progress.same_as_last("world", ("/a", "/b"))
    assert not progress.same_as_last("world", ("/b", "/a"))  # reordered: only repeats
    assert not progress.same_as_last("world", ())
    assert not progress.same_as_last("us", ("/a", "/b"))


DATA_CURSOR = ".more::attr(data-cursor)"


@pytest.mark.parametrize(
    ("html", "cursor", "expected"),
    [
        ('<button class="more" data-cursor="Y3I6NQ">', Cursor(first=DATA_CURSOR), "Y3I6NQ"),
        ("<p>no control</p>", Cursor(first=DATA_CURSOR), None),
        ('<a class="more" href="/api/f?c=2">', Cursor(first="a.more::attr(href)"), "/api/f?c=2"),
        ("<p></p>", Cursor(start="0"), "0"),
        ("<p></p>", Cursor(), ""),
    ],
)  # fmt: skip
def test_first_cursor(html: str, cursor: Cursor, expected: str | None) -> None:
    spec = ShowMore(url="/api?c={cursor}", cursor=cursor)
    assert first_cursor(html, spec) == expected


def test_show_more_url_quotes_the_cursor() -> None:
    spec = ShowMore(
        url="/api/{section}?after={cursor}&n={size}", size=5, cursor=Cursor(), values={"us": "u-s"}
    )
    assert show_more_url(spec, "us", cursor="a/b+c=") == "/api/u-s?after=a%2Fb%2Bc%3D&n=5"
    assert show_more_url(spec, "us", cursor='[17,"x"]') == "/api/u-s?after=%5B17%2C%22x%22%5D&n=5"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://ex.org/a", True),
        ("/api?x=1", True),
        ("?page=2", True),
        ("YWJj", False),
        ("12", False),
    ],
)
def test_looks_like_url(value: str, expected: bool) -> None:
    assert looks_like_url(value) is expected


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/api?x={offest}", "unknown fields"),
        ("/api?c={cursor}", "no Cursor"),
    ],
)
def test_show_more_templates_are_checked_when_the_profile_is_made(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ShowMore(url=url)


def test_html_answers_give_their_links_and_the_next_cursor() -> None:
    spec = ShowMore(
        url="", html_answer=True, html_links="li > a[href]",
        cursor=Cursor(selector="a.load-more::attr(href)"),
    )  # fmt: skip
    fragment = (
        '<li><a href="/w/a-b-1">A</a></li><li><a href="/w/c-d-2">C</a></li>'
        '<li><a href="/w/a-b-1">A again</a></li><a class="load-more" href="/api/f?c=3">More</a>'
    )
    read = read_html_answer(fragment, spec)
    assert read.entries == (Entry("/w/a-b-1"), Entry("/w/c-d-2")) and read.cursor == "/api/f?c=3"
    assert read_html_answer('<li><a href="/w/e-f-3">E</a></li>', spec).cursor is None
    assert read_html_answer("", spec) == ShowMoreAnswer(())


def test_a_json_answer_s_html_fragment_can_hold_the_cursor() -> None:
    spec = ShowMore(
        url="/api?c={cursor}", html_field=("html",),
        cursor=Cursor(selector="[data-cursor]::attr(data-cursor)"),
    )  # fmt: skip
    data = {"html": '<li><a href="/w/a-b-1">A</a></li><div data-cursor="t9"></div>'}
    read = read_show_more(data, spec)
    assert read is not None and read.cursor == "t9" and read.entries == (Entry("/w/a-b-1"),)


ITEM_LIST = """{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "url": "https://ex.org/"},
  {"@type": "CollectionPage", "mainEntity": {"@type": "ItemList", "itemListElement": [
    {"@type": "ListItem", "position": 1, "url": "https://ex.org/world/a-b-c"},
    {"@type": "ListItem", "position": 2,
     "item": {"@id": "/world/d-e-f", "datePublished": "2025-05-01T10:00:00Z"}},
    {"@type": "ListItem", "position": 3, "item": "/world/g-h-i"},
    {"@type": "ListItem", "position": 4, "url": "https://ex.org/world/a-b-c"},
    {"@type": "ListItem", "position": 5}
  ]}}]}"""  # fmt: skip


def test_json_ld_item_lists_name_their_articles() -> None:
    found = item_list_entries([ITEM_LIST, "{not json", '{"@type": "NewsArticle"}'])
    assert [e.url for e in found] == ["https://ex.org/world/a-b-c", "/world/d-e-f", "/world/g-h-i"]
    assert found[1].published is not None and found[1].published.day == 1
    plain = '[{"@type": ["ItemList"], "itemListElement": ["/a/b-c-d"]}]'
    assert [e.url for e in item_list_entries([plain])] == ["/a/b-c-d"]


def page(body: str, url: str = "https://ex.org/world/") -> HtmlResponse:
    return HtmlResponse(url, body=body.encode(), encoding="utf-8")


def test_section_pages_read_their_item_list_and_rel_next() -> None:
    response = page(
        '<html><head><link rel="next" href="/world/?page=2">'
        f'<script type="application/ld+json">{ITEM_LIST}</script></head>'
        '<body><li class="t"><a href="/world/x-y-z">X</a></li></body></html>'
    )
    listing = Listing(links="li.t a[href]")
    urls = [e.url for e in section_entries(response, listing)]
    assert urls[0] == "https://ex.org/world/x-y-z" and "https://ex.org/world/g-h-i" in urls
    assert next_page_url(response, listing, 1) == "https://ex.org/world/?page=2"
    link = page('<a rel="nofollow next" href="?page=3">Older</a>')
    assert next_page_url(link, listing, 2) == "https://ex.org/world/?page=3"
    assert next_page_url(page('<a rel="prev" href="?page=1">Newer</a>'), listing, 2) is None
    profile_says = Listing(page_url="{section_url}?p={page}")  # the profile's word wins
    assert next_page_url(response, profile_says, 1) == "https://ex.org/world/?p=2"


ATOM = b"""<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://ex.org/news/">
  <entry><link href="world/a-b-c"/><updated>2025-05-01T10:00:00Z</updated></entry>
  <entry xml:base="/sport/"><link rel="alternate" href="d-e-f"/><link rel="edit" href="/x"/></entry>
  <entry xml:base="https://other.example/"><link href="g-h-i"/></entry>
</feed>"""


def test_feed_links_are_read_against_xml_base() -> None:
    urls = [e.url for e in parse_feed(ATOM)]
    assert urls == [
        "https://ex.org/news/world/a-b-c",
        "https://ex.org/sport/d-e-f",
        "https://other.example/g-h-i",
    ]
    rss = b"<rss><channel><item><link>/world/a-b-c</link></item></channel></rss>"
    assert [e.url for e in parse_feed(rss)] == ["/world/a-b-c"]  # the spider joins it
    relative = (
        b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/news/">'
        b'<entry><link href="a-b"/></entry></feed>'
    )
    assert [e.url for e in parse_feed(relative)] == ["/news/a-b"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"items": []}', {"items": []}),
        (b')]}\'\n{"next": "c2"}', {"next": "c2"}),
        (b"while(1);[1, 2]", [1, 2]),
        (b'/**/jQuery1124_17({"items": [{"url": "/a/b-c-d"}]});', {"items": [{"url": "/a/b-c-d"}]}),
        (b'loadMore({"n": 1})', {"n": 1}),
        (b"<html><body>Not found</body></html>", None),
        (b"cb(not json)", None),
        (b"", None),
    ],
)
def test_json_answers_behind_xssi_prefixes_or_in_jsonp(body: bytes, expected: Any) -> None:
    assert json_answer(body) == expected


def test_an_amp_list_load_more_is_a_next_url_listing() -> None:
    response = page(
        '<html amp><body><amp-list src="/amp/api/river?page=2" load-more="auto" '
        'items="data.cards" load-more-bookmark="paging.next"></amp-list></body></html>'
    )
    found = amp_list(response)
    assert found == ("https://ex.org/amp/api/river?page=2", "data.cards", "paging.next")
    spec = amp_show_more(*found[1:])
    data = {
        "data": {"cards": [{"link": "/w/a-b-1"}, {"href": "/w/c-d-2"}, "/w/e-f-3", {"t": "x"}]},
        "paging": {"next": "/amp/api/river?page=3"},
    }
    read = read_show_more(data, spec)
    assert read is not None and read.cursor == "/amp/api/river?page=3"
    assert [e.url for e in read.entries] == ["/w/a-b-1", "/w/c-d-2", "/w/e-f-3"]
    defaults = page('<amp-list src="/r.json" load-more="manual"></amp-list>')
    assert amp_list(defaults) == ("https://ex.org/r.json", "items", "load-more-src")
    assert amp_show_more(".", "next").items_path == ()
    assert amp_list(page('<amp-list src="/r.json"></amp-list>')) is None  # no load-more
    assert amp_list(page('<amp-list src="amp-state:river" load-more></amp-list>')) is None


@pytest.mark.parametrize(
    ("url", "end"),
    [
        ("https://ex.org/sitemaps/sitemap-2019-05.xml.gz", date(2019, 5, 31)),
        ("https://ex.org/sitemaps/article-2024-02-11.xml", date(2024, 2, 29)),  # the month's end
        ("https://ex.org/sitemaps/2019/05/01.xml", date(2019, 5, 31)),  # 01 may be a page
        ("https://ex.org/2018/sitemap_2019_11.xml", date(2019, 11, 30)),  # the last one named
        ("https://ex.org/sitemap-2019.xml", date(2019, 12, 31)),
        ("https://ex.org/2020-election/sitemap.xml", None),
        ("https://ex.org/post-sitemap2.xml", None),
        ("https://ex.org/sitemap-20190501.xml", None),  # eight digits: an id as likely
        ("https://ex.org/sitemap-2019-13.xml", None),
        ("https://ex.org/sitemap.xml?yyyy=2019&mm=05", None),
    ],
)
def test_the_period_an_archive_sitemap_url_names(url: str, end: date | None) -> None:
    assert sitemap_period_end(url) == end


def lab_spider() -> NewsSpider:
    """The spider as `scrapy crawl` makes it (settings still open), with stats."""
    crawler = Crawler(NewsSpider)
    spider: NewsSpider = crawler._create_spider(site="paging-lab", base_url="http://ex.org")
    crawler.stats = MemoryStatsCollector(crawler)
    return spider


def answer(url: str, body: str, content_type: str = "application/json") -> TextResponse:
    return TextResponse(url, body=body.encode(), headers={"Content-Type": content_type})


def test_a_next_url_off_the_site_or_a_token_with_no_template_ends_the_listing() -> None:
    spider = lab_spider()
    offsite = answer(
        "http://ex.org/lab/paging/api/next-url?page=2",
        '{"results": [{"link": "/world/a-b-1"}], "next": "https://elsewhere.example/api?page=3"}',
    )
    requests = list(spider.parse_show_more(offsite, "next-url", 2))
    assert [r.url for r in requests] == ["http://ex.org/world/a-b-1"]
    assert spider.sections.section("next-url").ended == "offsite_cursor"
    token = answer(
        "http://ex.org/lab/paging/api/fragment?cursor=x",
        '<li class="teaser"><a href="/world/c-d-2">C</a></li>'
        '<a class="load-more" href="Zm9v">x</a>',
        "text/html",
    )
    requests = list(spider.parse_show_more(token, "fragment", 2, cursor="x"))
    assert [r.url for r in requests] == ["http://ex.org/world/c-d-2"]  # not the site's root
    assert spider.sections.section("fragment").ended == "no_cursor"


def test_a_paged_feed_names_its_next_page() -> None:
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://ex.org/">'
        b'<link rel="self" href="feed.xml"/><link rel="next" href="feed.xml?page=2"/>'
        b'<entry><link href="w/a-b-c"/><link rel="next" href="not/the/feed"/></entry></feed>'
    )
    assert read_feed(atom).next == "https://ex.org/feed.xml?page=2"
    rss = (
        b'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        b'<atom:link rel="next" href="/feed/?paged=2"/><link>https://ex.org/</link>'
        b"<item><link>/w/a-b-c</link></item></channel></rss>"
    )
    assert read_feed(rss) == Feed((Entry("/w/a-b-c"),), "/feed/?paged=2")
    assert read_feed(b"<rss><channel><item><link>/a</link></item></channel></rss>").next is None


def test_a_next_url_that_is_no_url_ends_the_listing_counted() -> None:
    """`"next": "http://[::1/api?page=3"` (a template left unfilled): the answer's articles
    are followed, the listing ends (`no_cursor`), counted; before, urljoin raised in the
    callback and the section was left open."""
    spider = lab_spider()
    broken = answer(
        "http://ex.org/lab/paging/api/next-url?page=2",
        '{"results": [{"link": "/world/a-b-1"}], "next": "http://[::1/api?page=3"}',
    )
    requests = list(spider.parse_show_more(broken, "next-url", 2))
    assert [r.url for r in requests] == ["http://ex.org/world/a-b-1"]
    assert spider.sections.section("next-url").ended == "no_cursor"
    assert spider.crawler.stats.get_value("news/cursor_no_url") == 1


def test_a_json_cursor_listing_that_loops_a_b_a_ends_as_a_loop() -> None:
    """A JSON listing paged by cursor whose answers go A -> B -> A: the answer at B hands
    back A, followed already: the section ends as `cursor_loop`, counted, not as its
    last page; one that hands back the cursor it was asked with is its last page."""
    spider = lab_spider()

    def json_page(cursor: str, following: str, link: str, section: str = "loop") -> list[str]:
        url = f"http://ex.org/api/river?cursor={cursor}"
        body = f'{{"items": [{{"url": "/world/{link}"}}], "nextCursor": "{following}"}}'
        return [r.url for r in spider._json_page(answer(url, body), section, 2)]

    assert "http://ex.org/api/river?cursor=B" in json_page("A", "B", "a-b-1")
    assert spider.sections.section("loop").ended is None
    following = json_page("B", "A", "c-d-2")
    assert following == ["http://ex.org/world/c-d-2"]
    assert spider.sections.section("loop").ended == "cursor_loop"
    assert spider.crawler.stats.get_value("news/cursor_loops") == 1
    assert json_page("C", "C", "e-f-3", "handed") == ["http://ex.org/world/e-f-3"]
    assert spider.sections.section("handed").ended == "last_page"
    assert spider.crawler.stats.get_value("news/cursor_loops") == 1
