"""Earlier runs' measures, kept in the crawl state file so each run compares with its past.

A table of its own beside the state's tables, through its own connection: the
crawl state's components never read it. Only runs that finished are kept, each
with the shape of the crawl (what was discovered, the limits) so a run cut to
three articles is never the baseline of a full one.
"""

from __future__ import annotations

import json
import sqlite3
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
