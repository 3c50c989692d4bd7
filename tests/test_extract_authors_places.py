"""Bylines as the unseen set's languages print them, beyond the name: a place of several
words after it ("Ahmad Faizal, Kuala Lumpur") or before the agency, a date before or after the
names ("李佩珊 2026/12/02" after "文", "Иван Петров 2 декабря 2026"), a wire's dispatch
("中央社記者吳佳穎台北2日電", Xinhua's reporters in brackets), a desk ("ARD-Studio Kairo"), labels
("Autor/in:", "撰文"), an agency after "and" ("Jan Novák a ČTK"), the site's name spelt with
accents its host leaves out; and lines with no "by" word or markup ("Jan Novák, ČTK"), with
guards against pictures' credits and kickers. Invented names, papers and markup."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Ahmad Faizal, Kuala Lumpur", ["Ahmad Faizal"], id="ms-kuala-lumpur"),
        pytest.param("Oleh Siti Aminah, Kota Kinabalu", ["Siti Aminah"], id="ms-kota"),
        pytest.param("By Amit Verma, New Delhi", ["Amit Verma"], id="en-in-new-delhi"),
        pytest.param("Written by Priya Nair | New Delhi |", ["Priya Nair"], id="en-in-bar"),
        pytest.param("अमित वर्मा, नई दिल्ली", ["अमित वर्मा"], id="hi-nayi-dilli"),
        pytest.param("Jan Novák, Hradec Králové", ["Jan Novák"], id="cs-listed"),
        pytest.param("Anna Kowalska, Nowy Sącz", ["Anna Kowalska"], id="pl-nowy"),
        pytest.param("Por Carlos Lima, São Paulo", ["Carlos Lima"], id="pt-sao"),
        pytest.param("Fernanda Alves, Rio de Janeiro", ["Fernanda Alves"], id="pt-rio-listed"),
        pytest.param("יוסי כהן, תל אביב", ["יוסי כהן"], id="he-tel-aviv"),
        pytest.param("Von Anna Muster, Bad Homburg", ["Anna Muster"], id="de-bad"),
        pytest.param("Von Anna Muster, St. Gallen", ["Anna Muster"], id="de-st"),
        pytest.param("Иван Петров, Нижний Новгород", ["Иван Петров"], id="ru-nizhny"),
        pytest.param("Juma Mwangi, Dar es Salaam", ["Juma Mwangi"], id="sw-listed"),
        # the dateline's place first, then the agency
        pytest.param("Kuala Lumpur, Bernama", ["Bernama"], id="ms-place-first"),
        pytest.param("New Delhi, PTI", ["PTI"], id="en-in-place-first"),
        pytest.param("नई दिल्ली, एजेंसी", [], id="hi-place-and-agencies"),
        pytest.param("Landkreis Harburg, dpa", ["dpa"], id="de-landkreis-first"),
        pytest.param("Region Hannover, dpa", ["dpa"], id="de-region-first"),
        pytest.param("Kreis Gütersloh / dpa", ["dpa"], id="de-kreis-slash"),
        pytest.param("Kanton Zürich, sda", ["sda"], id="ch-kanton-first"),
        pytest.param("Nizhny Novgorod, ТАСС", ["ТАСС"], id="ru-latin-nizhny-first"),
        pytest.param("Porto Alegre (Lusa)", ["Lusa"], id="pt-listed-bracket"),  # as "Kuala Lumpur, Bernama"
        pytest.param("Von Anna Muster, Landkreis Harburg", ["Anna Muster"], id="de-landkreis-after"),
        pytest.param("Anna Muster (sda)", ["Anna Muster", "sda"], id="name-bracket-guard"),  # as "Anna Muster, sda"
        # guards: a second writer whose first name could open a place stays
        pytest.param("Ana Souza, João Lima", ["Ana Souza", "João Lima"], id="two-names"),
        pytest.param("Li Wei, Hong Lei", ["Li Wei", "Hong Lei"], id="hong-a-name"),
        pytest.param("Jane Doe, Rio Ferdinand", ["Jane Doe", "Rio Ferdinand"], id="rio-a-name"),
        pytest.param("Kuala Lumpur", ["Kuala Lumpur"], id="a-place-alone-is-left"),
    ],
)  # fmt: skip
def test_a_place_of_several_words_after_the_writer(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("文／李佩珊 2026/12/02", ["李佩珊"], id="zh-tw-slash-date"),
        pytest.param("文／李佩珊 2026-12-02 14:30", ["李佩珊"], id="zh-tw-dash-date"),
        pytest.param("文／李佩珊、王小明 2026/12/02", ["李佩珊", "王小明"], id="zh-tw-two"),
        pytest.param("文／李佩珊 2026年12月2日", ["李佩珊"], id="zh-year-mark"),
        pytest.param("山田太郎 2026年12月2日 14時30分", ["山田太郎"], id="ja-year-mark"),
    ],
)  # fmt: skip
def test_a_date_after_a_cjk_name(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("中央社記者吳佳穎台北2日電", ["吳佳穎"], id="zh-tw-wire"),
        pytest.param("（中央社記者吳佳穎台北2日電）", ["吳佳穎"], id="zh-tw-wire-brackets"),
        pytest.param("中央社記者吳佳穎華盛頓1日專電", ["吳佳穎"], id="zh-tw-long-place"),
        pytest.param("記者王小明台北報導", ["王小明"], id="zh-tw-reported"),
        pytest.param("記者歐陽小明高雄報導", ["歐陽小明"], id="zh-tw-four-character-name"),
        pytest.param("记者李华北京报道", ["李华"], id="zh-two-character-name"),
        pytest.param("記者王小明報導", ["王小明"], id="zh-tw-no-place"),
    ],
)  # fmt: skip
def test_a_chinese_dispatch_run_on(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


_PARAGRAPH = "<p>" + "Ein Satz über die Stadt, lang genug für einen Absatz im Text. " * 3 + "</p>"


@pytest.mark.parametrize(
    ("lang", "host", "site", "byline"),
    [
        pytest.param("cs", "www.seznamzpravy.cz", "Seznam Zprávy", "Jan Novák | Seznam Zprávy", id="cs-bar"),
        pytest.param("cs", "www.seznamzpravy.cz", "Seznam Zprávy", "Jan Novák, Seznam Zprávy", id="cs-comma"),
        pytest.param("pl", "gazetaprzykladowa.pl", "Gazeta Przykładowa", "Jan Novák / Gazeta Przykładowa", id="pl"),
        pytest.param("pt", "www.noticiasexemplo.pt", "Notícias Exemplo", "Jan Novák | Notícias Exemplo", id="pt"),
        pytest.param("is", "www.frettabladid-daemi.is", "Fréttablaðið Dæmi", "Jan Novák, Fréttablaðið Dæmi", id="is"),
    ],
)  # fmt: skip
def test_the_sites_name_with_accents_its_host_leaves_out(
    lang: str, host: str, site: str, byline: str
) -> None:
    html = (
        f'<html lang="{lang}"><head><title>Titulek | {site}</title></head><body><article>'
        f'<h1>Titulek dnes</h1><div class="byline">{byline}</div>{_PARAGRAPH}</article></body></html>'
    )
    assert extract_article(html, f"https://{host}/clanek/x-1").authors == ["Jan Novák"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Von Anna Muster, ARD-Studio Washington", ["Anna Muster"], id="de-studio"),
        pytest.param("Von Anna Muster, ARD-Hauptstadtstudio", ["Anna Muster"], id="de-hauptstadtstudio"),
        pytest.param("Von Anna Muster, ORF-Büro Brüssel", ["Anna Muster"], id="de-at-buero"),
        pytest.param("Von Anna Muster und Ben Beispiel, SWR-Studio Kairo", ["Anna Muster", "Ben Beispiel"], id="de-two-writers"),
        pytest.param("Anna Muster, Ben Studio", ["Anna Muster", "Ben Studio"], id="a-surname-is-no-desk"),
    ],
)  # fmt: skip
def test_a_broadcasters_desk_after_the_writer(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Autor/in: Anna Muster", ["Anna Muster"], id="de-slash-in"),
        pytest.param("Autor*in: Anna Muster", ["Anna Muster"], id="de-star-in"),
        pytest.param("Autor:in: Anna Muster", ["Anna Muster"], id="de-colon-in"),
        pytest.param("Autor*innen: Anna Muster, Ben Beispiel", ["Anna Muster", "Ben Beispiel"], id="de-innen"),
        pytest.param("Autor: Ina Muster", ["Ina Muster"], id="de-ina-is-a-name"),
        pytest.param("Opracował: Jan Nowak", ["Jan Nowak"], id="pl-opracowal"),
        pytest.param("Opracowała Anna Kowalska", ["Anna Kowalska"], id="pl-opracowala-no-colon"),
        pytest.param("撰文／李佩珊", ["李佩珊"], id="zh-tw-zhuanwen"),
        pytest.param("文、圖／李佩珊", ["李佩珊"], id="zh-tw-text-and-pictures"),
        pytest.param("文與攝影／李佩珊", ["李佩珊"], id="zh-tw-text-and-photos"),
        pytest.param("新华社北京12月2日电（记者王小明）", ["王小明"], id="zh-xinhua-one"),
        pytest.param("新华社北京12月2日电（记者 王小明 李华）", ["王小明", "李华"], id="zh-xinhua-two"),
        pytest.param("來源：中央社", ["中央社"], id="zh-tw-source-label"),
        pytest.param("来源：新华社", ["新华社"], id="zh-source-label"),
    ],
)  # fmt: skip
def test_labels_of_the_unseen_languages(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


def _article(lang: str, byline: str) -> str:
    return (
        f'<html lang="{lang}"><head></head><body><article><h1>Titel des Artikels heute</h1>'
        f"{byline}{_PARAGRAPH}{_PARAGRAPH}</article></body></html>"
    )


def _spans(by: str, names: list[str], glue: str) -> str:
    """A byline with "by", each name and each mark between in a span of its own."""
    parts = [f"<span>{by} </span>", "<span></span>"]
    for i, name in enumerate(names):
        if i:
            parts.append(f"<span>{glue if i == len(names) - 1 else ', '}</span>")
        parts.append(f'<span class="font-bold">{name}</span>')
    return f'<div class="text-12 flex">{"".join(parts)}</div>'


@pytest.mark.parametrize(
    ("lang", "byline", "expected"),
    [
        pytest.param("de", _spans("Von", ["Julia Muster", "Carla Beispiel", "Ben Test"], " und "), ["Julia Muster", "Carla Beispiel", "Ben Test"], id="de-three-in-spans"),
        pytest.param("pl", _spans("Autor:", ["Anna Kowalska", "Jan Nowak", "Ewa Wiśniewska"], " i "), ["Anna Kowalska", "Jan Nowak", "Ewa Wiśniewska"], id="pl-three-in-spans"),
        pytest.param("pt", _spans("Por", ["Carlos Lima", "Marta Dias", "Rui Costa"], " e "), ["Carlos Lima", "Marta Dias", "Rui Costa"], id="pt-three-in-spans"),
        pytest.param("de", '<div class="text-12 flex"><span aria-label="Autor Name" class="font-bold">Julia Muster</span><span>, </span><span aria-label="Autor Name" class="font-bold">Carla Beispiel</span></div>', ["Julia Muster", "Carla Beispiel"], id="de-aria-label"),
        pytest.param("cs", '<div class="flex"><a aria-label="Autor článku" href="/x/jn" class="font-bold">Jan Novák</a></div>', ["Jan Novák"], id="cs-aria-label"),
        pytest.param("de", '<div class="share"><a aria-label="Autor per E-Mail folgen" href="/x">Folgen</a></div>', [], id="a-button-names-no-one"),
    ],
)  # fmt: skip
def test_a_byline_marked_only_by_its_words_or_aria_label(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert (
        extract_article(_article(lang, byline), "https://www.beispiel.de/a/1").authors == expected
    )


def _under_headline(lang: str, line: str, paragraph: str = _PARAGRAPH) -> str:
    return (
        f'<html lang="{lang}"><head></head><body><article><h1>Titel des Artikels heute</h1>'
        f"{line}{paragraph}{paragraph}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        pytest.param("cs", "<p>Jan Novák, ČTK</p>", ["Jan Novák", "ČTK"], id="cs-agency"),
        pytest.param("pl", "<p>Anna Kowalska / PAP</p>", ["Anna Kowalska", "PAP"], id="pl-agency-slash"),
        pytest.param("lt", "<div>Jonas Jonaitis, ELTA</div>", ["Jonas Jonaitis", "ELTA"], id="lt-agency"),
        pytest.param("ms", "<p>Ahmad Faizal - Bernama</p>", ["Ahmad Faizal", "Bernama"], id="ms-agency-dash"),
        pytest.param("de", "<p>Anna Muster (sda)</p>", ["Anna Muster", "sda"], id="de-ch-agency-brackets"),
        pytest.param("ru", "<p>Иван Петров, корреспондент</p>", ["Иван Петров"], id="ru-job"),
        pytest.param("he", "<p>יוסי כהן, כתב</p>", ["יוסי כהן"], id="he-job"),
        pytest.param("pt", "<p>Carlos Lima, enviado especial a Bruxelas</p>", ["Carlos Lima"], id="pt-job-phrase"),
        pytest.param("de", "<p>Anna Muster, Korrespondentin in Washington</p>", ["Anna Muster"], id="de-job-phrase"),
        pytest.param("hi", "<p>राहुल शर्मा | नई दिल्ली</p>", ["राहुल शर्मा"], id="hi-place"),
        pytest.param("lt", "<p>Jonas Jonaitis, LRT.lt</p>", ["Jonas Jonaitis"], id="lt-host"),
        # guards: a name alone, an official with her office, a picture's credit, a kicker
        pytest.param("de", "<p>Anna Muster</p>", [], id="a-name-alone-is-not-read"),
        pytest.param("de", "<p>Olaf Muster, Leiter des Bauamts</p>", [], id="an-official-is-no-writer"),
        pytest.param("de", '<figure><img src="a.jpg"><figcaption><span>Anna Muster / dpa</span></figcaption></figure>', [], id="a-picture-credit"),
        pytest.param("de", '<div class="bildquelle">Anna Muster / dpa</div>', [], id="a-picture-credit-by-class"),
        pytest.param("de", "<p>Deutsche Bahn, Streik</p>", [], id="a-kicker"),
    ],
)  # fmt: skip
def test_a_name_and_credit_line_with_no_by_word(lang: str, line: str, expected: list[str]) -> None:
    assert (
        extract_article(_under_headline(lang, line), "https://www.beispiel.de/a/1").authors
        == expected
    )


_ZH = "国务院常务会议周三审议通过了明年的预算草案，会议强调要继续控制开支并支持就业。" * 3
_TW = "行政院會週三通過明年度總預算案，社福支出將再擴大，並持續支持就業與長照服務。" * 3


@pytest.mark.parametrize(
    ("lang", "paragraph", "expected"),
    [
        pytest.param("zh", f"<p>新华社北京12月2日电（记者王小明）{_ZH}</p>", ["王小明"], id="zh-xinhua"),
        pytest.param("zh", f"<p>新华社北京12月2日电（记者 王小明 李华）{_ZH}</p>", ["王小明", "李华"], id="zh-xinhua-two"),
        pytest.param("zh-TW", f"<p>（中央社記者吳佳穎台北2日電）{_TW}</p>", ["吳佳穎"], id="zh-tw-cna"),
        pytest.param("zh-TW", f"<p>中央社記者吳佳穎華盛頓1日專電）{_TW}</p>", ["吳佳穎"], id="zh-tw-cna-long-place"),
        pytest.param("zh", f"<p>{_ZH}</p>", [], id="no-dispatch"),
    ],
)  # fmt: skip
def test_the_reporters_a_dispatch_opening_the_story_names(
    lang: str, paragraph: str, expected: list[str]
) -> None:
    html = _under_headline(lang, "", paragraph)
    assert extract_article(html, "https://www.example.cn/a/1").authors == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("<p>新华社记者 王小明</p>", ["王小明"], id="zh-agency"),
        pytest.param("<p>海滨日报记者 周敏 李华</p>", ["周敏", "李华"], id="zh-paper-two"),
        pytest.param("<p>中央社記者 吳佳穎</p>", ["吳佳穎"], id="zh-tw-agency"),
        pytest.param("<p>（新华社记者 王小明 摄）</p>", [], id="zh-a-picture-credit"),
        pytest.param("<p>本报记者 王小明 李华 摄</p>", [], id="zh-a-picture-credit-of-two"),
    ],
)  # fmt: skip
def test_a_chinese_role_line_after_the_agency(line: str, expected: list[str]) -> None:
    html = _under_headline("zh", line, f"<p>{_ZH}</p>")
    assert extract_article(html, "https://www.example.cn/a/1").authors == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        pytest.param("Beispielbote-Redaktion", ["Beispielbote-Redaktion"], id="de-alone"),
        pytest.param("Von Beispielbote-Redaktion", ["Beispielbote-Redaktion"], id="de-von"),
        pytest.param("Beispielbote-Team", ["Beispielbote-Team"], id="de-team"),
        pytest.param("Von Anna Muster, Beispielbote-Redaktion", ["Anna Muster"], id="beside-a-person"),
        pytest.param("SZ-Redaktion", [], id="another-papers-desk"),
    ],
)  # fmt: skip
def test_the_site_crediting_its_newsroom_in_one_word(byline: str, expected: list[str]) -> None:
    html = (
        '<html lang="de"><head><meta property="og:site_name" content="Beispielbote"></head>'
        f'<body><article><h1>Titel des Artikels heute</h1><div class="byline">{byline}</div>'
        f"{_PARAGRAPH}</article></body></html>"
    )
    assert extract_article(html, "https://www.beispielbote.de/a/1").authors == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        pytest.param("hi", 'Written By: <a href="/author/rahul">Rahul Sharma</a> | Edited By: <a href="/author/priya">Priya Nair</a>', ["Rahul Sharma"], id="en-in-editor-linked"),
        pytest.param("de", '<span>Text:</span> <a href="/autor/am">Anna Muster</a> <span>Fotos:</span> <a href="/autor/bb">Ben Beispiel</a>', ["Anna Muster"], id="de-photographer-linked"),
        pytest.param("is", '<a href="/hofundur/jon-jonsson">Jón Jónsson</a> skrifar', ["Jón Jónsson"], id="is-hofundur-link"),
        pytest.param("ms", '<a href="/penulis/ahmad-faizal">Ahmad Faizal</a>', ["Ahmad Faizal"], id="ms-penulis-link"),
        pytest.param("sw", '<a href="/mwandishi/juma-mwangi">Juma Mwangi</a>', ["Juma Mwangi"], id="sw-mwandishi-link"),
        pytest.param("he", '<a href="/writer/1234">יוסי כהן</a>', ["יוסי כהן"], id="he-writer-link"),
        # the writer's page parts datelines.py knew and authors.py did not (langwords.AUTHOR_PATHS)
        pytest.param("it", '<a href="/giornalista/mario-rossi">Mario Rossi</a>', ["Mario Rossi"], id="it-giornalista-link"),
        pytest.param("de", '<a href="/redakteur/anna-muster">Anna Muster</a>', ["Anna Muster"], id="de-redakteur-link"),
        pytest.param("fi", '<a href="/kirjoittaja/matti-virtanen">Matti Virtanen</a>', ["Matti Virtanen"], id="fi-kirjoittaja-link"),
        pytest.param("sv", '<a href="/författare/anna-svensson">Anna Svensson</a>', ["Anna Svensson"], id="sv-forfattare-link"),
        pytest.param("tr", '<a href="/yazar/ayse-yilmaz-12">Ayşe Yılmaz</a>', ["Ayşe Yılmaz"], id="tr-yazar-link"),
        pytest.param("en", '<a href="/reporters/jane-doe">Jane Doe</a>', ["Jane Doe"], id="en-reporters-link"),
    ],
)  # fmt: skip
def test_linked_bylines_of_the_unseen_languages(lang: str, line: str, expected: list[str]) -> None:
    html = _under_headline(lang, f"<div>{line}</div>")
    assert extract_article(html, "https://www.example.com/a/1").authors == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Иван Петров 2 декабря 2026, 14:30", ["Иван Петров"], id="ru-day-month"),
        pytest.param("Juma Mwangi Desemba 2, 2026", ["Juma Mwangi"], id="sw-month-day"),
        pytest.param("Anna Kowalska 2 grudnia 2026", ["Anna Kowalska"], id="pl-day-month"),
        pytest.param("Jonas Jonaitis gruodžio 2 d.", ["Jonas Jonaitis"], id="lt-month-day"),
        pytest.param("Publiziert: 12.03.2025, 10:15 Uhr Von Anna Muster", ["Anna Muster"], id="de-date-first"),
        pytest.param("12.03.2025, 10:15 Uhr | Von Anna Muster", ["Anna Muster"], id="de-date-first-bar"),
        pytest.param("Veröffentlicht am 12.03.2025 von Anna Muster", ["Anna Muster"], id="de-date-first-lower-von"),
        pytest.param("2. prosince 2026 14:30 Jan Novák", ["Jan Novák"], id="cs-date-first"),
        pytest.param("2 Jan 2026 Jan Novák", ["Jan Novák"], id="en-month-jan-then-name-jan"),
        pytest.param("Jane Doe, May 12, 2026", ["Jane Doe"], id="en-guard"),
        pytest.param("20 Minuten", [], id="a-paper-named-by-a-number-is-no-date"),
    ],
)  # fmt: skip
def test_a_date_beside_the_names(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        pytest.param("de", "<p>12.03.2025, 10:15 Uhr | Von Anna Muster</p>", id="de-bar"),
        pytest.param("de", "<p>Publiziert: 12.03.2025, 10:15 Uhr Von Anna Muster</p>", id="de-label"),
    ],
)  # fmt: skip
def test_a_line_with_the_date_before_the_by_word(lang: str, line: str) -> None:
    assert extract_article(_under_headline(lang, line), "https://www.beispiel.de/a/1").authors == [
        "Anna Muster"
    ]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param('<div class="img-source">Jan Novák / ČTK</div>', id="an-image-source-class"),
        pytest.param('<img src="a.jpg"><p>Jan Novák / ČTK</p>', id="a-line-after-a-picture"),
        pytest.param("<ul><li>Anna Muster, dpa</li><li>Teilen</li></ul>", id="a-list-item"),
        pytest.param("<p>Kommentar: Deutsche Bahn, Sankt Gallen</p>", id="a-label-and-a-topic"),
    ],
)  # fmt: skip
def test_a_pictures_credit_is_no_name_and_credit_line(line: str) -> None:
    assert extract_article(_under_headline("cs", line), "https://www.priklad.cz/a/1").authors == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("יוסי כהן, כתב לענייני כלכלה", ["יוסי כהן"], id="he-job-for-matters"),
        pytest.param("דנה לוי, כתבת בוושינגטון", ["דנה לוי"], id="he-job-in-a-place"),
        pytest.param("יוסי כהן, ברק לוי", ["יוסי כהן", "ברק לוי"], id="he-a-name-opening-with-bet"),
    ],
)  # fmt: skip
def test_a_hebrew_job_and_what_it_covers(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Jan Novák a ČTK", ["Jan Novák", "ČTK"], id="cs"),
        pytest.param("Carlos Lima e Lusa", ["Carlos Lima", "Lusa"], id="pt"),
        pytest.param("Ahmad Faizal dan Bernama", ["Ahmad Faizal", "Bernama"], id="ms"),
        pytest.param("Jonas Jonaitis ir ELTA", ["Jonas Jonaitis", "ELTA"], id="lt"),
        pytest.param("Иван Петров и ТАСС", ["Иван Петров", "ТАСС"], id="ru"),
        pytest.param("Claire Dupont et AFP", ["Claire Dupont", "AFP"], id="fr"),
        pytest.param("Le Monde et AFP", ["Le Monde et AFP"], id="a-paper-and-an-agency-stay-one"),
        pytest.param("Publié | Par Le Monde et AFP", ["Le Monde et AFP"], id="by-a-paper-and-an-agency"),
    ],
)  # fmt: skip
def test_a_writer_and_an_agency_joined_by_and(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("अमित वर्मा 02.12.2026, 14:05", ["अमित वर्मा"], id="hi-vowel-sign-before-date"),
        pytest.param("अमित वर्मा Updated: Dec 02, 2026, 14:05 IST", ["अमित वर्मा"], id="hi-vowel-sign-before-label"),
        pytest.param("नई दिल्ली, एजेंसी Updated: Dec 02, 2026, 14:05 IST", [], id="hi-place-agencies-date"),
        pytest.param("สมชาย ใจดี 02.12.2026", ["สมชาย ใจดี"], id="th-before-date"),
        pytest.param("Anna Muster, 12.03.2025", ["Anna Muster"], id="latin-guard"),
    ],
)  # fmt: skip
def test_a_names_last_mark_stays_before_the_date(raw: str, expected: list[str]) -> None:
    """A vowel sign ending an Indic or Thai name is no mark before the date."""
    assert clean_names([raw]) == expected
