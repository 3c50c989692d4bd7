"""A rendered page that moves itself lands on another address: that address is the run's
(real Chromium, real Scrapy crawls of local pages, replay in pywb).

A page's script (`location.replace`, `location.href`) or a meta refresh in the rendered page
takes the browser to another page, which is read, archived and itemed. Its address was not
registered: a later link to it passed Scrapy's dupefilter and the crawl state, was fetched
again and gave a second item. Now the dupefilter has its fingerprint (`dupefilter/filtered`)
and the crawl state claims it (`state/skipped/duplicate`). The page left keeps no rendered DOM
record (its DOM was never read), and its address replays what the server sent: Chromium drops
a document left at or before "load" before its body is read, and Scrapy fetches it beside
the page (`browser/fetched_plainly/left`); it replayed nothing (pywb's 404)."""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import (
    LOCAL_SPEED,
    allow_origin,
    parse_stats,
    run_scrapy_here,
    side_by_side,
)
from tests.plugins.page_origin import page_origin
from tests.plugins.pywb import Pywb
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

PAGE = (
    "<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title>{head}"
    "</head><body><article><h1>{title}</h1><p>{text}</p></article>{script}</body></html>"
)


def page(title: str, head: str = "", script: str = "") -> tuple[str, bytes]:
    body = PAGE.format(title=title, head=head, text="A story.", script=script)
    return "text/html; charset=utf-8", body.encode()


# each start page moves on by itself, to a page of its own
MOVES = {
    "/story/at-once": ("/story/at-once-landed", "", "<script>location.replace('{to}')</script>"),
    "/story/at-load": (
        "/story/at-load-landed",
        "",
        "<script>addEventListener('load', () => { location.href = '{to}'; })</script>",
    ),
    "/story/refresh": (
        "/story/refresh-landed",
        "<meta http-equiv=refresh content='0;url={to}'>",
        "",
    ),
}
PAGES: dict[str, tuple[str, bytes]] = {"/story/other": page("Another story")}
for start, (landed, head, script) in MOVES.items():
    PAGES[start] = page("Leaving", head.replace("{to}", landed), script.replace("{to}", landed))
    PAGES[landed] = page("Landed " + start.rsplit("/", 1)[1])

# Renders its start pages; from the first page parsed on, links to each page they land on and
# to one never fetched ("later links": only once the first answers were parsed).
SPIDER = """
from scrapy import Request, Spider

META = {"newsarchive_render": True, "newsarchive_article": True}


class Landing(Spider):
    name = "landing"

    def __init__(self, urls="", later="", **kwargs):
        super().__init__(**kwargs)
        self.urls, self.later, self.parsed = urls.split(","), later.split(","), 0

    async def start(self):
        for url in self.urls:
            yield Request(url, meta=dict(META), callback=self.parse)

    def parse(self, response):
        yield {"url": response.url, "title": response.css("title::text").get()}
        self.parsed += 1
        if self.parsed == len(self.urls):  # every start page read: their landings registered
            for url in self.later:
                yield Request(url, meta=dict(META), callback=self.parse)
"""


def crawl(out: Path, origin: str, **settings: str) -> dict[str, Any]:
    spider = out / "landing.py"
    spider.write_text(SPIDER, encoding="utf-8")
    items = out / "items.jsonl"
    later = [*(landed for landed, _, _ in MOVES.values()), "/story/other"]
    command = [sys.executable, "-m", "scrapy", "runspider", str(spider)]
    command += ["-a", "urls=" + ",".join(origin + path for path in MOVES)]
    command += ["-a", "later=" + ",".join(origin + path for path in later)]
    given = {
        **LOCAL_SPEED,
        "WARC_DIR": str(out / "warc"),
        "REPORT_ENABLED": "0",
        "NETWORK_ALLOWED": allow_origin(origin),
        "RETRY_TIMES": "0",
        "FEEDS": json.dumps({str(items): {"format": "jsonlines"}}),
        **settings,
    }
    for name, value in given.items():
        command += ["-s", f"{name}={value}"]
    done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    records: dict[str, list[tuple[str, str, bytes]]] = {}
    for path in sorted((out / "warc").glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                date = record.rec_headers.get_header("WARC-Date") or ""
                stamp = "".join(filter(str.isdigit, date))[:14]
                records.setdefault(uri.replace(origin, ""), []).append(
                    (record.rec_type, stamp, record.content_stream().read())
                )
    return {
        "origin": origin,
        "stats": parse_stats(done.stderr),
        "log": done.stderr,
        "items": [json.loads(line) for line in items.read_text().splitlines()],
        "records": records,
        "warcs": sorted((out / "warc").glob("*.warc.gz")),
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    with page_origin(PAGES, "HTTP/1.1") as origin:
        return side_by_side(
            {
                "stateless": partial(
                    crawl, tmp_path_factory.mktemp("stateless"), origin, STATE_ENABLED="0"
                ),
                "state": partial(
                    crawl, tmp_path_factory.mktemp("state"), origin, STATE_ENABLED="1"
                ),
            }
        )


def titles(run: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((item["url"].replace(run["origin"], ""), item["title"]) for item in run["items"])


EXPECTED = sorted(
    [(landed, "Landed " + start.rsplit("/", 1)[1]) for start, (landed, _, _) in MOVES.items()]
    + [("/story/other", "Another story")]
)


def test_a_later_link_to_where_a_page_landed_is_filtered(runs: dict[str, dict[str, Any]]) -> None:
    """One item per page read: the landed pages were fetched again from the later links, each
    a second item (and a second response record of the same page)."""
    run = runs["stateless"]
    assert titles(run) == EXPECTED
    stats = run["stats"]
    assert stats["browser/landed_elsewhere"] == len(MOVES)
    assert stats["dupefilter/filtered"] == len(MOVES)
    assert stats["browser/pages"] == len(MOVES) + 1  # the start pages and /story/other


def test_the_crawl_state_counts_a_later_link_to_a_landed_page_a_duplicate(
    runs: dict[str, dict[str, Any]],
) -> None:
    """With the crawl state, the later links are dropped as they are yielded: the landed
    pages were fetched in this run (claimed), and are remembered under their own address."""
    run = runs["state"]
    assert titles(run) == EXPECTED
    stats = run["stats"]
    assert stats["state/skipped/duplicate"] == len(MOVES)
    assert stats["browser/pages"] == len(MOVES) + 1
    assert stats["state/articles/new"] == len(MOVES) + 1  # each landed page once


def test_the_page_left_keeps_no_dom_record_and_its_served_document(
    runs: dict[str, dict[str, Any]],
) -> None:
    """The rendered DOM record is the landed page's, tied to its document; the page left has
    none (its DOM was never read), and its response record holds what the server sent, from
    the browser or, dropped by Chromium, from Scrapy's fetch beside the page."""
    for run in runs.values():
        records = run["records"]
        for start, (landed, _, _) in MOVES.items():
            assert f"urn:dom:{start}" not in records, start
            assert [kind for kind, _, _ in records[f"urn:dom:{landed}"]] == ["resource"]
            assert [body for kind, _, body in records[landed] if kind == "response"] == [
                PAGES[landed][1]
            ]
            served = [body for kind, _, body in records[start] if kind == "response"]
            assert served == [PAGES[start][1]], start
        left = run["stats"].get("browser/fetched_plainly/left", 0)
        lost = run["stats"].get("browser/exchanges/no_body/navigated_away", 0)
        assert left == lost  # each document Chromium dropped fetched once


@pytest.mark.pywb
def test_a_replay_of_the_page_left_gives_what_the_server_sent(
    runs: dict[str, dict[str, Any]], pywb: Pywb
) -> None:
    run = runs["state"]
    prefix = pywb.add_collection("landed", run["warcs"]).removeprefix(pywb.base_url)
    for start, (landed, _, _) in MOVES.items():
        for path in (start, landed):
            stamp = next(s for kind, s, _ in run["records"][path] if kind == "response")
            replayed = pywb.fetch(f"{prefix}{stamp}id_/{run['origin']}{path}")
            assert (replayed.status, replayed.body) == (200, PAGES[path][1]), path  # type: ignore[attr-defined]


def request_headers(run: dict[str, Any], path: str) -> list[dict[str, str]]:
    """The headers of each request record of `path` in the run's WARC files."""
    found = []
    for warc in run["warcs"]:
        with warc.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "request" and uri == run["origin"] + path:
                    headers = record.http_headers.headers  # type: ignore[union-attr]
                    found.append({name.lower(): value for name, value in headers})
    return found


def test_the_page_left_is_asked_for_as_the_browser_asked_for_it(
    runs: dict[str, dict[str, Any]],
) -> None:
    """The start pages were asked for with no Referer (the browser's requests of them, which
    Chromium dropped, had none); Scrapy's fetch of a page left named the page itself as its
    Referer, an answer a server may vary on (where its reader came from). Its User-Agent is the
    browser's (scrapy-playwright gives a navigation the request's headers)."""
    run = runs["stateless"]
    browser_agents = {h["user-agent"] for h in request_headers(run, "/story/at-once-landed")}
    for start in MOVES:
        asked = request_headers(run, start)
        assert asked, start
        assert [h.get("referer") for h in asked] == [None] * len(asked), start
        assert {h["user-agent"] for h in asked} == browser_agents


# A start page Chromium is redirected from (an HTTP 302) to a page robots.txt disallows, which
# moves on by itself to a story.
ROBOTS_PAGES: dict[str, Any] = {
    "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n"),
    "/story/start": ("text/html", b"", {"Location": "/private/moving"}),
    "/private/moving": page("Moving", script="<script>location.replace('/story/end')</script>"),
    "/story/end": page("End"),
    "/story/other": page("Another story"),
}


def test_a_page_left_that_robots_txt_disallows_is_not_fetched_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chromium's redirect to a page robots.txt disallows ends the rendering as robots.txt
    refuses a request (newsarchive.browser.capture): nothing of that page is archived, nor
    fetched plainly as a page left, nor itemed (so no later links either); said at INFO, not
    as a warning that a fetch failed (the crawl's own policy, not a fault)."""
    monkeypatch.setattr(sys.modules[__name__], "MOVES", {"/story/start": ("/story/end", "", "")})
    with page_origin(ROBOTS_PAGES, "HTTP/1.1") as origin:
        run = crawl(tmp_path, origin, STATE_ENABLED="0", ROBOTSTXT_OBEY="1")
    assert titles(run) == []
    assert run["stats"]["browser/redirects_disallowed_robots"] == 1
    assert "browser/fetched_plainly/left" not in run["stats"]
    assert "/private/moving" not in run["records"]
    refused = [line for line in run["log"].splitlines() if "/private/moving" in line]
    # Chromium, stopped mid-redirect, may not answer the page's close on a busy machine (a
    # warning of its own, the page taken as closed): no line says the fetch failed
    closing = "did not answer the close"
    failed = [line for line in refused if "WARNING" in line and closing not in line]
    assert refused and not failed, refused
