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
        return cls(
            path=path,
            lock_path=path.with_name(path.name + ".lock"),
            recheck_age=timedelta(seconds=age) if age else None,
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
