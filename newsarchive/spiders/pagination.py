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
  of the page's language (langwords.NEXT_PAGE_WORDS), or whose rel says "next", or one
  of whose classes is a "next"/"load more" class (`next`, `pagination__next`,
  `btn-load-more`; not `next-article`, `nextgen-ads`), or that sits in a pagination/nav
  container with an arrow for its text.

Never a URL off the page's host, the page itself, or an article (the caller's
`is_article`, or a link's path with a long number the page's own lacks: `/story/12345`;
a button's data-href may hold one, its cursor): a link whose text is a headline is no
next control.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from parsel import Selector
from w3lib.url import add_or_replace_parameter

from newsarchive.extract.langwords import NEXT_PAGE_WORDS, entries
from newsarchive.numbers import ascii_digits, shown_number
from newsarchive.pagebase import join, page_base

# Query keys and path words that carry a page number ("?pg=2", "/seite/2", "/strona-3").
PAGE_WORDS = frozenset(
    ("page", "p", "pg", "paged", "pagina", "pag", "seite", "strona", "sida", "side", "sivu")
)
DIGITS = re.compile(r"^(?P<head>\D*?)(?P<num>\d{1,4})(?P<tail>\D*)$")
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
CONTROLS = f"//a[@href] | //*[{DATA_URL}]"
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
ALL_WORDS = frozenset(entries(NEXT_PAGE_WORDS))


def generic_next(
    html: str | Selector, url: str, is_article: Callable[[str], bool] = lambda _: False
) -> tuple[str, str] | None:
    """(URL, "numbered" or "next_control") of the page after the one at `url`, else None."""
    page = html if isinstance(html, Selector) else Selector(text=html)
    targets = list(_targets(page, url, is_article))
    first = 0 if _counts_from_zero(targets) else 1
    for target, _ in targets:
        if is_next_number(url, target, first):
            return target, "numbered"
    words = page_words(page)
    for target, control in targets:
        if looks_next(control, words) and not (_hub(target, url) and _navigates(control)):
            return target, "next_control"
    configured = _configured(page, url, words) or _cursor_template(page, url)
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


def _cursor_template(page: Selector, url: str) -> str | None:
    """An infinite scroll whose marker carries only its first cursor (`<div
    data-cursor="eyJ...">`), the endpoint a template in the page's script configuration
    (`{"feedApi": "/api/feed?cursor={cursor}"}`): that template with the cursor filled in."""
    markers = (_cursor(c) for c in page.xpath("//*[@*[starts-with(name(), 'data-')]]"))
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


def _counter(control: Selector) -> tuple[str, str] | None:
    """(query key, number) of a "load more" control's counter: `data-page="2"`,
    `data-next-page="2"` (page), `data-offset="20"`, `data-start`, `data-from`, `data-skip`."""
    for name, value in control.attrib.items():
        key = COUNTER_NAMES.get(name.lower())
        if key is not None and ascii_digits(value.strip()):
            return key, value.strip()
    return None


def _with_counter(target: str, control: Selector) -> str:
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
    query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    for control in page.xpath("//*[@*[starts-with(name(), 'data-')]]"):
        found = _cursor(control)
        if found is None or not looks_next(control, words):
            continue
        key = next((k for k in query if k.lower() == found[0].lower()), found[0])
        return None if query.get(key) == found[1] else add_or_replace_parameter(url, key, found[1])
    return None


def _cursor(control: Selector) -> tuple[str, str] | None:
    """(query key, token) of a "load more" control's opaque cursor (`data-cursor="eyJ..."`,
    `data-after`, `data-next-cursor`, `data-page-token`, `data-continuation`): its script
    sends it in the key the attribute is named for."""
    for name, value in control.attrib.items():
        key = CURSOR_NAMES.get(name.lower())
        if key is not None and value.strip() and not value.strip().startswith(("/", "http")):
            return key, value.strip()
    return None


def _configured(page: Selector, url: str, words: frozenset[str]) -> str | None:
    """A "load more" control with a counter and no URL of its own, whose endpoint the page's
    script configuration names (`{"loadMoreUrl": "/api/more"}`): the endpoint, asked with the
    control's counter and the other plain values it carries (`data-section="world"`)."""
    controls = [
        c for c in page.xpath("//*[@*[starts-with(name(), 'data-')]]")
        if _counter(c) is not None and (looks_next(c, words) or _next_page_number(c))
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
    query = parse_qsl(parts.query, keep_blank_values=True)
    named = {key for key, _ in query}
    for name, value in controls[0].attrib.items():
        key = COUNTER_NAMES.get(name.lower()) or name.lower().removeprefix("data-")
        if name.lower().startswith("data-") and key not in named and PLAIN_VALUE.match(value):
            query.append((key, value))
            named.add(key)
    return urlunsplit(parts._replace(query=urlencode(query)))


def _configured_as_is(page: Selector, url: str, words: frozenset[str]) -> str | None:
    """A "more" button with no URL nor counter, whose script configuration names the next
    batch's whole URL, its counter in the query (`{"moreStoriesUrl":
    "/api/stories?from=20&size=20"}`): that URL. One with no counter is no next batch."""
    bare = "//button[not(@*[starts-with(name(), 'data-')])] | //a[@href='#' or not(@href)]"
    if not any(looks_next(control, words) for control in page.xpath(bare)):
        return None
    # a store's state may name it among 100 KB of teasers; `_endpoints` reads a 1.7 MB blob
    # (Arc's) in 45 ms, where a regex tried at every word took 0.5 s
    scripts = " ".join(page.xpath("//script[not(@src)]/text()").getall())
    for found in _endpoints(scripts):
        target = join(page_base(page, url), _script_url(found["url"]))
        if target is None or urlsplit(target).netloc.lower() != urlsplit(url).netloc.lower():
            continue
        query = parse_qsl(urlsplit(target).query)
        counters = set(COUNTER_NAMES.values()) | PAGE_WORDS
        if any(k.lower() in counters and ascii_digits(v) and v.strip("0") for k, v in query):
            return target
    return None


def _next_page_number(control: Selector) -> int | None:
    """The number of an infinite scroll's `data-next-page="2"` (its name says what it is)."""
    for name in ("data-next-page", "data-nextpage"):
        value = (control.attrib.get(name) or "").strip()
        if ascii_digits(value):
            return int(value)
    return None


def _own_next(url: str, controls: list[Selector]) -> str | None:
    """An infinite scroll naming its next page's number and no URL (`<div
    data-next-page="2">`): this page's URL with that number in its page key (`page` where
    it has none), where it is one past the number this page has (absent: 1)."""
    query = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    key = next((k for k, v in query if k.lower() in PAGE_WORDS and ascii_digits(v)), "page")
    now = dict(query).get(key, "1")
    for control in controls:
        number = _next_page_number(control)
        if number is not None and ascii_digits(now) and number == int(now) + 1:
            return add_or_replace_parameter(url, key, str(number))
    return None


def _targets(
    page: Selector, url: str, is_article: Callable[[str], bool]
) -> Iterator[tuple[str, Selector]]:
    """(absolute URL, element) of every link and URL-carrying control on the host."""
    here, base = urlsplit(url), page_base(page, url)
    for control in page.xpath(CONTROLS):
        links = [(raw, True) for raw in control.xpath("@href").getall()]
        data = [(raw, False) for raw in control.xpath(DATA_URL).getall()]
        cursor = _cursor(control) if data else None  # a token: `data-next-cursor="eyJ=="`
        for raw, link in links + data:
            raw = raw.strip()
            if not raw or raw.startswith(("#", "javascript:", "mailto:")) or not _href_like(raw):
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
            yield target, control
            break


def _hub(target: str, url: str) -> bool:
    """Whether `target` reads as another listing's or page's own address, not a next batch
    of `url`: another path, with no query and no number (`/de/politik/inland`,
    `/autor/max-muster`, `/newsletters/`). A box's "Mehr Artikel", an aside's "More
    articles", a footer's `load-more-posts` link go there: all of that box, not page 2."""
    parts = urlsplit(target)
    other = parts.path.rstrip("/") != urlsplit(url).path.rstrip("/")
    return other and not parts.query and not any(c.isdigit() for c in parts.path)


def _navigates(control: Selector) -> bool:
    """Whether a control is a link a reader follows (an href of its own, rel not next), not
    a script's fetch (`data-next-url`, `hx-get`), whose endpoint may read as a hub's."""
    href = (control.attrib.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:")) and not _says_rel_next(control)


def _says_rel_next(control: Selector) -> bool:
    return "next" in (control.attrib.get("rel") or "").lower().split()


def _id_like(target: str, url: str) -> bool:
    """Whether `target`'s path has a long number (an article's id) that `url`'s lacks."""
    own = set(LONG_NUMBER.findall(urlsplit(url).path))
    return any(n not in own for n in LONG_NUMBER.findall(urlsplit(target).path))


def _href_like(raw: str) -> bool:
    """A control's attribute value that reads as an href, relative ones too (`page/2`,
    `list?offset=10`); looser than a cursor's `sources.looks_like_url`."""
    return raw.startswith(("/", "?", ".", "http://", "https://")) or "/" in raw or "=" in raw


def _same(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.path.rstrip("/"), sorted(parse_qsl(pa.query))) == (
        pb.path.rstrip("/"),
        sorted(parse_qsl(pb.query)),
    )


def _counts_from_zero(targets: list[tuple[str, Selector]]) -> bool:
    """Whether the pager's query numbers count from 0 (Drupal: the link shown "2" goes to
    `?page=1`, the first page has none): every link whose text is a page number names
    that number less one in its page key, and at least one does."""
    shifts = set()
    for target, control in targets:
        label = " ".join(control.xpath(".//text()").getall()).strip()
        number = _query_page(target)
        number = _path_page(target) if number is None else number
        shown = shown_number(label)  # '٢' on an Arabic pager too
        if shown is not None and number is not None:
            shifts.add(shown - number)
    return shifts == {1}


def _query_page(url: str) -> int | None:
    """The number of a page key in `url`'s query (`?page=3`: 3), if it has one."""
    for key, value in parse_qsl(urlsplit(url).query):
        if key.lower() in PAGE_WORDS and ascii_digits(value):
            return int(value)
    return None


def _path_page(url: str) -> int | None:
    """The number after a page word in `url`'s path (`/page/3/`, `/seite-3`: 3), if any."""
    segments = urlsplit(url).path.rstrip("/").split("/")
    for at, segment in enumerate(segments):
        match = DIGITS.match(segment)
        if match is None or match["tail"]:
            continue
        word = match["head"].rstrip("-_").lower() or (segments[at - 1].lower() if at else "")
        if word in PAGE_WORDS:
            return int(match["num"])
    return None


def is_next_number(url: str, target: str, first: int = 1) -> bool:
    """Whether `target` is `url` with its page number (absent: `first`, the number the
    site's first page would have) one higher, in one slot."""
    here, there = urlsplit(url), urlsplit(target)
    path, other = here.path.rstrip("/"), there.path.rstrip("/")
    query = dict(parse_qsl(here.query, keep_blank_values=True))
    wanted = dict(parse_qsl(there.query, keep_blank_values=True))
    if path == other:  # a query slot: ?page=N
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
    mine, theirs = path.split("/"), other.split("/")
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
        head = match["head"].rstrip("-_").lower()
        return head in PAGE_WORDS or (head == "" and _bare_page(theirs, len(mine)))
    return False


def _segment_next(mine: list[str], theirs: list[str], at: int) -> bool:
    a, b = DIGITS.match(mine[at]), DIGITS.match(theirs[at])
    if not a or not b or (a["head"], a["tail"]) != (b["head"], b["tail"]):
        return False
    if int(b["num"]) != int(a["num"]) + 1:
        return False
    word = a["head"].rstrip("-_").lower() or (mine[at - 1].lower() if at else "")
    if word in PAGE_WORDS:  # "/page/3", "/seite-3"
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
    code = lang.strip().lower()[:2]
    if code in NEXT_PAGE_WORDS:
        return frozenset(entries({"en": NEXT_PAGE_WORDS["en"], code: NEXT_PAGE_WORDS[code]}))
    return ALL_WORDS


def looks_next(control: Selector, words: frozenset[str]) -> bool:
    if _says_rel_next(control):
        return True
    if any(_next_class(name) for name in (control.attrib.get("class") or "").lower().split()):
        return True
    raw = " ".join(" ".join(control.xpath(".//text()").getall()).split())
    labels = [raw, control.attrib.get("aria-label") or "", control.attrib.get("title") or ""]
    if any(label.strip(ARROWS).casefold() in words for label in labels if label.strip(ARROWS)):
        return True
    if raw and set(raw.replace(" ", "")) <= ARROW_ONLY:  # an arrow alone: in a pager only
        ancestors = control.xpath("ancestor-or-self::*/@class | ancestor::*/@id").getall()
        return bool(control.xpath("ancestor::nav")) or any(PAGER_CLASS.search(a) for a in ancestors)
    return False


def _next_class(name: str) -> bool:
    """Whether one class name says "next page" or "load more" (see NEXT_CLASS_WORDS)."""
    for part in BEM_PARTS.split(name):
        words = tuple(w for w in CLASS_WORDS.split(part) if w and w not in PAGER_CLASS_WORDS)
        if words in NEXT_CLASS_WORDS:
            return True
        if len(words) == 3 and words[:2] in NEXT_CLASS_WORDS and words[2] in MORE_OF_WORDS:
            return True
    return False
