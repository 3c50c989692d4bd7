"""When a run's numbers say the site profile stopped working: pure comparisons, no Scrapy.

A run is measured per section (articles its listing pages named) and per field
(share of the run's article items that got it, site-wide and per section). Each
measure is held against a fixed floor and against the median of the previous
healthy runs of the same crawl; a fall below either is an `Alarm` that says
what, where, and by how much.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from statistics import median
from typing import Any

from newsarchive.numbers import counted

# The fields a reader of the archive relies on (ArticleItem names).
WATCHED_FIELDS = ("title", "authors", "published", "topics", "body")
# Shares of items below which a field alarms whatever earlier runs did. Wire copy
# has no byline and many pages list no topics, hence the lower floors there.
DEFAULT_FIELD_FLOORS: Mapping[str, float] = {
    "title": 0.9,
    "authors": 0.5,
    "published": 0.8,
    "topics": 0.3,
    "body": 0.8,
}


@dataclass(frozen=True)
class HealthRules:
    """What counts as a drop (HEALTH_* settings)."""

    min_articles: int = 1  # a section whose listing names fewer articles alarms
    field_floors: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_FIELD_FLOORS))
    articles_drop: float = 0.5  # alarm below (1 - this) x the earlier runs' median
    coverage_drop: float = 0.2  # alarm this far (share of items) below the earlier median
    min_items: int = 5  # fewer items than this (site or section): coverage not judged
    history_runs: int = 5  # earlier runs whose median is the baseline


@dataclass(frozen=True)
class RunMeasures:
    """What one run found; saved in the crawl state for later runs to compare with."""

    sections: dict[str, int]  # section -> articles its listing pages named
    items: int  # article items of this run
    coverage: dict[str, float]  # field -> share of items with it (when items > 0)
    section_items: dict[str, int] = field(default_factory=dict)
    section_coverage: dict[str, dict[str, float]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RunMeasures:
        return cls(
            sections={str(k): int(v) for k, v in data.get("sections", {}).items()},
            items=int(data.get("items", 0)),
            coverage={str(k): float(v) for k, v in data.get("coverage", {}).items()},
            section_items={str(k): int(v) for k, v in data.get("section_items", {}).items()},
            section_coverage={
                str(s): {str(k): float(v) for k, v in fields.items()}
                for s, fields in data.get("section_coverage", {}).items()
            },
        )


@dataclass(frozen=True)
class Alarm:
    """One measure that fell: `kind` "section" (articles listed) or "field" (coverage)."""

    kind: str
    section: str | None  # None: the whole site
    field: str | None  # the field, for coverage alarms
    value: float
    expected: float  # the floor or the earlier runs' median it fell below
    against: str  # "floor" or "previous runs"
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def measure(
    listed: Mapping[str, int], items: Sequence[tuple[str | None, frozenset[str]]]
) -> RunMeasures:
    """Measures from the articles each section listed and (section, fields present) per item."""
    by_section: dict[str, list[frozenset[str]]] = {}
    for section, present in items:
        if section is not None:
            by_section.setdefault(section, []).append(present)
    every = [present for _, present in items]
    return RunMeasures(
        sections=dict(listed),
        items=len(every),
        coverage=_shares(every),
        section_items={name: len(found) for name, found in by_section.items()},
        section_coverage={name: _shares(found) for name, found in by_section.items()},
    )


def _shares(items: Sequence[frozenset[str]]) -> dict[str, float]:
    if not items:
        return {}
    return {name: round(sum(name in i for i in items) / len(items), 3) for name in WATCHED_FIELDS}


def find_alarms(
    run: RunMeasures, history: Sequence[RunMeasures], rules: HealthRules
) -> list[Alarm]:
    """Every measure of `run` below its floor or well below the earlier runs."""
    earlier = list(history)[-rules.history_runs :]
    alarms = section_alarms(run, earlier, rules)
    site_fields = coverage_alarms(run.coverage, run.items, None, earlier, rules)
    alarms += site_fields
    explained = {alarm.field for alarm in site_fields}
    for section in sorted(run.section_coverage):
        found = coverage_alarms(
            run.section_coverage[section],
            run.section_items.get(section, 0),
            section,
            earlier,
            rules,
        )
        alarms += [alarm for alarm in found if alarm.field not in explained]
    return alarms


def section_alarms(run: RunMeasures, earlier: list[RunMeasures], rules: HealthRules) -> list[Alarm]:
    alarms = []
    for section, count in sorted(run.sections.items()):
        before = [r.sections[section] for r in earlier if section in r.sections]
        baseline = median(before) if before else None
        if count < rules.min_articles:
            alarms.append(
                Alarm("section", section, None, count, rules.min_articles, "floor",
                      f"section {section}: its listing pages named {counted(count, 'article')} "
                      f"(floor {rules.min_articles})"
                      + (f", earlier runs {baseline:g}" if baseline is not None else ""))
            )  # fmt: skip
        elif baseline is not None and count < baseline * (1 - rules.articles_drop):
            alarms.append(
                Alarm("section", section, None, count, baseline, "previous runs",
                      f"section {section}: its listing pages named {counted(count, 'article')}, "
                      f"earlier runs {baseline:g} ({_change(count, baseline)})")
            )  # fmt: skip
    return alarms


def coverage_alarms(
    coverage: Mapping[str, float],
    items: int,
    section: str | None,
    earlier: list[RunMeasures],
    rules: HealthRules,
) -> list[Alarm]:
    """Fields of too few items, site-wide (`section` None) or in one section."""
    if items < rules.min_items:
        return []
    where = f"section {section}" if section else "all sections"
    alarms = []
    for name, share in sorted(coverage.items()):
        before = [c[name] for c in _coverages(earlier, section, rules.min_items) if name in c]
        baseline = median(before) if before else None
        floor = rules.field_floors.get(name)
        said = f"field {name} ({where}): {share:.0%} of {items} items"
        if floor is not None and share < floor:
            past = f", earlier runs {baseline:.0%}" if baseline is not None else ""
            alarms.append(
                Alarm("field", section, name, share, floor, "floor",
                      f"{said}, floor {floor:.0%}{past}")
            )  # fmt: skip
        elif baseline is not None and share < baseline - rules.coverage_drop:
            alarms.append(
                Alarm("field", section, name, share, baseline, "previous runs",
                      f"{said}, earlier runs {baseline:.0%}")
            )  # fmt: skip
    return alarms


def _coverages(
    earlier: list[RunMeasures], section: str | None, min_items: int
) -> list[Mapping[str, float]]:
    """Earlier coverages measured on enough items to compare with."""
    if section is None:
        return [r.coverage for r in earlier if r.items >= min_items]
    return [
        r.section_coverage[section]
        for r in earlier
        if section in r.section_coverage and r.section_items.get(section, 0) >= min_items
    ]


def _change(value: float, baseline: float) -> str:
    return f"{(value - baseline) / baseline:+.0%}" if baseline else "new"
