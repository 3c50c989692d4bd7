"""A JSON Lines exporter that serialises dataclass items directly, and an item's JSON shared.

Scrapy's exporter reads every item through itemadapter, which inspects each
value of each list for being an item in its turn: about 90 µs for an article
item, on the crawl's reactor thread, once per item. An article item is a plain
dataclass of strings and lists of strings, so its fields can be encoded as they
are. Items of other kinds, a `FEED_EXPORT_FIELDS` selection and dataclass
fields with a serializer of their own still go through Scrapy's path.

The feed line and the item's WARC metadata record (newsarchive.warc.item_records)
are the same JSON: `ItemJson` encodes an item once for both, on the crawler.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exporters import JsonLinesItemExporter

CRAWLER_ATTRIBUTE = "newsarchive_item_json"


class JsonLinesExporter(JsonLinesItemExporter):
    def __init__(self, file: Any, shared: ItemJson | None = None, **kwargs: Any) -> None:
        super().__init__(file, **kwargs)
        self.shared = shared or ItemJson()
        # the shared bytes are this feed's line only when nothing changes how it encodes
        self._plain_json = self._kwargs == {"ensure_ascii": False} and _is_utf8(self.encoding)

    @classmethod
    def from_crawler(cls, crawler: Crawler, file: Any, **kwargs: Any) -> JsonLinesExporter:
        return cls(file, shared=item_json(crawler), **kwargs)

    def export_item(self, item: Any) -> None:
        if self.fields_to_export or not is_plain_dataclass(item):
            super().export_item(item)
            return
        data = self.shared.encode(item) if self._plain_json else None
        if data is None:
            text = self.encoder.encode(plain_fields(item)) + "\n"
            data = encoded_json(text, self.encoding or "utf-8")
        else:
            data += b"\n"
        self.file.write(data)


class ItemJson:
    """A plain dataclass item's JSON (UTF-8, JSON's own types only), encoded once.

    Every receiver of `item_scraped` that writes the item (the feed, the WARC
    metadata record) asks for it in turn: the last item's bytes are kept, known
    by identity. A value that is not JSON's own (a datetime) gives None: each
    writer then encodes with its own rules, as it would without this.
    """

    def __init__(self) -> None:
        self._item: Any = None
        self._data: bytes | None = None

    def encode(self, item: Any) -> bytes | None:
        if item is not self._item:
            self._data = native_json(plain_fields(item))
            self._item = item
        return self._data


def item_json(crawler: Crawler) -> ItemJson:
    """The crawler's one `ItemJson`, made by whichever writer asks first."""
    shared = getattr(crawler, CRAWLER_ATTRIBUTE, None)
    if not isinstance(shared, ItemJson):
        shared = ItemJson()
        setattr(crawler, CRAWLER_ATTRIBUTE, shared)
    return shared


class _NotNative(Exception):
    pass


def _refuse(value: Any) -> Any:
    raise _NotNative


_NATIVE = json.JSONEncoder(ensure_ascii=False, default=_refuse)


def native_json(fields: dict[str, Any]) -> bytes | None:
    """`fields` as UTF-8 JSON, or None if a value needs an encoder's own `default`."""
    try:
        return encoded_json(_NATIVE.encode(fields))
    except _NotNative:
        return None


def encoded_json(text: str, encoding: str = "utf-8") -> bytes:
    """JSON text as bytes; a lone surrogate (half an emoji a page's JSON-LD escaped, cut by its
    CMS) written as JSON's own escape, so the line is valid and reads back to the same str.
    No encoder takes it raw: the item was lost, its article recorded as archived."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub(_escaped, text).encode(encoding)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _is_utf8(encoding: str | None) -> bool:
    return (encoding or "").lower().replace("_", "-") in ("utf-8", "utf8")


def plain_fields(item: Any) -> dict[str, Any]:
    """A plain dataclass item's fields as they are (no walk over every value)."""
    return {name: getattr(item, name) for name in _field_names(type(item))}


def is_plain_dataclass(item: Any) -> bool:
    """A dataclass instance none of whose fields has a serializer of its own (known per
    class: `dataclasses.fields` is a walk over the class's fields, every item, twice)."""
    kind = type(item)
    plain = _PLAIN.get(kind)
    if plain is None:
        plain = _PLAIN[kind] = (
            dataclasses.is_dataclass(kind)
            and not isinstance(item, type)
            and not any("serializer" in f.metadata for f in dataclasses.fields(kind))
        )
    return plain


_PLAIN: dict[type, bool] = {}
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return names
