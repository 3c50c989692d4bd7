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
from typing import Any

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
    median lost). A run that measured both names keeps the new one's."""
    if not renamed:
        return earlier

    def moved(by_section: dict[str, Any]) -> dict[str, Any]:
        out = {renamed.get(name, name): value for name, value in by_section.items()}
        out.update((name, value) for name, value in by_section.items() if name not in renamed)
        return out

    return [
        dataclasses.replace(
            run,
            sections=moved(run.sections),
            section_items=moved(run.section_items),
            section_coverage=moved(run.section_coverage),
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
