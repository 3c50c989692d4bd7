"""NETWORK_ALLOWED parsing and what the policy refuses; the scoped offsite middleware."""

from __future__ import annotations

import pytest
from scrapy import Request, Spider
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newsarchive.network.download import DownloadLimits, keeps_body
from newsarchive.network.offsite import ScopedOffsiteMiddleware
from newsarchive.network.policy import Allowance, NetworkPolicy

DEFAULT = NetworkPolicy()


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.0.0.2", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped: judged as the IPv4 address
        ("::ffff:7f00:2", "loopback"),
        ("2002:7f00:2::", "loopback"),  # 6to4: a tunnel sends it to the IPv4 address it holds
        ("2002:a9fe:a9fe::1", "link-local"),
        ("2002:a00:1::", "private"),
        ("2002:5db8:d70e::", None),  # 6to4 of a public address
        ("fec0::1", "private"),  # site-local (deprecated, still routed inside some networks)
        ("64:ff9b::7f00:1", "reserved"),  # NAT64
        ("::127.0.0.1", "reserved"),  # IPv4-compatible (deprecated)
        ("10.255.255.1", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "private"),  # carrier-grade NAT
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("0.0.0.0", "unspecified"),
        ("93.184.215.14", None),
        ("2a00:1450:4001:80b::200e", None),
    ],
)
def test_default_policy_refuses_every_non_public_address(address: str, kind: str | None) -> None:
    assert DEFAULT.refuses(address, 80) == kind


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST.", "ip6-localhost", "api.localhost"])
def test_local_names_are_refused_without_resolving(host: str) -> None:
    assert DEFAULT.refuses_host(host, 80) == "loopback"
    assert DEFAULT.refuses_host("news.example.org", 80) is None  # a name: checked when resolved


def test_allowances_cover_their_network_and_port_only() -> None:
    settings = Settings({"NETWORK_ALLOWED": "127.0.0.1:8080,10.0.0.0/8,[::1]:9000"})
    policy = NetworkPolicy.from_settings(settings)
    assert policy.refuses("127.0.0.1", 8080) is None
    assert policy.refuses("127.0.0.1", 8081) == "loopback"
    assert policy.refuses("127.0.0.2", 8080) == "loopback"
    assert policy.refuses("10.200.1.1", 22) is None
    assert policy.refuses("::1", 9000) is None
    assert policy.refuses("::1", 80) == "loopback"
    assert policy.refuses("169.254.169.254", 80) == "link-local"


@pytest.mark.parametrize("entry", ["localhost:80", "10.0.0.0/33", "127.0.0.1:0", "1.2.3.4:x"])
def test_a_bad_allowance_names_the_setting(entry: str) -> None:
    with pytest.raises(ValueError, match="NETWORK_ALLOWED entry"):
        Allowance.parse(entry)


def test_download_limits_are_validated() -> None:
    with pytest.raises(ValueError, match="DOWNLOAD_MAX_TIME"):
        DownloadLimits.from_settings(Settings({"DOWNLOAD_MAX_TIME": "-1"}))
    with pytest.raises(ValueError, match="DOWNLOAD_SPOOL_SIZE"):
        DownloadLimits.from_settings(Settings({"DOWNLOAD_SPOOL_SIZE": "-5"}))
    limits = DownloadLimits.from_settings(Settings({"DOWNLOAD_MAX_TIME": "0"}))
    assert limits.max_time is None


@pytest.mark.parametrize(
    ("content_type", "kept"),
    [
        (b"text/html; charset=utf-8", True),
        (b"application/json", True),
        (b"application/x-gzip", True),  # a compressed sitemap is parsed
        (None, True),
        (b"video/mp4", False),
        (b"image/jpeg", False),
        (b"application/pdf", False),
    ],
)
def test_only_bodies_no_spider_parses_stay_on_disk(content_type: bytes | None, kept: bool) -> None:
    assert keeps_body(content_type) is kept


class SiteSpider(Spider):
    name = "site"
    allowed_domains = ("news.example.org",)


def test_a_redirect_of_a_dont_filter_request_stays_in_scope() -> None:
    """RedirectMiddleware copies dont_filter; the scoped offsite check ignores it."""
    crawler = get_crawler(SiteSpider)
    crawler.spider = crawler._create_spider()
    offsite = build_from_crawler(ScopedOffsiteMiddleware, crawler)
    offsite.spider_opened(crawler.spider)
    redirects = build_from_crawler(RedirectMiddleware, crawler)
    article = Request("https://news.example.org/a/1", dont_filter=True)
    assert offsite.process_request(article) is None
    moved = Response(article.url, status=302, headers={"Location": "http://169.254.169.254/x"})
    followed = redirects.process_response(article, moved)
    assert isinstance(followed, Request) and followed.dont_filter  # Scrapy's own behaviour
    with pytest.raises(IgnoreRequest):
        offsite.process_request(followed)
    assert crawler.stats is not None and crawler.stats.get_value("offsite/filtered") == 1
    chosen = Request("http://elsewhere.example.com/", meta={"allow_offsite": True})
    assert offsite.process_request(chosen) is None  # a deliberate exception still passes
