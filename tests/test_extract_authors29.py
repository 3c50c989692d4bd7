"""Printed bylines on invented pages (issue 10, authors-29).

- A time stated against now after the names ("Jane Doe 12 hours ago", "Anna Muster vor 3
  Stunden", "王小明 3小时前", with its label: "Updated 3 hours ago"; "just now", "gerade
  eben"): the date, cut off; the writers before it stay (each gave no writer, or lost the
  second, before).
- A surname, then a known place in capitals and the date ("Okafor, LAGOS 3 March 2026"):
  where she filed from, no second writer.
- A name's suffix after a comma ("John Smith, III"): part of her name, no writer of its own.
- A reading time after the names ("Jane Doe 3 min read", "Anna Muster 3 Min. Lesezeit").
- An agency's material or the agency named with its generic word ("Mit Material von dpa",
  "Por João Silva, da Agência Lusa"): the agency credited, as "Quelle: dpa" is; so is
  "Keystone-ATS" in French and Italian, as "Keystone-SDA" is in German.
- "By" words of several words in Swedish, Arabic and Hebrew ("Skrivet av", "بواسطة",
  "נכתב על ידי"): no part of the name.
- Text and picture credits with no colon ("Teksti Matti Virtanen Kuvat Liisa Korhonen",
  "Text und Fotos Anna Muster") and Vietnamese "Bài và ảnh:": the writer alone.

Every name, paper, address and sentence here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

STORY = {
    "en": "The council decided on Tuesday to tear down the old bridge over the river and build a new one, with work due to start in the spring.",
    "de": "Die Gemeinde hat am Dienstag beschlossen, die alte Brücke über den Fluss abzureißen und neu zu bauen; die Arbeiten sollen im Frühjahr beginnen.",
    "fr": "Le conseil municipal a décidé mardi de démolir le vieux pont sur la rivière et d'en construire un nouveau, les travaux débutant au printemps.",
    "es": "El ayuntamiento decidió el martes derribar el viejo puente sobre el río y construir uno nuevo; las obras comenzarán en primavera.",
    "pt": "A câmara municipal decidiu na terça-feira demolir a velha ponte sobre o rio e construir uma nova; as obras começam na primavera.",
    "it": "Il consiglio comunale ha deciso martedì di demolire il vecchio ponte sul fiume e di costruirne uno nuovo; i lavori inizieranno in primavera.",
    "nl": "De gemeenteraad besloot dinsdag de oude brug over de rivier te slopen en een nieuwe te bouwen; de werkzaamheden beginnen in het voorjaar.",
    "pl": "Rada miasta postanowiła we wtorek rozebrać stary most na rzece i zbudować nowy; prace mają się rozpocząć wiosną przyszłego roku.",
    "cs": "Zastupitelstvo v úterý rozhodlo zbourat starý most přes řeku a postavit nový; práce mají začít na jaře příštího roku v létě.",
    "hu": "A városi tanács kedden úgy döntött, hogy lebontja a folyón átívelő régi hidat, és újat épít; a munkák tavasszal kezdődnek.",
    "ro": "Consiliul local a decis marți să demoleze vechiul pod de peste râu și să construiască unul nou; lucrările încep în primăvară.",
    "el": "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κατεδαφίσει την παλιά γέφυρα πάνω από το ποτάμι και να χτίσει μια καινούργια την άνοιξη.",
    "ru": "Городской совет во вторник решил снести старый мост через реку и построить новый; работы начнутся весной следующего года.",
    "uk": "Міська рада у вівторок вирішила знести старий міст через річку та збудувати новий; роботи розпочнуться навесні наступного року.",
    "tr": "Belediye meclisi salı günü nehir üzerindeki eski köprüyü yıkıp yenisini yapmaya karar verdi; çalışmalar gelecek baharda başlayacak.",
    "ar": "قرر المجلس البلدي يوم الثلاثاء هدم الجسر القديم فوق النهر وبناء جسر جديد، على أن تبدأ الأعمال في الربيع المقبل في المدينة.",
    "he": "מועצת העיר החליטה ביום שלישי להרוס את הגשר הישן מעל הנהר ולבנות גשר חדש, והעבודות יחלו באביב הבא בעיר כולה.",
    "zh": "市议会周二决定拆除河上的旧桥并建造一座新桥，工程将于明年春天开始，居民对此表示欢迎，认为新桥将改善交通状况。",
    "ja": "市議会は火曜日、川に架かる古い橋を取り壊して新しい橋を建設することを決めた。工事は来年の春に始まる予定で、住民は歓迎している。",
    "vi": "Hội đồng thành phố hôm thứ Ba đã quyết định phá bỏ cây cầu cũ bắc qua sông và xây một cây cầu mới, công trình sẽ bắt đầu vào mùa xuân.",
    "id": "Dewan kota memutuskan pada hari Selasa untuk membongkar jembatan tua di atas sungai dan membangun yang baru mulai musim depan.",
    "hi": "नगर परिषद ने मंगलवार को नदी पर बने पुराने पुल को गिराकर नया पुल बनाने का फैसला किया। काम अगले वसंत में शुरू होगा। निवासियों ने फैसले का स्वागत किया।",
    "th": "สภาเมืองมีมติเมื่อวันอังคารให้รื้อสะพานเก่าข้ามแม่น้ำและสร้างสะพานใหม่ โดยงานจะเริ่มในฤดูใบไม้ผลิปีหน้า ชาวบ้านต่างยินดีกับการตัดสินใจนี้",
    "sv": "Kommunfullmäktige beslutade på tisdagen att riva den gamla bron över ån och bygga en ny; arbetet ska börja nästa vår i staden.",
    "no": "Bystyret vedtok tirsdag å rive den gamle brua over elva og bygge en ny; arbeidet skal starte neste vår i hele byen.",
    "fi": "Kaupunginvaltuusto päätti tiistaina purkaa joen yli kulkevan vanhan sillan ja rakentaa uuden; työt alkavat ensi keväänä kaupungissa.",
}
URL = "https://www.example-courier.test/news/a-new-bridge-4711.html"


def _page(lang: str, line: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1>{line}"
        f"<div class='text'>{f'<p>{STORY[lang]}</p>' * 3}</div></article></main></body></html>"
    )


def _authors(lang: str, byline: str) -> list[str]:
    return extract_article(_page(lang, f"<div class='byline'>{byline}</div>"), URL).authors


# A time stated against now after the names: the date (each gave no writer, or one of two)
RELATIVE_DATES = [
    ("en", "Jane Doe 12 hours ago", ["Jane Doe"]),
    ("en", "Jane Doe an hour ago", ["Jane Doe"]),
    ("en", "Ali Reza Ramadan 12 hours ago", ["Ali Reza Ramadan"]),
    ("en", "Jane Doe, Tom Kay 2 hours ago", ["Jane Doe", "Tom Kay"]),
    ("de", "Anna Muster vor 3 Stunden", ["Anna Muster"]),
    ("de", "Anna Muster vor einer Stunde", ["Anna Muster"]),
    ("de", "Von Anna Muster Aktualisiert vor 3 Stunden", ["Anna Muster"]),
    ("de", "Anna Muster und Peter Bild vor 1 Stunde", ["Anna Muster", "Peter Bild"]),
    ("es", "Juan García hace 3 horas", ["Juan García"]),
    ("pt", "Por João Silva há 3 horas", ["João Silva"]),
    ("it", "di Mario Rossi 3 ore fa", ["Mario Rossi"]),
    ("nl", "Jan de Vries 3 uur geleden", ["Jan de Vries"]),
    ("pl", "Jan Kowalski 3 godziny temu", ["Jan Kowalski"]),
    ("cs", "Jan Novák před 3 hodinami", ["Jan Novák"]),
    ("hu", "Nagy Péter 3 órája", ["Nagy Péter"]),
    ("ro", "Ion Popescu acum 3 ore", ["Ion Popescu"]),
    ("el", "Γιώργος Παπαδόπουλος πριν από 3 ώρες", ["Γιώργος Παπαδόπουλος"]),
    ("ru", "Иван Петров 3 часа назад", ["Иван Петров"]),
    ("uk", "Олена Коваленко 2 години тому", ["Олена Коваленко"]),
    ("tr", "Ahmet Yılmaz 3 saat önce", ["Ahmet Yılmaz"]),
    ("ar", "أحمد علي منذ 3 ساعات", ["أحمد علي"]),
    ("he", "דנה כהן לפני 3 שעות", ["דנה כהן"]),
    ("zh", "王小明 3小时前", ["王小明"]),
    ("ja", "山田太郎 3時間前", ["山田太郎"]),
    ("vi", "Nguyễn Văn An 3 giờ trước", ["Nguyễn Văn An"]),
    ("id", "Budi Santoso 3 jam lalu", ["Budi Santoso"]),
    ("hi", "राम शर्मा 3 घंटे पहले", ["राम शर्मा"]),
    ("th", "สมชาย ใจดี 3 ชั่วโมงที่แล้ว", ["สมชาย ใจดี"]),
    # "just now" in place of the time
    ("en", "Jane Doe Just now", ["Jane Doe"]),
    ("de", "Anna Muster gerade eben", ["Anna Muster"]),
    ("fr", "Marie Dupont à l'instant", ["Marie Dupont"]),
    ("ru", "Иван Петров только что", ["Иван Петров"]),
    ("zh", "王小明 刚刚", ["王小明"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), RELATIVE_DATES)
def test_a_time_stated_against_now_after_the_names_is_the_date(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# The same line under the headline with no byline's class: a name, then the date
@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("de", "Anna Muster vor 3 Stunden", ["Anna Muster"]),
        ("fr", "Marie Dupont il y a 2 heures", ["Marie Dupont"]),
        ("ru", "Иван Петров 3 часа назад", ["Иван Петров"]),
    ],
)
def test_a_name_and_a_relative_date_under_the_headline_is_the_writer(
    lang: str, line: str, expected: list[str]
) -> None:
    assert extract_article(_page(lang, f"<p>{line}</p>"), URL).authors == expected


# A surname, a place in capitals, the date; a name's suffix after a comma; a reading time
SHAPES = [
    ("en", "Jane Doe 3 min read", ["Jane Doe"]),
    ("de", "Anna Muster 3 Min. Lesezeit", ["Anna Muster"]),
    ("en", "Okafor, LAGOS 3 March 2026", ["Okafor"]),
    ("en", "John Smith, III", ["John Smith"]),
    ("en", "By John Smith, III, and Tom Kay", ["John Smith", "Tom Kay"]),
    ("en", "John Smith, II and Tom Kay", ["John Smith", "Tom Kay"]),
    ("en", "John Smith, IV, 3 March 2026", ["John Smith"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), SHAPES)
def test_a_dateline_place_a_suffix_or_a_reading_time_is_no_writer(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# The agency credited, as "Quelle: dpa" and "Jane Doe, AFP" are
AGENCIES = [
    ("de", "Mit Material von dpa", ["dpa"]),
    ("de", "Mit Material von dpa und AFP", ["dpa", "AFP"]),
    ("pt", "Por João Silva, da Agência Lusa", ["João Silva", "Lusa"]),
    ("fr", "Marie Dupont, de l'agence Belga", ["Marie Dupont", "Belga"]),
    ("es", "Juan García, de la agencia EFE", ["Juan García", "EFE"]),
    # Switzerland's agency in French and Italian, kept as "Keystone-SDA" is in German
    ("fr", "Marie Dupont (Keystone-ATS)", ["Marie Dupont", "Keystone-ATS"]),
    ("it", "di Mario Rossi, Keystone-ATS", ["Mario Rossi", "Keystone-ATS"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), AGENCIES)
def test_an_agencys_material_credits_the_agency(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# "By" words of several words; text and picture credits with no colon
LEADS_AND_CREDITS = [
    ("sv", "Skrivet av Anna Svensson", ["Anna Svensson"]),
    ("ar", "بواسطة أحمد علي", ["أحمد علي"]),
    ("he", "נכתב על ידי דנה כהן", ["דנה כהן"]),
    ("vi", "Bài và ảnh: Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("fi", "Teksti Matti Virtanen Kuvat Liisa Korhonen", ["Matti Virtanen"]),
    ("fi", "Teksti ja kuvat Matti Virtanen", ["Matti Virtanen"]),
    ("de", "Text Anna Muster Fotos Peter Bild", ["Anna Muster"]),
    ("de", "Text Anna Muster, Fotos Peter Bild", ["Anna Muster"]),
    ("de", "Text und Fotos Anna Muster", ["Anna Muster"]),
    ("sv", "Text Anna Svensson Foto Erik Berg", ["Anna Svensson"]),
    ("es", "Texto Juan García Fotos Ana López", ["Juan García"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), LEADS_AND_CREDITS)
def test_by_words_and_picture_credits_leave_the_writer(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# What the rules above must leave as it was: a relative date its label or "for" word opens
# (read before), a place after "de", a suffix with no comma, a picture credit in brackets
KEPT = [
    ("en", "By Jane Doe Updated 3 hours ago", ["Jane Doe"]),
    ("fr", "Marie Dupont il y a 2 heures", ["Marie Dupont"]),
    ("sv", "Anna Svensson för 2 timmar sedan", ["Anna Svensson"]),
    ("no", "Kari Nordmann for 2 timer siden", ["Kari Nordmann"]),
    ("pt", "Por João Silva, de São Paulo", ["João Silva"]),
    ("fr", "Par Marie Dupont, de Lyon", ["Marie Dupont"]),
    ("en", "By John Smith III", ["John Smith III"]),
    ("de", "Anna Muster (Text), Peter Bild (Fotos)", ["Anna Muster"]),
    ("en", "By Anna Bennet", ["Anna Bennet"]),  # no "net" ("just now" in Dutch) cut off
    ("id", "Editor Siti Aminah", ["Siti Aminah"]),  # an editor's word is no picture credit
    # a text word that is a given name, with no picture credit after it: the writer's own
    ("tr", "Metin Yılmaz", ["Metin Yılmaz"]),
    ("tr", "Metin Kaya ve Ahmet Demir", ["Metin Kaya", "Ahmet Demir"]),
    ("tr", "Metin Kaya Fotoğraf Ali Demir", ["Metin Kaya"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), KEPT)
def test_names_beside_these_shapes_stay(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected
