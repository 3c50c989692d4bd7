"""A `follow` crawl whose start fails, in this one process (CrawlerProcess).

Run by tests/test_scoped_state.py as `python -m tests.plugins.failed_start OUT_DIR
HOW`: an item pipeline fails as the spider opens (HOW `close`: raises CloseSpider, as
Scrapy lets a component that cannot start ask; `raise`: any other error), so the
engine never starts. Prints as JSON the process-wide logging and warnings state
before the crawl and after it.
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import CloseSpider
from scrapy.utils.project import get_project_settings

from tests.plugins.two_crawls import state


class BrokenPipeline:
    """Fails as the spider opens (HOW from the environment of the run)."""

    how = "close"

    @classmethod
    def from_crawler(cls, crawler: Any) -> BrokenPipeline:
        if cls.how == "build":  # the engine cannot even be built: Scrapy sends no signal
            raise RuntimeError("the pipeline's settings are wrong")
        return cls()

    def open_spider(self, spider: Any = None) -> None:
        if self.how == "close":
            raise CloseSpider("pipeline_unavailable")
        raise RuntimeError("the pipeline's disk is gone")

    def process_item(self, item: Any, spider: Any = None) -> Any:
        return item


def main(out_dir: Path, how: str) -> None:
    BrokenPipeline.how = how
    settings = get_project_settings()
    settings.set("WARC_DIR", str(out_dir / "warc"))
    settings.set("ITEM_PIPELINES", {f"{__name__}.BrokenPipeline": 1})
    settings.set("NETWORK_ALLOWED", "127.0.0.1:9")  # nothing is fetched: the start fails
    before = state()
    process = CrawlerProcess(settings)
    process.crawl("follow", url="http://127.0.0.1:9/", depth="0")
    process.start()
    del process  # what a program that goes on after a failed crawl lets go of
    gc.collect()
    print(json.dumps({"before": before, "after": state()}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
