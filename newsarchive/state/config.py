"""Settings of the crawl state, read once per crawl into a frozen config."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings

from newsarchive.sites import site_profile


@dataclass(frozen=True)
class StateConfig:
    path: Path  # the SQLite file
    lock_path: Path  # beside it: one run at a time
    recheck_age: timedelta | None  # re-fetch a known article this old even if unlisted as changed
    # A crawl shared through Redis keeps its state there, for all its workers.
    redis_url: str | None = None
    redis_key: str | None = None
    # SQLite writes per transaction, and the longest a transaction stays open
    commit_writes: int = 1
    commit_seconds: float = 0.0

    @classmethod
    def from_settings(cls, settings: BaseSettings, spider: Any) -> StateConfig:
        if not settings.getbool("STATE_ENABLED", True):
            raise NotConfigured("crawl state disabled (STATE_ENABLED=0)")
        template = settings.get("STATE_PATH") or default_path(settings)
        try:
            path = Path(str(template) % _path_fields(spider))
        except (KeyError, ValueError) as exc:
            raise ValueError(f"STATE_PATH {template!r}: unknown field {exc}") from None
        age = settings.getfloat("STATE_RECHECK_AGE", 0)
        if age < 0:
            raise ValueError(f"STATE_RECHECK_AGE must be >= 0 seconds, not {age}")
        commit_writes = settings.getint("STATE_COMMIT_WRITES", 1)
        commit_seconds = settings.getfloat("STATE_COMMIT_SECONDS", 0.0)
        if commit_writes < 1 or commit_seconds < 0:
            raise ValueError(
                "STATE_COMMIT_WRITES must be >= 1 and STATE_COMMIT_SECONDS >= 0, not "
                f"{commit_writes} and {commit_seconds}"
            )
        redis_url = settings.get("NEWSARCHIVE_REDIS_URL") or None
        if not settings.getbool("STATE_SHARED", True):
            redis_url = None
        key_template = settings.get("STATE_REDIS_KEY") or "newsarchive:state:%(site)s"
        try:
            redis_key = str(key_template) % _path_fields(spider)
        except (KeyError, ValueError) as exc:
            raise ValueError(f"STATE_REDIS_KEY {key_template!r}: unknown field {exc}") from None
        return cls(
            path=path,
            lock_path=path.with_name(path.name + ".lock"),
            recheck_age=timedelta(seconds=age) if age else None,
            redis_url=redis_url,
            redis_key=redis_key if redis_url else None,
            commit_writes=commit_writes,
            commit_seconds=commit_seconds,
        )


def beside_warcs(settings: BaseSettings, name: str) -> Path:
    """`name` in the folder holding WARC_DIR: a run's state and reports live with its WARCs."""
    return Path(settings.get("WARC_DIR") or "warc").parent / name


def default_path(settings: BaseSettings) -> str:
    return str(beside_warcs(settings, "state") / "%(site)s.sqlite")


def _path_fields(spider: Any) -> dict[str, str]:
    """`%(name)s` (the spider) and `%(site)s` (its site profile, else the spider name)."""
    name = str(getattr(spider, "name", "crawl"))
    profile = site_profile(spider)
    site = getattr(spider, "site", None) or (profile.name if profile else None) or name
    return {"name": name, "site": str(site)}
