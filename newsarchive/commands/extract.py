"""`python -m newsarchive extract`: article items from WARC files or saved HTML pages.

The same code path as the crawl's pipeline (newsarchive.articles), so items
re-extracted from an archive match the ones the live crawl exported.

    python -m newsarchive extract warc/*.warc.gz -o items.jsonl
    python -m newsarchive extract --input pages.jsonl -o out.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import logging
import os
import sys
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from newsarchive import exitcodes
from newsarchive.commands.args import output_file, text_list, whole_number
from newsarchive.commands.extract_jobs import (
    EMPTY_ARTICLE,
    Choice,
    Entry,
    Outcome,
    TasksLost,
    Written,
    emit_logged,
    extract_archives,
    extract_logged,
    report_failed,
    worker_init,
    write_outcomes,
)
from newsarchive.commands.recompressed import copies_in_place
from newsarchive.extract.limits import MAX_HTML
from newsarchive.items import ArticlePage
from newsarchive.outputs import cannot_write, same_file, whole_text_file
from newsarchive.package.unpacked import Unpacked, UnpackError, unpacked
from newsarchive.sites import UnknownSiteError, get_site
from newsarchive.warc.archives import ARCHIVE_NAME, Skips, archive_files
from newsarchive.warc.files import not_there
from newsarchive.warc.reader import iter_html_pages
from newsarchive.warc.spoolfiles import remove_stale

logger = logging.getLogger(__name__)

# The batch finished, but some archive files or records could not be read
# (each is named in a warning; the summary line counts them).
EXIT_SKIPPED = 3

STDIN = "-"  # --input: the list of pages on standard input


# the log lines `python -m newsarchive` sets up for this command (cli.main)
LOG_LEVEL = logging.WARNING


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "warcs", nargs="*", type=Path, help="WARC or ARC files (plain or gzipped), or folders"
    )
    parser.add_argument(
        "--input",
        type=page_list,
        help='JSON Lines of {"id", "url", "path"} (.html or .html.gz files; -: read from '
        "standard input, paths from the working folder); a WARC or ARC file or a folder "
        "given here is read as if named without --input",
    )
    parser.add_argument(
        "-o", "--output", type=output_file, help="JSON Lines output (default: stdout)"
    )
    parser.add_argument(
        "--all-pages",
        action="store_true",
        help="from WARCs, extract every HTML page, not only the URLs a site profile calls articles",
    )
    parser.add_argument(
        "--site",
        help="site profile to read the pages with (default: found from each URL's host)",
    )
    parser.add_argument(
        "-j", "--jobs", type=whole_number(1), default=1, help="worker processes (default 1)"
    )
    parser.add_argument(
        "--max-html",
        type=whole_number(0),
        default=MAX_HTML,
        metavar="N",
        help=f"characters of a page's HTML read, as the crawl's EXTRACT_MAX_HTML (default "
        f"{MAX_HTML:,}; 0: no limit); a longer page is read up to there, its item truncated",
    )
    parser.add_argument(
        "--shard-size",
        type=whole_number(4096),
        help="with -j: bytes of a WARC one worker reads at a time (default: the input "
        "over 16 per worker, 64 KiB to 16 MiB, shorter at the input's end)",
    )


def page_list(raw: str) -> Path:
    """--input: a JSON Lines list of pages (`-`: standard input), or archives (a WARC or ARC
    file, a folder)."""
    if raw == STDIN:
        return Path(STDIN)
    path = Path(raw)
    if path.is_dir() or (ARCHIVE_NAME.search(path.name) and path.exists()):
        return path  # read as archives (run)
    return text_list(raw)


def run(args: argparse.Namespace) -> int:
    given = args.input
    if given is not None and (given.is_dir() or ARCHIVE_NAME.search(given.name)):
        args.warcs, args.input = [*args.warcs, given], None
    else:
        given = None
    try:  # a WACZ's WARCs read from copies, for as long as the run lasts
        with unpacked(args.warcs) as packages:
            return _run(args, packages, given)
    except UnpackError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return exc.status


def _run(args: argparse.Namespace, packages: Unpacked, given: Path | None) -> int:
    if bool(args.warcs) == bool(args.input):
        print("extract: give WARC files or --input pages.jsonl (one of them)", file=sys.stderr)
        return 2
    listed = [args.input] if args.input and str(args.input) != STDIN else []
    missing = [p for p in [*args.warcs, *listed] if not_there(p)]
    if missing:
        print(f"extract: no such file: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    try:
        site = get_site(args.site) if args.site else None
    except UnknownSiteError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return 2
    try:
        archives = archive_files(packages.inputs)
    except ValueError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return 2
    archives = copies_in_place("extract", archives, "read", packages.aliases)
    # a folder that holds no archive: nothing to do (2); one that cannot be listed is named (3)
    if args.warcs and not archives and not packages.left_out:
        named = ", ".join(map(str, args.warcs))
        print(
            f"extract: no WARC or ARC files in {named} (names with .warc or .arc in them, "
            "subfolders searched); give archive files or folders holding them, or --input "
            "with a JSON Lines list of pages",
            file=sys.stderr,
        )
        return 2
    if given is not None:
        print(
            f"extract: reading {given} as archives (--input takes a JSON Lines list of pages; "
            "WARC and ARC files and folders are named without it)",
            file=sys.stderr,
        )
    inputs = [*archives, *packages.packages, args.input]
    if args.output and any(same_file(args.output, p) for p in inputs):
        print(f"extract: -o {args.output} is one of the inputs", file=sys.stderr)
        return 2
    unwritable = cannot_write(args.output) if args.output else None
    if unwritable:
        print(f"extract: -o: {unwritable}", file=sys.stderr)
        return 2
    choice = Choice(args.all_pages, site.name if site else None, args.max_html or None)
    if archives:
        remove_stale()  # what a killed run held for joining segments
    skips = Skips(aliases=dict(packages.aliases))
    packages.name_left_out(skips)
    kept = ""  # why the -o file was not written, said on the last line
    there = args.output is not None and args.output.is_file()
    try:
        with _output(args.output) as out:
            written = _extract(args, archives, choice, skips, out)
            if args.output is not None and _nothing_read(written, skips):
                raise NothingRead
    except OutputListed as exc:  # the partial output removed: the page stays as it was
        print(f"extract: -o {args.output} is a page the list names ({exc})", file=sys.stderr)
        return exitcodes.BAD_INPUT
    except NothingRead:  # the partial output removed: an earlier one stays as it was
        kept = (
            f"; {args.output} is kept as it was (not replaced by an empty file)"
            if there
            else f"; {args.output} is not written (it would be empty)"
        )
    finally:  # what workers (-j) tallied and no file's end said yet; on Ctrl-C too
        skips.say_tallied()
        skips.say_outside()
    report_failed(written.failed)
    left_out = [skips.summary()] if skips.count else []
    if written.empty:  # named each above, as `EMPTY_ARTICLE`
        left_out.append(f"{written.empty} empty page{'s' * (written.empty != 1)} (HTTP 200)")
    said = f"extract: {written.items} item{'s' * (written.items != 1)}" + (
        f"; skipped: {', '.join(left_out)}" if left_out else ""
    )
    said += kept
    if skips.unread:  # the disk failed a read (EIO): the run's error, as `recompress` says it
        unread = len(skips.unread)
        print(
            f"{said}; {unread} file{'s' * (unread != 1)} not read (read errors above)",
            file=sys.stderr,
        )
        return exitcodes.FAILED
    if left_out:
        print(said, file=sys.stderr)
        return EXIT_SKIPPED
    print(f"extract: {written.items} item{'s' * (written.items != 1)}", file=sys.stderr)
    return 0


@contextmanager
def _output(path: Path | None) -> Iterator[IO[str]]:
    """stdout, or `path` written whole or not at all (`newsarchive.outputs`)."""
    if path is None:
        yield sys.stdout
        return
    with whole_text_file(path) as out:
        yield out


def _extract(
    args: argparse.Namespace, archives: list[Path], choice: Choice, skips: Skips, out: IO[str]
) -> Written:
    """Items written, pages failed, empty articles."""
    if args.input:
        entries = _list_entries(args.input, skips)  # read on to count them if a worker dies
        listed = _pages_of(entries, args.input, skips, args.output)
        if choice.site:
            listed = ((page_id, replace(page, site=choice.site)) for page_id, page in listed)
        return _write(out, listed, args.jobs, choice, entries)
    if args.jobs > 1:  # each worker reads its own part of the archives
        return extract_archives(out, archives, choice, skips, args.jobs, args.shard_size)
    return write_outcomes(out, map(choice.extract, choice.jobs(iter_html_pages(archives, skips))))


def _list_entries(listing: Path, skips: Skips) -> Iterator[tuple[int, dict[str, Any]]]:
    """The entries of a list of pages (line number, entry), its page files not read; a line
    that is no entry is named and counted (exit 3). `-`: the list read from standard input
    as it comes."""
    if str(listing) == STDIN:
        listing = Path("<stdin>")
        raw = getattr(sys.stdin, "buffer", None)  # bytes that are no UTF-8: no traceback
        lines: Iterable[str | bytes] = (
            io.TextIOWrapper(raw, encoding="utf-8", errors="replace") if raw else sys.stdin
        )
    else:
        lines = _lines_of(listing)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:  # a line that is no UTF-8 (past what the argument check read): named, as others
            entry = json.loads(line.decode("utf-8") if isinstance(line, bytes) else line)
            if not isinstance(entry, dict):
                raise TypeError(f"a JSON {type(entry).__name__}, not an object")
            missing = [key for key in ("url", "path") if key not in entry]
            if missing:
                raise KeyError(f"no {' or '.join(missing)} in it (give id, url, path)")
            _check_url(entry["url"])
        except UnicodeDecodeError as exc:
            skips.record(listing, f"{listing}:{number}", f"not UTF-8 text (byte {exc.start})")
            continue
        except (ValueError, KeyError, TypeError) as exc:
            skips.record(listing, f"{listing}:{number}", _why(exc))
            continue
        yield number, entry


def _check_url(url: object) -> None:
    """An entry's `url` is the page's address: the site profile, relative links and the
    language by domain are read from it. One that is none (`null`, a name, a path, a host
    without `https://`) gave an item named by it, exit 0, without a word."""
    try:
        parts = urlsplit(url) if isinstance(url, str) else None
    except ValueError:  # `http://[::1`: no address either
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise TypeError(
            f"url {json.dumps(url, ensure_ascii=False)} is no http(s) URL (give the page's "
            "address, https://...)"
        )


class NothingRead(Exception):
    """No item, and files that could not be read: they may hold every item. An `-o` file
    there is kept (a cron job's `extract warc -o items.jsonl` after `chmod -R 644 warc`
    replaced the items with an empty file, exit 3), and none is made empty. (Files read
    whose records were all skipped give their empty file, as ever.)"""


def _nothing_read(written: Written, skips: Skips) -> bool:
    return not any(written) and bool(skips.files or skips.unread)


class OutputListed(Exception):
    """A page the list names is the `-o` file: the items, put in its place at the end, would
    have replaced the page (exit 0, the page lost)."""


def _pages_of(
    entries: Iterable[tuple[int, dict[str, Any]]],
    listing: Path,
    skips: Skips,
    output: Path | None = None,
) -> Iterator[tuple[str | None, ArticlePage]]:
    """The pages the list's entries name, each read (and gunzipped) as it is taken; one
    that cannot be read is named and counted (exit 3). `-`: paths from the working folder.
    One that is the `output` file stops the run (`OutputListed`): only an output that is
    there already can be one, so a new output costs no check."""
    base, named = (
        (Path.cwd(), Path("<stdin>")) if str(listing) == STDIN else (listing.parent, listing)
    )
    there = output is not None and output.exists()
    for number, entry in entries:
        try:
            path = base / entry["path"]
            if there and output is not None and same_file(output, path):
                raise OutputListed(f"{named}:{number}")
            raw = path.read_bytes()
            body = gzip.decompress(raw) if path.suffix == ".gz" else raw
            page = ArticlePage(url=str(entry["url"]), body=body, encoding="")
        except (ValueError, TypeError, OSError, EOFError, zlib.error) as exc:
            skips.record(named, f"{named}:{number}", _why(exc))
            continue
        yield entry.get("id"), page


def _lines_of(listing: Path) -> Iterator[bytes]:
    """The list's lines as they are read: parted at line feeds only, as JSON Lines are (an
    entry's U+2028 or form feed is no line break; `splitlines` made two bad entries of it),
    and never the whole list in memory (a 1,000,000-line list held 245 MB). Bytes: each is
    decoded alone, so a line that is no UTF-8 is one bad entry (it raised out of the run)."""
    with listing.open("rb") as raw:
        yield from raw


def _why(exc: BaseException) -> str:
    """One line a user reads: the file an OSError is about, a KeyError's words unquoted.

    repr() gave `FileNotFoundError(2, 'No such file or directory')` without the file,
    and `KeyError('path')` for a line without "path"."""
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.strerror or type(exc).__name__}: {exc.filename}"
    if isinstance(exc, KeyError) and exc.args:
        return str(exc.args[0])
    if isinstance(exc, TypeError):
        return str(exc)
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON ({exc.msg}, column {exc.colno})"
    return f"{type(exc).__name__}: {exc}"


def _write(
    out: IO[str],
    jobs: Iterable[tuple[str | None, ArticlePage]],
    workers: int,
    choice: Choice,
    entries: Iterator[object],
) -> Written:
    if workers <= 1:
        return write_outcomes(out, map(choice.extract, jobs))
    initializer, initargs = worker_init(os.getpid())
    counts = _Counts()
    try:
        with ProcessPoolExecutor(workers, initializer=initializer, initargs=initargs) as pool:
            return write_outcomes(out, _bounded_map(pool, jobs, workers * 8, choice, counts))
    except BrokenExecutor as exc:  # counted as `extract_archives` counts its shards
        # the list's pages never handed out are lost too (they were left uncounted): its
        # entries read on to count them, their pages not read (each was read and gunzipped,
        # the whole list's rest), each line that is no entry named and counted as before
        unsent = sum(1 for _ in entries)
        raise PagesLost(counts, counts.sent - counts.done + unsent) from exc


class _Counts:
    """Pages handed to the workers, those whose outcome came back, and of them those whose
    extraction failed."""

    sent = 0
    done = 0
    failed = 0


class PagesLost(TasksLost):
    """`--input LIST -j N` ended by a dead worker: the list's pages, each counted once as
    read (an item, or an empty page named), failed, or lost (handed out and never back, or
    never handed out)."""

    def __init__(self, counts: _Counts, lost: int) -> None:
        read, total = counts.done - counts.failed, counts.done + lost
        super().__init__(lost, total)
        self.lost = (
            f"; {lost} of the list's {total} page{'s' * (total != 1)} lost ({read} read, "
            f"{counts.failed} failed), with the lines their workers logged"
        )


def _bounded_map(
    pool: ProcessPoolExecutor,
    jobs: Iterable[tuple[str | None, ArticlePage]],
    window: int,
    choice: Choice,
    counts: _Counts,
) -> Iterator[Outcome]:
    """`pool.map` in order, with at most `window` pages in flight; what a page's worker
    logged goes through this process's logging before its outcome."""
    pending: deque[Future[list[Entry]]] = deque()
    for job in jobs:
        counts.sent += 1  # taken from the list: a submit that fails loses it
        pending.append(pool.submit(extract_logged, choice, job))  # as with one process
        if len(pending) >= window:
            yield _logged_outcome(pending.popleft().result(), counts)
    while pending:
        yield _logged_outcome(pending.popleft().result(), counts)


def _logged_outcome(entries: list[Entry], counts: _Counts) -> Outcome:
    counts.done += 1
    for entry in entries[:-1]:
        emit_logged(entry)
    outcome: Outcome = entries[-1][1]
    counts.failed += outcome[1] is None and outcome[2] != EMPTY_ARTICLE
    return outcome
