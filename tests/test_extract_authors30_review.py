"""Printed bylines on invented pages: where the authors-30 rules reached too far (review).

- An editor's credit with no other writer named ("Redaktor: Jan Kowalski" alone): in Polish,
  Czech, Slovak, Russian, Ukrainian, Bulgarian, Hungarian, Croatian, Serbian, Slovene and
  Estonian the word commonly names the newsroom's journalist, so the name is the writer's
  (authors-30 gave no author); beside a named writer it stays her editor's credit. Where the
  word means editing alone ("Edición:", "Eindredactie:", "Redaktorius:") a bare credit still
  gives none. A writer's and an editor's label joined ("Автор/редактор:", "Autor i
  redaktor:") is the writer's label (gave none, or the label as a name).
- "Surname, GIVEN 3 March 2026" read as her given name: not after an agency ("Bloomberg,
  JORDAN", "AP, JORDAN": where it filed from), not where the story names the place ("Smith,
  HOUSTON" over a story from Houston).
- A relative time between writers: a section's words after it are no second writer ("Jane
  Doe 12 hours ago, Middle East"); "Jane Doe Just now, Politics": the name alone.
- A one-word Korean label or section before a relative time or "just now" is no name ("입력
  3시간 전", "수정 방금", "사회 3시간 전", "정치부 방금"; a Korean name is a surname's syllable and
  two more), nor is a CJK date label ("更新 刚才").
- A date label's word kept as the name's last word where the markup's language is a CMS's
  default and the words' language reads it as the label ("Jón Jónsson Birt fyrir 2
  klukkustundum" under lang="en").

Every name, paper, address and sentence here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

STORY = {
    "en": "The council decided on Tuesday to tear down the old bridge over the river and build a new one, with work due to start in the spring.",
    "pl": "Rada miasta postanowiła we wtorek rozebrać stary most na rzece i zbudować nowy; prace mają się rozpocząć wiosną przyszłego roku.",
    "cs": "Zastupitelstvo v úterý rozhodlo zbourat starý most přes řeku a postavit nový; práce mají začít na jaře příštího roku v létě.",
    "sk": "Mestské zastupiteľstvo v utorok rozhodlo zbúrať starý most cez rieku a postaviť nový; práce sa majú začať na jar budúceho roka.",
    "ru": "Городской совет во вторник решил снести старый мост через реку и построить новый; работы начнутся весной следующего года.",
    "uk": "Міська рада у вівторок вирішила знести старий міст через річку та збудувати новий; роботи розпочнуться навесні наступного року.",
    "bg": "Общинският съвет реши във вторник да събори стария мост над реката и да построи нов; работите ще започнат през пролетта.",
    "hu": "A városi tanács kedden úgy döntött, hogy lebontja a folyón átívelő régi hidat, és újat épít; a munkák tavasszal kezdődnek.",
    "hr": "Gradsko vijeće u utorak je odlučilo srušiti stari most preko rijeke i izgraditi novi; radovi počinju na proljeće sljedeće godine.",
    "sr": "Gradsko veće je u utorak odlučilo da sruši stari most preko reke i izgradi novi; radovi počinju na proleće sledeće godine.",
    "sl": "Mestni svet je v torek sklenil porušiti stari most čez reko in zgraditi novega; dela se bodo začela spomladi prihodnje leto.",
    "et": "Linnavolikogu otsustas teisipäeval lammutada vana silla üle jõe ja ehitada uue; tööd algavad järgmisel kevadel linnas.",
    "lt": "Miesto taryba antradienį nusprendė nugriauti seną tiltą per upę ir pastatyti naują; darbai prasidės kitą pavasarį mieste.",
    "es": "El ayuntamiento decidió el martes derribar el viejo puente sobre el río y construir uno nuevo; las obras comenzarán en primavera.",
    "nl": "De gemeenteraad besloot dinsdag de oude brug over de rivier af te breken en een nieuwe te bouwen; het werk begint in het voorjaar.",
    "de": "Die Gemeinde hat am Dienstag beschlossen, die alte Brücke über den Fluss abzureißen und neu zu bauen; die Arbeiten sollen im Frühjahr beginnen.",
    "fr": "Le conseil municipal a décidé mardi de démolir le vieux pont sur la rivière et d'en construire un nouveau, les travaux débutant au printemps.",
    "ko": "시의회는 화요일 강 위의 낡은 다리를 철거하고 새 다리를 건설하기로 결정했다. 공사는 내년 봄에 시작될 예정이며 주민들은 이 결정을 환영했다.",
    "zh": "市议会周二决定拆除河上的旧桥并建造一座新桥，工程将于明年春天开始，居民对此表示欢迎，认为新桥将改善交通状况。",
    "ja": "市議会は火曜日、川に架かる古い橋を取り壊して新しい橋を建設することを決めた。工事は来年の春に始まる予定で、住民は歓迎している。",
    "is": "Borgarstjórn ákvað á þriðjudag að rífa gömlu brúna yfir ána og byggja nýja; framkvæmdir eiga að hefjast næsta vor í bænum.",
}
URL = "https://www.example-courier.test/news/a-new-bridge-4711.html"


def _authors(lang: str, byline: str, story: str = "", markup: str = "") -> list[str]:
    text = story or STORY[lang]
    page = (
        f"<html lang='{markup or lang}'><head><title>A new bridge</title></head><body><main>"
        f"<article><h1>A new bridge</h1><div class='byline'>{byline}</div>"
        f"<div class='text'>{f'<p>{text}</p>' * 3}</div></article></main></body></html>"
    )
    return extract_article(page, URL).authors


# An editor's credit alone whose word commonly names the reporter: the writer
REPORTER_CREDITS = [
    ("pl", "Redaktor: Jan Kowalski", ["Jan Kowalski"]),
    ("pl", "Redaktorka: Anna Nowak", ["Anna Nowak"]),
    ("pl", "Redakcja: Jan Kowalski", ["Jan Kowalski"]),
    ("pl", "Redakcja: Jan Kowalski, Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
    ("cs", "Redaktor: Jan Novák", ["Jan Novák"]),
    ("sk", "Redaktor: Ján Novák", ["Ján Novák"]),
    ("ru", "Редактор: Иван Петров", ["Иван Петров"]),
    ("uk", "Редакторка: Олена Коваленко", ["Олена Коваленко"]),
    ("bg", "Редактор: Иван Петров", ["Иван Петров"]),
    ("hu", "Szerkesztő: Kiss Anna", ["Kiss Anna"]),
    ("hr", "Urednik: Ivan Horvat", ["Ivan Horvat"]),
    ("sr", "Уредник: Марко Марковић", ["Марко Марковић"]),
    ("sl", "Urednica: Ana Novak", ["Ana Novak"]),
    ("et", "Toimetaja: Mari Tamm", ["Mari Tamm"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), REPORTER_CREDITS)
def test_a_reporters_editor_credit_alone_is_the_writer(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# A writer's and an editor's label joined: the writer's label
WRITER_AND_EDITOR = [
    ("ru", "Автор/редактор: Иван Петров", ["Иван Петров"]),
    ("ru", "Автор и редактор: Иван Петров", ["Иван Петров"]),
    ("uk", "Автор/редактор: Іван Петренко", ["Іван Петренко"]),
    ("pl", "Autor i redaktor: Jan Kowalski", ["Jan Kowalski"]),
    ("pl", "Redaktor/autor: Jan Kowalski", ["Jan Kowalski"]),
    ("hr", "Autor/urednik: Ivan Horvat", ["Ivan Horvat"]),
    ("cs", "Autor/editor: Jan Novák", ["Jan Novák"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), WRITER_AND_EDITOR)
def test_a_writers_and_editors_label_joined_is_the_writers(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# What stays: the editor beside a named writer, in one line or two; a credit meaning editing
EDITOR_KEPT_OUT = [
    ("pl", "Autor: Jan Kowalski, Redakcja: Anna Nowak", ["Jan Kowalski"]),
    ("pl", "Autor: Jan Kowalski</div><div class='byline'>Redaktor: Anna Nowak", ["Jan Kowalski"]),
    ("ru", "Автор: Иван Петров, редактор: Анна Смирнова", ["Иван Петров"]),
    ("es", "Edición: Ana López", []),
    ("nl", "Eindredactie: Jan de Vries", []),
    ("lt", "Redaktorius: Jonas Jonaitis", []),
    ("en", "Editor: Tom Kay", []),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), EDITOR_KEPT_OUT)
def test_an_editor_beside_a_writer_or_editing_alone_is_no_author(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# "Word, PLACE 3 March 2026": an agency's dateline, a place the story names
AGENCY_OR_PLACE = [
    ("en", "Bloomberg, JORDAN 3 March 2026", ["Bloomberg"]),
    ("en", "dpa, JORDAN 3 March 2026", ["dpa"]),
    ("en", "AP, JORDAN 3 March 2026", ["AP"]),
    ("en", "AFP, GEORGIA 3 March 2026", ["AFP"]),
    ("en", "Reuters, LONDON 3 March 2026", ["Reuters"]),
    ("de", "Von Müller, BERLIN 3. März 2026", ["Müller"]),
    ("de", "Müller, BERLIN – 3. März 2026", ["Müller"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), AGENCY_OR_PLACE)
def test_an_agency_or_surname_then_a_place_in_capitals(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


HOUSTON = "The city council in Houston decided on Tuesday to tear down the old bridge over the bayou and build a new one, with work due in spring."
JORDAN = "The government of Jordan decided on Tuesday to tear down the old bridge over the river and build a new one, with work due in spring."


@pytest.mark.parametrize(
    ("byline", "story", "expected"),
    [
        ("Smith, HOUSTON 3 March 2026", HOUSTON, ["Smith"]),
        ("Smith, JORDAN 3 March 2026", JORDAN, ["Smith"]),
        ("Smith, JORDAN 3 March 2026", HOUSTON, ["JORDAN Smith"]),
    ],
)
def test_a_capital_word_the_story_names_as_a_place_is_the_dateline(
    byline: str, story: str, expected: list[str]
) -> None:
    assert _authors("en", byline, story) == expected


# A relative time, then a section's words: no second writer
SECTION_AFTER = [
    ("en", "Jane Doe 12 hours ago, Middle East", ["Jane Doe"]),
    ("en", "Jane Doe 12 hours ago, Premier League", ["Jane Doe"]),
    ("en", "Jane Doe 12 hours ago, Real Estate", ["Jane Doe"]),
    ("en", "Jane Doe 2 hours ago, Opinion Columnist", ["Jane Doe"]),
    ("en", "Jane Doe 12 hours ago, Local News", ["Jane Doe"]),
    ("en", "Jane Doe 12 hours ago, Politics", ["Jane Doe"]),
    ("en", "Jane Doe 2 hours ago, 5 min read", ["Jane Doe"]),
    ("en", "Jane Doe Just now, Politics", ["Jane Doe"]),
    ("de", "Anna Muster vor 3 Stunden, Rhein Main", ["Anna Muster"]),
    ("en", "Jane Doe 12 hours ago, Tom Kay", ["Jane Doe", "Tom Kay"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), SECTION_AFTER)
def test_a_section_after_a_relative_time_is_no_writer(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# The words' language reads the label where the markup's is a CMS's default
@pytest.mark.parametrize(
    ("lang", "markup", "byline", "expected"),
    [
        ("is", "en", "Jón Jónsson Birt fyrir 2 klukkustundum", ["Jón Jónsson"]),
        ("is", "is", "Jón Jónsson Birt fyrir 2 klukkustundum", ["Jón Jónsson"]),
        ("en", "en", "John Birt 2 hours ago", ["John Birt"]),
        ("de", "en", "John Birt vor 2 Stunden", ["John Birt"]),
    ],
)
def test_a_label_in_the_words_language_is_no_name(
    lang: str, markup: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline, markup=markup) == expected


# A one-word label or section before a relative time in Korean, Chinese, Japanese: no name
ONE_WORD_LABELS = [
    ("ko", "입력 3시간 전", []),
    ("ko", "등록 2시간 전", []),
    ("ko", "업데이트 3시간 전", []),
    ("ko", "최종수정 3시간 전", []),
    ("ko", "사회 3시간 전", []),
    ("ko", "수정 방금", []),
    ("ko", "속보 방금", []),
    ("ko", "정치 방금 전", []),
    ("ko", "정치부 방금", []),
    ("zh", "更新 刚才", []),
    ("ja", "更新 今さっき", []),
    ("ko", "김철수 3시간 전", ["김철수"]),
    ("ko", "김철수 방금", ["김철수"]),
    ("ko", "남궁민수 방금", ["남궁민수"]),
    ("ko", "김철수 기자 3시간 전", ["김철수"]),
    ("zh", "王小明 刚才", ["王小明"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), ONE_WORD_LABELS)
def test_a_one_word_label_before_a_relative_time_is_no_name(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected
