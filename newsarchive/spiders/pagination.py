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

Here the rules themselves, over the page's controls; their parts live beside them:
`pagemarks` finds the controls (one walk), `nextwords` reads what a control says
("next", "load more"), `pageurls` reads page numbers and queries in URLs, and
`scriptpaging` builds the request a "load more" script makes (counters, cursors, endpoints).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import urlencode, urlsplit

from lxml.etree import _Element as Element
from parsel import Selector
from w3lib.url import add_or_replace_parameter

from newsarchive.numbers import ascii_digits, shown_number
from newsarchive.pagebase import join, page_base
from newsarchive.spiders.nextwords import (
    ARROW_ONLY,
    ARROWS,
    NEXT,
    _kind,
    _label,
    _pager_next,
    _says_rel_next,
    fold,
    page_words,
)
from newsarchive.spiders.pagemarks import (
    SUBMITS,
    UNSENT_INPUTS,
    _data_url_name,
    _marked,
    _submit_kind,
)
from newsarchive.spiders.pageurls import (
    ASCII_NUMBER,
    LONG_NUMBER,
    MAX_SLOT_DIGITS,
    PAGE_WORDS,
    _path_page,
    _place,
    _query_page,
    _same,
    _slug_page,
    is_next_number,
)
from newsarchive.spiders.scriptpaging import _configured, _cursor, _cursor_template, _with_counter


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


class _Target(NamedTuple):
    """A link or URL-carrying control on the page's host, and what it says of itself."""

    url: str  # absolute, no fragment
    control: Element
    kind: str | None  # NEXT, MORE or None (`_next_kind`)
    label: str | None  # its text, its whitespace collapsed (`_label`)
    # a reader going there clicks it (an href; a submit button sending its GET form), not a
    # script fetching it (`data-next-url`, `hx-get`): `_navigates`
    clicked: bool = False


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


def _id_like(target: str, url: str) -> bool:
    """Whether `target`'s path has a long number (an article's id) that `url`'s lacks."""
    own = set(LONG_NUMBER.findall(urlsplit(url).path))
    return any(n not in own for n in LONG_NUMBER.findall(urlsplit(target).path))


def _href_like(raw: str) -> bool:
    """A control's attribute value that reads as an href, relative ones too (`page/2`,
    `list?offset=10`); looser than a cursor's `sources.looks_like_url`."""
    return raw.startswith(("/", "?", ".", "http://", "https://")) or "/" in raw or "=" in raw


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


def _arrow_alone(found: _Target, words: frozenset[str]) -> bool:
    """Whether a control is a next by its arrow alone ("»" in a <nav>): no word in its
    aria-label or title either."""
    if not found.label or not set(found.label.replace(" ", "")) <= ARROW_ONLY:
        return False
    said = (found.control.get(name) for name in ("aria-label", "title"))
    return not any(text and fold(text.strip(ARROWS)) in words for text in said)


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
