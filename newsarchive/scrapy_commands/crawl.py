"""`scrapy crawl` whose exit status tells cron and scrapyd whether the run did its job.

Scrapy's own command exits 0 after a run that could not start its spider
(`start_error`), that stopped on a WARC write error or a full disk, or that a
signal or CLOSESPIDER_TIMEOUT shut down, and shows a wrong spider argument as a
traceback. This one exits with a status from `newsarchive.exitcodes` and ends
with one line saying why; a wrong argument or setting is that line alone.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import logging
import os
import signal
import sys
from pathlib import Path
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from newsarchive import exitcodes
from newsarchive.checks import SettingError, check_settings
from newsarchive.interrupt import install_hook
from newsarchive.redislink import lost_with, unreachable
from newsarchive.scrapy_commands.logguard import LogFileGuard
from newsarchive.scrapy_commands.startlog import StartLogHold
from newsarchive.spiders.options import SpiderArgumentError
from newsarchive.state.lock import RunLocked
from newsarchive.state.run import StateUnreadable

# Stats that mean part of the job was not done, whatever the finish reason says.
FAILURE_STATS = {
    "warc/errors": "WARC records could not be written",
    "warc/metadata_refused": "item metadata records could not be written",
    "warc/unarchived_by_error": "pages were not archived (an error in newsarchive: see the log)",
    "warc/unarchived_unread": "pages were not archived (their spooled bodies could not be read)",
    "feeds/unwritten_items": "items could not be written",
    "feeds/unwritable_items": "items no line could be made of were left out of the items file",
    "feeds/unmade_files": "an items file could not be made",
    "report/errors": "the run report could not be written",
    "state/errors": "the crawl state could not be written",
    "changes/errors": "the changed articles could not be listed in changes.jsonl",
    # a request no Redis entry could be made of was never fetched, by this worker or another
    "redis/unpicklable_requests": "requests could not be put into the shared queue",
}
# Stats a spider sets to the one line saying why it stopped its run (a finish reason alone
# says little: `start_url_failed`).
REASON_STATS = (
    "follow/start_failed", "news/sections_refused", "redis/lost", "download/spool_write_error",
)  # fmt: skip


class Command(ScrapyCrawl):
    def short_desc(self) -> str:
        return "Run a spider of the project; the exit status says whether it did its job"

    def long_desc(self) -> str:
        """`scrapy crawl -h`: the spider arguments and exit statuses (it named neither)."""
        return (
            "Run a spider of the project; the exit status says whether it did its job. "
            "Site spiders (scrapy list) take -a sections=a,b, discover=sections,sitemap,rss, "
            "since=YYYY-MM-DD, max_articles=N, depth=N, render=0/1, requisites=0/1 and "
            "base_url=http://HOST:PORT (a loopback or private one with -s "
            "NETWORK_ALLOWED=HOST:PORT); `news` also -a site=NAME, or -a url=URL,URL (the "
            "section pages of a site with no profile, one host). `follow` takes -a url=URL, "
            "depth=N, items=0/1. Exit status: 0 done; 1 the run did not finish its job; 2 a "
            "wrong argument or setting, nothing fetched; 4 degraded (with -s "
            "NEWSARCHIVE_FAIL_ON_ALARM=1); 75 another run of the crawl holds its state. "
            "Settings and the rest: README.md."
        )

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        # Ctrl-C while Scrapy still imports the spiders: one line (the command, not the
        # package's import, takes the excepthook: importing a library changes no hook).
        install_hook("scrapy crawl")
        assert self.settings is not None  # set by cmdline before process_options
        folder = _feed_folder([*(opts.output or []), *(opts.overwrite_output or [])])
        if folder:  # Scrapy's usage block and "Unrecognized output format ''", or a crawl
            self._fail(exitcodes.BAD_INPUT, folder)
            sys.exit(exitcodes.BAD_INPUT)
        super().process_options(args, opts)
        level = self.settings.get("LOG_LEVEL")
        if isinstance(level, str) and not isinstance(logging.getLevelName(level), int):
            # Scrapy's logging set-up, next, raised ValueError: a traceback before any crawl
            self._fail(
                exitcodes.BAD_INPUT,
                f"log level {level!r} (-L, LOG_LEVEL) is not one of "
                "DEBUG, INFO, WARNING, ERROR, CRITICAL (upper case)",
            )
            sys.exit(exitcodes.BAD_INPUT)
        unwritable = _log_file_refused(self.settings.get("LOG_FILE"))
        if unwritable:  # Scrapy's logging, set up next, raised it: a traceback before any run
            self._fail(exitcodes.BAD_INPUT, unwritable)
            sys.exit(exitcodes.BAD_INPUT)
        missing = missing_spider_module(self.settings.getlist("SPIDER_MODULES"))
        if missing:  # Scrapy's spider loader, made next, raised it: a traceback before any run
            self._fail(exitcodes.BAD_INPUT, missing)
            sys.exit(exitcodes.BAD_INPUT)
        # the crawl's log, its write errors said once (before Scrapy sets its logging up)
        self._log_guard = LogFileGuard("scrapy crawl")
        self._log_guard.install(self.settings)
        self._start_log = StartLogHold()
        if str(level).upper() not in ("DEBUG", str(logging.DEBUG)):  # asked for all: none held
            # Scrapy's banner, logged as the command goes on: said once the run goes ahead
            self._start_log.hold_banner()

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            self._start_log.drop()  # a refusal: its one line alone, as for the others
            why = "give one spider: scrapy crawl <spider> (scrapy list shows them)"
            if self.settings is not None and self.settings.get("LOG_FILE"):
                # the LOG_FILE check made it: left empty, the job's log said nothing of why
                _log_line(
                    self.settings.get("LOG_FILE"),
                    f"scrapy crawl: {why} (exit status {exitcodes.BAD_INPUT})",
                )
            raise UsageError(why)
        assert self.crawler_process is not None
        # Scrapy's logging is set up (the process made): the setting back as given
        if self.settings is not None:
            self._log_guard.given_back(self.settings)
        try:
            self._crawl(args, opts)
        finally:
            self._start_log.release()  # a run that went ahead, whatever happened

    def _crawl(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.crawler_process is not None
        self._start_log.hold_making()  # what is logged as the crawler is made, too
        try:
            crawler = self._create_crawler(args[0])
        except KeyError:
            names = ", ".join(sorted(self.crawler_process.spider_loader.list()))
            self._fail(exitcodes.BAD_INPUT, f"unknown spider {args[0]!r}; spiders: {names}")
            return
        self._log_guard.follow(crawler.settings)  # a spider's own LOG_LEVEL, as Scrapy's handler
        self._start_log.hold_handlers()  # the crawler's root handler, in place now
        try:  # before start(): the reactor's resolver reads NETWORK_ALLOWED
            check_settings(crawler.settings)
        except SettingError as exc:
            self._fail(exitcodes.BAD_INPUT, str(exc))
            return
        errors: list[BaseException] = []
        _keep_error(self.crawler_process.crawl(crawler, **opts.spargs), errors)
        self.crawler_process.start()
        # Scrapy's forced shutdown (a second Ctrl-C or SIGTERM) leaves SIGTERM ignored
        forced = signal.getsignal(signal.SIGTERM) is signal.SIG_IGN
        code, reason = outcome(crawler, errors[0] if errors else None, forced)
        lost = self._log_guard.said(crawler.settings.get("LOG_FILE"))
        if lost:  # a run that did its job otherwise: its log is a write that failed
            code = exitcodes.FAILED if code in (exitcodes.OK, exitcodes.DEGRADED) else code
            reason = f"{reason}; {lost}" if reason else f"the crawl's {lost[4:]}"
        if code != exitcodes.OK:
            self._fail(code, reason)

    def _fail(self, code: int, reason: str) -> None:
        self.exitcode = code
        start_log = getattr(self, "_start_log", None)
        if start_log is not None:
            if code in (exitcodes.BAD_INPUT, exitcodes.LOCKED):  # refused: its line alone,
                start_log.drop()  # not Scrapy's banner (75: another run holds the crawl)
            else:  # the run's log, then its last line
                start_log.release()
        sys.stdout.flush()
        line = f"scrapy crawl: {reason} (exit status {code})"
        print(line, file=sys.stderr, flush=True)
        guard = getattr(self, "_log_guard", None)
        if guard is not None:  # said on stderr: a log that refuses it loses nothing more
            guard.quiet = True
        if self.settings is not None and self.settings.get("LOG_FILE"):
            # scrapyd gives every job a LOG_FILE and keeps its stderr apart: the job's log
            # (log_url) ended with Scrapy's version lines, saying nothing of why
            _log_line(self.settings.get("LOG_FILE"), line)


def _log_line(log_file: str, line: str) -> None:
    """`line` as the log's last line, through Scrapy's file handler when it is set up."""
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)]
    if handlers:
        logging.getLogger("scrapy crawl").error(line)
        return
    try:  # stopped before Scrapy set its logging up (a wrong -L)
        with open(log_file, "a", encoding="utf-8") as log:
            log.write(line + "\n")
    except OSError:
        pass  # said on stderr already


def _feed_folder(outputs: list[str]) -> str | None:
    """Why an items file given (`-o`, `-O`, with or without `:FORMAT`) is a folder, or None."""
    for given in outputs:
        if "://" in given:  # a URI: its storage says what it takes
            continue
        head, _, form = given.rpartition(":")
        path = head if head and form.isalnum() else given  # `-o items/:jsonl`, a format
        if path and Path(path).is_dir():
            named = path.rstrip("/") or "/"
            return (
                f"setting FEEDS (-o, -O): {path} is a folder; give the items file's path "
                f"(-o {named}/items.jsonl)"
            )
    return None


def _log_file_refused(log_file: object) -> str | None:
    """Why LOG_FILE cannot be appended to (a folder, a folder missing, a read-only disk), or
    None. Opened as Scrapy's handler opens it, a moment before it does."""
    if not log_file or not isinstance(log_file, (str, os.PathLike)):
        return None
    path = Path(log_file)
    if path.is_dir():
        why = f"{path} is a folder; give a file's path"
    else:
        try:
            open(path, "a", encoding="utf-8").close()
            return None
        except OSError as exc:
            why = f"the log cannot be written ({exc.strerror or exc})"
    return f"setting LOG_FILE={str(log_file)!r}: {why}"


def missing_spider_module(names: list[str]) -> str | None:
    """Why a SPIDER_MODULES entry (a typo in `-s`) names no module, or None. Only a module not
    there: one that raises as it is imported is the spider's own bug, shown as Scrapy shows it."""
    for name in names:
        try:
            found = importlib.util.find_spec(name)  # imports the parent packages
        except ModuleNotFoundError as exc:
            if not _names_part_of(exc.name, name):  # a parent imports a library not installed
                continue  # the spider's own bug: Scrapy's import shows its traceback
            found, why = None, str(exc)
        except ValueError as exc:  # `..`, an empty name
            found, why = None, str(exc)
        else:
            why = f"No module named {name!r}"
        if found is None:
            return (
                f"setting SPIDER_MODULES names {name!r}, which cannot be imported "
                f"({why[:1].lower()}{why[1:]}); the project's spiders are in newsarchive.spiders"
            )
    return None


def _names_part_of(missing: str | None, name: str) -> bool:
    """Whether the module not found is `name` or one of its parent packages (not a module
    they import)."""
    return missing is not None and (name == missing or name.startswith(f"{missing}."))


def _keep_error(started: Any, errors: list[BaseException]) -> None:
    """Take a start error off the task, so asyncio does not print it as a traceback."""
    if isinstance(started, asyncio.Future):

        def retrieve(task: asyncio.Future[Any]) -> None:
            if not task.cancelled() and task.exception() is not None:
                errors.append(task.exception())  # type: ignore[arg-type]

        started.add_done_callback(retrieve)
    elif isinstance(started, Deferred):

        def keep(failure: Failure) -> None:
            errors.append(failure.value)

        started.addErrback(keep)


def degraded(stats: dict[str, Any]) -> tuple[int, str]:
    """A finished run that its alarms marked degraded, with NEWSARCHIVE_FAIL_ON_ALARM set
    (newsarchive.health)."""
    code = stats.get("health/exit_status")
    if not code:
        return exitcodes.OK, ""
    alarms = [str(alarm.get("message")) for alarm in stats.get("health/alarms") or []]
    return int(code), "the run is degraded: " + "; ".join(alarms)


def with_cause(stats: dict[str, Any], stat: str, why: str) -> str:
    """A writer's failure with its first write error ("... could not be written: No space
    left on device (ENOSPC): /data/warc/NAME.warc.gz.open"): what filled, and where."""
    key = exitcodes.write_error_stat(stat.split("/")[0])
    cause = stats.get(key) if key else None
    return f"{why}: {cause}" if cause else why


SHUTDOWN_SAID = (
    "stopped by Ctrl-C or SIGTERM: what it archived and exported is kept, the next run "
    "fetches the rest"
)


def outcome(crawler: Crawler, error: BaseException | None, forced: bool = False) -> tuple[int, str]:
    """The exit status of a run and the line saying why (`forced`: Scrapy's forced shutdown)."""
    if error is not None:
        if isinstance(error, SpiderArgumentError | SettingError | UsageError):
            return exitcodes.BAD_INPUT, str(error)
        if isinstance(error, RunLocked):
            return exitcodes.LOCKED, str(error)
        if isinstance(error, StateUnreadable):
            return exitcodes.FAILED, f"the crawl could not start: {error}"
        gone = error if isinstance(error, unreachable()) else lost_with()
        if gone is not None:  # a shared crawl's Redis (the error names where); gone since the
            # start's check, Scrapy's own close of the engine it failed raised another error
            return exitcodes.FAILED, (
                "the crawl could not start: the shared crawl's Redis cannot be reached "
                f"({type(gone).__name__}: {gone})"
            )
        return exitcodes.FAILED, f"the crawl could not start: {type(error).__name__}: {error}"
    stats = crawler.stats.get_stats() if crawler.stats is not None else {}
    reason = stats.get("finish_reason")
    if stats.get(exitcodes.STATE_REFUSED_STAT):  # refused as it joined: nothing fetched
        # exit 2 (the setting is what to mend), but a write that failed as it closed (its
        # run report, an empty items file on a full disk) is said too: the line alone hid it
        also = [
            with_cause(stats, stat, why) for stat, why in FAILURE_STATS.items() if stats.get(stat)
        ]
        refused = str(stats[exitcodes.STATE_REFUSED_STAT])
        return exitcodes.BAD_INPUT, refused + (f"; also: {'; '.join(also)}" if also else "")
    if reason is None and forced:  # said "(killed)" before: nothing was killed
        return exitcodes.FAILED, (
            "the crawl was stopped by a second Ctrl-C or SIGTERM (forced shutdown): pages in "
            "flight were dropped; the next run fetches what this one did not keep"
        )
    if reason is None:  # said "(killed)": a killed process says nothing; a stop as the
        # engine starts (Ctrl-C or SIGTERM right after "Spider opened") closes no spider
        return exitcodes.FAILED, (
            "the crawl was stopped as it started, before its spider ran (a Ctrl-C or SIGTERM "
            "then closes nothing): the next run makes good what it left, as after a kill"
        )
    said = [str(stats[stat]) for stat in REASON_STATS if stats.get(stat)]
    # a start URL failing for the spool names its error: said once
    failed = [why for why in said if not any(why in other and why != other for other in said)]
    failed += [
        with_cause(stats, stat, why) for stat, why in FAILURE_STATS.items() if stats.get(stat)
    ]
    accepted = crawler.settings.getlist("NEWSARCHIVE_OK_FINISH_REASONS") or ["finished"]
    if reason in accepted and not failed:
        return degraded(stats)
    if reason in accepted:  # it read "did not finish its job: finished (...)"
        return exitcodes.FAILED, (
            f"the crawl did not finish its job: {'; '.join(failed)} (though its spider "
            f"closed as {reason})"
        )
    if reason == "shutdown":  # Scrapy's name for a stop by signal: say which, and what now
        failed.append(SHUTDOWN_SAID)
    detail = "; ".join(failed)
    return exitcodes.FAILED, f"the crawl did not finish its job: {reason}" + (
        f" ({detail})" if detail else ""
    )
