"""Writers as the page's metadata states them: author metas ("Family, Given" in Dublin
Core and Highwire ones), JSON-LD authors (persons apart from houses), labelled metas.

These are the most trusted sources after a site profile; read as written, cleaned later.
"""

from __future__ import annotations

from typing import Any

from newsarchive.extract import langwords
from newsarchive.extract.authorshapes import FAMILY_GIVEN, capitalised, spoken_capitals
from newsarchive.extract.document import Document
from newsarchive.extract.givennames import is_given_name
from newsarchive.extract.langwords import capitals_agency_abroad, is_agency
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import as_strings

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_WRITTEN_BY = frozenset(langwords.entries(langwords.WRITTEN_BY_LABELS))
_TWITTER_LABELS = 4
# Dublin Core and Highwire (citation_*) metas write a person "Family, Given" ("Doe, Jane").
INVERTED_META = frozenset({"dc.creator", "dcterms.creator", "citation_author"})
# An Arabic family name's article or "son of", joined by a hyphen: "al-Sayed", "el-Masri"
_ARABIC_PARTICLE = _compile(r"^(?:al|el|bin|ibn|abu)-(?=[^\W\d_])")


def labelled_author(doc: Document) -> list[str]:
    """ "twitter:label1" = "Written by" / "Verfasst von", "twitter:data1" = the writer (what
    WordPress SEO plugins write), and Webtrends' `dcsext.author`."""
    found = doc.all_meta("dcsext.author")
    for i in range(1, _TWITTER_LABELS + 1):
        label = doc.first_meta(f"twitter:label{i}")
        if label and label.strip(" :").casefold() in _WRITTEN_BY:
            found += doc.all_meta(f"twitter:data{i}")
    return found


def given_first(value: str, lang: str = "") -> str:
    """ "Doe, Jane" -> "Jane Doe" (both words capitalised, no agency: "Muster, SDA" stays).
    `lang`: the page's language, where an agency's letters are a given name abroad
    ("Müller, PETRA" in German; "Sharma, ANI" in English is the agency)."""
    m = FAMILY_GIVEN.match(value)
    if m is None:
        return value
    family, given = m.groups()
    # "de Vries", "al-Sayed": the particle stays lower case
    last = _ARABIC_PARTICLE.sub("", family.split()[-1])
    if not (capitalised(last) and capitalised(given)) or last.isupper():
        return value
    if given.isupper() and not (
        len(given) >= 3 and (is_given_name(given) or spoken_capitals(given))
    ):
        return value  # "Muster, SDA"; a given name in capitals is hers ("Smith, JORDAN")
    if is_agency(family) or (is_agency(given) and not capitals_agency_abroad(given, lang)):
        return value
    return f"{given} {family}"  # (as printed: "JORDAN Smith")


def person_names(value: Any) -> list[str]:
    """The names of JSON-LD authors typed Person: "Lena AG", "Paul Verlag" are people, whatever
    their last word."""
    if isinstance(value, list):
        return [n for v in value for n in person_names(v)]
    if isinstance(value, dict) and "Person" in as_strings(value.get("@type")):
        return jsonld_authors(value)
    return []


def jsonld_authors(value: Any) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in jsonld_authors(v)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
        if isinstance(name, str):
            return [name]
        given, family = value.get("givenName"), value.get("familyName")
        return [f"{given} {family}"] if isinstance(given, str) and isinstance(family, str) else []
    return [value] if isinstance(value, str) else []
