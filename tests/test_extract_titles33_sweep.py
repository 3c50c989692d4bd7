"""Titles on publishers never seen (issue 10, session 33): a sweep of page shapes the
earlier tests leave out: a multi-part <title> ("Headline | Section | Site") in eleven
languages, full-width separators (U+FF5C, U+FF1A, U+FF0D, U+30FB), right-to-left pages (Arabic, Hebrew,
Persian; a direction mark before the separator), pages with only a <title>.

Every page is invented (words, hosts, site names). All rows pass before and after (guards:
the shapes work; session 33's sweep found no general failure among them, see the report).
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import html
from typing import Any

import pytest

from newsarchive.extract import extract_article

P = {
    "en": "A paragraph of the article, long enough to read like a story. ",
    "de": "Ein Absatz des Artikels, lang genug, um wie ein Text zu lesen. ",
    "ar": "هذه فقرة من المقال طويلة بما يكفي لتقرأ مثل قصة حقيقية في الصحيفة. ",
    "he": "זוהי פסקה מן הכתבה, ארוכה מספיק כדי להיקרא כמו סיפור של ממש. ",
    "fa": "این یک بند از مقاله است که به اندازه کافی بلند است تا مانند یک داستان خوانده شود. ",
    "ja": "これは記事の段落で、物語のように読めるほど十分に長い文章です。",
    "zh": "这是文章的一个段落，足够长，可以像一个故事一样阅读。",
    "ko": "이것은 기사의 한 단락으로, 이야기처럼 읽힐 만큼 충분히 깁니다. ",
    "tr": "Makalenin bir paragrafı, bir hikaye gibi okunacak kadar uzun. ",
    "pl": "Akapit artykułu, wystarczająco długi, by czytać go jak tekst. ",
    "ru": "Абзац статьи, достаточно длинный, чтобы читаться как текст. ",
    "es": "Un párrafo del artículo, lo bastante largo para leerse como un texto. ",
    "fr": "Un paragraphe de l'article, assez long pour se lire comme un texte. ",
    "hi": "यह लेख का एक अनुच्छेद है, जो एक कहानी की तरह पढ़ने के लिए काफी लंबा है। ",
    "el": "Μια παράγραφος του άρθρου, αρκετά μεγάλη για να διαβάζεται σαν κείμενο. ",
}


def page(
    tab: str,
    lang: str,
    og: str | None = None,
    h1: str | None = None,
    site: str | None = None,
    section: str | None = None,
    rtl: bool = False,
) -> bytes:
    head = f"<title>{html.escape(tab)}</title>" if tab is not None else ""
    if og:
        head += f'<meta property="og:title" content="{html.escape(og)}">'
    if site:
        head += f'<meta property="og:site_name" content="{html.escape(site)}">'
    if section:
        head += f'<meta property="article:section" content="{html.escape(section)}">'
    d = " dir='rtl'" if rtl else ""
    h = f"<h1>{html.escape(h1)}</h1>" if h1 else ""
    return f"<html lang='{lang}'{d}><head><meta charset='utf-8'>{head}</head><body><article>{h}<p>{P[lang] * 8}</p></article></body></html>".encode()


CASES = [
    # multi-part <title>, only <title>
    (
        "en-3part-only",
        dict(tab="Council approves new harbour plan | Local News | Seaside Herald", lang="en"),
        "Council approves new harbour plan",
        "https://www.seasideherald.example/local-news/council-approves-new-harbour-plan",
    ),
    (
        "en-3part-site-og",
        dict(
            tab="Council approves new harbour plan | Local | Seaside Herald",
            lang="en",
            site="Seaside Herald",
        ),
        "Council approves new harbour plan",
        "https://www.seasideherald.example/a/123",
    ),
    (
        "en-3part-section-meta",
        dict(
            tab="Council approves new harbour plan | Politics | Seaside Herald",
            lang="en",
            section="Politics",
        ),
        "Council approves new harbour plan",
        "https://www.seasideherald.example/a/123",
    ),
    (
        "en-3part-dash",
        dict(tab="Council approves new harbour plan - Politics - Seaside Herald", lang="en"),
        "Council approves new harbour plan",
        "https://www.seasideherald.example/politics/council-approves-new-harbour-plan-123",
    ),
    (
        "de-3part-only",
        dict(tab="Stadtrat genehmigt neuen Hafenplan | Lokales | Hafenbote", lang="de"),
        "Stadtrat genehmigt neuen Hafenplan",
        "https://www.hafenbote.example/lokales/stadtrat-genehmigt-neuen-hafenplan-123.html",
    ),
    (
        "de-3part-h1",
        dict(
            tab="Stadtrat genehmigt neuen Hafenplan | Lokales | Hafenbote",
            lang="de",
            h1="Stadtrat genehmigt neuen Hafenplan",
        ),
        "Stadtrat genehmigt neuen Hafenplan",
        "https://www.hafenbote.example/a-123.html",
    ),
    (
        "es-3part",
        dict(tab="El ayuntamiento aprueba el plan del puerto | Local | El Faro Diario", lang="es"),
        "El ayuntamiento aprueba el plan del puerto",
        "https://www.elfarodiario.example/local/el-ayuntamiento-aprueba-el-plan-del-puerto.html",
    ),
    (
        "fr-3part",
        dict(
            tab="Le conseil adopte le plan du port - Actualités - La Gazette du Port",
            lang="fr",
            site="La Gazette du Port",
        ),
        "Le conseil adopte le plan du port",
        "https://www.gazetteduport.example/a/123",
    ),
    (
        "pl-3part",
        dict(
            tab="Rada miasta przyjęła plan portu | Wiadomości | Gazeta Portowa",
            lang="pl",
            site="Gazeta Portowa",
        ),
        "Rada miasta przyjęła plan portu",
        "https://www.gazetaportowa.example/a/123",
    ),
    (
        "ru-3part",
        dict(
            tab="Горсовет утвердил план порта | Новости | Портовый вестник",
            lang="ru",
            site="Портовый вестник",
        ),
        "Горсовет утвердил план порта",
        "https://www.portvestnik.example/a/123",
    ),
    (
        "tr-3part",
        dict(
            tab="Belediye meclisi liman planını onayladı | Gündem | Liman Postası",
            lang="tr",
            site="Liman Postası",
        ),
        "Belediye meclisi liman planını onayladı",
        "https://www.limanpostasi.example/gundem/belediye-meclisi-liman-planini-onayladi-123",
    ),
    (
        "el-3part",
        dict(
            tab="Το δημοτικό συμβούλιο ενέκρινε το σχέδιο του λιμανιού | Επικαιρότητα | Λιμενική",
            lang="el",
            site="Λιμενική",
        ),
        "Το δημοτικό συμβούλιο ενέκρινε το σχέδιο του λιμανιού",
        "https://www.limeniki.example/a/123",
    ),
    (
        "hi-3part",
        dict(
            tab="नगर परिषद ने बंदरगाह योजना को मंजूरी दी | देश | बंदरगाह समाचार",
            lang="hi",
            site="बंदरगाह समाचार",
        ),
        "नगर परिषद ने बंदरगाह योजना को मंजूरी दी",
        "https://www.bandargah.example/a/123",
    ),
    # full-width separators
    (
        "ja-fullwidth-bar",
        dict(tab="市議会が港の新計画を承認｜社会｜港町新聞", lang="ja", site="港町新聞"),
        "市議会が港の新計画を承認",
        "https://www.minatomachi.example/a/123",
    ),
    (
        "ja-fullwidth-bar-only",
        dict(tab="市議会が港の新計画を承認｜港町新聞", lang="ja"),
        "市議会が港の新計画を承認",
        "https://www.minatomachi.example/a/123",
    ),
    (
        "ja-fullwidth-colon-og",
        dict(tab="市議会が港の新計画を承認 - 港町新聞", og="市議会が港の新計画を承認", lang="ja"),
        "市議会が港の新計画を承認",
        "https://www.minatomachi.example/a/123",
    ),
    (
        "ja-bracket-site",
        dict(tab="市議会が港の新計画を承認：港町新聞", lang="ja", site="港町新聞"),
        "市議会が港の新計画を承認",
        "https://www.minatomachi.example/a/123",
    ),
    (
        "zh-fullwidth-underscore",
        dict(tab="市议会批准港口新计划_社会频道_海港日报", lang="zh", site="海港日报"),
        "市议会批准港口新计划",
        "https://www.haigang.example/a/123",
    ),
    (
        "zh-fullwidth-dash",
        dict(tab="市议会批准港口新计划－海港日报", lang="zh", site="海港日报"),
        "市议会批准港口新计划",
        "https://www.haigang.example/a/123",
    ),
    (
        "zh-fullwidth-bar-h1",
        dict(tab="市议会批准港口新计划｜海港日报", lang="zh", h1="市议会批准港口新计划"),
        "市议会批准港口新计划",
        "https://www.haigang.example/a/123",
    ),
    (
        "ko-bar",
        dict(tab="시의회, 항구 새 계획 승인 | 항구일보", lang="ko", site="항구일보"),
        "시의회, 항구 새 계획 승인",
        "https://www.hangu.example/a/123",
    ),
    (
        "ko-fullwidth",
        dict(tab="시의회, 항구 새 계획 승인｜사회｜항구일보", lang="ko", site="항구일보"),
        "시의회, 항구 새 계획 승인",
        "https://www.hangu.example/a/123",
    ),
    (
        "ja-title-only-no-site",
        dict(tab="市議会が港の新計画を承認｜港町新聞", lang="ja", h1="市議会が港の新計画を承認"),
        "市議会が港の新計画を承認",
        "https://www.minatomachi.example/a/123",
    ),
    # RTL
    (
        "ar-dash-site",
        dict(
            tab="المجلس البلدي يقر خطة الميناء الجديدة - صحيفة الميناء",
            lang="ar",
            rtl=True,
            site="صحيفة الميناء",
        ),
        "المجلس البلدي يقر خطة الميناء الجديدة",
        "https://www.almina.example/a/123",
    ),
    (
        "ar-site-first",
        dict(
            tab="صحيفة الميناء | المجلس البلدي يقر خطة الميناء الجديدة",
            lang="ar",
            rtl=True,
            site="صحيفة الميناء",
        ),
        "المجلس البلدي يقر خطة الميناء الجديدة",
        "https://www.almina.example/a/123",
    ),
    (
        "ar-3part",
        dict(
            tab="المجلس البلدي يقر خطة الميناء الجديدة | محليات | صحيفة الميناء",
            lang="ar",
            rtl=True,
            site="صحيفة الميناء",
        ),
        "المجلس البلدي يقر خطة الميناء الجديدة",
        "https://www.almina.example/a/123",
    ),
    (
        "ar-h1-og",
        dict(
            tab="المجلس البلدي يقر خطة الميناء الجديدة - صحيفة الميناء",
            og="المجلس البلدي يقر خطة الميناء الجديدة",
            h1="المجلس البلدي يقر خطة الميناء الجديدة",
            lang="ar",
            rtl=True,
        ),
        "المجلس البلدي يقر خطة الميناء الجديدة",
        "https://www.almina.example/a/123",
    ),
    (
        "ar-title-only",
        dict(tab="المجلس البلدي يقر خطة الميناء الجديدة - صحيفة الميناء", lang="ar", rtl=True),
        "المجلس البلدي يقر خطة الميناء الجديدة",
        "https://www.almina.example/a/123",
    ),
    (
        "ar-rlm",
        dict(
            tab="المجلس البلدي يقر خطة الميناء الجديدة\u200f | صحيفة الميناء",
            lang="ar",
            rtl=True,
            site="صحيفة الميناء",
        ),
        "المجلس البلدي يقر خطة الميناء الجديدة",
        "https://www.almina.example/a/123",
    ),
    (
        "he-dash",
        dict(
            tab="מועצת העיר אישרה את תוכנית הנמל - חדשות הנמל",
            lang="he",
            rtl=True,
            site="חדשות הנמל",
        ),
        "מועצת העיר אישרה את תוכנית הנמל",
        "https://www.hanamal.example/a/123",
    ),
    (
        "he-3part",
        dict(
            tab="מועצת העיר אישרה את תוכנית הנמל | חדשות | חדשות הנמל",
            lang="he",
            rtl=True,
            site="חדשות הנמל",
        ),
        "מועצת העיר אישרה את תוכנית הנמל",
        "https://www.hanamal.example/a/123",
    ),
    (
        "he-title-only-news",
        dict(tab="מועצת העיר אישרה את תוכנית הנמל - חדשות הנמל", lang="he", rtl=True),
        "מועצת העיר אישרה את תוכנית הנמל",
        "https://www.hanamal.example/a/123",
    ),
    (
        "he-quote-gershayim",
        dict(
            tab='ראש העיר: "נבנה את הנמל מחדש" | חדשות הנמל', lang="he", rtl=True, site="חדשות הנמל"
        ),
        'ראש העיר: "נבנה את הנמל מחדש"',
        "https://www.hanamal.example/a/123",
    ),
    (
        "fa-dash",
        dict(
            tab="شورای شهر طرح جدید بندر را تصویب کرد - خبرگزاری بندر",
            lang="fa",
            rtl=True,
            site="خبرگزاری بندر",
        ),
        "شورای شهر طرح جدید بندر را تصویب کرد",
        "https://www.bandar.example/a/123",
    ),
    (
        "fa-3part",
        dict(
            tab="شورای شهر طرح جدید بندر را تصویب کرد | سیاسی | خبرگزاری بندر",
            lang="fa",
            rtl=True,
            site="خبرگزاری بندر",
        ),
        "شورای شهر طرح جدید بندر را تصویب کرد",
        "https://www.bandar.example/a/123",
    ),
    (
        "fa-title-only",
        dict(tab="شورای شهر طرح جدید بندر را تصویب کرد - خبرگزاری بندر", lang="fa", rtl=True),
        "شورای شهر طرح جدید بندر را تصویب کرد",
        "https://www.bandar.example/a/123",
    ),
    (
        "fa-site-first-only",
        dict(tab="خبرگزاری بندر - شورای شهر طرح جدید بندر را تصویب کرد", lang="fa", rtl=True),
        "شورای شهر طرح جدید بندر را تصویب کرد",
        "https://www.bandar.example/a/123",
    ),
    # only <title>, headlines that contain separators themselves
    (
        "en-only-dash-in-headline",
        dict(
            tab="Mayor – the man who built the harbour | Seaside Herald",
            lang="en",
            site="Seaside Herald",
        ),
        "Mayor – the man who built the harbour",
        "https://www.seasideherald.example/a/123",
    ),
    (
        "en-only-no-sep",
        dict(tab="Council approves new harbour plan", lang="en"),
        "Council approves new harbour plan",
        "https://www.seasideherald.example/a/123",
    ),
    (
        "de-only-site-host",
        dict(tab="Stadtrat genehmigt neuen Hafenplan - hafenbote.example", lang="de"),
        "Stadtrat genehmigt neuen Hafenplan",
        "https://www.hafenbote.example/a/123",
    ),
    (
        "en-only-site-first",
        dict(tab="Seaside Herald | Council approves new harbour plan", lang="en"),
        "Council approves new harbour plan",
        "https://www.seasideherald.example/a/123",
    ),
    (
        "en-only-colon-kicker",
        dict(tab="Analysis: Why the harbour plan matters | Seaside Herald", lang="en"),
        "Analysis: Why the harbour plan matters",
        "https://www.seasideherald.example/a/123",
    ),
]


@pytest.mark.parametrize(
    ("shape", "fields", "expected", "url"), CASES, ids=[str(c[0]) for c in CASES]
)
def test_a_title_shape_of_an_unseen_publisher(
    shape: str, fields: dict[str, Any], expected: str, url: str
) -> None:
    assert extract_article(page(**fields), url).title == expected
