"""Publication and update times named in a page's script state, outside JSON-LD.

App state and data layers ("publishedAt":"...", `pubDate: '...'`), and schema.org article
objects built by JavaScript or kept escaped in a framework's payload: the keys read, strong
and weak; the article's own object told from other pieces' by its headline; each key's
places found once a page.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from newsarchive.extract import page_fields
from newsarchive.extract.datelinevalues import (
    HEADLINE_VALUE,
    LD_SCRIPT,
    SETTER_VALUE,
    STATE_INDEX,
    STATE_REFERENCE,
    STATE_VALUE,
    bare,
    date_argument,
    first_publication,
    in_ld_script,
    nuxt_arguments,
    nuxt_payload,
    page_headline,
    payload_date,
    same_title,
    state_value,
)
from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# Keys naming an article's publication time in script state ("publishedAt":"...",
# `\\"datePublished\\":1717171717` inside a JSON string, `pubDate: '...'`), as written: in
# any case, "firstPublicationDate" would be an embedded video's and "pageFirstPublished" a
# first draft's on the pages looked at; the spellings below are the ones seen for the article.
STATE_KEYS = (
    "datePublished", "publishedAt", "published_at", "publishedDate", "publishDate",
    "publish_date", "publicationDate", "publication_date", "publicationTime", "publication_time",
    "firstPublished", "first_published_at", "pubDate", "pub_date",
    "published_time", "publishTime", "publish_time", "date_published", "date_gmt",
    "firstPublishDate", "first_publish_date", "firstPublishedAt", "webPublicationDate",
    "articlePublishedDate", "articlePublishDate", "publishedTime", "published", "publish",
    # .NET's PascalCase, all lower case, a data layer's "pagePublished", Italian, Spanish,
    # Portuguese
    "PublishedDate", "PublishDate", "DatePublished", "PublicationDate", "datepublished",
    "publisheddate", "publishdate", "pagePublished", "publishedOn", "published_on",
    "dataPubblicazione", "data_pubblicazione", "fechaPublicacion", "fecha_publicacion",
    "dataPublicacao", "data_publicacao",
    # a post's date and a Unix "pub" stamp beside a "mod" one; Piano's content setter
    "postDate", "pub_timestamp", "setContentCreated",
)  # fmt: skip
# Keys that may name the publication, or a piece's creation or display time: read only where
# no key above names one ("createdAt" may be an image's, "displayDate" a teaser's).
WEAK_STATE_KEYS = (
    "publishedDateTime", "publicationDateTime", "publishDateTime", "firstPublishedDate",
    "firstPublishedAt", "publishedTimestamp", "publishTimestamp", "publicationTimestamp",
    "pubdate", "releaseDate", "onlineDate", "displayDate", "display_date", "displayTime",
    "display_time", "createdAt", "created_at", "createDate", "creationDate",
    "veroeffentlichungsdatum", "erscheinungsdatum", "veroeffentlichtAm", "publiziertAm",
    "publikationsdatum", "erstelltAm", "erstellt_am", "dateFirstPublished", "date_first_published",
    "regDate", "reg_date",  # Korean CMSs' registration (입력) time, as their og:regdate meta
)  # fmt: skip
# Weak keys read only on a page in one language (each key a search of the page, ~0.5 ms on a
# large one): Korean CMSs' registration time spelt short, or as "입력" (input) says.
LANGUAGE_STATE_KEYS = {"ko": ("regDt", "reg_dt", "inputDate", "input_date")}
# Keys naming an article's last update in script state (a Next.js or Nuxt page's only statement
# of it); "updatedAt" and "lastModified" are also other records' (an image's, an author's):
# read by `state_modified_dates` as the published keys are, the page's own object first.
MODIFIED_STATE_KEYS = (
    "dateModified", "modifiedAt", "modified_at", "updatedAt", "updated_at", "lastModified",
    "dateUpdated", "updatedDate", "modifiedDate", "date_modified", "modDate", "mod_date",
)  # fmt: skip
# What those keys hold in common: a page holding none of these is not searched for each key
# (a search of a large page costs about 0.2 ms).
_MODIFIED_STEMS = ("odified", "pdated", "modDate", "mod_date")
# Keys whose value is UTC though it carries no offset (WordPress's "date_gmt").
_UTC_KEYS = ("date_gmt",)
_HAS_OFFSET = _compile(r"(?:Z|[+-]\d\d:?\d\d)$")


_SETTERS = ("setContentCreated",)


# schema.org's article types as a script spells their `@type` (`"@type":"NewsArticle"`,
# `\\"@type\\":\\"BlogPosting"`, `ds["@type"]="Article"`).
_ARTICLE_TYPE = _compile(r"@type[\W_]{1,16}\w*(?:Article|BlogPosting)\b")
_SCHEMA_REACH = 3000  # characters around a key within which its object's type is looked for


def embedded_article_dates(doc: Document, key: str) -> list[str]:
    """Values of a schema.org date key (`datePublished`) in an article object a script
    carries outside any JSON-LD block: JSON-LD built by JavaScript (`ds.datePublished="..."`)
    or kept escaped in a framework's payload (`\\"datePublished\\":\\"...\\"`, Next.js's
    streamed state), which the parser of JSON-LD blocks never sees.

    Where such objects state different dates, only those whose `headline` is the page's
    (a payload also describes other pieces: a teaser, the site's mascot); else none.
    """
    source: str = doc.cache.get("source", "")
    found: list[tuple[str, str | None]] = []
    start = source.find(key)
    while start != -1 and len(found) < _MAX_OBJECTS:
        end = start + len(key)
        low, high = max(0, start - _SCHEMA_REACH), end + _SCHEMA_REACH
        if (
            first_publication(source, start, end)
            and (m := STATE_VALUE.match(source, end))
            and not in_ld_script(source, start)
            and _ARTICLE_TYPE.search(source, low, high)
        ):
            found.append((state_value(m), _nearest_headline(source, start, low, high)))
        start = source.find(key, end)
    if len({value for value, _ in found}) <= 1:
        return [value for value, _ in found]
    own = bare(page_headline(doc))
    return [value for value, title in found if own and title and same_title(bare(title), own)]


_MAX_OBJECTS = 40  # a payload listing other pieces describes each


def _nearest_headline(source: str, at: int, low: int, high: int) -> str | None:
    """The value of the `headline` key nearest `at` within source[low:high], if any."""
    before, after = source.rfind("headline", low, at), source.find("headline", at, high)
    spots = [i for i in (before, after) if i != -1]
    if not spots:
        return None
    spot = min(spots, key=lambda i: abs(i - at))
    m = HEADLINE_VALUE.match(source, spot + len("headline"))
    return m.group(1) if m else None


def state_dates(doc: Document) -> list[str]:
    """`script_state_dates` of the page, its own headline telling the article's object from
    other pieces' (found once: both cascades and the refinement of a printed time ask)."""
    if "state_dates" not in doc.cache:
        source: str = doc.cache.get("source", "")
        extra = LANGUAGE_STATE_KEYS.get(page_fields.language(doc) or "", ())
        doc.cache["state_dates"] = script_state_dates(source, bare(page_headline(doc)), extra)
    found: list[str] = doc.cache["state_dates"]
    return found


def state_modified_dates(doc: Document) -> list[str]:
    """Update times named in the page's scripts (`MODIFIED_STATE_KEYS`), as `state_dates`
    reads the publication's; only one with a publication key near it (within its object's
    reach): an "updatedAt" alone is as likely a menu's or an image's."""
    source: str = doc.cache.get("source", "")
    stems = [stem for stem in _MODIFIED_STEMS if stem in source]
    keys = tuple(k for k in MODIFIED_STATE_KEYS if any(stem in k for stem in stems))
    if not keys:
        return []
    own = bare(page_headline(doc))
    found = []
    for at, value in _state_spots(source, keys, own):
        if _the_articles(source, at, own):
            found.append(value)
            continue
        # that key's first value is another record's (a writer's, a category's): a later one
        # in the article's own object
        key = next(k for k in keys if source.startswith(k, at))
        for later in itertools.islice(_places(source, key, None), 1, _MAX_OBJECTS):
            if later > at and _the_articles(source, later, own):
                found += [v for _, v in _state_spots(source[later : later + 200], (key,))][:1]
                break
    return found


def _the_articles(source: str, at: int, own: str) -> bool:
    """Whether the key at `at` sits in the article's own object: one naming its publication
    by a key that says so ("publishedAt", not a record's "createdAt") or holding the page's
    headline, beside the key itself (not in an object nested in it, nor around it: a
    writer's `{"name":...,"createdAt":...,"updatedAt":...}` in the article is the writer's)."""
    level = _own_level(source, at)
    return bool(_state_spots(level, _OWN_PUBLISHED)) or bool(own and own in bare(level))


# Publication keys of an article's object; not the creation time every record of an ORM
# carries beside its "updatedAt" (Rails', Prisma's, Strapi's "createdAt", Laravel's "created_at")
_OWN_PUBLISHED = tuple(
    k for k in STATE_KEYS + WEAK_STATE_KEYS if k not in ("createdAt", "created_at")
)


def _own_level(source: str, at: int) -> str:
    """The text of the object around `at` without the objects nested in it."""
    i = _opening(source, at)
    if i is None:
        i = max(0, at - _SCHEMA_REACH)
    parts: list[str] = []
    depth, last, end = 0, i + 1, min(len(source), at + _SCHEMA_REACH)
    for j in range(i + 1, end):
        c = source[j]
        if c == "{":
            if depth == 0:
                parts.append(source[last:j])
            depth += 1
        elif c == "}":
            if depth == 0:
                parts.append(source[last:j])
                break
            depth -= 1
            if depth == 0:
                last = j + 1
    else:
        parts.append(source[last:end] if depth == 0 else "")
    return " ".join(parts)


def script_state_dates(source: str, own: str = "", extra: tuple[str, ...] = ()) -> list[str]:
    """Published dates named in the page's scripts, first three (`_state_dates`); by the
    weaker keys (and `extra`, the page's language's: `LANGUAGE_STATE_KEYS`) only where no key
    naming the publication has one. `own`: the page's headline as `bare` spells it, or ""
    (each key's first value)."""
    held = _held_keys(source)
    return _state_dates(source, STATE_KEYS, own, held) or [
        value
        for at, value in _state_spots(source, WEAK_STATE_KEYS + extra, own, held)
        if not _a_list_element(source, at) or (own and _titled(source, at, own))
    ]


def _state_dates(
    source: str, keys: tuple[str, ...], own: str, held: dict[str, list[int]]
) -> list[str]:
    """`_state_spots`' values."""
    return [value for _, value in _state_spots(source, keys, own, held)]


def _a_list_element(source: str, at: int) -> bool:
    """Whether the object holding the key at `at` is an element of a list (`[{...},{...}]`):
    a comment's, a related or most-read piece's. A weak key (`createdAt`, `regDt`) there
    dates the page only where that object bears the page's headline."""
    i = _opening(source, at)
    if i is None:
        return False
    return source[max(0, i - 20) : i].rstrip().endswith(("[", ","))


def _opening(source: str, at: int) -> int | None:
    """Where the object holding `at` opens (its "{", nested objects before `at` passed
    over), within `_SCHEMA_REACH` characters back; None past that."""
    depth, i, low = 0, at, max(0, at - _SCHEMA_REACH)
    while i > low:
        i -= 1
        c = source[i]
        if c == "}":
            depth += 1
        elif c == "{":
            if depth == 0:
                return i
            depth -= 1
    return None


def _state_spots(
    source: str, keys: tuple[str, ...], own: str = "", held: dict[str, list[int]] | None = None
) -> list[tuple[int, str]]:
    """Published dates named in the page's scripts (app state, data layers), first three,
    with where their keys are.

    str.find per key, then one anchored match: a regex alternation over a whole page is 50x
    slower. A value is a date string or a Unix time, or Nuxt 2's parameter for one, or
    Nuxt 3's index of one in its payload. Not a key in a JSON-LD block: the JSON-LD reader
    read the page's objects there, and the others are other things' (a related story's
    NewsArticle, a video's). Not a markup attribute (`data-published="..."`): attribute_dates
    reads those, and leaves a teaser's.

    A state often describes other pieces too (a related or most-read list, teasers), before
    or after the article: of a key's values, the one whose nearest `title` or `headline` is
    the page's headline (`own`), else the key's first, as the CMS puts the page's object
    first. `held`: `_held_keys(source)`, where the caller found them already.
    """
    found: list[tuple[int, str]] = []
    arguments: dict[str, str] | None = None
    payload: list[object] | None = None
    ld_blocks: list[tuple[int, int]] | None = None  # found once, where a value is
    for key in keys:
        if len(found) >= 12:
            break
        if _KEY_STEM in key and held is None:
            held = _held_keys(source)
        first: tuple[int, str] | None = None
        values = 0
        for start in _places(source, key, held):
            end = start + len(key)
            value = None
            if first_publication(source, start, end) and not _an_attribute(source, start, end):
                value_rx = SETTER_VALUE if key in _SETTERS else STATE_VALUE
                if m := value_rx.match(source, end):
                    value = state_value(m)
                elif r := STATE_REFERENCE.match(source, end):
                    if arguments is None:
                        arguments = nuxt_arguments(source)
                    value = date_argument(arguments.get(r.group(1), ""))
                elif i := STATE_INDEX.match(source, end):
                    if payload is None:
                        payload = nuxt_payload(source)
                    value = payload_date(payload, int(i.group(1)))
            if value:
                if ld_blocks is None:
                    ld_blocks = _ld_blocks(source)
                if _within(ld_blocks, start):
                    value = None
            if value:
                utc = key in _UTC_KEYS and ":" in value and not _HAS_OFFSET.search(value)
                value = value + "Z" if utc else value
                first = first or (start, value)
                values += 1
                if not own:
                    break
                if _titled(source, start, own):
                    first = (start, value)
                    break
                if values >= _MAX_OBJECTS:
                    break
        if first is not None:
            found.append(first)
    return sorted(found)[:3]


# Letters most state keys hold ("publishedAt", "pubDate", "dataPubblicazione"): one search
# for them, each followed by such a key's rest, tells which of those keys a page holds, and
# only those are searched for. A search of a large page (~340,000 characters, most of them
# scripts) for one key took ~0.1 ms, ~5 ms for the ~50 keys on a page whose date is only in
# its scripts (2 ms so); the places found are the same.
_KEY_STEM = "ub"
_STEMMED = tuple(
    (key, key.find(_KEY_STEM))
    for key in dict.fromkeys(STATE_KEYS + WEAK_STATE_KEYS + MODIFIED_STATE_KEYS)
    if _KEY_STEM in key
)
_STEM_THEN_REST = _compile(
    re.escape(_KEY_STEM)
    + "(?="
    + "|".join(sorted({re.escape(k[o + len(_KEY_STEM) :]) for k, o in _STEMMED}, reverse=True))
    + ")"
)


def _held_keys(source: str) -> dict[str, list[int]]:
    """Where each key of `_STEMMED` occurs in `source`, in order (overlapping ones too)."""
    held: dict[str, list[int]] = {}
    for m in _STEM_THEN_REST.finditer(source):
        at = m.start()
        for key, offset in _STEMMED:
            if at >= offset and source.startswith(key, at - offset):
                held.setdefault(key, []).append(at - offset)
    return held


def _places(source: str, key: str, held: dict[str, list[int]] | None) -> Iterator[int]:
    """Where `key` occurs in `source`, one after the other as `str.find` steps (each past
    the one before); from `held` (`_held_keys`) for a key holding the stem."""
    if held is None or _KEY_STEM not in key:
        start = source.find(key)
        while start != -1:
            yield start
            start = source.find(key, start + len(key))
        return
    after = 0
    for start in held.get(key, ()):
        if start >= after:
            yield start
            after = start + len(key)


def _an_attribute(source: str, start: int, end: int) -> bool:
    """Whether a key is the end of a markup attribute's name (`data-published="..."`,
    `data-article-publish_date=`): a dash before it and `=` after it, which no JavaScript
    name and no JSON key has."""
    return source[start - 1 : start] == "-" and source[end : end + 1] == "="


_TITLE_KEYS = ("headline", "title")


def _titled(source: str, at: int, own: str) -> bool:
    """Whether the `title` or `headline` nearest a state's key at `at` (its object's) is the
    page's headline (`own`, bare)."""
    low, high = max(0, at - _SCHEMA_REACH), at + _SCHEMA_REACH
    spots = []
    for key in _TITLE_KEYS:
        spots += [
            (i, key) for i in (source.rfind(key, low, at), source.find(key, at, high)) if i != -1
        ]
    if not spots:
        return False
    spot, key = min(spots, key=lambda s: abs(s[0] - at))
    m = HEADLINE_VALUE.match(source, spot + len(key))
    return m is not None and same_title(bare(m.group(1)), own)


def _ld_blocks(source: str) -> list[tuple[int, int]]:
    """Where the page's `<script type="application/ld+json">` blocks start and end, in order
    (one pass: a search back from each key was quadratic on 80,000 keys)."""
    blocks: list[tuple[int, int]] = []
    at = source.find("<script")
    while at != -1:
        close = source.find("</script", at)
        if close == -1:
            close = len(source)
        if LD_SCRIPT.match(source, at):
            blocks.append((at, close))
        at = source.find("<script", close)
    return blocks


def _within(blocks: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` falls in one of `blocks` (sorted, apart)."""
    i = bisect.bisect_right(blocks, (at, at)) - 1  # the last block starting at or before `at`
    return i >= 0 and blocks[i][0] <= at < blocks[i][1]
