"""The crawl state of one running crawl: the one front door its components use.

`CrawlStateExtension` opens it (taking the run lock) and sets it on the crawler;
the incremental middleware, the version pipeline and the dedup index find it
there with `crawl_state(crawler)`. Every decision about an article in this run
goes through it: whether to fetch it (`should_fetch`, "once per run" included),
what its response means (`record_response`, `record_not_modified`), what its
item is (`take_outcome`) and when its capture is kept (`commit_item`).

With the state switched off (STATE_ENABLED=0) the same door stands, with no
store behind it: it only keeps a re-listed article from being fetched twice.
"Fetched once per run" is held by a `RunLedger` (`ledger`).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import resource
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from scrapy.utils.misc import build_from_crawler, load_object

from newsarchive.redislink import lost as redis_lost
from newsarchive.sites import site_profile
from newsarchive.sites.base import section_key, section_keys
from newsarchive.state.config import StateConfig
from newsarchive.state.killed import KilledRun, killed_run
from newsarchive.state.ledger import LocalRunLedger, OverLimit, RunLedger, TakenBack
from newsarchive.state.lock import RunLock, RunLocked
from newsarchive.state.policy import conditional_headers, refetch_reason
from newsarchive.state.store import Capture, CrawlState, Payload, Requisite, StateStore
from newsarchive.timestamps import iso_seconds
from newsarchive.urlkeys import article_key
from newsarchive.warc.exchange import RecordRef

if TYPE_CHECKING:
    from newsarchive.state.redis_store import RedisCrawlState

logger = logging.getLogger(__name__)


LOCKED_BY_ANOTHER = "database is locked"  # sqlite3's word for a write lock held elsewhere


class StateUnreadable(RuntimeError):
    """A state file SQLite cannot read (damaged, or not a database): named, not a traceback."""


def folder_write_error(path: Path) -> str:
    """Why the state file's folder takes no new file ("" when it does): SQLite keeps its
    `-wal` and `-shm` files there (without them it cannot open the file at all), and the
    run its items journal."""
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".newsarchive-write-check-"):
            pass
    except OSError as exc:
        return f"its folder {path.parent} takes no new file: {exc.strerror or exc}"
    return ""


FULL_SAID = "database or disk is full"  # SQLite's SQLITE_FULL


FULL_BELOW = 64 * 1024  # bytes free under which SQLite's I/O error is a full disk's doing


def full_disk(error: sqlite3.Error, path: Path) -> str:
    """Why SQLite could not open or write `path` for want of space ("" if not so): a full
    disk is no damage, and "move it aside" would lose the crawl's history. SQLite says
    "database or disk is full", or "disk I/O error" for its `-shm` file (SHMSIZE)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL" or str(error) == FULL_SAID:
        return FULL_SAID
    if not name.startswith("SQLITE_IOERR"):
        return ""
    try:
        stat = os.statvfs(path.parent)
    except OSError:
        return ""
    free = stat.f_bavail * stat.f_frsize
    return f"{error}, {name}, with {free:,} bytes free: {FULL_SAID}" if free < FULL_BELOW else ""


IO_SAID = "disk I/O error"  # SQLite's SQLITE_IOERR, whatever the system said


def size_limit(said: str) -> str:
    """Why SQLite could not open or write the state ("" if not so), when the process has a
    file size limit (`ulimit -f`, systemd's LimitFSIZE): a write past it fails EFBIG, which
    SQLite says only as "disk I/O error". The file is whole: "move it aside" lost its history,
    and the next run under the limit stops at the same place."""
    soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY or not said.startswith((IO_SAID, FULL_SAID)):
        return ""
    if said.endswith("(ulimit -f)"):  # said so already
        return said
    return f"{said}, under a file size limit of {soft:,} bytes (ulimit -f)"


SIZE_LIMIT_REMEDY = "raise the file size limit (ulimit -f) of the crawl, or run it without one"


def lock_error(path: Path, lock: Path, error: OSError) -> str:
    """The line for a lock file that takes no write (a full disk: it was "OSError: [Errno
    28] No space left on device", naming no file)."""
    code = errno.errorcode.get(error.errno or 0)
    why = (error.strerror or str(error)) + (f" ({code})" if code else "")
    remedy = "free space on its disk" if error.errno == errno.ENOSPC else "make its folder writable"
    return f"the crawl state {path} cannot be written: its lock file {lock}: {why}; {remedy}"


CRAWLER_ATTRIBUTE = "newsarchive_state"  # where the owning extension puts the door
PAYLOADS_PER_WRITE = 64  # archived payloads waiting for an article's capture, at most
UNNAMED = "unnamed"  # the writer of a payload whose file was not named as it opened


class ItemCounter(Protocol):
    """Counts the articles whose items the state kept (a shared crawl's worker, in its life
    record: newsarchive.lives). The state is its one caller, so the count follows the record."""

    def count_item_in(self, pipe: Any) -> None:
        """The count, queued in the Redis state's transaction saving the article's record."""

    def item_counted(self) -> None:
        """That transaction ran."""

    def item_kept(self) -> None:
        """The count on its own: a SQLite state's batch committed, or no record to save."""


@dataclass(frozen=True)
class Outcome:
    """What this run found for one article it fetched."""

    kind: str  # "new", "changed", "unchanged", "not_modified"
    version: int
    previous_capture: str | None  # WARC-Date of the version before, for a changed article


@dataclass(frozen=True)
class FetchDecision:
    """`should_fetch`'s answer: fetch (how) or skip (why)."""

    fetch: bool
    why: str  # skipped: "already fetched in this run", "unchanged since ..."
    previous: Capture | None = None  # the capture a re-fetch starts from
    conditional: dict[str, str] = field(default_factory=dict)  # headers a re-fetch may send
    not_modified: tuple[RecordRef, str] | None = None  # what a 304 points to
    left_to_taker: bool = False  # skipped: another worker took the request back (a stall)
    over_limit: bool = False  # skipped: the shared run's articles reached `max_articles`
    known: bool = False  # skipped: known and unchanged, or fetched already in this run


@dataclass(frozen=True)
class Response:
    """What the incremental middleware saw of one archived 200 answer."""

    urls: list[str]  # the fetched URL, then the ones that redirected to it
    status: int
    digest: str
    etag: str | None
    last_modified: str | None
    record: RecordRef


class CrawlStateRun:
    """The crawl state of one run (or, `store` None, of a run without one)."""

    def __init__(
        self,
        config: StateConfig | None,
        store: StateStore | None,
        lock: RunLock | None,
        ledger: RunLedger,
        stats: StatsCollector,
    ) -> None:
        self.config = config
        self.store = store
        self.lock = lock
        self.ledger = ledger
        self.stats = stats
        self.outcomes: dict[str, Outcome] = {}
        self._counted_under: dict[str, str | None] = {}  # an outcome's section, while it waits
        # outcomes taken for an item not yet committed (or dropped), with their section
        self._handed: dict[str, tuple[Outcome, str | None]] = {}
        self._withdrawn: set[str] = set()  # items out, forgotten before their commit
        # A shared crawl's held pages (newsarchive.shared_scheduler): where (Redis hash, field)
        # an article's page is held until its capture is saved; a capture is saved only while
        # its page is still held (`commit_item`), else its URL goes into `taken_back`
        self.held_by: Callable[[str], tuple[str, str] | None] | None = None
        # ... and where a request is held as its article is claimed (`should_fetch`'s `held`)
        self.held_request: Callable[[Any], tuple[str, str] | None] | None = None
        self.taken_back: set[str] = set()
        # known articles not fetched (so far), with the section each was counted under
        self._skipped: dict[str, str | None] = {}
        self._requested: set[str] = set()  # articles `skips` let through to be fetched
        self._listed: dict[str, str] = {}  # latest listing date (ISO, UTC) per URL
        # Captures wait here until their item is out (or the run ends): a run killed
        # in between fetches the article again and exports its item then.
        self.pending: dict[str, list[Capture]] = {}  # by the fetched URL
        self.dropped = 0  # items not written (drop_item): the items files may hold their lines
        # archived payloads, written with the next capture (one write for both) or flush
        self._payloads: dict[str, Payload] = {}  # by digest
        # the WARC files they go into (a SQLite state's), by writer: "current", "large"
        self._writing: dict[str, str] = {}
        self._closed = False
        self.killed: KilledRun | None = None  # the run before, when it never ended
        self._counter: ItemCounter | None = None  # see count_items
        self._section_keys: dict[str, str] = {}  # see name_sections

    @property
    def persistent(self) -> bool:
        return self.store is not None

    @property
    def path(self) -> Path:
        """The state file (of a persistent state)."""
        assert self.config is not None
        return self.config.path

    # --- before the request -------------------------------------------------

    def should_fetch(
        self,
        url: str,
        listed: datetime | None,
        *,
        relisted: bool = False,
        listing_section: str | None = None,
        now: datetime | None = None,
        held: tuple[str, str] | None = None,
    ) -> FetchDecision:
        """Whether this run fetches the article, once: the only place that decides it.
        `held`: where a shared crawl's worker holds the request (claimed only while it does)."""
        if self.store is None:
            return self._should_fetch_stateless(url, relisted, held)
        skip, capture, reason = self._unless_skipped(url, listed, listing_section, now)
        if skip is not None:
            return skip
        assert reason is not None
        if not (claimed := self._claim(url, held)).fetch:
            return claimed
        self.stats.inc_value(f"state/fetch/{reason}")  # fetched: not a claim refused
        if url in self._skipped:  # a later listing said it changed after all
            # taken back where it was counted (a sitemap's later date names no section)
            self.count("skipped/unchanged", self._skipped.pop(url), -1)
        if capture is None:
            return FetchDecision(True, reason)
        return FetchDecision(
            True,
            reason,
            previous=capture,
            conditional=conditional_headers(capture),
            not_modified=self._current_record(capture),
        )

    def fetch_refused(self, reason: str) -> None:
        """An article `should_fetch` let through (counted under `reason`) was refused as its
        download began: a shared crawl's copy another worker took back while it waited in its
        download slot's queue. Not fetched here: the copy that is fetched counts it."""
        self.stats.inc_value(f"state/fetch/{reason}", -1)

    def redirect_conditions(
        self, url: str
    ) -> tuple[Capture, dict[str, str], tuple[RecordRef, str] | None] | None:
        """What a re-fetched article's redirect target is asked with: its own capture and
        validators when the state knows that URL, None (ask plainly) when it does not.

        Scrapy's redirect copies the first URL's headers: a target answering 304 to them
        would be archived as a revisit of the first URL's record, the wrong body."""
        capture = self.store.capture(url) if self.store is not None else None
        if capture is None:
            return None
        return capture, conditional_headers(capture), self._current_record(capture)

    def skips(
        self,
        url: str,
        listed: datetime | None,
        *,
        relisted: bool = False,
        listing_section: str | None = None,
        now: datetime | None = None,
    ) -> FetchDecision | None:
        """`should_fetch`'s "skip", counted the same, where it can be told before the request
        is queued (a known, unchanged article; one fetched already); None: ask `should_fetch`
        where it is fetched (only it claims the article for this run)."""
        if self.store is None:
            return self._should_fetch_stateless(url, relisted, None) if relisted else None
        if relisted and url in self._requested:
            # a request for it is on its way: where fetched, this one would be the duplicate
            if listed is not None:
                self._note_listed(url, iso_seconds(listed))
            self.stats.inc_value("state/skipped/duplicate")
            return FetchDecision(False, "already requested in this run")
        skip = self._unless_skipped(url, listed, listing_section, now)[0]
        if skip is None:
            self._requested.add(url)
        return skip

    def _unless_skipped(
        self, url: str, listed: datetime | None, listing_section: str | None, now: datetime | None
    ) -> tuple[FetchDecision | None, Capture | None, str | None]:
        """The skip (counted), or None with the capture and why it is fetched again."""
        assert self.config is not None and self.store is not None
        if listed is not None:
            self._note_listed(url, iso_seconds(listed))
        if self.ledger.fetched(url):
            # another listing named it again (e.g. with a newer date): one fetch per run
            self.stats.inc_value("state/skipped/duplicate")
            return FetchDecision(False, "already fetched in this run", known=True), None, None
        capture = self.store.capture(url)
        reason = refetch_reason(capture, listed, now or datetime.now(UTC), self.config.recheck_age)
        if reason is not None:
            return None, capture, reason
        if listed is not None:  # learn the listing's date: the baseline of later runs
            self.store.raise_listed(url, iso_seconds(listed))
        # counted once per article, however often listed, and by one worker of a shared crawl
        if url not in self._skipped and self.ledger.first_skip(url):
            item_section = capture.item_section if capture else None
            self._skipped[url] = item_section or listing_section
            self.count("skipped/unchanged", self._skipped[url])
        when = capture.captured_at if capture else "?"
        return FetchDecision(False, f"unchanged since {when}", known=True), capture, None

    def landed(self, url: str) -> None:
        """A rendered page moved itself to `url` (a script's `location`, a meta refresh in the
        rendered page) and was read there: that article was fetched in this run, as a
        redirect's target is, and a later link to it is a duplicate (`state/skipped/duplicate`),
        not a second fetch and a second item. Not one more article under a limit on the
        run's articles: its request's claim counted it. Keyed as a request would name it
        (`article_key`: the browser's form of an address need not be Scrapy's)."""
        self.ledger.landed(article_key(url))

    def run_replaced(self) -> None:
        """A shared crawl's run started afresh while this worker stalled past its TTL
        (newsarchive.signals.run_replaced): the articles let through to be fetched were the
        old run's (a relisting in the new run was refused as a request on its way), and the
        run's ledger starts over."""
        self._requested.clear()
        start_over = getattr(self.ledger, "start_over", None)  # a ledger of the shared crawl's
        if start_over is not None:
            start_over()

    def name_skipped(self, section_of: Callable[[str], str | None]) -> None:
        """Known articles this run skipped and counted under no section (no earlier item gave
        one, and a sitemap or feed named them before any listing did; the spider asks for an
        article once, so the state never hears of the later listing): counted under the
        section whose listing named them (`section_of`, the spider's bookkeeping), as when
        the listing came first. Which answer came first must not change the stats. Once."""
        for url, section in self._skipped.items():
            if section is None and (named := section_of(url)):
                self._skipped[url] = named
                self._count_section("skipped/unchanged", named)

    def _should_fetch_stateless(
        self, url: str, relisted: bool, held: tuple[str, str] | None
    ) -> FetchDecision:
        if relisted:  # requested once already; no crawl state to say it changed
            self.stats.inc_value("state/skipped/duplicate")
            return FetchDecision(False, "re-listed; no crawl state to say it changed", known=True)
        return self._claim(url, held)

    def _claim(self, url: str, held: tuple[str, str] | None) -> FetchDecision:
        """The article claimed for this run (a shared crawl's ledger counts the refusals).

        A claim refused as the request is no longer held is left to the worker that took it
        back: counted there only (`redis/taken_back/claim_refused`), not as fetched here or
        elsewhere, nor (its errback) as an article that gave no item; so is one refused as
        the shared run's articles reached `max_articles` (`redis/articles_over_limit`)."""
        try:
            if self.ledger.claim(url, held):
                return FetchDecision(True, "no crawl state")
        except TakenBack:
            why = "taken back by another worker while this one stalled (before its claim)"
            return FetchDecision(False, why, left_to_taker=True)
        except OverLimit:
            why = "the run's articles across its workers reached max_articles"
            return FetchDecision(False, why, over_limit=True)
        return FetchDecision(False, "another worker fetched this article in this run")

    def _note_listed(self, url: str, when: str) -> None:
        if when > self._listed.get(url, ""):
            self._listed[url] = when

    def _current_record(self, capture: Capture) -> tuple[RecordRef, str] | None:
        """The record a 304 would point to: the first one holding the current body.

        The payload index knows it; without one (another WARC_DEDUP_INDEX), the
        capture's own record does when it was a response.
        """
        assert self.store is not None
        if capture.digest is None:
            return None
        payload = self.store.payload(capture.digest)
        if payload is not None:
            where = (payload.record_id, payload.warc_file, payload.warc_offset, payload.date)
            url = payload.url
        elif capture.record_type == "response" and capture.record_id:
            where = (capture.record_id, capture.warc_file, capture.warc_offset, capture.captured_at)
            url = capture.url
        else:
            return None
        record_id, warc_file, offset, date = where
        ref = RecordRef(str(record_id), warc_file or "", offset or 0, "response", str(date), url)
        return ref, capture.digest

    # --- after the response -------------------------------------------------

    def record_not_modified(
        self, url: str, previous: Capture, listing_section: str | None, now: datetime
    ) -> None:
        """A 304 to a conditional re-fetch: the version we hold is still current."""
        if self.store is None:
            return
        self.store.touch(previous.url, iso_seconds(now))
        outcome = Outcome("not_modified", previous.version, None)
        self.record_outcome(url, outcome, previous.item_section or listing_section)

    def record_response(
        self,
        answer: Response,
        previous: Capture | None,
        listing_section: str | None,
        now: datetime,
    ) -> None:
        """An archived 200: new, changed or unchanged; its capture waits for its item."""
        if self.store is None:
            return
        ref = answer.record
        counted_under = listing_section  # new and changed: the listing's section
        if previous is None:
            outcome = Outcome("new", 1, None)
        elif previous.digest == answer.digest:
            outcome = Outcome("unchanged", previous.version, None)
            counted_under = previous.item_section or listing_section
        else:
            outcome = Outcome("changed", previous.version + 1, previous.version_date)
        captured_at, where = ref.date, ref.provenance
        # the link a listing gave may have redirected: remember it too, or every run re-fetches
        urls = answer.urls
        listed = max((self._listed[u] for u in urls if u in self._listed), default=None)
        keep_previous = previous is not None and outcome.kind == "unchanged"
        capture = Capture(
            url=urls[0],
            captured_at=captured_at,
            checked_at=iso_seconds(now),
            status=answer.status,
            digest=answer.digest,
            etag=answer.etag,
            last_modified=answer.last_modified,
            listed_modified=listed or (previous.listed_modified if previous else None),
            warc_file=where.warc_file,
            warc_offset=where.offset,
            record_id=where.record_id,
            record_type=ref.record_type,
            version=outcome.version,
            version_date=previous.version_date if keep_previous and previous else captured_at,
            item_section=previous.item_section if previous else None,
        )
        # saved once its item is out (keyed as that item names it, the address it was read
        # at), each URL as a request names it (`article_key`), the run's ledger too: a page
        # that moved itself is reported in the browser's form (`/menu|prices`), and kept so,
        # a later run's link to it (`/menu%7Cprices`) found no capture and fetched it as new
        keys = dict.fromkeys(article_key(url) for url in urls)
        self.pending[urls[0]] = [replace(capture, url=url) for url in keys]
        self.record_outcome(urls[0], outcome, counted_under)

    def record_outcome(self, url: str, outcome: Outcome, section: str | None = None) -> None:
        """Counted per section too (an earlier item's section, else the listing's).

        A second answer for the URL in this run replaces the first one's count: a worker
        that stalled past its TTL and popped its taken-back request again read the page
        twice (the old copy, left to the taker, keeps the new copy's capture), and counted
        it new twice (47 new for 40 articles in a test)."""
        earlier = self.outcomes.get(url)
        if earlier is not None:
            self.count(f"articles/{earlier.kind}", self._counted_under.get(url), -1)
        self.outcomes[url] = outcome
        self._counted_under[url] = section
        self.count(f"articles/{outcome.kind}", section)

    def name_sections(self, keys: Iterable[str], renamed: Mapping[str, str] | None = None) -> None:
        """The site profile's section keys: a section is counted under its key (`count`), one
        the profile renamed (`renamed`: an earlier key -> the key now) under its key now."""
        self._section_keys = section_keys(keys, renamed)

    def count(self, what: str, section: str | None, count: int = 1) -> None:
        """`state/<what>`, and per section too: under the profile's key of the section when
        the name spells one. A new article counted under its listing's key ("business") and
        next run, unchanged, under the name its item gave ("Business") was filed under two
        names across runs (`state/section/business/new`, `state/section/Business/unchanged`)."""
        self.stats.inc_value(f"state/{what}", count)
        self._count_section(what, section, count)

    def _count_section(self, what: str, section: str | None, count: int = 1) -> None:
        """`state/section/<key>/<kind>` alone (`count` counts the total too)."""
        if section:
            section = section_key(section, self._section_keys)
            self.stats.inc_value(f"state/section/{section}/{what.rsplit('/', 1)[-1]}", count)

    # --- items and the end of the run ----------------------------------------

    def take_outcome(self, url: str) -> Outcome | None:
        """What this run found for the article of an item (once)."""
        section = self._counted_under.pop(url, None)
        outcome = self.outcomes.pop(url, None)
        if outcome is not None:
            self._handed[url] = (outcome, section)
        return outcome

    def count_items(self, counter: ItemCounter) -> None:
        """Have `counter` count each article whose item the state keeps (`commit_item`)."""
        self._counter = counter

    def commit_item(self, url: str, item_section: str | None = None) -> None:
        """The article's item is out: keep its capture (with the section the item gave), and
        count it (`count_items`): in the same transaction with a Redis state, once committed
        with a SQLite one (a worker's life record is in Redis: no transaction spans both).

        A Redis state keeps it only while its page is still held (`held_by`): another worker
        that took the page back while this one stalled past its TTL (its item on its way out,
        its line written) fetched it again and, not knowing this capture, exported it. Not
        kept then, its URL is noted in `taken_back` (its line is taken back there)."""
        if url in self._withdrawn:  # forgotten once out (`forget`): not kept, not counted
            self._withdrawn.discard(url)
            self._handed.pop(url, None)
            return
        captures = self.pending.pop(url, [])
        counter = self._counter
        if self.store is not None and captures:
            rows = [replace(c, item_section=item_section or c.item_section) for c in captures]
            if counter is not None and self.store.shared:
                redis_state = cast("RedisCrawlState", self.store)
                held = self.held_by(url) if self.held_by is not None else None
                along = counter.count_item_in
                if held is None:
                    redis_state.save(rows, self._take_payloads(), along=along)
                elif not redis_state.save_if_held(rows, self._take_payloads(), along, held):
                    self.forget(url)  # not counted new or changed here: the taker counts it
                    self._withdrawn.discard(url)
                    self.taken_back.add(url)
                    return
                self._handed.pop(url, None)
                counter.item_counted()
                return
            self.store.save(rows, self._take_payloads())
        self._handed.pop(url, None)
        if counter is not None:
            self.when_committed(counter.item_kept)

    def drop_item(self, url: str) -> None:
        """The article's item was not written: its capture is not kept (fetched again later)."""
        self.pending.pop(url, None)
        self._handed.pop(url, None)
        self.dropped += 1

    def forget(self, url: str) -> None:
        """A page dropped after the state saw its answer (its body does not decode, not a
        text page): no item will come, and its capture is not kept at the end either (fetched
        again). Nor is it counted new or changed: the report has it under "failed". A page
        that moved itself, forgotten by its request's address, is forgotten where it was read.
        One whose item is out already (its outcome taken) is not committed either."""
        if url in self._handed:
            self._withdrawn.add(url)
        if url not in self.pending:  # (rare: a scan of the captures waiting for their items)
            url = next(
                (at for at, kept in self.pending.items() if any(c.url == url for c in kept)), url
            )
        self.pending.pop(url, None)
        outcome = self.outcomes.pop(url, None)
        section = self._counted_under.pop(url, None)
        if outcome is None and url in self._handed:
            outcome, section = self._handed.pop(url)
        if outcome is not None:
            self.count(f"articles/{outcome.kind}", section, -1)

    def gave_no_item(self, url: str) -> None:
        """An article fetched in this run gave no item: a limit on the run's articles (one
        shared by a crawl's workers) does not count it. Keyed as its claim was (`request.url`):
        before, an escaped URL's (`café`) claim stayed, and the run's place was lost."""
        self.ledger.gave_no_item(article_key(url))

    def places_left(self, limit: int) -> int | None:
        """The places left under a limit on the run's articles shared by a crawl's workers
        (None: this process's spider counts its own)."""
        return self.ledger.places_left(limit)

    def record_id_of(self, url: str) -> str | None:
        """The WARC record the state says holds the URL's latest capture."""
        capture = self.store.capture(url) if self.store is not None else None
        return capture.record_id if capture is not None else None

    def commit_all(self) -> None:
        """Articles whose page gave no item: their captures are kept all the same."""
        if self.store is not None and (self.pending or self._payloads):
            captures = [c for captures in self.pending.values() for c in captures]
            self.store.save(captures, self._take_payloads())
        self.pending.clear()

    def flush(self) -> None:
        """Commit the state's batched writes now (the items feed's lines become safe).

        After `close` there is nothing left to commit: close committed it."""
        if self.store is not None and not self._closed:
            if self._payloads:
                self.store.save((), self._take_payloads())
            self.store.flush()

    def when_committed(self, callback: Callable[[], object]) -> None:
        """`callback()` once what the state was told so far is on disk (SQLite's batch
        committed; a Redis state writes as it goes; none: at once). Never when the batch
        is lost."""
        if self.store is None or self._closed:
            callback()
        else:
            self.store.when_committed(callback)

    def known_count(self) -> int | None:
        """None once closed: a SIGTERM while the crawl closes for another reason (the
        state's lost batch) has Scrapy send engine_stopped before spider_closed."""
        return self.store.count() if self.store is not None and not self._closed else None

    def close(self) -> None:
        """Listing dates seen after an article was fetched describe what was fetched."""
        if self.store is None or self._closed:
            return
        self._closed = True
        try:
            self.commit_all()
            for url, when in self._listed.items():
                if self.ledger.fetched(url):
                    self.store.raise_listed(url, when)
            if isinstance(self.store, CrawlState) and self._writing:
                self.store.set_writing()  # every row is in: no file to read again
            self.store.close()
        finally:
            if self.lock is not None:
                self.lock.release()

    @property
    def lost(self) -> BaseException | None:
        """The error that undid a batch of the state's writes (a full disk), if one did."""
        return getattr(self.store, "lost", None)

    # --- page requisites ------------------------------------------------------

    def requisite_conditions(self, url: str) -> tuple[dict[str, str], tuple[RecordRef, str]] | None:
        """The headers that ask for a requisite an earlier run archived only if it changed,
        and the record a 304 then refers to; None: ask plainly (not known, no validators,
        or its payload's record is not in the index, so a 304 would refer to nothing)."""
        if self.store is None:
            return None
        known = self.store.requisite(url)
        if known is None:
            return None
        headers = conditional_headers(known)
        payload = self.payload(known.digest)
        if not headers or payload is None:
            return None
        ref = RecordRef(
            payload.record_id, payload.warc_file or "", payload.warc_offset or 0, "response",
            payload.date, payload.url,
        )  # fmt: skip
        self.stats.inc_value("state/requisites/conditional")
        return headers, (ref, known.digest)

    def requisite_not_modified(
        self, url: str, digest: str, etag: str | None, last_modified: str | None, now: datetime
    ) -> None:
        """A 304: the archived body is still current; validators the 304 left out are kept."""
        self.stats.inc_value("state/requisites/not_modified")
        known = self.store.requisite(url) if self.store is not None else None
        if known is not None:
            etag, last_modified = etag or known.etag, last_modified or known.last_modified
        self.record_requisite(url, digest, etag, last_modified, now)

    def record_requisite(
        self, url: str, digest: str, etag: str | None, last_modified: str | None, now: datetime
    ) -> None:
        """An archived 200 (or a 304: the same digest and validators) for a requisite."""
        if self.store is None or not (etag or last_modified):
            return
        self.store.save_requisite(Requisite(url, digest, etag, last_modified, iso_seconds(now)))

    # --- the payload index (newsarchive.state.dedup) -------------------------

    def payload(self, digest: str) -> Payload | None:
        if self.store is None:
            return None
        return self._payloads.get(digest) or self.store.payload(digest)

    def remember_payload(self, payload: Payload) -> None:
        """Written with the next article's capture, or at the next commit, whichever
        comes first: a write of its own for every archived response cost as much again.
        Until then the dedup index finds it among this run's own (`StateDedupIndex`).

        A shared state (Redis) gets it at once: a worker killed after archiving a page,
        before its capture, gives its request back, and the worker fetching it again
        (for its item) then writes a revisit of the dead one's record, not a second
        whole response (the record's group is flushed to its file before this is called: a
        killed worker keeps it; a crashed machine may not, a WARC file is synced only when
        closed, and the row then names a record that never reached the disk)."""
        if self.store is None:
            return
        self._payloads.setdefault(payload.digest, payload)
        if isinstance(self.store, CrawlState) and payload.warc_file not in self._writing.values():
            # not named when opened (a writer of no WARC extension, or its note failed)
            self.warc_file_opened(payload.warc_file, UNNAMED)
            return
        if (self.store.shared and not redis_lost()) or len(self._payloads) >= PAYLOADS_PER_WRITE:
            self.store.save((), self._take_payloads())

    def warc_file_opened(self, name: str | None, writer: str = "current") -> None:
        """Name the WARC file `writer` now archives payloads into, committed before any record
        of it is written, with the rows of every file before: after a kill the state names
        the files whose rows it may lack (newsarchive.state.unsynced), one a writer: the
        current file, and the large bodies' (written beside it by the archive's thread;
        named as the current one, a kill after a large body was written lost its row, and
        the next run archived the same body whole again).

        Named with its first payload instead, a kill inside that commit undid the name with
        the row: the next run knew nothing of the file and archived its pages whole again
        (a fault campaign's `state:2` kill). A shared state (Redis) has each row at once."""
        if not isinstance(self.store, CrawlState) or self._closed:
            return
        if name is None:
            if self._writing.pop(writer, None) is None:
                return
        elif self._writing.get(writer) == name:
            return
        else:
            self._writing[writer] = name
        self.store.save((), self._take_payloads())
        self.store.set_writing(*sorted(self._writing.values()))

    def _take_payloads(self) -> list[Payload]:
        payloads, self._payloads = list(self._payloads.values()), {}
        return payloads


# STATE_SHARED=0 in a crawl shared through Redis: the queue hands an article to whichever
# worker is free, and one whose own state never saw it would fetch it whole and export it
# again, so a worker with another state is refused (newsarchive.shared_own_state.claim_own_state)
SQLITE_IN_SHARED_CRAWL = (
    "shared crawl with a crawl state of this worker's own (%s, STATE_SHARED=0): this worker "
    "alone works on the crawl; one with another state of its own is refused (STATE_SHARED=1 "
    "keeps one state for all workers)"
)


def open_crawl_state(crawler: Crawler) -> CrawlStateRun:
    """Open the crawl's state (taking the run lock) and set it on the crawler.

    Called by its owner, `CrawlStateExtension`. Raises RunLocked when another
    run of the same crawl holds the lock: the crawl then fails to start, with
    the message saying why.
    """
    assert crawler.stats is not None
    ledger: RunLedger = build_from_crawler(
        load_object(crawler.settings.get("STATE_RUN_LEDGER") or LocalRunLedger), crawler
    )
    try:
        config = StateConfig.from_settings(crawler.settings, crawler.spider)
    except NotConfigured:
        run = CrawlStateRun(None, None, None, ledger, crawler.stats)
    else:
        if config.redis_url and config.redis_key:
            # shared by the crawl's workers: the shared-crawl register, not a file lock,
            # says who runs (newsarchive.distributed)
            from newsarchive.state.redis_store import RedisCrawlState

            if crawler.settings.get("NEWSARCHIVE_REDIS_URL"):  # not a file's crawl
                from newsarchive.shared_own_state import note_redis_state

                note_redis_state(crawler)
            from newsarchive.redisclient import connection_options

            options = connection_options(crawler.settings)  # its timeouts: the settings'
            store: StateStore = RedisCrawlState.from_url(
                config.redis_url, config.redis_key, **options
            )
            lock = None
        else:
            lock = RunLock(config.lock_path)
            try:
                lock.acquire()
            except RunLocked:  # its one line is the command's (exit 75), not one more here
                raise
            except OSError as exc:  # a full disk: it was "OSError: [Errno 28] ...", no file named
                raise StateUnreadable(lock_error(config.path, config.lock_path, exc)) from None
            opened: CrawlState | None = None
            unwritable = ""
            try:
                # an old file's identity upgrade waits for spider_opened, in a thread
                opened = CrawlState(
                    config.path, config.commit_writes, config.commit_seconds, upgrade=False
                )
                damage = opened.damage()
                # the folder too: the items journal goes there (a traceback and exit 0 before)
                unwritable = (
                    "" if damage else (opened.write_error() or folder_write_error(config.path))
                )
            except sqlite3.Error as exc:
                full = full_disk(exc, config.path) or size_limit(str(exc))
                damage = "" if full else str(exc)  # not a database at all, or not openable
                unwritable = folder_write_error(config.path) or full
            if size_limit(damage):  # its check could not write its scratch: no damage found
                damage, unwritable = "", size_limit(damage)
            elif unwritable and not unwritable.endswith(FULL_SAID):
                unwritable = size_limit(unwritable) or unwritable
            if damage or unwritable:
                if opened is not None:  # a process that goes on must not keep the file open
                    with contextlib.suppress(sqlite3.Error):
                        opened.close()
                lock.release()
                if unwritable == LOCKED_BY_ANOTHER:  # SQLite's busy wait ran out
                    raise RunLocked(
                        f"the crawl state {config.path} is locked by another program (SQLite: "
                        f"{unwritable}, after waiting 5 s: a sqlite3 shell or a backup writing "
                        "it?); not starting, try again when it is done"
                    )
                if unwritable:  # the file may be fine: moving it aside would lose its history
                    remedy = (
                        SIZE_LIMIT_REMEDY
                        if unwritable.endswith("(ulimit -f)")
                        else "free space on its disk"
                        if unwritable.endswith(FULL_SAID)
                        else "make it and its folder writable by this user"
                    )
                    raise StateUnreadable(
                        f"the crawl state {config.path} cannot be written ({unwritable}); "
                        f"{remedy} (the file is left as it is)"
                    )
                raise StateUnreadable(
                    f"the crawl state {config.path} cannot be read ({damage}); move it aside to "
                    "start afresh (every article is then fetched and exported again)"
                )
            assert opened is not None  # no damage: it opened and its check ran
            if crawler.settings.get("NEWSARCHIVE_REDIS_URL"):  # STATE_SHARED=0: one file's
                from newsarchive.shared_own_state import claim_own_state

                try:
                    claim_own_state(crawler, config.path, opened.identity())
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        opened.close()
                    lock.release()
                    raise
            store = opened
        run = CrawlStateRun(config, store, lock, ledger, crawler.stats)
        logger.info("crawl state %s: %d URLs known", store.path, run.known_count())
        if lock is not None:
            _note_killed_run(run, lock, store, Path(crawler.settings.get("WARC_DIR") or "warc"))
        if crawler.settings.get("NEWSARCHIVE_REDIS_URL") and not config.redis_url:
            logger.info(SQLITE_IN_SHARED_CRAWL, store.path)
    profile = site_profile(crawler.spider)
    if profile is not None:
        run.name_sections(profile.sections, profile.renamed_sections)
    setattr(crawler, CRAWLER_ATTRIBUTE, run)
    return run


def _note_killed_run(run: CrawlStateRun, lock: RunLock, store: StateStore, warc: Path) -> None:
    """Said at the start (the killed run wrote no report): in the log, stats and report."""
    run.killed = killed_run(lock.left_by, store, warc)
    if run.killed is not None:
        run.stats.set_value("state/previous_run_killed", 1)
        logger.warning("%s", run.killed.describe())


def crawl_state(crawler: Crawler) -> CrawlStateRun:
    """The crawl's state, as its owner opened it."""
    run = getattr(crawler, CRAWLER_ATTRIBUTE, None)
    if not isinstance(run, CrawlStateRun):
        raise NotConfigured(
            "no crawl state on this crawler: enable newsarchive.state.extension.CrawlStateExtension"
        )
    return run
