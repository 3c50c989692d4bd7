"""A robots.txt that redirects to another host's robots.txt: fetched, archived and counted once.

`www.news.test/robots.txt` answers 301 to `news.test/robots.txt` (a site moving its
`www.` twin to its bare name moves its robots.txt too). Scrapy read that answer as
`www.news.test`'s rules and, when the start page's own redirect brought the crawl to
`news.test`, asked `news.test/robots.txt` again for that host: the same file fetched
twice, two response records of it in the WARC, two responses counted. Real crawls
through a forward proxy on 127.0.0.1 (the hosts are names the proxy resolves).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import run_crawl
from tests.plugins.moving_hosts import TWIN_STORIES

FIRST = TWIN_STORIES[0]


def response_urls(warc_files: list[Path]) -> list[str]:
    urls = []
    for path in warc_files:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    urls.append(record.rec_headers.get_header("WARC-Target-URI"))
    return urls


@pytest.mark.parametrize(
    ("spider", "args"),
    [
        ("follow", {"url": "http://www.news.test/", "depth": "1"}),
        ("news", {"url": "http://www.news.test/"}),
    ],
    ids=["follow", "news"],
)
def test_a_robots_txt_redirected_to_the_twins_is_fetched_once(
    spider: str, args: dict[str, str], moving_hosts: list[str], tmp_path: Path
) -> None:
    settings = {"NETWORK_ALLOWED": "", "STATE_ENABLED": "0"}
    crawl = run_crawl(spider, args, settings, tmp_path)
    asked = moving_hosts
    assert f"http://news.test{FIRST}" in asked, (asked, crawl.log[-3000:])
    assert asked.count("http://www.news.test/robots.txt") == 1, asked
    assert asked.count("http://news.test/robots.txt") == 1, asked  # was 2
    assert not [url for url in asked if "/private/" in url]  # the twin's rules read for news.test
    recorded = response_urls(crawl.warc_files())
    assert recorded.count("http://news.test/robots.txt") == 1, recorded  # was 2
    assert crawl.stats["downloader/response_count"] == len(asked)  # counted once
    assert crawl.stats["robotstxt/response_count"] == 1  # was 2
    assert crawl.stats["robotstxt/shared_host"] == 1
