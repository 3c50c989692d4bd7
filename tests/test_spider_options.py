"""Spider arguments: each mistake is refused with a message saying what is accepted."""

from __future__ import annotations

from datetime import date

import pytest

from newsarchive.spiders.options import DEFAULT_DEPTH, SpiderArgumentError, parse_options


def test_defaults_come_from_the_profile() -> None:
    options = parse_options("foxnews", {})
    assert options.profile.name == "foxnews"
    assert options.sections[:3] == ("us", "politics", "world")
    assert options.discover == ("sections",)
    assert (options.since, options.max_articles, options.depth) == (None, None, DEFAULT_DEPTH)


def test_arguments_are_read() -> None:
    args = {
        "sections": "politics, world,politics",
        "discover": "sitemap,rss",
        "since": "2025-05-01",
        "max_articles": "50",
        "depth": "2",
        "base_url": "http://127.0.0.1:8080/",
    }
    options = parse_options("foxnews", args)
    assert options.sections == ("politics", "world")
    assert options.discover == ("sitemap", "rss")
    assert options.since == date(2025, 5, 1)
    assert (options.max_articles, options.depth) == (50, 2)
    assert options.profile.base_url == "http://127.0.0.1:8080"
    assert options.profile.url("/politics") == "http://127.0.0.1:8080/politics"


@pytest.mark.parametrize(
    ("site", "args", "message"),
    [
        ("nope", {}, "known sites: apnews, bbc, cnn, demo, foxnews"),
        (None, {}, "-a site=<name>"),
        ("foxnews", {"sections": "politics,bogus"}, "sections of foxnews: us, politics, world"),
        ("foxnews", {"sections": " , "}, "sections of foxnews"),
        ("foxnews", {"discover": "sections,twitter"}, "discovery sources: sections, sitemap, rss"),
        ("foxnews", {"since": "2025-13-01"}, "since must be a date YYYY-MM-DD"),
        ("foxnews", {"since": "yesterday"}, "since must be a date YYYY-MM-DD"),
        ("foxnews", {"max_articles": "0"}, "max_articles must be a whole number of at least 1"),
        ("foxnews", {"depth": "two"}, "depth must be a whole number"),
        ("foxnews", {"base_url": "127.0.0.1:8080"}, "base_url must be an origin"),
        ("foxnews", {"base_url": "http://127.0.0.1:8080/news"}, "base_url must be an origin"),
        ("foxnews", {"colour": "red"}, "unknown spider argument(s) colour; accepted: site"),
        ("demo", {}, "give -a base_url=http://HOST:PORT"),
    ],
)
def test_bad_arguments_say_what_is_accepted(
    site: str | None, args: dict[str, str], message: str
) -> None:
    with pytest.raises(SpiderArgumentError) as error:
        parse_options(site, args)
    assert message in str(error.value)
