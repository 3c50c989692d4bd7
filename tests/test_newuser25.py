"""What a new user met crawling an invented news site with `-a url=` (session 25).

One small site, served here on 127.0.0.1 and crawled once for the module: articles
whose slugs are not ASCII (`/news/café-...`, a Cyrillic slug percent-encoded, as most
Russian, Greek or Arabic newsrooms print them) were taken for no article and never
fetched; an article that redirected off the site (to `10.0.0.1`, the cloud metadata
address, `[::1]`, `localhost`, a decimal IP) vanished without a line, missing from the
report's `failed`, while its redirect was archived; and one answering 200 with a
`Refresh` to another page was kept by the crawl state as an article of its own, counted
`new` beside its target (or beside its failure), and "unchanged" on every later run.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import PROJECT, CrawlResult, crawl_command, parse_stats, run_crawl

CYRILLIC = "новости-москвы-сегодня"
UNICODE_SLUGS = ("café-au-lait-story", quote(CYRILLIC), "grüße-aus-zürich-heute")
OFF_SITE = {
    "moved-to-private-ten": "http://10.0.0.1/news/x",
    "moved-to-metadata-address": "http://169.254.169.254/latest/meta-data/",
    "moved-to-ipv6-loopback": "http://[::1]:{port}/news/some-target-story",
    "moved-to-localhost-name": "http://localhost:{port}/news/some-target-story",
    "moved-to-decimal-address": "http://167772161/news/some-target-story",
}

# answered 200 with a refresh to another page: a moved story and an interstitial
REFRESHED = {
    "moved-by-refresh-header": ("0; url=/news/where-the-story-went", ""),
    "moved-to-private-by-refresh": ("0; url=http://10.1.2.3/news/a-b-c", ""),
    "interstitial-before-the-story": ("", "1; url=/news/the-story-behind-it"),
}
# a long slug (2,600 characters: past Scrapy's 2,083, within what servers take) and
# one longer than any server takes a request line of (Apache's 8,190)
LONG_SLUG = "long-" * 520 + "story"
TOO_LONG_SLUG = "longer-" * 1200 + "story"
# a section per language, its "show more" link (to an older page by a cursor, no number to
# tell) named only by its words; the words no table had
SHOW_MORE = {
    "see": ("en", "See more"), "view": ("en", "View more"), "ru": ("ru", "Показать ещё"),
    "uk": ("uk", "Показати ще"), "tr": ("tr", "Daha fazla göster"),
    "cs": ("cs", "Načíst další"), "zh": ("zh-Hans", "加载更多"),
    "el": ("el", "Περισσότερα άρθρα"), "ro": ("ro", "Vezi mai multe"),
    "ar": ("ar", "المزيد من الأخبار"), "hu": ("hu", "Továbbiak betöltése"),
    "fi": ("fi", "Näytä lisää"),
}  # fmt: skip
OLDER = "?before=1733000000"


def show_more_page(section: str, older: bool) -> bytes:
    lang, word = SHOW_MORE[section]
    if older:
        links = f"<li><a href='/{section}/an-older-story-here'>older</a></li>"
        more = ""
    else:
        links = "".join(
            f"<li><a href='/{section}/a-first-story-{n}'>story</a></li>" for n in range(2)
        )
        more = f"<div class='river'><a href='/{section}/{OLDER}'>{word}</a></div>"
    return f"<html lang='{lang}'><body><ul>{links}</ul>{more}</body></html>".encode()


def article(title: str) -> bytes:
    paragraphs = "".join(f"<p>{title}: sentence {i} of the invented story.</p>" for i in range(6))
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        "<meta property='article:published_time' content='2026-12-01T10:00:00+01:00'></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def refresh_page(tag: str) -> bytes:
    meta = f"<meta http-equiv='refresh' content='{tag}'>" if tag else ""
    page = f"<html><head>{meta}<title>Moved</title></head><body>This story moved.</body></html>"
    return page.encode()


class Site(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def answer(
        self,
        status: int,
        body: bytes = b"",
        location: str | None = None,
        refresh: str | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if location is not None:
            self.send_header("Location", location)
        if refresh is not None:
            self.send_header("Refresh", refresh)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        port = self.server.server_address[1]
        if self.path == "/news/":
            slugs = (*UNICODE_SLUGS, "plain-ascii-story-here", *OFF_SITE, *REFRESHED)
            slugs += (LONG_SLUG, TOO_LONG_SLUG)
            links = "".join(f"<li><a href='/news/{slug}'>{slug}</a></li>" for slug in slugs)
            return self.answer(200, f"<html><body><ul>{links}</ul></body></html>".encode())
        section, _, rest = self.path.strip("/").partition("/")
        if section in SHOW_MORE and rest in ("", OLDER):
            return self.answer(200, show_more_page(section, rest == OLDER))
        slug = self.path.removeprefix("/news/")
        if slug in OFF_SITE:
            return self.answer(302, location=OFF_SITE[slug].format(port=port))
        if slug in REFRESHED:
            header, tag = REFRESHED[slug]
            return self.answer(200, refresh_page(tag), refresh=header or None)
        if self.path == "/img/moved.png":  # an image moved to a CDN: no page failed
            return self.answer(302, location="http://cdn.example/img/moved.png")
        if slug == "plain-ascii-story-here":
            page = article(slug).replace(b"</article>", b"<img src='/img/moved.png'></article>")
            return self.answer(200, page)
        if self.path.startswith("/news/") or section in SHOW_MORE:
            return self.answer(200, article(slug[:60].replace("-", " ")))
        self.answer(404, b"<html><body>not here</body></html>")


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def crawl(origin: str, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    out = tmp_path_factory.mktemp("newuser25")
    sections = ",".join(f"{origin}/{section}/" for section in ("news", *SHOW_MORE))
    return run_crawl("news", {"url": sections}, {}, out)


def responses(crawl: CrawlResult) -> dict[str, int]:
    """WARC-Target-URI -> HTTP status of every response record."""
    found = {}
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    found[uri] = record.http_headers.get_statuscode()
    return found


def test_articles_whose_slugs_are_not_ascii_are_fetched(crawl: CrawlResult, origin: str) -> None:
    """`[a-z0-9]` words only: `/news/café-au-lait-story` and a Cyrillic slug were no
    article (`news/links_not_article`), never fetched, no item."""
    items = {item["url"]: item for item in crawl.items()}
    for slug in (
        "caf%C3%A9-au-lait-story",
        quote(CYRILLIC),
        "gr%C3%BC%C3%9Fe-aus-z%C3%BCrich-heute",
    ):
        url = f"{origin}/news/{slug}"
        assert url in items, sorted(items)
        assert responses(crawl)[url] == "200"  # the WARC names it percent-encoded
        record = items[url]
        assert (record["warc_file"], record["warc_offset"]) != ("", None)


def test_an_article_redirected_off_the_site_is_named_and_counted(
    crawl: CrawlResult, origin: str
) -> None:
    """Its redirect was archived, then the hop was dropped as offsite at DEBUG: no line,
    no count in the report's `failed`, though the run had asked for the article."""
    port = origin.rsplit(":", 1)[1]
    for slug, target in OFF_SITE.items():
        line = (
            f"could not fetch {origin}/news/{slug}: redirected off the site "
            f"({origin}/news/{slug} -> {target.format(port=port)}), not followed"
        )
        assert line in crawl.log
    assert responses(crawl)[f"{origin}/news/moved-to-private-ten"] == "302"
    moved = len(OFF_SITE) + 1  # and the page refreshed to 10.1.2.3
    assert crawl.stats["redirect/offsite"] == moved
    report = json.loads(next((crawl.out_dir / "reports").glob("*.json")).read_text())
    assert report["failed"]["redirect: offsite"] == moved
    assert "10.0.0.1" not in {key.split("/")[2] for key in responses(crawl)}
    assert responses(crawl)[f"{origin}/img/moved.png"] == "302"  # its redirect, not named
    assert f"could not fetch {origin}/img/moved.png" not in crawl.log


def test_nothing_is_fetched_from_the_addresses_redirected_to(crawl: CrawlResult) -> None:
    hosts = {Path(uri.split("//", 1)[1]).parts[0] for uri in responses(crawl)}
    assert len(hosts) == 1, hosts


def test_a_page_that_moves_on_by_refresh_is_no_article_of_its_own(
    crawl: CrawlResult, origin: str
) -> None:
    """The crawl state kept the 200 carrying the refresh as the article: counted `new`
    beside the story it led to (or beside its `redirect: offsite` failure), and on the next
    run "unchanged", so a page whose hop failed was never tried again."""
    items = {item["url"] for item in crawl.items()}
    assert {f"{origin}/news/where-the-story-went", f"{origin}/news/the-story-behind-it"} <= items
    report = json.loads(next((crawl.out_dir / "reports").glob("*.json")).read_text())
    assert report["articles"]["new"] == len(items)
    state = next((crawl.out_dir / "state").glob("*.sqlite"))
    with sqlite3.connect(state) as db:
        kept = {url: digest for url, digest in db.execute("SELECT url, digest FROM captures")}
    assert f"{origin}/news/moved-to-private-by-refresh" not in kept
    # the moved pages' addresses are remembered as their story's (as a 3xx's are)
    assert (
        kept[f"{origin}/news/moved-by-refresh-header"]
        == kept[f"{origin}/news/where-the-story-went"]
    )


def test_an_article_with_a_long_url_is_fetched_and_one_too_long_is_named(
    crawl: CrawlResult, origin: str
) -> None:
    """Scrapy's URLLENGTH_LIMIT (2,083) dropped the article at INFO, counted in a stat no
    report or README row read."""
    items = {item["url"] for item in crawl.items()}
    assert f"{origin}/news/{LONG_SLUG}" in items
    too_long = f"{origin}/news/{TOO_LONG_SLUG}"
    assert (
        f"could not fetch {too_long[:100]}...: its URL is {len(too_long):,} characters, "
        "longer than URLLENGTH_LIMIT (8,190); not asked"
    ) in crawl.log
    report = json.loads(next((crawl.out_dir / "reports").glob("*.json")).read_text())
    assert report["failed"]["URL longer than URLLENGTH_LIMIT"] == 1


IDN_HOST = "bücher.test"  # in a hosts file of the test's own, as its IDNA form
IDN_ASCII = "xn--bcher-kva.test"


def in_own_hosts(hosts: Path, command: list[str]) -> list[str]:
    """`command` run where /etc/hosts is `hosts` (a mount namespace of its own: the machine's
    file is left alone, and no name is looked up beyond it)."""
    script = 'mount --bind "$0" /etc/hosts && exec "$@"'
    return ["unshare", "-m", "sh", "-c", script, str(hosts), *command]


def crawl_idn_host(spider: str, args: dict[str, str], port: str, out: Path) -> CrawlResult:
    hosts = out / "hosts"
    hosts.write_text(f"127.0.0.1 localhost\n127.0.0.1 {IDN_ASCII}\n", encoding="ascii")
    probe = subprocess.run(
        in_own_hosts(hosts, ["getent", "ahosts", IDN_ASCII]), capture_output=True, text=True
    )
    if probe.returncode != 0:
        pytest.skip("no mount namespace here (unshare -m) to give the crawl a hosts file")
    settings = {"NETWORK_ALLOWED": f"127.0.0.1:{port}", "RETRY_TIMES": "0"}
    command = crawl_command(spider, args, settings, out)
    done = subprocess.run(
        in_own_hosts(hosts, command), cwd=PROJECT, capture_output=True, text=True, timeout=300
    )
    (out / "crawl.log").write_text(done.stderr, encoding="utf-8")
    return CrawlResult(
        done.returncode, out, out / "warc", out / "items.jsonl", out / "crawl.log",
        parse_stats(done.stderr),
    )  # fmt: skip


@pytest.mark.parametrize("spider", ["news", "follow"])
def test_a_site_named_by_its_unicode_host_is_crawled(
    spider: str, origin: str, tmp_path: Path
) -> None:
    """`-a url=http://bücher.test/news/` made the site's domain `bücher.test`, while every
    request names the host in IDNA: all were dropped as offsite (`news`: robots.txt and the
    section, the run `finished`, exit 0, nothing archived; `follow`: every link)."""
    port = origin.rsplit(":", 1)[1]
    args = {"url": f"http://{IDN_HOST}:{port}/news/"} | (
        {"depth": "1"} if spider == "follow" else {}
    )
    crawl = crawl_idn_host(spider, args, port, tmp_path)
    assert crawl.returncode == 0, crawl.log[-3000:]
    # nothing of the site's own dropped (news: an image moved to a CDN too): only the pages
    # redirected off it, named and counted
    offsite = crawl.stats.get("offsite/filtered", 0)
    assert offsite == crawl.stats.get("redirect/offsite", 0) or spider == "news"
    story = f"http://{IDN_ASCII}:{port}/news/plain-ascii-story-here"
    assert responses(crawl)[story] == "200"
    if spider == "news":
        assert story in {item["url"] for item in crawl.items()}
        assert (tmp_path / "state" / f"{IDN_ASCII}.sqlite").exists()


def test_show_more_links_in_other_languages_are_followed(crawl: CrawlResult, origin: str) -> None:
    """ "See more", "View more", and the "show more" of Russian, Ukrainian, Turkish, Czech,
    Chinese, Greek, Romanian, Arabic, Hungarian and Finnish listings were no next page: each
    section ended at its first page (`last_page`), its older stories never asked for."""
    items = {item["url"] for item in crawl.items()}
    missing = [s for s in SHOW_MORE if f"{origin}/{s}/an-older-story-here" not in items]
    assert missing == []
    assert crawl.stats["paging/next/next_control"] == len(SHOW_MORE)
