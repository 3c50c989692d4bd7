"""Bad input found by following the README as a new user: one clear line, exit 2, no traceback.

Each case ran through `newsarchive.cli.main` in this process, as tests/test_cli_errors.py
does; none contacts anything (the Redis URLs are refused before a connection).
"""

from __future__ import annotations

import gzip
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from newsarchive import exitcodes
from newsarchive.cli import main
from newsarchive.state.store import CrawlState
from tests.plugins.environment import environment_kept
from tests.test_unlistable_folders import _as_a_user

# redis-py raised these at the first connection, a traceback (exit 1); a database that is
# no number it read as 0, so the copy went into another database without a word
BAD_REDIS_URLS = {
    "redis://:secret@[::1/0": "Invalid IPv6 URL",
    "redis://127.0.0.1:99999/0": "Port out of range 0-65535",
    "redis://127.0.0.1:port/0": "Port could not be cast to integer value as 'port'",
    "redis://127.0.0.1:6379/x": "database 'x' is not a number",
    "redis://127.0.0.1:6379/²": "database '²' is not a number",
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    try:
        with environment_kept():  # `check` reads the project's settings
            code = main(argv)
    except SystemExit as stop:  # argparse
        code = int(stop.code or 0)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.strip().splitlines()


@pytest.fixture(scope="module")
def state_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("state") / "demo.sqlite"
    CrawlState(str(path)).close()
    return path


@pytest.mark.parametrize("url", list(BAD_REDIS_URLS))
@pytest.mark.parametrize("way", ["to Redis", "from Redis"])
def test_migrate_state_names_a_redis_url_it_cannot_read(
    url: str, way: str, state_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ends = [str(state_file), url] if way == "to Redis" else [url, str(state_file)]
    code, lines = _run(["migrate-state", *ends, "--site", "demo"], capsys)
    assert code == exitcodes.BAD_INPUT
    assert lines == [
        f"migrate-state: not a Redis URL ({BAD_REDIS_URLS[url]}): use "
        "redis://[:PASSWORD@]HOST:PORT/DB, rediss://... or unix://PATH"
    ]
    assert "secret" not in lines[0]  # the password the URL holds is not echoed


def test_a_crawl_setting_with_a_bad_redis_url_is_refused_before_it_starts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`check` and `scrapy crawl` share the settings' checks: the crawl said "the crawl
    could not start: ValueError: Port could not be cast ...", exit 1."""
    argv = ["check", "demo", "-a", "base_url=http://127.0.0.1:9"]
    argv += ["-s", "NETWORK_ALLOWED=127.0.0.1:9"]
    argv += ["-s", "NEWSARCHIVE_REDIS_URL=redis://127.0.0.1:port/0"]
    code, lines = _run(argv, capsys)
    assert code == exitcodes.BAD_INPUT
    assert lines == [
        "check: setting NEWSARCHIVE_REDIS_URL is not a Redis URL (Port could not be cast to "
        "integer value as 'port'): use redis://[:PASSWORD@]HOST:PORT/DB, rediss://... or "
        "unix://PATH"
    ]


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield int(listener.getsockname()[1])


def test_serve_demo_names_the_port_it_cannot_listen_on(
    busy_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "serve-demo: [Errno 98] Address already in use": which port?"""
    code, lines = _run(["serve-demo", "--port", str(busy_port)], capsys)
    assert code == exitcodes.BAD_INPUT
    assert lines == [f"serve-demo: cannot listen on 127.0.0.1:{busy_port}: Address already in use"]


def test_serve_demo_names_the_address_it_cannot_listen_on(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An address that is not this machine's (TEST-NET-3, never anyone's): it said
    "serve-demo: [Errno 99] Cannot assign requested address"."""
    code, lines = _run(["serve-demo", "--host", "203.0.113.7"], capsys)
    assert code == exitcodes.BAD_INPUT
    assert lines == ["serve-demo: cannot listen on 203.0.113.7: Cannot assign requested address"]


@pytest.fixture(scope="module")
def redis_with_password(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A redis-server of this module's own on loopback, asking a password; its URL's port."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed (make test installs it)")
    folder = tmp_path_factory.mktemp("redis-password")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    command = [server, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    command += ["--appendonly", "no", "--dir", str(folder), "--requirepass", "hunter2word"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = Redis(host="127.0.0.1", port=port, password="hunter2word", socket_timeout=5)
    try:
        for _ in range(200):  # until it listens, or it ended (its port taken)
            try:
                client.ping()
                break
            except RedisConnectionError:
                if process.poll() is not None:
                    pytest.fail(f"redis-server ended at its start, status {process.returncode}")
                time.sleep(0.05)
        yield f"127.0.0.1:{port}"
    finally:
        client.close()
        process.terminate()  # by its PID: only the server this fixture started
        process.wait(timeout=10)


def test_migrate_state_never_prints_the_redis_password(
    redis_with_password: str, state_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its lines (cron's logs, a terminal) showed the URL whole, `redis://:PASSWORD@...`."""
    url = f"redis://:hunter2word@{redis_with_password}/0"
    code = main(["migrate-state", str(state_file), url, "--site", "demo"])
    out = capsys.readouterr().out
    assert code == 0 and f"to redis://:***@{redis_with_password}/0 (key" in out
    code = main(["migrate-state", url.replace("/0", "/5"), str(state_file), "--site", "demo"])
    err = capsys.readouterr().err
    assert code == 1 and f"in redis://:***@{redis_with_password}/5: nothing copied" in err
    assert "hunter2word" not in out + err


@pytest.mark.parametrize("kind", ["no permission", "a folder"])
def test_history_names_a_crawl_state_it_cannot_read(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite's words made either "not a crawl state (unable to open database file)" or
    "(disk I/O error)": a user moved a good state aside. It is the file that cannot be read."""
    warc = tmp_path / "warc"
    warc.mkdir()
    (warc / "items.jsonl").write_text("")
    state = tmp_path / "demo.sqlite"
    argv = ["history", "--site", "demo", "--warc", str(warc), "--items", str(warc / "items.jsonl")]
    argv += ["--state", str(state)]
    if kind == "a folder":
        state.mkdir()
        code, lines = _run(argv, capsys)
        assert code == exitcodes.BAD_INPUT
        assert lines == [f"history: {state}: the crawl state cannot be read (Is a directory)"]
        return
    CrawlState(str(state)).close()
    state.chmod(0)
    done = _as_a_user(*argv)  # root reads it whatever its bits say: its bypass dropped
    assert done.returncode == exitcodes.BAD_INPUT and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"history: {state}: the crawl state cannot be read (Permission denied)"
    ]


def _one_page_warc(path: Path) -> None:
    """One invented page's response record, gzipped: a WARC `history` reads a version from."""
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
        b"<html><head><title>Harbour ferry timetable redrawn</title></head>"
        b"<body><p>The ferry office of Lake Varnhold drew a new timetable.</p></body></html>"
    )
    header = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://paper.test/news/ferry\r\n"
        "WARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:7d4e28ba-2fa1-11d2-883f-"
        "0016d3cca427>\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    )
    path.write_bytes(gzip.compress(header.encode() + http + b"\r\n\r\n"))


@pytest.mark.parametrize("target", ["the WARC", "the items", "the state"])
def test_history_html_never_writes_over_a_file_it_reads(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--html` naming the WARC (a slip of the shell's completion) wrote the page over it,
    exit 0: the archive lost. As `extract -o` and `index --cdxj`, it is refused first."""
    warc = tmp_path / "run.warc.gz"
    _one_page_warc(warc)
    items = tmp_path / "items.jsonl"
    items.write_text("")
    state = tmp_path / "demo.sqlite"
    CrawlState(str(state)).close()
    kept = {path: path.read_bytes() for path in (warc, items, state)}
    written = {"the WARC": warc, "the items": items, "the state": state}[target]
    if target == "the state":
        argv = ["history", "--site", "demo", "--state", str(state)]
    else:
        argv = ["history", "http://paper.test/news/ferry"]
    argv += ["--warc", str(warc), "--items", str(items), "--html", str(written)]
    code, lines = _run(argv, capsys)
    assert code == exitcodes.BAD_INPUT
    assert lines == [f"history: --html {written} is one of the files read"]
    assert {path: path.read_bytes() for path in kept} == kept


def test_history_html_beside_the_archive_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = tmp_path / "run.warc.gz"
    _one_page_warc(warc)
    page = tmp_path / "versions.html"
    code = main(
        ["history", "http://paper.test/news/ferry", "--warc", str(warc), "--html", str(page)]
    )
    assert code == exitcodes.OK, capsys.readouterr().err
    assert "run.warc.gz @ 0" in page.read_text() and warc.read_bytes()[:2] == b"\x1f\x8b"


@pytest.mark.parametrize("output", ["--cdxj", "--wacz"])
@pytest.mark.parametrize("given", ["the file", "its folder"])
def test_index_never_writes_over_the_items_it_reads(
    output: str, given: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--cdxj` or `--wacz` naming the `--items` file wrote the index (exit 3: the items
    then read back as 661 damaged lines) or the package (exit 0) over a crawl's items."""
    warc = tmp_path / "run.warc.gz"
    _one_page_warc(warc)
    folder = tmp_path / "items"
    folder.mkdir()
    items = folder / "items.jsonl"
    items.write_text('{"url": "http://paper.test/news/ferry", "title": "Harbour ferry"}\n')
    kept = items.read_bytes()
    argv = ["index", str(warc), "--items", str(items if given == "the file" else folder)]
    argv += ["--cdxj", str(items if output == "--cdxj" else tmp_path / "run.cdxj")]
    if output == "--wacz":
        argv += ["--wacz", str(items)]
    code, lines = _run(argv, capsys)
    assert code == exitcodes.BAD_INPUT
    assert lines == [f"index: {items} is one of the items files read (--items)"]
    assert items.read_bytes() == kept


PAGE = (
    "<html><head><title>Harbour ferry returns</title></head><body><article><h1>Harbour ferry"
    " returns</h1><p>The ferry to the outer islands sails again from Monday, the port said."
    "</p></article></body></html>"
)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_never_writes_over_a_page_its_list_names(
    jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`extract --input LIST -o FILE` where FILE is a page the list names: the items were put in
    the page's place at the end (exit 0, the page lost). Refused, exit 2, the page as it was."""
    other, page = tmp_path / "other.html", tmp_path / "page.html"
    other.write_text(PAGE, encoding="utf-8")
    page.write_text(PAGE, encoding="utf-8")
    listing = tmp_path / "pages.jsonl"
    listing.write_text(
        '{"url": "https://news.example/a", "path": "other.html"}\n'
        '{"url": "https://news.example/b", "path": "page.html"}\n',
        encoding="utf-8",
    )
    code, err = _run(["extract", "--input", str(listing), "-j", jobs, "-o", str(page)], capsys)
    assert code == exitcodes.BAD_INPUT
    assert err == [f"extract: -o {page} is a page the list names ({listing}:2)"]
    assert page.read_text(encoding="utf-8") == PAGE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.html", "page.html", "pages.jsonl"]


def test_extract_writes_items_beside_the_pages_its_list_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same list with an output of its own, there before (a run again): written."""
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    listing = tmp_path / "pages.jsonl"
    listing.write_text('{"url": "https://news.example/b", "path": "page.html"}\n', "utf-8")
    out = tmp_path / "items.jsonl"
    out.write_text("old\n", encoding="utf-8")
    code, err = _run(["extract", "--input", str(listing), "-o", str(out)], capsys)
    assert (code, err) == (0, ["extract: 1 item"])
    assert '"Harbour ferry returns"' in out.read_text(encoding="utf-8")
