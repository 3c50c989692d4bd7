"""A title's parts: the marks that join a headline to a site name, a section or a kicker.

"Storm hits coast | Weather | The Example", "Title - Politik - Example.de" and their
full-width East Asian forms: the publisher's name at either end goes, and a section or
a "News" label between the headline and that name goes with it. Which parts are the
site is told by the names the page gives its publisher (`site.site_keys`) and the
titles of its feeds; which are a section, by the page's URL path and section metadata.
Without such evidence nothing is cut: "Storm - what we know" keeps its dash.

This module is the cascade (`strip_sites`: a title's ends cut part by part while they
name the site, a label, its section, a date or a page) and the names the rest of the
package reads from here, wherever they live (`__all__`). The pieces live beside it, each
importing only those listed after it:

- `titlepartsources`: what the page's other titles tell of a title's ends (an end two
  titles share, a host name, the home title left on articles, a name after the slug);
- `titlepartnames`: whether a part names the site (with its city or edition, in two
  scripts, grown from the host's word, a byline), or is only the site's name;
- `titlepartsites`: the publisher's names a page gives (metas, feeds, JSON-LD, the
  canonical host, social accounts, logo and copyright names a group lends), the <title>;
- `titlepartcopyright`: the rights holder in the footer's copyright line and the metadata;
- `titlepartsections`: the page's section names, stated or a crumb's, a section opening
  or closing a title, a quote's speaker;
- `titlepartcrumbs`: breadcrumb trails opening a title, a trail's levels, a section word
  joined by a bare hyphen;
- `titlepartdates`: dates and clocks beside the site's name, after a comma, in brackets;
- `titlepartpages`: the page number of an article split over several;
- `titlepartbrackets`: the site's name in brackets, after a wave dash or a lopsided mark;
- `titlepartmastheads`: a newspaper's name by its kind, in scripts no host spells;
- `titlepartfurniture`: section-like labels and words for news beside the site's name;
- `titlepartmarks`: the separators (spaced, bare full-width, between CJK characters), a
  title's parts and their width.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.site import compact, is_site, spellings
from newsarchive.extract.titlepartbrackets import NAME_COLON, unbracket, unlopsided, unwaved
from newsarchive.extract.titlepartcrumbs import (
    TRAIL_MARK,
    quote_closed,
    trail_level,
    uncrumbed,
    unlabelled_parts,
)
from newsarchive.extract.titlepartdates import (
    comma_undated,
    is_dated,
    unbracket_dates,
    unclocked,
    undated,
)
from newsarchive.extract.titlepartfurniture import (
    is_furniture,
    news_label,
    news_name,
    news_noun,
)
from newsarchive.extract.titlepartmarks import (
    ANY_SEPARATOR,
    MIN_REST,
    QUOTE_END,
    SEPARATOR,
    cjk_width,
    split_parts,
    title_cores,
)
from newsarchive.extract.titlepartmastheads import (
    cjk_masthead,
    is_masthead,
    masthead_cut,
    spaced_masthead_cut,
    unspelt_masthead,
)
from newsarchive.extract.titlepartnames import (
    JOINED_SITE,
    MAX_SLOGAN_WORDS,
    NAME_SHAPED,
    byline_part,
    host_root,
    mixed_site,
    name_before_a_place_clause,
    name_keys,
    name_rejoined,
    names_site,
    only_site,
    shown_tail_cut,
    trail_after_site,
    whole_site,
)
from newsarchive.extract.titlepartpages import page_numbered, unpaged
from newsarchive.extract.titlepartsections import (
    SECTION_META,
    STATED,
    is_stated_section,
    section_closing,
    section_names,
    speaker,
    stated_section,
    unsectioned,
)
from newsarchive.extract.titlepartsites import lent_too, site_names, tab_text
from newsarchive.extract.titlepartsources import (
    domain_ends,
    home_tab,
    home_title,
    shared_ends,
    slug_joined_site,
)

# What title.py, titlevotes.py, titlelabels.py, headline.py, section.py and topics.py import
# from here: the title cascade and its neighbours read the pieces through this one module.
__all__ = [
    "ANY_SEPARATOR",
    "SECTION_META",
    "SEPARATOR",
    "STATED",
    "domain_ends",
    "home_tab",
    "home_title",
    "masthead_cut",
    "only_site",
    "page_numbered",
    "section_names",
    "shared_ends",
    "shown_tail_cut",
    "site_names",
    "slug_joined_site",
    "spaced_masthead_cut",
    "stated_section",
    "strip_sites",
    "tab_text",
    "title_cores",
    "unclocked",
]

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


# A colon closing a title before a last level of its trail ("...: Politik")
_COLON_LABEL = _compile(r"(?<=[^\W_]):\s+(?P<label>[^:|]{1,30})$")


# A page's title cascade cuts the same few values (og:title, <title>, h1) a dozen times over
# (its sources, votes and cores): ~2 distinct a page of 12 calls. Few entries, so only one
# page's values are kept, not a crawl's.
@lru_cache(maxsize=32)
def strip_sites(
    value: str, sites: frozenset[str], sections: frozenset[str] = frozenset(), dates: bool = True
) -> str:
    """`_strip_sites`, and (with `dates`) a date in brackets at either end before and after it
    ("港で火災\uff082026年1月13日\uff09\uff5c海辺新聞", `unbracket_dates`)."""
    if not dates:
        return _strip_sites(value, sites, sections)
    return unbracket_dates(_strip_sites(unbracket_dates(value), sites, sections))


def _strip_sites(value: str, sites: frozenset[str], sections: frozenset[str]) -> str:
    """Cut leading and trailing parts that name the site ("Site | Title | Site").

    A slogan after a site's name goes with it ("Title | Site - reliable news"). Once a
    trailing site name is cut, a section or "News" label left before it goes too
    ("Title - Politik - Site", "Title - Son Dakika Haberleri - Site"); a title that ends
    in such a word with no site name after it ("Storm - live") keeps it. A site's name in
    brackets at either end goes too ("【Site】Title", "[Site] Title", "Title (Site)").
    """
    # a name lent by the logo or the copyright line cuts no first part (`_shown_names`)
    first, sites = sites, lent_too(sites)
    named = unwaved(unbracket(value, sites, first), sites)
    value = unlopsided(named, sites)
    # "标题_新闻频道_海滨网": the name cut after an unspaced mark, the section before it goes too
    unnamed = value != named
    parts = undated(unpaged(split_parts(value)), sites)
    # "Title | Site - reliable news": the site's name followed by its slogan; "Title | Site -
    # Latest News", "Title - उदाहरण समाचार | Hindi News": a news label after a part naming it
    if (
        len(parts) > 4
        and cjk_width("".join(parts[:-4])) >= MIN_REST
        and (
            (len(parts[-1].split()) <= MAX_SLOGAN_WORDS and whole_site(parts[-3], sites))
            or (
                is_furniture(parts[-1], sections)
                and (names_site(parts[-3], sites) or is_masthead(parts[-3]))
            )
        )
    ):
        parts = parts[:-2]
    else:  # "Title | Site.de - Nachrichten - Region - Studio Stadt": a trail of a few words
        parts = trail_after_site(parts, sites)
    parts = name_rejoined(parts, first)
    cut = False
    # the width of the parts before each part's separator, read once (a title of thousands of
    # dated or section parts was cut part by part, each time measuring all before it)
    ahead = [0, *itertools.accumulate(map(cjk_width, parts))]
    parts = list(parts)
    trail_mark: str | None = None
    lead = 2 if len(parts) > 2 and is_site(parts[0], first) else 0  # "Site | ..." opening
    while (
        len(parts) > 2
        and (
            is_site(parts[-1], sites)
            or mixed_site(parts[-1], sites)
            or (byline_part(parts[-1]) and ahead[len(parts) - 2] >= MIN_REST)
            or (
                not cut
                and names_site(parts[-1], sites)
                # (a headline before it, not only the site's name or a label: in a script
                # without capitals a headline holding the site's word, "الهلال يفوز في الرياض"
                # on alriyadh.example, reads as a name after "الرياض | " or "عاجل - ")
                and ahead[len(parts) - 2] - ahead[lead] >= MIN_REST
            )
            or (
                not cut
                and host_root(parts[-1], sites)
                and not QUOTE_END.search(parts[-3])
                and ahead[len(parts) - 2] >= MIN_REST
            )
            or (
                # (after a name cut, a paper's name in a script no host spells: the site's name
                # in two scripts, "Title - خبرگزاری بندر | Bandar News Agency")
                (not cut or cjk_masthead(parts[-1]) or unspelt_masthead(parts[-1], parts[-2]))
                and (
                    is_masthead(parts[-1])
                    or news_noun(parts[-1])
                    or news_name(parts[-1])
                    or news_label(parts[-1])
                )
                and ahead[len(parts) - 2] >= MIN_REST
            )
            or (
                (cut or unnamed)
                and (
                    is_furniture(parts[-1], sections)
                    or is_dated(parts[-1])
                    # "Title | NRW | Lokales | Site": a region, a district, a club over the section
                    or (parts[-2] == trail_mark and trail_level(parts[-1], parts[:-2]))
                )
                and ahead[len(parts) - 2] >= MIN_REST
            )
            # "Werft schließt nach hundert Jahren - Wirtschaft" of a page its metadata or its
            # breadcrumb file in "Wirtschaft": the section's label, with no site name after it
            or (ahead[len(parts) - 2] >= MIN_REST and section_closing(parts, sections))
        )
    ):
        # (a bar after a cut: the trail's marks, once its site's name and section are gone)
        trail_mark = parts[-2] if cut and parts[-2].strip() == "|" else None
        del parts[-2:]
        cut = True
    if cut and parts:
        parts[-1] = comma_undated(parts[-1])
        # "港の橋が再開\uff08海辺新報\uff09 - Portal": an aggregator's title, the paper it
        # credits in brackets before the portal's name, one by its kind as `unbracket` cuts
        parts[-1] = unbracket(parts[-1], sites, first)
    if cut or unnamed:
        parts = unlabelled_parts(parts, sections)
    parts = uncrumbed(parts, first, sections)
    if (
        cut
        and len(parts) > 2
        and TRAIL_MARK.fullmatch(parts[1])
        and not spellings(compact(parts[0])).isdisjoint(sections)
        and cjk_width(rest := "".join(parts[2:])) >= MIN_REST
        and not quote_closed(rest)
    ):
        # "Region » Stadtrat stimmt zu | Site" (of /region/): the page's section left before
        # the title as a crumb, by a mark only trails use (a kicker's "/" or ">" stays:
        # "Hafen / Stadtrat ..."; so does a kicker no section names, "Hafenstreit » ...", and
        # a German quote's opening mark: "Merz » Wir schaffen das nicht « | Site")
        parts = parts[2:]
    if (
        cut
        and len(parts) > 2
        and (news_noun(parts[0]) or news_label(parts[0]))
        and cjk_width("".join(parts[2:])) >= MIN_REST
    ):
        # "News | Stadtrat stimmt zu | Site", "Local News - ...": the trail's word for news
        # before the title, once the site's name after it is cut (a site's label, in no
        # headline's words; a kicker that is no word for news stays)
        parts = parts[2:]
    parts = unsectioned(parts, sections)
    # (the width after each part, read once: a title of thousands of leading names)
    behind = [*reversed(list(itertools.accumulate(map(cjk_width, reversed(parts))))), 0]
    start = 2 if not cut and name_before_a_place_clause(parts, sites) else 0
    while len(parts) - start > 2 and (
        is_site(parts[start], first)
        or (
            (
                cjk_masthead(parts[start])
                or unspelt_masthead(parts[start], parts[start + 1], parts[start + 2])
            )
            and behind[start + 2] >= MIN_REST
        )
    ):
        start += 2
    # "Site | Politics | Title": the trail in its reading order, the site's name, then the
    # section or "News" label the page files the story under; the label goes with the name
    # as it does after a headline ("Title | Politics | Site"); by the trail's own mark (a
    # French colon after a kicker is the headline's: "Site | Entretien : Le maire : « ... »")
    while (
        start
        and len(parts) - start > 2
        and parts[start + 1] == parts[start - 1]
        and (is_furniture(parts[start], sections) or news_noun(parts[start]))
        and behind[start + 2] >= MIN_REST
    ):
        start += 2
    value = "".join(parts[start:])
    if (
        (m := NAME_COLON.match(value))
        and is_stated_section(m.group(1), sections)
        and cjk_width(value[m.end() :]) >= MIN_REST
        and not speaker(m.group(1), value[m.end() :], sections)
    ):
        value = value[m.end() :]  # "Politik: Warum der Rat streitet" of a page in "Politik"
    # "Stadtrat stimmt zu-Hafenblatt", "Stadtrat stimmt zu: Hafenblatt": the site's name
    # after a mark no space sets apart, or after a colon (a template joining the two with
    # no spaced separator); only the name as the page's own metas or host spell it
    if (
        (m := JOINED_SITE.search(value))
        and m.start() >= MIN_REST
        and whole_site(m["name"], first)
        # (after a bare dash, a one-word name may be a compound's second half: "Wahl in
        # Mecklenburg-Vorpommern" on vorpommern.example; a name of two words or a host's stays)
        and (":" in m[0] or NAME_SHAPED.search(m["name"]))
    ):
        value = value[: m.start()]
        # "Title: Politik: Welt: Site.example": the trail's levels set off by colons as its
        # name is, each a section's name or a label word, go with it
        # (one level only where the page states it its section: a headline's own last word
        # after a colon, "Das Urteil lautet: Freispruch: Site.example", is shaped as one)
        whole, levels, stated = value, 0, False
        while ":" in m[0] and (c := _COLON_LABEL.search(value)) and c.start() >= MIN_REST:
            if not is_furniture(c["label"], sections):
                break
            stated = stated or not spellings(compact(c["label"])).isdisjoint(sections)
            value, levels = value[: c.start()], levels + 1
        if levels == 1 and not stated:
            value = whole
    # "Hafenblatt: Stadtrat stimmt zu": the site's name as the page writes it, before an
    # unspaced colon; a shorter word there ("Hafen: ...") is a topic, cut only where another
    # source states the title alone (`title._core`)
    if (
        (m := NAME_COLON.match(value))
        and any(not spellings(k).isdisjoint(first) for k in name_keys(m.group(1)))
        and len(value) - m.end() >= MIN_REST
    ):
        return value[m.end() :]
    return value
