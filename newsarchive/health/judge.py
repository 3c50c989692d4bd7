"""Spidermon's run judgement, with spidermon loaded only when the run is judged.

Spidermon's own extension imports its expression monitors (jsonschema, arrow: ~0.2 s
of CPU) when the crawl starts, though a crawl judged by spider-close suites alone needs
none of it until the spider closes. This extension takes its place: with only
SPIDERMON_SPIDER_CLOSE_MONITORS set (the project's settings) it loads spidermon and the
suites at `spider_closed` and runs them there, as spidermon would; any other spidermon
monitor setting (open, periodic, engine-stop or expression suites, or
SPIDERMON_ADD_FIELD_COVERAGE) gets spidermon's own extension, started with the crawl
as before.
"""

from __future__ import annotations

from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

# Spidermon settings that need its extension running from the crawl's start.
FROM_THE_START = (
    "SPIDERMON_SPIDER_OPEN_MONITORS",
    "SPIDERMON_ENGINE_STOP_MONITORS",
    "SPIDERMON_SPIDER_OPEN_EXPRESSION_MONITORS",
    "SPIDERMON_SPIDER_CLOSE_EXPRESSION_MONITORS",
    "SPIDERMON_ENGINE_STOP_EXPRESSION_MONITORS",
    "SPIDERMON_PERIODIC_MONITORS",
)


class RunJudge:
    """Runs SPIDERMON_SPIDER_CLOSE_MONITORS at spider close, importing spidermon then."""

    def __init__(self, crawler: Crawler, suites: list[str]) -> None:
        self.crawler = crawler
        self.suites = suites

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        settings = crawler.settings
        if not settings.getbool("SPIDERMON_ENABLED"):
            raise NotConfigured
        if any(settings.get(name) for name in FROM_THE_START) or settings.getbool(
            "SPIDERMON_ADD_FIELD_COVERAGE"
        ):
            from spidermon.contrib.scrapy.extensions import Spidermon

            return Spidermon.from_crawler(crawler)
        judge = cls(crawler, settings.getlist("SPIDERMON_SPIDER_CLOSE_MONITORS"))
        crawler.signals.connect(judge.spider_closed, signal=signals.spider_closed)
        return judge

    def spider_closed(self, spider: Spider) -> None:
        if not self.suites:
            return
        from spidermon.contrib.scrapy.extensions import Spidermon

        spidermon = Spidermon(self.crawler, spider_closed_suites=self.suites)
        spidermon.periodic_tasks[spider] = []  # none: periodic suites take the eager path
        spidermon.spider_closed(spider)
