"""Whether a name is the publisher or a publishing house, not a person: the site's own
names (profile, JSON-LD publisher, og:site_name, host) and company-shaped names.

The site's name is a CMS default in author fields; the cascade keeps it only where no
source names a person, so it must be told apart exactly, spelling variants and all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from newsarchive.extract import jsonld
from newsarchive.extract.document import Document
from newsarchive.extract.langwords import AGENCIES, is_agency
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.site import ABBREVIATION, compact, site_keys, spellings
from newsarchive.extract.text import as_strings

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

PUBLISHER_TYPES = ("Organization", "NewsMediaOrganization", "Corporation")
# "Nordmedien Verlag und Druck GmbH & Co. KG", "NORDWEST Mediengruppe" as a JSON-LD author:
# the publishing house's registered name or its group's (a CMS default), no writer; read as a
# byline it split into fragments at its "und" and "&", and beside a writer it was credited too
# (an agency or a newsroom beside her stays). Credited alone, it is read whole where no source
# names anyone.
_REGISTERED_COMPANY = _compile(
    r"\S\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG(?:aA)?)?|mbH|AG|KG(?:aA)?|SE|e\.\s?V\.|Ltd\.?|Inc\.?|LLC"
    r"|S\.A\.|S\.p\.A\.|B\.V\.|\S*(?i:mediengruppe|verlagsgruppe|medienhaus|verlagshaus|verlag)"
    # "Nordwind Media Group", "Example Publishing", "CH Media": a group's name
    r"|(?i:(?:media|medien|médias|medios|mídia|publishing|news)\s+(?:group|gruppe|groupe|grupo"
    r"|holding|company)|media\s*group|publishing|publishers|mediagroup|media|medien))$"
    # "Grupo Ejemplo", "Gruppo Editoriale Esempio", "Groupe Exemple": a group's word first
    r"|^(?:Grupo|Gruppo|Groupe|Grupa)\s+[^\W\d_]"
)


def is_house(name: str) -> bool:
    """A publishing house's registered or group name (`_REGISTERED_COMPANY`), not an agency's:
    "Keystone-SDA-ATS AG", "dpa-infocom GmbH" are the wire credited under its legal name."""
    if (m := _REGISTERED_COMPANY.search(name)) is None or is_agency(name):
        return False  # ("PA Media": the agency's name)
    before = name[: m.start() + 1] if m.start() else name  # (the group's word first: all of it)
    return not any(w in AGENCIES for w in re.split(r"[^\w-]+|(?<=\w)-(?=\w)", before.casefold()))


def publisher_names(doc: Document, rules: SiteRules | None) -> set[str]:
    """The publisher's names as `name_key` gives them, plus its compact site keys ("sternde")."""
    names = set(rules.publisher_names) if rules else set()
    names.update(as_strings(jsonld.resolve(doc.article.get("publisher"), doc.jsonld)))
    for org in jsonld.objects_of_type(doc.jsonld, *PUBLISHER_TYPES):
        names.update(as_strings(org.get("name")))
    names.update(doc.all_meta("og:site_name"))
    return {name_key(n) for n in names if n} | site_keys(doc)


def name_key(name: str) -> str:
    return re.sub(r"\W+", " ", name).strip().casefold()


def is_publisher(name: str, publishers: AbstractSet[str]) -> bool:
    """ "Daily Example", "STERN.de", "MDR THÜRINGEN" (the host's name and a region) on its site;
    also with house words around it ("Beispiel-Zeitung Online", "Redaktion Beispiel-Zeitung")
    or an edition's region code after it ("G Exemplo SP")."""
    key = name_key(name)
    if key in publishers or not spellings(compact(name)).isdisjoint(publishers):
        return True  # "Seznam Zprávy" on seznamzpravy.cz: hosts spell names without accents
    if any(part in publishers or compact(part) in publishers for part in _without_house_words(key)):
        return True
    first = compact(key.split(" ", 1)[0]) if " " in key else ""
    if len(first) > 1 and first in publishers and first.upper() in name:
        return True
    if (
        name.isupper()
        and ABBREVIATION + compact(name) in publishers
        and not is_agency(name)  # "AP" on an "Arizona Post": still the agency
    ):
        return True  # "Matti Virtanen ES": the initials of the site's stated name, in capitals
    # an edition's region code after the name: "G Exemplo SP", "Example News NSW"
    head, _, code = name.strip().rpartition(" ")
    return (
        bool(head) and _REGION_CODE.fullmatch(code) is not None and is_publisher(head, publishers)
    )


_REGION_CODE = _compile(r"[A-Z]{2,3}")


# Words a newsroom puts around the paper's name when it credits itself: "Beispiel-Zeitung
# Online", "Redaktion Beispiel-Zeitung", "Die Beispiel-Zeitung", "Example Post Staff".
_HOUSE_TEXT = """
online digital web redaktion redaktionen newsroom newsdesk desk staff team die der das the le la
el il de redacción redazione rédaction redactie redakcja redakce redaksjonen redaktionen plus
"""
HOUSE_WORDS = frozenset(_HOUSE_TEXT.split())


def _without_house_words(key: str) -> Iterator[str]:
    """A `name_key`ed name without some house words at either end ("the sun online": "the sun",
    "sun online", "sun"), each way of cutting them."""
    words = key.split()
    n = len(words)
    for i in range(n):
        if i and words[i - 1] not in HOUSE_WORDS:
            return
        for j in range(n, i, -1):
            if (i or j < n) and all(w in HOUSE_WORDS for w in words[j:]):
                yield " ".join(words[i:j])
