"""Byline markup and byline-shaped lines: the XPath queries for byline elements (itemprop,
rel=author, "byline" classes, data-testid), author-classed blocks after the headline,
author-page links, and lines such as "Jane Doe | 3 March 2026" or "Jane Doe, dpa".

Each source returns the texts of the first cluster of matches near the headline; the
cascade cleans them with `clean_names`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from newsarchive.extract import langwords, page_fields
from newsarchive.extract.authoragencies import agency_tag
from newsarchive.extract.authorareas import (
    BYLINE_WINDOW,
    PAGE_TAGS,
    STORY_LINE,
    before_in_article,
    in_teaser_area,
    nearest_after_headline,
    story_opening,
)
from newsarchive.extract.authorcredits import (
    CLOSING_LINE,
    MAX_BYLINE_CHARS,
    SOURCE_LINE,
    credited_sources,
    name_and_letters,
)
from newsarchive.extract.authordates import DIGIT, weekday_date, without_date, without_date_head
from newsarchive.extract.authornames import (
    KO_TEXT_BY,
    TEXT_AND_PICTURES,
    TRANSLATED,
    WIRE_REPORTERS,
    cjk_role_first,
    clean_names,
    writer_after_credit,
)
from newsarchive.extract.authorperson import (
    CREDIT,
    EMAIL_OR_URL,
    PAREN,
)
from newsarchive.extract.authorplaces import agencies_only
from newsarchive.extract.authorpublisher import is_house, is_publisher, publisher_names
from newsarchive.extract.authorroles import drop_titles, employer_and_job, job_phrase
from newsarchive.extract.authorshapes import name_shaped
from newsarchive.extract.byline import (
    BYLINE_LEAD,
    CJK_LABEL_IN_LINE,
    LABEL_WORDS,
    ROLE_FILED_LINE,
    ROLE_FIRST_LINE,
    ROLE_LINE,
    ROLE_POSTED_FIRST,
    by_word_opens_sentence,
    is_job_word,
    is_place_name,
    is_role_word,
    own_by_word,
)
from newsarchive.extract.document import FIRST_ATTRIBUTES, Document, parents
from newsarchive.extract.document import following as _following
from newsarchive.extract.headline import headline
from newsarchive.extract.placenames import (
    is_known_place,
)
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean, is_dispatch

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_BYLINES = parents("//@class[contains(.,'byline') and not(contains(.,'bio'))]")
_BYLINE_BLOCKS = _BYLINES + "[not(ancestor::*[contains(@class,'byline')])]"
# An href holding a writer's page part (`langwords.AUTHOR_PATHS`): "/w/" whole, "/w" for the
# words that also open one ("/author-jane-doe", "/autorin/"), each once.
OPENERS = [
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
    [f"contains(.,'/{w}')" for w in OPENERS] + [f"contains(.,'/{w}/')" for w in _WHOLE]
)
# ... as a regex, for the whole page's links: half the time XPath's 33 contains() tests take
AUTHOR_HREF = _compile(
    "/(?:" + "|".join(map(re.escape, OPENERS)) + "|(?:" + "|".join(map(re.escape, _WHOLE)) + ")/)"
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
BYLINE_QUERIES = tuple(etree.XPath(xp) for xp in BYLINE_XPATH)
_ITEMPROP = "itemprop=author"  # the first query's test: the page's itemprops hold "author"
# The word each query's attribute test needs in the page's source: a page without it (most
# have no "byline" class) is not walked attribute by attribute to find nothing (~0.4 ms a
# query where the cascade gets that far).
BYLINE_QUERY_WORDS = (_ITEMPROP, None, "byline", "byline", "byline", "sioc:has_creator")
_LOOSE_BYLINE_QUERY = etree.XPath(LOOSE_BYLINE_XPATH)
HREFS = etree.XPath("//a/@href")
# "... wurde das Hotel wieder lebendig. Von Jane Doe": a byline closing the description.
_DESCRIPTION_BY = "|".join(
    e.capitalize() for e in langwords.entries(langwords.BYLINE_BY) if e.isalpha()
)
DESCRIPTION_BYLINE = _compile(rf"(?:^|[.!?…]\s+)((?:{_DESCRIPTION_BY})\s+[^.!?]{{3,60}})$")
_CJK_RUN_ON_OPENING = _compile(
    r"^[（(]?(?:[\u3400-\u9fff]{1,6}社)?(?:記者|记者)[\u3400-\u9fff]{4,8}?\d{1,2}日(?:專電|专电|電|电)"
)
BYLINE_CLUSTER_DEPTH = 3
# Elements whose texts are separate parts: a name never runs across them (a link holds a
# whole name: "<a>Jane Doe</a> <a>John Roe</a>" are two).
_BLOCK_TEXT = """
div p li dd dt time address section article header footer ul ol dl br h1 h2 h3 h4 h5 h6
figure figcaption button td th tr table a
"""
_BLOCKS = frozenset(_BLOCK_TEXT.split())
FIGURE = {"figure", "figcaption"}
_EMAIL = _compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINE_PARTS = _compile(r"(?!(?<=\s)\s)\s*[|·•]\s*")


# "Published by Example Media Group Ltd.": the imprint line legal text prints in the article
_PUBLISHED_BY = _compile(r"(?i:published\s+by\b)([^|]*)")


def _imprint(text: str) -> bool:
    """ "Published by" before a registered company's name is its imprint, no byline (WordPress's
    "Published by Jane Doe" names the writer): the publishing house publishes, no one writes."""
    m = _PUBLISHED_BY.match(text)
    return m is not None and is_house(m[1].strip(" .:"))


def may_match(doc: Document, word: str | None, source: str | None) -> bool:
    """Whether a byline query can find anything: its attribute's word is in the source (or
    the itemprops gathered in the whole-page walk name an author)."""
    if word == _ITEMPROP:
        return "author" in doc.marked.props
    return not word or source is None or word in source


def link_line(link: HtmlElement) -> str:
    """An author link's text, or the byline line holding it where that line opens with a
    "by" word ("By Jane Doe, <a>John Roe</a> and Ann Poe": only one writer is linked)."""
    parent = link.getparent()
    if parent is not None and len(parent) <= 6:
        line = clean(parent.text_content())
        if len(line) <= MAX_BYLINE_CHARS and BYLINE_LEAD.match(line):
            return block_text(parent)
    return block_text(link)


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


def name_date_line(doc: Document, lang: str = "") -> list[str]:
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
        if not 5 < len(text) <= MAX_BYLINE_CHARS or not (DIGIT.search(text) or "@" in text):
            continue
        if is_dispatch(text):
            if _lead_block(el):
                continue  # a standfirst written as a dispatch: the byline may follow it
            break  # "HÀ NỘI, 3/12 (TTXVN) - ...": the story, its place and day no byline
        first, *rest = (p for p in _LINE_PARTS.split(clean(block_text(el))) if p)
        if (w := weekday_date(first, lang)) is not None:  # "Redaktion Sa., 05.12.2026": the date's
            first, rest = first[:w], [first[w:], *rest]
        dated = (d := _NAME_COMMA_DATE.match(first)) is not None
        if d:
            first, rest = d.group(1), [d.group(2), *rest]  # "Jane Doe, 2 May 2026, 14:30"
        if (cut := without_date(first, lang)) != first:
            first, rest = cut, [first[len(cut) :], *rest]  # "Jane Doe 05.04.2025": one text
        mailed = "@" in first and (m := _EMAIL.search(first)) is not None
        if mailed and m:
            first, rest = first[: m.start()].strip(" ,|·-"), [m.group(0), *rest]
        name = " ".join(drop_titles(_without_role(first).split()))
        words = name.split()
        if not rest or first.endswith(":") or not 2 <= len(words) <= 4:
            continue  # "Aktuelle Zeit: 10:57" is a label
        if not (mailed or dated) and text[len(first) :].lstrip().startswith(","):
            continue  # "Politics, National, News | ...": a list of sections
        if name_shaped(name) and (DIGIT.search(" ".join(rest)) or _EMAIL.match(rest[0])):
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


def name_and_credit_line(doc: Document) -> list[str]:
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
        story = story or (el.tag == "p" and len(text) >= STORY_LINE)
        credit = not story and not _in_picture(el)
        source = SOURCE_LINE.match(text) if len(text) <= CLOSING_LINE else None
        if credit and source and agencies_only(source.group(1)):
            return [source.group(1)]  # "Quelle: dpa/AFP" under the headline, no picture's
        if credit and source and (reported := source_reporter(doc, source.group(1))):
            return reported  # "Forrás: Kovács János, MTI": the agency's reporter, as closing
        if credit and text.startswith("(") and (tagged := agency_tag(text)):
            return tagged  # "(jpr/sda)", "(dpa)": the agency tag in brackets
        if not 5 < len(text) <= 80 or (m := _NAME_AND_REST.match(text)) is None:
            continue
        if credit and (named := name_and_letters(doc, text, el)):
            return [named]  # "Trần Văn Hùng (TTXVN)": hers, the letters an agency's or hers
        name, rest = m.group(1).strip(), m.group(2).strip()
        source = SOURCE_LINE.match(rest)
        credited, _, after = source.group(1).partition("|") if source else ("", "", "")
        if credit and source and agencies_only(credited):
            # "Rahul Sharma | Source: PTI": the writer; "Bad Homburg | Quelle: dpa": the agency;
            # "Jane Doe | Source: AP | John Roe": a second writer after the source
            if _person_before_agency(doc, name) or (after.strip() and name_shaped(after)):
                return [text]
            return [credited.strip()]
        if (
            credit
            and agencies_only(rest)
            and not _person_before_agency(doc, name)
            and not is_publisher(name, publisher_names(doc, None))  # "t-online (AFP)"
        ):
            # "Frankfurt am Main, dpa", "Energiepolitik, dpa": the agency alone ("AFP/sda": both)
            return [text] if agencies_only(name) else [rest]
        if (
            2 <= len(name.split()) <= 4
            and name_shaped(name)
            and _credit_after(rest)
            and not _in_picture(el)
        ):
            return [text]
    return []


def source_reporter(doc: Document, credited: str) -> list[str]:
    """A source line's agency and its reporter right before it ("Forrás: Kovács János, MTI",
    "Quelle: Anna Muster, dpa"), read as the closing line's are; an expert's name or a
    body beside the agency is no writer (none read here: the agency alone is not either)."""
    if "," not in credited:
        return []
    names = clean_names([credited], publisher_names(doc, None))
    found = credited_sources(names, credited, page_fields.language(doc) or "")
    return found if len(found) > 1 else []


def dispatch_reporters(doc: Document) -> list[str]:
    """The reporters a wire's dispatch names where the story opens, with no byline printed
    apart: Xinhua's "新华社北京12月2日电" and the reporter in brackets, CNA's run-on
    "中央社記者吳佳穎台北2日電"."""
    opening = story_opening(doc)
    if (m := WIRE_REPORTERS.search(opening)) or (m := _CJK_RUN_ON_OPENING.search(opening)):
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
    if agencies_only(rest):
        return True
    if EMAIL_OR_URL.fullmatch(rest):
        return True  # "Jonas Jonaitis, LRT.lt": the site she writes for
    return (
        is_place_name(rest)
        or employer_and_job(rest)
        or (job_phrase(words) and is_job_word(words[0]))  # not "Leiter des Bauamts"
        or (all(map(is_role_word, words)) and any(map(is_job_word, words)))
    )


def _person_before_agency(doc: Document, name: str) -> bool:
    """ "Anna Muster, dpa": a full name before the agency, not a place or the page's section
    ("Frankfurt am Main, dpa", "Innere Sicherheit, dpa" where the page files the story under
    "Innere Sicherheit")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not name_shaped(name) or is_place_name(name):
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
        if node.tag in FIGURE:
            return True
        cls = (node.get("class") or "").lower()
        if any(w in cls for w in _NOT_BYLINE_AREAS):
            return True
    return False


def _without_role(first: str) -> str:
    """ "Jane Doe (jd)", "Ana García, corresponsal", "Jane Doe. Translated by ...": the name
    before its initials, role or translator."""
    first = TRANSLATED.sub("", first).rstrip(" ,.;") or first
    name = PAREN.sub(" ", first).strip() if "(" in first or "[" in first else first
    head, comma, tail = name.partition(",")
    words = tail.split()
    if comma and words and (all(is_role_word(w) for w in words) or job_phrase(words)):
        return head.strip()
    return name


def block_text(el: HtmlElement) -> str:
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


def first_cluster(
    doc: Document, elements: list[HtmlElement], depth: int = BYLINE_CLUSTER_DEPTH
) -> list[HtmlElement]:
    """The first byline and those beside it: later matches are bylines of teaser cards."""
    elements = [el for el in elements if not in_teaser_area(doc, el)]
    if not elements:
        return []
    first = nearest_after_headline(doc, elements)
    near = _near(first, depth)
    return [el for el in elements if el is first or near.intersection(_near(el, depth))]


def _near(el: HtmlElement, depth: int = BYLINE_CLUSTER_DEPTH) -> set[HtmlElement]:
    return {a for a in itertools.islice(el.iterancestors(), depth) if a.tag not in PAGE_TAGS}


def class_window(doc: Document) -> Iterator[HtmlElement]:
    """The CLASS_WINDOW elements near the headline whose classes name a byline: above it in
    its <article>, then after it (none where there is no headline)."""
    h1 = headline(doc)
    if h1 is None:
        return iter(())
    return itertools.islice(itertools.chain(before_in_article(doc), _following(h1)), CLASS_WINDOW)


def classed_bylines(doc: Document) -> list[HtmlElement]:
    """The outermost author-classed blocks after the headline (or above it in its <article>),
    in page order (a Python scan: an XPath over every element's lower-cased class costs ten
    times the whole cascade)."""
    found: list[HtmlElement] = []
    for el in class_window(doc):
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
        if ancestors.intersection(found) or any(a.tag in FIGURE for a in ancestors):
            continue
        found.append(el)
        if len(found) >= 20:
            break
    return found


def byline_lines(doc: Document, lang: str | None) -> list[str]:
    """A short line under the headline that reads as a byline ("Von Jane Doe", "홍길동 기자").

    Pages without byline markup still print one; only the blocks following the headline
    are read, so a teaser's byline further down is never taken. Read once a page (the
    cascade and `whole_byline` both ask on 6 of 141 newsbench pages).
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
            if el.tag == "p" and by_word_opens_sentence(doc.text(el), lang):
                continue  # a paragraph's sentence, no byline
            text = own_by_word(doc.text(el), lang)
            if (
                el.tag == "p"
                and (m := _JA_DATELINE_OPENING.match(text))  # the dateline opening the story
                and not _quoted(el)
            ):
                return [m.group(0)]
            if not 3 < len(text) <= MAX_BYLINE_CHARS:
                continue
            if ("/" in text or "／" in text) and (cjk := cjk_role_first(text)) != text:
                return [cjk]  # "张伟/文": the writer, her role after the slash
            if (
                BYLINE_LEAD.match(text)
                or TEXT_AND_PICTURES.match(text)
                or (CREDIT.match(text) and writer_after_credit(text))
                or BYLINE_LEAD.match(without_date_head(text))  # "12.03.2025 | Von ..."
            ):
                if in_teaser_area(doc, el) or _imprint(text):
                    continue  # "Von ..." under a teaser card's headline; a company's imprint
                return [own_by_word(clean(block_text(el)), lang) if len(el) else text]
            if _label_and_name(text) or KO_TEXT_BY.match(text):
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
    return (2 <= len(name.split()) <= 4 and name_shaped(name)) or bool(_KO_NAME.fullmatch(name))


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


def loose_bylines(doc: Document) -> Iterator[list[HtmlElement]]:
    """itemprop=author without a name child, then the links to a writer's page (the first
    FIRST_ATTRIBUTES, as the attribute-first queries read), each read only when asked for."""
    yield _LOOSE_BYLINE_QUERY(doc.tree) if "author" in doc.marked.props else []
    hrefs = (h for h in HREFS(doc.tree) if AUTHOR_HREF.search(h))
    yield [h.getparent() for h in itertools.islice(hrefs, FIRST_ATTRIBUTES)]
