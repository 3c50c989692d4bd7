"""Chromium's args: the user's PLAYWRIGHT_LAUNCH_OPTIONS args merged with the project's
(newsarchive.browser.launch), table-driven; a crawl with a user's own options is in
tests/test_browser_lazy.py, what Chromium sends of its own in tests/test_browser_own_traffic.py."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import playwright
import pytest
from playwright.async_api import async_playwright

from newsarchive.browser.launch import (
    DISABLED_FEATURES,
    PLAYWRIGHT_DISABLED_FEATURES,
    PLAYWRIGHT_ENABLED_FEATURES,
    QUIET_SWITCHES,
    WEBRTC_PROXIED,
    chromium_args,
    has_own_proxy,
    kept_quiet,
)
from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.test_browser_drive import CHROMIUM

GUARD = ["--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>", WEBRTC_PROXIED]
EAGER = "--blink-settings=lazyLoadEnabled=false"
QUIET = list(QUIET_SWITCHES)
OFF = ",".join([*PLAYWRIGHT_DISABLED_FEATURES, *DISABLED_FEATURES])
FEATURES_OFF = f"--disable-features={OFF}"


@pytest.mark.parametrize(
    ("user", "guard", "expected"),
    [
        ([], [], [*QUIET, EAGER, FEATURES_OFF]),
        (["--no-sandbox"], GUARD, [*QUIET, "--no-sandbox", EAGER, FEATURES_OFF, *GUARD]),
        # one --blink-settings (Chromium keeps the last one only), the user's keys kept
        (
            ["--blink-settings=imagesEnabled=true", "--mute-audio"],
            [],
            [
                *QUIET,
                "--mute-audio",
                "--blink-settings=lazyLoadEnabled=false,imagesEnabled=true",
                FEATURES_OFF,
            ],
        ),
        (
            ["--blink-settings=a=1", "--blink-settings=b=2,a=3"],
            [],
            [*QUIET, "--blink-settings=lazyLoadEnabled=false,a=3,b=2", FEATURES_OFF],
        ),
        # a user who asks for lazy loading gets it
        (
            ["--blink-settings=lazyLoadEnabled=true"],
            [],
            [*QUIET, "--blink-settings=lazyLoadEnabled=true", FEATURES_OFF],
        ),
        # the guard's switches replace a user's of the same name
        (
            ["--webrtc-ip-handling-policy=default", "--proxy-bypass-list=*"],
            GUARD,
            [*QUIET, EAGER, FEATURES_OFF, *GUARD],
        ),
        (
            [EAGER, "--no-first-run"],
            [WEBRTC_PROXIED],
            [
                *[q for q in QUIET if q != "--no-first-run"],
                "--no-first-run",
                EAGER,
                FEATURES_OFF,
                WEBRTC_PROXIED,
            ],
        ),
        # a quiet switch the user gives is theirs (Chromium keeps the last of a name)
        (
            ["--gaia-url=https://accounts.example"],
            [],
            [
                *[q for q in QUIET if not q.startswith("--gaia-url=")],
                "--gaia-url=https://accounts.example",
                EAGER,
                FEATURES_OFF,
            ],
        ),
        # the user's features join Playwright's and the project's in one switch; a feature
        # they enable is not disabled, and Playwright's enabled ones are kept beside theirs
        (
            ["--disable-features=Translate,MediaRouter", "--disable-features=Foo:p/1"],
            [],
            [*QUIET, EAGER, f"{FEATURES_OFF},Translate,Foo:p/1"],
        ),
        (
            ["--enable-features=MediaRouter,Bar"],
            [],
            [
                *QUIET,
                EAGER,
                FEATURES_OFF.replace("MediaRouter,", ""),
                "--enable-features=" + ",".join([*PLAYWRIGHT_ENABLED_FEATURES, "MediaRouter,Bar"]),
            ],
        ),
    ],
)
def test_chromium_args_merge_the_users_and_the_projects(
    user: list[str], guard: list[str], expected: list[str]
) -> None:
    assert chromium_args(user, guard) == expected


def test_the_projects_own_options_keep_their_args() -> None:
    args = chromium_args(PLAYWRIGHT_LAUNCH_OPTIONS["args"], [WEBRTC_PROXIED])
    own = PLAYWRIGHT_LAUNCH_OPTIONS["args"]
    assert [a for a in args if a in own] == own
    assert args[-3:] == [EAGER, FEATURES_OFF, WEBRTC_PROXIED]


@pytest.mark.parametrize(
    ("args", "own"),
    [([], False), (["--proxy-server=socks5://127.0.0.1:1080"], True), (["--proxy-x"], False)],
)
def test_a_proxy_in_the_users_args_is_their_own(args: list[str], own: bool) -> None:
    assert has_own_proxy(args) is own


@pytest.mark.parametrize(
    ("ignore", "kept", "taken"),
    [
        (True, True, []),
        (["--mute-audio"], ["--mute-audio"], []),
        (
            ["--disable-background-networking", "--hide-scrollbars", "--no-first-run"],
            ["--hide-scrollbars"],
            ["--disable-background-networking", "--no-first-run"],
        ),
    ],
)
def test_ignore_default_args_keeps_the_quiet_switches(
    ignore: object, kept: object, taken: list[str]
) -> None:
    assert kept_quiet(ignore) == (kept, taken)


def _playwright_list(name: str) -> list[str]:
    """A feature list of the installed Playwright's Chromium switches (its bundled JS)."""
    bundle = Path(playwright.__file__).parent / "driver" / "package" / "lib" / "coreBundle.js"
    text = bundle.read_text(encoding="utf-8")
    found = re.search(rf"{name} = (?:\(\) => )?\[(.*?)\]\.filter", text, re.DOTALL)
    assert found is not None, f"no {name} in {bundle}: Playwright changed how it lists them"
    body = re.sub(r"//[^\n]*", "", found.group(1))
    return re.findall(r'"([A-Za-z0-9]+)"', body)


def test_playwrights_feature_lists_are_the_ones_repeated() -> None:
    """An upgrade of Playwright that changes its lists fails here: they are repeated in the
    one merged switch, which replaces Playwright's own."""
    assert _playwright_list("disabledFeatures") == list(PLAYWRIGHT_DISABLED_FEATURES)
    assert _playwright_list("enabledFeatures") == list(PLAYWRIGHT_ENABLED_FEATURES)


HOVER = "--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,"


@pytest.mark.parametrize(
    ("user", "expected"),
    [
        ([], f"{HOVER}availablePointerTypes=4,lazyLoadEnabled=false"),
        (
            ["--blink-settings=primaryPointerType=2,imagesEnabled=true"],
            "--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=2,"
            "availablePointerTypes=4,lazyLoadEnabled=false,imagesEnabled=true",
        ),
    ],
)
def test_a_headless_launch_keeps_playwrights_blink_settings(user: list[str], expected: str) -> None:
    assert [a for a in chromium_args(user, headless=True) if a.startswith("--blink")] == [expected]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}")
def test_a_rendered_page_sees_a_mouse() -> None:
    """Playwright's headless Chromium emulates a mouse through --blink-settings; the
    project's one merged switch replaced it, and pages matched `(any-hover: none)`."""

    async def media(headless_settings: bool) -> list[bool]:
        options = {**PLAYWRIGHT_LAUNCH_OPTIONS}
        options["args"] = chromium_args(options["args"], headless=headless_settings)
        async with async_playwright() as p:
            browser = await p.chromium.launch(**options)
            page = await browser.new_page()
            found = await page.evaluate(
                "['(hover: hover)', '(pointer: fine)', '(any-hover: none)']"
                ".map(q => matchMedia(q).matches)"
            )
            await browser.close()
        return [bool(x) for x in found]

    assert asyncio.run(media(True)) == [True, True, False]
    assert asyncio.run(media(False)) == [False, False, True]  # as it was
