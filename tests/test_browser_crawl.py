"""Pages that need JavaScript, end to end: a rendered crawl, its WARCs, and replay in Chromium.

One rendered crawl of the demo's script-driven pages (`js-demo`: /js-news/ is
filled by script from /api/js-news with a "Show more" button; the explainer's
body is rendered by script) is shared by the tests, beside one plain crawl of
the same profile. Replay goes through real pywb and a real headless Chromium.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import time
from base64 import b32encode
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.server import DemoServer
from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.plugins.crawling import PROJECT, CrawlResult, run_crawl, start_crawl
from tests.plugins.pywb import Pywb

CHROMIUM = Path(PLAYWRIGHT_LAUNCH_OPTIONS["executable_path"])
ARTIFACTS = PROJECT / "test-artifacts"
JS_ARTICLE_ID = 2_000_001

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (Debian: chromium)"
    ),
]


@dataclass
class Record:
    type: str
    uri: str
    id: str
    headers: dict[str, str]  # WARC headers
    http: list[tuple[str, str]]  # HTTP headers (response/request/revisit)
    payload: bytes  # the stored payload, bytes exactly as in the record

    def http_header(self, name: str) -> str | None:
        return next((v for k, v in self.http if k.lower() == name.lower()), None)


def read_records(paths: list[Path]) -> list[Record]:
    records = []
    for path in paths:
        with path.open("rb") as stream:
            for rec in ArchiveIterator(stream):
                http = list(rec.http_headers.headers) if rec.http_headers else []
                records.append(
                    Record(
                        rec.rec_type,
                        rec.rec_headers.get_header("WARC-Target-URI") or "",
                        rec.rec_headers.get_header("WARC-Record-ID"),
                        dict(rec.rec_headers.headers),
                        http,
                        rec.raw_stream.read(),  # as stored: no decoding by the reader
                    )
                )
    return records


def sha1_b32(data: bytes) -> str:
    return "sha1:" + b32encode(hashlib.sha1(data).digest()).decode()


@pytest.fixture(scope="module")
def rendered(demo_site: DemoServer, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    out = tmp_path_factory.mktemp("rendered-crawl")
    settings = {"BROWSER_SCREENSHOT": "1"}
    return run_crawl("news", {"site": "js-demo", "base_url": demo_site.base_url}, settings, out)


@pytest.fixture(scope="module")
def records(rendered: CrawlResult) -> list[Record]:
    return read_records(rendered.warc_files())


@pytest.fixture(scope="module")
def js_titles(demo_site: DemoServer) -> dict[str, str]:
    """Path -> title of the articles only /js-news/ lists (through script)."""
    catalog = demo_site.site.catalog
    return {catalog.article(n).path: catalog.article(n).title for n in catalog.js_news}


def test_rendering_finds_the_articles_only_javascript_reveals(
    rendered: CrawlResult, demo_site: DemoServer, js_titles: dict[str, str], tmp_path: Path
) -> None:
    found = {item["url"].removeprefix(demo_site.base_url) for item in rendered.items()}
    assert set(js_titles) <= found, sorted(set(js_titles) - found)
    assert rendered.stats["browser/show_more/clicks"] == 4  # 23 articles, 5 a time
    assert rendered.stats["browser/pages"] == 2  # the listing and the explainer, nothing else

    plain = run_crawl(
        "news", {"site": "js-demo", "base_url": demo_site.base_url, "render": "0"}, {}, tmp_path
    )
    plain_found = {item["url"].removeprefix(demo_site.base_url) for item in plain.items()}
    assert not set(js_titles) & plain_found
    assert "browser/playwright_started" not in plain.stats  # no driver, no Chromium
    assert rendered.stats["browser/playwright_started"] == 1


def test_rendered_article_is_extracted_from_the_rendered_dom(
    rendered: CrawlResult, demo_site: DemoServer
) -> None:
    expected = demo_site.expected_article(JS_ARTICLE_ID)
    [item] = [i for i in rendered.items() if i["url"].endswith(expected["path"])]
    assert item["title"] == expected["title"]
    for paragraph in expected["body"]:  # only the script puts these in the page
        assert paragraph in item["body"]
    # the item points at the document the browser fetched, as for any page
    [document] = [r for r in read_records(rendered.warc_files()) if r.id == item["warc_record_id"]]
    assert document.type == "response" and document.uri == item["url"]
    assert expected["body"][0].encode() not in document.payload


def test_warc_holds_everything_the_browser_fetched(
    records: list[Record], demo_site: DemoServer
) -> None:
    base = demo_site.base_url
    responses = {r.uri for r in records if r.type in ("response", "revisit")}
    requests = {r.uri for r in records if r.type == "request"}
    wanted = {f"{base}/api/js-news?offset={n}" for n in (0, 5, 10, 15, 20)}
    wanted |= {f"{base}/static/js-news.js", f"{base}/static/site.css", f"{base}/js-news/"}
    wanted |= {f"{base}/images/live-banner.png", f"{base}/api/js-article/{JS_ARTICLE_ID}"}
    wanted |= {f"{base}/static/js-article.js"}
    assert wanted <= responses, sorted(wanted - responses)
    assert wanted <= requests, sorted(wanted - requests)
    thumbs = {u for u in responses if u.startswith(f"{base}/images/thumb-")}
    assert thumbs, "the teaser images the script inserted"
    api = next(r for r in records if r.uri == f"{base}/api/js-news?offset=0")
    assert api.type == "response" and b'"items"' in api.payload


def test_rendered_dom_and_screenshot_are_resources_tied_to_the_served_document(
    records: list[Record], demo_site: DemoServer, js_titles: dict[str, str]
) -> None:
    url = f"{demo_site.base_url}/js-news/"
    [document] = [r for r in records if r.type == "response" and r.uri == url]
    [dom] = [r for r in records if r.type == "resource" and r.uri == f"urn:dom:{url}"]
    assert dom.headers["WARC-Concurrent-To"] == document.id
    assert dom.headers["Content-Type"].startswith("text/html")
    for title in js_titles.values():
        assert title.encode() in dom.payload
        # the server's document is archived as served: the list is empty there
        assert title.encode() not in document.payload
    assert b'<ul id="js-news-list" class="articles" data-endpoint="/api/js-news"></ul>' in (
        document.payload
    )
    [shot] = [r for r in records if r.type == "resource" and r.uri == f"urn:screenshot:{url}"]
    assert shot.headers["WARC-Concurrent-To"] == document.id
    assert shot.headers["Content-Type"] == "image/png"
    assert shot.payload.startswith(b"\x89PNG\r\n\x1a\n")


def test_browser_bodies_never_claim_an_encoding_they_do_not_have(
    records: list[Record], demo_site: DemoServer
) -> None:
    # the browser's copy (a plainly fetched copy, still gzip-encoded, may sit beside it)
    css = next(
        r
        for r in records
        if r.type == "response"
        and r.uri.endswith("/static/site.css")
        and r.http_header("Content-Encoding") is None
    )
    assert css.http_header("X-Archive-Orig-Content-Encoding") == "gzip"
    assert css.payload.startswith(b"/*") or b"{" in css.payload[:200]  # decoded CSS
    for record in records:
        if record.type != "response":
            continue
        length = record.http_header("Content-Length")
        assert length is None or int(length) == len(record.payload), record.uri
        if record.http_header("Content-Encoding") == "gzip":
            assert record.payload[:2] == b"\x1f\x8b", record.uri


def test_warcio_check_passes_and_digests_match(
    rendered: CrawlResult, records: list[Record]
) -> None:
    files = rendered.warc_files()
    assert files
    done = subprocess.run(
        [str(PROJECT / ".venv" / "bin" / "warcio"), "check", *map(str, files)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    checked = 0
    for record in records:
        if record.type in ("response", "resource"):
            assert record.headers["WARC-Payload-Digest"] == sha1_b32(record.payload), record.uri
            checked += 1
    assert checked > 30


# --- replay in a real browser ------------------------------------------------


def without_urls(source: Path, target: Path, fragment: str) -> int:
    """Copy a WARC's gzip members except records whose target URI holds `fragment`."""
    dropped = 0
    with source.open("rb") as stream, target.open("wb") as out:
        iterator = ArchiveIterator(stream)
        for rec in iterator:
            uri = rec.rec_headers.get_header("WARC-Target-URI") or ""
            rec.content_stream().read()
            offset, length = iterator.get_record_offset(), iterator.get_record_length()
            if fragment in uri:
                dropped += 1
                continue
            with source.open("rb") as raw:
                raw.seek(offset)
                out.write(raw.read(length))
    return dropped


@pytest.fixture(scope="module")
def replay_browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright  # not at import: its loop, our process

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
        yield browser
        browser.close()


def replay_titles(browser: Any, pywb: Pywb, frame_page: str, screenshot: Path) -> list[str]:
    """Open pywb's frame page with only pywb reachable; the link texts the script inserted."""
    context = browser.new_context()
    allowed = pywb.base_url + "/"

    def only_pywb(route: Any) -> None:
        if route.request.url.startswith(allowed):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", only_pywb)
    page = context.new_page()
    try:
        # The script's first fetch is answered (archived JSON, or pywb's 404 without it)...
        with page.expect_response(lambda r: "/api/js-news" in r.url, timeout=60_000) as api:
            page.goto(frame_page, wait_until="load")
        replay = page.frame_locator("iframe").first  # the archived page, rewritten (mp_)
        # (60 s: waiting costs nothing once it is there; pywb and Chromium are slow when loaded)
        replay.locator("#js-news-list").wait_for(state="attached", timeout=60_000)
        if api.value.ok:  # ...then its titles are inserted
            replay.locator("#js-news-list a").first.wait_for(timeout=60_000)
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(screenshot), full_page=True)
        return replay.locator("#js-news-list a").all_inner_texts()
    finally:
        context.close()


def archived_page_url(records: list[Record], prefix: str, url: str) -> str:
    [document] = [r for r in records if r.type == "response" and r.uri == url]
    date = document.headers["WARC-Date"]
    timestamp = "".join(ch for ch in date if ch.isdigit())[:14]
    return f"{prefix}{timestamp}/{url}"


@pytest.mark.pywb
def test_replay_in_chromium_shows_the_javascript_inserted_titles(
    rendered: CrawlResult,
    records: list[Record],
    pywb: Pywb,
    replay_browser: Any,
    demo_site: DemoServer,
    js_titles: dict[str, str],
    tmp_path: Path,
) -> None:
    url = f"{demo_site.base_url}/js-news/"
    ARTIFACTS.mkdir(exist_ok=True)
    first_five = list(js_titles.values())[:5]  # what the page's script loads before any click

    prefix = pywb.add_collection("browser-js", rendered.warc_files())
    shown = replay_titles(
        replay_browser,
        pywb,
        archived_page_url(records, prefix, url),
        ARTIFACTS / "browser-replay-js-news.png",
    )
    assert shown == first_five

    # The same archive minus the JSON the script fetched must not show them:
    # the titles come from the archived /api/js-news records, not from anywhere else.
    stripped = []
    dropped = 0
    for path in rendered.warc_files():
        copy = tmp_path / path.name
        dropped += without_urls(path, copy, "/api/js-news")
        stripped.append(copy)
    assert dropped >= 10  # five responses and their requests
    prefix = pywb.add_collection("browser-js-nojson", stripped)
    shown = replay_titles(
        replay_browser,
        pywb,
        archived_page_url(records, prefix, url),
        ARTIFACTS / "browser-replay-js-news-without-json.png",
    )
    assert shown == []


# --- a browser that dies -----------------------------------------------------


def browser_pids(root: int) -> list[int]:
    """Chromium's browser processes (not renderers) among `root`'s descendants."""
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        try:
            for task in Path(f"/proc/{pid}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except (FileNotFoundError, ProcessLookupError):
            continue
        # Chromium rewrites its children's command lines ("... --type=renderer ...")
        if argv[0].endswith(b"/chromium") and b"--type=" not in b" ".join(argv):
            found.append(pid)
    return found


def test_a_crashed_browser_is_relaunched_and_no_page_is_lost(
    demo_site: DemoServer, js_titles: dict[str, str], rendered: CrawlResult, tmp_path: Path
) -> None:
    """Every page rendered (`-a render=1`), Chromium killed mid-crawl: all items, as if plain."""
    args = {"site": "js-demo", "base_url": demo_site.base_url, "render": "1"}
    # A page whose browser died may wait forever on it (Playwright never answers a
    # new_page() sent as it died): BROWSER_PAGE_TIMEOUT gives it up and it is retried.
    settings = {"LOG_LEVEL": "DEBUG", "BROWSER_PAGE_TIMEOUT": "15"}
    crawl = start_crawl("news", args, settings, tmp_path)
    try:
        # Kill Chromium once it navigates to the first article: the listing is done,
        # its articles are being opened (several pages at once).
        deadline = time.monotonic() + 120
        article = re.compile(rf"Request: <GET {re.escape(demo_site.base_url)}/js-news/[a-z]")
        while not article.search(crawl.log_path.read_text(errors="replace")):
            assert crawl.process.poll() is None and time.monotonic() < deadline, "no article"
            time.sleep(0.05)
        victims = browser_pids(crawl.process.pid)
        assert victims, "no Chromium under the crawl"
        for pid in victims:
            os.kill(pid, signal.SIGKILL)
        result = crawl.wait(timeout=240)
    finally:
        if crawl.process.poll() is None:
            crawl.process.kill()
            crawl.process.wait()
    assert result.returncode == 0, result.log[-3000:]
    assert result.stats["playwright/browser_count"] >= 2  # relaunched
    found = {item["url"].removeprefix(demo_site.base_url) for item in result.items()}
    assert set(js_titles) <= found, sorted(set(js_titles) - found)
    # Items of rendered pages are those of the same pages fetched plainly.
    fields = ("title", "subtitle", "authors", "published", "section", "topics", "body", "image")
    plain = {i["url"]: i for i in rendered.items()}
    compared = 0
    for item in result.items():
        if item["url"] in plain and "/js-news/" in item["url"]:
            assert {f: item[f] for f in fields} == {f: plain[item["url"]][f] for f in fields}
            compared += 1
    assert compared == len(js_titles)


def test_a_rendered_recheck_of_unchanged_articles_finds_them_unchanged(
    demo_site: DemoServer, js_titles: dict[str, str], rendered: CrawlResult, tmp_path: Path
) -> None:
    """Re-checks (crawl state, `STATE_RECHECK_AGE`) of the first crawl's articles, rendered.

    A browser cannot render a 304, so they are asked for unconditionally; the
    state compares the document the server sent, not the rendered DOM (which
    changes with every ad), so what did not change is no new version.
    """
    shutil.copytree(rendered.out_dir / "state", tmp_path / "state")
    args = {"site": "js-demo", "base_url": demo_site.base_url, "render": "1"}
    settings = {"STATE_RECHECK_AGE": "0.001"}
    result = run_crawl("news", args, settings, tmp_path)
    assert result.stats["browser/unconditional"] >= len(js_titles)
    # Digests are of the payload as stored: a page the server gzips was stored encoded
    # by the plain crawl and decoded by the browser, so it alone counts as changed.
    gzipped = {p for p in js_titles if demo_site.site.catalog.find(p).expected()["gzip"]}
    assert result.stats.get("state/articles/changed", 0) == len(gzipped)
    assert result.stats["state/articles/unchanged"] >= len(js_titles) - len(gzipped)
