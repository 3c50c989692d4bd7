"""Earlier runs' measures, kept in the crawl state file so each run compares with its past.

A table of its own beside the state's tables, through its own connection: the
crawl state's components never read it. Only runs that finished are kept, each
with the shape of the crawl (what was discovered, the limits) so a run cut to
three articles is never the baseline of a full one.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Collection, Mapping
from pathlib import Path

from newsarchive.health.alarms import RunMeasures

SCHEMA = """
CREATE TABLE IF NOT EXISTS run_health (
    site TEXT NOT NULL,
    shape TEXT NOT NULL,        -- discovery sources and limits of the run
    started TEXT NOT NULL,      -- ISO 8601 UTC
    status TEXT NOT NULL,       -- "ok" or "degraded"
    measures TEXT NOT NULL      -- RunMeasures as JSON
);
CREATE INDEX IF NOT EXISTS run_health_site ON run_health (site, shape, started);
"""


class HealthHistory:
    """Run measures per site and crawl shape, oldest first."""

    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), isolation_level=None, timeout=30)
        self._db.executescript(SCHEMA)

    def previous(self, site: str, shape: str, limit: int) -> list[RunMeasures]:
        """The latest `limit` healthy runs (a degraded run is never a baseline)."""
        rows = self._db.execute(
            "SELECT measures FROM run_health WHERE site = ? AND shape = ? AND status = 'ok' "
            "ORDER BY started DESC, rowid DESC LIMIT ?",
            (site, shape, limit),
        ).fetchall()
        return [RunMeasures.from_dict(json.loads(row[0])) for row in reversed(rows)]

    def add(self, site: str, shape: str, started: str, status: str, run: RunMeasures) -> None:
        self._db.execute(
            "INSERT INTO run_health (site, shape, started, status, measures) "
            "VALUES (?, ?, ?, ?, ?)",
            (site, shape, started, status, json.dumps(run.as_dict(), sort_keys=True)),
        )

    def close(self) -> None:
        self._db.close()


def follow_renames(earlier: list[RunMeasures], renamed: Mapping[str, str]) -> list[RunMeasures]:
    """Earlier runs' measures with a section the profile renamed (`renamed_sections`: old key
    -> key now) under its key now: its history is the section's (judged as new before, its
    median lost). A run that measured both names (two sections the profile made one, or two
    earlier keys of one) counts the articles of both under the key now, as the crawl state's
    counts do, its field shares weighed by each one's items: the new key's alone put the
    section's baseline below what it holds now, and a fall of it went unseen."""
    if not renamed:
        return earlier

    def key(name: str) -> str:
        return renamed.get(name, name)

    def summed(by_section: dict[str, int]) -> dict[str, int]:
        out: dict[str, int] = {}
        for name, value in by_section.items():
            out[key(name)] = out.get(key(name), 0) + value
        return out

    def weighed(run: RunMeasures) -> dict[str, dict[str, float]]:
        parts: dict[str, list[tuple[int, dict[str, float]]]] = {}
        for name, shares in run.section_coverage.items():
            parts.setdefault(key(name), []).append((run.section_items.get(name, 0), shares))
        out: dict[str, dict[str, float]] = {}
        for name, found in parts.items():
            total = sum(items for items, _ in found)
            if len(found) == 1 or not total:  # nothing to weigh by: the key now's own, if any
                out[name] = run.section_coverage.get(name, found[-1][1])
                continue
            fields = {field for _, shares in found for field in shares}
            out[name] = {
                field: sum(items * shares.get(field, 0.0) for items, shares in found) / total
                for field in fields
            }
        return out

    return [
        dataclasses.replace(
            run,
            sections=summed(run.sections),
            section_items=summed(run.section_items),
            section_coverage=weighed(run),
        )
        for run in earlier
    ]


def unfollowed(run: RunMeasures, earlier: list[RunMeasures], keys: Collection[str]) -> str:
    """A section measured now that no earlier run measured, beside sections earlier runs
    measured that the profile no longer names (`keys`: its keys and earlier keys): a
    section key renamed without `renamed_sections`, judged as new (its history under the
    old key). The line saying so, or ''."""
    if not earlier:
        return ""
    before = {name for measures in earlier for name in measures.sections}
    new = sorted(name for name in run.sections if name not in before)
    gone = sorted(name for name in before if name not in keys)
    if not new or not gone:
        return ""
    return (
        f"sections {', '.join(gone)} of earlier runs are no section of the profile now, and "
        f"{', '.join(new)} has no earlier runs: if a section key was renamed, declare it in "
        f"the profile (renamed_sections={{{gone[0]!r}: {new[0]!r}}}) so that its history "
        "and the crawl state's counts follow it; it is judged as a new section"
    )
