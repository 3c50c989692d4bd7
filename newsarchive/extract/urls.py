"""Addresses a page names, split and joined without raising.

A page's markup is its publisher's: one malformed address in a canonical link, an image or a
byline's link ("http://[bad/x", an unclosed IPv6 bracket; "http://[zz]/", no address in the
brackets) makes `urllib.parse` raise, and must cost that address, not the article. Extraction
modules split and join page addresses only through these two.
"""

from urllib.parse import SplitResult, urljoin, urlsplit

_NOWHERE = SplitResult("", "", "", "", "")


def split_url(url: str) -> SplitResult:
    """`url`'s parts; all empty where it cannot be split."""
    try:
        return urlsplit(url)
    except ValueError:
        return _NOWHERE


def splits(url: str) -> bool:
    """Whether `url` can be split (an empty one can: no address)."""
    return split_url(url) is not _NOWHERE


def join_url(base: str, url: str) -> str:
    """`url` read against `base`; "" where either cannot be split."""
    try:
        return urljoin(base, url)
    except ValueError:
        return ""
