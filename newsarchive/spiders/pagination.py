"""A section page's next page when neither its profile nor rel=next names one.

Two rules, pure code over the page's HTML and URL, tried in this order:

- numbered: a link (or a "load more" control's data-href/data-url/data-next-*/data-*-url,
  htmx's hx-get) whose
  URL is this page's URL with its page number (absent: 1; 0 where the pager's numbered
  links count from 0, Drupal's "2" going to `?page=1`, a pager's "2" to `/page/1/`)
  replaced by the next one, in
  the same slot: `?page=2`, `?p=3`, `/page/2/`, `/seite-3`, `/world/3/`. A number with
  no page word before it counts only as the path's last segment, small (PAGE_DIGITS),
  after no other number: `/2026/12/` is the month after `/2026/11/`, `/2027/` a year,
  `/story/124` an article id, none of them a page;
- next_control: a link or button whose whole text, aria-label or title is a "next" word
  of the page's language (langwords.NEXT_PAGE_WORDS: "Next", "Older stories", "次へ") or a
  "load more" one (MORE_WORDS), or whose rel says "next", or one of whose classes is a
  "next"/"load more" class (`next`, `pagination__next`, `btn-load-more`; not
  `next-article`, `nextgen-ads`), or that sits in a pagination/nav container with an
  arrow for its text. A "load more" link (by its words or class alone) to another path
  with no number and no query is another box's hub (`/de/politik/inland`), not page 2; a
  "next" one goes to the page after this one wherever it is (`/world/older`).

The rules read the page in one pass of lxml's (no Selector a link): a 1,000-teaser
listing costs a few ms of the reactor's thread (benchmarks/paging_rules_bench.py).

Never a URL off the page's host, the page itself, or an article (the caller's
`is_article`, or a link's path with a long number the page's own lacks: `/story/12345`;
a button's data-href may hold one, its cursor): a link whose text is a headline is no
next control.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from lxml import etree
from lxml.etree import _Element as Element
from parsel import Selector
from w3lib.url import add_or_replace_parameter

from newsarchive.extract.langwords import MORE_WORDS, NEXT_PAGE_WORDS, entries
from newsarchive.numbers import ascii_digits, shown_number
from newsarchive.pagebase import join, page_base

# Query keys and path words that carry a page number ("?pg=2", "/seite/2", "/strona-3").
PAGE_WORDS = frozenset(
    ("page", "p", "pg", "paged", "pagina", "página", "pag", "seite", "strona", "sida", "side",
     "sivu", "страница", "сторінка")
)  # fmt: skip
DIGITS = re.compile(r"^(?P<head>\D*?)(?P<num>\d{1,4})(?P<tail>\D*)$")
WORD_PARTS = re.compile(r"[-_]")  # a slug's words (`_page_word`)
# Where a "next" control that is no link keeps its URL: infinite-scroll and "load more"
# markup (`<div data-next-page="/world/page/2">`, `<button data-href=...>`); profiles'
# controls too (listing.py).
# htmx's `hx-get` too, and any data attribute named for a URL (`data-load-more-url`,
# `data-more-href`): which of them is a next page is the control's to say, as for a link.
DATA_URL = (
    "@data-href | @data-url | @hx-get | @*[starts-with(name(), 'data-next')]"
    " | @*[starts-with(name(), 'data-') and (substring(name(), string-length(name()) - 3)"
    " = '-url' or substring(name(), string-length(name()) - 4) = '-href')]"
)
# A submit button's `formaction` (`<button formaction="/news/page/2">`) too: where it sends
# its GET form (`_submitted`); and a GET form's submit button without one (`_form_submits`).
CONTROLS = f"//a[@href] | //*[{DATA_URL}] | //button[@formaction] | //input[@formaction]"
SUBMITS = frozenset(("button", "input"))  # the elements a `formaction` belongs to
# The inputs of a form the page fills in itself (`_form_submits`): none a reader types in.
FILLED_BY_PAGE = frozenset(("hidden", "checkbox", "radio"))
# An input whose value a GET form sends (`_form_fields`): no button's, no file's.
UNSENT_INPUTS = frozenset(("submit", "image", "button", "reset", "file"))
# A control's attributes DATA_URL names, told in Python from one element's names.
DATA_URL_NAMES = frozenset(("data-href", "data-url", "hx-get"))
# A class names a next control when one of its BEM parts (`block__element--modifier`), its
# paging words aside, is one of these: `next`, `pagination__next`, `pager__item--next`,
# `next-page`, `js-load-more`; `next-article`, `nextgen-ads` and `context` are none.
NEXT_CLASS_WORDS = frozenset(
    (("next",), ("load", "more"), ("show", "more"), ("loadmore",), ("showmore",))
)
# What a "load more" class may name after its words: `load-more-posts`, `show-more-stories`.
MORE_OF_WORDS = frozenset(("posts", "stories", "articles", "news", "items", "results"))
PAGER_CLASS_WORDS = frozenset(
    ("page", "pagination", "pager", "paging", "link", "btn", "button", "js", "item", "arrow")
)
BEM_PARTS = re.compile(r"__|--")
CLASS_WORDS = re.compile(r"[-_]")
# A "load more" control's counter (data attribute -> the query key its script sends).
COUNTER_NAMES = {
    "data-page": "page", "data-next-page": "page", "data-nextpage": "page",
    "data-offset": "offset", "data-start": "start", "data-from": "from", "data-skip": "skip",
}  # fmt: skip
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
# A "load more" control's opaque cursor (data attribute -> the query key its script sends).
CURSOR_NAMES = {
    "data-cursor": "cursor", "data-next-cursor": "cursor", "data-after": "after",
    "data-end-cursor": "after", "data-page-token": "pageToken",
    "data-next-page-token": "pageToken", "data-continuation": "continuation",
}  # fmt: skip
JS_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")  # a script string's `\u0026`
OTHER_SLOT = re.compile(r"\{\w{1,40}\}")  # a template's slot: `{limit}`, `{section}`
PLAIN_VALUE = re.compile(r"^[\w.-]{1,40}$")  # a section's name, a number: no JSON, no text
PAGE_DIGITS = 3  # a bare page counter has at most this many digits: 2026 is a year
LONG_NUMBER = re.compile(r"\d{5,}")  # an article's or a video's id in its path
PAGER_CLASS = re.compile(r"pag(?:er|ing|ination)|page-?nav|nav-?links|page-numbers", re.I)
ARROWS = "›»→>⟩❯▶︎ \u00a0…."
ARROW_ONLY = frozenset("›»→>⟩❯")


def _fold_table() -> dict[int, int | None]:
    """`fold`'s map: each accented Latin or Greek letter to its bare letter (`á` to `a`,
    Greek omicron with tonos to omicron), each combining accent (U+0300-U+036F: the dot
    casefold leaves on Turkish `İ`) to nothing. One character to one or none: a folded
    label is never longer than its casefold."""
    table: dict[int, int | None] = dict.fromkeys(range(0x300, 0x370))
    for start, end in ((0xC0, 0x250), (0x370, 0x400), (0x1E00, 0x2000)):
        for point in range(start, end):
            bare = "".join(
                c for c in unicodedata.normalize("NFD", chr(point)) if not unicodedata.combining(c)
            )
            if len(bare) == 1 and bare != chr(point):
                table[point] = ord(bare)
    return table


FOLD = _fold_table()
MARKS = re.compile("[\u0300-\u036f]")  # a combining accent: what `fold` deletes


def fold(text: str) -> str:
    """`text` as a label is compared with the words: casefolded, its Latin and Greek
    letters' accents dropped. A capital's accent is often left off ("ΕΠΟΜΕΝΗ" for
    "Επόμενη", "MAS ANTIGUAS") and Turkish "SONRAKİ" casefolds to "sonraki" plus a
    combining dot."""
    return text.casefold().translate(FOLD)


NEXT_ENTRIES = frozenset(map(fold, entries(NEXT_PAGE_WORDS)))  # the page after this one
MORE_ENTRIES = frozenset(map(fold, entries(MORE_WORDS)))  # more of this listing, or a hub
ALL_WORDS = NEXT_ENTRIES | MORE_ENTRIES
ELEMENTS = etree.Element  # `iter`'s filter for elements alone (no comment, no PI)
# An element's text, its text nodes joined with nothing, read in C (`string()`): plain
# strings, no lxml "smart" string pointing back at its element.
TEXT = etree.XPath("string()", smart_strings=False)
NEXT, MORE = "next", "more"  # how a control says it is a next page (`_next_kind`)
ASCII_NUMBER = re.compile(r"[0-9]+")
MAX_SLOT_DIGITS = 18  # a longer number of a page's URL is an id's, no page counter's
URL_ENDS = ("-url", "-href")


def generic_next(
    html: str | Selector, url: str, is_article: Callable[[str], bool] = lambda _: False
) -> tuple[str, str] | None:
    """(URL, "numbered" or "next_control") of the page after the one at `url`, else None."""
    page = html if isinstance(html, Selector) else Selector(text=html)
    words = page_words(page)
    marked = _marked(page)
    targets = _targets(page, marked.controls, url, is_article, words)
    first = 0 if _counts_from_zero(targets) else 1
    numbered = [found.url for found in targets if is_next_number(url, found.url, first)]
    if numbered:
        # a page number in its own slot (`/news/page/2/`) before one ending a slug of words
        # (`/news/the-long-read-page-2`): a teaser's link to a story's page 2 that the page
        # shows (its story linked too, its pager's `2`) came first and was read as the next
        return min(numbered, key=lambda target: _slug_page(target) is not None), "numbered"
    read_more = {id(found.control) for found in _read_more(targets)}
    said = [f for f in targets if f.kind is not None and id(f.control) not in read_more]
    # a control to a batch, a number or a query first: a site menu's "Older" to `/archive`
    # comes before the listing's own next; then a next (no "load more") to a path of words
    for found in said:
        if not (_hub(found.url, url) and _navigates(found)):
            return found.url, "next_control"
    # of those, the one sharing most of this page's path (`/world/older` before a menu's
    # `/archive`), the first in page order among equals; one sharing none of it (a menu's
    # "Older" to `/archive`, a "Weiter" to `/weiter-lesen`) only as a pager's or rel=next
    root = not urlsplit(url).path.strip("/")
    # a bare <nav>'s arrow (a carousel's, a menu's "»" to a subsection) to such a path
    # neither: a pager's is marked as one (`class="pager"`, `aria-label="Pagination"`)
    nexts = [
        found for found in said
        if found.kind == NEXT
        and (_pager_next(found.control) or (
            (root or _shared(found.url, url)) and not _arrow_alone(found, words)
        ))
    ]  # fmt: skip
    if nexts:
        return max(nexts, key=lambda found: _shared(found.url, url)).url, "next_control"
    configured = _configured(page, marked, url, words) or _cursor_template(page, marked, url)
    if configured is not None:
        return configured, "configured"
    chosen = _select_pager(page, url, first)
    return (chosen, "numbered") if chosen is not None else None


def _select_pager(page: Selector, url: str, first: int) -> str | None:
    """A pager that is only a GET form whose `<select>` is named for a page
    (`<select name="page">`, submitted by its script): the form's action with the option
    after the selected one, where that is this page's next number."""
    base = page_base(page, url)
    for form in page.xpath("//form[not(@method) or translate(@method, 'GET', 'get') = 'get']"):
        for select in form.xpath(".//select[@name]"):
            key = select.attrib["name"]
            if key.lower() not in PAGE_WORDS:
                continue
            values = [
                v.strip() for v in select.xpath("./option/@value | ./*/option/@value").getall()
            ]
            chosen = select.xpath(".//option[@selected]/@value").get()
            at = values.index(chosen.strip()) if chosen and chosen.strip() in values else 0
            if at + 1 >= len(values) or not ascii_digits(values[at + 1]):
                continue
            action = join(base, form.attrib.get("action") or url)
            if action is None:
                continue
            target = add_or_replace_parameter(action.split("#", 1)[0], key, values[at + 1])
            if urlsplit(target).netloc.lower() != urlsplit(url).netloc.lower():
                continue  # a form sent to another host: is_next_number reads no host
            if is_next_number(url, target, 0 if values[0] == "0" else 1):
                return target
    return None


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


class _Target(NamedTuple):
    """A link or URL-carrying control on the page's host, and what it says of itself."""

    url: str  # absolute, no fragment
    control: Element
    kind: str | None  # NEXT, MORE or None (`_next_kind`)
    label: str | None  # its text, its whitespace collapsed (`_label`)
    # a reader going there clicks it (an href; a submit button sending its GET form), not a
    # script fetching it (`data-next-url`, `hx-get`): `_navigates`
    clicked: bool = False


class _Marked(NamedTuple):
    """A page's elements the rules read, found in one walk (`_marked`)."""

    controls: list[Element]  # links and URL-carrying controls (CONTROLS), in page order
    counters: list[Element]  # elements with a COUNTER_NAMES attribute
    cursors: list[Element]  # elements with a CURSOR_NAMES attribute


def _marked(page: Selector) -> _Marked:
    """The page's links and URL-carrying controls (CONTROLS: `<a href>`, a DATA_URL
    attribute), and the elements with a counter or a cursor, in one walk of its elements
    in page order: an XPath testing every element's every attribute took 5 ms each on a
    1,000-teaser page, this walk 2 ms for all three."""
    controls: list[Element] = []
    counters: list[Element] = []
    cursors: list[Element] = []
    for element in page.root.iter(ELEMENTS):
        if element.tag == "form":  # its submit buttons without a formaction send it
            controls.extend(_form_submits(element))
        attrib = element.attrib
        if not attrib:
            continue
        control = counter = cursor = False
        for name in attrib:
            if name == "href":
                control = control or element.tag == "a"
            elif name == "hx-get":
                control = True
            elif name == "formaction":
                control = control or element.tag in SUBMITS
            elif name.startswith("data-"):
                control = control or _data_url_name(name)
                counter = counter or name in COUNTER_NAMES
                cursor = cursor or name in CURSOR_NAMES
        if control:
            controls.append(element)
        if counter:
            counters.append(element)
        if cursor:
            cursors.append(element)
    return _Marked(controls, counters, cursors)


def _form_submits(form: Element) -> list[Element]:
    """A GET form's submit buttons with no `formaction` of their own (they send it to its
    `action`, this page where it has none: `<form method="get"><input type="hidden"
    name="page" value="2"><button>Mehr</button></form>`), when every field it sends is
    one the page set (hidden, a select, a checked box): a form a reader fills in (a search
    box, a newsletter's address) is no pager, whatever its button says. A button or field
    outside it naming it (`form="id"`) is its own as a browser reads it."""
    if (form.get("method") or "get").strip().lower() != "get":
        return []
    members = list(form.iter("input", "textarea", "button"))
    if own := form.get("id"):  # and those outside it naming it (`<button form="more">`)
        inside = {id(member) for member in members}
        named = form.getroottree().getroot().xpath("//*[@form=$id]", id=own)
        members += [
            e for e in named if e.tag in ("input", "textarea", "button") and id(e) not in inside
        ]
    for field in members:
        if field.tag == "button":
            continue
        kind = (field.get("type") or "text").strip().lower()
        if field.tag == "textarea" or kind not in FILLED_BY_PAGE | UNSENT_INPUTS:
            return []
    return [
        control
        for control in members
        if control.tag != "textarea" and control.get("formaction") is None and _submit_kind(control)
    ]


def _submit_kind(control: Element) -> bool:
    """Whether a button or input submits its form (a button's type defaults to submit)."""
    kind = (control.get("type") or ("submit" if control.tag == "button" else "text")).strip()
    return kind.lower() in ("submit", "image")


def _data_url_name(name: str) -> bool:
    """Whether an attribute (its name lowercase, as lxml's HTML parser gives it) is one
    DATA_URL names: data-href, data-url, hx-get, data-next*, data-*-url, data-*-href."""
    return name in DATA_URL_NAMES or (
        name.startswith("data-") and (name.startswith("data-next") or name.endswith(URL_ENDS))
    )


def _targets(
    page: Selector,
    controls: list[Element],
    url: str,
    is_article: Callable[[str], bool],
    words: frozenset[str],
) -> list[_Target]:
    """Every link and URL-carrying control on the host that may be the next page: one
    saying it is one (`_next_kind`), one whose URL holds a number one past one of this
    page's (`_next_numbers`), or a pager's number (`_counts_from_zero` reads those). A
    teaser's link is told apart by its text and digits alone, not joined nor parsed."""
    here, base = urlsplit(url), page_base(page, url)
    numbered = _Numbered(url)
    found: list[_Target] = []
    for control in controls:
        raws = _raw_urls(control, url)
        if not raws:
            continue
        label = _label(control, words)
        kind = _kind(control, words, label)
        if kind is None and len(raws) == 1 and numbered.surely_not(raws[0][0], label):
            continue
        data = any(not link for _, link in raws)
        cursor = _cursor(control) if data else None  # a token: `data-next-cursor="eyJ=="`
        for raw, link in raws:
            raw = raw.strip()
            if not raw or raw.startswith(("#", "javascript:", "mailto:")):
                continue
            if not link and not _href_like(raw):  # a link's `older`, `page2.html` is one
                continue
            if not link and cursor is not None and raw == cursor[1]:
                continue
            if (joined := join(base, raw)) is None:  # `http://[::1`: no URL
                continue
            target = joined.split("#", 1)[0]
            if not link:  # a control's endpoint and its counter: data-url + data-page="2"
                target = _with_counter(target, control)
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https") or parts.netloc.lower() != here.netloc.lower():
                continue
            if _same(target, url) or is_article(target):
                continue
            if link and _id_like(target, url):  # a "load more" URL's number: its cursor
                continue
            found.append(_Target(target, control, kind, label, link))
            break
    return found


def _shared(target: str, url: str) -> int:
    """How many leading path segments `target` shares with `url`."""
    mine = urlsplit(url).path.strip("/").split("/")
    theirs = urlsplit(target).path.strip("/").split("/")
    shared = 0
    while shared < min(len(mine), len(theirs)) and mine[shared] == theirs[shared]:
        shared += 1
    return shared


def _read_more(targets: list[_Target]) -> list[_Target]:
    """The controls whose next word is shown on several of them, each to another page: a
    "read more" ("Weiter", "Далее") under every teaser, no pager's next. The pager's own
    next, at the page's top and foot, goes to one page."""
    urls: dict[str, set[str]] = {}
    worded = []
    for found in targets:
        if found.kind == NEXT and found.label and not _says_rel_next(found.control):
            worded.append(found)
            urls.setdefault(fold(found.label.strip(ARROWS)), set()).add(found.url)
    return [f for f in worded if len(urls[fold(f.label.strip(ARROWS))]) > 1]  # type: ignore[union-attr]


def _raw_urls(control: Element, url: str) -> list[tuple[str, bool]]:
    """(value, whether it is the href) of a control's href (a submit button's: the URL its
    GET form goes to from the page at `url`, `_submitted`) and DATA_URL attributes, in
    that order."""
    href = control.get("href") if control.tag not in SUBMITS else _submitted(control, url)
    raws = [(href, True)] if href is not None else []
    raws.extend((value, False) for name, value in control.attrib.items() if _data_url_name(name))
    return raws


def _label(control: Element, words: frozenset[str]) -> str | None:
    """A control's text, as `.//text()` joined with spaces, its whitespace collapsed; None
    where it can be no word of `words`, no arrows and no page number. Told from its text
    read in C with no space at all (`TEXT`): that is the label without its spaces, so a
    label that is a word is, without them, that word without its spaces; arrows, arrows;
    a number, digits. A teaser's headline is never joined in Python. A control with no
    text (an icon's link) is labelled by its image's alt where that says a word, an
    arrow or a number (`_icon_label`), else ""; an <svg>'s <title> is text already."""
    bare = "".join(str(TEXT(control)).split())
    if not bare:
        icon = " ".join(_icon_label(control).split())
        return icon if icon and _may_say(icon.replace(" ", ""), words) else ""
    if not _may_say(bare, words):
        return None
    return " ".join(" ".join(control.itertext()).split())


def _may_say(bare: str, words: frozenset[str]) -> bool:
    """Whether a label written `bare` (no whitespace) may be a word of `words` (folded
    as `_kind` folds it: `fold`), arrows or a page number."""
    key = bare.strip(ARROWS)
    spaceless, longest = _spaceless(words)
    # casefold never shortens a text and `fold` deletes accents alone: a longer label
    # with none is no word, and a headline is not folded
    if (len(key) <= longest or MARKS.search(key) is not None) and fold(key) in spaceless:
        return True
    return set(bare) <= ARROW_ONLY or bare.isdecimal()


def _icon_label(control: Element) -> str:
    """The label of a control with no text: an <img>'s alt or an <svg>'s aria-label in it,
    an <input>'s own value or alt."""
    if control.tag == "input":
        return control.get("value") or control.get("alt") or ""
    for icon in control.iter("img", "svg"):
        said = icon.get("alt") if icon.tag == "img" else icon.get("aria-label")
        if said and said.strip():
            return said
    return ""


@lru_cache(maxsize=64)
def _spaceless(words: frozenset[str]) -> tuple[frozenset[str], int]:
    """`words` folded, without their spaces, and the longest one's length."""
    found = frozenset(fold(word).replace(" ", "") for word in words)
    return found, max(map(len, found), default=0)


def _submitted(control: Element, url: str) -> str | None:
    """Where a submit button sends its form by GET, as a raw href: its formaction (else
    the form's action, else `url`, the page's own, as a browser reads an action left out)
    with its query replaced by the form's fields and the button's own name=value
    (`<button name="page" value="2" formaction="/news">`: `/news?page=2`), as a browser
    sends it; None for a POST form, a button of no form or no submit button."""
    action = control.get("formaction")
    if not _submit_kind(control):
        return None
    owner = control.get("form")
    if owner is not None:
        found = control.getroottree().getroot().xpath("//form[@id=$id]", id=owner.strip())
        form = found[0] if found else None
    else:
        form = next(control.iterancestors("form"), None)
    if form is None:
        return None
    if action is None:  # no formaction: a button `_form_submits` took, sending its form
        action = (form.get("action") or "").strip() or url
    method = control.get("formmethod") or form.get("method") or "get"
    if method.strip().lower() != "get":
        return None
    pairs = _form_fields(form)
    if name := control.get("name"):
        pairs.append((name, control.get("value") or ""))
    path = action.strip().split("#", 1)[0].split("?", 1)[0]
    return f"{path}?{urlencode(pairs)}" if pairs else path


def _form_fields(form: Element) -> list[tuple[str, str]]:
    """The name=value pairs a form sends of its fields (no button's): its inputs (a
    checkbox or radio checked), selects (the selected option, else the first) and
    textareas, those in it and those naming it (`form="id"`), not disabled."""
    fields = list(form.iter("input", "select", "textarea"))
    if own := form.get("id"):
        fields += form.getroottree().getroot().xpath("//*[@form=$id]", id=own)
    pairs = []
    for field in fields:
        name = field.get("name")
        if not name or field.get("disabled") is not None:
            continue
        if field.tag == "input":
            kind = (field.get("type") or "text").strip().lower()
            if kind in UNSENT_INPUTS or (
                kind in ("checkbox", "radio") and field.get("checked") is None
            ):
                continue
            pairs.append(
                (name, field.get("value") or ("on" if kind in ("checkbox", "radio") else ""))
            )
        elif field.tag == "select":
            options = field.xpath(".//option")
            chosen = [o for o in options if o.get("selected") is not None] or options[:1]
            pairs.extend((name, o.get("value", o.text_content().strip())) for o in chosen[:1])
        else:
            pairs.append((name, field.text_content()))
    return pairs


class _Numbered:
    """What `is_next_number` asks of a link of the page at `url`, read from its raw href
    alone: most of a listing's links (its teasers) are told to be none before they are
    joined and parsed."""

    def __init__(self, url: str) -> None:
        # a next page's path is this one's (a query slot), as deep (a path slot), or one or
        # two segments deeper (`/page/2` after a first page with none)
        self.depth = urlsplit(url).path.rstrip("/").count("/")
        # the numbers its slot may hold, leading zeros aside: 1 and 2 (a first page's next,
        # counted from 0 or 1), and each number of `url` plus one
        found = {"1", "2"}
        for number in ASCII_NUMBER.findall(url):
            if len(number) <= MAX_SLOT_DIGITS:
                found.add(str(int(number) + 1))
        self.wanted = re.compile(r"(?<![0-9])0*+(?:" + "|".join(sorted(found)) + r")(?![0-9])")

    def surely_not(self, raw: str, label: str | None) -> bool:
        """Whether a link written `raw`, shown `label`, is surely no numbered next page and
        no pager's number (`_counts_from_zero`): its label no number, its URL
        root-relative or absolute (this page's base adds nothing to its path, no `..` to
        resolve, no `%32` to decode) with a path too deep or too shallow, or none of the
        wanted numbers."""
        raw = raw.strip()
        path = _raw_path(raw)
        if path is None or "%" in raw or "/." in path:
            return False
        if label is not None and shown_number(label) is not None:
            return False
        if not 0 <= path.rstrip("/").count("/") - self.depth <= 2:
            return True
        return self.wanted.search(raw) is None


def _raw_path(raw: str) -> str | None:
    """The path of a root-relative, protocol-relative or absolute http(s) href as written
    (`/a/b?x#y`: `/a/b`); None for a relative one, whose path is its base's."""
    if raw.startswith("/") and not raw.startswith("//"):
        rest = raw
    elif raw.startswith(("//", "http://", "https://")):
        rest = raw.split("//", 1)[1]
        ends = [at for at in (rest.find("/"), rest.find("?"), rest.find("#")) if at >= 0]
        rest = rest[min(ends, default=len(rest)) :]  # the host's end
    else:
        return None
    return rest.split("#", 1)[0].split("?", 1)[0]


def _hub(target: str, url: str) -> bool:
    """Whether `target` reads as another listing's or page's own address, not a next batch
    of `url`: another path, with no query and no number (`/de/politik/inland`,
    `/autor/max-muster`, `/newsletters/`). A box's "Mehr Artikel", an aside's "More
    articles", a footer's `load-more-posts` link go there: all of that box, not page 2.
    Asked of "load more" links only (MORE): a "next"/"older" word, rel=next, a `next`
    class or a pager's arrow says "the page after this one" wherever it goes
    (`/world/older`, `/welt/archiv-aelter`)."""
    parts = urlsplit(target)
    other = parts.path.rstrip("/") != urlsplit(url).path.rstrip("/")
    return other and not parts.query and not any(c.isdigit() for c in parts.path)


def _navigates(found: _Target) -> bool:
    """Whether a control is one a reader follows (an href of its own; a submit button,
    whose GET form goes there as a link goes: `<form action="/sport"><button>More
    stories`), rel not next, not a script's fetch (`data-next-url`, `hx-get`), whose
    endpoint may read as a hub's."""
    control = found.control
    if control.tag in SUBMITS:
        return found.clicked and not _says_rel_next(control)
    href = (control.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:")) and not _says_rel_next(control)


def _says_rel_next(control: Element) -> bool:
    return "next" in (control.get("rel") or "").lower().split()


def _id_like(target: str, url: str) -> bool:
    """Whether `target`'s path has a long number (an article's id) that `url`'s lacks."""
    own = set(LONG_NUMBER.findall(urlsplit(url).path))
    return any(n not in own for n in LONG_NUMBER.findall(urlsplit(target).path))


def _href_like(raw: str) -> bool:
    """A control's attribute value that reads as an href, relative ones too (`page/2`,
    `list?offset=10`); looser than a cursor's `sources.looks_like_url`."""
    return raw.startswith(("/", "?", ".", "http://", "https://")) or "/" in raw or "=" in raw


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


def _counts_from_zero(targets: list[_Target]) -> bool:
    """Whether the pager's query numbers count from 0 (Drupal: the link shown "2" goes to
    `?page=1`, the first page has none): every link whose text is a page number names
    that number less one in its page key, and at least one does."""
    shifts = set()
    for found in targets:
        target, label = found.url, found.label
        shown = None if label is None else shown_number(label)  # '٢' on an Arabic pager too
        if shown is None:
            continue
        number = _query_page(target)
        number = _path_page(target) if number is None else number
        if number is not None:
            shifts.add(shown - number)
    return shifts == {1}


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


def page_words(page: Selector) -> frozenset[str]:
    """The "next" words of the page's language (and English's): all where it says none."""
    return _words(page.xpath("/html/@lang").get() or "")


def _words(lang: str) -> frozenset[str]:
    return _LANG_WORDS.get(lang.strip().lower()[:2], ALL_WORDS)


# Each language's words and English's, the next and the "load more" ones.
_LANG_WORDS = {
    code: frozenset(
        fold(word) for word in entries({
            "en": NEXT_PAGE_WORDS["en"] + ", " + MORE_WORDS["en"],
            code: NEXT_PAGE_WORDS.get(code, "") + ", " + MORE_WORDS.get(code, ""),
        })
    )
    for code in NEXT_PAGE_WORDS.keys() | MORE_WORDS.keys()
}  # fmt: skip


def looks_next(control: Selector, words: frozenset[str]) -> bool:
    """Whether a control says it is a next page or a "load more" (`_next_kind`)."""
    return _next_kind(control.root, words) is not None


def _next_kind(control: Element, words: frozenset[str]) -> str | None:
    """NEXT where a control says it is the page after this one (rel=next, a `next` class,
    a NEXT_PAGE_WORDS label, an arrow in a pager), MORE where it says "load more" (a
    `load-more` class, a MORE_WORDS label), else None."""
    return _kind(control, words, _label(control, words))


def _kind(control: Element, words: frozenset[str], label: str | None) -> str | None:
    """`_next_kind` of a control whose `_label` is `label`."""
    attrib = control.attrib
    if "next" in (attrib.get("rel") or "").lower().split():
        return NEXT
    for name in (attrib.get("class") or "").lower().split():
        if (kind := _class_kind(name)) is not None:
            return kind
    raw = label
    for text in (raw, attrib.get("aria-label"), attrib.get("title")):
        if not text:
            continue
        word = fold(text.strip(ARROWS))
        if word and word in words:
            return NEXT if word in NEXT_ENTRIES else MORE
    if raw and raw[0] in ARROW_ONLY and set(raw.replace(" ", "")) <= ARROW_ONLY:  # in a pager
        return NEXT if _in_pager(control) else None
    return None


def _pager_next(control: Element) -> bool:
    """Whether a control says it is a pager's next by its markup, not its words alone:
    rel=next, a `next` class, a pager's class (or id, or aria-label: `<nav
    aria-label="Pagination">`) on it or around it (a bare <nav>, a site menu's, is none)."""
    if _says_rel_next(control) or any(
        _class_kind(name) == NEXT for name in (control.get("class") or "").lower().split()
    ):
        return True
    if PAGER_CLASS.search(control.get("class") or ""):
        return True
    return any(
        PAGER_CLASS.search(
            " ".join((up.get("class", ""), up.get("id", ""), up.get("aria-label", "")))
        )
        for up in control.iterancestors()
    )


def _arrow_alone(found: _Target, words: frozenset[str]) -> bool:
    """Whether a control is a next by its arrow alone ("»" in a <nav>): no word in its
    aria-label or title either."""
    if not found.label or not set(found.label.replace(" ", "")) <= ARROW_ONLY:
        return False
    said = (found.control.get(name) for name in ("aria-label", "title"))
    return not any(text and fold(text.strip(ARROWS)) in words for text in said)


def _in_pager(control: Element) -> bool:
    """Whether a control sits in a <nav>, or it or an element around it has a pager's class
    (or id: not its own)."""
    if PAGER_CLASS.search(control.get("class") or ""):
        return True
    for up in control.iterancestors():
        if up.tag == "nav" or PAGER_CLASS.search(up.get("class") or ""):
            return True
        if PAGER_CLASS.search(up.get("id") or ""):
            return True
    return False


@lru_cache(maxsize=4096)
def _class_kind(name: str) -> str | None:
    """NEXT or MORE where one class name says "next page" (`pagination__next`) or "load
    more" (`btn-load-more`, `load-more-posts`; see NEXT_CLASS_WORDS), else None."""
    for part in BEM_PARTS.split(name):
        words = tuple(w for w in CLASS_WORDS.split(part) if w and w not in PAGER_CLASS_WORDS)
        if words in NEXT_CLASS_WORDS:
            return NEXT if words == ("next",) else MORE
        if len(words) == 3 and words[:2] in NEXT_CLASS_WORDS and words[2] in MORE_OF_WORDS:
            return MORE
    return None


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


def slug_listing_pages(page: Selector, url: str) -> frozenset[str]:
    """The links of the page at `url` that are a listing's page N named at a slug's end
    (`/welt/alle-nachrichten-seite-3`), told from an article so named (`/news/sun-drops-
    page-3`, `/cultura/entrevista-con-pagina-12`) by what the page shows of them: the page
    is another page of that listing (its own URL has the same stem), the stem itself is
    the page or linked on it (`/welt/alle-nachrichten`), the link's text is its own number
    N (a pager's `3`), or two pages of one stem are linked (a pager's 2 and 3)."""
    base = page_base(page, url)
    own = _slug_page(url)
    stems = {_place(url)}
    found: list[tuple[str, tuple[str, str, int], bool]] = []
    for anchor in page.root.iter("a"):
        href = anchor.get("href")
        target = join(base, href) if href else None
        if target is None:
            continue
        stems.add(_place(target))
        slug = _slug_page(target)
        if slug is not None:
            shown = shown_number(" ".join("".join(anchor.itertext()).split()))
            found.append((target, slug, shown == slug[2]))
    numbers: dict[tuple[str, str], set[int]] = {}
    for _, (host, stem, number), _ in found:
        numbers.setdefault((host, stem), set()).add(number)
    return frozenset(
        target
        for target, (host, stem, _), numbered in found
        if numbered
        or (own is not None and own[:2] == (host, stem))
        or (host, stem) in stems
        or len(numbers[(host, stem)]) > 1
    )


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


def on_listing(
    is_article: Callable[[str], bool], page: Callable[[], Selector], url: str
) -> Callable[[str], bool]:
    """`is_article` for the links of the listing page at `url`, but no link
    `slug_listing_pages` tells is a page of a listing; the page (`page()`) read only when
    a link is so named (most pages have none)."""
    pages: list[set[tuple[str, str]]] = []

    def article(link: str) -> bool:
        if not is_article(link):
            return False
        if _slug_page(link) is None:
            return True
        if not pages:
            pages.append({_place(found) for found in slug_listing_pages(page(), url)})
        return _place(link) not in pages[0]

    return article
