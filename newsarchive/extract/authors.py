"""Authors: the cascade that picks the page's writers among its sources.

Names only, without "By"/"Von"/"Par", roles, duplicates, e-mails, URLs or the publisher.
`authors()` asks the sources in the order of their trust (`_raw_cascade`: a site profile's
selector, JSON-LD, author metas, byline markup, byline-shaped lines, author boxes, an
author page's address) and keeps the first that names a person; an organisation (the
publisher, an agency) only where no source names anyone. The pieces live beside it, each
importing only those listed after it:

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
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from newsarchive.extract import jsonld, langwords, page_fields
from newsarchive.extract.authoragencies import (
    _NEWSROOM_CHARS,
    _a_place,
    _agency_tag,
    newsroom_credit,
)
from newsarchive.extract.authordates import (
    _DASHES,
    _DIGIT,
    _mark_then_space,
    _weekday_date,
    _without_date,
    _without_date_head,
)
from newsarchive.extract.authorjoins import (
    _AND_WORDS,
    _CREDIT_ENTRIES,
    _CREDIT_SET,
    _CREDIT_WORDS,
    _FULL_WIDTH_BRACKETS,
    _HANGUL,
    _HELD_SLASH,
    _RUN_START,
    _SPLIT,
    _split,
    _split_and,
)
from newsarchive.extract.authormeta import (
    INVERTED_META,
    _given_first,
    _jsonld_authors,
    _labelled_author,
    _person_names,
)
from newsarchive.extract.authorplaces import (
    _FROM_PLACE,
    _NAME_SUFFIXES,
    _ONE_NAME_LANGUAGES,
    _OURS,
    _PAIRS_AND,
    _PART_MARK,
    _VI_FAMILY,
    ORGANISATION_WORDS,
    _agencies_only,
    _dateline_alone,
    _dateline_place,
    _family_comma,
    _family_given_pairs,
    _filed_from,
    _known_place,
    _list_then_place,
    _ours_then_place,
    _outlet_before_place,
    _run_on_name,
    _vietnamese_name,
    _without_capital_dateline,
    _without_dateline_place,
    _without_filed_from,
    _without_places,
    _without_town_and_region,
)
from newsarchive.extract.authorpublisher import (
    _HOUSE_WORDS,
    _PUBLISHER_TYPES,
    _is_house,
    _key,
    _publisher_names,
    is_publisher,
)
from newsarchive.extract.authorroles import (
    _MATERIAL,
    _NEWSROOM_FIRST,
    _OFFICIALS,
    _drop_titles,
    _employer_and_job,
    _full_name_after,
    _job_after,
    _job_phrase,
    _lone_caseless,
    _media_group,
    _newsroom_desk,
    _office_after,
    _official_of,
    _post_and_role,
    _role_alone,
    _role_and_post,
    _role_words,
)
from newsarchive.extract.authorshapes import (
    _FAMILY_GIVEN,
    _KIND_OR_DESK,
    _PARTICLES,
    _PARTICLES_TEXT,
    _capital,
    _job_or_jobs,
    _name_shaped,
    _read_as_word,
)
from newsarchive.extract.byline import (
    BYLINE_LEAD,
    CJK_LABEL_IN_LINE,
    HEAD_TITLE_LEAD,
    LABEL_WORDS,
    NAME_PARTICLES,
    OWN_LOWER_BY_LANGUAGES,
    ROLE_AFFIX,
    ROLE_FILED_LINE,
    ROLE_FIRST_LINE,
    ROLE_LINE,
    ROLE_POSTED_FIRST,
    is_job_word,
    is_place_name,
    is_role_word,
    own_by_word,
)
from newsarchive.extract.datetext import MONTHS
from newsarchive.extract.document import FIRST_ATTRIBUTES, Document, has_text, parents
from newsarchive.extract.document import following as _following
from newsarchive.extract.givennames import is_given_name, plain
from newsarchive.extract.headline import headline
from newsarchive.extract.langwords import AGENCIES, is_agency
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
# "van der Berg, Anna", "de Vries, Saar": a family name's particles, no "by" word ("von",
# "di", "de" elsewhere open a byline: "von Anna Muster", "di Mario Rossi")
_PARTICLE_FAMILY = _compile(
    r"^\s*(?:van|der|den|da|das|dos|du|del|della|ten|ter|te|le|la|de(?=\s(?:la|los|las|[a-z]{1,3}\s)))"
    r"(?:\s[a-z]{1,4}){0,2}\s[^\W\d_a-z][\w'-]*,\s*[^\W\d_][\w'.-]*\s*$"
)
_DUTCH_DE = _compile(r"^\s*de\s[^\W\d_a-z][\w'-]*,\s*[^\W\d_][\w'.-]*\s*$")  # "de Vries, Saar"
# Languages where "de" opens no byline: "de Vries, Saar", "de Maizière, Thomas" are names
_DE_FAMILY_LANGUAGES = frozenset({"nl", "af", "en", "de"})
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
# "Edited by", "Editado por": the editor's name after them, with or without a colon
_EDITED_BY = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in langwords.entries(langwords.EDITED_BY)
)
# a host name beside the writer ("Jan Novák, iDNES.cz", "Jonas Jonaitis, LRT.lt"): the site
_TLDS = """
com co.uk de fr at ch cz sk pl lt lv ee is it es pt nl be lu se no dk fi ru ua in br my il hu ro
hr si rs bg gr tr jp kr cn tw hk sg au nz za ke ng ca mx ar ie net org info news
"""
# (an address's tries only from the start of a run of non-spaces, its name read up to the run's
# first "@" after one character: the same matches as "\S+@\S+\.\w+" and "\S+\.(?:...)", whose
# tries from every character of a long run, each "@" tried in turn, took minutes)
_EMAIL_OR_URL = _compile(
    r"(?<!\S)\S[^\s@]*+@\S+\.\w+|https?://\S+|www\.\S+|(?<!\S)\S+\.(?:"
    + "|".join(re.escape(t) for t in _TLDS.split())
    + r")\b(?!\.)",
    re.I,
)
# Two labels with colons in a CJK line: an info line ("作者:王小明 来源:海滨日报", full-width).
_CJK_LABELS = _compile(r"[\u3400-\u9fff]\s*[:：].*\s[\u3400-\u9fff]{1,4}\s*[:：]")
_KO_WRAPPED = _compile(r"^\s*[\[(]([^\[\]()]*[\uac00-\ud7a3][^\[\]()]*)[\])]\s*$")
# (a place of any length before "=": "워싱턴=홍길동 특파원", where the correspondent is)
_KO_OUTLET = _compile(
    r"^\s*(?:(?:[\uac00-\ud7a3]{1,}(?:일보|신문|뉴스|방송|경제|타임스|투데이|데일리)|[\uac00-\ud7a3]{5,}"
    r"|[A-Za-z][\w.-]+)\s*[\s=]|[\uac00-\ud7a3]{2,12}\s*=)\s*(?=[\uac00-\ud7a3]{2,4}"
    r"(?:\s*[\u00b7\u318d,]\s*[\uac00-\ud7a3]{2,4})*\s*"
    r"(?:선임|수석|인턴|객원|전문|사진|영상|취재)?\s*(?:기자|특파원)\s*$)"
)
# The equals sign after a Korean reporter's title, where a wire story's text runs on
_KO_RUN_ON = _compile(r"(기자|특파원)\s*[=＝]\s*$")
# Korean "글" ("text by"), also beside "사진" ("photos": "글·사진", "사진·글"), before the
# writer's name, with a space, "=" or a colon between: "글 김민수", "글=김민수 기자".
_KO_TEXT_BY = _compile(
    r"^\s*(?:글|사진\s*[\u00b7\u318d\u30fb/]\s*글|글\s*[\u00b7\u318d\u30fb/]\s*사진)"
    r"\s*[=:：/／]?\s*(?=[\uac00-\ud7a3]{2,4}(?:\s|$|[\u00b7\u318d,]))"
)
_URL = _compile(r"^(?:https?:)?//|^www\.")
_HOST_NAME = _compile(r"^(?:[\w-]+\.)+[a-z]{2,6}", re.I)  # "frettavefur.is", "example.co.uk"
_FULL_URL = _compile(r"(?!(?<=\s)\s)\s*\bhttps?://\S+")
# ... an editor's credit whose word commonly names the reporter too: the writer where alone
_REPORTER_CREDIT = _compile(
    rf"^\s*+({'|'.join(map(re.escape, langwords.entries(langwords.EDITOR_CREDITS_REPORTER)))})"
    r"\s*+[:：]\s*+(?=\S)",
    re.I,
)

# ... those cut with a full stop, which credit with no colon after them ("Fot. Anna Nowak")
_DOT_CREDITS = "|".join(re.escape(w) for w in _CREDIT_SET if w.endswith("."))
_CREDIT = _compile(
    rf"^\s*(?:(?:{_CREDIT_WORDS}|quelle|©)\s*[:：／｜]|(?:{_EDITED_BY})\b"
    rf"|(?:{_DOT_CREDITS})\s*(?=\w))",
    re.I,
)
# A picture credit as a byline's later part ("By Jane Doe. Photos by John Roe", "Von Anna
# Muster; Fotos von Max Probe"): the photographer is no author (a part, not a whole byline)
_CREDIT_BY = _compile(
    rf"^\s*(?:{_CREDIT_WORDS}|photography|illustrations)\s+(?:by|von|par|de|door|di|por|av|af)\s+\S",
    re.I,
)
# A credit's label standing alone, its name in the next part ("Written By: <a>Jane Doe</a> |
# Edited By: <a>John Roe</a>" read in parts): the next part is the editor's, no writer's.
_CREDIT_ALONE = _compile(
    rf"^\s*(?:(?:{_CREDIT_WORDS})\s*[:：／｜]|(?:{_EDITED_BY})\s*:?)\s*$", re.I
)
# A translator's credit and all after it: "By Jane Doe. Translated by John Roe", "Von Anna
# Muster, Übersetzung: Ben Beispiel", "Aus dem Englischen von ..." (the translator is no
# author; a photo credit after it goes too). A credit opening the byline leaves no one.
_TRANSLATION_WORDS = "|".join(
    re.escape(w) for w in sorted(langwords.entries(langwords.TRANSLATION_CREDITS), key=len)[::-1]
)
_TRANSLATOR = (
    rf"(?:{_TRANSLATION_WORDS}|aus\s+dem\s+\w+en\s+(?:übersetzt\s+)?von"
    r"|translated\s+from\s+(?:the\s+)?\w+\s+by|traduit\s+de\s+l['’]\w+\s+par)"
)
_TRANSLATED_BY = "|".join(
    re.escape(w) for w in langwords.entries(langwords.TRANSLATION_CREDITS) if " " in w
)
# After a mark (or opening the text) the credit needs no colon; within words it does, or
# is a phrase ("Jane Doe Translated by John Roe"; "Anna Translation Muster" is left alone).
# "Von Anna Muster aus dem Ressort Politik": the desk and all after it (alone: nothing);
# "Aus der Redaktion: Anna Muster" a label, her name kept; "aus der Redaktion von ..." names
# who made it, no desk (was "Ein Beitrag" read as the writer)
_DESK_FROM = _compile(
    r"(?<![^\s,])(?i:{})(?:\s*[:：]\s*|\b(?!\s+von\b).*$)".format(
        "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in langwords.entries(langwords.DESK_FROM)
        )
    )
)
_TRANSLATED = _compile(
    rf"(?:(?:^|(?<=[.,;|/(（])|(?<=[.,;|/(（]\s)){_TRANSLATOR}(?:\s*[:：/／]\s*|\s+)"
    rf"|(?<=\s){_TRANSLATOR}\s*[:：/／]\s*|(?<=\s)(?:{_TRANSLATED_BY})\s+)(?=\S).*$",
    re.I | re.S,
)
# "Ana Souza — Rio de Janeiro", "Jan Novák - Praha": the last part after a spaced dash, behind
# a full name, is where the writer filed from (a dash does not list writers; "and" and commas do).
# "Praha - ...", "Praha (ČTK) - ...": a dateline's dash after the place
# also a colon ("New Delhi: ...") or a comma and the day ("New Delhi, March 12 (PTI) ...")
_DATELINE_DASH = _compile(
    r"^\s*(?:\([^)]{1,20}\)\s*)?(?:[-\u2013\u2014:]\s"
    r"|,\s+(?:[^\W\d_]{3,9}\.?\s+\d{1,2}\b|\d{1,2}\.?\s+[^\W\d_]{2,9}))"
)
# A contributor's credit in the byline, before her name ("Colaborou João Lima", "con la
# colaboración de Luis Pérez", "współpraca: Anna Nowak"): she is credited, as "Mitarbeit:"
# is, without the words (the "with" before the phrase may be split off already)
_CONTRIBUTED = _compile(
    r"^(?:(?:con|com|avec|with)\s+)?(?:(?:la|a)\s+)?"
    r"(?:colabora(?:ción|ção)|collaborazione|collaboration)\s+(?:de|da|di|of)\s+(?:l['’])?"
    r"|^(?:colaborou|colaboró|colaboraram|colaboraron|ha collaborato|hanno collaborato|"
    r"(?:met\s+)?medewerking van|współpraca|spolupráce|spolupracoval[a]?|mitarbeit)"
    r"(?:\s*+:\s++|\s++)",  # (the spaces around the colon split one way)
    re.I,
)
# ... "dpa-Material", Lithuanian "BNS inf." ("informacija": information from BNS)
_AGENCY_MATERIAL = _compile(
    r"^(\w+)(?:-(?:material|materialien|meldungen?)|\s+(?:inf\.?|informacija))$", re.I
)
# A Japanese or Chinese dateline before the name: a place, a full-width equals sign, the
# name ("Washington" in katakana, then the reporter's name).
_CJK_DATELINE = _compile(r"^[【\[(（]?[^\s＝=]{1,12}(?:＝|=(?=[\u3040-\u30ff\u3400-\u9fff]))[ 　]*")
# "/台北報導" (a full-width slash), " 北京报道", "/綜合報導": a place (or "compiled") and
# "reported" ending a byline.
_CJK_REPORTED = _compile(r"報導|报道|報道")
# "中央社記者吳佳穎台北2日電", "記者王小明台北報導": the reporter's name and the place run
# together before the day and "電" (a wire's dispatch) or "reported", with no mark between.
_CJK_RUN_ON = _compile(
    r"(?:記者|记者)([\u3400-\u9fff]{4,8}?)"
    r"(?:\d{1,2}日(?:專電|专电|電|电)|報導|报道|報道)\s*[）)】]?\s*$"
)
_CJK_RUN_ON_OPENING = _compile(
    r"^[（(]?(?:[\u3400-\u9fff]{1,6}社)?(?:記者|记者)[\u3400-\u9fff]{4,8}?\d{1,2}日(?:專電|专电|電|电)"
)
# A broadcaster's or paper's desk after the writer ("Von Anna Muster, ARD-Studio Kairo",
# "..., ORF-Büro Brüssel", "..., Hauptstadtstudio"): where she works, no second name.
_DESKS = ("studio", "büro")
# The site crediting its newsroom in one word: "Beispielbote-Redaktion", "ZDF-Redaktion" (no
# role like "SZ-Autorin": a job word after a paper's letters is cut as one).
_SITE_DESK = _compile(r"^\s*\S+-(?:Redaktion|Newsdesk|Team)\s*$", re.I)
ORGANISATION_COMPOUNDS = (
    "avisen", "posten", "bladet", "blatt", "zeitung", "tidning", "tidningen", "tidende",
    "kurier", "kuriren", "courier", "anzeiger",
)  # fmt: skip
_ORG_SUFFIX = _compile(r"(?:일보|신문|뉴스|방송|日報|日报|新聞|新闻|通信社|电视台|電視台)$")
# "Name (obe)", "Name (obe" cut short, "[AFP]", a name's reading in full-width brackets
_PAREN = _compile(r"(?!(?<=\s)\s)\s*[(\[（][^)\]）]*(?:[)\]）]|$)")
# "Bernd Beispiel (Bilder)", "(Illustration)": the name of a picture's maker, no writer's. A
# chief editor's title is left out: "Jane Doe (Editor-in-Chief)" is her job, over her own column;
# so is a word naming the newsroom's journalist: "Anna Muster (Redakteurin)", "(Redaktor)".
_CHIEF_SET = frozenset(langwords.entries(langwords.CHIEF_EDITOR_CREDITS))
_JOB_IN_BRACKETS = _CHIEF_SET | frozenset(langwords.entries(langwords.EDITOR_CREDITS_REPORTER))
_PAREN_CREDIT_WORDS = "|".join(re.escape(w) for w in _CREDIT_ENTRIES if w not in _JOB_IN_BRACKETS)
_PICTURE_PAREN = _compile(
    rf"\((?:{_PAREN_CREDIT_WORDS}|illustrations?|grafik|grafiken|infografik|videos?)\)", re.I
)
# Any one-word label before a colon ("Interview: Anna Muster", "Protokoll: ...") is no name.
_ANY_LABEL = _compile(r"^(?:[^\W\d_][\w-]{2,24}|[\u3400-\u9fff]{2,4})\s*[:：]\s*(?=\w)")
_FOLLOW = "|".join(re.escape(w) for w in langwords.entries(langwords.FOLLOW_WORDS))
# "Jane Doe Folgen", "Seguir Ana Souza": a button beside the name goes; elsewhere (`_BAD`,
# "follow her on X") the part is no name.
_FOLLOW_EDGE = _compile(rf"^(?:{_FOLLOW})\s+|{_RUN_START}\s+(?:{_FOLLOW})\W*$", re.I)
_NOT_NAME = "|".join(re.escape(w) for w in langwords.entries(langwords.NOT_NAME_WORDS))
# Links of an author box that are no one's name ("PubMed", "Google Scholar", "LinkedIn").
_SERVICES = """
google scholar pubmed orcid twitter facebook linkedin instagram youtube tiktok whatsapp mastodon
bluesky threads xing telegram newsletter rss e-mail email
"""
_NOT_SERVICE = "|".join(re.escape(w) for w in _SERVICES.split())
_BAD = _compile(rf"\d|\b(?:{_NOT_NAME}|{_FOLLOW}|{_NOT_SERVICE})\b", re.I)
# "Jane Doe for The Sunday Example", "Anna Muster für den Beispielboten", "Ana García para
# El Diario": the paper a writer filed for, after the name ("para", "per" in lower case only:
# "Per" is a first name).
_FOR_PAPER = _compile(r"(?!(?<=\s)\s)\s+(?:(?i:for|für|pour|voor|för)|para|per)\s+\S.*$")
_IN_PLACE = _compile(r"\s+(?:in|aus|en|à|a|från|fra|i|em|(da))\s+(?:[A-Z][\w'.-]*\s*){1,3}$")
# The page's own language's "in"/"from" before a place, a name's particles left out ("de",
# "von"): "Jan Novák v Praze", "Jan Kowalski w Warszawie", "Jan Novák z Prahy" (a place in any
# case's ending, in capitals of any script).
_OWN_IN_PLACE = {
    lang: _compile(
        r"\s+(?:{})\s+(?:[^\W\d_][\w'.-]*\s*){{1,3}}$".format(
            "|".join(re.escape(w) for w in words if w not in NAME_PARTICLES)
        )
    )
    for lang, text in langwords.PLACE_WORDS.items()
    if (words := [w.strip() for w in text.split(",") if " " not in w.strip()])
    and any(w not in NAME_PARTICLES for w in words)
}
# Portuguese names take "da" ("Marcos da Silva", "Ana Maria da Costa"): no Italian "from"
# there ("Mario Rossi da Roma"), and nowhere a cut leaving one word (`_da_in_name`).
_DA_NAMES = frozenset({"pt", "gl"})
# "Text und Fotos: Anna Muster": the writer took the pictures too; no photo credit alone.
# Also "文、圖" (text and pictures) before a slash.
# "Text/Foto:", "Text + Bilder:" and the pictures first ("Fotos und Text:") too.
# (Indonesian "Teks dan foto:", Turkish "Metin ve fotoğraf:"), each language's "and" between
_TEXT_WORD = "text|texte|texto|tekst|testo|teks|metin|teksti|szöveg|текст|κείμενο|bài|เรื่อง"
_TEXT_AND = rf"(?:\s*[/&+,·]\s*|\s+(?:{_AND_WORDS})\s+|\s*และ\s*)"
_TEXT_AND_PICTURES = _compile(
    rf"^\s*(?:(?i:(?:{_TEXT_WORD}){_TEXT_AND}(?:{_CREDIT_WORDS})|(?:{_CREDIT_WORDS}){_TEXT_AND}"
    rf"(?:{_TEXT_WORD}))|文\s*[、與与和及‧·]\s*(?:圖|图|攝影|摄影))\s*(?=[:：／/])"
)
# "Автор/редактор:", "Autor i redaktor:", "Redaktor/autor:": the writer edited her own text;
# the label is the writer's (no editor's credit, which `_CREDIT` drops)
_EDITOR_WORDS = "|".join(map(re.escape, langwords.entries(langwords.EDITOR_CREDITS)))
_WRITER_WORDS = "|".join(map(re.escape, langwords.entries(langwords.BYLINE_LABELS)))
_WRITER_AND_EDITOR = _compile(
    rf"^\s*+(?i:(?:{_WRITER_WORDS}){_TEXT_AND}(?:{_EDITOR_WORDS})"
    rf"|(?:{_EDITOR_WORDS}){_TEXT_AND}(?:{_WRITER_WORDS}))\s*+(?=[:：])"
)
# ... and with no colon after the label, a name after it ("Teksti Matti Virtanen Kuvat Liisa
# Korhonen", "Text und Fotos Anna Muster"): the label's words, the writer after them.
_TEXT_LED = _compile(
    rf"^\s*+(?i:(?:{_TEXT_WORD})(?:{_TEXT_AND}(?:{_CREDIT_WORDS}))?)\s++(?=[^\W\d_])"
)
# (no "credit": "Credit Suisse"; no editor's words, EDITOR_CREDITS: "Editor Siti Aminah" with
# no colon stays read as her name)
_PICTURE_WORDS = frozenset(langwords.entries(langwords.PHOTO_CREDITS)) - {"credit"}
# Xinhua's dispatch: agency, place and day, then the reporters in brackets
# ("新华社北京12月2日电" and "记者王小明" in full-width brackets); the names are in the brackets.
_WIRE_REPORTERS = _compile(r"[电電]\s*[（(]\s*((?:记者|記者)\s*[^（）()]{2,30})[）)]")
# "Von Anna Muster (mit dpa/AFP)": the sources in brackets, read as "mit dpa/AFP" is.
_WITH_IN_BRACKETS = _compile(r"(?!(?<=\s)\s)\s*\(((?:mit|with|avec|con|com|med|met)\s[^()]*)\)")
# "Berlin (dpa)", "MADRID (EFE).-", "Paris (AFP) -": one word before agencies in brackets is
# a wire dispatch's dateline, where it was filed, as "Porto Alegre (Lusa)" is: the agency's.
_DATELINE_AGENCY = _compile(r"^\s*([^\W\d_][\w.'’-]*)\s*\(([^()]{2,30})\)[\s.:\-\u2013\u2014]*$")
BYLINE_CLUSTER_DEPTH = 3
_TEASER_AREAS = {"aside", "nav", "footer"}
_CARD_PLACES = {"li", "aside", "nav", "footer"}
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_HEADLINE_WORDS = 4  # a link this long is a headline, not a writer's name
# Elements whose texts are separate parts: a name never runs across them (a link holds a
# whole name: "<a>Jane Doe</a> <a>John Roe</a>" are two).
_BLOCK_TEXT = """
div p li dd dt time address section article header footer ul ol dl br h1 h2 h3 h4 h5 h6
figure figcaption button td th tr table a
"""
_BLOCKS = frozenset(_BLOCK_TEXT.split())
_FIGURE = {"figure", "figcaption"}
_PAGE = {"body", "html"}
_ORG_TYPES = {t.lower() for t in _PUBLISHER_TYPES}
BYLINE_WINDOW = 60  # blocks after the h1 looked at for a "Von ..." / "홍길동 기자" line
_EMAIL = _compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINE_PARTS = _compile(r"(?!(?<=\s)\s)\s*[|·•]\s*")
MAX_BYLINE_CHARS = 120
_STORY_PARAGRAPH = 200  # characters: a paragraph this long is story text, no teaser's


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


def _house_credit(text: str, publishers: AbstractSet[str]) -> str | None:
    """A byline crediting only the house: its newsroom ("Por Redação": "Redação") or the
    site's own name or host as printed ("LRTP.lt", "Beispielblatt")."""
    if found := newsroom_credit(text):
        return found
    text = BYLINE_LEAD.sub("", clean(text)).strip(" .:")
    if text and len(text) <= _NEWSROOM_CHARS and is_publisher(text, publishers):
        return text
    return None


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


_SOURCE_WORDS = "|".join(re.escape(w) for w in langwords.entries(langwords.SOURCE_LABELS))
_SOURCE_LINE = _compile(rf"^(?:{_SOURCE_WORDS})\s*[:：]\s*(\S.*)$", re.I)
# "Rahul Sharma | Source: PTI", "Anna Muster, Quelle: dpa": what the story was taken from,
# after the writer (the looked-at keys leave a source beside a name out); up to the next
# bar or bullet, after which a second writer may follow ("Jane Doe | Source: AP | John Roe").
_SOURCE_AFTER = _compile(
    rf"(?:\s*[|,;/·•]|\s[-\u2013\u2014])\s*(?:{_SOURCE_WORDS})\s*[:：][^|·•]*", re.I
)
_SITE_SLASH_SOURCE = _compile(r"^(.+?)\s+/\s+(\S.*)$")
_BRACKETED = _compile(r"^\(([^()]+)\)\.?$")
_CLOSING_LINE = 80  # characters: a credit line, no story paragraph
_CLOSING_WINDOW = 3000  # elements after the headline looked at for the story's first paragraph


def _closing_source(
    doc: Document, publishers: AbstractSet[str], writers_only: bool = False
) -> list[str]:
    """The source a story without any byline credits in the short line after its last
    paragraph: "Quelle: dpa", "Fuente: EFE", "Beispielbote / Ejemplo Hoy" (the site, a slash,
    the paper it took the story from). Read only where no source names anyone.
    `writers_only`: only a person the line credits as the piece's writer (an interviewer, a
    guest writer's note), no agency or source."""
    story = _story_block(doc)
    if story is None:
        return []
    line, after_story, last = "", False, ""
    line_el = last_el = None
    for el in story.iterchildren("p"):  # the story's own paragraphs, not a comment box's
        text = clean(el.text_content())
        if len(text) >= _STORY_LINE:
            line, after_story, last, last_el = "", True, text, el
        elif after_story:
            line, after_story, line_el = text, False, el
    if not writers_only and (
        tagged := _agency_tag(line)
        or _agency_tag(m.group(1) if (m := _ENDING_TAG.search(last)) else "")
    ):
        return tagged  # "(dpa)", "ama/dpa", "... sagte er. (dpa/lno)"
    if not writers_only and (tagged := _material_from(line)):
        return tagged  # "Mit Material von dpa": the agency, as under the headline
    # a guest piece's note on its writer, however long, set in italics as such notes are
    # ("<em>Die Autorin Anna Muster ist ...</em>"); in roman type it is the story's sentence
    note, note_el = (line, line_el) if line else (last, last_el)
    if (
        (m := _AUTHOR_NOTE.match(note))
        and _italic(note_el, note)
        and not _named_in_story(m.group(1), story, note_el)
        and not _DEATH.search(_RELATIVE.split(_SENTENCE_END.split(note, 1)[0], 1)[0])
        and (names := clean_names([m.group(1)], publishers))
    ):
        return names
    if not line or len(line) > _CLOSING_LINE:
        return []
    if writers_only:
        m = _INTERVIEW_LINE.match(line)
        return (
            clean_names([asked], publishers) if m and (asked := _interviewers(m.group(1))) else []
        )
    if (m := _NAME_INITIALS.match(line)) and _initials_of(m.group(2), m.group(1)):
        if m.group(2) in AGENCIES:  # "Deutsche Presse-Agentur (dpa)": the agency's tag
            return clean_names([m.group(2)], publishers)
        return clean_names([m.group(1)], publishers)  # "Anna Muster (amu)": hers
    if name := _name_and_letters(doc, line, line_el, agencies=True):
        return clean_names([name], publishers)  # "Trần Văn Hùng (TTXVN)": hers and the agency's
    # "(Quelle: dpa)" in brackets as "Quelle: dpa" bare (a Swiss or Austrian paper's habit),
    # an agency's only: "(Quelle: Statistisches Landesamt)", "(Quelle: Umfrage)" in brackets
    # credit a figure's source, no writer
    if (b := _BRACKETED.match(line)) and (m := _SOURCE_LINE.match(b[1])):
        source = m.group(1).strip()
        return [source] if is_agency(source) else _agency_tag(source)
    if m := _SOURCE_LINE.match(line):
        # an agency's only: "Quelle: Stadtverwaltung", "Quelle: Beispielbote" credit where a
        # figure or a report came from, no writer
        return _credited_sources(clean_names([m.group(1)], publishers))
    if (m := _INTERVIEW_LINE.match(line)) and (asked := _interviewers(m.group(1))):
        return clean_names([asked], publishers)  # "Das Interview führte Anna Muster."
    m = _SITE_SLASH_SOURCE.match(line)
    if m and is_publisher(m.group(1), publishers) and not is_publisher(m.group(2), publishers):
        return clean_names([m.group(2)], publishers)
    return []


def _material_from(line: str) -> list[str]:
    """The agencies of a closing line crediting material from them ("Mit Material von dpa
    und AFP", "(With additional reporting by Reuters)"); none where another source gave it."""
    if not line or (m := _MATERIAL.match(line.strip("() "))) is None:
        return []
    return _agency_tag(line.strip("() ")[m.end() :].rstrip(" ."))


def _credited_sources(names: list[str]) -> list[str]:
    """The writers of a source line's names: its agencies ("Allikas: BNS", "Quelle: dpa,
    WHO" is dpa). Other letters beside one are where a figure came from as often as a
    newsroom ("RKI", "BMW", "FBI"), and the site's own letters are its publisher's. No
    agency: no one ("Quelle: ERR" may be a quote's source)."""
    return [n for n in names if _agency_name(n)]


# the opener, then what follows it (up to a closing stop or bracket), read by `_interviewers`
_INTERVIEW_LINE = _compile(
    r"^\(?(?i:{})(?:\s*:)?\s(.+)$".format(
        "|".join(re.escape(w) for w in langwords.entries(langwords.INTERVIEW_CREDITS))
    )
)
_INTERVIEW_LEAD = 2  # lower-case words before the names: "unsere Redakteurin Anna Muster"
_NAMES_JOINED = frozenset([*langwords.entries(langwords.AND_WORDS), "&"])  # each one's "and"


def _interviewers(text: str) -> str:
    """The names an interview's closing credit gives after its opener: capitalised words
    (a particle inside), several names joined by commas or "und", after at most two
    lower-case words ("unsere Redakteurin"), up to the first other lower-case word
    ("Anna Muster am Telefon", "... mit dem Minister Bernd Beispiel"); "" where no name of
    two capitalised words opens it ("sie per Video", "unsere Leserinnen und Leser")."""
    words = text.rstrip(" .)").split()
    start = 0
    while start < min(len(words), _INTERVIEW_LEAD) and not words[start][:1].isupper():
        start += 1
    names: list[str] = []
    name: list[str] = []
    for raw in [*words[start:], ""]:
        word = raw.rstrip(",")
        if word[:1].isupper() or (name and word in NAME_PARTICLES):
            name.append(word)
            if not raw.endswith(","):
                continue
        # the name ends: at its comma, at "und", at a lower-case word or the line's end
        while name and not name[-1][:1].isupper():
            name.pop()  # a particle before a lower-case word: "Anna Muster von"
        if sum(w[:1].isupper() for w in name) < 2:
            break  # one word ("Muster, Anna", "Leserinnen und Leser"), or none
        names.append(" ".join(name))
        name = []
        if word not in _NAMES_JOINED and not raw.endswith(","):
            break
    if not names:
        return ""
    return ", ".join([" ".join([*words[:start], names[0]]), *names[1:]])


# the opener, the name (capitalised words), then a lower-case word: "ist", "lehrt", ","
_CAPITALISED = r"[^\W\d_a-z][\w.'-]+"
_AUTHOR_NOTE = _compile(
    r"^(?i:{})\s+({cap}(?: (?:von |van |de |zu )?{cap}){{1,3}}),?\s+[^\W\d_A-Z]".format(
        "|".join(re.escape(w) for w in langwords.entries(langwords.AUTHOR_NOTES)),
        cap=_CAPITALISED,
    )
)


# A writer's name and her initials in brackets closing the story ("Anna Muster (amu)"), the
# initials spelt from the name's letters in order (her first one first)
_NAME_INITIALS = _compile(r"^([^\W\d_][\w.'-]+(?: [^\W\d_][\w.'-]+){1,3})\s*\(([^\W\d_]{2,4})\)$")


_SPELLED_LETTERS = 6  # letters at most of an agency's or station's capitals ("TTXVN")
_AGENCY_WORD = 12  # letters at most of a known agency's name in capitals ("AGERPRES")
# A full name and capitals in brackets ("Trần Văn Hùng (TTXVN)", "Anna Muster (AM)")
_NAME_LETTERS = _compile(
    rf"^([^\W\d_][\w.'-]+(?: [^\W\d_][\w.'-]+){{1,3}})\s*\(([^\W\d_a-z]{{2,{_AGENCY_WORD}}})\)$"
)
_PARTIES = frozenset(langwords.entries(langwords.PARTY_LETTERS))


def _name_and_letters(
    doc: Document, text: str, el: HtmlElement | None, agencies: bool = False
) -> str | None:
    """ "Trần Văn Hùng (TTXVN)", "Anna Muster (AM)" on a line of its own: the writer, the
    letters an agency's the table lacks or her initials, where the story (`el`, the line,
    left out) names neither her surname nor the letters and they are no party's ("Olaf
    Muster (SPD)", "Jane Doe (NASA)": a politician, a guest, whom the story is about).
    `agencies`: letters the table holds too, credited beside her ("Jan Novák, ČTK"), as a
    byline's are (a closing line's: one under the headline is read as a byline)."""
    m = _NAME_LETTERS.match(text)
    if m is None or not m[2].isupper() or not _name_shaped(m[1]) or m[2].casefold() in _PARTIES:
        return None
    if langwords.body_letters(m[2]) and not _initials_in_capitals(m[2], m[1]):
        return None  # "Jane Doe (UNHCR)": whom she speaks for ("Uma Nina Schulz (UNS)": hers)
    known = agencies and is_agency(m[2])
    if len(m[2]) > _SPELLED_LETTERS and not known:
        return None  # "Ion Popescu (AGERPRES)" only: a long word is read by the table
    if not (known or _initials_in_capitals(m[2], m[1]) or _spelled_agency(m[2])):
        return None
    story = _story_block(doc)
    if story is None or _named_in_story(m[1], story, el):
        return None
    if any(
        e is not el and m[2] in _WORDS.findall(e.text_content()) for e in story.iterchildren("p")
    ):
        return None
    return f"{m[1]}, {m[2]}" if known else m[1]


_WORDS = _compile(r"\w+")
_AGENCY_LETTERS = 4  # letters at least: "TTXVN"; of three a country's code ("GER"), a body's


def _initials_in_capitals(letters: str, name: str) -> bool:
    """ "AM" after "Anna Muster", "TVH" after "Trần Văn Hùng": her initials."""
    return plain(letters.casefold()) == "".join(plain(w[0].casefold()) for w in name.split())


def _spelled_agency(letters: str) -> bool:
    """ "TTXVN", "XYZB": an agency's letters the table lacks, spelled out and long enough to
    be no country's sports code ("GER", "USA") nor a body's ("UN", "WHO"); not a body read as
    a word ("NATO", "FIFA"), a byline's or a piece's word ("TEXT", "VIDEO"), nor an agency the
    table holds ("AFP": credited beside her, as before)."""
    w = letters.casefold()
    return (
        len(w) >= _AGENCY_LETTERS
        and not _read_as_word(w)
        and w not in AGENCIES
        and not is_role_word(w)
        and w not in LABEL_WORDS
        and plain(w) not in _KIND_OR_DESK
    )


def _initials_of(initials: str, name: str) -> bool:
    letters, rest = initials.casefold(), name.casefold()
    if not initials.islower() or letters[0] != rest[0]:
        return False
    at = 1
    for c in letters[1:]:
        at = rest.find(c, at) + 1
        if not at:
            return False
    return True


# A note on a writer who has died ("Der Autor Max Frisch starb 1991", "(1929-2011)"): a
# reprint's or an anthology's author, no one who wrote the page's own piece
# (in the note's first sentence, the one naming her: "Anna Muster ist Historikerin. Ihr
# Großvater starb 1944" and "schreibt über die Jahre 1914-1918" are a living writer's)
_DEATH = _compile(
    r"\b(?:starb|verstarb|gestorben|verstorben|died)\b|†"
    r"|\(\s*(?:geb\.\s*|b\.\s*|\*\s*)?1\d{3}\s*[-–]\s*(?:19|20)\d\d\s*\)"
)
_SENTENCE_END = _compile(r"[.;!?](?:\s|$)")
# ... and before a clause on someone else ("über ihren Vater, der 2019 starb")
_RELATIVE = _compile(r",\s+(?:der|die|dessen|deren|who|whose|which)\b")


def _named_in_story(name: str, story: HtmlElement, note: HtmlElement | None) -> bool:
    """Whether the story's paragraphs (the note left out) name the person by her surname
    ("Wolfs später Roman", "Wolf schreibt"): a review's or a portrait's subject, whom a
    closing note on "Die Autorin Christa Wolf" speaks of, not the piece's writer."""
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}(?:s|')?(?!\w)")
    return any(
        el is not note and surname.search(el.text_content()) for el in story.iterchildren("p")
    )


def _italic(el: HtmlElement | None, text: str) -> bool:
    """Whether a paragraph's text is set in italics whole (`<p><em>...</em></p>`)."""
    return _set_whole(el, text, ("em", "i"))


def _set_whole(el: HtmlElement | None, text: str, tags: tuple[str, ...]) -> bool:
    """Whether a paragraph's first child among `tags` holds its text `text` (nine tenths of
    it: a space or a full stop may stand outside the markup)."""
    if el is None:
        return False
    marked = next((c for c in el if c.tag in tags), None)
    return marked is not None and len(clean(marked.text_content())) >= 0.9 * len(text)


# "Ông" (Mr) and "Bà" (Mrs) before a full name: a person the story names, not its signature
# ("Ông" is a family name too: "Ông Văn Tùng")
_VI_HONORIFICS = frozenset(["ông", "bà"])


def _signature(doc: Document, publishers: AbstractSet[str], lang: str) -> list[str]:
    """The writer a Vietnamese paper signs its story with, under the last paragraph, in bold
    or aligned right ("<p style='text-align:right'><strong>Nguyễn Văn An</strong></p>"),
    read where nothing else names anyone: a name's shape (`_vietnamese_name`) and its setting,
    never a closing sentence or a crosshead. On a page in Vietnamese only: elsewhere a bold
    "Mai Thai Kitchen" or "Cao Bang" under the story is a venue or a place."""
    if lang.split("-")[0] != "vi":
        return []
    story = _story_block(doc)
    paragraphs = list(story.iterchildren("p")) if story is not None else []
    if len(paragraphs) < 2:
        return []
    text = clean(paragraphs[-1].text_content())
    words = text.casefold().split()
    if not (
        _vietnamese_name(text)
        and not (len(words) > 2 and words[0] in _VI_HONORIFICS and words[1] in _VI_FAMILY)
        and _signed(paragraphs[-1], text)
        and any(len(clean(p.text_content())) >= _STORY_LINE for p in paragraphs[:-1])
    ):
        return []
    return clean_names([text], publishers)


def _signed(el: HtmlElement | None, text: str) -> bool:
    """Whether a paragraph is set as a signature: in bold whole, or aligned right."""
    if el is None:
        return False
    if _ALIGNED_RIGHT.search(el.get("style") or ""):
        return True
    return _set_whole(el, text, ("strong", "b"))


# the alignment's own value: "margin-right" after "text-align: justify" is none
_ALIGNED_RIGHT = _compile(r"(?i)(?<![\w-])text-align\s*:\s*right\b")


_STORY_LINE = 100  # characters: a paragraph of the story's own, not its closing credit
_HEADER_WINDOW = 40  # elements after the headline read for an agency credit above the story
_NOT_CREDIT_BLOCKS = {"figure", "figcaption", "picture", "a", "button", "h2", "h3"}
_PICTURE_CLASS = ("credit", "copyright", "caption", "foto", "photo", "bild", "image", "img")


def _picture_class(el: HtmlElement) -> bool:
    cls = (el.get("class") or "").lower()
    return any(w in cls for w in _PICTURE_CLASS)


_MEDIA = ("img", "picture", "video", "iframe")


def _beside_media(doc: Document, el: HtmlElement) -> bool:
    """A line in a small block with a picture or video and little text, not the headline's
    (`<div class="lead-media"><img ...><span>AFP</span></div>`): the picture's credit."""
    parent = el.getparent()
    return (
        parent is not None
        and not _holds_headline(doc, parent)
        and next(parent.iter(*_MEDIA), None) is not None
        and len(clean(parent.text_content())) <= 80
    )


def _header_agency_tag(doc: Document) -> list[str]:
    """The agencies a line of its own between the headline and the story's first paragraph
    credits, with a newsroom's lower-case initials beside them ("red, APA", "(dpa)",
    "AFP/sda"); not a picture's credit, nor one in an aside or a teaser card."""
    h1 = headline(doc)
    if h1 is None:
        return []
    for el in itertools.islice(_following(h1), _HEADER_WINDOW):
        if el.tag == "p" and len(el.text_content()) >= _STORY_LINE:
            return []  # the story began
        if len(el) or el.tag in _NOT_CREDIT_BLOCKS or not isinstance(el.tag, str):
            continue
        text = clean(el.text_content())
        if not 2 <= len(text) <= 40 or not (tagged := _agency_tag(text)):
            continue
        near = itertools.chain([el], itertools.islice(el.iterancestors(), 3))
        if any(a.tag in _NOT_CREDIT_BLOCKS or _picture_class(a) for a in near):
            continue
        if _in_teaser_area(doc, el) or _beside_media(doc, el):
            continue  # an aside's, as the byline queries skip it there; a picture's credit
        return tagged
    return []


def _story_block(doc: Document) -> HtmlElement | None:
    """The block holding the story's paragraphs: the first after the headline with a
    paragraph of 200 characters, else with two of 100 (a story of short paragraphs, as
    agency copy often is)."""
    h1 = headline(doc)
    if h1 is None:
        return None
    seen: set[HtmlElement] = set()
    for el in itertools.islice(_following(h1), _CLOSING_WINDOW):
        if el.tag != "p" or (parent := el.getparent()) is None:
            continue
        size = len(el.text_content())
        if size >= _STORY_PARAGRAPH:
            return parent
        if size >= _STORY_LINE:
            if parent in seen:
                return parent
            seen.add(parent)
    return None


_ENDING_TAG = _compile(r"[.!?\"“”»。！？」]\s*[(（]([^()（）]{2,40})[)）]$")


def _organisations_alone(doc: Document) -> list[str]:
    """The JSON-LD author's names where every author is typed Organization and no source
    names anyone: "Redaktion", "Newsdesk" (a role word as a newsroom's name) credited alone
    is the page's author, as printed."""
    found = jsonld.resolve(doc.article.get("author"), doc.jsonld)
    objects = found if isinstance(found, list) else [found]
    if not objects or not all(
        isinstance(o, dict) and _ORG_TYPES.intersection(jsonld.types_of(o)) for o in objects
    ):
        return []
    names = [clean(n) for o in objects for n in as_strings(o.get("name"))]
    return dedupe([n for n in names if n and not _URL.match(n) and len(n) <= MAX_BYLINE_CHARS])


# "Muster, Anna (Text)", "de Vries, Saar (foto's)": a writer printed surname first, her
# part in the story in brackets after her
_INVERTED_ROLE = _compile(
    rf"(?<![\w'’-])((?:(?:{'|'.join(_PARTICLES_TEXT.split())})\s){{0,3}}[^\W\d_a-z][\w'’-]{{0,40}})"
    r",\s*+([^\W\d_a-z][\w'’.-]{0,40})\s*+\(([^()]{1,30})\)"
)


def _given_first_role(m: re.Match[str]) -> str:
    """ "Muster, Anna (Text)" -> "Anna Muster (Text)", where the brackets hold a role or a
    picture's credit ("(Fotos)", "(Redakteurin)"; not an agency: "Muster, Anna (dpa)"), so
    each writer is read with her role as one given name first (was: "Muster", "Anna")."""
    role = m.group(3).strip()
    if not (is_role_word(role) or _PICTURE_PAREN.search(f"({role})")):
        return m.group(0)
    if _known_place(m.group(2), ""):
        return m.group(0)  # "Muster, Kempten (Text)": where she filed from, read as before
    name = _given_first(f"{m.group(1)}, {m.group(2)}")
    return m.group(0) if name == f"{m.group(1)}, {m.group(2)}" else f"{name} ({role})"


_DASH_END = _compile(rf"(?<=[^\W\d_]|(?<=[^\W\d_])\.)\s*+(?:--|[{_DASHES}])\s*+$")


def _date_after_comma(text: str) -> bool:
    """ "LAGOS, 3 March 2026", "Lagos, March 3, 2026", "Dakar, le 3 mars 2026": a comma,
    then a date (after a short lower-case word: French "le")."""
    rest = text.partition(",")[2].split()
    if len(rest) > 1 and rest[0].isalpha() and rest[0].islower() and len(rest[0]) <= 3:
        rest = rest[1:]  # "le 3 mars"
    return bool(rest) and (rest[0][:1].isdigit() or rest[0].casefold().strip(".") in MONTHS)


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


def _opening(doc: Document) -> str:
    """The first words of the first paragraph after the headline."""
    h1 = headline(doc)
    if h1 is None:
        return ""
    for el in itertools.islice(_following(h1), BYLINE_WINDOW * 2):
        if el.tag == "p" and len(text := clean(el.text_content())) > 40:
            return text[:60]
    return ""


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


# A word of an agency's full name ("Deutsche Presse-Agentur", "Agence France-Presse",
# "Agência Brasil"): each language's generic word, also a compound's end ("Nachrichtenagentur")
_AGENCY_ENDS = tuple(w for w in langwords.GENERIC_AGENCY_WORDS if w.isalpha() and len(w) > 5)


def _agency_name(name: str) -> bool:
    """An agency's letters or its full name (a word of it the generic "agency")."""
    folded = name.casefold()
    if folded.removeprefix("the ") in langwords.AGENCY_FULL_NAMES:
        return True  # "Associated Press"
    return is_agency(name) or any(
        w in langwords.GENERIC_AGENCY_WORDS or w.endswith(_AGENCY_ENDS)
        for w in re.split(r"[\s-]+", folded)
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


def _in_teaser_area(doc: Document, el: HtmlElement) -> bool:
    """Inside an aside, nav or footer, or another <article> than the headline's (a teaser
    card); not the footer of the headline's own <article> (bylines sit there:
    "<article><h1>...<footer>Av Kari Nordmann</footer>"). Not inside the <article> holding
    the story's text below a headline printed outside any article, whatever holds that
    article: an <aside> left unclosed before it makes the parser nest the story in it."""
    for a in itertools.chain([el], el.iterancestors()):
        if a.tag == "article":
            if _owns_headline(doc, a):
                return False
            if _headline_article(doc) is None and _holds_story_block(doc, a):
                return False
            if _headline_article(doc) is not None or not _holds_story(a):
                return True
        elif a.tag in _TEASER_AREAS and not (a.tag == "footer" and _footer_of_headline(doc, a)):
            return True
        elif _READER_COMMENTS.search(
            f"{a.get('id', '')} {a.get('class', '')}"
        ) and not _story_own_block(doc, a):
            return True  # "Von Karl Heinz" over a reader's comment: no writer of the story
    return _in_teaser_card(doc, el)


# A block of readers' comments, by a token of its id or class ("comments", "comment-list",
# "c-kommentare", "commentaires", "commenti", "reacties", "kommentarer", "disqus_thread"), in
# any language; a comment's writer is no byline. Not a count or link beside the byline
# ("has-comments", "comments-count"), nor the headline's own block ("tone-comment": an opinion).
_READER_COMMENTS = _compile(
    r"(?<![\w-])(?!(?:has|no|show|open|with|count)[-_])(?:\w+[-_])?(?:comments?|kommentare"
    r"|leserkommentare|commentaires?|commenti|comentarios|reacties|kommentarer|kommentit"
    r"|yorumlar|disqus)(?:[-_](?!(?:count|link|button|btn|icon|number)\b)\w+)?(?![\w-])",
    re.I,
)


def _story_own_block(doc: Document, block: HtmlElement) -> bool:
    """A block named "comment" that is the story's own: it holds the headline or the story's
    paragraphs, or stands above them (an opinion page's "comment-author", "section.comment"
    round a column); readers' comments come after the story."""
    if _holds_headline(doc, block):
        return True
    h1 = headline(doc)
    story = _story_block(doc)
    if h1 is None or story is None:
        return False
    if story is block or any(a is block for a in story.iterancestors()):
        return True
    for el in itertools.islice(_following(h1), _CLOSING_WINDOW):
        if el is story or (el.tag == "p" and el.getparent() is story):
            return False  # the story began
        if el is block:
            return True
    return False


def _holds_headline(doc: Document, block: HtmlElement) -> bool:
    h1 = headline(doc)
    return h1 is not None and (block is h1 or block in h1.iterancestors())


def _in_teaser_card(doc: Document, el: HtmlElement) -> bool:
    """Inside a teaser card: the smallest block around `el` (short of the headline's own
    blocks) linking another article by its headline, where that block sits in a list item,
    aside, nav or footer, or beside another such card (a promo strip, a "most read" list).
    A byline in a list of the article's own writers links names, no headlines."""
    h1 = headline(doc)
    if h1 is None:
        return False
    stop = {h1, *h1.iterancestors()}
    for card in el.iterancestors():
        if card in stop or card.tag in _PAGE:
            return False
        if not _links_headline(doc, card, el):
            continue
        if _holds_story(card):
            return False  # the story's own column: its links sit in the text
        if any(
            a.tag in _CARD_PLACES
            for a in itertools.takewhile(
                lambda a: a not in stop, itertools.chain([card], card.iterancestors())
            )
        ):
            return True
        parent = card.getparent()
        return (
            parent is not None
            and parent not in stop
            and any(sib is not card and _links_headline(doc, sib, None) for sib in parent)
        )
    return False


def _links_headline(doc: Document, block: HtmlElement, byline: HtmlElement | None) -> bool:
    """`block` links another article by its headline: a heading's link (or a link holding a
    heading), or a link of several words that is not the byline's (a writer's page)."""
    for link in block.iter("a"):
        href = link.get("href") or ""
        if not href or href.startswith("#") or href == doc.url:
            continue
        if next(link.iterancestors(*_HEADINGS), None) is not None or any(
            True for _ in link.iter(*_HEADINGS)
        ):
            return True
        if byline is not None and (link is byline or byline in link.iterancestors()):
            continue
        words = len(link.text_content().split())
        if words >= _HEADLINE_WORDS and not _inline(link, words):
            return True
    return False


def _inline(link: HtmlElement, words: int) -> bool:
    """A link inside a sentence (a paragraph twice its length), not a teaser's own line."""
    p = next(link.iterancestors("p"), None)
    return p is not None and len(p.text_content().split()) > 2 * words


def _nearest_after_headline(doc: Document, elements: list[HtmlElement]) -> HtmlElement:
    """The first candidate after the headline (or above it in its <article>), else the last
    before it: a byline printed ahead of the headline outside its <article> stands nearest."""
    after = _after_headline(doc, elements) if len(elements) > 1 else elements
    return after[0] if after else elements[-1]


def _holds_story(article: HtmlElement) -> bool:
    """An <article> with a paragraph of story text (the body below a headline printed outside
    it), not a teaser card."""
    return any(len(p.text_content()) > _STORY_PARAGRAPH for p in article.iter("p"))


def _holds_story_block(doc: Document, article: HtmlElement) -> bool:
    """Whether the block of the story's paragraphs after the headline lies in `article`."""
    block = _story_block(doc)
    return block is not None and (
        block is article or any(a is article for a in block.iterancestors("article"))
    )


def _headline_article(doc: Document) -> HtmlElement | None:
    h1 = headline(doc)
    return next(h1.iterancestors("article"), None) if h1 is not None else None


def _footer_of_headline(doc: Document, footer: HtmlElement) -> bool:
    article = next(footer.iterancestors("article"), None)
    return article is not None and article is _headline_article(doc)


def _owns_headline(doc: Document, article: HtmlElement) -> bool:
    h1 = headline(doc)
    return h1 is not None and any(a is article for a in h1.iterancestors("article"))


def _after_headline(doc: Document, elements: list[HtmlElement]) -> list[HtmlElement]:
    """Elements after the headline, or before it inside its own <article> (a byline block
    above the headline): elsewhere before it sit the menus and teasers of other articles."""
    h1 = headline(doc)
    if h1 is None or not elements:
        return elements
    before = set(itertools.takewhile(lambda el: el is not h1, doc.tree.iter()))
    before.difference_update(_before_in_article(doc))
    return [el for el in elements if el not in before]


def _before_in_article(doc: Document) -> list[HtmlElement]:
    """The elements of the headline's <article> before the headline (not its ancestors)."""
    h1 = headline(doc)
    article = _headline_article(doc)
    if h1 is None or article is None:
        return []
    ancestors = set(h1.iterancestors())
    return [
        el
        for el in itertools.takewhile(lambda el: el is not h1, article.iterdescendants())
        if el not in ancestors
    ]


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


def _languages_of(table: dict[str, str]) -> dict[str, set[str]]:
    """Each word of a language table with the languages listing it (one spelling, several
    meanings: "editor")."""
    found: dict[str, set[str]] = {}
    for code, words in table.items():
        for word in langwords.entries({code: words}):
            found.setdefault(word.casefold(), set()).add(code)
    return found


# An editor's credit (`_REPORTER_CREDIT`) whose word names the reporter in one language and
# editing alone in another (Romanian "editor" a newsroom's journalist, Czech and Slovak
# "editor" an editor): the reporter's only on a page in a language where it names her
_REPORTER_CREDIT_LANGS = _languages_of(langwords.EDITOR_CREDITS_REPORTER)
_EDITING_ONLY = {
    word: langs - _REPORTER_CREDIT_LANGS.get(word, set())
    for word, langs in _languages_of(langwords.EDITOR_CREDITS).items()
}


def _names_reporter(word: str, lang: str) -> bool:
    """Whether an editor's credit word ("Redaktor", "Editor") names the writer where she is
    alone, on a page in `lang`."""
    word = word.casefold()
    return not _EDITING_ONLY.get(word) or lang.split("-")[0] in _REPORTER_CREDIT_LANGS[word]


def clean_names(
    raw: list[str],
    publishers: AbstractSet[str] = frozenset(),
    strict: bool = False,
    keep_publisher: bool = False,
    lower_ok: bool = False,
    lang: str = "",
    surname: Callable[[str], bool] | None = None,
    one_each: bool = False,
    place: Callable[[str], bool] | None = None,
    guess_place: bool = True,
    town_lang: str = "",
) -> list[str]:
    """Split bylines into names and drop what is not a person; keep a publisher only if alone
    (or, with `keep_publisher`, beside a person too). `lower_ok`: a name typed in lower case
    counts (JSON-LD: "jane doe"); `lang`, the page's language, where a name's words depend on it.

    `strict`: keep only name-shaped parts (capitalised words, CJK) and agencies, for weak sources.
    `surname` tells whether one word after a newsroom is a writer's name the page states
    (else it is where the newsroom is), and whether one word before an agency in brackets
    is ("Aditya (Antara)"; else it is the dispatch's dateline: "Berlin (dpa)").
    `one_each`: each text is one entry of a list (JSON-LD's): an agency's name ending it
    with no mark is the person's surname ("Mary Ann Bloomberg"), no second credit.
    `place` tells whether one word after a surname's comma is where she filed from, as the
    page states it ("Muster, Berlin" over a story on Berlin), no given name ("Muster, Anna").
    `guess_place`: a word the given names' table lacks may be that place (a printed byline's;
    metadata naming a writer names a person: `<meta name=author content="Muster, Kübra">`).
    `town_lang`: the language the article's words are in, where it differs from the markup's
    (a CMS's default "en" on a German page): a town is near or far from the paper by it.
    """
    names: list[str] = []
    reporters: list[str] = []  # the names after a reporter's editor credit ("Redaktor: ...")
    for text in raw:
        text = clean(text)
        if not text or len(text) > 300:
            continue
        if "/" in text or "／" in text:
            text = _cjk_role_first(text)  # "张伟/文": the role first
        text = _TEXT_AND_PICTURES.sub("Text", text)
        text = _WRITER_AND_EDITOR.sub("Text", text)  # "Автор/редактор: Иван Петров"
        if (text_led := _TEXT_LED.match(text)) and text[text_led.end()].isupper():
            # "Teksti Matti Virtanen Kuvat Liisa Korhonen": the writer before the credit (a
            # text word that is a given name is his: Turkish "Metin Kaya Fotoğraf Ali Demir")
            lead = 0 if is_given_name(text_led[0].strip()) else text_led.end()
            text = _before_picture_credit(text[lead:])
        if _URL.match(text):
            continue
        if _CREDIT.match(text):
            # "Edited By: Anna Rao | Written By: Vikram Shah": the writer after the editor
            if (writer := writer_after_credit(text)) is None:
                if (m := _REPORTER_CREDIT.match(text)) and _names_reporter(
                    m.group(1), town_lang or lang
                ):
                    reporters.append(text[m.end() :])  # "Redaktor: Jan Kowalski": if alone
                continue
            text = writer
        text = _TRANSLATED.sub("", text)
        text = _DESK_FROM.sub("", text).rstrip(" ,")
        if not text:
            continue
        if "://" in text:
            text = _FULL_URL.sub(" ", text)  # "The Example Times https://...": no split at its "/"
        if (
            (m := _DATELINE_AGENCY.match(text))
            and _agencies_only(m.group(2))
            and not _writer_before_agency(m.group(1), surname)
        ):
            text = m.group(2)  # the agency credited, the place dropped
        if "(" in text:
            text = _INVERTED_ROLE.sub(_given_first_role, text)  # "Muster, Anna (Text)"
            text = _WITH_IN_BRACKETS.sub(r", \1", text)
            # "Hans Meier (dpa)" as "Hans Meier, dpa" and "Hans Meier/dpa": the agency beside
            # the writer is credited too (no initials: "Anna Muster (am)" keeps the name alone)
            text = _IN_BRACKETS.sub(_bracketed_agencies, text)
        if "@" in text:
            # "By Jane Doe @janedoe": her account, no name
            text = _HANDLE.sub(lambda m: m[1] or "", text)
        if _HANGUL.search(text):
            text = _korean_reporter(text)
        elif _CJK_LABELS.search(text) and (m := CJK_LABEL_IN_LINE.search(text)):
            text = m.group(1)  # the name after the writer's label among other labels
        text = _without_date_head(text)  # "12.03.2025, 10:15 Uhr Von Anna Muster"
        sourced = False  # a source was cut: a place before it is a dateline ("Bad Homburg")
        if (source := _SOURCE_AFTER.search(text)) and BYLINE_LEAD.sub("", text[: source.start()]):
            # "Rahul Sharma | Source: PTI": the writer alone
            text, sourced = _SOURCE_AFTER.sub("", text), True  # every source, each up to a bar
        if (story := _TH_STORY.match(text)) and not _thai_name(text[story.end() :]):
            continue  # "เรื่อง: น้ำท่วมภาคเหนือ": the story's subject, no writer's name
        if _INTERVIEW_WITH.search(text):
            # "Interview mit Angela Merkel", "Entretien avec ...": who was asked, no writer
            text = _INTERVIEW_WITH.sub("", text)
        led = BYLINE_LEAD.match(text) is not None  # "Von Aditya": one word is a name there
        if (led and _body_after_by(BYLINE_LEAD.sub("", text))) or (
            (from_the := _FROM_THE.match(text)) and _body_after_by(text[from_the.end() :])
        ):
            continue  # "Von der Stadt Hannover", "Por el Gobierno": a sentence's "from the city"
        first = _PAIRS_AND.split(text, maxsplit=1)[0]  # "de Vries, Saar en Bakker, Tim"
        if not (
            (
                _PARTICLE_FAMILY.match(first)
                or (lang[:2] in _DE_FAMILY_LANGUAGES and _DUTCH_DE.match(first))
            )
            and _FAMILY_GIVEN.match(first)
        ):
            text = BYLINE_LEAD.sub("", text)  # (not "de Vries, Saar": her family name's "de")
        if "," in text and _ours_then_place(text, town_lang or lang):
            continue  # "Van onze verslaggever, Amsterdam": where she filed from, no name
        undated = _without_date(text, lang)
        if (
            town_lang
            and town_lang != lang.split("-")[0]
            and len(alt := _without_date(text, town_lang)) < len(undated)
            and undated.startswith(alt)
        ):
            # the words' language reads a label the markup's takes for a name ("Jón Jónsson
            # Birt fyrir 2 klukkustundum" under a CMS's lang="en": Icelandic "birt", published)
            undated = alt
        date_cut = text.startswith(undated) and len(undated) < len(text.rstrip())
        # ("Smith, JORDAN: 3 March 2026": a colon closes a dateline's place too)
        colon = date_cut and text[len(undated) :].lstrip()[:1] == ":"
        # "Muster, Kempten —", "Smith, Hexham, 3 March 2026": a word closed by a dash, or by
        # a comma or dash and the date, is printed as a dateline: a place, where no given name
        dateline = bool(
            (dash := _DASH_END.search(undated))
            or (text.startswith(undated) and _mark_then_space(text[len(undated) :]))
        )
        if dash is not None:
            undated = undated[: dash.start()]
        text = _without_dateline_place(undated)
        if ((dateline and "," not in text) or _date_after_comma(text)) and _dateline_alone(
            text.partition(",")[0], place, surname, town_lang or lang
        ):
            # "LAGOS, 3 March 2026": the story's dateline above it, no writer; a writer or
            # an agency after the date stays ("LAGOS, 3 March (Reuters) —")
            after = [p.strip() for p in text.split(",")[1:] if not _DIGIT.search(p)]
            if not any(after):
                continue
            text = ", ".join(p for p in after if p)
        if (dateline or date_cut) and _PART_MARK.search(text):
            # "Jane Doe, LAGOS —", "Anna Muster, BERLIN 3. März 2026": she, no "LAGOS"
            text = _without_capital_dateline(text, dateline or colon, place)
        elif (dateline or date_cut) and (outlet := _outlet_before_place(text, place)):
            text = outlet  # "CNN WASHINGTON —": the station, no person "CNN WASHINGTON"
        if "," in text and ((whole := _without_town_and_region(text, town_lang or lang)) != text):
            if not whole:
                continue  # "El Paso, Texas" alone: where the story is from, no writer
            text = whole  # "Jane Doe, El Paso, Texas": the writer
        here = (
            _dateline_place(place, town_lang or lang, text.partition(",")[0])
            if dateline and "," in text
            else place
        )
        if ";" in text and all("," in p and _FAMILY_GIVEN.match(p) for p in text.split(";")):
            # "Muster, Anna; Probe, Jan": writers surname first, a semicolon between them
            text = "; ".join(
                _family_comma(
                    p.strip(), lang, here, surname, guess_place and not one_each, town_lang
                )
                for p in text.split(";")
            )
        elif (pairs := _family_given_pairs(text, lang, here, surname, town_lang)) is not None:
            text = pairs  # "Müller, Anna und Schmidt, Jan": two writers, each surname first
        elif "," in text and _FAMILY_GIVEN.match(text):
            # "Muster, Anna", "Muster, Berlin" (a JSON-LD Person's name is a person's: a word
            # the given names' table lacks is no place there)
            text = _family_comma(
                text,
                lang,
                here,
                surname,
                guess_place=guess_place and not one_each,
                town_lang=town_lang,
            )
        elif "," in text:
            text = _list_then_place(text, lang, here, town_lang)  # "Muster und Probe, Lörrach"
        if (wire := _WIRE_REPORTERS.search(text)) is not None:
            text = wire.group(1)
        if (run_on := _CJK_RUN_ON.search(text)) is not None:
            text = _run_on_name(run_on.group(1))
        elif _CJK_REPORTED.search(text):
            text = _without_filed_from(text)
        found: list[str] = []
        desks: list[str] = []  # desks credited before a writer ("Redaktion Region | Anna")
        credited = False  # the part before was a credit's label alone ("Edited By:" | name)
        parts = _split(_without_later_credits(text), one_each)
        if (
            len(parts) == 2
            and newsroom_credit(parts[0])
            and _a_place(parts[1].strip())
            and not (surname and " " not in parts[1].strip() and surname(parts[1].strip()))
        ):
            continue  # "Redakce, Praha", "Von Redaktion | Berlin": the newsroom and its place
        role: str | bool = False  # the part before: a role with no name ("Staff Reporter")
        for at, part in enumerate(parts):
            if at:
                # "avec la collaboration de Paul Durand" after the writer or the newsroom: his
                # name; opening the line, a sponsor's ("Con la colaboración de Banco Ejemplo")
                part = _CONTRIBUTED.sub("", part)
            if credited or _CREDIT_ALONE.match(part):
                credited = not credited
                continue
            if (
                role
                and not found
                and (
                    _lone_caseless(part)
                    or is_place_name(part)
                    or (_lone_capitalised(part) and not _one_name_writers(lang, role))
                )
            ):
                # "নিজস্ব প্রতিবেদক, ঢাকা", "نامہ نگار، لاہور", "Staff Reporter, London": the
                # role's post, in a script where a lone word beside a name is a place too,
                # or where writers are not known by one name ("Wartawan, Budi" keeps Budi)
                role = False
                continue
            if (
                _FROM_ALONE.match(part)
                # Italian "from" only on an Italian page (or one of no known language):
                # elsewhere "Da Silva", "Da Costa" are surnames
                and (not part.lstrip().startswith(_IT_FROM) or lang.split("-")[0] in ("it", ""))
                and not is_agency(part.split()[-1])
            ):
                continue  # "Da Roma", "Desde Madrid": where from, alone (not "Da Silva" in pt)
            role = _role_alone(part) and part
            if _post_and_role(part) or (
                not found and _role_and_post(part) and _full_name_after(parts, part)
            ):
                # "ঢাকা প্রতিনিধি", "पटना संवाददाता": a district's correspondent; "Kontributor
                # Bandung, Budi Santoso", "Correspondent Paris, Jane Doe": her role and post
                continue
            if found and (
                _SPECIAL_TO.match(part)  # ", Special to The Example Times": her paper
                or part.split(" ", 1)[0].casefold() in _AFFILIATIONS  # ", Universität Bern"
                or (_FROM_PLACE.match(part) and not _from_the_agency(part))
                or is_place_name(part)  # "Ahmad Faizal, Kuala Lumpur"
                or part.split(" ", 1)[0].casefold().endswith(_DESKS)  # ", ARD-Studio Kairo"
                or _employer_and_job(part, lang)
                or _job_after(part)
                or _newsroom_desk(part)
                or _office_after(part)
                or _media_group(part)
            ):
                continue  # "..., Leiterin des Hauptstadtbüros", "..., stv. Chefredakteurin"
            if _official_of(part):
                continue  # "Maire de Lyon", "Sprecher vom Ministerium": an office, no name
            for piece in _split_and(part, lang):
                name = _clean_name(piece, lower_ok, lang)
                if (
                    name is None
                    and keep_publisher
                    and is_publisher(piece, publishers)
                    and not _HOST_NAME.fullmatch(piece.strip())
                ):
                    name = piece.strip()  # "t-online": the site's lower-case name, no URL slug
                    # (its host, "example.de", beside a writer is no credit: a CMS default)
                if name and (
                    not strict
                    or _name_shaped(name)
                    or is_agency(name)
                    or (led and len(parts) <= 2 and _one_word_name(name))
                ):
                    found.append(name)
                    if _newsroom_desk(name):  # the name read: "von Redaktion Region"
                        desks.append(name)
                elif name is None and _SITE_DESK.match(piece) and is_publisher(piece, publishers):
                    found.append(piece.strip())  # "Beispielbote-Redaktion": kept only if alone
        if desks and any(_writer_beside_desk(n) for n in found if n not in desks):
            # "Redaktion Region | Anna Muster": the desk before its writer is hers, no credit
            found = [n for n in found if n not in desks]
        if found and is_place_name(found[0]) and (len(parts) > 1 or "(" in text or sourced):
            # "नई दिल्ली, एजेंसी", "Kuala Lumpur, Bernama", "Porto Alegre (Lusa)": the dateline first
            found = found[1:]
        names += _without_places(found, place)
    if reporters and not names:
        # "Redaktor: Jan Kowalski" with no other writer named: a newsroom's journalist, as
        # the word commonly means in its language (beside a writer it is her editor)
        return clean_names(
            reporters,
            publishers,
            strict,
            keep_publisher,
            lower_ok,
            lang,
            surname,
            one_each,
            place,
            guess_place,
            town_lang,
        )
    names = _best_spelling(dedupe(names), names)
    people = [n for n in names if not is_publisher(n, publishers)]
    return names if keep_publisher and people else people or names


_IN_BRACKETS = _compile(r"(?!(?<=\s)\s)\s*\(([^()]{2,30})\)")
# "@janedoe" after a name (her account), not an e-mail's "@" ("jane@example.com")
# (tried at the start of a run of spaces only, its first space kept after a word or ".": as
# "(?<![\w.])\s*\(?@..." did, which tried again from each space of a run with no handle after)
_HANDLE = _compile(r"(?<!\s)(?:(?<=[\w.])(\s)|(?<![\w.]))\s*+\(?@[A-Za-z0-9_.]{2,30}\)?(?![\w@])")


def _bracketed_agencies(m: re.Match[str]) -> str:
    if _agencies_only(m.group(1)):
        return f", {m.group(1)}"
    # "(dpa/AFP/lnw)", "(dpa/lno)": the agencies, a regional service's code or an editor's
    # initials beside them dropped (was: the whole tag or its first agency lost)
    tagged = _agency_tag(m.group(1))
    return f", {'/'.join(tagged)}" if tagged else m.group(0)


# (an apostrophe read as a space, as `_body_after_by` reads the line: "mayor s office")
_INSTITUTIONS = frozenset(
    " ".join(e.replace("'", " ").replace("’", " ").split())
    for e in langwords.entries(langwords.INSTITUTION_WORDS)
)
_ARTICLES = langwords.NAME_ARTICLE_WORDS | frozenset(
    ["dem", "den", "des", "het", "gli", "del", "della", "l"]
)
# Greek "δήμο" (municipality; Δήμος is a given name too) before a place's genitive (plural
# "-ων", "-ης", "-ας": no surname after "τον" ends so): "Δήμο Αθηναίων", "Δήμο Λάρισας"
# (read casefolded: a final sigma as a sigma)
_GREEK_MUNICIPALITY = _compile(r"^δήμου?\s+\w+(?:ων|ησ|ασ)\b")


# An interview's guest: "Interview mit Angela Merkel", "Interview with ...", "Entretien avec
# ...", "Entrevista con ...", "Intervista a ..." up to the byline's next mark, or to a "by"
# word before a capital: the writer ("Interview with Jane Doe by John Roe"; not "von der
# Leyen").
_INTERVIEW_WITH = _compile(
    r"(?:^|(?<=[|;·•]))\s*(?i:interview|im\s+gespräch|gespräch|entretien|entrevista|intervista"
    r"|interjú|wywiad|rozhovor)\s+(?i:mit|with|avec|con|com|a(?!\s+cura)|met|med|z|s)\s+"
    r"(?:(?!\s(?i:by|von|par|por|door|przez|av|af)\s+[A-ZÀ-ÖØ-ÞĀ-Ž])[^|;·•])*"
)
# A guest writer's university or institute after her name ("Max Probe, Universität Bern",
# "Jane Doe, University of Example"): where she works, no second name.
_AFFILIATION_TEXT = """
universität university université universidad università universidade universiteit uniwersytet
univerzita universitet institut institute instituto istituto hochschule fachhochschule
"""
_AFFILIATIONS = frozenset(_AFFILIATION_TEXT.split())
# A writer's paper after her name: "Special to The Example Times", "especial para o Diário"
_SPECIAL_TO = _compile(r"^\s*(?i:special\s+to|especial\s+para|spécial\s+pour|speciale\s+per)\s")
# Thai "เรื่อง:" ("story:"): the writer in a credit line ("เรื่อง: สมชาย ใจดี ภาพ: ..."),
# or the story's subject.
_TH_STORY = _compile(r"^\s*เรื่อง\s*[:：/]\s*")
_THAI_TITLES = ("นางสาว", "นาย", "นาง", "น.ส.")


def _thai_name(rest: str) -> bool:
    """A Thai name up to the next credit: a given name and a surname, or a title before the
    name ("นายสมชาย"), or any words a photo credit follows ("เรื่อง: สมชาย ภาพ: วิชัย": a
    credit line, the writer by her given name alone); a subject is written as one run of
    words ("น้ำท่วมภาคเหนือ")."""
    name, *after = _SPLIT.split(rest.strip(), maxsplit=1)
    name = name.strip()
    return (
        len(name.split()) in (2, 3)
        or name.startswith(_THAI_TITLES)
        or (bool(after) and _CREDIT.match(after[0]) is not None)
    )


# A Chinese credit with the role after the name and a slash: "张伟/文", "张伟/文 李华/图"
# (writer, photographer), the reverse of "文/张伟".
_CJK_ROLE_AFTER = _compile(
    r"(?<![\u3400-\u9fff·])([\u3400-\u9fff·]{2,6})\s*[/／]\s*"
    r"(文\s*[、與与和及‧·]\s*(?:圖|图|攝影|摄影)|撰文|文字|文|摄影|攝影|摄|攝|图|圖|编辑|編輯)"
    r"(?![\u3400-\u9fff])"
)


def _cjk_role_first(text: str) -> str:
    """ "张伟/文 李华/图" as "文/张伟 图/李华" (a full-width slash): the role first, as the
    labels read."""
    return _CJK_ROLE_AFTER.sub(r"\2／\1", text)


_DESK_WORDS = frozenset({"desk", "team", "staff"})


def _body_after_by(rest: str) -> bool:
    """What follows a "by" word names a public body, no person: "der Stadt Hannover", "la
    mairie de Lyon", "el Gobierno de España", "regjeringen", "Δήμο Αθηναίων" (an article
    may come first; a job word after it keeps the line: "the City Desk", "der Stadt-Reporter")."""
    if ":" in rest or "：" in rest:
        return False  # "From City Hall: Jane Doe": a label, the writer after it
    words = rest.replace("'", " ").replace("’", " ").casefold().split()
    if words and words[0] in _ARTICLES:
        words = words[1:]
    if not words:
        return False
    if any(
        is_job_word(w) or w in _DESK_WORDS or w in _NEWSROOM_FIRST or w in _OFFICIALS
        for w in words[1:]
    ):
        return False  # "the City Desk", "Police Chief Jane Doe": a desk, an official
    first = words[0].strip(".,;:")
    return (
        first in _INSTITUTIONS
        or " ".join(words[:2]) in _INSTITUTIONS
        or " ".join(words[:3]) in _INSTITUTIONS  # "mayor's office"
        or _GREEK_MUNICIPALITY.match(" ".join(words[:2])) is not None
    )


# "From the" opening a line ("Dal Comune di Torino", "Pela Prefeitura", "Vom Landratsamt")
_FROM_THE = _compile(r"^\s*(?:Da|Dal|Dalla|Dallo|Dai|Desde|Depuis|Aus|Vom|From|Pela|Pelo)\s+")
_IT_FROM = ("Da ", "Dal ", "Dalla ", "Dallo ")
# A capitalised "from" and one word, a part alone: "Da Roma", "Dalla Cina", "Desde Madrid".
_FROM_ALONE = _compile(r"^\s*(?:Da|Dal|Dalla|Dallo|Desde|Depuis|Aus|From)\s+[^\W\d_][\w'’.-]*\s*$")


# (not "reporter": English's too)
_ONE_NAME_ROLES = _role_words(_ONE_NAME_LANGUAGES, True) - _role_words(_ONE_NAME_LANGUAGES, False)


def _lone_capitalised(part: str) -> bool:
    """One capitalised word, no agency ("London", not "Reuters" or "AFP")."""
    part = part.strip()
    return (
        " " not in part
        and len(part) > 1
        and part[0].isupper()
        and not part.isupper()
        and not is_agency(part)
    )


def _one_name_writers(lang: str, role: str | bool) -> bool:
    """Whether a lone word after a role may be a writer's only name: on a page in a language
    whose writers go by one name, or, the page's language unknown, after such a language's
    role ("Wartawan, Budi"; "Staff Reporter, London" names a place)."""
    if lang:
        return lang.split("-")[0] in _ONE_NAME_LANGUAGES
    words = role.casefold().split() if isinstance(role, str) else []
    return any(w in _ONE_NAME_ROLES for w in words)


def _writer_before_agency(word: str, surname: Callable[[str], bool] | None) -> bool:
    """ "Aditya (Antara)": one word before an agency in brackets names a writer (no dateline's
    place) where the page links her under it ("/penulis/aditya", "mailto:aditya@...") and
    does not open the story at it; a place in capitals ("WASHINGTON (AP)") never."""
    return surname is not None and not word.isupper() and not is_agency(word) and surname(word)


def _writer_beside_desk(name: str) -> bool:
    """A writer a desk credited before her is hers ("Redaktion Region | Anna Muster"): a
    name of two words or more that is no place, or an agency ("Redaktion Region | dpa", as
    "dpa | Redaktion Region"); not a lone capitalised word, which falls beside a desk as
    beside a writer (`_without_places`: the dateline's "Hamburg", a label's "Meinung")."""
    return (" " in name and not is_place_name(name)) or name.isupper() or is_agency(name)


def _one_word_name(name: str) -> bool:
    """ "Aditya" after "Oleh"/"By"/"Von": a writer known by one name (Indonesia, Brazil's
    sports pages): a capitalised word of letters, no role, label or agency."""
    return (
        " " not in name
        and len(name) >= 3
        and name.replace("-", "").isalpha()
        and name[0].isupper()
        and not name.isupper()
        and not is_role_word(name)
        and name.casefold() not in LABEL_WORDS
    )


# A picture's credit after the byline, up to the next bar: "By Jane Doe | Photo: John
# Roe/AFP", "Von Anna Muster, Foto: Bernd Beispiel/dpa" (the agency is the picture's).
_LATER_CREDIT = _compile(
    rf"(?:\s*[|｜;,·•/]|\s[-\u2013\u2014])\s*(?:(?:{_CREDIT_WORDS})\s*[:：／｜]|(?:{_DOT_CREDITS}))"
    r"\s*[^|｜;·•\s][^|｜;·•]*",
    re.I,
)


# The marks between a credit and the writer's part after it ("Edited By: X | Written By: Y"),
# or a full stop after a word of two letters or more ("Chefredakteurin: X. Text: Y"; not an
# initial's, "J. Doe"): a writer's label must follow, so a name's "St. Clair" stays one part.
_CREDIT_THEN = _compile(r"(?!(?<=\s)\s)(?:\s*[|;,·•]\s*|(?<=[^\W\d_]{2})\.\s+)")


def writer_after_credit(text: str) -> str | None:
    """A byline opening with an editor's or photographer's credit, the writer's part after
    it ("Edited By: Anna Rao | Written By: Vikram Shah", "Foto: X; Text: Y"): the text from
    the writer's "by" word or label on. None where no writer is credited after it."""
    if not _CREDIT_THEN.search(text):
        return None
    parts = _CREDIT_THEN.split(text)
    for i, part in enumerate(parts[1:], 1):
        if BYLINE_LEAD.match(part) and not _CREDIT.match(part):
            return " | ".join(parts[i:])
    return None


# ... the same in Japanese, Chinese and Korean, after a space or a slash and with no colon:
# "山田太郎 写真・佐藤花子", "김민수 기자 / 사진 이영희 기자"
# (the spaces before and after a mark split one way: "\s*(?:\s|/)\s*" tried every split)
_CJK_LATER_CREDIT = _compile(
    r"(?<=\S)(?:\s++(?:[/／|｜、，]\s*+)?|[/／|｜、，]\s*+)(?:写真|撮影|摄影|攝影|사진)"
    r"\s*+(?:[・:：／/=＝｜]\s*+)?\S.*$"
)


def _without_later_credits(text: str) -> str:
    if ("写真" in text or "影" in text or "사진" in text) and (
        cut := _CJK_LATER_CREDIT.sub("", text)
    ).strip():
        text = cut
    # (U+FF5C, the full-width bar: a Chinese line's labels set apart by bars alone)
    if not any(c in text for c in ":：／｜."):
        return text
    cut = _LATER_CREDIT.sub("", text)
    return cut if cut.strip() else text


def _best_spelling(names: list[str], spelled: list[str]) -> list[str]:
    """ "JANE DOE" and "Jane Doe" in one byline or two sources: the name as written in
    mixed case, where one spelling is all capitals (a CSS upper-case heading's copy)."""
    if not any(n.isupper() and " " in n for n in names):
        return names
    mixed = {_key(s): s for s in spelled if not s.isupper()}
    return [mixed.get(_key(n), n) if n.isupper() and " " in n else n for n in names]


def _korean_reporter(part: str) -> str:
    """ "[해변일보 김민수 기자]", "(YTN 김민수 기자)": a Korean byline in brackets, and the
    outlet before the reporter's name: Latin letters, a word ending like a paper's name
    ("...일보", "...뉴스") or longer than a name ("김민수 이영희 기자" keeps both words);
    "글" ("text by") before it."""
    part = _KO_RUN_ON.sub(r"\1", part)  # "홍길동 기자 = ": the story runs on after the sign
    if m := _KO_WRAPPED.match(part):
        part = m.group(1)
    return _KO_OUTLET.sub("", _KO_TEXT_BY.sub("", part))


_NOT_LOWER_TEXT = "admin administrator user guest author autor webmaster"
_NOT_LOWER_NAMES = frozenset(_NOT_LOWER_TEXT.split())


def _lower_name(words: list[str]) -> bool:
    """ "jane doe" as a JSON-LD author names her (a CMS's user name, written as typed): two to
    four words of letters, no role word ("staff writer") nor account word ("admin user")."""
    return (
        2 <= len(words) <= 4
        and all(w.replace("-", "").replace("'", "").isalpha() for w in words)
        and not any(
            (is_role_word(w) and w not in NAME_PARTICLES) or w in _NOT_LOWER_NAMES for w in words
        )
    )


def _da_in_name(before: list[str], m: re.Match[str], lang: str) -> bool:
    """ "Marcos da Silva" on a Portuguese page, or "da" after one word: a surname's "da", no
    place; after a job ("repórter da Folha") it is the employer's, cut as a place is."""
    return (
        bool(m.group(1))
        and (lang in _DA_NAMES or len(before) < 2)
        and not all(map(is_role_word, before))
    )


def _no_name_word(word: str) -> bool:
    """A role word, "our", or a name's particle ("da", "von"): a part of only these names no
    one ("Da Redação", "von der Redaktion")."""
    w = word.casefold()
    return is_role_word(word) or w in _OURS or w in NAME_PARTICLES


def _name_after_ours(words: list[str]) -> bool:
    """ "Unsere Redakteurin Anna", "Our Reporter Jane": a role after "our", then a name."""
    return len(words) == 3 and is_role_word(words[1]) and _capital(words[2])


# "from the" before an agency's generic word and its name ("Da Agência Brasil")
# (or "the" alone, the "from" read as "by" and cut: "de la agencia EFE", "de l'agence X")
_FROM_THE_AGENCY = _compile(
    r"^\s*(?:da|do|de la|del|dalla|della|dell['’]|dall['’]|de l['’]|from the|la|l['’])"
    r"\s*(\w+)\s+\S",
    re.I,
)
_BY_AFTER = _compile(
    rf"(?<=\S)\s++(?:{'|'.join(map(re.escape, langwords.entries(langwords.BYLINE_BY_AFTER)))})$"
)
# "avec l'AFP", "Avec AFP", "con l'ANSA": "with" and the agency alone, its article elided
_WITH_AGENCY = _compile(
    r"^(?:(?:with|avec|mit|con|com|met|med)\s+)?(?:l['’])?([^\W\d_][\w-]*)$", re.I
)


def _picture_credit_word(word: str) -> bool:
    """A capitalised picture credit's word with no colon ("Fotos", "Kuvat", "Bild")."""
    return word[:1].isupper() and word.casefold().rstrip(":") in _PICTURE_WORDS


def _before_picture_credit(text: str) -> str:
    """A byline up to a picture credit's word before a capitalised name ("Matti Virtanen"
    of "Matti Virtanen Kuvat Liisa Korhonen"): the photographer is no author."""
    words = text.split(" ")
    for i in range(1, len(words) - 1):
        if _picture_credit_word(words[i]) and words[i + 1][:1].isupper():
            return " ".join(words[:i]).rstrip(" ,;|·")
    return text


def _from_the_agency(part: str) -> bool:
    """ "da Agência Lusa", "de l'agence Belga" after the writer: the agency credited beside
    her, no place she filed from ("de São Paulo")."""
    m = _FROM_THE_AGENCY.match(part)
    return m is not None and m[1].casefold() in langwords.GENERIC_AGENCY_WORDS


_EDITORS_NOTES = frozenset(langwords.entries(langwords.EDITORS_NOTES))


def _clean_name(part: str, lower_ok: bool = False, lang: str = "") -> str | None:
    if _HELD_SLASH in part:
        return None  # "AC/DC biographer": a band's or a channel's name, a description
    part = part.strip().strip(_FULL_WIDTH_BRACKETS)  # a byline in full-width parentheses
    if (m := _FOR_PAPER.search(part)) and len(part[: m.start()].split()) >= 2:
        part = part[: m.start()]  # "Jane Doe For Dailymail.Com", "Claire Dupont pour Le Monde"
    if (bare := _EMAIL_OR_URL.sub(" ", part)) != part and all(
        w in _HOUSE_WORDS for w in _key(bare).split()
    ):
        return None  # "bild.de Online", "example.com Staff": the site crediting itself
    part = bare
    if "(" in part and _PICTURE_PAREN.search(part):
        return None  # "Anna Muster (Text), Bernd Beispiel (Bilder)": no writer
    part = _PAREN.sub(" ", part)
    if _CREDIT.match(part) or _CREDIT_BY.match(part):
        return None  # "Text: Jane Doe / Fotos: John Roe": the photographer is no author
    part = _ANY_LABEL.sub("", part.strip())
    part = _CJK_DATELINE.sub("", _MATERIAL.sub("", part.strip()))
    part = _AGENCY_MATERIAL.sub(r"\1", part)  # "mit dpa-Material": the agency
    if part.casefold().strip(" .") in langwords.GENERIC_AGENCY_WORDS:
        return None
    if (m := _WITH_AGENCY.match(part.strip())) and is_agency(m[1]):
        part = m[1]  # "avec l'AFP", "Avec AFP": the agency
    if (m := _FROM_THE_AGENCY.match(part)) and m[1].casefold() in langwords.GENERIC_AGENCY_WORDS:
        part = part[m.start(1) :]  # "Da Agência Brasil", "De l'agence X": the agency's name
        if part[:1].islower() and part.split()[1][:1].isupper():
            part = part[:1].upper() + part[1:]  # "de l'agence France-Presse": as its name is
    generic, _, agency = part.strip().partition(" ")
    if generic.casefold() in langwords.GENERIC_AGENCY_WORDS and is_agency(agency):
        part = agency  # "Agencia EFE", "Agence AFP": the agency's name
    part = BYLINE_LEAD.sub("", part.strip())
    part = _BY_AFTER.sub("", part)  # "राम शर्मा द्वारा": "by" after the name
    part = ROLE_AFFIX.sub("", part).strip(" .:-\u2013\u2014()[]'\"|·•")
    part = HEAD_TITLE_LEAD.sub("", part)  # "Editor in Chief Jane Doe": no "in Chief" place
    if part.casefold().replace("\u2019", "'").rstrip(".:") in _EDITORS_NOTES:
        return None  # "Editor's note": a heading, no one's name
    if part.casefold().rstrip(".") in _NAME_SUFFIXES:
        return None  # "John Smith, III": the suffix of the name before, no second writer
    first, _, rest = part.partition(" ")
    if _picture_credit_word(first) and rest[:1].isupper():
        return None  # "Anna Muster, Fotos Peter Bild": the photographer's credit
    if (m := _IN_PLACE.search(part)) and not _da_in_name(part[: m.start()].split(), m, lang):
        part = part[: m.start()]  # "Helena Smith in Athens": where she filed from
    elif (own := _OWN_IN_PLACE.get(lang)) and (m := own.search(part)) and _filed_from(part, m):
        part = part[: m.start()]  # "Jan Novák v Praze": the page's language's "in"
    part = _FOLLOW_EDGE.sub("", part)
    if not part or _BAD.search(part):
        return None
    words = _drop_titles(_once(part.split()))
    while len(words) > 1 and words[-1] in _DANGLING_END:
        # "Marie Dupont de", "Ali bin", "Jan de Vries en": a particle or "and" in small letters
        # ends no name (a cut byline or a list's open end); inside one it stays ("Ursula von der
        # Leyen", "Ahmed bin Salman")
        words = words[:-1]
    if len(words) > 2 and _verb_after_name(words) and not any(map(is_role_word, words[:-1])):
        # "Anna Muster berichtet (aus Kiew)", "Jón Jónsson skrifar": a verb after the name
        words = words[:-1]
    if len(words) == 1 and words[0].casefold() in _NOT_LOWER_NAMES:
        return None  # "By Admin", "Von Webmaster": the CMS's account, no writer
    if (
        len(words) > 1
        and is_agency(words[0])
        and all(map(is_role_word, words[1:]))
        and not is_agency(" ".join(words))  # "РИА Новости": the agency's name
    ):
        return words[0]  # "Reuters staff", "AFP Correspondent": the agency credited
    if words and words[0].casefold() in _OURS and len(words) <= 3 and not _name_after_ours(words):
        return None  # "From Our Man in Havana", "By Our Own Correspondent": a column's name
    if not words or len(words) > 5 or all(_no_name_word(w) for w in words):
        return None  # "Staff Writer", "onze redactie", "Mwandishi Wetu" ("our"), "Da Redação"
    if (
        len(words) > 1
        and all(w[0].islower() for w in words)
        and not (lower_ok and _lower_name(words))
    ):
        return None  # "специальный корреспондент", "staff writer": lower case, no one's name
    part = " ".join(words)
    if part.startswith("@") or (len(words) == 1 and part.islower() and part not in AGENCIES):
        # handles and URL slugs ("jane-doe"), not "dpa"
        return None
    return part


# A name's particles and each language's "and", in small letters: no name ends with one
_DANGLING_END = frozenset(
    w
    for w in _PARTICLES
    | frozenset(NAME_PARTICLES)
    | frozenset(langwords.entries(langwords.AND_WORDS))
    if w.islower() and " " not in w
)


def _verb_after_name(words: list[str]) -> bool:
    last = words[-1]
    return last[0].islower() and last not in NAME_PARTICLES and _name_shaped(" ".join(words[:-1]))


def _once(words: list[str]) -> list[str]:
    """ "Kari Nordmann Kari Nordmann": a name printed twice (a hidden copy for screen readers
    beside the visible one, maybe with the job between) is one name."""
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return words[:half]
    if half > 1 and words[:half] == words[half + 1 :] and is_role_word(words[half]):
        return words[:half]  # "Martin Beispiel Reporter Martin Beispiel": the job between
    return words
