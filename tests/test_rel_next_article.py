"""A listing's rel=next is its next page unless it names an article (or another site).

Some CMS themes print `<link rel="next">` on a section page for the next *story* (the
article template's "next story" carried over). The spider took it as the listing's next
page: it read the story as page 2, found no teasers and ended the listing there, pages 2
and 3 never asked. Now a rel=next the site's link rules call an article is a link like
the teasers' (archived once) and the page's own pager is read; any other rel=next on the
site (its www. twin included, a dated archive too: tests/test_rel_next_sites.py) is the
next page. One real `scrapy crawl paging-lab` against this module's 127.0.0.1 server.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from newsarchive.sites.base import LinkRules
from newsarchive.spiders.listing import listing_like
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import Answer, answering_origin
from tests.test_paging_lab import archived, report

PAGES, PER_PAGE = 3, 2
# the story the "pages" section's rel=next names, listed on none of its pages
NEXT_STORY = "/pages/a-story-told-next-99"


def teasers(section: str, page: int) -> str:
    return "".join(
        f'<li class="teaser"><a href="/{section}/made-up-story-{page}{n}">Story {page}{n}</a></li>'
        for n in range(1, PER_PAGE + 1)
    )


def listing(section: str, page: int) -> str:
    base = f"/lab/paging/{section}/"
    if section == "pages":  # rel=next names a story; its numbered pager is the paging
        head = f'<link rel="next" href="{NEXT_STORY}">'
        pager = "".join(f'<a href="{base}?page={n}">{n}</a> ' for n in range(1, PAGES + 1))
    else:  # rel=next names its next page, as the standard means it
        head = f'<link rel="next" href="{base}page/{page + 1}/">' if page < PAGES else ""
        pager = ""
    return (
        f'<!doctype html><html lang="en"><head><title>{section} {page}</title>{head}</head>'
        f'<body><ul>{teasers(section, page)}</ul><nav class="pagination">{pager}</nav>'
        "</body></html>"
    )


def story(path: str) -> str:
    text = "A sentence of the made-up story, long enough to read as body text. " * 8
    return (
        f'<!doctype html><html lang="en"><head><title>{path}</title></head><body><article>'
        f'<h1>The story at {path}</h1><time datetime="2026-12-01T10:00:00Z">1 Dec</time>'
        f"<p>{text}</p></article></body></html>"
    )


def page_of(path: str, query: dict[str, list[str]]) -> tuple[str, int] | None:
    if path == "/lab/paging/pages/":
        return "pages", int(query.get("page", ["1"])[0])
    if path == "/lab/paging/repeat/":
        return "repeat", 1
    if path.startswith("/lab/paging/repeat/page/"):
        return "repeat", int(path.strip("/").split("/")[-1])
    return None


def answer(requests: list[str]) -> Answer:
    """The lab's two sections and their stories, noting each path asked in `requests`."""

    def answer_path(path: str) -> tuple[int, dict[str, str], bytes]:
        requests.append(path)
        parts = urlsplit(path)
        found = page_of(parts.path, parse_qs(parts.query))
        body, status = None, 200
        if found is not None and 1 <= found[1] <= PAGES:
            body = listing(*found)
        elif parts.path.split("/")[1] in ("pages", "repeat") and parts.path.count("/") == 2:
            body = story(parts.path)
        if body is None:
            body, status = "not found", 404
        return status, {"Content-Type": "text/html; charset=utf-8"}, body.encode()

    return answer_path


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    requests: list[str] = []
    with answering_origin(answer(requests)) as origin:
        out = tmp_path_factory.mktemp("rel-next")
        args = {
            "base_url": origin, "requisites": "0",
            "discover": "sections", "sections": "pages,repeat", "depth": "10",
        }  # fmt: skip
        result = run_crawl("paging-lab", args, {"REPORT_DIR": str(out / "reports")}, out)
        yield result, list(requests)


def test_a_rel_next_naming_a_story_is_a_link_and_the_pager_pages(
    crawl: tuple[CrawlResult, list[str]],
) -> None:
    result, requests = crawl
    assert result.returncode == 0, result.log[-3000:]
    listings = report(result)["listings"]
    assert {name: (v["pages"], v["ended"]) for name, v in listings.items()} == {
        "pages": (PAGES, "last_page"),  # before: 2, the story read as its page 2
        "repeat": (PAGES, "last_page"),
    }
    warc = archived(result)
    wanted = {
        f"/{section}/made-up-story-{page}{n}"
        for section in ("pages", "repeat")
        for page in range(1, PAGES + 1)
        for n in range(1, PER_PAGE + 1)
    }
    assert {path: warc[path] for path in wanted} == dict.fromkeys(wanted, 1)
    assert warc[NEXT_STORY] == 1 and requests.count(NEXT_STORY) == 1  # a link, read once
    assert NEXT_STORY in {urlsplit(item["url"]).path for item in result.items()}
    assert result.stats["paging/next/rel_next"] == PAGES - 1  # the repeat section's own
    assert result.stats["paging/next/numbered"] == PAGES - 1  # the pages section's pager


def default_is_article(url: str) -> bool:
    """A profile's default link rules (a slug of three or more words is an article)."""
    return LinkRules().is_article(urlsplit(url).path)


@pytest.mark.parametrize(
    ("url", "target", "expected"),
    [
        ("http://a.test/world/", "http://a.test/world/2", True),
        ("http://a.test/world/", "http://a.test/world/?page=2", True),
        ("http://a.test/world/?page=2", "http://a.test/world/?page=3", True),
        ("http://a.test/world/", "http://a.test/world/page/2/", True),
        ("http://a.test/world/", "http://a.test/world/page2.html", True),
        ("http://a.test/world/", "http://a.test/world?after=c2VjcmV0", True),  # a cursor
        ("http://a.test/world/", "http://a.test/world/archive?offset=20", True),
        # the site's www. twin, either way, and its move to https
        ("https://www.a.test/world/", "https://a.test/world/?page=2", True),
        ("https://a.test/world/", "https://www.a.test/world/page/2/", True),
        ("http://www.a.test/world/", "https://a.test/world/?page=2", True),
        ("https://WWW.A.test/world/", "https://a.test./world/?page=2", True),
        # dated archives of a section: by path, by query, or the site's day archive
        ("https://a.test/world/", "https://a.test/world/2026/12/03/", True),
        ("https://a.test/world/2026/12/03/", "https://www.a.test/world/2026/12/02/", True),
        ("https://a.test/world/", "https://a.test/world/?date=2026-12-03", True),
        ("https://a.test/world/", "https://a.test/archive/2026/12/03/?section=world", True),
        ("http://a.test/world/", "http://a.test/politics/", True),  # trusted: no article
        # an article (the next story) is no next page, on either twin
        ("http://a.test/world/", "http://a.test/world/a-story-of-the-day", False),
        ("http://a.test/world/page/3/", "http://a.test/world/2026/12/01/a-story-told", False),
        ("https://www.a.test/world/", "https://a.test/world/a-story-of-the-day", False),
        # another site, another host of it, another port
        ("http://a.test/world/", "http://b.test/world/?page=2", False),
        ("http://www.a.test/world/", "http://news.a.test/world/?page=2", False),
        ("http://a.test/world/", "http://www2.a.test/world/?page=2", False),
        ("http://a.test/world/", "http://wwwa.test/world/?page=2", False),
        ("http://a.test:8080/world/", "http://a.test:8081/world/?page=2", False),
    ],
)
def test_listing_like(url: str, target: str, expected: bool) -> None:
    assert listing_like(url, target, default_is_article) is expected


def test_listing_like_refuses_what_the_site_calls_an_article() -> None:
    assert not listing_like("http://a.test/world/", "http://a.test/world/?page=2", lambda _: True)
    assert listing_like("http://a.test/world/", "http://a.test/world/a-b-c", lambda _: False)
