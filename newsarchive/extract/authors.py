"""Authors: the cascade that picks the page's writers among its sources.

Names only, without "By"/"Von"/"Par", roles, duplicates, e-mails, URLs or the publisher.
`authors()` asks the sources in the order of their trust (`_raw_cascade`: a site profile's
selector, JSON-LD, author metas, byline markup, byline-shaped lines, author boxes, an
author page's address) and keeps the first that names a person; an organisation (the
publisher, an agency) only where no source names anyone. The pieces live beside it, each
importing only those listed after it:

- `authorchecks`: a source's names held against the rest of the page;
- `authorboxes`: "about the author" boxes and author pages' addresses;
- `authorlines`: byline markup and byline-shaped lines;
- `authorcredits`: closing source lines, signatures, agency tags in the header;
- `authorareas`: where on the page a byline may stand (not in a teaser);
- `authornames`: `clean_names`, one source's texts cut into people's names;
- `authorperson`: `clean_name`, whether one part of them is one person's name;
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

from collections.abc import Iterator

from newsarchive.extract import jsonld, page_fields
from newsarchive.extract.authorareas import after_headline
from newsarchive.extract.authorboxes import about_author_box, author_url_names
from newsarchive.extract.authorchecks import (
    INTERVIEW_LABEL,
    capitals_agency_letters,
    fuller_byline,
    header_window,
    linked_surnames,
    lowered_on_page,
    organisation_authors,
    organisation_shaped,
    place_on_page,
    printed_editors,
    surname_on_page,
    whole_byline,
    without_dateline,
    without_interviewee,
)
from newsarchive.extract.authorcredits import (
    SOURCE_LINE,
    byline_sources,
    closing_source,
    header_agency_tag,
    house_credit,
    organisations_alone,
    signature,
)
from newsarchive.extract.authorlines import (
    BYLINE_QUERIES,
    BYLINE_QUERY_WORDS,
    DESCRIPTION_BYLINE,
    block_text,
    byline_lines,
    classed_bylines,
    dispatch_reporters,
    first_cluster,
    link_line,
    loose_bylines,
    may_match,
    name_and_credit_line,
    name_date_line,
)
from newsarchive.extract.authormeta import (
    INVERTED_META,
    given_first,
    jsonld_authors,
    labelled_author,
    person_names,
)
from newsarchive.extract.authornames import clean_names
from newsarchive.extract.authorperson import CREDIT
from newsarchive.extract.authorpublisher import is_house, is_publisher, name_key, publisher_names
from newsarchive.extract.byline import (
    OWN_LOWER_BY_LANGUAGES,
    own_by_word,
)
from newsarchive.extract.document import Document, has_text
from newsarchive.extract.langwords import is_agency
from newsarchive.extract.page_fields import parsely
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import as_strings, dedupe

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled
# A second label after a byline's source label ("Sumber: Antara, Penulis: Budi Santoso",
# "Forrás: Példa Napló, Szerző: Kovács János"): the line credits a writer of its own too
_LABEL = _compile(r"[^\W\d_]\s*[:：]")


AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
               "dcterms.creator", "citation_author", "byl", "twitter:creator:name",
               "cxenseparse:author", "og:article:author", "article:author_name",
               "dable:author")  # fmt: skip


def authors(doc: Document, rules: SiteRules | None) -> list[str]:
    """People from the first source naming any; the publisher itself only if no source does.

    An organisation alone (the publisher, or a JSON-LD author typed Organization) is kept
    only where no later source names a person; beside a person it stays ("Jane Doe, SDA").
    """
    publishers = publisher_names(doc, rules)
    orgs = organisation_authors(doc)
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
        if town_lang != "en" and any(map(capitals_agency_letters, raw)):
            # "Sharma, ANI" in an English wire story under a German paper's lang="de": the
            # agency, as on an English page (`capitals_agency_abroad`), by the words' language
            town_lang = page_fields.words_language(doc) or town_lang
        # JSON-LD listing each writer as its own entry: an organisation beside a person is
        # credited too ("Jane Doe" and "Example News", "Jane Doe" and "SDA"), as the page says
        listed = source == _JSONLD and len(raw) > 1 and not (rules and rules.publisher_names)
        names = clean_names(
            _source_named(raw) if source == _PAGE_TEXT else raw,
            publishers,
            strict,
            keep_publisher=listed,
            lower_ok=source == _JSONLD,
            lang=lang or "",
            surname=lambda word: surname_on_page(doc, word),
            place=lambda word: place_on_page(doc, word),
            lowered=lambda word: lowered_on_page(doc, word),
            one_each=source == _JSONLD,
            guess_place=source not in (_JSONLD, _META),
            town_lang=town_lang,
        )
        if source == _JSONLD and names:
            window = header_window(doc)  # read once for both
            if printed_editors(window, names):
                # "Toimetaja: Jaan Kask" printed, the JSON-LD author: the page's editor, whom
                # a printed writer beats ("Autor: Mari Maasikas"); kept where no one else is
                if not fallback:
                    fallback, fallback_source = names, source
                continue
            names = fuller_byline(doc, window, names, publishers) or names
        if names and source != _JSONLD and any(INTERVIEW_LABEL.match(t) for t in raw):
            names = without_interviewee(doc, names)
        if source in (_META, _PAGE_TEXT) and names and not strict:
            names = whole_byline(doc, names, publishers, lang) or names
        if (
            names
            and source == _PAGE_TEXT
            and len(raw) == 1
            and (m := SOURCE_LINE.match(raw[0]))
            and not _LABEL.search(m.group(1))
        ):
            # "Forrás: Kovács János, Magyar Nemzeti Bank, MTI" in a byline's markup: its
            # agency and its persons, not the body named as the figures' source
            names = byline_sources(names, m.group(1), lang or "")
        if len(names) > 1:
            names = without_dateline(names, doc)
        if names:
            names = linked_surnames(doc, names, raw)
        if names and all(
            is_publisher(n, publishers)
            or name_key(n) in orgs
            or organisation_shaped(n)
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
        fallback = header_agency_tag(doc) or fallback
    if (
        fallback
        and all(is_publisher(n, publishers) for n in fallback)
        and (writers := closing_source(doc, publishers, writers_only=True))
    ):
        # the site's name (a CMS default in the author meta or JSON-LD) beside a closing
        # line crediting the piece's writer: "Das Interview führte Anna Muster."
        return writers
    return (
        fallback
        or organisations_alone(doc)
        or closing_source(doc, publishers)
        or signature(doc, publishers, lang or "")
        or header_agency_tag(doc)
        or next(([n] for raw in texts for t in raw if (n := house_credit(t, publishers))), [])
    )


def _source_named(raw: list[str]) -> list[str]:
    """ "Quelle: dpa, Anna Muster" alone in a byline's markup: what it credits, read as
    "Source: Reuters, Jane Doe" is (the names' reading drops a line so labelled whole: the
    label also opens a picture's credit). Only a list of names by commas that credits a
    news agency: a picture's credit names its photographer after a slash or a bar
    ("Quelle: IMAGO / Sven Simon", "picture alliance/dpa/Anna Muster"), no writer."""
    if len(raw) == 1 and (m := SOURCE_LINE.match(raw[0])) and CREDIT.match(raw[0]):
        credited = m.group(1)
        if not _PICTURE_MARKS.search(credited) and any(
            is_agency(part.strip()) for part in credited.split(",")
        ):
            return [credited]
    return raw


_PICTURE_MARKS = _compile(r"[/|｜／]")


_RULE, _JSONLD, _META, _PAGE_TEXT = range(4)  # where a cascade step reads its bylines


def _raw_cascade(
    doc: Document, rules: SiteRules | None, lang: str | None
) -> Iterator[tuple[int, list[str], bool]]:
    """(source, raw bylines, strict), most trusted first; strict: keep only name-shaped text."""
    if rules and rules.authors:
        yield _RULE, [block_text(el) for el in doc.select(rules.authors)], False
    article = doc.article
    given = [jsonld.resolve(article.get(key), doc.jsonld) for key in ("author", "creator")]
    listed = [n for v in given for n in jsonld_authors(v)]
    people = {n for v in given for n in person_names(v)}
    yield _JSONLD, [n for n in listed if n in people or not is_house(n)], False
    metas = [
        given_first(v) if key in INVERTED_META else v
        for key in AUTHOR_META
        for v in doc.all_meta(key)
    ]
    yield _META, metas + as_strings(parsely(doc).get("authors")) + labelled_author(doc), False
    source: str | None = doc.cache.get("source")
    may: dict[str | None, bool] = {}  # each word looked for once: three queries need "byline"
    for query, word in zip(BYLINE_QUERIES, BYLINE_QUERY_WORDS, strict=True):
        if word not in may:
            may[word] = may_match(doc, word, source)  # a scan of the whole source
        found = query(doc.tree)[:20] if may[word] else []
        yield _PAGE_TEXT, [block_text(el) for el in first_cluster(doc, found)], False
    yield _PAGE_TEXT, byline_lines(doc, lang), True
    yield _PAGE_TEXT, [block_text(el) for el in first_cluster(doc, classed_bylines(doc))], True
    for matched in loose_bylines(doc):
        # an author link with no text (the writer's photo) names no one: not the first
        found = [el for el in after_headline(doc, matched) if has_text(el)]
        yield _PAGE_TEXT, dedupe([link_line(el) for el in first_cluster(doc, found[:20])]), True
    description = doc.first_meta("og:description", "description", "twitter:description") or ""
    if m := DESCRIPTION_BYLINE.search(description):
        yield _PAGE_TEXT, [m.group(1)], True
    yield _PAGE_TEXT, name_date_line(doc, lang or ""), True
    yield _PAGE_TEXT, name_and_credit_line(doc), True
    yield _PAGE_TEXT, dispatch_reporters(doc), True
    yield _PAGE_TEXT, about_author_box(doc), True
    yield _PAGE_TEXT, author_url_names(doc), True
