"""The fold fallback under `-a max_articles=N`: a story asked as written takes the place its
folded request freed, once; the limit is not passed and no story listed within it is lost.

A site served over https lists six stories; four are linked `http://...` (folded to https,
`news/links_scheme_folded`) and its https gives no answer for them (the connection cut) or
refuses the scheme (nginx's 400). One of the four gives no answer in either scheme. With
`max_articles=3` the run exports three stories: the two fetched as written, and the first
one waiting past the limit, which took the place of the story neither scheme served. Real
Scrapy against one local port answering http and TLS.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.plugins.both_schemes import CUT, both_schemes_origin
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.story_page import story_page

HTML = {"Content-Type": "text/html; charset=utf-8"}
GONE = "/news/old-quay-closes"  # cut in both schemes: gives no item
CUT_ON_HTTPS = "/news/lighthouse-keeper-retires"  # https closes the connection unanswered
REFUSED_ON_HTTPS = "/news/bakery-wins-bread-award"  # https answers nginx's 400
FIRST_WAITING = "/news/ferry-gets-a-new-engine"  # linked relative: over https, as any story
LATER = ("/news/market-square-repaved", "/news/choir-tours-the-valley")
LIMIT = 3
NGINX_400 = b"<html><body><center>The plain HTTP request was sent to HTTPS port</center></body>"


@dataclass
class Origin:
    host: str = ""
    asked: list[tuple[str, str]] = field(default_factory=list)

    def answer(self, scheme: str, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append((scheme, target))
        if target == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if target == "/news/" and scheme == "https":
            plain = f"http://{self.host}"
            written = [plain + path for path in (GONE, CUT_ON_HTTPS, REFUSED_ON_HTTPS)]
            links = (*written, FIRST_WAITING, *LATER)
            items = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
            return 200, HTML, f"<html><body><ul>{items}</ul></body></html>".encode()
        if target == GONE or (scheme == "https" and target == CUT_ON_HTTPS):
            return CUT, {}, b""
        if scheme == "https" and target == REFUSED_ON_HTTPS:
            return 400, HTML, NGINX_400
        if target.startswith("/news/") and target != "/news/":
            title = target.rsplit("/", 1)[1].replace("-", " ").capitalize()
            return 200, HTML, story_page(title, f"{title}, the harbour office said.")
        return 404, {"Content-Type": "text/plain"}, b"not here"


@dataclass
class Run:
    origin: Origin
    crawl: CrawlResult


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    origin = Origin()
    out: Path = tmp_path_factory.mktemp("fold-fallback-max-articles")
    with both_schemes_origin(origin.answer) as host:
        origin.host = host
        args = {"url": f"https://{host}/news/", "requisites": "0", "max_articles": str(LIMIT)}
        settings = {"STATE_ENABLED": "0", "RETRY_TIMES": "0"}
        yield Run(origin, run_crawl("news", args, settings, out))


def test_the_limit_holds_and_the_fallbacks_take_the_places_their_folded_requests_freed(
    run: Run,
) -> None:
    host = run.origin.host
    urls = sorted(item["url"] for item in run.crawl.items())
    assert urls == sorted(
        (
            f"http://{host}{CUT_ON_HTTPS}",
            f"http://{host}{REFUSED_ON_HTTPS}",
            f"https://{host}{FIRST_WAITING}",
        )
    ), run.crawl.log[-4000:]
    stats = run.crawl.stats
    assert stats.get("news/articles_fold_fallback") == 3, stats
    assert stats.get("news/articles_skipped_max") == len(LATER) + 1, stats
    assert "Traceback" not in run.crawl.log, run.crawl.log[-4000:]


def test_each_spelling_is_asked_once_and_no_story_past_the_limit(run: Run) -> None:
    asked = [one for one in run.origin.asked if one[1].startswith("/news/") and one[1] != "/news/"]
    assert sorted(asked) == sorted(
        [
            ("https", GONE), ("http", GONE),
            ("https", CUT_ON_HTTPS), ("http", CUT_ON_HTTPS),
            ("https", REFUSED_ON_HTTPS), ("http", REFUSED_ON_HTTPS),
            ("https", FIRST_WAITING),
        ]
    ), asked  # fmt: skip
    # the story neither scheme served is said once, as a failure of its written spelling
    log = run.crawl.log
    assert log.count("could not fetch") == 1, log[-4000:]
    assert f"could not fetch http://{run.origin.host}{GONE}" in log, log[-4000:]
