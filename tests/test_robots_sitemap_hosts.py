"""Sitemaps a site names on other hosts: read when they are the site's, named when not.

A robots.txt `Sitemap:` line (or a sitemap index's child) on another host was
dropped without a line. It is read on the site itself, its `www.` twin and a host
below the site's domain (its sitemap or CDN host); one on another site is not
read, and the run says which and counts them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from newsarchive.sites.base import SiteProfile
from newsarchive.spiders.scope import Scope
from tests.plugins.crawling import parse_stats, run_scrapy_here
from tests.plugins.page_origin import answering_origin

PROJECT = Path(__file__).resolve().parents[1]
OTHER = "http://localhost:9/news-sitemap.xml"  # another site's: never asked
STORY = "/politik/2026/12/03/the-sitemap-lists-this-story/"
CHILD_STORY = "/politik/2026/12/03/the-index-child-lists-this-one/"


def urlset(origin: str, path: str) -> str:
    return (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{origin}{path}</loc></url></urlset>"
    )


def files(origin: str) -> dict[str, tuple[str, str]]:
    index = "".join(
        f"<sitemap><loc>{loc}</loc></sitemap>"
        for loc in (f"{origin}/news-child.xml", "https://elsewhere.example/news-child.xml")
    )
    return {
        "/robots.txt": (
            "text/plain",
            f"User-agent: *\nSitemap: {origin}/news-sitemap.xml\nSitemap: {OTHER}\n"
            f"Sitemap: {origin}/news-index.xml\n",
        ),
        "/news-sitemap.xml": ("application/xml", urlset(origin, STORY)),
        "/news-index.xml": (
            "application/xml",
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}'
            "</sitemapindex>",
        ),
        "/news-child.xml": ("application/xml", urlset(origin, CHILD_STORY)),
        "/politik/": ("text/html", "<html><body><p>Nothing listed today.</p></body></html>"),
    }


@contextmanager
def site() -> Iterator[tuple[str, list[str]]]:
    asked: list[str] = []
    at: list[str] = []  # the origin, known once the server listens

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        origin = at[0]
        if path in files(origin):
            kind, body = files(origin)[path]
        elif path in (STORY, CHILD_STORY):
            kind = "text/html"
            body = (
                "<html><body><article><h1>A story</h1><p>Made-up text.</p></article></body></html>"
            )
        else:
            return 404, {}, b"not here"
        return 200, {"Content-Type": kind}, body.encode()

    with answering_origin(answer) as origin:
        at.append(origin)
        yield origin, asked


def test_a_sitemap_on_another_site_is_named_and_counted(tmp_path: Path) -> None:
    with site() as (origin, asked):
        command = [
            sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"url={origin}/politik/",
            "-a", "requisites=0", "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
            "-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"REPORT_DIR={tmp_path / 'reports'}",
            "-s", "STATE_ENABLED=0",
        ]  # fmt: skip
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert STORY in asked and CHILD_STORY in asked
    stats = parse_stats(done.stderr)
    assert stats["news/robots_sitemaps_news"] == 2
    assert stats["news/robots_sitemaps_offsite"] == 1
    assert stats["news/sitemaps_offsite"] == 1
    assert f"robots.txt names 1 news sitemap(s) on another site, not read: {OTHER}" in done.stderr
    assert "names a sitemap on another site, not read: https://elsewhere.example/" in done.stderr


def profile(base_url: str, *domains: str) -> SiteProfile:
    return SiteProfile(name="x", base_url=base_url, domains=domains, sections={"a": "/a/"})


@pytest.mark.parametrize(
    ("base_url", "domains", "named", "fetched"),
    [
        # the site, its www. twin, the sitemap host below its domain: read where named
        ("https://www.example.org", ("www.example.org",), "https://www.example.org/n.xml",
         "https://www.example.org/n.xml"),
        ("https://www.example.org", ("www.example.org",), "https://example.org/n.xml",
         "https://example.org/n.xml"),
        ("https://www.example.org", ("www.example.org",), "https://sitemaps.example.org/n.xml",
         "https://sitemaps.example.org/n.xml"),
        ("https://www.example.org", ("www.example.org",), "https://cdn.example.org/n.xml",
         "https://cdn.example.org/n.xml"),
        # another site, even one whose name ends the same way: not read
        ("https://www.example.org", ("www.example.org",), "https://badexample.org/n.xml", None),
        ("https://www.example.org", ("www.example.org",), "https://example.org.evil/n.xml", None),
        ("https://www.example.org", ("www.example.org",), "https://cdn.other.net/n.xml", None),
        ("https://www.example.org", ("www.example.org",), "ftp://example.org/n.xml", None),
        # a mirror (a test server) serves the sitemap host's sitemap too
        ("http://127.0.0.1:8080", ("www.example.org",), "https://sitemaps.example.org/n.xml",
         "http://127.0.0.1:8080/n.xml"),
    ],
)  # fmt: skip
def test_which_sitemap_hosts_are_read(
    base_url: str, domains: tuple[str, ...], named: str, fetched: str | None
) -> None:
    assert Scope(profile(base_url, *domains)).sitemap(named) == fetched
