"""Whole invented pages in the unseen set's languages, six ways a CMS prints the byline and
tags: in a meta block with the date and share buttons, in plain divs, in one line with the
date, under a JSON-LD author that is the site itself, under an author meta naming the site,
and below a promo strip of other stories' bylines. Authors and topics are checked on each
(the byline's own conventions: a place after the name, "文" and a slash before the date, "Name skrifar",
"Written By: ... | Edited By: ...", "Name, LRT.lt"). Invented names, sites and markup."""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

# lang: sentence, headline, byline, tag heading, tags, writers, another story's writer
LANGUAGES = {
    "cs": ("Vláda ve středu schválila nový rozpočet na příští rok, který počítá s nižším schodkem. ", "Vláda schválila rozpočet na příští rok", '<span class="autor-name">Jan Novák</span>, <span>Praha</span>', "Témata", ["rozpočet", "vláda"], ["Jan Novák"], "Petr Svoboda"),
    "pl": ("Rząd w środę przyjął nowy budżet na przyszły rok, który zakłada niższy deficyt. ", "Rząd przyjął budżet na przyszły rok", 'Autor: <a href="/autor/anna-kowalska">Anna Kowalska</a>', "Tagi", ["budżet", "rząd"], ["Anna Kowalska"], "Jan Nowak"),
    "pt": ("O governo aprovou na quarta-feira o novo orçamento para o próximo ano, com um défice menor. ", "Governo aprova orçamento para o próximo ano", "Por <strong>Carlos Lima</strong> — Lisboa", "Tópicos", ["orçamento", "governo"], ["Carlos Lima"], "Marta Dias"),
    "he": ("הממשלה אישרה ביום רביעי את התקציב החדש לשנה הבאה, שצופה גירעון נמוך יותר. ", "הממשלה אישרה את התקציב לשנה הבאה", 'מאת <a href="/writer/1">יוסי כהן</a>', "תגיות", ["תקציב", "ממשלה"], ["יוסי כהן"], "דנה לוי"),
    "ru": ("Правительство в среду одобрило новый бюджет на следующий год с меньшим дефицитом. ", "Правительство одобрило бюджет на следующий год", 'Автор: <a href="/authors/ivan">Иван Петров</a>', "Темы", ["бюджет", "правительство"], ["Иван Петров"], "Мария Иванова"),
    "hi": ("सरकार ने बुधवार को अगले वर्ष के लिए नया बजट मंजूर किया, जिसमें घाटा कम रखा गया है। ", "सरकार ने अगले वर्ष का बजट मंजूर किया", 'Written By: <a href="/author/rahul">Rahul Sharma</a> | Edited By: <a href="/author/priya">Priya Nair</a>', "टैग्स", ["बजट", "सरकार"], ["Rahul Sharma"], "Amit Verma"),
    "ms": ("Kerajaan pada hari Rabu meluluskan belanjawan baharu bagi tahun depan dengan defisit lebih rendah. ", "Kerajaan luluskan belanjawan tahun depan", 'Oleh <a href="/penulis/ahmad">Ahmad Faizal</a>', "Tag", ["belanjawan", "kerajaan"], ["Ahmad Faizal"], "Siti Aminah"),
    "sw": ("Serikali siku ya Jumatano iliidhinisha bajeti mpya ya mwaka ujao yenye nakisi ndogo. ", "Serikali yaidhinisha bajeti ya mwaka ujao", 'Na <a href="/mwandishi/juma">Juma Mwangi</a>', "Mada", ["bajeti", "serikali"], ["Juma Mwangi"], "Amina Said"),
    "is": ("Ríkisstjórnin samþykkti á miðvikudag nýtt fjárlagafrumvarp fyrir næsta ár með minni halla. ", "Ríkisstjórnin samþykkti fjárlög næsta árs", '<a href="/hofundur/jon">Jón Jónsson</a> skrifar', "Efnisorð", ["fjárlög", "ríkisstjórnin"], ["Jón Jónsson"], "Anna Sigurðardóttir"),
    "lt": ("Vyriausybė trečiadienį patvirtino naują kitų metų biudžetą, kuriame numatytas mažesnis deficitas. ", "Vyriausybė patvirtino kitų metų biudžetą", '<a href="/autorius/jonas">Jonas Jonaitis</a>, LRT.lt', "Žymės", ["biudžetas", "vyriausybė"], ["Jonas Jonaitis"], "Eglė Kazlauskaitė"),
    "de": ("Die Regierung hat am Mittwoch den neuen Haushalt für das kommende Jahr beschlossen, mit weniger Schulden. ", "Regierung beschließt Haushalt für kommendes Jahr", 'Von <a href="/autoren/anna-muster">Anna Muster</a>, Wien', "Themen", ["Haushalt", "Regierung"], ["Anna Muster"], "Ben Beispiel"),
    "zh": ("政府周三批准了明年的新预算，预计赤字将低于今年，财政部表示将继续控制开支。", "政府批准明年新预算", "文／李佩珊 2026/12/02", "标签", ["预算", "政府"], ["李佩珊"], "王小明"),
}  # fmt: skip
LAYOUTS = (
    "meta-block",
    "plain",
    "one-line",
    "site-as-jsonld-author",
    "site-as-author-meta",
    "promo-strip-before",
)


def _page(lang: str, layout: str) -> str:
    sentence, title, byline, heading, tags, _, other = LANGUAGES[lang]
    paragraph = "<p>" + sentence * 3 + "</p>"
    date = '<time datetime="2026-12-02T14:30:00+01:00">2. 12. 2026 14:30</time>'
    head = promo = ""
    if layout == "site-as-jsonld-author":
        site = {"@type": "Organization", "name": "Beispielsite"}
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "author": site,
            "publisher": site,
        }
        head = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    elif layout == "site-as-author-meta":
        head = '<meta name="author" content="Beispielsite">'
    elif layout == "promo-strip-before":
        cards = "".join(
            f'<li><a href="/y/{i}"><h3>{t}</h3></a><span class="byline">{other}</span></li>'
            for i, t in enumerate(
                (
                    "Die meistgelesene Geschichte über etwas ganz anderes",
                    "Die zweite Geschichte über das Wetter",
                )
            )
        )
        promo = f'<section class="promo"><ul>{cards}</ul></section>'
    if layout == "plain" or layout == "promo-strip-before":
        meta = f"<div>{byline}</div><div>{date}</div>"
    elif layout == "one-line":
        meta = f'<p class="article__info">{byline} · {date}</p>'
    else:
        meta = f'<div class="article-meta"><div class="flex">{byline}</div>{date}<div class="share"><a href="#">Facebook</a><a href="#">X</a></div></div>'
    links = "".join(f'<li><a href="/t/{i}">{t}</a></li>' for i, t in enumerate(tags))
    related = f'<aside><h2>Mehr</h2><ul><li><article><h3><a href="/x/2">Eine andere Geschichte über den Haushalt im nächsten Jahr</a></h3><span class="author">{other}</span></article></li></ul></aside>'
    return (
        f'<html lang="{lang}"><head><title>{title} | Beispielsite</title><meta property="og:site_name" content="Beispielsite">{head}</head>'
        '<body><header><a href="/">Beispielsite</a><nav><a href="/a">Start</a></nav></header>'
        f'<main>{promo}<article><nav class="breadcrumb"><a href="/">Start</a> › <a href="/z">Politik</a></nav><h1>{title}</h1>{meta}'
        '<figure><img src="/i.jpg"><figcaption>Ein Bild. Foto: Karl Fotograf</figcaption></figure>'
        f"{paragraph}{paragraph}{paragraph}<div><h3>{heading}</h3><ul>{links}</ul></div></article>{related}</main>"
        "<footer>© Beispielsite</footer></body></html>"
    )


CASES = [
    pytest.param(lang, layout, id=f"{lang}-{layout}") for lang in LANGUAGES for layout in LAYOUTS
]


@pytest.mark.parametrize(("lang", "layout"), CASES)
def test_authors(lang: str, layout: str) -> None:
    article = extract_article(
        _page(lang, layout), f"https://www.beispielsite-{lang}.example/politik/a-1"
    )
    assert article.authors == LANGUAGES[lang][5]


@pytest.mark.parametrize(("lang", "layout"), CASES)
def test_topics(lang: str, layout: str) -> None:
    article = extract_article(
        _page(lang, layout), f"https://www.beispielsite-{lang}.example/politik/a-1"
    )
    assert article.topics == LANGUAGES[lang][4]
