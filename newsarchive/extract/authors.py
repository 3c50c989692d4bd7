"""Authors: names only, without "By"/"Von"/"Par", roles, duplicates, e-mails, URLs, publisher."""

from __future__ import annotations

import datetime
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from newsarchive.extract import daterelative, jsonld, langwords, page_fields
from newsarchive.extract.byline import (
    BYLINE_LEAD,
    CJK_LABEL_IN_LINE,
    HEAD_TITLE_LEAD,
    LABEL_WORDS,
    LEAD_IN_WORDS,
    NAME_PARTICLES,
    OWN_LOWER_BY_LANGUAGES,
    ROLE_AFFIX,
    ROLE_FILED_LINE,
    ROLE_FIRST_LINE,
    ROLE_LINE,
    ROLE_POSTED_FIRST,
    TITLE_WORDS,
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
from newsarchive.extract.langwords import AGENCIES, capitals_agency_abroad, is_agency
from newsarchive.extract.page_fields import parsely
from newsarchive.extract.placenames import (
    country_name,
    dateline_shaped,
    far_small_town,
    is_known_place,
    place_shaped,
    town_and_region,
)
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.site import ABBREVIATION, compact, site_keys, spellings
from newsarchive.extract.text import as_strings, clean, dedupe, is_dispatch
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
               "dcterms.creator", "citation_author", "byl", "twitter:creator:name",
               "cxenseparse:author", "og:article:author", "article:author_name",
               "dable:author")  # fmt: skip
_WRITTEN_BY = frozenset(langwords.entries(langwords.WRITTEN_BY_LABELS))
_TWITTER_LABELS = 4
# Dublin Core and Highwire (citation_*) metas write a person "Family, Given" ("Doe, Jane").
INVERTED_META = frozenset({"dc.creator", "dcterms.creator", "citation_author"})
_FAMILY_GIVEN = _compile(
    r"^\s*((?:(?:van|von|de|der|den|da|das|dos|di|du|del|della|le|la|ten|ter|te|zu|al|el|bin"
    r"|ibn|bint|abu|El|Al|Ben|Bin|Ibn|Abu|Abou|Ould|Ait|Aït|Abd|Bou)\s){0,3}"
    r"[^\W\d_][\w'-]+),\s*([^\W\d_][\w'.-]+(?:\s+[^\W\d_]\.)?)\s*$"
)  # a family name after its particles too: "de Vries, Saar", "van der Berg, Anna"; an Arabic
# or Berber one's capitalised too, "El Amrani, Youssef", "Ben Ali, Sami", "Ait Said, Nora"
# "van der Berg, Anna", "de Vries, Saar": a family name's particles, no "by" word ("von",
# "di", "de" elsewhere open a byline: "von Anna Muster", "di Mario Rossi")
_PARTICLE_FAMILY = _compile(
    r"^\s*(?:van|der|den|da|das|dos|du|del|della|ten|ter|te|le|la|de(?=\s(?:la|los|las|[a-z]{1,3}\s)))"
    r"(?:\s[a-z]{1,4}){0,2}\s[^\W\d_a-z][\w'-]*,\s*[^\W\d_][\w'.-]*\s*$"
)
_DUTCH_DE = _compile(r"^\s*de\s[^\W\d_a-z][\w'-]*,\s*[^\W\d_][\w'.-]*\s*$")  # "de Vries, Saar"
# Languages where "de" opens no byline: "de Vries, Saar", "de Maizière, Thomas" are names
_DE_FAMILY_LANGUAGES = frozenset({"nl", "af", "en", "de"})
# An Arabic family name's article or "son of", joined by a hyphen: "al-Sayed", "el-Masri"
_ARABIC_PARTICLE = _compile(r"^(?:al|el|bin|ibn|abu)-(?=[^\W\d_])")
_PARTICLES_TEXT = "van von der den da das dos du del della ten ter te le la de di zu al el bin ibn"
_PARTICLES_TEXT += " bint abu"
_PARTICLES = frozenset(_PARTICLES_TEXT.split())
# An Arabic or Berber family name's capitalised particles: "El Amrani", "Ben Ali", "Ait Said"
_CAPITAL_PARTICLES = frozenset(
    ["El", "Al", "Ben", "Bin", "Ibn", "Abu", "Abou", "Ould", "Ait", "Aït", "Abd", "Bou"]
)
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
# (a picture's or an editor's credit: the photographer and the editor are no authors; a chief
# editor's, of more words, first)
_CREDIT_ENTRIES = list(
    dict.fromkeys(
        langwords.entries(langwords.CHIEF_EDITOR_CREDITS)  # first: "Editor-șef" before "editor"
        + langwords.entries(langwords.PHOTO_CREDITS)
        + langwords.entries(langwords.EDITOR_CREDITS)
    )
)
_CREDIT_WORDS = "|".join(re.escape(w) for w in _CREDIT_ENTRIES)
# "Edited by", "Editado por": the editor's name after them, with or without a colon
_EDITED_BY = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in langwords.entries(langwords.EDITED_BY)
)
# `_RUN_START`: no try of a pattern opening with a run of spaces from inside one, which the
# try from the run's start covers (each of a run's starts scanned it again: quadratic in its
# length, cubic or worse where a split of the run is tried every way). Where every match
# ends before a non-space (a greedy `\s*` or `$` last), the matches are the same.
_RUN_START = r"(?!(?<=\s)\s)"
_SPLIT = _compile(
    rf"{_RUN_START}\s*(?:,|;|\||&|\band\b|\bund\b|\bwith\b|/|\n|、|，|；|،"
    r"|(?<=\s)[-\u2013\u2014·•∙⋅●‧](?=\s))\s*"
    # a credit label after the writer's name with no mark between ("Fotos: ...", "责任编辑")
    rf"|{_RUN_START}\s+(?=(?:{_CREDIT_WORDS})\s*[:：／｜])",
    re.I,
)
# "and" in other languages: a split only where every part is a full name ("Le Monde et AFP" stays).
_AND_WORDS = "|".join(re.escape(w) for w in langwords.entries(langwords.AND_WORDS))
_AND = _compile(rf"{_RUN_START}\s+(?:{_AND_WORDS})\s+", re.I)


@functools.cache
def _own_and(lang: str) -> re.Pattern[str] | None:
    """The page's own language's "and" between two names, where the table lacks it or it is
    another language's common word (Slovenian "in"): the table's `AND_WORDS_OWN`, and the
    word CLDR's list pattern puts between two items ("{0} agus {1}": Irish; Basque "eta",
    Somali "iyo", Azerbaijani "və"), as Babel ships it; None for a language with neither."""
    own = langwords.entries({lang: langwords.AND_WORDS_OWN.get(lang, "")})
    if (word := _cldr_and(lang)) and word not in own:
        own.append(word)
    if not own:
        return None
    return re.compile(rf"{_RUN_START}\s+(?:{'|'.join(re.escape(w) for w in own)})\s+", re.I)


def _cldr_and(lang: str) -> str:
    """ "ga" -> "agus": the word between two items of CLDR's list pattern, where it stands
    alone between spaces ("{0} og {1}"); "" where it is joined to the name after it (Hebrew's
    vav) or CLDR knows no such language."""
    from babel import Locale, UnknownLocaleError

    try:
        pattern = Locale.parse(lang).list_patterns["standard"]["2"]
    except (UnknownLocaleError, ValueError, TypeError, KeyError):
        return ""
    m = re.fullmatch(r"\{0\}\s(\w+)\s\{1\}", pattern.replace("\xa0", " "))
    return m.group(1).casefold() if m else ""


# A part opening with a lower-case "and" before a capitalised name: the rest of a list whose
# first name was a link ("E Jean Carroll" keeps its initial).
_LEADING_AND = _compile(rf"^\s*(?:{_AND_WORDS})\s+(?=[^\W\d_]\w*\s+\S)(?=[^a-z])")
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
# Scripts without capitals that space their words (Hebrew, Arabic, Devanagari, Bengali and the
# other Indic scripts): there a lone word beside a full name is a place too ("أحمد علي -
# القاهرة", "রহিম উদ্দিন, ঢাকা").
_SPACED_CASELESS = _compile(r"[\u0590-\u08ff\u0900-\u0dff]")
# Hebrew and Arabic write "and" (vav, wāw) against the next name (Hebrew in the tests),
# "محمد علي وأحمد حسن" (split only where each side is a full name: "وليد" is a name).
_ATTACHED_AND = _compile(
    r"(?<=[\u05d0-\u05ea])\s+\u05d5(?=[\u05d0-\u05ea]{2})"
    r"|(?<=[\u0620-\u06d3])\s+\u0648(?=[\u0620-\u06d3]{2})"
)
_HANGUL = _compile(r"[\uac00-\ud7a3]")
# Chinese names listed with spaces after a simplified-Chinese role ("本报记者 王小明 李华");
# not in Japanese, which spaces a family name from a given name ("山田 太郎").
_ZH_ROLE = _compile(r"记者|报道")
_ZH_NAMES = _compile(r"^[\u3400-\u9fff]{2,4}(?:\s+[\u3400-\u9fff]{2,4})+$")
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
_HANGUL_LIST = _compile(r"(?!(?<=\s)\s)\s*[\u00b7\u318d]\s*")
# Korean "글" ("text by"), also beside "사진" ("photos": "글·사진", "사진·글"), before the
# writer's name, with a space, "=" or a colon between: "글 김민수", "글=김민수 기자".
_KO_TEXT_BY = _compile(
    r"^\s*(?:글|사진\s*[\u00b7\u318d\u30fb/]\s*글|글\s*[\u00b7\u318d\u30fb/]\s*사진)"
    r"\s*[=:：/／]?\s*(?=[\uac00-\ud7a3]{2,4}(?:\s|$|[\u00b7\u318d,]))"
)
_TRAILING_AGENCY = _compile(r"^\s*(.+?\S)\s+([^\W\d_a-z]{2,6})\s*$")
_URL = _compile(r"^(?:https?:)?//|^www\.")
_HOST_NAME = _compile(r"^(?:[\w-]+\.)+[a-z]{2,6}", re.I)  # "frettavefur.is", "example.co.uk"
_FULL_URL = _compile(r"(?!(?<=\s)\s)\s*\bhttps?://\S+")
_CREDIT_SET = frozenset(_CREDIT_ENTRIES)
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
# The part after a byline's last dash, its spaces taken whole and its words from the first
# letter or sign to the last (a tail of spaces alone: the last of them, as a lazy part
# gave): a long run of spaces is read once, not once per way to share it (cubic before).
_AFTER_DASH_NOT = "-\u2013\u2014,;|/&،、"
_LAST_AFTER_DASH = _compile(
    rf"(?<=\S)\s++[-\u2013\u2014](?:\s++|(?=\s{{2,}}+$)\s*(?=\s$))"
    rf"([^{_AFTER_DASH_NOT}\s](?:[^{_AFTER_DASH_NOT}]*[^{_AFTER_DASH_NOT}\s])?|\s)\s*+$"
)
# "Ana Souza, de São Paulo": a part opening with "from"/"in" after a name is a place.
_PLACE_WORDS = "|".join(re.escape(w) for w in langwords.entries(langwords.PLACE_WORDS))
_FROM_PLACE = _compile(rf"^\s*(?:{_PLACE_WORDS})\s+\S")
# "Jane Doe with agencies", "Anna Muster mit Material von dpa", "Claire Dupont avec AFP":
# the agency is a source beside the writer, a generic "agencies" no name at all.
# Lower case only: "Con", "Med" may be names.
_WITH = _compile(r"(?!(?<=\s)\s)(?:^|\s+)(?:with|avec|mit|con|com|med|met|cu)\s+")
_MATERIAL = _compile(
    r"^(?:(?:mit|with|avec|con|com|met|med)\s+)?(?:additional\s+|further\s+)?"
    r"(?:material|informationen|infos?|informations?|información|informação|informações|"
    r"informaciones|informazioni|reporting|inputs?|"
    r"contributions?|beiträgen?)\s+(?:von|de|from|of|der|des|do|da|by)\s+",
    re.I,
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
# "和"/"与"/"と" between two CJK names: a split only where each side is a name's length
# ("佐藤和夫" is one name: its "和" leaves a single character).
_FULL_WIDTH_BRACKETS = "（）【】〔〕"
# "/台北報導" (a full-width slash), " 北京报道", "/綜合報導": a place (or "compiled") and
# "reported" ending a byline.
_CJK_REPORTED = _compile(r"報導|报道|報道")
_CJK_FILED = _compile(
    r"(?:\s*[／/]\s*|\s+)[\u30a0-\u30ff\u3400-\u9fff]{1,6}(?:報導|报道|報道)\s*[）)】]?\s*$"
)
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
# Dispatch places of three characters or more (most are two: 台北, 北京, 東京, 紐約).
_CJK_LONG_PLACES = """
華盛頓 华盛顿 洛杉磯 洛杉矶 舊金山 旧金山 莫斯科 新加坡 布魯塞爾 布鲁塞尔 耶路撒冷 吉隆坡
雅加達 雅加达 馬尼拉 马尼拉 日內瓦 日内瓦 維也納 维也纳 阿姆斯特丹 斯德哥爾摩
新德里 德黑蘭 德黑兰 伊斯坦堡 伊斯坦布尔 芝加哥 溫哥華 温哥华 多倫多 多伦多 墨爾本 墨尔本
"""
_CJK_PLACES = sorted(_CJK_LONG_PLACES.split(), key=len, reverse=True)
_OURS = frozenset(langwords.entries(langwords.STAFF_POSSESSIVES))
# ... or "the" there: "Von den Redakteurinnen Anna Muster und ...", "by the correspondent ..."
_THE_TEXT = "the der die den dem les le la de il i el los las"
_OURS_OR_THE = _OURS | frozenset(_THE_TEXT.split())
_CJK_AND = _compile(r"[和与與と及]")
_CJK_NAME = _compile(r"^[\u3040-\u30ff\u3400-\u9fff]{2,5}$")
_CJK_NAMES = _compile(
    r"^[\u3040-\u30ff\u3400-\u9fff]{2,5}(?:[、，,][\u3040-\u30ff\u3400-\u9fff]{2,5})*$"
)
# Words that make a byline part a newspaper or newsroom, never a person's name; and the same
# written against the name in scripts without spaces.
_ORGANISATION_TEXT = """
news newspaper newsroom newsdesk gazette tribune herald zeitung tagblatt nachrichten tageszeitung
noticias diario periódico giornale quotidiano quotidien journal krant dagblad tidning
tidende avisen gazeta газета новости gazetesi
"""
ORGANISATION_WORDS = frozenset(_ORGANISATION_TEXT.split())
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
# Words heading a job phrase beside the job titles ("Leiterin des ...", "stv. ...",
# "Chefin vom Dienst").
_JOB_HEAD_TEXT = (
    "leiter leiterin chef chefin stv stellvertretende stellvertretender professor professorin"
)
_JOB_HEADS = frozenset(_JOB_HEAD_TEXT.split())
# "Von Anna Muster 12.03.2025, 10:15 Uhr", "Anna Muster am 12. März 2025", "Jane Doe Updated
# 3 May": the date printed in the byline's own text, and all after it.
_DATE_LABELS = "|".join(re.escape(w) for w in langwords.DATE_LABELS)
# Vowel signs and other marks of Indic, Thai, Hebrew and Arabic script: no word characters to
# `re`, yet part of the name ("अमित वर्मा 02.12.2026" lost its last "ा" as a mark before the date).
_MARKS = "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0dff\u0e00-\u0e7f"
_DATE_TAIL = _compile(
    rf"(?<=[\w{_MARKS}])(?:\s*[^\w\s{_MARKS}])?\s+(?:"
    r"(?:(?i:am|on|le|el|il|em|den|dne|vom)\s+)?\d{1,4}[./-]\s?(?:\d{1,2}|[^\W\d_]{3,})\b"
    r"|\d{4}\s*[年년]"  # "李佩珊 2026年12月2日"
    rf"|(?i:{_DATE_LABELS})(?:\s*:|\s+(?:am|on|le|el|il|em|den|um|at)\b|\s+\d)"
    r").*$",
    re.S,
)
# A weekday before a date, named or cut with a full stop ("Sa., 05.12.2026", "Samstag, 5.
# Dezember", "Sat. 12/05/2026"), or today or yesterday before a clock ("Heute, 10:15 Uhr",
# "gestern um 22.15", "Yesterday at 10:15"): the date's, with all after it, however few
# words stand before it (a desk's one word, none).
# Another script's words too ("Χθες", "אתמול", "昨天", "कल"), read only on a page in their
# language (`_weekday_date`): where letters have no case a name's last word looks no different.
_RELATIVE_DAYS = "|".join(
    re.escape(w).replace(r"\ ", r"\s+")
    for table in (langwords.TODAY_WORDS, langwords.YESTERDAY_WORDS)
    for w in sorted(langwords.entries(table), key=len, reverse=True)
    if len(w) > 2 or not w.isascii()  # not "ma", "hier" is French only before a clock
)
# Each of those words with the languages it is today or yesterday in ("hoy": es)
_RELATIVE_DAY_LANGS: dict[str, frozenset[str]] = {
    w: frozenset(
        lang
        for table in (langwords.TODAY_WORDS, langwords.YESTERDAY_WORDS)
        for lang, text in table.items()
        if w in langwords.entries({lang: text})
    )
    for table in (langwords.TODAY_WORDS, langwords.YESTERDAY_WORDS)
    for w in langwords.entries(table)
}
# Other languages' weekdays (langwords.WEEKDAY_NAMES), each with its day (0 Monday)
_OTHER_WEEKDAYS = {
    w: i
    for text in langwords.WEEKDAY_NAMES.values()
    for i, day in enumerate(text.split(","))
    for w in day.strip().casefold().split("|")
}
# ... and the languages that write each: a capitalised one right after a name, on a page in
# another language, is her surname ("By Ana Martes 13 October 2026": a page writes its own
# language's weekdays; Spanish "Domingo", Turkish "Pazar", Czech "Sobota" are surnames)
_WEEKDAY_LANGS: dict[str, frozenset[str]] = {
    w: frozenset(
        lang
        for lang, text in langwords.WEEKDAY_NAMES.items()
        if w in {v.strip() for v in text.casefold().replace("|", ",").split(",")}
    )
    for w in _OTHER_WEEKDAYS
}
_WEEKDAY_WORDS = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_OTHER_WEEKDAYS, key=len, reverse=True)
)
_WEEKDAY_DATE = _compile(
    rf"(?:^|(?<=[\w{_MARKS}])(?P<sep>\s*[^\w\s{_MARKS}])?\s+)(?:"
    r"(?:(?P<day>(?i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday"
    rf"|tuesday|wednesday|thursday|friday|saturday|sunday|{_WEEKDAY_WORDS}))(?:ที่)?(?![\w{_MARKS}]),?"
    r"|(?i:mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.,?)"
    # the date: numeric, a day and a month's name ("13 oktober", "13 de outubro", Hebrew's
    # "13 באוקטובר"), or Hungarian's year first ("2026. október 13.")
    r"\s*(?P<date>\d{1,2}[./]|\d{1,2}\s+(?:de\s+)?[^\W\d_]|\d{4}\.\s)"
    rf"|(?P<rel>(?i:{_RELATIVE_DAYS}))(?![\w{_MARKS}]),?\s+"
    r"(?:(?i:um|at|à|às|om|alle|kl\.?|klo|o|u|a\s+l[ae]s|о|в|lúc|เวลา|الساعة|בשעה|ساعت)\s+)?"
    r"\d{1,2}[:.h]\d{2}\b(?![./]\d))"  # a clock, not a date ("Chris Hoy 12.03.2025")
)
# ... or yesterday ending the line, its clock cut already ("王小明 昨天"), in the page's
# language; not today, a paper's name ("MF Dnes", "Danas", "المصري اليوم")
_YESTERDAY_END = _compile(
    r"(?<=[\w"
    + _MARKS
    + r"])[\s,·|]+((?i:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(langwords.entries(langwords.YESTERDAY_WORDS), key=len, reverse=True)
    )
    + r"))[\s,.]*$"
)
# "on" and a weekday, whole or cut, before a date: "on Fri, 12/05/2026", "on Friday,
# December 5, 2026"
# (no try from inside a run of spaces: the try from its start covers it)
_ON_WEEKDAY = _compile(
    r"(?<!\s)\s+on\s+"
    r"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\.?,?\s+"
    r"(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)).*$"
)
_WEEKDAYS = {
    w: i
    for i, words in enumerate(
        (
            "montag monday",
            "dienstag tuesday",
            "mittwoch wednesday",
            "donnerstag thursday",
            "freitag friday",
            "samstag sonnabend saturday",
            "sonntag sunday",
        )
    )
    for w in words.split()
} | _OTHER_WEEKDAYS
# The date after a weekday, with its year: "05.12.2026", "12/05/26", "3. Dezember 2026",
# "13 de outubro de 2026"; Hungarian's year first: "2026. október 13."
_DATE_AFTER_DAY = _compile(
    r"(\d{1,2})(?:[./]\s*|\s+(?:de\s+)?)(?:(\d{1,2})[./](\d{4}|\d{2})(?!\d)"
    r"|([^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(\d{4})(?!\d))"
)
_YEAR_FIRST_AFTER_DAY = _compile(r"(\d{4})\.\s*([^\W\d_]{3,12})\.?\s+(\d{1,2})\b")


def _weekday_date(text: str, lang: str = "") -> int | None:
    """Where a weekday before a date, or today or yesterday before a clock, starts in
    `text` (`_WEEKDAY_DATE`). A capitalised weekday right after a name with only a space
    between may be her surname ("Thomas Freitag 05.12.2026", "Lisa Montag, 04.12.2026"):
    the date's only where the date is that day. So may another language's word for today
    after a given name ("Chris Hoy, 10:15" on an English page); the page's own language's is
    that day ("Lokales Heute, 10:15 Uhr" on a German page, "Marta Hoy, 10:15" on a Spanish
    one)."""
    for m in _WEEKDAY_DATE.finditer(text):
        day = m.group("day")
        word = " ".join(day.casefold().split()) if day else ""
        if (
            day
            and m.start()
            and not m.group("sep")
            # a script without capitals: its one-word weekday may be a family name too
            # (Arabic "al-Khamis", Hebrew "Shabat"); not "יום שלישי", Thai's "วัน..." ("day ...")
            and (
                day[0].isupper()
                or (not day[0].islower() and " " not in word and not word.startswith("วัน"))
            )
            and (
                not _on_weekday(_WEEKDAYS[word], text, m.start("date"))
                or bool(
                    lang
                    and word in _WEEKDAY_LANGS
                    and lang.split("-")[0].casefold() not in _WEEKDAY_LANGS[word]
                )
                or _given_name_then_day(text[: m.start()], text[m.end("day") : m.start("date")])
            )
        ):
            continue
        rel = m.group("rel")
        if rel and not rel.isascii() and lang.split("-")[0] not in _relative_day_langs(rel):
            continue  # "Dana Včera 10:15" on a page in English: her name
        if (
            rel
            and m.start()
            and not m.group("sep")
            and rel[0].isupper()
            and lang
            and lang.split("-")[0] not in _relative_day_langs(rel)
        ):
            before = text[: m.start()].split()
            if len(before) == 1 and _capital(before[0]) and not is_role_word(before[0]):
                continue  # "Chris Hoy, 10:15": a given name, then her surname ("Hoy": today)
        return m.start()
    return None


def _given_name_then_day(before: str, between: str) -> bool:
    """Whether the weekday after `before`, with `between` it and its date, is the surname of
    a two-word name ("Juan Domingo 18/10/2026", "Karl Sonntag, 18.10.2026" on a Sunday): a
    known given name alone before it (a byline of a given name alone is rarer than a weekday
    surname on its day), a comma at most between it and the date."""
    words = before.split()
    return (
        len(words) == 1
        and between.strip() in ("", ",")
        and _capital(words[0])
        and is_given_name(words[0])
    )


def _relative_day_langs(word: str) -> frozenset[str]:
    """The languages `word` (as matched: any case, any spaces) is today or yesterday in."""
    return _RELATIVE_DAY_LANGS.get(" ".join(word.casefold().split()), frozenset())


def _on_weekday(weekday: int, text: str, at: int) -> bool:
    """Whether the date at `at` in `text`, with its year, falls on `weekday` (0 Monday), the
    day first or the month first."""
    if (y := _YEAR_FIRST_AFTER_DAY.match(text, at)) is not None:
        if (month := MONTHS.get(y.group(2).casefold())) is None:
            return False
        orders = [(int(y.group(3)), month, int(y.group(1)))]
    elif (m := _DATE_AFTER_DAY.match(text, at)) is None:
        return False
    elif m.group(4):
        if (month := MONTHS.get(m.group(4).casefold())) is None:
            return False
        orders = [(int(m.group(1)), month, int(m.group(5)))]
    else:
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year += 2000 if year < 100 else 0
        orders = [(a, b, year), (b, a, year)]
    for day, month, year in orders:
        try:
            if datetime.date(year, month, day).weekday() == weekday:
                return True
        except ValueError:
            continue
    return False


# A clock after the name: "à 18 h 10", "18h10", "at 18:10", "um 18.10 Uhr" (a name holds no
# digits); after a comma, dash or bar, never a colon ("Aktuelle Zeit: 10:57" is a label's).
_CLOCK_TAIL = _compile(
    rf"(?<=[\w{_MARKS}])(?:\s*[,|·–—-])?\s+(?:(?i:à|a|at|um|om|kl\.?|alle|às|o)\s+)?"
    r"\d{1,2}\s?(?:[hH:]\s?\d{2}|\.\d{2}\s?(?i:uhr|uur)|[hH])\b.*$",
    re.S,
)
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
_PUBLISHER_TYPES = ("Organization", "NewsMediaOrganization", "Corporation")
_ORG_TYPES = {t.lower() for t in _PUBLISHER_TYPES}
BYLINE_WINDOW = 60  # blocks after the h1 looked at for a "Von ..." / "홍길동 기자" line
_EMAIL = _compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINE_PARTS = _compile(r"(?!(?<=\s)\s)\s*[|·•]\s*")
_DIGIT = _compile(r"\d")
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


_NEWSROOM = _compile(
    r"^(?:(?:{})\s+)?({})$".format(
        "|".join(map(re.escape, langwords.entries(langwords.NEWSROOM_FROM))),
        "|".join(map(re.escape, langwords.entries(langwords.NEWSROOM_WORDS))),
    ),
    re.I,
)


def newsroom_credit(text: str) -> str | None:
    """ "Por Redação", "Da Redação", "Redakce": the newsroom's word as printed, else None."""
    text = clean(text)
    if len(text) > _NEWSROOM_CHARS:
        return None
    text = BYLINE_LEAD.sub("", text).strip(" .:")
    if (place := _CREDIT_AND_PLACE.match(text)) and _a_place(place.group(2).strip()):
        text = place.group(1)  # "Da Redação | São Paulo", "Redakce, Praha": where it filed from
    if (m := _NEWSROOM.match(text)) is None:
        return None
    article, _, word = m.group(1).partition(" ")
    # "Por la Redacción": the newsroom's word, not the sentence's article ("La Rédaction",
    # a line of its own, stays as printed)
    return word if word and article in _NEWSROOM_ARTICLES else m.group(1)


_NEWSROOM_CHARS = 40
_NEWSROOM_ARTICLES = frozenset(("la", "le", "a", "o", "de", "el", "the"))
_CREDIT_AND_PLACE = _compile(
    r"^(.+?)\s*(?:[|,/\u00b7\u2022]|\s[-\u2013\u2014])\s*([^\W\d_][^\d|,]{1,30})$"
)


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


# "(dpa)", "ama/dpa", "(AFP, dpa)": the agencies a story credits in its closing tag, with an
# editor's initials or a regional service's code in lower case ("ama", "lno") beside them.
# (full-width brackets and stop too: Japanese and Chinese stories close with Kyodo's "共同")
_AGENCY_TAG_LINE = _compile(r"^[(（]?\s*([^\W\d_][\w./,&\s-]{1,40}?)\s*[)）]?[.。]?$")
_ENDING_TAG = _compile(r"[.!?\"“”»。！？」]\s*[(（]([^()（）]{2,40})[)）]$")
_TAG_PARTS = _compile(rf"(?!(?<=\s)\s)(?:\s*[/,&]\s*|\s+(?:{_AND_WORDS})\s+)", re.I)


def _agency_tag(text: str) -> list[str]:
    """The agencies of a closing tag, where every part is an agency or lower-case initials."""
    m = _AGENCY_TAG_LINE.match(text) if text else None
    if m is None:
        return []
    parts = [p for p in _TAG_PARTS.split(m.group(1)) if p]
    if parts == [text] and (
        text.casefold() in langwords.WORD_AGENCIES or text.casefold() not in AGENCIES
    ):
        # "AP" alone on a line, no brackets: a subhead as likely as a tag; so are letters
        # that are a word too, agencies only in capitals ("MAP", "SPA": a label)
        return []
    agencies = [p for p in parts if is_agency(p)]
    # "(APA/red.)": initials or a newsroom's "red." with its abbreviation's stop
    initials = all(
        (q := p.removesuffix(".")).islower() and q.isalpha() and 2 <= len(q) <= 4
        for p in parts
        if p not in agencies
    )
    return dedupe(agencies) if agencies and initials else []


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


def _labelled_author(doc: Document) -> list[str]:
    """ "twitter:label1" = "Written by" / "Verfasst von", "twitter:data1" = the writer (what
    WordPress SEO plugins write), and Webtrends' `dcsext.author`."""
    found = doc.all_meta("dcsext.author")
    for i in range(1, _TWITTER_LABELS + 1):
        label = doc.first_meta(f"twitter:label{i}")
        if label and label.strip(" :").casefold() in _WRITTEN_BY:
            found += doc.all_meta(f"twitter:data{i}")
    return found


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


def _given_first(value: str, lang: str = "") -> str:
    """ "Doe, Jane" -> "Jane Doe" (both words capitalised, no agency: "Muster, SDA" stays).
    `lang`: the page's language, where an agency's letters are a given name abroad
    ("Müller, PETRA" in German; "Sharma, ANI" in English is the agency)."""
    m = _FAMILY_GIVEN.match(value)
    if m is None:
        return value
    family, given = m.groups()
    # "de Vries", "al-Sayed": the particle stays lower case
    last = _ARABIC_PARTICLE.sub("", family.split()[-1])
    if not (_capital(last) and _capital(given)) or last.isupper():
        return value
    if given.isupper() and not (
        len(given) >= 3 and (is_given_name(given) or _spoken_capitals(given))
    ):
        return value  # "Muster, SDA"; a given name in capitals is hers ("Smith, JORDAN")
    if is_agency(family) or (is_agency(given) and not capitals_agency_abroad(given, lang)):
        return value
    return f"{given} {family}"  # (as printed: "JORDAN Smith")


# a story's kind or desk in many languages ("cronaca", "deportes"), accents dropped as
# capitals may drop them ("POLITICA")
_KIND_OR_DESK = frozenset(
    plain(w)
    for table in (langwords.KICKER_WORDS, langwords.DESK_WORDS)
    for w in langwords.entries(table)
)


def _umlauts(word: str) -> str:
    """ "zuerich" as "zürich": capitals typed without their umlauts, the town's name."""
    return word.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")


_VOWELS = frozenset("aeiouyäöüåæøéèêëáàâíìîïóòôõúùûıœ")
_COUNTRY_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")  # countries' names looked up
_SPOKEN_CAPITALS = 4  # letters: "KÜBRA", "AYŞE"; no station's or agency's ("NDR", "RTBF")


def _spoken_capitals(word: str) -> bool:
    """Capitals read as a word of four letters or more, two vowels or more and never three
    consonants running ("KÜBRA", "AYŞE", "PANAGIOTIS"; not an agency's or station's "NDR",
    "WDR", "SWR3"): a given name the table lacks (an agency's, `AGENCIES`, is read apart).
    Its length alone makes no word a town: the table lacks many long given names."""
    w = word.casefold()
    if (
        len(w) < _SPOKEN_CAPITALS
        or not w.isalpha()
        or is_known_place(w)
        or is_known_place(_umlauts(w))
        or place_shaped(w)
    ):
        return False  # "Muster, ROMA", "Muster, ZUERICH", "Meier, FELDBERG": where she filed from
    if is_role_word(w) or w in LABEL_WORDS or w in langwords.GENERIC_AGENCY_WORDS:
        return False  # "Muster, KOMMENTAR", "Dupont, AGENCE": a byline's word, no name
    if w in LEAD_IN_WORDS or plain(w) in _KIND_OR_DESK:
        return False  # "Doe, ANALYSIS", "Rossi, CRONACA": the kind of piece, the desk
    if any(country_name(w, lang) for lang in _COUNTRY_LANGUAGES):
        return False  # "Muster, ÖSTERREICH"
    return _read_as_word(w)


def _read_as_word(word: str) -> bool:
    """Capitals read as a word, not spelled out: two vowels or more and never three
    consonants running ("KÜBRA", "CRONACA"; not "RTBF", "WDR")."""
    vowel = [c in _VOWELS for c in word.casefold()]
    run = max(len(r) for r in "".join("v" if v else "c" for v in vowel).split("v"))
    return sum(vowel) >= 2 and run < 3


def _desk_or_place_in_capitals(word: str) -> bool:
    """ "BINNENLAND", "CRONACA", "SPORT", "ALTENKIRCHEN", "ZUERICH", "ÖSTERREICH" after a
    surname: a desk's or kind of piece's name, or a town's ending, a town or a country that
    is no given name and no agency: her desk or where she filed from. A long word the tables
    lack is none of these by its length ("PANAGIOTIS", "ABDULRAHMAN": given names)."""
    w = word.casefold()
    if not word.isupper() or not w.isalpha() or len(w) < _SPOKEN_CAPITALS or is_agency(word):
        return False
    if plain(w) in _KIND_OR_DESK:
        return True  # "Meier, SPORT"; before the table's given names: "Rossi, ESTERI"
    if is_given_name(w):
        return False
    return (
        place_shaped(w)
        or is_known_place(_umlauts(w))  # "Müller, ZUERICH"
        or any(country_name(w, lang) for lang in _COUNTRY_LANGUAGES)  # "Muster, ÖSTERREICH"
    )


def _family_comma(
    text: str,
    lang: str,
    place: Callable[[str], bool] | None,
    surname: Callable[[str], bool] | None = None,
    guess_place: bool = True,
    town_lang: str = "",
) -> str:
    """ "Muster, Anna" as a whole byline: one writer, her family name first ("Anna Muster");
    "Muster, Oberhausen" or "Muster, Berlin" over a story on Berlin: her surname and where
    she filed from ("Muster"). Else as it stands ("Muster, SDA", "Budi, Jakarta"; "Meier,
    Huber" where a writer's link names "Huber" a surname: two writers). `guess_place`: a
    known town or a town's shape may be the place (a printed byline's, not a JSON-LD
    Person's). `town_lang`: the language its words are in, where a town is weighed by it
    (`_known_place`; `lang` where not given)."""
    family, _, given = text.partition(",")
    given = given.strip()
    if surname is not None and surname(given):
        return text
    if (
        _capital(given)
        and not is_agency(given)
        and (
            (place and place(given))
            or (not given.isupper() and (_PLACE_END.search(given) or given.casefold() in _POSTS))
            # "Müller, FLORENZ", "Rossi, FIRENZE": a place in capitals after her surname, or
            # after an agency's or station's letters ("AP, WASHINGTON", "CNN, WASHINGTON")
            or (
                given.isupper()
                and (not family.isupper() or _credited_letters(family.strip()))
                and _place_in_capitals(given, place)
            )
        )
    ):
        return family.strip()
    if (
        guess_place
        and _capital(given)
        and not family.isupper()
        and _desk_or_place_in_capitals(given)
    ):
        return family.strip()  # "Meier, ALTENKIRCHEN", "Jansen, BINNENLAND": hers alone
    if (
        not _inverted_name(text, lang)
        or (inverted := _given_first(text, town_lang or lang)) == text
    ):
        return text
    if (
        guess_place
        and " " in family.strip()
        and _capital(lead := family.split()[0])
        and lead.casefold() not in _PARTICLES
        and is_given_name(lead)
        and is_known_place(given)
    ):
        return family.strip()  # "Ben Smith, Denver": a full name, then where he filed from
    if guess_place and _known_place(given, town_lang or lang):
        # "Muster, Lörrach", "Otieno, Kisumu" on a page that names no such place: a town
        # some country has, no given name; a word neither table holds is a given name
        # ("Muster, Smilla", "Okafor, Chidi")
        return family.strip()
    return inverted


def _ours_then_place(text: str, lang: str) -> bool:
    """Whether `text` is a correspondent's label and a place ("onze verslaggever, Amsterdam",
    "our correspondent, Paris"): a town, or one capitalised word that is no given name,
    after "our" and role words alone is where she filed from (her name would follow the
    label: "onze verslaggever, Jan de Vries")."""
    head, _, tail = text.partition(",")
    words, place = head.split(), tail.strip()
    if len(words) < 2 or words[0].casefold() not in _OURS or not place:
        return False
    if not all(is_role_word(w) or _job_or_jobs(w) for w in words[1:]):
        return False
    # a town that is a given name too ("Paris", "Roma") is the town here: a name would be whole
    return (
        is_known_place(place)
        or _known_place(place, lang)
        or (" " not in place and _capital(place) and not is_given_name(place))
    )


def _known_place(word: str, lang: str) -> bool:
    """A town or region's name or shape that is no given name: "Lörrach", "Jaipur", "Olten";
    not "Anna", "Rosario" (a given name and a town: the name), "Smilla" (neither), nor a
    small town only far from the page's language ("Hikari" or "Trang" under an English
    byline, "Awa" under a French one: a given name no table holds); a town's ending counts
    wherever the town lies ("Lörrach" under an English byline)."""
    first = word.split()[0] if word.split() else ""
    if len(first) <= 2 or is_given_name(first):
        return False
    return place_shaped(word) or (is_known_place(word) and not far_small_town(word, lang))


def _list_then_place(
    text: str, lang: str, place: Callable[[str], bool] | None, town_lang: str = ""
) -> str:
    """ "Muster und Probe, Lörrach", "Anna Muster/Jan Probe, Schopfheim": a list closed by
    its "and" or a slash, then one word after a comma, is where they filed from (a third
    writer would stand before the "and": "Muster, Probe und Beispiel"), where the page names
    the place or the word is a known town's name or shape, no given name (also after a
    longer list: "Muster, Probe und Beispiel, Lörrach"); an agency stays
    ("Muster und Probe, dpa"), a given name stays a writer's ("Muster und Probe, Şeyma")."""
    head, _, word = text.rpartition(",")
    word = word.strip()
    if (
        not word
        or ("," in head and not _LIST_AND.search(head.rpartition(",")[2]))
        or not _capital(word)
        or word.isupper()
        or is_agency(word)
    ):
        return text
    if " " in word or not (_LIST_AND.search(head) or "/" in head):
        return text
    if (place is not None and place(word)) or (
        _known_place(word, town_lang or lang)
        and not is_role_word(word)
        and not newsroom_credit(word)
    ):
        return head
    return text


_LIST_AND = _compile(rf"\s(?:{_AND_WORDS})\s")  # each language's "and" (`AND_WORDS`)
# A byline's closing dash ("Muster, Kempten —")
# (any dash: a hyphen or two, the figure, en and em dash, the horizontal bar, a minus; after a
# letter or an abbreviation's dot: "WASHINGTON, D.C. —")
_DASHES = "-\u2012\u2013\u2014\u2015\u2212"
_DASH_END = _compile(rf"(?<=[^\W\d_]|(?<=[^\W\d_])\.)\s*+(?:--|[{_DASHES}])\s*+$")


def _mark_then_space(cut: str) -> bool:
    """ ", 3 March 2026", " — 03.12.2026": the date cut from a byline after a comma or dash."""
    cut = cut.lstrip()
    return (cut[:1] == "," or cut[:1] in _DASHES) and cut[1:2].isspace()


def _without_town_and_region(text: str, lang: str) -> str:
    """A byline without a town and its region or country closing it ("Jane Doe, El Paso,
    Texas" -> "Jane Doe"; "El Paso, Texas", "Austin, Texas" -> ""; was "Texas El Paso", a
    surname first). After one word, a given name of the tables is hers, not a region."""
    parts = text.rsplit(",", 2)
    town, region = parts[-2].strip(), parts[-1].strip()
    if len(parts) < 2 or not _town_region_shaped(town, region):
        return text  # (the towns' tables read only for a byline so shaped)
    if (
        len(parts) == 2
        and " " not in town
        and is_given_name(region)
        and not country_name(region, lang)
    ):
        return text  # "Muster, Anna", "Jackson, Georgia": a surname and her given name
    if not town_and_region(town, region, lang):
        return text
    return parts[0].strip() if len(parts) == 3 else ""


def _town_region_shaped(town: str, region: str) -> bool:
    """ "El Paso", "Texas": a town of up to three capitalised words, then one capitalised word
    that is no agency ("Jane Doe, Reuters") nor all capitals."""
    words = town.split()
    return (
        0 < len(words) <= 3
        and all(_capital(w) for w in words)
        and bool(region)
        and " " not in region
        and _capital(region)
        and not region.isupper()
        and not is_agency(region)
    )


_CAPITAL_PLACE = _compile(r"^[^\W\d_a-z][^\W\d_]*+(?:[.'’-][^\W\d_]++)*+\.?$")  # "ST.", "ABU-DHABI"
# a comma, bar or middot between a byline's parts
_PART_MARK = _compile(rf"({_RUN_START}\s*+[,|·•]\s*+)")


def _without_capital_dateline(
    text: str, marked: bool = True, on_page: Callable[[str], bool] | None = None
) -> str:
    """A byline printed as a dateline (a dash or the date closing it) without the parts after
    the writer's full name that are set in capitals ("By Jane Doe, LAGOS —", "Jane Doe, PORT
    HARCOURT (Reuters) —", "Anna Muster | BERLIN —"): a dateline's place is set so, a name is
    not; an agency's letters stay ("Jane Doe, AFP —"). Where the whole byline is in capitals
    ("JANE DOE, LAGOS —") only a last part that is a known place or no given name goes.
    One word before the mark is a surname, read as such elsewhere ("Okafor, LAGOS —"); a
    surname in capitals with no mark before it is a name ("Marie DUPONT —"). `marked`: a dash
    or a comma closes the part before the date; where none does, a given name in capitals
    after one surname is hers ("Smith, JORDAN 3 March 2026"), unless it is a correspondent's
    common post ("Smith, PARIS 3 March 2026") or a place the page names (`on_page`: "Smith,
    HOUSTON 3 March 2026" over a story from Houston), or the word before is an agency's
    ("Bloomberg, JORDAN 3 March 2026", "AP, JORDAN": where it filed from)."""
    head, *rest = _PART_MARK.split(text)
    if not rest or not head.split():
        return text
    shouting = head.isupper()
    if len(head.split()) < 2:
        # "Okafor, LAGOS 3 March 2026": a surname, then a known place in capitals (a given
        # name set in capitals after her surname is no place: "Okafor, CHIDI —" stays)
        last = rest[-1].strip()
        if len(rest) != 2 or not last.isupper() or not is_known_place(last):
            return text
        if _credited_letters(head.strip()):
            # "AP, JORDAN 3 March 2026", "CNN, WASHINGTON —": the agency or station and
            # where it filed from (a station's letters no agency list holds)
            return head
        if shouting:
            # "OKAFOR, LAGOS —": a surname in capitals, then where she filed from; a given
            # name set so after it is hers ("SMITH, JORDAN —"), a correspondent's post not
            if not is_given_name(last) or last.casefold() in _POSTS:
                return head
            return text
        if (
            not marked
            and is_given_name(last)
            and last.casefold() not in _POSTS
            and not (on_page is not None and on_page(last.title()))  # (the story: "Houston")
        ):
            return text  # "Smith, JORDAN 3 March 2026": her surname and given name
        return head

    def place(part: str) -> bool:
        words = part.split()
        if (
            not 0 < len(words) <= 3
            or not part.isupper()
            or is_agency(part.strip())
            or not all(_CAPITAL_PLACE.match(w) for w in words)
            or len(part.strip()) < 3
            # an agency's or paper's credit, or her job ("THE ASSOCIATED PRESS", "BBC NEWS",
            # "AP BUSINESS WRITER"): no place
            or any(_credit_word(w) for w in words)
        ):
            return False
        word = part.strip().rstrip(".")
        if len(words) == 1 and len(word) <= 4 and word.isalpha() and not is_known_place(word):
            # a station's or agency's letters ("CNN", "UPI"; no town: "ROME", "GAZA" are
            # known; "D.C." is), but a suffix of the name before goes ("John Smith, JR. —")
            return word.casefold() in _NAME_SUFFIXES
        # a given name opening two words or more is a writer in capitals ("By Jane Doe, TOM
        # KAY —"), where no place is so named ("SANTA CRUZ", "ALICE SPRINGS")
        return (
            (not shouting and len(words) == 1)
            or is_known_place(part.strip())
            or not is_given_name(words[0])
        )

    pairs = list(zip(rest[::2], rest[1::2], strict=True))  # (mark, part) after the head
    if shouting:
        kept = pairs[:-1] + ([] if place(pairs[-1][1]) else pairs[-1:])
    else:
        kept = [(mark, part) for mark, part in pairs if not place(part)]
    return head + "".join(mark + part for mark, part in kept)


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _outlet_letters(word: str) -> bool:
    """A station's or outlet's letters opening a dateline ("CNN", "KTLA", "ZDF"): two to four
    capitals that are no given name, town or name's suffix ("LEE", "ROME", "JR" are)."""
    return (
        2 <= len(word) <= 4
        and word.isalpha()
        and word.isupper()
        and word.casefold() not in _NAME_SUFFIXES
        and not is_given_name(word)
        and not is_known_place(word)
    )


def _credited_letters(word: str) -> bool:
    """An agency's or station's letters ("AP", "AFP", "CNN")."""
    return is_agency(word) or _outlet_letters(word)


def _outlet_before_place(text: str, named: Callable[[str], bool] | None = None) -> str | None:
    """ "CNN WASHINGTON —", "ZDF BERLIN —": a station's letters, then a known place in capitals
    with no mark between, printed as a dateline: the station (a name in capitals opens with
    a given name: "ANNA BERLIN —"). One town's word is a correspondent's post or a town the
    story names (`named`): many surnames are towns, and initials read as letters ("BY AJ
    PRESTON —", "DJ HAMILTON —": one writer)."""
    first, _, place = text.strip().partition(" ")
    if (
        not place
        or not place.isupper()
        or len(place.split()) > 3
        or not all(_CAPITAL_PLACE.match(w) for w in place.split())
        or not is_known_place(place)
        or not _credited_letters(first)
    ):
        return None
    one_town = " " not in place and place.casefold() not in _POSTS
    if one_town and (named is None or not (named(place) or named(place.title()))):
        return None
    return first


def _credit_word(word: str) -> bool:
    """An agency's, a paper's or a job's word in a byline's part ("AP", "PRESS", "NEWS",
    "WRITER")."""
    w = word.casefold().strip(".")
    return (
        is_agency(word.strip("."))
        or w in _PAPER_WORDS
        or w in ("press", "presse")
        or is_role_word(w)
    )


def _date_after_comma(text: str) -> bool:
    """ "LAGOS, 3 March 2026", "Lagos, March 3, 2026", "Dakar, le 3 mars 2026": a comma,
    then a date (after a short lower-case word: French "le")."""
    rest = text.partition(",")[2].split()
    if len(rest) > 1 and rest[0].isalpha() and rest[0].islower() and len(rest[0]) <= 3:
        rest = rest[1:]  # "le 3 mars"
    return bool(rest) and (rest[0][:1].isdigit() or rest[0].casefold().strip(".") in MONTHS)


def _dateline_alone(
    text: str,
    place: Callable[[str], bool] | None,
    surname: Callable[[str], bool] | None,
    lang: str = "",
) -> bool:
    """A byline that is only a place printed as a dateline ("LAGOS, 3 March 2026", "Kuala
    Lumpur —"): in capitals, or a known town no given name is, or a place the page names;
    not an agency ("AFP, 3 March"), nor a word a writer's link names a surname."""
    word = text.strip()
    if not word or "," in word or is_agency(word) or len(word) <= 2:
        return False
    if " " in word and not word.isupper() and is_given_name(word.split()[0]):
        return False  # "Jane Doe, 3 March 2026": a writer ("Kuala Lumpur —" a town)
    if surname is not None and surname(word):
        return False
    if place is not None and place(word):
        return True
    if not (is_known_place(word) or country_name(word, lang)):
        return False  # ("Nigeria, 3 March 2026": a country's name, CLDR's)
    return word.isupper() or not is_given_name(word.split()[0])


def _dateline_place(
    place: Callable[[str], bool] | None, lang: str, family: str = ""
) -> Callable[[str], bool]:
    """Whether the word after "Surname," printed as a dateline ("Muster, Waldshut —",
    "Okafor, LAGOS, 3 March 2026") is where she filed from: a place the page names, a word in
    capitals (under a surname that is not), or, where no given name of the tables, any
    town or region some country has (however small or far: "Kemi", "Tromsø"), a country's
    name in the page's language or English ("Nigeria", "Schweiz") or a town's ending
    ("Hexham", "Lörrach"). A capitalised word none of these is a given name the tables lack
    ("Okafor, Chidi, 3 March 2026": a writer and the date; was read as a place)."""

    def dateline_place(word: str) -> bool:
        if place is not None and place(word):
            return True
        first = word.split()[0] if word.split() else ""
        if len(first) <= 2:
            return False
        if word.isupper():
            return not family.isupper()
        return not is_given_name(first) and (
            is_known_place(word) or dateline_shaped(word) or country_name(word, lang)
        )

    return dateline_place


# each language's "and" (`AND_WORDS`), "&" or a slash between "Surname, Given" pairs
_PAIRS_AND = _compile(rf",?\s(?:{_AND_WORDS}|&)\s|(?<=\S)\s?/\s?(?=\S)")


def _family_given_pairs(
    text: str,
    lang: str,
    place: Callable[[str], bool] | None,
    surname: Callable[[str], bool] | None,
    town_lang: str = "",
) -> str | None:
    """ "Müller, Anna und Schmidt, Jan", "Smith, Jane and Roe, John": writers printed surname
    first with an "and" between, each pair one writer ("Anna Müller; Jan Schmidt"), also
    with a place, a role or an agency after the last ("Müller, Anna, Waldshut", "Muster,
    Anna, Redakteurin", "Muster, Anna (dpa)" where "Anna" is a given name), where
    every pair reads as a surname and a given name (none a place: "Muster, Probe und
    Beispiel, Lörrach" is three writers and where they filed from); else None."""
    if text.count(",") < (1 if "/" in text else 2) or ";" in text:
        return None
    pairs = _PAIRS_AND.split(text)
    head, word = pairs[-1], ""
    if len(pairs) > 1 and _agencies_only(head):
        pairs.pop()  # "Muster, Anna / dpa"
        head, word = pairs[-1], head.strip()
    elif head.count(",") == 2:
        head, _, word = head.rpartition(",")  # "..., Schmidt, Jan, Waldshut"
        word = word.strip()
    if not all(p.count(",") == 1 and _FAMILY_GIVEN.match(p) for p in [*pairs[:-1], head]):
        return None  # (the tables are looked at only for a byline so shaped)
    agency = bool(word) and _agencies_only(word)
    if word and not (
        agency
        or is_role_word(word)
        or _FROM_PLACE.match(word)
        or word.casefold() in _POSTS
        or _PLACE_END.search(word)
        or (place is not None and place(word))
        or (_capital(word) and _known_place(word, town_lang or lang))
    ):
        return None
    pairs[-1] = head  # where they filed from or a role goes, an agency stays
    if len(pairs) == 1 and not (word and is_given_name(head.rpartition(",")[2].strip())):
        return None  # "Müller, Anna, Waldshut"; not "Muster, Probe, Lörrach" (two writers?)
    name_lang = lang
    if lang.split("-")[0] in _ONE_NAME_LANGUAGES and all(
        is_given_name(p.rpartition(",")[2].strip()) for p in pairs
    ):
        # "Nurhaliza, Siti dan Fauzi, Ahmad": pairs joined by "and", each closed by a given
        # name of the tables, are inverted names there too (not "Budi, Jakarta")
        name_lang = ""
    names = [
        _family_comma(p.strip(), name_lang, place, surname, town_lang=town_lang or lang)
        for p in pairs
    ]
    if any("," in n or " " not in n for n in names):
        return None  # a pair left as printed, or a surname and a place
    return "; ".join(names + [word] * agency)


def _inverted_name(text: str, lang: str) -> bool:
    """ "Muster, Anna": two capitalised words, neither a role, a newsroom, a label or an
    agency, on a page whose writers are not known by one name (there "Budi, Jakarta" is a
    writer and where he is)."""
    if lang.split("-")[0] in _ONE_NAME_LANGUAGES:
        return False
    return all(
        w in _PARTICLES
        or w in _CAPITAL_PARTICLES
        or (not is_role_word(w) and w.casefold() not in LABEL_WORDS and not newsroom_credit(w))
        for w in text.replace(",", " ").split()
    )


# The ends of towns' names, no given name's ("Oberhausen", "Flensburg", "Ingolstadt")
_PLACE_END = _compile(
    r"(?:burg|berg|dorf|stadt|hausen|heim|ingen|furt|hafen|feld|bach|brück|brücken|kirchen"
    r"|bruck|grad|polis|ville)$",  # (not "-wald": "Ewald", "Oswald")
    re.I,
)


# Correspondents' commonest posts, as German, English and their own pages spell them
# ("Fischer, Washington", "Muster, Brüssel"): a place, no given name, even where the story
# does not name it
_POSTS_TEXT = """
berlin wien zürich bern basel genf brüssel bruxelles brussels paris london rom roma rome
madrid lissabon lisbon athen athens warschau warsaw prag praha prague budapest moskau
moscow kiew kyiv kiev istanbul ankara jerusalem kairo cairo peking beijing tokio tokyo
washington neu-delhi nairobi johannesburg sydney hamburg münchen köln frankfurt
stuttgart düsseldorf dresden leipzig hannover bremen graz linz salzburg innsbruck
luzern strassburg straßburg mailand milano milan amsterdam stockholm oslo kopenhagen
helsinki dublin
"""
_POSTS = frozenset(_POSTS_TEXT.split())


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
# "Nordmedien Verlag und Druck GmbH & Co. KG", "NORDWEST Mediengruppe" as a JSON-LD author:
# the publishing house's registered name or its group's (a CMS default), no writer; read as a
# byline it split into fragments at its "und" and "&", and beside a writer it was credited too
# (an agency or a newsroom beside her stays). Credited alone, it is read whole where no source
# names anyone.
_REGISTERED_COMPANY = _compile(
    r"\S\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG(?:aA)?)?|mbH|AG|KG(?:aA)?|SE|e\.\s?V\.|Ltd\.?|Inc\.?|LLC"
    r"|S\.A\.|S\.p\.A\.|B\.V\.|\S*(?i:mediengruppe|verlagsgruppe|medienhaus|verlagshaus|verlag)"
    # "Nordwind Media Group", "Example Publishing", "CH Media": a group's name
    r"|(?i:(?:media|medien|médias|medios|mídia|publishing|news)\s+(?:group|gruppe|groupe|grupo"
    r"|holding|company)|media\s*group|publishing|publishers|mediagroup|media|medien))$"
    # "Grupo Ejemplo", "Gruppo Editoriale Esempio", "Groupe Exemple": a group's word first
    r"|^(?:Grupo|Gruppo|Groupe|Grupa)\s+[^\W\d_]"
)


def _is_house(name: str) -> bool:
    """A publishing house's registered or group name (`_REGISTERED_COMPANY`), not an agency's:
    "Keystone-SDA-ATS AG", "dpa-infocom GmbH" are the wire credited under its legal name."""
    if (m := _REGISTERED_COMPANY.search(name)) is None or is_agency(name):
        return False  # ("PA Media": the agency's name)
    before = name[: m.start() + 1] if m.start() else name  # (the group's word first: all of it)
    return not any(w in AGENCIES for w in re.split(r"[^\w-]+|(?<=\w)-(?=\w)", before.casefold()))


# "Published by Example Media Group Ltd.": the imprint line legal text prints in the article
_PUBLISHED_BY = _compile(r"(?i:published\s+by\b)([^|]*)")


def _imprint(text: str) -> bool:
    """ "Published by" before a registered company's name is its imprint, no byline (WordPress's
    "Published by Jane Doe" names the writer): the publishing house publishes, no one writes."""
    m = _PUBLISHED_BY.match(text)
    return m is not None and _is_house(m[1].strip(" .:"))


def _person_names(value: Any) -> list[str]:
    """The names of JSON-LD authors typed Person: "Lena AG", "Paul Verlag" are people, whatever
    their last word."""
    if isinstance(value, list):
        return [n for v in value for n in _person_names(v)]
    if isinstance(value, dict) and "Person" in as_strings(value.get("@type")):
        return _jsonld_authors(value)
    return []


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


def _agencies_only(rest: str) -> bool:
    """ "dpa", "dpa/AFP", "Reuters, AP": agencies and nothing else."""
    parts = [w for w in re.split(r"[/,&\s]+", rest) if w]
    return bool(parts) and all(is_agency(w) for w in parts)


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


def _jsonld_authors(value: Any) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in _jsonld_authors(v)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
        if isinstance(name, str):
            return [name]
        given, family = value.get("givenName"), value.get("familyName")
        return [f"{given} {family}"] if isinstance(given, str) and isinstance(family, str) else []
    return [value] if isinstance(value, str) else []


def _publisher_names(doc: Document, rules: SiteRules | None) -> set[str]:
    """The publisher's names as `_key` gives them, plus its compact site keys ("sternde")."""
    names = set(rules.publisher_names) if rules else set()
    names.update(as_strings(jsonld.resolve(doc.article.get("publisher"), doc.jsonld)))
    for org in jsonld.objects_of_type(doc.jsonld, *_PUBLISHER_TYPES):
        names.update(as_strings(org.get("name")))
    names.update(doc.all_meta("og:site_name"))
    return {_key(n) for n in names if n} | site_keys(doc)


def _key(name: str) -> str:
    return re.sub(r"\W+", " ", name).strip().casefold()


def is_publisher(name: str, publishers: AbstractSet[str]) -> bool:
    """ "Daily Example", "STERN.de", "MDR THÜRINGEN" (the host's name and a region) on its site;
    also with house words around it ("Beispiel-Zeitung Online", "Redaktion Beispiel-Zeitung")
    or an edition's region code after it ("G Exemplo SP")."""
    key = _key(name)
    if key in publishers or not spellings(compact(name)).isdisjoint(publishers):
        return True  # "Seznam Zprávy" on seznamzpravy.cz: hosts spell names without accents
    if any(part in publishers or compact(part) in publishers for part in _without_house_words(key)):
        return True
    first = compact(key.split(" ", 1)[0]) if " " in key else ""
    if len(first) > 1 and first in publishers and first.upper() in name:
        return True
    if (
        name.isupper()
        and ABBREVIATION + compact(name) in publishers
        and not is_agency(name)  # "AP" on an "Arizona Post": still the agency
    ):
        return True  # "Matti Virtanen ES": the initials of the site's stated name, in capitals
    # an edition's region code after the name: "G Exemplo SP", "Example News NSW"
    head, _, code = name.strip().rpartition(" ")
    return (
        bool(head) and _REGION_CODE.fullmatch(code) is not None and is_publisher(head, publishers)
    )


_REGION_CODE = _compile(r"[A-Z]{2,3}")


# Words a newsroom puts around the paper's name when it credits itself: "Beispiel-Zeitung
# Online", "Redaktion Beispiel-Zeitung", "Die Beispiel-Zeitung", "Example Post Staff".
_HOUSE_TEXT = """
online digital web redaktion redaktionen newsroom newsdesk desk staff team die der das the le la
el il de redacción redazione rédaction redactie redakcja redakce redaksjonen redaktionen plus
"""
_HOUSE_WORDS = frozenset(_HOUSE_TEXT.split())


def _without_house_words(key: str) -> Iterator[str]:
    """A `_key`ed name without some house words at either end ("the sun online": "the sun",
    "sun online", "sun"), each way of cutting them."""
    words = key.split()
    n = len(words)
    for i in range(n):
        if i and words[i - 1] not in _HOUSE_WORDS:
            return
        for j in range(n, i, -1):
            if (i or j < n) and all(w in _HOUSE_WORDS for w in words[j:]):
                yield " ".join(words[i:j])


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
_OFFICIALS = frozenset(
    w for e in langwords.entries(langwords.OFFICIAL_TITLES) for w in e.split() if len(w) > 2
)


def _official_of(part: str) -> bool:
    """An official's title and what the office serves, joined by a lower-case word: "Maire
    de Lyon", "Sprecher vom Ministerium", "Mayor of Springfield" (a source, no writer); not
    with a person's name after it ("Leiterin der Lokalredaktion Anna Muster": three
    capitalised words after the last lower-case one, the office's and her two)."""
    words = part.split()
    if not (
        len(words) >= 3
        and words[0].casefold() in _OFFICIALS
        and words[1].isalpha()
        and words[1].islower()
    ):
        return False
    tail = list(itertools.takewhile(_capital, reversed(words)))
    return len(tail) < 3


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
# Languages whose writers often go by one name (Indonesia, Malaysia, Vietnam, Thailand,
# Myanmar, Cambodia, Laos, Mongolia), and a role word of theirs ("Wartawan, Budi").
_ONE_NAME_LANGUAGES = frozenset(["id", "ms", "jv", "su", "vi", "th", "my", "km", "lo", "mn"])


def _role_words(languages: AbstractSet[str], inside: bool) -> frozenset[str]:
    """The job titles' and byline labels' words of the languages (or of all others)."""
    return frozenset(
        w
        for table in (langwords.JOB_TITLES, langwords.BYLINE_LABELS)
        for lang, text in table.items()
        if (lang in languages) == inside
        for e in langwords.entries({lang: text})
        for w in e.split()
    )


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


# "Иван Петров 2 декабря 2026", "Juma Mwangi Desemba 2, 2026", "Marta Gil 13 de mayo de
# 2026", "Marta Puig 13 d'abril": a day and a month's name (any language's; MONTHS decides,
# Romance "de"/"d'" between) after the name, with no mark the date tail knows. Month first,
# the day must not open another date ("Marta Medi 13 de mayo": "Medi" is a surname there).
# (a name's last vowel sign stays its own, "राम शर्मा 12 March"; a month's word may hold
# such signs, "मार्च")
_MONTH_WORD = rf"([^\W\d_](?:[^\W\d_]|[{_MARKS}]){{2,11}})"
_DAY_MONTH = (
    _compile(
        rf"(?<=[\w{_MARKS}])\s*[^\w\s{_MARKS}]?(?:\s+(?i:am|on|le|el|il|em|den|dne|vom))?\s+"
        rf"\d{{1,2}}\.?\s+(?i:(?:de|del|di)\s+|d['’])?{_MONTH_WORD}"
    ),
    _compile(
        rf"(?<=[\w{_MARKS}])\s*[^\w\s{_MARKS}]?\s+{_MONTH_WORD}\.?\s+\d{{1,2}}\b"
        rf"(?:\.?\s+(?i:(?:de|del|di)\s+|d['’])?{_MONTH_WORD})?"
    ),
)
# Another calendar's month in Latin letters ("Baisakh", "Esfand", "Ramadan"), or Nepal's in
# Devanagari ("राम शर्मा बैशाख १२"), read beside a day's number only where no Gregorian date
# stands (many are names too: "Ali Rajab 3 March")
_OTHER_MONTHS = (
    langwords.other_calendar_months()
    | frozenset(langwords.BIKRAM_SAMBAT_MONTHS.replace("|", " ").split())
) - frozenset(MONTHS)
# The words a date printed before the byline is made of ("12.03.2025, 10:15 Uhr | Von ...",
# "2. prosince 2026 14:30 Jan Novák"): digits, month names, clock words and marks.
_DAY = _compile(r"^\d{1,2}\.?,?$")
_DATE_TOKEN = _compile(r"\d[./:-]\d|^\d{4}\b")  # "12.03.2025", "10:15", "2026"
_DATE_WORDS = (
    frozenset({"uhr", "um", "am", "h", "kl.", "kl", "at", "on", "le", "el", "em", "den"})
    | frozenset({"|", "·", "•", "-", "–", "—", ","})
    | frozenset(langwords.entries(langwords.PUBLISHED_LABELS))
    | frozenset(langwords.entries(langwords.UPDATED_LABELS))
)


def _a_place(part: str) -> bool:
    """Where a newsroom filed from: one capitalised word, not an agency ("Praha", not "ČTK",
    "Agenturen"), or a place of several words ("São Paulo"; not "João Lima", who may be a
    writer)."""
    if is_place_name(part):
        return True
    return (
        " " not in part
        and _capital(part)
        and not part.isupper()
        and not is_agency(part)
        and part.casefold() not in langwords.GENERIC_AGENCY_WORDS
    )


def _without_date_head(text: str) -> str:
    """A byline without the date printed before it in the same text: "Publiziert: 12.03.2025,
    10:15 Uhr Von Anna Muster", "2. prosince 2026 14:30 Jan Novák" (a date or a clock among
    the words dropped, not a number alone: "20 Minuten" is a paper; a capitalised word or a
    "by" word where they end)."""
    words = text.split()
    if not words or not (words[0][:1].isdigit() or words[0].casefold().strip(".,:") in _DATE_WORDS):
        return text
    i = 0
    while i < len(words) and (
        _DIGIT.search(words[i])
        or (w := words[i].casefold().strip(".,:")) in _DATE_WORDS
        or words[i].casefold() in _DATE_WORDS
        or not w
        or (w in MONTHS and _day_beside(words, i))  # not "Jan" of "14:30 Jan Novák"
    ):
        i += 1
    head, rest = words[:i], " ".join(words[i:])
    if not any(_DATE_TOKEN.search(w) for w in head) or (
        not rest[:1].isupper() and not BYLINE_LEAD.match(rest)
    ):
        return text
    return rest


def _day_beside(words: list[str], i: int) -> bool:
    """Whether a day's number stands before or after the month's name at `i`."""
    return any(0 <= j < len(words) and _DAY.match(words[j]) for j in (i - 1, i + 1))


# A reading time after the names ("Jane Doe 3 min read", "Anna Muster · Lesezeit 4 Min."):
# a label before the minutes, or a "read" word after them
_READ_LABELS = (
    "lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|tempo di lettura|lesetid"
    "|lästid|læsetid|czas czytania|doba čtení|tempo de leitura|leestijd|время чтения"
    "|okuma süresi|lukuaika|olvasási idő|waktu baca"
)
_READ_AFTER = (
    "read|lesezeit|lesedauer|de lecture|de lectura|di lettura|lesetid|läsning|läsetid|czytania"
    "|čtení|de leitura|leestijd|чтения|okuma|lukuaika|olvasás|baca"
)
_READ_UNITS = r"(?:min\w*+|мин\w*+|dk|dakika|perc|menit)\.?"
_READ_TAIL = _compile(
    rf"(?<![\s·|,])[\s·|,]++(?i:(?:{_READ_LABELS})\s*+:?\s*+\d{{1,3}}\s*+{_READ_UNITS}"
    rf"|\d{{1,3}}\s*+{_READ_UNITS}\s*+(?:{_READ_AFTER}))\s*+$"
)


def _without_date(text: str, lang: str = "") -> str:
    """A byline without the date printed after the names in the same text, where two words
    stand before it ("Anna Muster 12.03.2025, 10:15 Uhr", "Anna Muster Aktualisiert am ...",
    "Jean Dupont le 3 décembre à 18 h 10"), or CJK names ("李佩珊 2026/12/02" after the
    label "文"); a reading time after them goes too ("Jane Doe 3 min read")."""
    if (read := _READ_TAIL.search(text)) and read.start():
        text = text[: read.start()].rstrip(" ,;|·•∙⋅●‧-\u2013\u2014")  # "Jane Doe ● 4 min read"
    if (now := _JUST_NOW_WORDS.search(text)) and (
        len(head := text[: now.start()].split()) >= 2 or (head and _name_alone(head[0]))
    ):
        rest = text[now.end() :]
        more = _names_after_date(rest, lang) if rest.strip(" .") else ""
        if more or not rest.strip(" .") or _MARK_THEN_NAME.match(rest):
            # "Jane Doe Just now", "王小明 刚刚", "Jane Doe Just now, Tom Kay"
            text = _without_date_label(text[: now.start()], lang) + more
    elif (
        now
        and len(head := text[: now.start()].split()) == 1
        and _CJK_WORD.match(head[0])
        and not text[now.end() :].strip(" .")
    ):
        return ""  # "수정 방금", "속보 방금", "更新 刚才": a label or section and the time, no name
    if (w := _weekday_date(text, lang)) is not None:
        return text[:w]  # "Online-Redaktion Sa., 05.12.2026", "Samstag, 5. Dezember"
    if (
        (rel := _YESTERDAY_END.search(text))
        and lang.split("-")[0] in _relative_day_langs(rel.group(1))
        and text[: rel.start()].split()
        # capitalised right after the names, the last name's word ("María José Ayer",
        # "Matti Eilen"); after a mark ("Juan Pérez, Ayer") or in lower case, the date's
        and (not rel.group(1)[0].isupper() or text[rel.start() : rel.start(1)].strip())
    ):
        return text[: rel.start()]  # "王小明 昨天" (its clock cut before): the date's
    if " on " in text and (on := _ON_WEEKDAY.search(text)):
        return text[: on.start()]  # Drupal's "Submitted by jane on Fri, 12/05/2026 - 10:15"
    clock = _CLOCK_TAIL.search(text)
    if (
        (m := _DATE_TAIL.search(text))
        and (clock is None or clock.start() >= m.start())  # "om 18.10 uur": the clock's
        and (len(head := text[: m.start()].split()) >= 2 or (head and _name_alone(head[0])))
        and not _label_after_name(text, m.start(), lang)  # "Nguyễn Văn Đăng 2 giờ trước"
    ):
        if daterelative.ago_span(text[: m.start()]):
            return _without_date(text[: m.start()], lang)  # "Jane Doe 12 hours ago, Updated ..."
        return text[: m.start()]
    if (ago := daterelative.ago_span(text)) is not None and (
        len(head := text[: ago[0]].split()) >= 2 or (head and _name_alone(head[0]))
    ):
        names = _without_date_label(text[: ago[0]], lang)  # "Jane Doe 12 hours ago"
        if more := _names_after_date(text[ago[1] :], lang):
            return names + more  # "Jane Doe 12 hours ago, Tom Kay": both writers
        return names
    if clock and len(text[: clock.start()].split()) >= 2:
        text = text[: clock.start()]  # a day and month may stand before a clock: read on
    for pattern in _DAY_MONTH:
        for m in pattern.finditer(text):
            if (
                m.group(1).casefold() in MONTHS
                and len(text[: m.start()].split()) >= 2
                and not (m.lastindex == 2 and m.group(2).casefold() in MONTHS)
            ):
                return text[: m.start()]  # "Иван Петров 2 декабря 2026"
    for pattern in _DAY_MONTH:
        for m in pattern.finditer(text):
            if (
                m.group(1).casefold() in _OTHER_MONTHS
                and len(text[: m.start()].split()) >= 2
                and _date_ends(text[_date_end(m) :])
            ):
                return text[: m.start()]  # "Ram Sharma Baisakh 12", "Ali Reza 14 Esfand"
    return text


_JUST_NOW = sorted(langwords.entries(langwords.JUST_NOW), key=len, reverse=True)
# "just now" as whole words, at the end or before a mark ("Jane Doe Just now, Tom Kay")
_JUST_NOW_WORDS = _compile(
    rf"(?<!\S)(?:{'|'.join(map(re.escape, _JUST_NOW))})(?=[\s,.;|·•/&]|$)", re.I
)
# A Korean name alone before a date ("김철수 방금", "김철수 3시간 전"): a common surname's
# syllable and a given name of two, or a surname of two and two more ("남궁민수"); not a
# label or section ("입력 3시간 전", "사회 방금", "속보 방금"), nor a desk ("정치부 방금")
_KO_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지"
    "엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
)
_CJK_SECTIONS = frozenset(langwords.entries(langwords.CJK_SECTION_WORDS))
_CJK_WORD = _compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]++$")
_HANGUL_NAME = _compile(
    rf"^(?:[{_KO_SURNAMES}]|남궁|황보|제갈|선우|독고|사공|서문)[\uac00-\ud7a3]{{2}}(?<!부)$"
)
# A mark or "and" between a relative date and a later writer (", Tom Kay", " and Tom Kay")
_MARK_THEN_NAME = _compile(rf"^\s*+(?:[,;|·•/&]|(?:{_AND_WORDS})(?=\s))\s*+(?=[^\W\d_])", re.I)


def _name_alone(word: str) -> bool:
    """A CJK or Korean name, one word with no space, that is a byline's whole name (no date
    label: "更新 刚才", "입력 3시간 전")."""
    if word.casefold() in _LABEL_LANGS or word in langwords.DATE_LABELS or word in _CJK_SECTIONS:
        return False  # ("更新 刚才", "社会 刚才": a label or section and the time)
    return bool(_CJK_NAMES.match(word) or _HANGUL_NAME.match(word))


def _names_after_date(rest: str, lang: str) -> str:
    """The writers after a relative date between names (", Tom Kay" of "Jane Doe 12 hours
    ago, Tom Kay"), with the mark before them, or "" where none follows (a label and another
    date: ", Updated 3 hours ago")."""
    m = _MARK_THEN_NAME.match(rest)
    if m is None or not rest[m.end() :][:1].isupper():
        return ""
    after = _without_date(rest[m.end() :], lang).rstrip(" ,;|·•")
    folded = after.casefold()
    if (
        not after
        or any(folded == label or folded.startswith(label + " ") for label in langwords.DATE_LABELS)
        # a writer opens with a given name: a section's or a job's words after the date are
        # none ("Jane Doe 12 hours ago, Middle East", "..., Premier League", "..., Opinion")
        or not is_given_name(after.split()[0].strip(".,"))
    ):
        return ""
    return rest[: m.end()] + after


_AGO_OPENERS = frozenset({"för", "for"})  # the word before the amount where "ago" follows it


def _without_date_label(head: str, lang: str = "") -> str:
    """The names before a relative date, without its label ("Jane Doe" of "Jane Doe Updated 3
    hours ago", "Anna Muster" of "Anna Muster · Aktualisiert vor 3 Stunden"); a label's word
    that is the name's own last word stays (`_label_is_name`: "John Birt 2 hours ago")."""
    head = head.rstrip(" ,|·:-\u2013\u2014")
    name, _, last = head.rpartition(" ")
    if last.casefold() in _AGO_OPENERS and len(name.split()) >= 2:
        head = name  # Swedish "för 2 timmar sedan", Norwegian and Danish "for 2 timer siden"
    folded = head.casefold()
    for label in langwords.DATE_LABELS:
        if folded.endswith(label) and folded[: -len(label)].endswith(" "):
            before = head[: -len(label)]
            if _label_is_name(before, head[-len(label) :], lang):
                return head
            return before.rstrip(" ,|·:-\u2013\u2014")
    return head


# Each one-word date label's languages ("birt": Icelandic, "đăng": Vietnamese)
_LABEL_LANGS: dict[str, set[str]] = {}
for _labels in (langwords.UPDATED_LABELS, langwords.AS_OF_LABELS, langwords.PUBLISHED_LABELS):
    for _code, _words in _labels.items():
        for _entry in _words.split(","):
            _LABEL_LANGS.setdefault(_entry.strip().casefold(), set()).add(_code)


def _label_after_name(text: str, at: int, lang: str) -> bool:
    """Whether the date `_DATE_TAIL` found at `at` opens with a label's word that is the name's
    own last word (`_label_is_name`)."""
    word = text[at:].split(maxsplit=1)[0] if text[at:].strip() else ""
    return (
        text[at : at + 1] == " "
        and word.casefold() in _LABEL_LANGS
        and _label_is_name(text[:at] + " ", word, lang)
    )


def _label_is_name(before: str, word: str, lang: str) -> bool:
    """A date label's word capitalised right after the names, a space alone between, that is
    the name's last word: a given name where the label is another language's ("John Birt 2
    hours ago": Icelandic "birt", published), or a Vietnamese name's given name after its
    middle word ("Nguyễn Văn Đăng 2 giờ trước": "đăng", posted)."""
    if " " in word or not word[:1].isupper() or not before.endswith(" ") or before[-2:-1] == " ":
        return False
    names = before.split()
    if not names or not all(w[:1].isupper() for w in names):
        return False
    if names[-1].casefold() in _VI_MIDDLE and len(names) >= 2:
        return True
    return lang.split("-")[0] not in _LABEL_LANGS.get(word.casefold(), ()) and is_given_name(word)


def _date_end(m: re.Match[str]) -> int:
    """Where a `_DAY_MONTH` date ends: before a word read as a second month that is none
    ("Ramadan 12 comments")."""
    if m.lastindex == 2 and (w := m.group(2).casefold()) not in MONTHS and w not in _OTHER_MONTHS:
        return m.start(2)
    return m.end()


def _date_ends(after: str) -> bool:
    """Whether the date ends where `after` begins: the text after it opens with no word but
    a year, a clock, a date's word or an era's letters ("Baisakh 12, 2082", "१२ गते", "1447
    AH"), not a count's unit ("Ali Reza Ramadan 12 hours ago", "Ahmed Ali Rajab 5 min read":
    his surname, not Ramadan 12)."""
    word = after.split(maxsplit=1)[0].strip(",.|") if after.strip() else ""
    letters = word.replace(".", "")
    return (
        not letters
        or not letters.isalpha()
        or len(letters) <= 2
        or word.casefold() in _DATE_WORDS
        or word in _DATE_DAY_MARKS
    )


# the word Nepali dates print after the day ("बैशाख १२ गते")
_DATE_DAY_MARKS = frozenset({"गते"})


def _employer_and_job(part: str, lang: str = "") -> bool:
    """ "Jane Doe, BBC reporter", "Jonas Jonaitis, LRT žurnalistas": after a name, one word
    and a job title are where she works, no second name (an agency stays: "AFP correspondent";
    a capitalised word before a capitalised title stays a name: "John Reporter")."""
    words = part.split()
    return (
        len(words) == 2
        and words[1].casefold() in TITLE_WORDS
        and not is_agency(words[0])
        and words[0].casefold() not in TITLE_WORDS
        and (words[1][0].islower() or not words[0][1:].islower())  # "John Reporter" is a name
    ) or _job_then_employer(words, lang)


_AND_SET = frozenset(langwords.entries(langwords.AND_WORDS))

# Languages whose bylines print a paper's name right after a job word, inflected and with no
# preposition (Polish "reporter Radia Przykład", Czech "redaktor Deníku", Romanian "jurnalist
# Ziarul"); elsewhere the paper takes one ("reporter for", "redactora de", "repórter da"), so
# a given name right after the job word opens a second writer ("reporter John Roe")
_EMPLOYER_AFTER_JOB = frozenset(
    {"pl", "cs", "sk", "ro", "hu", "fi", "et", "lt", "lv", "uk", "ru", "be", "bg", "hr", "sr",
     "sl", "bs", "mk"}
)  # fmt: skip


def _job_then_employer(words: list[str], lang: str = "") -> bool:
    """ "Anna Kowalska, dziennikarka Gazety Przykładowej", "Ion Popescu, jurnalist Ziarul
    Exemplu": a job title in lower case, then her paper's name (in Polish its genitive, no
    paper's word to know it by). A lower-case job word heads no name; an "and" may bring a
    second writer ("reporter and John Roe"), and an agency stays as in "AFP correspondent"."""
    return (
        1 < len(words) <= 5
        and words[0][0].islower()
        and words[0].casefold() in TITLE_WORDS
        and not any(w.casefold() in _AND_SET or is_agency(w) for w in words[1:])
        and (not is_given_name(words[1]) or lang.split("-")[0] in _EMPLOYER_AFTER_JOB)
    )


def _without_filed_from(text: str) -> str:
    """A Chinese byline without where it was filed from: "記者王小明/台北報導" (a full-width
    slash), "本报记者 王小明 北京报道", "記者王小明、林美華/綜合報導" (a compiled report).
    Kept where no name stands before it ("記者 王小明報導": the name reported)."""
    m = _CJK_FILED.search(text)
    if m is None or len(ROLE_AFFIX.sub("", text[: m.start()]).strip(" （(【、，")) < 2:
        return text
    return text[: m.start()]


def _run_on_name(run: str) -> str:
    """The name in "吳佳穎台北" (before "2日電"): the run without its place, a listed place of
    three characters or more, else the last two (the commonest length); names have 2-4."""
    place = next((p for p in _CJK_PLACES if run.endswith(p) and len(run) - len(p) >= 2), None)
    return run[: -len(place)] if place else run[:-2]


def _without_dateline_place(text: str) -> str:
    """A byline without the place after its last dash, unless that part reads as a writer:
    another byline word or "and", or an agency ("Jane Doe - AFP"); a part after a bar is
    another item ("Por Ana Souza — São Paulo | 02/12/2026 14h30")."""
    head, bar, tail = text.partition(" | ")
    if bar:
        return _without_dateline_place(head) + bar + tail
    m = _LAST_AFTER_DASH.search(text)
    if m is None or len(text[: m.start()].split()) < 2:
        return text
    part = m.group(1)
    if BYLINE_LEAD.match(part) or len(_split_and(part)) > 1:  # "- Ana Souza e João Lima"
        return text
    if is_agency(part) or (
        part.isupper() and " " not in part and len(part) <= 6 and not part.startswith("TP.")
    ):
        return text  # an agency's letters ("AFP"), not a Vietnamese city's ("TP.HCM")
    # a second writer: a name of three or four words, not a province or city ("Nguyễn Văn An
    # - Trần Thị Bình"; "Thừa Thiên Huế", "Hồ Chí Minh", "Mai Châu Sơn La" are places)
    if _vietnamese_name(part, 3) and _vietnamese_name(text[: m.start()].split(" - ")[-1]):
        return f"{text[: m.start()]}, {part}"
    return text[: m.start()]


# Vietnamese family names, which open a name ("Nguyễn Văn An", "Kiều Thị Bình"), and the
# middle words that mark one ("Văn", "Thị"); a place after a byline's dash is a province or
# a city (a closed set, below: "Hà Nội", "Thừa Thiên Huế", "Lâm Đồng", "TP.HCM")
_VI_FAMILY_TEXT = """
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh mai lưu tạ
cao đoàn vương lâm hà tô trương quách kiều triệu thái lương châu đào đàm khúc lại mạc tôn chu
từ nghiêm giang hứa doãn thân phùng lục quan diệp tăng âu hầu kha mạch nông ninh phí phó thạch
tống ông
"""
_VI_FAMILY = frozenset(_VI_FAMILY_TEXT.split())
_VI_MIDDLE = frozenset(["văn", "thị"])
# Vietnam's provinces (before and after 2025's merger) and cities a byline's dash may name
_VI_PLACES_TEXT = """
an giang, bà rịa vũng tàu, bà rịa, vũng tàu, bắc giang, bắc kạn, bạc liêu, bắc ninh, bến tre,
bình định, bình dương, bình phước, bình thuận, cà mau, cần thơ, cao bằng, đà nẵng, đắk lắk,
đắk nông, điện biên, đồng nai, đồng tháp, gia lai, hà giang, hà nam, hà nội, hà tĩnh,
hải dương, hải phòng, hậu giang, hòa bình, hưng yên, khánh hòa, kiên giang, kon tum,
lai châu, lâm đồng, lạng sơn, lào cai, long an, nam định, nghệ an, ninh bình, ninh thuận,
phú thọ, phú yên, quảng bình, quảng nam, quảng ngãi, quảng ninh, quảng trị, sóc trăng,
sơn la, tây ninh, thái bình, thái nguyên, thanh hóa, thừa thiên huế, tiền giang, trà vinh,
tuyên quang, vĩnh long, vĩnh phúc, yên bái, hồ chí minh, tp hồ chí minh, thành phố hồ chí minh,
huế, phan rang tháp chàm, phan thiết, buôn ma thuột, nha trang, đà lạt, quy nhơn, hạ long,
biên hòa, thủ đức, mỹ tho, long xuyên, rạch giá, pleiku, vinh, sa pa, phú quốc, côn đảo
"""
_VI_PLACES = frozenset(
    unicodedata.normalize("NFC", p.strip()) for p in _VI_PLACES_TEXT.replace("\n", " ").split(",")
)


def _vi_key(text: str) -> str:
    """Lower case, tone marks placed either way ("Hòa", "Hoà") and spaces as one."""
    text = unicodedata.normalize("NFC", " ".join(text.split()).casefold())
    return text.replace("oà", "òa").replace("oá", "óa").replace("oả", "ỏa").replace("uý", "úy")


def _vietnamese_name(part: str, least: int = 2) -> bool:
    """ "Nguyễn Văn An", "Kiều Thị Bình": a family name or a name's middle word, each word
    capitalised; no province or city ("Thừa Thiên Huế"), nor a district and its province
    ("Mai Châu Sơn La")."""
    words = part.split()
    if not (least <= len(words) <= 4) or not all(w[:1].isupper() for w in words):
        return False
    if not (words[0].casefold() in _VI_FAMILY or words[1].casefold() in _VI_MIDDLE):
        return False
    key = _vi_key(part)
    return not any(key == p or (key.endswith(" " + p) and " " in p) for p in _VI_PLACE_KEYS)


_VI_PLACE_KEYS = frozenset(_vi_key(p) for p in _VI_PLACES)


# A full stop after a name's last word, then a capitalised word: the byline's next sentence
# ("Von Anna Muster. Mitarbeit: Max Probe", "Par Jeanne Martin. Avec Paul Durand"), cut as a
# ";" is; not after an initial or a title's abbreviation ("J. Doe", "Prof. Dr. med. Anna").
_NAME_STOP = _compile(r"(?<=[\s-])([^\W\d_]{3,})\.\s+(?=[A-ZÄÖÜÀ-Ý])")
_ABBREVIATION_TEXT = """
prof med dipl ing mag phil jur rer nat univ habil dres jun sen stv hon rev gen col sgt mrs
sra dra sig avv lic doc gral dott ave
"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())


def _name_stop(m: re.Match[str]) -> str:
    word = m.group(1)
    return m.group(0) if word.casefold() in _ABBREVIATIONS else f"{word}; "


# "With"/"Mit"/"Avec" opening the byline's next part: "with" as `_WITH` cuts it (not its
# first: "Mit Anna Muster" over a podcast names its host)
_WITH_OPENING = _compile(r"^(?:With|Mit|Avec|Met)\s+(?=\S)")


# A credit's word before a plain slash ("文/张伟 图/李华", "Foto/dpa"): the credit's mark, as
# a full-width slash is, not a slash between names ("Bild/Text: ..." names two crafts).
_CREDIT_SLASH = _compile(
    rf"(?<![^\W\d_])({_CREDIT_WORDS})\s*/(?=\s*[^\s/])(?![^:：/]{{0,12}}[:：])", re.I
)


def _split(text: str, one_each: bool = False) -> list[str]:
    if "/" in text:
        text = _ACRONYM_SLASH.sub(_one_acronym, text)
        text = _CREDIT_SLASH.sub("\\1／", text)
    if ". " in text:
        text = _NAME_STOP.sub(_name_stop, text)
    parts = _SPLIT.split(text)
    parts = parts[:1] + [_WITH_OPENING.sub("", p) for p in parts[1:]]
    parts = [q for p in parts for q in _WITH.split(p)]
    parts = [q for p in parts for q in _agency_after(p, one_each)]
    parts = [q for p in parts for q in _split_cjk_and(p)]
    if _HANGUL.search(text):  # "홍길동·김철수 기자": a Korean list
        parts = [p for part in parts for p in _HANGUL_LIST.split(part)]
    if _ZH_ROLE.search(text):
        parts = [q for p in parts for q in _zh_names(p)]
    return parts


# A slash inside one word of capitals, "AC/DC", "TV/ORF-Star": no list of names (two
# agencies are: "AFP/AP", "dpa/Reuters"). Held as another character while the byline is cut;
# a part holding it is no one's name ("AC/DC biographer" after the writer's).
_ACRONYM_SLASH = _compile(r"(?<![\w/])([A-Z0-9]{1,4})/([A-Z0-9]{1,4})(?![\w/])")
_HELD_SLASH = "\u2215"


def _one_acronym(m: re.Match[str]) -> str:
    if is_agency(m.group(1)) and is_agency(m.group(2)):
        return m.group()
    return f"{m.group(1)}{_HELD_SLASH}{m.group(2)}"


def _agency_after(part: str, one_each: bool = False) -> list[str]:
    """ "Matti Virtanen STT", "Jan Kowalski PAP": an agency in capitals after a full name,
    with no mark between, is a second credit; so is one spelled as a name ("Jane Doe
    Reuters", "Budi Santoso Antara") of `_SPELLED_AGENCY` letters or more (no given name:
    "Ria", "Ansa" are), though not after an initial: "Michael R. Bloomberg" has no
    surname before that word, which is his; nor after given names only ("Mary Ann
    Bloomberg", "José María Reuters"), nor in a list's entry that names one person."""
    m = _TRAILING_AGENCY.match(part)
    if (
        m is None
        and (m := _TRAILING_NAMED_AGENCY.match(part))
        and (one_each or _INITIAL_END.search(m[1]) or _given_names_only(m[1]))
    ):
        return [part]
    if (
        m
        and is_agency(m.group(2))
        and " " in m.group(1)
        and _name_shaped(m.group(1))
        and not (m.group(1).isupper() and m.group(2).casefold() not in AGENCIES)
    ):
        # (letters that are a given name too, `CAPITALS_AGENCIES`, after a name all in
        # capitals are no agency set apart by its capitals: "LI XIAO NAN" is one person)
        return [m.group(1), m.group(2)]
    return [part]


_SPELLED_AGENCY = 5
# Given names that often stand second in a double given name ("Mary Ann", "Jean Luc", "Anne
# Marie", "Maria José", "José María", "Nguyen Thi Minh"): a name ending in one has no surname
# yet, so an agency's name after it is hers ("Mary Ann Bloomberg"). Not one that is as often
# a surname ("Mizanur Rahman Reuters", "Charles Michel Reuters", "Matthew Lynn Bloomberg":
# the writer and the agency): Rahman, Rahim, Aziz, Michel, Pierre, Claude, Lynn, Kay.
_SECOND_GIVEN_TEXT = """
ann anne anna ana marie maria maría mary jane jo lou louise beth mae
luc josé jose josep manuel miguel ángel carmen isabel teresa thi thị
"""
_SECOND_GIVEN = frozenset(_SECOND_GIVEN_TEXT.split())


def _given_names_only(head: str) -> bool:
    """ "Mary Ann", "Nguyen Thi Minh": the words before an agency-like last word end in a
    second given name, so no surname stands before it."""
    words = head.split()
    return len(words) >= 2 and words[-1].casefold() in _SECOND_GIVEN


_INITIAL_END = _compile(r"(?:^|\s)[^\W\d_]\.?$")  # "Michael R.", "Anna K": a given name's initial
_TRAILING_NAMED_AGENCY = _compile(
    rf"^\s*(.+?\S)\s+([^\W\d_a-z][^\W\d_]{{{_SPELLED_AGENCY - 1},}})\s*$"
)


def _zh_names(part: str) -> list[str]:
    """ "本报记者 王小明 李华": the names after the role; up to a credit word ("编辑 李华",
    "摄影 张伟": the editor or photographer is no author)."""
    name = ROLE_AFFIX.sub("", part.strip(_FULL_WIDTH_BRACKETS)).strip()
    if not _ZH_NAMES.match(name):
        return [part]
    names = name.split()
    cut = next((i for i, n in enumerate(names) if n.casefold() in _CREDIT_SET), len(names))
    return names[:cut] if cut else [part]


def _korean_reporter(part: str) -> str:
    """ "[해변일보 김민수 기자]", "(YTN 김민수 기자)": a Korean byline in brackets, and the
    outlet before the reporter's name: Latin letters, a word ending like a paper's name
    ("...일보", "...뉴스") or longer than a name ("김민수 이영희 기자" keeps both words);
    "글" ("text by") before it."""
    part = _KO_RUN_ON.sub(r"\1", part)  # "홍길동 기자 = ": the story runs on after the sign
    if m := _KO_WRAPPED.match(part):
        part = m.group(1)
    return _KO_OUTLET.sub("", _KO_TEXT_BY.sub("", part))


def _split_cjk_and(part: str) -> list[str]:
    pieces = _CJK_AND.split(part.strip())
    if len(pieces) > 1 and all(_CJK_NAME.match(p) for p in pieces):
        return pieces
    return [part]


def _without_places(names: list[str], place: Callable[[str], bool] | None = None) -> list[str]:
    """ "Jane Doe, Bern", "Anna Muster, GENF": a lone capitalised word beside a full name is
    where she wrote from.

    Agencies and stations stay: they are written in capitals ("SDA", "AFP", "CNN") or listed
    (`AGENCIES`); a word in capitals goes only where it is a place (`_place_in_capitals`).
    """
    if not any(len(n.split()) >= 2 for n in names):
        return names
    return [
        n
        for n in names
        if " " in n
        or not (n[0].isupper() or _SPACED_CASELESS.match(n))
        or (n.isupper() and not _place_in_capitals(n, place))
        or is_agency(n)
    ]


def _place_in_capitals(word: str, place: Callable[[str], bool] | None) -> bool:
    """ "GENF", "FIRENZE", "FLORENZ" over a story from Florenz: one word in capitals after a
    writer's name, set as a dateline's place is; not an agency's or station's letters
    ("SDA", "CNN"; of four letters or fewer a known town only where a correspondent's post
    or the page names it: "SPA", "KUNA" are agencies), nor a given name the page does not
    name as a place ("JORDAN")."""
    if len(word) < 3 or " " in word or is_agency(word) or _credit_word(word):
        return False
    if place is not None and (place(word) or place(word.title())):
        return True  # (the story names it in its own case: "in Florenz")
    if word.casefold() in _POSTS:
        return True
    return len(word) > 4 and is_known_place(word) and not is_given_name(word)


def _joining_word(part: str) -> bool:
    """Whether a word not in capitals stands between two others ("Ane Etxeberria eta Jon
    Agirre"; a word of a script without case counts), or the part is in capitals: where an
    "and" may join two names (a name alone, "Jane Doe", has none)."""
    words = part.split()
    return len(words) >= 3 and (part.isupper() or any(not w[0].isupper() for w in words[1:-1]))


def _without_head_title(part: str) -> str:
    """ "Par la rédactrice en chef Marie Dubois" as "Par Marie Dubois": a head's title of
    several words after the "by" word goes before "en" ("and" in Dutch) splits it."""
    lead = BYLINE_LEAD.match(part)
    at = lead.end() if lead else 0
    rest = part[at:]
    return part[:at] + HEAD_TITLE_LEAD.sub("", rest, count=1)


def _split_and(part: str, lang: str | None = None) -> list[str]:
    part = _LEADING_AND.sub("", _without_head_title(part))  # "<a>Claire</a> et Marc Leroy"
    pieces = _AND.split(part)
    if len(pieces) == 1:
        pieces = _ATTACHED_AND.split(part)
    if (
        len(pieces) == 1
        and lang
        and _joining_word(part)
        and (own := _own_and(lang.split("-")[0].casefold())) is not None
    ):
        pieces = own.split(part)
    if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces):
        return pieces
    if len(pieces) > 1 and is_agency(pieces[-1].strip()):
        # "Jan Novák a ČTK", "Claire Dupont et AFP"; not "(Par) Le Monde et AFP"
        heads = [BYLINE_LEAD.sub("", p).split() for p in pieces[:-1]]
        if all(len(h) >= 2 and h[0].casefold() not in langwords.NAME_ARTICLE_WORDS for h in heads):
            return pieces
    return [part]


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


_PAPER_WORDS = ORGANISATION_WORDS | frozenset(
    w for e in langwords.entries(langwords.NEWS_WORDS) for w in e.split()
)


def _filed_from(part: str, m: re.Match[str]) -> bool:
    """The place after "in"/"from" is capitalised words, and a full name is left before it."""
    place = part[m.start() :].split()[1:]
    return all(_capital(w) for w in place) and len(part[: m.start()].split()) >= 2


# One-word newsroom names ("Redaktion", "Rédaction", "redactie"): the first word of a desk
_NEWSROOM_FIRST = frozenset(w for w in langwords.entries(langwords.NEWSROOM_WORDS) if " " not in w)


# The last word of a publishing group's name ("CH Media", "Beispiel Mediengruppe", "Example
# Media Group"): after a writer, the house she works for, no second credit ("PA Media", an
# agency's name, is one: `AGENCIES`)
_GROUP_TEXT = "media medien mediengruppe médias medios mídia mediagroup group gruppe verlag"
_GROUP_WORDS = frozenset(_GROUP_TEXT.split())


def _media_group(part: str) -> bool:
    words = part.split()
    return len(words) >= 2 and words[-1].casefold() in _GROUP_WORDS and not is_agency(part.strip())


def _newsroom_desk(part: str) -> bool:
    """ "Redaktion Region", "Rédaction numérique", "redactie Binnenland" after a writer's
    name: the desk she works in (an author card's second line), no second credit; the
    newsroom alone ("Redaktion hessenschau.de") is still credited where no one is named."""
    first, _, rest = part.strip().partition(" ")
    return bool(rest) and first.casefold() in _NEWSROOM_FIRST


def _lone_caseless(part: str) -> bool:
    part = part.strip()
    return " " not in part and _SPACED_CASELESS.search(part) is not None


def _post_and_role(part: str) -> bool:
    """A place, then a role, in a script where a lone word is a place ("ঢাকা প্রতিনিধি",
    Dhaka correspondent): no name."""
    words = part.split()
    return (
        len(words) >= 2
        and _lone_caseless(words[0])
        and not is_role_word(words[0])
        and _role_alone(" ".join(words[1:]))
    )


def _full_name_after(parts: list[str], part: str) -> bool:
    """The part after `part` has two words or more: a full name ("Budi Santoso")."""
    at = parts.index(part) + 1
    return at < len(parts) and len(parts[at].split()) >= 2


def _role_and_post(part: str) -> bool:
    """A job and one capitalised word, where it is posted: "Kontributor Bandung"."""
    words = part.split()
    return len(words) == 2 and is_job_word(words[0]) and _capital(words[1])


def _role_alone(part: str) -> bool:
    """A role with no name: "Staff Reporter", "নিজস্ব প্রতিবেদক", "نامہ نگار"."""
    words = part.split()
    return bool(words) and any(map(is_job_word, words)) and all(map(is_role_word, words))


# Lower-case words that join an office to what it heads ("Präsident des Mieterbunds",
# "Professorin für Stadtplanung", "Sprecherin im Ministerium"): no person's name holds one
# ("der" and "den" only where no particle comes before them: "Ursula von der Leyen").
# ("vom" opens names too: "Karl vom Stein"; a job word before it is read as one already:
# "Chefin vom Dienst", "Leiter vom Bauamt")
_OFFICE_GLUE = frozenset({"des", "eines", "einer", "im", "beim", "am", "für", "bei", "of", "at"})
_OFFICE_ARTICLES = frozenset({"der", "den"})


def _office_after(part: str) -> bool:
    """A part after a name that is an office and what it serves, no second name: a
    capitalised word, a lower-case joining word inside, a capitalised word after it
    ("Anna Muster, Präsidentin der Handelskammer", "President of the Union"); or a
    lower-case word no particle, a capitalised one after it ("maire de Lyon")."""
    words = part.split()
    if len(words) < 3 or not words[-1][:1].isupper() or _MATERIAL.match(part):
        return False  # (not "información de EFE": the agency's material, credited)
    if words[0].isalpha() and words[0].islower() and words[0] not in NAME_PARTICLES:
        # an office in lower case and what it serves: "president of the Union", "maire de
        # Lyon" (no credit that goes on: "with inputs from PTI", "additional reporting by")
        return words[1] in _OFFICE_GLUE or words[1] in NAME_PARTICLES
    if not words[0][:1].isupper():
        return False
    for before, word in itertools.pairwise(words[:-1]):
        if word in _OFFICE_GLUE or (
            word in _OFFICE_ARTICLES and before.casefold() not in NAME_PARTICLES
        ):
            return True
    return False


def _job_after(part: str) -> bool:
    words = part.split()
    return bool(words) and _job_phrase(words)


# Hebrew "for"/"in" (le-, be-, la-) written against a word after a job ("כתב לענייני כלכלה",
# "כתבת בוושינגטון"): what the job covers, where a name cannot start.
_HEBREW_FOR = _compile(r"^[לב][\u05d0-\u05ea]{2,}")


def _job_phrase(words: list[str]) -> bool:
    """A job and what it covers, no name: "Leiterin Digitales", "stv. Chefredakteurin",
    "Korrespondentin für Südosteuropa" (a job word first, and no full name after the job's
    words: "Redakteurin Anna Muster" is cut to the name before this)."""
    if not is_role_word(words[0]) or words[0].casefold() in NAME_PARTICLES:
        return False
    if not (is_job_word(words[0]) or words[0].casefold().strip(".") in _JOB_HEADS):
        return False
    rest = list(itertools.dropwhile(is_role_word, words))
    if any(w.casefold() in _PAPER_WORDS for w in rest):
        return True  # "Wartawan Berita Harian": the job and the paper
    if rest and _HEBREW_FOR.match(rest[0]):
        return True  # "כתב לענייני כלכלה": "for" written against the next word, no name
    return len(rest) < 2 or not _name_shaped(" ".join(rest))


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


def _name_shaped(name: str) -> bool:
    """ "Jane Doe", "Ursula von der Leyen", "홍길동": not "Berlin nach Hamburg" or "Mehr lesen"."""
    words = name.split()
    if len(words) == 1:
        return not name.isascii() and not name[0].isupper() and len(name) <= 12  # CJK names
    return all(_capital(w) or w in NAME_PARTICLES for w in words) and _capital(words[-1])


def _capital(word: str) -> bool:
    """A capitalised word, or a word of a script without case (Hebrew, Arabic, Devanagari)."""
    first = word[0]
    return first.isupper() or (first.isalpha() and not first.islower())


_PLURAL_ENDS = (("s", ""), ("e", ""), ("i", "o"), ("i", "a"), ("i", "e"))


def _job_or_jobs(word: str) -> bool:
    """A job word, or its plural after "our"/"the" ("les envoyés spéciaux", "de verslaggevers",
    "den Redakteuren", "i nostri inviati"): only there, where no surname ends so."""
    if is_job_word(word):
        return True
    w = word.casefold().strip(".").removesuffix("n")
    return any(w.endswith(end) and is_job_word(w[: -len(end)] + stem) for end, stem in _PLURAL_ENDS)


def _drop_titles(words: list[str]) -> list[str]:
    """ "Redakteurin Jane Doe", "Jane Doe, reporter": job words around a name go."""
    kept = words
    if len(kept) > 3 and kept[0].casefold() in _OURS_OR_THE:
        # "onze verslaggever Jan de Vries", "our correspondent Jane Doe", "unserem freien
        # Mitarbeiter Jan Probe": the possessive and the role words after it, one a job
        role = next(
            (i for i, w in enumerate(kept[1:], 1) if not (is_role_word(w) or _job_or_jobs(w))),
            len(kept),
        )
        if len(kept) - role >= 2 and any(map(_job_or_jobs, kept[1:role])):
            kept = kept[role:]
    while len(kept) > 2 and (
        kept[0].casefold() in TITLE_WORDS or kept[0].casefold() in LABEL_WORDS
    ):
        kept = kept[1:]  # "Autorius Jonas Jonaitis": a label with no colon
    # "Anna Muster Redakteurin Wirtschaft", "Jane Doe Senior Reporter": role words after a
    # full name, one of them a job
    end = len(kept)
    while end > 2 and is_role_word(kept[end - 1]):
        end -= 1
    head = kept[:end]
    if (
        any(map(is_job_word, kept[end:]))
        and not is_role_word(head[-1])
        and _name_shaped(" ".join(head))
    ):
        kept = head  # not "Travel News Reporter": a job line throughout
    while len(kept) > 2 and kept[-1].casefold() in TITLE_WORDS:
        kept = kept[:-1]
    # "Leitende Politikredakteurin Anna Muster": role words before a full name
    lead = next((i for i, w in enumerate(kept) if not is_role_word(w)), len(kept))
    rest = kept[lead:]
    if len(rest) >= 2 and any(is_job_word(w) for w in kept[:lead]) and _name_shaped(" ".join(rest)):
        kept = rest
    # "Guardian staff reporter" is a role throughout: nothing to cut it down to
    # ("Jan de Vries": a name's particles are no role)
    # ("Fouzia Van Der Fort": capitalised particles too)
    role = any(is_role_word(w) and w.casefold() not in NAME_PARTICLES for w in kept)
    return words if role else kept
