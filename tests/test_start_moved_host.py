"""A start page that moves to another name of its own site: the run follows it there.

`follow -a url=http://news.example.test/` answered 301 to `http://example.test/` ended
`start_url_failed` ("redirected off its host"), and `news -a url=` of such a section
refused it ("redirected off the site"): nothing archived. The other way round
(`example.test` -> `news.example.test`) `follow` archived the one page and followed none
of its links. A move to another site is still refused. Real crawls through a forward
proxy on 127.0.0.1 (the hosts are names only the proxy answers).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.sites.base import SiteProfile
from newsarchive.sites.hosts import one_site, site_domain
from newsarchive.spiders.scope import Scope, marked_move
from tests.plugins.crawling import CrawlResult, start_crawl
from tests.plugins.moving_hosts import STORIES


def crawl(spider: str, args: dict[str, str], tmp_path: Path) -> CrawlResult:
    settings = {"NETWORK_ALLOWED": "", "STATE_ENABLED": "0"}
    return start_crawl(spider, args, settings, tmp_path).wait(240)


@pytest.mark.parametrize(
    ("start", "landed"),
    [
        ("http://news.example.test/", "http://example.test"),  # a subdomain to its domain
        ("http://moving.test/", "http://news.moving.test"),  # ... and back
        ("http://www.moving.test/", "http://news.moving.test"),  # www. to a subdomain
    ],
)
def test_follow_whose_start_page_moves_within_its_site_follows_its_links(
    start: str, landed: str, moving_hosts: list[str], tmp_path: Path
) -> None:
    done = crawl("follow", {"url": start, "depth": "1"}, tmp_path)
    assert done.returncode == 0, done.log[-3000:]
    for path in STORIES:
        assert landed + path in moving_hosts, (moving_hosts, done.log[-3000:])  # was: not asked
    assert done.stats["scope/start_moved"] == 1
    assert "redirect/offsite" not in done.stats
    assert f"the start URL {start} moved to {landed.removeprefix('http://')}" in done.log


def test_follow_moved_to_a_platforms_name_takes_in_that_host_and_its_www_only(
    moving_hosts: list[str], tmp_path: Path
) -> None:
    done = crawl("follow", {"url": "http://blog.platform.test/", "depth": "2"}, tmp_path)
    assert done.returncode == 0, done.log[-3000:]
    assert done.stats["scope/start_moved"] == 1
    # the platform's www. twin is the same host's: its link followed (was: passed over)
    assert "http://www.platform.test" + STORIES[1] in moving_hosts, (moving_hosts, done.log[-3000:])
    # a page there redirecting to another blog of the platform: not followed (was: fetched,
    # the platform's name in allowed_domains took in every subdomain)
    assert not [url for url in moving_hosts if "other.platform.test" in url], moving_hosts
    assert done.stats["redirect/offsite"] == 1


def test_follow_whose_start_page_moves_to_another_site_still_fails(
    moving_hosts: list[str], tmp_path: Path
) -> None:
    done = crawl("follow", {"url": "http://away.example.test/", "depth": "1"}, tmp_path)
    assert done.returncode == 1, done.log[-3000:]
    assert "redirected off its host to http://elsewhere.test/, not followed" in done.log
    assert not [url for url in moving_hosts if "elsewhere.test" in url and "robots" not in url]


def test_a_section_moved_to_its_sites_domain_is_crawled_there(
    moving_hosts: list[str], tmp_path: Path
) -> None:
    done = crawl("news", {"url": "http://news.example.test/politik/"}, tmp_path)
    assert done.returncode == 0, done.log[-3000:]  # was 1: sections_refused
    urls = sorted(item["url"] for item in done.items())
    assert urls == sorted(f"http://example.test{path}" for path in STORIES)
    assert done.stats["scope/start_moved"] == 1
    assert "section politik moved to example.test, another name of the same site" in done.log


def test_a_section_moved_to_a_platforms_name_takes_in_that_host_not_its_subdomains(
    moving_hosts: list[str], tmp_path: Path
) -> None:
    done = crawl("news", {"url": "http://blog.platform.test/politik/"}, tmp_path)
    assert done.returncode == 0, done.log[-3000:]
    assert done.stats["scope/start_moved"] == 1
    urls = sorted(item["url"] for item in done.items())
    assert urls == sorted(f"http://platform.test{path}" for path in STORIES)
    # a story there redirecting to another blog of the platform: not fetched (was: the
    # platform's name in allowed_domains took in every subdomain of it)
    assert not [url for url in moving_hosts if "other.platform.test" in url], moving_hosts
    assert done.stats["redirect/offsite"] == 1


def test_a_section_moved_to_another_site_is_still_refused(
    moving_hosts: list[str], tmp_path: Path
) -> None:
    done = crawl("news", {"url": "http://away.example.test/politik/"}, tmp_path)
    assert done.returncode == 1, done.log[-3000:]
    assert "redirected off the site (to elsewhere.test)" in done.log
    assert "scope/start_moved" not in done.stats


@pytest.mark.parametrize(
    ("host", "other", "same"),
    [
        ("news.example.org", "example.org", True),
        ("www.example.org", "news.example.org", True),
        ("news.bbc.co.uk", "www.bbc.co.uk", True),
        ("news.example.test", "example.test", True),  # a name the list does not know
        ("example.org", "example.net", False),
        ("example.org", "badexample.org", False),
        ("a.github.io", "b.github.io", False),  # the list's private part: two sites
        ("bbc.co.uk", "co.uk", False),  # a public suffix is no site
        ("10.0.0.5", "10.0.0.5", False),  # an address is no site's name
        ("127.0.0.1", "localhost", False),
        ("localhost", "localhost", False),
    ],
)  # fmt: skip
def test_which_hosts_are_one_site(host: str, other: str, same: bool) -> None:
    assert one_site(host, other) is same
    assert one_site(other, host) is same


def test_an_address_has_no_site_domain() -> None:
    assert site_domain("192.168.1.10") == "" and site_domain("[::1]") == ""


@pytest.mark.parametrize(
    ("moved_to", "host", "owned"),
    [
        ("example.test", "example.test", True),
        ("example.test", "www.example.test", True),  # its www. twin, as the site's own
        # a move up to a platform's own name (a blog gone: `myblog.wordpress.com` ->
        # `wordpress.com`, one registered domain by the list) takes in no other blog
        ("wordpress.com", "attacker.wordpress.com", False),
        ("wordpress.com", "www.wordpress.com", True),
        ("example.test", "shop.example.test", False),
    ],
)
def test_a_host_taken_in_by_a_move_is_that_host_not_its_subdomains(
    moved_to: str, host: str, owned: bool
) -> None:
    scope = Scope(
        SiteProfile(
            name="x", base_url=f"https://news.{moved_to}", domains=(f"news.{moved_to}",),
            sections={"politik": "/politik/"},
        )
    )  # fmt: skip
    scope.adopt(moved_to)
    assert scope.owns(host) is owned
    assert (scope.resolve(f"https://{host}/politik/x") is not None) is owned
    mark = {"newsarchive_moved_host": [f"news.{moved_to}", moved_to]}
    assert (marked_move(mark, f"https://{host}/a", scope.owns) is not None) is owned
