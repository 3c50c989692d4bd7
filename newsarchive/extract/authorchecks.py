"""A source's names held against the rest of the page: a surname linked as the writer's
page, an interviewee, a dateline's city taken for a second writer, a printed editor beside
a JSON-LD author, a fuller byline printed for a shorter name, organisation-shaped names.

These decide between names a source gave, after cleaning; they never add a new source.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from lxml import etree
from lxml.html import HtmlElement

from newsarchive.extract import jsonld, langwords, page_fields
from newsarchive.extract.authorareas import BYLINE_WINDOW, before_in_article, story_opening
from newsarchive.extract.authorboxes import SLUG_TAIL, url_path
from newsarchive.extract.authorcredits import MAX_BYLINE_CHARS, ORG_TYPES
from newsarchive.extract.authorlines import (
    AUTHOR_HREF,
    BYLINE_CLUSTER_DEPTH,
    FIGURE,
    HREFS,
    block_text,
    byline_lines,
    class_window,
    first_cluster,
)
from newsarchive.extract.authornames import (
    AFFILIATIONS,
    INSTITUTIONS,
    clean_names,
)
from newsarchive.extract.authorperson import (
    EDITED_BY,
)
from newsarchive.extract.authorplaces import ORGANISATION_WORDS
from newsarchive.extract.authorpublisher import is_house, name_key
from newsarchive.extract.byline import (
    BYLINE_LEAD,
    is_job_word,
)
from newsarchive.extract.document import Document
from newsarchive.extract.document import following as _following
from newsarchive.extract.givennames import is_given_name, plain
from newsarchive.extract.headline import headline
from newsarchive.extract.langwords import is_agency
from newsarchive.extract.placenames import big_city, is_known_place, same_city
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import as_strings, clean, openings
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# "Praha - ...", "Praha (ČTK) - ...": a dateline's dash after the place
# also a colon ("New Delhi: ...") or a comma and the day ("New Delhi, March 12 (PTI) ...")
_DATELINE_DASH = _compile(
    r"^\s*(?:\([^)]{1,20}\)\s*)?(?:[-\u2013\u2014:]\s"
    r"|,\s+(?:[^\W\d_]{3,9}\.?\s+\d{1,2}\b|\d{1,2}\.?\s+[^\W\d_]{2,9}))"
)
ORGANISATION_COMPOUNDS = (
    "avisen", "posten", "bladet", "blatt", "zeitung", "tidning", "tidningen", "tidende",
    "kurier", "kuriren", "courier", "anzeiger",
)  # fmt: skip
_ORG_SUFFIX = _compile(r"(?:일보|신문|뉴스|방송|日報|日报|新聞|新闻|通信社|电视台|電視台)$")


# "Interview: ..." opening a line: the interviewer ("Interview: Anna Muster") or, in a
# kicker, whom it asks ("Interview: Angela Merkel" over "Merkel: ...")
INTERVIEW_LABEL = _compile(
    r"^\s*(?:interview|entretien|entrevista|intervista|interjú|wywiad|rozhovor|intervju|"
    r"haastattelu|röportaj|интервью|інтерв'ю|συνέντευξη)\s*[:|]",
    re.I,
)


_CAPITALS_RUN = _compile(r"\b[A-Z]{3,6}\b")


def capitals_agency_letters(text: str) -> bool:
    """Whether `text` holds an agency's letters in capitals that may be a given name too
    ("ANI", "PETRA": `langwords.CAPITALS_AGENCIES`), read by the page's language."""
    return any(
        w.isupper() and w.casefold() in langwords.CAPITALS_AGENCIES
        for w in _CAPITALS_RUN.findall(text)
    )


def without_interviewee(doc: Document, names: list[str]) -> list[str]:
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


def linked_surnames(doc: Document, names: list[str], raw: list[str]) -> list[str]:
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


def surname_on_page(doc: Document, word: str) -> bool:
    """Whether one word credited after a newsroom ("Von Redaktion, Schmidt") is a writer's
    surname, not where the newsroom is ("Redaktion, Berlin"): a link names a person by it
    ("/autor/anna-schmidt", "/autoren/schmidt", "mailto:a.schmidt@..."), and neither the
    address's folders nor the story's dateline name it as a place."""
    key = _slug(word)
    if len(key) < 3 or _city(word, story_opening(doc), _url_folders(doc.url)):
        return False
    for href in HREFS(doc.tree):
        if href.startswith("mailto:"):
            folder, name = "", href[7:].split("@", 1)[0]
        else:
            parts = url_path(href).rstrip("/").rsplit("/", 2)
            folder, name = (parts[-2] if len(parts) > 1 else ""), SLUG_TAIL.sub("", parts[-1])
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
        parts = (split_url(href).path.rstrip("/").rsplit("/", 1)[-1] for href in HREFS(doc.tree))
        cached = frozenset(SLUG_TAIL.sub("", p).casefold() for p in parts)
        doc.cache["link_slugs"] = cached
    return cached


def place_on_page(doc: Document, word: str) -> bool:
    """Whether the page names `word` as a place: the address's folders or the story's
    dateline ("BERLIN -"), or the headline or a story paragraph ("in Berlin", "die Berliner
    Polizei"; not "Anna Schmidt", a given name before a surname; a byline's own line is too
    short to count), or its metadata (JSON-LD `contentLocation`, `locationCreated` or
    `dateline`, a `geo.placename` meta)."""
    if _city(word, story_opening(doc), _url_folders(doc.url)):
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


def lowered_on_page(doc: Document, word: str) -> bool:
    """Whether the headline or a story paragraph prints `word` in lower case: a word of the
    language ("harga", "prices"), not a name's, which is capitalised wherever it stands."""
    cached: frozenset[str] | None = doc.cache.get("lowered_words")
    if cached is None:
        h1 = headline(doc)
        texts = [] if h1 is None else [h1.text_content(), *_story_texts(doc, h1)]
        cached = frozenset(w for t in texts for w in _WORDS.findall(t) if w.islower())
        doc.cache["lowered_words"] = cached
    return word.casefold() in cached


_WORDS = _compile(r"[^\W\d_]+")


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


def without_dateline(names: list[str], doc: Document) -> list[str]:
    """ "Ana Souza, São Paulo" where the story opens "SÃO PAULO - ...": a later name that
    the article's dateline states (in capitals, or before a dash) is where she filed from;
    so is a later city and district ("Hannover Neustadt") whose city the dateline states or
    the address's folders name ("/lokales/hannover/..."): a regional desk's place."""
    opening = story_opening(doc)
    folders = _url_folders(doc.url)
    lang = page_fields.language(doc) or ""
    if all(is_agency(n) for n in names[1:]) and _city(names[0], opening, folders):
        return names[1:]  # "Praha, ČTK" over a story opening "Praha -": no surname, a place
    return [
        n
        for i, n in enumerate(names)
        if not (i and (_dateline_of(n, opening) or _city_and_district(n, opening, folders)))
        and not _place_before_agency(names, i, opening, lang)
    ]


def _place_before_agency(names: list[str], i: int, opening: str, lang: str) -> bool:
    """ "Paris, AFP", "Madrid, EFE": a city of `BIG_CITY` people or more, whole, right
    before an agency is the wire's dateline, no writer. A smaller town's name is often a
    surname printed alone before the agency ("Bianchi, ASKANEWS"); a surname that is a big
    city comes with her given name ("Thiago Lima"), or alone where the story's own dateline
    names another place ("Messina, ANSA" over "ROMA, 5 dic. -": hers, the story filed in
    Rome)."""
    return (
        i + 1 < len(names)
        and is_agency(names[i + 1])
        and big_city(names[i], lang)
        and not _other_dateline(names[i], opening, lang)
    )


# The place a story's opening states as its dateline: capitalised words, then the
# dateline's dash, colon or comma and day (`_DATELINE_DASH`)
_OPENING_PLACE = _compile(r"^\s*([^\W\d_a-z][\w'’.-]*(?:\s[^\W\d_a-z][\w'’.-]*){0,3})")


def _other_dateline(city: str, opening: str, lang: str) -> bool:
    """Whether the story opens with a dateline naming another place than `city` (not the
    same city spelled otherwise: "Kyiv, Reuters" over "KIEV, Dec 5 (Reuters) -"). A word
    not in capitals before a colon is a topic's kicker, though a town bears it ("Wetter:
    ...", "Corona: ..."); a dateline before a colon is in capitals ("ROMA: ...") or has
    its agency ("Hamburg (dpa): ...")."""
    m = _OPENING_PLACE.match(opening)
    return (
        m is not None
        and _DATELINE_DASH.match(opening[m.end() :]) is not None
        and not (opening[m.end() :].lstrip().startswith(":") and not m.group(1).isupper())
        and plain(m.group(1).casefold()) != plain(city.casefold())
        and not same_city(m.group(1), city, lang)
        and is_known_place(m.group(1))  # (not "Exclusive: ...", "Update: ...")
    )


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


def _marked_author(el: HtmlElement) -> bool:
    """A rel=author link, or an itemprop=name inside an itemprop=author (BYLINE_XPATH's first
    two, tested on the few elements near the headline rather than over the whole page)."""
    if el.tag == "a" and el.get("rel") == "author":
        return True
    return el.get("itemprop") == "name" and any(
        a.get("itemprop") == "author" for a in el.iterancestors()
    )


# an editor's label: "Toimetaja:", "Redakteur:", "Edited by" (`CREDIT`'s, pictures' left out)
# (a lookahead for the labels' first letters: re tries the labels only where one stands)
_EDITOR_LABEL = _compile(
    openings(
        langwords.entries(langwords.CHIEF_EDITOR_CREDITS)
        + langwords.entries(langwords.EDITOR_CREDITS)
        + langwords.entries(langwords.EDITED_BY)
    )
    + r"\b(?:(?:{})\s*+[:：]|(?:{})(?:\s*+:)?)".format(
        "|".join(
            re.escape(w)
            for w in dict.fromkeys(
                langwords.entries(langwords.CHIEF_EDITOR_CREDITS)
                + langwords.entries(langwords.EDITOR_CREDITS)
            )
        ),
        EDITED_BY,
    ),
    re.I,
)
_EDITED_ONLY = _compile(rf"\b(?:{EDITED_BY})", re.I)  # the labels needing no colon
_EDITED_WORDS = tuple(dict.fromkeys(w.split()[0] for w in langwords.entries(langwords.EDITED_BY)))


def header_window(doc: Document) -> list[HtmlElement]:
    """The BYLINE_WINDOW elements around the headline where a byline sits: its <article>'s
    before it, then those after it."""
    h1 = headline(doc)
    if h1 is None:
        return []
    window = itertools.chain(before_in_article(doc), _following(h1))
    return list(itertools.islice(window, BYLINE_WINDOW))


def printed_editors(window: list[HtmlElement], names: list[str]) -> bool:
    """Whether the header (`header_window`) prints each of `names` after an editor's label
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
        if el.tag in FIGURE or any(a.tag in FIGURE for a in el.iterancestors()):
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


def fuller_byline(
    doc: Document, window: list[HtmlElement], names: list[str], publishers: AbstractSet[str]
) -> list[str]:
    """The byline's names where it shows every JSON-LD writer and more: many CMSs put only
    the first of several writers in JSON-LD ("A" there, "A" and "B" under the headline).
    Read near the headline only (the byline sits there; a page-wide XPath costs 0.4 ms)."""
    found = [el for el in window if _marked_author(el)]
    cluster = first_cluster(doc, found, BYLINE_CLUSTER_DEPTH + 1)
    if len(cluster) <= len(names):
        return []
    shown = clean_names([block_text(el) for el in cluster], publishers, strict=True)
    if len(shown) > len(names) and {name_key(n) for n in names} <= {name_key(n) for n in shown}:
        return shown
    return []


def whole_byline(
    doc: Document, names: list[str], publishers: AbstractSet[str], lang: str | None
) -> list[str]:
    """The printed byline's names where they hold every name found and more: a meta or a
    linked name may give only the first of several writers ("By <a>Jane Doe</a>, John Roe
    and Ann Poe", only the first linked; an author meta naming one of three)."""
    known = {name_key(n) for n in names}
    for found in (_byline_blocks_near, lambda d: byline_lines(d, lang), _linked_line):
        shown = clean_names(found(doc), publishers, strict=True)
        more = [n for n in shown if name_key(n) not in known]
        if more and known <= {name_key(n) for n in shown} and not any(map(_job_line, more)):
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
    found: list[HtmlElement] = []
    for el in class_window(doc):
        cls = (el.get("class") or "").lower()
        if "byline" in cls and "bio" not in cls and _outermost(el, found):
            found.append(el)
    return [block_text(el) for el in first_cluster(doc, found)]


def _outermost(el: HtmlElement, found: list[HtmlElement]) -> bool:
    """Not inside a block already found (the outermost byline block only)."""
    return not found or not any(a in found for a in el.iterancestors())


def _job_line(name: str) -> bool:
    """ "Travel News Reporter", "Lifestyle Writer": a job under the name, no second writer."""
    return is_job_word(name.split()[-1])


def organisation_shaped(name: str) -> bool:
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
    (`INSTITUTIONS` is defined further down, with the "by" word's rules)."""
    return frozenset(
        [*INSTITUTIONS, *AFFILIATIONS, *langwords.entries(langwords.ORGANISATION_KIND_WORDS)]
    )


_BODY_PHRASE_WORDS = 3  # words at most of a body's noun ("mayor s office")
_COMPOUND_BODIES = ("verein", "verwaltung", "ministerium", "behörde")  # "Musterverein"


def _body_or_company(name: str) -> bool:
    """ "Example City Council", "Ministry of Example Affairs", "Stadt Musterhausen",
    "Musterverein e.V.", "Example Widgets Ltd": an organisation's name, no person's (a byline
    so credited is kept only where no source names a person). A person whose surname is a
    body's noun stays one ("Anna Kreis", "Rui Câmara": a given name first, the noun last)."""
    if is_house(name):
        return True  # "Example Widgets Ltd", "Musterverein e.V.": a registered company
    words = name_key(name).split()
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


def organisation_authors(doc: Document) -> set[str]:
    found = jsonld.resolve(doc.article.get("author"), doc.jsonld)
    objects = found if isinstance(found, list) else [found]
    return {
        name_key(name)
        for obj in objects
        if isinstance(obj, dict) and ORG_TYPES.intersection(jsonld.types_of(obj))
        for name in as_strings(obj.get("name"))
    }
