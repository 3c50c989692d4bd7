"""What changed between two versions of an article: pure functions over extracted fields.

Versions are compared on what the extractor read from the page (title, subtitle,
authors, published and modified times, topics, body text), never on the page's
bytes, so a new "most read" box, a rotated ad or a comment counter is no change
of the article. Text is compared word by word with whitespace collapsed; the body
paragraph by paragraph (difflib aligns them), then word by word inside a
paragraph that was edited rather than replaced.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

TEXT_FIELDS = ("title", "subtitle")
LIST_FIELDS = ("authors", "topics")
DATE_FIELDS = ("published", "modified")
COMPARED_FIELDS = (*TEXT_FIELDS, "authors", *DATE_FIELDS, "topics")
# A paragraph at least this similar to its counterpart was edited, not replaced.
EDITED_RATIO = 0.5
# A new modification time alone is no new version: CMSes bump it on republishing.
MINOR_FIELDS = frozenset({"modified"})

_WORD = re.compile(r"\S+")

Words = list[tuple[str, str]]  # ("=", "kept words"), ("-", "removed"), ("+", "added")


@dataclass(frozen=True)
class FieldChange:
    """One metadata field whose value differs."""

    name: str
    before: Any
    after: Any
    words: Words = field(default_factory=list)  # text fields: the word-level diff


@dataclass(frozen=True)
class ParagraphChange:
    """One body paragraph added, removed or edited; `index` counts in the version it is in."""

    kind: str  # "added", "removed", "changed" ("same" only in `aligned`)
    before: str | None
    after: str | None
    index: int
    words: Words = field(default_factory=list)


@dataclass(frozen=True)
class ArticleDiff:
    fields: list[FieldChange]
    paragraphs: list[ParagraphChange]

    @property
    def changed(self) -> bool:
        """Whether the article itself changed (not just its modification time)."""
        return bool(self.paragraphs) or any(f.name not in MINOR_FIELDS for f in self.fields)

    def counts(self) -> dict[str, int]:
        counted = {"added": 0, "removed": 0, "changed": 0}
        for change in self.paragraphs:
            counted[change.kind] = counted.get(change.kind, 0) + 1
        return counted

    def summary(self) -> str:
        """One line a reader scans: "title rewritten; 2 paragraphs added"."""
        if self.fields and not self.changed:
            return "only the modification time changed"
        parts = [_FIELD_SUMMARY[f.name] for f in self.fields if f.name not in MINOR_FIELDS]
        for kind, count in self.counts().items():
            if count:
                parts.append(f"{count} paragraph{'s' if count > 1 else ''} {kind}")
        return "; ".join(parts) or "no change"

    def as_dict(self) -> dict[str, Any]:
        return {
            "changed": self.changed,
            "summary": self.summary(),
            "fields": {
                f.name: {"before": f.before, "after": f.after, **_words_of(f.words)}
                for f in self.fields
            },
            "body": {
                **self.counts(),
                "paragraphs": [
                    {
                        "kind": p.kind,
                        "index": p.index,
                        "before": p.before,
                        "after": p.after,
                        **_words_of(p.words),
                    }
                    for p in self.paragraphs
                ],
            },
        }


_FIELD_SUMMARY = {
    "title": "title rewritten",
    "subtitle": "subtitle rewritten",
    "authors": "byline changed",
    "published": "published date changed",
    "topics": "topics changed",
}


def compare(before: Mapping[str, Any], after: Mapping[str, Any]) -> ArticleDiff:
    """The change from `before` to `after` (two items' extracted fields)."""
    changes: list[FieldChange] = []
    for name in TEXT_FIELDS:
        old, new = normalize_text(before.get(name)), normalize_text(after.get(name))
        if old != new:
            changes.append(FieldChange(name, old or None, new or None, word_diff(old, new)))
    changes += _list_change("authors", before, after, ordered=True)
    for name in DATE_FIELDS:
        if not same_instant(before.get(name), after.get(name)):
            changes.append(FieldChange(name, before.get(name), after.get(name)))
    changes += _list_change("topics", before, after, ordered=False)
    changes.sort(key=lambda c: COMPARED_FIELDS.index(c.name))
    body = body_diff(paragraphs_of(before.get("body")), paragraphs_of(after.get("body")))
    return ArticleDiff(changes, body)


def normalize_text(value: Any) -> str:
    """Whitespace collapsed: a re-flowed line is no change."""
    return " ".join(_WORD.findall(value)) if isinstance(value, str) else ""


def paragraphs_of(body: Any) -> list[str]:
    """The body's paragraphs (blank-line separated), whitespace collapsed, empty ones dropped."""
    if not isinstance(body, str):
        return []
    return [p for p in (normalize_text(block) for block in re.split(r"\n\s*\n", body)) if p]


def same_instant(a: Any, b: Any) -> bool:
    """Dates compare as moments: the same time written with another offset is no change."""
    if a == b:
        return True
    left, right = _moment(a), _moment(b)
    if left is None or right is None:
        return False
    if (left.tzinfo is None) != (right.tzinfo is None):
        return False
    return left == right


def word_diff(before: str, after: str) -> Words:
    """Runs of kept, removed and added words (difflib over whitespace-split words)."""
    old, new = _WORD.findall(before), _WORD.findall(after)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    runs: Words = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(("=", " ".join(old[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("-", " ".join(old[i1:i2])))
        if j2 > j1:
            runs.append(("+", " ".join(new[j1:j2])))
    return runs


def body_diff(before: Sequence[str], after: Sequence[str]) -> list[ParagraphChange]:
    """Paragraphs added, removed and edited, in reading order."""
    return [row for row in aligned(before, after) if row.kind != "same"]


def aligned(before: Sequence[str], after: Sequence[str]) -> list[ParagraphChange]:
    """Both versions' paragraphs side by side: kept ones as "same", the rest as changes."""
    matcher = difflib.SequenceMatcher(None, list(before), list(after), autojunk=False)
    rows: list[ParagraphChange] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows += [
                ParagraphChange("same", before[i], after[j], j)
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            ]
        else:
            rows += _pair_up(before, after, range(i1, i2), range(j1, j2))
    return rows


def _pair_up(
    before: Sequence[str], after: Sequence[str], old: range, new: range
) -> list[ParagraphChange]:
    """Inside a replaced run, a paragraph close enough to one opposite it was edited."""
    changes: list[ParagraphChange] = []
    i, j = old.start, new.start
    while i < old.stop or j < new.stop:
        if i < old.stop and j < new.stop and _similar(before[i], after[j]):
            words = word_diff(before[i], after[j])
            changes.append(ParagraphChange("changed", before[i], after[j], j, words))
            i, j = i + 1, j + 1
        elif j < new.stop and (
            i >= old.stop or any(_similar(before[i], after[k]) for k in range(j + 1, new.stop))
        ):
            changes.append(ParagraphChange("added", None, after[j], j))
            j += 1
        else:
            changes.append(ParagraphChange("removed", before[i], None, i))
            i += 1
    return changes


def _similar(a: str, b: str) -> bool:
    matcher = difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False)
    return matcher.ratio() >= EDITED_RATIO


def _list_change(
    name: str, before: Mapping[str, Any], after: Mapping[str, Any], *, ordered: bool
) -> list[FieldChange]:
    old = [normalize_text(v) for v in before.get(name) or [] if isinstance(v, str)]
    new = [normalize_text(v) for v in after.get(name) or [] if isinstance(v, str)]
    same = old == new if ordered else sorted(set(old)) == sorted(set(new))
    return [] if same else [FieldChange(name, old, new)]


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _words_of(words: Words) -> dict[str, Any]:
    return {"words": [list(run) for run in words]} if words else {}
