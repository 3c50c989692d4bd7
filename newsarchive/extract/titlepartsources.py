"""What a page's other titles tell of a title's ends: an end part two titles share after
different headlines (`shared_ends`), a host name they end in (`domain_ends`), the
site's home title left on its articles (`home_title`, `home_tab`), a one-word name
joined by a dash where the URL's slug stops before it (`slug_joined_site`). The title
cascade (title.py) weighs them against its sources; `strip_sites` reads none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from urllib.parse import unquote

from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.site import compact, is_site
from newsarchive.extract.titlepartmarks import (
    CJK,
    CJK_CHAR,
    MAX_NAME_WORDS,
    MIN_REST,
    SEPARATOR,
    cjk_width,
)
from newsarchive.extract.titlepartnames import JOINED_SITE, NAME_SHAPED, whole_site
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


def shared_ends(titles: Sequence[str]) -> frozenset[str]:
    """Compact names of the end parts a page's titles add to its headline: a name no meta
    or host gives ("Storm hits coast | Xyz Kurier" where nothing else says "Xyz Kurier").

    A part after the last separator is the site's where two titles end with it after
    different headlines ("Storm hits coast | Xyz Kurier" and "Coastal storm: what we know
    | Xyz Kurier"): a headline's own tail does not repeat after another headline (where
    another source states the rest alone, `title._core` cuts the part already). Only a
    name-like part counts: a few words, none opening in lower case, no question or quote
    ("- updates", "- what we know?" are a headline's tail), after a headline at least 8
    characters wide. Not a first part: a part two titles begin with is a kicker
    ("Nationale Demo / ..."), which the title keeps: on newsbench dev + world minus
    kept-aside, the 3 first parts so shared (world A) are kickers, and the 4 last parts
    (dev 3, world A 1) site names.
    """
    ends: dict[str, set[str]] = {}  # an end part's key -> the keys of the rest beside it
    for value in dict.fromkeys(t for t in titles if t):
        whole = SEPARATOR.split(value)
        # (and a title of two end parts without its last: "Title - Paper | Group" also ends
        # in "Paper", as og:title "Kicker: Title - Paper" does; there the rest is a headline
        # wider than the part: of og:title "Series - Topic: Mayor speaks" beside the <title>
        # "Topic: Mayor speaks | Paper", in a script where the colon parts too, the rests
        # are two kickers and the part the headline's tail, no name)
        for parts, inner in ((whole, False), (whole[:-2], True)):
            if len(parts) < 3:
                continue
            end, text = parts[-1], "".join(parts[:-2])
            wide = cjk_width(text) > cjk_width(end) or not inner
            if _name_like(end) and cjk_width(text) >= MIN_REST and wide:
                ends.setdefault(compact(end), set()).add(compact(text))
    return frozenset(k for k, rests in ends.items() if k and len(rests) > 1)


# A last part that is a host name ("| HK.de", "- www.kurier-online.de"): a site's name as
# its domain, whichever host serves the page (a brand's short domain, a syndicated copy).
_DOMAIN = _compile(r"(?i)(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")


def domain_ends(titles: Sequence[str], shown: Sequence[str]) -> frozenset[str]:
    """The host names titles end in after a separator ("Title - Politik - HK.de"), where
    no heading in `shown` ends in it too (a headline's own "... - paket-info.de") and no
    other title goes on after it ("... - Booking.com | Xyz Kurier": the headline's)."""
    split = [SEPARATOR.split(t) for t in titles if t]
    inner = {p.strip() for parts in split for p in parts[:-1]}
    found = set()
    for parts in split:
        if len(parts) < 3 or cjk_width("".join(parts[:-2])) < MIN_REST:
            continue
        last = parts[-1].strip()
        if (
            _DOMAIN.fullmatch(last)
            and last not in inner
            and not any(h.endswith(last) for h in shown)
        ):
            found.add(compact(last))
    return frozenset(found)


def home_title(tab: str, value: str) -> bool:
    """Whether a metadata title is the site's home title left on its articles: the name the
    <title> ends in after the headline ("Storm hits coast | Xyz Kurier"), alone ("Xyz
    Kurier") or before the site's slogan ("Xyz Kurier - News from the coast").

    The <title>'s last part is the site's where it is shorter than the headline before it;
    a kicker before a headline ("Weather | Storm hits coast") is the shorter part first.
    What follows the name is a slogan only where it shares no word with the headline ("Xyz
    Kurier: Storm hits coast" is the headline, the name first).
    """
    parts = SEPARATOR.split(tab)
    if len(parts) < 3 or not value:
        return False
    last, rest = parts[-1].strip(), "".join(parts[:-2])
    if len(last) >= len(rest) or cjk_width(rest) < MIN_REST:
        return False
    mine = SEPARATOR.split(value)
    if compact(mine[0]) != compact(last) or not compact(last):
        return False
    slogan = {w.casefold() for w in _WORDS.findall("".join(mine[2:]))}
    return slogan.isdisjoint(w.casefold() for w in _WORDS.findall(rest))


_WORDS = _compile(r"\w{3,}")


def home_tab(
    tab: str, sites: frozenset[str], headlines: Sequence[str], stated: bool = False
) -> bool:
    """Whether the <title> is the site's home title left on an article: its name first and
    a slogan after it sharing no word of four letters or more with the article's headline
    ("Seeblatt - Nachrichten aus der Seeregion" above an h1 "Stadtrat beschließt ...",
    "Portside Pulse — Independent news from the coast"). A headline after the site's name
    shares its words with the h1 ("Seeblatt: Stadtrat beschließt ..."); the name alone is
    told elsewhere (`only_site`). Only beside an h1 that is a headline (three such words,
    or eight CJK characters, or one word where another title source states the h1:
    `stated`): an h1 of a section or a kicker ("Politik", "国际新闻") shares no word with
    the <title>'s headline either. CJK text, whose words no space sets
    apart, is compared by pairs of characters ("新港口计划获市议会通过" shares "港口" with
    the h1 "市议会通过新港口计划")."""
    parts = SEPARATOR.split(tab)
    if len(parts) < 3 or not headlines or not is_site(parts[0], sites):
        return False
    slogan = _word_keys("".join(parts[2:]))
    least = 1 if stated else MIN_HEADLINE_KEYS
    shown = [keys for h in headlines if len(keys := _word_keys(h)) >= least]
    return bool(slogan) and bool(shown) and all(slogan.isdisjoint(keys) for keys in shown)


MIN_HEADLINE_KEYS = 3  # an h1 "Politik" or "Kommentar" is a section's, no headline
MIN_CJK_HEADLINE = 8  # CJK characters of an h1 that is a headline ("国际新闻" is a section)


def _word_keys(text: str) -> set[str]:
    """The words of four letters or more of `text`, and the pairs of characters of its
    CJK runs (none where it holds fewer than `MIN_CJK_HEADLINE` CJK characters)."""
    keys = {w.casefold() for w in _LONG_WORDS.findall(CJK_CHAR.sub(" ", text))}
    runs = _CJK_RUNS.findall(text)
    if sum(map(len, runs)) >= MIN_CJK_HEADLINE:
        keys |= {r[i : i + 2] for r in runs for i in range(len(r) - 1)}
    return keys


_CJK_RUNS = _compile(f"[{CJK}]+")


def slug_joined_site(
    value: str,
    sites: frozenset[str],
    url: str,
    headings: Sequence[str] = (),
    page_text: Callable[[], str] | None = None,
) -> str:
    """`value` without a one-word site name joined to its end by a bare dash where the
    article's URL slug spells the title and stops before the name ("Stadtrat beschließt
    neuen Hafenplan-Hafenbote" of /stadtrat-beschliesst-neuen-hafenplan-id4711.html): a
    compound's second half (`strip_sites` keeps "Mecklenburg-Vorpommern") runs on in
    the slug too ("...-mecklenburg-vorpommern"), and a slug of no words ("/artikel-123")
    tells nothing. Nor does a slug cut short ("/neuer-landtag-fuer-mecklenburg") where
    the page's h1 (`headings`) shows the compound: no site sets its name in the heading,
    nor in the article's text (`page_text`, read only where the rest says cut: "... in
    Mecklenburg-Vorpommern" in a paragraph, the title itself aside)."""
    m = JOINED_SITE.search(value)
    if not m or ":" in m[0] or NAME_SHAPED.search(m["name"]) or m.start() < MIN_REST:
        return value
    joined = (value[: m.start()].split() or [""])[-1] + m[0]
    if any(joined.casefold() in h.casefold() for h in headings):
        return value
    name = compact(m["name"])
    if not whole_site(m["name"], sites):
        return value
    slug = unquote(split_url(url).path).rstrip("/").rsplit("/", 1)[-1].casefold()
    words = [w for w in _SLUG_WORD.findall(slug) if not w.isdigit()]
    before = _SLUG_WORD.findall(value[: m.start()].casefold().translate(_SLUG_SPELLING))
    if len(words) < MIN_SLUG_WORDS or not before or name in words:
        return value
    # the slug's last word (a trailing id aside) is the word before the dash
    last = _SLUG_WORD.findall(slug.translate(_SLUG_SPELLING))
    last = [w for w in last if not _SLUG_ID.fullmatch(w)]
    if not last or last[-1] != before[-1]:
        return value
    text = page_text().casefold() if page_text is not None else ""
    # (the title itself in the text, "...Hafenplan-Hafenbote" in a share box, shows none)
    return (
        value
        if text.count(joined.casefold()) > text.count(value.casefold())
        else value[: m.start()]
    )


MIN_SLUG_WORDS = 3
_SLUG_WORD = _compile(r"[^\W_]+")
_SLUG_ID = _compile(r"(?:id|a|ld|art)?\d+|html?|php|aspx?")
_SLUG_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


# words of four letters or more: "für", "the", "und" are every line's
_LONG_WORDS = _compile(r"\w{4,}")


def _name_like(part: str) -> bool:
    words = part.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and not any(w[0].islower() for w in words)
        and not part.rstrip().endswith(("?", "!", '"', "'", "\u201c", "\u201d"))
    )
