"""The incremental policy applied to traffic: a downloader middleware.

Spiders keep yielding every article they find; this decides which known ones
need fetching again (see `policy`), makes those requests conditional, and
after the response records what the state must remember. It sits next to the
downloader (priority ~950): it sees the body as received, the same bytes whose
digest the WARC record carries, and by then the WARC extension has written and
flushed the record group (`response_downloaded` fires before any middleware),
so the row written here points at bytes already in the file.

Request meta it reads (set by spiders, all optional):
    newsarchive_article: True/False, whether the URL is an article page
        (default: the spider's site profile decides from the URL);
    newsarchive_listed_modified: the modification date the listing, feed or
        sitemap gave for the article (datetime or ISO 8601 string);
    newsarchive_section: the section that listed it (for the run report).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector

from newsarchive import meta as meta_keys
from newsarchive.state.policy import as_datetime, conditional_headers, refetch_reason
from newsarchive.state.run import Outcome, StateRun, state_run
from newsarchive.state.store import Capture
from newsarchive.warc.exchange import RecordRef
from newsarchive.warc.records import digest

logger = logging.getLogger(__name__)

META_PREVIOUS = "newsarchive_state_previous"  # the Capture a re-fetch started from
META_CHECKED = "newsarchive_state_checked"  # set once the policy has looked at a request
META_NOT_MODIFIED = meta_keys.WARC_NOT_MODIFIED


class RelistingFilter:
    """What stays with the crawl state off: spiders' re-listings are not fetched twice."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    def process_request(self, request: Request) -> None:
        if request.meta.get(meta_keys.RELISTED):  # requested once already
            self.stats.inc_value("state/skipped/duplicate")
            raise IgnoreRequest("re-listed; no crawl state to say it changed")


class IncrementalMiddleware:
    def __init__(self, run: StateRun, stats: StatsCollector, crawler: Crawler) -> None:
        self.run = run
        self.stats = stats
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware | RelistingFilter:
        assert crawler.stats is not None
        try:
            return cls(state_run(crawler), crawler.stats, crawler)
        except NotConfigured:
            return RelistingFilter(crawler.stats)

    def process_request(self, request: Request) -> None:
        if request.meta.get(META_CHECKED) or not self._is_article(request):
            return
        request.meta[META_CHECKED] = True
        url = request.url
        listed = as_datetime(request.meta.get(meta_keys.LISTED_MODIFIED))
        if listed is not None:
            self.run.note_listed(url, _iso(listed))
        if url in self.run.fetched:
            # another listing named it again (e.g. with a newer date): one fetch per run
            self.stats.inc_value("state/skipped/duplicate")
            raise IgnoreRequest("already fetched in this run")
        capture = self.run.store.capture(url)
        reason = refetch_reason(capture, listed, datetime.now(UTC), self.run.config.recheck_age)
        if reason is None:
            if listed is not None:  # learn the listing's date: the baseline of later runs
                self.run.store.raise_listed(url, _iso(listed))
            if url not in self.run.skipped:  # counted once per article, however often listed
                self.run.skipped.add(url)
                self._count(
                    "skipped/unchanged", request, section=capture.section if capture else None
                )
            raise IgnoreRequest(f"unchanged since {capture.captured_at if capture else '?'}")
        self.stats.inc_value(f"state/fetch/{reason}")
        self.run.fetched.add(url)
        if url in self.run.skipped:  # a later listing said it changed after all
            self.run.skipped.discard(url)
            self._count("skipped/unchanged", request, -1, capture.section if capture else None)
        if capture is not None:
            request.meta[META_PREVIOUS] = capture
            current = self._current_record(capture)
            if current is not None:
                request.meta[META_NOT_MODIFIED] = current
            for name, value in conditional_headers(capture).items():
                request.headers[name] = value

    def process_response(self, request: Request, response: Response) -> Response:
        if not request.meta.get(META_CHECKED):
            return response
        previous: Capture | None = request.meta.get(META_PREVIOUS)
        ref: RecordRef | None = request.meta.get(meta_keys.WARC_RECORD)
        now = _iso(datetime.now(UTC))
        if response.status == 304 and previous is not None:
            self.run.store.touch(previous.url, now)
            self._record(
                request,
                Outcome("not_modified", previous.version, None, previous.section),
            )
        elif response.status == 200:
            if ref is None:  # not archived (WARC writing off): nothing to remember
                self.stats.inc_value("state/not_remembered/no_record")
            else:
                self._remember(request, response, previous, ref, now)
        return response

    def _remember(
        self,
        request: Request,
        response: Response,
        previous: Capture | None,
        ref: RecordRef,
        now: str,
    ) -> None:
        # the archived payload's digest: for a rendered page, of the document the server
        # sent (response.body is then the rendered DOM, which changes with every ad)
        body_digest = ref.payload_digest or digest(response.body)
        if previous is None:
            outcome = Outcome("new", 1, None, _section(request))
        elif previous.digest == body_digest:
            outcome = Outcome("unchanged", previous.version, None, previous.section)
        else:
            outcome = Outcome(
                "changed", previous.version + 1, previous.version_date, _section(request)
            )
        captured_at = ref.date
        # the link a listing gave may have redirected: remember it too, or every run re-fetches
        urls = [request.url, *request.meta.get("redirect_urls", [])]
        listed = max((self.run.listed[u] for u in urls if u in self.run.listed), default=None)
        keep_previous = previous is not None and outcome.kind == "unchanged"
        capture = Capture(
            url=request.url,
            captured_at=captured_at,
            checked_at=now,
            status=response.status,
            digest=body_digest,
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
            listed_modified=listed or (previous.listed_modified if previous else None),
            warc_file=ref.warc_file,
            warc_offset=ref.offset,
            record_id=ref.record_id,
            record_type=ref.record_type,
            version=outcome.version,
            version_date=previous.version_date if keep_previous and previous else captured_at,
            section=previous.section if previous else None,
        )
        # saved once its item is out
        self.run.pending[request.url] = [replace(capture, url=url) for url in dict.fromkeys(urls)]
        self._record(request, outcome)

    def _current_record(self, capture: Capture) -> tuple[RecordRef, str] | None:
        """The record a 304 would point to: the first one holding the current body.

        The payload index knows it; without one (another WARC_DEDUP_INDEX), the
        capture's own record does when it was a response.
        """
        if capture.digest is None:
            return None
        payload = self.run.store.payload(capture.digest)
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

    def _record(self, request: Request, outcome: Outcome) -> None:
        self.run.outcomes[request.url] = outcome
        self._count(f"articles/{outcome.kind}", request, section=outcome.section)

    def _count(
        self, what: str, request: Request, count: int = 1, section: str | None = None
    ) -> None:
        """Per section too: the section its item gave earlier, else the listing's."""
        self.stats.inc_value(f"state/{what}", count)
        section = section or _section(request)
        if section:
            self.stats.inc_value(f"state/section/{section}/{what.rsplit('/', 1)[-1]}", count)

    def _is_article(self, request: Request) -> bool:
        flag = request.meta.get(meta_keys.ARTICLE)
        if flag is not None:
            return bool(flag)
        return _profile_says_article(self.crawler.spider, request.url)


def _profile_says_article(spider: Spider | None, url: str) -> bool:
    profile = getattr(getattr(spider, "options", None), "profile", None)
    return bool(profile is not None and profile.is_article_url(url))


def _section(request: Request) -> str | None:
    section = request.meta.get(meta_keys.SECTION)
    return str(section) if section else None


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
