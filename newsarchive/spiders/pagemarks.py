"""A listing page's paging controls, found in one walk of its elements.

Links and URL-carrying controls (`<a href>`, `data-href`, `hx-get`, a submit button's
`formaction`, a GET form's own submit buttons), and the elements carrying a "load more"
counter (`data-page`, `data-offset`) or cursor (`data-cursor`): what the paging rules read.
One walk in page order, where an XPath testing every attribute of every element cost
several times as much on a 1,000-teaser page.
"""

from __future__ import annotations

from typing import NamedTuple

from lxml import etree
from lxml.etree import _Element as Element
from parsel import Selector

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
# A "load more" control's counter (data attribute -> the query key its script sends).
COUNTER_NAMES = {
    "data-page": "page", "data-next-page": "page", "data-nextpage": "page",
    "data-offset": "offset", "data-start": "start", "data-from": "from", "data-skip": "skip",
}  # fmt: skip
# A "load more" control's opaque cursor (data attribute -> the query key its script sends).
CURSOR_NAMES = {
    "data-cursor": "cursor", "data-next-cursor": "cursor", "data-after": "after",
    "data-end-cursor": "after", "data-page-token": "pageToken",
    "data-next-page-token": "pageToken", "data-continuation": "continuation",
}  # fmt: skip
ELEMENTS = etree.Element  # `iter`'s filter for elements alone (no comment, no PI)
URL_ENDS = ("-url", "-href")


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
