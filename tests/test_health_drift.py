"""The demo site's unannounced redesign, caught by the scheduled run's alarms and by `check`.

One demo server: `check demo` and a first scheduled run see the site healthy;
then the drift is switched on (the Politics listing markup changes, articles
lose their bylines), `check demo` fails on both, and a second run over the same
crawl state is marked degraded, saying which section and field and by how much,
and exits nonzero with NEWSARCHIVE_FAIL_ON_ALARM.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import PROJECT, CrawlResult, allow_origin, start_crawl

ARTICLES = 120
LOCAL = ("-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0")


@dataclass
class Drift:
    healthy_check: subprocess.CompletedProcess[str]
    drifted_check: subprocess.CompletedProcess[str]
    first: CrawlResult
    second: CrawlResult

    def report(self, run: CrawlResult) -> dict[str, Any]:
        reports = sorted((run.out_dir.parent / "reports").glob("demo-*.json"))
        index = 0 if run is self.first else 1
        return dict(json.loads(reports[index].read_text()))


def check(server: DemoServer) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newsarchive", "check", "demo"]
    command += ["-a", f"base_url={server.base_url}", *LOCAL]
    command += ["-s", f"NETWORK_ALLOWED={allow_origin(server.base_url)}"]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def drift(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Drift]:
    root = tmp_path_factory.mktemp("drift")
    args = {"base_url": "", "discover": "sections,sitemap,rss"}
    settings = {"WARC_DIR": str(root / "warc"), "NEWSARCHIVE_FAIL_ON_ALARM": "1"}
    with DemoServer(articles=ARTICLES) as server:
        args["base_url"] = server.base_url
        # each `check` while the run of the same site state goes on: it only reads the
        # site (no crawl state, WARC or report of its own), so neither sees the other
        running = start_crawl("demo", args, settings, root / "run1")
        healthy_check = check(server)
        first = running.wait()
        server.set_drift(True)
        running = start_crawl("demo", args, settings, root / "run2")
        drifted_check = check(server)
        second = running.wait()
        yield Drift(healthy_check, drifted_check, first, second)


def test_check_passes_a_working_profile(drift: Drift) -> None:
    done = drift.healthy_check
    assert done.returncode == 0, done.stdout + done.stderr
    assert "verdict: ok" in done.stdout
    assert "section politics  ok    listing: 10 articles; show more: 5 more articles" in done.stdout


def test_check_names_the_broken_section_and_field_before_any_crawl(drift: Drift) -> None:
    done = drift.drifted_check
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    failed = [line.split()[1] for line in lines if line.split()[2:3] == ["FAIL"]]
    assert failed == ["politics", "authors"]
    politics = next(line for line in lines if line.startswith("section politics"))
    assert "no article link matched by 'li.teaser > a[href]'" in politics
    assert "no control 'button.load-more'" in politics
    assert "field authors    FAIL  0/14 articles (0%, floor 50%)" in done.stdout
    assert lines[-1] == "verdict: FAIL"


def test_a_healthy_run_is_ok_and_exits_zero(drift: Drift) -> None:
    assert drift.first.returncode == 0, drift.first.log[-3000:]
    report = drift.report(drift.first)
    assert report["status"] == "ok"
    assert report["alarms"] == []
    assert report["listings"]["politics"]["articles"] == ARTICLES // 8


def test_the_drifted_run_is_degraded_with_both_alarms(drift: Drift) -> None:
    report = drift.report(drift.second)
    assert report["status"] == "degraded"
    alarms = {(a["kind"], a["section"], a["field"]): a for a in report["alarms"]}
    assert set(alarms) == {("section", "politics", None), ("field", None, "authors")}
    section = alarms["section", "politics", None]
    assert (section["value"], section["expected"]) == (0, 1)
    assert section["message"] == (
        "section politics: its listing pages named 0 articles (floor 1), earlier runs 15"
    )
    field = alarms["field", None, "authors"]
    assert field["value"] == 0.0 and field["expected"] == 0.5
    assert field["message"].startswith("field authors (all sections): 0% of ")
    assert field["message"].endswith("items, floor 50%, earlier runs 100%")
    assert report["listings"]["politics"] == {"pages": 1, "articles": 0, "ended": "no_show_more"}


def test_alarms_are_logged_at_error_and_fail_the_process(drift: Drift) -> None:
    log = drift.second.log
    assert "ERROR: alarm: section politics: its listing pages named 0 articles" in log
    assert "ERROR: alarm: field authors (all sections): 0% of" in log
    assert "Traceback" not in log  # spidermon's FAIL lines are the alarms themselves
    assert drift.second.returncode == 4
    assert drift.second.stats["health/exit_status"] == 4
    assert drift.second.log.rstrip().splitlines()[-1] == (
        "scrapy crawl: the run is degraded: section politics: its listing pages named 0 articles "
        "(floor 1), earlier runs 15; field authors (all sections): 0% of 100 items, floor 50%, "
        "earlier runs 100% (exit status 4)"
    )
