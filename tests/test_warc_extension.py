"""WarcExtension as a component (get_crawler): settings, signals, Scrapy objects to records."""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.exporters import JsonLinesItemExporter
from scrapy.http import HtmlResponse, Request
from scrapy.settings import Settings
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from newsarchive import signals as na_signals
from newsarchive.exporters import JsonLinesExporter
from newsarchive.items import ArticleItem
from newsarchive.warc.config import WarcConfig
from newsarchive.warc.exchange import HttpExchange, RecordRef
from newsarchive.warc.extension import META_KEY, WarcExtension
from newsarchive.warc.writer import gzip_member

T0 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def project_settings(**overrides: Any) -> dict[str, Any]:
    settings = Settings()
    settings.setmodule("newsarchive.settings")
    # The project's WARC settings, not its reactor or components: no crawl runs here.
    values = {
        name: value
        for name, value in settings.copy_to_dict().items()
        if name.startswith("WARC_") or name in ("USER_AGENT", "ROBOTSTXT_OBEY")
    }
    values["WARC_DEDUP_INDEX"] = "newsarchive.warc.dedup.MemoryDedupIndex"
    values.update(overrides)
    return values


@pytest.fixture
def warc_dir(tmp_path: Path) -> Path:
    return tmp_path / "warc"


@pytest.fixture
def crawler_and_ext(warc_dir: Path) -> Iterator[tuple[Any, WarcExtension]]:
    crawler = get_crawler(settings_dict=project_settings(WARC_DIR=str(warc_dir)))
    extension = WarcExtension.from_crawler(crawler)
    yield crawler, extension
    extension.close()


def read(warc_dir: Path) -> list[Any]:
    found = []
    for path in sorted(warc_dir.glob("*.warc.gz*")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                record.payload = record.raw_stream.read()
                found.append(record)
    return found


def response(url: str, body: bytes, **kwargs: Any) -> tuple[Request, HtmlResponse]:
    request = Request(url, headers={"User-Agent": "test/1", "Accept-Encoding": "gzip"})
    request.meta["download_latency"] = 0.25
    headers = {"Content-Type": "text/html", "Content-Length": str(len(body))}
    result = HtmlResponse(
        url, body=body, headers=headers, request=request, protocol="HTTP/1.1", **kwargs
    )
    return request, result


# --- settings ------------------------------------------------------------------


def test_disabled_raises_not_configured() -> None:
    settings = Settings(project_settings(WARC_ENABLED=False))
    with pytest.raises(NotConfigured):
        WarcConfig.from_settings(settings)


@pytest.mark.parametrize(
    ("name", "value"),
    [("WARC_GZIP_LEVEL", 11), ("WARC_MAX_FILE_SIZE", 0), ("WARC_PREFIX", "a-b")],
)
def test_bad_settings_are_refused(name: str, value: Any) -> None:
    with pytest.raises(ValueError, match=name):
        WarcConfig.from_settings(Settings(project_settings(**{name: value})))


def test_config_reads_project_defaults() -> None:
    config = WarcConfig.from_settings(Settings(project_settings()))
    assert config.max_file_size == 1024**3 and config.robots == "classic"
    assert config.max_payload == 64 * 1024 * 1024 and config.user_agent.startswith("newsarchive/")


# --- signals -------------------------------------------------------------------


def test_response_downloaded_writes_pair_and_puts_ref_on_meta(
    crawler_and_ext: tuple[Any, WarcExtension], warc_dir: Path
) -> None:
    crawler, _ = crawler_and_ext
    request, page = response("http://127.0.0.1:1/a?x=1", b"<html>a</html>")
    before = datetime.now(UTC)
    crawler.signals.send_catch_log(
        signal=signals.response_downloaded,
        response=page,
        request=request,
        spider=None,
    )
    after = datetime.now(UTC)
    ref = request.meta[META_KEY]
    assert isinstance(ref, RecordRef) and ref.record_type == "response"
    warcinfo, main, sent = read(warc_dir)
    assert warcinfo.rec_type == "warcinfo"
    assert main.rec_headers.get_header("WARC-Record-ID") == ref.record_id
    assert sent.rec_headers.get_header("WARC-Concurrent-To") == ref.record_id
    assert sent.http_headers.get_header("Accept-Encoding") == "gzip"
    assert main.payload == b"<html>a</html>"
    # WARC-Date is when the fetch began: download_latency (0.25 s) before the signal. Bounded
    # by the clock read before and after it, not by `before` alone: that assumed the record
    # was written within 0.25 s of it, and a loaded box can stall the test longer
    started = datetime.fromisoformat(ref.date.replace("Z", "+00:00"))
    latency = timedelta(seconds=0.25)
    assert before - latency <= started <= after - latency, (before, started, after)
    assert ref.warc_file == next(warc_dir.glob("*.open")).name.removesuffix(".open")


def test_dataloss_response_marked_disconnect(
    crawler_and_ext: tuple[Any, WarcExtension], warc_dir: Path
) -> None:
    crawler, extension = crawler_and_ext
    request, page = response("http://127.0.0.1:1/cut", b"<html>par", flags=["dataloss"])
    extension.response_downloaded(page, request, None)  # type: ignore[arg-type]
    main = read(warc_dir)[1]
    assert main.rec_headers.get_header("WARC-Truncated") == "disconnect"
    assert crawler.stats.get_value("warc/truncated") == 1


def test_same_payload_twice_is_a_revisit(
    crawler_and_ext: tuple[Any, WarcExtension], warc_dir: Path
) -> None:
    crawler, extension = crawler_and_ext
    for url in ("http://127.0.0.1:1/one", "http://127.0.0.1:1/two"):
        extension.response_downloaded(*reversed(response(url, b"<html>same</html>")), None)  # type: ignore[arg-type]
    kinds = [r.rec_type for r in read(warc_dir)]
    assert kinds == ["warcinfo", "response", "request", "revisit", "request"]
    assert crawler.stats.get_value("warc/revisits") == 1


def test_no_dedup_index_means_no_revisits(warc_dir: Path) -> None:
    crawler = get_crawler(
        settings_dict=project_settings(WARC_DIR=str(warc_dir), WARC_DEDUP_INDEX="")
    )
    extension = WarcExtension.from_crawler(crawler)
    for url in ("http://127.0.0.1:1/one", "http://127.0.0.1:1/two"):
        extension.response_downloaded(*reversed(response(url, b"<html>same</html>")), None)  # type: ignore[arg-type]
    extension.close()
    assert [r.rec_type for r in read(warc_dir)].count("revisit") == 0


def test_exchange_captured_from_a_browser(
    crawler_and_ext: tuple[Any, WarcExtension], warc_dir: Path
) -> None:
    crawler, _ = crawler_and_ext
    exchange = HttpExchange(
        url="http://127.0.0.1:1/api.json",
        method="GET",
        request_headers=[("Accept", "*/*")],
        request_body=b"",
        status=200,
        response_headers=[("content-encoding", "br"), ("content-length", "9")],
        body=b'{"a": 1}',
        started_at=T0,
        protocol="http/1.1",
        body_decoded=True,
    )
    results = crawler.signals.send_catch_log(na_signals.exchange_captured, exchange=exchange)
    [ref] = [value for _, value in results if isinstance(value, RecordRef)]
    main = read(warc_dir)[1]
    assert main.rec_headers.get_header("WARC-Record-ID") == ref.record_id
    assert main.http_headers.headers == [
        ("X-Archive-Orig-content-encoding", "br"),
        ("X-Archive-Orig-content-length", "9"),
        ("Content-Length", "8"),
    ]
    assert main.payload == b'{"a": 1}'


def test_resource_captured_tied_to_its_page(
    crawler_and_ext: tuple[Any, WarcExtension], warc_dir: Path
) -> None:
    crawler, _ = crawler_and_ext
    results = crawler.signals.send_catch_log(
        na_signals.resource_captured,
        uri="urn:dom:http://127.0.0.1:1/a",
        content_type="text/html",
        data=b"<html>rendered</html>",
        concurrent_to="<urn:uuid:1>",
    )
    [ref] = [value for _, value in results if isinstance(value, RecordRef)]
    record = read(warc_dir)[1]
    assert ref.record_type == "resource" == record.rec_type
    assert record.rec_headers.get_header("WARC-Concurrent-To") == "<urn:uuid:1>"
    assert record.payload == b"<html>rendered</html>"


def test_item_with_record_id_becomes_metadata_record(
    crawler_and_ext: tuple[Any, WarcExtension], warc_dir: Path
) -> None:
    _, extension = crawler_and_ext
    _, page = response("http://127.0.0.1:1/a", b"<html></html>")
    item = ArticleItem(url="http://127.0.0.1:1/a", title="T", warc_record_id="<urn:uuid:9>")
    extension.item_scraped(item, page, None)  # type: ignore[arg-type]
    extension.item_scraped(ArticleItem(url="http://127.0.0.1:1/b"), page, None)  # type: ignore[arg-type]
    [_, record] = read(warc_dir)
    assert record.rec_type == "metadata"
    assert record.rec_headers.get_header("WARC-Concurrent-To") == "<urn:uuid:9>"
    assert record.rec_headers.get_header("WARC-Target-URI") == "urn:item:http://127.0.0.1:1/a"
    assert json.loads(record.payload)["title"] == "T"


def test_dead_crawls_open_file_recovered_at_start(warc_dir: Path) -> None:
    warc_dir.mkdir(parents=True)
    dead = warc_dir / "newsarchive-20260101000000000-00000-1~h.warc.gz.open"
    dead.write_bytes(gzip_member(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", 6)[:20])
    crawler = get_crawler(settings_dict=project_settings(WARC_DIR=str(warc_dir)))
    WarcExtension.from_crawler(crawler).close()
    assert crawler.stats.get_value("warc/recovered_files") == 1
    assert not dead.exists()


def test_another_writers_open_file_is_left_alone_at_start(
    warc_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """An ARC file named `.warc.gz.open` was moved aside as `.damaged` at every crawl start
    ("no whole WARC record"): it is named on one line and left as it was."""
    warc_dir.mkdir(parents=True)
    other = warc_dir / "other-1.warc.gz.open"
    arc = b"filedesc://x.arc 127.0.0.1 20260401080000 text/plain 9\n1 0 Other\n\n"
    other.write_bytes(arc)
    crawler = get_crawler(settings_dict=project_settings(WARC_DIR=str(warc_dir)))
    WarcExtension.from_crawler(crawler).close()
    assert other.read_bytes() == arc and not list(warc_dir.glob("*.damaged*"))
    assert crawler.stats.get_value("warc/recover_left_alone") == 1
    assert crawler.stats.get_value("warc/recovered_files") is None
    said = [r.getMessage() for r in caplog.records if "other-1" in r.getMessage()]
    assert said == [
        "recover: other-1.warc.gz.open: left alone, nothing cut: an ARC file (recover closes "
        "WARC files only); `python -m newsarchive extract` names what it cannot read; rename it "
        "without .open to keep it whole"
    ]


def test_warcinfo_says_who_and_how(warc_dir: Path) -> None:
    settings = project_settings(
        WARC_DIR=str(warc_dir), WARC_OPERATOR="Archive desk", WARC_DESCRIPTION="Nightly news"
    )
    crawler = get_crawler(settings_dict=settings)
    extension = WarcExtension.from_crawler(crawler)
    extension.response_downloaded(*reversed(response("http://127.0.0.1:1/", b"x")), None)  # type: ignore[arg-type]
    extension.close()
    info = read(warc_dir)[0].payload.decode()
    assert "operator: Archive desk\r\n" in info and "description: Nightly news\r\n" in info
    assert "software: newsarchive/0.1.0 (Scrapy/2.19." in info
    assert "robots: classic\r\n" in info and "hostname: " in info
    assert not list(warc_dir.glob("*.open"))


class SwitchedOffIndex:
    @classmethod
    def from_crawler(cls, crawler: Any) -> SwitchedOffIndex:
        raise NotConfigured("no state here")


def test_dedup_index_switched_off_keeps_archiving_with_crawl_local_revisits(
    warc_dir: Path,
) -> None:
    index = f"{__name__}.SwitchedOffIndex"
    crawler = get_crawler(
        settings_dict=project_settings(WARC_DIR=str(warc_dir), WARC_DEDUP_INDEX=index)
    )
    extension = WarcExtension.from_crawler(crawler)
    for url in ("http://127.0.0.1:1/one", "http://127.0.0.1:1/two"):
        extension.response_downloaded(*reversed(response(url, b"<html>same</html>")), None)  # type: ignore[arg-type]
    extension.close()
    assert [r.rec_type for r in read(warc_dir)].count("revisit") == 1


class BrokenIndex:
    def lookup(self, digest: str) -> None:
        raise RuntimeError("database is locked")

    def add(self, digest: str, ref: RecordRef) -> None:
        raise RuntimeError("database is locked")


def test_failing_dedup_index_costs_revisits_not_pages(warc_dir: Path) -> None:
    index = f"{__name__}.BrokenIndex"
    settings = project_settings(WARC_DIR=str(warc_dir), WARC_DEDUP_INDEX=index)
    crawler = get_crawler(settings_dict=settings)
    extension = WarcExtension.from_crawler(crawler)
    for url in ("http://127.0.0.1:1/one", "http://127.0.0.1:1/two"):
        extension.response_downloaded(*reversed(response(url, b"<html>same</html>")), None)  # type: ignore[arg-type]
    extension.close()
    assert [r.rec_type for r in read(warc_dir)].count("response") == 2
    assert crawler.stats.get_value("warc/dedup_errors") == 4


def test_capture_after_close_still_ends_in_a_closed_file(
    crawler_and_ext: tuple[Any, WarcExtension], warc_dir: Path
) -> None:
    crawler, extension = crawler_and_ext
    extension.close()
    crawler.signals.send_catch_log(
        na_signals.resource_captured, uri="urn:dom:x", content_type="text/html", data=b"late"
    )
    assert not list(warc_dir.glob("*.open"))
    assert [r.rec_type for r in read(warc_dir)] == ["warcinfo", "resource"]


@dataclass
class _Dated:
    url: str
    warc_record_id: str
    when: datetime


@pytest.mark.parametrize(
    "item",
    [
        ArticleItem(
            url="http://127.0.0.1:1/a",
            title="Zürich “quotes”",
            authors=["A"],
            version=2,
            warc_record_id="<urn:uuid:9>",
        ),
        _Dated("http://127.0.0.1:1/d", "<urn:uuid:9>", datetime(2026, 1, 2, 3, 4, 5, 6, UTC)),
    ],
)
def test_feed_line_and_metadata_record_encoded_as_each_alone(
    crawler_and_ext: tuple[Any, WarcExtension], warc_dir: Path, item: Any
) -> None:
    """The JSON the feed and the metadata record share is what each wrote on its own."""
    crawler, extension = crawler_and_ext
    out = io.BytesIO()
    exporter = build_from_crawler(JsonLinesExporter, crawler, out, encoding="utf-8", indent=0)
    exporter.export_item(item)  # the feed's receiver runs first
    _, page = response(item.url, b"<html></html>")
    extension.item_scraped(item, page, None)  # type: ignore[arg-type]
    [_, record] = read(warc_dir)
    fields = {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}
    assert record.payload == json.dumps(fields, ensure_ascii=False, default=str).encode()
    alone = io.BytesIO()
    scrapys = JsonLinesItemExporter(alone, encoding="utf-8")
    scrapys.export_item(item)
    assert out.getvalue() == alone.getvalue()
