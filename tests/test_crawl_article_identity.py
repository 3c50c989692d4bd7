"""Which links are one article, and which are articles at all, on one `-a url=` crawl.

A section page links each of its stories under several spellings a site's templates
produce (a trailing slash or none, `index.html`, a fragment, `utm_*` parameters, the
host in capitals): each story is fetched once and gives one item. One story moves its
readers from `/story` to `/story/` (301): the WARC keeps both exchanges as served. The
site's news sitemap (named in robots.txt) declares entries whose slugs the generic
rules would take for no article (`/a/x7`, `/brexit`): declared news, they are fetched;
a plain entry of the same sitemap and a declared video page are not.
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Iterator, Mapping

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.urlkeys import article_identity
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

HTML = {"Content-Type": "text/html; charset=utf-8"}
STORIES = {
    "/news/council-votes-on-budget": "Council votes on the budget after a night of talks.",
    "/news/mayor-opens-new-bridge/": "The mayor opened the new bridge over the river today.",
    "/news/ferry-timetable-moves-here": "The ferry timetable moves to the winter hours.",
    "/a/x7": "A short address the news sitemap declares as news.",
    "/brexit": "One word in the address, declared news by the sitemap.",
}
LISTED = (  # each story's spellings, as the section page links them
    "/news/council-votes-on-budget",
    "/news/council-votes-on-budget/",
    "/news/council-votes-on-budget#comments",
    "/news/council-votes-on-budget?utm_source=feed&utm_medium=rss",
    "{origin}/news/council-votes-on-budget/index.html",
    "{ORIGIN}/news/council-votes-on-budget",
    "/news/mayor-opens-new-bridge/",
    "/news/mayor-opens-new-bridge",
    "/news/mayor-opens-new-bridge/index.html?utm_campaign=x",
    "/news/ferry-timetable-moves-here",
    "/news/ferry-timetable-moves-here/",
)
MOVED = "/news/ferry-timetable-moves-here"
# a plain sitemap entry; a declared video page; the declared home page
NOT_ARTICLES = ("/about", "/video/x9", "/")


def _page(text: str) -> bytes:
    paragraphs = "".join(f"<p>{text} Paragraph {n} of the story.</p>" for n in range(12))
    return f"<html><head><title>{text}</title></head><body><article>{paragraphs}</article>".encode()


def _sitemap(origin: str) -> bytes:
    news = (
        "<news:news><news:publication><news:name>Local</news:name><news:language>en"
        "</news:language></news:publication><news:publication_date>2026-12-01T08:00:00Z"
        "</news:publication_date><news:title>T</news:title></news:news>"
    )
    declared = [f"<url><loc>{origin}{path}</loc>{news}</url>" for path in ("/a/x7", "/brexit")]
    declared.append(f"<url><loc>{origin}/video/x9</loc>{news}</url>")
    # the home page and the section page, declared by a sitemap plugin set up loosely
    declared += [f"<url><loc>{origin}{path}</loc>{news}</url>" for path in ("/", "/news/")]
    plain = f"<url><loc>{origin}/about</loc></url>"
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
        'sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"{''.join(declared)}{plain}</urlset>"
    ).encode()


class Origin:
    """The site: its answers, and every path it was asked for."""

    def __init__(self) -> None:
        self.url = ""
        self.asked: list[str] = []

    def answer(self, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append(target)
        path = target.split("?")[0]
        if path == "/robots.txt":
            lines = f"User-agent: *\nAllow: /\nSitemap: {self.url}/news-sitemap.xml.gz\n"
            return 200, {"Content-Type": "text/plain"}, lines.encode()
        if path == "/news-sitemap.xml.gz":
            return 200, {"Content-Type": "application/gzip"}, gzip.compress(_sitemap(self.url))
        if path == "/news/":
            links = "".join(
                f'<li><a href="{link.format(origin=self.url, ORIGIN=self.url.upper())}">'
                f"{STORIES.get(link.split('?')[0].split('#')[0], 'x')}</a></li>"
                for link in LISTED
            )
            return 200, HTML, f"<html><body><h1>News</h1><ul>{links}</ul></body>".encode()
        if path == MOVED:
            return 301, {"Location": f"{self.url}{MOVED}/"}, b""
        for story, text in STORIES.items():
            if article_identity(self.url + path) == article_identity(self.url + story):
                return 200, HTML, _page(text)
        return 404, {"Content-Type": "text/plain"}, b"not here"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Origin, CrawlResult]]:
    origin = Origin()
    with answering_origin(origin.answer) as url:
        origin.url = url
        out = tmp_path_factory.mktemp("article-identity")
        args = {"url": f"{url}/news/", "requisites": "0"}
        yield origin, run_crawl("news", args, {"STATE_ENABLED": "0"}, out)


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def test_each_story_is_fetched_once_whatever_its_spelling(site: tuple[Origin, CrawlResult]) -> None:
    origin, _ = site
    pages = Counter(
        article_identity(origin.url + target)
        for target in origin.asked
        if target.startswith("/news/") and target != "/news/"
    )
    # the moved story: its first spelling, then where it moved
    assert pages == {article_identity(origin.url + s): 1 for s in STORIES if "news" in s} | {
        article_identity(origin.url + MOVED): 2
    }, origin.asked


def test_each_story_gives_one_item(site: tuple[Origin, CrawlResult]) -> None:
    _, crawl = site
    titles = Counter(item["title"] for item in crawl.items())
    assert titles == dict.fromkeys(STORIES.values(), 1), crawl.log[-3000:]


def test_the_warc_keeps_the_move_and_the_page_as_served(site: tuple[Origin, CrawlResult]) -> None:
    _, crawl = site
    answers = []
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    answers.append((_path(uri), record.http_headers.get_statuscode()))
    assert (MOVED, "301") in answers
    assert (MOVED + "/", "200") in answers


def test_news_sitemap_entries_are_articles_by_declaration(
    site: tuple[Origin, CrawlResult],
) -> None:
    origin, crawl = site
    fetched = {_path(item["url"]) for item in crawl.items()}
    assert {"/a/x7", "/brexit"} <= fetched, crawl.log[-3000:]
    assert not any(path in origin.asked for path in NOT_ARTICLES), origin.asked
    assert origin.asked.count("/news/") == 1  # as the section page only
    assert crawl.stats.get("news/articles_dropped") is None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("http://example.org/story", "http://example.org/story/"),
        ("http://example.org/story", "http://EXAMPLE.org:80/story"),
        ("https://example.org/story/", "https://example.org:443/story/index.html"),
        ("http://example.org/story", "http://example.org/story/index.htm#top"),
        ("http://example.org/a?id=5&lang=en", "http://example.org/a/?lang=en&id=5"),
        ("http://example.org/story", "http://example.org/story/index.php"),
        ("http://[::1]:8080/story", "http://[::1]:8080/story/"),
        ("http://bücher.example/story", "http://xn--bcher-kva.example/story"),  # one host
        ("http://example.org/caf%c3%a9", "http://example.org/café"),
        ("http://example.org/index.php?id=1", "http://example.org/?id=1"),
        # a site moved to https between two runs: its stories stay known
        ("http://example.org/story", "https://example.org/story"),
        ("http://example.org:80/story/", "https://EXAMPLE.org:443/story"),
        ("http://127.0.0.1:8080/story", "https://127.0.0.1:8080/story"),
    ],
)
def test_spellings_of_one_address_share_a_key(one: str, other: str) -> None:
    assert article_identity(one) == article_identity(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # another port: another server (each scheme's default one is the site's own)
        ("http://example.org:443/story", "https://example.org/story"),
        ("https://example.org:80/story", "http://example.org/story"),
        ("http://example.org/Story", "http://example.org/story"),  # paths are case-sensitive
        ("http://example.org:8080/story", "http://example.org/story"),
        ("http://example.org/story", "http://example.org/story/page-2"),
        ("http://example.org/a?id=5", "http://example.org/a?id=6"),
        ("http://example.org/story/index.html", "http://example.org/story/home.html"),
        ("http://example.org/", "http://example.org/index.html/x"),
        # the query or the path parameters name the article: never folded
        ("http://example.org/index.php?id=1", "http://example.org/index.php?id=2"),
        ("http://example.org/?p=123", "http://example.org/?p=124"),
        ("http://example.org/article.php?id=7", "http://example.org/article.php"),
        ("http://example.org/a;id=1", "http://example.org/a;id=2"),
        ("http://example.org/caf%C3%A9", "http://example.org/caf%E9"),  # UTF-8, Latin-1
        ("http://example.org/a%2Fb", "http://example.org/a/b"),
    ],
)
def test_other_addresses_keep_their_own_key(one: str, other: str) -> None:
    assert article_identity(one) != article_identity(other)


def test_a_url_no_parser_reads_is_its_own_key() -> None:
    assert article_identity("http://[bad/x") == "http://[bad/x"
    assert article_identity("http://example.org:99999/x") == "http://example.org:99999/x"
