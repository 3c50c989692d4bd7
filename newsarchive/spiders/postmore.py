"""A "load more" that POSTs a form: WordPress's admin-ajax.php and endpoints like it.

A WordPress theme's button carries the hook its script calls and a counter
(`<button class="load-more" data-action="more_posts" data-page="2"
data-category="world">`); the script POSTs them, form-encoded, to the URL the page's
configuration names (`var theme = {"ajaxurl": "/wp-admin/admin-ajax.php"}`), or one
the button names itself (`data-url`, `data-ajax-url`, `data-endpoint`). The answer
is teasers' HTML, or JSON holding it (`{"success": true, "data": {"html": "..."}}`).
Pure code over the page: the spider asks, reads the answer and moves the counter on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from parsel import Selector

from newsarchive.numbers import ascii_digits
from newsarchive.pagebase import join, page_base
from newsarchive.spiders.nextwords import looks_next, page_words
from newsarchive.spiders.pagemarks import COUNTER_NAMES
from newsarchive.spiders.scriptpaging import PLAIN_VALUE

# The page's AJAX endpoint, as WordPress's wp_localize_script and themes print it.
AJAX_URL = re.compile(
    r"""["']?\b(?:ajax_?url|ajax_?endpoint|admin_?ajax)["']?\s*[:=]\s*"""
    r"""["'](?P<url>(?:https?:)?\\?/[^"'\s]+)["']""",
    re.IGNORECASE,
)
# Where the run fetches a URL in its scope (`Scope.resolve`), None off the site.
Resolve = Callable[[str], str | None] | None
OWN_URL = ("data-url", "data-ajax-url", "data-ajaxurl", "data-endpoint")
COUNTERS = {**COUNTER_NAMES, "data-paged": "paged", "data-current-page": "page"}
PAGE_KEYS = frozenset(("page", "paged"))
CONTROLS = "//*[@data-action]"


@dataclass(frozen=True)
class PostMore:
    """One form a "load more" POSTs: where, its fields in order, and which is its counter."""

    url: str
    form: tuple[tuple[str, str], ...]
    counter: str

    def key(self) -> str:
        """The listing's identity for "asked once": its URL and its form."""
        return self.url + " POST " + "&".join(f"{k}={v}" for k, v in self.form)

    def moved_on(self, listed: int) -> PostMore:
        """The next batch's form: a page counter one higher, an offset by the batch's size."""
        step = 1 if self.counter in PAGE_KEYS else listed
        form = tuple(
            (k, str(int(v) + step) if k == self.counter and ascii_digits(v) else v)
            for k, v in self.form
        )
        return replace(self, form=form)


def post_more(page: Selector, url: str, resolve: Resolve = None) -> PostMore | None:
    """The form the page's "load more" control POSTs (its hook in `data-action`, a counter,
    a "load more" look), where the run's scope puts its endpoint (`resolve`: the site's
    other hosts, a mirror's origin), or on the page's own host; None where it has none."""
    words = page_words(page)
    scripts: str | None = None
    for control in page.xpath(CONTROLS):
        action = (control.attrib.get("data-action") or "").strip()
        counter = _counter(control)
        if not PLAIN_VALUE.match(action) or counter is None or not looks_next(control, words):
            continue
        own = next((control.attrib[n] for n in OWN_URL if control.attrib.get(n)), None)
        if own is None:
            scripts = " ".join(page.xpath("//script[not(@src)]/text()").getall())
            found = AJAX_URL.search(scripts)
            own = found["url"].replace("\\/", "/") if found else None
        if own is None:
            continue
        target = join(page_base(page, url), own)  # as the page's fetch() joins it
        if target is None:
            continue
        if resolve is None:
            endpoint = (
                target if urlsplit(target).netloc.lower() == urlsplit(url).netloc.lower() else None
            )
        else:
            endpoint = resolve(target)
        if endpoint is None:
            continue
        return PostMore(endpoint, _form(control, action, counter), counter[0])
    return None


def post_instead(
    page: Selector, url: str, next_url: str | None, resolve: Resolve = None
) -> PostMore | None:
    """The form a listing page POSTs for its next batch where it goes on that way: it
    names no next page, or names the form's own endpoint (a script's GET URL for what the
    button POSTs). None: it goes on by `next_url`, or not at all. (The crawl and `check`.)"""
    post = post_more(page, url, resolve)
    if post is None or (
        next_url is not None and urlsplit(next_url).path != urlsplit(post.url).path
    ):
        return None
    return post


def _counter(control: Selector) -> tuple[str, str] | None:
    for name, value in control.attrib.items():
        key = COUNTERS.get(name.lower())
        if key is not None and ascii_digits(value.strip()):
            return key, value.strip()
    return None


def _form(control: Selector, action: str, counter: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """`action`, the counter, and the other plain values the control carries."""
    form = {"action": action, counter[0]: counter[1]}
    for name, value in control.attrib.items():
        lower = name.lower()
        if not lower.startswith("data-") or lower in COUNTERS or lower in OWN_URL:
            continue
        key = lower.removeprefix("data-").replace("-", "_")
        if key not in form and PLAIN_VALUE.match(value):
            form[key] = value
    return tuple(form.items())
