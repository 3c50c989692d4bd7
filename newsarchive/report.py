"""The run report: what one run archived, as JSON beside the WARCs and a summary in the log.

A scheduled crawl is read by its report, not its log: articles new, changed,
unchanged and failed (by reason), per section; the WARC files written and their
bytes; how many items got each field. Everything comes from the crawl's stats
(`state/...`, `warc/...`, `extract/...`, Scrapy's own) and the items seen, so
the report tells the same story as the stats dump.

A section has one key in `sections`, whichever run counted it and however: the
site profile's section key (as in `listings` and the health alarms) when the
section an item gave matches one ("Business", "U.S." -> business, us), the name
it gave when it matches none, and for an article whose item gave none, the key of
the section whose listing named it (the crawl state counts a known article so too).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections import Counter, defaultdict
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from newsarchive import exitcodes
from newsarchive import signals as na_signals
from newsarchive.articles import EXTRACTED_FIELDS
from newsarchive.changes.run import report_section
from newsarchive.checks import SettingError
from newsarchive.items import ArticleItem
from newsarchive.itemsinks import item_sinks
from newsarchive.numbers import counted
from newsarchive.outputs import folder_refuses
from newsarchive.sites import site_profile
from newsarchive.sites.base import section_key, section_keys
from newsarchive.spiders.sections import ArticleAsked, credited_section
from newsarchive.state.config import beside_warcs
from newsarchive.state.run import CRAWLER_ATTRIBUTE, CrawlStateRun
from newsarchive.timestamps import iso_seconds

logger = logging.getLogger(__name__)

ARTICLE_OUTCOMES = ("new", "changed", "unchanged", "not_modified")
# Not failures: requests the policy skipped, answers the policy asked for.
NOT_FAILED = ("scrapy.exceptions.IgnoreRequest", "304")
RETRIED = "retry/reason_count/"  # Scrapy's RetryMiddleware, by the exception's full name
ROBOTS_NOT_READ = "robotstxt/not_read/"  # the same, for robots.txt (newsarchive.network.robots)
SHARED_CRAWL_ATTRIBUTE = "newsarchive_shared_crawl"  # newsarchive.distributed.CRAWLER_ATTRIBUTE


@dataclass(frozen=True)
class ReportConfig:
    directory: Path
    warc_dir: Path

    @classmethod
    def from_settings(cls, settings: Any) -> ReportConfig:
        if not settings.getbool("REPORT_ENABLED", True):
            raise NotConfigured("run report disabled (REPORT_ENABLED=0)")
        directory = settings.get("REPORT_DIR") or beside_warcs(settings, "reports")
        return cls(Path(directory), Path(settings.get("WARC_DIR") or "warc"))


class RunReportExtension:
    def __init__(self, config: ReportConfig, stats: StatsCollector, crawler: Crawler) -> None:
        self.config = config
        self.stats = stats
        self.crawler = crawler
        self.started = datetime.now(UTC)
        self.sections: dict[str, Counter[str]] = defaultdict(Counter)
        # (what `credited_section` needs, kind) of items naming no section
        self._unnamed: list[tuple[ArticleAsked, str]] = []
        self.warc_files: list[str] | None = None  # None: no WARC writer said what it closed
        # the WARC files' closing, while a large body is still written (warc_files_closing)
        self._warc_closing: tuple[Deferred[list[str]], list[str]] | None = None
        self._written = False
        self._named = False  # the unnamed items put under their sections (_name_the_unnamed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunReportExtension:
        assert crawler.stats is not None
        config = ReportConfig.from_settings(crawler.settings)
        why = folder_refuses(config.directory)
        if why:  # found after the whole crawl before: exit 1, the run's report lost
            raise SettingError(
                f"the run report cannot be written in {config.directory} ({why}): "
                "give a folder that takes files (REPORT_DIR, or WARC_DIR beside which it goes)"
            )
        extension = cls(config, crawler.stats, crawler)
        item_sinks(crawler).add(extension.item_scraped, "report")
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.warc_files_closed, signal=na_signals.warc_files_closed)
        crawler.signals.connect(extension.warc_files_closing, signal=na_signals.warc_files_closing)
        return extension

    def warc_files_closing(self, done: Deferred[list[str]], writing: list[str]) -> None:
        self._warc_closing = (done, writing)

    def warc_files_closed(self, files: list[str]) -> None:
        self.warc_files = sorted(files)

    def item_scraped(self, item: Any, response: Any = None) -> None:
        if isinstance(item, ArticleItem):
            kind = "changed" if (item.version or 1) > 1 else "new"
            if item.section:
                self.sections[str(item.section)][kind] += 1
                return
            # no section on the page: the first section whose listing named it, found at the
            # end (two listings may name it; the one that answered first asked for it)
            self._unnamed.append((ArticleAsked.of(item.url, response), kind))

    def _name_the_unnamed(self, spider: Spider) -> None:
        """Items naming no section: under the first section, in the crawl's order, whose
        listing named them in this run (the spider's listing bookkeeping: not the listing
        whose answer came first), else the listing's that asked for them (another worker's of
        a shared crawl), else "(none)" (a sitemap's or feed's alone); and known articles a
        sitemap or feed made skipped with none, under the first such section. Once."""
        if self._named:
            return
        self._named = True
        listings = getattr(spider, "sections", None)  # the news spider's SectionListings
        section_of = getattr(listings, "section_of", lambda url: None)
        for asked, kind in self._unnamed:
            self.sections[credited_section(listings, asked) or "(none)"][kind] += 1
        self._unnamed.clear()
        state = getattr(self.crawler, CRAWLER_ATTRIBUTE, None)
        if isinstance(state, CrawlStateRun):  # into the state's stats, which `sections` reads
            state.name_skipped(section_of)

    def spider_closed(self, spider: Spider, reason: str) -> Coroutine[Any, Any, None] | None:
        """The report, once the WARC files are closed: a large body still being written
        (`warc_files_closing`) is waited for, its file and records then in the report. A
        process stopped before that (a second Ctrl-C or SIGTERM) has the report written as
        it stops, naming the bodies still being archived (`warc.still_writing`).

        Not a coroutine function: what it reads (the spider's listings) is read at once, in
        the receivers' order, as before; only the wait is a coroutine's."""
        closing, self._warc_closing = self._warc_closing, None
        if closing is None or closing[0].called:
            self._report(spider, reason)
            return None
        done, writing = closing
        self._name_the_unnamed(spider)
        from twisted.internet import reactor

        installed: Any = reactor
        trigger = installed.addSystemEventTrigger(
            "before", "shutdown", self._report, spider, reason, writing
        )
        waited: Deferred[None] = Deferred()

        def closed(result: Any) -> Any:
            with contextlib.suppress(ValueError, KeyError):  # fired: the process stops
                installed.removeSystemEventTrigger(trigger)
            try:
                self._report(spider, reason)
            finally:
                waited.callback(None)
            return result

        done.addBoth(closed)

        async def wait() -> None:
            await maybe_deferred_to_future(waited)

        return wait()

    def _report(self, spider: Spider, reason: str, still_writing: list[str] | None = None) -> None:
        if self._written:
            return
        self._written = True
        self._name_the_unnamed(spider)
        stats, warc_dir = self.stats.get_stats(), self.config.warc_dir
        profile = site_profile(spider)
        keys = tuple(profile.sections) if profile is not None else ()
        renamed = profile.renamed_sections if profile is not None else None
        report = build_report(
            stats, self.sections, warc_dir, self.started, self.warc_files, keys, renamed
        )
        report.update(spider=spider.name, site=_site(spider), finish_reason=reason)
        if still_writing is not None:
            report["warc"]["still_writing"] = still_writing
            logger.warning(
                "run report written while large bodies were still being archived (%s) and the "
                "crawl was stopped: each is in its WARC file whole or not at all (a file left "
                ".open is closed by the next crawl or `recover`), and not counted here",
                ", ".join(still_writing),
            )
        changes = report_section(self.crawler)
        if changes is not None:
            report["changes"] = changes
        state = getattr(self.crawler, CRAWLER_ATTRIBUTE, None)
        if isinstance(state, CrawlStateRun) and state.killed is not None:
            report["previous_run"] = state.killed.as_report()  # it wrote no report of its own
        # a shared crawl's workers this one found dead (newsarchive.lives; not imported here:
        # it needs redis, which a crawl of one process never loads)
        lives = getattr(getattr(self.crawler, SHARED_CRAWL_ATTRIBUTE, None), "lives", None)
        if killed_workers := getattr(lives, "killed", None):
            report["killed_workers"] = [worker.as_report() for worker in killed_workers]
        stem = f"{_site(spider)}-{self.started:%Y%m%dT%H%M%SZ}"
        for line in summary_lines(report):
            logger.info("%s", line)
        text = json.dumps(report, indent=2, ensure_ascii=False)
        try:
            path = _write_new(self.config.directory, stem, text)
        except OSError as exc:  # the crawl's exit status says so (newsarchive.commands.crawl)
            self.stats.inc_value("report/errors")
            exitcodes.note_write_error(self.stats, "report", self.config.directory, exc)
            logger.error("could not write the run report in %s: %s", self.config.directory, exc)
            return
        logger.info("run report: %s", path)


def _write_new(directory: Path, stem: str, text: str) -> Path:
    """Write `<stem>.json`, or `<stem>_2.json`, `_3` ... when runs started in the same
    second (back-to-back runs, workers of one shared crawl): never overwrite a report,
    and names still sort in run order. Written whole to a temporary file first, then
    linked under its name: a full disk leaves no report rather than a torn one."""
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=directory, prefix=f".{stem}.", suffix=".tmp", delete=False
    ) as temp:
        try:
            # mkstemp makes it 0600; the report is read as the items and WARCs beside it are
            os.chmod(temp.name, 0o666 & ~_umask())
            temp.write(text + "\n")
            temp.flush()
        except OSError:
            os.unlink(temp.name)
            raise
    try:
        for n in range(1, 1000):
            path = directory / (f"{stem}.json" if n == 1 else f"{stem}_{n}.json")
            try:
                os.link(temp.name, path)  # atomic, and never replaces an existing report
                return path
            except FileExistsError:
                continue
            except OSError:  # a file system without hard links: rename (also atomic)
                if path.exists():
                    continue
                os.rename(temp.name, path)
                return path
        raise FileExistsError(directory / f"{stem}.json")
    finally:
        if os.path.exists(temp.name):
            os.unlink(temp.name)


def _umask() -> int:
    """The process's umask, which a new file's mode gets. Linux shows it in /proc; elsewhere
    it is read by setting it and back (for a moment, another thread's new file gets 022)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def build_report(
    stats: dict[str, Any],
    item_sections: dict[str, Counter[str]],
    warc_dir: Path,
    started: datetime,
    warc_files: list[str] | None = None,
    section_keys: tuple[str, ...] = (),
    renamed_sections: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """`section_keys`: the site profile's sections, the keys `sections` files names under
    (`renamed_sections`: its earlier keys, filed under the keys now)."""
    articles = {kind: int(stats.get(f"state/articles/{kind}", 0)) for kind in ARTICLE_OUTCOMES}
    if not any(articles.values()):  # no crawl state: every article item is new
        articles["new"] = int(stats.get("extract/items", 0))
    articles["skipped_unchanged"] = int(stats.get("state/skipped/unchanged", 0))
    return {
        "started": iso_seconds(started),
        "finished": iso_seconds(datetime.now(UTC)),
        # newsarchive.health: "ok", or "degraded" with the alarms that say why
        "status": str(stats.get("health/status", "unchecked")),
        "alarms": list(stats.get("health/alarms", [])),
        "articles": articles,
        "failed": failures(stats),
        "robots_txt": robots_txt(stats),
        "sections": sections(stats, item_sections, section_keys, renamed_sections),
        "listings": listings(stats),
        "warc": warc_summary(stats, warc_dir, started, warc_files),
        "items": coverage(stats),
    }


# items whose article the crawl state did not record (fetched again by a later run)
ITEMS_NOT_WRITTEN = {
    "feeds/unwritten_items": "item not written: items file write error",  # a full disk
    "feeds/unwritable_items": "item not written: no line could be made of it",  # its encoding
    "warc/unarchived_metadata": "item not written: WARC metadata record write error",
}


def failures(stats: dict[str, Any]) -> dict[str, int]:
    prefixes = {
        "downloader/exception_type_count/": "download error ",
        "httperror/response_ignored_status_count/": "HTTP ",
        "extract/failed/": "extraction ",
        "spider_exceptions/": "spider ",
        "warc/truncated_unparsed/": "cut short, not parsed: ",  # newsarchive.network.cut_bodies
        "download/undecodable/": "body does not decode: ",  # newsarchive.network.codings
        "download/decoded_too_large/": "body decodes too large: ",  # the same
        "redirect/": "redirect: ",  # loop, too_many (newsarchive.network.redirects)
        "download/empty_article": "empty body, not parsed",  # newsarchive.network.empty_bodies
        "download/unasked_304": "HTTP 304 to a request naming no copy",  # the same
        "browser/moved_to_error_page": "rendered page moved where the browser could not go",
        "news/articles_not_text/": "not a text page: ",  # a binary type (newsarchive.spiders.news)
        "urllength/request_ignored_count": "URL longer than URLLENGTH_LIMIT",  # network.urllength
    }
    found: dict[str, int] = {
        label: int(stats[key]) for key, label in ITEMS_NOT_WRITTEN.items() if stats.get(key)
    }
    for key, value in stats.items():
        for prefix, label in prefixes.items():
            what = key[len(prefix) :]
            if key.startswith(prefix) and what not in NOT_FAILED:
                # an attempt the retry middleware retried is no failure: only the last one is
                retried = stats.get(RETRIED + what, 0) if label == "download error " else 0
                # a robots.txt not read is no page that failed: the report's `robots_txt`
                robots = stats.get(ROBOTS_NOT_READ + what, 0) if label == "download error " else 0
                if int(value) - int(retried) - int(robots) > 0:
                    found[label + what] = int(value) - int(retried) - int(robots)
    return dict(sorted(found.items()))


def robots_txt(stats: dict[str, Any]) -> dict[str, int]:
    """What robots.txt did to the run: the pages it forbade (no failure of the site's and no
    article: they left no trace), the robots.txt files not read (a download error, not a
    failed page), those answered with a server error (read as `Disallow: /`)."""
    found = {
        "forbidden": int(stats.get("robotstxt/forbidden", 0)),  # Scrapy's RobotsTxtMiddleware
        "not_read": int(stats.get("robotstxt/unavailable", 0)),
        "server_error": int(stats.get("robotstxt/server_error", 0)),
    }
    return {what: count for what, count in found.items() if count}


def sections(
    stats: dict[str, Any],
    item_sections: dict[str, Counter[str]],
    keys: tuple[str, ...] = (),
    renamed: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """New and changed from this run's items; unchanged from the crawl state's counts
    (by the section an earlier item gave, else the listing's); each under one key of `keys`
    when its name matches one, so "Business" and "business" are one section."""
    key_of = section_keys(keys, renamed)
    merged: dict[str, Counter[str]] = defaultdict(Counter)
    for name, counts in item_sections.items():
        merged[section_key(name, key_of)].update(counts)
    for key, value in stats.items():
        if key.startswith("state/section/"):
            section, _, what = key[len("state/section/") :].rpartition("/")
            if what not in ("new", "changed") and int(value):
                merged[section_key(section, key_of)][what] += int(value)
    return {name: dict(sorted(counts.items())) for name, counts in sorted(merged.items())}


def listings(stats: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per section: listing pages read, articles they named, why the listing ended
    (the news spider's listing/<section>/... stats; newsarchive.spiders.paging)."""
    found: dict[str, dict[str, Any]] = defaultdict(dict)
    for key, value in stats.items():
        if key.startswith("listing/"):
            section, _, what = key[len("listing/") :].rpartition("/")
            found[section][what] = value
    return {name: found[name] for name in sorted(found)}


def warc_summary(
    stats: dict[str, Any], warc_dir: Path, started: datetime, files: list[str] | None = None
) -> dict[str, Any]:
    if files is None:  # no writer to ask: the files changed since the run started
        since = started.timestamp()
        # `*.warc*` takes hidden names too: a crawl's `.NAME.warc.gz.creating`, a `recompress`
        # output's `.x.warc.gz.PID.partial` (newsarchive.warc.files: no reader takes them)
        files = sorted(
            p.name
            for p in warc_dir.glob("*.warc*")
            if not p.name.startswith(".") and p.is_file() and p.stat().st_mtime >= since
        )
    return {
        "dir": str(warc_dir),
        "files": files,
        "file_count": int(stats.get("warc/files", len(files))),
        "bytes": int(stats.get("warc/bytes", 0)),
        "records": int(stats.get("warc/records", 0)),
        "revisits": int(stats.get("warc/revisits", 0)),
    }


def coverage(stats: dict[str, Any]) -> dict[str, Any]:
    total = int(stats.get("extract/items", 0))
    fields = {
        name: round(1 - int(stats.get(f"extract/missing/{name}", 0)) / total, 3) if total else None
        for name in EXTRACTED_FIELDS
    }
    return {"count": total, "exported": int(stats.get("item_scraped_count", 0)), "coverage": fields}


def summary_lines(report: dict[str, Any]) -> list[str]:
    a, w = report["articles"], report["warc"]
    failed = sum(report["failed"].values())
    lines = [
        f"articles: {a['new']} new, {a['changed']} changed, "
        f"{a['unchanged'] + a['not_modified'] + a['skipped_unchanged']} unchanged, {failed} failed",
        f"WARC: {w['file_count']} files, {w['bytes']:,} bytes, {w['records']} records "
        f"({w['revisits']} revisits) in {w['dir']}",
    ]
    weak = [
        f"{k} {v:.0%}" for k, v in report["items"]["coverage"].items() if v is not None and v < 0.9
    ]
    if weak:
        lines.append("fields under 90% of items: " + ", ".join(weak))
    if report["failed"]:
        lines.append("failed: " + ", ".join(f"{k} x{v}" for k, v in report["failed"].items()))
    if robots := report.get("robots_txt"):
        said = {
            "forbidden": counted(robots.get("forbidden", 0), "page") + " forbidden by robots.txt",
            "not_read": counted(robots.get("not_read", 0), "robots.txt", "robots.txt files")
            + " not read (crawled as the log's line for each host says)",
            "server_error": counted(robots.get("server_error", 0), "robots.txt", "robots.txt files")
            + " answered a server error (read as 'Disallow: /')",
        }
        lines.append("robots.txt: " + ", ".join(said[k] for k in robots))
    changes = report.get("changes") or {}
    for article in changes.get("articles", []):
        lines.append(f"changed: {article['url']}: {article['summary']}")
    if changes.get("furniture_only"):
        lines.append(f"pages changed with no change to their article: {changes['furniture_only']}")
    ended = [
        f"{name} {v.get('pages', 0)} pages ({v.get('ended')})"
        for name, v in report["listings"].items()
    ]
    if ended:
        lines.append("listings: " + ", ".join(ended))
    if killed := report.get("previous_run"):
        lines.append(
            f"previous run: killed (pid {killed['pid']}, started {killed['started']}), "
            f"{killed['items']} items kept, WARC files: {len(killed['warc_files'])}"
        )
    for worker in report.get("killed_workers", ()):
        lines.append(
            f"worker killed: {worker['worker']} (pid {worker['pid']}, started "
            f"{worker['started']}), {worker['requests_given_back']} requests given back, "
            f"{worker['items']} items kept, WARC files: {len(worker['warc_files'])}"
        )
    return lines


def _site(spider: Spider) -> str:
    profile = site_profile(spider)
    return str(getattr(spider, "site", None) or (profile.name if profile else None) or spider.name)
