"""Finding the WARC files of an archive directory and the captures they hold."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

logger = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc.gz", ".warc")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_files(inputs: Iterable[Path]) -> list[Path]:
    """Closed WARC files named by `inputs` (files or directories, searched recursively).

    A `.open` file is still being written (or was left by a killed crawl and
    awaits `python -m newsarchive recover`): it is left out, with a warning.
    """
    found: list[Path] = []
    for path in inputs:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*")) if p.name.endswith(WARC_SUFFIXES))
            for stray in sorted(path.rglob("*.open")):
                logger.warning("left out %s: still open (recover it first)", stray)
        elif path.name.endswith(WARC_SUFFIXES):
            found.append(path)
        else:
            raise ValueError(f"not a WARC file or directory: {path}")
    return found


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


def read_captures(paths: Iterable[Path]) -> CaptureIndex:
    index = CaptureIndex()
    for path in paths:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type not in ("response", "revisit") or record.http_headers is None:
                    continue
                if record.http_headers.get_statuscode() != "200":
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
                    continue
                date = record.rec_headers.get_header("WARC-Date")
                index.date_by_record[record.rec_headers.get_header("WARC-Record-ID")] = date
                index.dates_by_url[record.rec_headers.get_header("WARC-Target-URI")].append(date)
    return index
