"""Titles on invented pages of sites never seen, in 24 languages (issue 10, session 26).

    .venv/bin/python benchmarks/title_invented.py [--misses]

Every page is made up here (words, hosts, names): the way publishers shape `<title>`,
`og:title`, `twitter:title`, the JSON-LD `headline` and the h1 (kickers and labels, site
names before or after a separator, `|`, `–`, `—`, `:`, `·`, `｜`, `：`, `ㅣ`, `« »`, "Live:"
prefixes, breaking labels, section names, numbered lists, quotes, questions, titles that
keep a colon or a dash of their own). The expected title is what a reader calls the
headline: the article's h1 / JSON-LD headline without site name, section, label or date.
Prints title exact per language and overall (generic rules, no newsbench needed), and
over a label sweep (`LABELS`: a medium's and a breaking label in 29 languages, in og:title
beside the headline stated alone by another source).
"""

# ruff: noqa: E501, RUF002  -- table rows of invented titles read best one case per line

from __future__ import annotations

import json
import sys
from collections import defaultdict
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsarchive.extract import extract_article

BODY = (
    "Officials said on Tuesday that the plan would go ahead after a long debate in the council. "
    * 3
)


def page(case: dict[str, str]) -> tuple[str, str]:
    """An article page from a case's fields; returns (html, url)."""
    host = case["host"]
    url = f"https://{host}{case.get('path', '/news/2026/12/05/story-123.html')}"
    metas = []
    for key, prop in (("og", "og:title"), ("sn", "og:site_name")):
        if key in case:
            metas.append(f'<meta property="{prop}" content="{escape(case[key])}">')
    if "tw" in case:
        metas.append(f'<meta name="twitter:title" content="{escape(case["tw"])}">')
    if "sec" in case:
        metas.append(f'<meta property="article:section" content="{escape(case["sec"])}">')
    ld = ""
    if "hl" in case:
        data = {
            "@context": "https://schema.org",
            "@type": case.get("type", "NewsArticle"),
            "headline": case["hl"],
            "datePublished": "2026-12-05T08:00:00+01:00",
        }
        if "pub" in case:
            data["publisher"] = {"@type": "Organization", "name": case["pub"]}
        ld = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    title = f"<title>{escape(case['t'])}</title>" if "t" in case else ""
    h1 = f"<h1>{case['h1']}</h1>" if "h1" in case else ""
    html = (
        f'<!doctype html><html lang="{case["lang"]}"><head><meta charset="utf-8">{title}'
        f'{"".join(metas)}{ld}</head><body><header><a href="/" class="logo">Home</a></header>'
        f"<main><article>{h1}<p>{BODY}</p><p>{BODY}</p></article></main></body></html>"
    )
    return html, url


# fmt: off
CASES: list[dict[str, str]] = [
    # English
    {"lang": "en", "host": "harbourtimes.example", "t": "Council approves new harbour plan | Harbour Times", "og": "Council approves new harbour plan", "hl": "Council approves new harbour plan", "h1": "Council approves new harbour plan", "sn": "Harbour Times", "want": "Council approves new harbour plan"},
    {"lang": "en", "host": "harbourtimes.example", "t": "Live: Storm hits the coast as thousands lose power - Harbour Times", "og": "Live: Storm hits the coast as thousands lose power", "hl": "Storm hits the coast as thousands lose power", "h1": "Storm hits the coast as thousands lose power", "sn": "Harbour Times", "want": "Storm hits the coast as thousands lose power"},
    {"lang": "en", "host": "dailyport.example", "t": "Ferry strike: What we know so far | Daily Port", "og": "Ferry strike: What we know so far", "hl": "Ferry strike: What we know so far", "h1": "Ferry strike: What we know so far", "sn": "Daily Port", "want": "Ferry strike: What we know so far"},
    {"lang": "en", "host": "dailyport.example", "t": "10 things to do in the harbour this weekend - Daily Port", "og": "10 things to do in the harbour this weekend", "hl": "10 things to do in the harbour this weekend", "h1": "10 things to do in the harbour this weekend", "sn": "Daily Port", "want": "10 things to do in the harbour this weekend"},
    {"lang": "en", "host": "dailyport.example", "t": "Mayor resigns at 10:15 | Daily Port", "og": "Mayor resigns at 10:15", "h1": "Mayor resigns", "sn": "Daily Port", "want": "Mayor resigns"},
    {"lang": "en", "host": "thecoastpost.example", "t": "Is the harbour plan worth the money? - The Coast Post", "og": "Is the harbour plan worth the money?", "hl": "Is the harbour plan worth the money?", "h1": "Is the harbour plan worth the money?", "sn": "The Coast Post", "want": "Is the harbour plan worth the money?"},
    {"lang": "en", "host": "thecoastpost.example", "t": "Harbour plan: Council votes yes after long debate — The Coast Post", "og": "Harbour plan: Council votes yes after long debate", "hl": "Council votes yes after long debate", "h1": "Council votes yes after long debate", "sn": "The Coast Post", "want": "Council votes yes after long debate"},
    {"lang": "en", "host": "bayherald.example", "t": "'We will not give up,' says fisherman | Bay Herald", "og": "'We will not give up,' says fisherman", "hl": "'We will not give up,' says fisherman", "h1": "'We will not give up,' says fisherman", "want": "'We will not give up,' says fisherman"},
    {"lang": "en", "host": "bayherald.example", "t": "Breaking News: Bridge closed after crash | Bay Herald", "og": "Breaking News: Bridge closed after crash", "hl": "Bridge closed after crash", "h1": "Bridge closed after crash", "want": "Bridge closed after crash"},
    {"lang": "en", "host": "bayherald.example", "t": "Spider-Man actor opens harbour festival - Entertainment - Bay Herald", "og": "Spider-Man actor opens harbour festival", "hl": "Spider-Man actor opens harbour festival", "h1": "Spider-Man actor opens harbour festival", "sec": "Entertainment", "want": "Spider-Man actor opens harbour festival"},
    # German
    {"lang": "de", "host": "hafenkurier.example", "t": "Stadtrat beschließt neuen Hafenplan | Hafenkurier", "og": "Stadtrat beschließt neuen Hafenplan", "hl": "Stadtrat beschließt neuen Hafenplan", "h1": "Stadtrat beschließt neuen Hafenplan", "sn": "Hafenkurier", "want": "Stadtrat beschließt neuen Hafenplan"},
    {"lang": "de", "host": "hafenkurier.example", "t": "Hafenplan: Stadtrat stimmt nach langer Debatte zu - Hafenkurier", "og": "Hafenplan: Stadtrat stimmt nach langer Debatte zu", "hl": "Stadtrat stimmt nach langer Debatte zu", "h1": "Stadtrat stimmt nach langer Debatte zu", "sn": "Hafenkurier", "want": "Stadtrat stimmt nach langer Debatte zu"},
    {"lang": "de", "host": "seeblatt.example", "t": "+++ Liveblog +++ Sturmflut an der Küste: Alle Entwicklungen | Seeblatt", "og": "+++ Liveblog +++ Sturmflut an der Küste: Alle Entwicklungen", "hl": "Sturmflut an der Küste: Alle Entwicklungen", "h1": "Sturmflut an der Küste: Alle Entwicklungen", "want": "Sturmflut an der Küste: Alle Entwicklungen"},
    {"lang": "de", "host": "seeblatt.example", "t": "Bürgermeister tritt zurück – Politik – Seeblatt", "og": "Bürgermeister tritt zurück", "hl": "Bürgermeister tritt zurück", "h1": "Bürgermeister tritt zurück", "sec": "Politik", "want": "Bürgermeister tritt zurück"},
    {"lang": "de", "host": "seeblatt.example", "t": "Nachrichten | Seeblatt", "og": "Fähre fällt wegen Sturm aus", "hl": "Fähre fällt wegen Sturm aus", "h1": "Fähre fällt wegen Sturm aus", "want": "Fähre fällt wegen Sturm aus"},
    # French
    {"lang": "fr", "host": "leportail.example", "t": "Le conseil adopte le plan du port - Le Portail", "og": "Le conseil adopte le plan du port", "hl": "Le conseil adopte le plan du port", "h1": "Le conseil adopte le plan du port", "sn": "Le Portail", "want": "Le conseil adopte le plan du port"},
    {"lang": "fr", "host": "leportail.example", "t": "EN DIRECT - Tempête sur la côte : des milliers de foyers privés d'électricité", "og": "EN DIRECT - Tempête sur la côte : des milliers de foyers privés d'électricité", "hl": "Tempête sur la côte : des milliers de foyers privés d'électricité", "h1": "Tempête sur la côte : des milliers de foyers privés d'électricité", "want": "Tempête sur la côte : des milliers de foyers privés d'électricité"},
    {"lang": "fr", "host": "journaldelacote.example", "t": "« Nous ne lâcherons rien » : les pêcheurs manifestent | Journal de la Côte", "og": "« Nous ne lâcherons rien » : les pêcheurs manifestent", "hl": "« Nous ne lâcherons rien » : les pêcheurs manifestent", "h1": "« Nous ne lâcherons rien » : les pêcheurs manifestent", "want": "« Nous ne lâcherons rien » : les pêcheurs manifestent"},
    # Spanish
    {"lang": "es", "host": "diariodelpuerto.example", "t": "El ayuntamiento aprueba el plan del puerto | Diario del Puerto", "og": "El ayuntamiento aprueba el plan del puerto", "hl": "El ayuntamiento aprueba el plan del puerto", "h1": "El ayuntamiento aprueba el plan del puerto", "sn": "Diario del Puerto", "want": "El ayuntamiento aprueba el plan del puerto"},
    {"lang": "es", "host": "diariodelpuerto.example", "t": "Última hora: cierran el puente tras un accidente - Diario del Puerto", "og": "Última hora: cierran el puente tras un accidente", "hl": "Cierran el puente tras un accidente", "h1": "Cierran el puente tras un accidente", "want": "Cierran el puente tras un accidente"},
    {"lang": "es", "host": "elfaro.example", "t": "¿Vale la pena el nuevo puerto? - El Faro", "og": "¿Vale la pena el nuevo puerto?", "hl": "¿Vale la pena el nuevo puerto?", "h1": "¿Vale la pena el nuevo puerto?", "want": "¿Vale la pena el nuevo puerto?"},
    # Italian
    {"lang": "it", "host": "ilgazzettino-porto.example", "t": "Il consiglio approva il piano del porto - Il Gazzettino del Porto", "og": "Il consiglio approva il piano del porto", "hl": "Il consiglio approva il piano del porto", "h1": "Il consiglio approva il piano del porto", "sn": "Il Gazzettino del Porto", "want": "Il consiglio approva il piano del porto"},
    {"lang": "it", "host": "corrieredelmare.example", "t": "Diretta, tempesta sulla costa: migliaia senza luce | Corriere del Mare", "og": "Diretta, tempesta sulla costa: migliaia senza luce", "hl": "Tempesta sulla costa: migliaia senza luce", "h1": "Tempesta sulla costa: migliaia senza luce", "want": "Tempesta sulla costa: migliaia senza luce"},
    # Portuguese
    {"lang": "pt", "host": "jornaldoporto.example", "t": "Câmara aprova plano do porto - Jornal do Porto", "og": "Câmara aprova plano do porto", "hl": "Câmara aprova plano do porto", "h1": "Câmara aprova plano do porto", "sn": "Jornal do Porto", "want": "Câmara aprova plano do porto"},
    {"lang": "pt", "host": "jornaldoporto.example", "t": "Ao vivo: tempestade atinge o litoral | Jornal do Porto", "og": "Ao vivo: tempestade atinge o litoral", "hl": "Tempestade atinge o litoral", "h1": "Tempestade atinge o litoral", "want": "Tempestade atinge o litoral"},
    # Dutch
    {"lang": "nl", "host": "havenkrant.example", "t": "Gemeenteraad stemt in met havenplan | Havenkrant", "og": "Gemeenteraad stemt in met havenplan", "hl": "Gemeenteraad stemt in met havenplan", "h1": "Gemeenteraad stemt in met havenplan", "want": "Gemeenteraad stemt in met havenplan"},
    {"lang": "nl", "host": "havenkrant.example", "t": "LIVE | Storm raast over de kust - Havenkrant", "og": "LIVE | Storm raast over de kust", "hl": "Storm raast over de kust", "h1": "Storm raast over de kust", "want": "Storm raast over de kust"},
    # Polish
    {"lang": "pl", "host": "gazetaportowa.example", "t": "Rada miasta przyjęła plan portu - Gazeta Portowa", "og": "Rada miasta przyjęła plan portu", "hl": "Rada miasta przyjęła plan portu", "h1": "Rada miasta przyjęła plan portu", "want": "Rada miasta przyjęła plan portu"},
    {"lang": "pl", "host": "gazetaportowa.example", "t": "Pilne! Most zamknięty po wypadku | Gazeta Portowa", "og": "Pilne! Most zamknięty po wypadku", "hl": "Most zamknięty po wypadku", "h1": "Most zamknięty po wypadku", "want": "Most zamknięty po wypadku"},
    # Czech
    {"lang": "cs", "host": "pristavnilisty.example", "t": "Zastupitelstvo schválilo plán přístavu | Přístavní listy", "og": "Zastupitelstvo schválilo plán přístavu", "hl": "Zastupitelstvo schválilo plán přístavu", "h1": "Zastupitelstvo schválilo plán přístavu", "want": "Zastupitelstvo schválilo plán přístavu"},
    # Swedish / Danish / Norwegian / Finnish
    {"lang": "sv", "host": "hamnbladet.example", "t": "Fullmäktige klubbar hamnplanen | Hamnbladet", "og": "Fullmäktige klubbar hamnplanen", "hl": "Fullmäktige klubbar hamnplanen", "h1": "Fullmäktige klubbar hamnplanen", "want": "Fullmäktige klubbar hamnplanen"},
    {"lang": "sv", "host": "hamnbladet.example", "t": "JUST NU: Bron stängd efter olycka | Hamnbladet", "og": "JUST NU: Bron stängd efter olycka", "hl": "Bron stängd efter olycka", "h1": "Bron stängd efter olycka", "want": "Bron stängd efter olycka"},
    {"lang": "da", "host": "havnebladet.example", "t": "Byrådet vedtager havneplanen | Havnebladet", "og": "Byrådet vedtager havneplanen", "hl": "Byrådet vedtager havneplanen", "h1": "Byrådet vedtager havneplanen", "want": "Byrådet vedtager havneplanen"},
    {"lang": "no", "host": "havneposten.example", "t": "Bystyret vedtok havneplanen – Havneposten", "og": "Bystyret vedtok havneplanen", "hl": "Bystyret vedtok havneplanen", "h1": "Bystyret vedtok havneplanen", "want": "Bystyret vedtok havneplanen"},
    {"lang": "fi", "host": "satamasanomat.example", "t": "Valtuusto hyväksyi satamasuunnitelman | Satamasanomat", "og": "Valtuusto hyväksyi satamasuunnitelman", "hl": "Valtuusto hyväksyi satamasuunnitelman", "h1": "Valtuusto hyväksyi satamasuunnitelman", "want": "Valtuusto hyväksyi satamasuunnitelman"},
    # Turkish
    {"lang": "tr", "host": "limanhaber.example", "t": "Meclis liman planını onayladı - Son Dakika Haberleri | Liman Haber", "og": "Meclis liman planını onayladı", "hl": "Meclis liman planını onayladı", "h1": "Meclis liman planını onayladı", "want": "Meclis liman planını onayladı"},
    {"lang": "tr", "host": "limanhaber.example", "t": "SON DAKİKA: Köprü kazadan sonra kapatıldı - Liman Haber", "og": "SON DAKİKA: Köprü kazadan sonra kapatıldı", "hl": "Köprü kazadan sonra kapatıldı", "h1": "Köprü kazadan sonra kapatıldı", "want": "Köprü kazadan sonra kapatıldı"},
    # Russian / Ukrainian
    {"lang": "ru", "host": "m24.example", "t": "Совет утвердил план порта | Москва 24", "og": "Совет утвердил план порта", "hl": "Совет утвердил план порта", "h1": "Совет утвердил план порта", "want": "Совет утвердил план порта"},
    {"lang": "ru", "host": "portnews.example", "t": "Совет утвердил план порта - Новости - Порт Ньюс", "og": "Совет утвердил план порта", "hl": "Совет утвердил план порта", "h1": "Совет утвердил план порта", "want": "Совет утвердил план порта"},
    {"lang": "ru", "host": "primorye.example", "t": "Мост закрыт после аварии — Приморье", "og": "Мост закрыт после аварии", "h1": "Мост закрыт после аварии", "want": "Мост закрыт после аварии"},
    {"lang": "uk", "host": "odesa24.example", "t": "Рада ухвалила план порту | Одеса 24", "og": "Рада ухвалила план порту", "hl": "Рада ухвалила план порту", "h1": "Рада ухвалила план порту", "want": "Рада ухвалила план порту"},
    # Greek
    {"lang": "el", "host": "limani24.example", "t": "Το συμβούλιο ενέκρινε το σχέδιο του λιμανιού | Λιμάνι 24", "og": "Το συμβούλιο ενέκρινε το σχέδιο του λιμανιού", "hl": "Το συμβούλιο ενέκρινε το σχέδιο του λιμανιού", "h1": "Το συμβούλιο ενέκρινε το σχέδιο του λιμανιού", "want": "Το συμβούλιο ενέκρινε το σχέδιο του λιμανιού"},
    # Arabic / Hebrew
    {"lang": "ar", "host": "almina.example", "t": "المجلس يقر خطة الميناء | الميناء", "og": "المجلس يقر خطة الميناء", "hl": "المجلس يقر خطة الميناء", "h1": "المجلس يقر خطة الميناء", "sn": "الميناء", "want": "المجلس يقر خطة الميناء"},
    {"lang": "ar", "host": "almina.example", "t": "عاجل: إغلاق الجسر بعد حادث - الميناء", "og": "عاجل: إغلاق الجسر بعد حادث", "hl": "إغلاق الجسر بعد حادث", "h1": "إغلاق الجسر بعد حادث", "sn": "الميناء", "want": "إغلاق الجسر بعد حادث"},
    {"lang": "he", "host": "hanamal.example", "t": "המועצה אישרה את תוכנית הנמל - הנמל", "og": "המועצה אישרה את תוכנית הנמל", "hl": "המועצה אישרה את תוכנית הנמל", "h1": "המועצה אישרה את תוכנית הנמל", "sn": "הנמל", "want": "המועצה אישרה את תוכנית הנמל"},
    # Japanese
    {"lang": "ja", "host": "minato-shimbun.example", "t": "市議会、港湾計画を可決：みなと新聞デジタル", "og": "市議会、港湾計画を可決", "hl": "市議会、港湾計画を可決", "h1": "市議会、港湾計画を可決", "want": "市議会、港湾計画を可決"},
    {"lang": "ja", "host": "minato-shimbun.example", "t": "【速報】橋が事故で通行止め｜みなと新聞", "og": "【速報】橋が事故で通行止め", "hl": "橋が事故で通行止め", "h1": "橋が事故で通行止め", "want": "橋が事故で通行止め"},
    {"lang": "ja", "host": "umibe.example", "t": "港湾計画、市議会が可決 - 社会 - 海辺ニュース", "og": "港湾計画、市議会が可決", "hl": "港湾計画、市議会が可決", "h1": "港湾計画、市議会が可決", "sec": "社会", "want": "港湾計画、市議会が可決"},
    # Chinese
    {"lang": "zh", "host": "haibin.example", "t": "市议会通过港口计划_海滨新闻网", "og": "市议会通过港口计划", "hl": "市议会通过港口计划", "h1": "市议会通过港口计划", "want": "市议会通过港口计划"},
    {"lang": "zh", "host": "haibin.example", "t": "直播：风暴袭击海岸 数千户停电｜海滨日报", "og": "直播：风暴袭击海岸 数千户停电", "hl": "风暴袭击海岸 数千户停电", "h1": "风暴袭击海岸 数千户停电", "want": "风暴袭击海岸 数千户停电"},
    {"lang": "zh-TW", "host": "gangwan.example", "t": "市議會通過港灣計畫 - 港灣時報", "og": "市議會通過港灣計畫 | 港灣時報", "hl": "市議會通過港灣計畫", "h1": "市議會通過港灣計畫", "want": "市議會通過港灣計畫"},
    # Korean
    {"lang": "ko", "host": "hangman.example", "t": "시의회, 항만 계획 가결 - 사회ㅣ항만일보", "og": "시의회, 항만 계획 가결", "hl": "시의회, 항만 계획 가결", "h1": "시의회, 항만 계획 가결", "want": "시의회, 항만 계획 가결"},
    {"lang": "ko", "host": "hangman.example", "t": "[속보] 다리, 사고로 통행 금지 | 항만일보", "og": "[속보] 다리, 사고로 통행 금지", "hl": "다리, 사고로 통행 금지", "h1": "다리, 사고로 통행 금지", "want": "다리, 사고로 통행 금지"},
    # Hindi / Indonesian / Vietnamese / Thai
    {"lang": "hi", "host": "bandargahsamachar.example", "t": "परिषद ने बंदरगाह योजना को मंजूरी दी | बंदरगाह समाचार", "og": "परिषद ने बंदरगाह योजना को मंजूरी दी", "hl": "परिषद ने बंदरगाह योजना को मंजूरी दी", "h1": "परिषद ने बंदरगाह योजना को मंजूरी दी", "sn": "बंदरगाह समाचार", "want": "परिषद ने बंदरगाह योजना को मंजूरी दी"},
    {"lang": "id", "host": "beritapelabuhan.example", "t": "DPRD Setujui Rencana Pelabuhan - Berita Pelabuhan", "og": "DPRD Setujui Rencana Pelabuhan", "hl": "DPRD Setujui Rencana Pelabuhan", "h1": "DPRD Setujui Rencana Pelabuhan", "want": "DPRD Setujui Rencana Pelabuhan"},
    {"lang": "vi", "host": "baocang.example", "t": "Hội đồng thông qua kế hoạch cảng - Báo Cảng", "og": "Hội đồng thông qua kế hoạch cảng", "hl": "Hội đồng thông qua kế hoạch cảng", "h1": "Hội đồng thông qua kế hoạch cảng", "want": "Hội đồng thông qua kế hoạch cảng"},
    {"lang": "th", "host": "khaotha.example", "t": "สภาอนุมัติแผนท่าเรือ - ข่าวท่าเรือ", "og": "สภาอนุมัติแผนท่าเรือ", "hl": "สภาอนุมัติแผนท่าเรือ", "h1": "สภาอนุมัติแผนท่าเรือ", "want": "สภาอนุมัติแผนท่าเรือ"},
    # harder shapes: og:title a rewrite or topic-prefixed, a section or news word left in a field
    {"lang": "en", "host": "portside.example", "t": "Mayor resigns at 10:15 | Portside", "og": "Mayor resigns at 10:15", "hl": "Mayor resigns", "want": "Mayor resigns"},
    {"lang": "en", "host": "portside.example", "t": "Mayor resigns - 05 Dec 2026 at 10:15 | Portside", "h1": "Mayor resigns", "want": "Mayor resigns"},
    {"lang": "en", "host": "portside.example", "t": "Meeting starts at 10:15 | Portside", "og": "Meeting starts at 10:15", "h1": "Meeting starts at 10:15", "want": "Meeting starts at 10:15"},
    {"lang": "en", "host": "portside.example", "t": "News | Portside", "og": "News", "hl": "Ferry service suspended for winter", "h1": "Ferry service suspended for winter", "want": "Ferry service suspended for winter"},
    {"lang": "en", "host": "portside.example", "t": "Live | Portside", "og": "Live", "h1": "Live", "want": "Live"},
    {"lang": "de", "host": "portside.example", "t": "Bürgermeister tritt zurück | Portside, 05.12.2026 um 10:15 Uhr", "h1": "Bürgermeister tritt zurück", "want": "Bürgermeister tritt zurück"},
    {"lang": "de", "host": "hafenblatt.example", "t": "Nachrichten | Hafenblatt", "og": "Nachrichten", "h1": "Fähre fällt im Winter aus", "want": "Fähre fällt im Winter aus"},
    {"lang": "es", "host": "diariodelpuerto.example", "og": "Última hora: cierran el puente tras un accidente", "h1": "Cierran el puente tras un accidente", "want": "Cierran el puente tras un accidente"},
    {"lang": "pt", "host": "jornaldoporto.example", "og": "Urgente: ponte fechada após acidente", "hl": "Ponte fechada após acidente", "want": "Ponte fechada após acidente"},
    {"lang": "ru", "host": "m24.example", "t": "Совет утвердил план порта | Москва 24", "h1": "Совет утвердил план порта", "want": "Совет утвердил план порта"},
    {"lang": "ru", "host": "m24.example", "t": "Новости | Москва 24", "og": "Новости | Москва 24", "h1": "Совет утвердил план порта", "want": "Совет утвердил план порта"},
    {"lang": "ru", "host": "m24.example", "og": "Мост закрыт после аварии - Москва 24", "want": "Мост закрыт после аварии"},
    {"lang": "el", "host": "a24.example", "t": "Το συμβούλιο ενέκρινε το σχέδιο | Αθήνα 24", "want": "Το συμβούλιο ενέκρινε το σχέδιο"},
    {"lang": "uk", "host": "kyiv.example", "t": "Рада ухвалила план порту — Київ", "h1": "Рада ухвалила план порту", "want": "Рада ухвалила план порту"},
    {"lang": "uk", "host": "kharkiv.example", "og": "Рада ухвалила план порту | Харків", "want": "Рада ухвалила план порту"},
    {"lang": "uk", "host": "novyny.example", "t": "Новини | Новини Одеси", "og": "Новини", "h1": "Рада ухвалила план порту", "want": "Рада ухвалила план порту"},
    {"lang": "fr", "host": "leportail.example", "t": "Direct | Le Portail", "og": "Direct", "hl": "Tempête sur la côte : les dernières informations", "h1": "Tempête sur la côte : les dernières informations", "type": "LiveBlogPosting", "want": "Tempête sur la côte : les dernières informations"},
    {"lang": "it", "host": "corrieredelmare.example", "t": "Notizie | Corriere del Mare", "og": "Notizie", "h1": "Il consiglio approva il piano del porto", "want": "Il consiglio approva il piano del porto"},
    {"lang": "tr", "host": "limanhaber.example", "og": "Son dakika: köprü kazadan sonra kapatıldı", "hl": "Köprü kazadan sonra kapatıldı", "want": "Köprü kazadan sonra kapatıldı"},
    {"lang": "sv", "host": "hamnbladet.example", "t": "Bron stängd efter olycka | Hamnbladet, 05.12.2026 kl. 10:15", "h1": "Bron stängd efter olycka", "want": "Bron stängd efter olycka"},
    {"lang": "en", "host": "portside.example", "t": "Half-time: City lead 2-1 at the break | Portside", "og": "Half-time: City lead 2-1 at the break", "hl": "Half-time: City lead 2-1 at the break", "h1": "Half-time: City lead 2-1 at the break", "want": "Half-time: City lead 2-1 at the break"},
    {"lang": "en", "host": "portside.example", "t": "Train leaves at 10:15 - and other changes | Portside", "og": "Train leaves at 10:15 - and other changes", "h1": "Train leaves at 10:15 - and other changes", "want": "Train leaves at 10:15 - and other changes"},
    # a second batch, written before measuring: og:title rewritten or topic-prefixed, the name
    # first, section parts, quotes, lists, questions, twitter:title apart
    {"lang": "en", "host": "northgazette.example", "t": "Budget 2027: Council cuts harbour spending | North Gazette", "og": "Budget 2027: Council cuts harbour spending", "hl": "Council cuts harbour spending by a fifth", "h1": "Council cuts harbour spending by a fifth", "want": "Council cuts harbour spending by a fifth"},
    {"lang": "en", "host": "northgazette.example", "t": "North Gazette | Fishermen protest new quotas", "og": "Fishermen protest new quotas", "h1": "Fishermen protest new quotas", "want": "Fishermen protest new quotas"},
    {"lang": "en", "host": "northgazette.example", "t": "Sport | City win the derby | North Gazette", "og": "City win the derby", "hl": "City win the derby", "h1": "City win the derby", "sec": "Sport", "want": "City win the derby"},
    {"lang": "en", "host": "northgazette.example", "t": "Why are ferry fares rising? | North Gazette", "og": "Why are ferry fares rising? Here's what we know", "hl": "Why are ferry fares rising?", "h1": "Why are ferry fares rising?", "want": "Why are ferry fares rising?"},
    {"lang": "en", "host": "northgazette.example", "t": "BREAKING: Harbour bridge closed | North Gazette", "og": "BREAKING: Harbour bridge closed", "tw": "BREAKING: Harbour bridge closed", "h1": "Harbour bridge closed", "want": "Harbour bridge closed"},
    {"lang": "en", "host": "northgazette.example", "t": "The 7 best walks along the coast - North Gazette", "og": "The 7 best walks along the coast", "hl": "The 7 best walks along the coast", "h1": "The 7 best walks along the coast", "want": "The 7 best walks along the coast"},
    {"lang": "en-IN", "host": "coastaltimes.example", "t": "Council approves port plan - Coastal Times of India", "og": "Council approves port plan", "hl": "Council approves port plan", "h1": "Council approves port plan", "want": "Council approves port plan"},
    {"lang": "en-AU", "host": "harbourherald.example", "t": "Council approves port plan | The Harbour Herald", "og": "Council approves port plan", "tw": "Council approves port plan", "want": "Council approves port plan"},
    {"lang": "de", "host": "nordkurier.example", "t": "Kommentar: Der Hafenplan kommt zu spät | Nordkurier", "og": "Kommentar: Der Hafenplan kommt zu spät", "hl": "Der Hafenplan kommt zu spät", "h1": "Der Hafenplan kommt zu spät", "want": "Der Hafenplan kommt zu spät"},
    {"lang": "de", "host": "nordkurier.example", "t": "Hafenplan: Was Anwohner jetzt wissen müssen - Nordkurier", "og": "Hafenplan: Was Anwohner jetzt wissen müssen", "hl": "Hafenplan: Was Anwohner jetzt wissen müssen", "h1": "Hafenplan: Was Anwohner jetzt wissen müssen", "want": "Hafenplan: Was Anwohner jetzt wissen müssen"},
    {"lang": "de", "host": "nordkurier.example", "t": "5 Dinge, die Sie über den Hafenplan wissen müssen | Nordkurier", "og": "5 Dinge, die Sie über den Hafenplan wissen müssen", "h1": "5 Dinge, die Sie über den Hafenplan wissen müssen", "want": "5 Dinge, die Sie über den Hafenplan wissen müssen"},
    {"lang": "de-AT", "host": "hafenpost.example", "t": "Stadtrat beschließt Hafenplan - Hafenpost.at", "og": "Stadtrat beschließt Hafenplan", "h1": "Stadtrat beschließt Hafenplan", "want": "Stadtrat beschließt Hafenplan"},
    {"lang": "de-CH", "host": "seezeitung.example", "t": "Stadtrat beschliesst Hafenplan | Seezeitung", "og": "Stadtrat beschliesst Hafenplan", "hl": "Stadtrat beschliesst Hafenplan", "h1": "Stadtrat beschliesst Hafenplan", "want": "Stadtrat beschliesst Hafenplan"},
    {"lang": "fr", "host": "lecourrierdumarin.example", "t": "Plan du port : le conseil dit oui - Le Courrier du Marin", "og": "Plan du port : le conseil dit oui", "hl": "Plan du port : le conseil dit oui", "h1": "Plan du port : le conseil dit oui", "want": "Plan du port : le conseil dit oui"},
    {"lang": "fr", "host": "lecourrierdumarin.example", "t": "VIDÉO. Les pêcheurs bloquent le port - Le Courrier du Marin", "og": "VIDÉO. Les pêcheurs bloquent le port", "hl": "Les pêcheurs bloquent le port", "h1": "Les pêcheurs bloquent le port", "want": "Les pêcheurs bloquent le port"},
    {"lang": "fr", "host": "lecourrierdumarin.example", "t": "Le conseil adopte le plan du port", "og": "Port : ce que change le plan adopté par le conseil", "hl": "Le conseil adopte le plan du port", "h1": "Le conseil adopte le plan du port", "want": "Le conseil adopte le plan du port"},
    {"lang": "es", "host": "lavozdelpuerto.example", "t": "Directo | Temporal en la costa: miles de hogares sin luz - La Voz del Puerto", "og": "Directo | Temporal en la costa: miles de hogares sin luz", "hl": "Temporal en la costa: miles de hogares sin luz", "h1": "Temporal en la costa: miles de hogares sin luz", "want": "Temporal en la costa: miles de hogares sin luz"},
    {"lang": "es-MX", "host": "elpuerto.example", "t": "El cabildo aprueba plan portuario | El Puerto", "og": "El cabildo aprueba plan portuario", "hl": "El cabildo aprueba plan portuario", "h1": "El cabildo aprueba plan portuario", "want": "El cabildo aprueba plan portuario"},
    {"lang": "it", "host": "lanuovariviera.example", "t": "Porto, il consiglio approva il piano - La Nuova Riviera", "og": "Porto, il consiglio approva il piano", "hl": "Porto, il consiglio approva il piano", "h1": "Porto, il consiglio approva il piano", "want": "Porto, il consiglio approva il piano"},
    {"lang": "it", "host": "lanuovariviera.example", "t": "Il consiglio approva il piano del porto - Cronaca - La Nuova Riviera", "og": "Il consiglio approva il piano del porto", "h1": "Il consiglio approva il piano del porto", "sec": "Cronaca", "want": "Il consiglio approva il piano del porto"},
    {"lang": "pt-BR", "host": "gazetadolitoral.example", "t": "Câmara aprova plano do porto - Gazeta do Litoral", "og": "Câmara aprova plano do porto; veja o que muda", "hl": "Câmara aprova plano do porto", "h1": "Câmara aprova plano do porto", "want": "Câmara aprova plano do porto"},
    {"lang": "nl", "host": "dekustbode.example", "t": "Raad zegt ja tegen havenplan | De Kustbode", "og": "Raad zegt ja tegen havenplan", "hl": "Raad zegt ja tegen havenplan", "h1": "Raad zegt ja tegen havenplan", "want": "Raad zegt ja tegen havenplan"},
    {"lang": "pl", "host": "kurierportowy.example", "t": "Rada przyjęła plan portu. Co się zmieni? - Kurier Portowy", "og": "Rada przyjęła plan portu. Co się zmieni?", "h1": "Rada przyjęła plan portu. Co się zmieni?", "want": "Rada przyjęła plan portu. Co się zmieni?"},
    {"lang": "cs", "host": "novinypristav.example", "t": "Zastupitelé schválili plán přístavu - Noviny Přístav", "og": "Zastupitelé schválili plán přístavu", "h1": "Zastupitelé schválili plán přístavu", "want": "Zastupitelé schválili plán přístavu"},
    {"lang": "ro", "host": "ziaruldelaport.example", "t": "Consiliul a aprobat planul portului - Ziarul de la Port", "og": "Consiliul a aprobat planul portului", "hl": "Consiliul a aprobat planul portului", "h1": "Consiliul a aprobat planul portului", "want": "Consiliul a aprobat planul portului"},
    {"lang": "hu", "host": "kikotohirek.example", "t": "Elfogadta a közgyűlés a kikötő tervét | Kikötő Hírek", "og": "Elfogadta a közgyűlés a kikötő tervét", "hl": "Elfogadta a közgyűlés a kikötő tervét", "h1": "Elfogadta a közgyűlés a kikötő tervét", "want": "Elfogadta a közgyűlés a kikötő tervét"},
    {"lang": "hr", "host": "lucki-list.example", "t": "Vijeće usvojilo plan luke - Lučki list", "og": "Vijeće usvojilo plan luke", "h1": "Vijeće usvojilo plan luke", "want": "Vijeće usvojilo plan luke"},
    {"lang": "sv", "host": "kustposten.example", "t": "Kustposten - Fullmäktige klubbar hamnplanen", "og": "Fullmäktige klubbar hamnplanen", "h1": "Fullmäktige klubbar hamnplanen", "want": "Fullmäktige klubbar hamnplanen"},
    {"lang": "no", "host": "kystavisa.example", "t": "Bystyret sa ja til havneplanen – Kystavisa", "og": "Bystyret sa ja til havneplanen", "hl": "Bystyret sa ja til havneplanen", "h1": "Bystyret sa ja til havneplanen", "want": "Bystyret sa ja til havneplanen"},
    {"lang": "da", "host": "kystavisen.example", "t": "Byrådet siger ja til havneplanen | Nyheder | Kystavisen", "og": "Byrådet siger ja til havneplanen", "h1": "Byrådet siger ja til havneplanen", "want": "Byrådet siger ja til havneplanen"},
    {"lang": "tr", "host": "sahilgazetesi.example", "t": "Meclis liman planını onayladı | Sahil Gazetesi", "og": "Meclis liman planını onayladı", "hl": "Meclis liman planını onayladı", "h1": "Meclis liman planını onayladı", "want": "Meclis liman planını onayladı"},
    {"lang": "ru", "host": "pribrezhnye-vesti.example", "t": "Совет утвердил план порта - Прибрежные вести", "og": "Совет утвердил план порта", "hl": "Совет утвердил план порта", "h1": "Совет утвердил план порта", "want": "Совет утвердил план порта"},
    {"lang": "ru", "host": "pribrezhnye-vesti.example", "t": "«Мы не сдадимся»: рыбаки вышли на протест - Прибрежные вести", "og": "«Мы не сдадимся»: рыбаки вышли на протест", "h1": "«Мы не сдадимся»: рыбаки вышли на протест", "want": "«Мы не сдадимся»: рыбаки вышли на протест"},
    {"lang": "uk", "host": "pryberezhzhia.example", "t": "Рада ухвалила план порту - Узбережжя", "og": "Рада ухвалила план порту", "hl": "Рада ухвалила план порту", "want": "Рада ухвалила план порту"},
    {"lang": "el", "host": "paraktia.example", "t": "Εγκρίθηκε το σχέδιο του λιμανιού - Παράκτια", "og": "Εγκρίθηκε το σχέδιο του λιμανιού", "h1": "Εγκρίθηκε το σχέδιο του λιμανιού", "want": "Εγκρίθηκε το σχέδιο του λιμανιού"},
    {"lang": "ar", "host": "alsahil.example", "t": "الساحل | المجلس يقر خطة الميناء", "og": "المجلس يقر خطة الميناء", "h1": "المجلس يقر خطة الميناء", "want": "المجلس يقر خطة الميناء"},
    {"lang": "fa", "host": "bandarnews.example", "t": "شورا طرح بندر را تصویب کرد - خبرگزاری بندر", "og": "شورا طرح بندر را تصویب کرد", "h1": "شورا طرح بندر را تصویب کرد", "want": "شورا طرح بندر را تصویب کرد"},
    {"lang": "he", "host": "hahof.example", "t": "המועצה אישרה את תוכנית הנמל | החוף", "og": "המועצה אישרה את תוכנית הנמל", "h1": "המועצה אישרה את תוכנית הנמל", "want": "המועצה אישרה את תוכנית הנמל"},
    {"lang": "ja", "host": "kaigan.example", "t": "港湾計画を可決　市議会｜海岸新報", "og": "港湾計画を可決　市議会", "h1": "港湾計画を可決　市議会", "want": "港湾計画を可決　市議会"},
    {"lang": "ja", "host": "kaigan.example", "t": "「計画は不十分」漁業者が抗議 - 海岸新報", "og": "「計画は不十分」漁業者が抗議", "hl": "「計画は不十分」漁業者が抗議", "h1": "「計画は不十分」漁業者が抗議", "want": "「計画は不十分」漁業者が抗議"},
    {"lang": "ja", "host": "kaigan.example", "t": "＜独自＞港湾計画に新案：海岸新報", "og": "＜独自＞港湾計画に新案", "hl": "港湾計画に新案", "h1": "港湾計画に新案", "want": "港湾計画に新案"},
    {"lang": "zh", "host": "haiandaily.example", "t": "市议会通过港口计划-海岸日报", "og": "市议会通过港口计划", "h1": "市议会通过港口计划", "want": "市议会通过港口计划"},
    {"lang": "zh-TW", "host": "haian.example", "t": "港口計畫過關 議會：將如期動工｜海岸新聞網", "og": "港口計畫過關 議會：將如期動工", "hl": "港口計畫過關 議會：將如期動工", "h1": "港口計畫過關 議會：將如期動工", "want": "港口計畫過關 議會：將如期動工"},
    {"lang": "ko", "host": "haean.example", "t": "시의회, 항만 계획 가결 | 해안신문", "og": "시의회, 항만 계획 가결", "h1": "시의회, 항만 계획 가결", "want": "시의회, 항만 계획 가결"},
    {"lang": "ko", "host": "haean.example", "t": "\"계획 부족\" 어민들 항의 - 해안뉴스", "og": "\"계획 부족\" 어민들 항의", "hl": "\"계획 부족\" 어민들 항의", "h1": "\"계획 부족\" 어민들 항의", "want": "\"계획 부족\" 어민들 항의"},
    {"lang": "hi", "host": "tatsamachar.example", "t": "परिषद ने योजना को मंजूरी दी - तट समाचार", "og": "परिषद ने योजना को मंजूरी दी", "h1": "परिषद ने योजना को मंजूरी दी", "want": "परिषद ने योजना को मंजूरी दी"},
    {"lang": "id", "host": "kabarpesisir.example", "t": "DPRD Setujui Rencana Pelabuhan Halaman all - Kabar Pesisir", "og": "DPRD Setujui Rencana Pelabuhan", "h1": "DPRD Setujui Rencana Pelabuhan", "want": "DPRD Setujui Rencana Pelabuhan"},
    {"lang": "vi", "host": "baobien.example", "t": "Hội đồng thông qua kế hoạch cảng | Báo Biển", "og": "Hội đồng thông qua kế hoạch cảng", "h1": "Hội đồng thông qua kế hoạch cảng", "want": "Hội đồng thông qua kế hoạch cảng"},
    {"lang": "th", "host": "khaochaifang.example", "t": "สภาอนุมัติแผนท่าเรือ | ข่าวชายฝั่ง", "og": "สภาอนุมัติแผนท่าเรือ", "h1": "สภาอนุมัติแผนท่าเรือ", "want": "สภาอนุมัติแผนท่าเรือ"},
    {"lang": "sw", "host": "habaripwani.example", "t": "Baraza laidhinisha mpango wa bandari - Habari Pwani", "og": "Baraza laidhinisha mpango wa bandari", "h1": "Baraza laidhinisha mpango wa bandari", "want": "Baraza laidhinisha mpango wa bandari"},
    # a site's name in Hangul as its host spells it, with no meta naming it
    {"lang": "ko", "host": "busan.example", "t": "시의회, 항만 계획 가결ㅣ부산", "og": "시의회, 항만 계획 가결ㅣ부산", "want": "시의회, 항만 계획 가결"},
    {"lang": "ko", "host": "haean.example", "t": "어민들, 항만 계획에 항의 - 해안", "h1": "어민들, 항만 계획에 항의", "want": "어민들, 항만 계획에 항의"},
    {"lang": "ko", "host": "joongang.example", "og": "시의회, 항만 예산 삭감 | 중앙", "want": "시의회, 항만 예산 삭감"},
]
# fmt: on


# The label sweep: one headline per language, two labels each (a medium's, a breaking or
# live one, as that language's press sets them), in og:title beside the headline stated
# alone by the JSON-LD headline, by the h1, or by the <title> before the site's name.
# fmt: off
HEADLINES = {
 "ar": "إغلاق الجسر بعد حادث", "he": "הגשר נסגר לאחר תאונה", "zh": "市区大桥因交通事故全面封闭", "th": "ปิดสะพานหลังเกิดอุบัติเหตุ",
 "vi": "Cầu bị đóng sau tai nạn", "id": "Jembatan Ditutup Usai Kecelakaan", "pl": "Most zamknięty po wypadku",
 "cs": "Most uzavřen po nehodě", "da": "Broen lukket efter ulykke", "fi": "Silta suljettiin onnettomuuden jälkeen",
 "hu": "Lezárták a hidat a baleset után", "ro": "Podul, închis după un accident", "el": "Έκλεισε η γέφυρα μετά από τροχαίο",
 "nl": "Brug dicht na ongeluk", "sv": "Bron stängd efter olycka", "no": "Brua stengt etter ulykke", "ja": "橋が事故で通行止め",
 "ko": "다리, 사고로 통행 금지", "tr": "Köprü kazadan sonra kapatıldı", "ru": "Мост закрыт после аварии", "it": "Ponte chiuso dopo un incidente",
 "fr": "Le pont fermé après un accident", "es": "Cierran el puente tras un accidente", "de": "Brücke nach Unfall gesperrt", "en": "Bridge closed after crash",
 "hi": "हादसे के बाद पुल बंद", "fa": "پل پس از تصادف بسته شد", "uk": "Міст закрили після аварії", "pt": "Ponte fechada após acidente",
}
LABELS = {"ar": ["عاجل: ", "فيديو | "], "he": ["מבזק: ", "וידאו: "], "zh": ["【突发】", "视频｜"], "th": ["ด่วน! ", "คลิป: "], "vi": ["Nóng: ", "Video: "],
 "id": ["VIDEO: ", "BREAKING NEWS: "], "pl": ["PILNE: ", "WIDEO: "], "cs": ["ONLINE: ", "VIDEO: "], "da": ["LIVE: ", "VIDEO: "], "fi": ["VIDEO: ", "Tuore: "],
 "hu": ["VIDEÓ: ", "Friss: "], "ro": ["VIDEO ", "BREAKING "], "el": ["ΒΙΝΤΕΟ: ", "Έκτακτο: "], "nl": ["VIDEO | ", "LIVE | "], "sv": ["VIDEO: ", "JUST NU: "],
 "no": ["VIDEO: ", "SISTE: "], "ja": ["【動画】", "＜速報＞"], "ko": ["[영상] ", "[단독] "], "tr": ["VİDEO | ", "SON DAKİKA | "], "ru": ["ВИДЕО: ", "Срочно: "],
 "it": ["VIDEO | ", "ULTIM'ORA | "], "fr": ["VIDÉO - ", "INFO FRANCE 2. "], "es": ["VÍDEO | ", "EN DIRECTO | "], "de": ["VIDEO: ", "Eilmeldung: "], "en": ["WATCH: ", "EXCLUSIVE: "],
 "hi": ["VIDEO: ", "ब्रेकिंग: "], "fa": ["ویدیو | ", "فوری: "], "uk": ["ВІДЕО: ", "Терміново: "], "pt": ["VÍDEO: ", "URGENTE: "]}
# fmt: on


def label_cases() -> list[dict[str, str]]:
    """The label sweep's pages (`HEADLINES` x `LABELS` x three witnesses)."""
    cases = []
    for lang, headline in HEADLINES.items():
        for label in LABELS[lang]:
            for witness in ("hl", "h1", "t"):
                value = headline + " | Hafenpost" if witness == "t" else headline
                cases.append(
                    {
                        "lang": lang,
                        "host": "hafenpost.example",
                        "og": label + headline,
                        witness: value,
                        "want": headline,
                    }
                )
    return cases


def main() -> int:
    misses = "--misses" in sys.argv
    sys.stdout.reconfigure(line_buffering=True)
    per: dict[str, list[bool]] = defaultdict(list)
    for case in CASES:
        html, url = page(case)
        got = extract_article(html, url).title
        ok = " ".join((got or "").split()) == " ".join(case["want"].split())
        per[case["lang"].split("-")[0]].append(ok)
        if misses and not ok:
            print(
                f"MISS [{case['lang']}] {case['host']}\n    want {case['want']!r}\n    got  {got!r}"
            )
    swept = []
    for case in label_cases():
        html, url = page(case)
        got = extract_article(html, url).title
        swept.append(got == case["want"])
        if misses and not swept[-1]:
            print(f"MISS label [{case['lang']}] {case['og']!r}\n    got  {got!r}")
    print(f"label sweep: {len(swept)} pages, title exact {sum(swept) / len(swept):.3f}")
    total = [ok for oks in per.values() for ok in oks]
    print(f"languages {len(per)}, pages {len(total)}, title exact {sum(total) / len(total):.3f}")
    for lang, oks in sorted(per.items()):
        print(f"  {lang:3} {sum(oks)}/{len(oks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
