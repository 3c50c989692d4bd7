"""`clean_names`: the raw texts of one source cut into people's names.

Split bylines, drop labels ("By", "Von", "Par"), roles, dates, places, e-mails, URLs,
credits and the publisher, and keep only name-shaped parts (strict sources) or what is
left of them; each part's cleaning is `authorperson`'s. What counts as a date, place, role
or join lives in the modules this one imports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from newsarchive.extract import langwords
from newsarchive.extract.authoragencies import a_place, agency_tag, newsroom_credit
from newsarchive.extract.authordates import (
    DASHES,
    DIGIT,
    mark_then_space,
    without_date,
    without_date_head,
)
from newsarchive.extract.authorjoins import (
    AND_WORDS,
    CREDIT_WORDS,
    HANGUL,
    SPLIT,
    split_and,
    split_names,
)
from newsarchive.extract.authormeta import given_first
from newsarchive.extract.authorperson import (
    CREDIT,
    DOT_CREDITS,
    EDITED_BY,
    FROM_THE_AGENCY,
    PICTURE_PAREN,
    clean_name,
    picture_credit_word,
)
from newsarchive.extract.authorplaces import (
    FROM_PLACE,
    ONE_NAME_LANGUAGES,
    PAIRS_AND,
    PART_MARK,
    agencies_only,
    dateline_alone,
    dateline_place_check,
    family_comma,
    family_given_pairs,
    known_place,
    list_then_place,
    ours_then_place,
    outlet_before_place,
    run_on_name,
    vietnamese_name,
    without_capital_dateline,
    without_dateline_place,
    without_filed_from,
    without_places,
    without_town_and_region,
)
from newsarchive.extract.authorpublisher import is_publisher, name_key
from newsarchive.extract.authorroles import (
    NEWSROOM_FIRST,
    OFFICIALS,
    employer_and_job,
    full_name_after,
    job_after,
    lone_caseless,
    media_group,
    newsroom_desk,
    office_after,
    official_of,
    post_and_role,
    role_alone,
    role_and_post,
    role_words,
)
from newsarchive.extract.authorshapes import (
    FAMILY_GIVEN,
    PARTICLES_TEXT,
    name_shaped,
    topic_shaped,
)
from newsarchive.extract.byline import (
    BYLINE_LEAD,
    CJK_LABEL_IN_LINE,
    LABEL_WORDS,
    VON_DER_NAME,
    is_job_word,
    is_place_name,
    is_role_word,
)
from newsarchive.extract.datetext import MONTHS
from newsarchive.extract.givennames import is_given_name
from newsarchive.extract.langwords import is_agency
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean, dedupe

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# "van der Berg, Anna", "de Vries, Saar": a family name's particles, no "by" word ("von",
# "di", "de" elsewhere open a byline: "von Anna Muster", "di Mario Rossi")
_PARTICLE_FAMILY = _compile(
    r"^\s*(?:van|der|den|da|das|dos|du|del|della|ten|ter|te|le|la|de(?=\s(?:la|los|las|[a-z]{1,3}\s)))"
    r"(?:\s[a-z]{1,4}){0,2}\s[^\W\d_a-z][\w'-]*,\s*[^\W\d_][\w'.-]*\s*$"
)
_DUTCH_DE = _compile(r"^\s*de\s[^\W\d_a-z][\w'-]*,\s*[^\W\d_][\w'.-]*\s*$")  # "de Vries, Saar"
# Languages where "de" opens no byline: "de Vries, Saar", "de Maizière, Thomas" are names
_DE_FAMILY_LANGUAGES = frozenset({"nl", "af", "en", "de"})
# Two labels with colons in a CJK line: an info line ("作者:王小明 来源:海滨日报", full-width).
_CJK_LABELS = _compile(r"[\u3400-\u9fff]\s*[:：].*\s[\u3400-\u9fff]{1,4}\s*[:：]")
_KO_WRAPPED = _compile(r"^\s*[\[(]([^\[\]()]*[\uac00-\ud7a3][^\[\]()]*)[\])]\s*$")
# (a place of any length before "=": "워싱턴=홍길동 특파원", where the correspondent is)
_KO_OUTLET = _compile(
    r"^\s*(?:(?:[\uac00-\ud7a3]{1,}(?:일보|신문|뉴스|방송|경제|타임스|투데이|데일리)|[\uac00-\ud7a3]{5,}"
    r"|[A-Za-z][\w.-]+)\s*[\s=]|[\uac00-\ud7a3]{2,12}\s*=)\s*(?=[\uac00-\ud7a3]{2,4}"
    r"(?:(?:\s*[\u00b7\u318d,]\s*|\s+및\s+)[\uac00-\ud7a3]{2,4})*\s*"
    r"(?:선임|수석|인턴|객원|전문|사진|영상|취재)?\s*(?:기자|특파원)\s*$)"
)
# The equals sign after a Korean reporter's title, where a wire story's text runs on
_KO_RUN_ON = _compile(r"(기자|특파원)\s*[=＝]\s*$")
# Korean "글" ("text by"), also beside "사진" ("photos": "글·사진", "사진·글"), before the
# writer's name, with a space, "=" or a colon between: "글 김민수", "글=김민수 기자".
KO_TEXT_BY = _compile(
    r"^\s*(?:글|사진\s*[\u00b7\u318d\u30fb/]\s*글|글\s*[\u00b7\u318d\u30fb/]\s*사진)"
    r"\s*[=:：/／]?\s*(?=[\uac00-\ud7a3]{2,4}(?:\s|$|[\u00b7\u318d,]))"
)
URL_START = _compile(r"^(?:https?:)?//|^www\.")
_HOST_NAME = _compile(r"^(?:[\w-]+\.)+[a-z]{2,6}", re.I)  # "frettavefur.is", "example.co.uk"
_FULL_URL = _compile(r"(?!(?<=\s)\s)\s*\bhttps?://\S+")
# Of the credits (`authorjoins.CREDIT_SET`), an editor's whose word commonly names the
# reporter too: the writer where alone
_REPORTER_CREDIT = _compile(
    rf"^\s*+({'|'.join(map(re.escape, langwords.entries(langwords.EDITOR_CREDITS_REPORTER)))})"
    r"\s*+[:：]\s*+(?=\S)",
    re.I,
)

# A credit's label standing alone, its name in the next part ("Written By: <a>Jane Doe</a> |
# Edited By: <a>John Roe</a>" read in parts): the next part is the editor's, no writer's.
_CREDIT_ALONE = _compile(rf"^\s*(?:(?:{CREDIT_WORDS})\s*[:：／｜]|(?:{EDITED_BY})\s*:?)\s*$", re.I)
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
TRANSLATED = _compile(
    rf"(?:(?:^|(?<=[.,;|/(（])|(?<=[.,;|/(（]\s)){_TRANSLATOR}(?:\s*[:：/／]\s*|\s+)"
    rf"|(?<=\s){_TRANSLATOR}\s*[:：/／]\s*|(?<=\s)(?:{_TRANSLATED_BY})\s+)(?=\S).*$",
    re.I | re.S,
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
# "/台北報導" (a full-width slash), " 北京报道", "/綜合報導": a place (or "compiled") and
# "reported" ending a byline.
_CJK_REPORTED = _compile(r"報導|报道|報道")
# "中央社記者吳佳穎台北2日電", "記者王小明台北報導": the reporter's name and the place run
# together before the day and "電" (a wire's dispatch) or "reported", with no mark between.
_CJK_RUN_ON = _compile(
    r"(?:記者|记者)([\u3400-\u9fff]{4,8}?)"
    r"(?:\d{1,2}日(?:專電|专电|電|电)|報導|报道|報道)\s*[）)】]?\s*$"
)
# A broadcaster's or paper's desk after the writer ("Von Anna Muster, ARD-Studio Kairo",
# "..., ORF-Büro Brüssel", "..., Hauptstadtstudio"): where she works, no second name.
_DESKS = ("studio", "büro")
# The site crediting its newsroom in one word: "Beispielbote-Redaktion", "ZDF-Redaktion" (no
# role like "SZ-Autorin": a job word after a paper's letters is cut as one).
_SITE_DESK = _compile(r"^\s*\S+-(?:Redaktion|Newsdesk|Team)\s*$", re.I)
# "Text und Fotos: Anna Muster": the writer took the pictures too; no photo credit alone.
# Also "文、圖" (text and pictures) before a slash.
# "Text/Foto:", "Text + Bilder:" and the pictures first ("Fotos und Text:") too.
# (Indonesian "Teks dan foto:", Turkish "Metin ve fotoğraf:"), each language's "and" between
_TEXT_WORD = "text|texte|texto|tekst|testo|teks|metin|teksti|szöveg|текст|κείμενο|bài|เรื่อง"
_TEXT_AND = rf"(?:\s*[/&+,·]\s*|\s+(?:{AND_WORDS})\s+|\s*และ\s*)"
# Vietnamese "Tin, ảnh:" ("news, photos:"): the story's word beside the pictures' (not alone:
# "Tin" is a given name, "Tin Tin Aye")
_TEXT_WORD_PICTURED = f"{_TEXT_WORD}|tin"
TEXT_AND_PICTURES = _compile(
    rf"^\s*(?:(?i:(?:{_TEXT_WORD_PICTURED}){_TEXT_AND}(?:{CREDIT_WORDS})|(?:{CREDIT_WORDS}){_TEXT_AND}"
    rf"(?:{_TEXT_WORD}))|文\s*[、與与和及‧·]\s*(?:圖|图|攝影|摄影))\s*(?=[:：／/])"
)
# "Автор/редактор:", "Autor i redaktor:", "Redaktor/autor:": the writer edited her own text;
# the label is the writer's (no editor's credit, which `CREDIT` drops)
_EDITOR_WORDS = "|".join(map(re.escape, langwords.entries(langwords.EDITOR_CREDITS)))
_WRITER_WORDS = "|".join(map(re.escape, langwords.entries(langwords.BYLINE_LABELS)))
_WRITER_AND_EDITOR = _compile(
    rf"^\s*+(?i:(?:{_WRITER_WORDS}){_TEXT_AND}(?:{_EDITOR_WORDS})"
    rf"|(?:{_EDITOR_WORDS}){_TEXT_AND}(?:{_WRITER_WORDS}))\s*+(?=[:：])"
)
# ... and with no colon after the label, a name after it ("Teksti Matti Virtanen Kuvat Liisa
# Korhonen", "Text und Fotos Anna Muster"): the label's words, the writer after them.
_TEXT_LED = _compile(
    rf"^\s*+(?i:(?:{_TEXT_WORD})(?:{_TEXT_AND}(?:{CREDIT_WORDS}))?)\s++(?=[^\W\d_])"
)
# Xinhua's dispatch: agency, place and day, then the reporters in brackets
# ("新华社北京12月2日电" and "记者王小明" in full-width brackets); the names are in the brackets.
WIRE_REPORTERS = _compile(r"[电電]\s*[（(]\s*((?:记者|記者)\s*[^（）()]{2,30})[）)]")
# "Von Anna Muster (mit dpa/AFP)": the sources in brackets, read as "mit dpa/AFP" is.
_WITH_IN_BRACKETS = _compile(r"(?!(?<=\s)\s)\s*\(((?:mit|with|avec|con|com|med|met)\s[^()]*)\)")
# "Berlin (dpa)", "MADRID (EFE).-", "Paris (AFP) -": one word before agencies in brackets is
# a wire dispatch's dateline, where it was filed, as "Porto Alegre (Lusa)" is: the agency's.
_DATELINE_AGENCY = _compile(r"^\s*([^\W\d_][\w.'’-]*)\s*\(([^()]{2,30})\)[\s.:\-\u2013\u2014]*$")


SOURCE_WORDS = "|".join(re.escape(w) for w in langwords.entries(langwords.SOURCE_LABELS))
# "Rahul Sharma | Source: PTI", "Anna Muster, Quelle: dpa": what the story was taken from,
# after the writer (the looked-at keys leave a source beside a name out); up to the next
# bar or bullet, after which a second writer may follow ("Jane Doe | Source: AP | John Roe").
_SOURCE_AFTER = _compile(
    rf"(?:\s*[|,;/·•]|\s[-\u2013\u2014])\s*(?:{SOURCE_WORDS})\s*[:：][^|·•]*", re.I
)


# "Muster, Anna (Text)", "de Vries, Saar (foto's)": a writer printed surname first, her
# part in the story in brackets after her
_INVERTED_ROLE = _compile(
    rf"(?<![\w'’-])((?:(?:{'|'.join(PARTICLES_TEXT.split())})\s){{0,3}}[^\W\d_a-z][\w'’-]{{0,40}})"
    r",\s*+([^\W\d_a-z][\w'’.-]{0,40})\s*+\(([^()]{1,30})\)"
)


def _given_first_role(m: re.Match[str]) -> str:
    """ "Muster, Anna (Text)" -> "Anna Muster (Text)", where the brackets hold a role or a
    picture's credit ("(Fotos)", "(Redakteurin)"; not an agency: "Muster, Anna (dpa)"), so
    each writer is read with her role as one given name first (was: "Muster", "Anna")."""
    role = m.group(3).strip()
    if not (is_role_word(role) or PICTURE_PAREN.search(f"({role})")):
        return m.group(0)
    if known_place(m.group(2), ""):
        return m.group(0)  # "Muster, Kempten (Text)": where she filed from, read as before
    name = given_first(f"{m.group(1)}, {m.group(2)}")
    return m.group(0) if name == f"{m.group(1)}, {m.group(2)}" else f"{name} ({role})"


_DASH_END = _compile(rf"(?<=[^\W\d_]|(?<=[^\W\d_])\.)\s*+(?:--|[{DASHES}])\s*+$")


def _date_after_comma(text: str) -> bool:
    """ "LAGOS, 3 March 2026", "Lagos, March 3, 2026", "Dakar, le 3 mars 2026": a comma,
    then a date (after a short lower-case word: French "le")."""
    rest = text.partition(",")[2].split()
    if len(rest) > 1 and rest[0].isalpha() and rest[0].islower() and len(rest[0]) <= 3:
        rest = rest[1:]  # "le 3 mars"
    return bool(rest) and (rest[0][:1].isdigit() or rest[0].casefold().strip(".") in MONTHS)


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


@dataclass(frozen=True, slots=True)
class _Reading:
    """How `clean_names` was asked to read one source (its arguments), handed to each step."""

    publishers: AbstractSet[str]
    strict: bool
    keep_publisher: bool
    lower_ok: bool
    lang: str
    surname: Callable[[str], bool] | None
    one_each: bool
    place: Callable[[str], bool] | None
    guess_place: bool
    town_lang: str
    lowered: Callable[[str], bool] | None

    @property
    def words_lang(self) -> str:
        """The language a town or a label is read in: the article's words', else the markup's."""
        return self.town_lang or self.lang


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
    lowered: Callable[[str], bool] | None = None,
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
    `lowered` tells whether the page prints a word in lower case (its story's words): a
    headline's capitalised words are, a name's are not (`topic_shaped`).
    """
    how = _Reading(
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
        lowered,
    )
    return _read_texts(raw, how)


def _read_texts(raw: list[str], how: _Reading) -> list[str]:
    """`clean_names` once its arguments are bundled: read again the same way for the names
    a reporter's credit held back."""
    names: list[str] = []
    reporters: list[str] = []  # the names after a reporter's editor credit ("Redaktor: ...")
    for text in raw:
        names += _line_names(text, how, reporters)
    if reporters and not names:
        # "Redaktor: Jan Kowalski" with no other writer named: a newsroom's journalist, as
        # the word commonly means in its language (beside a writer it is her editor)
        return _read_texts(reporters, how)
    names = _best_spelling(dedupe(names), names)
    people = [n for n in names if not is_publisher(n, how.publishers)]
    return names if how.keep_publisher and people else people or names


def _line_names(text: str, how: _Reading, reporters: list[str]) -> list[str]:
    """One text's names, the line cut step by step from the outside in: credits' labels,
    what sits beside the names (URLs, brackets, handles), the lead word, dates and
    datelines, surnames first; then its parts read one by one. A step that finds the line
    names no one (a URL, a dateline alone, a newsroom and its town) ends it with none."""
    line = _without_labels(text, how, reporters)
    if line is None:
        return []
    line = _asides_read(line, how.surname)
    led_line = _without_lead(line, how)
    if led_line is None:
        return []
    line, led, sourced = led_line
    placed = _without_dates_and_places(line, how)
    if placed is None:
        return []
    line, here = placed
    line = _cjk_reporters(_surnames_first(line, how, here))
    parts = split_names(_without_later_credits(line), how.one_each)
    if _newsroom_and_place(parts, how.surname):
        return []
    found = _parts_names(parts, how, led and len(parts) <= 2)
    if found and is_place_name(found[0]) and (len(parts) > 1 or "(" in line or sourced):
        # "नई दिल्ली, एजेंसी", "Kuala Lumpur, Bernama", "Porto Alegre (Lusa)": the dateline first
        found = found[1:]
    return without_places(found, how.place)


def _without_labels(text: str, how: _Reading, reporters: list[str]) -> str | None:
    """The line without the credits' labels around the writer ("Text", "Edited By:",
    translators, a desk's "from"); None for no writer's line (a URL, too long, a credit
    with no writer after it). A reporter's editor credit's names go to `reporters`: they
    count only if no other writer is named."""
    text = clean(text)
    if not text or len(text) > 300:
        return None
    if "/" in text or "／" in text:
        text = cjk_role_first(text)  # "张伟/文": the role first
    text = TEXT_AND_PICTURES.sub("Text", text)
    text = _WRITER_AND_EDITOR.sub("Text", text)  # "Автор/редактор: Иван Петров"
    if (text_led := _TEXT_LED.match(text)) and text[text_led.end()].isupper():
        # "Teksti Matti Virtanen Kuvat Liisa Korhonen": the writer before the credit (a
        # text word that is a given name is his: Turkish "Metin Kaya Fotoğraf Ali Demir")
        lead = 0 if is_given_name(text_led[0].strip()) else text_led.end()
        text = _before_picture_credit(text[lead:])
    if URL_START.match(text):
        return None
    if CREDIT.match(text):
        # "Edited By: Anna Rao | Written By: Vikram Shah": the writer after the editor
        if (writer := writer_after_credit(text)) is None:
            if (m := _REPORTER_CREDIT.match(text)) and _names_reporter(m.group(1), how.words_lang):
                reporters.append(text[m.end() :])  # "Redaktor: Jan Kowalski": if alone
            return None
        text = writer
    text = TRANSLATED.sub("", text)
    text = _DESK_FROM.sub("", text).rstrip(" ,")
    return text or None


def _asides_read(text: str, surname: Callable[[str], bool] | None) -> str:
    """What sits beside the names read before the line is split at its marks: a URL cut,
    an agency in brackets credited, an @handle cut, a Korean or CJK label's name kept."""
    if "://" in text:
        text = _FULL_URL.sub(" ", text)  # "The Example Times https://...": no split at its "/"
    if (
        (m := _DATELINE_AGENCY.match(text))
        and agencies_only(m.group(2))
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
    if HANGUL.search(text):
        text = _korean_reporter(text)
    elif _CJK_LABELS.search(text) and (m := CJK_LABEL_IN_LINE.search(text)):
        text = m.group(1)  # the name after the writer's label among other labels
    return text


def _without_lead(text: str, how: _Reading) -> tuple[str, bool, bool] | None:
    """The line without what leads it (a date, "By", an interview's "with") and a source
    after it; with whether a "by" led it (one word is a name there) and a source was cut (a
    place before it is a dateline). None where the line is no byline: a story's subject, a
    sentence's "from the city", "our reporter" and her town."""
    text = without_date_head(text)  # "12.03.2025, 10:15 Uhr Von Anna Muster"
    sourced = False  # a source was cut: a place before it is a dateline ("Bad Homburg")
    if (source := _SOURCE_AFTER.search(text)) and BYLINE_LEAD.sub("", text[: source.start()]):
        # "Rahul Sharma | Source: PTI": the writer alone
        text, sourced = _SOURCE_AFTER.sub("", text), True  # every source, each up to a bar
    if (story := _TH_STORY.match(text)) and not _thai_name(text[story.end() :]):
        return None  # "เรื่อง: น้ำท่วมภาคเหนือ": the story's subject, no writer's name
    if _INTERVIEW_WITH.search(text):
        # "Interview mit Angela Merkel", "Entretien avec ...": who was asked, no writer
        text = _INTERVIEW_WITH.sub("", text)
    led = BYLINE_LEAD.match(text) is not None  # "Von Aditya": one word is a name there
    if (led and _body_after_by(BYLINE_LEAD.sub("", text))) or (
        (from_the := _FROM_THE.match(text)) and _body_after_by(text[from_the.end() :])
    ):
        return None  # "Von der Stadt Hannover", "Por el Gobierno": a sentence's "from the city"
    first = PAIRS_AND.split(text, maxsplit=1)[0]  # "de Vries, Saar en Bakker, Tim"
    if not (
        (
            _PARTICLE_FAMILY.match(first)
            or (how.lang[:2] in _DE_FAMILY_LANGUAGES and _DUTCH_DE.match(first))
        )
        and FAMILY_GIVEN.match(first)
    ) and not _von_der_surname(text):
        text = BYLINE_LEAD.sub("", text)  # (not "de Vries, Saar": her family name's "de")
    if "," in text and ours_then_place(text, how.words_lang):
        return None  # "Van onze verslaggever, Amsterdam": where she filed from, no name
    return text, led, sourced


_DE_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tät", "ur", "ei", "ik", "ismus")


def _von_der_surname(text: str) -> bool:
    """ "Von der Leyen", "von der Lippe, dpa" (`VON_DER_NAME`): her family name, the "by"
    left on; not "Von der Redaktion" (a newsroom, read as before) nor "Von der Stadt" (a
    body, dropped before this)."""
    m = VON_DER_NAME.match(text)
    if m is None:
        return False
    word = m.group(1).casefold()
    return not (
        word.endswith(_DE_NOUN_ENDINGS)  # "Von der Nachrichtenagentur", "der Verwaltung"
        or is_job_word(word)
        or word in NEWSROOM_FIRST
        or word in INSTITUTIONS
        or word in OFFICIALS
        or word in _DESK_WORDS
        or is_agency(m.group(1))
    )


def _date_read(text: str, how: _Reading) -> tuple[str, bool, bool, bool]:
    """The line up to its date and a dateline's closing dash; with whether a date was cut,
    whether a colon follows it, and whether the line ends as a dateline does."""
    lang, town_lang = how.lang, how.town_lang
    undated = without_date(text, lang)
    if (
        town_lang
        and town_lang != lang.split("-")[0]
        and len(alt := without_date(text, town_lang)) < len(undated)
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
        or (text.startswith(undated) and mark_then_space(text[len(undated) :]))
    )
    if dash is not None:
        undated = undated[: dash.start()]
    return undated, date_cut, colon, dateline


def _without_dates_and_places(
    text: str, how: _Reading
) -> tuple[str, Callable[[str], bool] | None] | None:
    """The line without its date, dateline and the town and region after the writer; with
    what tells a place where a surname's comma follows (the dateline's, where one is
    printed). None for a dateline or a place alone: where the story is from, no writer."""
    place = how.place
    undated, date_cut, colon, dateline = _date_read(text, how)
    text = without_dateline_place(undated)
    if ((dateline and "," not in text) or _date_after_comma(text)) and dateline_alone(
        text.partition(",")[0], place, how.surname, how.words_lang
    ):
        # "LAGOS, 3 March 2026": the story's dateline above it, no writer; a writer or
        # an agency after the date stays ("LAGOS, 3 March (Reuters) —")
        after = [p.strip() for p in text.split(",")[1:] if not DIGIT.search(p)]
        if not any(after):
            return None
        text = ", ".join(p for p in after if p)
    if (dateline or date_cut) and PART_MARK.search(text):
        # "Jane Doe, LAGOS —", "Anna Muster, BERLIN 3. März 2026": she, no "LAGOS"
        text = without_capital_dateline(text, dateline or colon, place)
    elif (dateline or date_cut) and (outlet := outlet_before_place(text, place)):
        text = outlet  # "CNN WASHINGTON —": the station, no person "CNN WASHINGTON"
    if "," in text and ((whole := without_town_and_region(text, how.words_lang)) != text):
        if not whole:
            return None  # "El Paso, Texas" alone: where the story is from, no writer
        text = whole  # "Jane Doe, El Paso, Texas": the writer
    here = (
        dateline_place_check(place, how.words_lang, text.partition(",")[0])
        if dateline and "," in text
        else place
    )
    return text, here


def _surnames_first(text: str, how: _Reading, here: Callable[[str], bool] | None) -> str:
    """Writers printed surname first ("Muster, Anna"; several, by a semicolon or "and")
    turned to given name first, and a place after a list of writers cut; `here` tells a
    place after a surname's comma."""
    lang, surname, town_lang = how.lang, how.surname, how.town_lang
    if ";" in text and all("," in p and FAMILY_GIVEN.match(p) for p in text.split(";")):
        # "Muster, Anna; Probe, Jan": writers surname first, a semicolon between them
        return "; ".join(
            family_comma(
                p.strip(), lang, here, surname, how.guess_place and not how.one_each, town_lang
            )
            for p in text.split(";")
        )
    if (pairs := family_given_pairs(text, lang, here, surname, town_lang)) is not None:
        return pairs  # "Müller, Anna und Schmidt, Jan": two writers, each surname first
    if "," in text and FAMILY_GIVEN.match(text):
        # "Muster, Anna", "Muster, Berlin" (a JSON-LD Person's name is a person's: a word
        # the given names' table lacks is no place there)
        return family_comma(
            text,
            lang,
            here,
            surname,
            guess_place=how.guess_place and not how.one_each,
            town_lang=town_lang,
        )
    if "," in text:
        return list_then_place(text, lang, here, town_lang)  # "Muster und Probe, Lörrach"
    return text


def _cjk_reporters(text: str) -> str:
    """A Chinese or Japanese wire's reporter ("电(记者 张伟)") and a name the story runs on
    after, without where the report was filed from."""
    if (wire := WIRE_REPORTERS.search(text)) is not None:
        text = wire.group(1)
    if (run_on := _CJK_RUN_ON.search(text)) is not None:
        text = run_on_name(run_on.group(1))
    elif _CJK_REPORTED.search(text):
        text = without_filed_from(text)
    return text


def _newsroom_and_place(parts: list[str], surname: Callable[[str], bool] | None) -> bool:
    """ "Redakce, Praha", "Von Redaktion | Berlin": the newsroom and its place, no writer
    (unless the page states the one word as a writer's surname)."""
    return bool(
        len(parts) == 2
        and newsroom_credit(parts[0])
        and a_place(parts[1].strip())
        and not (surname and " " not in parts[1].strip() and surname(parts[1].strip()))
    )


def _parts_names(parts: list[str], how: _Reading, one_word_ok: bool) -> list[str]:
    """Each part of the split line read as names, in order: a credit's label alone and the
    part after it, a role's post, a place alone, a job, office or affiliation after a
    writer are no one. `one_word_ok`: a "by" led a short line ("Von Aditya"), where one
    word is a name even from a strict source."""
    lang = how.lang
    found: list[str] = []
    desks: list[str] = []  # desks credited before a writer ("Redaktion Region | Anna")
    credited = False  # the part before was a credit's label alone ("Edited By:" | name)
    role: str | bool = False  # the part before: a role with no name ("Staff Reporter")
    for at, part in enumerate(parts):
        if at:
            # "avec la collaboration de Paul Durand" after the writer or the newsroom: his
            # name; opening the line, a sponsor's ("Con la colaboración de Banco Ejemplo")
            part = _CONTRIBUTED.sub("", part)
        if credited or _CREDIT_ALONE.match(part):
            credited = not credited
            continue
        if role and not found and _roles_post(part, role, lang):
            role = False
            continue
        if _from_place_alone(part, lang):
            continue  # "Da Roma", "Desde Madrid": where from, alone (not "Da Silva" in pt)
        role = role_alone(part) and part
        if post_and_role(part) or (
            not found and role_and_post(part) and full_name_after(parts, part)
        ):
            # "ঢাকা প্রতিনিধি", "पटना संवाददाता": a district's correspondent; "Kontributor
            # Bandung, Budi Santoso", "Correspondent Paris, Jane Doe": her role and post
            continue
        if found and _after_writer(part, lang):
            continue  # "..., Leiterin des Hauptstadtbüros", "..., stv. Chefredakteurin"
        if official_of(part):
            continue  # "Maire de Lyon", "Sprecher vom Ministerium": an office, no name
        for piece in split_and(part, lang):
            _read_piece(piece, how, one_word_ok, found, desks)
    if desks and any(_writer_beside_desk(n) for n in found if n not in desks):
        # "Redaktion Region | Anna Muster": the desk before its writer is hers, no credit
        found = [n for n in found if n not in desks]
    return found


def _roles_post(part: str, role: str | bool, lang: str) -> bool:
    """The part after a role with no name is the role's post, no name: "নিজস্ব প্রতিবেদক,
    ঢাকা", "نامہ نگار، لاہور", "Staff Reporter, London" (in a script where a lone word
    beside a name is a place too, or where writers are not known by one name: "Wartawan,
    Budi" keeps Budi)."""
    return bool(
        lone_caseless(part)
        or is_place_name(part)
        or (_lone_capitalised(part) and not _one_name_writers(lang, role))
    )


def _from_place_alone(part: str, lang: str) -> bool:
    """ "Da Roma", "Desde Madrid": where the writer is from, alone. Italian "from" only on an
    Italian page (or one of no known language): elsewhere "Da Silva", "Da Costa" are
    surnames."""
    return bool(
        _FROM_ALONE.match(part)
        and (not part.lstrip().startswith(_IT_FROM) or lang.split("-")[0] in ("it", ""))
        and not is_agency(part.split()[-1])
    )


def _after_writer(part: str, lang: str) -> bool:
    """A part after a writer that is hers, no second writer: her paper, university, town,
    desk, employer and job, newsroom or media group."""
    return bool(
        _SPECIAL_TO.match(part)  # ", Special to The Example Times": her paper
        or part.split(" ", 1)[0].casefold() in AFFILIATIONS  # ", Universität Bern"
        or (FROM_PLACE.match(part) and not _from_the_agency(part))
        or is_place_name(part)  # "Ahmad Faizal, Kuala Lumpur"
        or part.split(" ", 1)[0].casefold().endswith(_DESKS)  # ", ARD-Studio Kairo"
        or employer_and_job(part, lang)
        or job_after(part)
        or newsroom_desk(part)
        or office_after(part)
        or media_group(part)
    )


def _read_piece(
    piece: str, how: _Reading, one_word_ok: bool, found: list[str], desks: list[str]
) -> None:
    """One writer's piece of a part read as a name, added to `found` (and to `desks` where
    it is a newsroom's desk); the publisher's own name only where asked to keep it, and a
    site's desk ("Beispielbote-Redaktion"), kept in the end only if alone."""
    name = clean_name(piece, how.lower_ok, how.lang)
    if (
        name
        and not how.lower_ok
        and topic_shaped(name, how.lowered)
        and not is_agency(name)
        and not vietnamese_name(name)  # "Đỗ Phương Hải Hà": "phương", "hải" are words too
    ):
        name = None  # "Laporan: Harga Beras Naik Lagi": the report's topic, no one's name
    if (
        name is None
        and how.keep_publisher
        and is_publisher(piece, how.publishers)
        and not _HOST_NAME.fullmatch(piece.strip())
    ):
        name = piece.strip()  # "t-online": the site's lower-case name, no URL slug
        # (its host, "example.de", beside a writer is no credit: a CMS default)
    if name and (
        not how.strict
        or name_shaped(name)
        or is_agency(name)
        or (one_word_ok and _one_word_name(name))
    ):
        found.append(name)
        if newsroom_desk(name):  # the name read: "von Redaktion Region"
            desks.append(name)
    elif name is None and _SITE_DESK.match(piece) and is_publisher(piece, how.publishers):
        found.append(piece.strip())  # "Beispielbote-Redaktion": kept only if alone


_IN_BRACKETS = _compile(r"(?!(?<=\s)\s)\s*\(([^()]{2,30})\)")
# "@janedoe" after a name (her account), not an e-mail's "@" ("jane@example.com")
# (tried at the start of a run of spaces only, its first space kept after a word or ".": as
# "(?<![\w.])\s*\(?@..." did, which tried again from each space of a run with no handle after)
_HANDLE = _compile(r"(?<!\s)(?:(?<=[\w.])(\s)|(?<![\w.]))\s*+\(?@[A-Za-z0-9_.]{2,30}\)?(?![\w@])")


def _bracketed_agencies(m: re.Match[str]) -> str:
    if agencies_only(m.group(1)):
        return f", {m.group(1)}"
    # "(dpa/AFP/lnw)", "(dpa/lno)": the agencies, a regional service's code or an editor's
    # initials beside them dropped (was: the whole tag or its first agency lost)
    tagged = agency_tag(m.group(1))
    return f", {'/'.join(tagged)}" if tagged else m.group(0)


# (an apostrophe read as a space, as `_body_after_by` reads the line: "mayor s office")
INSTITUTIONS = frozenset(
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
AFFILIATIONS = frozenset(_AFFILIATION_TEXT.split())
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
    name, *after = SPLIT.split(rest.strip(), maxsplit=1)
    name = name.strip()
    return (
        len(name.split()) in (2, 3)
        or name.startswith(_THAI_TITLES)
        or (bool(after) and CREDIT.match(after[0]) is not None)
    )


# A Chinese credit with the role after the name and a slash: "张伟/文", "张伟/文 李华/图"
# (writer, photographer), the reverse of "文/张伟".
_CJK_ROLE_AFTER = _compile(
    r"(?<![\u3400-\u9fff·])([\u3400-\u9fff·]{2,6})\s*[/／]\s*"
    r"(文\s*[、與与和及‧·]\s*(?:圖|图|攝影|摄影)|撰文|文字|文|摄影|攝影|摄|攝|图|圖|编辑|編輯)"
    r"(?![\u3400-\u9fff])"
)


def cjk_role_first(text: str) -> str:
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
        is_job_word(w) or w in _DESK_WORDS or w in NEWSROOM_FIRST or w in OFFICIALS
        for w in words[1:]
    ):
        return False  # "the City Desk", "Police Chief Jane Doe": a desk, an official
    first = words[0].strip(".,;:")
    return (
        first in INSTITUTIONS
        or " ".join(words[:2]) in INSTITUTIONS
        or " ".join(words[:3]) in INSTITUTIONS  # "mayor's office"
        or _GREEK_MUNICIPALITY.match(" ".join(words[:2])) is not None
    )


# "From the" opening a line ("Dal Comune di Torino", "Pela Prefeitura", "Vom Landratsamt")
_FROM_THE = _compile(r"^\s*(?:Da|Dal|Dalla|Dallo|Dai|Desde|Depuis|Aus|Vom|From|Pela|Pelo)\s+")
_IT_FROM = ("Da ", "Dal ", "Dalla ", "Dallo ")
# A capitalised "from" and one word, a part alone: "Da Roma", "Dalla Cina", "Desde Madrid".
_FROM_ALONE = _compile(r"^\s*(?:Da|Dal|Dalla|Dallo|Desde|Depuis|Aus|From)\s+[^\W\d_][\w'’.-]*\s*$")


# (not "reporter": English's too)
_ONE_NAME_ROLES = role_words(ONE_NAME_LANGUAGES, True) - role_words(ONE_NAME_LANGUAGES, False)


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
        return lang.split("-")[0] in ONE_NAME_LANGUAGES
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
    beside a writer (`without_places`: the dateline's "Hamburg", a label's "Meinung")."""
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
    rf"(?:\s*[|｜;,·•/]|\s[-\u2013\u2014])\s*(?:(?:{CREDIT_WORDS})\s*[:：／｜]|(?:{DOT_CREDITS}))"
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
        if BYLINE_LEAD.match(part) and not CREDIT.match(part):
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
    mixed = {name_key(s): s for s in spelled if not s.isupper()}
    return [mixed.get(name_key(n), n) if n.isupper() and " " in n else n for n in names]


def _korean_reporter(part: str) -> str:
    """ "[해변일보 김민수 기자]", "(YTN 김민수 기자)": a Korean byline in brackets, and the
    outlet before the reporter's name: Latin letters, a word ending like a paper's name
    ("...일보", "...뉴스") or longer than a name ("김민수 이영희 기자" keeps both words);
    "글" ("text by") before it."""
    part = _KO_RUN_ON.sub(r"\1", part)  # "홍길동 기자 = ": the story runs on after the sign
    if m := _KO_WRAPPED.match(part):
        part = m.group(1)
    return _KO_OUTLET.sub("", KO_TEXT_BY.sub("", part))


def _before_picture_credit(text: str) -> str:
    """A byline up to a picture credit's word before a capitalised name ("Matti Virtanen"
    of "Matti Virtanen Kuvat Liisa Korhonen"): the photographer is no author."""
    words = text.split(" ")
    for i in range(1, len(words) - 1):
        if picture_credit_word(words[i]) and words[i + 1][:1].isupper():
            return " ".join(words[:i]).rstrip(" ,;|·")
    return text


def _from_the_agency(part: str) -> bool:
    """ "da Agência Lusa", "de l'agence Belga" after the writer: the agency credited beside
    her, no place she filed from ("de São Paulo")."""
    m = FROM_THE_AGENCY.match(part)
    return m is not None and m[1].casefold() in langwords.GENERIC_AGENCY_WORDS
