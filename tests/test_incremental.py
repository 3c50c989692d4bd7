"""Two scheduled runs against the demo site, which adds one article and changes one in between.

Real `scrapy crawl news -a site=demo` processes sharing one WARC folder (and so
one crawl state), the demo server's request log, the WARCs read back with
warcio, replay through pywb, and the WACZ built from both runs.
"""

from __future__ import annotations

import gzip
import json
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.catalog import changed_id
from newsarchive.demo.server import DemoServer
from newsarchive.sites import get_site
from newsarchive.state.lock import RunLock
from newsarchive.state.store import CrawlState
from tests.plugins.cli_here import newsarchive_here, newsarchive_run
from tests.plugins.crawling import CrawlResult, run_crawl, start_crawl
from tests.plugins.gated_front import gated_front
from tests.test_package import fetch, replaying

PROJECT = Path(__file__).resolve().parents[1]
ARTICLES = 30


@dataclass
class Runs:
    root: Path
    server: DemoServer
    first: CrawlResult
    second: CrawlResult
    first_requests: list[tuple[str, str]]
    second_requests: list[tuple[str, str]]
    recheck: CrawlResult  # a third run, every known article past its re-check age
    new_path: str
    changed_path: str

    @property
    def warc_dir(self) -> Path:
        return self.root / "warc"


def crawl_args(server: DemoServer) -> dict[str, str]:
    return {"site": "demo", "base_url": server.base_url}


def shared_settings(root: Path) -> dict[str, str]:
    return {"WARC_DIR": str(root / "warc"), "STATE_RECHECK_AGE": "0"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    root = tmp_path_factory.mktemp("incremental")
    with DemoServer(articles=ARTICLES) as server:
        first = run_crawl("news", crawl_args(server), shared_settings(root), root / "run1")
        first_requests = server.requests
        server.clear_requests()
        server.set_revision(2)
        second = run_crawl("news", crawl_args(server), shared_settings(root), root / "run2")
        second_requests = server.requests
        everything_old = {**shared_settings(root), "STATE_RECHECK_AGE": "0.001"}
        recheck = run_crawl("news", crawl_args(server), everything_old, root / "recheck")
        catalog = server.site.catalog
        yield Runs(
            root,
            server,
            first,
            second,
            first_requests,
            second_requests,
            recheck,
            catalog.article(ARTICLES + 1).path,
            catalog.article(changed_id(ARTICLES, 2)).path,
        )


def is_article(target: str) -> bool:
    return get_site("demo").articles.is_article(target)


def records(paths: list[Path]) -> list[dict[str, Any]]:
    """Every response/revisit/request record: headers, raw HTTP body, file."""
    found = []
    for path in paths:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type not in ("response", "revisit", "request"):
                    continue
                found.append(
                    {
                        "type": record.rec_type,
                        "warc": dict(record.rec_headers.headers),
                        "http": record.http_headers,
                        "body": record.raw_stream.read(),
                        "file": path.name,
                    }
                )
    return found


def run_files(runs: Runs, result: CrawlResult) -> list[Path]:
    """The WARC files a run wrote (they share one folder): named in its log."""
    return [p for p in sorted(runs.warc_dir.glob("*.warc.gz")) if p.name in result.log]


def test_first_run_fetches_every_article_once(runs: Runs) -> None:
    articles = Counter(t for _, t in runs.first_requests if is_article(t))
    assert len(articles) == ARTICLES and set(articles.values()) == {1}
    assert runs.first.stats["state/articles/new"] == ARTICLES


def test_second_run_fetches_listings_and_only_the_new_and_changed_articles(runs: Runs) -> None:
    targets = [t for _, t in runs.second_requests]
    assert sorted(t for t in targets if is_article(t)) == sorted([runs.new_path, runs.changed_path])
    listings = {t for t in targets if not is_article(t)}
    assert {"/robots.txt", "/sitemap-news.xml", "/politics/"} <= listings
    assert listings <= {t for _, t in runs.first_requests}  # no new kind of request
    stats = runs.second.stats
    assert stats["state/articles/new"] == 1 and stats["state/articles/changed"] == 1
    assert stats["state/skipped/unchanged"] == ARTICLES - 1


def test_known_articles_are_dropped_before_the_downloader(runs: Runs) -> None:
    """Skipped articles take no place in the scheduler and pass no downloader middleware:
    Scrapy's counts are of requests really sent (before, 29 more, each an IgnoreRequest)."""
    stats = runs.second.stats
    assert stats["downloader/request_count"] == len(runs.second_requests)
    assert stats["scheduler/enqueued"] == len(runs.second_requests) - 1  # robots.txt is not
    assert "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest" not in stats
    # the third run re-checks every known article: none is dropped early
    assert runs.recheck.stats["state/fetch/recheck_age"] == ARTICLES + 1
    assert "state/skipped/unchanged" not in runs.recheck.stats


def test_changed_article_is_fetched_conditionally(runs: Runs) -> None:
    url = runs.server.url(runs.changed_path)
    sent = [
        r["http"] for r in records(run_files(runs, runs.second))
        if r["type"] == "request" and r["warc"]["WARC-Target-URI"] == url
    ]  # fmt: skip
    assert len(sent) == 1
    assert sent[0].get_header("If-None-Match") or sent[0].get_header("If-Modified-Since")


def test_items_say_which_version_they_are(runs: Runs) -> None:
    assert {item.get("version") for item in runs.first.items()} == {1}
    second = {item["url"]: item for item in runs.second.items()}
    assert set(second) == {runs.server.url(runs.new_path), runs.server.url(runs.changed_path)}
    new, changed = (
        second[runs.server.url(runs.new_path)],
        second[runs.server.url(runs.changed_path)],
    )
    assert new["version"] == 1 and new["previous_capture"] is None
    first = {item["url"]: item for item in runs.first.items()}[runs.server.url(runs.changed_path)]
    assert changed["version"] == 2 and changed["previous_capture"] == first["fetched_at"]
    assert changed["fetched_at"] > first["fetched_at"]


def test_unchanged_content_becomes_revisits_referring_to_the_first_run(runs: Runs) -> None:
    earlier = {
        (r["warc"]["WARC-Target-URI"], r["warc"]["WARC-Date"]): r
        for r in records(run_files(runs, runs.first))
        if r["type"] == "response"
    }
    revisits = [r for r in records(run_files(runs, runs.second)) if r["type"] == "revisit"]
    assert revisits, "unchanged listings (robots.txt at least) should be revisits"
    for revisit in revisits:
        headers = revisit["warc"]
        key = (headers["WARC-Refers-To-Target-URI"], headers["WARC-Refers-To-Date"])
        assert key in earlier, f"revisit of {headers['WARC-Target-URI']} refers to nothing"
        original = earlier[key]["warc"]
        assert original["WARC-Payload-Digest"] == headers["WARC-Payload-Digest"]
        assert original["WARC-Record-ID"] == headers["WARC-Refers-To"]


def test_report_of_the_second_run(runs: Runs) -> None:
    reports = sorted((runs.root / "reports").glob("demo-*.json"))
    assert len(reports) == 3
    report = json.loads(reports[1].read_text())
    assert report["articles"]["new"] == 1 and report["articles"]["changed"] == 1
    assert report["articles"]["skipped_unchanged"] == ARTICLES - 1
    assert report["failed"] == {}
    assert report["warc"]["files"] == [p.name for p in run_files(runs, runs.second)]
    assert report["items"]["coverage"]["title"] == 1.0
    sections = report["sections"]  # sections named by the articles' items
    assert sum(s.get("unchanged", 0) for s in sections.values()) == ARTICLES - 1
    assert sum(s.get("new", 0) + s.get("changed", 0) for s in sections.values()) == 2
    assert "articles: 1 new, 1 changed" in runs.second.log


def test_recheck_asks_conditionally_and_archives_304s_as_revisits(runs: Runs) -> None:
    stats = runs.recheck.stats
    assert stats["state/fetch/recheck_age"] == ARTICLES + 1
    assert stats["state/articles/not_modified"] == ARTICLES + 1
    assert "download/unasked_304" not in stats  # each 304 answered a conditional request
    assert runs.recheck.items() == []  # nothing new to export
    revisits = [
        r["warc"] for r in records(run_files(runs, runs.recheck))
        if r["type"] == "revisit" and r["warc"]["WARC-Target-URI"].endswith(runs.changed_path)
    ]  # fmt: skip
    assert [r["WARC-Profile"].rsplit("/", 1)[-1] for r in revisits] == ["server-not-modified"]


def is_requisite(target: str) -> bool:
    return target.rsplit("?", 1)[0].endswith((".png", ".css", ".js", ".jpg", ".svg"))


def test_second_run_asks_for_known_requisites_conditionally(runs: Runs) -> None:
    """The listings' images and stylesheet (fetched every run with the listings) cost a 304
    and a server-not-modified revisit each, like a known article re-checked."""
    asked = {t for _, t in runs.second_requests if is_requisite(t)}
    assert asked, "the listings name images and a stylesheet"
    stats = runs.second.stats
    assert stats["state/requisites/conditional"] == len(asked)
    assert stats["state/requisites/not_modified"] == len(asked)
    found = records(run_files(runs, runs.second))
    requisites = [r for r in found if is_requisite(urlsplit(r["warc"]["WARC-Target-URI"]).path)]
    sent = [r for r in requisites if r["type"] == "request"]
    assert len(sent) == len(asked)
    assert all(r["http"].get_header("If-None-Match") for r in sent)
    kinds = sorted(
        (r["type"], r["warc"].get("WARC-Profile", "").rsplit("/", 1)[-1])
        for r in requisites if r["type"] != "request"
    )  # fmt: skip
    assert kinds == [("revisit", "server-not-modified")] * len(asked)


@pytest.mark.pywb
def test_pywb_replays_both_versions_and_every_revisit(runs: Runs, pywb: Any) -> None:
    prefix = pywb.add_collection("incremental", sorted(runs.warc_dir.glob("*.warc.gz")))
    path = prefix.removeprefix(pywb.base_url)
    everything = records(sorted(runs.warc_dir.glob("*.warc.gz")))
    url = runs.server.url(runs.changed_path)
    versions = [
        r for r in everything if r["type"] == "response" and r["warc"]["WARC-Target-URI"] == url
    ]
    assert len(versions) == 2 and versions[0]["body"] != versions[1]["body"]
    for version in versions:
        replayed = pywb.fetch(f"{path}{stamp(version)}id_/{url}")
        assert replayed.status == 200 and replayed.body == version["body"]
    originals = {r["warc"]["WARC-Record-ID"]: r for r in everything if r["type"] == "response"}
    for revisit in (r for r in everything if r["type"] == "revisit"):
        target = revisit["warc"]["WARC-Target-URI"]
        replayed = pywb.fetch(f"{path}{stamp(revisit)}id_/{target}")
        original = originals[revisit["warc"]["WARC-Refers-To"]]["body"]
        # a 304's revisit replays the original's content (pywb may serve it decoded)
        assert decoded(replayed.body) == decoded(original), target


def decoded(body: bytes) -> bytes:
    return gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body


def stamp(record: dict[str, Any]) -> str:
    return "".join(c for c in record["warc"]["WARC-Date"] if c.isdigit())[:14]


def test_wacz_of_both_runs_validates_and_lists_every_article(runs: Runs, tmp_path: Path) -> None:
    wacz = tmp_path / "demo.wacz"
    items = [runs.first.items_path, runs.second.items_path]
    command = [
        sys.executable,
        "-m",
        "newsarchive",
        "index",
        str(runs.warc_dir),
        "--wacz",
        str(wacz),
    ]
    for path in items:
        command += ["--items", str(path)]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    check = subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(wacz)])
    assert check.returncode == 0
    with zipfile.ZipFile(wacz) as package:
        lines = package.read("pages/pages.jsonl").decode().splitlines()[1:]
        archived = {name.removeprefix("archive/") for name in package.namelist()}
    pages = [json.loads(line) for line in lines]
    titles = {item["url"]: item["title"] for item in runs.first.items() + runs.second.items()}
    # the package keeps the WARC file names the items point at
    assert {item["warc_file"] for item in runs.first.items() + runs.second.items()} <= archived
    assert len(titles) == ARTICLES + 1
    assert Counter(p["url"] for p in pages) == Counter(
        {url: 2 if url == runs.server.url(runs.changed_path) else 1 for url in titles}
    )
    assert all(p["title"] and p["title"] == titles[p["url"]] for p in pages)
    # pywb loads the package (through `python -m newsarchive replay`): both versions replay
    changed = sorted(p["ts"] for p in pages if p["url"].endswith(runs.changed_path))
    with replaying(wacz) as base:
        bodies = {
            fetch(f"{base}{stamp_of(ts)}id_/{runs.server.url(runs.changed_path)}") for ts in changed
        }
    assert len(bodies) == 2


def stamp_of(iso: str) -> str:
    return "".join(c for c in iso if c.isdigit())[:14]


def test_a_second_run_while_one_runs_exits_with_a_clear_message(runs: Runs) -> None:
    with RunLock(runs.root / "state" / "demo.sqlite.lock"):  # what a running crawl holds
        running = start_crawl(
            "news", crawl_args(runs.server), shared_settings(runs.root), runs.root / "run3"
        )
        result = running.wait(120)
    assert result.returncode != 0
    assert "another run of this crawl is in progress" in result.log
    assert not (runs.root / "run3" / "items.jsonl").exists() or not result.items()


def test_a_run_killed_half_way_is_completed_by_the_next(tmp_path: Path) -> None:
    """Also: a second run started while the first one runs is refused with a clear message."""
    articles = 100
    settings = shared_settings(tmp_path)
    state = tmp_path / "state" / "demo.sqlite"
    # the front answers the killed run 12 articles and holds the others until it is killed:
    # it is still crawling then however slowly the test gets to it (was a pace of 0.2 s a
    # request, one at a time)
    with (
        DemoServer(articles=articles) as server,
        gated_front(server, 12, is_article) as (front, _, release),
    ):
        args = {"site": "demo", "base_url": front}
        killed = start_crawl("news", args, settings, tmp_path / "killed")
        try:
            wait_for_captures(state, 3, killed.process)
            # stopped (its lock held) while the second run starts and is refused: its crawl
            # cannot end first, however long that start-up takes on a loaded box
            killed.process.send_signal(signal.SIGSTOP)
            try:
                second = start_crawl("news", args, settings, tmp_path / "second")
                refused = second.wait(240)
            finally:
                killed.process.send_signal(signal.SIGCONT)
            assert killed.process.poll() is None, "the first run should still be going"
            wait_for_captures(state, 10, killed.process)
        finally:
            killed.process.send_signal(signal.SIGKILL)
            killed.process.wait()
            release.set()  # the next run answered at once
        known = known_urls(state)
        assert 10 <= len(known) < articles, "the crawl should have been cut half way"
        assert refused.returncode != 0
        assert "another run of this crawl is in progress" in refused.log
        server.clear_requests()
        fast = shared_settings(tmp_path)
        again = run_crawl("news", args, fast, tmp_path / "again")
        fetched = {front + t for _, t in server.requests if is_article(t)}
        every = {front + server.site.catalog.article(n).path for n in range(1, articles + 1)}

    assert fetched == every - known  # the rest, and none of what the killed run archived
    assert not list((tmp_path / "warc").glob("*.open"))
    responses = Counter(
        r["warc"]["WARC-Target-URI"]
        for r in records(sorted((tmp_path / "warc").glob("*.warc.gz")))
        if r["type"] == "response" and r["http"].get_statuscode() == "200"
    )
    # what the killed run archived after its state's last commit is archived again, once;
    # nothing the state had committed is fetched twice
    again_archived = {url for url in every if responses[url] == 2}
    assert {responses[url] for url in every} <= {1, 2} and not again_archived & known
    assert known_urls(state) == every
    # no item lost: each article's item is in the WARCs (metadata records) and the
    # second run exported the items of every article the killed run had not finished
    assert archived_items(tmp_path / "warc") == every
    assert {item["url"] for item in again.items()} >= every - known
    assert again.stats["state/articles/new"] == articles - len(known)
    for capture in CrawlState(state).captures():  # each points at its record
        with (tmp_path / "warc" / str(capture.warc_file)).open("rb") as stream:
            stream.seek(int(capture.warc_offset or 0))
            record = next(iter(ArchiveIterator(stream)))
            assert record.rec_headers.get_header("WARC-Record-ID") == capture.record_id


def wait_for_captures(state: Path, count: int, process: subprocess.Popen[bytes]) -> None:
    """Until the running crawl's state holds `count` captures. The crawl itself says when it
    is too late (it ends); the deadline only stops a stuck one: 30 s (600 polls) once ran
    out at load 12 while the crawl was still starting."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError("the crawl ended before it could be killed")
        try:
            if state.exists() and len(known_urls(state)) >= count:
                return
        except sqlite3.OperationalError:  # the crawl is still creating it
            pass
        time.sleep(0.05)
    raise AssertionError(f"fewer than {count} captures after 240 s")


def known_urls(state: Path) -> set[str]:
    with sqlite3.connect(f"file:{state}?mode=ro", uri=True) as db:
        return {url for (url,) in db.execute("SELECT url FROM captures")}


def archived_items(warc_dir: Path) -> set[str]:
    """URLs of the items the WARC extension archived as metadata records."""
    urls = set()
    for path in sorted(warc_dir.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "metadata":
                    urls.add(json.loads(record.content_stream().read())["url"])
    return urls


def index_alone(
    runs: Runs, wacz: Path, *options: str, run: CrawlResult | None = None
) -> subprocess.CompletedProcess[str]:
    """`index` of one run's WARCs only (the latest: the recheck), as a user packaging each
    scheduled run does."""
    latest = [str(path) for path in run_files(runs, run or runs.recheck)]
    cdxj = wacz.with_suffix(".cdxj")
    return newsarchive_run("index", *latest, "--cdxj", str(cdxj), "--wacz", str(wacz), *options)


def revisits_of_earlier_runs(runs: Runs) -> list[dict[str, Any]]:
    latest = records(run_files(runs, runs.recheck))
    own = {r["warc"]["WARC-Record-ID"] for r in latest if r["type"] == "response"}
    found = [r for r in latest if r["type"] == "revisit"]
    return [r for r in found if r["warc"]["WARC-Refers-To"] not in own]


def test_the_latest_run_alone_names_the_option_for_its_revisits(runs: Runs, tmp_path: Path) -> None:
    done = index_alone(runs, tmp_path / "latest.wacz")
    assert done.returncode == 3, done.stdout + done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "revisits of originals not given" in last
    assert "--with-originals" in last and "--revisits-elsewhere" in last
    assert "Traceback" not in done.stderr


@pytest.mark.pywb
def test_the_latest_run_alone_with_originals_replays_every_revisit(
    runs: Runs, tmp_path: Path
) -> None:
    """The records its revisits name are copied from the earlier runs' WARCs beside it (bytes
    unchanged), so the package replays each revisit as the original, on its own."""
    wacz = tmp_path / "latest.wacz"
    done = index_alone(runs, wacz, "--with-originals")
    assert done.returncode == 0, done.stdout + done.stderr
    revisits = revisits_of_earlier_runs(runs)
    assert revisits
    with zipfile.ZipFile(wacz) as package:
        copied = package.read("archive/newsarchive-revisit-originals.warc.gz")
        datapackage = json.loads(package.read("datapackage.json"))
    copy = tmp_path / "copied.warc.gz"
    copy.write_bytes(copied)
    ids = {r["warc"]["WARC-Record-ID"] for r in records([copy])}
    assert {r["warc"]["WARC-Refers-To"] for r in revisits} <= ids
    assert datapackage["newsarchive:revisitOriginalsCopied"] == len(ids)
    assert f"{len(ids)} original records of" in done.stdout
    earlier = records(run_files(runs, runs.first) + run_files(runs, runs.second))
    originals = {r["warc"]["WARC-Record-ID"]: r for r in earlier if r["type"] == "response"}
    check = subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(wacz)])
    assert check.returncode == 0
    with replaying(wacz) as base:
        for revisit in revisits:
            target = revisit["warc"]["WARC-Target-URI"]
            replayed = fetch(f"{base}{stamp(revisit)}id_/{target}")
            original = originals[revisit["warc"]["WARC-Refers-To"]]["body"]
            assert decoded(replayed) == decoded(original), target


def test_the_latest_run_alone_accepts_revisits_of_earlier_packages(
    runs: Runs, tmp_path: Path
) -> None:
    """Counted in the output and in datapackage.json; not listed as pages (the package alone
    cannot show them); exit 0. The second run: its new and changed articles are pages."""
    wacz = tmp_path / "second.wacz"
    done = index_alone(runs, wacz, "--revisits-elsewhere", run=runs.second)
    assert done.returncode == 0, done.stdout + done.stderr
    with zipfile.ZipFile(wacz) as package:
        datapackage = json.loads(package.read("datapackage.json"))
        pages = [json.loads(line) for line in package.read("pages/pages.jsonl").splitlines()[1:]]
        archived = package.namelist()
    recorded = datapackage["newsarchive:revisitsInEarlierPackages"]
    assert recorded["count"] == len(recorded["revisits"]) > 0
    assert f"index: {recorded['count']} revisits of originals in earlier packages" in done.stdout
    listed = {(p["url"], stamp_of(p["ts"])) for p in pages}
    assert listed  # the new and changed articles, the listing that changed with them
    assert not listed & {(r["url"], stamp_of(r["ts"])) for r in recorded["revisits"]}
    assert not any("originals" in name for name in archived)


def test_the_revisit_options_need_a_package(tmp_path: Path) -> None:
    for option in ("--with-originals", "--revisits-elsewhere"):
        done = newsarchive_here("index", str(tmp_path), option)
        assert done.returncode == 2
        assert done.stderr == f"index: {option} is about a WACZ package: give --wacz FILE too\n"
