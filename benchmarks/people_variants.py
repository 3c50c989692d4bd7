"""Do authors and topics hold on sites unlike the visible ones? Halves, and variants in memory.

    .venv/bin/python benchmarks/people_variants.py [--newsbench DIR] [--per-page] [--only NAME]

Over dev and world minus kept-aside only (the kept-aside part is never read here), generic
rules (no site profiles: an unseen site has none), scored with newsbench's own `score.py`
(authors and topics micro F1) on three groups: dev, and world minus kept-aside split in two
halves by `extract_bench.publisher_half`. Each page is rewritten in memory the way unseen
sites differ from these (`AUTHOR_VARIANTS`, `TOPIC_VARIANTS`) and scored against its own
unchanged expected value, so a variant's drop from `original` is what the rules lean on
that an unseen page may not give:

authors: the JSON-LD author (and creator) removed, the author metas removed, both (only the
byline a reader sees is left), and on top of that the byline's "by" word in another language
or in one the looked-at pages lack ("Oleh", "Napsal", Italian "Di", Greek, Arabic, Hebrew),
two writers joined by such a language's "and", the names linked to writers' pages with no
byline markup (with and without rel=author), a role after each name ("Jane Doe,
Redakteurin"), initials after it ("Jane Doe (jd)"), a translator credited after the last
name, a German job phrase after each name (", Leiterin des Hauptstadtbüros"), a role after
each name with no mark between (" Redakteurin Wirtschaft"), a plain job title right after
each name (" Redakteur"), a source credited after each name (" | Quelle: dpa"), a
newsroom's desk before the first name ("Redaktion Politik | "), the date
printed after the last name in the same text (" 12.03.2025, 10:15 Uhr") or a clock (" à 18 h
10"), or the author meta naming the publisher instead of the person; the JSON-LD author an
agency typed Organization ("dpa"), no author metas; the JSON-LD author the site's name with
a house word typed Person ("Redaktion Beispielbote", "Beispielbote Online"), no author metas
(the printed byline still names the writer); the JSON-LD author names in lower case ("jane
doe"), no author metas and no byline markup.
topics: the keyword metas removed, the JSON-LD keywords removed, both (only the tag
links a reader sees are left); the page's first keyword list moved out of every meta and
JSON-LD into one ", " keywords meta (the reference: a page whose key follows another list
loses there already), into article:tag metas, into one JSON-LD string, into a keywords meta
joined with other separators or with marks between spaces (" / ", " · ", Arabic "، "),
after the site's own name and an SEO word, after the
site's name with a news word as one label ("Beispielbote Nachrichten"), each keyword in quotes,
or as hashtags in one string ("#Hitze #Verkehr").

A variant that removes metadata is a ceiling test: a page without a visible byline or tag
list cannot score there. Exits 2 without newsbench.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html
from lxml.html import HtmlElement

sys.path.insert(0, str(Path(__file__).resolve().parent))
from variant_pages import (
    GROUPS,
    Page,
    arguments,
    chosen,
    drop,
    edit_jsonld,
    head,
    looked_at,
    metas,
    open_newsbench,
    pick,
    rewritten,
)

from newsarchive.extract.authors import AUTHOR_META, authors
from newsarchive.extract.document import parse
from newsarchive.extract.topics import TAG_META, topics

Transform = Callable[[HtmlElement, dict[str, Any]], None]

# "by" words of several languages, any of which a byline may start with on an unseen site.
BY_WORDS = ("Von", "Par", "Por", "Av", "Door", "Af", "By")
_BY_NODE = re.compile(r"^(\s*)(by|von|par|por|av|door|af)(\s+)(?=\S|$)", re.I)
LABELS = ("Autor:", "Texte :", "Tekst:", "Author:", "Autore:", "Text:")
_MARKUP = re.compile("byline|author|autor|auteur|writer|contributor", re.I)
ROLES = (", Redakteurin", ", Korrespondent", " (Reporter)", ", journaliste", ", corresponsal",
         ", giornalista", " | Redaktør")  # fmt: skip
INITIALS = (" (jd)", " (obe)", " (AFP)", " [dpa]")
SEPARATORS = ("; ", " | ", "、", " ; ")
# marks a keywords string sets between spaces, and the Arabic comma
SPACED_SEPARATORS = (" / ", " · ", " • ", "، ")
# a plain job title right after the name in the same text ("Von Anna Muster Redakteur")
JOBS_PLAIN = (" Redakteur", " Reporter", " Korrespondent", " Journaliste", " Periodista")
# a source credited after each writer, before the next ("Jane Doe | Source: AP | John Roe")
SOURCES_AFTER = (" | Source: AP", " | Quelle: dpa", " | Fuente: EFE", " | Fonte: Lusa")
AGENCY_NAMES = ("dpa", "AFP", "APA", "Reuters")
TRANSLATORS = (". Translated by Ben Beispiel", ", Übersetzung: Ben Beispiel",
               " · Tradução: Ben Beispiel", ", tłum. Ben Beispiel")  # fmt: skip
ROLES_UNMARKED = (" Redakteurin Wirtschaft", " Senior Reporter", " Politikredakteur",
                  " Chief Political Correspondent", " Leitende Redakteurin")  # fmt: skip
JOB_PHRASES = (", Leiterin des Hauptstadtbüros", ", Korrespondentin für Südosteuropa",
               ", stv. Chefredakteur", ", ORF-Korrespondentin", ", Chefin vom Dienst")  # fmt: skip
DATES_AFTER = (" 12.03.2025, 10:15 Uhr", " am 3. März 2025", " Aktualisiert am 12.03.2025",
               " 03/12/2025 10:15", " Updated 3 March 2025")  # fmt: skip
CLOCKS_AFTER = (" à 18 h 10", " 18h10", " at 18:10", " um 18.10 Uhr", " le 3 décembre à 18 h 10")
HOUSE_CREDITS = ("Redaktion {}", "{} Online", "{} Redaktion", "The {} Staff", "{} Digital")
HOUSE_WORDS = ("Nachrichten", "News", "Notícias", "Wiadomości", "Новости")
SEO_WORDS = ("Breaking News", "Aktuelle Nachrichten", "Últimas noticias", "速報", "Latest news")
# every meta that may name the writer: the standard ones, Webtrends', "Written by" labels
_AUTHOR_METAS = (
    frozenset(AUTHOR_META)
    | {"dcsext.author"}
    | {f"twitter:{k}{i}" for k in ("label", "data") for i in range(1, 5)}
)
_KEYWORD_METAS = frozenset(TAG_META) | {"itemprop:keywords"}
_NOT_SHOWN = {"script", "style", "head", "title", "noscript", "template"}


def _without(*keys: str) -> Callable[[dict[str, Any]], None]:
    def edit(obj: dict[str, Any]) -> None:
        for k in keys:
            obj.pop(k, None)

    return edit


def _shown_texts(root: HtmlElement, edit: Callable[[str], str]) -> None:
    """Apply `edit` to every text a reader sees (element texts and tails outside scripts)."""
    body = root.find("body")
    for el in (body if body is not None else root).iter():
        if not isinstance(el.tag, str) or el.tag in _NOT_SHOWN:
            if el.tail:
                el.tail = edit(el.tail)
            continue
        if el.text:
            el.text = edit(el.text)
        if el.tail:
            el.tail = edit(el.tail)


# --- authors ---------------------------------------------------------------------------


def no_jsonld_author(root: HtmlElement, rec: dict[str, Any]) -> None:
    edit_jsonld(root, _without("author", "creator"))


def no_author_meta(root: HtmlElement, rec: dict[str, Any]) -> None:
    drop(metas(root, _AUTHOR_METAS))


def byline_only(root: HtmlElement, rec: dict[str, Any]) -> None:
    no_jsonld_author(root, rec)
    no_author_meta(root, rec)


def other_by_word(root: HtmlElement, rec: dict[str, Any]) -> None:
    """ "By Jane Doe" printed as "Von Jane Doe", "Par ...", "Av ..." (one word per page)."""
    byline_only(root, rec)

    def edit(text: str) -> str:
        if len(text) > 80:
            return text
        m = _BY_NODE.match(text)
        if not m:
            return text
        word = pick(tuple(w for w in BY_WORDS if w.lower() != m.group(2).lower()), rec, "by")
        return m.group(1) + word + m.group(3) + text[m.end() :]

    _shown_texts(root, edit)


def label_not_by(root: HtmlElement, rec: dict[str, Any]) -> None:
    """ "By Jane Doe" printed "Autor: Jane Doe", "Texte : ...", "Tekst: ..." (one per page)."""
    byline_only(root, rec)

    def edit(text: str) -> str:
        m = _BY_NODE.match(text) if len(text) <= 80 else None
        if not m:
            return text
        return m.group(1) + pick(LABELS, rec, "label") + " " + text[m.end() :]

    _shown_texts(root, edit)


def unmarked(root: HtmlElement, rec: dict[str, Any]) -> None:
    """No byline markup: classes, ids and test ids naming a byline or author, rel=author and
    itemprop attributes stripped, so only the printed line is left."""
    byline_only(root, rec)
    _strip_byline_markup(root)


def metas_unmarked(root: HtmlElement, rec: dict[str, Any]) -> None:
    """No JSON-LD author and no byline markup: the author metas and the printed line."""
    no_jsonld_author(root, rec)
    _strip_byline_markup(root)


def _strip_byline_markup(root: HtmlElement) -> None:
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("class", "id", "data-testid"):
            if _MARKUP.search(el.get(attr) or ""):
                del el.attrib[attr]
        for attr in ("rel", "itemprop", "itemtype", "itemscope"):
            el.attrib.pop(attr, None)


def _after_names(suffixes: tuple[str, ...]) -> Transform:
    def run(root: HtmlElement, rec: dict[str, Any]) -> None:
        byline_only(root, rec)
        names = sorted(rec["expected"]["authors"], key=len, reverse=True)
        suffix = pick(suffixes, rec, "suffix")
        pattern = re.compile(
            "|".join(re.escape(n) for n in names) + r"(?=\s*(?:$|[,|·•<]|\s+(?:and|und|et)\s))"
        )
        _shown_texts(root, lambda t: pattern.sub(lambda m: m.group(0) + suffix, t))

    return run


def publisher_as_meta(root: HtmlElement, rec: dict[str, Any]) -> None:
    """No JSON-LD author; the author meta names the publisher (`og:site_name`), not a person."""
    no_jsonld_author(root, rec)
    sites = [m.get("content") for m in metas(root, ("og:site_name",)) if m.get("content")]
    host = rec["url"].split("/")[2].removeprefix("www.").split(".")[0]
    site = sites[0] if sites else host.capitalize()
    drop(metas(root, _AUTHOR_METAS))
    head(root).append(lxml.html.Element("meta", {"name": "author", "content": site}))


def agency_in_jsonld(root: HtmlElement, rec: dict[str, Any]) -> None:
    """The JSON-LD author an agency typed Organization ("dpa", "AFP"), no author metas: the
    byline a reader sees still names the writer (a site crediting its wire feed in JSON-LD)."""
    agency = pick(AGENCY_NAMES, rec, "agency")

    def edit(obj: dict[str, Any]) -> None:
        if "author" in obj:
            obj["author"] = {"@type": "Organization", "name": agency}

    edit_jsonld(root, edit)
    no_author_meta(root, rec)


def lower_jsonld_unmarked(root: HtmlElement, rec: dict[str, Any]) -> None:
    """The JSON-LD author names in lower case as a CMS user typed them ("jane doe"), no
    author metas and no byline markup (the printed line is left)."""

    def lower(value: Any) -> Any:
        if isinstance(value, list):
            return [lower(v) for v in value]
        if isinstance(value, dict):
            return {
                k: (v.lower() if k == "name" and isinstance(v, str) else v)
                for k, v in value.items()
            }
        return value.lower() if isinstance(value, str) else value

    def edit(obj: dict[str, Any]) -> None:
        if "author" in obj:
            obj["author"] = lower(obj["author"])

    edit_jsonld(root, edit)
    no_author_meta(root, rec)
    _strip_byline_markup(root)


def house_in_jsonld(root: HtmlElement, rec: dict[str, Any]) -> None:
    """The JSON-LD author the site's own name with a house word, typed Person ("Redaktion
    Beispielbote", "Beispielbote Online"), no author metas: the printed byline names the writer."""
    sites = [m.get("content") for m in metas(root, ("og:site_name",)) if m.get("content")]
    host = rec["url"].split("/")[2].removeprefix("www.").split(".")[0]
    site = sites[0].strip() if sites and sites[0].strip() else host.capitalize()
    name = pick(HOUSE_CREDITS, rec, "house-credit").format(site)

    def edit(obj: dict[str, Any]) -> None:
        if "author" in obj:
            obj["author"] = {"@type": "Person", "name": name}

    edit_jsonld(root, edit)
    no_author_meta(root, rec)


def _after_last(suffixes: tuple[str, ...]) -> Transform:
    """Byline only, a suffix printed in the same text after the last writer's name."""

    def run(root: HtmlElement, rec: dict[str, Any]) -> None:
        byline_only(root, rec)
        last = re.escape(rec["expected"]["authors"][-1])
        suffix = pick(suffixes, rec, "after-last")
        pattern = re.compile(last + r"(?=\s*(?:$|[,|·•<]))")
        _shown_texts(root, lambda t: pattern.sub(lambda m: m.group(0) + suffix, t, count=1))

    return run


# A newsroom's desk credited before the writer, in the languages of unseen sites
DESKS_BEFORE = ("Redaktion Politik | ", "Redacción Nacional | ", "Rédaction Culture | ",
                "Redazione Cronaca / ", "Redactie Binnenland, ")  # fmt: skip


def _before_first(prefixes: tuple[str, ...]) -> Transform:
    """Byline only, a prefix printed in the same text before the first writer's name."""

    def run(root: HtmlElement, rec: dict[str, Any]) -> None:
        byline_only(root, rec)
        first = re.escape(rec["expected"]["authors"][0])
        prefix = pick(prefixes, rec, "before-first")
        pattern = re.compile(r"(?<![\w-])" + first)
        _shown_texts(root, lambda t: pattern.sub(lambda m: prefix + m.group(0), t, count=1))

    return run


# "by" words and labels of the languages the visible pages do not print, one per page
UNSEEN_BY = ("Por", "Autor:", "Door", "Napsal", "Του", "Oleh", "Bởi", "بقلم", "מאת", "Di",
             "Skrevet af", "Kirjoittanut")  # fmt: skip
# "and" between two writers in those languages
UNSEEN_AND = (" e ", " i ", " en ", " a ", " και ", " dan ", " và ", " و", " ו", " ja ")
_AND = re.compile(r"\s+(?:and|und|et|y|e|og|och|en|i)\s+|\s*&\s*")


def unseen_by_word(root: HtmlElement, rec: dict[str, Any]) -> None:
    """Byline only, its "By" printed in a language the visible pages lack (Indonesian "Oleh",
    Greek, Arabic, Hebrew, Czech "Napsal", capitalised Italian "Di" ...), one per page."""
    byline_only(root, rec)
    word = pick(UNSEEN_BY, rec, "unseen-by")

    def edit(text: str) -> str:
        m = _BY_NODE.match(text) if len(text) <= 80 else None
        if not m:
            return text
        return m.group(1) + word + " " + text[m.end() :]

    _shown_texts(root, edit)


def unseen_and(root: HtmlElement, rec: dict[str, Any]) -> None:
    """Byline only, two writers joined by "and" in another language (" i ", " dan ", " và ",
    Greek, Arabic, Hebrew), on the pages naming two or more."""
    byline_only(root, rec)
    names = rec["expected"]["authors"]
    if len(names) < 2:
        return
    word = pick(UNSEEN_AND, rec, "unseen-and")
    pair = re.compile(
        re.escape(names[-2]) + r"(\s*,\s*|" + _AND.pattern + ")" + re.escape(names[-1])
    )
    _shown_texts(root, lambda t: pair.sub(names[-2] + word + names[-1], t, count=1))


def linked_names_unmarked(root: HtmlElement, rec: dict[str, Any], rel: str = "") -> None:
    """Byline only, no byline markup, each writer's name a link to the writer's page
    ("/autor/jane-doe") that names no role (no rel, no class), or with `rel` ("author")."""
    unmarked(root, rec)
    names = sorted(rec["expected"]["authors"], key=len, reverse=True)
    if not names:
        return
    pattern = re.compile("|".join(re.escape(n) for n in names))
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag in _NOT_SHOWN or el.tag == "a":
            continue
        if el.text and (m := pattern.search(el.text)) and len(el.text) <= 120:
            link = lxml.html.Element("a", {"href": "/autor/" + _slugged(m.group(0))})
            if rel:
                link.set("rel", rel)
            link.text, link.tail = m.group(0), el.text[m.end() :]
            el.text = el.text[: m.start()]
            el.insert(0, link)


def rel_author_links(root: HtmlElement, rec: dict[str, Any]) -> None:
    """Byline only, no other byline markup, each name a link with rel=author."""
    linked_names_unmarked(root, rec, "author")


def rel_author_first_only(root: HtmlElement, rec: dict[str, Any]) -> None:
    """Byline only, no other byline markup, only the first writer's name a link with
    rel=author (the others plain text in the same line: a writer without a page of their
    own), on the pages naming two or more."""
    unmarked(root, rec)
    names = rec["expected"]["authors"]
    if len(names) < 2:
        return
    first = re.compile(re.escape(names[0]))
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag in _NOT_SHOWN or el.tag == "a":
            continue
        if el.text and (m := first.search(el.text)) and len(el.text) <= 120:
            link = lxml.html.Element("a", {"href": "/autor/" + _slugged(m.group(0))})
            link.set("rel", "author")
            link.text, link.tail = m.group(0), el.text[m.end() :]
            el.text = el.text[: m.start()]
            el.insert(0, link)


def _slugged(name: str) -> str:
    return re.sub(r"\W+", "-", name.casefold()).strip("-")


# a translator credited after the last writer ("... Translated by ...")
translator_after = _after_last(TRANSLATORS)


AUTHOR_VARIANTS: dict[str, Transform | None] = {
    "original": None,
    "JSON-LD author removed": no_jsonld_author,
    "author metas removed": no_author_meta,
    "byline only (both removed)": byline_only,
    "byline only, 'by' word of another language": other_by_word,
    "byline only, a label ('Autor:') instead of 'by'": label_not_by,
    "byline only, no byline markup (class, rel, itemprop)": unmarked,
    "no JSON-LD author, no byline markup (metas and the printed line)": metas_unmarked,
    "byline only, role after the name": _after_names(ROLES),
    "byline only, initials/agency after the name": _after_names(INITIALS),
    "no JSON-LD author, author meta = publisher": publisher_as_meta,
    "JSON-LD author = an agency Organization, no author metas": agency_in_jsonld,
    "JSON-LD author = the site's name with a house word (Person), no author metas": house_in_jsonld,
    "JSON-LD author names in lower case, no author metas, no byline markup": lower_jsonld_unmarked,
    "byline only, translator credited after the last name": translator_after,
    "byline only, a German job phrase after each name": _after_names(JOB_PHRASES),
    "byline only, a role after each name with no mark between": _after_names(ROLES_UNMARKED),
    "byline only, the date printed after the last name": _after_last(DATES_AFTER),
    "byline only, a clock printed after the last name": _after_last(CLOCKS_AFTER),
    "byline only, a plain job title right after each name": _after_names(JOBS_PLAIN),
    "byline only, a source credited after each name": _after_names(SOURCES_AFTER),
    "byline only, a newsroom's desk before the first name": _before_first(DESKS_BEFORE),
    "byline only, 'by' word of an unseen language (Oleh, Napsal, Di, Greek, Arabic ...)": (
        unseen_by_word
    ),
    "byline only, two writers joined by an unseen language's 'and'": unseen_and,
    "byline only, no markup, names linked to writers' pages": linked_names_unmarked,
    "byline only, no markup but rel=author on the names' links": rel_author_links,
    "byline only, no markup, rel=author on the first writer's link only": rel_author_first_only,
}

# --- topics ----------------------------------------------------------------------------


def _keywords(root: HtmlElement) -> list[str]:
    """The page's own keyword list: the first keyword meta, else the JSON-LD keywords."""
    for key in ("news_keywords", "keywords", "article:tag"):
        found = [m.get("content") or "" for m in metas(root, (key,))]
        if any(found):
            return [v.strip() for f in found for v in f.split(",") if v.strip()]
    listed: list[str] = []

    def grab(obj: dict[str, Any]) -> None:
        value = obj.get("keywords")
        if not listed and isinstance(value, str):
            listed.extend(v.strip() for v in value.split(",") if v.strip())
        elif not listed and isinstance(value, list):
            listed.extend(v for v in value if isinstance(v, str))

    edit_jsonld(root, grab)
    return listed


def no_keyword_meta(root: HtmlElement, rec: dict[str, Any]) -> None:
    drop(metas(root, _KEYWORD_METAS))


def no_jsonld_keywords(root: HtmlElement, rec: dict[str, Any]) -> None:
    edit_jsonld(root, _without("keywords"))


def shown_only(root: HtmlElement, rec: dict[str, Any]) -> None:
    no_keyword_meta(root, rec)
    no_jsonld_keywords(root, rec)


def _moved(place: Callable[[HtmlElement, list[str], dict[str, Any]], None]) -> Transform:
    """The page's keywords taken out of every meta and JSON-LD and put back by `place`."""

    def run(root: HtmlElement, rec: dict[str, Any]) -> None:
        listed = _keywords(root)
        shown_only(root, rec)
        if listed:
            place(root, listed, rec)

    return run


def _as_article_tags(root: HtmlElement, listed: list[str], rec: dict[str, Any]) -> None:
    for v in listed:
        head(root).append(lxml.html.Element("meta", {"property": "article:tag", "content": v}))


def _as_jsonld_string(root: HtmlElement, listed: list[str], rec: dict[str, Any]) -> None:
    """One ", "-joined string on the page's article object (the one with a headline)."""
    placed: list[bool] = []

    def put(obj: dict[str, Any]) -> None:
        if "headline" in obj and not placed:
            obj["keywords"] = ", ".join(listed)
            placed.append(True)

    edit_jsonld(root, put)
    if not placed:
        script = lxml.html.Element("script", {"type": "application/ld+json"})
        data = {"@type": "NewsArticle", "headline": rec["expected"].get("title") or "",
                "keywords": ", ".join(listed)}  # fmt: skip
        script.text = json.dumps(data, ensure_ascii=False)
        head(root).append(script)


def _comma_meta(root: HtmlElement, listed: list[str], rec: dict[str, Any]) -> None:
    _joined(root, listed, rec, ", ")


def _joined(root: HtmlElement, listed: list[str], rec: dict[str, Any], sep: str = "") -> None:
    sep = sep or pick(SEPARATORS, rec, "sep")
    head(root).append(lxml.html.Element("meta", {"name": "keywords", "content": sep.join(listed)}))


def _spaced(root: HtmlElement, listed: list[str], rec: dict[str, Any]) -> None:
    _joined(root, listed, rec, pick(SPACED_SEPARATORS, rec, "spaced"))


def _site_first(root: HtmlElement, listed: list[str], rec: dict[str, Any]) -> None:
    sites = [m.get("content") for m in metas(root, ("og:site_name",)) if m.get("content")]
    extra = [*sites[:1], pick(SEO_WORDS, rec, "seo")]
    head(root).append(
        lxml.html.Element("meta", {"name": "keywords", "content": ", ".join(extra + listed)})
    )


def _site_news_first(root: HtmlElement, listed: list[str], rec: dict[str, Any]) -> None:
    """ "Beispielbote Nachrichten" first: the site's name with a news word as one label."""
    sites = [m.get("content") for m in metas(root, ("og:site_name",)) if m.get("content")]
    host = rec["url"].split("/")[2].removeprefix("www.").split(".")[0]
    label = f"{sites[0] if sites else host.capitalize()} {pick(HOUSE_WORDS, rec, 'house')}"
    head(root).append(
        lxml.html.Element("meta", {"name": "keywords", "content": ", ".join([label, *listed])})
    )


def _quoted(root: HtmlElement, listed: list[str], rec: dict[str, Any]) -> None:
    """Each keyword in quotes ('"Hitze", "Verkehr"', „Hitze“), as some CMSs write them."""
    left, right = pick(('""', "„“", "«»"), rec, "quote")
    _joined(root, [f"{left}{v}{right}" for v in listed], rec, ", ")


def _hashtags(root: HtmlElement, listed: list[str], rec: dict[str, Any]) -> None:
    """One keywords string of hashtags ("#Hitze #Verkehr"), spaces inside a label kept."""
    _joined(root, [f"#{v}" for v in listed], rec, " ")


TOPIC_VARIANTS: dict[str, Transform | None] = {
    "original": None,
    "keyword metas removed": no_keyword_meta,
    "JSON-LD keywords removed": no_jsonld_keywords,
    "tag links only (both removed)": shown_only,
    "keywords only in one keywords meta (reference for the next four)": _moved(_comma_meta),
    "keywords only as article:tag metas": _moved(_as_article_tags),
    "keywords only as one JSON-LD string": _moved(_as_jsonld_string),
    "keywords meta joined with ; | 、": _moved(_joined),
    "keywords meta joined with ' / ' ' · ' ' • ' '، '": _moved(_spaced),
    "keywords meta after site name + SEO word": _moved(_site_first),
    "keywords meta after 'site name + news word' as one label": _moved(_site_news_first),
    "keywords meta with each keyword in quotes": _moved(_quoted),
    "keywords meta as hashtags in one string": _moved(_hashtags),
}


def predict(rec: dict[str, Any], raw: bytes, field: str, transform: Transform | None) -> list:
    edit = None if transform is None else lambda root: transform(root, rec)
    doc = parse(rewritten(raw, edit), rec["url"])
    if doc is None:
        return []
    return authors(doc, None) if field == "authors" else topics(doc, None)


def run_field(
    scorer: Any, pages: list[Page], field: str, variants: dict[str, Transform | None], args: Any
) -> None:
    scored = [(g, r, raw) for g, r, raw in pages if r["expected"].get(field)]
    print(f"\n{field} F1 (newsbench micro F1), generic rules, {len(scored)} pages\n")
    print(f"| {field} variant | dev | world A | world B | all | lost | gained |")
    print("|---|---|---|---|---|---|---|")
    base: dict[str, float] = {}
    for name in chosen(variants, args.only):
        transform = variants[name]
        preds = {
            r["id"]: {"id": r["id"], field: predict(r, raw, field, transform)}
            for _, r, raw in scored
        }
        cells = []
        for grp in (*GROUPS, None):
            part = [r for g, r, _ in scored if grp is None or g == grp]
            res, per_page = scorer.score(part, preds)
            cells.append(res[field]["F1"] if field in res else 0.0)
        _, per_page = scorer.score([r for _, r, _ in scored], preds)
        page_f1 = {pid: s.get(field, 0.0) for pid, s in per_page.items()}
        if transform is None:
            base = page_f1
        lost = [pid for pid in page_f1 if page_f1[pid] < base.get(pid, 0.0) - 1e-9]
        gained = [pid for pid in page_f1 if page_f1[pid] > base.get(pid, 0.0) + 1e-9]
        row = " | ".join(f"{c:.3f}" for c in cells)
        print(f"| {name} | {row} | {len(lost)} | {len(gained)} |")
        if args.per_page:
            by_id = {r["id"]: r for _, r, _ in scored}
            for pid in lost:
                want = by_id[pid]["expected"][field]
                print(f"|   {pid} | want {want!r} | got {preds[pid][field]!r} |")


def main() -> int:
    ap = arguments(__doc__)
    ap.add_argument("--field", choices=("authors", "topics"), help="only this field")
    args = ap.parse_args()
    found = open_newsbench(args.newsbench)
    if found is None:
        return 2
    root, scorer = found
    pages = looked_at(root)
    if args.field in (None, "authors"):
        run_field(scorer, pages, "authors", AUTHOR_VARIANTS, args)
    if args.field in (None, "topics"):
        run_field(scorer, pages, "topics", TOPIC_VARIANTS, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
