"""The publisher's own names, as a page states them: to cut them from titles and author lists.

Sources: `og:site_name`, the web-app and native-app name metas, the publisher metas,
the JSON-LD publisher and Organization objects, and the host (`www.stern.de` gives
"stern" and "stern.de").
Names are compared in a compact form (letters and digits only, casefolded), so
"STERN.de", "stern.de" and "Stern DE" are one name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

from newsarchive.extract import jsonld, langwords
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
_NUMBERED_HOST = re.compile(r"www\d+")  # www3.example.jp
_GENERIC_LABELS = _HOST_PREFIXES | {"news", "com", "org", "net", "co", "ac", "gov", "or", "ne"}


def compact(s: str) -> str:
    return _NON_WORD.sub("", s).casefold()


_EDITION_TEXT = "online digital web news plus live tv magazin magazine zeitung newsroom app mobile"
# "Daily Example Online" is "Daily Example", "Example Nachrichten" and "例ニュース" are "Example"
EDITION_WORDS = frozenset(_EDITION_TEXT.split()) | {
    compact(w) for w in langwords.entries(langwords.NEWS_WORDS)
}
# "VG Nyheter" on vg.no: a short name before an edition word still names the site
MIN_EDITION_KEY = 2
MIN_PREFIX = 4  # "Daily Example Online" is the site "Daily Example"; shorter keys must match whole
MIN_INITIALS = 3  # "Neue Zürcher Zeitung" is nzz.ch; two initials ("Le Monde") say nothing
# German spells umlauts out in host names ("Süddeutsche" on sueddeutsche.de).
_CJK_STEM = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Letters that keep no base letter apart from their mark ("Przykład.pl" on przyklad.pl,
# "Børsen" on borsen.dk, "Fréttablaðið", "Dagbladet Information" ...): as host names spell them.
_UNMARKED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ß": "ss",
     "ħ": "h"}
)  # fmt: skip


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
    while len(labels) > 2 and (labels[0] in _HOST_PREFIXES or _NUMBERED_HOST.fullmatch(labels[0])):
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


_ARTICLES = frozenset(langwords.entries(langwords.NAME_ARTICLES))


@lru_cache(maxsize=4096)
def is_site(text: str, keys: frozenset[str]) -> bool:
    """ "Daily Example", "dailyexample.co.uk", "DAILY EXAMPLE Online" on www.dailyexample.co.uk.

    A longer name counts only where what follows the site's name is an edition word or a
    domain ending ("Times Square" is no site on times.example); a shorter one needs four
    characters ("Daily Example" for "Daily Example Online"). Cached: the title cascade asks
    of the same parts several times a page.
    """
    key = compact(text)
    if not key:
        return False
    if any(_named(k, keys) for k in spellings(key)):
        return True
    first, _, rest = text.strip().partition(" ")
    if rest and first.casefold() in _ARTICLES and _named(compact(rest), keys):
        return True  # "The Example Chronicle" on examplechronicle.in
    initials = "".join(w[0] for w in _NON_WORD.sub(" ", text).split())
    return len(initials) >= MIN_INITIALS and bool(spellings(initials.casefold()) & keys)


def spellings(key: str) -> set[str]:
    """The key as written, without accents ("Libération" on liberation.fr, "Przykład" on
    przyklad.pl) and with German umlauts spelt out; host names are ASCII while the names
    pages print are not."""
    if key.isascii():
        return {key}
    bare = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    bare = bare.translate(_UNMARKED)
    spelt = unicodedata.normalize("NFC", key).translate(_UMLAUTS)
    return {key} | {k for k in (bare, spelt) if k.isascii()}


def _named(key: str, keys: frozenset[str]) -> bool:
    if key in keys:
        return True
    if len(key) < MIN_PREFIX:
        return False
    # "中日新聞Web" and "中日新聞社": CJK names of one house share their first characters
    # (only CJK: "Hafenbrücke ..." shares its first four letters with hafen.de by chance)
    stem = key[:MIN_PREFIX] if _CJK_STEM.fullmatch(key[:MIN_PREFIX]) else None
    for k in keys:
        if len(k) < MIN_PREFIX:
            if len(k) >= MIN_EDITION_KEY and key.startswith(k) and key[len(k) :] in EDITION_WORDS:
                return True
            continue
        if k.startswith(key) or (stem is not None and k.startswith(stem)):
            return True
        if key.startswith(k) and _edition(key[len(k) :]):
            return True
    return False


def _edition(rest: str) -> bool:
    return len(rest) <= 3 or rest in EDITION_WORDS
