"""The zone of the place a page names for itself, within a country of several zones.

A US, Canadian or Australian page that states its times only as a wall clock says where its
newsroom is in its publisher's address (JSON-LD `"addressRegion": "AZ"`); the country's main
zone (New York's, Toronto's, Sydney's) is otherwise only a guess. Read as a weaker sign than a
zone the page states. A publisher's address in the country decides even where it names the
main zone's state. The story's dateline ("PHOENIX, Ariz. — ...", "CALGARY, Alta. —", "PERTH,
WA —") is where the reporter filed, not the CMS's clock (a New York site's dispatch from
Phoenix, a Los Angeles paper's from Chicago): it only chooses between the zones that keep the
offset a zone meta states (-07:00 in winter is Denver's and Phoenix's), and never where it
credits an agency ("DENVER (AP) —", or a page its author meta or JSON-LD credits to one).
"""

from __future__ import annotations

import itertools
import re

from newsarchive.extract import langwords
from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# AP-style state and province abbreviations (and the postal codes some sites print), each
# the zone most of its people keep: Arizona keeps no summer time, Indiana's press New York's.
_STATE_ZONES_TEXT = {
    "America/New_York": "Conn. Del. D.C. Fla. Ga. Ind. Ky. Maine Md. Mass. Mich. N.H. N.J. N.Y. "
    "N.C. Ohio Pa. R.I. S.C. Vt. Va. W.Va. CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI "
    "SC VT VA WV Ont. Que. ON QC",
    "America/Chicago": "Ala. Ark. Ill. Iowa Kan. La. Minn. Miss. Mo. Neb. N.D. Okla. S.D. Tenn. "
    "Texas Wis. AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI",
    "America/Denver": "Colo. Mont. N.M. Utah Wyo. Idaho CO MT NM UT WY ID",
    "America/Phoenix": "Ariz. AZ",
    "America/Los_Angeles": "Calif. Nev. Ore. Wash. CA NV OR WA",
    "America/Anchorage": "Alaska AK",
    "Pacific/Honolulu": "Hawaii HI",
    "America/Vancouver": "B.C. BC",
    "America/Edmonton": "Alta. AB",
    "America/Regina": "Sask. SK",
    "America/Winnipeg": "Man. MB",
    "America/Halifax": "N.S. P.E.I. NS PE PEI",
    "America/Moncton": "N.B. NB",
    "America/St_Johns": "N.L. Nfld. NL",
}
# Australia's states, by the abbreviations its press prints after a town
_AU_STATE_ZONES_TEXT = {
    "Australia/Sydney": "NSW ACT",
    "Australia/Melbourne": "Vic",
    "Australia/Brisbane": "Qld",
    "Australia/Adelaide": "SA",
    "Australia/Perth": "WA",
    "Australia/Hobart": "Tas",
    "Australia/Darwin": "NT",
}
# Cities a dateline names alone ("DENVER —", "CALGARY —"), by where most dispatches are
# filed from; the country's main cities need none (their zone is its main zone anyway).
_CITY_ZONES_TEXT = {
    "America/Chicago": "CHICAGO|HOUSTON|DALLAS|SAN ANTONIO|AUSTIN|NEW ORLEANS|MINNEAPOLIS"
    "|ST. LOUIS|MILWAUKEE|KANSAS CITY|NASHVILLE|MEMPHIS|OKLAHOMA CITY|OMAHA",
    "America/Denver": "DENVER|SALT LAKE CITY|ALBUQUERQUE|BOISE",
    "America/Phoenix": "PHOENIX|TUCSON",
    "America/Los_Angeles": "LOS ANGELES|SAN FRANCISCO|SAN DIEGO|SEATTLE|LAS VEGAS"
    "|SACRAMENTO|SAN JOSE|OAKLAND",
    "America/Anchorage": "ANCHORAGE",
    "Pacific/Honolulu": "HONOLULU",
    "America/Vancouver": "VANCOUVER|VICTORIA",
    "America/Edmonton": "CALGARY|EDMONTON",
    "America/Regina": "REGINA|SASKATOON",
    "America/Winnipeg": "WINNIPEG",
    "America/Halifax": "HALIFAX",
    "America/St_Johns": "ST. JOHN'S",
    "Australia/Perth": "PERTH",
    "Australia/Brisbane": "BRISBANE",
    "Australia/Adelaide": "ADELAIDE",
    "Australia/Darwin": "DARWIN",
    "Australia/Hobart": "HOBART",
    "Australia/Melbourne": "MELBOURNE",
}
# Full names of the states and provinces outside their country's main zone, as an address
# spells them
_REGION_NAMES_TEXT = {
    "America/Chicago": "Alabama|Arkansas|Illinois|Iowa|Kansas|Louisiana|Minnesota|Mississippi"
    "|Missouri|Nebraska|North Dakota|Oklahoma|South Dakota|Tennessee|Texas|Wisconsin",
    "America/Denver": "Colorado|Montana|New Mexico|Utah|Wyoming|Idaho",
    "America/Phoenix": "Arizona",
    "America/Los_Angeles": "California|Nevada|Oregon|Washington",
    "America/Anchorage": "Alaska",
    "Pacific/Honolulu": "Hawaii",
    "America/Vancouver": "British Columbia",
    "America/Edmonton": "Alberta",
    "America/Regina": "Saskatchewan",
    "America/Winnipeg": "Manitoba",
    "America/Halifax": "Nova Scotia|Prince Edward Island",
    "America/Moncton": "New Brunswick",
    "America/St_Johns": "Newfoundland and Labrador|Newfoundland",
    "Australia/Melbourne": "Victoria",
    "Australia/Brisbane": "Queensland",
    "Australia/Adelaide": "South Australia",
    "Australia/Perth": "Western Australia",
    "Australia/Hobart": "Tasmania",
    "Australia/Darwin": "Northern Territory",
}
_REGION_NAMES = {n.casefold(): z for z, text in _REGION_NAMES_TEXT.items() for n in text.split("|")}
_STATE_ZONES = {a: z for z, text in _STATE_ZONES_TEXT.items() for a in text.split()}
_AU_STATE_ZONES = {a.lower(): z for z, text in _AU_STATE_ZONES_TEXT.items() for a in text.split()}
_CITY_ZONES = {c: z for z, text in _CITY_ZONES_TEXT.items() for c in text.split("|")}

# The main zones (zones.COUNTRY_ZONES') of the countries whose datelines are read.
_COUNTRIES = frozenset(("America/New_York", "America/Toronto", "Australia/Sydney"))
# Capitals of a place, a comma and its state, or the place alone; then the dateline's dash or
# colon (an agency in brackets marks wire copy). "PHOENIX, Ariz. —", "PERTH, WA:", "DENVER —".
_DATELINE = _compile(
    r"^\s{0,5}(?P<place>[A-Z][A-Z.'’]{0,20}(?: [A-Z][A-Z.'’]{0,20}){0,3})"
    r"(?:,\s{0,2}(?P<state>[A-Z][A-Za-z.]{1,5}(?: ?[A-Z][a-z]?\.)?))?"
    r"\s{0,2}(?P<credit>\([^()]{1,30}\))?\s{0,2}[\-\u2013\u2014:]\s"
)
_PARAGRAPHS = 3  # the story's first paragraphs read for its dateline
_OPENING = 80  # characters of each


def dateline_zone(doc: Document, country: str) -> str | None:
    """The zone of the place the story's own dateline names, on a page of `country` (its
    main zone: "America/New_York" for the US); None without such a dateline. The caller
    checks the zone is the country's (a US page's "CALGARY, Alta." was filed abroad)."""
    key = f"dateline_zone:{country}"
    if key not in doc.cache:
        doc.cache[key] = _find(doc, country)
    found: str | None = doc.cache[key]
    return found


def region_zone(doc: Document, country: str) -> str | None:
    """The zone of the state or province the JSON-LD publisher's (or news organisation's)
    postal address names (`"addressRegion": "AZ"`, "Arizona", "Western Australia"), on a page
    of `country` (its main zone); the caller checks it is the country's, as `dateline_zone`."""
    if country not in _COUNTRIES:
        return None
    publisher = doc.article.get("publisher") if doc.article else None
    orgs = [publisher] if isinstance(publisher, dict) else []
    orgs += [o for o in doc.jsonld if "address" in o and _own_kind(o.get("@type"))][:2]
    for org in orgs:
        address = org.get("address")
        address = address[0] if isinstance(address, list) and address else address
        if not isinstance(address, dict) or not _in_country(address, country):
            continue
        region = address.get("addressRegion")
        named = _region(region.strip(), country) if isinstance(region, str) else None
        # an address in the country whose state is in its main zone ("New York", "Ontario")
        # or unread still says where the newsroom is: its stories' datelines are where
        # reporters filed ("PHOENIX, Ariz. —" on a New York site), not its CMS's clock
        return named or country
    return None


# The country codes and names an address gives for each main zone's country
_COUNTRY_NAMES = {
    "America/New_York": ("us", "usa", "united states", "united states of america"),
    "America/Toronto": ("ca", "can", "canada"),
    "Australia/Sydney": ("au", "aus", "australia"),
}


def _in_country(address: dict[str, object], country: str) -> bool:
    """Whether a postal address names a place (a region, a town or a street) and no other
    country than `country`'s."""
    if not any(address.get(k) for k in ("addressRegion", "addressLocality", "streetAddress")):
        return False
    stated = address.get("addressCountry")
    stated = stated.get("name") if isinstance(stated, dict) else stated
    if not isinstance(stated, str) or not stated.strip():
        return True
    return stated.strip().rstrip(".").casefold() in _COUNTRY_NAMES.get(country, ())


# The kinds of organisation a site describes itself as; a team's, a university's or a
# ministry's address (`SportsOrganization` ...) is that of one the story is about
_OWN_KINDS = frozenset(("Organization", "NewsMediaOrganization"))


def _own_kind(kind: object) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.removeprefix("schema:") in _OWN_KINDS for k in kinds)


def _region(region: str, country: str) -> str | None:
    if zone := _REGION_NAMES.get(region.casefold()):
        return zone
    if country == "Australia/Sydney":
        return _AU_STATE_ZONES.get(region.rstrip(".").lower())
    return _STATE_ZONES.get(region.replace(" ", ""))


# Agencies as a page's author credits them: in full ("The Associated Press") or by their letters
# ("reuters", "ap", "aap"); "CP" (The Canadian Press) only here, where it is a whole credit: in
# a byline or a text's tag line it may be a person's initials
_AGENCY_NAMES = langwords.AGENCY_FULL_NAMES | {"cp"}
_CREDIT_PARTS = _compile(r"[,/|;&]|\b(?i:and)\b")  # parts stripped after


def _agency_authored(doc: Document) -> bool:
    """Whether the JSON-LD article's author or the author meta credits a news agency (part
    of "Jane Doe, Associated Press" too): wire copy whose dateline lost its "(AP)"."""
    author = doc.article.get("author") if doc.article else None
    found = author if isinstance(author, list) else [author]
    names = [a.get("name") if isinstance(a, dict) else a for a in found]
    names += doc.meta_tags.get("author", [])
    for name in (n for n in names if isinstance(n, str)):
        for part in _CREDIT_PARTS.split(name):
            bare = re.sub(r"^(?i:by |the )+", "", part.strip()).strip()
            if bare.casefold() in _AGENCY_NAMES or langwords.is_agency(bare):
                return True
    return False


def _find(doc: Document, country: str) -> str | None:
    if country not in _COUNTRIES or _agency_authored(doc):
        return None
    roots = doc.tree.xpath("//article") or doc.tree.xpath("//main") or [doc.tree]
    for p in itertools.islice(roots[0].iter("p"), _PARAGRAPHS):
        text = p.text_content()[:_OPENING]
        m = _DATELINE.match(text)
        if m is None or not m.group("place").replace(".", "").isupper():
            continue
        if m.group("credit"):
            return None  # wire copy, filed where the agency was
        return _place_zone(m.group("place"), m.group("state"), country)
    return None


def _place_zone(place: str, state: str | None, country: str) -> str | None:
    if state is not None:
        if country == "Australia/Sydney":
            return _AU_STATE_ZONES.get(state.rstrip(".").lower())
        return _STATE_ZONES.get(state.replace(" ", ""))
    return _CITY_ZONES.get(place.replace("’", "'"))
