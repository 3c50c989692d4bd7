"""Project defaults that depend on other settings, filled in once per crawl.

A Scrapy add-on runs after `-s`, `-o`/`-O` and the spider's own settings are
known and before they freeze, which plain `settings.py` cannot do:
- the User-Agent names the contact given in NEWSARCHIVE_CONTACT, so
  `-s NEWSARCHIVE_CONTACT=mailto:me@example.org` is enough;
- the default items feed is used only when the run names no feed of its own,
  so `-o`/`-O` replace it instead of writing a second file.
"""

from __future__ import annotations

from scrapy.settings import BaseSettings

from newsarchive import __version__


class NewsArchiveAddon:
    def update_settings(self, settings: BaseSettings) -> None:
        user_agent = settings.get("USER_AGENT") or ""
        if "{contact}" in user_agent or "{version}" in user_agent:
            contact = settings.get("NEWSARCHIVE_CONTACT") or ""
            filled = user_agent.format(contact=contact, version=__version__)
            settings.set("USER_AGENT", filled, priority=settings.getpriority("USER_AGENT") or 0)
        default_feed = settings.get("NEWSARCHIVE_ITEMS_FEED")
        if default_feed and not settings.getdict("FEEDS"):
            feed = {"format": "jsonlines", "encoding": "utf8"}
            settings.set("FEEDS", {default_feed: feed}, priority="project")
