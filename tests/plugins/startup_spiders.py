"""Test plugin (SPIDER_MODULES): spiders meeting trouble as Scrapy makes their crawler,
after its start-up lines and before it takes SIGTERM over or logs "Overridden settings":
`term_early` sends SIGTERM to its own process, `int_early` SIGINT (Ctrl-C), `raise_early`
raises; `log_early` logs a line."""

from __future__ import annotations

import logging
import os
import signal
from typing import Any

from scrapy import Spider


class TermEarly(Spider):
    name = "term_early"

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        os.kill(os.getpid(), signal.SIGTERM)


class RaiseEarly(Spider):
    name = "raise_early"

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        raise RuntimeError("the spider's settings file is gone")


class IntEarly(Spider):
    name = "int_early"

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        os.kill(os.getpid(), signal.SIGINT)


class LogEarly(Spider):
    """Logs a line of its own as its crawler is made (`Crawler.__init__`), as a user's
    spider reading a settings file may: held with Scrapy's start-up lines."""

    name = "log_early"
    start_urls = ()

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        logging.getLogger("tests.log_early").info("read the spider's settings file")
