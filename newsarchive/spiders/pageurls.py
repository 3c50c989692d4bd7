"""Page numbers as a listing's URLs carry them: the link-shape half of the paging rules.

Pure functions over URLs (no page read): where a URL keeps its page number (`?page=2`,
`/page/2/`, `/seite-3`, a slug's `-page-2`), whether a link is the page after this one
(`is_next_number`), and a query's fields read and written back byte for byte, escapes and
all (`query_fields`, `encoded_pairs`), which the "load more" rules build their requests from.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlencode, urlsplit

from newsarchive.numbers import ascii_digits

# Query keys and path words that carry a page number ("?pg=2", "/seite/2", "/strona-3").
PAGE_WORDS = frozenset(
    ("page", "p", "pg", "paged", "pagina", "página", "pag", "seite", "strona", "sida", "side",
     "sivu", "страница", "сторінка")
)  # fmt: skip
DIGITS = re.compile(r"^(?P<head>\D*?)(?P<num>\d{1,4})(?P<tail>\D*)$")
WORD_PARTS = re.compile(r"[-_]")  # a slug's words (`_page_word`)
PAGE_DIGITS = 3  # a bare page counter has at most this many digits: 2026 is a year
LONG_NUMBER = re.compile(r"\d{5,}")  # an article's or a video's id in its path
ASCII_NUMBER = re.compile(r"[0-9]+")
MAX_SLOT_DIGITS = 18  # a longer number of a page's URL is an id's, no page counter's


def _same(a: str, b: str) -> bool:
    """Whether two URLs of one host are one page as a server reads them: paths alike with
    escapes undone and Unicode composed (`/%73eite/2` is `/seite/2`; `_unescaped`), a
    closing slash aside, the same query pairs in any order."""
    pa, pb = urlsplit(a), urlsplit(b)
    return (_unescaped(pa.path).rstrip("/"), sorted(_query(pa.query))) == (
        _unescaped(pb.path).rstrip("/"),
        sorted(_query(pb.query)),
    )


class UnbuildableQuery(ValueError):
    """A next page's query would carry a value no URL can (a lone surrogate a page's JSON
    gave, `"\\ud800"`): no such next page is asked (counted `paging/next/unbuildable`)."""


def query_fields(query: str, drop: frozenset[str] = frozenset()) -> list[str]:
    """A query's `key=value` fields as written, but those whose key (read as `_query`
    reads it) is in `drop`. A next page's URL keeps them so: decoded by parse_qsl (a
    latin-1 `%E9` became U+FFFD) and encoded again, they asked another page (`%EF%BF%BD`)."""
    return [
        f
        for f in query.split("&")
        if f and _decoded(f.partition("=")[0].replace("+", " ")) not in drop
    ]


def encoded_pairs(pairs: list[tuple[str, str]]) -> str:
    """`pairs` as a query (urlencode); UnbuildableQuery where one cannot be (a lone surrogate)."""
    try:
        return urlencode(pairs)
    except UnicodeEncodeError as exc:
        raise UnbuildableQuery(
            f"a value no URL can carry: {exc.object[exc.start : exc.end]!r}"
        ) from exc


def query_texts(query: str, keep_blank_values: bool = False) -> list[tuple[str, str]]:
    """A query's pairs as the text they carry (`_query`, `%25` read as `%`): a value read
    or compared as text (a JSON query, a cursor). Kept as `%25`, Arc's
    `query={"uri":"/caf%C3%A9/"}` moved on was asked as `%2525C3`: another query."""
    return _query(query, keep_blank_values, keep="")


def _query(query: str, keep_blank_values: bool = False, keep: str = "%") -> list[tuple[str, str]]:
    """A query's pairs as parse_qsl splits them (`&`, the first `=`, `+` a space, blank
    values dropped unless kept), unescaped as `_decoded` does (a byte that is not UTF-8
    stays an escape: `?q=%E9` and `?q=%E8` are two pages; a character of `keep` stays
    escaped) and composed (NFC)."""
    pairs = []
    for field in query.split("&"):
        if not field:
            continue
        key, _, value = field.partition("=")
        if value or keep_blank_values:
            pairs.append(
                (_decoded(key.replace("+", " "), keep), _decoded(value.replace("+", " "), keep))
            )
    return pairs


def _query_page(url: str) -> int | None:
    """The number of a page key in `url`'s query (`?page=3`: 3), if it has one."""
    for key, value in _query(urlsplit(url).query):
        if key.lower() in PAGE_WORDS and ascii_digits(value):
            return int(value)
    return None


def _path_page(url: str) -> int | None:
    """The number after a page word in `url`'s path (`/page/3/`, `/seite-3`: 3), if any;
    the path read with its escapes undone and Unicode composed (`/%73eite/3`: `_unescaped`)."""
    segments = _unescaped(urlsplit(url).path).rstrip("/").split("/")
    for at, segment in enumerate(segments):
        match = DIGITS.match(segment)
        if match is None or match["tail"]:
            continue
        word = _page_word(match["head"]) or (segments[at - 1].lower() if at else "")
        if word in PAGE_WORDS:
            return int(match["num"])
    return None


def is_next_number(url: str, target: str, first: int = 1) -> bool:
    """Whether `target` is `url` with its page number (absent: `first`, the number the
    site's first page would have) one higher, in one slot."""
    here, there = urlsplit(url), urlsplit(target)
    # each segment unquoted and composed: a page word of other letters comes escaped
    # (`/p%C3%A1gina/2`), its accent perhaps a letter of its own (NFD: `pa` U+0301 `gina`)
    mine = [_unescaped(segment) for segment in here.path.rstrip("/").split("/")]
    theirs = [_unescaped(segment) for segment in there.path.rstrip("/").split("/")]
    query = dict(_query(here.query, keep_blank_values=True))
    wanted = dict(_query(there.query, keep_blank_values=True))
    if mine == theirs:  # a query slot: ?page=N
        changed = {k for k in query.keys() | wanted.keys() if query.get(k) != wanted.get(k)}
        if len(changed) != 1:
            return False
        key = changed.pop()
        if key.lower() not in PAGE_WORDS or not ascii_digits(wanted.get(key, "")):
            return False
        now = query.get(key, str(first))
        return ascii_digits(now) and int(wanted[key]) == int(now) + 1
    if query != wanted:
        return False
    if len(mine) == len(theirs):  # a path slot: /page/N, /seite-N, /N
        diff = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
        return len(diff) == 1 and _segment_next(mine, theirs, diff[0])
    if theirs[: len(mine)] == mine and len(theirs) - len(mine) in (1, 2):  # page 1: none
        tail, second = theirs[len(mine) :], str(first + 1)  # `/page/1/` where it counts from 0
        if len(tail) == 2:
            return tail[0].lower() in PAGE_WORDS and tail[1] == second
        match = DIGITS.match(tail[0])
        if not match or match["num"] != second or match["tail"]:
            return False
        head = _page_word(match["head"])
        return head in PAGE_WORDS or (head == "" and _bare_page(theirs, len(mine)))
    return False


def _page_word(head: str) -> str:
    """The word just before a path segment's number, lowercase: `seite` of `seite-` and of
    `alle-nachrichten-seite-` (a listing's page N named in a slug); "" when none."""
    return WORD_PARTS.split(head.rstrip("-_"))[-1].lower()


def _segment_next(mine: list[str], theirs: list[str], at: int) -> bool:
    a, b = DIGITS.match(mine[at]), DIGITS.match(theirs[at])
    if not a or not b or (a["head"], a["tail"]) != (b["head"], b["tail"]):
        return False
    if int(b["num"]) != int(a["num"]) + 1:
        return False
    word = _page_word(a["head"]) or (mine[at - 1].lower() if at else "")
    if word in PAGE_WORDS:  # "/page/3", "/seite-3", "/alle-nachrichten-seite-3"
        return True
    return a["head"] == "" and _bare_page(mine, at) and _bare_page(theirs, at)


def _bare_page(segments: list[str], at: int) -> bool:
    """Whether the number that is segment `at` of a path, with no page word, reads as a
    page counter: the last segment, all of it a small number written without a leading
    zero, after no other number (`/2026/11/` is a month, `/2026/` a year, `/42/7` an id's)."""
    number = segments[at]
    if at != len(segments) - 1 or not ascii_digits(number) or len(number) > PAGE_DIGITS:
        return False
    if number.startswith("0"):  # "/05/": a month or a day
        return False
    return not any(ascii_digits(segment) for segment in segments[:at])


# A slug's last words naming a listing's page N (`alle-nachrichten-seite-3`): at least two
# words before the page word (`_slug_page`); the number as a pager prints one. Read with its
# escapes undone: a CMS links non-ASCII slugs percent-encoded (`p%C3%A1gina-2`).
SLUG_PAGE_WORDS = frozenset(
    ("page", "pagina", "página", "seite", "strona", "sida", "sivu", "страница", "сторінка")
)
SLUG_PAGE = re.compile(r"^(?P<stem>[^/]{1,200}?)[-_](?P<word>[^-_/]{1,10})[-_]?(?P<num>\d{1,3})$")


def _slug_page(url: str) -> tuple[str, str, int] | None:
    """(host, path's stem, N) of a URL whose path ends in a slug of 2+ words and a page word
    and number (`/welt/alle-nachrichten-seite-3`: `/welt/alle-nachrichten`, 3), else None;
    the stem unquoted and lowercase, as `_place` gives a link's path."""
    parts = urlsplit(url)
    head, _, last = parts.path.rstrip("/").rpartition("/")
    match = SLUG_PAGE.match(_unescaped(last))
    if match is None or match["word"].lower() not in SLUG_PAGE_WORDS or match["num"][0] == "0":
        return None
    if len(WORD_PARTS.split(match["stem"])) < 2:  # `/sport/top-page-3`: too little to say
        return None
    return parts.netloc.lower(), f"{_unescaped(head)}/{match['stem']}".lower(), int(match["num"])


def slug_page_shaped(url: str) -> bool:
    """Whether `url` is named as a listing's page N at a slug's end is (`_slug_page`): the
    only links `on_listing` may tell from an article. Asked of every link of a listing page:
    a URL with no query, fragment or character urlsplit drops, whose end is its path's, is
    first told none when its last segment, unquoted, does not end in a digit or holds no
    page word (a tenth of the time of urlsplit and the match)."""
    if not any(c in url for c in "?#\t\r\n"):
        last = _unescaped(url.rstrip("/").rpartition("/")[2]).lower()
        if not last[-1:].isdigit():
            return False
        if not any(word in last for word in SLUG_PAGE_WORDS):
            return False
    return _slug_page(url) is not None


def _place(url: str) -> tuple[str, str]:
    """A link's host and path (no query, fragment or closing slash), unquoted and lowercase:
    `/p%C3%A1gina` and `/página` are one place."""
    parts = urlsplit(url)
    return parts.netloc.lower(), _unescaped(parts.path).rstrip("/").lower()


def _unescaped(path: str) -> str:
    """`path` as a server reads it (`_decoded`), an escaped slash kept: `/%73eite/2` is
    `/seite/2` and `página` decomposed (NFD: `pa`, U+0301, `gina`, as a Mac or a CMS may
    write a slug) is `página`; `/music/ac%2Fdc` names no folder `ac` (and `/music/ac/dc`
    is another place)."""
    return _decoded(path, keep="%/")


# a run of escapes (each decoded as one UTF-8 text), a `%` that starts none (read as `%25`)
ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})++")
BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _decoded(text: str, keep: str = "%") -> str:
    """`text` with its escapes undone, in Unicode's composed form (NFC), one string per
    distinct text a server reads: each run of escapes decoded strictly as UTF-8, a run that
    is not UTF-8 (latin-1's `%E9`) kept as written, its hex in capitals (`%e9` is `%E9`,
    `%E8` another); a character of `keep` stays escaped (`%25`: a literal `%252F` is not
    the escape `%2F`; `%2F` in a path: not a folder's end). ASCII with no `%`, most paths,
    as it is (no copy)."""
    if "%" not in text:
        return _composed(text)

    def run(found: re.Match[str]) -> str:
        escaped = found[0]
        try:
            plain = bytes.fromhex(escaped.replace("%", "")).decode("utf-8", errors="strict")
        except UnicodeDecodeError:
            return escaped.upper()
        return "".join(f"%{ord(c):02X}" if c in keep else c for c in plain)

    return _composed(ESCAPES.sub(run, BARE_PERCENT.sub("%25", text)))


def _composed(text: str) -> str:
    """`text` in Unicode's composed form (NFC); ASCII, most paths, as it is (no copy)."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)
