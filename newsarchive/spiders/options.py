"""Spider arguments (`-a name=value`), checked once before any request is made.

Every mistake raises `SpiderArgumentError` saying what is accepted, so a
typo in a cron line fails loudly instead of crawling the wrong thing.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from newsarchive.network.policy import NetworkPolicy
from newsarchive.sites import get_site
from newsarchive.sites.adhoc import SiteUrlError, profile_from_urls
from newsarchive.sites.base import DISCOVERY_SOURCES, SiteProfile

logger = logging.getLogger(__name__)

DEFAULT_DEPTH = 5  # listing pages per section (the section page, then next pages / show-more)
ACCEPTED = (
    "site", "sections", "discover", "since", "max_articles", "depth", "base_url", "render",
    "requisites", "url",
)  # fmt: skip
SCHEDULER_ARGS = ("_job",)  # scrapyd gives every job `-a _job=<id>`: accepted, unused


class SpiderArgumentError(ValueError):
    """A spider argument that cannot be used; the message says what is accepted."""


@dataclass(frozen=True)
class CrawlOptions:
    """What one run crawls: a profile (on its real or a given origin) and its limits."""

    profile: SiteProfile
    sections: tuple[str, ...]
    discover: tuple[str, ...]
    since: date | None = None
    max_articles: int | None = None
    depth: int = DEFAULT_DEPTH
    render: bool | None = None  # browser for all pages (True), none (False), the profile's (None)
    requisites: bool = True  # fetch the images, styles and scripts of listings and articles
    # the profile was built from `-a url=`: its sitemaps and feeds are the ones the site names
    find_sources: bool = False


def parse_options(site: str | None, args: Mapping[str, str]) -> CrawlOptions:
    """Validate raw `-a` arguments against the site's profile."""
    unknown = sorted(set(args) - set(ACCEPTED) - set(SCHEDULER_ARGS))
    if unknown:
        raise SpiderArgumentError(
            f"unknown spider argument(s) {', '.join(unknown)}; accepted: {', '.join(ACCEPTED)}"
        )
    profile = _with_origin(_profile(site, args.get("url")), args.get("base_url"))
    return CrawlOptions(
        profile=profile,
        sections=_names(
            _renamed(args.get("sections"), profile),
            tuple(profile.sections),
            "section",
            profile.name,
        ),
        discover=_names(
            args.get("discover"), profile.discover, "discovery source", "", DISCOVERY_SOURCES
        ),
        since=_since(args.get("since")),
        max_articles=_positive(args.get("max_articles"), "max_articles"),
        depth=_positive(args.get("depth"), "depth") or DEFAULT_DEPTH,
        render=parse_flag(args.get("render"), "render"),
        requisites=parse_flag(args.get("requisites"), "requisites") is not False,
        find_sources="url" in args,
    )


def _profile(site: str | None, urls: str | None) -> SiteProfile:
    """The registered profile `site`, or one built from section URLs (`-a url=`)."""
    if site and urls is not None:
        raise SpiderArgumentError(
            f"give either -a site={site} or -a url=... (a site with no profile), not both"
        )
    if urls is not None:
        try:
            return profile_from_urls(urls)
        except SiteUrlError as exc:
            raise SpiderArgumentError(str(exc)) from None
    if not site:
        raise SpiderArgumentError(
            "no site given: use -a site=<name>, or -a url=<section URLs> for a site with no profile"
        )
    try:
        return get_site(site)
    except KeyError as exc:
        raise SpiderArgumentError(str(exc)) from None


def _with_origin(profile: SiteProfile, base_url: str | None) -> SiteProfile:
    if base_url is None:
        if not profile.base_url:
            raise SpiderArgumentError(
                f"site {profile.name!r} has no fixed address: give -a base_url=http://HOST:PORT"
            )
        return profile
    if not is_origin(base_url):
        raise SpiderArgumentError(
            f"base_url must be an origin like http://127.0.0.1:8080, got {base_url!r}"
        )
    return profile.with_base_url(base_url)


def check_allowed_origin(profile: SiteProfile, policy: NetworkPolicy) -> None:
    """A profile moved to an address the crawl refuses (`-a base_url=http://127.0.0.1:PORT`
    without NETWORK_ALLOWED) stops here: every request would be refused, and the run ended
    `finished`, exit 0, with nothing archived and "11 failed" in its report."""
    parts = urlsplit(profile.base_url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    kind = policy.refuses_host(host, port)
    if kind is not None:
        # NETWORK_ALLOWED takes addresses: `localhost` is refused as 127.0.0.1
        address = host if _is_address(host) else "127.0.0.1"
        origin = f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
        raise SpiderArgumentError(
            f"base_url {profile.base_url} is a {kind} address, which the crawl refuses; "
            f"allow it with -s NETWORK_ALLOWED={origin}"
        )


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def is_origin(url: str) -> bool:
    """http(s)://host[:port], the port (if any) from 1 to 65535, nothing after it."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:  # not a number, or past 65535
        return False
    return (
        parts.scheme in ("http", "https")
        and bool(parts.hostname)
        and port != 0
        and not parts.path.strip("/")
        and not parts.query
    )


def _names(
    raw: str | None,
    default: tuple[str, ...],
    what: str,
    site: str,
    accepted: tuple[str, ...] | None = None,
) -> tuple[str, ...]:
    if raw is None:
        return default
    allowed = accepted if accepted is not None else default
    names = tuple(dict.fromkeys(n.strip() for n in raw.split(",") if n.strip()))
    bad = [n for n in names if n not in allowed]
    if bad or not names:
        where = f" of {site}" if site else ""
        raise SpiderArgumentError(
            f"unknown {what}(s) {', '.join(bad) or repr(raw)}; {what}s{where}: {', '.join(allowed)}"
        )
    return names


def _renamed(raw: str | None, profile: SiteProfile) -> str | None:
    """`-a sections=` with a key the profile renamed since (`renamed_sections`: a cron line
    written before the rename) names the section's key now, said once: it was refused as an
    unknown section, and the scheduled run crawled nothing from then on. Never ambiguous: an
    earlier key is none of the sections now (the profile refuses it as it loads) and names
    one key now; two earlier keys made one (or an earlier key beside its key now) crawl it
    once."""
    if raw is None or not profile.renamed_sections:
        return raw
    names = [name.strip() for name in raw.split(",")]
    renamed = {n: profile.renamed_sections[n] for n in names if n in profile.renamed_sections}
    if not renamed:
        return raw
    logger.info(
        "sections: %s in site profile %s (renamed_sections): crawling %s",
        ", ".join(f"{old} was renamed {new}" for old, new in renamed.items()),
        profile.name,
        ", ".join(dict.fromkeys(renamed.get(n, n) for n in names if n)),
    )
    return ",".join(renamed.get(name, name) for name in names)


def _since(raw: str | None) -> date | None:
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise SpiderArgumentError(f"since must be a date YYYY-MM-DD, got {raw!r}") from None


def _positive(raw: str | None, name: str) -> int | None:
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise SpiderArgumentError(f"{name} must be a whole number of at least 1, got {raw!r}")
    return value


def parse_flag(raw: str | None, name: str) -> bool | None:
    if raw is None:
        return None
    if raw.lower() in ("1", "true", "yes"):
        return True
    if raw.lower() in ("0", "false", "no"):
        return False
    raise SpiderArgumentError(f"{name} must be 1 or 0, got {raw!r}")
