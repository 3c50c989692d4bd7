"""`python -m newsarchive check SITE`: a short live check of a site profile before scheduling it.

    python -m newsarchive check foxnews -s NEWSARCHIVE_CONTACT=mailto:you@example.org
    python -m newsarchive check demo -a base_url=http://127.0.0.1:8080
    python -m newsarchive check -a url=https://www.example.ch/politik/,https://www.example.ch/wirtschaft/

One listing page per section and its "show more" answer or next page, a few
articles per section, robots.txt, each sitemap and feed a crawl would read (an
index: its newest child): a verdict per section, source and field, exit
status 0 when every one passes, 1 when one fails, 2 for a bad argument.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import IO, Any

from newsarchive.commands.parentdeath import death_signal
from newsarchive.commands.project import PROJECT_SETTINGS, outside_project, unimportable_settings
from newsarchive.exitcodes import FAILED
from newsarchive.health.alarms import WATCHED_FIELDS

# -a NAME=VALUE, as `scrapy crawl` takes them
ARGUMENTS = ("base_url", "sections", "url", "discover")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "site", nargs="?", help="a site profile (scrapy list shows them); none with -a url="
    )
    parser.add_argument(
        "-a", dest="arguments", action="append", default=[], metavar="NAME=VALUE",
        help="base_url=URL (another origin), sections=a,b, url=SECTION_URL,... (no profile), "
        "discover=sections,sitemap,rss (the sources checked, as a crawl reads them)",
    )  # fmt: skip
    parser.add_argument(
        "-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
        help="a Scrapy setting (NEWSARCHIVE_CONTACT, DOWNLOAD_DELAY, HEALTH_FIELD_FLOORS ...)",
    )  # fmt: skip
    parser.add_argument(
        "--articles", type=int, default=2, help="articles fetched per section (default 2)"
    )


def run(args: argparse.Namespace) -> int:
    if _reactor_ran():  # a second check in a program's process (`newsarchive.cli.main`)
        return _in_own_process(args)
    try:
        lines, passed = _check(args)
    except ValueError as exc:
        print(f"check: {exc}", file=sys.stderr)
        return 2
    print("\n".join(lines), flush=True)
    return 0 if passed else 1


def _check(args: argparse.Namespace) -> tuple[list[str], bool]:
    # imported here: Scrapy and the reactor only for this command
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings
    from twisted.internet.error import ReactorNotRestartable

    from newsarchive.checks import check_settings as check_values
    from newsarchive.health.checking import CheckResult, verdict_lines
    from newsarchive.health.config import rules_from_settings
    from newsarchive.health.probe import CHECK_MIDDLEWARES, ProfileCheckSpider, check_settings
    from newsarchive.network.policy import NetworkPolicy
    from newsarchive.spiders.options import check_allowed_origin, parse_options

    if args.articles < 1:
        raise ValueError(f"--articles must be at least 1, got {args.articles}")
    arguments = _pairs(args.arguments, "-a", ARGUMENTS)
    # said here as `check` takes them: the crawl's words (`-a site=<name>`) name an argument
    # `check` refuses (its site is the first word)
    if not args.site and "url" not in arguments:
        raise ValueError(
            "no site given: give a site profile (`python -m newsarchive check demo ...`; "
            "`scrapy list` shows them), or -a url=<section URLs> for a site with no profile"
        )
    if args.site and "url" in arguments:
        raise ValueError(
            f"give either a site profile ({args.site}) or -a url=... (a site with no "
            "profile), not both"
        )
    options = parse_options(args.site, arguments)
    profile = options.profile
    unusable = unimportable_settings()
    if unusable:
        raise ValueError(unusable)
    outside = outside_project()  # run from another folder (a program's, its second check's)
    settings = get_project_settings()
    if outside:
        settings.setmodule(PROJECT_SETTINGS, priority="project")
    settings.setdict(check_settings(), priority="cmdline")
    middlewares = {**settings.getdict("DOWNLOADER_MIDDLEWARES"), **CHECK_MIDDLEWARES}
    settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="cmdline")
    settings.setdict(profile.politeness.scrapy_settings(), priority="spider")  # as a crawl has it
    settings.setdict(_pairs(args.settings, "-s", None), priority="cmdline")  # -s wins, as there
    check_values(settings)  # SettingError is a ValueError: one line, exit 2
    check_allowed_origin(profile, NetworkPolicy.from_settings(settings))  # as `scrapy crawl`
    floors = rules_from_settings(settings).field_floors
    show_more = profile.show_more
    result = CheckResult(
        site=profile.name,
        base_url=profile.base_url,
        listing_selector=profile.listing.links,
        more_selector=show_more.button if show_more else None,
        checked_at=datetime.now(UTC),
    )
    process = CrawlerProcess(settings)
    process.crawl(ProfileCheckSpider, options=options, result=result, per_section=args.articles)
    try:
        process.start()
    except ReactorNotRestartable:  # (ran before, and `_reactor_ran` could not tell)
        raise ValueError(
            "Twisted's reactor already ran in this process and cannot run again: run "
            "`python -m newsarchive check` in a process of its own"
        ) from None
    return verdict_lines(result, {name: floors.get(name, 0.0) for name in WATCHED_FIELDS})


def _reactor_ran() -> bool:
    """Whether Twisted's reactor ran in this process before (it runs once a process: a second
    `check` through `newsarchive.cli.main` raised ReactorNotRestartable). Twisted keeps it in
    `_startedBefore`, which it has long had; without it, `_check` says it in one line."""
    reactor = sys.modules.get("twisted.internet.reactor")  # (importing it would install one)
    return bool(reactor is not None and getattr(reactor, "_startedBefore", False))


def _in_own_process(args: argparse.Namespace) -> int:
    """The check run as `python -m newsarchive check ...` in a process of its own, its
    output lines passed on as they come and its exit status as it is; a process killed by a
    signal (the system's out-of-memory killer) said in one line, exit 1."""
    argv = [*([args.site] if args.site else []), "--articles", str(args.articles)]
    for flag, pairs in (("-a", args.arguments), ("-s", args.settings)):
        for pair in pairs:
            argv += [flag, pair]
    command = [sys.executable, "-m", "newsarchive", "check", *argv]
    here = str(Path(__file__).resolve().parents[2])  # this newsarchive, from any folder
    paths = [here, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    # unbuffered: its lines come as it writes them, not at its end
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "PYTHONUNBUFFERED": "1"}
    out, err = sys.stdout, sys.stderr  # (as they are now: a caller may have swapped them)
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        preexec_fn=_dies_with(os.getpid()) if os.name == "posix" else None,
    )  # fmt: skip
    forwarded: list[int] = []
    handlers = _forward_stops(child, forwarded)
    try:
        relays = [
            threading.Thread(target=_relay, args=(pipe, to), daemon=True)
            for pipe, to in ((child.stdout, out), (child.stderr, err))
        ]
        for relay in relays:
            relay.start()
        for relay in relays:
            relay.join()
        code = child.wait()
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
        if child.poll() is None:  # this process interrupted: its check goes with it
            child.kill()
            child.wait()
    if forwarded:  # stopped by this process's SIGINT or SIGTERM: no verdict, whatever it said
        name = signal.Signals(forwarded[0]).name
        print(f"check: interrupted ({name}, passed on to its process): no verdict", file=err)
        return 128 + forwarded[0]
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        why = " (the system's out-of-memory killer sends it)" if -code == signal.SIGKILL else ""
        print(
            f"check: its process (pid {child.pid}) was killed by {name}{why}: no verdict",
            file=err,
            flush=True,
        )
        return FAILED
    return code


def _dies_with(parent: int, libc: object | None = None) -> Callable[[], None]:
    """The child's start (between fork and exec): the kernel kills it when this thread of
    `parent` ends (PR_SET_PDEATHSIG, kept across exec), a SIGKILL of the program too, or
    at once if `parent` is gone already. Before, a killed program left its check running
    alone, fetching, until its next write met the closed pipe (or never, while it waited).
    Without `prctl` in `libc` (not Linux, a libc lacking it) only the last: no traceback."""

    set_signal = death_signal(libc)  # loaded before the fork, not in it

    def start() -> None:
        if set_signal is not None:
            set_signal(signal.SIGKILL)
        if os.getppid() != parent:  # the program died before the line above
            os._exit(1)

    return start


def _forward_stops(child: subprocess.Popen[str], forwarded: list[int]) -> dict[int, Any]:
    """Have this process's SIGINT and SIGTERM passed on to `child` while it runs (noted in
    `forwarded`): the handlers Twisted's reactor (or Scrapy's) left in a process it ran in
    took them for a reactor no longer running, and the check ran on, unstoppable but by
    SIGKILL, which left it running alone. The handlers replaced, to put back."""
    if threading.current_thread() is not threading.main_thread():
        return {}  # only the main thread sets handlers: its caller's to stop

    def forward(number: int, frame: FrameType | None) -> None:
        forwarded.append(number)
        if child.poll() is None:
            child.send_signal(number)

    return {number: signal.signal(number, forward) for number in (signal.SIGINT, signal.SIGTERM)}


def _relay(pipe: IO[str] | None, to: IO[str]) -> None:
    """Each line of `pipe` written to `to` as it comes."""
    if pipe is None:
        return
    with pipe:
        for line in pipe:
            to.write(line)
            to.flush()


def _pairs(raw: list[str], flag: str, accepted: tuple[str, ...] | None) -> dict[str, str]:
    pairs = {}
    for item in raw:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ValueError(f"{flag} takes NAME=VALUE, got {item!r}")
        if accepted is not None and name not in accepted:
            raise ValueError(
                f"unknown argument {name!r} for {flag}; accepted: {', '.join(accepted)}"
            )
        pairs[name] = value
    return pairs
