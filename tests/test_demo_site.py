"""The demo news site behaves as documented: quirk paths, validators, revisions, ground truth."""

from __future__ import annotations

import gzip
import http.client
import json
import socket
import struct
import subprocess
import sys
import time
import urllib.request
import urllib.robotparser
from collections import deque
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
import pytest

from newsarchive.demo import expected_article
from newsarchive.demo.catalog import EASTERN, JS_ARTICLE_ID, JS_NEWS_COUNT, SECTIONS, published_at
from newsarchive.demo.html_common import eastern_line
from newsarchive.demo.lab import COOKIES, QUIRKS
from newsarchive.demo.server import DemoServer

Fetched = tuple[int, http.client.HTTPMessage, bytes]


def fetch(
    server: DemoServer, path: str, headers: dict[str, str] | None = None, method: str = "GET"
) -> Fetched:
    """One request with http.client: no redirect following, no decoding."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def raw_exchange(server: DemoServer, path: str, headers: str = "") -> bytes:
    """The bytes on the wire for one request (Connection: close, so the server ends it)."""
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        request = f"GET {path} HTTP/1.1\r\nHost: {server.host}:{server.port}\r\n{headers}"
        sock.sendall((request + "Connection: close\r\n\r\n").encode())
        chunks = []
        while data := sock.recv(65536):
            chunks.append(data)
    return b"".join(chunks)


def dechunk(payload: bytes) -> bytes:
    out, rest = b"", payload
    while True:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line, 16)
        if size == 0:
            return out
        out, rest = out + rest[:size], rest[size + 2 :]


def news_article(doc: lxml.html.HtmlElement) -> dict[str, Any]:
    """The NewsArticle node, wherever the page put it (alone, in a list, in @graph)."""
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        data = json.loads(script.text)
        nodes = data if isinstance(data, list) else data.get("@graph", [data])
        for node in nodes:
            if node.get("@type") == "NewsArticle":
                return dict(node)
    raise AssertionError("no NewsArticle JSON-LD")


def same_instant(a: str, b: str) -> bool:
    return datetime.fromisoformat(a) == datetime.fromisoformat(b)


# --- quirk paths ---------------------------------------------------------------------------


def test_gzip_is_sent_compressed_only_to_clients_that_accept_it(demo_site: DemoServer) -> None:
    status, headers, body = fetch(demo_site, "/lab/gzip", {"Accept-Encoding": "gzip, deflate"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert body[:2] == b"\x1f\x8b" and int(headers["Content-Length"]) == len(body)
    _, plain_headers, plain = fetch(demo_site, "/lab/gzip")
    assert "Content-Encoding" not in plain_headers and gzip.decompress(body) == plain
    assert b"Compressed page" in plain


@pytest.mark.parametrize("path", ["/lab/chunked", "/lab/chunked-gzip"])
def test_chunked_framing_on_the_wire(demo_site: DemoServer, path: str) -> None:
    wire = raw_exchange(demo_site, path, "Accept-Encoding: gzip\r\n")
    head, _, payload = wire.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").lower().split("\r\n")
    assert "transfer-encoding: chunked" in lines
    assert not any(line.startswith("content-length") for line in lines)
    body = dechunk(payload)
    status, headers, decoded = fetch(demo_site, path, {"Accept-Encoding": "gzip"})
    assert status == 200 and body == decoded
    if path.endswith("gzip"):
        assert headers["Content-Encoding"] == "gzip" and gzip.decompress(body).startswith(
            b"<!DOCTYPE"
        )


def test_http10_clients_get_a_content_length_instead_of_chunks(demo_site: DemoServer) -> None:
    with socket.create_connection((demo_site.host, demo_site.port), timeout=10) as sock:
        sock.sendall(b"GET /lab/chunked HTTP/1.0\r\n\r\n")
        wire = b"".join(iter(lambda: sock.recv(65536), b""))
    head, _, body = wire.partition(b"\r\n\r\n")
    assert b"Transfer-Encoding" not in head
    assert (
        f"Content-Length: {len(body)}".encode() in head
        and body == fetch(demo_site, "/lab/chunked")[2]
    )


def test_every_set_cookie_header_is_sent(demo_site: DemoServer) -> None:
    _, headers, _ = fetch(demo_site, "/lab/cookies")
    assert headers.get_all("Set-Cookie") == list(COOKIES)


@pytest.mark.parametrize(
    ("path", "status", "location"),
    [
        ("/lab/redirect", 301, "/lab/redirect/step-2"),
        ("/lab/redirect/step-2", 302, "/lab/redirect/final"),
        ("/lab/redirect/final", 200, None),
        ("/lab/loop-a", 302, "/lab/loop-b"),
        ("/lab/loop-b", 302, "/lab/loop-a"),
        ("/lab/missing", 404, None),
        ("/politics", 301, "/politics/"),
        ("/politics/?page=999", 404, None),
        ("/images/lead-99.jpg", 404, None),
    ],
)
def test_status_and_location(
    demo_site: DemoServer, path: str, status: int, location: str | None
) -> None:
    got, headers, body = fetch(demo_site, path)
    assert (got, headers["Location"]) == (status, location)
    assert int(headers["Content-Length"]) == len(body) > 0


BODY_CHECKS = [
    ("/lab/report.pdf", "application/pdf", (b"%PDF-1.4\n", b"\n%%EOF\n")),
    (
        "/lab/latin1",
        "text/html; charset=iso-8859-1",
        (b"<!DOCTYPE html>", "Café, crème".encode("latin-1")),
    ),
    (
        "/lab/cp1252",
        "text/html; charset=windows-1252",
        (b"<!DOCTYPE html>", b"\x93Smart quotes\x94 \x96 an"),
    ),
    ("/lab/oversize", "text/plain; charset=utf-8", (b"0000000 this line", b"\n0000001 this line")),
    ("/images/thumb-3.png", "image/png", (b"\x89PNG\r\n\x1a\n", b"IEND\xaeB`\x82")),
    ("/images/lead-3.jpg", "image/jpeg", (b"\xff\xd8\xff\xe0\x00\x10JFIF", b"\xff\xd9")),
    ("/static/site.css", "text/css; charset=utf-8", (b"body {", b".site-footer {")),
]


@pytest.mark.parametrize(("path", "content_type", "inside"), BODY_CHECKS)
def test_binary_and_non_utf8_bodies(
    demo_site: DemoServer, path: str, content_type: str, inside: tuple[bytes, bytes]
) -> None:
    status, headers, body = fetch(demo_site, path)
    assert status == 200 and headers["Content-Type"] == content_type
    assert body.startswith(inside[0]) and inside[1] in body
    assert path != "/lab/oversize" or len(body) == 3 * 1024 * 1024


def test_non_utf8_pages_are_not_utf8(demo_site: DemoServer) -> None:
    for path in ("/lab/latin1", "/lab/cp1252"):
        with pytest.raises(UnicodeDecodeError):
            fetch(demo_site, path)[2].decode("utf-8")


def test_duplicate_payload_at_two_urls(demo_site: DemoServer) -> None:
    assert fetch(demo_site, "/lab/duplicate-a")[2] == fetch(demo_site, "/lab/duplicate-b")[2]


def test_flaky_fails_until_its_cookie_comes_back(demo_site: DemoServer) -> None:
    status, headers, _ = fetch(demo_site, "/lab/flaky")
    assert status == 503
    cookie = headers["Set-Cookie"].split(";")[0]
    assert fetch(demo_site, "/lab/flaky", {"Cookie": f"a=1; {cookie}"})[0] == 200
    assert fetch(demo_site, "/lab/flaky")[0] == 503  # another client: fails again


def test_lab_page_links_every_quirk(demo_site: DemoServer) -> None:
    doc = lxml.html.fromstring(fetch(demo_site, "/lab/")[2])
    assert {path for path, _ in QUIRKS} <= set(doc.xpath("//a/@href"))
    assert "/lab/" in lxml.html.fromstring(fetch(demo_site, "/")[2]).xpath("//a/@href")


# --- conditional requests ----------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["article", "/static/site.css", "/images/logo.png", "/lab/report.pdf"]
)
def test_conditional_requests_get_304(demo_site: DemoServer, path: str) -> None:
    path = expected_article(42)["path"] if path == "article" else path
    status, headers, _ = fetch(demo_site, path)
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and etag.startswith('"') and not etag.startswith("W/")
    status, headers, body = fetch(demo_site, path, {"If-None-Match": etag})
    assert (status, body, headers["ETag"]) == (304, b"", etag)
    assert fetch(demo_site, path, {"If-None-Match": '"other"'})[0] == 200
    assert fetch(demo_site, path, {"If-Modified-Since": modified})[0] == 304
    assert fetch(demo_site, path, {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200


def test_head_has_the_get_headers_and_no_body(demo_site: DemoServer) -> None:
    _, get_headers, body = fetch(demo_site, "/politics/")
    status, headers, head_body = fetch(demo_site, "/politics/", method="HEAD")
    assert status == 200 and head_body == b""
    assert headers["Content-Length"] == get_headers["Content-Length"] == str(len(body))


# --- port independence and revisions -------------------------------------------------------

PORT_FREE = [
    "/", "/politics/", "/politics/?page=2", "/api/section/politics?offset=10", "/topic/budget",
    "/js-news/", "/api/js-news?offset=5", "/lab/", "/lab/chunked", "/static/site.css",
    "/images/lead-1.jpg", "/lab/report.pdf", "/video/",
]  # fmt: skip


def test_same_bytes_on_any_port(demo_site: DemoServer, demo_server_factory: Any) -> None:
    other = demo_server_factory()
    assert other.port != demo_site.port
    for path in PORT_FREE:
        assert fetch(demo_site, path)[2] == fetch(other, path)[2], path
    article = expected_article(7)["path"]
    mine, theirs = fetch(demo_site, article)[2], fetch(other, article)[2]
    assert mine.replace(str(demo_site.port).encode(), b"PORT") == theirs.replace(
        str(other.port).encode(), b"PORT"
    )


def sitemap_entries(server: DemoServer) -> dict[str, str]:
    root = lxml.etree.fromstring(fetch(server, "/sitemap-articles.xml")[2])
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return {
        urlsplit(url.findtext("s:loc", namespaces=ns)).path: url.findtext(
            "s:lastmod", namespaces=ns
        )
        for url in root.findall("s:url", ns)
    }


def test_revision_2_adds_one_article_and_changes_one(demo_server_factory: Any) -> None:
    server = demo_server_factory(articles=40)
    assert (server.added_articles, server.changed_articles) == ([], [])
    before_map = sitemap_entries(server)
    before = {path: fetch(server, path) for path in before_map}
    server.set_revision(2)
    assert (server.added_articles, server.changed_articles) == ([41], [38])
    after_map = sitemap_entries(server)
    new = set(after_map) - set(before_map)
    assert len(new) == 1 and set(before_map) <= set(after_map)
    new_path = new.pop()
    assert new_path == server.expected_article(41)["path"]
    changed = [p for p in before_map if fetch(server, p)[2] != before[p][2]]
    assert changed == [server.expected_article(38)["path"]]
    assert [p for p in before_map if before_map[p] != after_map[p]] == changed
    status, headers, _ = fetch(server, changed[0], {"If-None-Match": before[changed[0]][1]["ETag"]})
    assert status == 200 and headers["Last-Modified"] != before[changed[0]][1]["Last-Modified"]
    truth = server.expected_article(38)
    assert truth["version"] == 2 and truth["modified"] != truth["published"]
    section = lxml.html.fromstring(
        fetch(server, f"/{server.expected_article(41)['section_slug']}/")[2]
    )
    assert section.xpath('//ul[@class="articles"]/li[1]/a/@href') == [new_path]
    feed = lxml.etree.fromstring(fetch(server, "/rss/latest.xml")[2])
    assert urlsplit(feed.findtext("channel/item/link")).path == new_path


# --- listings, feeds and JSON --------------------------------------------------------------


def crawl_links(server: DemoServer, start: str = "/") -> set[str]:
    """Every same-site path reachable by following <a href> from `start` (HTML only)."""
    seen, queue = {start}, deque([start])
    while queue:
        status, headers, body = fetch(server, queue.popleft())
        if status != 200 or not headers["Content-Type"].startswith("text/html"):
            continue
        for href in lxml.html.fromstring(body).xpath("//a/@href"):
            parts = urlsplit(urljoin(server.base_url + "/", href))
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            same_site = parts.netloc == f"{server.host}:{server.port}"
            if same_site and path not in seen and not path.startswith(("/lab/", "/rss/")):
                seen.add(path)
                queue.append(path)
    return seen


def test_html_links_reach_every_article_but_not_the_js_only_ones(demo_server_factory: Any) -> None:
    server = demo_server_factory(articles=60)
    reachable = crawl_links(server)
    assert {server.expected_article(n)["path"] for n in range(1, 61)} <= reachable
    js_only = {item["url"] for item in js_news_items(server)}
    assert len(js_only) == JS_NEWS_COUNT and not js_only & reachable
    assert server.expected_article(JS_ARTICLE_ID)["path"] in reachable
    for path in js_only:
        assert fetch(server, path)[0] == 200


def js_news_items(server: DemoServer) -> list[dict[str, Any]]:
    items, offset = [], 0
    while offset is not None:
        data = json.loads(fetch(server, f"/api/js-news?offset={offset}")[2])
        items += data["items"]
        offset = data["next_offset"]
        assert data["has_more"] == (offset is not None)
    return items


def test_show_more_api_matches_the_paginated_section(demo_site: DemoServer) -> None:
    from_api, offset = [], 0
    while offset is not None:
        data = json.loads(fetch(demo_site, f"/api/section/tech?offset={offset}")[2])
        from_api += [item["url"] for item in data["items"]]
        offset = data["next_offset"]
    from_pages, page = [], "/tech/"
    while page:
        doc = lxml.html.fromstring(fetch(demo_site, page)[2])
        from_pages += doc.xpath('//ul[@class="articles"]/li/a/@href')
        assert page.split("?")[0] == "/tech/" and "/tech/" in doc.xpath(
            '//nav[@class="pagination"]/a/@href'
        )
        page = (doc.xpath('//a[@rel="next"]/@href') or [None])[0]
    assert from_api == from_pages and len(from_api) == len(set(from_api)) > 30
    dates = [expected_article(int(url.rsplit("-", 1)[1]))["published"] for url in from_api]
    assert [datetime.fromisoformat(d) for d in dates] == sorted(
        map(datetime.fromisoformat, dates), reverse=True
    )


def test_js_article_body_comes_from_its_json(demo_site: DemoServer) -> None:
    truth = expected_article(JS_ARTICLE_ID)
    doc = lxml.html.fromstring(fetch(demo_site, truth["path"])[2])
    assert doc.xpath('//div[@id="js-article-body"]//p') == []
    assert doc.xpath("//script/@src") == ["/static/js-article.js"]
    data = json.loads(fetch(demo_site, f"/api/js-article/{JS_ARTICLE_ID}")[2])
    assert data["paragraphs"] == truth["body"]
    assert b"js-news-list" in fetch(demo_site, "/js-news/")[2]
    assert fetch(demo_site, "/static/js-news.js")[0] == 200


def test_robots_sitemaps_and_feeds(demo_site: DemoServer) -> None:
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(fetch(demo_site, "/robots.txt")[2].decode().splitlines())
    assert not robots.can_fetch("*", demo_site.url("/private/"))
    assert robots.can_fetch("*", demo_site.url("/politics/"))
    assert robots.site_maps() == [demo_site.url("/sitemap.xml"), demo_site.url("/sitemap-news.xml")]
    index = lxml.etree.fromstring(fetch(demo_site, "/sitemap.xml")[2])
    for loc in index.iter("{*}loc"):
        assert fetch(demo_site, urlsplit(loc.text).path)[0] == 200
    news = lxml.etree.fromstring(fetch(demo_site, "/sitemap-news.xml")[2])
    first = news.find("{*}url")
    truth = expected_article(300)
    assert first.findtext("{*}loc") == demo_site.url(truth["path"])
    assert first.findtext(".//{*}title") == truth["title"]
    assert first.findtext(".//{*}publication_date") == truth["published"]
    for section in SECTIONS:
        feed = lxml.etree.fromstring(fetch(demo_site, f"/rss/{section}.xml")[2])
        links = feed.xpath("//item/link/text()")
        assert len(links) == 20 and all(
            link.startswith(demo_site.base_url + f"/{section}/") for link in links
        )


# --- ground truth --------------------------------------------------------------------------


@pytest.mark.parametrize("n", [1, 2, 3, 17, 20, 35, 42, 67, 299, 300, JS_ARTICLE_ID, 1_000_005])
def test_expected_article_agrees_with_the_page(demo_site: DemoServer, n: int) -> None:
    truth = expected_article(n)
    status, headers, body = fetch(demo_site, truth["path"], {"Accept-Encoding": "gzip"})
    assert status == 200
    if truth["gzip"]:
        assert headers["Content-Encoding"] == "gzip"
        body = gzip.decompress(body)
    doc = lxml.html.fromstring(body)
    node = news_article(doc)
    assert node["headline"] == truth["title"] == doc.xpath("string(//h1)")
    assert node["description"] == truth["subtitle"]
    assert same_instant(node["datePublished"], truth["published"])
    assert same_instant(node["dateModified"], truth["modified"])
    assert [a["name"] for a in node["author"]] == truth["authors"]
    assert doc.get("lang") == truth["language"] == node["inLanguage"]
    assert doc.xpath('//link[@rel="canonical"]/@href') == [demo_site.url(truth["canonical"])]
    assert doc.xpath('//meta[@property="og:title"]/@content') == [truth["title"]]
    text = doc.text_content()
    assert truth["subtitle"] in text
    byline = doc.xpath('string(//*[contains(@class,"byline") or contains(@class,"Page-authors")])')
    assert byline.startswith("By ") and all(name in byline for name in truth["authors"])
    if n != JS_ARTICLE_ID:
        assert all(paragraph in text for paragraph in truth["body"])
        topics = doc.xpath(
            '//*[self::h3 or self::span][.="Related Topics"]/following-sibling::ul//a'
        )
        assert [a.text for a in topics] == truth["topics"]
        assert [a.get("href").removeprefix("/topic/") for a in topics] == [
            t.lower().replace(" ", "-") for t in truth["topics"]
        ]
        assert doc.xpath("//figure/img/@src") == [truth["image"]]
        assert doc.xpath("string(//figure/figcaption)") == truth["image_caption"]
    if truth["template"] in ("a", "c"):
        published = datetime.fromisoformat(truth["published"]).astimezone(EASTERN)
        assert f"Published {eastern_line(published)}" in text
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            truth["published"]
        ]
        assert doc.xpath('//meta[@property="article:tag"]/@content') == truth["tags"]


@pytest.mark.parametrize(
    ("n", "offset", "zone", "line"),
    [
        (158, "-05:00", "EST", "March 9, 2025 12:46am EST"),
        (159, "-04:00", "EDT", "March 9, 2025 8:31am EDT"),
        (300, "-04:00", "EDT", None),
    ],
)
def test_eastern_times_follow_dst(n: int, offset: str, zone: str, line: str | None) -> None:
    moment = published_at(n)
    assert moment.isoformat().endswith(offset) and moment.tzname() == zone
    assert line is None or eastern_line(moment) == line


def test_two_authors_and_revisions_in_ground_truth() -> None:
    assert len(expected_article(20)["authors"]) == 2
    assert expected_article(298, revision=2)["body"] != expected_article(298)["body"]
    assert expected_article(297, revision=2) == expected_article(297)
    with pytest.raises(KeyError):
        expected_article(301)


def test_request_log_and_cli(demo_server_factory: Any) -> None:
    server = demo_server_factory(articles=10)
    assert server.warm() == 10 + len(SECTIONS)  # articles and one page per section
    fetch(server, "/tech/?page=1")
    assert server.requests == [("GET", "/tech/?page=1")]
    command = [sys.executable, "-m", "newsarchive", "serve-demo", "--port", "0", "--articles", "15"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        url = line.split(": ", 1)[1].strip()
        parts = urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
        connection.request("GET", "/robots.txt")
        assert connection.getresponse().status == 200
        connection.close()
    finally:
        process.send_signal(2)
        assert process.wait(timeout=10) == 0
        if process.stdout is not None:
            process.stdout.close()


def test_stop_ends_kept_alive_connections(demo_server_factory: Any) -> None:
    server = demo_server_factory(articles=10)
    connection = http.client.HTTPConnection(server.host, server.port, timeout=10)
    connection.request("GET", "/robots.txt")
    assert connection.getresponse().read().startswith(b"# Demo News")
    server.stop()
    with pytest.raises((http.client.HTTPException, OSError)):
        connection.request("GET", "/robots.txt")
        connection.getresponse()
    connection.close()


def test_a_client_resetting_its_connection_is_no_traceback(
    demo_server_factory: Callable[..., DemoServer], capfd: pytest.CaptureFixture[str]
) -> None:
    """A crawl killed mid-request resets its connections: the demo server says nothing of it
    (socketserver printed a ConnectionResetError traceback on stderr), and serves on."""
    server = demo_server_factory(articles=12)
    host, port = server.base_url.removeprefix("http://").split(":")
    for _ in range(3):
        with socket.create_connection((host, int(port)), timeout=5) as conn:
            conn.sendall(b"GET / HTTP/1.1\r\n")  # no end of headers: the server waits to read on
            time.sleep(0.2)
            # linger 0: close() sends a reset, not a FIN
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    time.sleep(0.5)
    with urllib.request.urlopen(server.base_url + "/robots.txt", timeout=10) as answer:
        assert answer.status == 200
    err = capfd.readouterr().err
    assert "Traceback" not in err and "ConnectionResetError" not in err, err
