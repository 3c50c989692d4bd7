"""Item pipelines that tests put in front of the project's own (by name, in a crawl's settings)."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from newsarchive.items import ArticlePage


class DropPages:
    """Drops every article page before anything extracts it."""

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ArticlePage):
            raise DropItem("dropped by a test")
        return item
