"""Many waiting articles dropped in a row where they are scheduled, on one real crawl.

`max_articles=1`: the first article listed is asked; the next ones wait. That first
article's address moves its readers through every waiting one's address and back to
itself (301s), so the duplicate filter has seen each waiting article's page when the
redirect back is dropped. That drop frees the place, and the spider hands it to the
waiting articles one after the other: each is dropped as it is scheduled (a page asked
already), which frees the place again, until the last one, never redirected to, is
fetched. Each of those drops arrives while the spider is still handing the first one's
place on (`ArticlesAsked._taking_waiting`); a loop of its own inside the last one for
each was a RecursionError (300 here: with the guard taken out, no item).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin
from tests.plugins.story_page import story_page

DAY = "/news/2026/12/06/"
HOPS = [f"{DAY}harbour-crane-notice-{n:03d}" for n in range(300)]  # HOPS[0] is asked
LAST = f"{DAY}night-buses-return-to-the-east-side"  # waiting, never redirected to
HTML = {"Content-Type": "text/html; charset=utf-8"}


def _answer(target: str) -> tuple[int, Mapping[str, str], bytes]:
    if target == "/news/":
        links = "".join(f'<li><a href="{path}">Notice {path[-3:]}</a></li>' for path in HOPS)
        links += f'<li><a href="{LAST}">Night buses return</a></li>'
        return 200, HTML, f"<html><body><h1>News</h1><ul>{links}</ul></body></html>".encode()
    if target in HOPS:  # each notice moved on to the next, the last one back to the first
        onward = HOPS[(HOPS.index(target) + 1) % len(HOPS)]
        return 301, {"Location": onward}, b""
    if target == LAST:
        return 200, HTML, story_page("Night buses return", "Night buses run again from May.")
    return 404, {"Content-Type": "text/plain"}, b"not here"


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    with answering_origin(_answer) as url:
        out = tmp_path_factory.mktemp("dropped-chain")
        args = {"url": url + "/news/", "requisites": "0", "max_articles": "1"}
        settings = {"STATE_ENABLED": "0", "REDIRECT_MAX_TIMES": str(len(HOPS) + 5)}
        yield run_crawl("news", args, settings, out)


def test_each_dropped_waiting_article_hands_its_place_on_to_the_last(crawl: CrawlResult) -> None:
    stats = {k: v for k, v in crawl.stats.items() if k.startswith(("news/", "log_count"))}
    assert [item["title"] for item in crawl.items()] == ["Night buses return"], stats
    # the redirect back to the first notice, then every waiting notice
    assert crawl.stats.get("news/articles_dropped") == len(HOPS), stats
    assert "Traceback" not in crawl.log and "RecursionError" not in crawl.log
    assert crawl.stats.get("log_count/ERROR", 0) == 0, stats
    assert crawl.returncode == 0
