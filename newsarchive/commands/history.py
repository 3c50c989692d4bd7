"""`python -m newsarchive history`: every archived version of an article, and what changed.

    python -m newsarchive history https://example.org/politics/some-story-123
    python -m newsarchive history --site demo --since 2026-12-01 --format json
    python -m newsarchive history URL --html versions.html

Versions are read from the items the crawl exported and from the WARC files
(pages no item describes are extracted again), so a copied archive, or WARC
files alone, give the same history.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsarchive import exitcodes
from newsarchive.changes.archive import (
    Found,
    at_or_after,
    changed_articles,
    gather,
    item_files,
)
from newsarchive.changes.render import as_html, as_json, as_text
from newsarchive.changes.versions import Capture, Version, versions_of
from newsarchive.commands.args import http_url, items_input, output_file
from newsarchive.commands.recompressed import copies_in_place
from newsarchive.outputs import cannot_write, same_file
from newsarchive.package.unpacked import Unpacked, UnpackError, unpacked
from newsarchive.sites import UnknownSiteError, get_site
from newsarchive.urlkeys import article_identity, identity_prefilter
from newsarchive.warc.archives import archive_files
from newsarchive.warc.files import is_folder, not_there
from newsarchive.warc.spoolfiles import remove_stale

DEFAULT_REPLAY = "http://127.0.0.1:8080/newsarchive"


# the log lines `python -m newsarchive` sets up for this command (cli.main)
LOG_LEVEL = logging.WARNING


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", nargs="?", help="the article's URL (or give --site)")
    parser.add_argument("--site", help="every article of this site that changed")
    parser.add_argument(
        "--since", help="with --site: changed on or after this day (YYYY-MM-DD) or time"
    )
    parser.add_argument(
        "--warc",
        type=Path,
        action="append",
        help="WARC file or folder (repeatable; default: warc)",
    )
    parser.add_argument(
        "--items",
        type=items_input,  # as `index --items`: a file it cannot read is one line, exit 2
        action="append",
        help="items file or folder (repeatable; default: items/ beside the WARC folder)",
    )
    parser.add_argument(
        "--state", type=Path, help="crawl state (default: state/<site>.sqlite beside the WARCs)"
    )
    parser.add_argument(
        "--reextract",
        action="store_true",
        help="ignore the items: extract every version again from the WARC records",
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output (default: text)"
    )
    parser.add_argument(
        "--html", type=output_file, help="also write a page of the versions side by side"
    )
    parser.add_argument(
        "--replay",
        type=http_url,
        default=DEFAULT_REPLAY,
        help=f"replay collection URL the links point into (default: {DEFAULT_REPLAY}; "
        "`python -m newsarchive replay warc --port 8080` serves it)",
    )


def run(args: argparse.Namespace) -> int:
    try:  # a WACZ's WARCs read from copies, for as long as the run lasts
        with unpacked(args.warc or [Path("warc")]) as packages:
            return _run(args, packages)
    except UsageError as exc:
        print(f"history: {exc}", file=sys.stderr)
        return 2
    except UnpackError as exc:
        print(f"history: {exc}", file=sys.stderr)
        return exc.status


class UsageError(Exception):
    pass


def _run(args: argparse.Namespace, packages: Unpacked) -> int:
    if bool(args.url) == bool(args.site):
        raise UsageError("give an article URL or --site SITE (one of them)")
    if args.url and not _is_http_url(args.url):  # was "no capture of URL", exit 1
        raise UsageError(_not_a_url(args.url))
    if args.since and not args.site:
        raise UsageError("--since goes with --site")
    if args.state and not args.site:  # was read by nothing, without a word
        raise UsageError("--state goes with --site (one URL's versions come from the WARCs)")
    unwritable = cannot_write(args.html) if args.html else None
    if unwritable:  # found before the archive is read, not after
        raise UsageError(f"--html: {unwritable}")
    since = _since(args.since) if args.since else None
    if args.site:
        try:
            get_site(args.site)
        except UnknownSiteError as exc:
            raise UsageError(str(exc)) from exc
    warc_paths = args.warc or [Path("warc")]
    missing = [p for p in [*warc_paths, *(args.items or [])] if not_there(p)]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(map(str, missing))}")
    try:  # the files `extract` and `index` read (ARC too, subfolders too): one choice of files
        warcs = archive_files(packages.inputs)
    except ValueError as exc:  # a file named that is no archive
        raise UsageError(str(exc)) from exc
    warcs = copies_in_place("history", warcs, "read", packages.aliases)
    items = [] if args.reextract else item_files(args.items or _default_items(warc_paths))
    if not warcs and not items and not packages.left_out:
        raise UsageError(f"no WARC files or items in {', '.join(map(str, warc_paths))}")
    state = (args.state or _default_state(warc_paths, args.site)) if args.site else None
    if args.html and any(
        same_file(args.html, read) for read in [*warcs, *packages.packages, *items, state]
    ):  # the page was written over the WARC (or items, or state) it was made of: exit 0
        raise UsageError(f"--html {args.html} is one of the files read")
    if warcs:
        remove_stale()  # what a killed run held for joining segments
    found = gather(items, warcs, _wanted(args, warc_paths, since), args.site, packages.aliases)
    packages.name_left_out(found.skips)
    articles = _articles(found, args.url, since)
    _note_losses(found)
    if args.url and not articles:
        print(f"history: {_none_of(args.url, found)}", file=sys.stderr)
        skipped = found.skips.count or found.empty or found.failed or found.bad_lines
        return exitcodes.PARTIAL if skipped else 1
    _print(articles, args)
    if args.html:
        args.html.write_text(as_html(articles, args.replay), encoding="utf-8")
        print(f"history: wrote {args.html}", file=sys.stderr)
    skipped = found.bad_lines or found.skips.count or found.empty or found.failed  # said, and 3
    return exitcodes.PARTIAL if skipped else exitcodes.OK


def _is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:  # `http://[::1`
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _not_a_url(url: str) -> str:
    """A URL typed without its scheme (`example.org/news/1`, as browsers show it) was "no
    capture of" it, exit 1, though the archive held it: the line says what to give."""
    said = f"{url!r} is no http(s) URL; give the article's address as it was captured"
    if "://" not in url and "." in url.partition("/")[0] and _is_http_url(f"http://{url}"):
        said += f" (http://{url} finds it under http:// and https://)"
    return said


def _none_of(url: str, found: Found) -> str:
    """Why `url` has no version: never captured, or captured in what could not be read
    (it said "no capture" of a URL whose record it had just named skipped)."""
    where = found.skips.urls.get(url)
    if where is not None:
        return (
            f"{url} was captured ({found.skips.shown(where)}), but no capture of it could "
            "be read (named above): no version to show"
        )
    if found.skips.unknown_urls or found.empty or found.failed:
        return (
            f"no readable capture of {url} in the archive; what could not be read (named "
            "above) may hold one"
        )
    return f"no capture of {url} in the archive"


def _wanted(args: argparse.Namespace, warc_paths: list[Path], since: datetime | None) -> Any:
    if args.url:  # its every spelling: http or https, a trailing slash (`article_identity`)
        asked, may_match = article_identity(args.url), identity_prefilter(args.url)
        return lambda url, site: may_match(url) and article_identity(url) == asked
    profile = get_site(args.site)
    state = args.state or _default_state(warc_paths, args.site)
    if args.state and not args.state.exists():
        raise UsageError(f"no such crawl state: {args.state}")
    if state is not None and state.exists():
        try:  # SQLite says "unable to open database file" or "disk I/O error": "not a crawl state"
            state.open("rb").close()
        except OSError as exc:  # no permission, a folder: the file is not read at all
            raise UsageError(f"{state}: the crawl state cannot be read ({exc.strerror})") from exc
    try:
        candidates = (
            changed_articles(state, since) if state is not None and state.exists() else None
        )
    except sqlite3.DatabaseError as exc:  # not SQLite, or another program's database
        raise UsageError(f"{state}: not a crawl state ({exc})") from exc
    if candidates is not None:
        return lambda url, site: article_identity(url) in candidates
    return lambda url, site: site in (None, profile.name) and profile.is_article_url(url)


def _articles(
    found: Found, url: str | None, since: datetime | None
) -> list[tuple[str, list[Version]]]:
    """Each article's versions, its captures under every spelling of its URL taken together
    (`article_identity`: http and https, a trailing slash): a site moved to https has its
    first version under `http://`, the next under `https://`, and each URL alone showed one
    version and no change, though the crawl counted one. Named by the URL asked, else by
    its latest capture's."""
    grouped: dict[str, list[Capture]] = {}
    for captures in found.captures.values():
        for capture in captures:
            grouped.setdefault(article_identity(capture.url), []).append(capture)
    chosen = []
    for captures in grouped.values():
        versions = versions_of(captures)
        if url is None and not _changed_since(versions, since):
            continue
        latest = versions[-1].seen_again[-1] if versions[-1].seen_again else versions[-1].capture
        chosen.append((url or latest.url, versions))
    return sorted(chosen, key=lambda article: article[0])


def _changed_since(versions: list[Version], since: datetime | None) -> bool:
    return any(v.number > 1 and at_or_after(v.capture.fetched_at, since) for v in versions)


def _print(articles: list[tuple[str, list[Version]]], args: argparse.Namespace) -> None:
    if args.format == "json":
        data = {"articles": [as_json(url, versions, args.replay) for url, versions in articles]}
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    # one blank line between articles, none after the last (each article's text ends with
    # one: the output ended with a blank line, and `0 changed articles` with two)
    shown = [as_text(url, versions, args.replay).rstrip("\n") for url, versions in articles]
    if args.site:
        count = len(articles)
        print(f"{count} changed article{'s' * (count != 1)}" + "\n" * bool(shown))
    if shown:
        print("\n\n".join(shown))


def _note_losses(found: Found) -> None:
    if found.bad_lines:
        print(f"history: {found.bad_lines} unreadable item lines skipped", file=sys.stderr)
    if found.shared_ids:  # each named above; re-extracted, nothing lost
        print(f"history: {found.shared_ids} records share the WARC-Record-ID of another URL's "
              "capture (re-extracted, named above)", file=sys.stderr)  # fmt: skip
    left_out = [found.skips.summary()] if found.skips.count else []
    if found.empty:
        left_out.append(f"{found.empty} empty page{'s' * (found.empty != 1)} (HTTP 200)")
    if found.failed:
        left_out.append(f"{found.failed} page{'s' * (found.failed != 1)} whose extraction failed")
    if left_out:
        print(f"history: skipped: {', '.join(left_out)} (named above)", file=sys.stderr)


def _default_items(warc_paths: list[Path]) -> list[Path]:
    first = warc_paths[0]
    folder = first if is_folder(first) else first.parent
    items = folder.parent / "items"
    return [items] if items.is_dir() else []


def _default_state(warc_paths: list[Path], site: str) -> Path | None:
    first = warc_paths[0]
    folder = first if is_folder(first) else first.parent
    return folder.parent / "state" / f"{site}.sqlite"


def _since(text: str) -> datetime:
    """A day or an ISO time (UTC unless it says otherwise)."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise UsageError(f"--since: not a date (YYYY-MM-DD): {text}") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
