"""Settings checked before a crawl touches anything: a wrong value stops it with one line.

Scrapy reads `-s CONCURRENT_REQUESTS=abc` deep inside a component, and its error
names the value, not the setting. Here every setting whose default is a number
or a flag (Scrapy's and this project's) must parse as one, and this project's
settings (and a few of Scrapy's) must lie in their range. Listed first in
EXTENSIONS, so it runs before the crawl state, the WARC writer or a feed opens;
`scrapy crawl` and `check` also call it before the reactor starts, which reads
NETWORK_ALLOWED (a wrong entry was a traceback there). A setting given with `-s`
under one of this project's prefixes that no code reads (`-s WARC_ENABLD=0`) is
refused too: Scrapy takes any name, and the typo went unnoticed.
"""

from __future__ import annotations

import difflib
import errno
import os
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings, default_settings

from newsarchive import settings as project_settings


class SettingError(ValueError):
    """A setting that cannot be used; the message names it and says what is accepted."""


@dataclass(frozen=True)
class Bounds:
    low: float
    high: float | None = None
    what: str = "a whole number"

    def accepts(self, value: float) -> bool:
        return value >= self.low and (self.high is None or value <= self.high)

    def describe(self) -> str:
        if self.high is not None:
            return f"{self.what} from {self.low:g} to {self.high:g}"
        return f"{self.what} of at least {self.low:g}"


WHOLE, SECONDS, BYTES = "a whole number", "a number of seconds", "a whole number of bytes"
RANGES: dict[str, Bounds] = {
    "WARC_MAX_FILE_SIZE": Bounds(1, what=BYTES),
    "WARC_MAX_RECORD_PAYLOAD": Bounds(0, what=BYTES + " (0: no limit)"),
    "WARC_GZIP_LEVEL": Bounds(0, 9),
    "EXTRACT_THREADS": Bounds(1),
    "STATE_RECHECK_AGE": Bounds(0, what=SECONDS + " (0: only when listed as changed)"),
    "BROWSER_MAX_CLICKS": Bounds(0),
    "BROWSER_MAX_SCROLLS": Bounds(0),
    "BROWSER_ACTION_TIMEOUT": Bounds(0.001, what=SECONDS),
    "BROWSER_QUIET_TIMEOUT": Bounds(0.001, what=SECONDS),
    "BROWSER_SETTLE_TIME": Bounds(0, what=SECONDS + " (0: quiet once no request is open)"),
    "BROWSER_BODY_BUFFER_SIZE": Bounds(0, what=BYTES + " (0: none)"),
    "BROWSER_LAZY_SCROLL_STEPS": Bounds(0, what=WHOLE + " (0: not scrolled)"),
    "BROWSER_LAZY_SCROLL_TIME": Bounds(0.001, what=SECONDS),
    "CONCURRENT_REQUESTS": Bounds(1),
    "CONCURRENT_REQUESTS_PER_DOMAIN": Bounds(1),
    "DOWNLOAD_DELAY": Bounds(0, what=SECONDS),
    "DOWNLOAD_TIMEOUT": Bounds(0.001, what=SECONDS),
    "RETRY_TIMES": Bounds(0),
    "REDIRECT_MAX_TIMES": Bounds(0),
    "DEPTH_LIMIT": Bounds(0, what=WHOLE + " (0: no limit)"),
    "CLOSESPIDER_TIMEOUT": Bounds(0, what=SECONDS + " (0: none)"),
    "NETWORK_RETRY_AFTER_MAX": Bounds(0, what=SECONDS + " (0: never wait)"),
    "NETWORK_CRAWL_DELAY_MAX": Bounds(0, what=SECONDS + " (0: Crawl-delay ignored)"),
    "NETWORK_RETRY_429_WAIT": Bounds(0, what=SECONDS + " (0: retried at once)"),
    # Each of these was taken as it came: CONCURRENT_ITEMS=0 exported no item and exited 0,
    # a negative EXTRACT_WORKERS or EXTRACT_MAX_HTML switched extraction off (every item
    # lost), SCRAPER_SLOT_MAX_ACTIVE_SIZE=-1 held the downloader for good, the others
    # were a ValueError or a traceback once the crawl had started.
    "CONCURRENT_ITEMS": Bounds(1),
    "EXTRACT_WORKERS": Bounds(0, what=WHOLE + " (0: threads in the crawl's process)"),
    "EXTRACT_MAX_HTML": Bounds(0, what=WHOLE + " of characters (0: no limit)"),
    "EXTRACT_MAX_PENDING": Bounds(0, what=WHOLE + " (0: 16 per worker)"),
    "EXTRACT_TIMEOUT": Bounds(0, what=SECONDS),
    "GC_THRESHOLD": Bounds(0, what=WHOLE + " (0: Python's own)"),
    "LISTING_REPEAT_PAGES": Bounds(1),
    "LISTING_SITEMAP_LEVELS": Bounds(0),
    "DOWNLOAD_MAX_TIME": Bounds(0, what=SECONDS + " (0: no limit)"),
    "SCRAPER_SLOT_MAX_ACTIVE_SIZE": Bounds(1, what=BYTES),
    # a negative spool size was a download handler's traceback for every request (all
    # sections refused); the commit batch's bounds were a ValueError once the state opened
    "DOWNLOAD_SPOOL_SIZE": Bounds(0, what=BYTES),
    "DOWNLOAD_DECODED_MAXSIZE": Bounds(0, what=BYTES + " (0: no limit)"),
    "STATE_COMMIT_WRITES": Bounds(1),
    "STATE_COMMIT_SECONDS": Bounds(0, what=SECONDS),
}
# Numbers whose default is None (worked out at run time); empty means that default too.
OPTIONAL_NUMBERS: dict[str, int] = {"EXTRACT_WORKERS": 0}


# This project's setting names start so; one of them given with -s must be one the code reads.
OWN_PREFIXES = (
    "NEWSARCHIVE_", "WARC_", "STATE_", "HEALTH_", "EXTRACT_", "BROWSER_", "CHANGES_",
    "REPORT_", "LISTING_", "NETWORK_", "GC_",
)  # fmt: skip
# Settings the code reads with a default of its own, not listed in settings.py.
READ_WITHOUT_DEFAULT = (
    "BROWSER_SHOW_MORE_SELECTORS", "CHANGES_ENABLED", "CHANGES_FILE", "NEWSARCHIVE_REDIS_KEY",
    "NEWSARCHIVE_REDIS_SHARED_POLITENESS", "NEWSARCHIVE_REDIS_URL",
    "NEWSARCHIVE_REDIS_WORKER_TTL", "NEWSARCHIVE_RESUME", "NEWSARCHIVE_FRESH", "STATE_REDIS_KEY",
    "NEWSARCHIVE_REDIS_CONTINUE_WITHIN",
    "STATE_SHARED",
)  # fmt: skip


def known_settings() -> set[str]:
    """Every setting name Scrapy or this project reads."""
    names = {n for m in (default_settings, project_settings) for n in vars(m) if n.isupper()}
    return names | set(READ_WITHOUT_DEFAULT)


def check_settings(settings: BaseSettings) -> None:
    """Raise SettingError for the first unusable value."""
    _check_spelling(settings)
    _check_names(settings)
    for name, default in {**_typed_defaults(), **OPTIONAL_NUMBERS}.items():
        if name not in settings or settings.get(name) is None:
            continue
        if name in OPTIONAL_NUMBERS and settings.get(name) == "":
            continue
        value = _parse(settings, name, default)
        bounds = RANGES.get(name)
        if bounds is not None and not bounds.accepts(value):
            raise SettingError(
                f"setting {name}={settings.get(name)!r} is out of range: use {bounds.describe()}"
            )
    _check_parsed(settings)
    _check_objects(settings)
    _check_handlers(settings)


def _check_spelling(settings: BaseSettings) -> None:
    """A -s name under this project's prefixes that nothing reads: a typo, said at once."""
    known = known_settings()
    for name in settings.attributes:
        if (
            name.startswith(OWN_PREFIXES)
            and name not in known
            and (settings.getpriority(name) or 0) >= SETTINGS_PRIORITIES["cmdline"]
        ):
            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f"; did you mean {close[0]}?" if close else " (the Settings table lists them)"
            raise SettingError(f"unknown setting {name}{hint}")


def _check_parsed(settings: BaseSettings) -> None:
    """Settings read as more than a number: the allowed networks, the health floors (JSON)."""
    from newsarchive.browser.config import BrowserConfig
    from newsarchive.health.config import rules_from_settings
    from newsarchive.network.policy import NetworkPolicy

    try:
        NetworkPolicy.from_settings(settings)
    except ValueError as exc:  # its message names the setting and the entry
        raise SettingError(str(exc)) from None
    try:  # BROWSER_PAGE_TIMEOUT is checked there alone (its other values, above, too)
        BrowserConfig.from_settings(settings)
    except ValueError as exc:  # its message names the setting
        raise SettingError(f"setting {exc}") from None
    contact = settings.get("NEWSARCHIVE_CONTACT")
    if contact is not None and not str(contact).strip():
        raise SettingError(  # the User-Agent said "newsarchive/0.1.0 (+)": no one to reach
            "setting NEWSARCHIVE_CONTACT is empty: give an e-mail address or URL "
            "(-s NEWSARCHIVE_CONTACT=mailto:you@example.org); it goes into the User-Agent"
        )
    redis_url = settings.get("NEWSARCHIVE_REDIS_URL")
    if redis_url and not str(redis_url).startswith(("redis://", "rediss://", "unix://")):
        raise SettingError(  # was "the crawl could not start: ValueError: ...", exit 1
            f"setting NEWSARCHIVE_REDIS_URL={redis_url!r} is not a Redis URL: "
            "use redis://[:PASSWORD@]HOST:PORT/DB, rediss://... or unix://PATH"
        )
    if redis_url:  # a shared crawl: redis is imported anyway
        from newsarchive.redisclient import url_problem
        from newsarchive.shared_keys import continue_within, start_mode

        problem = url_problem(str(redis_url))
        if problem:  # was "the crawl could not start: ValueError: Port could not be cast ..."
            raise SettingError(
                f"setting NEWSARCHIVE_REDIS_URL is not a Redis URL ({problem}): "
                "use redis://[:PASSWORD@]HOST:PORT/DB, rediss://... or unix://PATH"
            )
        try:
            start_mode(settings)
        except ValueError as exc:
            raise SettingError(f"setting {exc}") from None
        try:
            continue_within(settings)
        except ValueError as exc:
            raise SettingError(f"setting {exc}") from None
    try:  # checked with HEALTH_ENABLED off too: `check` judges fields by these floors
        settings.getdict("HEALTH_FIELD_FLOORS")
    except (TypeError, ValueError):
        raw = settings.get("HEALTH_FIELD_FLOORS")
        raise SettingError(
            f"setting HEALTH_FIELD_FLOORS={raw!r} is not a JSON object of shares "
            """from 0 to 1, e.g. '{"topics": 0}'"""
        ) from None
    try:
        rules_from_settings(settings)
    except ValueError as exc:  # its message names the setting
        raise SettingError(f"setting {exc}") from None


# This project's settings naming a class by its import path.
OBJECT_SETTINGS = ("WARC_DEDUP_INDEX", "STATE_RUN_LEDGER")


def _check_objects(settings: BaseSettings) -> None:
    """A class path that loads nothing was `could not start: ValueError: Error loading
    object 'x': not a full path`, exit 1, naming no setting."""
    from scrapy.utils.misc import load_object

    for name in OBJECT_SETTINGS:
        raw = settings.get(name)
        if not raw:
            continue
        try:
            load_object(raw)
        except (ImportError, AttributeError, NameError, ValueError) as exc:
            raise SettingError(
                f"setting {name}={raw!r} names no class that can be loaded ({exc}); "
                "give its full import path, e.g. package.module.ClassName"
            ) from None


# The stock handler renders with none of newsarchive's browser: no NETWORK_ALLOWED proxy
# (Chromium reaches any host), no driving nor archiving of the page, no BROWSER_PAGE_TIMEOUT;
# it starts Playwright with the engine and downloads plain pages without DOWNLOAD_MAX_TIME,
# spooling or long header lines. The crawl ran so, saying nothing.
STOCK_BROWSER_HANDLER = "scrapy_playwright."
OUR_HANDLER = "newsarchive.browser.front.PlainFirstHandler"


def _check_handlers(settings: BaseSettings) -> None:
    """`DOWNLOAD_HANDLERS` of a user's own naming scrapy-playwright's handler for http or
    https, as its documentation says to: refused, ours named instead (it gives rendering)."""
    handlers = settings.getwithbase("DOWNLOAD_HANDLERS")
    for scheme in ("http", "https"):
        named = handlers.get(scheme)
        path = named if isinstance(named, str) else getattr(named, "__module__", "")
        if str(path).startswith(STOCK_BROWSER_HANDLER):
            shown = named if isinstance(named, str) else f"{path}.{named.__qualname__}"
            raise SettingError(
                f"setting DOWNLOAD_HANDLERS names {shown} for {scheme}: newsarchive's browser"
                f" (NETWORK_ALLOWED, pages archived) needs {OUR_HANDLER}, which renders with"
                " scrapy-playwright itself; name that one"
            )


def _check_names(settings: BaseSettings) -> None:
    prefix = str(settings.get("WARC_PREFIX") or "")
    if "/" in prefix or "-" in prefix:
        raise SettingError(
            f"setting WARC_PREFIX={prefix!r}: no '/' or '-' (they split WARC file names)"
        )
    robots = settings.get("ROBOTSTXT_UNREACHABLE", "allow")
    if robots not in ("allow", "disallow"):  # was the robots middleware's traceback
        raise SettingError(f"setting ROBOTSTXT_UNREACHABLE={robots!r}: one of allow, disallow")
    template = str(settings.get("STATE_PATH") or "")
    try:
        template % {"site": "site", "name": "name"}
    except (KeyError, ValueError, TypeError):
        raise SettingError(
            f"setting STATE_PATH={template!r}: only %(site)s and %(name)s may be filled in"
        ) from None


def _parse(settings: BaseSettings, name: str, default: bool | int | float) -> float:
    """The value as a number; whole where this project reads it as a count."""
    raw = settings.get(name)
    bounds = RANGES.get(name)
    whole = bounds is not None and isinstance(default, int) and not bounds.what.startswith(SECONDS)
    try:
        if isinstance(default, bool):
            return float(settings.getbool(name))
        value = float(raw)
        if whole and not value.is_integer():
            raise ValueError(raw)
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(raw)
        return value
    except (TypeError, ValueError):
        if isinstance(default, bool):
            kind = "1 or 0 (true or false)"
        else:
            kind = bounds.what if bounds is not None else "a number"
        raise SettingError(f"setting {name}={raw!r} is not {kind}") from None


def _typed_defaults() -> dict[str, bool | int | float]:
    typed: dict[str, bool | int | float] = {}
    for module in (default_settings, project_settings):
        typed.update(_numbers_and_flags(module))
    return typed


def _numbers_and_flags(module: ModuleType) -> dict[str, bool | int | float]:
    return {
        name: value
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, bool | int | float)
    }


def check_feed_uris(settings: BaseSettings, spider: object) -> None:
    """Every feed URI's `%(...)s` is one Scrapy can fill in (the spider's attributes, time,
    batch_time, batch_id). Scrapy fills them in as the spider opens and, on a wrong name,
    logs a KeyError traceback and writes no items file: the run exited 0, its items lost
    (the crawl state kept their articles, so no later run exported them)."""
    if settings.get("FEED_URI_PARAMS"):
        return  # a function of the user's makes the parameters
    params = {*dir(spider), "time", "batch_time", "batch_id"}
    for uri in settings.getdict("FEEDS"):
        names = {m.group(1) for m in re.finditer(r"%\((\w+)\)", str(uri))}
        unknown = sorted(names - params)
        if unknown:
            by_addon = (settings.getpriority("FEEDS") or 0) <= SETTINGS_PRIORITIES["project"]
            which = "NEWSARCHIVE_ITEMS_FEED" if by_addon else "FEEDS (-o, -O)"
            raise SettingError(
                f"setting {which}: the items file {str(uri)!r} names %({unknown[0]})s, which "
                "nothing fills in; use %(name)s, %(site)s, %(time)s or %(batch_id)d"
            )


def check_feed_folders(settings: BaseSettings) -> None:
    """Every items file on this machine can be made (or, there already, written) before
    anything is fetched. A feed on a read-only disk, or under a file, was found at the first
    item: the run stopped there (exit 1, nothing lost, but after its start pages were fetched
    and archived), or a run exporting no item said nothing at all."""
    import os
    from urllib.parse import urlparse

    from w3lib.url import file_uri_to_path

    from newsarchive.outputs import folder_refuses

    by_addon = (settings.getpriority("FEEDS") or 0) <= SETTINGS_PRIORITIES["project"]
    which = "NEWSARCHIVE_ITEMS_FEED" if by_addon else "FEEDS (-o, -O)"
    for uri in settings.getdict("FEEDS"):
        text = str(uri)
        scheme = urlparse(text).scheme
        if scheme not in ("", "file"):
            continue  # stdout:, s3://, ftp://: not a folder here
        path = Path(file_uri_to_path(text) if scheme == "file" else text)
        folder = path.parent
        while "%(" in str(folder):  # a folder per run or site: the one it goes under
            folder = folder.parent
        there = "%(" not in str(path) and os.path.lexists(path)
        if not there:
            why = folder_refuses(folder, keep=False)  # nothing made is left behind
        elif path.is_file():
            # an earlier run's file, appended to (or replaced): opened, not changed; its
            # folder need not take new files (a user's file in a folder of root's)
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_APPEND))
                why = None
            except OSError as exc:
                why = str(exc.strerror or exc)
            if not why and _overwrites(settings.getdict("FEEDS")[uri]):
                _check_overwritable(path, which, text)
        else:  # a device (/dev/null, /dev/stdout), a pipe (opening it waits), a folder:
            why = None  # not a file made here; Scrapy says what it says, as before
        if why:
            raise SettingError(
                f"setting {which}: the items file {text!r} cannot be written ({why}); give a "
                "folder that takes files (nothing was fetched)"
            )


def _overwrites(options: object) -> bool:
    """Whether a feed's options write its file over (-O, `overwrite: true`)."""
    return isinstance(options, dict) and bool(options.get("overwrite"))


def _check_overwritable(path: Path, which: str, text: str) -> None:
    """An items file -O writes over opens for writing other than at its end (opened, not
    changed: no O_TRUNC here). A file that takes only appends (chattr +a) passed the check
    above, then the feed's open failed after the start pages were fetched."""
    import os

    try:
        os.close(os.open(path, os.O_WRONLY))
    except OSError as exc:
        why = str(exc.strerror or exc)
        raise SettingError(
            f"setting {which}: the items file {text!r} cannot be written over ({why}: it takes"
            " only appends, chattr +a); add to it with -o, or give another file (nothing was"
            " fetched)"
        ) from None


def check_redis(settings: BaseSettings) -> None:
    """A shared crawl's Redis answers before any folder is made: unreachable, the run stops
    with nothing written (the WARC folder was made, and with STATE_SHARED=0 the state file
    and its lock, before the first component asked Redis)."""
    if not settings.get("NEWSARCHIVE_REDIS_URL"):
        return
    from scrapy_redis.connection import get_redis_from_settings

    server = get_redis_from_settings(settings)
    try:
        server.ping()  # unreachable: "the crawl could not start: ... cannot be reached"
    finally:
        server.close()


def check_folders(settings: BaseSettings, spider: object) -> None:
    """The WARC folder takes files and the crawl state's folder is one (both made if
    missing). A path through a regular file, or under /proc, failed as the state's lock or
    the WARC writer opened: "could not start: FileNotFoundError", exit 1, naming neither
    setting."""
    from newsarchive.outputs import folder_refuses
    from newsarchive.state.config import StateConfig

    if not str(settings.get("WARC_DIR") or "").strip():
        # `-s WARC_DIR=$DIR` with DIR unset: the archive went into ./warc without a word
        raise SettingError(
            "setting WARC_DIR is empty; give the folder for the WARC files (default: warc)"
        )
    if settings.getbool("WARC_ENABLED"):
        folder = Path(settings.get("WARC_DIR") or "warc")
        # not left made: the WARC writer makes it once the run starts (a run stopped at its
        # start by a damaged state left an empty WARC folder)
        why = folder_refuses(folder, keep=False)
        if why:
            raise SettingError(
                f"setting WARC_DIR={str(folder)!r}: no file can be made in {folder} ({why}); "
                "give a folder that takes files"
            )
    spool = str(settings.get("DOWNLOAD_SPOOL_DIR") or "")
    if spool and settings.getint("DOWNLOAD_SPOOL_SIZE") > 0:
        # not made if missing (a typo must not make a tree elsewhere); found only at the
        # first large body, it was that body cut short on every try, blamed on the server
        folder = Path(spool)
        why = (
            folder_refuses(folder)
            if folder.is_dir()
            else "a file, not a folder"
            if folder.exists()
            else "no such folder"
        )
        if why:
            raise SettingError(
                f"setting DOWNLOAD_SPOOL_DIR={spool!r}: bodies past DOWNLOAD_SPOOL_SIZE cannot "
                f"be kept there ({why}); give a folder that takes files"
            )
    try:
        state = StateConfig.from_settings(settings, spider)
    except NotConfigured:
        return
    except ValueError as exc:
        raise SettingError(f"setting {exc}") from None
    if state.redis_url:
        return  # a shared crawl keeps its state in Redis
    if state.path.is_dir():  # SQLite's "unable to open database file", and "move it aside"
        template = settings.get("STATE_PATH")
        raise SettingError(
            f"setting STATE_PATH={str(template)!r}: {state.path} is a folder; give the state "
            f"file's path (-s STATE_PATH={state.path}/%(site)s.sqlite)"
        )
    if _link_loop(state.path):  # SQLite's "unable to open database file", "move it aside"
        template = settings.get("STATE_PATH")
        raise SettingError(
            f"setting STATE_PATH={str(template)!r}: {state.path} is a loop of symbolic links "
            f"({os.strerror(errno.ELOOP)}); give the state file's path"
        )
    # a folder that is there but takes no file: the state's own line (exit 1, the file kept)
    why = None if state.path.parent.is_dir() else folder_refuses(state.path.parent)
    if why:
        template = settings.get("STATE_PATH")
        which = (
            f"STATE_PATH={str(template)!r}"
            if template
            else f"WARC_DIR={str(settings.get('WARC_DIR') or 'warc')!r} (the state goes beside it)"
        )
        raise SettingError(
            f"setting {which}: the crawl state {state.path} cannot be made in "
            f"{state.path.parent} ({why}); give a folder that takes files"
        )


def _link_loop(path: Path) -> bool:
    try:
        path.stat()
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


class SettingsCheck:
    """The extension: checks at `from_crawler`, before other components are built."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SettingsCheck:
        check_settings(crawler.settings)
        check_feed_uris(crawler.settings, crawler.spider)  # the spider's attributes fill them
        check_redis(crawler.settings)
        check_folders(crawler.settings, crawler.spider)
        check_feed_folders(crawler.settings)
        return cls()
