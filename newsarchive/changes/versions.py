"""One URL's captures, in time order, made into versions of its article.

A capture is one archived response (its extracted fields and where it lies);
consecutive captures whose article did not change (a furniture-only change, a
revisit, a new modification time alone) are one version, seen again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from newsarchive.changes.diff import MINOR_FIELDS, ArticleDiff, compare, paragraphs_of


@dataclass(frozen=True)
class Capture:
    """One archived response of an article page, with what was extracted from it."""

    url: str
    fetched_at: str  # WARC-Date
    fields: Mapping[str, Any]
    warc_file: str | None = None
    warc_record_id: str | None = None
    warc_offset: int | None = None
    source: str = "items"  # "items", or "warc" when re-extracted from the record

    @classmethod
    def from_item(cls, item: Mapping[str, Any], source: str = "items") -> Capture | None:
        """None for an item without a URL or a capture time (nothing to place it by)."""
        url, fetched_at = item.get("url"), item.get("fetched_at")
        if not isinstance(url, str) or not isinstance(fetched_at, str):
            return None
        offset = item.get("warc_offset")
        return cls(
            url=url,
            fetched_at=fetched_at,
            fields=item,
            warc_file=item.get("warc_file"),
            warc_record_id=item.get("warc_record_id"),
            warc_offset=offset if isinstance(offset, int) else None,
            source=source,
        )

    @property
    def key(self) -> tuple[str, str]:
        """Same record (or, without a record id, same moment): the same capture."""
        return (self.url, self.warc_record_id or self.fetched_at)


@dataclass
class Version:
    """The article as it stood from `capture` on; `diff` is the change from the version before."""

    number: int
    capture: Capture
    diff: ArticleDiff | None = None
    seen_again: list[Capture] = field(default_factory=list)  # later captures, same article
    # a later capture holding the article whole (or more of it) when `capture` was stored
    # cut: its fields are the version's (what the next capture is compared with, what is shown)
    whole: Capture | None = None

    @property
    def fields(self) -> Mapping[str, Any]:
        """The version's article: its whole capture's fields when its first was stored cut."""
        return (self.whole or self.capture).fields


def versions_of(captures: Iterable[Capture]) -> list[Version]:
    """Captures (any order, duplicates allowed) as versions, oldest first."""
    unique = {c.key: c for c in captures}
    ordered = sorted(unique.values(), key=lambda c: (_instant_key(c.fetched_at), c.key))
    versions: list[Version] = []
    for capture in ordered:
        if not versions:
            versions.append(Version(1, capture))
            continue
        current = versions[-1]
        diff = compare(current.fields, capture.fields)
        if not diff.changed or _cut_short_of(current.fields, capture.fields, diff):
            current.seen_again.append(capture)
        elif _completes(current.fields, capture.fields):
            current.seen_again.append(capture)
            current.whole = capture
            if len(versions) > 1:  # its change from the version before, now whole
                current.diff = compare(versions[-2].fields, capture.fields)
        else:
            versions.append(Version(current.number + 1, capture, diff))
    return versions


def _completes(cut: Mapping[str, Any], whole: Mapping[str, Any]) -> bool:
    """Whether `whole`, a later capture, is the article `cut` (stored cut) holds the first
    part of: the cut capture first, the whole one after it showed the paragraphs past the
    cut as "added", a second version of an unchanged article. `whole` may be stored cut
    too, further on (a higher limit): more of the same article, no version either."""
    return _cut_short_of(whole, cut, compare(whole, cut))


def _cut_short_of(whole: Mapping[str, Any], cut: Mapping[str, Any], diff: ArticleDiff) -> bool:
    """Whether `cut`, a capture whose page was stored cut (`"truncated": true`: a record
    with `WARC-Truncated: length`, or a page past EXTRACT_MAX_HTML), holds only what `whole`
    does up to its cut: no field it has differs (one it lacks was past the cut), and its
    paragraphs are `whole`'s first ones, its last perhaps cut inside. Its lost paragraphs
    are no change (the next whole capture would have "added" them back)."""
    if cut.get("truncated") is not True:
        return False
    if any(f.name not in MINOR_FIELDS and f.after not in (None, "", []) for f in diff.fields):
        return False
    held, full = paragraphs_of(cut.get("body")), paragraphs_of(whole.get("body"))
    if not held:
        return True
    if len(held) > len(full):
        return False
    last = len(held) - 1
    return held[:last] == full[:last] and full[last].startswith(held[last])


def _instant_key(stamp: str) -> str:
    """WARC-Dates are UTC ISO 8601 ("...Z", maybe with fractions): they sort as text."""
    return stamp.replace("+00:00", "Z")
