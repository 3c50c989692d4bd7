"""Where a fetched page is archived: one value carried from its WARC record to its item.

The WARC writer's `RecordRef` gives it (`RecordRef.provenance`), spiders put it
on the `ArticlePage`, the article item exports it under its long-standing keys
(`fetched_at`, `warc_file`, `warc_record_id`, `warc_offset`) and the crawl
state keeps it in its capture row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Provenance:
    fetched_at: str | None = None  # the record's WARC-Date (or when fetched, if unarchived)
    warc_file: str | None = None  # file name, without the .open suffix
    record_id: str | None = None  # "<urn:uuid:...>"
    offset: int | None = None  # byte offset of the record's gzip member

    def item_fields(self) -> dict[str, Any]:
        """The keys an exported article item has always carried."""
        return {
            "fetched_at": self.fetched_at,
            "warc_file": self.warc_file,
            "warc_record_id": self.record_id,
            "warc_offset": self.offset,
        }
