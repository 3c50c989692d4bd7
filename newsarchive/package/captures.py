"""Finding the archive files of a folder and the HTML captures they hold."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warcio.recordloader import ArcWarcRecord

from newsarchive.warc.archives import (
    CUT_WHEN_FETCHED,
    Skips,
    archive_files,
    read_records,
    segment_problem,
)
from newsarchive.warc.notpages import NotPages
from newsarchive.warc.reader import Capture, Located, Originals, PageRecords

HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_files(inputs: Iterable[Path]) -> list[Path]:
    """Closed WARC and ARC files named by `inputs` (see `archive_files`)."""
    return archive_files(inputs)


@dataclass
class CaptureIndex:
    """HTML page captures (response or revisit, status 200) by record id and by URL."""

    # by (record id, URL): ids are not unique across other tools' files (copied records)
    date_by_record: dict[tuple[str, str], str] = field(default_factory=dict)
    dates_by_url: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def date_for(self, url: str, record_id: str | None, fetched_at: str | None) -> str | None:
        """The WARC-Date under which pywb finds this capture of `url`."""
        if record_id and (record_id, url) in self.date_by_record:
            return self.date_by_record[(record_id, url)]
        dates = self.dates_by_url.get(url, [])
        if fetched_at in dates:
            return fetched_at
        return dates[-1] if dates else None


def _html_capture(record: ArcWarcRecord) -> bool:
    """An HTML page capture, or a revisit without HTTP headers (a 304's, newsarchive.state),
    which is a page capture where its original is one. An http(s) resource record of HTML
    (warcit's, a browser-based crawler's) is one too: `extract` makes an item of it and
    pywb and replayweb.page serve it as a 200."""
    if record.rec_type == "revisit" and record.http_headers is None:
        return True
    if record.rec_type == "resource":
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        content_type = record.rec_headers.get_header("Content-Type") or ""
        html = content_type.split(";")[0].strip().lower() in HTML_TYPES
        return html and uri.startswith(("http:", "https:"))
    if record.rec_type not in ("response", "revisit") or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def read_captures(
    paths: list[Path],
    skips: Skips | None = None,
    originals_only: Iterable[Path] = (),
    elsewhere: list[tuple[str, str, str]] | None = None,
) -> CaptureIndex:
    """The HTML captures of the files of `paths` that a package holds (`Skips.packable`: a
    file with records skipped is held, without them); what cannot be read goes to `skips`
    (default: logged only).

    A revisit whose original is in none of those files is no capture: replay has
    no page to show for it, so it is named and left out of the pages list (those without
    HTTP headers, a 304's, counted in one line: most are of images). A revisit without
    HTTP headers whose original is an HTML capture is one too: the article unchanged. A record
    split in segments is listed from its joined copy, but its revisits are listed here. A
    capture cut short when fetched (WARC-Truncated) is left out where its URL has
    a whole one, as the index leaves it out (`newsarchive.package.cdxj`).

    The files of `originals_only` (earlier runs' records copied for their revisits,
    `newsarchive.package.originals`) give originals, never pages. With `elsewhere`, a
    revisit whose original is in none of the files is appended there (`where`, URL, date), not
    skipped: its original is in an earlier package (`index --revisits-elsewhere`).
    """
    skips = skips if skips is not None else Skips()
    read: list[tuple[Capture, bool]] = []  # (capture, whether a revisit); originals trimmed
    cut: set[tuple[str, str]] = set()  # (path@offset, URL) of cut captures
    joined: list[Capture] = []  # records joined from their segments (all in one file)
    others = NotPages()  # the originals no page is made of: a revisit of one is none
    wanted = PageRecords(others.add, _html_capture)
    extra = list(originals_only)
    for path in [*paths, *extra]:
        for record in read_records(path, skips, wanted):
            if segment_problem(record.record):  # listed from the WACZ's joined copy (`index`)
                joined.append(Capture.of(record).keys_only())  # its revisits' original
                continue
            revisit = record.record.rec_type == "revisit"
            capture = Capture.of(record)
            if record.record.rec_headers.get_header("WARC-Truncated") in CUT_WHEN_FETCHED:
                cut.add((capture.where, record.record.rec_headers.get_header("WARC-Target-URI")))
            read.append((capture if revisit else capture.keys_only(), revisit))
    clean = set(skips.packable([*paths, *extra]))  # the files a package holds
    read = [(capture, revisit) for capture, revisit in read if capture.path in clean]
    read = _whole_where_any(read, cut)
    originals = Originals()
    for capture, revisit in read:
        if not revisit:
            originals.add(capture, _FOUND)
    read = [(capture, revisit) for capture, revisit in read if capture.path not in extra]
    for capture in joined:
        if capture.path in clean:
            originals.add(capture, _FOUND)
    index = CaptureIndex()
    for capture, revisit in read:
        headers = capture.rec_headers
        url = headers.get_header("WARC-Target-URI")
        if revisit and originals.find(capture) is None:
            if elsewhere is not None:
                if capture.http_headers is not None or not others.holds_original_of(headers):
                    elsewhere.append((capture.where, url, headers.get_header("WARC-Date")))
                continue
            if capture.http_headers is None:  # a 304's: of a page, an image, or not given
                if not others.holds_original_of(headers):
                    skips.revisit_outside(capture.where)
                continue
            skips.revisit_unlisted(capture.where, url)
            continue
        date = headers.get_header("WARC-Date")
        if capture.record_id:
            index.date_by_record[(capture.record_id, url)] = date
        index.dates_by_url[url].append(date)
    skips.say_outside()
    return index


def _whole_where_any(
    read: list[tuple[Capture, bool]], cut: set[tuple[str, str]]
) -> list[tuple[Capture, bool]]:
    """`read` without the cut captures of URLs that have a whole one."""

    def key(capture: Capture) -> tuple[str, str]:
        return (capture.where, capture.rec_headers.get_header("WARC-Target-URI"))

    whole_urls = {key(capture)[1] for capture, _ in read if key(capture) not in cut}
    return [(c, revisit) for c, revisit in read if key(c) not in cut or key(c)[1] not in whole_urls]


# Only whether an original exists matters here, not where it is.
_FOUND = Located(Path(), None, None, None)
