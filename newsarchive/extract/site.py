"""The publisher's own names, as a page states them: to cut them from titles and author lists.

Sources: `og:site_name`, the web-app and native-app name metas, the publisher metas,
the JSON-LD publisher and Organization objects, and the host (`www.stern.de` gives
"stern" and "stern.de").
Names are compared in a compact form (letters and digits only, casefolded), so
"STERN.de", "stern.de" and "Stern DE" are one name.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsarchive.extract import jsonld
from newsarchive.extract.document import Document
from newsarchive.extract.text import as_strings

# The site's name as the page states it: Open Graph, the web-app and native-app names
# (App Links, Twitter app cards), the publisher metas.
SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site",
             "al:ios:app_name", "al:android:app_name", "twitter:app:name:iphone",
             "twitter:app:name:googleplay", "publisher", "dc.publisher")  # fmt: skip
_PUBLISHER_TYPES = ("Organization", "NewsMediaOrganization", "Corporation")
_NON_WORD = re.compile(r"[\W_]+")
# Host labels that name no publisher: prefixes of the host, and second-level domains.
_HOST_PREFIXES = frozenset({"www", "m", "mobile", "amp", "edition"})
_GENERIC_LABELS = _HOST_PREFIXES | {"news", "com", "org", "net", "co", "ac", "gov", "or", "ne"}
_EDITION_TEXT = "online digital web news plus live tv magazin magazine zeitung newsroom app mobile"
EDITION_WORDS = frozenset(_EDITION_TEXT.split())  # "Daily Example Online" is "Daily Example"
MIN_PREFIX = 4  # "Daily Example Online" is the site "Daily Example"; shorter keys must match whole


def compact(s: str) -> str:
    return _NON_WORD.sub("", s).casefold()


def site_keys(doc: Document) -> frozenset[str]:
    """Compact forms of every name the page gives its publisher (computed once per page)."""
    cached: frozenset[str] | None = doc.cache.get("site_keys")
    if cached is not None:
        return cached
    names = [n.lstrip("@") for n in doc.all_meta(*SITE_META)]
    names += as_strings(jsonld.resolve(doc.article.get("publisher"), doc.jsonld))
    for org in jsonld.objects_of_type(doc.jsonld, *_PUBLISHER_TYPES):
        names += as_strings(org.get("name"))
    keys = {compact(n) for n in names}
    host = (urlsplit(doc.url).hostname or "").lower()
    labels = host.split(".")
    while len(labels) > 2 and labels[0] in _HOST_PREFIXES:
        labels = labels[1:]
    if labels:
        keys.add(compact(".".join(labels)))  # "stern.de" -> "sternde"
        keys.update(  # "stern", not the TLD or "co" of ".co.uk"
            compact(lab) for lab in labels[:-1] if len(lab) > 1 and lab not in _GENERIC_LABELS
        )
    keys.discard("")
    found = frozenset(keys)
    doc.cache["site_keys"] = found
    return found


def is_site(text: str, keys: frozenset[str]) -> bool:
    """ "Daily Example", "dailyexample.co.uk", "DAILY EXAMPLE Online" on www.dailyexample.co.uk.

    A longer name counts only where what follows the site's name is an edition word or a
    domain ending ("Times Square" is no site on times.example); a shorter one needs four
    characters ("Daily Example" for "Daily Example Online").
    """
    key = compact(text)
    if not key:
        return False
    if key in keys:
        return True
    if len(key) < MIN_PREFIX:
        return False
    # "中日新聞Web" and "中日新聞社": CJK names of one house share their first characters
    stem = None if key.isascii() else key[:MIN_PREFIX]
    for k in keys:
        if len(k) < MIN_PREFIX:
            continue
        if k.startswith(key) or (stem is not None and k.startswith(stem)):
            return True
        if key.startswith(k) and _edition(key[len(k) :]):
            return True
    return False


def _edition(rest: str) -> bool:
    return len(rest) <= 3 or rest in EDITION_WORDS
