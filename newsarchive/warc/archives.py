"""Reading WARC and ARC files that anyone wrote, record by record, without stopping a batch.

`extract`, `index` and `replay` all read archives through the modules below: WARC/0.18 to
1.1 and ARC (arc2warc), plain or gzipped. A file that cannot be read, or a record that
is damaged, is named with its reason in `Skips` and the reader goes on with the rest; the
commands turn the count into their summary line and exit status.

This module only gathers their names (callers import them from here); each job has its own:

  reading         the readers: a file, part of one, an lz4/zstd frame, a record at an offset
  reads           what they give (`Read`) and how a reading is bounded (`Wanted`, `Stop`)
  skips           what a batch could not read, each named once (`Skips`), its summary line
  segments        records split in segments, joined in a file and across a batch's files
  files           which files are archives, files that are none, `recompress`'s names
  record_starts   where records start: ARC or WARC, junk and byte order marks, the next record
  record_checks   why a record is left out (damaged header, cut short, digest, too long)
  overruns        a plain record whose Content-Length runs over the records after it
  gzipped         a record spread over gzip members, a file gzipped whole, a cut member
  notices         warcio's notices said once a file and kind, naming the file
  warcio_patches  where warcio is patched to read what other tools wrote
  readerrors      which errors are damage, and their names
"""

from __future__ import annotations

from newsarchive.warc.files import (
    ARCHIVE_NAME,
    archive_files,
    foreign_format,
    gz_name,
    openable,
    recompress_hint,
    recompressed_name,
)
from newsarchive.warc.gzipped import (
    HEADER_SPREAD,
    WHOLE_FILE_GZIP,
    Spread,
    WholeGunzip,
    header_spread,
    spread_over_members,
    spread_reason,
    unfinished_member,
)
from newsarchive.warc.notices import (
    ARC_SPACES,
    NOT_BLANK,
    NOT_BLANK_GUNZIPPED,
    SPACES,
    one_line_notices,
    unsaid_notices,
)
from newsarchive.warc.overruns import (
    SEARCHED,
    Resume,
    length_lost,
    overrun,
    overrun_at,
    overrun_reason,
)
from newsarchive.warc.readerrors import (
    READ_ERRORS,
    error_text,
    unreadable,
)
from newsarchive.warc.reading import (
    read_frame,
    read_on_past_junk,
    read_one,
    read_range,
    read_records,
    read_spread,
    whole_file_gzip,
)
from newsarchive.warc.reads import (
    CUT_WHEN_FETCHED,
    Frame,
    Read,
    Stop,
    Wanted,
)
from newsarchive.warc.record_checks import (
    BLOCK_DIGEST_FAILS,
    MAX_RECORD_BYTES,
    NO_LENGTH,
    block_digest_fails,
    check_record,
    missing_bytes,
    no_length,
    not_a_capture,
    segment_problem,
    spread_rest,
    unreadable_record,
)
from newsarchive.warc.record_starts import (
    BOM,
    arc_header_line,
    arc_v1_line,
    archive_head,
    cut_short,
    is_arc,
    junk,
    lead_length,
    next_record,
    past,
    past_bom,
    past_junk,
    unread_tail,
)
from newsarchive.warc.segments import (
    SPOOL_MEMORY,
    Segments,
    orphan_reason,
    total_length_problem,
)
from newsarchive.warc.skips import (
    Skips,
)
from newsarchive.warc.warcio_patches import (
    JUNK_HOOK,
    OFFSET_DATED,
    TEXT_URIS,
    install_tolerant_digests,
    install_tolerant_uris,
    junk_after,
    percent_encode_raw,
    text_uri,
    tight_records_read,
    tolerant_loader,
)

__all__ = [
    "ARCHIVE_NAME",
    "ARC_SPACES",
    "BLOCK_DIGEST_FAILS",
    "BOM",
    "CUT_WHEN_FETCHED",
    "HEADER_SPREAD",
    "JUNK_HOOK",
    "MAX_RECORD_BYTES",
    "NOT_BLANK",
    "NOT_BLANK_GUNZIPPED",
    "NO_LENGTH",
    "OFFSET_DATED",
    "READ_ERRORS",
    "SEARCHED",
    "SPACES",
    "SPOOL_MEMORY",
    "TEXT_URIS",
    "WHOLE_FILE_GZIP",
    "Frame",
    "Read",
    "Resume",
    "Segments",
    "Skips",
    "Spread",
    "Stop",
    "Wanted",
    "WholeGunzip",
    "arc_header_line",
    "arc_v1_line",
    "archive_files",
    "archive_head",
    "block_digest_fails",
    "check_record",
    "cut_short",
    "error_text",
    "foreign_format",
    "gz_name",
    "header_spread",
    "install_tolerant_digests",
    "install_tolerant_uris",
    "is_arc",
    "junk",
    "junk_after",
    "lead_length",
    "length_lost",
    "missing_bytes",
    "next_record",
    "no_length",
    "not_a_capture",
    "one_line_notices",
    "openable",
    "orphan_reason",
    "overrun",
    "overrun_at",
    "overrun_reason",
    "past",
    "past_bom",
    "past_junk",
    "percent_encode_raw",
    "read_frame",
    "read_on_past_junk",
    "read_one",
    "read_range",
    "read_records",
    "read_spread",
    "recompress_hint",
    "recompressed_name",
    "segment_problem",
    "spread_over_members",
    "spread_reason",
    "spread_rest",
    "text_uri",
    "tight_records_read",
    "tolerant_loader",
    "total_length_problem",
    "unfinished_member",
    "unread_tail",
    "unreadable",
    "unreadable_record",
    "unsaid_notices",
    "whole_file_gzip",
]
