"""The words of bylines in many languages: what leads a byline in, and job titles around names."""

from __future__ import annotations

import re

from newsarchive.extract import langwords
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# Words that may come before the "by" word: "Written by", "Ein Kommentar von", "Texte par".
_LEAD_IN_TEXT = """
written reported words story text texte texto tekst testo photos photo fotos foto bilder video
interview analysis commentary kommentar analyse gastbeitrag reportage essay kolumne ein eine
einem einer escrito escrita publicado redactado écrit écrite rédigé une un article artikel
skrevet skriven geschreven scritto scritta reportaje reportagem crónica crônica chronique tribune
opinión opinion meinung und and et y e og och aufgezeichnet entretien réalisé réalisée an editorial
entrevista realizada intervista protokolliert notiert
éditorial édito l'éditorial l’éditorial l'édito l’édito editoriale l'editoriale l’editoriale
editorial commentaar column columna coluna chronique
"""
_LEAD_IN = _LEAD_IN_TEXT.split()
# ... as words, for authors.py: "ANALYSIS" after a surname is the kind of piece, no given name
LEAD_IN_WORDS = frozenset(w.casefold() for w in _LEAD_IN)


def _alternatives(table: dict[str, str]) -> list[str]:
    """A table's entries as regex alternatives, longest first ("a cura di" before "a")."""
    return sorted((re.escape(e) for e in langwords.entries(table)), key=len, reverse=True)


# "by" and "Author:" in every language of langwords; "di"/"de"/"per" only in lower case.
_BY_ANY_CASE = "(?i:" + "|".join(_alternatives(langwords.BYLINE_BY)) + ")"
_BY_LOWER = "(?:" + "|".join(_alternatives(langwords.BYLINE_BY_LOWER)) + ")"
_LABEL = _alternatives(langwords.BYLINE_LABELS)
_DASH_LABEL = _alternatives(
    {k: v for k, v in langwords.BYLINE_LABELS.items() if k in "ar fa ur he"}
)
# The one-word labels, also written with no colon before a full name ("Автор Иван Петров",
# "Autorius Jonas Jonaitis", "Parengė ...").
LABEL_WORDS = frozenset(e for e in langwords.entries(langwords.BYLINE_LABELS) if e.isalpha())
# German names the kind of piece before "von": "Ein Gastkommentar von", "Eine Glosse von",
# "Ein Zwischenruf von" (any capitalised noun after the article, listed or not).
# Without the article, a noun naming a kind of piece: "Gastkommentar von", "Leitartikel von",
# "Buchkritik von" (not any word: "Ursula von der Leyen" is a name).
_DE_PIECE_TEXT = """kommentar beitrag artikel glosse analyse kolumne essay reportage bericht kritik
rezension porträt feature zwischenruf standpunkt"""
_DE_PIECE_NOUNS = _DE_PIECE_TEXT.split()
# (the noun alone, "Bericht von", or after a word of its own, "Gastkommentar von")
_DE_PIECE = (
    r"(?:(?:[Ee]ine?\s+[A-ZÄÖÜ][\w-]+"
    rf"|[A-ZÄÖÜ][a-zäöüß-]{{0,30}}(?:{'|'.join(_DE_PIECE_NOUNS)})"
    rf"|(?:{'|'.join(n.capitalize() for n in _DE_PIECE_NOUNS)}))\s+(?=[Vv]on\s))"
)
# "Aus Brüssel berichtet Anna Muster", "Aus Washington berichten ...": where from, then the verb.
_DE_REPORTS_FROM = r"(?:Aus\s+[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+)?\s+berichte[tn]\s+)"
# "From our correspondent" as the byline's "by": "Dal nostro inviato Mario Rossi", "De notre
# envoyée spéciale à Kyiv, Jeanne Martin", "Von unserem Korrespondenten ..." (the possessive
# and the role after it go as "our correspondent" does); Dutch "Van onze verslaggever ...",
# Scandinavian "Från vår korrespondent ...", "Fra vår ..."
_OURS = "|".join(re.escape(w) for w in langwords.entries(langwords.STAFF_POSSESSIVES))
_FROM_OUR = (
    rf"(?:(?i:dal|dalla|dai|dalle|de|desde|do|da|von|vom|from|van|från|fra)\s+(?=(?i:{_OURS})\s))"
)
BYLINE_LEAD = _compile(
    r"^\s*(?:"
    rf"{_DE_REPORTS_FROM}|{_FROM_OUR}|"
    rf"(?:{_DE_PIECE}|(?i:{'|'.join(_LEAD_IN)})\s+){{0,3}}(?:{_BY_ANY_CASE}|{_BY_LOWER})(?:\s*:\s*|\s+)"
    # German writes a label for either sex: "Autor/in:", "Autor*innen:", "Autor:in:";
    # Armenian sets its label off with its comma mark (U+055D) as others with a colon
    rf"|(?i:{'|'.join(_LABEL)})(?:[/*:_]-?in(?:nen)?)?\.?\s*[:：/／・｜\u055d]\s*"
    # Arabic, Persian, Urdu and Hebrew labels also before a spaced dash ("كتب - أحمد علي");
    # not "Redaktion - Berlin", a newsroom and its place
    rf"|(?:{'|'.join(_DASH_LABEL)})\s+[-\u2013\u2014]\s+"
    r")"
)
# "Von der Leyen", "von der Lippe, dpa": German's "by" is also a family name's particle;
# before "der" and one capitalised word alone, the whole is her family name ("by der
# Leyen" names no one); "Von Anna von der Leyen" has a given name after the "by"
VON_DER_NAME = _compile(r"^\s*[Vv]on\s+der\s+([^\W\d_a-z][\w'’-]+)\s*(?:,|$)")
# "Na Juma Mwangi", "Per Jordi Puig": a lower-case-only "by" word, capitalised, leads a byline
# on a page in its own language (Italian "Di" stays a surname's start: "Di Stefano").
OWN_LOWER_BY = {
    lang: frozenset(e.strip() for e in text.split(","))
    for lang, text in langwords.BYLINE_BY_LOWER.items()
    if lang != "it"
}
# ... but "Di" before a given name and a surname is "by" ("Di Marco Rossi", "DI ANNA DE
# LUCA"): one capitalised word after it is a surname's second half ("Di Stefano"), and so
# are two ending in a given name, the family name written first ("Di Stefano Marco").
_IT_BY = _compile(
    r"^D[iI]\s+(?=[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:d[aei]l?|de|la|lo)\s+|\s+)[A-ZÀ-Ý][\w'’-])"
)
_IT_GIVEN_TEXT = """
alessandro alessandra andrea angela anna antonio barbara carlo chiara claudio cristina
daniele davide elena emanuele enrico fabio federica federico francesca francesco gabriele
giacomo gianluca giorgio giovanni giulia giuseppe laura lorenzo luca lucia luigi marco
maria mario martina massimo matteo michele nicola paola paolo pietro roberto sara serena
silvia simone stefania stefano valentina valerio vincenzo
"""
_IT_GIVEN = frozenset(_IT_GIVEN_TEXT.split())


def _italian_by(text: str) -> bool:
    """Whether an Italian line's capitalised "Di" is "by" (see _IT_BY)."""
    if not _IT_BY.match(text):
        return False
    words = re.split(r"[\s,|/·]+", text.strip())
    name = [w for w in words[1:4] if w[:1].isupper()]
    return not (len(words) == 3 and len(name) == 2 and name[1].casefold() in _IT_GIVEN)


OWN_LOWER_BY_LANGUAGES = frozenset({*OWN_LOWER_BY, "it"})


def by_word_opens_sentence(text: str, lang: str | None) -> bool:
    """Whether a capitalised "by" word of the page's language opens a sentence, a lower-case
    word after it: Hausa "Daga cikin ..." (among), Swahili "Na baada ya ..." (and after),
    Catalan "Per això ..." (so); "Daga Musa Abdullahi", "Na Juma Mwangi" are bylines."""
    first, _, rest = text.strip().partition(" ")
    words = OWN_LOWER_BY.get(lang or "", frozenset())
    return first[:1].isupper() and first.casefold() in words and rest[:1].islower()


def own_by_word(text: str, lang: str | None) -> str:
    """`text` with a capitalised "by" word of the page's language in lower case."""
    words = OWN_LOWER_BY.get(lang or "")
    text = text.strip()
    first = text.split(" ", 1)[0]
    if words and text[:1].isupper() and first.casefold() in words:
        return first.lower() + text[len(first) :]  # "Na", "NA JUMA MWANGI" in capitals
    if lang == "it" and _italian_by(text):
        return "di" + text[2:]
    return text


# Korean, Japanese and Chinese roles written against the name: "홍길동 기자", "山田太郎記者",
# "記者 山田太郎", also after the paper's or agency's name ("海滨日报记者 周敏", "中央社記者").
ROLE_AFFIX = _compile(
    r"^\s*(?:本报|本報|[\u3400-\u9fff]{0,8}(?:社|报|報|网|網|台|新闻|新聞))?(?:記者|记者)\s*"
    # "編集委員 山田太郎", also where the role is posted ("北京特派員 山田太郎", "ソウル支局長 ...")
    # (a place in katakana or of up to three kanji: "山田太郎特派員 ..." keeps its name)
    r"|^\s*(?:[\u30a0-\u30ff]{1,8}|[\u3400-\u9fff]{1,3})?(?:編集委員|論説委員|解説委員|特派員|編集長|支局長)\s+"
    # "김민수 특파원 워싱턴", "김민수 기자 = 서울": the role, then where the reporter is
    r"|(?!(?<=\s)\s)\s*(?:(?:선임|수석|인턴|객원|전문|사진|영상|취재)\s*)?(?:기자|특파원|논설위원|편집위원|앵커)"
    r"(?:\s*(?:=\s*)?[\uac00-\ud7a3]{2,6})?\s*$"
    r"|(?!(?<=\s)\s)\s*(?:編集委員|論説委員|特派員|記者|记者|通信員|通讯员|通訊員|实习生|實習生|报道|報導)\s*$"
)
# (?!(?<=\s)\s): no try from inside a run of spaces, which the try from its start covers (a
# run's every start scanned it again: cubic in its length with the `\s*`s split every way).
# A Chinese byline with the role first: "本报记者 王小明 李华", also in full-width parentheses,
# and after an agency's or paper's name ("新华社记者 王小明", "海滨日报记者 周敏"); not a
# picture's credit ("新华社记者 王小明 摄": photographed by).
ROLE_FIRST_LINE = _compile(
    r"^(?!.*[摄攝])\s*[（(]?((?:本报|本報|[\u3400-\u9fff]{1,8}?(?:社|报|報|网|網|台|新闻|新聞))?"
    r"(?:记者|記者)\s*[\u3400-\u9fff]{2,4}(?:\s+[\u3400-\u9fff]{2,4})*)"
    r"(?:[\s）)]|$)"
)
# A Chinese byline with where it was filed after a (full-width) slash, "記者王小明/台北報導",
# "記者王小明、林美華/綜合報導" (no space after the names): the line is the byline whole.
ROLE_FILED_LINE = _compile(
    r"^\s*[（(【]?(?:本报|本報)?(?:记者|記者)\s*[\u3400-\u9fff]{2,4}"
    r"(?:[、，,]\s*[\u3400-\u9fff]{2,4})*\s*[／/]\s*[\u3400-\u9fff]{1,6}(?:報導|报道|報道)"
)
# A Chinese info line packing several labels (source, writer, time): the name after the
# writer's label, wherever it stands.
_CJK_NAME = r"[\u3400-\u9fff·]{2,8}"
# A word ending at a colon is the line's next label ("点击" after a name), not a second name.
_NOT_LABEL = r"(?![\u3400-\u9fff·]|\s*[\uff1a:])"
CJK_LABEL_IN_LINE = _compile(
    rf"(?:作者|记者|記者|撰稿|撰文)\s*[\uff1a:]\s*({_CJK_NAME}(?:[ 、，,]{_CJK_NAME}{_NOT_LABEL})*)"
)
# A Japanese byline with the role (and where it is posted) first, the names after a space:
# "編集委員 山田太郎", "北京特派員 山田太郎", "ソウル支局長 山田太郎、佐藤花子".
ROLE_POSTED_FIRST = _compile(
    r"^\s*(?:[\u30a0-\u30ff]{1,8}|[\u3400-\u9fff]{1,3})?(?:編集委員|論説委員|解説委員|特派員|編集長|支局長)"
    r"\s+[\u3040-\u30ff\u3400-\u9fff]{2,6}(?:\s*[、，]\s*[\u3040-\u30ff\u3400-\u9fff]{2,6})*\s*$"
)
# A short line that is a CJK byline: "홍길동 기자 hong@...", "山田太郎記者".
# A Korean wire dateline may open the line: "(서울=연합뉴스) 홍길동 기자", "[서울=뉴시스] ...".
ROLE_LINE = _compile(
    r"^\s*(?:[(\[（【][^)\]）】]{1,20}[)\]）】]\s*)?(\S{2,12}?\s?(?:기자|특파원|記者|记者|特派員))(?:\W|$)"
)

# Job titles: cut from either end of a name ("Redakteurin Jane Doe", "Jane Doe Reporter").
TITLE_WORDS = frozenset(w for e in langwords.entries(langwords.JOB_TITLES) for w in e.split())
# ... and the heads' titles of one word ("Editor-in-Chief", "chefredaktør", "hoofdredacteur",
# "directora"): where a "by" word names her, the name after her title is the writer's
_HEAD_TITLES = langwords.entries(langwords.CHIEF_EDITOR_CREDITS) + langwords.entries(
    langwords.PAPER_HEADS
)
TITLE_WORDS |= frozenset(t for t in _HEAD_TITLES if " " not in t)
# A head's title of several words before a capitalised name, "the" before it maybe ("Editor in
# Chief Jane Doe", "la rédactrice en chef Marie Dubois"): cut whole, before "in Chief" is read
# as where she filed from and "en chef" left as a name's words
HEAD_TITLE_LEAD = _compile(
    r"^\s*(?i:(?:the|la|le|el|il|der|die|de|o|a)\s+)?(?i:"
    + "|".join(sorted((re.escape(t) for t in _HEAD_TITLES if " " in t), key=len, reverse=True))
    + r")\s+(?=[^\W\d_a-z][^\s]*\s+[^\W\d_a-z])"
)
_ROLE_TEXT = """
reporter editor writer correspondent columnist contributor journalist staff senior chief
deputy associate assistant managing political news digital executive producer photographer
analyst critic freelance contributing international national foreign economics business
editor-at-large at large special the of for and in a host anchor breaking sports us uk
world affairs science health technology tech politics entertainment video investigative
parliamentary diplomatic legal crime education environment
reporters editors writers correspondents columnists contributors journalists photographers
data global lead head team desk content commerce updated
redaktion rédaction redacción redazione redaksjonen redaktionen ressort politik wirtschaft kultur
ausland inland lokales feuilleton
redactie redakcja redakce redakcia toimitus szerkesztőség redacția redactia σύνταξη redakcija
uredništvo редакция редакція redaksi redação redacao redacció toimetus
spécial spéciale spéciaux spéciales especial especiales speciale speciali
der die das und le la les et de del y el freie freier freien
für des im vom red ressort ressorts leiter leiterin stellvertretende stellvertretender
leitende leitender stv chef chefin professor professorin
foto fotos photos text texte texto tekst
nachrichten noticias notícias nyheter nyheder nieuws actualités notizie haberler новости uutiset
editorial editoriale éditorial board
kommentar leitartikel glosse commentaar commentary édito l'éditorial l'édito l'editoriale ein eine
l’éditorial l’édito l’editoriale nhóm
"""
# Words of job titles and their glue: a byline part made only of these is a role, not a name.
ROLE_WORDS = TITLE_WORDS | frozenset(_ROLE_TEXT.casefold().split())
# German compounds ending in a job title: "Politikredakteurin", "Wirtschaftskorrespondent".
_ROLE_SUFFIXES = (
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporter", "reporterin",
    "redaktion", "kolumnist", "kolumnistin", "journalistin", "redaktor", "redaktorin",
)  # fmt: skip


def is_role_word(word: str) -> bool:
    """A job title or its glue ("Redakteurin", "für", "Politikredakteurin"), not a name's."""
    w = word.casefold().strip(".")
    return w in ROLE_WORDS or is_job_word(w)


def is_job_word(word: str) -> bool:
    """A job title itself ("Redakteurin", "Politikredakteurin", "reporter"), no glue; also
    after a paper's or station's letters ("SZ-Autorin", "ORF-Korrespondentin")."""
    w = word.casefold().strip(".")
    if w.endswith("s") and w[:-1].endswith(_ROLE_SUFFIXES) and len(w) > 10:
        w = w[:-1]  # German's genitive: "des Chefredakteurs", "des Korrespondenten"
    if "-" in w and not w.endswith("-") and w not in TITLE_WORDS:  # not "editor-in-chief"
        w = w.rsplit("-", 1)[1]
        return w in TITLE_WORDS or w.endswith(_ROLE_SUFFIXES)
    return w in TITLE_WORDS or (len(w) > 10 and w.endswith(_ROLE_SUFFIXES))


# Lower-case words inside a name: "Ursula von der Leyen", "Juan de la Cruz", "Ahmed bin Ali",
# "Siti Aminah binti Yusof" (Malay: daughter of)
_PARTICLE_TEXT = (
    "von van der den de la le du da di del dos das do y bin binti ibn al el ter ten zu af av"
)
NAME_PARTICLES = frozenset(_PARTICLE_TEXT.split())


# Places a byline names after the writer with no "in"/"from" before them ("Ahmad Faizal, Kuala
# Lumpur", "Amit Verma, New Delhi", "Jan Novák, Hradec Králové"): two or more words, so they
# pass for a second name. A first word that opens place names and no person's name (also a
# German district's: "Landkreis Harburg, dpa", "Region Hannover", "Kreis Gütersloh") ...
_PLACE_LEAD_TEXT = """
new san santa santo são los las kuala kota bandar bad sankt st. nowy nowa nowe nový nová nové
navi greater нижний великий नई תל באר רמת קריית nizhny veliky
landkreis kreis region bezirk kanton gemeinde stadt
"""
PLACE_LEADS = frozenset(_PLACE_LEAD_TEXT.split())
# ... and whole names whose first word may open a person's name ("Hong", "Rio", "Shah").
_PLACE_NAME_TEXT = """
hong kong, rio de janeiro, tel aviv, dar es salaam, buenos aires, abu dhabi, shah alam,
johor bahru, petaling jaya, alor setar, hradec králové, české budějovice, karlovy vary,
ústí nad labem, zielona góra, belo horizonte, porto alegre, wiener neustadt, frankfurt am main,
cape town, port louis, mexico city, ho chi minh city, sri lanka, den haag, la paz
"""
PLACE_NAMES = frozenset(n.strip() for n in _PLACE_NAME_TEXT.split(",") if n.strip())


def is_place_name(part: str) -> bool:
    """ "Kuala Lumpur", "New Delhi", "नई दिल्ली", "Hong Kong": a place of several words."""
    words = part.split()
    if not 2 <= len(words) <= 4:
        return False
    if " ".join(words).casefold() in PLACE_NAMES:
        return True
    return words[0].casefold() in PLACE_LEADS and not words[1][:1].islower()
