"""`pages/pages.jsonl` of a WACZ: the article list replayweb.page and pywb show.

Built from the crawl's items (each article's URL, capture time and title),
since `wacz create -d` detects no pages in a crawler's WARCs. Without items,
every archived HTML page is listed under its URL.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from warcio.timeutils import iso_date_to_timestamp

from newsarchive.package.captures import CaptureIndex

logger = logging.getLogger(__name__)

HEADER = {"format": "json-pages-1.0", "id": "pages"}


def item_files(inputs: Iterable[Path]) -> list[Path]:
    """Items files named by `inputs` (JSON Lines files, or directories of them)."""
    found: list[Path] = []
    for path in inputs:
        found.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return found


def read_items(paths: Iterable[Path], skipped: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """The items (JSON objects with a `url`) of the JSON Lines files `paths`.

    A line that is none (not JSON, not UTF-8, no `url`: a hand edit, a damaged disk)
    is named and added to `skipped` (`FILE:LINE: reason`): its article gets no title
    in the page list, and `index` counts it; before, a JSON line with no `url` went
    without a word and a bad line was named but not counted (exit 0).
    """
    for path in paths:
        with path.open("rb") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except ValueError as exc:  # UnicodeDecodeError too
                    reason = f"not a JSON line ({exc})"
                else:
                    if isinstance(item, dict) and isinstance(item.get("url"), str) and item["url"]:
                        yield item
                        continue
                    reason = "not an item (a JSON object with a url)"
                logger.warning("%s:%d skipped: %s", path, number, reason)
                if skipped is not None:
                    skipped.append(f"{path}:{number}: {reason}")


def page_entries(items: Iterable[dict[str, Any]], captures: CaptureIndex) -> list[dict[str, Any]]:
    """One entry per archived capture of an article (a changed article appears twice).

    Captures are told apart as py-wacz and pywb do, by URL and timestamp to the
    second: two records of one URL in one second (in two files, say) are one page.
    """
    pages: dict[tuple[str, str], dict[str, Any]] = {}
    for item in items:
        url = item["url"]
        ts = captures.date_for(url, item.get("warc_record_id"), item.get("fetched_at"))
        if ts is None:
            logger.warning("no archived capture of %s in these WARCs: left out of pages", url)
            continue
        second = _second(ts)
        if second is None:
            logger.warning("capture of %s has a malformed date %r: left out of pages", url, ts)
            continue
        pages[(url, second)] = {
            "id": f"{ts}/{url}",
            "url": url,
            "ts": ts,
            "title": item.get("title") or url,
        }
    return sorted(pages.values(), key=lambda p: (p["ts"], p["url"]))


def captured_pages(captures: CaptureIndex) -> list[dict[str, Any]]:
    """Fallback without items: every HTML capture, titled by its URL."""
    pages: dict[tuple[str, str], dict[str, Any]] = {}
    for url, dates in sorted(captures.dates_by_url.items()):
        for ts in dates:
            second = _second(ts)
            if second is not None:
                page = {"id": f"{ts}/{url}", "url": url, "ts": ts, "title": url}
                pages.setdefault((url, second), page)
    return list(pages.values())


def _second(date: str) -> str | None:
    """The 14-digit timestamp py-wacz and pywb key captures by; None for a malformed date."""
    try:
        return str(iso_date_to_timestamp(date))
    except (ValueError, TypeError, IndexError, OverflowError):  # Overflow: a run of digits
        return None


def write_pages(path: Path, pages: list[dict[str, Any]], title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({**HEADER, "title": title}) + "\n")
        for page in pages:
            out.write(json.dumps(page, ensure_ascii=False) + "\n")
