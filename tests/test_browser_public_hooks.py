"""What the browser handler takes from scrapy-playwright: public hooks where there are
any, and the few private names it still needs, each failing here by name when an upgrade
renames it (scrapy-playwright 0.0.48, Playwright 1.65).

Replaced by public hooks: `_create_browser_context` (service workers blocked: context
kwargs in the request's `playwright_context_kwargs` and in PLAYWRIGHT_CONTEXTS),
`_create_page` and `_apply_page_methods` (the bounded close, the driving and the settled
read: installed on the page by the page init callback). Still private: not launching at
engine start (`_maybe_launch_in_thread`), launching at the first rendered request
(`_launch`), a lost page's place (`context_wrappers`, `BrowserContextWrapper.semaphore`),
the launch options (`config`), and Playwright's `Page._on_close` (handler.close_event).
"""

from __future__ import annotations

import inspect
import json
import sys
from pathlib import Path

import pytest
from playwright._impl.page import Page as PageImpl
from scrapy_playwright.handler import (
    BrowserContextWrapper,
    Config,
    ScrapyPlaywrightDownloadHandler,
)

from newsarchive.browser.handler import ON_CLOSE, BrowserDownloadHandler
from tests.plugins.crawling import LOCAL_SPEED, allow_origin, parse_stats, run_scrapy_here
from tests.plugins.page_origin import page_origin
from tests.test_browser_drive import CHROMIUM
from tests.test_browser_lazy import PAGES as LAZY_PAGES

# scrapy-playwright's private methods the handler overrides (nothing else of theirs)
OVERRIDDEN = {"_maybe_launch_in_thread"}
PARENT_SOURCE = inspect.getsource(ScrapyPlaywrightDownloadHandler)


def test_only_the_listed_private_methods_are_overridden() -> None:
    ours = {
        name
        for name, value in vars(BrowserDownloadHandler).items()
        if name.startswith("_") and not name.startswith("__") and callable(value)
    }
    assert ours & set(dir(ScrapyPlaywrightDownloadHandler)) == OVERRIDDEN


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("_maybe_launch_in_thread", "connected to engine_started: overridden to launch later"),
        ("_launch", "called at the first rendered request"),
    ],
)
def test_the_private_methods_used_are_still_there(name: str, why: str) -> None:
    method = getattr(ScrapyPlaywrightDownloadHandler, name, None)
    assert inspect.iscoroutinefunction(method), f"scrapy-playwright has no {name}: {why}"
    assert list(inspect.signature(method).parameters) == ["self"], name


def test_the_engine_started_signal_still_launches_through_the_overridden_method() -> None:
    assert "self._maybe_launch_in_thread, signals.engine_started" in PARENT_SOURCE


def test_the_private_attributes_used_are_still_there() -> None:
    assert "self.context_wrappers: Dict[str, BrowserContextWrapper]" in PARENT_SOURCE
    assert "semaphore" in BrowserContextWrapper.__dataclass_fields__
    fields = set(Config.__dataclass_fields__)
    assert {"launch_options", "cdp_url", "connect_url", "startup_context_kwargs"} <= fields
    assert callable(getattr(PageImpl, ON_CLOSE, None)), f"Playwright's Page has no {ON_CLOSE}"


# the lazy article, saying whether a popup it opens is refused (ours: window.open is null)
POPUP_JS = b"<script>document.body.dataset.popup = String(window.open('/embed') === null)</script>"
PAGES = {
    **LAZY_PAGES,
    "/story": (
        LAZY_PAGES["/story"][0],
        LAZY_PAGES["/story"][1].replace(b"</body>", POPUP_JS + b"</body>"),
    ),
}
SPIDER = """
from scrapy import Request, Spider


async def mark(page, request):
    await page.add_init_script(
        "addEventListener('DOMContentLoaded', () => document.body.dataset.spider = 'init')"
    )


class OwnInit(Spider):
    name = "own-init"

    def __init__(self, url="", **kwargs):
        super().__init__(**kwargs)
        self.url = url

    async def start(self):
        meta = {"newsarchive_render": True, "playwright_page_init_callback": mark}
        yield Request(self.url, meta=meta, callback=self.parse)

    def parse(self, response):
        body = response.body
        yield {"marked": b'data-spider="init"' in body, "refused": b'data-popup="true"' in body}
"""


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}")
def test_a_spiders_own_page_init_callback_runs_beside_ours(tmp_path: Path) -> None:
    """Its callback ran instead of ours (no popups refused, no body buffer, no held read);
    now both run, and the page is driven (scrolled through) before it is read."""
    spider = tmp_path / "own_init.py"
    spider.write_text(SPIDER, encoding="utf-8")
    items = tmp_path / "items.jsonl"
    with page_origin(PAGES, "HTTP/1.1") as origin:
        command = [sys.executable, "-m", "scrapy", "runspider", str(spider)]
        command += ["-a", f"url={origin}/story", "-O", f"{items}:jsonlines"]
        settings = {
            **LOCAL_SPEED,
            "WARC_DIR": str(tmp_path / "warc"),
            "STATE_ENABLED": "0",
            "REPORT_ENABLED": "0",
            "NETWORK_ALLOWED": allow_origin(origin),
            "RETRY_TIMES": "0",
            "PLAYWRIGHT_CONTEXTS": json.dumps({"default": {}}),
        }
        for name, value in settings.items():
            command += ["-s", f"{name}={value}"]
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    got = [json.loads(line) for line in items.read_text().splitlines()]
    assert got == [{"marked": True, "refused": True}], got
    stats = parse_stats(done.stderr)
    assert stats.get("browser/lazy_scroll/pages") == 1  # driven: RenderMiddleware's finish ran
    assert stats.get("browser/resources/dom") == 1
    assert "Page init callback exception" not in done.stderr
