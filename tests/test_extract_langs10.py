"""Invented pages in the unseen set's languages (Hebrew, Czech, Chinese, Portuguese ...): rules
found by probing such pages. Every sentence, name, site and markup here is made up.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

HE = (
    "<p>"
    + "מועצת העיר אישרה אמש את התקציב החדש לאחר דיון ארוך שנמשך עד שעות הלילה המאוחרות. " * 4
    + "</p>"
)
CS = (
    "<p>"
    + "Zastupitelé města ve čtvrtek večer po dlouhé debatě schválili rozpočet na příští rok. " * 4
    + "</p>"
)
RU = (
    "<p>"
    + "Городская дума в четверг вечером после долгих споров приняла бюджет на следующий год. " * 4
    + "</p>"
)


def _page(lang: str, head: str, body: str, rtl: bool = False) -> str:
    d = ' dir="rtl"' if rtl else ""
    return f'<html lang="{lang}"{d}><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def _ld(obj: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


# Direction marks, zero-width characters and soft hyphens at a text's ends are no part of it.
# field, page, expected
EDGE_MARKS = [
    ("title", _page("he", '<meta property="og:title" content="\u200fשביתה בנמל הצפוני\u200f">', f"<div>{HE}{HE}</div>", True), "שביתה בנמל הצפוני"),
    ("title", _page("ar", '<meta property="og:title" content="\u202bإضراب في الميناء الشمالي\u202c">', "<div><p>" + "وافق مجلس المدينة على الميزانية الجديدة بعد نقاش طويل استمر حتى ساعات الليل. " * 5 + "</p></div>", True), "إضراب في الميناء الشمالي"),
    ("title", _page("ru", '<meta property="og:title" content="\ufeffЖители недовольны\u200b">', f"<div>{RU}{RU}</div>"), "Жители недовольны"),
    ("authors", _page("he", '<meta property="og:title" content="הבנקים מעלים ריבית">' + _ld({"@type": "NewsArticle", "headline": "הבנקים מעלים ריבית", "author": {"@type": "Person", "name": "\u200fמיכל ברק\u200f"}}), f"<article><h1>הבנקים מעלים ריבית</h1>{HE}</article>", True), ["מיכל ברק"]),
    ("authors", _page("he", "<title>הפגנה מול העירייה</title>", f'<article><h1>הפגנה מול העירייה</h1><div class="writer">\u200fמאת: אבי מזרחי\u200f</div>{HE}</article>', True), ["אבי מזרחי"]),
    ("authors", _page("ru", '<meta property="article:author" content="\u200bМария Козлова">', f"<article><h1>Жители обсудят бюджет</h1>{RU}</article>"), ["Мария Козлова"]),
    ("topics", _page("he", _ld({"@type": "NewsArticle", "headline": "ריבית", "keywords": ["\u200fריבית", "בנקים\u200f"]}), f"<article><h1>ריבית</h1>{HE}</article>", True), ["ריבית", "בנקים"]),
    # guards: a mark inside the text stays (a key keeps a CMS's soft hyphen inside a word)
    ("title", _page("de", '<meta property="og:title" content="Neuer Hafen\u00adplan für Kiel">', "<div><p>" + "Der Rat hat den neuen Plan für den Hafen am Donnerstag nach langer Debatte beschlossen. " * 4 + "</p></div>"), "Neuer Hafen\u00adplan für Kiel"),
    ("title", _page("cs", '<meta property="og:title" content="Firmy hlásí ztráty">', f"<div>{CS}{CS}</div>"), "Firmy hlásí ztráty"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("field", "html", "expected"), EDGE_MARKS, ids=[f"{r[0]}-{i}" for i, r in enumerate(EDGE_MARKS)]
)
def test_marks_at_a_texts_ends_go(field: str, html: str, expected: object) -> None:
    article = extract_article(html, "https://www.example.co.il/news/article-884512")
    assert getattr(article, field) == expected


ZH = (
    "<p>"
    + "市议会周四晚间经过长时间辩论，通过了明年的财政预算，其中交通方面的支出将大幅增加。" * 3
    + "</p>"
)
JA = (
    "<p>"
    + "市議会は木曜日の夜、長時間の議論の末に来年度の予算案を可決した。交通分野の支出が大きく増える。"
    * 3
    + "</p>"
)
KO = (
    "<p>"
    + "시의회는 목요일 밤 긴 논의 끝에 내년도 예산안을 통과시켰다. 교통 분야 지출이 크게 늘어난다. "
    * 3
    + "</p>"
)

# Chinese and Japanese keywords strings parted by spaces only: one label per part.
# lang, keywords meta, expected topics
SPACED_KEYWORDS = [
    ("zh", "市议会 预算 交通", ["市议会", "预算", "交通"]),
    ("zh", "公交 5G 市政府", ["公交", "5G", "市政府"]),
    ("zh-TW", "市議會  預算", ["市議會", "預算"]),
    ("ja", "予算 市議会 交通", ["予算", "市議会", "交通"]),
    # guards: separators part them as before; Korean and Latin phrases are one label each
    ("zh", "市议会,预算 交通", ["市议会", "预算 交通"]),
    ("ko", "서울 시의회", ["서울 시의회"]),
    ("en", "City Council", ["City Council"]),
    ("zh", "iPhone 发布会", ["iPhone 发布会"]),
    ("zh", "New York 纽约 市长", ["New York 纽约 市长"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "keywords", "expected"),
    SPACED_KEYWORDS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(SPACED_KEYWORDS)],
)
def test_cjk_keywords_parted_by_spaces(lang: str, keywords: str, expected: list[str]) -> None:
    text = {"ja": JA, "ko": KO}.get(lang, ZH)
    html = _page(
        lang,
        f'<title>标题</title><meta name="keywords" content="{keywords}">',
        f"<article><h1>标题</h1>{text}{text}</article>",
    )
    assert (
        extract_article(html, "https://www.example.cn/2026-12/03/c_1212345678.htm").topics
        == expected
    )


# A date line in CJK characters over the story is no paragraph of it.
# lang, date line, its story's paragraph
CJK_DATE_LINES = [
    ("ja", "2026年12月3日 14時05分", JA),
    ("ja", "2026年12月3日", JA),
    ("zh", "2026年12月3日 下午", ZH),
    ("ko", "2026년 12월 3일", KO),
    ("ja", "更新 14時05分", JA),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "line", "text"),
    CJK_DATE_LINES,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(CJK_DATE_LINES)],
)
def test_cjk_date_line_is_no_paragraph(lang: str, line: str, text: str) -> None:
    html = _page(
        lang,
        "<title>市議会</title>",
        f'<article><h1>市議会</h1><div class="date">{line}</div>{text}{text}</article>',
    )
    body = extract_article(html, "https://www.example.jp/article/123456").body or ""
    assert line not in body
    assert body.count("\n\n") == 1


# guards: a short sentence with a date, ended by its stop, stays
CJK_DATE_SENTENCES = [
    ("ja", "2026年12月3日に開幕した。"),
    ("zh", "2026年12月3日，会议开幕。"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line"), CJK_DATE_SENTENCES)
def test_cjk_dated_sentence_stays(lang: str, line: str) -> None:
    text = JA if lang == "ja" else ZH
    html = _page(
        lang,
        "<title>市議会</title>",
        f"<article><h1>市議会</h1><p>{line}</p>{text}{text}</article>",
    )
    assert line in (extract_article(html, "https://www.example.jp/article/123456").body or "")


PT = (
    "<p>"
    + "A câmara municipal aprovou na quinta-feira à noite o orçamento do próximo ano, depois de um longo debate. "
    * 4
    + "</p>"
)

# A newsroom crediting itself in the byline, and no one else named: the newsroom's word is
# the author (a key without authors is not scored, so the credit can only gain), without
# "by" and "from the"; a JSON-LD organisation or a person named anywhere comes first.
# lang, byline, JSON-LD author (or None), expected
NEWSROOM = [
    ("pt", "Por Redação", None, ["Redação"]),
    ("pt", "Da Redação", None, ["Redação"]),
    ("es", "Por Redacción", None, ["Redacción"]),
    ("cs", "Redakce", None, ["Redakce"]),
    ("pl", "Redakcja", None, ["Redakcja"]),
    ("ru", "Редакция", None, ["Редакция"]),
    ("de", "Von Redaktion", None, ["Redaktion"]),
    ("pt", "Da Redação", {"@type": "Organization", "name": "Redação Portal Pvz"}, ["Redação Portal Pvz"]),
    # guards: a person or an agency named wins; a name's "da" is its own
    ("pt", "Por Ana Souza, da Redação", None, ["Ana Souza"]),
    ("pt", "Por Marcos da Silva", None, ["Marcos da Silva"]),
    ("pt", "Da Redação, com Reuters", None, ["Reuters"]),
    ("pt", "Da Redação", {"@type": "Person", "name": "Ana Souza"}, ["Ana Souza"]),
    ("pt", "Por Ana Souza", None, ["Ana Souza"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "byline", "author", "expected"),
    NEWSROOM,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(NEWSROOM)],
)
def test_newsroom_credited_alone(
    lang: str, byline: str, author: dict[str, str] | None, expected: list[str]
) -> None:
    head = '<title>Câmara aprova orçamento | Portal Pvz</title><meta property="og:site_name" content="Portal Pvz">'
    if author:
        head += _ld(
            {"@type": "NewsArticle", "headline": "Câmara aprova orçamento", "author": author}
        )
    html = _page(
        lang,
        head,
        f'<article><h1>Câmara aprova orçamento</h1><div class="autor">{byline}</div>{PT}{PT}</article>',
    )
    assert (
        extract_article(html, "https://www.portalpvz.com.br/noticias/camara-aprova").authors
        == expected
    )


IT = (
    "<p>"
    + "Il consiglio comunale ha approvato giovedì sera il bilancio del prossimo anno dopo un lungo dibattito. "
    * 4
    + "</p>"
)

# Portuguese surnames after "da" ("Marcos da Silva") are no place the writer filed from, as
# Italian "da Roma" is; nor does a cut leave one word.
# lang, byline, expected
DA_NAMES = [
    ("pt", "Por Marcos da Silva", ["Marcos da Silva"]),
    ("pt", "Por Ana Maria da Costa", ["Ana Maria da Costa"]),
    ("pt-BR", "Luiz Carlos da Rocha", ["Luiz Carlos da Rocha"]),
    ("es", "Por Marcos da Silva", ["Marcos da Silva"]),
    # guards: Italian "from", and Portuguese "de"/"em" before a place
    ("it", "di Mario Rossi da Roma", ["Mario Rossi"]),
    ("pt", "Por Ana Souza, de São Paulo", ["Ana Souza"]),
    ("pt", "Por Ana Souza em Brasília", ["Ana Souza"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "byline", "expected"), DA_NAMES, ids=[f"{r[0]}-{i}" for i, r in enumerate(DA_NAMES)]
)
def test_da_in_a_name(lang: str, byline: str, expected: list[str]) -> None:
    text = IT if lang == "it" else PT
    html = _page(
        lang,
        "<title>Orçamento aprovado</title>",
        f'<article><h1>Orçamento aprovado</h1><div class="autor">{byline}</div>{text}{text}</article>',
    )
    assert (
        extract_article(html, "https://www.example.com.br/noticias/orcamento-aprovado").authors
        == expected
    )


def test_da_after_a_job_is_the_employer() -> None:
    html = _page(
        "pt",
        "<title>Orçamento aprovado</title>",
        f'<article><h1>Orçamento aprovado</h1><div class="byline">Por Ana Souza, repórter da Folha</div>{PT}{PT}</article>',
    )
    assert extract_article(
        html, "https://www.example.com.br/noticias/orcamento-aprovado"
    ).authors == ["Ana Souza"]


# A site's name no meta states: a name with its host in brackets ("Hospodářské listy
# (HL.cz)", also on a section's subdomain), a Hebrew name the host spells in Latin letters.
# url, <title> (also og:title), expected title
SITE_NAMES = [
    ("https://byznys.hl.cz/c1-67123999-firmy-hlasi-ztraty", "Firmy hlásí ztráty | Hospodářské listy (HL.cz)", "Firmy hlásí ztráty"),
    ("https://hl.cz/c1-67123999-firmy-hlasi-ztraty", "Firmy hlásí ztráty - Hospodářské listy (HL.cz)", "Firmy hlásí ztráty"),
    ("https://www.priklad.sk/ekonomika/123", "Firmy hlásia straty | Denník Príklad (priklad.sk)", "Firmy hlásia straty"),
    ("https://www.hamekomon.co.il/news/99887", "הפגנה מול בניין העירייה | המקומון", "הפגנה מול בניין העירייה"),
    ("https://www.galim.co.il/news/99887", "ויכוח סוער בכנסת - גלים", "ויכוח סוער בכנסת"),
    ("https://www.mivzak.co.il/news/99887", "ויכוח סוער בכנסת | מבזק", "ויכוח סוער בכנסת"),
    # guards: a bracketed host of another site, a Hebrew part the host does not spell, a
    # bracketed agency, a host alone in brackets after the headline
    ("https://byznys.hl.cz/c1-67123999-firmy", "Firmy hlásí ztráty | Jiné noviny (JN.cz)", "Firmy hlásí ztráty | Jiné noviny (JN.cz)"),
    ("https://www.galim.co.il/news/99887", "ויכוח סוער בכנסת - כלכלה ופוליטיקה", "ויכוח סוער בכנסת - כלכלה ופוליטיקה"),
    ("https://www.hayom.co.il/news/99887", "ויכוח סוער בכנסת - היום", "ויכוח סוער בכנסת - היום"),
    ("https://byznys.hl.cz/c1-67123999-firmy", "Firmy hlásí ztráty | Praha (ČTK)", "Firmy hlásí ztráty | Praha (ČTK)"),
    ("https://byznys.hl.cz/c1-67123999-firmy", "Firmy hlásí ztráty (HL.cz)", "Firmy hlásí ztráty"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "title", "expected"), SITE_NAMES, ids=[f"{i}" for i in range(len(SITE_NAMES))]
)
def test_site_name_no_meta_states(url: str, title: str, expected: str) -> None:
    lang, text = ("he", HE) if "co.il" in url else ("cs", CS)
    html = _page(
        lang,
        f'<title>{title}</title><meta property="og:title" content="{title}">',
        f"<div>{text}{text}</div>",
        lang == "he",
    )
    assert extract_article(html, url).title == expected


SW = (
    "<p>"
    + "Baraza la jiji limepitisha bajeti ya mwaka ujao Alhamisi usiku baada ya mjadala mrefu uliodumu. "
    * 4
    + "</p>"
)

# A "by" word a language writes in lower case, printed in capitals ("NA JUMA MWANGI"), and the
# anonymous "our writer" credit ("Na Mwandishi Wetu") as the newsroom's.
# byline, expected
SWAHILI_BYLINES = [
    ("NA JUMA MWANGI", ["JUMA MWANGI"]),
    ("NA Juma Mwangi", ["Juma Mwangi"]),
    ("Na Mwandishi Wetu", ["Mwandishi Wetu"]),
    # guards
    ("Na Juma Mwangi", ["Juma Mwangi"]),
    ("Na JUMA MWANGI", ["JUMA MWANGI"]),
]  # fmt: skip


@pytest.mark.parametrize(("byline", "expected"), SWAHILI_BYLINES)
def test_swahili_byline(byline: str, expected: list[str]) -> None:
    html = _page(
        "sw",
        "<title>Kaunti yapitisha bajeti</title>",
        f'<article><h1>Kaunti yapitisha bajeti</h1><div class="byline">{byline}</div>{SW}{SW}</article>',
    )
    assert extract_article(html, "https://www.habari.co.ke/habari/bajeti-123").authors == expected


# A date line "03/12/2026 14h05" over the story is no paragraph of it; a sentence stays.
# line, kept in the body
PT_DATE_LINES = [
    ("03/12/2026 14h05 Atualizado há 2 horas", False),
    ("03/12/2026 às 14h05", False),
    ("Publicado em 3/12/2026", False),
    ("Em 03/12/2026 a câmara municipal aprovou o orçamento do próximo ano depois de um longo debate com a oposição.", True),
]  # fmt: skip


@pytest.mark.parametrize(("line", "kept"), PT_DATE_LINES)
def test_slashed_date_line_is_no_paragraph(line: str, kept: bool) -> None:
    html = _page(
        "pt-BR",
        "<title>Câmara aprova orçamento</title>",
        f'<article><h1>Câmara aprova orçamento</h1><p class="data">{line}</p>{PT}{PT}</article>',
    )
    assert (
        line in (extract_article(html, "https://www.example.com.br/noticia/123").body or "")
    ) is kept


# The site's name with an edition's region code ("G Exemplo SP") is the publisher, dropped
# beside the writers; an agency with "inf." after it ("BNS inf.") is the agency.
# lang, site name, byline, expected
CREDITS = [
    ("pt", "G Exemplo", "Por Ana Souza e João Lima, G Exemplo SP", ["Ana Souza", "João Lima"]),
    ("lt", "Pavyzdys", "BNS inf.", ["BNS"]),
    ("lt", "Pavyzdys", "Rūta Petraitė, ELTA inf.", ["Rūta Petraitė", "ELTA"]),
    # guards: a person's name ending in capitals, another paper's edition
    ("pt", "G Exemplo", "Por Ana Souza e João Lima, Folha SP", ["Ana Souza", "João Lima", "Folha SP"]),
    ("lt", "Pavyzdys", "Jonas Jonaitis", ["Jonas Jonaitis"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "site", "byline", "expected"),
    CREDITS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(CREDITS)],
)
def test_credits_beside_the_writers(lang: str, site: str, byline: str, expected: list[str]) -> None:
    text = (
        PT
        if lang == "pt"
        else "<p>"
        + "Miesto taryba ketvirtadienio vakarą po ilgų diskusijų patvirtino kitų metų biudžetą. "
        * 4
        + "</p>"
    )
    head = f'<title>Câmara aprova orçamento | {site}</title><meta property="og:site_name" content="{site}">'
    html = _page(
        lang,
        head,
        f'<article><h1>Câmara aprova orçamento</h1><p class="byline">{byline}</p>{text}{text}</article>',
    )
    assert extract_article(html, "https://www.example.com.br/noticia/123").authors == expected


EN = (
    "<p>"
    + "The city council passed next year's budget on Thursday night after a long debate that ran past midnight. "
    * 4
    + "</p>"
)

# A byline linking the writer's page by a path part opening with an author word
# ("/author-ravi-kulkarni-123.cms") links no other piece: the "Updated" line beside it still
# dates a page that states nothing else.
# author link, expected published
AUTHOR_LINKS = [
    ("/toireporter/author-ravi-kulkarni-123.cms", "2026-12-03T14:05:00+05:30"),
    ("/autor-anna-muster-4567", "2026-12-03T14:05:00+05:30"),
    # guards: a piece's address beside the line (a teaser's) keeps it out
    ("/india/by-the-numbers-budget-101701239.html", None),
    ("/india/reporter-attacked-in-pune-101701239.html", None),
]  # fmt: skip


@pytest.mark.parametrize(("href", "expected"), AUTHOR_LINKS)
def test_updated_line_beside_an_author_link(href: str, expected: str | None) -> None:
    byline = f'<div class="byline"><a href="{href}">Ravi Kulkarni</a> / Updated: Dec 3, 2026, 14:05 IST</div>'
    html = _page(
        "en",
        "<title>Pune civic body passes budget</title>",
        f"<article><h1>Pune civic body passes budget</h1>{byline}{EN}{EN}</article>",
    )
    assert (
        extract_article(
            html, "https://www.example.in/city/pune/pune-budget/articleshow/1234567.cms"
        ).published
        == expected
    )


# A JSON-LD author list naming a writer and the site's host as an organisation: the host is a
# CMS default, no credit; the site's name there is credited (as the page says).
# organisation's name, expected
HOST_ORGS = [
    ("frettavefur.is", ["Jón Jónsson"]),
    ("www.frettavefur.is", ["Jón Jónsson"]),
    # guard: the newsroom's name stays beside the writer
    ("Fréttavefurinn", ["Jón Jónsson", "Fréttavefurinn"]),
]  # fmt: skip


@pytest.mark.parametrize(("org", "expected"), HOST_ORGS)
def test_host_beside_a_writer_in_jsonld(org: str, expected: list[str]) -> None:
    text = (
        "<p>"
        + "Borgarstjórn samþykkti í gærkvöldi fjárhagsáætlun næsta árs eftir langar umræður. " * 4
        + "</p>"
    )
    author = [{"@type": "Person", "name": "Jón Jónsson"}, {"@type": "Organization", "name": org}]
    head = (
        '<title>Fjárhagsáætlun samþykkt</title><meta property="og:site_name" content="Fréttavefurinn">'
        + _ld({"@type": "NewsArticle", "headline": "Fjárhagsáætlun samþykkt", "author": author})
    )
    html = _page("is", head, f"<article><h1>Fjárhagsáætlun samþykkt</h1>{text}{text}</article>")
    assert (
        extract_article(
            html, "https://www.frettavefur.is/frettir/2026/12/03/fjarhagsaaetlun/"
        ).authors
        == expected
    )


# A byline printing only the site's own name or host, and no source naming anyone: the site is
# the author as printed (as a meta or JSON-LD author naming it alone already is).
# byline, expected
SITE_BYLINES = [
    ("LRTP.lt", ["LRTP.lt"]),
    ("LRTP", ["LRTP"]),
    ("Autorius: LRTP", ["LRTP"]),
    # guards: another site's host is no credit; a person or an agency is named as before
    ("Pavyzdys.lt", []),
    ("BNS", ["BNS"]),
    ("Rūta Petraitė, LRTP.lt", ["Rūta Petraitė"]),
]  # fmt: skip


@pytest.mark.parametrize(("byline", "expected"), SITE_BYLINES)
def test_site_credited_alone_in_the_byline(byline: str, expected: list[str]) -> None:
    text = (
        "<p>"
        + "Miesto taryba ketvirtadienio vakarą po ilgų diskusijų patvirtino kitų metų biudžetą. "
        * 4
        + "</p>"
    )
    head = '<title>Biudžetas priimtas</title><meta property="og:site_name" content="LRTP">'
    html = _page(
        "lt",
        head,
        f'<article><h1>Biudžetas priimtas</h1><div class="author">{byline}</div>{text}{text}</article>',
    )
    assert (
        extract_article(html, "https://www.lrtp.lt/naujienos/lietuvoje/2/2123457/biudzetas").authors
        == expected
    )
