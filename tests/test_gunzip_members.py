"""`Members`, where each gzip member of a file read whole begins, is a sequence of
(gunzipped offset, file offset) pairs that compares as the standard library's typed
sequences do: equal to another `Members` of the same pairs, never to a list (as an `array`
is never equal to a list). Before it equalled a list of tuples but not the same pairs as
lists or a tuple's list, and a slice gave a tuple of two arrays: it looked a list only in
part. `list(members)` is the list."""

from __future__ import annotations

import gzip
import io

from newsarchive.warc.gzipped import Members, WholeGunzip


def _members(*pairs: tuple[int, int]) -> Members:
    members = Members(*pairs[0])
    for pair in pairs[1:]:
        members.append(pair)
    return members


def test_members_equal_members_of_the_same_pairs_only() -> None:
    one = _members((0, 0), (120, 45), (300, 97))
    assert one == _members((0, 0), (120, 45), (300, 97))
    assert one != _members((0, 0), (120, 45))
    assert one != _members((0, 0), (120, 45), (300, 98))
    pairs = [(0, 0), (120, 45), (300, 97)]
    assert one != pairs and pairs != one  # before: equal
    assert one != tuple(pairs)  # before: equal
    assert list(one) == pairs


def test_a_slice_is_a_list_of_pairs() -> None:
    one = _members((0, 0), (120, 45), (300, 97))
    assert one[1:] == [(120, 45), (300, 97)]  # before: two arrays
    assert one[-1] == (300, 97)
    assert one[::-1][0] == (300, 97)


def test_a_file_read_whole_names_where_its_members_begin() -> None:
    parts = [b"WARC/1.1\r\n" * 3, b"", b"second member\r\n"]
    members = [gzip.compress(part, mtime=0) for part in parts]
    reader = WholeGunzip(io.BytesIO(b"".join(members)))
    assert reader.read() == b"".join(parts)
    starts = [(0, 0), (30, len(members[0])), (30, len(members[0]) + len(members[1]))]
    assert list(reader.members) == starts
    assert reader.members == _members(*starts)
