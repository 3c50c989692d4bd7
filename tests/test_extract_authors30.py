"""Printed bylines on invented pages (issue 10, authors-30).

- A date label's word that is the name's own last word, right before a relative time ("John
  Birt 2 hours ago": Icelandic "birt", published; "Nguyễn Văn Đăng 2 giờ trước": "đăng",
  posted): the relative time goes, the name stays whole (each lost its last word before).
- "Just now" after a Korean name alone ("김철수 방금", "김철수 방금 전") and a relative time
  after one ("김철수 3시간 전"); Chinese "刚才", Japanese "今さっき" (whole line, or no writer).
- An agency credited in lower case ("de l'agence France-Presse", "avec l'AFP", "de la agencia
  EFE", "dell'agenzia ANSA"): read as its capitalised credit is ("Agence France-Presse",
  "Agencia EFE": the agency kept beside the writer, as "Jane Doe, AFP" is, or alone).
- "Surname, GIVEN" then the date with no dash, comma or colon ("Smith, JORDAN 3 March 2026"):
  a given name in capitals that is a place too is hers (was dropped as a dateline's place).
- A relative time between two writers ("Jane Doe 12 hours ago, Tom Kay"): both (the second
  was lost).
- An editor's credit beside the writer's in more languages ("Autor: Jan Kowalski, Redakcja:
  Anna Nowak", "Автор: ..., редактор: ...", "Edición:", "Urednik:"): the writer alone; a
  photographer's ("Fotografer:"), "by" after the names (Hindi "द्वारा"), Tagalog "Isinulat
  ni", Tamil "எழுதியவர்:"; an agency's information after the writer ("con información de
  EFE", "com informações da Lusa"): the agency credited beside her.

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
    "vi": "Hội đồng thành phố hôm thứ Ba đã quyết định phá bỏ cây cầu cũ bắc qua sông và xây một cây cầu mới, công trình sẽ bắt đầu vào mùa xuân.",
    "ko": "시의회는 화요일 강 위의 낡은 다리를 철거하고 새 다리를 건설하기로 결정했다. 공사는 내년 봄에 시작될 예정이며 주민들은 이 결정을 환영했다.",
    "zh": "市议会周二决定拆除河上的旧桥并建造一座新桥，工程将于明年春天开始，居民对此表示欢迎，认为新桥将改善交通状况。",
    "ja": "市議会は火曜日、川に架かる古い橋を取り壊して新しい橋を建設することを決めた。工事は来年の春に始まる予定で、住民は歓迎している。",
    "pl": "Rada miasta postanowiła we wtorek rozebrać stary most na rzece i zbudować nowy; prace mają się rozpocząć wiosną przyszłego roku.",
    "cs": "Zastupitelstvo v úterý rozhodlo zbourat starý most přes řeku a postavit nový; práce mají začít na jaře příštího roku v létě.",
    "hu": "A városi tanács kedden úgy döntött, hogy lebontja a folyón átívelő régi hidat, és újat épít; a munkák tavasszal kezdődnek.",
    "ro": "Consiliul local a decis marți să demoleze vechiul pod de peste râu și să construiască unul nou; lucrările încep în primăvară.",
    "ru": "Городской совет во вторник решил снести старый мост через реку и построить новый; работы начнутся весной следующего года.",
    "uk": "Міська рада у вівторок вирішила знести старий міст через річку та збудувати новий; роботи розпочнуться навесні наступного року.",
    "hr": "Gradsko vijeće u utorak je odlučilo srušiti stari most preko rijeke i izgraditi novi; radovi počinju na proljeće sljedeće godine.",
    "lt": "Miesto taryba antradienį nusprendė nugriauti seną tiltą per upę ir pastatyti naują; darbai prasidės kitą pavasarį mieste.",
    "id": "Dewan kota memutuskan pada hari Selasa untuk membongkar jembatan tua di atas sungai dan membangun yang baru mulai musim depan.",
    "hi": "नगर परिषद ने मंगलवार को नदी पर बने पुराने पुल को गिराकर नया पुल बनाने का फैसला किया। काम अगले वसंत में शुरू होगा। निवासियों ने फैसले का स्वागत किया।",
    "tl": "Nagpasya ang konseho ng lungsod noong Martes na gibain ang lumang tulay sa ilog at magtayo ng bago; magsisimula ang trabaho sa susunod na taon.",
    "ta": "நகர சபை செவ்வாய்க்கிழமை ஆற்றின் மேல் உள்ள பழைய பாலத்தை இடித்து புதிய பாலம் கட்ட முடிவு செய்தது. பணிகள் அடுத்த வசந்தத்தில் தொடங்கும்.",
    "el": "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κατεδαφίσει την παλιά γέφυρα πάνω από το ποτάμι και να χτίσει μια καινούργια την άνοιξη.",
    "he": "מועצת העיר החליטה ביום שלישי להרוס את הגשר הישן מעל הנהר ולבנות גשר חדש, והעבודות יחלו באביב הבא בעיר כולה.",
    "ar": "قرر المجلس البلدي يوم الثلاثاء هدم الجسر القديم فوق النهر وبناء جسر جديد، على أن تبدأ الأعمال في الربيع المقبل في المدينة.",
    "th": "สภาเมืองมีมติเมื่อวันอังคารให้รื้อสะพานเก่าข้ามแม่น้ำและสร้างสะพานใหม่ โดยงานจะเริ่มในฤดูใบไม้ผลิปีหน้า ชาวบ้านต่างยินดีกับการตัดสินใจนี้",
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


# A label's word that is the name's last word: the relative time goes, the name stays
LABEL_NAMES = [
    ("en", "John Birt 2 hours ago", ["John Birt"]),
    ("en", "By John Birt 2 hours ago", ["John Birt"]),
    ("en", "John Birt, 2 hours ago", ["John Birt"]),
    ("en", "Mary Jane Birt 2 hours ago", ["Mary Jane Birt"]),
    ("vi", "Nguyễn Văn Đăng 2 giờ trước", ["Nguyễn Văn Đăng"]),
    ("vi", "Trần Thị Đăng 3 giờ trước", ["Trần Thị Đăng"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), LABEL_NAMES)
def test_a_label_word_that_ends_the_name_stays(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected


# "Just now" and a relative time after a name of one word with no space
ONE_WORD_NAMES = [
    ("ko", "김철수 방금", ["김철수"]),
    ("ko", "김철수 방금 전", ["김철수"]),
    ("ko", "김철수 3시간 전", ["김철수"]),
    ("zh", "王小明 刚才", ["王小明"]),
    ("zh", "王小明 剛剛", ["王小明"]),
    ("ja", "山田太郎 今さっき", ["山田太郎"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), ONE_WORD_NAMES)
def test_just_now_after_a_one_word_name_is_the_date(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# An agency credited in lower case, read as its capitalised credit is
AGENCIES = [
    ("fr", "de l'agence France-Presse", ["Agence France-Presse"]),
    ("fr", "Marie Dupont, de l'agence France-Presse", ["Marie Dupont", "Agence France-Presse"]),
    ("fr", "Marie Dupont avec l'AFP", ["Marie Dupont", "AFP"]),
    ("fr", "Avec AFP", ["AFP"]),
    ("de", "Mit dpa", ["dpa"]),
    ("es", "de la agencia EFE", ["EFE"]),
    ("it", "dell'agenzia ANSA", ["ANSA"]),
    ("it", "Mario Rossi, dell'agenzia ANSA", ["Mario Rossi", "ANSA"]),
    ("it", "Mario Rossi, dell’agenzia ANSA", ["Mario Rossi", "ANSA"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), AGENCIES)
def test_an_agency_credited_in_lower_case_is_the_agency(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# "Surname, GIVEN" and the date with no mark: a given name that is a place too is hers
SURNAME_GIVEN = [
    ("en", "Smith, JORDAN 3 March 2026", ["JORDAN Smith"]),
    ("en", "Smith, GEORGIA 3 March 2026", ["GEORGIA Smith"]),
    ("en", "Smith, FLORENCE 3 March 2026", ["FLORENCE Smith"]),
    ("en", "Smith, CHAD 3 March 2026", ["CHAD Smith"]),
    ("en", "Smith, ISRAEL 3 March 2026", ["ISRAEL Smith"]),
    ("en", "Smith, VICTORIA 3 March 2026", ["VICTORIA Smith"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), SURNAME_GIVEN)
def test_a_given_name_in_capitals_after_a_surname_is_hers(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# A relative time between two writers ends no list
BETWEEN = [
    ("en", "Jane Doe 12 hours ago, Tom Kay", ["Jane Doe", "Tom Kay"]),
    ("en", "Jane Doe 12 hours ago and Tom Kay", ["Jane Doe", "Tom Kay"]),
    ("en", "Jane Doe 12 hours ago · Tom Kay 3 hours ago", ["Jane Doe", "Tom Kay"]),
    ("en", "Jane Doe Just now, Tom Kay", ["Jane Doe", "Tom Kay"]),
    ("en", "Jane Doe 12 hours ago, Updated 3 hours ago", ["Jane Doe"]),
    ("de", "Anna Muster vor 3 Stunden, Peter Bild", ["Anna Muster", "Peter Bild"]),
    ("fr", "Marie Dupont il y a 2 heures et Paul Durand", ["Marie Dupont", "Paul Durand"]),
    ("fr", "Marie Dupont à l'instant, Paul Durand", ["Marie Dupont", "Paul Durand"]),
    ("es", "Juan García hace 3 horas y Ana López", ["Juan García", "Ana López"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), BETWEEN)
def test_a_relative_time_between_writers_keeps_both(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# What the rules above must leave as it was: a label not the name's, a dateline's place
# closed by a mark or a correspondent's post, an agency beside the writer, a date at the end
KEPT = [
    ("en", "Jane Doe Updated 2 hours ago", ["Jane Doe"]),
    ("de", "Anna Muster Aktualisiert vor 2 Stunden", ["Anna Muster"]),
    ("vi", "Nguyễn Văn An Đăng 3 giờ trước", ["Nguyễn Văn An"]),
    ("vi", "Nguyễn Văn An - Đăng 3 giờ trước", ["Nguyễn Văn An"]),
    ("en", "Okafor, LAGOS 3 March 2026", ["Okafor"]),
    ("en", "Smith, JORDAN — 3 March 2026", ["Smith"]),
    ("en", "Smith, JORDAN, 3 March 2026", ["Smith"]),
    ("en", "Smith, JORDAN: 3 March 2026", ["Smith"]),
    ("en", "Smith, PARIS 3 March 2026", ["Smith"]),
    ("en", "By Jane Doe, JORDAN 3 March 2026", ["Jane Doe"]),
    ("en", "Jane Doe 12 hours ago, 3 min read", ["Jane Doe"]),
    ("ko", "김철수 기자 방금", ["김철수"]),
    ("fr", "Marie Dupont (avec AFP)", ["Marie Dupont", "AFP"]),
    ("pt", "da agência Lusa", ["Lusa"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), KEPT)
def test_names_beside_these_shapes_stay(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected


# An editor's or photographer's credit beside the writer's, "by" after the names or of two
# words, the label before the name, an agency's information: the writer (and the agency)
CREDITS = [
    ("pl", "Autor: Jan Kowalski, Redakcja: Anna Nowak", ["Jan Kowalski"]),
    ("pl", "Autor: Jan Kowalski Redaktor: Anna Nowak", ["Jan Kowalski"]),
    ("pl", "Redakcja: Anna Nowak | Autor: Jan Kowalski", ["Jan Kowalski"]),
    ("ru", "Автор: Иван Петров. Редактор: Анна Смирнова", ["Иван Петров"]),
    ("ru", "Автор: Иван Петров, Редактор: Анна Смирнова", ["Иван Петров"]),
    ("uk", "Автор: Олена Коваленко, редактор: Іван Петренко", ["Олена Коваленко"]),
    ("hu", "Szerkesztő: Kiss Anna, Szerző: Nagy Péter", ["Nagy Péter"]),
    ("hr", "Autor: Ivan Horvat, Urednik: Ana Kovač", ["Ivan Horvat"]),
    ("lt", "Autorius: Jonas Jonaitis, redaktorė: Ona Jonaitienė", ["Jonas Jonaitis"]),
    ("es", "Texto: Juan García. Edición: Ana López", ["Juan García"]),
    ("pt", "Texto: João Silva | Edição: Maria Souza", ["João Silva"]),
    ("id", "Penulis: Budi Santoso | Fotografer: Andi Wijaya", ["Budi Santoso"]),
    ("hi", "राम शर्मा द्वारा", ["राम शर्मा"]),
    ("tl", "Isinulat ni Juan dela Cruz", ["Juan dela Cruz"]),
    ("ta", "எழுதியவர்: முருகன் சுப்பிரமணியம்", ["முருகன் சுப்பிரமணியம்"]),
    ("es", "Por Juan García, con información de EFE", ["Juan García", "EFE"]),
    ("es", "Juan García con información de EFE", ["Juan García", "EFE"]),
    ("pt", "Por João Silva, com informações da Lusa", ["João Silva", "Lusa"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), CREDITS)
def test_the_writer_beside_other_credits_in_more_languages(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# Bylines in these languages read right before and after the rules above (guards)
LANGUAGE_GUARDS = [
    ("pl", "Autor: Jan Kowalski", ["Jan Kowalski"]),
    ("cs", "Autor: Jan Novák", ["Jan Novák"]),
    ("ro", "de Ion Popescu și Maria Ionescu", ["Ion Popescu", "Maria Ionescu"]),
    ("hu", "Szerző: Nagy Péter", ["Nagy Péter"]),
    ("id", "Penulis: Budi Santoso | Editor: Siti Aminah", ["Budi Santoso"]),
    ("id", "Reporter: Budi Santoso Editor: Siti Aminah", ["Budi Santoso"]),
    ("en", "Writer: Jane Doe | Editor: Tom Kay", ["Jane Doe"]),
    ("el", "Του Γιώργου Παπαδόπουλου", ["Γιώργου Παπαδόπουλου"]),
    ("el", "Επιμέλεια: Μαρία Νικολάου", ["Μαρία Νικολάου"]),
    ("he", "מאת דנה כהן", ["דנה כהן"]),
    ("ar", "بقلم أحمد علي", ["أحمد علي"]),
    ("ar", "تحرير: أحمد علي", ["أحمد علي"]),
    ("hi", "लेखक: राम शर्मा", ["राम शर्मा"]),
    ("th", "โดย สมชาย ใจดี", ["สมชาย ใจดี"]),
    ("uk", "Автор: Олена Коваленко", ["Олена Коваленко"]),
    ("pl", "Tekst i zdjęcia: Jan Kowalski", ["Jan Kowalski"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), LANGUAGE_GUARDS)
def test_bylines_in_more_languages_stay_read(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected
