"""Settings filled in at crawl start: the User-Agent's contact and the default items feed."""

from __future__ import annotations

from scrapy.settings import Settings

from newsarchive.addon import NewsArchiveAddon
from tests.plugins.environment import project_settings


def _settings(**overrides: object) -> Settings:
    """Project settings with overrides as `-s`/`-O` give them, after the add-on ran."""
    settings = project_settings()
    settings.setdict(overrides, priority="cmdline")
    NewsArchiveAddon().update_settings(settings)
    return settings


def test_user_agent_names_the_contact_given_for_the_run() -> None:
    ua = _settings(NEWSARCHIVE_CONTACT="mailto:desk@example.org")["USER_AGENT"]
    assert ua.startswith("newsarchive/") and ua.endswith("(+mailto:desk@example.org)")


def test_a_user_agent_of_ones_own_is_kept() -> None:
    assert _settings(USER_AGENT="MyBot/2")["USER_AGENT"] == "MyBot/2"


def test_default_items_feed_only_without_a_feed_of_the_runs_own() -> None:
    assert list(_settings().getdict("FEEDS")) == ["items/%(name)s-%(time)s.jsonl"]
    own = {"out.jsonl": {"format": "jsonlines"}}
    assert list(_settings(FEEDS=own).getdict("FEEDS")) == ["out.jsonl"]


def test_the_default_items_folder_sits_beside_the_warc_folder() -> None:
    """Where the state and the reports go, and where `history` looks for items."""
    feeds = _settings(WARC_DIR="/data/news/warc").getdict("FEEDS")
    assert list(feeds) == ["/data/news/items/%(name)s-%(time)s.jsonl"]
    own = _settings(WARC_DIR="/data/news/warc", NEWSARCHIVE_ITEMS_FEED="out/%(name)s.jsonl")
    assert list(own.getdict("FEEDS")) == ["out/%(name)s.jsonl"]  # a run's own name is its own


def test_the_default_items_feed_makes_no_file_for_a_run_without_items() -> None:
    """An hourly run that found nothing new made a 0-byte items file each hour."""
    (options,) = _settings().getdict("FEEDS").values()
    assert options["store_empty"] is False
    (asked,) = _settings(FEED_STORE_EMPTY="True").getdict("FEEDS").values()
    assert asked["store_empty"] is True  # the user's own FEED_STORE_EMPTY decides
    own = {"out.jsonl": {"format": "jsonlines"}}
    assert "store_empty" not in _settings(FEEDS=own).getdict("FEEDS")["out.jsonl"]  # Scrapy's
