"""Invented article pages, one or two per language, that print their metadata only visibly.

Sites without JSON-LD or meta tags show a byline in their language's words ("Por", "Oleh",
"Szerző:", "記者…報導", role words after names, two writers joined by the language's "and"),
a date line with its month names, labels and clock ("14h30", "kl. 14.30", "2:30 petang",
"下午2:30"), a title with the site's name after a separator and a tag list under a heading.
Every sentence, name and markup here is made up. A row names its language, so a failure
says which language regressed.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

from datetime import datetime

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names
from newsarchive.extract.daterelative import read
from newsarchive.extract.datetext import parse_text

PARA = (
    "<p>"
    + "Ein erfundener Absatz über den Haushalt der Stadt und ihre Feuerwehr im Winter, lang genug. "
    * 5
    + "</p>"
)

# lang, <title>, h1, byline, date line, tag heading, tags, authors, published (its start)
PAGES = [
    ('de', 'Stadtrat beschließt neuen Haushalt | Beispielblatt', 'Stadtrat beschließt neuen Haushalt', 'Von Hans Müller und Eva Schmidt', 'Veröffentlicht am 02.12.2026, 14.30 Uhr', 'Schlagworte', ['Haushalt', 'Stadtrat'], ['Hans Müller', 'Eva Schmidt'], '2026-12-02T14:30'),
    ('en', 'Council passes new budget - The Example Post', 'Council passes new budget', 'By Jane Doe and John Roe', 'Published December 2, 2026 2:30 p.m.', 'Tags', ['Budget', 'Council'], ['Jane Doe', 'John Roe'], '2026-12-02T14:30'),
    ('fr', 'Le conseil adopte le budget - Le Journal Exemple', 'Le conseil adopte le budget', 'Par Marie Dupont et Jean Martin', 'Publié le 2 décembre 2026 à 14h30', 'Mots-clés', ['Budget', 'Conseil'], ['Marie Dupont', 'Jean Martin'], '2026-12-02T14:30'),
    ('es', 'El concejo aprueba el presupuesto | Diario Ejemplo', 'El concejo aprueba el presupuesto', 'Por Juan Pérez y Ana López', '2 de diciembre de 2026, 4:30 de la tarde', 'Temas', ['Presupuesto', 'Concejo'], ['Juan Pérez', 'Ana López'], '2026-12-02T16:30'),
    ('pt', 'Câmara aprova orçamento - Jornal Exemplo', 'Câmara aprova orçamento', 'Por João Silva e Maria Souza', 'Publicado em 02/12/2026 às 2:30 da tarde', 'Assuntos', ['Orçamento', 'Câmara'], ['João Silva', 'Maria Souza'], '2026-12-02T14:30'),
    ('it', 'Il consiglio approva il bilancio - Gazzetta Esempio', 'Il consiglio approva il bilancio', 'di Mario Rossi e Luca Bianchi', '2 dicembre 2026, ore 14:30', 'Argomenti', ['Bilancio', 'Consiglio'], ['Mario Rossi', 'Luca Bianchi'], '2026-12-02T14:30'),
    ('nl', 'Gemeenteraad keurt begroting goed | Voorbeeldkrant', 'Gemeenteraad keurt begroting goed', 'Door Jan de Vries en Piet Jansen', '2 december 2026, 14.30 uur', 'Onderwerpen', ['Begroting', 'Gemeenteraad'], ['Jan de Vries', 'Piet Jansen'], '2026-12-02T14:30'),
    ('nb', 'Bystyret vedtar budsjettet – Eksempelavisen', 'Bystyret vedtar budsjettet', 'Av Ola Nordmann og Kari Hansen', 'Publisert 2. desember 2026 kl. 14.30', 'Emner', ['Budsjett', 'Bystyret'], ['Ola Nordmann', 'Kari Hansen'], '2026-12-02T14:30'),
    ('sv', 'Kommunen antar budgeten | Exempelbladet', 'Kommunen antar budgeten', 'Av Erik Andersson och Anna Berg', 'Publicerad 2 december 2026 kl. 14.30', 'Ämnen', ['Budget', 'Kommunen'], ['Erik Andersson', 'Anna Berg'], '2026-12-02T14:30'),
    ('da', 'Byrådet vedtager budgettet - Eksempelavisen', 'Byrådet vedtager budgettet', 'Af Lars Jensen og Mette Holm', '2. december 2026 kl. 14.30', 'Emner', ['Budget', 'Byrådet'], ['Lars Jensen', 'Mette Holm'], '2026-12-02T14:30'),
    ('is', 'Borgarstjórn samþykkir fjárhagsáætlun - Dæmiblaðið', 'Borgarstjórn samþykkir fjárhagsáætlun', 'Eftir Jón Jónsson og Önnu Sigurðardóttur', 'Birt 2. desember 2026 kl. 14.30', 'Efnisorð', ['Fjárhagsáætlun', 'Borgarstjórn'], ['Jón Jónsson', 'Önnu Sigurðardóttur'], '2026-12-02T14:30'),
    ('fi', 'Valtuusto hyväksyi talousarvion | Esimerkkilehti', 'Valtuusto hyväksyi talousarvion', 'Teksti: Matti Virtanen ja Liisa Korhonen', 'Julkaistu 2.12.2026 klo 14.30', 'Aiheet', ['Talousarvio', 'Valtuusto'], ['Matti Virtanen', 'Liisa Korhonen'], '2026-12-02T14:30'),
    ('pl', 'Rada miasta przyjęła budżet - Gazeta Przykładowa', 'Rada miasta przyjęła budżet', 'Autor: Anna Kowalska i Piotr Nowak', 'Opublikowano: 2 grudnia 2026, godz. 14:30', 'Tagi', ['Budżet', 'Rada miasta'], ['Anna Kowalska', 'Piotr Nowak'], '2026-12-02T14:30'),
    ('cs', 'Zastupitelé schválili rozpočet | Příkladové noviny', 'Zastupitelé schválili rozpočet', 'Autor: Jan Novák a Petra Svobodová', 'Publikováno 2. prosince 2026 14:30', 'Témata', ['Rozpočet', 'Zastupitelstvo'], ['Jan Novák', 'Petra Svobodová'], '2026-12-02T14:30'),
    ('sk', 'Poslanci schválili rozpočet | Príkladové noviny', 'Poslanci schválili rozpočet', 'Autor: Ján Kováč, redaktor', '2. decembra 2026 o 14:30', 'Témy', ['Rozpočet', 'Poslanci'], ['Ján Kováč'], '2026-12-02T14:30'),
    ('hu', 'Elfogadták a költségvetést - Példa Hírlap', 'Elfogadták a költségvetést', 'Szerző: Kovács János és Nagy Éva', 'Közzétéve: 2026. december 2. du. 2:30', 'Címkék', ['Költségvetés', 'Közgyűlés'], ['Kovács János', 'Nagy Éva'], '2026-12-02T14:30'),
    ('ro', 'Consiliul a aprobat bugetul - Ziarul Exemplu', 'Consiliul a aprobat bugetul', 'de Ion Popescu și Maria Ionescu', 'Publicat: 2 decembrie 2026, 14:30', 'Etichete', ['Buget', 'Consiliul local'], ['Ion Popescu', 'Maria Ionescu'], '2026-12-02T14:30'),
    ('lt', 'Taryba patvirtino biudžetą - Pavyzdžio žinios', 'Taryba patvirtino biudžetą', 'Jonas Jonaitis, LRT žurnalistas', 'Paskelbta 2026 m. gruodžio 2 d. 14:30', 'Žymos', ['Biudžetas', 'Taryba'], ['Jonas Jonaitis'], '2026-12-02T14:30'),
    ('ru', 'Дума приняла бюджет — Пример Новости', 'Дума приняла бюджет', 'Иван Петров и Анна Смирнова', '2 декабря 2026 в 8:30 вечера', 'Теги', ['Бюджет', 'Дума'], ['Иван Петров', 'Анна Смирнова'], '2026-12-02T20:30'),
    ('uk', 'Рада ухвалила бюджет — Приклад Новини', 'Рада ухвалила бюджет', 'Автор: Іван Петренко та Олена Коваль', 'Опубліковано 2 грудня 2026, 14:30', 'Теги', ['Бюджет', 'Рада'], ['Іван Петренко', 'Олена Коваль'], '2026-12-02T14:30'),
    ('tr', 'Meclis bütçeyi kabul etti - Örnek Gazete', 'Meclis bütçeyi kabul etti', 'Ahmet Yılmaz ve Ayşe Demir', 'Yayınlanma: 02.12.2026 14:30', 'Etiketler', ['Bütçe', 'Meclis'], ['Ahmet Yılmaz', 'Ayşe Demir'], '2026-12-02T14:30'),
    ('he', 'המועצה אישרה את התקציב - עיתון דוגמה', 'המועצה אישרה את התקציב', 'מאת יוסי כהן ודנה לוי', 'פורסם: 02.12.26 14:30', 'תגיות', ['תקציב', 'מועצה'], ['יוסי כהן', 'דנה לוי'], '2026-12-02T14:30'),
    ('ar', 'المجلس يقر الميزانية | صحيفة المثال', 'المجلس يقر الميزانية', 'بقلم أحمد علي', 'نشر في 2 ديسمبر 2026 - 2:30 م', 'الوسوم', ['الميزانية', 'المجلس'], ['أحمد علي'], '2026-12-02T14:30'),
    ('ms', 'Majlis lulus belanjawan | Akhbar Contoh', 'Majlis lulus belanjawan', 'Oleh Ahmad Ali dan Siti Aminah', 'Diterbitkan pada 2 Disember 2026 2:30 petang', 'Topik', ['Belanjawan', 'Majlis'], ['Ahmad Ali', 'Siti Aminah'], '2026-12-02T14:30'),
    ('id', 'DPRD sahkan anggaran - Koran Contoh', 'DPRD sahkan anggaran', 'Oleh Budi Santoso dan Dewi Lestari', 'Rabu, 2 Desember 2026 14:30 WIB', 'Topik', ['Anggaran', 'DPRD'], ['Budi Santoso', 'Dewi Lestari'], '2026-12-02T14:30'),
    ('sw', 'Baraza lapitisha bajeti - Gazeti Mfano', 'Baraza lapitisha bajeti', 'Na Juma Mwangi na Amina Hassan', 'Imechapishwa 2 Desemba 2026', 'Mada', ['Bajeti', 'Baraza'], ['Juma Mwangi', 'Amina Hassan'], '2026-12-02'),
    ('zh', '市议会通过新预算_海滨新闻网', '市议会通过新预算', '本报记者 王小明 北京报道', '发布时间：2026年12月02日 下午2:30', '标签', ['预算', '市议会'], ['王小明'], '2026-12-02T14:30'),
    ('zh-TW', '市議會通過新預算｜海濱時報', '市議會通過新預算', '記者王小明、林美華／台北報導', '2026年12月2日 下午2:30', '標籤', ['預算', '市議會'], ['王小明', '林美華'], '2026-12-02T14:30'),
    ('ja', '市議会が新予算を可決：海浜新聞デジタル', '市議会が新予算を可決', '山田太郎記者', '2026年12月2日 午後2時30分', 'タグ', ['予算', '市議会'], ['山田太郎'], '2026-12-02T14:30'),
    ('ko', '시의회 새 예산 통과 - 해변일보', '시의회 새 예산 통과', '김민수·이영희 기자', '입력 2026.12.02 오후 2:30', '태그', ['예산', '시의회'], ['김민수', '이영희'], '2026-12-02T14:30'),
    ('vi', 'Hội đồng thông qua ngân sách - Báo Ví Dụ', 'Hội đồng thông qua ngân sách', 'Nguyễn Văn An', 'Thứ tư, 2/12/2026, 14:30 (GMT+7)', 'Từ khóa', ['Ngân sách', 'Hội đồng'], ['Nguyễn Văn An'], '2026-12-02T14:30'),
    ('el', 'Το συμβούλιο ενέκρινε τον προϋπολογισμό | Εφημερίδα Παράδειγμα', 'Το συμβούλιο ενέκρινε τον προϋπολογισμό', 'Γιώργος Παπαδόπουλος', '2 Δεκεμβρίου 2026, 2:30 μ.μ.', 'Ετικέτες', ['Προϋπολογισμός', 'Συμβούλιο'], ['Γιώργος Παπαδόπουλος'], '2026-12-02T14:30'),
]  # fmt: skip


def _page(
    lang: str, title: str, h1: str, byline: str, dateline: str, heading: str, tags: list[str]
) -> str:
    links = "".join(f'<li><a href="/tag/{i}">{t}</a></li>' for i, t in enumerate(tags))
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<article><h1>{h1}</h1><p class="byline">{byline}</p><p class="date">{dateline}</p>'
        f'{PARA}{PARA}<div class="meta"><span>{heading}:</span><ul>{links}</ul></div>'
        "</article></body></html>"
    )


@pytest.mark.parametrize("row", PAGES, ids=[f"{p[0]}-{i}" for i, p in enumerate(PAGES)])
def test_an_invented_page_in_its_language(row: tuple) -> None:
    lang, title, h1, byline, dateline, heading, tags, authors, published = row
    html = _page(lang, title, h1, byline, dateline, heading, tags)
    found = extract_article(
        html.encode(), f"https://www.example.test/{lang}/2026/12/02/story-123.html"
    )
    assert found.title == h1
    assert found.authors == authors
    assert (found.published or "").startswith(published), found.published
    assert found.topics == tags


# The part of the day in words beside a 12-hour time (langwords.CLOCK_MORNING ...).
PARTS_OF_DAY = [
    ("ms", "2 Disember 2026 2:30 petang", "2026-12-02T14:30"),
    ("ms", "2 Disember 2026 9:15 pagi", "2026-12-02T09:15"),
    ("ms", "2 Disember 2026 12:15 pagi", "2026-12-02T00:15"),
    ("ms", "2 Disember 2026 8:45 malam", "2026-12-02T20:45"),
    ("ms", "2 Disember 2026 12:10 malam", "2026-12-02T00:10"),
    ("ms", "2 Disember 2026 1:00 tengah hari", "2026-12-02T13:00"),
    ("ms", "2 Disember 2026 14:30 petang", "2026-12-02T14:30"),
    ("id", "2 Desember 2026 3:00 sore", "2026-12-02T15:00"),
    ("id", "2 Desember 2026, 10:00 siang", "2026-12-02T10:00"),
    ("es", "2 de diciembre de 2026, 4:30 de la tarde", "2026-12-02T16:30"),
    ("es", "2 de diciembre de 2026, 8:30 de la noche", "2026-12-02T20:30"),
    ("es", "2 de diciembre de 2026, 2:30 de la madrugada", "2026-12-02T02:30"),
    ("pt", "02/12/2026 às 2:30 da tarde", "2026-12-02T14:30"),
    ("pt", "2 de dezembro de 2026, 10:00 da noite", "2026-12-02T22:00"),
    ("fr", "2 décembre 2026 à 8 h 30 du soir", "2026-12-02T20:30"),
    ("fr", "2 décembre 2026 à 3 h 15 de l’après-midi", "2026-12-02T15:15"),
    ("it", "2 dicembre 2026, 9:30 di sera", "2026-12-02T21:30"),
    ("ru", "2 декабря 2026 в 8:30 вечера", "2026-12-02T20:30"),
    ("ru", "2 декабря 2026, 3:00 дня", "2026-12-02T15:00"),
    ("ru", "2 декабря 2026, 2:15 ночи", "2026-12-02T02:15"),
    ("ru", "2 декабря 2026, 11:30 ночи", "2026-12-02T23:30"),
    ("uk", "2 грудня 2026, 8:30 вечора", "2026-12-02T20:30"),
    ("hu", "2026. december 2. du. 2:30", "2026-12-02T14:30"),
    ("tl", "Disyembre 2, 2026 - 2:30 ng hapon", "2026-12-02T14:30"),
    ("hi", "2 दिसंबर 2026, 02:30 अपराह्न", "2026-12-02T14:30"),
    ("he", "2 בדצמבר 2026, 8:30 בערב", "2026-12-02T20:30"),
    ("ko", "2026년 12월 2일 밤 9:40", "2026-12-02T21:40"),
    ("zh", "2026年12月2日 晚上8:05", "2026-12-02T20:05"),
    ("zh", "2026年12月2日 中午1:30", "2026-12-02T13:30"),
    ("zh", "2026年12月2日 中午11:30", "2026-12-02T11:30"),
    ("vi", "Thứ tư, 2/12/2026, 2:30 chiều", "2026-12-02T14:30"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    PARTS_OF_DAY,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(PARTS_OF_DAY)],
)
def test_the_part_of_the_day_in_words(lang: str, text: str, expected: str) -> None:
    found = parse_text(text, lambda _: None)
    assert found is not None and found.isoformat().startswith(expected)


# Chinese bylines that end with where the report was filed ("台北報導") or "compiled"
# ("綜合報導"), and the name reported alone.
FILED_FROM = [
    ("zh-Hant", "記者王小明／台北報導", ["王小明"]),
    ("zh-Hant", "（記者王小明／台北報導）", ["王小明"]),
    ("zh-Hant", "記者王小明、林美華／綜合報導", ["王小明", "林美華"]),
    ("zh-Hant", "記者 王小明 台北報導", ["王小明"]),
    ("zh", "本报记者 王小明 北京报道", ["王小明"]),
    ("zh", "记者 王小明 / 北京报道", ["王小明"]),
    ("ja", "山田太郎／ワシントン報道", ["山田太郎"]),
    ("zh-Hant", "記者 王小明報導", ["王小明"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "raw", "expected"), FILED_FROM, ids=[f"{c[0]}-{i}" for i, c in enumerate(FILED_FROM)]
)
def test_where_a_chinese_byline_was_filed_is_no_name(
    lang: str, raw: str, expected: list[str]
) -> None:
    assert clean_names([raw]) == expected


# An employer and a job title after a writer's name; a capitalised title after a first
# name is a name, and an agency with its role stays, the role cut as from "Reuters staff"
# (authors-18: it gave "AFP correspondent").
EMPLOYERS = [
    ("en", "Jane Doe, BBC reporter", ["Jane Doe"]),
    ("en", "Jane Doe, BBC Reporter", ["Jane Doe"]),
    ("lt", "Jonas Jonaitis, LRT žurnalistas", ["Jonas Jonaitis"]),
    ("lt", "Jonas Jonaitis, LRT.lt žurnalistas", ["Jonas Jonaitis"]),
    ("pl", "Anna Kowalska, TVN24 dziennikarka", ["Anna Kowalska"]),
    ("hu", "Kovács János, HVG újságíró", ["Kovács János"]),
    ("en", "Jane Doe, John Reporter", ["Jane Doe", "John Reporter"]),
    ("en", "Jane Doe, AFP correspondent", ["Jane Doe", "AFP"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "raw", "expected"), EMPLOYERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(EMPLOYERS)]
)
def test_an_employer_and_a_job_after_a_name(lang: str, raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


# Against the fetch time, in the Baltic languages and Icelandic.
NOW = datetime(2026, 12, 2, 18, 0)
RELATIVE = [
    ("lt", "prieš 3 valandas", "2026-12-02T15:00"),
    ("lt", "prieš 3 val.", "2026-12-02T15:00"),
    ("lt", "prieš 2 dienas", "2026-11-30T00:00"),
    ("lt", "prieš savaitę", "2026-11-25T00:00"),
    ("lt", "prieš valandą", "2026-12-02T17:00"),
    ("lv", "pirms 3 stundām", "2026-12-02T15:00"),
    ("lv", "pirms stundas", "2026-12-02T17:00"),
    ("lv", "pirms 2 dienām", "2026-11-30T00:00"),
    ("et", "3 tundi tagasi", "2026-12-02T15:00"),
    ("et", "2 päeva tagasi", "2026-11-30T00:00"),
    ("is", "fyrir 3 klukkustundum", "2026-12-02T15:00"),
    ("is", "fyrir 2 dögum", "2026-11-30T00:00"),
    ("is", "fyrir klukkustund", "2026-12-02T17:00"),
    ("is", "í gær kl. 14.30", "2026-12-01T14:30"),
    ("lt", "Vakar, 14:30", "2026-12-01T14:30"),
    ("lv", "šodien 09:15", "2026-12-02T09:15"),
    ("et", "eile 14:30", "2026-12-01T14:30"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), RELATIVE, ids=[f"{c[0]}-{i}" for i, c in enumerate(RELATIVE)]
)
def test_a_time_against_the_fetch(lang: str, text: str, expected: str) -> None:
    found = read(text, NOW, lang)
    assert found is not None and found.isoformat().startswith(expected)


# Korean bylines in brackets with the outlet before the reporter; a Chinese info line with
# other labels after or before the writer's; Vietnamese "Theo" ("by") on a Vietnamese page.
CJK_BYLINES = [
    ("ko", "[해변일보 김민수 기자]", ["김민수"]),
    ("ko", "[YTN 김민수 기자]", ["김민수"]),
    ("ko", "[해변일보=김민수 기자]", ["김민수"]),
    ("ko", "(해변뉴스 김민수·이영희 기자)", ["김민수", "이영희"]),
    ("ko", "해변경제 김민수 선임기자", ["김민수"]),
    ("ko", "남궁민수 기자", ["남궁민수"]),
    ("ko", "김민수 이영희 기자", ["김민수 이영희"]),
    ("zh", "作者：王小明 来源：海滨日报", ["王小明"]),
    ("zh", "来源：海滨日报 作者：王小明", ["王小明"]),
    ("zh-Hant", "記者：王小明 攝影：林美華", ["王小明"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    CJK_BYLINES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CJK_BYLINES)],
)
def test_a_byline_line_in_korean_or_chinese(lang: str, line: str, expected: list[str]) -> None:
    html = _page(lang, "T", "Ein erfundener Titel", line, "2026-12-02 14:30", "Tags", ["Haushalt"])
    found = extract_article(html.encode(), "https://www.example.test/story-123.html")
    assert found.authors == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("vi", "Theo Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("vi", "Theo Trần Thị Bình và Lê Văn Cường", ["Trần Thị Bình", "Lê Văn Cường"]),
        ("en", "Theo Walcott", ["Theo Walcott"]),
        ("de", "Theo Müller", ["Theo Müller"]),
    ],
)
def test_the_vietnamese_by_word(lang: str, line: str, expected: list[str]) -> None:
    html = _page(lang, "T", "Ein erfundener Titel", line, "2026-12-02 14:30", "Tags", ["Haushalt"])
    found = extract_article(html.encode(), "https://www.example.test/story-123.html")
    assert found.authors == expected


# A date line whose "updated" label is followed by a time of its own (often relative): the
# date before the label is the publication; a label alone after a date still labels it.
UPDATED_AFTER = [
    ("pt", "02/12/2026 14h30 Atualizado há 2 horas", "2026-12-02T14:30", None),
    ("pt", "02/12/2026 14h30 · Atualizado há 2 horas", "2026-12-02T14:30", None),
    ("en", "December 2, 2026 2:30 pm Updated 2 hours ago", "2026-12-02T14:30", None),
    ("de", "02.12.2026, 14:30 Uhr Aktualisiert vor 2 Stunden", "2026-12-02T14:30", None),
    ("es", "2 de diciembre de 2026 - 14:30 Actualizado hace 2 horas", "2026-12-02T14:30", None),
    ("cs", "2. prosince 2026 14:30 Aktualizováno před 2 hodinami", "2026-12-02T14:30", None),
    # (the update is the publication only as the last resort: nothing else dates the page)
    ("ja", "2026年12月2日 14時30分 更新", "2026-12-02T14:30", "2026-12-02T14:30"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "line", "published", "modified"),
    UPDATED_AFTER,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(UPDATED_AFTER)],
)
def test_an_update_label_after_the_date(
    lang: str, line: str, published: str | None, modified: str | None
) -> None:
    html = _page(lang, "T", "Ein erfundener Titel", "Jane Doe", line, "Tags", ["Haushalt"])
    found = extract_article(html.encode(), "https://www.example.test/story-123.html")
    assert (found.published or "")[:16] == (published or "")
    assert (found.modified or "")[:16] == (modified or "")


# A site's name after the headline, in letters that keep no base letter apart from their
# mark: the host spells it with the base letter.
SITE_LETTERS = [
    ("pl", "Rada miasta przyjęła budżet - Przykład.pl", "https://www.przyklad.pl/a/1.html"),
    ("da", "Byrådet vedtager budgettet | Eksempel Børsen", "https://borsen.example/a/1.html"),
    ("is", "Borgarstjórn samþykkir fjárhagsáætlun - Dæmiblaðið", "https://www.daemibladid.is/a/1.html"),
    ("tr", "Meclis bütçeyi kabul etti - Örnek Işık", "https://www.ornekisik.com.tr/a/1.html"),
    ("hr", "Gradsko vijeće usvojilo proračun - Primjer Đurđevac", "https://primjerdurdevac.hr/a/1.html"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "full", "url"), SITE_LETTERS, ids=[c[0] for c in SITE_LETTERS])
def test_a_site_name_in_letters_the_host_spells_plainly(lang: str, full: str, url: str) -> None:
    html = f"<html lang='{lang}'><head><meta charset='utf-8'><title>{full}</title></head><body><article>{PARA}{PARA}</article></body></html>"
    assert extract_article(html.encode(), url).title == full.split(" - ")[0].split(" | ")[0]


# Tag lists under headings in more languages and in three layouts: a heading beside a list,
# a heading above it, and one line "Heading: <a>..</a>, <a>..</a>".
TAG_HEADINGS = [
    ("fr", "Thèmes associés"), ("nb", "Tema"), ("fi", "Aiheesta lisää"), ("cs", "Související témata"),
    ("ro", "Taguri"), ("tr", "İlgili Konular"), ("ko", "#태그"), ("tl", "Mga Tag"), ("ga", "Clibeanna"),
    ("is", "Efnisorð"), ("pt", "Palavras-chave"), ("pl", "Tagi"), ("ru", "Теги"), ("he", "תגיות"),
    ("ar", "الكلمات المفتاحية"), ("zh", "标签"), ("ja", "タグ"), ("ms", "Topik Berkaitan"), ("sw", "Mada"),
    ("en", "Tags"),
]  # fmt: skip


def _tag_block(layout: str, heading: str) -> str:
    links = '<a href="/t/haushalt">Haushalt</a>, <a href="/t/feuerwehr">Feuerwehr</a>'
    if layout == "beside":
        return f"<div class='meta'><span>{heading}:</span><ul><li>{links.replace(', ', '</li><li>')}</li></ul></div>"
    if layout == "above":
        return f"<section><h3>{heading}</h3><ul><li>{links.replace(', ', '</li><li>')}</li></ul></section>"
    if layout == "strong":
        return f"<p><strong>{heading}:</strong> {links}</p>"
    return f"<p>{heading}: {links}</p>"


@pytest.mark.parametrize("layout", ["beside", "above", "line", "strong"])
@pytest.mark.parametrize(
    ("lang", "heading"), TAG_HEADINGS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TAG_HEADINGS)]
)
def test_a_tag_list_in_its_language(lang: str, heading: str, layout: str) -> None:
    block = _tag_block(layout, heading)
    html = f"<html lang='{lang}'><head><title>T</title></head><body><article><h1>Ein erfundener Titel des Artikels</h1>{PARA}{PARA}{block}</article></body></html>"
    assert extract_article(html.encode(), "https://www.example.test/news/artikel-1").topics == [
        "Haushalt",
        "Feuerwehr",
    ]


@pytest.mark.parametrize(
    "line",
    [
        'Themen: Der Rat hat den <a href="/t/haushalt">Haushalt</a> und die <a href="/t/feuerwehr">Feuerwehr</a> besprochen.',
        'Tags: <a href="/t/haushalt">Haushalt</a> und mehr zur <a href="/t/feuerwehr">Feuerwehr</a>',
        'Lesen Sie auch: <a href="/a/1">Haushalt</a>, <a href="/a/2">Feuerwehr</a>',
    ],
)
def test_a_paragraph_is_no_tag_line(line: str) -> None:
    html = f"<html lang='de'><head><title>T</title></head><body><article><h1>Ein erfundener Titel des Artikels</h1>{PARA}<p>{line}</p>{PARA}</article></body></html>"
    assert extract_article(html.encode(), "https://www.example.test/news/artikel-1").topics == []


# A whole hour after "at" ("à 20 h"), and a dotted time after the Czech and Slovak "at".
CLOCKS = [
    ("fr", "2 décembre 2026 à 20 h", "2026-12-02T20:00"),
    ("fr", "Publié le 2 décembre 2026 à 9h", "2026-12-02T09:00"),
    ("es", "2 de diciembre de 2026 a las 20 h", "2026-12-02T20:00"),
    ("pt", "2 de dezembro de 2026 às 9h", "2026-12-02T09:00"),
    ("cs", "2. prosince 2026 v 14.30", "2026-12-02T14:30"),
    ("sk", "2. decembra 2026 o 14.30", "2026-12-02T14:30"),
    ("fr", "2 décembre 2026 · il y a 3 h", "2026-12-02T00:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), CLOCKS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CLOCKS)]
)
def test_a_clock_after_the_word_for_at(lang: str, text: str, expected: str) -> None:
    found = parse_text(text, lambda _: None)
    assert found is not None and found.isoformat().startswith(expected)


# Byline words in more languages: "by" words ("Scris de", "Parengė", Greek "Γράφει", Albanian
# "Nga" and Irish "Le" on pages in their language) and labels before a colon ("Írta:",
# "Napsal:", "Opracowanie:", "Höfundur:", "Reportagem:", "تقرير:"), in a byline block and
# as a plain line under the headline.
MORE_BYLINES = [
    ("ro", "Scris de Ion Popescu", ["Ion Popescu"]),
    ("lt", "Parengė Jonas Jonaitis", ["Jonas Jonaitis"]),
    ("lt", "Parengė: Jonas Jonaitis", ["Jonas Jonaitis"]),
    ("el", "Γράφει ο Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
    ("el", "Γράφει η Μαρία Παπαδοπούλου", ["Μαρία Παπαδοπούλου"]),
    ("sq", "Nga Arben Hoxha", ["Arben Hoxha"]),
    ("ga", "Le Seán Ó Briain", ["Seán Ó Briain"]),
    ("pt", "Reportagem: Ana Souza e João Lima", ["Ana Souza", "João Lima"]),
    ("ar", "تقرير: أحمد علي", ["أحمد علي"]),
    ("hu", "Írta: Kovács János", ["Kovács János"]),
    ("cs", "Napsal: Jan Novák", ["Jan Novák"]),
    ("pl", "Opracowanie: Anna Kowalska", ["Anna Kowalska"]),
    ("lv", "Sagatavoja: Jānis Bērziņš", ["Jānis Bērziņš"]),
    ("is", "Höfundur: Jón Jónsson", ["Jón Jónsson"]),
    ("ms", "Wartawan: Ahmad Ali", ["Ahmad Ali"]),
    ("bn", "লেখক: রহিম উদ্দিন", ["রহিম উদ্দিন"]),
]  # fmt: skip


@pytest.mark.parametrize("block", ["<p class='byline'>", "<p>"])
@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    MORE_BYLINES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(MORE_BYLINES)],
)
def test_byline_words_in_more_languages(
    lang: str, line: str, expected: list[str], block: str
) -> None:
    html = _page(
        lang, "T", "Ein erfundener Titel", line, "2026-12-02 14:30", "Tags", ["Haushalt"]
    ).replace('<p class="byline">', block)
    assert (
        extract_article(html.encode(), "https://www.example.test/story-123.html").authors
        == expected
    )


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("id", "Laporan wartawan Koran Contoh, Budi Santoso", ["Budi Santoso"]),
        ("fr", "Le Monde", ["Le Monde"]),
        ("en", "Nga Nguyen", ["Nga Nguyen"]),
        ("vi", "Nguyễn Thị Nga", ["Nguyễn Thị Nga"]),
    ],
)
def test_words_that_lead_a_byline_only_in_their_language(
    lang: str, line: str, expected: list[str]
) -> None:
    html = _page(lang, "T", "Ein erfundener Titel", line, "2026-12-02 14:30", "Tags", ["Haushalt"])
    assert (
        extract_article(html.encode(), "https://www.example.test/story-123.html").authors
        == expected
    )


# Lines stating both the publication and the update with each language's labels, in either
# order (the published part is the publication whatever comes first).
BOTH_LABELS = [
 ("he", "עודכן: 03.12.26 09:00 | פורסם: 02.12.26 14:30", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("lt", "Atnaujinta 2026-12-03 09:00 Paskelbta 2026-12-02 14:30", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("ms", "Disiarkan pada 2 Dis 2026, 2:30 petang", "2026-12-02T14:30", None),
 ("ms", "Diterbitkan: 2 Dis 2026, 2:30 petang | Dikemas kini: 3 Dis 2026, 9:00 pagi", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("pl", "Data publikacji: 02.12.2026, 14:30 Data aktualizacji: 03.12.2026, 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("cs", "Aktualizováno 3. 12. 2026 9:00 Publikováno 2. 12. 2026 14:30", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("hu", "Frissítve: 2026. december 3. 09:00 Közzétéve: 2026. december 2. 14:30", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("ro", "Publicat: 02.12.2026, 14:30 Actualizat: 03.12.2026, 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("uk", "Опубліковано 2 грудня 2026, 14:30 Оновлено 3 грудня 2026, 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("sw", "Imechapishwa: 2 Desemba 2026 Imesasishwa: 3 Desemba 2026", "2026-12-02", "2026-12-03"),
 ("is", "Birt: 2.12.2026 kl. 14.30 Uppfært: 3.12.2026 kl. 09.00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("zh-TW", "發布時間：2026/12/02 14:30 更新時間：2026/12/03 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("zh", "发布时间：2026-12-02 14:30 | 更新时间：2026-12-03 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("pt", "Publicado em 02/12/2026 - 14:30 Atualizado em 03/12/2026 - 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("fi", "Julkaistu 2.12.2026 14:30 | Päivitetty 3.12.2026 9:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("nl", "Gepubliceerd: 2 december 2026 14:30 Laatste update: 3 december 2026 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("id", "Dipublikasikan: Rabu, 2 Des 2026 14:30 WIB", "2026-12-02T14:30", None),
 ("ar", "تاريخ النشر: 2 ديسمبر 2026 آخر تحديث: 3 ديسمبر 2026", "2026-12-02", "2026-12-03"),
 ("tr", "Giriş: 02.12.2026 14:30 Güncelleme: 03.12.2026 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("sk", "Publikované 2. 12. 2026 14:30, aktualizované 3. 12. 2026 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("lv", "Publicēts: 02.12.2026 14:30 Atjaunots: 03.12.2026 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("et", "Avaldatud: 02.12.2026 14:30 Uuendatud: 03.12.2026 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("hr", "Objavljeno: 2. prosinca 2026. u 14:30 Ažurirano: 3. prosinca 2026. u 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("ko", "입력 2026.12.02 14:30 수정 2026.12.03 09:00", "2026-12-02T14:30", "2026-12-03T09:00"),
 ("ja", "2026年12月2日 14時30分 公開 (12月3日 9時00分 更新)", "2026-12-02T14:30", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "line", "published", "modified"),
    BOTH_LABELS,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(BOTH_LABELS)],
)
def test_published_and_updated_in_one_line(
    lang: str, line: str, published: str, modified: str | None
) -> None:
    html = _page(lang, "T", "Ein erfundener Titel", "Jane Doe", line, "Tags", ["Haushalt"])
    found = extract_article(html.encode(), "https://www.example.test/story-123.html")
    assert (found.published or "").startswith(published), found.published
    assert modified is None or (found.modified or "").startswith(modified), found.modified


# Two writers joined by the language's "and" (Albanian "dhe", Turkish "ile" too).
TWO_WRITERS = [
    ("ar", "بقلم أحمد علي ومحمد حسن", ["أحمد علي", "محمد حسن"]),
    ("fa", "علی رضایی و مریم احمدی", ["علی رضایی", "مریم احمدی"]),
    ("hi", "रमेश कुमार और सीता देवी", ["रमेश कुमार", "सीता देवी"]),
    ("el", "Γιώργος Παπαδόπουλος και Μαρία Παπαδοπούλου", ["Γιώργος Παπαδόπουλος", "Μαρία Παπαδοπούλου"]),
    ("lv", "Jānis Bērziņš un Anna Kalniņa", ["Jānis Bērziņš", "Anna Kalniņa"]),
    ("et", "Mari Tamm ja Jaan Kask", ["Mari Tamm", "Jaan Kask"]),
    ("hr", "Ivan Horvat i Ana Kovač", ["Ivan Horvat", "Ana Kovač"]),
    ("tl", "Juan dela Cruz at Maria Santos", ["Juan dela Cruz", "Maria Santos"]),
    ("sq", "Arben Hoxha dhe Elira Shehu", ["Arben Hoxha", "Elira Shehu"]),
    ("tr", "Ahmet Yılmaz ile Ayşe Demir", ["Ahmet Yılmaz", "Ayşe Demir"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "raw", "expected"), TWO_WRITERS, ids=[c[0] for c in TWO_WRITERS])
def test_two_writers_joined_by_and(lang: str, raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected
