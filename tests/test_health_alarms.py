"""Run alarms: the comparisons (tables), their settings, and the history kept in the crawl state."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from scrapy.settings import Settings

from newsarchive.health.alarms import HealthRules, RunMeasures, find_alarms, measure
from newsarchive.health.config import rules_from_settings
from newsarchive.health.history import HealthHistory

ALL = frozenset({"title", "authors", "published", "topics", "body"})
RULES = HealthRules()


def run(sections: dict[str, int], items: list[tuple[str | None, frozenset[str]]]) -> RunMeasures:
    return measure(sections, items)


def healthy(n: int = 20) -> RunMeasures:
    return run({"politics": 30, "world": 20}, [("politics", ALL)] * n + [("world", ALL)] * n)


def kinds(alarms: list) -> list[tuple[str, str | None, str | None, str]]:
    return [(a.kind, a.section, a.field, a.against) for a in alarms]


def test_measure_counts_each_field_site_wide_and_per_section() -> None:
    measured = run(
        {"politics": 3}, [("politics", ALL), ("politics", ALL - {"authors"}), (None, ALL)]
    )
    assert measured.items == 3
    assert measured.coverage["authors"] == 0.667
    assert measured.section_items == {"politics": 2}
    assert measured.section_coverage["politics"]["authors"] == 0.5
    assert RunMeasures.from_dict(measured.as_dict()) == measured


@pytest.mark.parametrize(
    ("current", "history", "expected"),
    [
        (healthy(), [], []),
        (healthy(), [healthy()] * 3, []),
        # a section whose listing names nothing: below the floor
        (run({"politics": 0, "world": 20}, [("world", ALL)] * 20), [healthy()],
         [("section", "politics", None, "floor")]),
        # a section that lost most of its articles: below half the earlier median
        (run({"politics": 9, "world": 20}, [("world", ALL)] * 20), [healthy()] * 3,
         [("section", "politics", None, "previous runs")]),
        (run({"politics": 16, "world": 20}, [("world", ALL)] * 20), [healthy()] * 3, []),
        # a field that falls from 100% to 0%: below its floor (site-wide; the sections'
        # own alarms for the same field would say nothing more)
        (run({"politics": 30, "world": 20}, [("politics", ALL - {"authors"})] * 20
             + [("world", ALL - {"authors"})] * 20), [healthy()],
         [("field", None, "authors", "floor")]),
        # above the floor but 40 points under the earlier runs
        (run({"politics": 30}, [("politics", ALL)] * 12 + [("politics", ALL - {"authors"})] * 8),
         [healthy()] * 2, [("field", None, "authors", "previous runs")]),
        # one section lost its topics: the section alarms, the site is still above
        (run({"politics": 30, "world": 20}, [("politics", ALL - {"topics"})] * 10
             + [("world", ALL)] * 40), [healthy()],
         [("field", "politics", "topics", "floor")]),
        # too few items to judge coverage (an hourly run with three new articles)
        (run({"politics": 30}, [("politics", frozenset())] * 3), [healthy()], []),
    ],
)  # fmt: skip
def test_find_alarms(current: RunMeasures, history: list[RunMeasures], expected: list) -> None:
    assert kinds(find_alarms(current, history, RULES)) == expected


def test_alarm_messages_say_where_and_by_how_much() -> None:
    dropped = run({"politics": 0, "world": 20}, [("world", ALL - {"authors"})] * 10)
    messages = [a.message for a in find_alarms(dropped, [healthy()], RULES)]
    assert messages == [
        "section politics: its listing pages named 0 articles (floor 1), earlier runs 30",
        "field authors (all sections): 0% of 10 items, floor 50%, earlier runs 100%",
    ]
    less = run({"politics": 10, "world": 20}, [])
    assert find_alarms(less, [healthy()], RULES)[0].message == (
        "section politics: its listing pages named 10 articles, earlier runs 30 (-67%)"
    )


def test_rules_from_settings_validate_each_value() -> None:
    rules = rules_from_settings(Settings({"HEALTH_FIELD_FLOORS": '{"topics": 0}'}))
    assert rules.field_floors["topics"] == 0 and rules.field_floors["title"] == 0.9
    bad = [
        ({"HEALTH_FIELD_FLOORS": {"byline": 0.5}}, "unknown field(s) byline"),
        ({"HEALTH_FIELD_FLOORS": {"title": 2}}, "HEALTH_FIELD_FLOORS[title] must be a number"),
        ({"HEALTH_ARTICLES_DROP": "1.5"}, "HEALTH_ARTICLES_DROP must be a number from 0 to 1"),
        ({"HEALTH_MIN_ITEMS": "0"}, "HEALTH_MIN_ITEMS"),
    ]
    for values, message in bad:
        with pytest.raises(ValueError, match=re.escape(message)):
            rules_from_settings(Settings(values))


def test_history_keeps_healthy_runs_of_the_same_shape(tmp_path: Path) -> None:
    path = tmp_path / "state" / "demo.sqlite"
    history = HealthHistory(path)
    small = run({"politics": 1}, [])
    history.add("demo", "full", "2026-01-01T00:00:00+00:00", "ok", healthy())
    history.add("demo", "full", "2026-01-02T00:00:00+00:00", "degraded", small)
    history.add("demo", "capped", "2026-01-03T00:00:00+00:00", "ok", small)
    history.add("other", "full", "2026-01-03T00:00:00+00:00", "ok", small)
    history.close()
    again = HealthHistory(path)  # a later run reads what earlier ones wrote
    assert again.previous("demo", "full", 5) == [healthy()]
    assert again.previous("demo", "capped", 5) == [small]
    again.close()
