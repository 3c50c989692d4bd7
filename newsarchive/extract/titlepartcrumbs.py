"""Trails in a title: the breadcrumb trail it opens with ("Home » News » Title"), a
trail's level after the headline ("Title | NRW | Lokales | Site"), a section word a
Korean or Chinese CMS joins to the headline by a bare hyphen ("...-정치ㅣ한국일보").
One crumb alone is a kicker ("Hafen / Stadtrat stimmt zu") and stays.
"""

from __future__ import annotations

from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.site import compact, is_site, spellings
from newsarchive.extract.titlepartfurniture import MAX_CJK_LABEL, is_furniture
from newsarchive.extract.titlepartmarks import CJK, MIN_REST, QUOTE_END, cjk_width

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


# A Hangul section word a Korean CMS joins to the headline with a bare hyphen before the
# site's name ("제목-정치ㅣ한국일보"): where the headline ends in a quote, a digit or a
# bracket, no separator (`SEPARATOR` splits a bare hyphen only between two CJK
# characters). Hangul only: after a Latin word a Chinese or Japanese one is as likely the
# headline's own ("US-中国"), unless the page names it its section (`_JOINED_CJK`).
_JOINED_LABEL = _compile(f"(?<=\\S)-(?P<label>[\uac00-\ud7af]{{1,{MAX_CJK_LABEL}}})$")
_JOINED_CJK = _compile(f"(?<=\\S)-(?P<label>[{CJK}]{{1,{MAX_CJK_LABEL}}})$")


MAX_LEVEL_WORDS = 3  # "NRW", "Kreis Musterland", "SV Musterstadt": a trail's level
MIN_HEADLINE_WORDS = 4  # ... after a headline, not after a kicker's short one


def trail_level(part: str, before: list[str]) -> bool:
    """Whether a part, after the same bar as the site's name and section cut after it, is a
    level of the site's trail ("Title | NRW | Lokales | Site"): a few capitalised words,
    no number or sign, after the headline alone, of some words ("Wahl 2025 | Die Bilanz |
    Politik" keeps its part: what is left before it is a kicker). A dash is a headline's own mark
    ("Title - Das Duell - Lokales - Site" keeps "Das Duell"); a name after a quote is its
    speaker ("„Wir schaffen das“ | Olaf Scholz | Politik", as `speaker` keeps one before)."""
    words = part.split()
    return (
        0 < len(words) <= MAX_LEVEL_WORDS
        and all(w[0].isupper() and w.replace("-", "").isalpha() for w in words)
        and len(before) == 1
        and len(before[0].split()) >= MIN_HEADLINE_WORDS
        and not QUOTE_END.search(before[0])
    )


def unlabelled_parts(parts: list[str], sections: frozenset[str]) -> list[str]:
    """The parts without a section word joined to the last by a bare hyphen, once the
    site's name after them is cut ('윤 대통령 "경제 회복"-정치' of '...-정치ㅣ한국일보'); a
    Chinese or Japanese word so joined only where it is the page's section (its
    `article:section`, a URL segment: "...APEC-国际ㅣ海滨网" of a page in 国际)."""
    m = _JOINED_LABEL.search(parts[-1])
    if not m or not is_furniture(m["label"], sections):
        m = _JOINED_CJK.search(parts[-1])
        if not m or spellings(compact(m["label"])).isdisjoint(sections):
            return parts
    rest = [*parts[:-1], parts[-1][: m.start()]]
    return rest if cjk_width("".join(rest)) >= MIN_REST else parts


MIN_CRUMBS = 2  # "Home » News » Title", "Site > Politics > Title": one mark alone may be a kicker's


def uncrumbed(parts: list[str], sites: frozenset[str], sections: frozenset[str]) -> list[str]:
    """The parts after a breadcrumb trail the title opens with ("Home » News » Local »
    Title", "Site > Politics > Title"): two crumbs or more, each a section's name, a label
    word or the site's name, set off by a crumb's mark (">", "»", "\u203a", "/"). One such part
    alone is a kicker ("Hafen / Stadtrat stimmt zu", "Größer > besser?"): it stays."""
    n = 0
    while (
        n + 2 < len(parts)
        and _CRUMB_MARK.fullmatch(parts[n + 1])
        and (is_furniture(parts[n], sections) or is_site(parts[n], sites))
    ):
        n += 2
    if n < 2 * MIN_CRUMBS or cjk_width("".join(parts[n:])) < MIN_REST:
        return parts
    return parts[n:]


# a mark only breadcrumb trails set between a section and what it holds
TRAIL_MARK = _compile("(?!(?<=\\s)\\s)\\s*[\u00bb\u203a]\\s*")


def quote_closed(rest: str) -> bool:
    """Whether the text after a "»" (or its single form) closes a German quote it opened
    ("» Wir ... nicht «"): its last guillemet points back, not a French quote's ("« Nous
    ... »")."""
    return max(rest.rfind("\u00ab"), rest.rfind("\u2039")) > max(
        rest.rfind("\u00bb"), rest.rfind("\u203a")
    )


# a breadcrumb's mark between a section and what it holds
_CRUMB_MARK = _compile("(?!(?<=\\s)\\s)\\s*[>\u00bb\u203a\u2192\u27e9/]\\s*")
