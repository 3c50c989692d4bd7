"""Finding an article's captures in an archive: items files, the crawl state, WARC files.

Items (the crawl's exported JSON Lines) give each capture's fields without
parsing a page. A capture no item describes (WARC files copied without their
items, another crawler's WARCs, a revisit) is re-extracted from its record with
the extract command's WARC reading. The crawl state, when there is one, says
which URLs ever changed, so `--site` need not compare every article.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from w3lib.encoding import http_content_type_encoding
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsarchive.articles import article_item
from newsarchive.changes.diff import ArticleDiff, compare
from newsarchive.changes.versions import Capture
from newsarchive.items import ArticleItem, ArticlePage
from newsarchive.provenance import Provenance
from newsarchive.urlkeys import article_identity
from newsarchive.warc.archives import Skips
from newsarchive.warc.reader import iter_html_pages

logger = logging.getLogger(__name__)

NOT_ITEMS = ("changes.jsonl",)
# as `extract` says it (newsarchive.commands.extract_jobs.EMPTY_ARTICLE): no version is made
# of an empty 200 (the crawl parses none), or each would be a change to nothing and back
EMPTY_PAGE = "HTTP 200 with an empty body: no version made (the crawl parses no empty article)"


@dataclass
class Found:
    """Captures by URL, and what could not be read (reported, never silently lost)."""

    captures: dict[str, list[Capture]] = field(default_factory=lambda: defaultdict(list))
    bad_lines: int = 0
    reextracted: int = 0
    empty: int = 0  # captures with an empty body (`EMPTY_PAGE`), each named
    failed: int = 0  # captures whose extraction raised, each named
    # records whose WARC-Record-ID an item gives another URL's capture (an id reused by
    # another tool, files merged): a different record, re-extracted and named, never skipped
    shared_ids: int = 0
    skips: Skips = field(default_factory=Skips)  # WARC files and records that could not be read


def item_files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.glob("*.jsonl") if p.name not in NOT_ITEMS and p.is_file()
            )
        else:
            found.append(path)
    return found


def changed_articles(state: Path, since: datetime | None = None) -> set[str]:
    """The articles (`urlkeys.article_identity`) the crawl state has seen in more than one
    version (the last one since `since`): by their key, not their URL, as the state keeps
    the URL first fetched (`http://`) and the later version lies under another (`https://`)."""
    with sqlite3.connect(f"file:{state}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT url, version_date FROM captures WHERE version > 1").fetchall()
    return {article_identity(url) for url, when in rows if at_or_after(str(when), since)}


def at_or_after(stamp: str, since: datetime | None) -> bool:
    """Whether a WARC-Date (ISO 8601, maybe with fractions) is not before `since`."""
    if since is None:
        return True
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return True  # an unreadable date is shown rather than lost
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)) >= since


def gather(
    items: Iterable[Path],
    warcs: Iterable[Path],
    wanted: Callable[[str, str | None], bool],
    site: str | None = None,
    aliases: dict[str, str] | None = None,
) -> Found:
    """Every capture of the wanted URLs (`wanted(url, the item's site or None)`): items
    first, then the WARC records no item describes, re-extracted (with `site`'s rules).
    `aliases`: files read under another name (a WACZ's copies), named as given."""
    found = Found()
    found.skips.aliases.update(aliases or {})
    described: dict[str, set[str]] = defaultdict(set)  # record id: the URLs items give it
    for capture in _from_items(items, wanted, found):
        found.captures[capture.url].append(capture)
        if capture.warc_record_id:
            described[capture.warc_record_id].add(capture.url)
    for page in iter_html_pages(warcs, found.skips):
        urls = described.get(page.warc_record_id or "")
        if (urls is not None and page.url in urls) or not wanted(page.url, None):
            continue  # the record an item describes (or an unwanted URL)
        if urls is not None:  # the id of another URL's capture: a different record
            found.shared_ids += 1
            logger.warning(
                "%s (%s): its WARC-Record-ID %s is also that of %s's capture (an id given "
                "twice): re-extracted, not taken for it", page.url, _where(page),
                page.warc_record_id, sorted(urls)[0],
            )  # fmt: skip
        if not page.body.strip():
            logger.warning("not extracted: %s (%s): %s", page.url, _where(page), EMPTY_PAGE)
            found.empty += 1
            continue
        again = _reextracted(page, site)
        if again is None:
            found.failed += 1
            continue
        found.reextracted += 1
        found.captures[again.url].append(again)
    return found


def _from_items(
    paths: Iterable[Path], wanted: Callable[[str, str | None], bool], found: Found
) -> Iterator[Capture]:
    for path in paths:
        try:
            lines = path.open(encoding="utf-8", errors="replace")
        except OSError as exc:  # one of a folder's (`chmod -R 644 items/`): it stopped the
            # history, `history: Permission denied: FILE`, exit 1; named and counted as a
            # WARC file that cannot be read is (exit 3)
            found.skips.file(path, f"unreadable ({exc.strerror or exc})")
            continue
        with lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except ValueError:
                    found.bad_lines += 1
                    logger.warning("%s:%d: not JSON, skipped", path, number)
                    continue
                capture = Capture.from_item(item) if isinstance(item, dict) else None
                if capture is None:
                    found.bad_lines += 1
                    logger.warning("%s:%d: no url or fetched_at, skipped", path, number)
                elif wanted(capture.url, item.get("site")):
                    yield capture


def _reextracted(page: ArticlePage, site: str | None) -> Capture | None:
    try:
        fields = ItemAdapter(article_item(_with_site(page, site))).asdict()
    except Exception as exc:  # one bad page must not end a history
        logger.warning("extraction failed for %s: %r", page.url, exc)
        return None
    return Capture.from_item(fields, source="warc")


def _where(page: ArticlePage) -> str:
    return f"{page.provenance.warc_file}@{page.provenance.offset}"


def _with_site(page: ArticlePage, site: str | None) -> ArticlePage:
    if site is not None:
        page.site = site
    return page


def record_page(path: Path, offset: int, url: str, site: str | None = None) -> ArticlePage | None:
    """The page of the response record at `path`@`offset` (None if it is not readable there)."""
    try:
        with path.open("rb") as stream:
            stream.seek(offset)
            record = next(iter(ArchiveIterator(stream)))
            if record.rec_type != "response" or record.http_headers is None:
                return None
            body = record.content_stream().read()
            headers = record.rec_headers
            content_type = record.http_headers.get_header("Content-Type")
    except (OSError, StopIteration, ArchiveLoadFailed, EOFError, zlib.error, ValueError) as exc:
        logger.warning("%s@%d: not readable: %r", path, offset, exc)
        return None
    # the header's charset only: extraction's decode() reads the BOM and meta itself
    encoding = http_content_type_encoding(content_type) or ""
    return ArticlePage(
        url=url,
        body=body,
        encoding=encoding,
        site=site,
        provenance=Provenance(
            fetched_at=headers.get_header("WARC-Date"),
            warc_file=path.name,
            record_id=headers.get_header("WARC-Record-ID"),
            offset=offset,
        ),
    )


def compare_versions(
    extract: Callable[[ArticlePage], ArticleItem], page: ArticlePage, after: Mapping[str, Any]
) -> tuple[dict[str, Any], ArticleDiff]:
    """The item of an article's version before (`page`, extracted by `extract`) and how the
    article changed since: run where the crawl extracts (newsarchive.changes.run)."""
    before = ItemAdapter(extract(page)).asdict()
    return before, compare(before, after)
