"""Site profiles: everything the crawler knows about each news site.

The registry is this explicit dict; add a site by writing one small module
and one line here (and one spider line in newsarchive/spiders/sites.py).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from newsarchive.sites import (
    apnews,
    bbc,
    cnn,
    demo,
    demo_js,
    foxnews,
    guardian,
    npr,
    nytimes,
    paging_lab,
    reuters,
)
from newsarchive.sites.base import SiteProfile

SITES: dict[str, SiteProfile] = {
    "foxnews": foxnews.PROFILE,
    "apnews": apnews.PROFILE,
    "reuters": reuters.PROFILE,
    "cnn": cnn.PROFILE,
    "bbc": bbc.PROFILE,
    "guardian": guardian.PROFILE,
    "npr": npr.PROFILE,
    "nytimes": nytimes.PROFILE,
    "demo": demo.PROFILE,
    "js-demo": demo_js.PROFILE,
    "paging-lab": paging_lab.PROFILE,
}


class UnknownSiteError(KeyError):
    """A site name that is not in the registry."""

    def __str__(self) -> str:
        return str(self.args[0])


def get_site(name: str) -> SiteProfile:
    """The profile registered as `name`; the error lists the known names."""
    try:
        return SITES[name]
    except KeyError:
        known = ", ".join(sorted(SITES))
        raise UnknownSiteError(f"unknown site {name!r}; known sites: {known}") from None


def profile_for_url(url: str) -> SiteProfile | None:
    """The profile whose domains hold `url`'s host (to pick rules for an old capture)."""
    host = urlsplit(url).hostname or ""
    for profile in SITES.values():
        if profile.domains and profile.owns_host(host):
            return profile
    return None


def site_profile(spider: object) -> SiteProfile | None:
    """The profile a spider crawls (`spider.options.profile`), None for a spider with none."""
    profile = getattr(getattr(spider, "options", None), "profile", None)
    return profile if isinstance(profile, SiteProfile) else None
