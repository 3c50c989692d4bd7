"""How one byline joins several writers: commas, slashes, "and" in each language (CLDR's
and the page's own), CJK lists, a lone agency after the names.

A split is made only where each part reads as a full name ("Le Monde et AFP" stays one
part): a wrong split turns one name into two half-names, a missed one keeps two as one.
"""

from __future__ import annotations

import functools
import re

from newsarchive.extract import langwords
from newsarchive.extract.authorshapes import name_shaped
from newsarchive.extract.byline import (
    BYLINE_LEAD,
    HEAD_TITLE_LEAD,
    ROLE_AFFIX,
)
from newsarchive.extract.langwords import AGENCIES, is_agency
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# (a picture's or an editor's credit: the photographer and the editor are no authors; a chief
# editor's, of more words, first)
CREDIT_ENTRIES = list(
    dict.fromkeys(
        langwords.entries(langwords.CHIEF_EDITOR_CREDITS)  # first: "Editor-șef" before "editor"
        + langwords.entries(langwords.PHOTO_CREDITS)
        + langwords.entries(langwords.EDITOR_CREDITS)
    )
)
CREDIT_WORDS = "|".join(re.escape(w) for w in CREDIT_ENTRIES)
# `RUN_START`: no try of a pattern opening with a run of spaces from inside one, which the
# try from the run's start covers (each of a run's starts scanned it again: quadratic in its
# length, cubic or worse where a split of the run is tried every way). Where every match
# ends before a non-space (a greedy `\s*` or `$` last), the matches are the same.
RUN_START = r"(?!(?<=\s)\s)"
# (Ethiopic's comma and semicolon, "፣" and "፤", list names as a comma does)
SPLIT = _compile(
    rf"{RUN_START}\s*(?:,|;|\||&|\band\b|\bund\b|\bwith\b|/|\n|、|，|；|،|፣|፤"
    r"|(?<=\s)[-\u2013\u2014·•∙⋅●‧](?=\s))\s*"
    # a credit label after the writer's name with no mark between ("Fotos: ...", "责任编辑")
    rf"|{RUN_START}\s+(?=(?:{CREDIT_WORDS})\s*[:：／｜])",
    re.I,
)
# "and" in other languages: a split only where every part is a full name ("Le Monde et AFP" stays).
# (and Armenian's "and" as its one letter, "\u0587", which casefolding spells "եւ")
AND_WORDS = "|".join(re.escape(w) for w in [*langwords.entries(langwords.AND_WORDS), "\u0587"])
_AND = _compile(rf"{RUN_START}\s+(?:{AND_WORDS})\s+", re.I)


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
    return re.compile(rf"{RUN_START}\s+(?:{'|'.join(re.escape(w) for w in own)})\s+", re.I)


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
_LEADING_AND = _compile(rf"^\s*(?:{AND_WORDS})\s+(?=[^\W\d_]\w*\s+\S)(?=[^a-z])")
# Hebrew and Arabic write "and" (vav, wāw) against the next name (Hebrew in the tests),
# "محمد علي وأحمد حسن" (split only where each side is a full name: "وليد" is a name).
_ATTACHED_AND = _compile(
    r"(?<=[\u05d0-\u05ea])\s+\u05d5(?=[\u05d0-\u05ea]{2})"
    r"|(?<=[\u0620-\u06d3])\s+\u0648(?=[\u0620-\u06d3]{2})"
)
HANGUL = _compile(r"[\uac00-\ud7a3]")
_HAN_NAME = _compile(r"[\u3400-\u9fff]{2,4}")  # a family name and a given name
# a family name and a given name (the last with the role after it: "이지은 기자")
_KO_NAME = _compile(r"[\uac00-\ud7a3]{2,4}(?:\s*+(?:기자|특파원))?")
# Chinese names listed with spaces after a simplified-Chinese role ("本报记者 王小明 李华");
# not in Japanese, which spaces a family name from a given name ("山田 太郎").
_ZH_ROLE = _compile(r"记者|报道")
_ZH_NAMES = _compile(r"^[\u3400-\u9fff]{2,4}(?:\s+[\u3400-\u9fff]{2,4})+$")
_HANGUL_LIST = _compile(r"(?!(?<=\s)\s)\s*[\u00b7\u318d]\s*")
_TRAILING_AGENCY = _compile(r"^\s*(.+?\S)\s+([^\W\d_a-z]{2,6})\s*$")
CREDIT_SET = frozenset(CREDIT_ENTRIES)
# "Jane Doe with agencies", "Anna Muster mit Material von dpa", "Claire Dupont avec AFP":
# the agency is a source beside the writer, a generic "agencies" no name at all.
# Lower case only: "Con", "Med" may be names.
_WITH = _compile(r"(?!(?<=\s)\s)(?:^|\s+)(?:with|avec|mit|con|com|med|met|cu)\s+")
# "和"/"与"/"と" between two CJK names: a split only where each side is a name's length
# ("佐藤和夫" is one name: its "和" leaves a single character).
FULL_WIDTH_BRACKETS = "（）【】〔〕"
_CJK_AND = _compile(r"[和与與と及]")
_CJK_NAME = _compile(r"^[\u3040-\u30ff\u3400-\u9fff]{2,5}$")


# A full stop after a name's last word, then a capitalised word: the byline's next sentence
# ("Von Anna Muster. Mitarbeit: Max Probe", "Par Jeanne Martin. Avec Paul Durand"), cut as a
# ";" is; not after an initial or a title's abbreviation ("J. Doe", "Prof. Dr. med. Anna").
_NAME_STOP = _compile(r"(?<=[\s-])([^\W\d_]{3,})\.\s+(?=[A-ZÄÖÜÀ-Ý])")
# Czech, Slovak and Polish degrees too ("Doc. PhDr. Jan Novák", "Dr hab. Jan Kowalski"): a
# name after them, no second writer
_ABBREVIATION_TEXT = """
prof med dipl ing mag phil jur rer nat univ habil dres jun sen stv hon rev gen col sgt mrs
sra dra sig avv lic doc gral dott ave phdr mudr judr rndr paeddr mvdr thdr mgr hab inż
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
    rf"(?<![^\W\d_])({CREDIT_WORDS})\s*/(?=\s*[^\s/])(?![^:：/]{{0,12}}[:：])", re.I
)


def split_names(text: str, one_each: bool = False) -> list[str]:
    if "/" in text:
        text = _ACRONYM_SLASH.sub(_one_acronym, text)
        text = _CREDIT_SLASH.sub("\\1／", text)
    if ". " in text:
        text = _NAME_STOP.sub(_name_stop, text)
    parts = SPLIT.split(text)
    parts = parts[:1] + [_WITH_OPENING.sub("", p) for p in parts[1:]]
    parts = [q for p in parts for q in _WITH.split(p)]
    parts = [q for p in parts for q in _agency_after(p, one_each)]
    parts = [q for p in parts for q in _split_cjk_and(p)]
    if HANGUL.search(text):  # "홍길동·김철수 기자": a Korean list
        parts = [p for part in parts for p in _HANGUL_LIST.split(part)]
    if _ZH_ROLE.search(text):
        parts = [q for p in parts for q in _zh_names(p)]
    return parts


# A slash inside one word of capitals, "AC/DC", "TV/ORF-Star": no list of names (two
# agencies are: "AFP/AP", "dpa/Reuters"). Held as another character while the byline is cut;
# a part holding it is no one's name ("AC/DC biographer" after the writer's).
_ACRONYM_SLASH = _compile(r"(?<![\w/])([A-Z0-9]{1,4})/([A-Z0-9]{1,4})(?![\w/])")
HELD_SLASH = "\u2215"


def _one_acronym(m: re.Match[str]) -> str:
    if is_agency(m.group(1)) and is_agency(m.group(2)):
        return m.group()
    return f"{m.group(1)}{HELD_SLASH}{m.group(2)}"


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
        and name_shaped(m.group(1))
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
    name = ROLE_AFFIX.sub("", part.strip(FULL_WIDTH_BRACKETS)).strip()
    if not _ZH_NAMES.match(name):
        return [part]
    names = name.split()
    cut = next((i for i, n in enumerate(names) if n.casefold() in CREDIT_SET), len(names))
    return names[:cut] if cut else [part]


def _split_cjk_and(part: str) -> list[str]:
    pieces = _CJK_AND.split(part.strip())
    if len(pieces) > 1 and all(_CJK_NAME.match(p) for p in pieces):
        return pieces
    return [part]


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


def split_and(part: str, lang: str | None = None) -> list[str]:
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
    if len(pieces) > 1 and all(_KO_NAME.fullmatch(p.strip()) for p in pieces):
        return pieces  # "김민수 및 이지은": a Korean name is one word
    if (
        len(pieces) > 1
        and not (lang or "").casefold().startswith("ja")
        and all(_HAN_NAME.fullmatch(p.strip()) for p in pieces)
    ):
        # "王明 和 李华": so is a Chinese one, "和" spaced between them; Japanese writes
        # "and" otherwise and "和" is a given name there ("佐藤 和 記者": Sato Kazu)
        return pieces
    if len(pieces) > 1 and is_agency(pieces[-1].strip()):
        # "Jan Novák a ČTK", "Claire Dupont et AFP"; not "(Par) Le Monde et AFP"
        heads = [BYLINE_LEAD.sub("", p).split() for p in pieces[:-1]]
        if all(len(h) >= 2 and h[0].casefold() not in langwords.NAME_ARTICLE_WORDS for h in heads):
            return pieces
    return [part]
