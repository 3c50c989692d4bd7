"""The zone a site prints its dates in, when the page does not say: its country.

Used only for dates stated without an offset (or only as a machine's UTC): the
country domain (.de, .jp ...) where that country keeps one zone, else the region of
the page's language tag ("de-CH", "en-ZA"), else a language spoken in one zone only
("ja", "ko", "da"; "de" and "it" too: every country speaking them keeps Central
European time). Multi-zone countries (us, ca, au, br, ru, mx ...) give no zone.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from newsarchive.extract.document import Document

COUNTRY_ZONES = {
    "uk": "Europe/London", "gb": "Europe/London", "ie": "Europe/Dublin", "de": "Europe/Berlin",
    "fr": "Europe/Paris", "it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam",
    "be": "Europe/Brussels", "lu": "Europe/Luxembourg", "at": "Europe/Vienna",
    "ch": "Europe/Zurich", "li": "Europe/Vaduz", "se": "Europe/Stockholm", "no": "Europe/Oslo",
    "dk": "Europe/Copenhagen", "fi": "Europe/Helsinki", "is": "Atlantic/Reykjavik",
    "pl": "Europe/Warsaw", "cz": "Europe/Prague", "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest", "si": "Europe/Ljubljana", "hr": "Europe/Zagreb",
    "rs": "Europe/Belgrade", "ro": "Europe/Bucharest", "bg": "Europe/Sofia",
    "gr": "Europe/Athens", "cy": "Asia/Nicosia", "mt": "Europe/Malta", "ee": "Europe/Tallinn",
    "lv": "Europe/Riga", "lt": "Europe/Vilnius", "tr": "Europe/Istanbul", "il": "Asia/Jerusalem",
    "ae": "Asia/Dubai", "sa": "Asia/Riyadh", "qa": "Asia/Qatar", "eg": "Africa/Cairo",
    "ma": "Africa/Casablanca", "ng": "Africa/Lagos", "gh": "Africa/Accra", "ke": "Africa/Nairobi",
    "za": "Africa/Johannesburg", "in": "Asia/Kolkata", "pk": "Asia/Karachi",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "cn": "Asia/Shanghai", "tw": "Asia/Taipei",
    "hk": "Asia/Hong_Kong", "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur",
    "th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh", "ph": "Asia/Manila",
    "nz": "Pacific/Auckland", "ar": "America/Argentina/Buenos_Aires", "co": "America/Bogota",
    "pe": "America/Lima", "ve": "America/Caracas", "uy": "America/Montevideo",
}  # fmt: skip
# Languages whose speakers all keep one zone's rules (their countries share its offsets).
LANGUAGE_COUNTRY = {
    "ja": "jp", "ko": "kr", "de": "de", "it": "it", "nl": "nl", "da": "dk", "sv": "se",
    "nb": "no", "nn": "no", "no": "no", "fi": "fi", "pl": "pl", "cs": "cz", "sk": "sk",
    "hu": "hu", "el": "gr", "he": "il", "tr": "tr", "is": "is", "et": "ee", "lv": "lv",
    "lt": "lt", "ro": "ro", "bg": "bg", "hr": "hr", "sl": "si", "th": "th", "vi": "vn",
}  # fmt: skip


def site_zone(doc: Document) -> str | None:
    """IANA zone of the page's country (domain, language region, one-zone language)."""
    host = urlsplit(doc.url).hostname or ""
    if zone := COUNTRY_ZONES.get(host.rsplit(".", 1)[-1]):
        return zone
    tag = (doc.tree.get("lang") or doc.tree.get("xml:lang") or "").strip().lower()
    parts = tag.replace("_", "-").split("-")
    if len(parts) > 1 and (zone := COUNTRY_ZONES.get(parts[-1])):
        return zone
    return COUNTRY_ZONES.get(LANGUAGE_COUNTRY.get(parts[0], ""))
