"""WARC settings (`WARC_*`), read and checked once into a frozen object."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings


@dataclass(frozen=True)
class WarcConfig:
    directory: Path
    prefix: str
    max_file_size: int
    max_payload: int | None  # None: no limit
    gzip_level: int
    dedup_index: str  # import path of a DedupIndex class; "" for no revisits
    recover_on_start: bool
    operator: str
    description: str
    user_agent: str
    robots: str  # warcinfo `robots`: "classic" (obeyed) or "ignore"

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> WarcConfig:
        if not settings.getbool("WARC_ENABLED"):
            raise NotConfigured("WARC_ENABLED is off")
        max_payload = settings.getint("WARC_MAX_RECORD_PAYLOAD")
        config = cls(
            directory=Path(settings.get("WARC_DIR") or "warc"),
            prefix=settings.get("WARC_PREFIX") or "newsarchive",
            max_file_size=settings.getint("WARC_MAX_FILE_SIZE"),
            max_payload=max_payload if max_payload > 0 else None,
            gzip_level=settings.getint("WARC_GZIP_LEVEL", 6),
            dedup_index=settings.get("WARC_DEDUP_INDEX") or "",
            recover_on_start=settings.getbool("WARC_RECOVER_ON_START", True),
            operator=settings.get("WARC_OPERATOR") or "",
            description=settings.get("WARC_DESCRIPTION") or "",
            user_agent=settings.get("USER_AGENT") or "",
            robots="classic" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
        )
        config.validate()
        return config

    def validate(self) -> None:
        if self.max_file_size <= 0:
            raise ValueError(f"WARC_MAX_FILE_SIZE must be positive, not {self.max_file_size}")
        if not 0 <= self.gzip_level <= 9:
            raise ValueError(f"WARC_GZIP_LEVEL must be 0-9, not {self.gzip_level}")
        if "/" in self.prefix or "-" in self.prefix:
            raise ValueError(f"WARC_PREFIX {self.prefix!r}: no '/' or '-' (they split file names)")
