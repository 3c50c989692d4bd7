"""Chromium's args: the user's PLAYWRIGHT_LAUNCH_OPTIONS args merged with the project's
(newsarchive.browser.launch), table-driven; a crawl with a user's own options is in
tests/test_browser_lazy.py."""

from __future__ import annotations

import pytest

from newsarchive.browser.launch import WEBRTC_PROXIED, chromium_args, has_own_proxy
from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS

GUARD = ["--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>", WEBRTC_PROXIED]
EAGER = "--blink-settings=lazyLoadEnabled=false"


@pytest.mark.parametrize(
    ("user", "guard", "expected"),
    [
        ([], [], [EAGER]),
        (["--no-sandbox"], GUARD, ["--no-sandbox", EAGER, *GUARD]),
        # one --blink-settings (Chromium keeps the last one only), the user's keys kept
        (
            ["--blink-settings=imagesEnabled=true", "--mute-audio"],
            [],
            ["--mute-audio", "--blink-settings=lazyLoadEnabled=false,imagesEnabled=true"],
        ),
        (
            ["--blink-settings=a=1", "--blink-settings=b=2,a=3"],
            [],
            ["--blink-settings=lazyLoadEnabled=false,a=3,b=2"],
        ),
        # a user who asks for lazy loading gets it
        (["--blink-settings=lazyLoadEnabled=true"], [], ["--blink-settings=lazyLoadEnabled=true"]),
        # the guard's switches replace a user's of the same name
        (
            ["--webrtc-ip-handling-policy=default", "--proxy-bypass-list=*"],
            GUARD,
            [EAGER, *GUARD],
        ),
        ([EAGER, "--no-first-run"], [WEBRTC_PROXIED], ["--no-first-run", EAGER, WEBRTC_PROXIED]),
    ],
)
def test_chromium_args_merge_the_users_and_the_projects(
    user: list[str], guard: list[str], expected: list[str]
) -> None:
    assert chromium_args(user, guard) == expected


def test_the_projects_own_options_keep_their_args() -> None:
    args = chromium_args(PLAYWRIGHT_LAUNCH_OPTIONS["args"], [WEBRTC_PROXIED])
    assert args[: len(PLAYWRIGHT_LAUNCH_OPTIONS["args"])] == PLAYWRIGHT_LAUNCH_OPTIONS["args"]
    assert args[-2:] == [EAGER, WEBRTC_PROXIED]


@pytest.mark.parametrize(
    ("args", "own"),
    [([], False), (["--proxy-server=socks5://127.0.0.1:1080"], True), (["--proxy-x"], False)],
)
def test_a_proxy_in_the_users_args_is_their_own(args: list[str], own: bool) -> None:
    assert has_own_proxy(args) is own
