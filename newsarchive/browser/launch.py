"""Chromium's command line: the user's PLAYWRIGHT_LAUNCH_OPTIONS args merged with the
switches the project needs, never one set replacing the other.

Scrapy replaces a dict setting whole: a user's own `PLAYWRIGHT_LAUNCH_OPTIONS` (another
Chromium, a flag of their own) lost the project's `--blink-settings=lazyLoadEnabled=false`,
and lazy images and embeds below the fold went unarchived. Chromium keeps only the last of
a repeated switch, so `--blink-settings` are merged into one (a key the user set keeps the
user's value); the guard's switches (proxy, WebRTC policy) come last and win.
"""

from __future__ import annotations

from collections.abc import Iterable

BLINK_SETTINGS = "--blink-settings="
# loading="lazy" images and iframes load with the page, wherever they are on it
REQUIRED_BLINK_SETTINGS = {"lazyLoadEnabled": "false"}
# WebRTC's UDP (STUN, TURN, mDNS) goes through no proxy: a rendered page's
# RTCPeerConnection sent STUN datagrams to whatever address it named, unchecked.
# With this policy WebRTC uses only connections through the proxy (TCP, checked).
WEBRTC_PROXIED = "--webrtc-ip-handling-policy=disable_non_proxied_udp"
PROXY_SERVER = "--proxy-server="


def _switch(arg: str) -> str:
    return arg.split("=", 1)[0]


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


def has_own_proxy(args: Iterable[str]) -> bool:
    """Whether the user's args name a proxy of their own (as `proxy` in the options would)."""
    return any(arg.startswith(PROXY_SERVER) for arg in args)


def chromium_args(user: Iterable[str], guard: Iterable[str] = ()) -> list[str]:
    """The user's args in their order, one `--blink-settings` holding the project's and
    theirs (a key they set keeps their value), then the `guard` switches, which replace a
    user's switch of the same name (the network guard is not optional)."""
    user, guard = list(user), list(guard)
    replaced = {_switch(arg) for arg in guard}
    kept = [a for a in user if not a.startswith(BLINK_SETTINGS) and _switch(a) not in replaced]
    blink = {**REQUIRED_BLINK_SETTINGS, **_blink_settings(user)}
    merged = BLINK_SETTINGS + ",".join(f"{key}={value}" for key, value in blink.items())
    return [*kept, merged, *guard]
