"""A section key renamed in a site profile (`business` -> `economy`, the same listing page).

What the crawl state and the health history kept under the old key was orphaned: the known
articles' counts went under the old name (`Business`, their items' section, no key of the
profile now) beside the new key, and the section had no earlier runs to be judged against
(new to the health check, its history under the old key). A profile declaring the rename
(`renamed_sections`) has them followed; one that does not is told so, once.

Real `scrapy crawl news` runs against the demo server on 127.0.0.1, one crawl state copied
for each second run.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from newsarchive.demo.server import DemoServer
from newsarchive.health.alarms import RunMeasures
from newsarchive.health.history import HealthHistory
from newsarchive.sites.base import SiteProfile
from tests.plugins.crawling import CrawlResult, run_crawl

SAID = "of earlier runs are no section of the profile now"


def _report(result: CrawlResult) -> dict[str, Any]:
    [path] = (result.out_dir / "reports").glob("*.json")
    return dict(json.loads(path.read_text()))


def test_a_renamed_section_key_is_followed_when_declared_and_said_once_when_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with DemoServer(articles=24) as server:
        args = {"site": "renamedemo", "base_url": server.base_url, "requisites": "0"}

        def crawl(name: str, how: str, state: Path) -> CrawlResult:
            monkeypatch.setenv("TEST_RENAMED", how)
            settings = {
                "SPIDER_MODULES": "newsarchive.spiders,tests.plugins.renamed_sections",
                "STATE_PATH": str(state),
                "REPORT_DIR": str(tmp_path / name / "reports"),
                "LOG_LEVEL": "INFO",
            }
            result = run_crawl("news", args, settings, tmp_path / name)
            assert result.returncode == 0, result.log[-3000:]
            return result

        first = crawl("first", "", tmp_path / "state.sqlite")
        business = first.stats["state/section/business/new"]
        assert business > 0 and set(_report(first)["sections"]) == {"business", "politics"}
        runs: dict[str, CrawlResult] = {}
        for how in ("declared", "undeclared"):
            state = tmp_path / how / "state.sqlite"
            state.parent.mkdir()
            shutil.copy(tmp_path / "state.sqlite", state)
            runs[how] = crawl(f"second-{how}", how, state)
    history = HealthHistory(tmp_path / "declared" / "state.sqlite")
    try:
        shape = history._db.execute("SELECT shape FROM run_health").fetchone()[0]
        kept = history.previous("renamedemo", shape, 5)
    finally:
        history.close()
    assert [sorted(run.sections) for run in kept] == [
        ["business", "politics"],  # the first run's, as it was kept
        ["economy", "politics"],
    ]
    declared, undeclared = runs["declared"], runs["undeclared"]
    assert declared.stats["state/section/economy/unchanged"] == business
    assert not [name for name in declared.stats if "/section/business/" in name.casefold()]
    assert set(_report(declared)["sections"]) == {"economy", "politics"}
    assert SAID not in declared.log
    # undeclared: its unchanged articles counted under their old name, and said once
    assert "state/section/economy/unchanged" not in undeclared.stats
    assert undeclared.log.count(SAID) == 1
    line = next(line for line in undeclared.log.splitlines() if SAID in line)
    assert "renamed_sections={'business': 'economy'}" in line, line


def test_a_declared_rename_must_name_a_section_of_the_profile() -> None:
    for renamed in ({"business": "nowhere"}, {"politics": "politics"}):
        with pytest.raises(ValueError, match="renamed_sections"):
            SiteProfile(name="x", base_url="", domains=(), sections={"politics": "/p/"},
                        renamed_sections=renamed)  # fmt: skip


def test_earlier_runs_measures_follow_a_declared_rename() -> None:
    """The health check's earlier runs: the old key's counts are the new key's, so a fall of
    the renamed section is judged against them (it had no earlier runs before)."""
    from newsarchive.health.history import follow_renames

    before = RunMeasures(
        sections={"business": 12, "politics": 9},
        items=21,
        coverage={},
        section_items={"business": 12},
        section_coverage={"business": {}},
    )
    (moved,) = follow_renames([before], {"business": "economy"})
    assert moved.sections == {"economy": 12, "politics": 9}
    assert moved.section_items == {"economy": 12} and "economy" in moved.section_coverage


def test_a_chain_of_renames_is_refused_naming_the_map_to_write() -> None:
    """business -> economy, economy -> markets (renamed twice): `economy` is no section now,
    refused at load, the line naming each earlier key to its key now."""
    with pytest.raises(ValueError, match="renamed_sections") as refused:
        SiteProfile(name="x", base_url="", domains=(), sections={"markets": "/m/"},
                    renamed_sections={"business": "economy", "economy": "markets"})  # fmt: skip
    assert "{'business': 'markets', 'economy': 'markets'}" in str(refused.value)
    # what it says is taken
    renamed = {"business": "markets", "economy": "markets"}
    written = SiteProfile(name="x", base_url="", domains=(), sections={"markets": "/m/"},
                          renamed_sections=renamed)  # fmt: skip
    assert dict(written.renamed_sections) == {"business": "markets", "economy": "markets"}


def test_an_earlier_key_spelled_as_a_section_now_is_refused() -> None:
    """'Politics' folds to the section `politics`: the state's counts would keep it there,
    the rename silently not followed (it was taken)."""
    with pytest.raises(ValueError, match="'Politics' is its section 'politics'"):
        SiteProfile(name="x", base_url="", domains=(), sections={"politics": "/p/", "world": "/w/"},
                    renamed_sections={"Politics": "world"})  # fmt: skip


def test_two_sections_made_one_count_both_in_the_earlier_runs() -> None:
    """An earlier run measured both names (the profile merged `business` into `economy`):
    the section's baseline is both sections' articles, as the crawl state's counts are, its
    field shares weighed by each one's items (it was economy's alone: 5 of 17 articles, and
    a fall to 6 went unseen)."""
    from newsarchive.health.history import follow_renames

    before = RunMeasures(
        sections={"business": 12, "economy": 5, "politics": 9},
        items=26,
        coverage={},
        section_items={"business": 12, "economy": 4},
        section_coverage={"business": {"authors": 1.0}, "economy": {"authors": 0.5}},
    )
    (moved,) = follow_renames([before], {"business": "economy"})
    assert moved.sections == {"economy": 17, "politics": 9}
    assert moved.section_items == {"economy": 16}
    assert moved.section_coverage == {"economy": {"authors": (12 * 1.0 + 4 * 0.5) / 16}}
    # two earlier keys of one section, both in a run: both counted
    (both,) = follow_renames([before], {"business": "markets", "economy": "markets"})
    assert both.sections == {"markets": 17, "politics": 9}
