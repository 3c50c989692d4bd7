"""A length in a WARC, ARC or HTTP header is ASCII digits (`newsarchive.numbers`).

`str.isdigit` takes '²' (int() then raises) and int() takes Arabic-Indic or full-width
digits, '+12' and '1_000'. Before, every reader differed: a WARC Content-Length in
Arabic-Indic digits was read as a length (exit 0, the record kept, though no WARC tool
writes it and the grammar says 1*DIGIT); an HTTP Content-Length of '²' lost its whole
record as "bytes that start no record" in a plain file while a gzipped one kept it; a
WARC Content-Length of '²' gave `index` a CDXJ line for a record warcio read as empty.
Now each reader names the record without a length (exit 3) and keeps the others.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from newsarchive import cli
from newsarchive.numbers import ascii_digits, header_number

SITE = "http://numerals.news.test"
ARABIC = str.maketrans("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
FULL_WIDTH = str.maketrans("0123456789", "".join(chr(0xFF10 + d) for d in range(10)))


@pytest.mark.parametrize(
    ("value", "number"),
    [("12", 12), (" 12", 12), ("12\t", 12), ("0", 0), ("007", 7), (b"12", 12),
     ("\u00b2", None), ("12".translate(ARABIC), None), ("12".translate(FULL_WIDTH), None),
     ("+12", None), ("-1", None), ("1_000", None), ("12 kB", None), ("", None), (None, None),
     ("0x10", None), ("1" * 5000, None), ("\u2460", None)],
)  # fmt: skip
def test_a_header_number_is_ascii_digits(value: str | bytes | None, number: int | None) -> None:
    assert header_number(value) == number


def test_ascii_digits_takes_no_blanks() -> None:
    assert ascii_digits("20260401080000") and ascii_digits(b"7")
    assert not ascii_digits(" 7") and not ascii_digits("\u00b2") and not ascii_digits("")


def _page(n: int) -> bytes:
    return f"<html><title>Numerals {n}</title><body><p>Count {n} rose.</p></body></html>".encode()


def _record(n: int, warc_length: str | None = None, http_length: str | None = None) -> bytes:
    body = _page(n)
    said = http_length if http_length is not None else str(len(body))
    block = (
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {said}\r\n\r\n".encode()
        + body
    )
    lines = [
        "WARC/1.1",
        "WARC-Type: response",
        f"WARC-Record-ID: <urn:uuid:7b0e4c52-0000-4000-8000-{n:012d}>",
        f"WARC-Date: 2026-04-01T08:00:0{n}Z",
        f"WARC-Target-URI: {SITE}/{n}",
        "Content-Type: application/http; msgtype=response",
        f"Content-Length: {warc_length if warc_length is not None else len(block)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _length_of(n: int, form: str) -> str:
    whole = len(_record(n)) - len(_record(n).partition(b"\r\n\r\n")[0]) - 8
    return {"arabic": str(whole).translate(ARABIC), "full": str(whole).translate(FULL_WIDTH),
            "plus": f"+{whole}", "under": f"{str(whole)[0]}_{str(whole)[1:]}",
            "sup": "\u00b2"}[form]  # fmt: skip


def _file(tmp_path: Path, middle: bytes, gzipped: bool) -> Path:
    records = [_record(1), middle, _record(3)]
    if gzipped:
        path = tmp_path / "numerals.warc.gz"
        path.write_bytes(b"".join(gzip.compress(r, mtime=0) for r in records))
    else:
        path = tmp_path / "numerals.warc"
        path.write_bytes(b"".join(records))
    return path


FORMS = ["arabic", "full", "plus", "under", "sup"]


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("form", FORMS)
def test_extract_names_a_warc_length_of_other_digits(
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    form: str,
    gzipped: bool,
) -> None:
    path = _file(tmp_path, _record(2, warc_length=_length_of(2, form)), gzipped)
    out = tmp_path / "items.jsonl"
    assert cli.main(["extract", "--all-pages", str(path), "-o", str(out)]) == 3
    said = capfd.readouterr().err + caplog.text
    assert f"{path}@" in said and "no Content-Length number" in said
    assert "Traceback" not in said
    urls = {json.loads(line)["url"] for line in out.read_text().splitlines()}
    assert urls == {f"{SITE}/1", f"{SITE}/3"}


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("form", FORMS)
def test_index_names_a_warc_length_of_other_digits(
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    form: str,
    gzipped: bool,
) -> None:
    path = _file(tmp_path, _record(2, warc_length=_length_of(2, form)), gzipped)
    cdxj = tmp_path / "index.cdxj"
    assert cli.main(["index", str(path), "--cdxj", str(cdxj)]) == 3
    said = capfd.readouterr().err + caplog.text
    assert "no Content-Length number" in said and "Traceback" not in said
    lines = cdxj.read_text().splitlines()
    assert [json.loads(line.split(" ", 2)[2])["url"] for line in lines] == [
        f"{SITE}/1",
        f"{SITE}/3",
    ]


@pytest.mark.parametrize("form", ["arabic", "sup"])
def test_history_names_a_warc_length_of_other_digits(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, form: str
) -> None:
    path = _file(tmp_path, _record(2, warc_length=_length_of(2, form)), gzipped=False)
    assert cli.main(["history", f"{SITE}/2", "--warc", str(path), "--reextract"]) != 0
    said = capfd.readouterr().err + caplog.text
    assert "no Content-Length number" in said and "Traceback" not in said
    assert cli.main(["history", f"{SITE}/3", "--warc", str(path), "--reextract"]) == 3


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("form", ["arabic", "plus", "under", "sup"])
def test_an_http_length_of_other_digits_is_no_length(
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    form: str,
    gzipped: bool,
) -> None:
    """The HTTP body runs to the record's end (WARC's length): an HTTP Content-Length that is
    no number is as none. Before, '²' in a plain file lost the record as junk."""
    odd = {"arabic": "60".translate(ARABIC), "plus": "+60", "under": "6_0", "sup": "\u00b2"}
    path = _file(tmp_path, _record(2, http_length=odd[form]), gzipped)
    out = tmp_path / "items.jsonl"
    assert cli.main(["extract", "--all-pages", str(path), "-o", str(out)]) == 0
    said = capfd.readouterr().err + caplog.text
    assert "Traceback" not in said and "skipped" not in said
    urls = {json.loads(line)["url"] for line in out.read_text().splitlines()}
    assert urls == {f"{SITE}/1", f"{SITE}/2", f"{SITE}/3"}
    cdxj = tmp_path / "index.cdxj"
    assert cli.main(["index", str(path), "--cdxj", str(cdxj)]) == 0
    assert len(cdxj.read_text().splitlines()) == 3


def test_replay_copies_and_recover_take_other_digits(tmp_path: Path) -> None:
    """replay's decoded copies and `recover` read the same files without a traceback."""
    from newsarchive.package.replayable import write_decoded_copies

    for form in FORMS:
        path = _file(tmp_path, _record(2, warc_length=_length_of(2, form)), gzipped=True)
        assert write_decoded_copies([path], tmp_path / f"copies-{form}.warc.gz") == []
        crawl = tmp_path / f"crawl-{form}"
        crawl.mkdir()
        (crawl / "numerals.warc.gz.open").write_bytes(path.read_bytes())
        code = cli.main(["recover", str(crawl)])
        # '²' gives warcio a record of no length: the rest is not where that says, and the
        # file is left whole (named, exit 3); other digits are bytes it keeps whole
        kept = crawl / ("numerals.warc.gz.open" if form == "sup" else "numerals.warc.gz")
        assert (code, kept.read_bytes()) == (3 if form == "sup" else 0, path.read_bytes())


def test_an_arc_date_of_other_digits_starts_no_record() -> None:
    from newsarchive.warc.record_starts import arc_header_line, arc_v1_line

    date = "20260401080000"
    assert arc_header_line(f"{SITE}/a 127.0.0.1 {date} text/html 10")
    assert not arc_header_line(f"{SITE}/a 127.0.0.1 {date.translate(ARABIC)} text/html 10")
    v2 = f"{SITE}/a 127.0.0.1 {date} text/html 200 - - 0 f.arc 10"
    assert arc_v1_line(v2) == f"{SITE}/a 127.0.0.1 {date} text/html 10"
    odd = v2.replace(date, date.translate(ARABIC))
    assert arc_v1_line(odd) == odd  # not an ARC v2 line: left as it is


@pytest.mark.parametrize("digits", [20, 4000])
def test_recover_takes_a_length_past_any_file(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], digits: int
) -> None:
    """A Content-Length of ASCII digits too long for a read (warc_fuzz seed 21, file 466):
    `recover` read it and raised OverflowError. It is no whole record: the file's whole
    records before it are kept, the cut said."""
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    odd = re.sub(
        rb"Content-Length: [0-9]+", b"Content-Length: " + b"9" * digits, _record(2), count=1
    )
    (crawl / "run.warc.gz.open").write_bytes(_record(1) + odd)
    code = cli.main(["recover", str(crawl)])
    said = capfd.readouterr()
    assert "Traceback" not in said.err and "OverflowError" not in said.err
    # as a killed crawl's last record, whose length runs past the file's end: cut, and said
    assert code == 0 and "run.warc: 1 record kept" in said.out, said
    assert (crawl / "run.warc").read_bytes() == _record(1)


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("shape", ["{}", "000{}", "{} ", "\t{}\t", "00{}  "])
def test_a_length_with_leading_zeros_or_blanks_is_read(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], shape: str, gzipped: bool
) -> None:
    """1*DIGIT allows leading zeros, and OWS may stand around a value: another writer's
    `Content-Length: 00123 ` (WARC and HTTP alike) is a length, the record read whole."""
    http = shape.format(len(_page(2)))
    first = _record(2, http_length=http)  # its WARC length: the block's, in plain digits
    block = len(first) - len(first.partition(b"\r\n\r\n")[0]) - 8
    middle = _record(2, warc_length=shape.format(block), http_length=http)
    assert middle.partition(b"\r\n\r\n")[0].endswith(
        f"Content-Length: {shape.format(block)}".encode()
    )
    path = _file(tmp_path, middle, gzipped)
    out, cdxj = tmp_path / "items.jsonl", tmp_path / "index.cdxj"
    assert cli.main(["extract", "--all-pages", str(path), "-o", str(out)]) == 0
    assert cli.main(["index", str(path), "--cdxj", str(cdxj)]) == 0
    assert "Traceback" not in capfd.readouterr().err
    urls = [json.loads(line)["url"] for line in out.read_text().splitlines()]
    assert sorted(urls) == [f"{SITE}/1", f"{SITE}/2", f"{SITE}/3"]
    assert len(cdxj.read_text().splitlines()) == 3
