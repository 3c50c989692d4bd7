"""The site's name set off by other marks than a separator: in brackets at either end
("【海辺新聞】...", "... (The Example)"), after an unspaced wave dash ("...〜海辺新聞"),
after a mark spaced on one side only ("... -Hafenblatt"); and a name's colon
(`NAME_COLON`). Only a name the page gives goes: a bracketed kicker ("[단독]") stays.
"""

from __future__ import annotations

from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.site import HOST_IN_BRACKETS, is_site
from newsarchive.extract.titlepartmarks import MIN_REST, SEPARATOR, cjk_width
from newsarchive.extract.titlepartmastheads import cjk_masthead

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


# A name in brackets before or after the title: East Asian lenticular, full-width, corner
# and double angle ones too ("【海辺新聞】", "「海辺新聞」", "《海滨日报》": Chinese sites set a
# paper's name as a title's).
OPENERS = "\\[(\uff08\u3010\u3014\u300a\u3008\u300c\u300e"
CLOSERS = "\\])\uff09\u3011\u3015\u300b\u3009\u300d\u300f"
_OPENING = f"[{OPENERS}]"
_CLOSING = f"[{CLOSERS}]"
ANY_OPENING = _compile(_OPENING)
LEADING_NAME = _compile(rf"(?!(?<=\s)\s)\s*{_OPENING}(?P<name>[^{CLOSERS}]{{1,40}}){_CLOSING}\s*")
TRAILING_NAME = _compile(rf"(?!(?<=\s)\s)\s*{_OPENING}(?P<name>[^{OPENERS}]{{1,40}}){_CLOSING}\s*$")
# "港の橋が再開〜海辺新聞": a wave dash (or a full-width tilde), unspaced, before the
# site's name (spaced, it is a separator: `SEPARATOR`)
WAVE_NAME = _compile("(?!(?<=\\s)\\s)\\s*[\uff5e\u301c](?P<name>[^\uff5e\u301c]{1,40})$")
# "Title -Site", "Title\u2013 Site", "Title·Site", "Title--Site": a mark spaced on one side only,
# or unspaced (not a single hyphen, which joins words: "Nordsee-Hafenblatt"), before the
# site's name at the end
_LOPSIDED = "\\-\u2013\u2014\u00b7\u2022\u30fb_~/|"
_LOPSIDED_NAME = _compile(
    f"(?:\\s+[{_LOPSIDED}]{{1,2}}|(?<![\\s{_LOPSIDED}])(?:[{_LOPSIDED}]{{1,2}}\\s+"
    f"|[\u2013\u00b7\u2022\u30fb_]|--|__))"
    f"(?P<name>[^{_LOPSIDED}\\s][^{_LOPSIDED}]{{0,39}})$"
)


def unbracket(value: str, sites: frozenset[str], first: frozenset[str]) -> str:
    """The title without its site's name in brackets at either end ("【海辺新聞】港の橋が再開",
    "Storm hits coast (The Example)"); a bracketed kicker ("[단독]", "(Video)") stays.
    `first`: the names that may open a title (`strip_sites`)."""
    if not ANY_OPENING.search(value):
        return value
    # a CJK paper's name by its kind in brackets ("【港湾新報】") is the site's, where no
    # meta names it; a tag ("【速報】", "[단독]") is none
    m = LEADING_NAME.match(value)
    if (
        m
        and (is_site(m["name"], first) or cjk_masthead(m["name"]))
        and cjk_width(value[m.end() :]) >= MIN_REST
    ):
        value = value[m.end() :]
    m = TRAILING_NAME.search(value)
    if (
        m
        and (is_site(m["name"], sites) or cjk_masthead(m["name"]))
        and cjk_width(value[: m.start()]) >= MIN_REST
    ):
        parts = SEPARATOR.split(value)
        if len(parts) > 2 and HOST_IN_BRACKETS.fullmatch(parts[-1].strip()):
            return value  # "... | Hospodářské listy (HL.cz)": the whole last part names the site
        value = value[: m.start()]
    return value


def unlopsided(value: str, sites: frozenset[str]) -> str:
    """The title without the site's name after a mark spaced on one side only or unspaced
    ("Stadtrat stimmt zu -Hafenblatt", "...- Hafenblatt", "...·Hafenblatt"; `_LOPSIDED_NAME`)."""
    m = _LOPSIDED_NAME.search(value)
    if m and is_site(m["name"], sites) and cjk_width(value[: m.start()]) >= MIN_REST:
        return value[: m.start()].rstrip()
    return value


def unwaved(value: str, sites: frozenset[str]) -> str:
    """The title without the site's name after an unspaced wave dash ("港の橋が再開〜海辺新聞")."""
    m = WAVE_NAME.search(value)
    if m and is_site(m["name"], sites) and cjk_width(value[: m.start()]) >= MIN_REST:
        return value[: m.start()]
    return value


NAME_COLON = _compile(r"([^:|]{2,40}?):\s+")
