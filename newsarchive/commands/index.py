"""`python -m newsarchive index`: a CDXJ index and, optionally, a WACZ package of an archive.

    python -m newsarchive index warc/demo --items items/ --wacz warc/demo/demo.wacz

The CDXJ (`index.cdxj` in the WARC folder unless `--cdxj` says otherwise) lets
pywb or any CDX server find records; the WACZ bundles WARCs, index and the
article list (URL, capture time, title from the items) for replayweb.page.
WARC and ARC files of any writer are taken; a file or record that cannot be
read is named, counted and left out, and the rest is indexed.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from newsarchive import exitcodes
from newsarchive.commands.args import items_input, output_file
from newsarchive.commands.recompressed import copies_in_place
from newsarchive.outputs import cannot_write, replaceable, same_file
from newsarchive.package.arcs import convert_arc, is_arc
from newsarchive.package.captures import CaptureIndex, read_captures, warc_files
from newsarchive.package.cdxj import JOINED_NAME, NothingIndexed, write_cdxj
from newsarchive.package.members import copy_whole_members, gzip_reads_whole
from newsarchive.package.originals import ORIGINALS_NAME, beside, copy_originals
from newsarchive.package.pages import captured_pages, item_files, page_entries, read_items
from newsarchive.package.replayable import write_decoded_copies
from newsarchive.package.unpacked import Unpacked, UnpackError, unpacked
from newsarchive.package.wacz import PackageError, remove_killed_scratch, write_wacz
from newsarchive.warc.archives import Skips
from newsarchive.warc.files import is_folder, not_there
from newsarchive.warc.spoolfiles import scratch_folder

logger = logging.getLogger(__name__)

# the package's scratch folder (copies of WARCs, the CDXJ), named after the run: one a
# killed `index` left is removed by a later run, with py-wacz's
SCRATCH_PREFIX = "newsarchive-package-"

# The index (and package) were written, but some files or records were left out.
EXIT_SKIPPED = 3


# the log lines `python -m newsarchive` sets up for this command (cli.main)
LOG_LEVEL = logging.INFO


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        default=[Path("warc")],
        help="WARC or ARC files (plain or gzipped), or folders (default: warc)",
    )
    parser.add_argument(
        "--cdxj", type=output_file, help="CDXJ output (default: <folder>/index.cdxj)"
    )
    parser.add_argument(
        "--format",
        choices=("cdxj", "cdx"),
        default="cdxj",
        help="cdxj (pywb, WACZ) or cdx: the classic 11-field CDX (CDX N b a m s k r M S V g) "
        "that OpenWayback and older tools read (default: cdxj; written to <folder>/index.cdx)",
    )
    parser.add_argument("--wacz", type=output_file, help="also write this WACZ package")
    parser.add_argument(
        "--items",
        type=items_input,
        action="append",
        default=[],
        help="items JSON Lines file or folder (repeatable): titles for the pages list",
    )
    parser.add_argument(
        "--title", default="newsarchive", help="title of the WACZ (default: newsarchive)"
    )
    revisits = parser.add_mutually_exclusive_group()
    revisits.add_argument(
        "--with-originals",
        action="store_true",
        help="copy into the WACZ the records its revisits name from the other WARCs in the "
        "same folders (an incremental crawl's earlier runs), so it replays alone",
    )
    revisits.add_argument(
        "--revisits-elsewhere",
        action="store_true",
        help="accept revisits whose originals are in earlier packages: indexed, counted, "
        "recorded in datapackage.json, not listed as pages",
    )


def run(args: argparse.Namespace) -> int:
    refused = _refused(args)
    if refused:  # its one line alone: before any package is looked at (and said, INFO)
        print(f"index: {refused}", file=sys.stderr)
        return 2
    try:  # a WACZ's WARCs read from copies, for as long as the run lasts
        with unpacked(args.inputs, [args.wacz] if args.wacz else []) as packages:
            return _run(args, packages)
    except UnpackError as exc:
        print(f"index: {exc}", file=sys.stderr)
        return exc.status


def _refused(args: argparse.Namespace) -> str | None:
    """A wrong argument, said before anything is read."""
    for given, name in ((args.with_originals, "--with-originals"),
                        (args.revisits_elsewhere, "--revisits-elsewhere")):  # fmt: skip
        if given and not args.wacz:
            return f"{name} is about a WACZ package: give --wacz FILE too"
    missing = [p for p in [*args.inputs, *args.items] if not_there(p)]
    if missing:
        return f"no such file or folder: {', '.join(map(str, missing))}"
    return None


def _run(args: argparse.Namespace, packages: Unpacked) -> int:
    packages.leave_out_shared()
    shared = _shared_member(packages)
    if shared:
        print(f"index: {shared}", file=sys.stderr)
        return 2
    try:
        warcs = warc_files(packages.inputs)
    except ValueError as exc:
        print(f"index: {exc}", file=sys.stderr)
        return 2
    warcs = copies_in_place("index", warcs, "indexed", packages.aliases)
    if not warcs and not packages.left_out:  # nothing to do, as extract says it (2; was 1)
        named = ", ".join(map(str, args.inputs))
        print(
            f"index: no closed WARC files in {named}; give WARC files or folders holding them",
            file=sys.stderr,
        )
        return 2
    cdx11 = args.format == "cdx"
    cdxj = args.cdxj or _default_folder(args.inputs) / ("index.cdx" if cdx11 else "index.cdxj")
    for output in (cdxj, args.wacz):
        if output is not None and any(same_file(output, w) for w in [*warcs, *packages.packages]):
            print(f"index: {output} is one of the archive files read", file=sys.stderr)
            return 2
    items_read = item_files(args.items) if args.items else []
    for output in (cdxj, args.wacz):  # the index or package was written over the items, exit 0
        if output is not None and any(same_file(output, items) for items in items_read):
            print(f"index: {output} is one of the items files read (--items)", file=sys.stderr)
            return 2
    if args.wacz and not replaceable(args.wacz):  # renamed into place: never onto a device
        print(f"index: --wacz {args.wacz} is not a regular file", file=sys.stderr)
        return 2
    for output in (cdxj, args.wacz):
        unwritable = cannot_write(output) if output is not None else None
        if unwritable:
            print(f"index: {unwritable}", file=sys.stderr)
            return 2
    remove_killed_scratch()  # what a killed `index` left
    remove_killed_scratch(SCRATCH_PREFIX, "package")
    skips = Skips(aliases=dict(packages.aliases))
    packages.name_left_out(skips)
    status = 0
    there = cdxj.is_file()
    try:
        names = packages.names_apart(warcs, cdxj.parent)
        lines = write_cdxj(warcs, cdxj, skips, keep_existing=True, names=names, cdx11=cdx11)
        files, unread = _files_read(warcs, skips)
        kind = "CDX" if cdx11 else "CDXJ"
        print(f"index: {lines} {kind} line{'s' * (lines != 1)} for {files} in {cdxj}{unread}")
        if not args.wacz:  # (`--wacz` names each as no page of the package, counted)
            skips.say_unserved()  # as `replay` does: served 503 from this index, no skip
    except NothingIndexed:  # each file empty or unreadable: the earlier index stays
        files = f"{len(warcs)} archive file{'s' * (len(warcs) != 1)}"  # none indexed: all
        kept = (
            f"{cdxj} is kept as it was (not replaced by an empty index)"
            if there
            else f"{cdxj} is not written (it would be an empty index)"
        )
        print(f"index: no {'CDX' if cdx11 else 'CDXJ'} line for {files}: {kept}", file=sys.stderr)
        status = EXIT_SKIPPED if skips.count else exitcodes.FAILED
    lines_skipped: list[str] = []  # items lines that are no item (`--items`)
    if args.wacz:
        status = _package(warcs, skips, args, lines_skipped) or status
    elif args.items:
        _check_items(read_captures(warcs, Skips(quiet=True)), args.items, lines_skipped)
    summary = skips.summary()
    if lines_skipped:
        count = len(lines_skipped)
        summary += ", " * bool(summary) + f"{count} items line{'s' * (count != 1)} skipped"
    if summary:
        hint = _revisits_hint(warcs, skips, args) if skips.revisits_outside else ""
        print(f"index: skipped: {summary} (named above){hint}", file=sys.stderr)
        return status or EXIT_SKIPPED
    return status


def _shared_member(packages: Unpacked) -> str | None:
    """Why packages given together cannot be indexed in one CDXJ: two hold a member of one
    name, the `filename` of both members' lines (the name under `archive/`, as a WACZ's own
    CDXJ gives it), which replay would read one package's offsets in the other's file by."""
    holders: dict[str, list[str]] = {}
    for copy, name in packages.names.items():
        holders.setdefault(name, []).append(packages.aliases[copy])
    for name, shown in holders.items():
        if len(shown) > 1:
            return (
                f"{' and '.join(shown)}: one name in the CDXJ (filename {name}), which could "
                "not tell their lines apart: index each package on its own"
            )
    return None


def _files_read(warcs: list[Path], skips: Skips) -> tuple[str, str]:
    """`2 archive files` read (some of them at least), and what follows the line when others
    were not read at all (a FIFO, a file of another format, a disk error): such a file was
    counted among those indexed."""
    wholly = {path for path in skips.files if path not in skips.partial} | skips.unread.keys()
    read = sum(1 for path in warcs if str(path) not in wholly)
    files = f"{read} archive file{'s' * (read != 1)}"
    left = len(warcs) - read
    return files, f" ({left} more file{'s' * (left != 1)} not read, named above)" if left else ""


def _revisits_hint(warcs: list[Path], skips: Skips, args: argparse.Namespace) -> str:
    """What to give for revisits of originals not given: the option that fits."""
    if args.wacz and not args.with_originals and beside(warcs):
        return (
            "; their originals may be in the WARCs beside them: --with-originals copies them "
            "into the WACZ, --revisits-elsewhere accepts them as in earlier packages"
        )
    if args.wacz and not args.with_originals:
        return (
            "; give the earlier runs' WARCs too, or --revisits-elsewhere if their originals "
            "are in earlier packages"
        )
    return "; give the earlier runs' WARCs too"


def _check_items(captures: CaptureIndex, inputs: list[Path], lines_skipped: list[str]) -> None:
    """`--items` without `--wacz`: no page list to title, so the items are checked against
    the archive (the check the crawl's repair lines advise): lines that are no item are
    named and counted, and an item whose record is not in these files is named."""
    items = item_files(inputs)
    total = exact = elsewhere = 0
    for item in read_items(items, lines_skipped):
        total += 1
        url, record_id = item["url"], item.get("warc_record_id")
        if record_id and (record_id, url) in captures.date_by_record:
            exact += 1
        elif url in captures.dates_by_url:
            elsewhere += 1
            logger.warning("item of %s: its record %s is not in these files", url, record_id)
        else:
            logger.warning("item of %s: no archived capture of it in these files", url)
    files = f"{len(items)} items file{'s' * (len(items) != 1)}"
    print(
        f"index: {total} item{'s' * (total != 1)} in {files} checked (no --wacz: no page list "
        f"written): {exact} point at their record in these files, {elsewhere} at none but "
        f"their URL has another capture, {total - exact - elsewhere} have no capture here"
    )


def _package(
    warcs: list[Path], skips: Skips, args: argparse.Namespace, lines_skipped: list[str]
) -> int:
    with scratch_folder(SCRATCH_PREFIX) as scratch:
        copied = _originals(warcs, Path(scratch)) if args.with_originals else 0
        originals = [Path(scratch) / ORIGINALS_NAME] if copied else []
        elsewhere: list[tuple[str, str, str]] | None = [] if args.revisits_elsewhere else None
        captures = read_captures(warcs, skips, originals, elsewhere)
        extra: dict[str, object] = {}
        if originals:
            extra["newsarchive:revisitOriginalsCopied"] = copied
        if elsewhere is not None:
            extra["newsarchive:revisitsInEarlierPackages"] = {
                "count": len(elsewhere),
                "revisits": [{"url": url, "ts": date} for _, url, date in elsewhere],
            }
            _say_elsewhere(elsewhere, skips)
        # a package holds each file with anything readable at an offset, bytes unchanged; its
        # index (py-wacz's, made tolerant as ours) leaves out what was skipped
        converted: dict[Path, Path] = {}  # a WARC converted from an ARC file: the ARC file
        packed = [
            kept
            for number, path in enumerate(warcs)
            if (kept := _packed(path, number, skips, Path(scratch), converted)) is not None
        ]
        if not packed:
            print("index: no archive file could be packaged: no WACZ written", file=sys.stderr)
            return 1
        joined = _joined_copies(packed, skips, Path(scratch), captures)
        return _write_package(
            [*packed, *joined, *originals], captures, args, lines_skipped, extra, converted
        )


def _originals(warcs: list[Path], scratch: Path) -> int:
    """How many records the revisits of `warcs` name were copied from the files beside them
    into `scratch/ORIGINALS_NAME` (`--with-originals`), said in one line."""
    candidates = beside(warcs)
    output = scratch / ORIGINALS_NAME
    found = copy_originals(warcs, candidates, output)
    if found.copied:
        names = ", ".join(path.name for path in found.files)
        print(
            f"index: {found.copied} original record{'s' * (found.copied != 1)} of "
            f"{found.resolved} revisit{'s' * (found.resolved != 1)} copied into the WACZ "
            f"({ORIGINALS_NAME}, bytes unchanged) from {names}"
        )
    elif found.unresolved:
        where = ", ".join(sorted({str(p.parent) for p in warcs}))
        print(
            f"index: --with-originals: no original of {found.unresolved} revisit"
            f"{'s' * (found.unresolved != 1)} in the other WARCs of {where}",
            file=sys.stderr,
        )
    return found.copied


def _say_elsewhere(elsewhere: list[tuple[str, str, str]], skips: Skips) -> None:
    if elsewhere:
        count = len(elsewhere)
        print(
            f"index: {count} revisit{'s' * (count != 1)} of originals in earlier packages "
            f"(--revisits-elsewhere): indexed, not listed as pages, recorded in the WACZ's "
            f"datapackage.json; they replay with those packages; the first at "
            f"{skips.shown(elsewhere[0][0])}"
        )


def _packed(
    path: Path, number: int, skips: Skips, scratch: Path, converted: dict[Path, Path]
) -> Path | None:
    """The file the WACZ holds for `path` (None: none), said in one line where it is not
    `path` whole: a file with records skipped is held as it is, its index without them;
    one whose gzip breaks (a validator reads each `.gz` through) as its whole gzip
    members, bytes unchanged (`newsarchive.package.members`)."""
    shown = skips.shown(path)
    if path not in skips.packable([path]):
        why = "no offset in it can be served" if str(path) in skips.unseekable else "unreadable"
        logger.warning("%s: left out of the WACZ (%s, see above)", shown, why)
        return None
    if is_arc(path):  # a WACZ's `archive/` holds WARCs only
        copy = _as_warc(path, number, skips, scratch)
        if copy is not None:
            converted[copy] = path
        return copy
    records = skips.left_out_of(path)
    rest = str(path) in skips.files
    if not records and not rest:
        return path
    parts = [f"{records} record{'s' * (records != 1)}"] if records else []
    if rest:
        parts.append("its unreadable rest")
    skipped = " and ".join(parts)
    if gzip_reads_whole(path):
        logger.warning(
            "%s: in the WACZ as it is, its index without %s (named above); the rest is "
            "indexed and replays", shown, skipped,
        )  # fmt: skip
        return path
    copy = scratch / "members" / str(number) / path.name
    copy.parent.mkdir(parents=True)
    kept = copy_whole_members(path, copy)
    if not kept.members:  # nothing in it could replay: its loss is the skips named above
        logger.warning(
            "%s: left out of the WACZ (no gzip member in it is whole; %s, named above, "
            "counted as skipped)", shown, skipped,
        )  # fmt: skip
        return None
    logger.warning(
        "%s: in the WACZ as its %d whole gzip members, bytes unchanged, without %s (named "
        "above): %s from offset %d do not decompress; the rest is indexed and replays",
        shown, kept.members, skipped, _bytes(kept.left_out), kept.first_left_out,
    )  # fmt: skip
    return copy


def _as_warc(path: Path, number: int, skips: Skips, scratch: Path) -> Path | None:
    """The WARC converted from the ARC file `path` (a WACZ's `archive/` holds WARCs only:
    replayweb.page loads no other), without the records the index left out; said in one
    line. None: no record of it could be converted (named above)."""
    shown = skips.shown(path)
    converted = convert_arc(path, scratch / "arcs" / str(number), skips)
    if not converted.records:
        logger.warning("%s: left out of the WACZ (no record in it is readable, see above)", shown)
        return None
    records = f"{converted.records} record{'s' * (converted.records != 1)}"
    left_out = skips.left_out_of(path)
    parts = [f"{left_out} record{'s' * (left_out != 1)}"] if left_out else []
    if str(path) in skips.files:
        parts.append("its unreadable rest")
    without = f", without {' and '.join(parts)} (named above)" if parts else ""
    logger.info(
        "%s: an ARC file: in the WACZ as archive/%s, its %s converted to WARC records%s "
        "(a warcinfo record first names the ARC file)",
        shown, converted.path.name, records, without,
    )  # fmt: skip
    return converted.path


def _bytes(count: int) -> str:
    return f"{count:,} byte{'s' * (count != 1)}"


def _joined_copies(
    warcs: list[Path], skips: Skips, scratch: Path, captures: CaptureIndex
) -> list[Path]:
    """A WARC of the records split in segments, each joined into one record, for the package.

    Replay tools serve a record at an offset as it is (one segment): the WACZ's index leaves
    the first segment out and indexes the joined copy (as `replay` serves it), and the
    revisits of such a record, which find it by URL and digest (`index` alone names them and
    leaves them out). Returns the file, if any record was joined.
    """
    kept = {str(path) for path in warcs}
    segmented = [w for w in skips.left_in_file if w.rsplit("@", 1)[0] in kept]
    if not segmented:
        return []
    copies = scratch / JOINED_NAME
    files = ", ".join(sorted({where.rsplit("@", 1)[0] for where in segmented}))
    what = f"the joined copy of the records split in segments in {files}"
    written = write_decoded_copies(warcs, copies, decode=False, packed=what)
    joined = [r for r in written if r.joined]
    logger.warning(
        "%d record%s split in segments (or revisits of them) left out of the index, named "
        "above; the WACZ holds %d of them joined into one record each (%s), their revisits "
        "indexed with them",
        len(segmented), "s" * (len(segmented) != 1), len(joined), JOINED_NAME,
    )  # fmt: skip
    if not joined:
        return []
    extra = read_captures([copies])  # the pages the joined records are
    captures.date_by_record.update(extra.date_by_record)
    for url, dates in extra.dates_by_url.items():
        captures.dates_by_url[url].extend(dates)
    return [copies]


def _write_package(
    warcs: list[Path],
    captures: CaptureIndex,
    args: argparse.Namespace,
    lines_skipped: list[str],
    extra: dict[str, object],
    converted: dict[Path, Path],
) -> int:
    items = item_files(args.items)
    pages = page_entries(read_items(items, lines_skipped), captures) if items else []
    if not args.items:
        logger.warning("no --items given: pages are listed under their URLs, without titles")
    elif not pages:  # an empty items file, or another archive's: a WACZ with no page list
        logger.warning(
            "no item in %s names a capture in these files: pages are listed under their URLs, "
            "without titles",
            ", ".join(map(str, args.items)),
        )
    pages = pages or captured_pages(captures)
    if not pages:
        logger.warning("no HTML page in these files: the WACZ lists no page (open it by URL)")
    try:
        result = write_wacz(warcs, pages, args.wacz, args.title, extra, converted)
    except PackageError as exc:
        print(f"index: {exc}", file=sys.stderr)
        return 1
    print(f"index: {args.wacz} valid, {result.pages} page{'s' * (result.pages != 1)} listed")
    for page in result.unmatched:  # the package is whole; its list lacks these
        logger.warning("page %s left out of the WACZ's list: py-wacz matched no record", page)
    if result.unmatched:
        unmatched = len(result.unmatched)
        print(f"index: {unmatched} page{'s' * (unmatched != 1)} matched no record", file=sys.stderr)
        return EXIT_SKIPPED
    return 0


def _default_folder(inputs: list[Path]) -> Path:
    first = inputs[0]
    return first if is_folder(first) else first.parent
