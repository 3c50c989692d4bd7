"""A "load more" whose next batch the page's script asks for: counters, cursors, endpoints.

A control with a counter and no URL (`<button class="more" data-offset="20">`), an
infinite scroll naming only its next page's number (`data-next-page="2"`) or its first
cursor (`data-cursor="eyJ..."`): the request its script makes, built from the endpoint the
page's script configuration names (`{"loadMoreUrl": "/api/more"}`, a template
`/api/feed?cursor={cursor}`) or from this page's own URL. Never a URL off the page's host.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote, urlsplit, urlunsplit

from lxml.etree import _Element as Element
from parsel import Selector
from w3lib.url import add_or_replace_parameter

from newsarchive.numbers import ascii_digits
from newsarchive.pagebase import join, page_base
from newsarchive.spiders.nextwords import _next_kind, page_words
from newsarchive.spiders.pagemarks import COUNTER_NAMES, CURSOR_NAMES, _Marked, _marked
from newsarchive.spiders.pageurls import (
    PAGE_WORDS,
    _query,
    encoded_pairs,
    query_fields,
    query_texts,
)

# The endpoint a page's script configuration gives its "load more": a key naming more,
# next, load, feed, list or stream and ending in url/endpoint/api/path, a root-relative value.
# The key starts a word and is bounded: `\w*` there made a long run of word characters in
# a script (a token, a blob) quadratic, 3.9 s for 10,000 of them on the reactor thread.
ENDPOINT = re.compile(
    r"""["']?\b\w{0,50}(?:more|next|load|feed|list|stream)\w{0,50}"""
    r"""(?:url|endpoint|api|path)["']?\s*[:=]\s*"""
    r"""["'](?P<url>(?:https?:)?\\?/[^"'\s]+)["']""",
    re.IGNORECASE,
)
# Where a script names a root-relative URL after a key (`: "/`, `= '/`): ENDPOINT is tried only
# in the KEY_SPAN characters before one, not at every word of a script (65 ms for 230 KB).
URL_VALUE = re.compile(r"""[:=]\s*["'](?:https?:)?\\?/[^"'\s]+["']""")
KEY_SPAN = 130
KEY_WORDS = ("more", "next", "load", "feed", "list", "stream")  # ENDPOINT's, tried first
JS_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")  # a script string's `\u0026`
OTHER_SLOT = re.compile(r"\{\w{1,40}\}")  # a template's slot: `{limit}`, `{section}`
PLAIN_VALUE = re.compile(r"^[\w.-]{1,40}$")  # a section's name, a number: no JSON, no text


def _cursor_template(page: Selector, marked: _Marked, url: str) -> str | None:
    """An infinite scroll whose marker carries only its first cursor (`<div
    data-cursor="eyJ...">`), the endpoint a template in the page's script configuration
    (`{"feedApi": "/api/feed?cursor={cursor}"}`): that template with the cursor filled in."""
    markers = (_cursor(c) for c in marked.cursors)
    cursors = list(dict.fromkeys(c for c in markers if c is not None))
    if not cursors:  # no marker: the scripts are not read
        return None
    scripts = " ".join(page.xpath("//script[not(@src)]/text()").getall())
    # the marker whose slot the script names (an icon's `data-after="x1"` before it is none)
    cursor = next((c for c in cursors if "{" + c[0] + "}" in scripts), None)
    if cursor is None:
        return None
    slot = "{" + cursor[0] + "}"
    for found in _endpoints(scripts):
        template = _script_url(found["url"])
        if template.count(slot) != 1 or OTHER_SLOT.search(template.replace(slot, "")):
            continue  # `{limit}` too: a value only its script knows
        target = join(page_base(page, url), template.replace(slot, quote(cursor[1], safe="")))
        if target and urlsplit(target).netloc.lower() == urlsplit(url).netloc.lower():
            return target
        return None
    return None


def _endpoints(scripts: str) -> Iterator[re.Match[str]]:
    """ENDPOINT's matches in `scripts`, in order: each sought only just before a URL value."""
    done = 0
    for value in URL_VALUE.finditer(scripts):
        start = max(done, value.start() - KEY_SPAN)
        key = scripts[start : value.start()].lower()
        if not any(word in key for word in KEY_WORDS):  # a `"canonical_url":`: no endpoint
            continue
        found = ENDPOINT.search(scripts, start, value.end())
        if found is not None and found.end() == value.end():
            done = value.end()
            yield found


def _script_url(raw: str) -> str:
    """A URL as a script's string writes it, unescaped: `\\/` and `\\u0026` (Rails', Django's
    `json_script` escape of `&`, `<`, `>`), which a browser's script reads as `/` and `&`."""
    return JS_ESCAPE.sub(lambda m: chr(int(m[1], 16)), raw.replace("\\/", "/"))


def _counter(control: Element) -> tuple[str, str] | None:
    """(query key, number) of a "load more" control's counter: `data-page="2"`,
    `data-next-page="2"` (page), `data-offset="20"`, `data-start`, `data-from`, `data-skip`."""
    for name, value in control.attrib.items():
        key = COUNTER_NAMES.get(name.lower())
        if key is not None and ascii_digits(value.strip()):
            return key, value.strip()
    return None


def _with_counter(target: str, control: Element) -> str:
    """`target` with the control's counter or cursor in its query (in place of the value
    it names there): the request a "load more" script makes of its endpoint."""
    counter = _counter(control) or _cursor(control)
    return target if counter is None else add_or_replace_parameter(target, *counter)


def fragment_cursor_next(page: Selector, url: str) -> str | None:
    """A "load more" answer of teasers whose control carries the next cursor and no URL
    (`<button class="load-more" data-cursor="eyJ...">`): the endpoint it came from
    (`url`) with that cursor in its cursor key; None where it has none, or hands back
    the cursor `url` carries."""
    words = page_words(page)
    query = dict(query_texts(urlsplit(url).query, keep_blank_values=True))
    for control in _marked(page).cursors:
        found = _cursor(control)
        if found is None or _next_kind(control, words) is None:
            continue
        key = next((k for k in query if k.lower() == found[0].lower()), found[0])
        return None if query.get(key) == found[1] else add_or_replace_parameter(url, key, found[1])
    return None


def _cursor(control: Element) -> tuple[str, str] | None:
    """(query key, token) of a "load more" control's opaque cursor (`data-cursor="eyJ..."`,
    `data-after`, `data-next-cursor`, `data-page-token`, `data-continuation`): its script
    sends it in the key the attribute is named for."""
    for name, value in control.attrib.items():
        key = CURSOR_NAMES.get(name.lower())
        if key is not None and value.strip() and not value.strip().startswith(("/", "http")):
            return key, value.strip()
    return None


def _configured(page: Selector, marked: _Marked, url: str, words: frozenset[str]) -> str | None:
    """A "load more" control with a counter and no URL of its own, whose endpoint the page's
    script configuration names (`{"loadMoreUrl": "/api/more"}`): the endpoint, asked with the
    control's counter and the other plain values it carries (`data-section="world"`)."""
    controls = [
        c for c in marked.counters
        if _counter(c) is not None and (_next_kind(c, words) or _next_page_number(c))
    ]  # fmt: skip
    if not controls:
        return _configured_as_is(page, url, words)
    scripts = " ".join(page.xpath("//script[not(@src)]/text()").getall())
    found = next(_endpoints(scripts), None)
    if found is None:
        return _own_next(url, controls)
    target = join(page_base(page, url), _script_url(found["url"]))
    if target is None or urlsplit(target).netloc.lower() != urlsplit(url).netloc.lower():
        return None
    parts = urlsplit(target)
    named = {key for key, _ in _query(parts.query, keep_blank_values=True)}
    added: list[tuple[str, str]] = []
    for name, value in controls[0].attrib.items():
        key = COUNTER_NAMES.get(name.lower()) or name.lower().removeprefix("data-")
        if name.lower().startswith("data-") and key not in named and PLAIN_VALUE.match(value):
            added.append((key, value))
            named.add(key)
    fields = (
        [*query_fields(parts.query), encoded_pairs(added)] if added else query_fields(parts.query)
    )
    return urlunsplit(parts._replace(query="&".join(fields)))


def _configured_as_is(page: Selector, url: str, words: frozenset[str]) -> str | None:
    """A "more" button with no URL nor counter, whose script configuration names the next
    batch's whole URL, its counter in the query (`{"moreStoriesUrl":
    "/api/stories?from=20&size=20"}`): that URL. One with no counter is no next batch."""
    bare = "//button[not(@*[starts-with(name(), 'data-')])] | //a[@href='#' or not(@href)]"
    if not any(_next_kind(control, words) for control in page.root.xpath(bare)):
        return None
    # a store's state may name it among 100 KB of teasers; `_endpoints` reads a 1.7 MB blob
    # (Arc's) in 45 ms, where a regex tried at every word took 0.5 s
    scripts = " ".join(page.xpath("//script[not(@src)]/text()").getall())
    for found in _endpoints(scripts):
        target = join(page_base(page, url), _script_url(found["url"]))
        if target is None or urlsplit(target).netloc.lower() != urlsplit(url).netloc.lower():
            continue
        query = _query(urlsplit(target).query)
        counters = set(COUNTER_NAMES.values()) | PAGE_WORDS
        if any(k.lower() in counters and ascii_digits(v) and v.strip("0") for k, v in query):
            return target
    return None


def _next_page_number(control: Element) -> int | None:
    """The number of an infinite scroll's `data-next-page="2"` (its name says what it is)."""
    for name in ("data-next-page", "data-nextpage"):
        value = (control.attrib.get(name) or "").strip()
        if ascii_digits(value):
            return int(value)
    return None


def _own_next(url: str, controls: list[Element]) -> str | None:
    """An infinite scroll naming its next page's number and no URL (`<div
    data-next-page="2">`): this page's URL with that number in its page key (`page` where
    it has none), where it is one past the number this page has (absent: 1)."""
    query = _query(urlsplit(url).query, keep_blank_values=True)
    key = next((k for k, v in query if k.lower() in PAGE_WORDS and ascii_digits(v)), "page")
    now = dict(query).get(key, "1")
    for control in controls:
        number = _next_page_number(control)
        if number is not None and ascii_digits(now) and number == int(now) + 1:
            return add_or_replace_parameter(url, key, str(number))
    return None
