"""A rendered page whose scripts move it round in a loop (A -> B -> A -> ...) is stopped and
read where it stands (real Chromium, a real Scrapy crawl of a local server that counts what
it is asked).

Chromium follows a script's `location.replace` however often it comes back: such a page
moved until its rendering ended, asking the server again and again, and each document it
left before its body was read gave a `body gone` warning (~1,400 a page). Now a page's third
move to one address (or its 21st move in all) is refused: one WARNING line a page
(`browser/move_loops`), the page read where it stands (one whose move came as it was parsed,
its parse aborted, is dropped at once as a disallowed move is); a page that goes to a consent
page and back (A twice) lands as before."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from email.message import Message
from typing import Any

import pytest

from tests.browserserver import Answer, crawl_rendered, serving
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

PAGE = (
    "<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title></head>"
    "<body><article><h1>{title}</h1><p>A story of its own.</p></article>{script}</body></html>"
)


def page(title: str, script: str = "") -> bytes:
    return PAGE.format(title=title, script=f"<script>{script}</script>" if script else "").encode()


PAGES = {
    "/loop/a": page("Loop A", "location.replace('/loop/b')"),
    "/loop/b": page("Loop B", "location.replace('/loop/a')"),
    # the same, each page moving once loaded
    "/round/a": page("Round A", "addEventListener('load', () => location.replace('/round/b'))"),
    "/round/b": page("Round B", "addEventListener('load', () => location.replace('/round/a'))"),
    # a consent round: A sends its reader to the consent page once, which sends them back
    "/consent/a": page(
        "Consented",
        "if (!sessionStorage.seen) { sessionStorage.seen = 1; location.replace('/consent/ask'); }",
    ),
    "/consent/ask": page("Consent", "location.replace('/consent/a')"),
}
STARTS = ["/loop/a", "/round/a", "/consent/a"]


@contextlib.contextmanager
def counting_origin() -> Iterator[tuple[str, Counter[str]]]:
    asked: Counter[str] = Counter()

    def answer(path: str, headers: Message) -> Answer:
        asked[path] += 1
        body = PAGES.get(path)
        html = [("Content-Type", "text/html; charset=utf-8")]
        return Answer(200 if body else 404, html, body or b"")

    with serving(answer) as origin:
        yield origin, asked


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("loops")
    with counting_origin() as (origin, asked):
        starts = [origin + path for path in STARTS]
        crawled = crawl_rendered(out, starts, [origin], RETRY_TIMES="0", BROWSER_PAGE_TIMEOUT="120")
        counted = Counter(asked)
    return {
        "stats": crawled.stats,
        "log": crawled.log,
        "items": sorted((i["url"].replace(origin, ""), i["title"]) for i in crawled.items),
        "asked": counted,
    }


def test_a_page_moving_round_is_stopped_and_said_once(run: dict[str, Any]) -> None:
    lines = [line for line in run["log"].splitlines() if "moves round in a loop" in line]
    assert len(lines) == 2 and all("WARNING" in line for line in lines), lines
    assert sum("/loop/" in line for line in lines) == sum("/round/" in line for line in lines) == 1
    assert run["stats"]["browser/move_loops"] == 2
    assert run["stats"]["browser/moves_refused_loop"] >= 2
    # each address asked by the browser twice at most, and once more fetched plainly (left)
    for path in ("/loop/a", "/loop/b", "/round/a", "/round/b"):
        assert run["asked"][path] <= 3, run["asked"]
    assert "browser/page_timeout" not in run["stats"]
    assert "log_count/ERROR" not in run["stats"]  # no navigation timed out


def test_no_body_gone_warnings(run: dict[str, Any]) -> None:
    assert "body gone" not in run["log"]


def test_the_loop_page_is_read_where_it_stands_and_a_consent_round_lands(
    run: dict[str, Any],
) -> None:
    assert [item for item in run["items"] if item[0].startswith("/loop/")] == []  # dropped
    loop = [item for item in run["items"] if item[0].startswith("/round/")]
    assert loop in ([("/round/a", "Round A")], [("/round/b", "Round B")]), run["items"]
    assert ("/consent/a", "Consented") in run["items"]
    assert run["asked"]["/consent/ask"] <= 2  # the browser's, and a plain fetch of it (left)
