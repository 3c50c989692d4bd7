"""Spiders whose `custom_settings` set the crawl's log, as a Scrapy user's spider may: Scrapy
makes its LOG_FILE handler anew from the crawler's settings, so they apply to LOG_FILE as
they do to stderr."""

from __future__ import annotations

from typing import Any, ClassVar

from newsarchive.spiders.follow import FollowSpider


class QuietFollow(FollowSpider):
    name = "quiet_follow"
    custom_settings: ClassVar[dict[str, Any]] = {"LOG_LEVEL": "WARNING"}


class FormattedFollow(FollowSpider):
    name = "formatted_follow"
    custom_settings: ClassVar[dict[str, Any]] = {
        "LOG_FORMAT": "OWNFORMAT %(levelname)s %(message)s"
    }


class FullLogFollow(FollowSpider):
    """Its own LOG_FILE, on a disk that refuses every write (/dev/full), the command's none."""

    name = "full_log_follow"
    custom_settings: ClassVar[dict[str, Any]] = {"LOG_FILE": "/dev/full"}
