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
import sys
from datetime import UTC, datetime

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

    from newsarchive.checks import check_settings as check_values
    from newsarchive.health.checking import CheckResult, verdict_lines
    from newsarchive.health.config import rules_from_settings
    from newsarchive.health.probe import ProfileCheckSpider, check_settings
    from newsarchive.network.policy import NetworkPolicy
    from newsarchive.spiders.options import check_allowed_origin, parse_options

    if args.articles < 1:
        raise ValueError(f"--articles must be at least 1, got {args.articles}")
    options = parse_options(args.site, _pairs(args.arguments, "-a", ARGUMENTS))
    profile = options.profile
    settings = get_project_settings()
    settings.setdict(check_settings(), priority="cmdline")
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
    process.start()
    return verdict_lines(result, {name: floors.get(name, 0.0) for name in WATCHED_FIELDS})


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
