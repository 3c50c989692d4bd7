"""Authors: the cascade that picks the page's writers among its sources.

Names only, without "By"/"Von"/"Par", roles, duplicates, e-mails, URLs or the publisher.
`authors()` asks the sources in the order of their trust (`_raw_cascade`: a site profile's
selector, JSON-LD, author metas, byline markup, byline-shaped lines, author boxes, an
author page's address) and keeps the first that names a person; an organisation (the
publisher, an agency) only where no source names anyone. The pieces live beside it, each
importing only those listed after it:

- `authorcredits`: closing source lines, signatures, agency tags in the header;
- `authorareas`: where on the page a byline may stand (not in a teaser);
- `authornames`: `clean_names`, one source's texts cut into people's names;
- `authorroles`: job titles and roles around a name;
- `authorplaces`: datelines and places beside writers;
- `authordates`: the date inside a byline, and where the names end;
- `authoragencies`: newsroom and agency credits inside a byline;
- `authormeta`: author metas and JSON-LD authors;
- `authorpublisher`: whether a name is the site or a publishing house;
- `authorjoins`: how one byline joins several writers ("and", commas, CJK lists);
- `authorshapes`: what a name looks like.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from newsarchive.extract import jsonld, langwords, page_fields
from newsarchive.extract.authoragencies import _agency_tag
from newsarchive.extract.authorareas import (
    _CLOSING_WINDOW,
    _PAGE,
    _STORY_LINE,
    BYLINE_WINDOW,
    _after_headline,
    _before_in_article,
    _in_teaser_area,
    _nearest_after_headline,
    _opening,
)
from newsarchive.extract.authorcredits import (
    _CLOSING_LINE,
    _ORG_TYPES,
    _SOURCE_LINE,
    MAX_BYLINE_CHARS,
    _closing_source,
    _header_agency_tag,
    _house_credit,
    _name_and_letters,
    _organisations_alone,
    _signature,
)
from newsarchive.extract.authordates import _DIGIT, _weekday_date, _without_date, _without_date_head
from newsarchive.extract.authormeta import (
    INVERTED_META,
    _given_first,
    _jsonld_authors,
    _labelled_author,
    _person_names,
)
from newsarchive.extract.authornames import (
    _AFFILIATIONS,
    _CREDIT,
    _EDITED_BY,
    _EMAIL_OR_URL,
    _INSTITUTIONS,
    _KO_TEXT_BY,
    _PAREN,
    _TEXT_AND_PICTURES,
    _TRANSLATED,
    _URL,
    _WIRE_REPORTERS,
    _cjk_role_first,
    clean_names,
    writer_after_credit,
)
from newsarchive.extract.authorplaces import ORGANISATION_WORDS, _agencies_only
from newsarchive.extract.authorpublisher import _is_house, _key, _publisher_names, is_publisher
from newsarchive.extract.authorroles import _drop_titles, _employer_and_job, _job_phrase
from newsarchive.extract.authorshapes import _job_or_jobs, _name_shaped
from newsarchive.extract.byline import (
    BYLINE_LEAD,
    CJK_LABEL_IN_LINE,
    LABEL_WORDS,
    OWN_LOWER_BY_LANGUAGES,
    ROLE_FILED_LINE,
    ROLE_FIRST_LINE,
    ROLE_LINE,
    ROLE_POSTED_FIRST,
    is_job_word,
    is_place_name,
    is_role_word,
    own_by_word,
)
from newsarchive.extract.document import FIRST_ATTRIBUTES, Document, has_text, parents
from newsarchive.extract.document import following as _following
from newsarchive.extract.givennames import is_given_name
from newsarchive.extract.headline import headline
from newsarchive.extract.langwords import is_agency
from newsarchive.extract.page_fields import parsely
from newsarchive.extract.placenames import (
    is_known_place,
)
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import as_strings, clean, dedupe, is_dispatch
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
               "dcterms.creator", "citation_author", "byl", "twitter:creator:name",
               "cxenseparse:author", "og:article:author", "article:author_name",
               "dable:author")  # fmt: skip
_BYLINES = parents("//@class[contains(.,'byline') and not(contains(.,'bio'))]")
_BYLINE_BLOCKS = _BYLINES + "[not(ancestor::*[contains(@class,'byline')])]"
# An href holding a writer's page part (`langwords.AUTHOR_PATHS`): "/w/" whole, "/w" for the
# words that also open one ("/author-jane-doe", "/autorin/"), each once.
_OPENERS = [
    w
    for w in langwords.AUTHOR_PATH_OPENERS
    if not w.startswith(tuple(set(langwords.AUTHOR_PATH_OPENERS) - {w}))
]
_WHOLE = [
    w
    for w in langwords.entries(langwords.AUTHOR_PATHS)
    if not w.startswith(langwords.AUTHOR_PATH_OPENERS)
]
_AUTHOR_HREF = " or ".join(
    [f"contains(.,'/{w}')" for w in _OPENERS] + [f"contains(.,'/{w}/')" for w in _WHOLE]
)
# ... as a regex, for the whole page's links: half the time XPath's 33 contains() tests take
AUTHOR_HREF = _compile(
    "/(?:" + "|".join(map(re.escape, _OPENERS)) + "|(?:" + "|".join(map(re.escape, _WHOLE)) + ")/)"
)
BYLINE_XPATH = (
    parents(parents("//@itemprop[.='author']") + "//@itemprop[.='name']"),
    parents("//a/@rel[.='author']"),
    parents(
        _BYLINES + f"//a/@href[{_AUTHOR_HREF} or contains(.,'/people/') or contains(.,'/profile')]"
    ),
    _BYLINE_BLOCKS,
    # React pages name their parts for tests: data-testid="byline", "byline-contributors"
    parents("//@data-testid[contains(.,'byline')]")
    + "[not(ancestor::*[contains(@data-testid,'byline')])]",
    # Drupal 7's "Submitted by <user> on <date>": RDFa names the node's creator
    parents(
        parents("//@rel[contains(.,'sioc:has_creator')]") + "//@property[contains(.,'foaf:name')]"
    ),
)  # attribute-first steps (`//@class[...]/..`): the same elements, libxml2 tests fewer nodes
# Weaker evidence, read only where the above name nobody, and kept only where the text is
# shaped like a name: blocks classed "author", "authorname", "metaInfoAuthorList", "autor" ...
# after the headline (not photo credits: "bildautor", "photo-credit"); itemprop=author without
# a name child; author-page links after the headline.
BYLINE_CLASS_WORDS = ("author", "autor", "auteur", "writer", "journalist")
NOT_BYLINE_CLASS_WORDS = ("bio", "avatar", "image", "photo", "bild", "foto", "credit", "copyright")
CLASS_WINDOW = 500  # elements after the h1 searched for an author-classed block
LOOSE_BYLINE_XPATH = parents("//@itemprop[.='author']") + "[not(.//*[@itemprop='name'])]"
# The queries above compiled once (tree.xpath(str) compiles its query at every call)
_BYLINE_QUERIES = tuple(etree.XPath(xp) for xp in BYLINE_XPATH)
_ITEMPROP = "itemprop=author"  # the first query's test: the page's itemprops hold "author"
# The word each query's attribute test needs in the page's source: a page without it (most
# have no "byline" class) is not walked attribute by attribute to find nothing (~0.4 ms a
# query where the cascade gets that far).
_BYLINE_QUERY_WORDS = (_ITEMPROP, None, "byline", "byline", "byline", "sioc:has_creator")
_LOOSE_BYLINE_QUERY = etree.XPath(LOOSE_BYLINE_XPATH)
_HREFS = etree.XPath("//a/@href")
# "... wurde das Hotel wieder lebendig. Von Jane Doe": a byline closing the description.
_DESCRIPTION_BY = "|".join(
    e.capitalize() for e in langwords.entries(langwords.BYLINE_BY) if e.isalpha()
)
_DESCRIPTION_BYLINE = _compile(rf"(?:^|[.!?…]\s+)((?:{_DESCRIPTION_BY})\s+[^.!?]{{3,60}})$")
# "Ana Souza — Rio de Janeiro", "Jan Novák - Praha": the last part after a spaced dash, behind
# a full name, is where the writer filed from (a dash does not list writers; "and" and commas do).
# "Praha - ...", "Praha (ČTK) - ...": a dateline's dash after the place
# also a colon ("New Delhi: ...") or a comma and the day ("New Delhi, March 12 (PTI) ...")
_DATELINE_DASH = _compile(
    r"^\s*(?:\([^)]{1,20}\)\s*)?(?:[-\u2013\u2014:]\s"
    r"|,\s+(?:[^\W\d_]{3,9}\.?\s+\d{1,2}\b|\d{1,2}\.?\s+[^\W\d_]{2,9}))"
)
_CJK_RUN_ON_OPENING = _compile(
    r"^[（(]?(?:[\u3400-\u9fff]{1,6}社)?(?:記者|记者)[\u3400-\u9fff]{4,8}?\d{1,2}日(?:專電|专电|電|电)"
)
ORGANISATION_COMPOUNDS = (
    "avisen", "posten", "bladet", "blatt", "zeitung", "tidning", "tidningen", "tidende",
    "kurier", "kuriren", "courier", "anzeiger",
)  # fmt: skip
_ORG_SUFFIX = _compile(r"(?:일보|신문|뉴스|방송|日報|日报|新聞|新闻|通信社|电视台|電視台)$")
BYLINE_CLUSTER_DEPTH = 3
# Elements whose texts are separate parts: a name never runs across them (a link holds a
# whole name: "<a>Jane Doe</a> <a>John Roe</a>" are two).
_BLOCK_TEXT = """
div p li dd dt time address section article header footer ul ol dl br h1 h2 h3 h4 h5 h6
figure figcaption button td th tr table a
"""
_BLOCKS = frozenset(_BLOCK_TEXT.split())
_FIGURE = {"figure", "figcaption"}
_EMAIL = _compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINE_PARTS = _compile(r"(?!(?<=\s)\s)\s*[|·•]\s*")


def authors(doc: Document, rules: SiteRules | None) -> list[str]:
    """People from the first source naming any; the publisher itself only if no source does.

    An organisation alone (the publisher, or a JSON-LD author typed Organization) is kept
    only where no later source names a person; beside a person it stays ("Jane Doe, SDA").
    """
    publishers = _publisher_names(doc, rules)
    orgs = _organisation_authors(doc)
    lang = page_fields.language(doc)
    # a town near or far from the paper by the language of its words, where the markup's is
    # a CMS's default ("en" on a German page: "Muster, Kempten" is where she filed from)
    town_lang = page_fields.article_language(doc) or ""
    fallback: list[str] = []
    fallback_source = _RULE
    texts: list[list[str]] = []  # read again only where no one is named ("Por Redação")
    for source, raw, strict in _raw_cascade(doc, rules, lang):
        texts.append(raw)
        if lang in OWN_LOWER_BY_LANGUAGES:
            raw = [own_by_word(t, lang) for t in raw]
        if town_lang != "en" and any(map(_capitals_agency_letters, raw)):
            # "Sharma, ANI" in an English wire story under a German paper's lang="de": the
            # agency, as on an English page (`capitals_agency_abroad`), by the words' language
            town_lang = page_fields.words_language(doc) or town_lang
        # JSON-LD listing each writer as its own entry: an organisation beside a person is
        # credited too ("Jane Doe" and "Example News", "Jane Doe" and "SDA"), as the page says
        listed = source == _JSONLD and len(raw) > 1 and not (rules and rules.publisher_names)
        names = clean_names(
            raw,
            publishers,
            strict,
            keep_publisher=listed,
            lower_ok=source == _JSONLD,
            lang=lang or "",
            surname=lambda word: _surname_on_page(doc, word),
            place=lambda word: _place_on_page(doc, word),
            one_each=source == _JSONLD,
            guess_place=source not in (_JSONLD, _META),
            town_lang=town_lang,
        )
        if source == _JSONLD and names:
            window = _header_window(doc)  # read once for both
            if _printed_editors(window, names):
                # "Toimetaja: Jaan Kask" printed, the JSON-LD author: the page's editor, whom
                # a printed writer beats ("Autor: Mari Maasikas"); kept where no one else is
                if not fallback:
                    fallback, fallback_source = names, source
                continue
            names = _fuller_byline(doc, window, names, publishers) or names
        if names and source != _JSONLD and any(_INTERVIEW_LABEL.match(t) for t in raw):
            names = _without_interviewee(doc, names)
        if source in (_META, _PAGE_TEXT) and names and not strict:
            names = _whole_byline(doc, names, publishers, lang) or names
        if len(names) > 1:
            names = _without_dateline(names, doc)
        if names:
            names = _linked_surnames(doc, names, raw)
        if names and all(
            is_publisher(n, publishers)
            or _key(n) in orgs
            or _organisation_shaped(n)
            or is_agency(n)
            for n in names
        ):
            # "BBC News", "dpa" as author: look for a person first. An agency the page
            # prints beats an author meta or a JSON-LD author naming the site itself (a CMS
            # default: "Example Chronicle" where the byline says "PTI"); a JSON-LD newsroom
            # of another name than the site's stays
            if not fallback or (
                (fallback_source == _META or (fallback_source == _JSONLD and source == _PAGE_TEXT))
                and all(is_publisher(n, publishers) for n in fallback)
                and any(is_agency(n) for n in names)
            ):
                fallback, fallback_source = names, source
        elif names:
            return names
    if fallback_source == _META and all(is_publisher(n, publishers) for n in fallback):
        # the site's name in its author meta (a CMS default) where the story's header
        # credits agencies in a line of no byline markup: "red, APA", "(dpa)" under the
        # headline, as a byline's agency beats it (a JSON-LD author naming the site stays)
        fallback = _header_agency_tag(doc) or fallback
    if (
        fallback
        and all(is_publisher(n, publishers) for n in fallback)
        and (writers := _closing_source(doc, publishers, writers_only=True))
    ):
        # the site's name (a CMS default in the author meta or JSON-LD) beside a closing
        # line crediting the piece's writer: "Das Interview führte Anna Muster."
        return writers
    return (
        fallback
        or _organisations_alone(doc)
        or _closing_source(doc, publishers)
        or _signature(doc, publishers, lang or "")
        or _header_agency_tag(doc)
        or next(([n] for raw in texts for t in raw if (n := _house_credit(t, publishers))), [])
    )


# "Interview: ..." opening a line: the interviewer ("Interview: Anna Muster") or, in a
# kicker, whom it asks ("Interview: Angela Merkel" over "Merkel: ...")
_INTERVIEW_LABEL = _compile(
    r"^\s*(?:interview|entretien|entrevista|intervista|interjú|wywiad|rozhovor|intervju|"
    r"haastattelu|röportaj|интервью|інтерв'ю|συνέντευξη)\s*[:|]",
    re.I,
)


_CAPITALS_RUN = _compile(r"\b[A-Z]{3,6}\b")


def _capitals_agency_letters(text: str) -> bool:
    """Whether `text` holds an agency's letters in capitals that may be a given name too
    ("ANI", "PETRA": `langwords.CAPITALS_AGENCIES`), read by the page's language."""
    return any(
        w.isupper() and w.casefold() in langwords.CAPITALS_AGENCIES
        for w in _CAPITALS_RUN.findall(text)
    )


def _without_interviewee(doc: Document, names: list[str]) -> list[str]:
    """The names an "Interview:" line gives, less the one the headline names: whom the
    interview asks, no writer of it. By her whole name ("Angela Merkel: ..."), her surname
    before a colon ("Merkel: „...“"), or her surname where the story names her in full too
    ("Merkel über die Krise" over "Angela Merkel ist ..."); not a surname alone that is a
    word too ("Interview: Max Bauer" over "Bauer sucht Frau", a story on farming)."""
    h1 = headline(doc)
    if h1 is None:
        return names
    title = clean(h1.text_content())
    kept = []
    for n in names:
        surname = re.escape(n.split()[-1])
        if re.search(rf"\b{re.escape(n)}\b|\b{surname}\s*:", title) or (
            re.search(rf"\b{surname}\b", title)
            and any(re.search(rf"\b{re.escape(n)}\b", t) for t in _story_texts(doc, h1))
        ):
            continue
        kept.append(n)
    return kept


def _story_texts(doc: Document, h1: HtmlElement) -> Iterator[str]:
    """The story's paragraphs after the headline (a byline's line, shorter, left out)."""
    for el in itertools.islice(_following(h1), BYLINE_WINDOW * 2):
        if el.tag == "p" and len(text := el.text_content()) > MAX_BYLINE_CHARS:
            yield text


_SLUG_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-"})
_SLUG_TAIL = _compile(r"(?:[-_.]\d+)*(?:\.\w{2,5})?$")  # "-123", ".html"


def _linked_surnames(doc: Document, names: list[str], raw: list[str]) -> list[str]:
    """A surname that is a job word too ("Anna Maria Autor", "Jan Reporter") stays where a
    link on the page names the whole name in its address ("/autoren/anna-maria-autor"); a
    job word after a full name goes otherwise, in one text or not ("Von Anna Muster
    Redakteur", "Anna Muster Redakteurin Wirtschaft"): no looked-at writer is named by a
    job, while jobs after names are common."""
    text = " ".join(raw)
    found = []
    for name in names:
        m = _word_after(name, text)
        if m and is_job_word(m.group(1)):
            whole = f"{name} {m.group(1)}"
            slugs = _link_slugs(doc)
            if _slug(whole) in slugs:
                name = whole
        found.append(name)
    return found


_NEXT_WORD = _compile(r"\s+([^\W\d_][\w-]*)\b")


def _word_after(name: str, text: str) -> re.Match[str] | None:
    """The first word after `name` where a word follows it in `text`:
    `re.search(re.escape(name) + _NEXT_WORD.pattern, text)` without a pattern per name."""
    at = text.find(name)
    while at >= 0:
        if m := _NEXT_WORD.match(text, at + len(name)):
            return m
        at = text.find(name, at + 1)
    return None


def _url_path(url: str) -> str:
    """The path of an address; "" for one that cannot be split ("http://[host/": an
    unclosed IPv6 bracket in a link or a JSON-LD author's url)."""
    return split_url(url).path


def _surname_on_page(doc: Document, word: str) -> bool:
    """Whether one word credited after a newsroom ("Von Redaktion, Schmidt") is a writer's
    surname, not where the newsroom is ("Redaktion, Berlin"): a link names a person by it
    ("/autor/anna-schmidt", "/autoren/schmidt", "mailto:a.schmidt@..."), and neither the
    address's folders nor the story's dateline name it as a place."""
    key = _slug(word)
    if len(key) < 3 or _city(word, _opening(doc), _url_folders(doc.url)):
        return False
    for href in _HREFS(doc.tree):
        if href.startswith("mailto:"):
            folder, name = "", href[7:].split("@", 1)[0]
        else:
            parts = _url_path(href).rstrip("/").rsplit("/", 2)
            folder, name = (parts[-2] if len(parts) > 1 else ""), _SLUG_TAIL.sub("", parts[-1])
            if not (_PEOPLE_FOLDER.search(folder) or AUTHOR_HREF.search(f"/{folder}/")):
                continue  # "/berlin/": a section, no person ("/penulis/": a writer's)
        name = name.casefold()
        if name == key or name.endswith(("-" + key, "." + key, "_" + key)):
            return True
    return False


# Folders of the pages a site keeps for its writers ("/autoren/", "/author/", "/journalist/").
_PEOPLE_FOLDER = _compile(
    r"aut(?:or|hor|eur)|journalist|redakt|profil|people|person|staff|team|mitarbeiter|writer"
    r"|column|kolumn",
    re.I,
)


def _slug(name: str) -> str:
    return name.casefold().translate(_SLUG_SPELLING)


def _link_slugs(doc: Document) -> frozenset[str]:
    """The last part of every link's path, without a number or extension (cached per page)."""
    cached: frozenset[str] | None = doc.cache.get("link_slugs")
    if cached is None:
        parts = (split_url(href).path.rstrip("/").rsplit("/", 1)[-1] for href in _HREFS(doc.tree))
        cached = frozenset(_SLUG_TAIL.sub("", p).casefold() for p in parts)
        doc.cache["link_slugs"] = cached
    return cached


def _place_on_page(doc: Document, word: str) -> bool:
    """Whether the page names `word` as a place: the address's folders or the story's
    dateline ("BERLIN -"), or the headline or a story paragraph ("in Berlin", "die Berliner
    Polizei"; not "Anna Schmidt", a given name before a surname; a byline's own line is too
    short to count), or its metadata (JSON-LD `contentLocation`, `locationCreated` or
    `dateline`, a `geo.placename` meta)."""
    if _city(word, _opening(doc), _url_folders(doc.url)):
        return True
    if word.casefold() in _stated_places(doc):
        return True
    h1 = headline(doc)
    if h1 is None:
        return False
    named = re.compile(rf"\b{re.escape(word)}(er|s)?\b")
    texts = itertools.chain([h1.text_content()], _story_texts(doc, h1))
    return any(
        m.group(1) or not (after := text[m.end() :].lstrip()[:1]) or not after.isupper()
        for text in texts
        for m in named.finditer(text)
    )


def _stated_places(doc: Document) -> frozenset[str]:
    """The places a page's metadata says the story is from or about: JSON-LD
    `"contentLocation": {"@type": "Place", "name": "Lörrach"}` (or its address's
    `addressLocality`), `locationCreated`, `spatialCoverage`, a `dateline` ("LÖRRACH"), a
    `geo.placename` meta ("Lörrach, Baden-Württemberg")."""
    found: list[str] = [m.split(",")[0] for m in doc.all_meta("geo.placename")]
    for key in ("contentLocation", "locationCreated", "spatialCoverage", "dateline"):
        value = jsonld.resolve(doc.article.get(key), doc.jsonld)
        for item in value if isinstance(value, list) else [value]:
            item = jsonld.resolve(item, doc.jsonld)
            if isinstance(item, str):
                found.append(item)
            elif isinstance(item, dict):
                address = item.get("address")
                found += [v for v in (item.get("name"), address) if isinstance(v, str)]
                if isinstance(address, dict):
                    found += [v for v in (address.get("addressLocality"),) if isinstance(v, str)]
    # "Waldshut, Germany", "WALDSHUT, Baden-Württemberg": the town before its region's name
    return frozenset(f.split(",")[0].strip(" -\u2013\u2014:").casefold() for f in found)


def _without_dateline(names: list[str], doc: Document) -> list[str]:
    """ "Ana Souza, São Paulo" where the story opens "SÃO PAULO - ...": a later name that
    the article's dateline states (in capitals, or before a dash) is where she filed from;
    so is a later city and district ("Hannover Neustadt") whose city the dateline states or
    the address's folders name ("/lokales/hannover/..."): a regional desk's place."""
    opening = _opening(doc)
    folders = _url_folders(doc.url)
    if all(is_agency(n) for n in names[1:]) and _city(names[0], opening, folders):
        return names[1:]  # "Praha, ČTK" over a story opening "Praha -": no surname, a place
    return [
        n
        for i, n in enumerate(names)
        if not (i and (_dateline_of(n, opening) or _city_and_district(n, opening, folders)))
    ]


def _city_and_district(name: str, opening: str, folders: AbstractSet[str]) -> bool:
    words = name.split()
    if len(words) != 2:
        return False
    return _city(words[0], opening, folders)


def _city(city: str, opening: str, folders: AbstractSet[str]) -> bool:
    """One word the address's folders or the story's dateline name as where it is from."""
    if " " in city:
        return False
    if _slug(city) in folders:
        return True
    # the story opens at the city: "HANNOVER -", "Hannover. Der Rat ...", "Hannover (dpa)"
    head, rest = opening[: len(city)], opening[len(city) :]
    if head.casefold() != city.casefold():
        return False
    return (head.isupper() and rest[:1] in ("", " ", ",")) or _CITY_END.match(rest) is not None


_CITY_END = _compile(r"^(?:\.\s|\s*\(|\s*[-\u2013\u2014:]\s)")  # (`match`ed)


def _url_folders(url: str) -> frozenset[str]:
    """The folders of a page's address, not its own name: "/lokales/hannover/x-1.html"."""
    return frozenset(p.casefold() for p in split_url(url).path.split("/")[:-1] if p)


def _dateline_of(name: str, opening: str) -> bool:
    if not opening.casefold().startswith(name.casefold()):
        return False
    head, rest = opening[: len(name)], opening[len(name) :]
    return head.isupper() or _DATELINE_DASH.match(rest) is not None


_RULE, _JSONLD, _META, _PAGE_TEXT = range(4)  # where a cascade step reads its bylines


# "Published by Example Media Group Ltd.": the imprint line legal text prints in the article
_PUBLISHED_BY = _compile(r"(?i:published\s+by\b)([^|]*)")


def _imprint(text: str) -> bool:
    """ "Published by" before a registered company's name is its imprint, no byline (WordPress's
    "Published by Jane Doe" names the writer): the publishing house publishes, no one writes."""
    m = _PUBLISHED_BY.match(text)
    return m is not None and _is_house(m[1].strip(" .:"))


def _raw_cascade(
    doc: Document, rules: SiteRules | None, lang: str | None
) -> Iterator[tuple[int, list[str], bool]]:
    """(source, raw bylines, strict), most trusted first; strict: keep only name-shaped text."""
    if rules and rules.authors:
        yield _RULE, [_text(el) for el in doc.select(rules.authors)], False
    article = doc.article
    given = [jsonld.resolve(article.get(key), doc.jsonld) for key in ("author", "creator")]
    listed = [n for v in given for n in _jsonld_authors(v)]
    people = {n for v in given for n in _person_names(v)}
    yield _JSONLD, [n for n in listed if n in people or not _is_house(n)], False
    metas = [
        _given_first(v) if key in INVERTED_META else v
        for key in AUTHOR_META
        for v in doc.all_meta(key)
    ]
    yield _META, metas + as_strings(parsely(doc).get("authors")) + _labelled_author(doc), False
    source: str | None = doc.cache.get("source")
    for query, word in zip(_BYLINE_QUERIES, _BYLINE_QUERY_WORDS, strict=True):
        found = query(doc.tree)[:20] if _may_match(doc, word, source) else []
        yield _PAGE_TEXT, [_text(el) for el in _first_cluster(doc, found)], False
    yield _PAGE_TEXT, _byline_lines(doc, lang), True
    yield _PAGE_TEXT, [_text(el) for el in _first_cluster(doc, _classed_bylines(doc))], True
    for matched in _loose_bylines(doc):
        # an author link with no text (the writer's photo) names no one: not the first
        found = [el for el in _after_headline(doc, matched) if has_text(el)]
        yield _PAGE_TEXT, dedupe([_link_line(el) for el in _first_cluster(doc, found[:20])]), True
    description = doc.first_meta("og:description", "description", "twitter:description") or ""
    if m := _DESCRIPTION_BYLINE.search(description):
        yield _PAGE_TEXT, [m.group(1)], True
    yield _PAGE_TEXT, _name_date_line(doc, lang or ""), True
    yield _PAGE_TEXT, _name_and_credit_line(doc), True
    yield _PAGE_TEXT, _dispatch_reporters(doc), True
    yield _PAGE_TEXT, _about_author_box(doc), True
    yield _PAGE_TEXT, _author_url_names(doc), True


def _author_url_names(doc: Document) -> list[str]:
    """Writers named only by the address of their page: a JSON-LD author whose name (or,
    with no name, url) is "https://site/author/jane-doe", an `article:author` meta holding
    it. The slug's words, capitalised ("Jane Doe"); read where nothing else names anyone."""
    values: list[Any] = []
    for key in ("author", "creator"):
        found = jsonld.resolve(doc.article.get(key), doc.jsonld)
        for obj in found if isinstance(found, list) else [found]:
            if isinstance(obj, dict):
                values += [obj.get("name"), None if obj.get("name") else obj.get("url")]
            else:
                values.append(obj)
    values += doc.all_meta("article:author") + doc.all_meta("author")
    names = [_slug_name(v) for v in values if isinstance(v, str) and _URL.match(v.strip())]
    return dedupe(n for n in names if n)


_SLUG_WORD = _compile(r"[^\W\d_]{2,}")


def _slug_name(url: str) -> str:
    """ "https://site/author/jane-doe/" -> "Jane Doe"; "" where the address is no writer's
    page or its last part is no name of two to four words of letters."""
    if not AUTHOR_HREF.search(url):
        return ""
    slug = _SLUG_TAIL.sub("", _url_path(url.strip()).rstrip("/").rsplit("/", 1)[-1])
    words = re.split(r"[-_+.]", slug)
    if not 2 <= len(words) <= 4 or not all(_SLUG_WORD.fullmatch(w) for w in words):
        return ""
    if any(w.casefold() in _OPENER_WORDS for w in words):
        return ""  # "/author-page/", "/autor-archiv/"
    return " ".join(w.capitalize() for w in words)


_OPENER_WORDS = frozenset(langwords.entries(langwords.AUTHOR_PATHS)) | frozenset(_OPENERS)


def _may_match(doc: Document, word: str | None, source: str | None) -> bool:
    """Whether a byline query can find anything: its attribute's word is in the source (or
    the itemprops gathered in the whole-page walk name an author)."""
    if word == _ITEMPROP:
        return "author" in doc.marked.props
    return not word or source is None or word in source


_ABOUT_AUTHOR = frozenset(langwords.entries(langwords.ABOUT_AUTHOR_HEADINGS))
_HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "p", "div", "header"}
_BOX_NAME_TAGS = {"strong", "b", "a", "h3", "h4", "h5", "h6", "span", "p", "div"}
_BOX_WINDOW = 12  # elements after the box's heading looked at for the name


def _about_author_box(doc: Document) -> list[str]:
    """The name under an author box's heading after the story ("Über die Autorin: <b>Anna
    Muster</b> ist Redakteurin ...", "About the author"), on pages naming no one else."""
    h1 = headline(doc)
    if h1 is None:
        return []
    for el in itertools.islice(_following(h1), _CLOSING_WINDOW):
        if el.tag not in _HEADING_TAGS or len(el) > 2:
            continue
        if doc.text(el).strip(" :").casefold() not in _ABOUT_AUTHOR:
            continue
        parent = el.getparent()
        whole = doc.text(parent) if parent is not None else ""
        for box in itertools.islice(_following(el), _BOX_WINDOW):
            if box.tag in _BOX_NAME_TAGS:
                text = doc.text(box)
                if 2 <= len(text.split()) <= 4 and _name_shaped(text):
                    return [text] if _bio_of(box, text, whole) else []
                if box.tag == "p" and len(box) == 0 and (name := _bio_opening(text)):
                    return [name]  # "Anna Muster ist Redakteurin ...": her, in plain type
        return []
    return []


# A sentence about a writer opening with her name: a given name and a surname (a lower-case
# particle between), then a comma or a lower-case word ("Anna Muster ist ...", "Jan von
# Probe, Jahrgang 1980, ..."). Three capitalised words are someone the box mentions
# ("Martin Luther King gilt ...") or a prize ("Jane Austen Prize winner ..."), no byline's.
_BIO_OPENING = _compile(
    r"^([^\W\d_a-z][\w'’-]+\s+(?:(?:von|van|de|der|du|da|di|zu|la|le)\s+)?"
    r"[^\W\d_a-z][\w'’-]+)(?:,\s|\s+([^\W\d_A-Z][\w'’-]*))"
)


def _bio_opening(text: str) -> str:
    """The name a box's sentence about its writer opens with, a known given name first
    ("Die Autorin ist ...", "Weitere Artikel ..." open with none), else "". Not before a job
    word: "Washington Post reporter Jane Doe" opens with her paper."""
    m = _BIO_OPENING.match(text)
    if m is None or not is_given_name(m.group(1).split()[0]):
        return ""
    if m.group(2) and (is_role_word(m.group(2)) or _job_or_jobs(m.group(2))):
        return ""
    return m.group(1) if _name_shaped(m.group(1)) else ""


def _bio_of(el: HtmlElement, name: str, box: str) -> bool:
    """The name opens a sentence about her ("<b>Anna Muster</b> ist Redakteurin", "<b>Anna
    Muster</b>, Jahrgang 1980, ..."), or the box
    names her twice (a heading, then the sentence): not a link "Weitere Artikel"."""
    tail = (el.tail or "").strip()
    return tail[:1] == "," or (tail[:1].islower() and tail[:1].isalpha()) or box.count(name) >= 2


def _link_line(link: HtmlElement) -> str:
    """An author link's text, or the byline line holding it where that line opens with a
    "by" word ("By Jane Doe, <a>John Roe</a> and Ann Poe": only one writer is linked)."""
    parent = link.getparent()
    if parent is not None and len(parent) <= 6:
        line = clean(parent.text_content())
        if len(line) <= MAX_BYLINE_CHARS and BYLINE_LEAD.match(line):
            return _text(parent)
    return _text(link)


# "Jane Doe, 2 May 2026 14:30", "Budi Santoso - Rabu, 02 Desember 2026": a name, then after a
# comma or dash the date (a weekday may open it).
_NAME_COMMA_DATE = _compile(
    r"^([^\W\d][^,\d]{2,60}?)\s*(?:,|\s[-\u2013\u2014])\s+((?:\w+,?\s+)?\d.*)$"
)


_LEAD_BLOCK_WORDS = frozenset(langwords.SUBTITLE_OR_LEAD_CLASSES)
_CLASS_PARTS = _compile(r"[\s_-]+")


def _lead_block(el: HtmlElement) -> bool:
    """A block classed as the subtitle or the lead ("dek", "article-dek", "standfirst"):
    above the byline on many pages, not the story's first paragraph."""
    cls = (el.get("class") or "").casefold()
    words = {*cls.split(), *_CLASS_PARTS.split(cls)}
    return not _LEAD_BLOCK_WORDS.isdisjoint(words)


def _name_date_line(doc: Document, lang: str = "") -> list[str]:
    """A line under the headline that opens with a full name and goes on with the date or her
    e-mail, with no "by" word: "Jane Doe | 05.04.2025", "Jane Doe · Published 4 hours ago"."""
    h1 = headline(doc)
    if h1 is None:
        return []
    for el in itertools.islice(_following(h1), BYLINE_WINDOW):
        if el.tag == "p" and len(el.text or "") > MAX_BYLINE_CHARS:
            break  # the story has begun
        if el.tag not in ("p", "div", "span", "li") or len(el) > 6:
            continue
        text = doc.text(el)
        if not 5 < len(text) <= MAX_BYLINE_CHARS or not (_DIGIT.search(text) or "@" in text):
            continue
        if is_dispatch(text):
            if _lead_block(el):
                continue  # a standfirst written as a dispatch: the byline may follow it
            break  # "HÀ NỘI, 3/12 (TTXVN) - ...": the story, its place and day no byline
        first, *rest = (p for p in _LINE_PARTS.split(clean(_text(el))) if p)
        if (w := _weekday_date(first, lang)) is not None:  # "Redaktion Sa., 05.12.2026": the date's
            first, rest = first[:w], [first[w:], *rest]
        dated = (d := _NAME_COMMA_DATE.match(first)) is not None
        if d:
            first, rest = d.group(1), [d.group(2), *rest]  # "Jane Doe, 2 May 2026, 14:30"
        if (cut := _without_date(first, lang)) != first:
            first, rest = cut, [first[len(cut) :], *rest]  # "Jane Doe 05.04.2025": one text
        mailed = "@" in first and (m := _EMAIL.search(first)) is not None
        if mailed and m:
            first, rest = first[: m.start()].strip(" ,|·-"), [m.group(0), *rest]
        name = " ".join(_drop_titles(_without_role(first).split()))
        words = name.split()
        if not rest or first.endswith(":") or not 2 <= len(words) <= 4:
            continue  # "Aktuelle Zeit: 10:57" is a label
        if not (mailed or dated) and text[len(first) :].lstrip().startswith(","):
            continue  # "Politics, National, News | ...": a list of sections
        if _name_shaped(name) and (_DIGIT.search(" ".join(rest)) or _EMAIL.match(rest[0])):
            return [name]  # the date, or her e-mail ("Jón Jónsson jon@example.is")
    return []


# "Jan Novák, ČTK", "Иван Петров, корреспондент", "Anna Muster (sda)", "Priya Nair | New Delhi":
# a name, a mark, and what follows it.
_NAME_AND_REST = _compile(
    r"^([^\W\d][^,|/()\u2013\u2014\d:]{2,60}?)\s*(?:[,|/(]|\s[-\u2013\u2014])\s*([^\d]+?)\)?$"
)
_NOT_BYLINE_AREAS = (
    "caption", "credit", "copyright", "bild", "foto", "photo", "image", "img", "media", "source",
    "quelle",
)  # fmt: skip
_PICTURES = {"img", "picture", "figure", "video"}


def _name_and_credit_line(doc: Document) -> list[str]:
    """A line under the headline with no "by" word and no markup: a full name and, after a
    mark, an agency, her job or where she filed from (a place of several words): "Jan Novák,
    ČTK", "Иван Петров, корреспондент", "Anna Muster (sda)". A name alone is not read (a
    kicker, a section, a caption's subject look the same); nor a picture's credit."""
    h1 = headline(doc)
    if h1 is None:
        return []
    story = False  # a paragraph of story text passed: an agency alone is no longer read
    for el in itertools.islice(_following(h1), BYLINE_WINDOW):
        if el.tag == "p" and len(el.text or "") > MAX_BYLINE_CHARS:
            break  # the story has begun
        if el.tag not in ("p", "div", "span", "address") or not _few_children(el):
            continue  # not a list item: a share bar's, a card's
        text = doc.text(el)
        story = story or (el.tag == "p" and len(text) >= _STORY_LINE)
        credit = not story and not _in_picture(el)
        source = _SOURCE_LINE.match(text) if len(text) <= _CLOSING_LINE else None
        if credit and source and _agencies_only(source.group(1)):
            return [source.group(1)]  # "Quelle: dpa/AFP" under the headline, no picture's
        if credit and text.startswith("(") and (tagged := _agency_tag(text)):
            return tagged  # "(jpr/sda)", "(dpa)": the agency tag in brackets
        if not 5 < len(text) <= 80 or (m := _NAME_AND_REST.match(text)) is None:
            continue
        if credit and (named := _name_and_letters(doc, text, el)):
            return [named]  # "Trần Văn Hùng (TTXVN)": hers, the letters an agency's or hers
        name, rest = m.group(1).strip(), m.group(2).strip()
        source = _SOURCE_LINE.match(rest)
        credited, _, after = source.group(1).partition("|") if source else ("", "", "")
        if credit and source and _agencies_only(credited):
            # "Rahul Sharma | Source: PTI": the writer; "Bad Homburg | Quelle: dpa": the agency;
            # "Jane Doe | Source: AP | John Roe": a second writer after the source
            if _person_before_agency(doc, name) or (after.strip() and _name_shaped(after)):
                return [text]
            return [credited.strip()]
        if (
            credit
            and _agencies_only(rest)
            and not _person_before_agency(doc, name)
            and not is_publisher(name, _publisher_names(doc, None))  # "t-online (AFP)"
        ):
            # "Frankfurt am Main, dpa", "Energiepolitik, dpa": the agency alone ("AFP/sda": both)
            return [text] if _agencies_only(name) else [rest]
        if (
            2 <= len(name.split()) <= 4
            and _name_shaped(name)
            and _credit_after(rest)
            and not _in_picture(el)
        ):
            return [text]
    return []


def _dispatch_reporters(doc: Document) -> list[str]:
    """The reporters a wire's dispatch names where the story opens, with no byline printed
    apart: Xinhua's "新华社北京12月2日电" and the reporter in brackets, CNA's run-on
    "中央社記者吳佳穎台北2日電"."""
    opening = _opening(doc)
    if (m := _WIRE_REPORTERS.search(opening)) or (m := _CJK_RUN_ON_OPENING.search(opening)):
        return [m.group(0)]
    if (m := _JA_DISPATCH_AGENCY.match(opening)) and (
        _KATAKANA.fullmatch(m.group(1)) or is_known_place(m.group(1))
    ):
        return [m.group(2)]  # "【ワシントン共同】": Kyodo's, from Washington
    return []


# A Japanese story opening with its dateline and an agency in brackets, no "=" (a reporter's
# name follows one): the agency's dispatch, as its closing tag credits it. The place must be a
# town (a foreign one in katakana, or one known): "共同" is also the word "joint", and a
# kicker says who did something together ("【日米共同】", "【産学共同】")
_JA_AGENCIES = "|".join(
    sorted(
        (a for a in langwords.entries({"ja": langwords.NEWS_AGENCIES["ja"]}) if not a.isascii()),
        key=len,
        reverse=True,
    )
)
_JA_DISPATCH_AGENCY = _compile(
    rf"^\s*[【（(]([\u30a0-\u30ff\u3400-\u9fff]{{1,8}}?)({_JA_AGENCIES})[】）)]"
)
_KATAKANA = _compile(r"[\u30a0-\u30ff]+")


def _credit_after(rest: str) -> bool:
    """ "ČTK", "dpa/AFP", "корреспондент", "Korrespondentin in Washington", "New Delhi"."""
    words = rest.split()
    if not words:
        return False
    if _agencies_only(rest):
        return True
    if _EMAIL_OR_URL.fullmatch(rest):
        return True  # "Jonas Jonaitis, LRT.lt": the site she writes for
    return (
        is_place_name(rest)
        or _employer_and_job(rest)
        or (_job_phrase(words) and is_job_word(words[0]))  # not "Leiter des Bauamts"
        or (all(map(is_role_word, words)) and any(map(is_job_word, words)))
    )


def _person_before_agency(doc: Document, name: str) -> bool:
    """ "Anna Muster, dpa": a full name before the agency, not a place or the page's section
    ("Frankfurt am Main, dpa", "Innere Sicherheit, dpa" where the page files the story under
    "Innere Sicherheit")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not _name_shaped(name) or is_place_name(name):
        return False
    return name.casefold() not in _section_names(doc)


_SECTION_LINKS = "//nav//a | //*[contains(@class, 'breadcrumb')]//a"


def _section_names(doc: Document) -> set[str]:
    """The page's sections as it names them: its section metas, its menu's and breadcrumb's
    links, the kicker its title opens with ("Innere Sicherheit: ...")."""
    names = {clean(a.text_content()).casefold() for a in doc.tree.xpath(_SECTION_LINKS)}
    if section := page_fields.section(doc, None):
        names.add(section.casefold())
    for title in (doc.first_meta("og:title"), doc.first_meta("twitter:title")):
        if title and ": " in title:
            names.add(title.split(": ", 1)[0].strip().casefold())
    return names


def _in_picture(el: HtmlElement) -> bool:
    """Inside a figure or a caption/credit-classed block, or right after a picture: a
    picture's credit, no byline."""
    before = el.getprevious()
    if before is not None and (before.tag in _PICTURES or before.find(".//img") is not None):
        return True
    for node in itertools.chain((el,), el.iterancestors()):
        if node.tag in _FIGURE:
            return True
        cls = (node.get("class") or "").lower()
        if any(w in cls for w in _NOT_BYLINE_AREAS):
            return True
    return False


def _without_role(first: str) -> str:
    """ "Jane Doe (jd)", "Ana García, corresponsal", "Jane Doe. Translated by ...": the name
    before its initials, role or translator."""
    first = _TRANSLATED.sub("", first).rstrip(" ,.;") or first
    name = _PAREN.sub(" ", first).strip() if "(" in first or "[" in first else first
    head, comma, tail = name.partition(",")
    words = tail.split()
    if comma and words and (all(is_role_word(w) for w in words) or _job_phrase(words)):
        return head.strip()
    return name


def _text(el: HtmlElement) -> str:
    """An element's text with " | " between the texts of blocks and links ("<p>By Jane
    Doe</p><time>"), and where two elements' texts touch with no space (CSS sets
    "<span>Jane Doe</span><span>Redakteurin</span>" apart). A comment inside a name
    ("Jane<!---->Doe") is no boundary."""
    out: list[str] = []
    edge = block = False  # an element (a block) starts or ends between the last text and the next

    def add(piece: str | None) -> None:
        nonlocal edge, block
        if not piece:
            return
        if piece.isspace():
            out.append(piece)
            return
        if out and (block or (edge and not out[-1][-1].isspace() and not piece[0].isspace())):
            out.append(" | ")
        out.append(piece)
        edge = block = False

    for event, node in etree.iterwalk(el, events=("start", "end", "comment", "pi")):
        if event in ("start", "end"):
            edge = True
            block = block or node.tag in _BLOCKS
        if event == "start":
            add(node.text)
        elif node is not el:
            add(node.tail)
    return "".join(out)


def _marked_author(el: HtmlElement) -> bool:
    """A rel=author link, or an itemprop=name inside an itemprop=author (BYLINE_XPATH's first
    two, tested on the few elements near the headline rather than over the whole page)."""
    if el.tag == "a" and el.get("rel") == "author":
        return True
    return el.get("itemprop") == "name" and any(
        a.get("itemprop") == "author" for a in el.iterancestors()
    )


# an editor's label: "Toimetaja:", "Redakteur:", "Edited by" (`_CREDIT`'s, pictures' left out)
_EDITOR_LABEL = _compile(
    r"\b(?:(?:{})\s*+[:：]|(?:{})(?:\s*+:)?)".format(
        "|".join(
            re.escape(w)
            for w in dict.fromkeys(
                langwords.entries(langwords.CHIEF_EDITOR_CREDITS)
                + langwords.entries(langwords.EDITOR_CREDITS)
            )
        ),
        _EDITED_BY,
    ),
    re.I,
)
_EDITED_ONLY = _compile(rf"\b(?:{_EDITED_BY})", re.I)  # the labels needing no colon
_EDITED_WORDS = tuple(dict.fromkeys(w.split()[0] for w in langwords.entries(langwords.EDITED_BY)))


def _header_window(doc: Document) -> list[HtmlElement]:
    """The BYLINE_WINDOW elements around the headline where a byline sits: its <article>'s
    before it, then those after it."""
    h1 = headline(doc)
    if h1 is None:
        return []
    window = itertools.chain(_before_in_article(doc), _following(h1))
    return list(itertools.islice(window, BYLINE_WINDOW))


def _printed_editors(window: list[HtmlElement], names: list[str]) -> bool:
    """Whether the header (`_header_window`) prints each of `names` after an editor's label
    ("Toimetaja: Jaan Kask", "Edited by Jaan Kask"): the JSON-LD author is the page's
    editor, no writer. A picture's caption is left out ("Photo: ..., edited by Jane Doe")."""
    # the label is an element's own first text ("<p>Toimetaja: Jaan Kask", "<span>Toimetaja:
    # </span><a>Jaan Kask</a>"): only there is its line read, with its parent's (a story
    # block's whole text, read for every element, was a page's cost). A label of the first
    # kind needs its colon: a text with none is searched for "edited by" alone, where its
    # first word is in it (the whole alternation, tried at each of the header's characters,
    # cost a JSON-LD page ~0.8 ms)
    edited: set[str] = set()
    for el in window:
        if not (text := el.text):
            continue
        if ":" in text or "：" in text:
            if _EDITOR_LABEL.search(text) is None:
                continue
        else:
            low = text.casefold()
            if not any(w in low for w in _EDITED_WORDS) or _EDITED_ONLY.search(low) is None:
                continue
        if el.tag in _FIGURE or any(a.tag in _FIGURE for a in el.iterancestors()):
            continue
        for host in (el, el.getparent()):
            if host is not None and len(t := host.text_content()) <= MAX_BYLINE_CHARS:
                edited.update(
                    " ".join(t[m.end() :].split()).casefold() for m in _EDITOR_LABEL.finditer(t)
                )
    # her whole name opens the line ("Jan Roe" is not the editor "Jan Roeder")
    return bool(edited) and all(
        any(e.startswith(n) and not e[len(n) : len(n) + 1].isalnum() for e in edited)
        for n in (n.casefold() for n in names)
    )


def _fuller_byline(
    doc: Document, window: list[HtmlElement], names: list[str], publishers: AbstractSet[str]
) -> list[str]:
    """The byline's names where it shows every JSON-LD writer and more: many CMSs put only
    the first of several writers in JSON-LD ("A" there, "A" and "B" under the headline).
    Read near the headline only (the byline sits there; a page-wide XPath costs 0.4 ms)."""
    found = [el for el in window if _marked_author(el)]
    cluster = _first_cluster(doc, found, BYLINE_CLUSTER_DEPTH + 1)
    if len(cluster) <= len(names):
        return []
    shown = clean_names([_text(el) for el in cluster], publishers, strict=True)
    if len(shown) > len(names) and {_key(n) for n in names} <= {_key(n) for n in shown}:
        return shown
    return []


def _whole_byline(
    doc: Document, names: list[str], publishers: AbstractSet[str], lang: str | None
) -> list[str]:
    """The printed byline's names where they hold every name found and more: a meta or a
    linked name may give only the first of several writers ("By <a>Jane Doe</a>, John Roe
    and Ann Poe", only the first linked; an author meta naming one of three)."""
    known = {_key(n) for n in names}
    for found in (_byline_blocks_near, lambda d: _byline_lines(d, lang), _linked_line):
        shown = clean_names(found(doc), publishers, strict=True)
        more = [n for n in shown if _key(n) not in known]
        if more and known <= {_key(n) for n in shown} and not any(map(_job_line, more)):
            return shown
        if (
            more
            and len(names) == 1
            and all(is_agency(n) for n in more)
            and names[0] in " ".join(found(doc))
        ):
            # "<a>Aditya</a> (Antara)": one writer known by one name (no full name, so
            # the strict read above leaves her out) and the agency her byline adds
            return [*names, *more]
    return []


# attribute-first, the first only: a fifth cheaper than "//a[@rel='author']"
_REL_AUTHOR = etree.XPath("(//a/@rel[.='author'])[1]/parent::*")
LINE_LEVELS = 3  # a link's wrappers holding its text alone, climbed to the line
JOINING_WORD = 4  # letters at most of a word joining two names ("and", "und", "og", "dan")


def _linked_line(doc: Document) -> list[str]:
    """The line around the first rel=author link where it holds nothing but names, each
    given whole, joined by marks or short words ("<a rel=author>Jane Doe</a>, John Roe and
    Ann Poe": the writers with no page of their own unlinked); [] for any other line (a
    role, a place, a date beside the name)."""
    links = _REL_AUTHOR(doc.tree)  # read only where the line's other sources fail
    if not links:
        return []
    el, line = links[0], ""
    for _ in range(LINE_LEVELS):  # up from the link's wrappers to the line
        parent = el.getparent()
        if parent is None or len(parent) > 6:
            return []
        line = clean(parent.text_content())
        if len(line) > MAX_BYLINE_CHARS:
            return []
        if line != clean(el.text_content()):
            break
        el = parent
    shown = clean_names([line], frozenset(), strict=True)
    rest = BYLINE_LEAD.sub("", line)
    for name in shown:
        if name not in rest:
            return []  # a name cleaned out of a longer phrase ("Jane Doe (jd)")
        rest = rest.replace(name, " ", 1)
    joins = re.findall(r"\w+", rest)
    if len(shown) < 2 or len(joins) >= len(shown) or any(len(w) > JOINING_WORD for w in joins):
        return []
    return [line]


def _byline_blocks_near(doc: Document) -> list[str]:
    """The texts of the first byline-classed blocks near the headline (above it in its
    <article>, or after it): a scan of CLASS_WINDOW elements, as a page-wide XPath costs
    0.6 ms a page."""
    h1 = headline(doc)
    if h1 is None:
        return []
    found: list[HtmlElement] = []
    window = itertools.chain(_before_in_article(doc), _following(h1))
    for el in itertools.islice(window, CLASS_WINDOW):
        cls = (el.get("class") or "").lower()
        if "byline" in cls and "bio" not in cls and _outermost(el, found):
            found.append(el)
    return [_text(el) for el in _first_cluster(doc, found)]


def _outermost(el: HtmlElement, found: list[HtmlElement]) -> bool:
    """Not inside a block already found (the outermost byline block only)."""
    return not found or not any(a in found for a in el.iterancestors())


def _job_line(name: str) -> bool:
    """ "Travel News Reporter", "Lifestyle Writer": a job under the name, no second writer."""
    return is_job_word(name.split()[-1])


def _organisation_shaped(name: str) -> bool:
    """ "Example News", "Beispiel Zeitung", "예시일보", "東都新聞": a newspaper's name, not a
    person's, even where the page does not say it is the publisher's. Such a name is kept
    only where no source names a person (as the publisher is)."""
    if _ORG_SUFFIX.search(name):
        return True
    words = [w.casefold() for w in name.split()]
    if len(words) == 1 and words[0].endswith(ORGANISATION_COMPOUNDS):
        return True  # "Nordlandsavisen", "Abendblatt": one word, a paper's name
    return not ORGANISATION_WORDS.isdisjoint(words) or _body_or_company(name)


@functools.cache
def _body_nouns() -> frozenset[str]:
    """A public body's or another organisation's noun: one word, or several ("city council")
    (`_INSTITUTIONS` is defined further down, with the "by" word's rules)."""
    return frozenset(
        [*_INSTITUTIONS, *_AFFILIATIONS, *langwords.entries(langwords.ORGANISATION_KIND_WORDS)]
    )


_BODY_PHRASE_WORDS = 3  # words at most of a body's noun ("mayor s office")
_COMPOUND_BODIES = ("verein", "verwaltung", "ministerium", "behörde")  # "Musterverein"


def _body_or_company(name: str) -> bool:
    """ "Example City Council", "Ministry of Example Affairs", "Stadt Musterhausen",
    "Musterverein e.V.", "Example Widgets Ltd": an organisation's name, no person's (a byline
    so credited is kept only where no source names a person). A person whose surname is a
    body's noun stays one ("Anna Kreis", "Rui Câmara": a given name first, the noun last)."""
    if _is_house(name):
        return True  # "Example Widgets Ltd", "Musterverein e.V.": a registered company
    words = _key(name).split()
    if len(words) < 2:
        return False
    found = [
        i
        for n in range(1, _BODY_PHRASE_WORDS + 1)
        for i in range(len(words) - n + 1)
        if " ".join(words[i : i + n]) in _body_nouns()
        or (n == 1 and words[i].endswith(_COMPOUND_BODIES))
    ]
    if not found:
        return False
    return len(found) > 1 or found != [len(words) - 1] or not is_given_name(words[0])


def _first_cluster(
    doc: Document, elements: list[HtmlElement], depth: int = BYLINE_CLUSTER_DEPTH
) -> list[HtmlElement]:
    """The first byline and those beside it: later matches are bylines of teaser cards."""
    elements = [el for el in elements if not _in_teaser_area(doc, el)]
    if not elements:
        return []
    first = _nearest_after_headline(doc, elements)
    near = _near(first, depth)
    return [el for el in elements if el is first or near.intersection(_near(el, depth))]


def _near(el: HtmlElement, depth: int = BYLINE_CLUSTER_DEPTH) -> set[HtmlElement]:
    return {a for a in itertools.islice(el.iterancestors(), depth) if a.tag not in _PAGE}


def _classed_bylines(doc: Document) -> list[HtmlElement]:
    """The outermost author-classed blocks after the headline (or above it in its <article>),
    in page order (a Python scan: an XPath over every element's lower-cased class costs ten
    times the whole cascade)."""
    h1 = headline(doc)
    if h1 is None:
        return []
    found: list[HtmlElement] = []
    scan = itertools.chain(_before_in_article(doc), _following(h1))
    for el in itertools.islice(scan, CLASS_WINDOW):
        # also an ARIA label ("Autor Name"), on pages whose classes are only styles
        cls = el.get("class")
        if (label := el.get("aria-label")) is not None:
            cls = f"{cls} {label}"
        if not cls:
            continue
        cls = cls.lower()
        if not any(w in cls for w in BYLINE_CLASS_WORDS):
            continue
        if any(w in cls for w in NOT_BYLINE_CLASS_WORDS):
            continue
        ancestors = set(el.iterancestors())
        if ancestors.intersection(found) or any(a.tag in _FIGURE for a in ancestors):
            continue
        found.append(el)
        if len(found) >= 20:
            break
    return found


def _byline_lines(doc: Document, lang: str | None) -> list[str]:
    """A short line under the headline that reads as a byline ("Von Jane Doe", "홍길동 기자").

    Pages without byline markup still print one; only the blocks following the headline
    are read, so a teaser's byline further down is never taken. Read once a page (the
    cascade and `_whole_byline` both ask on 6 of 141 newsbench pages).
    """
    key = f"byline_lines:{lang}"
    if key not in doc.cache:
        doc.cache[key] = _read_byline_lines(doc, lang)
    found: list[str] = doc.cache[key]
    return list(found)


_REPORT_OF_ENTRIES = langwords.entries(langwords.REPORT_OF_NEWSROOM)
_REPORT_OF_FIRST = frozenset(e.split()[0] for e in _REPORT_OF_ENTRIES)
_REPORT_OF = _compile(
    rf"^\s*(?i:{'|'.join(re.escape(e) for e in _REPORT_OF_ENTRIES)})\s+[^,|]{{2,60}}?\s*,\s*"
    r"(?=[^\W\d_])"
)


def _report_of_newsroom(text: str) -> str | None:
    """ "Laporan wartawan Example.com, Budi Santoso": the writer after the newsroom's comma."""
    if text.split(" ", 1)[0].casefold() not in _REPORT_OF_FIRST:
        return None
    m = _REPORT_OF.match(text)
    return text[m.end() :] if m else None


def _read_byline_lines(doc: Document, lang: str | None) -> list[str]:
    h1 = headline(doc)
    if h1 is None:
        return []
    for el in itertools.islice(_following(h1), BYLINE_WINDOW):
        if el.tag in ("p", "div", "span", "li", "address", "a") and _few_children(el):
            text = own_by_word(doc.text(el), lang)
            if (
                el.tag == "p"
                and (m := _JA_DATELINE_OPENING.match(text))  # the dateline opening the story
                and not _quoted(el)
            ):
                return [m.group(0)]
            if not 3 < len(text) <= MAX_BYLINE_CHARS:
                continue
            if ("/" in text or "／" in text) and (cjk := _cjk_role_first(text)) != text:
                return [cjk]  # "张伟/文": the writer, her role after the slash
            if (
                BYLINE_LEAD.match(text)
                or _TEXT_AND_PICTURES.match(text)
                or (_CREDIT.match(text) and writer_after_credit(text))
                or BYLINE_LEAD.match(_without_date_head(text))  # "12.03.2025 | Von ..."
            ):
                if _in_teaser_area(doc, el) or _imprint(text):
                    continue  # "Von ..." under a teaser card's headline; a company's imprint
                return [own_by_word(clean(_text(el)), lang) if len(el) else text]
            if _label_and_name(text) or _KO_TEXT_BY.match(text):
                return [text]  # "Автор Иван Петров": the label with no colon; "글·사진 김민수"
            if _JA_DATELINE_NAME.match(text) and not _quoted(el):
                return [text]  # a bracketed dateline, then the reporter (_JA_DATELINE_NAME)
            if (writer := _report_of_newsroom(text)) is not None:
                return [writer]
            if ROLE_FILED_LINE.match(text):
                return [text]  # clean_names drops the place after the slash
            if ROLE_POSTED_FIRST.match(text):
                return [text]  # "北京特派員 山田太郎": the role and its post go in clean_names
            if m := ROLE_FIRST_LINE.match(text) or ROLE_LINE.match(text):
                return [m.group(1)]
            if m := CJK_LABEL_IN_LINE.search(text):
                return [m.group(1)]
    return []


_INLINE = frozenset({"span", "a", "b", "strong", "em", "i", "time"})


def _quoted(el: HtmlElement) -> bool:
    """Inside a quotation or a caption: another paper's line the story quotes."""
    return any(a.tag in ("blockquote", "q", "figcaption") for a in el.iterancestors())


def _few_children(el: HtmlElement) -> bool:
    """A line, not a block of lines: up to six children, or up to 16 inline ones (a CMS
    wraps "Von", each name and each comma in its own span)."""
    n = len(el)
    return n <= 6 or (n <= 16 and all(child.tag in _INLINE for child in el))


def _label_and_name(text: str) -> bool:
    """A byline label, no colon, and a full name: "Автор Иван Петров", "Autor Jan Novák",
    Korean "글 김민수" (a Korean name is one word of two to four syllables)."""
    label, _, name = text.partition(" ")
    if label.casefold() in _COLON_ONLY_LABELS:
        return False  # "Interview Angela Merkel": a kicker and whom it asks
    if label.casefold() not in LABEL_WORDS:
        pair, _, name = name.partition(" ")
        if f"{label} {pair}".casefold() not in _LABEL_PAIRS:
            return False  # "Phóng viên Nguyễn Văn An": a label of two words
    return (2 <= len(name.split()) <= 4 and _name_shaped(name)) or bool(_KO_NAME.fullmatch(name))


# Labels that credit a writer only before a colon ("Interview: Anna Muster")
_COLON_ONLY_LABELS = frozenset({"interview", "gespräch", "reportage", "words", "haber"})
_LABEL_PAIRS = frozenset(
    e for e in langwords.entries(langwords.BYLINE_LABELS) if len(e.split()) == 2
)
_KO_NAME = _compile(r"[\uac00-\ud7a3]{2,4}")
# A Japanese dateline and reporter in full-width or lenticular brackets ("【...】"), a line of
# its own: Washington in
# katakana, a full-width equals sign, the reporter's name; not a photo's, a chart's or a
# table's source in the same brackets (photo, source: "写真", "資料" before the sign)
_JA_SOURCE_LABELS = (
    "写真|資料|出典|提供|撮影|画像|動画|映像|図|表|グラフ|イラスト|地図|作成|協力|注"
)
_JA_DATELINE_NAME = _compile(
    rf"^\s*[（(【](?!(?:{_JA_SOURCE_LABELS})[＝=])"
    r"[\u30a0-\u30ff\u3400-\u9fff]{1,8}[＝=][\u3040-\u30ff\u3400-\u9fff]{2,6}"
    r"(?:[、，][\u3040-\u30ff\u3400-\u9fff]{2,6})*[）)】]\s*$"
)

# ... the same opening the story's first paragraph, its text run on after the bracket
_JA_DATELINE_OPENING = _compile(_JA_DATELINE_NAME.pattern.replace(r"[）)】]\s*$", "[）)】]"))


def _loose_bylines(doc: Document) -> Iterator[list[HtmlElement]]:
    """itemprop=author without a name child, then the links to a writer's page (the first
    FIRST_ATTRIBUTES, as the attribute-first queries read), each read only when asked for."""
    yield _LOOSE_BYLINE_QUERY(doc.tree) if "author" in doc.marked.props else []
    hrefs = (h for h in _HREFS(doc.tree) if AUTHOR_HREF.search(h))
    yield [h.getparent() for h in itertools.islice(hrefs, FIRST_ATTRIBUTES)]


def _organisation_authors(doc: Document) -> set[str]:
    found = jsonld.resolve(doc.article.get("author"), doc.jsonld)
    objects = found if isinstance(found, list) else [found]
    return {
        _key(name)
        for obj in objects
        if isinstance(obj, dict) and _ORG_TYPES.intersection(jsonld.types_of(obj))
        for name in as_strings(obj.get("name"))
    }
