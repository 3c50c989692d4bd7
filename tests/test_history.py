"""Following changes: three scheduled runs over the demo site's revisions 1, 2 and 3 (edits on).

Real `scrapy crawl` runs sharing one archive; `python -m newsarchive history` run
as a user runs it, on that archive, on a copy (WARCs plus items, no state) and
on the WARC files alone; the HTML page opened in Chromium, its links replayed
through pywb.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from newsarchive import exitcodes
from newsarchive.changes.run import read_changes
from newsarchive.demo.server import DemoServer
from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.plugins.cli_here import newsarchive_run
from tests.plugins.crawling import PROJECT, CrawlResult, run_crawl
from tests.plugins.pywb import Pywb

ARTICLES = 30
CHROMIUM = Path(PLAYWRIGHT_LAUNCH_OPTIONS["executable_path"])
# What revisions 2 and 3 do to the articles of a 30-article site (edits on):
# the rewrites every revision makes (28, 25) plus `catalog.EDITS`.
ARTICLE_CHANGES = {
    2: {28: "rewritten", 27: "title rewritten", 26: "byline changed"},
    3: {
        25: "rewritten",
        27: "2 paragraphs added",
        23: "1 paragraph added; 1 paragraph removed; 1 paragraph changed",
        20: "published date changed",
    },
}
FURNITURE_ONLY = {2: {24, 21}, 3: {24}}


@dataclass
class Followed:
    root: Path
    server: DemoServer
    runs: dict[int, CrawlResult]  # by revision

    def url(self, n: int) -> str:
        return self.server.url(self.server.site.catalog.article(n).path)


@pytest.fixture(scope="module")
def followed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Followed]:
    root = tmp_path_factory.mktemp("history")
    # every known article is asked for again (conditionally) in each run, so the
    # pages whose furniture alone changed are archived again too
    settings = {"WARC_DIR": str(root / "warc"), "STATE_RECHECK_AGE": "0.001"}
    with DemoServer(articles=ARTICLES, edits=True) as server:
        runs = {}
        for revision in (1, 2, 3):
            server.set_revision(revision)
            args = {"site": "demo", "base_url": server.base_url}
            runs[revision] = run_crawl("news", args, settings, root / f"run{revision}")
            _next_second()
        yield Followed(root, server, runs)


def _next_second() -> None:
    """Wait for the clock's next second: replay addresses name a capture to the second, so a
    page captured at the end of one run and the start of the next would open the same capture."""
    time.sleep(1 - time.time() % 1 + 0.01)


def history(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return newsarchive_run("history", *args, cwd=PROJECT)  # in-process: cli_here.py


def history_json(*args: str | Path) -> dict[str, Any]:
    done = history(*args, "--format", "json")
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def summary_matches(summary: str, expected: str) -> bool:
    if expected == "rewritten":  # a whole new body: paragraphs replaced
        return "paragraph" in summary and "title" not in summary
    return summary == expected


def test_the_furniture_pages_were_archived_again_as_changed_pages(followed: Followed) -> None:
    """The crawl state sees new bytes; only the comparison of articles tells them apart."""
    for revision in (2, 3):
        stats = followed.runs[revision].stats
        pages = len(ARTICLE_CHANGES[revision]) + len(FURNITURE_ONLY[revision])
        assert stats["state/articles/changed"] == pages
        assert stats["changes/articles"] == len(ARTICLE_CHANGES[revision])
        assert stats["changes/furniture_only"] == len(FURNITURE_ONLY[revision])


@pytest.mark.parametrize("revision", [2, 3])
def test_changes_jsonl_and_the_report_list_the_article_changes(
    followed: Followed, revision: int
) -> None:
    run = followed.runs[revision]
    found = read_changes(run.out_dir / "changes.jsonl")
    assert found.torn == found.bad == 0
    entries = {e["url"]: e for e in found.entries}
    expected = {followed.url(n): what for n, what in ARTICLE_CHANGES[revision].items()}
    assert set(entries) == set(expected)
    for url, entry in entries.items():
        assert summary_matches(entry["summary"], expected[url]), (url, entry["summary"])
        assert entry["previous_capture"] < entry["fetched_at"]
        assert entry["warc_file"] in {p.name for p in run.warc_files()} | {
            p.name for p in (followed.root / "warc").glob("*.warc.gz")
        }
    title_change = entries.get(followed.url(27), {}).get("change", {}).get("fields", {})
    if revision == 2:
        assert title_change["title"]["before"] != title_change["title"]["after"]
    [report_path] = [
        p for p in sorted((followed.root / "reports").glob("demo-*.json")) if p.name in run.log
    ]
    report = json.loads(report_path.read_text())
    listed = {a["url"]: a["summary"] for a in report["changes"]["articles"]}
    assert listed == {url: e["summary"] for url, e in entries.items()}
    assert report["changes"]["furniture_only"] == len(FURNITURE_ONLY[revision])
    for url, entry in entries.items():
        assert f"changed: {url}: {entry['summary']}" in run.log


def test_the_first_run_writes_no_changes(followed: Followed) -> None:
    assert not (followed.runs[1].out_dir / "changes.jsonl").exists()
    assert "changed: " not in followed.runs[1].log


def test_history_of_a_rewritten_headline_shows_three_versions(followed: Followed) -> None:
    url = followed.url(27)
    [article] = history_json(url, "--warc", followed.root / "warc", *items_args(followed))[
        "articles"
    ]
    versions = article["versions"]
    assert [v["version"] for v in versions] == [1, 2, 3]
    assert [v["change"] and v["change"]["summary"] for v in versions] == [
        None,
        "title rewritten",
        "2 paragraphs added",
    ]
    titles = versions[1]["change"]["fields"]["title"]
    assert titles["before"] == versions[0]["title"] and titles["after"] == versions[1]["title"]
    added = [p for p in versions[2]["change"]["body"]["paragraphs"] if p["kind"] == "added"]
    assert len(added) == 2 and all(p["after"] for p in added)
    for version in versions:
        assert version["warc_record_id"].startswith("<urn:uuid:")
        stamp = "".join(c for c in version["fetched_at"] if c.isdigit())[:14]
        assert version["replay"].endswith(f"/{stamp}/{url}")


def test_history_of_a_furniture_only_page_is_one_version(followed: Followed) -> None:
    [article] = history_json(
        followed.url(24), "--warc", followed.root / "warc", *items_args(followed)
    )["articles"]
    [version] = article["versions"]
    assert len(version["seen_again"]) == 2  # revisions 2 and 3 changed its page, not its article


def test_history_as_text_reads_like_a_word_diff(followed: Followed) -> None:
    done = history(followed.url(23), "--warc", followed.root / "warc", *items_args(followed))
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert "2 versions" in text and "version 2  captured" in text
    assert "change    1 paragraph added; 1 paragraph removed; 1 paragraph changed" in text
    # the word-level edit inside a paragraph
    assert "[-talks.-] {+talks, officials later clarified.+}" in text


def site_changes(args: list[str | Path]) -> dict[str, list[str | None]]:
    data = history_json("--site", "demo", *args)
    return {
        a["url"]: [v["change"] and v["change"]["summary"] for v in a["versions"]]
        for a in data["articles"]
    }


def expected_site_changes(followed: Followed) -> set[str]:
    return {followed.url(n) for changes in ARTICLE_CHANGES.values() for n in changes}


def test_history_of_the_site_lists_exactly_the_article_changes(followed: Followed) -> None:
    found = site_changes(["--warc", followed.root / "warc", *items_args(followed)])
    assert set(found) == expected_site_changes(followed)
    assert found[followed.url(26)] == [None, "byline changed"]
    assert found[followed.url(20)] == [None, "published date changed"]
    since_third = min(item["fetched_at"] for item in followed.runs[3].items())
    everything = ["--warc", followed.root / "warc", *items_args(followed)]
    later = site_changes([*everything, "--since", since_third])
    assert set(later) == {followed.url(n) for n in ARTICLE_CHANGES[3]}


def test_a_copied_archive_and_warcs_alone_give_the_same_history(
    followed: Followed, tmp_path: Path
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(followed.root / "warc", copy / "warc")
    (copy / "items").mkdir()
    for revision, run in followed.runs.items():
        shutil.copy(run.items_path, copy / "items" / f"demo-{revision}.jsonl")
    from_state = site_changes(["--warc", followed.root / "warc", *items_args(followed)])
    copied = site_changes(["--warc", copy / "warc"])  # items/ beside it, no state
    assert copied == from_state
    shutil.rmtree(copy / "items")
    warcs_only = site_changes(["--warc", copy / "warc"])
    assert warcs_only == from_state


def test_bad_input_gets_one_line_and_a_nonzero_exit(followed: Followed, tmp_path: Path) -> None:
    warc = followed.root / "warc"
    cases = [
        ([], "give an article URL or --site"),
        (["--site", "nosuchsite", "--warc", warc], "nosuchsite"),
        (["--site", "demo", "--since", "yesterday", "--warc", warc], "not a date"),
        (["http://x.invalid/a", "--warc", tmp_path / "missing"], "no such file or folder"),
    ]
    for args, message in cases:
        done = history(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert message in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    unknown = history(followed.server.url("/politics/no-such-story-1"), "--warc", warc)
    assert unknown.returncode == 1 and "no capture of" in unknown.stderr


def test_unreadable_item_lines_are_counted_and_the_exit_says_partial(
    followed: Followed, tmp_path: Path
) -> None:
    """The history is given from what reads; the lines that do not are said, and exit 3."""
    damaged = []
    for revision, run in followed.runs.items():
        copy = tmp_path / f"demo-{revision}.jsonl"
        copy.write_bytes(run.items_path.read_bytes() + b'{"url": "http://x/cut-off\n[not json\n')
        damaged += ["--items", copy]
    done = history("--site", "demo", "--warc", followed.root / "warc", *damaged)
    assert done.returncode == exitcodes.PARTIAL, done.stderr
    assert "history: 6 unreadable item lines skipped" in done.stderr
    assert "Traceback" not in done.stderr
    whole = site_changes(["--warc", followed.root / "warc", *items_args(followed)])
    assert done.stdout.startswith(f"{len(whole)} changed articles\n")


def items_args(followed: Followed) -> list[str | Path]:
    return [x for run in followed.runs.values() for x in ("--items", run.items_path)]


@pytest.mark.browser
@pytest.mark.pywb
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}")
def test_the_html_page_shows_both_versions_in_chromium_and_links_into_replay(
    followed: Followed, pywb: Pywb, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    prefix = pywb.add_collection("history", sorted((followed.root / "warc").glob("*.warc.gz")))
    out = tmp_path / "versions.html"
    url = followed.url(27)
    done = history(url, "--warc", followed.root / "warc", *items_args(followed),
                   "--html", out, "--replay", prefix)  # fmt: skip
    assert done.returncode == 0, done.stderr
    [article] = history_json(url, "--warc", followed.root / "warc", *items_args(followed))[
        "articles"
    ]
    titles = [v["title"] for v in article["versions"]]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
        try:
            page = browser.new_page()
            page.goto(out.as_uri())
            first_diff = page.locator("table.diff").first
            columns = first_diff.locator("tr.changed").first.locator("td")
            assert columns.nth(0).inner_text() == titles[0]  # version 1 on the left
            assert columns.nth(1).inner_text() == titles[1]  # version 2 on the right
            assert page.locator("table.diff ins").count() > 0
            links = first_diff.locator("th a.replay")
            assert links.count() == 2
            # each side's link opens that capture in pywb (the archived bytes, id_)
            for index, title in enumerate(titles[:2]):
                href = links.nth(index).get_attribute("href") or ""
                stamp, _, original = href.removeprefix(prefix).partition("/")
                archived = page.context.request.get(f"{prefix}{stamp}id_/{original}")
                assert archived.ok and title in archived.text(), pywb.state()
        finally:
            browser.close()
