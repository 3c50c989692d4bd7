"""WARC payload digests in the forms tools write them, read as one value.

The same SHA-1 is written `sha1:` + base32 (warcio, Heritrix, wget), `SHA1:` +
base32, `sha1:` + base16 in either case (some older tools), base32 without its
`=` padding, base64 (standard or URL-safe, both read by warcio); newer tools write
`sha256:` + lowercase hex (browsertrix). A revisit may quote its original's digest
in another form than the original carries: its original is found by algorithm and
raw bytes (`digest_key`), and the index writes one form per algorithm
(`index_digest`), since pywb finds a revisit's original by comparing the CDXJ
digest text (pywb's own indexer copies the header's text, as cdxj-indexer does,
and computes a missing SHA-1 in base32: the form written here).
"""

from __future__ import annotations

import base64
import binascii

# bytes of each algorithm's value: tells base16 from base32 by length
SIZES = {"sha1": 20, "sha256": 32, "sha512": 64, "md5": 16}
# the form warcio and cdxj-indexer give each: an index of the usual archives stays unchanged
HEX_WRITTEN = {"sha256", "sha512", "md5"}  # browsertrix and py-wacz write these in hex


def digest_key(value: str) -> tuple[str, bytes] | None:
    """`(algorithm, raw bytes)` of a `WARC-Payload-Digest`; None for a value read no way."""
    algorithm, _, text = value.strip().partition(":")
    algorithm = algorithm.strip().lower().replace("-", "")
    text = text.strip()
    if not text or algorithm not in SIZES:
        return None
    raw = _decoded(text, SIZES[algorithm])
    return None if raw is None else (algorithm, raw)


def index_digest(value: str) -> str:
    """The one text an index gives a digest: `sha1:` + base32, else lowercase hex.

    A value read no way is kept as written (pywb then matches it as text, as before).
    """
    key = digest_key(value)
    if key is None:
        return value
    algorithm, raw = key
    if algorithm in HEX_WRITTEN:
        return f"{algorithm}:{raw.hex()}"
    return f"{algorithm}:{base64.b32encode(raw).decode()}"


def _decoded(text: str, size: int) -> bytes | None:
    if len(text) == 2 * size:  # base16, either case
        try:
            return bytes.fromhex(text)
        except ValueError:
            return None
    try:  # base32, padded or not, either case
        raw = base64.b32decode(text.rstrip("=") + "=" * (-len(text.rstrip("=")) % 8), casefold=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) == size:
        return raw
    padded = text + "=" * (-len(text) % 4)
    for altchars in (b"+/", b"-_"):  # base64, standard or URL-safe (warcio reads both)
        try:
            raw = base64.b64decode(padded, altchars=altchars, validate=True)
        except (binascii.Error, ValueError):
            continue
        if len(raw) == size:
            return raw
    return None
