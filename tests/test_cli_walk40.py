"""Bad and odd input found by following the README as a user (session 40): each command says
one clear line and exits with the status the README's table gives, and loses nothing.

The commands run in this process (tests/plugins/cli_here.py) over small invented WARCs; a
file root could read whatever its bits say is read by a process without root's bypass
(tests/test_unlistable_folders.py's `_as_a_user`).
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import zipfile
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import DownloadConnectionRefusedError

from newsarchive import exitcodes
from tests.plugins.cli_here import newsarchive_run
from tests.plugins.page_origin import _handler, answering_origin
from tests.test_foreign_archives import Archive, page
from tests.test_unlistable_folders import _as_a_user

PROJECT = Path(__file__).resolve().parents[1]
SECTIONS = ("politics", "world", "business")


def _changed_site(folder: Path, changed: int, unchanged: int = 1) -> Path:
    """A WARC of the demo site's shape: `changed` articles captured twice under two titles,
    `unchanged` captured twice the same."""
    archive = Archive()
    for number in range(changed):
        path = f"/politics/harbour-ferry-timetable-{number + 1}"
        archive.response(path, "2026-03-01T10:00:00Z", page(f"Ferry timetable {number} drafted"))
        archive.response(path, "2026-03-02T10:00:00Z", page(f"Ferry timetable {number} redrawn"))
    for number in range(unchanged):
        path = f"/world/lake-varnhold-quiet-{number + 1}"
        for day in ("01", "02"):
            archive.response(path, f"2026-03-{day}T10:00:00Z", page("Lake Varnhold stays quiet"))
    folder.mkdir()
    return archive.save(folder / "site.warc.gz")


def _history(*args: object) -> tuple[int, str, str]:
    done = newsarchive_run("history", *args)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout, done.stderr


# --- history --items: a file it cannot read is refused as `index --items` refuses it -------


def test_history_items_file_it_cannot_read_is_one_line_and_status_2_as_index_says(
    tmp_path: Path,
) -> None:
    """It was `history: Permission denied: FILE`, exit 1 (a run that failed), where `index
    --items FILE` and `extract --input FILE` say the same input is wrong, exit 2."""
    warc = _changed_site(tmp_path / "warc", changed=1).parent
    items = tmp_path / "items.jsonl"
    items.write_text('{"url": "http://old.news.test/politics/harbour-ferry-timetable-1"}\n')
    items.chmod(0)
    try:
        said = {}
        for command in (
            ["history", "--site", "demo", "--warc", str(warc), "--items", str(items)],
            ["index", str(warc), "--items", str(items), "--cdxj", str(tmp_path / "i.cdxj")],
        ):
            done = _as_a_user(*command)
            assert done.returncode == exitcodes.BAD_INPUT, (command, done.stderr)
            assert len(done.stderr.splitlines()) == 1, done.stderr
            said[command[0]] = done.stderr
    finally:
        items.chmod(0o644)
    line = f"argument --items: cannot read '{items}': Permission denied (see --help)\n"
    assert said == {c: f"python -m newsarchive {c}: {line}" for c in ("history", "index")}
    assert not (tmp_path / "i.cdxj").exists()


def test_history_items_given_a_warc_is_one_line_not_a_warning_a_line_of_it(
    tmp_path: Path,
) -> None:
    """A WARC given as `--items` (its gzip read as text) was a warning for each of its lines
    and `0 changed articles`, exit 3."""
    warc = _changed_site(tmp_path / "warc", changed=1)
    code, out, err = _history("--site", "demo", "--warc", warc.parent, "--items", warc)
    assert code == exitcodes.BAD_INPUT and out == ""
    assert err == (
        f"python -m newsarchive history: argument --items: '{warc}' is a binary file, not a "
        "JSON Lines file of items (UTF-8 text) (see --help)\n"
    )


# --- history --site: its count and layout ------------------------------------------------


@pytest.mark.parametrize("changed", [0, 1, 2])
def test_history_of_a_site_counts_in_words_and_parts_articles_by_one_blank_line(
    tmp_path: Path, changed: int
) -> None:
    """It said `1 changed articles`, ended its output with a blank line, and `0 changed
    articles` with two."""
    warc = _changed_site(tmp_path / "warc", changed=changed).parent
    code, out, _ = _history("--site", "demo", "--warc", warc)
    assert code == exitcodes.OK
    head = {0: "0 changed articles\n", 1: "1 changed article\n\n", 2: "2 changed articles\n\n"}
    assert out.startswith(head[changed]) and not out.endswith("\n\n"), out
    rest = out.removeprefix(head[changed])
    articles = rest.split("\n\n") if rest else []
    shown = [part for part in articles if part.startswith("http://")]
    assert len(shown) == changed, out
    assert all(
        part.startswith(("http://", "version ")) and not part.startswith("\n") for part in articles
    ), out


# --- extract --input: an entry whose url is no address -----------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_list_entry_whose_url_is_no_url_is_named_and_counted(
    tmp_path: Path, jobs: str
) -> None:
    """The page's address is what its site, relative links and language by domain are read
    from: `"url": "ferry"` (or null, or a host without its scheme) gave an item under that
    name, exit 0, without a word. Each is a bad line, as one without a url is: exit 3."""
    (tmp_path / "page.html").write_bytes(page("Ferry timetable redrawn"))
    urls = ["ferry", None, "", "paper.test/news/ferry", "ftp://paper.test/f", "http://[::1"]
    good = "https://paper.test/news/ferry-2"
    entries = [{"id": str(n), "url": url, "path": "page.html"} for n, url in enumerate(urls)]
    entries.insert(2, {"id": "good", "url": good, "path": "page.html"})
    listing = tmp_path / "pages.jsonl"
    listing.write_text("".join(json.dumps(entry) + "\n" for entry in entries))
    out = tmp_path / "out.jsonl"
    done = newsarchive_run("extract", "--input", listing, "-o", out, "-j", jobs)
    assert done.returncode == exitcodes.PARTIAL, done.stderr
    assert [json.loads(line)["url"] for line in out.read_text().splitlines()] == [good]
    lines = done.stderr.splitlines()
    for number, url in enumerate(urls, 1):
        line = number + (number > 2)
        shown = json.dumps(url)
        assert (
            f"WARNING: {listing}:{line}: record skipped: url {shown} is no http(s) URL (give "
            "the page's address, https://...)"
        ) in lines, done.stderr
    assert lines[-1] == "extract: 1 item; skipped: 6 records skipped"


# --- check: a site whose port refuses connections -----------------------------------------


def _check(origin: str, *more: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable, "-m", "newsarchive", "check", "demo", "-a", f"base_url={origin}",
        "-a", "sections=politics,world,business", "-s",
        f"NETWORK_ALLOWED={origin.removeprefix('http://')}", *more,
    ]  # fmt: skip
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)


def test_check_of_a_refusing_site_asks_nothing_more_of_it_after_its_refused_tries() -> None:
    """A closed port: each request was asked three times (RETRY_TIMES), a second or more
    apart (the check's politeness): ~45 s for the demo's twelve, each line then saying what
    the first refusals said. Now the origin's other pages are not asked once its first
    request was refused on every try: their lines name the refusal; robots.txt's names the
    site's own error."""
    with socket.socket() as sock:  # a port nothing listens on (bound, never listening)
        sock.bind(("127.0.0.1", 0))
        origin = f"http://127.0.0.1:{sock.getsockname()[1]}"
        done = _check(origin)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1] == (
        "robots.txt  WARN  not fetched (Connection was refused by other side: 111: Connection "
        "refused.); a crawl goes on as if it allowed everything"
    )
    sections = [line for line in lines if line.startswith("section ")]
    assert len(sections) == 3, done.stdout
    for line in sections:
        said = f"FAIL  section page not fetched (not asked: {origin} refused the connection for "
        assert f"{said}{origin}/" in line and line.endswith(" (3 tries))"), line
    assert lines[-1] == "verdict: FAIL"


def test_check_of_a_server_still_starting_reads_it_once_it_answers() -> None:
    """`check` run just after the site's server was started: its first connection refused,
    the server listening by the retry. One refusal gave the site up (every section `not
    asked`, FAIL), where the check read it whole before the refusal rule; it reads it again.
    (The server listens once the check's log says it will ask again: no timing.)"""
    pages = {
        "/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n"),
        **{f"/{name}/": ("text/html", b"<p>no articles yet</p>") for name in SECTIONS},
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(pages, "HTTP/1.1"), False)
    server.server_bind()  # bound, not listening: refused, as a server still starting
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    command = [
        sys.executable, "-m", "newsarchive", "check", "demo", "-a", f"base_url={origin}",
        "-a", f"sections={','.join(SECTIONS)}", "-s", f"NETWORK_ALLOWED={origin[7:]}",
        "-s", "LOG_LEVEL=DEBUG",
    ]  # fmt: skip
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    check = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert check.stderr is not None
    try:
        for line in check.stderr:
            if f"Retrying <GET {origin}/robots.txt> (failed 1 times)".encode() in line:
                server.server_activate()
                serving.start()
                break
        out, _ = check.communicate(timeout=300)
    finally:
        check.kill()
        if serving.is_alive():  # (shutdown waits for a server that never served)
            server.shutdown()
        server.server_close()
    said = out.decode()
    assert said.splitlines()[1].startswith("robots.txt  ok    HTTP 200"), said
    assert "not asked" not in said and "not fetched" not in said, said
    for name in SECTIONS:
        assert f"section {name:<8}  FAIL  listing: no article link matched" in said, said


def test_check_still_retries_a_site_that_answers_503() -> None:
    """What a refusal must not change: a server that answers (a 503, busy) is asked again, as
    the crawl asks it (RETRY_TIMES=2: three times), and a page that answers on the retry is
    read."""
    asked: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if path == "/world/" and asked.count(path) == 1:
            return 200, {}, b"<html><body><p>no articles yet</p></body></html>"
        return 503, {}, b"busy"

    with answering_origin(answer) as origin:
        done = _check(origin, "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0")
    assert done.returncode == 1, done.stdout + done.stderr
    assert asked.count("/politics/") == 3 and asked.count("/business/") == 3, asked
    assert "section politics  FAIL  section page answered HTTP 503" in done.stdout
    assert "section world     FAIL  listing: no article link matched" in done.stdout


def test_a_refusal_is_remembered_per_origin_once_its_tries_are_spent() -> None:
    """Another origin (a feed's host, a CDN's) is asked whatever the site did; a refusal with
    tries left (RETRY_TIMES=2) leaves the origin asked as before."""
    from newsarchive.health.probe import OriginRefused, RefusedOrigins

    refused = DownloadConnectionRefusedError("Connection was refused by other side")
    origins = RefusedOrigins(retry_times=2)
    for tried in (0, 1):  # a first try and a retry refused: tries left, asked as before
        origins.process_exception(
            Request("http://127.0.0.1:9/a", meta={"retry_times": tried}), refused
        )
        origins.process_request(Request("http://127.0.0.1:9/b"))
    origins.process_exception(Request("http://127.0.0.1:9/a", meta={"retry_times": 2}), refused)
    with pytest.raises(OriginRefused) as stopped:
        origins.process_request(Request("http://127.0.0.1:9/b"))
    assert str(stopped.value) == (
        "not asked: http://127.0.0.1:9 refused the connection for http://127.0.0.1:9/a (3 tries)"
    )
    robots = Request("http://127.0.0.1:9/robots.txt")
    origins.process_request(robots)  # asked, once: its line names the site's own error
    assert robots.meta["dont_retry"] is True
    origins.process_request(Request("http://127.0.0.1:10/b"))
    origins.process_request(Request("https://127.0.0.1:9/b"))


# --- index and extract of inputs none of which can be read: nothing written --------------


@pytest.fixture
def unreadable(tmp_path: Path) -> Path:
    """A folder whose two WARCs cannot be read (`chmod 0`), as a cron job finds it after a
    slip with permissions."""
    folder = _changed_site(tmp_path / "warc", changed=1).parent
    (folder / "site.warc.gz").rename(folder / "one.warc.gz")
    _changed_site(tmp_path / "more", changed=2).rename(folder / "two.warc.gz")
    for warc in folder.iterdir():
        warc.chmod(0)
    return folder


@pytest.mark.parametrize("earlier", [False, True])
def test_index_of_archives_none_of_which_can_be_read_writes_no_index(
    unreadable: Path, tmp_path: Path, earlier: bool
) -> None:
    """With no index there, an empty one was written (exit 3): pywb's collection, or any tool
    reading the folder, took it for the archive's index, holding nothing. An index there
    was kept, and still is; a package was not written, and still is not."""
    out = tmp_path / "out"
    out.mkdir()
    cdxj, wacz = out / "index.cdxj", out / "archive.wacz"
    if earlier:
        cdxj.write_text('{"earlier": "index line"}\n')
        wacz.write_bytes(b"PK an earlier package")
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    index = _as_a_user("index", str(unreadable), "--cdxj", str(cdxj))
    assert index.returncode == exitcodes.PARTIAL and "Traceback" not in index.stderr
    kept = "is kept as it was (not replaced by an empty index)"
    left = kept if earlier else "is not written (it would be an empty index)"
    assert index.stdout == "" and index.stderr.splitlines()[-2:] == [
        f"index: no CDXJ line for 2 archive files: {cdxj} {left}",
        "index: skipped: 2 files unreadable (named above)",
    ]
    packaged = _as_a_user("index", str(unreadable), "--cdxj", str(cdxj), "--wacz", str(wacz))
    assert packaged.returncode == exitcodes.FAILED, packaged.stderr
    assert "index: no archive file could be packaged: no WACZ written" in packaged.stderr
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


@pytest.mark.parametrize("earlier", [False, True])
def test_extract_of_archives_none_of_which_can_be_read_keeps_its_output(
    unreadable: Path, tmp_path: Path, earlier: bool
) -> None:
    """`extract warc -o items.jsonl` replaced the items there with an empty file (exit 3)."""
    items = tmp_path / "items.jsonl"
    if earlier:
        items.write_text('{"url": "http://old.news.test/politics/kept-1"}\n')
    before = sorted(tmp_path.iterdir())
    for jobs in ("1", "2"):
        done = _as_a_user("extract", str(unreadable), "-o", str(items), "-j", jobs)
        assert done.returncode == exitcodes.PARTIAL and "Traceback" not in done.stderr
        left = (
            "is kept as it was (not replaced by an empty file)"
            if earlier
            else "is not written (it would be empty)"
        )
        assert done.stderr.splitlines()[-1] == (
            f"extract: 0 items; skipped: 2 files unreadable; {items} {left}"
        )
    assert sorted(tmp_path.iterdir()) == before
    if earlier:
        assert items.read_text() == '{"url": "http://old.news.test/politics/kept-1"}\n'


def test_extract_of_archives_with_no_article_still_writes_its_empty_output(tmp_path: Path) -> None:
    """What the rule must not touch: files read whole that hold no article give an empty
    items file, exit 0 (the archive's true answer)."""
    archive = Archive()
    archive.response("/about", "2026-03-01T10:00:00Z", page("About the paper"))
    warc = archive.save(tmp_path / "about.warc.gz")
    items = tmp_path / "items.jsonl"
    items.write_text('{"url": "http://old.news.test/politics/gone-1"}\n')
    done = newsarchive_run("extract", warc, "--site", "demo", "-o", items)
    assert done.returncode == exitcodes.OK, done.stderr
    assert items.read_text() == "" and done.stderr.splitlines()[-1] == "extract: 0 items"


# --- the rest of the walk ------------------------------------------------------------------


def test_history_of_an_address_without_its_scheme_says_what_to_give(tmp_path: Path) -> None:
    """`history paper.test/news/1` (as a browser's bar shows it) said `no capture of ... in
    the archive`, exit 1, of an article the archive held."""
    warc = _changed_site(tmp_path / "warc", changed=1).parent
    bare = "old.news.test/politics/harbour-ferry-timetable-1"
    code, out, err = _history(bare, "--warc", warc)
    assert code == exitcodes.BAD_INPUT and out == ""
    assert err == (
        f"history: {bare!r} is no http(s) URL; give the article's address as it was captured "
        f"(http://{bare} finds it under http:// and https://)\n"
    )
    for odd in ("ferry", "ftp://old.news.test/politics/a-1", "http://[::1"):
        code, _, err = _history(odd, "--warc", warc)
        assert code == exitcodes.BAD_INPUT
        assert err == (
            f"history: {odd!r} is no http(s) URL; give the article's address as it was captured\n"
        )
    code, out, _ = _history(f"https://{bare}", "--warc", warc)  # found under either scheme
    assert code == exitcodes.OK and "2 versions in 2 captures" in out


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            [],
            "check: no site given: give a site profile (`python -m newsarchive check demo ...`; "
            "`scrapy list` shows them), or -a url=<section URLs> for a site with no profile",
        ),
        (
            ["demo", "-a", "url=http://127.0.0.1:9/news/"],
            "check: give either a site profile (demo) or -a url=... (a site with no profile), "
            "not both",
        ),
    ],
    ids=["no site", "site and url"],
)
def test_check_names_its_site_as_check_takes_it(argv: list[str], said: str) -> None:
    """It said `use -a site=<name>` (the crawl's words), which `check` refuses: `unknown
    argument 'site' for -a`."""
    done = newsarchive_run("check", *argv)
    assert done.returncode == exitcodes.BAD_INPUT
    assert done.stderr == said + "\n"


@pytest.mark.parametrize("kind", ["empty", "no zip", "no archive folder"])
def test_replay_of_a_package_with_nothing_to_read_is_one_line_as_index_says_it(
    tmp_path: Path, kind: str
) -> None:
    """It said pywb's `wb-manager add failed: Error: File is not a zip file`, exit 1, and of
    a package with no `archive/` served an empty collection without a word; `extract`,
    `index` and `history` say it in one line, exit 2."""
    wacz = tmp_path / "broken.wacz"
    if kind == "no archive folder":
        with zipfile.ZipFile(wacz, "w") as package:
            package.writestr("indexes/index.cdxj", "")
    else:
        wacz.write_bytes(b"" if kind == "empty" else b"PK\x03\x04 not really a zip")
    said = {}
    for command in ("replay", "index"):
        done = newsarchive_run(command, wacz, *(["--port", "0"] if command == "replay" else []))
        assert done.returncode == exitcodes.BAD_INPUT, done.stderr
        said[command] = done.stderr.removeprefix(f"{command}: ")
    assert said["replay"] == said["index"] and len(said["replay"].splitlines()) == 1
    assert said["replay"].startswith(f"{wacz}: ")


def test_migrate_state_given_a_folder_says_it_is_one(tmp_path: Path) -> None:
    """`migrate-state state redis://...` said `no such state file: state` of a folder there."""
    folder = tmp_path / "state"
    folder.mkdir()
    done = newsarchive_run("migrate-state", folder, "redis://127.0.0.1:9/0", "--site", "demo")
    assert done.returncode == exitcodes.BAD_INPUT
    assert done.stderr == (
        f"migrate-state: {folder} is a folder; give the state file's path "
        f"({folder / 'demo.sqlite'})\n"
    )


def test_history_names_an_items_file_it_cannot_read_in_a_folder_and_reads_the_rest(
    tmp_path: Path,
) -> None:
    """`chmod -R 644 items/` or one file of another user: it stopped the history at that file,
    `history: Permission denied: FILE`, exit 1. Named and counted, as a WARC file is: exit 3."""
    warc = _changed_site(tmp_path / "warc", changed=1).parent
    items = tmp_path / "items"
    items.mkdir()
    (items / "a.jsonl").write_text("")
    closed = items / "b.jsonl"
    closed.write_text("")
    closed.chmod(0)
    try:
        done = _as_a_user("history", "--site", "demo", "--warc", str(warc), "--items", str(items))
    finally:
        closed.chmod(0o644)
    assert done.returncode == exitcodes.PARTIAL, done.stderr
    assert done.stdout.startswith("1 changed article\n\n")
    assert done.stderr.splitlines() == [
        f"WARNING: {closed}: skipped: unreadable (Permission denied)",
        "history: skipped: 1 file unreadable (named above)",
    ]


@pytest.mark.parametrize("command", ["history", "index"])
def test_items_given_through_a_pipe_are_read(tmp_path: Path, command: str) -> None:
    """`--items <(zcat items.jsonl.gz)` or `--items /dev/stdin` of a pipe: the file check
    (`history` took it from `index --items`) refused it, `no such file: '/dev/fd/63'`,
    exit 2, where `history` read it; a look at its first bytes would take its lines."""
    warc = _changed_site(tmp_path / "warc", changed=1).parent
    items = tmp_path / "items.jsonl"
    assert newsarchive_run("extract", warc, "--site", "demo", "-o", items).returncode == 0
    argv = {
        "history": ["--site", "demo", "--warc", str(warc)],
        "index": [str(warc), "--wacz", str(tmp_path / "site.wacz")],
    }[command]
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", command, *argv, "--items", "/dev/stdin"],
        cwd=PROJECT, input=items.read_text(), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == exitcodes.OK, done.stderr
    said = {"history": "1 changed article\n\n", "index": "valid, 4 pages listed"}[command]
    assert said in done.stdout + done.stderr
