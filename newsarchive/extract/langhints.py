"""What a page says of its language besides its words and its first declared code.

Two uses (`page_fields.article_language`, `textlang.py`):

- `addressed`: the languages the page's own address and alternates give it: a language
  segment of its path (`/fr/`, `/fr-ch/`, swissinfo-style `/fre/`), a language subdomain
  (`it.example.ch`), `?lang=fr`, an `<link rel="alternate" hreflang="fr">` whose address is
  this page's, and a code another of its declarations states (`og:locale="fr_CH"` under
  `<html lang="de">`). A CMS that declares one language on every edition (a Swiss site's
  `lang="de"` on its French pages, a Spanish site's `es` on its Catalan edition) gives
  itself away there; the words must still say it, and surely (`textlang.overrules`).
- `tie_breakers`: for a close call between neighbours the detector mixes up (Danish and
  Norwegian, Malay and Indonesian, Croatian, Bosnian and Serbian, Czech and Slovak,
  Galician and Portuguese, Catalan and Spanish, Afrikaans and Dutch), the languages the
  declared code, the address, the declared region (`pt-BR`, `ms_MY`, `en-ID`) and the
  domain's country (`.dk`, `.co.id`, `.cat`) name, strongest first.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.urls import join_url, split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# The languages a country's domain or a declared region names, where the neighbours of
# `textlang.NEIGHBOURS` are concerned (only these are ever read: Belgium's French and
# German play no part in a Dutch-Afrikaans call). Montenegro's sites write the language
# they declare as "sr-ME" (Montenegrin has no two-letter code and the model no class).
# Bosnia's domain names all three of its languages, so it breaks no tie: its Croatian
# sites print "listopad" for October, which under "bs" would read as Czech November.
COUNTRY: dict[str, frozenset[str]] = {
    key: frozenset(value.split())
    for key, value in {
        "dk": "da", "fo": "da", "no": "no nb nn", "sj": "no nb nn",
        "my": "ms", "bn": "ms", "sg": "ms", "id": "id",
        "rs": "sr", "me": "sr", "hr": "hr", "ba": "bs hr sr",
        "cz": "cs", "sk": "sk",
        "pt": "pt", "br": "pt", "ao": "pt", "mz": "pt", "cv": "pt",
        "es": "es ca gl", "ad": "ca", "cat": "ca", "gal": "gl",
        "za": "af", "na": "af", "nl": "nl", "be": "nl", "sr": "nl", "aw": "nl", "cw": "nl",
    }.items()
} | dict.fromkeys(
    ["mx", "ar", "cl", "pe", "ve", "uy", "ec", "bo", "py", "cr", "pa", "do", "gt", "hn", "sv",
     "ni", "cu"], frozenset({"es"}),
)  # fmt: skip
# ISO 639-2 codes sites use in their paths (swissinfo's /ger/ /fre/ /ita/ /eng/)
_THREE = {
    "eng": "en", "ger": "de", "deu": "de", "fre": "fr", "fra": "fr", "ita": "it",
    "spa": "es", "por": "pt", "cat": "ca", "dut": "nl", "nld": "nl", "rum": "ro",
    "ron": "ro", "glg": "gl", "slk": "sk", "slo": "sk", "ces": "cs", "cze": "cs",
    "hrv": "hr", "srp": "sr", "bos": "bs", "nor": "no", "nob": "nb", "nno": "nn",
    "dan": "da", "swe": "sv", "msa": "ms", "may": "ms", "ind": "id", "afr": "af",
}  # fmt: skip
_SEGMENT = _compile(r"([a-z]{2,3})(?:[-_]([a-z]{2}|[a-z]{4}))?", re.IGNORECASE)
_REGION = _compile(r"[a-z]{2}", re.IGNORECASE)


def code_of(value: str) -> str | None:
    """The language a path segment, subdomain or hreflang value names ("fr", "fr-CH",
    "fre", "pt_BR"), else None ("x-default", "news", "2025")."""
    m = _SEGMENT.fullmatch(value)
    if not m:
        return None
    code = m.group(1).lower()
    return code if len(code) == 2 else _THREE.get(code)


def same(a: str, b: str) -> bool:
    """Whether two codes name one language for the model ("nb" and "no")."""
    norm = {"nb": "no"}
    return norm.get(a, a) == norm.get(b, b)


def addressed(doc: Document, stated: list[str]) -> set[str]:
    """The languages the page's address, its hreflang alternates naming its own address and
    its declarations (`stated`: each as written; the first's is the declared one) give it."""
    found = set(url_languages(doc.url))
    found.update(c for v in stated if (c := code_of(v.strip().split(",")[0].strip())))
    own = {_key(doc.url)}
    alternates: list[tuple[str, str]] = []
    for link in doc.elements("link"):
        rel = (link.get("rel") or "").lower()
        href = (link.get("href") or "").strip()
        if not href:
            continue
        if "canonical" in rel:
            own.add(_key(join_url(doc.url, href)))
        elif "alternate" in rel and (hreflang := link.get("hreflang")):
            alternates.append((hreflang.strip(), _key(join_url(doc.url, href))))
    found.update(c for hreflang, key in alternates if key in own and (c := code_of(hreflang)))
    return found


def url_languages(url: str) -> list[str]:
    """The languages an address names: its first path segment (not a later one: an id's
    "/news/id/4521"), its first host label, a `lang`/`hl`/`language` query value."""
    parts = split_url(url)
    found = []
    segments = [s for s in parts.path.split("/") if s][:1]
    labels = parts.hostname.split(".") if parts.hostname else []
    if len(labels) > 2:
        segments.append(labels[0])
    for key, values in parse_qs(parts.query).items():
        if key.lower() in ("lang", "hl", "language", "locale"):
            segments += values
    for segment in segments:
        if code := code_of(segment):
            found.append(code)
    return found


def tie_breakers(
    doc: Document, declared: str | None, stated: list[str], address: set[str] | None = None
) -> list[frozenset[str]]:
    """The languages each sign names, strongest first: the declared code, the address's
    (`addressed`), the declared regions', the domain's country's."""
    signs: list[frozenset[str]] = []
    if declared:
        signs.append(frozenset({declared}))
    signs.append(frozenset(address if address is not None else addressed(doc, stated)))
    regions: set[str] = set()
    for value in stated:
        for tag in re.split(r"[-_]", value.strip().split(",")[0].strip())[1:]:
            if _REGION.fullmatch(tag):
                regions |= COUNTRY.get(tag.lower(), frozenset())
    signs.append(frozenset(regions))
    host = split_url(doc.url).hostname or ""
    signs.append(COUNTRY.get(host.rsplit(".", 1)[-1].lower(), frozenset()))
    return [s for s in signs if s]


def _key(url: str) -> str:
    """An address as compared with another: no scheme, fragment, or trailing slash."""
    parts = split_url(url.strip())
    path = parts.path.rstrip("/")
    return f"{(parts.hostname or '').removeprefix('www.')}{path}?{parts.query}"
