"""A rendered page that moves itself to an address robots.txt disallows stays where it was
(real Chromium, real Scrapy crawls of a local server that notes every path it is asked).

Scrapy's redirects go through RobotsTxtMiddleware again; the browser's own moves (a script's
`location.replace` or `location.href`, a meta refresh) did not: Chromium fetched the
disallowed page, and the crawl archived and itemed it. Now the move is refused before
Chromium asks for it (`browser/moves_refused_robots`, one INFO line), the page stays on the
document it had. An HTTP redirect Chromium follows there is stopped before its hop is sent
(`browser/redirects_disallowed_robots`; tests/test_browser_robots_hops.py).
An allowed move lands as before, and with ROBOTSTXT_OBEY off the disallowed page is fetched
as before."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.browserserver import Answer, crawl_rendered, serving
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

PAGE = (
    "<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title>{head}"
    "</head><body><article><h1>{title}</h1><p>A story of its own.</p></article>{script}"
    "</body></html>"
)


def page(title: str, head: str = "", script: str = "") -> tuple[int, dict[str, str], bytes]:
    body = PAGE.format(title=title, head=head, script=script).encode()
    return 200, {"Content-Type": "text/html; charset=utf-8"}, body


PAGES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
    "/story/js": page(
        "Leaving by script", script="<script>location.replace('/private/js')</script>"
    ),
    "/story/href": page(
        "Leaving at load",
        script="<script>addEventListener('load', () => { location.href = '/private/href'; })"
        "</script>",
    ),
    "/story/refresh": page(
        "Leaving by refresh", head="<meta http-equiv=refresh content='0;url=/private/refresh'>"
    ),
    "/story/allowed": page("Leaving", script="<script>location.replace('/story/landed')</script>"),
    "/story/landed": page("Landed"),
    "/story/hop": (302, {"Location": "/private/hopped"}, b""),  # Chromium follows it
    "/private/hopped": page("Secret hop"),
    "/private/js": page("Secret js"),
    "/private/href": page("Secret href"),
    "/private/refresh": page("Secret refresh"),
}
STARTS = ["/story/js", "/story/href", "/story/refresh", "/story/allowed", "/story/hop"]
DISALLOWED = ["/private/js", "/private/href", "/private/refresh"]  # moves: refused
HOPPED = "/private/hopped"  # an HTTP redirect's hop: Chromium asks it, nothing of it is kept


@contextlib.contextmanager
def noting_origin() -> Iterator[tuple[str, list[str]]]:
    """`http://127.0.0.1:PORT` serving PAGES, and the paths it was asked for, in order."""
    asked: list[str] = []

    def answer(path: str, headers: Message) -> Answer:
        asked.append(path)
        status, given, body = PAGES.get(path, (404, {}, b"not here"))
        return Answer(status, list(given.items()), body)

    with serving(answer) as origin:
        yield origin, asked


def crawl(out: Path, **settings: str) -> dict[str, Any]:
    with noting_origin() as (origin, asked):
        starts = [origin + path for path in STARTS]
        crawled = crawl_rendered(out, starts, [origin], RETRY_TIMES="0", **settings)
        paths = list(asked)
    uris = set()
    for path in crawled.warcs:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                uris.add(uri.replace(origin, ""))
    return {
        "stats": crawled.stats,
        "log": crawled.log,
        "items": sorted((i["url"].replace(origin, ""), i["title"]) for i in crawled.items),
        "asked": paths,
        "archived": uris,
    }


@pytest.fixture(scope="module")
def obeyed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return crawl(tmp_path_factory.mktemp("obeyed"), ROBOTSTXT_OBEY="1")


def test_chromium_never_asks_for_a_disallowed_page_a_page_moves_to(obeyed: dict[str, Any]) -> None:
    assert "/robots.txt" in obeyed["asked"]  # the crawl read it: what it disallows is known
    # the script moves and the refresh are refused before Chromium asks; the redirect Chromium
    # follows is stopped before its hop is sent (newsarchive.browser.hops)
    assert [path for path in obeyed["asked"] if path.startswith("/private/")] == []
    assert obeyed["stats"]["browser/moves_refused_robots"] == len(DISALLOWED)
    assert obeyed["stats"]["browser/redirects_disallowed_robots"] == 1


def test_nothing_of_a_disallowed_page_is_archived_or_itemed(obeyed: dict[str, Any]) -> None:
    assert [uri for uri in obeyed["archived"] if "/private/" in uri] == []
    assert [url for url, _ in obeyed["items"] if "/private/" in url] == []


def test_a_page_whose_move_is_refused_is_read_where_it_stayed(obeyed: dict[str, Any]) -> None:
    """A page moving at load stays, read and itemed as any page; one moving as it is parsed
    (its parse aborted by the move, as browsers do) is refused as robots.txt refuses a request,
    at once, not at its navigation timeout; a meta refresh in the page read is Scrapy's to
    follow, and robots.txt refuses that request too. Each start page's document is archived
    as served, and an allowed move still lands on its page."""
    assert obeyed["items"] == [("/story/href", "Leaving at load"), ("/story/landed", "Landed")]
    assert obeyed["asked"].count("/story/js") == 1  # refused, not retried
    assert obeyed["asked"].count("/story/hop") == 1
    assert "browser/page_timeout" not in obeyed["stats"]
    assert "log_count/ERROR" not in obeyed["stats"]
    assert obeyed["stats"]["robotstxt/forbidden"] == 1  # Scrapy's meta refresh of /story/refresh
    for start in STARTS:
        assert start in obeyed["archived"], start
    assert "/story/landed" in obeyed["archived"]


def test_each_refused_move_is_one_info_line(obeyed: dict[str, Any]) -> None:
    lines = [line for line in obeyed["log"].splitlines() if "which robots.txt disallows" in line]
    assert len(lines) == len(DISALLOWED) + 1, lines
    assert all("INFO" in line for line in lines), lines
    for target in [*DISALLOWED, HOPPED]:
        assert sum(target in line for line in lines) == 1, (target, lines)


def test_with_robots_txt_not_obeyed_the_page_moves_as_before(tmp_path: Path) -> None:
    run = crawl(tmp_path, ROBOTSTXT_OBEY="0")
    assert "browser/moves_refused_robots" not in run["stats"]
    assert "browser/redirects_disallowed_robots" not in run["stats"]
    for target in [*DISALLOWED, HOPPED]:
        assert target in run["asked"], target
    assert [url for url, _ in run["items"]] == sorted([*DISALLOWED, HOPPED, "/story/landed"])
