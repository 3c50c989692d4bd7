"""`index` checks the block digest of a record spread over gzip members (to name it as
`extract` does, `spread_damage`) without decompressing its first member a second time.

Before, the check read the record again from its first member as one gzip stream: warcio
had gunzipped that member already (its block digest half taken), so a record spread over two
members cost its first half twice (benchmarks/spread_index_passes.py: 1.52 passes over the
file for a 128 MiB record in two members). Now the digest warcio took goes on over the
members after it. The count of gunzipped bytes is the work, whatever the box's load.
"""

from __future__ import annotations

import gzip
import random
import zlib
from pathlib import Path
from typing import Any

import pytest

from tests.test_foreign_archives import Archive, digest, newsarchive, page

WORDS = ["tide", "harbour", "ferry", "council", "bridge", "storm", "market", "river", "school"]


def _text(size: int) -> bytes:
    rng = random.Random(3)
    return " ".join(rng.choice(WORDS) for _ in range(size // 6)).encode()[:size]


def _spread(tmp_path: Path, block_digest: str | None) -> tuple[Path, int, int]:
    """/one, then /big (1 MB of text) spread over two members cut at its middle, then
    /three. The file, /big's offset and the file's gunzipped length."""
    archive = Archive("WARC/1.1", gzipped=False)
    bounds = [0]
    body = b"<html><body><p>" + _text(1 << 20) + b"</p></body></html>"
    for second, (name, data) in enumerate((("one", page("One")), ("big", body),
                                           ("three", page("Three")))):  # fmt: skip
        archive.response(f"/{name}", f"2026-01-01T10:00:0{second}Z", data)
        bounds.append(len(archive.buffer.getvalue()))
    data = archive.buffer.getvalue()
    one, big, three = (data[bounds[n] : bounds[n + 1]] for n in range(3))
    head_end = big.index(b"\r\n\r\n") + 4
    if block_digest is not None:  # warcio's writer gave one: put ours in its place
        lines = [line for line in big[:head_end].split(b"\r\n") if b"Block-Digest" not in line]
        value = digest(big[head_end:-4]) if block_digest == "right" else "sha1:" + "Q" * 32
        lines.insert(1, f"WARC-Block-Digest: {value}".encode())
        big = b"\r\n".join(lines) + big[head_end:]
    middle = len(big) // 2
    members = [gzip.compress(part) for part in (one, big[:middle], big[middle:], three)]
    path = tmp_path / "spread.warc.gz"
    path.write_bytes(b"".join(members))
    return path, len(members[0]), len(one) + len(big) + len(three)


@pytest.fixture
def gunzipped(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The bytes every zlib decompressor of this process gives, counted (zlib itself runs)."""
    count = [0]
    original = zlib.decompressobj

    class Counted:
        def __init__(self, inner: Any) -> None:
            self._inner = inner

        def decompress(self, data: bytes, *args: int) -> bytes:
            out: bytes = self._inner.decompress(data, *args)
            count[0] += len(out)
            return out

        def flush(self, *args: int) -> bytes:
            out: bytes = self._inner.flush(*args)
            count[0] += len(out)
            return out

        def copy(self) -> Counted:
            return Counted(self._inner.copy())

        def __getattr__(self, name: str) -> Any:
            return getattr(self._inner, name)

    monkeypatch.setattr(zlib, "decompressobj", lambda *a, **k: Counted(original(*a, **k)))
    return count


SAID_WRONG = (
    "record skipped: spread over several gzip members, and read as one gzip stream its "
    "block digest does not match"
)


@pytest.mark.parametrize(
    ("block_digest", "said"),
    [
        ("right", "record skipped: spread over several gzip members (its member ends"),
        ("wrong", SAID_WRONG),
        (None, "record skipped: spread over several gzip members (its member ends"),
    ],
)
def test_index_gunzips_a_spread_record_once(
    tmp_path: Path, gunzipped: list[int], block_digest: str | None, said: str
) -> None:
    path, at, length = _spread(tmp_path, block_digest)
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "a.cdxj"))
    assert done.returncode == 3, done.stderr
    assert f"{path}@{at}: {said}" in done.stderr
    assert done.stderr.count(": record skipped: ") == 1
    # before: 1.5 passes (the first half of /big twice); the members after it are looked
    # at (a few KiB each) to find where the records go on
    assert gunzipped[0] < 1.1 * length, gunzipped[0] / length
