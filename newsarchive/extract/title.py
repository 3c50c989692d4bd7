"""Title and subtitle cascades."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache

from lxml.html import HtmlElement

from newsarchive.extract import jsonld, langwords, subtitles
from newsarchive.extract.document import Document
from newsarchive.extract.givennames import is_given_name
from newsarchive.extract.headline import headline as article_headline
from newsarchive.extract.headline import home_linked
from newsarchive.extract.headline import marked_as_headline as marked_headline
from newsarchive.extract.lead import NOT_LEAD_WORDS
from newsarchive.extract.page_fields import parsely
from newsarchive.extract.placenames import country_name, is_known_place
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.section import section as page_section
from newsarchive.extract.site import compact, spellings
from newsarchive.extract.text import as_strings, clean, unmojibake, width
from newsarchive.extract.titlelabels import amount_before, is_badge, unlabelled
from newsarchive.extract.titlelowered import names_lowered
from newsarchive.extract.titleparts import (
    ANY_SEPARATOR,
    SEPARATOR,
    STATED,
    domain_ends,
    home_tab,
    home_title,
    masthead_cut,
    only_site,
    page_numbered,
    section_names,
    shared_ends,
    shown_tail_cut,
    site_names,
    slug_joined_site,
    spaced_masthead_cut,
    stated_section,
    strip_sites,
    tab_text,
    title_cores,
    unclocked,
)
from newsarchive.extract.titlevotes import ELLIPSIS, in_trail, norm, settle
from newsarchive.extract.urls import join_url, split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

TITLE_META = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "title",
              "headline")  # fmt: skip
# Classes naming a subtitle or a lead (`langwords`): the lead a page sets apart is its subtitle too.
SUBTITLE_CLASSES = frozenset(langwords.SUBTITLE_OR_LEAD_CLASSES)
DESCRIPTION_META = ("og:description", "description", "twitter:description")
# Blocks just after the headline: where a standfirst sits.
STANDFIRST_TAGS = frozenset({"p", "h2", "h3", "div", "span"})
STANDFIRST_WINDOW = 40
_MEDIA_TAGS = ("img", "picture", "figure", "figcaption", "video")
MIN_CORE = 8  # a shorter "title" (a kicker, "Live") never cuts another source down to itself
_ARTICLE_TAGS = frozenset({"article", "main"})
_MARKS = _compile(r"[\W_]+")  # a part of only marks (" - ", "|") between kicker and headline
HEADING_WINDOW = 6  # the page's first h1/h2 elements: where a kicker-and-headline heading sits


def title(doc: Document, rules: SiteRules | None) -> str | None:
    """The article's title (`_title`), its letters composed (NFC): a CMS storing "é" as "e"
    and an accent gives the title every other field and a reader's search spell."""
    value = _title(doc, rules)
    return unicodedata.normalize("NFC", value) if value else value


def _title(doc: Document, rules: SiteRules | None) -> str | None:
    """og:title, else the JSON-LD headline, other metadata titles, the h1; each cut to its core.

    Every source is first cut to its core: site names before or after a separator go,
    and a kicker or suffix around a title that another source gives alone goes too
    (`_core`). The first choice is then weighed against the page's other titles
    (`titlevotes.settle`).
    """
    if rules and (text := doc.rule_text(rules.title)):
        return text
    sites = site_names(doc)
    # (the section the breadcrumb trail names, where no metadata states one, is stated too)
    sections = section_names(doc) | _trail_section(doc)
    # (an h1 ending in its subtitle element shows the headline before it)
    found = ((h, t) for h in doc.elements("h1") if (t := _shown_text(h)))
    every = list(itertools.islice(found, 4))
    # a logo h1 that holds the site's name is no heading of the article
    # (nor is a masthead's h1 of links alone, the logo's to the home page and its section's)
    heads = [(h, t) for h, t in every if not only_site(t, sites) and not home_linked(h, doc.url)]
    heads = heads[:3]
    h1s = [t for _, t in heads]
    own = [(h, t) for h, t in heads if not in_trail(h)]  # the article's own heading, not a crumb
    # the article's headline as every field finds it comes first (not a popup's, a teaser's)
    shown_first = article_headline(doc)
    own.sort(key=lambda ht: ht[0] is not shown_first)
    shown = [t for _, t in own]
    # a headline opening with words a paper's name is made of, which the article's h1 shows
    # with the rest ("أخبار سارة - ...", good news; "Фейкові новини — ..."): no site sets its
    # name in the article's heading, so the cut `strip_sites` makes of it is undone
    opened = {norm(cut): t for t in shown if (cut := masthead_cut(t))}
    # an h1 of a kicker and a headline ("Weather" / "Storm hits coast") also shows the headline
    kicked = [k for h, _ in own if (k := _headline_part(h))]
    # what an h1 inside the page's <article> or <main> shows: the article's headline as set
    # (of a kicker-and-headline h1, the headline part first)
    framed = [v for h, t in own if _in_article(h) for v in (_headline_part(h), t) if v]
    if below := _kicker_heading(doc, sites):
        kicked = [below]
    headline = clean(next(iter(as_strings(doc.article.get("headline"))), ""))
    tab = tab_text(doc)
    raw = [(k, v) for k in TITLE_META if (v := doc.first_meta(k))]
    # a field holding the URL's slug goes where another field tells its words
    fields = (*h1s, headline, tab, *(v for _, v in raw))
    unslugged = [v for v in fields if v and not _slug(v, doc.url)]
    raw = [(k, v) for k, v in raw if not _told_slug(v, doc.url, unslugged)]
    headline = "" if _told_slug(headline, doc.url, unslugged) else headline
    tab = "" if _told_slug(tab, doc.url, unslugged) else tab
    # a CMS's UTF-8 stored or served as Windows-1252 ("fÃ¼r"): read back
    headline, tab = unmojibake(headline), unmojibake(tab)
    raw = [(k, unmojibake(v)) for k, v in raw]
    # a label one field opens with ("VIDEO: ", "[영상] ") that another title lacks is the field's
    # (unless the article's h1 shows it: "<h1><span>Haushalt im Liveticker</span> ...")
    heard = [headline, tab, *shown, *(v for _, v in raw)]
    raw = [(k, unlabelled(v, heard, shown)) for k, v in raw]
    headline, tab = unlabelled(headline, heard, shown), unlabelled(tab, heard, shown)
    # a name no meta or host gives, told by the page's titles themselves ("... | Xyz Kurier")
    sites |= shared_ends([tab, *(v for _, v in raw)])
    # a host name closing the titles ("Title - Politik - HK.de") no h1 shows names the site
    # (nor the JSON-LD headline: "... - Kartellamt - Booking.com")
    sites |= domain_ends([tab, *(v for _, v in raw)], [headline, *(t for _, t in every)])
    # og:title that is the site's home title (its name, its slogan after it) left on every
    # article: the name the <title> ends in after the headline; no title of the article's
    if homes := [v for _, v in raw if home_title(tab, v) and norm(v) not in map(norm, h1s)]:
        sites |= {compact(SEPARATOR.split(v)[0]) for v in homes}
        raw = [(k, v) for k, v in raw if v not in homes]
    # "Stadtrat stimmt zu-Hafenbote" where the URL's slug ends "...-stimmt-zu": the site's name
    # (not a compound the h1 shows: "Neuer Landtag für Mecklenburg-Vorpommern", a slug cut short)
    headings = [t for _, t in every]
    body = doc.tree.find("body")

    def page_text() -> str:
        return doc.raw_text(body) if body is not None else ""

    tab = slug_joined_site(tab, sites, doc.url, headings, page_text) if tab else tab
    raw = [(k, slug_joined_site(v, sites, doc.url, headings, page_text)) for k, v in raw]
    # a <title> of the site's name and its slogan ("Seeblatt - Nachrichten aus der Seeregion")
    # above the article's own h1 is the home page's, no title of the article
    # (an h1 of a few words only where a meta or the JSON-LD headline states it too)
    if tab and own and _in_article(own[0][0]):
        told = norm(own[0][1]) in {norm(v) for v in (headline, *(v for _, v in raw)) if v}
        tab = "" if home_tab(tab, sites, [own[0][1]], told) else tab
    tab_cores = title_cores(strip_sites(tab, sites, sections)) if tab else []
    if tab:  # og:title "Storm hits coast | Opinion" beside the <title> "... | Opinion | Xyz"
        tab_core = strip_sites(tab, sites, sections)
        # (not a title an h1 shows whole: "Storm hits coast | Photos" in the h1 too)
        heads_shown = {norm(t) for t in h1s}
        raw = [
            (k, v if norm(v) in heads_shown else _tab_shortened(v, tab, tab_core)) for k, v in raw
        ]
    # what other sources say, their site names cut ("Storm hits coast | Example" says
    # "Storm hits coast" too); a title cut with "..." is no reference for another's core
    said = [headline, *(v for _, v in raw)]  # what the metadata says
    said += [strip_sites(v, sites, sections) for v in said if v]
    block: str | None = None  # a marked headline block no metadata title states
    if not own:  # no h1 of the article's: the element showing a stated title shows it
        titles = [v for v in (*said, *tab_cores[-1:]) if v and not ELLIPSIS.search(v)]
        leads = [p for v in titles if (p := _lead_part(v))]
        # (a title stated whole keeps its spelling where a lead part has the same words)
        # (else an h2/h3 showing the <title>'s leading part before a tagline: "Seilbahnen
        # sperren früher auf - Nachrichten aus dem Tal - Probe")
        seen = _shown_elsewhere(doc, [*leads, *titles])
        if seen is None and (seen := _heading_showing(doc, tab_cores[:-1])) is not None:
            h1s.append(seen[1])  # a reference the <title> is cut to, as an h1 is
        if seen:
            el, text = seen
            part = _headline_part(el, marked=True) if el.tag in _HEADINGS else None
            if text in leads and text not in titles:
                # a title's first part, shown as the headline: what the metadata add after
                # it is no part of the title ("X · Name" in og:title and <title>, "X" in an
                # h2), spelt as shown (its quotes are the page's, not the metadata's), a
                # kicker its markup runs into the headline set apart as read
                # ("<span>Hafen</span>Stadtrat stimmt zu": `heading_text`)
                text = heading_text(el)
                h1s.append(text)
            # the element's own capitals where the metadata set its words in others
            # ("STORM HITS COAST" in og:title over a div reading "Storm hits coast")
            text = _as_written(el, text)
            shown.append(text)
            kicked += [part] if part else []
            framed += [v for v in (part, text) if v] if _in_article(el) else []
        else:
            # a marked block that shares no word with any title the page states is a
            # box's ("Ihr Abonnement ist abgelaufen"), no rewrite of the headline
            block = _marked_block(doc, said)
            block = block if block and _shares_a_word(block, [*said, tab]) else None
            if block and below and norm(block) != norm(below) and norm(block).endswith(norm(below)):
                block = below  # a block of a kicker and the headline: the headline
            shown += [block] if block else []
            h1s += [block] if block else []
    shown += kicked
    h1s += kicked
    stated = [*h1s, *(strip_sites(v, sites, sections) for v in h1s), *said]
    refs = [r for r in dict.fromkeys(stated) if r and not ELLIPSIS.search(r)]
    # a title cut with "..." still tells where the title starts ("Topic: Storm hits coast"
    # beside "Storm hits…")
    cuts = [s for r in stated if r and ELLIPSIS.search(r) and len(s := _stem(r)) >= MIN_CORE]
    # the <title> without its site's name, or its leading part before a suffix no name
    # tells ("Storm hits coast | Xyz"): the title after a topic or label ("Weather: Storm
    # hits coast"), never a cut of the value's own tail ("Storm hits coast - what we know")
    ends = [strip_sites(tab, sites, sections), *tab_cores[:-1]] if tab else []
    # the article's h1 showing a metadata title whole, kicker and all: the title as shown
    if whole := _shown_whole(own, raw, sites, sections):
        shown.append(next(iter(whole.values())))
        framed[:0] = [next(iter(whole.values()))] if _in_article(own[0][0]) else []
    # the <title> cuts no kicker that another of the page's own titles states too
    # (og:title and the JSON-LD headline both "Weather: Storm hits coast")
    witnesses = [("headline", headline), *raw[:1], *(("h1", t) for t in h1s)]
    cored = [strip_sites(v, sites, sections) for v in (*(v for _, v in raw), tab) if v]
    # (the headlines a heading's markup sets after its kicker: `_one_sentence`)
    parts = frozenset(norm(k) for k in kicked)
    kickers = _field_kickers(cored[: len(raw)], [headline, *h1s], parts)
    apart = _shown_kickers(own[0][0], own[0][1], cored) if own and not whole else frozenset()
    kickers |= apart
    metas = [
        (
            k,
            whole.get(k)
            or _unkicked(
                _core(v, refs, sites, sections, cuts, _alone(k, v, witnesses, ends), parts),
                kickers,
            ),
        )
        for k, v in raw
    ]
    if headline:
        headline = _core(
            headline,
            refs,
            sites,
            sections,
            cuts,
            _alone("headline", headline, witnesses, ends),
            parts,
        )
    # og:title first: where it and the JSON-LD headline disagree, it is more often the one
    # the publisher presents as the article's title (measured on newsbench dev, 12 of 21).
    lead = 0 if rules and rules.title_source == "headline" else 1
    ordered = metas[:lead] + ([("headline", headline)] if headline else []) + metas[lead:]
    if tab:
        ordered.append(
            ("<title>", _unkicked(_core(tab, refs, sites, sections, parts=parts), apart))
        )
    # a title that is only the site's name (a home page's og:title left on articles) is none
    ordered = [(k, v) for k, v in ordered if v and not only_site(v, sites)]
    # a metadata title that is a name, no headline: a section's, a series' or a page's
    # ("Lokales", "Der Hafen-Podcast", "Startseite") that the template left in og:title
    # (an h1 outside the page's <article> or <main>, its banner's or section's, "Nachrichten
    # aus Kiel und Umgebung", states no headline to weigh it by)
    # (a <title> too where it is one word for news alone, "Новости | Site": a section's
    # page title the template left on its articles)
    named = len(ordered)
    if any((k not in _STORIES or _news_word(v)) and _name_sized(v) for k, v in ordered):
        stories = [v for k, v in ordered if k in _STORIES] + _story_texts(doc, own, shown)
        ordered = [
            (k, v)
            for k, v in ordered
            if (k in _STORIES and not _news_word(v))
            or not (_only_a_name(v, stories) or _news_beside_a_story(v, stories))
        ]
    unnamed = len(ordered) < named
    if opened:  # (not where a metadata title states the rest alone: the h1's part a kicker)
        alone = [v for v in (headline, *(v for _, v in raw)) if v and not masthead_cut(v)]
        alone_keys = {norm(strip_sites(v, sites, sections)) for v in alone}
        opened = {k: t for k, t in opened.items() if k not in alone_keys}
    # an h1 closing with a part taken for a news label or a name grown from the host's word
    # ("Why we stopped watching - Latest News", a show's name): the headline's own words, as
    # shown (not where a metadata title states the rest alone)
    if tailed := {norm(cut): t for t in shown if (cut := shown_tail_cut(t, sites))}:
        bare = [v for v in (headline, *(v for _, v in raw)) if v and not shown_tail_cut(v, sites)]
        bare_keys = {norm(strip_sites(v, sites, sections)) for v in bare}
        opened = {**{k: t for k, t in tailed.items() if k not in bare_keys}, **opened}
    if not ordered:  # a home page's name in <title> and h1 ("Example Authority") is its title;
        # of an h1 of a kicker and a headline, the headline
        # (a crumb's too, where the page has no other); where og:title was a template's
        # name, the h1 inside the <article> over a banner's h1 before it
        # (no heading either: the article's JSON-LD name, where a CMS writes the headline
        # as "name" and no "headline")
        taken: str | None = next(
            iter(
                kicked
                or (framed if unnamed else [])
                or shown
                or [_headline_part(h) or t for h, t in heads or every]
                or _ld_name(doc, sites, sections)
            ),
            None,
        )
        # (an h1 printing the <title> the page lacks, "Storm hits coast - Bay Courier")
        return _as_opened(taken and (_site_closed(taken, sites) or taken), opened)
    # a headline marked as such (itemprop, class) that no metadata title states, beside
    # metadata that are social rewrites or SEO texts ("Must read: ... and more"): as shown
    if block and not any(norm(v) == norm(block) for _, v in ordered):
        return _as_opened(block, opened)
    source, first = ordered[0]
    if (
        source == "<title>"
        and own
        and _in_article(own[0][0])
        and not _links_elsewhere(own[0][0], doc)
        # of the article's own h1 alone (a teaser's linking elsewhere is none; a sidebar's
        # or a listing's h1 after it is another story's)
        and (longer := _tab_cut_of(first, _framed_by(own[0]), [t for _, t in own[1:]]))
    ):
        return _as_opened(clean(longer), opened)
    if (
        source == "<title>"
        and own
        and _in_article(own[0][0])
        and not _links_elsewhere(own[0][0], doc)
        and _kicked_part_of(first, own[0][1])
    ):
        return _as_opened(own[0][1], opened)
    untold = not raw and not headline and len(ordered) == 1  # no metadata title at all
    if source == "<title>" and (
        own_h1 := _h1_over_tab(doc, own, shown_first, untold, first, tab_cores)
    ):
        source, first = "h1", own_h1
    # Every independent place the page states its title: each counts once.
    sources = {k: [v] for k, v in ordered}
    sources["<title>"] = tab_cores
    sources["h1"] = shown
    live = "LiveBlogPosting" in as_strings(doc.article.get("@type"))
    # a direction mark left at a cut part's end ("Headline\u200f | Site" of a Hebrew or
    # Arabic CMS) is no part of the title
    echoes = _echoes(raw, tab, strip_sites(tab, sites, sections) if tab else "")
    settled = clean(settle(first, source, sources, live, framed, unnamed, echoes))
    # (a sentence case that lowers the names the story writes with capitals is no headline
    # as written, but a CMS's lowering: the Title Case `first` keeps them)
    if not shown and names_lowered(settled, clean(first), page_text):
        settled = clean(first)
    return _as_opened(settled, opened)


# Fields a CMS fills from another (its <title>, its og:title) rather than writing them apart.
_ECHOING = frozenset(TITLE_META) - {"og:title", "headline"}


def _echoes(raw: Sequence[tuple[str, str]], tab: str, tab_cut: str) -> frozenset[str]:
    """The lesser metadata fields (`_ECHOING`) stating word for word what the <title> (whole,
    or without its site's name: `tab_cut`, an SEO plugin filling twitter:title from the
    title field it then writes "| Site" after) or an earlier field does: copies of one
    field, no voice of their own in `titlevotes.settle`. (og:title and the JSON-LD headline
    are written apart often enough to count each.)"""
    # (the same capitals and marks too: a field in other capitals is another field's style,
    # a vote of its own in `titlevotes._most_cased`)
    seen = {tab, tab_cut} - {""}
    echoes = set()
    for key, value in raw:
        if key in _ECHOING and value in seen:
            echoes.add(key)
        seen.add(value)
    return frozenset(echoes)


MIN_SLUG_WORDS = 3  # "stadtrat-stimmt-zu"; two ("hafen-plan") only where the URL spells them
MIN_SLUG_WORD = 4  # "heizungsgesetz" of the slug, a word another field tells; not "zu"


def _slug(value: str, url: str) -> bool:
    """Whether a title field holds a URL's slug ("stadtrat-stimmt-zu-123"), a CMS's fallback
    where the field was left empty: small letters and digits joined by dashes or
    underscores, no space; no headline in any language is written so."""
    slug = value.strip()
    words = slug.replace("_", "-").split("-")
    if len(words) < 2 or not all(w.isascii() and w.isalnum() and w == w.lower() for w in words):
        return False
    return len(words) >= MIN_SLUG_WORDS or slug in split_url(url).path


def _told_slug(value: str, url: str, told: Sequence[str]) -> bool:
    """A slug (`_slug`) one of the page's other title fields tells a word of: it goes. Beside
    a <title> of the site's name alone it is still the page's best title ("iphone-16-pro")."""
    if not _slug(value, url):
        return False
    words = value.replace("_", "-").split("-")
    long = [w for w in words if len(w) >= MIN_SLUG_WORD and w.isalpha()]
    return any(w in k for t in told for k in spellings(compact(t)) for w in long)


def _h1_over_tab(
    doc: Document,
    own: Sequence[tuple[HtmlElement, str]],
    shown_first: HtmlElement | None,
    untold: bool,
    tab: str,
    tab_cores: Sequence[str],
) -> str | None:
    """The article's own h1 where the <title> is the page's only title and states another
    title: a page with no og:title nor JSON-LD headline (a small CMS, a template's own
    markup) sets its <title> for search engines ("Storm: what we know - Xyz"), while the
    headline a reader sees is the h1.

    `untold`: the page has no metadata title at all. Not an h1 of fewer than three words (a
    kicker, a name), a teaser's linking elsewhere, one beside another h1 of the page's own
    that links nowhere (a listing's), nor one whose words hold the <title>'s or are held in
    them (a badge or a subtitle element beside the headline, a word split over two spans, a
    word after the headline the h1 leaves out): those state the same title. One exception:
    a <title> of the h1's first clause alone, cut before a comma or a dash of the h1's
    own text ("Storm hits coast" beside "Storm hits coast, thousands without power").
    Nor where an h2 or h3 of the page shows the <title>'s words: that is the headline, the
    h1 a site's name, a section's or a gallery's line above it ("Neue Zürcher Zeitung",
    "Nachrichten aus der Region Hannover"). Nor an h1 outside the page's <article> and
    <main> where it has one, sharing no word with the <title>: a banner's (a logo's words
    in an h1) over the story; a headline there (many templates set it above the story's
    <main>, their <article> elements teasers) names what its <title> names."""
    if not untold or not own or own[0][0] is not shown_first:
        return None
    sites = site_names(doc)
    heading, text = own[0]
    if (
        not _in_article(heading)
        and not _shares_a_word(text, [tab])
        and any(doc.tree.find(f".//{tag}") is not None for tag in _ARTICLE_TAGS)
    ):
        return None
    if len(text.split()) < MIN_SHOWN_WORDS or len(text) < MIN_CORE:
        return None
    if _links_elsewhere(heading, doc) or any(not _links_elsewhere(h, doc) for h, _ in own[1:]):
        return None
    shown = _headline_part(heading) or text
    said = _letters(tab)
    if not said:
        return None
    if _first_clause(tab, heading, sites):
        return text
    if any(k in said or said in k for v in (shown, text) if (k := _letters(v))):
        return None
    if _heading_showing(doc, tab_cores) is not None:
        return None
    return shown


def _letters(text: str) -> str:
    """A title's words run together: spans splitting a word ("Bundes" + "tag") say the same."""
    return norm(text).replace(" ", "")


_CLAUSE_END = _compile(r"[,;:\u2013\u2014-]\s+\w")


def _first_clause(tab: str, heading: HtmlElement, sites: frozenset[str]) -> bool:
    """Whether `tab` is a heading of one text (no element of its own beside it: a badge, a
    subtitle) cut before its next clause; a site's name after a dash is none ("Storm hits
    coast - Bay Courier" in the h1: a template's, `_site_closed`)."""
    if any(clean(c.text_content()) for c in heading if isinstance(c.tag, str)):
        return False
    whole = clean(heading.text_content())
    return (
        whole.startswith(tab)
        and bool(_CLAUSE_END.match(whole[len(tab) :].lstrip()))
        and _site_closed(whole, sites) is None
    )


def _site_closed(text: str, sites: frozenset[str]) -> str | None:
    """A heading's text before a last part, after a separator, that is only the site's name
    ("Storm hits coast - Bay Courier", "Storm hits coast | Bay Courier"): a template printing
    the page's <title> as its h1. A headline naming the site in its words keeps it ("Why
    The Bay Times changed": no separator before the name)."""
    parts = SEPARATOR.split(text)
    if len(parts) < 3 or not only_site(parts[-1].strip(), sites):
        return None
    rest = clean("".join(parts[:-2]))
    return rest if len(rest) >= MIN_CORE and not only_site(rest, sites) else None


def _as_opened(value: str | None, opened: dict[str, str]) -> str | None:
    """`value`, or the h1 it is the cut of after a first part taken for a paper's name."""
    return opened.get(norm(value), value) if opened and value else value


def _framed_by(h1: tuple[HtmlElement, str]) -> list[str]:
    """What an h1 shows: its headline part after a kicker, then its text."""
    return [v for v in (_headline_part(h1[0]), h1[1]) if v]


def _tab_cut_of(tab: str, framed: Sequence[str], others: Sequence[str]) -> str | None:
    """The article's headline where the <title> (the page's only metadata title) states just
    the first part of its h1: "Winterurlaub auf der Insel | Site" beside the h1 "Winterurlaub
    auf der Insel: Wenn die Stille zum Luxus wird" is a tab cut short, the h1 the headline as
    read; beside an h1 that sets that part apart as a kicker ("<span class=kicker>Hafen</span>
    Stadtrat stimmt zu", a first line before a <br>), the headline part after it. Not where
    another of the page's h1s (`others`) opens with the tab's words too: a listing's teasers,
    a related story's ("Hauptstraße: Was die Händler sagen")."""
    key = norm(tab)
    if not key or any(norm(o).startswith(key) for o in others):
        return None
    full = next((v for v in framed[:2] if len(v) > len(tab) and norm(v).startswith(key)), None)
    if full is None:
        return None
    if framed[0] is not full and not norm(framed[0]).startswith(key):
        return framed[0]  # the h1's headline part, after the kicker the tab states
    rest = full[len(tab) :] if full.startswith(tab) else ""
    return full if re.match(r"\s*:\s*\S", rest) else None


_KICKER_END = _compile(r"\w[^\w\s]*\s*:\s*$")  # "Hafen: ", "Serie «Hafen»: "
MIN_SHOWN_WORDS = 3  # an h1 of fewer words ("Teil 2", a name) is no headline to prefer


def _kicked_part_of(tab: str, h1: str) -> bool:
    """The article's h1 a run of the <title>'s middle (the page's only title besides it):
    "Hafen: Neuer Plan - Teil 2 | Seeblatt" beside the h1 "Neuer Plan - Teil 2" is the h1
    after a kicker and before the site's name, whatever name no meta states (an ordinal
    part, "- Teil 2", is the headline's own: the h1 shows it). Only after a kicker closed by
    a colon, and where what follows is nothing or a separator's part."""
    if len(h1.split()) < MIN_SHOWN_WORDS or len(h1) < MIN_CORE:
        return False
    at = tab.find(h1)
    if at <= 0 or not _KICKER_END.search(tab[:at]):
        return False
    after = tab[at + len(h1) :]
    return not after or bool((m := ANY_SEPARATOR.match(after)) and m.end() < len(after))


def _ld_name(doc: Document, sites: frozenset[str], sections: frozenset[str]) -> list[str]:
    """The article's JSON-LD "name", where it states no "headline": the name of the
    article, unless it is the site's or cut with "...", or itself a name: a section's, the
    site's in another language ("Politik und Wirtschaft", "Harbour Post English", four
    words or fewer without a headline's figure or sign, `_name_sized`), or a short slogan
    after the site's name ("Hafenpost - Nachrichten aus dem Norden"). A WebPage's name with a
    page's number of its own is a paginated listing's ("Politik - Seite 2"), whatever it
    reads as once the number is cut, unless the page says it is a story's (`_story_page`):
    a split article's page 2 ("Storm hits coast - Page 2") is the story's, its number cut."""
    if doc.article.get("headline"):
        return []
    named = doc.article or _own_webpage(doc)
    name = clean(unmojibake(next(iter(as_strings(named.get("name"))), "")))
    if not doc.article and page_numbered(name) and not _story_page(doc, named):
        return []  # a listing's page ("Politik - Seite 2 | Site"): no article's title
    cut = strip_sites(name, sites) if name else name  # ("Title | Site")
    if (
        len(cut) < MIN_CORE
        or ELLIPSIS.search(cut)
        or only_site(cut, sites)
        or compact(cut) in sections
        or (_name_sized(cut) and not _HEADLINE_SIGN.search(cut))
    ):
        return []
    return [cut]


_LISTING_TYPES = frozenset({"collectionpage", "searchresultspage", "itemlist", "profilepage"})


def _story_page(doc: Document, webpage: dict[str, object]) -> bool:
    """Whether a page with no article object says it is one story's: og:type "article", an
    `article:published_time`, or a WebPage stating when it was published; a listing's
    page states none of them (its newest teaser's date is no meta of its own), nor is it
    typed a collection ("CollectionPage"). Nor is a page of teasers, however its theme
    types it (`_teaser_headed`: og:type "article" on every page, the first teaser's date as
    the page's own)."""
    if _LISTING_TYPES.intersection(jsonld.types_of(webpage)) or _teaser_headed(doc):
        return False
    kind = (doc.first_meta("og:type") or "").strip().casefold()
    return (
        kind == "article"
        or bool(doc.first_meta("article:published_time"))
        or bool(webpage.get("datePublished"))
    )


MIN_TEASERS = 3  # linked headings of a listing's teasers: a page of them, not one story's
_TEASER_HEADS = ("h2", "h3")
# a story's related box, its site's menus and footer: linked headings around any story
_AROUND = frozenset({"aside", "nav", "footer", "header"})


def _teaser_headed(doc: Document) -> bool:
    """Whether the page shows several headings that are links (a teaser's headline linking
    to its story) outside an aside, nav, header or footer: a listing's page, whatever its
    metadata says; a story's split page 2 holds its text, its related stories in a box."""
    found = 0
    for h in doc.tree.iter(*_TEASER_HEADS):
        link = next(h.iter("a"), None)
        if link is None:
            link = next(h.iterancestors("a"), None)  # a teaser linked whole: <a><h2>
        if link is None or not link.get("href"):
            continue
        if any(up.tag in _AROUND for up in h.iterancestors()):
            continue
        if (found := found + 1) >= MIN_TEASERS:
            return True
    return False


_STORIES = frozenset({"headline", "<title>"})
MAX_NAME_WORDS = 4  # "Der Hafen-Podcast", "Wirtschaft", "Meinung und Debatte": a name's words
MAX_NAME_CHARS = 30
MAX_UNSPACED_NAME = 10  # "港湾ポッドキャスト": a name in a script without spaces is short too


def _own_webpage(doc: Document) -> dict[str, object]:
    """The JSON-LD WebPage describing the page's own address, on a page with no article
    object: a CMS's SEO graph names the page there ("Title | Site") where it writes no
    headline; one naming another address (a listing's, a related story's) says nothing, nor
    one on the home page (the address of the JSON-LD WebSite, or the host's root), which
    names the site and its slogan ("Harbour Post - Your daily news from the coast")."""
    sites = tuple(
        u
        for o in jsonld.objects_of_type(doc.jsonld, "WebSite")
        if isinstance(u := o.get("url"), str)
    )
    if split_url(doc.url).path in ("", "/") or jsonld.names_page({"url": doc.url}, sites) == 1:
        return {}
    for obj in doc.jsonld:
        own = {"webpage", "itempage"}.intersection(jsonld.types_of(obj))
        if own and jsonld.names_page(obj, (doc.url,)) == 1:
            return obj
    return {}


def _only_a_name(value: str, stories: Sequence[str]) -> bool:
    """Whether a metadata title is a name of a few words (a section's, a series', a page's)
    sharing no word with the headline the page states elsewhere (the JSON-LD headline, the
    <title>, the article's h1), which is longer: no rewrite of the story, which keeps its
    topic's words (`_shares_a_word`). A metadata title so short and foreign to the
    article is its template's, not its headline. On the 107 pages looked at, 2 og:titles
    (and 1 twitter:title) are this short, each sharing words with the h1 (a short headline
    of the same story); the rule fires on none of them."""
    if not _name_sized(value):
        return False
    # a figure, a score or a question is a headline's ("3:1 gegen Bayern", "Steuer runter?")
    if _HEADLINE_SIGN.search(value):
        return False
    longer = [t for t in stories if t and len(t) > len(value) and len(norm(t)) >= MIN_CORE]
    # a headline the longer one shows whole ("Ja zum AKW", its words all under four
    # letters, at the start of "Ja zum AKW - Bund stimmt zu") is no name
    key = norm(value)
    return (
        bool(longer)
        and not _shares_a_word(value, longer)
        and not any(key in norm(t) for t in longer)
    )


_NEWS_WORDS = frozenset(
    compact(w)
    for w in langwords.entries(langwords.NEWS_WORDS) + langwords.entries(langwords.LIVE_WORDS)
)


def _news_word(value: str) -> bool:
    """Whether a title is one word for news or live alone ("News", "Новости", "Live")."""
    return compact(value) in _NEWS_WORDS


def _news_beside_a_story(value: str, stories: Sequence[str]) -> bool:
    """Whether a title of one word for news alone has a longer headline beside it, even one
    opening with the same word ("Nachrichten" beside the h1 "Nachrichten aus dem Hafen:
    Fähre fällt aus"): the word is a section's, no topic the two share."""
    return _news_word(value) and any(
        len(t) > len(value) and len(norm(t)) >= MIN_CORE for t in stories if t
    )


def _name_sized(value: str) -> bool:
    """Whether a title is as short as a name: four words, 30 characters, 10 unspaced."""
    if len(value) > MAX_NAME_CHARS or len(norm(value).split()) > MAX_NAME_WORDS:
        return False
    return not (_CJK_RUN.search(value) and len(value) > MAX_UNSPACED_NAME)


def _story_texts(
    doc: Document, own: Sequence[tuple[HtmlElement, str]], shown: Sequence[str]
) -> list[str]:
    """What the page shows as its headline (`shown`), but the text of an h1 outside its
    <article> or <main> where it has one: a banner's or a section's line over the story."""
    outside = {t for h, t in own if not _in_article(h)}
    if not outside or all(doc.tree.find(f".//{tag}") is None for tag in _ARTICLE_TAGS):
        return list(shown)
    return [t for t in shown if t not in outside]


_HEADLINE_SIGN = _compile(r"[\d:?!？！：%]")


def _tab_shortened(value: str, tab: str, core: str) -> str:
    """`core`, where `value` is the <title> with its last parts left out, and what it keeps
    past `core` the <title> drops with its site's name.

    og:title "Storm hits coast | Opinion" beside the <title> "Storm hits coast | Opinion |
    Xyz": "Opinion" sits between the headline and the site's name, a section or label the
    <title> cuts (`strip_sites`), and og:title only leaves the name out. A part the <title>
    keeps ("Storm hits coast - what we know | Xyz") stays in both.
    """
    if not core or value == core or not value.startswith(core) or not tab.startswith(value):
        return value
    rest, after = value[len(core) :], tab[len(value) :]
    if SEPARATOR.match(rest) and SEPARATOR.match(after) and clean(after):
        return core
    return value


MIN_LEAD_SHARE = 0.6  # a first part this much of a title is its headline, not a kicker


def _lead_part(value: str) -> str | None:
    """A title's first part before its last separator, where it is most of the title
    ("Storm hits coast · Harbour Post"): the headline a page may show alone, before a name
    no meta states; a short first part is a kicker ("Weather | Storm hits coast")."""
    parts = SEPARATOR.split(value)
    if len(parts) < 3:
        return None
    lead = "".join(parts[:-2]).strip()
    if len(lead) < MIN_CORE or len(lead) < MIN_LEAD_SHARE * len(value):
        return None
    return lead


def _marked_block(doc: Document, said: Sequence[str]) -> str | None:
    """The text of the block headline.py finds on a page without an h1 of its own, where
    it is marked a headline (itemprop="headline", a class word): one owner of which
    element is the headline. A heading or a text cut with "..." is none."""
    el = article_headline(doc)
    if el is None or el.tag in _HEADINGS or el.tag == "h1" or not marked_headline(el):
        return None
    # a kicker its markup runs into the headline set apart as read ("<div
    # class="title"><span>Hafen</span>Stadtrat stimmt zu</div>": `heading_text`), unless
    # what the metadata says spells it joined ("<span>i</span>Phone kommt", og:title
    # "iPhone kommt": one word markup split)
    text = heading_text(el)
    if text and (joined := clean(el.text_content())) != text:
        text = joined if norm(joined) in {norm(s) for s in said if s} else text
    return text if text and not ELLIPSIS.search(text) else None


_STEM = 5  # "přístav" and "přístavu": words compared by their first letters
_CONTENT_WORD = _compile(r"\w{4,}")
_CJK_RUN = _compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


def _shares_a_word(text: str, titles: Sequence[str]) -> bool:
    """Whether `text` and one of `titles` share a word of four letters or more (its
    first five letters: inflected forms), or two CJK characters in a row (words
    unspaced): a headline's rewrite keeps its topic's words."""
    mine = _topic_words(text)
    return any(not mine.isdisjoint(_topic_words(t)) for t in titles if t)


def _topic_words(text: str) -> set[str]:
    text = text.casefold()
    found = {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}
    found.update(w[:_STEM] for w in _CONTENT_WORD.findall(_CJK_RUN.sub(" ", text)))
    return found


def _alone(key: str, value: str, witnesses: list[tuple[str, str]], ends: list[str]) -> list[str]:
    """`ends` where no other witness (the JSON-LD headline, the first metadata title, an
    h1) states `value` whole, else none."""
    found = norm(value)
    return [] if any(k != key and norm(w) == found for k, w in witnesses) else ends


def _shown_whole(
    own: list[tuple[HtmlElement, str]],
    raw: list[tuple[str, str]],
    sites: frozenset[str],
    sections: frozenset[str],
) -> dict[str, str]:
    """The metadata titles (site names cut) that the article's h1 shows whole, kicker and all.

    "<h1><span>Hafen</span>Stadtrat stimmt zu</h1>" beside og:title "Hafen / Stadtrat
    stimmt zu": the reader sees the kicker as part of the heading, so og:title is the title
    as shown, even where another source (the JSON-LD headline) states the headline part
    alone. The h1's parts are joined with spaces ("Hafen" and "Stadtrat" run together in
    its text). On newsbench dev + world minus kept-aside, 3 pages of 3 German-language
    publishers (halves A 1, B 2) have an h1 of a kicker and a headline and an og:title of
    both: the expected title is og:title, kicker and all, on all 3.
    """
    if not own:
        return {}
    head = own[0][0]
    # (a subtitle element the h1 ends in is none of it: `_before_subtitle`)
    before = _before_subtitle(inner := _unwrapped(head))
    spaced = norm(before) if before else norm(" ".join(head.itertext()))
    if not before and (hidden := _badge_children(inner)):  # "F+", "🔒" are no part of it
        spaced = norm(_spaced_text(inner, hidden))
    found = {}
    for k, v in raw:
        core = strip_sites(clean(v), sites, sections)
        # (a date in brackets the h1 shows too is the headline's: "Hafenfest beginnt (13. Mai
        # 2026)" in og:title and h1 alike; a template's stamp is where the h1 lacks it)
        dated = strip_sites(clean(v), sites, sections, dates=False)
        if spaced == norm(dated):
            found[k] = dated
        elif spaced in (norm(v), norm(core)):
            found[k] = core
    return found


def _spaced_text(el: HtmlElement, hidden: Collection[int]) -> str:
    """An element's texts joined with spaces, its `hidden` children's (not their tails) left out."""
    texts = [el.text or ""]
    for i, c in enumerate(el):
        if i not in hidden and isinstance(c.tag, str):
            texts.extend(c.itertext())
        texts.append(c.tail or "")
    return " ".join(texts)


_NOT_SHOWN = frozenset({"script", "style", "noscript", "template", "h1"})
_HEADINGS = frozenset({"h2", "h3"})
_WRAPS = 3  # elements around a text looked at for the whole title: a span, its heading
# elements of the body walked for a shown headline: on the 107 pages looked at it sits
# by the 1,400th (of 2,100 at most); a page of 100,000 teasers took 180 ms, now 7 ms
SHOWN_WINDOW = 5000
_WORD_CHAR = _compile(r"\w")
_LONGEST = 1000  # characters: a longer text (a paragraph, indented markup) is no headline


def _shown_elsewhere(doc: Document, titles: list[str]) -> tuple[HtmlElement, str] | None:
    """The element a page without an h1 of its own shows a stated title in (an h2, a div).

    The reader still sees a headline: the first element whose text is one of the titles
    the page states (its metadata's, its JSON-LD headline, its <title>'s, their site names
    cut) is that headline, as an h1 would be; an h2/h3 of a kicker and the headline
    ("<span>Kicker</span> - <span>Headline</span>") shows its headline part too. Text
    inside any h1 is passed over: a page's h1s were weighed already (a breadcrumb's, a
    logo's); so is a breadcrumb's last crumb (`in_trail`), the SEO title in small type.
    """
    keys = {k: t for t in titles if (k := norm(t))}
    firsts = frozenset(k[0] for k in keys)  # a text opening otherwise is none of them
    body = doc.tree.find("body")
    if not keys or body is None:
        return None
    skip: HtmlElement | None = None  # an h1 or script being walked through
    for el in itertools.islice(body.iter(), SHOWN_WINDOW):
        if skip is not None:
            if any(a is skip for a in el.iterancestors()):
                continue
            skip = None
        tag, text, tail = el.tag, el.text, el.tail
        if not isinstance(tag, str) or tag in _NOT_SHOWN:  # comments too
            skip = el if isinstance(tag, str) else None
        elif text and not text.isspace() and _opens(text, firsts):
            found = _stated(el, text, keys)
            if found and not in_trail(found[0]):
                return found
        # "<i class="icon"></i>Storm hits coast": the text after an element is its parent's
        if (
            tail
            and not tail.isspace()
            and _opens(tail, firsts)
            and (parent := el.getparent()) is not None
        ):
            found = _stated(parent, tail, keys)
            if found and not in_trail(found[0]):
                return found
    return None


def _as_written(el: HtmlElement, text: str) -> str:
    """The title an element shows, in the element's own capitals where it shows the same
    words in others: the reader's spelling, which `_stated` reads as the title it matched."""
    own = clean(heading_text(el))
    if own == text or norm(own) != norm(text) or own.casefold() != text.casefold():
        return text
    return own


def _links_elsewhere(heading: HtmlElement, doc: Document) -> bool:
    """Whether a heading is a link (inside it or around it) to another page than the
    page's own (its address, its canonical link, its og:url): a teaser's, another story's
    headline (an article's own headline may link to itself: WordPress's permalink)."""
    links = [*heading.iter("a"), *heading.iterancestors("a")]
    if not links:
        return False
    own = [doc.url, doc.first_meta("og:url") or ""]
    own += [c.get("href") or "" for c in doc.tree.iterfind(".//link[@rel='canonical']")]
    here = {split_url(join_url(doc.url, u.strip())).path.rstrip("/") for u in own if u.strip()}
    return any(
        (href := (a.get("href") or "").strip())
        and not href.startswith("#")
        and split_url(join_url(doc.url, href)).path.rstrip("/") not in here
        for a in links
    )


MIN_HEADING_WORDS = 3  # a <title>'s leading part this long is a headline, not a kicker
HEADING_SCAN = 20  # the page's first h2/h3 elements looked at


def _heading_showing(doc: Document, cores: Sequence[str]) -> tuple[HtmlElement, str] | None:
    """The first h2 or h3 whose text is a leading part of the <title> (`title_cores`, its
    whole left out) of three words or more, on a page without an h1 of its own: the
    headline, the <title> going on with a tagline no meta names as the site's."""
    keys = {
        k: c
        for c in cores
        if len(c) >= MIN_CORE and len((k := norm(c)).split()) >= MIN_HEADING_WORDS
    }
    if not keys:
        return None
    for el in itertools.islice(doc.tree.iter("h2", "h3"), HEADING_SCAN):
        text = heading_text(el)
        if (
            (core := keys.get(norm(text))) is not None
            and not in_trail(el)
            and not _links_elsewhere(el, doc)
            and not _over_links(el, doc.url)
        ):
            return el, core
    return None


_BOX_TAGS = ("aside", "nav", "footer")


def _over_links(heading: HtmlElement, url: str) -> bool:
    """Whether a heading heads a box of links, no story: in an aside, a nav or a footer, or
    over a list of links to other stories of the site ("<h2>Neues aus der Region</h2><ul><li>
    <a href=...>Seilbahnen sperren früher auf</a>"; a share bar's links lead to other sites,
    a list of topic tags under a headline holds a word or two each)."""
    if next(heading.iterancestors(*_BOX_TAGS), None) is not None:
        return True
    after = heading.getnext()
    if after is None or after.tag not in ("ul", "ol", "nav"):
        return False
    host = split_url(url).netloc
    return any(
        (href := (a.get("href") or "").strip())
        and not href.startswith(("#", "javascript:", "mailto:"))
        and split_url(join_url(url, href)).netloc == host
        # a story's headline, no tag's word or two ("Verkehr", "Stadtrat") under the headline
        and len((a.text_content() or "").split()) >= MIN_HEADING_WORDS
        for a in after.iter("a")
    )


def _opens(text: str, firsts: frozenset[str]) -> bool:
    """Whether `norm(text)` may open a key: its first word character, casefolded, opens one
    of them (`firsts`); most of the texts walked fail here, before the regex `norm` runs."""
    first = _WORD_CHAR.search(text)
    return first is not None and first.group().casefold()[0] in firsts


def _stated(el: HtmlElement, text: str, keys: dict[str, str]) -> tuple[HtmlElement, str] | None:
    """The element a text opens that shows a title whole: `el`, or the heading around it."""
    if len(text) > _LONGEST or not (key := norm(text)):
        return None
    if key in keys:
        return (el, keys[key]) if len(text) >= MIN_CORE else None
    if not any(k.startswith(key) for k in keys):
        return None
    # markup inside the headline ("Storm <em>hits</em> coast"): its own element holds it
    if (whole := norm(el.text_content())) in keys:
        return el, keys[whole]
    # a kicker and the headline in spans: the heading around them, never a wider box (its
    # text as read: a kicker run into the headline by markup alone set apart, `heading_text`)
    for up in itertools.islice(el.iterancestors(), _WRAPS):
        if up.tag in _HEADINGS:
            whole = norm(heading_text(up))
            return (up, keys[whole]) if whole in keys else None
    return None


# A line break between two characters of a script written without spaces (kana,
# ideographs, Thai) joins them: "港の新しい橋が<br>来月開通へ" is one run of words.
_BREAK = "\n"
_UNSPACED_CHAR = "[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]"
_UNSPACED_BREAK = _compile(f"(?<={_UNSPACED_CHAR})\\s*\n\\s*(?={_UNSPACED_CHAR})")
_EDGE = ""  # `_pieces` yields it where an element of the heading opens
_CLOSE = "\x00"  # ... and this where one closes (no text holds it: XML has no NUL)


def heading_text(heading: HtmlElement) -> str:
    """A heading's text, a line break in it a space ("Storm hits coast<br>as thousands
    lose power": `text_content` runs "coast" and "as" together), or nothing between two
    characters of a script written without spaces (`_UNSPACED_BREAK`); a space too where
    an element's edge runs two words together ("<small>Exklusiv</small>Stadtrat stimmt
    zu": a kicker set on its own line by its style, `_joined`)."""
    if not len(heading):
        return clean(heading.text_content())
    # a paid article's badge before, inside or after it ("<span>F+</span>", "<span>🔒</span>")
    # is no headline text
    if hidden := _badge_children(inner := _unwrapped(heading)):
        text = _heading_text(inner, _NO_TEXT, hidden) or _heading_text(inner, _CODE, hidden)
    else:
        # a control's label is no headline text, unless the heading has no other text (an
        # accordion's "<h1><button>Headline</button></h1>")
        text = _heading_text(heading, _NO_TEXT) or _heading_text(heading, _CODE)
    return _once(text, _unwrapped(heading))


MIN_DOUBLED = 12  # characters of each copy: "Tor! Tor!" is a headline's own repeat


def _once(text: str, heading: HtmlElement) -> str:
    """A heading's text set twice, each copy an element of its own (one for wide screens,
    one for phones, the style showing one: "<span class="d-none d-md-inline">Title</span>
    <span class="d-md-none">Title</span>"): the text once. No headline states itself
    twice over; a short phrase repeated ("Tor! Tor!"), or one in two elements alike, may
    be its own."""
    if (
        len(heading) != 2
        or clean(heading.text)
        or clean(heading[1].tail)
        or not all(isinstance(c.tag, str) for c in heading)
        # (two elements alike no style tells apart: both are shown, a headline's own repeat)
        or (heading[0].tag, heading[0].attrib) == (heading[1].tag, heading[1].attrib)
    ):
        return text
    first, second = (clean(c.text_content()) for c in heading)
    if (
        len(first) >= MIN_DOUBLED
        and first == second
        and text in (first + first, f"{first} {first}")
    ):
        return first
    return text


def _heading_text(
    heading: HtmlElement, skipped: frozenset[str], hidden: Collection[int] = ()
) -> str:
    out: list[str] = []
    edges: list[str] = []  # the elements' edges since the last text
    for piece in _pieces(heading, skipped, hidden):
        if piece in (_EDGE, _CLOSE):
            edges.append(piece)
        else:
            # (two texts apart where one element closes and another opens between them,
            # not around a <wbr> or an empty element inside a word: "Wochen<wbr>ende")
            apart = bool(edges) and edges[0] == _CLOSE and edges[-1] == _EDGE
            if edges and out and _joined(out[-1], piece, apart):
                out.append(" ")
            out.append(piece)
            edges.clear()
    return clean(_UNSPACED_BREAK.sub("", "".join(out)))


def _joined(before: str, after: str, apart: bool = False) -> bool:
    """Two texts an element's edge runs together where a reader sees two words: a letter or
    digit, then a capital opening a word ("townPlus", "EXKLUSIVStadtrat", "2026Hafen");
    `apart`: the texts of two elements, the second opening after the first closes."""
    last, first = before[-1], after[0]
    if (
        apart
        and last.isalpha()
        and first.isalpha()
        and " " in before.strip()
        and " " in after.strip()
    ):
        # two phrases of a headline set in elements of their own, as lines ("<span>Council
        # backs new plan</span><span>after long debate</span>"): words apart, not one word
        return True
    if not (last.isalnum() and first.isupper() and (last.islower() or after[1:2].islower())):
        return False
    # a word's first letter in small type set apart ("<span>i</span>Phone", "<b>e</b>Bay"):
    # one word; two letters are a word of their own ("<b>in</b>Berlin", "<b>ab</b>Montag")
    return not (len(word := before.strip()) == 1 and word.isalpha() and word.islower())


def _pieces(
    el: HtmlElement, skipped: frozenset[str], hidden: Collection[int] = ()
) -> Iterator[str]:
    if el.tag == "br":
        yield _BREAK
    elif isinstance(el.tag, str) and el.text:
        yield el.text
    for i, child in enumerate(el):
        if child.tag not in skipped and not (hidden and i in hidden):
            yield _EDGE
            yield from _pieces(child, skipped)
            yield _CLOSE
        if child.tail:
            yield child.tail


# Elements inside a heading whose text no reader reads as the headline's: a control's label
# ("<button>Teilen</button>", "Merken" of a bookmark button), a script's or style's code
_CODE = frozenset({"script", "style", "template", "noscript"})
_NO_TEXT = _CODE | {"button", "select", "textarea"}


def _trail_section(doc: Document) -> frozenset[str]:
    """The page's section as `section.section` reads it (its metadata, else its breadcrumb
    trail's deepest crumb that is no home, site or the article itself), marked as stated:
    a label the <title> puts before or after the headline ("Lokales: ...") goes as one
    `article:section` names does. The section Parse.ly's JSON states (`parsely-page`,
    `parsely-metadata`) is the metadata's too; a crumb neither the metadata nor the URL's
    path names is marked as one (a person's topic page before a quote is its speaker:
    `titleparts._speaker`; "/politik/" files the story under "Politik"), and so is one that
    reads as a person's name even where the path names it too ("/olaf-scholz/": a topic
    page of the person, not a section)."""
    value = parsely(doc).get("section")
    said = value if isinstance(value, str) else None
    told = stated_section(doc, said) if said else frozenset()
    if not (name := page_section(doc, said)):  # (the section field's lookup, cached)
        return told
    key = compact(name)
    # (the URL spells it without accents: "Política" under /politica/)
    crumb = STATED + key not in told and (
        not spellings(key) & section_names(doc) or _person_name(name)
    )
    return told | stated_section(doc, name, crumb=crumb)


MAX_PERSON_WORDS = 3  # "Olaf Scholz", "Frank-Walter Steinmeier", "Anna Maria Muster"


def _person_name(name: str) -> bool:
    """Whether a crumb reads as a person's name: two or three capitalised words, the first a
    given name ("Olaf Scholz"). One word is no sign ("Kiel" and "Paris" are given names
    too); a first word no given name ("Werder Bremen", "Neue Medien") is a section's. The
    given names' table holds "Santa", "Victoria", "Hong" and "Hertha" too: a crumb that is
    whole a town's or a country's name ("Santa Cruz", "Saint Louis", "Sierra Leone") or
    holds a word in capitals ("Hertha BSC", a club's letters) is no person's."""
    words = name.split()
    return (
        1 < len(words) <= MAX_PERSON_WORDS
        and all(w[0].isupper() and w.replace("-", "").isalpha() for w in words)
        and is_given_name(words[0].split("-")[0])
        and not any(len(w) > 1 and w.isupper() for w in words)
        # (a town is spelled with hyphens too: "Saint Louis" as "Saint-Louis")
        and not any(is_known_place(n) for n in (name, name.replace(" ", "-")))
        and not country_name(name, "en")
    )


def _in_article(el: HtmlElement) -> bool:
    return any(a.tag in _ARTICLE_TAGS for a in el.iterancestors())


def _kicker_heading(doc: Document, sites: frozenset[str]) -> str | None:
    """The headline of an h2 made of a kicker and a headline, before any h1 but crumbs and logos.

    Some CMSs (many German ones) put the SEO headline in a breadcrumb's h1 and show the
    article's own headline as an h2 of two parts, a short kicker over the headline
    ("Nach dem Sturm" / "Storm hits coast"), which og:title may join ("Nach dem Sturm:
    Storm hits coast"). The headline part is the title the reader sees. An h2 linking to
    another page is a teaser's (a podcast's, a related story's), no heading of the article.
    """
    for h in itertools.islice(doc.tree.iter("h1", "h2"), HEADING_WINDOW):
        if h.tag == "h1" and not in_trail(h) and not only_site(clean(h.text_content()), sites):
            return None  # the article's own h1 comes first
        # (not a teaser's: "<h2><a href="/podcast/">Podcast</a><span>Other story</span></h2>")
        if h.tag == "h2" and (found := _headline_part(h)) and not _links_elsewhere(h, doc):
            return found
    return None


def _headline_part(heading: HtmlElement, marked: bool = False) -> str | None:
    """The headline of a heading made of two parts, a shorter kicker and the headline.

    `marked`: a part of only marks between them is no part. Only for an h2/h3 found by
    the title it states on a page without an h1 (`_shown_elsewhere`): on newsbench the
    two such headings stand for their headline part (og:title says so), while the two
    h1s set so stand for the whole "Kicker: Headline" (og:title says so too).
    """
    heading = _unwrapped(heading)
    if (head := _before_subtitle(heading)) is not None:
        return head
    hidden = _badge_children(heading)
    badges = _badges(heading, hidden)
    parts = [
        t
        for i, c in enumerate(heading)
        if i >= badges and i not in hidden and isinstance(c.tag, str) and (t := _part_text(c))
    ]
    if len(parts) == 1 and (rest := _after_kicker(heading, badges)):
        # "<span class="kicker">Hafen</span> Stadtrat stimmt zu": the headline is the text after it
        parts.append(rest)
    elif not parts and len(heading) == 1 and heading[0].tag == "br":
        # "Hafen<br>Stadtrat stimmt zu": a kicker line broken from the headline; a line
        # break inside the headline ("Storm hits coast<br>as thousands lose power") leaves
        # two halves, the second often opening in lower case
        kicker, rest = clean(heading.text), clean(heading[0].tail)
        if kicker and rest and 2 * len(kicker) < len(rest) and not rest[0].islower():
            parts = [kicker, rest]
    if marked:  # "<span>Kicker</span><span> - </span><span>Headline</span>"
        parts = [t for t in parts if not _MARKS.fullmatch(t)]
    return parts[1] if len(parts) == 2 and len(parts[0]) < len(parts[1]) else None


def _part_text(el: HtmlElement) -> str:
    """A heading part's text; a badge inside it none of it ("<span class="title"><span>🔒</span>
    Stadtrat stimmt zu</span>")."""
    return heading_text(el) if len(el) else clean(el.text_content())


def _shown_text(heading: HtmlElement) -> str:
    """A heading's text as its headline: without a subtitle element it ends in."""
    return _before_subtitle(_unwrapped(heading)) or heading_text(heading)


def _before_subtitle(heading: HtmlElement) -> str | None:
    """The headline of a heading that ends in its subtitle, an element classed as one
    ("<h1>Stadtrat stimmt zu <span class="entry-subtitle">Die Opposition ...</span></h1>",
    a theme printing a subtitle field inside the heading): the text before it. The
    subtitle is no part of the headline, however long."""
    last = heading[-1] if len(heading) else None
    if last is None or not isinstance(last.tag, str) or clean(last.tail):
        return None
    if not _subtitle_class_word(last.get("class")):
        return None
    # a kicker's element before it ("<span class="kicker">Hafenstreit</span><span
    # class="headline-subtitle">Stadtrat ...</span>"): the headline is the classed part
    if (
        len(heading) == 2
        and not clean(heading.text)
        and _KICKER_CLASS.search(heading[0].get("class") or "")
    ):
        return None
    sub, whole = clean(last.text_content()), heading_text(heading)
    if not sub or not whole.endswith(sub):
        return None
    head = clean(whole[: -len(sub)])
    return head if len(head) >= MIN_CORE else None


_CLASS_PIECES = _compile(r"[-_]+")
_KICKER_CLASS = _compile(r"kicker|overline|eyebrow|dachzeile|topline|spitzmarke", re.I)
_WRAPPER_WORDS = frozenset({"wrapper", "wrap", "container"})


def _subtitle_class_word(classes: str | None) -> bool:
    """Whether a class names a subtitle or a lead, whole or as its last words ("subtitle",
    "entry-subtitle", "article-header__dek", "wp-sub-title"), a wrapper's word after them
    none ("article-vorspann-wrapper", "entry-subtitle-wrap")."""
    for word in (classes or "").lower().split():
        pieces = _CLASS_PIECES.split(word)
        if len(pieces) > 1 and pieces[-1] in _WRAPPER_WORDS:
            pieces.pop()
        if any("-".join(pieces[i:]) in SUBTITLE_CLASSES for i in range(len(pieces))):
            return True
    return False


_BLOCKS = frozenset({"div", "p"})
_SMALL = frozenset({"small"})  # a kicker in small type over the headline


def _unwrapped(heading: HtmlElement) -> HtmlElement:
    """The element inside a heading that holds all of it ("<h1><a href><span>Kicker</span>
    <span>Headline</span></a></h1>": the link), where it has parts of its own."""
    while (
        len(heading) == 1
        and isinstance((inner := heading[0]).tag, str)
        and len(inner)
        and not clean(heading.text)
        and not clean(inner.tail)
    ):
        heading = inner
    return heading


def _badge_children(heading: HtmlElement) -> frozenset[int]:
    """Which of a heading's elements are a paid article's badge only, set apart from its
    running text: before it ("<h1><span>F+</span><span>Hafen:</span> Stadtrat stimmt
    zu</h1>", "<span class="plus">Z+</span> Stadtrat ..."), between two of its elements (a
    kicker's and the headline's), after it ("... <span class="icon">🔒</span>"). A word
    inside the running text ("Das <b>Plus</b> an Sicherheit") or an amount's sign ("15
    <span>€</span>") is none; none where the heading has no other text."""
    children = list(heading)  # (lxml finds the i-th child by walking to it)
    # the last child with running text after it: a badge closes the heading past it only
    # (read once, not once a badge: quadratic on an h1 of thousands of badges)
    last_tail = max((i for i, c in enumerate(children) if clean(c.tail)), default=-1)
    # "<h1>Stadtrat stimmt zu <time>13.05.2026</time></h1>", "... <span
    # class="byline">Von Anna Muster</span></h1>": a template's date or byline closing the
    # heading is no headline text
    found: set[int] = set(_closing_datelines(heading, children, last_tail))
    for i, c in enumerate(children):
        if not isinstance(c.tag, str) or i in found:
            continue
        text = c.text_content()
        if not (is_badge(text) or _named_badge(c, text)) or not _set_apart(c, text):
            continue
        before = heading.text if i == 0 else children[i - 1].tail
        opening = not clean(heading.text) and len(found) == i  # every child before it one
        closing = i > last_tail
        if not (opening or closing or (not clean(before) and not clean(c.tail))):
            continue
        if not opening and not _marked(c, text):
            continue  # "... coming to Apple <span>TV+</span>": a name's last word
        if opening and _runs_on(c.tail):
            continue  # "<span>Canal+</span> perd les droits": the name the sentence opens with
        if "\u20ac" in text and amount_before(_text_before(heading, children, i)):
            continue  # "15 <span>€</span>", "1,5 Mio. <span>€</span>": an amount
        found.add(i)
    if not found:
        return frozenset()
    beside = (
        clean(heading.text)
        or last_tail >= 0
        or any(
            i not in found and isinstance(c.tag, str) and clean(c.text_content())
            for i, c in enumerate(children)
        )
    )
    return frozenset(found) if beside else frozenset()


# Words of a class naming a byline or a date set inside a heading ("byline", "article-date",
# "authorName"), whole words only
_DATELINE_WORDS = frozenset(
    {"byline", "author", "authors", "autor", "autoren", "date", "datum", "dateline", "timestamp"}
)


def _closing_datelines(
    heading: HtmlElement, children: list[HtmlElement], last_tail: int
) -> list[int]:
    """The heading's elements that close it as a template's date or byline (`_dateline`),
    with no headline text after them ("<h1>Wahl am <time>13.05.2026</time><span>: Was
    nun?</span></h1>" closes with the headline's own words; a badge after them is none)."""
    found = []
    for i in range(len(children) - 1, last_tail, -1):
        c = children[i]
        if not isinstance(c.tag, str) or not (text := clean(c.text_content())):
            continue
        if is_badge(text):
            continue  # (`_badge_children` reads it)
        if not _dateline(c, text, _text_before(heading, children, i)):
            break
        found.append(i)
    return found


def _dateline(el: HtmlElement, text: str, before: str) -> bool:
    """Whether a heading's element is a template's date or byline: a <time> or a
    date-classed element stating a date in figures or a date with its clock time ("Fest am
    <time>13. Mai 2026</time>", "seit <time>1962</time>", "um <time>8:00</time>" are the
    headline's own words), an author-classed one the words before do not run into ("Ein
    Roman von <span class=author>Anna Muster</span>": the headline's)."""
    words = _CLASS_WORD.findall(el.get("class") or "")
    if el.tag == "time" or any(w.lower() in _DATE_CLASS_WORDS for w in words):
        return bool(_FIGURES_DATE.search(text) or (_YEAR.search(text) and _CLOCK.search(text)))
    if not any(w.lower() in _DATELINE_WORDS for w in words):
        return False
    last = before.split()[-1:]
    return not (last and last[0].casefold() in _BY_WORDS)


_FIGURES_DATE = _compile(r"\d{1,4}([./-])\d{1,2}\1\d{1,4}")  # "13.05.2026", "2026-05-13"
_YEAR = _compile(r"(?<!\d)\d{4}(?!\d)")
_CLOCK = _compile(r"\d:\d\d")
_DATE_CLASS_WORDS = frozenset({"date", "datum", "dateline", "timestamp"})
# one-word "by"s of `langwords.BYLINE_BY` ("by", "von", "par"): a name after one is the
# headline's
_BY_WORDS = frozenset(e.casefold() for e in langwords.entries(langwords.BYLINE_BY) if " " not in e)


def _runs_on(text: str | None) -> bool:
    """Whether `text` (what follows an element) opens with a word in small letters only:
    the sentence goes on after the element ("<span>Canal+</span> perd ...", "<span
    class="brand">RTL+</span> zeigt ..."), which a badge or a kicker before a headline's
    first word (a capital, a digit, a quote, "iPhone") never does; nor does a headline
    after its kicker, most often (`_one_sentence`)."""
    first = (text or "").split(None, 1)
    return bool(first) and first[0].isalpha() and first[0].islower()


# Stressed words: an element of these is the headline's own word ("bei <em>RTL+</em>", "mit
# <b>Plus</b>", "<em>Canal+</em> perd ..."), a badge only where its class says so
_STRESS = frozenset({"em", "b", "strong", "i", "a", "cite", "q", "mark", "u", "abbr", "code"})
# Words of a class naming an icon or a paid article's badge ("fa-lock", "icon-premium",
# "badgePlus"), whole words only: not "block", "about", "surplus", "plusieurs"
_ICON_WORDS = frozenset(
    {"icon", "icons", "lock", "locked", "padlock", "badge", "badges", "plus", "premium", "paid"}
    | {"paywall", "paywalled", "abo", "plusartikel"}
)
_BADGE_WORDS = frozenset(
    {"badge", "badges", "plus", "premium", "paid", "paywall", "abo", "plusartikel"}
)
# a class's words: split at marks and where a capital opens a word ("iconPlus", "PLUS")
_CLASS_WORD = _compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _class_names(el: HtmlElement, words: frozenset[str]) -> bool:
    """Whether one of `el`'s class words is one of `words`."""
    classes = el.get("class")
    return bool(classes) and any(w.lower() in words for w in _CLASS_WORD.findall(classes))


def _set_apart(el: HtmlElement, text: str) -> bool:
    """Whether a badge-like element is set apart as a badge, not stressed as a word: any
    element but a stressed one, a stressed one with a badge's class; a padlock or a euro
    sign alone always (no word is written so)."""
    return (
        el.tag not in _STRESS
        or _class_names(el, _ICON_WORDS)
        or _SIGN.fullmatch(text.strip()) is not None
    )


def _marked(el: HtmlElement, text: str) -> bool:
    """Whether a badge-like element after the heading's first text is marked as a badge: a
    class, hidden from screen readers, or a sign ("€", "🔒"); a plain "<span>TV+</span>"
    there is the end of a name ("Apple TV+")."""
    return (
        bool(el.get("class"))
        or el.get("aria-hidden") == "true"
        or _SIGN.fullmatch(text.strip()) is not None
    )


_SIGN = _compile("[(\\[]?(?:\u20ac|\U0001f510|\U0001f512)\ufe0f?[)\\]]?")


def _text_before(heading: HtmlElement, children: list[HtmlElement], i: int) -> str:
    """The heading's text before its `i`-th child: the child before and its tail (enough
    for the amount before a euro sign: "1,5 Mio. <span>€</span>")."""
    if not i:
        return heading.text or ""
    prev = children[i - 1]
    own = prev.text_content() if isinstance(prev.tag, str) else ""
    return f"{heading.text if i == 1 else ''} {own}{prev.tail or ''}"


def _badges(heading: HtmlElement, hidden: Collection[int] | None = None) -> int:
    """How many elements a heading opens with that are a paid article's badge only, with no
    text before or between them (`_badge_children`): no part of it."""
    hidden = _badge_children(heading) if hidden is None else hidden
    n = 0
    if not clean(heading.text) and hidden:
        children = list(heading)
        while n in hidden:
            n += 1
            if clean(children[n - 1].tail):
                break
    return n


# An element classed as a paid article's badge whose text is a name and a plus sign
# ("<span class='badge--plus'>Talbote+</span>"): a name longer than "NZZ+" is a badge
# where the markup says so
_NAME_PLUS = _compile(r"\(?[^\W\d_]{1,20}\+\)?")


def _named_badge(el: HtmlElement, text: str) -> bool:
    return _NAME_PLUS.fullmatch(text.strip()) is not None and _class_names(el, _BADGE_WORDS)


def _after_kicker(heading: HtmlElement, start: int = 0) -> str | None:
    """The text after a heading's one element before the rest, where that element is set
    apart as a kicker is: a block, an element with a class ("dachzeile", "kicker"), in
    small type, on a line of its own ("<span>Hafen</span><br>Stadtrat stimmt zu"), or run
    into the headline's first word ("<span>Hafen</span>Stadtrat stimmt zu": two words only
    a line of its own shows apart). An `<em>` or `<b>` without one is a word stressed in
    the headline ("<em>Storm</em> hits coast")."""
    first = heading[start] if len(heading) > start else None
    if first is None or not isinstance(first.tag, str) or clean(heading.text):
        return None
    tail = first.tail
    if not tail and len(heading) == start + 2 and heading[start + 1].tag == "br":
        # as a kicker broken from the headline by a bare <br> (`_headline_part`)
        kicker, rest = clean(first.text_content()), clean(heading[start + 1].tail)
        return rest if rest and 2 * len(kicker) < len(rest) and not rest[0].islower() else None
    if not clean(tail):
        return None
    if first.tag in _BLOCKS or first.tag in _SMALL:
        return clean(tail)
    if first.get("class"):
        # (not a name with a plus sign the sentence opens with: "<span class="brand">Canal+
        # </span> perd"; a kicker before a headline in small letters is one: "<span
        # class="kicker">Hafenfest</span> was Besucher wissen müssen")
        plus_name = _runs_on(tail) and clean(first.text_content()).endswith("+")
        return None if plus_name else clean(tail)
    text = first.text_content()
    return clean(tail) if text and tail and _joined(text, tail) else None


def _stem(cut: str) -> str:
    return norm(ELLIPSIS.sub("", cut))


def _core(
    value: str,
    refs: list[str],
    sites: frozenset[str],
    sections: frozenset[str],
    cuts: Sequence[str] = (),
    ends: Sequence[str] = (),
    parts: Collection[str] = frozenset(),
) -> str:
    """A title without what surrounds it: a site name, a section, a kicker.

    Where another source states the title alone ("Storm hits coast" beside "Storm hits
    coast | Weather | The Example" or "Weather: Storm hits coast"), the part equal to it
    is the core, whatever the separator; so is a part after a kicker that a title cut with
    "..." begins (`cuts`: their stems), or that a <title> begins with before a suffix
    (`ends`: "Storm hits coast | Xyz" beside "Weather: Storm hits coast"). Else only parts
    that name the site are cut. A second half going on in small letters is no title after
    a kicker but where a heading sets it apart (`parts`, `_one_sentence`).
    """
    value = clean(value)
    stripped = strip_sites(value, sites, sections)
    # the other sources' titles, never the value's own forms
    keys = {k for r in refs if r not in (value, stripped) and len(k := norm(r)) >= MIN_CORE}
    if found := _part_equal_to_a_ref(value, keys, parts=parts, stated=refs):
        return found
    if cuts and (found := _part_a_cut_begins(value, cuts)):
        return found
    own = {norm(value), norm(stripped)}  # the value's own forms cut nothing
    tails = {k for e in ends if len(k := norm(e)) >= MIN_CORE and k not in own}
    for form in dict.fromkeys((value, stripped)) if tails else ():
        if found := _part_equal_to_a_ref(form, set(), tails, parts):
            return found
    if ELLIPSIS.search(value) and (found := _cut_part_of_a_ref(value, keys)):
        return found
    # "Kicker | Storm hits coast | Site": the title sits between a kicker and the site's name
    if found := _part_equal_to_a_ref(stripped, keys, parts=parts, stated=refs):
        return found
    # "「港を守る」市長が表明　海辺新聞" beside the h1 "「港を守る」市長が表明": a CJK paper's
    # name after a space (no mark sets it apart)
    if (early := spaced_masthead_cut(stripped)) and norm(early) in keys:
        return early
    # "Mayor resigns at 10:15" beside "Mayor resigns": the time the template printed after it
    if (early := unclocked(stripped)) != stripped and norm(early) in keys:
        return early
    return _part_beside_a_tag(stripped, keys) or stripped


def _field_kickers(
    values: Sequence[str], headlines: Sequence[str], parts: Collection[str] = frozenset()
) -> frozenset[str]:
    """Kickers the social fields put before the headline: a first part of a few words
    that one metadata title (its site's name cut) puts before a headline the page states
    alone (the JSON-LD headline, an h1): "Exklusiv: Storm hits coast" in twitter:title
    beside that h1 says "Exklusiv" is the fields' label, and og:title's "Exklusiv:
    Coastal storm, what we know" is "Coastal storm, what we know". A kicker the h1 shows
    with the headline stays (`_shown_whole` runs first); the label goes from each
    title's core (`_unkicked` after `_core`), never before a part the core keeps."""
    heads = {k for h in headlines if len(k := norm(h)) >= MIN_CORE}
    found = set()
    for value in values if heads else ():
        first = next(_splits(value), None)
        # (not a headline's first half before its second: `_one_sentence`)
        if (
            first
            and _is_tag(*first)
            and norm(first[1]) in heads
            and not _one_sentence(first[1], parts)
        ):
            found.add(norm(first[0]))
    return frozenset(found)


KICKER_LEVELS = (
    3  # the h1 and its blocks (a header, a wrap): their elements just before hold a kicker
)
KICKER_SIBLINGS = 2  # elements before each: the kicker, a date or an image between


def _shown_kickers(h1: HtmlElement, text: str, values: Sequence[str]) -> frozenset[str]:
    """First parts of the metadata titles that the page shows in an element of their own
    just above the article's h1, which shows the rest alone: "Krieg in Nahost" of og:title
    "Krieg in Nahost: Waffenruhe hält" over "<h1>Waffenruhe hält</h1>". The reader sees a
    kicker apart from the headline, however long it is (a kicker no shorter than the
    headline is else taken for the headline's first half, `_kickers_before`). A first part
    the page shows nowhere, or only farther away (a menu's topic link) or inside other
    words, stays: the two halves may be one headline's."""
    head = norm(text)
    firsts = {
        key
        for v in values
        if (first := next(_splits(v), None)) and norm(first[1]) == head and (key := norm(first[0]))
    }
    # (an h1 going on in lower case ends a sentence the line above starts, "Erst kam der
    # Sturm" over "<h1>dann die Flut</h1>": one headline set over two lines; "iPhone" opens
    # one, `_runs_on`)
    if not firsts or len(head) < MIN_CORE or _runs_on(text):
        return frozenset()
    above = set()
    for block in itertools.islice(itertools.chain((h1,), h1.iterancestors()), KICKER_LEVELS):
        for el in itertools.islice(block.itersiblings(preceding=True), KICKER_SIBLINGS):
            if isinstance(el.tag, str) and len(shown := el.text_content()) < _LONGEST:
                above.add(norm(shown))
    return frozenset(firsts & above)


def _one_sentence(right: str, parts: Collection[str]) -> bool:
    """Whether a title's part after its first is the second half of one headline set over
    two lines, no headline after a kicker: "When the storm came - and nobody was ready",
    "dann die Flut", "y nadie estaba listo" go on in small letters (`_runs_on`: "iPhone",
    "eBay" open a headline). Not a part a heading's markup sets apart after its kicker
    (`parts`: "<small>Galicia</small> el temporal golpea la costa"), where French and
    Spanish open a headline in small letters after a colon."""
    return _runs_on(right) and norm(right) not in parts


def _unkicked(value: str, kickers: frozenset[str]) -> str:
    """`value` without a first part that is one of the fields' kickers (`_field_kickers`)."""
    first = next(_splits(value), None) if kickers else None
    if first and norm(first[0]) in kickers and len(norm(first[1])) >= MIN_CORE:
        return first[1]
    return value


# Runs of marks a title of parts has at most (kickers, a section, a site's name): a field
# of thousands ("(+)" again and again) is none, and weighing each of its splits against
# the other titles took seconds a page, growing with the square of its length.
MAX_SPLITS = 32


def _splits(value: str) -> Iterator[tuple[str, str]]:
    """`value` split in two at each run of marks (`ANY_SEPARATOR`), left to right; a mark
    opening or closing the value is an opening or closing quote, no separator. None past
    `MAX_SPLITS` runs."""
    marks = [m for m in ANY_SEPARATOR.finditer(value) if m.start() and m.end() != len(value)]
    if len(marks) > MAX_SPLITS:
        return
    for m in marks:
        start, end = m.span()
        # a guillemet touching a word opens or closes a quote, the part's own: "Kicker:
        # «Wir handeln»", "»Zitat« | Site" (not a mark between parts: "Title » Site")
        # (one touching words on both sides stands between parts: "Politik»Titel")
        if (
            value[end - 1] in _GUILLEMETS
            and (value[end].isalnum() or value[end] in "\"'")
            and not value[end - 2].isalnum()
        ):
            end -= 1
        before = value[start - 1]
        if (
            value[start] in _GUILLEMETS
            and (before.isalnum() or before in ".!?")
            and not value[start + 1].isalnum()
        ):
            start += 1
        if start < end and not value[start:end].isspace():
            yield value[:start], value[end:]


_GUILLEMETS = "\u00ab\u00bb\u2039\u203a"


def _part_equal_to_a_ref(
    value: str,
    keys: set[str],
    tails: Collection[str] = frozenset(),
    parts: Collection[str] = frozenset(),
    stated: Sequence[str] = (),
) -> str | None:
    """The part of `value` between marks whose words are one of the other titles' (`keys`);
    `tails` only match the longer part after a kicker. A part going on in small letters
    is a headline after its kicker where another title (`stated`: the refs `keys` come
    from) opens the same words with a capital: French, Spanish and Italian write small
    after a colon ("Brest : le conseil vote la digue" beside "Le conseil vote la digue")."""
    if not keys and not tails:
        return None
    for left, right in _splits(value):
        if norm(left) in keys:
            return left
        # a kicker is shorter than its title; so is each of two kickers one after the
        # other ("Analyse: Nach dem Sturm: Storm hits coast"); not a headline's first half
        # (`_one_sentence`)
        if (
            _kickers_before(left, right)
            and ((r := norm(right)) in keys or r in tails)
            and (not _one_sentence(right, parts) or (r in keys and _opened_alone(r, stated)))
        ):
            return right
    return None


def _opened_alone(key: str, stated: Sequence[str]) -> bool:
    """Whether one of the `stated` titles has the words `key` and opens with a capital."""
    return any(not _runs_on(s) and s[:1].isupper() and norm(s) == key for s in stated)


_KICKER_MARK = _compile(r"(?!(?<=\s)\s)(?:[:|/]\s+|\s+[-\u2013\u2014|/\u00b7]\s+)")


def _kickers_before(left: str, right: str) -> bool:
    """Whether `left` is a kicker, or kickers one after another, each shorter than `right`."""
    if len(left) < len(right):
        return True  # each of its parts is shorter still: no need to split it
    return all(len(part) < len(right) for part in _KICKER_MARK.split(left))


# A tag set off from the title by brackets, a symbol or an emoji ("【速報】", "[단독] ",
# " (VIDEO)", "《海滨日报》", full-width angle brackets, "〖视频〗", " 🎉"), or a place or kicker
# before a full stop ("Gdańsk. ", "Эксклюзив. ").
_TAG_MARK = _compile(
    r"\s*[\[\]()\uff08\uff09\uff1c\uff1e\u3010\u3011\u3014-\u3019\u300c\u300d\u300e\u300f\u3008-\u300b"
    r"\u2600-\u27bf\U0001f300-\U0001faff]+\s*|\.\s+"
)
MAX_TAG_WORDS = 4  # "(mit Video)", "Эксклюзив": a tag is a few words


def _part_beside_a_tag(value: str, keys: set[str]) -> str | None:
    """The title another source states alone, beside a short tag the value adds to it
    ("【速報】港の橋が再開", "Gdańsk. Rada miasta przyjęła plan", "Storm hits coast (VIDEO)");
    a full stop ends a tag only before the title, a sentence before it is the title's own."""
    if not keys or not _TAG_MARK.search(value):
        return None
    marks = list(_TAG_MARK.finditer(value))
    if len(marks) > MAX_SPLITS:  # no title beside a tag or two: see `_splits`
        return None
    for m in marks:
        left, right = value[: m.start()].strip(), value[m.end() :].strip()
        if _is_tag(left, right) and norm(right) in keys:
            return right
        if not m.group().startswith(".") and _is_tag(right, left) and norm(left) in keys:
            return left
    return None


def _is_tag(tag: str, title: str) -> bool:
    return len(tag) < len(title) and len(norm(tag).split()) <= MAX_TAG_WORDS


def _cut_part_of_a_ref(value: str, keys: set[str]) -> str | None:
    """Of a title cut with "..." after a kicker ("Hafen: Stadtrat stimmt dem neuen…"), the
    cut part that another source's title begins: settle's `_uncut` then finishes it."""
    for left, right in _splits(value):
        stem = _stem(right)
        if (
            len(right) > len(left)
            and len(stem) >= MIN_CORE
            and any(k.startswith(stem) for k in keys)
        ):
            return right
    return None


def _part_a_cut_begins(value: str, stems: Sequence[str]) -> str | None:
    """The part after a kicker that a cut title begins ("Hafen: Stadtrat stimmt zu" beside
    "Stadtrat stimmt…"); never where the whole value begins so (a cut of the whole)."""
    if any(norm(value).startswith(s) for s in stems):
        return None
    for left, right in _splits(value):
        if len(right) > len(left) and any(norm(right).startswith(s) for s in stems):
            return right
    return None


def subtitle(
    doc: Document, rules: SiteRules | None, lede: str | None = None, head: str | None = None
) -> str | None:
    """The site rule's subtitle, a standfirst under the headline, or alternativeHeadline;
    none that repeats the headline `head` or rewrites it (subtitles.py).

    `lede` is the body's first paragraph: a description repeating it is no standfirst.
    """
    if rules and (text := doc.rule_text(rules.subtitle)):
        return text
    found = _standfirst(doc, norm(lede) if lede else None)
    if found and not subtitles.repeats_title(found, head):
        return found
    alt = next(iter(as_strings(doc.article.get("alternativeHeadline"))), "")
    if not (alt := clean(alt)) or subtitles.rewritten_headline(alt, head):
        return None
    return None if subtitles.repeats_title(alt, head) else alt


def _standfirst(doc: Document, lede: str | None) -> str | None:
    """The block under the headline that the page's description confirms, else one classed as such.

    Only the few elements after the headline are looked at: a standfirst sits there, and
    a page-wide search costs more than the rest of the title cascade.
    """
    # (the shortest in Latin letters' worth: "首批列车预计将于明年年底投入运营。" is one)
    descriptions = {norm(d) for d in doc.all_meta(*DESCRIPTION_META) if width(d) >= 20}
    classed = None
    h1 = article_headline(doc)
    for el in _after_headline(h1):
        if len(el) > 4:  # a wrapper of many blocks, not a standfirst
            continue
        if next(el.iter(*_MEDIA_TAGS), None) is not None:  # "image__lede": a picture's caption
            continue
        text = doc.text(el)
        if not (width(text) >= 20 and len(text) <= 400):
            continue
        if descriptions and (key := norm(text)) in descriptions and key != lede:
            return text
        if classed is None and _is_subtitle_class(el) and not _in_other_story(el, h1):
            classed = text
    return classed


def _in_other_story(el: HtmlElement, h1: HtmlElement | None) -> bool:
    """Whether a block after the headline sits in another story's card: an <aside>, a link,
    or an <article> beside the one holding the headline (a listing's "entry-summary",
    "post-excerpt" after a short story). Where no <article> holds the headline, one after it
    may be the story's own text, its standfirst in it."""
    own = next((a for a in h1.iterancestors("article")), None) if h1 is not None else None
    for anc in el.iterancestors():
        if anc is own:
            return False
        if anc.tag in ("aside", "a") or (anc.tag == "article" and own is not None):
            return True
    return False


def _after_headline(h1: HtmlElement | None) -> Iterator[HtmlElement]:
    """The first few candidate blocks following the article's headline in document order."""
    if h1 is None:
        return
    seen = 0
    node: HtmlElement | None = h1
    while node is not None:
        for sib in node.itersiblings():
            for el in sib.iter(*STANDFIRST_TAGS):  # the block tags chosen in C
                yield el
                seen += 1
                if seen >= STANDFIRST_WINDOW:
                    return
        node = node.getparent()


def _is_subtitle_class(el: HtmlElement) -> bool:
    classes = el.get("class") or ""
    words = set(re.split(r"[\s_]+", classes.lower()))
    return not words.isdisjoint(SUBTITLE_CLASSES) or _names_subtitle(classes)


@lru_cache(maxsize=4096)
def _names_subtitle(classes: str) -> bool:
    """Whether a class ends in the subtitle's name among a theme's other words, hyphenated
    or in camelCase ("entry-subtitle", "c-article-sub-title", "articleStandfirst"): the
    last word names what the block is; one before it, a BEM modifier ("--") or a size
    after it names a look ("subtitle-700", "field--type-text-with-summary"). Not where
    another word says the block is something else (a teaser card's "related-teaser-dek",
    "author-bio-intro": lead.py's NOT_LEAD_WORDS), nor where the words before it are not
    the article's own (`_owned`: a "poll-intro", "comments-intro", "key-points-summary").
    Cached: pages repeat class strings."""
    for token in classes.split():
        parts = [w.lower() for w in _NAME_PART.findall(_unhashed(token.split("--")[0]))]
        if not parts or not NOT_LEAD_WORDS.isdisjoint(parts):
            continue
        if any("-".join(parts[-n:]) in SUBTITLE_CLASSES and _owned(parts[:-n]) for n in (1, 2, 3)):
            return True
    return False


# Words a theme writes before a subtitle's name for the article's own block: its kind, its
# header, a wrapper, a CSS module's element, Drupal's field ("field-name-field-lead"). A word
# of another thing ("poll", "podcast", "comments", "section", "bio", "key points", "ai")
# names whose intro or summary it is.
_OWN = """
article articles story entry post content main single detail details hero header head headline
heading title page text body wrapper wrap element block field name
"""
_OWN_WORDS = frozenset(_OWN.split())
_VOWELS = frozenset("aeiouy")


def _owned(words: Sequence[str]) -> bool:
    """Whether the words before a subtitle's name are the article's own (`_OWN_WORDS`), after
    a theme's namespace: a first word of one letter or of up to three consonants ("c", "js",
    "td", "mvp"; "ai" and "key" are words)."""
    if words and (len(words[0]) == 1 or (len(words[0]) <= 3 and _VOWELS.isdisjoint(words[0]))):
        words = words[1:]
    return all(w in _OWN_WORDS or w.isdigit() for w in words)


def _unhashed(token: str) -> str:
    """A class without the hash a CSS module writes after its name ("Story_standfirst__x8Kq2"):
    no word of the name, and its letters would read as words."""
    head, sep, tail = token.rpartition("_")
    if sep and tail.isascii() and tail.isalnum() and any(c.isdigit() for c in tail):
        return head.rstrip("_")
    return token


_NAME_PART = _compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
