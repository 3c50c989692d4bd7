"""The middleware that gives Scrapy a page's URL for a `<base href>` it cannot read
(`newsarchive.network.basehref`) fills a private cache of Scrapy's: with this Scrapy it
works; with one that renamed or stopped reading that cache it logs an error and stays
out of the crawl (NotConfigured) instead of failing every page that names a base."""

from __future__ import annotations

import logging

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse
from scrapy.utils import response as scrapy_response
from scrapy.utils.test import get_crawler

from newsarchive import pagebase
from newsarchive.network import basehref


def test_this_scrapy_reads_the_url_given() -> None:
    assert basehref.unusable() is None
    page = HtmlResponse("http://example.invalid/x/", body=b'<base href="http://[::1"><a href="y">')
    assert basehref.readable_by_scrapy(page) is False
    assert page.urljoin("y") == "http://example.invalid/x/y"
    assert basehref.UnreadableBaseMiddleware.from_crawler(get_crawler()) is not None


def test_a_scrapy_without_the_cache_gets_a_loud_disabled_middleware(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    renamed = type(scrapy_response._baseurl_cache)()  # a Scrapy naming its cache otherwise
    html = scrapy_response.html

    def with_renamed_cache(response: HtmlResponse) -> str:
        if response not in renamed:
            renamed[response] = html.get_base_url(response.text[:4096], response.url)
        return renamed[response]

    monkeypatch.delattr(scrapy_response, "_baseurl_cache")
    monkeypatch.setattr(scrapy_response, "get_base_url", with_renamed_cache)
    assert basehref.unusable() is not None
    with caplog.at_level(logging.ERROR), pytest.raises(NotConfigured):
        basehref.UnreadableBaseMiddleware.from_crawler(get_crawler())
    assert "no longer takes a page's base" in caplog.text


def test_a_scrapy_that_no_longer_reads_the_cache_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scrapy_response, "_baseurl_cache", type(scrapy_response._baseurl_cache)())
    real = scrapy_response.get_base_url

    def reads_no_cache(response: HtmlResponse) -> str:  # a Scrapy keeping its cache elsewhere
        scrapy_response._baseurl_cache.pop(response, None)
        return real(response)

    monkeypatch.setattr(scrapy_response, "get_base_url", reads_no_cache)
    assert "ValueError" in (basehref.unusable() or "")


@pytest.mark.parametrize("coding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_utf16_page_whose_base_is_no_url_is_read_with_its_own(coding: str) -> None:
    """Its bytes hold `<\\x00b\\x00a\\x00...`, not `<base`: the page was taken for one naming
    no base, left as it was, and Scrapy's reading of it raised (its links never read)."""
    text = (
        f'<html><head><meta charset="{coding}"><base href="http://[::1"></head>'
        '<body><a href="y">y</a></body></html>'
    )
    page = HtmlResponse(
        "http://example.invalid/x/",
        body=text.encode(coding),
        headers={"Content-Type": f"text/html; charset={coding}"},
    )
    assert basehref.readable_by_scrapy(page) is False
    assert page.urljoin("y") == "http://example.invalid/x/y"
    assert page.css("a::attr(href)").get() == "y"
    assert pagebase.base_href_ignored(page) and pagebase.base_href_ignored_unparsed(page)


def test_a_utf16_page_naming_no_base_is_left_as_it_is() -> None:
    text = "<html><head><title>No base here</title></head><body><p>x</p></body></html>"
    body = text.encode("utf-16")
    page = HtmlResponse("http://example.invalid/x/", body=body, encoding="utf-16")
    assert basehref.readable_by_scrapy(page) is True
    assert not pagebase.base_href_ignored(page) and not pagebase.base_href_ignored_unparsed(page)
