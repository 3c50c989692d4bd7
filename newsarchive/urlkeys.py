"""The one form an article's URL is known by: the URL Scrapy requests.

A listing writes an article as it likes (`café`, a space, an IDN host `bücher.example`);
Scrapy's `Request` escapes it (`caf%C3%A9`, `%20`, `xn--bcher-kva.example`), and the crawl
state, a shared crawl's ledger in Redis and the downloader see only that form. The spider's
bookkeeping (its frontier, its listed sets, the meta its errback reads) keeps the same, or
an article that gave no item would free no place under a shared `max_articles`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import canonicalize_url, safe_url_string


def article_key(url: str) -> str:
    """`url` as `scrapy.Request(url).url` has it (its encoding is utf-8): the same function,
    idempotent. A URL w3lib cannot read stays as it is (a Request refuses it, one line)."""
    try:
        return safe_url_string(url, "utf-8")
    except ValueError:
        return url


_INDEX_FILE = re.compile(r"/index\.(?:html?|php)$", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def article_identity(url: str) -> str:
    """The one key of the spellings of an address that every server answers alike: the host
    in any case, its scheme's default port written or not, a trailing slash or none, a
    directory's `index.html`/`index.htm`/`index.php` written or not, the query's pairs in
    any order, a fragment (w3lib's `canonicalize_url` for escapes, order and fragment), and
    http or https: a key without a scheme (`//host/path`), as a site moved to https between
    two scheduled runs still serves the stories it served over http (before, the next run
    fetched and itemed every one again as new). Another port stays another server (each
    scheme's default one dropped, `http://h:443/` is not `https://h/`); the path's case
    stays (a server may tell paths apart). A URL w3lib cannot read is its own key."""
    try:
        parts = urlsplit(canonicalize_url(url))
        port = parts.port
    except ValueError:
        return url
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme):
        netloc += f":{port}"
    path = without_index_file(parts.path).rstrip("/") or "/"
    scheme = "" if parts.scheme in _DEFAULT_PORTS else parts.scheme
    return urlunsplit((scheme, netloc, path, parts.query, ""))


# what w3lib reads otherwise than written: escapes, a backslash for a slash, tabs and line
# breaks dropped, non-ASCII (an IDN host, a path's letters): such a URL is read in full
_READ_OTHERWISE = re.compile(r"[%\\\t\n\r]")


def identity_prefilter(url: str) -> Callable[[str], bool]:
    """A cheap test of a URL that may have `url`'s `article_identity`, true of every URL that
    does: its host (any case) and the identity's last path segment are in it as written,
    unless it holds what w3lib reads otherwise (`_READ_OTHERWISE`, non-ASCII). `history
    URL` reads every record of an archive: the full key, a canonical URL's parse, took 5-7%
    of a scan, spent on records of other hosts and stories."""
    identity = article_identity(url)
    if not identity.startswith("//"):  # no host of its own (a URL w3lib cannot read)
        return lambda other: True
    netloc, _, path = identity[2:].partition("/")
    host = netloc[: netloc.index("]") + 1] if netloc.startswith("[") else netloc.split(":")[0]
    segment = path.partition("?")[0].rpartition("/")[2]
    if "%" in segment:  # an escape w3lib may have made of a character written plainly
        segment = ""

    def may_match(other: str) -> bool:
        if not other.isascii() or _READ_OTHERWISE.search(other):
            return True
        return segment in other and host in other.lower()

    return may_match


def scheme_identity(url: str) -> str:
    """`article_identity` with the URL's scheme in it (`http://host/path`), as versions
    before the scheme-free key kept it in a state file's `identity` column: written beside
    that key, so such a version opening the file again (a rollback) finds every article,
    instead of finding none and fetching, archiving and itemizing each as a new version 1."""
    key = article_identity(url)
    if not key.startswith("//"):
        return key  # a URL w3lib cannot read, or of another scheme: its key has it
    scheme = urlsplit(url).scheme.lower()  # read once by article_identity: no ValueError
    return f"{scheme}:{key}" if scheme else key


def without_index_file(path: str) -> str:
    """`path` without a last segment naming a directory's own page (`/story/index.html`:
    `/story/`), as a server that answers both alike reads it."""
    return _INDEX_FILE.sub("/", path)
