"""The title cascade's first choice weighed against every other place the page states its title.

Which places count: the metadata titles, the JSON-LD headline, the `<title>` and the
article's own h1, never an h1 that is the last crumb of a breadcrumb trail (`in_trail`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from lxml.html import HtmlElement

from newsarchive.extract import langwords
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.titleparts import SEPARATOR

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# Marks no reader sees: a soft hyphen (a German CMS's hyphenation hint in one field and not
# the next: "Hafen\u00adplan"), zero-width joiners, direction marks (Hebrew, Arabic), a BOM.
INVISIBLE: dict[int, None] = dict.fromkeys(
    [0xAD, *range(0x200B, 0x2010), 0x2060, *range(0x2066, 0x206A), *range(0x202A, 0x202F), 0xFEFF]
)
_INVISIBLE = _compile("[" + "".join(map(chr, INVISIBLE)) + "]")
# Quotes and dashes a CMS may straighten in metadata but keep in the visible headline;
# invisible marks go.
_TYPO = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                       "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                       "\u2013": "-", "\u2014": "-", "\u2212": "-"} | INVISIBLE)  # fmt: skip
# (a space, a dot or "\u2026" opens it: the lookahead turns every other place away at once)
ELLIPSIS = _compile(r"(?=[\s.\u2026])(?!(?<=\s)\s)\s*(?:\.{3}|\u2026)$")
_CUT = _compile(r"[\w,;:]\s*(?:\.{3}|\u2026)$")
_WORD = _compile(r"\w+")
_CLOSING = _compile("[?!.,;\"'\u2019\u201d\u00bb)\\]]*")
# Hangul I (U+3163, NFKC U+1175) and the CJK stroke: marks that are letters to Python
_BARE_MARKS = "\u3163\u1175\u4e28"
_UNSPACED = _compile("[\u3040-\u30ff\u3400-\u9fff]")  # kana and CJK ideographs
# A live page's rolling headline ("Storm LIVE: ...", "Liveticker", "EN DIRECT", "EN VIVO").
_LIVE = _compile(
    r"\bLIVE\b"
    r"|(?i:\b(?:live[ -]?(?:blog|ticker|updates?)|liveticker|en direct|en vivo|in diretta)\b)"
)
_UNSPACED_WORD = _compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_PAGE_WORDS = langwords.entries(langwords.LIVE_WORDS) + langwords.entries(langwords.LIVE_PAGE_WORDS)
# A live page's word in any language: CJK and Hangul ones anywhere, others as whole words.
_LIVE_PAGE = _compile(
    "|".join(
        re.escape(w) if _UNSPACED_WORD.search(w) else rf"\b{re.escape(w)}\b"
        for w in sorted(sorted(set(_PAGE_WORDS)), key=len, reverse=True)
    ),
    re.IGNORECASE,
)
MAX_NAME_WORDS = 4  # "Politik und Wirtschaft": a section's name over an article is this short
MAX_UNSPACED_NAME = 10  # "港湾ポッドキャスト": a name in a script without spaces is short too
MIN_AGREEING = 3  # other sources agreeing before a lone first choice yields
TRAIL_DEPTH = 4  # ancestors looked at for a breadcrumb around an h1
MIN_TRAIL_LINKS = 2  # "Home > Section > <h1>": links right before an h1 that make it a crumb


def visible(s: str) -> str:
    """`s` without the marks no reader sees (`INVISIBLE`)."""
    return _INVISIBLE.sub("", s)


def norm(s: str) -> str:
    """A title's words for comparing: marks, case and invisible characters aside."""
    return _title_norm(s) if len(s) <= _CACHED_NORM else _norm(s)


# The title cascades normalise the same few candidates ~50 times a page (6 in 10 again):
# strings up to a title's length are kept (a block's whole text is not, for memory).
_CACHED_NORM = 1000


@lru_cache(maxsize=4096)
def _title_norm(s: str) -> str:
    return _norm(s)


def _norm(s: str) -> str:
    # (full-width and composed forms as their plain ones: "ＡＩ規制" in one field and "AI規制"
    # in the next, "é" as one letter or as "e" and its accent, are the same title)
    return _NON_WORDS.sub(" ", _INVISIBLE.sub("", _nfkc(s))).strip().casefold()


_NON_WORDS = _compile(r"\W+")


def in_trail(h1: HtmlElement) -> bool:
    """An h1 that is the last crumb of a breadcrumb trail, not the article's heading.

    Some CMSs put the SEO headline as an h1 at the end of the trail ("Home > Politik >
    <h1>") in small type and show the article's own headline elsewhere, often another
    line (the og:title). Such an h1 sits in a `nav` or a block named "breadcrumb", or
    right after the trail's links. On newsbench dev + world minus kept-aside, 9 pages of 4
    German-language publishers have one; the expected title is that h1 on 2 of them.
    """
    for el in itertools.chain((h1,), itertools.islice(h1.iterancestors(), TRAIL_DEPTH)):
        if el.tag == "nav":
            return True
        if "breadcrumb" in f"{el.get('class', '')} {el.get('id', '')}".lower():
            return True
    parent = h1.getparent()
    item = parent if parent is not None and parent.tag == "li" else h1
    before = list(itertools.islice(item.itersiblings(preceding=True), MIN_TRAIL_LINKS))
    return len(before) == MIN_TRAIL_LINKS and all(_crumb(s) for s in before)


def _crumb(el: HtmlElement) -> bool:
    return el.tag == "a" or (el.tag == "li" and el.find(".//a") is not None)


def settle(
    first: str,
    source: str,
    sources: dict[str, list[str]],
    live: bool,
    framed: Sequence[str] = (),
    unnamed: bool = False,
    echoes: frozenset[str] = frozenset(),
) -> str:
    """The first choice, unless the page's other titles show it is a variant, a one-off or a cut.

    `unnamed`: a metadata title was left out as a template's name (`title._only_a_name`):
    the page's social title says nothing, and the first choice is the JSON-LD headline.

    `framed`: what the h1s inside the page's <article> or <main> show (`title._in_article`),
    the first h1's headline part first.
    - A metadata title (og:title) that the page's own h1 does not show, beside a JSON-LD
      headline that the h1 does show, yields to the headline (`_shown_headline`); without
      a JSON-LD headline, to the h1 in <article>/<main> that the <title> states too.
    - Where the first choice, the headline and the first framed h1 are three different
      titles, the h1 (`_framed_over_split`).
    - A first choice no other source repeats, while MIN_AGREEING others agree on one
      title, is a one-off social variant: the agreed title wins. Three, because the
      JSON-LD headline and the <title> often come from one SEO field, so two alone is
      one opinion (on newsbench dev, og:title beats that pair about as often as not).
      A longer first choice yields only where a framed h1 shows the agreed title: else
      it is the title stated in full (`_full_title`).
      `echoes`: lesser metadata fields (twitter:title, dc.title) repeating the <title> or
      another field word for word, a CMS filling them from one field: one voice, not
      several (on a page without an h1, twitter:title, dc.title and the <title> outvoted
      og:title alone); they count where the JSON-LD headline states their line (`_voices`).
      Not on live blogs, where the headline and h1 carry the rolling "LIVE:" line: a
      page typed LiveBlogPosting where some title has a live word in any language
      (`_LIVE_PAGE`: "Liveblog", "Ticker", "EN DIRECT", "NA ŻYWO", "直播"). A page so
      typed without one is weighed as any other (benchmarks/title_variants.py: typing
      the looked-at pages LiveBlogPosting lost 7 of 107 before).
    - A title cut with "..." yields to a source that continues it.
    - Typographic quotes, and a full stop closing the title: the spelling most sources use
      wins over a straightened or stopped one.
    - Capitals: a title set in capitals throughout yields to the same title in normal case.
    """
    # a page typed a live blog whose titles carry no live word is one story's page
    live = live and any(_LIVE_PAGE.search(v) for vs in sources.values() for v in vs)
    # a source cut with "..." stands for the title another source continues it with
    sources = {k: [_uncut(v, sources) for v in vs] for k, vs in sources.items()}
    first = _uncut(first, sources)
    boxed = {_loose(t) for t in framed}
    if not live and source != "headline" and (shown := _shown_headline(first, sources, boxed)):
        first = shown
    elif not live and (own := _framed_over_split(first, sources, framed, unnamed)):
        first = own
    others = {k: v for k, v in sources.items() if k != source and v}
    key = _loose(first)
    if not live and all(key not in {_loose(v) for v in vs} for vs in others.values()):
        agreed = _agreed(_voices(others, echoes)) or _framed_pair(first, source, others, boxed)
        if agreed and not _full_title(first, agreed, boxed):
            first = agreed
    first = _continued(first, others)
    first = _marks_as_parts(first, others)
    return _spelling(_cased(first, sources, echoes), sources)


# A run of decoration marks set between a title's words as its separator ("+++ Sturmflut
# +++ Alle Entwicklungen"): a breaking-news card's style of "Sturmflut: Alle Entwicklungen".
_MARK_RUN = _compile(r"(?:^|\s)([+*#=~|]{2,6}|[\u25a0-\u25ff\u2600-\u27bf])\s")


def _marks_as_parts(first: str, others: dict[str, list[str]]) -> str:
    """The title two other sources spell with a colon or dash where `first` sets a run of
    decoration marks between the same words ("+++ Storm +++ What we know" beside "Storm:
    What we know" in the h1 and the JSON-LD headline): the same title in the card's style,
    on a live page too (where the sources are not weighed against each other)."""
    # (marks only around the words, "+++ Storm +++", are a decoration: `_spelling`'s)
    if not _MARK_RUN.search(_undecorated(first)):
        return first
    key = norm(first)
    # (a form setting a colon or dash in the marks' place: one that only drops the marks,
    # "Ich Kiel: ..." of "Ich ♥ Kiel: ...", lost a word, no separator)
    seps = len(_PART_MARK.findall(_MARK_RUN.sub(" ", first)))  # (not the marks: "|| A || B")
    forms = [v for vs in others.values() for v in dict.fromkeys(vs) if not _MARK_RUN.search(v)]
    same = [v for v in forms if norm(v) == key and len(_PART_MARK.findall(v)) > seps]
    if len({k for k, vs in others.items() if any(v in same for v in vs)}) < 2:
        return first
    return same[0]


_PART_MARK = _compile(r"[:|\u2013\u2014]|\s-\s")  # a colon or a dash setting parts apart


def _framed_pair(
    first: str, source: str, others: dict[str, list[str]], boxed: set[str]
) -> str | None:
    """The title the article's h1 (inside <article>/<main>) and one more source agree on,
    beside a lone twitter:title or other lesser meta, taken first for want of og:title and
    a JSON-LD headline, in other words: a social rewrite ("Porto, via libera: cosa
    cambia"); the headline the reader sees, stated again by the <title>, is the page's
    title. Not where that meta is the h1 with words left out (a share card's cut). og:title
    still needs MIN_AGREEING: on newsbench dev, og:title (and twitter:title) stating a cut
    beside an h1 and <title> of the whole line expect the cut on 4 pages of 3 publishers,
    and a short social line beside them stays (tests/test_extract_titles_unseen20.py)."""
    if source in ("og:title", "headline", "<title>", "h1"):
        return None
    for title in others.get("h1", ()):
        key = _loose(title)
        # (an h1 under half as long is a section's name: "Politik" above the article)
        if key not in boxed or _is_cut(first, title) or 2 * len(title) < len(first):
            continue
        if any(key in {_loose(v) for v in vs} for k, vs in others.items() if k != "h1"):
            return title
    return None


def _full_title(first: str, other: str, boxed: set[str]) -> bool:
    """A longer og:title beside a short headline: the title stated in full, unless an h1
    inside the page's <article>/<main> shows the short one.

    On newsbench dev + world minus kept-aside, 3 pages have an og:title longer than the
    headline their h1 shows (no live page, no cut): 2 expect og:title, and there the h1
    sits outside the <main>/<article> the page has (a page header's); 1 expects the
    headline, shown in the article's h1. More broadly, on the world pages looked at, an h1
    inside <article>/<main> is the expected title on 32 of 34 (half A 17/19, B 15/15; dev
    34/45), a shown h1 outside them on 11 of 15.
    """
    return len(first) > len(other) and _loose(other) not in boxed


def _shown_headline(first: str, sources: dict[str, list[str]], boxed: set[str]) -> str | None:
    """The JSON-LD headline where the article's h1 shows it and not the metadata title.

    The h1 is what the reader sees; a social/SEO line (og:title, often repeated by
    twitter:title and the <title>) that the h1 does not show is a variant of it. On
    newsbench dev + world minus kept-aside, where og:title differs from a headline the
    h1 repeats, the expected title is the headline on 6 pages and og:title on 8; the
    exceptions below hold 7 of those 8 and 1 of the 6, so the rule fires on 6 pages:
    5 expect the headline (4 of them missed before it), 1 og:title.
    - og:title longer than the headline, where no h1 in the article shows the headline:
      the title stated in full (`_full_title`: og 2, headline 0);
    - og:title is the headline with words left out, a share-card cut of the same
      line ("Storm hits coast" of "Storm hits coast as thousands lose power"):
      og 3, headline 1 (that one still yields where og:title is lone, see `settle`);
    - a live page, whose headline is the rolling "LIVE:" line (og 2).

    A page without a JSON-LD headline: the h1 inside its <article>/<main> that the
    <title> states too stands for it (`_titled_h1`), the same two voices (the SEO field,
    the line the reader sees) against the social card's.
    """
    headline = next(iter(sources.get("headline", ())), "") or _titled_h1(first, sources, boxed)
    shown = {_loose(h) for h in sources.get("h1", ())}
    key = _loose(headline)
    if not key or key not in shown or _loose(first) in shown or key == _loose(first):
        return None
    if _full_title(first, headline, boxed) or _is_cut(first, headline) or _LIVE.search(headline):
        return None
    return headline


def _titled_h1(first: str, sources: dict[str, list[str]], boxed: set[str]) -> str:
    """The h1 inside the page's <article>/<main> that its <title> states too, where the page
    has no JSON-LD headline: the headline as the reader sees it and as the page names
    itself, against which a social card's line in other words (og:title "Was wir wissen"
    beside both stating "Stadtrat beschließt Hafenplan") is a variant. An h1 of a name's
    size may be a section's, a series' or the site's name over the article, which a
    template sets as the <title> too (`_name_sized`), no headline. On newsbench dev +
    world minus kept-aside, the 3 pages without a JSON-LD headline whose og:title differs
    from such an h1 have og:title a cut of it, which stays; on the copies of
    benchmarks/title_variants.py with og:title rewritten in other words, title exact
    0.682 before this, 0.729 with it."""
    tabs = {_loose(t) for t in sources.get("<title>", ())}
    for title in sources.get("h1", ()):
        key = _loose(title)
        # (nor an h1 cut with "...", where the <title> is cut alike: og:title is whole)
        if (
            key in boxed
            and key in tabs
            and not _name_sized(title, first)
            and not ELLIPSIS.search(title)
        ):
            return title
    return ""


def _name_sized(h1: str, first: str) -> bool:
    """An h1 a <title> stating it too does not make a headline: a name's few words, the
    section's, the series' or the site's ("Weekend Reads", "Politik und Wirtschaft", "The
    Harbour Diaries": a template setting the same name in both, on a page without a JSON-LD
    headline), whatever the og:title's length; in a script without spaces, MAX_UNSPACED_NAME
    characters; or under half as long as the og:title ("Politik"). Not a quote or a question
    ("„Unermüdlicher Einsatz“", "Wer zahlt?"), a short headline's shape and no name's: on
    benchmarks/title_variants.py's copies with og:title rewritten, the one page whose h1 of
    four words or fewer the <title> states is a quote, and its headline."""
    words = norm(h1).split()
    if _UNSPACED.search(h1):
        short = len(norm(h1).replace(" ", "")) <= MAX_UNSPACED_NAME
    else:
        short = len(words) <= MAX_NAME_WORDS
    said = bool(h1) and (h1[0] in _QUOTES or h1[-1] in _QUOTES or h1[-1] in "?!\uff1f\uff01")
    return (short and not said) or (len(words) <= MAX_NAME_WORDS and 2 * len(h1) < len(first))


# Quote marks a quote set as a headline opens or closes with: ASCII, typographic, guillemets,
# CJK corner brackets.
_QUOTES = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a" + (
    "\u300c\u300d\u300e\u300f"
)


def _framed_over_split(
    first: str, sources: dict[str, list[str]], framed: Sequence[str], unnamed: bool = False
) -> str | None:
    """The article's h1 where og:title and the JSON-LD headline disagree and it shows neither.

    Three titles, no two alike: the metadata fields say nothing of which is the page's,
    and the h1 inside <article>/<main> is the headline as the reader sees it (on the world
    pages looked at, the expected title on 32 of 34, og:title on 48 of 54, the headline on
    39 of 47). On dev + world minus kept-aside, 2 pages are split so: one expects the h1
    (world B), one the headline (dev); og:title, taken before, neither. An h1 less than
    half as long as the shorter of the two is a section's name, not a headline; one with
    a live word is a live page's rolling line. Where og:title was a template's name
    (`unnamed`), the JSON-LD headline and the h1 are split the same way: the h1 (on the
    degraded copies of benchmarks/title_variants.py whose og:title is rewritten in other
    words, 0.664 without this, 0.682 with it; the headline where og:title agreed with the
    h1 is what the Telegraph's and MDR's copies lost).
    """
    headline = next(iter(sources.get("headline", ())), "")
    h1 = next(iter(framed), "")
    keys = {_loose(first), _loose(headline)}
    split = len(keys) == 2 or unnamed
    if not headline or not h1 or not split or not keys.isdisjoint(_loose(t) for t in framed):
        return None
    if _LIVE.search(h1) or 2 * len(h1) < min(len(first), len(headline)):
        return None
    return h1


def _is_cut(short: str, full: str) -> bool:
    """`short` is `full` with words left out: its words appear in `full` in the same order.

    In a script written without spaces (kana, ideographs) a run of characters is a clause,
    and any short line about the same story reuses the headline's characters in order
    ("港の計画、可決" of "市議会が港の新しい整備計画を賛成多数で可決" is a rewrite): there only
    the headline's opening stated alone is a cut of it.
    """
    if _UNSPACED.search(short):
        return _loose(full).startswith(_loose(short))
    words = iter(_WORD.findall(full.translate(_TYPO).casefold()))
    return all(w in words for w in _WORD.findall(short.translate(_TYPO).casefold()))


@lru_cache(maxsize=1024)
def _loose(s: str) -> str:
    """Titles compared across sources: case, quote style and a trailing ellipsis aside."""
    return norm(ELLIPSIS.sub("", s.translate(_TYPO)))


def _voices(others: dict[str, list[str]], echoes: frozenset[str]) -> dict[str, list[str]]:
    """`others` without the lesser fields copying another (`settle`'s `echoes`), unless the
    JSON-LD headline, a field written apart, states the line they copy: then two fields
    agree, their copies beside them, as on pages where og:title is a shorter social teaser
    (the copies still count there, as before `echoes`)."""
    voices = {k: v for k, v in others.items() if k not in echoes}
    if len(voices) == len(others):
        return others
    stated = {_loose(v) for v in others.get("headline", ())}
    copied = {_loose(v) for k in echoes for v in others.get(k, ())}
    return others if stated & copied else voices


def _agreed(others: dict[str, list[str]]) -> str | None:
    """The title most sources give (at least MIN_AGREEING), in the first one's spelling."""
    support: dict[str, list[str]] = {}  # loose title -> one spelling per source giving it
    for values in others.values():
        seen = set()
        for v in values:
            k = _loose(v)
            if k and k not in seen:
                seen.add(k)
                support.setdefault(k, []).append(v)
    forms = max(support.values(), key=len, default=[])
    return forms[0] if len(forms) >= MIN_AGREEING else None


def _uncut(value: str, sources: dict[str, list[str]]) -> str:
    """The title a value cut with "..." stands for: the continuation most sources give.

    ("Storm hits…" beside "Storm hits coast" in two sources and "Storm hits coast as
    thousands lose power" in one is "Storm hits coast".) Whatever precedes the mark, a
    quote or "?" too: a longer source with more words shows the cut. Ties: the shortest.
    """
    if not ELLIPSIS.search(value):
        return value
    stem = _loose(value)
    words = len(stem.split())
    support: dict[str, list[str]] = {}
    for values in sources.values():
        for v in dict.fromkeys(values):
            key = _loose(v)
            if (
                not ELLIPSIS.search(v)
                and key.startswith(stem)
                and len(key.split()) > words
                and not _goes_on_with_a_site(v, words)
            ):
                support.setdefault(key, []).append(v)
    if not support:
        return value
    forms = max(support.values(), key=lambda f: (len(f), -len(f[0])))
    return forms[0]


def _goes_on_with_a_site(full: str, words: int) -> bool:
    """What follows the first `words` words of `full` starts after a separator: a <title>'s
    " | Site", not more of the same headline."""
    found = list(itertools.islice(_WORD.finditer(full), words))
    if not found:
        return False
    end = _CLOSING.match(full, found[-1].end())  # "live?" and a closing quote end a word
    return bool(SEPARATOR.match(full, end.end() if end else found[-1].end()))


def _continued(first: str, others: dict[str, list[str]]) -> str:
    """A title cut short: the shortest title elsewhere that continues it.

    Cut with "..." ("Storm hits..."; after "?" or "!" an ellipsis is the writer's), or cut
    mid-word without a mark ("Storm hits coa", a field's length limit), which a source that
    goes on shows; or cut between words just under the 110 characters a JSON-LD headline
    may hold (`_limit_cut`), or after a word no headline ends with (`_dangling_cut`).
    """
    marked = bool(_CUT.search(first))
    stem, plain = _loose(first), _typo_key(first)
    longer = [
        v
        for values in others.values()
        for v in values
        if len(v) > len(first)
        and not ELLIPSIS.search(v)
        and (
            _loose(v).startswith(stem)
            if marked
            else _unmarked_cut(plain, _typo_key(v))
            or _limit_cut(plain, _typo_key(v))
            or _dangling_cut(plain, _typo_key(v))
        )
    ]
    return min(longer, key=len, default=first)


# Search engines take a JSON-LD headline of at most 110 characters, and CMSs cut a longer
# one to fit, often at the last space before the limit and without a mark ("... die
# Anwohner"); og:title copied from it is cut alike. A title that long which a source goes on
# with more words past the limit is such a cut; a share card's shorter line is no cut
# (`_shown_headline`: "Storm hits coast" of "Storm hits coast as thousands lose power").
HEADLINE_LIMIT = 110
LIMIT_SLACK = 20  # a cut at a word boundary falls this many characters short of it at most


# what goes on after such a cut: more words, not a mark before a site's name (" | Site",
# "\uff0dSite")
_GOES_ON = _compile(r"[,;:]?\s+[\"'\u00ab\u201e\u201c]?\w")


def _limit_cut(short: str, full: str) -> bool:
    """`short` is `full` cut between words just under `HEADLINE_LIMIT`, not before a site's name."""
    return (
        HEADLINE_LIMIT - LIMIT_SLACK <= len(short) <= HEADLINE_LIMIT < len(full)
        and full.startswith(short)
        and not _UNSPACED.search(short)
        and bool(_GOES_ON.match(full, len(short)))
    )


_DANGLING = frozenset(langwords.entries(langwords.DANGLING_WORDS))
# a word standing alone at the end, not the last of a hyphened or dotted one ("parlons-en",
# "allons-y", "s'il", "example.com")
_LAST_WORD = _compile(r"(?:^|\s)(\w+'?)$")
MIN_DANGLING_CUT = 20  # characters of a title cut before a word no headline ends with


def _dangling_cut(short: str, full: str) -> bool:
    """`short` is `full` cut between words after one no headline ends with, in small letters
    (`langwords.DANGLING_WORDS`: "... after a long and", "... nach der"), more words after."""
    if len(short) < MIN_DANGLING_CUT or len(full) <= len(short) or not full.startswith(short):
        return False
    last = _LAST_WORD.search(short)
    return (
        last is not None
        and last[1] in _DANGLING
        and bool(_GOES_ON.match(full, len(short)) or last[1].endswith("'"))
    )


def _unmarked_cut(short: str, full: str) -> bool:
    if not short or len(full) <= len(short) or not full.startswith(short):
        return False
    # Chinese and Japanese run words together: a prefix there is no cut word; nor is
    # one that a bare mark ends ("TitleㅣSite": U+3163 is a Hangul letter to Python)
    after = full[len(short)]
    if after in _BARE_MARKS:
        return False
    return short[-1].isalnum() and after.isalnum() and not _UNSPACED.match(short[-1])


def _cased(first: str, sources: dict[str, list[str]], echoes: frozenset[str] = frozenset()) -> str:
    """The same title in normal case where `first` is in capitals throughout ("STORM HITS COAST").

    Capitals are a style (a social card's, a CMS's upper-cased kicker field); the headline
    as written has lower-case letters somewhere. A title opening in lower case is what a
    label's cut left ("Última hora: cierran el puente"): the same words another source
    opens with a capital are the headline as written.
    """
    # (not a name written so, a capital inside its first word: "iPhone", "eBay", "iOS")
    if first[:1].islower() and not _camel(first):  # a label cut off ("Última hora: cierran")
        return next(
            (v for vs in sources.values() for v in vs if v[:1].isupper() and v[1:] == first[1:]),
            first,
        )
    if first.upper() != first or first.lower() == first:  # has lower case, or no cased letters
        # (where an h1 shows the title, its capitals decide a majority: `_most_cased`)
        echoes = frozenset() if sources.get("h1") else echoes
        return _most_cased(first, {k: v for k, v in sources.items() if k not in echoes})
    key = _caseless(first)
    for values in sources.values():
        for v in values:
            if v.upper() != v and _caseless(v) == key:
                return v
    return first


def _most_cased(first: str, sources: dict[str, list[str]]) -> str:
    """The capitals most sources write the same title in, where more sources than `first`'s
    agree on them (ties keep `first`): "Council Approves Rebuild Of The Harbour Wall" in
    og:title alone beside the JSON-LD headline and the h1 in sentence case is a social card's
    or an SEO plugin's style, the headline as written what the page records and shows. Only
    capitals differ (marks, quote styles and a closing stop aside, `_spelling`'s); a source in
    capitals throughout casts no vote (a style of its own, `_cased`), nor one opening in
    lower case (what a label's cut left: "bridge closed after crash"), nor one spelling a
    name `first` writes with a capital inside otherwise ("IPhone" of "iPhone": a CMS's
    capital first letter). Several sources are often one field echoed (the JSON-LD headline,
    the <title>, twitter:title of one SEO plugin): a majority the page's own heading (the
    headline as the reader sees it) is not in keeps `first`. On a page without an h1, a
    lesser field repeating another word for word (`settle`'s `echoes`) is left out by
    `_cased`, no vote of its own (twitter:title and dc.title copying a Title Case <title>
    outvoted og:title in sentence case)."""
    mine = _unstopped(_typo_key(first))
    key = mine.casefold()
    names = _camel_words(mine)
    votes: dict[str, list[str]] = {}  # case-kept spelling -> the sources' strings giving it
    heading: str | None = None  # the spelling the page's heading votes for
    for source, values in sources.items():
        for v in values:
            spelt = _unstopped(_typo_key(v))
            if (
                v.upper() != v
                and not v[:1].islower()
                and spelt.casefold() == key
                and names <= set(spelt.split())
            ):
                votes.setdefault(spelt, []).append(v)
                heading = spelt if source == "h1" else heading
                break  # one vote per source
    spelt, best = max(votes.items(), key=lambda sv: len(sv[1]), default=(mine, []))
    if len(best) < MIN_CASE_VOTES or len(best) <= len(votes.get(mine, ())):
        # on a page without a heading, a tie between `first` in Title Case and the same
        # words in a field's sentence case (og:title "Council Approves Rebuild Of The Wall"
        # beside "Council approves rebuild of the wall" in the <title>, twitter:title its
        # copy): capitals are a style a social card or a plugin adds word by word, none
        # takes them away; the sentence is the headline as written (where an h1 shows the
        # title, its vote decides as above)
        if sources.get("h1") or not (tie := _sentence_tie(mine, votes)):
            return first
        spelt, best = tie
    return first if heading not in (None, spelt) else best[0]


MIN_TITLE_CASE_WORDS = 4  # "Storm Hits Coast" may be a name's capitals; four words are a style


def _title_cased(value: str) -> bool:
    """Whether every word of letters opens with a capital, short ones too ("Of", "The", "Der"):
    no language writes a headline's sentence so, a style does (German capitals its nouns only)."""
    words = [w for w in value.split() if w[:1].isalpha()]
    return len(words) >= MIN_TITLE_CASE_WORDS and all(w[0].isupper() for w in words)


def _sentence_tie(mine: str, votes: dict[str, list[str]]) -> tuple[str, list[str]] | None:
    """The spelling in sentence case that as many sources vote for as `mine`, in Title Case."""
    count = len(votes.get(mine, ()))
    if not count or not _title_cased(mine):
        return None
    return next(((k, v) for k, v in votes.items() if len(v) == count and not _title_cased(k)), None)


def _camel_words(value: str) -> set[str]:
    """The words written with a capital after a small first letter ("iPhone", "eBay")."""
    return {w for w in value.split() if w[:1].islower() and any(c.isupper() for c in w[1:])}


MIN_CASE_VOTES = 2  # one other source alone is one opinion against the first choice's


def _camel(value: str) -> bool:
    """Whether the first word has a capital after its first letter ("iPhone", "eBay"): a
    name written in lower case first, which a CMS's capital first letter misspells."""
    return any(c.isupper() for c in value.split(None, 1)[0][1:])


def _caseless(s: str) -> str:
    """Case-folded without accents, which capitals often drop (Greek "ΑΚΤΕΣ" is "ακτές"), and
    with Turkish dotted and dotless i as one letter ("AÇILDI" is its lower-case form)."""
    bare = unicodedata.normalize("NFKD", _loose(s))
    return "".join(c for c in bare if not unicodedata.combining(c)).replace("\u0131", "i")


def _spelling(first: str, sources: dict[str, list[str]]) -> str:
    """The quote/dash spelling of `first` that most sources use (ties keep `first`), a full
    stop closing it or not: one field's house style ("Storm hits coast." in og:title
    beside "Storm hits coast" in the headline, the h1 and the <title>).

    Marks set around the title as a decoration ("+++ Storm hits coast +++", "▶ Storm hits
    coast", "🔴 ..."), a breaking-news or social card's style, go where another source
    states the same title without them: no headline opens or closes on them.
    """
    if (undecorated := _undecorated(first)) != first:
        # where another source states the title bare, or the marks are set apart from the
        # words or are symbols no word is written with ("C++", "#MeToo" stay): the bare
        # title, in the spelling most sources use (the first choice's counting as bare)
        plain = _unstopped(_typo_key(undecorated))
        stated = any(
            v == _undecorated(v) and _unstopped(_typo_key(v)) == plain
            for values in sources.values()
            for v in values
        )
        # (marks the JSON-LD headline or the h1 carries too are the site's style; og:title and
        # twitter:title are one social card's)
        key = _typo_key(first)
        carried = any(_typo_key(v) == key for k in ("headline", "h1") for v in sources.get(k, ()))
        # a mark only before the words, with nothing to weigh it against, may open a label
        # ("🔴 LIVE: ...", "+++ Eilmeldung +++ ..."): it stays (titlelabels)
        closing = not first.endswith(undecorated)
        if stated or (_set_apart(first, undecorated) and not carried and closing):
            swapped = {
                k: [undecorated if v == first else v for v in vs] for k, vs in sources.items()
            }
            return _spelling(undecorated, swapped)
    plain = _unspaced(_unstopped(_typo_key(first)))
    votes: dict[str, list[str]] = {}  # NFKC spelling -> the sources' strings giving it
    for values in sources.values():
        for v in values:
            if _unspaced(_unstopped(_typo_key(v))) == plain:
                votes.setdefault(_nfkc(v), []).append(v)
                break  # one vote per source
    mine = len(votes.get(_nfkc(first), ()))
    best = max(votes.values(), key=len, default=[])
    return best[0] if len(best) > mine else first


# Decoration marks at a title's ends: plus signs, stars, hashes, bullets, geometric shapes,
# arrows and pictographs; never a quote, bracket, dash or closing "?!." (a headline's own).
_DECORATION = (
    "+*#=~|\u2022\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
)
# ... alone or in brackets: a paid article's "(+)", "[+]" (Nordic and German sites)
_OPENING_MARKS = _compile(rf"(?:[{_DECORATION}\s]|[(\[][{_DECORATION}]+[)\]])+")
_MARK = _compile(rf"[{_DECORATION}\s]")
_DECORATION_CHAR = _compile(rf"[{_DECORATION}]")


_ASCII_MARKS = frozenset("+*#=~|")
_COLONS = frozenset(":\uff1a")


def _set_apart(decorated: str, bare: str) -> bool:
    """Whether the marks `decorated` adds around `bare` are set apart from its words by a
    space or a bracket, or hold a symbol beyond the ASCII marks ("+++ Title", "Title (+)",
    "\U0001f534Title"), not run into a word as a name's are ("C++", "#MeToo")."""
    start = decorated.find(bare)
    if start < 0:
        return False
    edges = (decorated[:start], decorated[start + len(bare) :])
    return all(
        not edge
        or not _ASCII_MARKS.issuperset(edge.strip())
        or edge != edge.strip()
        or "(" in edge
        or "[" in edge
        for edge in edges
    )


def _undecorated(s: str) -> str:
    """`s` without decoration marks at its ends (`_DECORATION`); `s` where nothing else is left.

    The closing run is walked back from the end once (a pattern's "{marks}$" is tried at
    every start of a long run: quadratic on a hostile og:title of marks)."""
    m = _OPENING_MARKS.match(s)
    start = m.end() if m else 0
    if start and s[start : start + 1] in _COLONS:  # "★: Title": the mark's colon goes with it
        start += 1
        while start < len(s) and s[start].isspace():
            start += 1
    end = len(s)
    if s.endswith(("(", "[")):
        # a bracket a cut left open after a space ("Title (" of "Title (+)" cut at its "+"):
        # no run of marks closes such a title
        spaced = len(s) - 1
        while spaced > start and s[spaced - 1].isspace():
            spaced -= 1
        end = spaced if spaced < len(s) - 1 else end
    else:
        while end > start:
            if _MARK.match(s, end - 1):
                end -= 1
            elif s[end - 1] in ")]" and (opened := _bracket_opening(s, end - 1, start)) >= 0:
                end = opened
            else:
                break
    bare = s[start:end]
    return bare if bare else s


def _bracket_opening(s: str, close: int, stop: int) -> int:
    """Where "(+)" closed at `close` opens (marks only inside, at `stop` or after), else -1."""
    inner = close
    while inner > stop and _DECORATION_CHAR.match(s, inner - 1):
        inner -= 1
    return inner - 1 if inner < close and inner > stop and s[inner - 1] in "([" else -1


_STOP = _compile(r"(?<![.\s])\.$")  # one full stop closing a title, not "..."


def _unstopped(s: str) -> str:
    return _STOP.sub("", s)


# French typography spaces its quotes and its two-part marks ("« Non » : le port ferme"):
# the same title as a field's straight quotes unspaced ('"Non": le port ferme')
_QUOTE_SPACES = _compile(r'(?<=")\s+|\s+(?=["!?:;])')


def _unspaced(s: str) -> str:
    return _QUOTE_SPACES.sub("", s)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _typo_key(s: str) -> str:
    return _nfkc(s).translate(_TYPO)
