"""An HTTP body whose content coding stops before its end (gzip, deflate raw or zlib-wrapped,
br, zstd, cut before its last block) is read the same way whatever the coding.

A record that says it holds its body cut (`WARC-Truncated: length`, as Common Crawl stores
pages past 1 MiB) gives an item of what its bytes decode to, `"truncated": true`, as an
uncoded page stored cut does; before, a coded one was skipped ("not valid gzip data").
A record that says nothing of a cut is named and counted, no item of part of a page (the
crawl counts such a body `download/undecodable/<coding>`), each coding with the same
reason: a zlib-wrapped deflate body was named for the error of reading it again as raw
deflate ("invalid stored block lengths").
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path

import brotli
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.warc.encodings import ContentDecodingError, decode_body, zstd_module
from tests.plugins.cli_here import newsarchive_here

PROJECT = Path(__file__).resolve().parents[1]
PAGE = (
    "<html><head><title>A cut page</title></head><body>"
    + "".join(f"<p>Paragraph {i} of the story, told at some length.</p>" for i in range(400))
    + "</body></html>"
).encode()


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def _zstd(data: bytes) -> bytes:
    module = zstd_module()
    assert module is not None
    return bytes(module.compress(data))


def _zstd_blocks(data: bytes) -> bytes:
    """zstd in blocks a few KiB each (a streaming server's flushes), so a cut leaves some."""
    module = zstd_module()
    assert module is not None
    packer = module.ZstdCompressor()
    out = b"".join(
        packer.compress(data[at : at + 4096], packer.FLUSH_BLOCK)
        for at in range(0, len(data), 4096)
    )
    return out + packer.flush()


CODINGS: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "gzip": ("gzip", lambda data: gzip.compress(data, mtime=0)),
    "deflate-raw": ("deflate", _raw_deflate),
    "deflate-zlib": ("deflate", zlib.compress),
    "br": ("br", brotli.compress),
    "zstd": ("zstd", _zstd_blocks),
}


def _cut(data: bytes) -> bytes:
    return data[: len(data) * 2 // 3]


@pytest.mark.parametrize("name", sorted(CODINGS))
def test_a_cut_stream_is_named_as_ending_early_in_every_coding(name: str) -> None:
    coding, compress = CODINGS[name]
    with pytest.raises(ContentDecodingError) as raised:
        decode_body(_cut(compress(PAGE)), coding)
    assert str(raised.value) == f"not valid {coding} data: {coding} stream ends early"


@pytest.mark.parametrize("name", sorted(CODINGS))
def test_a_body_stored_cut_decodes_as_far_as_its_bytes_go(name: str) -> None:
    coding, compress = CODINGS[name]
    decoded = decode_body(_cut(compress(PAGE)), coding, cut=True)
    assert 1000 < len(decoded) < len(PAGE)
    assert PAGE.startswith(decoded)


def test_a_stored_cut_that_decodes_to_nothing_is_still_named() -> None:
    with pytest.raises(ContentDecodingError, match="zstd stream ends early"):
        decode_body(_cut(_zstd(PAGE)), "zstd", cut=True)  # one block: nothing of it decodes


def _warc(path: Path) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for name, (coding, compress) in sorted(CODINGS.items()):
            for truncated in ("", "length"):
                body = _cut(compress(PAGE))
                headers = StatusAndHeaders(
                    "200 OK",
                    [("Content-Type", "text/html"), ("Content-Encoding", coding),
                     ("Content-Length", str(len(body)))],
                    protocol="HTTP/1.1",
                )  # fmt: skip
                record = writer.create_warc_record(
                    f"http://cut.news.test/{name}/{truncated or 'unmarked'}",
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Truncated": truncated} if truncated else {},
                )
                writer.write_record(record)
                record.raw_stream.close()  # the spool warcio digests the payload through


def test_extract_gives_the_stored_part_of_a_coded_page_stored_cut(tmp_path: Path) -> None:
    path = tmp_path / "cut-bodies.warc.gz"
    _warc(path)
    out = tmp_path / "items.jsonl"
    done = newsarchive_here("extract", "--all-pages", path, "-o", out, cwd=PROJECT)
    assert "Traceback" not in done.stderr, done.stderr
    items = {json.loads(line)["url"]: json.loads(line) for line in out.read_text().splitlines()}
    assert sorted(items) == sorted(f"http://cut.news.test/{name}/length" for name in CODINGS)
    for item in items.values():
        assert item["truncated"] is True, item["url"]
        assert item["title"] == "A cut page", item["url"]
    named = sorted(line for line in done.stderr.splitlines() if "record skipped" in line)
    reasons = sorted(line.split("record skipped: ", 1)[1] for line in named)
    assert reasons == sorted(
        f"not valid {coding} data: {coding} stream ends early" for coding, _ in CODINGS.values()
    ), done.stderr
    assert done.returncode == 3, done.stderr
    assert done.stderr.splitlines()[-1] == "extract: 5 items; skipped: 5 records skipped"


STORY = "https://cut.news.test/2026/04/01/long-story"
PARAGRAPHS = "".join(
    f"<p>Paragraph {i} of the long story, in words enough to be a paragraph of its text.</p>"
    for i in range(60)
)
LONG_PAGE = (
    "<html><head><title>Long story</title></head><body><article><h1>Long story</h1>"
    f"{PARAGRAPHS}</article></body></html>"
).encode()


def _long_page(lead: str = "Paragraph 0") -> bytes:
    return LONG_PAGE.replace(b"Paragraph 0 ", lead.encode() + b" ", 1)


def _captures(path: Path, days: list[tuple[int, bool, bytes]]) -> None:
    """The article captured on each (day, stored cut, page): gzip-coded, a cut one's record
    saying `WARC-Truncated: length`."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for day, cut, page in days:
            body = gzip.compress(page, mtime=0)
            body = body[: len(body) // 2] if cut else body
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
                 ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )  # fmt: skip
            warc = {"WARC-Date": f"2026-04-0{day}T08:00:00Z"}
            warc |= {"WARC-Truncated": "length"} if cut else {}
            record = writer.create_warc_record(
                STORY, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict=warc,
            )  # fmt: skip
            writer.write_record(record)
            record.raw_stream.close()  # the spool warcio digests the payload through


def _history(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = newsarchive_here("history", STORY, "--warc", path, *args, cwd=PROJECT)
    assert done.returncode == 0, done.stderr
    return done


def test_history_takes_a_capture_stored_cut_for_no_change(tmp_path: Path) -> None:
    """An unchanged article captured whole, then stored cut (WARC-Truncated: length, gzip),
    then whole: one version, the cut capture seen again. It made three, the cut one's 'change'
    all its lost paragraphs, the next capture's all of them put back."""
    path = tmp_path / "captures.warc.gz"
    _captures(path, [(1, False, LONG_PAGE), (2, True, LONG_PAGE), (3, False, LONG_PAGE)])
    (article,) = json.loads(_history(path, "--format", "json").stdout)["articles"]
    (version,) = article["versions"]
    assert version["fetched_at"] == "2026-04-01T08:00:00Z"
    seen = [capture["fetched_at"] for capture in version["seen_again"]]
    assert seen == ["2026-04-02T08:00:00Z", "2026-04-03T08:00:00Z"], version["seen_again"]


def test_history_takes_a_whole_capture_after_a_cut_one_for_no_change(tmp_path: Path) -> None:
    """The cut capture first, whole ones after: one version from the cut capture on, the
    whole ones seen again. The whole one was a second version whose 'change' was every
    paragraph past the cut "added"."""
    path = tmp_path / "captures.warc.gz"
    _captures(path, [(1, True, LONG_PAGE), (2, False, LONG_PAGE), (3, False, LONG_PAGE)])
    (article,) = json.loads(_history(path, "--format", "json").stdout)["articles"]
    (version,) = article["versions"]
    assert version["fetched_at"] == "2026-04-01T08:00:00Z"
    seen = [capture["fetched_at"] for capture in version["seen_again"]]
    assert seen == ["2026-04-02T08:00:00Z", "2026-04-03T08:00:00Z"], version["seen_again"]
    text = _history(path).stdout
    assert "1 version in 3 captures" in text and "body +" not in text, text
    assert "same article again 2026-04-02T08:00:00Z (" in text
    assert "), whole: the version's first capture was stored cut" in text, text


def test_history_of_an_edit_first_seen_cut_is_the_edit_alone(tmp_path: Path) -> None:
    """Version 1 whole; the article edited (its first paragraph) and captured cut, then whole:
    version 2 from the cut capture, its change the edited paragraph only, the whole capture
    seen again. It made the cut capture's change every paragraph past the cut "removed" and
    a third version putting them back."""
    edited = _long_page("Paragraph zero, corrected,")
    path = tmp_path / "captures.warc.gz"
    _captures(path, [(1, False, LONG_PAGE), (2, True, edited), (3, False, edited)])
    (article,) = json.loads(_history(path, "--format", "json").stdout)["articles"]
    _, second = article["versions"]
    assert second["fetched_at"] == "2026-04-02T08:00:00Z", article["versions"]
    assert [c["fetched_at"] for c in second["seen_again"]] == ["2026-04-03T08:00:00Z"]
    kinds = [p["kind"] for p in second["change"]["body"]["paragraphs"]]
    assert kinds == ["changed"], second["change"]
