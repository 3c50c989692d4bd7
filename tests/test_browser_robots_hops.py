"""An HTTP redirect Chromium follows to an address robots.txt disallows is never sent (real
Chromium, real Scrapy crawls of two local servers that note every path they are asked, and
with which User-Agent).

Playwright routes no redirect hop: Chromium asked the server for the disallowed page (not
archived, but asked). Now each hop is paused in a DevTools session of the page's own and
failed before it leaves (`browser/redirects_disallowed_robots`, one INFO line): the request's
own navigation is refused as robots.txt refuses a request, a page that had loaded stays on
its document. A hop to another host waits for that host's robots.txt. The page's close then
comes at once (it was asked while Chromium fetched the hop, and went unanswered 20 s on a busy
machine, its browser page slot held). robots.txt is read for the request's own User-Agent, as
Scrapy's RobotsTxtMiddleware reads it (the browser read it for USER_AGENT)."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders

from tests.browserserver import Answer, crawl_rendered, serving
from tests.plugins.pywb import Pywb
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

PAGE = (
    "<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title></head>"
    "<body><article><h1>{title}</h1><p>A story of its own.</p></article>{script}</body></html>"
)
SPECIAL = "specialbot/2.0"  # a User-Agent some spiders send, named in robots.txt
ROBOTS = (
    "User-agent: specialbot\nDisallow: /private/\nDisallow: /special/\n\n"
    "User-agent: *\nDisallow: /private/\n"
)


def page(title: str, script: str = "") -> Answer:
    body = PAGE.format(title=title, script=script).encode()
    return Answer(200, [("Content-Type", "text/html; charset=utf-8")], body)


def moved(to: str) -> Answer:
    return Answer(302, [("Location", to)])


COOKIES = [
    ("Set-Cookie", "session=ab12cd; Path=/; HttpOnly"),
    ("Set-Cookie", "seen=1, 2; Path=/story; Max-Age=3600"),
]
# a value with a byte that is no UTF-8 (e9) and a UTF-8 LINE SEPARATOR (e2 80 a8): sent as these
# bytes (http.server writes headers in latin-1)
NOTE = ("X-Note", "caf\xe9 \xe2\x80\xa8 end")
FAR = "{far}"  # the other server's origin, filled in once it listens
PAGES: dict[str, Answer] = {
    "/robots.txt": Answer(200, [("Content-Type", "text/plain")], ROBOTS.encode()),
    "/story/hop": moved("/private/hopped"),  # the request's own navigation redirected
    "/story/hop-far": moved(FAR + "/private/far"),  # to a host whose robots.txt is not read
    "/story/later": page(  # a page that loaded follows a link that redirects
        "Later",
        "<script>addEventListener('load', () => { location.href = '/go/private'; })</script>",
    ),
    "/go/private": moved("/private/later"),
    "/story/hop-ok": moved("/story/landed"),
    "/story/landed": page("Landed"),
    "/story/special-hop": moved("/special/hopped"),  # asked for with SPECIAL, and without
    "/special/hopped": page("Special"),
    "/story/special-move": page(
        "Special move",
        "<script>addEventListener('load', () => { location.href = '/special/moved'; })</script>",
    ),
    "/special/moved": page("Special moved"),
    # a redirect that sets two cookies (a comma in one: not to be merged), and one in HTTP/1.0
    "/story/cookie-hop": Answer(302, [("Location", "/private/cookied"), *COOKIES, NOTE]),
    "/story/noted": Answer(200, [("Content-Type", "text/html"), NOTE], b"<title>Noted</title>"),
    "/story/old-hop": Answer(
        302, [("Location", "/private/old"), ("Set-Cookie", "old=1")], protocol="HTTP/1.0"
    ),
    # a chain: the first redirect followed, the second (its own cookie) stopped
    "/story/chain": Answer(302, [("Location", "/story/chain-next"), ("Set-Cookie", "first=1")]),
    "/story/chain-next": Answer(302, [("Location", "/private/chained"), ("Set-Cookie", "next=2")]),
    "/private/chained": page("Secret chained"),
    "/private/cookied": page("Secret cookied"),
    "/private/old": page("Secret old"),
    "/private/hopped": page("Secret hop"),
    "/private/far": page("Secret far"),
    "/private/later": page("Secret later"),
}
# (path, its User-Agent header or None): each rendered once
HOPS = 6  # pages whose own navigation is redirected there: each closed as it is refused
STARTS = [
    *[("/story/hop", None)] * HOPS,
    ("/story/hop-far", None),
    ("/story/later", None),
    ("/story/hop-ok", None),
    ("/story/special-hop", SPECIAL),
    ("/story/special-move", SPECIAL),
]
PLAIN_STARTS = [("/story/special-hop", None), ("/story/special-move", None)]


@contextlib.contextmanager
def noting_origin(far: str = "") -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """`http://127.0.0.1:PORT` serving PAGES, and the (path, User-Agent) it was asked, in order."""
    asked: list[tuple[str, str]] = []

    def answer(path: str, headers: Message) -> Answer:
        path = path.split("?", 1)[0]
        asked.append((path, headers.get("User-Agent") or ""))
        given = PAGES.get(path, Answer(404, body=b"not here"))
        lines = [(name, value.replace(FAR, far)) for name, value in given.headers]
        return replace(given, headers=lines)

    with serving(answer) as origin:
        yield origin, asked


def crawl(out: Path, starts: list[tuple[str, str | None]], **settings: str) -> dict[str, Any]:
    with noting_origin() as (far, far_asked), noting_origin(far) as (origin, asked):
        given_starts = [(origin + path + f"?{n}", agent) for n, (path, agent) in enumerate(starts)]
        given = {
            "RETRY_TIMES": "0",
            "ROBOTSTXT_OBEY": "1",
            # one browser page at a time: a close left unanswered holds every page after it
            "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": "1",
            **settings,
        }
        crawled = crawl_rendered(out, given_starts, [origin, far], **given)
        paths, far_paths = list(asked), list(far_asked)
    uris = set()
    dates: dict[str, str] = {}  # a response (or revisit) record's WARC-Date, by its address
    heads: dict[str, StatusAndHeaders] = {}  # a response record's HTTP head, by its address
    for path in crawled.warcs:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                uri = uri.replace(origin, "").replace(far, "FAR").split("?", 1)[0]
                uris.add(uri)
                if record.rec_type in ("response", "revisit"):
                    dates.setdefault(uri, record.rec_headers.get_header("WARC-Date"))
                if record.rec_type == "response":
                    heads.setdefault(uri, record.http_headers)
    return {
        "stats": crawled.stats,
        "log": crawled.log,
        "items": sorted(
            (item["url"].replace(origin, "").split("?", 1)[0], item["title"])
            for item in crawled.items
        ),
        "asked": paths,
        "far_asked": far_paths,
        "archived": uris,
        "dates": dates,
        "heads": heads,
        "origin": origin,
        "warcs": crawled.warcs,
    }


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return crawl(tmp_path_factory.mktemp("hops"), STARTS)


def test_chromium_never_sends_a_redirect_hop_robots_txt_disallows(run: dict[str, Any]) -> None:
    secret = [path for path, _ in run["asked"] if path.startswith(("/private/", "/special/"))]
    assert secret == []
    # the far host's robots.txt was read (awaited as the hop waited), its page never asked
    assert [path for path, _ in run["far_asked"]] == ["/robots.txt"]
    # the hops, hop-far, later's link, special-hop (the special move is a move: refused by route)
    assert run["stats"]["browser/redirects_disallowed_robots"] == HOPS + 3
    assert run["stats"]["browser/moves_refused_robots"] == 1
    lines = [line for line in run["log"].splitlines() if "which robots.txt disallows" in line]
    assert len(lines) == HOPS + 4 and all("INFO" in line for line in lines), lines


def test_nothing_disallowed_is_archived_and_a_loaded_page_stays(run: dict[str, Any]) -> None:
    assert [uri for uri in run["archived"] if "/private/" in uri or "/special/" in uri] == []
    # the redirects themselves were served: archived as they came
    for redirect in ("/story/hop", "/story/hop-far", "/go/private", "/story/special-hop"):
        assert redirect in run["archived"], redirect
    # the request's own navigation redirected there: refused as robots.txt refuses a request,
    # not retried; a page that loaded before its link's hop was refused is read where it is
    assert run["items"] == [
        ("/story/landed", "Landed"),
        ("/story/later", "Later"),
        ("/story/special-move", "Special move"),
    ]
    assert [path for path, _ in run["asked"]].count("/story/hop") == HOPS
    assert "log_count/ERROR" not in run["stats"]
    assert "browser/page_timeout" not in run["stats"]


def test_a_stopped_redirect_is_dated_as_it_came(run: dict[str, Any]) -> None:
    """The redirect to the far host is archived with the time its response came, not the time
    the far host's robots.txt (fetched because of it, while the hop waited) was read."""
    assert "FAR/robots.txt" in run["dates"], json.dumps(run["dates"])
    assert run["dates"]["/story/hop-far"] < run["dates"]["FAR/robots.txt"]


def test_the_page_of_a_refused_hop_closes_at_once(run: dict[str, Any]) -> None:
    """Every close answered: no page taken as closed after PAGE_CLOSE_TIMEOUT, its one browser
    page slot (PLAYWRIGHT_MAX_PAGES_PER_CONTEXT=1) held meanwhile, and every start rendered.
    The close came while Chromium fetched the hop (the page navigating): Playwright may never
    answer such a close; now the hop fails before it is sent and the close waits for the
    navigation's end."""
    assert "browser/page_close_unanswered" not in run["stats"]
    assert "did not answer the close" not in run["log"]
    assert run["stats"]["browser/pages"] == len(STARTS)


def test_robots_txt_is_read_for_the_requests_own_user_agent(
    run: dict[str, Any], tmp_path: Path
) -> None:
    """With SPECIAL, the hop and the move to /special/ are refused, as Scrapy refuses such a
    request of its own; without it, the same pages go there (robots.txt allows them)."""
    agents = {agent for path, agent in run["asked"] if path == "/story/special-hop"}
    assert agents == {SPECIAL}  # the browser sent the request's own User-Agent
    plain = crawl(tmp_path, PLAIN_STARTS)
    assert plain["items"] == [("/special/hopped", "Special"), ("/special/moved", "Special moved")]
    assert "browser/redirects_disallowed_robots" not in plain["stats"]
    assert "browser/moves_refused_robots" not in plain["stats"]


def set_cookies(head: StatusAndHeaders) -> list[tuple[str, str]]:
    return [(name, value) for name, value in head.headers if name.lower() == "set-cookie"]


@pytest.mark.pywb
@pytest.mark.parametrize("buffer", ["134217728", "0"], ids=["body-buffer", "no-body-buffer"])
def test_a_stopped_redirect_keeps_its_cookies_and_protocol(
    tmp_path: Path, pywb: Pywb, buffer: str
) -> None:
    """The stopped 302 is archived with each Set-Cookie line the server sent (DevTools' pause
    gives its headers without them), and the status line of the protocol it came in; pywb
    replays it so. The raw heads come from the body buffer's DevTools session, or (none) from
    the redirect guard's own."""
    starts = [("/story/cookie-hop", None), ("/story/old-hop", None), ("/story/chain", None)]
    run = crawl(tmp_path, [*starts, ("/story/noted", None)], BROWSER_BODY_BUFFER_SIZE=buffer)
    assert run["stats"]["browser/redirects_disallowed_robots"] == 3
    assert "browser/redirects_disallowed_robots/parsed_headers" not in run["stats"]
    assert [path for path, _ in run["asked"] if path.startswith("/private/")] == []
    cookie, old = run["heads"]["/story/cookie-hop"], run["heads"]["/story/old-hop"]
    assert (cookie.protocol, cookie.statusline) == ("HTTP/1.1", "302 Found")
    assert set_cookies(cookie) == COOKIES
    assert cookie.get_header("Location") == "/private/cookied"
    # a header's bytes that are no UTF-8 kept, one line not cut at a Unicode line break: read
    # back as the same header of a page the browser archived
    assert [(n, v) for n, v in cookie.headers if n == "X-Note"] == [
        (n, v) for n, v in run["heads"]["/story/noted"].headers if n == "X-Note"
    ]
    assert "caf" in (cookie.get_header("X-Note") or "")
    assert (old.protocol, old.statusline) == ("HTTP/1.0", "302 Found")
    assert [(n, v) for n, v in old.headers if n.lower() == "set-cookie"] == [
        ("Set-Cookie", "old=1")
    ]
    # the second redirect of a chain: its own head, not the first's
    assert set_cookies(run["heads"]["/story/chain-next"]) == [("Set-Cookie", "next=2")]
    prefix = pywb.add_collection(f"stopped-hops-{buffer}", run["warcs"]).removeprefix(pywb.base_url)
    stamp = re.sub(r"\D", "", run["dates"]["/story/cookie-hop"])[:14]
    replayed = pywb.fetch(f"{prefix}{stamp}id_/{run['origin']}/story/cookie-hop?0")
    assert replayed.status == 302
    assert replayed.headers.get_all("Set-Cookie") == [value for _, value in COOKIES]
