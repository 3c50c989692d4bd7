"""The HEALTH_* settings, read and checked once into a frozen config."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings

from newsarchive.health.alarms import DEFAULT_FIELD_FLOORS, WATCHED_FIELDS, HealthRules
from newsarchive.state.config import StateConfig


@dataclass(frozen=True)
class HealthConfig:
    rules: HealthRules
    fail_on_alarm: bool  # NEWSARCHIVE_FAIL_ON_ALARM: a degraded run exits nonzero
    history: Path | None  # the crawl state file holding earlier runs; None: floors only

    @classmethod
    def from_settings(cls, settings: BaseSettings, spider: Any) -> HealthConfig:
        if not settings.getbool("HEALTH_ENABLED", True):
            raise NotConfigured("run alarms disabled (HEALTH_ENABLED=0)")
        try:
            history: Path | None = StateConfig.from_settings(settings, spider).path
        except NotConfigured:
            history = None
        return cls(
            rules_from_settings(settings), settings.getbool("NEWSARCHIVE_FAIL_ON_ALARM"), history
        )


def rules_from_settings(settings: BaseSettings) -> HealthRules:
    floors = {**DEFAULT_FIELD_FLOORS, **settings.getdict("HEALTH_FIELD_FLOORS")}
    unknown = sorted(set(floors) - set(WATCHED_FIELDS))
    if unknown:
        raise ValueError(
            f"HEALTH_FIELD_FLOORS: unknown field(s) {', '.join(unknown)}; "
            f"watched: {', '.join(WATCHED_FIELDS)}"
        )
    rules = HealthRules(
        min_articles=settings.getint("HEALTH_MIN_ARTICLES", 1),
        field_floors={
            name: _share(f"HEALTH_FIELD_FLOORS[{name}]", v) for name, v in floors.items()
        },
        articles_drop=_share(
            "HEALTH_ARTICLES_DROP", settings.getfloat("HEALTH_ARTICLES_DROP", 0.5)
        ),
        coverage_drop=_share(
            "HEALTH_COVERAGE_DROP", settings.getfloat("HEALTH_COVERAGE_DROP", 0.2)
        ),
        min_items=settings.getint("HEALTH_MIN_ITEMS", 5),
        history_runs=settings.getint("HEALTH_HISTORY_RUNS", 5),
    )
    if rules.min_articles < 0 or rules.min_items < 1 or rules.history_runs < 1:
        raise ValueError(
            "HEALTH_MIN_ARTICLES must be >= 0, HEALTH_MIN_ITEMS and HEALTH_HISTORY_RUNS >= 1"
        )
    return rules


def _share(name: str, value: Any) -> float:
    try:
        share = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number from 0 to 1, not {value!r}") from None
    if not 0 <= share <= 1:
        raise ValueError(f"{name} must be a number from 0 to 1, not {value!r}")
    return share
