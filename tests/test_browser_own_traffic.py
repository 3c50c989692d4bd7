"""A rendered crawl sends nothing of Chromium's own: the guard proxy is asked only for the
hosts the crawled pages asked for (real Chromium, real crawl, a local page).

Chromium 156 with Playwright's defaults (`--disable-background-networking` and
`--disable-component-update` among them) still asked the proxy for `update.googleapis.com`
(CONNECT, then a plain POST to /service/update2/json) and `accounts.google.com` (ListAccounts,
retried) within 3 s of its start. There is no network here: such a request reaches nothing,
but the proxy is asked all the same, and every host it is asked for is in its debug log.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.plugins.crawling import (
    LOCAL_SPEED,
    allow_origin,
    parse_stats,
    run_scrapy_here,
    side_by_side,
)
from tests.plugins.page_origin import answering_origin
from tests.test_browser_drive import CHROMIUM
from tests.test_browser_redirect_loop import SPIDER

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

ASKED = re.compile(r"browser proxy asked: (\S+) (\S+)$", re.MULTILINE)
# a page in French (what a browser offers to translate), its picture slow to come, so
# Chromium lives some seconds past its start with the page open
PAGE = (
    "<!doctype html><html lang=fr><title>Le quotidien</title><h1>La réforme votée</h1>"
    + "<p>Les députés ont adopté mardi soir le texte, après trois jours de débats. " * 20
    + "<img src=/slow.png alt=''></html>"
).encode()
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
# A user's own launch options: none of the project's quiet switches, a feature list of
# their own (one --disable-features replaced Playwright's list whole), and Playwright told
# to leave out two of its defaults
USERS_OWN = {
    "executable_path": str(CHROMIUM),
    "args": ["--headless=new", "--no-sandbox", "--disable-features=Translate"],
    "ignore_default_args": ["--disable-background-networking", "--disable-component-update"],
}


# A page loading Google's sign-in script: a service host the page asked for itself
SIGNIN_PAGE = (
    b"<!doctype html><html lang=en><title>Sign in</title><h1>Members</h1>"
    b"<script async src=https://accounts.google.com/gsi/client></script></html>"
)
# A user's own args undoing a quiet switch: GAIA back at Google, its ListAccounts sent
USERS_GAIA = {**USERS_OWN, "args": ["--headless=new", "--gaia-url=https://accounts.google.com"]}


def answer(path: str) -> tuple[int, Mapping[str, str], bytes]:
    if path == "/story":
        return 200, {"Content-Type": "text/html; charset=utf-8"}, PAGE
    if path == "/signin":
        return 200, {"Content-Type": "text/html; charset=utf-8"}, SIGNIN_PAGE
    if path == "/slow.png":
        time.sleep(4)
        return 200, {"Content-Type": "image/png"}, PIXEL
    return 404, {"Content-Type": "text/plain"}, b"none"


def crawl(out: Path, path: str = "/story", **settings: str) -> dict[str, Any]:
    spider = out / "render_some.py"
    spider.write_text(SPIDER, encoding="utf-8")
    with answering_origin(answer) as origin:
        command = [sys.executable, "-m", "scrapy", "runspider", str(spider)]
        merged = {
            **LOCAL_SPEED,
            "LOG_LEVEL": "DEBUG",  # the proxy's "asked" lines
            "WARC_DIR": str(out / "warc"),
            "STATE_ENABLED": "0",
            "REPORT_ENABLED": "0",
            "NETWORK_ALLOWED": allow_origin(origin),
            **settings,
        }
        for name, value in merged.items():
            command += ["-s", f"{name}={value}"]
        command += ["-a", f"urls={origin}{path}", "-O", f"{out / 'items.jsonl'}:jsonlines"]
        done = run_scrapy_here(command, timeout=300)
    asked = [(method, target) for method, target in ASKED.findall(done.stderr)]
    return {"origin": origin, "done": done, "stats": parse_stats(done.stderr), "asked": asked}


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    return side_by_side(
        {
            "project": partial(crawl, tmp_path_factory.mktemp("project")),
            "users_own": partial(
                crawl,
                tmp_path_factory.mktemp("users-own"),
                PLAYWRIGHT_LAUNCH_OPTIONS=json.dumps(USERS_OWN),
            ),
            "users_gaia": partial(
                crawl,
                tmp_path_factory.mktemp("users-gaia"),
                PLAYWRIGHT_LAUNCH_OPTIONS=json.dumps(USERS_GAIA),
            ),
            "signin": partial(crawl, tmp_path_factory.mktemp("signin"), "/signin"),
        }
    )


@pytest.mark.parametrize("options", ["project", "users_own"])
def test_the_proxy_is_asked_only_for_the_pages_host(
    crawls: dict[str, dict[str, Any]], options: str
) -> None:
    run = crawls[options]
    done, stats = run["done"], run["stats"]
    assert stats.get("item_scraped_count") == 1, done.stderr[-3000:]
    page_host = urlsplit(run["origin"]).netloc
    assert ("GET", page_host) in run["asked"]  # the proxy's log is read: the page is in it
    assert stats.get("browser/exchanges/image") == 1, stats  # the browser lived past the slow image
    others = sorted({target for _, target in run["asked"] if target != page_host})
    assert others == [], run["asked"]


def test_chromiums_own_service_is_refused_when_a_switch_is_undone(
    crawls: dict[str, dict[str, Any]],
) -> None:
    """The guard proxy's second fence (newsarchive.network.browser_own)."""
    run = crawls["users_gaia"]
    assert run["stats"].get("item_scraped_count") == 1, run["done"].stderr[-3000:]
    assert ("CONNECT", "accounts.google.com:443") in run["asked"]  # ListAccounts, sent again
    assert run["stats"].get("network/refused/browser_own", 0) >= 1, run["stats"]
    assert "Chromium's own service, asked by no page" in run["done"].stderr


def test_a_service_host_the_page_asks_for_is_the_pages(crawls: dict[str, dict[str, Any]]) -> None:
    run = crawls["signin"]
    assert run["stats"].get("item_scraped_count") == 1, run["done"].stderr[-3000:]
    assert ("CONNECT", "accounts.google.com:443") in run["asked"]  # the page's script
    assert run["stats"].get("network/refused/browser_own", 0) == 0, run["stats"]
