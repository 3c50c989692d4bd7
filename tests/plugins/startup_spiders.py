"""Test plugin (SPIDER_MODULES): spiders meeting trouble as Scrapy makes their crawler,
after its start-up lines and before it takes SIGTERM over or logs "Overridden settings":
`term_early` sends SIGTERM to its own process, `int_early` SIGINT (Ctrl-C), `raise_early`
raises."""

from __future__ import annotations

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
