"""An article's versions for people (text, a self-contained HTML page) and programs (JSON)."""

from __future__ import annotations

import itertools
import textwrap
from collections.abc import Sequence
from html import escape
from typing import Any

from newsarchive.changes.diff import ArticleDiff, FieldChange, Words, aligned, paragraphs_of
from newsarchive.changes.versions import Capture, Version

SHOWN_FIELDS = ("title", "subtitle", "authors", "published", "modified", "topics")


def replay_url(replay: str, capture: Capture) -> str:
    """pywb's address of the capture: /<collection>/<14-digit timestamp>/<url>."""
    stamp = "".join(c for c in capture.fetched_at if c.isdigit())[:14]
    return f"{replay.rstrip('/')}/{stamp}/{capture.url}"


# --- JSON --------------------------------------------------------------------------------


def as_json(url: str, versions: Sequence[Version], replay: str) -> dict[str, Any]:
    return {
        "url": url,
        "versions": [
            {
                "version": v.number,
                **_capture_json(v.capture, replay),
                "title": v.fields.get("title"),
                "change": v.diff.as_dict() if v.diff else None,
                "seen_again": [_capture_json(c, replay) for c in v.seen_again],
            }
            for v in versions
        ],
    }


def _capture_json(capture: Capture, replay: str) -> dict[str, Any]:
    return {
        "url": capture.url,  # the spelling it was captured at (an article moved to https)
        "fetched_at": capture.fetched_at,
        "warc_file": capture.warc_file,
        "warc_offset": capture.warc_offset,
        "warc_record_id": capture.warc_record_id,
        "replay": replay_url(replay, capture),
        "source": capture.source,
    }


# --- text --------------------------------------------------------------------------------


def as_text(url: str, versions: Sequence[Version], replay: str) -> str:
    captures = sum(1 + len(v.seen_again) for v in versions)
    count = f"{len(versions)} version{'s' if len(versions) != 1 else ''}"
    lines = [url, f"  {count} in {captures} capture{'s' if captures != 1 else ''}", ""]
    spelled = _spellings(versions) > 1
    for version in versions:
        lines += _version_text(version, replay, spelled)
    return "\n".join(lines)


def _spellings(versions: Sequence[Version]) -> int:
    """How many URLs the article was captured at (http, then https after a site moved)."""
    return len({c.url for v in versions for c in (v.capture, *v.seen_again)})


def _at(offset: int | None) -> str:
    """`@ 611`, or where the record has no offset of its own (inside a gzip member another
    record begins, or a file gzipped whole) what that means; before, `@ None`."""
    return f"@ {offset}" if offset is not None else "(no offset of its own: inside a gzip member)"


def _version_text(version: Version, replay: str, spelled: bool = False) -> list[str]:
    """A version's lines; `spelled`: the article was captured at more than one URL, so
    each version says which."""
    capture = version.capture
    lines = [
        f"version {version.number}  captured {capture.fetched_at}",
        *([f"  at        {capture.url}"] if spelled else []),
        f"  WARC      {capture.warc_file} {_at(capture.warc_offset)}  {capture.warc_record_id}",
        f"  replay    {replay_url(replay, capture)}",
    ]
    if version.diff is None:
        lines.append(f"  title     {version.fields.get('title')}")
    else:
        lines.append(f"  change    {version.diff.summary()}")
        for change in version.diff.fields:
            lines += _field_text(change)
        lines += _body_text(version.diff)
    for again in version.seen_again:
        completes = again is version.whole and again.fields.get("truncated") is not True
        whole = ", whole: the version's first capture was stored cut" * completes
        at = f" at {again.url}" * (spelled and again.url != capture.url)
        lines.append(f"  same article again {again.fetched_at}{at} ({again.warc_file}){whole}")
    return [*lines, ""]


def _field_text(change: FieldChange) -> list[str]:
    label = f"  {change.name:<9} "
    if change.words:
        return [label + inline_words(change.words)]
    return [label + f"{_plain(change.before)}  ->  {_plain(change.after)}"]


def _body_text(diff: ArticleDiff) -> list[str]:
    lines = []
    for p in diff.paragraphs:
        mark = {"added": "+", "removed": "-", "changed": "~"}[p.kind]
        shown = inline_words(p.words) if p.words else (p.after or p.before or "")
        wrapped = textwrap.wrap(shown, 96) or [""]
        lines.append(f"  body {mark} [{p.index + 1}] {wrapped[0]}")
        lines += [f"           {line}" for line in wrapped[1:]]
    return lines


def inline_words(words: Words) -> str:
    """git's --word-diff style: [-removed-]{+added+}."""
    marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
    return " ".join(marks[op].format(text) for op, text in words)


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "(none)"
    return "(none)" if value in (None, "") else str(value)


# --- HTML --------------------------------------------------------------------------------

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 78em; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 2em; } a { color: #0645ad; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1.5em; table-layout: fixed; }
th, td { border: 1px solid #ccc; padding: .35em .6em; vertical-align: top; text-align: left; }
th.field { width: 7em; } .versions td, .versions th { font-size: .9em; }
del { background: #fdd; color: #900; } ins { background: #dfd; color: #060; text-decoration: none; }
tr.same td { color: #777; } td.empty { background: #f6f6f6; }
tr.changed td, tr.added td, tr.removed td { background: #fffbe6; }
"""


def as_html(articles: Sequence[tuple[str, Sequence[Version]]], replay: str) -> str:
    """One page for every article given: its versions, then each change side by side."""
    title = "Versions of " + (articles[0][0] if len(articles) == 1 else f"{len(articles)} articles")
    parts = [
        f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>{escape(title)}"
        f"</title><style>{STYLE}</style></head><body><h1>{escape(title)}</h1>"
    ]
    for url, versions in articles:
        parts.append(_article_html(url, versions, replay))
    parts.append("</body></html>\n")
    return "".join(parts)


def _article_html(url: str, versions: Sequence[Version], replay: str) -> str:
    spelled = _spellings(versions) > 1  # each version's URL said (an article moved to https)
    rows = "".join(
        f"<tr><td>{v.number}</td><td>{_link(replay, v.capture, v.capture.fetched_at)}"
        f"{f'<br>{escape(v.capture.url)}' if spelled else ''}</td>"
        f"<td>{escape(str(v.capture.warc_file))} {escape(_at(v.capture.warc_offset))}</td>"
        f"<td>{escape(v.diff.summary() if v.diff else 'first capture')}</td>"
        f"<td>{len(v.seen_again)}</td></tr>"
        for v in versions
    )
    out = [
        f"<section class='article'><h2><a href='{escape(url)}'>{escape(url)}</a></h2>"
        "<table class='versions'><tr><th>version</th><th>captured (replay)</th>"
        "<th>WARC record</th><th>change</th><th>seen again</th></tr>"
        f"{rows}</table>"
    ]
    for before, after in itertools.pairwise(versions):
        out.append(_side_by_side(before, after, replay))
    out.append("</section>")
    return "".join(out)


def _side_by_side(before: Version, after: Version, replay: str) -> str:
    assert after.diff is not None
    changed = {c.name: c for c in after.diff.fields}
    head = (
        f"<h3>Version {before.number} → version {after.number}: "
        f"{escape(after.diff.summary())}</h3><table class='diff'><tr><th class='field'></th>"
        f"<th>version {before.number}, {_link(replay, before.capture, before.capture.fetched_at)}"
        f"</th><th>version {after.number}, "
        f"{_link(replay, after.capture, after.capture.fetched_at)}</th></tr>"
    )
    rows = [
        _field_row(name, before.fields, after.fields, changed.get(name)) for name in SHOWN_FIELDS
    ]
    old = paragraphs_of(before.fields.get("body"))
    new = paragraphs_of(after.fields.get("body"))
    for row in aligned(old, new):
        left, right = _paragraph_cells(row.kind, row.before, row.after, row.words)
        label = f"¶ {row.index + 1}" + ("" if row.kind == "same" else f" {row.kind}")
        rows.append(f"<tr class='{row.kind}'><th class='field'>{label}</th>{left}{right}</tr>")
    return head + "".join(rows) + "</table>"


def _field_row(name: str, before: Any, after: Any, change: FieldChange | None) -> str:
    if change is None:
        value = escape(_plain(after.get(name)))
        return (
            f"<tr class='same'><th class='field'>{name}</th><td>{value}</td><td>{value}</td></tr>"
        )
    if change.words:
        left, right = _word_cells(change.words)
    else:
        left = f"<td><del>{escape(_plain(change.before))}</del></td>"
        right = f"<td><ins>{escape(_plain(change.after))}</ins></td>"
    return f"<tr class='changed'><th class='field'>{name}</th>{left}{right}</tr>"


def _paragraph_cells(
    kind: str, before: str | None, after: str | None, words: Words
) -> tuple[str, str]:
    if kind == "same":
        return f"<td>{escape(before or '')}</td>", f"<td>{escape(after or '')}</td>"
    if kind == "added":
        return "<td class='empty'></td>", f"<td><ins>{escape(after or '')}</ins></td>"
    if kind == "removed":
        return f"<td><del>{escape(before or '')}</del></td>", "<td class='empty'></td>"
    return _word_cells(words)


def _word_cells(words: Words) -> tuple[str, str]:
    """The old text with its removed words struck, the new with its added words marked."""
    left = " ".join(
        escape(t) if op == "=" else f"<del>{escape(t)}</del>" for op, t in words if op != "+"
    )
    right = " ".join(
        escape(t) if op == "=" else f"<ins>{escape(t)}</ins>" for op, t in words if op != "-"
    )
    return f"<td>{left}</td>", f"<td>{right}</td>"


def _link(replay: str, capture: Capture, text: str) -> str:
    return f"<a class='replay' href='{escape(replay_url(replay, capture))}'>{escape(text)}</a>"
