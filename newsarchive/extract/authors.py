"""Authors: names only, without "By", roles, duplicates, e-mails, URLs or the publisher."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import Any

from lxml.html import HtmlElement

from newsarchive.extract import jsonld
from newsarchive.extract.document import Document
from newsarchive.extract.page_fields import parsely
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import as_strings, clean, dedupe

AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
               "dcterms.creator", "citation_author", "byl", "twitter:creator:name")  # fmt: skip
BYLINE_XPATH = (
    "//*[@itemprop='author']//*[@itemprop='name']",
    "//a[@rel='author']",
    "//*[contains(@class,'byline') and not(contains(@class,'bio'))]"
    "//a[contains(@href,'/author') or contains(@href,'/people/') or contains(@href,'/profile')]",
    "//*[contains(@class,'byline') and not(contains(@class,'bio'))"
    " and not(ancestor::*[contains(@class,'byline')])]",
)
_ROLE_TEXT = """
reporter editor writer correspondent columnist contributor journalist staff senior chief
deputy associate assistant managing political news digital executive producer photographer
analyst critic freelance contributing international national foreign economics business
editor-at-large at large special the of for and in a host anchor breaking sports us uk
world affairs science health technology tech politics entertainment video investigative
data global lead head team desk content commerce updated
"""
# Words of job titles: a byline part made only of these is a role, not a name.
ROLE_WORDS = frozenset(_ROLE_TEXT.split())
_BY = re.compile(r"^\s*(?:written\s+|reported\s+|words\s+|story\s+|text\s+)?by[:\s]+", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\||&|\band\b|\bund\b|\bwith\b|/|\n)\s*", re.I)
_EMAIL_OR_URL = re.compile(r"@\w|https?://|www\.|\.com\b|\.co\.uk\b")
_URL = re.compile(r"^(?:https?:)?//|^www\.")
_BAD = re.compile(r"\d|\bupdated\b|\bpublished\b|\bfollow\b|\bview\b|\bmore\b|\bread\b", re.I)
_IN_PLACE = re.compile(r"\s+in\s+(?:[A-Z][\w'.-]*\s*){1,3}$")
BYLINE_CLUSTER_DEPTH = 3
_TEASER_AREAS = {"aside", "nav", "footer"}
_PAGE = {"body", "html"}
_PUBLISHER_TYPES = ("Organization", "NewsMediaOrganization", "Corporation")


def authors(doc: Document, rules: SiteRules | None) -> list[str]:
    """People from the first source naming any; the publisher itself only if no source does."""
    publishers = _publisher_names(doc, rules)
    fallback: list[str] = []
    for raw in _raw_cascade(doc, rules):
        names = clean_names(raw, publishers)
        if names and all(_key(n) in publishers for n in names):
            fallback = fallback or names  # "BBC News" as author: look for a person first
        elif names:
            return names
    return fallback


def _raw_cascade(doc: Document, rules: SiteRules | None) -> Iterator[list[str]]:
    if rules and rules.authors:
        yield [el.text_content() for el in doc.select(rules.authors)]
    article = doc.article
    yield _jsonld_authors(jsonld.resolve(article.get("author"), doc.jsonld)) + _jsonld_authors(
        jsonld.resolve(article.get("creator"), doc.jsonld)
    )
    yield doc.all_meta(*AUTHOR_META) + as_strings(parsely(doc).get("authors"))
    for xp in BYLINE_XPATH:
        yield [el.text_content() for el in _first_cluster(doc.tree.xpath(xp)[:20])]


def _first_cluster(elements: list[HtmlElement]) -> list[HtmlElement]:
    """The first byline and those beside it: later matches are bylines of teaser cards."""
    elements = [
        el for el in elements if not any(a.tag in _TEASER_AREAS for a in el.iterancestors())
    ]
    if not elements:
        return []
    near = _near(elements[0])
    return [el for el in elements if near.intersection(_near(el))]


def _near(el: HtmlElement) -> set[HtmlElement]:
    return {
        a for a in itertools.islice(el.iterancestors(), BYLINE_CLUSTER_DEPTH) if a.tag not in _PAGE
    }


def _jsonld_authors(value: Any) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in _jsonld_authors(v)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
        if isinstance(name, str):
            return [name]
        given, family = value.get("givenName"), value.get("familyName")
        return [f"{given} {family}"] if isinstance(given, str) and isinstance(family, str) else []
    return [value] if isinstance(value, str) else []


def _publisher_names(doc: Document, rules: SiteRules | None) -> set[str]:
    names = set(rules.publisher_names) if rules else set()
    names.update(as_strings(jsonld.resolve(doc.article.get("publisher"), doc.jsonld)))
    for org in jsonld.objects_of_type(doc.jsonld, *_PUBLISHER_TYPES):
        names.update(as_strings(org.get("name")))
    names.update(doc.all_meta("og:site_name"))
    return {_key(n) for n in names if n}


def _key(name: str) -> str:
    return re.sub(r"\W+", " ", name).strip().casefold()


def clean_names(raw: list[str], publishers: AbstractSet[str] = frozenset()) -> list[str]:
    """Split bylines into names and drop what is not a person; keep a publisher only if alone."""
    names: list[str] = []
    for text in raw:
        text = clean(text)
        if not text or len(text) > 300:
            continue
        if _URL.match(text):
            continue
        text = _BY.sub("", text)
        for part in _SPLIT.split(text):
            name = _clean_name(part)
            if name:
                names.append(name)
    names = dedupe(names)
    people = [n for n in names if _key(n) not in publishers]
    return people or names


def _clean_name(part: str) -> str | None:
    part = _BY.sub("", part).strip(" .:-\u2013\u2014()[]'\"")
    part = _IN_PLACE.sub("", part)  # "Helena Smith in Athens": where she filed from
    if not part or _EMAIL_OR_URL.search(part) or _BAD.search(part):
        return None
    words = part.split()
    if not words or len(words) > 5 or all(w.casefold().strip(".") in ROLE_WORDS for w in words):
        return None
    if part.startswith("@") or (len(words) == 1 and part.islower()):  # handles and URL slugs
        return None
    return part
