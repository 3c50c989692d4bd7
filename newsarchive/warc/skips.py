"""What a batch could not read: files (or their rest) and single records, each named once.

`Skips` says each skip on its own line as it is found, tallies warcio's notices a line a
file and kind (`notices`), and gives the commands their summary line and exit status
(`count`, `summary`) and a package the files it can hold (`packable`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from newsarchive.warc.notices import TALLIED
from newsarchive.warc.readerrors import SYMLINK_LOOP

# the name the readers' lines have always had (log formats and filters show it)
logger = logging.getLogger("newsarchive.warc.archives")

# of records counted a file and kind (`Skips.record_grouped`), those named a line each
NAMED = 3


@dataclass
class Skips:
    """What a batch could not read: files (or their rest) and single records, each named."""

    files: dict[str, str] = field(default_factory=dict)
    # of `files`, the folders that could not be listed (`folder`): counted apart in `summary`
    folders: set[str] = field(default_factory=set)
    records: list[tuple[str, str]] = field(default_factory=list)
    partial: set[str] = field(default_factory=set)  # files whose first records were read
    with_records: set[str] = field(default_factory=set)  # files with records skipped
    # `where` of records left out of the index whose file is still whole (a record split in
    # segments, its revisits): a WACZ holds the file, without them
    left_in_file: list[str] = field(default_factory=list)
    named: set[str] = field(default_factory=set)  # the `where` of each record skipped
    noticed: set[str] = field(default_factory=set)  # `path@offset` of each notice said
    # warcio's notices, counted a file and kind (`tally`): (path, kind) -> [count, first
    # offset, what the first found]
    tallied: dict[tuple[str, str], list[object]] = field(default_factory=dict)
    # records left out that are said a line each only among the first of their file and
    # kind (`record_grouped`): (path, kind) -> how many
    grouped: dict[tuple[str, str], int] = field(default_factory=dict)
    # a file read under another name (replay's links in its scratch folder): the name given
    aliases: dict[str, str] = field(default_factory=dict)
    quiet: bool = False  # a pass whose findings another pass names: says nothing
    # first segments (`path@offset`) that `replay` serves joined from a copy: not left out
    joined_copies: set[str] = field(default_factory=set)
    # files gzipped whole: read, but no offset in them can be served (kept out of a WACZ)
    unseekable: set[str] = field(default_factory=set)
    # `where` of the revisits without HTTP headers whose original is in none of the files
    # (an image's or a page's: only the original tells), said in one line (`say_outside`)
    outside: list[str] = field(default_factory=list)
    _outside_said: int = 0
    # `where` of the revisits with HTTP headers whose original is in none of the files, each
    # named on its own line (a page a package cannot show: `revisit_unlisted`)
    unlisted: list[str] = field(default_factory=list)
    # files whose disk failed a read (EIO: `disk`): the run's error, not damage (exit 1)
    unread: dict[str, str] = field(default_factory=dict)
    # revisits indexed whose original no file given holds (`where`, URL): pywb answers
    # them 503 (`say_unserved`); no skip, their lines are in the index
    unserved: list[tuple[str, str]] = field(default_factory=list)
    # revisits (where, URL, the URL its digest is captured under) that name no other URL
    # and whose digest is indexed only under others: pywb answers them 503 too
    other_url: list[tuple[str, str, str]] = field(default_factory=list)
    # URL of a record skipped, whose headers were read: where its first such record is
    # (`history URL` said "no capture" of a URL captured in a record it could not read)
    urls: dict[str, str] = field(default_factory=dict)
    of_url: set[str] = field(default_factory=set)  # `where` of the records `urls` knows

    def file(self, path: Path | str, reason: str, partial: bool = False) -> None:
        """`path` could not be read (`partial`: only from some record on).

        A file named already (a second pass over the batch, as `index --wacz`
        makes) is not named or counted again.
        """
        if str(path) in self.files:
            return
        said = "rest skipped" if partial else "skipped"
        logger.warning("%s: %s: %s", self.shown(path), said, reason)
        self.files[str(path)] = reason
        if partial:
            self.partial.add(str(path))

    def folder(self, path: Path | str, reason: str) -> None:
        """A folder under the inputs that could not be listed: skipped as a file is (exit 3),
        summed up as a folder (it said `1 file unreadable` of files it never saw)."""
        self.file(path, reason)
        self.folders.add(str(path))

    def disk(self, path: Path | str, why: str, records_before: int = 0) -> None:
        """The disk failed a read of `path` once it was open (EIO): the run's disk error, not
        damage of the file (named `unreadable (OSError: [Errno 5] ...)`, counted a skip,
        exit 3). Named as `recompress` names it, counted apart (`unread`: exit 1)."""
        if str(path) in self.unread:
            return
        before = f" after {records_before} records" if records_before else ""
        logger.warning("%s: not read (%s)%s", self.shown(path), why, before)
        self.unread[str(path)] = why

    def record(
        self,
        path: Path | str,
        where: str,
        reason: str,
        file_whole: bool = False,
        url: str | None = None,
    ) -> None:
        """A record of `path` (at `where`: path@offset) was left out (once, however often read);
        `file_whole`: the record is whole, only replay tools cannot serve it, so a package may
        still hold its file; `url`: its WARC-Target-URI, when its headers were read."""
        if url:
            self.urls.setdefault(url, where)
            self.of_url.add(where)
        if where in self.named or str(path) in self.files:  # named already, or its file
            return
        self.named.add(where)
        logger.warning("%s: record skipped: %s", self.shown(where), reason)
        self.records.append((where, reason))
        if file_whole:
            self.left_in_file.append(where)
        else:
            self.with_records.add(str(path))

    def record_grouped(self, path: Path | str, where: str, reason: str, kind: str) -> None:
        """A record left out as `record` leaves it, on a line of its own only among the first
        `NAMED` of its file and `kind`; the others are counted in one line of the file
        (`say_tallied`): a writer closing a gzip member every few records gave thousands."""
        if where in self.named or str(path) in self.files:
            return
        key = (str(path), kind)
        self.grouped[key] = count = self.grouped.get(key, 0) + 1
        if count <= NAMED:
            self.record(path, where, reason)
            return
        self.named.add(where)
        self.records.append((where, reason))
        self.with_records.add(str(path))

    def revisit_outside(self, where: str) -> None:
        """A revisit without HTTP headers whose original is in none of the files given (a
        crawl's 304s, given without the earlier crawl's WARCs): counted, said with the
        others in one line (`say_outside`), not one line each, most being of images."""
        if where in self.named:
            return
        self.named.add(where)
        self.outside.append(where)

    def revisit_unlisted(self, where: str, url: str) -> None:
        """A revisit with HTTP headers whose original is in none of the files given: no page
        a package can list (wget's `--warc-dedup` re-crawl given alone), named and counted
        with the revisits of originals not given (before, named only: exit 0)."""
        if where in self.named:
            return
        self.named.add(where)
        self.unlisted.append(where)
        logger.warning(
            "%s: revisit of %s whose original is in none of these files: not listed as a page",
            self.shown(where), url,
        )  # fmt: skip

    @property
    def revisits_outside(self) -> int:
        """Revisits whose original is in none of the files given, with HTTP headers or not."""
        return len(self.outside) + len(self.unlisted)

    def say_outside(self) -> None:
        """The line of the revisits counted by `revisit_outside` since it was last said."""
        new = self.outside[self._outside_said :]
        self._outside_said = len(self.outside)
        if new and not self.quiet:
            logger.warning(
                "%d revisit%s without HTTP headers (not modified) point%s to an original in none "
                "of the files given: no page made of them (only the original tells a page's from "
                "an image's; give the earlier crawls' WARCs too); the first at %s",
                len(new), "s" * (len(new) != 1), "s" * (len(new) == 1), self.shown(new[0]),
            )  # fmt: skip

    def say_unserved(self, most: int = 20) -> None:
        """Count and name (the first `most`) the revisits of `unserved`: replayed, each is
        pywb's 503 (it was that, without a word)."""
        count = len(self.unserved)
        if not count or self.quiet:
            self._say_other_url(most)
            return
        one = count == 1
        logger.warning(
            "%d revisit%s refer%s to %s in none of the files given (no capture with %s payload "
            "digest is indexed): pywb answers %s 503; give the earlier crawls' WARCs too",
            count, "" if one else "s", "s" if one else "", "a record" if one else "records",
            "its" if one else "their", "it" if one else "them",
        )  # fmt: skip
        for where, url in self.unserved[:most]:
            logger.warning(
                "%s: revisit of %s whose original is in none of the files given: replay "
                "answers it 503", self.shown(where), url,
            )  # fmt: skip
        if count > most:
            logger.warning("... and %d more such revisits", count - most)
        self._say_other_url(most)

    def _say_other_url(self, most: int) -> None:
        """The revisits of `other_url`: counted, the first `most` named with the URL whose
        capture holds their payload (what a reader can open instead)."""
        count = len(self.other_url)
        if not count or self.quiet:
            return
        one = count == 1
        logger.warning(
            "%d revisit%s without WARC-Refers-To-Target-URI or HTTP headers ha%s %s payload "
            "digest indexed only under another URL: pywb looks for %s original under the "
            "revisit's own URL and answers %s 503; open the URL named in %s line (the same "
            "payload)",
            count, "" if one else "s", "s" if one else "ve", "its" if one else "their",
            "its" if one else "their", "it" if one else "them", "its" if one else "their",
        )  # fmt: skip
        for where, url, original in self.other_url[:most]:
            logger.warning(
                "%s: revisit of %s whose original is under another URL, %s (its payload "
                "digest): replay answers it 503", self.shown(where), url, original,
            )  # fmt: skip
        if count > most:
            logger.warning("... and %d more such revisits", count - most)

    def notice(self, path: Path | str, text: str) -> None:
        """Something about `path` worth a line that skips nothing (once per file and pass)."""
        if not self.quiet and str(path) not in self.files:
            logger.warning("%s: %s", self.shown(path), text)

    def tally(self, path: Path | str, kind: str, offset: int, detail: str) -> None:
        """One more of warcio's notices of `kind` (NOT_BLANK, SPACES) in `path`, at `offset`
        (once however often read), said with the others of its file and kind on one line
        (`say_tallied`): warcio says each on its own, three lines for some, naming no file."""
        key = f"{kind} {path}@{offset}"
        if self.quiet or key in self.noticed:
            return
        self.noticed.add(key)
        found = self.tallied.setdefault((str(path), kind), [0, offset, detail])
        found[0] = cast(int, found[0]) + 1

    def untally(self, path: Path | str) -> None:
        """Forget the notices tallied of `path`: read again from its start (a file found
        gzipped whole), the offsets of the first reading named no place in it."""
        for key in [key for key in self.tallied if key[0] == str(path)]:
            del self.tallied[key]

    def say_tallied(self, path: Path | str | None = None) -> None:
        """Say the notices tallied of `path` (all files: None), a line a kind, and forget them."""
        for key in [key for key in self.tallied if path is None or key[0] == str(path)]:
            count, first, detail = self.tallied.pop(key)
            text = TALLIED[key[1]](cast(int, count), cast(int, first), str(detail))
            logger.warning("%s: %s", self.shown(key[0]), text)
        for (file, kind), count in list(self.grouped.items()):
            if path is not None and file != str(path):
                continue
            del self.grouped[(file, kind)]
            if count > NAMED:
                logger.warning(
                    "%s: %s records in all %s (the first %d named above)",
                    self.shown(file), f"{count:,}", kind, NAMED,
                )  # fmt: skip

    def shown(self, where: Path | str) -> str:
        """`where` (a path, `path@offset` or `path (url)`) under the name the user gave."""
        text = str(where)
        for alias, name in self.aliases.items():
            if text == alias or text.startswith((alias + "@", alias + " ")):
                return name + text[len(alias) :]
        return text

    def clean(self, paths: Iterable[Path]) -> list[Path]:
        """The files of `paths` that were read with nothing skipped."""
        left_out = self.files.keys() | self.with_records
        return [p for p in paths if str(p) not in left_out]

    def packable(self, paths: Iterable[Path]) -> list[Path]:
        """The files of `paths` a package can hold: every one with a record replay tools can
        serve at its offset. A file with records skipped (or its rest) is kept, bytes
        unchanged, its index leaving out what was skipped; only a file wholly unreadable,
        or gzipped whole (no offset in it can be sought), stays out."""
        wholly = {path for path in self.files if path not in self.partial}
        left_out = wholly | self.unseekable
        return [p for p in paths if str(p) not in left_out]

    def left_out_of(self, path: Path | str) -> int:
        """How many records of `path` were skipped (a record split in segments, which its
        file still holds, not counted)."""
        prefix, whole = f"{path}@", set(self.left_in_file)
        return sum(
            1 for where, _ in self.records if where.startswith(prefix) and where not in whole
        )

    @property
    def unknown_urls(self) -> int:
        """Skips that may have held any URL: files, and records whose header was lost."""
        unnamed = sum(1 for where, _ in self.records if where not in self.of_url)
        return len(self.files) + unnamed + self.revisits_outside

    @property
    def count(self) -> int:
        return len(self.files) + len(self.records) + self.revisits_outside

    def summary(self) -> str:
        """`2 files unreadable, 3 records skipped` (empty when nothing was skipped)."""
        parts = []
        loops = sum(reason == SYMLINK_LOOP for reason in self.files.values())
        files = len(self.files) - len(self.folders) - loops
        if files:
            whole = files - len(self.partial)
            parts.append(f"{files} file{'s' * (files != 1)} unreadable")
            if self.partial:
                parts[-1] += f" ({whole} wholly, {len(self.partial)} from some record on)"
        if self.folders:
            count = len(self.folders)
            parts.append(f"{count} folder{'s' * (count != 1)} that cannot be listed")
        if loops:
            parts.append(f"{loops} symbolic link loop{'s' * (loops != 1)}")
        if self.records:
            parts.append(f"{len(self.records)} record{'s' * (len(self.records) != 1)} skipped")
        if self.revisits_outside:
            count = self.revisits_outside
            parts.append(f"{count} revisit{'s' * (count != 1)} of originals not given")
        return ", ".join(parts)
