"""A section's rel=next is followed onto the site's www. twin and through dated archives.

Real sections page both ways: a page on `www.` names its next page on the bare host (or
the other way), and past the first pages a section goes on as archives by day
(`/news/world/2026/12/03`, `?date=2026-12-02`). The spider refused both as "no listing
page" and ended the section after page 1. Now any rel=next on the site is the next page
unless the site's link rules call it an article (then it is a link, archived once, and
the listing ends where the page shows no other next page).

One real `scrapy crawl bbc` (a profile whose domains name only `www.bbc.com`) run against
this module's 127.0.0.1 server, which serves pages written here in no site's markup but
the profile's link selector; the site's hosts map onto the server as for any mirror.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from newsarchive.sites import get_site
from newsarchive.spiders.scope import Scope, allowed_hosts
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import Answer, answering_origin
from tests.test_paging_lab import archived, report

SECTION = "/news/world"
# Each page of the section as the server answers it -> (its rel=next, its teasers' ids).
PAGES = {
    SECTION: ("https://bbc.com/news/world?page=2", "aa"),  # the bare twin of www.bbc.com
    SECTION + "?page=2": ("https://www.bbc.com/news/world/2026/12/03", "bb"),  # a day archive
    SECTION + "/2026/12/03": ("/news/world?date=2026-12-02", "cc"),  # a day by query
    SECTION + "?date=2026-12-02": ("/news/articles/nextstory99", "dd"),  # the next story
}
NEXT_STORY = "/news/articles/nextstory99"


def listing(next_url: str, ids: str) -> str:
    teasers = "".join(
        f'<li><a data-testid="internal-link" href="/news/articles/{ids}{n}">Story {n}</a></li>'
        for n in range(1, 3)
    )
    return (
        '<!doctype html><html lang="en"><head><title>World</title>'
        f'<link rel="next" href="{next_url}"></head><body><ul>{teasers}</ul></body></html>'
    )


def story(path: str) -> str:
    text = "A sentence of a made-up story, long enough to be read as its body. " * 6
    return (
        f'<!doctype html><html lang="en"><head><title>{path}</title></head><body><article>'
        f"<h1>The story at {path}</h1><p>{text}</p></article></body></html>"
    )


def answer(requests: list[str]) -> Answer:
    """The section's pages and any story, noting each path asked in `requests`."""

    def answer_path(path: str) -> tuple[int, dict[str, str], bytes]:
        requests.append(path)
        found = PAGES.get(path)
        body, status = (listing(*found), 200) if found else ("not found", 404)
        if path.startswith("/news/articles/"):
            body, status = story(path), 200
        return status, {"Content-Type": "text/html; charset=utf-8"}, body.encode()

    return answer_path


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    requests: list[str] = []
    with answering_origin(answer(requests)) as origin:
        out = tmp_path_factory.mktemp("rel-next-sites")
        args = {
            "base_url": origin, "requisites": "0",
            "discover": "sections", "sections": "world", "depth": "10",
        }  # fmt: skip
        result = run_crawl("bbc", args, {"REPORT_DIR": str(out / "reports")}, out)
        yield result, list(requests)


def test_rel_next_on_the_www_twin_and_dated_archives_pages_the_section(
    crawl: tuple[CrawlResult, list[str]],
) -> None:
    result, requests = crawl
    listings = report(result)["listings"]
    assert (listings["world"]["pages"], listings["world"]["ended"]) == (4, "last_page")  # was 1
    assert [path for path in requests if path in PAGES] == list(PAGES)  # in order, once each
    assert result.stats["paging/next/rel_next"] == 3
    warc = archived(result)
    wanted = {f"/news/articles/{ids}{n}" for _, ids in PAGES.values() for n in (1, 2)}
    assert {path: warc[path] for path in wanted} == dict.fromkeys(wanted, 1)
    # the last page's rel=next names a story: a link, archived once, no fifth page
    assert warc[NEXT_STORY] == 1 and requests.count(NEXT_STORY) == 1
    assert NEXT_STORY in {urlsplit(item["url"]).path for item in result.items()}


def test_scope_takes_a_www_domains_bare_twin_and_nothing_past_it() -> None:
    profile = get_site("bbc")  # domains: www.bbc.com, www.bbc.co.uk, feeds.bbci.co.uk
    scope = Scope(profile)
    assert scope.resolve("https://bbc.com/news/world?page=2") == "https://bbc.com/news/world?page=2"
    assert scope.resolve("https://WWW.BBC.CO.UK/news#top") == "https://WWW.BBC.CO.UK/news"
    for elsewhere in ("https://sport.bbc.com/x", "https://bbci.co.uk/x", "https://wwwbbc.com/x"):
        assert scope.resolve(elsewhere) is None, elsewhere
    mirror = Scope(profile.with_base_url("http://127.0.0.1:8080"))
    assert mirror.resolve("https://bbc.com/news/world?page=2#x") == (
        "http://127.0.0.1:8080/news/world?page=2"
    )
    assert allowed_hosts("www.bbc.com", profile) == [
        "www.bbc.com", "www.bbc.co.uk", "feeds.bbci.co.uk", "bbc.com", "bbc.co.uk",
    ]  # fmt: skip
