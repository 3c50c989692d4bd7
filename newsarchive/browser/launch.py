"""Chromium's command line: the user's PLAYWRIGHT_LAUNCH_OPTIONS args merged with the
switches the project needs, never one set replacing the other.

Scrapy replaces a dict setting whole: a user's own `PLAYWRIGHT_LAUNCH_OPTIONS` (another
Chromium, a flag of their own) lost the project's `--blink-settings=lazyLoadEnabled=false`,
and lazy images and embeds below the fold went unarchived. Chromium keeps only the last of
a repeated switch, so `--blink-settings` are merged into one (a key the user set keeps the
user's value), and so are `--disable-features` and `--enable-features` (Playwright's own
lists, the project's and the user's: a user's one feature switched off used to drop
Playwright's whole list, `HttpsUpgrades` and `NetworkTimeServiceQuerying` among them). The
guard's switches (proxy, WebRTC policy) come last and win.

A rendered crawl sends nothing of Chromium's own (QUIET_SWITCHES): measured through the
guard proxy on Chromium 156 with Playwright 1.65's defaults (`--disable-background-networking`,
`--disable-component-update` included), a local page still had the browser ask for
`update.googleapis.com` (an on-demand check for the Optimization Guide's on-device model
manifest, `ceofaddefefcbblgcgnibnonglccbfja`, which `--disable-component-update` does not
stop) and `accounts.google.com` (`/ListAccounts`, at every profile start, retried with
back-off). `--disable-features` of OptimizationGuideManifestBroker,
OptimizationGuideModelExecution, DIPS and `--allow-browser-signin=false` changed nothing;
pointing the component updater and GAIA at addresses Chromium never fetches did: no request
is made at all (tests/test_browser_own_traffic.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterable

BLINK_SETTINGS = "--blink-settings="
DISABLE_FEATURES = "--disable-features="
ENABLE_FEATURES = "--enable-features="
# loading="lazy" images and iframes load with the page, wherever they are on it
REQUIRED_BLINK_SETTINGS = {"lazyLoadEnabled": "false"}
# Playwright's own, given to a headless Chromium before the user's args (a mouse: pages
# see `(hover: hover)` and `(pointer: fine)`): the one merged `--blink-settings` replaced
# them, and every rendered page matched `(any-hover: none)`, as on a touch screen.
PLAYWRIGHT_HEADLESS_BLINK_SETTINGS = {
    "primaryHoverType": "2",
    "availableHoverTypes": "2",
    "primaryPointerType": "4",
    "availablePointerTypes": "4",
}
# WebRTC's UDP (STUN, TURN, mDNS) goes through no proxy: a rendered page's
# RTCPeerConnection sent STUN datagrams to whatever address it named, unchecked.
# With this policy WebRTC uses only connections through the proxy (TCP, checked).
WEBRTC_PROXIED = "--webrtc-ip-handling-policy=disable_non_proxied_udp"
PROXY_SERVER = "--proxy-server="
# Chromium's own traffic off, whatever `ignore_default_args` or the user's args drop
# (a user's own switch of the same name is kept instead).
QUIET_SWITCHES = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-field-trial-config",  # no variations seed, no field-trial experiments
    "--disable-sync",
    "--disable-domain-reliability",  # no beacons about Google hosts a page used
    "--metrics-recording-only",  # metrics never uploaded
    "--disable-breakpad",  # no crash upload
    "--no-first-run",
    "--no-default-browser-check",
    "--no-service-autorun",
    # On-demand components (the Optimization Guide's model manifest) are checked for
    # even with --disable-component-update: the updater's server is a URL it cannot
    # post to, and it sends nothing.
    "--component-updater=url-source=data:,",
    # GAIA (Google accounts) on a port Chromium refuses to connect to (ERR_UNSAFE_PORT,
    # before any socket): the ListAccounts call of every profile start goes nowhere.
    # A page's own requests to accounts.google.com are plain requests, unaffected.
    "--gaia-url=https://127.0.0.1:1",
)
# Playwright 1.65's own lists (chromiumSwitches.ts), given before the user's args: one
# `--disable-features` of ours or the user's would replace them, so they are repeated in
# the merged switch (tests/test_browser_launch.py reads them from the installed driver).
PLAYWRIGHT_DISABLED_FEATURES = (
    "AvoidUnnecessaryBeforeUnloadCheckSync",
    "DestroyProfileOnBrowserClose",
    "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable",
    "LensOverlay",
    "MediaRouter",
    "PaintHolding",
    "ThirdPartyStoragePartitioning",
    "AvoidCorsURLLoaderRestartOnRedirect",
    "TcpPortRandomizationWin",
    "OptimizationHints",
    "NetworkTimeServiceQuerying",
    "AimEnabled",
    "PreconnectToSearch",
    "msForceBrowserSignIn",
    "msEdgeUpdateLaunchServicesPreferredVersion",
)
PLAYWRIGHT_ENABLED_FEATURES = ("CDPScreenshotNewSurface", "SkipListAccountsWithoutGaiaCookies")
# Features the project switches off beyond Playwright's: a page's navigations looked up
# with Google (Safe Browsing's hash-prefix real-time lookups, through an OHTTP relay; not
# seen in the tests, which never navigate to a host Safe Browsing looks up).
DISABLED_FEATURES = ("SafeBrowsingHashPrefixRealTimeLookups",)


def _switch(arg: str) -> str:
    return arg.split("=", 1)[0]


def _feature(name: str) -> str:
    """A feature's name without its field trial or parameters (`F<Trial:p/v`)."""
    return name.split("<", 1)[0].split(":", 1)[0].strip()


def _blink_settings(args: Iterable[str]) -> dict[str, str]:
    """All `--blink-settings=k=v,...` of `args`, the last value of a key kept (as Chromium)."""
    found: dict[str, str] = {}
    for arg in args:
        if arg.startswith(BLINK_SETTINGS):
            for pair in arg.removeprefix(BLINK_SETTINGS).split(","):
                key, _, value = pair.partition("=")
                if key.strip():
                    found[key.strip()] = value.strip()
    return found


def _features(args: Iterable[str], prefix: str) -> list[str]:
    """The features of every `prefix` switch of `args`, in order."""
    return [
        name.strip()
        for arg in args
        if arg.startswith(prefix)
        for name in arg.removeprefix(prefix).split(",")
        if name.strip()
    ]


def _merged(names: Iterable[str], leaving: Iterable[str] = ()) -> list[str]:
    """`names` once each (by feature name, where first given, as last given), minus those
    in `leaving`."""
    left = {_feature(name) for name in leaving}
    kept: dict[str, str] = {}
    for name in names:
        if _feature(name) not in left:
            kept[_feature(name)] = name
    return list(kept.values())


def _playwright_enabled() -> tuple[str, ...]:
    if os.environ.get("PLAYWRIGHT_LEGACY_SCREENSHOT"):  # as Playwright decides it
        return tuple(f for f in PLAYWRIGHT_ENABLED_FEATURES if f != "CDPScreenshotNewSurface")
    return PLAYWRIGHT_ENABLED_FEATURES


def has_own_proxy(args: Iterable[str]) -> bool:
    """Whether the user's args name a proxy of their own (as `proxy` in the options would)."""
    return any(arg.startswith(PROXY_SERVER) for arg in args)


def chromium_args(
    user: Iterable[str], guard: Iterable[str] = (), headless: bool = False
) -> list[str]:
    """The quiet switches the user did not give, the user's args in their order, one
    `--blink-settings` holding the project's and theirs (a key they set keeps their value),
    one `--disable-features` (Playwright's, the project's, the user's; none the user
    enables), one `--enable-features` where the user gave one (Playwright's and theirs),
    then the `guard` switches, which replace a user's switch of the same name (the
    network guard is not optional). `headless`: Playwright gives its headless Blink
    settings, which the merged one keeps."""
    user, guard = list(user), list(guard)
    merged_here = (BLINK_SETTINGS, DISABLE_FEATURES, ENABLE_FEATURES)
    replaced = {_switch(arg) for arg in guard}
    given = {_switch(arg) for arg in user}
    quiet = [a for a in QUIET_SWITCHES if _switch(a) not in given and _switch(a) not in replaced]
    kept = [a for a in user if not a.startswith(merged_here) and _switch(a) not in replaced]
    playwrights = PLAYWRIGHT_HEADLESS_BLINK_SETTINGS if headless else {}
    blink = {**playwrights, **REQUIRED_BLINK_SETTINGS, **_blink_settings(user)}
    merged = [BLINK_SETTINGS + ",".join(f"{key}={value}" for key, value in blink.items())]
    enabled = _features(user, ENABLE_FEATURES)
    own = [*PLAYWRIGHT_DISABLED_FEATURES, *DISABLED_FEATURES, *_features(user, DISABLE_FEATURES)]
    merged.append(DISABLE_FEATURES + ",".join(_merged(own, leaving=enabled)))
    if enabled:
        merged.append(ENABLE_FEATURES + ",".join(_merged([*_playwright_enabled(), *enabled])))
    return [*quiet, *kept, *merged, *guard]


def kept_quiet(ignore_default_args: object) -> tuple[object, list[str]]:
    """A user's `ignore_default_args` without the quiet switches, and those taken out.

    Playwright drops each switch named there from the whole command line, the user's and
    the project's args included: `--disable-background-networking` named there had
    Chromium fetch translate.googleapis.com's language list for a page in French."""
    if not isinstance(ignore_default_args, list | tuple):
        return ignore_default_args, []  # True: Playwright adds none, our args are kept
    quiet = {_switch(arg) for arg in QUIET_SWITCHES}
    taken = [arg for arg in ignore_default_args if _switch(str(arg)) in quiet]
    return [arg for arg in ignore_default_args if arg not in taken], taken
