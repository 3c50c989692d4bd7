"""The `follow` spider's choices, on real Scrapy responses (no crawl)."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse

from newsarchive.spiders.follow import FollowSpider
from newsarchive.warc.exchange import RecordRef

PAGE = b"""<html><body>
<a href="/a">a</a> <a href="/a#top">a again</a> <a href="b?x=1">b</a>
<a href="http://127.0.0.1:9999/other-port">other port</a>
<a href="http://example.org/elsewhere">other host</a>
<img src="/img/logo.png"> <link rel="stylesheet" href="/site.css"> <script src="/app.js"></script>
<a href="/report.pdf">pdf</a>
</body></html>"""


def page(url: str, depth: int = 0, body: bytes = PAGE) -> HtmlResponse:
    request = Request(url, meta={"depth": depth})
    return HtmlResponse(url, body=body, request=request)


def urls(results: list[object]) -> list[str]:
    return [r.url for r in results if isinstance(r, Request)]


def test_follows_same_host_links_and_requisites_once() -> None:
    spider = FollowSpider(url="http://127.0.0.1:8000/", depth="2")
    found = urls(list(spider.parse(page("http://127.0.0.1:8000/"))))
    assert sorted(found) == [
        "http://127.0.0.1:8000/a",
        "http://127.0.0.1:8000/app.js",
        "http://127.0.0.1:8000/b?x=1",
        "http://127.0.0.1:8000/img/logo.png",
        "http://127.0.0.1:8000/report.pdf",
        "http://127.0.0.1:8000/site.css",
    ]
    # the same links on another page: all already requested
    assert urls(list(spider.parse(page("http://127.0.0.1:8000/a")))) == []


def test_depth_limit_and_non_html() -> None:
    spider = FollowSpider(url="http://127.0.0.1:8000/", depth="1")
    assert urls(list(spider.parse(page("http://127.0.0.1:8000/x", depth=1)))) == []
    text = TextResponse("http://127.0.0.1:8000/t.txt", body=b"/a /b", request=Request("http://x/"))
    assert list(spider.parse(text)) == []


def test_items_carry_the_pages_record() -> None:
    spider = FollowSpider(url="http://127.0.0.1:8000/", items="1")
    response = page("http://127.0.0.1:8000/", depth=9)
    ref = RecordRef("<urn:uuid:1>", "f.warc.gz", 123, "response", "2026-11-24T02:00:00Z")
    response.meta["newsarchive_warc"] = ref
    [item] = [r for r in spider.parse(response) if not isinstance(r, Request)]
    assert (item.url, item.warc_record_id, item.warc_file, item.warc_offset) == (
        "http://127.0.0.1:8000/",
        "<urn:uuid:1>",
        "f.warc.gz",
        123,
    )
    assert item.fetched_at == "2026-11-24T02:00:00Z"


def test_start_url_required() -> None:
    with pytest.raises(ValueError, match="start URL"):
        FollowSpider()
