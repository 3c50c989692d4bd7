"""One `www.` rule (newsarchive.sites.hosts) for the four places that ask what one site is,
and one article under tracking parameters (Scope.article)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from newsarchive.sites.adhoc import profile_from_urls, site_name
from newsarchive.sites.base import LinkRules, SiteProfile
from newsarchive.sites.hosts import bare_host, www_twin
from newsarchive.spiders.listing import same_site
from newsarchive.spiders.scope import Scope, allowed_hosts


@pytest.mark.parametrize(
    ("host", "bare", "twin"),
    [
        ("www.example.org", "example.org", "example.org"),
        ("WWW.Example.ORG.", "example.org", "example.org"),
        ("example.org", "example.org", "www.example.org"),
        ("news.example.org", "news.example.org", "www.news.example.org"),
        ("wwwexample.org", "wwwexample.org", "www.wwwexample.org"),
    ],
)
def test_bare_host_and_twin(host: str, bare: str, twin: str) -> None:
    assert (bare_host(host), www_twin(host)) == (bare, twin)


@pytest.mark.parametrize("host", ["WWW.Example.ORG.", "www.example.org.", "example.org"])
def test_the_four_users_agree_on_one_site(host: str) -> None:
    """Scope, allowed_domains, rel=next's same site and a run-time profile's name and
    domain: `-a url=https://www.example.org./a/` (a fully qualified name) made the domain
    `example.org.`, which owned neither `example.org` nor `www.example.org`."""
    profile = profile_from_urls(f"https://{host}/a/")
    assert profile.domains == ("example.org",)
    assert Scope(profile).owns("example.org") and Scope(profile).owns("www.example.org")
    assert "example.org" in allowed_hosts(urlsplit(profile.base_url).hostname or "", profile)
    assert same_site(f"https://{host}/a/", "https://example.org/a/?page=2")
    assert site_name(host) == "example.org"


@pytest.mark.parametrize(
    ("link", "fetched"),
    [
        (
            "https://x.example/story?id=5&utm_source=tw&utm_medium=social",
            "https://x.example/story?id=5",
        ),
        ("https://x.example/story?fbclid=IwAR0abc&id=5", "https://x.example/story?id=5"),
        ("https://x.example/story?id=5&ref=home", "https://x.example/story?id=5"),
        ("https://x.example/story?id=5&gclid=1&pk_campaign=n", "https://x.example/story?id=5"),
        ("https://x.example/story?id=5&page=2", "https://x.example/story?id=5&page=2"),
        ("https://x.example/story?reference=7", "https://x.example/story?reference=7"),
        ("https://x.example/story?utm_source=x", "https://x.example/story"),
    ],
)
def test_a_profile_keeping_article_queries_drops_their_tracking(link: str, fetched: str) -> None:
    """Articles whose query names them (`keep_query`) listed with tracking parameters
    (utm_*, fbclid, ?ref=) are one article, fetched once: before, each variant was
    another article, fetched and archived again."""
    profile = SiteProfile(
        name="x", base_url="https://x.example", domains=("x.example",), sections={"a": "/a/"},
        articles=LinkRules(allow=(r"^/story",), keep_query=True),
    )  # fmt: skip
    assert Scope(profile).article(link) == fetched


@pytest.mark.parametrize(
    ("link", "fetched"),
    [
        # the profile's own rule names the parameter: it is the article's id, not tracking
        ("https://x.example/read?ref=4711", "https://x.example/read?ref=4711"),
        ("https://x.example/read?ref=4711&utm_source=x", "https://x.example/read?ref=4711"),
        ("https://x.example/read?utm_source=x", None),  # no id: no article, as before
    ],
)
def test_a_parameter_the_profile_names_an_article_by_is_kept(
    link: str, fetched: str | None
) -> None:
    """A site whose articles are `/read?ref=4711` (the profile's rule says so): before,
    `ref` was dropped as tracking and no link of the site was an article."""
    profile = SiteProfile(
        name="x", base_url="https://x.example", domains=("x.example",), sections={"a": "/a/"},
        articles=LinkRules(allow=(r"^/read\?(?:.*&)?ref=\d+",), keep_query=True),
    )  # fmt: skip
    assert Scope(profile).article(link) == fetched
