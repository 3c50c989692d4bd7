"""Pure parts of newsarchive.browser: what a spider may ask for, settings, host blocking."""

from __future__ import annotations

import pytest
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsarchive.browser.config import DEFAULT_SHOW_MORE_SELECTORS, BrowserConfig
from newsarchive.browser.exchange import is_archivable, record_protocol
from newsarchive.browser.handler import HostBlocker
from newsarchive.browser.hops import served_head
from newsarchive.browser.render import RenderSpec, render_spec


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (False, None),
        (True, RenderSpec()),
        ("page", RenderSpec()),
        ("listing", RenderSpec(listing=True)),
        ({}, RenderSpec(listing=True)),
        ({"show_more": "#more"}, RenderSpec(listing=True, show_more=("#more",))),
        ({"show_more": ["#a", ".b"]}, RenderSpec(listing=True, show_more=("#a", ".b"))),
        ({"scroll": True}, RenderSpec(listing=True, scroll=True)),
        ({"show_more": None, "scroll": 1}, RenderSpec(listing=True, scroll=True)),
    ],
)
def test_render_spec_accepts(value: object, expected: RenderSpec | None) -> None:
    assert render_spec(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("yes", "must be True"),
        (1.5, "must be True"),
        ({"clicks": 3}, "unknown keys"),
        ({"show_more": 3}, "selector or a list"),
        ({"show_more": ["#a", 2]}, "selector or a list"),
    ],
)
def test_render_spec_rejects_with_a_reason(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        render_spec(value)


def test_config_defaults_and_overrides() -> None:
    assert BrowserConfig.from_settings(Settings()) == BrowserConfig()
    config = BrowserConfig.from_settings(
        Settings(
            {
                "BROWSER_MAX_CLICKS": "3",
                "BROWSER_SHOW_MORE_SELECTORS": "#more,.load",
                "BROWSER_SCREENSHOT": "1",
            }
        )
    )
    assert config.max_clicks == 3
    assert config.show_more_selectors == ("#more", ".load")
    assert config.screenshot is True
    assert BrowserConfig().show_more_selectors == DEFAULT_SHOW_MORE_SELECTORS


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("BROWSER_MAX_CLICKS", -1, "MAX_CLICKS"),
        ("BROWSER_MAX_SCROLLS", -2, "MAX_SCROLLS"),
        ("BROWSER_ACTION_TIMEOUT", 0, "ACTION_TIMEOUT"),
        ("BROWSER_QUIET_TIMEOUT", -1, "QUIET_TIMEOUT"),
        ("BROWSER_LAZY_SCROLL_STEPS", -1, "LAZY_SCROLL_STEPS"),
        ("BROWSER_LAZY_SCROLL_TIME", 0, "LAZY_SCROLL_TIME"),
        ("BROWSER_PAGE_TIMEOUT", 0, "PAGE_TIMEOUT=0 is out of range"),
        ("BROWSER_QUIET_TIMEOUT", 0, "QUIET_TIMEOUT=0 is out of range"),
        ("BROWSER_SETTLE_TIME", -0.5, "SETTLE_TIME=-0.5 is out of range"),
    ],
)
def test_config_rejects_bad_values(name: str, value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        BrowserConfig.from_settings(Settings({name: value}))


def test_a_settle_time_of_0_means_no_debounce() -> None:
    """`BROWSER_SETTLE_TIME=0`: a page is quiet as soon as no request is open (it was
    refused, with checks.py allowing it)."""
    assert BrowserConfig.from_settings(Settings({"BROWSER_SETTLE_TIME": 0})).settle_time == 0


def test_project_settings_give_a_valid_config() -> None:
    from newsarchive import settings as project

    # Settings alone: a crawler would build (and open) every project component.
    settings = Settings({k: getattr(project, k) for k in dir(project) if k.isupper()})
    config = BrowserConfig.from_settings(settings)
    assert config.max_clicks == project.BROWSER_MAX_CLICKS
    assert (config.lazy_scroll_steps, config.lazy_scroll_time) == (50, 30.0)
    assert project.PLAYWRIGHT_LAUNCH_OPTIONS["executable_path"] == "/usr/bin/chromium"


@pytest.mark.parametrize(
    ("url", "blocked"),
    [
        ("https://doubleclick.net/x.js", True),
        ("https://securepubads.g.doubleclick.net/tag/js/gpt.js", True),
        ("https://www.google-analytics.com/analytics.js", True),
        ("https://notdoubleclick.net/x.js", False),
        ("https://doubleclick.net.example.org/x.js", False),
        ("http://127.0.0.1:8080/static/app.js", False),
        ("data:text/plain,hi", False),
    ],
)
def test_host_blocker_matches_hosts_and_subdomains(url: str, blocked: bool) -> None:
    blocker = HostBlocker(
        ["doubleclick.net", "google-analytics.com", " "], MemoryStatsCollector(get_crawler())
    )
    assert blocker.blocks(url) is blocked


@pytest.mark.parametrize(
    ("url", "archived"),
    [
        ("http://a.example/x", True),
        ("HTTPS://a.example/x", True),
        ("data:image/png;base64,AAAA", False),
        ("blob:http://a.example/1", False),
        ("chrome-extension://abc/x.js", False),
    ],
)
def test_only_http_exchanges_are_archived(url: str, archived: bool) -> None:
    assert is_archivable(url) is archived


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (  # HTTP/1.0 raw text: its protocol, each cookie a line, a folded line joined
            {
                "headersText": "HTTP/1.0 302 Found\r\nLocation: /a\r\nSet-Cookie: a=1\r\n"
                "Set-Cookie: b=2, 3;\r\n Path=/\r\n\r\n",
                "headers": {"Location": "/a", "Set-Cookie": "a=1\nb=2, 3; Path=/"},
            },
            (
                "HTTP/1.0",
                [("Location", "/a"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2, 3; Path=/")],
            ),
        ),
        (  # as Chromium 156 reports bytes that are no UTF-8 (e9, 85: dropped from the text, kept
            # in the list as every browser record has them) and a UTF-8 NEL / LINE SEPARATOR in a
            # value (no line break: one header, not cut in two)
            {
                "headersText": "HTTP/1.1 302 Found\r\nLocation: /a\r\nX-Note: caf  end\r\n"
                "X-Sep: a\u2028b\x85c\r\nX-A: 1\r\nX-A: 2\r\n\r\n",
                "headers": {
                    "Location": "/a",
                    "X-Note": "caf\xe9 \u2026 end",
                    "X-Sep": "a\xe2\u20ac\xa8b\xc2\u2026c",
                    "X-A": "1\n2",
                },
            },
            (
                "HTTP/1.1",
                [
                    ("Location", "/a"),
                    ("X-Note", "caf\xe9 \u2026 end"),
                    ("X-Sep", "a\xe2\u20ac\xa8b\xc2\u2026c"),
                    ("X-A", "1"),
                    ("X-A", "2"),
                ],
            ),
        ),
        (  # a line the list does not give as many times: the text's own
            {
                "headersText": "HTTP/1.1 302\r\nLocation: /a\r\nX-Sep: a\u2028b\r\n\r\n",
                "headers": {"Location": "/a"},
            },
            ("HTTP/1.1", [("Location", "/a"), ("X-Sep", "a\u2028b")]),
        ),
        (  # no raw text (HTTP/2): the list, newline-joined values one line each, no pseudo-headers
            {"headers": {":status": "302", "location": "/a", "set-cookie": "a=1\nb=2"}},
            ("HTTP/1.1", [("location", "/a"), ("set-cookie", "a=1"), ("set-cookie", "b=2")]),
        ),
    ],
)
def test_a_stopped_redirects_head_is_read_as_served(
    extra: dict[str, object], expected: tuple[str, list[tuple[str, str]]]
) -> None:
    assert served_head(extra) == expected


@pytest.mark.parametrize(
    ("reported", "protocol"),
    [("http/1.0", "HTTP/1.0"), ("http/1.1", "HTTP/1.1"), ("h2", "HTTP/1.1"), ("h3", "HTTP/1.1")],
)
def test_browser_records_say_http_1(reported: str, protocol: str) -> None:
    assert record_protocol(reported) == protocol
