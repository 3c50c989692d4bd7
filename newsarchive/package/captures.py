"""Finding the archive files of a folder and the HTML captures they hold."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warcio.recordloader import ArcWarcRecord

from newsarchive.warc.archives import Skips, archive_files, read_records

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_files(inputs: Iterable[Path]) -> list[Path]:
    """Closed WARC and ARC files named by `inputs` (see `archive_files`)."""
    return archive_files(inputs)


@dataclass
class CaptureIndex:
    """HTML page captures (response or revisit, status 200) by record id and by URL."""

    date_by_record: dict[str, str] = field(default_factory=dict)
    dates_by_url: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def date_for(self, url: str, record_id: str | None, fetched_at: str | None) -> str | None:
        """The WARC-Date under which pywb finds this capture of `url`."""
        if record_id and record_id in self.date_by_record:
            return self.date_by_record[record_id]
        dates = self.dates_by_url.get(url, [])
        if fetched_at in dates:
            return fetched_at
        return dates[-1] if dates else None


def _html_capture(record: ArcWarcRecord) -> bool:
    if record.rec_type not in ("response", "revisit") or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def read_captures(paths: Iterable[Path], skips: Skips | None = None) -> CaptureIndex:
    """The HTML captures of `paths`; what cannot be read goes to `skips` (default: logged only)."""
    index = CaptureIndex()
    for path in paths:
        for read in read_records(path, skips or Skips(), _html_capture):
            headers = read.record.rec_headers
            date = headers.get_header("WARC-Date")
            if read.record_id:
                index.date_by_record[read.record_id] = date
            index.dates_by_url[headers.get_header("WARC-Target-URI")].append(date)
    return index
