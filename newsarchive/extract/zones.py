"""The zone a site prints its dates in, when the page does not say: its country.

Used only for dates stated without an offset (or only as a machine's UTC): the
country domain (.de, .jp ...) where that country keeps one zone, else the region of
the page's language tag ("de-CH", "en-ZA"), else a language spoken in one zone only
("ja", "ko", "da"; "de" and "it" too: every country speaking them keeps Central
European time; on a page without a tag, the language its script names). A country
spanning several zones gets the zone where most of its national press sits (us: New
York, ca: Toronto, au: Sydney, br: São Paulo, ru: Moscow, gl: Nuuk): a guess, but a naive
time is never the same instant as anything, and sites in the other zones mostly print
their offset. A bare "en", "es", "fr", "pt", "ar" or "ru" gives none. Every country of one
zone is listed (tzdata's zone.tab), but domains rented to sites anywhere (.io, .tv, .cc,
.fm ...) name no country.

The second half holds what decides a found date's offset from a time and that zone alone: a
zone abbreviation as the site's press means it ("CST" on a Chinese page), the zone a page's
printed offset lends ("EST" New York's), the other season's offset a CMS writes all year, one
moment spelt in two offsets. It is apart from dates.py, whose cascade reads the page's other
dates, so a reader finds the zone rules in one place, and each can be read and tested without
the cascade; it imports nothing of dates.py.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import re
import zoneinfo
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from importlib import resources
from pathlib import Path

from newsarchive.extract import dateparse, dateplace, langwords, page_fields
from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

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
    "pt": "Europe/Lisbon", "ua": "Europe/Kyiv", "by": "Europe/Minsk", "md": "Europe/Chisinau",
    "ba": "Europe/Sarajevo", "me": "Europe/Podgorica", "mk": "Europe/Skopje",
    "al": "Europe/Tirane", "ad": "Europe/Andorra", "mc": "Europe/Monaco", "ge": "Asia/Tbilisi",
    "am": "Asia/Yerevan", "az": "Asia/Baku", "fo": "Atlantic/Faroe", "jo": "Asia/Amman",
    "lb": "Asia/Beirut", "kw": "Asia/Kuwait", "bh": "Asia/Bahrain", "om": "Asia/Muscat",
    "iq": "Asia/Baghdad", "ir": "Asia/Tehran", "bd": "Asia/Dhaka", "lk": "Asia/Colombo",
    "np": "Asia/Kathmandu", "mm": "Asia/Yangon", "kh": "Asia/Phnom_Penh", "la": "Asia/Vientiane",
    "bn": "Asia/Brunei", "mo": "Asia/Macau", "tn": "Africa/Tunis", "dz": "Africa/Algiers",
    "ly": "Africa/Tripoli", "sn": "Africa/Dakar", "ci": "Africa/Abidjan", "cm": "Africa/Douala",
    "et": "Africa/Addis_Ababa", "ug": "Africa/Kampala", "tz": "Africa/Dar_es_Salaam",
    "rw": "Africa/Kigali", "zm": "Africa/Lusaka", "zw": "Africa/Harare", "bw": "Africa/Gaborone",
    "na": "Africa/Windhoek", "mz": "Africa/Maputo", "mw": "Africa/Blantyre",
    "ao": "Africa/Luanda", "mu": "Indian/Mauritius", "py": "America/Asuncion",
    "bo": "America/La_Paz", "gt": "America/Guatemala", "sv": "America/El_Salvador",
    "hn": "America/Tegucigalpa", "ni": "America/Managua", "cr": "America/Costa_Rica",
    "pa": "America/Panama", "cu": "America/Havana", "do": "America/Santo_Domingo",
    "jm": "America/Jamaica", "tt": "America/Port_of_Spain", "pr": "America/Puerto_Rico",
    # several zones: where most of the national press sits (see the module docstring)
    "us": "America/New_York", "ca": "America/Toronto", "au": "Australia/Sydney",
    "br": "America/Sao_Paulo", "ru": "Europe/Moscow", "mx": "America/Mexico_City",
    "id": "Asia/Jakarta", "cl": "America/Santiago", "ec": "America/Guayaquil",
    "kz": "Asia/Almaty",
    "gl": "America/Nuuk", "mn": "Asia/Ulaanbaatar", "uz": "Asia/Tashkent", "ps": "Asia/Hebron",
    "cd": "Africa/Kinshasa", "pg": "Pacific/Port_Moresby", "pf": "Pacific/Tahiti",
    "ki": "Pacific/Tarawa", "mh": "Pacific/Majuro",
    # every other country keeping one zone (tzdata's zone.tab), named by its domain
    "af": "Asia/Kabul", "aw": "America/Aruba", "ax": "Europe/Mariehamn", "bb": "America/Barbados",
    "bf": "Africa/Ouagadougou", "bi": "Africa/Bujumbura", "bj": "Africa/Porto-Novo",
    "bm": "Atlantic/Bermuda", "bs": "America/Nassau", "bt": "Asia/Thimphu", "bz": "America/Belize",
    "ck": "Pacific/Rarotonga", "cv": "Atlantic/Cape_Verde", "cw": "America/Curacao",
    "dj": "Africa/Djibouti", "dm": "America/Dominica", "er": "Africa/Asmara", "fj": "Pacific/Fiji",
    "fk": "Atlantic/Stanley", "gd": "America/Grenada", "gf": "America/Cayenne",
    "gi": "Europe/Gibraltar", "gm": "Africa/Banjul", "gn": "Africa/Conakry",
    "gp": "America/Guadeloupe", "gu": "Pacific/Guam", "gw": "Africa/Bissau",
    "gy": "America/Guyana", "ht": "America/Port-au-Prince", "im": "Europe/Isle_of_Man",
    "je": "Europe/Jersey", "kg": "Asia/Bishkek", "km": "Indian/Comoro", "kn": "America/St_Kitts",
    "kp": "Asia/Pyongyang", "ky": "America/Cayman", "lc": "America/St_Lucia",
    "lr": "Africa/Monrovia", "ls": "Africa/Maseru", "mg": "Indian/Antananarivo",
    "mp": "Pacific/Saipan", "mq": "America/Martinique", "mr": "Africa/Nouakchott",
    "mv": "Indian/Maldives", "nc": "Pacific/Noumea", "ne": "Africa/Niamey", "nr": "Pacific/Nauru",
    "pw": "Pacific/Palau", "re": "Indian/Reunion", "sb": "Pacific/Guadalcanal",
    "sc": "Indian/Mahe", "sd": "Africa/Khartoum", "sl": "Africa/Freetown",
    "sm": "Europe/San_Marino", "sr": "America/Paramaribo", "ss": "Africa/Juba",
    "sy": "Asia/Damascus", "sz": "Africa/Mbabane", "tc": "America/Grand_Turk",
    "td": "Africa/Ndjamena", "tg": "Africa/Lome", "tj": "Asia/Dushanbe", "tl": "Asia/Dili",
    "va": "Europe/Vatican", "vi": "America/St_Thomas", "vu": "Pacific/Efate",
    "wf": "Pacific/Wallis", "ye": "Asia/Aden", "yt": "Indian/Mayotte",
    # countries whose domain is mostly rented to sites anywhere: a language names their zone,
    # a domain does not (Wochenblatt, a Paraguayan paper, is on .cc; .io, .tv, .fm, .ai ...)
    "tm": "Asia/Ashgabat", "so": "Africa/Mogadishu", "ws": "Pacific/Apia",
    "as": "Pacific/Pago_Pago",
}  # fmt: skip
# Domains of a region, not a country (ICANN's geographic top-level domains): their press keeps
# the country's clock, named where the page's language tag names none (a Galician page under
# no tag, a CMS's bare "es", or tagged Portuguese; a Swiss paper in French).
REGION_DOMAINS = {
    "gal": "Europe/Madrid", "eus": "Europe/Madrid", "cat": "Europe/Madrid",
    "cymru": "Europe/London", "wales": "Europe/London", "scot": "Europe/London",
    "bzh": "Europe/Paris", "corsica": "Europe/Paris", "alsace": "Europe/Paris",
    "frl": "Europe/Amsterdam", "bayern": "Europe/Berlin", "berlin": "Europe/Berlin",
    "hamburg": "Europe/Berlin", "nrw": "Europe/Berlin", "ruhr": "Europe/Berlin",
    "saarland": "Europe/Berlin", "koeln": "Europe/Berlin", "wien": "Europe/Vienna",
    "tirol": "Europe/Vienna", "swiss": "Europe/Zurich", "zuerich": "Europe/Zurich",
    "quebec": "America/Toronto",
}  # fmt: skip
# Domains rented to sites anywhere ("vanity" domains, and the ones once given away free):
# they name no country's zone, nor its order of a numeric day (.as is rented by Danish and
# Norwegian companies, "A/S", as by others; .mp sold as "mobile phone"): a page there reads
# "03/12/2026" by its language, American Samoa's English by its tag ("en-AS").
RENTED_DOMAINS = frozenset((
    "ac", "ag", "ai", "as", "cc", "cf", "cx", "fm", "ga", "gg", "gq", "gs", "io", "ml", "mp",
    "ms", "nu", "sh", "so", "st", "tk", "tm", "to", "tv", "vc", "vg", "ws",
))  # fmt: skip
# Languages whose speakers all keep one zone's rules (their countries share its offsets).
LANGUAGE_COUNTRY = {
    "ja": "jp", "ko": "kr", "de": "de", "it": "it", "nl": "nl", "da": "dk", "sv": "se",
    "nb": "no", "nn": "no", "no": "no", "fi": "fi", "pl": "pl", "cs": "cz", "sk": "sk",
    "hu": "hu", "el": "gr", "he": "il", "tr": "tr", "is": "is", "et": "ee", "lv": "lv",
    "lt": "lt", "ro": "ro", "bg": "bg", "hr": "hr", "sl": "si", "th": "th", "vi": "vn",
    "uk": "ua", "be": "by", "ka": "ge", "hy": "am", "az": "az", "sr": "rs", "bs": "ba",
    "mk": "mk", "sq": "al", "ca": "es", "eu": "es", "gl": "es", "lb": "lu", "mt": "mt",
    "ga": "ie", "cy": "uk", "fo": "fo", "af": "za", "zu": "za", "xh": "za", "hi": "in",
    "zh": "cn", "ms": "my", "tl": "ph", "am": "et", "id": "id", "fa": "ir", "sw": "ke",
    "fil": "ph", "ceb": "ph",
    "kl": "gl", "st": "ls", "tn": "bw", "ny": "mw", "rw": "rw", "rn": "bi", "mg": "mg",
    "so": "so", "ti": "er", "om": "et", "ha": "ng", "yo": "ng", "ig": "ng", "wo": "sn",
    "lo": "la", "km": "kh", "my": "mm", "si": "lk", "ne": "np", "dv": "mv", "dz": "bt",
    "mn": "mn", "uz": "uz", "tg": "tj", "ky": "kg", "tk": "tm", "kk": "kz", "mi": "nz",
    "jv": "id", "su": "id", "ht": "ht", "prs": "af", "ckb": "iq",
    # India's languages but Bengali, Urdu and Punjabi (also written in Bangladesh, Pakistan)
    "ta": "in", "te": "in", "kn": "in", "ml": "in", "mr": "in", "gu": "in", "or": "in",
    "as": "in",
}  # fmt: skip


# Zones tzdata's zone.tab lists under a country whose clocks its press does not keep: Crimea
# keeps Moscow's time since 2014, and Ukrainian sites print Kyiv's (a ".ua" stamp's +03:00 in
# January is Kyiv's summer offset, not Simferopol's).
_NOT_THE_COUNTRYS = frozenset({"Europe/Simferopol"})


@functools.cache
def _zone_table() -> dict[str, tuple[str, ...]] | None:
    """Each zone of zone.tab with its country's zones: the tz database's own list
    (where ZoneInfo reads its zones first, else the tzdata package); None where neither has it."""
    text = None
    for folder in zoneinfo.TZPATH:
        with contextlib.suppress(OSError):
            text = Path(folder, "zone.tab").read_text(encoding="utf-8")
            break
    if text is None:
        try:
            text = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text("utf-8")
        except (ModuleNotFoundError, OSError):
            return None
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and not line.startswith("#") and fields[2] not in _NOT_THE_COUNTRYS:
            table.setdefault(fields[0].lower(), []).append(fields[2])
    return {zone: tuple(zs) for zs in table.values() for zone in zs}


def other_zone_keeps(name: str, wall: datetime, offset: timedelta) -> bool:
    """Whether another zone of the country `name` stands for keeps `offset` at that wall clock.

    "-05:00" on a July day is Chicago's, a US page's own; "+01:00" in July the Canaries' on a
    ".es" page; "-04:00" in January no US zone's (an offset of the other season, New York's
    summer). Derived from the tz database for the stamp's day, so no list of countries of
    several zones to keep: Kazakhstan's one offset since 2024, China's one clock (Urumqi's
    unofficial one aside), the Chatham Islands' quarter hours never match the main zone's other
    season. Where the database is not found, any zone may (the caller then trusts the stamp).
    """
    table = _zone_table()
    country = table.get(name) if table is not None else None
    if country is None:
        return True
    kept = (dateparse.zone_named(zone) for zone in country if zone != name)
    return any(tz is not None and tz.utcoffset(wall) == offset for tz in kept)


def site_zone(doc: Document) -> str | None:
    """IANA zone of the page's country (domain, language region, one-zone language); found
    once a page (the date cascades ask several times)."""
    if "site_zone" not in doc.cache:
        country = _site_zone(doc)
        kept = country and meta_offset_zone(doc, country)
        # (the publisher's address alone: a dateline is where the reporter filed, "PHOENIX,
        # Ariz. —" on a New York site, and picks only between zones a zone meta leaves)
        if country and not kept and (place := own_place_zone(doc, country, datelines=False)):
            # the place it names as its own (a US newsroom's), where it states no zone (its
            # scripts read only here: a page of a country of several zones naming a place)
            kept = place if stated_zone(doc) is None else None
        doc.cache["site_zone"] = kept or country
    zone: str | None = doc.cache["site_zone"]
    return zone


def host_country(url: str) -> str | None:
    """The country a host's domain names ("uk" for `.co.uk`); None for a generic
    or regional domain, or one rented to sites anywhere (.io, .tv: no country's press)."""
    domain = (split_url(url).hostname or "").rsplit(".", 1)[-1]
    if len(domain) != 2 or not domain.isalpha() or domain in RENTED_DOMAINS:
        return None
    return domain


def _site_zone(doc: Document) -> str | None:
    host = split_url(doc.url).hostname or ""
    domain = host.rsplit(".", 1)[-1]
    if (country := host_country(doc.url)) and (zone := COUNTRY_ZONES.get(country)):
        return zone
    if zone := REGION_DOMAINS.get(domain):
        return zone
    tag = (doc.tree.get("lang") or doc.tree.get("xml:lang") or "").strip().lower()
    language = page_fields.language(doc) or ""
    if language != tag.replace("_", "-").split("-")[0]:
        # no tag ("th" on a .com page in Thai), or one its letters contradict ("en-US" in Arabic)
        tag = language
    parts = tag.replace("_", "-").split("-")
    if len(parts) > 1 and (zone := COUNTRY_ZONES.get(parts[-1])):
        return zone
    if (zone := COUNTRY_ZONES.get(LANGUAGE_COUNTRY.get(parts[0], ""))) and doc.jsonld:
        # the language's country is a guess; the publisher's own address, where its press
        # writes that language, says where it sits (a Tamil page from Singapore, not India)
        return _publisher_zone(doc) or zone
    return zone


# Metas naming the page's locale with a region ("en_US", "es-MX"), read where neither the
# domain nor the language tag names a country.
LOCALE_METAS = ("og:locale", "content-language", "dc.language", "language")


# Regions writing a numeric day month first (CLDR's short dates): the US's English and its
# territories' (`en_GU`, `en_PR`, `en_VI` ... print "3/4/26" as `en_US` does), Spanish for the
# US and Puerto Rico, the Philippines'. Both the dates cascade (a full day's order) and
# daterelative (whether a short "03/12" is read at all) ask this one list.
MONTH_FIRST_REGIONS = frozenset(("us", "ph", "gu", "pr", "vi", "as", "mp", "um"))


def page_region(doc: Document) -> str | None:
    """The region the page's declared language names ("ca" for `<html lang="fr-CA">`, else
    for `og:locale` "fr_CA" on a French page): where a short day's order differs. An English
    page declaring none: its host's country ("uk" on `.co.uk`), as English's order is the
    region's (a French page's is the language's, on `.ch` as on `.fr`)."""
    if "region" not in doc.cache:
        language = page_fields.language(doc)
        tags = [doc.tree.get("lang") or ""]
        tags += [v for key in LOCALE_METAS for v in doc.meta_tags.get(key, ())]
        declared = next(
            (
                parts[1]
                for tag in tags
                if len(parts := tag.strip().lower().replace("_", "-").split("-")) >= 2
                and parts[0] == language
                and len(parts[1]) == 2
            ),
            None,
        )
        if declared is None and language == "en":
            declared = host_country(doc.url)
        doc.cache["region"] = declared
    region: str | None = doc.cache["region"]
    return region


def locale_region(doc: Document) -> str | None:
    """The region an English locale meta names ("gb" for `og:locale` "en_GB"); None where
    none does or two metas disagree."""
    regions = {
        parts[1]
        for key in LOCALE_METAS
        for value in doc.meta_tags.get(key, ())
        if len(parts := value.strip().lower().replace("_", "-").split("-")) == 2
        and parts[0] == "en"
        and len(parts[1]) == 2
    }
    return regions.pop() if len(regions) == 1 else None


def locale_zone(doc: Document) -> str | None:
    """The zone of the region a locale meta names for the page's language: a bare "en" on a
    .com page whose `og:locale` says "en_GB", "es" with "es_MX", "fr" with "fr_CA".

    Weaker than `site_zone`: dates.py reads it only to give a wall clock stated without any
    offset one, never to respell a UTC time. Not "en_US", many CMSs' default whatever the
    site's country (looked-at .com pages: one US and one UK site say it)."""
    language = page_fields.language(doc) or ""
    for key in LOCALE_METAS:
        for value in doc.meta_tags.get(key, ()):
            parts = value.strip().lower().replace("_", "-").split("-")
            if len(parts) != 2 or parts[0] != language:
                continue
            if zone := COUNTRY_ZONES.get(parts[1]):
                kept = meta_offset_zone(doc, zone)
                if parts != ["en", "us"]:
                    return kept or zone
                if kept:  # a CMS default, but its zone meta's offset is a US zone's
                    return kept
    stated = stated_zone(doc)
    if stated is None or stated.startswith("UTC"):
        # a fixed offset the page states, where the publisher's country keeps it: its zone
        country = _publisher_zone(doc, several=True) or _address_zone(doc)
        if country and (kept := meta_offset_zone(doc, country)):
            return kept
    return stated or _publisher_zone(doc) or _address_zone(doc)


def own_place_zone(doc: Document, zone: str, datelines: bool = True) -> str | None:
    """The zone of `zone`'s country that the page names as its own place, if any
    (`dateplace`): its publisher's address's state (`"addressRegion": "AZ"`), else, with
    `datelines`, the story's own dateline ("PHOENIX, Ariz. —" on a US page)."""
    table = _zone_table()
    named = dateplace.region_zone(doc, zone) or (
        dateplace.dateline_zone(doc, zone) if datelines else None
    )
    country = table.get(zone) if table is not None else None
    return named if named is not None and country is not None and named in country else None


def meta_offset_zone(doc: Document, zone: str) -> str | None:
    """The zone of `zone`'s country that keeps the offset the page's zone meta gives
    (`content="-05:00"`, `gmt_offset` "-5") on the day the page was fetched: a CMS writes
    the offset of the day it serves the page, so a US page's December "-05:00" is New York's
    (its July articles are -04:00), its August "-05:00" Chicago's. The zone of the place
    the page names as its own first (`own_place_zone`), then the country's main zone, then
    a zone in summer time that day, then zone.tab's order. Without a fetch time, the zone
    whose winter offset it is, else whose summer offset, by the rules of the year the page
    says it was published (else this year's). None where no zone of the country keeps it,
    or the page gives no such offset."""
    offset = _meta_offset(doc)
    table = _zone_table()
    country = table.get(zone) if table is not None else None
    if offset is None or country is None:
        return None
    # the place the page names as its own first (-07:00 is Phoenix's on "PHOENIX, Ariz. —",
    # Denver's too in winter), then the country's main zone
    first = own_place_zone(doc, zone) or zone
    ordered = tuple(dict.fromkeys((first, zone, *country)))
    fetched = doc.cache.get("fetched")
    known = isinstance(fetched, datetime)
    if isinstance(fetched, datetime):
        days = [fetched]
    else:
        # the zones' rules of the year the page says it was published: it reads the same
        # in any later year (Greenland's clocks moved in 2023)
        year = _published_year(doc) or datetime.now(UTC).year
        days = [datetime(year, month, 15, tzinfo=UTC) for month in (1, 7)]
    kept = [
        # fetched: the main zone, then one in summer time that day (Los Angeles' August -07:00,
        # not Phoenix's); else the main zone, then one whose winter offset it is
        ((name != first, name != zone, bool(local.dst()) != known), name)
        for name in ordered
        if (tz := dateparse.zone_named(name)) is not None
        for local in (day.astimezone(tz) for day in days)
        if local.utcoffset() == offset
    ]
    return min(kept, key=lambda k: k[0])[1] if kept else None


# Metas stating the publication, read (unconverted) for its year where no fetch time is given
_PUBLISHED_METAS = ("article:published_time", "og:article:published_time", "pubdate")


def _published_year(doc: Document) -> int | None:
    """The year the JSON-LD article or a meta says the page was published, if one."""
    stated = doc.article.get("datePublished") if doc.article else None
    values = [stated] if isinstance(stated, str) else []
    values += [v for key in _PUBLISHED_METAS for v in doc.meta_tags.get(key, ())]
    for value in values:
        if (d := dateparse.parse_date(value)) is not None:
            return d.year
    return None


def _meta_offset(doc: Document) -> timedelta | None:
    """The one offset the page's zone metas give (`_meta_offsets`), if one."""
    if "meta_offset" not in doc.cache:
        offsets = _meta_offsets(doc)
        tz = dateparse.zone_named(offsets.pop()) if len(offsets) == 1 else None
        doc.cache["meta_offset"] = tz.utcoffset(None) if tz is not None else None
    found: timedelta | None = doc.cache["meta_offset"]
    return found


# A zone the page names for its clock: `<meta name="timezone" content="Asia/Kolkata">`, a
# CMS's configuration in a script anywhere in the page (`"timezone": "Africa/Johannesburg"`,
# WordPress's `timezone_string`, `timeZone`), as an IANA name of a place (not "UTC" nor
# "Etc/..."); or an offset a meta gives (`content="+09:00"`, "UTC+9", "GMT+05:30"; on an
# offset key also WordPress's bare hours, "5.5"), which has no summer time: the page stated
# no more. Not a zero offset (many CMSs' default, as "UTC" is).
_ZONE_METAS = ("timezone", "time-zone", "time_zone", "tz", "article:timezone")
_OFFSET_METAS = (
    "timezone-offset",
    "timezone_offset",
    "utc-offset",
    "utc_offset",
    "gmt-offset",
    "gmt_offset",
)
# the sign "+", "-" or U+2212 (a class "[+-\u2212]" would be the range of all between them)
_META_OFFSET = _compile(r"(?:(?:UTC|GMT)\s{0,2})?([+\-\u2212])(\d{1,2})(?::?(\d\d))?", re.I)
_BARE_HOURS = _compile(r"([+-]?)(\d{1,2})(?:[.,](\d{1,2}))?")
_STATED_ZONE = _compile(
    r"(?<![\w$])(?:time_?zone(?:_?(?:string|name|id))?|(?<!-)tz)\\?[\"']?\s{0,3}[:=]\s{0,3}\\?[\"']"
    r"((?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)"
    r"/[A-Za-z_-]{2,30}(?:/[A-Za-z_-]{2,30})?"
    r"|(?:UTC|GMT)?[+\-\u2212](?:\d{1,2}:\d\d|\d{4}|\d{1,2}))\\?[\"']",
    re.I,
)
# What each such key holds: only the places a page says one of these are read, the first
# `_ZONE_HITS` of them (three plain searches: about 10 ms on a 2 MB page of scripts).
_ZONE_WORDS = ("zone", "Zone", "ZONE")
# ... and the short key "tz" (`"tz": "Europe/Berlin"`, `tz: '...'`, `var tz = '...'`), each
# spelling with where its key starts from where it is found
_TZ_WORDS = (('"tz"', 1), ("'tz'", 1), ('\\"tz\\"', 2), ("tz:", 0), ("tz =", 0), ("tz=", 0))
_ZONE_HITS = 200  # the first places a page says "zone" that are read (a page of Eurozone news)
_STATED_READ = 5  # the first zone names a page's scripts state, all of which must agree
# A zone a widget shows its own clock in, not the site's: a market ticker's, a weather box's,
# a score box's, a reader's profile, an ad's (an ad server's clock), an event's (a match
# abroad, a launch in Houston: where it happens). Its object (or tag) holds a display's, an
# ad slot's or an event's settings, or its name says whose it is (`new TradingView.widget({`,
# `weather = {`, `user: {`).
_WIDGET_KEYS = _compile(
    r"[\"'\s{,](?:symbols?|colorTheme|width|height|interval|city|units|league|team"
    r"|slot|adUnit|adSlot|placement|startDate|endDate|startTime|venue|kick_?off)"
    r"\\?[\"']?\s{0,3}[:=]"
    r"|widget|weather|forecast|score|market|stock|ticker|clock|user|reader|visitor|browser|prefs"
    r"|googletag|prebid|pbjs|advert",
    re.I,
)
# ... or the object is named as an event's (`liveblog = {event: {`, `"fixtures": [{`), not
# a live blog's own settings (`liveblog = {"timezone": ...}`: the CMS stamps its entries in the
# site's clock) nor one merely saying the page is a live blog (`"isLiveBlog": true`)
_EVENT_OBJECT = _compile(
    r"(?:event|fixture|match)\w{0,20}\\?[\"']?\s{0,3}[:=]\s{0,3}(?:\[\s{0,3})?$", re.I
)
_WIDGET_REACH = 400  # characters read either side of a zone's key for its object


def _a_widgets_zone(source: str, start: int, end: int) -> bool:
    """Whether the zone stated at `start:end` is a widget's or a reader's (`_WIDGET_KEYS` in
    its object, from the nearest "{" or "<" before it, 40 characters more for its name, to
    the nearest "}" or ">" after it): a .com page showing a New York stock ticker or a
    Chicago weather box is not printed on New York's or Chicago's clock."""
    low = max(0, start - _WIDGET_REACH)
    opened = max(source.rfind("{", low, start), source.rfind("<", low, start))
    ends = [i for c in "}>" if (i := source.find(c, end, end + _WIDGET_REACH)) != -1]
    window = source[
        max(0, (opened if opened != -1 else low) - 40) : min(ends) if ends else end + _WIDGET_REACH
    ]
    named = source[max(0, opened - 40) : opened] if opened != -1 else ""
    return _WIDGET_KEYS.search(window) is not None or _EVENT_OBJECT.search(named) is not None


def stated_zone(doc: Document) -> str | None:
    """The IANA zone the page itself names for its clock (`_ZONE_METAS`, a script's
    configuration), where every name it states is one zone; weaker than the country's
    (`site_zone`), read only as `locale_zone` is: for a wall clock stated without an offset
    on a page of no known country (a .com site in English). Several zones named (a widget's
    clock beside the site's) name none."""
    if "stated_zone" not in doc.cache:
        names = _meta_names(doc)
        if not names:
            # no meta names one: a script's configuration (a meta naming one wins over them)
            source: str = doc.cache.get("source", "")
            said = itertools.islice(_zones_said(source), _STATED_READ)
            names.update(
                name
                for m in said
                if not _a_widgets_zone(source, m.start(), m.end())
                and (name := _said_name(m.group(1)))
            )
            names -= {offset for offset in names if _kept_by(offset, names)}
        zone = names.pop() if len(names) == 1 else None
        doc.cache["stated_zone"] = zone if dateparse.zone_named(zone) is not None else None
    found: str | None = doc.cache["stated_zone"]
    return found


def meta_zone(doc: Document) -> bool:
    """Whether the page's zone metas name one zone (`stated_zone` without its scripts)."""
    return len(_meta_names(doc)) == 1


def _meta_names(doc: Document) -> set[str]:
    """The zones the page's zone metas name: places, offsets, abbreviations (a copy)."""
    if "meta_names" not in doc.cache:
        names = {
            v.strip()
            for key in _ZONE_METAS
            for v in doc.meta_tags.get(key, ())
            if "/" in v and not v.strip().lower().startswith("etc/")
        }
        names.update(_meta_offsets(doc))
        names.update(_abbreviation_zones(doc))
        names -= {offset for offset in names if _kept_by(offset, names)}
        doc.cache["meta_names"] = frozenset(names)
    return set(doc.cache["meta_names"])


def _kept_by(offset: str, names: set[str]) -> bool:
    """Whether an offset the page states (`dateparse.offset_name`'s "UTC+09:00") is one the
    place it also names keeps (Tokyo's +09:00, New York's -05:00 or -04:00): one clock in two
    spellings, the place's read (it knows its summer time)."""
    return offset.startswith("UTC") and any(
        offset in _offsets_kept(name) for name in names if not name.startswith("UTC")
    )


@functools.lru_cache(maxsize=64)
def _offsets_kept(name: str) -> frozenset[str]:
    """The offsets a zone keeps in winter and summer, over recent years, as `offset_name`
    spells them."""
    tz = dateparse.zone_named(name)
    if tz is None:
        return frozenset()
    return frozenset(
        dateparse.offset_name(offset)
        for year in range(2016, 2036)
        for month in (1, 7)
        if (offset := datetime(year, month, 15, tzinfo=tz).utcoffset()) is not None
    )


def _zones_said(source: str) -> Iterator[re.Match[str]]:
    """Each `_STATED_ZONE` in the page's source, in order, wherever it is (a CMS writing its
    configuration after 60,000 characters of inline styles and menus): found from the places
    the source says "zone" (plain searches), each read there alone. Each spelling's own first
    `_ZONE_HITS`: a bundled library's hundreds of "zone" below do not hide a "timeZone" above."""
    hits: list[tuple[int, tuple[int, ...]]] = []
    # "timezone" or "time_zone": the key starts 4 or 5 characters before its "zone"
    for word in _ZONE_WORDS:
        at, count = source.find(word), 0
        while at != -1 and count < _ZONE_HITS:
            hits.append((at, (-4, -5)))
            count += 1
            at = source.find(word, at + len(word))
    hits += _tz_words_said(source)
    for at, starts in sorted(hits)[:_ZONE_HITS]:
        found = next((m for n in starts if (m := _STATED_ZONE.match(source, max(0, at + n)))), None)
        if found is not None:
            yield found


def _tz_words_said(source: str) -> list[tuple[int, tuple[int, ...]]]:
    """Where each of `_TZ_WORDS` is in `source`, as a `str.find` loop of each word finds it
    (left to right, none overlapping one before it of the same word), each word's first
    `_ZONE_HITS`: from one scan for their shared "tz", not six (each scan of a page's source
    took ~0.2 ms, and few pages say "tz" often)."""
    hits: list[tuple[int, tuple[int, ...]]] = []
    free = dict.fromkeys(_TZ_WORDS, 0)  # where each word may next start (no overlap)
    counts = dict.fromkeys(_TZ_WORDS, 0)
    at = source.find("tz")
    while at != -1:
        for entry in _TZ_WORDS:
            word, n = entry
            start = at - word.index("tz")
            if (
                start >= free[entry]
                and counts[entry] < _ZONE_HITS
                and source.startswith(word, start)
            ):
                hits.append((start, (n,)))
                free[entry] = start + len(word)
                counts[entry] += 1
        at = source.find("tz", at + 2)
    return hits


def _said_name(value: str) -> str | None:
    """A zone a script states: a place's IANA name as it is, an offset as `offset_name`
    spells it (none for a zero one)."""
    return value if "/" in value else _offset_named(value, bare=False)


# Zone abbreviations a zone meta may hold (`<meta name="timezone" content="CET">`), each the
# zone it names, with its summer time: a CMS writes one label all year, or the day's. Not
# "CST" (China's or the US Central's), "AST", "BST" (Bangladesh's too), "GST" (Gulf or South
# Georgia), "MST" (Arizona's all year); "IST" by `_IST_ZONES`.
_ABBREVIATION_ZONES = {
    **dict.fromkeys(("EST", "EDT", "ET"), "America/New_York"),
    **dict.fromkeys(("CDT", "CT"), "America/Chicago"),
    **dict.fromkeys(("MDT", "MT"), "America/Denver"),
    **dict.fromkeys(("PST", "PDT", "PT"), "America/Los_Angeles"),
    **dict.fromkeys(("CET", "CEST", "MEZ", "MESZ"), "Europe/Berlin"),
    **dict.fromkeys(("EET", "EEST", "OEZ", "OESZ"), "Europe/Athens"),
    **dict.fromkeys(("WET", "WEST"), "Europe/Lisbon"),
    **dict.fromkeys(("AEST", "AEDT"), "Australia/Sydney"),
    **dict.fromkeys(("NZST", "NZDT"), "Pacific/Auckland"),
    "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "HKT": "Asia/Hong_Kong", "SGT": "Asia/Singapore",
    "PHT": "Asia/Manila", "MYT": "Asia/Kuala_Lumpur", "WIB": "Asia/Jakarta", "ICT": "Asia/Bangkok",
    "PKT": "Asia/Karachi", "NPT": "Asia/Kathmandu", "IRST": "Asia/Tehran", "TRT": "Europe/Istanbul",
    "MSK": "Europe/Moscow", "SAST": "Africa/Johannesburg", "EAT": "Africa/Nairobi",
    "WAT": "Africa/Lagos", "CAT": "Africa/Maputo", "ART": "America/Argentina/Buenos_Aires",
    "BRT": "America/Sao_Paulo", "COT": "America/Bogota", "PET": "America/Lima",
}  # fmt: skip
# "IST": India's, Ireland's or Israel's, by the page's own country (domain, language, its
# region); read only where that is one of them.
_IST_ZONES = frozenset({"Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"})


def _abbreviation_zones(doc: Document) -> set[str]:
    """The zones the page's zone metas name by an abbreviation (`_ABBREVIATION_ZONES`)."""
    found: set[str] = set()
    for value in (v.strip().upper() for key in _ZONE_METAS for v in doc.meta_tags.get(key, ())):
        if zone := _ABBREVIATION_ZONES.get(value):
            found.add(zone)
        elif value == "IST" and (own := _site_zone(doc)) in _IST_ZONES:  # one zone each
            found.add(own)
    return found


def _offset_named(value: str, bare: bool) -> str | None:
    """An offset as `dateparse.offset_name` spells it ("+09:00", "UTC-3"; with `bare`,
    WordPress's hours "5.5"); none for a zero offset or one no zone keeps (beyond 14 hours)."""
    if m := _META_OFFSET.fullmatch(value):
        sign, hours, minutes = m.group(1), int(m.group(2)), int(m.group(3) or 0)
    elif bare and (m := _BARE_HOURS.fullmatch(value)):
        # WordPress's "5.5" is 5:30, "5.75" 5:45
        sign, hours = m.group(1), int(m.group(2))
        minutes = round(float("0." + (m.group(3) or "0")) * 60)
    else:
        return None
    total = (hours * 60 + minutes) * (-1 if sign in ("-", "\u2212") else 1)
    if total and abs(total) <= 14 * 60 and minutes < 60:
        return dateparse.offset_name(timedelta(minutes=total))
    return None


def _meta_offsets(doc: Document) -> set[str]:
    """The offsets the page's zone metas give, each spelled as `dateparse.zone_named` reads
    it ("UTC+09:00"); none for a zero offset or one no zone keeps (beyond 14 hours)."""
    return {
        name
        for keys, bare in ((_ZONE_METAS, False), (_OFFSET_METAS, True))
        for value in (v.strip() for key in keys for v in doc.meta_tags.get(key, ()))
        if (name := _offset_named(value, bare))
    }


def _publisher_zone(doc: Document, several: bool = False) -> str | None:
    """The zone of the country the JSON-LD article's publisher (or the page's news
    organisation) gives in its postal address (`"address": {"addressCountry": "ZA"}`), where
    that country keeps one zone: a .com site's own statement of where it sits, read only as
    `locale_zone` is. Not a country of several zones (a head office's is no newsroom's), but
    with `several`, where the page's zone meta then picks one of its zones (`meta_offset_zone`)."""
    publisher = doc.article.get("publisher") if doc.article else None
    candidates = [publisher] if isinstance(publisher, dict) else []
    candidates += [
        o
        for o in doc.jsonld
        if {"newsmediaorganization", "organization"}.intersection(_types(o)) and "address" in o
    ][:2]
    for org in candidates:
        address = org.get("address")
        address = address[0] if isinstance(address, list) and address else address
        if not isinstance(address, dict):
            continue
        country = address.get("addressCountry")
        if isinstance(country, dict):
            country = country.get("name") or country.get("identifier")
        if not isinstance(country, str) or len(country.strip()) != 2:
            continue
        code = country.strip().lower()
        if several and code in _SEVERAL_ZONES:
            return COUNTRY_ZONES.get(code)  # checked against the zone meta's offset instead
        if code not in _SEVERAL_ZONES and code not in RENTED_DOMAINS:
            return COUNTRY_ZONES.get(code) if _writes_in(doc, code) else None
    return None


_COUNTRY_BY_NAME = {
    name: code
    for code, names in langwords.COUNTRY_NAMES.items()
    for name in langwords.entries({code: names})
}
# (not a state's or region's name ending in one: "New South Wales", "New England")
_COUNTRY_NAME = _compile(
    r"(?<![^\W\d_])(?<!new )(?<!south )(?:"
    + "|".join(re.escape(n) for n in sorted(_COUNTRY_BY_NAME, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.I,
)
_ADDRESSES = 3  # `<address>` elements read
# A number in a signature that is no street's or postcode's: in brackets (a writer's age,
# "Jane Smith (82)") or beside a month's name (the day it was written, "2 December").
_BRACKETED = _compile(r"\([^()]{0,40}\)")
_NUMBER_WORDS = _compile(r"([^\W\d_]{0,40})[\s,.]{0,3}\d{1,6}[\s,.]{0,3}([^\W\d_]{0,40})")


@functools.cache
def _month_words() -> frozenset[str]:
    """Every language's month names and their short forms, as one set of words."""
    return frozenset(
        w.casefold()
        for table in langwords.MONTH_NAMES.values()
        for w in table.replace("|", " ").split()
        if len(w) >= 3
    )


def _postal_sign(text: str) -> bool:
    """Whether a signature's text holds a street number or a postcode ("Hauptstraße 1",
    "10115 Berlin"), not only an age in brackets or the day it was signed."""
    months = _month_words()
    for m in _NUMBER_WORDS.finditer(_BRACKETED.sub(" ", text)):
        if m.group(1).casefold() not in months and m.group(2).casefold() not in months:
            return True
    return False


_ADDRESS_CHARS = 300  # the end of one, where its country stands


def _address_zone(doc: Document) -> str | None:
    """The zone of the country a postal `<address>` of the page ends with ("Hauptstraße 1,
    10115 Berlin, Germany": a publisher's imprint in its footer), read as the publisher's
    JSON-LD address is; the last country named in the first such element naming one. Found
    once a page (a walk of the whole tree)."""
    if "address_zone" not in doc.cache:
        doc.cache["address_zone"] = _find_address_zone(doc)
    zone: str | None = doc.cache["address_zone"]
    return zone


def _find_address_zone(doc: Document) -> str | None:
    for el in itertools.islice(doc.tree.iter("address"), _ADDRESSES):
        ancestors = {a.tag for a in el.iterancestors()}
        if "aside" in ancestors:
            continue  # an advertiser's, a partner's box: not the publisher's
        text = " ".join(el.text_content()[-_ADDRESS_CHARS * 2 :].split())[-_ADDRESS_CHARS:]
        if ("article" in ancestors or "blockquote" in ancestors) and not _postal_sign(text):
            continue  # in the story, a place with no street or postcode: its writer's signature
        names = _COUNTRY_NAME.findall(text)
        if not names:
            continue
        code = _COUNTRY_BY_NAME[names[-1].casefold()]
        return COUNTRY_ZONES.get(code) if _writes_in(doc, code) else None
    return None


# The languages a country's press writes in, beyond the one LANGUAGE_COUNTRY gives it: an
# address abroad (a holding registered in the Netherlands for a page in Russian) is no
# newsroom's. English-language papers sit in Luxembourg, the Netherlands, Germany ...
_COUNTRY_LANGUAGE_TEXT = {
    "en": "lu nl de be at ch uk gb ie mt cy za ng gh ke ug tz rw zm zw bw na mw ls sz sl lr gm "
    "ss sd et er so "
    "in pk bd lk np bt mv sg my ph hk mo bn pg fj sb vu ws to ki nr pw fm mh ck nz jm tt bb bs "
    "bz gy ag dm gd kn lc vc ky bm tc vi pr gu mp gi im je mu sc ae qa bh kw om sa il jo eg cm",
    "fr": "fr be ch lu mc ad sn ci cm ml bf ne tg bj gn cd cg ga gq td cf mg dj km ht ma dz tn "
    "re gp mq gf yt nc pf wf rw bi sc vu mu lb mr",
    "es": "es ad mx ar co pe ve cl ec bo py uy gt sv hn ni cr pa cu do pr gq",
    "pt": "pt br ao mz cv gw st tl mo",
    "ar": "ae sa qa kw bh om ye iq sy jo lb ps eg ly tn dz ma mr sd so dj km td il",
    "ru": "ru by kz kg ua md lv ee lt uz tj tm am az ge il",
    "de": "de at ch li lu be it", "it": "it ch sm va", "nl": "nl be sr aw cw",
    "sv": "se fi ax", "el": "gr cy", "tr": "tr cy", "bn": "bd in", "ur": "pk in",
    "pa": "in pk", "ta": "in lk sg my", "zh": "cn tw hk mo sg my", "ms": "my bn sg",
    "sw": "ke tz ug", "sq": "al mk me", "sr": "rs ba me", "hr": "hr ba", "ro": "ro md",
    "fa": "ir af", "ko": "kr kp", "he": "il", "hi": "in np", "ne": "np in",
}  # fmt: skip
_COUNTRY_LANGUAGES = {
    lang: frozenset(text.split()) for lang, text in _COUNTRY_LANGUAGE_TEXT.items()
}


def _writes_in(doc: Document, country: str) -> bool:
    """Whether the page's language is one the publisher's country's press writes in (an
    English page and a "ZA" address, a French one and "BE"); not an English page of a
    publisher registered in the Netherlands. A page whose language is not known, or is one
    neither table lists (Filipino, Romansh), keeps its address's zone: nothing says the
    address is abroad."""
    language = page_fields.article_language(doc) or ""
    if language not in LANGUAGE_COUNTRY and language not in _COUNTRY_LANGUAGES:
        return True
    return LANGUAGE_COUNTRY.get(language) == country or country in _COUNTRY_LANGUAGES.get(
        language, ()
    )


def _types(obj: dict[str, object]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


# Countries of several zones (COUNTRY_ZONES names their main press zone for a domain)
_SEVERAL_ZONES = frozenset(
    ("us", "ca", "au", "br", "ru", "mx", "id", "cl", "ec", "kz", "gl", "mn", "cd", "pf", "ki")
)


@functools.lru_cache(maxsize=64)
def _zones_by_offset(offset: timedelta, day: datetime) -> tuple[zoneinfo.ZoneInfo, ...]:
    """The IANA zones whose offset on `day` is `offset`."""
    found = []
    for name in sorted(zoneinfo.available_timezones()):
        with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            zone = zoneinfo.ZoneInfo(name)
            if zone.utcoffset(day) == offset:
                found.append(zone)
    return tuple(found)


def offset_holds(offset: timedelta, lender: datetime, naive: datetime) -> bool:
    """Whether every zone with `offset` at the naive `lender` moment has it at `naive` too (a
    stamp's offset lent to another stamp of the page without one, the zone unknown).

    Read even within a day: a Saturday evening's +02:00 (Berlin's summer, or Johannesburg's)
    says nothing of Sunday morning after October's change (Berlin's +01:00)."""
    day = lender.replace(minute=0, second=0, microsecond=0)
    return all(zone.utcoffset(naive) == offset for zone in _zones_by_offset(offset, day))


# A found date's offset, from its time and the site's zone alone (dates.py's cascade calls
# these; the module docstring's second half).
_MAX_OFFSET = timedelta(hours=14)
_QUARTER_HOUR = timedelta(minutes=15)


def own_abbreviation(doc: Document, found: datetime) -> datetime:
    """A time printed with a zone abbreviation that the site's own zone uses that day at
    another offset, in the site's zone: "10:15 CST" on a Chinese or Taiwanese page is
    +08:00 (China Standard Time), not -06:00; "IST" on an Israeli page +02:00, on an Irish
    one in summer +01:00; "PST" on a Philippine page +08:00. Elsewhere an abbreviation keeps
    its usual reading (dateparse's table: "IST" India's, "CST" the US's)."""
    if (name := dateparse.abbreviation(found)) is None:
        return found
    site = site_zone(doc)
    if name in dateparse.ONE_COUNTRY:
        # "14:25 MUT" on a German page, "GET" on a British one: a word, the site's clock
        tz = dateparse.zone_named(site or locale_zone(doc))
        wall = found.replace(tzinfo=None)
        if tz is not None and tz.utcoffset(wall) != found.utcoffset():
            return wall.replace(tzinfo=tz)
        return found
    if site is None and name in _LOCAL_ABBREVIATIONS:
        site = locale_zone(doc)  # a .com page in Bengali, its publisher in Dhaka or London
    if name == "AST" and site not in _ARABIA and page_fields.language(doc) == "ar":
        site = "Asia/Riyadh"  # Arabia Standard Time: no Atlantic press writes Arabic
    tz = dateparse.zone_named(site)
    wall = found.replace(tzinfo=None)
    if (
        tz is not None
        and (tz.tzname(wall) == name or site in _LOCAL_ABBREVIATIONS.get(name, ()))
        and tz.utcoffset(wall) != found.utcoffset()
    ):
        return wall.replace(tzinfo=tz)
    return found


# Abbreviations a country's press prints for its zone where tzdata names it by its offset
# ("+06", "+03") or otherwise: "18:40 BST" on a Bangladeshi page is Bangladesh Standard Time
# (+06:00), not British summer time; "AST" on a Saudi, Kuwaiti, Qatari, Bahraini, Iraqi or
# Yemeni page Arabia Standard Time (+03:00), not the Atlantic's -04:00; so on any page in
# Arabic.
_LOCAL_ABBREVIATIONS = {
    "BST": frozenset({"Asia/Dhaka"}),
    # "IST" on an Israeli page in summer too: its press names its clock so all year (the
    # tables' IDT), and India's +05:30 is the one reading that is surely not meant
    "IST": frozenset({"Asia/Jerusalem"}),
    "AST": frozenset(
        {"Asia/Riyadh", "Asia/Kuwait", "Asia/Qatar", "Asia/Bahrain", "Asia/Baghdad", "Asia/Aden"}
    ),
}


_ARABIA = _LOCAL_ABBREVIATIONS["AST"]


def on_standard_time(doc: Document, when: datetime) -> bool:
    """Whether the page's zone keeps summer time and `when` falls in its winter: a wall clock
    converted with the summer's offset reads an hour early ("14:05+01:00" for 15:05 CET), so
    a meta exactly an hour before the JSON-LD on one offset is that slip. Not in a zone
    without summer time (Tokyo, Kolkata, São Paulo), nor in summer (the slip reads late):
    there the hour earlier is the first release."""
    tz = dateparse.zone_named(site_zone(doc) or locale_zone(doc))
    if tz is None:
        return False
    summer = when + timedelta(days=182)
    return not when.astimezone(tz).dst() and bool(summer.astimezone(tz).dst())


def a_clock_slip(earlier: datetime, later: datetime) -> bool:
    """Whether two aware times on other offsets lie a zone offset's whole quarter-hours
    apart (one wall clock converted with the wrong offset), not a time between them."""
    gap = later - earlier
    return (
        earlier.utcoffset() != later.utcoffset() and gap <= _MAX_OFFSET and not gap % _QUARTER_HOUR
    )


def wall_offset(doc: Document, wall: datetime, minute: datetime) -> timedelta | None:
    """The offset that makes a naive wall clock an aware time's minute, if a zone's.

    "Published on 30/04/2026 - 16:38" beside `data-timestamp="1777559917"` (14:38:37Z) is
    16:38:37+02:00: the page prints the stamp's moment as its local clock, to the minute.
    A whole quarter-hour offset within 14 hours, and the site's own zone's where it has one
    (a stamp that merely shares the minute past the hour is then another time).
    """
    delta = wall - minute.astimezone(UTC).replace(tzinfo=None)
    if not delta or abs(delta) > _MAX_OFFSET or delta % _QUARTER_HOUR:
        return None
    tz = dateparse.zone_named(site_zone(doc))
    return delta if tz is None or tz.utcoffset(wall) == delta else None


def other_season(doc: Document, d: datetime) -> bool:
    """Whether a machine's offset is the one its country keeps in the other season.

    `"2026-01-05T18:58:06+02:00"` beside a visible "5. Januar 2026, 18:58 Uhr" on a `.lu`
    page: a CMS that does not know summer time; the wall clock the reader sees is local, in
    the zone's winter offset (+01:00). So is a season the zone kept in the last
    `_STALE_RULES_YEARS` years: a server whose tz rules predate the change (Brazil's summer
    -02:00 after 2019, Turkey's winter +02:00 after 2016, Almaty's +06:00 after March 2024).
    An offset the zone never keeps (a Paraguayan page's -03:00 on a German-language site) is
    the page's own and stays.
    """
    tz = dateparse.zone_named(site_zone(doc))
    offset = d.utcoffset()
    if tz is None or offset is None:
        return False
    wall = d.replace(tzinfo=None)
    if tz.utcoffset(wall) == offset:
        return False
    years = range(max(wall.year - _STALE_RULES_YEARS, 1), wall.year + 1)
    return any(
        tz.utcoffset(wall.replace(year=y, month=m, day=15)) == offset
        for y in reversed(years)
        for m in (1, 7)
    )


# How far back a server's outdated tz rules may reach (the tz database's changes reach a
# publisher's server years late; Turkey's end of winter time in 2016 is the oldest one seen).
_STALE_RULES_YEARS = 10


def same_wall_clock(naive: datetime, aware: datetime) -> bool:
    """Whether a naive date is an aware one's wall clock, to the second or to its minute.

    "2023-05-15 11:52" in script state beside "2023-05-15T11:52:09.860Z" is that instant
    printed to the minute without its zone (visible pages with only script state: 1 of
    107 pages, and no page where the two differ by a whole offset and match to the minute).
    """
    wall = aware.replace(tzinfo=None)
    if naive.second or naive.microsecond:
        return wall == naive
    return wall.replace(second=0, microsecond=0) == naive


def one_reading(found: datetime, utc: datetime) -> bool:
    """Whether a local-offset date and a UTC-spelled one state one publication time.

    Either the same instant, or the same wall clock to the second: the "Z" was then put
    on a local time (dev + visible world with JSON-LD stripped: one page's meta says
    "20:00:27Z" beside a <time> saying "20:00:27+02:00" and expects +02:00; none the reverse).
    Milliseconds only a machine's UTC spelling adds do not make another time: "11:17:15.183Z"
    beside "12:17:15+01:00" is the page's 12:17:15+01:00 (2 looked-at pages, none the reverse).
    """
    whole = utc.replace(microsecond=0) if not found.microsecond else utc
    return found == whole or found.replace(tzinfo=None) == whole.replace(tzinfo=None)


def page_zone(site: tzinfo | None, local: datetime | None) -> tzinfo | None:
    """The zone of a date the page states without one: the page's own offset first.

    The country's zone (which knows summer time) where it agrees with the offset the
    page prints on another of its dates; that printed offset where the country's zone
    disagrees or is unknown (.com, several zones); the country's zone alone otherwise.
    With the country table switched off (a country it does not know) and JSON-LD stripped,
    the page's own offset puts 1 more of the 107 dev + visible world pages right; where the
    country is known, no page's answer changes.
    """
    if local is None:
        return site
    if site is not None and site.utcoffset(local.replace(tzinfo=None)) == local.utcoffset():
        return site
    if local.utcoffset() is None or not isinstance(local.tzinfo, timezone):
        return local.tzinfo  # a zone ("ET": New York's), which knows its seasons
    if (name := dateparse.abbreviation(local)) in _SEASONAL_ABBREVIATIONS:
        return dateparse.zone_named(_SEASONAL_ABBREVIATIONS[name])
    return _Borrowed(local)


# The zones of abbreviations that name one half of a summer-time pair ("EST" with "EDT"):
# a stamp printed "3:00 PM EST" in December lends New York's zone to a July time, not
# -05:00. Not "CST" (China's too), "MST" (Arizona's all year), "AEST" (Brisbane's).
_SEASONAL_ABBREVIATIONS = {
    **dict.fromkeys(("EST", "EDT"), "America/New_York"),
    "CDT": "America/Chicago",
    "MDT": "America/Denver",
    **dict.fromkeys(("PST", "PDT"), "America/Los_Angeles"),
    **dict.fromkeys(("AKST", "AKDT"), "America/Anchorage"),
    **dict.fromkeys(("CET", "CEST", "MEZ", "MESZ"), "Europe/Berlin"),
    **dict.fromkeys(("EET", "EEST", "OEZ", "OESZ"), "Europe/Bucharest"),
    **dict.fromkeys(("WET", "WEST", "WEZ", "WESZ"), "Europe/Lisbon"),
    "BST": "Europe/London",
    "AEDT": "Australia/Sydney",
    "ACDT": "Australia/Adelaide",
    **dict.fromkeys(("NZST", "NZDT"), "Pacific/Auckland"),
    **dict.fromkeys(("CLT", "CLST"), "America/Santiago"),
}


class _Borrowed(tzinfo):
    """Another stamp's fixed offset, lent to a naive time of the page only where every zone
    that has that offset on the lender's day has it on the borrower's too: December's
    -05:00 (New York's, or Bogotá's) says nothing of July's (-04:00 or -05:00), while
    +05:30 holds all year."""

    def __init__(self, lender: datetime) -> None:
        self._offset = lender.utcoffset() or timedelta(0)
        self._day = lender.replace(tzinfo=None)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return self._offset

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str | None:
        return None

    def fromutc(self, dt: datetime) -> datetime:
        return (dt + self._offset).replace(tzinfo=self)

    def fits(self, naive: datetime) -> bool:
        """Whether the offset stands on `naive`'s day too."""
        return offset_holds(self._offset, self._day, naive.replace(tzinfo=None))


def in_zone(d: datetime, tz: tzinfo) -> datetime:
    """A naive wall clock in `tz`; left naive where `tz` is an offset borrowed across seasons."""
    if isinstance(tz, _Borrowed) and not tz.fits(d):
        return d
    return d.replace(tzinfo=tz)


def same_moment(
    naive: datetime, aware: list[datetime], offsets: frozenset[timedelta] | None = None
) -> datetime | None:
    """The naive date in the offset that makes it another source's moment.

    "10:05:30" beside "14:05:30Z" is 10:05:30-04:00: two published times a whole
    quarter-hour offset apart, to the second, are one moment in two spellings. Where the
    site's country is known, only at an offset its zone keeps (`offsets`): "10:48" beside
    another stamp's "11:48Z" on a British page is no moment at -01:00, but another time.
    """
    for other in aware:
        utc_wall = other.astimezone(UTC).replace(tzinfo=None)
        if other.utcoffset() and offsets is None and _utc_wall_clock(naive, utc_wall, other):
            # "15:15:00" beside a printed "10:15 AM EST" on a page of no known country: a UTC
            # stamp with its "Z" left out (where the country is known, its zone reads it)
            return naive.replace(tzinfo=UTC).astimezone(other.tzinfo)
        delta = naive - utc_wall
        if delta and abs(delta) <= _MAX_OFFSET and not delta % _QUARTER_HOUR:
            if offsets is not None and delta not in offsets:
                continue
            return naive.replace(tzinfo=timezone(delta))
    return None


def _utc_wall_clock(naive: datetime, utc_wall: datetime, other: datetime) -> bool:
    """Whether a naive time is another time's UTC wall clock: to the second, or to the
    minute where the other states only minutes (a printed "10:15 AM EST")."""
    if naive == utc_wall:
        return True
    return not (other.second or other.microsecond) and (
        naive.replace(second=0, microsecond=0) == utc_wall
    )


def site_offsets(doc: Document, wall: datetime) -> frozenset[timedelta] | None:
    """The offsets the site's country's zone keeps around a wall clock (either season's: a
    CMS may ignore summer time); None where no country is known."""
    tz = dateparse.zone_named(site_zone(doc))
    if tz is None:
        return None
    days = (wall, wall.replace(month=1, day=15), wall.replace(month=7, day=15))
    return frozenset(o for d in days if (o := tz.utcoffset(d)) is not None)
