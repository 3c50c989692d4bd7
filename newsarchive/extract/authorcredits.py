"""Writers credited outside a byline: a closing source line ("Das Interview führte Anna
Muster."), interviewers, a signature under the story, an agency tag in the header ("red,
APA", "(dpa)"), organisations named alone.

The cascade asks these last, where no byline names anyone: they are weaker evidence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Set as AbstractSet

from lxml.html import HtmlElement

from newsarchive.extract import jsonld, langwords, page_fields
from newsarchive.extract.authoragencies import NEWSROOM_CHARS, agency_tag, newsroom_credit
from newsarchive.extract.authorareas import (
    STORY_LINE,
    holds_headline,
    in_teaser_area,
    story_block,
    story_size,
)
from newsarchive.extract.authornames import SOURCE_WORDS, URL_START, clean_names
from newsarchive.extract.authorplaces import VI_FAMILY, vietnamese_name
from newsarchive.extract.authorpublisher import PUBLISHER_TYPES, is_publisher
from newsarchive.extract.authorroles import MATERIAL
from newsarchive.extract.authorshapes import KIND_OR_DESK, name_shaped, read_as_word
from newsarchive.extract.byline import (
    BYLINE_LEAD,
    LABEL_WORDS,
    NAME_PARTICLES,
    is_role_word,
)
from newsarchive.extract.document import Document
from newsarchive.extract.document import following as _following
from newsarchive.extract.givennames import is_given_name, plain
from newsarchive.extract.headline import headline
from newsarchive.extract.langwords import AGENCIES, is_agency
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import as_strings, clean, dedupe

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

ORG_TYPES = {t.lower() for t in PUBLISHER_TYPES}
MAX_BYLINE_CHARS = 120


def house_credit(text: str, publishers: AbstractSet[str]) -> str | None:
    """A byline crediting only the house: its newsroom ("Por Redação": "Redação") or the
    site's own name or host as printed ("LRTP.lt", "Beispielblatt")."""
    if found := newsroom_credit(text):
        return found
    text = BYLINE_LEAD.sub("", clean(text)).strip(" .:")
    if text and len(text) <= NEWSROOM_CHARS and is_publisher(text, publishers):
        return text
    return None


SOURCE_LINE = _compile(rf"^(?:{SOURCE_WORDS})\s*[:：]\s*(\S.*)$", re.I)
_SITE_SLASH_SOURCE = _compile(r"^(.+?)\s+/\s+(\S.*)$")
_BRACKETED = _compile(r"^\(([^()]+)\)\.?$")
CLOSING_LINE = 80  # characters: a credit line, no story paragraph


def closing_source(
    doc: Document, publishers: AbstractSet[str], writers_only: bool = False
) -> list[str]:
    """The source a story without any byline credits in the short line after its last
    paragraph: "Quelle: dpa", "Fuente: EFE", "Beispielbote / Ejemplo Hoy" (the site, a slash,
    the paper it took the story from). Read only where no source names anyone.
    `writers_only`: only a person the line credits as the piece's writer (an interviewer, a
    guest writer's note), no agency or source."""
    story = story_block(doc)
    if story is None:
        return []
    line, after_story, last = "", False, ""
    line_el = last_el = None
    for el in story.iterchildren("p"):  # the story's own paragraphs, not a comment box's
        text = clean(el.text_content())
        if story_size(text) >= STORY_LINE:
            line, after_story, last, last_el = "", True, text, el
        elif after_story:
            line, after_story, line_el = text, False, el
    if not writers_only and (
        tagged := agency_tag(line)
        or agency_tag(m.group(1) if (m := _ENDING_TAG.search(last)) else "")
    ):
        return tagged  # "(dpa)", "ama/dpa", "... sagte er. (dpa/lno)"
    if not writers_only and (tagged := _material_from(line)):
        return tagged  # "Mit Material von dpa": the agency, as under the headline
    if not writers_only and (signed := _ja_reporter_tag(line or last, story)):
        return clean_names([signed], publishers)  # the reporter in full-width brackets
    # a guest piece's note on its writer, however long, set in italics as such notes are
    # ("<em>Die Autorin Anna Muster ist ...</em>"); in roman type it is the story's sentence
    note, note_el = (line, line_el) if line else (last, last_el)
    if (
        (m := _AUTHOR_NOTE.match(note))
        and _italic(note_el, note)
        and not named_in_story(m.group(1), story, note_el)
        and not _DEATH.search(_RELATIVE.split(_SENTENCE_END.split(note, 1)[0], 1)[0])
        and (names := clean_names([m.group(1)], publishers))
    ):
        return names
    if not line or len(line) > CLOSING_LINE:
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
    if name := name_and_letters(doc, line, line_el, agencies=True):
        return clean_names([name], publishers)  # "Trần Văn Hùng (TTXVN)": hers and the agency's
    # "(Quelle: dpa)" in brackets as "Quelle: dpa" bare (a Swiss or Austrian paper's habit),
    # an agency's only: "(Quelle: Statistisches Landesamt)", "(Quelle: Umfrage)" in brackets
    # credit a figure's source, no writer
    if (b := _BRACKETED.match(line)) and (m := SOURCE_LINE.match(b[1])):
        source = m.group(1).strip()
        return [source] if is_agency(source) else agency_tag(source)
    if m := SOURCE_LINE.match(line):
        # an agency's only: "Quelle: Stadtverwaltung", "Quelle: Beispielbote" credit where a
        # figure or a report came from, no writer
        names = clean_names([m.group(1)], publishers)
        return credited_sources(names, m.group(1), page_fields.language(doc) or "")
    if (m := _INTERVIEW_LINE.match(line)) and (asked := _interviewers(m.group(1))):
        return clean_names([asked], publishers)  # "Das Interview führte Anna Muster."
    m = _SITE_SLASH_SOURCE.match(line)
    if m and is_publisher(m.group(1), publishers) and not is_publisher(m.group(2), publishers):
        return clean_names([m.group(2)], publishers)
    return []


# A Japanese story's reporter in full-width brackets closing it, its own line or after the
# last sentence ("...した。" then 山田太郎 in them): a family and a given name in kanji (the
# given name in kana too), 3 to 8 characters, one space at most between; several with "、".
_JA_NAME = r"[\u3400-\u9fff]{1,4}[ \u3000]?[\u3400-\u9fff\u3040-\u309f]{1,4}"
_JA_REPORTER_TAG = _compile(rf"（({_JA_NAME}(?:、{_JA_NAME})*)）")
# ... not a note in the same brackets: honorifics left out ("敬称略"), an update, the end or
# a series' part, titles as then ("肩書は当時"), a photo's or a figure's source; nor an
# office, a desk, a company, a paper, a bank or a place (their last character: "名古屋",
# "海浜新聞", "東西銀行"), nor a person quoted by her title or honorific ("山田一郎首相",
# "山田太郎さん"): a reporter's tag is her bare name
_JA_NOTE = _compile(
    r"略|更新|当時|写真|提供|撮影|資料|出典|肩書|抜粋|要約|編集|参考|続|了|完|終|注|記事|報道"
    r"|さん$|様$|君$|ちゃん$"
    r"|[省庁局部課社党会県市町村区府署院所団校道州国軍隊聞報行版班検表屋島山宮"
    r"相長氏授事員官士手督]$"
)
_KANA = _compile(r"[\u3040-\u309f\u30a0-\u30ff]")


def _ja_reporter_tag(text: str, story: HtmlElement) -> str:
    """The names of a Japanese story's closing signature in full-width brackets (山田太郎),
    on a story in Japanese (kana in it: a Chinese one brackets its editor's name or a
    photo's); not a name the story speaks of elsewhere."""
    at = text.rfind("\uff08")
    before = text[:at].rstrip()
    if at < 0 or (before and before[-1] not in "\u3002\uff01\uff1f"):
        # the brackets alone on their line, or after the last sentence's stop; after a
        # closing quote (「...」 then 山田太郎 in them) they name the speaker
        return ""
    if (m := _JA_REPORTER_TAG.fullmatch(text, at)) is None:
        return ""
    names = m.group(1).split("\u3001")
    if any(len(n.replace(" ", "").replace("\u3000", "")) < 3 or _JA_NOTE.search(n) for n in names):
        return ""
    paragraphs = [p.text_content().replace(m.group(0), "") for p in story.iterchildren("p")]
    if not any(_KANA.search(p) for p in paragraphs):
        return ""
    return "" if any(n in p for n in names for p in paragraphs) else m.group(1)


def _material_from(line: str) -> list[str]:
    """The agencies of a closing line crediting material from them ("Mit Material von dpa
    und AFP", "(With additional reporting by Reuters)"); none where another source gave it."""
    if not line or (m := MATERIAL.match(line.strip("() "))) is None:
        return []
    return agency_tag(line.strip("() ")[m.end() :].rstrip(" ."))


def credited_sources(names: list[str], line: str, lang: str = "") -> list[str]:
    """The writers of a source line's names: its agencies ("Allikas: BNS", "Quelle: dpa,
    WHO" is dpa). Other letters beside one are where a figure came from as often as a
    newsroom ("RKI", "BMW", "FBI"), and the site's own letters are its publisher's. No
    agency: no one ("Quelle: ERR" may be a quote's source, "Quelle: Anna Muster" an
    expert's). A person right before an agency is its reporter, as a byline's "Mari Tamm,
    BNS" is: hers too ("Allikas: Mari Tamm, BNS"), where the line (`line`) prints nothing
    between them ("Quelle: Anna Muster, Universität Wien, dpa": the expert's university).
    On a page in a language printing the family name first (`lang`), her given name is
    last: "Forrás: Kovács János, MTI". Several reporters in a row before it are all its
    ("Forrás: Kovács János, Nagy Éva, MTI"): each is read as the one after her is."""
    family_first = lang.split("-")[0].casefold() in _FAMILY_FIRST
    kept = [False] * len(names)
    for i in range(len(names) - 1, -1, -1):
        n = names[i]
        kept[i] = _agency_name(n) or (
            i + 1 < len(names)
            and kept[i + 1]
            and _agency_reporter(n, family_first)
            and _next_to(line, n, names[i + 1])
        )
    return [n for n, k in zip(names, kept, strict=True) if k]


def byline_sources(names: list[str], line: str, lang: str = "") -> list[str]:
    """A source line printed in a byline's markup: its agencies and its persons ("Source:
    Reuters, Jane Doe", "Forrás: Kovács János"), as the byline names them, without a body
    beside them ("Forrás: Kovács János, Magyar Nemzeti Bank, MTI": the bank's figures).
    A person is one of a known given name (`_agency_reporter`), or a Chinese reporter
    ("新华社 记者 王小明"); a name of neither is read as the closing line reads it."""
    sourced = credited_sources(names, line, lang)
    family_first = lang.split("-")[0].casefold() in _FAMILY_FIRST
    return [
        n
        for n in names
        if n in sourced or _agency_reporter(n, family_first) or _ZH_REPORTER.search(n)
    ]


_ZH_REPORTER = _compile(r"[记記]者\s*[\u3400-\u9fff]{2,4}$")


def _agency_reporter(name: str, family_first: bool = False) -> bool:
    """A person's name of two or three words, a known given name first ("Mari Tamm"), or
    last where the language prints the family name first (`family_first`: "Kovács János";
    its writers print either order),
    not a body's ("Statistisches Landesamt", "World Health Organization"), nor one named
    after a person ("Robert Koch Institut", "Hans Böckler Stiftung", "Semmelweis Egyetem"),
    nor a firm so named ("Charles Schwab", `langwords.EPONYMOUS_FIRMS`)."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and " ".join(words).casefold() not in langwords.EPONYMOUS_FIRMS
        and (is_given_name(words[0]) or (family_first and is_given_name(words[-1])))
        and name_shaped(name)
        and not any(
            w.casefold().endswith(_ORGANISATION_KINDS) for w in words if not _surname(words, w)
        )
    )


def _surname(words: list[str], word: str) -> bool:
    """A body's kind printed as a word of its own, last of two after a given name, in a
    language that joins the kind to a body's name: a surname ("Anna Kammer"; a chamber is
    "Handelskammer"); in Hungarian, which does not, "Anna Kórház" is the hospital, and a
    foundation or an institute takes a person's name ("Otto Stiftung")."""
    return (
        len(words) == 2
        and word is words[1]
        and word.casefold() in _JOINED_KINDS
        and is_given_name(words[0])
    )


# Languages whose names are printed family name first, given name last, in Latin letters
_FAMILY_FIRST = frozenset(("hu",))


_ORGANISATION_KINDS = tuple(langwords.entries(langwords.ORGANISATION_KIND_WORDS))
# the kinds' words of languages that join them to a body's name ("Handelskammer",
# "Anwaltsverein"): printed as a word of their own after a given name, a surname. Not the
# kinds a body takes a person's name for, with the space German often prints ("Otto
# Stiftung", "Elisabeth Klinikum", "Knud Fond", "Robert Koch Institut"): foundations,
# funds, institutes, hospitals, universities
_JOINED_KINDS = frozenset(
    w
    for lang in ("de", "nl", "sv", "nb", "da")
    for w in langwords.ORGANISATION_KIND_WORDS[lang].split(", ")
) - frozenset(langwords.entries(langwords.PERSON_NAMED_KINDS))


def _next_to(line: str, name: str, agency: str) -> bool:
    """Whether `line` prints `agency` right after `name`, a comma or a slash at most between."""
    at = line.find(name)
    return at >= 0 and line[at + len(name) :].lstrip(" ,/").startswith(agency)


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


def name_and_letters(
    doc: Document, text: str, el: HtmlElement | None, agencies: bool = False
) -> str | None:
    """ "Trần Văn Hùng (TTXVN)", "Anna Muster (AM)" on a line of its own: the writer, the
    letters an agency's the table lacks or her initials, where the story (`el`, the line,
    left out) names neither her surname nor the letters and they are no party's ("Olaf
    Muster (SPD)", "Jane Doe (NASA)": a politician, a guest, whom the story is about).
    `agencies`: letters the table holds too, credited beside her ("Jan Novák, ČTK"), as a
    byline's are (a closing line's: one under the headline is read as a byline)."""
    m = _NAME_LETTERS.match(text)
    if m is None or not m[2].isupper() or not name_shaped(m[1]) or m[2].casefold() in _PARTIES:
        return None
    if langwords.body_letters(m[2]) and not _initials_in_capitals(m[2], m[1]):
        return None  # "Jane Doe (UNHCR)": whom she speaks for ("Uma Nina Schulz (UNS)": hers)
    known = agencies and is_agency(m[2])
    if len(m[2]) > _SPELLED_LETTERS and not known:
        return None  # "Ion Popescu (AGERPRES)" only: a long word is read by the table
    if not (known or _initials_in_capitals(m[2], m[1]) or _spelled_agency(m[2])):
        return None
    story = story_block(doc)
    if story is None or named_in_story(m[1], story, el):
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
        and not read_as_word(w)
        and w not in AGENCIES
        and not is_role_word(w)
        and w not in LABEL_WORDS
        and plain(w) not in KIND_OR_DESK
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


def named_in_story(name: str, story: HtmlElement, note: HtmlElement | None) -> bool:
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


def signature(doc: Document, publishers: AbstractSet[str], lang: str) -> list[str]:
    """The writer a Vietnamese paper signs its story with, under the last paragraph, in bold
    or aligned right ("<p style='text-align:right'><strong>Nguyễn Văn An</strong></p>"),
    read where nothing else names anyone: a name's shape (`vietnamese_name`) and its setting,
    never a closing sentence or a crosshead. On a page in Vietnamese only: elsewhere a bold
    "Mai Thai Kitchen" or "Cao Bang" under the story is a venue or a place."""
    if lang.split("-")[0] != "vi":
        return []
    story = story_block(doc)
    paragraphs = list(story.iterchildren("p")) if story is not None else []
    if len(paragraphs) < 2:
        return []
    text = clean(paragraphs[-1].text_content())
    words = text.casefold().split()
    if not (
        vietnamese_name(text)
        and not (len(words) > 2 and words[0] in _VI_HONORIFICS and words[1] in VI_FAMILY)
        and _signed(paragraphs[-1], text)
        and any(len(clean(p.text_content())) >= STORY_LINE for p in paragraphs[:-1])
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
        and not holds_headline(doc, parent)
        and next(parent.iter(*_MEDIA), None) is not None
        and len(clean(parent.text_content())) <= 80
    )


def header_agency_tag(doc: Document) -> list[str]:
    """The agencies a line of its own between the headline and the story's first paragraph
    credits, with a newsroom's lower-case initials beside them ("red, APA", "(dpa)",
    "AFP/sda"); not a picture's credit, nor one in an aside or a teaser card."""
    h1 = headline(doc)
    if h1 is None:
        return []
    for el in itertools.islice(_following(h1), _HEADER_WINDOW):
        if el.tag == "p" and len(el.text_content()) >= STORY_LINE:
            return []  # the story began
        if len(el) or el.tag in _NOT_CREDIT_BLOCKS or not isinstance(el.tag, str):
            continue
        text = clean(el.text_content())
        if not 2 <= len(text) <= 40 or not (tagged := agency_tag(text)):
            continue
        near = itertools.chain([el], itertools.islice(el.iterancestors(), 3))
        if any(a.tag in _NOT_CREDIT_BLOCKS or _picture_class(a) for a in near):
            continue
        if in_teaser_area(doc, el) or _beside_media(doc, el):
            continue  # an aside's, as the byline queries skip it there; a picture's credit
        return tagged
    return []


_ENDING_TAG = _compile(r"[.!?\"“”»。！？」]\s*[(（]([^()（）]{2,40})[)）]$")


def organisations_alone(doc: Document) -> list[str]:
    """The JSON-LD author's names where every author is typed Organization and no source
    names anyone: "Redaktion", "Newsdesk" (a role word as a newsroom's name) credited alone
    is the page's author, as printed."""
    found = jsonld.resolve(doc.article.get("author"), doc.jsonld)
    objects = found if isinstance(found, list) else [found]
    if not objects or not all(
        isinstance(o, dict) and ORG_TYPES.intersection(jsonld.types_of(o)) for o in objects
    ):
        return []
    names = [clean(n) for o in objects for n in as_strings(o.get("name"))]
    return dedupe([n for n in names if n and not URL_START.match(n) and len(n) <= MAX_BYLINE_CHARS])


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
