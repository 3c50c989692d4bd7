"""Topics (related-topic labels as a reader sees them) and tags (every keyword list).

Topics come from the first source that gives labels: a site rule, the keyword metas,
JSON-LD keywords, then the topic links the page shows (topiclinks). Tags gather every
machine-readable list (keywords, news_keywords, article:tag, parsely-tags, Fox-style
classification-tags ...), so a list no reader sees still reaches the item.
Both are cleaned the same way: split on separators, ids, codes, URL path prefixes,
counters and "breaking news"-style SEO words dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

from newsarchive.extract import jsonld, langwords, titleparts, topiclinks
from newsarchive.extract.document import Document
from newsarchive.extract.headline import headline
from newsarchive.extract.page_fields import parsely
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.section import HOME_WORDS
from newsarchive.extract.site import compact, is_site, spellings
from newsarchive.extract.text import as_strings, clean, dedupe
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

TAG_META = (
    "article:tag",
    "og:article:tag",
    "parsely-tags",
    "sailthru.tags",
    "news_keywords",
    "keywords",
    "dc.subject",
    "cxenseparse:recs:articletag",
    "tags",
    "topics",
    "classification-tags",
)
# "Subject: Justice", "Thema: Hitze", "Person: Jane Doe", "NLP Entity Tokens: Jasper" (the
# entities a CMS found in the text, typed as IPTC does: person, organisation, place, event)
# keep their label; other "Key: value" pairs ("Category: Travel") are CMS bookkeeping.
_LABEL_PREFIX = _compile(
    r"^(?:subjects?|topics?|tags?|keywords?|themen|thema|schlagw[oö]rter|schlagworte?"
    r"|stichw[oö]rter|stichworte?|(?:nlp\s+)?entity\s+tokens?|entit(?:y|ies)"
    r"|persons?|people|personen|organi[sz]ations?|organisationen|locations?|places?|orte?"
    r"|events?)\s*:\s*",
    re.I,
)
_KEY_VALUE = _compile(r"^[\w .-]{1,30}:\s*\S")
_SLUG = _compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_CODE = _compile(r"^[A-Z0-9_]{2,}$")
_ID = _compile(r"^(?:[\w.-]+[=/][\w./=-]*|\d+)$|[{}<>]|^_")
# "Rhein/Main", "AC/DC", "Corona/Covid-19": words in capitals joined by a slash, a label, where
# an id's parts are codes ("ressort/politik", "cat=5", "story/12345", "ID/12345")
_SLASHED_NAME = _compile(r"[A-ZÄÖÜ][^\W_]*(?:-[^\W_]+)*(?:/[A-ZÄÖÜ][^\W_]*(?:-[^\W_]+)*)+")
_UUID = _compile(r"^[0-9a-f]{8}(?:-?[0-9a-f]{4}){3}-?[0-9a-f]{12}$|^[0-9a-f]{24,}$", re.I)
# A host name ("o.example.com") names the site, not a topic ("Node.js" stays).
_HOST = _compile(
    r"^(?:[a-z0-9-]+\.)+(?:com|net|org|info|news|de|at|ch|uk|fr|es|it|nl|be|lu|no|se|dk|fi"
    r"|pl|ru|tr|jp|kr|cn|tw|au|nz|ca|in|za|ie|br|mx|ar)$",
    re.I,
)
# "topic/Elections", "/tags/climate-change/": a URL path, not a label; its last part is. A
# path's folders are lower case: "Rhein/Main", "AC/DC", "Busse/Bahn" are labels.
_PATH = _compile(r"^/?(?:[a-z0-9._-]+/)+([^/]+?)/?$")
# Any other value in a path's shape that is no label in capitals ("Windows/Linux/macOS",
# "Politik/inland", "/Themen/Klimawandel/": slashes around it are a path's) is read as one too,
# its last part kept: dropped whole as an id, the page lost a topic it had.
_ANY_PATH = _compile(r"^/?(?:[\w.-]+/)+([^/]+?)/?$")
# A topic page's folder written small before a label of several words ("tag/Openbaar vervoer",
# "chu-de/Xe đạp"): the label is the rest. Other folders stay where the label has a space
# ("Tag/Nacht Rhythmus", "and/or clause", "24/7 service" are labels).
_TOPIC_FOLDER = _compile(rf"^/?(?:{topiclinks.TOPIC_SEGMENTS})/([^/]+)/?$")
# CMS switches written among the keywords ("paywall exclude", "comments-enabled", "noindex"):
# how the page is served, not what it is about.
_CMS_FLAG = _compile(
    r"\b(?:paywall|noindex|nofollow|noads|no-ads)\b|^comments?[-_ ](?:enabled|disabled|on|off)$",
    re.I,
)
_COUNTER = _compile(r"(?!(?<=\s)\s)(?:^\(\d+\)\s*|\s*\(\d+\)$)")  # "(3) Label": a count of articles
# also a line break, and a space before a hashtag ("#Hitze #Verkehr" as one keywords string)
# (a separator starts at no space that a space before it could start: a long run of spaces
# is not read again from each of its characters, quadratic before; one right after the last,
# at its mark)
_SEPARATORS = _compile(r"(?<!\s)\s*[,;|、，；،؛\n]\s*|[,;|、，；،؛\n]\s*|(?<!\s)\s+(?=#\w)")
# Marks set between spaces in a string with none of those: "Hafen / Schifffahrt / Stadtrat",
# "Hafen · Schifffahrt" (a slash without spaces stays inside a label: "AC/DC").
_SPACED_SEPARATORS = _compile(r"(?<!\s)\s++[/·•]\s+")
_QUOTES = "\"'„“”«»‚‘’「」"
# Chinese and Japanese write no spaces between words, so a space in their keywords string
# parts labels ("市议会 预算 交通"); a part may be a code in capitals or digits ("5G"). Korean
# spaces words, and a Latin phrase is one label: neither is split.
_UNSPACED_LABEL = _compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_CODE = _compile(
    r"^(?:[A-Z0-9]{1,10}|[A-Za-z]{0,6}\d[A-Za-z0-9]{0,6})$"
)  # "5G", "NBA", "G20"
# A label that says only "news, live/breaking/latest" is the site's SEO vocabulary
# ("World news live", "Breaking News", "速報", "Liveticker"), not what the story is about.
# A bare section name ("News", "World news") is kept: pages list it as a topic.
_FORMAT_WORDS = frozenset(
    w
    for t in (langwords.LIVE_WORDS, langwords.LATEST_WORDS)
    for e in langwords.entries(t)
    for w in e.split()
)
_NEWS_WORDS = frozenset(w for e in langwords.entries(langwords.NEWS_WORDS) for w in e.split())
_NEWS_FILLER = frozenset(
    w
    for t in (langwords.NEWS_FILLER, langwords.NEWS_LANGUAGES)
    for e in langwords.entries(t)
    for w in e.split()
)


def _languages(*tables: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each word of the tables' entries, with the languages that list it."""
    found: dict[str, set[str]] = {}
    for table in tables:
        for lang, text in table.items():
            for e in langwords.entries({lang: text}):
                for w in e.split():
                    found.setdefault(w, set()).add(lang)
    return {w: frozenset(langs) for w, langs in found.items()}


def _entry_languages(table: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each entry of the table, a word or a phrase, with the languages that list it."""
    found: dict[str, set[str]] = {}
    for lang, text in table.items():
        for e in langwords.entries({lang: text}):
            found.setdefault(e, set()).add(lang)
    return {e: frozenset(langs) for e, langs in found.items()}


# "today" words and more news nouns, read only beside a news word of the same language
# (`_is_news_word`): "van" is Dutch "of", "Van Haberleri" the news of the Turkish city
_TODAY_ENTRIES = _entry_languages(langwords.NEWS_TODAY)
_TODAY_LANGS = {e: langs for e, langs in _TODAY_ENTRIES.items() if " " not in e}
# an entry of several words dates the news only as a phrase: "News of the day", not
# "World News Day", a day's name
_TODAY_PHRASES = {e: langs for e, langs in _TODAY_ENTRIES.items() if " " in e}
_NEWS_NOUN_LANGS = _languages(langwords.NEWS_WORDS, langwords.NEWS_FORMS)
_TODAY_WORDS = frozenset(_languages(langwords.NEWS_TODAY))  # a phrase's words too
_NEWS_FORMS = frozenset(_NEWS_NOUN_LANGS)
_UNSPACED_NEWS = frozenset(w for w in _NEWS_WORDS if not w.isascii() and len(w) <= 4)
_MAX_TOPIC_LEN = 80
_FEED_SITE = _compile(r"\s*+(.+?)(?<!\s)\s++[»>]\s++\S")  # "Example Post » Feed": "Example Post"
# How a cascade source reaches the reader: metadata, links the page shows (under a heading
# or clustered), links in an element whose class names a tag list.
META, SHOWN, MARKED = 0, 1, 2
_NAME_WORDS = 4  # "Giorgia Beispiel", "Feuerwehr": a label; "Ex-mayor attacked at work": a teaser


def topics(doc: Document, rules: SiteRules | None) -> list[str]:
    """First source giving labels; code or slug lists are skipped for a later source.

    A list of links the page shows counts when the text names one of its labels, or
    when the page's metadata lists one of them too (site-wide lists do neither); an
    element whose class names a tag list also counts when its labels are names (up to
    four words), not teaser headlines.
    """
    site_words = _site_words(doc.url)
    names = _site_names(doc)
    hosts = _host_names(doc.url)
    joined_hosts = _joined_host_names(doc.url)
    slug = _slug_words(doc.url)
    excluded = [re.compile(p) for p in rules.topics_exclude] if rules else []
    sections = _sections_not_keywords(doc)
    fallback: list[str] = []
    for shown, values in _cascade(doc, rules):
        labels = [
            v
            for v in clean_topics(values)
            if not (v.islower() and (_is_section_code(v, site_words) or _is_slug_of(v, slug)))
            and not _names_the_site(v, names, hosts)
            and not spellings(compact(v)) & joined_hosts
            and not any(p.search(v) for p in excluded)
            and v.casefold() not in sections
            and not _front_page(doc, v)
        ]
        if any(len(v.split()) >= _HEADLINE_WORDS for v in labels):
            labels = _without_headlines(doc, labels)
        if not labels:
            continue
        if shown and not _corroborated(doc, labels, fallback) and not _named_list(shown, labels):
            continue
        if len(labels) > 1 and not shown and all(_CODE.match(v) for v in labels):
            continue  # wire-service subject codes (AER, GEN ...), not labels; links a
            # reader sees are labels, acronyms or not ("DPRD", "APBD")
        if len(labels) > 1 and all(
            _SLUG.match(v) and ("-" in v or "_" in v or v.islower()) for v in labels
        ):
            if not shown and (printed := _shown_as_links(doc, labels)):
                return printed  # lower-case words the page prints as its tag links
            fallback = fallback or labels
            continue
        return _as_displayed(labels, doc)
    return _as_displayed(fallback, doc)


_HEADLINE_WORDS = 5  # a keyword this long may be the headline or a sentence stuffed in


def _without_headlines(doc: Document, labels: list[str]) -> list[str]:
    """Labels of five words or more that are the page's headline or a part of it, or hold
    it ("Neue Brücke für die Stadt Hannover" under "Neue Brücke für die Stadt"), or open
    the description or the story's first paragraph: a CMS's field copied in, no topic
    ("Sanierung von Brücken in Niedersachsen" stays)."""
    h1 = headline(doc)
    texts = [h1.text_content() if h1 is not None else "", *doc.all_meta("og:title", "title")]
    described = doc.all_meta("description", "og:description")
    heads = [k for h in texts if (k := _word_key(h))]
    openings = [o for d in described if (o := _word_key(d))]
    # a topic's name the headline or description leads with, set off by a colon or a dash
    # ("Krieg in der Ukraine: Selenskyj ..."), or in an element of its own inside the
    # headline (its kicker): the story's topic, kept
    kickers = {_word_key(p) for t in [*texts, *described] for p in _KICKER_END.split(t)[:1]}
    if h1 is not None:
        kickers |= {_word_key(e.text_content()) for e in h1.iterdescendants()}

    def copied(label: str) -> bool:
        if len(label.split()) < _HEADLINE_WORDS or _word_key(label) in kickers:
            return False
        key = f" {_word_key(label)} "
        return any(
            key in f" {h} " or (len(h.split()) >= _HEADLINE_WORDS and f" {h} " in key)
            for h in heads
        ) or any(f" {o} ".startswith(key) for o in openings)

    return [v for v in labels if not copied(v)]


_KICKER_END = _compile(r":\s|\s[-–—|]\s")


def _word_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _sections_not_keywords(doc: Document) -> set[str]:
    """The page's sections (JSON-LD `articleSection`) its JSON-LD keywords leave out.

    CMSs (WordPress with an SEO plugin) write the categories and the tags into the keywords
    meta, the tags alone into JSON-LD `keywords` and the categories into `articleSection`:
    there the sections are no topics ("Entertainment" before "Celebrity style"). A section
    the JSON-LD keywords list too stays ("Politics" listed in both).
    """
    keywords = {v.casefold() for v in clean_topics(_jsonld_keywords(doc.article.get("keywords")))}
    if not keywords:
        return set()
    sections = clean_topics(_split(as_strings(doc.article.get("articleSection"))))
    return {v.casefold() for v in sections} - keywords


def _named_list(shown: int, labels: list[str]) -> bool:
    """A tag-classed list of names ("Giorgia Beispiel"), not teaser headlines."""
    return shown == MARKED and all(len(v.split()) <= _NAME_WORDS for v in labels)


def _shown_as_links(doc: Document, labels: list[str]) -> list[str]:
    """The labels as the page prints them where each is the text of one of its topic links
    ("books", "Elections"): then a lower-case list names the site's tags, it is no CMS slug list."""
    finders = (topiclinks.headed_links, topiclinks.class_marked_links, topiclinks.href_cluster)
    shown = {clean(v).casefold(): clean(v) for find in reversed(finders) for v in find(doc)}
    printed = [shown.get(v.casefold()) for v in labels]
    return [v for v in printed if v] if all(printed) else []


def _is_section_code(label: str, site_words: set[str]) -> bool:
    """A keyword equal to a host label or path segment ("yourmoney"), not a bare "news" word.

    The bare section name stays, as "News" does: on dev and visible world 4 pages expect a
    bare "news" word among their topics ("nyheter" twice, "Nachrichten", "News"), and this
    test dropped the two lower-case ones when it counted them as codes.
    """
    return label in site_words and label not in _NEWS_WORDS


def _site_names(doc: Document) -> set[str]:
    """The publisher's names as the page declares them (compact), not its host's labels.

    A host label is often a word ("Welt" on welt.de, "WDR" on wdr.de, which lists "WDR" among
    its own topics), so only `og:site_name`, the app-name metas and the JSON-LD publisher count.
    """
    names = doc.all_meta("og:site_name", "application-name", "apple-mobile-web-app-title")
    names += as_strings(jsonld.resolve(doc.article.get("publisher"), doc.jsonld))
    found = {compact(n) for n in names or _feed_site_names(doc)} - {""}
    return found or _title_site_name(doc)


def _title_site_name(doc: Document) -> set[str]:
    """The site's name a page states nowhere but as its title's last part ("... | Günlük
    Haber"), where titles read that part as a site's name too. Only that part: the host's
    label the title does not end in may be a topic ("Welt" on welt.de), and a stated name
    wins (WDR lists "WDR" among its own topics)."""
    parts = titleparts.SEPARATOR.split(titleparts.tab_text(doc))[::2]
    if len(parts) < 2 or not (last := compact(parts[-1])):
        return set()
    spelt, sites = spellings(last), titleparts.site_names(doc)
    # (a name the host spells in another script, "부산" on busan.example, is no key itself)
    named = not spelt.isdisjoint(sites) or is_site(parts[-1], sites)
    return {last, *spelt} if named else set()


_NOT_HOST_NAMES = frozenset({"www", "m", "amp", "co", "com", "org", "net", "ac", "gov", "or"})


def _joined_host_names(url: str) -> set[str]:
    """The host's labels of several words ("beispiel-post" on beispiel-post.de): the site's
    whole name written out, which no topic is ("Beispiel Post", "Beispielpost"); a host of one
    word may be a topic ("WDR" on wdr.de, which lists it among its own)."""
    labels = (split_url(url).hostname or "").split(".")[:-1]
    return {compact(w) for w in labels if "-" in w.strip("-")} - {""}


def _host_names(url: str) -> set[str]:
    """The host's labels that may name the site: not its country or generic suffix ("uk",
    "co": "UK News" is a topic on a .co.uk site) nor "www"."""
    labels = (split_url(url).hostname or "").split(".")[:-1]
    return {compact(w) for w in labels if w not in _NOT_HOST_NAMES} - {""}


def _names_the_site(label: str, names: set[str], hosts: set[str]) -> bool:
    """The site's name, alone or with news words around it ("Beispielbote Nachrichten",
    "Noticias Diario Ejemplo", "Beispielbote aktuell"): the house's label, no topic.

    With a news word the host's own label counts too ("Beispielbote News" on
    beispielbote.de); alone it may be a topic ("Welt" on welt.de).
    """
    key = compact(label)
    if key in names or not spellings(key).isdisjoint(names):
        return True  # "Günlük Haber", which the title's names spell "gunlukhaber"
    words = label.split()
    n = len(words)
    either = names | hosts
    # the words around first: most labels hold no news word, and `compact` is a regex
    return any(
        all(_is_news_word_part(w.casefold()) for w in words[:i] + words[j:])
        and compact(" ".join(words[i:j])) in either
        for i in range(n)
        for j in range(n, i, -1)
        if j - i < n  # the name's own words ("Mail Online", "The Nation") stay its own
    )


def _is_news_word_part(word: str) -> bool:
    return word in _NEWS_WORDS or word in _NEWS_FILLER or word in _FORMAT_WORDS


def _feed_site_names(doc: Document) -> list[str]:
    """ "Example Post » Feed", "Example Post > Sport": the site's name heading its feed titles
    (WordPress's default), on pages that state it nowhere else."""
    head = doc.tree.find("head")
    if head is None:
        return []
    return [
        m.group(1)
        for link in head.iter("link")
        if link.get("rel") == "alternate" and (m := _FEED_SITE.match(link.get("title") or ""))
    ]


def _corroborated(doc: Document, labels: list[str], listed: list[str]) -> bool:
    known = {v.casefold() for v in listed}
    return any(v.casefold() in known for v in labels) or topiclinks.about_the_article(doc, labels)


def _as_displayed(labels: list[str], doc: Document) -> list[str]:
    """Metadata often lowercases labels: use the page's own spelling where it shows them."""
    if not any(v.islower() for v in labels):
        return labels
    shown = {clean(v).casefold(): clean(v) for v in topiclinks.headed_links(doc)}
    # a heading's list first, then a tag-classed one, then a cluster: each read only where
    # a lower-case label that is no slug is still unspelled (a slug list was spelled so
    # before it came here; most pages print none of them)
    for find in (topiclinks.class_marked_links, topiclinks.href_cluster):
        if all(not v.islower() or _SLUG.match(v) or v.casefold() in shown for v in labels):
            break
        for v in find(doc):
            shown.setdefault(clean(v).casefold(), clean(v))
    return [shown.get(v.casefold(), v) for v in labels]


def tags(doc: Document) -> list[str]:
    """All keywords the page declares, in any metadata vocabulary; not the site's own name
    ("dailymail", "Example News"), its sections' URL codes ("yourmoney") or the address's
    slug split into words, which `topics` leaves out too."""
    values = _jsonld_keywords(doc.article.get("keywords"), doc)
    values += _split(doc.all_meta(*TAG_META), doc)
    values += as_strings(parsely(doc).get("tags"))
    labels = clean_topics(values)
    if not labels:
        return []  # a page declaring no keywords: its site names are not looked for
    site_words, slug = _site_words(doc.url), _slug_words(doc.url)
    names, hosts, joined = _site_names(doc), _host_names(doc.url), _joined_host_names(doc.url)
    return [
        v
        for v in labels
        if not (v.islower() and (_is_section_code(v, site_words) or _is_slug_of(v, slug)))
        and not _names_the_site(v, names, hosts)
        and not spellings(compact(v)) & joined
        and not _front_page(doc, v)
    ]


def _cascade(doc: Document, rules: SiteRules | None) -> Iterator[tuple[int, list[str]]]:
    """(how the page shows them: META, SHOWN or MARKED, labels), most curated list first:
    news_keywords is meant for this; JSON-LD often adds CMS codes."""
    if rules and rules.topics:
        yield META, [label for el in doc.select(rules.topics) for label in _rule_labels(el)]
    yield META, _split(doc.all_meta("topics"), doc)  # a site-search vocabulary (Swiftype)
    yield META, _split(doc.all_meta("news_keywords"), doc)
    yield META, _split(doc.all_meta("article:tag", "og:article:tag"), doc)
    yield META, _split(doc.all_meta("cxenseparse:recs:articletag"), doc)  # Escenic, Naviga
    yield META, _split(doc.all_meta("keywords"), doc)
    yield META, _split(doc.all_meta("classification-tags"), doc)  # slugs: a last resort
    yield META, doc.all_meta("dc.subject")  # curated; JSON-LD keywords add broad disciplines
    yield META, _jsonld_keywords(doc.article.get("keywords"), doc)
    yield META, _split(doc.all_meta("itemprop:keywords")[:1], doc)  # microdata; later ones: cards
    yield META, _split(doc.all_meta("tags"), doc)
    yield (
        META,
        _split(doc.all_meta("parsely-tags", "sailthru.tags"), doc)
        + as_strings(parsely(doc).get("tags")),
    )
    yield SHOWN, topiclinks.headed_links(doc)
    yield SHOWN, topiclinks.headed_above(doc)  # (most pages: none)
    yield MARKED, _marked_or_whole(doc)
    yield SHOWN, topiclinks.href_cluster(doc)
    yield SHOWN, topiclinks.printed_tags(doc)  # a tag line without links
    yield META, as_strings(doc.article.get("about"))


def _marked_or_whole(doc: Document) -> list[str]:
    """A tag-classed line of one or two labels (a kicker, a breadcrumb), or the cluster of
    topic-page links further down holding them and more: the article's whole tag list."""
    marked = topiclinks.class_marked_links(doc)
    if not 0 < len(marked) <= topiclinks.TEASER_TAGS:
        return marked
    return topiclinks.whole_tag_list(doc, marked) or marked


def _rule_labels(el: HtmlElement) -> list[str]:
    """A selected element's label, or the labels a selected <meta> lists (", " or "; ")."""
    return _split([el.get("content", "")]) if el.tag == "meta" else [el.text_content()]


def _site_words(url: str) -> set[str]:
    """Host labels and path segments: a keyword equal to one is a site or section code."""
    parts = split_url(url)
    words = set(parts.hostname.split(".")) if parts.hostname else set()
    words.update(seg for seg in parts.path.split("/")[:-1] if seg)
    return {w.casefold() for w in words}


def _slug_words(url: str) -> list[str]:
    """The URL's last path segment as words: "trump-harris-vote-9f2e" -> trump harris vote 9f2e."""
    path = split_url(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return [w for w in re.split(r"[-_]+", last.casefold()) if w]


def _is_slug_of(label: str, slug: list[str]) -> bool:
    """A keyword that is the article's own URL slug (from three words on), not a topic."""
    words = label.casefold().split()
    return len(words) >= 3 and slug[: len(words)] == words


def _jsonld_keywords(value: Any, page: Document | None = None) -> list[str]:
    """A keywords string is a list to split; a JSON list's items are labels already."""
    values = as_strings(value)
    return _split(values, page) if len(values) == 1 else values


def _split(values: list[str], page: Document | None = None) -> list[str]:
    """One label per separator ("a, b; c | d", Japanese "、", Arabic "،"; else "a / b · c");
    entities read first ("&amp;");
    a Chinese or Japanese string without one, per space. `page`: where its text joins a
    slashed string's words, that string is one name."""
    out: list[str] = []
    for v in values:
        v = _without_stock_tail(v)
        parts = _SEPARATORS.split(html.unescape(v) if "&" in v else v)
        if len(parts) == 1:
            parts = _SPACED_SEPARATORS.split(parts[0])
        if len(parts) == 1:
            parts = _slashed_labels(parts[0], page)
        out.extend(_unspaced_labels(parts[0]) if len(parts) == 1 else parts)
    return out


# "Kreistag/Busse/Nahverkehr": labels a CMS joined by bare slashes, each a word in capitals
# and small letters; three at least, as a region's pair is one label ("Rhein/Main",
# "Berlin/Brandenburg"), a code's capitals stay ("AC/DC") and a path's slug does ("topic/x").
_SLASHED_LABEL = _compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)*")
_SLASHED_LEAST = 3
# Home words that are ordinary words too: a trail's home only at the head of three parts.
_WORD_HOMES = frozenset({"home", "start", "front", "main", "index"})


def _slashed_labels(value: str, page: Document | None = None) -> list[str]:
    """ "A/B/C" as three labels where each part is a capitalised word (or words); a
    navigation trail's home ("Startseite/Lokales/Kiel") none; one name where the page
    writes the parts joined ("Schwarz-Rot-Gold")."""
    parts = value.split("/")
    home = parts[0].strip().casefold()
    if (
        len(parts) > 1
        and home in HOME_WORDS
        # (of two parts, not a word a label is made of too: "Home/Garden", "Start/Ziel")
        and (len(parts) >= _SLASHED_LEAST or home not in _WORD_HOMES)
        and all(_SLASHED_LABEL.fullmatch(p) for p in parts[1:])
    ):
        return parts[1:]  # the breadcrumb written as keywords: its first link is the site's home
    if len(parts) < _SLASHED_LEAST or not all(
        p[:1].isupper() and not p.isupper() and _SLASHED_LABEL.fullmatch(p) for p in parts
    ):
        return [value]
    return [value] if page is not None and _joined_on_page(parts, page) else parts


def _joined_on_page(parts: list[str], page: Document) -> bool:
    """The page's text or title writes the parts as one name, joined by hyphens, dashes or
    slashes without spaces ("Schwarz-Rot-Gold"): one name, where a CMS's list of labels
    ("Kreistag/Busse/Nahverkehr") is written apart ("Der Kreistag will mehr Busse"). Spaced
    marks part a trail's or a title's pieces ("Politik / Inland / Kiel"), and no text node
    is read into the next: each ends at a line break. A node that is the slashed string
    alone is the list shown as it is (a kicker), no sign of a name."""
    text = page.cache.get("joined_text")
    if text is None:
        meta = page.all_meta("og:title", "description", "og:description")
        text = page.cache["joined_text"] = "\n".join([*page.tree.itertext(), *meta])
    joined = "[-/\u2010-\u2015]".join(map(re.escape, parts))
    for m in re.finditer(rf"(?<!\w){joined}(?!\w)", text, re.I):
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        if "/" not in m[0] or text[start : end if end >= 0 else None].strip() != m[0]:
            return True
    return False


def _without_stock_tail(value: str) -> str:
    """A keywords string without the site's stock words its template appends to every page's
    tags, told by two things: the joins change there (the tags joined by "," alone, the rest by
    ", ") and the first appended label is a news word ("tag1,tag2, Breaking news, politics,
    sport, Example Times"). One of them alone is a typing habit."""
    at = value.find(", ")
    if at <= 0 or "," not in value[:at]:
        return value
    tail = value[at + 2 :]
    if "," in tail.replace(", ", ""):
        return value  # the joins mixed after the change too: no template's tail
    first = tail.split(",", 1)[0].strip()
    return value[:at] if _is_news_word(first) else value


def _unspaced_labels(value: str) -> list[str]:
    """ "市议会 预算 5G" as three labels: two or more in Han or kana, the rest short codes."""
    parts = value.split()
    cjk = sum(1 for p in parts if _UNSPACED_LABEL.search(p))
    if cjk < 2 or any(not _UNSPACED_LABEL.search(p) and not _LATIN_CODE.match(p) for p in parts):
        return [value]
    return parts


def clean_topics(values: list[str]) -> list[str]:
    """Labels deduplicated; ids, prefixed codes and over-long strings dropped."""
    values = [_unquoted(clean(v)) for v in values]
    if any(
        ":" in v and _LABEL_PREFIX.match(v) for v in values
    ):  # a "Key: value" list: only the label keys count
        values = [v for v in values if _LABEL_PREFIX.match(v)]
    out = []
    for v in values:
        v = _label(v)
        stray = len(v) < 2 and v.isascii()  # "p", "n": stray letters of a CMS field
        if stray or len(v) > _MAX_TOPIC_LEN or _KEY_VALUE.match(v):
            continue
        if _ID.search(v) and not _SLASHED_NAME.fullmatch(v):
            continue
        if _UUID.match(v) or _HOST.match(v) or _is_news_word(v) or _CMS_FLAG.search(v):
            continue
        out.append(v)
    return dedupe(out)


# The front page's name among the keywords ("Startseite", "Homepage", "Accueil"): the page a
# CMS files every story under, no topic. Not "Home", "Start", "Front" (a paper's home news
# section, listed among its topics), nor "hjem", "úvod", "inizio" (words of sentences too).
_FRONT_PAGE = HOME_WORDS - {"home", "start", "front", "hjem", "úvod", "inicio", "inizio", "início"}


def _front_page(doc: Document, v: str) -> bool:
    """Whether a label is the front page's name the story does not name: named, it is the
    story's subject ("Homepage", German for a website; "l'accueil" of refugees; a cover,
    "portada") as a whole word; a word opening a longer one ("accueillis") is no naming."""
    if v.casefold() not in _FRONT_PAGE:
        return False
    topiclinks.about_the_article(doc, [])  # the headline, description and paragraphs, read once
    text: str = doc.cache["paragraph_text"]
    return not _as_word(v.casefold(), text)


def _as_word(word: str, text: str) -> bool:
    """Whether `word` stands in `text` with no letter or digit joined on either side."""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        i = text.find(word, i + 1)
    return False


def _unquoted(v: str) -> str:
    """'"Hitze"', "„Hitze“", "«Subject: Justice»", "#Hitze": a label in quotes or shown as a
    hashtag."""
    if v.startswith("#"):
        v = v.lstrip("#").strip()
    if len(v) > 2 and v[0] in _QUOTES and v[-1] in _QUOTES:
        return v[1:-1].strip()
    return v


def _label(v: str) -> str:
    """The label inside "Topic: x", "topic/x", "tag/Openbaar vervoer", "(3) x", "x,"."""
    v = (_LABEL_PREFIX.sub("", v) if ":" in v else v).rstrip(",;|·")
    if "/" in v and " " not in v and (m := _PATH.match(v) or _cased_path(v)):
        v = m.group(1)
    elif "/" in v and (m := _TOPIC_FOLDER.match(v)):  # a label of words after a topic folder
        v = m.group(1).strip()
    return _COUNTER.sub("", v) if "(" in v else v


def _cased_path(v: str) -> re.Match[str] | None:
    """`_ANY_PATH`'s match where the value is no label of capitalised words (`_SLASHED_NAME`)."""
    if v[0] != "/" and v[-1] != "/" and _SLASHED_NAME.fullmatch(v):
        return None  # "Rhein/Main", "AC/DC", "Corona/Covid-19"
    return _ANY_PATH.match(v)


def _is_news_word(v: str) -> bool:
    """ "World news live", "Breaking News", "速報", "Notícias de hoje", "今日新闻": the site's
    vocabulary, no topic."""
    words = v.casefold().replace("\u2019", "'").split()  # a curly apostrophe ("today\u2019s")
    if any(w in _FORMAT_WORDS for w in words) and all(
        w in _NEWS_WORDS or w in _NEWS_FILLER or w in _FORMAT_WORDS for w in words
    ):
        return True
    # "today" words and the news nouns NEWS_WORDS leaves out, read only together: alone
    # ("Today", a show; "nytt", "new") they may be a label
    if len(words) == 1:  # a compound written as one word holds its news noun ("今日新闻")
        return words[0] in _TODAY_WORDS and any(n in words[0] for n in _UNSPACED_NEWS)
    dated = any(w in _FORMAT_WORDS for w in words) or _today_in_its_language(words)
    return (
        dated
        and any(w in _NEWS_FORMS for w in words)
        and all(
            w in _NEWS_FORMS or w in _NEWS_FILLER or w in _FORMAT_WORDS or w in _TODAY_WORDS
            for w in words
        )
    )


def _today_in_its_language(words: list[str]) -> bool:
    """A "today" word beside a news word of its own language ("Nyheter i dag"), not a
    name or a place a foreign word spells ("Van Haberleri", "Leo News")."""
    today = {lang for w in words for lang in _TODAY_LANGS.get(w, ())}
    text = f" {' '.join(words)} "
    today.update(lang for p, langs in _TODAY_PHRASES.items() if f" {p} " in text for lang in langs)
    return any(lang in today for w in words for lang in _NEWS_NOUN_LANGS.get(w, ()))
